"""A twenty-second round on the held-out styles: a ship's prefix or a rifle's code left alone is no
body, an Arabic place opened by "Ras", "Jebel", "Wadi" or "Bab" and an article written apart stays whole,
and a gendarmerie named for its state is one body. Every example is invented; each test says what the
analyst sees in the drafts."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_ship_prefix_cut_from_its_ship_is_no_body() -> None:
    kinds = draft_kinds("The Commanding Officer of USS Orwyn Faraday, Cmdr. Tamsin Oduya-Reeve, spoke in Bahrain.")
    assert "USS" not in kinds
    assert kinds.get("Tamsin Oduya-Reeve") is ActorKind.person


def test_a_rifle_code_is_no_body_but_a_body_acronym_before_a_hyphen_stays() -> None:
    kinds = draft_kinds(
        "The team found 1,800 AK-pattern rifles and 60 AK rifles. The UN said UN-backed monitors had counted them."
    )
    assert "AK" not in kinds
    assert kinds.get("UN") is ActorKind.organization


def test_an_arabic_cape_hill_valley_or_gate_with_its_article_apart_is_one_place() -> None:
    kinds = draft_kinds(
        "The dhow was stopped off Ras al Qurain, near Jebel al Misfah and Wadi al Sahtan, east of Bab al Wusta."
    )
    for place in ("Ras al Qurain", "Jebel al Misfah", "Wadi al Sahtan", "Bab al Wusta"):
        assert kinds.get(place) is ActorKind.place, place
    assert "Qurain" not in kinds
    assert "Misfah" not in kinds


def test_a_gendarmerie_named_for_its_state_is_one_body() -> None:
    kinds = draft_kinds("The Gendarmerie of Niger and the National Police of Mali arrested nine men in Tillabéri.")
    assert kinds.get("Gendarmerie of Niger") is ActorKind.organization
    assert kinds.get("National Police of Mali") is ActorKind.organization
    assert "Gendarmerie" not in kinds
