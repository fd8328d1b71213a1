"""A person's family name alone later in the text: a mention of that person, never a draft.

"Foreign Minister Julie Bishop ... Bishop said": the bare "Bishop" is a title word and is never a
candidate, and "Aminata Kargbo-Sesay ... Kargbo-Sesay told" makes a draft of its own. Once the
drafts are grouped, a later bare family name (the last word of a person's name as written, hyphens
and all) becomes a span of that person, unless two drafts of the text bear it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.address_lines import written_as_an_address_town
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import NAME_PARTICLES, NEXT_WORD, TITLES
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.line_index import line_end, line_start
from dossier.ingest.names import fold_phrase, word_set
from dossier.ingest.place_evidence import COINED_OPENER
from dossier.model import ActorKind

# A word this common at a sentence's start ("Young people", "Green spaces") is a family name only
# before a word that makes a person of it ("Young said").
_COMMON_ZIPF = 3.5


def link_later_surnames(doc: ActorDocument, drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The drafts, with later bare family names as spans of the one person who bears them."""
    bearers: dict[tuple[str, ...], list[ActorDraft]] = {}
    for draft in drafts:
        family = _family_name(draft)
        if family:
            bearers.setdefault(family, []).append(draft)
    by_key = {fold_phrase(draft.name): draft for draft in drafts}
    merged: set[int] = set()
    words: _WordIndex | None = None  # made when a person first needs it: most texts never do
    for family, persons in bearers.items():
        latin = [person for person in persons if _latin(person.name)]
        if (
            len(latin) == 1
            and len(persons) > 1
            and all(p in latin or _in_brackets_after(doc, latin[0], p) for p in persons)
        ):
            # "Yerlan Amanov (Kazakh: Ерлан Аманов)": the name in its own script is the same person's.
            for native in persons:
                if native is not latin[0]:
                    _merge(latin[0], native)
                    merged.add(id(native))
            persons = latin
            for start, end in persons[0].spans:  # grouping gave it the bare name, but no alias, for two bearers
                written = doc.text[start:end]
                if fold_phrase(written) == family and written not in persons[0].aliases:
                    persons[0].aliases.append(written)
        if len(persons) != 1:
            # "Anna Marsh and Peter Marsh": "Marsh" alone names neither, though grouping gave it to one.
            for person in persons:
                dropped = [s for s in person.spans if fold_phrase(doc.text[s[0] : s[1]]) == family]
                person.spans = [s for s in person.spans if s not in dropped]
                if words is not None:
                    words.release(dropped)
            continue
        person = persons[0]
        bare = by_key.get(family)
        if (
            bare is not None
            and bare is not person
            and _town_by_a_weak_cue(bare)
            and all(_to_a_person(doc.text, start) for start, _ in bare.spans)
            and min(bare.spans) > min(person.spans)
        ):
            # "Mayor Ilse Quarnby ... a tribute to Quarnby": a town the gazetteer gave the bare family name after the
            # person's full name, by "to" alone, is that person (the town's other spellings are none of hers)
            person.spans += bare.spans
            if fold_phrase(bare.name) not in map(fold_phrase, (person.name, *person.aliases)):
                person.aliases.append(bare.name)
            merged.add(id(bare))
        elif bare is not None and bare is not person:
            guessed_body = bare.kind is ActorKind.organization and bare.found_by.startswith(COINED_OPENER)
            if bare.kind not in (ActorKind.person, ActorKind.other) and not guessed_body:
                continue  # a place or a body of that name ("Hallworth-Ade" a body only by its coined word: hers)
            if min(bare.spans) < min(person.spans) and not _headlines_only_before(doc.text, bare, min(person.spans)[0]):
                continue  # the bare name before the full one
            if written_as_an_address_town(doc.text, bare.spans):
                continue  # "Ash Lane, Quarnby QN10 5HX": an address's town, though organiser Maria Quarnby bears it
            _merge(person, bare)
            merged.add(id(bare))
        words = words or _WordIndex(doc, drafts)
        for start, end in _later_bare_spans(doc, family, person, words):
            person.spans.append((start, end))
            words.take([(start, end)])
            written = doc.text[start:end]
            if fold_phrase(written) not in map(fold_phrase, (person.name, *person.aliases)):
                person.aliases.append(written)  # as grouping does for "Baker" after "Tom Baker"
        person.spans.sort()
    _link_variant_spellings(drafts, merged)
    for draft in drafts:
        if draft.kind is ActorKind.person:
            _alias_short_forms(doc, draft)
            _free_country_names(doc, draft)
    return [draft for draft in drafts if id(draft) not in merged]


_HEADLINE_WORDS = 20  # a headline's most words
# What alone made a gazetteer town of a word: "to", which takes a person as often ("a tribute to", "spoke to"), or
# nothing at all.
_WEAK_TOWN_CUES = (" (after 'to')", " (no other cue)")


# Words before "to" that take a person after it: "a tribute to Quarnby", "spoke to Quarnby". After any other word
# ("shipped to Hull", "moved to Hull") "to" keeps its sense of a destination.
_TO_A_PERSON = word_set(
    "tribute tributes thanks letter message spoke speaking talked talking wrote writing replied listened married "
    "dedicated addressed introduced"
)
_WORD_BEFORE_TO = re.compile(r"([^\W\d_]+)\s+to\s+$")


def _to_a_person(text: str, start: int) -> bool:
    before = _WORD_BEFORE_TO.search(text, max(0, start - 40), start)
    return before is not None and before[1].casefold() in _TO_A_PERSON


def _town_by_a_weak_cue(draft: ActorDraft) -> bool:
    return (
        draft.kind is ActorKind.place
        and draft.found_by.startswith("gazetteer: ")
        and draft.found_by.endswith(_WEAK_TOWN_CUES)
    )


def _headlines_only_before(text: str, bare: ActorDraft, first_full: int) -> bool:
    """'Reinholt takes Tyneside Congress Open on tie-break' over 'German grandmaster Tobias Reinholt won ...': a
    person's family name in a headline (a short line with no full stop) before the text names him in full."""
    if bare.kind is not ActorKind.person:
        return False
    for start, _ in bare.spans:
        if start >= first_full:
            continue
        end = line_end(text, start)
        line = text[line_start(text, start) : end if end >= 0 else len(text)].strip()
        if line.endswith((".", ",", ";")) or len(line.split()) > _HEADLINE_WORDS or end < 0 or end > first_full:
            return False
    return True


def _free_country_names(doc: ActorDocument, person: ActorDraft) -> None:
    """'Jordan' after 'Michael Jordan': still a mention of him, but no alias. A workspace holds each
    alias on one actor, so a person holding a country's name would keep every later source from
    drafting the country ("talks in Jordan")."""
    for alias in list(person.aliases):
        words = fold_phrase(alias)
        place = doc.gazetteer.lookup(words) if len(words) == 1 else None
        if place is not None and place.kind == "state":
            person.aliases.remove(alias)


def _alias_short_forms(doc: ActorDocument, person: ActorDraft) -> None:
    """'Mr Huynh Van Thanh ... Mr Huynh said': a span grouping gave the person that is one word of
    the name (the family name first, as Vietnamese and Chinese write it) is an alias, as "Baker" is
    for "Tom Baker"."""
    words = fold_phrase(person.name)
    if len(words) < 2:
        return
    for start, end in person.spans:
        written = doc.text[start:end]
        folded = fold_phrase(written)
        if len(folded) == 1 and folded[0] in words and folded not in map(fold_phrase, (person.name, *person.aliases)):
            person.aliases.append(written)


_BRACKET_REACH = 40  # characters from a name's end to its native spelling: "(Kazakh: "


def _in_brackets_after(doc: ActorDocument, person: ActorDraft, native: ActorDraft) -> bool:
    """'Yerlan Amanov (Kazakh: Ерлан Аманов': the native spelling opens brackets right after the name."""
    text = doc.text
    for _, end in person.spans:
        for start, _ in native.spans:
            between = text[end:start]
            if 0 < len(between) <= _BRACKET_REACH and between.lstrip().startswith("(") and ")" not in between:
                return True
    return False


def _latin(name: str) -> bool:
    """Whether a name is written in Latin letters ("Amanov", "Ngũgĩ"), not Cyrillic, Arabic or Han."""
    return all(ord(ch) < 0x0370 or 0x1E00 <= ord(ch) < 0x2000 for ch in name if ch.isalpha())


def _family_name(draft: ActorDraft) -> tuple[str, ...]:
    """The folded last word of a person's name as written ("Kargbo-Sesay" -> kargbo, sesay)."""
    words = draft.name.split()
    if len(words) < 2 or draft.kind not in (ActorKind.person, ActorKind.other):
        return ()
    family = fold_phrase(words[-1])
    if draft.kind is ActorKind.other and len(family) < 2:
        return ()  # only a hyphenated family name makes a person of a name of no kind
    if not family or len(family[-1]) < 2 or family[0] in NAME_PARTICLES:
        return ()  # "al-Baghdadi" and short forms of that kind are grouping's job
    return family


# The shortest family name whose spelling one letter away is still read as hers: "Shukr"/"Shukhr" (not "Khan"/"Khan").
_VARIANT_LENGTH = 5
# A word this rare is no English word a name could be mistaken for ("Shukhr", not "Mosque").
_RARE_ZIPF = 2.0


def _link_variant_spellings(drafts: list[ActorDraft], merged: set[int]) -> None:
    """'Israel said it killed Fuad Shukr ... Hezbollah says Shukhr was in the building': a transliterated family
    name is spelled two ways in one report (one letter more, less or changed), and the bare word (a person or of no
    kind) after the full name is that one person's, when no other person's family name is as close and the word is
    no common word."""
    families: dict[str, list[ActorDraft]] = {}
    for draft in drafts:
        words = draft.name.split()
        # (a name of no kind yet too, of two to four capitalised words: "Ali Al-Tabtai" is a person only later)
        shaped = draft.kind is ActorKind.person or (len(words) <= 4 and all(w[:1].isupper() for w in words))
        if draft.kind in (ActorKind.person, ActorKind.other) and shaped and len(words) >= 2 and id(draft) not in merged:
            family = fold_phrase(words[-1].replace("-", " "))  # "Al-Tabtai": its last part
            if family and len(family[-1]) >= _VARIANT_LENGTH:
                families.setdefault(family[-1], []).append(draft)
    for bare in drafts:
        if id(bare) in merged or bare.kind not in (ActorKind.person, ActorKind.other) or bare.aliases:
            continue
        word = fold_phrase(bare.name)
        if len(word) != 1 or len(word[0]) < _VARIANT_LENGTH or not word[0].isalpha() or zipf(word[0]) > _RARE_ZIPF:
            continue
        near = [persons for family, persons in families.items() if _one_letter_apart(word[0], family)]
        close = {id(p): p for persons in near for p in persons}
        if len(close) != 1:
            continue
        (person,) = close.values()
        if min(bare.spans) < min(person.spans):
            continue  # the variant before the full name: nothing yet to be a spelling of
        _merge(person, bare)
        merged.add(id(bare))


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped or changed, past their first ("tabatai"/"tabtai")."""
    if a == b or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if (a[:-1] == b[:-1] or a == b[:-1] or b == a[:-1]) and "a" in (a[-1], b[-1]):
        return False  # "Kowalski"/"Kowalska", "Ivanov"/"Ivanova": a family name's feminine form, another person
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _merge(person: ActorDraft, bare: ActorDraft) -> None:
    person.take_in(bare)
    if person.kind is ActorKind.other and bare.kind is ActorKind.person:
        person.kind, person.found_by = ActorKind.person, bare.found_by
        person.confidence = max(person.confidence, bare.confidence)


class _WordIndex:
    """Where each folded word stands in the text, and how many drafts' spans cover each character,
    made once per text so that each person's search costs the mentions of the name, not the text."""

    def __init__(self, doc: ActorDocument, drafts: list[ActorDraft]) -> None:
        self.at: dict[str, list[int]] = {}
        for i, token in enumerate(doc.tokens):
            self.at.setdefault(token.folded, []).append(i)
        self.cover = [0] * (len(doc.text) + 1)
        self.take([span for draft in drafts for span in draft.spans])

    def take(self, spans: list[tuple[int, int]]) -> None:
        for start, end in spans:
            self.cover[start:end] = [count + 1 for count in self.cover[start:end]]

    def release(self, spans: list[tuple[int, int]]) -> None:
        for start, end in spans:
            self.cover[start:end] = [count - 1 for count in self.cover[start:end]]

    def taken(self, start: int, end: int) -> bool:
        return any(self.cover[start:end])


def _later_bare_spans(
    doc: ActorDocument, family: tuple[str, ...], person: ActorDraft, words: _WordIndex
) -> list[tuple[int, int]]:
    tokens, size = doc.tokens, len(family)
    first_start = min(person.spans)[0]
    found: list[tuple[int, int]] = []
    for i in words.at.get(family[0], ()):
        if i + size > len(tokens):
            continue
        run = tokens[i : i + size]
        if run[0].start <= first_start or tuple(t.folded for t in run) != family:
            continue
        if not all(cased(t) for t in run) or any(doc.text[a.end : b.start] != "-" for a, b in pairwise(run)):
            continue
        start, end = run[0].start, run[-1].end
        if words.taken(start, end):
            continue  # already a word of a name
        after = tokens[i + size] if i + size < len(tokens) else None
        before = tokens[i - 1] if i > 0 else None
        if after is not None and run[-1].joined and cased(after):
            continue  # "Bishop Street": the word opens a longer name
        if doc.text[run[-1].end : run[-1].end + 1] == "-" or doc.text[start - 1 : start] == "-":
            continue  # a part of a longer hyphenated word
        if before is not None and before.joined and cased(before) and before.folded not in TITLES:
            continue  # "Anglican Bishop": the word ends another name
        next_cue = NEXT_WORD.get(after.folded) if after is not None else None
        says_person = next_cue is not None and next_cue.kind is ActorKind.person
        if i in doc.sentence_first and zipf(family[-1]) >= _COMMON_ZIPF and not says_person:
            continue  # "Young people gathered": a sentence opens with a common word
        found.append((start, end))
    return found
