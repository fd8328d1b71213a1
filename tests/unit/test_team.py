"""A workspace for a team in git: `dossier init`, `dossier check --changed`, and the pre-commit hook."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from dossier.paths import bundled_seeds

REPO = Path(__file__).resolve().parents[2]
LOCATION = re.compile(r"^\S+\.yaml:\d+:\d+: error: ", re.MULTILINE)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def dossier(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier.cli", *args], capture_output=True, text=True, timeout=180, cwd=cwd
    )


def git(root: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True, env=env).stdout


@pytest.fixture
def team_repo(tmp_path: Path) -> Path:
    """`dossier init`, the seeds copied in, all committed."""
    root = tmp_path / "team"
    assert dossier("init", str(root)).returncode == 0
    for folder in ("sources", "actors", "events", "quotes"):
        shutil.copytree(bundled_seeds() / folder, root / folder, dirs_exist_ok=True)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "seeds")
    return root


def test_init_makes_a_workspace_and_never_replaces_a_file(tmp_path: Path) -> None:
    root = tmp_path / "new"
    result = dossier("init", str(root))
    assert result.returncode == 0, result.stderr
    for folder in ("sources", "actors", "events", "quotes", "reviews", "schemas"):
        assert (root / folder).is_dir()
    readme = (root / "README.md").read_text()
    assert "| `sources/`" in readme and "dossier check --changed" in readme
    assert "sources/*.txt -text merge=binary" in (root / ".gitattributes").read_text()
    assert "exports/" in (root / ".gitignore").read_text()
    assert (root / "schemas" / "actor.schema.json").is_file()
    (root / "README.md").write_text("our own notes\n")
    again = dossier("init", str(root))
    assert again.returncode == 0 and "README.md" in again.stdout and "nothing to do" in again.stdout
    assert (root / "README.md").read_text() == "our own notes\n"
    assert dossier("check", str(root)).returncode == 0


def test_init_in_the_current_folder(tmp_path: Path) -> None:
    assert dossier("init", cwd=tmp_path).returncode == 0
    assert (tmp_path / ".gitattributes").is_file()


def test_source_texts_stay_byte_exact_through_git_even_with_autocrlf(team_repo: Path, tmp_path: Path) -> None:
    text = b"Line one\r\nLine two\nno final newline \r"
    (team_repo / "sources" / "crlf.txt").write_bytes(text)
    git(team_repo, "-c", "core.autocrlf=true", "add", "sources/crlf.txt")
    git(team_repo, "commit", "-qm", "a text with CRLF")
    clone = tmp_path / "clone"
    subprocess.run(["git", "-c", "core.autocrlf=true", "clone", "-q", str(team_repo), str(clone)], check=True)
    assert (clone / "sources" / "crlf.txt").read_bytes() == text
    attributes = git(clone, "check-attr", "text", "merge", "--", "sources/crlf.txt")
    assert "text: unset" in attributes and "merge: binary" in attributes


def test_check_changed_sees_only_what_git_reports(team_repo: Path) -> None:
    clean = dossier("check", "--changed", str(team_repo))
    assert clean.returncode == 0 and "nothing changed" in clean.stdout
    path = team_repo / "actors" / "belarus.yaml"
    path.write_text(path.read_text().replace("kind: state", "kind: [state"))
    git(team_repo, "rm", "-q", "actors/mazyr.yaml")
    result = dossier("check", "--changed", str(team_repo))
    assert result.returncode == 1
    assert re.search(r"/actors/belarus\.yaml:\d+:\d+: error: ", result.stdout)
    # Deleting an actor that others name is caught where they name it.
    assert re.search(
        r"/quotes/[^:]+\.yaml:\d+:\d+: error: about\[\d+\]: no actor or event has the id 'mazyr'", result.stdout
    )
    assert "checked 2 changed files" in result.stdout


def test_check_changed_reanchors_only_changed_quotes(team_repo: Path) -> None:
    quotes = team_repo / "quotes" / "why-belarus-supports-russia-2022-02.yaml"
    data = quotes.read_text()
    first_start = re.search(r"start: (\d+)", data)
    assert first_start
    quotes.write_text(data.replace(first_start.group(0), f"start: {int(first_start.group(1)) + 1}", 1))
    result = dossier("check", "--changed", str(team_repo))
    assert result.returncode == 1
    assert re.search(r"/quotes/why-belarus-supports-russia-2022-02\.yaml:\d+:\d+: error: ", result.stdout)


def test_check_changed_outside_git_says_so(tmp_path: Path) -> None:
    assert dossier("init", str(tmp_path / "ws")).returncode == 0
    result = dossier("check", "--changed", str(tmp_path / "ws"))
    assert result.returncode == 2 and "not inside a git repository" in result.stderr


def test_the_pre_commit_hook_fails_a_commit_of_broken_yaml_with_path_line_column(team_repo: Path) -> None:
    """Run the hook as pre-commit does: its entry and args, in the repository's root, on what is staged."""
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "dossier-check" and hook["pass_filenames"] is False
    assert re.search(hook["files"], "actors/belarus.yaml") and re.search(hook["files"], "sources/x.txt")
    command = [*shlex.split(hook["entry"]), *hook["args"]]
    assert command[0] == "dossier"
    run = [sys.executable, "-m", "dossier.cli", *command[1:]]
    ok = subprocess.run(run, cwd=team_repo, capture_output=True, text=True, timeout=180)
    assert ok.returncode == 0, ok.stdout + ok.stderr

    (team_repo / "actors" / "broken.yaml").write_text("id: broken\nname: Broken\nkind: person\naliases: [one, two\n")
    git(team_repo, "add", "actors/broken.yaml")
    failed = subprocess.run(run, cwd=team_repo, capture_output=True, text=True, timeout=180)
    assert failed.returncode == 1
    assert LOCATION.search(failed.stdout), failed.stdout
    assert "./actors/broken.yaml:5:1: error: did not find expected ',' or ']'" in failed.stdout
