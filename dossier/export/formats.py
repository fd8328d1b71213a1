"""Every export format, by the name `dossier export --format` takes: one row per format.

A row says what the format writes and how (`layout`), the ending of its file names, how to
recognise a file an earlier export of it wrote (so that file, and only such a file, may be
replaced without `--force`), and the module that renders it. The module is imported only
when the format is used: FollowTheMoney and STIX pull in large libraries that no other
command should pay for. A new format is one row here and one module with a `render`.

Layouts:
- `dossiers`: one file per actor or event (Markdown), or one dossier to stdout;
- `file`: the whole workspace (or one record and its neighbours) as one stream, to stdout or a file;
- `folder`: several files, one per kind of record, into a folder.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from dossier.workspace import Workspace

Layout = Literal["dossiers", "file", "folder"]

# A file renderer: the workspace and the `generated-at` stamp in, the text out in chunks.
FileRenderer = Callable[["Workspace", str], Iterable[str]]
# A folder renderer: file name -> that file's text.
FolderRenderer = Callable[["Workspace", str], dict[str, str]]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    summary: str  # one line, for `--help` and the browser
    layout: Layout
    suffix: str  # how its file names end
    module: str  # the module that renders it (imported on first use)
    marker: re.Pattern[bytes]  # the start of a file that an earlier export of this format wrote

    def filename(self, stem: str) -> str:
        """The file name of one dossier (or of one kind, for a folder format)."""
        return f"{stem}{self.suffix}"

    def default_filename(self) -> str:
        """The name a whole-workspace export gets when written into a folder."""
        return f"workspace{self.suffix}"

    def is_export(self, head: bytes) -> bool:
        """True when a file starting with `head` was written by an earlier export of this format."""
        return self.marker.match(head.removeprefix(b"\xef\xbb\xbf")) is not None

    def renderer(self) -> ModuleType:
        return importlib.import_module(self.module)


# How many bytes from the start of a file `is_export` needs to see.
MARKER_BYTES = 512

FORMATS: dict[str, ExportFormat] = {
    fmt.name: fmt
    for fmt in (
        ExportFormat(
            "markdown",
            "citation-ready Markdown dossiers (one actor or event, or --all into a folder)",
            "dossiers",
            ".md",
            "dossier.export.markdown",
            re.compile(rb"---\ndossier-export: 1\n"),
        ),
        ExportFormat(
            "jsonl",
            "every record as it is, one JSON object a line (for jq)",
            "file",
            ".jsonl",
            "dossier.export.jsonl",
            re.compile(rb'\{"kind": "(source|actor|event|quote)", "id": "'),
        ),
        ExportFormat(
            "csv",
            "one spreadsheet-safe CSV file per kind of record, into a folder",
            "folder",
            ".csv",
            "dossier.export.tables",
            # The header lines of its files (see `tables.HEADERS`).
            re.compile(
                rb"id,(title,publisher,|name,kind,aliases,|actor,type,target,|title,date,date_text,|event,actor,role|source,start,end,)"
            ),
        ),
        ExportFormat(
            "ftm",
            "FollowTheMoney entities, JSON Lines (Aleph, OpenSanctions tools)",
            "file",
            ".ftm.json",
            "dossier.interop.ftm_export",
            re.compile(rb'\{"id": "dossier-'),
        ),
        ExportFormat(
            "stix",
            "a STIX 2.1 bundle (OpenCTI, MISP)",
            "file",
            ".stix.json",
            "dossier.interop.stix_export",
            re.compile(
                rb'\{"type": "bundle", "id": "bundle--[0-9a-f-]{36}", "objects": \[\n'
                rb'\{"type": "identity", "spec_version": "2\.1", "id": "identity--'
            ),
        ),
    )
}

DEFAULT_FORMAT = "markdown"


def format_names() -> list[str]:
    """The names `--format` accepts, in the table's order."""
    return list(FORMATS)


def get_format(name: str) -> ExportFormat:
    """The format called `name`; ValueError listing the known ones otherwise."""
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown export format {name!r}; choose one of: {', '.join(FORMATS)}") from None


def dossier_formats() -> list[ExportFormat]:
    """The formats that can write the dossier of one record to a file: what the browser's export key offers.

    Every format can: Markdown writes the dossier itself, the others the record and its neighbours.
    """
    return list(FORMATS.values())
