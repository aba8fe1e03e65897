"""Member units of the cluster and the yearly rotation: order, safe delete, names, head/deputies."""

from __future__ import annotations

from dataclasses import dataclass

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.rules import validate
from thidua_desktop.domain.vntext import fold, nfc
from thidua_desktop.services.editing import EditService, normalized
from thidua_desktop.storage.repositories import Repository

# Records that point at a unit, with how the secretary calls them (for "cannot delete" messages).
UNIT_REFERENCES: tuple[tuple[type, str, str], ...] = (
    (m.Unit, "parent_id", "đơn vị trực thuộc"),
    (m.YearRole, "unit_id", "vai trò trưởng/phó cụm"),
    (m.Conference, "host_unit_id", "hội nghị (đơn vị đăng cai)"),
    (m.Person, "unit_id", "người/đại biểu"),
    (m.Speech, "unit_id", "ý kiến phát biểu"),
    (m.PledgeSignature, "unit_id", "chữ ký giao ước"),
    (m.Registration, "unit_id", "đăng ký danh hiệu"),
    (m.Candidate, "unit_id", "ứng cử trong bỏ phiếu"),
    (m.Score, "unit_id", "điểm chấm"),
    (m.Handover, "from_unit_id", "bàn giao"),
    (m.Handover, "to_unit_id", "bàn giao"),
)


@dataclass
class RotationRow:
    """One year of the 'who led when' history."""

    year: int
    head: str
    deputies: list[str]
    theme: str


class UnitService:
    """Queries and multi-record actions on units; single-field edits go through EditService."""

    def __init__(self, repo: Repository, edits: EditService) -> None:
        self.repo = repo
        self.edits = edits

    # -- reads -------------------------------------------------------------------------------
    def units(self, cluster_id: int, *, active_only: bool = False) -> list[m.Unit]:
        where = "cluster_id = ?" + (" AND active = 1" if active_only else "")
        return self.repo.find(m.Unit, where, [cluster_id], order_by="sort_order, id")

    def references(self, unit_id: int) -> dict[str, int]:
        """What still points at the unit: {label: count} (empty when it can be deleted)."""
        found: dict[str, int] = {}
        for cls, field, label in UNIT_REFERENCES:
            n = self.repo.count(cls, f"[{field}] = ?", [unit_id])
            if n:
                found[label] = found.get(label, 0) + n
        return found

    def check_deletable(self, unit_id: int) -> None:
        refs = self.references(unit_id)
        if refs:
            unit = self.repo.get(m.Unit, unit_id)
            used = ", ".join(f"{n} {label}" for label, n in refs.items())
            raise ValidationError(
                f"Không thể xóa «{unit.name}» vì đơn vị đang được dùng ({used}). "
                "Hãy chuyển sang «Ngừng hoạt động» để giữ lại hồ sơ các năm trước."
            )

    def check_name(self, cluster_id: int, name: str, exclude_id: int | None = None) -> str:
        """The NFC name, or ValidationError when it is empty or already used (accents aside)."""
        clean = nfc(name or "")
        if not clean:
            raise ValidationError("Tên đơn vị không được để trống.", "name")
        key = fold(clean)
        for other in self.units(cluster_id):
            if other.id != exclude_id and fold(other.name) == key:
                raise ValidationError(f"Đã có đơn vị «{other.name}» trong cụm.", "name")
        return clean

    def next_sort_order(self, cluster_id: int) -> int:
        top = self.repo.scalar(
            "SELECT max(sort_order) FROM units WHERE cluster_id = ?", [cluster_id]
        )
        return 0 if top is None else int(top) + 1

    def new_unit_name(self, cluster_id: int, base: str = "Đơn vị mới") -> str:
        """A placeholder name not yet used, for a row added before the user types."""
        names = {fold(u.name) for u in self.units(cluster_id)}
        n = 1
        while fold(f"{base} {n}") in names:
            n += 1
        return f"{base} {n}"

    # -- order -------------------------------------------------------------------------------
    def order(self, cluster_id: int) -> list[int]:
        return [u.id for u in self.units(cluster_id)]  # type: ignore[misc]

    def set_order(self, cluster_id: int, ids: list[int]) -> None:
        """Store `ids` as the display order (one transaction, one audit entry)."""
        before = self.order(cluster_id)
        if sorted(before) != sorted(ids):
            raise ValidationError("Danh sách sắp xếp không khớp với các đơn vị của cụm.")
        with self.edits.transaction() as repo:
            for pos, uid in enumerate(ids):
                repo.db.execute("UPDATE units SET sort_order = ? WHERE id = ?", [pos, uid])
            self.edits.audit("reorder", "Unit", None, {"order": before}, {"order": ids})

    def moved(self, cluster_id: int, unit_ids: list[int], target_row: int) -> list[int]:
        """The order after moving `unit_ids` (kept together, in their order) to `target_row`."""
        order = self.order(cluster_id)
        moving = [i for i in order if i in unit_ids]
        above = sum(1 for i in order[:target_row] if i in unit_ids)
        rest = [i for i in order if i not in unit_ids]
        at = max(0, min(len(rest), target_row - above))
        return rest[:at] + moving + rest[at:]

    # -- the cluster itself ------------------------------------------------------------------
    def create_cluster(
        self, cluster: m.Cluster, first_year: int, previous: m.Cluster | None = None
    ) -> m.Cluster:
        """The cluster and its first year in one transaction (`previous`: same ids on redo)."""
        obj = normalized(previous or cluster)
        validate(obj)
        year = m.Year(cluster_id=0, year=first_year)
        with self.edits.transaction() as repo:
            saved = repo.insert(obj)
            year.cluster_id = saved.id  # type: ignore[assignment]
            validate(year)
            stored_year = repo.insert(year)
            self.edits.audit("create", "Cluster", saved.id, None, saved)
            self.edits.audit("create", "Year", stored_year.id, None, stored_year)
        return saved

    def remove_cluster(self, cluster_id: int) -> None:
        """Undo of creating a cluster: only while it holds nothing but empty years."""
        with self.edits.transaction() as repo:
            before = repo.get(m.Cluster, cluster_id)
            repo.db.execute("DELETE FROM years WHERE cluster_id = ?", [cluster_id])
            repo.delete(m.Cluster, cluster_id)
            self.edits.audit("delete", "Cluster", cluster_id, before, None)

    # -- rotation ----------------------------------------------------------------------------
    def roles(self, year_id: int) -> tuple[int | None, list[int]]:
        """(head unit id, deputy unit ids) of a year."""
        rows = self.repo.find(m.YearRole, "year_id = ?", [year_id], order_by="sort_order, id")
        head = next((r.unit_id for r in rows if r.role == m.YearRoleKind.HEAD), None)
        return head, [r.unit_id for r in rows if r.role == m.YearRoleKind.DEPUTY]

    def set_roles(self, year_id: int, head_id: int | None, deputy_ids: list[int]) -> None:
        """Replace the year's head and deputies in one transaction."""
        if head_id is not None and head_id in deputy_ids:
            raise ValidationError("Một đơn vị không thể vừa là trưởng vừa là phó trưởng cụm.")
        if len(set(deputy_ids)) != len(deputy_ids):
            raise ValidationError("Một đơn vị được chọn làm phó trưởng hai lần.")
        before = self.roles(year_id)
        with self.edits.transaction() as repo:
            repo.db.execute("DELETE FROM year_roles WHERE year_id = ?", [year_id])
            if head_id is not None:
                repo.insert(m.YearRole(year_id=year_id, unit_id=head_id, role=m.YearRoleKind.HEAD))
            for i, uid in enumerate(deputy_ids, start=1):
                repo.insert(
                    m.YearRole(
                        year_id=year_id, unit_id=uid, role=m.YearRoleKind.DEPUTY, sort_order=i
                    )
                )
            self.edits.audit(
                "roles",
                "YearRole",
                year_id,
                {"head": before[0], "deputies": before[1]},
                {"head": head_id, "deputies": deputy_ids},
            )

    def history(self, cluster_id: int) -> list[RotationRow]:
        """Who led the cluster each year, newest first."""
        names = {u.id: u.name for u in self.units(cluster_id)}
        out = []
        for year in self.repo.find(m.Year, "cluster_id = ?", [cluster_id], order_by="year DESC"):
            head, deputies = self.roles(year.id)  # type: ignore[arg-type]
            out.append(
                RotationRow(
                    year.year,
                    names.get(head, "") if head else "",
                    [names.get(d, "") for d in deputies],
                    year.theme,
                )
            )
        return out
