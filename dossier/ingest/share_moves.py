"""Listed firms read from their share price's move, the way markets pages report them.

"Berger Paints chalked up 10.00 per cent to sell for N34.10", "Vitafoam shrank by 9.96 per cent to N79.10",
"Tata Steel: 5.86 per cent" in a list of top gainers, "Bajaj Finance (up 0.38%)": what moves by a percentage to a
price in money is a share, and the name before it a listed firm, whatever its words look like (a person's name,
"Thomas Wyatt"; a place's, "Ellah Lakes"). An index moves by points and is read by `market_indices` first.

A poll's figure moves the same way ("Tarlow: 45 per cent", "Varni (up 2%)"), so a name with a person's or a place's
look needs the price in money after the move; only a name of no kind is read from a bare percentage.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.common_words import zipf
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import word_set
from dossier.ingest.written_ends import ends_before
from dossier.model import ActorKind

# A label's word this common (Zipf) is an everyday word ("Unemployment", "Inflation"), no firm's coined name.
_EVERYDAY_ZIPF = 3.5
# A currency's sign or code before a price: "N34.10" (naira), "₦", "Rs 1,234", "₹", "$", "£", "€", "R12", "KSh 5".
_MONEY = r"(?:N|₦|Rs\.? ?|INR ?|₹ ?|\$|US\$|£|€|R ?|KSh ?|Ksh ?|Sh ?|GH₵ ?|GHS ?)\d"
_PERCENT = r"-?\d+(?:\.\d+)? ?(?:%|per ?cent|percent)"
# The verb of a share's move in a market report, right after the firm's name.
_SHARE_VERBS = (
    "chalked up|gained|gains|grew|grows|rose|rises|appreciated|improved|jumped|jumps|climbed|advanced|added|rallied"
    "|surged|soared|lost|loses|crashed|shrank|shed|gave up|slipped|slips|fell|falls|dropped|declined|depreciated"
    "|tumbled|plunged|dipped|eased|went up|went down"
)
# A commodity's price is quoted by its unit ("rose 1.4% to $56.10 a barrel"); a share's is not.
_NO_UNIT_AFTER = r"[\d,.]*(?![\d,.])(?! (?:a|an|per) (?:barrel|ounce|troy|tonne|ton|bushel|pound|gallon|kilo|kilogram))"
# "... chalked up 10.00 per cent to sell for N34.10", "... grew by 10.00 per cent to N4.73".
_MOVE_TO_A_PRICE = re.compile(
    rf"(?:['’]s shares?| shares?)?,? (?:{_SHARE_VERBS})(?: by)? {_PERCENT}"
    rf" (?:to (?:sell for |quote at |finish at |close at |trade at |settle at |end at )?|at )"
    # (or a London price in pence: "shedding 3.59% to 93.75p", "gained 3.84% to close at 281.05p")
    rf"(?:{_MONEY}{_NO_UNIT_AFTER}|\d+(?:\.\d+)?p\b)"
)
# A list's item of a gainer or loser: "Tata Steel: 5.86 per cent", "Bajaj Finance (up 0.38%)".
_LISTED_MOVE = re.compile(rf"(?:: {_PERCENT}[ \t]*(?:\n|$)| \((?:up|down) {_PERCENT}\))")
# A market report's bare move, no price after it: "Adani Enterprises climbing 17 percent", "Indiabulls Housing
# Finance declined 2.5 percent on ...", "Vedanta rose over 1 percent after ...".
_BARE_MOVE = re.compile(
    rf"(?:['’]s shares?| shares?)?,? (?:{_SHARE_VERBS}|slumped|leapt|leaped|sank|dived|climbing|rising|falling"
    rf"|gaining|surging|slumping|sliding|slid)(?: by| over| nearly| about| almost| more than)? {_PERCENT}"
)
# A London share's move in pence to its price: "Ashmore up 14.9p at 340.8p", "Vedanta Resources ahead 48p at £10.64".
_PENCE_MOVE = re.compile(r",? (?:up|down|ahead|off|higher|lower)(?: by)? \d+(?:\.\d+)?p (?:at|to) (?:£|\d)")
# A page about shares: where a bare move is a share's, not a poll's or a rate's.
_SHARES_PAGE = re.compile(r"\b(?:shares|stocks|Sensex|Nifty|FTSE|Dow Jones|Nasdaq|S&P 500)\b")
# Either, for finding where a draft's name is written before one (`written_ends`).
_AFTER_A_SHARE = re.compile(
    f"(?:{_MOVE_TO_A_PRICE.pattern})|(?:{_LISTED_MOVE.pattern})|(?:{_BARE_MOVE.pattern})|(?:{_PENCE_MOVE.pattern})"
)
# What every match of either holds (its `_PERCENT`): a text with none of them moves no share by these rules.
_PERCENT_WORDS = ("%", "per cent", "percent")
# ... or, for a move in pence, "p at" or "p to" ("up 14.9p at 340.8p"): the lines `ends_before` reads hold one of these.
_MOVE_WORDS = (*_PERCENT_WORDS, "p at ", "p to ")
_PENCE_MARK = re.compile(r"\dp (?:at|to) ")


@lru_cache(maxsize=16)  # keyed by the text itself (its hash is kept by the string): a few pages' worth at once
def _holds_a_move(text: str) -> bool:
    # (asked once per text, not per name: most texts are no market report, and each name's look-ups are spared)
    return any(word in text for word in _PERCENT_WORDS) or _PENCE_MARK.search(text) is not None


# A commodity's grade or market moves as a share does ("Benchmark West Texas Intermediate rose 1.4% to $56.20",
# "Brent Crude fell 2% to $60"): a name holding one of these words is traded goods, no firm.
_COMMODITY_WORDS = word_set("intermediate crude brent bullion bitcoin ether ethereum wti futures")


def firm_by_its_share_move(text: str, draft: ActorDraft) -> tuple[ActorKind, str] | None:
    """Organization, when a mention of the draft is followed by its share's move (see the module's text)."""
    if draft.kind in (ActorKind.organization, ActorKind.state, ActorKind.armed_force, ActorKind.media):
        return None
    if not _holds_a_move(text) or _a_commodity(draft.name):
        return None
    # (a mention in a long list sentence may not be among its spans: "... and International Breweries slipped by
    # 7.10 per cent to N15.05")
    ends = ends_before(text, draft, _AFTER_A_SHARE, _MOVE_WORDS)
    if any(_MOVE_TO_A_PRICE.match(text, end) for end in ends):
        return ActorKind.organization, "its share's move to a price ('grew by 10 per cent to N4.73')"
    # A name of no kind, or letters read as a person ("NTPC: -0.30 per cent"): no poll lists a party's letters so.
    bare = draft.kind is ActorKind.other or (draft.kind is ActorKind.person and draft.name.isupper())
    if bare and not everyday_words(draft.name) and any(_LISTED_MOVE.match(text, end) for end in ends):
        return ActorKind.organization, "its share's move in a list of gainers or losers ('(up 2.1%)')"
    # A name of no kind, or a place by its look, moving by a percentage or by pence on a page about shares: a
    # market report's listed firm ("Indiabulls Housing Finance declined 2.5 percent", "Ashmore up 14.9p at 340.8p").
    loose = draft.kind is ActorKind.other or (draft.kind is ActorKind.place and not draft.found_by.startswith("after"))
    moved = any(
        (_BARE_MOVE.match(text, end) or _PENCE_MOVE.match(text, end))
        and _THE_BEFORE.search(text, max(0, end - len(draft.name) - 24), end - len(draft.name)) is None
        for end in ends
    )
    if loose and moved and not everyday_words(draft.name) and _SHARES_PAGE.search(text) is not None:
        return ActorKind.organization, "its share's move on a page about shares ('declined 2.5 percent')"
    return None


def share_move_follows(text: str, name: str, end: int, looks_like_a_person: bool) -> bool:
    """Whether a name ending at `end` is followed by its share's move: a firm that a list line of gainers names alone
    ("Wipro: 1.59 per cent", "Asian Paints (up 1.71%)"), where nothing else says what it is."""
    if not _holds_a_move(text) or _a_commodity(name):
        return False
    if _MOVE_TO_A_PRICE.match(text, end) is not None:
        return True
    if looks_like_a_person or everyday_words(name):
        return False
    if _LISTED_MOVE.match(text, end) is not None:
        return True
    # "Vedanta rose over 1 percent after ...", "PB Fintech rallied 2 percent": a bare move on a page about shares
    # (not "the tech-heavy Nasdaq slid 1.6%": an index takes "the", a firm in a market report does not)
    return (
        _SHARES_PAGE.search(text) is not None
        and (_BARE_MOVE.match(text, end) is not None or _PENCE_MOVE.match(text, end) is not None)
        and _THE_BEFORE.search(text, max(0, end - len(name) - 24), end - len(name)) is None
    )


# "the Nasdaq", "the tech-heavy Nasdaq", "The benchmark Sensex": an index's article, before its name.
_THE_BEFORE = re.compile(r"\b[Tt]he (?:[\w-]+ )?$")


def everyday_words(name: str) -> bool:
    """'Unemployment: 6.1%', 'Core Inflation: 3 per cent': a figure's label, every word of it an everyday word."""
    return all(zipf(word) >= _EVERYDAY_ZIPF for word in name.split())


def _a_commodity(name: str) -> bool:
    return any(word.casefold() in _COMMODITY_WORDS for word in name.split())
