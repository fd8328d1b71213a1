"""Brazil's states by the two letters the news writes after a town: "Monte Azul / MG", "Campo Grande/MS",
"Divinópolis-MG", "Sobral (CE)". The codes are a closed list set by law (the units of the federation), and
after a Brazilian town the tables hold they name its state, as "Austin, TX" does in English."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import is_region, place_key
from dossier.ingest.grouping import Candidate
from dossier.ingest.other_language_common import place_candidate
from dossier.model import ActorKind

_STATES = {
    **{"AC": "Acre", "AL": "Alagoas", "AP": "Amapá", "AM": "Amazonas", "BA": "Bahia", "CE": "Ceará"},
    **{"DF": "Distrito Federal", "ES": "Espírito Santo", "GO": "Goiás", "MA": "Maranhão", "MT": "Mato Grosso"},
    **{"MS": "Mato Grosso do Sul", "MG": "Minas Gerais", "PA": "Pará", "PB": "Paraíba", "PR": "Paraná"},
    **{"PE": "Pernambuco", "PI": "Piauí", "RJ": "Rio de Janeiro", "RN": "Rio Grande do Norte"},
    **{"RS": "Rio Grande do Sul", "RO": "Rondônia", "RR": "Roraima", "SC": "Santa Catarina", "SP": "São Paulo"},
    **{"SE": "Sergipe", "TO": "Tocantins"},
}
# What joins the code to its town: "Monte Azul / MG", "Campo Grande/MS", "Divinópolis-MG", "Sobral (CE)".
_JOINTS = frozenset(("/", " / ", "-", " - ", " – ", " ("))
# The longest town name read back from the code, in words ("São Gonçalo do Rio Abaixo / MG").
_LONGEST_TOWN = 6


def brazilian_state_code(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'MG' right after a town of Brazil the tables hold, joined by a slash, a hyphen or a bracket: Minas Gerais."""
    tokens = doc.tokens
    code = tokens[position].text
    if language != "pt" or code not in _STATES or position == 0:
        return None
    if doc.text[tokens[position - 1].end : tokens[position].start] not in _JOINTS:
        return None
    last = position - 1
    town = None
    for first in range(last, max(last - _LONGEST_TOWN, -1), -1):
        if first < last and doc.text[tokens[first].end : tokens[first + 1].start] != " ":
            break
        place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1)))
        # "Rio Verde de Mato Grosso/MS": the longer name read on past a region's ("Mato Grosso"); "Bahia (BA)", a
        # club named after its state or the state itself, is no town before its code
        if place is not None and place.country == "Brazil" and place.kind == "place" and not is_region(place):
            town = place
            break
    if town is None:
        return None
    state = doc.gazetteer.lookup(tuple(place_key(_STATES[code]).split()))
    if state is None:
        return None
    return place_candidate(position, position, _STATES[code], state, ActorKind.place)
