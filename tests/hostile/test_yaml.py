"""Class 2, YAML: every malformed, surprising or hostile file is named by path, line and column.

Each case writes one file into a valid workspace and asserts the exact problem lines the
analyst sees (`load_workspace` + `check_workspace`, which `dossier check` prints), or, where
the file is fine, exactly what was read. The rest of the workspace always still loads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.checks import check_workspace
from dossier.workspace import load_workspace
from tests.conftest import make_workspace
from tests.hostile.helpers import no_traceback, run_dossier

ACTOR_FIELDS = "id, name, kind, aliases, summary, relations, tags, notes, status, found_by, confidence"
EDTF_EXAMPLES = "(examples: 2022-02-24, 2022-02-21/2022-02-22, 2022-02-28?, 2022-02~, XXXX-02-24)"


def problems_with(tmp_path: Path, relative: str, data: bytes) -> list[str]:
    root = make_workspace(tmp_path / "ws")
    (root / relative).write_bytes(data)
    workspace = load_workspace(root)
    # Nothing else is lost: the other files still load.
    assert {"lukashenka", "senkivka"} <= set(workspace.actors)
    return [str(problem) for problem in check_workspace(workspace).problems]


def loaded_actor(tmp_path: Path, data: bytes) -> dict[str, object]:
    root = make_workspace(tmp_path / "ws")
    (root / "actors" / "belarus.yaml").write_bytes(data)
    workspace = load_workspace(root)
    assert [str(problem) for problem in check_workspace(workspace).problems] == []
    return workspace.actors["belarus"].model_dump(mode="json", exclude_defaults=True)


CASES = [
    pytest.param(
        "events/tanks-cross.yaml",
        b"id: tanks-cross\ntitle: [unclosed\n",
        "events/tanks-cross.yaml:3:1: did not find expected ',' or ']' "
        "(while parsing a flow sequence that starts at line 2, column 8)",
        id="syntax-unclosed-bracket",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b'id: belarus\nname: "Belarus\nkind: state\n',
        "actors/belarus.yaml:4:1: found unexpected end of stream "
        "(while scanning a quoted scalar that starts at line 2, column 7)",
        id="syntax-unclosed-quote",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Belarus: the state\nkind: state\n",
        "actors/belarus.yaml:2:14: mapping values are not allowed in this context",
        id="syntax-colon-in-plain-value",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Belarus\nkind: state\naliases:\n\t- Byelorussia\n",
        "actors/belarus.yaml:5:1: found character that cannot start any token "
        "(tabs are not allowed for indentation; use spaces)",
        id="tab-indentation",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\r\nname: Belarus\r\nkind: state\r\ncolour: red\r\n",
        f"actors/belarus.yaml:4:1: unknown field 'colour' (allowed: {ACTOR_FIELDS})",
        id="crlf-line-numbers",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\rname: Belarus\rkind: state\rcolour: red\r",
        f"actors/belarus.yaml:4:1: unknown field 'colour' (allowed: {ACTOR_FIELDS})",
        id="old-mac-cr-line-numbers",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Belarus\nname: Belarus again\nkind: state\n",
        "actors/belarus.yaml:3:1: duplicate key 'name' (first set at line 2); keep one of them",
        id="duplicate-key",
    ),
    pytest.param(
        "events/tanks-cross.yaml",
        b"id: tanks-cross\ntitle: T\nparticipants:\n  - actor: belarus\n    role: host\n    role: guest\n",
        "events/tanks-cross.yaml:6:5: duplicate key 'role' (first set at line 5); keep one of them",
        id="duplicate-key-nested",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Belarus\nkind: state\ntags: [3.10]\n",
        "actors/belarus.yaml:4:8: tags[0]: expected text, found the number 3.1; put the value in quotes",
        id="yaml11-version-number-3.10",
    ),
    pytest.param(
        "events/tanks-cross.yaml",
        b"id: tanks-cross\ntitle: T\ndate: 2022-02-30\n",
        f"events/tanks-cross.yaml:3:7: date: '2022-02-30' is not an EDTF date {EDTF_EXAMPLES}",
        id="impossible-date",
    ),
    pytest.param(
        "events/tanks-cross.yaml",
        b"id: tanks-cross\ntitle: T\ndate: 24.02.2022\n",
        f"events/tanks-cross.yaml:3:7: date: '24.02.2022' is not an EDTF date {EDTF_EXAMPLES}",
        id="european-date",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Belarus\nkind: state\nsummary: " + b"[" * 200 + b"]" * 200 + b"\n",
        "actors/belarus.yaml:4:73: nesting deeper than 64 levels",
        id="deep-flow-nesting",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nsummary: " + b"[" * 200_000 + b"\n",
        "actors/belarus.yaml:2:73: nesting deeper than 64 levels",
        id="deep-nesting-200k-unclosed",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Belarus\nkind: state\nsummary:\n" + b"".join(b"  " * i + b"-\n" for i in range(1, 100)),
        "actors/belarus.yaml:68:129: nesting deeper than 64 levels",
        id="deep-block-nesting",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + b"".join(b"%c: &%c [" % (c, c) + b", ".join([b"*" + bytes([c - 1])] * 9) + b"]\n" for c in b"cdefghi"),
        "actors/belarus.yaml:1:4: anchors and aliases (&name, *name) are not allowed; write the value out",
        id="alias-expansion-bomb",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Belarus\nkind: state\nrelations:\n  - <<: {type: ally-of, target: lukashenka}\n",
        "actors/belarus.yaml:5:5: merge keys (<<) are not allowed",
        id="merge-key",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b'id: belarus\nname: Belarus\nkind: !!python/object/apply:os.system ["echo pwned"]\n',
        "actors/belarus.yaml:3:7: unsupported tag 'tag:yaml.org,2002:python/object/apply:os.system'; remove it",
        id="python-object-tag",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\n---\nid: other\n",
        "actors/belarus.yaml:2:1: a file holds one YAML document; remove the extra '---'",
        id="two-documents",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "actors/belarus.yaml:1:1: this is a binary file, not YAML text",
        id="binary-file",
    ),
    pytest.param(
        "actors/belarus.yaml",
        "id: belarus\nname: Belarus\nkind: state\n".encode("utf-16"),
        "actors/belarus.yaml:1:1: this file is saved as UTF-16; save it as UTF-8",
        id="utf16-file",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Bel\xe4rus\nkind: state\n",
        "actors/belarus.yaml:2:10: invalid UTF-8 byte 0xe4; save the file as UTF-8",
        id="latin1-byte",
    ),
    pytest.param(
        "actors/belarus.yaml",
        "id: belarus\nname: Лукашенко😀\x1b[2J\nkind: state\n".encode(),
        "actors/belarus.yaml:2:17: the character U+001B is not allowed in a YAML file; remove it, "
        "or write it as \\x1b inside double quotes",
        id="raw-escape-column-counts-characters",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Belarus\nkind: state\nsummary: " + b"a" * 9000 + b"\x00\n",
        "actors/belarus.yaml:4:9010: the character U+0000 is not allowed in a YAML file; remove it, "
        "or write it as \\x00 inside double quotes",
        id="nul-after-8k",
    ),
    pytest.param(
        "actors/belarus.yaml",
        "id: belarus\nname: Belarus\u2028kind: person\n".encode(),
        "actors/belarus.yaml:2:14: U+2028 is a line break to YAML that editors do not show; remove it, "
        "or write it as \\u2028 inside double quotes",
        id="hidden-line-separator",
    ),
    pytest.param(
        "actors/belarus.yaml",
        "id: belarus\nname: Belarus\x85kind: person\n".encode(),
        "actors/belarus.yaml:2:14: U+0085 is a line break to YAML that editors do not show; remove it, "
        "or write it as \\x85 inside double quotes",
        id="hidden-next-line",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Belarus\nkind: state\ntags: [" + b"9" * 5000 + b"]\n",
        "actors/belarus.yaml:4:8: a number of 5000 digits is too long; put it in quotes if it is text",
        id="integer-too-long",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"id: belarus\nname: Belarus\nkind: state\nrelations:\n"
        b"  - type: ally-of\n    target: lukashenka\n    sinse: 2020\n",
        "actors/belarus.yaml:7:5: relations[0]: unknown field 'sinse' (did you mean 'since'?)",
        id="unknown-nested-field",
    ),
    pytest.param(
        "actors/belarus.yaml",
        b"",
        "actors/belarus.yaml:1:1: expected a mapping of fields (id: ..., ...), found nothing",
        id="empty-file",
    ),
    pytest.param(
        "quotes/article.yaml",
        b"- just text\n",
        "quotes/article.yaml:1:3: [0]: expected a quote (id: ..., exact: ...), found the text 'just text'",
        id="quote-list-of-text",
    ),
]


@pytest.mark.parametrize(("relative", "data", "expected"), CASES)
def test_a_bad_file_is_named_by_line_and_column(tmp_path: Path, relative: str, data: bytes, expected: str) -> None:
    # How long each case takes (no bomb or deep nest may stall the loader) is measured by
    # benchmarks/hostile_bench.py: a clock has no place in a test on a shared machine.
    assert problems_with(tmp_path, relative, data) == [expected]


def test_a_100_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    with (root / "actors" / "huge.yaml").open("wb") as handle:
        handle.write(b"id: huge\nname: ")
        handle.seek(100 * 1024 * 1024)
        handle.write(b"x\n")
    workspace = load_workspace(root)
    assert [str(p) for p in workspace.problems] == [
        "actors/huge.yaml:1:1: file is 100 MiB; a dossier file may be at most 8 MiB"
    ]
    assert len(workspace.actors) == 3


def test_yaml_11_words_and_numbers_stay_as_written(tmp_path: Path) -> None:
    actor = loaded_actor(
        tmp_path, b"id: belarus\nname: no\nkind: state\naliases: [on, off, yes, n, 0755, 1:20, 2022-02-24, 012]\n"
    )
    assert actor["name"] == "no"
    assert actor["aliases"] == ["on", "off", "yes", "n", "0755", "1:20", "2022-02-24", "012"]


def test_an_unquoted_date_is_read_as_its_text(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    workspace = load_workspace(root)
    assert workspace.events["tanks-cross"].date == "2022-02-24"
    assert workspace.sources["article"].published == "2022-02-28"


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    assert loaded_actor(tmp_path, b"\xef\xbb\xbfid: belarus\nname: Belarus\nkind: state\n")["name"] == "Belarus"


def test_escapes_in_double_quotes_are_the_way_to_store_controls(tmp_path: Path) -> None:
    actor = loaded_actor(tmp_path, b'id: belarus\nname: Belarus\nkind: state\nsummary: "Bel\\x1b[2Jarus\\u2028"\n')
    assert actor["summary"] == "Bel\x1b[2Jarus\u2028"


def test_check_reports_a_bad_file_without_a_traceback(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    content = b"id: belarus\nname: Belarus\nkind: state\ntags: [" + b"9" * 5000 + b"]\n"
    (root / "actors" / "belarus.yaml").write_bytes(content)
    (root / "events" / "tanks-cross.yaml").write_bytes(b"\xff\xfe\x00\x00")
    result = run_dossier("check", "ws", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    assert result.stdout.decode().splitlines()[:2] == [
        "ws/actors/belarus.yaml:4:8: error: a number of 5000 digits is too long; put it in quotes if it is text",
        "ws/events/tanks-cross.yaml:1:1: error: this file is saved as UTF-16; save it as UTF-8",
    ]
