"""Digests as people compare them on paper: a short, grouped form of a SHA-256 hex digest."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from thidua_desktop.domain.model import BallotRecord, VoteTotal

SHORT_DIGEST_CHARS = 16


def short_digest(hex_digest: str) -> str:
    """The first 16 hex digits in upper case, in groups of four: '3F2A 9C01 77B4 0D1E'.

    Printed on signed paper (handover record, counting minutes) and shown by `package verify`
    and the GUI, so the people at the table can tell that the file and the paper match.
    """
    head = hex_digest.strip().upper()[:SHORT_DIGEST_CHARS]
    if len(head) < SHORT_DIGEST_CHARS or any(c not in "0123456789ABCDEF" for c in head):
        raise ValueError(f"not a SHA-256 hex digest: {hex_digest!r}")
    return " ".join(head[i : i + 4] for i in range(0, SHORT_DIGEST_CHARS, 4))


BALLOT_DIGEST_HEADER = "thidua-ballots-v1"


def _canonical_marks(marks: str) -> str:
    """Candidate numbers in ascending order without leading zeros: '3, 01' -> '1,3'."""
    parts = [p.strip() for p in marks.split(",") if p.strip()]
    norm = [(p.lstrip("0") or "0") if p.isdigit() else p for p in parts]
    # by length then text: numeric order without int() (which refuses 5,000-digit marks)
    return ",".join(sorted(norm, key=lambda p: (not p.isdigit(), len(p), p)))


def _field(text: str) -> str:
    return (
        unicodedata.normalize("NFC", text).replace("\t", " ").replace("\r", " ").replace("\n", " ")
    )


def ballot_digest(ballots: Iterable[BallotRecord], totals: Iterable[VoteTotal] = ()) -> str:
    """SHA-256 (hex) of a vote's saved ballots; its short form is printed on the counting minutes.

    Canonical serialisation, UTF-8, every line ended by "\\n", fields separated by a tab:
    - the line ``thidua-ballots-v1``;
    - one line per ballot, in order of (entry pass, sequence number):
      ``B, entry pass, sequence number, marks, invalid reason`` — the marks as the candidate
      numbers in ascending order without leading zeros, joined by "," (so "3, 01" and "1,3"
      are one ballot), the reason in NFC with tabs and line breaks as spaces ("" when valid);
    - one line per candidate total entered from a paper tally, by candidate id:
      ``T, candidate id, votes``.
    The database ids of the ballots are not part of it: the same ballots give the same digest
    in any copy of the data.
    """
    import hashlib

    h = hashlib.sha256(BALLOT_DIGEST_HEADER.encode() + b"\n")
    for b in sorted(ballots, key=lambda b: (b.entry_pass, b.seq)):
        line = (
            f"B\t{b.entry_pass}\t{b.seq}\t{_canonical_marks(b.marks)}\t{_field(b.invalid_reason)}"
        )
        h.update(line.encode("utf-8") + b"\n")
    for t in sorted(totals, key=lambda t: t.candidate_id):
        h.update(f"T\t{t.candidate_id}\t{t.votes}\n".encode())
    return h.hexdigest()
