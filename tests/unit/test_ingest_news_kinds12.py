"""Kinds on English news pages after the twelfth round (issue 15): the sides of a match's result
are clubs; banks and fintechs in a list that opens a sentence about customers are firms; a canal
named for two towns keeps its "and"; a firm's name before "UK" is the firm's branch; a start-up
described with a hyphen is a firm; villages after "Nether" or "Upper" are places.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# Lower-case words of a match report, so the page reads as a sports page.
_MATCH = "The striker scored a penalty after a header, and the goalkeeper argued with the referee at half-time. "


@pytest.mark.parametrize(
    "sentence, clubs",
    [
        ("Elsewhere, Brackenby beat Thornholme 3-0 on Saturday.", ("Brackenby", "Thornholme")),
        ("Quarrington Vale drew 1-1 with Ellerdyke Heath.", ("Quarrington Vale", "Ellerdyke Heath")),
        ("Saltmoor Colliery Welfare lost 4-2 at home to Whinfell.", ("Saltmoor Colliery Welfare", "Whinfell")),
    ],
)
def test_the_sides_of_a_result_on_a_sports_page_are_clubs(sentence: str, clubs: tuple[str, ...]) -> None:
    kinds = draft_kinds(_MATCH + sentence)
    for club in clubs:
        assert kinds.get(club) is ActorKind.organization, kinds


def test_a_cricket_page_is_a_sports_page_and_its_sides_are_clubs() -> None:
    kinds = draft_kinds(
        "The off-spinner took five wickets and the opener hit four sixes before the last wicket fell. "
        "In the other games, Harlby Brook beat Oxcombe by six wickets."
    )
    assert kinds.get("Harlby Brook") is ActorKind.organization, kinds
    assert kinds.get("Oxcombe") is ActorKind.organization, kinds


def test_players_and_nations_in_a_result_keep_their_kinds() -> None:
    kinds = draft_kinds(
        _MATCH + "Marta Kovacsik beat Lena Horvatin in the final. England beat Wales at Twickenham. "
        "The team travel to Sheffield on Tuesday."
    )
    assert kinds.get("Marta Kovacsik") is ActorKind.person, kinds
    assert kinds.get("Lena Horvatin") is ActorKind.person, kinds
    assert kinds.get("England") is not ActorKind.organization, kinds
    assert kinds.get("Sheffield") is ActorKind.place, kinds


def test_a_result_word_off_a_sports_page_makes_no_club() -> None:
    kinds = draft_kinds("Pellington beat the deadline by a day, the council said.")
    assert kinds.get("Pellington") is not ActorKind.organization, kinds


@pytest.mark.parametrize(
    "text, firms",
    [
        (
            "Quennmark, Ravelbank and First Harbour are paying new customers up to £150 to switch.",
            ("Quennmark", "Ravelbank", "First Harbour"),
        ),
        (
            "Tollo, Chase and Brimley, which have no branches, have gained 4,000 customers since May.",
            ("Tollo", "Chase", "Brimley"),
        ),
        ("Zennor, Chip and Atom Bank pay savers 4.6%.", ("Zennor", "Chip", "Atom Bank")),
    ],
)
def test_a_list_that_opens_a_sentence_about_customers_names_firms(text: str, firms: tuple[str, ...]) -> None:
    kinds = draft_kinds(text)
    for firm in firms:
        assert kinds.get(firm) is ActorKind.organization, kinds
    assert "Chip and Atom Bank" not in kinds


def test_a_list_of_towns_or_people_is_no_list_of_firms() -> None:
    kinds = draft_kinds("Leeds, York and Hull have more residents than before. Tom, Mary and John have customers.")
    assert kinds.get("Hull") is ActorKind.place, kinds
    assert ActorKind.organization not in kinds.values(), kinds


@pytest.mark.parametrize(
    "text",
    [
        "Talks at the Advisory, Conciliation and Arbitration Service failed on Friday.",
        "We thank the UK Foreign, Commonwealth and Development Office for its help.",
    ],
)
def test_one_body_named_with_a_comma_and_and_is_no_list(text: str) -> None:
    kinds = draft_kinds(text)
    assert "Arbitration Service" not in kinds and "Development Office" not in kinds, kinds


@pytest.mark.parametrize(
    "text, canal",
    [
        ("A stretch of towpath on the Tewsby and Marlow Canal reopened on Thursday.", "Tewsby and Marlow Canal"),
        ("Boats queued on the Orrell and Fenby Navigation all week.", "Orrell and Fenby Navigation"),
    ],
)
def test_a_canal_named_for_two_towns_keeps_its_and(text: str, canal: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(canal) is ActorKind.place, kinds


def test_two_towns_without_a_canal_stay_two_places() -> None:
    kinds = draft_kinds("They walked from Leeds and Wakefield to the coast.")
    assert kinds.get("Leeds") is ActorKind.place, kinds
    assert kinds.get("Wakefield") is ActorKind.place, kinds


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Sales rose at Gowrie UK last year, its accounts show.", "Gowrie UK"),
        ("The grant came from Costigan UK, the builder.", "Costigan UK"),
        ("Emberhold UK, the charity that runs warm spaces, has appealed for volunteers.", "Emberhold UK"),
    ],
)
def test_a_name_before_uk_is_a_branch_not_a_place_or_person(text: str, firm: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(firm) is ActorKind.organization, kinds


def test_a_town_before_its_state_stays_a_town() -> None:
    kinds = draft_kinds("Perth Australia is sunny in March.")
    assert kinds.get("Perth") is ActorKind.place, kinds


def test_a_start_up_written_with_a_hyphen_is_a_firm() -> None:
    kinds = draft_kinds("Quorvane, the Leeds audio start-up, has launched new earbuds.")
    assert kinds.get("Quorvane") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "text, place",
    [
        ("The bank collapsed near Nether Brindlecombe in July.", "Nether Brindlecombe"),
        ("People walk to the shop in Upper Haxcot every day.", "Upper Haxcot"),
    ],
)
def test_a_village_after_nether_or_upper_is_a_place(text: str, place: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(place) is ActorKind.place, kinds


def test_an_inn_named_for_a_trades_arms_is_one_name() -> None:
    kinds = draft_kinds("The Cooper's Arms at Fenby Wharf reopened its garden this week.")
    assert kinds.get("Cooper's Arms") is ActorKind.place, kinds
    assert "Cooper" not in kinds


def test_contractors_opening_a_sentence_are_no_part_of_the_firm() -> None:
    kinds = draft_kinds("Contractors Ravensworth Civils drove 400 steel piles into the bank.")
    assert "Contractors Ravensworth Civils" not in kinds, kinds


def test_an_air_ambulance_is_a_body() -> None:
    kinds = draft_kinds("The collection raised £2,300 for Wrekinside Air Ambulance on Saturday.")
    assert kinds.get("Wrekinside Air Ambulance") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "text, person",
    [
        ("Retired nurse Hermione Dunkerton, from Kelby, said she had switched three times.", "Hermione Dunkerton"),
        ('"We kept going," said Harwick manager Ellery Tamworth-Fyfe.', "Ellery Tamworth-Fyfe"),
    ],
)
def test_a_job_noun_in_lower_case_before_a_name_makes_a_person(text: str, person: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(person) is ActorKind.person, kinds


def test_a_landlord_before_a_firms_name_makes_no_person() -> None:
    kinds = draft_kinds("The shop was sold by landlord Marlow Property last year.")
    assert kinds.get("Marlow Property") is not ActorKind.person, kinds


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Tilda Ranworth, an analyst at the comparison site Pricevane, said so.", "Pricevane"),
        ("The charity works with the food bank network Crumbshare Together.", "Crumbshare Together"),
    ],
)
def test_a_site_or_network_by_its_trade_is_a_body(text: str, firm: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(firm) is ActorKind.organization, kinds
