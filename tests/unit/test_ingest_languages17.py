"""Seventeenth round of invented text: towns after more prepositions, towns in lists, named lakes.
- German "bei" (near) and "über" (by way of) before a town, as "in" and "aus" are; a town named by a
  frequent word ("Hof", "Essen") stays a word after them;
- a Russian feminine town's instrumental after "под"/"над" ("под Вичугой") ends as an adjective
  does, and is read back to the town; a surname's ("с Ивановой") is not;
- a Portuguese town named by a frequent word ("no Porto": a harbour) is the town when the list's
  item before it is a known place;
- a Korean province's short name listed with 과/와 beside another region ("충남과 경기도의");
- a Russian lake named by its adjective in -ск- before "озеро" ("на Чудском озере"), a German one
  by a compound in "-see" whose first part is no word ("am Ammersee"; a "Stausee" is a dam);
- a region named so in two countries that write the language is the bigger country's ("강원도")."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.gazetteer import fold, gazetteer
from tests.unit.ingest_helpers import draft_kinds

PUBLISHED = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # German "bei" and "über"
        ("Die Molkerei liegt bei Gera und beliefert Bäckereien im ganzen Land.", "de", {"Gera": "place"}),
        ("Der Lastwagen fährt über Würzburg nach Ulm.", "de", {"Würzburg": "place", "Ulm": "place"}),
        # Russian instrumental after "под"/"над"
        ("Дачи под Вичугой за год подешевели.", "ru", {"Вичуга": "place"}),
        ("Над Кинешмой снова летали дроны.", "ru", {"Кинешма": "place"}),
        ("Лесопилку построили под Сегежей в прошлом году.", "ru", {"Сегежа": "place"}),
        # a frequent word in a list of places
        ("A exposição segue em Coimbra e no Porto até março.", "pt", {"Coimbra": "place", "Porto": "place"}),
        ("Há mercados em Faro, Porto e Braga todos os sábados.", "pt", {"Porto": "place", "Braga": "place"}),
        # a Korean province's short name in a list of regions
        ("충남과 경기도의 농가가 이번 행사에 참여했다.", "ko", {"충청남도": "place", "경기도": "place"}),
        ("강원도와 충북에서 배추 수확이 시작됐다.", "ko", {"강원도": "place", "충청북도": "place"}),
        # Russian lakes
        ("Рыбаки вышли на лёд на Чудском озере.", "ru", {"Чудское озеро": "place"}),
        ("Берега Телецкого озера закрыли для туристов.", "ru", {"Телецкое озеро": "place"}),
        # German lakes: a compound in "-see" whose first part is no word
        ("Die Fähre am Ammersee fährt wieder.", "de", {"Ammersee": "place"}),
        ("Am Ufer des Chiemsees wurde ein Steg gebaut.", "de", {"Chiemsee": "place"}),
    ],
)
def test_a_place_after_a_new_cue_is_read(text: str, language: str, expected: dict[str, str]) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    for name, kind in expected.items():
        assert actors.get(name) == kind, f"{name} in {text!r}: {actors}"


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("Ein Gasthof bei Hof wurde verkauft.", "de", "Hof"),
        ("Sie sprachen lange über Essen und Trinken.", "de", "Essen"),
        ("Она поговорила с Ивановой и Петровой.", "ru", "Иванова"),
        ("Os barcos descansam no porto de Sines.", "pt", "Porto"),
        ("O avançado Vítor Porto marcou em Lisboa.", "pt", "Porto"),
        ("전북과 울산의 경기는 비겼다.", "ko", "전라북도"),
        ("Большое озеро рядом с домом замёрзло.", "ru", "Большое озеро"),
        ("Am Stausee und am Badesee war viel los.", "de", "Stausee"),
        ("Die Waren kamen aus Übersee.", "de", "Übersee"),
    ],
)
def test_a_word_like_a_place_stays_a_word(text: str, language: str, absent: str) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    assert absent not in actors, f"{absent} in {text!r}: {actors}"


def test_a_region_named_so_in_two_countries_of_one_language_is_the_bigger_ones() -> None:
    # "강원도" names a province in South and in North Korea; Korean news means the South's unless it says otherwise.
    place = gazetteer().local["ko"][fold("강원도")]
    assert place.country == "South Korea"
