"""A source ingested into a workspace that already knows some actors reads its names as an empty one does.

Known actors are linked before the name rules run, so a known "Commission", "Whitlow" or "Tobias"
used to take its word out of "Securities and Exchange Commission", "Jonas Whitlow-Mbeki" or
"Tobias Engel", and the rest was drafted cut short. Analysts ingest source after source into one
workspace: by the tenth source, most common words of names were known.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import drafts_and_links

KNOWN = [
    Actor(id="commission", name="Commission", kind=ActorKind.organization),
    Actor(id="whitlow", name="Whitlow", kind=ActorKind.person),
    Actor(id="tobias", name="Tobias", kind=ActorKind.person),
    Actor(id="thaddeus-pettigrew", name="Thaddeus Pettigrew", kind=ActorKind.person, aliases=["Pettigrew"]),
    Actor(id="priya-castellano", name="Priya Castellano", kind=ActorKind.person, aliases=["Priya"]),
    Actor(id="united-states", name="United States", kind=ActorKind.state, aliases=["US", "U.S."]),
    Actor(id="senate", name="Senate", kind=ActorKind.organization),
    Actor(id="tarnshire", name="Tarnshire", kind=ActorKind.place),
    Actor(id="brennard", name="Cassius Brennard", kind=ActorKind.person),
    Actor(id="electoral-commission", name="Electoral Commission", kind=ActorKind.organization),
    Actor(id="bartletts", name="Bartlett's", kind=ActorKind.organization, aliases=["Bartlett"]),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Securities and Exchange Commission opened an inquiry on Monday.", "Securities and Exchange Commission"),
        ("Jonas Whitlow-Mbeki, a trader, was charged on Friday.", "Jonas Whitlow-Mbeki"),
        ("Maureen Whitlow, who runs the bakery, said prices rose.", "Maureen Whitlow"),
        ("Striker Tobias Engel scored twice in the second half.", "Tobias Engel"),
        ("Sam Pettigrew, a farmer, said the river rose overnight.", "Sam Pettigrew"),
        ("Priya Nandakumar, the head teacher, said the school would reopen.", "Priya Nandakumar"),
        ("The bill passed the US Senate on Tuesday after a long debate.", "US Senate"),
        ("Officers from Tarnshire and Velmouth Police searched the house.", "Tarnshire and Velmouth Police"),
        ("The Electoral Commission of Varnland certified the count.", "Electoral Commission of Varnland"),
        ("Bernard Okafor, a nurse, said the ward was full.", "Bernard Okafor"),
        ("Voters queued at Tarnshire Village Hall on Thursday.", "Tarnshire Village Hall"),
        (
            "| Candidate | Party | Votes |\n|---|---|---|\n| Ruth Bartlett-Okoro | Green Party | 1,204 |",
            "Ruth Bartlett-Okoro",
        ),
        ("Susan Bartlett-Hale, the treasurer, resigned.", "Susan Bartlett-Hale"),
        ("The US Treasury placed sanctions on two shipping firms.", "Treasury"),
    ],
)
def test_a_name_holding_a_known_name_is_read_whole_as_in_an_empty_workspace(text: str, name: str) -> None:
    alone, _ = drafts_and_links(text, [])
    with_known, mentions = drafts_and_links(text, KNOWN)
    assert name in alone  # what an empty workspace drafts ...
    assert name in with_known, (with_known, mentions)  # ... a workspace that knows part of it drafts too
    assert not {draft for draft in with_known if draft != name and draft in name and draft not in alone}


@pytest.mark.parametrize(
    ("text", "spelling", "actor_id"),
    [
        ("President Pettigrew said the talks would go on.", "Pettigrew", "thaddeus-pettigrew"),
        ("Mr Whitlow declined to comment.", "Whitlow", "whitlow"),
        ("US officials said the Senate would vote.", "US", "united-states"),
        ("Commission staff said the report was late.", "Commission", "commission"),
        ("Priya said the school would reopen.", "Priya", "priya-castellano"),
        # a state's short form before a noun is an adjective; a place before a demonym stands alone
        ("The U.S. Winter Outlook was published on Thursday.", "U.S", "united-states"),
        ("In Tarnshire Ukrainian officials said the road was shut.", "Tarnshire", "tarnshire"),
    ],
)
def test_a_known_name_standing_alone_or_after_a_title_is_still_linked(text: str, spelling: str, actor_id: str) -> None:
    assert drafts_and_links(text, KNOWN)[1].get(spelling) == actor_id


def test_a_transliteration_still_links_but_another_name_with_the_same_consonants_does_not() -> None:
    known = [Actor(id="lukashenka", name="Alyaksandr Lukashenka", kind=ActorKind.person, aliases=["Lukashenka"])]
    assert (
        drafts_and_links("Lukashenko said on Monday that the border was closed.", known)[1].get("Lukashenko")
        == "lukashenka"
    )
    # "Bernard" shares its consonants with the known "Brennard" but is another word.
    assert "Bernard" not in drafts_and_links("Bernard said the ward was full.", KNOWN)[1]


def test_a_heading_in_title_case_still_links_its_known_names() -> None:
    known = [
        Actor(id="tarnia", name="Tarnia", kind=ActorKind.state),
        Actor(id="velm", name="Velm", kind=ActorKind.state),
    ]
    text = "Why Tarnia Supports Velm In Its War\n\nTarnia has sent fuel to Velm since March, officials said."
    heading = [m for m in extract(text, None, known, set(), "t").mentions if m.start < text.index("\n")]
    assert {m.actor_id for m in heading} == {"tarnia", "velm"}
