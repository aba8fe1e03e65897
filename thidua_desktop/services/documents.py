"""Documents of a conference: what can be produced, numbering, rendering, archiving."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from thidua_desktop.documents import context as ctxm
from thidua_desktop.documents import context_invitation as ci
from thidua_desktop.documents import context_votes as cv
from thidua_desktop.documents import context_year as cy
from thidua_desktop.documents import pdf
from thidua_desktop.documents.ballots_pdf import ballot_papers_pdf
from thidua_desktop.documents.catalog import KINDS, DocItem
from thidua_desktop.documents.name_cards_pdf import name_cards_pdf
from thidua_desktop.documents.render_worker import render_isolated
from thidua_desktop.documents.vote_chart import vote_chart_png
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError, ValidationError
from thidua_desktop.domain.vntext import fold, format_doc_number
from thidua_desktop.services import documents_data as dd
from thidua_desktop.services.document_templates import TemplateStore
from thidua_desktop.services.editing import EditService
from thidua_desktop.services.votes import VoteService


@dataclass(frozen=True)
class DocRow:
    """A producible document and the last time it was produced (None: never)."""

    item: DocItem
    last: m.Document | None


@dataclass(frozen=True)
class Generated:
    item: DocItem
    path: Path
    number_text: str
    sha256: str
    document_id: int
    # the files written when one document makes several (invitations, one file each); the
    # archive keeps the document whole (every copy in one file)
    files: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Failure:
    """A document a batch could not produce, and why (a sentence naming it)."""

    key: str
    title: str
    message: str


class Batch(list[Generated]):
    """The documents a batch produced, in order; `failed` lists those it could not."""

    def __init__(self) -> None:
        super().__init__()
        self.failed: list[Failure] = []


def slug(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in fold(text))
    return "-".join(p for p in out.split("-") if p)[:60]


class DocumentService:
    """Produce the documents of a conference from its data and the cluster's templates."""

    def __init__(self, edits: EditService) -> None:
        self.edits = edits
        self.repo = edits.repo
        self.templates = TemplateStore(edits)
        self.votes = VoteService(edits)
        self.render_timeout_s: float | None = None  # None: the shared worker's 20 s
        self.pledge_per_unit = False  # pledge PDF: one page per unit instead of a grid
        self.attendance_blank_rows = 10  # attendance sheet: rows left for walk-ins
        self.invitation_each = False  # invitations: one Word file per recipient, not one for all
        self.name_cards_with_names = False  # name cards: one per listed person, with the name
        # full digest of the package handed over with the handover record, printed on it in
        # short form; "": the latest one recorded; None: not known yet (the record made to
        # travel inside the package it describes cannot print that package's code)
        self.package_digest: str | None = ""

    def load(self, conference_id: int) -> ctxm.ClusterData:
        votes = self.votes
        return dd.load_conference(self.repo, conference_id, lambda vote: votes.result(vote.id))

    # -- what can be produced ---------------------------------------------------------------
    def items(self, conference_id: int) -> list[DocItem]:
        data = self.load(conference_id)
        return self.items_for(data)

    def items_for(self, data: ctxm.ClusterData) -> list[DocItem]:
        conf = data.conference
        stem = f"{conf.date.isoformat() if conf and conf.date else data.year.year}"
        out: list[DocItem] = []

        def add(kind: str, vote_id: int | None = None, extra: str = "", reason: str = "") -> None:
            k = KINDS[kind]
            name = f"{stem}_{k.slug}{'_' + extra if extra else ''}.{k.fmt}"
            vote_title = _vote_title(data, vote_id)
            title = f"{k.title} – {vote_title}" if vote_title else k.title
            out.append(DocItem(kind, title, name, vote_id, not reason, reason))

        seen: dict[str, int] = {}
        add("agenda", reason="" if data.agenda else "Chưa có chương trình hội nghị.")
        add("attendance", reason="" if data.attendance else "Chưa có danh sách đại biểu.")
        add(
            "invitation",
            reason="" if ci.recipients(data) else "Chưa có đơn vị thành viên hay khách mời.",
        )
        add("name-cards", reason="" if data.units or data.attendance else "Chưa có đơn vị.")
        add("minutes")
        for vd in data.votes:
            tag = f"{slug(vd.award.short_name or vd.award.name)}-v{vd.vote.round_no}"
            seen[tag] = seen.get(tag, 0) + 1
            if seen[tag] > 1:  # two votes on one award (e.g. per group of units)
                tag += f"-{seen[tag]}"
            no_result = vd.problem or ("" if vd.result else "Chưa có kết quả kiểm phiếu.")
            add("counting", vd.vote.id, tag, no_result)
            elected = vd.result is not None and bool(vd.result.elected)
            add(
                "nomination",
                vd.vote.id,
                tag,
                no_result or ("" if elected else "Không có đơn vị đạt."),
            )
            has_voters = vd.vote.present_count > 0
            add("ballots", vd.vote.id, tag, "" if has_voters else "Chưa có số đại biểu có mặt.")
        add("pledge")
        add("pledge-pdf")
        add("scores", reason="" if data.scores is not None else "Chưa có điểm chấm.")
        head, nxt = data.head(), data.head(data.next_roles)
        add(
            "handover",
            reason=""
            if head and nxt
            else f"Cần có đơn vị Trưởng năm {data.year.year} và năm {data.year.year + 1}.",
        )
        return out

    def rows(self, conference_id: int) -> list[DocRow]:
        """The producible documents with their latest archived copy."""
        data = self.load(conference_id)
        latest: dict[str, m.Document] = {}
        newest = (
            "id IN (SELECT max(id) FROM documents WHERE conference_id = ? GROUP BY kind, vote_id)"
        )
        for doc in self.repo.find(m.Document, newest, [conference_id], "id"):
            latest[f"{doc.kind}:{doc.vote_id}" if doc.vote_id else doc.kind] = doc
        return [DocRow(item, latest.get(item.key)) for item in self.items_for(data)]

    # -- numbering -------------------------------------------------------------------------
    def _previous(self, data: ctxm.ClusterData, item: DocItem) -> m.Document | None:
        conf = data.conference.id if data.conference else None
        # one row only: archived documents carry their file content
        return self.repo.find_one(
            m.Document,
            "id = (SELECT max(id) FROM documents WHERE cluster_id = ? AND kind = ? AND year = ? "
            "AND conference_id IS ? AND vote_id IS ? AND number IS NOT NULL)",
            [data.cluster.id, item.kind, data.year.year, conf, item.vote_id],
        )

    def number_for(self, data: ctxm.ClusterData, item: DocItem) -> tuple[int | None, str]:
        """The document's number: kept when it is generated again, else the next free one."""
        code = KINDS[item.kind].type_code
        if code is None:
            return None, ""
        prev = self._previous(data, item)
        if prev is not None:
            return prev.number, prev.number_text
        row = self.repo.find_one(
            m.DocNumber,
            "cluster_id = ? AND year = ? AND type_code = ?",
            [data.cluster.id, data.year.year, code],
        )
        n = (row.last_number if row else 0) + 1
        issuer = data.cluster.issuer_code or slug(data.cluster.short_name).upper()
        return n, format_doc_number(n, code, issuer)

    def _take_number(self, repo: Any, data: ctxm.ClusterData, item: DocItem, n: int) -> None:
        code = KINDS[item.kind].type_code
        row = repo.find_one(
            m.DocNumber,
            "cluster_id = ? AND year = ? AND type_code = ?",
            [data.cluster.id, data.year.year, code],
        )
        if row is None:
            repo.insert(m.DocNumber(data.cluster.id, data.year.year, code, n))
        elif row.last_number < n:
            row.last_number = n
            repo.update(row)

    # -- producing -------------------------------------------------------------------------
    def generate(
        self,
        conference_id: int,
        key: str,
        out_dir: str | Path,
        data: ctxm.ClusterData | None = None,
    ) -> Generated:
        data = data or self.load(conference_id)
        item = self._item(self.items_for(data), key)
        with tempfile.TemporaryDirectory(prefix="thidua-doc-") as scratch:
            return self._produce(data, item, Path(out_dir), Path(scratch))

    def generate_many(
        self,
        conference_id: int,
        keys: list[str],
        out_dir: str | Path,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Generated]:
        """Produce several documents; `cancelled()` is checked between documents.

        Each document is archived in its own transaction as soon as it is written, so a
        cancelled or interrupted batch keeps the record of every file it produced. A document
        that cannot be made (a broken template, missing data) does not stop the others: it is
        listed in the result's `failed` with a sentence naming it."""
        data = self.load(conference_id)
        items = self.items_for(data)
        done = Batch()
        with tempfile.TemporaryDirectory(prefix="thidua-doc-") as scratch:
            for i, key in enumerate(keys):
                if cancelled and cancelled():
                    break
                if progress:
                    progress(i, len(keys), key)
                title = next((it.title for it in items if it.key == key), key)
                try:
                    item = self._item(items, key)
                    done.append(self._produce(data, item, Path(out_dir), Path(scratch)))
                except DomainError as exc:
                    message = str(exc)
                    if title not in message:
                        message = f"“{title}”: {message}"
                    done.failed.append(Failure(key, title, message))
        if progress:
            progress(len(keys), len(keys), "")
        return done

    def _produce(
        self, data: ctxm.ClusterData, item: DocItem, out_dir: Path, scratch: Path
    ) -> Generated:
        """Number, render and archive one document (with its sha256 and an audit entry)."""
        number, number_text = self.number_for(data, item)
        out = out_dir / item.filename
        files: tuple[Path, ...] = ()
        if item.kind == "invitation" and self.invitation_each:
            # the archive keeps every copy in one file; the folder gets one file each
            whole = scratch / item.filename
            self._render(data, item, number_text, whole, scratch)
            files = self._invitation_files(data, item, number_text, out_dir, scratch)
            content = whole.read_bytes()
            out = files[0].parent
        else:
            self._render(data, item, number_text, out, scratch)
            content = out.read_bytes()
        digest = hashlib.sha256(content).hexdigest()
        with self.edits.transaction() as repo:
            if number is not None:
                self._take_number(repo, data, item, number)
            doc = repo.insert(
                m.Document(
                    cluster_id=data.cluster.id,
                    kind=item.kind,
                    filename=item.filename,
                    year=data.year.year,
                    conference_id=data.conference.id if data.conference else None,
                    vote_id=item.vote_id,
                    number=number,
                    number_text=number_text,
                    title=item.title,
                    content=content,
                    sha256=digest,
                    created_at=datetime.now().isoformat(timespec="seconds"),
                )
            )
            self.edits.audit(
                "generate",
                "Document",
                doc.id,
                None,
                {"kind": item.kind, "number": number_text, "sha256": digest},
            )
        return Generated(item, out, number_text, digest, doc.id, files)

    def _invitation_files(
        self, data: ctxm.ClusterData, item: DocItem, number_text: str, out_dir: Path, scratch: Path
    ) -> tuple[Path, ...]:
        """One invitation file per recipient, in a folder named like the document."""
        folder = out_dir / item.filename.rsplit(".", 1)[0]
        folder.mkdir(parents=True, exist_ok=True)
        template, is_user = self.templates.resolve(data.cluster.id, KINDS[item.kind].key)
        timeout = self.render_timeout_s if is_user else None
        files = []
        for i, name in enumerate(ci.recipient_files(data)):
            ctx = ci.invitation_context(data, number_text, scratch, only=i)
            out = folder / f"{name}.docx"
            render_isolated(template, ctx, out, timeout_s=timeout, name=item.title)
            files.append(out)
        return tuple(files)

    @staticmethod
    def _item(items: list[DocItem], key: str) -> DocItem:
        for item in items:
            if item.key == key:
                if not item.available:
                    raise ValidationError(f"Chưa tạo được “{item.title}”: {item.reason}")
                return item
        raise ValidationError(f"Không có văn bản “{key}” cho hội nghị này.")

    def context(
        self, data: ctxm.ClusterData, item: DocItem, number_text: str, scratch: Path
    ) -> dict[str, Any]:
        """The plain context for `item` (charts are written into `scratch`)."""
        kind = item.kind
        if kind == "minutes":
            return cv.minutes_context(data, number_text)
        if kind in ("counting", "nomination"):
            vd = next(v for v in data.votes if v.vote.id == item.vote_id)
            if kind == "nomination":
                return cv.nomination_context(data, vd, number_text)
            return cv.counting_context(data, vd, number_text, self._chart(vd, scratch))
        if kind in ("pledge", "pledge-pdf"):
            return cy.pledge_context(data, number_text)
        if kind == "handover":
            digest = self.package_digest
            if digest == "":
                digest = self._latest_package_digest(data)
            digest = digest or ""
            items = dd.handover_items(self.repo, data, digest)
            return cy.handover_context(data, number_text, items, package_digest=digest)
        if kind == "scores":
            return cy.scores_context(data, data.scores, number_text)  # type: ignore[arg-type]
        if kind == "ballots":
            return self.votes.ballot_context(item.vote_id)  # type: ignore[arg-type]
        if kind == "attendance":
            return ctxm.attendance_sheet_context(data)
        if kind == "agenda":
            return ctxm.agenda_context(data)
        if kind == "invitation":
            return ci.invitation_context(data, number_text, scratch)
        if kind == "name-cards":
            return ci.name_cards_context(data, with_names=self.name_cards_with_names)
        raise ValidationError(f"Không có văn bản loại “{kind}”.")

    def _latest_package_digest(self, data) -> str:  # noqa: ANN001 (the conference's data)
        from thidua_desktop.services.package import latest_package_digest

        return latest_package_digest(self.repo, data.cluster.id)

    def _chart(self, vd: ctxm.VoteData, scratch: Path) -> dict[str, Any] | str:
        if vd.result is None or not vd.result.rows:
            return ""
        png = scratch / f"chart-{vd.vote.id}.png"
        # 1200 px over 150 mm is about 200 dpi: sharp in print, quicker to encode than 1600;
        # bars in the order and numbering of the result table above the chart
        png.write_bytes(vote_chart_png(vd.result, width=1200, ranked=True))
        return {"__image__": str(png), "width_mm": 150}

    def _render(
        self, data: ctxm.ClusterData, item: DocItem, number_text: str, out: Path, scratch: Path
    ) -> None:
        kind = KINDS[item.kind]
        ctx = self.context(data, item, number_text, scratch)
        if item.kind == "pledge-pdf":
            pdf.pledge_form_pdf(out, ctx, one_page_per_unit=self.pledge_per_unit)
        elif item.kind == "attendance":
            pdf.attendance_pdf(out, ctx, blank_rows=self.attendance_blank_rows)
        elif item.kind == "agenda":
            pdf.agenda_pdf(out, ctx)
        elif item.kind == "ballots":
            ballot_papers_pdf(ctx, out)
        elif item.kind == "name-cards":
            name_cards_pdf(out, ctx)
        else:
            template, is_user = self.templates.resolve(data.cluster.id, kind.key)
            # Every template renders in the worker's child process (time and memory limits):
            # a user's template may hold anything, and the bundled ones sit in the install
            # folder, editable too. This process never evaluates a template.
            timeout = self.render_timeout_s if is_user else None
            render_isolated(template, ctx, out, timeout_s=timeout, name=item.title)


def _vote_title(data: ctxm.ClusterData, vote_id: int | None) -> str:
    if vote_id is None:
        return ""
    for vd in data.votes:
        if vd.vote.id == vote_id:
            name = vd.vote.title or vd.award.name
            return name + (f" (vòng {vd.vote.round_no})" if vd.vote.round_no > 1 else "")
    return ""


# The template checks live beside the service; the names stay importable from here.
from thidua_desktop.services.template_checks import placeholder_reference, preflight  # noqa: E402,F401
