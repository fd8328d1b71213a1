"""A sixty-fourth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a made thing
an encyclopedia titles with its kind in brackets ("Varnok (armoured vehicle)") and its variants, a place taken by a
verb in -ing, places listed after "camps around X, including", a firm after a place's possessive of two words.
Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


_VEHICLE_ARTICLE = """Varnok (armoured vehicle)

The Varnok is a wheeled armoured vehicle built by the Tessaly Motor Company in Orvetsk since 2011. It serves
with the Quellish Land Forces.

Variants

Varnok-M – command post
Varnok-ATGM – tank destroyer
Varnok Medevac – ambulance

History

Several Varnoks were lost near Kessivka in 2015.

See also

Tarsk (armoured vehicle)
Ostrava Brennik
"""


@pytest.mark.parametrize(
    "name", ["Varnok", "Varnok-M", "Varnok-ATGM", "Varnok Medevac", "Varnoks", "Tarsk", "Ostrava Brennik"]
)
def test_a_vehicle_titled_with_its_kind_and_its_variants_are_no_actors(name: str) -> None:
    assert name not in _drafts(_VEHICLE_ARTICLE)


def test_the_maker_of_a_titled_vehicle_is_still_drafted() -> None:
    assert _drafts(_VEHICLE_ARTICLE)["Tessaly Motor Company"].kind is ActorKind.organization


def test_see_also_under_a_page_about_a_body_keeps_its_names() -> None:
    page = "Varnok Brigade\n\nThe Varnok Brigade is a unit of the Quellish army.\n\nSee also\n\nTessaly Guard\n"
    assert "Tessaly Guard" in _drafts(page)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In May the rebels struck back, recapturing Tessivka and Orrimbe within a week.", "Orrimbe"),
        ("Government troops advanced for two days before seizing Kalumbero from the militia.", "Kalumbero"),
    ],
)
def test_a_place_taken_by_a_verb_in_ing_is_a_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_places_listed_after_camps_around_a_town_are_places() -> None:
    text = "Thousands fled to camps around Kessango, including Murendi and Tavulu, by the end of the month."
    drafts = _drafts(text)
    assert drafts["Murendi"].kind is ActorKind.place
    assert drafts["Tavulu"].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The order went to South Korea's Tessan Heavy Industries after a long tender.", "Tessan Heavy Industries"),
        ("Analysts said New Zealand's Varnock Dairy Holdings would gain most.", "Varnock Dairy Holdings"),
    ],
)
def test_a_place_of_two_words_owns_the_firm_after_its_possessive(text: str, firm: str) -> None:
    assert _drafts(text)[firm].kind is ActorKind.organization


def test_a_battalion_with_its_number_after_is_one_unit() -> None:
    text = "Maj. Tessa Orrin, who leads Combat Logistics Battalion 7, said the convoy arrived."
    assert _drafts(text)["Combat Logistics Battalion 7"].kind is ActorKind.armed_force


def test_years_after_a_battalions_name_are_no_number_of_it() -> None:
    assert "Varnok Battalion" in _drafts("The Varnok Battalion 12 years ago had fewer than 300 men.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The order covers Q12 ammunition resupply vehicles for the artillery.", "Q12"),
        ("The army bought R40 wheeled armoured vehicles from the firm.", "R40"),
    ],
)
def test_a_models_code_before_a_made_things_noun_is_no_body(text: str, code: str) -> None:
    assert code not in _drafts(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Payments to Tarnoexport, Russia's state arms exporter, were blocked.", "Tarnoexport", ActorKind.organization),
        ("The loan came from Quellbank, South Africa's largest lender, in June.", "Quellbank", ActorKind.organization),
        ("We met Ilse Varnow, Germany's deputy minister, in Bonn.", "Ilse Varnow", ActorKind.person),
    ],
)
def test_a_description_opened_by_a_places_possessive_says_what_the_name_is(
    text: str, name: str, kind: ActorKind
) -> None:
    found = _drafts(text)[name]
    assert found.kind is kind
    assert found.found_by.startswith("',")


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers drove Armoured Recovery Vehicles onto the ferry.",
        "The unit received its first Tessel Patrol Vehicle in May.",
    ],
)
def test_a_name_ending_in_vehicle_is_no_actor(text: str) -> None:
    assert not [name for name in _drafts(text) if name.endswith(("Vehicle", "Vehicles"))]


def test_a_saints_possessive_still_names_the_hospital() -> None:
    assert _drafts("Patients waited at St Ferran's Hospital in Limerick.")["St Ferran's Hospital"].kind is (
        ActorKind.organization
    )


def test_a_firm_named_like_a_product_elsewhere_is_no_variant() -> None:
    text = "Its planes are operated by Tessline Air Cargo, a company registered in Bishkek."
    assert _drafts(text)["Tessline Air Cargo"].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The government closed the Kessani border post after trucks were burned.", "Kessani"),
        ("Soldiers held the Orrivka observation post through the night.", "Orrivka"),
    ],
)
def test_a_name_before_a_border_or_observation_post_is_a_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_an_arabic_name_with_a_double_family_name_is_a_person() -> None:
    text = "The Council also listed Abdulqader al-Tessani-Warsame, responsible for the purchase of drones."
    assert _drafts(text)["Abdulqader al-Tessani-Warsame"].kind is ActorKind.person


def test_a_german_article_opens_a_papers_name() -> None:
    assert _drafts("The weekly magazine Der Kessel reported the sale first.")["Der Kessel"].kind is ActorKind.media


def test_der_after_a_family_names_particle_stays_in_the_family_name() -> None:
    drafts = _drafts("Survivors include her son, Pieter (Anna) Van Der Kessel of Orvale, and a daughter.")
    assert "Der Kessel" not in drafts
