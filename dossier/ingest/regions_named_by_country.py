"""A region named by a noun of a state's unit and its country's name: "el Estado de México", "la
Provincia de Panamá" is no country.

Mexico names one of its states after the country ("Estado de México"), as Panama a province; with its
noun capitalised before "of" and a country's name, the whole phrase is the region, and the country
is not named there. The noun after another "of" is no region: "el jefe de Estado de Brasil" (a head of
state) names the country.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import word_set
from dossier.ingest.other_language_common import place_candidate
from dossier.ingest.region_units import UNIT_NOUNS, UNIT_OF
from dossier.model import ActorKind

# Posts and acts "of State" (the state as a government): "jefe de Estado", "secretario de Estado", "golpe de Estado".
_POSTS_OF_STATE = word_set(
    "jefe jefa jefes secretario secretaria secretarios subsecretario ministro ministra golpe consejo departamento "
    "chefe secretário secretária conselho "
    "chef secrétaire conseil coup "
    "capo segretario segretaria colpo consiglio"
)


def region_named_by_its_country(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """'Estado de México' at `position` (the unit noun) when the name after "of" is a country's."""
    tokens = doc.tokens
    if position + 2 > last or tokens[position].text not in UNIT_NOUNS.get(language, ()):
        return None
    of, name = tokens[position + 1], tokens[position + 2]
    if of.text not in UNIT_OF.get(language, ()) or not (tokens[position].joined and of.joined):
        return None
    if (
        position > 1
        and tokens[position - 1].text in UNIT_OF.get(language, ())
        and tokens[position - 1].joined
        and tokens[position - 2].text.lower() in _POSTS_OF_STATE
    ):
        # "jefe de Estado de Brasil", "secretario de Estado de EE.UU.": the state of a post's "of" is the
        # country's government, no region named after it
        return None
    if position + 2 < last and tokens[position + 2].joined and tokens[position + 3].text[:1].isupper():
        return None  # a longer name goes on: "Estado de México Oriente"
    country = doc.gazetteer.lookup((name.folded,))
    if country is None or country.kind != "state":
        return None
    written = doc.text[tokens[position].start : name.end]
    return place_candidate(position, position + 2, written, Place(written, "place", country.name), ActorKind.place)
