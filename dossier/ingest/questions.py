"""What a rule answers when it cannot tell, so that the next rule of a chain is asked.

`name_kinds.name_candidate` asks its questions, and `actors._read_run` its readings, as functions of their own
in a fixed order: each answers with what it decided, or with `ASK_ON`.
"""

from __future__ import annotations

from enum import Enum
from typing import Final


class Undecided(Enum):
    """The answer of a rule that cannot tell."""

    ASK_ON = "ask on"


ASK_ON: Final = Undecided.ASK_ON
