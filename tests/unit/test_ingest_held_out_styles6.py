"""A sixth round on the held-out styles: names with a rank word, a number or a day inside them,
places opening with a lower-case Arabic article, task forces with a qualifier before "Task Force",
and peoples (filed as nationalities are). Every example is invented; each test says what the
analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- a rank word inside a body's or a firm's name ---------------------------------------------------


def test_a_rank_word_after_a_coined_firm_name_is_part_of_the_firm() -> None:
    drafts = draft_kinds("The attack on Dorvanta Private exposed the records of millions of customers.")
    assert drafts.get("Dorvanta Private") is ActorKind.organization


def test_a_rank_with_a_person_after_it_is_still_a_rank() -> None:
    drafts = draft_kinds("Officers said Army Private Ilse Varnholt was wounded near the border on Monday.")
    assert drafts.get("Ilse Varnholt") is ActorKind.person
    assert not any("Private" in name for name in drafts)


def test_a_rank_word_opening_an_inspectorate_is_part_of_its_name() -> None:
    drafts = draft_kinds("In the capital, the General Police Inspectorate said officers had detained four men.")
    assert drafts.get("General Police Inspectorate") is ActorKind.organization
    assert "Police Inspectorate" not in drafts


# -- a number or a day inside a name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fighters of the March 23 Movement took the hill town.", "March 23 Movement"),
        ("The April 6 Youth Movement called a strike in the port.", "April 6 Youth Movement"),
    ],
)
def test_a_movement_named_after_a_day_keeps_the_day(sentence: str, name: str) -> None:
    drafts = draft_kinds(sentence)
    assert drafts.get(name) is ActorKind.organization


def test_a_date_before_a_body_is_no_part_of_its_name() -> None:
    drafts = draft_kinds("On March 23 the Tremmin Police Directorate said the road was open again.")
    assert drafts.get("Tremmin Police Directorate") is ActorKind.organization
    assert not any(name.startswith("March") for name in drafts)


def test_an_air_wing_with_its_number_is_one_armed_force() -> None:
    drafts = draft_kinds("Jets from Carrier Air Wing 9 struck two radar sites on Friday.")
    assert drafts.get("Carrier Air Wing 9") is ActorKind.armed_force


def test_an_air_wing_without_a_number_is_an_armed_force() -> None:
    drafts = draft_kinds("Jets of the Tarvenholm Air Wing struck two radar sites on Friday.")
    assert drafts.get("Tarvenholm Air Wing") is ActorKind.armed_force


def test_an_air_base_with_its_number_is_one_place() -> None:
    drafts = draft_kinds("The drones flew from Air Base 104 before dawn, the ministry said.")
    assert drafts.get("Air Base 104") is ActorKind.place


def test_a_number_word_inside_a_sentence_opens_an_alliance_name() -> None:
    drafts = draft_kinds("In October the Four Varnak Alliance launched an offensive in the hills.")
    assert drafts.get("Four Varnak Alliance") is ActorKind.organization


def test_a_number_word_opening_a_sentence_is_a_count() -> None:
    drafts = draft_kinds("Four Varnak Alliance commanders were killed in the strike.")
    assert not any(name.startswith("Four") for name in drafts)


# -- places opening with a lower-case Arabic article ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fighters moved from al-Quswar to the coast after the raid.", "al-Quswar"),
        ("Thousands of families still live in the camp at al-Hadir.", "al-Hadir"),
        ("The convoy was stopped near al-Tumayra on Tuesday.", "al-Tumayra"),
    ],
)
def test_a_name_after_a_place_preposition_and_al_is_a_place(sentence: str, name: str) -> None:
    drafts = draft_kinds(sentence)
    assert drafts.get(name) is ActorKind.place


def test_a_person_written_with_al_after_from_stays_a_person() -> None:
    drafts = draft_kinds("Qasim Varid al-Tumani gave the order. A message from al-Tumani was read out.")
    assert drafts.get("Qasim Varid al-Tumani") is ActorKind.person
    assert not any(kind is ActorKind.place for kind in drafts.values())


# -- task forces ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Joint Task Force Varnak", "Combined Joint Task Force Tremmin"])
def test_a_task_force_with_a_qualifier_before_it_is_an_armed_force(name: str) -> None:
    drafts = draft_kinds(f"The {name} said the operation had ended.")
    assert drafts.get(name) is ActorKind.armed_force


# -- peoples ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Quellani fishermen fled the coast after the raid.", "Quellani"),
        ("The army said Varnaki civilians had been moved to the camps.", "Varnaki"),
        ("The hills are home to the Tessak people, who herd goats.", "Tessak"),
    ],
)
def test_a_people_is_filed_as_a_nationality_is(sentence: str, name: str) -> None:
    drafts = draft_kinds(sentence)
    assert drafts.get(name) is ActorKind.state


def test_each_people_of_a_list_before_one_plural_noun_is_a_people() -> None:
    drafts = draft_kinds("The province is home to the Quellani and Tessak peoples and to a gas project.")
    assert drafts.get("Quellani") is ActorKind.state
    assert drafts.get("Tessak") is ActorKind.state


def test_people_of_a_known_town_are_no_people() -> None:
    drafts = draft_kinds("Aid workers said many Aleppo civilians had fled to the north.")
    assert drafts.get("Aleppo") is not ActorKind.state


def test_a_qualified_task_force_opening_a_sentence_keeps_its_first_word() -> None:
    drafts = draft_kinds("Combined Joint Task Force-Operation Tidewatch is the coalition against the Varnak Front.")
    assert drafts.get("Combined Joint Task Force-Operation Tidewatch") is ActorKind.armed_force


def test_a_verb_opening_a_sentence_before_people_is_no_people() -> None:
    drafts = draft_kinds("Prodding people toward cleaner stoves needs rules, the report said.")
    assert "Prodding" not in drafts
