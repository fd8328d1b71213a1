"""A Korean (or Hindi) dateline in the page's byline: `<p class="byline">(청주=연합뉴스) 한보은 기자 | 입력 ...</p>`.

Korean news opens a story with the town it was filed from ("(목포=연합뉴스)", "속초=정하늘 기자"); many sites set
that line apart as the byline, which the text extraction drops with the rest of the page's chrome, and the
story's own town was lost with it. The dateline (and nothing else of the byline: no date, no name read twice) is
put back before the story's first paragraph, as the agencies write it, where `korean_datelines` reads it.
"""

from __future__ import annotations

import html as html_module
import re

# An element whose class names it a byline, and its text up to the next tag.
_BYLINE = re.compile(r"""<(?:p|div|span)\b[^>]*\bclass=["'][^"']*\bbyline\b[^"']*["'][^>]*>([^<]{1,200})""", re.I)
# "(청주=연합뉴스)", "[세종=뉴시스]": a town, "=", an agency in brackets; "속초=정하늘 기자": a town, "=", a reporter.
_DATELINE = re.compile(
    r"^\s*(?:([(\[])\s*[가-힣]{1,6}\s*=\s*[가-힣A-Za-z0-9]{1,10}\s*[)\]]|[가-힣]{1,6}\s*=\s*[가-힣]{2,4} 기자)"
)
_CLOSING = {"(": ")", "[": "]"}
_HANGUL = re.compile("[가-힣]")


# Hindi news writes the town a story was filed from after the writer's name and a comma, in the byline:
# `<p class="author">राजीव कानपुरी, लखनऊ | प्रकाशित: ...</p>`; the town alone is put back, with a colon.
_DEVANAGARI_BYLINE = re.compile(
    r"""<(?:p|div|span)\b[^>]*\bclass=["'][^"']*\b(?:byline|author)\b[^"']*["'][^>]*>"""
    r"\s*[\u0900-\u097f]+(?: [\u0900-\u097f]+){0,3},\s*([\u0900-\u097f]+(?: [\u0900-\u097f]+)?)\s*[|·]",
    re.I,
)
_DEVANAGARI = re.compile("[\u0900-\u097f]")


def byline_dateline(page: str, text: str) -> str | None:
    """The Korean dateline of the page's byline when the text does not hold it already, else None; or the Hindi
    byline's town after the writer's name ("राजीव कानपुरी, लखनऊ |"), as "लखनऊ:"."""
    if ("author" in page or "byline" in page) and _DEVANAGARI.search(page) is not None:
        found = _DEVANAGARI_BYLINE.search(page)
        return f"{found.group(1)}:" if found is not None and f"{found.group(1)}:" not in text else None
    if "byline" not in page or _HANGUL.search(page) is None:
        return None  # most pages: no regular expression over the whole page
    for found in _BYLINE.finditer(page):
        line = html_module.unescape(found.group(1))
        dateline = _DATELINE.match(line)
        if dateline is None:
            continue
        opening = dateline.group(1)
        if opening is not None and dateline.group(0).strip()[-1] != _CLOSING[opening]:
            continue  # "(청주=연합뉴스]": no dateline's brackets
        written = dateline.group(0).strip()
        return None if written in text else written
    return None


def with_byline_dateline(page: str, text: str, title: str | None) -> str:
    """The text with the byline's dateline opening its first paragraph (the one after the headline)."""
    dateline = byline_dateline(page, text)
    if dateline is None:
        return text
    lines = text.split("\n")
    first = 1 if len(lines) > 1 and title and lines[0].strip() == title.strip() else 0
    lines[first] = f"{dateline} {lines[first]}"
    return "\n".join(lines)
