"""Places named only inside the name of a body or a league, in German: "die AOK Niedersachsen"
(a health insurer's branch), "die IKK Brandenburg", "in der Oberliga Hamburg". The place's name closes the
body's, written right after its short form in capitals or a league's noun, with no preposition between;
the page does not say the body acts in that place, as "la Junta de Extremadura" or "il Comune di Imola" do."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.other_language_common import gap_after

# A body's short form: two to five capitals ("AOK", "IKK", "HSG"); longer ones are words written loud.
_SHORTEST_ACRONYM, _LONGEST_ACRONYM = 2, 5
# A league's noun, named after the land or the town it plays in ("Oberliga Hamburg", "Landesliga Bayern").
_LEAGUE_NOUNS: frozenset[str] = frozenset(
    ["oberliga", "regionalliga", "verbandsliga", "landesliga", "bezirksliga", "kreisliga", "bezirksoberliga"]
)

# The short forms of police stations and district offices, each named after the town of its seat ("PI Salzgitter":
# Polizeiinspektion; "API Imst": Autobahnpolizeiinspektion; "PK", "PD", "PP", "KPI", "LPI"; Austria's "BH Landeck":
# Bezirkshauptmannschaft): the town is named, as after the words written out.
SEAT_ACRONYMS: frozenset[str] = frozenset(["PI", "API", "KPI", "LPI", "PK", "PD", "PP", "BH"])


def named_after_a_body(doc: ActorDocument, position: int, language: str) -> bool:
    """The capitalised word at `position` follows a body's acronym or a league's noun in the same run,
    in German: other languages name a body's land in the genitive ("МВД России": the ministry acts
    there) or name a region's own council so ("DPRD Jawa Tengah")."""
    if language != "de" or position < 1 or gap_after(doc, position - 1) != " ":
        return False
    if doc.tokens[position].text.isupper():
        return False  # "ST. ANTON AM ARLBERG": a line written in capitals
    head = doc.tokens[position - 1]
    if head.text.lower() in _LEAGUE_NOUNS:
        return True
    if head.text in SEAT_ACRONYMS:
        return False  # "die PI Salzgitter", "der API Imst": a police station named after the town it serves
    return (
        _SHORTEST_ACRONYM <= len(head.text) <= _LONGEST_ACRONYM
        and head.text.isalpha()
        and head.text.isupper()
        and doc.gazetteer.lookup((head.folded,)) is None  # "USA", "NRW", a dateline's "BERLIN": a place's own
    )
