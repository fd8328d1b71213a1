"""Papers named by two mastheads joined with a hyphen after merging: "the St. Louis Post-Dispatch", "the Tarnby
Post-Gazette", "the Star-Tribune", "the Times-Picayune". The pair is a paper's name, no double family name."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.cues import PAPER_HEADS_TOLD
from dossier.ingest.dates import DATE_LEADS
from dossier.ingest.mentions import Token
from dossier.ingest.names import word_set

# The first masthead of a merged paper's name, and the second (which may be a word no paper bears alone).
_FIRST_MASTHEADS = word_set("post times herald star press news journal daily evening morning")
_SECOND_MASTHEADS = word_set(
    "dispatch gazette tribune picayune sun ledger constitution enterprise standard democrat record courier "
    "telegram register journal news herald times star bulletin chronicle intelligencer leader republican"
)


def merged_paper_name(doc: ActorDocument, position: int, last: int) -> bool:
    """The run ends with two mastheads joined by a hyphen ("Post-Dispatch"), both in title case."""
    tokens = doc.tokens
    if last <= position or doc.text[tokens[last - 1].end : tokens[last].start] not in ("-", "‐"):
        return False
    first, second = tokens[last - 1], tokens[last]
    return (
        first.folded in _FIRST_MASTHEADS
        and second.folded in _SECOND_MASTHEADS
        and first.text.istitle()
        and second.text.istitle()
    )


# Mastheads a city's paper bears that name no paper alone (a satellite is a "Sentinel" too): "the Orlando
# Sentinel", "the Philadelphia Inquirer", "the Columbus Dispatch", "the Austin American-Statesman".
_TOWN_MASTHEADS = word_set("sentinel inquirer enquirer statesman dispatch")


def town_paper_name(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """After "the", a town the gazetteer knows, then one of those mastheads (a word joined to it by a hyphen may
    stand between: "American-Statesman")."""
    tokens = doc.tokens
    if words[-1] not in _TOWN_MASTHEADS or not tokens[last].text.istitle():
        return False
    if position == 0 or tokens[position - 1].folded != "the":
        return False
    town_words = words[:-1]
    if len(town_words) >= 2 and doc.text[tokens[last - 1].end : tokens[last].start] == "-":
        town_words = town_words[:-1]
    town = doc.gazetteer.lookup(town_words) if town_words else None
    return town is not None and town.kind == "place"


# A weekly's edition day before its masthead: "the Sunday Times", "the Sunday Telegraph", "the Saturday Star".
_EDITION_DAYS = word_set("saturday sunday")
_WEEKLY_MASTHEADS = PAPER_HEADS_TOLD | word_set("mirror independent world people star sport")


def edition_day_opens_a_paper(tokens: list[Token], k: int, last: int) -> bool:
    """The weekday at `k` opens a paper's name: its masthead follows it and ends the run, both in title case, and
    no word that leads a date stands before it ("on Sunday Times Square was full")."""
    return (
        k + 1 == last
        and not (k > 0 and tokens[k - 1].folded in DATE_LEADS)
        and tokens[k].folded in _EDITION_DAYS
        and tokens[k + 1].folded in _WEEKLY_MASTHEADS
        and tokens[k + 1].text.istitle()
    )
