"""A thirteenth round on the held-out styles: an encyclopaedia's box of facts about a weapon, a ship
or a treaty ("Manufacturer:", "Builders:", "Primary users:"), a unit named with the force it belongs
to, the ground an army trains or moors on, and a firm after "company" or "supplied by". Every example
is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

_LEAD = "The Varnel is a drone built for the air force of a small country. It entered service in 2022.\n\n"
_TAIL = "\n\nIt flew over the sea in 2023 with other aircraft."


def _box(lines: str) -> dict[str, ActorKind]:
    return draft_kinds(_LEAD + lines + _TAIL)


def test_a_designer_and_the_users_in_a_box_of_facts_are_drafted() -> None:
    kinds = _box(
        "Role: Reconnaissance UAV\nDesigner: Ing. Ludmila Vrbenská-Holá\n"
        "Primary users: Tremmin Air Force; Varnak Air Force\nNational origin: Czech Republic"
    )
    assert kinds.get("Ludmila Vrbenská-Holá") is ActorKind.person
    assert kinds.get("Tremmin Air Force") is ActorKind.armed_force
    assert kinds.get("Varnak Air Force") is ActorKind.armed_force
    assert kinds.get("Czechia") is ActorKind.state


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        ("Manufacturer: Tollek Aerospace", "Tollek Aerospace"),
        ("Builders: Quornholm Skibsværft", "Quornholm Skibsværft"),
    ],
)
def test_a_maker_in_a_box_of_facts_is_a_body(line: str, maker: str) -> None:
    assert _box("Type: Offshore patrol vessel\n" + line).get(maker) is ActorKind.organization


def test_a_treaty_box_names_its_depositary_body() -> None:
    kinds = _box("Signed: 9 October 2018\nDepositary: Secretary-General of the Varnak Cooperation Organisation")
    assert "Varnak Cooperation Organisation" in kinds


def test_a_box_line_of_another_kind_stays_skipped() -> None:
    # "Result:" and "Role:" announce no names: their Title Case words make no draft.
    assert _box("Role: Reconnaissance Platform\nResult: Decisive Victory") == {}


@pytest.mark.parametrize(
    ("sentence", "unit", "force"),
    [
        ("He joined the 14th Alpine Division of the Tremmin Army at Varnsk.", "14th Alpine Division", "Tremmin Army"),
        ("The 2nd Brigade of the Quellish Army, based in Varn, moved.", "2nd Brigade", "Quellish Army"),
        ("The Grey Sea Fleet of the Tremmin Navy sailed at dawn.", "Grey Sea Fleet", "Tremmin Navy"),
    ],
)
def test_a_unit_and_the_force_it_belongs_to_are_two_drafts(sentence: str, unit: str, force: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(unit) is ActorKind.armed_force
    assert kinds.get(force) is ActorKind.armed_force


def test_a_force_of_a_republic_stays_whole() -> None:
    kinds = draft_kinds("The Armed Forces of the Republic of Tremmia grew last year.")
    assert "Armed Forces of the Republic of Tremmia" in kinds


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Shelling closed the Ostrava Hills Training Area for a week.", "Ostrava Hills Training Area"),
        ("The lead ship is based at Quellvik Naval Station.", "Quellvik Naval Station"),
    ],
)
def test_ground_an_army_trains_or_moors_on_is_a_place(sentence: str, place: str) -> None:
    assert draft_kinds(sentence).get(place) is ActorKind.place


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        ("It teamed with the Danish company Vorlund on the radar.", "Vorlund"),
        ("The combat system was supplied by Vorlund.", "Vorlund"),
    ],
)
def test_a_firm_after_company_or_supplied_by_is_a_body(sentence: str, firm: str) -> None:
    assert draft_kinds(sentence).get(firm) is ActorKind.organization


def test_the_subject_of_an_accord_is_no_actor_but_the_sea_it_names_is_a_place() -> None:
    kinds = draft_kinds("The treaty, the Varnsk Accord on Lake Tremla Security, was signed in 2018.")
    assert "Lake Tremla Security" not in kinds
    assert kinds.get("Lake Tremla") is ActorKind.place


def test_a_state_an_agreement_is_about_stays_a_state() -> None:
    assert draft_kinds("The Geneva Agreement on Syria was signed.").get("Syria") is ActorKind.state


@pytest.mark.parametrize(
    ("sentence", "regiment"),
    [
        ("The Tarnow Rifles marched through the square.", "Tarnow Rifles"),
        ("The Royal Quellish Fusiliers were disbanded in 1994.", "Royal Quellish Fusiliers"),
    ],
)
def test_a_regiment_named_for_its_arm_is_a_force(sentence: str, regiment: str) -> None:
    assert draft_kinds(sentence).get(regiment) is ActorKind.armed_force


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("More than 40 civilians were killed in an air strike on Varnu Kashi.", "Varnu Kashi"),
        ("Smugglers crossed the Qara Darya at night.", "Qara Darya"),
    ],
)
def test_a_struck_village_and_a_darya_are_places(sentence: str, place: str) -> None:
    assert draft_kinds(sentence).get(place) is ActorKind.place


def _drafts(text: str) -> dict[str, int]:
    """Each draft's name, with how many mentions it holds."""
    extraction = extract(text, None, [], set(), "test-drafts", language="en")
    return {draft.name: len(draft.spans) for draft in extraction.actors}


def test_the_council_named_before_the_european_council_is_another_body() -> None:
    drafts = _drafts(
        "The Council today adopted a measure to support Tremmia. The Council recalls the "
        "European Council conclusions of December 2024 and welcomes the talks."
    )
    assert drafts.get("Council") == 2
    assert drafts.get("European Council") == 1


def test_the_commission_after_the_european_commission_is_its_short_form() -> None:
    drafts = _drafts(
        "The European Commission today fined Varnex. The Commission said the firm broke the rules, "
        "and the Commission will appeal."
    )
    assert drafts.get("European Commission") == 3
    assert "Commission" not in drafts


def test_ordinary_words_spelled_out_by_an_acronym_make_one_body() -> None:
    extraction = extract(
        "The Council adopted a measure under the Northern Peace Facility (NPF). The NPF pays for field hospitals.",
        None,
        [],
        set(),
        "test-drafts",
        language="en",
    )
    drafts = {draft.name: draft for draft in extraction.actors}
    assert drafts["Northern Peace Facility"].kind is ActorKind.organization
    assert "NPF" in drafts["Northern Peace Facility"].aliases
    assert "NPF" not in drafts


def test_a_capitalised_word_before_a_letter_in_brackets_stays_no_name() -> None:
    assert draft_kinds("He said Thanks (T) to all of them.") == {}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The office's head, Gulnora Tashpulatova-Sultan, chaired the round.", "Gulnora Tashpulatova-Sultan"),
        ("The office's head, Wendeline Marchbank-King, chaired the round.", "Wendeline Marchbank-King"),
    ],
)
def test_a_title_word_as_a_family_names_second_half_keeps_the_person(sentence: str, person: str) -> None:
    assert draft_kinds(sentence).get(person) is ActorKind.person


@pytest.mark.parametrize(
    "sentence",
    ["Vice-President Ilse Varnholt spoke first.", "UN Secretary-General Ilse Varnholt spoke first."],
)
def test_a_title_written_with_a_hyphen_stays_a_title(sentence: str) -> None:
    assert draft_kinds(sentence).get("Ilse Varnholt") is ActorKind.person


@pytest.mark.parametrize(
    "sentence",
    [
        "Forces supported by the cutter USCGC Tarn Haskell (WPC 1170) seized the weapons.",
        "The ship USS Varnel (LHD 9) sailed from the port.",
    ],
)
def test_the_letters_of_a_hull_number_are_no_body(sentence: str) -> None:
    kinds = draft_kinds(sentence)
    assert "WPC" not in kinds
    assert "LHD" not in kinds


def test_an_acronym_in_brackets_after_its_name_is_still_read() -> None:
    extraction = extract("The Varnak Health Agency (VHA) said on Monday.", None, [], set(), "t", language="en")
    drafts = {draft.name: draft for draft in extraction.actors}
    assert "VHA" in drafts["Varnak Health Agency"].aliases


def test_a_body_after_think_tank_is_an_organisation() -> None:
    sentence = "Analyst Ilse Varnholt, of the think tank Quorn-Grup, told reporters."
    assert draft_kinds(sentence).get("Quorn-Grup") is ActorKind.organization


def test_a_parliament_of_a_state_and_the_party_a_member_sits_for_are_two_bodies() -> None:
    kinds = draft_kinds("She was a member of the Parliament of Georgia for the Varnak Renewal Movement.")
    assert kinds.get("Parliament of Georgia") is ActorKind.organization
    assert kinds.get("Varnak Renewal Movement") is ActorKind.organization


def test_a_body_whose_name_goes_on_with_for_stays_whole() -> None:
    kinds = draft_kinds("The Office of the High Commissioner for Human Rights spoke on Monday.")
    assert "Office of the High Commissioner for Human Rights" in kinds


def test_the_last_word_of_a_ministers_portfolio_is_no_person() -> None:
    kinds = draft_kinds("The Minister for Defence Industry, Declan Varnholt, today welcomed the handover.")
    assert "Industry" not in kinds
    assert kinds.get("Declan Varnholt") is ActorKind.person


def test_a_surname_after_a_ministers_title_is_still_a_person() -> None:
    assert draft_kinds("The Minister of Defence Smith said the talks would go on.").get("Smith") is ActorKind.person


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "Forty soldiers from the 4th Battalion, Royal Tremmin Regiment will join.",
            "4th Battalion, Royal Tremmin Regiment",
        ),
        ("Marines of the 2nd Battalion, 9th Marine Regiment landed at dawn.", "2nd Battalion, 9th Marine Regiment"),
    ],
)
def test_a_numbered_battalion_and_its_regiment_after_a_comma_are_one_unit(sentence: str, unit: str) -> None:
    assert draft_kinds(sentence).get(unit) is ActorKind.armed_force


def test_a_list_of_battalions_stays_a_list() -> None:
    kinds = draft_kinds("The 1st Battalion, the 2nd Battalion and the Varn Regiment marched past.")
    assert {"1st Battalion", "2nd Battalion", "Varn Regiment"} <= set(kinds)


def test_a_town_that_looks_like_a_family_name_in_a_list_of_places_is_a_place() -> None:
    kinds = draft_kinds("Troops crossed from Varnu and Kessa Sola before dawn.")
    assert kinds.get("Kessa Sola") is ActorKind.place


def test_a_family_name_listed_with_a_person_stays_a_person() -> None:
    kinds = draft_kinds("Ilse Varnholt and Kessa Sola met in Varnu.")
    assert kinds.get("Kessa Sola") is ActorKind.person
