"""The session's undo journal: every step the desk wrote, undone newest first, byte for byte.

A step is the list of file changes one action committed. Undoing it commits the inverse
(in reverse order, so every intermediate state stays valid) and only if each file still
holds what the step wrote: an edit made since, in the app or on disk, is never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dossier.desk.transaction import FileChange, commit


@dataclass(frozen=True)
class Step:
    label: str  # what the analyst did, in their words ("merge 'Pinsk' into 'Minsk'")
    changes: tuple[FileChange, ...]


class Journal:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.steps: list[Step] = []

    def record(self, label: str, changes: list[FileChange]) -> Step | None:
        if not changes:
            return None
        step = Step(label, tuple(changes))
        self.steps.append(step)
        return step

    @property
    def can_undo(self) -> bool:
        return bool(self.steps)

    def undo(self) -> Step:
        """Undo the newest step; raises ConflictError (and keeps it) when a file changed since."""
        if not self.steps:
            raise LookupError("nothing to undo in this session")
        step = self.steps[-1]
        commit(self.root, [change.inverse() for change in reversed(step.changes)])
        self.steps.pop()
        return step
