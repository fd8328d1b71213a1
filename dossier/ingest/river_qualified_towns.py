"""A town of Czech, Slovak or Polish named with its river after "nad" ("u Teplic nad Bečvou", "z Brodu nad Dyjí"):
the qualifier belongs to the name, which is another, smaller town than the one its first word names alone
(Teplice nad Bečvou is no Teplice). The qualifier keeps its case whatever the town's ("Teplice nad Bečvou", "u
Teplic nad Bečvou"), so the name is the town's base form and the qualifier as written.

"pod" (under a hill) is left to the tables: "v Krnově pod Cvilínem" is Krnov, below its hill, as often as a name.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument

_LANGUAGES = frozenset(("cs", "sk", "pl"))
_ON = frozenset(("nad",))
# The qualifier is in the instrumental ("nad Bečvou", "nad Labem", "nad Orlicí", "nad Pilicą");
# an accusative after "nad" is a way there ("z Grójca nad Wisłę": to the Vistula), no part of a name.
_INSTRUMENTAL_ENDS = ("ou", "em", "ím", "í", "ą", "ami", "emi")


def qualified_by_its_river(doc: ActorDocument, end: int, name: str, language: str) -> tuple[int, str] | None:
    """The end and the whole name when the town `name` ending at `end` goes on with "nad" and a capitalised word in
    the instrumental, set apart by single spaces."""
    tokens = doc.tokens
    if language not in _LANGUAGES or end + 2 >= len(tokens):
        return None
    on, river = tokens[end + 1], tokens[end + 2]
    if on.text not in _ON or not river.text[:1].isupper() or not river.text.endswith(_INSTRUMENTAL_ENDS):
        return None
    if doc.text[tokens[end].end : on.start] != " " or doc.text[on.end : river.start] != " ":
        return None
    return end + 2, f"{name} {on.text} {river.text}"
