"""Round realprobes117 (batch en117): rules found on invented pages of a snow warning, a farmhouse listing,
cross-country and golf results, a farm trade paper's takeover story, a fossil find, a roundup of heritage grants and
a pub's licence review."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest_helpers import draft_kind_names as _kinds


def test_a_town_hyphened_to_based_is_a_place() -> None:
    kinds = _kinds("The work will be done by Tarnmiglo-based contractor Quellby Joinery next spring.")
    assert kinds.get("Tarnmiglo") == "place"
    assert kinds.get("Quellby Joinery") == "organization"
    # what is based on a thing is no body: no place
    assert _kinds("We never used the Quellcode-based string type in it.").get("Quellcode") != "place"


def test_running_clubs_are_bodies() -> None:
    kinds = _kinds(
        "The race was won by Ardo Pellucci of Varnmoor Harriers, with Quellside Road Runners third and "
        "Tarnby Striders fourth."
    )
    assert kinds.get("Varnmoor Harriers") == "organization"
    assert kinds.get("Quellside Road Runners") == "organization"
    assert kinds.get("Tarnby Striders") == "organization"


def test_wolds_dales_caves_and_docks_are_places() -> None:
    kinds = _kinds(
        "Walkers crossed the Quellshire Wolds and the Tarnby Dales before they reached Varnmoss Caves. "
        "Barley was quoted at £158 a tonne delivered to Quellmouth Dock."
    )
    assert kinds.get("Quellmouth Dock") == "place"
    assert kinds.get("Quellshire Wolds") == "place"
    assert kinds.get("Tarnby Dales") == "place"
    assert kinds.get("Varnmoss Caves") == "place"


def test_firms_and_charities_named_by_a_two_word_trade() -> None:
    kinds = _kinds(
        "The sale was handled by Tarnwell Estate Agents and advised by Quell Sutch Corporate Finance. "
        "The day raised money for Varnby Hospice Care and Tarrow Cancer Care."
    )
    assert kinds.get("Tarnwell Estate Agents") == "organization"
    assert kinds.get("Quell Sutch Corporate Finance") == "organization"
    assert kinds.get("Varnby Hospice Care") == "organization"
    assert kinds.get("Tarrow Cancer Care") == "organization"


def test_a_person_of_a_club_who_won_and_a_solicitor_named_after_a_comma() -> None:
    kinds = _kinds(
        "Orrin Valbeck of Tarnmoor Harriers won by 14 seconds. "
        "Her solicitor, Anand Quellwick of Tarnby Law in Varnford, said the pub would lose staff."
    )
    assert kinds.get("Orrin Valbeck") == "person"
    assert kinds.get("Anand Quellwick") == "person"


def test_and_before_a_capital_the_opens_a_second_name() -> None:
    kinds = _kinds("The agency is a member of Tarnmark and The Quell Ombudsman.")
    assert kinds.get("Tarnmark") == "organization"
    assert kinds.get("Quell Ombudsman") == "organization"
    assert not any(" and " in name for name in kinds)


def test_a_body_ends_before_for_the_and_a_thing_it_is_given_money_for() -> None:
    kinds = _kinds("The largest award goes to East Varn Heritage Partnership for the Quellby lifeboat station.")
    assert kinds.get("East Varn Heritage Partnership") == "organization"
    assert not any("lifeboat" in name or name.endswith("Quellby") for name in kinds)


def test_a_miners_welfare_and_an_architects_practice_are_bodies() -> None:
    kinds = _kinds(
        "Grants went to Tarnby Miners' Welfare for an oral history, with design by Quell & Varnside Architects."
    )
    assert kinds.get("Tarnby Miners' Welfare") == "organization"
    assert kinds.get("Quell & Varnside Architects") == "organization"


def test_letters_of_a_scan_or_a_rating_are_no_body() -> None:
    kinds = _kinds("CT scans at the Tarnby Museum showed its teeth.\nTenure: Freehold\nEPC rating: E\n")
    assert kinds.get("Tarnby Museum") == "organization"
    assert "CT" not in kinds and "EPC" not in kinds


def test_a_period_of_the_earth_and_a_species_name_are_no_names() -> None:
    kinds = _kinds(
        "The team has named the animal Quarnisaurus tarnbyensis, after its finder. "
        "It was a Jurassic marine reptile, said Dr Elsa Varnmoor."
    )
    assert kinds.get("Elsa Varnmoor") == "person"
    assert "Jurassic" not in kinds
    assert not any(name.startswith("Quarnisaurus") for name in kinds)


def test_a_site_named_by_a_firms_two_word_trade_is_the_firm(tmp_path: Path) -> None:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Farm for sale | Tarnwell Quell Estate '
        'Agents</title><meta property="og:site_name" content="Tarnwell Quell Estate Agents"></head><body><main>'
        "<h1>Farm for sale</h1><p>A stone farmhouse near Quellby with 11 acres of pasture and a barn.</p></main>"
        "</body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    kinds = {actor.name: str(actor.kind) for actor in load_workspace(root).actors.values()}
    assert kinds.get("Tarnwell Quell Estate Agents") == "organization"


def test_units_of_power_and_a_tax_by_letters_are_no_body() -> None:
    kinds = _kinds("Tarnwell Energy said it would build a 200 MW battery near Quellby and add 2 GW by 2030. GST rose.")
    assert kinds.get("Tarnwell Energy") == "organization"
    assert "MW" not in kinds and "GW" not in kinds and "GST" not in kinds


def test_an_illness_named_after_its_describer_is_no_draft() -> None:
    kinds = _kinds("The agency backed a Varnex antibody for early Quellheimer's disease, and for Tarnby's syndrome.")
    assert "Quellheimer" not in kinds and "Tarnby" not in kinds


def test_an_address_line_with_a_postcode_names_its_places() -> None:
    kinds = _kinds(
        "Farm for sale\nVarn Gwyn Farm, Quellby Moor, Tarnhope, Powys, LD8 3PT\nOffers in the region of £685,000.\n"
    )
    assert kinds.get("Varn Gwyn Farm") == "place"
    assert kinds.get("Tarnhope") == "place"
    assert kinds.get("Powys") == "place"


def test_a_firm_named_after_a_person_is_the_footers_firm(tmp_path: Path) -> None:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cottage for sale | Rhys Varnock '
        'Property</title><meta property="og:site_name" content="Rhys Varnock Property"></head><body><main>'
        "<h1>Cottage for sale</h1><p>A stone cottage near Quellby with a garden and a barn.</p>"
        "<p>Rhys Varnock is a member of the Property Ombudsman.</p></main>"
        "<footer><p>&copy; 2026 Rhys Varnock Ltd. Registered in England and Wales.</p></footer></body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    actors = {actor.name: actor for actor in load_workspace(root).actors.values()}
    assert str(actors["Rhys Varnock"].kind) == "organization"
    assert "Rhys Varnock Ltd" in actors["Rhys Varnock"].aliases
    assert "Rhys Varnock Ltd" not in actors


def test_an_inn_by_its_sign_and_its_village_is_a_place() -> None:
    kinds = _kinds("The sub-committee reviewed the licence of the Plough at Quellford after neighbours complained.")
    assert kinds.get("Plough") == "place"
    assert kinds.get("Quellford") == "place"


def test_makers_of_cement_and_lenders_named_finserv_are_firms() -> None:
    kinds = _kinds("Shares of Varnja Cements rose 4 per cent, while Quellree Cement and Tarnja Finserv fell.")
    assert kinds.get("Varnja Cements") == "organization"
    assert kinds.get("Quellree Cement") == "organization"
    assert kinds.get("Tarnja Finserv") == "organization"
