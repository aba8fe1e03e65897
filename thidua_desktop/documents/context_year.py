"""Contexts of the year documents: pledge, handover, score summary."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from thidua_desktop.documents.context import (
    BLANK,
    ClusterData,
    ScoreData,
    common,
    doc_place,
    lines,
    person_phrase,
    upper,
)
from thidua_desktop.domain import model as m
from thidua_desktop.domain.digest_text import short_digest
from thidua_desktop.domain.line_breaks import keep_place_names
from thidua_desktop.domain.scoring import parse_tie_breaks, rank, unit_totals
from thidua_desktop.domain.vntext import (
    format_date_long,
    format_date_short,
    format_decimal,
    format_place_date,
    pad2,
)

NOT_SCORED = "Chưa chấm"
HAND_DATE = "ngày …… tháng …… năm ……"  # a date the records do not give, written by hand

DEFAULT_COMMITMENTS = [
    "Thực hiện tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.",
    "Hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ công tác được giao trong năm.",
    "Tích cực hưởng ứng các phong trào thi đua do cấp trên và Cụm, Khối phát động.",
    "Xây dựng tập thể đoàn kết, trong sạch, vững mạnh; thực hành tiết kiệm, chống lãng phí.",
]


def signing(data: ClusterData) -> tuple[date | None, str]:
    """(date, place) the pledge was signed: the conference most signatures were made at, else
    the most common date of signature; (None, "") when nothing says when it was signed."""
    signed = [s for s in data.signatures if s.signed]
    at = Counter(s.conference_id for s in signed if s.conference_id is not None)
    for conf_id, _ in at.most_common(1):
        conf = data.conferences.get(conf_id)
        if conf is not None and conf.date:
            return conf.date, conf.place
    days = Counter(s.signed_on for s in signed if s.signed_on)
    for day, _ in days.most_common(1):
        return day, _signing_place(data)
    return None, ""


def _signing_place(data: ClusterData) -> str:
    """Where the year's pledge was signed when no conference says: the year's launch
    conference, else the province of the year's head unit (which hosts it)."""
    launches = [
        c for c in data.conferences.values() if c.kind == m.ConferenceKind.LAUNCH and c.place
    ]
    if launches:
        return min(launches, key=lambda c: (c.date or date.max, c.id or 0)).place
    head = data.head()
    return head.province if head else ""


def pledge_context(data: ClusterData, number_text: str = "") -> dict[str, Any]:
    ctx = common(data, number_text)
    day, place = signing(data)
    if day is not None:  # a pledge is dated at its signing, not at the conference printing it
        place = place or doc_place(data)
        ctx.update(
            dia_danh_ngay=format_place_date(place, day),
            ngay=format_date_short(day),
            ngay_dai=format_date_long(day),
        )
    ctx["cam_ket"] = lines(data.year.pledge_content) or DEFAULT_COMMITMENTS
    signed = {s.unit_id: s for s in data.signatures}
    blocks = []
    for unit in data.units:
        sig = signed.get(unit.id)
        title = (sig.signer_title if sig and sig.signer_title else unit.head_title) or "Thủ trưởng"
        name = (sig.signer_name if sig and sig.signer_name else unit.head_name) or ""
        # "TỈNH HÀ GIANG" never broken between two lines of the narrow signature cell
        unit_name = keep_place_names(upper(unit.name))
        blocks.append({"don_vi": unit_name, "chuc_danh": upper(title), "ho_ten": name})
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
                    "don_vi": [keep_place_names(names[u]) for u in units],
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
    if conf is None or conf.kind != m.ConferenceKind.YEAREND:
        # A handover happens at the year's end: a launch or mid-year conference's date is not
        # its date, so the day is left to write by hand.
        place = doc_place(data)
        ctx["ngay_dai"] = HAND_DATE
        ctx["dia_danh_ngay"] = f"{place}, {HAND_DATE}" if place else HAND_DATE.capitalize()
    ctx.update(
        {
            "nam_moi": data.year.year + 1,
            "dia_diem": (conf.place if conf and conf.place else data.cluster.default_place)
            or BLANK,
            "ben_giao": side(giver),
            "ben_nhan": side(taker),
            # the deputies of both years witness the handover
            "pho_giao": [_deputy(u) for u in data.deputies()],
            "pho_nhan": [_deputy(u) for u in data.deputies(data.next_roles)],
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


def _deputy(unit: m.Unit) -> str:
    """'Cục Thi hành án dân sự tỉnh Yên Bái (đồng chí Nguyễn Huy Hải, Cục trưởng)'."""
    who = ", ".join(x for x in (unit.head_name, unit.head_title) if x)
    return f"{unit.name} (đồng chí {who})" if unit.head_name else unit.name


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
    # a unit the cluster has not scored is not last with 0 points: it is not ranked at all
    scored = [t for t in totals.values() if t.scored]
    ranked = rank(scored, parse_tie_breaks(sd.criteria_set.tie_break))
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
    unscored = [names[u.id] for u in data.units if not totals[u.id].scored]
    rows += [
        [str(i), name, *("–" for _ in tops), NOT_SCORED, "–"]
        for i, name in enumerate(unscored, len(rows) + 1)
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
    unscored = sum(1 for r in rows if r[-2] == NOT_SCORED)
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
            "chua_cham": (
                f"{pad2(unscored)} đơn vị chưa được chấm điểm, không xếp hạng." if unscored else ""
            ),
            "nguoi_ky": {"ho_ten": (data.head().head_name if data.head() else "") or ""},
            # who prepared the table: the conference's secretary, else a name written by hand
            "nguoi_lap": {"ho_ten": data.conference.secretary_name if data.conference else ""},
        }
    )
    return ctx
