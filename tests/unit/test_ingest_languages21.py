"""Twenty-first round of invented text: a place's name read from part of a longer name, courts and
offices named by their seat, a dateline of a two-word town, Russian lists with a hyphened town.
- "a Serra Catarinense", "no Jardim Europa", "в Ростове Великом", "die Sächsische Schweiz": a known
  place's name with a capitalised word of the same name next to it, which the tables do not hold
  whole, is no mention of that place; "em Porto Alegre" (known whole), "in Leipzig Wohnungen"
  (German nouns), "В Казани Минниханов" (a person after the place) and "la Regione Calabria" stay read;
- "am Landgericht Landshut", "die Staatsanwaltschaft Bamberg": the seat's town is a place;
- "Teófilo Otoni (MG) –": a two-word town opening its dateline, though its first word is a given name;
- "Поставки Кургана, Тюмени и Каменск-Уральского": a list's hyphened item does not stop the list;
- "ROSENHEIM. Der Stadtrat …": a town in capitals opening a line is its dateline ("ESSEN." is food);
- "인천광역시는": a metropolitan city's rank written with its name is no part of the name (인천);
- "тренер Самары", "матча Самары и Оренбурга": a town's genitive after a noun of sport is its club."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.ingest_helpers import draft_kinds

PUBLISHED = dt.date(2025, 12, 12)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A fábrica fica em Porto Alegre desde 1990.", "pt", {"Porto Alegre": "place"}),
        ("Os romeiros chegaram a Caxias do Sul Fernando e Paulo.", "pt", {"Caxias do Sul": "place"}),
        ("Der Konzern hat in Leipzig Wohnungen gekauft.", "de", {"Leipzig": "place"}),
        ("В Казани Минниханов провёл совещание.", "ru", {"Казань": "place"}),
        ("La Regione Calabria ha approvato il piano.", "it", {"Calabria": "place"}),
        ("Das Urteil fiel am Landgericht Landshut.", "de", {"Landshut": "place"}),
        ("Die Staatsanwaltschaft Bamberg ermittelt gegen den Wirt.", "de", {"Bamberg": "place"}),
        ("Teófilo Otoni (MG) – A chuva derrubou pontes na região.", "pt", {"Teófilo Otoni": "place"}),
        (
            "Поставки Кургана, Тюмени и Каменск-Уральского выросли.",
            "ru",
            {"Курган": "place", "Тюмень": "place", "Каменск-Уральский": "place"},
        ),
        ("Аптеки Ижевска, Сарапула и Гусь-Хрустального получили лекарства.", "ru", {"Ижевск": "place"}),
        ("인천광역시는 항만 예산을 늘렸다.", "ko", {"인천": "place"}),
        ("Мэр Самары открыл новый мост.", "ru", {"Самара": "place"}),
        ("대구광역시에서 섬유 박람회가 열렸다.", "ko", {"대구": "place"}),
        ("Neues aus der Region\nROSENHEIM. Der Stadtrat hat die Gebühren erhöht.", "de", {"Rosenheim": "place"}),
        ("Neues aus der Region\nSTRAUBING – Die Brauerei schließt im Frühjahr.", "de", {"Straubing": "place"}),
    ],
)
def test_a_place_is_read(text: str, language: str, expected: dict[str, str]) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    for name, kind in expected.items():
        assert actors.get(name) == kind, f"{name} in {text!r}: {actors}"


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("Os turistas lotaram a Serra Catarinense no inverno.", "pt", "Serra"),
        ("O governador Ricardo Tessaro visitou a Serra Catarinense com Júlia Baggio.", "pt", "Serra"),
        ("A loja nova abriu no Jardim Europa na semana passada.", "pt", "Europa"),
        ("Die Wanderer zogen durch die Sächsische Schweiz.", "de", "Switzerland"),
        ("Фестиваль прошёл в Ростове Великом.", "ru", "Ростов"),
        ("La ruta cruza la Sierra Morena hasta Córdoba.", "es", "Morena"),
        ("인천광역시는 항만 예산을 늘렸다.", "ko", "인천광역"),
        ("Тренер Самары подал в отставку после поражения.", "ru", "Самара"),
        ("Голы матча Самары и Оренбурга показали вечером.", "ru", "Оренбург"),
        ("Rezepte der Woche\nESSEN. Die Kantine kocht heute Linsen.", "de", "Essen"),
    ],
)
def test_part_of_a_longer_name_is_no_place(text: str, language: str, absent: str) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    assert absent not in actors, f"{absent} in {text!r}: {actors}"
