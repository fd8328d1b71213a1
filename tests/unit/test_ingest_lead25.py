"""Round lead25: a place name that towns of several lands share is read as the town of the land the page names."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.unit.ingest_helpers import dossier, draft_found_by, draft_kind_names, draft_kinds


@pytest.mark.parametrize(
    ("text", "name", "land"),
    [
        # the gazetteer holds the biggest town of a name; the page's own lands name the other one
        ("Roadworks closed the A9 near Perth and Pitlochry in Scotland on Monday.", "Perth", "United Kingdom"),
        ("Quellan Farr moved from London, Ontario, to a farm outside Toronto.", "London", "Canada"),
        ("Mira Tolvane grew up in Boston, Lincolnshire, and studied in Nottingham.", "Boston", "United Kingdom"),
        ("Tarnwell Bio, based in Cambridge, Massachusetts, raised $40 million.", "Cambridge", "United States"),
        # a region named by a common word or a given name, after its town's comma
        ("Bushfires threatened homes near Ballarat, Victoria, on Tuesday.", "Victoria", "Australia"),
        ("The Quell family farm lies outside Maidstone, Kent, near the motorway.", "Kent", "United Kingdom"),
    ],
)
def test_a_shared_town_name_is_the_town_of_the_land_the_page_names(text: str, name: str, land: str) -> None:
    found_by = draft_found_by(text)
    assert f"gazetteer: {name}, {land}" in found_by.get(name, ""), found_by


@pytest.mark.parametrize(
    ("text", "name", "land"),
    [
        # with no land named, or the table's own land named as often, the biggest town keeps the name
        ("Dara Quell flew to Perth on Monday for the mining conference.", "Perth", "Australia"),
        ("The festival in Perth drew crowds from across Western Australia.", "Perth", "Australia"),
        ("Tessa Brannock left London for Paris, then Ontario's lakes.", "London", "United Kingdom"),
        # a land's name inside a body's name says nothing of where the town is
        ("Card payments failed at Halifax and Bank of Scotland branches in Perth.", "Perth", "Australia"),
        # nor does a state named in the sentence, nor a land the page names elsewhere beside a region
        ("Talks in Vienna with the United States ended without a deal.", "Vienna", "Austria"),
    ],
)
def test_a_shared_town_name_keeps_the_biggest_town_without_a_reason(text: str, name: str, land: str) -> None:
    found_by = draft_found_by(text)
    assert f"gazetteer: {name}, {land}" in found_by.get(name, ""), found_by


def test_a_given_name_that_names_a_land_is_no_evidence_of_it() -> None:
    # "Victoria Quell" is a person; "Victoria" names an Australian state only where it stands alone
    found_by = draft_found_by("Victoria Quell opened the show in Perth on Friday.")
    assert "gazetteer: Perth, Australia" in found_by.get("Perth", ""), found_by


def test_the_draft_file_names_the_land_of_the_page(tmp_path: Path) -> None:
    source = tmp_path / "roadworks.txt"
    source.write_text(
        "Roadworks closed the A9 near Perth and Pitlochry in Scotland on Monday.\n\n"
        "Transport Scotland said the road would reopen on Friday.\n",
        encoding="utf-8",
    )
    workspace = tmp_path / "ws"
    assert dossier("init", str(workspace)).returncode == 0
    ingested = dossier("ingest", "--workspace", str(workspace), str(source))
    assert ingested.returncode == 0, ingested.stderr
    perth = yaml.safe_load((workspace / "actors" / "perth.yaml").read_text(encoding="utf-8"))
    assert perth["found_by"].startswith("gazetteer: Perth, United Kingdom"), perth
    assert dossier("check", "--workspace", str(workspace)).returncode == 0


@pytest.mark.parametrize(
    "text",
    [
        "She won the US Open in 2021 and lost at Wimbledon a year later.",
        "Tarvo Quell finished second at the British Grand Prix on Sunday.",
        "The French Open starts in May, the organisers said.",
        "Mira Quell reached the final of the Qatar Open last week.",
        "Tarvo Quell won the Australian Tennis Open for a third time.",
    ],
)
def test_a_contest_named_after_a_state_drafts_no_state(text: str) -> None:
    kinds = draft_kind_names(text)
    assert "state" not in kinds.values(), kinds


def test_a_state_before_a_body_named_open_is_still_read() -> None:
    kinds = draft_kind_names("The Tarvian Open Society Foundation funds newsrooms in Poland.")
    assert kinds.get("Poland") == "state", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name before the ampersand, one family name after it: a firm's partners, never one person
        ("The memoir was published by Simon & Quellmann in May.", "Simon & Quellmann"),
        ("She joined Tomas & Varnell as a partner in 2019.", "Tomas & Varnell"),
    ],
)
def test_a_given_name_and_a_family_name_joined_by_an_ampersand_name_a_firm(text: str, name: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(name) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name as frequent as a word (a historical figure's, a town's) before what the group fights as
        ("Fighters of the Caesar mercenary group seized the airport.", "Caesar"),
        ("The Falcon rebel group said it would lay down its arms.", "Falcon"),
    ],
)
def test_a_frequent_name_before_what_a_group_fights_as_is_the_group(text: str, name: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(name) == "armed_force", kinds


def test_a_frequent_name_after_an_indefinite_article_is_no_group() -> None:
    # "a Caesar mercenary group" is a kind of group, as "a Wagner-style unit" is
    kinds = draft_kind_names("The junta hired a Caesar mercenary group to guard the mines.")
    assert "Caesar" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UK Farming and Nature said it would fund the Tarnby project.", "UK Farming and Nature"),
        ("The grant came from UK Research and Discovery, the funder said.", "UK Research and Discovery"),
    ],
)
def test_a_state_and_two_fields_joined_by_and_name_one_body(text: str, name: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(name) == "organization", kinds
    assert "United Kingdom" not in kinds, kinds


def test_two_bodies_of_a_state_joined_by_and_stay_apart() -> None:
    kinds = draft_kind_names("US Army and Navy units trained at Tarnby Sound.")
    assert "US Army and Navy" not in kinds, kinds


def test_a_namesake_named_by_a_common_word_stays_a_town_between_towns() -> None:
    # read as the small English Washington (not the US capital), it is still a town listed among towns
    kinds = draft_kind_names("Bins went uncollected in Jarrow, Washington, Hebburn and Blaydon last week.")
    assert kinds.get("Washington") == "place", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # given names that the lists of Belgium, Austria and Algeria know, before a rare family name
        ("Kylian Mbolo scored twice in the second half.", "Kylian Mbolo"),
        ("The title went to Jannik Varnhof after a long final.", "Jannik Varnhof"),
        ("Lamine Tessoud was named player of the match.", "Lamine Tessoud"),
    ],
)
def test_a_given_name_of_another_lands_list_opens_a_persons_name(text: str, name: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(name) == "person", kinds


def test_another_lands_given_name_stays_a_word_of_other_languages() -> None:
    # "Francia" is a given name in Argentina's list and Spain's name for France
    kinds = draft_kinds("El Gobierno de Francia anunció nuevas medidas en París.", language="es")
    assert kinds.get("France") is not None and str(kinds["France"]) == "state", kinds


def test_a_home_region_whose_name_a_foreign_town_holds_is_the_region_in_its_language() -> None:
    # "Bali" is also a small town of India in the table: on an Indonesian page it is the province
    kinds = draft_kinds("Ribuan wisatawan datang dari Bali dan Lombok pada akhir pekan.", language="id")
    assert str(kinds.get("Bali")) == "place", kinds
