"""The towns and states of the headlines of a page's boxes of other stories, on a page in another language than
English: the headlines are read by the same rules as the page's text ("Na Rokytnici dorazili první lyžaři"),
each as a sentence of its own, and only places and states are kept (the only kinds proposed outside English).

Local news labels a headline with its town ("Constanța: portul a redus activitatea"), where the text's rules
hold back a word opening a sentence: a town of the language's own country before the headline's colon is read.
The headlines are no part of the stored text, so the drafts have no span in it; their note says where.
"""

from __future__ import annotations

import re

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.korean_headline_towns import korean_headline_town
from dossier.ingest.mentions import ActorIndex
from dossier.ingest.names import claim_id, fold_phrase, slug
from dossier.ingest.other_language_common import (
    HOME_COUNTRIES,
    HOME_TOWN,
    RARER_WORD,
    small_home_town,
    word_frequency,
)
from dossier.model import ActorKind

_KINDS = frozenset((ActorKind.place, ActorKind.state))
_WHERE = "the page's related stories"
# A name read in a box beside the story, not in its text: less sure than the text's own places.
_CONFIDENCE = 0.6


# A dash setting a headline's label apart ("BLUSENKLEID – stilvoll …", "Anticarbon - Kolbenring-Reiniger"): read
# as a dateline at a line's start, it made the label a town; a colon labels it as the headline means.
_LABEL_DASH = re.compile(r"\s[-–—]\s")
# French sets a space before its colon ("Autun : la piscine ferme"): the label is the words before it all the same.
_SPACED_COLON = re.compile(r"(?<=\w)\s+:\s")


def _as_sentences(headlines: tuple[str, ...]) -> str:
    """The headlines as paragraphs of one text, each closed as a sentence (a headline has no full stop)."""
    return "\n\n".join(_LABEL_DASH.sub(": ", headline, count=1).rstrip(" .") + "." for headline in headlines)


_MOST_WORDS = 3
# A headline's label ends at its colon or comma: "Constanța: portul ...", "Modena, nuovo stadio ...".
_LABEL_END = re.compile(r"[:,]$")
# A town of some size labelling a headline is named in the news as often as a common word ("Constanța" 4.96,
# "Pitești" 4.58); "Natal" (5.05, Christmas) and "Feira" (5.42, a fair) are words first.
_TOWN_WORD = 5.0


def _labelling_home_town(headline: str, language: str, text: str) -> tuple[str, ActorKind] | None:
    """The town of the language's own country that labels the headline: the capitalised words before its colon
    or comma ("Constanța: portul a redus activitatea"). A headline opens with a capital in every language, so
    only a label tells a town ("Queimadas batem recorde" are fires); a name as frequent as a word of the
    language only for a big town, and never a word the page writes in lower case."""
    from dossier.ingest.gazetteer import gazetteer

    home = HOME_COUNTRIES.get(language)
    words = headline.split()
    opening: list[str] = []
    while words and words[0][:1].isupper() and len(opening) < _MOST_WORDS:
        opening.append(words.pop(0))
        if _LABEL_END.search(opening[-1]):
            break
    if home is None or not opening or not words or not _LABEL_END.search(opening[-1]):
        return None
    name = " ".join([*opening[:-1], opening[-1][:-1]])
    place = gazetteer().in_language(language).lookup(fold_phrase(name))
    if (
        place is None
        or place.kind != "place"
        or place.country not in home
        or place.population < small_home_town(language)
    ):
        return None
    ceiling = _TOWN_WORD if place.population >= HOME_TOWN else RARER_WORD
    if len(opening) == 1 and word_frequency(name.casefold(), language) >= ceiling:
        return None  # "Wetter: Sturmtief ...", "Natal: dicas para economizar": a word of the language
    if re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", text):
        return None  # the page writes it as a word: "Porto: ... do porto"
    return (name, ActorKind.place)


def related_story_places(
    headlines: tuple[str, ...],
    text: str,
    language: str,
    drafts: list[ActorDraft],
    index: ActorIndex,
    rejected: frozenset[tuple[str, ...]],
    taken: set[str],
) -> list[ActorDraft]:
    """New place and state drafts for the towns and states the headlines name and the text's drafts lack."""
    if not headlines:
        return []
    known = list(index.actors.values())
    read = extract(_as_sentences(headlines), None, known, set(taken), "related", index, rejected, "", language)
    read_names = [(draft.name, draft.kind, list(draft.aliases)) for draft in read.actors if draft.kind in _KINDS]
    base_language = language.split("-")[0]
    for headline in headlines:
        label = _SPACED_COLON.sub(": ", _LABEL_DASH.sub(": ", headline, count=1), count=1)
        opening = _labelling_home_town(label, base_language, text)
        if opening is not None:
            read_names.append((opening[0], opening[1], []))
        town = korean_headline_town(headline, text) if base_language == "ko" else None
        if town is not None:
            read_names.append((headline.split()[0], ActorKind.place, []))
    drafted = {fold_phrase(spelling) for draft in drafts for spelling in (draft.name, *draft.aliases)}
    found: list[ActorDraft] = []
    for name, kind, aliases in read_names:
        spellings = {fold_phrase(spelling) for spelling in (name, *aliases)}
        if spellings & drafted or fold_phrase(name) in rejected or index.lookup(fold_phrase(name)) is not None:
            continue
        found.append(
            ActorDraft(
                id=claim_id(slug(name, 60), taken),
                name=name,
                kind=kind,
                found_by=_WHERE,
                aliases=aliases,
                notes=[f"Named in {_WHERE}, which is not part of the stored text."],
                confidence=_CONFIDENCE,
            )
        )
        drafted |= spellings
    return found
