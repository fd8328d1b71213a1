"""Class 1, terminal and markup: untrusted text is shown, never obeyed, and never changed on disk.

`dossier.sanitize` is the one boundary. These cases pin exactly what a user sees for each
hostile sequence, then run the real `dossier check` in a subprocess and read its raw bytes.
(The browser's own cases are in `test_terminal_tui.py`.)
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from pathlib import Path

import pytest

from dossier.sanitize import one_line, visible
from dossier.workspace import load_workspace
from tests.conftest import make_workspace
from tests.hostile.helpers import MARKUP_PAYLOADS, TERMINAL_PAYLOADS, escape_bytes_in, no_traceback, run_dossier

KINDS = "'person', 'state', 'organization', 'armed_force', 'media', 'place' or 'other'"


@pytest.mark.parametrize(("hostile", "shown"), TERMINAL_PAYLOADS.values(), ids=TERMINAL_PAYLOADS.keys())
def test_the_sanitiser_shows_each_sequence_as_visible_text(hostile: str, shown: str) -> None:
    assert visible(hostile) == shown
    assert one_line(f"before {hostile} after") == f"before {shown} after"


@pytest.mark.parametrize("markup", MARKUP_PAYLOADS)
def test_markup_is_plain_text_to_the_sanitiser(markup: str) -> None:
    # Escaping markup is the renderer's job (it must render Text, not markup strings);
    # the sanitiser must not mangle brackets that are part of a source's words.
    assert visible(markup) == markup


def test_every_control_and_invisible_format_character_is_replaced() -> None:
    dangerous = [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) in ("Cc", "Cf", "Cs", "Zl", "Zp") and chr(code) not in "\n\t"
    ]
    shown = visible("".join(dangerous))
    unsafe = ("Cc", "Cf", "Cs", "Zl", "Zp")
    survivors = sorted({f"U+{ord(ch):04X}" for ch in shown if unicodedata.category(ch) in unsafe})
    assert survivors == []


def test_bytes_that_are_not_utf8_are_shown_as_bytes() -> None:
    name = b"report-\xff\xfe.yaml".decode("utf-8", "surrogateescape")
    assert visible(name) == "report-<0xFF><0xFE>.yaml"


def test_one_line_folds_every_kind_of_break_and_tab_into_one_space() -> None:
    assert one_line("Minsk\r\nsays\tno\u2028more\x0b\x85now\x1b") == "Minsk says no more now␛"


# -- the real `dossier check` -----------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_check(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One workspace holding every payload as a bad `kind:` value, an unknown key and a file name."""
    root = make_workspace(tmp_path_factory.mktemp("hostile") / "ws")
    payloads = [hostile for hostile, _ in TERMINAL_PAYLOADS.values()] + MARKUP_PAYLOADS
    for index, hostile in enumerate(payloads):
        (root / "actors" / f"a{index}.yaml").write_text(
            f"id: a{index}\nname: Actor {index}\nkind: {json.dumps(hostile)}\n{json.dumps(hostile)}: 1\n",
            encoding="utf-8",
        )
    (root / "events" / "title\x1b]0;pwned\x07.yaml").write_text("id: x\n", encoding="utf-8")
    raw_name = b"bad-\xff\x9b2J.yaml"
    Path(os.fsdecode(os.path.join(os.fsencode(root / "events"), raw_name))).write_bytes(b"id: y\n")
    result = run_dossier("check", "ws", cwd=root.parent)
    no_traceback(result)
    assert result.returncode == 1
    return root, result.stdout.decode("utf-8")


def test_check_output_holds_no_escape_byte(hostile_check: tuple[Path, str]) -> None:
    _root, out = hostile_check
    assert escape_bytes_in(out.encode("utf-8")) == []


@pytest.mark.parametrize(("hostile", "shown"), TERMINAL_PAYLOADS.values(), ids=TERMINAL_PAYLOADS.keys())
def test_check_names_the_bad_value_as_visible_text(hostile_check: tuple[Path, str], hostile: str, shown: str) -> None:
    _root, out = hostile_check
    index = list(TERMINAL_PAYLOADS).index(next(k for k, v in TERMINAL_PAYLOADS.items() if v[0] == hostile))
    assert f"ws/actors/a{index}.yaml:3:7: error: kind: {shown!r} is not allowed here; expected {KINDS}" in out
    assert f"ws/actors/a{index}.yaml:4:1: error: unknown field '{shown}' (allowed: id, name, kind," in out


@pytest.mark.parametrize("markup", MARKUP_PAYLOADS)
def test_check_prints_markup_literally(hostile_check: tuple[Path, str], markup: str) -> None:
    _root, out = hostile_check
    index = len(TERMINAL_PAYLOADS) + MARKUP_PAYLOADS.index(markup)
    assert f"ws/actors/a{index}.yaml:3:7: error: kind: {markup!r} is not allowed here" in out


def test_check_shows_hostile_file_names_as_text(hostile_check: tuple[Path, str]) -> None:
    _root, out = hostile_check
    assert "ws/events/title␛]0;pwned␇.yaml:1:1: error: title: this required field is missing" in out
    assert "ws/events/bad-<0xFF><0x9B>2J.yaml:1:1: error: title: this required field is missing" in out


def test_a_hostile_workspace_argument_is_shown_as_text(tmp_path: Path) -> None:
    result = run_dossier("check", "missing\x1b[2J\x1b]0;x\x07", cwd=tmp_path)
    no_traceback(result)
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode("utf-8") == "dossier: no workspace folder at missing␛[2J␛]0;x␇\n"


def test_stored_text_stays_byte_exact(tmp_path: Path) -> None:
    hostile = "".join(h for h, _ in TERMINAL_PAYLOADS.values()) + "".join(MARKUP_PAYLOADS) + "\r\n\t\u2028end\n"
    root = make_workspace(
        tmp_path / "ws",
        text=hostile + "Lukashenka announced that he had agreed to keep "
        "Russian troops in Belarus. Lukashenko denied that Belarusian soldiers would be involved.\n",
    )
    workspace = load_workspace(root)
    assert workspace.source_text("article") == (root / "sources" / "article.txt").read_bytes().decode("utf-8")
    actor = workspace.actors["belarus"].model_copy(update={"name": hostile, "aliases": list(MARKUP_PAYLOADS)})
    workspace.save("actors", "belarus", actor)
    again = load_workspace(root)
    assert again.actors["belarus"].name == hostile
    assert again.actors["belarus"].aliases == MARKUP_PAYLOADS
    assert escape_bytes_in((root / "actors" / "belarus.yaml").read_bytes()) == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["export", "x\x1b]0;t\x07", "-w", "ws"],
            "dossier export: 'x␛]0;t␇' is not a valid id (lowercase letters, digits and single hyphens)\n",
        ),
        (["review", "-w", "ws\x1b[2J"], "dossier review: no workspace folder at ws␛[2J\n"),
        (["search", "x", "-w", "ws\x9b2J"], "dossier: no workspace folder at ws<U+009B>2J\n"),
    ],
    ids=["export-id", "review-workspace", "search-workspace"],
)
def test_hostile_command_line_arguments_come_back_as_text(tmp_path: Path, args: list[str], expected: str) -> None:
    make_workspace(tmp_path / "ws")
    result = run_dossier(*args, cwd=tmp_path)
    no_traceback(result)
    assert result.returncode in (1, 2)
    assert escape_bytes_in(result.stdout + result.stderr) == []
    assert result.stderr.decode("utf-8") == expected
