"""Grape varieties and wine styles: a wine's words, no actor ("Sauvignon Blanc", "Tawny Port").

General language of wine, like the breeds of a market report: a page that speaks of wine ("wine", "wines" in
lower case) names its grapes as things. Varieties that are also towns or common family names ("Montepulciano",
"Carignan", "Greco", "Barbera") are left out, and so is a variety that names a city where no wine is spoken of
("Shiraz" on a page about Iran).
"""

from __future__ import annotations

import re

from dossier.ingest.names import fold_phrase, word_set

_NAMES = (
    "Sauvignon Blanc|Cabernet Sauvignon|Cabernet Franc|Pinot Noir|Pinot Blanc|Pinot Gris|Pinot Grigio|Chardonnay|"
    "Riesling|Merlot|Malbec|Shiraz|Syrah|Tempranillo|Grenache|Garnacha|Sangiovese|Nebbiolo|Zinfandel|Primitivo|"
    "Chenin Blanc|Viognier|Gewürztraminer|Gewurztraminer|Grüner Veltliner|Gruner Veltliner|Blaufränkisch|"
    "Blaufrankisch|Zweigelt|Albariño|Albarino|Verdejo|Godello|Mencía|Mencia|Touriga Nacional|Touriga Franca|"
    "Carmenère|Carmenere|Pinotage|Gamay|Mourvèdre|Mourvedre|Sémillon|Semillon|Marsanne|Roussanne|Torrontés|"
    "Torrontes|Dolcetto|Aglianico|Nero d'Avola|Vermentino|Trebbiano|Garganega|Furmint|Assyrtiko|Xinomavro|"
    "Petit Verdot|Cinsault|Tannat|Sercial|Verdelho|Malvasia|Tinta Negra|Müller-Thurgau|Muller-Thurgau|Silvaner|"
    "Sylvaner|Scheurebe|Spätburgunder|Spatburgunder|Weissburgunder|Grauburgunder|Dornfelder|Aligoté|Aligote|"
    "Picpoul|Lagrein|Teroldego|Glera|Muscadet|Pinot Meunier|Neuburger|"
    # styles of a wine named by its colour or its age
    "Tawny Port|Ruby Port|Vintage Port|White Port|Late Bottled Vintage"
)
_VARIETIES = frozenset(fold_phrase(name) for name in _NAMES.split("|"))
# A wine's grade on its label: "Chianti Classico Riserva", "Saint-Émilion Grand Cru", "Graacher Himmelreich Riesling
# Kabinett", "Rioja Reserva".
_GRADES = word_set(
    "classico riserva reserva crianza kabinett spätlese spatlese auslese cru brut sec demi-sec trocken superiore"
)
_WINE_SPOKEN_OF = re.compile(r"\b(?:wines?|vineyards?|winemakers?|vintages?|grapes?)\b")


def wine_page(text: str) -> bool:
    """Whether the page speaks of wine in lower case."""
    return _WINE_SPOKEN_OF.search(text) is not None


def names_a_variety(spellings: tuple[str, ...]) -> bool:
    """Whether every spelling of a draft is a grape variety's or a wine style's."""
    return bool(spellings) and all(fold_phrase(spelling) in _VARIETIES for spelling in spellings)


def names_a_wine(name: str) -> bool:
    """'Kamptal Riesling', 'Chianti Classico Riserva', 'Saint-Émilion Grand Cru': a wine's label, its place or
    its maker's name before a grape or a grade."""
    words = fold_phrase(name)
    if len(words) < 2:
        return False
    ends_with_variety = any(words[-size:] in _VARIETIES for size in (1, 2, 3) if size < len(words))
    return ends_with_variety or words[-1] in _GRADES
