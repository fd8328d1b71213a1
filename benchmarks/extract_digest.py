"""A digest of everything `extract()` returns on the benchmark corpora, to show a refactor changed nothing.

The quality benchmarks print totals and the first few names of each class; a change that moves one draft, one
event's date or one quote's span may leave them as they were. This prints, per folder, a SHA-256 over the
`repr` of every actor draft, event, quote and mention of every document, read alone into an empty workspace
and read one after another into one workspace (as `shared_workspace` does): two commits that print the same
digests extract the same thing from those documents.

    python -m benchmarks.extract_digest
    python -m benchmarks.extract_digest benchmarks/real_probes ../shared/re3d-dev/uk-government

Run it on both commits (e.g. in two `git archive` exports) and compare the tables; the counts say where a
difference lies. Documents are read as ingest reads them (`read_document`: HTML, Markdown with front matter,
text), in name order, each in the language `detect_language` gives it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import sys
import tempfile
import time
from pathlib import Path

from dossier.ingest.extract import Extraction, extract
from dossier.ingest.extract_text import IngestError, read_document
from dossier.ingest.language import detect_language
from dossier.ingest.mentions import ActorIndex
from dossier.model import Actor, Status

_FOLDERS = (
    "benchmarks/style_probes",
    "benchmarks/real_probes",
    "benchmarks/lang_pages",
    "../shared/re3d-dev/uk-government",
    "../shared/re3d-dev/us-state-department",
    "../shared/realpages-dev",
)
_SUFFIXES = (".html.gz", ".html", ".md", ".txt")


def documents(folder: Path) -> list[tuple[str, str]]:
    """The text of every document in `folder` as ingest reads it (gzipped pages unpacked first)."""
    texts = []
    with tempfile.TemporaryDirectory() as scratch:
        for path in sorted(folder.iterdir()):
            if not path.name.endswith(_SUFFIXES) or path.name == "README.md":
                continue
            readable = path
            if path.suffix == ".gz":
                readable = Path(scratch) / path.name.removesuffix(".gz")
                readable.write_bytes(gzip.decompress(path.read_bytes()))
            try:
                texts.append((path.name, read_document(readable).text))
            except IngestError:
                continue  # a page with no article text
    return texts


def _what_it_found(extraction: Extraction) -> str:
    return repr((extraction.actors, extraction.events, extraction.quotes, extraction.mentions))


def digest_row(folder: Path) -> tuple[str, ...]:
    texts = documents(folder)
    alone, shared = hashlib.sha256(), hashlib.sha256()
    counts = [0, 0, 0, 0]
    index = ActorIndex([])
    taken: set[str] = set()
    for number, (name, text) in enumerate(texts):
        language = detect_language(text) or "en"
        found = extract(text, None, [], set(), f"alone{number}", language=language)
        alone.update(f"{name}\n{_what_it_found(found)}\n".encode())
        for k, items in enumerate((found.actors, found.events, found.quotes, found.mentions)):
            counts[k] += len(items)
        known = list(index.actors.values())
        in_workspace = extract(text, None, known, taken, f"shared{number}", index=index, language=language)
        shared.update(f"{name}\n{_what_it_found(in_workspace)}\n".encode())
        for draft in in_workspace.actors:
            index.add(Actor(id=draft.id, name=draft.name, kind=draft.kind, aliases=draft.aliases, status=Status.draft))
    return (
        str(folder),
        f"{len(texts):,}",
        *(f"{count:,}" for count in counts),
        alone.hexdigest()[:16],
        shared.hexdigest()[:16],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of documents (default: every corpus)")
    args = parser.parse_args(argv)
    folders = args.folders or [Path(folder) for folder in _FOLDERS if Path(folder).is_dir()]
    started = time.perf_counter()
    header = ("folder", "docs", "drafts", "events", "quotes", "mentions", "alone", "one workspace")
    rows = [header, *(digest_row(folder) for folder in folders)]
    widths = [max(len(row[k]) for row in rows) for k in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    print(f"time  {time.perf_counter() - started:.1f} s (every document read twice)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
