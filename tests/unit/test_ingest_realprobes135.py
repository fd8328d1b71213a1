"""Round realprobes135 (batch en139): rules found on invented English pages in new genres (a port authority's
news with vessel movements, a business awards night, a triathlon race report, a fire service's incident log, a
trade mark ruling in the IP trade press, a bell ringers' association's news)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest_helpers import draft_kinds


def _site_kinds(tmp_path: Path, site: str, story: str) -> dict[str, str]:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | {site}</title>'
        f'<meta property="og:site_name" content="{site}"></head><body><main><article><h1>Latest incidents</h1>'
        f"<p>{story}</p></article></main><footer><p>© 2027</p></footer></body></html>",
        "utf-8",
    )
    ingest_file(tmp_path / "ws", page)
    return {actor.name: str(actor.kind) for actor in load_workspace(tmp_path / "ws").actors.values()}


def test_a_regions_utility_and_the_network_it_runs_is_a_firm() -> None:
    kinds = draft_kinds("Western Power Distribution made the overhead line safe before crews left the farm.")
    assert kinds.get("Western Power Distribution") == "organization", kinds
    assert "Food Distribution" not in draft_kinds("Food Distribution is open on Mondays at the hall."), kinds


def test_a_dock_named_after_a_royal_title_and_its_land_is_one_place() -> None:
    kinds = draft_kinds("The first ship tied up at the rebuilt berth in the Prince of Wales Dock at Workington.")
    assert kinds.get("Prince of Wales Dock") == "place", kinds
    assert "Wales Dock" not in kinds, kinds
    kinds = draft_kinds("The patient was taken to the Prince of Wales Hospital in Sydney on Monday.")
    assert kinds.get("Prince of Wales Hospital") == "organization", kinds


def test_a_compound_job_before_a_given_name_is_no_part_of_the_name() -> None:
    kinds = draft_kinds("Churchwarden Colin Varnby said the village shop ran a scheme to sponsor a rope.")
    assert kinds.get("Colin Varnby") == "person", kinds
    assert "Churchwarden Colin Varnby" not in kinds, kinds
    kinds = draft_kinds("The trophy went to Greenkeeper Ian Tarrow of the Quellby club on Sunday.")
    assert kinds.get("Ian Tarrow") == "person", kinds


def test_a_practice_after_its_trade_in_the_plural_or_instructing_counsel_is_a_firm() -> None:
    kinds = draft_kinds("The dinner was sponsored by a bank and the accountants Varnham Quelby this year.")
    assert kinds.get("Varnham Quelby") == "organization", kinds
    kinds = draft_kinds("The brewer was represented by Ilse Varn KC, instructed by Tarrowfield, at the hearing.")
    assert kinds.get("Tarrowfield") == "organization", kinds
    kinds = draft_kinds("The barrister was instructed by Jane Hollis of the firm last week.")
    assert kinds.get("Jane Hollis") == "person", kinds


def test_a_dairy_by_its_singular_trade_word_is_a_firm() -> None:
    kinds = draft_kinds("The export prize went to Quellridge Dairy of Market Drayton, whose cheese sells in Japan.")
    assert kinds.get("Quellridge Dairy") == "organization", kinds


def test_a_church_by_its_saint_and_epithet_is_one_place() -> None:
    kinds = draft_kinds("Next spring the six bells of St Mary the Virgin, Quellby will be augmented to eight.")
    assert kinds.get("St Mary the Virgin") == "place", kinds
    assert "St Mary" not in kinds, kinds


def test_a_day_or_a_number_word_opening_an_inns_name_is_part_of_it() -> None:
    kinds = draft_kinds("The annual dinner is at the Sun Hotel in Quellby, and the quiz at the Sun Inn.")
    assert kinds.get("Sun Hotel") == "place", kinds
    assert kinds.get("Sun Inn") == "place", kinds
    kinds = draft_kinds("The ringers drank at the Seven Stars Inn, then the Three Horseshoes pub in Varnley.")
    assert kinds.get("Seven Stars Inn") == "place", kinds
    assert kinds.get("Three Horseshoes") == "place", kinds


def test_a_word_in_capitals_before_trade_mark_is_the_mark_wherever_it_stands() -> None:
    text = (
        "A craft brewer has lost its appeal over the QUELLTAIL trade mark, after the hearing officer found a "
        "likelihood of confusion. Varnby Brewing Ltd applied in 2024 to register QUELLTAIL for beer."
    )
    kinds = draft_kinds(text)
    assert "QUELLTAIL" not in kinds, kinds
    assert kinds.get("Varnby Brewing Ltd") == "organization", kinds


def test_a_roads_authority_by_its_plural_highways_is_a_body() -> None:
    kinds = draft_kinds("Police closed the carriageway for four hours and National Highways set up a diversion.")
    assert kinds.get("National Highways") == "organization", kinds


def test_a_title_on_the_next_line_makes_no_person_of_the_line_before() -> None:
    text = "The first train was run by the Varnby Valley Railway, Quellham\nChairman Tomas Tarrow opened the line."
    kinds = draft_kinds(text)
    assert kinds.get("Varnby Valley Railway") != "person", kinds
    assert kinds.get("Tomas Tarrow") == "person", kinds


def test_a_winner_after_an_awards_label_in_a_list_is_drafted() -> None:
    text = (
        "The winners\n"
        "- Apprentice of the Year: Kieran Varnby, 19, of Quellco Foods, Tarnham\n"
        "- Tourism award: the Quellmoor Valley Railway, Tarnham\n"
        "- Lifetime Achievement: Sir Tomas Tarrow, former chairman"
    )
    kinds = draft_kinds(text)
    assert kinds.get("Kieran Varnby") == "person", kinds
    assert "Quellmoor Valley Railway" in kinds, kinds


def test_a_family_name_in_the_plural_of_a_known_town_is_one_firm() -> None:
    kinds = draft_kinds("The two new trebles will be cast at Whites of Appleton, and the frame built by a joiner.")
    assert kinds.get("Whites of Appleton") == "organization", kinds
    kinds = draft_kinds("Dr Williams of Cardiff spoke at the meeting on Monday.")
    assert "Williams of Cardiff" not in kinds, kinds
    kinds = draft_kinds("On Sunday we climbed the Paps of Jura in thick mist and came down by the shore.")
    assert kinds.get("Paps of Jura") != "organization", kinds


def test_a_family_possessive_before_group_names_one_firm() -> None:
    kinds = draft_kinds("The ship discharged wheat for Tarrow's Group, whose feed mill at Silloth takes the grain.")
    assert kinds.get("Tarrow's Group") == "organization", kinds


def test_a_name_after_a_shop_on_it_and_before_its_town_is_a_street() -> None:
    kinds = draft_kinds("The prize went to a vegan bakery on Varley Cop, Shrewsbury, which opened last year.")
    assert kinds.get("Varley Cop") == "place", kinds
    kinds = draft_kinds("- Start-up of the Year: a vegan bakery on Varley Cop, Shrewsbury\n- Tourism award: a railway")
    assert kinds.get("Varley Cop") == "place", kinds


def test_a_name_listed_with_a_body_after_a_repeated_with_takes_its_kind() -> None:
    kinds = draft_kinds(
        "She said talks continued with Quellmar Line and with the Varn Steam Packet Company over a link."
    )
    assert kinds.get("Quellmar Line") == "organization", kinds
    kinds = draft_kinds("She worked with Quellcorvo and with Tarnby Freight Ltd on the bid.")
    assert kinds.get("Quellcorvo") == "organization", kinds


def test_a_fire_and_rescue_services_long_site_name_is_the_body_itself(tmp_path: Path) -> None:
    story = "Crews from Quellby and Tarnham were called to a fire in a hay barn on a farm near the village."
    kinds = _site_kinds(tmp_path, "Varnshire and Quellmoor Fire and Rescue Service", story)
    assert kinds.get("Varnshire and Quellmoor Fire and Rescue Service") == "organization", kinds


def test_a_vessel_movements_tables_flags_ports_and_ships_are_read() -> None:
    text = (
        "Vessel movements this week\n"
        "| Vessel | Flag | From / To | Cargo | Agent |\n"
        "|---|---|---|---|---|\n"
        "| Quellby Meadow | Malta | Rotterdam | Wheat | Tarnby Port Agency |\n"
        "| Varn Navigator | Netherlands | Rouen | Fertiliser | Tarnby Port Agency |\n"
        "All times subject to tide and weather."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Malta") == "state", kinds
    assert kinds.get("Rotterdam") == "place", kinds
    assert "Varn Navigator" in kinds, kinds


def test_a_family_name_before_brothers_is_a_firm_not_a_heading() -> None:
    kinds = draft_kinds("The ship's agent, Cory Brothers, said the berth would be free on Friday.")
    assert kinds.get("Cory Brothers") == "organization", kinds
    assert "Blood Brothers" not in draft_kinds("Blood Brothers returns to the theatre next spring.")


def test_a_ships_agent_by_its_trade_port_services_is_a_firm() -> None:
    kinds = draft_kinds("The ship's agent is Quellholm Port Services, which booked the pilots for Monday.")
    assert kinds.get("Quellholm Port Services") == "organization", kinds


def test_a_change_ringing_method_by_its_stage_is_no_actor() -> None:
    kinds = draft_kinds("The band rang 5,088 changes of Quellby Surprise Maximus at Tarnham on Saturday.")
    assert "Quellby Surprise Maximus" not in kinds, kinds
    kinds = draft_kinds("The first quarter peal, 1,260 changes of Grandsire Triples, was rung on Sunday.")
    assert "Grandsire Triples" not in kinds, kinds
