"""German reported speech: the speaker of "sagt er nervös" is the pronoun, "man" is no one, a passive ("wird
betont", "erklärt wurde") has no speaker, a sentence may open with a preposition before its verb ("Für ihre
Fans schreibt X"), and a relative clause after the subject is not the subject.

Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract


def _speakers(text: str) -> list[str | None]:
    extraction = extract(text, dt.date(2024, 3, 1), [], set(), "sprecher", language="de")
    return [quote.attributed_to for quote in extraction.quotes]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a pronoun after the verb, then an adverb: the pronoun (no person named before: no speaker)
        ("Dazu sei er nicht befugt, sagt er leise.", [None]),
        # "man": one says, no one speaks
        ("Die Grippe ist so mild, dass man sagt, das sei nichts.", []),
        # a passive names no speaker
        ("Für die Mitglieder gibt es Rabatte, wird in der Mitteilung betont.", []),
        ("Es ist eine Schlappe für das Amt, dessen Leitfaden für ungültig erklärt wurde.", []),
        # a preposition opens the sentence: the subject follows the verb
        ("Für ihre Leser schreibt Hanna Velde auch über ihre Reisen.", ["Hanna Velde"]),
        # a relative clause between the subject and the verb
        ("Die Ministerin, die gestern vereidigt wurde, sagte, sie sei dankbar.", ["Die Ministerin"]),
        ("Die Reederei, deren Chef zurücktrat, erklärte, sie wachse weiter.", ["Die Reederei"]),
    ],
)
def test_german_speakers(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Der Sprecher des Bundesamts für Statistik sagte, die Preise stiegen.",
            ["Der Sprecher des Bundesamts für Statistik"],
        ),
        ("Am Montag sagte der Minister, die Lage sei ernst.", ["der Minister"]),
        ("„Wir sind bereit“, sagte Bürgermeisterin Anna Lindqvist am Montag.", ["Bürgermeisterin Anna Lindqvist"]),
    ],
)
def test_german_speakers_read_as_before(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
