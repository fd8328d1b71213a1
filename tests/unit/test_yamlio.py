"""The strict YAML reader: YAML 1.2 typing, refused constructs, and 1-based positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.yamlio import MAX_FILE_BYTES, YamlError, decode_yaml_bytes, dump_yaml, parse_yaml, read_yaml_bytes


def error_of(text: str) -> YamlError:
    with pytest.raises(YamlError) as info:
        parse_yaml(text)
    return info.value


def test_yaml_11_surprises_stay_as_written() -> None:
    data = parse_yaml("a: no\nb: on\nc: 2022-02-24\nd: 0755\ne: 1:20\nf: true\ng: 3\nh: ~\n").data
    assert data == {"a": "no", "b": "on", "c": "2022-02-24", "d": "0755", "e": "1:20", "f": True, "g": 3, "h": None}


def test_positions_are_one_based_for_keys_and_values() -> None:
    document = parse_yaml("id: x\nparticipants:\n  - actor: belarus\n    role: host\n")
    assert document.positions[("participants", 0, "actor")] == (3, 12)
    assert document.key_positions[("participants", 0, "role")] == (4, 5)
    assert document.position(("participants", 0, "missing")) == (3, 5)


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("a: 1\nb: 2\na: 3\n", 3, 1, "duplicate key 'a' (first set at line 1); keep one of them"),
        ("a: &x [1]\nb: *x\n", 1, 4, "anchors and aliases (&name, *name) are not allowed; write the value out"),
        (
            "a: !!python/object:os.system x\n",
            1,
            4,
            "unsupported tag 'tag:yaml.org,2002:python/object:os.system'; remove it",
        ),
        ("a: 1\n---\nb: 2\n", 2, 1, "a file holds one YAML document; remove the extra '---'"),
        ("a:\n  <<: {b: 1}\n", 2, 3, "merge keys (<<) are not allowed"),
        (
            "a: [1, 2\nb: 3\n",
            2,
            2,
            "did not find expected ',' or ']' (while parsing a flow sequence that starts at line 1, column 4)",
        ),
    ],
)
def test_refused_constructs_say_where_and_why(text: str, line: int, column: int, message: str) -> None:
    error = error_of(text)
    assert (error.line, error.column, error.message) == (line, column, message)


def test_tabs_in_indentation_get_a_hint() -> None:
    error = error_of("a:\n\t- b\n")
    assert error.line == 2
    assert "tabs are not allowed for indentation; use spaces" in error.message


def test_an_alias_bomb_is_refused_before_anything_expands() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    assert "anchors and aliases" in error_of(bomb).message


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    error = error_of("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert error.message == "nesting deeper than 64 levels"


def test_bom_and_crlf_are_read() -> None:
    assert parse_yaml("\ufeffa: 1\r\nb: two\r\n").data == {"a": 1, "b": "two"}


def test_bytes_that_are_not_utf8_or_text_are_named() -> None:
    with pytest.raises(YamlError) as info:
        decode_yaml_bytes(b"a: 1\nb: caf\xe9\n")
    assert (info.value.line, info.value.column) == (2, 7)
    assert info.value.message == "invalid UTF-8 byte 0xe9; save the file as UTF-8"
    with pytest.raises(YamlError, match="binary file"):
        decode_yaml_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(YamlError, match="at most 8 MiB"):
        decode_yaml_bytes(b"a: " + b"x" * (9 * 1024 * 1024))


def test_a_file_is_read_whole_even_when_it_holds_more_than_its_size_said(tmp_path: Path) -> None:
    # A file read while it grows, or one the system sizes as empty (as Linux does for /proc files).
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0
    assert read_yaml_bytes(status).startswith(b"Name:")
    exact = tmp_path / "exact.yaml"
    exact.write_bytes(b"a: 1\n" * 1000)
    assert read_yaml_bytes(exact) == b"a: 1\n" * 1000
    limit = tmp_path / "limit.yaml"
    limit.write_bytes(b"#" * MAX_FILE_BYTES)
    assert len(read_yaml_bytes(limit)) == MAX_FILE_BYTES
    limit.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(YamlError, match="at most 8 MiB"):
        read_yaml_bytes(limit)


def test_dump_round_trips_strings_that_look_like_other_types() -> None:
    data = {"a": "no", "b": "2022-02-24", "c": "0755", "d": "line one\nline two\n", "e": "x: y", "f": 3, "g": "true"}
    assert parse_yaml(dump_yaml(data)).data == data


# Strings whose emitting differs most between writers: kept and stripped blocks, hidden line breaks,
# YAML 1.1 look-alikes, leading and trailing spaces, quotes, non-Latin letters, control characters.
_AWKWARD = {
    "kept": "two blank lines follow\n\n\n",
    "indented": "\n  starts with a break, keeps the last two\n\n",
    "stripped": "no newline at the end\nof this",
    "hidden": "a line\u2028separator and a next-line\x85mark",
    "typed": ["yes", "Off", "0755", "1:30", "2022-02-24", "~", "null", ".inf"],
    "spaces": "  leading and trailing  ",
    "quotes": "'single' and \"double\" # not a comment",
    "letters": "Лукашенко 루카셴코 Łukaszenka",
    "control": "bell\x07 and tab\t inside",
    "long": "word " * 60,
}


@pytest.mark.parametrize("key", sorted(_AWKWARD))
def test_dump_writes_what_the_pure_python_emitter_writes_and_reads_back_the_same(key: str) -> None:
    import yaml

    from dossier.yamlio import _dump, _dumper

    # The fast (libyaml) writer must not change a byte of what analysts see in their files.
    for data in ({key: _AWKWARD[key]}, {"id": "x", key: _AWKWARD[key]}, {key: _AWKWARD[key], "by": "a: b"}, _AWKWARD):
        pure = _dump(data, _dumper(yaml.SafeDumper))
        assert dump_yaml(data) == pure
        assert parse_yaml(pure).data == data
