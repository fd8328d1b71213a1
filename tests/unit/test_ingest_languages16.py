"""Sixteenth round of invented text: names GeoNames spells only with accents, and names with an
elided article joined by a hyphen.
- a town whose own GeoNames name has accents and no ASCII alternate spelling ("Ji Paraná" has only
  its airport code beside it) is read, written with or without its accents or with a hyphen;
- a hyphen joins an elided article to the rest of a name ("Côte-d'Or", "Кот-д’Ивуар"), in Russian
  and Ukrainian as in French, and the Russian name declines ("из Кот-д’Ивуара")."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.gazetteer import gazetteer
from tests.unit.ingest_helpers import draft_kinds

PUBLISHED = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # towns GeoNames names only with accents
        ("A cooperativa de Ji-Paraná exportou café para a Bélgica.", "pt", {"Ji-Paraná": "place"}),
        ("Os produtores de Ji Paraná colheram mais cedo este ano.", "pt", {"Ji Paraná": "place"}),
        ("Uma nova fábrica de sapatos abriu em Mossoró, e outra em Carapicuíba.", "pt", {"Mossoró": "place"}),
        ("Der Sportverein aus Eimsbüttel gewann am Sonntag das Derby.", "de", {"Eimsbüttel": "place"}),
        # an elided article joined by a hyphen
        ("Какао из Кот-д’Ивуара подорожало в ноябре.", "ru", {"Ivory Coast": "state"}),
        ("Урожай в Кот-д’Ивуаре оказался рекордным.", "ru", {"Ivory Coast": "state"}),
        ("Кот-д'Ивуар объявил о новых пошлинах на какао.", "ru", {"Ivory Coast": "state"}),
        ("Какао з Кот-д’Івуару подорожчало за тиждень.", "uk", {"Ivory Coast": "state"}),
        ("Les vignerons de la Côte-d'Or ont vendangé tôt cette année.", "fr", {"Côte-d'Or": "place"}),
        # Russian towns of two words
        ("Автобус до Минеральных Вод отменили из-за снега.", "ru", {"Минеральные Воды": "place"}),
        ("Туристы прилетели в Минеральные Воды рано утром.", "ru", {"Минеральные Воды": "place"}),
        ("Грузовики из Набережных Челнов пришли в понедельник.", "ru", {"Набережные Челны": "place"}),
        ("Паломники из Сергиева Посада прибыли к обеду.", "ru", {"Сергиев Посад": "place"}),
        ("Осенью в Сергиевом Посаде прошёл фестиваль колоколов.", "ru", {"Сергиев Посад": "place"}),
    ],
)
def test_a_name_with_accents_or_an_elided_article_is_read_whole(
    text: str, language: str, expected: dict[str, str]
) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    for name, kind in expected.items():
        assert actors.get(name) == kind, f"{name} in {text!r}: {actors}"


def test_every_town_named_with_accents_only_is_in_the_table() -> None:
    # "Ji Paraná", whose only other name is its airport's code, is in the table under its folded name.
    place = gazetteer().lookup(("ji", "parana"))
    assert place is not None and place.name == "Ji Paraná"


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # the parts of a hyphened name are not read alone
        ("Какао из Кот-д’Ивуара подорожало в ноябре.", "ru", "Кот"),
        # an elided article after a space is no part of the name before it
        ("Il sindaco di Roma d'Alessandro ha parlato ieri.", "it", "Roma d'Alessandro"),
        # mineral water, in lower case, is no town
        ("Минеральные воды этого курорта полезны для здоровья.", "ru", "Минеральные Воды"),
    ],
)
def test_the_parts_of_a_name_are_not_read_alone(text: str, language: str, absent: str) -> None:
    assert absent not in draft_kinds(text, language, PUBLISHED)
