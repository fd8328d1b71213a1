"""Round lead35: names the independent gold sets (wikigold, CoNLL-2003) showed missing, cut or of the wrong kind."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names, spelling_kind_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Commuters crowded the Washington Metro on Monday after the storm.", "Washington Metro"),
        ("The Delhi Metro opened a new line to the airport last week.", "Delhi Metro"),
        ("Ridership on the New York City Subway fell during the strike.", "New York City Subway"),
        ("The London Underground closed three stations on Friday.", "London Underground"),
    ],
)
def test_a_citys_underground_railway_is_a_body(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "organization", draft_kind_names(text)


def test_the_railways_word_alone_still_names_a_paper() -> None:
    drafts = draft_kind_names("She read the Metro newspaper on the train to work every morning.")
    assert drafts.get("Metro") == "media", drafts


def test_a_railways_word_after_a_town_of_another_name_makes_no_body() -> None:
    # "Pedro" is a word of "San Pedro" in the gazetteer, not a town's own name: a person called Metro.
    drafts = draft_kind_names("The striker Pedro Metro scored twice for the visitors on Sunday.")
    assert drafts.get("Pedro Metro") != "organization", drafts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Flooding hit Metro Manila on Monday and schools closed.", "Metro Manila"),
        ("Schools across Metro Vancouver closed for the snow.", "Metro Vancouver"),
        ("Fog covered the San Francisco Bay Area on Monday morning.", "San Francisco Bay Area"),
        ("Traffic in the Washington Metropolitan Area slowed to a crawl.", "Washington Metropolitan Area"),
    ],
)
def test_a_city_and_the_towns_around_it_are_one_place(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "place", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Fields before "and", then a body's head five words on.
        (
            "Delegates negotiated a Deep and Comprehensive Free Trade Area with Ukraine.",
            "Deep and Comprehensive Free Trade Area",
            "organization",
        ),
        # A region opens the body's name: its compass word is a place's head, not one that closes a body.
        (
            "The Middle East Peace and Security Initiative funded the study.",
            "Middle East Peace and Security Initiative",
            "organization",
        ),
    ],
)
def test_a_bodys_name_goes_on_through_its_and(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind, draft_kind_names(text)


def test_a_region_then_and_then_another_region_are_two_places() -> None:
    drafts = draft_kind_names("Floods hit the Middle East and North Africa in May, officials said.")
    assert drafts.get("Middle East") == "place", drafts
    assert drafts.get("North Africa") == "place", drafts


def test_two_compass_points_of_one_land_stay_one_place() -> None:
    drafts = draft_kind_names("Troops left West and Central Africa after the accord was signed.")
    assert drafts.get("West and Central Africa") == "place", drafts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shops on King Street closed early because of the march.", "King Street"),
        ("Crowds filled Queen Street on Sunday for the parade.", "Queen Street"),
        ("Voters in King County backed the levy by a wide margin.", "King County"),
        ("The research ship reached King George Island in January.", "King George Island"),
        ("Voters in Prince William County backed the levy on Tuesday.", "Prince William County"),
    ],
)
def test_a_royal_title_opening_a_street_or_a_land_is_part_of_its_name(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "place", draft_kind_names(text)


def test_a_royal_title_before_a_name_still_makes_a_person() -> None:
    drafts = draft_kind_names("On Monday, King Charles opened the new hospital wing.")
    assert drafts.get("Charles") == "person", drafts


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Reading Railroad bought the line in 1896.", "Reading Railroad", "organization"),
        ("Union Pacific Railroad cut two thousand jobs.", "Union Pacific Railroad", "organization"),
        ("Carnival Cruise Lines cancelled the trip after the outbreak.", "Carnival Cruise Lines", "organization"),
        ("He reviewed books for the Times Literary Supplement for years.", "Times Literary Supplement", "media"),
        ("Southern Cross Broadcasting bought the station in 2001.", "Southern Cross Broadcasting", "media"),
        ("The band played the Shrine Auditorium in 1998.", "Shrine Auditorium", "place"),
    ],
)
def test_heads_of_firms_papers_and_halls(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind, draft_kind_names(text)


@pytest.mark.parametrize("city", ["Boston", "Amsterdam", "Leeds", "Geneva", "Liverpool"])
def test_a_known_towns_own_name_after_a_verb_of_places_is_the_town(city: str) -> None:
    drafts = draft_kind_names(f"The foreign minister visited {city} on Monday for talks on trade.")
    assert drafts.get(city) == "place", drafts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A town named by a common word, a given name or a family name needs more than the verb.
        ("The foreign minister visited Austin on Monday for talks on trade.", "Austin"),
        ("The foreign minister visited Hamilton on Monday for talks on trade.", "Hamilton"),
        ("The foreign minister visited Reading on Monday for talks on trade.", "Reading"),
    ],
)
def test_a_verb_of_places_alone_does_not_make_a_name_that_is_also_a_word_or_a_persons_a_town(
    text: str, word: str
) -> None:
    assert draft_kind_names(text).get(word) != "place", draft_kind_names(text)


def test_a_listed_firm_after_a_verb_of_places_stays_the_firm() -> None:
    drafts = draft_kind_names("The foreign minister visited Toyota on Monday for talks on trade.")
    assert drafts.get("Toyota") == "organization", drafts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voters in Orleans Parish went to the polls on Saturday.", "Orleans Parish"),
        ("The old church stands in Hanved Parish, near the border.", "Hanved Parish"),
        ("Humberstone Township was surveyed by the crown in 1790.", "Humberstone Township"),
    ],
)
def test_a_parish_or_a_township_is_a_place(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "place", draft_kind_names(text)


def test_a_parish_council_stays_a_body() -> None:
    drafts = draft_kind_names("The Tarnby Parish Council met on Monday to discuss the new road.")
    assert drafts.get("Tarnby Parish Council") == "organization", drafts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Penny Wong met her Indonesian counterpart Retno Marsudi in Bali on Monday.", "Retno Marsudi"),
        ("The envoy later spoke with his counterpart Tomas Quellvar by phone.", "Tomas Quellvar"),
        ("The outgoing chief said her successor Oskar Vellin would start in May.", "Oskar Vellin"),
    ],
)
def test_a_counterpart_or_a_successor_named_without_commas_is_a_person(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "person", draft_kind_names(text)


def test_two_named_areas_joined_by_and_stay_two_places() -> None:
    # Five words after "and" are read only after one word alone: here a whole name stands before "and".
    text = "The forces trained at the Mount Bundey Training Area and Bradshaw Field Training Area last month."
    drafts = draft_kind_names(text)
    assert drafts.get("Mount Bundey Training Area") == "place", drafts
    assert drafts.get("Bradshaw Field Training Area") == "place", drafts


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The Australian Ambassador to the Philippines, Hae Kyong Yu, opened the school.",
            "Australian Ambassador to the Philippines",
        ),
        ("Our Ambassador to Laos attended the ceremony in Vientiane.", "Ambassador to Laos"),
    ],
)
def test_an_ambassadors_land_in_the_plural_makes_no_firm(text: str, post: str) -> None:
    # "Philippines" reads as an everyday plural; a post's remit after "to" is no firm's name.
    drafts = spelling_kind_names(text)
    assert drafts.get(post) == "person", drafts
    assert not any(name.startswith("to ") for name in drafts), drafts


def test_a_bank_named_metro_is_no_citys_railway_or_region() -> None:
    # A village called Bank is too small to have a metro: "Metro Bank" is the bank's own name.
    drafts = draft_kind_names("Savers moved their money to Metro Bank last year after the rate rise.")
    assert drafts.get("Metro Bank") == "organization", drafts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The firm owned 60 rowhouses in the Sandtown-Winchester and Harlem Park neighborhoods last year.",
            ("Sandtown-Winchester", "Harlem Park"),
        ),
        (
            "The league is sponsored by Maelor Scaffolding and Acton Park Taxis this season.",
            ("Maelor Scaffolding", "Acton Park Taxis"),
        ),
    ],
)
def test_a_park_after_and_joins_no_two_places_or_firms(text: str, names: tuple[str, ...]) -> None:
    drafts = draft_kind_names(text)
    assert all(name in drafts for name in names), drafts
