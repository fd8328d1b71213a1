"""Eleventh round of invented text in Russian, German, Korean and Portuguese: the language's own
name of a city that is the city's English name cut short ("Белград", German "Belgrad") is the city;
"Odessa" is Odesa, the city of a million, not the Texan town of the same spelling; a state named in
the plural takes "n" after the German dative article ("aus den Niederlanden"); "im Raum Cottbus"
names the town; a Russian small town listed after another ("из Углича и Торжка") is a town too,
and so is a town named by a plural adjective and noun ("в Набережных Челнах");
and a Korean province's short name before a noun for an area ("경남 지역에") is the province."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid

PUBLISHED = dt.date(2025, 9, 23)


def _actors(text: str, language: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang11", language=language)
    return {draft.name: draft.kind.value for draft in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the language's own name of a city, its English name without the last letter
        ("Делегация прилетела из Белграда утром.", "ru", {"Белград": "place"}),
        ("Белград встретил участников дождём.", "ru", {"Белград": "place"}),
        ("Sie flog am Montag nach Belgrad.", "de", {"Belgrad": "place"}),
        # a state named in the plural, after the dative article
        ("Viele Pendler kommen aus den Niederlanden.", "de", {"Netherlands": "state"}),
        ("In den Wochen danach blieb es ruhig.", "de", {}),
        # the area around a town
        ("Die Polizei im Raum Cottbus sucht Zeugen.", "de", {"Cottbus": "place"}),
        # a Russian small town listed after another one after a preposition
        ("Гости из Углича и Торжка сыграли вничью.", "ru", {"Углич": "place", "Торжок": "place"}),
        # a town named by a plural adjective and noun, declined
        ("Завод в Набережных Челнах встал на ремонт.", "ru", {"Набережные Челны": "place"}),
        ("Вместе с Великими Луками в рейтинг вошёл Псков.", "ru", {"Великие Луки": "place"}),
        # a Korean province's short name before an area noun; alone it is also a football club
        ("태풍은 경남 지역에 큰 피해를 남겼다.", "ko", {"경상남도": "place"}),
        ("전북이 홈에서 이겼다.", "ko", {}),
    ],
)
def test_places_and_states_are_read_as_a_reader_would(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Одесса встретила яхтсменов штормом.", "ru"),
        ("Der Hafen von Odessa liegt am Schwarzen Meer.", "de"),
        ("O navio partiu de Odessa ontem.", "pt"),
        ("The port of Odessa was shelled overnight.", "en"),
    ],
)
def test_odessa_is_the_city_of_a_million_not_the_texan_town(text: str, language: str) -> None:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang11", language=language)
    (draft,) = extraction.actors
    assert "Odesa" in draft.found_by
    assert "United States" not in draft.found_by


def test_a_german_page_names_its_towns_and_the_netherlands_and_passes_check(tmp_path: Path) -> None:
    page = tmp_path / "pendler.html"
    page.write_text(
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Pendler an der Grenze</title></head>'
        "<body><nav><ul><li>Startseite</li><li>Region</li><li>Sport</li></ul></nav>"
        "<article><h1>Neue Buslinie für Pendler im Raum Cottbus</h1>"
        "<p>Cottbus, 4. September 2025. Ab Montag fährt ein Schnellbus von Cottbus nach Guben.</p>"
        "<p>Viele Fahrgäste kommen inzwischen aus den Niederlanden, sagte die Sprecherin Almut Terbrügge.</p>"
        "<p>Die Busse wurden in Belgrad gebaut und über Ungarn geliefert.</p>"
        "<p>In den Wochen danach soll eine zweite Linie nach Forst folgen.</p></article>"
        "<section class='comments'><p>Endlich!</p></section></body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    assert_valid(root)
    drafts = {actor.name: actor.kind.value for actor in load_workspace(root).actors.values()}
    assert drafts["Cottbus"] == "place"
    assert drafts["Netherlands"] == "state"
    assert (
        drafts["Belgrade"] == "place"
    )  # (the record shows the gazetteer's name, the page's spelling its alias: realmix3)
    assert drafts["Hungary"] == "state"
    assert "Wochen" not in drafts
    assert "Terbrügge" not in drafts
