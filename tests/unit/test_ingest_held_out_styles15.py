"""A fifteenth round on the held-out styles: a body named for its subject after "Office on", a nation
before "NGO", a sea area after "off", camps, detention sites and hospitals as places, small craft,
an armed "Resistance", a title-case acronym made of the words' openings, a byline's desk and town,
and a post named in full with its remit. Every example is invented; each test says what the analyst
sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: draft.aliases for draft in extract(text, None, [], set(), "t", language="en").actors}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Tarvish Office on Drugs and Crime said seizures rose.", "Tarvish Office on Drugs and Crime"),
        ("The Kessmar Authority on Development met in May.", "Kessmar Authority on Development"),
    ],
)
def test_an_office_or_authority_on_a_subject_is_one_body(sentence: str, body: str) -> None:
    assert draft_kinds(sentence).get(body) is ActorKind.organization


def test_an_office_on_a_weekday_ends_at_the_office() -> None:
    kinds = draft_kinds("Staff at the Varnel Office on Tuesday said no.")
    assert kinds.get("Varnel Office") is ActorKind.organization
    assert not any("Tuesday" in name for name in kinds)


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents queued outside the Post Office on Marlowgate until noon.",
        "Residents queued outside the Post Office on Marlowgate Road until noon.",
    ],
)
def test_an_office_on_a_named_street_ends_at_the_office(sentence: str) -> None:
    """A subject is a topic with an ordinary word in it: a rare name or a street after "on" is where the
    office stands."""
    kinds = draft_kinds(sentence)
    assert kinds.get("Post Office") is ActorKind.organization
    assert not any("Marlowgate" in name and "Office" in name for name in kinds)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Critics, including the Mozambican NGO Varta Lumo, said it was late.", "Varta Lumo"),
        ("The Kenyan NGO Tresk Relief said the camp was full.", "Tresk Relief"),
    ],
)
def test_a_nation_and_ngo_before_a_name_leave_the_body(sentence: str, body: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(body) is ActorKind.organization
    assert not any("NGO" in name for name in kinds)


def test_a_place_the_gazetteer_knows_after_off_is_a_place() -> None:
    assert draft_kinds("The frigate sank a target off Sardinia in June.").get("Sardinia") is ActorKind.place


def test_off_before_a_weekday_names_nothing() -> None:
    assert draft_kinds("The fair kicked off Monday with a talk.") == {}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Troops trained at Black Rock Camp in May.", "Black Rock Camp"),
        ("Detainees were held at the Tarvel detention facility near the river.", "Tarvel"),
        ("The wounded were taken to Tarvo Kell hospital in the capital.", "Tarvo Kell hospital"),
    ],
)
def test_camps_detention_sites_and_hospitals_are_places(sentence: str, place: str) -> None:
    assert draft_kinds(sentence).get(place) is ActorKind.place


def test_an_acronym_before_detention_facilities_runs_them() -> None:
    kinds = draft_kinds("About 9,000 fighters are held in SDF detention facilities in Syria.")
    assert kinds.get("SDF") is not ActorKind.place


@pytest.mark.parametrize(
    "sentence",
    [
        "The coast guard cutter Tarva Point seized the boat.",
        "The icebreaker Varnel Star reached the pier.",
    ],
)
def test_a_small_craft_after_its_kind_is_no_place(sentence: str) -> None:
    kinds = draft_kinds(sentence)
    assert not any(kind is ActorKind.place for kind in kinds.values())


def test_an_armed_resistance_named_for_a_valley_is_a_body() -> None:
    kind = draft_kinds("Fighters of the Tremla Valley Resistance attacked the town at dawn.").get(
        "Tremla Valley Resistance"
    )
    assert kind in (ActorKind.organization, ActorKind.armed_force)


def test_resistance_as_a_common_word_names_nothing() -> None:
    assert draft_kinds("Resistance to the plan grew.") == {}


@pytest.mark.parametrize(
    ("sentence", "body", "acronym"),
    [
        (
            "Observers from the Tremish Economic Community of Varn States (Tecovs) said it was calm.",
            "Tremish Economic Community of Varn States",
            "Tecovs",
        ),
        (
            "The UN Relief Mission in Somalia (Unrems) said 300 had died.",
            "UN Relief Mission in Somalia",
            "Unrems",
        ),
    ],
)
def test_a_title_case_acronym_of_the_words_openings_is_the_bodys_alias(sentence: str, body: str, acronym: str) -> None:
    assert acronym in _aliases(sentence).get(body, [])


def test_a_word_in_brackets_that_spells_no_name_is_no_acronym() -> None:
    assert _aliases("He clicked (Download) and left.") == {}


def test_a_bylines_desk_and_town_are_names() -> None:
    text = "Kessa: Soldiers held\n\nBy Mariama Tolde\nTremmin News, Dakar\n\nSix soldiers were arrested in Kessa.\n"
    kinds = draft_kinds(text)
    assert kinds.get("Dakar") is ActorKind.place
    assert kinds.get("Tremmin News") is ActorKind.media


def test_a_title_case_line_with_a_comma_and_no_byline_stays_a_heading() -> None:
    text = "Some news first.\n\nTremla Gate, Dakar\n\nSix soldiers were arrested.\n"
    assert draft_kinds(text) == {}


def test_a_post_of_two_title_words_and_its_remit_is_named_in_full() -> None:
    kinds = draft_kinds(
        "The delegation was led by the High Representative of the Union for Foreign Affairs and Security Policy, "
        "Tilde Varnasaar, and the minister."
    )
    # (the post stands for its holder, as "the Spokesperson" does: round styles45 marks it a person in every eu gold)
    assert kinds.get("High Representative of the Union for Foreign Affairs and Security Policy") is (ActorKind.person)
    assert kinds.get("Tilde Varnasaar") is ActorKind.person
    assert "Union for Foreign Affairs and Security Policy" not in kinds


def test_a_ministers_remit_alone_is_still_no_actor() -> None:
    # The post in capitals stands for its holder, as re3d marks it; its remit alone is no actor.
    kinds = spelling_kinds("The Minister for Foreign Affairs, Tilde Varnasaar, spoke.")
    assert kinds == {"Minister for Foreign Affairs": ActorKind.person, "Tilde Varnasaar": ActorKind.person}


@pytest.mark.parametrize("head", ["islands", "island"])
def test_a_name_before_island_in_lower_case_is_a_place(head: str) -> None:
    assert draft_kinds(f"Gangs use the Tarvesh {head} to land shipments.").get("Tarvesh") is ActorKind.place


def test_a_desert_island_names_nothing() -> None:
    assert draft_kinds("He dreamt of a desert island in the sun.") == {}


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        ("Funds went to Tarvel Crescent Trading Co. Ltd, a firm in Kessa.", "Tarvel Crescent Trading Co. Ltd"),
        ("Funds went to Orsa Trading Co., Ltd. in Kessa.", "Orsa Trading Co., Ltd"),
    ],
)
def test_a_firms_two_legal_forms_stay_in_its_name(sentence: str, firm: str) -> None:
    assert draft_kinds(sentence).get(firm) is ActorKind.organization


def test_a_rare_name_after_a_posts_full_title_and_a_comma_is_a_person() -> None:
    kinds = draft_kinds(
        "The High Representative of the Union for Foreign Affairs and Security Policy, Henrika Mäelo-Varsk, "
        'said: "We will act."'
    )
    assert kinds.get("Henrika Mäelo-Varsk") is ActorKind.person


def test_a_name_after_a_policy_with_no_title_gets_no_person() -> None:
    kinds = draft_kinds("Talks on Foreign Affairs and Security Policy, Kessa Varnel, and more were held.")
    assert kinds.get("Kessa Varnel") is not ActorKind.person
