"""The article text a page keeps in its JSON-LD (schema.org `articleBody`), for pages whose HTML holds
little of it.

Sites that draw the article with scripts often send only a teaser or a photo caption in the HTML,
while the whole text sits in the `<script type="application/ld+json">` block meant for search
engines. trafilatura reads the HTML; when that gives far fewer words than the page's own
`articleBody`, the `articleBody` is the article. The block is parsed as JSON, and any markup inside the
text is reduced to text, so nothing in it acts as HTML later.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

_LD_JSON = re.compile(
    r"""<script\b[^>]*\btype\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[A-Za-z/!][^>]*>")
_BREAK = re.compile(r"<\s*(?:br|/p|/div|/h[1-6]|/li)\b[^>]*>", re.IGNORECASE)
_WORD = re.compile(r"\w+")

# The HTML's text must be this much shorter than the articleBody, and the articleBody long enough to
# be an article, before the articleBody replaces it: most pages hold the same text in both.
_SHORTER_BY = 2
_ARTICLE_WORDS = 80


def article_body(page: str) -> str | None:
    """The longest `articleBody` in the page's JSON-LD blocks, as plain text; None if there is none."""
    bodies = [body for block in _LD_JSON.findall(page) for body in _bodies(_parsed(block))]
    if not bodies:
        return None
    text = _plain(max(bodies, key=len))
    return text or None


def better_than(body: str | None, extracted: str) -> bool:
    """Whether the articleBody holds the article where the extracted HTML text holds only a part of it."""
    if not body:
        return False
    words = len(_WORD.findall(body))
    return words >= _ARTICLE_WORDS and words >= _SHORTER_BY * len(_WORD.findall(extracted))


def _parsed(block: str) -> object:
    try:
        # strict=False: sites put raw line breaks inside JSON strings, which browsers forgive.
        return json.loads(block, strict=False)
    except (ValueError, RecursionError):  # RecursionError: a hostile page's arrays nested thousands deep
        return None


def _bodies(data: object) -> Iterator[str]:
    # A block is one object, a list of them, or an `@graph`; articles may nest (a page about a page).
    # Walked with a stack, not by recursion, so no nesting however deep can overflow it.
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key == "articleBody" and isinstance(value, str):
                    yield value
                elif isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _plain(body: str) -> str:
    """The text of an articleBody: markup some sites leave in it becomes line breaks or nothing."""
    if _TAG.search(body):
        body = _TAG.sub("", _BREAK.sub("\n", body))
    body = html.unescape(body)
    lines = (" ".join(line.split()) for line in body.replace("\r", "\n").split("\n"))
    return "\n\n".join(line for line in lines if line)
