"""Round realprobes105 (batch en105): rules found on invented pages of a live blog, a listicle, a Q&A interview,
a wire press release, an opinion column and a newsletter digest: a wire byline running the site's name and the
dateline into the reporter's, the box about a column's writer, a release's contact block, a job named by a firm's
department, firms by their clients, makers and co-founders, and a body's whole name after "and"."""

from __future__ import annotations

import pytest

from dossier.ingest.bylines import byline_drafts
from dossier.ingest.mentions import ActorIndex
from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("author", "site", "name", "kind"),
    [
        # a wire byline: the reporter, the site's own name and the dateline in capitals, with no mark between
        ("Ottilie Brackwater-Nunn Tarnside Courier LEEDS", "Tarnside Courier", "Ottilie Brackwater-Nunn", "person"),
        ("Ottilie Brackwater-Nunn Tarnside Courier LEEDS", "Tarnside Courier", "LEEDS", "place"),
        # the site's name written with its article, the article left out of the site's own name
        ("Casimir Oduya-Fenwick The Quarry Gazette BRISTOL", "The Quarry Gazette", "Casimir Oduya-Fenwick", "person"),
        ("Casimir Oduya-Fenwick The Quarry Gazette BRISTOL", "Quarry Gazette", "Casimir Oduya-Fenwick", "person"),
        # the site's name again in brackets after the dateline, as agencies write it
        (
            "Ottilie Brackwater-Nunn Tarnside Courier LEEDS (Tarnside Courier)",
            "Tarnside Courier",
            "Ottilie Brackwater-Nunn",
            "person",
        ),
    ],
)
def test_a_wire_byline_parts_at_the_sites_name(author: str, site: str, name: str, kind: str) -> None:
    drafts = byline_drafts(author, site, [], ActorIndex([]), frozenset(), set())
    kinds = {draft.name: str(draft.kind) for draft in drafts}
    assert kinds.get(name) == kind, kinds
    assert not any(author.split()[0] in draft.name and len(draft.name.split()) > 3 for draft in drafts), kinds


def test_an_outlets_desk_is_no_name_of_its_own() -> None:
    drafts = byline_drafts("Quellmoor Media News Desk", "Quellmoor Media", [], ActorIndex([]), frozenset(), set())
    assert "News Desk" not in {draft.name for draft in drafts}


def test_the_box_about_a_columns_writer_is_read() -> None:
    from dossier.ingest.extract_text import read_document

    page = (
        "<html><head><title>Why the buses matter</title></head><body><article><h1>Why the buses matter</h1>"
        "<p>The buses in our town run late every single morning, and the council has done nothing about it for"
        " years. Passengers wait in the rain while the timetable promises a service that never comes.</p>"
        "<p>Something has to change before the winter, when the roads are worse and the waits are longer.</p>"
        "</article><div class='author-bio'><h3>About the author</h3><p>Perpetua Ashdown-Vale is a former"
        " inspector with Cumbria Police and teaches law at Lancaster University.</p></div></body></html>"
    )
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "column.html"
        path.write_text(page, "utf-8")
        text = read_document(path).text
    assert "teaches law at Lancaster University" in text
    assert "About the author" not in text


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the name under a press release's "Media contact:" line
        (
            "The deal closes in May.\nMedia contact:\nCordelia Fenwright-Osei\n+44 20 7946 0999",
            "Cordelia Fenwright-Osei",
            "person",
        ),
        (
            "The plant opens in June.\nPress contact:\nBarnaby Tolliver-Ncube\nbarnaby@example.org",
            "Barnaby Tolliver-Ncube",
            "person",
        ),
        (
            "Shares rose 4%.\nInvestor Contact:\nLucan Ferriby-Adjei\nQuellmark Inc.\nir@quellmark.example",
            "Lucan Ferriby-Adjei",
            "person",
        ),
        (
            "The plant opens in May.\nPress enquiries:\nSabine Orrell-Kamau\n+44 161 496 0000",
            "Sabine Orrell-Kamau",
            "person",
        ),
        # what a firm acquires is a firm
        ("Tarnco completed the acquisition of Brellwick on Monday.", "Brellwick", "organization"),
        # the agency's line under the contact's name, without the client it speaks for
        (
            "The deal closes in May.\nMedia contact:\nCordelia Fenwright-Osei\nMarrick PR for Tarnby Freight\n"
            "+44 20 7946 0999",
            "Marrick PR",
            "organization",
        ),
        # firms by a firm's clients, by the maker's role, by who co-founded them
        ("The agency has worked for clients including Brambleworth and Quillstone.", "Brambleworth", "organization"),
        ("The agency has worked for clients including Brambleworth and Quillstone.", "Quillstone", "organization"),
        ("The maker, Corvellian, issued a fix within a week.", "Corvellian", "organization"),
        ("Ines Harcastle co-founded Tarnwell with her brother in 2019.", "Tarnwell", "organization"),
        # who interviewed, on a line of its own; a British local paper by its head word
        (
            "Interview by Rosalind Thwaite-Mensah\nThis interview has been edited for length.",
            "Rosalind Thwaite-Mensah",
            "person",
        ),
        ("Ada Quell is a reporter at the Quellbury Echo.", "Quellbury Echo", "media"),
        ("The story first ran in the Varnside Argus on Monday.", "Varnside Argus", "media"),
        # a live blog's entry opens with its time and zone: the zone's letters open no name
        ("09:14 GMT Harrowgate Police say the road is closed.", "Harrowgate Police", "organization"),
        ("11.05am BST Quellbank says its app is working again after the fault.", "Quellbank", "organization"),
        # what a writer's box says the writer is, whatever the family name reads like
        ("Helen Vale is a professor of history at the University of Quellbury.", "Helen Vale", "person"),
        ("Helen Bay was a senior lecturer in law before she retired.", "Helen Bay", "person"),
        # a regulator's or a court's field in "-ing" opens a body's name, no verb before it
        ("The Sentencing Council will publish new guidance.", "Sentencing Council", "organization"),
        ("The Gambling Commission fined the bookmaker.", "Gambling Commission", "organization"),
        # the Scottish and Northern Irish houses by their seats' names
        ("Holyrood gets an extra 200 million pounds for schools.", "Holyrood", "organization"),
        ("Firms in Newry wait for a Stormont deal on rates.", "Stormont", "organization"),
        # a city's quarter by its trade or its landmark
        ("The studio has moved to an office in Canal Quarter.", "Canal Quarter", "place"),
        ("Rents in the Jewellery Quarter rose again.", "Jewellery Quarter", "place"),
        # a town of another country, then a state's letters: a firm's arm in that state
        ("The fund signed a deal with Nagoya UK last week.", "Nagoya UK", "organization"),
        ("Bilbao US opened an office in Ohio.", "Bilbao US", "organization"),
        # a body's whole name after "and" ("Bank of ...", "University of ...") is a name of its own
        ("The outage hit Tarnwick and Bank of Varnland customers.", "Bank of Varnland", "organization"),
        ("Students at Durham and University of Varnby walked out.", "University of Varnby", "organization"),
    ],
)
def test_names_and_kinds(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a job named by a firm's department, after its holder or before "at" and the firm: no person, no body
        ("Mabel Quorn, Head of Retail Lending at Brackwell, said rates would rise.", "Head of Retail Lending"),
        ("Mabel Quorn, Head of Retail Lending at Brackwell, said rates would rise.", "Retail Lending"),
        ("Rafe Tillotson, Director of Business Payments, said the fees would fall.", "Director of Business Payments"),
        # a people's adjective before what a firm runs online: no state acts
        ("Tarnlist bought Quellhome, the Canadian property portal, last year.", "Canada"),
        ("The deal puts a Norwegian music platform in charge.", "Norway"),
        # an interview's speakers by their initials, each opening more than one line
        ("JT: How did it start?\nRB: In a garage in Leeds.\nJT: And now?\nRB: We employ forty people.", "JT"),
        ("JT: How did it start?\nRB: In a garage in Leeds.\nJT: And now?\nRB: We employ forty people.", "RB"),
        # a year's quarter is no city's quarter
        ("Sales rose in the Fourth Quarter, the retailer said.", "Fourth Quarter"),
        # "and" between a town and a body's whole name joins two names
        ("The outage hit Tarnwick and Bank of Varnland customers.", "Tarnwick and Bank of Varnland"),
    ],
)
def test_no_draft_of(text: str, absent: str) -> None:
    assert absent not in _kinds(text), _kinds(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a place described after "is a" stays a place
        ("Helen Vale is a quiet valley in the hills.", "Helen Vale", "place"),
        # the parks and the castle named for the seats stay places
        ("They walked in Holyrood Park on Sunday.", "Holyrood Park", "place"),
        # a town of its own state's letters stays the town
        ("She studied in Cambridge UK and Boston.", "Cambridge", "place"),
        # one body's "and" and its "of" stay whole
        ("The Food and Agriculture Organization said so.", "Food and Agriculture Organization", "organization"),
        (
            "He studied at the School of Oriental and African Studies.",
            "School of Oriental and African Studies",
            "organization",
        ),
        # a head of a body named by its own name stays as it was
        ("Ann Holt, Head of EUCAP Varnia, said no.", "EUCAP Varnia", "organization"),
        ("Tom Hale, head of Quellbyte, said it was fine.", "Quellbyte", "organization"),
    ],
)
def test_guards_that_stay_apart(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("footer", "owner"),
    [
        # the group that owns the outlet, named before "company" or "business"
        (
            "<footer><p>&copy; 2026 Tarnside Wire, a Quellham Holdings company. All rights reserved.</p></footer>",
            "Quellham Holdings",
        ),
        ("<footer><p>The Varnby Post is a Harrowgate Media business.</p></footer>", "Harrowgate Media"),
        # one everyday word names no group
        ("<footer><p>The Varnby Post is a Family company.</p></footer>", None),
    ],
)
def test_the_group_owning_an_outlet(footer: str, owner: str | None) -> None:
    from dossier.ingest.footer_publisher import footer_owner

    assert footer_owner(footer) == owner
