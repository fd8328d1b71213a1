"""The index keeps up with edits on disk, and repairs itself when it is damaged, stale or locked."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dossier.search import SearchIndex, cache_dir_for
from dossier.search import index as index_module
from tests.conftest import write
from tests.unit.search_workspace import make_search_workspace


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    return make_search_workspace(tmp_path / "ws")


def ids(index: SearchIndex, query: str) -> list[str]:
    results = index.search(query)
    assert results.error is None, results.error
    return [hit.id for hit in results.hits]


def live_folder(workspace: Path) -> Path:
    cache = cache_dir_for(workspace)
    return cache / (cache / "current").read_text().strip()


# -- incremental updates ----------------------------------------------------------------------------


def test_a_new_alias_finds_the_actor_and_the_quotes_about_it(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        assert ids(index, "Zoloto ") == []
        write(workspace / "actors" / "kyiv.yaml", "id: kyiv\nname: Kyiv\nkind: place\naliases:\n  - Kiev\n  - Zoloto\n")
        messages = index.update()
        # Only the actor's own document is written again: quotes hold its id, not its spellings.
        assert len(messages) == 1
        assert messages[0].startswith("updated the search index: 1 changed file, 1 records")
        found = ids(index, "Zoloto ")
        assert found[0] == "kyiv" and {"q-imagery", "q-alerts", "strike-kyiv"} <= set(found)
        assert {"q-imagery", "q-alerts"} <= set(ids(index, '"Zoloto" kind:quote'))
        assert index.update() == []  # nothing changed since


def test_a_new_actor_finds_the_quotes_that_already_cited_its_id(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        quotes = workspace / "quotes" / "report.yaml"
        quotes.write_text(quotes.read_text().replace("about: [kyiv]", "about: [kyiv, ukrainian-air-force]", 1))
        index.update()
        assert ids(index, "Povitriani kind:quote") == []
        write(
            workspace / "actors" / "ukrainian-air-force.yaml",
            "id: ukrainian-air-force\nname: Povitriani Syly\nkind: armed_force\n",
        )
        assert index.update()[0].startswith("updated the search index: 1 changed file")
        assert len(ids(index, "Povitriani kind:quote")) == 1
        assert len(ids(index, '"Povitriani Syly" kind:quote')) == 1


def test_an_update_of_named_files_looks_at_those_alone(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        write(workspace / "actors" / "kyiv.yaml", "id: kyiv\nname: Kyiv\nkind: place\naliases: [Zoloto]\n")
        write(workspace / "actors" / "mozyr.yaml", "id: mozyr\nname: Mozyr\nkind: place\naliases: [Mozyrgrad]\n")
        messages = index.update([workspace / "actors" / "kyiv.yaml"])
        assert messages[0].startswith("updated the search index: 1 changed file")
        assert ids(index, "Zoloto ")[0] == "kyiv" and ids(index, "Mozyrgrad ") == []
        (workspace / "actors" / "mozyr.yaml").unlink()
        index.update(["actors/mozyr.yaml", "notes/elsewhere.txt", "actors/.hidden.yaml"])
        assert "mozyr" not in ids(index, "Mozyr ")
        assert index.update() == []  # everything was seen already


def test_an_edit_that_keeps_the_names_keeps_aliases_working_and_finds_its_new_words(workspace: Path) -> None:
    """Only a summary changes: the alias tables are kept (not rebuilt), while words the edit
    brought are found, exactly and misspelled, and an alias added later is found too."""
    kyiv = workspace / "actors" / "kyiv.yaml"
    original = kyiv.read_text()
    with SearchIndex.open(workspace) as index:
        assert ids(index, "Kiev")[0] == "kyiv"
        assert ids(index, "Zyzzogetom~") == []  # the fuzzy term is looked up (and remembered) now
        names_at = index._store.names_generation
        write(kyiv, original.replace("Capital of Ukraine.", "Zyzzogeton sightings."))
        index.update(["actors/kyiv.yaml"])
        assert index._store.names_generation == names_at  # the names did not change
        assert ids(index, "Kiev")[0] == "kyiv" and "q-imagery" in ids(index, "Kiev kind:quote")
        assert ids(index, "Zyzzogeton") == ["kyiv"]
        assert ids(index, "Zyzzogetom~") == ["kyiv"]  # not the answer remembered before the edit
        write(kyiv, original.replace("  - Kiev\n", "  - Kiev\n  - Zoloto\n"))
        index.update(["actors/kyiv.yaml"])
        assert index._store.names_generation != names_at
        assert ids(index, "Zoloto ")[0] == "kyiv" and "q-imagery" in ids(index, "Zoloto kind:quote")


def test_updates_are_kept_for_the_next_run(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        write(workspace / "actors" / "kyiv.yaml", "id: kyiv\nname: Kyiv\nkind: place\naliases: [Zoloto]\n")
        assert index.update()
    with SearchIndex.open(workspace) as index:
        assert index.messages == []  # nothing to re-read: the manifest was written on closing
        assert ids(index, "Zoloto ")[0] == "kyiv"


def test_a_date_range_leaves_out_records_deleted_since_the_index_was_built(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        query = "kind:quote date:[2022-02-25 TO 2022-02-26]"
        assert {"q-imagery", "q-alerts"} <= set(ids(index, query))
        quotes = workspace / "quotes" / "report.yaml"
        kept = quotes.read_text().split("- id: q-alerts")[0]
        quotes.write_text(kept)
        index.update()
        found = set(ids(index, query))
        assert "q-imagery" in found and "q-alerts" not in found
        assert "q-alerts" not in ids(index, "overnight date:[2022-02-25 TO 2022-02-26]")


def test_edited_added_and_deleted_files(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        quotes = workspace / "quotes" / "report.yaml"
        quotes.write_text(quotes.read_text().replace("credibility: 2", "credibility: 1"))
        write(workspace / "actors" / "minsk.yaml", "id: minsk\nname: Minsk\nkind: place\naliases: [Мінск]\n")
        (workspace / "events" / "talks.yaml").unlink()
        messages = index.update()
        assert "3 changed files" in messages[0]
        assert ids(index, "credibility:1") == ["q-imagery"]
        assert ids(index, "Мінск")[0] == "minsk"
        assert "talks" not in ids(index, "kind:event")
        # A fresh open sees the same thing without rebuilding.
    with SearchIndex.open(workspace) as reopened:
        assert reopened.messages == []
        assert ids(reopened, "credibility:1") == ["q-imagery"]


def test_a_changed_source_text_is_reindexed(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        text = workspace / "sources" / "report.txt"
        new = text.read_text() + "Drones were seen over Gomel.\n"
        text.write_text(new)
        digest = hashlib.sha256(new.encode()).hexdigest()
        meta = workspace / "sources" / "report.yaml"
        meta.write_text(
            "\n".join(
                line if not line.startswith("sha256") else f"sha256: {digest}" for line in meta.read_text().splitlines()
            )
            + "\n"
        )
        index.update()
        assert ids(index, "drones") == ["report"]


def test_a_file_that_no_longer_reads_keeps_its_entries_until_fixed(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        quotes = workspace / "quotes" / "report.yaml"
        good = quotes.read_text()
        quotes.write_text(good + "- id: [unclosed\n")
        messages = index.update()
        assert "could not be read" in messages[0]
        assert "q-mazyr" in ids(index, "Mazyr")
        quotes.write_text(good)
        index.update()
        assert "q-mazyr" in ids(index, "Mazyr")


def test_touching_a_file_without_changing_it_reindexes_nothing(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        path = workspace / "actors" / "kyiv.yaml"
        path.write_bytes(path.read_bytes())
        assert index.update() == []


def test_many_changes_rebuild_instead(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SearchIndex.open(workspace) as index:
        monkeypatch.setattr(index_module, "REBUILD_SHARE", 0.0)
        monkeypatch.setattr(index_module, "REBUILD_ABOVE", 1)
        for path in (workspace / "actors").glob("*.yaml"):
            path.write_text(path.read_text() + "tags: [edited]\n")
        messages = index.update()
        assert "rebuilt the search index" in messages[0]
        assert ids(index, "Kiev")[0] == "kyiv"


# -- recovery ---------------------------------------------------------------------------------------


def test_a_truncated_index_is_rebuilt_with_a_message(workspace: Path) -> None:
    SearchIndex.open(workspace).close()
    for path in live_folder(workspace).iterdir():
        if path.suffix in (".seg", ".toc", ".trm", ".pst"):
            path.write_bytes(path.read_bytes()[: max(1, path.stat().st_size // 3)])
    with SearchIndex.open(workspace) as index:
        assert any("unusable" in message and "rebuilt" in message for message in index.messages)
        assert ids(index, "Kiev")[0] == "kyiv"


def test_garbage_in_every_index_file_is_rebuilt(workspace: Path) -> None:
    SearchIndex.open(workspace).close()
    for path in live_folder(workspace).iterdir():
        path.write_bytes(b"\x00garbage" * 10)
    with SearchIndex.open(workspace) as index:
        assert "rebuilt" in index.messages[0]
        assert ids(index, "Lukashenko")[0] == "lukashenka"


def test_damage_found_while_searching_is_repaired(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        for path in live_folder(workspace).iterdir():
            if path.suffix in (".trm", ".pst", ".seg"):  # a segment's terms and postings
                data = path.read_bytes()
                path.write_bytes(data[:200] + b"\xff" * (len(data) - 200))
        results = index.search("Kiev")
        assert results.error is None and results.hits[0].id == "kyiv"
        assert any("failed" in message and "rebuilt" in message for message in index.messages)


def test_a_missing_current_pointer_or_manifest_rebuilds(workspace: Path) -> None:
    SearchIndex.open(workspace).close()
    (live_folder(workspace) / "manifest.json").write_text("{not json")
    with SearchIndex.open(workspace) as index:
        assert "manifest is unreadable" in index.messages[0]
    (cache_dir_for(workspace) / "current").write_text("../../elsewhere")
    with SearchIndex.open(workspace) as index:
        assert "rebuilt" in index.messages[0] and ids(index, "Kiev")[0] == "kyiv"
    # Old index folders do not pile up.
    assert len(list(cache_dir_for(workspace).glob("ix-*"))) == 1


def test_an_index_of_another_schema_version_is_rebuilt(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    SearchIndex.open(workspace).close()
    monkeypatch.setattr(index_module, "SCHEMA_VERSION", 999)
    with SearchIndex.open(workspace) as index:
        assert "another version" in index.messages[0]


def test_a_lock_file_left_by_a_dead_process_is_no_obstacle(workspace: Path) -> None:
    SearchIndex.open(workspace).close()
    (live_folder(workspace) / "MAIN_WRITELOCK").write_text("left behind by a crash")
    with SearchIndex.open(workspace) as index:
        write(workspace / "actors" / "minsk.yaml", "id: minsk\nname: Minsk\nkind: place\n")
        assert index.update()[0].startswith("updated the search index")
        assert ids(index, "Minsk")[0] == "minsk"


def test_a_lock_held_by_a_live_writer_gives_a_message(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "LOCK_WAIT", 0.2)
    with SearchIndex.open(workspace) as index:
        holder = index._store.index.writer()  # another writer, as a second dossier would hold
        try:
            write(workspace / "actors" / "minsk.yaml", "id: minsk\nname: Minsk\nkind: place\n")
            assert "being updated by another dossier" in index.update()[0]
            assert ids(index, "Kiev")[0] == "kyiv"  # searching still works meanwhile
        finally:
            holder.cancel()
        assert index.update()[0].startswith("updated the search index")


def test_progress_is_reported_while_building(workspace: Path) -> None:
    seen: list[tuple[str, float]] = []
    SearchIndex.open(workspace, progress=lambda message, fraction: seen.append((message, fraction))).close()
    assert seen and seen[-1] == ("search index ready", 1.0)
    assert all(0.0 <= fraction <= 1.0 for _, fraction in seen)


def test_a_rebuild_by_another_dossier_is_followed(workspace: Path) -> None:
    with SearchIndex.open(workspace) as browser, SearchIndex.open(workspace) as other:
        write(workspace / "actors" / "minsk.yaml", "id: minsk\nname: Minsk\nkind: place\n")
        other._store.rebuild("rebuilt the search index")  # what `dossier index --rebuild` does
        messages = browser.update()
        assert "rebuilt by another dossier" in messages[0]
        assert ids(browser, "Minsk")[0] == "minsk"
