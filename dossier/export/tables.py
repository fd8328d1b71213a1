"""CSV: one table per kind of record, for a spreadsheet.

Files: `sources.csv`, `actors.csv`, `relations.csv` (one row per actor-to-actor link),
`events.csv`, `participants.csv` (one row per actor taking part in an event) and
`quotes.csv` (with the source's reliability and the Admiralty grade beside each quote).
A list in a cell (aliases, tags, what a quote is about) is joined with "; ".

Spreadsheet-friendly: UTF-8 with a byte-order mark (how Excel recognises UTF-8), CRLF line
ends, every field quoted where needed by the `csv` module. Cells come from untrusted
sources, and a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or
carriage return before them) as a formula: such a text cell gets a leading apostrophe,
which spreadsheets show as text and do not evaluate (OWASP's advice for CSV injection).
Numbers we write ourselves (offsets, credibility) are never changed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from dossier.model import admiralty_grade
from dossier.workspace import Workspace

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

HEADERS: dict[str, tuple[str, ...]] = {
    "sources": (
        "id", "title", "publisher", "author", "url", "published", "retrieved", "language", "reliability", "sha256",
        "notes",
    ),
    "actors": ("id", "name", "kind", "aliases", "summary", "tags", "notes", "status", "found_by"),
    "relations": ("id", "actor", "type", "target", "since", "until", "note"),
    "events": (
        "id", "title", "date", "date_text", "place", "participants", "kind", "summary", "tags", "notes", "status",
        "found_by",
    ),
    "participants": ("id", "event", "actor", "role"),
    "quotes": (
        "id", "source", "start", "end", "exact", "attributed_to", "about", "stance", "reliability", "credibility",
        "grade", "status", "notes", "found_by",
    ),
}  # fmt: skip


def safe_cell(value: object) -> object:
    """A value as a spreadsheet will not run it: text that would start a formula is prefixed with `'`."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _joined(items: Iterable[str]) -> str:
    return "; ".join(items)


def _rows(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    rows: dict[str, list[tuple[object, ...]]] = {name: [] for name in HEADERS}
    for s in sorted(workspace.sources.values(), key=lambda r: r.id):
        rows["sources"].append(
            (s.id, s.title, s.publisher, s.author, s.url, s.published, s.retrieved, s.language, s.reliability,
             s.sha256, s.notes)
        )  # fmt: skip
    for a in sorted(workspace.actors.values(), key=lambda r: r.id):
        rows["actors"].append(
            (a.id, a.name, a.kind.value, _joined(a.aliases), a.summary, _joined(a.tags), a.notes, a.status.value,
             a.found_by)
        )  # fmt: skip
        for number, rel in enumerate(a.relations, 1):
            rows["relations"].append((f"{a.id}/{number}", a.id, rel.type, rel.target, rel.since, rel.until, rel.note))
    for e in sorted(workspace.events.values(), key=lambda r: r.id):
        people = _joined(f"{part.actor} ({part.role})" for part in e.participants)
        rows["events"].append(
            (e.id, e.title, e.date, e.date_text, e.place, people, e.kind, e.summary, _joined(e.tags), e.notes,
             e.status.value, e.found_by)
        )  # fmt: skip
        for number, part in enumerate(e.participants, 1):
            rows["participants"].append((f"{e.id}/{number}", e.id, part.actor, part.role))
    for q in sorted(workspace.quotes.values(), key=lambda r: (r.source, r.start, r.id)):
        source = workspace.sources.get(q.source)
        rows["quotes"].append(
            (q.id, q.source, q.start, q.end, q.exact, q.attributed_to, _joined(q.about), q.stance.value,
             source.reliability if source else "F", q.credibility, admiralty_grade(source, q), q.status.value,
             q.notes, q.found_by)
        )  # fmt: skip
    return rows


def render(workspace: Workspace, generated_at: str) -> dict[str, str]:
    """File name -> CSV text, one file per kind (`generated_at` is not written: rows are the content)."""
    files: dict[str, str] = {}
    for name, rows in _rows(workspace).items():
        out = io.StringIO()
        out.write(BOM)
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADERS[name])
        writer.writerows([safe_cell(value) for value in row] for row in rows)
        files[f"{name}.csv"] = out.getvalue()
    return files
