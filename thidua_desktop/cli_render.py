"""`thidua render KIND`: produce a conference's documents from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from thidua_desktop.documents.catalog import KINDS
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import NotFound, ValidationError
from thidua_desktop.domain.fields import check_record_id
from thidua_desktop.services.container import Services

CHOICES = [*KINDS, "all"]
MAX_BLANK_ROWS = 200  # a few pages of lines for walk-in delegates; more is a typing slip


def latest_conference(services: Services) -> m.Conference:
    found = services.repo.find(
        m.Conference,
        order_by="(SELECT year FROM years WHERE years.id = year_id) DESC, date DESC, id DESC",
    )
    if not found:
        raise NotFound(
            "Chưa có hội nghị nào trong tệp dữ liệu: tạo hội nghị trước (hoặc chạy thidua demo)."
        )
    return found[0]


def cmd_render(args: argparse.Namespace, services: Services) -> int:
    if not 0 <= args.blank_rows <= MAX_BLANK_ROWS:
        raise ValidationError(f"cần một số từ 0 đến {MAX_BLANK_ROWS}", "--blank-rows")
    conf = (
        services.repo.get(m.Conference, check_record_id(args.conference, "--conference"))
        if args.conference is not None
        else latest_conference(services)
    )
    items = services.documents.items(conf.id)
    if args.kind == "all":
        chosen = [i for i in items if i.available]
    else:
        wanted = [i for i in items if i.kind == args.kind]
        chosen = [i for i in wanted if i.available]
        if not chosen:
            reason = "; ".join(sorted({i.reason for i in wanted if i.reason})) or "không có dữ liệu"
            raise ValidationError(
                f"Không tạo được “{KINDS[args.kind].title}” cho hội nghị “{conf.title}”: {reason}"
            )
    out_dir = Path(args.output) if args.output else Path.cwd()
    services.documents.pledge_per_unit = args.per_unit
    services.documents.invitation_each = args.each
    services.documents.name_cards_with_names = args.with_names
    services.documents.attendance_blank_rows = args.blank_rows
    batch = services.documents.generate_many(conf.id, [i.key for i in chosen], out_dir)
    for generated in batch:
        for path in generated.files or (generated.path,):
            print(path)
    if not batch.failed:
        return 0
    for failure in batch.failed:
        print(f"thidua: {failure.message}", file=sys.stderr)
    names = "; ".join(f"“{f.title}”" for f in batch.failed)
    print(
        f"thidua: đã tạo {len(batch)}/{len(chosen)} văn bản trong {out_dir}; không tạo được "
        f"{len(batch.failed)}: {names}.",
        file=sys.stderr,
    )
    return 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "render",
        help="tạo văn bản của hội nghị (biên bản, tờ trình, giao ước, danh sách …)",
        description="Tạo văn bản theo mẫu; in ra đường dẫn các tệp đã ghi.",
    )
    p.add_argument("kind", choices=CHOICES, metavar="LOẠI", help="một trong: " + ", ".join(CHOICES))
    p.add_argument("--conference", type=int, help="mã hội nghị (mặc định: hội nghị gần nhất)")
    p.add_argument("-o", "--output", help="thư mục ghi ra (mặc định: thư mục hiện tại)")
    p.add_argument(
        "--per-unit",
        action="store_true",
        help="pledge-pdf: mỗi đơn vị một trang (mặc định: một lưới chữ ký chung)",
    )
    p.add_argument(
        "--each",
        action="store_true",
        help="invitation: mỗi đơn vị, mỗi khách mời một tệp (mặc định: một tệp gồm mọi bản)",
    )
    p.add_argument(
        "--with-names",
        action="store_true",
        help="name-cards: mỗi người trong danh sách một bảng tên có họ tên",
    )
    p.add_argument(
        "--blank-rows",
        type=int,
        default=10,
        metavar="N",
        help=f"attendance: số dòng trống cho đại biểu đến thêm (0–{MAX_BLANK_ROWS}, mặc định 10)",
    )
    p.set_defaults(handler=cmd_render)
