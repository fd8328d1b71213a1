"""Ingest on English web pages after the twenty-fourth round of real probes (issue 15).

A saint's hospice and a town's children's choir named with a possessive; undertakers and inns named for two
things ("Pardew and Tinsley Funeral Directors", "the Plough and Harrow"); a pool on a river; a sponsor; firms
named by their trade (metals, a mutual, savings, advisers); a town after "of" that says where a firm or a
person is from. Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_saints_hospice_stays_one_name() -> None:
    kinds = draft_kinds("She died peacefully at St Wendrick's Hospice on 3 May. Donations to St Wendrick's Hospice.")
    assert kinds.get("St Wendrick's Hospice") is ActorKind.organization, kinds
    assert "St Wendrick" not in kinds and "Hospice" not in kinds, kinds


def test_a_towns_childrens_choir_stays_one_name() -> None:
    kinds = draft_kinds("In 1970 she founded the Tillcombe Children's Choir, which still sings each Advent.")
    assert kinds.get("Tillcombe Children's Choir") is ActorKind.organization, kinds


def test_undertakers_named_for_two_families_are_one_firm() -> None:
    kinds = draft_kinds("Donations care of Pardew and Tinsley Funeral Directors, Mill Lane, Tillcombe.")
    assert kinds.get("Pardew and Tinsley Funeral Directors") is ActorKind.organization, kinds
    assert "Pardew" not in kinds and "Tinsley" not in kinds, kinds


def test_funeral_directors_are_no_holders_of_posts() -> None:
    kinds = draft_kinds("Arrangements are in the hands of Hallam Funeral Directors.")
    assert kinds.get("Hallam Funeral Directors") is ActorKind.organization, kinds


def test_an_inn_named_for_two_things_is_one_place() -> None:
    kinds = draft_kinds("The quiz is held every Thursday at the Plough and Harrow in Tillcombe.")
    assert kinds.get("Plough and Harrow") is ActorKind.place, kinds
    assert "Plough" not in kinds and "Harrow" not in kinds, kinds


def test_an_inn_before_pub_is_one_place() -> None:
    kinds = draft_kinds("Members met outside the Fox and Bellows pub on Friday.")
    assert kinds.get("Fox and Bellows") is ActorKind.place, kinds


def test_two_bodies_or_parties_joined_by_and_are_no_inn() -> None:
    kinds = draft_kinds("Ballots went to the Conservative and Labour parties. He served in the Army and Navy.")
    assert "Conservative and Labour" not in kinds and "Army and Navy" not in kinds, kinds


def test_a_pool_on_a_river_is_a_place() -> None:
    kinds = draft_kinds("Members may fish below Crannock Pool on the upper beat.")
    assert kinds.get("Crannock Pool") is ActorKind.place, kinds


def test_a_pool_of_common_words_is_no_place() -> None:
    kinds = draft_kinds("The Motor Pool was closed for the week, so she joined the Talent Pool instead.")
    assert "Motor Pool" not in kinds and "Talent Pool" not in kinds, kinds


def test_a_sponsor_is_a_body_and_a_senator_stays_a_person() -> None:
    kinds = draft_kinds("The race is sponsored by Hallowfield Tyres. The bill was sponsored by Senator Maria Delgado.")
    assert kinds.get("Hallowfield Tyres") is ActorKind.organization, kinds
    assert kinds.get("Maria Delgado") is ActorKind.person, kinds


def test_firms_named_by_their_trade_are_bodies() -> None:
    kinds = draft_kinds(
        "He sold the cable to Quarnby Scrap Metals for cash. The show is backed by Trelowen Mutual, and "
        "Ashbury Savings opened a branch. Pellick Advisors ran the sale."
    )
    for firm in ("Quarnby Scrap Metals", "Trelowen Mutual", "Ashbury Savings", "Pellick Advisors"):
        assert kinds.get(firm) is ActorKind.organization, (firm, kinds)


def test_a_trade_after_common_words_is_a_heading() -> None:
    kinds = draft_kinds("Rates on Easy Savings accounts rose. Precious Metals fell. Ask about Financial Advisors.")
    assert not {"Easy Savings", "Precious Metals", "Financial Advisors"} & set(kinds), kinds


def test_a_town_after_of_says_where_a_firm_or_a_person_is_from() -> None:
    kinds = draft_kinds(
        "Quellan Brandt Advisors of Cleveland advised the seller. Dale Varcoe, 36, of Cincinnati, was fined."
    )
    assert kinds.get("Cleveland") is ActorKind.place, kinds
    assert kinds.get("Cincinnati") is ActorKind.place, kinds


def test_a_us_state_in_a_phrase_of_its_history_is_a_place() -> None:
    kinds = draft_kinds("It was the wettest spring in Kansas State history, the forecaster Ona Pellick said.")
    assert kinds.get("Kansas State") is ActorKind.place, kinds


def test_a_part_of_a_land_before_its_name_supports_the_place() -> None:
    kinds = draft_kinds(
        "Two of northwest Ohio's largest lenders plan to merge. The storm hit southern Cornwall hardest."
    )
    assert kinds.get("Ohio") is ActorKind.place, kinds
    assert kinds.get("Cornwall") is ActorKind.place, kinds


def test_a_town_closing_an_address_before_who_stays_a_place() -> None:
    kinds = draft_kinds("Dale Varcoe, 36, of Fenner Road, Quillby, who acted as lookout, was fined £200.")
    assert kinds.get("Quillby") is ActorKind.place, kinds
    assert kinds.get("Dale Varcoe") is ActorKind.person, kinds


def test_a_name_described_as_a_work_is_no_actor_anywhere_in_the_text() -> None:
    kinds = draft_kinds(
        "Tide Ledger, her first large solo show, fills the sail loft. Tide Ledger is supported by Quenby Mutual."
    )
    assert "Tide Ledger" not in kinds, kinds
    assert kinds.get("Quenby Mutual") is ActorKind.organization, kinds


def test_a_relative_in_apposition_keeps_the_person() -> None:
    kinds = draft_kinds("Marta Quillane, her sister, said the family was grateful.")
    assert kinds.get("Marta Quillane") is ActorKind.person, kinds


def test_a_bus_station_is_a_place_and_a_gas_network_a_body() -> None:
    kinds = draft_kinds("Buses leave Tarrow Bus Station at noon while Pennock Gas Distribution digs up the road.")
    assert kinds.get("Tarrow Bus Station") is ActorKind.place, kinds
    assert kinds.get("Pennock Gas Distribution") is ActorKind.organization, kinds


def test_a_towns_general_hospital_is_one_body() -> None:
    kinds = draft_kinds("Service 14 will run between Quillby Bus Station and Threlford General Hospital.")
    assert kinds.get("Threlford General Hospital") is ActorKind.organization, kinds


def test_the_surgeon_general_stays_a_post() -> None:
    kinds = draft_kinds("The Surgeon General Dr Ayla Quenby warned about heat on Monday.")
    assert "Surgeon General" not in kinds, kinds


def test_common_words_before_a_nation_name_its_public_body() -> None:
    kinds = draft_kinds("The beat is closed while Natural Resources Wales repairs the fish pass.")
    assert kinds.get("Natural Resources Wales") is ActorKind.organization, kinds


def test_a_town_before_a_trade_after_a_firms_name_is_a_place() -> None:
    kinds = draft_kinds("Pickwell, a Leeds startup that makes robot arms, raised £18m.")
    assert kinds.get("Leeds") is ActorKind.place, kinds
    assert kinds.get("Pickwell") is ActorKind.organization, kinds


def test_parties_named_by_their_members_are_bodies() -> None:
    kinds = draft_kinds("Ottilie Varcoe of the Liberal Democrats won. Republicans said they would try again.")
    assert kinds.get("Liberal Democrats") is ActorKind.organization, kinds
    assert kinds.get("Republicans") is ActorKind.organization, kinds


def test_shores_falls_isles_locks_and_houses_are_places() -> None:
    kinds = draft_kinds(
        "We walked to Pellock Sands and on to Varley Falls, then sailed to the Quennick Isles. Boats queue at "
        "Ashmere Lock. The sale is at Tollerby Manor; she lives at Crayfield Grange."
    )
    for place in (
        "Pellock Sands",
        "Varley Falls",
        "Quennick Isles",
        "Ashmere Lock",
        "Tollerby Manor",
        "Crayfield Grange",
    ):
        assert kinds.get(place) is ActorKind.place, (place, kinds)


def test_a_lock_or_a_grange_of_common_words_is_no_place() -> None:
    kinds = draft_kinds("He picked the lock. The Time Lock opened. Red Grange scored twice.")
    assert "Time Lock" not in kinds and "Red Grange" not in kinds, kinds


def test_buildings_by_their_use_are_places_and_trading_standards_a_body() -> None:
    kinds = draft_kinds(
        "Quarnby Trading Standards warned shoppers. The meeting is at Tollam Civic Hall near Varley Power Station."
    )
    assert kinds.get("Quarnby Trading Standards") is ActorKind.organization, kinds
    assert kinds.get("Tollam Civic Hall") is ActorKind.place, kinds
    assert kinds.get("Varley Power Station") is ActorKind.place, kinds


def test_a_coach_station_is_a_place_and_a_coach_before_a_name_a_title() -> None:
    kinds = draft_kinds("Buses leave Threlford Coach Station at noon. Coach Dermot Vallance left on Friday.")
    assert kinds.get("Threlford Coach Station") is ActorKind.place, kinds
    assert kinds.get("Dermot Vallance") is ActorKind.person, kinds
    assert "Station" not in kinds, kinds


def test_regions_of_the_united_states_are_places() -> None:
    kinds = draft_kinds(
        "Mergers picked up across the Midwest, while snow fell on New England and the Pacific Northwest."
    )
    for region in ("Midwest", "New England", "Pacific Northwest"):
        assert kinds.get(region) is ActorKind.place, (region, kinds)


def test_a_saints_abbey_or_chapel_stays_one_place() -> None:
    kinds = draft_kinds("The choir sang at St Osric's Abbey, then walked to St Cuthwin's Chapel and Tarrow Priory.")
    assert kinds.get("St Osric's Abbey") is ActorKind.place, kinds
    assert kinds.get("St Cuthwin's Chapel") is ActorKind.place, kinds
    assert kinds.get("Tarrow Priory") is ActorKind.place, kinds
    assert "St Osric" not in kinds, kinds
