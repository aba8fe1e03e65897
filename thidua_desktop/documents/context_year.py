"""Contexts of the year documents: pledge, handover, score summary."""

from __future__ import annotations

from typing import Any

from thidua_desktop.documents.context import (
    BLANK,
    ClusterData,
    ScoreData,
    common,
    lines,
    person_phrase,
    upper,
)
from thidua_desktop.domain import model as m
from thidua_desktop.domain.digest_text import short_digest
from thidua_desktop.domain.scoring import parse_tie_breaks, rank, unit_totals
from thidua_desktop.domain.vntext import format_decimal, pad2

DEFAULT_COMMITMENTS = [
    "Thực hiện tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.",
    "Hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ công tác được giao trong năm.",
    "Tích cực hưởng ứng các phong trào thi đua do cấp trên và Cụm, Khối phát động.",
    "Xây dựng tập thể đoàn kết, trong sạch, vững mạnh; thực hành tiết kiệm, chống lãng phí.",
]


def pledge_context(data: ClusterData, number_text: str = "") -> dict[str, Any]:
    ctx = common(data, number_text)
    ctx["cam_ket"] = lines(data.year.pledge_content) or DEFAULT_COMMITMENTS
    signed = {s.unit_id: s for s in data.signatures}
    blocks = []
    for unit in data.units:
        sig = signed.get(unit.id)
        title = (sig.signer_title if sig and sig.signer_title else unit.head_title) or "Thủ trưởng"
        name = (sig.signer_name if sig and sig.signer_name else unit.head_name) or ""
        blocks.append({"don_vi": upper(unit.name), "chuc_danh": upper(title), "ho_ten": name})
    empty = {"don_vi": "", "chuc_danh": "", "ho_ten": ""}
    ctx["chu_ky"] = [
        {"trai": blocks[i], "phai": blocks[i + 1] if i + 1 < len(blocks) else empty}
        for i in range(0, len(blocks), 2)
    ]
    ctx["dang_ky"] = registrations(data)
    return ctx


def registrations(data: ClusterData) -> list[dict[str, Any]]:
    """Titles registered this year: award, count (zero-padded), unit names in cluster order."""
    order = {u.id: i for i, u in enumerate(data.units)}
    names = {u.id: u.name for u in data.units}
    out = []
    for award in sorted(data.awards, key=lambda a: (a.sort_order, a.id or 0)):
        units = sorted(
            {
                r.unit_id
                for r in data.registrations
                if r.award_id == award.id and r.unit_id in names
            },
            key=lambda uid: order[uid],
        )
        if units:
            out.append(
                {
                    "giai_thuong": award.name,
                    "so_luong": pad2(len(units)),
                    "don_vi": [names[u] for u in units],
                }
            )
    return out


def handover_context(
    data: ClusterData,
    number_text: str,
    items: list[tuple[str, str, str]],
    note: str = "",
    package_digest: str = "",
) -> dict[str, Any]:
    """`items` = (what, how many, remark) lines of the handover table; `package_digest` (hex,
    when the record goes with a package) is printed in short form to bind paper and file."""
    ctx = common(data, number_text)
    giver, taker = data.head(), data.head(data.next_roles)

    def side(unit: m.Unit | None) -> dict[str, str]:
        if unit is None:
            return {"don_vi": BLANK, "ho_ten": "", "chuc_vu": "", "dai_dien": BLANK}
        return {
            "don_vi": unit.name,
            "ho_ten": unit.head_name,
            "chuc_vu": unit.head_title,
            "dai_dien": person_phrase(unit.head_name, unit.head_title, unit.name)
            if unit.head_name
            else BLANK,
        }

    conf = data.conference
    ctx.update(
        {
            "nam_moi": data.year.year + 1,
            "dia_diem": (conf.place if conf and conf.place else data.cluster.default_place)
            or BLANK,
            "ben_giao": side(giver),
            "ben_nhan": side(taker),
            "noi_dung": [
                {"stt": i, "noi_dung": what, "so_luong": qty, "ghi_chu": remark}
                for i, (what, qty, remark) in enumerate(items, 1)
            ],
            "ghi_chu": note,
            "package_digest": package_digest,
            "ma_kiem_tra_goi": short_digest(package_digest) if package_digest else "",
        }
    )
    return ctx


def score_table(data: ClusterData, sd: ScoreData) -> tuple[list[str], list[list[str]], list[str]]:
    """(headers, rows, legend): one column per top-level criterion, then total and rank.

    Columns sum the cluster's scores of a criterion and its sub-criteria (penalties subtract);
    the total and the rank (with the set's tie-breaks) come from `domain.scoring`.
    """
    by_parent: dict[int | None, list[m.Criterion]] = {}
    for c in sd.criteria:
        by_parent.setdefault(c.parent_id, []).append(c)
    for kids in by_parent.values():
        kids.sort(key=lambda c: (c.sort_order, c.id or 0))
    tops = by_parent.get(None, [])
    points = {
        (s.criterion_id, s.unit_id): s.cluster_score or 0.0
        for s in sd.scores
        if s.cluster_score is not None
    }

    def subtree(c: m.Criterion) -> list[m.Criterion]:
        out = [c]
        for k in by_parent.get(c.id, []):
            out.extend(subtree(k))
        return out

    def column(top: m.Criterion, unit_id: int) -> float:
        return sum(
            (-1 if c.kind == m.CriterionKind.PENALTY else 1) * points.get((c.id, unit_id), 0.0)
            for c in subtree(top)
        )

    names = {u.id: u.short_name or u.name for u in data.units}  # short names fit the column
    totals = unit_totals(sd.criteria, sd.scores, names)
    ranked = rank(totals.values(), parse_tie_breaks(sd.criteria_set.tie_break))
    codes = [c.code or _roman(i) for i, c in enumerate(tops, 1)]
    headers = ["TT", "Đơn vị", *codes, "Tổng điểm", "Xếp hạng"]
    rows = [
        [
            str(i),
            t.name,
            *(format_decimal(column(top, t.unit_id), 1) for top in tops),
            format_decimal(t.total, 1),
            str(t.rank),
        ]
        for i, t in enumerate(ranked, 1)
    ]
    legend = [
        f"{code}: {c.title}"
        + (f" (tối đa {format_decimal(c.max_points, 1)} điểm)" if c.max_points else "")
        for code, c in zip(codes, tops, strict=True)
    ]
    return headers, rows, legend


def _roman(n: int) -> str:
    return (
        ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][n]
        if n <= 12
        else str(n)
    )


def scores_context(data: ClusterData, sd: ScoreData, number_text: str = "") -> dict[str, Any]:
    ctx = common(data, number_text)
    headers, rows, legend = score_table(data, sd)
    n = len(headers) - 4
    other = max(1.3, min(2.2, 8.0 / max(n, 1)))
    widths = [1.0, 16.5 - 1.0 - 1.8 - 1.6 - other * n, *([other] * n), 1.8, 1.6]
    ctx.update(
        {
            "bo_tieu_chi": sd.criteria_set.name,
            "thang_diem": sd.criteria_set.scale,
            "bang_diem": {
                "__table__": {
                    "headers": headers,
                    "rows": rows,
                    "widths_cm": widths,
                    "left_columns": [1],
                    "font_pt": 11 if n > 4 else 12,
                }
            },
            "chu_giai": legend,
            "nguoi_ky": {"ho_ten": (data.head().head_name if data.head() else "") or ""},
        }
    )
    return ctx
