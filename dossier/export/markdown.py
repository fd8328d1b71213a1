"""Render actor and event dossiers, and the index of an export, as citation-ready Markdown.

The output is CommonMark with two GFM extensions every common renderer knows (tables and
footnotes) and YAML front matter. Every piece of workspace text goes through `escape`, so
it renders as written and nothing else; every structural character here is ours. Order is
fixed everywhere (dates, then ids; sources by publication date, then position), so the same
workspace and `generated_at` give the same bytes.

A claim is shown as a block quote of the source's verbatim words, followed by who said it,
its stance, its Admiralty grade and a footnote citing the source and the character range.
A quote whose words are not where its offsets say (relocated, ambiguous, orphaned) or whose
source text is missing is exported with that status spelt out, never silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from dossier.anchor import Anchor, AnchorStatus
from dossier.dates import sort_key
from dossier.export import escape
from dossier.export.context import ExportContext, event_order
from dossier.export.formats import FORMATS
from dossier.model import (
    CREDIBILITY_MEANING,
    ID_RE,
    RELIABILITY_MEANING,
    Actor,
    Event,
    Quote,
    Source,
    Stance,
    Status,
    admiralty_grade,
    attribution_actor_id,
)
from dossier.sanitize import one_line
from dossier.workspace import Workspace

# The first line of the front matter of everything an export writes: how `dossier export`
# recognises its own files, which it may replace, from anything else, which it must not.
EXPORT_MARKER = "dossier-export: 1"
MARKDOWN = FORMATS["markdown"]
INDEX_NAME = MARKDOWN.filename("_index")  # ids cannot start with "_", so no dossier can be called this
NONE_LINE = "None."
# How to check a citation by hand: the offsets are Python's, into the stored source text.
RANGES_NOTE = (
    "Character ranges count Unicode characters of each source's stored text from 0, the end excluded; "
    "grades are Admiralty: source reliability A\u2013F, then credibility 1\u20136."
)


def dossier_filename(record_id: str) -> str:
    return MARKDOWN.filename(record_id)


def _front_matter(fields: list[tuple[str, object]]) -> list[str]:
    out = ["---", EXPORT_MARKER]
    for key, value in fields:
        if isinstance(value, list):
            out.append(f"{key}:" if value else f"{key}: []")
            # Items are ids (checked slugs), which need no escaping inside double quotes.
            out += [f'  - "{item}"' if ID_RE.fullmatch(item) else f"  - {json.dumps(item)}" for item in value]
        else:
            # JSON strings are valid YAML double-quoted scalars; `one_line` has made them single-line.
            out.append(f"{key}: {json.dumps(value, ensure_ascii=False) if isinstance(value, str) else value}")
    out += ["---", ""]
    return out


def _quoted(text: str) -> str:
    """Untrusted words inline, between typographic quotes."""
    return f"\u201c{escape.inline(text)}\u201d"


def _name_link(context: ExportContext, record_id: str) -> str:
    """A record's name linking to its dossier; a plain id when the record is not in the workspace."""
    return context.fragment("link", record_id, _render_name_link, context, record_id)


def _render_name_link(context: ExportContext, record_id: str) -> str:
    workspace = context.workspace
    if record_id in workspace.actors or record_id in workspace.events:
        return escape.dossier_link(workspace.display_name(record_id), record_id)
    return f"{escape.code(record_id)} (not in the workspace)"


def _date_cells(date: str | None, date_text: str | None) -> tuple[str, str]:
    return (escape.inline(date_text) if date_text else "\u2014", escape.code(date) if date else "unknown")


def _source_summary(source: Source) -> str:
    """Title, author, publisher, date and URL of a source, as inert Markdown on one line."""
    parts = [_quoted(source.title)]
    if source.author:
        parts.append(f"by {escape.inline(source.author)}")
    if source.publisher:
        parts.append(escape.inline(source.publisher))
    parts.append(f"published {escape.code(source.published)}" if source.published else "date of publication unknown")
    if source.url:
        parts.append(escape.url_link(source.url))
    return ", ".join(parts)


def _anchor_note(anchor: Anchor | None, quote: Quote) -> str | None:
    """What a reader must know about a quote that does not anchor exactly, or None when it does."""
    if anchor is None:
        return (
            "**Not verified: source text missing.** The text of this source is not in the workspace, "
            "so these words could not be checked."
        )
    if anchor.status is AnchorStatus.exact:
        return None
    if anchor.status is AnchorStatus.relocated:
        return (
            f"**Anchoring: relocated.** These words are at characters {anchor.start}\u2013{anchor.end} of the source, "
            f"not at {quote.start}\u2013{quote.end} as recorded; the citation gives where they are "
            "(`dossier check --fix` corrects the record)."
        )
    if anchor.status is AnchorStatus.ambiguous:
        return (
            f"**Anchoring: ambiguous.** These words and their context occur {len(anchor.occurrences)} times in "
            "the source, so the cited range could not be confirmed."
        )
    found = "occur elsewhere in the source" if anchor.occurrences else "do not occur in the source"
    return f"**Anchoring: orphaned.** These words {found}; the citation is unverified."


def _cited_range(anchor: Anchor | None, quote: Quote) -> tuple[int, int]:
    if anchor is not None and anchor.status is AnchorStatus.relocated:
        return anchor.start, anchor.end
    return quote.start, quote.end


def _render_footnote(context: ExportContext, quote: Quote) -> str:
    source = context.source(quote.source)
    start, end = _cited_range(context.anchor(quote), quote)
    where = f"characters {start}\u2013{end}"
    if source is None:
        return f"[^{quote.id}]: Source {escape.code(quote.source)} (not in the workspace), {where}."
    summary = context.fragment("source", source.id, _source_summary, source)
    return f"[^{quote.id}]: {summary}, {where}."


def _attribution(context: ExportContext, quote: Quote) -> str:
    return context.fragment("attribution", quote.id, _render_attribution, context, quote)


def _render_attribution(context: ExportContext, quote: Quote) -> str:
    actor_id = attribution_actor_id(quote)
    if actor_id is not None:
        return _name_link(context, actor_id)
    if quote.attributed_to:
        return escape.inline(quote.attributed_to)
    return "unattributed"


def _grade(context: ExportContext, quote: Quote) -> str:
    source = context.source(quote.source)
    reliability = source.reliability if source else "F"
    return (
        f"grade {admiralty_grade(source, quote)} ({RELIABILITY_MEANING[reliability]} source, "
        f"{CREDIBILITY_MEANING[quote.credibility]})"
    )


def _claim_parts(context: ExportContext, quote: Quote) -> tuple[str, tuple[tuple[str, str], ...], str]:
    """A claim as text before and after its "about" list, and the links that list may hold.

    Only the "about" list depends on the dossier the claim is in (it leaves out the dossier's
    own subject), so the rest is rendered once per export.
    """
    words = "\n".join(f"> {line}" if line else ">" for line in escape.lines(quote.exact))
    head = (
        f"{words}\n\n\u2014 {_attribution(context, quote)} \u00b7 {quote.stance.value} \u00b7 {_grade(context, quote)}"
    )
    links = tuple((record_id, _name_link(context, record_id)) for record_id in context.about(quote))
    tail = (" \u00b7 draft, not yet reviewed" if quote.status is Status.draft else "") + f"[^{quote.id}]"
    note = _anchor_note(context.anchor(quote), quote)
    if note:
        tail += f"\n\n{note}"
    if quote.notes:
        tail += f"\n\nAnalyst's note: {escape.inline(quote.notes)}"
    return head, links, tail


def prerender_quotes(context: ExportContext) -> None:
    """Render every quote's claim and footnote now, so that forked processes share them instead of each
    rendering the quotes of its own dossiers (most quotes are in dossiers of both halves)."""
    claims, footnotes = context.cache("claim"), context.cache("footnote")
    for quote in context.workspace.quotes.values():
        if quote.id not in claims:
            claims[quote.id] = _claim_parts(context, quote)
        if quote.id not in footnotes:
            footnotes[quote.id] = _render_footnote(context, quote)


def _claims(context: ExportContext, quotes: list[Quote], subject_id: str) -> list[str]:
    """Each quote as a block quote of the verbatim words, then attribution, stance, grade and citation."""
    if not quotes:
        return [NONE_LINE]
    cache = context.cache("claim")  # this loop runs once per quote and dossier: no per-call overhead
    claims = []
    for quote in quotes:
        parts = cache.get(quote.id)
        if parts is None:
            parts = cache[quote.id] = _claim_parts(context, quote)
        head, links, tail = parts
        about = ", ".join([link for record_id, link in links if record_id != subject_id])
        claims.append(f"{head} \u00b7 about {about}{tail}" if about else f"{head}{tail}")
    # One element for all claims (each holds its own line breaks); joined by blank lines.
    return ["\n\n".join(claims)]


def _contradictions(context: ExportContext, quotes: list[Quote], subject_id: str) -> list[str]:
    """Subjects that some quotes assert and others deny; subjects with the same quotes are merged."""
    asserting: dict[str, list[str]] = {}
    denying: dict[str, list[str]] = {}
    for quote in quotes:
        if quote.stance is Stance.reports:
            continue
        side = asserting if quote.stance is Stance.asserts else denying
        for record_id in context.about(quote):
            found = side.get(record_id)
            if found is None:
                side[record_id] = [quote.id]
            else:
                found.append(quote.id)
    both = asserting.keys() & denying.keys()
    if not both:
        return ["None: no subject of these quotes is both asserted and denied."]
    # The dossier's own subject first, then the others by name, so merged headings read naturally.
    workspace = context.workspace
    subjects = sorted(
        both, key=lambda rid: (rid != subject_id, context.fragment("name-key", rid, _name_key, workspace, rid), rid)
    )
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
    for record_id in subjects:
        groups.setdefault((tuple(asserting[record_id]), tuple(denying[record_id])), []).append(record_id)
    quotes_by_id = {quote.id: quote for quote in quotes}
    out = ["Quotes about the same subject that assert and deny it:"]
    for (asserts, denies), record_ids in groups.items():
        names = "; ".join(context.fragment("name", rid, _name, workspace, rid) for rid in record_ids)
        out += ["", f"### {names}", ""]
        out += [context.fragment("opposed", qid, _opposed, context, quotes_by_id[qid]) for qid in asserts + denies]
    return out


def _name(workspace: Workspace, record_id: str) -> str:
    return escape.heading(workspace.display_name(record_id))


def _name_key(workspace: Workspace, record_id: str) -> str:
    return one_line(workspace.display_name(record_id)).casefold()


def _opposed(context: ExportContext, quote: Quote) -> str:
    """A quote's line in a contradiction: its stance, its words on one line, who said them."""
    label = "Asserts" if quote.stance is Stance.asserts else "Denies"
    return f"- **{label}:** {_quoted(quote.exact)} \u2014 {_attribution(context, quote)}[^{quote.id}]"


def _source_order(context: ExportContext, source_id: str) -> tuple[object, ...]:
    source = context.source(source_id)
    return (sort_key(source.published) if source else (3, "", ""), source_id)


def _sources_section(context: ExportContext, quotes: list[Quote]) -> tuple[list[str], list[str]]:
    """The sources list and the sorted ids of the sources used (for the front matter)."""
    order = context.cache("source-order")
    used_ids = {quote.source for quote in quotes}
    for source_id in used_ids:
        if source_id not in order:
            order[source_id] = _source_order(context, source_id)
    used = sorted(used_ids, key=order.__getitem__)
    if not used:
        return [NONE_LINE], []
    out = [context.fragment("source-line", source_id, _source_line, context, source_id) for source_id in used]
    out += ["", RANGES_NOTE]
    return out, sorted(used)


def _source_line(context: ExportContext, source_id: str) -> str:
    source = context.source(source_id)
    if source is None:
        return f"- {escape.code(source_id)}: not in the workspace"
    grade = f"reliability {source.reliability} ({RELIABILITY_MEANING[source.reliability]})"
    summary = context.fragment("source", source.id, _source_summary, source)
    return f"- {summary}; {grade}; id {escape.code(source.id)}"


def _footnotes(context: ExportContext, quotes: list[Quote]) -> list[str]:
    if not quotes:
        return []
    cache = context.cache("footnote")
    notes = []
    for quote in quotes:
        note = cache.get(quote.id)
        if note is None:
            note = cache[quote.id] = _render_footnote(context, quote)
        notes.append(note)
    # A blank line before each definition, as every renderer expects.
    return ["\n" + "\n\n".join(notes)]


def _status_item(status: Status, found_by: str | None) -> list[str]:
    if status is not Status.draft:
        return []
    how = f" ({escape.inline(found_by)})" if found_by else ""
    return [f"- **Status:** draft, proposed by ingest and not yet reviewed{how}"]


def _paragraphs(text: str | None) -> list[str]:
    return ["", *escape.lines(text)] if text and escape.lines(text) else []


def _section(title: str, body: Iterable[str]) -> list[str]:
    return ["", f"## {title}", "", *body]


def _timeline_row(context: ExportContext, event: Event) -> str:
    """An event as a row of a timeline: date as written, EDTF, title (linked), place (linked)."""
    date_text, edtf = _date_cells(event.date, event.date_text)
    place = _name_link(context, event.place) if event.place else "\u2014"
    return escape.table_row([date_text, edtf, _name_link(context, event.id), place])


def render_actor(context: ExportContext, actor: Actor, generated_at: str) -> str:
    quotes = context.quotes_about(actor.id)
    sources, used = _sources_section(context, quotes)
    out = _front_matter(
        [
            ("id", actor.id),
            ("record", "actor"),
            ("kind", actor.kind.value),
            ("title", one_line(actor.name)),
            ("generated-at", generated_at),
            ("sources", used),
        ]
    )
    out += [f"# {escape.heading(actor.name)}", ""]
    out.append(f"- **Kind:** {actor.kind.value.replace('_', ' ')}")
    if actor.aliases:
        out.append("- **Aliases:** " + "; ".join(escape.inline(alias) for alias in actor.aliases))
    if actor.tags:
        out.append("- **Tags:** " + ", ".join(escape.inline(tag) for tag in actor.tags))
    out += _status_item(actor.status, actor.found_by)
    out += _paragraphs(actor.summary)

    relations = []
    for relation in sorted(actor.relations, key=lambda r: (r.type, r.target, sort_key(r.since), sort_key(r.until))):
        line = f"- {relation.type.replace('-', ' ').replace('_', ' ')} {_name_link(context, relation.target)}"
        period = [f"since {escape.code(relation.since)}"] if relation.since else []
        period += [f"until {escape.code(relation.until)}"] if relation.until else []
        if period:
            line += f" ({', '.join(period)})"
        if relation.note:
            line += f": {escape.inline(relation.note)}"
        relations.append(line)
    out += _section("Relations", relations or [NONE_LINE])

    events = context.events_of_actor(actor.id)
    timeline = [
        escape.table_row(["Date as written", "EDTF", "Event", "Place"]),
        escape.table_row(["---"] * 4),
    ]
    timeline += [context.fragment("timeline-row", event.id, _timeline_row, context, event) for event in events]
    out += _section("Timeline", timeline if events else [NONE_LINE])
    out += _section("Claims", _claims(context, quotes, actor.id))
    out += _section("Contradictions", _contradictions(context, quotes, actor.id))
    out += _section("Sources", sources)
    out += _footnotes(context, quotes)
    return "\n".join(out) + "\n"


def render_event(context: ExportContext, event: Event, generated_at: str) -> str:
    quotes = context.quotes_about(event.id)
    sources, used = _sources_section(context, quotes)
    out = _front_matter(
        [
            ("id", event.id),
            ("record", "event"),
            ("kind", event.kind or "event"),
            ("title", one_line(event.title)),
            ("date", event.date or ""),
            ("generated-at", generated_at),
            ("sources", used),
        ]
    )
    out += [f"# {escape.heading(event.title)}", ""]
    date_text, edtf = _date_cells(event.date, event.date_text)
    out.append(f"- **Date:** {date_text} ({edtf})" if event.date_text else f"- **Date:** {edtf}")
    out.append(f"- **Place:** {_name_link(context, event.place) if event.place else 'unknown'}")
    if event.kind:
        out.append(f"- **Kind:** {event.kind.replace('-', ' ').replace('_', ' ')}")
    if event.tags:
        out.append("- **Tags:** " + ", ".join(escape.inline(tag) for tag in event.tags))
    out += _status_item(event.status, event.found_by)
    out += _paragraphs(event.summary)

    participants = [escape.table_row(["Participant", "Role"]), escape.table_row(["---"] * 2)]
    for part in event.participants:
        participants.append(escape.table_row([_name_link(context, part.actor), escape.inline(part.role)]))
    out += _section("Participants", participants if event.participants else [NONE_LINE])
    out += _section("Quotes", _claims(context, quotes, event.id))
    out += _section("Contradictions", _contradictions(context, quotes, event.id))
    out += _section("Sources", sources)
    out += _footnotes(context, quotes)
    return "\n".join(out) + "\n"


def render_index(context: ExportContext, generated_at: str) -> str:
    """The page that links every exported dossier: actors by name, events by date."""
    workspace = context.workspace
    actors = sorted(workspace.actors.values(), key=lambda a: (one_line(a.name).casefold(), a.id))
    events = sorted(workspace.events.values(), key=event_order)
    out = _front_matter(
        [
            ("record", "index"),
            ("title", "Dossiers"),
            ("generated-at", generated_at),
            ("actors", len(actors)),
            ("events", len(events)),
        ]
    )
    out += ["# Dossiers"]
    table = [escape.table_row(["Actor", "Kind", "Quotes"]), escape.table_row(["---"] * 3)]
    for actor in actors:
        table.append(
            escape.table_row(
                [
                    escape.dossier_link(actor.name, actor.id),
                    actor.kind.value.replace("_", " "),
                    str(len(context.quotes_about(actor.id))),
                ]
            )
        )
    out += _section("Actors", table if actors else [NONE_LINE])
    table = [escape.table_row(["Date as written", "EDTF", "Event", "Place"]), escape.table_row(["---"] * 4)]
    table += [context.fragment("timeline-row", event.id, _timeline_row, context, event) for event in events]
    out += _section("Events", table if events else [NONE_LINE])
    return "\n".join(out) + "\n"
