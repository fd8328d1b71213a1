"""Round lang68: news in German, Russian, Korean, Portuguese, Spanish and Italian (sport, weather,
culture, health): places in the forms their language gives them (a river after its bank, a river's
genitive, a village told apart by its river, a Russian land's part named by a declined adjective, a
Korean river of two syllables before a river's part, an Italian town whose name holds "in", a land
after a countryside's noun, a Catalan town hyphened to a small word) and the two sides of a derby.

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # German: a river no list holds, after a river's part and its article
        ("Die Feuerwehr pumpte am Ufer der Vils die Keller aus.", "de", "Vils", "place"),
        ("An der Mündung der Schwarza wurde ein Damm gebaut.", "de", "Schwarza", "place"),
        # ...its valley, or an adjective of colour before it (the feminine river in the nominative)
        ("Im Tal der Wiesent blühen die Kirschen.", "de", "Wiesent", "place"),
        ("Ein Radweg führt am Ufer der Schwarzen Elster entlang.", "de", "Schwarze Elster", "place"),
        # ...a river of the list in the genitive, its "-s" dropped
        ("Die Brücke auf der Seite des Lechs bleibt gesperrt.", "de", "Lech", "place"),
        # ...a village told apart from others by the river or land it lies on
        ("Der Bus fährt weiter nach Neuhaus an der Oste.", "de", "Neuhaus an der Oste", "place"),
        # Russian: a land's part named by an adjective of position, both declined
        ("Засуха ударила по Среднему Поволжью.", "ru", "Среднее Поволжье", "place"),
        ("Туристы отдыхали в Северном Приладожье.", "ru", "Северное Приладожье", "place"),
        # ...a town's hospital, the town in the genitive after the noun
        ("Пострадавших доставили в городскую больницу Твери.", "ru", "Тверь", "place"),
        # Korean: a river of two syllables before a river's part
        ("한강 하류에서 쓰레기를 치웠다.", "ko", "한강", "place"),
        ("금강 유역의 논이 물에 잠겼다.", "ko", "금강", "place"),
        # Italian: a town whose name holds "in" or "delle", though the run stops before them
        ("La troupe ha girato a San Giovanni in Persiceto.", "it", "San Giovanni in Persiceto", "place"),
        ("Il medico lavora a Cassano delle Murge.", "it", "Cassano delle Murge", "place"),
        # ...a land named after a countryside's noun and "of" joined to the article
        ("Una festa sulle colline della Maremma.", "it", "Maremma", "place"),
        # Spanish: a comarca named with its article written capitalised, after a preposition
        ("Los viticultores de El Bierzo esperan la lluvia.", "es", "El Bierzo", "place"),
        ("El temporal llegó anoche a La Safor.", "es", "La Safor", "place"),
        # ...a Catalan town's name hyphened to a small word
        ("El alcalde de Vila-seca presentó el proyecto.", "es", "Vila-seca", "place"),
    ],
)
def test_places_in_their_language_s_forms(text: str, language: str, name: str, kind: str) -> None:
    assert draft_kinds(text, language).get(name) == kind


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # German: a frequent word after a river's part names no river
        ("Die Kinder spielten am Ufer der Stadt.", "de", "Stadt"),
        ("Die Reisegruppe fuhr ins Tal der Könige.", "de", "Könige"),
        # Korean: a word in 강 that is no river, before "on" ("생강": ginger)
        ("생강 위에 꿀을 뿌린다.", "ko", "생강"),
        # Spanish: a frequent word after a capitalised article is a paper or a league, no land
        ("La entrevista salió en El País.", "es", "El País"),
        # Portuguese, Spanish, German: the two sides of a derby are clubs
        ("O clássico entre Cruzeiro e Atlético terminou empatado.", "pt", "Cruzeiro"),
        ("El derbi entre Sevilla y Betis acabó sin goles.", "es", "Sevilla"),
        ("Das Spiel zwischen Köln und Mainz endete torlos.", "de", "Mainz"),
    ],
)
def test_words_that_stay_unread(text: str, language: str, name: str) -> None:
    assert name not in draft_kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # ...but the same towns on a road or a railway stay towns
        ("A estrada entre Cruzeiro e Lorena foi fechada.", "pt", "Cruzeiro"),
        ("El tren entre Sevilla y Cádiz sale a las ocho.", "es", "Sevilla"),
    ],
)
def test_towns_between_on_a_road_stay_towns(text: str, language: str, name: str) -> None:
    assert name in draft_kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name", "alias"),
    [
        # a landform's or a water's noun, "of", and its name: the name alone is another spelling of it
        ("A barragem do Cabril está a meio da capacidade.", "pt", "barragem do Cabril", "Cabril"),
        ("Les navettes vers l'île d'Yeu sont annulées.", "fr", "île d'Yeu", "Yeu"),
    ],
)
def test_a_landform_s_name_alone_is_its_alias(text: str, language: str, name: str, alias: str) -> None:
    drafts = {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts", language=language).actors}
    assert alias in drafts[name].aliases
