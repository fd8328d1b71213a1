"""Round realprobes113 (batch en113): rules found on invented pages of a think-tank's event, a regional honours
list, a trade paper's people moves, an annual-report news page, a union's press release and a cricket club's
match report: squads and officials on labelled lines, ..."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names as _kinds


@pytest.mark.parametrize(
    ("line", "persons"),
    [
        # a match's officials after their label, two names opened by given names
        ("Umpires: Gareth Quellby and Phil Tarnmoor", ["Gareth Quellby", "Phil Tarnmoor"]),
        # a squad under its club's name, the captain and the keeper marked in lower case
        (
            "Varnley St Oskel's: Sam Quellby (capt), Adam Tarnmoor, Lewis Brackwell, Hannah Varnside (wk), "
            "Ruth Ellerby, Tom Hoskin",
            ["Sam Quellby", "Adam Tarnmoor", "Lewis Brackwell", "Hannah Varnside", "Ruth Ellerby", "Tom Hoskin"],
        ),
    ],
)
def test_people_on_a_labelled_line_with_no_full_stop(line: str, persons: list[str]) -> None:
    kinds = _kinds(f"The game was played on Sunday.\n{line}\nThe next game is in May.")
    assert {name: kinds.get(name) for name in persons} == dict.fromkeys(persons, "person")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a known town named for the site a body has there
        ("Quellby joins from Tarnwick Planning, where he led the Leeds office.", "Leeds"),
        # a sentence opened by a known town, a trade in lower case and the body's name
        ("Sheffield consultancy Varnwell Tate has moved to bigger offices.", "Sheffield"),
    ],
)
def test_a_town_before_a_site_or_a_trade(text: str, town: str) -> None:
    assert _kinds(text).get(town) == "place"


def test_who_is_appointed_to_a_post_and_who_appoints() -> None:
    kinds = _kinds(
        "Last week Quellings Tarnby has hired Sterling Brook as chief investment officer. "
        "Developer Varnhall has named Paris Quell-Odum managing director of its new arm."
    )
    assert (kinds.get("Sterling Brook"), kinds.get("Paris Quell-Odum")) == ("person", "person")
    assert kinds.get("Quellings Tarnby") == "organization"
