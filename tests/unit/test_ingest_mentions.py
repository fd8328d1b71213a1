"""Sentences with offsets, and mentions of known actors whatever the spelling, never fuzzy."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.ingest.known_mentions import find_mentions
from dossier.ingest.mentions import ActorIndex, tokenize
from dossier.ingest.names import fold, skeleton
from dossier.ingest.sentences import split_sentences
from dossier.model import Actor, ActorKind


def _actors() -> list[Actor]:
    return [
        Actor(id="lukashenka", name="Alyaksandr Lukashenka", kind=ActorKind.person),
        Actor(id="belarus", name="Belarus", kind=ActorKind.state),
        Actor(id="minsk", name="Minsk", kind=ActorKind.place),
        Actor(id="gomel", name="Gomel", kind=ActorKind.place),
        Actor(id="turkey", name="Turkey", kind=ActorKind.state),
        Actor(id="maxar", name="Maxar Technologies", kind=ActorKind.organization, aliases=["Maxar"]),
    ]


def _linked(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text, tokenize(text), ActorIndex(_actors()))
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    return [(m.text, m.actor_id) for m in found]


def test_sentences_keep_exact_offsets_and_skip_abbreviations() -> None:
    text = (
        "Why Belarus Matters\n\nMr. Smith met Gen. Jones in the U.S. on Feb. 3. Then he left. "
        "The U.S. Army said so. He went to the U.S. The next day he left. A. P. Jones spoke."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Why Belarus Matters",
        "Mr. Smith met Gen. Jones in the U.S. on Feb. 3.",
        "Then he left.",
        "The U.S. Army said so.",
        "He went to the U.S.",
        "The next day he left.",
        "A. P. Jones spoke.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_spellings_of_one_name_link_to_the_known_actor() -> None:
    text = (
        "Alyaksandr Lukashenka spoke. LUKASHENKA repeated it. Lukashenko denied it. "
        "Alexander Lukashenko left. Aleksandr Lukashenko returned. Лукашенко ответил."
    )
    assert _linked(text) == [
        ("Alyaksandr Lukashenka", "lukashenka"),
        ("LUKASHENKA", "lukashenka"),
        ("Lukashenko", "lukashenka"),
        ("Alexander Lukashenko", "lukashenka"),
        ("Aleksandr Lukashenko", "lukashenka"),
        ("Лукашенко", "lukashenka"),
    ]


def test_look_alike_places_are_not_linked() -> None:
    # Minsk and Pinsk, Gomel and Homel are as close as each other: neither pair is linked silently.
    assert _linked("Troops left Pinsk for Homel.") == []
    assert _linked("Troops left Minsk for Gomel.") == [("Minsk", "minsk"), ("Gomel", "gomel")]
    assert skeleton(fold("Minsk")) != skeleton(fold("Pinsk"))
    assert skeleton(fold("Gomel")) != skeleton(fold("Homel"))


def test_demonyms_possessives_and_aliases_link_but_lowercase_words_do_not() -> None:
    text = "Belarusian troops moved. Belarus’ leader spoke of Turkey. Maxar’s images. A turkey was eaten."
    assert _linked(text) == [
        ("Belarusian", "belarus"),
        ("Belarus", "belarus"),
        ("Turkey", "turkey"),
        ("Maxar", "maxar"),
    ]


def test_a_skeleton_shared_by_two_actors_links_to_neither() -> None:
    actors = [
        Actor(id="a", name="Lukashenka", kind=ActorKind.person),
        Actor(id="b", name="Lukashenko", kind=ActorKind.person),
    ]
    text = "Lukashenkou spoke."
    assert find_mentions(text, tokenize(text), ActorIndex(actors)) == []


def test_a_surname_after_another_given_name_is_not_the_known_person() -> None:
    # "Lukashenka" alone, or with a title, or after a function word, is the known person...
    assert _linked("President Lukashenka spoke.") == [("Lukashenka", "lukashenka")]
    assert _linked("Yesterday Lukashenka spoke.") == [("Lukashenka", "lukashenka")]
    assert _linked("Then Alyaksandr Lukashenka spoke.") == [("Alyaksandr Lukashenka", "lukashenka")]
    # ...but after a given name that is not his, it is someone else of that family name.
    assert _linked("Then Viktor Lukashenka spoke.") == []
    assert _linked("Agent Lukashenka spoke.") == []


def test_a_known_towns_short_alias_does_not_take_a_bigger_town_of_that_short_name() -> None:
    # the known Santa Maria da Feira is "Feira" for short; the tables also call Feira de Santana "Feira"
    known = [Actor(id="santa-maria-da-feira", name="Santa Maria da Feira", kind=ActorKind.place, aliases=["Feira"])]
    text = "A campanha passou por Feira de Santana, na Bahia, onde o candidato falou a milhares de eleitores."
    extraction = extract(text, None, known, set(), "t", language="pt")
    linked = {m.text: m.actor_id for m in extraction.mentions}
    assert linked.get("Feira de Santana") != "santa-maria-da-feira", linked
    assert "Feira de Santana" in {draft.name for draft in extraction.actors}, extraction.actors


def test_a_known_body_is_not_linked_inside_a_longer_remit() -> None:
    known = [Actor(id="department-of-agriculture", name="Department of Agriculture", kind=ActorKind.organization)]
    text = "Prices rose at the mart, the Department of Agriculture, Food and the Marine said on Friday."
    extraction = extract(text, None, known, set(), "t", language="en")
    assert "Department of Agriculture, Food and the Marine" in {draft.name for draft in extraction.actors}
    assert "department-of-agriculture" not in {m.actor_id for m in extraction.mentions}
    # the known name alone, a comma and a clause after it, is still the known body
    extraction = extract("The Department of Agriculture, which runs the scheme, said so.", None, known, set(), "t")
    assert {m.actor_id for m in extraction.mentions} == {"department-of-agriculture"}
