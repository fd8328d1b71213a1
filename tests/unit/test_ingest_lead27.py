"""Round lead27: which land a page means by a shared name, in the text and in a workspace that holds a namesake; a
land's premier; a short day opening a firm's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid, dossier, draft_found_by, draft_kind_names

# A page that names its province once, and two of its towns: a reader knows the land it is in.
_CANADIAN_PAGE = (
    "Surrey Mayor Linda Haraway-Oke said the city would need new water lines. The mayor of Burnaby agreed, as did "
    "councillors in Coquitlam, and the province of British Columbia promised a review."
)


def test_a_region_of_the_land_and_two_of_its_towns_place_a_shared_name_there() -> None:
    found_by = draft_found_by(_CANADIAN_PAGE)
    assert "Canada" in found_by["Surrey"], found_by


def test_towns_of_another_land_without_its_region_do_not_move_a_shared_name() -> None:
    # towns alone may be family names; they need a region of their land beside them
    text = "Surrey Mayor Linda Haraway-Oke met the mayors of Burnaby and Coquitlam on Monday."
    found_by = draft_found_by(text)
    assert "United Kingdom" in found_by["Surrey"], found_by


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The premier of Alberta said the pipeline deal was dead.", "Alberta"),
        ("The Premier of Tasmania, Dora Quellan, opened the bridge.", "Tasmania"),
    ],
)
def test_the_land_after_premier_of_is_a_place(text: str, place: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(place) == "place", kinds


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Sun Microsystems said it would cut 3,000 jobs.", "Sun Microsystems"),
        ("Shares in Sun Microsystems fell on Tuesday.", "Sun Microsystems"),
    ],
)
def test_a_short_day_before_a_rare_capitalised_word_opens_a_firms_name(text: str, firm: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(firm) == "organization", kinds
    assert "Microsystems" not in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed on Sun 4 May in Leeds.",
        "Doors open Sat Oct 5 at the Varnby hall.",
        "Sat Night Live returns to the schedule.",
    ],
)
def test_a_short_day_of_a_calendar_opens_no_name(text: str) -> None:
    kinds = draft_kind_names(text)
    assert not any(name.split()[0] in ("Sun", "Sat") for name in kinds), kinds


_AUSTRALIAN_PAGE = (
    "# Heat grips Perth\n\nTemperatures in Perth reached 44 degrees on Monday, the Western Australia weather "
    "bureau said. Residents of Perth were told to stay indoors.\n"
)
_SCOTTISH_PAGE = (
    "# Bridge shut in Perth\n\nThe bridge over the Tay in Perth was closed on Tuesday. Officials in Perth and "
    "Pitlochry in Scotland said the water was still rising.\n"
)
_SCOTTISH_PAGE_LATER = "# Flood walls\n\nCouncillors in Perth, Scotland, voted on Wednesday to mend the walls.\n"
_PAGE_SAYING_NO_LAND = "# Heat again\n\nPerth had another hot day on Friday, forecasters said.\n"


def _ingest(root: Path, name: str, text: str) -> None:
    """Ingest a page as `dossier ingest` does (its service, in this process: the CLI runs once per test, in `check`)."""
    page = root.parent / name
    page.write_text(text, encoding="utf-8")
    result = ingest_file(root, page)
    assert result.status == "added", result.message


def _places(root: Path) -> dict[str, str]:
    return {
        actor.id: actor.name for actor in load_workspace(root, use_cache=False).actors.values() if actor.kind == "place"
    }


def _quoted_about(root: Path, source_words: str) -> set[str]:
    workspace = load_workspace(root, use_cache=False)
    return {actor_id for quote in workspace.quotes.values() if source_words in quote.source for actor_id in quote.about}


def test_a_page_about_another_lands_namesake_gets_a_place_of_its_own(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    assert dossier("init", str(root)).returncode == 0
    _ingest(root, "heat.md", _AUSTRALIAN_PAGE)
    _ingest(root, "bridge.md", _SCOTTISH_PAGE)
    places = _places(root)
    assert places["perth"] == "Perth", places
    assert places["perth-united-kingdom"] == "Perth, United Kingdom", places
    assert "perth-united-kingdom" in _quoted_about(root, "bridge") and "perth" not in _quoted_about(root, "bridge")
    # a later page about the Scottish town links to it, and adds no third Perth
    _ingest(root, "walls.md", _SCOTTISH_PAGE_LATER)
    assert {key for key in _places(root) if key.startswith("perth")} == {"perth", "perth-united-kingdom"}
    assert "perth-united-kingdom" in _quoted_about(root, "walls")
    assert_valid(root)
    check = dossier("check", "-w", str(root))
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_page_that_names_no_land_keeps_the_workspaces_place(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    _ingest(root, "heat.md", _AUSTRALIAN_PAGE)
    _ingest(root, "again.md", _PAGE_SAYING_NO_LAND)
    assert [key for key in _places(root) if key.startswith("perth")] == ["perth"]
    assert "perth" in _quoted_about(root, "heat-again")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Northern Rock said it would repay the loan.", "Northern Rock"),
        ("Northern Quellgrid said 3,000 homes were without power.", "Northern Quellgrid"),
    ],
)
def test_a_compass_adjective_and_a_word_that_speak_are_a_body(text: str, firm: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(firm) == "organization", kinds


def test_a_place_filed_with_its_land_takes_the_pages_mentions_of_it(tmp_path: Path) -> None:
    # the analyst filed the Scottish town under its name and land; a page about it links there
    root = tmp_path / "ws"
    assert dossier("init", str(root)).returncode == 0
    (root / "actors" / "perth-scotland.yaml").write_text(
        "id: perth-scotland\nname: Perth, United Kingdom\nkind: place\n", encoding="utf-8"
    )
    _ingest(root, "bridge.md", _SCOTTISH_PAGE)
    assert [key for key in _places(root) if key.startswith("perth")] == ["perth-scotland"]
    assert "perth-scotland" in _quoted_about(root, "bridge")
    assert_valid(root)


def test_a_town_shared_with_a_bigger_one_abroad_is_of_the_land_the_page_keeps_naming() -> None:
    # three towns of England and none of Canada: the English Whitby, not the bigger one in Ontario
    text = (
        "Trains to Whitby were cancelled on Monday. Buses ran between Prudhoe and Tynemouth instead, and the road "
        "near Bishop Auckland was closed by snow."
    )
    assert "United Kingdom" in draft_found_by(text)["Whitby"]


def test_a_shared_town_on_a_page_about_its_own_land_stays_there() -> None:
    text = (
        "Trains to Whitby were cancelled on Monday. Buses ran between Oshawa and Pickering instead, as snow fell "
        "across Ontario."
    )
    assert "Canada" in draft_found_by(text)["Whitby"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Quillmetric, Inc. today reported results for the quarter.", "Quillmetric"),
        ("Varnex Holdings, LLC said it had agreed to buy the plant.", "Varnex Holdings"),
    ],
)
def test_a_name_before_a_legal_form_after_its_comma_is_a_firm(text: str, firm: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(firm) == "organization", kinds


@pytest.mark.parametrize(
    "text",
    [
        "AUSTIN, Texas, Dec. 2, 2026 /PRNewswire/ -- Quillmetric, Inc. today reported results.",
        "AUSTIN, Texas--(BUSINESS WIRE)--Quillmetric, Inc. today reported results.",
    ],
)
def test_a_releases_dateline_before_its_wire_names_the_town_and_its_state(text: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get("Austin") == "place" and kinds.get("Texas") == "place", kinds
    assert "AUSTIN" not in kinds, kinds


def test_an_english_town_named_with_its_river_goes_by_its_first_word() -> None:
    found_by = draft_found_by("Police in Stoke said the man was arrested. The pier at Southend reopened on Friday.")
    assert "Stoke-on-Trent, United Kingdom" in found_by["Stoke"], found_by
    assert "Southend-on-Sea, United Kingdom" in found_by["Southend"], found_by


def test_newcastle_on_a_page_about_the_north_east_is_newcastle_upon_tyne() -> None:
    text = (
        "Trains between Newcastle and Carlisle were cancelled. Roads near Hexham and Prudhoe were closed, and buses "
        "to Tynemouth were late."
    )
    assert "Newcastle upon Tyne, United Kingdom" in draft_found_by(text)["Newcastle"]
    # with nothing said of England, the bigger Newcastle, in New South Wales
    assert "Australia" in draft_found_by("He flew from Sydney to Newcastle for the match.")["Newcastle"]


def test_a_place_the_analyst_located_in_a_state_is_no_namesake_of_another_land(tmp_path: Path) -> None:
    # a hand-made Perth with no ingest evidence, linked to Australia: a Scottish page's Perth is another place
    root = tmp_path / "ws"
    assert dossier("init", str(root)).returncode == 0
    (root / "actors" / "australia.yaml").write_text("id: australia\nname: Australia\nkind: state\n", encoding="utf-8")
    (root / "actors" / "perth.yaml").write_text(
        "id: perth\nname: Perth\nkind: place\nrelations:\n- type: located-in\n  target: australia\n", encoding="utf-8"
    )
    _ingest(root, "bridge.md", _SCOTTISH_PAGE)
    assert _places(root).get("perth-united-kingdom") == "Perth, United Kingdom"
    assert "perth" not in _quoted_about(root, "bridge")
    assert_valid(root)


def test_new_before_a_states_name_inside_a_sentence_is_a_land_of_its_own() -> None:
    kinds = draft_kind_names("Japanese forces landed on New Guinea in 1942.")
    assert kinds.get("New Guinea") == "place", kinds
    assert "Guinea" not in kinds, kinds


def test_new_opening_a_sentence_before_a_states_name_is_the_adjective() -> None:
    kinds = draft_kind_names("New Russia sanctions were announced on Monday.")
    assert kinds.get("Russia") == "state", kinds
