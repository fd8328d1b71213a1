"""Twentieth round of invented text: Russian towns listed in the genitive after a common noun,
Portuguese "até" before a town, German landscapes in "-land" the tables do not hold.
- "Рынки Калуги, Тулы и Рязани": a list of known towns' genitives after a common noun are the
  towns; a list of people ("речь Владимира и Петра", "стихи Пушкина и Чехова") is not, nor is a
  given name with its surname ("Владимира Путина");
- "у Плещеева озера": a lake named by a possessive adjective, capitalised, is the lake;
- "a estrada até Dourados": as far as the town; "o porto de Vitória": the town's port, though
  "vitória" is a frequent word; "de Manhuaçu e Caratinga": the list's later town takes the "of"
  its first town follows ("o gol de Machado e Caratinga" names a player first: nothing);
- "nach Nordfriesland", "im Wendland": a compound in "-land" whose first part is no word of the
  language; "im Nachbarland", "in Bauland", "ins Ausland" stay common nouns."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.ingest_helpers import draft_kinds

PUBLISHED = dt.date(2025, 12, 11)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Рынки Калуги, Тулы и Рязани закупили картофель.",
            "ru",
            {"Калуга": "place", "Тула": "place", "Рязань": "place"},
        ),
        ("Автобусы Коломны и Серпухова вышли на линию.", "ru", {"Коломна": "place", "Серпухов": "place"}),
        ("Сеть закрыла склады Владимира, Мурома и Коврова.", "ru", {"Владимир": "place", "Муром": "place"}),
        ("Летом у Плещеева озера не хватает парковок.", "ru", {"Плещеево озеро": "place"}),
        ("O governo prometeu asfaltar a estrada até Dourados.", "pt", {"Dourados": "place"}),
        ("Os romeiros caminharam até Juazeiro do Norte.", "pt", {"Juazeiro do Norte": "place"}),
        ("Os navios esperam no porto de Vitória há dias.", "pt", {"Vitória": "place"}),
        ("Os cafeicultores de Manhuaçu e Caratinga exportam mais.", "pt", {"Caratinga": "place"}),
        ("Die Radtour führt nach Nordfriesland.", "de", {"Nordfriesland": "place"}),
        ("Im Wendland wächst viel Spargel.", "de", {"Wendland": "place"}),
    ],
)
def test_a_place_after_a_new_cue_is_read(text: str, language: str, expected: dict[str, str]) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    for name, kind in expected.items():
        assert actors.get(name) == kind, f"{name} in {text!r}: {actors}"


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("Пресса обсуждала речь Владимира и Александра на съезде.", "ru", "Владимир"),
        ("Стихи Пушкина, Чехова и Королёва читали вслух.", "ru", "Чехов"),
        ("Фильм показали зрителям Владимира Путина и Мурома.", "ru", "Владимир"),
        ("Сергей Иванов озеро любит с детства.", "ru", "Иванов"),
        ("O gol de Machado e Caratinga saiu no fim.", "pt", "Caratinga"),
        ("O porto de pesca está cheio de barcos.", "pt", "Pesca"),
        ("Die Stadt hat Wiesen in Bauland umgewidmet.", "de", "Bauland"),
        ("Im Nachbarland wird gewählt.", "de", "Nachbarland"),
        ("Das Geld floss ins Ausland.", "de", "Ausland"),
        ("Er reiste im Urlaubsland herum.", "de", "Urlaubsland"),
        ("Wir kauften im Kaufland ein.", "de", "Kaufland"),
    ],
)
def test_a_word_like_a_place_stays_a_word(text: str, language: str, absent: str) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    assert absent not in actors, f"{absent} in {text!r}: {actors}"
