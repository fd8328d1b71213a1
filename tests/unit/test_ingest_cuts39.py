"""Round cuts39: names cut, stretched or missed (the style probes' "cut" and "missed" names, grouped by the word
that broke them). Invented sentences and names throughout; real states and towns only where the gazetteer must
know them."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_two_lands_joined_by_an_en_dash_open_one_name_and_are_named_too() -> None:
    drafts = draft_kind_names(
        "The bank lends for the Ghana–Togo Economic Corridor, a road and rail project. Freight moves on the "
        "Lagos–Kano Standard Gauge Railway at night. Rebels cut the Tarnby–Quellby railway."
    )
    assert "Ghana–Togo Economic Corridor" in drafts and "Togo Economic Corridor" not in drafts
    assert "Lagos–Kano Standard Gauge Railway" in drafts
    assert drafts.get("Ghana") == "state" and drafts.get("Togo") == "state"
    assert drafts.get("Lagos") == "place" and drafts.get("Kano") == "place"
    assert "Tarnby–Quellby railway" not in drafts and "Tarnby–Quellby" not in drafts  # a route, no name


def test_a_post_and_its_of_before_a_body_named_with_and_keep_the_body_whole() -> None:
    drafts = draft_kind_names(
        "Ilse Varn is President of the Laotian Mine Action and Survivor Support Authority, which clears farmland. "
        "Dana Quell is Chair of the Malian Demining Training and Research Agency."
    )
    assert drafts.get("Laotian Mine Action and Survivor Support Authority") == "organization"
    assert drafts.get("Malian Demining Training and Research Agency") == "organization"
    assert "Survivor Support Authority" not in drafts and "Research Agency" not in drafts
    assert "Demining Training" not in drafts


def test_state_after_a_posts_of_the_opens_the_bodys_name_before_its_field_words() -> None:
    drafts = draft_kind_names(
        "The minister met the Head of the State Security Service of Tarnia, Ilse Varn, on Monday. The Chairman of "
        "the State Border Guard Service of Quellia resigned."
    )
    assert drafts.get("State Security Service of Tarnia") == "organization"
    assert drafts.get("State Border Guard Service of Quellia") == "organization"
    assert "Security Service of Tarnia" not in drafts and "Border Guard Service of Quellia" not in drafts


def test_a_firms_name_and_two_trade_words_before_a_state_name_its_arm_there() -> None:
    drafts = draft_kind_names(
        "The frigates will be built by Tarnell Systems Maritime Australia at Osborne, the ministry said. "
        "Quellex Energy Shipbuilding Canada won the second order."
    )
    assert drafts.get("Tarnell Systems Maritime Australia") == "organization"
    assert drafts.get("Quellex Energy Shipbuilding Canada") == "organization"
    assert "Tarnell Systems Maritime" not in drafts and "Quellex Energy Shipbuilding" not in drafts


def test_a_docks_word_and_a_trade_before_a_firms_word_are_one_firm() -> None:
    drafts = draft_kind_names(
        "Founded in 1911 as the Tarnby Dry Dock and Engineering Company, it has built 140 vessels. The Varnmouth "
        "Docks and Harbour Board owns the quays. Canary Wharf and Border Force officers met."
    )
    assert drafts.get("Tarnby Dry Dock and Engineering Company") == "organization"
    assert drafts.get("Varnmouth Docks and Harbour Board") == "organization"
    assert "Engineering Company" not in drafts and "Harbour Board" not in drafts
    assert drafts.get("Border Force") == "organization"  # (a body of its own after a place's name and "and")


def test_a_coasts_word_and_plain_words_before_a_trusts_word_are_one_body() -> None:
    drafts = draft_kind_names(
        "Grants went to the Tarnfife Coast and Countryside Trust this year. Talks between the West Bank and "
        "Palestinian Authority officials stalled."
    )
    assert drafts.get("Tarnfife Coast and Countryside Trust") == "organization"
    assert "Countryside Trust" not in drafts
    assert drafts.get("Palestinian Authority") == "organization"  # (a people's word opens a name of its own)


def test_an_en_dash_inside_a_capitalised_banks_name_keeps_its_first_word() -> None:
    drafts = draft_kind_names(
        "The loan came from the Export–Import Bank of Tarnia in 2019, and the Tarnia–Quellia Bank agreed."
    )
    assert drafts.get("Export–Import Bank of Tarnia") == "organization" and "Import Bank of Tarnia" not in drafts
    assert drafts.get("Tarnia–Quellia Bank") == "organization" and "Quellia Bank" not in drafts


def test_a_rank_and_a_family_name_before_an_academys_word_name_the_academy() -> None:
    drafts = draft_kind_names(
        "He trained at the General Quellmoro Police Academy in Tarnby, and she at the Marshal Tarnov Military "
        "Academy. General Ilse Varnez said the cadets did well."
    )
    assert drafts.get("General Quellmoro Police Academy") == "organization"
    assert drafts.get("Marshal Tarnov Military Academy") == "organization"
    assert "Quellmoro Police Academy" not in drafts and "Tarnov Military Academy" not in drafts
    assert drafts.get("Ilse Varnez") == "person"


def test_a_land_of_several_words_after_the_dash_is_named_whole() -> None:
    drafts = draft_kind_names("The Australia–Papua New Guinea Ministerial Forum was held in Lae on Monday.")
    assert drafts.get("Australia–Papua New Guinea Ministerial Forum") == "organization"
    assert drafts.get("Australia") == "state" and drafts.get("Papua New Guinea") == "state"
    assert "Papua" not in drafts


def test_a_unions_local_and_its_number_are_one_branch() -> None:
    drafts = draft_kind_names(
        "Most of them are members of Quellfor Local 1 and the Marine Workers Federation. The Varnworkers Local 600 "
        "voted to strike. The Local 2024 elections were quiet."
    )
    assert drafts.get("Quellfor Local 1") == "organization" and "Quellfor" not in drafts
    assert drafts.get("Varnworkers Local 600") == "organization" and "Varnworkers" not in drafts


def test_knights_after_the_open_an_armed_groups_name_before_its_of_the() -> None:
    drafts = draft_kind_names(
        "The group, also known as the Knights of the Great Sand Brigade, is active in the north. Knights of the "
        "order gathered in Tarnby."
    )
    assert drafts.get("Knights of the Great Sand Brigade") == "armed_force"
    assert "Great Sand Brigade" not in drafts and "Knights" not in drafts


def test_a_schools_second_field_of_two_words_stays_in_its_name() -> None:
    drafts = draft_kind_names(
        "The centre at the Varnland Institute of Management and Public Administration has trained 4,000 leaders."
    )
    assert drafts.get("Varnland Institute of Management and Public Administration") == "organization"
    assert "Public Administration" not in drafts and "Varnland Institute of Management" not in drafts


def test_a_works_a_firms_name_qualifies_after_and_the_is_no_part_of_a_body() -> None:
    drafts = draft_kind_names(
        "The show will return with support from the Port of Tarnby and the Quellcar plant at Varnton."
    )
    assert "Port of Tarnby" in drafts
    assert not any("Quellcar" in name for name in drafts)


def test_four_capitals_after_a_bodys_and_are_a_second_name() -> None:
    drafts = draft_kind_names(
        "The event is held with the Institute of Regional Studies and Citizens Advice Tarnby North, with support "
        "from the Quell Foundation. The Ministry of Labour and Social Affairs agreed."
    )
    assert drafts.get("Institute of Regional Studies") == "organization"
    assert "Citizens Advice Tarnby North" in drafts
    assert drafts.get("Ministry of Labour and Social Affairs") == "organization"


def test_a_firms_word_named_alone_elsewhere_ends_before_and() -> None:
    drafts = draft_kind_names(
        "A court remanded a former manager of Quellfield Bank over a fraud. The funds were moved through accounts "
        "at Quellfield and Tarncrest Microfinance Bank between 2023 and 2025. Quellfield said it was cooperating."
    )
    assert drafts.get("Tarncrest Microfinance Bank") == "organization"
    assert "Quellfield and Tarncrest Microfinance Bank" not in drafts


def test_a_posts_parts_and_a_founders_given_name_do_not_cut_a_body_named_with_and() -> None:
    drafts = draft_kind_names(
        "Ly Thuch, who is First Vice-President of the Laotian Mine Action and Survivor Support Authority, visited. "
        "Founded in 1911 as the Lewis Dry Dock and Engineering Company, it has built ships."
    )
    assert drafts.get("Laotian Mine Action and Survivor Support Authority") == "organization"
    assert drafts.get("Lewis Dry Dock and Engineering Company") == "organization"
    assert "Survivor Support Authority" not in drafts and "Engineering Company" not in drafts


def test_two_towns_joined_by_and_before_a_clubs_or_a_firms_word_are_one_name() -> None:
    drafts = draft_kind_names(
        "She ran for Tarnow and Quellburn AC on Sunday. The Varnley and Quellhill Beekeepers met on Tuesday. "
        "Flights are run by Tarnlands and Islands Airports Limited. The deal pleased France and Tarnby AC."
    )
    assert drafts.get("Tarnow and Quellburn AC") == "organization" and "Quellburn AC" not in drafts
    assert drafts.get("Varnley and Quellhill Beekeepers") == "organization"
    assert drafts.get("Tarnlands and Islands Airports Limited") == "organization"
    assert "France and Tarnby AC" not in drafts  # (a state is no town a club is named for)


def test_a_bodys_subject_after_on_the_goes_on_over_of_the() -> None:
    drafts = draft_kind_names(
        "In 1940 the Royal Commission on the Distribution of the Tarnish Population reported on the mills."
    )
    assert drafts.get("Royal Commission on the Distribution of the Tarnish Population") == "organization"
    assert "Royal Commission" not in drafts and "Distribution of the Tarnish Population" not in drafts


def test_a_keepers_possessive_before_a_shops_or_an_inns_word_names_it_whole() -> None:
    drafts = draft_kind_names(
        "We stopped for lunch at the Ferryman's Rest in Tarnby. The chain competes with Quellie's Bargain Outlet "
        "in the south. The app climbed to No. 1 on Apple's App Shop in the United States."
    )
    assert "Ferryman's Rest" in drafts and "Ferryman" not in drafts
    assert drafts.get("Quellie's Bargain Outlet") == "organization" and "Quellie" not in drafts
    assert drafts.get("Apple") == "organization" and "Apple's App Shop" not in drafts  # (a known firm's, two names)


def test_a_gaelic_of_the_inside_a_name_keeps_it_whole() -> None:
    drafts = draft_kind_names(
        "The council, Comhairle nan Tarnan Siar, said ferries would run. Members of Conradh na Quellge met in Tarnby."
    )
    assert drafts.get("Comhairle nan Tarnan Siar") == "organization"  # (the Gaelic council's word opens it)
    assert "Comhairle" not in drafts and "Tarnan Siar" not in drafts
    assert "Conradh na Quellge" in drafts and "Conradh" not in drafts


def test_a_korean_villages_unit_after_a_hyphen_stays_in_its_name() -> None:
    drafts = draft_kind_names("We are concerned by renewed activity at the Quellgye-ri test site, officials said.")
    assert drafts.get("Quellgye-ri") == "place" and "Quellgye" not in drafts


def test_a_canals_word_alone_before_and_is_no_given_name() -> None:
    drafts = draft_kind_names("The Canal and River Trust closed the towpath at Tarnby on Monday.")
    assert drafts.get("Canal and River Trust") == "organization" and "River Trust" not in drafts
