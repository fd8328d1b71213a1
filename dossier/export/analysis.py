"""Exports of the analysis views: the timeline and the contested-claims ledger as Markdown, the
network as GraphML or GEXF.

The Markdown follows the dossiers' conventions (`markdown.py`): the same front matter with the
export marker, every piece of workspace text through `escape`, names linking to `<id>.md`, and
quotes cited by footnote with the source and the character range, exactly as in a dossier.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from dossier.analysis.contested import Ledger, StanceGroup, SubjectLedger, build_ledger
from dossier.analysis.network import Network
from dossier.analysis.timeline import Lane, TimelineEntry, build_timeline, describe_date
from dossier.atomic import ConflictError, WriteError, file_sha256, write_atomic
from dossier.export import escape
from dossier.export.context import ExportContext
from dossier.export.markdown import (
    NONE_LINE,
    RANGES_NOTE,
    _attribution,
    _front_matter,
    _name_link,
    _quoted,
    _render_footnote,
)
from dossier.export.service import ExportError, _existing, _timestamp, _write, check_id
from dossier.model import CREDIBILITY_MEANING, RELIABILITY_MEANING
from dossier.sanitize import one_line
from dossier.workspace import Workspace

GRAPH_SUFFIXES = (".graphml", ".gexf")

_LANE_TITLES = {
    Lane.dated: "On the calendar",
    Lane.year_unknown: "Year unknown",
    Lane.undated: "Undated",
}


# -- timeline ----------------------------------------------------------------------------------


def _timeline_row(context: ExportContext, entry: TimelineEntry) -> str:
    participants = ", ".join(
        f"{_name_link(context, part.actor_id)} ({escape.inline(part.role)})" for part in entry.participants
    )
    if entry.place:
        participants = ", ".join(filter(None, [participants, f"at {_name_link(context, entry.place)}"]))
    return escape.table_row(
        [
            escape.inline(entry.date_text) if entry.date_text else "\u2014",
            escape.code(entry.date) if entry.date else "unknown",
            escape.inline(describe_date(entry) + (", draft" if entry.draft else "")) or "\u2014",
            _name_link(context, entry.event_id),
            participants or "\u2014",
        ]
    )


def render_timeline(
    workspace: Workspace, *, generated_at: str | datetime, actor: str | None = None, include_drafts: bool = False
) -> str:
    """The timeline of every event, or of one actor's, as Markdown tables by lane."""
    if actor is not None:
        check_id(actor)
        if actor not in workspace.actors:
            raise ExportError(f"no actor has the id '{actor}'")
    timeline = build_timeline(workspace, actor=actor, include_drafts=include_drafts)
    context = ExportContext(workspace)
    title = f"Timeline of {one_line(workspace.actors[actor].name)}" if actor else "Timeline"
    out = _front_matter(
        [
            ("record", "timeline"),
            ("title", title),
            *([("actor", actor)] if actor else []),
            ("generated-at", _timestamp(generated_at)),
            ("events", len(timeline.entries)),
        ]
    )
    heading = f"Timeline of {_name_link(context, actor)}" if actor else "Timeline"
    out += [f"# {heading}", ""]
    extent = timeline.extent()
    summary = f"{len(timeline.entries)} event{'s' if len(timeline.entries) != 1 else ''}"
    if extent:
        summary += f", from {extent[0].isoformat()} to {extent[1].isoformat()}"
    out.append(
        summary + ". Dates as the sources wrote them (EDTF): `?` uncertain, `~` approximate, `a/b` a range; "
        "events whose year is unknown and undated events are listed apart."
    )
    for lane in Lane:
        entries = timeline.lane(lane)
        if not entries:
            continue
        out += ["", f"## {_LANE_TITLES[lane]}", ""]
        out.append(escape.table_row(["Date as written", "EDTF", "Doubt", "Event", "Participants"]))
        out.append(escape.table_row(["---"] * 5))
        out += [_timeline_row(context, entry) for entry in entries]
    if not timeline.entries:
        out += ["", NONE_LINE]
    return "\n".join(out) + "\n"


# -- contested ledger ---------------------------------------------------------------------------


def _count(group: StanceGroup) -> str:
    if not group:
        return "none"
    quotes = len(group.quotes)
    text = (
        f"{quotes} quote{'s' if quotes != 1 else ''} from {group.independent_sources} independent "
        f"source{'s' if group.independent_sources != 1 else ''}"
    )
    if group.unknown_publisher:
        text += f" ({group.unknown_publisher} with no publisher)"
    return text


def _ledger_quote(context: ExportContext, item: object) -> str:
    from dossier.analysis.contested import LedgerQuote

    assert isinstance(item, LedgerQuote)
    quote = item.quote
    grade = f"{item.grade}: {RELIABILITY_MEANING[item.reliability]} source, {CREDIBILITY_MEANING[item.credibility]}"
    return f"- {_quoted(quote.exact)} \u2014 {_attribution(context, quote)} \u00b7 {grade}[^{quote.id}]"


def _subject_section(context: ExportContext, subject: SubjectLedger) -> list[str]:
    out = ["", f"## {escape.heading(subject.name)}", ""]
    out.append(
        f"{subject.kind.title()} {_name_link(context, subject.subject_id)} \u00b7 id {escape.code(subject.subject_id)}"
    )
    out.append("")
    out.append(
        f"- **Asserts:** {_count(subject.asserts)}\n- **Denies:** {_count(subject.denies)}\n"
        f"- **Reports:** {_count(subject.reports)}"
    )
    for group in subject.groups:
        if not group:
            continue
        out += ["", f"### {group.stance.value.title()}", ""]
        out += [_ledger_quote(context, item) for item in group.quotes]
    return out


def render_contested(
    workspace: Workspace,
    *,
    generated_at: str | datetime,
    include_drafts: bool = False,
    ledger: Ledger | None = None,
) -> str:
    """Every contested subject, best-supported dispute first, with its quotes by stance, cited."""
    if ledger is None:
        ledger = build_ledger(workspace, include_drafts=include_drafts)
    subjects = ledger.contested()
    context = ExportContext(workspace)
    out = _front_matter(
        [
            ("record", "contested"),
            ("title", "Contested claims"),
            ("generated-at", _timestamp(generated_at)),
            ("drafts", "included" if include_drafts else "left out"),
            ("subjects", len(subjects)),
        ]
    )
    out += ["# Contested claims", ""]
    out.append(
        "Subjects that some quotes assert and others deny, the best-supported dispute first (by the "
        "independent sources of the weaker side). Independent sources are distinct publishers: two "
        "articles from one outlet count once; a source with no publisher counts on its own. "
        + ("Draft quotes are included." if include_drafts else "Draft quotes are left out.")
    )
    if not subjects:
        out += ["", "None: no subject is both asserted and denied."]
    cited: dict[str, str] = {}
    for subject in subjects:
        out += _subject_section(context, subject)
        for group in subject.groups:
            for item in group.quotes:
                if item.quote.id not in cited:
                    cited[item.quote.id] = _render_footnote(context, item.quote)
    if cited:
        out += ["", RANGES_NOTE, "\n" + "\n\n".join(cited.values())]
    return "\n".join(out) + "\n"


# -- writing -----------------------------------------------------------------------------------


def write_markdown(path: Path, text: str, *, force: bool = False) -> bool:
    """Write an analysis export with the dossiers' rules: only an earlier export is replaced
    (or anything, with `force`), and a file whose only change is `generated-at` is left alone."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(f"no folder {one_line(str(path.parent))} to write {one_line(path.name)} in")
    return _write(path, text, _existing(path, force=force))


def graph_bytes(workspace: Workspace, suffix: str, *, include_drafts: bool = False) -> bytes:
    """The whole network as GraphML or GEXF (by `suffix`)."""
    import io

    import networkx as nx

    graph = Network(workspace, include_drafts=include_drafts).to_networkx()
    buffer = io.BytesIO()
    if suffix == ".graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    elif suffix == ".gexf":
        nx.write_gexf(graph, buffer, encoding="utf-8", prettyprint=True)
    else:
        raise ExportError(f"a graph file ends in .graphml or .gexf, not {one_line(suffix) or 'nothing'}")
    return buffer.getvalue()


def write_graph(workspace: Workspace, path: Path, *, force: bool = False, include_drafts: bool = False) -> Path:
    """Write the network to `path`; an existing file is replaced only with `force`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in GRAPH_SUFFIXES:
        raise ExportError(f"{one_line(path.name)}: name the graph file .graphml (Cytoscape, Gephi) or .gexf (Gephi)")
    if not path.parent.is_dir():
        raise ExportError(f"no folder {one_line(str(path.parent))} to write {one_line(path.name)} in")
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise ExportError(f"{one_line(str(path))} is not a regular file; not replaced")
    existing = file_sha256(path)
    if existing is not None and not force:
        raise ExportError(f"{one_line(str(path))} exists; not overwritten (use --force to replace it)")
    data = graph_bytes(workspace, suffix, include_drafts=include_drafts)
    try:
        write_atomic(path, data, expected_sha256=existing, create_only=existing is None)
    except ConflictError:
        raise ExportError(f"{one_line(str(path))} changed while exporting; not overwritten") from None
    except WriteError as exc:
        raise ExportError(str(exc)) from None
    return path
