"""Errors of document generation, in words a secretary can act on."""

from __future__ import annotations

from thidua_desktop.domain.errors import DomainError, ValidationError


class TemplateProblem(ValidationError):
    """A template that cannot be rendered: corrupt file, bad merge-field syntax, unknown field."""


class RenderTimeout(DomainError):
    """Rendering took longer than allowed (a runaway template) and was stopped."""
