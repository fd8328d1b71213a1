"""Ingest on English web pages after the twenty-fifth round of real probes (issue 15).

A union or a firm named by one rare word that opens a sentence before what only a body does ("Unison,
which represents the porters,"); watchdogs named by the trade they watch ("Water Services Regulator",
"Energy Ombudsman"); the hall a county council sits in; a place-named body's short form that speaks or
has members. Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_union_by_one_word_opening_a_sentence_before_which_represents() -> None:
    kinds = draft_kinds("Talks broke down on Monday. Tarnwell, which represents most of the porters, said no.")
    assert kinds.get("Tarnwell") is ActorKind.organization, kinds


def test_a_firm_by_one_word_opening_a_sentence_before_which_owns() -> None:
    kinds = draft_kinds("Brevanta, which owns the three shops, said the leases would end in March.")
    assert kinds.get("Brevanta") is ActorKind.organization, kinds


def test_a_common_word_opening_a_sentence_before_which_is_no_body() -> None:
    kinds = draft_kinds("Music, which represents a fifth of sales, fell again in the spring.")
    assert "Music" not in kinds, kinds


def test_a_regulator_of_common_words_that_oversees_is_a_body() -> None:
    kinds = draft_kinds("The Parcel Delivery Regulator, which oversees couriers, said it was looking into the delays.")
    assert kinds.get("Parcel Delivery Regulator") is ActorKind.organization, kinds


def test_watchdogs_named_by_their_trade_are_bodies() -> None:
    kinds = draft_kinds("The Water Services Regulator agreed. The Energy Ombudsman ruled against the supplier.")
    assert kinds.get("Water Services Regulator") is ActorKind.organization, kinds
    assert kinds.get("Energy Ombudsman") is ActorKind.organization, kinds


def test_the_hall_a_county_council_sits_in_is_a_place() -> None:
    kinds = draft_kinds("The vote was taken at Shire Hall on Tuesday. Protesters gathered outside County Hall.")
    assert kinds.get("Shire Hall") is ActorKind.place, kinds
    assert kinds.get("County Hall") is ActorKind.place, kinds


def test_a_place_named_bodys_short_form_with_members_is_the_body() -> None:
    kinds = draft_kinds(
        "Members of Quillan Valley Federal Credit Union voted on Tuesday. "
        "Quillan Valley has roughly 40,000 members in the county."
    )
    assert kinds.get("Quillan Valley Federal Credit Union") is ActorKind.organization, kinds
    assert kinds.get("Quillan Valley") is ActorKind.organization, kinds


def test_a_place_that_opens_a_bodys_name_stays_a_place_after_at() -> None:
    kinds = draft_kinds("The Tenbury Marsh Leisure Centre shut in May. Swimmers at Tenbury Marsh said they were sad.")
    assert kinds.get("Tenbury Marsh") is ActorKind.place, kinds


def test_the_employer_someone_left_to_join_another_is_a_body() -> None:
    kinds = draft_kinds("The show was curated by Ann Poll, who joined Penhallow from Tate Penzance last year.")
    assert kinds.get("Tate Penzance") is ActorKind.organization, kinds
    assert kinds.get("Ann Poll") is ActorKind.person, kinds


def test_a_town_someone_came_from_stays_a_place() -> None:
    kinds = draft_kinds("The striker joined the club from Tarnby in the summer.")
    assert kinds.get("Tarnby") is ActorKind.place, kinds


def test_a_field_of_public_work_ends_a_bodys_name() -> None:
    kinds = draft_kinds(
        "The council was criticised by the Regulator of Rural Housing and the Tarnby College of Nursing."
    )
    assert kinds.get("Regulator of Rural Housing") is ActorKind.organization, kinds
    assert kinds.get("Tarnby College of Nursing") is ActorKind.organization, kinds
