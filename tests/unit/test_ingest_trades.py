"""Companies named by their trade, and bodies whose names are joined by "-i-", "-e-", "-ul-" or
"-al-" before their country's name.

Each test ingests invented text through the real extractor and states the drafts an analyst
would see (issue 15: the right bounds and kind for each name on held-out styles)."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- a trade as the last word of a company's name ----------------------------------------------------


@pytest.mark.parametrize("trade", ["Mining", "Maritime", "Shipping", "Aviation", "Energy"])
def test_a_name_ending_with_a_trade_is_one_organisation(trade: str) -> None:
    drafts = draft_kinds(f"Tarvenne {trade} will build a new depot near the coast, the report said.")
    assert drafts.get(f"Tarvenne {trade}") is ActorKind.organization


def test_a_district_named_for_its_mines_stays_a_place() -> None:
    drafts = draft_kinds("Miners worked in the Quellton Mining District for decades before the war.")
    assert drafts.get("Quellton Mining District") is ActorKind.place


# -- names joined by small words between hyphens -------------------------------------------------------


def test_a_name_joined_by_a_small_word_between_hyphens_is_drafted_whole() -> None:
    drafts = draft_kinds("Fighters of Lashkar-e-Tarvan attacked the base at dawn.")
    assert "Lashkar-e-Tarvan" in drafts
    assert "Lashkar" not in drafts and "Tarvan" not in drafts


@pytest.mark.parametrize("joined", ["Tehrik-i-Varnak", "Hizb-ul-Quellan", "Ansar-al-Tremmin"])
def test_a_joined_name_before_a_state_is_one_organisation(joined: str) -> None:
    drafts = draft_kinds(f"{joined} Pakistan claimed the attack in a statement on Sunday.")
    assert drafts.get(f"{joined} Pakistan") is ActorKind.organization
    assert "Pakistan" not in drafts


def test_a_town_joined_by_hyphens_then_its_country_stays_two_names() -> None:
    drafts = draft_kinds("Fighting spread from Mazar-i-Sharif Afghanistan to the border.")
    assert drafts.get("Mazar-i-Sharif") is ActorKind.place
    assert drafts.get("Afghanistan") is ActorKind.state
