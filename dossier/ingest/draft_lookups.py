"""How a mention finds the draft of an actor named before it in the same text.

Grouping reads the candidates of a text longest first. Each new draft registers the shorter forms a
text may go on to call it by (a person's family name, the first words of a name written family name
first, a firm without its legal ending, a body without its remit, each word of a long name); a later
mention is looked up in those tables, one lookup after another, before it may become a draft of its own.
A form two drafts share ("Council" of two councils) points to neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz.distance import DamerauLevenshtein

from dossier.ingest.address_lines import town_of_an_address
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    COUNCIL_TIERS,
    EVENT_HEADS,
    EVENT_NOUNS_AFTER,
    KNOWN_FIRMS,
    LEGAL_ENDINGS,
    NAME_GLUE,
    NAME_PARTICLES,
    NEXT_WORD,
    OWNED_THING_HEADS,
    STREET_HEADS,
)
from dossier.ingest.listed_firms import short_name
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import has_cue, is_title
from dossier.ingest.names import fold_phrase, is_given_name, skeleton, variant_key
from dossier.ingest.person_name_forms import (
    called_by,
    family_name_at,
    heads_before_a_house,
    own_names_end,
    without_middle_names,
)
from dossier.ingest.word_forms import is_hangul
from dossier.model import ActorKind

if TYPE_CHECKING:  # (grouping builds its drafts with these lookups)
    from dossier.ingest.grouping import ActorDraft, Candidate

# How a body's head word alone after "the" is found (`body_heads`): "the Council", "the Commission".
LONE_HEAD = "'the Council' alone"
# How a firm's branch named after its state is found (`name_bounds`): "Tarvex Ghana" is the branch, and
# "Tarvex" alone the parent firm, no short form of it.
BRANCH_IN_STATE = "a body's branch in a state"
# How a firm called by the opening words of its full name is found (`name_kinds`): "Buchan Fresh" beside "Buchan
# Fresh Fish Ltd" (other mentions of such words, "Golden Lotus Petroleum" beside "... Company Limited", stay apart).
FIRM_OPENING = "the opening words of a firm's name"
# How a firm named in the possessive is found (`name_kinds`): "a Lloyd's policy" is no one's surname alone.
POSSESSIVE_FIRM = "a firm's name in the possessive"
# Common words with a body's letters of another tongue after them: "the National Rally (RN)" (`name_kinds`, `acronyms`)
OWN_TONGUE_LETTERS = "letters of its own tongue after it"
# How a group known by its name alone is found (`name_kinds`): "the Houthi movement" is no one's surname alone.
KNOWN_GROUP_FOUND_BY = "a group known by name"
# How a lone word that speaks of itself as "it" is found (`name_kinds`): "Tarvolex said its agents processed more".
SAID_OF_ITSELF_AS_IT = "said of itself as 'it'"

_PERSON_OR_OTHER = (ActorKind.person, ActorKind.other)


@dataclass(frozen=True)
class Mention:
    """A candidate as grouping reads it: the spelling its draft would take, folded to a key."""

    candidate: Candidate
    name: str
    key: tuple[str, ...]
    # A near spelling is a transliteration's variant ("Lukashenko", "Lukashenka"); Hangul has one spelling
    # per name, and its romanised skeleton is shared by distinct towns (청주, 충주: "chng").
    variant: tuple[str, ...] | None

    @property
    def kind(self) -> ActorKind:
        return self.candidate.kind

    @property
    def core(self) -> tuple[str, ...]:
        """The key without a name's article: "al-Baghdadi" is the one word "Baghdadi"."""
        key = self.key
        return key[1:] if len(key) == 2 and key[0] in NAME_PARTICLES else key


def mention_of(candidate: Candidate) -> Mention | None:
    """How grouping reads `candidate`; none when its name folds to nothing."""
    name = candidate.canonical or _with_its_article(candidate) or candidate.name
    key = fold_phrase(name)
    if not key:
        return None
    variant = None if is_hangul(name.replace(" ", "")) else variant_key(key)
    return Mention(candidate, name, key, variant)


def _with_its_article(candidate: Candidate) -> str | None:
    """A place whose own name opens with "The" (The Hague, The Bronx) keeps it, though the text's
    capitals start after it (the article is never part of a run of capitals)."""
    official = candidate.gazetteer_name
    if official is None or not official.startswith("The ") or candidate.kind is not ActorKind.place:
        return None
    return official if fold_phrase(official[4:]) == fold_phrase(candidate.name) else None


@dataclass
class DraftTables:
    """The drafts of one text so far, by every form a later mention may name them by."""

    tokens: list[Token]
    acronyms: dict[str, Candidate]  # an acronym the text defines, and the candidate of its full name
    by_key: dict[tuple[str, ...], ActorDraft] = field(default_factory=dict)
    by_variant: dict[tuple[str, ...], ActorDraft] = field(default_factory=dict)
    by_surname: dict[str, ActorDraft] = field(default_factory=dict)
    by_tail: dict[tuple[str, ...], ActorDraft] = field(default_factory=dict)  # "waller bridge" -> Phoebe Waller-Bridge
    # "matthew tong" -> Matthew Tong Ka-wing
    by_head: dict[tuple[str, ...], ActorDraft | None] = field(default_factory=dict)
    # "john kennedy" -> John Fitzgerald Kennedy
    by_given_and_family: dict[tuple[str, ...], ActorDraft | None] = field(default_factory=dict)
    surnames: dict[str, set[int]] = field(default_factory=dict)  # a surname, and the drafts of persons who bear it
    # a person's surname alone and titled ("Mr Ellwood"), kept apart until it is known no other person bears it
    short_aliases: dict[int, tuple[str, list[str]]] = field(default_factory=dict)
    short_forms: dict[str, ActorDraft | None] = field(default_factory=dict)
    # the first word a firm's name shares with its product's: "Tarvex" of "Tarvex Motors Inc" and "Tarvex Quell"
    makers: dict[str, ActorDraft] = field(default_factory=dict)
    # "kettle street" -> Kettle Street Foods, "tarnby skips" -> Tarnby Skips Ltd, "arts council" -> Arts Council of
    # Wales
    firm_streets: dict[tuple[str, ...], ActorDraft] = field(default_factory=dict)
    firm_stems: dict[tuple[str, ...], ActorDraft] = field(default_factory=dict)
    # "bargain barn" -> Bargain Barn Stores Inc: a firm's opening words, for a mention read as a firm
    firm_openings: dict[tuple[str, ...], ActorDraft] = field(default_factory=dict)
    body_stems: dict[tuple[str, ...], ActorDraft | None] = field(default_factory=dict)
    surname_keys: set[tuple[str, ...]] = field(default_factory=set)  # keys that joined a person as a surname alone
    # one-word names the text reads as a place by a cue of their own somewhere ("born in Tarrow")
    place_words: frozenset[str] = frozenset()
    # the own word of a landform's name ("thitu" -> Thitu Island, "canaveral" -> Cape Canaveral), None when shared
    landform_words: dict[str, ActorDraft | None] = field(default_factory=dict)
    # an inner word of a person's name of three words or more, no given name ("lula" -> Luiz Inacio Lula da
    # Silva), None when two persons' names hold it
    inner_words: dict[str, ActorDraft | None] = field(default_factory=dict)
    # the last words of a local body's name after its county or city ("sheriff office" -> Burleson County Sheriff's
    # Office), None when two bodies' names end so
    body_tails: dict[tuple[str, ...], ActorDraft | None] = field(default_factory=dict)

    def remember(self, mention: Mention, draft: ActorDraft, joins_surname: bool) -> None:
        """Record that `mention` names `draft`, so its spelling finds the draft again."""
        if joins_surname:
            self.surname_keys.add(mention.key)
        self.by_key.setdefault(mention.key, draft)
        if mention.variant:
            self.by_variant.setdefault(mention.variant, draft)


class Match(NamedTuple):
    """The draft a mention names, if any, and whether it names a person by the surname alone."""

    draft: ActorDraft | None = None
    joins_surname: bool = False


def find_draft(t: DraftTables, m: Mention) -> Match:
    """The draft `m` names among those found so far: by its own spelling or a person's shorter name first,
    then by the short forms of firms and bodies."""
    match = _first_found(t, m, _NAME_LOOKUPS, Match())
    if match.draft is not None and _head_word_before_its_body(t, m, match.draft):
        match = Match(None, match.joins_surname)
    match = _first_found(t, m, _SHORT_FORM_LOOKUPS, match)
    if (
        match.draft is not None
        and match.draft.kind is ActorKind.person
        and len(m.key) == 1
        and town_of_an_address(t.tokens, m.candidate.first, m.candidate.last)
    ):
        match = Match()  # "Ash Lane, Wakefield WF10 5HX": an address's town, though organiser Joanne Wakefield bears it
    if match.draft is not None and match.draft.kind is ActorKind.person and m.candidate.found_by == POSSESSIVE_FIRM:
        match = Match(None, match.joins_surname)  # "a Lloyd's policy" beside "Ilse Brannock-Lloyd": a firm's
    if match.draft is not None and match.joins_surname and m.candidate.found_by == KNOWN_GROUP_FOUND_BY:
        match = Match(None, match.joins_surname)  # "the Houthi movement" beside "Hussein al-Houthi": the group
    return match


Lookup = Callable[[DraftTables, Mention], Match | None]


def _first_found(t: DraftTables, m: Mention, lookups: tuple[Lookup, ...], match: Match) -> Match:
    for lookup in lookups:
        if match.draft is not None:
            break
        found = lookup(t, m)
        if found is not None:
            match = Match(found.draft, found.joins_surname or match.joins_surname)
    return match


def _found(draft: ActorDraft | None, joins_surname: bool = False) -> Match | None:
    return Match(draft, joins_surname) if draft is not None else None


def _by_spelling(t: DraftTables, m: Mention) -> Match | None:
    """The same name, folded or transliterated; a second "Phoenix" finds the person the first joined as a surname."""
    draft = t.by_key.get(m.key)
    if draft is None and m.variant:
        draft = t.by_variant.get(m.variant)
        if draft is not None and _post_beside_its_body(m.key, fold_phrase(draft.name)):
            draft = None  # "the Foreign Minister" beside "the Foreign Ministry": one letter apart, a post and a body
    return _found(draft, m.key in t.surname_keys)


# A post's word and its body's, whose skeletons are one ("mnstr"): "Foreign Minister", "Foreign Ministry".
_POSTS_AND_BODIES = frozenset((("minister", "ministry"), ("ministry", "minister")))


def _post_beside_its_body(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    return any((a, b) in _POSTS_AND_BODIES for a, b in zip(key, other, strict=False))


def _by_family_name_tail(t: DraftTables, m: Mention) -> Match | None:
    """A person's family name of several words: "Waller-Bridge said" after "Phoebe Waller-Bridge"; "Secretary
    Waller-Bridge" after "Secretary of State Phoebe Waller-Bridge": the family name and its titled form are
    aliases, as for a one-word surname."""
    tail = len(m.key) >= 2 and not (len(m.key) == 2 and m.key[0] in NAME_PARTICLES)  # "al-Baghdadi": a surname
    if not tail or m.kind not in _PERSON_OR_OTHER:
        return None
    draft = t.by_tail.get(m.key)
    return _found(draft, draft is not None and draft.kind is ActorKind.person)


def _by_opening_words(t: DraftTables, m: Mention) -> Match | None:
    """A person by the first words of the name: "Matthew Tong" after "Matthew Tong Ka-wing", "Nurul Aisyah"
    after "Nurul Aisyah binti Rahman"."""
    return _found(t.by_head.get(m.key), True) if m.kind in _PERSON_OR_OTHER else None


def _by_given_and_family_name(t: DraftTables, m: Mention) -> Match | None:
    """A person without middle names: "Corwin Halloway" after "Corwin James Halloway"."""
    return _found(t.by_given_and_family.get(m.key), True) if m.kind in _PERSON_OR_OTHER else None


def _firm_that_says_it_will(t: DraftTables, m: Mention) -> Match | None:
    """'Brannock said it would open two depots' beside "Brannock Haulage" and its founder "Ivy Brannock": a lone
    word that speaks of itself as "it" is the firm whose name opens with it, not the founder's surname."""
    if len(m.key) != 1:
        return None
    if m.candidate.found_by != SAID_OF_ITSELF_AS_IT and not _says_it_after(t.tokens, m.candidate.last):
        return None
    word = m.key[0]
    founder = t.by_surname.get(word)
    if founder is None or founder.kind is not ActorKind.person:
        return None  # (only a founder's surname is in question; other lookups find a firm by its first word)
    firms = {
        id(draft): draft
        for draft in t.by_key.values()
        if draft.kind is ActorKind.organization
        and len(fold_phrase(draft.name)) >= 2
        and fold_phrase(draft.name)[0] == word
    }
    return _found(next(iter(firms.values()))) if len(firms) == 1 else None


_SPEECH_VERBS = frozenset(("said", "says", "confirmed", "announced", "warned"))
_OWN_DEEDS_AFTER_IT = frozenset(("had", "has", "would", "will", "plans", "planned", "expects", "expected"))


def _says_it_after(tokens: list[Token], last: int) -> bool:
    """'Bristow said it had doubled output': a speech verb right after the name, then "it" and a verb of its own
    deeds (or "its") within a few words: the speaker speaks of itself as "it", whatever a family name it bears."""
    if last + 1 >= len(tokens) or tokens[last + 1].folded not in _SPEECH_VERBS:
        return False
    start = last + 2 + _when_or_how_said(tokens, last + 2)
    for k in range(start, min(start + 4, len(tokens) - 1)):
        if tokens[k].folded == "its":
            return True
        if tokens[k].folded == "it":
            return tokens[k + 1].folded in _OWN_DEEDS_AFTER_IT
    return False


# "said after the finish that it", "said in a statement that it", "said on Monday that it": when or how it spoke,
# between the verb and what it says
_WHEN_OR_HOW_SAID = (("after", "the", ""), ("in", "a", "statement"), ("on", ""), ("last", ""), ("this", ""))


def _when_or_how_said(tokens: list[Token], at: int) -> int:
    """How many words of a phrase saying when or how the speaker spoke open at `at` (0 when none does)."""
    for phrase in _WHEN_OR_HOW_SAID:
        words = tokens[at : at + len(phrase)]
        if len(words) == len(phrase) and all(w == "" or t.folded == w for t, w in zip(words, phrase, strict=True)):
            return len(phrase)
    return 0


def _by_surname_alone(t: DraftTables, m: Mention) -> Match | None:
    """A person's surname: "Lukashenka" after "Alyaksandr Lukashenka", or a near spelling of it ("Lukashenko")."""
    if len(m.core) != 1:
        return None
    word = m.core[0]
    draft = t.by_surname.get(word)
    if draft is None and m.kind not in (ActorKind.place, ActorKind.state):
        # (but no state or place the gazetteer names: "Syria" is no spelling of "al-Suri")
        draft = t.by_surname.get(skeleton(word))
        if draft is not None and _other_gender_of(word, draft):
            draft = None  # "Kowalska said" beside "Jan Kowalski": his wife or his sister, another person
    if draft is None and m.kind in _PERSON_OR_OTHER:
        draft = _surname_misspelt(t, word)
    if draft is not None and draft.kind is not ActorKind.person and m.kind is not ActorKind.person:
        return None  # only a person's surname makes "Boris Johnson" (found with no cue) a person
    if draft is not None and m.kind is ActorKind.place and m.candidate.found_by.startswith(_LISTED_PLACE):
        return None  # "towns such as Blyth, Stanley and Washington": a town, though Cllr Amber Stanley bears it
    if draft is not None and m.kind is ActorKind.place and _TOWN_AFTER_ITS_PREPOSITION.search(m.candidate.found_by):
        return None  # "shipped to Hull", "call at Hull": the port, though its managing director Stuart Hull bears it
    if draft is not None and town_of_an_address(t.tokens, m.candidate.first, m.candidate.last):
        return (
            None  # "Ash Lane, Wakefield WF10 5HX": the town of an address, though organiser Joanne Wakefield bears it
        )
    return _found(draft, True)


_LISTED_PLACE = "listed after '"
# Family names that Slavic and Baltic languages give a woman: the man's with its ending changed or an "a" added.
_FEMININE_ENDINGS = (
    ("ska", "ski"),
    ("cka", "cki"),
    ("zka", "zki"),
    ("skaya", "sky"),
    ("skaya", "skiy"),
    ("skaya", "skii"),
)


def _other_gender_of(word: str, draft: ActorDraft) -> bool:
    """Whether `word` is the family name of the draft's person in the other gender ("Kowalska", "Petrova",
    "Ivanova" beside "Kowalski", "Petrov", "Ivanov"), which a transliteration's near spelling never makes."""
    for family in fold_phrase(draft.name):
        short, long_ = sorted((family, word), key=len)
        if long_ == short + "a" and len(short) >= 4:
            return True
        for feminine, masculine in _FEMININE_ENDINGS:
            stem = family[: -len(masculine)] if family.endswith(masculine) else None
            if stem and word == stem + feminine:
                return True
            stem = family[: -len(feminine)] if family.endswith(feminine) else None
            if stem and word == stem + masculine:
                return True
    return False


# A family name this long and this rare has no other name one slip away; shorter or commoner ones do ("Jones",
# "Janes"; "Johnson", "Johnston").
_SLIP_LETTERS = 7
_SLIP_RARE = 2.5  # Zipf: "Mnangagwa" 0, "Zelenskyy" 1.9; not "Johnston" 3.3


def _surname_misspelt(t: DraftTables, word: str) -> ActorDraft | None:
    """'Mnangwagwa left' after "Emmerson Mnangagwa": a rare word one slip (a letter added, lost, changed, or two
    swapped) from the rare family name of one person of the text is that name misspelt, not another actor."""
    if len(word) < _SLIP_LETTERS or zipf(word) >= _SLIP_RARE or is_given_name(word):
        return None
    found = {
        id(draft): draft
        for family, draft in t.by_surname.items()
        if family[:1] == word[:1]
        and family[-2:] == word[-2:]  # (an ending is no slip: "Kowalska" is Jan Kowalski's wife, "Petrova" his sister)
        and len(family) >= _SLIP_LETTERS
        and draft.kind is ActorKind.person
        and zipf(family) < _SLIP_RARE
        and DamerauLevenshtein.distance(family, word, score_cutoff=1) == 1
    }
    return next(iter(found.values())) if len(found) == 1 else None


_BODY_KINDS = (ActorKind.organization, ActorKind.armed_force, ActorKind.media)
# How `name_kinds` ends the cue of a town the gazetteer alone gave (`spellings_abroad.NO_OTHER_CUE`, which imports
# this module's callers).
_NO_OTHER_CUE = "(no other cue)"
# How `name_kinds` drafts a town the gazetteer knows after a preposition of place: "gazetteer: Hull, United Kingdom
# (after 'at')" ("according to" names a source, no place: the gazetteer's cue leaves it out).
_TOWN_AFTER_ITS_PREPOSITION = re.compile(r"^gazetteer: .* \(after '(?:in|at|to|near|from|into|via|outside)'\)$")


def _by_word_of_a_longer_name(t: DraftTables, m: Mention) -> Match | None:
    """One word of a longer name: "Ibrahim" after "Ibrahim al-Jaafari", "Coalition" after "Global Coalition"."""
    if len(m.key) != 1:
        return None
    if m.kind is ActorKind.place and m.candidate.found_by.endswith(_NO_OTHER_CUE):
        # "Freeport chair Lord Grimsby" after "the Humber Freeport": a body's last word, a town abroad only to the
        # gazetteer, is the body's short form (not its first word: "the Humber" beside it is the estuary)
        draft = t.short_forms.get(m.key[0])
        # (a body's own head word, not a town it is named for: "Gateshead" of "Citizens Advice Gateshead")
        body = (
            draft is not None
            and draft.kind in _BODY_KINDS
            and fold_phrase(draft.name)[-1] == m.key[0]
            and has_cue(m.key)
        )
        return _found(draft) if body else None
    if m.kind not in (ActorKind.organization, ActorKind.other):
        return None
    draft = t.short_forms.get(m.key[0])
    if draft is not None and m.candidate.found_by == LONE_HEAD and m.key[0] not in _head_words(draft.name):
        # "the Commission" after "State Commission on Border Survey": a body named by its head word is the
        # longer name only when that name opens or ends with it.
        return None
    if draft is not None and _town_a_body_is_named_after(t, m, draft):
        return None
    return _found(draft)


def _town_a_body_is_named_after(t: DraftTables, m: Mention, draft: ActorDraft) -> bool:
    """'Tarrow's favourite son' beside "Tarrow Grammar School" and "born in Tarrow": a word of no kind that opens a
    body's name and that the text elsewhere reads as a place is the town the body is named after, not its short
    form."""
    word = m.key[0]
    return (
        m.kind is ActorKind.other
        and word in t.place_words
        and draft.kind is ActorKind.organization
        and fold_phrase(draft.name)[0] == word
    )


def _head_words(name: str) -> tuple[str, ...]:
    """The first and last words of a name, where a body's head word stands ("Council of Europe")."""
    words = fold_phrase(name)
    return (words[0], words[-1]) if words else ()


def _firm_by_its_first_word(t: DraftTables, m: Mention) -> Match | None:
    """'Karrawong told the ASX' after 'Karrawong Resources': a lone word read as a person's surname by its
    verb is the firm whose name opens with it, unless it is a given name or comes with a title ("Ms Karrawong")."""
    if len(m.key) != 1 or m.kind is not ActorKind.person:
        return None
    word, candidate = m.key[0], m.candidate
    firm = t.short_forms.get(word) or t.makers.get(word)
    if firm is None or firm.kind is not ActorKind.organization or candidate.honorific_form is not None:
        return None
    if not candidate.found_by.startswith("followed by '") or candidate.found_by.startswith("followed by ', "):
        return None  # only a speech verb's speaker ("Tarnley, who were second": a club by its town is its own)
    words = fold_phrase(firm.name)
    if is_given_name(word) or words[0] != word or words[-1] in NEXT_WORD:
        return None  # (not "Assad" beside "the Assad regime": a body named after its leader)
    return _found(firm)


def _people_by_one_word(t: DraftTables, m: Mention) -> Match | None:
    """A people by the last word of its name: "the Al bu Varn tribe" after "the Al Bu Varn tribe"."""
    candidate = m.candidate
    if len(m.key) != 1 or m.kind is not ActorKind.state:
        return None
    if candidate.gazetteer_name is not None or candidate.canonical is not None:
        return None
    people = t.short_forms.get(m.key[0])
    return _found(people) if people is not None and people.kind is ActorKind.state else None


def _group_by_its_fighters(t: DraftTables, m: Mention) -> Match | None:
    """A group by its own word, written as its fighters': "Varnak fighters" after "the Varnak Group"."""
    if len(m.key) != 1 or m.kind is not ActorKind.armed_force:
        return None
    group = t.short_forms.get(m.key[0])
    if group is None or fold_phrase(group.name) != (m.key[0], "group"):
        return None
    if m.name not in group.aliases:
        group.aliases.append(m.name)  # the short name the text goes on to use
    return _found(group)


def _head_word_before_its_body(t: DraftTables, m: Mention, draft: ActorDraft) -> bool:
    """Whether a lone head word comes before its body's full name ("The Council today adopted ..." before "the
    European Council conclusions"): a short form comes after its full name, so it names another body."""
    head = t.tokens[m.candidate.first]
    return m.candidate.found_by == LONE_HEAD and head.start < _first_longer_span(draft, head)


def _first_longer_span(draft: ActorDraft, head: Token) -> int:
    """Where the text first names `draft` by a spelling longer than the lone `head` word (0: nowhere)."""
    return min((start for start, end in draft.spans if end - start > head.end - head.start), default=0)


def _person_by_given_name(t: DraftTables, m: Mention) -> Match | None:
    """A person by the given name alone: "Laurens" after "Laurens van der Maaten"."""
    if len(m.key) != 1 or m.kind is not ActorKind.person:
        return None
    given = t.short_forms.get(m.key[0])
    if given is not None and given.kind is ActorKind.person and called_by(fold_phrase(given.name), m.key[0]):
        return _found(given)
    return None


def _firm_by_its_street(t: DraftTables, m: Mention) -> Match | None:
    """A firm by its street's name, a short form of the firm (it keeps the firm's kind): "the Kettle Street
    brand" after "Kettle Street Foods"."""
    if m.kind is not ActorKind.place or m.candidate.gazetteer_name is not None:
        return None
    return _found(t.firm_streets.get(m.key))


def _by_defined_acronym(t: DraftTables, m: Mention) -> Match | None:
    """The full name of an acronym the text defines: "IRGC", "EU NAVFOR", "ZAMBATT-12"."""
    defined = next((joined for joined in (" ".join(m.key), "-".join(m.key)) if joined in t.acronyms), None)
    if len(m.key) > 2 or defined is None:
        return None
    full = t.acronyms[defined]
    return _found(t.by_key.get(fold_phrase(full.canonical or full.name)))


def _by_acronym_and_the_head_after_it(t: DraftTables, m: Mention) -> Match | None:
    """'the MSS Mission' after 'the Multinational Security Support (MSS) Mission': an acronym and the body's head
    word the text wrote after its bracket name the body the acronym spells."""
    if len(m.key) != 2 or m.key[0] not in t.acronyms:
        return None
    full, tokens = t.acronyms[m.key[0]], t.tokens
    at = full.last + 2  # (the acronym's one word in brackets, then the head word)
    if at >= len(tokens) or tokens[full.last + 1].folded != m.key[0] or tokens[at].folded != m.key[1]:
        return None
    if not tokens[at].text[:1].isupper() or not has_cue(m.key[1:]):
        return None
    return _found(t.by_key.get(fold_phrase(full.canonical or full.name)))


def _firm_without_its_legal_ending(t: DraftTables, m: Mention) -> Match | None:
    """A firm without its legal ending: "Tarnby Skips had been paid" after "Tarnby Skips Ltd"."""
    if m.candidate.found_by == FIRM_OPENING and m.key in t.firm_openings and m.key not in t.firm_stems:
        return _found(t.firm_openings[m.key])  # "Bargain Barn" beside "Bargain Barn Stores Inc"
    return None if m.kind in (ActorKind.place, ActorKind.state) else _found(t.firm_stems.get(m.key))


def _landform_by_its_own_word(t: DraftTables, m: Mention) -> Match | None:
    """'the crew sailed to Tarnu' after "Tarnu Island", 'Canaveral sits at 28 degrees' after "Cape Canaveral": the
    landform's own word alone, read as nothing else (no cue, no gazetteer's place), is that landform."""
    if m.kind is not ActorKind.other or len(m.key) != 1 or m.candidate.gazetteer_name is not None:
        return None
    return _found(t.landform_words.get(m.key[0]))


def _body_without_its_remit(t: DraftTables, m: Mention) -> Match | None:
    """A body without its "of" part, when one body of the text has that stem: "the Arts Council said" beside
    "the Arts Council of Wales" (a headline may name it short before the story names it in full)."""
    return _found(t.body_stems.get(m.key)) if m.kind in (ActorKind.organization, ActorKind.other) else None


# A person's shorter names, then a body's words: asked in this order until one finds a draft.
def _body_by_its_last_words(t: DraftTables, m: Mention) -> Match | None:
    """A local body by the last words of its name, its county or city left out: "the Sheriff's Office" after
    "the Burleson County Sheriff's Office", "the Police Department" after "the Carver City Police Department"."""
    if len(m.key) < 2 or m.kind not in (*_BODY_KINDS, ActorKind.other):
        return None
    return _found(t.body_tails.get(m.key))


def _by_inner_name_word(t: DraftTables, m: Mention) -> Match | None:
    """A person by the one inner word of the name the press calls them by: "Lula" after "Luiz Inacio Lula da
    Silva", "Messias" after "Jair Messias Bolsonaro" (a family name or a nickname between the given names and the
    last; a given name there, "George Walker Bush", is not read so)."""
    if len(m.key) != 1:
        return None
    draft = t.inner_words.get(m.key[0])
    if draft is None or draft.kind is not ActorKind.person:
        return None
    # As for a surname alone: a town listed or after its preposition, or an address's, is the town.
    found_by = m.candidate.found_by
    if m.kind is ActorKind.place and (
        found_by.startswith(_LISTED_PLACE) or _TOWN_AFTER_ITS_PREPOSITION.search(found_by)
    ):
        return None
    if town_of_an_address(t.tokens, m.candidate.first, m.candidate.last):
        return None
    return _found(draft, True)


_NAME_LOOKUPS: tuple[Lookup, ...] = (
    _firm_that_says_it_will,
    _by_spelling,
    _by_family_name_tail,
    _by_opening_words,
    _by_given_and_family_name,
    _by_surname_alone,
    _by_word_of_a_longer_name,
    _firm_by_its_first_word,
    _people_by_one_word,
    _group_by_its_fighters,
    _by_inner_name_word,
)
_SHORT_FORM_LOOKUPS: tuple[Lookup, ...] = (
    _person_by_given_name,
    _firm_by_its_street,
    _by_defined_acronym,
    _by_acronym_and_the_head_after_it,
    _firm_without_its_legal_ending,
    _body_without_its_remit,
    _landform_by_its_own_word,
    _body_by_its_last_words,
)


# The word ending a local area's name before its body's ("Burleson County Sheriff's Office", "Carver City Police
# Department"): a local body's name without the area is the text's short form of it.
_LOCAL_AREA_WORDS = frozenset(("county", "city", "parish", "borough", "township", "district"))


def _register_body_tails(t: DraftTables, draft: ActorDraft, m: Mention) -> None:
    key = m.key
    if m.kind not in _BODY_KINDS or len(key) < 3:
        return
    for size in range(2, len(key)):
        tail = key[-size:]
        if tail[0] in NAME_GLUE:
            continue  # "of Defence" of "Ministry of Defence": no name
        if key[-size - 1] not in _LOCAL_AREA_WORDS:
            continue  # "Security Council" beside "UN Security Council": another body's name, for all a text says
        held = t.body_tails.get(tail, draft)
        t.body_tails[tail] = draft if held is draft else None


def is_firm_short_form(t: DraftTables, m: Mention, draft: ActorDraft) -> bool:
    """Whether `m` names the firm `draft` by its street or without its legal ending (it keeps the firm's kind)."""
    return t.firm_streets.get(m.key) is draft or t.firm_stems.get(m.key) is draft or t.firm_openings.get(m.key) is draft


def register(t: DraftTables, draft: ActorDraft, m: Mention) -> None:
    """Record the shorter forms a text may go on to call a new draft by."""
    _register_person_forms(t, draft, m)
    _register_firm_and_body_stems(t, draft, m)
    _register_words_of_the_name(t, draft, m)
    _register_plural_of_a_group_of_lands(t, draft, m)
    _register_landform_word(t, draft, m)
    _register_body_tails(t, draft, m)


# Heads of a landform's name of two words, after its own word ("Tarnu Island") or before it ("Cape Tarnu").
_LANDFORM_HEADS_AFTER = frozenset(("island", "isle", "atoll", "reef", "glacier", "peninsula"))
_LANDFORM_HEADS_BEFORE = frozenset(("cape", "mount", "isla", "ilha"))


def _register_landform_word(t: DraftTables, draft: ActorDraft, m: Mention) -> None:
    """The own word of a landform's name: "Tarnu" of "Tarnu Island", "Canaveral" of "Cape Canaveral"."""
    key = m.key
    if m.kind is not ActorKind.place or len(key) != 2:
        return
    if key[1] in _LANDFORM_HEADS_AFTER:
        word = key[0]
    elif key[0] in _LANDFORM_HEADS_BEFORE:
        word = key[1]
    else:
        return
    held = t.landform_words.get(word, draft)
    t.landform_words[word] = draft if held is draft else None


# Heads of a group of islands or mountains, which the news shortens to the plural of the name's word: "the
# Senkakus" for the Senkaku Islands, "the Falklands", "the Rockies" is no such plain plural.
_GROUP_HEADS = frozenset(("islands", "isles", "mountains"))


def _register_plural_of_a_group_of_lands(t: DraftTables, draft: ActorDraft, m: Mention) -> None:
    """'the Quellakus' after "Quellaku Islands": the plural of the name's own word is the same group."""
    if m.kind is not ActorKind.place or len(m.key) != 2 or m.key[1] not in _GROUP_HEADS or m.key[0].endswith("s"):
        return
    t.by_key.setdefault((m.key[0] + "s",), draft)


# Words between a post's title and its remit: a name with them is a post's, and its last word no surname.
_POST_REMIT_GLUE = frozenset(("of", "for", "to"))


def surname_key(name: str, key: tuple[str, ...]) -> str:
    """The surname two persons of a text may share: the whole of a double surname ("goukouni-deby"), so that
    "Goukouni-Deby" stays an alias of its bearer beside an "Idriss Déby" of the same text."""
    family = key[family_name_at(name, key)]
    return f"{key[-2]}-{family}" if _second_of_a_double_surname(name, key, family) else family


def _second_of_a_double_surname(name: str, key: tuple[str, ...], family: str) -> bool:
    """'Deby' of "Mahamat Goukouni-Deby": the text calls the person by the whole double surname, and the second
    part alone is another person's name ("Déby" of "Idriss Déby Itno"). Not a particle's name ("al-Tikriti")."""
    parts = name.split()[-1].split("-") if name.split() else []
    if len(parts) < 2 or key[-1] != family or fold_phrase(parts[-1]) != (family,):
        return False
    before = parts[-2]
    return bool(before) and before[0].isupper() and before.lower() not in NAME_PARTICLES


def _commander_of_letters(m: Mention) -> bool:
    """'the KFOR Commander': a post named by the letters of the force it heads; the letters alone are the force."""
    return m.kind is ActorKind.person and len(m.key) == 2 and m.key[-1] == "commander" and m.name.split()[0].isupper()


def _register_person_forms(t: DraftTables, draft: ActorDraft, m: Mention) -> None:
    key, name, kind = m.key, m.name, m.kind
    if _commander_of_letters(m):
        return  # "the KFOR Commander": a post, no person's name; "KFOR" alone later is the force
    family = key[family_name_at(name, key)]
    # A short surname ("Sen", "Li") only of a person: "Amartya Sen", then "Sen said".
    short = len(family) >= 2 and kind is ActorKind.person
    if kind is ActorKind.person:
        for size in range(2, len(key)):
            t.by_tail.setdefault(key[-size:], draft)
        # (A post's words are no one's name: "Kuwait" inside "Chief of General Staff of the Kuwait Armed Forces".)
        inner = key[1:-1] if len(key) >= 3 and not has_cue(key) and not any(is_title(w) for w in key) else ()
        for word in inner:
            if len(word) >= 3 and word not in NAME_PARTICLES and not is_given_name(word):
                t.inner_words[word] = draft if t.inner_words.get(word, draft) is draft else None
    if (
        kind in _PERSON_OR_OTHER
        # (a person's chained Arabic name may run to six words: "Abdirahman Yusuf Omar al-Muhajir")
        and 1 < len(key) <= (6 if kind is ActorKind.person else 4)
        and (len(family) >= 4 or short)
        and not _POST_REMIT_GLUE.intersection(key)  # "Governor of Texas": "Texas" is no surname
    ):
        t.surnames.setdefault(surname_key(name, key), set()).add(id(draft))
        if not _second_of_a_double_surname(name, key, family):
            t.by_surname.setdefault(family, draft)
            if len(skeleton(family)) >= 4:  # (a short surname's consonants are any name's: "Tan" and "Tiuna")
                t.by_surname.setdefault(skeleton(family), draft)
    if kind is ActorKind.person:
        # The first words of a person's name that ends in a given name written after the family name, or goes
        # on with "son of", are that person ("Matthew Tong" after "Matthew Tong Ka-wing", "Carrie Lam" after
        # "Carrie Lam Cheng Yuet-ngor", "Nurul Aisyah" after "Nurul Aisyah binti Rahman"), unless two persons
        # of the text open their names so.
        for size in [*range(2, own_names_end(name, key)), *heads_before_a_house(key)]:
            head = key[:size]
            t.by_head[head] = draft if t.by_head.get(head, draft) is draft else None
    # (a name of no kind yet is a person's when it opens with a given name the lists know)
    if kind is ActorKind.person or (kind is ActorKind.other and is_given_name(key[0])):
        without_middle = without_middle_names(name)
        if without_middle is not None:
            alone = t.by_given_and_family.get(without_middle, draft) is draft
            t.by_given_and_family[without_middle] = draft if alone else None


# What a firm is, said after its name and left out of its short name: "Harcourt Mutual Building Society",
# "Aditya Varma Group".
_FIRM_DESCRIPTORS = (
    ("building", "society"),
    # a lender's: "the CEO of Prairie Quell" beside "Prairie Quell Credit Union", "Tarn Valley" beside "Tarn Valley
    # Bank"
    ("credit", "union"),
    ("bank",),
    ("group",),
    ("holdings",),
    ("group", "holdings"),
    # a contractor's: "Brennand Environmental" beside "Brennand Environmental Services"
    ("services",),
    # an investor's: "led by Peak XV" in a headline beside "Peak XV Partners" ("Kestrel Ridge" beside "Kestrel
    # Ridge Capital" is read as the firm's short form by `name_kinds`)
    ("partners",),
    ("ventures",),
)


def _register_firm_and_body_stems(t: DraftTables, draft: ActorDraft, m: Mention) -> None:
    key = m.key
    if m.kind is not ActorKind.organization:
        return
    if len(key) >= 3 and key[-2] in STREET_HEADS:
        t.firm_streets.setdefault(key[:-1], draft)
    if len(key) >= 2 and key[-1] in LEGAL_ENDINGS:
        t.firm_stems.setdefault(key[:-1], draft)
        for size in range(2, len(key) - 1):
            t.firm_openings.setdefault(key[:size], draft)
    if " & " in m.name and len(key) >= 3:
        # "Marsden & Holt" beside "Marsden & Holt Haulage": the partners' names without the firm's trade
        t.firm_stems.setdefault(key[:-1], draft)
    descriptor = next((d for d in _FIRM_DESCRIPTORS if key[-len(d) :] == d), None)
    if descriptor and len(key) - len(descriptor) >= 2:
        # "Harcourt Mutual" in a headline beside "Harcourt Mutual Building Society": the firm without the kind
        # of firm it is (one word alone is a short form already)
        t.firm_stems.setdefault(key[: -len(descriptor)], draft)
    if "of" in key[2:]:
        stem_key = key[: key.index("of", 2)]
        # Two bodies of one stem ("National Union of Students", "... of Teachers"): neither's.
        t.body_stems[stem_key] = draft if t.body_stems.get(stem_key, draft) is draft else None


# How an event named before its noun is found (`name_kinds`): "its annual Camp Tarvolin event".
_EVENT_FOUND_BY = frozenset(f"followed by '{noun}'" for noun in EVENT_NOUNS_AFTER)


def _register_words_of_the_name(t: DraftTables, draft: ActorDraft, m: Mention) -> None:
    """Each long word of a name of several words is its short form, unless two drafts' names share it."""
    key, kind = m.key, m.kind
    # (Nor is a half of a state named by two lands: "Barbuda" beside "Antigua and Barbuda".)
    two_lands = kind is ActorKind.state and "and" in key
    if len(key) <= 1 or kind is ActorKind.place or m.candidate.found_by == BRANCH_IN_STATE or two_lands:
        return
    if m.candidate.found_by in _EVENT_FOUND_BY:
        return  # "Tarvolin" beside "Camp Tarvolin event": the event's holder or place, no short form of it
    # A half of a hyphened body's name is no short form of it: "Lloyd's" beside "Hapag-Lloyd".
    halves = set() if kind is ActorKind.person else _hyphened_halves(m.name)
    served = _words_it_serves(key, kind)
    if _part_of_a_body_by_its_letters(m.name, key, kind) or _commander_of_letters(m):
        # "NATO" beside "NATO Military Committee": the alliance, a short form of no body named with it
        served.add(key[0])
        t.short_forms[key[0]] = None
    for word in key:
        if word in served:
            continue
        if len(word) >= 4 and word not in NAME_GLUE and word not in NAME_PARTICLES and word not in halves:
            # A word of two drafts' names is a short form of neither.
            held = t.short_forms.get(word, draft)
            t.short_forms[word] = draft if held is draft else None
            maker = _maker_of_a_product(held, draft, word)
            if maker is not None:
                t.makers[word] = maker


def _maker_of_a_product(held: ActorDraft | None, draft: ActorDraft, word: str) -> ActorDraft | None:
    """The firm of two drafts whose names open with `word`, one a firm's and one a thing's: "Tarvex" opens "Tarvex
    Motors Inc" and its model "Tarvex Quell" (`other`); a speaker named by it alone is the maker."""
    if held is None or held is draft:
        return None
    firm, other = (held, draft) if held.kind is ActorKind.organization else (draft, held)
    opens_both = fold_phrase(firm.name)[:1] == fold_phrase(other.name)[:1] == (word,)
    return firm if firm.kind is ActorKind.organization and other.kind is ActorKind.other and opens_both else None


# Tiers of a municipality that is a council ("Quellani Local Municipality", `cues.HEAD_AFTER_FIRST`).
_MUNICIPALITY_TIERS = frozenset(("regional", "local", "metropolitan"))


def _words_it_serves(key: tuple[str, ...], kind: ActorKind) -> set[str]:
    """The words of a name that say where or whom it serves, no short form of it."""
    # Where a body serves: "Tarvel" beside "University Centre in Tarvel".
    served = set(key[key.index("in", 1) + 1 :]) if "in" in key[1:] and kind is not ActorKind.person else set()
    remit_at = next((k for k in range(1, len(key)) if key[k] in ("of", "for")), None)
    if kind is ActorKind.person and remit_at is not None:
        served |= set(key[remit_at + 1 :])  # "MINUSCA" beside "Head of MINUSCA": the body the post heads
    if len(key) >= 3 and key[-1] == "council" and key[-2] in COUNCIL_TIERS:
        served |= set(key[:-2])  # "Brindley" beside "Brindley Parish Council": the village it serves
    if len(key) >= 3 and key[-1] == "municipality" and key[-2] in _MUNICIPALITY_TIERS:
        served |= set(key[:-2])  # "Quellani" beside "Quellani Local Municipality": the land the council serves
    owned = key[-1] in OWNED_THING_HEADS or key[-1] in EVENT_HEADS
    # (of two words only a community: "Orvik Hub" may be the firm's product, "Tarnby Cup" the town's)
    if ((len(key) >= 3 and owned) or key[-1:] == ("community",)) and kind is not ActorKind.person:
        # "Tarvex" beside "Tarvex Community Hub", "Quellara Fan Experience": the owner, no short form
        served.add(key[0])
    if key[0] in KNOWN_FIRMS and kind is not ActorKind.person and short_name(key) != key[:1]:
        # "Google" beside "Google Cloud": the parent firm, not its division (but "Microsoft" is "Microsoft
        # Corp" without its legal form)
        served.add(key[0])
    return served


def _hyphened_halves(name: str) -> set[str]:
    """The folded words of a name that stand in a compound of capitalised words joined by a hyphen
    ("Hapag-Lloyd"; not an article's "al-Gurma", whose name is the word after it)."""
    return {
        word
        for part in name.split()
        if "-" in part.strip("-") and all(piece[:1].isupper() for piece in part.split("-"))
        for word in fold_phrase(part)
    }


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
