"""Round lang67: news in German, Russian, Korean, Portuguese and French: places in the forms their
language gives them (a German state's genitive naming the country of a small town abroad, a landscape
after the neuter article, a French commune called by its first name, a Korean town before "에서" on a
page of towns) and a two-word family name that is also a town's.

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # German: a small town abroad after a preposition, its state named in the genitive on the page
        ("Die Regionalzüge fahren stündlich nach Cheb. Tschechiens Bahn lobt den Takt.", "de", "Cheb", "place"),
        # ...a small town listed after a preposition and a town of its country named by a word ("Hof": a yard)
        ("In Hof und Selb blieben die Schulen zu.", "de", "Selb", "place"),
        # ...a landscape after the neuter article, which no river takes
        ("Die Förderung soll das Vogtland stärken.", "de", "Vogtland", "place"),
        ("Der Radweg führt durchs Sauerland.", "de", "Sauerland", "place"),
        # French: a commune named after its river, called by its first name after a preposition
        ("Le car repart ce soir vers Tournon avec les élèves.", "fr", "Tournon", "place"),
        ("Les pompiers ont été appelés à Livron dans la nuit.", "fr", "Livron", "place"),
        # ...and the second of a pair after "entre", the first a name the tables lack
        ("La navette circule entre Die et Tournon depuis lundi.", "fr", "Tournon", "place"),
        # ...a département after its article, though a canton abroad is named so too
        ("Le Doubs et le Jura sont touchés par les orages.", "fr", "Jura", "place"),
        # Portuguese: a village of several words after "de" and a noun for those who live or work there
        ("Um comerciante de Ponte da Barca reclamou da portagem.", "pt", "Ponte da Barca", "place"),
        ("Os pescadores de Vila Praia de Âncora pedem um novo molhe.", "pt", "Vila Praia de Âncora", "place"),
        # Russian: an autonomous okrug, its adjective, "autonomous" and its noun all declined
        ("Губернатор Чукотского автономного округа приехал в Анадырь.", "ru", "Чукотский автономный округ", "place"),
        ("В Ханты-Мансийском автономном округе выпал снег.", "ru", "Ханты-Мансийский автономный округ", "place"),
        # ...a home town after a common noun's "of", though a club's and a family's name make it frequent
        ("A empresa de Guimarães fechou a fábrica em março.", "pt", "Guimarães", "place"),
        # ...a city listed right before a city of a million read bare
        ("Os mercados seguiram Zurique e Londres na abertura.", "pt", "Zurique", "place"),
        # Korean: a province's short name after its metropolitan city and a middle dot
        ("광주·전남 기업들이 모였다.", "ko", "전라남도", "place"),
        # ...a province's short name before the mayor of one of its towns
        ("충남 천안시장은 사과했다.", "ko", "충청남도", "place"),
        # ...a southern half of the country named without 권, a particle joined
        ("여당은 호남에서 고전했다.", "ko", "호남", "place"),
        # Korean: a town that is also a word, before "에서", on a page naming other towns of the country
        ("행사는 서울과 인천, 대구에서 열렸다. 마지막 공연은 제주에서 열린다.", "ko", "제주", "place"),
        ("부산과 울산, 광주의 공무원들이 세종에서 모였다.", "ko", "세종", "place"),
    ],
)
def test_places_in_their_language_s_forms(text: str, language: str, name: str, kind: str) -> None:
    assert draft_kinds(text, language).get(name) == kind


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # Portuguese: a town's name of two words that a person on the page bears is the person again
        ("O juiz Paulo Castelo Branco ouviu as partes. Castelo Branco marcou nova sessão.", "pt", "Castelo Branco"),
        ("A procuradora Ana Vila Real falou ontem. Vila Real pediu mais provas.", "pt", "Vila Real"),
        # ...a bank named like a city takes an article, listed before a city of a million
        ("O Santander e Paris subiram na sessão.", "pt", "Santander"),
        # German: a small town abroad with no word of its state on the page stays unread
        ("Die Regionalzüge fahren stündlich nach Cheb.", "de", "Cheb"),
        # French: a common word after a preposition is no commune's first name
        ("Ils sont partis vers Paris et Vitry hier.", "fr", "Vitry"),
        # Korean: a town that is also a word before "에서" on a page naming no other town ("화성": Mars too)
        ("탐사선이 화성에서 물을 찾았다. 서울의 연구진이 발표했다.", "ko", "화성"),
    ],
)
def test_words_that_stay_unread(text: str, language: str, name: str) -> None:
    assert name not in draft_kinds(text, language)
