"""Second-level regions a language's news names with an article, from ISO 3166-2 as pycountry keeps it.

French news names its départements as rivers are named, with an article: "la Dordogne", "le Lot",
"dans le Cher", "en Corrèze", "l'Aveyron". GeoNames' city list has none of them, and the gazetteer keeps
only first-level regions (and the hyphened lower ones, "Lot-et-Garonne"), so "le Lot" was read as
nothing. Here: the one-word names, per language, read only after one of that language's articles.
"""

from __future__ import annotations

from functools import cache

from dossier.ingest.names import fold

# language -> (country, ISO 3166-2 subdivision type) whose names its news gives with an article.
_SECOND_LEVEL: dict[str, tuple[str, str]] = {"fr": ("FR", "Metropolitan department")}
# The articles (and prepositions joined with one) before a département's name: "la Dordogne", "du Lot",
# "des Vosges", "en Corrèze" (a feminine one without its article).
DEPARTMENT_ARTICLES: dict[str, frozenset[str]] = {"fr": frozenset(["le", "la", "les", "du", "des", "en"])}


@cache
def department_names(language: str) -> dict[str, str]:
    """Folded one-word name -> the name, for the language's second-level regions (none for most)."""
    row = _SECOND_LEVEL.get(language)
    if row is None:
        return {}
    import pycountry

    country, kind = row
    subdivisions = pycountry.subdivisions.get(country_code=country) or []
    return {
        fold(subdivision.name): subdivision.name
        for subdivision in subdivisions
        if subdivision.type == kind and subdivision.name.isalpha() and fold(subdivision.name) not in _COMPASS
    }


# "le Nord" is as often the north as the département.
_COMPASS = frozenset(["nord"])
