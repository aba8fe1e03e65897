"""The whole document set of the demo year-end conference against bare docxtpl/reportlab.

Ours: `DocumentService.generate_many` — load the records, tally the votes, build contexts,
number, render (bundled templates in process), write atomically, archive with sha256.
Floor: the same templates and PDF builders fed the same prebuilt contexts, nothing else.
Also: the same Word set through the isolated render worker (how a user's own templates go).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import demo_db, paired_medians, ratio_line  # noqa: E402

from thidua_desktop.documents import pdf  # noqa: E402
from thidua_desktop.documents.ballots_pdf import ballot_papers_pdf  # noqa: E402
from thidua_desktop.documents.catalog import KINDS  # noqa: E402
from thidua_desktop.documents.docx import _convert_specials, jinja_env  # noqa: E402
from thidua_desktop.documents.render_worker import RenderWorker  # noqa: E402
from thidua_desktop.domain.model import Conference  # noqa: E402
from thidua_desktop.services.container import Services  # noqa: E402

PDF_BUILDERS = {
    "pledge-pdf": pdf.pledge_form_pdf,
    "attendance": pdf.attendance_pdf,
    "agenda": pdf.agenda_pdf,
}
TARGET = 1.2


def side_by_side(services: Services) -> tuple[Callable[[], object], Callable[[], object], list]:
    """(ours, floor, jobs) for the demo year-end conference of `services` (see the docstring)."""
    svc = services.documents
    conf = next(
        c for c in services.repo.find(Conference) if c.kind == "yearend"
    )  # the demo's Tổng kết
    data = svc.load(conf.id)
    items = [i for i in svc.items_for(data) if i.available]
    keys = [i.key for i in items]
    scratch = Path(tempfile.mkdtemp(prefix="thidua-bench-docs-"))
    jobs = []
    for item in items:
        number = svc.number_for(data, item)[1]
        ctx = svc.context(data, item, number, scratch)
        template = (
            svc.templates.resolve(data.cluster.id, item.kind)[0]
            if KINDS[item.kind].fmt == "docx"
            else None
        )
        jobs.append((item, ctx, template))

    def ours() -> None:
        svc.generate_many(conf.id, keys, scratch / "ours")

    def floor() -> None:
        from docxtpl import DocxTemplate

        out = scratch / "floor"
        out.mkdir(exist_ok=True)
        for item, ctx, template in jobs:
            path = out / item.filename
            if template is not None:
                tpl = DocxTemplate(str(template))
                tpl.render(_convert_specials(tpl, ctx), jinja_env(), autoescape=True)
                tpl.save(str(path))
            elif item.kind == "ballots":
                ballot_papers_pdf(ctx, path)
            else:
                PDF_BUILDERS[item.kind](path, ctx)

    return ours, floor, jobs


def main() -> int:
    services = Services.open(demo_db())
    ours, floor, jobs = side_by_side(services)
    scratch = Path(tempfile.mkdtemp(prefix="thidua-bench-docs-"))
    docx_jobs = [j for j in jobs if j[2] is not None]
    print(
        f"demo year-end conference: {len(jobs)} documents ({len(docx_jobs)} Word, {len(jobs) - len(docx_jobs)} PDF)"
    )

    ours()  # warm caches (imports, fonts) for both sides
    floor()
    t_ours, t_floor = paired_medians(ours, floor, 7)
    print(ratio_line("whole set (service vs bare)", t_ours, t_floor, TARGET))

    worker = RenderWorker()
    t0 = time.perf_counter()
    worker.render(docx_jobs[0][2], docx_jobs[0][1], scratch / "warm.docx")
    cold = time.perf_counter() - t0

    def isolated() -> None:
        for item, ctx, template in docx_jobs:
            worker.render(template, ctx, scratch / "iso" / item.filename)

    def bare_docx() -> None:
        from docxtpl import DocxTemplate

        for item, ctx, template in docx_jobs:
            tpl = DocxTemplate(str(template))
            tpl.render(_convert_specials(tpl, ctx), jinja_env(), autoescape=True)
            tpl.save(str(scratch / item.filename))

    t_iso, t_bare = paired_medians(isolated, bare_docx, 5)
    print(ratio_line("Word set in isolated worker", t_iso, t_bare, None))
    print(f"{'worker start (once per session)':<34} {cold:9.4f}s")
    worker.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
