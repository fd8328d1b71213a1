"""Fifteenth round of invented text: names joined by hyphens are read whole.
- a province or department named by hyphened parts ("Forlì-Cesena", "Seine-Saint-Denis") is one
  place, not the town its first part also names;
- Russian declines the first part of some hyphened names ("из Гвинеи-Бисау"): the whole state is
  read, not the state its first part names (Guinea);
- Russia's republics under their everyday short names, in Russian ("в Карачаево-Черкесии") and in
  English ("Kabardino-Balkaria said", "Chechnya's leader");
- a list goes on after a name joined by hyphens ("из Ростова-на-Дону, Краснодара и Ставрополя");
- a Russian town's own name in Cyrillic is that town, not a bigger town's old name ("Ставрополь" is
  Stavropol, not Tolyatti), while abroad the bigger town keeps a shared spelling ("Одесса");
- a town GeoNames names by its title ("Universitäts- und Hansestadt Greifswald") is read under its
  everyday name after a preposition of place;
- the UN's parts of Africa and Europe ("West Africa", "Западная Африка", "Nordeuropa") are places
  in every language CLDR names them in."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kinds

PUBLISHED = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "language", "expected", "absent"),
    [
        # a province joined by hyphens, whose parts are towns too
        ("La prefettura di Forlì-Cesena ha chiuso le scuole per la neve.", "it", {"Forlì-Cesena": "place"}, "Forlì"),
        ("Gli allevatori di Massa-Carrara chiedono nuovi pascoli.", "it", {"Massa-Carrara": "place"}, "Massa"),
        (
            "Le conseil départemental de la Seine-Saint-Denis a voté son budget mardi.",
            "fr",
            {"Seine-Saint-Denis": "place"},
            "Saint-Denis",
        ),
        ("Die Brücke bei Forlì-Cesena wird erneuert.", "de", {"Forlì-Cesena": "place"}, "Forlì"),
        # a hyphened state whose first part declines
        ("Партия орехов пришла из Гвинеи-Бисау в начале октября.", "ru", {"Guinea-Bissau": "state"}, "Guinea"),
        ("Засуха в Гвинее-Бисау подняла цены на орехи.", "ru", {"Guinea-Bissau": "state"}, "Guinea"),
        # Russia's republics under their short names
        ("Фермеры из Карачаево-Черкесии привезли сыр на ярмарку.", "ru", {"Карачаево-Черкесия": "place"}, "Черкесия"),
        ("Новую школу построили в Кабардино-Балкарии за год.", "ru", {"Кабардино-Балкария": "place"}, "Балкария"),
        ("Kabardino-Balkaria said on Tuesday that the pass was closed.", "en", {"Kabardino-Balkaria": "place"}, ""),
        ("Chechnya's leader opened a new mosque on Friday.", "en", {"Chechnya": "place"}, ""),
        ("Officials in Karachay-Cherkessia and Udmurtia denied the report.", "en", {"Udmurtia": "place"}, ""),
        # a town under the last word of its official title
        ("Die Mensa in Greifswald bleibt über die Feiertage geschlossen.", "de", {"Greifswald": "place"}, ""),
        ("Der Zug von Stralsund nach Greifswald fällt heute aus.", "de", {"Greifswald": "place"}, ""),
        # parts of continents, as CLDR names them
        ("Кооператив продаёт какао в Западной Африке.", "ru", {"Западная Африка": "place"}, "Африка"),
        ("Die Reederei fährt nach Nordafrika und Südeuropa.", "de", {"Nordafrika": "place", "Südeuropa": "place"}, ""),
        ("A cooperativa vende cacau na África Ocidental.", "pt", {"África Ocidental": "place"}, ""),
        ("Cocoa farmers in West Africa expect a smaller harvest.", "en", {"West Africa": "place"}, ""),
        # a list after a name joined by hyphens
        (
            "Покупатели едут из Ростова-на-Дону, Волгограда и Ставрополя.",
            "ru",
            {"Ростов-на-Дону": "place", "Волгоград": "place", "Ставрополь": "place"},
            "",
        ),
        (
            "Делегации прибыли из Кабардино-Балкарии, Адыгеи и Калмыкии.",
            "ru",
            {"Кабардино-Балкария": "place", "Адыгея": "place", "Калмыкия": "place"},
            "",
        ),
    ],
)
def test_reads_the_whole_name(text: str, language: str, expected: dict[str, str], absent: str) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    for name, kind in expected.items():
        assert actors.get(name) == kind, actors
    assert not absent or absent not in actors, actors


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a part of a hyphened province, written alone, is still the town
        ("Il treno da Forlì arriva a Cesena alle sette.", "it", {"Cesena": "place"}),
        # a town on a river declines its first part and keeps the rest, as before
        ("Туристы приехали из Ростова-на-Дону в понедельник.", "ru", {"Ростов-на-Дону": "place"}),
        # a state's first part in the nominative, alone, is still that state
        ("Гвинея закрыла границу с Мали.", "ru", {"Guinea": "state"}),
    ],
)
def test_keeps_the_other_readings(text: str, language: str, expected: dict[str, str]) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    for name, kind in expected.items():
        assert actors.get(name) == kind, actors


def _found_by(text: str, name: str) -> list[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang15", language="ru")
    return [draft.found_by for draft in extraction.actors if draft.name == name]


def test_a_russian_towns_own_name_is_that_town() -> None:
    # the analyst sees which town the gazetteer matched in the draft's "found by" note
    assert _found_by("Новый цех открыли в Ставрополе.", "Ставрополь") == ["gazetteer: Stavropol (other-language text)"]
    assert _found_by("Концерт прошёл в Одессе.", "Одесса") == ["gazetteer: Odesa (other-language text)"]
