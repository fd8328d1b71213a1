"""Checks across files: references, duplicates, source texts and quote anchoring.

`load_workspace` validates each file on its own; this module checks what only the whole
workspace can tell: that every id a record names exists (and is of the right kind), that
no alias is claimed by two actors, that source texts match their hashes, and that every
quote anchors exactly. `apply_relocations` is the only writer, used by `dossier check --fix`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from dossier.anchor import Anchor, AnchorStatus, anchor_quote, describe
from dossier.atomic import TEMP_NAME, TEMP_SUFFIX, WriteError, sha256_bytes, write_atomic
from dossier.model import ActorKind, attribution_actor_id
from dossier.sanitize import one_line
from dossier.workspace import FOLDERS, Problem, Workspace
from dossier.yamlio import YamlError, decode_yaml_bytes, parse_yaml


@dataclass(frozen=True)
class Relocation:
    """A quote whose offsets are off but whose words and context occur exactly once."""

    quote_id: str
    path: str
    index: int
    start: int
    end: int


@dataclass
class CheckReport:
    problems: list[Problem]
    anchors: dict[str, Anchor]
    relocations: list[Relocation]

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "error"]


@lru_cache(maxsize=200_000)  # ingest compares every known spelling again for each file of a run
def fold_name(name: str) -> str:
    """How two spellings are compared for being 'the same alias': NFKC, case-folded, single-spaced,
    without invisible format characters (so a zero-width space cannot make a second 'different' name)."""
    visible_only = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    return " ".join(unicodedata.normalize("NFKC", visible_only).casefold().split())


# Scripts whose letters look alike: one word mixing them is a look-alike spelling, or a typo.
_LOOKALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
# Format characters that belong in no name; ZWNJ and ZWJ are left alone (Persian and Indic names need them).
_NAME_JOINERS = {"\u200c", "\u200d"}


def _name_warnings(spelling: str) -> list[str]:
    """What is suspicious about one spelling of a name, shown so the analyst can see it."""
    warnings = []
    hidden = sorted(
        {f"U+{ord(ch):04X}" for ch in spelling if unicodedata.category(ch) in ("Cc", "Cf") and ch not in _NAME_JOINERS}
    )
    if hidden:
        warnings.append(
            f"'{one_line(spelling)}' holds control or invisible characters ({', '.join(hidden)}); remove them"
        )
    for word in re.findall(r"\w+", spelling):
        by_script: dict[str, list[str]] = defaultdict(list)
        for ch in word:
            script = unicodedata.name(ch, "").split(" ")[0]
            if ch.isalpha() and script in _LOOKALIKE_SCRIPTS:
                by_script[script].append(ch)
        if len(by_script) > 1:
            # The letters of the rarer script are the likely intruders.
            intruders = sorted(by_script.values(), key=len)[0]
            named = ", ".join(f"{ch} ({unicodedata.name(ch)})" for ch in dict.fromkeys(intruders))
            scripts = " and ".join(script.title() for script in sorted(by_script))
            warnings.append(f"'{one_line(word)}' mixes {scripts} letters: {named}; a look-alike spelling?")
    return warnings


def _check_leftovers(workspace: Workspace) -> list[Problem]:
    """Temporary files left by a save that was killed: harmless, but they pile up unseen."""
    problems = []
    for folder in FOLDERS:
        directory = workspace.root / folder
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob(f".*{TEMP_SUFFIX}")):
            match = TEMP_NAME.match(path.name)
            if match:
                problems.append(
                    Problem(
                        f"{folder}/{path.name}",
                        1,
                        1,
                        f"left by an interrupted save; {match['target']} itself is intact; delete this file",
                        "warning",
                    )
                )
    return problems


def _check_names(workspace: Workspace) -> list[Problem]:
    problems = []
    for actor in workspace.actors.values():
        for field, spelling in (("name", actor.name), *((f"aliases[{i}]", a) for i, a in enumerate(actor.aliases))):
            for warning in _name_warnings(spelling):
                problems.append(_at(workspace, actor.id, f"{field}: {warning}", "warning"))
    return problems


def check_workspace(workspace: Workspace) -> CheckReport:
    problems = list(workspace.problems)
    problems += _check_references(workspace)
    problems += _check_aliases(workspace)
    problems += _check_names(workspace)
    problems += _check_leftovers(workspace)
    problems += _check_source_texts(workspace)
    anchors, relocations, anchor_problems = _check_anchors(workspace)
    problems += anchor_problems
    problems += _check_credibility_one(workspace)
    problems.sort(key=lambda p: (p.path, p.line, p.column, p.message))
    return CheckReport(problems, anchors, relocations)


def _at(workspace: Workspace, record_id: str, message: str, severity: str = "error") -> Problem:
    origin = workspace.origins[record_id]
    return Problem(origin.path, origin.line, origin.column, message, severity)  # type: ignore[arg-type]


def _check_references(workspace: Workspace) -> list[Problem]:
    problems: list[Problem] = []
    actors, events = workspace.actors, workspace.events

    def missing(owner: str, what: str, target: str, expected: str) -> None:
        if target in workspace.unloaded:
            return  # its own file's problem is already reported
        problems.append(_at(workspace, owner, f"{what}: no {expected} has the id '{target}'"))

    for actor in actors.values():
        for index, relation in enumerate(actor.relations):
            if relation.target not in actors:
                missing(actor.id, f"relations[{index}].target", relation.target, "actor")
            elif relation.target == actor.id:
                problems.append(_at(workspace, actor.id, f"relations[{index}]: an actor cannot relate to itself"))
    for event in events.values():
        if event.place is not None:
            place = actors.get(event.place)
            if place is None:
                missing(event.id, "place", event.place, "actor")
            elif place.kind is not ActorKind.place:
                problems.append(
                    _at(
                        workspace,
                        event.id,
                        f"place: '{event.place}' is a {place.kind.value}, not a place (kind: place)",
                    )
                )
        for index, participant in enumerate(event.participants):
            if participant.actor not in actors:
                missing(event.id, f"participants[{index}].actor", participant.actor, "actor")
    for quote in workspace.quotes.values():
        if quote.source not in workspace.sources:
            missing(quote.id, "source", quote.source, "source")
        for index, target in enumerate(quote.about):
            if target not in actors and target not in events:
                missing(quote.id, f"about[{index}]", target, "actor or event")
        speaker = attribution_actor_id(quote)
        if speaker is not None and speaker not in actors:
            problems.append(
                _at(
                    workspace,
                    quote.id,
                    f"attributed_to: '{speaker}' looks like an id but no actor has it; "
                    'write the source\'s words ("an unnamed official") or add the actor',
                )
            )
    return problems


def _check_credibility_one(workspace: Workspace) -> list[Problem]:
    """Credibility 1 means "confirmed by other sources": a warning when no other independent source
    backs the quote (rules in `dossier.analysis.contested`). A warning: the grade may rest on
    sources not yet in the workspace."""
    from dossier.analysis.contested import unconfirmed_credibility_one

    return [
        _at(workspace, quote.id, f"credibility 1 (confirmed by other sources), but {reason}; grade it 2 or add the "
            "confirming source", "warning")
        for quote, reason in unconfirmed_credibility_one(workspace)
    ]  # fmt: skip


def _check_aliases(workspace: Workspace) -> list[Problem]:
    """An alias (or name) that two actors claim would make search and ingest guess."""
    claims: dict[str, set[str]] = defaultdict(set)
    for actor in workspace.actors.values():
        for spelling in (actor.name, *actor.aliases):
            claims[fold_name(spelling)].add(actor.id)
    problems = []
    for spelling, owners in sorted(claims.items()):
        if len(owners) > 1:
            first, *others = sorted(owners)
            for owner in others:
                problems.append(
                    _at(
                        workspace,
                        owner,
                        f"the name or alias '{spelling}' is also claimed by actor '{first}'; keep it on one actor only",
                    )
                )
    return problems


def _check_source_texts(workspace: Workspace) -> list[Problem]:
    problems = []
    for source in workspace.sources.values():
        try:
            raw = workspace.source_bytes(source.id)
        except FileNotFoundError:
            problems.append(_at(workspace, source.id, f"the source text sources/{source.id}.txt is missing"))
            continue
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            problems.append(_at(workspace, source.id, f"sources/{source.id}.txt cannot be read: {reason}"))
            continue
        if sha256_bytes(raw) != source.sha256:
            problems.append(
                _at(
                    workspace,
                    source.id,
                    f"sha256 does not match sources/{source.id}.txt: the text changed after it was "
                    f"registered (its sha256 is now {sha256_bytes(raw)}); quotes may no longer anchor",
                )
            )
        if workspace.source_text(source.id) is None:
            problems.append(_at(workspace, source.id, f"sources/{source.id}.txt is not valid UTF-8"))
    return problems


def _check_anchors(workspace: Workspace) -> tuple[dict[str, Anchor], list[Relocation], list[Problem]]:
    anchors: dict[str, Anchor] = {}
    relocations: list[Relocation] = []
    problems: list[Problem] = []
    for quote in workspace.quotes.values():
        text = workspace.source_text(quote.source) if quote.source in workspace.sources else None
        if text is None:
            continue
        anchor = anchor_quote(text, quote)
        anchors[quote.id] = anchor
        if anchor.status is AnchorStatus.exact:
            continue
        problems.append(_at(workspace, quote.id, describe(anchor, quote)))
        if anchor.status is AnchorStatus.relocated:
            origin = workspace.origins[quote.id]
            assert origin.index is not None
            relocations.append(Relocation(quote.id, origin.path, origin.index, anchor.start, anchor.end))
    return anchors, relocations, problems


def apply_relocations(workspace: Workspace, relocations: list[Relocation]) -> list[str]:
    """Correct the offsets of relocated quotes in place, keeping every other byte of the file.

    Only the `start:` and `end:` numbers are rewritten, so comments and layout survive. A
    file that changed on disk since it was loaded is left alone. Returns messages for the user.
    """
    messages: list[str] = []
    by_file: dict[str, list[Relocation]] = defaultdict(list)
    for relocation in relocations:
        by_file[relocation.path].append(relocation)
    for relative, items in sorted(by_file.items()):
        path = workspace.root / relative
        try:
            raw = path.read_bytes()
            document = parse_yaml(decode_yaml_bytes(raw))
        except (OSError, YamlError) as exc:
            messages.append(f"{relative}: not fixed: {exc}")
            continue
        if sha256_bytes(raw) != workspace.file_hashes.get(relative):
            messages.append(f"{relative}: not fixed: the file changed on disk since it was checked; run check again")
            continue
        lines = raw.decode("utf-8").splitlines(keepends=True)
        edits = []
        for item in items:
            for key, value in (("start", item.start), ("end", item.end)):
                line, column = document.positions[(item.index, key)]
                edits.append((line - 1, column - 1, value))
        # Right to left within a line, so earlier columns stay valid.
        for line_index, column_index, value in sorted(edits, reverse=True):
            text = lines[line_index]
            match = re.compile(r"[0-9]+").match(text, column_index)
            if match is None:
                break
            lines[line_index] = text[:column_index] + str(value) + text[match.end() :]
        else:
            new = "".join(lines).encode("utf-8")
            try:
                write_atomic(path, new, expected_sha256=sha256_bytes(raw))
            except WriteError as exc:
                messages.append(f"{relative}: not fixed: {exc}")
                continue
            workspace.file_hashes[relative] = sha256_bytes(new)
            for item in items:
                messages.append(f"{relative}: quote '{item.quote_id}' moved to {item.start}-{item.end}")
            continue
        messages.append(f"{relative}: not fixed: an offset is not written as a plain number")
    return messages
