"""Years and conferences: create a conference of a kind with its standard agenda, undoably."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.rules import validate
from thidua_desktop.services.editing import EditService, normalized

K = m.ConferenceKind

# (title, presenter, minutes) per kind, in the order conferences of that kind run.
_OPEN = [
    ("Tuyên bố lý do, giới thiệu đại biểu", "Ban tổ chức", 10),
    ("Phát biểu khai mạc", "Trưởng cụm", 10),
]
_CLOSE = [
    ("Phát biểu chỉ đạo", "Lãnh đạo cơ quan cấp trên", 20),
    ("Phát biểu tiếp thu, bế mạc hội nghị", "Trưởng cụm", 10),
]
STANDARD_AGENDA: dict[m.ConferenceKind, list[tuple[str, str, int]]] = {
    K.LAUNCH: _OPEN
    + [
        ("Thông qua kế hoạch và phát động phong trào thi đua năm", "Trưởng cụm", 20),
        ("Thông qua nội dung giao ước thi đua", "Thư ký hội nghị", 15),
        ("Thảo luận, tham luận", "Các đơn vị thành viên", 45),
        ("Ký kết giao ước thi đua", "Thủ trưởng các đơn vị thành viên", 20),
        ("Đăng ký danh hiệu thi đua", "Các đơn vị thành viên", 15),
    ]
    + _CLOSE,
    K.MIDYEAR: _OPEN
    + [
        ("Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm", "Trưởng cụm", 30),
        ("Thảo luận, tham luận", "Các đơn vị thành viên", 60),
        ("Thống nhất phương hướng, nhiệm vụ 6 tháng cuối năm", "Trưởng cụm", 15),
    ]
    + _CLOSE,
    K.YEAREND: _OPEN
    + [
        ("Báo cáo tổng kết công tác thi đua, khen thưởng năm", "Trưởng cụm", 30),
        ("Thảo luận, tham luận", "Các đơn vị thành viên", 45),
        ("Thông qua kết quả chấm điểm, xếp hạng thi đua", "Thư ký hội nghị", 20),
        ("Bình xét, bỏ phiếu suy tôn đề nghị khen thưởng", "Ban kiểm phiếu", 40),
        ("Công bố kết quả bỏ phiếu", "Trưởng ban kiểm phiếu", 10),
        ("Bầu trưởng cụm, phó trưởng cụm năm sau và bàn giao nhiệm vụ", "Trưởng cụm", 15),
    ]
    + _CLOSE,
    K.OTHER: _OPEN
    + [("Nội dung hội nghị", "", 60), ("Thảo luận", "Các đơn vị thành viên", 30)]
    + _CLOSE[1:],
}


def member_units_of(conference: m.Conference, live: int) -> int:
    """The member units a conference counts against: what it had, else the live list's `live`."""
    return live if conference.member_units is None else conference.member_units


def default_title(kind: m.ConferenceKind, year: int) -> str:
    """'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2016' and the like."""
    if kind == K.OTHER:
        return f"Hội nghị cụm thi đua năm {year}"
    if kind == K.MIDYEAR:
        return f"{kind.label} {year}"
    return f"{kind.label} năm {year}"


@dataclass
class ConferenceSnapshot:
    """A conference with its agenda, as stored: enough to put it back after an undo."""

    conference: m.Conference
    agenda: list[m.AgendaItem] = field(default_factory=list)


class ConferenceService:
    """Conferences of a year: creation from a kind, removal and restoration with the agenda."""

    def __init__(self, edits: EditService) -> None:
        self.edits = edits
        self.repo = edits.repo

    def latest(self) -> tuple[int | None, int | None, int | None]:
        """(cluster, newest year, its latest conference) ids: where the secretary starts."""
        cluster = self.repo.find_one(m.Cluster, "1=1")
        if cluster is None:
            return None, None, None
        years = self.years(cluster.id)  # type: ignore[arg-type]
        if not years:
            return cluster.id, None, None
        confs = self.repo.find(
            m.Conference, "year_id = ?", [years[0].id], order_by="date DESC, id DESC"
        )
        return cluster.id, years[0].id, confs[0].id if confs else None

    def years(self, cluster_id: int) -> list[m.Year]:
        return self.repo.find(m.Year, "cluster_id = ?", [cluster_id], order_by="year DESC")

    def conferences(self, year_id: int) -> list[m.Conference]:
        return self.repo.find(
            m.Conference, "year_id = ?", [year_id], order_by="date IS NULL, date, id"
        )

    def agenda(self, conference_id: int) -> list[m.AgendaItem]:
        return self.repo.find(
            m.AgendaItem, "conference_id = ?", [conference_id], order_by="sort_order, id"
        )

    def create_from_kind(
        self,
        year_id: int,
        kind: m.ConferenceKind,
        title: str = "",
        on: date | None = None,
    ) -> ConferenceSnapshot:
        """A conference of `kind` with the standard agenda of that kind, in one transaction."""
        year = self.repo.get(m.Year, year_id)
        cluster = self.repo.get(m.Cluster, year.cluster_id)
        conf = normalized(
            m.Conference(
                year_id=year_id,
                kind=K(kind),
                title=title or default_title(K(kind), year.year),
                date=on,
                place=cluster.default_place,
            )
        )
        validate(conf)
        with self.edits.transaction() as repo:
            saved = repo.insert(conf)
            items = [
                repo.insert(
                    m.AgendaItem(
                        conference_id=saved.id,  # type: ignore[arg-type]
                        title=text,
                        sort_order=i,
                        presenter=who,
                        duration_minutes=minutes,
                    )
                )
                for i, (text, who, minutes) in enumerate(STANDARD_AGENDA[K(kind)], start=1)
            ]
            self.edits.audit("create", "Conference", saved.id, None, saved)
        return ConferenceSnapshot(saved, items)

    def snapshot(self, conference_id: int) -> ConferenceSnapshot:
        return ConferenceSnapshot(
            self.repo.get(m.Conference, conference_id), self.agenda(conference_id)
        )

    def remove(self, conference_id: int) -> ConferenceSnapshot:
        """Delete a conference with its agenda; refused once anything else refers to it."""
        snap = self.snapshot(conference_id)
        used = {
            "người dự": self.repo.count(m.Attendance, "conference_id = ?", [conference_id]),
            "cuộc bỏ phiếu": self.repo.count(m.Vote, "conference_id = ?", [conference_id]),
            "văn bản": self.repo.count(m.Document, "conference_id = ?", [conference_id]),
            "chữ ký giao ước": self.repo.count(
                m.PledgeSignature, "conference_id = ?", [conference_id]
            ),
        }
        speeches = self.repo.scalar(
            "SELECT count(*) FROM speeches WHERE agenda_item_id IN "
            "(SELECT id FROM agenda_items WHERE conference_id = ?)",
            [conference_id],
        )
        used["ý kiến phát biểu"] = speeches or 0
        if any(used.values()):
            what = ", ".join(f"{n} {k}" for k, n in used.items() if n)
            raise ValidationError(
                f"Không thể xóa «{snap.conference.title}»: hội nghị đã có dữ liệu ({what})."
            )
        with self.edits.transaction() as repo:
            repo.db.execute("DELETE FROM agenda_items WHERE conference_id = ?", [conference_id])
            repo.delete(m.Conference, conference_id)
            self.edits.audit("delete", "Conference", conference_id, snap.conference, None)
        return snap

    def restore(self, snap: ConferenceSnapshot) -> ConferenceSnapshot:
        with self.edits.transaction() as repo:
            repo.insert(snap.conference)
            for item in snap.agenda:
                repo.insert(item)
            self.edits.audit("restore", "Conference", snap.conference.id, None, snap.conference)
        return snap
