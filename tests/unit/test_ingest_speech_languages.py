"""Reported speech in sources that are not in English: each case is a sentence an analyst would
file as a quote, with who said it as the source words it. Every sentence is invented."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract


def _quotes(text: str, language: str) -> list[tuple[str, str | None, str]]:
    extraction = extract(text, None, [], set(), "test-speech", language=language)
    return [(text[q.start : q.end], q.attributed_to, q.stance.value) for q in extraction.quotes]


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker", "stance"),
    [
        # The quotation alone is the quote; the speaker follows the verb, without the time and place.
        (
            "„Wir schließen die Brücke über die Tarvel“, sagte der Bürgermeister am Montag in Quellmoor.",
            "de",
            "Wir schließen die Brücke über die Tarvel",
            "der Bürgermeister",
            "asserts",
        ),
        # A time first, then the verb, then the subject.
        (
            "Am Dienstag erklärte die Regierung in Quellmoor, die Preise würden sinken.",
            "de",
            "Am Dienstag erklärte die Regierung in Quellmoor, die Preise würden sinken.",
            "die Regierung",
            "asserts",
        ),
        # "laut X": the source reports what X says; X ends before the verb after its noun.
        (
            "Laut dem Amt für Statistik stiegen die Mieten in Quellmoor um drei Prozent.",
            "de",
            "Laut dem Amt für Statistik stiegen die Mieten in Quellmoor um drei Prozent.",
            "dem Amt für Statistik",
            "reports",
        ),
        ("Der Sprecher bestritt, dass Truppen verlegt wurden.", "de", None, "Der Sprecher", "denies"),
        (
            "« Nous ne céderons pas sur ce point », a déclaré le maire à Quellmoor.",
            "fr",
            "Nous ne céderons pas sur ce point",
            "le maire",
            "asserts",
        ),
        ("Selon le ministère, les renforts arriveront jeudi.", "fr", None, "le ministère", "reports"),
        ("El ministro dijo que la ayuda llegará el lunes.", "es", None, "El ministro", "asserts"),
        ("O governador afirmou que a ponte será reaberta.", "pt", None, "O governador", "asserts"),
        ("Губернатор заявил, что мост откроют в пятницу.", "ru", None, "Губернатор", "asserts"),
    ],
)
def test_reported_speech_in_another_language_is_a_quote_with_its_speaker(
    text: str, language: str, words: str | None, speaker: str, stance: str
) -> None:
    quotes = _quotes(text, language)
    assert len(quotes) == 1, quotes
    quoted, attributed, found_stance = quotes[0]
    assert quoted == (words or text)
    assert (attributed, found_stance) == (speaker, stance)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das ist so gut, dass wir es behalten.", "de"),
        ("Die Brücke über die Tarvel wurde im Jahr 1903 gebaut.", "de"),
        ("Le pont a été construit en 1903 au-dessus de la rivière.", "fr"),
        ("El puente fue construido en 1903.", "es"),
    ],
)
def test_a_sentence_that_reports_no_speech_gives_no_quote(text: str, language: str) -> None:
    assert _quotes(text, language) == []


def test_a_language_without_speech_rules_gets_no_guessed_quotes() -> None:
    # Turkish has no row yet: better no quote than a quote with a made-up speaker.
    assert _quotes("Bakan, köprünün pazartesi açılacağını söyledi.", "tr") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # German puts the verb second: a word before it that is not the subject leaves the subject after.
        ("Dann erklärt die Ärztin, dass die Werte sinken.", "die Ärztin"),
        ("Sinngemäß sagt Quistel: Die Werte sinken.", "Quistel"),
        # ...but a name before the verb, and a comma right after it, keep the name.
        ("Quistel sagt, er habe nichts Derartiges gesagt.", "Quistel"),
        # A pronoun alone names no one: with no person named before, the quote has no speaker.
        ("Er sagt, der Bericht sei falsch.", None),
    ],
)
def test_german_verb_second_finds_the_subject_on_the_right_side(text: str, speaker: str | None) -> None:
    quotes = _quotes(text, "de")
    assert [q[1] for q in quotes] == [speaker], quotes


def test_a_german_subject_after_the_verb_starts_past_adverbs_and_years() -> None:
    quotes = _quotes("Dies erklärte bereits 2017 der damalige Kassenwart des Vereins.", "de")
    assert [q[1] for q in quotes] == ["der damalige Kassenwart des Vereins"], quotes
