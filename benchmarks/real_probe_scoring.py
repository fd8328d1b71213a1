"""Score invented real-web pages (`real_probes/`): junk, kinds and draft density per page.

Each page in the folder is ingested alone into an empty workspace. `expected.json` gives, per
page, the actors a reader expects (`[names separated by |, kinds separated by |]`) and the
names that must never be drafts (`junk`: works, products, software, game characters, grapes,
concepts named after people). The table gives per page the drafts, the expected ones found,
the junk drafted, the expected ones drafted with a wrong kind, the drafts that are on neither
list (printed, for a reader to judge) and drafts per 1,000 words of article text.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path

from dossier.ingest.extract_text import read_document
from dossier.ingest.names import fold_phrase
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace


def _names(text: str) -> set[str]:
    return {fold_phrase(name) for name in text.split("|")}


def real_probes(folder: Path) -> list[tuple[str, str]]:
    from dossier.checks import check_workspace

    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    rows: list[tuple[str, str]] = []
    totals: Counter[str] = Counter()
    for page in sorted(folder.glob("*.html")):
        entry = expected.get(page.name, {})
        wanted = [(_names(names), set(kinds.split("|"))) for names, kinds in entry.get("actors", [])]
        junk = set().union(*(_names(name) for name in entry.get("junk", [])))
        words = len(read_document(page).text.split())
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch) / "ws"
            ingest_file(root, page)
            workspace = load_workspace(root)
            failed = bool(check_workspace(workspace).errors)
            drafts = list(workspace.actors.values())
        found, junk_drafts, wrong_kind, unlisted = 0, [], [], []
        for draft in drafts:
            spellings = {fold_phrase(s) for s in (draft.name, *draft.aliases)}
            label = f"{draft.name} ({draft.kind})"
            match = next(((names, kinds) for names, kinds in wanted if names & spellings), None)
            if match is None and spellings & junk:
                junk_drafts.append(label)
            elif match is None:
                unlisted.append(label)
            elif str(draft.kind) not in match[1]:
                wrong_kind.append(f"{label}, expected {'|'.join(sorted(match[1]))}")
        for names, _kinds in wanted:
            found += any(names & {fold_phrase(s) for s in (d.name, *d.aliases)} for d in drafts)
        totals.update(
            expected=len(wanted),
            found=found,
            drafts=len(drafts),
            junk=len(junk_drafts),
            kind=len(wrong_kind),
            unlisted=len(unlisted),
            words=words,
            failures=failed,
        )
        notes = "; ".join(
            part
            for part in (
                f"JUNK: {', '.join(junk_drafts)}" if junk_drafts else "",
                f"wrong kind: {', '.join(wrong_kind)}" if wrong_kind else "",
                f"unlisted: {', '.join(unlisted)}" if unlisted else "",
                "CHECK FAILS" if failed else "",
            )
            if part
        )
        density = 1000 * len(drafts) / max(1, words)
        rows.append(
            (page.stem, f"{found}/{len(wanted)} expected, {len(drafts)} drafts ({density:.1f}/1,000 words); {notes}")
        )
    rows.append(
        (
            "ALL",
            f"{totals['found']}/{totals['expected']} expected found, {totals['drafts']} drafts "
            f"({1000 * totals['drafts'] / max(1, totals['words']):.1f} per 1,000 words), "
            f"{totals['junk']} junk, {totals['kind']} of a wrong kind, {totals['unlisted']} unlisted, "
            f"{totals['failures']} failing dossier check",
        )
    )
    return rows
