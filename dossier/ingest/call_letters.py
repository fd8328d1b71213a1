"""American broadcasters by their call letters: four capitals opening with K or W ("KOIT said its ban was
prompted by listener complaints"), on a page that speaks of radio or television stations or a network's
affiliates. The letters name a station, a medium, not a body of no kind."""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument

_CALL_LETTERS = re.compile(r"[KW][A-Z]{3}")
_STATIONS_ON_THE_PAGE = re.compile(r"\b(?:radio|television|TV) stations?\b|\baffiliates?\b", re.IGNORECASE)


def station_call_letters(doc: ActorDocument, position: int) -> bool:
    """The token is four capitals opening with K or W, and the page names radio or TV stations or affiliates."""
    if not _CALL_LETTERS.fullmatch(doc.tokens[position].text):
        return False
    return _STATIONS_ON_THE_PAGE.search(doc.text) is not None
