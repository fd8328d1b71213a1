"""Twenty-third round of invented text: Polish and Ukrainian place names in their case forms.
- "w Warszawie", "z Sandomierza", "do Indii", "w Łodzi": Polish declines a place's name; the case
  ending is read back to the name the gazetteer knows, written with its own letters ("Kraków");
  declined given names and surnames ("z Tuskiem", "do Marii", "z Moniką") stay unread;
- "z Lubelszczyzny": a region named by its centre with -szczyzna is that voivodeship (Lubelskie);
- "до Харкова", "до Києва": Ukrainian writes "і"/"ї" in the nominative's closed last syllable;
  "у Кременчуці": к turns to ц before the locative's "і";
- "з Харківщини", "на Полтавщині": a region named by its centre with -щина is that oblast;
- "администрации Белово": a town after its administration's noun;
- "aus der Nähe von Öhringen", "z okolic Sandomierza": after a noun for nearness (German adds "von");
- "CAGLIARI –": a known town in capitals opening its dateline, though a club makes it a frequent word;
- "all'Aquila": the article elided onto a preposition is the town's own ("L'Aquila"), while
  "l'Aquila nera" on a coat of arms is a bird."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.ingest_helpers import draft_kinds

PUBLISHED = dt.date(2025, 10, 22)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Nowa piekarnia w Warszawie zatrudni 40 osób.", "pl", {"Warszawa": "place"}),
        (
            "Ciężarówki jechały z Sandomierza do Krakowa przez Kielce.",
            "pl",
            {"Sandomierz": "place", "Kraków": "place", "Kielce": "place"},
        ),
        ("Sprzedaż do Egiptu i Indii rośnie.", "pl", {"Egypt": "state", "India": "state"}),
        ("W Polsce i na Ukrainie spadł śnieg.", "pl", {"Poland": "state", "Ukraine": "state"}),
        ("Sklep otwarto w Łodzi, a drugi w Gdańsku.", "pl", {"Łódź": "place", "Gdańsk": "place"}),
        ("Turyści z Poznania nocowali w Sopocie.", "pl", {"Poznań": "place", "Sopot": "place"}),
        ("Зразки возили до Києва або до Харкова.", "uk", {"Київ": "place", "Харків": "place"}),
        ("Новий міст у Кременчуці відкриють навесні.", "uk", {"Кременчук": "place"}),
        (
            "Фермери з Харківщини і Сумщини везуть зерно.",
            "uk",
            {"Харківська область": "place", "Сумська область": "place"},
        ),
        ("На Полтавщині зібрали рекордний урожай.", "uk", {"Полтавська область": "place"}),
        ("Sadownicy z okolic Sandomierza zbierają mniej jabłek.", "pl", {"Sandomierz": "place"}),
        ("Sadownicy z Lubelszczyzny liczą straty po gradzie.", "pl", {"Lubelskie": "place"}),
        ("Расписание висит на сайте администрации Белово.", "ru", {"Белово": "place"}),
        ("Ein Imker aus der Nähe von Öhringen verkauft Honig.", "de", {"Öhringen": "place"}),
        ("CAGLIARI – Il porto chiude per due giorni.", "it", {"Cagliari": "place"}),
        ("I pastori vicino all'Aquila vendono il formaggio.", "it", {"L'Aquila": "place"}),
    ],
)
def test_a_place_is_read(text: str, language: str, expected: dict[str, str]) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    for name, kind in expected.items():
        assert actors.get(name) == kind, f"{name} in {text!r}: {actors}"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Premier spotkał się z Tuskiem, z Dudą i z Adamem Nowakiem.", "pl"),
        ("List do Marii i do Zofii wysłano wczoraj.", "pl"),
        ("Zakupy w Biedronce i w Lidlu są tańsze.", "pl"),
        ("Marek rozmawiał z Moniką i Agnieszką o pracy.", "pl"),
        ("Łodzie rybackie wróciły do portu.", "pl"),
        ("Виступ Петрова і Сидорова сподобався глядачам.", "uk"),
        ("Die Nähe von Bauer Hansen zum Dorf ist bekannt.", "de"),
        ("Z okolic Kowalskiego nic nie widać.", "pl"),
        ("Lo stemma mostra l'Aquila nera su fondo oro.", "it"),
    ],
)
def test_no_place_is_read(text: str, language: str) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    assert not actors, f"{text!r}: {actors}"
