"""A work's title after its kind and "called", "titled", "entitled": "a book called The Power of Quiet",
"her memoir, titled Some Unspoken Thing"; or a title opening with "The" right after a work's noun or a name's
possessive: "her debut, The Quiet Tide", "Neil Gunn's The Silver Darlings". The title's capitalised words name
the work, not an actor in it: no draft is drawn from them."""

from __future__ import annotations

import re

from dossier.ingest.names import word_set

# The kind of work, then the word that introduces its title.
_WORK_CALLED = re.compile(
    r"\b(?:book|novel|memoir|biography|film|movie|documentary|song|album|single|play|poem|essay|podcast|"
    r"series|sitcom|opera|painting|exhibition|report|study|paper|thesis)s?,?[ \t]+"
    r"(?:called|titled|entitled)[ \t]+"
)
# A title that opens with a capital "The" mid-sentence, after a work's noun or a name's possessive: "her debut,
# The Quiet Tide", "the novel The Orchard Keeper", "Neil Gunn's The Silver Darlings" (a possessive before "The"
# is a maker's before a work's title, unless the title is a paper's: "Murdoch's The Sun Herald").
_THE_TITLE_AFTER = re.compile(
    r"(?:\b(?:book|novel|novella|memoir|biography|film|movie|documentary|song|album|single|play|poem|essay|podcast|"
    r"sitcom|opera|debut|collection)s?,?|\b[A-Z][\w-]*['’]s)[ \t]+(?=The[ \t]+[A-Z])"
)
_PAPER_HEADS = word_set(
    "news times post press tv radio gazette journal telegraph tribune herald courier ledger wire daily observer "
    "chronicle examiner mail express monitor guardian media weekly echo argus advertiser courant mercury sun star "
    "review magazine quarterly digest"
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
    for match in _THE_TITLE_AFTER.finditer(text):
        title = _TITLE.match(text, match.end())
        if title is not None and title.group().split()[-1].casefold() not in _PAPER_HEADS:
            spans.append((title.start(), title.end()))
    return spans
