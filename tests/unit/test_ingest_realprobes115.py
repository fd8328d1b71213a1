"""Round realprobes115 (batch en115): rules found on invented pages of a council's bin-collection and roadworks
notice, a regional paper's weekly court list, a dales paper's family notices and a parish council's minutes."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names as _kinds


def test_a_family_notice_heading_names_a_person_not_a_body() -> None:
    kinds = _kinds(
        "Family notices\n"
        "QUARNBY, Ellory Margaret (née Tarnside)\n"
        "Died peacefully at home on 2 March 2026, aged 90. Funeral at the parish church on 12 March.\n"
        "In memoriam: VELLACOTT, Tomas Edward\n"
        "Treasured memories of a much-loved dad.\n"
    )
    assert kinds.get("Ellory Margaret") == "person"
    assert kinds.get("Tomas Edward") == "person"
    assert "QUARNBY" not in kinds and "VELLACOTT" not in kinds


def test_a_police_rank_in_capitals_before_a_family_name_is_no_body() -> None:
    kinds = _kinds(
        "PCSO Jenna Tennick (Quellshire Police) gave the police report. "
        "PCSO Tennick said two quad bikes were stolen from farms on Varn Lane."
    )
    assert kinds.get("Jenna Tennick") == "person"
    assert "PCSO Tennick" not in kinds


def test_a_post_in_brackets_after_a_name_makes_a_person() -> None:
    kinds = _kinds("In attendance: Orwin Tarnbrook (Clerk), Quellshire Council's officer, and three residents.")
    assert kinds.get("Orwin Tarnbrook") == "person"


def test_a_care_home_is_a_body_and_an_arcade_a_place() -> None:
    kinds = _kinds(
        "She died at Tarnview Care Home on Sunday. He stole perfume from a chemist in Quellgate Arcade. "
        "Oak Varnley Nursing Home will close."
    )
    assert kinds.get("Tarnview Care Home") == "organization"
    assert kinds.get("Oak Varnley Nursing Home") == "organization"
    assert kinds.get("Quellgate Arcade") == "place"


def test_the_letters_of_an_application_number_are_no_body() -> None:
    kinds = _kinds(
        "Planning. 24/03981/FUL, Barn at Varnside Farm, Quell Road: conversion to a dwelling. No objection. "
        "TR/23/0071 was withdrawn."
    )
    assert "FUL" not in kinds and "TR" not in kinds
    assert kinds.get("Varnside Farm") == "place"


def test_a_society_named_after_a_possessive_is_one_body() -> None:
    kinds = _kinds("Family flowers only; donations if desired to Quarnheimer's Society, the dementia charity.")
    assert kinds.get("Quarnheimer's Society") == "organization"
    assert "Quarnheimer" not in kinds


def test_a_bus_firm_named_motor_services() -> None:
    kinds = _kinds("Bus route 48, run by Tarnvale Motor Services, will not serve Quell Lane during the works.")
    assert kinds.get("Tarnvale Motor Services") == "organization"
