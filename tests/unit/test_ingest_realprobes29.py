"""Ingest on English web pages after the twenty-ninth round of real probes (issue 15).

A people's adjective before a firm or a side; a Dutch firm named with its capital particle; a hospital's ward
and unit; a county named like a person; a work's title in quotes; a firm named by an ordinary word after a
phrase of backing, before its buses or before its people's post; a charity named for those it serves; a body
whose name opens with a coined word; a town's old "-ing" word; a breed before its animals; harbour
commissioners, an estuary, a shipyard in its own language, port authorities and a nature partnership named
for its county. Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_peoples_adjective_before_a_firm_or_a_side_is_no_state() -> None:
    kinds = draft_kinds("The Swiss packaging group Tarnholt bought the plant, and Danish shoppers were pleased.")
    assert "Switzerland" not in kinds, kinds
    assert "Denmark" not in kinds, kinds
    kinds = draft_kinds("The jets are leased from the Irish lessor Tallowmere, and the Swiss bank Orsett lent £4m.")
    assert "Ireland" not in kinds, kinds
    assert "Switzerland" not in kinds, kinds
    kinds = draft_kinds("The winger joined from Greek side Ellonas, but Norwegian officials said nothing.")
    assert "Greece" not in kinds, kinds
    assert kinds.get("Norway") is ActorKind.state, kinds


def test_a_dutch_firm_keeps_its_capital_particle() -> None:
    kinds = draft_kinds("The contract went to the builder Van der Kamp Bouw, which beat two local bids.")
    assert "Van der Kamp Bouw" in kinds, kinds
    assert "Kamp Bouw" not in kinds, kinds
    kinds = draft_kinds("De Smet Logistiek will run the depot from April.")
    assert "De Smet Logistiek" in kinds, kinds


def test_a_hospital_ward_is_no_person_but_a_given_name_before_ward_is() -> None:
    kinds = draft_kinds("Nine more beds were opened on Hawthorn Ward at the infirmary last week.")
    assert kinds.get("Hawthorn Ward") is ActorKind.place, kinds
    kinds = draft_kinds("Helena Ward said the beds were full every night.")
    assert kinds.get("Helena Ward") is ActorKind.person, kinds


def test_a_unit_of_a_hospital_named_like_a_person_is_no_person() -> None:
    kinds = draft_kinds("Children on the Aspen Unit will keep their free parking, the trust said.")
    assert kinds.get("Aspen Unit") is ActorKind.organization, kinds


def test_a_county_named_like_a_person_is_a_place_after_a_preposition() -> None:
    kinds = draft_kinds("The couple moved from Devon to Bristol in 2004 and opened a bakery.")
    assert kinds.get("Devon") is ActorKind.place, kinds
    kinds = draft_kinds("Devon Malcolm said he would bowl from the pavilion end.")
    assert kinds.get("Devon Malcolm") is ActorKind.person, kinds


def test_a_quoted_title_beats_a_head_word_but_scare_quotes_keep_a_force() -> None:
    kinds = draft_kinds("The sixth form staged “Mansfield Park” in June, and the choir sang “Penny Lane”.")
    assert "Mansfield Park" not in kinds, kinds
    assert "Penny Lane" not in kinds, kinds
    kinds = draft_kinds("Fighters of the “Tremmin Battalion” held the bridge for a week.")
    assert kinds.get("Tremmin Battalion") is ActorKind.armed_force, kinds


def test_an_ordinary_word_after_a_phrase_of_backing_is_a_firm() -> None:
    kinds = draft_kinds("The delivery start-up, backed by Google and two pension funds, opened a depot in Derby.")
    assert kinds.get("Google") is ActorKind.organization, kinds


def test_a_charity_named_for_the_people_it_serves_is_a_body() -> None:
    kinds = draft_kinds("The council referred the family to Citizens Advice in the spring.")
    assert kinds.get("Citizens Advice") is ActorKind.organization, kinds
    assert "Legal Advice" not in draft_kinds("Get Legal Advice before you sign anything, she said.")


def test_an_ordinary_word_before_the_buses_it_runs_is_a_firm() -> None:
    kinds = draft_kinds("Most villages are served by Stagecoach buses twice a day, said Alan Preece.")
    assert kinds.get("Stagecoach") is ActorKind.organization, kinds
    assert "Leeds" not in {k for k, v in draft_kinds("Leeds buses ran late.").items() if v is ActorKind.organization}


def test_an_ordinary_word_before_its_peoples_post_is_a_body() -> None:
    kinds = draft_kinds("Prospect national officer Helen Shaw said members would vote next week.")
    assert kinds.get("Prospect") is ActorKind.organization, kinds
    assert kinds.get("Helen Shaw") is ActorKind.person, kinds
    kinds = draft_kinds("Former general secretary Ann Cole said the deal was poor.")
    assert "Former" not in kinds, kinds


def test_a_coined_word_opens_a_bodys_name() -> None:
    kinds = draft_kinds("Carewatch Tarnshire said it had received 31 complaints this year.")
    assert kinds.get("Carewatch Tarnshire") is ActorKind.organization, kinds


def test_an_old_ing_word_opens_a_places_name() -> None:
    kinds = draft_kinds("Grants came from the Yelling Fen Community Fund and a parish trust.")
    assert kinds.get("Yelling Fen Community Fund") is ActorKind.organization, kinds
    kinds = draft_kinds("The farm shop stands on the lane to Chipping Sodbury, past the church.")
    assert kinds.get("Chipping Sodbury") is ActorKind.place, kinds


def test_a_breed_before_its_animals_is_no_actor() -> None:
    kinds = draft_kinds("The reserve now grazes Herdwick sheep and Dexter cattle on the wet fields.")
    assert "Herdwick" not in kinds, kinds
    assert "Dexter" not in kinds, kinds


def test_harbour_commissioners_and_an_estuary() -> None:
    kinds = draft_kinds("Tarnby Harbour Commissioners will dredge the channel across the Quellan Estuary.")
    assert kinds.get("Tarnby Harbour Commissioners") is ActorKind.organization, kinds
    assert kinds.get("Quellan Estuary") is ActorKind.place, kinds


def test_a_shipyard_in_its_own_language_and_port_authorities_by_their_plural() -> None:
    kinds = draft_kinds("The ferry is being refitted by Hollum Verft, and Ports de Quellac agreed a berth.")
    assert kinds.get("Hollum Verft") is ActorKind.organization, kinds
    assert kinds.get("Ports de Quellac") is ActorKind.organization, kinds


def test_a_nature_partnership_named_for_its_county_is_a_body() -> None:
    kinds = draft_kinds("The trust met the Yorkshire Local Nature Partnership to explain the scheme.")
    assert kinds.get("Yorkshire Local Nature Partnership") is ActorKind.organization, kinds


def test_englands_metropolitan_counties_and_regions_are_places() -> None:
    kinds = draft_kinds("Gritters worked through the night across South Yorkshire and the East Midlands.")
    assert kinds.get("South Yorkshire") is ActorKind.place, kinds
    assert kinds.get("East Midlands") is ActorKind.place, kinds


def test_a_british_party_known_by_one_ordinary_word() -> None:
    kinds = draft_kinds("Deputy leader Omar Haddad (Labour) said the vote was close.")
    assert kinds.get("Labour") is ActorKind.organization, kinds
    kinds = draft_kinds("The Tories lost four seats, and the Liberal Democrat group gained two.")
    assert kinds.get("Tories") is ActorKind.organization, kinds
    assert kinds.get("Liberal Democrat") is ActorKind.organization, kinds
    assert "Labour" not in draft_kinds("Labour costs rose by 4% last year, the bakery said.")


def test_the_treasury_after_the_is_a_body() -> None:
    kinds = draft_kinds("The brewers asked the Treasury to freeze duty on cask ale.")
    assert kinds.get("Treasury") is ActorKind.organization, kinds


def test_a_partys_branch_in_a_nation_is_one_body() -> None:
    kinds = draft_kinds("The Scottish Conservatives called for a review, and Welsh Labour agreed.")
    assert kinds.get("Scottish Conservatives") is ActorKind.organization, kinds
    assert kinds.get("Welsh Labour") is ActorKind.organization, kinds


def test_a_firm_the_world_knows_by_one_frequent_word() -> None:
    kinds = draft_kinds("The headset costs less than rivals from Sony and Samsung, said Priya Nair.")
    assert kinds.get("Sony") is ActorKind.organization, kinds
    assert kinds.get("Samsung") is ActorKind.organization, kinds
    assert "Amazon" not in draft_kinds("Logging spread across the Amazon basin last year.")
    assert "Apple" not in draft_kinds("Apple blossom came early, and the apple harvest was large.")


def test_nouns_then_uk_name_a_charity_and_a_trade_noun_before_is_no_part() -> None:
    kinds = draft_kinds("The trial was paid for by Stroke Research UK and two councils.")
    assert kinds.get("Stroke Research UK") is ActorKind.organization, kinds
    kinds = draft_kinds("Charity Carers UK said the grant was too small.")
    assert kinds.get("Carers UK") is ActorKind.organization, kinds
    assert "Charity Carers UK" not in kinds, kinds


def test_a_campaign_for_an_aim_and_an_investigation_branch_are_bodies() -> None:
    kinds = draft_kinds("Members of the Campaign for Quiet Lanes met the Rail Accident Investigation Branch.")
    assert kinds.get("Campaign for Quiet Lanes") is ActorKind.organization, kinds
    assert kinds.get("Rail Accident Investigation Branch") is ActorKind.organization, kinds


def test_an_artist_or_a_groundsman_before_a_name_makes_a_person() -> None:
    kinds = draft_kinds("A view of the harbour by the local painter Ambrose Tregellas sold for £900.")
    assert kinds.get("Ambrose Tregellas") is ActorKind.person, kinds
    kinds = draft_kinds("The club thanked its groundsman Alwyn Pennock for the pitch.")
    assert kinds.get("Alwyn Pennock") is ActorKind.person, kinds


def test_a_bodys_manager_after_its_possessive_is_a_person() -> None:
    kinds = draft_kinds("Oriel Fanshawe, the trust's estates manager for the north, said the work was late.")
    assert kinds.get("Oriel Fanshawe") is ActorKind.person, kinds


def test_a_carrier_in_a_brands_casing_before_express_is_a_firm() -> None:
    kinds = draft_kinds("Services run by NorthLink Express were cancelled, but the Daily Express printed.")
    assert kinds.get("NorthLink Express") is ActorKind.organization, kinds
    assert kinds.get("Daily Express") is ActorKind.media, kinds


def test_a_campaign_named_like_a_slogan_by_what_it_collected() -> None:
    kinds = draft_kinds("Save Hollins Meadow, which collected 4,000 signatures, will meet the council.")
    assert kinds.get("Save Hollins Meadow") is ActorKind.organization, kinds


def test_a_regulator_by_what_it_will_enforce_and_a_party_of_greens() -> None:
    kinds = draft_kinds("Ofwat, which will enforce the new limits, said it would consult in May.")
    assert kinds.get("Ofwat") is ActorKind.organization, kinds
    kinds = draft_kinds("The bill passed with the votes of the Greens and two independents.")
    assert kinds.get("Greens") is ActorKind.organization, kinds
    assert "Greens" not in draft_kinds("Greens and salads were on the menu at the fair.")


def test_a_nations_body_for_its_sport() -> None:
    kinds = draft_kinds("The club thanked its sponsors and Wales Netball for a grant towards the courts.")
    assert kinds.get("Wales Netball") is ActorKind.organization, kinds
    kinds = draft_kinds("Scottish Athletics said the meeting would go ahead on Saturday.")
    assert kinds.get("Scottish Athletics") is ActorKind.organization, kinds
