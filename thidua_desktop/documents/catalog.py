"""What documents exist: kind, title, template file, number type, and what each is made from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    key: str  # CLI and storage name: "minutes", "counting", …
    title: str  # as the secretary calls it
    fmt: str  # "docx" | "pdf"
    scope: str  # "conference" | "vote" | "year"
    template: str = ""  # default .docx under templates_docx/ (docx kinds)
    type_code: str | None = None  # "BB", "TTr"; None = not numbered
    slug: str = ""  # file name stem


KINDS: dict[str, Kind] = {
    k.key: k
    for k in (
        Kind(
            "minutes",
            "Biên bản hội nghị",
            "docx",
            "conference",
            "bien_ban_hoi_nghi.docx",
            "BB",
            "bien-ban-hoi-nghi",
        ),
        Kind(
            "counting",
            "Biên bản kiểm phiếu",
            "docx",
            "vote",
            "bien_ban_kiem_phieu.docx",
            "BB",
            "bien-ban-kiem-phieu",
        ),
        Kind(
            "nomination",
            "Tờ trình đề nghị khen thưởng",
            "docx",
            "vote",
            "to_trinh_khen_thuong.docx",
            "TTr",
            "to-trinh",
        ),
        Kind(
            "pledge",
            "Bản giao ước thi đua",
            "docx",
            "year",
            "giao_uoc_thi_dua.docx",
            None,
            "giao-uoc-thi-dua",
        ),
        Kind(
            "handover",
            "Biên bản bàn giao",
            "docx",
            "year",
            "bien_ban_ban_giao.docx",
            "BB",
            "bien-ban-ban-giao",
        ),
        Kind(
            "scores",
            "Bảng tổng hợp chấm điểm",
            "docx",
            "year",
            "tong_hop_cham_diem.docx",
            None,
            "tong-hop-cham-diem",
        ),
        Kind(
            "invitation",
            "Giấy mời hội nghị",
            "docx",
            "conference",
            "giay_moi.docx",
            "GM",
            "giay-moi",
        ),
        Kind("pledge-pdf", "Giao ước thi đua để ký (PDF)", "pdf", "year", slug="giao-uoc-de-ky"),
        Kind(
            "attendance",
            "Danh sách đại biểu ký tên (PDF)",
            "pdf",
            "conference",
            slug="danh-sach-dai-bieu",
        ),
        Kind("agenda", "Chương trình hội nghị (PDF)", "pdf", "conference", slug="chuong-trinh"),
        Kind("ballots", "Phiếu bầu (PDF)", "pdf", "vote", slug="phieu-bau"),
        Kind("name-cards", "Bảng tên đại biểu (PDF)", "pdf", "conference", slug="bang-ten"),
    )
}

DOCX_KINDS = [k for k in KINDS.values() if k.fmt == "docx"]


@dataclass(frozen=True)
class DocItem:
    """One document that can be produced for a conference (a vote's ones carry its id)."""

    kind: str
    title: str
    filename: str
    vote_id: int | None = None
    available: bool = True
    reason: str = ""  # why it cannot be produced yet, in the user's words

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.vote_id}" if self.vote_id else self.kind
