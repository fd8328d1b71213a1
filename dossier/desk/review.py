"""The review desk: drafts best first, the evidence for each, look-alike actors, and undoable actions.

One implementation, two front ends: `dossier review` on the command line and the browser's
review screen both call this; it prints nothing. Every action is one step of
`dossier.desk.transaction` (all its files or, after a crash, a valid part that is finished
on the next open) and is recorded in the session's `Journal`, so it can be undone byte for
byte, newest first. The rules of each action (what a reject removes, how a merge moves
references) are `dossier.ingest.review.Reviewer`'s.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.atomic import ConflictError, WriteError
from dossier.desk.edit import EditDesk, EditError, _ordered, kind_problem
from dossier.desk.journal import Journal
from dossier.desk.passages import Passage, mentions, passage_around
from dossier.desk.queue import QueueRow, band_of, make_row, narrow
from dossier.desk.spellings import FoldedSpellings, actor_spellings
from dossier.desk.transaction import recover
from dossier.ingest.review import DraftItem, Reviewer, ReviewError, pending
from dossier.ingest.same_actor import may_be_same
from dossier.model import Actor, Event, Quote
from dossier.quote_store import full_quote, quote_heads
from dossier.workspace import Workspace, reload_files

# Ingest writes "... in source <id>" into a draft's found_by (dossier/ingest/drafts.py).
_FOUND_IN_SOURCE = re.compile(r"\bin source ([a-z0-9]+(?:-[a-z0-9]+)*)")

# Kinds a batch can choose, as the analyst names them.
KINDS = {"actors": "actor", "events": "event", "quotes": "quote"}


@dataclass(frozen=True)
class LookAlike:
    """An existing actor a draft may be, with how alike their closest spellings are (0-100)."""

    actor_id: str
    name: str
    kind: str
    score: float
    draft: bool
    spelling: str  # the name or alias that matched best


@dataclass
class BatchResult:
    done: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (id, why)


class ReviewDesk:
    """The drafts of one workspace and what an analyst does with them, in one session."""

    def __init__(self, root: Path, workspace: Workspace | None = None) -> None:
        """`workspace`: the browser's loaded workspace, shared and updated in place after each step."""
        self.root = Path(root)
        self.messages: list[str] = recover(self.root)  # a step a crash interrupted is finished first
        if self.messages:
            workspace = None  # files changed under it: read them afresh
        self.reviewer = Reviewer(self.root, workspace)
        self.journal = Journal(self.root)
        self.changed_paths: list[str] = []  # the files the last step (or undo) wrote
        self._quotes_of: dict[str, list[Any]] | None = None
        # Every actor's spellings folded for `find_actors`, refolded only for records that changed.
        self._spellings = FoldedSpellings(actor_spellings)

    @property
    def workspace(self) -> Workspace:
        return self.reviewer.workspace

    def reload(self, paths: Iterable[str] | None = None) -> None:
        """Read the workspace again: all of it, or only the files named (relative paths)."""
        if paths is None:
            self.reviewer.reload()
        else:
            reload_files(self.workspace, paths)
        self._quotes_of = None

    # -- what there is to review ---------------------------------------------------------------
    def drafts(self) -> list[DraftItem]:
        return pending(self.workspace)

    def item(self, record_id: str) -> DraftItem | None:
        return next((item for item in self.drafts() if item.id == record_id), None)

    def quotes_of(self, record_id: str) -> list[Quote]:
        """Quotes about a record or said by it, in source order (indexed once per workspace state)."""
        store = self.workspace.quotes
        return [full_quote(store, quote) for quote in self._quote_heads_of(record_id)]

    def _quote_heads_of(self, record_id: str) -> Sequence[Any]:
        """The heads of `quotes_of` (source, place, ids): enough to say where a record is quoted, read fast."""
        if self._quotes_of is None:
            index: dict[str, list[Any]] = defaultdict(list)  # heads: built when asked for
            for quote in quote_heads(self.workspace.quotes):
                for named in dict.fromkeys([*quote.about, quote.attributed_to or ""]):
                    if named:
                        index[named].append(quote)
            for quotes in index.values():
                quotes.sort(key=lambda q: (q.source, q.start, q.id))
            self._quotes_of = dict(index)
        return self._quotes_of.get(record_id, ())

    def sources_of(self, item: DraftItem) -> list[str]:
        """The sources a draft came from: its own for a quote; its quotes', or the one ingest named."""
        record = item.record
        if isinstance(record, Quote):
            return [record.source]
        found = list(dict.fromkeys(quote.source for quote in self._quote_heads_of(record.id)))
        named = _FOUND_IN_SOURCE.search(record.found_by or "")
        if named and named.group(1) not in found and named.group(1) in self.workspace.sources:
            found.append(named.group(1))
        return found

    def evidence(self, item: DraftItem) -> Passage | None:
        """The passage of the source that a draft rests on, with the mention or the quote highlighted."""
        record = item.record
        workspace = self.workspace
        if isinstance(record, Quote):
            text = workspace.source_text(record.source)
            if text is None:
                return None
            from dossier.anchor import anchor_quote

            anchor = anchor_quote(text, record)
            if not anchor.ok:
                return None
            return passage_around(record.source, text, anchor.start, anchor.end)
        if isinstance(record, Event):
            quotes = self.quotes_of(record.id)
            for quote in quotes:
                passage = self.evidence(DraftItem("quotes", quote))
                if passage is not None:
                    return passage
            return None
        assert isinstance(record, Actor)
        spellings = (record.name, *record.aliases)
        for source_id in self.sources_of(item):
            text = workspace.source_text(source_id)
            if text is None:
                continue
            # Prefer a mention inside a quote about the actor: the reviewer sees why it was drafted.
            for quote in self.quotes_of(record.id):
                if quote.source == source_id and 0 <= quote.start < quote.end <= len(text):
                    found = mentions(text, spellings, begin=quote.start, end=quote.end)
                    if found:
                        return self._actor_passage(source_id, text, spellings, found[0])
            found = mentions(text, spellings)
            if found:
                return self._actor_passage(source_id, text, spellings, found[0])
        return self._named_by_source_record(item, spellings)

    def evidence_at(self, item: DraftItem) -> tuple[str, tuple[int, int] | None, str] | None:
        """Where to open the source of a draft's evidence: (source id, the mention's offsets in the
        source's text or None when it was read in the byline or site name, the quote id for a quote)."""
        passage = self.evidence(item)
        if passage is None:
            sources = self.sources_of(item)
            return (sources[0], None, "") if sources else None
        quote_id = item.id if item.folder == "quotes" else ""
        if passage.field or not passage.highlights:
            return passage.source_id, None, quote_id
        first, last = passage.highlights[0]
        return passage.source_id, (passage.start + first, passage.start + last), quote_id

    def _named_by_source_record(self, item: DraftItem, spellings: tuple[str, ...]) -> Passage | None:
        """A draft ingest took from a page's byline or site name, which are not in its stored text."""
        for source_id in self.sources_of(item):
            source = self.workspace.sources[source_id]
            for label, value in (("byline", source.author), ("site name", source.publisher)):
                found = mentions(value or "", spellings)
                if found:
                    return Passage(source_id, value or "", 0, tuple(found), label)
        return None

    @staticmethod
    def _actor_passage(source_id: str, text: str, spellings: tuple[str, ...], first: tuple[int, int]) -> Passage:
        passage = passage_around(source_id, text, *first)
        spans = mentions(passage.text, spellings)
        return Passage(source_id, passage.text, passage.start, tuple(spans) or passage.highlights)

    def look_alikes(self, item: DraftItem, limit: int = 5) -> list[LookAlike]:
        """Existing actors whose names are closest to a draft actor's name (empty for other drafts)."""
        record = item.record
        if not isinstance(record, Actor):
            return []
        found = self.find_actors(record.name, exclude={record.id}, limit=limit * 3)
        actors = self.workspace.actors
        return [alike for alike in found if _may_be(record, alike, actors[alike.actor_id])][:limit]

    def find_actors(self, query: str, *, exclude: Iterable[str] = (), limit: int = 10) -> list[LookAlike]:
        """Actors by name or alias, closest first: the merge picker's search (typos and accents forgiven)."""
        from rapidfuzz import fuzz, process

        from dossier.ingest.names import fold_phrase

        folded = " ".join(fold_phrase(query))
        if not folded:
            return []
        left_out = set(exclude)
        choices = self._spellings.of(self.workspace.actors)
        # The actors left out keep their spellings in the table (it is shared between calls):
        # ask for as many more candidates as they may take, and drop them below.
        extra = sum(self._spellings.count(actor_id) for actor_id in left_out)
        found: dict[str, LookAlike] = {}
        # WRatio finds candidates fast, but scores a short name inside a long one highly ("Satz" in
        # "Abenteuerspielplatz": 77); each candidate is scored again by `_likeness`.
        candidates = process.extract(folded, choices, scorer=fuzz.WRatio, limit=limit * 10 + extra, score_cutoff=50)
        kept = [(choice, key) for choice, _score, key in candidates if key[0] not in left_out][: limit * 10]
        rescored = [(_likeness(folded, choice), key) for choice, key in kept]
        for score, (actor_id, number) in sorted(rescored, key=lambda pair: -pair[0]):
            if actor_id in found or score < 60:
                continue
            actor = self.workspace.actors[actor_id]
            spelling = (actor.name, *actor.aliases)[number]
            draft = actor.status.value == "draft"
            found[actor_id] = LookAlike(actor_id, actor.name, actor.kind.value, round(score, 1), draft, spelling)
        ranked = sorted(found.values(), key=lambda a: (-a.score, a.draft, a.name.casefold()))
        return ranked[:limit]

    def rows(self, items: Iterable[DraftItem]) -> list[QueueRow]:
        """The queue's rows of drafts (name, kind, band, sources), in their order, for the list and its filter."""
        workspace = self.workspace
        titles: dict[str, str] = {}
        rows: list[QueueRow] = []
        for item in items:
            record = item.record
            sources = {}
            for source in self.sources_of(item):
                if source not in titles:
                    titles[source] = workspace.display_name(source)
                sources[source] = titles[source]
            if isinstance(record, Actor):
                row = make_row("actors", record.id, record.name, record.aliases, record.kind.value,
                               band_of(record.confidence), sources)  # fmt: skip
            elif isinstance(record, Event):
                row = make_row("events", record.id, record.title, (), "event", "", sources)
            else:
                row = make_row("quotes", record.id, " ".join(record.exact.split()), (), "quote", "", sources)
            rows.append(row)
        return rows

    @staticmethod
    def narrow(rows: Iterable[QueueRow], text: str) -> list[QueueRow]:
        """The rows the filter typed as `text` keeps (words, kind:, band:, source:; see `dossier.desk.queue`)."""
        return narrow(rows, text)

    def drafts_of_source(self, source_id: str) -> list[DraftItem]:
        return [item for item in self.drafts() if source_id in self.sources_of(item)]

    def drafts_of_kind(self, folder: str) -> list[DraftItem]:
        return [item for item in self.drafts() if item.folder == folder]

    # -- actions: each is one undoable step; they return what was done, for the status line ----
    def accept(self, item: DraftItem) -> str:
        return self._step(f"accepted {KINDS[item.folder]} '{item.id}'", lambda: self.reviewer.accept(item))

    def replace(self, item: DraftItem, data: dict[str, Any], label: str | None = None) -> str:
        """Save a draft's edited data as accepted; refused when an actor would take another's name."""
        if item.folder == "actors":
            clash = self.clashes(item.id, data, merge="press m")
            if clash:
                raise ReviewError(next(iter(clash.values())))
            kind = kind_problem(self.workspace, item.id, data.get("kind"))
            if kind:
                wanted = str(data.get("kind"))
                name = data.get("name") or item.id
                raise ReviewError(f"'{name}' cannot be {_AS_KIND.get(wanted, wanted)}: {kind}")
        return self._step(label or f"saved and accepted '{item.id}'", lambda: self.reviewer.replace(item, data))

    def accept_as_kind(self, item: DraftItem, kind: str) -> str:
        """Accept a draft actor with another kind (`kind`: an `ActorKind` value), as one step."""
        from dossier.model import ActorKind

        record = item.record
        if not isinstance(record, Actor):
            raise ReviewError("only an actor has a kind to choose")
        if kind not in {k.value for k in ActorKind}:
            raise ReviewError(f"'{kind}' is not a kind of actor")
        data = record.model_dump(mode="json", exclude_none=True)
        data["kind"] = kind
        return self.replace(item, data, f"accepted '{record.name}' as {_AS_KIND.get(kind, kind)}")

    def clashes(self, record_id: str, data: dict[str, Any], merge: str = "press esc, then m") -> dict[str, str]:
        """The name or aliases in `data` that another actor already has, by field ('name', 'aliases'),
        each said with that actor's name and id and the way out (`merge`: the keys, from the form or
        not): two actors claiming one spelling is an error of `dossier check`."""
        from dossier.checks import fold_name

        owners: dict[str, tuple[Actor, str]] = {}
        for actor in self.workspace.actors.values():
            if actor.id != record_id:
                for spelling in (actor.name, *actor.aliases):
                    owners.setdefault(fold_name(spelling), (actor, spelling))
        found: dict[str, str] = {}
        for key in ("name", "aliases"):
            value = data.get(key)
            spellings: list[Any] = [value] if key == "name" else list(value or [])
            for spelling in spellings:
                owner = owners.get(fold_name(spelling)) if isinstance(spelling, str) and spelling.strip() else None
                if owner is None or key in found:
                    continue
                actor, theirs = owner
                what = "the name" if theirs == actor.name else f"an alias ('{theirs}')"
                draft = " (a draft)" if actor.status.value == "draft" else ""
                found[key] = (
                    f"'{spelling}' is already {what} of {actor.name} ('{actor.id}'){draft}; "
                    f"if they are the same, {merge} to merge this draft into it"
                )
        return found

    def form(self, item: DraftItem) -> DraftForm:
        """The edit form's service over a draft actor or event: saving accepts it, as one step."""
        return DraftForm(self, item)

    def reject(self, item: DraftItem) -> str:
        return self._step(f"rejected {KINDS[item.folder]} '{item.id}'", lambda: self.reviewer.reject(item))

    def merge(self, item: DraftItem, target_id: str) -> list[str]:
        """Merge a draft actor into an existing one; returns the aliases it gained."""
        added: list[str] = []

        def run() -> None:
            added.extend(self.reviewer.merge(item, target_id))

        self._step(f"merged '{item.id}' into '{target_id}'", run)
        return added

    def accept_all(self, items: Iterable[DraftItem], what: str) -> BatchResult:
        return self._batch(f"accepted {what}", list(items), self.reviewer.accept)

    def reject_all(self, items: Iterable[DraftItem], what: str) -> BatchResult:
        # Referrers before what they name: quotes, then events, then actors.
        order = {"quotes": 0, "events": 1, "actors": 2}
        return self._batch(f"rejected {what}", sorted(items, key=lambda i: order[i.folder]), self.reviewer.reject)

    def undo(self) -> str:
        """Undo the session's newest step, byte for byte; returns its label."""
        try:
            step = self.journal.undo()
        except LookupError as exc:
            raise ReviewError(str(exc)) from None
        except (ConflictError, WriteError) as exc:
            raise ReviewError(f"not undone: {exc}") from None
        self.changed_paths = [change.path for change in step.changes]
        self.reload(self.changed_paths)
        return step.label

    def undo_last_merge(self) -> dict[str, Any]:
        """Undo the last merge in `reviews/merges.yaml`, even one made in an earlier session."""
        entry: dict[str, Any] = {}

        def run() -> None:
            entry.update(self.reviewer.undo_last_merge())

        self._step("undid a merge", run)
        return entry

    # -- steps --------------------------------------------------------------------------------------
    def _step(self, label: str, action: Callable[[], Any]) -> str:
        self.reviewer.last_changes = []
        action()
        self.journal.record(label, self.reviewer.last_changes)
        self.changed_paths = [change.path for change in self.reviewer.last_changes]
        self._quotes_of = None
        return label

    # -- editing a draft as YAML ($EDITOR) -------------------------------------------------------
    @staticmethod
    def edit_text(item: DraftItem) -> str:
        from dossier.yamlio import dump_yaml

        return dump_yaml(item.record.model_dump(mode="json", exclude_none=True))

    def apply_edit(self, item: DraftItem, text: str) -> str | None:
        """Save an edited draft as accepted; returns None, or the problem (line first) if it is not valid."""
        from dossier.yamlio import YamlError, parse_yaml

        try:
            data = parse_yaml(text).data
        except YamlError as exc:
            return f"line {exc.line}: {exc.message}"
        if not isinstance(data, dict):
            return "the record must be a mapping (key: value)"
        try:
            self.replace(item, data)
        except ReviewError as exc:
            return str(exc)
        return None

    def _batch(self, label: str, items: list[DraftItem], action: Callable[[DraftItem], Any]) -> BatchResult:
        result = BatchResult()

        def run() -> None:
            with self.reviewer.transaction():
                staging = self.reviewer.staging
                for item in items:
                    mark = staging.mark()
                    try:
                        action(item)
                    except ReviewError as exc:
                        staging.restore(mark)  # a refused item leaves no half of itself behind
                        result.refused.append((item.id, str(exc)))
                    else:
                        result.done.append(item.id)

        count = f"{len(items)} draft{'s' if len(items) != 1 else ''}"
        self._step(f"{label} ({count})", run)
        return result


_AS_KIND = {"person": "a person", "organization": "an organization", "state": "a state",
            "armed_force": "an armed force", "media": "media", "place": "a place", "other": "kind other"}  # fmt: skip


class DraftForm(EditDesk):
    """`EditDesk` over a draft: the same fields and checks, but saving accepts the draft with the
    form's values through `ReviewDesk.replace` (one step of the review's journal, undone with u),
    and a name or alias another actor has is refused with that actor named and merge offered."""

    def __init__(self, review: ReviewDesk, item: DraftItem) -> None:
        super().__init__(review.root, review.workspace, review.journal)
        self.review = review
        self.item = item
        self.label = ""  # what the save did, for the status line

    def _actor_checks(self, record_id: str, data: dict[str, Any], found: dict[str, str]) -> dict[str, str]:
        more = super()._actor_checks(record_id, data, found)
        more = {key: message for key, message in more.items() if "is already a name of actor" not in message}
        for key, message in self.review.clashes(record_id, data).items():
            if key not in found and key not in more:
                more[key] = message  # the same clash, said with the actor's name and the way to merge
        return more

    def save(
        self, folder: str, record_id: str, values: dict[str, str], read_sha256: str, *, force: bool = False
    ) -> None:
        self.checked_file(folder, record_id, values, read_sha256, force=force)
        data = _ordered(self._data(folder, record_id, values)[0], folder)  # the order `EditDesk.save` writes
        name = data.get("name") or data.get("title") or record_id
        try:
            self.label = self.review.replace(self.item, data, f"saved and accepted '{name}'")
        except ReviewError as exc:
            raise EditError(str(exc)) from None
        self.changed_paths = list(self.review.changed_paths)


def _may_be(draft: Actor, alike: LookAlike, actor: Actor) -> bool:
    """Whether a look-alike is worth offering as what the draft may be (`actor`: the look-alike's record)."""
    return may_be_same(
        draft.name,
        draft.kind.value,
        (draft.name, *draft.aliases),
        alike.spelling,
        alike.kind,
        (actor.name, *actor.aliases),
    )


# One word of a name stands for another only when they are spelled nearly alike ("Lukashenko",
# "Lukashenka": 90), not when they share some letters ("Argentina", "Martin": 67).
_WORD_ALIKE = 80


def _likeness(query: str, spelling: str) -> float:
    """How alike two folded names are (0-100): whole names, word sets ("Putin" in "Vladimir Putin"),
    or one word for another of similar length ("Lukashenko" for "Alyaksandr Lukashenka")."""
    from rapidfuzz import fuzz

    # One name inside the other ("Johnson" in "Boris Johnson", but also "Asad" in "Asad regime")
    # is a candidate, not a certainty: below a whole-name match.
    best = max(
        fuzz.ratio(query, spelling), fuzz.token_sort_ratio(query, spelling), 0.9 * fuzz.token_set_ratio(query, spelling)
    )
    # A one-word name for a word of a longer one ("Lukashenko" in "Alyaksandr Lukashenka"); two
    # names of several words that share one ("South Korea", "South Africa") are not alike for that.
    if len(query.split()) == 1 or len(spelling.split()) == 1:
        for word in query.split():
            for other in spelling.split():
                if len(word) >= 4 and len(other) >= 4 and (alike := fuzz.ratio(word, other)) >= _WORD_ALIKE:
                    best = max(best, 0.9 * alike)  # one word alike is less than all of them
    return float(best)
