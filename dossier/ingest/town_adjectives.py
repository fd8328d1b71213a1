"""A Russian town named by its adjective before a quoted name: "омский «Авангард»" (Omsk's club),
"новосибирскую «Сибирь»", "казанский «Рубин»". Sports and business news name a club or a firm so; the
reader takes the town from the adjective. Only right before the opening quote: elsewhere such an
adjective is a street's, a region's or a product's ("Тульский пряник")."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place, gazetteer, is_region
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import KNOWN_TOWN, place_candidate
from dossier.ingest.word_frequencies import zipf_frequency
from dossier.model import ActorKind

_ADJECTIVE_CASES = ("ского", "скому", "ским", "ском", "ский", "ская", "скую", "ской", "ское")
_OPENING_QUOTES = ("«", "„", '"')
# The town's name from the adjective's stem: "омск-ий" (Омск), "казан-ский" (Казань), "самар-ский" (Самара).
_TOWN_ENDINGS = ("ск", "ь", "а", "")


def town_of_a_quoted_name(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    if language != "ru":
        return None
    tokens = doc.tokens
    word = tokens[position].text
    if not word.isalpha() or not word.islower() or position + 1 >= len(tokens):
        return None
    ending = next((case for case in _ADJECTIVE_CASES if word.endswith(case)), None)
    after = doc.text[tokens[position].end : tokens[position].end + 2]
    if ending is None or after[:1] != " " or after[1:] not in _OPENING_QUOTES:
        return None
    quoted = doc.text[tokens[position].end + 2 : tokens[position].end + 3]
    if not quoted.isupper():
        return None  # "тульский «пряник»": a thing in quotes, not a name
    town = _town_of_the_stem(word[: -len(ending)], KNOWN_TOWN)
    if town is None:
        return None
    name, place = town
    return place_candidate(position, position, name, place, ActorKind.place)


def _town_of_the_stem(stem: str, smallest: int) -> tuple[str, Place] | None:
    own = gazetteer().local.get("ru", {})
    hits = []
    for base_stem in _stems(stem):
        # "гомель-ский": Гомель, the soft sign the town's own
        names = [base_stem.capitalize()] if base_stem.endswith("ь") else []
        if base_stem.endswith("с"):
            names.append(base_stem.capitalize() + "с")  # "миас-ский": Миасс, its last "с" merged into the suffix
        for town_ending in _TOWN_ENDINGS:
            # "туль-ский": Тула; the soft sign belongs to the adjective before a hard ending
            base = base_stem[:-1] if base_stem.endswith("ь") and town_ending in ("а", "") else base_stem
            names.append((base + town_ending).capitalize())
        for name in names:
            place = own.get(fold(name))
            if place is not None and place.kind != "state" and not is_region(place) and place.population >= smallest:
                hits.append((name, place))
    if not hits:
        return None
    # "москов-ский" spells both "Москова" (an old name GeoNames keeps) and, its fleeting "о" dropped, "Москва":
    # the town's everyday name is the one the language writes most
    return max(hits, key=lambda hit: zipf_frequency(hit[0], "ru"))


# A town's body named by the town's adjective and the town's level: "Московский городской суд", "Гомельского
# горисполкома", "в Брестском горсовете" (the city's court, executive committee, council), as "Саратовский
# областной суд" names the oblast. The level's stems; the adjective's own nominative is never read as a town
# ("Московский" is also a town of New Moscow).
_CITY_LEVEL = ("городск", "горисполком", "горсовет", "горсуд", "гордум", "горадминистрац")
# Such a body serves a town this large; below it the adjective spells hamlets as often.
_TOWN_WITH_A_CITY_BODY = 20_000


def town_of_a_city_body(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if (
        language != "ru"
        or position + 1 >= len(tokens)
        or doc.text[tokens[position].end : tokens[position + 1].start] != " "
    ):
        return None
    word, level = tokens[position].text, tokens[position + 1].text.lower()
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower() or not level.startswith(_CITY_LEVEL):
        return None
    ending = next((case for case in _ADJECTIVE_CASES if word.lower().endswith(case)), None)
    if ending is None:
        return None
    town = _town_of_the_stem(word[: -len(ending)].lower(), _TOWN_WITH_A_CITY_BODY)
    # "Волжский городской суд": a city named by the adjective itself (Volzhsky, 320,000 people) holds the court, not
    # the smaller town its stem spells (Volzhsk); "Московский" (a town of New Moscow) is smaller than Moscow
    named = _town_named_by_the_adjective(word[: -len(ending)] + "ский")
    if named is not None and (town is None or named[1].population > town[1].population):
        town = named
    if town is None:
        return None
    name, place = town
    return place_candidate(position, position, name, place, ActorKind.place)


def _town_named_by_the_adjective(nominative: str) -> tuple[str, Place] | None:
    place = gazetteer().local.get("ru", {}).get(fold(nominative))
    if place is None or place.kind == "state" or is_region(place) or place.population < _TOWN_WITH_A_CITY_BODY:
        return None
    return nominative, place


def _stems(stem: str) -> tuple[str, ...]:
    """The adjective's stem, and the stem without the fleeting vowel before its last consonant ("москов" ->
    "москв")."""
    if len(stem) > 3 and stem[-2] in "оеё" and stem[-1] not in "аеёиоуыэюяь":
        return stem, stem[:-2] + stem[-1]
    return (stem,)
