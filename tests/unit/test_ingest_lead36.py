"""Round lead36: classes of names the independent gold sets and the lead's probes showed missing."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
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


def _drafts_and_aliases(text: str) -> dict[str, list[str]]:
    extraction = extract(text, None, [], set(), "test-slips", language="en")
    return {draft.name: draft.aliases for draft in extraction.actors}


def test_a_rare_family_name_misspelt_once_is_the_same_person() -> None:
    drafts = _drafts_and_aliases(
        "President Emmerson Mnangagwa promised jobs at the rally. Later Mnangwagwa left for Harare by road."
    )
    assert "Mnangwagwa" not in drafts, drafts
    assert "Mnangwagwa" in drafts.get("Emmerson Mnangagwa", []), drafts


def test_letters_swapped_in_a_rare_family_name_are_the_same_person() -> None:
    drafts = _drafts_and_aliases(
        "The envoy met Alassane Ouattara in the capital. Outtara told reporters the vote would be held in May."
    )
    assert "Outtara" not in drafts, drafts
    assert "Outtara" in drafts.get("Alassane Ouattara", []), drafts


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # A feminine ending is another person of the family, no slip.
        ("Jan Kowalski runs the farm near the border. Kowalska said her husband was away in the city.", "Kowalska"),
        (
            "Ivan Petrov runs the farm near the border. Petrova told reporters her husband was away in the city.",
            "Petrova",
        ),
        # Two persons with full names stay two.
        ("Emmerson Mnangagwa and Edward Mnangwagwa met at the rally on Saturday.", "Edward Mnangwagwa"),
    ],
)
def test_a_near_spelling_that_is_another_person_stays_apart(text: str, other: str) -> None:
    assert other in _drafts_and_aliases(text), _drafts_and_aliases(text)
