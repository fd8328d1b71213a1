"""A thirty-sixth round on the held-out styles: a body named for two fields joined by "and" ("the Peace
and Security Council", "Tremmian Defence and Security Forces") is one name, even when the first field is
also a given name or a people's adjective opens it. Every example is invented; each test says what the
analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


@pytest.mark.parametrize(
    "name", ["Peace and Security Council", "Varnak Union Peace and Security Council", "Hope and Recovery Commission"]
)
def test_a_body_named_for_two_fields_is_one_organization_though_a_field_is_a_given_name(name: str) -> None:
    kinds = draft_kinds(f"The {name} met in Kessel on Monday to discuss the crisis.")
    assert kinds.get(name) is ActorKind.organization
    assert "Security Council" not in kinds and "Recovery Commission" not in kinds


def test_two_given_names_before_a_foundation_still_name_people() -> None:
    kinds = draft_kinds("The Peter and Mary Foundation gave money to the school in Kessel.")
    assert "Peter and Mary Foundation" not in kinds


def test_a_peoples_adjective_then_two_fields_and_a_forces_head_is_one_force() -> None:
    kinds = draft_kinds("Malian Defence and Security Forces retook the town of Kessel on Monday.")
    assert kinds.get("Malian Defence and Security Forces") is ActorKind.armed_force


def test_two_forces_of_two_peoples_stay_apart() -> None:
    kinds = draft_kinds("Kurdish Peshmerga and Iraqi Army units retook the town of Kessel.")
    assert "Kurdish Peshmerga and Iraqi Army" not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Both delegations said the Geneva communiqué of 2012 was still the basis for any deal.",
        "The Geneva Communiqué of 2012 remains the basis for any deal, both delegations said.",
        "Both delegations walked out of the Geneva talks on Thursday.",
    ],
)
def test_a_large_city_that_is_a_frequent_word_names_the_document_or_talks(sentence: str) -> None:
    assert draft_kinds(sentence).get("Geneva") is ActorKind.place


def test_a_small_town_named_like_a_word_before_talks_stays_a_word() -> None:
    assert "Reading" not in draft_kinds("The Reading conference on rail freight opened on Monday.")


@pytest.mark.parametrize("name", ["Rapid Intervention Unit", "Close Protection Unit", "Organised Crime Unit"])
def test_a_unit_named_for_a_police_or_armed_task_is_a_body(name: str) -> None:
    kinds = draft_kinds(f"Officers of the {name} arrested two men in Kessel on Friday.")
    assert kinds.get(name) is ActorKind.organization


def test_a_hospital_unit_named_for_its_care_stays_no_body() -> None:
    kinds = draft_kinds("After the crash in Kessel he was moved to a Coronary Care Unit.")
    assert "Coronary Care Unit" not in kinds


def test_a_name_after_the_noun_militia_is_an_armed_group() -> None:
    kinds = draft_kinds("Fighting broke out with the self-defence militia Tarnok-Sud near Kessel on Monday.")
    assert kinds.get("Tarnok-Sud") is ActorKind.armed_force


@pytest.mark.parametrize("noun", ["naval mission", "naval operation", "training mission"])
def test_a_name_after_a_missions_noun_is_a_body(noun: str) -> None:
    kinds = draft_kinds(f"The crew were rescued by a frigate of the EU {noun} Quellis on Tuesday.")
    assert kinds.get("Quellis") is ActorKind.organization


def test_a_name_after_the_noun_movement_is_a_body_not_an_armed_one() -> None:
    kinds = draft_kinds("The protest movement Varnak Spring called a strike in Kessel.")
    assert kinds.get("Varnak Spring") is ActorKind.organization


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked the Tarnok army base on Monday, killing twelve soldiers.",
        "Gunmen attacked the army base of Tarnok on Monday, killing twelve soldiers.",
    ],
)
def test_a_name_an_army_base_is_named_for_is_a_place(sentence: str) -> None:
    assert draft_kinds(sentence).get("Tarnok") is ActorKind.place


@pytest.mark.parametrize("name", ["UNSC 1718 Committee", "Security Council 2140 Committee", "1540 Committee"])
def test_a_committee_named_for_a_resolutions_number_is_one_body(name: str) -> None:
    kinds = draft_kinds(f"Two Tremmian firms were listed by the {name} on Monday.")
    assert kinds.get(name) is ActorKind.organization


def test_a_count_or_a_year_before_committee_makes_no_body() -> None:
    kinds = draft_kinds("In 2019 Committee members in Kessel sold 1200 Committee seats.")
    assert not any("Committee" in name for name in kinds)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The UK Coastal Trade Operations (UKCTO) said a tanker was hit off Kessel.", "UK Coastal Trade Operations"),
        ("The EU Maritime Trade Operations centre (EUMTO) said a tanker was hit.", "EU Maritime Trade Operations"),
        ("The Varnak Joint Operations agency (VJO) said a tanker was hit off Kessel.", "Varnak Joint Operations"),
    ],
)
def test_a_name_its_acronym_spells_is_a_body_with_a_code_or_a_noun_between(sentence: str, name: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(name) is ActorKind.organization


def test_a_bodys_headquarters_one_meets_at_is_a_place() -> None:
    kinds = draft_kinds("Defence ministers met at OSCE Headquarters in Vienna on Thursday.")
    assert kinds.get("OSCE Headquarters") is ActorKind.place


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Insurgents forced Varnoil to halt work on Tanzania LNG near Lindi.", "Tanzania LNG"),
        ("The Zambia Water Compact was signed in Lusaka in 2019.", "Zambia Water Compact"),
    ],
)
def test_a_venture_named_with_its_state_is_one_body(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is ActorKind.organization


def test_a_states_gas_trade_stays_the_state() -> None:
    kinds = draft_kinds("Tanzania LNG exports rose by a fifth, and LNG prices fell in Kessel.")
    assert kinds.get("Tanzania") is ActorKind.state
    assert "LNG" not in kinds and "Tanzania LNG" not in kinds


@pytest.mark.parametrize(
    "name",
    [
        "Disarmament, Demobilization and Reintegration Programme",
        "Disarmament, Demobilisation, Community Recovery and Stabilisation Programme",
    ],
)
def test_a_programme_named_for_listed_fields_is_one_body_though_a_field_is_rare(name: str) -> None:
    kinds = draft_kinds(f"Former fighters in Kessel were disarmed through the {name} last year.")
    assert kinds.get(name) is ActorKind.organization


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Scam compounds operate in the Varnak Special Economic Zone near Kessel.", "Varnak Special Economic Zone"),
        ("Scam compounds operate in Kessel and the Tarnok border zone.", "Tarnok"),
    ],
)
def test_a_zone_or_the_name_a_zone_is_called_by_is_a_place(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is ActorKind.place


@pytest.mark.parametrize(
    "post",
    [
        "Personal Envoy of the UN Secretary-General for Tremmia",
        "Special Representative of the Secretary-General for Tremmia",
    ],
)
def test_an_envoy_of_a_post_named_for_a_state_is_one_post(post: str) -> None:
    kinds = spelling_kinds(f"The ministers welcomed the work of the {post}, Ilse Varnak-Odu, in Kessel.")
    assert kinds.get(post) is ActorKind.person


def test_a_long_name_counts_a_hyphened_word_once_and_no_opening_the() -> None:
    name = "UN Independent International Fact-Finding Mission for Tremmia"
    kinds = draft_kinds(f"The {name} reported new killings in Kessel on Monday.")
    assert kinds.get(name) is ActorKind.organization


@pytest.mark.parametrize("quoted", ['"General"', "“Colonel”"])
def test_a_name_after_a_rank_in_quotes_is_a_person(quoted: str) -> None:
    kinds = draft_kinds(
        f"The Tarnok Defence Coalition, led by {quoted} Obrecht Vanneka-Dolo, attacked villages near Kessel."
    )
    assert kinds.get("Obrecht Vanneka-Dolo") is ActorKind.person


def test_a_name_after_a_quoted_plain_word_is_no_person() -> None:
    kinds = draft_kinds('The crowd sang "Hello" Obrecht Vanneka-Dolo at the rally in Kessel.')
    assert kinds.get("Obrecht Vanneka-Dolo") is not ActorKind.person


def test_names_listed_after_residents_of_are_places_like_the_first() -> None:
    kinds = draft_kinds("Aid finally reached the residents of Ngoubara, Tarnokoro and Baga Vela on Monday.")
    assert all(kinds.get(name) is ActorKind.place for name in ("Ngoubara", "Tarnokoro", "Baga Vela")), kinds


@pytest.mark.parametrize("way", ["peace process", "peace talks"])
def test_the_name_a_peace_process_is_called_by_is_a_place(way: str) -> None:
    kinds = draft_kinds(f"The Tarvuzi {way} stalled in 2027 when fighting resumed near Kessel.")
    assert kinds.get("Tarvuzi") is ActorKind.place


def test_a_known_group_before_peace_talks_stays_the_group() -> None:
    kinds = draft_kinds("The Taliban peace talks stalled in 2027 when fighting resumed near Kessel.")
    assert kinds.get("Taliban") is ActorKind.armed_force


@pytest.mark.parametrize("name", ["Tarnok Corridor", "Varnby Barracks"])
def test_a_corridor_or_barracks_is_a_place(name: str) -> None:
    kinds = draft_kinds(f"Soldiers moved through the {name} on their way to Kessel on Monday.")
    assert kinds.get(name) is ActorKind.place


def test_a_forces_general_staff_is_a_body_named_with_the_force() -> None:
    kinds = draft_kinds(
        "Col. Gen. Ilse Varnzoda, chief of the General Staff of the Armed Forces of Tremmia, thanked the guests."
    )
    assert kinds.get("General Staff of the Armed Forces of Tremmia") is ActorKind.armed_force
    assert kinds.get("Ilse Varnzoda") is ActorKind.person
