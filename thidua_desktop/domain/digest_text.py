"""Digests as people compare them on paper: a short, grouped form of a SHA-256 hex digest."""

from __future__ import annotations

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
