"""States under the other names English sources give them: the BBC's "Democratic Republic of Congo" (no
"the"), the formal names of treaties and sanctions notices ("Plurinational State of Bolivia", "Federated States of
Micronesia"), the region's own names ("Congo-Brazzaville"). Each is the one state, by its usual name, with no
part of the name left over. Every example is invented."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Aid workers said the outbreak in the Democratic Republic of Congo had spread.",
            "Democratic Republic of the Congo",
        ),
        ("Flights to the Republic of Congo resumed on Monday.", "Republic of the Congo"),
        ("Flights to Congo-Brazzaville resumed on Monday.", "Republic of the Congo"),
        ("Troops from Congo-Kinshasa crossed the river at dawn.", "Democratic Republic of the Congo"),
        ("Oil exports from Brunei Darussalam rose in the spring.", "Brunei"),
        ("The Plurinational State of Bolivia objected to the wording.", "Bolivia"),
        ("The Federated States of Micronesia joined the statement.", "Micronesia"),
    ],
)
def test_a_state_under_another_english_name_is_that_state(text: str, state: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(state) is ActorKind.state, kinds


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Oil exports from Brunei Darussalam rose in the spring.", "Darussalam"),
        ("The Federated States of Micronesia joined the statement.", "Federated States"),
    ],
)
def test_no_part_of_a_formal_name_is_left_over(text: str, word: str) -> None:
    assert word not in draft_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Casino revenue in Macau fell for a third month.",
        "The ferry from Tarnby to Macau was cancelled on Sunday.",
    ],
)
def test_a_town_that_is_its_whole_state_is_the_state(text: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get("Macau") is ActorKind.state, kinds
