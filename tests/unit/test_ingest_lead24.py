"""Round lead24: a Korean name opening a sentence with a family name that is an English word, a licence's
adjective read as a rank, and a comma and 'and' that open a new clause after a place."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Korean family name that is also an English word, opening the sentence before a hyphened given name
        ("Park Seo-yun, the film director, won the prize.", "Park Seo-yun"),
        ("Song Min-jae, the actor, thanked the jury.", "Song Min-jae"),
        ("Han Tae-woo, the party leader, resigned on Monday.", "Han Tae-woo"),
    ],
)
def test_a_korean_name_keeps_its_family_name_at_a_sentence_start(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == "person", kinds
    assert name.split()[1] not in kinds, kinds  # not the given name alone


def test_a_common_word_before_a_name_still_opens_no_korean_name() -> None:
    kinds = _kinds("Engineer Hilarion Radwell said the bridge was safe.")
    assert kinds.get("Hilarion Radwell") == "person", kinds


@pytest.mark.parametrize(
    "text",
    [
        "The code is released under the GNU General Public License, version 3.",
        "Most of it ships under the Quellsoft General Public Licence.",
    ],
)
def test_an_adjective_after_a_things_name_is_no_rank(text: str) -> None:
    kinds = _kinds(text)
    assert not any(kind == "person" for kind in kinds.values()), kinds


def test_a_rank_after_a_states_letters_still_makes_a_person() -> None:
    kinds = _kinds("US General Tarvo Quellman said the army was ready.")
    assert kinds.get("Tarvo Quellman") == "person", kinds


def test_a_comma_and_and_open_a_new_clause_after_a_place() -> None:
    kinds = _kinds("Zanu-PF won the vote in Harare, and Zanu-PF officials said the count was fair.")
    assert kinds.get("Harare") == "place", kinds
    assert kinds.get("Zanu-PF") != "place", kinds


def test_a_list_of_places_after_in_still_reads_as_places() -> None:
    kinds = _kinds("Flooding closed roads in Harare, Tarnmoor and Quellby on Monday.")
    assert kinds.get("Tarnmoor") == "place", kinds
    assert kinds.get("Quellby") == "place", kinds
