"""`dossier init`: lay out a new workspace that a team can keep in git.

It makes the four record folders, a README that tells a newcomer what goes where, a
`.gitattributes` that keeps source texts byte for byte (quotes point into them by
character offsets and the source records hold their SHA-256, so a line-ending conversion
or a merge inside one would break every quote after it), a `.gitignore` for what never
belongs in the repository, and the JSON Schemas that editors use to check the YAML as it
is typed. Nothing that exists is changed: every file is created only where none is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dossier.atomic import ConflictError, write_atomic
from dossier.workspace import FOLDERS

README = """\
# Dossier workspace

A workspace of the `dossier` tool: sources, and the actors, events and quotes structured from
them. Every claim links to the exact words of a source. Check it with `dossier check`, browse it
with `dossier browse`, search it with `dossier search`.

| Folder      | Holds                                                                                   |
|-------------|-----------------------------------------------------------------------------------------|
| `sources/`  | each source as `<id>.txt` (its text, byte for byte, never edited) beside `<id>.yaml`     |
|             | (title, publisher, URL, dates, Admiralty reliability and the SHA-256 of the text)       |
| `actors/`   | one `<id>.yaml` per person, state, organisation, armed force, media outlet or place     |
| `events/`   | one `<id>.yaml` per event: date (EDTF), place, participants                              |
| `quotes/`   | `<source-id>.yaml`: the quotes of one source, each with its character range and context |
| `reviews/`  | what `dossier review` merged and rejected (kept, so a rejected name is not proposed again) |
| `schemas/`  | JSON Schemas of the YAML files, for editors                                             |

Add sources with `dossier ingest FILE... --workspace .` and go through the drafts it writes with
`dossier review --workspace .`. Never edit a file in `sources/*.txt`: quotes count characters in
it, and its hash is in its YAML (`dossier check` reports any change).

## Working as a team in git

- `.gitattributes` keeps source texts exactly as written: no line-ending conversion, and a
  conflict on one is never merged line by line.
- `dossier check --changed` checks only what git reports as changed; with the pre-commit
  framework, add the hook `dossier-check` (see the dossier repository's `.pre-commit-hooks.yaml`)
  to run it on every commit.
- Exports (`dossier export`) are written outside the workspace or into `exports/`, which git ignores.
"""

GITATTRIBUTES = """\
# Source texts are evidence: quotes point into them by character offsets and their YAML holds
# their SHA-256. Keep them byte for byte (no end-of-line conversion) and never merge them line
# by line (a conflict keeps one side whole).
sources/*.txt -text merge=binary
# Records: plain text with LF line ends on every platform.
*.yaml text eol=lf
*.yml text eol=lf
*.md text eol=lf
"""

GITIGNORE = """\
# Written by `dossier export`: generated, reproducible from the records.
exports/
# Left by a save that was interrupted (`dossier check` points them out).
.*.tmp
# Editors and systems.
*~
*.swp
.DS_Store
Thumbs.db
"""


@dataclass
class InitReport:
    created: list[str] = field(default_factory=list)  # relative paths, folders ending in "/"
    kept: list[str] = field(default_factory=list)  # files that were there already


def init_workspace(root: Path) -> InitReport:
    """Create what a workspace needs under `root` (made if missing); existing files are kept as they are."""
    from dossier import schemas

    report = InitReport()
    root.mkdir(parents=True, exist_ok=True)
    for folder in (*FOLDERS, "reviews", "schemas"):
        path = root / folder
        if not path.is_dir():
            path.mkdir()
            report.created.append(f"{folder}/")
    files = {"README.md": README, ".gitattributes": GITATTRIBUTES, ".gitignore": GITIGNORE}
    files |= {f"schemas/{name}": schemas.render(schema) for name, schema in schemas.generate().items()}
    for name, text in files.items():
        path = root / name
        try:
            write_atomic(path, text.encode("utf-8"), create_only=True)
        except ConflictError:
            report.kept.append(name)
            continue
        report.created.append(name)
    return report
