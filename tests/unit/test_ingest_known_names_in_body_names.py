"""A known place or state inside a body's name is read with the body, as an empty workspace reads it.

Across the small words such names hold ("Banque de X", "Organization for ... in X"), across a
possessive ("the U.S. Attorney's Office") and after "and" before a place's word ("the Tarnby and
Velmouth Canal"); and a known town after a hyphen in a person's family name stays the person's.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import drafts_and_links

KNOWN = [
    Actor(id="varnland", name="Varnland", kind=ActorKind.state),
    Actor(id="united-states", name="United States", kind=ActorKind.state, aliases=["US", "U.S."]),
    Actor(id="tarnby", name="Tarnby", kind=ActorKind.place),
    Actor(id="asia", name="Asia", kind=ActorKind.place),
    Actor(id="kestrelford", name="Kestrelford", kind=ActorKind.place),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Economists at the Banque de Varnland raised their forecast.", "Banque de Varnland"),
        (
            "Lawyers at the U.S. Attorney's Office for the Western District of Ohio filed the charges.",
            "U.S. Attorney's Office for the Western District of Ohio",
        ),
        (
            "Monitors from the Council for Trade and Co-operation in Asia said the count was fair.",
            "Council for Trade and Co-operation in Asia",
        ),
        ("A barge sank in the Tarnby and Velmouth Canal on Sunday.", "Tarnby and Velmouth Canal"),
        ("Deputy Marcus Orlebar-Kestrelford said the standoff was over.", "Marcus Orlebar-Kestrelford"),
    ],
)
def test_a_body_or_person_named_around_a_known_place_is_drafted_whole(text: str, name: str) -> None:
    alone, _ = drafts_and_links(text, [])
    with_known, mentions = drafts_and_links(text, KNOWN)
    assert name in alone  # what an empty workspace drafts ...
    assert name in with_known, (with_known, mentions)  # ... a workspace that knows the place drafts too
    assert not {draft for draft in with_known if draft != name and draft in name and draft not in alone}


@pytest.mark.parametrize(
    ("text", "spelling", "actor_id"),
    [
        # a body's word right before "in" names a body in the place, not a longer name
        ("Police in Tarnby said the road was closed.", "Tarnby", "tarnby"),
        # the actor's own possessive opens no name
        ("Varnland's Foreign Ministry said the talks would resume.", "Varnland", "varnland"),
        # two places side by side, no given name before them
        ("The Tarnby-Kestrelford road was shut by snow.", "Kestrelford", "kestrelford"),
    ],
)
def test_a_known_place_beside_a_body_or_another_place_is_still_linked(text: str, spelling: str, actor_id: str) -> None:
    assert drafts_and_links(text, KNOWN)[1].get(spelling) == actor_id


PERSONS = [
    Actor(id="lydia", name="Lydia Pemberly-Ashford", kind=ActorKind.person),
    Actor(id="tom-quarrendon", name="Tom Quarrendon", kind=ActorKind.person),
    Actor(id="marcus-fenwick", name="Marcus Fenwick", kind=ActorKind.person, aliases=["Fenwick"]),
    Actor(id="hollis-barrow", name="Hollis Barrow", kind=ActorKind.organization),
    Actor(id="lukashenka", name="Alyaksandr Lukashenka", kind=ActorKind.person),
]


def test_a_double_barrelled_family_name_is_the_persons_whole_not_by_its_last_part() -> None:
    # "Ashford" alone is a town; the known person is named by both parts together
    _, mentions = drafts_and_links("Pemberly-Ashford told the inquiry she had warned Ashford council.", PERSONS)
    assert mentions.get("Pemberly-Ashford") == "lydia"
    assert mentions.get("Ashford") != "lydia"
    # an Arabic article opens no double-barrelled name: "Al-Varni" is also "Varni"
    known = [Actor(id="varni", name="Abu Hamza Al-Varni", kind=ActorKind.person)]
    assert drafts_and_links("Varni was last seen near the border.", known)[1].get("Varni") == "varni"


def test_a_town_after_a_preposition_of_place_is_not_a_known_person_of_that_surname() -> None:
    known = [Actor(id="tom-brough", name="Tom Brough", kind=ActorKind.person)]
    text = "The A66 reopened between Brough and Penrith on Sunday. Brough said the road was safe."
    names, mentions = drafts_and_links(text, known)
    assert "Brough" in names  # the town, drafted as an empty workspace drafts it
    assert list(mentions.values()).count("tom-brough") == 1  # the man who spoke


def test_another_given_name_before_a_known_persons_one_word_alias_is_another_person() -> None:
    # a results table: the known Marcus Fenwick (alias "Fenwick") is not the candidate Imogen Fenwick
    _, mentions = drafts_and_links(
        "| Wendholm | Imogen Fenwick | Con | 973 |\n| Ashby | Kwame Osei | Lab | 1,102 |", PERSONS
    )
    assert mentions.get("Fenwick") != "marcus-fenwick"
    assert drafts_and_links("Mr Fenwick said the count was fair.", PERSONS)[1].get("Fenwick") == "marcus-fenwick"


def test_a_name_of_several_words_links_only_when_spelled_nearly_alike_not_by_its_consonants() -> None:
    # "Halsey Bravo" shares its consonants with a known "Hollis Barrow" but is another name
    assert (
        drafts_and_links("Output at the Halsey Bravo platform fell.", PERSONS)[1].get("Halsey Bravo") != "hollis-barrow"
    )
    assert (
        drafts_and_links("Alexander Lukashenko said the border was shut.", PERSONS)[1].get("Alexander Lukashenko")
        == "lukashenka"
    )


def test_a_look_alike_of_a_known_persons_family_name_after_in_is_not_that_person() -> None:
    known = [Actor(id="aoibhinn", name="Aoibhinn Kilbride", kind=ActorKind.person)]
    mentions = drafts_and_links("Coldmere, the pump maker based in Kilbryde, opened a second plant.", known)[1]
    assert mentions.get("Kilbryde") != "aoibhinn"
    # the person, spelled otherwise, is still linked where a person stands
    assert drafts_and_links("Kilbryde told the committee the plant would open.", known)[1].get("Kilbryde") == "aoibhinn"


def test_a_town_listed_after_a_preposition_of_place_in_another_language_is_not_a_known_person() -> None:
    known = [Actor(id="rafaela-gouveia", name="Rafaela Gouveia", kind=ActorKind.person)]
    text = "O granizo destruiu parte da colheita em Seia e Gouveia. A autarca Gouveia pediu ajuda."
    extraction = extract(text, None, known, set(), "t", language="pt")
    linked = [m.text for m in extraction.mentions if m.actor_id == "rafaela-gouveia"]
    assert linked == ["Gouveia"]  # only the mayor; the town is drafted as a place
    assert any(draft.name == "Gouveia" and draft.kind is ActorKind.place for draft in extraction.actors)
