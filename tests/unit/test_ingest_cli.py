"""`dossier ingest`: new sources, idempotent re-runs, changed versions, bad input, interruptions.

The CLI runs in a subprocess where what the user sees matters; the service is called
in-process where only the files matter (the gazetteer then loads once for all of them).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.conftest import make_workspace
from tests.unit.ingest_helpers import (
    HTML_ARTICLE,
    MARKDOWN_ARTICLE,
    UNKNOWN_PLACES,
    assert_valid,
    dossier,
    snapshot,
)


def test_ingest_adds_valid_drafts_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "new-workspace"
    # A cache of its own, empty as on a new machine: the first ingest says why it takes a while.
    first_use = {"DOSSIER_CACHE_DIR": str(tmp_path / "new-cache")}
    files = (str(HTML_ARTICLE), str(MARKDOWN_ARTICLE), str(UNKNOWN_PLACES))
    result = dossier("ingest", *files, "--workspace", str(root), env=first_use)
    assert result.returncode == 0, result.stderr
    assert "building the table of places once" in result.stderr
    assert result.stdout.count("added source") == 3
    assert "review the drafts with: dossier review --workspace" in result.stdout
    assert dossier("check", str(root)).returncode == 0
    workspace = load_workspace(root)
    assert len(workspace.sources) == 3
    drafts = [*workspace.actors.values(), *workspace.events.values(), *workspace.quotes.values()]
    assert drafts and all(r.status.value == "draft" and r.found_by for r in drafts)
    # Drafts of the first article are known actors for the next: one Khrenin, one Belarus.
    assert sum(1 for a in workspace.actors.values() if "Khrenin" in a.name) == 1
    assert sum(1 for a in workspace.actors.values() if a.name == "Belarus") == 1
    for quote in workspace.quotes.values():
        assert workspace.source_text(quote.source)[quote.start : quote.end] == quote.exact

    before = snapshot(root)
    again = dossier("ingest", str(HTML_ARTICLE), str(MARKDOWN_ARTICLE), "--workspace", str(root), env=first_use)
    assert again.returncode == 0
    assert "building the table of places" not in again.stderr
    assert again.stdout.count("already ingested as source") == 2
    assert snapshot(root) == before


def test_ingest_never_changes_curated_files_and_links_known_actors(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    before = snapshot(root)
    result = dossier("ingest", str(MARKDOWN_ARTICLE), "--workspace", str(root))
    assert result.returncode == 0, result.stderr
    after = snapshot(root)
    assert {path: digest for path, digest in after.items() if path in before} == before
    workspace = load_workspace(root)
    # LUKASHENKO and "Alexander Lukashenko" are the curated Alyaksandr Lukashenka, not new drafts.
    assert not [a for a in workspace.actors.values() if "ukashenk" in a.name.lower() and a.id != "lukashenka"]
    source = next(s for s in workspace.sources.values() if s.id != "article")
    speakers = {q.attributed_to for q in workspace.quotes_of_source(source.id)}
    assert "lukashenka" in speakers
    assert source.published == "2022-03-04" and source.publisher == "Example Wire"
    assert_valid(root)


def test_a_changed_version_is_a_new_source_and_the_old_one_is_kept(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    first = tmp_path / "story.md"
    shutil.copy(MARKDOWN_ARTICLE, first)
    assert ingest_file(root, first).status == "added"
    old = snapshot(root)
    first.write_text(first.read_text().replace("this morning", "this afternoon"))
    assert ingest_file(root, first).status == "added"
    workspace = load_workspace(root)
    assert len(workspace.sources) == 2
    newer = [s for s in workspace.sources.values() if s.notes and "changed version" in s.notes]
    assert len(newer) == 1
    assert {path: digest for path, digest in snapshot(root).items() if path in old} == old
    assert_valid(root)


def test_bad_input_gets_a_clear_message_and_nothing_is_written(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    files = {
        "empty.txt": b"",
        "binary.txt": b"\x00\x01\x02\x03" * 100,
        "latin1.txt": b"Caf\xe9 owners said the border was closed on Monday.\n",
        "scripts.html": (HTML_ARTICLE.parent / "scripts_only.html").read_bytes(),
        "nav.html": (HTML_ARTICLE.parent / "navigation_only.html").read_bytes(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = dossier("ingest", *(str(tmp_path / name) for name in files), str(big), "--workspace", str(root))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(files) + 1
    for line, expected in zip(
        lines,
        ["the file is empty", "a binary file", "invalid UTF-8", "no article text", "no article text", "larger than"],
        strict=True,
    ):
        assert line.startswith("error: ") and expected in line
    assert [p for p in root.rglob("*") if p.is_file()] == []


def test_ingest_requires_a_named_workspace(tmp_path: Path) -> None:
    result = dossier("ingest", str(MARKDOWN_ARTICLE))
    assert result.returncode == 2
    assert "--workspace" in result.stderr


def test_an_interrupted_ingest_leaves_a_valid_workspace_and_is_finished_by_the_next_run(tmp_path: Path) -> None:
    done = tmp_path / "done"
    assert ingest_file(done, MARKDOWN_ARTICLE).status == "added"
    complete = snapshot(done)
    # The states a stop can leave, in the order ingest writes: text only; text and YAML; some
    # drafts but no quotes file. Each must pass `dossier check` and be finished by a re-run.
    stages = [
        [p for p in complete if p.startswith("sources/") and p.endswith(".txt")],
        [p for p in complete if p.startswith("sources/")],
        [p for p in complete if not p.startswith(("quotes/", "events/"))],
    ]
    for number, keep in enumerate(stages):
        root = tmp_path / f"stopped-{number}"
        for relative in keep:
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(done / relative, root / relative)
        assert_valid(root)
        result = ingest_file(root, MARKDOWN_ARTICLE)
        assert result.status == ("resumed" if number else "added"), result.message
        assert snapshot(root).keys() == complete.keys()
        assert_valid(root)


def test_untrusted_names_are_shown_safely(tmp_path: Path) -> None:
    hostile = tmp_path / "evil\x1b[31mred.txt"
    hostile.write_bytes(b"")
    result = dossier("ingest", str(hostile), "--workspace", str(tmp_path / "ws"))
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "␛[31m" in result.stderr


def test_an_uncertain_publication_date_makes_the_dates_counted_from_it_uncertain(tmp_path: Path) -> None:
    article = tmp_path / "undated.md"
    article.write_text(
        "---\ntitle: Talks near the border\npublished: 2022-02-27?\n---\n"
        "Lukashenko said the talks were scheduled for Monday in Gomel.\n\n"
        "Tanks crossed into Ukraine on February 24, officials said.\n",
        encoding="utf-8",
    )
    root = tmp_path / "ws"
    result = ingest_file(root, article)
    assert result.status == "added", result.message
    workspace = load_workspace(root)
    assert_valid(root)
    dates = {event.date_text: event.date for event in workspace.events.values()}
    assert dates == {"Monday": "2022-02-28?", "February 24": "2022-02-24"}


def test_a_session_writes_what_separate_runs_write_and_sees_changes_made_between_files(tmp_path: Path) -> None:
    from dossier.ingest.service import IngestSession

    files = [HTML_ARTICLE, MARKDOWN_ARTICLE, UNKNOWN_PLACES]
    alone = tmp_path / "alone"
    assert [ingest_file(alone, path).status for path in files] == ["added"] * 3
    shared = tmp_path / "shared"
    session = IngestSession(shared)
    assert [ingest_file(shared, path, session=session).status for path in files] == ["added"] * 3
    assert snapshot(shared) == snapshot(alone)
    # Again in the same session: every file is known, in memory as on disk.
    assert {ingest_file(shared, path, session=session).status for path in files} == {"unchanged"}

    # An actor file another program adds between two files is a known actor for the next one.
    later = tmp_path / "later"
    session = IngestSession(later)
    assert ingest_file(later, HTML_ARTICLE, session=session).status == "added"
    (later / "actors" / "zaverny-pact.yaml").write_text(
        "id: zaverny-pact\nname: Zaverny Pact\nkind: organization\n", encoding="utf-8"
    )
    story = tmp_path / "pact.md"
    story.write_text("# Pact\n\nThe Zaverny Pact met in Minsk on Monday and said little.\n", encoding="utf-8")
    assert ingest_file(later, story, session=session).status == "added"
    workspace = load_workspace(later)
    assert [a.id for a in workspace.actors.values() if a.name == "Zaverny Pact"] == ["zaverny-pact"]
    assert_valid(later)


def test_a_german_source_gets_its_reported_speech_as_quotes_and_says_what_it_skipped(tmp_path: Path) -> None:
    article = tmp_path / "bruecke.md"
    article.write_text(
        "# Die Brücke bleibt geschlossen\n\n"
        "Die Stadtverwaltung hat die alte Brücke über den Fluss am Wochenende gesperrt. Die Reparatur "
        "werde mindestens drei Monate dauern, sagte der Bürgermeister am Montag vor Journalisten.\n\n"
        "„Wir haben keine andere Wahl, die Sicherheit der Menschen geht vor“, sagte die Baudezernentin. "
        "Laut dem Landesamt für Straßenbau ist die Brücke mehr als hundert Jahre alt.\n",
        encoding="utf-8",
    )
    root = tmp_path / "ws"
    result = dossier("ingest", str(article), "--workspace", str(root))
    assert result.returncode == 0, result.stderr
    assert "text in 'de'" in result.stdout and "quotes from its verbs of saying" in result.stdout
    quotes = load_workspace(root).quotes.values()
    speakers = sorted(q.attributed_to or "" for q in quotes)
    assert speakers == ["dem Landesamt für Straßenbau", "der Bürgermeister", "die Baudezernentin"], speakers
    assert dossier("check", str(root)).returncode == 0
