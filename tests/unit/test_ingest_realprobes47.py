"""Ingest on English web pages after the forty-eighth batch of real probes (issue 15).

Junk a local paper's police blotter drafted: a charge written as letters ("a DUI crash"), the
column's heading opening the page ("Police Blotter: ..."), and a counted make and model ("three
Toyota Prius cars"); and junk left on older pages: a taxon set after a name ("X, the group of
bacteria behind ...") and an oil benchmark named like a town in a bank's call ("raised its Brent
forecast"), and tools listed with their jobs after a tool ("we used X for ..., Y for ... and Z
for ..."). Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_charge_written_as_letters_is_no_body() -> None:
    kinds = draft_kinds("A DWI arrest on Pell Street led to a second OWI charge, the Tarrowby sheriff said.")
    assert "DWI" not in kinds and "OWI" not in kinds, kinds
    assert kinds.get("Pell Street") is ActorKind.place, kinds


def test_a_british_charge_written_as_letters_is_no_body() -> None:
    kinds = draft_kinds("Corran Pask, 31, of Elmsfold admitted ABH and was handed an ASBO by magistrates.")
    assert "ABH" not in kinds and "ASBO" not in kinds, kinds
    assert kinds.get("Corran Pask") is ActorKind.person, kinds


def test_a_columns_heading_opening_the_page_is_no_body() -> None:
    kinds = draft_kinds(
        "Police Briefs: A stolen quad bike and a barn fire\nDeputies said the bike was found in a barn."
    )
    assert "Police Briefs" not in kinds, kinds


def test_a_court_roundup_heading_is_no_body() -> None:
    kinds = draft_kinds("Court Roundup: fines for speeding and fly-tipping\nMagistrates in Wendlebury fined a driver.")
    assert "Court Roundup" not in kinds, kinds


def test_a_body_before_a_colon_keeps_its_name() -> None:
    kinds = draft_kinds("Tarrowby Police: we have charged a man\nHe was held at Elmsfold overnight.")
    assert kinds.get("Tarrowby Police") is ActorKind.organization, kinds


def test_a_counted_make_and_model_is_no_actor() -> None:
    kinds = draft_kinds("Catalytic converters were taken from four Vauxhall Corsa cars parked on Quarry Lane.")
    assert "Vauxhall Corsa" not in kinds, kinds


def test_a_counted_model_in_figures_is_no_actor() -> None:
    kinds = draft_kinds("The council bought 14 Harlow Vireo vans for its parks team in Elmsfold.")
    assert "Harlow Vireo" not in kinds, kinds


def test_a_counted_fleet_with_its_firms_cue_keeps_the_firm() -> None:
    kinds = draft_kinds("Three Kessel Motors vans were stolen from a yard, the owner of Kessel Motors said.")
    assert kinds.get("Kessel Motors") is ActorKind.organization, kinds


def test_a_group_of_bacteria_is_no_body() -> None:
    kinds = draft_kinds("Almost one in ten voles carried Morvellia, the group of bacteria behind the fever.")
    assert "Morvellia" not in kinds, kinds


def test_a_family_of_proteins_is_no_body() -> None:
    kinds = draft_kinds("The team in Elmsfold studied Kessrin, a family of proteins that bind iron.")
    assert "Kessrin" not in kinds, kinds


def test_a_group_of_activists_is_still_a_body() -> None:
    kinds = draft_kinds("The march was organised by Varnak, a group of activists from the coast.")
    assert kinds.get("Varnak") is ActorKind.organization, kinds


def test_a_town_named_in_a_banks_forecast_is_no_place() -> None:
    kinds = draft_kinds("Harrow Keane raised its Brent forecast for the first quarter by $3 a barrel.")
    assert "Brent" not in kinds, kinds
    assert kinds.get("Harrow Keane") is ActorKind.organization, kinds


def test_tools_listed_with_their_jobs_after_a_tool_are_no_actors() -> None:
    kinds = draft_kinds("We used Quorvel for the API, Lintra for logging and Pexmark for our Redis cache.")
    assert "Lintra" not in kinds and "Pexmark" not in kinds, kinds


def test_a_list_in_the_next_sentence_is_not_a_tool_list() -> None:
    kinds = draft_kinds(
        "We used Quorvel for the API. The audit went to Ilse Varn for review, and Corran Pask for sign-off."
    )
    assert kinds.get("Ilse Varn") is ActorKind.person, kinds


def test_a_condition_a_team_and_a_barcode_in_letters_are_no_bodies() -> None:
    kinds = draft_kinds("A SWAT team found the veteran, who has PTSD, and a box with no UPC label in Quarry Lane.")
    assert not {"SWAT", "PTSD", "UPC"} & set(kinds), kinds


def test_a_colour_alert_is_no_person() -> None:
    kinds = draft_kinds("Troopers issued an Amber Alert after a boy vanished from a park in Elmsfold.")
    assert "Amber Alert" not in kinds, kinds
    assert kinds.get("Elmsfold") is ActorKind.place, kinds


def test_a_woman_named_amber_still_speaks() -> None:
    kinds = draft_kinds("Amber Tollis, who runs the shelter, said the alert came late.")
    assert kinds.get("Amber Tollis") is ActorKind.person, kinds


def test_police_in_a_town_said_makes_the_town_a_place() -> None:
    kinds = draft_kinds("The lane was shut overnight, deputies in Corrowby said.")
    assert kinds.get("Corrowby") is ActorKind.place, kinds


def test_the_sites_own_newsletter_is_no_outlet() -> None:
    kinds = draft_kinds("Get the day's top stories from Elmsfold: sign up for our Evening Digest newsletter.")
    assert "Evening Digest" not in kinds, kinds


def test_a_county_jail_is_a_place() -> None:
    kinds = draft_kinds("The driver was booked into the Corrow County Jail on a $20,000 bond.")
    assert kinds.get("Corrow County Jail") is ActorKind.place, kinds


def test_a_makers_letters_before_counted_aircraft_are_no_body() -> None:
    kinds = draft_kinds("The lessor Tarrow Aviation took back three BQX turboprops from the airline on Friday.")
    assert "BQX" not in kinds, kinds


def test_connectors_named_by_their_standard_are_no_places() -> None:
    kinds = draft_kinds("The Corvane Slate has a USB-C port on the left and a Lightning port for the dock.")
    assert "USB-C port" not in kinds and "Lightning port" not in kinds, kinds


def test_a_numbered_connector_standard_is_no_maker() -> None:
    kinds = draft_kinds("The laptop from Quillon has two Thunderbolt 4 ports and a card reader.")
    assert "Thunderbolt" not in kinds, kinds


def test_a_coin_before_a_plural_term_is_no_actor() -> None:
    kinds = draft_kinds("The regulator in Quillon delayed its ruling on Solvex ETFs until March.")
    assert "Solvex ETFs" not in kinds, kinds


def test_a_fund_firm_named_for_its_etfs_still_speaks() -> None:
    kinds = draft_kinds("Harlow Quay ETFs said its funds took in $2 billion in May.")
    assert "Harlow Quay ETFs" in kinds, kinds
