"""Round realprobes132 (batch en133): rules found on invented English pages in new genres (boxing, dog
shows, cruise itineraries, college class notes, book reviews, DIY forums)."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def test_a_body_named_by_its_institutes_is_one_organisation() -> None:
    kinds = draft_kinds("She received a grant from the National Institutes of Health for her lab.", language="en")
    assert kinds.get("National Institutes of Health") == "organization", kinds


def test_a_ship_one_is_aboard_is_no_person() -> None:
    kinds = draft_kinds("The voyage sails aboard Aurora Starling on 9 January from Southampton.", language="en")
    assert kinds.get("Aurora Starling") == "other", kinds
    kinds = draft_kinds("She flew aboard Logan Air flight 12 to Kirkwall.", language="en")
    assert kinds.get("Logan Air") == "organization", kinds


def test_a_fishing_boat_after_its_gear_is_a_ship() -> None:
    kinds = draft_kinds("The drifter Mary Watt sank off Fair Isle in 1905.", language="en")
    assert kinds.get("Mary Watt") == "other", kinds
    kinds = draft_kinds("The seiner Jessie Mackay was towed into Scrabster.", language="en")
    assert kinds.get("Jessie Mackay") == "other", kinds


def test_a_storys_heroine_or_protagonist_is_no_actor() -> None:
    kinds = draft_kinds(
        "Its heroine, Annie Tulloch, guts fish for the curer Jacobsen & Sons in Lerwick.", language="en"
    )
    assert "Annie Tulloch" not in kinds and kinds.get("Jacobsen & Sons") == "organization", kinds
    kinds = draft_kinds("The novel's young protagonist Moira Flett finds a ledger in a box.", language="en")
    assert "Moira Flett" not in kinds, kinds
    kinds = draft_kinds("Crowds cheered the Olympic heroine Jessica Varn in Sheffield.", language="en")
    assert kinds.get("Jessica Varn") == "person", kinds


def test_a_title_opening_with_the_after_a_possessive_is_a_work() -> None:
    text = "A chapter off Fair Isle is as good as anything in Neil Gunn's The Silver Darlings, the novel it echoes."
    kinds = draft_kinds(text, language="en")
    assert "Silver Darlings" not in kinds and kinds.get("Neil Gunn") == "person", kinds
    kinds = draft_kinds("Ann Varn's The Kestrel Review published it.", language="en")
    assert "Kestrel Review" in kinds, kinds


def test_a_boxers_weight_before_his_name_is_a_title() -> None:
    kinds = draft_kinds(
        "Welterweight Liam Varnley, the former champion, was held to a draw on Saturday.", language="en"
    )
    assert kinds.get("Liam Varnley") == "person" and "Welterweight Liam Varnley" not in kinds, kinds
    kinds = draft_kinds("Cruiserweight Tom Ashdale stopped his man in the third round.", language="en")
    assert kinds.get("Tom Ashdale") == "person", kinds


def test_a_graduates_degree_after_the_name_is_no_body() -> None:
    kinds = draft_kinds("Dana Whitfield '91, MBA '97, is now finance chief of Ridgeway Health Partners.", language="en")
    assert "MBA" not in kinds and kinds.get("Dana Whitfield") == "person", kinds


def test_bookshops_trip_firms_promoters_and_chamber_groups_by_their_trade_are_bodies() -> None:
    kinds = draft_kinds("She will read at the Whitcombe Bookstore on February 12.", language="en")
    assert kinds.get("Whitcombe Bookstore") == "organization", kinds
    kinds = draft_kinds("In Tromsø, ride with Lyngen Husky Adventures through the valley.", language="en")
    assert kinds.get("Lyngen Husky Adventures") == "organization", kinds
    kinds = draft_kinds("His promoter, Lynne Castleford of Steel City Promotions, said he would rest.", language="en")
    assert kinds.get("Steel City Promotions") == "organization", kinds
    kinds = draft_kinds("The Starling Quartet plays in the lounge.", language="en")
    assert kinds.get("Starling Quartet") == "organization", kinds


def test_a_name_with_a_particle_inside_after_the_is_a_place() -> None:
    kinds = draft_kinds("He and his wife spent October walking the Camino de Santiago with Lily.", language="en")
    assert kinds.get("Camino de Santiago") == "place", kinds
    kinds = draft_kinds("Crowds rallied in the Plaza de Mayo on Sunday.", language="en")
    assert kinds.get("Plaza de Mayo") == "place", kinds
    kinds = draft_kinds("The painting shows Ana de Souza at home.", language="en")
    assert kinds.get("Ana de Souza") == "person", kinds


def test_an_animal_after_a_show_champions_title_is_no_firm() -> None:
    kinds = draft_kinds("Best in show went to Ch Brackenrigg Tumbleweed, owned by Alison Pendock.", language="en")
    assert kinds.get("Ch Brackenrigg Tumbleweed") == "other", kinds
    assert kinds.get("Alison Pendock") == "person", kinds


def test_a_venue_named_for_the_lands_it_counts_keeps_its_number() -> None:
    kinds = draft_kinds("The show at the Three Counties Showground on Saturday drew 2,100 dogs.", language="en")
    assert kinds.get("Three Counties Showground") == "place", kinds
    kinds = draft_kinds("They met at the Two Rivers Shopping Centre in Staines.", language="en")
    assert kinds.get("Two Rivers Shopping Centre") == "place", kinds


def test_a_house_of_two_collections_joined_by_and_is_one_body() -> None:
    kinds = draft_kinds("Moira finds it in a box at the Shetland Museum and Archives.", language="en")
    assert kinds.get("Shetland Museum and Archives") == "organization", kinds
    kinds = draft_kinds("She works at the Tarnby Museum and Art Gallery.", language="en")
    assert kinds.get("Tarnby Museum and Art Gallery") == "organization", kinds
    kinds = draft_kinds("He visited the British Museum and Kew Gardens.", language="en")
    assert "British Museum" in kinds, kinds


def test_welsh_and_older_given_names_open_a_couple() -> None:
    kinds = draft_kinds("The puppy was bred by Gwen and Peter Hollowmead of Ledbury.", language="en")
    assert kinds.get("Gwen Hollowmead") == "person" and "Gwen" not in kinds, kinds
    kinds = draft_kinds("The prize went to Angharad and Rhys Pugh of Bala.", language="en")
    assert kinds.get("Angharad Pugh") == "person", kinds


def test_the_other_end_after_between_a_place_may_carry_its_year() -> None:
    kinds = draft_kinds("The novel moves between Lerwick in 1905 and Leith in 1987.", language="en")
    assert kinds.get("Leith") == "place", kinds
    kinds = draft_kinds("The family moved from Lerwick in 1905 to Quarvie in 1920.", language="en")
    assert kinds.get("Quarvie") == "place", kinds


def test_a_publisher_before_a_books_page_count_is_a_body() -> None:
    text = "The Drowned Parish, by Owen Treharne (Jonathan Cape, 256 pp, £16.99), is a fine novel."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Jonathan Cape") == "organization" and kinds.get("Owen Treharne") == "person", kinds
    kinds = draft_kinds("Salt and Ledger by Rosalind Varn. Canongate Lane, 384pp, £18.99.", language="en")
    assert kinds.get("Canongate Lane") == "organization", kinds


def test_a_port_of_call_and_its_land_in_an_itinerary_table_are_places() -> None:
    text = (
        "Itinerary\n| Day | Port | Arrive | Depart |\n|---|---|---|---|\n"
        "| 4 | Stavanger, Norway | 08:00 | 17:00 |\n| 12 | Kristiansand, Norway | 12:00 | 19:00 |\n"
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Stavanger") == "place" and kinds.get("Kristiansand") == "place", kinds
    assert kinds.get("Norway") == "state", kinds


def test_a_ships_builder_and_registry_in_its_facts_are_read() -> None:
    text = "Tarn Starling at a glance\n- Built: 2019, Meyer Werft, Papenburg\n- Registry: Bermuda\n"
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Meyer Werft") == "organization" and kinds.get("Papenburg") == "place", kinds
    assert kinds.get("Bermuda") == "place", kinds


def test_a_ship_refitted_or_berthed_is_no_person() -> None:
    kinds = draft_kinds("Aurora Starling, refitted at the yard in Palermo, carries 1,870 guests.", language="en")
    assert kinds.get("Aurora Starling") == "other", kinds
    kinds = draft_kinds("Jessie Mackay was berthed at Leith.", language="en")
    assert kinds.get("Jessie Mackay") == "other", kinds
    kinds = draft_kinds("Tom Varn refitted the kitchen.", language="en")
    assert kinds.get("Tom Varn") == "person", kinds


def test_a_service_firm_by_its_trade_after_its_name_is_a_body() -> None:
    text = "The pump fitted by Clydeside Marine Services during a refit in Greenock had not been checked."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Clydeside Marine Services") == "organization", kinds
    kinds = draft_kinds("The ferry is owned by Caledonian Maritime Assets.", language="en")
    assert kinds.get("Caledonian Maritime Assets") == "organization", kinds
    assert draft_kinds("Our Marine Services team will call.", language="en") == {}


def test_a_side_of_a_deal_named_after_its_role_and_a_comma_is_a_body() -> None:
    kinds = draft_kinds("The buyer, Lumenpay, is an arm of Nets, which Nexi bought in 2021.", language="en")
    assert kinds.get("Lumenpay") == "organization", kinds
    kinds = draft_kinds("The buyer, Tom Varn, paid £2m for the house.", language="en")
    assert kinds.get("Tom Varn") == "person", kinds


def test_a_brand_which_belongs_to_a_group_is_a_body() -> None:
    kinds = draft_kinds("Eufy, which belongs to Anker, has since fixed the bug.", language="en")
    assert kinds.get("Eufy") == "organization" and kinds.get("Anker") == "organization", kinds


def test_a_name_before_aquarium_in_lower_case_is_a_venue() -> None:
    kinds = draft_kinds("In Tromsø, visit the Polaria aquarium and the Arctic Cathedral.", language="en")
    assert kinds.get("Polaria") == "place", kinds


def test_a_rare_name_before_a_traders_verb_in_the_plural_is_a_firm() -> None:
    kinds = draft_kinds("Screwfix sell the washers for pennies.", language="en")
    assert kinds.get("Screwfix") == "organization", kinds
    kinds = draft_kinds("And Quellfix sell cheap valves, get one for each radiator.", language="en")
    assert kinds.get("Quellfix") == "organization", kinds
    assert draft_kinds("Farmers sell the lambs in May.", language="en") == {}


def test_a_regions_adjective_before_a_noun_is_no_actor() -> None:
    assert draft_kinds("He loves Nordic food and Baltic herring.", language="en") == {}
    kinds = draft_kinds("Ships crossed the Baltic Sea in May.", language="en")
    assert kinds.get("Baltic Sea") == "place", kinds


def test_a_moves_particle_may_stand_before_to_and_its_end() -> None:
    assert draft_kinds("We drove down to Tarnmouth.", language="en") == {"Tarnmouth": "place"}
    assert draft_kinds("They walked back to Quellby after the match.", language="en") == {"Quellby": "place"}
    assert draft_kinds("She sent it back to Varn.", language="en").get("Varn") != "place"


def test_a_name_before_supply_as_a_noun_keeps_its_kind() -> None:
    text = "Modules went to the Varnabuga Special Economic Zone. Officials mapped the Varnabuga supply network."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Varnabuga") != "organization", kinds
