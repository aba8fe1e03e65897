"""Scoring tables in and out of Excel: criteria sets, and the score grid with a preview before import."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.scoring import check_score
from thidua_desktop.domain.vntext import fold
from thidua_desktop.services.excel import Column, read_records, read_rows, write_rows
from thidua_desktop.services.scoring import ScoringService, parse_score

KIND_NAMES = {
    m.CriterionKind.GROUP: "Nhóm",
    m.CriterionKind.BASE: "Cơ bản",
    m.CriterionKind.BONUS: "Điểm thưởng",
    m.CriterionKind.PENALTY: "Điểm trừ",
}
KIND_BY_FOLD = {fold(v): k for k, v in KIND_NAMES.items()} | {
    "thuong": m.CriterionKind.BONUS,
    "cong": m.CriterionKind.BONUS,
    "tru": m.CriterionKind.PENALTY,
    "": m.CriterionKind.BASE,
}
CRITERIA_COLUMNS = (
    Column("code", "Mã", ("stt", "ma so")),
    Column("title", "Tiêu chí", ("noi dung", "ten tieu chi"), required=True),
    Column("kind", "Loại", ("loai tieu chi",)),
    Column("max_points", "Điểm tối đa", ("diem toi da", "diem chuan", "thang diem"), required=True),
    Column("note", "Ghi chú", ("cach cham", "huong dan")),
)
UNIT_HEADER = "Đơn vị"
TEXT_LIMITS = {"code": 50, "title": 500, "note": 2000}  # characters, per criteria column


def column_title(c: m.Criterion, position: int) -> str:
    return f"{c.code or position}. {c.title}"


def export_grid(service: ScoringService, set_id: int, path: str | Path, field_name: str) -> Path:
    """Units down, criteria across (title and max in the header), totals and rank last."""
    criteria = [c for c in service.criteria(set_id) if c.kind is not m.CriterionKind.GROUP]
    cset = service.repo.get(m.CriteriaSet, set_id)
    units = service.member_units(cset.year_id)
    values = {(s.criterion_id, s.unit_id): getattr(s, field_name) for s in service.scores(set_id)}
    ranking = {t.unit_id: t for t in service.ranking(set_id)}
    header = [UNIT_HEADER] + [column_title(c, i) for i, c in enumerate(criteria, start=1)]
    header += ["Tổng điểm", "Xếp hạng"]
    rows = []
    for u in units:
        t = ranking.get(u.id)
        rows.append(
            [u.name]
            + [values.get((c.id, u.id)) for c in criteria]
            + [t.total if t else None, t.rank if t else None]
        )
    return write_rows(path, header, rows, numbers=True)


def import_criteria(
    service: ScoringService, year_id: int, path: str | Path, name: str, scale: int = 100
) -> m.CriteriaSet:
    """A new criteria set from a sheet (Mã | Tiêu chí | Loại | Điểm tối đa | Ghi chú), all or nothing.

    A row of kind "Nhóm" starts a group; the rows after it belong to it until the next group.
    """
    parsed: list[m.Criterion] = []
    for row_no, rec in read_records(path, CRITERIA_COLUMNS):
        where = f"dòng {row_no}"
        kind = KIND_BY_FOLD.get(fold(rec.get("kind", "")))
        if kind is None:
            raise ValidationError(
                f"loại '{rec['kind']}' không rõ (dùng: {', '.join(KIND_NAMES.values())})", where
            )
        max_points = parse_score(rec.get("max_points", ""), where) or 0.0
        if max_points < 0:
            raise ValidationError("điểm tối đa không được âm", where)
        if not rec["title"].strip():
            raise ValidationError("thiếu tên tiêu chí", where)
        for key, limit in TEXT_LIMITS.items():
            if len(rec.get(key, "")) > limit:
                raise ValidationError(
                    f"cột «{next(c.header for c in CRITERIA_COLUMNS if c.field == key)}» dài "
                    f"{len(rec[key])} ký tự, quá mức {limit} ký tự",
                    where,
                )
        parsed.append(
            m.Criterion(
                set_id=0,
                title=rec["title"],
                kind=kind,
                max_points=max_points,
                code=rec.get("code", ""),
                note=rec.get("note", ""),
            )
        )
    if not parsed:
        raise ValidationError(f"Bảng tính «{Path(path).name}» không có tiêu chí nào.")
    with service.edits.transaction() as repo:
        cset = repo.insert(m.CriteriaSet(year_id=year_id, name=name, scale=scale))
        group_id = None
        for order, c in enumerate(parsed):
            c.set_id, c.sort_order = cset.id, order  # type: ignore[assignment]
            c.parent_id = None if c.kind is m.CriterionKind.GROUP else group_id
            saved = repo.insert(c)
            if c.kind is m.CriterionKind.GROUP:
                group_id = saved.id
        service.edits.audit("import", "CriteriaSet", cset.id, None, {"criteria": len(parsed)})
    return cset


@dataclass
class ScoreImportPreview:
    set_id: int
    field_name: str
    updates: list[tuple[m.Criterion, m.Unit, float | None]] = field(default_factory=list)
    unchanged: int = 0
    unknown_units: list[str] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def can_apply(self) -> bool:
        return not self.errors and bool(self.updates)

    def summary(self) -> str:
        lines = [f"{len(self.updates)} ô điểm sẽ được ghi, {self.unchanged} ô không đổi."]
        if self.unknown_units:
            lines.append("Đơn vị không có trong cụm (bỏ qua): " + "; ".join(self.unknown_units))
        if self.unknown_columns:
            lines.append("Cột không khớp tiêu chí nào (bỏ qua): " + "; ".join(self.unknown_columns))
        if self.errors:
            lines.append("Lỗi — chưa thể nhập:\n" + "\n".join(self.errors[:20]))
        return "\n".join(lines)


def read_grid(
    service: ScoringService, set_id: int, path: str | Path, field_name: str
) -> ScoreImportPreview:
    """Read a grid like export_grid writes and say what would change; writes nothing."""
    preview = ScoreImportPreview(set_id, field_name)
    rows = read_rows(path)
    if not rows or fold(rows[0][0] if rows[0] else "") != fold(UNIT_HEADER):
        raise ValidationError(
            f"Cột đầu tiên của bảng tính phải là «{UNIT_HEADER}», các cột sau là tiêu chí "
            "(như tệp do chức năng Xuất Excel tạo ra)."
        )
    criteria = [c for c in service.criteria(set_id) if c.kind is not m.CriterionKind.GROUP]
    by_header = {}
    for i, c in enumerate(criteria, start=1):
        for key in (column_title(c, i), c.title, c.code):
            if key:
                by_header.setdefault(fold(key), c)
    columns: dict[int, m.Criterion] = {}
    for j, head in enumerate(rows[0][1:], start=1):
        if not head.strip() or fold(head) in (fold("Tổng điểm"), fold("Xếp hạng")):
            continue
        crit = by_header.get(fold(head))
        if crit is None:
            preview.unknown_columns.append(head)
        else:
            columns[j] = crit
    cset = service.repo.get(m.CriteriaSet, set_id)
    units = {fold(u.name): u for u in service.member_units(cset.year_id)}
    units |= {fold(u.short_name): u for u in units.values() if u.short_name}
    current = {(s.criterion_id, s.unit_id): getattr(s, field_name) for s in service.scores(set_id)}
    for row_no, row in enumerate(rows[1:], start=2):
        if not row or not row[0].strip():
            continue
        unit = units.get(fold(row[0]))
        if unit is None:
            preview.unknown_units.append(row[0])
            continue
        for j, crit in columns.items():
            where = f"dòng {row_no}, cột «{rows[0][j]}»"
            try:
                value = parse_score(row[j] if j < len(row) else "", where)
                check_score(crit, value, where)
            except ValidationError as exc:
                preview.errors.append(str(exc))
                continue
            if current.get((crit.id, unit.id)) == value:  # type: ignore[arg-type]
                preview.unchanged += 1
            else:
                preview.updates.append((crit, unit, value))
    return preview


def apply_grid(service: ScoringService, preview: ScoreImportPreview) -> int:
    """Write a previewed import in one transaction; refused while the preview has errors."""
    if preview.errors:
        raise ValidationError(
            "Bảng tính còn lỗi, chưa nhập được:\n" + "\n".join(preview.errors[:5])
        )
    with service.edits.transaction():
        for crit, unit, value in preview.updates:
            service.set_score(crit.id, unit.id, **{preview.field_name: value})  # type: ignore[arg-type]
    return len(preview.updates)
