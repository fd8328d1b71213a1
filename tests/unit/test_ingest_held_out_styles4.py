"""A fourth round on the held-out styles (encyclopaedia articles, broadcasters, military releases,
EU statements, ministerial releases): the KIND of a name the text describes around it, and the
country parts named "<name> State" or "<name> Department". Every example is invented; each test
says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.cues import APPOSITION_HEAD, PERSON_BEFORE_COMMA
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

_ARTICLE = "The Tremmin Liberation Front was an armed group active on the island of Varnholm.\n\n"

# -- a line of people in a box of facts --------------------------------------------------------------


@pytest.mark.parametrize("label", ["Leaders", "Commanders", "Founders", "Founded by", "Led by", "Key people"])
def test_a_name_of_no_kind_on_a_line_of_people_is_a_person(label: str) -> None:
    drafts = draft_kinds(_ARTICLE + f"Active: 1998–2003\n{label}: Qorvu Dilmat Essan, Tarq Velloe de Mirrat\n")
    assert drafts.get("Qorvu Dilmat Essan") is ActorKind.person
    assert drafts.get("Tarq Velloe de Mirrat") is ActorKind.person


def test_a_body_or_an_acronym_on_a_line_of_people_keeps_its_own_kind() -> None:
    drafts = draft_kinds(_ARTICLE + "Leaders: Qorvu Dilmat Essan, Tremmin Brigade, TLF\n")
    assert drafts.get("Tremmin Brigade") is ActorKind.armed_force
    assert drafts.get("TLF") is not ActorKind.person


def test_a_line_of_allies_makes_no_person() -> None:
    drafts = draft_kinds(_ARTICLE + "Allies: Qorvu Dilmat Essan, Tarq Velloe\n")
    assert drafts.get("Qorvu Dilmat Essan") is not ActorKind.person


# -- a description set after the name ----------------------------------------------------------------


_NEW_TRADES = [
    "trader",
    "farmer",
    "teacher",
    "student",
    "doctor",
    "nurse",
    "resident",
    "engineer",
    "driver",
    "shopkeeper",
    "fisherman",
    "worker",
    "vendor",
    "merchant",
    "mother",
    "widow",
    "survivor",
    "witness",
    "lecturer",
    "historian",
    "scholar",
    "writer",
    "poet",
    "villager",
    "refugee",
]


@pytest.mark.parametrize("trade", _NEW_TRADES)
def test_a_name_described_by_a_trade_is_a_person(trade: str) -> None:
    assert APPOSITION_HEAD[trade].kind is ActorKind.person
    drafts = draft_kinds(f'"We cannot go out," said Qorvu Dilmat, a local {trade}, in Tremmin.')
    assert drafts.get("Qorvu Dilmat") is ActorKind.person


@pytest.mark.parametrize(
    "post", ["health minister in the eastern administration,", "deputy head of the council,", "former minister,"]
)
def test_a_post_without_an_article_after_the_name_makes_a_person(post: str) -> None:
    drafts = draft_kinds(f"Qorvu Dilmat, {post} said the bodies were still being found.")
    assert drafts.get("Qorvu Dilmat") is ActorKind.person


def test_a_lower_case_phrase_without_a_title_makes_no_person() -> None:
    drafts = draft_kinds("Tremmin Qelvo, market leaders for a decade, cut prices.")
    assert drafts.get("Tremmin Qelvo") is not ActorKind.person


# -- a noun for a person before the name -------------------------------------------------------------


@pytest.mark.parametrize("noun", sorted(PERSON_BEFORE_COMMA))
def test_a_name_set_after_a_noun_for_a_person_is_a_person(noun: str) -> None:
    drafts = draft_kinds(f"The president of Varnholm and his {noun}, Qorvu Dilmat, spoke by phone.")
    assert drafts.get("Qorvu Dilmat") is ActorKind.person


def test_a_body_after_such_a_noun_keeps_its_kind() -> None:
    drafts = draft_kinds("Her successor, Tremmin Holdings, bought the rest.")
    assert drafts.get("Tremmin Holdings") is ActorKind.organization


# -- honorifics --------------------------------------------------------------------------------------


def test_a_burmese_honorific_makes_a_person_and_stays_out_of_the_name() -> None:
    drafts = draft_kinds("We remain concerned by the continued detention of Daw Qyin Thar Mo and others.")
    assert drafts.get("Qyin Thar Mo") is ActorKind.person


# -- a country's parts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fighting spread to Qorvu State last week.", "Qorvu State"),
        ("The army shelled villages in neighbouring Qorvu State.", "Qorvu State"),
        ("The group was founded in Tarvelo, Qorvu State, in 2009.", "Qorvu State"),
        ("Airstrikes hit villages in Dilmat State and Qorvu State overnight.", "Qorvu State"),
        ("The hostages were held near Tarvelo, Qorvu Department, for months.", "Qorvu Department"),
        ("Floods hit villages in Qorvu Department.", "Qorvu Department"),
    ],
)
def test_a_country_part_named_state_or_department_is_a_place(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is ActorKind.place


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fighters loyal to Islamic State attacked the town.", "Islamic State"),
        ("The request went to the Justice Department in Tremmin.", "Justice Department"),
        ("Officers from the Fire Department arrived.", "Fire Department"),
    ],
)
def test_a_body_named_state_or_department_stays_a_body(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is not ActorKind.place


# -- places after verbs of taking, and pieces of a country -------------------------------------------


def test_the_second_of_two_places_taken_is_a_place_too() -> None:
    drafts = draft_kinds("In April the brigade captured Qorvumo and Dilmatre after a week of fighting.")
    assert drafts.get("Qorvumo") is ActorKind.place
    assert drafts.get("Dilmatre") is ActorKind.place


@pytest.mark.parametrize("noun", ["exclave", "enclave"])
def test_an_exclave_is_a_place(noun: str) -> None:
    drafts = draft_kinds(f"Troops shelled the {noun} of Qorvumo on Tuesday.")
    assert drafts.get("Qorvumo") is ActorKind.place


# -- a title "of" a place or a portfolio, then the whole name ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Premier of Greenland Qorvu Dilmat Essan met the delegation in Nuuk.", "Qorvu Dilmat Essan"),
        ("Minister of Defence Juan Tarvelo Quessa received the hostages.", "Juan Tarvelo Quessa"),
        ("Minister for Defence Industry Qorvu Dilmat Essan opened the yard.", "Qorvu Dilmat Essan"),
    ],
)
def test_the_whole_name_follows_a_title_of_a_place_or_a_portfolio(sentence: str, name: str) -> None:
    drafts = draft_kinds(sentence)
    assert drafts.get(name) is ActorKind.person
    assert not any(other != name and other in name for other in drafts)  # no piece of it drafted apart


def test_the_minister_for_a_region_keeps_the_name_after_it() -> None:
    drafts = draft_kinds("The Minister for the Middle East Tobias Quellwood said.")
    assert drafts.get("Tobias Quellwood") is ActorKind.person


@pytest.mark.parametrize("honorific", ["Sheikh", "Haji"])
def test_an_honorific_inside_a_name_after_a_title_stays_in_it(honorific: str) -> None:
    drafts = draft_kinds(f"In 2022 President Qorvan {honorific} Dilmoud declared war on the group.")
    assert drafts.get(f"Qorvan {honorific} Dilmoud") is ActorKind.person


# -- one name written with a particle between hyphens -------------------------------------------------


def test_a_city_written_with_a_particle_between_hyphens_is_one_place() -> None:
    drafts = draft_kinds("Gangs stormed the main prison in the capital, Port-au-Prince, over the weekend.")
    assert drafts.get("Port-au-Prince") is ActorKind.place
    assert "Port" not in drafts
    assert "Prince" not in drafts


@pytest.mark.parametrize("name", ["Anse-au-Varnel", "Croix-des-Quellets", "Varn-sur-Quelle"])
def test_an_unknown_name_with_a_particle_between_hyphens_stays_whole_and_is_no_person(name: str) -> None:
    drafts = draft_kinds(f"Gangs stormed the police station in {name} on Monday.")
    assert name in drafts
    assert drafts[name] is not ActorKind.person


def test_a_plural_word_of_the_portfolio_does_not_open_the_name() -> None:
    drafts = draft_kinds("Commissioner for International Partnerships Jutta Quellainen met the premier today.")
    assert drafts.get("Jutta Quellainen") is ActorKind.person
    assert "Partnerships Jutta Quellainen" not in drafts
