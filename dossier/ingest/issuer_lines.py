"""The body that issues a government statement, named alone on its own line: "Department of Foreign Affairs and
Trade" under a media release's title, "Council of the European Union" over "Press release" or at the end.

Such a line reads as a Title Case heading and would be skipped; it is the body's formal name (its head word, "of",
then capitalised words), and it stands where an issuer stands: right under the page's first line, right over a
release's label, or last on the page.
"""

from __future__ import annotations

import re

from dossier.ingest.names import word_set

# A body's head word, "of", then capitalised words and the small words inside a name, to the line's end.
_BODY_LINE = re.compile(
    r"^[ \t]*((?:Department|Ministry|Council|Delegation|Embassy|Office|Secretariat|Mission|Commission)"
    r"[ \t]+(?:of|for)(?:[ \t]+(?:of|for|the|and|to|[A-Z][\w'’-]*)){1,8})[ \t]*$",
    re.MULTILINE,
)
# What labels a release under its issuer: "Press release", "Media release", "Statement".
_RELEASE_LABELS = word_set("press media release statement declaration")
_SMALL_WORDS = word_set("of for the and to")


def issuer_line_spans(text: str) -> list[tuple[int, int]]:
    """Where the issuing body's name stands alone on its line (start, end of the name)."""
    lines = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    spans: list[tuple[int, int]] = []
    for match in _BODY_LINE.finditer(text):
        name = match.group(1)
        if name.split()[-1].lower() in _SMALL_WORDS:
            continue
        at = next((k for k, line in enumerate(lines) if line[0] <= match.start(1) < line[1]), None)
        if at is None:
            continue
        after = lines[at + 1][2] if at + 1 < len(lines) else None
        label = after is not None and all(word.lower() in _RELEASE_LABELS for word in after.split()[:2])
        if at == len(lines) - 1 or at == 1 or label:
            spans.append((match.start(1), match.end(1)))
    return spans
