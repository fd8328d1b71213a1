"""Round realprobes107 (batch en107): rules found on invented pages of an obituary, a court report with a case
caption, a review with a spec table, an earnings call summary, an events calendar and a photo gallery: an
events calendar's labelled lines, a gallery's captions, a case caption's lines, a judge's initials after a docket
number, a finance chief's family name alone, an outlet's edition for a nation, firms by the deals around them and
products named after their maker."""

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


_CALENDAR = (
    "Quiz night\nWhen: Fri 4 Dec, 8pm\nWhere: Tarnby Corn Exchange\nOrganiser: Tarnby Round Table\nTickets: £5\n"
    "Winter fair\nWhen: Sat 5 Dec, 10am\nVenue: Quellmoor Drill Hall\nOrganiser: Opera East\n"
    "Carol service\nWhere: Harrowgate Minster\nOrganised by: Quellmoor Philharmonic Chorus\n"
    "The fair raised £2,000 last year, said Ottoline Brack-Varney."
)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # an events calendar's "Where:" and "Venue:" lines: the venue, a place
        ("Tarnby Corn Exchange", "place"),
        ("Quellmoor Drill Hall", "place"),
        ("Harrowgate Minster", "place"),
        # its "Organiser:" line: the body that puts the event on, also one read as a place by its compass word
        ("Tarnby Round Table", "organization"),
        ("Opera East", "organization"),
        # a chorus by its word, as a choir is
        ("Quellmoor Philharmonic Chorus", "organization"),
    ],
)
def test_an_events_calendars_labelled_lines(name: str, kind: str) -> None:
    assert _kinds(_CALENDAR).get(name) == kind, _kinds(_CALENDAR)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a polytechnic by its word, as a college is
        ("She studied engineering at night at Tarnby Polytechnic in 1968.", "Tarnby Polytechnic", "organization"),
        # an outlet known by name, then one of the lands it broadcasts to: its edition, not a body for the land
        ("The candidate Ottoline Brack-Varney talked to BBC Wales after the count.", "BBC Wales", "media"),
        ("Labour's Ottoline Brack-Varney told BBC Scotland she would stand again.", "BBC Scotland", "media"),
        # who a stake is sold to or a takeover bid comes from: a firm
        ("In 1996 she sold a minority stake to Varnhold, then retired.", "Varnhold", "organization"),
        ("She fought off a takeover bid from Quellbrite two years later.", "Quellbrite", "organization"),
        # a deal's phrase before a word the gazetteer knows only as a small town: the firm in the deal
        ("She fought off a takeover bid from Kenwood two years later.", "Kenwood", "organization"),
        # a brand that belongs to a group, the firms that lead a market
        ("Its cleaner, which belongs to Tarnwick, was fixed by an update.", "Tarnwick", "organization"),
        ("Brisk wants a slice of a market led by Quellvac and Harrowmop.", "Quellvac", "organization"),
        # a maker whose product the page names before a product's noun, apart from the product
        (
            "Its first success, the Brackwell Classic kettle, sold two million. Brackwell later supplied Argos.",
            "Brackwell",
            "other",
        ),
    ],
)
def test_names_and_kinds(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a judge's initials in brackets after a case's docket number
        ("United States v. Ottoline Brack-Varney\nNo. 1:26-cr-00231 (QHV)\nThe hearing is set for March.", "QHV"),
        ("Case 2:25-cv-01187 (TLB) was stayed. The FBI said so.", "TLB"),
        # a finance chief's family name alone, after her whole name, though a coined word opens it: hers, no body
        ("Finance chief Perpetua Fellworth-Ode said costs rose. Fellworth-Ode said the ratio held.", "Fellworth-Ode"),
        # an Assistant U.S. Attorney's letters before the name: a title
        ("For the government: AUSA Delphine Quarrington-Obi", "AUSA"),
        # a product named after its maker, before a product's noun
        (
            "Its first success, the Brackwell Classic kettle, sold two million. Brackwell later supplied Argos.",
            "Brackwell Classic",
        ),
        ("The Quellvac Aero vacuum costs £300 at Argos.", "Quellvac Aero"),
    ],
)
def test_no_draft_of(text: str, absent: str) -> None:
    assert absent not in _kinds(text), _kinds(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a big town after a bid's phrase stays the town
        ("The bid from Leeds to host the games failed.", "Leeds", "place"),
        # a body's letters before a product's noun opening a sentence stay the body
        ("The EU framework for sanctions was set in 2019. The EU said so again.", "EU", "organization"),
        # a land's body by its ordinary word stays a body, and a known outlet alone stays an outlet
        ("Historic Scotland said the wall was safe.", "Historic Scotland", "organization"),
        ("The BBC said the count was late.", "BBC", "media"),
        # a compass word opens a place on a calendar's venue line, the organiser a known place stays one
        ("Where: North Tarnby\nThe fair raised £2,000 last year, said Ottoline Brack-Varney.", "North Tarnby", "place"),
    ],
)
def test_guards_that_stay_apart(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


def test_a_case_captions_paragraphs_are_lines_of_their_own() -> None:
    page = (
        "<html><head><title>Founder jailed</title></head><body><article><h1>Founder jailed for fraud</h1>"
        "<p>Ottoline Brack-Varney, a Brooklyn software engineer who ran a bogus fund, was sentenced on Thursday to"
        " six years in prison for taking money from hundreds of investors, prosecutors said after the hearing.</p>"
        "<div class='case-caption'><p>United States v. Ottoline Brack-Varney</p><p>No. 1:26-cr-00231 (QHV)</p>"
        "<p>Judge: Hon. Tamsin Orrell-Quaye</p></div>"
        "<p>She had pleaded guilty to wire fraud in June and will appeal against the sentence, her lawyer said.</p>"
        "</article></body></html>"
    )
    text = _page_text(page)
    assert "Brack-VarneyNo" not in text
    assert "Judge: Hon. Tamsin Orrell-Quaye" in text


_GALLERY = (
    "<html><head><title>In pictures: count night</title></head><body><article><h1>In pictures: count night</h1>"
    "<p>The by-election went to a recount before the result came at dawn.</p><div class='gallery'>"
    "<figure><img src='1.jpg'><figcaption>Ballot boxes arrive at the Tarnby Leisure Centre shortly after ten."
    " Photo: Tarnby Post/Ann Quell</figcaption></figure>"
    "<figure><img src='2.jpg'><figcaption>Candidate Ottoline Brack-Varney waits with supporters from Quellmoor."
    "</figcaption></figure>"
    "<figure><img src='3.jpg'><figcaption>Staff from Harrowgate Borough Council sort papers into piles."
    "</figcaption></figure>"
    "<figure><img src='4.jpg'><figcaption>Observers from the Electoral Commission watch the tables all night."
    "</figcaption></figure>"
    "</div></article></body></html>"
)


def test_a_gallerys_captions_are_its_story() -> None:
    text = _page_text(_GALLERY)
    assert "Candidate Ottoline Brack-Varney waits with supporters from Quellmoor." in text
    assert "Observers from the Electoral Commission watch the tables all night." in text


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a service named for the people it serves, then the town of its branch
        ("The talk is run by Citizens Advice Bradford and the police.", "Citizens Advice Bradford", "organization"),
        # a maker and its vacuum, apart
        ("The Quellvac Aero vacuum costs £300. Quellvac said stock was low.", "Quellvac", "organization"),
        # a town's library, by its town and its head, though every word of it is common
        ("The talk is at Leeds Central Library, said Ann Quell-Brack.", "Leeds Central Library", "place"),
        # a sentence's "The" opens no product's name: the app's maker speaks
        ("The Lumvale app crashed on Monday. Lumvale said sorry.", "Lumvale", "organization"),
    ],
)
def test_bodies_and_makers(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("headline", "town"),
    [
        # a headline's label and "the" before its town
        ("Obituary: the Whitby boatbuilder who sailed to Norway", "Whitby"),
        # a town with its possessive, after a label
        ("In pictures: Paisley's Christmas lights switch-on", "Paisley"),
        # a town placed by "in" inside the headline, at its end too, a big town as common as a word
        ("Former trader admits spoofing in Chicago case", "Chicago"),
        ("Thousands at the party conference in Perth", "Perth"),
    ],
)
def test_towns_in_related_headlines(headline: str, town: str) -> None:
    assert (town, "place") in related_headline_places(headline), related_headline_places(headline)


def test_a_headlines_word_stays_a_word() -> None:
    # one word as common as a town's name opening a headline stays the headline's own word
    assert related_headline_places("Reading list: ten books for winter", "Man charged over theft") == []


_CALL = (
    "Call participants\n- Ottoline Brack-Varney — Chief Executive Officer\n- Tamsin Orrell-Quaye — Head of Investor"
    " Relations\nQuellmoor Bank said on Thursday that profit rose 9%."
)


def test_an_earnings_calls_participants() -> None:
    # the names listed under "Call participants", each before a dash and the post, which is no body's name
    kinds = _kinds(_CALL)
    assert kinds.get("Ottoline Brack-Varney") == "person", kinds
    assert kinds.get("Tamsin Orrell-Quaye") == "person", kinds
    assert "Investor Relations" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # where a parent came from, by a people's adjective before a trade: no state acts
        ("She was born in Tarnby, the daughter of a Dutch seaman and a Ghanaian nurse.", "Netherlands"),
        ("She was born in Tarnby, the daughter of a Dutch seaman and a Ghanaian nurse.", "Ghana"),
    ],
)
def test_a_parents_origin_is_no_state(text: str, absent: str) -> None:
    assert absent not in _kinds(text), _kinds(text)


_SPECS = (
    "The robot maps a floor in minutes.\n| Specifications |  |\n|---|---|\n| Suction | 9,000Pa |\n"
    "| Price | £499 at Argos and John Lewis |\n| Made by | Harrowmop |\nIt is quieter than most, said Ann Quell-Brack."
)


@pytest.mark.parametrize("name", ["Argos", "John Lewis", "Harrowmop"])
def test_the_sellers_and_maker_in_a_spec_table(name: str) -> None:
    # a review's table of specifications: the shops in its price row and its maker are firms
    assert _kinds(_SPECS).get(name) == "organization", _kinds(_SPECS)
