"""Round realprobes125 (batch en125): rules found on invented pages in genres the corpus had few of (a biotech's
trial-results release, a city council's planning agenda, a saddler's obituary, a ports trade site's crane order, a
game review, a farming co-operative's market report)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest_helpers import draft_kind_names as _kinds


def _page_kinds(tmp_path: Path, html: str) -> dict[str, str]:
    """The drafts, by name with their kinds, of one HTML page ingested alone."""
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(html, "utf-8")
    root = tmp_path / "ws"
    ingest_file(root, page)
    return {actor.name: str(actor.kind) for actor in load_workspace(root).actors.values()}


def test_a_firm_with_a_nordic_legal_form_is_a_firm_before_its_town() -> None:
    kinds = _kinds(
        "Under the deal, Tarnby Biotech A/S of Aarhus holds the rights, and Velloc Shipping ASA of Bergen will "
        "carry the cargo. Kessel Foods Oyj said it would buy the plant."
    )
    assert kinds.get("Tarnby Biotech A/S") == "organization"
    assert kinds.get("Velloc Shipping ASA") == "organization"
    assert kinds.get("Kessel Foods Oyj") == "organization"
    assert "ASA" not in kinds


def test_a_ship_after_its_size_in_boxes_and_a_sister_ship_are_ships() -> None:
    kinds = _kinds("The line will deploy the 2,800 TEU Ragna Solvik and her sister ship Ebba Tornqvist on the loop.")
    assert kinds.get("Ragna Solvik") == "other"
    assert kinds.get("Ebba Tornqvist") == "other"
    assert "TEU Ragna Solvik" not in kinds


def test_a_bodys_first_word_that_speaks_alone_is_the_body() -> None:
    kinds = _kinds(
        "Danish carrier Quellfjord Line confirmed a new weekly service from March. Quellfjord said the loop "
        "would carry paper and steel."
    )
    assert kinds.get("Quellfjord Line") == "organization"


def test_a_name_whose_board_approved_is_a_body() -> None:
    kinds = _kinds("The order follows a grant from the Tarnmouth Freeport, whose board approved the funding.")
    assert kinds.get("Tarnmouth Freeport") == "organization"


def test_a_port_operator_and_its_training_arm_are_bodies() -> None:
    kinds = _kinds("The drivers will be trained by QX Ports' training arm, Varnport Skills, over the winter.")
    assert kinds.get("QX Ports") == "organization"
    assert kinds.get("Varnport Skills") == "organization"


def test_a_firm_listed_after_another_with_its_acronym_in_brackets_is_a_firm() -> None:
    kinds = _kinds("Quellmark won the contract against bids from Tarnwell Heavy Industries (THI) and Oskelherr.")
    assert kinds.get("Oskelherr") == "organization"


def test_a_dock_named_after_a_king_keeps_his_title() -> None:
    kinds = _kinds("The quay at King Tarvald Dock will be strengthened over the winter.")
    assert kinds.get("King Tarvald Dock") == "place"
    assert "Tarvald Dock" not in kinds


def test_a_founders_name_before_a_trade_is_a_firm() -> None:
    kinds = _kinds("The quay will be strengthened by Morgan Engineering over the winter.")
    assert kinds.get("Morgan Engineering") == "organization"


def test_a_british_road_number_after_onto_the_is_no_draft() -> None:
    kinds = _kinds("Officers said the access onto the B5301 from Quellby Lane is unsafe.")
    assert "B5301" not in kinds


def test_family_names_listed_after_a_plural_title_are_persons() -> None:
    kinds = _kinds(
        "Members: Councillor Ada Quellow (Chair), Councillors Tarnby, Warwick, Vell-Ashdown, Shepherd and Nedvorak."
    )
    for name in ("Tarnby", "Warwick", "Vell-Ashdown", "Shepherd", "Nedvorak"):
        assert kinds.get(name) == "person", name


def test_breeds_hyphened_to_cross_and_before_gimmers_are_no_drafts() -> None:
    kinds = _kinds(
        "Store cattle were dearer at Tarnby, where Limousin-cross bullocks from Ada Quellow made 1,690, and a pen "
        "of Mule gimmer lambs from Oskel Head made 172."
    )
    assert "Limousin" not in kinds
    assert "Mule" not in kinds


def test_a_foreign_town_named_once_beside_a_firm_is_a_firm() -> None:
    kinds = _kinds("On fertiliser, Yara and Quellmoor Fertilisers both held ammonium nitrate at 335 a tonne.")
    assert kinds.get("Yara") == "organization"


def test_a_name_between_former_and_its_staff_is_their_employer() -> None:
    kinds = _kinds("The studio was founded by former Tarnwick North designers Jonah Quellow and Ada Varn in 2020.")
    assert kinds.get("Tarnwick North") == "organization"


def test_a_charity_named_for_two_conditions_is_one_body() -> None:
    kinds = _kinds(
        "Results go to the European Varnholt's and Colitis Organisation congress. It affects 3,000 people, "
        "according to Quellberg's & Colitis UK."
    )
    assert kinds.get("European Varnholt's and Colitis Organisation") == "organization"
    assert kinds.get("Quellberg's & Colitis UK") == "organization"
    assert "Colitis UK" not in kinds


def test_a_name_apposed_to_an_app_is_no_draft() -> None:
    kinds = _kinds("Its pipeline includes a pill and Avalon, a digital symptom diary app for patients.")
    assert "Avalon" not in kinds


def test_on_a_game_review_the_games_own_places_are_no_drafts() -> None:
    kinds = _kinds(
        "Tarnholt's End opens on a ferry to the island of Quellwater. A late boss fight in the Bishop's Barrow "
        "is tedious, and the combat stutters. The publisher said the game had been wishlisted 600,000 times."
    )
    assert "Tarnholt's End" not in kinds


def test_a_horse_fair_is_an_event_no_body() -> None:
    kinds = _kinds("He made the saddle for the Tarnby Horse Fair's oldest drover, Ada Quellow, in 1995.")
    assert "Tarnby Horse Fair" not in kinds
    assert kinds.get("Ada Quellow") == "person"


def test_a_town_after_its_preposition_is_no_surname_of_a_person_named_like_it() -> None:
    kinds = _kinds(
        "Stuart Hull, managing director of the terminal, said ships were turned away. The cranes will be "
        "shipped to Hull in 2028."
    )
    assert kinds.get("Stuart Hull") == "person"
    assert kinds.get("Hull") == "place"


def test_a_craftsmans_shop_by_its_craft_is_a_firm() -> None:
    kinds = _kinds("The last of his apprentices, Dean Quellow, now runs Tarnby Saddlery in Oskelthwaite.")
    assert kinds.get("Tarnby Saddlery") == "organization"


def test_a_family_firm_keeps_its_founders_initial() -> None:
    kinds = _kinds("Donations to the hospice, care of J. Dent & Son Funeral Directors, Bridge Street, Tarnby.")
    assert kinds.get("J. Dent & Son Funeral Directors") == "organization"
    assert "Dent & Son Funeral Directors" not in kinds


def test_a_contact_in_a_tables_labelled_row_is_read() -> None:
    kinds = _kinds(
        "Agenda for the committee\n| Venue: | Council Chamber, Town Hall, Tarnby |\n|---|---|\n"
        "| Contact: | Ilse Quellow, Democratic Services Officer. Email: committees@tarnby.example.gov.uk |"
    )
    assert kinds.get("Ilse Quellow") == "person"


def test_a_co_operatives_own_site_named_by_its_members_is_the_body(tmp_path: Path) -> None:
    kinds = _page_kinds(
        tmp_path,
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Market report | Tarnvale Farmers'
        '</title><meta property="og:site_name" content="Tarnvale Farmers"></head><body><main><h1>Market report</h1>'
        "<p>Prime lambs held firm at the northern marts this week, with good demand from buyers at Quellby.</p>"
        "</main></body></html>",
    )
    assert kinds.get("Tarnvale Farmers") == "organization"


def test_a_list_items_heading_does_not_run_into_its_paragraph(tmp_path: Path) -> None:
    kinds = _page_kinds(
        tmp_path,
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Agenda | Tarnby Council</title>'
        "</head><body><main><h1>Agenda for the planning committee</h1><p>The committee meets on Monday at "
        "10am in the council chamber to decide the applications below.</p><ol><li><h3>Application 26/0644: "
        "Holme Farm, Quellbeck</h3><p>Conversion of a stone barn to two holiday lets. Applicants: Mr and Mrs K. "
        "Varnley.</p></li></ol></main></body></html>",
    )
    assert "Quellbeck Conversion" not in kinds
    assert kinds.get("Quellbeck") == "place"


def test_a_ward_of_two_places_joined_by_an_ampersand_is_a_place() -> None:
    kinds = _kinds(
        "Applicant: Tarnby Homes Ltd. Ward: Quellow & Upperbeck. Case officer: Ada Varnley. Recommendation: Grant."
    )
    assert kinds.get("Quellow & Upperbeck") == "place"
    assert kinds.get("Tarnby Homes Ltd") == "organization"


def test_a_bodys_last_word_that_names_a_town_abroad_is_the_bodys_short_form() -> None:
    kinds = _kinds(
        "The grant came from the Tarnmouth Freeport, whose board approved it in October. Freeport chair Lord "
        "Quellby said the cranes would support 300 jobs."
    )
    assert kinds.get("Tarnmouth Freeport") == "organization"
    assert "Freeport" not in kinds
    # (a town a body is named for stays a town)
    kinds = _kinds(
        "Staff handed over the cheque at the appeal office in Gateshead. Its partners are Citizens Advice "
        "Gateshead and the Quellby Trust."
    )
    assert kinds.get("Gateshead") == "place"


def test_a_bylines_family_name_that_is_a_common_word_is_read(tmp_path: Path) -> None:
    kinds = _page_kinds(
        tmp_path,
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Market report | Tarnvale Post</title>'
        '<meta property="og:site_name" content="Tarnvale Post"></head><body><main><article><h1>Market report</h1>'
        '<p class="byline">Compiled by Gordon Settle, livestock desk</p>'
        "<p>Prime lambs held firm at the northern marts this week, with good demand from buyers at Quellby "
        "and a top price of 172 for a pen of lambs from a farm near the town.</p></article></main></body></html>",
    )
    assert kinds.get("Gordon Settle") == "person"


def test_on_a_game_review_the_character_a_performer_plays_is_no_draft() -> None:
    kinds = _kinds(
        "Tarnholt's End opens on a ferry. Ysolde Varrow, a tax clerk, is crossing to the island to settle her "
        "brother's debts. A late boss fight is tedious, and the game was wishlisted 600,000 times. Much of its "
        "charm comes from the cast: Mari Quellhallow plays Ysolde with a dry wit."
    )
    assert kinds.get("Mari Quellhallow") == "person"
    assert "Ysolde Varrow" not in kinds


def test_on_a_game_review_a_real_town_in_the_studios_land_stays_a_place() -> None:
    kinds = _kinds(
        "Tarnholt's End is the second game from Quellmoor Studios, the Falmouth team. A late boss fight in the "
        "last dungeon is tedious, and the side quests drag. The lead recorded her lines in a chapel near "
        "Penzance to get the echo right."
    )
    assert kinds.get("Penzance") == "place"


def test_a_firm_before_its_role_for_a_listed_company_in_brackets_is_a_firm() -> None:
    kinds = _kinds(
        "Quellmark Biotech said the trial met its goal, and its shares rose 10 per cent in early trading in "
        "London.\nEnquiries\nQuellmark Biotech plc: Dr Ada Varnley, CEO — +44 (0)1223 000 412\n"
        "Tavistock Varrow (financial PR): Rachel Quellow, Imogen Tarn — quellmark@tavistockvarrow.example.com"
    )
    assert kinds.get("Tavistock Varrow") == "organization"
    assert kinds.get("Rachel Quellow") == "person"
