"""Sweden's provinces, larger islands, rivers, lakes and regions named bare in Swedish: "i Medelpad", "på Öland",
"till Fårö", "längs Ljusnan", "över Ljungan", "runt Siljan".

GeoNames' towns hold none of them (a province is no county, "län", and has no town of its name), and a river
named with the article joined ("Ljusnan", "Ljungan") ends in no river's noun that `water_with_its_noun` reads.
The set is closed and well known; a name is read right after a Swedish preposition of place in lower case,
not opening a longer name ("på Öland Vind", a firm, is no island).
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.other_language_common import place_candidate, words_by_language
from dossier.model import ActorKind

# The 25 provinces (landskap), the larger islands, the rivers and lakes named with the article joined or by a
# name of their own, and regions every Swede knows.
_LANDS: dict[str, frozenset[str]] = words_by_language(
    {
        "sv": "Skåne Blekinge Halland Småland Öland Gotland Östergötland Västergötland Bohuslän Dalsland Värmland"
        " Närke Södermanland Uppland Västmanland Dalarna Gästrikland Hälsingland Härjedalen Jämtland Medelpad"
        " Ångermanland Västerbotten Norrbotten Lappland"
        " Fårö Orust Tjörn Frösön Alnön Värmdö Ven Hisingen Lidingö Ingarö"
        " Ljusnan Ljungan Voxnan Lagan Ätran Viskan Klarälven Torneträsk Siljan Vänern Vättern Mälaren Hjälmaren"
        " Bergslagen Roslagen Österlen Norrland Svealand Götaland Tornedalen"
    }
)
# Prepositions of place and a compass word before a land ("norra Öland"); one opening its sentence is capitalised.
_BEFORE: dict[str, frozenset[str]] = words_by_language(
    {"sv": "i på till från över längs mot vid runt kring genom utanför inom norra södra östra västra mellersta"}
)


def swedish_land(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'i Medelpad', 'på Öland', 'längs Ljusnan': a province, island, river, lake or region of Sweden named
    bare after a Swedish preposition of place."""
    if language not in _LANDS or position < 1:
        return None
    tokens = doc.tokens
    word, before = tokens[position].text, tokens[position - 1]
    opening = before.text[:1].isupper() and position - 1 in doc.sentence_first  # "På Öland och i Kalmar …"
    if word not in _LANDS[language] or not before.joined or before.text.lower() not in _BEFORE[language]:
        return None
    if not (before.text.islower() or opening):
        return None
    if position + 1 < len(tokens) and tokens[position].joined and tokens[position + 1].text[:1].isupper():
        return None  # a longer name: "på Öland Vind"
    return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)
