"""A twenty-fourth round on the held-out styles: the crown's possessive opens a body's name, a weapon's
code before small arms or a vehicle named after an animal is no actor, a lower-case job or rank before a
name the lists lack makes it a person's, West African given names, a known place in a post's remit is
named beside the post, and the town above a briefing's date. Every example is invented; each test says
what the analyst sees in the drafts."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_the_crowns_possessive_opens_a_bodys_name() -> None:
    kinds = draft_kinds("Sailors of His Majesty's Armed Forces trained with the Varn Navy near Oskelby.")
    assert kinds.get("His Majesty's Armed Forces") is ActorKind.armed_force
    assert "Armed Forces" not in kinds
    assert kinds.get("Varn Navy") is ActorKind.armed_force


def test_a_weapons_code_before_small_arms_is_no_body() -> None:
    kinds = draft_kinds(
        "The smugglers carried PKM machine guns and M16 rifles, and the column moved in Puma armoured vehicles "
        "while T-80 tanks waited. UN trucks and EU vehicles reached Tessport later."
    )
    for code in ("PKM", "M16", "Puma", "T-80"):
        assert code not in kinds, code
    # a body's acronym before its own trucks is still the body
    assert kinds.get("UN") is ActorKind.organization
    assert kinds.get("EU") is ActorKind.organization


def test_a_lower_case_job_or_rank_before_a_name_the_lists_lack_makes_a_person() -> None:
    kinds = draft_kinds(
        "In 2017 the preacher Souleymane Garba Idrani began recruiting in the markets. "
        "Funds went to the businessman Mamadou Keita-Sangare, owner of Varn Gold SA. "
        '"We heard shots," one survivor, Idrissa Kanté, told reporters. '
        "The mission, commanded by the Tessalian general Sizwe Mabaso-Dlamini, followed."
    )
    for name in ("Souleymane Garba Idrani", "Mamadou Keita-Sangare", "Idrissa Kanté", "Sizwe Mabaso-Dlamini"):
        assert kinds.get(name) is ActorKind.person, name
    assert kinds.get("Varn Gold SA") is ActorKind.organization


def test_a_west_african_given_name_makes_a_person() -> None:
    kinds = draft_kinds("Kwabena Osei-Tutu and Adwoa Frimpong met Yaw Boakye in Tessport.")
    assert kinds.get("Yaw Boakye") is ActorKind.person


def test_a_known_place_in_a_posts_remit_is_named_beside_the_post() -> None:
    kinds = draft_kinds("The Governor of Texas said the border was shut. The Minister for the Middle East agreed.")
    assert kinds.get("Governor of Texas") is ActorKind.person
    assert kinds.get("Texas") is ActorKind.place
    assert kinds.get("Minister for the Middle East") is ActorKind.person
    assert kinds.get("Middle East") is ActorKind.place
    # a place the gazetteer does not know stays inside the post
    kinds = draft_kinds("The Governor of the Varnoko Region closed the market.")
    assert kinds.get("Governor of the Varnoko Region") is ActorKind.person
    assert "Varnoko Region" not in kinds


def test_the_town_above_a_briefings_date_is_a_place() -> None:
    kinds = draft_kinds("Press Briefing\nIlse Varn, Spokesperson\nGeneva\nMarch 3, 2025\n\nMS VARN: Good afternoon.")
    assert kinds.get("Geneva") is ActorKind.place
    # a title's line above a date is no town
    kinds = draft_kinds("Annual Report\nMarch 3, 2025\n\nThe board met in Tessport.")
    assert "Annual Report" not in kinds
