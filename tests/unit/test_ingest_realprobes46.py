"""Ingest on English web pages after the forty-sixth batch of real probes (issue 15).

A finance ministry known as "the Treasury" and the office it owns; a firm quoted "At X, which tracks Y,
head Z said"; a bank revising "its forecast"; "a family office based in"; a lawyer "of" her firm;
a court district cut from the office named for it; merchant ships after their kind or size class.
Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_the_treasury_opening_a_sentence_is_a_body() -> None:
    kinds = draft_kinds("The Treasury has said it will consult on the levy before the summer.")
    assert kinds.get("Treasury") is ActorKind.organization, kinds


def test_a_one_word_body_owns_the_office_after_its_possessive() -> None:
    kinds = draft_kinds("The Treasury's Bureau of Coin Standards fined Harlow Quay Ltd on Monday.")
    assert "Treasury's Bureau of Coin Standards" not in kinds, kinds
    assert kinds.get("Bureau of Coin Standards") is ActorKind.organization, kinds
    assert kinds.get("Treasury") is ActorKind.organization, kinds


def test_a_common_nouns_possessive_still_opens_a_body() -> None:
    kinds = draft_kinds("The vote was called by the Tarnish Workers' Party on Friday.")
    assert kinds.get("Tarnish Workers' Party") is ActorKind.organization, kinds


def test_a_firm_quoted_with_a_which_clause_before_its_speaker_is_a_body() -> None:
    kinds = draft_kinds(
        "At Quorvane, which maps container traffic from space, head of research Ilse Marrowby said rates would rise."
    )
    assert kinds.get("Quorvane") is ActorKind.organization, kinds
    assert kinds.get("Ilse Marrowby") is ActorKind.person, kinds


def test_a_firm_quoted_with_its_speakers_job_before_the_name_is_a_body() -> None:
    kinds = draft_kinds("At Pellicore, chief economist Tobin Ashgrove said the rise was a one-off.")
    assert kinds.get("Pellicore") is ActorKind.organization, kinds


def test_a_town_quoted_with_its_mayor_stays_a_place() -> None:
    kinds = draft_kinds("At Kelvarro, mayor Renata Holm said the road would reopen in May.")
    assert kinds.get("Kelvarro") is not ActorKind.organization, kinds


def test_a_known_town_with_a_which_clause_stays_a_place() -> None:
    kinds = draft_kinds("At Tulsa, which lies on the Arkansas River, analyst Harold Quist said prices fell.")
    assert kinds.get("Tulsa") is ActorKind.place, kinds


def test_a_name_that_raises_its_forecast_is_a_firm() -> None:
    kinds = draft_kinds("Morgan Whitley raised its copper forecast by $200 a tonne.")
    assert kinds.get("Morgan Whitley") is ActorKind.organization, kinds


def test_a_name_that_cuts_its_price_target_is_a_firm() -> None:
    kinds = draft_kinds("Later on Tuesday Ostrander Pike cut its price target on the shares to 310 pence.")
    assert kinds.get("Ostrander Pike") is ActorKind.organization, kinds


def test_a_family_office_based_somewhere_is_a_body() -> None:
    kinds = draft_kinds("The club's owners, Harrowfield, a family office based in Guernsey, have put in £20m.")
    assert kinds.get("Harrowfield") is ActorKind.organization, kinds


def test_a_sister_ship_is_still_no_body() -> None:
    kinds = draft_kinds("Garnet Ashby, a sister of the owner, said the shop would stay open.")
    assert kinds.get("Garnet Ashby") is not ActorKind.organization, kinds


def test_a_lawyer_for_a_client_of_a_firm_names_the_firm() -> None:
    kinds = draft_kinds("A lawyer for the owners, Petra Lindgren-Okafor of Rushmere Vane, said the sale was lawful.")
    assert kinds.get("Rushmere Vane") is ActorKind.organization, kinds
    assert kinds.get("Petra Lindgren-Okafor") is ActorKind.person, kinds


def test_a_spokesman_of_a_town_keeps_the_town() -> None:
    kinds = draft_kinds("A spokesman for the family, Petra Lindgren of Wexcombe, said they were grateful.")
    assert kinds.get("Wexcombe") is not ActorKind.organization, kinds


def test_a_court_district_cut_from_its_office_is_no_place() -> None:
    kinds = draft_kinds(
        "The case was brought by the U.S. Attorney's Office for the Eastern District of Ohio. "
        "Prosecutors in the Eastern District have filed three such cases."
    )
    assert "Eastern District" not in kinds, kinds


def test_a_district_named_alone_stays() -> None:
    kinds = draft_kinds("Rockets fell in the Southern District of Israel, police said. The Southern District is quiet.")
    assert any(name.startswith("Southern District") for name in kinds), kinds


def test_a_merchant_ship_after_its_kind_is_a_draft_of_its_own() -> None:
    kinds = draft_kinds("Customs officers boarded the tanker Selby Marigold off Rotterdam on Friday.")
    assert kinds.get("Selby Marigold") is ActorKind.other, kinds


def test_a_ship_after_its_size_class_leaves_the_class_out() -> None:
    kinds = draft_kinds("The coast guard detained the Suezmax Wenna Calloway off Cyprus in May.")
    assert kinds.get("Wenna Calloway") is ActorKind.other, kinds
    assert "Suezmax Wenna Calloway" not in kinds, kinds


def test_a_size_class_alone_is_no_draft() -> None:
    kinds = draft_kinds("The Liberia-flagged Aframax, which changed owners twice, was held in port.")
    assert "Aframax" not in kinds, kinds


def test_a_warship_after_its_kind_is_still_equipment() -> None:
    kinds = draft_kinds("The navy said the destroyer Tarnhallow and the frigate Orsk Valour sailed at dawn.")
    assert "Tarnhallow" not in kinds and "Orsk Valour" not in kinds, kinds


def test_a_judge_styled_his_honour_is_a_person() -> None:
    kinds = draft_kinds("The panel's chair, His Honour Aldous Pemberton, had relied on the club's accounts.")
    assert kinds.get("Aldous Pemberton") is ActorKind.person, kinds


def test_a_given_name_honour_is_no_title() -> None:
    kinds = draft_kinds("Honour Blackwell starred in the film, which opened in Leeds.")
    assert "Blackwell" not in kinds, kinds


def test_a_titled_name_made_a_pattern_is_no_draft() -> None:
    kinds = draft_kinds("It was Lord Varnley-style advocacy, and the judge noticed.")
    assert "Varnley" not in kinds, kinds


def test_football_bodies_written_as_words_are_bodies() -> None:
    kinds = draft_kinds("The tribunal hears appeals in Fifa cases and has overturned two bans.")
    assert kinds.get("Fifa") is ActorKind.organization, kinds


def test_australias_labor_and_its_member_after_the_possessive() -> None:
    kinds = draft_kinds("Labor's Wenna Tallisker held the seat by 212 votes after postal ballots were counted.")
    assert kinds.get("Labor") is ActorKind.organization, kinds
    assert kinds.get("Wenna Tallisker") is ActorKind.person, kinds


def test_a_candidate_before_a_name_is_a_person() -> None:
    kinds = draft_kinds("The independent candidate Dashiell Quorrow won with 38 per cent of the vote.")
    assert kinds.get("Dashiell Quorrow") is ActorKind.person, kinds


def test_the_world_body_of_a_sport_is_a_body() -> None:
    kinds = draft_kinds("She said World Athletics and the national federations had to follow suit.")
    assert kinds.get("World Athletics") is ActorKind.organization, kinds


def test_the_side_beaten_in_a_win_over_is_a_club() -> None:
    kinds = draft_kinds(
        "Ashgill Rovers climbed out of the relegation places. Their striker scored twice in Saturday's 3-1 "
        "win over Pellingham, and the referee sent off a defender after the equaliser."
    )
    assert kinds.get("Pellingham") is ActorKind.organization, kinds


def test_a_firm_named_in_the_possessive_after_an_article_is_a_body() -> None:
    kinds = draft_kinds("Without a Pellow's policy, the older ships cannot call at a mainstream port.")
    assert kinds.get("Pellow's") is ActorKind.organization, kinds


def test_an_ordinary_nouns_possessive_after_an_article_is_no_firm() -> None:
    kinds = draft_kinds("It was the Devil's work and the Nation's shame, the bishop said.")
    assert not any(name.endswith("'s") for name in kinds), kinds


def test_a_firm_in_the_possessive_is_no_half_of_a_hyphened_name() -> None:
    kinds = draft_kinds(
        "Without a Lloyd's policy, these ships cannot call. Brannock-Lloyd said its ships were on schedule. "
        "Hapag-Marrow and Lloyd Tessel both said they would keep sailing."
    )
    assert kinds.get("Lloyd's") is ActorKind.organization, kinds
    assert "Brannock-Lloyd" in kinds, kinds


def test_a_name_that_charters_ships_is_a_firm() -> None:
    kinds = draft_kinds("Quorvale, which charters tankers in the Gulf, declined to comment on the seizure.")
    assert kinds.get("Quorvale") is ActorKind.organization, kinds


def test_a_firm_in_the_possessive_stays_apart_from_a_hyphened_firm() -> None:
    kinds = draft_kinds("Insurers want a Lloyd's policy. Tarrow-Lloyd, which charters tankers, said it would comply.")
    assert kinds.get("Lloyd's") is ActorKind.organization, kinds
    assert kinds.get("Tarrow-Lloyd") is ActorKind.organization, kinds


def test_a_league_before_its_relegation_zone_is_no_place() -> None:
    kinds = draft_kinds("The win lifted Tarnby out of the Quellish Premiership relegation zone on goal difference.")
    assert kinds.get("Quellish Premiership") is not ActorKind.place, kinds


def test_a_border_zone_still_names_its_land() -> None:
    kinds = draft_kinds("Troops patrolled the Tarnok border zone through the night.")
    assert kinds.get("Tarnok") is ActorKind.place, kinds


def test_a_named_building_is_a_place() -> None:
    kinds = draft_kinds("The appeal was heard at the Marrowby Building in London on Tuesday.")
    assert kinds.get("Marrowby Building") is ActorKind.place, kinds


def test_a_name_after_an_arabic_article_keeps_its_short_form() -> None:
    kinds = draft_kinds(
        "Fighters of Jama'at Nasr al-Varmu crossed the river. The Varmu-speaking villages fled, officials said."
    )
    assert "Varmu" not in kinds, kinds


def test_a_one_word_shipowner_is_a_firm() -> None:
    kinds = draft_kinds("Regulators named Tollvane, a Singapore shipowner, as the tanker's registered owner.")
    assert kinds.get("Tollvane") is ActorKind.organization, kinds


def test_a_named_shipowner_with_two_names_is_no_firm() -> None:
    kinds = draft_kinds("Regulators named Kostas Varnakis, a Greek shipowner, as the tanker's registered owner.")
    assert kinds.get("Kostas Varnakis") is not ActorKind.organization, kinds


def test_the_side_after_a_scored_win_is_a_club_on_any_page() -> None:
    kinds = draft_kinds(
        "The judgment came two days after the club's 3-1 win over Quellmoor Town, its first in a month."
    )
    assert kinds.get("Quellmoor Town") is ActorKind.organization, kinds


def test_a_seat_won_with_a_share_of_the_vote_is_a_place() -> None:
    kinds = draft_kinds("The Greens' candidate won Quellmoor with 41.2 per cent of the primary vote.")
    assert kinds.get("Quellmoor") is ActorKind.place, kinds


def test_a_seat_held_by_a_margin_of_votes_is_a_place() -> None:
    kinds = draft_kinds("On Thursday Labour held Tarrowby by 212 votes after two recounts.")
    assert kinds.get("Tarrowby") is ActorKind.place, kinds


def test_a_name_that_cuts_its_rating_is_a_firm() -> None:
    kinds = draft_kinds("Later that day Morgan Whitley cut its rating on the shares to neutral.")
    assert kinds.get("Morgan Whitley") is ActorKind.organization, kinds


def test_shares_in_a_name_like_a_persons_make_it_a_firm() -> None:
    kinds = draft_kinds("Shares in Tarrow Keane fell 4% after the lender warned on profits.")
    assert kinds.get("Tarrow Keane") is ActorKind.organization, kinds


def test_a_ship_after_its_trade_and_noun_is_a_merchant_ship() -> None:
    kinds = draft_kinds(
        "The bulk carrier Marrow Star ran aground on Tuesday. The container ship Quill Ardent was refloated."
    )
    assert kinds.get("Marrow Star") is ActorKind.other, kinds
    assert kinds.get("Quill Ardent") is ActorKind.other, kinds


def test_a_carrier_alone_is_still_a_firm() -> None:
    kinds = draft_kinds("The Danish carrier Vostrekk said parcels would be late this week.")
    assert kinds.get("Vostrekk") is ActorKind.organization, kinds


def test_a_firm_in_the_possessive_quoted_with_at_is_a_firm() -> None:
    kinds = draft_kinds("At Pellow's, which rates the bonds, analyst Karin Holt said the outlook was stable.")
    assert kinds.get("Pellow's") is ActorKind.organization, kinds
    assert kinds.get("Karin Holt") is ActorKind.person, kinds


def test_a_body_named_after_a_short_clause_is_a_body() -> None:
    kinds = draft_kinds("He moved the money to a trading firm he secretly ran, Corvane Quill, which lost most of it.")
    assert kinds.get("Corvane Quill") is ActorKind.organization, kinds


def test_a_person_named_after_a_short_clause_stays_a_person() -> None:
    kinds = draft_kinds("She hired a lawyer he trusted, Ilse Varnholm, who won the case.")
    assert kinds.get("Ilse Varnholm") is ActorKind.person, kinds
