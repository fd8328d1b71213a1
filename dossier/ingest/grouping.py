"""One draft per actor: the candidates of one text that name the same actor, joined.

Spellings that fold, transliterate or shorten to one name join (Lukashenka, Lukashenko, the
surname alone), an acronym defined in the text joins its full name, and a one-word short form
("the Coalition" after "Global Coalition") joins the one longer name it is a word of. The kind
and `found_by` of a draft come from its best-supported mention; its confidence grows a little
with each further mention. A draft that looks like an existing actor gets a suggestion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossier.ingest.cues import (
    COUNCIL_TIERS,
    KNOWN_FIRMS,
    LEGAL_ENDINGS,
    NAME_GLUE,
    NAME_PARTICLES,
    NEXT_WORD,
    STREET_HEADS,
)
from dossier.ingest.listed_firms import short_name
from dossier.ingest.mentions import ActorIndex, Token
from dossier.ingest.names import (
    claim_id,
    fold,
    fold_phrase,
    is_chinese_surname,
    is_given_name,
    skeleton,
    slug,
    variant_key,
)
from dossier.ingest.same_actor import may_be_same
from dossier.ingest.word_forms import is_hangul
from dossier.model import ActorKind


@dataclass
class ActorDraft:
    """A proposed new actor, with every span of the text that names it."""

    id: str
    name: str
    kind: ActorKind
    found_by: str
    aliases: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Candidate:
    first: int
    last: int
    name: str
    kind: ActorKind
    found_by: str
    confidence: float = 0.3
    canonical: str | None = None  # the gazetteer's or demonym's name, when the draft takes it
    gazetteer_name: str | None = None
    alias: str | None = None  # a spelling that names the same actor (the demonym used, an acronym)
    # "Baroness Varn" inside "Minister for Development Baroness Varn": the honorific and the name alone
    honorific_form: str | None = None
    short_form_only: bool = False  # kept only if it is the short form of a longer name in the text
    needs_company: bool = False  # kept only if another mention names the same place (`with_company`)
    leader: Candidate | None = None  # the person a "regime" or "administration" is named after


# How a body's head word alone after "the" is found (`body_heads`): "the Council", "the Commission".
LONE_HEAD = "'the Council' alone"
# How a firm's branch named after its state is found (`name_bounds`): "Tarvex Ghana" is the branch, and
# "Tarvex" alone the parent firm, no short form of it.
BRANCH_IN_STATE = "a body's branch in a state"
# How a firm named in the possessive is found (`name_kinds`): "a Lloyd's policy" is no one's surname alone.
POSSESSIVE_FIRM = "a firm's name in the possessive"


def _head_words(name: str) -> tuple[str, ...]:
    """The first and last words of a name, where a body's head word stands ("Council of Europe")."""
    words = fold_phrase(name)
    return (words[0], words[-1]) if words else ()


def _first_longer_span(draft: ActorDraft, head: Token) -> int:
    """Where the text first names `draft` by a spelling longer than the lone `head` word (0: nowhere)."""
    return min((start for start, end in draft.spans if end - start > head.end - head.start), default=0)


def _firm_by_first_word(firm: ActorDraft | None, word: str, candidate: Candidate) -> ActorDraft | None:
    """'Karrawong told the ASX' after 'Karrawong Resources': a lone word read as a person's surname by its
    verb is the firm whose name opens with it, unless it is a given name or comes with a title ("Ms Karrawong")."""
    if firm is None or firm.kind is not ActorKind.organization or candidate.honorific_form is not None:
        return None
    if not candidate.found_by.startswith("followed by '") or candidate.found_by.startswith("followed by ', "):
        return None  # only a speech verb's speaker ("Tarnley, who were second": a club by its town is its own)
    words = fold_phrase(firm.name)
    if is_given_name(word) or words[0] != word or words[-1] in NEXT_WORD:
        return None  # (not "Assad" beside "the Assad regime": a body named after its leader)
    return firm


# What a firm is, said after its name and left out of its short name: "Harcourt Mutual Building Society",
# "Aditya Varma Group".
_FIRM_DESCRIPTORS = (
    ("building", "society"),
    ("group",),
    ("holdings",),
    ("group", "holdings"),
    # an investor's: "led by Peak XV" in a headline beside "Peak XV Partners" ("Kestrel Ridge" beside "Kestrel
    # Ridge Capital" is read as the firm's short form by `name_kinds`)
    ("partners",),
    ("ventures",),
)

# Words between a post's title and its remit: a name with them is a post's, and its last word no surname.
_POST_REMIT_GLUE = frozenset(("of", "for", "to"))


def _with_its_article(candidate: Candidate) -> str | None:
    """A place whose own name opens with "The" (The Hague, The Bronx) keeps it, though the text's
    capitals start after it (the article is never part of a run of capitals)."""
    official = candidate.gazetteer_name
    if official is None or not official.startswith("The ") or candidate.kind is not ActorKind.place:
        return None
    return official if fold_phrase(official[4:]) == fold_phrase(candidate.name) else None


def group_candidates(
    candidates: list[Candidate],
    tokens: list[Token],
    index: ActorIndex,
    taken: set[str],
    acronyms: dict[str, Candidate],
) -> list[ActorDraft]:
    """One draft per actor: spellings that fold, transliterate, shorten or abbreviate to one name join."""
    from rapidfuzz import fuzz, process

    drafts: list[ActorDraft] = []
    by_key: dict[tuple[str, ...], ActorDraft] = {}
    by_variant: dict[tuple[str, ...], ActorDraft] = {}
    by_surname: dict[str, ActorDraft] = {}
    by_tail: dict[tuple[str, ...], ActorDraft] = {}  # "waller bridge" -> Phoebe Waller-Bridge
    by_head: dict[tuple[str, ...], ActorDraft | None] = {}  # "matthew tong" -> Matthew Tong Ka-wing
    by_given_and_family: dict[tuple[str, ...], ActorDraft | None] = {}  # "john kennedy" -> John Fitzgerald Kennedy
    surnames: dict[str, set[int]] = {}  # a surname, and the drafts of persons who bear it
    short_aliases: dict[int, tuple[str, list[str]]] = {}  # a person's surname alone and titled ("Mr Ellwood")
    short_forms: dict[str, ActorDraft | None] = {}
    firm_streets: dict[tuple[str, ...], ActorDraft] = {}  # "kettle street" -> Kettle Street Foods
    firm_stems: dict[tuple[str, ...], ActorDraft] = {}  # "tarnby skips" -> Tarnby Skips Ltd
    body_stems: dict[tuple[str, ...], ActorDraft | None] = {}  # "arts council" -> Arts Council of Wales
    surname_keys: set[tuple[str, ...]] = set()  # keys that joined a person as a surname alone
    defined_by: dict[int, str] = {id(full): acronym for acronym, full in acronyms.items()}
    # Longer names first, so "Lukashenka" alone finds "Alyaksandr Lukashenka" and "IRGC" its full name.
    # Among names of one length, the leader a regime is named after first: "Assad" of "the Assad
    # regime" is a person, and "Assad" alone later is that person, not a short form of the regime.
    leaders = {id(c.leader) for c in candidates if c.leader is not None}
    ordered = sorted(candidates, key=lambda c: (-(c.last - c.first), id(c) not in leaders, c.first))
    for candidate in ordered:
        name = candidate.canonical or _with_its_article(candidate) or candidate.name
        key = fold_phrase(name)
        if not key:
            continue
        # A near spelling is a transliteration's variant ("Lukashenko", "Lukashenka"); Hangul has one
        # spelling per name, and its romanised skeleton is shared by distinct towns (청주, 충주: "chng").
        variant = None if is_hangul(name.replace(" ", "")) else variant_key(key)
        draft = by_key.get(key) or (by_variant.get(variant) if variant else None)
        # A second "Phoenix" finds by its key the person the first one joined as a surname.
        joins_surname = draft is not None and key in surname_keys
        tail = len(key) >= 2 and not (len(key) == 2 and key[0] in NAME_PARTICLES)  # "al-Baghdadi": a surname
        if draft is None and tail and candidate.kind in (ActorKind.person, ActorKind.other):
            draft = by_tail.get(key)  # "Waller-Bridge said" after "Phoebe Waller-Bridge"
            # "Secretary Waller-Bridge" after "Secretary of State Phoebe Waller-Bridge": the family
            # name and its titled form are aliases, as for a one-word surname.
            joins_surname = draft is not None and draft.kind is ActorKind.person
        if draft is None and candidate.kind in (ActorKind.person, ActorKind.other):
            draft = by_head.get(key)
            joins_surname = draft is not None
        if draft is None and candidate.kind in (ActorKind.person, ActorKind.other):
            draft = by_given_and_family.get(key)  # "Corwin Halloway" after "Corwin James Halloway"
            joins_surname = draft is not None
        # "al-Baghdadi" is the one word "Baghdadi" with its article.
        core = key[1:] if len(key) == 2 and key[0] in NAME_PARTICLES else key
        if draft is None and len(core) == 1:
            draft = by_surname.get(core[0])
            if draft is None and candidate.kind not in (ActorKind.place, ActorKind.state):
                # A near spelling of a surname ("Lukashenko" for "Lukashenka"), but no state or place
                # the gazetteer names: "Syria" is no spelling of "al-Suri".
                draft = by_surname.get(skeleton(core[0]))
            if draft is not None and draft.kind is not ActorKind.person and candidate.kind is not ActorKind.person:
                draft = None  # only a person's surname makes "Boris Johnson" (found with no cue) a person
            joins_surname = draft is not None
        if draft is None and len(key) == 1 and candidate.kind in (ActorKind.organization, ActorKind.other):
            draft = short_forms.get(
                key[0]
            )  # "Ibrahim" after "Ibrahim al-Jaafari", "Coalition" after "Global Coalition"
            if draft is not None and candidate.found_by == LONE_HEAD and key[0] not in _head_words(draft.name):
                # "the Commission" after "State Commission on Border Survey": a body named by its head
                # word is the longer name only when that name opens or ends with it.
                draft = None
        if draft is None and len(key) == 1 and candidate.kind is ActorKind.person:
            draft = _firm_by_first_word(short_forms.get(key[0]), key[0], candidate)
        if (
            draft is None
            and len(key) == 1
            and candidate.kind is ActorKind.state
            and candidate.gazetteer_name is None
            and candidate.canonical is None
        ):
            # "the Al bu Varn tribe" after "the Al Bu Varn tribe": a people by the last word of its name
            people = short_forms.get(key[0])
            draft = people if people is not None and people.kind is ActorKind.state else None
        if draft is None and len(key) == 1 and candidate.kind is ActorKind.armed_force:
            # "Varnak fighters" after "the Varnak Group": the group by its own word, written as its fighters'.
            group = short_forms.get(key[0])
            draft = group if group is not None and fold_phrase(group.name) == (key[0], "group") else None
            if draft is not None and name not in draft.aliases:
                draft.aliases.append(name)  # the short name the text goes on to use
        if (
            draft is not None
            and candidate.found_by == LONE_HEAD
            and tokens[candidate.first].start < _first_longer_span(draft, tokens[candidate.first])
        ):
            # "The Council today adopted ..." before "the European Council conclusions": a short form
            # comes after its full name, so a head word that comes first is another body.
            draft = None
        if draft is None and len(key) == 1 and candidate.kind is ActorKind.person:
            # "Laurens" after "Laurens van der Maaten": a person's given name alone.
            given = short_forms.get(key[0])
            if given is not None and given.kind is ActorKind.person and _called_by(fold_phrase(given.name), key[0]):
                draft = given
        if (
            draft is None
            and candidate.kind is ActorKind.place
            and candidate.gazetteer_name is None
            and key in firm_streets
        ):
            # "the Kettle Street brand" after "Kettle Street Foods": the firm by its street's name, a
            # short form of the firm (it keeps the firm's kind).
            draft = firm_streets[key]
        defined = next((joined for joined in (" ".join(key), "-".join(key)) if joined in acronyms), None)
        if draft is None and len(key) <= 2 and defined is not None:
            full = acronyms[defined]  # "IRGC", "EU NAVFOR", "ZAMBATT-12": an acronym the text defines
            draft = by_key.get(fold_phrase(full.canonical or full.name))
        if draft is None and key in firm_stems and candidate.kind not in (ActorKind.place, ActorKind.state):
            # "Tarnby Skips had been paid" after "Tarnby Skips Ltd": the firm without its legal ending
            draft = firm_stems[key]
        if draft is None and candidate.kind in (ActorKind.organization, ActorKind.other):
            # "the Arts Council said" beside "the Arts Council of Wales": a body without its "of" part, when
            # one body of the text has that stem (a headline may name it short before the story names it in full).
            draft = body_stems.get(key)
        if draft is not None and draft.kind is ActorKind.person and candidate.found_by == POSSESSIVE_FIRM:
            draft = None  # "a Lloyd's policy" beside "Ilse Brannock-Lloyd": a firm, not her surname
        firm_street = draft is not None and (firm_streets.get(key) is draft or firm_stems.get(key) is draft)
        span = (tokens[candidate.first].start, tokens[candidate.last].end)
        if draft is None and candidate.short_form_only:
            continue
        if draft is None:
            draft = ActorDraft(
                claim_id(slug(name, 60), taken),
                name,
                candidate.kind,
                candidate.found_by,
                confidence=candidate.confidence,
            )
            for spelling in (candidate.name, candidate.gazetteer_name, candidate.alias, candidate.honorific_form):
                if (
                    spelling
                    and fold_phrase(spelling) != key
                    and fold_phrase(spelling) not in map(fold_phrase, draft.aliases)
                ):
                    draft.aliases.append(spelling)
            acronym = defined_by.get(id(candidate))
            if acronym is not None:
                # ("PNG" may be written apart from "Papua New Guinea": a state's initials; "42 ATKS", "75th EFS":
                # a unit's code of two words, written as the text writes it)
                after = tokens[candidate.last + 1 : candidate.last + 2 + acronym.count(" ")]
                spelled = " ".join(t.folded for t in after) == acronym
                written = " ".join(t.text for t in after) if spelled else acronym.upper()
                draft.aliases.append(written)
                draft.found_by += f"; defined as '{written}'"
            drafts.append(draft)
            # A short surname ("Sen", "Li") only of a person: "Amartya Sen", then "Sen said".
            short = len(key[family_name_at(name, key)]) >= 2 and candidate.kind is ActorKind.person
            if candidate.kind is ActorKind.person:
                for size in range(2, len(key)):
                    by_tail.setdefault(key[-size:], draft)
            family = key[family_name_at(name, key)]
            if (
                candidate.kind in (ActorKind.person, ActorKind.other)
                # (a person's chained Arabic name may run to six words: "Abdirahman Yusuf Omar al-Muhajir")
                and 1 < len(key) <= (6 if candidate.kind is ActorKind.person else 4)
                and (len(family) >= 4 or short)
                and not _POST_REMIT_GLUE.intersection(key)  # "Governor of Texas": "Texas" is no surname
            ):
                by_surname.setdefault(family, draft)
                by_surname.setdefault(skeleton(family), draft)
                surnames.setdefault(family, set()).add(id(draft))
            if candidate.kind is ActorKind.person:
                # The first words of a person's name that ends in a given name written after the family name,
                # or goes on with "son of", are that person ("Matthew Tong" after "Matthew Tong Ka-wing",
                # "Carrie Lam" after "Carrie Lam Cheng Yuet-ngor", "Nurul Aisyah" after "Nurul Aisyah binti
                # Rahman"), unless two persons of the text open their names so.
                for size in range(2, _own_names_end(name, key)):
                    head = key[:size]
                    by_head[head] = draft if by_head.get(head, draft) is draft else None
            # (a name of no kind yet is a person's when it opens with a given name the lists know)
            if candidate.kind is ActorKind.person or (candidate.kind is ActorKind.other and is_given_name(key[0])):
                without_middle = _without_middle_names(name)
                if without_middle is not None:
                    alone = by_given_and_family.get(without_middle, draft) is draft
                    by_given_and_family[without_middle] = draft if alone else None
            if candidate.kind is ActorKind.organization and len(key) >= 3 and key[-2] in STREET_HEADS:
                firm_streets.setdefault(key[:-1], draft)
            if candidate.kind is ActorKind.organization and len(key) >= 2 and key[-1] in LEGAL_ENDINGS:
                firm_stems.setdefault(key[:-1], draft)
            descriptor = next((d for d in _FIRM_DESCRIPTORS if key[-len(d) :] == d), None)
            if candidate.kind is ActorKind.organization and descriptor and len(key) - len(descriptor) >= 2:
                # "Harcourt Mutual" in a headline beside "Harcourt Mutual Building Society": the firm without
                # the kind of firm it is (one word alone is a short form already)
                firm_stems.setdefault(key[: -len(descriptor)], draft)
            if candidate.kind is ActorKind.organization and "of" in key[2:]:
                stem_key = key[: key.index("of", 2)]
                # Two bodies of one stem ("National Union of Students", "... of Teachers"): neither's.
                body_stems[stem_key] = draft if body_stems.get(stem_key, draft) is draft else None
            # (Nor is a half of a state named by two lands: "Barbuda" beside "Antigua and Barbuda".)
            two_lands = candidate.kind is ActorKind.state and "and" in key
            if (
                len(key) > 1
                and candidate.kind is not ActorKind.place
                and candidate.found_by != BRANCH_IN_STATE
                and not two_lands
            ):
                # A half of a hyphened body's name is no short form of it: "Lloyd's" beside "Hapag-Lloyd".
                halves = set() if candidate.kind is ActorKind.person else _hyphened_halves(name)
                # Where a body serves is no short form of it: "Tarvel" beside "University Centre in Tarvel".
                served = (
                    set(key[key.index("in", 1) + 1 :])
                    if "in" in key[1:] and candidate.kind is not ActorKind.person
                    else set()
                )
                remit_at = next((k for k in range(1, len(key)) if key[k] in ("of", "for")), None)
                if candidate.kind is ActorKind.person and remit_at is not None:
                    served |= set(key[remit_at + 1 :])  # "MINUSCA" beside "Head of MINUSCA": the body the post heads
                if len(key) >= 3 and key[-1] == "council" and key[-2] in COUNCIL_TIERS:
                    served |= set(key[:-2])  # "Brindley" beside "Brindley Parish Council": the village it serves
                if _part_of_a_body_by_its_letters(name, key, candidate.kind):
                    # "NATO" beside "NATO Military Committee": the alliance, a short form of no body named with it
                    served.add(key[0])
                    short_forms[key[0]] = None
                if key[0] in KNOWN_FIRMS and candidate.kind is not ActorKind.person and short_name(key) != key[:1]:
                    # "Google" beside "Google Cloud": the parent firm, not its division (but "Microsoft" is
                    # "Microsoft Corp" without its legal form)
                    served.add(key[0])
                for word in key:
                    if word in served:
                        continue
                    if len(word) >= 4 and word not in NAME_GLUE and word not in NAME_PARTICLES and word not in halves:
                        # A word of two drafts' names is a short form of neither.
                        short_forms[word] = draft if short_forms.get(word, draft) is draft else None
        else:
            if (
                candidate.confidence > draft.confidence
                and candidate.kind is not ActorKind.other
                and not (joins_surname and draft.kind is ActorKind.person)
                and not firm_street
            ):
                # Another mention says more ("reached Oskeldorf" then "the villages of Oskeldorf").
                draft.kind, draft.found_by = candidate.kind, candidate.found_by
                draft.confidence = candidate.confidence
            if joins_surname:
                # "Ellwood", "Minister Ellwood" after "Tobias Ellwood": aliases, unless two people
                # of this text bear the surname (settled below).
                folded = fold_phrase(draft.name)
                forms = short_aliases.setdefault(id(draft), (folded[family_name_at(draft.name, folded)], []))[1]
                forms += [
                    spelling for spelling in (candidate.name, candidate.alias, candidate.honorific_form) if spelling
                ]
            # A new spelling (Lukashenko beside Lukashenka, "American" for the United States) is an
            # alias.
            for spelling in () if joins_surname else (candidate.name, candidate.alias, candidate.honorific_form):
                if not spelling:
                    continue
                words = {word for known in (draft.name, *draft.aliases) for word in fold_phrase(known)}
                if not set(fold_phrase(spelling)) <= words:
                    draft.aliases.append(spelling)
        if joins_surname:
            surname_keys.add(key)
        by_key.setdefault(key, draft)
        if variant:
            by_variant.setdefault(variant, draft)
        draft.spans.append(span)
    for draft in drafts:
        surname, forms = short_aliases.get(id(draft), ("", []))
        # (A name of five words or more, "Abu Yusuf al-Varni-Tessak", registers no surname: its own still counts.)
        if draft.kind is ActorKind.person and surnames.get(surname, {id(draft)}) == {id(draft)}:
            for spelling in forms:
                if fold_phrase(spelling) not in map(fold_phrase, (draft.name, *draft.aliases)):
                    draft.aliases.append(spelling)
        draft.spans.sort()
        # More mentions, more reason to believe it: up to +0.1.
        draft.confidence = round(min(0.99, draft.confidence + 0.025 * min(4, len(draft.spans) - 1)), 2)
    # Suggestions: a draft that looks like an existing actor is for the analyst to merge, or not.
    # The closest name, else the closest alias (a name wins a tie), in any word order, that may name the
    # same actor.
    for draft in drafts:
        spelling = " ".join(fold_phrase(draft.name))
        found = [
            hit
            for choices in (index.name_choices, index.alias_choices)
            if choices
            for hit in process.extract(spelling, choices, scorer=fuzz.token_sort_ratio, score_cutoff=75, limit=5)
        ]
        for _choice, score, choice_key in sorted(found, key=lambda hit: -hit[1]):
            actor_id, _, number = choice_key.partition("\x00")
            actor = index.actors[actor_id]
            spellings = (actor.name, *actor.aliases)
            matched = spellings[int(number) + 1] if number else actor.name
            if may_be_same(
                draft.name, draft.kind.value, (draft.name, *draft.aliases), matched, actor.kind.value, spellings
            ):
                draft.notes.append(
                    f"looks like existing actor '{actor_id}' ({actor.name}), "
                    f"similarity {score:.0f}: merge it in review if they are the same"
                )
                break
    return drafts


# "Son of" and "daughter of" in Malay and Arabic names.
_PATRONYMIC = frozenset(("bin", "binti", "bte", "bint", "ibn"))


def _without_middle_names(name: str) -> tuple[str, ...] | None:
    """The folded key of a person's name without its middle names or initials: "maarten van dellen" of
    "Maarten Willem van Dellen", "john kennedy" of "John F. Kennedy"; none when the words between are not
    all capitalised given names or initials (a patronymic, "Saeed bin Rashid Al-Varni"; a name written
    family name first, "Moon Jae-in")."""
    words = name.split()
    family = len(words) - 1
    while family > 1 and words[family - 1] in NAME_PARTICLES:
        family -= 1  # "van Dellen", "de la Vega": the family name's particles
    middles = words[1:family]
    if not middles or _HYPHENED_GIVEN_NAME.fullmatch(words[-1]) or not words[0][:1].isupper():
        return None
    if not all(word[:1].isupper() and fold(word.rstrip(".")) not in NAME_PARTICLES for word in middles):
        return None
    return fold_phrase(" ".join([words[0], *words[family:]]))


def _own_names_end(name: str, key: tuple[str, ...]) -> int:
    """How many first words of a person's folded name may stand for the person: up to "bin" or "binti",
    or up to the given name written last as Chinese and Korean names are; else none (1)."""
    at = next((k for k, word in enumerate(key) if word in _PATRONYMIC), 0)
    if at >= 2:
        return at + 1
    return len(key) - 1 if family_name_at(name, key) < len(key) - 1 else 1


# A given name of two syllables joined by a hyphen, written after the family name ("Jae-in", "Ka-wing").
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def family_name_at(name: str, key: tuple[str, ...]) -> int:
    """Where a person's family name stands among the folded words of their name: last, except before a
    hyphened given name, as Korean and Chinese names are written ("Moon Jae-in", "Matthew Tong Ka-wing")."""
    words = name.split()
    if len(words) >= 2 and len(key) >= 3 and _HYPHENED_GIVEN_NAME.fullmatch(words[-1]):
        return len(key) - 3
    if len(words) == len(key) and len(key) in (3, 4) and _chinese_order(words, key):
        return len(key) - 3  # "Lim Kah Seng", "Rachel Teo Hui Min": the family name before two syllables
    return len(key) - 1


# The syllables of a Chinese given name written apart: "Kah Seng", "Hui Min", "Wei Meng" (not "Kah-seng").
_SYLLABLE = re.compile(r"[A-Z][a-z]{1,5}")


def _chinese_order(words: list[str], key: tuple[str, ...]) -> bool:
    """'Lim Kah Seng', 'Rachel Teo Hui Min': a Chinese family name (after an English given name, or none) and
    the two syllables of a Chinese given name, as Malaysia and Singapore write names."""
    family = len(key) - 3
    if family == 1 and not is_given_name(key[0]):
        return False
    if family == 0 and is_given_name(key[0]) and not is_chinese_surname(key[1]):
        return False  # "Lee Ann Holt": a given name, not the family name, opens it
    syllables = words[-2:]
    return is_chinese_surname(key[family]) and all(_SYLLABLE.fullmatch(word) for word in syllables)


def _hyphened_halves(name: str) -> set[str]:
    """The folded words of a name that stand in a compound of capitalised words joined by a hyphen
    ("Hapag-Lloyd"; not an article's "al-Gurma", whose name is the word after it)."""
    return {
        word
        for part in name.split()
        if "-" in part.strip("-") and all(piece[:1].isupper() for piece in part.split("-"))
        for word in fold_phrase(part)
    }


def fold_name(name: str) -> str:
    return " ".join(fold(word) for word in name.split())


# Words that open Malay, Bangladeshi and other Muslim names before the given name a text goes on to call the
# person by: "Hafiz" after "Muhammad Hafiz Rahmat", "Aisyah" after "Siti Aisyah Kamal".
_OPENERS_BEFORE_GIVEN = frozenset(
    ("muhammad", "mohammad", "mohammed", "mohamed", "muhamad", "mohd", "md", "nur", "nurul", "siti", "syed")
)


def _called_by(full: tuple[str, ...], word: str) -> bool:
    """Whether a person named `full` is called by the one word `word`: the given name that opens the name, or
    the one after a name's opener ("Hafiz" of "Muhammad Hafiz Rahmat")."""
    return full[0] == word or (len(full) > 2 and full[0] in _OPENERS_BEFORE_GIVEN and full[1] == word)


# The last word of a body's part or seat, named with its parent's letters: "NATO Military Committee", "ECOWAS
# Commission", "NATO Headquarters" (not a firm's word: "BAE Systems" is "BAE" still).
_PARTS_OF_BODIES = frozenset(
    (
        "committee",
        "council",
        "commission",
        "headquarters",
        "delegation",
        "mission",
        "secretariat",
        "assembly",
        "command",
        "court",
        "parliament",
    )
)


def _part_of_a_body_by_its_letters(name: str, key: tuple[str, ...], kind: ActorKind) -> bool:
    """A body's part named with its parent's letters in capitals first: the letters alone name the parent."""
    opening = name.split()[0]
    return (
        kind in (ActorKind.organization, ActorKind.armed_force, ActorKind.place)
        and len(key) > 1
        and key[-1] in _PARTS_OF_BODIES
        and len(opening) >= 2
        and opening.isupper()
        and opening.isalpha()
    )
