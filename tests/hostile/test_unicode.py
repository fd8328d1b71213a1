"""Class 6, Unicode: spellings that look the same but differ, and text that hides or reorders.

An analyst cannot see the difference between "š" and "s" + combining caron, a Cyrillic "а"
in a Latin name, or a zero-width space; `dossier check` must see it for them and say so in
visible text. Right-to-left overrides are shown as tags, never obeyed.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.checks import check_workspace
from dossier.sanitize import cell_width, one_line
from dossier.search import SearchIndex
from dossier.workspace import load_workspace
from tests.conftest import SOURCE_TEXT, make_workspace
from tests.hostile.helpers import escape_bytes_in, no_traceback, run_dossier


def with_actor(tmp_path: Path, name: str, aliases: list[str] | None = None) -> list[str]:
    root = make_workspace(tmp_path / "ws")
    listed = "".join(f"  - {alias}\n" for alias in aliases or [])
    (root / "actors" / "minsk.yaml").write_text(
        f"id: minsk\nname: {name}\nkind: place\n" + (f"aliases:\n{listed}" if listed else ""), encoding="utf-8"
    )
    report = check_workspace(load_workspace(root))
    return [f"{problem.severity}: {problem}" for problem in report.problems]


def test_an_nfd_spelling_is_the_same_alias_as_the_nfc_one(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Lukašenka")
    assert nfd != "Lukašenka"
    root = make_workspace(tmp_path / "ws")
    (root / "actors" / "lukashenka.yaml").write_text(
        "id: lukashenka\nname: Alyaksandr Lukashenka\nkind: person\naliases: [Lukašenka]\n", encoding="utf-8"
    )
    (root / "actors" / "double.yaml").write_text(f"id: double\nname: {nfd}\nkind: person\n", encoding="utf-8")
    assert [str(p) for p in check_workspace(load_workspace(root)).problems] == [
        "actors/lukashenka.yaml:1:5: the name or alias 'lukašenka' is also claimed by actor 'double'; "
        "keep it on one actor only"
    ]


def test_a_zero_width_space_does_not_make_a_new_name(tmp_path: Path) -> None:
    problems = with_actor(tmp_path, "Bela\u200brus")
    assert problems == [
        "warning: actors/minsk.yaml:1:5: name: 'Bela<U+200B>rus' holds control or invisible characters (U+200B); "
        "remove them",
        "error: actors/minsk.yaml:1:5: the name or alias 'belarus' is also claimed by actor 'belarus'; "
        "keep it on one actor only",
    ]


def test_a_cyrillic_letter_inside_a_latin_name_is_named(tmp_path: Path) -> None:
    assert with_actor(tmp_path, "Minsk", ["Lukаshenka"]) == [
        "warning: actors/minsk.yaml:1:5: aliases[0]: 'Lukаshenka' mixes Cyrillic and Latin letters: "
        "а (CYRILLIC SMALL LETTER A); a look-alike spelling?"
    ]


def test_latin_letters_inside_a_cyrillic_name_are_named(tmp_path: Path) -> None:
    assert with_actor(tmp_path, "Мiнск") == [
        "warning: actors/minsk.yaml:1:5: name: 'Мiнск' mixes Cyrillic and Latin letters: "
        "i (LATIN SMALL LETTER I); a look-alike spelling?"
    ]


def test_real_names_in_other_scripts_are_not_flagged(tmp_path: Path) -> None:
    # Cyrillic on its own, a Latin/Cyrillic pair across a hyphen, Persian with its zero-width non-joiner.
    assert with_actor(tmp_path, "Мінск", ["Minsk-Мінск", "مینسک\u200cها", "Lukašenka"]) == []


def test_a_right_to_left_override_is_shown_and_flagged(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    (root / "actors" / "minsk.yaml").write_text('id: minsk\nname: "\\u202Eksnim"\nkind: place\n', encoding="utf-8")
    result = run_dossier("check", "ws", cwd=tmp_path)
    no_traceback(result)
    out = result.stdout.decode("utf-8")
    assert "\u202e" not in out
    assert out.splitlines() == [
        "ws/actors/minsk.yaml:1:5: warning: name: '<U+202E>ksnim' holds control or invisible characters (U+202E); "
        "remove them",
        "ok: ws: 1 source, 4 actors, 1 event, 2 quotes (2 anchored exactly)",
    ]
    assert load_workspace(root).actors["minsk"].name == "\u202eksnim"  # stored as written


def test_a_quote_in_nfc_against_a_source_in_nfd_says_why_it_does_not_anchor(tmp_path: Path) -> None:
    text = unicodedata.normalize("NFD", "Lukašenka said: Belarus stays neutral.\n") + SOURCE_TEXT
    root = make_workspace(tmp_path / "ws", text=text)
    quotes = root / "quotes" / "article.yaml"
    quotes.write_text(
        "- id: q-nfc\n  source: article\n  exact: Lukašenka said\n  start: 0\n  end: 14\n", encoding="utf-8"
    )
    problems = [str(p) for p in check_workspace(load_workspace(root)).problems]
    assert problems == [
        "quotes/article.yaml:1:7: quote 'q-nfc' is orphaned: its words occur in the source only with accents "
        "encoded differently (Unicode NFC vs NFD); copy `exact` from the source text"
    ]


def test_wide_characters_and_tabs_fold_to_one_line_for_a_cell() -> None:
    assert one_line("Лукашенко\t説明\r\n😀 [bold]x[/bold]\x1b[31m", 40) == "Лукашенко 説明 😀 [bold]x[/bold]␛[31m"
    assert one_line("ab\tcd", 4) == "ab …"


def test_source_text_with_every_kind_of_hidden_character_round_trips(tmp_path: Path) -> None:
    text = "A\u200bB\u202eC\u2066D\u00adE\U000e0041F\ufeffG\u0301H\n"
    root = make_workspace(
        tmp_path / "ws",
        text=text + "Lukashenka announced that he had agreed to keep Russian "
        "troops in Belarus. Lukashenko denied that Belarusian soldiers would be involved.\n",
    )
    workspace = load_workspace(root)
    stored = (root / "sources" / "article.txt").read_bytes()
    assert workspace.source_text("article").encode("utf-8") == stored
    assert hashlib.sha256(stored).hexdigest() == workspace.sources["article"].sha256
    assert escape_bytes_in(stored) == []


# -- search: a name is found however its letters were encoded ---------------------------------


@pytest.fixture(scope="module")
def spelled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder = tmp_path_factory.mktemp("spelled")
    root = make_workspace(folder / "ws")
    (root / "actors" / "lukashenka.yaml").write_text(
        "id: lukashenka\nname: Alyaksandr Lukašenka\nkind: person\n", encoding="utf-8"
    )
    decomposed = unicodedata.normalize("NFD", "Mazyr Čyhunka")
    hidden = "Homi\u00adel Re\u200bgion"  # a soft hyphen and a zero-width space, as pasted from a web page
    (root / "actors" / "mazyr.yaml").write_text(
        f'id: mazyr\nname: "{decomposed}"\nkind: place\naliases: ["{hidden}"]\n', encoding="utf-8"
    )
    index = SearchIndex.open(root, cache_dir=folder / "cache")
    yield index
    index.close()


@pytest.mark.parametrize(
    ("query", "first"),
    [
        (unicodedata.normalize("NFD", "Lukašenka"), "lukashenka"),  # typed decomposed, stored composed
        ("Čyhunka", "mazyr"),  # typed composed, stored decomposed
        ("Lukаšenka", "lukashenka"),  # a Cyrillic а inside the Latin name
        ("Luka\u200bšenka", "lukashenka"),  # a zero-width space pasted into the query
        ("Luka\u00adšenka", "lukashenka"),  # a soft hyphen
        ("\u202eLukašenka\u202c", "lukashenka"),  # a right-to-left override around it
        ("Homiel Region", "mazyr"),  # stored with invisible characters inside its words
    ],
    ids=["nfd-query", "nfd-data", "cyrillic-lookalike", "zero-width-query", "soft-hyphen", "rtl-override", "zw-data"],
)
def test_search_finds_a_name_however_its_letters_are_encoded(spelled: SearchIndex, query: str, first: str) -> None:
    results = spelled.search(query)
    assert results.error is None
    assert [hit.id for hit in results.hits][:1] == [first]


def test_a_cut_cell_counts_terminal_columns_not_characters() -> None:
    # Chinese and emoji take two columns each, combining accents none: a column stays a column.
    assert one_line("説明説明説明", 7) == "説明説…"
    assert one_line("😀😀😀", 4) == "😀…"
    assert one_line(unicodedata.normalize("NFD", "ééé"), 3) == unicodedata.normalize("NFD", "ééé")
    assert cell_width(one_line("Лукашенко 説明\tcell", 10)) <= 10


def test_search_rows_with_wide_titles_fit_the_terminal(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    (root / "actors" / "wide.yaml").write_text(
        "id: wide\nname: 白俄罗斯总统卢卡申科" + "说明" * 17 + " Minsk\nkind: person\n",
        encoding="utf-8",
    )
    result = run_dossier("search", "Minsk", "-w", "ws", cwd=tmp_path, env={"COLUMNS": "80"})
    no_traceback(result)
    lines = result.stdout.decode().splitlines()
    assert any("白俄罗斯" in line for line in lines)
    assert max(cell_width(line) for line in lines) <= 80
