"""Round lang78: Polish and Czech "do" (to) between two places; Hungarian names in a case of place after a long
vowel and its villages; ...

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("pl", "Pociągi pojadą przez Otwock do Lublina.", {"Otwock", "Lublin"}),
        ("cs", "Autobusy jezdí přes Rokycany do Plzně.", {"Rokycany"}),
    ],
)
def test_a_slavic_to_between_two_places_joins_no_name(language: str, text: str, names: set[str]) -> None:
    kinds = _kinds(text, language)
    assert {name for name in names if kinds.get(name) == "place"} == names, kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a name ending in a long vowel takes "-n" for "in"
        ("A konferenciát Gödöllőn tartják.", "Gödöllő"),
        # "Makón" folds as Macon in Georgia does, but is no name as written: the town of Makó, in it
        ("A vásárt idén Makón tartják.", "Makó"),
    ],
)
def test_a_hungarian_town_in_a_case_of_place_after_a_long_vowel(text: str, town: str) -> None:
    assert _kinds(text, "hu").get(town) == "place"
