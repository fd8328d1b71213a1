"""Hostile text in a workspace renders as the same characters in an export, and as nothing else.

A scraped article can hold raw HTML, `javascript:` and `data:` links, pipes that would break
a table, code fences, footnote references that collide with ours, Markdown headings and
lists behind a line break, link text that names one URL and goes to another, and terminal
control characters. Each is written into a real workspace (sources, quotes, names, titles,
roles, dates, notes, URL), exported, and the output parsed: its structure must be exactly
the intended one, and the text a reader sees must be the source's text.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

from dossier.export import escape
from dossier.export.service import export_all, export_dossier
from dossier.sanitize import one_line, visible
from dossier.workspace import load_workspace
from tests.unit.markdown_check import PARSER, inline_text, parse_export

STAMP = "2024-05-01T12:00:00Z"

PAYLOADS = {
    "html-script": "<script>alert(1)</script>",
    "html-img": '<img src=x onerror="alert(1)"> and <b>bold</b>',
    "html-block": "<div>\n\n**inside**\n\n</div>",
    "html-comment": "<!-- hidden --> <?php echo 1; ?> <![CDATA[x]]>",
    "entities": "&lt;b&gt; &#60;script&#62; &#x3C; &amp; AT&T",
    "js-link": "[click here](javascript:alert(1)) and <javascript:alert(1)>",
    "data-link": "[x](data:text/html;base64,PHNjcmlwdD4=) ![pixel](https://evil.example/p.png)",
    "hiding-link": "[https://good.example/](https://evil.example/) <https://evil.example/>",
    "reference-link": '[text][ref]\n[ref]: https://evil.example/ "title"',
    "pipes": "a | b | c\n--- | --- | ---\nd | e | f",
    "fences": "```python\nimport os\n```\n~~~\nx\n~~~",
    "indented": "intro\n\n    indented code\n\n\tand a tab",
    "code-span": "`code` and ``double `tick` ``",
    "footnote-ref": "as reported[^1] and [^q-js-link] and ^[inline note]",
    "footnote-def": "[^q-pipes]: a fake citation https://evil.example/",
    "line-breaks": "first\n# Heading\n===\n---\n> quoted\n- item\n1. one\n2) two\n+ plus\n* * *\n___",
    "emphasis": "*bold* _it_ **strong** ~~strike~~ $x^2$ \\*escaped\\*",
    "backslashes": "C:\\path\\ and a trailing backslash\\\nnext line  \nhard break?",
    "controls": "\x1b[31mred\x1b[0m \x07bell \x9b2J \u202egnp.exe \u200bzero\x00nul",
}

NAME = "<b>Boss</b> | *Chief* [^q-html-script] `x` #"
SUMMARY = "Line one\n# Heading\n\n```\nfence\n```\n<div>html</div>\n[^1]: fake\n| a | b |\n| - | - |\n| c | d |"
EVENT_TITLE = "Event <img src=x onerror=alert(1)> | pipe [link](javascript:x)"
DATE_TEXT = "Feb | 24 `x` <b>"
ROLE = "attacker | defender\n# role"
SOURCE_TITLE = "[Title](javascript:alert(1)) <script> | x"
SOURCE_URL = 'https://evil.example/path_(x)?q=<a>&b="c"&amp;d=1#frag'
ATTRIBUTION = "<b>an official</b> | [^1]"
AUTHOR = "Au\x1bthor"
PUBLISHER = "Pub | lisher *x* <i>"
RELATION_NOTE = "[evil](https://evil.example/) \x1b]8;;https://x\x07link"
TOWN = "Town ##\n==="
ALIAS_LINK = "[x](javascript:alert(1))"
ALIAS_HEADING = "# not a heading"
QUOTE_NOTE = "note with <b>html</b> | pipe"


def _q(value: str) -> str:
    return json.dumps(value)  # \u escapes: the strict reader refuses raw C1 controls


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    text, spans = "Hostile page\n\n", {}
    for name, payload in PAYLOADS.items():
        spans[name] = (len(text), len(text) + len(payload))
        text += payload + "\n\n"
    _write(root / "sources" / "page.txt", text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    _write(
        root / "sources" / "page.yaml",
        f"id: page\ntitle: {_q(SOURCE_TITLE)}\npublisher: {_q(PUBLISHER)}\n"
        f"author: {_q(AUTHOR)}\nurl: {_q(SOURCE_URL)}\npublished: 2022-02-24\nreliability: A\nsha256: {digest}\n",
    )
    _write(
        root / "actors" / "boss.yaml",
        f"id: boss\nname: {_q(NAME)}\nkind: person\naliases:\n  - {_q(ALIAS_LINK)}\n"
        f"  - {_q(ALIAS_HEADING)}\nsummary: {_q(SUMMARY)}\nrelations:\n  - type: ally-of\n    target: town\n"
        f"    note: {_q(RELATION_NOTE)}\n",
    )
    _write(root / "actors" / "town.yaml", f"id: town\nname: {_q(TOWN)}\nkind: place\n")
    _write(
        root / "events" / "clash.yaml",
        f"id: clash\ntitle: {_q(EVENT_TITLE)}\ndate: 2022-02-24\ndate_text: {_q(DATE_TEXT)}\nplace: town\n"
        f"participants:\n  - actor: boss\n    role: {_q(ROLE)}\n",
    )
    quotes = []
    for index, (name, (start, end)) in enumerate(spans.items()):
        quotes.append(
            f"- id: q-{name}\n  source: page\n  exact: {_q(text[start:end])}\n  start: {start}\n  end: {end}\n"
            f"  attributed_to: {_q('boss' if index % 2 else ATTRIBUTION)}\n  about: [boss, clash]\n"
            f"  stance: {'asserts' if index % 2 else 'denies'}\n  credibility: 2\n"
            f"  notes: {_q(QUOTE_NOTE)}\n"
        )
    _write(root / "quotes" / "page.yaml", "".join(quotes))
    workspace = load_workspace(root, use_cache=False)
    assert workspace.problems == [] and len(workspace.quotes) == len(PAYLOADS)
    return root


def _seen(text: str) -> str:
    """What a reader should see of `text`: its characters, controls made visible, spacing folded."""
    return " ".join(visible(text.replace("\t", " ")).split())


@pytest.mark.parametrize("record_id", ["boss", "clash"])
def test_quoted_words_render_as_written_and_nothing_else(hostile: Path, record_id: str) -> None:
    markdown = export_dossier(load_workspace(hostile), record_id, generated_at=STAMP)
    parsed = parse_export(markdown)
    quotes = parsed.blockquotes()
    assert [label for _, label in quotes] == [f"q-{name}" for name in PAYLOADS]
    for (words, label), payload in zip(quotes, PAYLOADS.values(), strict=True):
        assert " ".join(words.split()) == _seen(payload), label
    # The contradictions list repeats each quote inline, folded onto one line.
    items = [inline_text(t) for t in parsed.tokens if t.type == "inline" and inline_text(t).startswith("Asserts: ")]
    items += [inline_text(t) for t in parsed.tokens if t.type == "inline" and inline_text(t).startswith("Denies: ")]
    for payload in PAYLOADS.values():
        assert sum(f"\u201c{one_line(payload)}\u201d" in item for item in items) == 1, payload


def test_names_titles_and_cells_render_as_written(hostile: Path) -> None:
    workspace = load_workspace(hostile)
    actor = parse_export(export_dossier(workspace, "boss", generated_at=STAMP))
    assert actor.front_matter["title"] == one_line(NAME)
    heading = actor.tokens[actor.tokens.index(next(t for t in actor.tokens if t.tag == "h1")) + 1]
    assert inline_text(heading) == one_line(NAME)
    text = actor.text()
    assert "Aliases: [x](javascript:alert(1)); # not a heading" in text
    assert "Line one\n# Heading" in text and "| a | b |\n| - | - |\n| c | d |" in text
    assert "ally of Town ## ===: [evil](https://evil.example/) ␛]8;;https://x␇link" in text
    cells = _table_cells(actor)
    assert cells[0] == ["Date as written", "EDTF", "Event", "Place"]
    assert cells[1] == [one_line(DATE_TEXT), "2022-02-24", one_line(EVENT_TITLE), "Town ## ==="]

    event = parse_export(export_dossier(workspace, "clash", generated_at=STAMP))
    assert _table_cells(event)[1] == [one_line(NAME), one_line(ROLE)]
    notes = event.footnotes()
    # A quote holding `[^q-pipes]: ...` defines no footnote: each label's definition is ours.
    assert sorted(notes) == sorted(f"q-{name}" for name in PAYLOADS)
    assert all(note.startswith(f"\u201c{one_line(SOURCE_TITLE)}\u201d") for note in notes.values())
    assert notes["q-entities"].startswith(f"\u201c{one_line(SOURCE_TITLE)}\u201d, by Au␛thor, Pub | lisher *x* <i>")


def _table_cells(parsed) -> list[list[str]]:  # type: ignore[no-untyped-def]
    rows, row = [], None
    for token in parsed.tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(inline_text(token))
        elif token.type == "tr_close":
            rows.append(row)
            row = None
    return rows


def test_the_only_links_are_our_dossiers_and_the_validated_source_url(hostile: Path, tmp_path: Path) -> None:
    paths = export_all(load_workspace(hostile), tmp_path, generated_at=STAMP)
    hrefs: set[str] = set()
    for path in paths:
        parsed = parse_export(path.read_text(encoding="utf-8"))
        hrefs |= {str(token.attrs["href"]) for token in parsed.walk() if token.type == "link_open"}
    assert hrefs == {
        "boss.md",
        "clash.md",
        "town.md",
        "https://evil.example/path_%28x%29?q=%3Ca%3E&b=%22c%22&amp;d=1#frag",
    }


def test_no_control_or_bidi_character_reaches_the_file(hostile: Path, tmp_path: Path) -> None:
    for path in export_all(load_workspace(hostile), tmp_path, generated_at=STAMP):
        data = path.read_text(encoding="utf-8")
        assert not [ch for ch in data if (ord(ch) < 32 and ch != "\n") or 0x7F <= ord(ch) <= 0x9F], path.name
        assert "\u202e" not in data and "\u200b" not in data
    raw = "> ␛\\[31mred␛\\[0m ␇bell \\<U+009B>2J \\<U+202E>gnp.exe \\<U+200B>zero␀nul\n"
    assert raw in (tmp_path / "boss.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example/",
        "https://",
        "http://exa mple.com/",
        "https://[not-ipv6/",
        "",
        None,
    ],
)
def test_urls_that_are_not_http_are_never_links(value: str | None) -> None:
    assert escape.safe_url(value) is None
    rendered = PARSER.parse(escape.url_link(value))
    assert not [token for token in _all(rendered) if token.type == "link_open"]


def test_urls_are_normalised_so_the_link_text_is_the_target() -> None:
    assert escape.safe_url("HTTPS://Пример.example/путь?q=a b") == (
        "https://xn--e1afmkfd.example/%D0%BF%D1%83%D1%82%D1%8C?q=a%20b"
    )
    assert escape.safe_url("https://example.org/100%/x_(y)") == "https://example.org/100%25/x_%28y%29"


def _all(tokens):  # type: ignore[no-untyped-def]
    for token in tokens:
        yield token
        yield from _all(token.children or [])


ALPHABET = [
    *"\\`*_[]<>|~$&#;!()-+=:.^\"' \n\t\r",
    *"aZ9é",
    "&amp;",
    "&#x41;",
    "<a href=x>",
    "```",
    "~~~",
    "[^1]",
    "1.",
    "2)",
    "    ",
    "\n\n",
    "http://x.y/",
    "<http://x.y>",
    "\x1b",
    "\u202e",
]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 24)))


def test_random_markdown_soup_stays_plain_text() -> None:
    rng = random.Random(1)
    for _ in range(1500):
        text = _random_text(rng)
        seen = one_line(text)
        tokens = PARSER.parse(escape.inline(text))
        if seen:
            assert [token.type for token in tokens] == ["paragraph_open", "inline", "paragraph_close"], text
            assert {child.type for child in tokens[1].children or []} <= {"text"}, text
            assert inline_text(tokens[1]) == seen, text
        # In a table cell, between our own cells.
        row = escape.table_row(["left", escape.inline(text), "right"])
        table = PARSER.parse(f"| a | b | c |\n| --- | --- | --- |\n{row}\n")
        cells = [inline_text(token) for token in table if token.type == "inline"]
        assert cells == ["a", "b", "c", "left", seen, "right"], text
        # Inside a block quote, line breaks kept.
        quoted = "\n".join(f"> {line}" if line else ">" for line in escape.lines(text))
        tokens = PARSER.parse(quoted + "\n\nafter\n")
        kinds = {token.type for token in _all(tokens)}
        assert kinds <= {
            "blockquote_open",
            "blockquote_close",
            "paragraph_open",
            "paragraph_close",
            "inline",
            "text",
            "softbreak",
        }, text
        inner = [inline_text(t) for t in tokens if t.type == "inline"]
        assert inner[-1] == "after"
        assert " ".join(" ".join(inner[:-1]).split()) == " ".join(visible(text.replace("\t", " ")).split()), text


def test_the_ascii_fast_path_gives_what_sanitize_gives() -> None:
    rng = random.Random(2)
    alphabet = [chr(code) for code in range(0, 128)] + ["\u00e9", "\u202e", "\x9b", "\u2028"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 16)))
        assert escape._one_line(text) == one_line(text), repr(text)
        assert escape._visible(text) == visible(text), repr(text)
