"""Rules of the lead's merge of the 2026-12-07 rounds: what the rounds' rules must not do on other pages."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_force_and_faction_after_a_name_make_no_armed_unit_on_a_page_with_no_war() -> None:
    drafts = draft_kind_names(
        "Members of the Varnholt faction in the assembly voted against the budget on Tuesday. "
        "Students of physics learn how the Coriolis force bends the winds."
    )
    assert drafts.get("Varnholt") != "armed_force"
    assert "Coriolis" not in drafts
    # On a page about war the same words name a unit.
    war = draft_kind_names("The army said the Varnholt faction had attacked its troops near the river.")
    assert war.get("Varnholt") == "armed_force"


def test_a_known_firm_opening_a_sentence_before_another_known_firm_is_a_firm() -> None:
    drafts = draft_kind_names("Microsoft and Google announced a partnership. Apple, Samsung and Sony lost ground.")
    assert {name: drafts.get(name) for name in ("Microsoft", "Google", "Apple", "Samsung", "Sony")} == dict.fromkeys(
        ("Microsoft", "Google", "Apple", "Samsung", "Sony"), "organization"
    )
    # A fruit before a fruit stays a word.
    assert "Apple" not in draft_kind_names("Apple and pear prices rose at the market.")
