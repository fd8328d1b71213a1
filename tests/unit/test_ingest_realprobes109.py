"""Round realprobes109 (batch en109): rules found on invented pages of a regulator's enforcement notice, a match
report with line-ups and a transfer talk sidebar, a council meeting report, an outage post-mortem, a charity appeal
and an election night results page: seats won, held or lost, a councillor's ward alone in brackets, an elected house
before "election", a firm in a role only firms play, a Crown department in a list, a sidebar told in sentences,
substitutes' minutes, a maker's family of products, a paper's own appeal, related headlines' second town."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from dossier.ingest.extract_text import read_document
from tests.unit.ingest_helpers import draft_kinds, related_headline_places


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


def _page_text(page: str) -> str:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "page.html"
        path.write_text(page, "utf-8")
        return read_document(path).text


_RESULTS = (
    "Labour has held Leeds Kirkstall and Bristol Harbourside but lost Dundee Tayside to the SNP, with 30 of 64 "
    "constituencies declared."
)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a seat named for its town, held, won or lost on a page about seats (the second of a list too)
        (_RESULTS, "Leeds Kirkstall", "place"),
        (_RESULTS, "Bristol Harbourside", "place"),
        (_RESULTS, "Dundee Tayside", "place"),
        # a councillor's ward alone in the brackets after the name
        (
            "The vote was chaired by Cllr Margaret Tarrant-Oyelaran (Heaton Moor South). It passed by 40 votes.",
            "Heaton Moor South",
            "place",
        ),
        # a town before its count, on a page about seats
        (
            "Fog held up the boxes, and the Hamilton count was suspended, with 20 of 73 constituencies declared.",
            "Hamilton",
            "place",
        ),
        # a cloud firm's letters before a city and "region": the city is the place
        ("Our servers ran in the GCP Frankfurt region until May.", "Frankfurt", "place"),
        # an elected house before "election": the house, no place
        ("Northland Assembly election results: seat by seat", "Northland Assembly", "organization"),
        ("Polls opened for the Tarnby Council elections on Thursday.", "Tarnby Council", "organization"),
        # a town before a broker's noun: where the firm is based
        ("Between 2021 and 2024 the Sheffield broker opened 6,000 accounts.", "Sheffield", "place"),
        # a role only a firm plays for another, in apposition: a firm, whatever given name opens its name
        ("Its auditor, Craig Pellowe, flagged the backlog in 2022.", "Craig Pellowe", "organization"),
        # a Crown department's "and" inside a list, where the list's own "and" follows it
        (
            "It worked with the Pensions Regulator, HM Revenue and Customs and the Serious Fraud Office on the case.",
            "HM Revenue and Customs",
            "organization",
        ),
        # a public service's body named for the land it serves, its "for" inside the name
        (
            "The council asked Transport for Greater Manchester to restore the bus.",
            "Transport for Greater Manchester",
            "organization",
        ),
        ("Trains were run by Transport for Wales until May.", "Transport for Wales", "organization"),
        # a coined word owning a firm's service: the firm, opening a sentence too
        (
            "The checks failed. Tarvello, whose scoring sits in the path, was blamed. Tarvello's service ran normally.",
            "Tarvello",
            "organization",
        ),
    ],
)
def test_names_and_kinds(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a firm's insurer named like a person stays the firm (read so before this round too)
        ("Their insurer, Dean Harcastle, refused to pay.", "Dean Harcastle", "organization"),
        # a lawyer named like a person stays a person: no role only firms play
        ("Her lawyer, Craig Pellowe, said no.", "Craig Pellowe", "person"),
        # a party alone in a councillor's brackets stays the party (a ward has its compass word last)
        ("Cllr Mary Quinlan (Fianna Fáil) spoke against it.", "Fianna Fáil", "organization"),
        # a hospice the paper's appeal is for stays the hospice
        ("Our Tarnby Hospice appeal closes on Friday.", "Tarnby Hospice", "organization"),
        # two outlets sharing a town's word are no products
        ("The Quellmoor Herald and the Quellmoor Gazette merged in May.", "Quellmoor Herald", "media"),
        # a firm whose word also owns things ("Ousterley's director") keeps its two-word name
        (
            "Varnholt Lines added a call. The ship Varnholt Harbour sails weekly. Varnholt's director, Ann Quell, said "
            "so.",
            "Varnholt Lines",
            "organization",
        ),
    ],
)
def test_guards_that_stay_apart(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


_OUTAGE = (
    "About 38% of requests sent to Tarnquist Checkout failed. Tarnquist Ledger and payouts were not affected. "
    "Chart: Tarnquist/Datadog."
)


def test_a_makers_family_of_products() -> None:
    # a coined word before two ordinary nouns names a maker's products (no place, no outlet), and the maker alone
    # is the firm
    kinds = _kinds(_OUTAGE)
    assert "Tarnquist Checkout" not in kinds, kinds
    assert "Tarnquist Ledger" not in kinds, kinds
    assert kinds.get("Tarnquist") == "organization", kinds


def test_a_papers_own_appeal_is_no_body() -> None:
    # "Our Safe Homes appeal": the paper's own campaign, ordinary words, though "Homes" ends bodies' names
    text = "Safe Homes appeal passes £90,000. Our Safe Homes appeal has raised £90,120 in three weeks."
    assert "Safe Homes" not in _kinds(text), _kinds(text)


_LINE_UPS = (
    "Tarnby Rovers won the match 2-1 with a goal in the second half and a late penalty after a foul on the striker. "
    "The league leaders scored first.\n"
    "Tarnby Rovers: Kyle Marrow-Osei; Ollie Pentreath (Finn Adewale-Ross 78), Sami Blackmore; "
    "Reuben Quarrie (Matty Okafor-Lund 70)."
)


@pytest.mark.parametrize("name", ["Finn Adewale-Ross", "Matty Okafor-Lund"])
def test_substitutes_in_brackets_with_their_minute(name: str) -> None:
    # a substitute's name and the minute he came on, no model's number
    assert _kinds(_LINE_UPS).get(name) == "person", _kinds(_LINE_UPS)


def test_a_sidebar_told_in_sentences_is_read() -> None:
    page = (
        "<html><body><article><h1>Tarnby win</h1><p>Tarnby Rovers beat Quellford Town 2-1 on Saturday in the league."
        "</p><aside class='rumours'><h3>Transfer talk</h3>"
        "<p>Plymouth Argyle are weighing up a January bid for the winger, whose contract ends in the summer.</p>"
        "<p>Swansea City have sent scouts to watch the striker three times this season, and others are keen.</p>"
        "</aside></article></body></html>"
    )
    text = _page_text(page)
    assert "Plymouth Argyle are weighing up" in text, text
    assert "Swansea City have sent scouts" in text, text


def test_a_sidebar_of_short_lines_stays_out() -> None:
    page = (
        "<html><body><article><h1>Police log</h1><p>Officers were called to two incidents on Tuesday in the town."
        "</p><aside><h3>Log</h3><p>Belchertown: Larceny reported at a store, 3:12 p.m.</p>"
        "<p>Hadley: Minor crash at Lyman Street, 5:40 p.m.</p></aside></article></body></html>"
    )
    assert "Larceny" not in _page_text(page)


@pytest.mark.parametrize(
    ("headline", "town"),
    [
        # the second of two towns opening a headline
        ("Council tax: Oldham and Rochdale warn of rises", "Rochdale"),
        # a town after "in" that ends at its comma
        ("Incident report: delayed payouts in Dublin, June 2026", "Dublin"),
    ],
)
def test_towns_in_related_headlines(headline: str, town: str) -> None:
    assert (town, "place") in related_headline_places(headline), related_headline_places(headline)


def test_a_numbered_items_text_opens_after_its_label() -> None:
    # "Motion 3 — Ask ...": the verb opening the item's text is no part of a name
    text = (
        "How the motions went\n- Motion 1 — Restore the timetable: carried\n"
        "- Motion 3 — Ask Quellbus to publish its data"
    )
    assert "Ask Quellbus" not in _kinds(text), _kinds(text)


def _credited(caption: str, site: str = "Tarnby Echo") -> list[tuple[str, str]]:
    from dossier.ingest.photo_credits import credited_sources

    page = f"<html><body><figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure></body></html>"
    return [(name, str(kind)) for name, kind in credited_sources(page, site)]


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        # a news agency's letters before the slash and the photographer: media
        ("Fans at the ground. Photo: PA/Marnie Quell-Osei", ("PA", "media")),
        # a firm's own picture, by the body's word in its name: an organization
        ("The rig at sea. Picture: Tarnholt Energy/Handout", ("Tarnholt Energy", "organization")),
    ],
)
def test_the_source_a_caption_credits(caption: str, source: tuple[str, str]) -> None:
    assert source in _credited(caption), _credited(caption)


def test_the_sites_own_credit_is_no_other_source() -> None:
    assert _credited("The count. Photo: Tarnby Echo/Ann Holt", site="The Tarnby Echo") == []


def test_bodies_in_related_headlines() -> None:
    # a run of capitalised words ending in a body's word, after a word in lower case: the body
    related = related_headline_places(
        "Regulator fines Quellmoor Bank £12m over checks", "Rovers in talks with Tarnby City Council"
    )
    assert ("Quellmoor Bank", "organization") in related, related
    assert ("Tarnby City Council", "organization") in related, related


_DONORS = (
    "The appeal has raised £40,000.\nOur donors this week\n- Quellmoor Rotary Club — £5,000\n"
    "- Pupils of Tarnside Academy — £862\n- Anonymous, Whitley Bay — £500\nReaders can give online."
)


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Quellmoor Rotary Club", "organization"), ("Tarnside Academy", "organization"), ("Whitley Bay", "place")],
)
def test_an_appeals_list_of_donors(name: str, kind: str) -> None:
    # the lines under "Our donors this week" are read up to the dash before the sum given
    assert _kinds(_DONORS).get(name) == kind, _kinds(_DONORS)


def test_a_sections_label_is_no_outlet() -> None:
    # "Incident reports" alone on its line: an ordinary word and the outlet's noun, a section's label
    text = (
        "Incident reports\nPost-incident review: delayed payouts of 3 May\n"
        "- 09:10 — Incident declared; the on-call engineer paged.\nOn Tuesday payouts were delayed by four hours."
    )
    assert "Incident" not in _kinds(text), _kinds(text)
