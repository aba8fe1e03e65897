"""`thidua grounds YEAR [--set FILE | --reset]`: the grounds ("Căn cứ …") a year's letters cite."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.vntext import format_date_short
from thidua_desktop.services.container import Services


def _year(services: Services, year: int) -> m.Year:
    found = services.repo.find(m.Year, "year = ?", [year])
    if not found:
        raise ValidationError(f"Chưa có năm {year} trong tệp dữ liệu.")
    if len(found) > 1:
        raise ValidationError(f"Tệp dữ liệu có nhiều cụm cùng năm {year}: không biết chọn cụm nào.")
    return found[0]


def _read_lines(source: str) -> list[str]:
    if source == "-":
        return sys.stdin.read().splitlines()
    try:
        return Path(source).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise ValidationError(f"Không đọc được tệp '{source}': {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(f"Tệp '{source}' không phải văn bản UTF-8.") from exc


def cmd_grounds(args: argparse.Namespace, services: Services) -> int:
    year = _year(services, args.year)
    svc = services.legal_grounds
    if args.reset:
        svc.reset(year.id)
        print(f"Năm {year.year}: tờ trình trích dẫn lại các căn cứ mặc định theo ngày văn bản.")
        return 0
    if args.file is not None:
        saved = svc.replace(year.id, _read_lines(args.file))
        print(f"Đã lưu {len(saved)} căn cứ cho năm {year.year}.", file=sys.stderr)
    grounds, own = svc.grounds(year.id)
    source = (
        "danh sách riêng của năm"
        if own
        else f"mặc định theo văn bản có hiệu lực ngày {format_date_short(svc.letter_date(year))}"
    )
    print(f"Căn cứ của tờ trình năm {year.year} ({source}):", file=sys.stderr)
    for text in grounds:
        print(f"Căn cứ {text};")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "grounds",
        help="các căn cứ (Căn cứ …) tờ trình của một năm trích dẫn: xem, thay, trả về mặc định",
    )
    p.add_argument("year", type=int, metavar="NĂM", help="năm thi đua, ví dụ 2016")
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--set",
        dest="file",  # a path: passed on byte for byte (cli.PATH_ARGS)
        metavar="TỆP",
        help="thay danh sách bằng các dòng của tệp UTF-8 (mỗi dòng một căn cứ; '-' = đầu vào)",
    )
    what.add_argument(
        "--reset", action="store_true", help="bỏ danh sách riêng, dùng căn cứ mặc định theo ngày"
    )
    p.set_defaults(handler=cmd_grounds)
