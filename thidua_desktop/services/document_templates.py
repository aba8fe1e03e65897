"""The cluster's Word templates: bundled defaults, user copies kept in Template rows, reset."""

from __future__ import annotations

import hashlib
import os
import tempfile
from datetime import datetime
from pathlib import Path

from thidua_desktop.documents.catalog import KINDS, Kind
from thidua_desktop.documents.errors import TemplateProblem
from thidua_desktop.documents.preflight import PreflightReport
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.paths import templates_dir, user_data_dir
from thidua_desktop.services.editing import EditService


def docx_kind(kind: str) -> Kind:
    k = KINDS.get(kind)
    if k is None or k.fmt != "docx":
        raise ValidationError(f"“{kind}” không phải loại văn bản Word có mẫu.", where="kind")
    return k


_CACHE: Path | None = None


def _process_cache() -> Path:
    """One scratch folder per process for user templates, removed at exit."""
    global _CACHE
    if _CACHE is None:
        import atexit
        import shutil

        _CACHE = Path(tempfile.mkdtemp(prefix="thidua-templates-"))
        atexit.register(shutil.rmtree, _CACHE, True)
    return _CACHE


class TemplateStore:
    """Where each kind's template comes from; user templates travel with the database."""

    def __init__(self, edits: EditService, cache_dir: Path | None = None) -> None:
        self.edits = edits
        self.repo = edits.repo
        self._cache = cache_dir

    @property
    def cache_dir(self) -> Path:
        """Where user templates are written to be rendered (file names carry their hash)."""
        if self._cache is None:
            self._cache = _process_cache()
        return self._cache

    def default_path(self, kind: str) -> Path:
        path = templates_dir() / docx_kind(kind).template
        if not path.exists():
            raise TemplateProblem(
                f"Thiếu mẫu mặc định {path.name} trong thư mục cài đặt: cài lại phần mềm.",
                where=path.name,
            )
        return path

    def user_template(self, cluster_id: int, kind: str) -> m.Template | None:
        return self.repo.find_one(m.Template, "cluster_id = ? AND kind = ?", [cluster_id, kind])

    def resolve(self, cluster_id: int, kind: str) -> tuple[Path, bool]:
        """(template file, is_user_template). A user template is written to a cache file."""
        row = self.user_template(cluster_id, kind)
        if row is None:
            return self.default_path(kind), False
        path = self.cache_dir / f"{cluster_id}-{row.sha256[:12]}-{docx_kind(kind).template}"
        if not path.exists():
            path.write_bytes(row.content)
        return path, True

    def working_copy(self, cluster_id: int, kind: str, folder: Path | None = None) -> Path:
        """Copy the current template where the user can open it in Word and edit it."""
        src, _ = self.resolve(cluster_id, kind)
        folder = folder or user_data_dir() / "mau-van-ban"
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / docx_kind(kind).template
        dest.write_bytes(src.read_bytes())
        return dest

    def install(
        self,
        cluster_id: int,
        kind: str,
        source: Path,
        report: PreflightReport,
        accept_warnings: bool = False,
    ) -> m.Template:
        """Store `source` as the cluster's template for `kind`, gated by its check: `report`
        must be the check of these very bytes (see services.template_checks.check_file) with
        no error, and its warnings accepted. Anything else refuses and stores nothing."""
        title = docx_kind(kind).title
        try:
            content = Path(source).read_bytes()
        except OSError as exc:
            raise TemplateProblem(
                f"Không đọc được tệp {Path(source).name}: {exc.strerror or exc}.", where="file"
            ) from exc
        digest = hashlib.sha256(content).hexdigest()
        if report is None or report.sha256 != digest:
            raise TemplateProblem(
                f"Tệp {Path(source).name} chưa được kiểm tra hoặc đã thay đổi sau khi kiểm tra: "
                f"kiểm tra lại trước khi dùng làm mẫu “{title}”.",
                where="file",
            )
        if report.errors:
            shown = " ".join(i.message for i in report.errors[:3])
            more = f" (và {len(report.errors) - 3} lỗi khác)" if len(report.errors) > 3 else ""
            raise TemplateProblem(
                f"Không dùng tệp {Path(source).name} làm mẫu “{title}” vì mẫu có "
                f"{len(report.errors)} lỗi: {shown}{more} Mẫu đang dùng không thay đổi.",
                where="file",
            )
        if report.warnings and not accept_warnings:
            raise TemplateProblem(
                f"Mẫu {Path(source).name} có {len(report.warnings)} lưu ý "
                f"({report.warnings[0].message}); xác nhận để dùng mẫu này cho “{title}”.",
                where="file",
            )
        now = datetime.now().isoformat(timespec="seconds")
        with self.edits.transaction() as repo:
            row = self.user_template(cluster_id, kind)
            if row is None:
                row = repo.insert(
                    m.Template(cluster_id, kind, Path(source).name, content, digest, now)
                )
                action = "create"
            else:
                row.filename, row.content, row.sha256, row.updated_at = (
                    Path(source).name,
                    content,
                    digest,
                    now,
                )
                row = repo.update(row)
                action = "update"
            self.edits.audit(action, "Template", row.id, None, {"kind": kind, "sha256": digest})
        return row

    def export(self, cluster_id: int, kind: str, dest: Path) -> Path:
        """Write the template in use for `kind` (the cluster's own or the default) to `dest`,
        whole or not at all."""
        src, _ = self.resolve(cluster_id, kind)
        dest = Path(dest)
        tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
        try:
            tmp.write_bytes(src.read_bytes())
            os.replace(tmp, dest)
        except OSError:
            tmp.unlink(missing_ok=True)
            raise
        return dest

    def reset(self, cluster_id: int, kind: str) -> bool:
        """Go back to the bundled default; True if a user template was removed."""
        row = self.user_template(cluster_id, kind)
        if row is None:
            return False
        with self.edits.transaction() as repo:
            repo.delete(m.Template, row.id)
            self.edits.audit("delete", "Template", row.id, {"kind": kind, "sha256": row.sha256})
        return True
