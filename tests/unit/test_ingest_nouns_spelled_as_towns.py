"""Nouns that share a town's spelling in GeoNames, told by the words before them.

German prepositions fused with an article ("im" is "in dem") before a foreign town's spelling show a
common noun: German writes a town's name bare ("in Rom"), its own landscapes, hills and lakes with the
article ("im Harz", "am Feldberg"). And a number or a word of counting before a word counts a unit or a
thing ("10 Kilo", "einige Kilos": GeoNames spells Kiel "Kilo"); no one counts towns.

Invented sentences; GeoNames holds "Ofen" (Buda's old German name) and "Rest" (a spelling of Rasht, Iran)
beside the nouns for an oven and the rest.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a noun after "im", "am", "vom", "zum": no foreign town
        ("Die Plätzchen im Ofen (Mitte) zwölf Minuten backen.", set()),
        ("Im Ofen zwölf Minuten backen, dann abkühlen lassen.", set()),
        ("Die Preise im Rest Europas steigen weiter.", {"Europa"}),
        # the same towns by the names a German text gives them, bare after "in" and "nach"
        ("Danach fuhr er nach Budapest und flog nach Helsinki.", {"Budapest", "Helsinki"}),
        # the language's own hills and landscapes take the article and stay places
        ("Der Weltcup am Feldberg fällt aus, im Harz liegt kein Schnee.", {"Feldberg", "Harz"}),
        ("Urlaub am Gardasee ist teuer geworden, sagte er in Rom.", {"Gardasee", "Rom"}),
    ],
)
def test_a_fused_article_before_a_foreign_towns_spelling_shows_a_noun(text: str, places: set[str]) -> None:
    drafts = draft_kinds(text, "de")
    assert {name for name, kind in drafts.items() if kind.value == "place"} == places


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        ("Der Boxer hat vor dem Kampf 8 Kilo abgenommen. Man sieht, dass er einige Kilos verloren hat.", "de", set()),
        ("Für den Teig 2,5 Kilo Mehl abwiegen; mehrere Kilos Zucker liegen bereit.", "de", set()),
        # a count of people before a town's genitive is no count of the town; a postcode is no count
        ("Hamburgs Hafen wächst, und zwei Kilos Kaffee kosten mehr.", "de", {"Hamburg"}),
        ("Die Firma mit Sitz in 80331 München wächst.", "de", {"München"}),
    ],
)
def test_a_counted_word_is_no_town(text: str, language: str, places: set[str]) -> None:
    drafts = draft_kinds(text, language)
    assert {name for name, kind in drafts.items() if kind.value == "place"} == places
