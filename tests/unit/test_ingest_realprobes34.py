"""Ingest on English web pages after the forty-second batch of real probes (issue 15).

US senators' abbreviated title after the state ("U.S. Sen.", "State Sen."); a hospital's wards and tests in
capitals ("the ER"). Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_an_abbreviated_senators_title_after_the_state_is_no_draft() -> None:
    kinds = draft_kinds("U.S. Sen. Orla Brimwood-Tate asked the agency to explain the delay.")
    assert kinds.get("Orla Brimwood-Tate") is ActorKind.person, kinds
    assert not any("Sen" in name.split() or name.endswith(" Sen") for name in kinds), kinds


def test_a_state_senators_title_opens_no_body() -> None:
    kinds = draft_kinds("State Sen. Ilse Varnholt of Tarnby voted against the budget.")
    assert kinds.get("Ilse Varnholt") is ActorKind.person, kinds
    assert "State Sen" not in kinds, kinds


def test_a_hospital_ward_in_capitals_is_no_organisation() -> None:
    kinds = draft_kinds("Nurses said the ER at Quellby was full, and two ICUs in the county closed in May.")
    assert not {"ER", "ICUs", "ICU"} & set(kinds), kinds


def test_an_agency_administrator_is_a_title_before_a_name() -> None:
    kinds = draft_kinds("NTSB Administrator Colm Reddaway-Saenz told reporters the inquiry would take a year.")
    assert kinds.get("Colm Reddaway-Saenz") is ActorKind.person, kinds


def test_a_chambers_committee_named_by_listed_fields_is_one_body() -> None:
    kinds = draft_kinds("She testified before the House Energy, Water and Mining Committee on Friday.")
    assert kinds.get("House Energy, Water and Mining Committee") is ActorKind.organization, kinds


def test_a_chip_makers_trade_word_ends_a_firms_name() -> None:
    kinds = draft_kinds("Its rival Tarquell Photonics reports on Monday, and Brendle Devices next week.")
    assert kinds.get("Tarquell Photonics") is ActorKind.organization, kinds
    assert kinds.get("Brendle Devices") is ActorKind.organization, kinds
