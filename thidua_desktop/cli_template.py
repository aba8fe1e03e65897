"""`thidua template list|export|install|check|reset`: the cluster's Word templates, centrally."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from thidua_desktop.documents.catalog import DOCX_KINDS, KINDS
from thidua_desktop.documents.preflight import PreflightReport
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import NotFound, ValidationError
from thidua_desktop.domain.fields import check_record_id
from thidua_desktop.services import template_checks
from thidua_desktop.services.container import Services

DOCX_CHOICES = [k.key for k in DOCX_KINDS]


def _cluster_and_conference(args: argparse.Namespace, services: Services) -> tuple[int, int | None]:
    """The conference given (or the newest), and its cluster; a file with one cluster and no
    conference yet still has templates to manage."""
    from thidua_desktop.cli_render import latest_conference

    if args.conference is not None:
        conf = services.repo.get(m.Conference, check_record_id(args.conference, "--conference"))
    else:
        try:
            conf = latest_conference(services)
        except NotFound:
            clusters = services.repo.find(m.Cluster, order_by="id")
            if not clusters:
                raise NotFound(
                    "Chưa có cụm thi đua nào trong tệp dữ liệu: tạo cụm trước (hoặc chạy "
                    "thidua demo)."
                ) from None
            return clusters[0].id, None
    year = services.repo.get(m.Year, conf.year_id)
    return year.cluster_id, conf.id


def _print_report(report: PreflightReport) -> None:
    for issue in report.errors:
        print(f"Lỗi: {issue.message}", file=sys.stderr)
    for issue in report.warnings:
        print(f"Lưu ý: {issue.message}", file=sys.stderr)


def cmd_list(args: argparse.Namespace, services: Services) -> int:
    cluster_id, _ = _cluster_and_conference(args, services)
    store = services.documents.templates
    for kind in DOCX_KINDS:
        row = store.user_template(cluster_id, kind.key)
        source = (
            f"mẫu riêng {row.filename} (sửa lúc {row.updated_at}, {row.sha256[:12]})"
            if row
            else "mẫu mặc định"
        )
        print(f"{kind.key}\t{kind.title}\t{source}")
    return 0


def cmd_export(args: argparse.Namespace, services: Services) -> int:
    cluster_id, _ = _cluster_and_conference(args, services)
    print(services.documents.templates.export(cluster_id, args.kind, Path(args.file)))
    return 0


def cmd_check(args: argparse.Namespace, services: Services) -> int:
    cluster_id, conf_id = _cluster_and_conference(args, services)
    docs = services.documents
    if args.file:
        report = template_checks.check_file(docs, cluster_id, args.kind, Path(args.file), conf_id)
    else:
        report = template_checks.preflight(docs, conf_id, args.kind, cluster_id=cluster_id)
    _print_report(report)
    title = KINDS[args.kind].title
    if not report.ok:
        print(f"Mẫu “{title}” có {len(report.errors)} lỗi, chưa dùng được.")
        return 1
    print(
        f"Mẫu “{title}” dùng được"
        + (f"; {len(report.warnings)} lưu ý." if report.warnings else ".")
    )
    return 0


def cmd_install(args: argparse.Namespace, services: Services) -> int:
    cluster_id, conf_id = _cluster_and_conference(args, services)
    title = KINDS[args.kind].title
    report = template_checks.install_checked(
        services.documents,
        cluster_id,
        args.kind,
        Path(args.file),
        conf_id,
        accept_warnings=lambda report: _print_report(report) or bool(args.yes),
    )
    if report is None:
        raise ValidationError(
            f"Chưa dùng {Path(args.file).name} làm mẫu “{title}”: mẫu có lưu ý ở trên; xem lại "
            "rồi chạy lại với --yes để vẫn dùng."
        )
    print(f"Đã dùng {Path(args.file).name} làm mẫu “{title}” của cụm.")
    return 0


def cmd_reset(args: argparse.Namespace, services: Services) -> int:
    cluster_id, _ = _cluster_and_conference(args, services)
    removed = services.documents.templates.reset(cluster_id, args.kind)
    title = KINDS[args.kind].title
    print(
        f"Đã khôi phục mẫu mặc định cho “{title}”."
        if removed
        else f"“{title}” đang dùng mẫu mặc định."
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "template",
        help="mẫu văn bản Word của cụm: xem, xuất, kiểm tra, dùng mẫu đã sửa, khôi phục",
        description="Quản lý mẫu Word của cụm (cho văn phòng soạn mẫu tập trung).",
    )
    tsub = p.add_subparsers(dest="template_command", required=True, metavar="VIỆC")
    kind_help = "một trong: " + ", ".join(DOCX_CHOICES)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--conference", type=int, help="hội nghị dùng để thử mẫu (mặc định: hội nghị gần nhất)"
    )

    q = tsub.add_parser("list", parents=[common], help="các loại văn bản và mẫu đang dùng")
    q.set_defaults(handler=cmd_list, writes=False)
    q = tsub.add_parser("export", parents=[common], help="ghi mẫu đang dùng ra tệp .docx để sửa")
    q.add_argument("kind", choices=DOCX_CHOICES, metavar="LOẠI", help=kind_help)
    q.add_argument("file", help="tệp .docx ghi ra")
    q.set_defaults(handler=cmd_export, writes=False)
    q = tsub.add_parser(
        "check", parents=[common], help="kiểm tra mẫu đang dùng (hoặc --file) với dữ liệu hội nghị"
    )
    q.add_argument("kind", choices=DOCX_CHOICES, metavar="LOẠI", help=kind_help)
    q.add_argument("--file", help="kiểm tra tệp này thay vì mẫu đang dùng")
    q.set_defaults(handler=cmd_check, writes=False)
    q = tsub.add_parser(
        "install", parents=[common], help="kiểm tra rồi dùng tệp .docx làm mẫu của cụm"
    )
    q.add_argument("kind", choices=DOCX_CHOICES, metavar="LOẠI", help=kind_help)
    q.add_argument("file", help="tệp .docx đã sửa")
    q.add_argument("--yes", action="store_true", help="vẫn dùng khi mẫu chỉ có lưu ý (không lỗi)")
    q.set_defaults(handler=cmd_install)
    q = tsub.add_parser("reset", parents=[common], help="bỏ mẫu riêng, dùng lại mẫu mặc định")
    q.add_argument("kind", choices=DOCX_CHOICES, metavar="LOẠI", help=kind_help)
    q.set_defaults(handler=cmd_reset)
