"""A state or region whose whole name is written with hyphens ("Guinea-Bissau", "Timor-Leste") is one
actor, not its parts; two states joined by a hyphen ("Russia-Ukraine war") are still two; a common
noun opening a sentence before a name ("Engineer Hilarion Radwell said") is no part of the person
(issue 15).

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, language, whole, kind",
    [
        ("The president of Guinea-Bissau, Umaro Embalo, spoke.", "en", "Guinea-Bissau", ActorKind.state),
        ("The Guinea-Bissau government denied the report on Monday.", "en", "Guinea-Bissau", ActorKind.state),
        ("Troops from Guinea-Bissau and Senegal patrolled the river.", "en", "Guinea-Bissau", ActorKind.state),
        ("The Timor-Leste government said the port would reopen.", "en", "Timor Leste", ActorKind.state),
        (
            "Die Regierung in Guinea-Bissau hat am Montag neue Wahlen angekündigt.",
            "de",
            "Guinea-Bissau",
            ActorKind.state,
        ),
        (
            "Der Ministerpräsident von Nordrhein-Westfalen sprach am Montag.",
            "de",
            "Nordrhein-Westfalen",
            ActorKind.place,
        ),
        ("O governo da Guiné-Bissau anunciou novas medidas.", "pt", "Guinea-Bissau", ActorKind.state),
        ("Il governo della Guinea-Bissau ha annunciato nuove elezioni.", "it", "Guinea-Bissau", ActorKind.state),
        ("Ieri la regione Emilia-Romagna ha approvato il bilancio.", "it", "Emilia-Romagna", ActorKind.place),
        ("В понедельник в Ханты-Мансийске прошёл форум.", "ru", "Ханты-Мансийск", ActorKind.place),
    ],
)
def test_a_known_name_written_with_hyphens_is_one_actor(text: str, language: str, whole: str, kind: ActorKind) -> None:
    kinds = draft_kinds(text, language)
    assert kinds.get(whole) is kind, kinds
    assert not {"Guinea", "Bissau", "Timor", "Leste"} & set(kinds), kinds  # no part on its own


def test_states_joined_by_a_hyphen_are_still_each_a_state() -> None:
    kinds = draft_kinds("The Russia-Ukraine war and the Franco-German plan dominated US-China talks.")
    assert kinds == {
        "Russia": ActorKind.state,
        "Ukraine": ActorKind.state,
        "United States": ActorKind.state,
        "China": ActorKind.state,
    }


@pytest.mark.parametrize(
    "text, person",
    [
        ("Engineer Hilarion Radwell said the lock gates were rotten.", "Hilarion Radwell"),
        ("Parent Cassius Brennard said the result was deserved.", "Cassius Brennard"),
        ("Plumber Odalys Fenwick, 44, said the pipes had burst.", "Odalys Fenwick"),
    ],
)
def test_a_common_noun_opening_a_sentence_is_no_part_of_the_person(text: str, person: str) -> None:
    kinds = draft_kinds(text)
    assert kinds == {person: ActorKind.person}


def test_a_demonym_or_given_name_opening_a_sentence_stays() -> None:
    assert draft_kinds("Rose Mary Byrne said the film was fine.") == {"Rose Mary Byrne": ActorKind.person}
    assert "Airways Alex Cruz" not in draft_kinds("British Airways Alex Cruz said the fleet was grounded.")


def test_a_demonym_of_two_words_after_the_is_no_part_of_the_person() -> None:
    kinds = draft_kinds("The club signed the South African Marius Kotzewald last winter.")
    assert kinds == {"South Africa": ActorKind.state, "Marius Kotzewald": ActorKind.person}
    assert draft_kinds("The South African Airways flight landed.") == {"South African Airways": ActorKind.organization}
