"""A town the gazetteer knows only by another spelling, with no word around it that says "place": kept on a
page about its country, never on one that names nothing of it, and a firm when it is listed with firms."""

from __future__ import annotations

from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kinds, drafts_and_links


def test_another_spelling_of_a_town_is_the_town_on_a_page_that_names_its_country() -> None:
    # "Tongi" is the gazetteer's Tungi, Bangladesh
    kinds = draft_kinds("Garment workers in Bangladesh walked out. Police said Tongi saw the largest crowds.")
    assert kinds.get("Tongi") is ActorKind.place, kinds


def test_a_country_the_workspace_knows_counts_when_the_page_names_it() -> None:
    # "Dunholm" is a spelling of Durham; "UK" links to the known United Kingdom instead of being drafted
    known = [Actor(id="united-kingdom", name="United Kingdom", kind=ActorKind.state, aliases=["UK"])]
    text = "Police said Dunholm saw the largest crowds, and officers across the UK were on alert."
    drafts, links = drafts_and_links(text, known)
    assert "Dunholm" in drafts and links.get("UK") == "united-kingdom", (drafts, links)


def test_another_spelling_of_a_town_abroad_is_no_place_on_a_page_that_names_nothing_of_its_country() -> None:
    kinds = draft_kinds("Garment workers walked out. Police said Tongi saw the largest crowds.")
    assert "Tongi" not in kinds, kinds
    # "Vane" is a spelling of Vanier, Canada
    kinds = draft_kinds("The folk duo Ashby and Vane played on Sunday in Bristol.")
    assert kinds.get("Vane") is not ActorKind.place, kinds


def test_another_spelling_of_a_town_listed_with_a_place_is_the_town() -> None:
    # "al-Tal" is a spelling of At Tall, Syria, which the page does not name; the list makes it a place
    kinds = draft_kinds("Some 3,000 families live in the al-Tal and Varbek camps near the border.")
    assert kinds.get("al-Tal") is ActorKind.place, kinds


def test_another_spelling_of_a_town_listed_with_firms_is_a_firm() -> None:
    # "Bose" is a spelling of Baise, China, which the page's Dongguan puts in reach
    kinds = draft_kinds("The phone, assembled in Dongguan, will compete with Sony and Bose.")
    assert kinds.get("Bose") is ActorKind.organization, kinds
