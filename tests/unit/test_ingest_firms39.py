"""Round firms39: organisations whose name holds no organisation word ("the German maker X", "X analyst Ann Lee",
"X said in a statement"), read from the words around the name. Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_nations_maker_before_one_word_is_a_firm_and_before_a_full_name_a_person() -> None:
    drafts = draft_kind_names("The frame comes from the German maker Brosvik, and the cells from Korea.")
    assert drafts.get("Brosvik") == "organization"
    drafts = draft_kind_names("The chair was built by the Welsh maker Josiah Quellan in 1790.")
    assert drafts.get("Josiah Quellan") == "person"


def test_an_adviser_or_an_analyst_after_one_word_makes_it_the_body_but_not_after_a_town() -> None:
    drafts = draft_kind_names(
        "Farmers were told to act. Teagrove adviser Maire Sullan told a farm walk that weights were down.\n\n"
        "Sales were slow. Harnquist analyst Priya Holmvik said demand was weak."
    )
    assert drafts.get("Teagrove") == "organization" and drafts.get("Harnquist") == "organization"
    assert drafts.get("Maire Sullan") == "person" and drafts.get("Priya Holmvik") == "person"
    drafts = draft_kind_names("Prices rose. Leeds analyst Jane Mossvik said the city was growing.")
    assert drafts.get("Leeds") != "organization" and drafts.get("Jane Mossvik") == "person"


def test_a_team_principal_after_one_word_makes_it_the_team() -> None:
    drafts = draft_kind_names("Kelvarno team principal Shane Rourkel said the crew would review the stop.")
    assert drafts.get("Kelvarno") == "organization" and drafts.get("Shane Rourkel") == "person"


def test_one_rare_word_said_in_a_statement_is_a_body_unless_the_statement_calls_it_he_or_she() -> None:
    drafts = draft_kind_names(
        "Storms closed the port. Tarnwick said in a statement that no one was hurt.\n\n"
        "Quellmoor said in a statement on Monday that it would appeal."
    )
    assert drafts.get("Tarnwick") == "organization" and drafts.get("Quellmoor") == "organization"
    drafts = draft_kind_names(
        "The minister, Adaeze Okonjova, resigned. Okonjova said in a statement that she had done nothing wrong.\n\n"
        "Police were called. Varnecki said in a statement that he would fight the charge."
    )
    assert drafts.get("Adaeze Okonjova") == "person" and drafts.get("Varnecki") != "organization"


def test_what_is_bought_or_leased_from_a_one_word_name_comes_from_a_firm_but_a_known_town_stays() -> None:
    drafts = draft_kind_names(
        "The airline said it would lease six jets from Azorvia.\n\nThe navy ordered four ships from Harnvolt."
    )
    assert drafts.get("Azorvia") == "organization" and drafts.get("Harnvolt") == "organization"
    drafts = draft_kind_names("The firm bought its grain from Ingrid Holmvik and its wine from Bordeaux.")
    assert drafts.get("Ingrid Holmvik") == "person" and drafts.get("Bordeaux") == "place"


def test_a_price_that_moved_in_a_city_is_a_listed_firms_but_the_index_stays_no_actor() -> None:
    drafts = draft_kind_names(
        "Shares in Dorvalbank rose 2 per cent in Oslo, while Quennix fell 1.1 per cent in Milan. Thembani fell "
        "2.7% in Johannesburg.\n\nAsian stocks slipped. The Nikkei fell 1.2 percent in Tokyo. Shares rose 4% in London."
    )
    assert drafts.get("Quennix") == "organization" and drafts.get("Thembani") == "organization"
    assert "Nikkei" not in drafts and "Shares" not in drafts


def test_a_price_then_at_and_one_word_names_a_shop_but_a_known_town_stays_a_place() -> None:
    drafts = draft_kind_names("The fryer costs £89 at Argvale this week.\n\nTickets cost £10 at Leeds station.")
    assert drafts.get("Argvale") == "organization" and drafts.get("Leeds") == "place"


def test_who_works_at_or_for_a_one_word_name_names_the_employer_but_a_person_stays() -> None:
    drafts = draft_kind_names(
        "Priyanka works at Stripvane in San Francisco.\n\nShe now works for Quellbyte as a designer.\n\n"
        "He works for Ilse Varnow as a driver."
    )
    assert drafts.get("Stripvane") == "organization" and drafts.get("Quellbyte") == "organization"
    assert drafts.get("San Francisco") == "place" and drafts.get("Ilse Varnow") == "person"


def test_who_handles_or_processes_payments_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Payments are handled by Stripvane.\n\nRefunds are processed by Quellpay within five days.\n\n"
        "The pub is run by Ilse Varnow and her husband."
    )
    assert drafts.get("Stripvane") == "organization" and drafts.get("Quellpay") == "organization"
    assert drafts.get("Ilse Varnow") == "person"


def test_a_possessive_board_or_employees_makes_a_rare_word_a_body() -> None:
    drafts = draft_kind_names(
        "The vote was close. Dravik's board approved the deal on Monday.\n\n"
        "Talks failed. Vennaro's employees will strike next week.\n\nTom Hale's employees were paid late."
    )
    assert drafts.get("Dravik") == "organization" and drafts.get("Vennaro") == "organization"
    assert drafts.get("Tom Hale") == "person"


def test_what_only_a_firm_does_after_a_rare_word_makes_it_a_firm_but_a_known_town_stays() -> None:
    drafts = draft_kind_names(
        "The town lost jobs when Keldrin cut 200 jobs at its plant.\n\nIn March Brastow posted a loss of £3m.\n\n"
        "Rain fell all week, and Morvane will close 40 stores by March.\n\nTarnwell employs 300 people."
    )
    for name in ("Keldrin", "Brastow", "Morvane", "Tarnwell"):
        assert drafts.get(name) == "organization", name
    drafts = draft_kind_names("Shoppers were told that Leeds will close 4 branches of its library.")
    assert drafts.get("Leeds") == "place"


def test_a_name_the_reader_is_asked_to_call_on_a_number_is_a_bodys_line() -> None:
    drafts = draft_kind_names(
        "Anyone with information should call Crimewatchers on 0800 555 111.\n\nTo book, call Ilse on 0777 123 456."
    )
    assert drafts.get("Crimewatchers") == "organization" and drafts.get("Ilse") != "organization"


def test_a_metalworks_named_by_its_fabrications_is_a_firm() -> None:
    drafts = draft_kind_names(
        "The wheels were made by Quenmoor Marine Fabrications of Plymouth.\n\n"
        "The frame was built by Varnby Steel Fabrication in Leeds."
    )
    assert drafts.get("Quenmoor Marine Fabrications") == "organization"
    assert drafts.get("Varnby Steel Fabrication") == "organization"


def test_what_a_firm_agrees_to_buy_and_where_profits_are_reported_are_firms() -> None:
    drafts = draft_kind_names(
        "Kelvane, the Swedish payments group, agreed to buy Lumenvik.\n\nProfits at Veldora fell 12% last year."
    )
    assert drafts.get("Lumenvik") == "organization" and drafts.get("Veldora") == "organization"


def test_a_buyer_after_acquired_a_time_and_by_is_a_firm_but_a_persons_full_name_stays() -> None:
    drafts = draft_kind_names(
        "The chain was acquired last year by Harnvold.\n\nThe shop was bought in October by Quellmark and renamed."
        "\n\nThe house was bought in 1990 by Ilse Varnow."
    )
    assert drafts.get("Harnvold") == "organization" and drafts.get("Quellmark") == "organization"
    assert drafts.get("Ilse Varnow") == "person"


def test_a_land_or_shipping_agent_described_after_a_name_is_an_agency_but_a_full_name_stays_a_person() -> None:
    drafts = draft_kind_names(
        "Dunvar Pike, the land agent that sold the site, said it had received offers.\n\n"
        "Tarnvik, the shipping agent, booked the berth.\n\nTom Hale, the estate agent, listed the house."
    )
    assert drafts.get("Dunvar Pike") == "organization" and drafts.get("Tarnvik") == "organization"
    assert drafts.get("Tom Hale") == "person"


def test_a_boss_or_a_manager_after_one_word_makes_it_the_body_but_a_states_side_stays_the_state() -> None:
    drafts = draft_kind_names(
        "Sales fell. Quellbrook boss Ann Lee said the year had been hard.\n\nTarnley manager Rob Edwin wants a "
        "winger.\n\nFrance manager Tom Vale named his squad."
    )
    assert drafts.get("Quellbrook") == "organization" and drafts.get("Tarnley") == "organization"
    assert drafts.get("Ann Lee") == "person" and drafts.get("France") == "state"
