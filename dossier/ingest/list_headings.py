"""Headings inside list items, kept on a line of their own.

An agenda or a FAQ writes each item as a heading and a paragraph in one `<li>` ("<li><h3>Application 26/0644:
Holme Farm, Wreay</h3><p>Conversion of a stone barn ...</p></li>"). The HTML-to-text step joins what one item holds
with a space, so the heading's last name runs into the paragraph's first word ("Wreay Conversion"). Closing the item
after the heading and opening another for the rest puts the two on lines of their own; no word of the page changes.
"""

from __future__ import annotations

import re

# A heading's end, then a paragraph or a block after it.
_HEADING_THEN_BLOCK = re.compile(r"</h[1-6]>(\s*)<(p|div)\b", re.IGNORECASE)
_ITEM_OPENS = re.compile(r"<li\b", re.IGNORECASE)


def split_items_after_headings(html: str) -> str:
    """The page with each list item that opens with a heading split after it (the page as it was when none
    does)."""
    if "<li" not in html and "<LI" not in html:
        return html
    pieces: list[str] = []
    done = 0
    for match in _HEADING_THEN_BLOCK.finditer(html):
        if not _inside_an_item(html, match.start()):
            continue
        pieces.append(html[done : match.start()])
        pieces.append(f"{match.group(0)[: match.start(1) - match.start()]}</li><li>{match.group(1)}<{match.group(2)}")
        done = match.end()
    if not pieces:
        return html
    pieces.append(html[done:])
    return "".join(pieces)


def _inside_an_item(html: str, position: int) -> bool:
    """Whether `position` stands in an open `<li>` (one opened after the last item or list that closed)."""
    opened = max((m.start() for m in _ITEM_OPENS.finditer(html, max(0, position - 4000), position)), default=-1)
    if opened < 0:
        return False
    between = html[opened:position].lower()
    return not any(tag in between for tag in ("</li>", "</ul>", "</ol>"))
