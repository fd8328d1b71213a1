"""`SearchIndex`: the one object the CLI and the browser use to search a workspace.

It opens (or builds, or repairs) the index, turns query strings into ranked hits with
snippets, completes what is being typed, and re-syncs with the files on disk. Every public
method takes one lock, so a browser worker thread and the UI thread can share an instance;
searches run one at a time, which is what a search box needs.
"""

from __future__ import annotations

import contextlib
import threading
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

from dossier.search.analysis import fold, fold_phrase, stem, term
from dossier.search.index import IndexStore, cache_dir_for
from dossier.search.name_variants import NameVariants
from dossier.search.place_spellings import PlaceSpellings
from dossier.search.query import KINDS, ParsedQuery, QueryBuilder, QueryError, clean, describe_error
from dossier.search.ranking import ImpactBM25
from dossier.search.results import Hit, SearchResults
from dossier.search.schema import TEXT_FIELDS
from dossier.search.snippets import make_snippet

# Below this many hits, a spelling suggestion is looked for.
SUGGEST_BELOW = 3


class SearchIndex:
    """A workspace's search index. Open with `SearchIndex.open(root)`; close when done."""

    def __init__(self, store: IndexStore) -> None:
        self._store = store
        self._lock = threading.RLock()
        self._searcher: Any = None
        self._generation = -1
        self._names_generation = -1
        self._builder: QueryBuilder | None = None
        self._names: list[tuple[str, int, str]] | None = None  # (folded tail, weight, spelling), sorted
        self._aliases: dict[str, frozenset[str]] | None = None
        self.messages: list[str] = []

    @classmethod
    def open(
        cls,
        workspace_root: Path,
        *,
        cache_dir: Path | None = None,
        progress: Callable[[str, float], None] | None = None,
        counts: Callable[[str, int, int], None] | None = None,
    ) -> SearchIndex:
        """Open the workspace's index, updating or (re)building it as needed; never raises for a bad index.

        `progress(message, fraction)` follows a build as a whole; `counts(step, done, total)` counts
        the units of each step of it (files read, records indexed), for a progress bar.
        """
        root = Path(workspace_root)
        store = IndexStore(root, cache_dir or cache_dir_for(root), progress, counts)
        self = cls(store)
        self.messages.extend(store.open())
        return self

    # -- searching -----------------------------------------------------------------------
    def search(self, query: str, *, kinds: Collection[str] | None = None, limit: int = 50) -> SearchResults:
        """Ranked hits for `query`. Bad queries come back with `error` set, never as exceptions."""
        with self._lock:
            if isinstance(kinds, str):
                kinds = [kinds]
            unknown = sorted(set(kinds or ()) - set(KINDS))
            if unknown:
                return SearchResults(query, [], 0, None, f"unknown kind {unknown[0]!r}; use {', '.join(KINDS)}")
            limit = max(1, min(limit, 10_000))
            for attempt in (1, 2):
                try:
                    builder = self._query_builder()
                except Exception as exc:  # the index cannot even be opened for reading
                    if attempt == 2 or isinstance(exc, KeyboardInterrupt):
                        raise
                    self._repair(exc)
                    continue
                try:
                    parsed = builder.parse(query)
                except QueryError as exc:
                    return SearchResults(query, [], 0, None, describe_error(exc, query))
                except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as exc:
                    # Whoosh's parser has corners no test found yet: a message, never a traceback.
                    return SearchResults(
                        query,
                        [],
                        0,
                        None,
                        f"this query could not be read ({type(exc).__name__}); "
                        "check its quotes, brackets and field names",
                    )
                if parsed.query is None:
                    return SearchResults(query, [], 0)
                try:
                    results, files = self._run(query, parsed, kinds, limit)
                except Exception as exc:  # a damaged index shows itself on reading postings
                    if attempt == 2 or isinstance(exc, KeyboardInterrupt):
                        return SearchResults(query, [], 0, None, f"the search failed ({type(exc).__name__})")
                    self._repair(exc)
                    continue
                # A file behind a hit was edited or deleted since it was indexed (in an editor, while
                # the browser runs): catch up first, so no hit stands for words that are gone.
                if attempt == 1 and self._store.outdated(files):
                    self.messages.extend(self._store.update())
                    continue
                return results
            raise AssertionError("unreachable")

    def _repair(self, error: Exception) -> None:
        self.messages.extend(self._recover(error))

    def _run(
        self, raw: str, parsed: ParsedQuery, kinds: Collection[str] | None, limit: int
    ) -> tuple[SearchResults, set[str]]:
        from whoosh import query as q

        searcher = self._current_searcher()
        whole = parsed.query
        if kinds:
            whole = q.And([whole, q.Or([q.Term("kind", kind) for kind in sorted(kinds)])])
        results = searcher.search(whole, limit=limit)
        stems = self._matched_stems(parsed, searcher)
        hits = []
        files: set[str] = set()
        for result in results:
            stored = result.fields()
            files.add(stored.get("file") or "")
            snippet, spans = make_snippet(stored.get("text") or "", stems, parsed.typing)
            hits.append(
                Hit(
                    stored["kind"],
                    stored["id"],
                    stored.get("label") or stored["id"],
                    snippet,
                    spans,
                    float(result.score or 0.0),
                )
            )
        if len(hits) < limit:
            total = len(hits)  # every match was collected
        else:
            total = len(results) if results.has_exact_length() else max(results.estimated_length(), len(hits))
        suggestion = self._suggest(parsed, searcher) if total < SUGGEST_BELOW else None
        return SearchResults(raw, hits, total, suggestion), files

    def _matched_stems(self, parsed: ParsedQuery, searcher: Any) -> set[str]:
        """The text terms of the query that occur in the index (fuzzy terms expanded), for highlighting.

        Written out rather than using Query.existing_terms, which in Whoosh 2.7 reuses its
        `fieldname` argument as a loop variable and so skips every field after the first.
        """
        reader = searcher.reader()
        stems: set[str] = set()
        for leaf in parsed.query.leaves():
            if leaf.field() not in TEXT_FIELDS:
                continue
            try:
                terms = leaf.expanded_terms(reader, phrases=True)
            except Exception:
                terms = leaf.terms(phrases=True)
            for fieldname, text in terms:
                word = text.decode("utf-8") if isinstance(text, bytes) else str(text)
                if fieldname in TEXT_FIELDS and word not in stems and (fieldname, word) in reader:
                    stems.add(word)
        # An alias that matched lights up the actor's other spellings too (Kiev finds "Kyiv" in a quote).
        aliases = self._alias_stems()
        for word in list(stems):
            stems.update(aliases.get(word, ()))
        return stems | parsed.other_names

    def _alias_stems(self) -> dict[str, frozenset[str]]:
        """For each word of an actor's one-word names and aliases, the stems of all of that actor's one-word names."""
        if self._aliases is None:
            table: dict[str, set[str]] = {}
            for spellings in self._store.manifest.directory.spellings.values():
                single = {term(spelling) for spelling in spellings if len(fold_phrase(spelling).split()) == 1}
                single.discard(None)
                for word in single:
                    table.setdefault(word, set()).update(single)  # type: ignore[arg-type]
            self._aliases = {word: frozenset(others) for word, others in table.items()}
        return self._aliases

    def _suggest(self, parsed: ParsedQuery, searcher: Any) -> str | None:
        """The query with its unknown words replaced by the closest known ones, if any."""
        vocabulary = self._store.manifest.vocabulary
        text, changed = parsed.text, False
        for start, end, folded in reversed(parsed.words):
            stemmed = stem(folded)
            if any(searcher.doc_frequency(name, stemmed) for name in TEXT_FIELDS):
                continue  # a known word (images, for imagery): nothing to correct
            if parsed.typing == folded and end == len(text) and vocabulary.completions(folded, 1):
                continue  # a word still being typed that begins known words: completion is the help here
            closest = vocabulary.closest(folded)
            if closest is not None:
                text, changed = text[:start] + closest + text[end:], True
        return " ".join(text.split()) if changed else None

    # -- completing ----------------------------------------------------------------------
    def complete(self, prefix: str, limit: int = 10) -> list[str]:
        """Completions of what is being typed: names, aliases and titles first, then words.

        A completion replaces the whole input: "troops bel" gives "troops Belarus".
        """
        with self._lock:
            text = clean(prefix)
            if not text.strip() or limit <= 0:
                return []
            head, _, last = text.rstrip().rpartition(" ") if not text[-1].isspace() else (text.rstrip(), "", "")
            found: list[str] = []
            seen: set[str] = set()

            def offer(candidate: str) -> None:
                key = fold_phrase(candidate)
                if key not in seen and len(found) < limit:
                    seen.add(key)
                    found.append(candidate)

            whole = fold_phrase(text)
            latin = not any(ch.isalpha() and not ch.isascii() for ch in text)
            whole_matches = self._names_starting(whole, limit * 3, latin)
            # Keep room for completions of the last word when many titles match the whole input.
            reserve = min(3, limit - 1) if last and head else 0
            for spelling in whole_matches[: limit - reserve]:
                offer(spelling)
            if last:
                lead = (head + " ") if head else ""
                for spelling in self._names_starting(fold_phrase(last), limit * 3, latin):
                    if " " not in spelling.strip() or not head:
                        offer(lead + spelling)
                for word in self._store.manifest.vocabulary.completions(fold(last), limit):
                    offer(lead + word)
            for spelling in whole_matches[limit - reserve :]:
                offer(spelling)
            return found

    def _names_starting(self, folded: str, limit: int, typed_latin: bool = True) -> list[str]:
        """Names, aliases and titles with a word that begins `folded`, most weighty first."""
        if not folded:
            return []
        names = self._name_table()
        low = bisect_left(names, (folded,))
        latin = typed_latin
        matches: dict[str, tuple[int, bool, int]] = {}
        for index in range(low, len(names)):
            tail, weight, spelling = names[index]
            if not tail.startswith(folded):
                break
            starts_whole = fold_phrase(spelling).startswith(folded)
            # Offer the spelling in the script being typed first (Lukashenko before Лукашенко).
            rank = (-weight - (2 if starts_whole else 0), spelling.isascii() != latin, len(spelling))
            if spelling not in matches or rank < matches[spelling]:
                matches[spelling] = rank
            if len(matches) >= limit * 4:
                break
        return sorted(matches, key=lambda spelling: (matches[spelling], spelling))[:limit]

    def _name_table(self) -> list[tuple[str, int, str]]:
        if self._names is None or self._generation != self._store.generation:
            directory = self._store.manifest.directory
            table: list[tuple[str, int, str]] = []
            entries = [(spelling, 3) for spellings in directory.spellings.values() for spelling in spellings]
            entries += [
                (title, 1) for record_id, title in directory.titles.items() if record_id not in directory.spellings
            ]
            for spelling, weight in entries:
                words = fold_phrase(spelling).split(" ")
                for index in range(len(words)):
                    table.append((" ".join(words[index:]), weight, spelling))
            table.sort()
            self._names = table
        return self._names

    # -- keeping up ----------------------------------------------------------------------
    def update(self, paths: Iterable[Path | str] | None = None) -> list[str]:
        """Re-read the YAML files that changed since the last look; returns what happened.

        Without `paths`, every file of the workspace is looked at (a few stat calls each). With
        `paths` (absolute, or relative to the workspace), only those are: for a caller that knows
        what changed, such as one that just saved a record, or a file watcher.
        """
        with self._lock:
            only = None if paths is None else [self._relative(path) for path in paths]
            try:
                messages = self._store.update(only)
            except Exception as exc:
                if isinstance(exc, KeyboardInterrupt):
                    raise
                messages = self._recover(exc)
            self.messages.extend(messages)
            return messages

    def _relative(self, path: Path | str) -> str:
        path = Path(path)
        if path.is_absolute():
            with contextlib.suppress(ValueError):
                return path.relative_to(self._store.root).as_posix()
            with contextlib.suppress(ValueError, OSError):
                return path.resolve().relative_to(self._store.root.resolve()).as_posix()
        return path.as_posix()

    def _recover(self, error: Exception) -> list[str]:
        self._close_searcher()
        return self._store.rebuild(f"the search index failed ({type(error).__name__}); rebuilt it")

    def _current_searcher(self) -> Any:
        if self._searcher is None or self._generation != self._store.generation:
            self._close_searcher()
            self._searcher = self._store.index.searcher(weighting=ImpactBM25())
            self._generation = self._store.generation
            self._names = None
            if self._names_generation != self._store.names_generation:
                self._names_generation = self._store.names_generation
                self._builder = None
                self._aliases = None
            elif self._builder is not None:
                # Names unchanged (a note, a quote edited): only what reads the vocabulary is redone.
                self._builder.vocabulary_grew()
        return self._searcher

    def _query_builder(self) -> QueryBuilder:
        searcher = self._current_searcher()
        if self._builder is None:
            directory = self._store.manifest.directory
            manifest = self._store.manifest
            self._builder = QueryBuilder(
                searcher.schema,
                directory.spellings,
                set(directory.titles),
                manifest.vocabulary,
                manifest.name_terms,
                PlaceSpellings(directory.spellings),
                NameVariants(directory.spellings),
            )
        return self._builder

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            with contextlib.suppress(Exception):
                self._searcher.close()
            self._searcher = None

    def close(self) -> None:
        with self._lock:
            self._close_searcher()
            self._store.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
