"""Ingest on English web pages after the twenty-third round of real probes (issue 15).

A results table's candidates, parties and wards; a press office or a council's offices, no actor; a name
beside a post ("chief executive of") or after a keeper's trade ("our water bailiff,"); a village or a
church hall; a town closing an address; a bog or a fen named in a description. Each example is invented
and goes through the real extractor."""

from __future__ import annotations

from pathlib import Path

from dossier.ingest.extract_text import read_document
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

_RESULTS = (
    "The count for the Pellowby ward took place overnight.\n"
    "| Candidate | Party | Votes |\n"
    "|---|---|---|\n"
    "| Ottilie Grangemoor | Brackenshire Independents | 1,204 (elected) |\n"
    "| Lysander Quaitwell | Heritage Party | 987 |\n"
    "| Perpetua Voskuilen | Labour Party | 611 |\n"
    "Turnout was 31.5%."
)


def test_a_results_table_gives_its_candidates_as_persons() -> None:
    kinds = draft_kinds(_RESULTS)
    for name in ("Ottilie Grangemoor", "Lysander Quaitwell", "Perpetua Voskuilen"):
        assert kinds.get(name) is ActorKind.person, kinds


def test_a_results_table_gives_its_parties_as_bodies() -> None:
    kinds = draft_kinds(_RESULTS)
    assert kinds.get("Heritage Party") is ActorKind.organization, kinds
    assert kinds.get("Labour Party") is ActorKind.organization, kinds


def test_a_results_tables_ward_column_gives_places() -> None:
    text = (
        "The results by ward were declared at noon.\n"
        "| Ward | Winner | Party | Votes |\n"
        "|---|---|---|---|\n"
        "| Hatherby Vale | Seraphina Oakengate | Green Party | 866 |\n"
        "| Tollingford East | Barnabas Whitlock-Eze | Labour Party | 702 |"
    )
    kinds = draft_kinds(text)
    assert kinds.get("Hatherby Vale") is ActorKind.place, kinds
    assert kinds.get("Tollingford East") is ActorKind.place, kinds
    assert kinds.get("Seraphina Oakengate") is ActorKind.person, kinds


def test_a_table_of_prices_gives_no_names() -> None:
    text = (
        "Markets fell on Tuesday as bond yields rose.\n"
        "| Name | Last | Chg |\n"
        "|---|---|---|\n"
        "| Harlow Index | 5,842.10 | -61.30 |\n"
        "| GBX | 1.0412 | -0.0031 |\n"
        "| Silver Jones | 31.20 | +0.40 |"
    )
    kinds = draft_kinds(text)
    assert not {"GBX", "Silver Jones", "Harlow Index"} & set(kinds), kinds


def test_a_pages_table_reaches_the_text(tmp_path: Path) -> None:
    page = tmp_path / "result.html"
    page.write_text(
        "<html><head><title>Result</title></head><body><main><h1>Dunsby ward by-election</h1>"
        "<p>The by-election was held on Thursday to fill a vacant seat on the council, and the count took "
        "place overnight at the leisure centre in the middle of the town.</p>"
        "<table><tr><th>Candidate</th><th>Party</th></tr>"
        "<tr><td>Ottilie Grangemoor</td><td>Heritage Party</td></tr></table>"
        "<p>The returning officer thanked the staff and the candidates for their patience during the count, "
        "which ended shortly before four in the morning.</p></main></body></html>",
        encoding="utf-8",
    )
    assert "Ottilie Grangemoor" in read_document(page).text


def test_a_press_office_is_no_actor() -> None:
    kinds = draft_kinds("Media contact: Sabine Threlkeld, Press Office, University of Wraxholme, 01632 960 118")
    assert "Press Office" not in kinds, kinds
    assert kinds.get("Sabine Threlkeld") is ActorKind.person, kinds


def test_a_councils_offices_are_no_actor_and_the_town_after_the_street_is_a_place() -> None:
    kinds = draft_kinds("Returns will be open for inspection at the Council Offices, Tanner Street, Pellowby.")
    assert "Council Offices" not in kinds, kinds
    assert kinds.get("Pellowby") is ActorKind.place, kinds


def test_the_home_office_stays_a_body() -> None:
    kinds = draft_kinds("The Home Office said the rules would change in April.")
    assert kinds.get("Home Office") is ActorKind.organization, kinds


def test_a_name_before_chief_executive_of_is_a_person() -> None:
    kinds = draft_kinds(
        "Lazarine Kettlewood, chief executive of the Dunmere Wetland Trust, opened the new hide on Friday."
    )
    assert kinds.get("Lazarine Kettlewood") is ActorKind.person, kinds


def test_a_name_after_our_water_bailiff_is_a_person() -> None:
    kinds = draft_kinds("Our water bailiff, Lucius Brackenridge, will be checking permits on the lower beats.")
    assert kinds.get("Lucius Brackenridge") is ActorKind.person, kinds


def test_a_village_hall_and_a_church_hall_are_places() -> None:
    kinds = draft_kinds("Voters went to St Ebba's Church Hall, Hollinby School and the Caldermoor Village Hall.")
    assert kinds.get("St Ebba's Church Hall") is ActorKind.place, kinds
    assert kinds.get("Caldermoor Village Hall") is ActorKind.place, kinds


def test_a_fen_described_as_a_marsh_is_a_place() -> None:
    kinds = draft_kinds("The survey crossed Quillan Fen, a marsh below the ridge, on foot.")
    assert kinds.get("Quillan Fen") is ActorKind.place, kinds


def test_a_person_described_as_a_heath_volunteer_is_no_place() -> None:
    kinds = draft_kinds("The trust thanked Ysolde Marchbank-Tey, a heath volunteer, for ten years of work.")
    assert kinds.get("Ysolde Marchbank-Tey") is not ActorKind.place, kinds
