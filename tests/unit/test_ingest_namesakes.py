"""A workspace that knows a person reads a country that shares their family name as an empty
workspace would: "Chad" after a known Oliver Chad is still the country, unless the text names him."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kinds, drafts_and_links

COACH = Actor(id="oliver-chad", name="Oliver Chad", kind=ActorKind.person)


@pytest.mark.parametrize(
    "text",
    [
        "Troops from Chad crossed the border on Monday.",
        "Talks in Chad ended without a deal.",
        "Chad and Niger signed the accord in Niamey.",
    ],
)
def test_a_country_named_like_a_known_persons_family_name_is_the_country(text: str) -> None:
    drafts, links = drafts_and_links(text, [COACH])
    assert "Chad" in drafts and links.get("Chad") != "oliver-chad", (drafts, links)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Chad declined to comment on the result.",
        "Oliver Chad watched from the bench. Chad said the referee was wrong.",
    ],
)
def test_a_title_or_the_full_name_first_keeps_the_link_to_the_person(text: str) -> None:
    drafts, links = drafts_and_links(text, [COACH])
    assert links.get("Chad") == "oliver-chad" and "Chad" not in drafts, (drafts, links)


def test_a_persons_family_name_that_is_a_countrys_is_a_mention_but_no_alias() -> None:
    extraction = extract(
        "Coach Oliver Chad said the team had trained hard. Chad added that two players were injured.",
        None,
        [],
        set(),
        "t",
    )
    (coach,) = [draft for draft in extraction.actors if draft.name == "Oliver Chad"]
    assert "Chad" not in coach.aliases
    assert len(coach.spans) == 2  # the later "Chad" is still his


def test_another_family_name_alone_stays_an_alias() -> None:
    extraction = extract("Coach Oliver Brandt said the team had trained hard. Brandt added more.", None, [], set(), "t")
    (coach,) = [draft for draft in extraction.actors if draft.name == "Oliver Brandt"]
    assert "Brandt" in coach.aliases


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Stumps: Victoria 210 and 4-96. Fast bowler Ellis Marne took 4-51, and Queensland, who made 356, "
            "lead by 50 runs. Queensland resume on Friday.",
            "Queensland",
            ActorKind.place,
        ),
        (
            "Ireland beat the hosts 24-10. Kicker Aled Prydderch scored 14 points for Portugal, who had "
            "never won in Dublin. Portugal play again in March.",
            "Portugal",
            ActorKind.state,
        ),
    ],
)
def test_a_land_no_one_is_named_before_who_is_no_person(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) == kind
