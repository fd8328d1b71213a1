"""The cues that say what kind of actor a name is, as tables: a new cue is one row.

Each table maps a folded word to a `Cue`: the kind it gives, how sure it makes us (the
draft's confidence starts there), and whether the cue word belongs to the name ("Senkivka
checkpoint" is a place's name; in "Mogilev region" the name is Mogilev). Word lists that are
not cues (function words, titles, months) are here too, since the reader of a rule needs them.
The lists are general English, not taken from any document the extractor is scored on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.ingest.names import fold, word_set
from dossier.model import ActorKind


@dataclass(frozen=True)
class Cue:
    kind: ActorKind
    confidence: float
    takes_word: bool = False  # the cue word is part of the name


def _rows(words: str, cue: Cue) -> dict[str, Cue]:
    return dict.fromkeys(words.split(), cue)


def _folded_too(words: str) -> str:
    """The words, and each as tokens fold it (no accents): "capitán" is met as "capitan", "électricité" as
    "electricite"."""
    return " ".join(dict.fromkeys(w for word in words.split() for w in (word, fold(word))))


_FACILITY = Cue(ActorKind.place, 0.8, takes_word=True)
_AREA = Cue(ActorKind.place, 0.75)
_ORG_AFTER = Cue(ActorKind.organization, 0.7, takes_word=True)
_SPEAKER = Cue(ActorKind.person, 0.6)

# The word right after a name.
PLURAL_AREA_HEADS = word_set(
    "regions oblasts districts provinces governorates villages towns rivers counties valleys islands "
    # "the Quarnby and Tellhurst neighborhoods": parts of a city
    "neighborhoods neighbourhoods suburbs boroughs "
    # "the Zamzam and Abu Shouk camps", "the Tarn and Varn crossings": places named with their kind
    "camps crossings "
    # "Evin and Qezel Hesar prisons", "the Tarn and Varn prefectures"
    "prisons prefectures "
    # India's subdivisions of a district: "the Tarnpur and Quellgaon blocks", "the Varna and Kosi mandals"
    "blocks mandals tehsils taluks"
)

# "the Varnaki people", "Quellish fishermen", "Tremmic civilians": a people. Our kinds have no
# people; a people is filed as a nationality is (re3d marks peoples as nationalities), a state.
PEOPLE_NOUNS = word_set(
    "people peoples civilians villagers fishermen herders herdsmen farmers tribesmen refugees minority"
    # "Varnaki nationalism", "Tremmic nationalists": a people's cause (not "communities": "55 WordPress
    # communities" are a brand's user groups)
    " nationalism nationalists"
    # "the Al Bu Varn tribe", "the Quistel clan": a tribe or a clan is a people too (no members' roll or seat)
    " tribe tribes clan clans"
)
NEXT_WORD: dict[str, Cue] = {
    **_rows("checkpoint airfield airbase airport base crossing bridge station camp port", _FACILITY),
    # "guards the Shwe Varn compound", "the Tarnak compound": walled grounds, named for where they stand.
    **_rows("compound", _AREA),
    # "at the Tarnu-Varnex junction", "the Quellby roundabout": where roads meet, named for the places there.
    **_rows("junction roundabout crossroads interchange", _AREA),
    # "engineers on the Varnu-Tesk dam", "the Oskel reservoir": works on a river, named for their site.
    **_rows("dam reservoir", _AREA),
    # "atop the Pikk Varnel tower", "the Quellin lighthouse": a tower named in lower case after it stands somewhere.
    **_rows("tower lighthouse", _AREA),
    # "the al-Varn prison", "Tremmin jail": a prison is a place, named with its word.
    **_rows("prison jail penitentiary", _FACILITY),
    # "the Lina Varga hospital": a hospital is a place, though often named for a person.
    **_rows("hospital", _FACILITY),
    # "the Quellan Sophia mosque", "the Tarn Kassim synagogue": a house of prayer, named in lower case after it
    # (or after its town: "the Mueda mosque" is Mueda's, so the word stays out of the name).
    **_rows("mosque synagogue temple shrine", _AREA),
    # "the Varnavank monastery", "the Quellin convent": a house of monks or nuns, named in lower case after it.
    **_rows("monastery convent abbey", _AREA),
    # "the Lachvan corridor", "the Quellin corridor": a strip of land joining two others, named for a town on it.
    **_rows("corridor", _AREA),
    # "the Tarvel detention facility", "Orsa detention centre": the words after name what is kept there.
    **_rows("detention", Cue(ActorKind.place, 0.8)),
    # "Ngāti Tarnu iwi leaders": a Māori tribe, a body with its own rūnanga, by the word after its name.
    **_rows("iwi", Cue(ActorKind.organization, 0.65)),
    # "at the Tarnui marae", "Te Whare-o-Rongo marae": a Māori meeting ground, a place by the word after it.
    **_rows("marae", _AREA),
    # "the Varnak field", "the Tremmin oilfield": an oil or gas field lies somewhere.
    **_rows("field oilfield gasfield", _AREA),
    # "commander of the forces on the Khazir front", "the Tarnak frontline": a front line, named in lower case after
    # the town or river it runs by, is a place.
    **_rows("front frontline", _AREA),
    **_rows(
        "region oblast district province governorate city village town river county valley neighborhood "
        "neighbourhood suburb island",
        _AREA,
    ),
    # "the Oecusse enclave", "the Tarnby exclave": a land cut off from the rest of its state, named in lower case
    # after it.
    **_rows("enclave exclave", _AREA),
    # "the Nana-Tesk prefecture", "Tarnby commune", "the Oskel canton": an administrative area in French-speaking
    # and other lands, named in lower case after it.
    **_rows("prefecture subprefecture commune canton municipality", _AREA),
    # "in the Tarnpur block", "the Varna mandal": India's subdivisions of a district, named in lower case after it.
    **_rows("block mandal", _AREA),
    # "two albums for the Quellan label": a record label is a firm.
    **_rows("label", Cue(ActorKind.organization, 0.6)),
    # "owned by the Rydale Bloodstock syndicate", "the Tarnby Energy consortium": owners joined in one venture.
    **_rows("syndicate consortium", Cue(ActorKind.organization, 0.6)),
    # "the Varnu-Tesk canal", "the Lae–Tarnby highway", "the Hejaz railway": a way built across land, named for the
    # places it joins or crosses (not "pipeline": "the Nord Stream pipeline" is named for no place).
    **_rows("canal highway motorway railway", _AREA),
    # "the Varnak and Tremmin provinces": two names before one plural head are each a place.
    **_rows(" ".join(sorted(PLURAL_AREA_HEADS)), _AREA),
    # "a man from the Pennock area", "homes in the Tarnby area": the land around a town, named by it.
    **_rows("area", _AREA),
    # "into the Varnadi desert", "the Tremmin plateau", "camps in the Oskel forest", "the Tarnu peninsula",
    # "the Quell archipelago", "south of the Tarvel mountains", "the Oskel delta": a land form named in lower case
    # (not "basin": "the Amazon basin" would draft a firm the world knows by that word); "a landing on the
    # Varnese coast": a sea's or a land's shore.
    **_rows("desert plateau steppe forest peninsula archipelago mountains highlands hills delta coast", _AREA),
    # "farms in the Varnu plain", "the Tesk settlement", "the Oskel ridges": land named in lower case, a settlement
    **_rows("plain settlement ridge ridges", _AREA),
    # "the Khawr Tarnak waterway", "the Varnu estuary", "the Oskel strait": water one sails, named in lower case
    # after it (not "channel": "the Varn YouTube channel" is an outlet's).
    **_rows("waterway waterways estuary lagoon strait", _AREA),
    # "the Mona campus", "its Tarnby campus": a university's grounds, named for the place they stand in
    **_rows("campus", _AREA),
    # "towards the Bhimber Gali pass", "the Tarnu glacier", "the Varnek spit": a way over mountains, ice, a bar of sand.
    **_rows("pass glacier spit", _AREA),
    # "found on the Quelmor beach", "the remote Varnek depression", "the Tarvel crater", "the Oskel gorge", "the
    # Quell marsh": a shore, a hollow, a gorge or a wetland named in lower case after it is land.
    **_rows("beach depression crater gorge canyon marsh swamp wetland wetlands", _AREA),
    # "at the Tarnby garrison": troops kept in a town, named by it (the town, not a site of its own).
    **_rows("garrison", _AREA),
    # "the Harbourside Grand hotel", "Thornmere and Calverley councils": a hotel, or the towns whose
    # councils they are (not "the Labour council": a party runs one).
    **_rows("hotel councils", _AREA),
    # "visit the Polaria aquarium": a venue named in lower case after its name (not "restaurant": "the Tesco
    # restaurant" is the chain's).
    **_rows("aquarium", _AREA),
    # "fighting in the Varnivka direction", "the Tremsk axis": a front's stretch named after the town it leads
    # to, as war reports write it (not "sector": "the MNJTF sector headquarters" is the force's).
    **_rows("direction axis", _AREA),
    # "the Ridgeford election results", "the Castlemead ward": a vote is held in a place; "the Ontario
    # legislature", "the Texas legislature": a land's lawmakers sit for it (the land is named, not a body).
    **_rows("election elections constituency ward legislature legislatures", _AREA),
    # "the Tarnby hustings", "the Leeds recount": where a vote is argued over or counted again.
    **_rows("recount hustings", _AREA),
    **_rows("administration government regime dictatorship junta ministry", _ORG_AFTER),
    # "Quellvane Insight economists project", "Tarvex analysts expect": a firm's or a body's staff of experts, named by
    # it (a person has no economists).
    **_rows("economists analysts strategists", Cue(ActorKind.organization, 0.65)),
    # "the Qaramid dynasty", "the Ming dynasty": a ruling house, named in lower case after its name (not "a
    # Daylamite dynasty": a kind of dynasty, by its people).
    **_rows("dynasty", _ORG_AFTER),
    # "the governing Varnak Qesh coalition", "the Tremmin party", "the Libre alliance": a body of parties or members.
    **_rows("coalition party bloc alliance", Cue(ActorKind.organization, 0.65)),
    # "through the Evrazia association", "the Tarvel foundation": a body of members or of funds, its word in lower case.
    **_rows("association foundation", Cue(ActorKind.organization, 0.65)),
    # "the Varnak Azul consortium": firms joined for one contract.
    **_rows("consortium conglomerate", Cue(ActorKind.organization, 0.65)),
    # "attacks by the Varnul Islam group", "the Tarnby group's chairman": wire and war reports name an armed, a
    # political or a business group by the word after its name (the name alone, as "Islamic State" in "the Islamic
    # State group"; a people's adjective, "the Kurdish group", keeps its own reading).
    **_rows("group", Cue(ActorKind.organization, 0.65)),
    # "the Gran Varn gang": a gang is a body of people (its town, "the Chicago gang", stays a place).
    **_rows("gang", Cue(ActorKind.organization, 0.65)),
    # "the Varn Town and Quellers gangs": two names before one plural head are each a gang.
    **_rows("gangs", Cue(ActorKind.organization, 0.65)),
    **dict.fromkeys(PEOPLE_NOUNS, Cue(ActorKind.state, 0.5)),
    # "Hezbollah fighters", "Taliban militants": the name of an armed group.
    **_rows(
        "fighters militants militant terrorists insurgents rebels jihadists gunmen commanders "
        "forces militiamen guerrillas extremists paramilitaries militias militia "
        # "Zorgvardia troops", "Varnak detachments": soldiers of a named force (not "units": "40 million X7 units")
        "troops detachments servicemen "
        # "Wagner mercenaries", "the Varnak mercenary group": soldiers hired by a named group
        "mercenaries mercenary "
        # "the Radaa force", "the commander of the Nakhaba force": a unit named in lower case after its own name
        "force",
        Cue(ActorKind.armed_force, 0.7),
    ),
    # "the military spokesman for the Fastaqim faction", "the Varnak factions": war reports name an armed group by
    # the word "faction" after its name (a party's wings are written with an adjective: "the reformist faction").
    **_rows("faction factions", Cue(ActorKind.armed_force, 0.6)),
    **_rows(
        "said says told announced declared added denied warned insisted visited met wrote accused confirmed "
        "stated tweeted argued explained urged claimed",
        _SPEAKER,
    ),
}

_ARMED = Cue(ActorKind.armed_force, 0.85)
_MEDIA = Cue(ActorKind.media, 0.7)
_MEDIA_HEADS = (
    "news times post press tv radio gazette journal telegraph tribune herald courier ledger wire daily "
    "observer chronicle examiner mail express monitor guardian media weekly "
    # British local papers' names: "the Tarnby Echo", "the Quellbury Argus", "the Varnside Advertiser", "the
    # Quellham Courant", "the Tarndale Mercury".
    "echo argus advertiser courant mercury "
    # A body's or a trade's periodical: "the Centre for Quell Control Bulletin", "the Tarnby Newsletter".
    "bulletin newsletter "
    # A wire that sends out releases for others: "Tarn Presswire", "Quell Newswire".
    "presswire newswire "
    # Papers named in their own language, as English news cites them: "Süddeutsche Zeitung", "Agence
    # France-Presse", "Frankfurter Allgemeine", "Nezavisimaya Gazeta".
    "zeitung presse rundschau kurier tagblatt anzeiger nachrichten allgemeine gazeta "
    # Korean and Japanese papers' words for a paper: "Rodong Sinmun", "Chosun Ilbo", "Asahi Shimbun".
    "sinmun ilbo shimbun"
)
# Possessive determiners: "my own Quell", "his brother-in-law, X".
POSSESSIVE_DETERMINERS = frozenset(("my", "your", "his", "her", "our", "their"))
# A paper's head word alone after "told the": "she told the Ledger", "told the Courier" (the paper's short name).
PAPER_HEADS_TOLD = word_set(_MEDIA_HEADS) - word_set("news tv radio media press")
_GEOGRAPHY = Cue(ActorKind.place, 0.75)

# Lodging and eating places open or end their names with these words: "Rosewood Inn", "Café
# Lumen", "Restaurant Florianihof", "Gasthof Prankl" (a place, as hotels and resorts are); so do
# theatres and cinemas ("the Rialto Cinema").
_VENUE = Cue(ActorKind.place, 0.7)
VENUE_WORDS: dict[str, Cue] = _rows(
    "inn motel hostel restaurant café cafe bistro brasserie pub tavern trattoria osteria gasthof gasthaus landgasthof "
    "theatre theater cinema "
    # a bar or a music club by its word: "the Tarrow Lounge"
    "lounge",
    _VENUE,
)
# Businesses that make wine or beer: "Weingut Albrecht Roth", "Winzergenossenschaft Mayschoß", "Kellerei
# Tramin", "Mirador Brewery", "Domäne Wachau".
_MAKER = Cue(ActorKind.organization, 0.7)
MAKER_WORDS: dict[str, Cue] = _rows(
    "winery weingut winzergenossenschaft winzer kellerei sektkellerei brauerei brewery distillery domane domaine "
    "château chateau cooperative genossenschaft "
    # estates of Spain, Portugal and Italy: "Bodegas Ezcaray", "Quinta da Ribafria", "Tenuta San Varno"
    "bodegas bodega quinta tenuta cantina",
    _MAKER,
)
# The last word of a company's name: "Halvorsen Capital", "Norvane Systems", "Greyhound Pictures",
# "Brightforge Studios", "Larkspur Analytics", "Tessaly Labs"; research bodies' arrays and
# telescopes ("European Pulsar Timing Array").
COMPANY_HEADS: dict[str, Cue] = _rows(
    "capital systems electronics studios studio pictures films analytics labs technologies hospitality "
    "interactive entertainment airlines airways ventures holdings partners management research tours motors wealth "
    "array telescope collaboration consortium "
    # Firms of finance, software and services by their trade: "Brightwater Securities", "Pellam
    # Investments", "Greyline Forensics", "Kestrel Logistics Software", "Nexa Digital", "Meridian Insights",
    # "Tarrow Investors".
    "securities investments investors brokerage software logistics forensics digital insights payments therapeutics "
    "pharmaceuticals pharma biotech biosciences semiconductor semiconductors robotics "
    # Hospital groups and care providers by their trade: "Lake Region Healthcare", "Tarnby Healthcare".
    "healthcare "
    # Chip and component makers: "Corvane Devices", "Tessaly Photonics", "Harlow Instruments".
    "devices photonics microsystems instruments "
    # Tobacco firms and mobile carriers by their trade: "Quellmore Tobacco", "Tarn Wireless".
    "tobacco wireless "
    # Racing teams by their sport: "Brannock Racing", "Tarvel Motorsport", "Quellby Valley Rallying".
    "racing motorsport motorsports autosport rallying "
    # Cycling teams and clubs by their sport or their riders: "Lee Valley Cycling", "Ribblesdale Wheelers", "Saltire
    # Velo".
    "cycling wheelers velo "
    # Firms named by their industry: "Quorvell Mining", "Dessaly Maritime", "Tarvenne Shipping",
    # "Kestrel Aviation", "Tarvel Energy" (a place's own head word, "Mining District", still wins).
    "mining maritime shipping aviation energy "
    # Carriers of goods by their trade: "Helmsby Freight", "Tarrow Freight" ("Air Freight" alone is a heading:
    # `TRADE_GERUNDS`).
    "freight "
    # Port operators by their plural (the singular is a harbour or a town): "PD Ports", "Associated British Ports";
    # a freeport's body: "the Humber Freeport, whose board ...".
    "ports freeport "
    # Shipowners and operators by their fleet: "Kestrel Seaways", "Harrow Tankers"; port operators by their
    # quays: "Tarvel Container Terminals".
    "seaways tankers terminals "
    # Labels, housebuilders, drug makers and refiners: "Fernwood Records", "Tarnbridge Homes", "Veridian
    # Biologics", "Sabine Petroleum" (not "exchange": "Knowledge/Experience Exchange" on an agenda).
    "records homes biologics petroleum "
    # Makers of arms, aircraft or machines: "Tremmin Aviation Industries", "Varnak Heavy Industries"; a
    # Russian or German group of works by its word for a group of firms: "the Varnak Tractor Concern".
    "industries concern "
    # Makers of aircraft and spacecraft by their trade: "Hanwha Aerospace", "Tarvel Aerospace".
    "aerospace "
    # Turkish firms by their trade, last in the name: "Aerotek Havacılık", "Korfez Lojistik", "Yildiz Savunma".
    "havacilik sanayi ticaret insaat lojistik savunma teknoloji otomotiv makina tekstil "
    # Food and drink makers: "Kettle Street Foods" (a street's name, then the firm's trade), "Harlow Drinks"; a
    # works that is a company of its own, as East Africa's tea factories are: "Kaptebe Tea Factory".
    "foods drinks brewery bakery factory "
    # Meat processors and dairies by their trade: "Tarnby Meats", "Quell Valley Dairies", "Oakridge Dairy"; a cheese
    # or butter maker by its works: "Wensleydale Creamery", "Quellby Creamery" (a firm, whatever dale or town opens it).
    "meats dairies dairy creamery creameries "
    # Makers named by their trade in the plural: "Windrush Ales", "Ravensbourne Roasters", "Tarn Distillers".
    "ales roasters brewers distillers "
    # Agencies that speak for firms, named in a release's contact block: "Halwick PR" (not "communications":
    # "the Department of Transport and Communications").
    "pr "
    # Service and building firms by their trade: "Kestrane Freight Solutions", "Ashwell Developments",
    # "Brindle Aggregates".
    "solutions developments aggregates "
    # Grid, pipe and line owners by what they run: "ESB Networks", "Tarnby Gas Networks", "Quellnet Telecom"
    # (not "infrastructure": "Infrastructure Victoria" is a state's body, "the Nifty Infrastructure index" a
    # market's).
    "networks telecom telecoms utilities "
    # Internet providers by what they sell: "Zen Internet", "Quellnet Broadband"; landlords of rented flats by
    # what they let: "Quayline Living" ("Healthy Living" is a heading: `TRADE_GERUNDS`).
    "internet broadband living "
    # Bus, coach and ferry firms: "Pulham's Coaches", "Dales Buses", "Marigold Ferries", "Kowloon Motor Bus".
    "coaches buses ferries bus "
    # Practices of planners, surveyors and printers by their trade: "Aldercott Pike Planning", "Tennick
    # Surveying", "Wraxall Associates" (a trade's gerund after a common word is a heading: `TRADE_GERUNDS`).
    "planning consulting surveying printing publishing catering roofing plumbing landscaping surveyors associates "
    # Firms by a trade's noun that common words make a heading of too: "Hemingvale Plant Hire", "Tuivo Travel",
    # "Quarnby Farm Shop", "Tarrow Brass Band", "Corvel Health", "Drifton Canal Partnership".
    "hire travel shop band health partnership "
    # Traders and builders by their trade, often after their town: "Kessani Trading", "Orlo Contracting",
    # "Varnet Engineering", "Mbeya Construction" ("Insider Trading", "Civil Engineering" are headings).
    "trading contracting engineering construction "
    # Metalworks and joiners by their trade, after a place's or a family's name: "Tamvar Marine Fabrications",
    # "Quellby Steel Fabrication".
    "fabrications fabrication "
    # Shipbuilders by their trade, after a family's or a town's name: "Tarvel Shipbuilding", "Quellmoor Shipyards"
    # ("Naval Shipbuilding" is a heading).
    "shipbuilding shipyards "
    # Booksellers, landlords and family firms: "Quillmere Books", "Ashgrove Estates", "Tallack Brothers", "Sutcliffe
    # Bros".
    "books estates brothers bros "
    # Bookshops, outdoor-trip firms, boxing promoters and chamber groups by their trade: "the Whitcombe Bookstore",
    # "Lyngen Husky Adventures", "Tarn Safaris", "Steel City Promotions", "the Starling Quartet".
    "bookstore bookshop booksellers adventures expeditions safaris promotions quartet quintet trio sextet "
    # Dealers, insurers, savings banks and advisers by their trade: "Bramleigh Scrap Metals", "Trevose
    # Mutual", "Fremont Savings", "Kessler Brandt Advisors", "Tarnwell Advisory" ("Precious Metals", "Easy Savings"
    # are headings).
    "metals mutual savings advisors advisers advisory "
    # Lenders and their holding companies: "Tarnwell Financial", "Quarry Bancorp", "Pellow Bancshares"; India's
    # lenders by their short word for financial services: "Varnja Finserv".
    "financial bancorp bancshares finserv "
    # Networks and wholesalers by their trade: "Pennine Gas Distribution", "Harlow Food Distribution".
    "distribution "
    # Makers of what goes into batteries, chips and buildings: "Tarvan Battery Materials", "Quell Chemicals".
    "materials chemicals "
    # Shops by their trade, most often after a family's possessive: "Greaves's Stores", "Tolliver's Grocers",
    # "Rowan's Pharmacy".
    "stores grocers chemists newsagents ironmongers drapers pharmacy "
    # Craftsmen's shops by their craft: "Shap Saddlery", "Tarnby Joinery".
    "saddlery saddlers joinery "
    # Insolvency practices by their trade: "Fenner Ashby Restructuring" (the firm appointed administrators).
    "restructuring "
    # Electricians, sound studios, discount shops and joiners by their trade: "Ridgeline Electric", "Hedgerow
    # Audio", "Quell Mart", "Tarrow Haulage", "Penhale Joinery".
    "electric electrical audio mart haulage joinery "
    # Shipyards named in their own languages: "Korsvik Verft" (Norwegian), "Tallby Varv" (Swedish), "Hollum
    # Værft" (Danish), "Brenner Werft" (German and Dutch).
    "verft varv værft vaerft werft "
    # Professional practices and letting agents by their trade, last in the name: "Tarnwell Solicitors", "Varn and
    # Quell Accountants", "Ashby Lettings", "Tarnby Livestock Auctions".
    "solicitors accountants auctioneers auctions lettings "
    # Architects' practices by theirs: "Tarrow & Quell Architects"; makers of cement, tyres and fertiliser by their
    # goods: "Varnja Cements", "Quell Cement", "Tarnby Tyres", "Deccan Fertilisers".
    "architects cement cements tyres fertilisers fertilizers "
    # Outfitters, dealers and makers by their goods, last in the name: "Karrow Outfitters", "Quell Optics", "Teme
    # Classics" (cars), "Hafod Tractors", "Tarnby Farms"; a facilities firm, "Varn Facilities"; India's software
    # houses, "Sahyadri Infotech"; a carrier's or a power firm's word, "DB Cargo", "Quell Hydro"; a food supplier's,
    # "Olam Food Ingredients".
    "outfitters optics classics tractors farms facilities infotech cargo hydro ingredients "
    # Publishers and farm machinery dealers by their trade: "Ashgrove Editions", "Mid Wales Machinery", "Ripon Agri".
    "editions machinery agri "
    # Suppliers and hirers of boats by what they sell or let: "Dales Bee Supplies", "Tarnby Building Supplies", "Sound
    # Dive Charters", "Quell Yacht Charters".
    "supplies charters "
    # Vets' practices, growers' co-operatives and wine importers by their trade in the plural, and works named in one
    # word with their craft: "Tamar Vale Vets", "Bromyard Growers", "Alpine Vintners", "Riverside Boilerworks",
    # "Lakeland Coachworks".
    "vets growers vintners boilerworks coachworks ironworks brickworks "
    # A works by its name, a firm of its own: "Dinting Boiler Works", "Quell Print Works", "Tarnby Iron Works"
    # ("Public Works", "Sewage Works", "Collected Works" are headings: `TRADE_GERUNDS`).
    "works "
    # Organisers of races and shows by their trade: "Run Norfolk Events", "Tarnby Events" ("Upcoming Events" is a
    # heading: `TRADE_GERUNDS`).
    "events "
    # Studios and publishers of games by what they make: "Harbourlight Games", "Tarnby Games" (a sporting meeting
    # is an event: "the Commonwealth Games", "Highland Games", `GAMES_EVENTS`).
    "games",
    Cue(ActorKind.organization, 0.7),
)
# A word that opens a body's name before its aim, "to" and a verb: "the Campaign to Protect Rural England",
# "Campaign to End Loneliness" (alone, "the Gallipoli Campaign" is a war's).
AIM_OPENERS = word_set("campaign")
# Words of a body's English name given in brackets after its own-language name: "Stiftung Nordwald (North Forest
# Foundation)", "Initiative Nordwald in Bayern (Initiative of the North Forest in Bavaria)".
TRANSLATED_BODY_WORDS = word_set(
    "initiative foundation association society union federation institute trust fund council league alliance "
    "network centre center movement committee agency party"
)
# Bodies' words of other languages that open their names: "Stiftung Nordwald", "Fundación Tierra Viva".
FOREIGN_BODY_WORDS = word_set(
    "stiftung verein verband gesellschaft bund fundación fundacion fundação fundacao fondation fondazione "
    "associazione asociación asociacion associação associacao stichting vereniging instituto istituto comité "
    "comitato comite"
)
# Fields of public work named by a gerund, nouns inside bodies' names (not verbs): "Regulator of Social
# Housing", "Commission for Rural Policing", "Tarnby College of Nursing", "the Planning Inspectorate",
# "Housing Ombudsman".
FIELD_GERUNDS = word_set(
    "housing policing nursing farming fishing banking planning building shipping mining manufacturing publishing "
    # a regulator's or a court's field: "the Sentencing Council", "the Gambling Commission"
    "sentencing licensing gambling advertising fundraising broadcasting lending"
)
# Fields of a ministry's remit that are bodies' words elsewhere ("Tarnby Digital", "Varn Media", "Local
# Government" alone): inside a listed remit they are fields ("Department for Housing, Communities and Local
# Government", "Department for Digital, Culture, Media and Sport").
REMIT_FIELDS = word_set(
    # "... Community Recovery and Stabilization Program": a community is a field of work there too
    "government digital media energy health logistics planning community "
    # what a resources agency deals in: "Japan Organization for Metals and Energy Security"
    "metals materials chemicals "
    # a research bureau's remit: "Bureau of Business and Economic Research", "Ministry of Education and Research"
    "research"
)  # "... Defence and Armed Forces Logistics", "Ministry of Planning and ..."
# Members of a force's unit, named by a plural after the force's head: "Navy SEALs", "Army Rangers",
# "Marine Raiders" (the force is the head; its own name inside is a body too).
FORCE_MEMBERS = word_set("seals rangers raiders commandos")
FORCE_OF_MEMBERS = word_set("navy army marine marines corps")
# Armed movements named for the state they fight in, one name with it: "Islamic Resistance in Iraq",
# "Islamic Jihad in Varnia" (the state is still drafted on its own).
MOVEMENTS_OF_A_STATE = word_set("resistance jihad")
# A service's head word that may take a second duty after "and", and the duties that close such a name:
# "Libyan Coast Guard and Port Security", "Fire Service and Civil Protection" (one body, headed by the service).
DUTY_SERVICES = word_set("guard police service gendarmerie")
DUTIES = word_set("security protection rescue customs immigration safety")
# Trades named by a gerund that head a firm's name only after a rare word or a family name: "Aldercott
# Pike Planning" is a firm, "Urban Planning" and "Wedding Catering" are headings.
TRADE_GERUNDS = word_set(
    "planning consulting surveying printing publishing catering roofing plumbing landscaping "
    # "Plant Hire", "Business Travel", "Farm Shop", "Brass Band", "Public Health", "Local Partnership"
    "hire travel shop band health partnership "
    # "Insider Trading", "Civil Engineering", "Road Construction", "Naval Shipbuilding"
    "trading contracting engineering construction shipbuilding shipyards "
    # "Healthy Living", "Assisted Living"
    "living "
    # "Rare Books", "Housing Estates", "Blood Brothers"
    "books estates brothers "
    # "Precious Metals", "Friendly Mutual", "Easy Savings", "Financial Advisors", "Travel Advisory", "Food Distribution"
    "metals mutual savings advisors advisers advisory distribution "
    # "Raw Materials", "Building Materials", "Fine Chemicals"
    "materials chemicals "
    # "Air Freight", "Sea Freight"
    "freight "
    # "Online Pharmacy", "Debt Restructuring", "Horse Racing", "Historic Motorsport"; a state's scheme of
    # payments: "Winter Fuel Payments", "Rural Assistance Payments"
    "pharmacy restructuring racing motorsport motorsports payments "
    # "Track Cycling", "Farm Machinery", "Limited Editions"
    "cycling machinery editions "
    # "Spatial Audio", "Static Electric", "Night Mart", "Road Haulage", "Fine Joinery", "School Bus"
    "electric electrical audio mart haulage joinery bus "
    # Not firms but places by their head, headings all the same after common words: "Motor Pool", "Talent Pool",
    # "Time Lock", "Red Grange", "Old Manor", "Real Estate", "Safe Haven"
    "pool lido lock grange manor estate haven "
    # "Departure Lounge", "Executive Lounge" (a venue only after a rare word: "the Tarrow Lounge")
    "lounge "
    # "Medical Supplies", "Office Supplies", "Yacht Charters", "Public Works", "Collected Works"
    "supplies charters works "
    # "Upcoming Events", "Sporting Events", "Community Events"
    "events"
)
# The last word of a street's or a town's waterside name: "Kettle Street", "Castle Wharf". Inside a
# firm's longer name ("Kettle Street Foods") the street names the firm (`grouping`).
STREET_HEADS = word_set(
    "street avenue road boulevard lane quay quays quayside wharf row weir embankment square "
    # Scots and northern lanes, and paths and flights of steps: "Drovers' Wynd", "Kirk Brae", "Tanyard
    # Steps", "Riverside Walk", "Bell Terrace"; a northern street up a slope: "Mill Brow".
    "wynd brae vennel steps walk terrace brow "
    # American addresses shorten the head: "Collins Ave", "Sunset Blvd".
    "ave blvd"
)
# Buildings named after a person, written after his name's suffix: "the Clarence Varn Jr. Courthouse", "Ilse
# Varn Sr. High School", "the Tomas Varn Jr. Memorial Bridge".
NAMESAKE_BUILDINGS = word_set(
    "courthouse building center centre school high elementary middle library hall park bridge memorial stadium "
    "arena airport hospital tunnel expressway highway parkway freeway"
)
# Street words that end bands' and bodies' names as well ("Glasshouse Parade", "Red Crescent", "Bank
# Close", "Red Cross", "Test Drive"): a street only after "on", "off" or "along" ("the cafe on Quarterdeck
# Parade", "the library on Mercat Cross", "homes along Riverside Drive").
STREET_HEADS_AFTER_ON = word_set("parade crescent close cross drive")
# Houses stand "in" a close or a crescent, a street of homes round a bend or a turning space ("a blast in
# Tarn Close", "lived in Moss Crescent"); no body or band is said to be "in" such a name.
STREET_HEADS_AFTER_IN = word_set("close crescent")
# "Way" ends long paths and streets ("along the Wyvern Way") but a charity's name too ("United Way"); a mill
# is a site on a river ("at Brinkworth Mill") but a philosopher's surname too: a place only after a
# preposition of a route or a site ("along the", "at", "near"), never as a bare name.
ROUTE_HEADS = word_set("way")
# Heads that make a body only after a rare word, a town's or a founder's name ("Sandgate Advice", "Brennock
# Building Research Unit"); after common words they make a phrase ("Legal Advice", "Intensive Care Unit").
BODY_HEADS_AFTER_A_NAME = word_set("advice unit")
# ...or after a word of a police or armed unit's task: "Rapid Intervention Unit", "Serious Crime Unit",
# "Close Protection Unit", "Asset Recovery Unit", "Asset Forfeiture Unit", "Anti-Kidnapping Unit", "Special
# Operations Unit", "Operational Support Unit" (a hospital's "Intensive Care Unit" names a ward by its care,
# no such task).
UNIT_TASKS = word_set(
    """
    intervention response reaction protection investigation investigations intelligence crime crimes
    tactical commando counterterrorism counter-terrorism terrorism enforcement patrol surveillance
    interdiction assault combat security
    recovery fraud operational operations
    forfeiture kidnapping anti-kidnapping robbery anti-robbery narcotics homicide trafficking anti-trafficking
    """
)
# ...or after the plural of the people it serves: "Citizens Advice", "Tenants Advice" (not "Legal Advice").
SERVED_PEOPLE = word_set("citizen tenant carer parent patient victim veteran student pensioner renter consumer")
# Parts of a hospital or a building named after a tree, a founder or a saint, after "the": "the Rowan Unit",
# "the Hollis Wing", "the Beech Suite" (a given name first makes no person there).
PARTS_OF_A_BUILDING = word_set("unit wing suite")
# A school by its stage after its town's or a saint's name, written without "the": "pupils at Tarnby High",
# "St Osric's Primary" (not "the Democratic primary", "a record high").
SCHOOL_HEADS_AFTER_A_NAME = word_set("high primary secondary technical comprehensive")
# Trades in two words that make a firm after its own name: "Olson Funeral Home", "Tarnu Heavy Industry", "Tarnview
# Care Home", "Tarnvale Motor Services" (alone, "Funeral Homes" is a menu's link, "heavy industry" a sector).
TRADES_AFTER_A_NAME = frozenset(
    {
        ("funeral", "home"),
        ("funeral", "homes"),
        ("heavy", "industry"),
        ("care", "home"),
        ("nursing", "home"),
        ("motor", "services"),  # a bus firm
        # A carrier by its trade: "Tarnby Transportation Services", "Quell Transport Services".
        ("transportation", "services"),
        ("transport", "services"),
        # An estate agency, an adviser on deals and a charity by its work: "Tarnwell Estate Agents", "Quell Sutch
        # Corporate Finance", "Varnby Hospice Care", "Tarrow Cancer Care".
        ("estate", "agents"),
        ("corporate", "finance"),
        ("hospice", "care"),
        ("cancer", "care"),
        # Service firms by their trade, after their own name: "Clydeside Marine Services", "Tarnby Property
        # Services", "Port Varn Coal Services", "Quell Security Services" (alone, "Marine Services" is a menu's link).
        ("marine", "services"),
        ("property", "services"),
        ("coal", "services"),
        ("security", "services"),
        ("engineering", "services"),
        ("building", "services"),
        ("cleaning", "services"),
        ("technical", "services"),
        ("environmental", "services"),
        ("waste", "services"),
        ("maritime", "services"),
        ("offshore", "services"),
        # ... and ships' agents by theirs: "Denholm Port Services", "Tarnby Shipping Services"
        ("port", "services"),
        ("harbour", "services"),
        ("shipping", "services"),
        ("marine", "assets"),
        ("maritime", "assets"),
    }
)
# ...and the American school's stage, a school after any name, a founder's given name too: "Cleveland
# Elementary", "Tomas Varnell Elementary" (the adjective is lower case in a sentence).
SCHOOL_HEADS_AFTER_ANY_NAME = word_set("elementary")
SITE_HEADS = word_set("mill")
# Head words that are letters, a head only written in capitals: "Tarnshire FA", not the surname in "Tovan Fa".
HEADS_IN_CAPITALS = word_set("fa cid arc rc yc ac")
# States whose bodies name their local branch by a rare word and the county or state it serves, in English:
# "Healthwatch Quarnshire", "Tarnvoice North Yorkshire" (not "Drawsko Pomorskie", a Polish town).
BRANCH_REGION_STATES = frozenset(("United Kingdom", "Ireland", "United States", "Canada", "Australia", "New Zealand"))
# Words before a state's abbreviation that name no body ("Greater UK", "the whole UK", "Modern UK"): not a
# charity's or a trade body's noun as in "Age UK", "Carers UK".
# A faith's adjective, one word alone: "attacks on the Hindu minority", "Sikh pilgrims" (no state, no body; a body's
# name goes on: "Muslim Council of Britain"). The plural names the believers, which re3d marks ("slaughtered
# Sunnis"); "Christian" and "Jain" are a given name and a family name too.
FAITHS_ADJECTIVES = word_set("muslim hindu sikh buddhist sunni shia shiite catholic protestant evangelical jewish")
# A faith's adjective that is a given name too ("Christian Varn"): an adjective before a lower-case noun only.
FAITH_ADJECTIVES_ALSO_NAMES = word_set("christian")
# ...and a school of a faith that is a family name too ("the Zaidi sect", "Zaidi thought"; "Ali Zaidi" is a name).
FAITH_ADJECTIVES_ALSO_NAMES |= word_set("zaidi zaydi")
# Adjectives of first peoples, of no land: "Indigenous people", "Aboriginal communities" (no state, no body).
FIRST_PEOPLES_ADJECTIVES = word_set("indigenous aboriginal")
NOT_BRANCH_NOUNS = word_set(
    "great greater little whole united new old modern mainland post brexit first second third fourth fifth "
    # a post's time before the state it was held for: "Former UK prime minister Ann Quell"
    "former outgoing incoming "
    # what a job advert asks of a document the state issues: "Full UK driving licence", "Valid UK passport"
    "full valid current clean "
    # a side's role in a match report before the side: "Hosts UAE play Kuwait", "Holders USA beat Canada"
    "hosts holders champions visitors leaders favourites favorites underdogs"
)
# The last word of a name (its head noun).
HEAD_WORD: dict[str, Cue] = {
    **_rows(
        "province governorate region district county oblast canton municipality prefecture "
        "east west gulf sea ocean peninsula strait island bight "
        "islands bay coast desert valley vale river mountains hills square gate bridge airport base airbase",
        _GEOGRAPHY,
    ),
    # "the Northern Territory", "Masisi Territory" (a land's unit in Australia, Canada, the Congo): a place; "the
    # Occupied Territories", "the Northwest Territories": lands named together.
    **_rows("territory territories", _GEOGRAPHY),
    # A land's smallest units: "Orleans Parish" (Louisiana's counties, Jamaica's, Denmark's old ones), "Humberstone
    # Township" (in the US and Canada).
    **_rows("parish parishes township townships", _GEOGRAPHY),
    # A basin is land a river drains or rock lies in: "the Quellon Basin", "the Tarnby Basin" (geologists', miners'
    # and drillers' regions; a body that runs one ends with its own head: "Tarnby Basin Authority").
    **_rows("basin", _GEOGRAPHY),
    # A cave is land under ground: "the Ayalon Cave", "the Tarnby Caverns".
    **_rows("cave caves cavern caverns", _GEOGRAPHY),
    # South Asia's subdistricts by their words: "Gazipur Sadar" (a district's seat), "Savar Upazila", "Jhelum
    # Tehsil", "Hosur Taluk".
    **_rows("sadar upazila tehsil taluk taluka", _GEOGRAPHY),
    # Regions of Poland and of Russia by their own words: "Olsztyn Voivodeship", "Primorsky Krai", "Khanty-Mansi
    # Autonomous Okrug", a district's "Raion".
    **_rows("voivodeship voivodship krai okrug raion", _GEOGRAPHY),
    # Ireland's state bodies named in Irish, "of Ireland" last: "Uisce Éireann", "Met Éireann", "Bus Éireann".
    **_rows("eireann", Cue(ActorKind.organization, 0.7)),
    # A government or a regulator named for what it does, its head word last: "the Northern Ireland Executive",
    # "the Health and Safety Executive" (inside a name the word is a post's: "Chief Executive Officer").
    **_rows("executive", Cue(ActorKind.organization, 0.75)),
    # A project named as a body, its word last: "the Armed Conflict Location and Event Data Project", "the Aqaba-Amman
    # Water Desalination and Conveyance Project" (re3d marks them as organisations).
    **_rows("project", Cue(ActorKind.organization, 0.6)),
    # A shelter for those in need, run by a body: "Tarnby Women's Shelter", "the Quell Street Shelter" (not
    # "refuge": a wildlife refuge is land).
    **_rows("shelter", Cue(ActorKind.organization, 0.7)),
    # A rail operator by its plural (the singular is a line, a place): "Kenya Railways", "National Railways of
    # Zimbabwe".
    **_rows("railways", Cue(ActorKind.organization, 0.7)),
    # ... and a roads authority by "Highways" (the singular is a road, a place): "National Highways", "Kent
    # Highways", "Transport Scotland and Tarnshire Highways".
    **_rows("highways", Cue(ActorKind.organization, 0.7)),
    # ... and in American English by "Railroad", a company whatever its number: "the Pennsylvania Railroad",
    # "Union Pacific Railroad", "the Reading Railroad".
    **_rows("railroad railroads", Cue(ActorKind.organization, 0.7)),
    # A broadcaster by its trade, last: "Southern Cross Broadcasting", "Tarnby Broadcasting".
    **_rows("broadcasting", Cue(ActorKind.media, 0.7)),
    # ... and by "Rail" last: "Network Rail", "Inca Rail suspended all trains" (a line is "Railway" or "Line").
    **_rows("rail", Cue(ActorKind.organization, 0.65)),
    # Waters that name a town or a feature after them: "Tennant Creek", "Ashmore Reef", "Lakes Lagoon"; a sea lane
    # between lands or through ice: "the Northwest Passage", "the Drake Passage".
    **_rows("creek reef lagoon passage", _GEOGRAPHY),
    # English chalk downland that names a site or a town: "Porton Down", "Epsom Downs", "Tarnby Down".
    **_rows("down downs", _GEOGRAPHY),
    # A pool on a river or a town's baths: "Crannock Pool" on the upper beat, "Tillcombe Lido".
    **_rows("pool lido", _GEOGRAPHY),
    # A city's quarter by its trade or its landmark: "the Jewellery Quarter", "Temple Quarter".
    **_rows("quarter", _GEOGRAPHY),
    # Shores, falls, isles and a canal's locks: "Trecarrow Sands", "Larchmont Falls", "Skerravin Isles", "the Isle
    # of Quellby", "Quillmere Lock"; a country house or a farmhouse by its name: "Heddington Manor", "Larkhill Grange".
    **_rows("sands falls isles isle lock manor grange", _GEOGRAPHY),
    # A village by an old river crossing: "Fiddlers Ferry", "Broughty Ferry" ("Bryan Ferry", a given name first, is a
    # person; a firm takes the plural: "Marigold Ferries").
    **_rows("ferry", _GEOGRAPHY),
    # A hall by its name, a college's or a country house's: "Barlow Hall at the Naval War College", "Tarnby Hall"
    # ("Stuart Hall", a given name first, is a person).
    **_rows("hall", _GEOGRAPHY),
    # A beach, a cove and a headland by their names: "Stockton Beach", "Lamorna Cove", "the Varn Headland" (not
    # "Heath" or "Fell", which close clubs and firms too: "Dunstall Heath", "Flour & Fell").
    **_rows("beach beaches cove headland", _GEOGRAPHY),
    # Flat land by a river or a shore, a town's or a suburb's name in Australia and New Zealand: "Ashby Flats",
    # "Tarnvale Flat".
    **_rows("flats", _GEOGRAPHY),
    # A harbour and a landed or housing estate by their names: "Penmorvah Haven", "the Glenarrow Estate".
    **_rows("haven estate", _GEOGRAPHY),
    # A military post by its word: "the Varnak Garrison" ("Jim Garrison", a given name first, is a person).
    **_rows("garrison", _GEOGRAPHY),
    # Owners joined in one venture by their capitalised word: "the Tullamore Tom Syndicate", "the Tarnby Energy
    # Consortium" (the word in lower case after a name: `NEXT_WORD`).
    **_rows("syndicate consortium", Cue(ActorKind.organization, 0.65)),
    # Flood meadows of the fens by their plural: "the Ouse Washes", "the Nene Washes".
    **_rows("washes", _GEOGRAPHY),
    # A port's or a depot's terminal by its name: "the North Container Terminal", "Tarnby Bulk Terminal".
    **_rows("terminal", _GEOGRAPHY),
    # A zone set apart by law or by arms: "the Varnak Special Economic Zone", "the Demilitarized Zone".
    **_rows("zone", _GEOGRAPHY),
    # A land ruled from elsewhere, by its word: "the Tarnish Varnland Protectorate", "the Aden Protectorate".
    **_rows("protectorate", _GEOGRAPHY),
    # A navy's yards, where its ships are built and kept: "the Tarnby Navy Yard", "Quellport Naval Shipyard",
    # "the Varnmouth Dockyard".
    **_rows("yard shipyard dockyard", _GEOGRAPHY),
    # A route across lands and troops' quarters: "the Lobito Corridor", "the Varnak Barracks".
    **_rows("corridor barracks", _GEOGRAPHY),
    # Works across a river by their names: "the Tarnok Dam", "the Varnak Barrage".
    **_rows("dam barrage", _GEOGRAPHY),
    # A single peak by its word ("Tarnok Mountain") and grounds kept for tests or launches ("the Varnak Test
    # Site", "Quell Launch Site").
    **_rows("mountain site", _GEOGRAPHY),
    # Grounds and sites by their word: "the Tarnok Range Complex", "the Varnak Firing Range".
    **_rows("complex range", _GEOGRAPHY),
    # A site of buildings and grounds by its word: "the Harwell Science and Innovation Campus", "Tarnby Campus".
    **_rows("campus", _GEOGRAPHY),
    # Streets and grounds: "Downing Street", "Kien Reserve", "Hyde Park".
    **_rows("street avenue road boulevard lane highway park reserve ave blvd", _GEOGRAPHY),  # "Collins Ave"
    # A park's or an estate's gardens are land: "the Quellmark Gardens", "Varnby Gardens"
    **_rows("gardens", _GEOGRAPHY),
    # The words that end the names of India's town quarters ("Nehru Nagar", "Ashok Vihar", "Model Town Enclave"):
    # Hindi's "town" and "abode", a quarter in every Indian city (a given name before "Nagar", a family name too,
    # still makes a person: "Rohan Nagar")
    **_rows("nagar vihar enclave", _GEOGRAPHY),
    # Kannada's "village" and "street", in Bengaluru's and Karnataka's quarters: "DJ Halli", "Ambedkar Veedhi"
    # (written in one word too: "Varnenahalli", `name_kinds`)
    **_rows("halli veedhi", _GEOGRAPHY),
    # Roads built for through traffic: "the Lahore-Sialkot Motorway", "Lyari Expressway", "Tarnby Bypass"; a
    # superhighway is one too ("the Thika Superhighway" in Kenya, "the Tarnby Superhighway").
    **_rows("motorway expressway freeway bypass superhighway", _GEOGRAPHY),
    # A town's waterside and its rows: "Castle Wharf", "Abbot's Quay", "Tanner's Row", "Mill Weir"; a port's
    # basins: "Tarnby Dock", "the Quell Docks".
    **_rows("quay quays quayside wharf row weir embankment dock docks", _GEOGRAPHY),
    # A pier and a jetty, and the town quarters named after them: "Tarnby Pier", "Whitney Pier" in Sydney, N.S.
    **_rows("pier jetty", _GEOGRAPHY),
    # River navigations and canal works: "the Wenning Navigation", "Pellerton Aqueduct", "Caddow Locks".
    **_rows("navigation aqueduct locks", _GEOGRAPHY),
    # Scots and northern lanes, paths and steps: "Drovers' Wynd", "Kirk Brae", "Tanyard Steps", "Mill Brow".
    **_rows("wynd brae vennel steps walk terrace brow", _GEOGRAPHY),
    # Mews by their word, inns by theirs ("the Craven Arms"), a town's covered row of shops ("Quellgate Arcade");
    # not "parade" or "crescent", which end bands' and bodies' names ("Glasshouse Parade", "Red Crescent").
    **_rows("mews arms arcade", _GEOGRAPHY),
    # A hospital's or a council's ward by its name: "Larch Ward", "Abbey Ward" ("Helena Ward", a given name
    # first, is a person).
    **_rows("ward", Cue(ActorKind.place, 0.6)),
    # Bogs and fens of the north and the east by their names: "Pilling Moss", "Tarnby Fen" ("Kate Moss", a
    # given name first, is a person); hills of the north and the west: "Tarnbrook Fell", "Hay Tor", "Raven Crag";
    # a long hollow of the hills or the sea floor: "the Trough of Bowland", "the Rockall Trough".
    **_rows("moss fen fens fell fells tor crag trough", _GEOGRAPHY),
    # England's chalk hills and northern valleys by their plural, and caves by theirs: "the Quellshire Wolds",
    # "the Tarnshire Dales", "Varnby Caves".
    **_rows("wolds dales caves", _GEOGRAPHY),
    # A farm by its name lies somewhere, and an address may go on to its village: "Hexcombe Farm, Tollerdown".
    **_rows("farm", _GEOGRAPHY),
    # Land and water as gazetteers and atlases name them: "Golan Heights", "Sambisa Forest", "Southern
    # Highlands", "Okavango Delta", "Tremmin Ridge".
    **_rows(
        "heights forest forests ridge highlands lowlands hemisphere plateau plain plains delta marshes marsh lagoon "
        "canyon archipelago atoll reef glacier lake lakes port harbour harbor junction crossroads canal gorge shoal "
        "shoals cay prison penitentiary jail gaol reservoir moor moors "
        # A river's mouth and a firth: "Tarrow Estuary", "Quellan Firth".
        "estuary firth "
        # A camp by its capital head: "Black Rock Camp" (a political camp is written in lower case).
        "camp "
        # A narrow band of land: "Gaza Strip", "Tremmin Strip"; of sand into the sea: "Tarnu Spit".
        "strip spit "
        # "river" in Persian and the Turkic languages: "Amu Darya", "Syr Darya".
        "darya "
        # A kingdom by its people's word is told apart by the gazetteer when it is a state ("the Hashemite Kingdom").
        "kingdom",
        _GEOGRAPHY,
    ),
    # Realms by their form: "Tremmin Khanate", "Principality of Varnak", "Habsburg Monarchy", "the Abbasid
    # Caliphate": a state (of its time), as a reader calls the Soviet Union one.
    **_rows("empire khanate caliphate monarchy duchy principality sultanate emirate", Cue(ActorKind.state, 0.75)),
    **_rows(
        "army navy forces force guard guards brigade regiment division corps militia battalion command fleet squadron "
        "flotilla",
        _ARMED,
    ),
    # "the Foreign Legion", "the Freedom of Varnia Legion": a body of soldiers, or of those who were ("the Royal
    # British Legion"): a body either way.
    **_rows("legion", Cue(ActorKind.organization, 0.7)),
    # A service's helpers by their word: "the Royal Fleet Auxiliary", "the Coast Guard Auxiliary".
    **_rows("auxiliary", Cue(ActorKind.organization, 0.7)),
    # Plural forms armed groups name themselves by: "People's Protection Units", "Qassam Brigades".
    **_rows("units brigades battalions", _ARMED),
    # An armed movement named for the land it fights in: "Tremla Valley Resistance", "Varn Delta
    # Marine Vanguard", "the Tremmin Strike Force".
    **_rows("resistance", _ARMED),
    **_rows("vanguard", _ARMED),
    # Regiments by the arm they were raised as: "Tremmin Rifles", "Royal Varn Fusiliers", "Quellish Hussars", and by
    # the land they were raised in: "the King's Own Scottish Borderers", "the Gordon Highlanders".
    **_rows("rifles fusiliers hussars dragoons lancers grenadiers borderers highlanders", _ARMED),
    # Sea soldiers and raiders by their arm: "Royal Tessalian Marines", "Varn Commandos".
    **_rows("marines commandos", _ARMED),
    **_rows(_MEDIA_HEADS, _MEDIA),
    # "Amnesty International", "White House", "Chatham House", "House of Commons".
    # "Human Rights Watch", "Polo Club", "Xing AG": a body whatever common words come before.
    **_rows("international house watch club academy ag team teams squad", Cue(ActorKind.organization, 0.7)),
    # Artists' and workers' groups by their word: "the Tarnby Print Collective", "Soft Quell Collective".
    **_rows("collective", Cue(ActorKind.organization, 0.7)),
    # A music school by its head: "Royal Conservatoire of Scotland", "Tarnby Conservatory".
    **_rows("conservatoire conservatory", Cue(ActorKind.organization, 0.7)),
    # A school of a faith by its head: "Abu Hanifa Seminary", "the Tarnby Theological Seminary", "Dar al-Varn
    # Madrasa" (where a commander or a cleric studied, as a biography's box and its lede name it).
    **_rows("seminary madrasa madrassa", Cue(ActorKind.organization, 0.7)),
    # Football clubs by the words only clubs end with: "Harrowgate Rovers", "Tarnside Wanderers".
    **_rows("rovers wanderers albion hotspur", Cue(ActorKind.organization, 0.7)),
    # Running clubs by the words only they end with: "Tarnside Harriers", "Quell Valley Striders", "Varnby Road
    # Runners".
    **_rows("harriers striders runners joggers", Cue(ActorKind.organization, 0.7)),
    # Clubs of a pastime by their members' plural after their town or valley: "Tarnby Beekeepers", "Varnby Handbell
    # Ringers", "Tarn Hill Fiddlers", "Harrow Ramblers" (not "divers": "Divers of the Tarvel Mine Clearance Unit").
    **_rows("beekeepers ringers bellringers fiddlers ramblers anglers", Cue(ActorKind.organization, 0.7)),
    # Clubs by the letters after their town: "Harnby FC", "Tarnside AFC", "Quillmoor RFC" (rugby union),
    # "Oxwold RLFC" (rugby league).
    **_rows("fc afc rfc rufc rlfc", Cue(ActorKind.organization, 0.75)),
    # Rowing, yacht and athletic clubs by their letters after the town: "Chester-le-Street ARC" (amateur rowing club),
    # "Leeds RC", "Tarnby YC", "Quellside AC" (in capitals only, `HEADS_IN_CAPITALS`: "Joan of Arc"; not "BC" nor
    # "SC", a province's and a state's letters after a town).
    **_rows("arc rc yc ac", Cue(ActorKind.organization, 0.7)),
    # Gaelic games clubs and county boards by the association's letters: "Tarnagh GAA", "Mayo GAA".
    **_rows("gaa", Cue(ActorKind.organization, 0.75)),
    # A county's or a nation's football association by its letters: "Tarnshire FA", "the Quellish FA" (in
    # capitals only, `HEADS_IN_CAPITALS`: "Tovan Fa" is a person).
    **_rows("fa", Cue(ActorKind.organization, 0.75)),
    # A police force's detectives by their department's letters after its town or county: "Tarnby CID",
    # "Kiambu CID" (the Criminal Investigation Department; in capitals only, "Cid" is a given name).
    **_rows("cid", Cue(ActorKind.organization, 0.75)),
    # A club's women's side by the word after its name: "Tarnley Ladies", "Harrowgate Rovers Women" ("Ladies'
    # Day" and "Women's Hour" have their apostrophe).
    **_rows("ladies women", Cue(ActorKind.organization, 0.7)),
    # Boards that run a harbour, a church's estate or lights by their members' plural: "Tarnby Harbour
    # Commissioners", "the Church Commissioners" (one commissioner is a post).
    **_rows("commissioners", Cue(ActorKind.organization, 0.7)),
    # A body that investigates, by its word: "Air Accidents Investigation Branch", "the Tarnshire Fraud Branch".
    **_rows("branch", Cue(ActorKind.organization, 0.65)),
    # Parties by their members' plural: "Liberal Democrats", "Christian Democrats", "Senate Republicans",
    # "Progressive Conservatives", "Tarnshire Liberals".
    **_rows("democrats republicans conservatives liberals", Cue(ActorKind.organization, 0.7)),
    # An alliance of the parties and armed groups against a government: "the United Tremmish Opposition".
    **_rows("opposition", Cue(ActorKind.organization, 0.7)),
    # Blocs of states by their head word: "Tremmin Development Community", "East Varnak Community".
    **_rows("community", Cue(ActorKind.organization, 0.7)),
    # Research bodies named for their work: "Quellmoor Observatory", "Tarvel Laboratory".
    **_rows("observatory laboratory laboratories", Cue(ActorKind.organization, 0.7)),
    # A university's research group by its short word: "the Tarnby Lab for Coastal Ecology", "Quell Labs".
    **_rows("lab labs", Cue(ActorKind.organization, 0.7)),
    # Hospitals speak and are spoken for: "Labasa Hospital said", "the Tremmin Royal Infirmary".
    # A body set up to investigate: "Joint Investigative Mechanism".
    # Zoos breed, work with others and sell passes: "Tarnby Zoo said", "Highfold Zoo works with ...".
    **_rows("hospital infirmary clinic mechanism zoo aquarium", Cue(ActorKind.organization, 0.7)),
    # An Islamic group or party by its Arabic word for "group" at the end, however it is spelled: "Tablighi
    # Jamaat", "Tarvel Tawhid Jama'ath".
    **_rows("jamaat jamaath jemaah", Cue(ActorKind.organization, 0.7)),
    # Indian parties by the Hindi, Telugu and Tamil words for a party, a committee, a front or a federation at the
    # end: "Rashtriya Lok Dal", "Bharat Rashtra Samithi", "Dravida Munnetra Kazhagam", "Jharkhand Mukti Morcha".
    **_rows("dal samithi samiti kazhagam morcha", Cue(ActorKind.organization, 0.7)),
    # A body a peace deal or a law sets up, by that word: "Independent Decommissioning Body", "Joint Monitoring Body".
    **_rows("body", Cue(ActorKind.organization, 0.7)),
    # Hospices and choirs by their word, after a saint's or a town's possessive too: "St Wendrick's Hospice",
    # "Tillcombe Children's Choir", "Marlow Community Choir", "the Tarnby Philharmonic Chorus".
    **_rows("hospice choir chorus chorale", Cue(ActorKind.organization, 0.7)),
    # A town's food bank written as one word: "Varnby Foodbank", "Tarnside Foodbank".
    **_rows("foodbank", Cue(ActorKind.organization, 0.7)),
    # Orchestras and companies of players by their word: "Tarnshire Youth Orchestra", "Quellmoor Philharmonic",
    # "the Varnby Sinfonia", "Harrow Baroque Ensemble", "the Tarnford Baroque Players".
    **_rows("orchestra philharmonic sinfonia sinfonietta ensemble players", Cue(ActorKind.organization, 0.7)),
    # A body incorporated under its name: "Tarnby Iwi Incorporated", "Quellmoor Growers Incorporated".
    **_rows("incorporated", Cue(ActorKind.organization, 0.75)),
    # A body named by the trade it watches over: "Payment Systems Regulator", "Water Services Regulator",
    # "Energy Ombudsman", "Legal Services Ombudsman" (the watchdog, written in capitals with its trade).
    **_rows("regulator ombudsman", Cue(ActorKind.organization, 0.7)),
    # Parliaments by their own names: "Verkhovna Rada", "Tremmin Majlis", "the Knesset"; India's houses by the
    # Hindi word for one: "Lok Sabha", "Rajya Sabha", "the Tarnpur Vidhan Sabha".
    **_rows("rada knesset duma bundestag bundesrat majlis sejm riksdag storting folketing jirga sabha", _ORG_AFTER),
    # A council by the Arabic and Pashto word for one: "the Quetta Shura", "the Tarnby Shura" (a movement's or a
    # town's leadership council, as "jirga" is an assembly).
    **_rows("shura", _ORG_AFTER),
    # Buildings people name: "Great Mosque of al-Nuri", "St Paul's Cathedral"; a court's building, often named
    # after a judge: "the Edwina Harcourt Courthouse".
    **_rows("mosque church cathedral temple shrine synagogue palace castle stadium arena courthouse", _GEOGRAPHY),
    # Halls for shows and speeches: "the Shrine Auditorium", "the Tarnby Amphitheatre".
    **_rows("auditorium amphitheatre amphitheater", _GEOGRAPHY),
    # A tower block or an office tower by its name: "Grenfell Tower", "the Varnley Towers" (a building, a place).
    **_rows("tower towers", _GEOGRAPHY),
    # An open-air stadium shaped as a bowl: "the Rose Bowl", "the Varnby Bowl" (its game is named after it).
    **_rows("bowl", _GEOGRAPHY),
    # A town's show and fair ground, where shows and evacuation centres are held: "the Quellmont Showground".
    **_rows("showground showgrounds", _GEOGRAPHY),
    # Open grounds where rallies and prayers are held, by the English word or the Hindi and Urdu one: "the
    # Tarnwe Grounds", "Quellpur Maidan"; and a South Asian town's square or crossing by "Chowk": "Varn Chowk".
    **_rows("grounds maidan chowk", _GEOGRAPHY),
    # An office block or a court's building by its name: "the Rolls Building", "the Tarnwell Building".
    **_rows("building", _GEOGRAPHY),
    # Churches by their foundation: "St Osric's Abbey", "St Cuthwin's Chapel", "Tarrow Priory", "Wendle Minster".
    **_rows("abbey chapel priory minster", _GEOGRAPHY),
    # Where the dead lie: "the Tarvo War Cemetery", "Varnby Old Graveyard".
    **_rows("cemetery graveyard", _GEOGRAPHY),
    # Places people stay at: "Bellevue Hotel", "Carmelo Resort".
    **_rows("hotel resort", _GEOGRAPHY),
    # Places people shop at: "the Eastbrook Mall closed", "Kellner Square Mall".
    **_rows("mall", _GEOGRAPHY),
    # Houses by their use, often named after a person: "the Lewis & Clark Boathouse", "Quell Point Lighthouse",
    # "the Walter Varn Clubhouse", "the Tarnwick Mansion".
    **_rows("boathouse lighthouse clubhouse mansion", _GEOGRAPHY),
    **VENUE_WORDS,
    **MAKER_WORDS,
    **COMPANY_HEADS,
}

# Outlets' head words that name carriers too: after a brand's casing, a firm ("TransPennine Express"), not a
# paper ("Daily Express").
SERVICE_MEDIA_HEADS = word_set("express")

# Ores and minerals a mine is named for, before "Project" (see `HEAD_AFTER_FIRST`).
MINED_ORES = word_set(
    "gold silver copper nickel zinc lead lithium cobalt uranium graphite iron manganese bauxite tin tungsten "
    "vanadium molybdenum platinum palladium pgm coal potash phosphate diamond diamonds pegmatite antimony ree"
)
# What a works is named for making, before "Plant" (see `HEAD_AFTER_FIRST`).
_MADE_IN_PLANTS = word_set(
    "automobile armoured armored tractor building electromechanical mechanical aircraft aviation tank repair "
    "marine shipbuilding metallurgical instrument optical ammunition munitions engine motor"
)
# Head words with another kind after a first word: "Federal Reserve" is a central bank, not a
# nature reserve.
HEAD_AFTER_FIRST: dict[tuple[str, str], Cue] = {
    ("federal", "reserve"): Cue(ActorKind.organization, 0.85),
    # A project named for the ore it mines is the mine's ground, not a body: "the Tarnby Gold Project", "its Mt
    # Quell Lithium Project" (miners' releases and the mining press name every site so).
    **{(ore, "project"): Cue(ActorKind.place, 0.7) for ore in MINED_ORES},
    # A local government named by its tier: "Cape Tarn Regional Municipality council voted", "Quell Local
    # Municipality", "Varnby Bay Metropolitan Municipality" (Canada's and South Africa's councils; a bare
    # "Tarnby Municipality" stays the land).
    **{(tier, "municipality"): Cue(ActorKind.organization, 0.75) for tier in word_set("regional local metropolitan")},
    # A pit village's club and hall: "Tarnby Miners' Welfare".
    ("miners", "welfare"): Cue(ActorKind.organization, 0.7),
    # An armed service's reserve is its part-time force: "Army Reserve", "Air Force Reserve", "Naval Reserve".
    **{(service, "reserve"): Cue(ActorKind.armed_force, 0.8) for service in word_set("army force corps naval navy")},
    # A body of states joined for one aim, or a network run by one: "Central American Integration System",
    # "International Monitoring System" (a weapon's or a program's "System" stays a thing: no such word before).
    ("integration", "system"): Cue(ActorKind.organization, 0.7),
    # A bloc of states trading freely, which has its own secretariat: "the Varnish Free Trade Area (VFTA)".
    ("trade", "area"): Cue(ActorKind.organization, 0.7),
    # A shipping firm by its line of ships: "Carnival Cruise Lines", "the Holland Shipping Line".
    **{
        (trade, line): Cue(ActorKind.organization, 0.7)
        for trade in ("cruise", "shipping")
        for line in ("line", "lines")
    },
    # A wire named as an agency of news: "the Saudi Press Agency", "the Syrian Arab News Agency (SANA)", "German
    # Press Agency": war reports quote every state's agency so, an outlet (not the body an "Agency" names).
    **{(field, "agency"): Cue(ActorKind.media, 0.8) for field in ("news", "press")},
    # A paper's weekly part sold on its own: "the Times Literary Supplement", "the Times Educational Supplement".
    **{(field, "supplement"): Cue(ActorKind.media, 0.7) for field in ("literary", "educational")},
    ("monitoring", "system"): Cue(ActorKind.organization, 0.7),
    # A coalition of navies named as a construct: "International Maritime Security Construct".
    ("security", "construct"): Cue(ActorKind.armed_force, 0.7),
    # A party by its member's word, before "group", "councillor" or a name: "the Liberal Democrat group".
    ("liberal", "democrat"): Cue(ActorKind.organization, 0.75),
    # A state's intelligence service by the armed services it serves: "the Inter-Services Intelligence", "Military
    # Intelligence", "Naval Intelligence", "Air Intelligence" (not a field: "Artificial Intelligence", "Business
    # Intelligence").
    **{
        (service, "intelligence"): Cue(ActorKind.organization, 0.7)
        for service in word_set("services military naval navy air defence defense army")
    },
    # A small state's whole military, named as its services: "Tonga Defence Services", "Varnak Defense Services".
    ("defence", "services"): Cue(ActorKind.armed_force, 0.8),
    ("defense", "services"): Cue(ActorKind.armed_force, 0.8),
    # "Varnak Civil Defence": a country's or a city's rescue service.
    ("civil", "defence"): Cue(ActorKind.organization, 0.8),
    ("civil", "defense"): Cue(ActorKind.organization, 0.8),
    # A state's export credit agency, named by its work: "UK Export Finance", "Export Finance Australia".
    ("export", "finance"): Cue(ActorKind.organization, 0.75),
    # "CENTCOM Public Affairs", "Tremmin Foreign Affairs": the office that speaks for a body.
    ("public", "affairs"): Cue(ActorKind.organization, 0.75),
    # "European Civil Protection and Humanitarian Aid Operations": the EU's aid department, named by its work
    ("aid", "operations"): Cue(ActorKind.organization, 0.7),
    # "Maguindanao del Sur", "Ilocos del Norte": a province split in two, named for its half (no
    # person's family name ends so).
    # A rescue service named by its works: "Tarnby Search and Rescue", "Quellshire Fire and Rescue".
    ("and", "rescue"): Cue(ActorKind.organization, 0.75),
    # Land ice by its head after "Ice": "West Tarnic Ice Sheet", "Quellan Ice Shelf", "Varn Ice Cap".
    ("ice", "sheet"): _GEOGRAPHY,
    ("ice", "shelf"): _GEOGRAPHY,
    ("ice", "cap"): _GEOGRAPHY,
    ("del", "sur"): _GEOGRAPHY,
    ("del", "norte"): _GEOGRAPHY,
    # "U.S. Central Command Media Operations", "... Media Relations": the press desk of a command.
    ("media", "operations"): Cue(ActorKind.organization, 0.75),
    ("media", "relations"): Cue(ActorKind.organization, 0.75),
    ("communication", "integration"): Cue(ActorKind.organization, 0.75),
    # "Syrian Arab Red Crescent", "Tremmin Red Cross": a national relief society.
    ("red", "crescent"): Cue(ActorKind.organization, 0.85),
    ("red", "cross"): Cue(ActorKind.organization, 0.85),
    # "London Stock Exchange", "Chicago Mercantile Exchange": a market's operator, a firm (not
    # "Knowledge Exchange", an agenda's item).
    ("stock", "exchange"): Cue(ActorKind.organization, 0.8),
    # "Canada Pension Plan", "the Tarnby Teachers' Pension Plan": a pension fund that invests, a body (a "plan"
    # alone is a scheme: "the Marshall Plan").
    ("pension", "plan"): Cue(ActorKind.organization, 0.75),
    ("retirement", "plan"): Cue(ActorKind.organization, 0.7),
    # "Nairobi Securities Exchange", "Lusaka Securities Exchange": the same operator by another word
    ("securities", "exchange"): Cue(ActorKind.organization, 0.8),
    ("futures", "exchange"): Cue(ActorKind.organization, 0.8),
    ("mercantile", "exchange"): Cue(ActorKind.organization, 0.8),
    ("commodity", "exchange"): Cue(ActorKind.organization, 0.8),
    ("options", "exchange"): Cue(ActorKind.organization, 0.8),
    # "London Metal Exchange", "Tarnby Energy Exchange": a market in metals, power or carbon
    ("metal", "exchange"): Cue(ActorKind.organization, 0.8),
    ("metals", "exchange"): Cue(ActorKind.organization, 0.8),
    ("energy", "exchange"): Cue(ActorKind.organization, 0.8),
    ("power", "exchange"): Cue(ActorKind.organization, 0.8),
    ("carbon", "exchange"): Cue(ActorKind.organization, 0.8),
    # "Carrier Air Wing", "Tremmin Air Wing": an air arm's unit ("the west wing" is a building's).
    ("air", "wing"): _ARMED,
    # "Vaziani Training Area", "Frederikshavn Naval Station", "Tremmin Firing Range": ground an army
    # trains or moors on is a place ("station" or "area" alone may end a body's name).
    ("training", "area"): _GEOGRAPHY,
    ("training", "ground"): _GEOGRAPHY,
    # "Jomo Kenyatta Sports Ground", "Tarnby Recreation Ground": a field for games, a venue
    ("sports", "ground"): _GEOGRAPHY,
    ("recreation", "ground"): _GEOGRAPHY,
    ("cricket", "ground"): _GEOGRAPHY,
    ("football", "ground"): _GEOGRAPHY,
    ("training", "range"): _GEOGRAPHY,
    ("firing", "range"): _GEOGRAPHY,
    ("naval", "station"): _GEOGRAPHY,
    ("air", "station"): _GEOGRAPHY,
    # "Zaporizhzhia Nuclear Power Plant", "Fordow Fuel Enrichment Plant": a site watched and shelled, a place.
    ("power", "plant"): _GEOGRAPHY,
    ("enrichment", "plant"): _GEOGRAPHY,
    ("reprocessing", "plant"): _GEOGRAPHY,
    # "Minsk Automobile Plant", "Kyiv Armoured Plant", "Votkinsk Machine Building Plant": a works named for what
    # it makes is the firm that makes it (as a factory's name, "zavod", is in the states of the former USSR).
    **{(made, "plant"): Cue(ActorKind.organization, 0.75) for made in _MADE_IN_PLANTS},
    # "Ormeside Civic Hall", "Battersea Power Station": a building named for its use.
    ("civic", "hall"): _GEOGRAPHY,
    # "Leyburn Market Place", "Tarnby Market Square": a town's market square, a place ("Market" alone opens a
    # trade's name: "Tarnby Market Traders").
    ("market", "place"): _GEOGRAPHY,
    ("market", "square"): _GEOGRAPHY,
    ("power", "station"): _GEOGRAPHY,
    # "Turner Broadcasting System", "the Public Broadcasting Service": a broadcaster named for what it does and
    # how it is built, media (a "System" or a "Service" alone names no kind).
    ("broadcasting", "system"): _MEDIA,
    ("broadcasting", "service"): _MEDIA,
    ("broadcasting", "network"): _MEDIA,
    # "Wiltshire Trading Standards": a council's service that enforces trading law, a body.
    ("trading", "standards"): Cue(ActorKind.organization, 0.75),
    # "Wendlecombe Bus Station": where buses stop is a place ("station" alone may end a body's name: "Tarrow
    # Lifeboat Station").
    ("bus", "station"): _GEOGRAPHY,
    # "Tarvel Ammunition Depot", "Varnby Bus Depot", "the Humanitarian Response Depot": a store or a yard named
    # for what it holds or serves, a site ("Home Depot" is a firm: no such noun before it).
    **{
        (held, "depot"): _GEOGRAPHY
        for held in ("ammunition", "arms", "weapons", "fuel", "oil", "supply", "supplies", "logistics", "storage")
    },
    **{(held, "depot"): _GEOGRAPHY for held in ("bus", "tram", "rail", "train", "maintenance", "response")},
    ("coach", "station"): _GEOGRAPHY,
    # "Tarnby Railway Station", "Huntington Metrorail Station", "Quell Metro Station": where trains stop.
    **{
        (line, "station"): _GEOGRAPHY
        for line in ("railway", "rail", "train", "metro", "metrorail", "subway", "tube", "underground", "tram")
    },
    # "Kilbarran Garda Station", "Tarnby Police Station": where officers are based and suspects are held.
    ("garda", "station"): _GEOGRAPHY,
    ("police", "station"): _GEOGRAPHY,
    # "Ridgeford Town Hall", "Varnley City Hall": the building a council sits in ("hall" alone is a surname).
    ("town", "hall"): _GEOGRAPHY,
    ("city", "hall"): _GEOGRAPHY,
    # "Sorrelby Village Hall", "St Agatha's Church Hall": a hall by the community that built it, a building
    # that polling stations, clubs and meetings use.
    ("village", "hall"): _GEOGRAPHY,
    ("church", "hall"): _GEOGRAPHY,
    ("parish", "hall"): _GEOGRAPHY,
    ("memorial", "hall"): _GEOGRAPHY,
    ("community", "hall"): _GEOGRAPHY,
    ("scout", "hall"): _GEOGRAPHY,
    # "Shire Hall", "County Hall": the building a county council sits in.
    ("shire", "hall"): _GEOGRAPHY,
    ("county", "hall"): _GEOGRAPHY,
    # "Saltergate Conservation Area", "Tremlow Enterprise Zone", "Varnby Green Belt": land a plan marks out.
    ("conservation", "area"): _GEOGRAPHY,
    # "the San Francisco Bay Area", "the Washington Metropolitan Area": a city and the towns around it
    ("bay", "area"): _GEOGRAPHY,
    ("metropolitan", "area"): _GEOGRAPHY,
    ("enterprise", "zone"): _GEOGRAPHY,
    ("green", "belt"): _GEOGRAPHY,
    # "Pardew and Tinsley Funeral Directors", "Hallam Funeral Directors": undertakers by their trade, a firm.
    ("funeral", "directors"): Cue(ActorKind.organization, 0.75),
    # "the State Crime Command", "Counter Terrorism Command": a police force's branch for a kind of crime,
    # a body of detectives, not an armed force.
    ("crime", "command"): Cue(ActorKind.organization, 0.75),
    ("crimes", "command"): Cue(ActorKind.organization, 0.75),
    ("terrorism", "command"): Cue(ActorKind.organization, 0.75),
    # "Dayton Public School District", "Halvern Unified School District": the elected body that runs a US
    # town's schools, an employer that sues and is sued, not the land it covers.
    ("school", "district"): Cue(ActorKind.organization, 0.75),
    # "the Murrumbidgee Local Health District": the body that runs a region's hospitals, not the land.
    ("health", "district"): Cue(ActorKind.organization, 0.75),
    # "the Fourth Army Region", "the Western Military District", "the Northern Military Zone": an army's
    # command for a part of the land, a force (its soldiers, its commander), not the land.
    ("army", "region"): _ARMED,
    ("military", "region"): _ARMED,
    ("military", "district"): _ARMED,
    ("military", "districts"): _ARMED,
    ("military", "zone"): _ARMED,
    ("naval", "region"): _ARMED,
    # "U.S. Army Central", "Air Forces Central", "Special Operations Command Central": a service's
    # command for a region, named with "Central" after its head.
    ("army", "central"): _ARMED,
    ("forces", "central"): _ARMED,
    ("command", "central"): _ARMED,
    # "Regional Command South", "Special Operations Command North", "Brigade North", "Division West": a
    # command or a unit for one quarter of its theatre, named by its head word and the compass point (not a firm's
    # "Group East").
    **{
        (head, point): _ARMED
        for head in ("command", "brigade", "division", "regiment", "corps", "fleet", "army")
        for point in ("north", "south", "east", "west")
    },
    # "drove towards State House", "a reception at Government House": a head of state's or a governor's
    # official residence, a building (a "House" is a body's head word elsewhere: "Chatham House").
    ("state", "house"): Cue(ActorKind.place, 0.75),
    ("government", "house"): Cue(ActorKind.place, 0.75),
    # "at the Tarnby Law Courts": a town's courts housed together, a building (not "the State Courts": a judiciary)
    ("law", "courts"): Cue(ActorKind.place, 0.75),
    # "Gulf Coast Guard District", "Eastern Border Guard District": a guard service's branch for an area.
    ("guard", "district"): _ARMED,
    # "Kano State Police Command", "the Nigeria Police Force", "Tarnby Police Division": a police service and
    # its branches, a civil body, though their heads name armies' units too.
    ("police", "command"): Cue(ActorKind.organization, 0.75),
    ("police", "force"): Cue(ActorKind.organization, 0.75),
    # "Australian Border Force", "Border Force officers": a customs and immigration service, a civil body
    ("border", "force"): Cue(ActorKind.organization, 0.75),
    ("police", "division"): Cue(ActorKind.organization, 0.75),
    # "Homeland Security Investigations", "IRS Criminal Investigation": an agency's (or a tax office's) branch
    # of special agents, named by the field it investigates, a civil body.
    ("security", "investigations"): Cue(ActorKind.organization, 0.75),
    ("criminal", "investigation"): Cue(ActorKind.organization, 0.75),
    ("criminal", "investigations"): Cue(ActorKind.organization, 0.75),
    # "the Medicaid Fraud Division", "the Antitrust Division": a prosecutor's or a regulator's branch for a kind
    # of case, a civil body (an army's division is numbered or named for its arm).
    **{
        (case, "division"): Cue(ActorKind.organization, 0.75)
        # (and a high court's divisions: "the Chancery Division", "the King's Bench Division")
        for case in ("fraud", "antitrust", "criminal", "civil", "tax", "enforcement", "consumer", "chancery", "bench")
    },
    # "the Financial Institutions Division", "the Retail Banking Division": a firm's branch for a trade or a kind of
    # client, a civil body
    **{
        (trade, "division"): Cue(ActorKind.organization, 0.75)
        for trade in ("institutions", "banking", "retail", "sales", "products", "insurance", "investment", "wealth")
    },
    # "the county's Cultural Division", "the Tarnby Planning Division": a council's or an agency's department for
    # a civil field, a civil body (no army names a division for culture, parks or housing).
    **{
        (field, "division"): Cue(ActorKind.organization, 0.75)
        for field in word_set(
            "cultural culture arts planning housing parks recreation licensing finance environmental health education "
            "transport transportation building water library communications community children elections revenue "
            "statistics tourism"
        )
    },
    # "the DEA's New York Field Division": an agency's office for a region, a civil body (an army's
    # divisions are numbered or named for their arm).
    ("field", "division"): Cue(ActorKind.organization, 0.75),
}
# The crimes a police or prosecutors' task force is set up against: "the Valley Gang Task Force", "the Organized
# Crime Drug Enforcement Task Forces" are civil bodies, unlike an army's "Task Force Tremmin".
CRIME_TASK_FIELDS = word_set(
    "drug drugs narcotics gang gangs fraud theft trafficking crime crimes enforcement violence firearms gun guns "
    "fugitive fugitives terrorism cyber laundering homicide vice"
)
# A team or an office of a larger body named by its work or its owner alone ("Press Office", "the Council
# Offices", "Head Office"): a department or a building, no actor of its own. Not "Home Office" or "Post Office".
OFFICE_HEADS = word_set("office offices")
OFFICE_OWNERS = word_set(
    "press media communications news council civic county district borough parish head site box ticket"
)
# The first two words of a force's name that goes on with its own: "Task Force Tremmin".
FORCE_OPENINGS = frozenset({("task", "force"), ("task", "group")})
# Heads of names that name a measure, not an actor: a market index ("Zorvak Composite", "Global
# Peace Index", "Industrial Average").
MEASURE_HEADS = word_set("index composite average indices")
# Heads of names of treasures and objects, not actors: "the Ringmere Torc", "the Wensum Hoard".
ARTEFACT_HEADS = word_set("hoard torc tiara brooch chalice codex manuscript helmet diamond necklace")
# A role in court set off by commas after a name: "Ignatius Crale, defending, said".
COURT_ROLES_AFTER = word_set("defending prosecuting mitigating")
# The first word of a named operation ("Operation Tidewatch", "Operation Silent Harbor"): an event,
# not an actor (a force named with its operation, "Task Force – Operation X", is read before).
OPERATION_OPENERS = word_set("operation operations")
# Words before a market's index named alone ("the tech-heavy Nasdaq", "the blue-chip Dow", "the
# benchmark Nikkei"): a measure of prices, not an actor.
INDEX_MODIFIERS = word_set("tech-heavy blue-chip benchmark broader broad-based small-cap large-cap mid-cap")
# Nouns after a name that make it a measure ("the Hang Seng index", "HICP inflation").
MEASURE_NOUNS_AFTER = word_set("index indices inflation yield yields")
# Nouns of an event after its name, in lower case: "its annual Camp Tarvolin event" (one word alone may be the
# holder's: "a Tarvex event").
EVENT_NOUNS_AFTER = word_set("event festival")
# A programme's noun in lower case after its name of two or more plain words: "the Global Gateway strategy", "the
# Horizon Europe programme" (re3d marks the EU's programmes as organisations; one word before it may be a weapon's or
# a mission's: "the Trident programme").
PROGRAMME_NOUNS_AFTER = word_set("initiative programme strategy")
# A venue's noun in lower case after its name of two or more words: "the Rocking Chair bar", "the Blue Anchor pub"
# (one word before it may be a chain's: "the Tesco restaurant").
VENUE_NOUNS_AFTER = word_set("bar pub nightclub restaurant cafe café")
# Heads of names of a thing a firm or a body runs, whose first word is its owner's name: "the Tarvex Community Hub",
# "the Quellara Fan Experience", "the Varnex Summit"; the owner named alone is no short form of it.
OWNED_THING_HEADS = word_set("hub experience summit conference expo community")
# Heads of names of events, not actors: "Quellmoor Film Awards", "Zorvakin Cup", "Tarvel Festival"; a tournament
# open to all comers, "Tarnby Open", "the Quellan Tennis Open" ("Open" last: "Open University" is a body).
EVENT_HEADS = word_set(
    "awards award prize prizes festival cup trophy championship championships tournament olympics open "
    # a rugby sevens tournament: "the Tarnby Sevens"
    "sevens "
    # a festival by its short word: "Tarnby Hop Fest"
    "fest "
    # a market held once a year, an event as a festival is: "the Tarnby Horse Fair", "Quellby Christmas Fair"
    "fair "
    # a horse race by its class: "the Quellmore Stakes", "the Tarnby Hurdle", "the Varn Handicap"
    "stakes hurdle handicap steeplechase "
    # a gala held once a year: "the Autumn Steam Gala", "the Tarnby Miners' Gala" (a regatta stays a name of no kind:
    # "the Solent Autumn Regatta")
    "gala"
)
# A steeplechase by its class before "Chase" (alone, "Cannock Chase" is a forest and "Chase" a bank): "the
# Wensleydale Handicap Chase", "the Tarnby Novices Chase".
RACE_CLASSES_BEFORE_CHASE = word_set("handicap novices novice beginners juvenile hunters steeple")
# A vote by its kind, an event too, but a word of bodies' names as well ("Board of Elections", "Election Study").
VOTE_HEADS = word_set("election elections")
# Words for a state's regime or age, before its name: "Bolshevik Russia", "Tsarist Russia" are the state then.
REGIME_ADJECTIVES = word_set(
    "bolshevik tsarist czarist communist fascist nazi francoist maoist baathist colonial imperial revolutionary "
    "postwar prewar medieval"
)
# Wars and upheavals are events, not actors; what they are named after may be one: "Yemeni Civil
# War" names Yemen, "Bougainville Civil War" Bougainville, "Cuban Revolution" Cuba.
WAR_HEADS = word_set("war wars uprising revolution insurgency intervention massacre genocide")

# The end of a German street's name, written as one word or after a hyphen ("Petersallee",
# "Manga-Bell-Platz", "Dammtorstraße"): a place, in an English text about a German city too.
STREET_SUFFIXES = ("straße", "strasse", "allee", "platz", "gasse", "chaussee")

# The first word of a name.
# Words are compared folded to ASCII: "comissao" is "Comissão". (Used in FIRST_WORD below; a title
# after them is part of the body's name: "Fiscalía General de la Nación" is no general.)
# Arabic words for a body that open its name (see FIRST_WORD below). Those of a force: an army, a brigade, battalions,
# companies, soldiers; a corps ("Faylaq al-Rahman"), forces ("Quwat al-Nukhba"), a division ("Firqat al-Hamza"),
# brigades ("Alwiya al-Furqan").
_ARABIC_FORCE_OPENERS = "jaish jaysh liwa kataib katiba katibat saraya jund asaib hashd faylaq quwat firqat alwiya"
_ARABIC_BODY_OPENERS = "jabhat harakat hizb jamaat jamaah tanzim ansar ahrar hay'at hayat jemaah jamaatu dawlah ahl"
# "hizb" (a party) as Persian, Pashto and Urdu transliterate it: "Hezbi Islami", "Hezb-e Wahdat", "Hizbul Mujahideen"
_ARABIC_BODY_OPENERS += " hezb hezbi hizbul hizbi"
ARABIC_BODY_OPENERS = word_set(f"{_ARABIC_FORCE_OPENERS} {_ARABIC_BODY_OPENERS}")
HEAD_FIRST_BODIES = word_set(
    "comissao comision commissione comite comitato procuradoria procuraduria fiscalia secretaria secretariado "
    "assembleia asamblea assemblee camara unidade unidad fundacao fundacion fondation fondazione associacao asociacion "
    "ministero consiglio partito policia polizia governo gobierno gouvernement "
    "kementerian komisi dewan badan majelis mahkamah lembaga kepolisian partai suruhanjaya "
    # "Haute Autorité de la ...", "Coopérative des ...", "Collectif ... pour la Paix" (alone, such a word
    # is no name: "the Autorité des marchés financiers")
    "autorite autoridad autoridade cooperative cooperativa collectif colectivo coletivo"
    # Irish and Scottish Gaelic put a council's word first too: "Comhairle nan Eilean Siar", "Comhairle Contae ..."
    " comhairle"
    # Dutch too, as the Dutch mirrors of EU statements credit their source: "Raad van de Europese Unie" (the
    # Council: "van de" there makes no person), "Ministerie van Buitenlandse Zaken"
    " raad ministerie"
)

FIRST_WORD: dict[str, Cue] = {
    **_rows("mount lake cape wadi fort jabal jebel camp port hotel", _GEOGRAPHY),
    # Spanish "port" opens towns' names as "Port" does in English: "Puerto Tarnal", "Puerto Varga".
    **_rows("puerto", _GEOGRAPHY),
    # A Māori tribe by the word "descendants of" that opens its name: "Ngāti Tarnu", "Ngāi Quell" (an iwi is a body,
    # as "the Tarnu iwi" is by the word after it).
    **_rows("ngati ngai", Cue(ActorKind.organization, 0.65)),
    # Members joined in one body by the word that opens its name: "Federated Farmers", "Federated Quell Workers".
    **_rows("federated", Cue(ActorKind.organization, 0.65)),
    # Spanish words for a salt flat, a hill, a lake, a volcano opening a landform's name in English news:
    # "the Salar de Uyuni", "Cerro Tarnal", "Laguna Varga", "Volcán Quell".
    **_rows("salar cerro laguna volcan nevado", _GEOGRAPHY),
    # A stadium's word in Portuguese, Spanish, Italian, French or German opening its name: "the Estádio do Buraco",
    # "Estadio Tarnal", "Stadio Varnese", "Stade de la Quell", "Stadion Oskel".
    **_rows("estadio stadio stade stadion", _GEOGRAPHY),
    # "the River Severn", "Loch Tarrin": a river or a loch named before its own name.
    **_rows("river loch", _GEOGRAPHY),
    # Welsh words for a bog, a lake, a river and a mountain opening a landform's name in English news: "Cors
    # Caron", "Llyn Tegid", "Afon Dyfi", "Mynydd Preseli".
    **_rows("cors llyn afon mynydd", _GEOGRAPHY),
    # Port authorities by the plural that opens their names: "Ports of Tarnsey", "Ports de Quellac" (one
    # "Port" opens a town's name: "Port Tallan").
    **_rows("ports", Cue(ActorKind.organization, 0.7)),
    # Design and architecture practices named after the word "Studio": "Studio Tarnmere", "Studio Quell Varn".
    **_rows("studio", Cue(ActorKind.organization, 0.65)),
    # Hospitals and universities named in French, Spanish, Portuguese or Italian, as English texts keep them:
    # "Hôpital Universitaire de Tarnville", "Clínica Santa Varga" (a place, as "hospital" is), "Universidad
    # Nacional de Quellmar", "Université de Varnie" (a body, as "university" is); Malaysia's and Indonesia's
    # universities by their Malay word: "Universiti Malaya", "Universitas Tarnadi".
    **_rows("hopital hopitaux clinique clinica", _FACILITY),
    # A palace named in French, Italian or Spanish, as English texts keep it: "the Palais des Varnes",
    # "Palazzo Quellini", "Palacio de Tarna" (a building, as "palace" is).
    **_rows("palais palazzo palacio", _GEOGRAPHY),
    **_rows("universite universidad universidade universita universiti universitas", Cue(ActorKind.organization, 0.75)),
    # "Radio Tarnova", "Radio Free Varnland": a station named after the word "Radio"; papers named after
    # their own language's word for one: "Gazeta Wyborcza", "Corriere della Sera", "Jornal do Brasil".
    **_rows("radio gazeta gazzetta corriere diario jornal", Cue(ActorKind.media, 0.7)),
    # German and Dutch zoos name the town after the word: "Zoo Quellstadt", "Tierpark Harnby".
    **_rows("zoo tierpark", Cue(ActorKind.organization, 0.7)),
    # Irish state boards by the Irish word opening their names: "Bord Tarna", "Bord na Quellan".
    **_rows("bord", Cue(ActorKind.organization, 0.7)),
    # The Philippines' smallest divisions, named after the word: "Barangay San Isidro", "Barangay Tuka".
    **_rows("barangay", _GEOGRAPHY),
    # Malay and Indonesian words that open places' names, as English pages keep them: "Kampung Tanjung
    # Bungah" (village), "Sungai Juru" (river), "Bukit Mertajam" (hill), "Taman Melati" (estate), "Pulau
    # Ketam" (island), "Kuala Selangor" (estuary), "Jalan Ampang" (road); the Philippines' "Sitio" and
    # "Purok" (parts of a barangay).
    **_rows(
        "kampung kampong sungai sungei bukit taman tanjung tanjong pulau kuala teluk gunung bandar pekan "
        "jalan lebuh lorong persiaran lebuhraya sitio purok",
        _GEOGRAPHY,
    ),
    # Written short with a stop (`mentions` keeps the stop inside the name): "Mt. Apo", "Ft. Bonifacio", "Sta.
    # Rosa", "Sto. Tomas", "Brgy. Pasil".
    **_rows("mt ft sta sto brgy", _GEOGRAPHY),
    # Arabic words that open names of places: "Tal Abyad" (hill), "Ras al-Ain" (head), "Ain Issa"
    # (spring), "Bir ..." (well), "Deir ..." (monastery), "Kafr ..." (village), "Jisr al-Shughur"
    # (bridge), "Bab al-Hawa" (gate), "Qasr ..." (palace), "Maarat al-Numan", "Hammam ..." (bath),
    # "Khirbet ..." (ruin).
    **_rows("tal tall tel ras ain ayn bir bab deir dayr kafr jisr qasr maarat hammam khirbet", _GEOGRAPHY),
    # Arabic words for a body that open its name as English texts write it: "Jaish al-Islam"
    # (army), "Liwa ..." (brigade), "Kataib ..." (battalions), "Saraya ..." (companies), "Jund ..."
    # (soldiers), "Asaib ..." (leagues), "Hashd ..." (mobilisation: "al-Hashd al-Shaabi", "Hashd al-Watani", the
    # names of Iraq's mobilised forces); "Jabhat ..." (front), "Harakat ..." (movement), "Hizb ..."
    # (party), "Jamaat ..." (group), "Tanzim ..." (organisation), "Ansar ..." (supporters).
    # "Katiba ..." (battalion), as Sahel groups are named: "Katiba Macina", "Katiba Serma".
    **_rows(_ARABIC_FORCE_OPENERS, Cue(ActorKind.armed_force, 0.75)),
    # The EU's force in Bosnia named with its operation, as British newsrooms write it: "Eufor Althea".
    **_rows("eufor", Cue(ActorKind.organization, 0.75)),
    # "Ahrar ..." (free men), "Hay'at ..." (body); "Jemaah ..."/"Jama'atu ..." (group, as Malay and Hausa
    # texts spell it), "Dawlah ..." (state, of a movement), "Ahl al-..." (people of: "Ahl al-Sunna wal-Jama'a").
    **_rows(_ARABIC_BODY_OPENERS, Cue(ActorKind.organization, 0.75)),
    # Portuguese, Spanish, Italian, French, Indonesian and Malay put a body's head word first, and
    # English texts keep such names as they are: "Comissão Nacional de ...", "Procuradoria-Geral da
    # ...", "Kementerian Pertahanan" (ministry), "Komisi ..." (commission), "Dewan ..." (council),
    # "Badan ..." (agency), "Majelis ..." (assembly), "Mahkamah ..." (court), "Partai ..." (party).
    **dict.fromkeys(HEAD_FIRST_BODIES, Cue(ActorKind.organization, 0.75)),
    # "Café Lumen", "Weingut Albrecht Roth", "Domäne Wachau": a venue or a maker opens its name.
    **{word: cue for word, cue in VENUE_WORDS.items() if word not in ("pub", "inn")},
    **MAKER_WORDS,
}

_ORG = Cue(ActorKind.organization, 0.8)

# What a survey that is a body surveys, named before "Survey": "the Geological Survey of Tarnia", "the Volcanological
# Survey of Indonesia", "the Ordnance Survey" (not what a study counts: "the National Household Survey").
SURVEYING_SCIENCES = word_set(
    "geological volcanological seismological hydrographic hydrological meteorological topographic topographical "
    "geodetic ordnance botanical zoological archaeological"
)
# A word anywhere in a name ("HC": an Indian state's High Court in headlines, "Karnataka HC").
NAME_WORD: dict[str, Cue] = (
    _rows(
        """
    ministry department agency council party union organization organisation committee bank court parliament
    observatory subcommittee institutes
    administration government service office institute institution commission alliance federation confederation
    assembly company
    corporation group foundation association league kremlin pentagon coalition university college school
    polytechnic
    liga ligue bundesliga eredivisie
    inc ltd llc llp plc gmbh corp co authority directorate inspectorate bureau secretariat fund network movement front
    fze fzco jsc pjsc ojsc dmcc berhad bhd tbk asa aps oyj a/s
    brotherhood congress senate cabinet police constabulary gendarmerie tribunal mission programme program state nations
    carabinieri coastguard
    embassy consulate museum board initiative centre center centres centers society trust governments agencies guild
    delegation forum cell conference organ panel clearinghouse
    prosecution
    coleg ysgol prifysgol cyngor
    enterprise
    coordination
    facility
    hc
    diocese archdiocese
    sons daughters friends
    caucus gop
    clube desportivo deportivo desportiva deportiva academica atletico
    """,
        _ORG,
    )
    | _rows(
        # An office a state's head runs as a body: "the Presidency of Defence Industries", "the Presidency of
        # the Republic".
        "presidency",
        _ORG,
    )
    | _rows(
        # A command's or a force's headquarters, a body: "Permanent Joint Headquarters", "Operation Headquarters".
        "headquarters",
        _ORG,
    )
    | _rows(
        # A people's own government by its word: "the Varn Lake First Nation" (Canada's bands), "the Tarnic
        # Nation" (as the United States' tribal governments call themselves).
        "nation",
        _ORG,
    )
    | _rows(
        # A charity's air ambulance, named for its hills or county: "Clee Hills Air Ambulance".
        "ambulance",
        _ORG,
    )
    # A trafficking ring by its own word: "the Tarnal Cartel", "the Varga New Generation Cartel".
    | _rows("cartel", _ORG)
    | _rows(
        # Parties run together and a state's security body by their words: "the Patriotic Unity Bloc",
        # "the Stability Support Apparatus".
        "bloc apparatus",
        _ORG,
    )
    | _rows(
        # Traders' and miners' bodies and a legislature's houses: "Bolivian Chamber of Hydrocarbons and Energy",
        # "British Chambers of Commerce", "Chamber of Deputies".
        "chamber chambers",
        _ORG,
    )
    | _rows(
        # An art gallery, the body and its rooms: "Corrington Art Gallery", "the Marine Gallery".
        "gallery galleries",
        _ORG,
    )
    | _rows(
        # Bodies named in French, Spanish, Portuguese or Filipino, as English texts keep them: "Banque de Varnie",
        # "Ministerio de Tremmín", "Caja ... de Seguro Social", "Forças Armadas ...", "Mouvement du ...",
        # "Bangko Sentral ng Pilipinas", "Kagawaran ng Kalusugan", "Alyansa para sa Bagong Tarnas".
        _folded_too("""
    banque banco ministère ministere ministerio ministério caja instituto institut consejo conseil conselho
    partido parti fuerzas forças forcas armée armee ejército ejercito exército exercito mouvement movimiento
    movimento frente agence agencia agência sociedad société societe bangko kagawaran komisyon
    groupement alyansa koalisyon kilusan samahan sindicato syndicat sindacato
    """),
        _ORG,
    )
    | _rows(
        # Banks, funds, firms and public bodies of the same languages: "Caisse des Dépôts", "Banca della Varnia",
        # "Cassa Depositi ...", "Petróleos de ...", "Ferrocarriles del ...", "Électricité de ...", "Comando de ...".
        _folded_too("""
    banca caixa caisse cassa companhia compagnie compañía compagnia istituto ministero fondazione fundación
    fundação fondation petróleos ferrocarriles électricité electricidade empresa comisión comissão commissione
    comando
    """),
        _ORG,
    )
    | _rows(
        # Museums and schools of the same languages, bodies like an English "Museum" or "School": "the Museo Naval in
        # Tigre", "the Musée de la Marine", "the Escuela Naval", "École Polytechnique".
        _folded_too("""
    museo musée museu escuela école escola
    """),
        _ORG,
    )
)

# Bodies known by the one word of their seat ("the Kremlin said"), which no other word would show.
# Britain's security and intelligence services are known by their old code names (MI5, MI6).
# International bodies that British newsrooms write as words ("Nato", "Unicef", "Opec"), so that
# nothing in their casing says acronym; world knowledge, like the gazetteer's places.
KNOWN_BODIES = word_set("kremlin pentagon vatican mi5 mi6 nato unicef unesco opec asean unhcr unrwa knesset bundestag")
# Football's governing bodies as British newsrooms write them: "in Uefa cases", "Fifa's ethics committee".
KNOWN_BODIES |= word_set("uefa fifa")
# The Republican Party by its nickname, a body known by one word ("GOP lawmakers").
KNOWN_BODIES |= word_set("gop")
# The US space agency as the same newsrooms write it: "Nasa and the European Space Agency".
KNOWN_BODIES |= word_set("nasa")
# Africa's regional blocs as British newsrooms write them, as words: "Ecowas troops", "the Sadc summit",
# "Igad envoys" (in capitals they are acronyms, read as such).
BLOCS_WRITTEN_AS_WORDS = word_set("ecowas sadc igad")
# The UN's and the EU's peace missions as the same newsrooms write them: "Unifil peacekeepers", "Monusco
# said", "reinforcements for Eufor".
BLOCS_WRITTEN_AS_WORDS |= word_set(
    "unifil unmiss minusma monusco minusca unamid unama unami unsmil unficyp minurso unmik unisfa eufor eulex"
)
# Campaign groups the world knows by one coined word: "Greenpeace said", "Oxfam warned".
KNOWN_BODIES |= word_set("greenpeace oxfam")
# Britain's conciliation service as newsrooms write it, as a word: "talks at Acas" (also a hamlet abroad; "ACAS" in
# capitals is an acronym, read as such).
KNOWN_BODIES |= word_set("acas")
# Stock exchanges known by one word, written after "the" like the Kremlin: "trading on the Nasdaq".
KNOWN_BODIES |= word_set("nasdaq")
# The two US parties by their members' plural, written alone: "Democrats blocked the bill", "Republicans said".
KNOWN_BODIES |= word_set("democrats republicans")
# Parliaments known by their own one-word names: "outside the Althing", "the Storting voted", "in the Sejm".
KNOWN_BODIES |= word_set(
    "althing althingi storting folketing riksdag sejm eduskunta oireachtas saeima seimas riigikogu "
    # "the Senedd voted", "a debate in the Dáil": the Welsh and Irish houses by their own names.
    "senedd dail seanad "
    # "Holyrood gets an extra £1bn", "a Stormont deal": the Scottish and Northern Irish houses by their seats.
    "holyrood stormont "
    # "the Duma voted", "the Rada passed", "Iran's Majlis", "the Bundesrat blocked it": Russia's, Ukraine's, Iran's
    # and Germany's (the Syrian town is "Douma" in English news).
    "duma rada majlis bundesrat"
)
# Parties known by one word that is also an ordinary word: "Denise Arkwright (Labour)", "the Conservatives
# won 12 seats", "a Tory councillor", "with the support of the Greens". Opening a sentence only before what a party does
# (`PARTY_DEEDS`: "Labour won the seat"; not "Labour costs rose").
# A nation's governing body for a sport, named by the nation and the sport: "England Hockey", "Wales Netball",
# "Scottish Rugby", "Welsh Athletics" (the sport alone, capitalised, after the nation's name or adjective).
NATIONAL_SPORT_BODIES = word_set(
    "hockey netball rugby cricket athletics golf boxing rowing cycling swimming squash badminton gymnastics "
    "triathlon volleyball basketball"
)
# A place's arts body, named by the place and "Arts": "Shetland Arts", "Tarnshire Arts" (as a town's club by
# its sport above).
PLACE_ARTS_BODIES = word_set("arts")
# A band by its noun in lower case right before its name: "the folk trio Mossvale", "the Glasgow four-piece
# Lang Reel" (a name like a person's, then ", who", is still the band's).
BAND_NOUNS = word_set("band duo trio quartet quintet sextet")
# ... or by its size before "-piece": "the Glasgow four-piece Lang Reel".
BAND_SIZES = word_set("two three four five six seven eight")
# (Australia's party spells itself "Labor": "Labor's Ilse Varn held the seat".)
# "Liberals" is a party in Australia, Canada and Britain: "the Liberals would move a motion".
PARTIES_BY_WORD = word_set("labour labor conservative conservatives tory tories greens liberals nationals")
PARTY_DEEDS = word_set(
    "said says won wins lost loses has have had will would took takes held holds gained leads led is was are were"
)
# Groupings of states known by one common word, after "the": "coordination with Japan through the
# Quad" (not "Quad bikes were seized": no "the" before it).
GROUPINGS_AFTER_THE = word_set("quad")
# ...and a finance ministry known by its old name: "called on the Treasury to cut duty".
GROUPINGS_AFTER_THE |= word_set("treasury")
# ...and the US central bank by its newsrooms' short name: "the Fed can't do much" (not "Fed up with it").
GROUPINGS_AFTER_THE |= word_set("fed")
# ...and Britain's old naval ministry: "requisitioned by the Admiralty" (Admiralty alone is a Hong Kong district too).
GROUPINGS_AFTER_THE |= word_set("admiralty")

# Groups every reader of world news knows by one name, which no word in it would show: armed
# movements and intelligence services (world knowledge, like the gazetteer's places). Keyed by
# the name's folded words run together, so "Al-Shabaab" and "al Shabaab" are one row.
KNOWN_GROUPS: dict[str, Cue] = {
    **_rows(
        "taliban hamas hezbollah hizbollah hizballah houthis houthi peshmerga daesh alshabaab shabaab bokoharam "
        # "Daesh" as some writers transliterate it, with its long i: "DA'ISH", "Da'ish"
        "daish "
        "alqaeda alqaida janjaweed isis isil "
        # national armed forces known by one name of their own: "the German Bundeswehr", "the Tatmadaw"
        "bundeswehr tatmadaw "
        # and the forces of Germany's past by their own names: "bombed by the Luftwaffe", "a Wehrmacht division"
        "wehrmacht luftwaffe kriegsmarine reichswehr "
        # "al-Qaeda" written with a lower-case article: the run of capitals starts at "Qaeda".
        "qaeda qaida "
        # Groups on the public terrorism designation lists whose names hold no group's word ("Abu" opens
        # persons' names too): "the army fought Abu Sayyaf", "a Hurras al-Din leader".
        "abusayyaf hurrasaldin nusra alnusra tahriralsham ansarallah lashkaretaiba jaishemohammed "
        # The same movement as "ISIS" under its own name: its "State" is no state's and no body's word.
        "islamicstate "
        # The US unified combatant commands by their short names, as their releases and the press write them
        # ("CENTCOM said", "Africom's statement"): commands of armed forces, as "U.S. Central Command" is.
        "centcom africom eucom indopacom pacom socom northcom southcom cybercom spacecom transcom stratcom "
        # Armed forces of the wars in Syria and Iraq that reports name by their letters alone, undefined: "backing the
        # Kurdish-led SDF", "YPG fighters", "an IRGC general" ("SDF" is Japan's Self-Defense Forces too, a force).
        "sdf ypg ypj irgc "
        # Israel's army by its letters alone, as the wars in Gaza and Lebanon are reported ("the IDF said"), and the
        # Palestinian group whose name holds no group's word ("members of Palestinian Islamic Jihad").
        "idf islamicjihad palestinianislamicjihad "
        # Somalia's al-Shabaab as the BBC and others spell it, with one "a": "al-Shabab said it was behind the attack".
        "shabab alshabab "
        # Jihadist groups of the Sahel, Nigeria and Afghanistan by their letters, as reports and UN statements name
        # them undefined: "JNIM claimed the attack", "AQIM and ISGS fighters", "an ISKP cell".
        "jnim aqim iswap isgs iskp",
        Cue(ActorKind.armed_force, 0.8),
    ),
    # (and Israel's security service by its name: "under the guidance of the Shin Bet")
    **_rows("mossad interpol europol shinbet", Cue(ActorKind.organization, 0.8)),
    # Secret police of the past known by one name: "arrested by the Gestapo", "Stasi files", "the Securitate".
    **_rows("gestapo stasi securitate", Cue(ActorKind.organization, 0.8)),
    # Britain's regulators, named by "Of" and a clipped word for their field: "calls for Ofgem to be scrapped".
    **_rows("ofwat ofgem ofcom ofsted ofqual oftel", Cue(ActorKind.organization, 0.8)),
    # Parties known by a name in their own language that holds no party word: "Plaid Cymru", "Fianna Fáil".
    **_rows(
        "plaidcymru fiannafail finegael sinnfein fidesz jobbik likud syriza pasok podemos ennahda",
        Cue(ActorKind.organization, 0.8),
    ),
}

# International bodies whose names say nothing of a body, or hold lower-case words that end a
# run of capitalised words: "Save the Children", "Doctors Without Borders".
KNOWN_PHRASE_BODIES: dict[tuple[str, ...], Cue] = {
    tuple(name.split()): Cue(ActorKind.organization, 0.85)
    for name in (
        "save the children",
        "doctors without borders",
        "reporters without borders",
        "medecins sans frontieres",
        "human rights watch",
        "amnesty international",
        "friends of the earth",
        "doctors of the world",
        "world vision",
        "mercy corps",
        "islamic relief",
        "white helmets",
        "action against hunger",
        "plan international",
        "handicap international",
        # Stock exchanges named by the word for an exchange and their nation ("Bursa" is a Turkish city too).
        "bursa malaysia",
        "borsa italiana",
        "borsa istanbul",
        # Retailers named by common words, which no index holds: "Whole Foods Market", "Giant Eagle".
        "whole foods market",
        "whole foods",
        "giant eagle",
        "marks and spencer",
    )
}
KNOWN_PHRASE_SIZE = max(map(len, KNOWN_PHRASE_BODIES))
# Their first words: most capitalised words open none, and need no longer lookup.
KNOWN_PHRASE_OPENERS = frozenset(phrase[0] for phrase in KNOWN_PHRASE_BODIES)

# Bodies a text names by their head word alone, capitalised: "Coalition forces", "the Alliance",
# "Congress passed": each names one body where it is written, unlike "the Government" or "the
# Department", which only stand for a longer name in the same text.
# The noun after a party's acronym in brackets, which says what the name before the brackets is: "the
# Civic Renewal (CRP) party", "the Farmers and Greens (FG) alliance" (the letters are often of the name in
# its own language, so they need not spell the English words).
BODY_NOUNS_AFTER_ACRONYM = word_set("party movement alliance coalition bloc front")
BODIES_BY_HEAD = word_set("coalition alliance congress parliament senate allies commonwealth")

# The world's best-known firms whose one-word names are frequent words too ("Apple", "Shell") or frequent as
# names alone ("Google", "Samsung"), so that a frequent word with no cue is dropped: world knowledge, like
# the gazetteer's places. Read only capitalised, not after "the" ("the Amazon" is the river), and not on a
# page that writes the word in lower case ("apple trees", "a visa"). Not apps and platforms, which pages list
# as software or as places to follow them ("Spotify, Slack and Chrome were not", "follow us on Twitter").
KNOWN_FIRMS = word_set(
    "apple google microsoft amazon samsung sony meta intel oracle tesla netflix uber "
    "ebay paypal visa shell toyota honda nokia disney boeing dell canon boots "
    # aerospace, defence and naval makers known by one word ("Italy's Leonardo", "Airbus said"), some a given
    # name, a philosopher or a family's name besides
    "airbus leonardo saab thales rheinmetall fincantieri navantia hanwha embraer dassault safran raytheon elbit "
    "kongsberg "
    # Asia's, Russia's and the Gulf's giants, which the stock indices of `listed_firms` do not hold
    "huawei lenovo xiaomi alibaba tencent baidu bytedance foxconn hyundai maersk gazprom rosneft lukoil aramco "
    "sinopec petrobras infosys wipro "
    # The big private retailers and grocers of Europe and North America, which no index holds either
    "aldi lidl asda waitrose morrisons meijer publix wegmans ikea primark debenhams wilko"
)
# What a firm does, after its one-word name that opens a sentence: "Samsung unveiled", "Toyota recalled" (a
# name that is also a word opens a sentence only before a firm's deed, `PARTY_DEEDS` or these).
FIRM_DEEDS = word_set(
    "unveiled launched recalled reported posted shipped announced warned raised lowered cut "
    # "Amazon agreed to buy the grocer", "Shell agreed to sell the field": deals a firm makes
    "agreed"
)
# The last word of a known firm's arm, which no body's noun would show: "Amazon Web Services", "Google Cloud"
# (not a product: "Google Maps", "Apple TV").
FIRM_ARM_WORDS = word_set("services cloud")
# Outlets known by one word, which nothing else in the name would show.
KNOWN_MEDIA = word_set("reuters ap afp tass bbc cnn ria interfax belta ukrinform bloomberg aljazeera")
# National news agencies whose wire credits open reports in English: "KUANTAN, Dec 3 (Bernama) --".
KNOWN_MEDIA |= word_set("bernama xinhua yonhap kyodo ansa dpa")
# The Middle East's news channels and agencies that war reports cite by name alone: "according to Al-Hurra", "the
# Saudi-owned Al Arabiya", "Iran's IRNA", "told Rudaw", "(WAM)" (Al Jazeera is above as "aljazeera").
KNOWN_MEDIA |= word_set("alarabiya alhurra almayadeen rudaw irna tasnim wam")
# ... and Turkey's state agency, as war reports credit it: "Anadolu Agency reports that ...", "told Anadolu".
KNOWN_MEDIA |= word_set("anadolu anadoluagency")
# Broadcasters known by their letters, which read as any body's acronym otherwise: "ESPN reported", "told CNBC".
# (Not "RTE": France's grid operator too; RTÉ with its accent is read after "told".)
KNOWN_MEDIA |= word_set("nbc cbs abc espn npr pbs msnbc cnbc cbc itv utv")
# Mastheads of common words (or read as a firm's) that name an outlet only with the edition after them: "Guardian
# Australia", "HuffPost UK", "Yahoo Canada" (alone, "a guardian", "Yahoo" the firm).
EDITION_MASTHEADS = word_set("guardian huffpost yahoo")
# ... and agencies written in words run together here ("Agence France-Presse" for AFP).
KNOWN_MEDIA |= word_set("agencefrancepresse")
# A state's or a province's agency or a sport's governing body named by its remit, then the land: "Health
# Canada", "Elections Saskatchewan", "Motorsport Norway", "Tennis Australia" (the remit first; "England
# Hockey" has it last).
REMITS_BEFORE_A_STATE = word_set(
    "health transport parks statistics environment tourism heritage enterprise motorsport tennis cycling rowing "
    "swimming athletics rugby hockey netball basketball golf sailing elections "
    # more sports' bodies: "Cricket Ireland", "Swim England", "Badminton Scotland", "Triathlon Ireland"
    "cricket swim squash badminton boxing triathlon gymnastics volleyball archery bowls judo fencing canoeing "
    "orienteering handball lacrosse "
    # several words, joined by "and": "Global Affairs Canada", "Fisheries and Oceans Canada", "Environment and
    # Climate Change Canada", "Natural Resources Canada", "Children's Health Ireland", "Genome Canada"
    "global affairs fisheries oceans climate change natural resources public safety justice finance veterans "
    "immigration refugees citizenship employment social development agriculture agri food genome children "
    "arts sport screen skills housing innovation science infrastructure export trade "
    # a science's survey or a border's guard of plants and animals: "Geoscience Australia", "Biosecurity Tarnland"
    "geoscience biosecurity "
    # a land's agency for its firms abroad and for investors: "Business Sweden", "Business France", "Invest Tarnland"
    "business invest "
    # a farm trade's body for its land: "Meat and Livestock Australia", "Dairy Australia", "Wine Australia"
    "meat livestock dairy wine wool grains cotton horticulture "
    # a land's firm named for what it mines, refines, makes or flies, as state-made firms are: "Coal India", "Oil
    # India", "Air India", "Cement Australia", "Energy Fiji"
    "coal oil gas petroleum cement steel power energy air"
)
# The fields of a remit of several words, each of which may stand alone before the land.
REMIT_ALONE = word_set(
    "health transport parks statistics environment tourism heritage enterprise motorsport tennis cycling rowing "
    "swimming athletics rugby hockey netball basketball golf sailing elections genome arts sport screen "
    "cricket swim squash badminton boxing triathlon gymnastics volleyball archery bowls judo fencing canoeing "
    "orienteering handball lacrosse geoscience biosecurity business invest dairy wine wool grains cotton horticulture "
    "coal oil gas petroleum cement steel power energy air"
)
# What follows a known outlet's name in the name of one of its editions or of its own newsroom: a language, a
# region or a medium ("Al Jazeera English", "BBC Persian", "CNN International", "BBC News", "BBC World Service").
OUTLET_EDITIONS = word_set(
    """
    english arabic persian russian hausa swahili urdu hindi bengali bangla turkish french spanish portuguese
    mandarin chinese korean japanese german ukrainian somali pashto dari amharic tigrinya yoruba igbo
    international america americas europe africa asia pacific arabia mundo brasil
    world service news tv television radio online digital live sport sports business
    """
)

# The word after a comma that follows a name: "Boris Johnson, who ...".
AFTER_COMMA: dict[str, Cue] = _rows("who whose", Cue(ActorKind.person, 0.7))
# What a body does, after ", which": "Hutchison Ports, which owns Felixstowe", "Fenmere Water, which
# supplies the county", "Brevanta, which is based in Stockport" (a town "lies"; a person is "who").
WHICH_BODY_VERBS = word_set(
    # The plural after two bodies: "Harlow Gas and Quenmark, which operate the field".
    "owns supplies sells employs operates flies builds publishes manufactures own operate sell supply employ "
    # A union or a regulator by its members or its charge: "Unison, which represents the porters",
    # "Tarnreg, which regulates the water firms", "Ofmark, which oversees the schools".
    "represents regulates oversees represent regulate oversee enforces enforce "
    # A watchdog or a campaign by those it speaks for: "Healthwatch Tarnshire, which speaks for patients".
    "speaks campaigns speak campaign "
    # A campaign or a charity by what it gathers or runs: "Save Tarn Woods, which collected 4,000 signatures",
    # "Friends of Orsett Park, which organises the fair".
    "collected raised organises organizes organised organized "
    # A trader, an insurer, a lender or a maker by its trade: "Vantor, which charters ships in the Gulf",
    # "Harlow Re, which insures tankers", "Quellbank, which lends to farmers" (not "makes": a town makes cheese).
    "charters insures underwrites lends invests "
    # A chip or software firm by its work, a fund by the money it manages: "Arvex and Quorn, which also design
    # chips", "Tarrow, which develops payroll software", "Holm Street, which manages £4bn".
    "designs design develops develop manages "
    # A listed firm by its results or its deals: "Harlow Bank and Tarrant Trust, which report next week",
    # "Quellmoor, which acquired a rival".
    "report reports acquired "
    # A sponsor or a funder by what it pays for: "Trellmark, which sponsors the project", "which funds the lab".
    "sponsors sponsor funds fund "
    # A brand by the group it is part of: "Eufy, which belongs to Anker".
    "belongs belong"
)
# A firm by the service it runs, with the service after "runs": "Tarrocom, which runs the Quellpay wallet" (a
# street "runs to the river": `PLACE_PREPOSITIONS` after the verb).
WHICH_RUNS_VERBS = word_set("runs")
WHICH_BODY_PARTICIPLES = word_set("based owned headquartered listed")
# Heads of an apposition that name a body only where the description ends with them or a body's participle
# follows: "Qubrane, the quantum institute run by the university," (not "Ilse Varn, a lab technician,").
BODY_APPOSITION_HEADS_LAST = word_set("institute institution laboratory lab foundation coalition")
BODY_CLAUSE_PARTICIPLES = WHICH_BODY_PARTICIPLES | word_set("run funded founded set financed backed")
# What only a firm has, after ", whose": "Calloway Brandt, whose analyst Priya Rao", "Harlow Gas, whose
# shares fell" (a person is "who"; a firm named by two surnames would otherwise read as one).
# What a firm makes, after ", whose": "to Tarvex, whose chips dominate the market", "Quorn, whose drugs".
WHOSE_FIRM_NOUNS = word_set(
    "analyst analysts economist economists shares shareholders stores branches customers chips processors "
    "products drugs platform platforms "
    # ...and what only a body has: "the Humber Freeport, whose board approved the grant", "whose trustees"
    "board trustees directors"
)
# What only a firm has, after "which has" or "which have": "Revolut and Kroo, which have no branches",
# "Tarnmoor, which has 40 stores" (a town has residents, not customers or branches).
WHICH_HAS_FIRM_NOUNS = word_set("branches branch stores shops outlets customers employees staff franchises")
# Those a firm serves, in the sentence after a list of names that opens it: "Santander, Nationwide
# and First Direct are paying new customers", "Revolut, Chase and Kroo have gained 9,000 customers"
# (towns have residents, people have friends).
FIRM_CUSTOMER_NOUNS = word_set(
    "customers customer savers borrowers depositors clients policyholders subscribers shoppers account-holders"
)

_AT_PLACE = Cue(ActorKind.place, 0.55)

# Money paid "in" a currency or a coin, not in a place: "a ransom in Monero", "payment in Zorvacoin".
MONEY_BEFORE_IN = word_set("ransom ransoms payment payments paid priced denominated")

# The word right before a one-word name.
PREVIOUS_WORD: dict[str, Cue] = {
    # Not "via", "towards": "via Reddit", "towards Unicode" are as often things as places; they
    # still support a name the gazetteer knows (PLACE_PREPOSITIONS).
    **_rows("in at near from outside inside across around through", _AT_PLACE),
    **_rows(
        "village villages town towns city cities region province district capital port island hamlet municipality "
        "exclave enclave "
        # "as the river Wendle rises": a river named after its noun in lower case
        "river",
        Cue(ActorKind.place, 0.7),
    ),
    # "eastern Ghouta", "northern Varnia": a part of a place, named with a compass word in lower case.
    **_rows("eastern western northern southern central", _AT_PLACE),
    # "in south Tipperary", "across north Varnshire": the compass point in lower case, as papers write a
    # county's part.
    **_rows(
        "north south east west north-east north-west south-east south-west northeast northwest southeast southwest",
        _AT_PLACE,
    ),
    # "residents of nearby Varnakoro told...": a place beside the one the text is about.
    **_rows("nearby neighbouring neighboring", Cue(ActorKind.place, 0.7)),
}
# A rank's grade between the rank and its holder's name: "Sgt. 1st Class Ilse Varn", "Petty Officer
# 2nd Class ...", "Airman First Class ..." (an ordinal, then "Class"), "Warrant Officer Class 2 ...",
# "Chief Warrant Officer 3 ..." (a digit after these words).
GRADE_ORDINALS = word_set("1st 2nd 3rd first second third")
GRADE_NOUN = "class"
GRADE_DIGIT_AFTER = word_set("class officer")  # and "Class 2" after a rank
# Acronyms that open an air or naval station's name, the place, not the force: "RAF Lossiemouth",
# "RNAS Culdrose", "MCAS Miramar", "NAS Sigonella", "CFB Esquimalt" (not "RAF Regiment": a cue's word).
STATION_PREFIXES = word_set("raf rnas mcas nas cfb")
# A region's form of government before "of" and its name: "Autonomous Territorial Unit of Varnia",
# "Autonomous Republic of ...", "Special Administrative Region of ...": the whole is one place.
REGION_QUALIFIERS = word_set("autonomous special administrative territorial")
REGION_FORMS = word_set("region republic province territory unit okrug oblast district community")
# A body's word that opens a title when a title word follows it: "State Secretary", "State Minister"
# (a person's post, not the state's body: "State Secretary Ilse Varn of the Ministry of Trade").
TITLE_OPENERS = word_set("state")
# Titles only when abbreviated with a full stop, a family name when whole: "State Sen. Ilse Varn" (a post), but
# "Amartya Sen" (a surname); "Eng. Ilse Varn" (an engineer, as Kenyan papers style one), but "Eng Hock Lee".
# Their plurals before two or more holders' names: "U.S. Sens. Ilse Varn and Tom Quell" ("Sens" is also a town).
STOPPED_TITLES = word_set("sen eng sens reps govs")
# A plural head before "of" and the states it belongs to: "the Governments of Varnia and Oskelia" name
# no one body; the states are the actors.
PLURAL_HEADS_OF_STATES = word_set("governments")
# A move that ends somewhere, before "to" and a one-word name: "returned to Varnley", "will travel to
# Oskelby", "fled to Tremmin" (not "moved to", which also takes a club or a firm).
MOTION_BEFORE_TO = word_set(
    "travel travels travelled traveled travelling traveling return returns returned returning "
    "sail sails sailed sailing fly flies flew flying fled flee flees fleeing deployed redeployed "
    "evacuated relocated headed heading trip voyage journey "
    # troops or crews sent somewhere: "will deploy to Tarnby", "the unit deploys to Quell"
    "deploy deploys deploying airlifted "
    # "passengers were flown to Tarnby", "the boats are ferried to Quell".
    "flown ferried "
    # a force falling back: "withdrew to Varnby", "the garrison's withdrawal to Oskel", "retreated to Tremmin"
    "withdrew withdrawal retreat retreated retreating "
    # a day out by road or on foot: "we drove to Kinlochard", "they walked to Tarnby", "hiked to Quell"
    "drive drove driven driving walk walked walking hike hiked hiking cycled rode"
)
# Troops' moves before "towards" and a one-word name: "withdrew towards Chaimo", "advanced toward Varnby"
# (not "towards Unicode": a lone "towards" is no cue of place).
MOTION_BEFORE_TOWARDS = MOTION_BEFORE_TO | word_set(
    "withdrew withdrawn withdrawing retreated retreating advanced advancing marched marching pushed pushing"
)
AFTER_MOTION_TO = Cue(ActorKind.place, 0.55)
# Prepositions of place: support for a one-word gazetteer hit ("in Paris", not "Paris Hilton").
# "sank off Hawaii": a sea area named by the land beside it.
# Verbs that make "across" mean "met with" rather than "over": "I came across Pinot Madeleine at a
# tasting", "she stumbled across Velvet Harbour": what follows may be anything, not a land crossed.
ENCOUNTER_BEFORE_ACROSS = word_set("came come comes coming stumbled stumble stumbles stumbling chanced happened")
PLACE_PREPOSITIONS = word_set("in at near from to towards toward outside inside into across via around through off")
# Verbs that make "in" mean "hired" rather than "inside": "the company called in Mandora", "they brought in
# Varnex to audit the books": an expert or a firm taken on, not a place.
HIRE_BEFORE_IN = word_set("called calls calling call brought bring brings bringing drafted roped")

# Sites named by a number after their head word: "at Tower 22", "near Checkpoint 7, Jordan", "from Hill
# 1061", "the Kilo 16 junction" (a place after a preposition of place, with its country after a comma or
# before a site's lower-case noun; "Tower" alone stays a word).
NUMBERED_SITES = word_set("tower checkpoint outpost camp hill kilo")

PLACE_NOUNS = word_set(
    "village villages town towns city cities region province district capital port island "
    # "the hamlet of Varn", "the municipality of Tremmin", "the ports of Varn, Oskel and Tremmin"
    "hamlet hamlets municipality municipalities settlement commune ports islands "
    # "the prefecture of Varn", "the suburb of Tremmin", "the neighbourhood of Oskel"
    "prefecture prefectures suburb suburbs neighbourhood neighborhood governorate "
    # "the exclave of Varnokh": a piece of a country inside another
    "exclave enclave "
    # "the townland of Ballyquell", "the parish of Clonquell": Ireland's smallest division of land, a parish's
    "townland townlands parish parishes "
    # "the Arctic archipelago of Varnøya", "the atoll of Tremmin": a group of islands by its noun
    "archipelago atoll "
    # "the Roman colony of Varnium", "the former colony of Tesk": a town or a land ruled from abroad
    "colony"
)

# A post's letters that South Asian forces and police write beside the force's own letters: "IG BSF" (its Inspector
# General), "ADG BSF", "SSP Tarnpur": the post, no body (the force is drafted from its own name; not "DG": the EU's
# "DG ECHO" is a directorate-general, a body).
POST_LETTERS = word_set("ig dig adg igp dgp adgp ssp")
# Titles and ranks before a name make a person; alone they are never an actor. (Ranks of other armies are
# written so in English texts, too: "Capitaine X", "Hauptmann X", "Miralay X".)
# Posts whose holders are not addressed by them, but that have an office of their own: "the Ombudsman's Office",
# "the Auditor's Department" (no title before a name, so not in `TITLES`).
# (Words are matched without their accents: "maitre" is the French lawyer's "Maître". "Aunty" is the title of
# respect Australian news gives an Aboriginal elder: "Aunty Ilse Varn". Kenya's police write a station's
# commander "OCS" and a police division's "OCPD" before the name: "OCS Ilse Varn". A Shia cleric's rank below
# ayatollah is "Hojatoleslam", a scholar's "Allama": "Hojatoleslam Ilman Varnavi". British forces shorten ranks:
# "Air Cdre" (Air Commodore), "Wg Cdr" (Wing Commander), "Sqn Ldr" (Squadron Leader), "Flt Lt", "Gp Capt"; every
# MOD release names its officers so.)
OFFICE_HOLDERS = word_set("ombudsman ombudsperson auditor registrar coroner procurator mediator")
TITLES = word_set(
    _folded_too("""
    president vice prime minister secretary deputy general chancellor king queen prince princess pope senator
    governor mayor prefect ambassador envoy spokesman spokeswoman spokesperson chief leader premier chairman chairwoman
    head sheikh emir sultan lamido mr mrs ms dr sir dame lord lady bishop judge congressman congresswoman elder father
    representative advisor adviser commissioner director coordinator attorney rapporteur mp mpp mep hon vp pm dpm
    administrator supervisor
    mla mna mha msp mpa mec
    mca
    ocs ocpd
    professor prof cartoonist journalist reporter correspondent columnist editor author novelist actor actress writer
    singer economist analyst researcher scientist photographer meteorologist forecaster
    ayatollah imam mullah mufti rabbi cardinal archbishop patriarch reverend rev pastor haji hajji hajj alhaji alhaja
    mawlawi maulvi maulana mawlana qari
    hojatoleslam hojjatoleslam hujjatulislam allama allamah allameh
    vizier count countess duke duchess baron baroness earl marquess viscount emperor empress tsar czar kaiser shah
    ceo cfo coo cto cio chair chairperson speaker whip rep gov coach councillor councilman councilwoman alderman cllr
    cr clr
    lawmaker assemblyman assemblywoman treasurer comptroller excellency highness majesty selectman selectwoman
    hh hrh highnesses majesties excellencies
    daw
    datuk dato datin tun
    menteri mentri
    mzee
    aunty
    cde comrade
    taoiseach tánaiste
    ruler
    shri shrimati smt thiru thirumathi tmt
    dpro dipro
    undersecretary usec atty engr custos asst
    bashkan başkan kaymakam voivode
    president-elect vice-president-elect governor-elect mayor-elect senator-elect chancellor-elect
    detective inspector superintendent constable sheriff prosecutor det supt insp magistrate advocate
    ausa
    asp dsp acp
    commander marshal admiral colonel major captain lieutenant sergeant serjeant corporal private brigadier commodore
    gen lt col maj capt cpt sgt adm cmdr brig cpl pte pvt spc pfc airman boatswain coxswain
    cdre cdr ldr
    ensign midshipman seaman trooper sapper bombardier rifleman guardsman fusilier
    subedar havildar naik sepoy jemadar risaldar
    capitaine capitán capitão teniente tenente hauptmann oberst oberstleutnant leutnant polkovnik
    generaloberst generalleutnant generalmajor generalfeldmarschall feldmarschall oberleutnant rittmeister
    feldwebel konteradmiral vizeadmiral großadmiral grossadmiral kapitänleutnant korvettenkapitän fregattenkapitän
    yüzbaşı binbaşı miralay
    officer
    guitarist bassist drummer pianist violinist cellist saxophonist producer songwriter rapper comedian
    trumpeter trombonist clarinettist clarinetist flautist flutist percussionist organist harpist vocalist singer
    striker goalkeeper midfielder defender winger footballer cricketer boxer jockey olympian paralympian
    heavyweight cruiserweight middleweight welterweight lightweight featherweight bantamweight flyweight
    strawweight minimumweight light-heavyweight super-middleweight super-lightweight super-featherweight
    super-bantamweight super-flyweight light-middleweight light-welterweight light-flyweight
    flanker hooker fly-half scrum-half full-back fullback flyhalf scrumhalf referee umpire
    maitre chef lawyer barrister solicitor architect playwright filmmaker historian activist campaigner stylist
    headteacher composer conductor choreographer quarterback rookie
    petitioner plaintiff complainant appellant
    counsel
    registrar organiser organizer publisher
    revd archdeacon vicar
    ven venerable
    winemaker curator
    gm im fm cm wgm wim wfm wcm
    """)
)
# Royal and religious titles name buildings by the holder's given name ("King Fahd University",
# "Imam Ali Mosque", "Prince Albert Hall"); after other titles a given name and a building's word
# are a person's names ("President Raymond Castle", "Senator Frank Church").
NAMESAKE_TITLES = word_set(
    """
    king queen prince princess pope sheikh emir sultan lord lady ayatollah imam mullah mufti rabbi cardinal
    archbishop patriarch bishop father reverend rev pastor haji hajji hajj vizier count countess duke duchess baron
    baroness earl marquess viscount emperor empress tsar czar kaiser shah daw excellency highness majesty
    """
)
# Letters after a person's name (honours, degrees, a barrister's silk, a member's seat): "Ilse
# Tremmin QC", "Boris Johnson MP". They end the name and are no part of it.
# Posts of elected members written before a name that a bracket of party and seat follows: "Local MP Daniel
# Corran (Labour, Tarnby and Severn Vale)", "Councillor Priya Vell (Green, Oxwold North)": the party is a body,
# the seat a place (an independent has no party). Canada's provinces elect MLAs, MPPs (Ontario), MNAs (Quebec)
# and MHAs (Newfoundland and Labrador), as Tasmania does MHAs; Kenya's county assemblies MCAs.
ELECTED_POSTS = word_set(
    "mp msp mla mpp mha mna mpa mep ms am mca councillor cllr cr clr senator sen rep congressman congresswoman "
    "assemblyman assemblywoman assemblymember alderman alderwoman"
)
NO_PARTY = word_set("independent ind non-aligned")
# Irish counsel write "SC" (senior counsel) and "BL" (barrister-at-law) after their names, a TD "TD", a
# Senior Advocate of Nigeria "SAN" ("Chief Ada Okoro (SAN)").
# A Master of Wine writes "MW", a Fellow of the Royal Society "FRS"; graduates their degrees ("Dana Varn '91,
# MBA '97", "LLB", "LLM").
POSTNOMINALS = word_set("kc qc sc san bl mp mep msp td obe mbe cbe kbe dbe phd md jr sr esq mw frs mba llb llm")
# Words that may stand inside a title ("Foreign Secretary", "Secretary of State", "Defence Minister").
TITLE_PARTS = word_set(
    """
    foreign defence defense home interior justice finance health state special senior acting former executive
    deputy vice assistant under first lieutenant general major rear air chief staff presidential grand petty warrant
    district office of for the and affairs commanding cdr exchequer
    wg sqn flt gp
    seri sri
    additional principal
    besar
    naib lance
    barangay brgy
    """
)
PERSON_CONFIDENCE_WITH_TITLE = 0.85
# Place head words that are family names too, beyond the surname lists: "Bethany Street", "Sarah
# East", "Jack Creek". With a cue of a person ("said", ", who", a title) they end a person's name, not a street.
FAMILY_NAME_HEADS = word_set("street east creek lake forest")
# Words that end a village's, an estate's or a green's name and are family names too ("Pellinger Cross",
# "Hobbard Meadows", "Tolling End"): with no given name and no cue of a person, the name is a place's.
SETTLEMENT_HEADS = word_set("cross meadows yard green end heath common brook fields wood hill marsh")
# Works that stand in one town and take its name: "the Crannock distillery", "the Thurlby mill". An unknown
# word between "the" and one of them is the town's (a brand there is a known firm, or a surname in the text).
TOWN_WORKS = word_set(
    "brewery distillery mill quarry colliery shipyard boatyard creamery tannery foundry sawmill "
    # A firm's sites named by their town: "the Kessingham depot", "the Tarnby warehouse" (not "plant" or
    # "factory": "the Karvel plant" is as often the firm's own name).
    "depot warehouse "
    # Mines by the town or hill they are dug at: "coltan from the Rubaya mines", "the Kessik mine"
    "mine mines"
)
# Prepositions before a street or an area's name: "on Ilse Street", "off Varn Street" (with `PLACE_PREPOSITIONS`).
STREET_PREPOSITIONS = word_set("on off along of")
# Speech verbs right before a name: '"...," said Lowri West' (the name is the speaker).
SPEECH_BEFORE = word_set("said says added asked")

# Capitalised words that open sentences or headings but never name anyone.
FUNCTION_WORDS = word_set(
    """
    a an the this that these those he she it its they them their there his her we our us i me my mine you your
    and but or nor so yet if as at by for from in into of on onto to with without about after before
    also although though despite likewise meanwhile however earlier later then when while where why what who
    which how according just some many most several all any each both either neither other another such only
    even still
    not no yes here now today yesterday tomorrow last next mr mrs ms dr since more again thanks please
    one two three four five six seven eight nine ten every whatever whoever once until unless because
    moreover furthermore therefore thus hence herein nevertheless nonetheless indeed instead otherwise besides
    consequently accordingly similarly finally firstly secondly additionally namely overall
    afterwards afterward elsewhere thereafter beforehand meantime sometimes often already soon anyway
    during under between among amid amidst against within upon across through throughout behind beyond via per
    western eastern northern southern
    """
)
# The slugs a wire sets in capitals before a story's headline, joined to it by a hyphen or a colon:
# "FACTBOX-Who is Ilse Varnek", "EXPLAINER-Why Tarnby matters", "SCENARIOS-What awaits ...". They name no one.
WIRE_SLUGS = word_set(
    "factbox explainer analysis insight exclusive update scenarios timeline wrapup column breakingviews poll "
    "interview preview refile corrected graphic viewpoint quotebox feature instant view"
)
MONTHS_AND_DAYS = word_set(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    """
)
# Feasts and holy months: a time, not an actor ("during Ramadan"); in a longer name they may stay
# ("Easter Island", "Christmas Island").
HOLIDAYS = word_set(
    "ramadan eid muharram christmas easter passover hanukkah diwali thanksgiving lent advent halloween hogmanay"
)
# Feasts named in two or three words, a time as the one-word ones are ("the Mardi Gras parade", "over Good Friday").
# (a hyphen parts words, as in `DOCTRINES`: "Eid al-Adha" is "eid", "al", "adha"; South Asian, Nigerian and
# Malay news write their feasts so: "the Eid-el-Kabir festival", "Durga Puja", "Hari Raya Haji".)
HOLIDAY_PHRASES = frozenset(
    tuple(phrase.replace("-", " ").split())
    for phrase in (
        "eid el kabir",
        "eid al kabir",
        "eid el fitr",
        "eid ul fitr",
        "eid ul adha",
        "eid ul azha",
        "durga puja",
        "chhath puja",
        "ganesh chaturthi",
        "hari raya",
        "hari raya haji",
        "hari raya puasa",
        # India's market calendar: the Diwali evening's trading session and the Hindu year it opens ("back on
        # Muhurat day", "a prosperous Samvat 2082")
        "muhurat",
        "muhurat trading",
        "samvat",
        "vikram samvat",
        "mardi gras",
        "good friday",
        "easter sunday",
        "easter monday",
        "boxing day",
        "new year",
        "lunar new year",
        "chinese new year",
        "yom kippur",
        "rosh hashanah",
        "eid al-fitr",
        "eid al-adha",
    )
)
# A faith's schools, doctrines, law, scripture and codes, and a movement's creed by its "-ism": an idea, no actor
# ("strict Sharia law", "rejected Sufism", "a Deobandi seminary", "the Pashtunwali code", an armed group's box:
# "Ideology: Sunni Islamism, Wilayat al-Faqih"). Not "Zaidi" (a family name as well), not the believers' plural
# ("Sunnis", which re3d marks).
DOCTRINES = frozenset(
    tuple(phrase.replace("-", " ").split())  # (a hyphen parts words: "al-Faqih" is "al", "Faqih")
    for phrase in (
        "sharia",
        "shariah",
        "quran",
        "koran",
        "hadith",
        "sunnah",
        "sufism",
        "sufi",
        "salafism",
        "wahhabism",
        "deobandi",
        "pashtunwali",
        "islamism",
        "jihadism",
        "khomeinism",
        "sunni islam",
        "shia islam",
        "shiite islam",
        "sunni islamism",
        "shia islamism",
        "wilayat al-faqih",
        "velayat-e faqih",
    )
)
# The last word of a document's name ("Security Council Resolution", "Geneva Communique", "Oslo
# Accords", a think tank's "Tarnian Offensive Campaign Assessment"): the document is no actor; the body or
# place it is named after may be one.
DOCUMENT_HEADS = word_set(
    """
    resolution resolutions communique communiqué accord accords agreement agreements treaty treaties
    declaration memorandum protocol act principles guidelines convention conventions charter strategy roadmap
    rules rulebook consensus covenant code
    assessment assessments
    """
)
# A state's formal name: a form of state, the state or its demonym, and only these qualifiers
# ("Syrian Arab Republic", "Islamic Republic of Iran", "Kingdom of Saudi Arabia", "Russian Federation").
STATE_FORMS = word_set("republic kingdom federation confederation emirate emirates sultanate principality commonwealth")
STATE_FORM_QUALIFIERS = word_set(
    "arab islamic democratic people peoples people's socialist federal united cooperative of the and "
    # "Hashemite Kingdom of Jordan", "Plurinational State of Bolivia", "Bolivarian Republic of Venezuela"
    "hashemite plurinational bolivarian oriental hellenic"
)
# Joiners inside a name: "Ministry of Defence", "Abu Bakr al-Baghdadi", "Ludwig van Beethoven".
NAME_GLUE = word_set("of for the and")
# ("ez", "es", "ed", "ul": the Arabic article as it sounds before some letters: "Deir ez-Zor".)
# ("wal": "and the", written with a hyphen or apart: "Ansar al-Din wal-Jihad", "Nasr al-Islam wal Muslimin".)
# ("fi": Arabic "in", inside a movement's name: "Jamaat Ansar al-Haqq fi Bilad al-Qarn".)
# ("lil", "lid": Arabic "for the", its article sounding as the next letter: "Jama'at Ahl as-Sunnah lid-Da'wah
# wa'l-Jihad", "Ahl al-Sunnah lil-Dawa".)
# ("dos": Portuguese "of the", "Bendito dos Santos"; not "das", which German writes between nouns.)
# ("des": French "of the", "Groupement des Forces Spéciales", "Mouvement des Forces Démocratiques".)
# ("binti", "bte": Malay "daughter of", "Nurul Huda binti Osman".)
# ("ap", "ab", "ferch": Welsh "son of", "daughter of", "Rhian ap Dafydd", "Catrin ferch Huw".)
# ("af": the Swedish nobility's "of", "Greta af Ugglestad".)
NAME_PARTICLES = word_set(
    "al el ad as ash ez es ed ul wal fi lil lid bin ibn bint binti bte van von der den ten ter de da du des di la le "
    "del dos "
    "ap ab ferch af "
    # Arabic's article as it sounds before z, r, dh and th, as military and UN maps spell it: "Dayr az Zawr", "Ras ar
    # Rumman", "Jabal adh Dhahr" (not "at" and "an", English words)
    "az ar adh ath"
)
# Particles that make a person's name: "Osama bin Laden", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi"
# (a son, a daughter, a father of); at the start only in a name of three words or more.
# Dutch, Flemish and German family names open with a capital particle, and so do the firms named after them:
# "Van Oordt Techniek", "Van der Molen Bouw", "De Graaf Logistiek", "Von Arnim Bau".
# So do Italian, Portuguese, Spanish and French ones, and a Chinese given name spelled as one: "Di Maio",
# "Da Silva", "Del Potro", "Dos Santos", "Le Pen", "Di Li".
CAPITAL_PARTICLES = word_set("van von de da di del dos du la le")
# Irish family names open with a particle too: "Máire Ní Bhriain", "Seán Ó Riada", "Nic Giolla".
# ("ag": a Tuareg "son of", as in "Iyad Ag Ghaly")
PERSON_PARTICLES: dict[str, Cue] = _rows(
    "bin ben ibn bint binti bte van von ap ab ferch ni nic o ui ag", Cue(ActorKind.person, 0.65)
)
# ("md", "mohd", "muhd": Muhammad as Bangladeshi and Malaysian papers abbreviate it, "Md Rafiqul Hasan".)
PERSON_OPENERS: dict[str, Cue] = _rows("abu umm md mohd muhd", Cue(ActorKind.person, 0.6))

# What the words around a name say it is, when the name itself says nothing ("Varnak" alone):
# the phrase right before it, right after it, after its possessive, or after a hyphen. These fill
# in a kind for a name that would otherwise be `other`; they never override the name's own words.
_FOE = Cue(ActorKind.armed_force, 0.55)
_BODY = Cue(ActorKind.organization, 0.5)


def _phrases(text: str, cue: Cue) -> dict[tuple[str, ...], Cue]:
    """Phrases separated by commas: 'fight against, claimed by' -> {('fight', 'against'): cue, ...}."""
    return {tuple(phrase.split()): cue for phrase in text.split(",") if phrase.strip()}


# The shops a maker sells through: "which supplies Tesco, Sainsbury's and Aldi", "stocked by Harrowby's"
# (the list's other items take the kind in `coordinated_kinds`; not "supplies Thornmere and Calverley
# councils", where the noun after the list says what they are).
# A firm or a fund behind a project, a bid or a start-up: "the pitch is backed by Tarnvale", "a scheme
# bankrolled by Quillon" (not "backed by Harlow and Tarnby councils": the noun after the list says what backs).
BACKING_PHRASES = _phrases("backed by, bankrolled by", Cue(ActorKind.organization, 0.5))
SUPPLY_PHRASES = _phrases(
    "supplies, supplied, supplying, stocked by, stocked in, sold by, sold through, stockists include, "
    # Where a reader can buy the thing reviewed: "available from Brindlecart and Tavistone Books", "sold at Quayvend".
    "available from, available at, sold at, on sale at, online at, "
    "buy it from, buy it at, bought it from, bought it at",
    Cue(ActorKind.organization, 0.55),
)
# Words of buying earlier in a sentence that make "online from X" a shop ("buy the same titles online
# from Pagewell"), not where someone joins a call from ("joined online from Tarrowby").
BUYING_WORDS = word_set("buy buys buying bought order orders ordering ordered purchase purchased purchasing shop")
# Words of a sentence about software, where "available from Clippy" names a tool, a crate or a
# command, not a shop ("Extra compiler lints are available from Clippy"; "install it from Quarrel").
SOFTWARE_WORDS = word_set(
    "install installs installed installing crate crates compiler compilers plugin plugins command commands "
    "repository repositories lint lints linter linters package packages toolchain npm pip cargo homebrew"
)
# ...of them, the ones news uses as everyday nouns ("an aid package", "a cargo of grain", "Central Command"):
# they say nothing of software beside a firm the world knows ("while Airbus said the rescue package ...").
EVERYDAY_SOFTWARE_WORDS = word_set("package packages cargo command commands")
# Firm cues that name a tool as readily as a firm on a page about software: "Rivals include Sniffwell,
# a linter" (like the seller phrases, they yield to `SOFTWARE_WORDS` in the sentence or a technical page).
TOOL_PRONE_PHRASES = frozenset(
    _phrases(
        "rivals include, competitors include, rivals such as, competitors such as, rivals including, "
        "competitors including",
        _BODY,
    )
)
# Period styles named by an adjective that is also a people's ("Georgian clock", "Victorian terrace"):
# before a noun of building, furnishing or era, the adjective names a period, not a state.
PERIOD_ADJECTIVES = word_set("georgian victorian edwardian elizabethan jacobean")
# Periods of the earth's history, alone no name ("reptiles of the Jurassic"; not "Permian" nor "Cambrian", which
# name a basin and a railway too; "Jurassic Coast" stays a place).
EARTH_PERIODS = word_set("triassic jurassic cretaceous ordovician silurian devonian carboniferous precambrian")
PERIOD_STYLE_NOUNS = word_set(
    "furniture architecture architect house houses home homes clock clocks terrace terraces townhouse townhouses "
    "building buildings style era period mansion villa facade façade interior interiors chair chairs table tables "
    "desk silver silverware glass glassware portrait portraits square squares street streets rectory vicarage "
    "cottage farmhouse manor hall fireplace window windows bookcase cabinet dresser mirror"
)
# Nouns of trade, sport and everyday life that a people's adjective only describes ("the Dutch engineering
# group", "British firms", "on the French side", "Belgian shoppers"): no state acts there. Before a force, a
# government or its officials ("Russian troops", "British officials") the state still does.
DESCRIBED_BY_DEMONYM = word_set(
    "group groups firm firms company companies maker makers manufacturer manufacturers brand brands buyer buyers "
    "bidder bidders owner owners investor investors chain chains retailer retailers supermarket supermarkets "
    "lender lenders insurer insurers operator operators carrier carriers rival rivals side market markets "
    "shoppers consumers customers holidaymakers tourists visitors cycling cuisine food wine wines cheese beer "
    "industry business businesses yard shipyard builder builders lessor lessors fund funds bank banks importer "
    "importers exporter exporters port ports thriller thrillers film films drama novel novels "
    # Sportsmen by their game: "the Polish rider who topped the averages", "the Dutch winger" (no state acts).
    "rider riders jockey jockeys striker strikers midfielder winger goalkeeper batsman bowler cyclist cyclists "
    # A racehorse's trainers, and writers by their craft: "the Irish trainer Declan Moran", "the Nigerian novelist
    # Ada Varn" (who they are, no state acting; not "squad": "an Israeli squad raided the house" is a force's).
    "trainer trainers novelist novelists writer writers poet poets "
    # Who shows or works animals: "the Irish handler Declan Fahy", "a Welsh breeder" (who they are, no state acting).
    "handler handlers breeder breeders exhibitor exhibitors "
    # Performers by their voice or instrument: "the Nigerian soprano Ada Varn", "a Polish pianist".
    "soprano sopranos mezzo-soprano tenor tenors baritone bass-baritone contralto countertenor pianist violinist "
    "cellist conductor "
    # Makers, bands and homes: "the German carmaker", "the Welsh rock band", "Australian households".
    "carmaker carmakers automaker automakers chipmaker chipmakers drugmaker drugmakers band bands "
    "household households "
    # Shows and their runs: "her only British festival show", "a German tour" (where they play, no state acting).
    "festival festivals show shows tour tours gig gigs "
    # A border, a language's interpreter, a country's police: "close to the Welsh border", "through a Hungarian
    # interpreter", "the Dutch police arrested two men" (where or in what tongue, or a force, no state acting).
    "border borders frontier interpreter interpreters translator translators police "
    # People by sex or membership, and a count's outcome: "two British men were arrested", "its Italian members
    # voted against", "the Welsh figures were worse", "the Scottish health boards" (who or what, no state acting).
    "man men woman women members figures results boards "
    # A parent by the trade and origin a life story gives: "the daughter of a Dutch seaman and a Ghanaian nurse".
    "seaman seamen sailor sailors nurse nurses father mother immigrant immigrants "
    # Classes of assets by their country: "German bonds", "Japanese equities" (what a market trades).
    "equities stocks bonds gilts "
    # Diseases and weeds named for where they were first found: "Japanese encephalitis", "Spanish flu", "Japanese
    # knotweed"; money by its country: "1.2 billion Swedish crowns", "the Danish krone" (no state acting).
    "encephalitis flu influenza measles knotweed crowns crown krona kronor krone kroner "
    # A country's harvest and its grain on a market: "a large Russian crop", "French wheat" (what is traded).
    "crop crops harvest harvests wheat barley maize grain "
    # A firm by what it runs online: "the Australian property portal", "a Swedish music platform" (no state acting).
    "portal portals platform platforms website websites app apps"
)
# A body's staff by their post, after "its" and a nation's adjective: "its Welsh campaigns officer", "its
# Scottish policy manager" (the body's work for that nation; no state acts).
ORGANISATIONS_POSTS = word_set(
    "officer officers director directors manager managers lead organiser organisers organizer coordinator "
    "spokesperson spokesman spokeswoman editor correspondent adviser advisers head"
)
# Roles only firms play, in the plural before a comma and the firms' names: "the club's bankers,
# Ashgrove Money and Tarnbanken," (the list's other items take the kind in `coordinated_kinds`).
FIRM_ROLES_BEFORE_COMMA = _rows(
    "bankers lenders auditors insurers underwriters brokers "
    # One firm in its role for another: "its debt-collection agency, Tarrow Recoveries,", "its supplier, Kessel".
    "agency supplier subsidiary contractor lender insurer auditor "
    # "PD Ports' training arm, Teesport Skills,": a body's part by the work it does for the body.
    "arm "
    # "Its largest lessor, Aercap,": who leases the aircraft or the ships.
    "lessor lessors "
    # "The maker, Netgear, fixed it": who makes the goods the story is about.
    "maker makers manufacturer manufacturers vendor "
    # "The buyer, Lumenpay, is an arm of Nets", "the rival bidder, Quellcorp,": a side of a deal.
    "buyer bidder acquirer",
    Cue(ActorKind.organization, 0.55),
)
# What only a town has, after its possessive: "Pellowby's library will close", "Tarnby's residents" (not
# a person's: a given name or a family name before the possessive stays a person's).
TOWN_OWNED_NOUNS = word_set("library residents townspeople townsfolk villagers shopkeepers")
# Trades and groups a town's name may describe before the group's own name: "the Glasgow duo Mossvale",
# "the Cardiff firm Wrennick", "its auditors, Tarnby firm Colley Marsh," (the town is where they come from,
# and a place).
TOWN_TRADES = word_set(
    "band duo trio quartet group firm company carrier courier startup retailer side club charity label brewery chain "
    "airline lender insurer developer housebuilder nonprofit broker brokerage"
)
# The words right before the name: "the fight against Varnak", "members of Varnak".
# An armed group's noun before its name: "the militant group Jaysh al-Varn", "the terrorist organization Quellbund".
ARMED_GROUP_NOUNS_BEFORE: dict[tuple[str, ...], Cue] = _phrases(
    """militant group, rebel group, armed group, jihadist group, insurgent group, extremist group, terrorist group,
    paramilitary group, islamist militant group, jihadist organisation, jihadist organization,
    terrorist organisation, terrorist organization, militant organisation, militant organization""",
    Cue(ActorKind.armed_force, 0.65),
)
PHRASE_BEFORE: dict[tuple[str, ...], Cue] = {
    **_phrases(
        """fight against, war against, campaign against, struggle against, battle against, operations against,
        offensive against, airstrikes against, strikes against, coalition against, defeat, defeating,
        claimed by, militias like, militias such as, militias including""",
        _FOE,
    ),
    # "an air strike on Varnak Kwashi", "the shelling of Tremmin": what is struck from the air or shelled lies
    # somewhere (a group is struck "against").
    **_phrases(
        """air strike on, air strikes on, airstrike on, airstrikes on, drone strike on, drone strikes on,
        shelling of""",
        Cue(ActorKind.place, 0.5),
    ),
    # "relegated from the Premiership", "relegation to the Tarnshire League": a league a side goes down from or to.
    **_phrases(
        "relegated from, relegated to, relegation from, relegation to, relegated from the, relegated to the, "
        "relegation from the, relegation to the",
        Cue(ActorKind.organization, 0.6),
    ),
    # "Subscribe to QuellWeek today", "subscribers to the Tarnby Gazette": what a reader subscribes to publishes.
    **_phrases("subscribe to, subscribe to the, subscribers to, subscribers to the", Cue(ActorKind.media, 0.55)),
    # "designed in partnership by Seabulk and Tarnby Marine", "a memorandum of understanding with the Quell Freightway":
    # who partners a port or a firm, or signs its memorandum, is a body (a state has its own kind).
    **_phrases(
        """in partnership with, in partnership by, partnered with, partnering with, understanding with,
        understanding with the""",
        Cue(ActorKind.organization, 0.5),
    ),
    # "the court convicted Varnesan", "acquitting Tharvel", "an arrest warrant issued against Quellan": whom a
    # court convicts or acquits, or a warrant names, is a person (court reports name the accused so, often by one
    # name: a body is "fined", a state has its own kind).
    **_phrases(
        """convicted, convicting, acquitted, acquitting, warrant against, warrant issued against,
        warrants against""",
        Cue(ActorKind.person, 0.6),
    ),
    # "an ISIS official identified as Tarvak", "the gunman was identified as Omar Quell": whom a military or police
    # release identifies is a person, often by one name (a known group or a state has its own kind first).
    **_phrases("identified as, later identified as, been identified as", Cue(ActorKind.person, 0.5)),
    # "owned by Mearns Seafoods Ltd of Gourdon", "Tarnby Boats Limited of Quellmouth": a registered firm's town after
    # its legal ending and "of".
    **_phrases("ltd of, limited of, plc of, llp of", Cue(ActorKind.place, 0.6)),
    # "went up Ben Tarvin", "we climbed up Sgurr Quell", "walked down Glen Orrin": a hill or a valley one goes up or
    # down on foot (not "set up Tarnby Ltd": a phrasal verb's "up").
    **_phrases(
        """went up, walked up, climbed up, hiked up, scrambled up, ran up, went down, walked down, climbed down,
        hiked down, scrambled down, the climb up, the walk up, the descent of, the ascent of""",
        Cue(ActorKind.place, 0.6),
    ),
    # "the convoys travelled west towards Tarnok", "fighters advanced towards Varn": where one goes or heads
    # ("towards" alone may lead to a thing: "towards Unicode").
    **_phrases(
        """west towards, east towards, north towards, south towards, headed towards, heading towards,
        travelled towards, traveled towards, fled towards, advanced towards, advancing towards, marched towards,
        west toward, east toward, north toward, south toward,
        headed toward, heading toward, advanced toward, advancing toward, marched toward, fled toward""",
        Cue(ActorKind.place, 0.55),
    ),
    # "buses will divert via Hallfold", "trains run via Quellby", "the road over Stainmore", "the hill roads above
    # Crawshawbooth": a way through, over or above a place ("via" alone leads to things too: "shared via Reddit").
    **_phrases(
        """divert via, diverted via, diverting via, diverts via, rerouted via, routed via, run via, runs via,
        running via, travel via, travelled via, traveled via, return via, returning via, drive via, walk via,
        road over, roads over, route over, pass over, road above, roads above, hills above, fells above, moors above,
        terraces above, fields above, woods above""",
        Cue(ActorKind.place, 0.55),
    ),
    # "flew to Tarnok", "the crew sailed to Varnu", "evacuated to Quellby", "a visit to Tarnby", "trips to Howtown",
    # "emigrated to Quellport": where people travel, settle or are moved; "a storm flooded Quellaba", "the cyclone
    # battered Tarnu": what a storm or a flood hits.
    **_phrases(
        """flew to, travelled to, traveled to, deployed to, evacuated to, airlifted to, relocated to, sailed to,
        visit to, visits to, flooded, battered, ravaged, inundated,
        trip to, trips to, day trips to, excursions to, sailings to, crossings to, emigrated to""",
        Cue(ActorKind.place, 0.55),
    ),
    # "safe corridors to Tarnok", "the road to Varn": a way leads to a place.
    **_phrases(
        "corridor to, corridors to, road to, roads to, route to, routes to, highway to, flights to",
        Cue(ActorKind.place, 0.55),
    ),
    # "all trains between Tarvel and Quenby", "sites between the Varn and the Tarrow": what a way runs between
    # (the second place takes the kind of the first through "and").
    **_phrases(
        """trains between, services between, flights between, ferries between, buses between, road between,
        roads between, route between, routes between, line between, railway between, sites between,
        stretch between, coast between, sites between the, stretch between the, coast between the""",
        Cue(ActorKind.place, 0.55),
    ),
    # "the army base of Tarnok": a base is named for the place it stands in.
    **_phrases("army base of, military base of, air base of, naval base of", Cue(ActorKind.place, 0.6)),
    # "served in the army under Varo Tremmik", "the coup that toppled Ilse Varn": a ruler or a commander is
    # served under, toppled or ousted, a person; so is who an army, a government or a regime was under.
    **_phrases(
        """served under, fought under, toppled, ousted, overthrew, army under, forces under, government under,
        regime under, administration under""",
        Cue(ActorKind.person, 0.5),
    ),
    **_phrases(
        """members of, member of, joined, leader of, leaders of, founder of, founders of, spokesman for,
        spokeswoman for, spokesperson for, head of, chief executive of""",
        _BODY,
    ),
    # "Lewis Hollinrake, chair of Patientvoice Quarnby,": who chairs or keeps the books of a body.
    **_phrases("chair of, chairman of, chairwoman of, trustee of, trustees of, treasurer of", _BODY),
    # "commander of Resolute Support": a force or a mission under a commander.
    **_phrases("commander of, commanders of, deputy commander of", Cue(ActorKind.armed_force, 0.55)),
    # "analysts at Varnak Capital", "an economist at Varnak", "she previously worked at Quellbyte", "Priya works at
    # Stripvane in San Francisco", "she now works for Quellbyte" (the job in the present tense too), "an
    # analyst with Tarrow", "a structural engineer with Arup", "a former land agent with Sunderlands": a body people
    # work at, not a place (nor a person met "with").
    **_phrases(
        """analyst at, analysts at, economist at, economists at, strategist at, strategists at, researcher at,
        researchers at, manager at, managers at, engineer at, engineers at, employees at, staff at,
        executive at, executives at, trader at, traders at, lawyer at, lawyers at, partner at, counsel at,
        worked at, previously worked at, once worked at, had worked at, stints at,
        works at, working at, works for, worked for, working for,
        analyst with, analysts with, economist with, economists with, strategist with, strategists with,
        engineer with, engineers with, lawyer with, lawyers with, solicitor with, solicitor at, accountant with,
        accountant at, consultant with, consultant at, surveyor with, surveyor at, architect with, architect at,
        agent with, agents with, adviser with, advisers with, advisor with, valuer with, planner with, planners with""",
        Cue(ActorKind.organization, 0.6),
    ),
    # "shares of Halvorsen", "a stake in Varnak", "accounts at Monzo": what a market trades or a
    # customer holds is a company, not a place; "Castlemere is advised by Harrowby Lusk": a deal's adviser;
    # "a round led by Quantum Delta NL": investors lead a funding round.
    **_phrases(
        """shares of, shares in, stake in, stakes in, accounts at, account at, accounts with, customers of,
        takeover of, acquisition of, merger with, subsidiary of, stock of, is advised by, are advised by,
        was advised by, were advised by, being advised by, venture arm of, investment arm of, lending arm of,
        freight arm of, retail arm of, trading arm of, property arm of, shipping arm of, banking arm of,
        insurance arm of, energy arm of, logistics arm of, rail arm of, consumer arm of, charitable arm of,
        a unit of, a division of, an affiliate of, an arm of, a branch of, branches of,
        round led by, funding led by, investment led by, raise led by,
        stake to, stakes to, takeover bid from, takeover bid for, takeover approach from, takeover offer from,
        which belongs to, that belongs to, market led by, sector led by""",
        Cue(ActorKind.organization, 0.6),
    ),
    # "Karoo Outfitters competes with Pepkor", "to compete with Quellmart": a firm's rival in trade is a firm.
    **_phrases(
        "competes with, compete with, competing with, competed with, competition from",
        Cue(ActorKind.organization, 0.55),
    ),
    # "the lender was bought by Quellpay", "a drug licensed from Varnogen", "loans guaranteed by Tarnfin",
    # "Centrica has hired Quellcore", "sold the stake to Varnwell": who buys, licenses, guarantees or is hired
    # in a deal is a firm (a person by a given name keeps its kind: "hired Ilse Varn").
    **_phrases(
        """bought by, acquired by, taken over by, snapped up by, bought out by, licensed from, guaranteed by,
        underwritten by, has hired, have hired, had hired, sold to, sells to, selling to""",
        Cue(ActorKind.organization, 0.55),
    ),
    # "Kelvane agreed to buy Lumenpay", "a deal to acquire Tarnwell": what a firm agrees to buy is a firm (a state or
    # a town the gazetteer knows keeps its kind); "profits at Veldora fell 12%": what only a firm reports.
    **_phrases(
        """agreed to buy, agreed to acquire, agreed to purchase, deal to buy, deal to acquire, offer to buy,
        bid to buy, plans to acquire, profits at, profit at, revenue at, revenues at, earnings at, turnover at""",
        Cue(ActorKind.organization, 0.55),
    ),
    # "lent by Tate", "courtesy of the Whitworth": a museum's lender is a collection's body (a person by a given
    # name or a title keeps its kind: "lent by Sir Ivo Sellar").
    **_phrases("lent by, loaned by, courtesy of", Cue(ActorKind.organization, 0.5)),
    # "a study published in Neuroquell", "writing in the Tarnby Review": a journal or a paper.
    **_phrases(
        """published in, published in the, writing in, writing in the, published today in, published online in,
        published yesterday in""",
        Cue(ActorKind.media, 0.6),
    ),
    # "published in the journal Tarnby Science Letters", "told the magazine Quellwire": a journal named as one,
    # whatever its words (a journal's "&" joins no two bodies).
    **_phrases("the journal, the magazine", Cue(ActorKind.media, 0.7)),
    # "This article originally appeared at The Quellwire": a piece's first outlet, under a reprint.
    **_phrases(
        ", ".join(f"{when} appeared {at}" for when in ("originally", "first") for at in ("at", "in", "on")),
        Cue(ActorKind.media, 0.6),
    ),
    # "shares listed on Nasdaq", "a listing on Euronext": a company's shares are listed on an exchange.
    **_phrases("listed on, listing on, listings on, quoted on, traded on, trade on", Cue(ActorKind.organization, 0.6)),
    # "shoppers at Harbury Goods": one shops at a store (a town's shoppers are "in" it). (Not "compete
    # with": a firm's rivals there are as often its products, "competes with Varnak Cloud".)
    **_phrases("shoppers at, customers at", Cue(ActorKind.organization, 0.6)),
    # "for clients including Varnwell and Tarrow", "she co-founded Quellbyte" (the hyphen parts two words): a
    # firm's clients; what a co-founder starts.
    **_phrases(
        "clients including, clients such as, customers including, customers such as, co founded, cofounded",
        Cue(ActorKind.organization, 0.55),
    ),
    # "open to talks through Acas", "a deal brokered by Tarnby Mediation": a dispute is settled through a
    # body (a town is gone "through" on a route, not talked through).
    **_phrases(
        "talks through, talks via, negotiations through, conciliation through, brokered by, mediated by",
        Cue(ActorKind.organization, 0.6),
    ),
    # "Rivals include Voltmere, based in Cardiff": a firm's rivals listed (a person by a given name keeps
    # its kind: the cue fills in only a name that says nothing).
    **_phrases("rivals include, competitors include, rivals such as, competitors such as", _BODY),
    # "cleaners employed by Quellmark", "staff employed by Varnex": an employer (a given name keeps its
    # person: "employed by Ilse Varn").
    **_phrases("employed by, directly employed by", _BODY),
    # "a criminal group calling itself Nightcrane", "operated by Keldane Line", "built by Vantorix", "his memoir was
    # published by Editorial Quellmar": what names itself "itself", runs a service, makes or publishes things is a
    # body (a person is "himself"; a person's given name keeps its kind).
    **_phrases(
        "calling itself, calls itself, called itself, operated by, built by, manufactured by, supplied by, "
        "published by, "
        # "Payments are handled by Stripvane", "refunds are processed by Quellpay": who handles a service (not "run
        # by": "the shop is run by Okonkwo, who moved here" is a person's).
        "handled by, processed by",
        Cue(ActorKind.organization, 0.6),
    ),
    # "offered at auction by Bonhams", "the auctioneers Tarrant Hobbs": who sells at auction is a firm.
    **_phrases("auction by, auctioned by, auctioneers, auction house", Cue(ActorKind.organization, 0.6)),
    # "the ransomware group known as Quellnet", "a money exchange called Varnex": a body by the name
    # it goes by.
    **_phrases(
        """group known as, gang known as, network known as, firm known as, company known as, business known as,
        group called, gang called, network called, firm called, company called, business called, exchange called,
        group dubbed, gang dubbed, network dubbed, group named, gang named""",
        Cue(ActorKind.organization, 0.6),
    ),
    # "the local militia known as the Quellan Guard", "a unit called Tarka": an armed body by the name it goes by.
    **_phrases(
        """militia known as, militias known as, force known as, unit known as, brigade known as, militia called,
        force called, unit called""",
        Cue(ActorKind.armed_force, 0.6),
    ),
    # A side by its standing in a cup: "the holders Oxwold", "the hosts Fellbeck" (a person's title is
    # singular: "defending champion Ilse Varn").
    **_phrases("holders, cup holders, defending champions, hosts", Cue(ActorKind.organization, 0.5)),
    # "join Harrowfield on loan", "her contract is with Crispwell": one joins or signs with a body.
    **_phrases("join, joins, joining, contract with, contracts with", Cue(ActorKind.organization, 0.5)),
    # A member's seat by its noun: "the riding of Tarnby–Oskel", "the constituency of North Vale".
    **_phrases("riding of, constituency of, electorate of", Cue(ActorKind.place, 0.6)),
    # A record's label or a show's platform: "out now on Quellbeat Records", "released on Harrowtone".
    **_phrases("out now on, released on, released through", Cue(ActorKind.organization, 0.5)),
    # "he plays for Tarnby Super Giants", "signed for Harlow Kings": a player's side is a club.
    **_phrases("plays for, played for, playing for, signed for", Cue(ActorKind.organization, 0.55)),
    # "signed an agreement with Varntek on radars": a state keeps its kind; a lone name is a firm.
    **_phrases("an agreement with, agreements with", Cue(ActorKind.organization, 0.5)),
    # "sponsored by Hallowfield Tyres", "headline sponsor Trevose Mutual": who sponsors a show or a race is
    # a firm or a body (a person by a given name or a title keeps its kind: "a bill sponsored by Senator X").
    **_phrases(
        "sponsored by, sponsorship from, headline sponsor, main sponsor, title sponsor, shirt sponsor",
        Cue(ActorKind.organization, 0.55),
    ),
    # "Market data provided by Quantix": who supplies or compiles data is a firm or a body.
    **_phrases(
        "data provided by, data supplied by, data compiled by, figures compiled by",
        Cue(ActorKind.organization, 0.55),
    ),
    # A trade's noun right before the name: "AI startup Quorra", "Kisumu-based start-up Quorra", "battery maker
    # Tallis", "chipmaker Tarrant", "law firm
    # Ashby Quinlan", "tech giant Halvorsen", "British retailer Brookfield", "Belgian side KV Oostmeer",
    # "the rival exchange Quellex", "the regulator Ofmark" (not "rival": "her rival Quarles" in a race is a person),
    # "the sovereign fund Quorvath", "the hedge fund Tarnwell"; a supplier by its goods, "tyre supplier Quellini",
    # "energy supplier Tarnpower" (not "a supplier" alone, a person's trade too); a large firm of a trade, "the oil
    # major Tarnoil" (not "the army major Ilse Varn", a rank); a state's firm, "the atomic energy corporation
    # Quellatom", and one of a trade's firms, "one of the largest steel companies Tarnstal PJSC".
    **_phrases(
        """startup, retailer, chipmaker, carmaker, automaker, lender, insurer, conglomerate, firm,
        giant, fintech, brokerage, exchange operator, crypto exchange, stock exchange, investment bank, bank,
        refiner, utility, housebuilder, developer, label, charity, side, club, company, think tank, thinktank,
        chain, supermarket, marketplace, distributor, airline, union, contractor, exchange, platform, regulator,
        watchdog, sovereign investor, state investor, sovereign wealth fund, sovereign fund, pension fund,
        hedge fund, wealth fund, investment fund, asset manager, start up, telco, volunteer fund, charitable fund,
        charity fund, organisation, organization, association, ngo, nonprofit, non profit, foundation,
        trade body, governing body, training body, umbrella body, professional body, industry body,
        advisory body, statutory body, regulatory body, funding body, public body, representative body,
        battery maker, chip maker, car maker, drug maker, phone maker, steelmaker, biotech, boatbuilder, boatyard,
        lessor, aircraft lessor, planemaker, engine maker, drugmaker,
        corporation, companies,
        tyre supplier, tire supplier, tyre maker, tire maker, parts supplier, kit supplier, feed supplier,
        energy supplier, component supplier, components supplier, equipment supplier,
        spin off, spinoff, spin out, spinout,
        oil major, energy major, mining major, pharma major, pharmaceutical major, drugs major, auto major,
        steel major, media major, shipping major, chemicals major, food major, tech major""",
        Cue(ActorKind.organization, 0.6),
    ),
    # Who digs, pumps or makes goods by the trade before its name: "uranium miner Orano", "gas producer
    # Naftogaz", "Danish manufacturer Bavarian Nordic", "the shipbuilder Atlantico Sul", "state-owned Codelco",
    # "the state-run Nueva Salud";
    # a body by its kind, "the vaccine alliance Gavi", "copper agency Cochilco" (not "miner" or "producer" alone:
    # "the miner Tom Hale", "the producer Ann Holt" are people).
    **_phrases(
        """uranium miner, gold miner, copper miner, lithium miner, nickel miner, iron ore miner, diamond miner,
        platinum miner, cobalt miner, bauxite miner, oil producer, gas producer,
        copper producer, gold producer, steel producer, aluminium producer, aluminum producer, power producer,
        energy producer, fertiliser producer, fertilizer producer, manufacturer, vaccine maker,
        furniture producer, furniture maker, food producer, food maker, pollster, polling firm,
        vaccine manufacturer, shipbuilder, state owned, state run, state controlled, government owned,
        government run, alliance, vaccine alliance, agency""",
        Cue(ActorKind.organization, 0.6),
    ),
    # A wire by its noun before its name: "Palestinian news agency Wafa is reporting", "the state news agency
    # Kornet said" (read before "agency" alone above, which is any body's; war reports quote every state's wire so).
    **_phrases("news agency, press agency", Cue(ActorKind.media, 0.7)),
    # Who trades in goods, data or events: "the data provider Tallvane", "the broker Quaymark", "the
    # importer Vinhos Lusa", "the promoter Arcwell Live" (a person by a given name stays a person).
    **_phrases(
        """data provider, provider, broker, stockbroker, importer, exporter, wholesaler, haulier, promoter,
        consultancy, operator, carrier, courier, auctioneer, auctioneers, bookseller, booksellers, estate agent,
        estate agents""",
        Cue(ActorKind.organization, 0.55),
    ),
    # Professional practices by their trade in the plural, and the solicitors who instruct a barrister: "the
    # accountants Whittingham Quell", "the solicitors Tarnby Law", "represented by Ilse Varn KC, instructed by
    # Birkwell" (a singular names a person: "accountant Tom Hale").
    **_phrases(
        """accountants, chartered accountants, solicitors, architects, surveyors, chartered surveyors, instructed by""",
        Cue(ActorKind.organization, 0.55),
    ),
    # Who brews, distils or forwards goods: "the Askern brewery Copperleaf", "the forwarder Kestrane Cargo".
    **_phrases(
        "brewery, brewer, distillery, distiller, forwarder, freight forwarder, shipping line, "
        # Makers of food by what they make: "the sandwich maker Crustwell", "pie maker Tolland & Finch", "the
        # bakery Crumbwell" (not "maker" alone: "the Whitchurch maker Josiah Quell" made clocks by hand).
        "bakery, sandwich maker, pie maker, snack maker, crisp maker, biscuit maker, cake maker, food maker, "
        "drinks maker, soft drinks maker, ready meal maker",
        Cue(ActorKind.organization, 0.55),
    ),
    # Sites and networks by their trade: "the comparison site Swapwell", "the food bank network
    # Breadline Together", "the housing charity Shelterwell" (a charity's trade before "charity").
    **_phrases(
        "comparison site, price comparison site, booking site, food bank network, charity network",
        Cue(ActorKind.organization, 0.55),
    ),
    **SUPPLY_PHRASES,
    # Bands and campaigns by their noun: "the folk group Vinterlys", "Dublin duo Moth & Ember",
    # "campaign group Save Tarn Meadows".
    **_phrases(
        "group, band, duo, trio, quartet, campaign group, pressure group, lobby group", Cue(ActorKind.organization, 0.6)
    ),
    # Armed bodies and missions by their noun: "the self-defence militia Tarnok-Sud", "the rebel movement
    # Varnaki", "the EU naval mission Quellis" (a mission or an operation named after it is a body).
    **_phrases("militia, rebel movement, armed movement", Cue(ActorKind.armed_force, 0.6)),
    # "the militant group Jaysh al-Varn", "the jihadist group Tarnic Front": a group named after what it fights as
    # (after "group" alone a name is a band's or a firm's; these say the group is armed).
    **ARMED_GROUP_NOUNS_BEFORE,
    **_phrases("movement", Cue(ActorKind.organization, 0.6)),
    **_phrases(
        "naval mission, military mission, training mission, civilian mission, monitoring mission, naval operation",
        Cue(ActorKind.organization, 0.6),
    ),
    # The same nouns in the plural before a list: "the fintechs Quellmo and Tarrowpay", "lenders
    # Halvane and Orskell" (the list's other items take the kind in `coordinated_kinds`).
    **_phrases(
        """startups, retailers, chipmakers, carmakers, automakers, lenders, insurers, fintechs, brokerages,
        investment banks, banks, giants, miners, shippers, multinationals, contractors, manufacturers,
        device makers, drug makers, drugmakers, car makers, chip makers, phone makers, battery makers,
        steelmakers, discounters, grocers, supermarkets""",
        Cue(ActorKind.organization, 0.6),
    ),
    # A firm by the trade it serves others in: "the market research firm Quantelle", "its debt-collection agency,
    # Varnell Recoveries".
    **_phrases(
        "market research firm, research firm, data provider, debt collector, collection agency",
        Cue(ActorKind.organization, 0.6),
    ),
    # Firms in a list of their kind, the firms behind figures and the makers of goods: "companies including
    # Halvorsen", "analysts polled by Finsight", "advisers to Vaultix", "assembled by Tarnwell" (not "provided
    # by": "an image provided by Docker").
    **_phrases(
        """companies including, companies such as, companies like, firms including, firms such as, firms like,
        banks including, banks such as, banks like, rivals such as, rivals including, polled by, surveyed by,
        data from, figures from, estimates from,
        advisers to, advisors to, adviser to, advisor to, assembled by, manufactured by, joint venture of,
        joint venture between""",
        Cue(ActorKind.organization, 0.6),
    ),
    # Bodies in a list of their kind: "environmental groups including Tarnwatch", "charities such as Helpwise".
    **_phrases(
        """groups including, groups such as, charities including, charities such as, organisations including,
        organizations including, organisations such as, organizations such as, unions including, unions such as""",
        Cue(ActorKind.organization, 0.6),
    ),
    **BACKING_PHRASES,
    # A watchdog by what it did, in the passive: "rated outstanding by Tarnsted", "the firm was fined by
    # Quellreg", "a practice inspected by Varncare".
    **_phrases(
        """rated outstanding by, rated good by, rated inadequate by, rated by, inspected by, fined by, censured by,
        regulated by, licensed by, downgraded by""",
        Cue(ActorKind.organization, 0.55),
    ),
    # "the progress against Varnak", "a lawsuit against Varnak": a side in a contest, most often a body.
    ("against",): Cue(ActorKind.organization, 0.4),
    # "residents of Varnak", "the outskirts of Varnak": a place.
    **_phrases(
        """residents of, inhabitants of, people of, outskirts of, edge of, suburbs of, streets of, centre of,
        center of, mayor of, governor of, premier of, north of, south of, east of, west of,
        battle of, battle for, siege of, liberation of, recapture of, fall of, occupation of, outside of, out of""",
        Cue(ActorKind.place, 0.55),
    ),
    # "an airstrike in the vicinity of Varnak", "the population of Varnak demonstrated": where it struck, who lives
    # there.
    **_phrases("vicinity of, population of", Cue(ActorKind.place, 0.55)),
    # "the summit of Quellmore", "the banks of the Tarrow", "the markets of Varnbangou", "the enclaves of Vorkh and
    # Sekh", "the naval blockade of the Varnatic": a hill's, a river's, the land's or the waters' parts and sites
    # are a place's.
    **_phrases(
        """summit of, summit of the, slopes of, slopes of the, foothills of, foothills of the, banks of the,
        shores of, shores of the, markets of, market of, forests of, forest of, enclaves of, enclave of, exclaves of,
        exclave of, hills of, mountains of, plains of, coast of, coasts of, waters of, blockade of""",
        Cue(ActorKind.place, 0.55),
    ),
    # "fished off Donegal", "a trawler lost off Tory Island", "sheltered off Malin Head": what lies off a boat's
    # course is a coast, a headland or an island.
    **_phrases(
        """fished off, fishing off, sank off, sunk off, lost off, anchored off, sheltered off, capsized off,
        moored off, aground off, sailing off, sailed off""",
        Cue(ActorKind.place, 0.55),
    ),
    # "a new base on Varnoy", "a radar on Tesk atoll": a military or a police site stands on an island, not on a
    # topic or a platform (no "station on": "a station on Twitch").
    **_phrases(
        "base on, bases on, radar on, depot on, airstrip on, airfield on, outpost on, garrison on",
        Cue(ActorKind.place, 0.55),
    ),
    # "fighting spread to Varnkoro and Tessel", "the rebels crossed into Oskelby": where a war or its
    # fighters move is a place.
    **_phrases(
        "spread to, spreading to, spreads to, crossed into, pushed into, "
        # "the campaign spread south to Varnkoro": with the way it went
        "spread south to, spread north to, spread east to, spread west to",
        Cue(ActorKind.place, 0.55),
    ),
}
# Words of a match report, in lower case: three of them make a sports page, where "Castlemere
# United", "Wexford Town" and "Dunmore City" are clubs (`CLUB_HEADS`), not towns or persons.
SPORT_WORDS = word_set(
    """
    striker strikers midfielder midfielders goalkeeper defender defenders winger penalty fixtures kick-off half-time
    relegated relegation promoted promotion header free-kick referee equaliser equalizer scored stoppage
    equalised equalized equalising equalizing hat-trick
    innings wicket wickets touchdown quarterback playoffs playoff
    rebounds assists overtime three-pointer tip-off rookie free-throw
    hooker maul scrum lineout line-out fly-half scrum-half sin-bin
    sixes spinner off-spinner leg-spinner bowler bowlers bowled batsman batsmen batter lbw stumped overs
    speedway rider riders jockey jockeys greyhound greyhounds racecourse
    defenceman defencemen defenseman defensemen goaltender goaltenders goalie goalies puck shutout faceoff
    disposals ruckman ruckmen behinds full-forward goalkicker
    """
)
# Words that open an English village's name against its neighbour ("Nether Scaldwell", "Upper Affcot",
# "Lower Quinton"); they open no person's name.
VILLAGE_OPENERS = word_set("nether upper lower")
# Scots words for a valley or a hill that are also given names: "Glen Affric", "Ben Macdui" (`name_kinds`).
GLEN_WORDS = word_set("glen ben")
# ... after a preposition of where one walks or is, or a part of the land before "of": "in Glen Affric",
# "the slopes of Glen Affric" (not "from", "to" or "on", which lead to people as well: "a foul on Glen X").
GLEN_PREPOSITIONS = word_set("in into across through above below near around up down")
LAND_PARTS_BEFORE_OF = word_set("slopes slope head foot floor side sides top summit mouth length")
# A village's own buildings by its name: "Cullivoe Hall" where the page has Cullivoe alone as a place.
VILLAGE_BUILDINGS = word_set("hall")
# Common words that open a village's name too ("Long Hinton", "Much Wenlock", "Little Oxcombe"),
# but only before a word too rare to make a phrase with them.
VILLAGE_OPENERS_COMMON = word_set("long much little great")
CLUB_HEADS = word_set("united city town county athletic fc afc")
# Of those, the heads nothing but a club puts after a town ("Leeds United", "Oldham Athletic", "Bristol Rovers"),
# on any page: "Dunmore City" and "Wexford County" may be the town or its county off a sports page.
CLUB_ONLY_HEADS = word_set("united athletic fc afc rovers wanderers albion hotspur")
# A match's result, on a sports page: the word right after a side ("Ashgill beat Crossbeck", "Moorhay
# lost 4-2", "Welbury host Moorhay") and the words right before the other side ("beat Crossbeck",
# "drew with Hobbington Vale", "at home to Dunstall Heath"). A side named by its town or by two common
# words is a club there, not a place or a person.
RESULT_AFTER_SIDE = word_set(
    "beat beats drew draw draws lost lose loses host hosts travel travels edged thrashed hammered defeated overcame "
    "trounced face faces visit visits welcome welcomes won wins clinch clinched thumped routed downed "
    # "Quellham leap-frogged over Tarnby into fourth place"
    "leap-frogged leapfrogged"
)
# A result with its score, a sign of a match report whatever the game's words: "beat Tarnby 3-1", "the Hawks
# edged the Owls 23-22", "drew 1-1 with ...", "led 22-12" (a verb of the result, at most six words, then the score).
MATCH_RESULT = re.compile(
    r"\b(?:beat|beats|edged|thrashed|hammered|defeated|trounced|overcame|drew|lost|led|leads|won|thumped|routed"
    r"|downed)"
    r"(?: [\w'’-]+){0,6}? \d{1,3}[-–]\d{1,3}\b"
)
# A league's phrases, a sign of a football report that names clubs by their towns alone (as wire copy does:
# "a first home league defeat", "English premier league leaders Arsenal", "a goalless draw"). Strong ones
# name a league's game; weak ones ("into second place", "trail Tarnby by four points") read in a poll's
# story too, so they only add to a strong one or to a result with its score (`MATCH_RESULT`).
LEAGUE_PHRASES = re.compile(
    r"\b(?:(?:home|away) (?:league |cup )?(?:defeat|win|victory|draw|loss)"
    r"|(?:league|division|table) (?:leaders|champions|defeat|victory|win|draw|match|fixture|title|standings|results)"
    r"|goalless|scoreless)\b",
    re.IGNORECASE,
)
LEAGUE_PHRASES_WEAK = re.compile(
    r"\b(?:into (?:first|second|third|fourth|fifth|sixth|top) place"
    r"|(?:trail|trails|trailed|trailing) (?:[\w'’-]+ ){1,3}by"
    r" (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) points"
    r"|\d{1,2} points clear)\b"
)
RESULT_BEFORE_SIDE = word_set(
    "beat beating beats defeated edged thrashed hammered trounced overcame against host hosts thumped routed downed "
    # a fixture to come: "the Mariners face Tarnby Warriors", "before hosting Quell Lions"
    "face faces facing hosting"
)
# "drew 1-1 with X", "lost 4-2 at home to X": the side after "with" or "to" and one of these (not "travel
# to Sheffield", which may be the town).
RESULT_BEFORE_WITH = word_set("drew draw draws")
RESULT_BEFORE_TO = word_set("lost lose loses home away")
# A team by its nickname on a sports page, after "the": "the Riverton Hawks", "the Calder Bay Mariners"
# (a plural last word); not "the Canary Islands" (a head of `HEAD_WORD`) nor "the Commonwealth Games".
TEAM_NICKNAME_NOT = word_set("games olympics paralympics championships awards series finals")
# A stand of a ground on a match report: "in the Kop End", "the North Stand". Part of a ground the
# page names, not an actor of its own.
STAND_HEADS = word_set("end stand terrace")
# A named storm: a page that names one names past storms by their given names alone ("not even in
# Harvey", "worse than Sandy").
STORM_NAME = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm) [A-Z][a-z]+")
# Words before a past storm's name: "in Harvey", "since Sandy", "worse than Katrina".
STORM_BEFORE = word_set("in since than like after during before")
# Trade nouns that open a sentence before a firm's name and are no part of it: "Refiner Sabine
# Petroleum shut its plant", "Retailer Halvorsen lost data" (the noun is the firm's cue, as in lower
# case). Not "bank", "club" or "group", which open firms' own names ("Bank Leumi", "Club Med").
TRADE_NOUNS_OPENING = word_set(
    "startup retailer chipmaker carmaker automaker lender insurer conglomerate fintech brokerage refiner utility "
    "housebuilder distributor marketplace supermarket airline lessor planemaker drugmaker shipbuilder "
    # "Contractors Threlkeld Marine Civils drove 400 piles": who did the work, then the firm.
    "contractor contractors"
)
# Staff after "former" and a name: "former Veltronic engineers", "Former Ardenmoor employees said" (the
# name is their old employer, not a place: a town has "former residents").
FORMER_STAFF_NOUNS = word_set(
    "employees employee engineers engineer staff staffers executives executive workers managers designers "
    # "former Quellur guitarist Tom Varn": a band's members by what they play or do in it.
    "guitarist guitarists drummer bassist keyboardist frontman vocalist singer"
)
# Plural nouns for those who compete, opening a sentence before names and no part of them: "Rivals Quenmart
# and Dellowby cut prices" (no kind of their own: a race's rivals are people, a market's are firms).
RIVALS_OPENING = word_set("rival rivals competitor competitors")
# Plural nouns for those who put money in, opening a sentence before the firms they are: "Investors Tarn
# Capital and Quell Ventures took part", "Lenders Varn Bank and ..." (read only before a longer name or a
# list: "Investors Chronicle" is a magazine).
FUNDERS_OPENING = word_set("investors backers shareholders lenders creditors bidders")
# What only a regulator does to others, after a one-word name with no cue: "Ofsted rated the school",
# "Ofcom fined the broadcaster" (a body, not a person: people are named with a given name).
REGULATOR_VERBS = word_set("rated inspected fined censured licensed audited regulates regulated downgraded")
# Nouns for people quoted in news that open a sentence before the name and are no part of it:
# "Passenger Jaylen Brook said", "Volunteer Ellery Wakefield, 72, said" (not titles: "the American
# Volunteer Group", "volunteer Wikipedia editors").
PERSON_NOUNS_OPENING = word_set(
    "passenger volunteer pensioner merchant shopper commuter "
    # Jobs and roles of people quoted in local news: "Nurse Briony Culshaw said", "Shopkeeper Fergus
    # Dalgleish, 58, said", "Manager Kenickie Adebayo-Ross said" (not "Doctor", a title: "Doctor Who").
    "nurse midwife paramedic carer shopkeeper stallholder publican landlord landlady farmer grower teacher "
    "headteacher manager chef cabbie motorist cyclist homeowner householder tenant trader retiree widow widower "
    "neighbour customer diner worker labourer shepherd gamekeeper postman postwoman postmaster ferryman boatman "
    "fisherman lifeguard caretaker campaigner organiser owner "
    # People of the water and the countryside: "Boater Lorcan Tiplady said", "Warden Jory Pengelly".
    "boater ranger warden angler rambler "
    # People named in sanctions lists and reports on conflicts: "the businessman Kwesi Ampofo-Lartey".
    "businessman businesswoman tycoon financier smuggler trafficker warlord preacher cleric "
    # A ruler named by the way he rules, in conflict reporting: "the overthrow of dictator Ilse Varnov", "the
    # strongman Tomas Quell".
    "dictator strongman despot tyrant autocrat "
    # ...and in military and sanctions releases, who was killed, caught or listed: "U.S. civilian Ilse Varn of
    # Tarnby", "Houthi financial facilitator Ahmad al-Varni", "Hizballah operative Ali Tarnaz", "the
    # interpreter Omar Quell".
    "civilian interpreter facilitator operative detainee gunman "
    # Clergy named by their calling in lower case: "under the Spanish priest Manuel Varnez, the group grew".
    "priest monk nun missionary friar "
    # A member of a gendarmerie or police named by his job: "the former gendarme Ravelo Tsiferana-Be".
    "gendarme policeman policewoman "
    # People who saw or lived through an attack, one or several named after the noun: "Survivors
    # Hodan Ciise and Faarax Gedi described the attack", "the witness Tiavina Rakoto".
    "survivor survivors witness witnesses "
    # A rank in lower case after a people's adjective: "the South African general Sizwe Mabaso-Dlamini".
    "general colonel "
    # Artists and craftsmen of arts pages and sale rooms, and the keepers of grounds: "the local artist Eustace
    # Marwood", "the Whitchurch clockmaker Josiah Pengelly", "the club's groundsman Ewart Fairclough" (not
    # "maker" or "builder", which name firms too).
    "artist painter sculptor potter photographer illustrator poet novelist composer musician singer songwriter "
    "clockmaker silversmith goldsmith blacksmith craftsman cabinetmaker furniture-maker groundsman gardener "
    # ...and of fashion and money pages, where a firm bears its founder's name: "the designer Ralph Lauren".
    "designer billionaire "
    # Who runs a body, as papers write it before the name: "MHC boss Wezi Tarnawire", "the agency boss Ilse Varn".
    "boss "
    # People of crime, money and tech pages named by what they do: "the crypto entrepreneur Tarvo Quell", "convicted
    # fraudster Ilse Varn", "the banker Omar Quell" (not "investor": a firm invests too).
    "entrepreneur fraudster swindler conman banker "
    # Those who stand in an election: "the party's candidate Rhona Tremlett won", "independent Ilse Varn".
    "candidate challenger incumbent "
    # Trades of farms, building sites and roads, and players named by their place in a side: "the Shropshire
    # ploughman Tarwick Olunde", "said driller Yeison Tarn", "prop Seth Varnley", "batsman Ilse Quarnby".
    "ploughman ploughwoman stockman herdsman shearer drover thatcher farrier saddler huntsman woodsman milkman "
    "foreman stonemason bricklayer plasterer roofer joiner glazier welder electrician plumber carpenter mechanic "
    "driller lineman driver trucker prop batsman batter bowler pitcher "
    # Scholars and scientists by their field: "American astronomer Tarvo Ellingsen", "the geologist Ilse Marn".
    "astronomer astrophysicist physicist chemist biologist geologist ecologist zoologist botanist mathematician "
    "astronaut cosmonaut historian archaeologist anthropologist sociologist philosopher epidemiologist virologist"
)
# A body's staff after its possessive in a description: "Leontyne Ashford, the agency's operations manager,"
# (alone, "Abrendale, the fund manager," is a firm).
STAFF_AFTER_POSSESSIVE = word_set(
    "manager managers director coordinator organiser organizer adviser advisor executive executives"
)
# Ranks of the fire and rescue services, two words before a name ("Group Manager Dale Whitcombe said",
# "said Watch Manager Ffion Treharne"): the rank is no body's name, the words after it are a person's.
SERVICE_RANKS = frozenset(
    tuple(rank.split())
    for rank in (
        "crew manager",
        "watch manager",
        "station manager",
        "group manager",
        "area manager",
        "chief fire officer",
    )
)
# A player's position or side before a name on a sports page ("Point guard Tyrese Langford had 22
# points", "Forward Jaylen Ashcombe scored"): a person. Not titles: "National Guard", "Forward
# Operating Base" off a sports page.
SPORTS_POSITIONS = word_set(
    "guard forward centre center pitcher catcher shortstop linebacker receiver teammate team-mate skipper "
    "fly-half scrum-half full-back centre-back wing-back playmaker "
    # Cricket's and football's players by their role: "the off-spinner Ilse Varn took five for 31".
    "spinner seamer paceman bowler batsman batter opener wicketkeeper all-rounder striker midfielder defender "
    "winger goalkeeper flanker "
    # Rugby league's backs and hockey's players: "halfback Ilse Varn", "the goaltender Tom Oskel".
    "halfback fullback five-eighth hooker goaltender goalie defenceman defenseman"
)
# A page's calls to its reader that open a line before a name: "Follow Westminster Wire on X",
# "Contact Tarn Police on 101" (never part of the name).
PAGE_VERBS = word_set("follow subscribe contact email")
# The words right before a name of two words or more that make it a person: "the rebels led by
# Ilse Varnak" (one who leads, founds or commands; "a round led by Sequoia" may be a firm).
# "the Ashcombe family sold the club", "the Marlowe family's farm": a family by its surname (kind person:
# the people of that name), not a body.
FAMILY_NOUNS = word_set("family")
# A local council is named after its place: "Ferrowby Borough Council", "Tarnby District Council",
# "Oxwold Council". The word opening such a name is the town's, though it opens other bodies' names too
# ("Ferrowby College", "Ferrowby Buses"): "drivers in Ferrowby" is the town.
# How a nation's stock exchange named by its people's adjective is found ("the Tarnish Exchange").
NATIONS_EXCHANGE = "a nation's exchange"
COUNCIL_TIERS = word_set("borough district county city town parish metropolitan")
# Members of a body named by an ordinary word: "Members of Unite at Tarnby Buses", "a member of Reform".
# A capitalised common word here (never written in lower case on the page) is the body's name.
# Posts a body's people hold, between the body's name and the holder's: "Unison branch secretary Debbie
# Carrow", "Tarnvale spokeswoman Ana Reyes", "Varnex chief executive Ilse Quell", "Oskelgaz CEO Ivan Petrov";
# those who advise for a body or read a market for a bank, "Teagrove adviser Maire Sull", "Harwell analyst Ann
# Lee", a racing team's or a club's head, "Kelvo team principal Shane Rourke", "Quellby boss Ann Lee" (a state's
# national side, "England manager Tom Vale", stays the state's). A
# capitalised word before them is the body, even an ordinary
# word ("Unite", "Amazon"); not a word that qualifies the post (`POST_QUALIFIERS`: "Former general secretary").
POSTS_AFTER_A_BODY: frozenset[tuple[str, ...]] = frozenset(
    _phrases(
        """branch secretary, branch chair, regional officer, regional organiser, regional organizer, regional
        secretary, national officer, national secretary, general secretary, shop steward, area organiser,
        district secretary, full-time officer, spokesman, spokeswoman, spokesperson,
        chief executive, chief executive officer, managing director, executive director, director general,
        director-general, chairman, chairwoman, founder, co-founder, ceo, cfo, coo, cto,
        chief financial officer, chief operating officer, chief technology officer, chief commercial officer,
        adviser, advisor, analyst, economist, chief economist, strategist, team principal, boss, head coach,
        manager""",
        _BODY,
    )
)
POST_QUALIFIERS = word_set(
    "former acting interim then deputy assistant new senior junior local regional national chief head lead "
    "principal joint retired veteran fellow current previous incoming outgoing area branch union"
)
# Services only a firm runs, in the plural after its name: "passengers on Stagecoach buses", "Arriva trains".
# A capitalised ordinary word there (never written in lower case on the page) is the firm.
# (Not shops or branches: "its Skipton and Settle stores" are in towns, "Shopify stores" are merchants'.)
FIRM_SERVICE_NOUNS = word_set("buses coaches trains trams ferries flights")
# One of them, after a name in a brand's casing: "the last NorthLink ferry", "a FlyBe flight".
FIRM_SERVICE = word_set("bus coach train tram ferry flight")
# Farm animals after the name of their breed: "Longhorn cattle", "Herdwick sheep", "Exmoor ponies".
# The breed is no actor (a place's name there, "Exmoor", is the breed's, not the moor).
LIVESTOCK_NOUNS = word_set("cattle cows bulls heifers sheep ewes rams lambs pigs sows goats ponies hens chickens")
# So is one after a phrase only bodies follow: "a start-up backed by Amazon", "bankrolled by Vanguard"
# (`BACKING_PHRASES`).
MEMBERSHIP_PHRASES: frozenset[tuple[str, ...]] = frozenset(_phrases("members of, member of", _BODY))
# Jobs held at a firm ("analyst at", "economist at"...): the job's holder "of" a name works there
# ("Analyst Gareth Lindqvist of Pemberton Ashe said").
STAFF_JOBS: frozenset[str] = frozenset(
    phrase[0]
    for phrase, cue in PHRASE_BEFORE.items()
    if len(phrase) == 2 and phrase[1] == "at" and cue.kind is ActorKind.organization
)
PERSON_PHRASE_BEFORE: dict[tuple[str, ...], Cue] = (
    _phrases("led by, headed by, commanded by, founded by", Cue(ActorKind.person, 0.55))
    # "a film directed by Yorgos Tarvelis", "narrated by Ilse Varn": the one who made or voiced a work
    | _phrases(
        "directed by, co-directed by, narrated by, illustrated by, choreographed by, composed by",
        Cue(ActorKind.person, 0.55),
    )
    # "Wagner Group founder Yevgeny Tarvelin": who founded a body, in lower case before the name
    | _phrases("founder, co-founder, cofounder", Cue(ActorKind.person, 0.55))
    # "American-born Tomas Quell", "the Tarnby-born Ilse Varn": only a person is born
    | _phrases("born", Cue(ActorKind.person, 0.55))
    # "said Kernow Air chief executive Morwenna Tremayne": a firm's officer, in lower case before the name
    | _phrases(
        "chief executive, chief operating officer, chief financial officer, chief technology officer",
        Cue(ActorKind.person, 0.55),
    )
    # "reigning champion Ash Whitley": a title holder in sport, in lower case before the name
    | _phrases("reigning champion, defending champion, reigning world champion", Cue(ActorKind.person, 0.55))
    # "PhD student Oliver Grange": a university's students and fellows, in lower case before the name
    | _phrases(
        "phd student, doctoral student, postgraduate student, research student, research fellow, postdoctoral fellow",
        Cue(ActorKind.person, 0.55),
    )
    | _phrases(
        # "after the killing of Ilse Varnak", "the funeral of Tomas Quell": what befalls one person.
        """killing of, assassination of, murder of, death of, funeral of, execution of, kidnapping of, abduction of,
    arrest of""",
        Cue(ActorKind.person, 0.55),
    )
    | _phrases(
        # "The case officer is Ottoline Barraclough", "the clerk was Idris Pentecost": a person's role, then "is".
        """officer is, officer was, clerk is, clerk was, chairman is, chairwoman is, chairperson is, headteacher is,
    coordinator is, secretary is, treasurer is, organiser is, organizer is""",
        Cue(ActorKind.person, 0.55),
    )
    | _phrases(
        # "my neighbour Zinnia Catesby", "his daughter Alys Penrose": kin and neighbours, then a full name.
        """neighbour, neighbor, wife, husband, son, daughter, brother, sister, mother, father, grandson,
    granddaughter, nephew, niece, cousin, uncle, aunt, grandmother, grandfather, stepson, stepdaughter""",
        Cue(ActorKind.person, 0.55),
    )
)
# The words after a group's name that say what it fights as: "the Wagner mercenary group", "the Tarvak rebel
# group" (after "a" or "an" the name is a people's or a place's: "a Meitei armed group").
GROUP_BY_WHAT_IT_FIGHTS_AS: dict[tuple[str, ...], Cue] = _phrases(
    """mercenary group, rebel group, armed group, paramilitary group, jihadist group, insurgent group,
    extremist group, terrorist group, militant group, separatist group, private military company,
    rebel alliance, rebel coalition, rebel movement, armed movement""",
    Cue(ActorKind.armed_force, 0.7),
)
# Words of a page about crime online, where a group that "claimed responsibility" is a gang, no armed force.
CYBER_CRIME_WORDS = word_set("ransomware hackers hacker malware cyberattack cyberattacks cybercriminals extortion")
# The words right after the name: "Varnak claimed responsibility".
PHRASE_AFTER: dict[tuple[str, ...], Cue] = {
    **_phrases(
        "claimed responsibility, claims responsibility, has claimed responsibility, have claimed responsibility",
        _FOE,
    ),
    # "Halvorsen shares fell": a listed company, whose shares a market trades.
    **_phrases(
        """shares rose, shares fell, shares jumped, shares dropped, shares slid, shares gained, shares lost,
        shares closed, shares surged, shares tumbled, shares climbed, shares sank, stock rose, stock fell""",
        Cue(ActorKind.organization, 0.6),
    ),
    # "Gucci parent group Kering", "Tarvona parent company Quellbridge", "Velloxa owner Brannock": a brand or a firm
    # named before its owner, as market reports write it (not "owner" alone: "the house owner").
    **_phrases("parent group, parent company, parent firm, owner group", Cue(ActorKind.organization, 0.6)),
    # "Varnair took delivery of its first jet": a carrier or a firm takes delivery of what it ordered.
    **_phrases("took delivery, takes delivery, has taken delivery", Cue(ActorKind.organization, 0.55)),
    # "Meridex and Altavia lost ground in sympathy": stocks on a market report (a place the gazetteer
    # knows keeps its kind: "Kyiv lost ground").
    **_phrases("lost ground, gained ground", Cue(ActorKind.organization, 0.5)),
    # "the Quellnet ransomware group", "the Varnex cryptocurrency exchange", "the Tarrow subsidiary of
    # ...", "the Trend Asia think tank", "the Tarnby Growers trade association": a body by what it is (a place
    # the gazetteer knows keeps its kind: "the Varna crime group").
    **_phrases(
        """ransomware group, ransomware gang, hacking group, hacker group, cybercrime group, criminal group,
        criminal gang, criminal network, smuggling network, smuggling ring, trafficking network,
        cryptocurrency exchange, crypto exchange, currency exchange, subsidiary of,
        think tank, think tanks, thinktank, advocacy group, pressure group, campaign group, research group,
        trade association, trade body, trade group, industry body, industry association, lobby group, umbrella body,
        membership body""",
        Cue(ActorKind.organization, 0.6),
    ),
    # "the Victory electoral bloc (Pobeda)", "the Eurasia non-governmental organisation": a body of voters or members
    # by what it is, named by a common word in capitals before it.
    **_phrases(
        """electoral bloc, electoral alliance, political party, political movement, opposition party, opposition bloc,
        non governmental organisation, non governmental organization, nongovernmental organization""",
        Cue(ActorKind.organization, 0.6),
    ),
    # "thanks Quellmark for sponsoring the nets": a club or a charity thanks the firm that pays for something
    **_phrases(
        "for sponsoring, for sponsorship of, for their sponsorship, for its sponsorship",
        Cue(ActorKind.organization, 0.55),
    ),
    # "Quellbury grazier Ann Holt", "Tarnby residents": local news names people by the town they live or farm in
    # (a firm's "farmers" are its suppliers: only the singular, and "residents").
    **_phrases("grazier, farmer, resident, residents, publican, shopkeeper, pensioner", Cue(ActorKind.place, 0.55)),
    # "the Tarnby border area", "the Quell-Varn tri-border area": land along a border, named by a place on it
    **_phrases("border area, border region, border zone, tri border area, tri border region, tri border zone", _AREA),
    # "in Pakistan's Tarkhel tribal area", "the Varnu tribal district": land a tribe holds, named by the tribe (the
    # name of a land here, not of a people: "tribal elders" are not read)
    **_phrases(
        "tribal area, tribal areas, tribal district, tribal region, tribal agency, tribal belt, tribal territory",
        _AREA,
    ),
    # "the Tarnwick by-election": a seat's election is named after the seat, a place.
    **_phrases("by election, by elections, byelection", Cue(ActorKind.place, 0.6)),
    # "Kelemba chief magistrate Ann Wambui", "Tarnby senior principal magistrate": East African court reports name a
    # magistrate by the court station she sits in, a place.
    **_phrases(
        """chief magistrate, senior magistrate, principal magistrate, senior principal magistrate, resident
        magistrate, senior resident magistrate, principal resident magistrate""",
        Cue(ActorKind.place, 0.6),
    ),
    # "Tarnwick Holdings plc said": a British firm's legal form in lower case, outside the capitalised run
    # but right after it, makes the name a firm's.
    **_phrases("plc", Cue(ActorKind.organization, 0.7)),
    # "Ilse Varnakova became prime minister": who takes a head of government's or of state's post is
    # a person (a party "became the largest").
    **_phrases(
        "became prime minister, became president, became vice president, became chief minister",
        Cue(ActorKind.person, 0.6),
    ),
}
# What only a firm owns or reports, after its possessive or "said its": "Zorvane's new headphones",
# "Quellix said its profits fell" (a person has no profits; a town no turnover).
FIRM_OWNED_NOUNS = word_set(
    "profits profit revenue revenues turnover shareholders headphones earbuds smartphones handsets laptops "
    "subsidiary subsidiaries"
)
# What a shop owner has, counted only for a name that looks like a person's: "Mabel Strickland's stores".
SHOP_OWNED_NOUNS = word_set("stores shops branches outlets")
# The word after the name's possessive: "Varnak's leader", "Varnak's fighters".
AFTER_POSSESSIVE: dict[str, Cue] = {
    **_rows("leader leaders leadership spokesman spokeswoman spokesperson members founder", _BODY),
    **_rows("fighters militants", _FOE),
}
# The word after the possessive of a name of two words or more that make it a person: "Ilse
# Varnak's government", "Tomas Quell's widow" (one word may be a state's: "Varnak's government").
PERSON_AFTER_POSSESSIVE: dict[str, Cue] = _rows(
    "government regime cabinet administration widow wife husband", Cue(ActorKind.person, 0.55)
)
# Kin after a one-word name's possessive: "Tremov's son", "Varnok's widow" (a state or a firm has no son).
KIN_AFTER_POSSESSIVE: dict[str, Cue] = _rows(
    "widow widower son sons daughter daughters mother father brother brothers sister sisters grandson "
    "granddaughter nephew niece",
    Cue(ActorKind.person, 0.55),
)
# The word after a hyphen: "Varnak-controlled", "Varnak-held".
AFTER_HYPHEN: dict[str, Cue] = _rows("controlled held occupied", _FOE) | _rows(
    # "a Varnline-chartered vessel", "a Skyquell-operated flight": a carrier charters and runs ships and planes.
    "chartered operated",
    Cue(ActorKind.organization, 0.5),
)
# "Tarnmiglo-based contractor Quell Joinery": where a body is based is a town or a region (`context_cues` asks for a
# body's noun or name after it: "the Unicode-based string type" is no place).
BASE_AFTER_HYPHEN: dict[str, Cue] = _rows("based headquartered", Cue(ActorKind.place, 0.55))
# Nouns of a body's trade after "<town>-based" besides `APPOSITION_HEAD` and `TOWN_TRADES`.
TRADES_AFTER_BASED = word_set("contractor contractors supplier suppliers builder builders consultancy practice team")

# Kinds of help written with capitals, no charity's name: "Legal Aid", "First Aid", "Foreign Aid".
KINDS_OF_AID = word_set("legal first foreign financial military humanitarian state food student emergency overseas")
# The head noun of an apposition after a name: "Varnak, the country's largest bank," "Tremmin, a town
# near the border," "Ilse Quistel, the group's spokesman,". Titles (`TITLES`) there make a person too.
_APPOSED = Cue(ActorKind.organization, 0.7)
APPOSITION_HEAD: dict[str, Cue] = {
    **_rows(
        "group organisation organization movement party company firm bank agency charity nonprofit non-profit "
        "network alliance "
        "union association ministry department studio startup carmaker automaker manufacturer retailer winery "
        "brewery distillery airline insurer lender "
        # "Lindara, the e-reader maker,", "Quellix, a maker of drones,": a firm by what it makes ("the state arms
        # exporter": by what it sells abroad).
        "maker exporter importer "
        # "Vaultix, the crypto exchange based in the Cayman Islands,", "Tarrant, a chipmaker,".
        "exchange chipmaker conglomerate fintech brokerage giant subsidiary "
        # "Quillon, a battery-recycling spin-out from the University of Tarrow,": a firm born of another body.
        "spinout spinoff "
        # "Ofmark, the schools watchdog,", "Tarnreg, the energy regulator,".
        "regulator watchdog inspectorate quango "
        # "Tarnwell Ecology, the consultancy which surveyed the site,", "Vantory, the Leeds-based marketplace
        # for used bikes,", "Dunmore Haulage, a Derby-based haulier,": a firm by the service it sells.
        "consultancy marketplace haulier "
        # "Lanyon Marine, the boatbuilders at Gullensby,", "Eccogene, a Chinese biotech,": a yard or a lab by its trade.
        "boatbuilder boatbuilders boatyard biotech "
        # "Quellby's, the department store chain,", "Tarvo, the discount supermarket," (not "a grocer": a trade
        # of a person too).
        "supermarket chain "
        # "Kumho, the championship's tyre supplier,", "Tarvex, the club's kit sponsor,": a firm by what it does
        # for the body before it (after a possessive: "a supplier" alone may be a person's trade).
        "supplier sponsor "
        # "Tarrow Innovation, the university's technology transfer office,": an office of a larger body.
        "office",
        _APPOSED,
    ),
    # "Tarnak Guards, an infantry regiment of the army,": a unit by its kind
    **_rows("militia faction insurgency brigade regiment battalion squadron flotilla", Cue(ActorKind.armed_force, 0.7)),
    **_rows(
        "town city village capital region province district country island port suburb neighbourhood neighborhood "
        "hamlet settlement municipality commune exclave enclave county "
        # "Tarnvai Quoc, a destination resort amid the hills," "the Quellmoor, a hotel on the quay,": where guests
        # stay (as `NEXT_WORD` reads "the Harbourside Grand hotel"); a firm that runs them is a "chain" or a "group".
        "resort hotel",
        Cue(ActorKind.place, 0.7),
    ),
    **_rows("newspaper newsroom broadcaster daily weekly magazine channel", Cue(ActorKind.media, 0.7)),
    # "According to Layoffwatch, a tracker run by...": a site that publishes what it counts.
    **_rows("website tracker newsletter", Cue(ActorKind.media, 0.6)),
    **_rows(
        "man woman officer official politician lawyer activist businessman businesswoman commentator cleric "
        # People quoted in news by their trade or their lot: "Ilse Varn, a market trader, said".
        "trader farmer teacher student doctor nurse resident engineer driver shopkeeper fisherman worker vendor "
        "merchant mother widow survivor witness lecturer historian scholar writer poet villager refugee "
        # "said Ilse Varn, a former customer from Ohio": someone quoted as a customer or a patient.
        "customer client patient passenger investor voter shopper tenant victim "
        # Who cares for patients: "Oriel Fanshawe, a ward sister with 22 years on the wards,".
        "sister midwife paramedic carer pharmacist surgeon "
        # Who serves a charity or a school, as an honours list names them: "Ilse Varn, fundraiser, Tarnby Hospice".
        "fundraiser volunteer caretaker "
        # Who runs for office: "Ilse Varn, the candidate of the governing coalition,".
        "candidate nominee incumbent challenger contender frontrunner",
        Cue(ActorKind.person, 0.7),
    ),
}
# A station that broadcasts, by the word before its head: "WQRT, the radio station that ...", "Tarn One, a
# television station in the north," (a media outlet; a "police station" or a "railway station" is not).
BROADCAST_HEADS = word_set("station stations")
BROADCAST_MODIFIERS = word_set("radio television tv")
# A firm that carries goods or people, unless a vessel or a plane carries: "Riverbend Freight, a Madison-based
# carrier," (not "HMS Tarn, an aircraft carrier,").
CARRIER_HEADS = word_set("carrier")
VESSEL_MODIFIERS = word_set("aircraft helicopter escort troop")
# Wet and wild ground by its kind, the head of a description only when nothing follows it in lower case:
# "Fellwick Moss, a raised bog near the village," (not "Ilse Varn, a heath warden,").
LAND_APPOSITION_HEADS: dict[str, Cue] = _rows(
    "bog fen marsh moor moorland heath loch reservoir wetland "
    # "Korvath, the highest mountain in Tarnia," (not "Ilse Varn, a mountain guide,"): land and water by their shape
    "mountain peak volcano river lake valley glacier peninsula archipelago atoll islet bay strait",
    Cue(ActorKind.place, 0.65),
)
# The epithets rulers and saints are named by after "the": "Catherine the Great", "Pliny the Elder".
EPITHETS = word_set(
    "great younger elder bold conqueror terrible magnificent pious wise fair just confessor navigator lionheart "
    "unready bald fat lame simple baptist apostle evangelist martyr venerable lawgiver liberator "
    # saints' epithets that name their churches: "St Mary the Virgin, Ashwell", "St John the Divine"
    "virgin divine"
)
# A noun for a person right before a name set off by commas: "his Tajik counterpart, Emomali Varn,
# spoke", "her successor, Tomas Quell, said". (Titles there, "his deputy, ...", make a person already.)
PERSON_BEFORE_COMMA = word_set(
    "counterpart counterparts successor predecessor wife husband son daughter brother sister mother "
    "aide rival lawyer nephew cousin uncle widow "
    # "Aslef's regional organiser, Bronwen Tudge, said", "his neighbour, Prudence Aldwych, said".
    "father organiser organizer neighbour neighbor colleague friend grandson granddaughter "
    # Who serves a household or a shop: "Her butcher, Alwyn Tegg, trained at Smithfield".
    "butcher baker grocer greengrocer fishmonger cobbler blacksmith gardener housekeeper nanny carer "
    # Who is quoted or named in reports on a conflict: "one survivor, Idrissa Kanté, told", "the
    # paramount chief, Tchamba Oumarou-Dalil, signed".
    "survivor witness chief preacher cleric imam pastor "
    # Who keeps a water, a wood or a building for its owners: "Our water bailiff, Idris Pengelly, will check".
    "bailiff warden ranger gamekeeper keeper steward caretaker clerk"
)
# A firm's legal ending, which later mentions leave out: "Tarnby Skips Ltd", then "Tarnby Skips had been paid".
# (Americans end a firm with "Corp", "Co." or "Cos.": "Varnco Foods Co.", then "Varnco Foods".)
# (Also a free-zone firm in the Gulf, "FZE", "FZCO", "DMCC", a joint-stock company, "JSC", "PJSC", and the Nordic
# forms, "A/S", "ASA", "ApS", "Oyj".)
LEGAL_ENDINGS = word_set("ltd limited plc llc llp inc corp co cos gmbh fze fzco dmcc jsc pjsc ojsc a/s asa aps oyj")
# What a plant makes or burns, in lower case between its site's name and its head word: "the Tarnovany
# nuclear power station", "the Quell wind farm", "the Varnby sewage treatment works" (a place).
PLANT_MODIFIERS = word_set("nuclear power coal gas wind solar tidal hydroelectric hydro sewage treatment steel")
# Mines by what they yield, works by what they make: "the Tarnok iron ore mine", "the Varga hydropower project",
# "the Quell enrichment complex".
PLANT_MODIFIERS |= word_set("hydropower iron ore gold copper uranium lithium nickel cobalt bauxite diamond enrichment")
# A club's or an army's grounds for training, by its site: "at the club's Oakridge training ground".
PLANT_MODIFIERS |= word_set("training")
PLANT_HEADS = word_set("station plant farm works refinery smelter mine complex project ground grounds area")
# Endings of nouns for a person by the work done, before a name set off by commas: "the groundsman, Ewan
# Tarrow,", "their spokeswoman, Ilse Varn,", "the chairperson, Tomas Quell," (whatever the trade).
PERSON_NOUN_ENDINGS = ("sman", "swoman", "sperson")
# A noun for a body right before a name set off by commas or a bracket: "their party, Varnef (the
# Tremmin Patriots), was dissolved", "its armed wing, Quellat, fought on".
BODY_BEFORE_COMMA: dict[str, Cue] = {
    **_rows("party movement group coalition alliance bloc company firm", Cue(ActorKind.organization, 0.65)),
    # "The non-government organisation, Tarvos (Centre for Farm Studies), led it": a body by its own noun.
    **_rows("organisation organization", Cue(ActorKind.organization, 0.65)),
    # "The player's agency, Primeline Sports, confirmed": who acts for someone, a charity, a union.
    **_rows("agency charity union", Cue(ActorKind.organization, 0.65)),
    # "Its insurer, Hiscox, declined to comment": who insures, lends, supplies or owns it.
    **_rows("insurer lender supplier operator owner landlord publisher", Cue(ActorKind.organization, 0.65)),
    # "The haulier, Dunmore Freight, said": who carries, trades or brokers for it; "a regional distributor,
    # Quellmark,": who sells on or makes the goods.
    **_rows("haulier importer broker wholesaler distributor retailer manufacturer", Cue(ActorKind.organization, 0.65)),
    **_rows("militia faction wing", Cue(ActorKind.armed_force, 0.65)),
}
# Words that end an apposition without an article after its head: "Ilse Varn, health minister in the
# east, said", "Tomas Quell, deputy head of the council".
APPOSITION_HEAD_ENDS = word_set("of in for at to with ,")
# A post's last word after a title, in lower case: "Ilse Varn, chief executive of the trust, said".
POSTS_AFTER_A_TITLE = word_set("executive")
# A word before the head that makes a group an armed one: "a militant group", "an armed faction".
ARMED_MODIFIERS = word_set("militant jihadist armed rebel terrorist extremist insurgent paramilitary islamist")
# Standards of plugs and sockets, before "port", "cable" or "socket": "a USB-C port", "the Lightning port",
# "two Thunderbolt 4 ports" name a kind of connector, not a harbour or a maker.
CONNECTOR_STANDARDS = word_set("usb usb-c usb-a hdmi thunderbolt lightning ethernet displayport vga dvi sata magsafe")
CONNECTOR_NOUNS = word_set("port ports cable cables socket sockets connector connectors charger chargers")
# Capitals that name a thing, not an actor (a class, not names from any document): file formats,
# units of data, frequency and measure, time zones and times of day, the everyday terms of
# computing and publishing (keys of a keyboard, a PC's firmware, a forum's shorthand), a family doctor ("the
# town's last GP") and a hospital's wards and tests ("the ER",
# "two ICUs", "an MRI"), conditions ("PTSD"), charges written as letters ("a DUI crash", "charged with GBH"),
# people displaced in their own land ("IDP camps"), a police team's kind ("a SWAT team"), a pack's codes ("the UPC
# code") and kinds of weapons ("FPV drones", "MANPADS", "an IED", "MLRS", "ICBMs"), a war box's marks of the wounded
# and the killed ("Ilse Varn (WIA)") and the captured ("Tomas Quell (POW)"), a chart's indicators ("the RSI",
# "MACD"), kinds of car (`VEHICLE_KINDS`).
# Unless the text defines one ("Foo Bar Agency (FBA)"), it is no draft. (Not the function keys: "F1" is Formula
# One in the news far more often.)
TERM_ACRONYMS = word_set(
    """
    pdf png jpeg jpg gif svg tiff bmp webp heic mp3 mp4 wav flac avi mov mkv csv tsv json yaml yml toml xml
    html htm xhtml css js rtf doc docx xls xlsx ppt pptx odt ods zip tar gz rar exe dll apk iso txt ini
    kb mb gb tb pb kib mib gib tib kbps mbps gbps hz khz mhz ghz mph kph rpm fps dpi ppi kwh mwh
    kw mw gw gwh twh
    utc gmt pdt pst edt est cdt cst mdt mst bst cet cest eet eest aest aedt jst et pt am pm
    ist pkt myt wib pht npt fjt
    ast adt msk hkt sgt nzst nzdt awst acst
    api cli gui ui ux os ide repl sdk cpu gpu ram rom ssd hdd usb url uri http https ftp ssh ssl tls tcp udp
    dns vpn lan wan dom ascii utf null ci vm faq ok tv dvd lcd sms gps qr isbn issn doi pmid pmc xp irc
    ps nb eg ie etc aka fyi cctv dna atm hiv covid suv nft vat lgbt lgbtq var vip
    lgbt+ lgbtq+ lgbti lgbti+ lgbtqi lgbtqi+ lgbtqia lgbtqia+
    icymi tldr imo imho asap rsvp tbd tba
    hgv hgvs lgv lgvs psv
    rss
    idp idps
    xxs xs xl xxl xxxl
    ai gcse gcses
    gp
    er ers icu icus nicu mri ecg ekg ivf cpr
    ems emt emts
    dui dwi dwai owi oui ovi duii gbh abh asbo swat
    ptsd adhd ocd copd sids tbi
    upc sku ean
    uav uavs uas usv usvs ugv
    fpv manpads atgm atgms mlrs ied ieds vbied vbieds icbm icbms slbm irbm
    wia kia pow pows
    lng lpg cng
    eps gdp cpi ppi ipo etf esg roi ebitda yoy qoq ytd apr apy nav aum ucits sipp
    rsi macd
    arr mrr gmv arpu tpv nrr aov cagr kpi kpis psu psus
    npv irr capex opex aisc fid lom
    fpso fpsos flng
    xyz
    gst nbfc nbfcs
    gaap ifrs cgi
    fx fir firs
    oled amoled led hdr hdmi nfc lte ip iot saas id hr ott
    hd fhd uhd qhd wqhd vga wvga svga xga wxga
    ebit pmi
    esc ctrl ctr alt del bios uefi cmos nvram pxe sata bbs popup ac
    btw lol omg afaik iirc tbh
    eur usd gbp aud nzd cad chf jpy cny rmb inr rub sek nok dkk hkd sgd zar
    pkr bdt lkr npr myr idr php fjd pgk
    isk pln czk huf bgn uah byn kzt kgs tjs uzs tmt azn ils aed qar kwd bhd omr jod egp tnd dzd
    ngn kes ghs ugx tzs zmw etb xof xaf brl ars clp mxn krw twd thb vnd mnt
    rmg teu teus fob cif
    fir pil sho
    agm agms egm egms
    btc xbt eth usdt usdc xrp sol bnb ltc oi
    gdpr ccpa hipaa coppa ferpa tupe
    q&a r&d m&a p&l b&b
    ngo ngos ceo cfo coo cto mvp
    evp svp cmo
    imap smtp pop3 stem
    cbd
    ev evs phev phevs bev bevs hev hevs
    """
)
# Kinds of car by their drive, which a car maker's page writes in capitals ("the GMC Hummer EV", "two PHEVs"):
# terms (in `TERM_ACRONYMS`), and no sign of a page about computing.
VEHICLE_KINDS = word_set("ev evs phev phevs bev bevs hev hevs")
# Currencies' codes that a market's page glues into a pair ("EURUSD", "BTCUSDT"): the pair is a thing traded.
CURRENCY_CODES = word_set("usd eur gbp jpy chf aud cad nzd cny hkd sgd btc eth xrp sol bnb usdt usdc")
# The terms that make a page read as one about computing: a market's codes of coins and its "OI" do not.
# (nor do a start-up's or a market's measures: "ARR", "GMV", "CAGR", India's "PSU" lenders)
BUSINESS_MEASURES = word_set("arr mrr gmv arpu tpv nrr aov cagr kpi kpis psu psus")
# (nor do a screen's resolution, a firm's officers' letters or its accounts' measures: "FHD", "EVP", "EBIT")
_NOT_COMPUTING = word_set("hd fhd uhd qhd wqhd vga wvga svga xga wxga evp svp cmo ebit pmi")
COMPUTING_TERMS = (
    TERM_ACRONYMS - CURRENCY_CODES - word_set("xbt ltc oi") - VEHICLE_KINDS - BUSINESS_MEASURES - _NOT_COMPUTING
)
# Terms a trade writes out in capitals before their letters, which name no body: "Internal Rate of Return (IRR)",
# "Net Present Value (NPV)", "Floating Production Storage and Offloading (FPSO)", "Final Investment Decision (FID)"
# (other letters of `TERM_ACRONYMS` spell bodies as often: "Union for Peace in ... (UPC)", "European Training
# Foundation (ETF)").
# "First Information Report (FIR)": the complaint that opens every Indian police case.
TERMS_WRITTEN_IN_CAPITALS = word_set("npv irr capex opex aisc fid lom fpso fpsos flng ebitda fir firs")
# The trades an Arab firm is named for, after "for", as sanctions releases translate them: "Dar Al Varn for Travel &
# Tourism", "Al-Tarnib Company for General Trading", "Beit Quellan for Money Exchange".
TRADES_AFTER_FOR = word_set(
    "trading trade tourism travel exchange transfer contracting contractors services investment investments "
    "industries industry import export imports exports transport transportation shipping construction petroleum "
    "oil commerce engineering manufacturing marketing logistics"
)
# The classes of US terrorism sanctions, whose letters every designation release writes: "designated as a Foreign
# Terrorist Organization (FTO)", "Specially Designated Global Terrorists (SDGTs)", "the SDN List". A class or a list
# something is put in, no body, even where the page spells the letters out.
DESIGNATION_CLASSES = word_set("fto ftos sdgt sdgts sdn sdns")
# Words that end or open names of places and businesses, never a person's name ("Bellevue Hotel",
# "Hurlingham Park", "ABC Sports", "Rocket Pass"): a weak cue of a person (a comma and "who", a
# given name, a last word used alone) does not make a person of them.
NOT_PERSON_WORDS = word_set(
    """
    hotel hotels resort resorts spa park sports club casino restaurant bar cafe beach garden gardens hall
    street road avenue lane boulevard square central polo pass arena theatre theater cinema mall plaza
    tower towers league cup awards prize trophy festival games studio studios records lab labs
    hospital hospitals infirmary hospice clinic
    """
)
# Titles that are also adjectives in lower case ("a major outage", "the general manager", "a
# private beach"): only capitalised do they make the next name a person's.
ADJECTIVE_TITLES = word_set("major general private chief head senior first lead")
# In lower case, "prime" too: "prime Quellport properties" (capitalised, "Prime" is a title only before "Minister",
# and "the Prime Ministers" is no body).
ADJECTIVES_BEFORE_NAMES = ADJECTIVE_TITLES | word_set("prime")
# "Like Haskell, Rust...": a preposition opening a sentence, as much a function word as "unlike".
# Auxiliary verbs opening a question or a heading ("Are Alameda County schools safe?"); not "is"
# (IS, the Islamic State, in capitals), "may" or "will" (a month, a given name).
FUNCTION_WORDS = FUNCTION_WORDS | word_set(
    "like unlike are was were been being has have had does did would could should"
)

# -- Names of things, venues and outlets on real web pages (issue 15, `works.py`) --

# A noun in lower case right before a name says the name is a work or a product: "the game
# Starfall", "the HBO show Midnight Harbor", "the app Lumio", "the grape Zweigelt". (Not "the
# company X", "the band X": those name bodies.)
WORK_NOUNS_BEFORE = word_set(
    """
    game games videogame app apps software library framework plugin language browser engine
    film films movie movies documentary series show sitcom drama novel novels book memoir play opera musical
    album song podcast episode franchise sequel prequel expansion console phone smartphone laptop tablet
    grape grapes variety varieties cultivar vintage cuvée cuvee dish cocktail character
    """
)
# Head nouns of a description set after a work's name: "Paper Harbour, an animated short by Ilse
# Varn, won", "Ninefold, a documentary about fishermen" (not "library": "Varnley, a library in Tarn").
WORK_APPOSITION_HEADS = (WORK_NOUNS_BEFORE - word_set("library")) | word_set(
    # An artist's show by its kind: "Salt Ledger, her first solo exhibition,".
    "short thriller comedy feature exhibition retrospective installation "
    # A device by its kind: "the Quorva Halo, a mixed-reality headset that it says".
    "headset headsets handset smartwatch earbuds headphones "
    # A firm's offer to its customers: "Brightpoints, the grocer's loyalty scheme".
    "scheme"
)
# Words that end such a description right after its head noun.
WORK_APPOSITION_ENDS = word_set("by about from that which starring set in , .")
# Verbs with "as" before a role in a game or a film: "you play as Ysolde", "she stars as Ruth".
# An actor's verb before a character's given name: "Ruth Ellery plays Margaret", "who plays Eddie".
ROLE_VERBS = word_set("plays played playing portrays portrayed")
ROLE_PHRASES = frozenset((("play", "as"), ("plays", "as"), ("playing", "as"), ("played", "as"), ("stars", "as")))
# Verbs of using a tool right before a name with no cue of its own: "we used Axum", "install
# Quillstone", "written in Zorvlang", "switched to Tremmin".
TOOL_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "use",
        "uses",
        "used",
        "using",
        "install",
        "installed",
        "installing",
        "written in",
        "rewrote in",
        "rewritten in",
        "switched to",
        "switched from",
        "switching from",
        "upgraded from",
        "migrated to",
        "ported to",
        # A setting or a button in a device's menus: "tap Focus", "turn on Battery Saver", "click Export".
        "tap",
        "click",
        "toggle",
        "turn on",
        "turn off",
        "switch on",
        "switch off",
    )
)
# Where people post, stream or sell: the name after these is a platform, not an actor ("posted on
# Farcaster", "videos on TikTok", "streaming on Quaver"), and so is a second one after "and"/"or"
# ("posted on X and Farcaster").
PLATFORM_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "posted on",
        "posting on",
        "posts on",
        "post on",
        "wrote on",
        "tweeted on",
        "shared on",
        "videos on",
        "video on",
        "streaming on",
        "streamed on",
        "available on",
        "follow us on",
        "listen on",
    )
)
# A noun in lower case right after a name with no cue of its own: "the Lumio app", "the Ferrox
# framework", "Tokio runtime", "Riesling grapes". (A maker's name there, "the Netflix app", loses
# only that mention.)
PRODUCT_NOUNS_AFTER = word_set(
    """
    app apps software framework library libraries plugin plugins runtime compiler interpreter browser extension
    package crate module engine console handset smartphone laptop laptops tablet chip chips processor
    headset firmware franchise trilogy dlc mod playthrough walkthrough
    grape grapes variety varieties cultivar vintage vintages crude
    stablecoin stablecoins token tokens chatbot pickup sedan bucket buckets
    outsole outsoles midsole midsoles insole insoles membrane
    """
)
# Things for the home a maker names after itself, before their noun: "the Tallowick Classic kettle", "the Quellvac
# Aero vacuum" (the product, not the maker). Not counted among the words that make a page one about things: a
# review of one kettle names its maker and the shops that sell it as actors.
HOME_PRODUCT_NOUNS = word_set(
    "kettle kettles toaster toasters vacuum vacuums earbuds headphones smartwatch smartwatches"
)
# Weapons named by their system's name before a lower-case noun: "Iskander systems", "Patriot launchers",
# "Tarvel munitions" (the name is the weapon's, not a maker's to draft; not counted among the nouns that
# make a page one about things, as a chip maker's "systems" would).
WEAPON_NOUNS_AFTER = word_set("systems launchers interceptors munitions warheads")
# Food in a kitchen before which a capitalised word is its brand or variety, not a maker we draft:
# "Demerara sugar", "a pinch of Maldon salt", "100g Lurpak butter", "Bramley apples", and over one
# adjective of the food ("Carnation evaporated milk", "Cornish clotted cream").
PANTRY_NOUNS = word_set(
    """
    sugar salt butter flour apples apple milk cream custard cheese chocolate yoghurt yogurt honey jam marmalade
    mustard vinegar oats rice pasta potatoes tomatoes lemons pears plums cherries gravy ketchup mayonnaise
    pie pies pasty pasties cakes scones sausages biscuits fudge pudding puddings pancakes crumpets
    """
)
# Adjectives of food between its brand and its noun ("Carnation evaporated milk"): besides words in "-ed".
PANTRY_ADJECTIVES = word_set("caster icing plain double single sea brown dark white soft light extra virgin fresh")
# A dish's last word: a capitalised phrase ending with it names the dish, not an actor ("Dutch Apple
# Pie", "Victoria Sponge", "Sticky Toffee Pudding", "Lancashire Hotpot"). Not "Mess" ("the Officers' Mess").
DISH_HEADS = word_set(
    "pie tart cake crumble pudding puddings sponge hotpot stew soup casserole trifle pasty scones muffins brownies "
    "flapjack flapjacks roulade cheesecake traybake traybakes risotto lasagne curry chowder"
)
# A broker's rating of a share, which a few small towns are also called ("from Hold to Buy": Buy, Russia).
INVESTMENT_RATINGS = word_set("buy sell hold outperform underperform overweight underweight accumulate")
# A site's own tool, by its name's last word: "our Fund Finder", "ISA Calculator", "Currency Converter".
TOOL_HEADS = word_set("finder calculator calculators tracker converter checker planner comparator")
# A fund's asset class as its name's last word, before "fund": "the Fundsmith Equity fund", "a Global
# Income fund": the fund is a product its manager sells, not an actor.
FUND_CLASS_WORDS = word_set(
    "equity equities income growth bond bonds gilt gilts tracker index allocation opportunities value dividend"
)
FUND_NOUNS = word_set("fund funds etf etfs")
# Made things named by a model's number or a kind's adjective before their noun: "an Ariane 6
# rocket", "its new Kaizen Aero electric car", "the Aquaboil 2 kettle", "the electric Orland Volta".
MADE_THING_NOUNS = word_set(
    """
    car cars suv suvs truck trucks van vans pickup pickups motorbike motorbikes scooter scooters bike bikes
    jet jets airliner airliners rocket rockets launcher satellite satellites drone drones tractor tractors
    plane planes turboprop turboprops helicopter helicopters lorry lorries
    kettle kettles phone phones handset handsets vehicle vehicles locomotive locomotives chip chips processor
    tank tanks aircraft howitzer howitzers
    """
)
MADE_THING_ADJECTIVES = word_set("electric hybrid diesel petrol plug-in wireless cordless foldable reusable")
# What a weapon's noun may follow: "M7 Tarvel fighting vehicles", "Q4 Varn armoured vehicles".
WEAPON_NOUN_OPENERS = word_set("fighting armoured armored")
# Measures of produce or drink before "of" and a name: "her crop of Maris Piper", "a glass of Zweigelt"; and of a
# substance by its weight or volume: "8 kg of TNT", "20 litres of Jet A-1".
QUANTITY_OF_NOUNS = word_set(
    """
    crop crops harvest harvests glass glasses bottle bottles pint pints cup cups dram drams bag bags sack sacks
    kg kilograms kilogrammes grams grammes lb lbs litres liters
    tin tins can cans jar jars packet packets carton cartons slice slices bowl bowls tonnes tons kilos
    """
)
# A price that moved, after a name with no cue: "Hong Kong's Hang Seng fell 1.2 percent", "Ether
# gained 2.1%": an index or a coin, not an actor ("shares in Tillmart fell 3%" keeps Tillmart).
PRICE_MOVE_VERBS = word_set(
    """
    rose rises fell falls gained gains lost loses slipped slips slid dropped drops climbed climbs jumped jumps
    edged eased dipped sank soared surged tumbled rallied advanced declined added
    """
)
# Endings of one-word names of companies and banks ("Bundesbank", "Rabobank", "Microsoft",
# "Medcorp"): an organisation when nothing else says what the name is.
ORG_WORD_ENDINGS = ("bank", "soft", "corp")
# Things markets trade, before "known as" and their name: "two-year bonds, known as Schatz".
INSTRUMENT_NOUNS = word_set(
    "bond bonds note notes bill bills gilt gilts security securities future futures option options contract contracts "
    "derivative derivatives swap swaps coin coins"
)
# Made goods and money before "from" and a name: the name is their maker or giver, not a place
# ("chips from Nvidia", "orders from Boeing", "funding from Sequoia"). Not produce, crude or people
# ("grapes from Douro", "refugees from Varnak"), whose "from" says where.
# A maker's trade as the last word of its name, which a place's name may end with too ("Evenlode Mill",
# "Tarn Dairy"): the maker's, after food or drink "from" it ("flour from Evenlode Mill").
MAKER_HEADS = word_set("mill mills dairy creamery brewery distillery roastery bakery vineyard cidery smokehouse")
FOOD_BEFORE_FROM = word_set(
    "beer beers ale ales cider wine wines coffee tea flour bread cheese cheeses milk cream butter yoghurt meat beef "
    "lamb pork sausages honey eggs fish gin whisky vodka chocolate"
)
GOODS_BEFORE_FROM = word_set(
    """
    chip chips processor processors component components parts server servers handsets software licence licences
    license licenses order orders funding backing investment investments loan loans grant grants
    radar radars sonar sonars sensor sensors engine engines turbine turbines avionics
    transaction transactions payment payments statement statements feed feeds
    borrowed borrowing borrow borrows
    rival rivals competitor competitors model models device devices laptops phones
    robot robots truck trucks battery batteries drone drones tablet tablets
    technology technologies equipment kit
    """
)
# Verbs of buying a few words before "from": "ordered 105 tanks from Krauss-Maffei Wegmann", "bought jets from X":
# what is bought comes from its maker or seller (sent or flown "from" a place is another matter).
BUYING_VERBS = word_set("ordered bought purchased procured acquired orders buys buying purchasing procuring")
# ... and of leasing: "would lease six jets from Azorvia", "leased two ships from Tarnmar" (a lessor).
BUYING_VERBS |= word_set("lease leases leased leasing")
# A service bought or given before "through" and a one-word name: "two years of credit monitoring through
# Varnex", "loans offered through Tarnbank": the firm that provides it ("sold through" is a `PHRASE_BEFORE`).
SERVICE_BEFORE_THROUGH = word_set(
    "monitoring insurance cover coverage tickets booked bought offered available financed distributed "
    "processed issued arranged brokered"
)
# A move of play before "from" and a player: "a header from X", "a late goal from X" (not a place).
PLAY_BEFORE_FROM = word_set(
    "header headers goal goals shot shots strike strikes volley cross crosses pass passes penalty save saves "
    "tackle finish try tries catch assist free-kick corner effort chance"
)
# A side's scoring verb before "through" and a player: "equalised through X", "scored twice through X" (the
# scorer, not a place the side went through).
SCORED_BEFORE_THROUGH = word_set("equalised equalized scored levelled leveled replied led struck")
# A nation's part, not a body: "Southern England", "Great Britain", "New England", "Northern Ireland".
NATION_PART_WORDS = word_set(
    "north south east west central middle new northern southern eastern western greater great little old modern "
    "rural urban inner outer upper lower merrie medieval deep all rest whole of the"
)
NATIONS_OF_THE_UK = word_set("england scotland wales ireland britain")
# A trail walked from end to end: "the Thames Path", "the Brackmoor Trail"; a way over mountains: "the Bolan
# Pass" (not "Season Pass", "Rocket Pass 4": a ticket).
TRAIL_HEADS = word_set("path trail pass")
# Phrases before the title of a show, a film or a game: "the first season of Ashfall", "an episode of X".
WORK_PHRASES_BEFORE = frozenset(
    tuple(phrase.split())
    for phrase in (
        "season of",
        "seasons of",
        "episode of",
        "episodes of",
        "cast of",
        "finale of",
        "premiere of",
        "sequel to",
        "remake of",
        "adaptation of",
        "trailer for",
        # A book by who wrote it: "the author of Gridiron Belles", "co-author of Quiet Harbours".
        "author of",
        "authors of",
        "co-author of",
        "co-authors of",
        "translator of",
        "illustrator of",
    )
)
# The last word of a product's model name: "Veyra Pro", "MacBook Air", "X7 Max", "Galaxy Ultra", "Tor Browser".
MODEL_SUFFIXES = word_set("pro max air ultra plus mini lite se os browser")
# Nouns after a name that make it an idea named after someone (or a place): "Bayes factors",
# "the Kullback–Leibler divergence", "the Hellings–Downs curve", "a Monte Carlo method", a fraud or a
# measure of finance ("a $38 million Ponzi scheme", "the fund's Sharpe ratio").
CONCEPT_NOUNS = word_set(
    """
    divergence theorem theorems lemma conjecture equation equations inequality algorithm algorithms distribution
    curve effect paradox constant transform transformation criterion coefficient estimator integral method
    methods simulation simulations sampling factor factors kernel operator matrix norm metric
    hypothesis principle syndrome disease test statistic filter
    scheme schemes ratio ratios
    """
)
# The words right before a news outlet: "told Politico", "writing for the Capitol Ledger", "the blog X";
# a channel a match or a show is on: "live coverage on Tarn Sport", "televised on Channel Quell".
OUTLET_BEFORE: dict[tuple[str, ...], Cue] = _phrases(
    """told, told the, writing for, writes for, wrote for, write for, writing for the, writes for the, wrote for
    the, columnist for, columnist at, reporter for, reporter at, correspondent for, editor at, editor of,
    interview with, blog, the blog, newspaper, the newspaper, tabloid, the tabloid, website, the website,
    magazine, the magazine, journal, the journal, outlet, the outlet, broadcaster, the broadcaster, broadcaster for,
    anchor for, presenter for, host for, contributor to, contributor for,
    coverage on, broadcast on, broadcast live on, shown live on, aired on, televised on,
    channel, the channel, telegram channel, the telegram channel, youtube channel, the youtube channel""",
    Cue(ActorKind.media, 0.6),
) | _phrases(
    # An outlet the state runs, by its noun: "on state broadcaster Tele Sahel", "public broadcaster RTQ" (a
    # state's or the public's broadcaster is no person's trade).
    """state broadcaster, public broadcaster, national broadcaster, state television, state tv, state radio,
    state news agency, state owned broadcaster""",
    Cue(ActorKind.media, 0.7),
)
# An outlet's noun right before its letters: "the broadcaster RUV", "the newspaper TNB", a network's "affiliate
# KQVR" (not "told the FBI": letters after "told" are any body's).
OUTLET_NOUNS_BEFORE_LETTERS: dict[tuple[str, ...], Cue] = _phrases(
    """broadcaster, the broadcaster, public broadcaster, the public broadcaster, newspaper, the newspaper,
    tabloid, the tabloid, channel, the channel, news agency, the news agency, radio station, the radio station,
    affiliate, the affiliate, its affiliate, station, the station, tv station, the tv station""",
    Cue(ActorKind.media, 0.6),
)
# An outlet's noun in lower case right after its name, which follows no person's or other body's name: "the
# Tasnim news agency", "IRNA news agency", "the Kommersant daily" (not "television" or "radio" alone: "the
# Ilse Varn television interview").
OUTLET_NOUNS_AFTER: dict[tuple[str, ...], Cue] = _phrases(
    """news agency, newspaper, daily, broadcaster, tabloid, news website, news site, news outlet, news channel,
    tv channel, tv station, television channel, television station, radio station, channel,
    media network, news network, television network, tv network, satellite channel""",
    Cue(ActorKind.media, 0.7),
)
# ("the Saudi-owned Al Varnabiya media network", "the Quellstan news network": a broadcaster by its network.)
# The words right after a news outlet: "Bloomberg reported", "the Turf Show Times blog" (its nouns as an outlet:
# `OUTLET_NOUNS_AFTER`).
OUTLET_AFTER: dict[tuple[str, ...], Cue] = _phrases(
    "reported, reports, first reported, has reported, blog, newsletter, podcast, website, reporter",
    Cue(ActorKind.media, 0.6),
)
# Words of games that news seldom uses: a page with three of them (a game's noun counting as one) is
# about a game, whose places and people are the game's.
GAME_WORDS = word_set(
    """
    quest quests questline gameplay npc npcs boss bosses dungeon dungeons multiplayer singleplayer rpg
    playthrough dlc mod mods spell spells loot crafting permadeath respawn gamer gamers
    wishlist wishlists wishlisted cutscene cutscenes
    """
)
# Words of play and of wine: with the nouns of works and products above, a page that uses several
# of them in lower case is about things (a review, release notes, a tasting), not about actors.
THING_PAGE_WORDS = (
    WORK_NOUNS_BEFORE
    | PRODUCT_NOUNS_AFTER
    | word_set(
        """
        quest quests gameplay npc npcs boss bosses dungeon dungeons multiplayer rpg gamer gamers player players
        level levels mod mods wine wines winery wineries vineyard vineyards winemaker winemakers cellar tasting
        terroir varietal bottle bottles palate tannins release update edition expansion
        songs albums lyrics lyric synths synth riff riffs chorus choruses tracklist
        """
    )
)

# The press office that signs a release on a line of its own at its end: "U.S. Central Command Public
# Affairs", "NAVCENT Media Operations". The line reads as a heading, but it is a body's whole name.
OFFICE_SIGNATURE_ENDS = (
    "Public Affairs",
    "Public Affairs Office",
    "Media Operations",
    "Press Office",
    # "Combined Task Force Varn Media Relations": the office that signs a release
    "Media Relations",
    "Media Relations Office",
    # "Joint Task Force Varn Communication Integration": a command's press desk under its newer name
    "Communication Integration",
)
# A press office named alone on a line of a statement's header: "Office of the Spokesperson".
OFFICE_SIGNATURE_LINES = ("Office of the Spokesperson", "Office of the Press Secretary")


# A state's office written after the state's name, capitalised: "the US Treasury".
STATE_OFFICES_AFTER_ITS_NAME = frozenset(("Treasury",))


# Crowns whose possessive opens a body's or a building's name: "King's College Hospital", "Queen's University".
CROWN_POSSESSORS = word_set("king queen prince princess sultan emir amir shah")


# What an actor does right after its name: speaks, acts in the past, or will or may act ("Lavrov told",
# "the WHO said", "officials said Tavadze would fly").
ACTS_AFTER_A_NAME = word_set(
    "said says told added warned wrote met signed spoke urged called announced denied insisted accused declared "
    "will would could can may might must should has had is was"
)
