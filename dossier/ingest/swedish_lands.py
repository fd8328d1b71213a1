"""Sweden's provinces, larger islands, rivers, lakes and regions named bare in Swedish: "i Medelpad", "på Öland",
"till Fårö", "längs Ljusnan", "över Ljungan", "runt Siljan"; and Denmark's and Norway's in theirs ("i Sønderjylland",
"på Fanø", "ved Lillebælt", "i Valdres", "på Frøya og Hitra", "over Mjøsa", "i Lågen").

GeoNames' towns hold none of them (a province is no county, "län", and has no town of its name), and a river
named with the article joined ("Ljusnan", "Ljungan") ends in no river's noun that `water_with_its_noun` reads.
The set is closed and well known; a name is read right after a Swedish preposition of place in lower case,
not opening a longer name ("på Öland Vind", a firm, is no island).
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.other_language_common import place_candidate, words_by_language
from dossier.model import ActorKind

# The 25 provinces (landskap), the larger islands, the rivers and lakes named with the article joined or by a
# name of their own, and regions every Swede knows.
_LANDS: dict[str, frozenset[str]] = words_by_language(
    {
        "sv": "Skåne Blekinge Halland Småland Öland Gotland Östergötland Västergötland Bohuslän Dalsland Värmland"
        " Närke Södermanland Uppland Västmanland Dalarna Gästrikland Hälsingland Härjedalen Jämtland Medelpad"
        " Ångermanland Västerbotten Norrbotten Lappland"
        " Fårö Orust Tjörn Frösön Alnön Värmdö Ven Hisingen Lidingö Ingarö"
        " Ljusnan Ljungan Voxnan Lagan Ätran Viskan Klarälven Torneträsk Siljan Vänern Vättern Mälaren Hjälmaren"
        " Bergslagen Roslagen Österlen Norrland Svealand Götaland Tornedalen",
        # Denmark's parts of the land, its islands and its straits: "i Sønderjylland", "på Lolland", "ved Lillebælt"
        "da": "Jylland Sønderjylland Nordjylland Midtjylland Vestjylland Østjylland Sydjylland Sjælland Nordsjælland"
        " Vestsjælland Sydsjælland Fyn Østfyn Sydfyn Himmerland Vendsyssel Djursland Salling Thy Hanherred"
        " Lolland Falster Møn Bornholm Amager Als Ærø Langeland Samsø Fanø Rømø Læsø Anholt Mors Tåsinge"
        " Lillebælt Storebælt Øresund Kattegat Skagerrak",
        # Norway's landscapes, valleys, islands, lakes and rivers named bare: "i Valdres", "på Frøya", "over Mjøsa"
        "no": "Østlandet Vestlandet Sørlandet Nord-Norge Finnmark Troms Lofoten Vesterålen Helgeland Salten Jæren"
        " Ryfylke Hardanger Sogn Sunnfjord Nordfjord Sunnmøre Nordmøre Romsdal Valdres Hallingdal Numedal"
        " Setesdal Hedmarken Toten Hadeland Ringerike Romerike Follo Fosen Innherred Agder Telemark"
        " Frøya Hitra Smøla Stord Tjøme Nøtterøy Karmøy Sotra Askøy Senja Hinnøya Andøya"
        " Mjøsa Glomma Lågen Femunden Randsfjorden Tyrifjorden Skagerrak",
    }
)
# Prepositions of place and a compass word before a land ("norra Öland"); one opening its sentence is capitalised.
_BEFORE: dict[str, frozenset[str]] = words_by_language(
    {
        "sv": "i på till från över längs mot vid runt kring genom utanför inom norra södra östra västra mellersta",
        "da": "i på til fra over langs ved rundt omkring gennem udenfor inden",
        "no": "i på til fra over langs ved rundt omkring gjennom utenfor innenfor",
    }
)


# "på Frøya og Hitra", "i Nordland og Troms": a land listed after a name that follows a preposition of place
_AND: dict[str, frozenset[str]] = words_by_language({"sv": "och eller", "da": "og eller", "no": "og eller"})


def swedish_land(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'i Medelpad', 'på Öland', 'längs Ljusnan': a province, island, river, lake or region of Sweden (Denmark,
    Norway) named bare after a preposition of place of the language, or listed after a name that follows one."""
    if language not in _LANDS or position < 1:
        return None
    tokens = doc.tokens
    word = tokens[position].text
    if word not in _LANDS[language]:
        return None
    if position + 1 < len(tokens) and tokens[position].joined and tokens[position + 1].text[:1].isupper():
        return None  # a longer name: "på Öland Vind"
    if _bare_land(doc, position, language):
        return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)
    if not _after_a_preposition(doc, position, language):
        return None
    return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)


# Norway's municipalities named by one word: a place after a preposition of place ("i Trysil", "fra Snåsa og
# Namsskogan", "i Lyngen"), however small its centre and whatever else the word means ("i Moss", "på Vik"). Bare,
# such a name is often a person's ("sier Oppdal"), so it is read only so.
_MUNICIPALITIES: dict[str, frozenset[str]] = words_by_language(
    {
        "no": (
            "Oslo Halden Moss Sarpsborg Fredrikstad Hvaler Aremark Marker Skiptvet Rakkestad Råde Våler Vestby Ås"
            " Frogn Nesodden Bærum Asker Rælingen Enebakk Lørenskog Lillestrøm Nittedal Gjerdrum Ullensaker Nes"
            " Eidsvoll Nannestad Hurdal Lunner Jevnaker Drammen Kongsberg Ringerike Hole Flå Nesbyen Gol Hemsedal Ål"
            " Hol Sigdal Krødsherad Modum Lier Flesberg Rollag Kongsvinger Hamar Lillehammer Gjøvik Ringsaker Løten"
            " Stange Eidskog Grue Åsnes Elverum Trysil Åmot Rendalen Engerdal Tolga Tynset Alvdal Folldal Os Dovre"
            " Lesja Skjåk Lom Vågå Sel Ringebu Øyer Gausdal Gran Etnedal Vang Horten Holmestrand Tønsberg Sandefjord"
            " Larvik Færder Porsgrunn Skien Notodden Siljan Bamble Kragerø Drangedal Nome Tinn Hjartdal Seljord"
            " Kviteseid Nissedal Fyresdal Tokke Vinje Risør Grimstad Arendal Kristiansand Lindesnes Farsund"
            " Flekkefjord Gjerstad Vegårshei Tvedestrand Froland Lillesand Birkenes Åmli Iveland Bygland Valle Bykle"
            " Vennesla Åseral Lyngdal Hægebostad Kvinesdal Sirdal Eigersund Stavanger Haugesund Sandnes Sokndal Lund"
            " Bjerkreim Hå Klepp Time Gjesdal Sola Randaberg Strand Hjelmeland Suldal Sauda Kvitsøy Bokn Tysvær Karmøy"
            " Utsira Vindafjord Bergen Kinn Etne Sveio Bømlo Stord Fitjar Tysnes Kvinnherad Ullensvang Eidfjord Ulvik"
            " Voss Kvam Samnanger Bjørnafjorden Austevoll Øygarden Askøy Vaksdal Modalen Osterøy Alver Austrheim Fedje"
            " Masfjorden Gulen Solund Hyllestad Høyanger Vik Sogndal Aurland Lærdal Årdal Luster Askvoll Fjaler"
            " Sunnfjord Bremanger Stad Gloppen Stryn Kristiansund Molde Ålesund Vanylven Sande Herøy Ulstein Hareid"
            " Ørsta Stranda Sykkylven Sula Giske Vestnes Rauma Aukra Averøy Gjemnes Tingvoll Sunndal Surnadal Smøla"
            " Aure Volda Fjord Hustadvika Haram Trondheim Steinkjer Namsos Frøya Osen Oppdal Rennebu Røros Holtålen"
            " Melhus Skaun Malvik Selbu Tydal Meråker Stjørdal Frosta Levanger Verdal Snåsa Lierne Røyrvik Namsskogan"
            " Grong Høylandet Overhalla Flatanger Leka Inderøy Heim Hitra Ørland Åfjord Orkland Nærøysund Rindal Bodø"
            " Narvik Bindal Sømna Brønnøy Vega Vevelstad Alstahaug Leirfjord Vefsn Grane Hattfjelldal Dønna Nesna"
            " Hemnes Rana Lurøy Træna Rødøy Meløy Gildeskål Beiarn Saltdal Fauske Sørfold Steigen Lødingen Evenes Røst"
            " Værøy Flakstad Vestvågøy Vågan Hadsel Bø Øksnes Sortland Andøy Moskenes Hamarøy Tromsø Harstad Kvæfjord"
            " Tjeldsund Ibestad Gratangen Lavangen Bardu Salangen Målselv Sørreisa Dyrøy Senja Balsfjord Karlsøy"
            " Lyngen Storfjord Kåfjord Skjervøy Nordreisa Kvænangen Alta Hammerfest Vardø Vadsø Kautokeino Loppa"
            " Hasvik Måsøy Nordkapp Porsanger Karasjok Lebesby Gamvik Berlevåg Tana Nesseby Båtsfjord"
        )
    }
)


def norwegian_municipality(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'i Trysil', 'fra Snåsa og Namsskogan': a municipality of Norway after a preposition of place."""
    if language not in _MUNICIPALITIES or position < 1:
        return None
    word = doc.tokens[position].text
    if word not in _MUNICIPALITIES[language] or not _after_a_preposition(doc, position, language):
        return None
    return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)


# Endings of Norway's and Denmark's places, the old words for a fjord, a mountain, a fishing place, a bay, an
# island, a headland, a sound, a clearing: "i Åfjord", "på Kvitfjell", "til Mefjordvær", "i Ersfjordbotn", "på
# Sommarøy", "over Vilsund", "til Endrup", "i Søndervig", "på Fejø"; and a land's or a town's coast, plateau, valley
# and fjord with the article joined ("langs Helgelandskysten", "på Finnmarksvidda", "i Gudbrandsdalen").
_PLACE_ENDINGS: dict[str, tuple[str, ...]] = {
    "no": (
        *("fjord", "fjell", "fjellet", "vær", "botn", "øy", "vik", "våg", "sund", "nes", "vangen", "skogen"),
        *("kysten", "vidda", "dalen", "fjorden"),
    ),
    "da": ("rup", "strup", "drup", "sund", "vig", "ø", "borg", "gård", "købing", "havn", "løse", "bjerg"),
}
_SHORTEST_STEM = 2  # letters before the ending: "Åfjord", "Fejø"; "Vik", "Borg" alone are words or surnames


def place_by_its_ending(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'i Åfjord', 'på Kvitfjell', 'over Vilsund', 'på Fejø': a capitalised word after a preposition of place of
    Norwegian or Danish, ending as the country's places do, names a place the gazetteer may not hold."""
    ends = _PLACE_ENDINGS.get(language)
    if ends is None or position < 1:
        return None
    word = doc.tokens[position].text
    if not word.isalpha() or not word[1:].islower() or not word[:1].isupper():
        return None
    lower = word.lower()
    if not any(lower.endswith(end) and len(lower) - len(end) >= _SHORTEST_STEM for end in ends):
        return None
    if not _after_a_preposition(doc, position, language):
        return None
    return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)


def _after_a_preposition(doc: ActorDocument, position: int, language: str) -> bool:
    """Right after a preposition of place, or listed after a name that follows one ("på Frøya og Hitra"), and
    opening no longer name ("på Öland Vind")."""
    tokens = doc.tokens
    cue = position - 1
    if not tokens[cue].joined:
        return False
    if tokens[cue].text in _AND[language] and cue >= 2:
        cue -= 2  # "på Frøya og Hitra": read after the list's own preposition
        if not tokens[cue + 1].text[:1].isupper() or not tokens[cue + 1].joined or not tokens[cue].joined:
            return False
    before = tokens[cue]
    opening = before.text[:1].isupper() and cue in doc.sentence_first  # "På Öland och i Kalmar …"
    if before.text.lower() not in _BEFORE[language] or not (before.text.islower() or opening):
        return False
    # a longer name: "på Öland Vind"
    return not (position + 1 < len(tokens) and tokens[position].joined and tokens[position + 1].text[:1].isupper())


def _bare_land(doc: ActorDocument, position: int, language: str) -> bool:
    """A land of the list named with no preposition inside a sentence, where these languages capitalise names only
    ("Troms fylkeskommune", "turister til både Lofoten og Senja"), and not closing a longer name ("Sparekassen Thy").
    Opening a sentence it may be a word ("Mors bil": mother's car)."""
    tokens = doc.tokens
    if position in doc.sentence_first or tokens[position].folded in doc.lower_case:
        return False
    before = tokens[position - 1] if position > 0 else None
    return before is None or not (before.joined and before.text[:1].isupper())
