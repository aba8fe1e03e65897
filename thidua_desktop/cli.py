"""The `thidua` command line: the same services as the GUI, no Qt.

Exit codes: 0 success; 1 a user error (bad file, unknown id, invalid data) with a one-line
message on stderr; 2 bad usage (argparse).
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from thidua_desktop import (
    __version__,
    cli_grounds,
    cli_package,
    cli_render,
    cli_template,
    cli_votes,
)
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.container import Services

Handler = Callable[[argparse.Namespace, Services], int]


def cmd_demo(args: argparse.Namespace, services: Services) -> int:
    from thidua_desktop.services.demo import load_demo

    report = load_demo(services.repo, actor="thidua demo")
    total = sum(report.counts.values())
    print(f"Đã tạo cụm thi đua mẫu: {report.counts.get('units', 0)} đơn vị, {total} bản ghi.")
    return 0


def cmd_export_json(args: argparse.Namespace, services: Services) -> int:
    from thidua_desktop.services.interchange import dumps, export_data

    text = dumps(export_data(services.repo))
    if args.output:
        write_replacing(Path(args.output), text.encode("utf-8"))
        print(args.output)
    else:
        sys.stdout.write(text)
    return 0


def write_replacing(target: Path, data: bytes) -> None:
    """Write beside the target then rename: a full disk leaves no half file (nor a temporary)."""
    from thidua_desktop.services.faults import free_bytes, with_needed_bytes

    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            free = free_bytes(target.parent) or 0
            full = OSError(exc.errno, exc.strerror, str(target))
            raise with_needed_bytes(full, max(len(data) - free, 1)) from None
        raise OSError(exc.errno, exc.strerror, str(target)) from exc  # name ours, not the temp


def cmd_import_json(args: argparse.Namespace, services: Services) -> int:
    from thidua_desktop.services.interchange import import_data, load_file

    report = import_data(services.repo, load_file(args.file), actor="thidua import-json")
    if report.normalized:
        shown = ", ".join(report.normalized[:5])
        more = f" và {len(report.normalized) - 5} chỗ khác" if len(report.normalized) > 5 else ""
        print(
            f"Lưu ý: đã chuẩn hóa văn bản sang Unicode dựng sẵn (NFC) tại {shown}{more}.",
            file=sys.stderr,
        )
    print(f"Đã nhập {sum(report.counts.values())} bản ghi.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thidua", description="Hồ sơ cụm/khối thi đua: dòng lệnh (không cần giao diện)."
    )
    parser.add_argument(
        "--db", help="tệp cơ sở dữ liệu (mặc định: thidua.db trong thư mục dữ liệu)"
    )
    parser.add_argument("--version", action="version", version=f"thidua {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")

    p = sub.add_parser("demo", help="tạo dữ liệu mẫu (cụm Tư pháp 14 tỉnh miền núi phía Bắc)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("export-json", help="xuất toàn bộ dữ liệu ra JSON (docs/interchange.md)")
    p.add_argument("-o", "--output", help="tệp ghi ra (mặc định: stdout)")
    p.set_defaults(handler=cmd_export_json, writes=False)

    p = sub.add_parser("import-json", help="nhập dữ liệu từ JSON vào cơ sở dữ liệu trống")
    p.add_argument("file", help="tệp JSON")
    p.set_defaults(handler=cmd_import_json)

    cli_votes.register(sub)
    cli_package.register(sub)
    cli_render.register(sub)
    cli_template.register(sub)
    cli_grounds.register(sub)
    return parser


# Arguments naming files: passed on byte for byte. An NFD file name normalised to NFC names
# another file (a new, empty database); only text typed for the records is normalised.
PATH_ARGS = frozenset({"db", "output", "file", "into"})


def normalize_text_args(args: argparse.Namespace) -> argparse.Namespace:
    for name, value in vars(args).items():
        if isinstance(value, str) and name not in PATH_ARGS:
            setattr(args, name, unicodedata.normalize("NFC", value))
    return args


def creates(args: argparse.Namespace) -> bool:
    """Only the commands that fill a database may make a new one; the others refuse a missing
    file (a mistyped --db must not answer from a silently created empty cluster)."""
    return args.command in ("demo", "import-json") or (
        args.command == "package" and args.package_command == "open"
    )


def needs_no_database(args: argparse.Namespace) -> bool:
    return args.command == "package" and args.package_command == "verify"


def main(argv: Sequence[str] | None = None) -> int:
    from thidua_desktop.paths import default_db_path

    raw = sys.argv[1:] if argv is None else argv
    args = normalize_text_args(build_parser().parse_args(list(raw)))
    if args.db:
        db_path = Path(args.db)
    else:
        db_path = default_db_path()
        db_path.parent.mkdir(parents=True, exist_ok=True)  # our own folder, made on first use
    try:
        exclusive = getattr(args, "writes", True)  # read-only commands run beside the GUI
        services = None
        if not needs_no_database(args):
            services = Services.open(
                db_path, actor=f"thidua {args.command}", exclusive=exclusive, create=creates(args)
            )
    except DomainError as exc:
        print(f"thidua: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        return _fault(exc, db_path)
    try:
        handler: Handler = args.handler
        return handler(args, services)
    except DomainError as exc:
        print(f"thidua: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        return _fault(exc, db_path)
    finally:
        if services is not None:
            services.close()


def _fault(exc: Exception, db_path: Path) -> int:
    """A fault of the machine as one line (exit 1); anything else is a bug and propagates."""
    from thidua_desktop.services.faults import explain

    message = explain(exc, db_path)
    if message is None:
        raise exc
    print(f"thidua: {' '.join(message.split())}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
