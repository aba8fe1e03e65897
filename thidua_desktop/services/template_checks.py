"""Checking a template against a conference's data, and the gate a template passes to be used."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.documents import context as ctxm
from thidua_desktop.documents.catalog import KINDS, DocItem
from thidua_desktop.documents.placeholders import reference_markdown
from thidua_desktop.documents.preflight import PreflightReport
from thidua_desktop.documents.render_worker import check_isolated
from thidua_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from thidua_desktop.services.documents import DocumentService


REQUIRED: dict[str, dict[str, str]] = {
    "minutes": {
        "co_quan_cap_tren": "cơ quan chủ quản của cụm",
        "hoi_nghi.chu_toa_ten": "họ tên chủ tọa",
        "hoi_nghi.thu_ky_ten": "họ tên thư ký",
        "hoi_nghi.gio_bat_dau": "giờ bắt đầu hội nghị",
        "hoi_nghi.gio_ket_thuc": "giờ kết thúc hội nghị",
    },
    "counting": {"v.truong_ban": "Trưởng ban kiểm phiếu", "v.dong": "kết quả kiểm phiếu"},
    "nomination": {
        "kinh_gui": "nơi nhận tờ trình (Kính gửi) của danh hiệu",
        "nguoi_ky.ho_ten": "họ tên thủ trưởng đơn vị Trưởng (người ký)",
    },
    "pledge": {"chu_de": "chủ đề thi đua của năm"},
    "handover": {
        "ben_giao.ho_ten": "họ tên thủ trưởng đơn vị bên giao",
        "ben_nhan.ho_ten": "họ tên thủ trưởng đơn vị bên nhận",
    },
    "scores": {"nguoi_ky.ho_ten": "họ tên thủ trưởng đơn vị Trưởng (người ký)"},
    "invitation": {
        "hoi_nghi.gio_bat_dau": "giờ bắt đầu hội nghị",
        "nguoi_ky.ho_ten": "họ tên thủ trưởng đơn vị Trưởng (người ký)",
    },
}


def _sample_item(service: DocumentService, data: ctxm.ClusterData, kind: str) -> DocItem:
    items = [i for i in service.items_for(data) if i.kind == kind]
    if not items:
        raise ValidationError(f"Hội nghị này không có văn bản “{KINDS[kind].title}” để kiểm tra.")
    return next((i for i in items if i.available), items[0])


def preflight(
    service: DocumentService,
    conference_id: int | None,
    kind: str,
    template: Path | None = None,
    cluster_id: int | None = None,
) -> PreflightReport:
    """Check the cluster's template for `kind` (or the file `template`) against this
    conference's data, with a text preview of the result. The check runs in the render
    worker's child process (compiling a template evaluates it); this process only builds the
    data. Without a conference only the template itself is checked."""
    title = KINDS[kind].title
    with tempfile.TemporaryDirectory(prefix="thidua-check-") as scratch:
        ctx: dict[str, Any] | None = None
        if conference_id is not None:
            data = service.load(conference_id)
            cluster_id = data.cluster.id
            item = _sample_item(service, data, kind)
            number_text = service.number_for(data, item)[1]
            ctx = service.context(data, item, number_text or "…/…", Path(scratch))
        if template is None:
            if cluster_id is None:
                raise ValidationError("Chọn cụm thi đua để kiểm tra mẫu.")
            template, _ = service.templates.resolve(cluster_id, kind)
        return check_isolated(
            template, ctx, REQUIRED.get(kind, {}), title, timeout_s=service.render_timeout_s
        )


def placeholder_reference(service: DocumentService, conference_id: int, kind: str) -> str:
    """Markdown table of the fields a `kind` template may use, with this conference's values."""
    data = service.load(conference_id)
    item = _sample_item(service, data, kind)
    with tempfile.TemporaryDirectory(prefix="thidua-ref-") as scratch:
        ctx = service.context(data, item, "05/BB-KVTĐ", Path(scratch))
    return reference_markdown(KINDS[kind].title, ctx)


def check_file(
    service: DocumentService,
    cluster_id: int,
    kind: str,
    source: Path,
    conference_id: int | None,
) -> PreflightReport:
    """The check a file passes before it becomes the cluster's template: its bytes are read
    once, hashed, and checked (in the worker) against the conference's data."""
    from thidua_desktop.services.document_templates import docx_kind

    docx_kind(kind)
    try:
        content = Path(source).read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"Không đọc được tệp {Path(source).name}: {exc.strerror or exc}.", where="file"
        ) from exc
    with tempfile.TemporaryDirectory(prefix="thidua-install-") as tmp:
        copy = Path(tmp) / docx_kind(kind).template
        copy.write_bytes(content)
        report = preflight(service, conference_id, kind, copy, cluster_id)
    report.sha256 = hashlib.sha256(content).hexdigest()
    return report


def install_checked(
    service: DocumentService,
    cluster_id: int,
    kind: str,
    source: Path,
    conference_id: int | None,
    accept_warnings: Callable[[PreflightReport], bool],
) -> PreflightReport | None:
    """Check `source` and install it: errors refuse (TemplateProblem, nothing stored);
    warnings are put to `accept_warnings(report)`, whose False installs nothing (None)."""
    report = check_file(service, cluster_id, kind, source, conference_id)
    if report.warnings and report.ok and not accept_warnings(report):
        return None
    service.templates.install(cluster_id, kind, source, report, accept_warnings=True)
    return report
