"""Towns joined by dashes right after a noun of a road, a line or a flight: "по трассе Джубга — Сочи",
"sulla linea Venezia–Padova–Vicenza", "die Strecke Köln–Bonn", "a linha Lisboa–Porto"; and the town a
bus, a flight or a turn heads for or passes through after Russian "на", "к", "через": "рейс на Тверь",
"до поворота на Ибреси", "трасса через Валдай".

Languages other than English name a route by its towns after the noun, with a dash between them
(spaced or not). No preposition of place stands before the towns, so a town of some size there was
not read; the noun and the chain of capitalised words say that each is a town the route joins.
Whether the word is a town the gazetteer knows is for the caller to ask.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.other_language_common import words_by_language

# Nouns of a route named by its towns after it, in the forms the news writes them.
_ROUTE_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "ru": "трасса трассе трассу трассы трассой шоссе автодорога автодороге автодорогу автодороги маршрут"
        " маршруте маршрута рейс рейса рейсе рейсы рейсов линия линии линию ветка ветке ветки ветку"
        " направление направлении",
        "uk": "траса трасі трасу траси автодорога автодорозі маршрут маршруті маршруту рейс рейси рейсів лінія лінії",
        "it": "linea tratta tratte autostrada superstrada collegamento collegamenti volo voli",
        "de": "strecke bahnstrecke linie verbindung verbindungen autobahn route flug flüge",
        "pt": "linha trecho rodovia ligação ligações rota voo voos",
        "es": "línea tramo autovía autopista ruta conexión vuelo vuelos",
        "fr": "ligne liaison liaisons axe autoroute trajet vol vols",
    }
)
# Dashes that join the towns: spaced or not; a hyphen only unspaced ("Köln-Bonn").
_DASHES = ("–", "—")
_HYPHEN = "-"
# Longest chain: "Venezia–Padova–Vicenza–Verona".
_MOST_TOWNS = 4
# Most words of one town's name in the chain: "Ростов-на-Дону" is joined by hyphens, "Нижний Новгород" by a space.
_MOST_WORDS = 3


def town_of_a_named_route(doc: ActorDocument, position: int, language: str) -> bool:
    """The capitalised word at `position` is one of two or more joined by dashes right after a noun of a
    route ("трассе Джубга — Сочи")."""
    nouns = _ROUTE_NOUNS.get(language)
    if nouns is None:
        return False
    tokens = doc.tokens
    first = position
    for _ in range(_MOST_TOWNS):
        if first == 0:
            return False
        before = tokens[first - 1]
        gap = doc.text[before.end : tokens[first].start]
        if _dash(gap) and before.text[:1].isupper() and before.text.isalpha():
            first -= 1
            # "по трассе Нижний Новгород — Киров": the town before the dash may be of several words
            for _ in range(_MOST_WORDS - 1):
                if first > 0 and _spaced_name_word(doc, first - 1) and tokens[first - 1].text.lower() not in nouns:
                    first -= 1  # not "Strecke": German writes the route's noun with a capital too
            continue
        if gap != " " or before.text.lower() not in nouns:
            return False
        break
    else:
        return False
    if first < position:
        return True
    after = tokens[position + 1] if position + 1 < len(tokens) else None
    return after is not None and _dash(doc.text[tokens[position].end : after.start]) and after.text[:1].isupper()


def _spaced_name_word(doc: ActorDocument, k: int) -> bool:
    """A capitalised word one space before the next: an earlier word of a town's name."""
    word = doc.tokens[k].text
    return word[:1].isupper() and word.isalpha() and doc.text[doc.tokens[k].end : doc.tokens[k + 1].start] == " "


def _dash(gap: str) -> bool:
    return gap == _HYPHEN or (gap.strip() in _DASHES and len(gap) <= 3)


# Nouns of a ride, a road or a turn that "на" and a town's accusative follow: where it heads for.
# "на" alone is "on" ("на Путина", "ставка на Сбербанк"); after one of these it is "towards".
_HEADING_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "ru": "рейс рейса рейсе рейсы рейсов поезд поезда поезде поезду поездов автобус автобуса автобусе автобусы"
        " автобусов электричка электрички электричек поворот поворота повороте поворотом съезд съезда съезде"
        " выезд выезда выезде вылет вылета вылеты дорога дороги дороге дорогу трасса трассы трассе трассу"
        " шоссе направление направлении путь пути подъезд подъезды подъездах подъезде подъезда",
        "uk": "рейс рейсу рейси рейсів потяг потяга потяги поїзд поїзда автобус автобуса автобуси поворот повороту"
        " з'їзд виїзд дорога дороги дорозі дорогу траса траси трасі трасу напрямок напрямку маршрут маршруту"
        " маршрути",
        # Italian "per" is "for" ("un regalo per Marco"); after a ride or a line it is "bound for": "le navi
        # per Genova", "la linea per Arezzo"
        "it": "treno treni nave navi traghetto traghetti volo voli corsa corse autobus pullman collegamento"
        " collegamenti partenze coincidenza coincidenze linea linee",
    }
)
# "рейс на Тверь", "подъезды к Чудову", "трасса через Валдай", "путь до Кимр": towards, through, as far as.
_TOWARDS: dict[str, frozenset[str]] = words_by_language({"ru": "на к ко через до", "uk": "на до через", "it": "per"})


def town_a_ride_heads_for(doc: ActorDocument, position: int, language: str) -> bool:
    """'рейс на Тверь', 'до поворота на Ибреси', 'трасса через Валдай': the capitalised word after "на",
    "к", "через" or "до" and a noun of a ride, a road or a turn."""
    towards = _TOWARDS.get(language)
    if towards is None or position < 2:
        return False
    tokens = doc.tokens
    before, noun = tokens[position - 1], tokens[position - 2]
    return (
        before.text in towards
        and doc.text[before.end : tokens[position].start] == " "
        and doc.text[noun.end : before.start] == " "
        and noun.text.lower() in _HEADING_NOUNS[language]
    )
