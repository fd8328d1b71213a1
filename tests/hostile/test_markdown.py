"""Class 3, Markdown export: hostile text renders as its own characters, and as nothing else.

The real `dossier export --all` writes the files (a subprocess, as a user runs it); each is
rendered to HTML the way GitHub-flavoured renderers do (CommonMark, raw HTML on, tables and
footnotes), and the HTML a reader's browser would get is checked: only the elements an
export is made of, only links to our dossiers and validated http(s) URLs, and the hostile
text shown character for character.
"""

from __future__ import annotations

import html
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from dossier.sanitize import one_line
from tests.conftest import make_workspace
from tests.hostile.helpers import escape_bytes_in, no_traceback, run_dossier

RENDERER = MarkdownIt("commonmark", {"html": True}).enable("table").use(front_matter_plugin).use(footnote_plugin)
ALLOWED_TAGS = {
    "h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "a", "blockquote", "table", "thead", "tbody",
    "tr", "th", "td", "code", "sup", "section", "hr",
}  # fmt: skip

# name -> (field, hostile text). Each becomes one actor whose `field` holds the text.
CASES: dict[str, tuple[str, str]] = {
    "html-script": ("name", "<script>alert(1)</script>"),
    "html-img-onerror": ("summary", '<img src=x onerror="alert(1)"> <iframe src="https://evil.example">'),
    "html-block": ("summary", "<div>\n\n**bold inside**\n\n</div>"),
    "entities": ("name", "&lt;b&gt;AT&T&#x3C;script&#62;"),
    "javascript-link": ("summary", "[click me](javascript:alert(1)) <javascript:alert(1)>"),
    "data-link": ("summary", "![pixel](data:image/png;base64,iVBORw0K) [x](data:text/html;base64,PHNjcmlwdD4=)"),
    "hiding-link": ("summary", "[https://good.example/](https://evil.example/) <https://evil.example/>"),
    "reference-link": ("summary", '[the report][r]\n\n[r]: https://evil.example/ "Official"'),
    "pipes": ("name", "a | b | c"),
    "code-fence": ("summary", "```sh\nrm -rf ~\n```\n~~~\nx\n~~~"),
    "indented-code": ("summary", "intro\n\n    indented\n\n\ttabbed"),
    "footnote-collision": ("summary", "see [^q-agreed]\n\n[^q-agreed]: a forged citation"),
    "heading-injection": ("summary", "fine\n# Injected heading\nSetext heading\n===\n---\n> quoted\n- item\n1. first"),
    "front-matter-break": ("name", "Name\n---\nrecord: event\n---"),
    "emphasis-and-strike": ("name", "*not em* __not strong__ ~~not struck~~ $x$"),
    "wide-and-tabs": ("name", "説明\tЛукашенко😀\t|\tend"),
}


def actor_id(case: str) -> str:
    return "h-" + case


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("export")
    root = make_workspace(folder / "ws")
    for case, (field, text) in CASES.items():
        fields = {"id": actor_id(case), "name": f"Hostile {case}", "kind": "other", field: text}
        # Not ensure_ascii: YAML does not take JSON's surrogate-pair escapes for emoji.
        body = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in fields.items())
        (root / "actors" / f"{actor_id(case)}.yaml").write_text(body, encoding="utf-8")
    # Give the wide-and-tabs actor a timeline, so its name is also a table cell.
    event = root / "events" / "tanks-cross.yaml"
    event.write_text(event.read_text() + '  - actor: h-wide-and-tabs\n    role: "x\\t|\\ty"\n')
    source = root / "sources" / "article.yaml"
    source.write_text(source.read_text() + 'url: "https://bank.example@evil.example/(x)[y]"\n')
    result = run_dossier("export", "--all", "-o", "out", "-w", "ws", cwd=folder, env={"SOURCE_DATE_EPOCH": "0"})
    no_traceback(result)
    assert result.returncode == 0, result.stderr.decode()
    return folder / "out", result.stdout.decode()


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._stack.append(tag)
        for name, value in attrs:
            self.attributes.append((name, value or ""))
            if tag == "a" and name == "href":
                self.hrefs.append(value or "")

    def handle_endtag(self, tag: str) -> None:
        if self._stack:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def rendered(out: Path, case: str) -> tuple[str, _Html]:
    markdown = (out / f"{actor_id(case)}.md").read_text(encoding="utf-8")
    page = RENDERER.render(markdown)
    parser = _Html()
    parser.feed(page)
    return page, parser


def first(page: str, tag: str) -> str:
    start = page.index(f"<{tag}>") + len(tag) + 2
    return html.unescape(page[start : page.index(f"</{tag}>", start)])


def paragraph_after_list(page: str) -> str:
    """The summary: the first paragraph after the facts list under the title."""
    start = page.index("</ul>")
    return html.unescape(page[page.index("<p>", start) + 3 : page.index("</p>", start)])


@pytest.mark.parametrize("case", CASES)
def test_the_page_has_only_export_elements_and_safe_links(exported: tuple[Path, str], case: str) -> None:
    out, _stdout = exported
    page, parser = rendered(out, case)
    assert parser.tags <= ALLOWED_TAGS, page
    assert [name for name, _ in parser.attributes if name.startswith("on") or name in ("src", "style")] == []
    for href in parser.hrefs:
        assert href.startswith(("https://", "#fn")) or href.endswith(".md"), href
    assert page.count("<h1>") == 1


@pytest.mark.parametrize("case", [case for case, (field, _) in CASES.items() if field == "name"])
def test_a_hostile_name_is_the_title_character_for_character(exported: tuple[Path, str], case: str) -> None:
    out, _stdout = exported
    page, _parser = rendered(out, case)
    assert first(page, "h1") == one_line(CASES[case][1])


@pytest.mark.parametrize(
    ("case", "shown"),
    [
        ("html-img-onerror", '<img src=x onerror="alert(1)"> <iframe src="https://evil.example">'),
        ("html-block", "<div>"),
        ("javascript-link", "[click me](javascript:alert(1)) <javascript:alert(1)>"),
        ("data-link", "![pixel](data:image/png;base64,iVBORw0K) [x](data:text/html;base64,PHNjcmlwdD4=)"),
        ("hiding-link", "[https://good.example/](https://evil.example/) <https://evil.example/>"),
        ("reference-link", "[the report][r]"),
        ("code-fence", "```sh\nrm -rf ~\n```\n~~~\nx\n~~~"),
        ("footnote-collision", "see [^q-agreed]"),
        ("heading-injection", "fine\n# Injected heading\nSetext heading\n===\n---\n> quoted\n- item\n1. first"),
    ],
)
def test_a_hostile_summary_reads_as_written(exported: tuple[Path, str], case: str, shown: str) -> None:
    out, _stdout = exported
    page, _parser = rendered(out, case)
    assert paragraph_after_list(page) == shown


def test_a_forged_footnote_is_text_and_the_real_ones_are_untouched(exported: tuple[Path, str]) -> None:
    out, _stdout = exported
    page, _parser = rendered(out, "footnote-collision")
    assert "<p>[^q-agreed]: a forged citation</p>" in page
    assert 'class="footnotes"' not in page  # this actor has no quotes, so no footnotes at all
    # An actor with two quotes has exactly its two footnotes, whatever other pages hold.
    lukashenka = RENDERER.render((out / "lukashenka.md").read_text(encoding="utf-8"))
    assert lukashenka.count('class="footnote-item"') == 2


def test_the_source_url_is_shown_as_its_own_target_without_a_user_name(exported: tuple[Path, str]) -> None:
    # "https://bank.example@evil.example/" reads as the bank and goes to evil.example: the user
    # part is dropped (it could also be a password), so text and target both say evil.example.
    out, _stdout = exported
    page = RENDERER.render((out / "lukashenka.md").read_text(encoding="utf-8"))
    parser = _Html()
    parser.feed(page)
    external = {href for href in parser.hrefs if href.startswith("http")}
    assert external == {"https://evil.example/%28x%29%5By%5D"}
    link = '<a href="https://evil.example/%28x%29%5By%5D">https://evil.example/%28x%29%5By%5D</a>'
    assert link in page
    assert "bank.example" not in page


def test_wide_characters_tabs_and_pipes_stay_inside_their_table_cell(exported: tuple[Path, str]) -> None:
    out, _stdout = exported
    page = RENDERER.render((out / "tanks-cross.md").read_text(encoding="utf-8"))
    rows = [row for row in page.split("<tr>") if "Лукашенко" in row]
    assert len(rows) == 1
    cells = [html.unescape(cell.split("</td>")[0]) for cell in rows[0].split("<td>")[1:]]
    assert any("説明 Лукашенко😀 | end" in cell for cell in cells), cells
    header = page.split("<tr>")[1]
    assert len(cells) == header.count("<th>")


def test_export_output_and_files_hold_no_escape_byte(exported: tuple[Path, str], tmp_path: Path) -> None:
    out, stdout = exported
    assert stdout.startswith("exported ")
    for path in out.iterdir():
        assert escape_bytes_in(path.read_bytes()) == [], path.name
    root = out.parent / "ws"
    name = root / "actors" / "h-html-script.yaml"
    name.write_text('id: h-html-script\nname: "\\e]52;c;cm0=\\a\\x9b2J"\nkind: other\n', encoding="utf-8")
    result = run_dossier("export", "h-html-script", "-w", str(root), cwd=tmp_path)
    no_traceback(result)
    assert escape_bytes_in(result.stdout) == []
    assert "\n# ␛\\]52;c;cm0=␇\\<U+009B>2J\n" in result.stdout.decode()


def test_export_never_overwrites_a_file_it_did_not_write(exported: tuple[Path, str], tmp_path: Path) -> None:
    out, _stdout = exported
    mine = tmp_path / "notes.md"
    mine.write_text("# My own notes\n")
    result = run_dossier("export", "lukashenka", "-o", str(mine), "-w", str(out.parent / "ws"), cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    assert mine.read_text() == "# My own notes\n"
    assert result.stderr.decode().startswith("dossier export: ")
