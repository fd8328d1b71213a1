"""A name defined by the sentence it opens, as a reference work's articles begin: "Korvath is a town in
the north", "The Varn Guards was an infantry regiment". The noun after "is a" or "was the" says what the
name is, as it does set off by commas ("Korvath, a town in the north,").
"""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

ORG, PLACE, PERSON, FORCE = ActorKind.organization, ActorKind.place, ActorKind.person, ActorKind.armed_force


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Quellmoor is a village in the north of the country.", "Quellmoor", PLACE),
        ("Tarvenhal was a busy port until the harbour silted up.", "Tarvenhal", PLACE),
        ("Korvath is the highest mountain in the range, at 2,917 metres.", "Korvath", PLACE),
        ("Brennsee is a lake on the border, fed by two rivers.", "Brennsee", PLACE),
        ("Varnholt is a company based in Leeds that makes pumps.", "Varnholt", ORG),
        ("Ilse Marchetti is a lawyer from Turin who sits on the board.", "Ilse Marchetti", PERSON),
        ("Drennach Fusiliers was an infantry regiment raised in 1881.", "Drennach Fusiliers", FORCE),
        # a landform's noun set off by commas says so too, a guide's trade does not
        ("Korvath, the highest mountain in the range, drew 400 climbers.", "Korvath", PLACE),
        ("Ilse Varnby, a mountain guide, said the path was closed.", "Ilse Varnby", PERSON),
        # a unit's own name after a comma goes on with a list, it does not describe the name before it
        ("It has two brigades: the 11th Brigade around Tarnhal, the 12th Brigade on the coast.", "Tarnhal", PLACE),
        # a page's markup may leave a space before the comma
        ("Zhao Wenqing , the new director of the office, praised the plan.", "Zhao Wenqing", PERSON),
        # a listed firm's name defined as a mountain is the mountain
        ("Olympus is the highest mountain in Greece.", "Olympus", PLACE),
    ],
)
def test_a_name_opening_its_definition_has_the_kind_of_the_defining_noun(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) is kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an ordinary word opening the sentence defines no name, whatever noun follows
        ("Life is a party that never ends.", "Life"),
        ("Freedom is a country's most precious asset.", "Freedom"),
    ],
)
def test_an_ordinary_word_opening_a_definition_is_no_name(text: str, name: str) -> None:
    assert name not in draft_kinds(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Gunmen blew up the track in the Quellan Pass and fired on the train.", "Quellan Pass", PLACE),
        ("A Season Pass costs $20 and unlocks every level.", "Season Pass", None),
        ("He showed his Boarding Pass at the gate.", "Boarding Pass", None),
    ],
)
def test_a_pass_after_a_rare_word_is_a_way_over_mountains_after_a_common_one_a_ticket(
    text: str, name: str, kind: ActorKind | None
) -> None:
    assert draft_kinds(text).get(name) is kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a centre by its field of work is a body; by what it holds, no body
        (
            "Officials said Varnhaus, the human rights centre, counted 1,200 prisoners.",
            "Varnhaus",
            ActorKind.organization,
        ),
        ("Quellvik, a policy research center, published the study on Monday.", "Quellvik", ActorKind.organization),
        ("Shoppers said Tarngate, the shopping centre, closed early on Friday.", "Tarngate", None),
    ],
)
def test_a_centre_is_a_body_only_by_its_field(text: str, name: str, kind: ActorKind | None) -> None:
    kinds = draft_kinds(text)
    if kind is None:
        assert kinds.get(name) is not ActorKind.organization, kinds
    else:
        assert kinds.get(name) is kind, kinds
