"""Other names of an actor that a text gives in brackets right after its name.

Encyclopaedia articles and releases name an actor once and then, in brackets, as its own
language writes it ("Tremmin Shoal (Varnish: Bajo Tremmino; Oskelese: Tremmin Dao)") or by the
name it goes by ("Ilse Quellani ("Varna")", "the Tremmin Volunteer Group ("Grey Hawks")"). A
reader takes those for the same actor under another name: they become aliases of the name
before the bracket. A gloss that translates a description rather than a name ("Offensive in the
Varn valley (Varnish: Ofanziva u dolini Varne)": a lower-case word inside) adds nothing.
A body's short name clipped from its words ("Tarnland Metro Rail Corporation (Tarn-Metro)") is one too.
A person's nickname or a body's short name given with "known as" after the name ("Gen Ilse Quellani,
better known as Varna,") is the same actor too.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable

from dossier.ingest.common_words import zipf
from dossier.ingest.cues import FOREIGN_BODY_WORDS, TRANSLATED_BODY_WORDS
from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold, fold_phrase, word_set
from dossier.model import ActorKind

# "Varnish: Bajo Tremmino" inside the brackets; the label must be a language's name.
_GLOSS_SEGMENT = re.compile(r"([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?): ([^;,()\n]+)")
# "("Varna")", "(“Grey Hawks”)": a name in quotes, alone in its brackets.
_QUOTED_NAME = re.compile(r"\(\s*[\"“]([^\"”()\n]{2,60})[\"”]\s*\)")
# "the Thanlwin (Salween) River", "Lake Tremm (Varnsee)" is not this: a name, its other name alone in
# brackets, then a land or water form's head word that both names share.
_OTHER_NAME_THEN_FEATURE = re.compile(r"\(([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)\)[ \t]+([A-Z][a-z]+)\b")
_FEATURE_HEADS = word_set("river rivers lake mountains range valley sea bay gulf strait island islands desert plateau")
_BRACKETS = re.compile(r"\([^()\n]{2,160}\)")
# Small words other languages write in lower case inside names ("Ejército de Liberación Nacional",
# "Bajo de Masinloc", "Vojska Republike Srpske" has none).
_LOWER_NAME_WORDS = word_set("de del la las los el y e i u di da do dos das du des von van der al bin ibn")
_MAX_NAME_WORDS = 8
_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|an|ar|az)[-‐][A-Z]")  # "Jabhat Fath al-Sham"


def bracketed_aliases(text: str, drafts: list[ActorDraft], is_language: Callable[[str], bool]) -> set[int]:
    """Add to each draft the names given in brackets right after one of its spans. Returns the
    indexes (in `drafts`) of the drafts that stand wholly inside such brackets as one of those
    names: the same actor again, which the caller drops."""
    ends = {end: draft for draft in drafts for _, end in draft.spans}
    given: list[tuple[int, int, list[str], ActorDraft]] = []
    for match in _BRACKETS.finditer(text):
        start = match.start()
        before = start
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        head = ends.get(before)
        if head is None and text[before - 1 : before] == ".":
            head = ends.get(before - 1)  # "... Ticaret A.Ş. (Korfez Lojistik)": the legal form's last stop
        if head is None:
            continue
        names = (
            _names_inside(match[0], is_language)
            or _clipped_name(head.name, match[0][1:-1])
            or _body_by_one_other_word(head, match[0][1:-1])
        )
        feature = _OTHER_NAME_THEN_FEATURE.match(text, start)
        if not names and feature is not None and feature[2].casefold() in _FEATURE_HEADS:
            names = [feature[1]]  # "the Thanlwin (Salween) River": the same river under its other name
            if head.kind is ActorKind.other:
                head.kind, head.found_by = ActorKind.place, f"named with its other name before '{feature[2]}'"
        names = [name for name in names if name.casefold() != head.name.casefold()]
        for name in names:
            if name.casefold() not in {alias.casefold() for alias in head.aliases}:
                head.aliases.append(name)
        if names:
            given.append((match.start(), match.end(), names, head))
    _native_names_take_kind(text, drafts, ends)
    repeated = _translated_bodies(text, drafts) | _inside_meanings(text, drafts, is_language)
    for index, draft in enumerate(drafts):
        for start, end, names, head in given:
            inside = all(start <= a and b <= end for a, b in draft.spans)
            named = draft.name.casefold() in {name.casefold() for name in names}
            if inside and named:
                repeated.add(index)
            elif named and draft is not head and any(start <= a and b <= end for a, b in draft.spans):
                # "... A.Ş. (Korfez Lojistik) ... Korfez Lojistik denied it": the short name again, later
                head.spans = sorted({*head.spans, *draft.spans})
                repeated.add(index)
            elif inside and draft.kind is ActorKind.other and any(draft.name in name for name in names):
                repeated.add(index)  # "États du Sahel" of "(Alliance des États du Sahel, AES)": part of that name
    return repeated


# '(Arabic for "Supporters of the Great River"; ...)': what a name means, in quotes after a language and "for".
_MEANING = re.compile(r"\(\s*([A-Z][a-z]+) for [\"“]([^\"”()\n]{2,100})[\"”]")


def _inside_meanings(text: str, drafts: list[ActorDraft], is_language: Callable[[str], bool]) -> set[int]:
    """The indexes of the drafts that stand wholly inside what a name in brackets is said to mean ("Great River"
    of '(Arabic for "Supporters of the Great River")'): an English rendering of the name's words, no actor."""
    meanings = [match.span(2) for match in _MEANING.finditer(text) if is_language(match[1])]
    return {
        index
        for index, draft in enumerate(drafts)
        if meanings
        and draft.kind is not ActorKind.state
        and all(any(start <= a and b <= end for start, end in meanings) for a, b in draft.spans)
    }


# What a body or a place's own-language name in brackets is read as, from the kind of the name before it.
_NATIVE_NAME_KINDS = {
    ActorKind.organization: ActorKind.organization,
    ActorKind.armed_force: ActorKind.armed_force,
    ActorKind.place: ActorKind.place,
    ActorKind.state: ActorKind.place,
}


def _native_names_take_kind(text: str, drafts: list[ActorDraft], ends: dict[int, ActorDraft]) -> None:
    """'the Varnish Red Cross (Cruz Vermelha Varnesa)', 'the Tremmin Region (Regiunea Tremmin)': a name of
    several words alone in brackets right after a body's or a place's name, that nothing else explains,
    is the same body or place as its own language writes it; it takes the kind of the name before it."""
    starts = {start: draft for draft in drafts if draft.kind is ActorKind.other for start, _ in draft.spans}
    for match in _BRACKETS.finditer(text):
        before = match.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        head = ends.get(before)
        inner = starts.get(match.start() + 1)
        if head is None or inner is None or head.kind not in _NATIVE_NAME_KINDS:
            continue
        if (match.start() + 1, match.end() - 1) not in inner.spans or len(inner.name.split()) < 2:
            continue
        if not _looks_like_a_name(inner.name):
            continue
        inner.kind, inner.found_by = _NATIVE_NAME_KINDS[head.kind], f"its own-language name, after '{head.name}'"


def _names_inside(bracketed: str, is_language: Callable[[str], bool]) -> list[str]:
    quoted = _QUOTED_NAME.fullmatch(bracketed)
    if quoted is not None:
        name = quoted[1].strip()
        return [name] if _looks_like_a_name(name) else []
    spelled = _NAME_AND_ACRONYM.fullmatch(bracketed)
    if spelled is not None and (
        (_looks_like_a_name(spelled[1]) and _spells(spelled[2], spelled[1]))
        or _spells_in_sentence_case(*spelled.groups())
    ):
        return [spelled[1], spelled[2]]  # "(Forces Armées Maliennes, FAMa)": its own-language name and acronym
    names: list[str] = []
    for segment in _GLOSS_SEGMENT.finditer(bracketed):
        if not is_language(segment[1]):
            continue
        value = segment[2].strip()
        if _looks_like_a_name(value):
            names.append(value)
            continue
        # "(Tigrinya: ህዝባዊ ወያነ, Hizbawi Weyane Varn)": a script we cannot fold, then its Latin letters
        romanised = _ROMANISED_AFTER.match(bracketed, segment.end())
        if romanised is not None and not value.isascii() and _looks_like_a_name(romanised[1].strip()):
            names.append(romanised[1].strip())
    return names


# One rare word in brackets after a body's name: "Russian National Guard (Rosgvardiya)", "Islamic State (Daesh)".
_ONE_WORD = re.compile(r"[A-Z][a-z]{4,19}")
_RARE_OTHER_NAME = 3.0
_ADJECTIVE_ENDINGS = ("ary", "ory", "al", "ic", "ive", "ous", "ed", "ing", "able", "ible")
_BODY_KINDS = (ActorKind.organization, ActorKind.armed_force)


def _body_by_one_other_word(head: ActorDraft, bracketed: str) -> list[str]:
    """'the Russian National Guard (Rosgvardiya)': one rare capitalised word, no place's name, alone in brackets
    after a body's name of two words or more, is the name the body goes by (its own language's, or a short one)."""
    if head.kind not in _BODY_KINDS or len(head.name.split()) < 2 or not _ONE_WORD.fullmatch(bracketed):
        return []
    word = fold(bracketed)
    if word.endswith(_ADJECTIVE_ENDINGS):
        return []  # "the 7th Transportation Brigade (Expeditionary)": what kind of unit it is, no other name
    if zipf(word) >= _RARE_OTHER_NAME or gazetteer().lookup((word,)) is not None:
        return []
    return [bracketed]


_CLIPPED = re.compile(r"[A-Z][a-z]{2,}(?:[- ][A-Z][a-z]{2,}){1,2}")


def _clipped_name(name: str, bracketed: str) -> list[str]:
    """'Tarnland Metro Rail Corporation (Tarn-Metro)': a short name in brackets whose parts open words of the
    name before it, in order, is that body's short name."""
    if not _CLIPPED.fullmatch(bracketed):
        return []
    words = [word.casefold() for word in name.split()]
    k = 0
    for part in re.split(r"[- ]", bracketed.casefold()):
        while k < len(words) and not words[k].startswith(part):
            k += 1
        if k == len(words):
            return []
        k += 1
    return [bracketed]


# "(Forces Armées Maliennes, FAMa)", "(Alliance des États du Sahel, AES)": a name in the body's own
# language, then the acronym its words spell.
_NAME_AND_ACRONYM = re.compile(r"\(([^,;:()\n]+\s[^,;:()\n]+), ([A-Z][A-Za-z'’]{1,9})\)")
# An article elided before a vowel or an "h" in French and Italian: "d'Haïti", "l'Intérieur".
_ELIDED = re.compile(r"^(?:d|l|dell|all)['’]", re.IGNORECASE)
_SENTENCE_CASE_WORDS = 8


def _spells(acronym: str, name: str) -> bool:
    """Whether the capitals of `acronym` are the initials of the capitalised words of `name`, in order; a small
    letter after a capital goes on in the same word ("FAMa": Forces Armées Maliennes)."""
    words = [word for word in name.split() if word.casefold() not in _LOWER_NAME_WORDS]
    if len(words) < 2:
        return False
    letter = 0
    for word in words:
        if letter >= len(acronym) or not acronym[letter].isupper() or fold(word[0]) != fold(acronym[letter]):
            return False
        letter += 1
        inside = 1
        while letter < len(acronym) and acronym[letter].islower():
            if inside >= len(word) or fold(word[inside]) != acronym[letter]:
                return False
            letter, inside = letter + 1, inside + 1
    return letter == len(acronym)


def _spells_in_sentence_case(name: str, acronym: str) -> bool:
    """'(Conseil présidentiel de transition, CPT)', '(Police nationale d'Haïti, PNH)': French writes a body's name
    in sentence case; the acronym after it spells the initial of every word but the small ones (an elided
    article is left out: "d'Haïti" gives "H", "FAd'H" is read "FAH")."""
    words = name.split()
    if not words[0][:1].isupper() or len(words) > 2 * _SENTENCE_CASE_WORDS:
        return False
    if not all(ch.isascii() or not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name):
        return False
    content = [_ELIDED.sub("", word) for word in words if word.casefold() not in _LOWER_NAME_WORDS]
    if not 2 <= len(content) <= _SENTENCE_CASE_WORDS or not all(word[:1].isalpha() for word in content):
        return False
    letters = _ELIDED.sub("", re.sub(r"[dl]['’](?=[A-Z])", "", acronym))
    return fold("".join(word[0] for word in content)) == fold(letters)


_ROMANISED_AFTER = re.compile(r", ([^;,()\n:]+)(?=[;)])")


def _looks_like_a_name(value: str) -> bool:
    """Latin letters, every word capitalised but the small words names hold: "Panatag Shoal",
    "Ejército de Liberación Nacional"; not "Ofanziva u dolini Drine" nor a script we cannot fold."""
    words = value.split()
    # the small words do not count: "Frente Popular de Liberación de Saguía el Hamra y Río de Oro" (7 capitalised)
    capitalised = [word for word in words if word.casefold() not in _LOWER_NAME_WORDS]
    if (
        not words
        or len(capitalised) > _MAX_NAME_WORDS
        or len(words) > 2 * _MAX_NAME_WORDS
        or not words[0][:1].isupper()
    ):
        return False
    if not all(ch.isascii() or not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in value):
        return False
    return all(
        word[:1].isupper() or word.casefold() in _LOWER_NAME_WORDS or _ARTICLE.match(word) is not None for word in words
    )


# ", better known as Varna", " - better known as Varna -": the words between a person's name and the name
# they go by (set off by a comma or a dash), perhaps after a gloss in brackets: "Harakat Nasr al-Qarn
# (Victory Movement of the Horn), better known as Nasru"; or a body's old name, ", formerly known as Varnco".
_KNOWN_AS = re.compile(
    r"(?:[ \t]*\([^()\n]{1,120}\))?(?:,|[ \t]+[-–—])[ \t]+"
    r"(?:(?:(?:better|also|widely|popularly|commonly|formerly|previously)[ \t]+)?known[ \t]+as"
    # ", nicknamed the Gulls,": a club's or a town's nickname
    r"|nicknamed(?:[ \t]+the)?)[ \t]+[\"“]?"
    # "the singer Tawanda Varn commonly known as Zizi": "known as" after an adverb of how widely needs no comma
    r"|[ \t]+(?:better|widely|popularly|commonly)[ \t]+known[ \t]+as[ \t]+[\"“]?"
    # "Kofi Varn alias Kibo", "Ebo Varn, aka Sunny": a suspect's other name as the police write it
    r"|,?[ \t]+(?:alias|aka|a\.k\.a\.?)[ \t]+[\"“]?"
    # "Apti Zakriev (also spelled Zakriyev)": another spelling or name, in brackets, of the name before
    r"|[ \t]*\((?:also|or|sometimes)[ \t]+(?:spelled|spelt|written|transliterated|romani[sz]ed|known)"
    r"(?:[ \t]+as)?[ \t]+[\"“]?"
)


# The longest text `_KNOWN_AS` takes between two names: a gloss in brackets, the comma and "better known as".
_KNOWN_AS_REACH = 200


def known_as_aliases(text: str, drafts: list[ActorDraft], goes_by: Callable[[ActorDraft], bool]) -> set[int]:
    """'Gen Ilse Quellani, better known as Varna,': a name right after the name of an actor that may go by
    another (`goes_by`: a person, a body) and "known as" becomes an alias of that actor (its spans too).
    Returns the indexes of the drafts taken in that way, which the caller drops."""
    ends = {end: draft for draft in drafts if goes_by(draft) for _, end in draft.spans}
    ordered = sorted(ends)
    taken: set[int] = set()
    alias_ends: dict[int, ActorDraft] = {}  # where an alias taken so ends, and whose it is
    for _ in range(2):  # (a second pass for "also known as X or Y": Y is read after X is taken)
        for index, draft in enumerate(drafts):
            size = len(draft.name.split())
            if index in taken or draft.aliases or size > 3:
                continue
            if size > 1 and draft.kind not in (ActorKind.person, ActorKind.other):
                continue  # one word, or a name of no other kind ("Ibn Varn"); not "the Varn Brigade"
            for start, end_of_draft in draft.spans:
                # only a name ending just before can be the one this one is known as: not every name of the text
                near = ordered[bisect_left(ordered, start - _KNOWN_AS_REACH) : bisect_left(ordered, start)]
                head = next((ends[end] for end in near if _KNOWN_AS.fullmatch(text, end, start) is not None), None)
                if head is None:
                    # "..., also known as Jawad al-Varni (...) or Abu Esraa (...),": the next of the other names
                    head = next(
                        (alias_ends[end] for end in alias_ends if _OR_ANOTHER.fullmatch(text, end, start)), None
                    )
                if head is not None and head is not draft:
                    head.aliases.append(draft.name)
                    head.spans = sorted(head.spans + draft.spans)
                    alias_ends[end_of_draft] = head
                    taken.add(index)
                    break
    return taken


# Between two of the other names a name is known as: "Jawad al-Varni (جواد) or Abu Esraa".
# (Not a comma alone: "Ilse Varn, also known as Tarka, Tomas Quell said" names another person after it.)
_OR_ANOTHER = re.compile(r"(?:[ \t]*\([^()\n]{1,120}\))?,?[ \t]+or[ \t]+")


# "Initiative Nordwald in Bayern (Initiative of the North Forest in Bavaria) (INB)": a body's own-language name,
# perhaps with the land it works in, then its English name in brackets and perhaps its acronym in the next.
_TRANSLATION = re.compile(
    r"(?P<land>[ \t]+(?:in|en|im|em|di|de)[ \t]+[A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?)?"
    r"[ \t]*\((?P<english>[A-Z][^()\n]{3,120})\)"
    r"(?:[ \t]*\((?P<acronym>[A-Z][A-Za-z]{1,9})\))?"
)
_ENGLISH_GLUE = word_set("of the in for and on")


def _translated_bodies(text: str, drafts: list[ActorDraft]) -> set[int]:
    """'Stiftung Nordwald (North Forest Foundation) (NFF)': a body's name in another language, then in brackets
    English words with a body's word ("Foundation", "Initiative") and no word of the first name, is one body
    under its own name, its English name and its acronym. The drafts that only repeat the English name (or
    its first words) or the acronym join it (their indexes are returned); a place named inside stays a place."""
    taken: set[int] = set()
    for head in drafts:
        if head.kind in (ActorKind.person, ActorKind.state) or len(head.name.split()) < 2:
            continue
        for _, end in head.spans:
            match = _TRANSLATION.match(text, end)
            if match is None or not _english_body_name(match["english"], head.name):
                continue
            land = (match["land"] or "").strip()
            names = [f"{head.name} {land}" if land else "", match["english"], match["acronym"] or ""]
            for name in filter(None, names):
                if fold(name) != fold(head.name) and fold(name) not in {fold(a) for a in head.aliases}:
                    head.aliases.append(name)
            if head.kind is not ActorKind.organization:
                head.kind, head.found_by = ActorKind.organization, "a body named in English in brackets after it"
            inside = (match.start("english"), match.end())
            for index, draft in enumerate(drafts):
                if draft is head or draft.kind is ActorKind.state:
                    continue
                words, english = fold_phrase(draft.name), fold_phrase(match["english"])
                # "Living Land Association" inside "(Living Land Association in Brittany)"; a place only as its
                # first words ("Initiative of the North Forest" read as a place), not "Brittany" in it
                within = english[: len(words)] == words or (
                    draft.kind is not ActorKind.place
                    and any(english[k : k + len(words)] == words for k in range(len(english)))
                )
                repeats = fold(draft.name) == fold(match["acronym"] or "") or (
                    all(inside[0] <= a and b <= inside[1] for a, b in draft.spans) and within
                )
                if repeats:
                    head.spans = sorted(head.spans + draft.spans)
                    taken.add(index)
            break
    return taken


def _english_body_name(english: str, own: str) -> bool:
    """English words with a body's word and none of the own name's other words, after an own name in another
    language's order ("Initiative Nordwald": the body's word first, then its name) or with another language's
    body word ("Stiftung", `FOREIGN_BODY_WORDS`); not "the Tarnby Trust (Harlow Foundation)"."""
    words = english.split()
    capitalised = [w for w in words if w.casefold() not in _ENGLISH_GLUE]
    own_words = [w.casefold() for w in own.split()]
    foreign = own_words[0] in FOREIGN_BODY_WORDS or (
        own_words[0] in TRANSLATED_BODY_WORDS and own_words[1] not in _ENGLISH_GLUE
    )
    return (
        foreign
        and len(capitalised) >= 2
        and all(w[:1].isupper() for w in capitalised)
        and any(w.casefold() in TRANSLATED_BODY_WORDS for w in capitalised)
        and not set(own_words) & {w.casefold() for w in capitalised if w.casefold() not in TRANSLATED_BODY_WORDS}
    )
