"""A German town named by its adjective before one of its bodies: "das Wiener Landesgericht", "am Stader
Landgericht", "die Luzerner Polizei", "die Schwyzer Kantonspolizei", "der Liestaler Einwohnerrat". German makes an
adjective of every town by "-er" (Wien: Wiener, Stade: Stader, Bremen: Bremer, München: Münchner), written with a
capital and never declined; before a court's, a police force's or a council's noun it names the town the body
serves, as "das Landesgericht Wien" does.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import HOME_COUNTRIES, WRITTEN_IN, gap_after, place_candidate
from dossier.model import ActorKind

# The bodies a town's adjective is written before, by the end of their noun ("Landgericht", "Kantonspolizei",
# "Stadtrat").
_BODY_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": (
        "gericht",
        "polizei",
        "feuerwehr",
        "krankenhaus",
        "klinikum",
        "rathaus",
        "stadtrat",
        "gemeinderat",
        "einwohnerrat",
        "stadtverwaltung",
        "staatsanwaltschaft",
        "polizeiinspektion",
        "polizeidirektion",
        "polizeipräsidium",
        "oberbürgermeister",
        "bürgermeister",
    )
}
# The town's name from its adjective: the adjective less "-er" (Wiener), less "-r" (Stader: Stade), less "-er"
# with "-en" back (Bremer: Bremen), less "-ner" with "-en" back (Münchner: München, Dresdner: Dresden).
_STEMS: tuple[tuple[str, str], ...] = (("er", ""), ("r", ""), ("er", "en"), ("ner", "nen"), ("ner", "en"))
# A town this large is written of by its adjective; GeoNames' hamlets share their names with everything.
_TOWN_WITH_AN_ADJECTIVE = 10_000


def town_of_its_adjective(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """The word at `position`, a town's adjective in "-er" right before a body's noun: the town."""
    endings = _BODY_ENDINGS.get(language)
    tokens = doc.tokens
    if endings is None or position + 1 >= len(tokens) or gap_after(doc, position) != " ":
        return None
    word, noun = tokens[position].text, tokens[position + 1].text
    if not word.endswith("er") or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return None
    if not noun[:1].isupper() or not noun.lower().endswith(endings):
        return None
    hits = []
    for order, (cut, added) in enumerate(_STEMS):
        name = word[: -len(cut)] + added
        place = doc.gazetteer.lookup((fold(name),))
        if (
            place is not None
            and place.kind != "state"
            and place.population >= _TOWN_WITH_AN_ADJECTIVE
            # a town of the language's own lands: "der Lecher Bürgermeister" is Lech's, no "Leche" abroad
            and place.country in HOME_COUNTRIES.get(language, frozenset()) | WRITTEN_IN.get(language, frozenset())
        ):
            hits.append((place.population, fold(name) == fold(place.name), -order, name, place))
    if not hits:
        return None
    # "Bremer": "Breme" is one of GeoNames' spellings of Bremen too; the largest town, by its own name if a stem
    # spells it ("Bremen", "Berlin"), else by the first stem
    *_, name, place = max(hits, key=lambda hit: hit[:3])
    first = position
    if position > 0 and gap_after(doc, position - 1) == " " and tokens[position - 1].text[:1].isupper():
        longer = doc.gazetteer.lookup((tokens[position - 1].folded, fold(name)))
        if longer is not None and longer == place:
            first, name = position - 1, f"{tokens[position - 1].text} {name}"  # "das Bad Kreuznacher Krankenhaus"
    return place_candidate(first, position, name, place, ActorKind.place)
