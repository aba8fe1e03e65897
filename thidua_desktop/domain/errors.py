"""Domain exceptions whose messages a secretary can read (Vietnamese), shown as-is by the UI/CLI."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error the user can fix; `str(err)` is the message to show."""


class ValidationError(DomainError):
    """Input that cannot be accepted; `where` names the field or place (e.g. ``units[3].name``)."""

    def __init__(self, message: str, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)
        self.message = message


class FileDamaged(ValidationError):
    """A cluster file that cannot be read as ours any more (damaged, overwritten): the app
    offers its automatic backups instead of a dead end."""


class NotFound(DomainError):
    """A referenced record does not exist."""


class SchemaTooNew(DomainError):
    """A database file written by a newer version of the app."""
