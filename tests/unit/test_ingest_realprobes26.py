"""Ingest on English web pages after the twenty-sixth round of real probes (issue 15).

A union named by an ordinary word after "members of"; a firm's depot or plant named by its town; a family
by its surname; a body one talks through; clubs by the letters after their town; a field of public work
opening a body's name; a ministry's remit listing words that name bodies elsewhere; a town after a "Close"
in an address; a village named with its saint; the firm a job's holder works "of"; an acronym spelling a
word at the end of a body's name. Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_union_named_by_an_ordinary_word_after_members_of() -> None:
    kinds = draft_kinds("Members of Unite at Tarnby Buses voted to strike on a turnout of 71%.")
    assert kinds.get("Unite") is ActorKind.organization, kinds
    assert kinds.get("Tarnby Buses") is ActorKind.organization, kinds


def test_an_ordinary_word_written_in_lower_case_on_the_page_is_no_body_after_members_of() -> None:
    kinds = draft_kinds("We hope the town will unite. Members of Unite the Town met. The clubs unite behind it.")
    assert "Unite" not in kinds, kinds


def test_a_depot_named_by_its_town_gives_the_town() -> None:
    kinds = draft_kinds("Drivers at the Kessingham depot were paid less than those doing the same job in Leeds.")
    assert kinds.get("Kessingham") is ActorKind.place, kinds


def test_a_warehouse_named_by_its_town_gives_the_town() -> None:
    kinds = draft_kinds("Pallets went missing from the Brackenholt warehouse over nineteen months.")
    assert kinds.get("Brackenholt") is ActorKind.place, kinds


def test_a_family_by_its_surname_is_people() -> None:
    kinds = draft_kinds("The new homes would stand on land the Marchbank family sold last year.")
    assert kinds.get("Marchbank") is ActorKind.person, kinds


def test_a_common_word_before_family_is_no_name() -> None:
    kinds = draft_kinds("The Royal family visited. The Windows family of products grew.")
    assert "Royal" not in kinds and "Windows" not in kinds, kinds


def test_a_body_talks_go_through_is_no_place() -> None:
    kinds = draft_kinds("The company said it remained open to talks through Acas.")
    assert kinds.get("Acas") is ActorKind.organization, kinds


def test_clubs_by_the_letters_after_their_town_are_bodies() -> None:
    kinds = draft_kinds("Quillmoor RFC lost £1.4m last season. Tarnside AFC and Oxwold RLFC share a ground.")
    assert kinds.get("Quillmoor RFC") is ActorKind.organization, kinds
    assert kinds.get("Tarnside AFC") is ActorKind.organization, kinds
    assert kinds.get("Oxwold RLFC") is ActorKind.organization, kinds


def test_a_field_of_public_work_opens_a_bodys_name() -> None:
    kinds = draft_kinds("The developer said it would appeal to the Planning Inspectorate within six months.")
    assert kinds.get("Planning Inspectorate") is ActorKind.organization, kinds


def test_a_verb_opening_a_sentence_still_leaves_the_name() -> None:
    kinds = draft_kinds("Defeating Varnak Forces was the aim of the campaign.")
    assert kinds.get("Varnak Forces") is ActorKind.armed_force, kinds


def test_a_ministrys_remit_goes_on_through_words_that_name_bodies_elsewhere() -> None:
    kinds = draft_kinds("The Department for Housing, Communities and Local Government said it would act.")
    assert kinds.get("Department for Housing, Communities and Local Government") is ActorKind.organization, kinds
    assert "Local Government" not in kinds, kinds


def test_bodies_listed_after_a_ministry_stay_apart() -> None:
    kinds = draft_kinds("Officials from the Ministry of Defence, Navy and Police were there.")
    assert kinds.get("Ministry of Defence") is ActorKind.organization, kinds


def test_a_town_after_a_close_in_an_address_is_no_person() -> None:
    kinds = draft_kinds("His brother-in-law, Lee Rainford, 36, of Morrow Close, Grimsby, who sold them, was fined.")
    assert kinds.get("Grimsby") is ActorKind.place, kinds
    assert kinds.get("Morrow Close") is ActorKind.place, kinds


def test_a_village_named_with_its_saint_is_a_place() -> None:
    kinds = draft_kinds("Plans for 240 homes on the edge of Oakhanger St Giles have been thrown out.")
    assert kinds.get("Oakhanger St Giles") is ActorKind.place, kinds


def test_a_gallery_named_with_a_saint_after_a_post_is_no_village() -> None:
    kinds = draft_kinds("The director of Tarrow St Ives said the show would travel.")
    assert kinds.get("Tarrow St Ives") is not ActorKind.place, kinds


def test_the_firm_an_analyst_works_of_is_a_body() -> None:
    kinds = draft_kinds("Analyst Gareth Lindqvist of Pemberton Ashe said investors had cooled on delivery drones.")
    assert kinds.get("Gareth Lindqvist") is ActorKind.person, kinds
    assert kinds.get("Pemberton Ashe") is ActorKind.organization, kinds


def test_the_town_an_analyst_is_of_stays_a_place() -> None:
    kinds = draft_kinds("Analyst Gareth Lindqvist of Cleveland said investors had cooled.")
    assert kinds.get("Cleveland") is ActorKind.place, kinds


def test_an_acronym_spelling_a_word_ends_a_bodys_name_and_is_no_body_alone() -> None:
    kinds = draft_kinds("A spokesman for the Tarnby BID, which represents shops in the centre, said trade was up.")
    assert kinds.get("Tarnby BID") is ActorKind.organization, kinds
    assert "BID" not in kinds, kinds


def test_a_town_opening_a_councils_name_stays_a_place_beside_other_bodies_of_its_name() -> None:
    kinds = draft_kinds(
        "Drivers in Ferrowby will walk out. Pupils at Ferrowby College rely on the buses. "
        "Ferrowby Borough Council said it would help."
    )
    assert kinds.get("Ferrowby") is ActorKind.place, kinds
    assert kinds.get("Ferrowby College") is ActorKind.organization, kinds


def test_a_firm_named_by_one_word_before_group_is_no_place_after_at() -> None:
    kinds = draft_kinds("Analysts at Rhodium said so. Rhodium Group is a research firm.")
    assert kinds.get("Rhodium") is not ActorKind.place, kinds


def test_the_town_of_a_start_up_in_apposition_is_a_place() -> None:
    kinds = draft_kinds("Skylark Freight, the Bristol start-up that flies medical supplies, is cutting jobs.")
    assert kinds.get("Skylark Freight") is ActorKind.organization, kinds
    assert kinds.get("Bristol") is ActorKind.place, kinds
