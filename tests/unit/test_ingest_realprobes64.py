"""Rules found on the en63 real-style pages (town paper, trade site, courts, sport, wires, science), on
invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.bylines import byline_outlets, byline_persons
from dossier.ingest.extract import extract
from dossier.ingest.service import ingest_file
from dossier.model import Actor, ActorKind
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("author", "persons", "outlets"),
    [
        ("By Lorcan Vesey-Strand, Nordische Presse Dienst", ["Lorcan Vesey-Strand"], ["Nordische Presse Dienst"]),
        ("Staff and The Tarnby Press", [], ["The Tarnby Press"]),
        ("Ysolde Marrin, Varnish Valley Herald", ["Ysolde Marrin"], ["Varnish Valley Herald"]),
        ("Ysolde Marrin, Senior News Editor", ["Ysolde Marrin"], []),
    ],
)
def test_an_outlet_beside_the_reporter_in_a_byline_is_no_person(
    author: str, persons: list[str], outlets: list[str]
) -> None:
    assert byline_persons(author) == persons
    assert byline_outlets(author) == outlets


def test_a_bylines_outlet_is_drafted_as_media(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="en"><head><title>Ferry fares rise</title>'
        '<meta property="og:site_name" content="Tollerby Gazette"></head><body><article>'
        "<h1>Ferry fares rise again</h1>"
        '<p class="byline">By Imelda Crosswaite-Obi, Ostmark Rundfunk</p>'
        "<p>Fares on the Tollerby ferry will rise by 8% from April, the operator Kestrel Crossings said on Monday. "
        "Regular passengers said the rise was the third in two years and asked the council to step in.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    kinds = {actor.name: actor.kind for actor in load_workspace(root).actors.values()}
    assert kinds.get("Imelda Crosswaite-Obi") is ActorKind.person
    assert kinds.get("Ostmark Rundfunk") is ActorKind.media


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Second Selectman Dorian Vasquez-Hale said the town would vote in May.", "Dorian Vasquez-Hale"),
        ("The chair of the traders' union, Alhaji Musa Idrissou-Kane, called for calm.", "Musa Idrissou-Kane"),
        ("Garda Ciara Mulvihill told the court the accused had fled.", "Ciara Mulvihill"),
    ],
)
def test_a_title_or_rank_before_a_name_is_no_part_of_it(text: str, person: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(person) is ActorKind.person
    assert not any(name.endswith(person) and name != person for name in kinds)


def test_the_forces_word_alone_stays_in_its_bodies() -> None:
    kinds = draft_kinds(
        "The Garda Regional Fraud Bureau and the Garda Press Office said inquiries were continuing.", language="en"
    )
    assert "Garda Regional Fraud Bureau" in kinds


def test_a_known_persons_given_name_does_not_take_a_look_alikes_full_name() -> None:
    known = [Actor(id="ilse-varnholm", name="Ilse Varnholm", kind=ActorKind.person, aliases=["ILSE"])]
    extraction = extract(
        "Ilse Varnholms, the council's finance chief, said the budget was tight.", None, known, set(), "t"
    )
    assert "Ilse Varnholms" in {draft.name for draft in extraction.actors}
    assert "Varnholms" not in {draft.name for draft in extraction.actors}


@pytest.mark.parametrize(
    "text",
    [
        "The Minister for Rural Consumers said the levy would go.",
        "The province's Minister of Water Management said the dam was safe.",
    ],
)
def test_a_ministers_portfolio_of_everyday_words_names_no_body(text: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert not any(kind is ActorKind.organization for kind in kinds.values()), kinds


def test_a_body_after_a_secretarys_title_is_still_named() -> None:
    kinds = draft_kinds("The Secretary of the Varnish Workers Party said the strike would go on.", language="en")
    assert kinds.get("Varnish Workers Party") is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("TARNSDALE, N.S. — Crews restored power to most homes on Sunday.", "Nova Scotia"),
        ("Ferry fares in B.C. will rise by 4% next spring, the operator said.", "British Columbia"),
    ],
)
def test_a_province_written_with_dots_is_the_province(text: str, place: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(place) is ActorKind.place, kinds
    assert not any(kind is ActorKind.organization for kind in kinds.values()), kinds


def test_letters_with_dots_after_a_year_are_an_era() -> None:
    assert draft_kinds("The hill fort was built around 450 B.C. by farmers.", language="en") == {}


def test_a_state_named_only_as_the_field_of_a_ranking_is_no_draft() -> None:
    kinds = draft_kinds("Harlowmere, one of the UK's biggest builders' merchants, cut 300 jobs.", language="en")
    assert "United Kingdom" not in kinds


def test_a_state_named_elsewhere_too_is_kept() -> None:
    text = "Harlowmere, the UK's third-largest builders' merchant, cut jobs. Its stores across the UK stay open."
    assert draft_kinds(text, language="en").get("United Kingdom") is ActorKind.state


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Sales fell as discounters Brisko and Tallow took market share.", ["Brisko", "Tallow"]),
        ("Debts were passed to the debt collector Varnell Recoveries last year.", ["Varnell Recoveries"]),
    ],
)
def test_firms_after_their_trade_noun(text: str, firms: list[str]) -> None:
    kinds = draft_kinds(text, language="en")
    assert all(kinds.get(firm) is ActorKind.organization for firm in firms), kinds


def test_a_currencys_letters_before_the_cedi_sign_name_no_body() -> None:
    kinds = draft_kinds("Growers in Tarnvale will be paid GH¢2,140 a bag, and traders GH₵90 more.", language="en")
    assert "GH" not in kinds


def test_a_football_page_known_by_its_disposals_reads_nicknames_as_clubs() -> None:
    text = (
        "Tarnby survived a late surge to win by two points and stay in the top eight.\n\n"
        "Midfielder Orrin Vasse had 29 disposals, and defender Cal Brandt kept the opposition quiet.\n\n"
        "Elsewhere, the Herons thumped the Kestrels 98-41 at Varnish Oval."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Kestrels") is ActorKind.organization, kinds


def test_a_lake_by_its_name_is_a_place_and_a_person_named_lake_is_a_person() -> None:
    kinds = draft_kinds(
        "An evacuation order was lifted near Tamsin Lake on Sunday. Resident Delphine Lake said she was relieved.",
        language="en",
    )
    assert kinds.get("Tamsin Lake") is ActorKind.place, kinds
    assert kinds.get("Delphine Lake") is ActorKind.person, kinds


def test_the_source_of_data_or_figures_is_a_body_and_a_known_town_stays_a_place() -> None:
    kinds = draft_kinds(
        "According to data from Quorvex, rents rose 6%. Figures from Leeds showed a fall.", language="en"
    )
    assert kinds.get("Quorvex") is ActorKind.organization, kinds
    assert kinds.get("Leeds") is ActorKind.place, kinds
