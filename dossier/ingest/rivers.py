"""Rivers named bare, with no word for "river": "an der Oder", "auf dem Main", "на берегу Белой";
in German also the lands and mountains that GeoNames' town names give (`landscapes`): "im Taunus".

The gazetteer holds towns, not rivers, and a river's name is often a word of the language too
("oder": or; "Белая": white). Two things together tell the river: the name is one of the region's
larger rivers (a closed set, one row per language below), and the word before it is an article or a
preposition that a river takes ("an der Oder", "von der Weser", "через Северную Двину"). A
capitalised word after an article cannot be the conjunction "oder"; "белая" in lower case is no name.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.hungarian_waters import hungarian_water_at
from dossier.ingest.landscapes import landscape_names
from dossier.ingest.names import fold, is_given_name, word_set
from dossier.ingest.villages import village_names

# German: the rivers, and the words right before one. An adjective may stand between ("an der Alten
# Oder", "die Fränkische Saale"). Left out: rivers whose names are common nouns after the same
# articles ("Leine": a leash, "Sieg": a victory, "Regen": rain, "Lippe": a lip, "Elster": a magpie,
# "Kocher": a stove, "Kamp": a field).
GERMAN_RIVERS = _GERMAN_RIVERS = frozenset(
    [
        "Oder",
        "Elbe",
        "Weser",
        "Donau",
        "Mosel",
        "Saale",
        "Havel",
        "Spree",
        "Ems",
        "Fulda",
        "Werra",
        "Lahn",
        "Ruhr",
        "Aller",
        "Isar",
        "Warthe",
        "Neiße",
        "Weichsel",
        "Moldau",
        "Eger",
        "Nahe",
        "Saar",
        "Wupper",
        "Erft",
        "Jagst",
        "Kinzig",
        "Unstrut",
        "Trave",
        "Peene",
        "Enns",
        "Salzach",
        "Drau",
        "Aare",
        "Limmat",
        "Maas",
        "Ilmenau",
        "Altmühl",
        "Tauber",
        "Pegnitz",
        "Regnitz",
        "Wörnitz",
        "Kyll",
        "Ahr",
        "Emscher",
        "Rhein",
        "Main",
        "Neckar",
        "Inn",
        "Lech",
        "Iller",
        "Wertach",
        "Ammer",
        "Loisach",
        "Traun",
        "Ybbs",
        "Thaya",
        "Leitha",
        # smaller rivers local news names bare ("zwischen Lenne und Volme", "an der Möhne", "an der Abens"), no
        # word of the language and no family name of note ("Eder", "Enz" and "Rott" are)
        *("Volme", "Lenne", "Bigge", "Möhne", "Diemel", "Nister", "Abens", "Naab", "Vils", "Amper", "Mangfall"),
        *("Ilz", "Rems", "Fils", "Brigach", "Wutach", "Blies", "Prims", "Rur", "Niers", "Hunte", "Wümme"),
        *("Oste", "Eider", "Treene", "Warnow", "Uecker", "Pleiße", "Zschopau", "Flöha"),
    ]
)
_GERMAN_CUES = word_set("der die den dem des am im vom zum zur beim ins entlang &")
# A landscape named by a neuter noun takes the neuter article, which no river does: "das Erzgebirge
# stärken", "durchs Sauerland" ("durchs" is "durch das"; "ins" is a cue of rivers too).
_NEUTER_ARTICLES = word_set("das durchs fürs ans übers")
# Words written small between the article and the river for its whole length: "für die ganze Oder",
# "an der gesamten Elbe".
_GERMAN_WHOLE = word_set("ganze ganzen gesamte gesamten")
_GERMAN_ADJECTIVES = frozenset(
    [
        "Alte",
        "Alten",
        "Obere",
        "Oberen",
        "Untere",
        "Unteren",
        "Mittlere",
        "Mittleren",
        "Fränkische",
        "Fränkischen",
        "Schwäbische",
        "Schwäbischen",
        "Glatzer",
        "Lausitzer",
        "Wilde",
        "Wilden",
        "Kleine",
        "Kleinen",
        "Große",
        "Großen",
    ]
)

# "und", "и": a river listed right after another river is one too ("по Волге и Каме").
_AND: dict[str, frozenset[str]] = {
    "de": frozenset(["und", "oder"]),
    "ru": frozenset(["и", "или"]),
    "pl": frozenset(["i", "oraz"]),
    "uk": frozenset(["і", "й", "та", "або"]),
    "pt": frozenset(["e", "ou"]),
    "nl": frozenset(["en", "of"]),
    "cs": frozenset(["a", "i", "nebo"]),
}
_LISTED = "&"

# Russian: each river in the nominative, its words declined together ("Северная Двина" -> "через
# Северную Двину", "на Северной Двине"). Left out: names that are given names ("Лена") or a title ("Дон").
_RUSSIAN_RIVERS = [
    "Волга",
    "Ока",
    "Кама",
    "Белая",
    "Нева",
    "Печора",
    "Вятка",
    "Сухона",
    "Ангара",
    "Обь",
    "Енисей",
    "Иртыш",
    "Амур",
    "Днепр",
    "Тобол",
    "Томь",
    "Терек",
    "Чусовая",
    "Северная_Двина",
    "Западная_Двина",
    "Подкаменная_Тунгуска",
    "Нижняя_Тунгуска",
    "Селенга",
    "Вычегда",
    "Пинега",
    "Мезень",
    "Ветлуга",
    "Десна",
    "Медведица",
    # the north-west's and the centre's rivers ("мост через Волхов", "по Мсте")
    "Волхов",
    "Свирь",
    "Мста",
    "Ловать",
    "Шелонь",
    "Клязьма",
    "Хопёр",
    "Исеть",
    "Северский_Донец",
    # Siberia's and the Far East's ("по Колыме", "на Ингоде", "вдоль Катуни"), and the great lakes named bare as
    # rivers are, declined as they are ("на Байкале", "вдоль Байкала", "по Ладоге", "на Селигере")
    "Ингода",
    "Колыма",
    "Алдан",
    "Катунь",
    "Байкал",
    "Ладога",
    "Селигер",
]
# The words before a river: a preposition of place or of crossing, a bank, a mouth, a reach.
_RUSSIAN_CUES = frozenset(
    [
        "на",
        "по",
        "через",
        "вдоль",
        "за",
        "над",
        "берегу",
        "берега",
        "берегах",
        "берегам",
        "устье",
        "устья",
        "верховьях",
        "низовьях",
        "течение",
        "течения",
        "притоке",
        "притока",
        "&",
    ]
)
# Case endings of a nominative's ending: nominative, genitive, dative, accusative, instrumental, prepositional.
_RUSSIAN_CASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ая", ("ая", "ой", "ой", "ую", "ой", "ой")),
    ("яя", ("яя", "ей", "ей", "юю", "ей", "ей")),
    ("ка", ("ка", "ки", "ке", "ку", "кой", "ке")),
    ("га", ("га", "ги", "ге", "гу", "гой", "ге")),
    ("а", ("а", "ы", "е", "у", "ой", "е")),
    ("я", ("я", "и", "е", "ю", "ей", "е")),
    ("ь", ("ь", "и", "и", "ь", "ью", "и")),
    ("ей", ("ей", "ея", "ею", "ей", "еем", "ее")),
    ("", ("", "а", "у", "", "ом", "е")),
)


def _russian_forms(word: str) -> tuple[str, ...]:
    ending, cases = next((end, cases) for end, cases in _RUSSIAN_CASES if word.endswith(end))
    stem = word[: len(word) - len(ending)]
    return tuple(stem + case for case in cases)


@lru_cache(maxsize=1)
def _russian_table() -> dict[tuple[str, ...], str]:
    """Each declined spelling of a Russian river (its words) -> the river's nominative."""
    table: dict[tuple[str, ...], str] = {}
    for river in _RUSSIAN_RIVERS:
        words = river.split("_")
        for case in zip(*(_russian_forms(word) for word in words), strict=True):
            table.setdefault(case, " ".join(words))
    return table


def river_at(doc: ActorDocument, position: int, last: int, language: str) -> tuple[int, str] | None:
    """The last word and the name of a river that the run's words from `position` name after a cue,
    or None."""
    tokens = doc.tokens
    if language == "it":
        return _italian_river(doc, position)
    if language == "hu":
        return hungarian_water_at(doc, position)
    if position == 0 or not tokens[position - 1].joined:
        return None
    before = tokens[position - 1].text.lower()
    if before in _AND.get(language, ()) and position >= 2 and _listed_after_a_river(doc, position - 2, language):
        before = _LISTED  # "по Волге и Каме", "an Weser und Aller"
    if language == "de":
        if before in _GERMAN_WHOLE and position >= 2 and tokens[position - 2].joined:
            before = tokens[position - 2].text.lower()  # "die ganze Oder": the article before the adjective
        if before in ("an", "zwischen") and _paired_german_rivers(doc, position):
            # "an Elbe und Saale", "an Rhein und Ruhr", "zwischen Iller und Lech": two rivers without articles
            before = _LISTED
        return _german_river(doc, position, last, before)
    if before in _DECLINED_CUES.get(language, ()):
        if language == "nl" and position >= 2 and is_given_name(tokens[position - 2].folded):
            return None  # "Frank de Waal": a family name
        tables = {"ru": _russian_table, "pl": _polish_table, "uk": _ukrainian_table, "pt": _portuguese_table}
        table = {**tables, "nl": _dutch_table, "cs": _czech_table, "sk": _slovak_table}[language]()
        for end in (position + 1, position):
            if end > last or (end > position and not tokens[position].joined):
                continue
            words = tuple(tokens[k].text for k in range(position, end + 1))
            if words not in table or doc.text.startswith("-", tokens[end].end):
                continue
            if end + 1 < len(tokens) and tokens[end].joined and tokens[end + 1].text[:1].isupper():
                return None  # "на Белой Горе": a longer name, not the river
            if (
                language == "pt"
                and position >= 2
                and tokens[position - 2].text[:1].isupper()
                and tokens[position - 2].joined
            ):
                return None  # "Ferreira do Zêzere", "Sever do Vouga": the end of a town's name
            if _adjective_before_a_noun(doc, end, table[words]):
                return None  # "на Белой даче": the adjective of a noun after it
            return end, table[words]
    return None


# Polish: each river's forms as the cases write them (nominative first), its words declined together.
_POLISH_RIVERS = (
    "Odra Odry Odrze Odrę Odrą",
    "Wisła Wisły Wiśle Wisłę Wisłą",
    "Warta Warty Warcie Wartę Wartą",
    "Pilica Pilicy Pilicę Pilicą",
    "Bóbr Bobru Bobrze Bobrem",
    "Narew Narwi Narwią",
    "Bug Bugu Bugiem",
    "Noteć Noteci Notecią",
    "Dunajec Dunajca Dunajcu Dunajcem",
    "San Sanu Sanie Sanem",  # "most na Sanie"; "w San Diego" goes on into a longer name
    "Wisłok Wisłoka Wisłoku Wisłokiem",
    "Wisłoka Wisłoki Wisłoce Wisłokę Wisłoką",
    "Bzura Bzury Bzurze Bzurę Bzurą",
    "Prosna Prosny Prośnie Prosnę Prosną",
    "Drwęca Drwęcy Drwęcę Drwęcą",
    "Brda Brdy Brdzie Brdę Brdą",
    "Skawa Skawy Skawie Skawę Skawą",
    "Nysa_Kłodzka Nysy_Kłodzkiej Nysie_Kłodzkiej Nysę_Kłodzką Nysą_Kłodzką",
    "Nysa_Łużycka Nysy_Łużyckiej Nysie_Łużyckiej Nysę_Łużycką Nysą_Łużycką",
    "Biała_Lądecka Białej_Lądeckiej Białą_Lądecką",
)
_POLISH_CUES = word_set("nad przez na do z ze w we wzdłuż rzeka rzeki rzece rzekę rzeką &")
# Ukrainian: each river's forms as the cases write them (nominative first). Left out: names that are
# towns too ("Дніпро", "Стрий").
_UKRAINIAN_RIVERS = (
    "Дністер Дністра Дністру Дністром Дністрі",
    "Тиса Тиси Тисі Тису Тисою",
    "Прут Прута Пруту Прутом Пруті",
    "Десна Десни Десні Десну Десною",
    "Дунай Дунаю Дунаєм Дунаї",
    "Ворскла Ворскли Ворсклі Ворсклу Ворсклою",
    "Інгулець Інгульця Інгульцю Інгульцем Інгульці",
    "Черемош Черемошу Черемошем Черемоші",
    "Південний_Буг Південного_Бугу Південному_Бугу Південним_Бугом Південному_Бузі",
    "Сіверський_Донець Сіверського_Дінця Сіверському_Дінцю Сіверським_Дінцем",
)
_UKRAINIAN_CUES = word_set(
    "на по через вздовж уздовж над за біля берегах берегом березі берегів гирлі гирла верхів'ях пониззі &"
)
# Portuguese: the larger rivers of Portugal and Brazil, after the article a river takes ("a sul do Tejo",
# "as margens do Mondego", "atravessar o Guadiana") or a list ("do Tejo e do Sado"). Left out: names that
# are towns, states or regions too ("Douro", "Minho", "Lima", "Paraná", "São Francisco", "Madeira"), or end
# one ("Ferreira do Zêzere", "Sever do Vouga", "Tâmega e Sousa").
# Rivers that end a town's name are read only where no capitalised word stands before their article ("junto ao
# Tua", "sobre o Sabor", "saltaram o Zêzere"; not "Ferreira do Zêzere", "Sever do Vouga").
_PORTUGUESE_RIVERS = (
    *("Tejo", "Mondego", "Guadiana", "Sado", "Tietê", "Xingu", "Araguaia"),
    *("Tua", "Sabor", "Côa", "Zêzere", "Vouga", "Cávado", "Sorraia", "Tapajós", "Solimões"),
)
_PORTUGUESE_CUES = word_set("o do no ao pelo &")
# Dutch: the larger rivers of the Netherlands and Flanders, after the article a river takes ("de Maas
# stijgt", "langs de Waal") or a list ("de Ourthe en de Semois"). Left out: names that are towns or
# words too ("Rijn" is Rhine but "Oude Rijn" a town, "Aa", "Zenne"); "de Waal" after a given name is
# a family name.
_DUTCH_RIVERS = (
    "Maas",
    "Waal",
    "Nederrijn",
    "Lek",
    "IJssel",
    "Schelde",
    "Roer",
    "Dommel",
    "Amstel",
    "Linge",
    "Berkel",
    # the east's and the north's rivers ("de Dinkel", "langs de Vecht"): capitalised inside a sentence,
    # after the river's article; "dinkel" (spelt) is written small
    "Dinkel",
    "Vecht",
    "Regge",
    "Hunze",
    "Zaan",
    "Niers",
    "Swalm",
    "Geul",
    "Dender",
    "Leie",
    "Demer",
    "Dijle",
    "Nete",
    "Ourthe",
    "Semois",
    "Sambre",
)
_DUTCH_CUES = word_set("de der &")
# Czech: the larger rivers of Bohemia, Moravia and Silesia, each's forms as the cases write them. Left out:
# names that are towns or lands too ("Opava", "Jihlava", "Svitava"; "Morava" is Moravia), or many
# villages' ("Bělá").
_CZECH_RIVERS = (
    "Odra Odry Odře Odru Odrou",
    "Labe Labi Labem",
    "Vltava Vltavy Vltavě Vltavu Vltavou",
    "Ohře Ohři Ohří",
    "Sázava Sázavy Sázavě Sázavu Sázavou",
    "Berounka Berounky Berounce Berounku Berounkou",
    "Dyje Dyji Dyjí",
    "Svratka Svratky Svratce Svratku Svratkou",
    "Bečva Bečvy Bečvě Bečvu Bečvou",
    "Otava Otavy Otavě Otavu Otavou",
    "Lužnice Lužnici Lužnicí",
    "Jizera Jizery Jizeře Jizeru Jizerou",
    "Ostravice Ostravici Ostravicí",
    "Olše Olši Olší",
    "Moravice Moravici Moravicí",
    "Orlice Orlici Orlicí",
)
# The words before a Czech river: prepositions of place, along, across, with ("soutok s Odrou"), and a river.
_CZECH_CUES = word_set("na v ve do z ze po podél přes s se k ke u nad pod řeka řeky řece řeku řekou &")
# Slovak rivers as Czech ones, each row its cases ("most cez Hornád", "pri Váhu", "na Hrone"); not the rivers that
# share a town's name (Poprad, Nitra, Myjava), read as the town
_SLOVAK_RIVERS = (
    "Váh Váhu Váhom",
    "Hron Hrona Hrone Hronom",
    "Hornád Hornádu Hornáde Hornádom",
    "Ipeľ Ipľa Ipli Ipľom",
    "Dunaj Dunaja Dunaji Dunajom",
    "Morava Moravy Morave Moravu Moravou",
    "Bodrog Bodrogu Bodrogom",
    "Torysa Torysy Toryse Torysu Torysou",
    "Ondava Ondavy Ondave Ondavu Ondavou",
    "Laborec Laborca Laborci Laborcom",
    "Orava Oravy Orave Oravu Oravou",
    "Kysuca Kysuce Kysucu Kysucou",
    "Latorica Latorice Latoricu Latoricou",
    "Dudváh Dudváhu Dudváhom",
)
_SLOVAK_CUES = word_set("na v vo do z zo po pozdĺž cez s so k ku pri nad pod rieka rieky rieke rieku riekou &")
_DECLINED_CUES = {
    "cs": _CZECH_CUES,
    "sk": _SLOVAK_CUES,
    "ru": _RUSSIAN_CUES,
    "pl": _POLISH_CUES,
    "uk": _UKRAINIAN_CUES,
    "pt": _PORTUGUESE_CUES,
    "nl": _DUTCH_CUES,
}


@lru_cache(maxsize=1)
def _polish_table() -> dict[tuple[str, ...], str]:
    return _table_of_forms(_POLISH_RIVERS)


@lru_cache(maxsize=1)
def _ukrainian_table() -> dict[tuple[str, ...], str]:
    return _table_of_forms(_UKRAINIAN_RIVERS)


@lru_cache(maxsize=1)
def _portuguese_table() -> dict[tuple[str, ...], str]:
    return _table_of_forms(_PORTUGUESE_RIVERS)


# Italian: the larger rivers of Italy, after the article a river takes ("il Po", "lungo il Tevere", "sul
# Piave") or with it elided ("l'Adda", "dell'Adige", "nell'Arno"). Left out: names that are towns,
# regions or cantons too ("Ticino", "Pescara", "Sele" is a word), and given names ("Reno").
_ITALIAN_RIVERS = frozenset(
    [
        "Po",
        "Adige",
        "Tevere",
        "Arno",
        "Adda",
        "Piave",
        "Brenta",
        "Tagliamento",
        "Oglio",
        "Mincio",
        "Isonzo",
        "Volturno",
        "Sesia",
        "Tanaro",
        "Serchio",
        "Ombrone",
        "Bormida",
        "Lambro",
        "Secchia",
        "Panaro",
        "Metauro",
        "Garigliano",
        "Simeto",
        "Bacchiglione",
    ]
)
_ITALIAN_CUES = word_set("il del nel al dal sul col lungo")
_ITALIAN_ELIDED = word_set("l dell nell all dall sull")
_APOSTROPHES = ("'", "’")


def _italian_river(doc: ActorDocument, position: int) -> tuple[int, str] | None:
    """'il Po', 'lungo il Tevere', "L'Adda", "dell'Adige": a river of the list after its article."""
    tokens = doc.tokens
    text = tokens[position].text
    for mark in _APOSTROPHES:
        article, _, name = text.partition(mark)
        if name and article.lower() in _ITALIAN_ELIDED and name in _ITALIAN_RIVERS:
            return position, name
    if position == 0 or not tokens[position - 1].joined or text not in _ITALIAN_RIVERS:
        return None
    return (position, text) if tokens[position - 1].text.lower() in _ITALIAN_CUES else None


@lru_cache(maxsize=1)
def _czech_table() -> dict[tuple[str, ...], str]:
    return _table_of_forms(_CZECH_RIVERS)


@lru_cache(maxsize=1)
def _slovak_table() -> dict[tuple[str, ...], str]:
    return _table_of_forms(_SLOVAK_RIVERS)


@lru_cache(maxsize=1)
def _dutch_table() -> dict[tuple[str, ...], str]:
    return _table_of_forms(_DUTCH_RIVERS)


def _table_of_forms(rows: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    """Each spelling of a row's river (its words) -> the river's nominative, the row's first form."""
    table: dict[tuple[str, ...], str] = {}
    for row in rows:
        forms = row.split()
        for form in forms:
            table[tuple(form.split("_"))] = forms[0].replace("_", " ")
    return table


# A river named by an adjective ("Белая", "Чусовая") read as the adjective of the noun that follows.
_ADJECTIVE_NAMES = ("ая", "яя")
_SHORTEST_NOUN = 3


def _adjective_before_a_noun(doc: ActorDocument, end: int, name: str) -> bool:
    tokens = doc.tokens
    if not name.endswith(_ADJECTIVE_NAMES) or end + 1 >= len(tokens) or not tokens[end].joined:
        return False
    after = tokens[end + 1].text
    return after.isalpha() and after.islower() and len(after) >= _SHORTEST_NOUN


def _paired_german_rivers(doc: ActorDocument, position: int) -> bool:
    """'an Elbe und Saale': a river's name, "und", and another river's name, both in the closed list; or one of
    them a river named by a common noun ("zwischen Regen und Donau", "an Donau und Regen": rain is no river's
    partner)."""
    tokens = doc.tokens
    if position + 2 >= len(tokens) or tokens[position + 1].text != "und":
        return False
    first, second = tokens[position].text, tokens[position + 2].text
    return (first in _GERMAN_RIVERS and second in _GERMAN_RIVERS | _NOUN_RIVERS) or (
        first in _NOUN_RIVERS and second in _GERMAN_RIVERS
    )


def _listed_after_a_river(doc: ActorDocument, k: int, language: str) -> bool:
    """Whether the word at `k` is a river named after its own cue."""
    return doc.tokens[k].joined and river_at(doc, k, k, language) is not None


# A river's parts (and its valley), then its article: the name after them is a river's that no list need hold
# ("am Ufer der Ilz", "an der Mündung der Wertach", "den Pegel des Kochers", "im Tal der Lieser"), unless a
# frequent word. An adjective of colour or age before the name makes it a name, frequent or not ("am Ufer der
# Weißen Elster": the magpie's word is frequent).
_RIVER_PARTS = word_set("Ufer Ufern Mündung Oberlauf Unterlauf Flussbett Pegel Pegelstand Zufluss Nebenfluss Tal Tals")
_RIVER_PART_ARTICLES = word_set("der des")
_RARE_RIVER_WORD = 3.0  # Zipf: "am Ufer der Stadt" names no river
_RIVER_WORD_AFTER_AN_ADJECTIVE = 4.0  # "der Schwarzen Elster"; "der Alten Stadt" is a frequent noun
_RIVER_ADJECTIVES = word_set("Weiße Weißen Schwarze Schwarzen Rote Roten Alte Alten Kleine Kleinen Große Großen")


def _river_after_its_part(doc: ActorDocument, position: int, last: int) -> tuple[int, str] | None:
    from dossier.ingest.word_frequencies import zipf_frequency

    tokens = doc.tokens
    if (
        position < 2
        or not tokens[position - 2].joined
        or tokens[position - 2].text not in _RIVER_PARTS
        or tokens[position - 1].text not in _RIVER_PART_ARTICLES
    ):
        return None
    end, ceiling = position, _RARE_RIVER_WORD
    if tokens[position].text in _RIVER_ADJECTIVES and position < last and tokens[position].joined:
        end, ceiling = position + 1, _RIVER_WORD_AFTER_AN_ADJECTIVE
    word = tokens[end].text
    if not word.isalpha() or not word[1:].islower() or (end < last and tokens[end].joined):
        return None
    if tokens[position - 1].text == "des" and word.endswith("s"):
        word = word[:-1]
    if zipf_frequency(word.lower(), "de") >= ceiling or doc.gazetteer.lookup((tokens[end].folded,)):
        return None
    adjective = tokens[position].text if end > position else ""
    if adjective.endswith("en") and tokens[position - 1].text == "der":
        adjective = adjective[:-1]  # "der Weißen Elster": a feminine river, "die Weiße Elster"
    return end, f"{adjective} {word}" if adjective else word


def _german_river(doc: ActorDocument, position: int, last: int, before: str) -> tuple[int, str] | None:
    tokens = doc.tokens
    if before not in _GERMAN_CUES and before not in _NEUTER_ARTICLES:
        return None
    word = tokens[position].text
    if before == "des" and word.endswith("s") and word[:-1] in _GERMAN_RIVERS:
        return position, word[:-1]  # "auf der Seite des Inns", "am Ufer des Rheins": the genitive's "-s"
    land = _landscape_s_genitive(word) if before == "des" else None
    if land is not None:
        return position, land  # "die Zulieferer des Erzgebirges", "die Dörfer des Sauerlandes"
    by_its_part = _river_after_its_part(doc, position, last)
    if by_its_part is not None:
        return by_its_part
    end = position
    if tokens[position].text in _GERMAN_ADJECTIVES and position < last and tokens[position].joined:
        end = position + 1
    landscape = tokens[end].folded in landscape_names("de")
    named = landscape if before in _NEUTER_ARTICLES else tokens[end].text in _GERMAN_RIVERS or landscape
    if end == position and word in _MASCULINE_NOUN_RIVERS:
        named = _feminine_article_before(doc, position, before)  # "an der Hase", never "der Hase" (the hare)
    if end == position and word in _NOUN_RIVERS and not named:
        named = _listed_with_a_river(doc, position)  # "am Kocher und an der Jagst"
    if not named or doc.text.startswith("-", tokens[end].end):
        return None  # "der Weser-Kurier": a newspaper named after the river
    if _inside_a_town_name(doc, position, end):
        return None
    return end, doc.text[tokens[position].start : tokens[end].end]


# Rivers named by a masculine noun of the language ("Hase": a hare, "Sieg": a victory): a feminine article
# before the name (the river's) tells them from the noun, which takes "der" only as its subject.
_MASCULINE_NOUN_RIVERS = frozenset(["Hase", "Sieg"])
# Prepositions after which "der" is the feminine dative or genitive ("an der Hase", "entlang der Sieg").
_BEFORE_FEMININE_DER = word_set("an von aus in mit bei nach zu entlang über auf unter hinter längs")


# Rivers named by a common noun after the same articles ("Kocher": a stove, "Leine": a leash, "Regen": rain,
# "Lippe": a lip, "Elster": a magpie): a river only listed with a river of the closed list, the list's "and" with
# its own preposition and article between ("am Kocher und an der Jagst", "an Leine und Weser").
_NOUN_RIVERS = frozenset(["Kocher", "Leine", "Regen", "Lippe", "Elster", "Kamp", "Sieg", "Hase"])
_LIST_AND = word_set("und oder sowie")
_BETWEEN_ITEMS = 3  # "und an der": the words between the list's "and" and the next river


def _listed_with_a_river(doc: ActorDocument, position: int) -> bool:
    """Whether a river of the closed list comes right after "and" (past its preposition and article) after
    the word at `position`, or right before "and" and this word's own cue."""
    tokens = doc.tokens
    if position + 1 < len(tokens) and tokens[position + 1].text in _LIST_AND:
        for k in range(position + 2, min(position + 3 + _BETWEEN_ITEMS, len(tokens))):
            if tokens[k].text in _GERMAN_RIVERS:
                return True
            if not tokens[k].text.islower():
                return False
    for k in range(position - 1, max(position - 2 - _BETWEEN_ITEMS, -1), -1):
        if tokens[k].text in _LIST_AND:
            return k > 0 and tokens[k - 1].text in _GERMAN_RIVERS
        if not tokens[k].text.islower():
            return False
    return False


def _feminine_article_before(doc: ActorDocument, position: int, before: str) -> bool:
    tokens = doc.tokens
    if before in ("die", "zur"):
        return True
    return (
        before == "der"
        and position >= 2
        and tokens[position - 2].joined
        and tokens[position - 2].text in _BEFORE_FEMININE_DER
    )


def _landscape_s_genitive(word: str) -> str | None:
    """'Erzgebirges', 'Sauerlandes' -> the landscape named by a neuter or masculine noun, without the
    genitive's "-s" or "-es"."""
    for ending in ("es", "s"):
        stem = word.removesuffix(ending)
        if stem != word and fold(stem) in landscape_names("de"):
            return stem
    return None


def town_on_its_river(doc: ActorDocument, position: int) -> bool:
    """'Zgorzelec an der Neiße', 'Görlitz und Zgorzelec an der Neiße', 'Kehl am Rhein': the word is
    followed by "an der" or "am" and a river's name (two towns joined by "und" share the river)."""
    tokens = doc.tokens
    k = position + 1
    if k + 1 < len(tokens) and tokens[k - 1].joined and tokens[k].text == "und" and tokens[k + 1].text[:1].isupper():
        k += 2  # past the second town of the pair
    words = [token.text for token in tokens[k - 1 : k + 3]]
    if not tokens[k - 1].joined or len(words) < 3:
        return False
    if words[1] == "am":
        return tokens[k].joined and words[2] in _GERMAN_RIVERS
    return len(words) == 4 and words[1:3] == ["an", "der"] and tokens[k + 1].joined and words[3] in _GERMAN_RIVERS


def _inside_a_town_name(doc: ActorDocument, position: int, end: int) -> bool:
    """'Mülheim an der Ruhr', 'Lohr am Main': a town's name right before closes with the river (the
    town's full name, or how it is told from another of the same name). With an adjective it is a
    place by the river ("Wriezen an der Alten Oder")."""
    tokens = doc.tokens
    if end > position:
        return False
    before = tokens[position - 1].text
    if before in ("am", "im"):
        start = position - 2  # "Lohr am Main", "Königstein im Taunus"
    elif before == "der" and position >= 2 and tokens[position - 2].text in ("an", "in"):
        start = position - 3  # "Mülheim an der Ruhr", "Bischofsheim in der Rhön"
    else:
        return False
    if start < 0 or start in doc.sentence_first or not tokens[start].text[:1].isupper() or not tokens[start].joined:
        return False
    words = tuple(tokens[k].folded for k in range(start, end + 1))
    if doc.gazetteer.lookup(words) is not None or " ".join(words) in village_names("de"):
        return True
    # An upland closes a town's name only as the tables write it ("Königstein im Taunus"): "Montabaur
    # im Westerwald" names the town and the upland it lies in. A river closes many a village's name.
    return tokens[end].text in _GERMAN_RIVERS and _town_word(doc, start)


# A village's name this frequent (Zipf) is a noun before the river ("die Wiesen am Main").
_TOWN_WORD = 3.0


def _town_word(doc: ActorDocument, k: int) -> bool:
    from dossier.ingest.word_frequencies import zipf_frequency

    token = doc.tokens[k]
    if doc.gazetteer.lookup((token.folded,)) is not None:
        return True  # a town of some size: "Mülheim an der Ruhr", "Halle an der Saale"
    return token.folded in village_names("de") and zipf_frequency(token.text.lower(), "de") < _TOWN_WORD
