"""The bodies a municipality, a court or a police force is named after: "a Prefeitura de Itaberaba", "o Tribunal
Judicial de Loulé", "il Comune di Imola". The name after the body's word and "of" is the town of its seat."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.other_language_common import words_by_language

# A municipality's council or town hall, named after it ("a Câmara Municipal de Oliveira do Hospital",
# "a Prefeitura de Itaberaba", a parish's "a Junta de Freguesia de Campanhã"): the word before "de" that
# makes the name after it a municipality's or a parish's.
MUNICIPAL_BODY_WORDS: dict[str, frozenset[str]] = {
    # "a Câmara de Vereadores de Mossoró"; and a court named after the town it sits in: "no Tribunal de Braga"
    # (not "o Tribunal de Contas": no town's name)
    "pt": frozenset(["Municipal", "Prefeitura", "Freguesia", "Vereadores", "Tribunal"])
    # the courts, the judicial districts and the police named after their seat: "o Tribunal Judicial de Loulé",
    # "o Tribunal da Relação de Évora", "a Comarca de Nova Lima", "o Comando Territorial de Faro", "o Comando
    # Distrital de Beja", "a Delegacia de Brumado", "a Seccional de Castanhal", "a Unidade Policial de Marabá"
    | frozenset(["Judicial", "Relação", "Comarca", "Territorial", "Distrital", "Metropolitano", "Seccional"])
    | frozenset(["Policial", "Delegacia", "Destacamento"])
    # Brazil's courts, prosecutors and police by the town they sit in: "a 2ª Vara Criminal de Muriaé", "a Vara
    # Cível de Lavras", "o Fórum de Arcos", "a Promotoria de Justiça de Passos", "a Polícia Civil de Ipatinga", "o
    # Batalhão de Polícia Militar de Caruaru", "a Vara de Execuções Penais de Betim" ("a Vara de Fazenda Pública"
    # names its field after "de", so "Vara" is no row)
    | frozenset(["Criminal", "Cível", "Fórum", "Justiça", "Civil", "Militar", "Penal", "Penais"])
    # Angola's and Mozambique's provincial bodies, named after the province or its capital: "o Comando Provincial
    # de Luanda", "o Governo Provincial de Cabo Delgado", "o Tribunal Provincial de Nampula"
    | frozenset(["Provincial"])
    # "a Câmara de Coimbra": the municipality by its council ("a Câmara dos Deputados" takes "dos")
    | frozenset(["Câmara"]),
    # "el Ayuntamiento de Zafra", "la Audiencia Provincial de Badajoz", "la Policía Municipal de Plasencia",
    # "el Juzgado de Coria"
    "es": frozenset(["Ayuntamiento", "Municipal", "Provincial", "Diputación", "Juzgado"]),
    # "il Comune di Imola", "la Procura di Ravenna", "la Questura di Lecco": the town's own offices; "il
    # Tribunale di Lecce"
    "it": frozenset(["Comune", "Procura", "Questura", "Prefettura", "Municipio", "Tribunale"]),
}

# ...and a mayor's office, written small: "el alcalde de Jódar", "la alcaldía de Jódar", "il sindaco di Luzzara",
# "le maire de Vouziers": a mayor is the mayor of a municipality, whose name follows "of".
_MAYORS: dict[str, frozenset[str]] = words_by_language(
    {
        "es": "alcalde alcaldesa alcaldía ayuntamiento",
        "it": "sindaco sindaca municipio",
        "fr": "maire mairie",
    }
)
# ...and the police post a town hosts, named after it: "la brigade de Seyssel", "la gendarmerie de Vouziers", "la
# Compagnia dei Carabinieri di Cesenatico", "i carabinieri di Luzzara", "la Stazione di Monterchi" ("la Compagnia di
# San Paolo" is a foundation)
_MAYORS["fr"] |= frozenset(["brigade", "gendarmerie", "compagnie", "commissariat"])
_MAYORS["it"] |= frozenset(["carabinieri", "Carabinieri", "Stazione", "stazione"])
for _language, _mayors in _MAYORS.items():
    MUNICIPAL_BODY_WORDS[_language] = MUNICIPAL_BODY_WORDS.get(_language, frozenset()) | _mayors
# A region's or a province's adjective may stand between the body's noun and "of" ("la localidad jienense de
# Jódar", "el Ayuntamiento ibicenco de Sant Josep", "il comune ligure di Sori"): a word so ending qualifies the
# body by where it lies, and the municipality's name still follows "of".
_PLACE_ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "es": ("ense", "enses", "ano", "ana", "eño", "eña", "ino", "ina", "ego", "ega", "és", "esa", "co", "ca"),
    "it": ("ese", "ano", "ana", "ino", "ina", "ure", "gno", "gna", "co", "ca"),
    "fr": ("ais", "aise", "ois", "oise", "ien", "ienne", "in", "ine", "and", "ande"),
}
_BODY_BESIDE_ITS_ADJECTIVE: dict[str, frozenset[str]] = words_by_language(
    {"es": "localidad municipio pueblo", "it": "comune paese", "fr": "commune village"}
)

OF_A_SETTLEMENT: dict[str, frozenset[str]] = words_by_language({"es": "de", "it": "di", "fr": "de", "pt": "de"})


# A government's department with its level between its noun and its field: "a Secretaria Municipal de Saúde de
# Campinas", "a Direcção Provincial da Educação do Huambo". After the level and "of" comes the field (Saúde is also a
# town of Bahia), and the town or province after the field.
DEPARTMENT_LEVELS: dict[str, frozenset[str]] = words_by_language({"pt": "Municipal Estadual Provincial Distrital"})
DEPARTMENTS_WITH_A_LEVEL: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "Secretaria Secretarias Direção Direcção Diretoria Departamento Gabinete Coordenadoria Superintendência"
        # ...and the foundations, funds, councils and plans named by their field: "a Fundação Municipal de Saúde de
        # Niterói", "o Conselho Municipal de Educação", "o Fundo Municipal de Saúde" (not "a Guarda Municipal de
        # Lisboa", "o Teatro Municipal de Bragança", named after their town)
        " Fundação Fundo Conselho Plano Conferência Instituto Programa Agência Autarquia"
    }
)


def after_a_municipal_body(doc: ActorDocument, position: int, language: str) -> bool:
    """'a Prefeitura de ', 'o Tribunal Judicial de ': a council's, a court's or a police body's word and "of"
    right before `position`, the seat it is named after."""
    bodies = MUNICIPAL_BODY_WORDS.get(language)
    if not bodies or position < 2:
        return False
    of, body = doc.tokens[position - 1], doc.tokens[position - 2]
    if position >= 3 and department_field_after_its_level(doc, position, language):
        return False  # "a Secretaria Municipal de Saúde": the department's field, not its seat
    return (
        of.joined
        and body.joined
        and of.text in OF_A_SETTLEMENT.get(language, ())
        and (body.text in bodies or body.text in _POLICE_INITIALS.get(language, frozenset()))
    )


def department_field_after_its_level(doc: ActorDocument, position: int, language: str) -> bool:
    """'Secretaria Municipal de [Saúde]': the word at `position` is a department's field, after its noun, its level
    of government and "of"."""
    if position < 3:
        return False
    tokens = doc.tokens
    noun, level, of = tokens[position - 3], tokens[position - 2], tokens[position - 1]
    return (
        noun.text in DEPARTMENTS_WITH_A_LEVEL.get(language, ())
        and level.text in DEPARTMENT_LEVELS.get(language, ())
        and of.text in OF_A_SETTLEMENT.get(language, ())
        and noun.joined
        and level.joined
        and of.joined
    )


# The police forces by their initials, one row per language, before "de" and the town of their local unit: "a PSP de
# Braga", "o NIC de Loulé", "a GNR de Lagoa", "a PM de Caruaru", "o 5º BPM de Castanhal" (not "o CD de Natal").
_POLICE_INITIALS: dict[str, frozenset[str]] = words_by_language({"pt": "PSP GNR PJ NIC PM PC PF PRF BPM DP"})


def after_a_body_and_its_adjective(doc: ActorDocument, position: int, language: str) -> bool:
    """'la localidad jienense de ', 'el Ayuntamiento ibicenco de ': a municipality's body or noun, a place's
    adjective in lower case and "of" right before `position`."""
    if position < 3:
        return False
    tokens = doc.tokens
    of, adjective, noun = tokens[position - 1], tokens[position - 2], tokens[position - 3]
    if not (of.joined and adjective.joined and noun.joined and of.text in OF_A_SETTLEMENT.get(language, ())):
        return False
    word = adjective.text
    if not (word.isalpha() and word.islower() and word.endswith(_PLACE_ADJECTIVE_ENDINGS.get(language, ()))):
        return False
    return noun.text in MUNICIPAL_BODY_WORDS.get(
        language, frozenset()
    ) or noun.text.lower() in _BODY_BESIDE_ITS_ADJECTIVE.get(language, frozenset())
