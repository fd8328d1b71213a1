"""One draft per actor: the candidates of one text that name the same actor, joined.

Spellings that fold, transliterate or shorten to one name join (Lukashenka, Lukashenko, the
surname alone), an acronym defined in the text joins its full name, and a one-word short form
("the Coalition" after "Global Coalition") joins the one longer name it is a word of. The kind
and `found_by` of a draft come from its best-supported mention; its confidence grows a little
with each further mention. A draft that looks like an existing actor gets a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.ingest.dotted_initials import new_dotted_spelling
from dossier.ingest.draft_lookups import (
    DraftTables,
    Mention,
    find_draft,
    is_firm_short_form,
    mention_of,
    register,
    surname_key,
)
from dossier.ingest.mentions import ActorIndex, Token
from dossier.ingest.names import claim_id, fold_phrase, is_given_name, slug
from dossier.ingest.same_actor import may_be_same
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

    def become_person(self, full: str, found_by: str, taken: set[str]) -> None:
        """This draft renamed as the person it names in full ("Varn" becoming "Ilse Varn"), under an id of that name
        (its spellings are the caller's to keep)."""
        self.name, self.kind, self.found_by = full, ActorKind.person, found_by
        self.id = claim_id(slug(full, 60), taken)

    def take_in(self, other: ActorDraft) -> None:
        """Another draft of the same actor folded into this one: its mentions, and its spellings this one lacks."""
        self.spans += other.spans
        known = {fold_phrase(spelling) for spelling in (self.name, *self.aliases)}
        for spelling in (other.name, *other.aliases):
            if fold_phrase(spelling) not in known:
                self.aliases.append(spelling)
                known.add(fold_phrase(spelling))


def join_as_aliases(drafts: list[ActorDraft], owners: dict[str, ActorDraft], kinds: tuple[ActorKind, ...]) -> set[int]:
    """Join each draft named by a key of `owners` (of one of `kinds`, with no spellings of its own) to that owner as
    an alias, its mentions with it; returns the indexes of the drafts so joined."""
    taken: set[int] = set()
    for index, draft in enumerate(drafts):
        owner = owners.get(draft.name)
        if owner is None or owner is draft or draft.kind not in kinds or draft.aliases:
            continue
        owner.aliases.append(draft.name)
        owner.spans = sorted(owner.spans + draft.spans)
        taken.add(index)
    return taken


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


def group_candidates(
    candidates: list[Candidate],
    tokens: list[Token],
    index: ActorIndex,
    taken: set[str],
    acronyms: dict[str, Candidate],
    named_in_full: list[tuple[str, int, int]] | None = None,
    linked: list[tuple[Candidate, str]] | None = None,
) -> list[ActorDraft]:
    """One draft per actor: spellings that fold, transliterate, shorten or abbreviate to one name join.

    `named_in_full`: known actors this text names by a whole name of several words (id, first and last token);
    a shorter form of one of them later in the text ("Lula da Silva" after "Luiz Inacio Lula da Silva", known
    from an earlier source) names that actor, as it would name a draft of this text, and goes to `linked`
    (the candidate and the actor's id) instead of becoming a draft."""
    tables = DraftTables(tokens, acronyms, place_words=_place_words(candidates, tokens))
    stand_ins = _known_stand_ins(tables, index, named_in_full or [])
    defined_by: dict[int, str] = {id(full): acronym for acronym, full in acronyms.items()}
    drafts: list[ActorDraft] = []
    for candidate in _longest_first(candidates):
        mention = mention_of(candidate)
        if mention is None:
            continue
        draft, joins_surname = find_draft(tables, mention)
        if draft is not None and id(draft) in stand_ins:
            if linked is not None:
                linked.append((candidate, draft.id))
            continue
        if draft is None and candidate.short_form_only:
            continue
        if draft is None:
            draft = _new_draft(mention, taken, defined_by.get(id(candidate)), tokens)
            drafts.append(draft)
            register(tables, draft, mention)
        else:
            _join(tables, draft, mention, joins_surname)
        tables.remember(mention, draft, joins_surname)
        draft.spans.append((tokens[candidate.first].start, tokens[candidate.last].end))
    _settle_surnames_and_confidence(tables, drafts)
    _suggest_existing_actors(drafts, index)
    return drafts


# Known actors whose short forms a text may go on to use: persons and bodies, not places (a place's words
# alone are other places: "Paulo" is no short form of São Paulo).
_SHORTENED_KINDS = frozenset((ActorKind.person, ActorKind.organization, ActorKind.media, ActorKind.armed_force))


def _known_stand_ins(tables: DraftTables, index: ActorIndex, named: list[tuple[str, int, int]]) -> set[int]:
    """Register each known actor the text names in full as a draft of this text would be (its shorter forms
    find it); returns the stand-ins' ids (of the objects), which no draft is made of."""
    stand_ins: set[int] = set()
    seen: set[str] = set()
    for actor_id, first, last in named:
        actor = index.actors.get(actor_id)
        if actor is None or actor_id in seen or actor.kind not in _SHORTENED_KINDS or last <= first:
            continue
        seen.add(actor_id)
        candidate = Candidate(first, last, actor.name, actor.kind, "a known actor", 0.9)
        mention = mention_of(candidate)
        if mention is None:
            continue
        stand_in = ActorDraft(actor_id, actor.name, actor.kind, "a known actor")
        register(tables, stand_in, mention)
        tables.remember(mention, stand_in, False)
        stand_ins.add(id(stand_in))
    return stand_ins


def _place_words(candidates: list[Candidate], tokens: list[Token]) -> frozenset[str]:
    """The one-word names that some candidate reads as a place by a cue of its own ("born in Tarrow"); not after
    "at", where a firm is too ("workers at Calder" beside "Calder Mutual")."""
    keys = (
        fold_phrase(c.name)
        for c in candidates
        if c.kind is ActorKind.place and c.first == c.last and (c.first == 0 or tokens[c.first - 1].folded != "at")
    )
    return frozenset(key[0] for key in keys if len(key) == 1)


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Longer names first, so "Lukashenka" alone finds "Alyaksandr Lukashenka" and "IRGC" its full name.
    Among names of one length, the leader a regime is named after first: "Assad" of "the Assad regime" is a
    person, and "Assad" alone later is that person, not a short form of the regime."""
    leaders = {id(c.leader) for c in candidates if c.leader is not None}
    return sorted(candidates, key=lambda c: (-(c.last - c.first), id(c) not in leaders, c.first))


def _new_draft(m: Mention, taken: set[str], acronym: str | None, tokens: list[Token]) -> ActorDraft:
    """A draft of its own for a mention that names no draft so far, with its other spellings as aliases."""
    candidate = m.candidate
    draft = ActorDraft(
        claim_id(slug(m.name, 60), taken), m.name, candidate.kind, candidate.found_by, confidence=candidate.confidence
    )
    for spelling in (candidate.name, candidate.gazetteer_name, candidate.alias, candidate.honorific_form):
        if spelling and fold_phrase(spelling) != m.key and fold_phrase(spelling) not in map(fold_phrase, draft.aliases):
            draft.aliases.append(spelling)
    if acronym is not None:
        # ("PNG" may be written apart from "Papua New Guinea": a state's initials; "42 ATKS", "75th EFS": a unit's
        # code of two words, written as the text writes it)
        after = tokens[candidate.last + 1 : candidate.last + 2 + acronym.count(" ")]
        spelled = " ".join(t.folded for t in after) == acronym
        written = " ".join(t.text for t in after) if spelled else acronym.upper()
        draft.aliases.append(written)
        draft.found_by += f"; defined as '{written}'"
    return draft


def _join(t: DraftTables, draft: ActorDraft, m: Mention, joins_surname: bool) -> None:
    """A further mention of `draft`: its kind if it says more, its spelling as an alias."""
    candidate = m.candidate
    if (
        candidate.confidence > draft.confidence
        and candidate.kind is not ActorKind.other
        and not (joins_surname and draft.kind is ActorKind.person)
        and not is_firm_short_form(t, m, draft)
        and not _town_word_of_a_bodys_name(draft, m)
        and not _opening_word_of_a_bodys_name(draft, m)
    ):
        # Another mention says more ("reached Oskeldorf" then "the villages of Oskeldorf").
        draft.kind, draft.found_by = candidate.kind, candidate.found_by
        draft.confidence = candidate.confidence
    spellings = [spelling for spelling in (candidate.name, candidate.alias, candidate.honorific_form) if spelling]
    if joins_surname:
        # "Ellwood", "Minister Ellwood" after "Tobias Ellwood": aliases, unless two people of this text bear
        # the surname (settled when all are grouped).
        folded = fold_phrase(draft.name)
        t.short_aliases.setdefault(id(draft), (surname_key(draft.name, folded), []))[1].extend(spellings)
        return
    # A new spelling (Lukashenko beside Lukashenka, "American" for the United States) is an alias.
    for spelling in spellings:
        words = {word for known in (draft.name, *draft.aliases) for word in fold_phrase(known)}
        if not set(fold_phrase(spelling)) <= words or new_dotted_spelling(spelling, [draft.name, *draft.aliases]):
            # ("U.S. Central Command" beside "US Central Command": the text's other spelling, kept too)
            draft.aliases.append(spelling)


_BODIES = frozenset((ActorKind.organization, ActorKind.media, ActorKind.armed_force))


def _town_word_of_a_bodys_name(draft: ActorDraft, m: Mention) -> bool:
    """'Calder' (a town abroad, to the gazetteer) joining "Calder Mutual": one word of a body's longer name is the
    body's short form, and the town of that spelling says nothing of the body's kind."""
    return (
        draft.kind in _BODIES
        and m.kind in (ActorKind.place, ActorKind.state)
        and len(m.key) < len(fold_phrase(draft.name))
        and set(m.key) <= set(fold_phrase(draft.name))
    )


def _opening_word_of_a_bodys_name(draft: ActorDraft, m: Mention) -> bool:
    """'Nordfjell said' after "the carrier Nordfjell Line": the first word of a body's longer name, alone before a
    speech verb, is the body speaking by its short form; that it speaks makes no person of the body (a given name
    may be a founder's: "Morgan said" beside "Morgan Stanley")."""
    key = fold_phrase(draft.name)
    return (
        draft.kind in _BODIES
        and m.kind is ActorKind.person
        and len(m.key) == 1
        and len(key) >= 2
        and key[0] == m.key[0]
        and not is_given_name(m.key[0])
    )


def _settle_surnames_and_confidence(t: DraftTables, drafts: list[ActorDraft]) -> None:
    """A person's surname alone is an alias when no other person of the text bears it; more mentions, more
    reason to believe a draft (up to +0.1)."""
    for draft in drafts:
        surname, forms = t.short_aliases.get(id(draft), ("", []))
        # (A name of five words or more, "Abu Yusuf al-Varni-Tessak", registers no surname: its own still counts.)
        if draft.kind is ActorKind.person and t.surnames.get(surname, {id(draft)}) == {id(draft)}:
            for spelling in forms:
                if fold_phrase(spelling) not in map(fold_phrase, (draft.name, *draft.aliases)):
                    draft.aliases.append(spelling)
        draft.spans.sort()
        draft.confidence = round(min(0.99, draft.confidence + 0.025 * min(4, len(draft.spans) - 1)), 2)


def _suggest_existing_actors(drafts: list[ActorDraft], index: ActorIndex) -> None:
    """A draft that looks like an existing actor is for the analyst to merge, or not: the closest name, else
    the closest alias (a name wins a tie), in any word order, that may name the same actor."""
    from rapidfuzz import fuzz, process

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
