"""Round lang59: invented news in German, Russian, Korean, Portuguese, Japanese, Czech and Swedish.

A regional paper's dateline in capitals before a full stop and the story's first sentence is its town,
though the name is also a word ("MÜNSTER. Sie war ..."); readers' comments a page marks in its own
language ("kommentare", "comentarios", "diskuse") are no part of the article; Korean names a town
joined to 발 before a conveyance ("삿포로발 항공편": flights from Sapporo), a town paired with a town of
the same state ("중국 베이징과 톈진에도"), the first of three towns listed ("강릉과 동해, 삼척 등") and
a town before an old or new site ("목포의 옛 조선소");
Germany's historic lands ("nach Westfalen", "in Ostpreußen") and a German name of a city of 200,000
("nach Kaschau"); a Russian resort after its state ("в Хорватии, в Задаре"); "natural de" before a person's
birthplace; Macau is the state GeoNames spells Macao; Japanese names a town of some size without 市 before a
particle of place ("倉敷から").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid, draft_kinds

PUBLISHED = dt.date(2026, 12, 5)


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: kind.value for name, kind in draft_kinds(text, language, PUBLISHED).items()}


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # a dateline in capitals, a full stop and the first sentence on the same line
        ("MÜNSTER. Die Stadtwerke erhöhen zum Januar die Preise für Fernwärme.", "de", "Münster", "place"),
        ("HALLE. Der Zoo bekommt zwei neue Elefanten aus Dresden.", "de", "Halle", "place"),
        # Korean: a town joined to 발 (from) before a conveyance
        ("폭설로 오사카발 항공편이 모두 결항했다.", "ko", "오사카", "place"),
        ("부산발 열차가 한 시간 늦게 도착했다.", "ko", "부산", "place"),
        # a town paired with a town of the same state, the pair closed by a particle of place
        ("중국 상하이와 톈진에서 박람회가 열렸다.", "ko", "톈진", "place"),
        # the first of three towns listed with 과 and commas
        ("강릉과 동해, 삼척에는 눈이 많이 내렸다.", "ko", "강릉", "place"),
        # Russian: a resort named after its state, the preposition said again
        ("Фестиваль прошёл в Хорватии, в Задаре.", "ru", "Задар", "place"),
        ("Отдых в Греции, в Ханье, подорожал.", "ru", "Ханья", "place"),
        # a town's site with "old" or "new" before its noun
        ("회사는 포항의 새 공장을 내년에 짓는다.", "ko", "포항", "place"),
        # a town that is its whole state, under the state's other spelling, is the state
        ("A empresa abriu um escritório em Macau no ano passado.", "pt", "Macau", "state"),
        ("Der Konzern eröffnet ein Büro in Macau.", "de", "Macau", "state"),
        # a historic German land named alone
        ("Nach dem Krieg zog die Familie nach Westfalen.", "de", "Westfalen", "place"),
        # a neighbour's old name of a city of 200,000 after a preposition
        ("Der Nachtzug fährt künftig wieder nach Kaschau.", "de", "Kaschau", "place"),
        # "natural de": where a person was born, though the sentence opens with it
        ("Natural de Sobral, o poeta chegou a Fortaleza em 1956.", "pt", "Sobral", "place"),
        # Japanese: a home town before a particle of place, without 市
        ("出張で倉敷から岡山へ向かった。", "ja", "倉敷", "place"),
        ("来月、高松で会議が開かれる。", "ja", "高松", "place"),
    ],
)
def test_a_town_a_reader_sees(text: str, language: str, name: str, kind: str) -> None:
    actors = _kinds(text, language)
    assert actors.get(name) == kind, actors


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # a very frequent word as a heading before a sentence is still the word
        ("Rezepte der Woche\nESSEN. Heute gibt es Linsen mit Spätzle.", "de", "Essen"),
        # the dateline's word written in lower case elsewhere is a word
        ("HALLE. Die neue halle ist fertig.", "de", "Halle"),
        # a town's name that is an everyday word, paired with a town, is the word ("solidarity")
        ("베이징과 연대를 강화했다.", "ko", "연대"),
        ("출발 시간이 바뀌었다.", "ko", "출"),
        # a town of another state than the one before it is not read so
        ("Команда сыграет в Турции, в Ладе.", "ru", "Лада"),
        # a Japanese town's name that is a frequent family name is read only with 市
        ("松本に電話した。", "ja", "松本"),
        # a town one letter apart from its state elsewhere than at the end is the town
        ("O voo chegou a Tainan ontem.", "pt", "Taiwan"),
    ],
)
def test_a_word_stays_a_word(text: str, language: str, absent: str) -> None:
    actors = _kinds(text, language)
    assert absent not in actors, actors


@pytest.mark.parametrize(
    ("section", "reader"),
    [
        ('<section class="kommentare"><p><b>Gast:</b> Ich fahre lieber über Minden.</p></section>', "Minden"),
        ('<div class="comentarios"><p><b>torcedor:</b> Fortaleza jogou demais!</p></div>', "Fortaleza"),
    ],
)
def test_readers_comments_in_the_pages_language_are_left_out(tmp_path: Path, section: str, reader: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Neue Brücke</title></head><body>'
        "<main><article><h1>Neue Brücke über die Weser</h1>"
        "<p>Die Stadt Hameln baut eine neue Brücke über die Weser. Die Arbeiten beginnen im März und sollen "
        "zwei Jahre dauern, sagte der Bürgermeister am Montag.</p>"
        "<p>Pendler aus Hannover und Bremen müssen sich auf Umleitungen einstellen. Die alte Brücke wird "
        f"danach abgerissen.</p>{section}</article></main></body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    assert_valid(root)
    drafts = {actor.name for actor in load_workspace(root).actors.values()}
    assert "Hameln" in drafts
    assert reader not in drafts, drafts
