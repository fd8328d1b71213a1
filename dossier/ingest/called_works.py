"""A work's title after its kind and "called", "titled", "entitled": "a book called The Power of Quiet",
"her memoir, titled Some Unspoken Thing"; a title set off by commas after its kind and what opens it ("their
debut album, Tides of the Quay, in 1997"); a title opening with "The" right after a work's noun or a name's
possessive ("her debut, The Quiet Tide", "Neil Gunn's The Silver Darlings"); a line of a discography or a
bibliography ("Salt Roads (2000)" under "Discography"). The title's capitalised words name the work, not an actor
in it: no draft is drawn from them, and none from the same title (found after commas or in a list) wherever else
the page writes it."""

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


# The kind of work set off by a comma before its title, after a word that opens it: "their debut album,",
# "his third novel,", "the band's 2004 album," (not "In his book, Varnak argues": the title must close with a
# comma, a bracket or a full stop, and an opener must come first).
_WORK_APPOSED = re.compile(
    r"\b(?:debut|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|latest|new|next|"
    r"solo|live|studio|breakthrough|[12]\d{3})[ \t]+(?:studio[ \t]+)?"
    r"(?:album|LP|EP|single|novel|memoir|film|documentary|collection)[ \t]*,[ \t]+"
)
_TITLE_CLOSED = re.compile(r"[ \t]*(?:[,.;(]|$)", re.MULTILINE)
# A heading over a list of works, one title a line, each with its year: "Discography", "Selected works".
_WORKS_HEADING = re.compile(
    r"^(?:(?:selected|studio|solo)[ \t]+)?(?:discography|bibliography|filmography|albums|singles|works|"
    r"publications|books|novels|films)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_LISTED_WORK = re.compile(r"^[ \t]*(?P<title>[^\n()]{2,80}?)[ \t]+\((?:[12]\d{3})[^)\n]{0,20}\)[ \t]*$", re.MULTILINE)


def _listed_titles(text: str) -> list[tuple[int, int]]:
    """The titles listed, one a line with its year, under a heading of works, up to the first line that is not one."""
    titles: list[tuple[int, int]] = []
    for heading in _WORKS_HEADING.finditer(text):
        at = heading.end() + 1
        while (line := _LISTED_WORK.match(text, at)) is not None or text[at : at + 1] == "\n":
            if line is None:
                at += 1
                if titles and text[at : at + 1] == "\n":
                    break
                continue
            if _TITLE.fullmatch(line["title"]) is None:
                break
            titles.append(line.span("title"))
            at = line.end() + 1
    return titles


def called_work_spans(text: str) -> list[tuple[int, int]]:
    """Where a work's title stands after "a book called", "a film titled" and the like, after "their debut
    album," and in a discography's lines; and wherever else the page writes a title found so."""
    spans = _listed_titles(text)
    titles = {text[start:end] for start, end in spans}
    for match in _WORK_CALLED.finditer(text):
        title = _TITLE.match(text, match.end())
        if title is not None:
            spans.append((title.start(), title.end()))
    for match in _WORK_APPOSED.finditer(text):
        apposed = _TITLE.match(text, match.end())
        if apposed is not None and _TITLE_CLOSED.match(text, apposed.end()) is not None:
            spans.append(apposed.span())
            titles.add(apposed.group())
    for match in _THE_TITLE_AFTER.finditer(text):
        title = _TITLE.match(text, match.end())
        if title is not None and title.group().split()[-1].casefold() not in _PAPER_HEADS:
            spans.append((title.start(), title.end()))
    for words in titles:  # a handful of titles on a page: one search each
        if " " not in words:
            continue  # one word elsewhere on the page ("Ashes") is too often a name or a plain word there
        at = text.find(words)
        while at >= 0:
            spans.append((at, at + len(words)))
            at = text.find(words, at + len(words))
    return spans
