"""What the list a name stands in says of it: the noun after the list, the next name, a list that is fined."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import FUNCTION_WORDS, PLURAL_AREA_HEADS
from dossier.ingest.names import is_given_name, is_surname, word_set

_PLURAL_WORD = 2.5  # Zipf: a plural in a dictionary ("clarifications"), not a coined name


def plural_nouns_joined(words: tuple[str, ...]) -> bool:
    """'Terms & Conditions', 'Questions & Answers': common plural nouns, not partners' names ("Brooks & Sons"
    has a family name; "Flour & Fell" no plural)."""
    named = [word for word in words if word != "&"]
    return all(
        word.endswith("s") and zipf(word) >= _PLURAL_WORD and not is_surname(word) and not is_given_name(word)
        for word in named
    )


def noun_after_list(doc: ActorDocument, last: int) -> bool:
    """'Thornmere and Calverley councils': the list of names that `last` ends or opens is followed by a
    lower-case word that is no function word (a noun that says what the names are)."""
    return word_after_list(doc, last) is not None


def word_after_list(doc: ActorDocument, last: int) -> str | None:
    """The lower-case word, no function word, right after the list of names that `last` ends or opens."""
    tokens = doc.tokens
    k = last
    while k + 1 < len(tokens):
        step = _next_in_list(doc, k)
        if step is not None:
            k = step
            continue
        following = tokens[k + 1]
        gap = doc.text[tokens[k].end : following.start]
        if gap == " " and following.text.islower() and following.folded not in FUNCTION_WORDS:
            return following.folded
        return None
    return None


def _next_in_list(doc: ActorDocument, k: int) -> int | None:
    """The next capitalised word of a list after the word at k ("Tesco, Sainsbury's and Aldi"), or None."""
    tokens, text = doc.tokens, doc.text
    gap = text[tokens[k].end : tokens[k + 1].start]
    gap = gap[2:] if gap.startswith(("'s", "’s")) else gap
    if gap == ", " and tokens[k + 1].text[:1].isupper():
        return k + 1
    joined = k + 2 < len(tokens) and tokens[k + 1].text in ("and", "or") and gap in (" ", ", ")
    if joined and text[tokens[k + 1].end : tokens[k + 2].start] == " " and tokens[k + 2].text[:1].isupper():
        return k + 2
    return None


_FINED_AUXILIARIES = word_set("was were has have had been")


def fined_after_list(doc: ActorDocument, last: int) -> bool:
    """'X and Y were fined', 'X has been fined': the list the name at `last` belongs to is fined."""
    tokens = doc.tokens
    k = last
    while k + 1 < len(tokens) and (step := _next_in_list(doc, k)) is not None:
        k = step
    verb = k + 1
    while verb < len(tokens) and verb <= k + 3 and tokens[verb].folded in _FINED_AUXILIARIES:
        verb += 1
    return verb > k + 1 and verb < len(tokens) and tokens[verb].folded == "fined" and tokens[k].joined


def inside_list_of_names(doc: ActorDocument, position: int) -> bool:
    """'from Barclays, Lloyds, Monzo and Starling': a word between two capitalised names of one list is a
    name too, though it reads as a plural ("Lloyds")."""
    tokens, text = doc.tokens, doc.text
    if position == 0 or position + 1 >= len(tokens):
        return False
    before = tokens[position - 1]
    return (
        before.text[:1].isupper()
        and text[before.end : tokens[position].start] == ", "
        and _next_in_list(doc, position) is not None
    )


_LIST_REACH = 12  # tokens back from a listed name to the "of" that opens the list


_OWNED_PLACES = frozenset(("camps",))  # (a border's "crossings of Varn and Tesk" are the towns they lie at)


def plural_place_noun_before_list(doc: ActorDocument, position: int) -> str | None:
    """The plural place noun in lower case before "of" and a list of names this one is in ("the districts of
    Varn and Tesk"), walking back over capitalised words, commas and "and"."""
    return _plural_noun_before_list(doc, position, PLURAL_AREA_HEADS)


# Plural nouns of firms whose list names firms: "exporters such as Varnex and Tessor", "banks including Quell".
_PLURAL_FIRM_NOUNS = word_set(
    "companies firms exporters importers retailers lenders banks miners insurers carmakers airlines manufacturers "
    "suppliers brands "
    # and the plural nouns of other bodies that a list names one by one: "NGOs including Tearfund and Medair",
    # "battery makers such as Lindqvar", "shipyards including Varnwerft", "online outlets such as Netgazeti"
    "makers producers shipyards contractors operators developers ngos csos charities broadcasters outlets publishers"
)


def plural_firm_noun_before_list(doc: ActorDocument, position: int) -> str | None:
    """'exporters such as Varnex and Tessor Wines', 'firms including Quell': the plural noun of firms in lower
    case before "such as" or "including" and a list this name is in."""
    tokens = doc.tokens
    noun = _plural_noun_before_list(doc, position, _PLURAL_FIRM_NOUNS)
    opened = noun is not None and any(
        tokens[k].folded in _LIST_VERBS or tokens[k].folded == "such"
        for k in range(max(0, position - _LIST_REACH), position)
    )
    return noun if opened else None


def _plural_noun_before_list(doc: ActorDocument, position: int, heads: frozenset[str]) -> str | None:
    tokens = doc.tokens
    k = position - 1
    while k >= 1 and position - k <= _LIST_REACH:
        token = tokens[k]
        gap = doc.text[token.end : tokens[k + 1].start]
        if "." in gap or "\n" in gap:
            return None  # the list ends with its sentence
        opener = (
            1 if token.folded in _LIST_VERBS else 2 if token.folded == "as" and tokens[k - 1].folded == "such" else 0
        )
        if (token.folded == "of" or opener) and token.text.islower() and k - max(opener, 1) >= 0:
            # "the districts of Varn and Tesk"; "other towns include Varn, Tesk and Oskel", "towns such as Varn"
            noun = tokens[k - max(opener, 1)]
            if opener and noun.folded not in heads and k - opener >= _LYING_WORDS:
                # "several islands in the river, including Varn and Tesk": where they lie, between the noun
                # and the list
                where = tokens[k - opener - _LYING_WORDS + 1 : k - opener + 1]
                if where[0].folded in _LYING_PREPOSITIONS and where[1].folded == "the" and where[2].text.islower():
                    noun = tokens[k - opener - _LYING_WORDS]
                elif where[1].folded in _LYING_PREPOSITIONS and cased(where[2]):
                    noun = where[0]  # "camps around Varnogo, including Tesk and Oskel": where, by a place's name
            # not "the camps of Jama'at X": a group's camps, named for whose they are ("camps including X" list them)
            listed = noun.folded in heads and (opener or noun.folded not in _OWNED_PLACES)
            # (in lower case, or a plural of letters: "NGOs including Tearfund")
            lower = noun.text.islower() or (noun.text[:-1].isupper() and noun.text.endswith("s"))
            return noun.text if listed and lower else None
        if not (cased(token) or (token.folded == "and" and token.text.islower())):
            return None
        k -= 1
    return None


# "islands in the river", "villages along the coast": where a plural place noun's places lie, before their list
_LYING_PREPOSITIONS = frozenset(("in", "on", "along", "near", "across", "around"))


_LYING_WORDS = 3


# Verbs that open a list of what a plural noun holds: "other towns include ...", "cities including ...".
# (and "like": "smaller miners like Karrawong", "towns like Varn and Tesk")
_LIST_VERBS = frozenset(("include", "includes", "included", "including", "like"))
