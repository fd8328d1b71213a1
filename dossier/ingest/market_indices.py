"""Stock-market indices and funds, which markets pages name like firms: what moves by points is an index ("the
Varnex closed 150 points up", "Sensex gains 411 pts"), what a name is followed by "index" or "ETF" is an index or a
fund, and so is a longer name ending in an index's name ("NSE Varnex": the exchange's index). None is an actor.
"""

from __future__ import annotations

import re

from dossier.ingest.common_words import zipf
from dossier.ingest.cues import KNOWN_FIRMS
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.listed_firms import is_listed_firm
from dossier.ingest.names import fold_phrase, is_given_name, is_surname
from dossier.ingest.written_ends import ends_before
from dossier.model import ActorKind

# What an index does in a market report, right after its name: "closed 150 points up", "was up 133.3 points",
# "gains 411 points", "up 411 pts" (a closing level may come between: "closed at 37,930, up 537.29 points").
_MOVES = (
    "closed|closes|ended|ends|finished|finishes|settled|settles|rose|rises|fell|falls|gained|gains|lost|loses|added"
    "|adds|shed|sheds|jumped|jumps|climbed|climbs|dropped|drops|slipped|slips|declined|declines|advanced|advances"
    "|rallied|rallies|surged|surges|tumbled|tumbles|plunged|plunges|sank|sinks|soared|soars|was|is|up|down"
    "|edged|edges|inched|inches|increased|increases|decreased|decreases"
)
_MOVED_BY_POINTS = re.compile(
    rf"\)?(?: index)?,? (?:{_MOVES})\b[^.;:!?\n]{{0,40}}?\b(?P<by>\d[\d,]*(?:\.\d+)?) ?(?P<unit>points|pts)\b"
)
# A name right before what it is: "the Varnex index", "the Quellmark Select ETF" (a capitalised "Index" is the
# name's own word and is read with it).
_INDEX_OR_FUND_AFTER = re.compile(r" (?:index|indices|indexes|ETF|ETFs)\b")
# What follows an index's name that a person's or a firm's name is never followed by: "the Dow Jones industrial
# average", "the Standard & Poor's 500 index" (the index's number between).
# A slash and another market's letters with the index's number name a joint index: "the S&P/ASX 200", "S&P/TSX 60".
_INDEX_WORDS_AFTER = re.compile(
    r"(?:['’]s)?(?: \d+ (?:[Ii]ndex|[Aa]verage)| (?:industrial|composite) (?:average|index)"
    r"|/[A-Z]{2,5} \d+(?!\S*[/%]))\b"
)
# Any of the above, for finding where a draft's name is written before one (`written_ends`).
_AFTER_AN_INDEX = re.compile(
    f"(?:{_MOVED_BY_POINTS.pattern})|(?:{_INDEX_OR_FUND_AFTER.pattern})|(?:{_INDEX_WORDS_AFTER.pattern})"
)
# A word every match of the above holds, one at least: a text with none of them names no index by these rules; or
# a joint index's slash ("S&P/ASX 200"), looked for as such in the text, and as a "/" in its lines.
_INDEX_WORDS = ("points", "pts", "index", "Index", "indices", "ETF", "average", "Average")
_JOINT_INDEX = re.compile(r"/[A-Z]{2,5} \d")
_LINE_WORDS = (*_INDEX_WORDS, "/")
# An index's own word moving by points, in any sentence: "the Nifty gained 117.75 points" (then "Bank Nifty").
_ONE_WORD_MOVED = re.compile(r"(?<![\w-])[Tt]he (?P<word>[A-Z][a-z]+[A-Z]?[a-z]*)(?=[ ,)])")
# A party rises a few points in a poll, an index by tens or by hundredths: a move below this, in whole points, is
# read as a poll's.
_FEWEST_POINTS = 20

# An index's own word that is no everyday word: "Sensex", "Nifty" (not "Composite" of "Nasdaq Composite").
_EVERYDAY_ZIPF = 3.5

_KINDS_AN_INDEX_IS_DRAFTED_AS = (ActorKind.organization, ActorKind.other, ActorKind.media)
_KINDS_OF_AN_INDEX_BY_ITS_WORDS = (*_KINDS_AN_INDEX_IS_DRAFTED_AS, ActorKind.person, ActorKind.place)


def market_index_names(text: str, drafts: list[ActorDraft]) -> set[str]:
    """The folded names of the drafts the page reads as indices or funds, and the last word of each (an index's own
    word, "Nifty" of "NSE Nifty", when it is no everyday word of English)."""
    names: set[str] = set()
    if not any(word in text for word in _INDEX_WORDS) and _JOINT_INDEX.search(text) is None:
        return names
    for match in _ONE_WORD_MOVED.finditer(text):
        word, end = match["word"], match.end()
        if zipf(word) >= _EVERYDAY_ZIPF or _a_known_firm(word):
            continue
        # "the Nifty index closed at 21710.8" (not "the Gini index": a family name's index is no market's)
        named_index = _INDEX_OR_FUND_AFTER.match(text, end) is not None and not (
            is_surname(word) or is_given_name(word)
        )
        if _moved_by_points(text, end) or named_index:
            names.add(" ".join(fold_phrase(word)))
    for draft in drafts:
        if _a_known_firm(draft.name):
            continue
        if fold_phrase(draft.name) in (("index",), ("indices",)):
            names.add(" ".join(fold_phrase(draft.name)))  # "the S&P/ASX 200 Index": an index's own word alone
            continue
        # (a heading's mention, "Top Gainers Today : The Sensex gained 408.86 points", is not among a draft's spans)
        ends = ends_before(text, draft, _AFTER_AN_INDEX, _LINE_WORDS)
        if draft.kind in _KINDS_OF_AN_INDEX_BY_ITS_WORDS and any(_INDEX_WORDS_AFTER.match(text, e) for e in ends):
            names.add(" ".join(fold_phrase(draft.name)))  # "Dow Jones" read as a person's name
            continue
        if draft.kind not in _KINDS_AN_INDEX_IS_DRAFTED_AS:
            continue
        if any(_moved_by_points(text, end) or _INDEX_OR_FUND_AFTER.match(text, end) for end in ends):
            words = fold_phrase(draft.name)
            names.add(" ".join(words))
            if len(words) > 1 and words[-1].isalpha() and zipf(words[-1]) < _EVERYDAY_ZIPF:
                names.add(words[-1])
    return names


def names_a_market_index(draft: ActorDraft, indices: set[str]) -> bool:
    """Whether a draft is one of the page's indices, or a longer name ending in one ("NSE Varnex"; not "Varnex Bank":
    "Hang Seng Bank" is a bank beside the Hang Seng index)."""
    if draft.kind not in _KINDS_OF_AN_INDEX_BY_ITS_WORDS or not indices:
        return False
    folded = " ".join(fold_phrase(draft.name))
    if folded in indices:
        return True
    # (a person's name is never cut to its last word here: "Dorian Nifty" stays a person)
    return draft.kind in _KINDS_AN_INDEX_IS_DRAFTED_AS and any(folded.endswith(" " + index) for index in indices)


def _moved_by_points(text: str, end: int) -> bool:
    match = _MOVED_BY_POINTS.match(text, end)
    if match is None:
        return False
    by = match["by"].replace(",", "")
    return match["unit"] == "pts" or "." in by or float(by) >= _FEWEST_POINTS


def _a_known_firm(name: str) -> bool:
    """'Bloomberg's commodity index', 'the Vanguard ETF': a firm the world knows keeps its draft."""
    words = fold_phrase(name)
    return (len(words) == 1 and words[0] in KNOWN_FIRMS) or is_listed_firm(words)
