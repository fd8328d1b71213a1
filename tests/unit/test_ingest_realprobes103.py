"""Round realprobes103 (batch en103): rules found on invented pages of an airline's new routes, an exhibition
review, a strike ballot, a mart report, a firm's cyber incident statement and a school inspection: breeds at a
mart, a country's crop, tourist boards and port operators, a body named for a couple, partners joined by "&",
towns by the words around them, a photographer after an outlet, a site that signs its own page."""

from __future__ import annotations

import pytest

from dossier.ingest.bylines import byline_drafts
from dossier.ingest.mentions import ActorIndex
from dossier.ingest.photo_credits import photo_credits
from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a tourist board: "Visit" and a place the gazetteer knows (opening a sentence, before what it does)
        ("Visit Cornwall said bookings were up on last year.", "Visit Cornwall", "organization"),
        ("The county will run its Visit North Yorkshire campaign in spring.", "Visit North Yorkshire", "organization"),
        # port operators by the plural that opens their names
        ("Ports of Guernsey said the harbour would reopen.", "Ports of Guernsey", "organization"),
        ("The ferry firm met Ports of Tarnsey on Monday.", "Ports of Tarnsey", "organization"),
        # a body named for a couple, after "the"
        (
            "The dresses were lent by the Harriet and Oswald Museum last year.",
            "Harriet and Oswald Museum",
            "organization",
        ),
        ("Grants from the Tom and Ilse Varnell Trust paid for it.", "Tom and Ilse Varnell Trust", "organization"),
        # partners joined by "&", a given name first, a family name alone last
        ("On Friday, Edward Talbot & Quayle sold 900 ewes.", "Edward Talbot & Quayle", "organization"),
        # a town and a compass point after "from", though the gazetteer lacks the town
        ("Prices rose for a Limousin bullock from Ashbury North.", "Ashbury North", "place"),
        # what is "owned by" another, right after a comma, is a firm (though its words read as a place's)
        ("Tarn North West, owned by the Quellbridge Group, said fares would rise.", "Tarn North West", "organization"),
        # a rare word opening a sentence, joined by "and" to a body's name, is a body of that sort
        ("Quellair and Tarnside Airways both left the airport.", "Quellair", "organization"),
        # a group's noun (after its town) before two words joined by "and": one group
        ("A film by the Leeds collective Thorn and Thistle was shown.", "Thorn and Thistle", "organization"),
        ("Songs by the folk duo Ash and Ember closed the night.", "Ash and Ember", "organization"),
        # a town and a trade's common word open a firm's name, though a family name ends it
        ("Pens at Ludlow Cattle Sales were full by noon.", "Ludlow Cattle Sales", "organization"),
        # a town and a compass point after a person's age and "of": the person's home
        ("Dale Quarrie, 44, of Ashby North, was fined.", "Ashby North", "place"),
        # one rare word after a person's full name and "of", closing the clause: where the person lives
        ("The prize was judged by Gwilym Tarrant-Hughes of Pentrewyn.", "Pentrewyn", "place"),
        ("The cup went to Tom Varnell of Quellsby.", "Quellsby", "place"),
    ],
)
def test_names_by_the_words_around_them(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a mart's crossbreds go by their sire's breed
        ("Store lambs sold well and Suffolk crosses reached 131 pounds.", "Suffolk"),
        ("A pen of Charollais cross lambs from Tarn Farm topped the sale.", "Charollais"),
        # a country's crop on a grain market: no state acts
        ("Wheat fell on a large Ukrainian harvest and a big Canadian crop.", "Ukraine"),
        ("Wheat fell on a large Ukrainian harvest and a big Canadian crop.", "Canada"),
        # an imperative to visit a place is no tourist board
        ("Visit Cornwall this summer for the beaches.", "Visit Cornwall"),
    ],
)
def test_no_draft_of(text: str, absent: str) -> None:
    assert absent not in _kinds(text), _kinds(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # two persons joined by "&" stay persons; a given name after "from" is a person's
        ("Ilse Varn & General Tom Varnell met.", "Tom Varnell", "person"),
        ("A letter from Oliver North arrived.", "Oliver North", "person"),
        # a place the gazetteer knows stays a place, though a trust owns it
        ("Lundy, owned by the National Trust, is quiet in winter.", "Lundy", "place"),
        # a make named for its town, then its model, is no firm of a town's trade
        ("Fighters arrived in stolen Toyota Land Cruisers at dawn.", "Toyota Land Cruisers", "other"),
        # a firm after a job's holder and "of" stays the employer
        ("Analyst Gareth Lindqvist of Quorwin said prices fell.", "Quorwin", "organization"),
        # an analyst's "of" with "the" before the name and the ports of a list stay places
        ("Ships reached the ports of Varnby and Oskel.", "Varnby", "place"),
    ],
)
def test_guards_that_stay_apart(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        # after the outlet and a slash, the caption's last words are its photographer's, whatever the given name
        ("Lambs in the pens. Photo: Border Farming Weekly/Iolo Venner", "Iolo Venner"),
        ("The quay at dawn. Picture: Tarn Valley Post/Dafydd Quarrington", "Dafydd Quarrington"),
    ],
)
def test_photographer_after_an_outlet(caption: str, name: str) -> None:
    assert photo_credits(f"<figure><figcaption>{caption}</figcaption></figure>", "Tarn Herald") == [name]


def test_an_agency_after_an_outlet_is_no_photographer() -> None:
    assert photo_credits("<figure><figcaption>A mill. Photo: Tarn Herald/Getty Images</figcaption></figure>") == []


def test_a_site_signing_its_own_page_is_no_person() -> None:
    drafts = byline_drafts(
        "Statement from Quellmoor Freight", "Quellmoor Freight", [], ActorIndex([]), frozenset(), set()
    )
    kinds = {draft.name: str(draft.kind) for draft in drafts}
    assert kinds.get("Quellmoor Freight") in ("media", "organization"), kinds


@pytest.mark.parametrize(
    ("footer", "places"),
    [
        # the lands a firm is registered in, as a British footer says
        ("<p>&copy; 2026 Tarnby Post Ltd, registered in England and Wales.</p>", ["England", "Wales"]),
        ("<p>Quell Media Ltd. Registered in Scotland No. SC01234.</p>", ["Scotland"]),
        # a label before the address and a postcode after its town are dropped
        ("<p>Registered office: 12 Mill Lane, Leicester, LE1 4XA.</p>", ["Mill Lane", "Leicester"]),
    ],
)
def test_places_in_a_footer(footer: str, places: list[str]) -> None:
    from dossier.ingest.footer_address import footer_places

    assert [name for name, _ in footer_places(f"<footer>{footer}</footer>")] == places


@pytest.mark.parametrize(
    ("links", "places"),
    [
        # a town the gazetteer knows opening a related story's headline
        (["Harrogate bakery wins contract", "Oswestry dairy heifers"], ["Harrogate", "Oswestry"]),
        # (its possessive dropped)
        (["Southport's seaside posters"], ["Southport"]),
        # a headline's own common word, or a headline in capitals throughout, names no town
        (["Man admits arson at warehouse", "Police Name Driver"], []),
        # a word written without the town's accents, or a common word that is only a small town's name, names none
        # ("Tuscany" after "in" inside the headline is read since round realprobes107: a region, rightly)
        (["Dig site in Tuscany reveals a villa", "Bury the past, says minister"], ["Tuscany"]),
        (["Leeds council approves budget"], ["Leeds"]),
    ],
)
def test_towns_opening_related_headlines(links: list[str], places: list[str]) -> None:
    from dossier.ingest.related_links import related_places

    items = "".join(f"<li><a>{link}</a></li>" for link in links)
    page = f'<html><body><aside class="related"><ul>{items}</ul></aside></body></html>'
    assert [name for name, _ in related_places(page)] == places
