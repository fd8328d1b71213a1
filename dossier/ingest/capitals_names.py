"""A draft first met in capitals takes the name as it is written in running text.

News pages open with a dateline in capitals ("SAN FRANCISCO —", "KAMLOOPS, B.C. —"), and a
draft named from it kept those capitals even when the article went on to write "San Francisco":
an analyst's list then shows "SAN FRANCISCO" beside "Moscow". The name is taken from the text's
own mixed-case spelling when there is one, else from the gazetteer's, else (a dateline's town the
tables lack) in title case. One word of an organisation's in capitals may be its acronym ("NATO",
though British papers write "Nato"), and keeps its capitals.
"""

from __future__ import annotations

import re
from collections import Counter

from anyascii import anyascii

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold_phrase, word_set
from dossier.model import ActorKind

# What `found_by` says of a gazetteer place ("gazetteer: Kamloops, Canada (a dateline)").
_GAZETTEER_NAME = re.compile(r"gazetteer: ([^,(]+)")
_PLACES = (ActorKind.place, ActorKind.state)
# A word of four letters or more, none lower-case: not an initialism of two or three letters.
_CAPITALS_WORD = re.compile(r"[^\W\d_]{4,}")
# Small words a place's name keeps in lower case inside it ("Isle of Man", "Stratford upon Avon").
_SMALL_WORDS = word_set("of the and upon on in de du des la le del da do am an im")


def name_as_written(text: str, drafts: list[ActorDraft]) -> None:
    """Give each draft named in capitals the name its text, the gazetteer or a dateline's title case gives it."""
    for draft in drafts:
        if not _in_capitals(draft.name):
            continue
        # one word of an organisation in capitals may be its acronym ("NATO", though a text writes "Nato")
        acronym = " " not in draft.name and draft.kind not in (*_PLACES, ActorKind.person)
        better = (
            (None if acronym else _mixed_case_spelling(text, draft))
            or _gazetteer_spelling(draft)
            or (_title_case(draft.name) if draft.kind in _PLACES and "dateline" in draft.found_by else None)
        )
        if better is None:
            continue
        old = draft.name
        draft.name = better
        # "MOSCOW, Russia", the dateline's qualified name, becomes "Moscow, Russia"
        draft.aliases = [better + alias[len(old) :] if alias.startswith(old) else alias for alias in draft.aliases]
        draft.aliases = [alias for alias in dict.fromkeys(draft.aliases) if alias != better]


def _in_capitals(name: str) -> bool:
    """Capitals only, in a script that has cases (Hangul has none), with a word longer than initials."""
    return (
        not any(ch.islower() for ch in name)
        and any(ch.isupper() for ch in name)
        and _CAPITALS_WORD.search(name) is not None
    )


def _mixed_case_spelling(text: str, draft: ActorDraft) -> str | None:
    """The commonest spelling of the draft's name among its spans that is not all capitals."""
    key = fold_phrase(draft.name)
    written = Counter(
        text[start:end]
        for start, end in draft.spans
        if any(ch.islower() for ch in text[start:end]) and fold_phrase(text[start:end]) == key
    )
    return written.most_common(1)[0][0] if written else None


def _gazetteer_spelling(draft: ActorDraft) -> str | None:
    found = _GAZETTEER_NAME.match(draft.found_by)
    if found is None:
        return None
    name = found[1].strip()
    if fold_phrase(name) != fold_phrase(draft.name):
        return None
    # "SANLIURFA" is "Sanliurfa" (the gazetteer's capitals, the text's letters): its accents ("Şanlıurfa") would
    # part it from the scorer's and the reader's spelling; "SÃO TOMÉ" keeps them, as written
    bare = anyascii(name)
    return bare if bare.casefold() == draft.name.casefold() else name


def _title_case(name: str) -> str:
    """ "WINSTON-SALEM" -> "Winston-Salem", "STRATFORD UPON AVON" -> "Stratford upon Avon"."""

    def word(match: re.Match[str]) -> str:
        lower = match[0].lower()
        return lower if match.start() > 0 and lower in _SMALL_WORDS else match[0][:1] + lower[1:]

    return re.sub(r"[^\W\d_]+", word, name)
