"""Ingest on English web pages after the fortieth batch of real probes (issue 15).

Utilities named for their region ("Thames Water"); a double surname ending in a venue's word; a shared
post before a name ("co-leader"); Irish family names with their particles and counsel's letters; a
member named after "TD"; a service's name before a rank; a land after "in rural"; a member's party in
brackets. Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_utility_named_for_its_region_or_river_is_a_firm() -> None:
    kinds = draft_kinds("The regulator singled out Mersey Water, which was fined, and Eastern Power for its bills.")
    assert kinds.get("Mersey Water") is ActorKind.organization, kinds
    assert kinds.get("Eastern Power") is ActorKind.organization, kinds


def test_a_utility_named_for_its_nation_is_one_body() -> None:
    kinds = draft_kinds("In Wales, Welsh Water is run as a company without shareholders.")
    assert kinds.get("Welsh Water") is ActorKind.organization, kinds


def test_a_double_surname_ending_in_a_venue_word_is_a_person() -> None:
    kinds = draft_kinds("Ottilie Quarrenden-Park said the fund had lost money.")
    assert kinds.get("Ottilie Quarrenden-Park") is ActorKind.person, kinds


def test_a_shared_post_after_a_body_makes_a_person_of_a_name_with_a_common_word() -> None:
    kinds = draft_kinds("The Tarnish Alliance co-leader, Sian Berry-Tallon, said the deal was dead.")
    assert kinds.get("Sian Berry-Tallon") is ActorKind.person, kinds


def test_an_irish_family_name_with_its_particle_is_a_person() -> None:
    kinds = draft_kinds("The court heard from the shopkeeper, Sorcha Ní Bhraonáin-Lowe. She was unhurt.")
    assert kinds.get("Sorcha Ní Bhraonáin-Lowe") is ActorKind.person, kinds


def test_counsels_letters_end_the_name() -> None:
    kinds = draft_kinds(
        "Prosecution counsel Tadhg Ó Maoilriain-Wells BL said the accused had fled. "
        "Defence barrister Orla Keegan-Baird SC said her client was sorry."
    )
    assert kinds.get("Tadhg Ó Maoilriain-Wells") is ActorKind.person, kinds
    assert kinds.get("Orla Keegan-Baird") is ActorKind.person, kinds


def test_a_member_named_after_td_is_a_person_and_the_seat_a_place() -> None:
    kinds = draft_kinds("Tarnmore TD Fiachra Dolan-Reid asked the minister to act.")
    assert kinds.get("Fiachra Dolan-Reid") is ActorKind.person, kinds
    assert kinds.get("Tarnmore") is ActorKind.place, kinds


def test_a_service_word_before_a_rank_and_a_name_is_no_person() -> None:
    kinds = draft_kinds(
        "Armed officers were at the scene.\nGarda Inspector Aoibheann Tully-Marsh told the court it was planned. "
        "The Garda National Economic Crime Bureau took the case."
    )
    assert "Garda" not in kinds, kinds
    assert kinds.get("Aoibheann Tully-Marsh") is ActorKind.person, kinds


def test_a_given_name_after_in_rural_is_a_land() -> None:
    kinds = draft_kinds("Farmers in rural Clare say the buses no longer run.")
    assert kinds.get("Clare") is ActorKind.place, kinds


def test_a_members_party_in_brackets_is_a_body() -> None:
    kinds = draft_kinds("Tarnmore TD Fiachra Dolan-Reid (Córas Nua) asked the minister to act.")
    assert kinds.get("Córas Nua") is ActorKind.organization, kinds


def test_a_seat_named_for_two_places_before_mp_is_one_place() -> None:
    kinds = draft_kinds("Ilse Varnham, the Tarnford South and Pellow MP, said the plan was dead.")
    assert kinds.get("Tarnford South and Pellow") is ActorKind.place, kinds
    assert "Tarnford South" not in kinds, kinds
    kinds = draft_kinds("The Dunmere and Wray MP, Ilse Varnham, wrote to the minister.")
    assert kinds.get("Dunmere and Wray") is ActorKind.place, kinds


def test_a_seat_named_for_two_places_after_mp_for_is_one_place() -> None:
    kinds = draft_kinds(
        "Ilse Varnham, MP for Quellby and Oskenwick, spoke first. The member for Dunmere and Wray agreed."
    )
    assert kinds.get("Quellby and Oskenwick") is ActorKind.place, kinds
    assert kinds.get("Dunmere and Wray") is ActorKind.place, kinds


def test_a_name_after_the_and_of_a_seat_is_not_taken_into_it() -> None:
    kinds = draft_kinds("The MP for Quellby and Ilse Varnham met the minister.")
    assert "Quellby and Ilse Varnham" not in kinds, kinds


def test_a_party_word_with_its_possessive_opening_a_sentence_before_a_member_is_the_party() -> None:
    kinds = draft_kinds("Labour's Ottoline Varnham said the vote was lost.")
    assert kinds.get("Labour") is ActorKind.organization, kinds
    assert "Labour" not in draft_kinds("Labour's share of national income fell again.")


def test_a_party_of_two_words_before_a_members_letters_is_a_body() -> None:
    kinds = draft_kinds("Ottoline Varnham, the Liberal Democrat MP for Quellby, said the vote was lost.")
    assert kinds.get("Liberal Democrat") is ActorKind.organization, kinds
    assert kinds.get("Quellby") is ActorKind.place, kinds


def test_a_role_after_a_phrase_of_when_and_as_is_no_actor() -> None:
    kinds = draft_kinds("Local favourite Tobin Halsey-Crane returns for his ninth year as Dame Trott at the Lyric.")
    assert "Dame Trott" not in kinds, kinds
    assert "Trott" not in kinds, kinds


def test_a_period_adjective_before_a_noun_is_no_place() -> None:
    kinds = draft_kinds("The Tarnbury Museum Trust turns its Edwardian town into a winter market.")
    assert "Edwardian" not in kinds, kinds


def test_a_leagues_tier_in_a_heading_is_no_firm() -> None:
    kinds = draft_kinds("Results from Saturday.\nPremier Division standings\nTarnby Town lead on goal difference.")
    assert "Premier Division" not in kinds, kinds


def test_a_name_before_whose_chief_executive_is_a_body() -> None:
    kinds = draft_kinds("MPs heard from Tarnside Action, whose chief executive, Ilse Varnham, gave evidence.")
    assert kinds.get("Tarnside Action") is ActorKind.organization, kinds
    assert kinds.get("Ilse Varnham") is ActorKind.person, kinds


def test_a_one_word_name_after_a_markets_noun_is_a_firm_though_it_speaks() -> None:
    kinds = draft_kinds("Prices slid, while the rival exchange Quellex said withdrawals were orderly.")
    assert kinds.get("Quellex") is ActorKind.organization, kinds


def test_a_platform_posted_on_in_prose_is_a_firm_but_not_in_a_share_bar() -> None:
    kinds = draft_kinds("Her deputy wrote on LinkedIn that the board had resigned, and a video was posted on YouTube.")
    assert kinds.get("LinkedIn") is ActorKind.organization, kinds
    assert kinds.get("YouTube") is ActorKind.organization, kinds
    kinds = draft_kinds("The shop keeps a Facebook page and apologised in a post on Instagram.")
    assert kinds.get("Facebook") is ActorKind.organization, kinds
    assert kinds.get("Instagram") is ActorKind.organization, kinds
    kinds = draft_kinds("Share on LinkedIn\nShare on YouTube\nThe board resigned on Monday.")
    assert "LinkedIn" not in kinds and "YouTube" not in kinds, kinds


def test_two_bodies_sharing_a_first_word_across_and_are_two() -> None:
    kinds = draft_kinds("The storm was named by Met Tarnia and Met Office forecasters on Sunday.")
    assert "Met Tarnia and Met Office" not in kinds, kinds
    assert kinds.get("Met Office") is ActorKind.organization, kinds


def test_a_partys_name_of_a_plural_title_and_another_plural_is_one_body() -> None:
    kinds = draft_kinds("Deputies from the Governors and Freeholders (SVS) party voted against the plan.")
    assert kinds.get("Governors and Freeholders") is ActorKind.organization, kinds
    assert "Freeholders" not in kinds, kinds


def test_a_performers_nationality_before_her_voice_is_no_state() -> None:
    kinds = draft_kinds("The season opens with the Kenyan soprano Wanjiru Tallis-Obi as Tosca.")
    assert "Kenya" not in kinds, kinds


def test_a_name_after_sovereign_investor_is_a_body() -> None:
    kinds = draft_kinds("The round was led by Copperleaf, with the Gulf sovereign investor Tarnavest also taking part.")
    assert kinds.get("Tarnavest") is ActorKind.organization, kinds


def test_a_shows_title_heading_its_listing_is_no_actor() -> None:
    kinds = draft_kinds(
        "Tarnby Council has closed the square.\nThe Lamplighter: film with live orchestra\n"
        "Friday 4 December, 7pm | Corn Exchange, Tarnby"
    )
    assert "Lamplighter" not in kinds and "The Lamplighter" not in kinds, kinds


def test_a_language_after_in_is_no_state() -> None:
    kinds = draft_kinds("She thanked her coach, Ilse Varnham, in Portuguese and her father in Greek.")
    assert "Portugal" not in kinds and "Greece" not in kinds, kinds
    kinds = draft_kinds("Troops massed in Russian and Belarusian territory.")
    assert kinds.get("Russia") is ActorKind.state, kinds


def test_a_makers_or_a_bands_nationality_is_no_state() -> None:
    kinds = draft_kinds("The Korean carmaker Tarnwagen and the Welsh rock band Gwythor will share the stage.")
    assert "South Korea" not in kinds and "United Kingdom" not in kinds, kinds


def test_a_foreign_body_named_with_its_country_before_an_english_gloss_is_not_cut_at_in() -> None:
    kinds = draft_kinds(
        "The watchdog Stiftung Offene Medien in Tarnland (Foundation for Open Media in Tarnland) criticised the law."
    )
    assert kinds.get("Stiftung Offene Medien in Tarnland") is ActorKind.organization, kinds


def test_a_plurals_possessive_inside_a_bodys_name_keeps_the_name_whole() -> None:
    kinds = draft_kinds("The Tarnby Lockkeepers' Union said the quay was unsafe.")
    assert kinds.get("Tarnby Lockkeepers' Union") is ActorKind.organization, kinds
