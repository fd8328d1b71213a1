"""Hungary's larger rivers and lakes named bare, as Hungarian names them: with the article and a case ending
of place on the name ("a Tiszán", "a Balatonon", "a Dunánál"), before a postposition of a shore or a course
("a Balaton mellett", "a Duna mentén", "a Tisza partján") or in a compound with a bridge, a bank or a valley
("a Tisza-hídon", "a Duna-parton").

The gazetteer holds towns, not waters, so the names are a closed list. Some are words or names of other things
too ("Tisza" is a party's short name, "Maros" a Romanian county, "Rába" a firm): the article before and the
ending of a place or the shore's word after are what tell the water, never the name alone.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument

# The rivers and lakes, by their Hungarian dictionary form -> English name
_WATERS = {
    "Duna": "Danube",
    "Tisza": "Tisza",
    "Dráva": "Drava",
    "Rába": "Rába",
    "Sajó": "Sajó",
    "Hernád": "Hornád",
    "Zagyva": "Zagyva",
    "Körös": "Körös",
    "Ipoly": "Ipeľ",
    "Szamos": "Someș",
    "Bodrog": "Bodrog",
    "Balaton": "Balaton",
    "Fertő": "Lake Neusiedl",
}
# "on", "at", "along": the cases a water takes in the news ("-n" after a vowel, the vowel lengthened); no "in"
# or "into" of a party or a firm ("a Tiszában": in the party)
_ENDINGS = ("n", "on", "en", "ön", "nál", "nél", "ról", "ről", "ra", "re", "ba", "be", "ból", "ből", "ig")
# the shore's and the course's postpositions, and the nouns of a bridge, a bank, a valley or a dam after a hyphen
_AFTER = frozenset(["mellett", "mentén", "partján", "partjáról", "partjára", "partjain", "felett", "fölött"])
_AFTER |= frozenset(["alatt", "közelében", "völgyében", "túlpartján", "vízgyűjtőjén", "áradása", "vízállása"])
# ...and the water's own level, flood, ice and water ("a Duna vízszintje", "a Tisza árhulláma", "a Balaton vize")
_AFTER |= frozenset(["vízszintje", "vízszintjét", "árhulláma", "árhullámát", "vize", "vizét", "jege", "jegén"])
_COMPOUND = ("híd", "hid", "part", "völgy", "gát", "kanyar", "menti", "parti", "ártér")
_ARTICLES = frozenset(["a", "az"])


def hungarian_water_at(doc: ActorDocument, position: int) -> tuple[int, str] | None:
    """The last word and the Hungarian name of a river or a lake the word at `position` names after the
    article, or None."""
    tokens = doc.tokens
    if position == 0 or tokens[position - 1].text.lower() not in _ARTICLES:
        return None
    word = tokens[position].text
    name = _dictionary_form(word)
    if name is None:
        return None
    following = doc.text[tokens[position].end : tokens[position].end + 1]
    if following == "-" and position + 1 < len(tokens) and word == name:
        if tokens[position + 1].text.lower().startswith(_COMPOUND):
            return position, name  # "a Tisza-hídon": the river's bridge
        return None
    if word != name:
        return position, name  # "a Tiszán", "a Balatonnál"
    if position + 1 < len(tokens) and following == " " and tokens[position + 1].text in _AFTER:
        return position, name  # "a Balaton mellett"
    return None


def _dictionary_form(word: str) -> str | None:
    if word in _WATERS:
        return word
    for ending in _ENDINGS:
        stem = word.removesuffix(ending)
        if stem == word:
            continue
        for form in (
            stem,
            stem[:-1] + "a" if stem.endswith("á") else "",
            stem[:-1] + "e" if stem.endswith("é") else "",
        ):
            if form in _WATERS:
                return form
    return None
