"""A forty-eighth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages):
states named by their adjectives and a form of state, football clubs named after their letters, formal
names spelled whole by their acronyms past "and the", and missions whose acronym is in another language.
Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_state_named_by_its_adjectives_and_a_form_of_state_is_a_state() -> None:
    kinds = draft_kinds("Varnia, officially the Tarvonian Quellish Republic (TQR), is an unrecognised state.")
    assert kinds.get("Tarvonian Quellish Republic") is ActorKind.state


def test_a_soviet_republic_shortened_to_ssr_is_one_state() -> None:
    kinds = draft_kinds("The town belonged to the Byelorussian SSR from 1922 until 1991.")
    assert kinds.get("Byelorussian SSR") is ActorKind.state
    assert "SSR" not in kinds


def test_a_long_soviet_republic_is_a_state() -> None:
    kinds = draft_kinds("The valley was part of the Karelian Autonomous Soviet Socialist Republic until 1940.")
    assert kinds.get("Karelian Autonomous Soviet Socialist Republic") is ActorKind.state


def test_a_sports_federation_named_with_a_demonym_stays_a_body() -> None:
    kinds = draft_kinds("He joined the Tarvonian Chess Federation in 2019.")
    assert kinds.get("Tarvonian Chess Federation") is ActorKind.organization


def test_a_football_club_named_after_its_letters_is_one_body() -> None:
    kinds = draft_kinds("The mill also owns the football club FC Sheriff Varnby, champions last year.")
    assert kinds.get("FC Sheriff Varnby") is ActorKind.organization
    assert "Varnby" not in kinds


def test_an_acronym_spelling_every_word_keeps_and_the_inside_the_name() -> None:
    kinds = draft_kinds("The EU will work with the United Nations Office for Varnland and the Tarvel Coast (UNOVTC).")
    assert kinds.get("United Nations Office for Varnland and the Tarvel Coast") is ActorKind.organization


def test_a_mission_with_an_acronym_in_another_language_keeps_where_it_serves() -> None:
    kinds = draft_kinds("Monitors of the United Nations Mission for the Referendum in Tarvelia (MINURTA) left.")
    assert kinds.get("United Nations Mission for the Referendum in Tarvelia") is ActorKind.organization


def test_a_name_ending_in_a_double_barrelled_surname_is_a_persons() -> None:
    kinds = draft_kinds("The movement was founded in Varnby by El-Tarik Oumar Zerhani-Boussou and other students.")
    assert kinds.get("El-Tarik Oumar Zerhani-Boussou") is ActorKind.person


def test_a_place_joined_by_a_hyphen_of_common_words_is_no_person() -> None:
    kinds = draft_kinds("The ferry sailed from Varnby to Tarvel Port-Royal on Monday.")
    assert kinds.get("Tarvel Port-Royal") is not ActorKind.person


def test_a_bodys_possessive_before_two_fields_keeps_the_council_whole() -> None:
    kinds = draft_kinds("The Tarvel Union's Peace and Security Council met in Varnby on Monday.")
    assert kinds.get("Peace and Security Council") is ActorKind.organization
    assert "Security Council" not in kinds


def test_a_colony_named_by_its_empires_demonym_is_one_place() -> None:
    kinds = draft_kinds("Troops fought in the former Portuguese Varnaland until 1975.")
    assert kinds.get("Portuguese Varnaland") is ActorKind.place


def test_a_demonym_before_a_persons_surname_is_no_colony() -> None:
    kinds = draft_kinds("The deal was praised in Italian Meloni circles on Monday.")
    assert "Italian Meloni" not in kinds


def test_a_known_bodys_national_section_after_a_dash_is_one_name() -> None:
    kinds = draft_kinds("A nurse with Doctors Without Borders – Norway said the clinic had closed.")
    assert kinds.get("Doctors Without Borders – Norway") is ActorKind.organization


def test_a_land_after_a_dash_before_a_noun_stays_apart() -> None:
    kinds = draft_kinds("Talks with Doctors Without Borders – Norway summit delegates stalled.")
    assert "Doctors Without Borders" in kinds


def test_a_merchant_ships_prefix_written_with_a_slash_drafts_no_body() -> None:
    kinds = draft_kinds("Two drones struck M/V Quellmoor Trader, a bulk carrier, near the strait.")
    assert not any(name.startswith("V ") for name in kinds)


def test_a_name_before_a_border_crossing_is_a_place() -> None:
    kinds = draft_kinds("Trucks were turned back at the Quellbir border crossing on Monday.")
    assert kinds.get("Quellbir") is ActorKind.place


def test_a_long_own_language_name_in_a_gloss_is_an_alias() -> None:
    extraction = extract(
        "The Varn Front (Spanish: Frente Unido de Liberación de la Costa y el Valle de Oro; Arabic: x) is a movement.",
        None,
        [],
        set(),
        "test",
    )
    front = next(actor for actor in extraction.actors if actor.name == "Varn Front")
    assert "Frente Unido de Liberación de la Costa y el Valle de Oro" in front.aliases


def test_a_romanised_name_after_a_gloss_in_another_script_is_an_alias() -> None:
    extraction = extract(
        "The Varn Front (Tigrinya: ህዝባዊ ወያነ, Hizbawi Tarvel Harnet) is a party.", None, [], set(), "test"
    )
    front = next(actor for actor in extraction.actors if actor.name == "Varn Front")
    assert "Hizbawi Tarvel Harnet" in front.aliases


def test_a_trust_territory_of_a_land_is_a_place() -> None:
    kinds = draft_kinds("In 1950 the area became the Trust Territory of Quellmark under foreign rule.")
    assert kinds.get("Trust Territory of Quellmark") is ActorKind.place


def test_a_mission_named_in_capitals_before_its_lower_case_head_is_a_body() -> None:
    kinds = draft_kinds("The new force replaced the Multinational Border Support mission last year.")
    assert kinds.get("Multinational Border Support") is ActorKind.organization


def test_one_word_before_mission_is_no_body() -> None:
    kinds = draft_kinds("The Apollo mission landed in 1969.")
    assert "Apollo" not in kinds


def test_a_rare_homeland_before_a_people_in_the_plural_is_a_place() -> None:
    kinds = draft_kinds("Thousands of Quellbrak Armenians fled across the border on Monday.")
    assert kinds.get("Quellbrak") is ActorKind.place
    assert "Quellbrak Armenians" not in kinds


def test_a_cue_before_an_arabic_article_in_lower_case_reaches_the_name() -> None:
    kinds = draft_kinds("The attack was claimed by the group known as al-Quellwar on Monday.")
    assert kinds.get("al-Quellwar") is ActorKind.organization
