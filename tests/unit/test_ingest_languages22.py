"""Twenty-second round of invented text: Korean towns written bare before a site, goods made in a
state, Russian neuter towns whose every part declines.
- "구미 사업장", "포항 제철소": a town that is also a word, written bare before a noun for a works or
  a site, is the town; "진주 목걸이" (a pearl necklace) and "화성 탐사선" (a Mars probe) are not;
- "호주산 소고기" (beef made in Australia): a state's name with 산 joined names the state;
  "국산" (home-made) names none, and "한라산" the mountain, no state;
- "Усолья-Сибирского", "в Орехово-Зуеве": a neuter town whose parts all decline is read back to
  its name, in a list of towns too; "Римского-Корсакова" (a composer) stays unread."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.ingest_helpers import draft_kinds

PUBLISHED = dt.date(2025, 12, 13)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("회사는 구미 사업장 인력을 줄이기로 했다.", "ko", {"구미": "place"}),
        ("포항 제철소가 이틀 동안 멈췄다.", "ko", {"포항": "place"}),
        ("노조는 천안 공장에서 집회를 열었다.", "ko", {"천안": "place"}),
        ("마트에 호주산 소고기가 들어왔다.", "ko", {"Australia": "state"}),
        ("중국산 부품 비중이 늘었다.", "ko", {"China": "state"}),
        (
            "Поставки Иркутска, Ангарска и Усолья-Сибирского выросли вдвое.",
            "ru",
            {"Иркутск": "place", "Ангарск": "place", "Усолье-Сибирское": "place"},
        ),
        ("Завод в Орехово-Зуеве закрыли весной.", "ru", {"Орехово-Зуево": "place"}),
        ("Жители Орехово-Зуева вышли на митинг.", "ru", {"Орехово-Зуево": "place"}),
        ("В Усолье-Сибирском открыли новый цех.", "ru", {"Усолье-Сибирское": "place"}),
        # the mountain, no state made in "한라" (round lang77: Korea's national-park mountains are places)
        ("주말에 한라산에 눈이 내렸다.", "ko", {"한라산": "place"}),
    ],
)
def test_a_place_is_read(text: str, language: str, expected: dict[str, str]) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    for name, kind in expected.items():
        assert actors.get(name) == kind, f"{name} in {text!r}: {actors}"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("그는 진주 목걸이를 선물로 샀다.", "ko"),
        ("화성 탐사선이 무사히 착륙했다.", "ko"),
        ("국산 제품이 잘 팔렸다.", "ko"),
        ("Вечером прозвучал концерт Римского-Корсакова и Чайковского.", "ru"),
    ],
)
def test_no_place_is_read(text: str, language: str) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    assert not actors, f"{text!r}: {actors}"
