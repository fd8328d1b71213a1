"""The small pieces every reader of places in other languages shares: the draft it proposes
(`place_candidate`), a word's frequency in its language, prepositions of place, datelines, the
countries whose language a page is in, and the sizes a town must have to be named by a cue.

They sit below every other module of that family (`other_language_places` and the modules it
reads with), so that none of those imports another in a circle.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place, is_city_state
from dossier.ingest.grouping import Candidate
from dossier.ingest.line_index import line_start, opens_its_line
from dossier.ingest.names import is_given_name, word_set
from dossier.model import ActorKind

# A town this size is named in the news with a preposition of place or a dateline.
KNOWN_TOWN = 100_000


def words_by_language(rows: dict[str, str]) -> dict[str, frozenset[str]]:
    """A table of words per language, each row written as one string of words."""
    return {language: frozenset(words.split()) for language, words in rows.items()}


# Prepositions of place, one row per language: after one of them a known town's name is the town.
PLACE_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language(
    {
        # "bei Zwickau", "über Nürnberg nach Frankreich": near a town, and the way through it
        # "nahe Salzwedel", "unweit Gothas": near a town; "Schiffe ab Konstanz", "bis Passau": from, as far as
        # "die Dörfer um Lauterbach", "wo um Saaz Hopfen wächst": around a town ("um Geld" asks a rarer word)
        "de": "in im aus nach bei zwischen über nahe unweit ab bis um",
        # "vers Nantes", "depuis Lorient", "via Quimper", "les ferries pour Plymouth": towards, from, through, for
        "fr": "à entre vers depuis via pour",
        # "se marchan a Gijón", "desde Oviedo", "hacia Burgos", "hasta León": to, from, towards, as far as
        "es": "en entre a desde hacia hasta",
        "pt": "em no na para entre a até",  # "a rodovia até Catalão": as far as the town
        # "chi viene da Perugia": from a town; "autobus verso Rovigo", "presso Ferrara": towards, near
        # "i boschi sopra Vastogirardi", "il paese sotto Cortina": above and below a village of the hills
        "it": "a ad in tra fra da verso presso sopra sotto",
        # "tussen Venlo en Horst", "bij Gennep", "rond Eindhoven", "via Utrecht": between, near, around, through;
        # "richting Assen": towards
        "nl": "in uit naar tussen bij nabij rond vanuit vanaf via richting",  # "vanaf Goes": from
        # "i Sundsvall", "från Umeå", "vid Järvsö", "runt Siljan": in, from, to, at, near and around a place;
        # "via Hallsberg": through it, as Dutch "via Utrecht"; "mot Växjö", "genom Skåne", "längs Norrlandskusten",
        # "förbi Sundsvall": towards, through, along and past one, as Danish and Norwegian
        "sv": "i från till vid mellan nära kring runt utanför via mot genom längs förbi",
        # Danish and Norwegian as Swedish: "i Esbjerg", "fra Aalborg", "mellem Ribe og Tønder", "mellom Bergen og
        # Stavanger"; "på" names an island ("på Lolland", "på Stord")
        # ...and past, towards, along and through one: "forbi Hammerfest", "mod Skagen", "gjennom Alta"
        "da": "i fra til ved mellem nær omkring rundt via på forbi mod langs gennem",
        "no": "i fra til ved mellom nær omkring rundt via på forbi mot langs gjennom",
        # Czech declines the town after one ("v Žatci", "ze Žatce", "u Loun"), as Polish does
        # "přes Jihlavu": via; "ke Kroměříži", "k Olomouci": towards
        "cs": "v ve z ze do u k ke na pod nad kolem okolo mezi poblíž přes",
        "pl": "w we z ze do na pod spod koło wokół nad przez między pomiędzy",  # "między Tarczynem a Grójcem"
        # Slovak declines as Czech ("v Poprade", "zo Žiliny", "pri Rožňave"): "pri" near, "cez" via, "ku" towards
        "sk": "v vo z zo do u k ku na pod nad pri okolo medzi cez",
        # Bulgarian keeps the name as it is ("в Казанлък", "от Карлово", "край Калофер"): in, from, to, near,
        # around, towards, through, between
        "bg": "в във от до край около към през между",
        # "везут до Череповца": as far as the town; "возле Тотьмы", "вокруг Вологды": near it, around it
        # "вдоль Шексны": along the river; "переправа у Емецка": at (near) a village
        "ru": "в во из под через над до возле близ вокруг вдоль между у",
        "uk": "в у з із зі до під біля довкола навколо поблизу через вздовж між",
        # "din Iași", "la Bălți", "spre Cernăuți", "lângă Suceava": from, at, towards, near
        "ro": "în din la spre între lângă prin până",
        # "di Bandung", "dari Bogor", "ke Jakarta", "menuju Samarinda": in, from, to, towards; "lewat Purwodadi",
        # "melalui Cirebon": through
        "id": "di dari ke menuju antara dekat lewat melalui",
        # "tại Huế", "ở Hội An", "từ Hà Nội", "đến Đà Nẵng": at, in, from, to
        # "sang Lào", "vào Đà Nẵng": across to, into
        "vi": "tại ở từ đến tới về qua gần sang vào",
        # Greek names a place with its article, joined to "σε" (in, to: "στη Ρόδο", "στον Βόλο") or after "από"
        # (from), "προς" (towards), "μέσω" (via): the article is the word before the name; a name takes it in
        # every case ("το λιμάνι του Πειραιά", "τα νησιά της Κω"); a unit's noun takes it in the genitive with no
        # article ("η Περιφέρεια Θεσσαλίας", "ο δήμος Λαμιέων", "του νομού Λάρισας")
        "el": "στη στην στο στον στα στις στους σε τη την τον το τα της του των"
        " περιφέρεια περιφέρειας νομός νομού δήμος δήμου",
    }
)
# Prepositions of place that take a common noun only with an article ("in der Halle", "beim
# Essen", "no Natal"), one row per language: right after one of them ("in Essen", "aus Halle", "em
# Natal") a town's name is the town, however frequent a word it is.
BARE_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "in aus nach zwischen",
        "pt": "em entre",
        "es": "en entre",
        "fr": "à entre",
        "it": "a ad in tra fra",  # "ad Andria": "a" before a vowel
        "nl": "in uit naar tussen",  # "in de stad", "uit het dorp": a common noun takes its article
        # Swedish joins the article to the noun ("i skogen", "från staden"): a capitalised word right
        # after one inside a sentence is a name
        "sv": "i från till mellan",
        "da": "i fra til mellem på",  # "i byen", "fra havnen": Danish and Norwegian join the article too
        # "på" names an island and some inland towns ("på Hamar", "på Røros", "på Gjøvik"), "på fjellet" a noun
        "no": "i fra til mellom på",
        # Romanian and Indonesian capitalise names only: a capitalised word right after one is a name
        "ro": "în din între la spre",
        "id": "di dari ke",
        "vi": "tại ở từ đến",  # Vietnamese capitalises names only, every syllable of them
        # Czech and Polish write their nouns in lower case too: "v Brně", "w Łodzi" name the town however often
        # the news writes it
        "cs": "v ve z ze do",
        "sk": "v vo z zo do",
        "pl": "w we z ze do",
        "bg": "в във от до",  # Bulgarian nouns are lower case too: "в града", "в Пловдив"
        # Greek writes its nouns in lower case: a capitalised word after the article (or a unit's noun) is a name
        "el": "στη στην στο στον στα στις στους τη την τον το τα της του των"
        " περιφέρεια περιφέρειας νομός νομού δήμος δήμου",
    }
)
# Languages that capitalise names only, no title, day, month or noun of the news ("la Suceava", "di
# Kudus"): inside a sentence, a capitalised word the text never writes in lower case is a name, however
# often it is written (a town's name is as frequent as the news makes it). The Scandinavian languages write
# their nouns, days and months small too: "i Randers" (5.0 in Danish), "til Vejen" (the way) name the towns.
NAMES_ONLY_CAPITALISED = frozenset(["ro", "id", "vi", "sv", "da", "no"])
# Prepositions that also name a smaller town of the language's own country when its name is a rare
# word ("para Faro", "a Tavira"; "para Natal" is for Christmas, a frequent word).
HOME_TOWN_PREPOSITIONS: dict[str, frozenset[str]] = {
    "pt": frozenset(["para", "a", "desde"]),  # "desde Alcobaça": from
    # "desde Soria", "hasta Teruel", "hacia Cuenca": from, as far as, towards ("a" takes persons: "a Juan")
    "es": frozenset(["desde", "hasta", "hacia"]),
    # "da Ancona o da Pesaro"; "da Vinci" stays a word (frequent); "verso Rovigo", "presso Lugo"
    "it": frozenset(["da", "verso", "presso", "sopra", "sotto"]),
    # "eine Spinnerei bei Zwickau", "über Gera nach Jena": "bei Hof", "über Essen" stay words (frequent)
    "de": frozenset(["bei", "über", "nahe", "unweit", "ab", "bis", "um"]),
    # Russian declines the town after one ("из Углича", "в Торжке"), which reads it back to its name
    "ru": frozenset(["в", "во", "из", "под", "над", "до", "возле", "близ", "вокруг", "через", "вдоль", "между", "у"]),
    # ...and so does Polish ("z Sandomierza", "w Sandomierzu", "wokół Grójca")
    # "przez Sanok": via; "między Tarczynem a Grójcem": between, as Russian "между" and Czech "mezi"
    "pl": frozenset(["w", "we", "z", "ze", "do", "pod", "spod", "koło", "wokół", "przez", "między", "pomiędzy"]),
    "cs": frozenset(["v", "ve", "z", "ze", "do", "u", "k", "ke", "pod", "nad", "kolem", "okolo", "poblíž", "přes"]),
    "sk": frozenset(["v", "vo", "z", "zo", "do", "u", "k", "ku", "pod", "nad", "pri", "okolo", "medzi", "cez"]),
    "bg": frozenset(["в", "във", "от", "до", "край", "около", "към", "през", "между"]),
    "fr": frozenset(["vers", "depuis", "via"]),  # "vers Douarnenez"; "pour" takes too many other words
    # "bij Gennep"; "bij Best" stays a word (frequent); "via Ommen", "richting Assen": through, towards
    "nl": frozenset(["bij", "nabij", "rond", "vanuit", "vanaf", "via", "richting"]),
    "sv": frozenset(["vid", "nära", "kring", "runt", "utanför", "via"]),
    "da": frozenset(["ved", "nær", "omkring", "rundt", "via", "på", "forbi", "mod", "langs", "gennem"]),
    "no": frozenset(["ved", "nær", "omkring", "rundt", "via", "på", "forbi", "mot", "langs", "gjennom"]),
    "ro": frozenset(["în", "din", "la", "spre", "lângă", "prin", "până"]),  # "din Borșa", "lângă Rădăuți"
    "id": frozenset(["di", "dari", "ke", "menuju", "dekat", "lewat", "melalui"]),
    "vi": frozenset(["tại", "ở", "từ", "đến", "tới", "về", "qua", "gần", "sang", "vào"]),
    "uk": frozenset(
        ["в", "у", "з", "із", "зі", "під", "до", "біля", "довкола", "навколо", "поблизу", "через", "вздовж", "між"]
    ),
}

# A town named by a word this frequent in the text's language ("Natal" is Christmas in Portuguese,
# "Мира" the genitive of peace in Russian) needs to be a large city; "Dresden" (4.8) does not.
FREQUENT_WORD = 5.0
# "Dresden, 3. Februar 2024", "Lisboa, 3 de fevereiro", "Москва, 3 февраля", "Köln (dpa) -"
# "Frankfurt/Main (dpa-AFX) –"
# "Saltillo, Coahuila.- Policías …", "Chilpancingo, Gro.- El …": the Spanish-American dateline, the town and its
# state (often cut short) before a full stop and a dash
# "Potsdam/Cottbus (dpa/bb). Der …": an agency's regional service after a slash, and a full stop after the bracket
# "FRANKFURT (dpa-AFX Broker) -", "(dpa-AFX Analyser)": an agency's named service, a second word in the bracket
_AGENCY = r"\([A-Za-z][\w-]{1,11}(?: [A-Z][\w-]{2,14})?(?:/[a-z]{2,4})?\)"
_DATELINE = re.compile(
    r",\s+\d{1,2}[\s.]|(?:/\w+)?\s+" + _AGENCY + r"\s*(?:[-–—]|\.\s)"
    r"|,\s+[^\W\d_][^\W\d_]*(?: [^\W\d_]+)?\.\s?[-–—]\s"
)

_FRENCH_ABROAD: tuple[str, ...] = ("Belgium", "Switzerland", "Luxembourg", "Monaco", "Canada", "Haiti")
_FRENCH_ABROAD += ("Guadeloupe", "Martinique", "French Guiana", "Reunion", "Mayotte", "New Caledonia")
_FRENCH_ABROAD += ("Algeria", "Morocco", "Tunisia", "Senegal", "Ivory Coast", "Cameroon", "Mali", "Burkina Faso")
_FRENCH_ABROAD += ("Niger", "Guinea", "Benin", "Togo", "Gabon", "Madagascar", "Democratic Republic of the Congo")
_FRENCH_ABROAD += ("Republic of the Congo",)
_SPANISH_AMERICA: tuple[str, ...] = (
    "Mexico",
    "Guatemala",
    "Honduras",
    "El Salvador",
    "Nicaragua",
    "Costa Rica",
    "Panama",
    "Cuba",
)
_SPANISH_AMERICA += ("Dominican Republic", "Puerto Rico", "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia")
_SPANISH_AMERICA += ("Chile", "Argentina", "Uruguay", "Paraguay")
# Where the language's news is written besides its home countries: its places are named there more
# often than in any other language ("Montréal", "Guadalajara", "Киев"), and need no company.
WRITTEN_IN: dict[str, frozenset[str]] = {
    "de": frozenset(["Switzerland", "Liechtenstein", "Luxembourg"]),
    "fr": frozenset(_FRENCH_ABROAD),
    "es": frozenset(_SPANISH_AMERICA),
    "pt": frozenset(["Angola", "Mozambique", "Cape Verde", "Guinea-Bissau", "East Timor"]),
    "nl": frozenset(["Suriname", "Curacao", "Aruba"]),
    "ru": frozenset(["Belarus", "Kazakhstan", "Kyrgyzstan", "Ukraine", "Uzbekistan", "Moldova"]),
    # Swedish is Finland's second language and Åland's only one ("från Mariehamn", "i Vasa")
    "sv": frozenset(["Finland", "Aland Islands"]),
    "ro": frozenset(["Moldova"]),  # "la Chișinău și la Bălți"
}


def name_goes_on(doc: ActorDocument, end: int) -> bool:
    """'São Martinho do Porto': a small word and a capitalised word right after the name carry it on
    ("Rio Grande do Sul"), so a shorter name read inside it is another place's, or none."""
    tokens = doc.tokens
    if end + 2 >= len(tokens):
        return False
    inner, after = tokens[end + 1], tokens[end + 2]
    return (
        tokens[end].joined
        and inner.joined
        and inner.text in INNER_WORDS
        and after.text[:1].isupper()
        and end + 2 not in doc.sentence_first
        and after.text not in _TIMES  # "in Bayern am Sonntag", "in Gera im Januar": a time, no "Frankfurt am Main"
        # "ve Smidarech na Hradecku", "v Hořicích na Jičínsku": Czech and Slovak place a town in the land around a
        # district's town ("Hradecko", in the locative), which no town's own name ends with ("Nové Město na Moravě")
        and not (inner.text == "na" and after.text.endswith(LAND_LOCATIVES))
    )


LAND_LOCATIVES = ("sku", "cku")


def before_its_land(doc: ActorDocument, position: int) -> bool:
    """'ve Smidarech na Hradecku': a town's name right before "na" and the land around a district's town."""
    tokens = doc.tokens
    return (
        position + 2 < len(tokens)
        and tokens[position].joined
        and tokens[position + 1].joined
        and tokens[position + 1].text == "na"
        and tokens[position + 2].text.endswith(LAND_LOCATIVES)
        and tokens[position + 2].text[:1].isupper()
    )


# German capitalises the days, months, seasons and times of day it writes after "am" and "im".
_TIMES = word_set(
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Wochenende Morgen Vormittag Mittag"
    " Nachmittag Abend Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    " Frühjahr Frühling Sommer Herbst Winter Jahr Vorjahr"
)


# Russian adjective endings: "в Ростове Великом" (Rostov the Great), nominative and declined.
RUSSIAN_ADJECTIVE_ENDS: tuple[str, ...] = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему")
RUSSIAN_ADJECTIVE_ENDS += ("ым", "им", "ом", "ем", "ей", "ую", "юю", "ых", "их", "ыми", "ими")

LONGEST_HYPHEN_CHAIN = 9

# "Bad" (spa) opens hundreds of German towns' names ("aus Bad Bodenteich", "nach Bad Wurzach"); the
# bathroom takes its article ("im Bad", "aus dem Bad").
SPA_WORDS: dict[str, str] = {"de": "Bad"}

# Endings of Russian family names: a given name and one of them after a village make a person.
RUSSIAN_SURNAMES = {"ru": ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ова", "ева", "ина", "ская", "цкая")}


# A temperature right after a name: a news site's weather bar ("흐림제주 10.7℃", "서울 3.2℃", "São Paulo
# 25°C") lists towns by their readings on every page; the towns are the widget's, not the story's.
_TEMPERATURE_AFTER = re.compile(r"\s?-?\d{1,2}(?:[.,]\d)?\s?(?:℃|°C?)")


def weather_reading(doc: ActorDocument, end: int) -> bool:
    """Whether the name ending at token `end` is read by its temperature: a weather bar's town."""
    return _TEMPERATURE_AFTER.match(doc.text, doc.tokens[end].end) is not None


def gap_after(doc: ActorDocument, k: int) -> str:
    return doc.text[doc.tokens[k].end : doc.tokens[k + 1].start]


# A place named by its own country's language needs no support as a region; a foreign region named
# by an ordinary word of the text's language does ("Jura studieren": law, not the Swiss canton).
HOME_COUNTRIES: dict[str, frozenset[str]] = {
    "de": frozenset(["Germany", "Austria"]),
    "fr": frozenset(["France"]),
    "es": frozenset(["Spain"]),
    "pt": frozenset(["Portugal", "Brazil"]),
    "it": frozenset(["Italy"]),
    # Flemish news is a quarter of what is written in Dutch, as Austria's is of German
    "nl": frozenset(["Netherlands", "Belgium"]),
    "pl": frozenset(["Poland"]),
    "cs": frozenset(["Czechia"]),
    "sk": frozenset(["Slovakia"]),
    "bg": frozenset(["Bulgaria"]),
    "sv": frozenset(["Sweden"]),
    "da": frozenset(["Denmark"]),
    "no": frozenset(["Norway"]),
    "hu": frozenset(["Hungary"]),
    "fi": frozenset(["Finland"]),
    "el": frozenset(["Greece", "Cyprus"]),
    "vi": frozenset(["Vietnam"]),
    "ru": frozenset(["Russia"]),
    "uk": frozenset(["Ukraine"]),
    "tr": frozenset(["Turkey"]),
    "ro": frozenset(["Romania"]),
    "id": frozenset(["Indonesia"]),
}

# Languages in Cyrillic: a firm's name in Latin letters right before a place's name in the same run
# names the firm's branch there ("Microsoft Россия", "Google Україна").
CYRILLIC = frozenset(["ru", "uk"])

# German joins nouns: "Rust-Bibliothek", "Softwarebibliothek", "Trendfarbe" end with a noun above.
COMPOUNDING = frozenset(["de", "nl"])

MATCH_WORDS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "verlor verliert gewann gewinnt siegte siegt unterlag unterliegt remis unentschieden spielte spielt"
        " besiegte besiegt schlug niederlage sieg heimspiel auswärtsspiel derby tor tore elfmeter",
        "pt": "venceu vence perdeu perde empatou empata enfrenta enfrentou derrotou goleou jogou joga partida"
        " jogo gol gols golo golos adeptos clássico vitória derrota empate",
        "es": "ganó gana perdió pierde empató empata venció derrotó goleó jugó juega partido gol goles derbi"
        " victoria derrota empate",
    }
)

# Small words inside a place's name that end a run of capitalised words ("Rio Grande do Sul").
INNER_WORDS = frozenset(["do", "da", "de", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "el", "am"])


def place_candidate(first: int, last: int, name: str, place: Place, kind: ActorKind) -> Candidate:
    if is_city_state(place) and not set(name.lower().split()) & INNER_WORDS:
        # "Hongkong", "Singapur": the city is the state, as in English text; "a Ilha de Moçambique", a town
        # GeoNames names as its state, is written with "of" and is the town
        kind = ActorKind.state
    return Candidate(
        first,
        last,
        _as_named(name),
        kind,
        f"gazetteer: {place.name} (other-language text)",
        0.7 if kind is ActorKind.state else 0.6,
        canonical=place.name if kind is ActorKind.state else None,
        gazetteer_name=place.name,
    )


def _as_named(name: str) -> str:
    """A name a dateline writes in capitals ("МОСКВА", "FRANKFURT AM MAIN") as a reader writes it;
    an acronym ("USA", "США") and a dotted one ("EE.UU", "S.U.A.") stay."""
    if not name.isupper() or len(name) <= 4 or "." in name:
        return name
    words = name.lower().split()
    return " ".join(
        "-".join(
            part if part in INNER_WORDS or (k and part == "на") else part.capitalize()
            for k, part in enumerate(word.split("-"))
        )
        for word in words
    )


# A smaller town of the language's own country is named so too ("zwischen Chemnitz und Zwickau",
# "in Görlitz"), by a rare word of the language, right after a preposition that takes no article.
HOME_TOWN = 50_000
RARE_WORD = 4.5


# A small town of the language's own country ("in Weißwasser", "nach Hoyerswerda", "Bautzen, 3. Mai")
# is named so too when its name is a rarer word still: "in Kamen", "aus Leer" stay words.
SMALL_HOME_TOWN = 5_000
RARER_WORD = 4.0
# Danish and Norwegian news name the towns of their sparse lands down to 1,000 people ("mellom Dombås og
# Åndalsnes", "ved Højer"): the gazetteer holds them for those pages alone (`gazetteer._SMALLER_TOWN_COUNTRIES`).
SMALLER_HOME_TOWN: dict[str, int] = {"da": 1_000, "no": 1_000}


def small_home_town(language: str) -> int:
    """The size of the smallest home town a preposition names in `language`."""
    return SMALLER_HOME_TOWN.get(language, SMALL_HOME_TOWN)


_TOWNS_BEFORE = re.compile(r"(?:[^\W\d_][^\W\d_-]*/)+")
_AGENCY_AFTER = re.compile(r"\s+" + _AGENCY)


def dateline(doc: ActorDocument, position: int, end: int | None = None) -> bool:
    """The name at `position`..`end` (one word by default) opens a line as its dateline."""
    token = doc.tokens[position]
    stop = doc.tokens[position if end is None else end].end
    opening = line_start(doc.text, token.start)
    if not opens_its_line(doc.text, token.start) and not (
        _TOWNS_BEFORE.fullmatch(doc.text, opening, token.start) and _AGENCY_AFTER.match(doc.text, stop)
    ):
        # "Potsdam/Cottbus (dpa/bb).": each town before the agency's bracket is the dateline's (read below);
        # "Stuttgart/Kernen – Wegen …": the later town of a line of slashed towns before a dash
        towns_before = _TOWNS_BEFORE.fullmatch(doc.text, opening, token.start) is not None
        return towns_before and (_slashed_dash_dateline(doc, position, stop) or _run_in_dateline(doc, position, stop))
    return (
        _DATELINE.match(doc.text, stop) is not None
        or _stop_dateline(doc, position, stop)
        or _dash_dateline(doc, position, stop)
        or _slashed_dash_dateline(doc, position, stop)
        or _run_in_dateline(doc, position, stop)
    )


# "Frankfurt/Bangalore Die Talfahrt bei Meta geht weiter.", "Düsseldorf Der Stadtrat hat …": a paper that sets its
# dateline in bold runs it into the first sentence once the page is text. A town's name is never followed by an
# article opening a new phrase in one sentence, so a line opening with towns (joined by slashes) and then a
# capitalised article and two more words is the dateline and the story's first sentence.
SENTENCE_ARTICLES = word_set(
    "der die das den dem ein eine einen einem einer eines o a os as um uma el la los las le les il lo gli un una une"
)
_RUN_IN_SENTENCE = re.compile(r" ([^\W\d_a-zß-ÿ][^\W\d_]*) [^\W\d_]+ [^\W\d_]+")


def _run_in_dateline(doc: ActorDocument, position: int, stop: int) -> bool:
    token = doc.tokens[position]
    if token.end != stop or not token.text[:1].isupper() or not token.text[1:].islower():
        return False
    towns = _SLASHED_TOWNS_AFTER.match(doc.text, stop)
    sentence = _RUN_IN_SENTENCE.match(doc.text, towns.end() if towns else stop)
    return sentence is not None and sentence.group(1).lower() in SENTENCE_ARTICLES


# "Stuttgart/Kernen – Wegen langer Wartezeiten …": towns in title case joined by slashes open the line, then the
# dash and the story's first sentence; each is where the story was written.
_SLASHED_TOWNS_AFTER = re.compile(r"(?:/[^\W\d_][^\W\d_-]*)*")


def _slashed_dash_dateline(doc: ActorDocument, position: int, stop: int) -> bool:
    token = doc.tokens[position]
    if token.end != stop or not token.text[:1].isupper() or not token.text[1:].islower():
        return False
    towns = _SLASHED_TOWNS_AFTER.match(doc.text, stop)
    end = towns.end() if towns else stop
    if end == stop and line_start(doc.text, token.start) == token.start:
        return False  # one town alone: `_dash_dateline` reads it
    return _DASH_DATELINE.match(doc.text, end) is not None


# "Düsseldorf - Die Halbzeit-Tabelle …", "Halle – Der Stadtrat hat …": a town in title case opening the line, a
# spaced dash and the story's first sentence (a capital, then two more words; no "Mainz - Köln 1:1"); a number may be
# one of the words ("Serang - Sebanyak 16 pelaku ditangkap": as many as 16)
_DASH_DATELINE = re.compile(r" [-–—] [^\W\d_a-zß-ÿа-я][^\W\d_]*(?: (?:[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?= \w))){2}")


def _dash_dateline(doc: ActorDocument, position: int, stop: int) -> bool:
    token = doc.tokens[position]
    return (
        token.end == stop
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.folded not in doc.lower_case
        and _DASH_DATELINE.match(doc.text, stop) is not None
    )


# "Leipzig. Eine Bombe hat …", "Berlin . Der Bürgermeister …": a regional paper's town in title case, its full
# stop and the story's first sentence on the same line (a capital, then two more words).
_STOP_DATELINE = re.compile(r" ?\. [^\W\d_a-zß-ÿа-я][^\W\d_]* [^\W\d_]+ [^\W\d_]+")


def _stop_dateline(doc: ActorDocument, position: int, stop: int) -> bool:
    """A one-word name in title case opening a line before its full stop and a sentence, never written in lower
    case nor after an article on the page ("Essen. Das Essen ist …" is food)."""
    token = doc.tokens[position]
    if not (
        token.end == stop
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.folded not in doc.lower_case
        and _STOP_DATELINE.match(doc.text, stop) is not None
    ):
        return False
    return not any(
        k != position
        and doc.tokens[k].folded == token.folded
        and doc.tokens[k - 1].joined
        and doc.tokens[k - 1].folded in _ARTICLES
        for k in range(1, len(doc.tokens))
    )


# Articles no town's name takes ("das Essen", "le Mans" is written with a capital).
_ARTICLES = word_set(
    "der die das den dem des ein eine einen einem einer eines el los las il lo gli un una une les o os um uma"
)


# "DEGGENDORF. Die Glashütte …", "STRAUBING – Die Brauerei …": a regional paper's dateline, the town in
# capitals opening the article's first line.
CAPITALS_DATELINE = re.compile(r"(?:\.|\s[-–—])\s+[^\W\d_]")

SHORTEST_CAPITALS = 4


def surname_after_given_name(doc: ActorDocument, position: int) -> bool:
    if position == 0:
        return False
    before = doc.tokens[position - 1]
    return before.joined and before.text[0].isupper() and is_given_name(before.folded)


@lru_cache(maxsize=20_000)
def word_frequency(word: str, language: str) -> float:
    if language in ("ko", "ja", "zh"):
        return 0.0  # wordfreq needs MeCab or jieba for these
    from dossier.ingest.word_frequencies import zipf_frequency  # wordfreq's figures, from the per-machine cache

    try:
        return float(zipf_frequency(word, language))
    except (LookupError, ImportError):
        # no list for the language ("et", "th", "zxx": no linguistic content), or none without a tokenizer we
        # lack ("yue"): nothing is known of its words, as above
        return 0.0


# A count before a word: a number of up to three digits, with its decimals ("2,5"); four or five digits
# before a town are its postcode ("10115 Berlin", "8001 Zürich").
_COUNT = re.compile(r"\d{1,3}(?:[.,]\d+)?")
# Words that count, one row per language: "einige Kilos", "mehrere Kilo", "quelques kilos".
_COUNTING_WORDS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "einige mehrere viele wenige paar zwei drei vier fünf zehn zwanzig hundert tausend",
        "nl": "enkele meerdere vele weinig paar twee drie vier vijf tien honderd",
        "fr": "quelques plusieurs nombreux deux trois quatre cinq dix cent",
        "es": "unos unas varios varias muchos pocos dos tres cuatro cinco diez cien",
        "pt": "alguns algumas vários várias muitos poucos dois duas três quatro cinco dez cem",
        "it": "alcuni alcune diversi molti pochi due tre quattro cinque dieci cento",
    }
)


def counted(doc: ActorDocument, position: int, language: str) -> bool:
    """Whether a number or a word of counting right before the word at `position` counts it ("10 Kilo",
    "einige Kilos"): no one counts towns."""
    if position == 0:
        return False
    count, token = doc.tokens[position - 1], doc.tokens[position]
    counts = _COUNT.fullmatch(count.text) is not None or count.text.lower() in _COUNTING_WORDS.get(language, ())
    return counts and doc.text[count.end : token.start] == " "


# Brazilian neighbourhoods are named by a head word and a name ("Jardim Europa", "Parque São Jorge", "Conjunto
# Ceará", "Residencial Aurora"); a town holds the head word's spelling (Jardim in Mato Grosso do Sul), never before a
# second capitalised word. A town named with it ("Vila Velha") is read whole before this is asked.
_NEIGHBOURHOOD_HEADS: dict[str, frozenset[str]] = words_by_language(
    {"pt": "jardim parque conjunto residencial recanto chácara loteamento núcleo"}
)


def head_of_a_neighbourhood_s_name(doc: ActorDocument, position: int, language: str) -> bool:
    heads = _NEIGHBOURHOOD_HEADS.get(language)
    tokens = doc.tokens
    if not heads or tokens[position].text.lower() not in heads or position + 1 >= len(tokens):
        return False
    return (
        doc.text[tokens[position].end : tokens[position + 1].start] == " " and tokens[position + 1].text[:1].isupper()
    )
