"""Round realprobes113 (batch en113): rules found on invented pages of a think-tank's event, a regional honours
list, a trade paper's people moves, an annual-report news page, a union's press release and a cricket club's
match report: squads and officials on labelled lines, ..."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names as _kinds


@pytest.mark.parametrize(
    ("line", "persons"),
    [
        # a match's officials after their label, two names opened by given names
        ("Umpires: Gareth Quellby and Phil Tarnmoor", ["Gareth Quellby", "Phil Tarnmoor"]),
        # a squad under its club's name, the captain and the keeper marked in lower case
        (
            "Varnley St Oskel's: Sam Quellby (capt), Adam Tarnmoor, Lewis Brackwell, Hannah Varnside (wk), "
            "Ruth Ellerby, Tom Hoskin",
            ["Sam Quellby", "Adam Tarnmoor", "Lewis Brackwell", "Hannah Varnside", "Ruth Ellerby", "Tom Hoskin"],
        ),
    ],
)
def test_people_on_a_labelled_line_with_no_full_stop(line: str, persons: list[str]) -> None:
    kinds = _kinds(f"The game was played on Sunday.\n{line}\nThe next game is in May.")
    assert {name: kinds.get(name) for name in persons} == dict.fromkeys(persons, "person")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a known town named for the site a body has there
        ("Quellby joins from Tarnwick Planning, where he led the Leeds office.", "Leeds"),
        # a sentence opened by a known town, a trade in lower case and the body's name
        ("Sheffield consultancy Varnwell Tate has moved to bigger offices.", "Sheffield"),
    ],
)
def test_a_town_before_a_site_or_a_trade(text: str, town: str) -> None:
    assert _kinds(text).get(town) == "place"


def test_who_is_appointed_to_a_post_and_who_appoints() -> None:
    kinds = _kinds(
        "Last week Quellings Tarnby has hired Sterling Brook as chief investment officer. "
        "Developer Varnhall has named Paris Quell-Odum managing director of its new arm."
    )
    assert (kinds.get("Sterling Brook"), kinds.get("Paris Quell-Odum")) == ("person", "person")
    assert kinds.get("Quellings Tarnby") == "organization"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a practice by its trade, last in the name
        ("She joined Tarnwell Solicitors in 2019.", "Tarnwell Solicitors"),
        # one word each side of "and", then the partners' trade
        ("She is a partner at Quellby and Varn Solicitors in town.", "Quellby and Varn Solicitors"),
        # a firm's second trade after "and", last or before its legal form
        ("Thanks to Tarnmoor Estates and Lettings for the prizes.", "Tarnmoor Estates and Lettings"),
        ("Varnley Roofing and Cladding Ltd makes roofs.", "Varnley Roofing and Cladding Ltd"),
    ],
)
def test_firms_named_with_and_before_their_trade(text: str, firm: str) -> None:
    assert _kinds(text).get(firm) == "organization"


def test_two_airlines_joined_by_and_stay_two() -> None:
    kinds = _kinds("He flew Quellair and Eastern Airways last year.")
    assert (kinds.get("Quellair"), kinds.get("Eastern Airways")) == ("organization", "organization")


def test_honours_are_no_actors() -> None:
    kinds = _kinds(
        "The list came out.\nCommander of the Order of the British Empire (CBE)\n"
        "Professor Ada Varn, head, Tarnby College. For services to education.\n"
        "Member of the Order of the British Empire (MBE)\nTom Quell, caretaker. For services to sport.\n"
        "British Empire Medal (BEM)\nKing's Police Medal (KPM)\nInspector Dale Quellby, Tarnshire Police."
    )
    assert kinds.get("Ada Varn") == "person"
    assert not [name for name in kinds if "Order" in name or "Empire" in name or "Medal" in name]


def test_speaker_cards_name_a_person_and_a_body() -> None:
    kinds = _kinds(
        "The debate starts at six.\nJoy Quellby\nChief Executive, Tarnside Community Energy\n"
        "Joy set up the co-operative in 2015.\nDr Rowan Varnley (chair)\n"
        "Senior Lecturer in Energy Systems, Quellmouth University\nRowan's work is funded."
    )
    assert (kinds.get("Joy Quellby"), kinds.get("Rowan Varnley")) == ("person", "person")
    assert kinds.get("Tarnside Community Energy") == kinds.get("Quellmouth University") == "organization"


def test_a_former_employer_is_a_body() -> None:
    kinds = _kinds("The board has appointed Rashid Quellby, formerly of Travis Varnley, as a non-executive director.")
    assert (kinds.get("Rashid Quellby"), kinds.get("Travis Varnley")) == ("person", "organization")


def test_a_clubs_side_by_its_rank_is_no_body() -> None:
    kinds = _kinds("The 1st XI beat Quellmoor by 45 runs and our 2nd XV lost to Tarnby Vale.")
    assert not [name for name in kinds if "XI" in name or "XV" in name]


def test_a_saints_title_inside_a_name_is_no_person() -> None:
    kinds = _kinds(
        "Results from Quellby St Mary's Cricket Club.\n"
        "Quellby St Mary's 243-7 (50 overs) beat Tarnmoor 198 (44.2 overs) by 45 runs."
    )
    assert kinds.get("Quellby St Mary") == "organization"
    # a club by its saint's possessive, the page naming no longer name of it
    assert _kinds("Tarnby St Anne's 198 lost to Quellmoor by six wickets.").get("Tarnby St Anne") == "organization"
    # a person named so by a title keeps her kind
    assert _kinds("The team was led by Insp Kwame St Hill.").get("Kwame St Hill") == "person"


def test_a_known_town_closing_a_line_after_a_comma() -> None:
    kinds = _kinds(
        "Moves in brief\n- Quellings – Tom Varnley joins as director, residential development, Bristol\n"
        "- Tarnbys – Ada Quell is promoted to head of valuation, Edinburgh\nSend us your moves."
    )
    assert (kinds.get("Bristol"), kinds.get("Edinburgh")) == ("place", "place")


def test_a_charitys_fundraiser_named_in_an_honours_list() -> None:
    kinds = _kinds("Ellie-Mae Varnstone, fundraiser, Tarnby Hospice. For charitable services.")
    assert kinds.get("Ellie-Mae Varnstone") == "person"


@pytest.mark.parametrize(
    ("footer", "places"),
    [
        # a building's name before its street
        (
            "<p>Tarn Workers' Union, Quellbury House, 40 Varn Street, Manchester M4 1LA</p>",
            ["Quellbury House", "Varn Street", "Manchester"],
        ),
        # a street named by one word after its house number
        ("<p>Published by Varn Media Group Ltd, 1 Quellside, London SE1 9BX.</p>", ["Quellside", "London"]),
        # a district between the street and the town
        ("<p>Tarnby Cricket Club, Moor Lane, Quellsby, Liverpool L23 2SP.</p>", ["Moor Lane", "Quellsby", "Liverpool"]),
    ],
)
def test_more_parts_of_a_footer_address(footer: str, places: list[str]) -> None:
    from dossier.ingest.footer_address import footer_places

    assert [name for name, _ in footer_places(f"<footer>{footer}</footer>")] == places


def test_a_town_listed_among_towns_keeps_its_kind_beside_a_person_bearing_its_name() -> None:
    kinds = _kinds(
        "The grid must be rebuilt in towns such as Quellmouth, Stanley and Tarnbridge. "
        "Cllr Amber Stanley said the work was overdue."
    )
    assert (kinds.get("Stanley"), kinds.get("Amber Stanley")) == ("place", "person")


def test_an_annual_general_meeting_is_no_body() -> None:
    kinds = _kinds(
        "Tarnby Group published the Notice of its Annual General Meeting. Ada Quell will step down at the AGM."
    )
    assert "AGM" not in kinds and "Annual General Meeting" not in kinds


def test_towns_opening_the_most_read_headlines() -> None:
    from dossier.ingest.related_links import related_places

    page = (
        "<html><body><article><p>Text.</p></article><aside class='most-read'><ol>"
        "<li><a>Huddersfield mill flats approved</a></li></ol></aside></body></html>"
    )
    assert [(name, str(kind)) for name, kind in related_places(page)] == [("Huddersfield", "place")]
