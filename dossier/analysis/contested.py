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

from dossier.model import Quote, Source, Stance, Status, attribution_actor_id
from dossier.workspace import Workspace

STANCES = (Stance.asserts, Stance.denies, Stance.reports)
RELIABILITY_ORDER = "ABCDEF"  # A best; F cannot be judged


def fold(text: str) -> str:
    """How two spellings of a publisher are compared: NFKC, case-folded, single-spaced."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class Outlets:
    """The independence key of each source: who published it, as one comparable value."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._by_source: dict[str, str] = {}
        self._names: dict[str, str] | None = None

    def _actor_names(self) -> dict[str, str]:
        if self._names is None:
            names: dict[str, str] = {}
            for actor in self._workspace.actors.values():
                for spelling in (actor.name, *actor.aliases):
                    names.setdefault(fold(spelling), actor.id)
            self._names = names
        return self._names

    def key(self, source_id: str) -> str:
        """`publisher:<actor id or folded name>`, or `source:<id>` when the publisher is unknown."""
        found = self._by_source.get(source_id)
        if found is None:
            source = self._workspace.sources.get(source_id)
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


@dataclass(frozen=True, slots=True)
class LedgerQuote:
    """A quote in a ledger, with the grades that weigh it."""

    quote: Quote
    source: Source | None
    outlet: str  # independence key (see `Outlets.key`)

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


def _group(stance: Stance, quotes: list[LedgerQuote]) -> StanceGroup:
    quotes.sort(key=lambda q: (RELIABILITY_ORDER.index(q.reliability), q.credibility, q.quote.source, q.quote.start))
    outlets = {q.outlet for q in quotes}
    return StanceGroup(
        stance=stance,
        quotes=tuple(quotes),
        independent_sources=len(outlets),
        unknown_publisher=sum(1 for key in outlets if Outlets.is_unknown(key)),
        sources=len({q.quote.source for q in quotes}),
    )


@dataclass(frozen=True)
class SubjectLedger:
    """One subject's quotes, by stance."""

    subject_id: str
    kind: str  # "actor" or "event"
    name: str
    asserts: StanceGroup
    denies: StanceGroup
    reports: StanceGroup

    @property
    def contested(self) -> bool:
        return bool(self.asserts) and bool(self.denies)

    def group(self, stance: Stance) -> StanceGroup:
        return {Stance.asserts: self.asserts, Stance.denies: self.denies, Stance.reports: self.reports}[stance]

    @property
    def groups(self) -> tuple[StanceGroup, StanceGroup, StanceGroup]:
        return (self.asserts, self.denies, self.reports)

    @property
    def quote_count(self) -> int:
        return len(self.asserts.quotes) + len(self.denies.quotes) + len(self.reports.quotes)

    def support_key(self) -> tuple[object, ...]:
        """Sort key: the better-supported dispute first (see the module's rules)."""
        sides = sorted(
            ((self.asserts.independent_sources, len(self.asserts.quotes)),
             (self.denies.independent_sources, len(self.denies.quotes))),
        )  # fmt: skip
        weaker, stronger = sides
        return (-weaker[0], -weaker[1], -stronger[0], -stronger[1], self.name.casefold(), self.subject_id)


@dataclass
class Ledger:
    """Every subject's ledger, built in one pass over the quotes."""

    subjects: dict[str, SubjectLedger] = field(default_factory=dict)
    outlets: Outlets | None = None

    def contested(self) -> list[SubjectLedger]:
        return sorted((s for s in self.subjects.values() if s.contested), key=SubjectLedger.support_key)

    def get(self, subject_id: str) -> SubjectLedger | None:
        return self.subjects.get(subject_id)


def build_ledger(
    workspace: Workspace, *, include_drafts: bool = False, subjects: Iterable[str] | None = None
) -> Ledger:
    """The ledger of every subject (or only of `subjects`). Drafts are left out unless asked for."""
    outlets = Outlets(workspace)
    wanted = set(subjects) if subjects is not None else None
    actors, events, sources = workspace.actors, workspace.events, workspace.sources
    draft = Status.draft
    by_subject: dict[str, dict[Stance, list[LedgerQuote]]] = {}
    for quote in workspace.quotes.values():
        if quote.status is draft and not include_drafts:
            continue
        entry: LedgerQuote | None = None
        for subject_id in quote.about:
            if wanted is not None and subject_id not in wanted:
                continue
            stances = by_subject.get(subject_id)
            if stances is None:
                record = actors.get(subject_id) or events.get(subject_id)
                if record is None or (record.status is draft and not include_drafts):
                    continue
                stances = by_subject[subject_id] = {Stance.asserts: [], Stance.denies: [], Stance.reports: []}
            if entry is None:
                entry = LedgerQuote(quote, sources.get(quote.source), outlets.key(quote.source))
            bucket = stances[quote.stance]
            if not bucket or bucket[-1].quote is not quote:  # a subject named twice counts once
                bucket.append(entry)
    ledger = Ledger(outlets=outlets)
    for subject_id, stances in by_subject.items():
        actor = actors.get(subject_id)
        ledger.subjects[subject_id] = SubjectLedger(
            subject_id=subject_id,
            kind="actor" if actor is not None else "event",
            name=actor.name if actor is not None else events[subject_id].title,
            asserts=_group(Stance.asserts, stances[Stance.asserts]),
            denies=_group(Stance.denies, stances[Stance.denies]),
            reports=_group(Stance.reports, stances[Stance.reports]),
        )
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
    for quote in graded:
        own = ledger.outlets.key(quote.source)
        confirmed = False
        for subject_id in quote.about:
            subject = ledger.get(subject_id)
            if subject is None:
                continue
            if any(item.outlet != own for stance in _supporting(quote.stance) for item in subject.group(stance).quotes):
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
