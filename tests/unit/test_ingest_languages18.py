"""Eighteenth round of invented text: the last Korean provinces' short names, German lakes whose
first part is a word.
- "강원" and "제주" shorten provinces as "경북" does: before a town ("강원 원주시") or listed with
  another region ("강원과 경북의") they are the province; alone they stay words or clubs;
- "am Bodensee": a compound in "-see" whose first part is a word ("Boden") names a lake after
  "am", "vom" or "den" when the sentence speaks of a lake (a shore, a ferry, sailors); a kind of
  lake ("Baggersee", "Bergsee") or a sentence with no lake in it stays a word."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.ingest_helpers import draft_kinds

PUBLISHED = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("강원 원주시에서 한지 축제가 열렸다.", "ko", {"강원도": "place"}),
        ("제주 서귀포시의 감귤 농가가 수확을 시작했다.", "ko", {"제주도": "place"}),
        ("강원과 경북의 산불 피해가 컸다.", "ko", {"강원도": "place", "경상북도": "place"}),
        ("제주와 전남에서 태풍 피해가 났다.", "ko", {"제주도": "place", "전라남도": "place"}),
        ("Die Fähre am Bodensee fährt ab Mai wieder.", "de", {"Bodensee": "place"}),
        ("Am Ufer vom Bodensee stehen neue Bänke.", "de", {"Bodensee": "place"}),
        ("Die Segler kommen jedes Jahr an den Mondsee.", "de", {"Mondsee": "place"}),
    ],
)
def test_a_place_after_a_new_cue_is_read(text: str, language: str, expected: dict[str, str]) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    for name, kind in expected.items():
        assert actors.get(name) == kind, f"{name} in {text!r}: {actors}"


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("제주 여행이 올해도 인기다.", "ko", "제주도"),
        ("강원 FC가 홈에서 이겼다.", "ko", "강원도"),
        ("Am Baggersee gibt es einen Strand.", "de", "Baggersee"),
        ("Am Bergsee wurde eine Hütte gebaut, mit Blick aufs Ufer.", "de", "Bergsee"),
        ("Am Waldsee liegt ein Boot am Ufer.", "de", "Waldsee"),
        ("Im Hafen stand ein Stausee-Modell neben dem Tiefsee-Roboter.", "de", "Tiefsee"),
    ],
)
def test_a_word_like_a_place_stays_a_word(text: str, language: str, absent: str) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    assert absent not in actors, f"{absent} in {text!r}: {actors}"
