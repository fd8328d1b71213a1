"""Round lead26: partners' names listed before a partnership's form, and extract()'s speed work kept exact."""

from __future__ import annotations

import pytest

from dossier.ingest.names import slug
from dossier.sanitize import one_line
from tests.unit.ingest_helpers import draft_found_by, draft_kind_names


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # family names listed with commas, the last after "and" or "&", then the partnership's form
        ("The claim was brought by Pryor, Bell and Kaur LLP for the tenants.", "Pryor, Bell and Kaur LLP"),
        ("The buyer was advised by Wendt, Garrow & Oakes LLP in London.", "Wendt, Garrow & Oakes LLP"),
        ("Lawyers at Harnby, Oakes & Pell Solicitors said the appeal would go on.", "Harnby, Oakes & Pell Solicitors"),
        # "& Co": the company is the last of the partners
        ("The bonds were placed by Tarnow, Quell, Varn & Co last week.", "Tarnow, Quell, Varn & Co"),
    ],
)
def test_partners_listed_before_a_partnership_form_are_one_firm(text: str, firm: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(firm) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # people listed with "and" are people; a body's remit after "&" stays the body's
        ("The deal was led by Ilse Varn, Tom Bell and Dana Kaur of Kaur LLP.", {"Ilse Varn", "Tom Bell", "Dana Kaur"}),
        ("The panel heard from Pryor, Bell and Kaur on Monday.", set()),
    ],
)
def test_names_listed_with_and_and_no_partnership_form_stay_apart(text: str, names: set[str]) -> None:
    kinds = draft_kind_names(text)
    assert names <= set(kinds), kinds
    assert not any(", " in name for name in kinds), kinds


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [
        ("Talks in Minsk", 40, "Talks in Minsk"),
        ("Talks in Minsk on the border crossing", 12, "Talks in Mi…"),
        # wide characters take two columns, so fewer of them fit before the ellipsis
        ("明斯克会谈在边境举行", 9, "明斯克会…"),
        ("Gespräche in Minsk über die Grenze", 16, "Gespräche in Mi…"),
    ],
)
def test_a_title_is_cut_to_its_columns(text: str, limit: int, cut: str) -> None:
    assert one_line(text, limit) == cut


def test_a_long_title_gives_the_slug_of_its_head() -> None:
    sentence = "Лукашенко встретился с делегацией в Минске " * 40
    assert slug(sentence) == "lukashenko-vstretilsya-s-delegatsiey-v-minske"
    assert slug("Ярославль", 5) == "yaros"


@pytest.mark.parametrize(
    ("text", "name", "land"),
    [
        # a region's name that only a little-known town abroad also has is the region
        ("Police in Kent said the road near Maidstone would stay closed.", "Kent", "United Kingdom"),
        ("The minister flew to Bali for the summit and then to Goa.", "Bali", "Indonesia"),
        ("The minister flew to Bali for the summit and then to Goa.", "Goa", "India"),
        ("The vote in Westminster was put off until next week.", "Westminster", "United Kingdom"),
        ("Floods hit Victoria and New South Wales as the rain went on.", "Victoria", "Australia"),
        # the town is still read where the page places it in its land
        ("Tessa Brannock moved to Ontario, California, to work at the airport.", "Ontario", "United States"),
        # a town known around the world keeps its name over a region of another land
        ("Aid lorries waited at the crossing into Gaza on Monday.", "Gaza", "Palestinian Territory"),
        ("Dara Quell studied in Granada before moving to Madrid.", "Granada", "Spain"),
    ],
)
def test_a_region_s_name_is_the_region_unless_a_town_known_abroad_holds_it(text: str, name: str, land: str) -> None:
    found_by = draft_found_by(text)
    assert f"gazetteer: {name}, {land}" in found_by.get(name, ""), found_by


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ontario's premier announced new money for hospitals on Tuesday.", "Ontario"),
        ("The plan was backed by Tasmania's premier and two mayors.", "Tasmania"),
    ],
)
def test_a_land_before_its_head_in_the_possessive_is_a_place(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "place"


def test_a_person_s_possessive_before_a_post_is_no_place() -> None:
    assert "Smith" not in draft_kind_names("Smith's mayor quit on Monday.")


def test_a_region_s_name_is_the_town_abroad_on_a_page_of_the_town_s_land() -> None:
    # the page keeps naming British Columbia and nothing of England or Australia
    text = (
        "The legislature in Victoria passed the housing bill after a long debate. British Columbia will build more. "
        "Surrey Mayor Ada Quell said the city needed new pipes. Towns across British Columbia asked for money."
    )
    found_by = draft_found_by(text)
    assert "gazetteer: Surrey, Canada" in found_by.get("Surrey", ""), found_by
    assert "gazetteer: Victoria, Canada" in found_by.get("Victoria", ""), found_by


def test_a_place_named_with_a_people_s_word_stays_whole_after_a_capital_the() -> None:
    kinds = draft_kind_names("The British Columbia legislature passed the bill late on Wednesday.")
    assert kinds == {"British Columbia": "place"}
