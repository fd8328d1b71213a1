"""Ingest files into a workspace: the one entry point the CLI (and later the browser) calls.

For each file: read and extract its text, skip it when the same text is already a source
(re-ingesting does nothing), otherwise extract drafts against the actors the workspace
holds now and write them. A changed version of a known article (same URL or title, other
text) becomes a new source, with a note, since quotes point into the old one. Files are
ingested one after another, so the drafts of one are known actors for the next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from dossier.atomic import WriteError, sha256_bytes
from dossier.ingest.bylines import byline_drafts
from dossier.ingest.dates import dateline, parse_published, published_qualifier
from dossier.ingest.drafts import Written, build_records, write_all
from dossier.ingest.extract import Extraction, extract
from dossier.ingest.extract_text import ExtractedDocument, IngestError, read_document
from dossier.ingest.language import detect_language
from dossier.ingest.mentions import ActorIndex
from dossier.ingest.names import claim_id, slug
from dossier.ingest.record_names import gazetteer_names_shown
from dossier.ingest.related_story_places import related_story_places
from dossier.ingest.review import REVIEWS_FOLDER, rejected_names
from dossier.ingest.speech import LANGUAGES as SPEECH_LANGUAGES
from dossier.ingest.unspaced_places import UNSPACED_READ
from dossier.model import Actor, Event, Quote, Source, confidence_band
from dossier.sanitize import one_line
from dossier.workspace import FOLDERS, Origin, Workspace, load_workspace


@dataclass
class IngestResult:
    path: Path
    status: str  # added, resumed, unchanged, error
    message: str
    source_id: str | None = None
    new_actors: int = 0
    known_mentions: int = 0
    known_actors: int = 0
    events: int = 0
    quotes: int = 0
    language: str = "en"
    # What ingest left out and why ("German text: only gazetteer places and known actors proposed").
    skipped: list[str] = field(default_factory=list)
    # Actor drafts per confidence band: high (>= 0.75), medium (>= 0.5), low.
    bands: dict[str, int] = field(default_factory=dict)


class IngestSession:
    """A workspace loaded once for a run of files, kept up to date with what the run writes.

    Loading reads every file of the workspace, so loading it again for each file of a long
    run costs time that grows with the square of the run. The session registers each file's
    new records in the loaded workspace instead, and loads it again only when a folder of the
    workspace changed in some other way (a file added, removed or replaced by another program,
    which changes the folder's modification time).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._workspace: Workspace | None = None
        self._stamp: tuple[tuple[int, int], ...] = ()
        # Kept with the workspace, for the same reason: the known actors' index and the ids in use.
        self._index: ActorIndex | None = None
        self._taken: set[str] = set()

    def workspace(self) -> Workspace:
        if self._workspace is None or self._folders_stamp() != self._stamp:
            # Parsed YAML is cached by content hash: a large workspace loads fast.
            self._workspace = load_workspace(self.root)
            self._stamp = self._folders_stamp()
            self._index = None
            self._taken = _taken_ids(self.root, self._workspace)
        return self._workspace

    def known(self, own: set[str]) -> tuple[ActorIndex, set[str]]:
        """The index of the known actors and the ids in use, leaving out `own` (drafts made again on
        resuming); the ids are a copy, which the ingest of one file adds its new ids to."""
        workspace = self.workspace()
        if own:
            return ActorIndex(a for a in workspace.actors.values() if a.id not in own), self._taken - own
        if self._index is None:
            self._index = ActorIndex(workspace.actors.values())
        return self._index, set(self._taken)

    def wrote(self, source: Source, actors: list[Actor], events: list[Event], quotes: list[Quote]) -> None:
        """Register what an ingest wrote, as loading the workspace again would."""
        workspace = self._workspace
        if workspace is None:
            return
        for folder, records in (("sources", [source]), ("actors", actors), ("events", events)):
            table = getattr(workspace, folder)
            for record in records:
                if record.id not in workspace.origins:
                    table[record.id] = record
                    workspace.origins[record.id] = Origin(f"{folder}/{record.id}.yaml", 1, 1)
        for number, quote in enumerate(quotes):
            if quote.id not in workspace.origins:
                workspace.quotes[quote.id] = quote
                workspace.origins[quote.id] = Origin(f"quotes/{source.id}.yaml", 1, 1, number)
        if self._index is not None:
            for actor in actors:
                if actor.id not in self._index.actors:
                    self._index.add(actor)
        self._taken.update([source.id, *(a.id for a in actors), *(e.id for e in events), *(q.id for q in quotes)])
        self._stamp = self._folders_stamp()

    def _folders_stamp(self) -> tuple[tuple[int, int], ...]:
        stamp = []
        for folder in (*FOLDERS, REVIEWS_FOLDER):
            try:
                info = (self.root / folder).stat()
                stamp.append((info.st_ino, info.st_mtime_ns))
            except OSError:
                stamp.append((0, 0))
        return tuple(stamp)


def ingest_file(
    root: Path, path: Path, *, today: dt.date | None = None, session: IngestSession | None = None
) -> IngestResult:
    """Ingest one file. Files of one run share a `session`, so the workspace is loaded once."""
    name = one_line(str(path))
    try:
        document = read_document(path)
    except IngestError as exc:
        return IngestResult(path, "error", str(exc))
    root.mkdir(parents=True, exist_ok=True)  # a new workspace starts empty
    if session is None or session.root != root:
        session = IngestSession(root)
    workspace = session.workspace()
    if workspace.problems:
        first = workspace.problems[0]
        return IngestResult(
            path,
            "error",
            f"{name}: not ingested: the workspace has {len(workspace.problems)} problem(s), first {first}; "
            "fix them (dossier check) first, so drafts do not duplicate actors that failed to load",
        )
    data = document.text.encode("utf-8")
    digest = sha256_bytes(data)
    same = [source for source in workspace.sources.values() if source.sha256 == digest]
    resumed = False
    if same:
        source = same[0]
        if workspace.path_for("quotes", source.id).exists():
            return IngestResult(
                path, "unchanged", f"{name}: already ingested as source '{source.id}'; nothing to do", source.id
            )
        resumed = True  # an earlier ingest stopped before its quotes: finish it
    else:
        source = _new_source(document, digest, path, workspace.sources.values(), today)
    # Resuming, the drafts this source's interrupted run wrote are made again, with the same ids
    # (existing files are kept): as known actors they would lose the links only new drafts get.
    own = _own_drafts(workspace, source.id) if resumed else set()
    index, taken = session.known(own)
    extraction = _extraction(root, document, source, digest, index, taken)
    quote_ids = [claim_id(f"{source.id}-q{number}", taken) for number in range(1, len(extraction.quotes) + 1)]
    try:
        actors, events, quotes = build_records(source, document.text, extraction, quote_ids)
        written = write_all(workspace, source, data, actors, events, quotes)
    except WriteError as exc:
        session._workspace = None  # partly written: the next file loads the workspace from disk
        return IngestResult(path, "error", f"{name}: stopped: {exc}; the workspace is still valid, run again to finish")
    session.wrote(source, actors, events, quotes)
    return _ingested(path, name, source, extraction, written, resumed)


def _extraction(
    root: Path, document: ExtractedDocument, source: Source, digest: str, index: ActorIndex, taken: set[str]
) -> Extraction:
    """What `extract` finds in the document's text, with a web page's byline, site name and footer."""
    # A day taken from the text's own dateline is found there again by `extract`, with its words
    # (unless the dateline needs the page's year to name a day).
    reference = source.published
    if _DATED_BY_LINE in (source.notes or "") and dateline(document.text, source.language.split("-")[0]):
        reference = None
    extraction = extract(
        document.text,
        parse_published(reference),
        list(index.actors.values()),
        taken,
        digest[:6],
        index=index,
        rejected=rejected_names(root),
        published_qualifier=published_qualifier(reference),
        language=source.language,
        title=document.title,
    )
    # A web page's byline and site name; a Markdown file's front matter is the analyst's own note, not the
    # page's, and other languages get no persons or organisations proposed.
    if document.kind == "html" and source.language.startswith("en"):
        extraction.actors += byline_drafts(
            document.author,
            document.publisher,
            extraction.actors,
            index,
            rejected_names(root),
            taken,
            owner=document.owner,
            addresses=document.addresses,
            related=document.related,
            photographers=document.photographers,
            pictured=document.pictured,
            credited=document.credited,
        )
    elif document.kind == "html":
        # Another language: the towns and states of the headlines of its boxes of other stories.
        headlines = document.related_headlines
        extraction.actors += related_story_places(
            headlines, document.text, source.language, extraction.actors, index, rejected_names(root), taken
        )
    gazetteer_names_shown(extraction.actors, index, source.language)  # "Tokio" as "Tokyo" (`record_names`)
    return extraction


def _ingested(
    path: Path, name: str, source: Source, extraction: Extraction, written: Written, resumed: bool
) -> IngestResult:
    """The result of a source written: what was added, the drafts by confidence band, what another language skipped."""
    known_ids = {m.actor_id for m in extraction.known_mentions}
    skipped = []
    if not source.language.startswith("en"):
        speech = (
            "quotes from its verbs of saying"
            if source.language.split("-")[0] in SPEECH_LANGUAGES
            else "no quotes of reported speech (no rules for the language yet)"
        )
        skipped.append(_what_other_languages_get(source.language, speech))
    bands = {"high": 0, "medium": 0, "low": 0}
    for draft in extraction.actors:
        bands[confidence_band(draft.confidence)] += 1
    dated = (
        f" (published {source.published}, the day its dateline states)"
        if _DATED_BY_LINE in (source.notes or "") and not resumed
        else ""
    )
    return IngestResult(
        path,
        "resumed" if resumed else "added",
        f"{name}: {'finished' if resumed else 'added'} source '{source.id}'{dated}",
        source.id,
        new_actors=written.actors,
        known_mentions=len(extraction.known_mentions),
        known_actors=len(known_ids),
        events=written.events,
        quotes=written.quotes,
        language=source.language,
        skipped=skipped,
        bands=bands,
    )


# How a town is read where the rule differs from "after a preposition of place or in a dateline".
_TOWN_RULES = {
    "ko": "a town whose name is also a Korean word only with 시 or 군, after a state or a province, "
    "or before a word for an area such as 지역",
}


# Languages written without spaces between words: the place reader, which works word by word, finds nothing there
# (Chinese and Japanese have a reader of their own: `unspaced_places`).
UNSPACED_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "km", "my"})


def _what_other_languages_get(language: str, speech: str) -> str:
    """What the ingest of a text in another language skipped, and why, in an analyst's words."""
    code = language.split("-")[0]
    if code in UNSPACED_READ:
        return (
            f"text in '{language}'{_language_name(code)}: no persons or organisations were proposed, since the "
            "name rules are English rules; only links to known actors, and the states, provinces and large cities "
            "the gazetteer knows in Chinese characters or kana where the text's words, cut by their frequencies, "
            "name them (a smaller town only with 市); names inside longer words, persons' and firms' names "
            f"are left; {speech}"
        )
    if code in UNSPACED_LANGUAGES:
        return (
            f"text in '{language}'{_language_name(code)}: no persons, organisations or places were proposed, "
            "since the name rules read words set apart by spaces and this language does not use them; only links "
            f"to known actors named in Latin letters; {speech}"
        )
    towns = _TOWN_RULES.get(code, "a town of some size only after a preposition of place or in a dateline")
    return (
        f"text in '{language}'{_language_name(code)}: no persons or organisations were proposed, since the name "
        "rules are English rules; only links to known actors, and the states and places the gazetteer knows in "
        f"the language's own forms ({towns}); {speech}"
    )


def _language_name(code: str) -> str:
    """' (Russian)' for 'ru', or nothing when CLDR does not name it."""
    from babel import Locale  # loaded only for a text in another language

    name = Locale("en").languages.get(code)
    return f" ({name})" if name else ""


def source_language(document) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The language written in a Markdown file's front matter, else the one the text reads as; and how."""
    if document.kind == "markdown" and document.language:
        return str(document.language), "from the front matter"
    detected = detect_language(document.text)
    if detected:
        return detected, "detected from the text (py3langid)"
    if document.language:
        return str(document.language), "as the page declares (too little text to detect)"
    return "en", "assumed (too little text to detect)"


def _new_source(document, digest: str, path: Path, existing, today: dt.date | None) -> Source:  # type: ignore[no-untyped-def]
    title = document.title or _first_line(document.text) or path.stem
    source_id = f"{slug(title, 40)}-{digest[:8]}"
    language, how = source_language(document)
    notes = [f"Ingested from {path.name} ({document.kind}); language '{language}' {how}."]
    notes.extend(document.notes)
    published, words = _published(document, language)
    if words is not None:
        notes.append(f"{_DATED_BY_LINE} ('{one_line(words, 60)}').")
    for other in existing:
        if (document.url and other.url == document.url) or other.title == title:
            notes.append(
                f"A changed version of source '{other.id}' (same {'URL' if other.url == document.url else 'title'}); "
                "that source is kept unchanged, since quotes point into it."
            )
    return Source(
        id=source_id,
        title=title,
        publisher=document.publisher,
        author=document.author,
        url=document.url,
        published=published,
        retrieved=(today or dt.date.today()).isoformat(),
        language=language,
        reliability="F",  # cannot be judged until the analyst grades the source
        sha256=digest,
        notes="\n".join(notes),
    )


_DATED_BY_LINE = "Published on the day its dateline states"


def _published(document, language: str) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    """The day the source was published, and the dateline's words when the day was read from them.

    A page's metadata wins. A page with no date, or with only a year (a footer's "© 2024"), takes
    the day its dateline states in that year ("МОСКВА, 26 апреля 2024 года.", "DRESDEN, 18. Juni
    2024 –", "МОСКВА, 23 июля."). A date in a Markdown file's front matter is the analyst's."""
    stated = document.published
    year = int(stated) if document.kind == "html" and stated is not None and stated.isdigit() else None
    if stated is not None and year is None:
        return stated, None
    found = dateline(document.text, language.split("-")[0], year)
    if found is None or (year is not None and found[0].year != year):
        return stated, None
    return found[0].isoformat(), found[1]


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = " ".join(line.split()).strip("#* ")
        if line:
            return line if len(line) <= 120 else line[:119].rsplit(" ", 1)[0] + "…"
    return None


def _own_drafts(workspace, source_id: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Ids of the draft actors and events an earlier run on this source wrote (see drafts.py's found_by)."""
    mark = f" in source {source_id}"
    return {
        record.id
        for record in (*workspace.actors.values(), *workspace.events.values())
        if record.status.value == "draft" and (record.found_by or "").endswith(mark)
    }


def _taken_ids(root: Path, workspace) -> set[str]:  # type: ignore[no-untyped-def]
    taken = set(workspace.origins) | set(workspace.unloaded)
    for folder in FOLDERS:
        directory = root / folder
        if directory.is_dir():
            taken.update(path.stem for path in directory.iterdir())
    return taken
