"""Mends from the merged corpora of the session of 2026-12-07: a name after a person's full name and "of" is where
the person is from ("Lady Ellen Howard of Greystoke"), not when a job or a verb of saying stands before the person:
then it is the club or the employer ("defender Liviu Ciobotariu of National Bucharest", from the CoNLL check). A
courtesy title ("Lady", "Mrs") says nothing of a job."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Midfielder Tomas Varn of Quellbury Athletic and defender Ivo Sellar of Tarnvale Quell are new in the "
            "squad for the clash on Sunday.",
            "Tarnvale Quell",
        ),
        (
            "Midfielder Tomas Varn of Quellbury Athletic and defender Ivo Sellar of Tarnvale Quell are new in the "
            "squad for the clash on Sunday.",
            "Quellbury Athletic",
        ),
    ],
)
def test_a_name_after_a_job_and_a_persons_name_and_of_is_no_home_town(text: str, name: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(name) != "place", kinds


def test_a_name_after_a_titled_persons_name_and_of_is_still_where_she_is_from() -> None:
    kinds = draft_kind_names("The fete was opened by Lady Ellen Howard of Greystoke on Saturday afternoon.")
    assert kinds.get("Greystoke") == "place", kinds
