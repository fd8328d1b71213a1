"""`-w/--workspace` works on every command that takes a workspace, as `ingest` and `review` teach it.

A user who has just run `dossier ingest a.html -w ws` types `dossier check -w ws` next; that must
check `ws`, not fail with "unrecognized arguments".
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import make_workspace
from tests.unit.ingest_helpers import dossier


def test_check_takes_the_workspace_as_an_option_too(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    by_flag = dossier("check", "-w", str(root))
    by_position = dossier("check", str(root))
    assert by_flag.returncode == 0, by_flag.stderr
    assert by_flag.stdout == by_position.stdout
    assert by_flag.stdout.startswith(f"ok: {root}: 1 source, 3 actors")


def test_the_option_names_the_workspace_it_checks(tmp_path: Path) -> None:
    make_workspace(tmp_path / "good")
    broken = tmp_path / "broken"
    (broken / "actors").mkdir(parents=True)
    (broken / "actors" / "x.yaml").write_text("id: x\nname: [unclosed\n", encoding="utf-8")
    result = dossier("check", "--workspace", str(broken))
    assert result.returncode != 0
    assert "x.yaml" in result.stdout + result.stderr


def test_two_different_workspaces_are_refused_with_both_named(tmp_path: Path) -> None:
    result = dossier("check", str(tmp_path / "one"), "-w", str(tmp_path / "two"))
    assert result.returncode == 2
    assert "two workspaces given" in result.stderr
    assert "one" in result.stderr and "two" in result.stderr


def test_index_by_option_and_by_position_is_the_same_index(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    cache = {"DOSSIER_CACHE_DIR": str(tmp_path / "cache")}
    built = dossier("index", "-w", str(root), env=cache)
    assert built.returncode == 0, built.stderr
    assert "building the search index" in built.stdout
    again = dossier("index", str(root), env=cache)
    assert "the search index is up to date" in again.stdout


def test_a_folder_where_the_command_goes_opens_it_in_the_browser(tmp_path: Path) -> None:
    """`dossier my-dossier` is what a new user types after `dossier init my-dossier`: browse it."""
    from dossier.cli import build_parser, folder_means_browse

    root = make_workspace(tmp_path / "ws")
    parser = build_parser()
    args = parser.parse_args(folder_means_browse(parser, [str(root)]))
    assert (args.command, Path(args.workspace)) == ("browse", root)
    assert folder_means_browse(parser, ["check", str(root)]) == ["check", str(root)]  # commands stay commands
    assert folder_means_browse(parser, [str(tmp_path / "nowhere")]) == [str(tmp_path / "nowhere")]  # argparse says
