"""Sixth round of invented text in German, Russian, Korean and Portuguese: a firm named with a state
in the genitive and a product line ending in a town's name give no place draft, while towns after
Portuguese "para" and "a" and Korean provinces written short with 도 (province) do."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2024, 6, 3)


def _actors(text: str, language: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang6", language=language)
    return {draft.name: draft.kind.value for draft in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a postal service and banks named with the state in the genitive, without quotes
        ("Почта России подняла цены на отправку писем.", "ru", {}),
        ("Клиенты жалуются, что Почтой России посылки идут месяц.", "ru", {}),
        ("Газпромбанк и Сбербанк России снизили ставки по вкладам.", "ru", {}),
        # a firm's name in Latin letters before the state it works in, in a Cyrillic text
        ("Руководитель Microsoft Россия покинул пост.", "ru", {}),
        ("Офіс Google Україна переїхав.", "uk", {}),
        # German firms: a bank's, a post's and a telephone company's noun before a state's name
        ("Die Bank Austria senkt die Gebühren.", "de", {}),
        ("Die Telekom Austria baut das Netz aus.", "de", {}),
        # a maker's name, a product line and a code name that is a town's name
        ("Der Hoster setzt auf Prozessoren vom Typ AMD Epyc Milan.", "de", {}),
        ("Das alte Rechenzentrum läuft noch mit AMD Opteron Barcelona.", "de", {}),
    ],
)
def test_names_of_firms_and_products_give_no_place(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the state's own government is still the state; so is a state listed after a firm's name
        # (the post's state gives nothing)
        ("Правительство России утвердило новый бюджет.", "ru", {"Russia": "state"}),
        ("Соглашение подписали Почта Казахстана и Россия.", "ru", {"Russia": "state"}),
        # a Latin acronym before a state, and the state in Cyrillic after a Latin name with a comma
        ("Санкции G7 Россия назвала незаконными.", "ru", {"Russia": "state"}),
        ("Об этом сообщил Reuters, Россия пока молчит.", "ru", {"Russia": "state"}),
        # the same nouns as common nouns, with a preposition before the place
        ("Der Brief kam per Post aus Österreich.", "de", {"Austria": "state"}),
        # a town after an ordinary preposition, in the English spelling, is still the town
        ("Die Ausstellung in Milan zog viele Besucher an.", "de", {"Milan": "place"}),
        # a body's name in capitals right before a town, with no product line between them
        ("Die Landeshauptstadt Düsseldorf lädt zum Fest.", "de", {"Düsseldorf": "place"}),
    ],
)
def test_states_and_towns_beside_such_names_stay(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "para" and "a" before a town: a smaller Portuguese town, a Brazilian state capital
        ("A equipa viajou para Faro na quinta-feira à noite.", {"Faro": "place"}),
        ("O governador chegou a Palmas para a reunião.", {"Palmas": "place"}),
        ("Em visita a Palmas, a ministra prometeu escolas.", {"Palmas": "place"}),
        # a frequent word after the same words is no town: Christmas, a victory, a surname
        ("As famílias vão para Natal com presentes.", {}),
        ("O treinador dedicou a Vitória aos adeptos.", {}),
        # "A" opening a sentence is the article: a firm named like the town
        ("A Palmas fechou o trimestre com lucro.", {}),
    ],
)
def test_portuguese_para_and_a_name_a_town(text: str, expected: dict[str, str]) -> None:
    assert _actors(text, "pt") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("경북도는 산불 피해 지원금을 늘리기로 했다.", {"경상북도": "place"}),
        ("충남도의회는 이날 조례안을 의결했다.", {"충청남도": "place"}),
        ("경남도청 앞에서 농민들이 집회를 열었다.", {"경상남도": "place"}),
        ("전북도와 전남도가 관광 협약을 맺었다.", {"전라북도": "place", "전라남도": "place"}),
        # the short name alone stays a club's (no 도 joined)
        ("전북 현대가 홈에서 승리했다.", {}),
    ],
)
def test_korean_province_short_name_with_do(text: str, expected: dict[str, str]) -> None:
    assert _actors(text, "ko") == expected
