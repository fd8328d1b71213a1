"""Round lead36: classes of names the independent gold sets and the lead's probes showed missing."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A surname too, and as frequent as a common word: the definition says it is the town.
        ("The ferry left at noon. Boston is a port city with a long maritime history.", "Boston"),
        # A common English word, defined as a town.
        ("Trains were late again. Reading is a large town in the county of Berkshire.", "Reading"),
        ("Snow fell overnight. Lincoln is a cathedral city on a hill above the river.", "Lincoln"),
        ("The bill passed. Jackson is the capital of Mississippi and its largest city.", "Jackson"),
    ],
)
def test_a_known_town_defined_at_the_start_of_its_sentence_is_a_place(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "place", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The definition's head is no place: a firm or a person of the town's name.
        ("Sales rose in May. Boston is a company that makes loudspeakers for cinemas.", "Boston"),
        ("He was called in. Lincoln is a lawyer who works for the family in town.", "Lincoln"),
        # Not a town the gazetteer knows by that name, and a common word: no definition makes it one.
        ("It rained all week. Home is a place where one can rest after the journey.", "Home"),
    ],
)
def test_a_definition_by_another_noun_makes_no_town(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) != "place", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Common words all, and no head that names a kind alone: drafted at all only by the pair.
        ("The network is owned by Turner Broadcasting System, which bought it in 1996.", "Turner Broadcasting System"),
        ("The film aired on the Public Broadcasting Service last spring.", "Public Broadcasting Service"),
        (
            "He joined the Christian Broadcasting Network as a reporter in the capital.",
            "Christian Broadcasting Network",
        ),
        ("The Seoul Broadcasting System said the drama had been cancelled.", "Seoul Broadcasting System"),
    ],
)
def test_a_broadcasting_system_service_or_network_is_media(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "media", draft_kind_names(text)
