"""Pages that hold together in any rendered .docx: keeps, unsplittable rows, header rows, NFC text."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

W_P, W_TBL, W_TR, W_R, W_T, W_BR = (qn(f"w:{t}") for t in ("p", "tbl", "tr", "r", "t", "br"))
W_PPR, W_RPR, W_TRPR = qn("w:pPr"), qn("w:rPr"), qn("w:trPr")

# Child order of w:pPr (ECMA-376 §17.3.1.26) up to the keeps, so an added element stays valid.
_PPR_BEFORE_KEEPS = ("w:pStyle",)

HEADING_MAX = 200  # a bold paragraph longer than this is body text set in bold, not a heading
CLOSING_MAX_PARAGRAPHS = 40  # a signature region longer than this is a signature grid (pledge)
CLOSING_MAX_ROWS = 4
# What a signature block or its recipients' list says (ND30 Phụ lục I, mục IV).
_SIGNATURE = re.compile(
    r"(\(Ký|Nơi nhận|\bTM\.|\bKT\.|\bTL\.|\bTUQ\.|THƯ KÝ|CHỦ TỌA|ĐẠI DIỆN|NGƯỜI LẬP|TRƯỞNG)"
)
_END_MARK = "./."  # ND30: the body of a document ends with "./."


def paginate(document: Any) -> None:
    """Make a python-docx Document print as a ministry expects, whatever template made it.

    Every text in NFC; justified paragraphs split at soft line breaks; headings and
    labels kept with what follows; the signature block and "Nơi nhận" kept together and with
    the last body paragraph; table rows unsplittable; header rows of data tables repeated.
    """
    body = document.element.body
    for part in _parts(document):
        normalize_text(part)
    split_soft_breaks(body, _justified_by_default(document))
    for tbl in body.iter(W_TBL):
        table_rows(tbl)
    keep_headings(body, _bold_styles(document))
    keep_closing(body)


def _parts(document: Any) -> Iterator[Any]:
    yield document.element.body
    seen = set()
    for section in document.sections:
        for hf in (
            section.header, section.first_page_header, section.even_page_header,
            section.footer, section.first_page_footer, section.even_page_footer,
        ):  # fmt: skip
            if not hf.is_linked_to_previous and id(hf._element) not in seen:
                seen.add(id(hf._element))
                yield hf._element


# --- text ---------------------------------------------------------------------------------


def normalize_text(root: Any) -> None:
    """Every w:t in NFC; a combining mark that opens a run joins the letter before it."""
    previous = None
    for t in root.iter(W_T):
        text = t.text or ""
        lead = 0
        while lead < len(text) and unicodedata.combining(text[lead]):
            lead += 1
        if previous is not None and lead:
            previous.text = unicodedata.normalize("NFC", (previous.text or "") + text[:lead])
            text = text[lead:]
        t.text = unicodedata.normalize("NFC", text)
        if t.text:
            previous = t


def text_of(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(W_T))


# --- soft line breaks -----------------------------------------------------------------------


def _styles_where(document: Any, read: Any) -> set[str]:
    """Ids of the styles for which `read(style)` — looked up through the styles they are
    based on, the nearest one that says — is true; '' stands for the default style."""
    out = set()
    for st in document.styles:
        probe = st
        while probe is not None:
            try:
                value = read(probe)
            except AttributeError:  # numbering and table styles have no such property
                break
            if value is not None:
                if value:
                    out.add(st.style_id)
                break
            probe = getattr(probe, "base_style", None)
    return _with_default(document, out)


def _justified_by_default(document: Any) -> set[str]:
    """Paragraph style ids whose alignment is 'both' (justified)."""

    def justified(st: Any) -> bool | None:
        jc = st.paragraph_format.alignment
        return None if jc is None else int(jc) == 3  # WD_ALIGN_PARAGRAPH.JUSTIFY

    return _styles_where(document, justified)


def _with_default(document: Any, style_ids: set[str]) -> set[str]:
    """Add '' (a paragraph naming no style) when the default paragraph style is among them:
    its id is 'Normal' in English Word, something else in a translated one."""
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    return style_ids | {""} if default is not None and default.style_id in style_ids else style_ids


def _is_justified(p: Any, justified_styles: set[str]) -> bool:
    ppr = p.find(W_PPR)
    jc = ppr.find(qn("w:jc")) if ppr is not None else None
    if jc is not None:
        return jc.get(qn("w:val")) in ("both", "distribute")
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    sid = style.get(qn("w:val")) if style is not None else ""
    return sid in justified_styles


def _soft_break(el: Any) -> bool:
    return el.tag == W_BR and el.get(qn("w:type")) in (None, "textWrapping")


def split_soft_breaks(body: Any, justified_styles: set[str]) -> None:
    """A justified paragraph with line breaks becomes one paragraph per line: Word stretches
    a justified line that ends in a soft break across the whole width."""
    for p in list(body.iter(W_P)):
        if not _is_justified(p, justified_styles):
            continue
        runs = [r for r in p if r.tag == W_R]
        if not any(_soft_break(el) for r in runs for el in r):
            continue
        if any(el.tag != W_PPR and el.tag != W_R for el in p) or any(
            el.tag in (qn("w:fldChar"), qn("w:instrText")) for r in runs for el in r
        ):
            continue  # fields, hyperlinks, bookmarks: left as written
        _split(p, runs)


def _split(p: Any, runs: list[Any]) -> None:
    lines: list[list[Any]] = [[]]
    for r in runs:
        rpr = r.find(W_RPR)
        piece = _new_run(rpr)
        for el in list(r):
            if el is rpr:
                continue
            if _soft_break(el):
                if _has_content(piece):
                    lines[-1].append(piece)
                lines.append([])
                piece = _new_run(rpr)
            else:
                piece.append(el)
        if _has_content(piece):
            lines[-1].append(piece)
        p.remove(r)
    lines = [line for line in lines if line] or [[]]  # a blank line (two breaks) is dropped
    ppr = p.find(W_PPR)
    for line in lines[:-1]:
        clone = p.makeelement(W_P, {})
        if ppr is not None:
            clone_ppr = copy.deepcopy(ppr)
            for extra in clone_ppr.findall(qn("w:sectPr")):
                clone_ppr.remove(extra)
            clone.append(clone_ppr)
        clone.extend(line)
        p.addprevious(clone)
        if ppr is not None:  # a list number stays on the first line only
            for num in ppr.findall(qn("w:numPr")):
                ppr.remove(num)
    p.extend(lines[-1])


def _new_run(rpr: Any) -> Any:
    run = OxmlElement("w:r")
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    return run


def _has_content(run: Any) -> bool:
    """Whether a run holds anything but its formatting (text, a tab, a picture)."""
    return any(el.tag != W_RPR and not (el.tag == W_T and not el.text) for el in run)


# --- keeps ----------------------------------------------------------------------------------


def set_keep_next(p: Any, on: bool = True) -> None:
    """Turn w:keepNext on (or off) in a paragraph's properties, in schema order."""
    ppr = p.find(W_PPR)
    if ppr is None:
        ppr = p.makeelement(W_PPR, {})
        p.insert(0, ppr)
    for old in ppr.findall(qn("w:keepNext")):
        ppr.remove(old)
    if not on:
        return
    keep = ppr.makeelement(qn("w:keepNext"), {})
    anchor = None
    for tag in _PPR_BEFORE_KEEPS:
        found = ppr.find(qn(tag))
        if found is not None:
            anchor = found
    if anchor is not None:
        anchor.addnext(keep)
    else:
        ppr.insert(0, keep)


def _bold_styles(document: Any) -> set[str]:
    return _styles_where(document, lambda st: st.font.bold)


def _is_bold(p: Any, bold_styles: set[str]) -> bool:
    ppr = p.find(W_PPR)
    pstyle = ppr.find(qn("w:pStyle")) if ppr is not None else None
    style_bold = (pstyle.get(qn("w:val")) if pstyle is not None else "") in bold_styles
    runs = [r for r in p.iter(W_R) if text_of(r).strip()]
    if not runs:
        return False
    for r in runs:
        b = r.find(f"{W_RPR}/{qn('w:b')}")
        if b is None:
            if not style_bold:
                return False
        elif b.get(qn("w:val")) in ("0", "false", "off"):
            return False
    return True


def is_heading(p: Any, bold_styles: set[str] = frozenset()) -> bool:  # type: ignore[assignment]
    """A heading or a label: a 'Heading' style or outline level, a line ending with ':', or a
    short paragraph set wholly in bold (titles, 'I. NỘI DUNG …', 'BÊN GIAO: …')."""
    text = text_of(p).strip()
    if not text or text.endswith(_END_MARK):
        return False
    ppr = p.find(W_PPR)
    if ppr is not None:
        style = ppr.find(qn("w:pStyle"))
        if style is not None and style.get(qn("w:val"), "").lower().startswith(
            ("heading", "title")
        ):
            return True
        if ppr.find(qn("w:outlineLvl")) is not None:
            return True
    if text.endswith(":"):
        return True
    return len(text) <= HEADING_MAX and _is_bold(p, bold_styles)


def _blocks(body: Any) -> list[Any]:
    return [el for el in body if el.tag in (W_P, W_TBL)]


def keep_headings(body: Any, bold_styles: set[str]) -> None:
    """Headings and labels never end a page: each keeps with the next paragraph or table,
    through any empty paragraphs (spacers) between them."""
    blocks = _blocks(body)
    carrying = False
    for i, el in enumerate(blocks):
        last = i == len(blocks) - 1
        if el.tag != W_P:
            carrying = False
            continue
        if is_heading(el, bold_styles) and not last:
            set_keep_next(el)
            carrying = True
        elif carrying and not text_of(el).strip() and not last:
            set_keep_next(el)
        else:
            carrying = False


def _looks_like_signature(tbl: Any) -> bool:
    return bool(_SIGNATURE.search(text_of(tbl))) and len(tbl.findall(W_TR)) <= CLOSING_MAX_ROWS


def _closing_start(blocks: list[Any]) -> int | None:
    """Index of the first block of the closing (signatures, 'Nơi nhận'), None if none found."""
    ends = [
        i
        for i, el in enumerate(blocks)
        if el.tag == W_P and text_of(el).strip().endswith(_END_MARK)
    ]
    if ends and ends[-1] < len(blocks) - 1:
        start = ends[-1] + 1
    else:
        tables = [i for i, el in enumerate(blocks) if el.tag == W_TBL and _looks_like_signature(el)]
        if not tables:
            return None
        start = tables[-1]
        if any(el.tag == W_TBL for el in blocks[start + 1 :]):
            return None
    tail = blocks[start:]
    paragraphs = sum(1 for el in tail for _ in el.iter(W_P))
    if paragraphs > CLOSING_MAX_PARAGRAPHS or any(
        el.tag == W_TBL and len(el.findall(W_TR)) > CLOSING_MAX_ROWS for el in tail
    ):
        return None  # a grid of many signatures (pledge): it breaks across pages by rows
    if not _SIGNATURE.search("".join(text_of(el) for el in tail)):
        return None
    return start


def keep_closing(body: Any) -> None:
    """The signature block and 'Nơi nhận' stay together and with the end of the body text."""
    blocks = _blocks(body)
    start = _closing_start(blocks)
    if start is None:
        return
    # the last body paragraph (and any spacer after it) keeps with the closing
    j = start - 1
    while j >= 0 and blocks[j].tag == W_P:
        set_keep_next(blocks[j])
        if text_of(blocks[j]).strip():
            break
        j -= 1
    tail = blocks[start:]
    while tail and tail[-1].tag == W_P and not text_of(tail[-1]).strip():
        tail.pop()  # trailing empty paragraphs need not be held
    for k, el in enumerate(tail):
        final = k == len(tail) - 1
        if el.tag == W_P:
            set_keep_next(el, not final)
            continue
        rows = el.findall(W_TR)
        for n, tr in enumerate(rows):
            _row_property(tr, "w:cantSplit")
            hold = not (final and n == len(rows) - 1)
            for p in tr.iter(W_P):
                set_keep_next(p, hold)
        if final and rows:  # inside the last row, each cell's lines stay together
            for tc in rows[-1].findall(qn("w:tc")):
                cell = list(tc.iter(W_P))
                for p in cell[:-1]:
                    set_keep_next(p)


# --- tables ---------------------------------------------------------------------------------


def _row_property(tr: Any, tag: str) -> None:
    trpr = tr.find(W_TRPR)
    if trpr is None:
        trpr = tr.makeelement(W_TRPR, {})
        anchor = tr.find(qn("w:tblPrEx"))
        if anchor is not None:
            anchor.addnext(trpr)
        else:
            tr.insert(0, trpr)
    if trpr.find(qn(tag)) is not None:
        return
    new = trpr.makeelement(qn(tag), {})
    tracked = [c for c in trpr if c.tag in (qn("w:ins"), qn("w:del"), qn("w:trPrChange"))]
    if tracked:  # revision marks close the row's properties (ECMA-376 CT_TrPr)
        tracked[0].addprevious(new)
    else:
        trpr.append(new)


def bordered(tbl: Any) -> bool:
    """Whether a table prints its grid (a data table) rather than laying out a signature."""
    tblpr = tbl.find(qn("w:tblPr"))
    if tblpr is None:
        return False
    borders = tblpr.find(qn("w:tblBorders"))
    if borders is not None:
        return any(b.get(qn("w:val")) not in ("nil", "none") for b in borders)
    style = tblpr.find(qn("w:tblStyle"))
    return style is not None and style.get(qn("w:val")) not in ("TableNormal", "NormalTable")


# A long table's last rows travel together: a signature grid's last two pairs (two rows
# each), a data table's last two rows (more would push the closing onto one more page).
TAIL_ROWS, DATA_TAIL_ROWS = 4, 2


def table_rows(tbl: Any) -> None:
    """Rows never split across pages; a data table's bold first row repeats on every page;
    the last page of a long table never holds its last row alone."""
    rows = tbl.findall(W_TR)
    for tr in rows:
        _row_property(tr, "w:cantSplit")
    data = bordered(tbl)
    if len(rows) >= 3 and data and _all_bold(rows[0]):
        _row_property(rows[0], "w:tblHeader")
    tail = DATA_TAIL_ROWS if data else TAIL_ROWS
    if len(rows) > 2 * tail:
        for tr in rows[-tail:-1]:
            for p in tr.iter(W_P):
                set_keep_next(p)


def _all_bold(tr: Any) -> bool:
    cells = [p for p in tr.iter(W_P) if text_of(p).strip()]
    return bool(cells) and all(_is_bold(p, set()) for p in cells)
