"""Round realprobes111 (batch en111): rules found on invented pages of property news, a TV station's travel and
weather, a festival's line-up, a tech firm's results release, a university's press release and a court report:
addresses closed by a postcode, towns named with a title, road and route codes, firms by their short form."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names as _kinds


@pytest.mark.parametrize(
    ("footer", "places"),
    [
        # a town before its postcode in the same part, known to the gazetteer or not
        ("<p>Varnby Media Ltd, 5 High Street, Quellmold QM7 1AZ.</p>", ["High Street", "Quellmold"]),
        # the address's paragraph is a line of its own, not run into the links after it
        (
            "<p>Tarnbrook Press, Mill Road, Quellford QF1 1XY</p><p><a>Accessibility</a> <a>Privacy</a></p>",
            ["Mill Road", "Quellford"],
        ),
        # a street with a compass word after its road word; a unit's number is no town
        ("<p>Varn Sound Ltd, Unit 9, Tarnfeet Road South, Quellby LA9 6ND.</p>", ["Tarnfeet Road South", "Quellby"]),
        # a town with small words inside its name
        ("<p>Tarn TV Ltd, City Road, Newcastle upon Tyne NE1 2AF.</p>", ["City Road", "Newcastle upon Tyne"]),
    ],
)
def test_places_in_a_footer_address(footer: str, places: list[str]) -> None:
    from dossier.ingest.footer_address import footer_places

    assert [name for name, _ in footer_places(f"<footer>{footer}</footer>")] == places


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a town named with a title, where a service or a journey goes to or from it
        ("Tarnfield Buses has cut its service to Bishop Auckland on Sundays.", "Bishop Auckland", "place"),
        ("Trains from Prince Rupert were cancelled after the slide.", "Prince Rupert", "place"),
        # a university's research group by its short word; a carrier of goods by its trade
        (
            "The team, from the Quellby Lab for Coastal Ecology, measured carbon.",
            "Quellby Lab for Coastal Ecology",
            "organization",
        ),
        ("New customers included Tarnbank, Quellix Freight and two councils.", "Quellix Freight", "organization"),
        # a firm named for the region it serves, its first word no place
        ("Go North West has withdrawn its X9 service until midday.", "Go North West", "organization"),
        ("Quellanti West Coast will run late trains from Tarnby.", "Quellanti West Coast", "organization"),
        # a water firm named for an old kingdom of England; the towns along a river by its "-side"
        ("Lights were set up for Northumbria Water work on a burst main.", "Northumbria Water", "organization"),
        ("Tarnby and Wearside stay dry until evening.", "Wearside", "place"),
        # a town's name in a list of firms, taken for a place only by its neighbour in the list
        (
            "Card payments fail for Quellbank, Halifax and Bank of Tarnland customers. The fault also hits Halifax "
            "and Bank of Tarnland, which belong to one group.",
            "Halifax",
            "organization",
        ),
        # a given name and a family name that are both common words, acting
        ("Paris Crane sings the opening song tonight.", "Paris Crane", "person"),
        # design practices named after "Studio"
        ("The scheme, designed by Studio Quellmarrow, has 48 flats.", "Studio Quellmarrow", "organization"),
        # a known town named by a common word at a sentence's start, before another known town
        ("Reading and Slough are both on the new line.", "Reading", "place"),
        # who reports a figure is a body, though a town has its name
        ("Rents went up 3% last year, according to Skipton.", "Skipton", "organization"),
        # a known town whose hyphened name ends in a street's common word
        ("The road is closed near Chester-le-Street after a crash.", "Chester-le-Street", "place"),
        # a firm of two words that look like a person's, speaking after the page named it in full
        (
            "The developer, Quellby Varne Homes, bought the site. Quellby Varne said work would start in May.",
            "Quellby Varne",
            "organization",
        ),
        # a name like a person's with a firm's officers after its possessive
        ("Tarling Crane's head of new homes, Ilse Marrow, said demand was strong.", "Tarling Crane", "organization"),
        ("Tarling Crane's chief executive, Ilse Marrow, said sales rose.", "Tarling Crane", "organization"),
    ],
)
def test_kinds_by_the_words_around_them(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an A or B road's number written bare; a bus route's code before its noun
        ("A69: slow traffic at Tarnbridge because of temporary lights.", "A69"),
        ("A1(M) northbound is closed between junction 62 (Quellby) and junction 63 after a crash.", "A1"),
        ("Tarnfield Buses has withdrawn its X21 service until midday.", "X21"),
    ],
)
def test_codes_that_are_no_actors(text: str, name: str) -> None:
    assert name not in _kinds(text), _kinds(text)


def test_a_seat_named_from_its_town_stays_a_place() -> None:
    assert _kinds("Homes in Leeds North East were flooded.").get("Leeds North East") == "place"
    assert (
        _kinds("Ilse Varn, MP for St Quellmore North West, said so.").get("St Quellmore North West") != "organization"
    )


def test_a_firm_named_like_a_road_number_keeps_its_kind() -> None:
    # no "the" before it, no motorway mark, colon or traffic's way after it: the firm that acts
    assert _kinds("Q24 will release the film in May. A24 will release it in June.").get("A24") == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what a comma after the name says it is, over the place's word in the name
        ("Tarnvale Harbor, the company's cloud platform, is now sold through resellers.", "Tarnvale Harbor"),
        # terms of accounting and of pictures in capitals
        ("Its GAAP operating margin was 14.2%, its non-GAAP margin 22.8%.", "GAAP"),
        ("A CGI of the scheme at 14 Tarn Road, seen from the river.", "CGI"),
        # a device someone made, described after a comma
        ("Cores were read with Quellpatch, a low-cost sediment sensor designed by a student.", "Quellpatch"),
        # a first record named after a comma
        ("He closes the night with songs from his debut, Tarnby Lights.", "Tarnby Lights"),
    ],
)
def test_things_named_by_their_apposition(text: str, name: str) -> None:
    assert name not in _kinds(text), _kinds(text)


def test_bodies_listed_under_a_partners_heading() -> None:
    # a heading over the bodies a festival works with; a firm's legal form with its stop ends no list
    text = (
        "Our partners\n- Quellmere Brewing Co.\n- Tarnby and Vessford Council\n- Arts Council England\n"
        "Join the list for news."
    )
    kinds = _kinds(text)
    assert kinds.get("Tarnby and Vessford Council") == "organization", kinds
    assert kinds.get("Quellmere Brewing Co") == "organization", kinds


def test_a_planning_box_in_a_bulleted_list() -> None:
    # a labelled line read with its bullet: who applies, who acts for them, and where they are
    text = (
        "Application details\n- Reference: 25/01873/FULL\n"
        "- Applicant: Quellby Homes Ltd, Unit 3, Tarn Court, Vessel Green Road, Quellbury\n"
        "- Agent: Tarnwell Marsh Planning, Reading\n- Decision: Approved with conditions, 2 December 2026"
    )
    kinds = _kinds(text)
    assert kinds.get("Tarnwell Marsh Planning") == "organization", kinds
    assert kinds.get("Vessel Green Road") == "place", kinds


def test_a_bulleted_line_up_of_names() -> None:
    # a list of names one a line, two of them opened by a given name, is read; a menu of links is not
    text = "Saturday\n- Orla Quellwater\n- Tarnby Street Band\n- Jolene Varnmarsh\nSunday\nMore news follows today."
    kinds = _kinds(text)
    assert kinds.get("Orla Quellwater") == "person", kinds
    assert kinds.get("Jolene Varnmarsh") == "person", kinds
    assert not _kinds("Menu\n- Privacy Policy\n- Contact Us\n- Terms Of Use\nMore news follows today.")
