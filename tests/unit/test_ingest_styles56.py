"""A fifty-sixth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a
denomination's church as a body, a region named before its status, and units numbered after their bracketed
acronym. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_denominations_church_is_a_body() -> None:
    kinds = draft_kinds("The Methodist Church offered to mediate between the two parties.")
    assert kinds.get("Methodist Church") is ActorKind.organization
    kinds = draft_kinds("The Anglican Church said the talks had stalled.")
    assert kinds.get("Anglican Church") is ActorKind.organization


def test_a_church_named_for_a_saint_or_a_town_stays_a_building() -> None:
    kinds = draft_kinds("Mourners gathered at St Brendan's Catholic Church on Sunday.")
    assert kinds.get("St Brendan's Catholic Church") is ActorKind.place
    kinds = draft_kinds("Voters queued at Tarnby Methodist Church in the rain.")
    assert kinds.get("Tarnby Methodist Church") is ActorKind.place


def test_a_name_before_a_regions_status_is_a_place() -> None:
    kinds = draft_kinds("Aid will go to the Varnoko-Tessel special administrative region next year.")
    assert kinds.get("Varnoko-Tessel") is ActorKind.place
    kinds = draft_kinds("Fighting spread to the Quellmar autonomous province in May.")
    assert kinds.get("Quellmar") is ActorKind.place


def test_a_unit_numbered_after_its_bracketed_acronym_keeps_its_number() -> None:
    text = "The frigate sailed with Joint Patrol Group (JPG) 41 off the coast. JPG 41 seized two boats."
    actors = {actor.name: actor for actor in extract(text, None, [], set(), "tag").actors}
    assert "Joint Patrol Group 41" in actors
    assert "JPG 41" in actors["Joint Patrol Group 41"].aliases
    assert "Joint Patrol Group" not in actors


def test_a_numbered_unit_with_a_bracketed_code_that_is_no_acronym_keeps_its_number() -> None:
    text = "A jet from Maritime Reconnaissance Squadron (VQ) 12 spotted the dhow."
    actors = {actor.name for actor in extract(text, None, [], set(), "tag").actors}
    assert "Maritime Reconnaissance Squadron 12" in actors


def test_a_hospital_or_university_named_in_another_language_has_its_kind() -> None:
    kinds = draft_kinds("Gunmen attacked the Hôpital Saint-Varnier on the edge of the city.")
    assert kinds.get("Hôpital Saint-Varnier") is ActorKind.place
    kinds = draft_kinds("Students at the Universidad Nacional de Quellmar marched on Friday.")
    assert kinds.get("Universidad Nacional de Quellmar") is ActorKind.organization


def test_a_town_name_after_a_firms_ownership_words_is_a_company() -> None:
    kinds = draft_kinds("The smelter is run by a subsidiary of Bad Homburg, the steelmaker.")
    assert kinds.get("Bad Homburg") is ActorKind.organization
    kinds = draft_kinds("Investors sold shares of Stoke-on-Trent last week.")
    assert kinds.get("Stoke-on-Trent") is ActorKind.organization
    kinds = draft_kinds("Fighting went on near Bad Homburg overnight.")
    assert kinds.get("Bad Homburg") is ActorKind.place
    kinds = draft_kinds("The pipeline is run by a subsidiary of Bad Homburg-based Varnwell Energy Ltd.")
    assert kinds.get("Bad Homburg") is ActorKind.place


def test_a_unit_after_a_bodys_plural_possessive_is_no_part_of_its_name() -> None:
    kinds = draft_kinds("The dam was built by the Tarnish Corps of Engineers' Coastal District in 2019.")
    assert "Tarnish Corps of Engineers" in kinds
    assert "Tarnish Corps of Engineers' Coastal District" not in kinds
    kinds = draft_kinds("The Office for Pensioners' Affairs said the rise was fair.")
    assert kinds.get("Office for Pensioners' Affairs") is ActorKind.organization


def test_an_embassys_cooperation_office_named_with_its_city_after_a_dash_is_one_body() -> None:
    kinds = draft_kinds("Pilots were trained by the Office of Defense Cooperation – Nairobi last year.")
    assert kinds.get("Office of Defense Cooperation – Nairobi") is ActorKind.organization
    kinds = draft_kinds("The Office of Security Cooperation – Ilse Varnholt said nothing.")
    assert "Office of Security Cooperation – Ilse Varnholt" not in kinds


def test_a_mission_in_a_state_written_with_a_capital_the_is_one_body() -> None:
    kinds = draft_kinds("Soldiers of the AU Stabilisation Mission in The Bahamas stayed until May.")
    assert kinds.get("AU Stabilisation Mission in The Bahamas") is ActorKind.organization
    assert draft_kinds("Sarah The Implausible sang on Friday.") == {}
