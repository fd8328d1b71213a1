"""Untrusted strings made safe to show: Textual `Content` built from plain text, never markup.

Everything from a workspace (names, quotes, snippets, source text, file names) passes through
here. `dossier.sanitize` first turns every control or invisible character into a visible
stand-in (Textual would pass escape sequences such as OSC 52 straight to the terminal), then
the text becomes `Content` from plain strings, so `[bold]` or `[@click=app.quit]` in a source
stays those characters. Styles are theme variables (`$dossier-match`), so themes apply.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual.content import Content

from dossier.sanitize import one_line, visible


def plain(text: str | None, *, limit: int | None = None) -> str:
    """One line of untrusted text, safe for any widget that takes a string (already markup-free)."""
    return one_line(text or "", limit)


def markup_literal(text: str | None, *, limit: int | None = None) -> str:
    """One line of untrusted text for the few Textual APIs that insist on a markup string
    (a command palette hit's `help`): every `[` escaped, so no tag, action or error can start.

    `textual.markup.escape` is not enough: it leaves `[/` and `[0]`, which still fail to parse.
    """
    return one_line(text or "", limit).replace("[", "\\[")


def safe(text: str | None, style: str = "", *, single_line: bool = True, limit: int | None = None) -> Content:
    """Untrusted text as styled Content."""
    shown = one_line(text or "", limit) if single_line else visible(text or "")
    return Content.styled(shown, style) if style else Content(shown)


def join(parts: Iterable[Content | str | tuple[str, str]], separator: str = "") -> Content:
    """Assemble pieces; bare strings here are our own labels, never workspace text."""
    pieces: list[Content | str | tuple[str, str]] = []
    for index, part in enumerate(parts):
        if index and separator:
            pieces.append(separator)
        pieces.append(part)
    return Content.assemble(*pieces)


def highlighted(text: str, spans: Sequence[tuple[int, int]], style: str, *, single_line: bool = True) -> Content:
    """Untrusted `text` with the character ranges `spans` styled (search matches, say).

    Each piece between span edges is sanitised on its own, so a stand-in that is longer
    than the character it replaces cannot shift the highlights.
    """
    edges = sorted({0, len(text), *(max(0, min(len(text), edge)) for span in spans for edge in span)})
    marked = [False] * len(edges)
    for position, edge in enumerate(edges[:-1]):
        marked[position] = any(start <= edge < end for start, end in spans)
    parts: list[str | tuple[str, str]] = []
    for position in range(len(edges) - 1):
        piece = text[edges[position] : edges[position + 1]]
        if single_line:
            # Line breaks in a snippet are layout, not content: fold them like one_line does.
            piece = piece.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
        shown = visible(piece, keep_newlines=not single_line, keep_tabs=not single_line)
        parts.append((shown, style) if marked[position] else shown)
    return Content.assemble(*parts)


DATE_QUALIFIERS = (("?", "uncertain"), ("~", "approximate"), ("%", "uncertain and approximate"))


def date_label(value: str | None) -> Content:
    """An EDTF date as analysts read it: the date, then what is doubtful about it, in words.

    `2022-02-28?` shows as `2022-02-28 (uncertain)`, `2022-02~` as `2022-02 (approximate)`,
    an interval as `2022-02-21 – 2022-02-22`, an unknown year as `XXXX-02-24 (year unknown)`.
    """
    if not value:
        return Content.styled("undated", "$text-muted")
    qualifiers = [word for mark, word in DATE_QUALIFIERS if mark in value]
    if "X" in value.upper():
        qualifiers.append("year unknown" if value.upper().startswith("XXXX") else "partly unknown")
    shown = value
    for mark, _word in DATE_QUALIFIERS:
        shown = shown.replace(mark, "")
    shown = shown.replace("/", " – ").replace("..", "…")
    parts: list[str | tuple[str, str]] = [one_line(shown)]
    if qualifiers:
        parts.append((f" ({', '.join(dict.fromkeys(qualifiers))})", "$dossier-uncertain italic"))
    return Content.assemble(*parts)
