"""A thirty-fourth round on the held-out styles: a department's "and" before a minister's courtesy
style ("Ministry of Defence and The Rt Hon ..."), and a statement's first line in sentence case though
it opens with a state's name and a colon. Every example is invented; each test says what the analyst
sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text",
    [
        "From: Ministry of Transport and The Rt Hon Ilse Varnova-Hale MP\nPublished 3 May 2031\n\nRoads reopened.",
        "The grant came from the Ministry of Health and Sir Ilse Varnova-Hale last week.",
    ],
)
def test_a_departments_and_before_a_courtesy_style_ends_the_department(text: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get("Ministry of Transport" if "Transport" in text else "Ministry of Health") is (
        ActorKind.organization
    )
    assert kinds.get("Ilse Varnova-Hale") is ActorKind.person
    assert not any(" and " in name for name in kinds)


def test_a_remit_after_and_still_belongs_to_the_post() -> None:
    kinds = draft_kinds("She met the Minister of Defence and Army Reconstruction, Ilse Varnova-Hale.")
    assert "Minister of Defence and Army Reconstruction" in kinds


def test_a_statements_first_line_in_sentence_case_is_read_for_names() -> None:
    kinds = draft_kinds(
        "DR Congo: Statement by the Spokesperson on behalf of the EU on the M27 offensive in South Tarnland\n\n"
        "The fighting goes on."
    )
    assert kinds.get("Democratic Republic of the Congo") is ActorKind.state
    assert kinds.get("EU") is ActorKind.organization


def test_a_title_case_heading_is_still_no_name() -> None:
    assert draft_kinds("Floods Cut Off the Valley as Rivers Rise\n\nThe rain went on.") == {}


def test_a_plain_word_after_an_owners_name_opens_a_body_with_and_in_it() -> None:
    kinds = draft_kinds("Troops of the Varnak Union Support and Recovery Mission in Chad were attacked.")
    assert kinds.get("Varnak Union Support and Recovery Mission in Chad") is ActorKind.organization
    assert "Varnak Union Support" not in kinds


def test_two_bodies_joined_by_and_stay_two() -> None:
    kinds = draft_kinds("The European Union Council and Defence Agency met in Brussels.")
    assert kinds.get("European Union Council") is ActorKind.organization
    assert "Defence Agency" in kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighters of VLF-K attacked the border post on Monday.", "VLF-K"),
        ("The Varnak Assistance Group Tarn (VAG-T) sent aid. VAG-T said more would come.", "VAG-T"),
    ],
)
def test_an_acronym_with_a_branchs_letter_after_a_hyphen_is_one_name(text: str, name: str) -> None:
    # (defined in brackets after the name it spells, the letters are that body's alias)
    drafts = {n: d for d in extract(text, None, [], set(), "t").actors for n in (d.name, *d.aliases)}
    assert drafts[name].kind is ActorKind.organization


def test_a_plugs_lettered_type_is_no_body() -> None:
    assert draft_kinds("The new laptop has two USB-C ports and a bright screen.") == {}


def test_a_line_of_tags_with_a_compound_is_still_no_sentence() -> None:
    kinds = draft_kinds("Topics: Fraud | White-collar crime | Courts | Appeals\n\nThe trial ended.")
    assert not {"Fraud", "Courts", "Appeals"} & set(kinds)


def test_the_halves_of_compounds_keep_a_title_case_heading_a_heading() -> None:
    assert draft_kinds("Long-awaited Anti-corruption Law Passes in Varnak Senate\n\nThe vote was close.") == {}


def test_a_firm_named_in_plain_words_with_its_legal_form_is_a_firm_and_its_seat_a_place() -> None:
    kinds = draft_kinds("The sanctions target Silver Meadow Freight Limited of Nairobi, which shipped trucks.")
    assert kinds.get("Silver Meadow Freight Limited") is ActorKind.organization
    assert kinds.get("Nairobi") is ActorKind.place


def test_limited_opening_a_phrase_makes_no_firm() -> None:
    assert draft_kinds("The Limited Edition Box sold out within an hour.") == {}


def test_a_titled_name_with_a_hyphened_surname_of_three_parts_is_a_person() -> None:
    kinds = draft_kinds("The envoy met Prime Minister Ilse Marie Varn-Aimé-Tarnow in the capital.")
    assert kinds.get("Ilse Marie Varn-Aimé-Tarnow") is ActorKind.person


def test_names_listed_before_camps_are_places() -> None:
    kinds = draft_kinds("Shells hit the Varnak and Abu Tellim camps for displaced families.")
    assert kinds.get("Varnak") is ActorKind.place
    assert kinds.get("Abu Tellim") is ActorKind.place


def test_a_name_before_gang_is_a_body_but_a_known_city_stays_a_place() -> None:
    assert draft_kinds("The killings were blamed on the Gran Varno gang.").get("Gran Varno") is ActorKind.organization
    assert draft_kinds("Police arrested members of the Chicago gang on Monday.").get("Chicago") is ActorKind.place


def test_a_town_troops_withdrew_towards_is_a_place() -> None:
    assert draft_kinds("A detachment withdrew towards Chaimo after dark.").get("Chaimo") is ActorKind.place
    assert draft_kinds("The industry moved towards Unicode.").get("Unicode") is not ActorKind.place


def test_a_body_before_for_and_a_long_aim_is_named_apart_from_it() -> None:
    kinds = draft_kinds(
        "Loans came from the Varnak International Development Finance Corporation for the Tarn Valley "
        "Economic Corridor, officials said."
    )
    assert kinds.get("Varnak International Development Finance Corporation") is ActorKind.organization


def test_a_long_post_with_for_stays_a_post() -> None:
    kinds = draft_kinds("Assistant Secretary of State for Near Eastern Affairs Ilse M. Varnova-Hale will travel.")
    assert kinds.get("Ilse M. Varnova-Hale") is ActorKind.person
    assert not any(kind is ActorKind.organization for kind in kinds.values())


@pytest.mark.parametrize(
    "text", ["Article IV of the treaty covers the coast guard.", "Chapter VII of the Charter allows it."]
)
def test_a_numbered_part_of_a_document_is_no_actor(text: str) -> None:
    kinds = draft_kinds(text)
    assert not any(name.startswith(("Article", "Chapter")) for name in kinds)


def test_a_hyphened_surname_after_a_post_with_its_remit_in_a_readouts_heading_is_a_person() -> None:
    kinds = draft_kinds(
        "Deputy Secretary Varnell's Meeting with Tarnish Secretary of Foreign Affairs Oskel-Varrow\n\nReadout"
    )
    assert kinds.get("Oskel-Varrow") is ActorKind.person


def test_title_case_words_after_a_post_in_a_heading_are_still_no_person() -> None:
    assert draft_kinds("Secretary of State Announces New Funding\n\nReadout") == {}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Troops trained on Tarnbury Plain last summer.", "Tarnbury Plain", ActorKind.place),
        (
            "The Permanent Joint Headquarters at Northwood coordinates delivery.",
            "Permanent Joint Headquarters",
            ActorKind.organization,
        ),
    ],
)
def test_a_plain_and_a_headquarters_by_their_names(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) is kind


def test_a_firms_headquarters_in_lower_case_is_no_body() -> None:
    kinds = draft_kinds("The firm moved its headquarters to Leeds.")
    assert "Leeds" in kinds
    assert len(kinds) == 1
