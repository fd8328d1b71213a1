"""A twenty-first round on the held-out styles: "<US state> State" names a university and its teams
("Nebraska State beat Idaho State"), not the state, while "Kachin State" stays a region. Every example is
invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def test_a_us_college_team_named_state_is_not_a_place() -> None:
    kinds = draft_kinds(
        "Coach Dermot Vallance left Nebraska State in 2019. His Idaho State side lost 24-17 to Kansas State "
        "on Saturday, and he moved to Ohio State the next spring."
    )
    for team in ("Nebraska State", "Idaho State", "Kansas State", "Ohio State"):
        assert kinds.get(team) is not ActorKind.place, team


def test_a_region_named_state_abroad_stays_a_place() -> None:
    kinds = draft_kinds("Clashes in Kachin State and Chin State forced 900 families from Palwe to Haka.")
    assert kinds.get("Kachin State") is ActorKind.place
    assert kinds.get("Chin State") is ActorKind.place


def test_a_diocese_named_for_its_town_is_one_body() -> None:
    kinds = draft_kinds(
        "The Anglican Diocese of Tarrow opened a shelter in Tarrow, and the Diocese of Pellham sent food."
    )
    assert kinds.get("Anglican Diocese of Tarrow") is ActorKind.organization
    assert kinds.get("Diocese of Pellham") is ActorKind.organization
    assert "Anglican Diocese" not in kinds


def test_a_trader_named_for_its_town_is_a_firm_and_a_trade_alone_is_no_actor() -> None:
    kinds = draft_kinds(
        "Sanctions hit Ndola Trading and Kabwe Engineering. The report covers Insider Trading and Civil "
        "Engineering in Zambia."
    )
    assert kinds.get("Ndola Trading") is ActorKind.organization
    assert kinds.get("Kabwe Engineering") is ActorKind.organization
    assert "Insider Trading" not in kinds
    assert "Civil Engineering" not in kinds


def test_a_vehicles_make_is_no_place_but_a_known_town_before_vehicles_stays() -> None:
    kinds = draft_kinds("Soldiers arrived in Bushmaster vehicles and moved to Ndola in Mamba trucks.")
    assert "Bushmaster" not in kinds
    assert "Mamba" not in kinds
    assert kinds.get("Ndola") is ActorKind.place


def test_one_holders_two_posts_joined_by_and_are_one_post() -> None:
    kinds = spelling_kinds(
        "The Deputy Prime Minister and Minister for Defence, Halden Crewe, said the Minister for Trade, "
        "Ines Morrow, agreed. The President and Prime Minister met in Kasama."
    )
    assert kinds.get("Deputy Prime Minister and Minister for Defence") is ActorKind.person
    assert "Minister for Defence" not in kinds
    assert kinds.get("Minister for Trade") is ActorKind.person
    assert "President and Prime Minister" not in kinds


def test_sons_or_friends_of_a_place_are_a_body_not_the_place() -> None:
    kinds = draft_kinds("The Sons of Kalembe and the Friends of Orlo Lake marched in Kasama.")
    assert kinds.get("Sons of Kalembe") is ActorKind.organization
    assert kinds.get("Friends of Orlo Lake") is ActorKind.organization
    assert "Kalembe" not in kinds
    assert kinds.get("Kasama") is ActorKind.place
