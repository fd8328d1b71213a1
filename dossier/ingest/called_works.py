"""A work's title after its kind and "called", "titled", "entitled": "a book called The Power of Quiet",
"her memoir, titled Some Unspoken Thing". The title's capitalised words name the work, not an actor in it:
no draft is drawn from them."""

from __future__ import annotations

import re

# The kind of work, then the word that introduces its title.
_WORK_CALLED = re.compile(
    r"\b(?:book|novel|memoir|biography|film|movie|documentary|song|album|single|play|poem|essay|podcast|"
    r"series|sitcom|opera|painting|exhibition|report|study|paper|thesis)s?,?[ \t]+"
    r"(?:called|titled|entitled)[ \t]+"
)
# The title: capitalised words, with the small words titles keep in lower case between them.
_TITLE = re.compile(
    r"[\"“'‘]?[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|the|a|an|and|in|on|to|for|at|or)[ \t]+)*[A-Z0-9][\w’'-]*)*"
)


def called_work_spans(text: str) -> list[tuple[int, int]]:
    """Where a work's title stands after "a book called", "a film titled" and the like."""
    spans = []
    for match in _WORK_CALLED.finditer(text):
        title = _TITLE.match(text, match.end())
        if title is not None:
            spans.append((title.start(), title.end()))
    return spans
