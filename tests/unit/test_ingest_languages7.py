"""Seventh round of invented text in Korean, Portuguese and Russian: a Korean album's or film's
title in quotes and a Portuguese club named with a capitalised article give no place draft, and a
Russian town read back from a case is named as Russian writes it ("Череповец", not "Череповёц") and
is read after "через" (via) and "порт" (the port of)."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2025, 3, 4)


def _actors(text: str, language: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang7", language=language)
    return {draft.name: draft.kind.value for draft in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a Korean album's and a film's title that opens with a town's name
        ("그룹의 새 앨범 '베를린 블루스'는 첫 주 30만 장이 팔렸다.", "ko", {}),
        ("영화 '도쿄의 밤'이 개봉 첫 주 관객 50만 명을 모았다.", "ko", {}),
        # a headline repeats the title without the noun; the article names the work
        ("'베를린 블루스' 음원 차트 1위\n새 앨범 '베를린 블루스'는 호평을 받았다.", "ko", {}),
        # a Portuguese club whose name is a feminine town's, after an article opening the sentence
        ("O Fortaleza abriu o placar aos 12 minutos.", "pt", {}),
        ("No Goiânia, o técnico foi demitido depois da derrota.", "pt", {}),
    ],
)
def test_titles_and_clubs_give_no_place(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a town in quotes after no noun for a work, and a town after a noun with a particle
        ('"서울은 안전하다"고 그는 말했다. 투어는 베를린에서 시작한다.', "ko", {"서울": "place", "베를린": "place"}),
        # the feminine article before a state or a town leaves the place
        ("A Bahia recebeu 2 milhões de turistas.", "pt", {"Bahia": "place"}),
        ("O presidente chegou a Fortaleza na segunda-feira.", "pt", {"Fortaleza": "place"}),
        # a fleeting vowel put back: "е" for most towns, "ё" where the town is spelt so (Oryol)
        ("Ремонт моста в Череповце продлится до осени.", "ru", {"Череповец": "place"}),
        ("Похожую схему раскрыли в Орле.", "ru", {"Орёл": "place"}),
        # Russian "через" (via) and "порт" (the port of) before a town
        ("Отгрузки через Новороссийск выросли.", "ru", {"Новороссийск": "place"}),
        ("Перевалка через порт Новороссийска упала.", "ru", {"Новороссийск": "place"}),
        # "через" before a surname, and "через" for time, give nothing
        ("Мы связались с ним через Иванова.", "ru", {}),
        ("Через неделю Мира не стало.", "ru", {}),
    ],
)
def test_places_stay(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected
