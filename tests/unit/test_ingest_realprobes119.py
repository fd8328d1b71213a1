"""Round realprobes119 (batch en119): rules found on invented pages of sheepdog trial results, a choir concert
preview, a swimming pool's reopening and a garden centre group's sale."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names as _kinds


def test_welsh_places_hyphened_with_y_yr_ym_are_whole() -> None:
    kinds = _kinds(
        "Orwen Tarnow of Pen-y-Quell Farm won the open class at the Llanvarn-ym-Tarnoch Sheepdog Trials. "
        "The farm lies at Tarn-yr-Allt near Quellby."
    )
    assert "Pen-y-Quell Farm" in kinds
    assert "Llanvarn-ym-Tarnoch Sheepdog Trials" in kinds
    assert "Tarn-yr-Allt" in kinds
    assert not {"Pen", "Quell Farm", "Tarn", "Allt", "Tarnoch Sheepdog Trials"} & set(kinds)


def test_a_towns_foodbank_and_a_company_of_players_are_bodies() -> None:
    kinds = _kinds(
        "The Quellby Choral Society will be joined by the Tarnford Baroque Players. "
        "Proceeds will go to the Varnby Foodbank."
    )
    assert kinds.get("Tarnford Baroque Players") == "organization"
    assert kinds.get("Varnby Foodbank") == "organization"


def test_the_transfer_of_staff_law_by_its_letters_is_no_body() -> None:
    assert "TUPE" not in _kinds("About 300 staff at Quellby Nurseries will transfer under TUPE to the new owner.")


def test_a_judge_named_after_a_comma_and_a_runner_up_are_persons() -> None:
    kinds = _kinds(
        "The judge, Hywel Tarnow from Quellby, said the outrun was the best of the season. "
        "Second was Cerys Varnom from Tarnbury, with her dog Moss."
    )
    assert kinds.get("Hywel Tarnow") == "person"
    assert kinds.get("Cerys Varnom") == "person"


def test_a_gerund_after_an_owners_possessive_opens_the_bodys_name() -> None:
    kinds = _kinds("Part of the cost came from Quellby's Swimming Pool Support Fund, which gave £650,000.")
    assert kinds.get("Swimming Pool Support Fund") == "organization"
    assert "Pool Support Fund" not in kinds
