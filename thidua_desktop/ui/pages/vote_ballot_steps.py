"""Keypad ballots as steps of the app's undo stack, retired once the vote's result is accepted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtGui import QUndoCommand

from thidua_desktop.domain import model as m
from thidua_desktop.ui.undo import UndoableEdits


class BallotSteps:
    """Entering, re-keying and deleting a ballot as undoable steps, remembered per vote."""

    def __init__(self, edits: UndoableEdits) -> None:
        self.edits = edits
        self._steps: dict[int, list[QUndoCommand]] = {}

    def push(
        self,
        vote_id: int,
        text: str,
        first: Callable[[], Any],
        redo: Callable[[], Any],
        undo: Callable[[], Any],
    ) -> Any:
        """Run `first` now (a refusal raises and pushes nothing); `redo`/`undo` run later."""
        done: list[bool] = []

        def do() -> Any:
            if done:
                return redo()
            result = first()
            done.append(True)
            return result

        result = self.edits.action(text, do, undo, m.BallotRecord.__name__)
        stack = self.edits.stack
        self._steps.setdefault(vote_id, []).append(stack.command(stack.index() - 1))
        return result

    def retire(self, vote_id: int) -> None:
        """The vote's result was accepted (or the vote deleted): its ballot steps stay on the
        undo stack but undo and redo pass over them, so a settled count never changes."""
        for step in self._steps.pop(vote_id, []):
            if shiboken6.isValid(step):
                step.setObsolete(True)
