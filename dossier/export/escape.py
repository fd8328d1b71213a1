"""Escaping untrusted text for CommonMark: the one place where source words are made inert.

Everything a source or an analyst wrote (quotes, titles, names, summaries, publishers,
URLs) passes through here before it becomes Markdown, so that a renderer shows the same
characters and nothing else: no raw HTML or entities, no links or images, no emphasis or
code spans, no table cell split by a `|`, no footnote reference, and no heading, list,
block quote, code fence or thematic break started by a line break inside a quote. Control,
bidi and invisible characters are first turned into visible stand-ins by
`dossier.sanitize`, the same boundary the terminal uses, so an export can also be printed.

The escaping is deliberately a little wider than CommonMark needs (`~` and `$`, which
GitHub reads as strikethrough and maths; `|` everywhere, which GFM reads as a table row),
because exports are read on GitHub and GitLab as often as through markdown-it.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

from dossier.model import ID_RE
from dossier.sanitize import one_line, visible

# ASCII punctuation that starts an inline construct anywhere in a line. CommonMark lets any
# ASCII punctuation be backslash-escaped and renders it as the bare character.
_INLINE = re.compile(r"([\\`*_\[\]<|~$])")
# `&` only where it would start an entity (`&amp;`, `&#60;`, `&#x3C;`): escaping every `&`
# would make "AT&T" read badly in the raw file for no gain.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What may open a block at the start of a line: headings, block quotes, list bullets,
# setext underlines and thematic breaks, fences, tables, definition lists.
_LINE_START = re.compile(r"^([#>+\-=:])")
# An ordered list item: up to nine digits and `.` or `)`.
_ORDERED = re.compile(r"^(\d{1,9})([.)])")


_ANY_INLINE = re.compile(r"[\\`*_\[\]<|~$&]")


def _escape_inline(text: str) -> str:
    if not _ANY_INLINE.search(text):
        return text  # most names and sentences: nothing to do
    text = _INLINE.sub(r"\\\1", text)
    return _ENTITY.sub(r"\\&", text)


def _escape_line_start(line: str) -> str:
    if not line or not (line[0] in "#>+-=:" or line[0].isdigit()):
        return line
    line = _LINE_START.sub(r"\\\1", line)
    return _ORDERED.sub(r"\1\\\2", line)


# In ASCII text the only characters `sanitize` would replace are these (tab and newline are
# handled by the callers). Checking for them first skips `sanitize`'s full Unicode scan for
# most text, which matters when a whole workspace is exported.
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _one_line(text: str) -> str:
    """`sanitize.one_line`, faster for plain ASCII text (the same result)."""
    folded = " ".join(text.split())
    if folded.isascii() and not _ASCII_CONTROLS.search(folded):
        return folded
    return one_line(text)


def _visible(text: str) -> str:
    """`sanitize.visible`, faster for plain ASCII text (the same result)."""
    if text.isascii() and not _ASCII_CONTROLS.search(text):
        return text
    return visible(text)


def inline(text: str) -> str:
    """One line of inert Markdown for `text`: whitespace folded, controls made visible.

    Safe anywhere inline, including at the start of a line and in a table cell.
    """
    return _escape_line_start(_escape_inline(_one_line(text)))


def lines(text: str) -> list[str]:
    """Inert Markdown lines for multi-line `text` (a quote, a summary), paragraphs kept.

    Line breaks stay line breaks, a blank line stays a paragraph break; leading and trailing
    spaces of each line go, since Markdown would read them as indented code or a hard break.
    The result never contains two blank lines in a row and never starts or ends with one.
    """
    result: list[str] = []
    for raw in _visible(text.replace("\t", " ")).split("\n"):
        line = raw.strip()
        if not line:
            if result and result[-1]:
                result.append("")
            continue
        result.append(_escape_line_start(_escape_inline(line)))
    while result and not result[-1]:
        result.pop()
    return result


def code(text: str) -> str:
    """`text` as a code span, for values of a known form (EDTF dates, ids).

    Anything with a backtick or a pipe (which splits a GFM table cell even inside a code
    span) is not of that form and is written as plain inert text instead.
    """
    text = one_line(text)
    if not text or "`" in text or "|" in text:
        return inline(text)
    return f"`{text}`"


def safe_url(value: str | None) -> str | None:
    """An http(s) URL fit for a Markdown link destination, or None when it is not one.

    The host is shown as IDNA (punycode), so a look-alike domain cannot pass for another;
    every character that Markdown or a browser could misread is percent-encoded.
    """
    if not value:
        return None
    try:
        parts = urlsplit(value.strip())
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None
    if not re.fullmatch(r"[A-Za-z0-9.\-\[\]:]+", ascii_host):
        return None
    if ":" in ascii_host:
        ascii_host = f"[{ascii_host}]"  # an IPv6 literal
    netloc = ascii_host if port is None else f"{ascii_host}:{port}"
    # A user name or password is dropped: `https://bank.example@evil.example/` reads as the bank but
    # goes to evil.example, and `user:secret@` would put a credential into a shared report.
    safe = "/:@!$&'*+,;=-._~%"

    def encode(component: str, extra: str = "") -> str:
        # A `%` that does not start an escape is itself encoded, so the result is well-formed.
        return quote(re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", component), safe=safe + extra)

    return (
        urlunsplit(
            (
                parts.scheme.lower(),
                netloc,
                encode(parts.path),
                encode(parts.query, "?"),
                encode(parts.fragment, "?#"),
            )
        )
        .replace("(", "%28")
        .replace(")", "%29")
    )


def url_link(value: str | None) -> str:
    """A link whose text is its own target, so no text can hide where it goes.

    A value that is not an http(s) URL is shown as inert text, marked as not linked.
    """
    url = safe_url(value)
    if url is None:
        return f"{inline(value)} (not linked: not an http(s) URL)" if value else ""
    # Entities are decoded in link destinations too: `&amp;` would reach the browser as `&`.
    destination = _ENTITY.sub(r"\\&", url)
    return f"[{_escape_inline(url)}](<{destination}>)"


def heading(text: str) -> str:
    """Heading text: `inline`, with `#` escaped too, since a trailing run would close the heading."""
    return inline(text).replace("#", "\\#")


def dossier_link(text: str, record_id: str) -> str:
    """A relative link to another exported dossier, `<id>.md`; ids are checked slugs."""
    if not ID_RE.fullmatch(record_id):
        return inline(text)
    return f"[{inline(text)}]({record_id}.md)"


def table_row(cells: list[str]) -> str:
    """A GFM table row from cells that are already inert Markdown (from `inline` and friends)."""
    return "| " + " | ".join(cell if cell else " " for cell in cells) + " |"
