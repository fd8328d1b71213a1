"""`dossier review`: go through drafts one at a time and accept, edit, merge, reject or skip them.

Single keys: a accept, e edit in $EDITOR, m merge into an existing actor, r reject,
s skip, u undo the last action of this session, q quit. The work is done by
`dossier.desk.review.ReviewDesk`, the same service as the browser's review screen; this
module only reads keys and prints. When standard input is not a terminal, each answer is read as a line
(so scripts and tests can drive it). `dossier review --undo` undoes the last merge.
Everything shown from the workspace goes through `sanitize`, since sources are untrusted.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from dossier.paths import display_path
from dossier.sanitize import one_line

KEYS = "[a]ccept  [e]dit  [m]erge  [r]eject  [s]kip  [u]ndo  [q]uit"


def read_key(prompt: str) -> str:
    """One key press on a terminal; otherwise the first character of a line ('' at the end of input)."""
    print(prompt, end="", flush=True)
    if sys.stdin.isatty():
        import termios
        import tty

        descriptor = sys.stdin.fileno()
        saved = termios.tcgetattr(descriptor)
        try:
            tty.setcbreak(descriptor)
            key = sys.stdin.read(1)
        finally:
            termios.tcsetattr(descriptor, termios.TCSADRAIN, saved)
        print(key if key.isprintable() else "")
        return "q" if key in ("\x03", "\x04", "\x1b") else key.lower()
    line = sys.stdin.readline()
    print()
    return line.strip()[:1].lower() if line else "q"


def read_line(prompt: str) -> str:
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    if not sys.stdin.isatty():
        print()
    return line.strip()


def run(args: argparse.Namespace) -> int:
    chosen = args.workspace or os.environ.get("DOSSIER_WORKSPACE")
    if not chosen:
        print("dossier review: name the workspace with --workspace (or $DOSSIER_WORKSPACE)", file=sys.stderr)
        return 2
    root = Path(chosen)
    if not root.is_dir():
        print(f"dossier review: no workspace folder at {one_line(display_path(root))}", file=sys.stderr)
        return 2

    from dossier.desk.review import ReviewDesk
    from dossier.ingest.review import ReviewError

    desk = ReviewDesk(root)
    for message in desk.messages:
        print(f"dossier review: {one_line(message)}", file=sys.stderr)
    reviewer = desk.reviewer
    if args.undo:
        try:
            entry = desk.undo_last_merge()
        except ReviewError as exc:
            print(f"dossier review: {one_line(str(exc))}", file=sys.stderr)
            return 1
        print(f"undid the merge of '{one_line(str(entry.get('merged')))}' into '{one_line(str(entry.get('into')))}'")
        return 0
    if reviewer.workspace.problems:
        print(
            f"dossier review: the workspace has {len(reviewer.workspace.problems)} problem(s), first: "
            f"{reviewer.workspace.problems[0]}; fix them first (dossier check)",
            file=sys.stderr,
        )
        return 1
    skipped: set[str] = set()
    done = {"accepted": 0, "edited": 0, "merged": 0, "rejected": 0}
    while True:
        items = [item for item in desk.drafts() if item.id not in skipped]
        if not items:
            break
        item = items[0]
        _show(desk, item, len(items))
        key = read_key(f"{KEYS} > ")
        try:
            if key == "q":
                break
            if key == "s":
                skipped.add(item.id)
            elif key == "a":
                desk.accept(item)
                done["accepted"] += 1
            elif key == "r":
                print(one_line(desk.reject(item)))
                done["rejected"] += 1
            elif key == "e":
                if _edit(desk, item):
                    done["edited"] += 1
            elif key == "m":
                if _merge(desk, item):
                    done["merged"] += 1
            elif key == "u":
                print(f"  undone: {one_line(desk.undo())}")
                skipped.clear()
            else:
                print("  (a, e, m, r, s, u or q)")
        except ReviewError as exc:
            print(f"  not done: {one_line(str(exc))}")
    left = len(desk.drafts())
    summary = ", ".join(f"{count} {what}" for what, count in done.items())
    print(f"{summary}; {left} draft{'s' if left != 1 else ''} left")
    return 0


def _show(desk, item, remaining: int) -> None:  # type: ignore[no-untyped-def]
    from dossier.model import Actor, Event, Quote

    record = item.record
    workspace = desk.workspace
    print()
    print(f"── {item.folder[:-1]} draft '{one_line(item.id)}' ({remaining} left)")
    if isinstance(record, Actor):
        print(f"  name: {one_line(record.name)}    kind: {record.kind.value}")
        if record.aliases:
            print(f"  aliases: {one_line(', '.join(record.aliases))}")
        passage = desk.evidence(item)
        if passage is not None:
            where = f", its {passage.field}" if passage.field else ""
            print(f"  in {one_line(passage.source_id)}{where}: “{one_line(passage.text, 200)}”")
        alike = desk.look_alikes(item, limit=3)
        if alike:
            shown = ", ".join(f"{one_line(a.name)} [{one_line(a.actor_id)}] {a.score:.0f}" for a in alike)
            print(f"  looks like: {shown}")
    elif isinstance(record, Event):
        print(f"  title: {one_line(record.title)}")
        print(f"  date: {one_line(record.date or '(not resolved)')}    words used: {one_line(record.date_text or '')}")
        names = [workspace.display_name(p.actor) for p in record.participants]
        if record.place:
            print(f"  place: {one_line(workspace.display_name(record.place))}")
        if names:
            print(f"  participants: {one_line(', '.join(names))}")
    elif isinstance(record, Quote):
        print(f"  “{one_line(record.exact, 300)}”")
        speaker = record.attributed_to
        if speaker:
            print(f"  said by: {one_line(workspace.display_name(speaker) if speaker in workspace.actors else speaker)}")
        if record.about:
            print(f"  about: {one_line(', '.join(workspace.display_name(x) for x in record.about), 200)}")
        print(f"  stance: {record.stance.value}")
    if record.found_by:
        print(f"  found by: {one_line(record.found_by, 200)}")
    if record.notes:
        print(f"  notes: {one_line(record.notes, 300)}")


def _merge(desk, item) -> bool:  # type: ignore[no-untyped-def]
    if item.folder != "actors":
        print("  only actors can be merged")
        return False
    ranked = desk.look_alikes(item, limit=5)
    for number, alike in enumerate(ranked, start=1):
        state = " (draft)" if alike.draft else ""
        print(f"  {number}. {one_line(alike.name)} [{one_line(alike.actor_id)}] {alike.kind}{state}")
    answer = read_line("  merge into (number or actor id, empty to cancel): ")
    if not answer:
        return False
    target = ranked[int(answer) - 1].actor_id if answer.isdigit() and 1 <= int(answer) <= len(ranked) else answer
    added = desk.merge(item, target)
    shown = ", ".join(one_line(a) for a in added) or "none"
    print(
        f"  merged '{one_line(item.id)}' into '{one_line(target)}'; new aliases: {shown} "
        "(undo: u, or later dossier review --undo)"
    )
    return True


def _edit(desk, item) -> bool:  # type: ignore[no-untyped-def]
    from dossier.ingest.review import ReviewError
    from dossier.yamlio import YamlError, dump_yaml, parse_yaml

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    data = item.record.model_dump(mode="json", exclude_none=True)
    text = dump_yaml(data)
    with tempfile.TemporaryDirectory(prefix="dossier-review-") as folder:
        path = Path(folder) / f"{item.id}.yaml"
        while True:
            path.write_text(text, encoding="utf-8")
            try:
                subprocess.run([*shlex.split(editor), str(path)], check=False)
            except OSError as exc:
                print(f"  cannot start the editor {one_line(editor)!r}: {one_line(str(exc))}; set $EDITOR")
                return False
            text = path.read_text(encoding="utf-8", errors="replace")
            try:
                edited = parse_yaml(text).data
                if not isinstance(edited, dict):
                    raise ReviewError("the record must be a mapping (key: value)")
                desk.replace(item, edited)
                print(f"  saved and accepted '{one_line(item.id)}'")
                return True
            except YamlError as exc:
                problem = f"line {exc.line}: {exc.message}"
            except ReviewError as exc:
                problem = str(exc)
            print(f"  not saved: {one_line(problem)}")
            if read_key("  [e]dit again or [d]iscard the edit > ") != "e":
                return False
