"""Round lead32: names that independent gold (news nobody here wrote) showed drafted wrongly."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kind_names, draft_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The raid killed Abu Bakr al Baghdadi, the leader of the group, near Idlib.", "Abu Bakr al Baghdadi"),
        ("Officials said Saif al Islam Gaddafi would stand for president.", "Saif al Islam Gaddafi"),
        ("The lawyer Ahmed el Sayed spoke to reporters in Cairo.", "Ahmed el Sayed"),
    ],
)
def test_an_arabic_article_written_apart_stays_inside_the_name(text: str, name: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(name) == "person", kinds


def test_an_article_written_apart_before_a_place_is_no_name_of_its_own() -> None:
    # Italian "al" is "to the": the place after it is still read as a place.
    kinds = draft_kinds("Giorgia Meloni è arrivata ieri sera al Cairo. Meloni al Cairo per il vertice.", language="it")
    assert kinds.get("Cairo") == ActorKind.place, kinds


@pytest.mark.parametrize("name", ["Marwan Varnouti", "Haitham Quellabi", "Rami Tarnouf", "Ghassan Tarvel"])
def test_common_arabic_given_names_make_a_person(name: str) -> None:
    kinds = draft_kind_names(f"{name} was sanctioned on Monday.")
    assert kinds.get(name) == "person", kinds


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Ilse Varnholt is the author of Gridiron Belles, a guide to college football.", "Gridiron Belles"),
        ("Tom Quellan, co-author of Salt Harbours, spoke in Tarnby on Monday.", "Salt Harbours"),
    ],
)
def test_a_book_after_its_author_is_no_actor(text: str, work: str) -> None:
    kinds = draft_kind_names(text)
    assert work not in kinds, kinds
    assert any(kind == "person" for kind in kinds.values()), kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tarvelo, a nonprofit that trains nurses, closed on Monday.", "Tarvelo"),
        ("Quentara, a non-profit based in Ohio, sued the state.", "Quentara"),
    ],
)
def test_a_name_described_as_a_nonprofit_is_a_body(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "organization"


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Manchester United won the cup on Sunday.", "Manchester United"),
        ("Leeds United manager Ilse Varnholt praised the fans.", "Leeds United"),
        ("Fans of Bolton Wanderers marched to the town hall.", "Bolton Wanderers"),
        ("Oldham Athletic sacked its coach.", "Oldham Athletic"),
    ],
)
def test_a_town_then_a_clubs_own_word_is_a_club_on_any_page(text: str, club: str) -> None:
    assert draft_kind_names(text).get(club) == "organization"


def test_a_town_alone_is_still_a_place() -> None:
    kinds = draft_kind_names("He moved to Leeds in May, and police in Bristol said so.")
    assert kinds.get("Leeds") == "place" and kinds.get("Bristol") == "place", kinds


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Moody's downgraded the country's credit rating on Friday.", "Moody's"),
        ("Analysts at Moody's said the outlook was stable.", "Moody's"),
        ("Christie's sold the letters for $40,000.", "Christie's"),
        ("Lloyd's reported a loss for the year.", "Lloyd's"),
    ],
)
def test_a_firm_named_in_the_possessive_before_its_verb(text: str, firm: str) -> None:
    assert draft_kind_names(text).get(firm) == "organization"


def test_a_states_possessive_before_a_verb_stays_the_state() -> None:
    kinds = draft_kind_names("Of the two economies, Britain's grew faster and Japan's said little.")
    assert not [name for name in kinds if name.endswith("'s")], kinds


def test_a_name_described_as_a_newsroom_is_media() -> None:
    kinds = draft_kind_names("Tarnby Voice is a nonprofit newsroom covering state government.")
    assert kinds.get("Tarnby Voice") == "media", kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Polls show Labour ahead in Wales.", "Labour", "organization"),
        ("Figures show Ireland grew fastest last year.", "Ireland", "state"),
        ("England play Italy at Twickenham on Saturday.", "Italy", "state"),
    ],
)
def test_a_works_noun_read_as_a_verb_names_no_work(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind


@pytest.mark.parametrize(
    "text", ["The HBO show Midnight Harbor was renewed.", "His new play Salt Ledger opens in Tarnby in May."]
)
def test_a_works_noun_after_its_maker_or_article_still_names_a_work(text: str) -> None:
    kinds = draft_kind_names(text)
    assert "Midnight Harbor" not in kinds and "Salt Ledger" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Three mortar bombs were found in a Belfast house, police said.", "Belfast"),
        ("He was taken to a Leeds hospital on Monday.", "Leeds"),
    ],
)
def test_a_known_town_before_a_building_is_a_place(text: str, town: str) -> None:
    assert draft_kind_names(text).get(town) == "place"


def test_a_founders_name_with_an_inner_capital_in_the_possessive_is_a_firm() -> None:
    kinds = draft_kind_names("There was a disturbance at a McDonald's restaurant in Leeds.")
    assert kinds.get("McDonald's") == "organization", kinds


@pytest.mark.parametrize("name", ["Hiroshige Yanagimoto", "Masakiyo Maezono", "Norio Omura"])
def test_a_full_name_in_japanese_syllables_is_a_person(name: str) -> None:
    kinds = draft_kind_names(f"The winner came after {name} crossed from the right.")
    assert kinds.get(name) == "person", kinds


def test_words_of_a_romance_language_in_open_syllables_are_no_person() -> None:
    kinds = draft_kind_names("The Douro Tinto was the best wine of the evening.")
    assert kinds.get("Douro Tinto") != "person", kinds


@pytest.mark.parametrize("name", ["Nader Quellabi", "Tamer Varnouti", "Anwar Tarsel"])
def test_more_arabic_given_names_make_a_person(name: str) -> None:
    assert draft_kind_names(f"{name} was sanctioned on Monday.").get(name) == "person"


def test_the_exchequer_inside_a_title_is_no_draft() -> None:
    kinds = draft_kind_names("Relations between Chancellor of the Exchequer Ilse Varnholt and the PM are good.")
    assert kinds.get("Ilse Varnholt") == "person" and "Exchequer" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Senior BOJ officials have said markets were too negative.", "BOJ"),
        ("Senior Tarnby Council planners met on Monday.", "Tarnby Council"),
    ],
)
def test_a_career_qualifier_before_a_bodys_staff_is_no_part_of_its_name(text: str, body: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(body) == "organization" and not [n for n in kinds if n.startswith("Senior")], kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Duma voted on Friday to approve the budget.", "Duma"),
        ("The Rada passed the law on Tuesday.", "Rada"),
    ],
)
def test_a_parliament_known_by_its_one_word_is_a_body(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Steaua Bucharest won the title on Sunday.", "Steaua Bucharest"),
        ("Quellmowi Scotland said salmon prices fell.", "Quellmowi Scotland"),
    ],
)
def test_a_coined_word_then_a_large_place_is_a_body(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Abu Ibrahim on Monday.",
        "He was a student of the master bombmaker Abu Ibrahim.",
    ],
)
def test_a_father_named_by_his_sons_given_name_is_a_person(text: str) -> None:
    assert draft_kind_names(text).get("Abu Ibrahim") == "person"


def test_abu_before_no_given_name_is_no_person() -> None:
    kinds = draft_kind_names("He flew from Abu Dhabi to Tarnby on Monday.")
    assert kinds.get("Abu Dhabi") == "place", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police said Kim Do-hoon scored twice.", "Kim Do-hoon"),
        ("Kim Do Hoon opened the scoring for South Korea in the fifth minute.", "Kim Do Hoon"),
    ],
)
def test_a_korean_given_names_syllable_do_is_no_verb(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "party", "letters"),
    [
        (
            "The ruling Czech Civic Democratic Party (ODS) met. ODS deputies said so.",
            "Czech Civic Democratic Party",
            "ODS",
        ),
        (
            "The Spanish Socialist Workers' Party (PSOE) won. The PSOE said so.",
            "Spanish Socialist Workers' Party",
            "PSOE",
        ),
    ],
)
def test_a_party_named_by_its_peoples_adjective_keeps_its_own_languages_letters(
    text: str, party: str, letters: str
) -> None:
    extraction = extract(text, None, [], set(), "test-drafts")
    drafts = {d.name: d for d in extraction.actors}
    assert letters in drafts[party].aliases and letters not in drafts, drafts


@pytest.mark.parametrize(
    "text",
    [
        "The Irish Republican Army declared a ceasefire.",
        "A woman was charged after three Irish Republican Army mortar bombs were found in a house.",
    ],
)
def test_a_force_named_with_a_peoples_adjective_and_a_partys_word_stays_whole(text: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get("Irish Republican Army") == "armed_force" and "Republican Army" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The local association Quellvar Atsimo organised talks with herders.", "Quellvar Atsimo"),
        ("The NGO Quellvar organised talks with herders.", "Quellvar"),
    ],
)
def test_a_name_after_a_bodys_noun_is_a_body(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "organization"


def test_a_region_written_with_a_hyphen_stays_a_place() -> None:
    kinds = draft_kind_names("Clashes broke out in Gorno-Badakhshan on Monday.")
    assert kinds.get("Gorno-Badakhshan") == "place", kinds


def test_two_words_of_open_syllables_joined_by_a_hyphen_are_no_person() -> None:
    kinds = draft_kind_names("The stopbank in Manawatu-Rangitikei was upgraded after the flood.")
    assert kinds.get("Manawatu-Rangitikei") != "person", kinds


def test_a_compass_adjective_before_its_noun_is_no_place() -> None:
    kinds = draft_kind_names("Forecasts for colder weather in Northeastern markets raised concerns.")
    assert "Northeastern" not in kinds, kinds


def test_a_compass_adjective_before_a_state_is_part_of_it() -> None:
    kinds = draft_kind_names("He lives in Northeastern Nigeria.")
    assert kinds.get("Northeastern Nigeria") == "place", kinds


def test_a_lands_institute_of_technology_is_a_body() -> None:
    kinds = draft_kind_names("Virginia Tech quarterback Tom Varnholt threw two touchdowns.")
    assert kinds.get("Virginia Tech") == "organization", kinds
