"""The photographers a web page credits under its pictures: "Picture: APISAI KOROI", "(File photo: Ann Holt /
The Valley Herald)", "— Photo: LOW BOON TAT/The Northern Mirror".

The text extraction leaves a page's captions out, so a photographer the page names, as its byline names its
reporter, was never drafted. Only the name right after the credit's label is taken, and only when it reads as
a person's (`bylines.byline_persons`: two to four name-like words, no "Supplied", "Handout" or "Getty Images"),
opening with a given name or written in capitals as credits often are.
"""

from __future__ import annotations

import re

from dossier.ingest.html_sections import caption_texts

# The credit's label, then the name up to a slash, a comma, a bracket, a bar, "for" the outlet ("Photo: Ann
# Holt for The Herald") or the caption's end.
_CREDIT = re.compile(
    r"\b(?:(?:file\s+)?photo(?:graph)?s?|pictures?|pics?|images?|credit)(?:\s+by)?\s*:\s*"
    r"([^/,|()\[\]]+?)\s*(?:\s(?:for|via)\s|[/,|()\[\]]|$)",
    re.IGNORECASE,
)
# A credit with no label, in brackets at the caption's end: "(Ann Holt/The Valley Herald)".
_BRACKETED_CREDIT = re.compile(r"\(([^()/]+?)\s*/\s*[^()/]+\)\s*$")
_MOST = 3


def photo_credits(page: str) -> list[str]:
    """The photographers' names as the page's captions credit them, in order (at most a few)."""
    from dossier.ingest.bylines import byline_persons
    from dossier.ingest.names import fold, is_given_name

    names: list[str] = []
    for text in caption_texts(page):
        credits = [*_CREDIT.finditer(text), *_BRACKETED_CREDIT.finditer(text)]
        for credit in credits:
            written = credit.group(1)
            for name in byline_persons(written):
                # the whole credit, no word left out ("LOW BOON TAT" is no "Boon Tat"), opening with a given
                # name or written in capitals as credits are ("Reel North", "Halden Therapeutics" are bodies)
                whole = len(name.split()) == len(written.split())
                if whole and (written.isupper() or is_given_name(fold(name.split()[0]))) and name not in names:
                    names.append(name)
    return names[:_MOST]
