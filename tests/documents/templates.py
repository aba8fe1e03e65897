"""Tiny .docx templates for tests, written with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx


def make_template(path: Path, *paragraphs: str | list[tuple[str, bool]]) -> Path:
    """Each paragraph is a string, or a list of (text, bold) runs (a formatting change)."""
    d = docx.Document()
    for para in paragraphs:
        p = d.add_paragraph()
        for text, bold in [(para, False)] if isinstance(para, str) else para:
            p.add_run(text).bold = bold
    d.save(str(path))
    return path


# Words of Jinja's, Python's or our file names that must never reach the secretary.
ENGLISH = (
    "undefined",
    "unexpected",
    "object",
    "unsafe",
    "error",
    "expected",
    "template",
    "attribute",
    "markup",
    "traceback",
    ".docx",
)


def assert_vietnamese(message: str) -> None:
    """A message meant for the secretary: no English of the engine, no file of ours."""
    low = message.lower()
    assert not [w for w in ENGLISH if w in low], message
