"""Names on English news pages after the eighteenth round (issue 15): a tool "available from" a
project on a page about software is no shop, and more firms by their trade's noun.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "sentence, tools",
    [
        ("Extra compiler lints are available from Clippy, which most projects run before a release.", ("Clippy",)),
        (
            "Install version 1.4.2 of the linter; it is available from Quarrelsome and Tidyfold.",
            ("Quarrelsome", "Tidyfold"),
        ),
        ("The crate is available from Snarlbox, and the command line tool sold at Fenwicke Quill.", ("Snarlbox",)),
    ],
)
def test_a_tool_available_from_a_project_is_no_shop(sentence: str, tools: tuple[str, ...]) -> None:
    kinds = draft_kinds(sentence)
    for tool in tools:
        assert kinds.get(tool) is not ActorKind.organization, kinds


def test_a_shop_selling_a_gadget_stays_a_shop() -> None:
    kinds = draft_kinds("The Lumwick 2 speaker costs £89 and is available from Pellerby and Hobcart.")
    assert kinds.get("Pellerby") is ActorKind.organization, kinds
    assert kinds.get("Hobcart") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "sentence, firm",
    [
        ("The bookseller Quillmere Books will close two of its shops next spring.", "Quillmere Books"),
        ("The landlord of the shop, Ashgrove Estates, said it had offered a rent holiday.", "Ashgrove Estates"),
        ("Dairy champion: Tallack Brothers. Reserve: Penwortham.", "Tallack Brothers"),
    ],
)
def test_a_firm_named_by_books_estates_or_brothers(sentence: str, firm: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(firm) is ActorKind.organization, kinds


def test_common_words_before_books_or_estates_make_a_heading() -> None:
    kinds = draft_kinds("Rare Books and Housing Estates are two sections of the fair this year.")
    assert "Rare Books" not in kinds and "Housing Estates" not in kinds, kinds


def test_the_auctioneers_before_a_name_make_a_firm() -> None:
    kinds = draft_kinds("Sponsors included the feed firm Marrow Agri and the auctioneers Pendle Haskett.")
    assert kinds.get("Pendle Haskett") is ActorKind.organization, kinds


def test_a_journal_after_its_noun_is_a_publication() -> None:
    kinds = draft_kinds("The results were published last month in the journal Thorncastle Physics.")
    assert kinds.get("Thorncastle Physics") is ActorKind.media, kinds


def test_a_spin_out_from_a_university_is_a_firm() -> None:
    kinds = draft_kinds("Quillon, a battery-recycling spin-out from the University of Tarrow, has raised £4 million.")
    assert kinds.get("Quillon") is ActorKind.organization, kinds


def test_former_managers_of_a_shop_by_its_possessive_name_the_firm() -> None:
    kinds = draft_kinds("New owners were often former Pellingham's managers setting up on their own.")
    assert kinds.get("Pellingham") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Young handler of the day was 13-year-old Elowen Pendrigg from the young farmers.", "Elowen Pendrigg"),
        ("The prize went to 15-year-old Tamsin Orchardleigh, who trained the dog herself.", "Tamsin Orchardleigh"),
    ],
)
def test_a_name_after_an_age_in_years_is_a_person(sentence: str, person: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(person) is ActorKind.person, kinds


def test_an_office_of_a_larger_body_is_a_body() -> None:
    kinds = draft_kinds(
        "Tarrow Innovation, the university's technology transfer office, owns 12 per cent of the company."
    )
    assert kinds.get("Tarrow Innovation") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Ilse Varnholt, the office manager, said the plant would close.", "Ilse Varnholt"),
        ("Tomas Quellby, a bank official, said the plant would close.", "Tomas Quellby"),
    ],
)
def test_a_noun_that_qualifies_a_person_s_job_leaves_a_person(sentence: str, person: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(person) is ActorKind.person, kinds


def test_a_firm_s_rivals_listed_are_firms() -> None:
    kinds = draft_kinds("Rivals include Voltmere, based in Cardiff, and the Belgian group Quenox.")
    assert kinds.get("Voltmere") is ActorKind.organization, kinds


def test_a_farm_is_a_place_and_its_village_follows_in_an_address() -> None:
    kinds = draft_kinds("The bull was bred by Ptolemy Quarrie of Hexcombe Farm, Tollerdown.")
    assert kinds.get("Hexcombe Farm") is ActorKind.place, kinds
    assert kinds.get("Tollerdown") is ActorKind.place, kinds


def test_a_shop_bought_from_online_is_a_firm() -> None:
    kinds = draft_kinds("Readers now buy the same titles online from Pagewell, and for a few pounds less.")
    assert kinds.get("Pagewell") is ActorKind.organization, kinds


def test_joining_online_from_a_town_leaves_no_firm() -> None:
    kinds = draft_kinds("He joined the meeting online from Tarrowby, where he lives.")
    assert kinds.get("Tarrowby") is not ActorKind.organization, kinds


def test_the_edge_of_a_town_is_a_place() -> None:
    kinds = draft_kinds("The retail park opened on the edge of Pellowby in 2019.")
    assert kinds.get("Pellowby") is ActorKind.place, kinds


def test_a_breed_and_an_animal_s_name_at_a_show_are_no_actors() -> None:
    kinds = draft_kinds("Reserve went to the Hereford bull Pellstone Marauder, bred by Tobias Quenby of Ashcombe.")
    assert "Hereford" not in kinds and "Pellstone Marauder" not in kinds, kinds
    assert kinds.get("Tobias Quenby") is ActorKind.person, kinds


def test_a_town_named_like_a_breed_stays_a_place_elsewhere() -> None:
    kinds = draft_kinds("The market in Hereford sold 300 cattle on Tuesday.")
    assert kinds.get("Hereford") is ActorKind.place, kinds
