"""`thidua tally VOTE_ID [--json]`: a vote's result with the explanation of every line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from thidua_desktop.domain.fields import check_record_id
from thidua_desktop.services.container import Services


def _width(rows: list[list[str]], col: int) -> int:
    return max(len(r[col]) for r in rows)


def format_report(report: dict[str, Any]) -> str:
    """The human-readable tally: header, counts, table, explanations, summary, open issues."""
    vote, res = report["vote"], report["result"]
    c, rules = res["counts"], res["rules"]
    status = "đã chốt" if vote["status"] == "closed" else "chưa chốt"
    title = vote["title"]
    if vote["round_no"] > 1 and "vòng" not in title:
        title += f" (vòng {vote['round_no']})"
    lines = [
        f"{title} – {status}",
        f"Quy chế: đạt {rules['threshold_text']} tính trên {res['base']['label']} "
        f"({res['base']['value']}), tối đa {rules['quota']} suất.",
        f"Thành viên {c['members']}, có mặt {c['present']}; phiếu phát ra {c['issued']}, "
        f"thu vào {c['returned']}, hợp lệ {c['valid']}"
        + (f" ({c['blank']} phiếu trắng)" if c["blank"] else "")
        + f", không hợp lệ {c['invalid']}.",
    ]
    if res["provisional"]:
        lines.append("KẾT QUẢ TẠM THỜI: chưa nhập đủ phiếu thu vào.")
    if not res["valid"]:
        lines.append("KẾT QUẢ KHÔNG CÓ GIÁ TRỊ: " + res["quorum"]["explanation"])
    table = [["TT", "Đơn vị", "Số phiếu", "Tỷ lệ", "Hạng", "Kết quả"]] + [
        [
            str(r["number"]),
            r["name"],
            r["fraction"],
            r["percent_text"],
            str(r["rank"]),
            r["status_label"],
        ]
        for r in res["rows"]
    ]
    widths = [_width(table, i) for i in range(6)]
    lines.append("")
    for row in table:
        cells = [
            cell.rjust(w) if i in (0, 2, 3, 4) else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    lines += ["", "Giải thích:"]
    lines += [f"{r['number']}. {r['name']}: {r['explanation']}" for r in res["rows"]]
    lines += ["", res["summary"]]
    for title, key in (
        ("Chưa thể chốt kết quả", "acceptance_problems"),
        ("Hai lần nhập khác nhau", "discrepancies"),
        ("Lưu ý về đơn vị ứng cử", "eligibility_warnings"),
    ):
        if report[key]:
            lines += ["", f"{title}:"] + [f"- {x}" for x in report[key]]
    return "\n".join(lines) + "\n"


def cmd_tally(args: argparse.Namespace, services: Services) -> int:
    report = services.votes.report(check_record_id(args.vote_id, "VOTE_ID"))
    if args.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(format_report(report))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("tally", help="kết quả một cuộc bỏ phiếu, kèm giải thích từng dòng")
    p.add_argument("vote_id", type=int, metavar="VOTE_ID", help="mã cuộc bỏ phiếu")
    p.add_argument(
        "--json", action="store_true", help="in toàn bộ kết quả dạng JSON (docs/interchange.md)"
    )
    p.set_defaults(handler=cmd_tally)
