"""The writer a blog's or a society's page names in a "Posted by" line, when the page has no byline of its own.

Blogs and small sites print their writer in a line of their own under the headline, in words rather than in
a byline's markup: "Posted by Gemma Rawcliffe, Rehoming Coordinator", "Posted on 1 December 2026 by Nigel
Threlfall", "Report by Sheila Trewhella, Secretary". The text extraction drops that line with the page's
chrome, so the writer is read here from the page itself: the first such line at most a few lines after the
headline, its name being the capitalised words right after "by" (the byline's own checks then decide whether
they are a person's name). A comment's "Posted by" further down is no writer of the page.
"""

from __future__ import annotations

import re

# The label, then (a date or a time) "by", then up to four capitalised words: the name.
_POSTED_BY = re.compile(
    r">\s*(?:Posted|Written|Report|Words|Story|Text)"
    r"(?:\s+(?:on|at)\s+[^<>]{1,40}?)?\s+by\s+"
    r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)",
)
_HEADLINE_END = re.compile(r"</h1\s*>", re.IGNORECASE)
# How far after the headline the writer's line may stand (a standfirst, a crumb trail and a picture between).
_AFTER_HEADLINE = 1500


def posted_by(html: str) -> str | None:
    """The writer named in a "Posted by" line right under the page's headline, or None."""
    headline = _HEADLINE_END.search(html)
    if headline is None:
        return None
    match = _POSTED_BY.search(html, 0, headline.end() + _AFTER_HEADLINE)
    return match.group(1) if match else None
