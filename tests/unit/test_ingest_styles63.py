"""A sixty-third round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a body named
by its noun before it ("the shipping company X", "the militia X") whatever its words look like, a second place after
"near ... and". Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The oil was carried by the shipping company Tarvesh Kolam Darya, which denied it.",
            "Tarvesh Kolam Darya",
            ActorKind.organization,
        ),
        (
            "Villages were burned by the militia Dan Kessou Varrat in the spring.",
            "Dan Kessou Varrat",
            ActorKind.armed_force,
        ),
        (
            "Convoys were attacked by the militia Ali Tarvesh Kolo near the river.",
            "Ali Tarvesh Kolo",
            ActorKind.armed_force,
        ),
    ],
)
def test_a_bodys_noun_before_a_name_makes_it_that_body(text: str, name: str, kind: ActorKind) -> None:
    assert _drafts(text)[name].kind is kind


def test_a_founder_after_the_companys_noun_stays_a_person() -> None:
    assert _drafts("He joined the company Ilse Varnow founded in 1990.")["Ilse Varnow"].kind is ActorKind.person


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting went on near Orvetsk and Mala Kessivka through the night.", "Mala Kessivka"),
        ("Shells fell near Tarnopolye and Anna Orrivka on Sunday.", "Anna Orrivka"),
    ],
)
def test_a_second_name_after_near_and_a_place_lies_near_too(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_two_people_sat_near_stay_people() -> None:
    assert _drafts("She sat near Tom and Mary Quellan at dinner.")["Mary Quellan"].kind is ActorKind.person


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Farmers in San Pedro de Tarvessa have also challenged the dam.", "San Pedro de Tarvessa"),
        ("The convoy drove to Santa Maria Orvessa on Sunday.", "Santa Maria Orvessa"),
    ],
)
def test_a_saints_word_after_a_preposition_opens_a_towns_name(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_a_firms_name_without_its_legal_form_is_the_firm() -> None:
    text = "The permit went to Tessaro Vento SpA in May.\n\nTessaro Vento, which is part-owned by a fund, will appeal."
    assert _drafts(text)["Tessaro Vento"].kind is ActorKind.organization


def test_a_consulate_general_named_with_its_nations_adjective_is_one_body() -> None:
    drafts = _drafts("Officials from the Australian Consulate-General in Tarvel attended the hearing.")
    assert drafts["Australian Consulate-General"].kind is ActorKind.organization


def test_a_saints_word_is_no_portfolios_word_to_cut() -> None:
    assert "San Pedro de Tarvessa" in _drafts("Indigenous communities and San Pedro de Tarvessa protested.")


def test_an_export_remit_before_a_state_names_its_agency() -> None:
    drafts = _drafts("The loan came from Export Finance Australia and a fund, the minister said.")
    assert drafts["Export Finance Australia"].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The deal will help exporters such as Varnescue and Tessor Wines.", "Varnescue"),
        ("Several firms, including Quellbrook and Marrow, cut jobs.", "Quellbrook"),
    ],
)
def test_a_name_listed_after_a_plural_noun_of_firms_is_a_firm(text: str, firm: str) -> None:
    assert _drafts(text)[firm].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("After the Tessivka massacre of herders, villagers fled.", "Tessivka"),
        ("The army ended the Varnetsk siege in May.", "Varnetsk"),
        ("Troops trained at the Kesslawa training area last week.", "Kesslawa"),
    ],
)
def test_a_name_before_a_massacre_a_siege_or_a_training_area_is_its_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("The unit flew the Vera Yaga heavy bomber drone at night.", "Vera Yaga"),
        ("Rebels shot down a Mila Tessel attack helicopter near the dam.", "Mila Tessel"),
    ],
)
def test_a_weapons_model_before_its_role_and_kind_is_no_person(text: str, model: str) -> None:
    draft = _drafts(text).get(model)
    assert draft is None or draft.kind is not ActorKind.person


def test_an_acronym_in_title_case_ending_in_s_is_no_plural() -> None:
    drafts = _drafts("She will appeal to the Tribunal of Arbitration for Sailing (Tas) in Geneva.")
    assert "Tas" in drafts["Tribunal of Arbitration for Sailing"].aliases
