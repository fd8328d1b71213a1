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
_OTHER_KIND_LIKENESS = 85
# One word standing for another: "Lukashenko" for "Lukashenka" (90), not "Martin" for "Argentina" (67).
_WORD_ALIKE = 80
# Two given names spelled otherwise: "Mohammed" and "Muhammad" (75), "Aleksandr" and "Alyaksandr" (84);
# not "Brigitte" and "Joan".
_GIVEN_NAME_ALIKE = 70
# A family name spelled otherwise: "Lukashenko" and "Lukashenka" (90), "Qaddafi" and "Gaddafi" (86); not
# "Atwell" and "Bramwell" (71) or "Della" and "Nadella" (83).
_FAMILY_NAME_ALIKE = 85
_FAMILY_NAME_SPELLED = 90
# What two other names do not share, compared whole: "Hezbollah" and "Hizballah" (78), "Kiev" and
# "Kyiv" (75, but the gazetteer knows those); not "England" and "Rheinland" (75), "Chinese" and "Turkish".
_OTHER_REST_ALIKE = 77
# Two places the gazetteer does not know: "Harbridge" and "Harbrige" (94), not "Tebay" and "Tenby" (80)
# or "Tebworth" and "Tenworth" (87.5).
_PLACE_SLIP_ALIKE = 88
# Words that join a name's parts and tell nothing apart ("Court of Turkey").
_JOINING_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "du", "des", "la", "le"})
_LONGEST_ACRONYM = 6


def _are_kin(kind: str, other: str) -> bool:
    return "other" in (kind, other) or any(kind in family and other in family for family in _KIN)


def _whole_likeness(name: str, other: str) -> float:
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
    if not _are_kin(kind, other_kind):
        return _whole_likeness(name, other) >= _OTHER_KIND_LIKENESS
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
    if person:
        return _people_alike(list(fold_phrase(name)), list(fold_phrase(other)))
    if _acronym(name) and _acronym(other):
        return fold_phrase(name) == fold_phrase(other)  # "NASA" and "NOAA" are two agencies
    words, other_words = _words(name, table), _words(other, table)
    if not words or not other_words:
        return False
    shared = set(words) & set(other_words)
    rest = [word for word in words if word not in shared]
    other_rest = [word for word in other_words if word not in shared]
    word_alike = _PLACE_SLIP_ALIKE if places else _WORD_ALIKE
    for word in list(rest):
        match = next((o for o in other_rest if fuzz.ratio(word, o) >= word_alike), None)
        if match is not None:
            rest.remove(word)
            other_rest.remove(match)
    if not rest and not other_rest:
        return True  # the same words, spelled alike
    if places and any(word in HEAD_WORD or word in NAME_WORD for word in rest + other_rest):
        return False  # "Gulf of Thailand", "Kyiv Oblast", "Hotel Sofia Barcelona": a place in or of the other
    if not rest or not other_rest:
        # One name inside the other: a short form shares a word whole ("Apple" in "Apple TV"), not one
        # that is only spelled alike ("Guiyang", "Kien Giang Biosphere Reserve").
        # A short form shares a word of its own, not only a body's or a place's word ("Council" in "Arts
        # Council", "Asset Management" in "Tidewater Asset Management").
        return any(word not in HEAD_WORD and word not in NAME_WORD for word in shared)
    # Two places that the gazetteer does not know are told apart by a letter or two ("Leigh", "Leith");
    # only a slip of the pen is the same place.
    least = _PLACE_SLIP_ALIKE if places else _OTHER_REST_ALIKE
    return fuzz.ratio(" ".join(rest), " ".join(other_rest)) >= least


def _people_alike(words: list[str], other_words: list[str]) -> bool:
    """Two people's names: the family name spelled alike and the given names compatible, or one name
    inside the other ("Putin", "Vladimir Putin"; "Amy Holt", "Detective Sergeant Amy Holt")."""
    if not words or not other_words:
        return False
    short, long = sorted((words, other_words), key=len)
    if len(short) == 1:
        # A name of one word: one of the other's words, or its family name spelled otherwise
        # ("Lukashenko" for "Alyaksandr Lukashenka"), not a word that is only like a given name
        # ("Ellie", "Ollie Greaves") or a name that starts the same ("Cole", "Colegate").
        return short[0] in long or _family_names_alike(short[0], long[-1])
    if _in_order(short, long):
        return True
    family_alike = _family_names_alike(short[-1], long[-1])
    given, other_given = sorted((short[0], long[0]), key=len)
    # "J." for "John", "Alex" for "Alexander": an initial, or a given name cut short
    cut_short = (len(given) == 1 or len(given) >= 3) and other_given.startswith(given)
    return family_alike and (given == other_given or cut_short or fuzz.ratio(given, other_given) >= _GIVEN_NAME_ALIKE)


def _family_names_alike(name: str, other: str) -> bool:
    # Names that rhyme ("Corrigan", "Dorrigan"; "Hollins", "Collins") are two families; a name spelled
    # otherwise keeps its first letter, or nearly every other one.
    likeness = fuzz.ratio(name, other)
    return name == other or likeness >= _FAMILY_NAME_SPELLED or (likeness >= _FAMILY_NAME_ALIKE and name[0] == other[0])


def _in_order(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(word in remaining for word in short)


def _words(name: str, table: Gazetteer | None) -> list[str]:
    """A name's folded words without joining words, a demonym read as its state ("turkish" as "turkey")."""
    words: list[str] = []
    for word in fold_phrase(name):
        if word in _JOINING_WORDS:
            continue
        state = table.country_of_demonym(word) if table is not None else None
        words.extend(fold_phrase(state) if state else (word,))
    return words


def _acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= _LONGEST_ACRONYM
