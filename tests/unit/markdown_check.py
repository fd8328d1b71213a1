"""Parse exported Markdown as a renderer would, and check it has exactly the structure intended.

The parser is markdown-it-py's CommonMark preset (raw HTML enabled, as CommonMark has it)
with GFM tables, footnotes and front matter: what GitHub, GitLab and most static site
generators understand. The checks are what must hold for any export, whatever its input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from dossier.model import ID_PATTERN

PARSER = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)
DOSSIER_LINK = re.compile(ID_PATTERN.removesuffix("$") + r"\.md$")
FORBIDDEN = {"html_inline", "html_block", "image", "code_block", "fence", "hr", "hardbreak"}


@dataclass
class Parsed:
    tokens: list[Token]
    env: dict
    front_matter: dict

    def walk(self) -> Iterator[Token]:
        yield from _walk(self.tokens)

    def headings(self, level: int) -> list[str]:
        tag = f"h{level}"
        return [
            self.tokens[index + 1].content
            for index, token in enumerate(self.tokens)
            if token.type == "heading_open" and token.tag == tag
        ]

    def blockquotes(self) -> list[tuple[str, str | None]]:
        """Each block quote's rendered text, and the footnote label of the paragraph after it."""
        found = []
        for index, token in enumerate(self.tokens):
            if token.type != "blockquote_open":
                continue
            depth, end = 0, index
            for end in range(index, len(self.tokens)):
                kind = self.tokens[end].type
                depth += kind == "blockquote_open"
                depth -= kind == "blockquote_close"
                if depth == 0:
                    break
            paragraphs = [inline_text(t) for t in self.tokens[index:end] if t.type == "inline"]
            label = None
            following = self.tokens[end + 2] if end + 2 < len(self.tokens) else None
            if following is not None and following.type == "inline":
                refs = [child.meta["label"] for child in following.children or [] if child.type == "footnote_ref"]
                label = refs[-1] if refs else None
            found.append(("\n\n".join(paragraphs), label))
        return found

    def footnotes(self) -> dict[str, str]:
        """Footnote label -> the rendered text of its definition."""
        notes: dict[str, str] = {}
        label = None
        for token in self.tokens:
            if token.type == "footnote_open":
                label = token.meta["label"]
            elif token.type == "inline" and label is not None:
                notes[label] = notes.get(label, "") + inline_text(token)
            elif token.type == "footnote_close":
                label = None
        return notes

    def text(self) -> str:
        """Everything a reader sees, one block per line."""
        return "\n".join(inline_text(token) for token in self.tokens if token.type == "inline")


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def inline_text(token: Token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append("\n")
    return "".join(parts)


def _link_spans(tokens: list[Token]) -> Iterator[tuple[str, str]]:
    """(href, rendered link text) for every link."""
    for token in _walk(tokens):
        if token.type != "inline":
            continue
        children = token.children or []
        for index, child in enumerate(children):
            if child.type != "link_open":
                continue
            text = []
            for inner in children[index + 1 :]:
                if inner.type == "link_close":
                    break
                text.append(inner.content)
            yield str(child.attrs.get("href", "")), "".join(text)


def parse_export(markdown: str) -> Parsed:
    """Parse an export and assert the structure every export must have; return the parse."""
    env: dict = {}
    tokens = PARSER.parse(markdown, env)
    assert tokens and tokens[0].type == "front_matter", "an export starts with YAML front matter"
    front = yaml.safe_load(tokens[0].content)
    assert isinstance(front, dict) and front.get("dossier-export") == 1
    assert sum(token.type == "front_matter" for token in tokens) == 1

    kinds = {token.type for token in _walk(tokens)}
    assert not kinds & FORBIDDEN, f"unintended Markdown structure: {sorted(kinds & FORBIDDEN)}"
    assert not {kind for kind in kinds if kind.startswith(("s_", "em_", "strong_"))} - {"strong_open", "strong_close"}

    for href, text in _link_spans(tokens):
        if DOSSIER_LINK.fullmatch(href):
            continue
        assert re.fullmatch(r"https?://[^\s<>\"]+", href), f"link to {href!r} is not http(s)"
        assert text == href, f"link text {text!r} hides its target {href!r}"

    # Tables: every row has the header's number of cells.
    for index, token in enumerate(tokens):
        if token.type != "table_open":
            continue
        widths, cells = [], 0
        for inner in tokens[index + 1 :]:
            if inner.type == "table_close":
                break
            if inner.type == "tr_open":
                cells = 0
            elif inner.type in ("th_open", "td_open"):
                cells += 1
            elif inner.type == "tr_close":
                widths.append(cells)
        assert len(set(widths)) == 1, f"table rows have different cell counts: {widths}"

    # Footnotes: each reference has a definition and each definition is referenced.
    refs = {token.meta["label"] for token in _walk(tokens) if token.type == "footnote_ref"}
    defined = {key.removeprefix(":") for key in env.get("footnotes", {}).get("refs", {})}
    assert refs == defined, f"footnote references {sorted(refs)} do not match definitions {sorted(defined)}"
    return Parsed(tokens, env, front)
