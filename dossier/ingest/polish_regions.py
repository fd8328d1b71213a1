"""Polish voivodeships named by "województwo" and a declined adjective in lower case ("w województwie
lubelskim"): the adjective read back to its nominative ("lubelskie") is the region's name.

Polish writes the adjective in lower case, so the run of capitalised words never holds it.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import gazetteer, is_region
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import place_candidate
from dossier.model import ActorKind

# Polish names a voivodeship by "województwo" and an adjective in lower case, both declined: "w
# województwie lubelskim", "z województwa mazowieckiego", and two sharing the noun: "w województwach
# lubelskim i mazowieckim". The adjective read back to its nominative ("lubelskie") is the region's name.
_POLISH_VOIVODESHIP = frozenset(
    [
        "województwo",
        "województwa",
        "województwie",
        "województwu",
        "województwem",
        "województw",
        "województwach",
        "województwom",
        "województwami",
    ]
)
_POLISH_ADJECTIVE_CASES = ("iego", "iemu", "im", "ie")
_POLISH_AND = frozenset(["i", "oraz", "lub", "albo"])


def read_polish_region(doc: ActorDocument, position: int) -> Candidate | None:
    """'(w województwie) lubelskim': the voivodeship an adjective after the noun names."""
    tokens = doc.tokens
    word = tokens[position].text
    if not word.islower() or not word.isalpha() or position == 0:
        return None
    before = position - 1
    # "kujawsko-pomorskim", "warmińsko-mazurskim": two lands' adjectives joined, the first in its "-o" form
    first = position
    if (
        before >= 1
        and doc.text[tokens[before].end : tokens[position].start] == "-"
        and tokens[before].text.islower()
        and tokens[before].text.isalpha()
        and tokens[before].text.endswith("o")
    ):
        first, before = before, before - 1
    if tokens[before].text in _POLISH_AND and before >= 2:
        before -= 1  # "lubelskim i mazowieckim": the adjective before shares the noun
        if not tokens[before].text.islower() or tokens[before].text.lower() in _POLISH_VOIVODESHIP:
            return None
        before -= 1
    if tokens[before].text.lower() not in _POLISH_VOIVODESHIP:
        return None
    if any(doc.text[tokens[k].end : tokens[k + 1].start] not in (" ", "-") for k in range(before, position)):
        return None
    ending = next((case for case in _POLISH_ADJECTIVE_CASES if word.endswith(case)), None)
    if ending is None or not word[: -len(ending)].endswith(("sk", "ck")):
        return None
    nominative = doc.text[tokens[first].start : tokens[position].start] + word[: -len(ending)] + "ie"
    place = gazetteer().local.get("pl", {}).get(fold(nominative))
    if place is None or not is_region(place) or place.country != "Poland":
        return None
    return place_candidate(first, position, place.name, place, ActorKind.place)
