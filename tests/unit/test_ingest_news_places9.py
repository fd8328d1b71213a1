"""Places on English news pages after the ninth batch (issue 15): English names of foreign regions
and islands (Azores, Madeira, Normandy, Corsica), British counties and council areas from ISO 3166-2
(Powys, Wiltshire, Isles of Scilly) and British islands that no data package lists (Lundy, Gower).

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.names import fold
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, place",
    [
        ("Ferries to the Azores were cancelled on Friday because of high seas.", "Azores"),
        ("Growers on Madeira expect a smaller harvest this year.", "Madeira"),
        ("The storm reached Normandy late on Sunday night.", "Normandy"),
        ("Wildfires forced hundreds of tourists from beaches on Corsica.", "Corsica"),
        ("An amber warning for rain remains in place for Powys until Tuesday.", "Powys"),
        ("Police in Wiltshire are looking for a man seen near the school.", "Wiltshire"),
        ("The supply boat to Lundy will not sail until the weekend.", "Lundy"),
        ("Volunteers cleared litter from beaches on the Gower on Saturday.", "Gower"),
        ("A new hospital for Pembrokeshire was approved on Monday.", "Pembrokeshire"),
    ],
)
def test_a_region_or_island_named_in_english_is_a_place(text: str, place: str) -> None:
    assert draft_kinds(text).get(place) is ActorKind.place


def test_madeira_is_the_portuguese_island_not_a_brazilian_town() -> None:
    found = gazetteer().lookup((fold("Madeira"),))
    assert found is not None and found.country == "Portugal"


def test_a_british_county_beats_a_small_town_abroad_of_that_name() -> None:
    found = gazetteer().lookup((fold("Cornwall"),))
    assert found is not None and found.country == "United Kingdom"


def test_a_county_named_by_a_given_name_is_still_a_person_in_a_name() -> None:
    kinds = draft_kinds("Devon Marchetti, a councillor, said the road would reopen on Friday.")
    assert kinds.get("Devon Marchetti") is ActorKind.person
