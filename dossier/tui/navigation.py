"""Back/forward history of where the analyst has been: a profile, or a quote in the reader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Location:
    view: Literal["profile", "reader"]
    record_id: str  # an actor, event or source for a profile; a quote for the reader


class History:
    """A browser-style history: going somewhere new after going back drops the forward part."""

    def __init__(self, limit: int = 200) -> None:
        self._entries: list[Location] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Location | None:
        return self._entries[self._index] if self._index >= 0 else None

    def push(self, location: Location) -> None:
        if location == self.current:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(location)
        if len(self._entries) > self._limit:
            del self._entries[0]
        self._index = len(self._entries) - 1

    def back(self) -> Location | None:
        if self._index <= 0:
            return None
        self._index -= 1
        return self._entries[self._index]

    def forward(self) -> Location | None:
        if self._index >= len(self._entries) - 1:
            return None
        self._index += 1
        return self._entries[self._index]

    @property
    def can_go_back(self) -> bool:
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        return self._index < len(self._entries) - 1
