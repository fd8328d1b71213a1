"""The contested-claims ledger: for each subject, who asserts, who denies, who reports, and how
many independent sources stand behind each side.

Rules (the README repeats them for analysts):

- A *subject* is an actor or event that quotes are `about`. Each quote counts in the ledger of
  every subject it names, under its stance: asserts, denies or reports.
- *Independent sources* are counted by publisher, so two articles from one outlet count once.
  Publishers are compared case- and spacing-blind, and a publisher written as the name or an
  alias of an actor (`AP`, `Associated Press`) is that actor, so its spellings count once.
- A source with *no publisher* counts as its own outlet: nothing says it shares one with
  another source, and lumping every unknown outlet together would hide real corroboration.
  The ledger says how many of the counted sources have no publisher, so the analyst can weigh
  that (one anonymous web page is not an agency).
- *Drafts* (quotes that ingest proposed and nobody reviewed) are left out unless asked for,
  and so are draft subjects.
- A subject is *contested* when it has both asserting and denying quotes. Contested subjects
  are ordered by how well the weaker side is supported (independent sources, then quotes),
  then the stronger side, so disputes with real weight on both sides come first.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from dossier.model import Quote, Source, Stance, Status, attribution_actor_id
from dossier.quote_store import full_quote, quote_heads
from dossier.workspace import Workspace

STANCES = (Stance.asserts, Stance.denies, Stance.reports)
_ORDER = attrgetter("order")
RELIABILITY_ORDER = "ABCDEF"  # A best; F cannot be judged
_RANK = {grade: rank for rank, grade in enumerate(RELIABILITY_ORDER)}


def fold(text: str) -> str:
    """How two spellings of a publisher are compared: NFKC, case-folded, single-spaced."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class Outlets:
    """The independence key of each source: who published it, as one comparable value."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._by_source: dict[str, str] = {}
        self._names: dict[str, str] | None = None

    def _actor_names(self) -> dict[str, str]:
        if self._names is None:
            names: dict[str, str] = {}
            for actor in self.workspace.actors.values():
                for spelling in (actor.name, *actor.aliases):
                    names.setdefault(fold(spelling), actor.id)
            self._names = names
        return self._names

    def key(self, source_id: str) -> str:
        """`publisher:<actor id or folded name>`, or `source:<id>` when the publisher is unknown."""
        found = self._by_source.get(source_id)
        if found is None:
            source = self.workspace.sources.get(source_id)
            publisher = fold(source.publisher) if source is not None and source.publisher else ""
            if not publisher:
                found = f"source:{source_id}"
            else:
                found = f"publisher:{self._actor_names().get(publisher, publisher)}"
            self._by_source[source_id] = found
        return found

    @staticmethod
    def is_unknown(key: str) -> bool:
        return key.startswith("source:")


class _OutletMap(dict[str, str]):
    """Source id -> outlet key, filled on first use of each source."""

    def __init__(self, outlets: Outlets) -> None:
        super().__init__()
        self._outlets = outlets

    def __missing__(self, source_id: str) -> str:
        key = self[source_id] = self._outlets.key(source_id)
        return key


@dataclass(slots=True)  # not frozen: a frozen dataclass is slow to make, and there are 100,000 of them
class LedgerQuote:
    """A quote in a ledger, with the grades that weigh it."""

    quote: Quote
    source: Source | None
    outlet: str  # independence key (see `Outlets.key`)
    order: tuple[int, int, str, int]  # best grade first, then source and position

    @classmethod
    def of(cls, quote: Quote, source: Source | None, outlet: str) -> LedgerQuote:
        rank = _RANK[source.reliability] if source is not None else _RANK["F"]
        return cls(quote, source, outlet, (rank, quote.credibility, quote.source, quote.start))

    @property
    def reliability(self) -> str:
        return self.source.reliability if self.source is not None else "F"

    @property
    def credibility(self) -> int:
        return self.quote.credibility

    @property
    def grade(self) -> str:
        return f"{self.reliability}{self.credibility}"

    @property
    def speaker(self) -> str | None:
        return self.quote.attributed_to


@dataclass(frozen=True)
class StanceGroup:
    """The quotes of one stance about one subject, strongest grade first."""

    stance: Stance
    quotes: tuple[LedgerQuote, ...] = ()
    independent_sources: int = 0  # distinct outlets
    unknown_publisher: int = 0  # of those, sources without a publisher (each counted on its own)
    sources: int = 0  # distinct source documents

    def __bool__(self) -> bool:
        return bool(self.quotes)

    @property
    def best_reliability(self) -> str | None:
        return min((q.reliability for q in self.quotes), key=RELIABILITY_ORDER.index, default=None)

    @property
    def best_credibility(self) -> int | None:
        return min((q.credibility for q in self.quotes), default=None)

    def outlets(self) -> set[str]:
        return {q.outlet for q in self.quotes}


def _group(stance: Stance, quotes: list[Quote], items: list[LedgerQuote], outlets: set[str]) -> StanceGroup:
    items.sort(key=_ORDER)
    return StanceGroup(
        stance=stance,
        quotes=tuple(items),
        independent_sources=len(outlets),
        unknown_publisher=sum(map(Outlets.is_unknown, outlets)),
        sources=len(set(map(_SOURCE, quotes))),
    )


class SubjectLedger:
    """One subject's quotes, by stance. The counts that order the contested list are computed
    at once; each stance's graded, sorted group only when it is asked for."""

    __slots__ = ("_counts", "_groups", "_ledger", "_quotes", "kind", "name", "subject_id")

    def __init__(
        self,
        subject_id: str,
        kind: str,
        name: str,
        filed: _Filed,
        ledger: Ledger,
    ) -> None:
        self.subject_id = subject_id
        self.kind = kind  # "actor" or "event"
        self.name = name
        self._quotes = filed  # the quotes that assert, deny, report
        self._counts: list[int | None] = [None, None, None]  # independent sources of each, when counted
        self._ledger = ledger
        self._groups: dict[int, StanceGroup] = {}

    def __repr__(self) -> str:
        return f"SubjectLedger({self.subject_id!r}, quotes={[len(q) for q in self._quotes]})"

    @property
    def contested(self) -> bool:
        return bool(self._quotes[0]) and bool(self._quotes[1])

    def _group_at(self, index: int) -> StanceGroup:
        group = self._groups.get(index)
        if group is None:
            quotes = self._quotes[index]
            items = self._ledger.entries(quotes)
            group = self._groups[index] = _group(STANCES[index], quotes, items, self._ledger.outlets_of(quotes))
        return group

    @property
    def asserts(self) -> StanceGroup:
        return self._group_at(0)

    @property
    def denies(self) -> StanceGroup:
        return self._group_at(1)

    @property
    def reports(self) -> StanceGroup:
        return self._group_at(2)

    def group(self, stance: Stance) -> StanceGroup:
        return self._group_at(STANCES.index(stance))

    @property
    def groups(self) -> tuple[StanceGroup, StanceGroup, StanceGroup]:
        return (self._group_at(0), self._group_at(1), self._group_at(2))

    @property
    def quote_count(self) -> int:
        return sum(len(quotes) for quotes in self._quotes)

    def quotes_of(self, stance: Stance) -> list[Quote]:
        """The raw quotes of one stance, in workspace order (no grading or sorting); heads of
        quotes the store has not built (`dossier/quote_store.py`) have the fields a count reads."""
        return self._quotes[STANCES.index(stance)]

    def independent_sources(self, stance: Stance) -> int:
        return self._count(STANCES.index(stance))

    def _count(self, index: int) -> int:
        count = self._counts[index]
        if count is None:
            count = self._counts[index] = len(self._ledger.outlets_of(self._quotes[index]))
        return count

    def support_key(self) -> tuple[object, ...]:
        """Sort key: the better-supported dispute first (see the module's rules)."""
        sides = sorted(((self._count(0), len(self._quotes[0])), (self._count(1), len(self._quotes[1]))))
        weaker, stronger = sides
        return (-weaker[0], -weaker[1], -stronger[0], -stronger[1], self.name.casefold(), self.subject_id)


@dataclass
class Ledger:
    """Every subject's ledger, built in one pass over the quotes."""

    subjects: dict[str, SubjectLedger] = field(default_factory=dict)
    outlets: Outlets | None = None
    _entries: dict[str, LedgerQuote] = field(default_factory=dict, repr=False)
    _outlet_map: _OutletMap | None = field(default=None, repr=False)
    _contested: list[SubjectLedger] | None = field(default=None, repr=False)

    def outlets_of(self, quotes: list[Quote]) -> set[str]:
        """The distinct outlets behind some quotes (C-level map: this runs for every contested subject)."""
        if self._outlet_map is None:
            assert self.outlets is not None
            self._outlet_map = _OutletMap(self.outlets)
        return set(map(self._outlet_map.__getitem__, map(_SOURCE, quotes)))

    def entries(self, quotes: list[Quote]) -> list[LedgerQuote]:
        """The graded entries of quotes, each made once however many subjects it is about."""
        made = self._entries
        find = made.get
        return [find(quote.id) or self._make_entry(quote) for quote in quotes]

    def _make_entry(self, quote: Quote) -> LedgerQuote:
        assert self.outlets is not None
        if self._outlet_map is None:
            self._outlet_map = _OutletMap(self.outlets)
        workspace = self.outlets.workspace
        quote = full_quote(workspace.quotes, quote)  # the ledger files heads; an entry shows the quote
        source = workspace.sources.get(quote.source)
        entry = self._entries[quote.id] = LedgerQuote.of(quote, source, self._outlet_map[quote.source])
        return entry

    def contested(self) -> list[SubjectLedger]:
        """The contested subjects, best-supported dispute first (worked out once)."""
        if self._contested is None:
            self._contested = sorted((s for s in self.subjects.values() if s.contested), key=SubjectLedger.support_key)
        return list(self._contested)

    def get(self, subject_id: str) -> SubjectLedger | None:
        return self.subjects.get(subject_id)


# A subject's quotes as filed: those that assert, deny and report it.
_Filed = tuple[list[Quote], list[Quote], list[Quote]]
_SOURCE = attrgetter("source")


def build_ledger(
    workspace: Workspace, *, include_drafts: bool = False, subjects: Iterable[str] | None = None
) -> Ledger:
    """The ledger of every subject (or only of `subjects`). Drafts are left out unless asked for.

    One pass files each quote under each subject it names; grading and sorting wait until a
    subject's groups are looked at (at 100,000 quotes that pass is most of the work).
    """
    outlets = Outlets(workspace)
    wanted = set(subjects) if subjects is not None else None
    draft = Status.draft
    asserts, denies = Stance.asserts, Stance.denies
    filed: dict[str, _Filed] = {}
    find = filed.get
    # The hot loop of a 100,000-quote workspace (~400,000 quote-subject pairs): kept to the bone.
    # Quotes as the store keeps them (`quote_heads`): the fields read here are in every head.
    for quote in quote_heads(workspace.quotes):
        if quote.status is draft and not include_drafts:
            continue
        stance = quote.stance
        index = 0 if stance is asserts else 1 if stance is denies else 2
        for subject_id in quote.about:
            lists = find(subject_id)
            if lists is None:
                if wanted is not None and subject_id not in wanted:
                    continue
                lists = filed[subject_id] = ([], [], [])
            bucket = lists[index]
            if bucket and bucket[-1] is quote:
                continue  # a subject named twice counts once
            bucket.append(quote)
    ledger = Ledger(outlets=outlets)
    actors, events = workspace.actors, workspace.events
    for subject_id, lists in filed.items():
        actor = actors.get(subject_id)
        record = actor if actor is not None else events.get(subject_id)
        if record is None or (record.status is draft and not include_drafts):
            continue  # a dangling id (`dossier check` reports it), or a draft subject
        kind, name = ("actor", actor.name) if actor is not None else ("event", events[subject_id].title)
        ledger.subjects[subject_id] = SubjectLedger(subject_id, kind, name, lists, ledger)
    return ledger


def speaker_name(workspace: Workspace, quote: Quote) -> str:
    """Who the quote is attributed to, by name when it is an actor id."""
    actor_id = attribution_actor_id(quote)
    if actor_id is not None and actor_id in workspace.actors:
        return workspace.actors[actor_id].name
    return quote.attributed_to or "unattributed"


# -- the check ---------------------------------------------------------------------------------


def _supporting(stance: Stance) -> tuple[Stance, ...]:
    """The stances that back a quote's claim: a denial by denials, anything else by assertions and reports."""
    return (Stance.denies,) if stance is Stance.denies else (Stance.asserts, Stance.reports)


def unconfirmed_credibility_one(workspace: Workspace, ledger: Ledger | None = None) -> list[tuple[Quote, str]]:
    """Reviewed quotes graded credibility 1 ("confirmed by other sources") that no quote from another
    independent source backs on any of their subjects, with why, for `dossier check`."""
    graded = [q for q in workspace.quotes.values() if q.credibility == 1 and q.status is not Status.draft]
    if not graded:
        return []
    if ledger is None:
        ledger = build_ledger(workspace, subjects={subject for quote in graded for subject in quote.about})
    assert ledger.outlets is not None
    found = []
    key = ledger.outlets.key
    for quote in graded:
        own = key(quote.source)
        confirmed = False
        for subject_id in quote.about:
            subject = ledger.get(subject_id)
            if subject is None:
                continue
            if any(
                key(item.source) != own for stance in _supporting(quote.stance) for item in subject.quotes_of(stance)
            ):
                confirmed = True
                break
        if confirmed:
            continue
        if not quote.about:
            found.append((quote, "it is about no actor or event, so nothing can confirm it"))
        else:
            side = "denies" if quote.stance is Stance.denies else "asserts or reports"
            found.append(
                (
                    quote,
                    f"no reviewed quote from another independent source {side} the same about {', '.join(quote.about)}",
                )
            )
    return found
