"""Round lead33: what an independent gold set of Wikipedia articles (wikigold) showed: the states, provinces and
counties English news names bare are places with no preposition before them."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("California passed a new privacy law on Tuesday after a long debate.", "California"),
        ("Texas sued the federal government over the border rules this week.", "Texas"),
        ("The senator represents Queensland and has campaigned there for years.", "Queensland"),
        ("Voters in Cornwall backed the plan on Thursday, as did Essex.", "Essex"),
        ("The firm has sales offices in states such as California, Utah, and Arizona.", "California"),
        ("The firm has sales offices in states such as California, Utah, and Arizona.", "Arizona"),
    ],
)
def test_a_region_english_news_names_bare_needs_no_preposition(text: str, region: str) -> None:
    assert draft_kind_names(text).get(region) == "place", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Highland (a Scottish council area) is an ordinary word too: "highlands" is in use.
        ("Highland cattle were sold at the market on Monday for record prices.", "Highland"),
        # Alberta is a given name as well as a province: it still needs a place's support.
        ("Alberta said she would sell the farm before the winter came.", "Alberta"),
    ],
)
def test_a_region_named_by_an_ordinary_word_or_a_given_name_still_needs_support(text: str, word: str) -> None:
    assert draft_kind_names(text).get(word) != "place", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Louis XVI's finance minister was a banker from Geneva.", "Louis XVI"),
        ("Henry VIII built the palace on the river in the 1530s.", "Henry VIII"),
        ("The treaty was signed by Mohammed VI and the French president.", "Mohammed VI"),
    ],
)
def test_a_given_name_and_a_monarchs_number_is_a_person(text: str, person: str) -> None:
    assert draft_kind_names(text).get(person) == "person", draft_kind_names(text)


def test_a_numbered_war_is_no_person() -> None:
    assert "person" not in draft_kind_names("World War II ended in 1945 after six years of fighting.").values()


def test_a_given_name_and_a_full_name_joined_by_and_are_a_couple() -> None:
    kinds = draft_kind_names("The lawsuit was filed by her parents, Daniel and Nettora Quillby, in the county court.")
    assert kinds.get("Nettora Quillby") == "person", kinds


def test_a_place_after_a_given_name_and_and_stays_a_place() -> None:
    kinds = draft_kind_names("Talks between Jordan and Saudi Arabia ended without a deal on Friday.")
    assert kinds.get("Saudi Arabia") == "state", kinds


def test_a_kin_by_marriage_before_a_comma_makes_a_person() -> None:
    kinds = draft_kind_names("The firm was founded by Luigi Carvelli and his brother-in-law, Agenor Pottello, in 1898.")
    assert kinds.get("Agenor Pottello") == "person", kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A name a land's word ends ("West") in a list of persons' full names is one too.
        ("Guests included Jamie Foxley, Paris Hilton, Tom Bradwell, Kanyo West and many more stars.", "Kanyo West"),
        # A single family name among the full names does not break the list.
        (
            "Guests have included Hogan, Don Maitz, Michael Whelan, Arto Widnell, Barry Longyear and David Brin.",
            "Arto Widnell",
        ),
    ],
)
def test_a_full_name_listed_with_persons_full_names_is_a_person(text: str, person: str) -> None:
    assert draft_kind_names(text).get(person) == "person", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("However, Dou Jiande delayed, and when he finally arrived the city had fallen.", "Dou Jiande"),
        ("Kory Lichtenwald was named a finalist for the Rimington Trophy. He started every game.", "Kory Lichtenwald"),
    ],
)
def test_a_subject_he_or_she_takes_up_is_a_person(text: str, person: str) -> None:
    assert draft_kind_names(text).get(person) == "person", draft_kind_names(text)


@pytest.mark.parametrize(
    "text",
    [
        # "it" takes up a firm or a town, not "he"; and another name between takes the pronoun.
        "Tarvel Quimby was founded in 1901 by farmers. It grew fast.",
        "Tarvel Quimby was fined, and Anna Lindqvist said she would appeal.",
    ],
)
def test_a_name_no_he_or_she_takes_up_stays_unexplained(text: str) -> None:
    assert draft_kind_names(text).get("Tarvel Quimby") != "person", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Frederick ruled Prussia for forty years before the war.", "Prussia"),
        ("He was born in Ceylon and later moved to Persia with his family.", "Persia"),
        ("She fled Nazi Germany in 1938 and settled in London.", "Nazi Germany"),
    ],
)
def test_a_state_of_history_is_a_state(text: str, state: str) -> None:
    assert draft_kind_names(text).get(state) == "state", draft_kind_names(text)


def test_a_land_of_history_is_a_place() -> None:
    kinds = draft_kind_names("Traders from Gaul crossed into Bohemia and Silesia with salt.")
    assert [kinds.get(land) for land in ("Gaul", "Bohemia", "Silesia")] == ["place"] * 3, kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Frederick the Great ruled the kingdom for forty-six years.", "Frederick the Great"),
        ("William the Conqueror landed in England in 1066.", "William the Conqueror"),
    ],
)
def test_a_given_name_and_an_epithet_is_one_person(text: str, person: str) -> None:
    assert draft_kind_names(text).get(person) == "person", draft_kind_names(text)


def test_the_and_an_ordinary_word_after_a_given_name_is_no_epithet() -> None:
    kinds = draft_kind_names("Then the great flood came, and Mark the great man said no more about it.")
    assert not any(name.startswith("Mark the") for name in kinds), kinds


def test_major_before_league_is_no_rank() -> None:
    kinds = draft_kind_names("He was drafted by Major League Baseball and Major Tom Varnell said he was proud.")
    assert kinds.get("Major League Baseball") == "organization", kinds
    assert kinds.get("Tom Varnell") == "person", kinds


def test_a_field_of_study_after_in_is_no_place() -> None:
    kinds = draft_kind_names("She won the Nobel Prize in Physiology and holds a master's in Biochemistry from Tarvel.")
    assert "Physiology" not in kinds and "Biochemistry" not in kinds, kinds


def test_a_body_named_for_a_field_keeps_its_field() -> None:
    kinds = draft_kind_names("He taught at the Institute of Biochemistry in Tarvel for ten years.")
    assert kinds.get("Institute of Biochemistry") == "organization", kinds


def test_a_transcripts_speaker_in_capitals_is_no_kicker() -> None:
    kinds = draft_kind_names(
        "QUESTION: Did you discuss the ceasefire?\n\nSECRETARY BAKER: We talked about the situation at length.\n\n"
        "MR PARKER: Thanks, everybody."
    )
    assert kinds.get("BAKER") == "person" and kinds.get("PARKER") == "person", kinds


def test_a_meteor_shower_is_no_ruling_house() -> None:
    kinds = draft_kind_names("Skywatchers hope to see the Geminids, which bring up to 120 meteors an hour this week.")
    assert kinds.get("Geminids") != "organization", kinds


def test_a_ruling_house_in_the_plural_stays_a_body() -> None:
    kinds = draft_kind_names("He took the fortress from the Sajids in 914 after a long siege.")
    assert kinds.get("Sajids") == "organization", kinds


def test_a_family_name_after_a_nickname_shares_it_with_no_one_after_and() -> None:
    kinds = draft_kind_names('The film starred Dwayne "The Rock" Johnson and Kevin Hartley in the lead roles.')
    assert "Johnson Hartley" not in kinds and kinds.get("Kevin Hartley") == "person", kinds
