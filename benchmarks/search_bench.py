"""Search benchmark: build, update and query times of the Whoosh index, with SQLite FTS5 beside each figure.

    python -m benchmarks.search_bench                  # 1k, 10k and 100k quotes
    python -m benchmarks.search_bench --sizes 1000,10000 --queries 30
    python -m benchmarks.search_bench --sizes 100000 --data DIR   # DIR shared with tui_bench --data DIR

Workspaces come from `benchmarks.synthetic` (deterministic) and are kept in `benchmarks/data/`
(git-ignored; `--data` chooses another folder) for the next run; the index and parse caches go
to a temporary folder. Opening is measured in a fresh interpreter, as a user starts dossier:
cold (an index, but no parse cache) until the first search answers while the workspace loads in
a thread beside it, as the browser does; warm (both caches) until workspace and index are ready. Each
query class runs the same strings against both engines: Whoosh through `SearchIndex.search`
(parsing, ranking and snippets included, as the browser calls it) and FTS5 through one SQL
statement with bm25 ranking and `snippet()`. FTS5 has no fuzzy matching, so that row has no
reference. Times are wall-clock on whatever else the machine is doing: run it on a quiet one, and
read the CPU rows beside them (CPU time grows much less than wall time when the machine is shared).
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.synthetic import generate_workspace

DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parent.parent
QUERY_CLASSES = ("single term", "two terms", "phrase", "as-you-type 1-5", "fuzzy term", "date range filter", "alias")


def _workspace(quotes: int, data: Path = DATA) -> tuple[Path, dict]:
    """The synthetic workspace of this size, written once and kept (with its summary) for later runs."""
    root = data / f"ws-{quotes}"
    saved = root / ".summary.json"
    if saved.exists():
        return root, json.loads(saved.read_text(encoding="utf-8"))
    shutil.rmtree(root, ignore_errors=True)
    summary = generate_workspace(root, quotes)
    summary["root"] = str(summary["root"])
    saved.write_text(json.dumps(summary), encoding="utf-8")
    return root, summary


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return p50 * 1000, p95 * 1000


def _queries(summary: dict, count: int, seed: int = 1) -> dict[str, list[str]]:
    rng = random.Random(seed)
    words = [word for word in summary["vocabulary"] if len(word) > 3]
    people = summary["people"]
    places = [spellings[0] for spellings in summary["places"].values()]
    phrases = [
        "satellite imagery",
        "air raid alerts",
        "told reporters",
        "armoured vehicles",
        "border posts",
        "field hospitals",
        "supply lines",
        "pontoon bridges",
        "no plans to send",
        "independently verified",
    ]
    typed = []
    for _ in range(count):
        word = rng.choice(words + places)
        typed.append(word[: rng.randint(1, 5)])

    def fuzzy(word: str) -> str:
        index = rng.randrange(1, len(word) - 1)
        return word[:index] + rng.choice("aeiourst") + word[index + 1 :] + "~"

    weeks = []
    for _ in range(count):
        start = rng.randrange(0, 720)
        weeks.append((start, start + 6))
    import datetime as dt

    def day(offset: int) -> str:
        return (dt.date(2022, 1, 1) + dt.timedelta(days=offset)).isoformat()

    return {
        "single term": [rng.choice(words + places) for _ in range(count)],
        "two terms": [f"{rng.choice(words)} {rng.choice(words + places)}" for _ in range(count)],
        "phrase": [f'"{rng.choice(phrases)}"' for _ in range(count)],
        "as-you-type 1-5": typed,
        "fuzzy term": [fuzzy(rng.choice(words)) for _ in range(count)],
        "date range filter": [
            f"kind:quote date:[{day(a)} TO {day(b)}]" if i % 2 else f"{rng.choice(words)} date:[{day(a)} TO {day(b)}]"
            for i, (a, b) in enumerate(weeks)
        ],
        "alias": [rng.choice(summary["actors"][rng.choice(people)][1:]) for _ in range(count)],
    }


# -- SQLite FTS5, the reference ---------------------------------------------------------------------


class Fts5:
    """The same documents in an FTS5 table (Porter stemming, diacritics removed, prefix indexes 1-5)."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.executescript(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"
            "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, kind UNINDEXED, file UNINDEXED, label UNINDEXED,"
            " names, title, aka, body, tokenize='porter unicode61 remove_diacritics 2', prefix='1 2 3 4 5');"
            "CREATE TABLE dates(docid INTEGER, kind TEXT, lo TEXT, hi TEXT);"
            "CREATE INDEX dates_kind ON dates(kind, lo, hi); CREATE INDEX dates_lo ON dates(lo, hi);"
        )

    def add(self, documents: list[dict]) -> None:
        rows, dates = [], []
        for document in documents:
            rows.append(
                (
                    document["id"],
                    document["kind"],
                    document["file"],
                    document.get("label"),
                    document.get("names"),
                    document.get("title"),
                    document.get("aka"),
                    document.get("body"),
                )
            )
        cursor = self.db.cursor()
        for row, document in zip(rows, documents, strict=True):
            cursor.execute("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?)", row)
            days = [term[4:] for term in document.get("facet", "").split() if term.startswith("day:")]
            if days:
                dates.append((cursor.lastrowid, document["kind"], days[0], days[-1]))
        cursor.executemany("INSERT INTO dates VALUES (?,?,?,?)", dates)
        self.db.commit()

    def replace_file(self, relative: str, documents: list[dict]) -> None:
        self.db.execute("DELETE FROM dates WHERE docid IN (SELECT rowid FROM docs WHERE file = ?)", (relative,))
        self.db.execute("DELETE FROM docs WHERE file = ?", (relative,))
        self.add(documents)

    def search(self, query: str) -> list[tuple]:
        match = re.match(r"(?:(\w+) )?(?:kind:(\w+) )?date:\[(\S+) TO (\S+)\]", query)
        if query.startswith("kind:") or (match and not match.group(1)):
            match = re.match(r"kind:(\w+) date:\[(\S+) TO (\S+)\]", query)
            assert match is not None
            # The dates table first (through its index), then the documents by rowid.
            return self.db.execute(
                "SELECT id, label FROM docs WHERE rowid IN "
                "(SELECT docid FROM dates WHERE kind = ? AND lo <= ? AND hi >= ? LIMIT 20)",
                (match.group(1), match.group(3), match.group(2)),
            ).fetchall()
        if match:
            # A subquery, not a join: joined, SQLite scanned the dates table once per matching document.
            return self.db.execute(
                "SELECT id, label, snippet(docs, 7, '', '', '…', 30) FROM docs WHERE docs MATCH ? AND rowid IN "
                "(SELECT docid FROM dates WHERE lo <= ? AND hi >= ?) ORDER BY rank LIMIT 20",
                (_fts_words(match.group(1)), match.group(4), match.group(3)),
            ).fetchall()
        if query.startswith('"'):
            expression = query
        elif len(query) <= 5 and " " not in query and not query.endswith("~"):
            expression = _fts_words(query) + "*"
        else:
            expression = _fts_words(query)
        return self.db.execute(
            "SELECT id, label, snippet(docs, 7, '', '', '…', 30) FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 20",
            (expression,),
        ).fetchall()


def _fts_words(text: str) -> str:
    return " ".join('"' + word.replace('"', "") + '"' for word in text.split())


# -- the run --------------------------------------------------------------------------------------


def _time_queries(
    run: Callable[[str], object], queries: list[str], cpu: list[float] | None = None
) -> tuple[float, float]:
    """Wall-clock p50 and p95 in ms; when `cpu` is given, this process's CPU p50 and p95 are put in it."""
    run(queries[0])  # warm-up: first use loads readers and caches
    samples, cpu_samples = [], []
    for query in queries:
        started, cpu_started = time.perf_counter(), time.process_time()
        run(query)
        samples.append(time.perf_counter() - started)
        cpu_samples.append(time.process_time() - cpu_started)
    if cpu is not None:
        cpu[:] = _percentiles(cpu_samples)
    return _percentiles(samples)


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the index's writer processes)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# A fresh interpreter opening the workspace as the browser does: the index in one thread, the
# workspace in another; it prints when the first search answered and when everything was ready.
CHILD_OPEN = """
import json, sys, threading, time
started, cpu_started = time.perf_counter(), time.process_time()
from pathlib import Path
from dossier.search import SearchIndex
from dossier.workspace import load_workspace
root = Path(sys.argv[1])
marks = {}
def load():
    load_workspace(root)
    marks["loaded"] = (time.perf_counter() - started, time.process_time() - cpu_started)
loader = threading.Thread(target=load)
loader.start()
index = SearchIndex.open(root)
hits = index.search(sys.argv[2], limit=20).hits
marks["search"] = (time.perf_counter() - started, time.process_time() - cpu_started)
assert hits, "the first search found nothing"
loader.join()
index.close()
print(json.dumps(marks))
"""


def _open_in_fresh_process(root: Path, word: str) -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds from interpreter start until the first search answered / all was loaded."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD_OPEN, str(root), word], capture_output=True, text=True, cwd=REPO, check=True
    )
    return {key: tuple(value) for key, value in json.loads(result.stdout.strip().splitlines()[-1]).items()}


def _check_in_fresh_process(root: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of `dossier check` over the whole workspace (warm parse cache)."""
    code = "import sys; from dossier.cli import main; sys.exit(main(['check', sys.argv[1]]))"
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, cwd=REPO, check=False)
    return time.perf_counter() - started, _cpu_seconds() - cpu_started


def _clear_parse_cache(cache: Path) -> None:
    for entry in cache.glob("parsed*"):
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def _size(path: Path) -> int:
    return sum(entry.stat().st_size for entry in path.rglob("*") if entry.is_file())


def bench(quotes: int, queries_per_class: int, data: Path = DATA) -> dict[str, tuple[str, str]]:
    from dossier.search import SearchIndex
    from dossier.search.documents import Directory, documents_of
    from dossier.search.index import IndexStore, cache_dir_for
    from dossier.workspace import load_workspace

    root, summary = _workspace(quotes, data)
    rows: dict[str, tuple[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="search-bench-") as scratch:
        cache = Path(scratch) / "cache"
        os.environ["DOSSIER_CACHE_DIR"] = str(cache)
        started, cpu_started = time.perf_counter(), time.process_time()
        load_workspace(root)  # cold: fills the parse cache
        cold_load, cold_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        started, cpu_started = time.perf_counter(), time.process_time()
        workspace = load_workspace(root)
        warm_load, warm_cpu = time.perf_counter() - started, time.process_time() - cpu_started

        store = IndexStore(root, cache_dir_for(root))
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        store.rebuild("bench")
        build = time.perf_counter() - started
        build_cpu = _cpu_seconds() - cpu_started
        store.close()
        records = len(workspace.actors) + len(workspace.events) + len(workspace.sources) + len(workspace.quotes)

        directory = Directory()
        for table in (workspace.actors, workspace.events, workspace.sources):
            for record in table.values():
                directory.add(record)
        pairs = [
            (record, workspace.origins[record.id].path)
            for table in (workspace.actors, workspace.events, workspace.sources, workspace.quotes)
            for record in table.values()
        ]
        documents = list(documents_of(pairs, directory, workspace.source_text))
        fts_path = Path(scratch) / "fts.sqlite"
        started = time.perf_counter()
        fts = Fts5(fts_path)
        fts.add(documents)
        fts_build = time.perf_counter() - started

        rows["records"] = (f"{records:,}", "")
        rows["workspace load, cold / warm parse cache (s)"] = (f"{cold_load:.1f} / {warm_load:.1f}", "")
        rows["workspace load CPU, cold / warm (s)"] = (f"{cold_cpu:.1f} / {warm_cpu:.1f}", "")
        rows["full build incl. warm load (s)"] = (f"{build:.1f}", f"{fts_build + warm_load:.1f}")
        rows["full build CPU, all processes (s)"] = (f"{build_cpu:.1f}", "")
        rows["full build records/s"] = (f"{records / build:,.0f}", f"{records / (fts_build + warm_load):,.0f}")
        rows["index write only records/s"] = (
            f"{records / max(build - warm_load, 1e-9):,.0f}",
            f"{records / fts_build:,.0f}",
        )
        folder = store.folder
        assert folder is not None
        fts_size = sum(path.stat().st_size for path in Path(scratch).glob("fts.sqlite*"))
        rows["index size (MB)"] = (f"{_size(folder) / 1e6:.1f}", f"{fts_size / 1e6:.1f}")

        # Opening in a fresh interpreter: cold (index, no parse cache), then warm (both caches).
        word = summary["people"][0]
        first_word = summary["actors"][word][0].split()[-1]
        _clear_parse_cache(cache)
        cold = _open_in_fresh_process(root, first_word)
        warm = _open_in_fresh_process(root, first_word)
        rows["cold open: first search answered (s)"] = (f"{cold['search'][0]:.1f}", "")
        rows["cold open: first search answered, CPU (s)"] = (f"{cold['search'][1]:.1f}", "")
        rows["cold open: workspace fully loaded (s)"] = (f"{cold['loaded'][0]:.1f}", "")
        rows["warm open: workspace and index ready (s)"] = (f"{max(warm['search'][0], warm['loaded'][0]):.1f}", "")
        rows["warm open: workspace and index ready, CPU (s)"] = (
            f"{max(warm['search'][1], warm['loaded'][1]):.1f}",
            "",
        )
        check_wall, check_cpu = _check_in_fresh_process(root)
        rows["dossier check, whole workspace (s)"] = (f"{check_wall:.1f}", "")
        rows["dossier check, CPU (s)"] = (f"{check_cpu:.1f}", "")

        index = SearchIndex.open(root)
        # One edited quotes file, and one actor whose new alias touches every quote about it.
        quote_file = root / summary["quote_files"][len(summary["quote_files"]) // 2]
        original = quote_file.read_bytes()
        actor_file = root / "actors" / f"{summary['people'][0]}.yaml"
        actor_original = actor_file.read_bytes()
        try:
            quote_file.write_bytes(original + b"\n")
            started, cpu_started = time.perf_counter(), time.process_time()
            index.update()
            update_one, update_one_cpu = time.perf_counter() - started, time.process_time() - cpu_started
            # The same edit again, with the caller naming the file (a save, a file watcher): no scan.
            quote_file.write_bytes(original + b"\n\n")
            named = None
            if "paths" in inspect.signature(index.update).parameters:
                started, cpu_started = time.perf_counter(), time.process_time()
                index.update([quote_file])
                named = (time.perf_counter() - started, time.process_time() - cpu_started)
            else:
                index.update()
            relative = quote_file.relative_to(root).as_posix()
            file_documents = [document for document in documents if document["file"] == relative]
            started = time.perf_counter()
            fts.replace_file(relative, file_documents)
            fts_update = time.perf_counter() - started
            actor_file.write_bytes(actor_original.replace(b"aliases:\n", b'aliases:\n  - "Benchmarkovich"\n', 1))
            started, cpu_started = time.perf_counter(), time.process_time()
            index.update()
            update_alias, update_alias_cpu = time.perf_counter() - started, time.process_time() - cpu_started
            # The new alias finds the actor's quotes at once (and the bench is not timing a no-op).
            found = index.search("Benchmarkovich", limit=50)
            assert found.total > 1, "the new alias found no quotes"
        finally:
            quote_file.write_bytes(original)
            actor_file.write_bytes(actor_original)
            index.update()
        cited = sum(1 for document in documents if f"ref:{summary['people'][0]}" in document.get("facet", "").split())
        rows["update: one edited quotes file (ms)"] = (f"{update_one * 1000:.0f}", f"{fts_update * 1000:.0f}")
        rows["update: one edited quotes file, CPU (ms)"] = (f"{update_one_cpu * 1000:.0f}", "")
        if named is not None:
            rows["update: one edited quotes file, named (ms)"] = (f"{named[0] * 1000:.0f}", "")
            rows["update: one edited quotes file, named, CPU (ms)"] = (f"{named[1] * 1000:.0f}", "")
        rows[f"update: new alias, {cited} records cite the actor (ms)"] = (f"{update_alias * 1000:.0f}", "")
        rows["update: new alias, CPU (ms)"] = (f"{update_alias_cpu * 1000:.0f}", "")

        for name, strings in _queries(summary, queries_per_class).items():
            cpu: list[float] = []
            whoosh = _time_queries(lambda text: index.search(text, limit=20), strings, cpu)
            fts_cpu: list[float] = []
            if name == "fuzzy term":
                reference = cpu_reference = "n/a"
            else:
                p50, p95 = _time_queries(fts.search, strings, fts_cpu)
                reference = f"{p50:.1f} / {p95:.1f}"
                cpu_reference = f"{fts_cpu[0]:.1f} / {fts_cpu[1]:.1f}"
            rows[f"{name} p50 / p95 (ms)"] = (f"{whoosh[0]:.1f} / {whoosh[1]:.1f}", reference)
            rows[f"{name} CPU p50 / p95 (ms)"] = (f"{cpu[0]:.1f} / {cpu[1]:.1f}", cpu_reference)
        typed = [text for text in _queries(summary, queries_per_class)["as-you-type 1-5"]]
        rows["complete() p50 / p95 (ms)"] = (
            "{:.1f} / {:.1f}".format(*_time_queries(lambda text: index.complete(text), typed)),
            "",
        )
        index.close()
        fts.db.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="quotes per workspace, comma-separated")
    parser.add_argument("--queries", type=int, default=40, help="queries per class (default 40)")
    parser.add_argument("--data", type=Path, default=DATA, help="where synthetic workspaces are kept between runs")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    args.data.mkdir(parents=True, exist_ok=True)
    results = {}
    for size in sizes:
        print(f"… {size:,} quotes", file=sys.stderr, flush=True)
        results[size] = bench(size, args.queries, args.data)
    metrics = list(dict.fromkeys(metric for rows in results.values() for metric in rows))
    width = max(len(metric) for metric in metrics) + 2
    header = "".join(f"{f'{size:,} quotes: whoosh | fts5':>34}" for size in sizes)
    print(f"{'':<{width}}{header}")
    for metric in metrics:
        cells = ""
        for size in sizes:
            whoosh, reference = results[size].get(metric, ("", ""))
            cells += f"{whoosh:>20} | {reference:<11}"
        print(f"{metric:<{width}}{cells}")
    print(f"\n{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} at the end; Python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
