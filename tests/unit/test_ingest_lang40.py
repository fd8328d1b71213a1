"""Places in Russian, Korean and Portuguese news that round 40's pages showed lost: a Russian
neuter town in the locative listed after another town that stands after "в" ("в Ярославле и
Кольчугине"); South Korean cities and counties the tables leave out ("함양군에서", "합천·산청"); and no
neuter town read in a surname after "о" ("о Ярославле и Петрове"), no county in two everyday words
listed ("영광과 음성"). Each case is an invented sentence; the drafts are what an analyst would
review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _places(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang40", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        # A Russian neuter town's locative ("-ине", "-ове") as a later item of a list after "в".
        ("Склады открыты в Ярославле и Кольчугине.", "ru", {"Ярославль", "Кольчугино"}),
        ("Склады открыты в Ярославле, Суздале и Кольчугине.", "ru", {"Суздаль", "Кольчугино"}),
        # A South Korean city or county the tables leave out, with its suffix, its province or a town listed with it.
        ("산불은 함양군에서 시작됐다.", "ko", {"함양"}),
        ("올해는 합천·산청 농가가 수출에 나섰다.", "ko", {"합천", "산청"}),
        ("경찰은 사천과 하동 일대를 수색했다.", "ko", {"사천", "하동"}),
    ],
)
def test_places_are_read(text: str, language: str, wanted: set[str]) -> None:
    assert wanted <= _places(text, language)


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        # After "о" (about) a list's locative in "-ове" is a surname's, not a neuter town's.
        ("Говорили о Ярославле и Петрове.", "ru", {"Петрово"}),
        # Two counties' names that are both everyday words, listed, are the words ("the voice and glory").
        ("그는 영광과 음성 파일을 모두 공개했다.", "ko", {"영광", "음성"}),
        ("노인들은 고령과 영양 부족으로 고생한다.", "ko", {"고령", "영양"}),
        # ...and one alone, with no cue, is a word ("공주": a princess).
        ("동화 속 공주는 성에 산다.", "ko", {"공주"}),
    ],
)
def test_no_place_is_read(text: str, language: str, unwanted: set[str]) -> None:
    assert not unwanted & _places(text, language)
