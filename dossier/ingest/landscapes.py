"""German landscapes, rivers and mountains read from the names of the towns beside them.

GeoNames tells many a town from another by the land or the river it lies in or on: "Königstein im
Taunus", "Bischofsheim in der Rhön", "Lindenfels im Odenwald", "Landsberg am Lech". The word after
"im", "in der", "am", "an der" (and "ob der", "vor der") closing a village's name of the language's
countries is such a name; the same word after an article in a text ("im Taunus", "den Harz") is the
landscape. Generic nouns that close town names too ("im Walde", "am See", "im Tal") are left out,
and so is a word too frequent to be read as a name.

The uplands and lands that close no town's name there ("in der Eifel", "im Westerwald", "im
Spessart") are a closed, well-known set: Germany's low mountain ranges and historic lands named by
a noun of their own, kept below, with their best-known summits ("am Feldberg").
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.names import word_set
from dossier.ingest.villages import village_names

_QUALIFIER = re.compile(r" (?:im|in der|am|an der|ob der|vor der) (\w+)$")
# Landform and common nouns that close town names ("Neukirchen am Walde", "Zell am See", "Rot an der
# Rot" is a river but "rot" is red; "den Brenner" is a burner too, "den Kocher" a stove), folded as
# the table keeps them.
_GENERIC = word_set(
    "wald walde tal thale gebirge hochgebirge feld felde steinfeld gau berg berge see forst moos steige "
    "sattel tann appel kamp ries bussen march ahorn kotz riss bach dumme lauter sand wesen brand wild holz "
    "ebene klaus hart rot hohe strasse haide heide winkl winkel grund au markt dorf brenner kocher"
)
# Germany's low mountain ranges and historic lands named by one noun, folded as the table keeps them
# (names that are also everyday words, "Elm", "Ries", "Angeln", are left out).
_UPLANDS = word_set(
    "eifel schneifel hunsruck westerwald spessart vogelsberg sauerland siegerland wittgenstein kellerwald "
    "knull solling deister frankenwald steigerwald hassberge erzgebirge vogtland eichsfeld emsland "
    "wendland altmark prignitz uckermark kraichgau hegau breisgau ortenau hohenlohe rheingau wetterau "
    "kaiserstuhl pfalzerwald hochsauerland munsterland ostfriesland dithmarschen ammerland"
    # lands along a river or a coalfield, named as one noun too ("am Niederrhein", "im Ruhrgebiet")
    " niederrhein mittelrhein oberrhein ruhrgebiet lausitz oberlausitz niederlausitz havelland rheinhessen"
    # Bavaria's and Swabia's lands named by a prefix of position before a historic land the tables lack
    # ("in Oberfranken", "in Oberschwaben"; "Franken" and "Schwaben" alone are francs and Swabians too)
    " oberfranken mittelfranken unterfranken oberpfalz oberschwaben"
    # historic lands and provinces, named in histories and obituaries ("nach Westfalen", "in Ostpreußen")
    " westfalen ostwestfalen oberschlesien niederschlesien ostpreussen"
    " westpreussen ermland"
    # ...and the historic lands next door German names in its own words ("aus Böhmen", "in Lothringen und im Elsass")
    " bohmen mahren schlesien pommern lothringen elsass"
    # ...and the two halves of a state, named alone ("in Vorpommern", "aus Mecklenburg")
    " mecklenburg vorpommern"
)
# The historic lands named with no article, after a bare preposition ("aus Böhmen", "nach Schlesien", "in
# Lothringen"), as a state is; the uplands take theirs ("in der Eifel").
BARE_HISTORIC_LANDS = word_set(
    "bohmen mahren schlesien pommern lothringen oberschlesien niederschlesien mecklenburg vorpommern"
)
# ...and their best-known summits named by one noun ("am Feldberg", "an der Wasserkuppe"): hikers' and
# skiers' places in the news ("Brocken", a chunk, and "Kandel", a town, are left out).
_SUMMITS = word_set(
    "feldberg wasserkuppe zugspitze watzmann fichtelberg inselsberg ochsenkopf hornisgrinde arber belchen "
    "schauinsland schneekopf"
    # ...and the Bavarian Alps' summits with cable cars and ski runs ("auf den Wendelstein", "am Nebelhorn")
    " wendelstein nebelhorn kampenwand herzogstand wallberg brauneck hochfelln"
)
_ADJECTIVE_ENDINGS = ("ische", "ischen", "ischer", "isches", "ischem")
# More frequent than this (Zipf) in German: a word first ("Main" and "Rhein" are read as rivers elsewhere).
_NAME_WORD = 4.1


@lru_cache(maxsize=4)
def landscape_names(language: str) -> frozenset[str]:
    """The folded names of lands, rivers and mountains that close town names of the language's countries."""
    if language != "de":
        return frozenset()
    from dossier.ingest.word_frequencies import zipf_frequency

    found = {match.group(1) for name in village_names(language) if (match := _QUALIFIER.search(name))}
    return (
        _UPLANDS
        | _SUMMITS
        | frozenset(
            word
            for word in found
            if word not in _GENERIC
            and not word.endswith(_ADJECTIVE_ENDINGS)  # "im Bremischen": "der Bremischen Bürgerschaft"
            and zipf_frequency(word, "de") < _NAME_WORD
        )
    )
