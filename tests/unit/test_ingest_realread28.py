"""Round realread28: rules found reading real news texts by hand (a British paper's world feed: French and
Australian politics, courts, crime and business). Invented sentences and names: a place holding a place just
named, a close of houses, a body named after its noun and "the", a body charged with a deed, a business before
its owner, a masthead's edition for a land, a place's police in lower case."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # after a one-word place and "in", the place holding it, though a given name opens it
        ("Firefighters were called to the hall at Quenlea in Rose Varden around 4am.", "Rose Varden", "place"),
        # a close of houses after "in"
        ("The blast happened in Violet Close, in the Tarnwell area of the city.", "Violet Close", "place"),
        # a body's noun, a comma and "the", then its name
        ("A nun was held over links to the most powerful crime network, the ’Quellrano.", "Quellrano", "organization"),
        # a superlative's adverb inside the description after the name
        (
            "Links to Varnossa, the country's most powerful criminal network, were found.",
            "Varnossa",
            "organization",
        ),
        # one word charged with a deed, no list explaining it
        ("The prime minister accused Quellhall of becoming comfortable with failure.", "Quellhall", "organization"),
        # a business of common words before its owner's word and a verb of speech
        ("Garden Direct owner says it has seen weaker demand.", "Garden Direct", "organization"),
        # a masthead of a common word, then the land its edition serves
        ("Guardian Australia was told the firm disclosed its work.", "Guardian Australia", "media"),
        # a county's or a state's police in lower case after its name
        ("The man was charged after Kent police were tipped off.", "Kent", "place"),
        # a Korean family name, then the two syllables of the given name written apart
        ("Parliament moved to impeach Park Seol Hwan on Friday.", "Park Seol Hwan", "person"),
        ("Park Seol Hwan said the plan was sound.", "Park Seol Hwan", "person"),
        # one of a kind, the description's head in the plural
        ("Quellvane, one of the country's biggest debt collection firms, has been sold.", "Quellvane", "organization"),
        # a possessive before a finite verb owns nothing: the shop's own name
        ("Alcohol retailer Tom Quarley’s is alerting customers to shortages.", "Tom Quarley's", "organization"),
        # the preposition governs what the name runs, after its hyphen
        ("Staff walked out at Quellmart-operated warehouses on Monday.", "Quellmart", "organization"),
        # a place and a people's adjective joined before the noun they qualify, after "its"
        ("Staff at some of its Western Cape and Victorian stores were told.", "Western Cape", "place"),
        # a border force is a civil service of customs and immigration, no armed force
        ("The detainee was deported by Tarnian Border Force officers.", "Tarnian Border Force", "organization"),
        # a body's noun, "dubbed" and its name
        ("Data was stolen by a hacking group dubbed Quellstorm last year.", "Quellstorm", "organization"),
    ],
)
def test_realread28_draft_kinds(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a post's time before the state it was held for is no body's branch
        ("Former UK prime minister Tom Quell will cut short his tour.", "Former UK"),
        # a faith's adjective alone
        ("Attacks on the country's Hindu minority have grown.", "Hindu"),
        # a feast in two words
        ("Police face a ban from the upcoming Mardi Gras parade.", "Mardi Gras"),
        # a possessive before a copula may refer back to a noun: no firm's name
        ("Of all the armies, Tarnia's is the largest and Quellia's the oldest.", "Tarnia's"),
        # the syllables of a Korean given name are no name of their own
        ("Park Seol Hwan said the plan was sound.", "Seol Hwan"),
    ],
)
def test_realread28_no_draft(text: str, name: str) -> None:
    assert name not in draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a speaker after a comma and a description is no apposition of the name before
        ("Data went to Quellstorm, a senior official said on Monday.", "Quellstorm", "other"),
        # a person named in full after a place and "in" stays a person (her family name is known)
        ("He was seen at Tarrowby in Ann Whitlow's car on Monday.", "Ann Whitlow", "person"),
        # a given name before "owner" and no speech: no firm made of the owner's employer
        ("Tom Varnley said the Garden Direct owner Ann Quell sold it.", "Tom Varnley", "person"),
    ],
)
def test_realread28_guards(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind
