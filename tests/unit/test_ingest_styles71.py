"""A seventy-first round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a minister's
remit that names a part of a state, a known place whose name ends in a possessive, a sea lane, an agency named for two
fields, a component command after a spaced hyphen, and a body named before its lower-case word. Every example is
invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind
from tests.unit.ingest_helpers import spelling_kinds


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The Minister for Tourism and Northern Australia, Petra Quell, opened the port.",
            "Minister for Tourism and Northern Australia",
        ),
        (
            "The Hon Ivo Marrant MP, Minister for Agriculture and Western Australia\nThe grant opens in May.",
            "Minister for Agriculture and Western Australia",
        ),
    ],
)
def test_a_remit_naming_a_part_of_a_state_keeps_the_post(text: str, post: str) -> None:
    assert spelling_kinds(text).get(post) is ActorKind.person  # the holder's, read whole


def test_a_post_of_a_state_is_still_left_to_its_holder() -> None:
    drafts = _drafts("The Prime Minister of Canada arrived on Monday.")
    assert "Prime Minister of Canada" not in drafts
    assert drafts["Canada"].kind is ActorKind.state


@pytest.mark.parametrize(
    "text",
    [
        "The trawler was towed into St. John's on Friday.",
        "A ferry strike left St. John's without fuel, Newfoundland officials said.",
    ],
)
def test_a_known_place_ending_in_a_possessive_keeps_it(text: str) -> None:
    drafts = _drafts(text)
    assert drafts["St. John's"].kind is ActorKind.place
    assert "St. John" not in drafts


def test_a_possessive_after_a_place_is_no_part_of_it() -> None:
    drafts = _drafts("Convoys crossed Ontario's north in the night.")
    assert "Ontario's" not in drafts


@pytest.mark.parametrize(
    ("text", "lane"),
    [
        ("Two tankers were escorted through the Northwest Passage in August.", "Northwest Passage"),
        ("Gales in the Drake Passage forced the survey ship back to port.", "Drake Passage"),
    ],
)
def test_a_sea_lane_is_a_place(text: str, lane: str) -> None:
    assert _drafts(text)[lane].kind is ActorKind.place


def test_a_safe_passage_scheme_is_no_sea_lane() -> None:
    assert "Safe Passage" not in _drafts("The Safe Passage scheme opened to families in May.")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Engineers from the Tarnian Organization for Metals and Energy Security inspected the plant.",
            "Tarnian Organization for Metals and Energy Security",
        ),
        (
            "Inspectors of the Tarnish Agency for Fisheries and Ocean Science boarded the trawler.",
            "Tarnish Agency for Fisheries and Ocean Science",
        ),
    ],
)
def test_an_agency_named_for_two_fields_is_one_body(text: str, agency: str) -> None:
    assert _drafts(text)[agency].kind is ActorKind.organization


def test_an_agency_and_another_body_stay_two() -> None:
    drafts = _drafts("Staff of the International Organization for Migration and UNHCR met in Geneva.")
    assert "International Organization for Migration" in drafts
    assert "UNHCR" in drafts


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("U.S. Marine Forces - Pacific (MARFORPAC) sent two planners.", "U.S. Marine Forces - Pacific"),
        ("Officers of the Tarnian Armed Forces - Royal Army took part.", "Tarnian Armed Forces - Royal Army"),
    ],
)
def test_a_command_goes_on_through_a_spaced_hyphen(text: str, command: str) -> None:
    assert _drafts(text)[command].kind is ActorKind.armed_force


def test_a_spaced_hyphen_before_a_speaker_ends_the_force() -> None:
    drafts = _drafts("The Task Force - Sami Korr said on Monday - had left the port.")
    assert "Task Force" in drafts
    assert drafts["Sami Korr"].kind is ActorKind.person


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The money reached voters through the Dorozhnaya association, prosecutors said.", "Dorozhnaya"),
        ("Grants from the Halvorsen foundation paid for the clinic.", "Halvorsen"),
    ],
)
def test_a_name_before_a_bodys_lower_case_word_is_a_body(text: str, body: str) -> None:
    assert _drafts(text)[body].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "partnership"),
    [
        ("Funding will flow through the Ocean Data Partnership from next year.", "Ocean Data Partnership"),
        ("Ministers also backed the Fisheries Security Partnership in Suva.", "Fisheries Security Partnership"),
    ],
)
def test_a_partnership_named_for_its_field_is_a_body(text: str, partnership: str) -> None:
    assert _drafts(text)[partnership].kind is ActorKind.organization


def test_a_states_strategic_partnership_is_no_body() -> None:
    drafts = _drafts("Leaders reaffirmed the Comprehensive Strategic Partnership between Tarnia and Varnia.")
    assert "Comprehensive Strategic Partnership" not in drafts


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Prosecutors raided offices of the Tarvel electoral bloc in Bălți.", "Tarvel"),
        ("Funds reached the Borealis non-governmental organisation through a bank in Riga.", "Borealis"),
    ],
)
def test_a_name_before_what_the_body_is_in_lower_case_is_a_body(text: str, body: str) -> None:
    assert _drafts(text)[body].kind is ActorKind.organization


def test_a_coast_guard_ship_is_no_body() -> None:
    drafts = _drafts("CCGS Varnholm is a heavy icebreaker of the Canadian Coast Guard.")
    assert "CCGS Varnholm" not in drafts
    assert drafts["Canadian Coast Guard"].kind is ActorKind.armed_force


def test_a_numbered_delta_is_a_space_forces_unit() -> None:
    drafts = _drafts("Guardians of Space Delta 7 tracked the launch from Tarnby.")
    assert drafts["Space Delta 7"].kind is ActorKind.armed_force


@pytest.mark.parametrize(
    "text", ["Oil spills fouled the Niger Delta in May.", "The Niger Delta 10 years ago was calmer, elders said."]
)
def test_a_rivers_delta_stays_a_place(text: str) -> None:
    assert _drafts(text)["Niger Delta"].kind is ActorKind.place
