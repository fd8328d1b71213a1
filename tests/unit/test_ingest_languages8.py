"""Eighth round of invented German text: a state's or a large city's name in the genitive
("Hamburgs Bürgermeister", "Deutschlands größter Hafen") names the place (a state by its English
name); a common noun's genitive ("des Essens"), a name that ends in "s" already ("Paris") and
"des Reiches" do not give a stem."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2025, 3, 4)


def _actors(text: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang8", language="de")
    return {draft.name: draft.kind.value for draft in extraction.actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Bürgermeister sagte am Montag, Hamburgs Hafen wachse wieder.", {"Hamburg": "place"}),
        ("Am Dienstag besuchte sie die Hauptstadt Bayerns und sprach mit Landwirten.", {"Bayern": "place"}),
        ("Nach der Wahl ist Deutschlands größter Hafen wieder im Streik.", {"Germany": "state"}),
        ("Die Werft an der Küste Schleswig-Holsteins stellt 300 Leute ein.", {"Schleswig-Holstein": "place"}),
    ],
)
def test_a_place_in_the_genitive_is_read(text: str, expected: dict[str, str]) -> None:
    actors = _actors(text)
    for name, kind in expected.items():
        assert actors.get(name) == kind, actors


@pytest.mark.parametrize(
    "text",
    [
        # a common noun's genitive: "des Essens" is of the food, not of the town Essen
        "Nach dem Ende des Essens gingen alle Gäste nach Hause.",
        "Die Kosten eines Essens im Restaurant steigen seit Jahren.",
        # "des Deutschen Reiches": no "Reiche" or "Reich" read from it
        "Die Grenzen des Deutschen Reiches wurden 1871 gezogen.",
        # common words ending in "s" after a capital are no genitives of places
        "Rechts neben dem Eingang stand ein Wagen. Abends war es still.",
    ],
)
def test_a_common_genitive_gives_no_place(text: str) -> None:
    actors = _actors(text)
    assert not {"Essen", "Reich", "Reiche", "Rechts", "Recht", "Abend", "Abends"} & set(actors), actors


def test_a_name_ending_in_s_keeps_its_s() -> None:
    actors = _actors("Am Montag landete die Ministerin in Paris und reiste dann nach Athen weiter.")
    assert "Pari" not in actors
    assert actors.get("Paris") == "place", actors


def test_los_angeles_is_not_cut() -> None:
    actors = _actors("Der Konzern verlegt seinen Sitz nach Los Angeles, sagte der Chef.")
    assert "Angele" not in actors and "Los Angele" not in actors, actors
