"""Sources in Russian, Korean, Portuguese and German: what an analyst sees in the drafts of one
invented article (dates, quotes with their speakers, places), read with that language's rules."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.dates import find_dates
from dossier.ingest.extract import extract

PUBLISHED = dt.date(2024, 4, 20)


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang", language=language)
    return [(text[q.start : q.end], q.attributed_to) for q in extraction.quotes]


@pytest.mark.parametrize(
    ("sentence", "words", "edtf"),
    [
        ("삼성전자가 2024년 4월 5일 실적을 발표했다.", "2024년 4월 5일", "2024-04-05"),
        # Without a year, the day takes the publication's year.
        ("경찰은 3월 12일 조직원을 검거했다.", "3월 12일", "2024-03-12"),
        ("2023년 11월 수출이 늘었다.", "2023년 11월", "2023-11"),
        ("同社は2024年2月3日に発表した。", "2024年2月3日", "2024-02-03"),
    ],
)
def test_korean_and_cjk_dates_are_read_from_their_marks(sentence: str, words: str, edtf: str) -> None:
    found = find_dates(sentence, 0, PUBLISHED, "", "ko")
    assert [(m.text, m.edtf) for m in found] == [(words, edtf)]


def test_a_korean_month_that_does_not_exist_is_no_date() -> None:
    assert find_dates("제품 번호 13월 45일", 0, PUBLISHED, "", "ko") == []


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        # Korean: the quotation, a quoting ending, the verb; the speaker carries a topic ending.
        (
            '이창용 한국은행 총재는 기자간담회에서 "물가 상승률이 목표 수준으로 내려올 때까지 '
            '기조를 유지하겠다"고 밝혔다.',
            "ko",
            "물가 상승률이 목표 수준으로 내려올 때까지 기조를 유지하겠다",
            "이창용 한국은행 총재",
        ),
        (
            '회사 관계자는 "반도체 수요가 회복되면서 가격이 올랐다"고 말했다.',
            "ko",
            "반도체 수요가 회복되면서 가격이 올랐다",
            "회사 관계자",
        ),
        # Russian sets a dash after the quotation and its comma.
        (
            "«Мы сохраняем все социальные обязательства», — заявил Тарвелов журналистам.",
            "ru",
            "Мы сохраняем все социальные обязательства",
            "Тарвелов",
        ),
        # Portuguese: the name set off by commas before the verb is the speaker, not what follows "que".
        (
            "O presidente da câmara, Joaquim Tarvelas, disse que vai analisar o diploma com atenção.",
            "pt",
            "O presidente da câmara, Joaquim Tarvelas, disse que vai analisar o diploma com atenção.",
            "Joaquim Tarvelas",
        ),
        (
            "A advogada de um dos presos, Mariana Quelmar, declarou que o seu cliente é inocente.",
            "pt",
            "A advogada de um dos presos, Mariana Quelmar, declarou que o seu cliente é inocente.",
            "Mariana Quelmar",
        ),
    ],
)
def test_reported_speech_names_its_speaker(text: str, language: str, words: str, speaker: str) -> None:
    assert _quotes(text, language) == [(words, speaker)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Переговоры продолжатся в марте, добавила она.", "ru"),
        ('그는 "공급망 안정이 가장 중요하다"고 말했다.', "ko"),
        ("Ele disse que o plano custará caro.", "pt"),
    ],
)
def test_a_pronoun_alone_is_no_speaker(text: str, language: str) -> None:
    quotes = _quotes(text, language)
    assert len(quotes) == 1 and quotes[0][1] is None, quotes


def test_what_follows_que_is_never_the_speaker() -> None:
    # Before: the speaker was "que vai analisar o diploma" (the inverted "..., disse X" shape).
    quotes = _quotes("Segundo fontes do governo, disse que vai analisar o diploma.", "pt")
    assert all(q[1] is None or not q[1].startswith("que") for q in quotes), quotes


def test_korean_according_to_names_the_source() -> None:
    text = "경찰에 따르면 이들은 콜센터를 두고 피해자 150여 명으로부터 돈을 가로챈 혐의를 받고 있다."
    assert _quotes(text, "ko") == [(text, "경찰")]


def _actors(text: str, language: str) -> dict[str, tuple[str, list[str]]]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang", language=language)
    return {draft.name: (draft.kind.value, sorted(draft.aliases)) for draft in extraction.actors}


def test_german_lander_are_places_under_their_german_and_english_names() -> None:
    text = (
        "Der Landtag in Sachsen hat am Donnerstag ein neues Polizeigesetz beschlossen. Auch in Bayern "
        "und Nordrhein-Westfalen wird über ähnliche Regeln gestritten."
    )
    actors = _actors(text, "de")
    assert actors["Sachsen"] == ("place", ["Saxony"])
    assert actors["Bayern"] == ("place", ["Bavaria"])
    assert actors["Nordrhein-Westfalen"] == ("place", ["North Rhine-Westphalia"])


def test_saxony_in_english_is_a_place_not_a_person() -> None:
    actors = _actors("Police in Saxony arrested three men on Monday, officials said.", "en")
    assert actors.get("Saxony", ("?",))[0] == "place", actors


@pytest.mark.parametrize(
    "text",
    [
        # Regions named by a point of the compass or by an ordinary word of the language
        "Bei Aldi Nord und Aldi Süd steigen die Preise für Butter erneut deutlich an.",
        "Viele Marken haben die Preise erhöht, sagte die Verbraucherzentrale am Montag.",
        "Die Fahrt in den Westen dauerte über zehn Stunden, berichtete die Polizei.",
    ],
)
def test_a_word_that_names_some_region_somewhere_is_no_place(text: str) -> None:
    assert not any(kind == "place" for kind, _ in _actors(text, "de").values()), _actors(text, "de")
