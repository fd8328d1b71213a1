"""Whether a draft may be an actor already in the workspace: ingest's "looks like" notes and the
review desk's look-alikes both ask this.

String likeness alone is not enough. Run on real pages, it offered "Austria" for "Australia",
"Brad Smith" for "Brad Pitt", "Chinese government" for "Turkish government" and "Antigua" for
"Argentina": hundreds of pairs, and an analyst shown them learns to ignore the suggestions. So
two names of a kind are offered only when what tells them apart is itself alike: a spelling
("Lukashenko", "Lukashenka"), a short form inside the long one ("Putin", "Vladimir Putin"), the
words in another order or a demonym for its state ("Turkish Constitutional Court",
"Constitutional Court of Turkey"). Two places the gazetteer knows apart are never offered
("Pinsk" and "Minsk" are two towns); two spellings it gives one place always may be ("Kiev").
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from dossier.ingest.cues import HEAD_WORD, NAME_WORD
from dossier.ingest.gazetteer import Gazetteer, gazetteer, is_ready, place_key
from dossier.ingest.names import fold_phrase

# Kinds a draft may turn out to be by mistake and be merged across: a place and a state, bodies of
# every sort; "other" is what a draft is when its kind is unknown, so it is kin to every kind.
_KIN = ({"place", "state"}, {"person"}, {"organization", "armed_force", "media"})
_PLACE_KINDS = frozenset({"place", "state"})
# A look-alike of an unrelated kind needs nearly the same whole name ("Obama" drafted as a place for
# "Obama" the person), not one name inside the other ("Turkey" in "Constitutional Court of Turkey").
OTHER_KIND_LIKENESS = 85
# One word standing for another: "Lukashenko" for "Lukashenka" (90), not "Martin" for "Argentina" (67).
_WORD_ALIKE = 80
# What two names do not share, compared whole: "Mohammed" and "Muhammad" (75), "Kiev" and "Kyiv"
# (75) are spellings of one name; "Chinese" and "Turkish" (43), "Pitt" and "Smith" are not.
_REST_ALIKE = 70
# Other names need more: "Hezbollah" and "Hizballah" (78), not "England" and "Rheinland" (75).
_OTHER_REST_ALIKE = 77
# Words that join a name's parts and tell nothing apart ("Court of Turkey").
_JOINING_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "du", "des", "la", "le"})
_LONGEST_ACRONYM = 6


def are_kin(kind: str, other: str) -> bool:
    return "other" in (kind, other) or any(kind in family and other in family for family in _KIN)


def whole_likeness(name: str, other: str) -> float:
    """How alike two names are as wholes, in any word order (0-100)."""
    folded, other_folded = " ".join(fold_phrase(name)), " ".join(fold_phrase(other))
    return float(max(fuzz.ratio(folded, other_folded), fuzz.token_sort_ratio(folded, other_folded)))


def may_be_same(
    name: str, kind: str, spellings: Iterable[str], other: str, other_kind: str, other_spellings: Iterable[str]
) -> bool:
    """Whether an actor called `name` may be the one `other` names (one of its `other_spellings`).

    `spellings` and `other_spellings` are each actor's name and aliases: a place is told apart
    from another by any of them.
    """
    if _place_in(other, name) or _place_in(name, other):
        return False  # "Phu Quoc, Vietnam" is a place in Vietnam, not Vietnam
    if not are_kin(kind, other_kind):
        return whole_likeness(name, other) >= OTHER_KIND_LIKENESS
    table = gazetteer() if is_ready() else None  # the desk never waits for the table to be built
    if table is not None and kind in _PLACE_KINDS and other_kind in _PLACE_KINDS:
        places, other_places = _places(spellings, table), _places(other_spellings, table)
        if places and other_places:
            return bool(places & other_places)
    places_both = kind in _PLACE_KINDS and other_kind in _PLACE_KINDS
    return _names_alike(name, other, table, person="person" in (kind, other_kind), places=places_both)


def _place_in(spelling: str, name: str) -> bool:
    return "," in spelling and fold_phrase(spelling.rpartition(",")[2]) == fold_phrase(name)


def _places(spellings: Iterable[str], table: Gazetteer) -> set[str]:
    """The gazetteer's places that any of the spellings names, in English or another language."""
    found: set[str] = set()
    for spelling in spellings:
        key = place_key(spelling)  # the table's own keys keep hyphens: "saint-denis"
        place = table.places.get(key)
        if place is not None:
            found.add(place.name)
            continue
        found.update(names[key] for names in table.exonyms.values() if key in names)
        found.update(local[key].name for local in table.local.values() if key in local)
    return found


def _names_alike(name: str, other: str, table: Gazetteer | None, *, person: bool, places: bool = False) -> bool:
    if _acronym(name) and _acronym(other):
        return fold_phrase(name) == fold_phrase(other)  # "NASA" and "NOAA" are two agencies
    words, other_words = _words(name, table), _words(other, table)
    if not words or not other_words:
        return False
    shared = set(words) & set(other_words)
    rest = [word for word in words if word not in shared]
    other_rest = [word for word in other_words if word not in shared]
    for word in list(rest):
        match = next((o for o in other_rest if _word_alike(word, o, person=person)), None)
        if match is not None:
            rest.remove(word)
            other_rest.remove(match)
    if not rest and not other_rest:
        return True  # the same words, spelled alike
    if places and any(word in HEAD_WORD or word in NAME_WORD for word in rest + other_rest):
        return False  # "Gulf of Thailand", "Kyiv Oblast", "Hotel Sofia Barcelona": a place in or of the other
    if not rest or not other_rest:
        # One name inside the other: a person's short form may be spelled otherwise ("Lukashenko" in
        # "Alyaksandr Lukashenka"); another short form shares a word whole ("Apple" in "Apple TV"), not
        # one that is only spelled alike ("Guiyang", "Kien Giang Biosphere Reserve").
        return person or bool(shared)
    return fuzz.ratio(" ".join(rest), " ".join(other_rest)) >= (_REST_ALIKE if person else _OTHER_REST_ALIKE)


def _words(name: str, table: Gazetteer | None) -> list[str]:
    """A name's folded words without joining words, a demonym read as its state ("turkish" as "turkey")."""
    words: list[str] = []
    for word in fold_phrase(name):
        if word in _JOINING_WORDS:
            continue
        state = table.country_of_demonym(word) if table is not None else None
        words.extend(fold_phrase(state) if state else (word,))
    return words


def _word_alike(word: str, other: str, *, person: bool) -> bool:
    if fuzz.ratio(word, other) >= _WORD_ALIKE:
        return True
    if not person:
        return False
    short, long = sorted((word, other), key=len)
    # A given name as an initial or cut short: "J." for "John", "Alex" for "Alexander".
    return (len(short) == 1 or len(short) >= 3) and long.startswith(short)


def _acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= _LONGEST_ACRONYM
