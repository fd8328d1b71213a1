"""Nineteenth round of invented text: Korean towns the tables spell only as maps read them aloud,
the self-governing provinces' new names, Russian towns in -ово/-ино after "в", Russian towns of a
noun and an adjective declined, German lakes named by a town's adjective, landscapes in "-gau".
- "김제", "고창": maps spell them Kimje, Koch'ang (McCune-Reischauer) and "익산" Iksan (the
  Revised Romanization said aloud), never letter by letter (igsan); with 시 or 군, or listed with
  another town, they are the town;
- "전북특별자치도", "강원특별자치도": the provinces' names since 2023/2024 are the provinces;
- "в Конакове", "в Иванове": a neuter town's locative after "в"; "о Петрове" stays a person;
- "из Гусь-Хрустального", "в Переславле-Залесском": both parts declined, read back whole;
- "am Starnberger See", "des Plöner Sees", "am Steinhuder Meer": a lake named by its town;
- "im Breisgau", "ins Allgäu": a landscape in "-gau"; "am Schweizer See", "im Gau" stay words;
- "em São José dos Campos e Taubaté", "in Bad Hersfeld und Fulda": a town listed after a known
  place's name of several words takes the list's preposition too;
- "aus St. Gallen": a town's name with its saint abbreviated is the town, though the tables
  hold that spelling as another ("Sankt Gallen"); "die Kirche St. Marien" stays a church."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.ingest_helpers import draft_kinds

PUBLISHED = dt.date(2025, 12, 4)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("김제시에서 지평선 축제가 열렸다.", "ko", {"김제": "place"}),
        ("고창군은 수박 출하를 시작했다고 밝혔다.", "ko", {"고창": "place"}),
        ("익산과 김제의 농민들이 모였다.", "ko", {"익산": "place", "김제": "place"}),
        ("전북특별자치도는 예산을 늘리겠다고 밝혔다.", "ko", {"전라북도": "place"}),
        ("강원특별자치도의회가 새 조례를 통과시켰다.", "ko", {"강원도": "place"}),
        ("Новый вокзал открыли в Конакове в пятницу.", "ru", {"Конаково": "place"}),
        ("Текстильная фабрика в Иванове наняла сто рабочих.", "ru", {"Иваново": "place"}),
        ("Автобус из Гусь-Хрустального пришёл с опозданием.", "ru", {"Гусь-Хрустальный": "place"}),
        ("Выставка в Переславле-Залесском открылась вчера.", "ru", {"Переславль-Залесский": "place"}),
        ("Die Fischer am Starnberger See klagen über wenig Fang.", "de", {"Starnberger See": "place"}),
        ("Der Wasserstand des Plöner Sees sinkt.", "de", {"Plöner See": "place"}),
        ("Eine neue Radroute führt am Steinhuder Meer entlang.", "de", {"Steinhuder Meer": "place"}),
        ("Die Winzer im Breisgau erwarten eine gute Ernte.", "de", {"Breisgau": "place"}),
        ("Viele Familien fahren im Sommer ins Allgäu.", "de", {"Allgäu": "place"}),
        ("A fábrica tem filiais em São José dos Campos e Taubaté.", "pt", {"Taubaté": "place"}),
        ("Os feirantes vieram de ônibus, moram em Ribeirão Preto e Franca.", "pt", {"Franca": "place"}),
        ("Die Spedition hat Lager in Bad Hersfeld und Fulda.", "de", {"Fulda": "place"}),
        ("Die Stickerei kam aus St. Gallen an den Rhein.", "de", {"St. Gallen": "place"}),
    ],
)
def test_a_place_after_a_new_cue_is_read(text: str, language: str, expected: dict[str, str]) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    for name, kind in expected.items():
        assert actors.get(name) == kind, f"{name} in {text!r}: {actors}"


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("정부군과 반군이 밤새 교전했다.", "ko", "정부"),
        ("특별자치도 출범 1년을 맞았다.", "ko", "특별자치도"),
        ("Мы долго говорили о Петрове и его семье.", "ru", "Петрово"),
        ("Am Schweizer See war es im Winter kalt.", "de", "Schweizer See"),
        ("Im Gau herrschte damals Ordnung.", "de", "Gau"),
        ("Am großen See stand ein Kiosk.", "de", "See"),
        ("Die Kirche St. Marien wird renoviert.", "de", "St. Marien"),
    ],
)
def test_a_word_like_a_place_stays_a_word(text: str, language: str, absent: str) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    assert absent not in actors, f"{absent} in {text!r}: {actors}"


def test_a_declined_hyphened_town_is_named_in_the_nominative() -> None:
    """The draft's name is the dictionary form, with its soft sign, not the stem that folds alike."""
    actors = draft_kinds("Фестиваль прошёл в Переславле-Залесском.", "ru", PUBLISHED)
    assert "Переславль-Залесский" in actors and "Переславл-Залесский" not in actors, actors
