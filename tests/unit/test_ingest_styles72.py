"""A seventy-second round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a listed
state under its formal "State of" name, incidents at a place after a post's work, land along a border, a body for an
aim behind a people's adjective, and English downland. Every example is invented; each test says what the analyst
sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


def _by_any_name(text: str) -> dict[str, ActorDraft]:
    drafts = extract(text, None, [], set(), "test-drafts").actors
    return {name: draft for draft in drafts for name in (draft.name, *draft.aliases)}


@pytest.mark.parametrize(
    ("text", "formal", "state"),
    [
        ("The talks were hosted by the State of Qatar in March.", "State of Qatar", "Qatar"),
        ("Officials thanked the State of Kuwait for its help with the convoy.", "State of Kuwait", "Kuwait"),
    ],
)
def test_a_listed_state_under_its_formal_name_is_the_state(text: str, formal: str, state: str) -> None:
    drafts = _by_any_name(text)
    assert drafts[formal].kind is ActorKind.state
    assert drafts[formal].name == state


def test_a_state_of_a_federation_is_not_made_a_state() -> None:
    drafts = _by_any_name("The State of Texas sued the firm on Friday.")
    assert all(draft.kind is not ActorKind.state for draft in drafts.values())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("She oversaw investigations into incidents at Varnika, Douma and Homs.", "Varnika"),
        ("He led investigations into killings at Tarnovel last spring.", "Tarnovel"),
    ],
)
def test_incidents_at_a_place_after_a_posts_work_are_the_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_work_done_at_a_firm_still_names_the_firm() -> None:
    assert _drafts("She ran chip design at Quorvex for a decade.")["Quorvex"].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Raids spread across the Tarnby-Quell tri-border area last year.", "Tarnby-Quell"),
        ("Smugglers crossed the Varnek border area at night.", "Varnek"),
        ("Patrols returned to the Oskelund border region in May.", "Oskelund"),
    ],
)
def test_land_along_a_border_is_named_by_its_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "She trained at the Finnish Institute for Verification of the Chemical Weapons Convention in 1998.",
            "Finnish Institute for Verification of the Chemical Weapons Convention",
        ),
        (
            "The Danish Centre for Monitoring of the Ottawa Convention reported on Monday.",
            "Danish Centre for Monitoring of the Ottawa Convention",
        ),
    ],
)
def test_a_body_for_an_aim_after_a_peoples_adjective_keeps_its_aim(text: str, body: str) -> None:
    assert _drafts(text)[body].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Samples went to the defence laboratory at Porton Down for testing.", "Porton Down"),
        ("The regiment trained at Quellbury Down in Wiltshire.", "Quellbury Down"),
        ("Races at Tarnham Downs were cancelled after the rain.", "Tarnham Downs"),
    ],
)
def test_downland_is_a_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


@pytest.mark.parametrize(
    "text",
    ["They watched Black Hawk Down again on Friday.", "Upside Down was the band's last single."],
)
def test_a_phrase_ending_in_down_is_no_place(text: str) -> None:
    assert all(draft.kind is not ActorKind.place for draft in _drafts(text).values())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The battalion was based in the Varnu-Tesk prefecture until 2019.", "Varnu-Tesk"),
        ("Herders clashed again in the Oskelby commune on Sunday.", "Oskelby"),
        ("The attack on the Tarnu-Vesk canal was condemned by the mission.", "Tarnu-Vesk"),
        ("Australia will fund the Lae–Quellmoor highway upgrade.", "Quellmoor"),
        ("The Varnovo railway was cut by the floods.", "Varnovo"),
    ],
)
def test_an_area_or_a_way_named_in_lower_case_after_its_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_two_prisons_named_before_one_plural_are_places() -> None:
    drafts = _drafts("The agency runs Tarvin and Oskel Hesar prisons near the capital.")
    assert drafts["Tarvin"].kind is ActorKind.place
    assert drafts["Oskel Hesar"].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "body", "formal", "state"),
    [
        (
            "We thank the Government of the Kingdom of Morocco for its help.",
            "Government of the Kingdom of Morocco",
            "Kingdom of Morocco",
            "Morocco",
        ),
        (
            "The Ministry of Defence of the Republic of Moldova signed the order.",
            "Ministry of Defence of the Republic of Moldova",
            "Republic of Moldova",
            "Moldova",
        ),
        (
            "Observers joined the Monitoring Mission in the Republic of Armenia in May.",
            "Monitoring Mission in the Republic of Armenia",
            "Republic of Armenia",
            "Armenia",
        ),
    ],
)
def test_a_body_named_for_a_state_under_its_formal_name_names_the_state_too(
    text: str, body: str, formal: str, state: str
) -> None:
    drafts = _by_any_name(text)
    assert drafts[body].kind is ActorKind.organization
    assert drafts[formal].kind is ActorKind.state
    assert drafts[formal].name == state


def test_a_post_in_a_force_of_a_formal_state_keeps_the_post() -> None:
    drafts = _drafts(
        "Major General Ilse Varnek-Tomm, Chief of the General Staff of the Armed Forces of the Republic of Belarus, "
        "was listed."
    )
    post = "Chief of the General Staff of the Armed Forces of the Republic of Belarus"
    assert drafts[post].kind is ActorKind.person
    assert drafts["Belarus"].kind is ActorKind.state


def test_a_body_named_for_a_state_by_its_short_name_names_only_the_body() -> None:
    assert list(_drafts("The Ministry of Defence of Ukraine said on Monday.")) == ["Ministry of Defence of Ukraine"]


@pytest.mark.parametrize(
    ("text", "force", "leader"),
    [
        (
            "The east is held by the Tarnovan National Army of Khalifa Varnezi, which took the port.",
            "Tarnovan National Army",
            "Khalifa Varnezi",
        ),
        ("Villages were shelled by the Forces of Ahmed Quellbari on Monday.", "Forces", "Ahmed Quellbari"),
    ],
)
def test_a_force_of_its_leader_ends_before_the_leaders_name(text: str, force: str, leader: str) -> None:
    drafts = _drafts(text)
    assert drafts[leader].kind is ActorKind.person
    assert not any(name.endswith(leader) and name != leader for name in drafts)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Lee led the Army of Northern Virginia north in 1863.", "Army of Northern Virginia"),
        ("The Army of Islam shelled the town on Friday.", "Army of Islam"),
    ],
)
def test_a_force_named_for_a_land_or_a_cause_keeps_its_name(text: str, force: str) -> None:
    assert _drafts(text)[force].kind is ActorKind.armed_force


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Geoscience Australia recorded the tremor at dawn.", "Geoscience Australia"),
        ("Officers of Biosecurity New Zealand inspected the cargo.", "Biosecurity New Zealand"),
    ],
)
def test_a_state_agency_named_by_its_science_then_the_land(text: str, body: str) -> None:
    assert _drafts(text)[body].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Australian Safeguards and Non-Proliferation Office will lead the visit.",
            "Australian Safeguards and Non-Proliferation Office",
        ),
        ("The Canadian Safeguards and Verification Office said so.", "Canadian Safeguards and Verification Office"),
    ],
)
def test_a_body_of_two_fields_after_a_peoples_adjective_is_one_name(text: str, body: str) -> None:
    assert _drafts(text)[body].kind is ActorKind.organization


def test_a_firm_and_another_firms_group_stay_two() -> None:
    drafts = _drafts("Flights by British Airways and Emirates Group were cut.")
    assert "British Airways" in drafts
    assert "Emirates Group" in drafts
