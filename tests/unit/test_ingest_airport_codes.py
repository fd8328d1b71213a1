"""GeoNames lists airports' codes among a city's names ("BEN" for Benghazi, "PAT" for Patna); folded,
they are given names, so "Ben Harwood" was read as a city's name and a surname. The gazetteer keeps
only the codes that are the city's initials ("NYC"), and a given name blocks a person only when it is
the big city's own name ("Paris", not "Sam", an old spelling of Damascus)."""

from __future__ import annotations

import pytest

from dossier.ingest.gazetteer import gazetteer
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize("given", ["Ben", "Pat", "Mel", "Sam", "Mia"])
def test_a_given_name_that_is_an_airports_code_opens_a_persons_name(given: str) -> None:
    name = f"{given} Harwood"
    assert draft_kinds(f"The bowler {name} took four wickets in the match.").get(name) is ActorKind.person


@pytest.mark.parametrize(("words", "city"), [(("nyc",), "New York City"), (("hcmc",), "Ho Chi Minh City")])
def test_a_citys_initials_still_name_it(words: tuple[str, ...], city: str) -> None:
    place = gazetteer().lookup(words)
    assert place is not None and place.name == city


@pytest.mark.parametrize("words", [("pat",), ("mia",), ("tao",)])
def test_an_airports_code_names_no_city(words: tuple[str, ...]) -> None:
    assert gazetteer().lookup(words) is None
