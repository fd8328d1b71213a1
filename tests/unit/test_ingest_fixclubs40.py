"""Round fixclubs40: clubs named by their towns alone on football reports (as wire copy writes them) are
clubs, and the same towns named as where something is stay places. Every example is invented."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_side_a_home_league_defeat_befalls_is_a_club() -> None:
    drafts = draft_kind_names(
        "Tarnmouth suffered a first home league defeat of the season on Saturday. "
        "Quellbridge leap-frogged over Tarnmouth into second place."
    )
    assert drafts.get("Tarnmouth") == "organization"


def test_league_leaders_before_a_town_name_the_club() -> None:
    drafts = draft_kind_names(
        "Scottish first division leaders Dunmoor were held to a goalless draw at home. "
        "Varnhill, who trail pacemakers Dunmoor by three points, won away."
    )
    assert drafts.get("Dunmoor") == "organization"
    assert drafts.get("Varnhill") == "organization"


def test_the_side_a_team_drew_at_is_a_club() -> None:
    drafts = draft_kind_names(
        "Oskerby went top after a home league win, while Marlstead drew at Quellano and "
        "Fennick lost at Brackwood in a goalless game."
    )
    assert drafts.get("Quellano") == "organization"


def test_a_town_where_a_fan_lives_or_a_match_is_played_stays_a_place_on_a_league_report() -> None:
    drafts = draft_kind_names(
        "Liverpool suffered a first home league defeat of the season on Saturday, and Tarnmouth went top after an "
        "away win. A supporter from Leeds was hurt at the match in Barcelona and flew home to Barcelona."
    )
    assert drafts.get("Liverpool") == "organization"
    assert drafts.get("Leeds") == "place"
    assert drafts.get("Barcelona") == "place"


def test_league_leaders_off_a_sports_page_are_no_club() -> None:
    drafts = draft_kind_names(
        "Opposition leaders Dunmoor and Varnhill met the minister in Tarnmouth on Monday. "
        "Their party now trails the government by four points in the polls and rose into second place."
    )
    assert drafts.get("Dunmoor") != "organization"
    assert drafts.get("Tarnmouth") != "organization"


def test_a_town_in_the_possessive_before_its_coach_or_goalkeeper_is_the_club() -> None:
    drafts = draft_kind_names(
        "Holders Quellbury drew 1-1 with Tarnby Rovers in the league. Dunmoor's goalkeeper, Ola Brandt, saved a "
        "penalty and Varnhill manager Stevie Oskel praised the referee after the striker's header."
    )
    assert drafts.get("Dunmoor") == "organization"
    assert drafts.get("Varnhill") == "organization"
    assert drafts.get("Ola Brandt") == "person"


def test_a_managers_family_name_in_the_possessive_stays_his() -> None:
    drafts = draft_kind_names(
        "Alex Quellbury was furious on the touchline. Quellbury's goalkeeper Peter Smit saved a penalty; the "
        "striker scored a header and the referee was booed."
    )
    assert drafts.get("Alex Quellbury") == "person"
    assert "Quellbury" not in drafts or drafts["Quellbury"] != "organization"


def test_the_ground_of_an_away_win_is_its_club_on_a_sports_page() -> None:
    drafts = draft_kind_names(
        "The striker scored his 20th goal of the season in the win at Marlstead, and the goalkeeper kept "
        "another clean sheet after the referee's late penalty."
    )
    assert drafts.get("Marlstead") == "organization"


def test_the_side_a_team_was_beaten_by_or_held_at_with_its_score_is_a_club() -> None:
    drafts = draft_kind_names(
        "Tarnmouth suffered a first home league defeat of the season on Saturday, beaten 2-1 by Quellham. "
        "Quellham leap-frogged over Tarnmouth into fourth place. Leaders Varnhill were held 0-0 at Everton."
    )
    assert drafts.get("Quellham") == "organization"
    assert drafts.get("Everton") == "organization"


def test_a_town_a_dinner_is_held_at_stays_a_place_on_a_league_report() -> None:
    drafts = draft_kind_names(
        "Tarnmouth suffered a first home league defeat of the season on Saturday, beaten 2-1 by Quellham. "
        "Quellham leap-frogged over Tarnmouth into fourth place. The club's annual dinner was held at Leeds "
        "on Friday."
    )
    assert drafts.get("Leeds") == "place"


def test_a_player_who_won_his_legs_on_a_league_report_stays_a_person() -> None:
    drafts = draft_kind_names(
        "In the first division results, Tarnby drew 4-4 with Quellham. Brynmor Evans won all three of his "
        "legs and Quellham took the league title on the final night."
    )
    assert drafts.get("Brynmor Evans") != "organization"


def test_the_side_a_team_lost_to_by_a_score_is_a_club() -> None:
    drafts = draft_kind_names(
        "Tarnmouth suffered a first home league defeat of the season, losing 1-0 to Everton, and dropped into "
        "fourth place. Fans later travelled to Leeds by coach."
    )
    assert drafts.get("Everton") == "organization"
    assert drafts.get("Leeds") == "place"
