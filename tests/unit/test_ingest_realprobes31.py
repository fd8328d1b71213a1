"""Ingest on English web pages after the thirty-sixth batch of real probes (issue 15).

A broadcaster or a paper known by its letters; an American prosecutor's post ("State's Attorney") and a state
senator's abbreviated title; a courthouse named after a judge, with a "Jr." inside the name. Each example is
invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_letters_after_an_outlets_noun_name_the_outlet() -> None:
    kinds = draft_kinds("A poll for the broadcaster TVQ last week found most voters in favour.")
    assert kinds.get("TVQ") is ActorKind.media, kinds


def test_letters_after_told_stay_a_body() -> None:
    kinds = draft_kinds("The witness told the FBI nothing about the Harnby accounts.")
    assert kinds.get("FBI") is ActorKind.organization, kinds


def test_a_prosecutors_post_is_no_body_and_its_holder_a_person() -> None:
    kinds = draft_kinds("Assistant State's Attorney Renata Oyelowo-Marsh told jurors the forms were forged.")
    assert kinds.get("Renata Oyelowo-Marsh") is ActorKind.person, kinds
    assert "Assistant State" not in kinds, kinds


def test_a_state_senator_by_the_abbreviated_title_is_a_person() -> None:
    kinds = draft_kinds("State Sen. Obadiah Thornwell-Price, who represents the district, said he would act.")
    assert kinds.get("Obadiah Thornwell-Price") is ActorKind.person, kinds
    assert not any("Sen." in name for name in kinds), kinds


def test_a_surname_spelled_like_the_abbreviated_title_stays_a_name() -> None:
    kinds = draft_kinds("The economist Anjali Sen said prices would fall.")
    assert kinds.get("Anjali Sen") is ActorKind.person, kinds


def test_a_courthouse_named_after_a_judge_is_a_place() -> None:
    kinds = draft_kinds("Protesters gathered outside the Edwina Harcourt Courthouse on Tuesday.")
    assert kinds.get("Edwina Harcourt Courthouse") is ActorKind.place, kinds


def test_a_building_named_after_a_junior_stays_whole() -> None:
    kinds = draft_kinds("Outside the Clement R. Harwood Jr. Courthouse on Tarrant Street, the tenants spoke.")
    assert kinds.get("Clement R. Harwood Jr. Courthouse") is ActorKind.place, kinds
    assert "Clement R. Harwood Jr" not in kinds, kinds


def test_a_junior_at_the_end_of_a_sentence_stays_a_person() -> None:
    kinds = draft_kinds("The court heard from Desmond Okafor Jr. The hearing was adjourned.")
    assert kinds.get("Desmond Okafor Jr") is ActorKind.person, kinds


def test_a_confederation_after_a_peoples_adjective_is_one_body() -> None:
    kinds = draft_kinds("Fishing aside, the Tarnish Confederation of Labour backed the vote on Monday.")
    assert kinds.get("Tarnish Confederation of Labour") is ActorKind.organization, kinds
    assert "Labour" not in kinds, kinds


def test_a_confederation_named_for_its_people_is_their_state() -> None:
    kinds = draft_kinds("The Swiss Confederation and Austria signed the treaty in Vienna.")
    assert kinds.get("Switzerland") is ActorKind.state, kinds


def test_names_listed_before_neighborhoods_are_places() -> None:
    kinds = draft_kinds("The firm owned rowhouses in the Quarnby and Tellhurst Park neighborhoods of the city.")
    assert kinds.get("Quarnby") is ActorKind.place, kinds
    assert kinds.get("Tellhurst Park") is ActorKind.place, kinds


def test_a_hyphened_compound_before_neighborhood_is_a_place_not_a_coined_body() -> None:
    kinds = draft_kinds("Most of the homes stood in the Sandgate-Wellow neighborhood, inspectors said.")
    assert kinds.get("Sandgate-Wellow") is ActorKind.place, kinds


def test_a_coined_word_still_opens_a_body() -> None:
    kinds = draft_kinds("Healthwatch Tarnby said it had received 200 comments.")
    assert kinds.get("Healthwatch Tarnby") is ActorKind.organization, kinds


def test_a_quarter_of_a_large_city_by_its_compass_word_is_a_place() -> None:
    kinds = draft_kinds("The jury convicted a West Baltimore landlord of fraud on Tuesday.")
    assert kinds.get("West Baltimore") is ActorKind.place, kinds


def test_a_compass_word_before_a_city_named_like_a_common_word_is_no_quarter() -> None:
    kinds = draft_kinds("The jury heard that South Reading was the defence's theme.")
    assert "South Reading" not in kinds, kinds


def test_a_name_listed_with_a_place_when_the_preposition_is_said_again_is_a_place() -> None:
    kinds = draft_kinds("Support was lowest in the Quarnfells and in Akureyri, the poll found.")
    assert kinds.get("Quarnfells") is ActorKind.place, kinds


def test_a_parliament_known_by_its_own_one_word_name_is_a_body() -> None:
    kinds = draft_kinds("The minister told reporters outside the Storting that the bill would pass.")
    assert kinds.get("Storting") is ActorKind.organization, kinds


def test_a_title_word_after_a_given_name_at_the_end_is_a_family_name() -> None:
    kinds = draft_kinds("Margaret King wrote to the council about the closure.")
    assert kinds.get("Margaret King") is ActorKind.person, kinds


def test_a_street_named_after_a_person_whose_surname_is_a_title_word_is_a_place() -> None:
    kinds = draft_kinds("The clinic on Harold Oswin King Jr. Boulevard will close in June.")
    assert kinds.get("Harold Oswin King Jr. Boulevard") is ActorKind.place, kinds


def test_a_title_before_its_holders_name_stays_a_title() -> None:
    kinds = draft_kinds("Queen Adelheid met the delegation in Vienna on Monday.")
    assert kinds.get("Adelheid") is ActorKind.person, kinds
    assert "Queen Adelheid" not in kinds, kinds


def test_a_junior_whose_surname_is_a_title_word_is_no_suffix_alone() -> None:
    kinds = draft_kinds("The court heard from Harold King Jr. The hearing was adjourned.")
    assert "Jr" not in kinds, kinds


def test_a_city_before_nonprofit_in_apposition_is_a_place() -> None:
    kinds = draft_kinds("Safer Stoops Alliance, a Baltimore nonprofit, said the city should inspect homes itself.")
    assert kinds.get("Baltimore") is ActorKind.place, kinds
    assert kinds.get("Safer Stoops Alliance") is ActorKind.organization, kinds
