"""A seventy-sixth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): states
on a smuggling route, Gulf trading houses, codes of conduct named for a city, nicknames after a full name. Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from tests.unit.ingest_helpers import draft_kind_names


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_state_on_the_route_of_goods_for_sale_is_a_state_not_a_seller() -> None:
    drafts = draft_kind_names(
        "The cartel paid for its rifles through the sale of cobalt smuggled via Zambia, Angola and Namibia."
    )
    assert drafts.get("Angola") == "state"
    assert drafts.get("Namibia") == "state"


def test_a_trading_house_named_general_trading_is_one_firm() -> None:
    drafts = draft_kind_names(
        "The Council also listed Harwick General Trading, a firm based in Sharjah which supplied trucks, "
        "and Qarnel General Contracting, which built the depots."
    )
    assert drafts.get("Harwick General Trading") == "organization"
    assert drafts.get("Qarnel General Contracting") == "organization"


def test_a_code_of_conduct_named_for_a_city_gives_the_city_not_a_code() -> None:
    drafts = draft_kind_names(
        "Under the Nairobi Code of Conduct, signed in 2031 by nine coastal states, patrols share their data. "
        "The assembly also passed the Alluvial Mining Code, which bans dredging. Farmers may sell credits under "
        "the UK Peatland Code. Peatland restoration stores carbon."
    )
    assert drafts.get("Nairobi") == "place"
    assert "Nairobi Code" not in drafts
    assert not any("Mining" in name or "Peatland" in name for name in drafts)  # a law named for what it governs


def test_a_nickname_in_quotes_right_after_a_full_name_is_that_persons_alias() -> None:
    drafts = _drafts(
        'Those listed include the militia\'s leader, Idris Tarvani Mahmud "Tarvo", who ordered the siege of '
        "Qarnel, and his deputy Selim Oskar Varn."
    )
    assert "Tarvo" in drafts["Idris Tarvani Mahmud"].aliases
    assert "Tarvo" not in drafts


def test_a_militia_known_as_a_name_is_an_armed_force_even_with_the_before_the_name() -> None:
    drafts = draft_kind_names(
        "The minister met commanders of the local militia known as the Tarvo Guard. "
        "Police also arrested members of the gang known as the Quellnet Boys."
    )
    assert drafts.get("Tarvo Guard") == "armed_force"
    assert drafts.get("Quellnet Boys") == "organization"


def test_a_title_word_after_bin_is_the_fathers_name_inside_a_bases_name() -> None:
    drafts = draft_kind_names("Two destroyers docked at Hamad bin Sultan Naval Base in Varqa on Monday.")
    assert drafts.get("Hamad bin Sultan Naval Base") == "place"
    assert "Naval Base" not in drafts


def test_a_radio_channels_word_after_its_number_is_part_of_its_name() -> None:
    drafts = draft_kind_names('The chief executive told BBC Radio 5 Live: "Clean riders were cheated."')
    assert drafts.get("BBC Radio 5 Live") == "media"


def test_a_navy_before_its_ships_type_number_is_the_navy() -> None:
    drafts = draft_kind_names("The Tarvish Navy Type 31 frigate Kestrel escorted the convoy past Qarnel Point.")
    assert drafts.get("Tarvish Navy") == "armed_force"
    assert not any("Type" in name for name in drafts)


def test_a_states_export_finance_agency_is_one_body_not_the_state() -> None:
    drafts = draft_kind_names("Loans from UK Export Finance and two banks paid for the Qarnel gas plant.")
    assert drafts.get("UK Export Finance") == "organization"
    assert "United Kingdom" not in drafts


def test_a_given_name_of_two_hyphened_syllables_written_first_stays_with_the_family_name() -> None:
    drafts = draft_kind_names(
        "Qarnel floods: thousands flee\n\nBy Hui-ling Ashdown-Teo, BBC News, Taipei\n\n"
        "Reporter Seo-yeon Varnick said the river rose. The Co-op Bank paid for boats."
    )
    assert drafts.get("Hui-ling Ashdown-Teo") == "person"
    assert drafts.get("Seo-yeon Varnick") == "person"
    assert "Co-op Bank" not in drafts or drafts["Co-op Bank"] != "person"


def test_a_models_letters_before_a_warships_or_a_weapons_noun_are_no_body() -> None:
    drafts = draft_kind_names(
        "The task group included the Tarvish KORVA frigate Sentinel, and the army received QARNEX rocket "
        "launchers. Qarnel Defence Force (QDF) troops and NATO warships guarded the port."
    )
    assert "KORVA" not in drafts
    assert "QARNEX" not in drafts
    assert drafts.get("NATO") == "organization"


def test_a_navy_rating_named_by_a_trades_possessive_is_no_given_name() -> None:
    drafts = draft_kind_names("Chief Boatswain's Mate Dorian Akers-Vell led the boarding team off Qarnel.")
    assert drafts.get("Dorian Akers-Vell") == "person"
    assert not any(name.startswith("Mate") for name in drafts)
