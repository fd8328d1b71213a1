"""A town's name after "of" that names a street or a saint's feast, not the town: "la avenida de Novelda",
"la rue de Marseille" (streets of another town, named after this one), "Fiestas de Santiago", "Feira de São
Mateus" (the feast of a saint, whom many towns are named after too).

A street's name without "of" ("na Rua Bahia") is read in `names_something_else`; a road with "of" ("a estrada de
Braga") leads to the town, which it names, and is no such street.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.other_language_common import words_by_language

# Nouns of a town's streets and squares that take "of" before the name they honour, one row per language.
_STREET_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "rua avenida travessa praça alameda largo",
        "es": "calle avenida plaza paseo ronda travesía",
        "fr": "rue avenue boulevard quai impasse",
        "it": "via viale piazza corso",
    }
)
# Nouns of a feast, a fair or a pilgrimage, which a saint's day names.
_FEAST_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "feira feiras festa festas romaria arraial",
        "es": "fiesta fiestas feria ferias romería verbena",
        "fr": "fête fêtes foire",
        "it": "festa feste sagra fiera",
    }
)
# "of" and its forms joined to an article.
_OF: dict[str, frozenset[str]] = words_by_language(
    {"pt": "de do da dos das", "es": "de del", "fr": "de du des", "it": "di del della dei"}
)
# The words a saint's name opens with, and "Santiago" (Saint James in one word).
_SAINTS = frozenset(("são", "santo", "santa", "san", "sant", "saint", "sainte", "st", "ste", "santiago"))


def names_a_street_or_feast(doc: ActorDocument, position: int, language: str) -> bool:
    """Whether the name at `position` follows a street's noun and "of" ("avenida de Novelda"), or a feast's noun
    and "of" and opens with a saint's title ("Feira de São Mateus")."""
    if position < 2:
        return False
    tokens = doc.tokens
    of, noun = tokens[position - 1], tokens[position - 2]
    if of.text.lower() not in _OF.get(language, ()) or not (of.joined and noun.joined):
        return False
    head = noun.text.lower()
    if head in _STREET_NOUNS.get(language, ()):
        return True
    return head in _FEAST_NOUNS.get(language, ()) and tokens[position].text.lower().rstrip(".") in _SAINTS
