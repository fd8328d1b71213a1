"""Loading a workspace: every problem names its file, line and column; the rest still loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.checks import check_workspace
from dossier.workspace import load_workspace


def problems_of(root: Path) -> list[str]:
    return [str(problem) for problem in check_workspace(load_workspace(root)).problems]


def test_a_valid_workspace_loads_without_problems(workspace_dir: Path) -> None:
    workspace = load_workspace(workspace_dir)
    assert sorted(workspace.actors) == ["belarus", "lukashenka", "senkivka"]
    assert [quote.id for quote in workspace.quotes_about("lukashenka")] == ["q-agreed", "q-denied"]
    assert [event.id for event in workspace.events_of_actor("senkivka")] == ["tanks-cross"]
    assert problems_of(workspace_dir) == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "id: belarus\nname: Belarus\nkind: country\n",
            "actors/belarus.yaml:3:7: kind: 'country' is not allowed here; expected 'person', 'state', 'organization', "
            "'armed_force', 'media', 'place' or 'other'",
        ),
        (
            "id: belarus\nname: Belarus\nkind: state\nalias: [Byelorussia]\n",
            "actors/belarus.yaml:4:1: unknown field 'alias' (did you mean 'aliases'?)",
        ),
        (
            "id: belarus\nname: no\nkind: state\ntags: [1.5]\n",
            "actors/belarus.yaml:4:8: tags[0]: expected text, found the number 1.5; put the value in quotes",
        ),
        ("id: belarus\nkind: state\n", "actors/belarus.yaml:1:1: name: this required field is missing"),
        (
            "id: Belarus\nname: Belarus\nkind: state\n",
            "actors/belarus.yaml:1:5: id: 'Belarus' is not a valid id: use lowercase letters, digits "
            "and single hyphens, at most 80 characters",
        ),
        (
            "id: byelorussia\nname: Belarus\nkind: state\n",
            "actors/belarus.yaml:1:5: id 'byelorussia' does not match the file name 'belarus.yaml'; rename one of them",
        ),
        ("- id: belarus\n", "actors/belarus.yaml:1:1: expected a mapping of fields (id: ..., ...), found a list"),
        (
            "id: belarus\nname: Belarus\nname: Belarus again\nkind: state\n",
            "actors/belarus.yaml:3:1: duplicate key 'name' (first set at line 2); keep one of them",
        ),
    ],
)
def test_each_bad_file_is_reported_at_its_line(workspace_dir: Path, content: str, expected: str) -> None:
    (workspace_dir / "actors" / "belarus.yaml").write_text(content, encoding="utf-8")
    problems = problems_of(workspace_dir)
    assert problems == [expected]


def test_one_bad_file_does_not_stop_the_rest(workspace_dir: Path) -> None:
    (workspace_dir / "events" / "tanks-cross.yaml").write_text("id: tanks-cross\ntitle: [unclosed\n")
    workspace = load_workspace(workspace_dir)
    assert "tanks-cross" not in workspace.events
    assert len(workspace.actors) == 3 and len(workspace.quotes) == 2
    assert [str(p) for p in workspace.problems] == [
        "events/tanks-cross.yaml:3:1: did not find expected ',' or ']' "
        "(while parsing a flow sequence that starts at line 2, column 8)"
    ]


def test_impossible_dates_are_named(workspace_dir: Path) -> None:
    path = workspace_dir / "events" / "tanks-cross.yaml"
    path.write_text(path.read_text().replace("date: 2022-02-24", "date: 2022-02-30"))
    assert problems_of(workspace_dir)[0].startswith(
        "events/tanks-cross.yaml:3:7: date: '2022-02-30' is not an EDTF date"
    )


def test_dangling_and_wrong_kind_references(workspace_dir: Path) -> None:
    event = workspace_dir / "events" / "tanks-cross.yaml"
    event.write_text(
        event.read_text().replace("place: senkivka", "place: belarus").replace("actor: belarus", "actor: minsk")
    )
    assert problems_of(workspace_dir) == [
        "events/tanks-cross.yaml:1:5: participants[0].actor: no actor has the id 'minsk'",
        "events/tanks-cross.yaml:1:5: place: 'belarus' is a state, not a place (kind: place)",
    ]


def test_duplicate_ids_across_folders(workspace_dir: Path) -> None:
    (workspace_dir / "events" / "belarus.yaml").write_text("id: belarus\ntitle: Something\n")
    assert problems_of(workspace_dir) == [
        "events/belarus.yaml:1:5: duplicate id 'belarus': already used at actors/belarus.yaml:1; "
        "ids are unique across the workspace"
    ]


def test_an_alias_claimed_by_two_actors(workspace_dir: Path) -> None:
    (workspace_dir / "actors" / "belarus.yaml").write_text(
        "id: belarus\nname: Belarus\nkind: state\naliases: [LUKASHENKO]\n"
    )
    assert problems_of(workspace_dir) == [
        "actors/lukashenka.yaml:1:5: the name or alias 'lukashenko' is also claimed by actor 'belarus'; "
        "keep it on one actor only"
    ]


def test_a_changed_source_text_is_detected(workspace_dir: Path) -> None:
    text = workspace_dir / "sources" / "article.txt"
    text.write_text(text.read_text() + "An added line.\n")
    problems = problems_of(workspace_dir)
    assert len(problems) == 1 and problems[0].startswith(
        "sources/article.yaml:1:5: sha256 does not match sources/article.txt: the text changed after it was registered"
    )


def test_quotes_in_the_wrong_file_are_reported(workspace_dir: Path) -> None:
    quotes = workspace_dir / "quotes" / "article.yaml"
    quotes.rename(workspace_dir / "quotes" / "other.yaml")
    problems = problems_of(workspace_dir)
    assert problems[0] == (
        "quotes/other.yaml:2:11: quote 'q-agreed' names source 'article' but lives in other.yaml; "
        "quotes of a source belong in quotes/article.yaml"
    )


def test_ids_cannot_name_paths_outside_the_workspace(workspace_dir: Path) -> None:
    workspace = load_workspace(workspace_dir)
    for bad in ("../x", "/etc/passwd", "a/b", "x\x00y", ""):
        with pytest.raises(ValueError, match="not a valid id"):
            workspace.path_for("actors", bad)


def test_a_symlink_out_of_the_workspace_is_not_followed(workspace_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("id: outside\nname: Outside\nkind: other\n")
    (workspace_dir / "actors" / "outside.yaml").symlink_to(outside)
    workspace = load_workspace(workspace_dir)
    assert "outside" not in workspace.actors
    assert [str(p) for p in workspace.problems] == [
        "actors/outside.yaml:1:1: links to a file outside the workspace; not read"
    ]


def test_save_refuses_to_overwrite_an_edit_made_on_disk(workspace_dir: Path) -> None:
    from dossier.atomic import ConflictError

    workspace = load_workspace(workspace_dir)
    path = workspace_dir / "actors" / "belarus.yaml"
    path.write_text("id: belarus\nname: Belarus (edited by hand)\nkind: state\n")
    with pytest.raises(ConflictError, match="changed on disk since it was read"):
        workspace.save("actors", "belarus", workspace.actors["belarus"])
    assert "edited by hand" in path.read_text()


def test_save_writes_yaml_that_loads_back(workspace_dir: Path) -> None:
    workspace = load_workspace(workspace_dir)
    actor = workspace.actors["belarus"].model_copy(update={"aliases": ["Byelorussia", "no"]})
    workspace.save("actors", "belarus", actor)
    reloaded = load_workspace(workspace_dir)
    assert reloaded.actors["belarus"] == actor
    assert problems_of(workspace_dir) == []


def test_quotes_citing_the_same_ids_share_them_and_still_save_as_written(workspace_dir: Path) -> None:
    workspace = load_workspace(workspace_dir)
    first, second = sorted(workspace.quotes.values(), key=lambda quote: quote.id)
    # One copy of each id the quotes cite, not one per quote (memory at 100,000 quotes).
    assert first.source is second.source
    assert all(a is b for a, b in zip(first.about, second.about, strict=True))
    workspace.save("quotes", "article", [first, second])
    again = load_workspace(workspace_dir)
    assert [again.quotes[q.id].about for q in (first, second)] == [first.about, second.about]
    assert not again.problems
