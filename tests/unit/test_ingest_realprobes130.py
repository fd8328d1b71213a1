"""Round realprobes130 (batch en129): rules found on invented pages in genres the corpus had none of (a cycling
stage race, a tractor first drive, a marine casualty report, a racecourse meeting, a literary prize's shortlist, a
sailing regatta)."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names as _kinds


def test_a_cycling_team_publisher_or_machinery_dealer_named_by_its_trade_is_a_firm() -> None:
    kinds = _kinds(
        "Jonah Pettigrew, who rides for Lee Valley Cycling, was second. Second was Ribblesdale Wheelers, then "
        "Saltire Velo. The novel is published by Ashgrove Editions. The firm sells through its dealers, among them "
        "Ripon Agri and Mid Wales Machinery of Welshpool."
    )
    assert kinds.get("Lee Valley Cycling") == "organization"
    assert kinds.get("Ribblesdale Wheelers") == "organization"
    assert kinds.get("Saltire Velo") == "organization"
    assert kinds.get("Ashgrove Editions") == "organization"
    assert kinds.get("Ripon Agri") == "organization"
    assert kinds.get("Mid Wales Machinery") == "organization"


def test_a_sport_or_trade_word_after_common_words_is_a_heading() -> None:
    kinds = _kinds("Track Cycling returns to the velodrome this week. Farm Machinery sales rose by a tenth.")
    assert "Track Cycling" not in kinds
    assert "Farm Machinery" not in kinds


def test_a_peoples_adjective_before_a_trainer_or_novelist_is_no_state() -> None:
    kinds = _kinds(
        "Ballyfoyle Lad was third for the Irish trainer Declan Mulvihill. The Nigerian novelist Ada Varnel won the "
        "prize."
    )
    assert "Ireland" not in kinds
    assert "Nigeria" not in kinds
    assert kinds.get("Declan Mulvihill") == "person"


def test_a_listed_title_by_its_author_is_a_work_and_no_draft() -> None:
    kinds = _kinds(
        "The shortlist\n"
        "- Salt Roads by Marguerite Feeney (Harbourside Press)\n"
        "- Dover Street by Amara Okeke (Granary Books)\n"
        "- A House in Lisbon by Jonah Castellane (Halyard)\n"
        "- Beatrice Alone by Siobhan Kilbride (Ashgrove Editions)\n"
        "Feeney lives in Cork."
    )
    assert "Dover Street" not in kinds
    assert "Lisbon" not in kinds
    assert "Beatrice Alone" not in kinds
    assert "Salt Roads" not in kinds
    assert kinds.get("Amara Okeke") == "person"
    assert kinds.get("Granary Books") == "organization"


def test_a_town_after_a_registered_firm_and_of_is_a_place() -> None:
    kinds = _kinds("The vessel, owned by Mearns Seafoods Ltd of Gourdon, capsized in a rising swell.")
    assert kinds.get("Mearns Seafoods Ltd") == "organization"
    assert kinds.get("Gourdon") == "place"


def test_a_name_listed_with_a_body_and_its_the_is_a_body() -> None:
    kinds = _kinds(
        "The board has recommended that Seafish and the Scottish Fishermen's Federation run safety training."
    )
    assert kinds.get("Seafish") == "organization"
    assert kinds.get("Scottish Fishermen's Federation") == "organization"


def test_a_horse_race_named_by_its_class_is_no_draft() -> None:
    kinds = _kinds(
        "Copper Lantern gave trainer Sue Harker her biggest win when taking the Wensleydale Handicap Chase at "
        "Catterick under Sean Bolam. Earlier, Tyneside Belle won the Quellmore Stakes. JPMorgan Chase sponsored it."
    )
    assert "Wensleydale Handicap Chase" not in kinds
    assert "Quellmore Stakes" not in kinds
    assert kinds.get("Sue Harker") == "person"
    assert kinds.get("JPMorgan Chase") == "organization"


def test_a_model_numbered_by_four_digits_that_are_no_year_is_a_product() -> None:
    kinds = _kinds(
        "In the first class, Blue Heron, the Sunfast 3600 sailed by Annabel Kerswell of the Hamble River Sailing "
        "Club, won four of five races."
    )
    assert "Sunfast" not in kinds
    assert kinds.get("Annabel Kerswell") == "person"


def test_a_supplier_by_its_goods_before_a_name_is_a_firm() -> None:
    kinds = _kinds(
        "Tyre supplier Pirelli, the championship's partner, said it would bring a new tyre. Energy supplier "
        "Quellpower said prices would fall."
    )
    assert kinds.get("Pirelli") == "organization"
    assert kinds.get("Quellpower") == "organization"


def test_a_firms_arm_by_its_trade_names_the_firm() -> None:
    kinds = _kinds("It will serve 150 sidings, the freight arm of Deutsche Bahn said on Thursday.")
    assert kinds.get("Deutsche Bahn") == "organization"


def test_a_town_beside_a_score_or_v_is_a_side() -> None:
    kinds = _kinds(
        "Tygerberg Harlequins beat log leaders Paarl Valley 27-24 at Parow on Saturday. Fixtures: Knaresborough "
        "Town v Emley AFC (3pm, Manse Lane); Thackley v Silsden (3pm, Dennyfield). Silsden are unbeaten."
    )
    assert kinds.get("Paarl Valley") == "organization"
    assert kinds.get("Silsden") == "organization"
    assert kinds.get("Parow") == "place"
    assert _kinds("Roadworks shut the A66 between Penrith 3 and Keswick this week.").get("Penrith") == "place"


def test_a_name_in_a_tables_column_of_teams_is_a_side() -> None:
    kinds = _kinds(
        "Stage results\n"
        "| Pos | Rider | Team | Time |\n"
        "|---|---|---|---|\n"
        "| 1 | Callum Kerr | Saltire Velo | 3:21:04 |\n"
        "| 3 | Daniel Haworth | Ribblesdale Spokes | +0:09 |\n"
    )
    assert kinds.get("Ribblesdale Spokes") == "organization"
    assert kinds.get("Daniel Haworth") == "person"


def test_a_name_with_no_given_name_that_said_its_is_a_body() -> None:
    kinds = _kinds(
        "A bus left the road on the A40. Stagecoach West said its 801 service between Cheltenham and Gloucester "
        "was diverted. Anna West said its roof leaked. Kassym-Jomart Tokayev said its army was ready."
    )
    assert kinds.get("Stagecoach West") == "organization"
    assert kinds.get("Anna West") == "person"
    assert kinds.get("Kassym-Jomart Tokayev") == "person"


def test_a_name_before_a_comma_and_the_body_of_a_new_clause_keeps_its_own_kind() -> None:
    kinds = _kinds(
        "Elsewhere, the Stromness Sailing Club held its last race of the year in Hoy Sound, and the Orkney "
        "Islands Council confirmed the pitch would reopen."
    )
    assert kinds.get("Hoy Sound") != "organization"


def test_a_peoples_adjective_before_a_handler_or_breeder_is_no_state() -> None:
    kinds = _kinds("Third was the Irish handler Declan Fahy from Co Wexford. A Welsh breeder won the ewe class.")
    assert "Ireland" not in kinds
    assert "Wales" not in kinds
    assert kinds.get("Declan Fahy") == "person"


def test_a_name_between_its_and_a_device_noun_is_the_firms_product() -> None:
    kinds = _kinds("Sales of its Alexa speakers fell for a third quarter, the company said.")
    assert "Alexa" not in kinds
    assert _kinds("Orders at its Nairobi plant rose.").get("Nairobi") == "place"


def test_a_rare_word_and_a_number_beside_a_sibling_model_is_a_product() -> None:
    kinds = _kinds("The Tellus 8 sits above the Tellus 6 and the Orbis 4 in the range, the maker said.")
    assert "Orbis" not in kinds
    assert "Tellus" not in kinds
