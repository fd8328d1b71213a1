"""STIX 2.1 out: the bundle passes `stix2-validator` with no errors (and only the two warnings
we explain), loads with the `stix2` library, keeps quotes' words, ranges and grades, and its
ids are the same in every export."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import stix2
from stix2validator import ValidationOptions, validate_instance

from dossier.export.formats import get_format
from dossier.export.service import render_stream
from dossier.paths import bundled_seeds
from dossier.workspace import load_workspace
from tests.conftest import write

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "export_workspace"
STAMP = "2024-05-01T12:00:00Z"
# Warnings that stay, and why (see the README): 103, our ids are UUIDv5 (deterministic, as asked)
# where STIX suggests v4; 302, a URL reference has no hash (we keep the extracted text, not the page).
EXPLAINED_WARNINGS = {"103", "302"}


def bundle_text(root: Path, stamp: str = STAMP, record_id: str | None = None) -> str:
    return "".join(render_stream(load_workspace(root), get_format("stix"), record_id, generated_at=stamp))


def validate(text: str) -> set[str]:
    """Validate with stix2-validator; fail on any error; return the warning codes."""
    result = validate_instance(json.loads(text), ValidationOptions(version="2.1"))
    assert result.is_valid, [str(error) for error in result.errors]
    assert not result.errors
    codes = {str(warning).split("}")[0].split("{")[-1] for warning in result.warnings}
    assert all(code.isdigit() for code in codes), result.warnings
    return codes


@pytest.mark.parametrize("root", [bundled_seeds(), FIXTURE], ids=["seeds", "fixture"])
def test_the_bundle_validates_and_loads_with_stix2(root: Path) -> None:
    text = bundle_text(root)
    assert validate(text) <= EXPLAINED_WARNINGS
    bundle = stix2.parse(text, allow_custom=False)  # no custom properties at all
    workspace = load_workspace(root)
    notes = [obj for obj in bundle.objects if obj.type == "note"]
    assert len(notes) == len(workspace.quotes) + len(workspace.events)
    actors = [obj for obj in bundle.objects if obj.type in ("identity", "location", "threat-actor")]
    assert len(actors) == len(workspace.actors) + 1  # and the producer
    assert all(obj.created_by_ref == bundle.objects[0].id for obj in bundle.objects[1:])


def test_quotes_keep_words_range_source_and_admiralty_confidence() -> None:
    workspace = load_workspace(FIXTURE)
    objects = {obj["id"]: obj for obj in json.loads(bundle_text(FIXTURE))["objects"]}
    by_content = {obj.get("content"): obj for obj in objects.values() if obj["type"] == "note"}
    quote = workspace.quotes["q-tanks-crossed"]
    note = by_content[quote.exact]
    assert note["confidence"] == 70  # credibility 2, "probably true", on the STIX appendix's Admiralty scale
    assert {"stance:asserts", "admiralty:C2"} <= set(note["labels"])
    url_ref, stored_ref = note["external_references"]
    assert url_ref["url"] == workspace.sources["kyiv-report"].url
    assert stored_ref["external_id"] == "kyiv-report"
    assert stored_ref["hashes"] == {"SHA-256": workspace.sources["kyiv-report"].sha256}
    assert stored_ref["description"].startswith(f"characters {quote.start}\u2013{quote.end} of the stored text")
    subjects = {objects[ref].get("name") or objects[ref].get("abstract") for ref in note["object_refs"]}
    assert subjects == {"Tanks cross the Senkivka checkpoint", "Belarus"}
    confidences = {
        q.credibility: by_content[q.exact].get("confidence") for q in workspace.quotes.values() if q.exact in by_content
    }
    expected = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: None}
    assert confidences == {grade: expected[grade] for grade in confidences}
    assert 6 in confidences or 5 in confidences


def test_actors_relations_and_states() -> None:
    objects = json.loads(bundle_text(FIXTURE))["objects"]
    named = {obj.get("name"): obj for obj in objects}
    assert named["Belarus"]["type"] == "location" and named["Belarus"]["country"] == "BY"
    person = named["Alyaksandr Lukashenka"]
    assert (person["type"], person["identity_class"]) == ("identity", "individual")
    assert "Also known as: Lukashenko; Лукашэнка; Лукашенко." in person["description"]
    leader = next(obj for obj in objects if obj["type"] == "relationship" and obj["labels"] == ["leader-of"])
    assert (leader["source_ref"], leader["target_ref"]) == (person["id"], named["Belarus"]["id"])
    assert leader["relationship_type"] == "related-to" and leader["start_time"] == "1994-01-01T00:00:00.000Z"


def test_an_actor_tagged_threat_actor_is_one_with_its_aliases(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    shutil.copytree(FIXTURE, root)
    write(root / "actors" / "wagner.yaml", "id: wagner\nname: Wagner Group\nkind: organization\n"
          "aliases: [PMC Wagner]\ntags: [threat-actor]\n")  # fmt: skip
    text = bundle_text(root)
    assert validate(text) <= EXPLAINED_WARNINGS
    actor = next(obj for obj in json.loads(text)["objects"] if obj.get("name") == "Wagner Group")
    assert (actor["type"], actor["aliases"]) == ("threat-actor", ["PMC Wagner"])


def test_ids_are_the_same_in_every_export_and_bytes_are_with_the_same_stamp() -> None:
    first, later = bundle_text(FIXTURE), bundle_text(FIXTURE, "2025-01-01T00:00:00Z")
    ids = [obj["id"] for obj in json.loads(first)["objects"]]
    assert ids == [obj["id"] for obj in json.loads(later)["objects"]]
    assert all(obj_id.split("--")[1][14] == "5" for obj_id in ids), "UUIDv5"
    assert first == bundle_text(FIXTURE)


def test_cli_writes_the_bundle_and_recognises_it_next_time(tmp_path: Path) -> None:
    out = tmp_path / "bundle.json"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1714564800"}
    command = [sys.executable, "-m", "dossier.cli", "export", "--format", "stix", "-o", str(out), "-w", str(FIXTURE)]
    first = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert first.returncode == 0, first.stderr
    assert stix2.parse(out.read_text(), allow_custom=False).type == "bundle"
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert again.stdout.startswith("unchanged:")
    other = tmp_path / "other.json"
    other.write_text('{"type": "bundle", "id": "bundle--0", "objects": []}')
    refused = subprocess.run([*command[:-4], "-o", str(other), "-w", str(FIXTURE)], capture_output=True, text=True)
    assert refused.returncode == 1 and "not a stix export" in refused.stderr


def test_one_event_exports_with_its_neighbours() -> None:
    text = bundle_text(FIXTURE, record_id="tanks-cross-senkivka")
    assert validate(text) <= EXPLAINED_WARNINGS
    names = {obj.get("name") or obj.get("abstract") for obj in json.loads(text)["objects"]}
    assert {"Tanks cross the Senkivka checkpoint", "Senkivka"} <= names
    assert "Mazyr" not in names
