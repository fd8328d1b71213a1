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


# What the codes had got right by chance ("TAP", "MID" and "SAN" were towns) is read by rule now.
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Passengers on Air New Zealand flights were stranded overnight.", "Air New Zealand", ActorKind.organization),
        ("Flights on QXA Air Portugal were cancelled on Monday.", "QXA Air Portugal", ActorKind.organization),
        ("Waiting times in the Mid-West were the longest, nurses said.", "Mid-West", ActorKind.place),
    ],
)
def test_what_the_codes_did_by_chance_is_read_by_rule(text: str, name: str, kind: ActorKind) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) == kind, drafts


def test_san_opening_a_saints_town_is_no_town_alone() -> None:
    drafts = draft_kinds("A Carovilli e a San Vito Chietino molti raccoglitori hanno venduto i cani.", language="it")
    assert drafts.get("San Vito Chietino") is ActorKind.place and "San" not in drafts, drafts
