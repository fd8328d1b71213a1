"""Round realprobes125 (batch en125): rules found on invented pages in genres the corpus had few of (a biotech's
trial-results release, a city council's planning agenda, a saddler's obituary, a ports trade site's crane order, a
game review, a farming co-operative's market report)."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names as _kinds


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
