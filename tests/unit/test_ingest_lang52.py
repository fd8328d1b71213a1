"""Round lang52: municipal housing, a local court, a club's finances, research, a bus crash and farming in
German, Russian, Portuguese and Korean (neuter towns in -ино, plural towns' genitives, where a ride heads
for, towns after residents).

Invented examples; the places are real but differ from the benchmark pages' own.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Инженеры приехали из Фрязина и Королёва.", {"Фрязино"}),
        ("Склад построили под Лыткарином.", {"Лыткарино"}),
        ("Автобусы пришли из Ступина.", {"Ступино"}),
    ],
)
def test_a_russian_neuter_town_in_ino_declined(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="ru")
    assert all(kinds.get(town) == "place" for town in towns), kinds


@pytest.mark.parametrize(
    "text",
    ["Он прочитал строки из Пушкина.", "Цитата из Гагарина висит в классе.", "Письмо от Ступина пришло."],
)
def test_a_famous_man_s_genitive_is_no_neuter_town(text: str) -> None:
    assert not any(name.endswith("ино") for name in draft_kinds(text, language="ru"))


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Приехали жители Химок и Люберец.", {"Химки", "Люберцы"}),
        ("Рабочие вернулись из Люберец.", {"Люберцы"}),
        ("Школьники приехали из Березников.", {"Березники"}),
        ("Туристы вернулись из Котельников и Петушков.", {"Котельники", "Петушки"}),
        ("Овощи везут из Южной Кореи и Березников.", {"Березники"}),
    ],
)
def test_a_russian_town_named_by_a_plural_in_its_genitive(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="ru")
    assert all(kinds.get(town) == "place" for town in towns), kinds


def test_a_surname_in_ov_outside_a_preposition_of_where_stays_unread() -> None:
    assert "Березники" not in draft_kinds("Речь Березников произнёс вчера.", language="ru")


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Приехали жители Лыткарина.", {"Лыткарино"}),
        ("На слушания пришли жители Рузы и Конакова.", {"Руза", "Конаково"}),
    ],
)
def test_a_russian_neuter_town_after_a_noun_of_residents(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="ru")
    assert all(kinds.get(town) == "place" for town in towns), kinds


def test_a_surname_after_a_mayor_stays_unread() -> None:
    assert draft_kinds("Слова мэра Иванова записали.", language="ru") == {}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Рейс на Кострому отменили из-за тумана.", {"Кострома"}),
        ("Фуры стояли до поворота на Вичугу.", {"Вичуга"}),
        ("Рейсы на Анапу и Геленджик задерживаются.", {"Анапа", "Геленджик"}),
    ],
)
def test_a_russian_town_a_ride_heads_for(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="ru")
    assert all(kinds.get(town) == "place" for town in towns), kinds


@pytest.mark.parametrize("text", ["Ставка на Сбербанк не сыграла.", "Давление на Путина растёт."])
def test_na_after_other_nouns_names_no_town(text: str) -> None:
    assert not any(kind == "place" for kind in draft_kinds(text, language="ru").values())
