"""Audit log: every entry carries the SHA-256 of the one before it (a plain hash chain).

The chain has no secret and no anchor outside the file: it detects accidental damage and
edits that did not recompute it. Whoever can write the database can also edit an entry and
recompute every later hash, drop the last entries, wipe the log or change records without
logging — and the chain still checks out. It is a record of what the app did, not a proof.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from thidua_desktop.domain.fields import to_plain
from thidua_desktop.domain.model import AuditEntry
from thidua_desktop.storage.repositories import Repository


def _sha256(data: bytes) -> str:
    import hashlib  # loads OpenSSL (~3 ms): not at start-up, where nothing is written yet

    return hashlib.sha256(data).hexdigest()


def canonical(value: Any) -> str:
    """Stable JSON: sorted keys, no spaces, real UTF-8; blobs are hashed, not copied."""
    if value is None:
        return ""
    if not isinstance(value, dict):
        value = to_plain(value)
        for key in ("content",):
            if key in value and isinstance(value[key], str) and len(value[key]) > 64:
                value[key] = "sha256:" + _sha256(value[key].encode())
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(entry: AuditEntry) -> str:
    payload = "\x1f".join(
        [
            entry.prev_hash,
            entry.at,
            entry.action,
            entry.entity,
            str(entry.entity_id or ""),
            entry.actor,
            entry.before,
            entry.after,
        ]
    )
    return _sha256(payload.encode("utf-8"))


def record(
    repo: Repository,
    action: str,
    entity: str,
    entity_id: int | None,
    before: Any = None,
    after: Any = None,
    actor: str = "",
) -> AuditEntry:
    prev = repo.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1") or ""
    entry = AuditEntry(
        at=datetime.now().astimezone().isoformat(timespec="seconds"),
        action=action,
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        before=canonical(before),
        after=canonical(after),
        prev_hash=prev,
    )
    entry.hash = entry_hash(entry)
    return repo.insert(entry)


def first_broken_link(repo: Repository) -> int | None:
    """Id of the first entry whose chain or content does not check out, or None if the chain
    is consistent (which does not prove that nobody rewrote it: see the module docstring)."""
    prev = ""
    for entry in repo.find(AuditEntry):
        if entry.prev_hash != prev or entry_hash(entry) != entry.hash:
            return entry.id
        prev = entry.hash
    return None
