"""`thidua package export|verify|open` and `thidua audit verify`: handover and data safety."""

from __future__ import annotations

import argparse
from pathlib import Path

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.model import AuditEntry
from thidua_desktop.services.container import Services
from thidua_desktop.services.locking import InstanceLock


def sweep(services: Services | None, *folders: Path) -> None:
    """Temporaries left by killed exports, verifies and opens: removed before we add ours."""
    from thidua_desktop.services.package_files import clean_stale_temporaries

    own = [services.path.parent] if services is not None and services.path is not None else []
    clean_stale_temporaries([*own, *folders])


def cmd_export(args: argparse.Namespace, services: Services) -> int:
    from thidua_desktop.services.package import export_package, find_unit, record_handover

    if services.path is None:
        raise ValidationError("Không xuất gói từ cơ sở dữ liệu trong bộ nhớ.")
    from thidua_desktop.services.package_files import refuse_live_database

    refuse_live_database(Path(args.output), services.path)  # before --record writes anything
    sweep(services, Path(args.output).parent)
    to_unit = find_unit(services.repo, args.to).name if args.to else ""
    if args.record:
        from thidua_desktop.services.handover_record import make_handover_record

        # The handover record is archived in the database, so it travels inside the package.
        with InstanceLock(services.path).acquire("thidua package export --record"):
            record = make_handover_record(services, Path(args.output).parent, True)
            print(f"Biên bản bàn giao: {record}")
    info = export_package(services.repo, services.path, Path(args.output), to_unit=to_unit)
    services.documents.package_digest = info.package_digest  # for a record made afterwards
    record_handover(services.edits, info)  # and in any later session
    print("\n".join(info.summary_lines()))
    return 0


def cmd_verify(args: argparse.Namespace, services: Services) -> int:
    from thidua_desktop.services.package import verify_package

    sweep(services)
    print("\n".join(verify_package(Path(args.file)).summary_lines()))
    return 0


def cmd_open(args: argparse.Namespace, services: Services) -> int:
    from thidua_desktop.services.package_open import open_into, read_received

    sweep(services)
    received = read_received(Path(args.file))
    print("\n".join(received.info.summary_lines()))
    if args.into:
        into = Path(args.into)
        if into.exists() and into.stat().st_size > 0:
            raise ValidationError(f"Tệp '{into}' đã tồn tại; hãy chọn một tên tệp mới cho --into.")
        target = Services.open(into, actor=services.edits.actor)
        try:
            open_into(target.repo, received, actor=target.edits.actor)
        finally:
            target.close()
        where = into
    else:
        if args.replace and not services.repo.is_empty() and services.backups is not None:
            backup = services.backups.snapshot("before-replace")
            print(f"Đã sao lưu dữ liệu hiện có vào {backup}")
        open_into(services.repo, received, replace=args.replace, actor=services.edits.actor)
        where = services.path
    for note in received.notes():
        print(f"Lưu ý: {note}")
    print(f"Đã mở gói vào {where}.")
    return 0


def cmd_audit_verify(args: argparse.Namespace, services: Services) -> int:
    from thidua_desktop.services.audit import first_broken_link

    broken = first_broken_link(services.repo)
    n = services.repo.count(AuditEntry)
    if broken is not None:
        raise ValidationError(
            f"Nhật ký thay đổi đã bị sửa: chuỗi băm đứt tại mục số {broken} (trên {n} mục)."
        )
    # A plain hash chain: it shows accidental damage and edits that did not recompute it.
    print(
        f"Chuỗi băm của nhật ký thay đổi khớp: {n} mục (không thấy hư hỏng hay sửa đổi "
        "mà không tính lại chuỗi; đây không phải chữ ký)."
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `package …` and `audit …` to the thidua command."""
    pkg = sub.add_parser("package", help="gói bàn giao: xuất, kiểm tra, mở")
    psub = pkg.add_subparsers(dest="package_command", required=True, metavar="VIỆC")
    p = psub.add_parser("export", help="xuất gói bàn giao (.thidua)")
    p.add_argument("-o", "--output", required=True, help="tệp gói ghi ra, ví dụ ban-giao.thidua")
    p.add_argument("--to", help="đơn vị nhận bàn giao (tên hoặc số id)")
    p.add_argument(
        "--record", action="store_true", help="lập kèm Biên bản bàn giao (lưu vào gói và thư mục)"
    )
    p.set_defaults(handler=cmd_export, writes=False)
    p = psub.add_parser("verify", help="kiểm tra một gói (toàn vẹn, phiên bản, mã kiểm tra)")
    p.add_argument("file")
    p.set_defaults(handler=cmd_verify, writes=False)
    p = psub.add_parser("open", help="mở một gói nhận được vào cơ sở dữ liệu")
    p.add_argument("file")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--into", metavar="MỚI.db", help="tạo cơ sở dữ liệu mới từ gói")
    how.add_argument("--replace", action="store_true", help="thay dữ liệu hiện có (sao lưu trước)")
    p.set_defaults(handler=cmd_open, writes=True)

    aud = sub.add_parser("audit", help="nhật ký thay đổi")
    asub = aud.add_subparsers(dest="audit_command", required=True, metavar="VIỆC")
    p = asub.add_parser("verify", help="kiểm tra chuỗi băm của nhật ký thay đổi")
    p.set_defaults(handler=cmd_audit_verify, writes=False)
