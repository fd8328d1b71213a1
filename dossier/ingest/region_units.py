"""The nouns of a state's unit that name a region with its country's name ("el Estado de México", "la
Provincia de Panamá"), and whether a country's name stands inside such a name.

Kept apart from `regions_named_by_country` (which reads the region) so that `mentions` can ask it
without importing the name rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier.ingest.mentions import Token

# The unit nouns, capitalised as a name's first word, and the words for "of" after them, per language.
UNIT_NOUNS: dict[str, frozenset[str]] = {
    "es": frozenset(["Estado", "Provincia", "Departamento", "Región"]),
    "pt": frozenset(["Estado", "Província", "Departamento", "Região"]),
    "it": frozenset(["Stato", "Provincia", "Regione"]),
}
UNIT_OF: dict[str, frozenset[str]] = {
    "es": frozenset(["de", "del"]),
    "pt": frozenset(["de", "do", "da"]),
    "it": frozenset(["di", "del"]),
}


def inside_a_region_s_name(tokens: list[Token], position: int, language: str) -> bool:
    """Whether the word at `position` is the country's name after a unit noun and "of" ("Estado de
    México"): a known state spelled so is not named there, the region is."""
    if position < 2:
        return False
    unit, of = tokens[position - 2], tokens[position - 1]
    return (
        unit.text in UNIT_NOUNS.get(language, ()) and of.text in UNIT_OF.get(language, ()) and unit.joined and of.joined
    )
