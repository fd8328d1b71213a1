"""Ingest on English web pages after the fifty-eighth batch of real probes (issue 15).

Junk, wrong kinds and misses that a US TV station's murder verdict, an Irish paper's hospital trolley
count, a Canadian broadcaster's cabinet shuffle, an Indian daily's cricket report and a newsletter's
culture letter showed: a competition's trophy and its lettered group drafted as actors; a group's name
cut at a plural's possessive, leaving its demonym to draft a state.
Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_trophy_is_a_competition_not_an_actor() -> None:
    kinds = draft_kinds("Harnby beat Quellford on the last day of their Tarvell Trophy match in Oxwold.")
    assert not any("Trophy" in name for name in kinds), kinds


def test_a_lettered_group_of_a_competition_is_no_body() -> None:
    kinds = draft_kinds("Harnby top Elite Group D after beating Quellford by ten wickets at Oxwold on Friday.")
    assert not any("Group" in name for name in kinds), kinds


def test_a_firm_named_group_stays_a_body() -> None:
    kinds = draft_kinds("Fenwray Group said on Monday that it would close two depots.")
    assert kinds.get("Fenwray Group") is ActorKind.organization, kinds


def test_a_groups_name_runs_on_over_a_plurals_possessive() -> None:
    kinds = draft_kinds("Support group Welsh Carers' Voice called for more respite beds in the county.")
    assert kinds.get("Welsh Carers' Voice") is ActorKind.organization, kinds
    assert "Wales" not in kinds, kinds


def test_a_cinema_named_after_a_prince_is_no_person() -> None:
    kinds = draft_kinds("We queued for an hour outside the Prince Alfred Cinema in Harnby on Friday.")
    assert kinds.get("Prince Alfred Cinema") is ActorKind.place, kinds
    assert "Alfred Cinema" not in kinds, kinds


def test_a_hospital_named_after_a_queen_keeps_the_queen() -> None:
    kinds = draft_kinds("She was taken to the Queen Adelaide Hospital in Quellford after the crash.")
    assert kinds.get("Queen Adelaide Hospital") is ActorKind.organization, kinds


def test_a_prince_named_alone_stays_a_person() -> None:
    kinds = draft_kinds("Prince Alfred opened the new cinema in Harnby on Friday.")
    assert kinds.get("Alfred") is ActorKind.person, kinds


def test_an_initial_and_a_family_name_are_a_person() -> None:
    kinds = draft_kinds("Then seamer K. Thevarajan took five for 31 as the visitors were bowled out for 140.")
    assert kinds.get("K. Thevarajan") is ActorKind.person, kinds


def test_a_letter_closing_a_sentence_opens_no_name() -> None:
    kinds = draft_kinds("Most members backed option C. Voters in the ward were split on the plan.")
    assert not any(name.startswith("C.") for name in kinds), kinds


def test_a_provincial_members_letters_are_a_title_after_the_seat() -> None:
    kinds = draft_kinds("The premier named Oakville MPP Teodora Vasquez-Lind as minister of transport on Friday.")
    assert kinds.get("Teodora Vasquez-Lind") is ActorKind.person, kinds
    assert kinds.get("Oakville") is ActorKind.place, kinds


def test_a_given_name_after_in_beside_the_full_name_is_no_place() -> None:
    kinds = draft_kinds(
        "The premier named Teodora Vasquez-Lind as minister of transport. "
        '"I have every confidence in Teodora," he told reporters.'
    )
    assert "Teodora" not in kinds, kinds
    assert kinds.get("Teodora Vasquez-Lind") is ActorKind.person, kinds


def test_a_state_named_with_and_stays_whole() -> None:
    kinds = draft_kinds("Trinidad and Tobago said on Monday that it would vote against the motion.")
    assert kinds.get("Trinidad and Tobago") is ActorKind.state, kinds
    assert "Tobago" not in kinds, kinds


def test_two_towns_joined_by_and_stay_two() -> None:
    kinds = draft_kinds("Flooding closed roads between Harrogate and Ripon on Tuesday night.")
    assert "Harrogate and Ripon" not in kinds, kinds


def test_a_county_posts_office_is_one_body() -> None:
    kinds = draft_kinds("Ilse Marrow of the Tarn County Public Defender's Office said her client would appeal.")
    assert kinds.get("Tarn County Public Defender's Office") is ActorKind.organization, kinds


def test_a_county_sheriffs_office_is_one_body() -> None:
    kinds = draft_kinds("The Quellmoor County Sheriff's Office said two deputies were hurt in the chase.")
    assert kinds.get("Quellmoor County Sheriff's Office") is ActorKind.organization, kinds


def test_a_band_named_with_the_after_its_noun_is_a_band() -> None:
    kinds = draft_kinds("The record of the month is the debut from Cardiff duo The Vellum Birds, out on Friday.")
    assert kinds.get("Vellum Birds") is ActorKind.organization, kinds


def test_a_players_side_after_plays_for_is_a_club() -> None:
    kinds = draft_kinds("Ravindran, 24, from Madurai, plays for Tarnby Super Giants in the league.")
    assert kinds.get("Tarnby Super Giants") is ActorKind.organization, kinds


def test_a_side_named_for_kings_is_no_council_of_holders() -> None:
    kinds = draft_kinds("Ravindran, 24, from Madurai, plays for Harnwell Royal Kings in the league.")
    assert kinds.get("Harnwell Royal Kings") is ActorKind.organization, kinds


def test_a_party_by_its_members_plural_after_an_adjective_is_a_party() -> None:
    kinds = draft_kinds("The Progressive Conservatives hold 41 of the assembly's 70 seats after the vote in Tarnby.")
    assert kinds.get("Progressive Conservatives") is ActorKind.organization, kinds


def test_a_party_word_before_its_leader_opening_a_sentence_is_the_party() -> None:
    kinds = draft_kinds("Labour leader Fenna Oskarsdottir said the council had wasted the money.")
    assert kinds.get("Labour") is ActorKind.organization, kinds
    assert kinds.get("Fenna Oskarsdottir") is ActorKind.person, kinds


def test_a_provinces_party_before_its_leader_is_a_party() -> None:
    kinds = draft_kinds("Manitoba Liberal Leader Tobias Renwick-Hale called for a public inquiry on Monday.")
    assert kinds.get("Manitoba Liberal") is ActorKind.organization, kinds
    assert kinds.get("Tobias Renwick-Hale") is ActorKind.person, kinds


def test_a_provinces_premier_names_no_party() -> None:
    kinds = draft_kinds("Manitoba Premier Tobias Renwick-Hale called for a public inquiry on Monday.")
    assert not any(kind is ActorKind.organization for kind in kinds.values()), kinds


def test_a_riding_of_places_joined_by_dashes_is_one_seat() -> None:
    kinds = draft_kinds("Renwick-Hale will sit as the MPP for Tarnby—Oskel Falls—Quellmoor, the office said.")
    assert kinds.get("Tarnby—Oskel Falls—Quellmoor") is ActorKind.place, kinds
    assert "Quellmoor" not in kinds, kinds


def test_a_riding_named_after_its_noun_is_a_place() -> None:
    kinds = draft_kinds("She held the riding of Harnby–Lakeshore by 312 votes last spring.")
    assert kinds.get("Harnby–Lakeshore") is ActorKind.place, kinds


def test_a_zoo_is_a_venue() -> None:
    kinds = draft_kinds("Two snow leopard cubs were born at Quellbrook Zoo near Harnby in the spring.")
    assert kinds.get("Quellbrook Zoo") in (ActorKind.place, ActorKind.organization), kinds


def test_a_campaign_named_for_its_aim_is_a_body() -> None:
    kinds = draft_kinds("The plan was dropped after a campaign led by the Save Oskelmere Woods group.")
    assert kinds.get("Save Oskelmere Woods") is ActorKind.organization, kinds


def test_a_heading_of_common_words_after_save_is_no_campaign() -> None:
    kinds = draft_kinds("Save Money Today is the name of our weekly offer for readers.")
    assert "Save Money Today" not in kinds, kinds


def test_a_zoo_named_before_its_town_is_a_body() -> None:
    kinds = draft_kinds("The cubs' father arrived from Zoo Quellstadt in Germany in 2023.")
    assert kinds.get("Zoo Quellstadt") is ActorKind.organization, kinds


def test_a_records_label_after_out_now_on_is_a_firm() -> None:
    kinds = draft_kinds("It is the second album from the Leeds trio, out now on Marrowtone, and it is lovely.")
    assert kinds.get("Marrowtone") is ActorKind.organization, kinds


def test_a_peoples_adjective_after_at_is_no_given_name() -> None:
    kinds = draft_kinds(
        "The Philippine Coast Guard said a ship fired at Philippine fishing boats near the shoal on Saturday."
    )
    assert "Philippine" not in kinds, kinds


def test_a_firm_named_like_two_surnames_after_law_firm_is_a_firm() -> None:
    kinds = draft_kinds("The lender was advised by law firm Quarrie Fletcher, which declined to comment.")
    assert kinds.get("Quarrie Fletcher") is ActorKind.organization, kinds


def test_a_person_named_after_the_firm_stays_a_person() -> None:
    kinds = draft_kinds("The lender hired the firm Graham Ledbetter founded in 1994.")
    assert kinds.get("Graham Ledbetter") is ActorKind.person, kinds


def test_a_chain_described_after_its_name_is_a_firm() -> None:
    kinds = draft_kinds("Harlow Quint, the supermarket chain, said sales rose 4 per cent in the year to March.")
    assert kinds.get("Harlow Quint") is ActorKind.organization, kinds


def test_a_bank_manager_described_after_her_name_is_a_person() -> None:
    kinds = draft_kinds("Oriel Varnham, a bank manager from Tarnby, said the branch would close in May.")
    assert kinds.get("Oriel Varnham") is ActorKind.person, kinds
