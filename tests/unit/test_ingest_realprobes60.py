"""Rules found on the en60 real-style pages (football, city hall, money, state politics), on invented text."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("The club signed winger Davi Costa from Portuguese side Vitória Serrana for a fee.", "Vitória Serrana"),
        ("Marlow loaned defender Jo Wells to League One club Santos Pereira until January.", "Santos Pereira"),
    ],
)
def test_a_club_after_its_origin_and_side_is_an_organisation(text: str, club: str) -> None:
    assert draft_kinds(text, language="en").get(club) is ActorKind.organization


def test_a_mall_is_a_place() -> None:
    text = "Shoppers were angry after the Eastbrook Mall closed in June. The owner said it was sorry."
    assert draft_kinds(text, language="en").get("Eastbrook Mall") is ActorKind.place


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The state shelved a promised rail line to Wandoo after costs rose.", "Wandoo"),
        ("Cheap flights to Quellmoor start in May.", "Quellmoor"),
    ],
)
def test_a_town_a_rail_line_or_a_flight_runs_to_is_a_place(text: str, town: str) -> None:
    assert draft_kinds(text, language="en").get(town) is ActorKind.place


@pytest.mark.parametrize(
    "text",
    [
        "Polk County Executive Marian Holloway said the county would pay.",
        "Polk County Clerk Marian Holloway said the county would pay.",
    ],
)
def test_a_county_post_makes_the_county_a_place_and_the_holder_a_person(text: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds == {"Polk County": ActorKind.place, "Marian Holloway": ActorKind.person}


@pytest.mark.parametrize(
    "text",
    [
        "Council Member Tomas Varga, one of the two no votes, said the office cost too much.",
        "The vote split. Board Member Tomas Varga said no.",
    ],
)
def test_a_member_of_a_body_is_a_post_not_a_body(text: str) -> None:
    assert draft_kinds(text, language="en") == {"Tomas Varga": ActorKind.person}


def test_a_hockey_page_is_a_sports_page_and_its_teams_are_clubs() -> None:
    text = (
        "The Regina Falcons traded defenceman Luc Morel to the Halifax Gulls on Tuesday. "
        "The Falcons get a goaltender and a pick. Morel had a shutout last week."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Regina Falcons") is ActorKind.organization
    assert kinds.get("Halifax Gulls") is ActorKind.organization


def test_a_club_written_by_its_town_alone_is_no_place() -> None:
    text = (
        "Elsewhere, Ashcombe Town drew 0-0 with Harlow United, and the striker scored twice before half-time "
        "from a penalty. Harlow have also loaned defender Jamie Okafor-Wells to a rival until January."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Harlow United") is ActorKind.organization
    assert kinds.get("Harlow") in (None, ActorKind.organization)


def test_the_liberals_are_a_party() -> None:
    text = "Opposition Leader Ann Lee said the Liberals would move a motion of no confidence."
    assert draft_kinds(text, language="en").get("Liberals") is ActorKind.organization


def test_a_training_ground_by_its_site_is_a_place() -> None:
    text = "The winger passed a medical at the club's Oakridge training ground on Friday."
    assert draft_kinds(text, language="en").get("Oakridge") is ActorKind.place


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("The final will have live coverage on Tarnview Sport.", "Tarnview Sport"),
        ("The final will be televised on Quellvision One, the league said.", "Quellvision One"),
    ],
)
def test_a_channel_a_match_is_shown_on_is_media(text: str, channel: str) -> None:
    assert draft_kinds(text, language="en").get(channel) is ActorKind.media


def test_a_side_beaten_by_a_score_is_a_club_on_any_page() -> None:
    kinds = draft_kinds("Eastfield United beat Corby Vale 2-0 on Saturday.", language="en")
    assert kinds.get("Corby Vale") is ActorKind.organization


def test_a_paper_named_weekly_keeps_its_head() -> None:
    kinds = draft_kinds("Ann Lee told Tarnby Weekly that she had saved money.", language="en")
    assert kinds.get("Tarnby Weekly") is ActorKind.media


def test_detective_garda_is_a_rank_before_the_name() -> None:
    text = "Detective Garda Ciaran Moloney told the court the house was empty."
    assert draft_kinds(text, language="en") == {"Ciaran Moloney": ActorKind.person}


def test_a_division_on_a_sports_page_is_the_leagues() -> None:
    text = (
        "The striker scored a penalty before half-time. Tarnby sit top of the Northern Division after a win "
        "over Quell Rovers."
    )
    assert draft_kinds(text, language="en").get("Northern Division") is ActorKind.organization


def test_a_public_body_named_for_an_australian_state() -> None:
    text = "Infrastructure Tasmania warned of costs. Fishing on Lake Victoria fell, said Ann Lee."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Infrastructure Tasmania") is ActorKind.organization
    assert kinds.get("Lake Victoria") is ActorKind.place
