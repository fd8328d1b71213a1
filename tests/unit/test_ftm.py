"""FollowTheMoney out and in: every exported entity validates with the `followthemoney` model;
seeds -> FtM -> an empty workspace gives every actor back; hostile FtM files are imported
line by line with one error per bad line, and nothing in the workspace is lost."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from followthemoney import model

from dossier.export.formats import get_format
from dossier.export.service import render_stream
from dossier.ingest.review import Reviewer, pending
from dossier.interop.ftm_import import import_ftm
from dossier.paths import bundled_seeds
from dossier.workspace import load_workspace
from tests.conftest import SOURCE_TEXT, make_workspace

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "export_workspace"
STAMP = "2024-05-01T12:00:00Z"


def dossier(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier.cli", *args], capture_output=True, text=True, timeout=180, env=dict(os.environ)
    )


def ftm_entities(root: Path, record_id: str | None = None) -> list[dict]:
    text = "".join(render_stream(load_workspace(root), get_format("ftm"), record_id, generated_at=STAMP))
    return [json.loads(line) for line in text.splitlines()]


def tree_digest(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


# -- out -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("root", [bundled_seeds(), FIXTURE], ids=["seeds", "fixture"])
def test_every_exported_entity_validates_with_the_followthemoney_model(root: Path) -> None:
    entities = ftm_entities(root)
    workspace = load_workspace(root)
    assert len(entities) == len({entity["id"] for entity in entities}), "ids are unique"
    for entity in entities:
        schema = model.get(entity["schema"])
        assert schema is not None and not schema.abstract
        schema.validate(entity)  # raises InvalidData with the property at fault
        read = model.get_proxy(entity, cleaned=False).to_dict()["properties"]
        # The library reads back what we wrote; only the ends of texts are trimmed (FtM's text cleaning).
        assert read == {prop: [value.strip() for value in values] for prop, values in entity["properties"].items()}
    counts = {schema: sum(1 for e in entities if e["schema"] == schema) for schema in ("Article", "Event", "Note")}
    assert counts == {"Article": len(workspace.sources), "Event": len(workspace.events), "Note": len(workspace.quotes)}


def test_actors_events_sources_and_quotes_keep_what_an_analyst_needs() -> None:
    workspace = load_workspace(FIXTURE)
    by_id = {entity["id"]: entity for entity in ftm_entities(FIXTURE)}
    belarus = by_id["dossier-belarus"]
    assert (belarus["schema"], belarus["properties"]["country"]) == ("PublicBody", ["by"])
    person = by_id["dossier-alyaksandr-lukashenka"]
    assert person["schema"] == "Person"
    assert person["properties"]["alias"] == workspace.actors["alyaksandr-lukashenka"].aliases
    assert by_id["dossier-senkivka"]["schema"] == "Address"
    leader = next(
        e for e in by_id.values() if e["schema"] == "UnknownLink" and e["properties"]["role"] == ["leader-of"]
    )
    assert leader["properties"]["subject"] == ["dossier-alyaksandr-lukashenka"]
    assert leader["properties"]["object"] == ["dossier-belarus"]
    assert leader["properties"]["startDate"] == ["1994"]

    event = by_id["dossier-tanks-cross-senkivka"]
    assert event["schema"] == "Event"
    assert "dossier-senkivka" in event["properties"]["addressEntity"]
    assert event["properties"]["date"] == ["2022-02-24"]

    article = by_id["dossier-minsk-briefing"]
    assert "".join(article["properties"]["bodyText"]) == workspace.source_text("minsk-briefing")
    assert article["properties"]["sourceUrl"] == [workspace.sources["minsk-briefing"].url]

    quote = workspace.quotes["q-tanks-crossed"]
    note = by_id["dossier-q-tanks-crossed"]
    assert note["schema"] == "Note"
    assert note["properties"]["description"] == [quote.exact]
    assert note["properties"]["proof"] == ["dossier-kyiv-report"]
    assert note["properties"]["entity"] == [f"dossier-{subject}" for subject in quote.about]
    keywords = set(note["properties"]["keywords"])
    assert {f"characters:{quote.start}-{quote.end}", "stance:asserts", "admiralty:C2"} <= keywords
    assert "Characters 36\u2013107 of source kyiv-report" in note["properties"]["summary"][0]


def test_a_long_source_text_is_split_into_pieces_that_fit_not_cut(tmp_path: Path) -> None:
    text = SOURCE_TEXT + "word " * 30_000 + "\n"
    root = make_workspace(tmp_path / "ws", text=text)
    article = next(e for e in ftm_entities(root) if e["schema"] == "Article")
    model.get("Article").validate(article)
    assert len(article["properties"]["bodyText"]) == 3
    assert "".join(article["properties"]["bodyText"]) == text


def test_one_actor_exports_with_its_neighbours() -> None:
    ids = {entity["id"] for entity in ftm_entities(FIXTURE, "senkivka")}
    assert {"dossier-senkivka", "dossier-tanks-cross-senkivka"} <= ids
    assert "dossier-mazyr" not in ids


def test_export_to_a_file_from_the_cli(tmp_path: Path) -> None:
    out = tmp_path / "seeds.ftm.json"
    result = dossier("export", "--format", "ftm", "-o", str(out), "-w", str(FIXTURE))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote ")
    assert all(model.get_proxy(json.loads(line)) for line in out.read_text().splitlines())
    again = dossier("export", "--format", "ftm", "-o", str(out), "-w", str(FIXTURE))
    assert again.stdout.startswith("unchanged:")


# -- in ------------------------------------------------------------------------------------------


def test_seeds_round_trip_every_actor_with_the_same_names_and_aliases(tmp_path: Path) -> None:
    exported = tmp_path / "seeds.ftm.json"
    assert dossier("export", "--format", "ftm", "-o", str(exported), "-w", str(bundled_seeds())).returncode == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    result = dossier("import", str(exported), "-w", str(empty))
    assert result.returncode == 0, result.stderr
    seeds, back = load_workspace(bundled_seeds()), load_workspace(empty)
    assert not back.problems
    assert set(back.actors) == set(seeds.actors)
    for actor_id, actor in seeds.actors.items():
        returned = back.actors[actor_id]
        assert (returned.name, returned.aliases) == (actor.name, actor.aliases), actor_id
        assert returned.kind == (actor.kind if actor.kind.value != "media" else "organization")
        assert returned.status.value == "draft"
    imported_once = tree_digest(empty)
    again = dossier("import", str(exported), "-w", str(empty))
    assert f"0 draft actors; {len(seeds.actors)} already imported" in again.stdout
    assert tree_digest(empty) == imported_once


def _hostile_lines() -> list[str]:
    aliases = [f"Alias number {n}" for n in range(10_000)]
    lines = [
        {"id": "p1", "schema": "Person", "properties": {"name": ["[bold]Ivan[/bold] <script>alert(1)</script>"]}},
        {
            "id": "p2",
            "schema": "Person",
            "properties": {"name": ["\x1b]0;pwned\x07Evil\x9b2J"], "alias": ["\u202eabc"]},
        },
        {"id": "c1", "schema": "Company", "properties": {"name": ["Many Names Ltd"], "alias": aliases}},
        {"id": "o1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["c1"]}},
        {"id": "x1", "schema": "NoSuchSchema", "properties": {"name": ["x"]}},
        {"id": "n1", "schema": "Person", "properties": {}},
    ]
    text = [json.dumps(line, ensure_ascii=False) for line in lines]
    text.insert(6, '{"id": "broken", "schema": "Person", "properties": {"name": ["Broken')  # line 7
    text += ["[1, 2, 3]", "", '{"id": "ok", "schema": "Organization", "properties": {"name": ["After The Break"]}}']
    return text


def test_a_hostile_ftm_file_gets_one_error_per_bad_line_and_loses_nothing(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    before = tree_digest(root)
    hostile = tmp_path / "hostile.ftm.json"
    hostile.write_text("\n".join(_hostile_lines()) + "\n", encoding="utf-8")
    result = dossier("import", str(hostile), "-w", str(root))
    assert result.returncode == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 4, result.stderr
    assert errors[0].startswith("error: hostile.ftm.json:5: not a valid FtM entity: unknown FtM schema 'NoSuchSchema'")
    assert errors[1].startswith("error: hostile.ftm.json:6: Person 'n1' has no name")
    assert errors[2].startswith("error: hostile.ftm.json:7:") and "broken JSON" in errors[2]
    assert errors[3].startswith("error: hostile.ftm.json:8: not an FtM entity")
    assert "\x1b" not in result.stdout + result.stderr
    assert "imported 4 draft actors" in result.stdout and "1 Ownership" in result.stdout

    after = load_workspace(root)
    assert not after.problems
    for path, digest in before.items():
        assert tree_digest(root)[path] == digest, f"{path} changed"
    names = {actor.name: actor for actor in after.actors.values() if actor.status.value == "draft"}
    assert "[bold]Ivan[/bold] <script>alert(1)</script>" in names  # kept as text, exactly
    # FtM's own cleaning drops control characters from names; a bidi override stays, as text.
    assert names["]0;pwnedEvil2J"].aliases == ["\u202eabc"]
    many = names["Many Names Ltd"]
    assert len(many.aliases) == 10_000 and many.kind.value == "organization"
    assert "After The Break" in names


def test_imported_drafts_are_reviewed_and_found_by_any_spelling(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    extract = tmp_path / "extract.ftm.json"
    entity = {
        "id": "Q123",
        "schema": "Person",
        "properties": {"name": ["Viktar Sheiman"], "alias": ["Виктор Шейман", "Viktor Sheyman"]},
    }
    extract.write_text(json.dumps(entity, ensure_ascii=False) + "\n", encoding="utf-8")
    assert import_ftm(root, extract).created == ["viktar-sheiman"]
    reviewer = Reviewer(root)
    item = next(item for item in pending(reviewer.workspace) if item.id == "viktar-sheiman")
    reviewer.accept(item)
    actor = load_workspace(root).actors["viktar-sheiman"]
    assert actor.status.value == "curated" and "Q123" in (actor.found_by or "")
    for spelling in ("Шейман", "Sheyman", "Sheiman"):
        result = dossier("search", spelling, "--json", "-w", str(root))
        assert result.returncode == 0, result.stderr
        assert "viktar-sheiman" in [hit["id"] for hit in json.loads(result.stdout)], spelling


def test_a_name_already_in_the_workspace_is_pointed_out_for_review(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    extract = tmp_path / "x.ftm.json"
    extract.write_text(json.dumps({"id": "by", "schema": "Person", "properties": {"name": ["Lukashenko"]}}) + "\n")
    report = import_ftm(root, extract)
    assert report.created == ["lukashenko"]
    assert "a name is also that of: lukashenka" in (load_workspace(root).actors["lukashenko"].found_by or "")


def test_other_commands_do_not_import_followthemoney_or_stix2() -> None:
    probe = (
        "import sys, dossier.cli, dossier.commands.export, dossier.export.service, dossier.export.formats;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'followthemoney', 'stix2', 'stix2validator'}))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_workspace_is_left_alone_when_the_file_is_missing(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    before = tree_digest(root)
    result = dossier("import", str(tmp_path / "nope.ftm.json"), "-w", str(root))
    assert result.returncode == 2 and "no file" in result.stderr
    assert tree_digest(root) == before
    shutil.rmtree(root)
