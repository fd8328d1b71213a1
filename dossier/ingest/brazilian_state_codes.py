"""Brazil's states by the two letters the news writes after a town: "Monte Azul / MG", "Campo Grande/MS",
"Divinópolis-MG", "Sobral (CE)". The codes are a closed list set by law (the units of the federation), and
after a Brazilian town the tables hold they name its state, as "Austin, TX" does in English."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import NAMESAKES, Place, gazetteer, is_region, place_key
from dossier.ingest.grouping import Candidate
from dossier.ingest.other_language_common import place_candidate
from dossier.ingest.villages import village_names
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


# The news lists towns of one state before the code they share: "em Cáceres e Cuiabá (MT)", "Vila Velha e Viana
# (ES)". The first town is read across "e" and the second's name, of this many words at most.
_AND = "e"
_LONGEST_SECOND = 4


def state_code_after(doc: ActorDocument, end: int, language: str) -> str | None:
    """The state a Brazilian code names right after the name ending at `end` ("Jataí (GO)", "Ipatinga/MG"),
    or after "e" and the next town's name ("Cáceres e Cuiabá (MT)"), or None."""
    tokens = doc.tokens
    if language != "pt" or end + 1 >= len(tokens):
        return None
    code = _code_at(doc, end + 1)
    if code is not None:
        return code
    if doc.text[tokens[end].end : tokens[end + 1].start] != " " or tokens[end + 1].text != _AND:
        return None
    for last in range(end + 2, min(end + 2 + _LONGEST_SECOND, len(tokens) - 1)):
        if not tokens[last].text[:1].isupper():
            return None
        code = _code_at(doc, last + 1)
        if code is not None:
            return code
    return None


def _code_at(doc: ActorDocument, position: int) -> str | None:
    tokens = doc.tokens
    code = tokens[position].text
    if code not in _STATES or doc.text[tokens[position - 1].end : tokens[position].start] not in _JOINTS:
        return None
    if doc.text[tokens[position - 1].end : tokens[position].start] == " (" and not doc.text[
        tokens[position].end :
    ].startswith(")"):
        return None  # "Cuiabá (MT)": the bracket holds the code alone
    return _STATES[code]


def brazilian_town_before_its_code(place: Place, words: tuple[str, ...], state: str | None) -> Place:
    """Before a state's code the town is Brazil's of the name, though a bigger town abroad holds it: "Viana (ES)"
    is no Angolan city, "Cáceres e Cuiabá (MT)" no Spanish one."""
    if state is None or place.country == "Brazil" or place.kind == "state":
        return place
    key = " ".join(words)
    namesake = gazetteer().local.get(NAMESAKES + "Brazil", {}).get(key)
    if namesake is not None:
        return namesake
    if key in village_names("pt"):
        return Place(place.name, "place", "Brazil", place.population)
    return place
