"""Tenth round of invented text in Russian, Ukrainian, German, Portuguese, Polish and Korean: a
frequent word of the language that opens a sentence and happens to spell a foreign state or town
("Того, кто…": Togo; "Virar à direita": a town in India; "Kota": one too) gives a draft only when
the page names that place elsewhere as well; the language's own places and those of the countries
its news is written in need no such company ("Россия ответила", "Казахстан закрыл"). A declined
Russian word is read back only to a form Russian can spell ("Гавани" is a harbour's, not Havana's;
"Делам" no form of Дели), and a nominative keeps its own spelling ("София", not "Софий"). The
continents in each language's words ("Europas", "из Европы", "유럽에서"), a large city's short name
in the language after a bare preposition ("nach Rom"), a Russian small town after a preposition
("из Углича", unless its name is a word, a surname or an adjective), "над" as a preposition of
place, and a Korean town before a new town's name ("인천 검단신도시") are places."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid

PUBLISHED = dt.date(2025, 6, 11)


def _actors(text: str, language: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang10", language=language)
    return {draft.name: draft.kind.value for draft in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a frequent word opening a sentence, alone on the page: no state, no foreign town
        ("Того, кто опоздал на паром, в зал не пустили.", "ru", {}),
        ("Самое трудное позади, сказал тренер Лыков.", "ru", {}),
        ("Уши у зайца длинные, а хвост короткий.", "ru", {}),
        ("Мали рацію ті, хто чекав на весну.", "uk", {}),
        ("Аби встигнути на потяг, ми вийшли рано.", "uk", {}),
        ("Virar à direita na rotunda é proibido.", "pt", {}),
        ("Kota nie było w domu przez trzy dni.", "pl", {}),
        # a state named by a word several languages share ("reunião", "riunione": a meeting)
        ("Reunião entre os sindicatos terminou sem acordo.", "pt", {}),
        # a continent needs no company: it is named in every language
        ("Europa hat gewählt.", "de", {"Europa": "place"}),
        # the same word with company: the page names the state as a name too
        (
            "Того, кто опоздал, не пустили. Делегация Того прибыла на форум вчера.",
            "ru",
            {"Togo": "state"},
        ),
        # the language's own states and those of the countries its news is written in stand alone
        ("Россия ответила на ноту в тот же день.", "ru", {"Russia": "state"}),
        ("Казахстан закрыл границу для грузовиков.", "ru", {"Kazakhstan": "state"}),
        ("Polen hat am Sonntag gewählt.", "de", {"Poland": "state"}),
        ("Angola venceu o torneio de basquetebol.", "pt", {"Angola": "state"}),
        # a foreign town named by a rare word of the language, at a sentence's start, with its own spelling
        ("София встречает гостей фестиваля.", "ru", {"София": "place"}),
        # Russian forms the language can spell, and towns that do not decline
        ("Гавани замёрзли, и суда стоят у причалов.", "ru", {}),
        ("Делам конца нет, сказала Вера Лыкова.", "ru", {}),
        ("Линии метро закрыли на ремонт.", "ru", {}),
        ("Мы прилетели в Гавану. В Гаване жарко.", "ru", {"Гавана": "place"}),
        ("Он учится в Нидерландах второй год.", "ru", {"Netherlands": "state"}),
        ("Делегация побывала в Боснии.", "ru", {"Bosnia and Herzegovina": "state"}),
        # continents in the language's own words
        ("Die Wirtschaft Europas wächst langsamer als erwartet.", "de", {"Europa": "place"}),
        ("Туристы из Европы вернулись на курорт.", "ru", {"Европа": "place"}),
        ("유럽에서 온 관광객이 크게 늘었다.", "ko", {"유럽": "place"}),
        # a large city's short name after a bare preposition; no airport code
        ("Der Knabenchor reiste im Mai nach Rom.", "de", {"Rom": "place"}),
        ("Sie fliegt morgen nach Bak und zurück.", "de", {}),
        # Russian: "над" is a preposition of place; small towns after a preposition
        ("Вертолёт кружил над Курганом всю ночь.", "ru", {"Курган": "place"}),
        ("Паломники приехали из Углича на автобусе.", "ru", {"Углич": "place"}),
        ("Фабрика в Торжке наняла сорок швей.", "ru", {"Торжок": "place"}),
        # ...unless the town's name is a word, a surname or an adjective
        ("Он вырос в Светлом доме у реки.", "ru", {}),
        ("В отчёте об Александрове нет ошибок.", "ru", {}),
        # Korean: a town opening a quote before a new town's name
        ('"인천 검단신도시 입주가 시작됐다"고 조합장이 밝혔다.', "ko", {"인천": "place"}),
    ],
)
def test_places_and_states_are_read_as_a_reader_would(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected


def test_a_russian_page_with_sentence_opening_words_gives_only_its_places_and_passes_check(tmp_path: Path) -> None:
    page = tmp_path / "parom.html"
    page.write_text(
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Паром через Волгу</title></head>'
        "<body><article><h1>Паром из Углича пойдёт по расписанию</h1>"
        "<p>Того, кто опоздал на первый рейс, перевозчик обещает взять бесплатно.</p>"
        "<p>Самое главное, по словам капитана Лыкова, это погода над Угличем.</p>"
        "<p>Уши закладывает от гудка, шутят пассажиры из Торжка.</p>"
        "<p>Летом паром возил туристов из Европы и из Казани.</p></article></body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    assert_valid(root)
    drafts = {actor.name: actor.kind.value for actor in load_workspace(root).actors.values()}
    assert (
        drafts["Uglich"] == "place"
    )  # (the record shows the gazetteer's name, the page's spelling its alias: realmix3)
    assert drafts["Torzhok"] == "place"
    assert drafts["Kazan"] == "place"
    assert drafts["Europe"] == "place"
    assert "Togo" not in drafts
    assert "Samoa" not in drafts
    assert not {name for name in drafts if name.startswith("Уш")}
