"""The name a place's record shows when a page in another language drafts it: the gazetteer's, as in English.

One workspace meets a place in several languages and scripts ("Tokio", "Токио", "도쿄", "Tóquio"); the record is
filed under whichever page drafts it first, so without this its name follows the order of the pages. An analyst
looks a place up by one name: the record shows the gazetteer's name and keeps the page's spelling as an alias (the
draft of one text, which tests and the extractor read, keeps the spelling as written: this acts only on the records
ingest writes).
"""

from __future__ import annotations

import re

from dossier.checks import fold_name
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.latin_place_names import latin_place_name
from dossier.ingest.mentions import ActorIndex
from dossier.model import ActorKind

_FROM_THE_GAZETTEER = re.compile(r"^gazetteer: (?P<name>[^;()]+?) \(other-language text\)")


def other_language_place(found_by: str) -> str | None:
    """The gazetteer's name of the place a draft of another language's text was read as, or None."""
    match = _FROM_THE_GAZETTEER.match(found_by)
    return match.group("name") if match is not None else None


# Chinese and Japanese places keep their characters as the name (the gazetteer's name is their id and alias).
_KEEP_WRITTEN = frozenset(("zh", "ja"))


def gazetteer_names_shown(drafts: list[ActorDraft], index: ActorIndex, language: str) -> None:
    """Rename each place drafted from another language's text to the gazetteer's name, where no one holds it."""
    if language.split("-")[0] in _KEEP_WRITTEN:
        return
    held = {fold_name(spelling) for draft in drafts for spelling in (draft.name, *draft.aliases)}
    for draft in drafts:
        name = other_language_place(draft.found_by)
        if name is None or draft.kind not in (ActorKind.place, ActorKind.state):
            continue
        name = latin_place_name(name) or name  # a district the gazetteer knows in Hangul or Cyrillic only
        if fold_name(name) == fold_name(draft.name):
            continue
        own = {fold_name(draft.name), *map(fold_name, draft.aliases)}
        if index.owners.get(fold_name(name)) or (fold_name(name) in held and fold_name(name) not in own):
            continue  # another actor holds the name: the draft keeps its own
        written = draft.name
        draft.aliases = [written, *(alias for alias in draft.aliases if fold_name(alias) != fold_name(name))]
        draft.name = name
