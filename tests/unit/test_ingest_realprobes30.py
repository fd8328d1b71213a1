"""Ingest on English web pages after the thirtieth round of real probes (issue 15).

A body's name whose "and" joins two fields or two landforms; a body named for two fields and a nation, or
for a sport's gerund and a nation; a health board named "NHS <area>"; a place's arts body; a band after its
noun or its size ("four-piece"); a people's adjective before a sportsman; a club by its nickname on a page
about speedway. Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_body_of_two_fields_keeps_its_second_field_although_a_town_has_its_name() -> None:
    kinds = draft_kinds("She later taught at the Tarnby Academy of Music and Drama for nine years.")
    assert kinds.get("Tarnby Academy of Music and Drama") is ActorKind.organization, kinds
    assert "Tarnby Academy of Music" not in kinds, kinds


def test_two_landforms_joined_by_and_are_one_region_in_a_bodys_name() -> None:
    kinds = draft_kinds("Researchers from the College of the Fells and Dales counted the sheep.")
    assert kinds.get("College of the Fells and Dales") is ActorKind.organization, kinds


def test_a_state_after_and_is_still_part_of_the_body_or_a_name_of_its_own() -> None:
    kinds = draft_kinds("The Islamic State of Iraq and Syria lost the town in March.")
    assert kinds.get("Islamic State of Iraq and Syria") is ActorKind.organization, kinds


def test_two_fields_and_a_nation_name_one_public_body() -> None:
    kinds = draft_kinds("A spokeswoman for Forestry and Land Scotland said new signs would go up.")
    assert kinds.get("Forestry and Land Scotland") is ActorKind.organization, kinds
    assert "Forestry" not in kinds, kinds
    kinds = draft_kinds("Trains will run between Dundee and Central Scotland from May.")
    assert "Dundee and Central Scotland" not in kinds, kinds


def test_a_sports_gerund_before_a_nation_is_its_governing_body() -> None:
    kinds = draft_kinds("The survey will use Mountaineering Scotland volunteers next summer.")
    assert kinds.get("Mountaineering Scotland") is ActorKind.organization, kinds


def test_a_health_board_is_named_nhs_and_its_area() -> None:
    kinds = draft_kinds("Consultants at NHS Tarnmoor see patients from the islands every week.")
    assert kinds.get("NHS Tarnmoor") is ActorKind.organization, kinds


def test_a_places_arts_body_is_an_organisation() -> None:
    kinds = draft_kinds("Shetland Arts, which runs the cinema, named its rooms after him.")
    assert kinds.get("Shetland Arts") is ActorKind.organization, kinds


def test_a_band_named_like_a_person_is_a_band_after_its_noun_or_size() -> None:
    kinds = draft_kinds("In 1968 he joined the Glasgow four-piece Ivy Tolland, who recorded three albums.")
    assert kinds.get("Ivy Tolland") is ActorKind.organization, kinds
    assert kinds.get("Glasgow") is ActorKind.place, kinds
    kinds = draft_kinds("She toured with the folk trio Marra Lennox, who sang in Gaelic.")
    assert kinds.get("Marra Lennox") is ActorKind.organization, kinds


def test_a_peoples_adjective_before_a_sportsman_is_no_state() -> None:
    kinds = draft_kinds("Captain Ondrej Halasz, the Czech rider who topped the averages, has left.")
    assert "Czech Republic" not in kinds and "Czechia" not in kinds, kinds
    assert kinds.get("Ondrej Halasz") is ActorKind.person, kinds


def test_a_speedway_club_by_its_nickname_is_an_organisation() -> None:
    kinds = draft_kinds(
        "Tarnby Hornets lost £90,000 last season. The speedway club shares the stadium with greyhound racing, "
        "and its best rider has joined rivals Harlow Panthers. The Hornets want a new sponsor."
    )
    assert kinds.get("Tarnby Hornets") is ActorKind.organization, kinds
    assert kinds.get("Harlow Panthers") is ActorKind.organization, kinds
