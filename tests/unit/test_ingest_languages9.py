"""Ninth round of invented text in German, Russian, Korean, French and Chinese: a Russian town or
state read back from its case takes the dictionary form people write ("в Китае" is China, not Kita
in Japan; "в Ярославле" is Ярославль); a firm's branch named after a state ("Lidl Schweiz") gives
no state; a hyphenated region in the genitive gives the region alone ("Sachsen-Anhalts");
a small German town after a preposition of place or in a dateline is the town, unless its name is
a frequent word ("aus Leer"); a Korean town joined to a facility with a particle of place
("대전역에서") is the town and is named without 시 ("구미시" -> 구미); a French palace after an
elided article is no town; a state's own name opens a sentence ("Österreich hat"), a route's start
follows "von ... nach", a Russian name in -ья is read from its accusative ("в Анталью"), a town
after "подмосковного" or Portuguese "na vizinha" is the town; Chinese text gives nothing rather
than a guess."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid

PUBLISHED = dt.date(2025, 3, 4)


def _actors(text: str, language: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang9", language=language)
    return {draft.name: draft.kind.value for draft in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Russian: the case read back to the form that is a word ("Кита" is a whale's genitive)
        ("Завод закупил станки в Китае.", "ru", {"China": "state"}),
        ("Форум прошёл в Ярославле.", "ru", {"Ярославль": "place"}),
        # German: a firm's branch named after a state; a common noun before the state keeps it
        ("Der Händler Lidl Schweiz senkt die Preise.", "de", {}),
        ("Die Tochter Vodafone Österreich wächst, sagte er in Zürich.", "de", {"Zürich": "place"}),
        ("Das Nachbarland Österreich hat reagiert.", "de", {"Austria": "state"}),
        # German: a hyphenated region in the genitive, not its first part as well
        ("Mecklenburg-Vorpommerns Küste ist lang.", "de", {"Mecklenburg-Vorpommern": "place"}),
        ("Die Landesregierung Sachsen-Anhalts tagte am Montag.", "de", {"Sachsen-Anhalt": "place"}),
        # German: small towns after a preposition of place, listed, or opening a dateline
        (
            "Das Werk in Sonneberg schließt. Züge nach Ilmenau fallen aus.",
            "de",
            {"Sonneberg": "place", "Ilmenau": "place"},
        ),
        ("Meiningen, 4. März 2025. Der Stadtrat tagte bis spät.", "de", {"Meiningen": "place"}),
        ("Die Strecke zwischen Meiningen und Erfurt ist gesperrt.", "de", {"Meiningen": "place", "Erfurt": "place"}),
        # German: a small town whose name is a very frequent word stays a word ("Kamen": came); a rarer one after a
        # bare preposition, where a noun would take its article, is the town ("aus Leer")
        ("Er kam aus Leer zurück. Sie wohnen in Kamen, sagte er.", "de", {"Leer": "place"}),
        # German: a small town's name that is a noun's plural ("Weiden": willows) stays the noun
        ("Die Körbe sind aus Weiden geflochten.", "de", {}),
        # Korean: a town joined to a facility, with a particle of place or an area noun after it
        ("그는 대전역에서 기차를 탔다.", "ko", {"대전": "place"}),
        ("대표단은 청주공항으로 향했다.", "ko", {"청주": "place"}),
        ("김해공항 인근 주민들이 소음을 호소했다.", "ko", {"김해": "place"}),
        # Korean: the facility as a thing of its own, and words that only end like a facility
        ("인천공항 면세점 매출이 늘었다.", "ko", {}),
        ("무역 사항과 해역 영역에서 변화가 있다.", "ko", {}),
        # Korean: a town named without 시
        ("경북 구미시 일대에서 축제가 열렸다.", "ko", {"경상북도": "place", "구미": "place"}),
        # Korean: a town the tables spell in Latin letters only, with 시 and a particle
        ("성남시에서 행사가 열렸다.", "ko", {"성남": "place"}),
        ("아산시와 천안시가 합의했다.", "ko", {"아산": "place", "천안": "place"}),
        ("도시에서 살았다. 시시한 이야기였다.", "ko", {}),
        # French: the palace after an elided article is no town (a district of Paris in GeoNames)
        ("Le président a reçu le chancelier à l'Élysée.", "fr", {}),
        # a state's own name in the language opens a sentence or a quote; a given name does not
        ("Österreich hat am Montag reagiert.", "de", {"Austria": "state"}),
        ("„Ungarn hat die Grenze geschlossen“, sagte der Sprecher.", "de", {"Hungary": "state"}),
        ("Maurice a dit non au projet.", "fr", {}),
        # German: a route from one town to another ("von ... nach"); "von" alone is no preposition
        (
            "„Wer von Sonneberg nach Ungarn will, muss dreimal umsteigen“, sagte sie.",
            "de",
            {"Sonneberg": "place", "Hungary": "state"},
        ),
        ("Ein Brief von Weimar an den Rat.", "de", {}),
        # Russian: the accusative of a name in -ья; a person's name in the instrumental stays a name
        ("Самолёт летел из Казани в Анталью.", "ru", {"Казань": "place", "Анталья": "place"}),
        ("Встреча с Натальей прошла хорошо.", "ru", {}),
        # Russian: the Moscow region's adjective before one of its towns; the surname stays a name
        ("Управление ведётся из подмосковного Королёва.", "ru", {"Королёв": "place"}),
        ("Книгу написал Сергей Королёв.", "ru", {}),
        # Portuguese: "na vizinha" (in the neighbouring town); a neighbour's given name is no town
        ("Na vizinha Taubaté, os casos dobraram.", "pt", {"Taubaté": "place"}),
        ("A vizinha Maria disse que não viu nada.", "pt", {}),
        # Chinese: the words cut by their frequencies name two cities and a state (unspaced_places)
        (
            "记者从杭州获悉，义乌小商品出口增长，对俄罗斯出口增幅最大。",
            "zh",
            {"杭州": "place", "义乌": "place", "Russia": "state"},
        ),
    ],
)
def test_places_and_states_are_read_as_a_reader_would(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected


def test_a_page_of_small_towns_and_branches_gives_its_places_and_passes_check(tmp_path: Path) -> None:
    page = tmp_path / "klinik.html"
    page.write_text(
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Geburtsstation schließt</title></head>'
        "<body><article><h1>Geburtsstation in Sonneberg schließt</h1>"
        "<p>Sonneberg, 4. März 2025. Das Kreiskrankenhaus in Sonneberg schließt seine Geburtsstation.</p>"
        "<p>Schwangere müssen künftig nach Ilmenau oder nach Coburg fahren.</p>"
        "<p>Der Betreiber Vodafone Österreich liefert die Funktechnik der neuen Notrufzentrale.</p>"
        "<p>Mecklenburg-Vorpommerns Gesundheitsministerin kündigte eine ähnliche Reform an.</p>"
        "<p>Viele Hebammen pendeln inzwischen aus Thüringen nach Bayern.</p></article></body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    assert_valid(root)
    drafts = {actor.name: actor.kind.value for actor in load_workspace(root).actors.values()}
    assert drafts["Sonneberg"] == "place"
    assert drafts["Ilmenau"] == "place"
    assert (
        drafts["Mecklenburg-Western Pomerania"] == "place"
    )  # (the record shows the gazetteer's name, the page's spelling its alias: realmix3)
    assert "Austria" not in drafts
    assert "Mecklenburg" not in drafts
