"""Names on English news pages after the seventeenth round (issue 15): shops where a reader can buy
the thing reviewed ("available from Brindlecart"), a firm's former staff ("former Veltronic
engineers"), a person's role before "is" ("The case officer is ..."), and a file's format in capitals
("EPUB files"), which is no body.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "sentence, shops",
    [
        (
            "The Lumora 4 costs £149 and is available from Brindlecart and Tavistone Books.",
            ("Brindlecart", "Tavistone Books"),
        ),
        ("The tablet is sold at Merriwell's and online at Quayvend.", ("Merriwell", "Quayvend")),
    ],
)
def test_where_a_reader_can_buy_the_thing_is_a_shop(sentence: str, shops: tuple[str, ...]) -> None:
    kinds = draft_kinds(sentence)
    for shop in shops:
        assert kinds.get(shop) is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "sentence, firm",
    [
        ("The device was designed by former Veltronic engineers in a small office.", "Veltronic"),
        ("Former Ardenmoor employees said the plant had been run down for years.", "Ardenmoor"),
    ],
)
def test_a_firm_s_former_staff_name_the_firm(sentence: str, firm: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(firm) is ActorKind.organization, kinds
    assert not any(name.startswith("Former") for name in kinds), kinds


def test_former_residents_of_a_town_leave_it_a_place() -> None:
    kinds = draft_kinds("Former residents of Hexham said the town had changed.")
    assert kinds.get("Hexham") is ActorKind.place, kinds


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("The case officer is Ottoline Barraclough and comments close on 3 May.", "Ottoline Barraclough"),
        ("The club treasurer is Wystan Pendlebury, who has served for ten years.", "Wystan Pendlebury"),
    ],
)
def test_a_role_then_is_then_a_full_name_is_a_person(sentence: str, person: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(person) is ActorKind.person, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The reader handles EPUB and PDF files without trouble.",
        "Export the route as KMZ or GPX files before you travel.",
        "The app saves notes in the OPML format.",
    ],
)
def test_a_file_s_format_in_capitals_is_no_body(sentence: str) -> None:
    kinds = draft_kinds(sentence)
    assert not kinds, kinds


def test_a_body_s_files_keep_the_body() -> None:
    kinds = draft_kinds("The NHS and BMA files were leaked to a newspaper.")
    assert kinds.get("BMA") is ActorKind.organization, kinds


def test_a_list_of_sellers_holds_a_shop_named_like_a_person() -> None:
    text = (
        "The Lumora 4 costs £169 and is sold in the UK by Brindlecart and Hobson Tate, and directly from the maker.\n"
    )
    kinds = draft_kinds(text)
    assert kinds.get("Brindlecart") is ActorKind.organization, kinds
    assert kinds.get("Hobson Tate") is ActorKind.organization, kinds


def test_a_store_named_for_its_founder_is_a_shop_where_goods_are_sold() -> None:
    kinds = draft_kinds("The same kettle is sold at Marsden Hobb for £10 less.")
    assert kinds.get("Marsden Hobb") is ActorKind.organization, kinds


def test_a_person_selling_tickets_stays_a_person() -> None:
    kinds = draft_kinds("Tickets are available from Jean Hirst on 01234 567890.")
    assert kinds.get("Jean Hirst") is ActorKind.person, kinds


@pytest.mark.parametrize(
    "sentence, firm",
    [
        ("Drawings were prepared by Aldercott Pike Planning on behalf of the applicant.", "Aldercott Pike Planning"),
        ("The agent, Tennick Surveying, said the scheme was modest.", "Tennick Surveying"),
    ],
)
def test_a_practice_named_by_its_trade_s_gerund_is_a_firm(sentence: str, firm: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(firm) is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Latest Developments\nThe council met on Monday to discuss the plan.\n",
        "She studied Urban Planning at university.",
        "Read the Latest Developments on our blog.",
    ],
)
def test_a_heading_of_common_words_and_a_trade_word_is_no_firm(text: str) -> None:
    kinds = draft_kinds(text)
    assert not kinds, kinds


def test_a_firm_of_a_street_in_a_town_is_three_names() -> None:
    text = "The application was submitted by the agent Quennell Tarr Planning of Moxley Street, Staxby.\n"
    kinds = draft_kinds(text)
    assert kinds.get("Quennell Tarr Planning") is ActorKind.organization, kinds
    assert kinds.get("Moxley Street") is ActorKind.place, kinds
    assert kinds.get("Staxby") is ActorKind.place, kinds


@pytest.mark.parametrize(
    "sentence, side",
    [
        ("The holders Oxwold lost 3-1 at home in the cup.", "Oxwold"),
        ("The hosts Quarnby won 2-0 in the league.", "Quarnby"),
    ],
)
def test_a_side_by_its_standing_in_a_cup_is_a_club(sentence: str, side: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(side) is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Quenlight, the e-reader maker founded in Tallinn, has grown fast.", "Quenlight", ActorKind.organization),
        ("Quellix, a maker of drones, said sales rose.", "Quellix", ActorKind.organization),
        ("Ilse Varnstone, a maker of fine furniture, said so.", "Ilse Varnstone", ActorKind.person),
        ("Tarrowby, the film-maker, said the shoot was over.", "Tarrowby", ActorKind.person),
    ],
)
def test_a_maker_set_after_a_name_is_a_firm_unless_a_person_is_named(sentence: str, name: str, kind: ActorKind) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(name) is kind, kinds


@pytest.mark.parametrize(
    "sentence, firms",
    [
        (
            "Scaffolding came from Quennow Plant Hire, and Tarvel Travel ran the coaches.",
            ("Quennow Plant Hire", "Tarvel Travel"),
        ),
        ("Quarnby Farm Shop and the Tarrow Brass Band joined the fair.", ("Quarnby Farm Shop", "Tarrow Brass Band")),
    ],
)
def test_a_rare_name_before_a_trade_s_noun_is_a_firm(sentence: str, firms: tuple[str, ...]) -> None:
    kinds = draft_kinds(sentence)
    for firm in firms:
        assert kinds.get(firm) is ActorKind.organization, kinds


def test_common_words_before_a_trade_s_noun_make_a_heading() -> None:
    kinds = draft_kinds(
        "Plant Hire\nWe hire diggers by the day. Join our Local Partnership for discounts.\n"
        "The shop won Farm Shop of the Year in May.\n"
    )
    assert not kinds, kinds


def test_a_device_s_spec_after_a_size_is_no_body() -> None:
    kinds = draft_kinds("Specs\nScreen: 6.7in OLED, 120Hz. The 27in IPS panel is bright.\n")
    assert not kinds, kinds


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Boater Ewan Tiplady said the lock had been stuck for a week.", "Ewan Tiplady"),
        ("Warden Jory Pengelly agreed that the path was unsafe.", "Jory Pengelly"),
    ],
)
def test_who_one_is_on_the_water_or_the_hills_opens_no_name(sentence: str, person: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(person) is ActorKind.person, kinds
    assert len(kinds) == 1, kinds


def test_a_ferry_firm_named_with_a_given_name_is_a_firm() -> None:
    kinds = draft_kinds("Crossings are run by Marigold Ferries, which added a second boat.")
    assert kinds.get("Marigold Ferries") is ActorKind.organization, kinds


def test_a_longer_name_or_a_people_s_adjective_before_a_trade_s_noun_stays_a_body() -> None:
    kinds = draft_kinds("Funds came from the Tarvish Humanitarian Partnership and the British Travel Partnership.")
    assert kinds.get("Tarvish Humanitarian Partnership") is ActorKind.organization, kinds


def test_a_partnership_of_common_words_between_states_is_no_body() -> None:
    kinds = draft_kinds("Tarvia and Quellmark signed a Comprehensive Strategic Partnership in May.")
    assert "Comprehensive Strategic Partnership" not in kinds, kinds
