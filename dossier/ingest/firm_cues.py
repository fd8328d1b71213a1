"""What marks a name as a firm's: its trade's word, what it owns or makes, a known firm's arms and products, its
possessive.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument, brand_cased_firm, cased, head_written_after
from dossier.ingest.and_in_names import inn_of_two_words
from dossier.ingest.common_words import is_common_word, zipf
from dossier.ingest.context_cues import context_cue, job_noun_before, person_noun_before
from dossier.ingest.cues import (
    BACKING_PHRASES,
    COMPANY_HEADS,
    EVERYDAY_SOFTWARE_WORDS,
    FIRM_ARM_WORDS,
    FIRM_DEEDS,
    FIRM_OWNED_NOUNS,
    FIRM_SERVICE,
    FIRM_SERVICE_NOUNS,
    FOOD_BEFORE_FROM,
    FUNCTION_WORDS,
    FUNDERS_OPENING,
    GOODS_BEFORE_FROM,
    HIRE_BEFORE_IN,
    KNOWN_BODIES,
    KNOWN_FIRMS,
    KNOWN_GROUPS,
    LEGAL_ENDINGS,
    MADE_THING_NOUNS,
    MAKER_HEADS,
    MEMBERSHIP_PHRASES,
    MODEL_SUFFIXES,
    NAME_GLUE,
    NAME_WORD,
    PARTY_DEEDS,
    PEOPLE_NOUNS,
    PHRASE_AFTER,
    PHRASE_BEFORE,
    PLACE_PREPOSITIONS,
    PLANT_HEADS,
    PLANT_MODIFIERS,
    PRODUCT_NOUNS_AFTER,
    RIVALS_OPENING,
    SERVICE_BEFORE_THROUGH,
    SHOP_OWNED_NOUNS,
    SOFTWARE_WORDS,
    TRADE_GERUNDS,
    WEAPON_NOUNS_AFTER,
)
from dossier.ingest.firm_sales import about_software
from dossier.ingest.formal_bodies import RARE_OPENER
from dossier.ingest.gazetteer import Gazetteer, gazetteer
from dossier.ingest.listed_firms import coined_firm_name, is_listed_firm
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import WORD_ALONE, has_cue, is_title
from dossier.ingest.names import fold_phrase, is_given_name, is_surname, word_set
from dossier.ingest.page_noise import is_camel_case
from dossier.ingest.platforms import PLATFORMS
from dossier.model import ActorKind

# Words of carriers that name a fast service "Express": shipping lines, parcel firms, trains and coaches.
_CARRIER_WORDS = word_set(
    "ocean network freight parcel parcels cargo courier logistics shipping line lines rail coach coaches air airways"
)


def carriers_word(words: tuple[str, ...]) -> bool:
    return any(word in _CARRIER_WORDS for word in words[:-1])


_PERSONS_OWN = word_set("his her")


def firm_after_rival(doc: ActorDocument, position: int, word: str) -> bool:
    """'rival Quellbolaget', 'Rivals Dorriquay and ...': one word that is no person's name after "rival" or
    "competitor", off a sports page (a race's or a match's rivals are people and clubs); or after those who put
    money in, in lower case ("existing investors Omnivore and ...")."""
    if position < 1 or doc.sports:
        return False
    before = doc.tokens[position - 1]
    if before.folded not in RIVALS_OPENING and not (before.folded in FUNDERS_OPENING and before.text.islower()):
        return False
    if not doc.tokens[position - 1].joined or is_given_name(word) or is_surname(word):
        return False
    if position >= 2 and doc.tokens[position - 2].folded in _PERSONS_OWN:
        return False  # "his rival Quellmore won the seat": a person's rival is a person
    return doc.gazetteer.lookup((word,)) is None and zipf(word) < WORD_ALONE


# The lower-case nouns between a firm's name and the name of the firm that owns it: "P&O Cruises owner Carnival",
# "British Airways parent IAG", "Primark owner ABF".
_OWNER_NOUNS = word_set("owner owners parent")


def owner_of_a_named_firm(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'P&O Cruises owner Carnival', 'Tarnby Airways parent Quellhold': a name right after a named firm's "owner" or
    "parent" in lower case is the firm that owns it, when it opens with no given name ("Primark owner George
    Weston" is a man) and is no place the gazetteer knows."""
    tokens = doc.tokens
    if position < 2 or last - position > 2 or doc.sports:
        return False
    noun, firm = tokens[position - 1], tokens[position - 2]
    if noun.folded not in _OWNER_NOUNS or not noun.text.islower() or not noun.joined or not firm.joined:
        return False
    if not cased(firm) or firm.folded in FUNCTION_WORDS:
        return False
    if is_given_name(words[0]) or doc.gazetteer.lookup(words) is not None:
        return False
    return all(tokens[k].text[:1].isupper() for k in range(position, last + 1))


def plant_after(doc: ActorDocument, last: int) -> str | None:
    """'nuclear power station', 'wind farm': what a plant makes or uses (`PLANT_MODIFIERS`, in lower
    case), then the plant's head word, right after the name."""
    tokens = doc.tokens
    for k in range(last + 1, min(len(tokens), last + 4)):
        if not tokens[k - 1].joined or not tokens[k].text.islower():
            return None
        if tokens[k].folded in PLANT_HEADS and k > last + 1:
            return doc.text[tokens[last + 1].start : tokens[k].end]
        if tokens[k].folded not in PLANT_MODIFIERS:
            return None
    return None


# A power plant's units, numbered after the site's name: "the Tarnvik 3 reactor", "the Quell 2 unit".
_NUMBERED_UNITS = word_set("reactor reactors unit units")


def numbered_unit_after(doc: ActorDocument, last: int) -> bool:
    """A number, then a reactor or a unit in lower case, right after the name ending at `last`."""
    tokens = doc.tokens
    return (
        last + 2 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text.isdigit()
        and tokens[last + 1].joined
        and tokens[last + 2].text in _NUMBERED_UNITS
    )


# What only a party to a deal does, after its name (maybe over "has" or "will"): "QuellAir has signed for 30 jets".
_DEAL_VERBS = word_set("signed sign placed ordered order leased lease agreed hired acquired acquire")
# A body's acts that no product does either: "KiwiRail has asked for the bank to be raised".
_DEAL_VERBS |= word_set("asked applied announced")
_AUXILIARIES = word_set("has have had will would")


def deal_after(doc: ActorDocument, last: int) -> bool:
    """A verb of a deal right after the name, or after "has", "had" or "will": a firm's act ("signed",
    "ordered", "leased"), which no product does."""
    tokens = doc.tokens
    k = last + 1
    if k < len(tokens) and tokens[k].text in _AUXILIARIES and tokens[k - 1].joined:
        k += 1
    return k < len(tokens) and tokens[k - 1].joined and tokens[k].text in _DEAL_VERBS


def opens_a_firms_name(doc: ActorDocument, position: int) -> bool:
    """Whether the word at `position` also opens a firm's name in the text: the same word, then up to
    three capitalised words ending on a company's head word or a legal form ("Halden Therapeutics",
    "Meridian Audit Partners", "Trafalgar Metals & Minerals AG")."""
    if doc.firm_name_starts is None:
        # Read once per document (not once per name: a long page has thousands of names to ask about)
        starts: dict[str, list[int]] = {}
        for k, token in enumerate(doc.tokens):
            if _firm_words_after(doc.tokens, k):
                starts.setdefault(token.folded, []).append(k)
        doc.firm_name_starts = starts
    return any(k != position for k in doc.firm_name_starts.get(doc.tokens[position].folded, ()))


def _firm_words_after(tokens: list[Token], k: int) -> bool:
    for j in range(k + 1, min(k + 4, len(tokens))):
        if not tokens[j].text[:1].isupper():
            return False
        if tokens[j].folded in COMPANY_HEADS or tokens[j].folded in LEGAL_ENDINGS:
            return True
    return False


_GERUND_FIRM_ZIPF = 3.5  # Zipf: a word this rare before a trade's gerund names the firm ("Pryce Planning")


_COMMON_SURNAME_WORD = 4.0  # Zipf: a family name this common as a word ("Urban") is read as the word
# ...but a name that is a given name and a family name, less common than this as a word, is the founder's: "Graham
# Construction", "Morgan Engineering", "Gordon Travel" ("Urban Planning" stays a heading).
_FOUNDERS_NAME_WORD = 4.5


def _founders_name(word: str) -> bool:
    return is_given_name(word) and is_surname(word) and zipf(word) < _FOUNDERS_NAME_WORD


def inn_at(doc: ActorDocument, position: int, last: int) -> bool:
    """'at the Plough and Harrow', 'the Fox and Bellows pub': the run is an inn's name of two things."""
    uncovered = [False] * len(doc.tokens)
    return inn_of_two_words(doc.text, doc.tokens, position, position, uncovered, doc.gazetteer) == last


# Trades' plurals that make a heading with one common word only: "Upcoming Events", "Medical Supplies", "Public
# Works", "Yacht Charters".
_HEADINGS_OF_TWO_WORDS = frozenset(("events", "supplies", "charters", "works"))


def trade_gerund_heading(words: tuple[str, ...]) -> bool:
    """'Urban Planning', 'Town Planning': common words and a trade's gerund, no firm (`cues.TRADE_GERUNDS`)."""
    # The head ends the name or comes before "of" ("Farm Shop of the Year": an award's name).
    head = next((k for k, word in enumerate(words) if word == "of"), len(words)) - 1
    if head < 1 or words[head] not in TRADE_GERUNDS or any(word in NAME_GLUE for word in words[:head]):
        return False
    if head >= 2 and words[head] in _HEADINGS_OF_TWO_WORDS:
        return False  # "Vineyard Coast Events", "Sound Dive Charters": a firm of three words ("Upcoming Events": two)
    if words[head] == "brothers" and any(is_given_name(word) or is_surname(word) for word in words[:head]):
        return False  # "Cory Brothers", "Warner Brothers": a family's name before its brothers ("Blood Brothers": none)
    return all(
        zipf(word) >= _GERUND_FIRM_ZIPF and not (is_surname(word) and zipf(word) < _COMMON_SURNAME_WORD)
        for word in words[:head]
    ) and not (head == 1 and _founders_name(words[0]))


# A comma, then a noun of a firm describing the name before it: "Coming Soon Bridal Shop, a business they built".
_FIRM_APPOSED = re.compile(
    r", (?:a|an|the|their|his|her|its) (?:[a-z-]+ ){0,2}?(?:business|firm|company|shop|store|chain|bakery|restaurant)\b"
)


def firm_apposed_after(doc: ActorDocument, last: int) -> bool:
    """'Coming Attractions Bridal Shop, a business they cultivated': common words, but described as a firm."""
    return _FIRM_APPOSED.match(doc.text, doc.tokens[last].end) is not None


# A firm's noun, then its name set between dashes: "she launched a new company -- Jo Varn -- which sells candles".
_FIRM_NOUN_BEFORE_DASH = re.compile(r"\b(?:company|firm|business|brand|label|start-?up|venture|chain) (?:--|—|–) $")
_DASH_AFTER = re.compile(r" (?:--|—|–) ")


def firm_between_dashes(doc: ActorDocument, position: int, last: int) -> bool:
    """'a new company -- Jo Varn -- which': a firm's noun, a dash, the name, a dash: the firm's name, whatever it
    looks like (a given name first)."""
    tokens, text = doc.tokens, doc.text
    start = tokens[position].start
    return bool(_FIRM_NOUN_BEFORE_DASH.search(text, max(0, start - 20), start)) and bool(
        _DASH_AFTER.match(text, tokens[last].end)
    )


def food_from_maker(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'flour from Evenlode Mill', 'beer from Windrush Ales': food or drink comes from a maker whose name
    ends in its trade, not from a place of that name."""
    if len(words) < 2 or position < 2 or doc.tokens[position - 1].folded != "from":
        return False
    goods = doc.tokens[position - 2]
    trade = words[-1] in MAKER_HEADS or COMPANY_HEADS.get(words[-1]) is not None
    return trade and goods.text.islower() and goods.folded in FOOD_BEFORE_FROM and doc.gazetteer.lookup(words) is None


# An inner capital after two lower-case letters: "MediaTek", "VeltraMax" (not "McAllister", "DeVries").
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]+")


def brand_casing(word: str) -> bool:
    return is_camel_case(word) and _INNER_CAPITAL.fullmatch(word) is not None


# ("saw its shares rise": a firm's shares move, and "its" is never a person's; "Red Hat saw its shares rise 4%")
_FIRM_REPORTS = word_set("said says reported reports announced posted saw sees")


_BEFORE_OWNED = word_set("new latest own annual former")


_SHOP_VISITORS = word_set("shoppers customers")


# A bank or a broker revising its call: "raised its Brent forecast", "cut its price target" (a person has no
# "its"; a town or a state does not forecast oil prices).
_REVISES = word_set("raised raises lifted lifts cut cuts lowered lowers trimmed trims upgraded downgraded")


_FORECAST_NOUNS = word_set(
    "forecast forecasts target targets guidance outlook estimate estimates rating ratings recommendation"
)


def firm_by_what_it_owns(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> str | None:
    """A name a firm's cue governs, even one that looks like a person's or a town's: its possessive or
    "said its" before what only a firm has ("X's new headphones", "X said its profits"), its shops
    after a person-like name ("X Y's stores"), or "shoppers at" before it. Not a state, and not a place
    the gazetteer knows by this very spelling ("London's shops")."""
    tokens, text = doc.tokens, doc.text
    how = None
    k = last + 1
    if k < len(tokens) and text[tokens[last].end : tokens[k].start] in ("'s ", "’s "):
        k += 1 if tokens[k].folded in _BEFORE_OWNED and k + 1 < len(tokens) else 0
        if k + 2 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] == "-" and tokens[k + 1].text.islower():
            k += 2  # "X's Dubai-registered subsidiary", "X's wholly-owned subsidiary"
        if tokens[k].folded in FIRM_OWNED_NOUNS or (
            tokens[k].folded in SHOP_OWNED_NOUNS and len(words) >= 2 and is_given_name(words[0])
        ):
            how = f"'{tokens[k].text}' after its possessive"
    elif k + 2 < len(tokens) and tokens[k].folded in _FIRM_REPORTS and tokens[k + 1].folded == "its":
        k += 2
        k += 1 if tokens[k].folded in _BEFORE_OWNED and k + 1 < len(tokens) else 0
        if tokens[k].folded in FIRM_OWNED_NOUNS or tokens[k].folded in ("sales", "stores", "shops", "shares", "stock"):
            how = f"'{tokens[last + 1].text} its {tokens[k].text}'"
    verb = last + 1
    if how is None and verb + 2 < len(tokens) and tokens[verb].folded in _REVISES and tokens[verb + 1].folded == "its":
        # "Harrow Keane raised its Brent forecast", "cut its price target": a bank's or broker's call
        ahead = [tokens[j] for j in range(verb + 2, min(len(tokens), verb + 5))]
        noun = next((t for t in ahead if t.folded in _FORECAST_NOUNS), None)
        if noun is not None and all(t.joined for t in ahead[: ahead.index(noun)]):
            how = f"'{tokens[verb].text} its ... {noun.text}'"
    if (
        how is None
        and position >= 2
        and tokens[position - 1].folded == "at"
        and tokens[position - 2].folded in _SHOP_VISITORS
    ):
        how = f"after '{tokens[position - 2].text} {tokens[position - 1].text}'"
    if how is None:
        return None
    place = doc.gazetteer.lookup(words)
    if place is not None and (place.kind == "state" or fold_phrase(place.name) == words):
        return None
    return how


def trade_named(doc: ActorDocument, position: int, last: int) -> bool:
    """'the broker Fenchurch Row', 'retailer Mill Lane': a firm's trade noun right before the name."""
    context = context_cue(doc, position, last)
    return context is not None and context[0].kind is ActorKind.organization and context[1].startswith("after")


# Nouns of bodies that no one person is ("the security firm Ardent Lattice said"); not the trades one
# person may ply ("the promoter Tomas Quell", "the developer Ilse Varn", "the broker ...").
BODY_NOUNS_BEFORE_A_LONGER_NAME = word_set(
    "firm company chain group bank lender insurer retailer supermarket airline carmaker automaker chipmaker "
    "brewery distillery consultancy conglomerate startup fintech union charity band label giant housebuilder "
    "wholesaler utility marketplace thinktank brokerage militia collective duo trio "
    # "alongside the contractor Morgan Sindall", "the haulier Eddie Stobart": a firm that works for others, named
    # like a person (a family name last still makes one: "the contractor John Smith")
    "contractor haulier biotech"
)
_ARTICLES = word_set("the a an")
_ARMED_BODY_NOUNS = word_set("militia")
# Nouns that are adjectives too: a body's only after a trade's word ("the tech giant Quellmark"); right after the
# article they say how big the thing is ("the giant West Tarnic Ice Sheet").
_NOUNS_ALSO_ADJECTIVES = word_set("giant")


# What a founder or a head does to a body, after the name in "the company Ilse Varn founded".
_FOUNDERS_VERBS = word_set("runs ran owns leads heads set built started sold bought")


def _founders_verb(token: Token) -> bool:
    return token.text.islower() and (token.folded in _FOUNDERS_VERBS or token.folded.endswith("ed"))


def body_by_its_noun_before(doc: ActorDocument, position: int, last: int) -> ActorKind | None:
    """'the shipping company Safar Darya', 'the militia Dan Na Kessou': after an article (and a trade's word), a
    body's noun in lower case names the body after it, whatever its words look like (a given name first, a river's
    word last). Not a family name last: "the company Ilse Varn founded" names its founder."""
    tokens = doc.tokens
    size = last - position + 1
    if not 2 <= size <= 4 or position < 2:
        return None
    noun = tokens[position - 1]
    if noun.folded not in BODY_NOUNS_BEFORE_A_LONGER_NAME or not noun.text.islower() or not noun.joined:
        return None
    opener = tokens[position - 2]
    if opener.folded in _ARTICLES and noun.folded in _NOUNS_ALSO_ADJECTIVES:
        return None
    if opener.folded not in _ARTICLES:
        trade = opener
        # (or its town: "the Glasgow collective Warp and Weft")
        town = trade.capitalised and doc.gazetteer.lookup((trade.folded,)) is not None
        if not (
            (trade.text.islower() or town)
            and trade.joined
            and position >= 3
            and tokens[position - 3].folded in _ARTICLES
        ):
            return None  # "the shipping company": one trade's word between the article and the noun
        if not tokens[position - 3].joined:
            return None
    words = [tokens[k] for k in range(position, last + 1)]
    if not all(word.capitalised or (0 < k < size - 1 and word.folded == "and") for k, word in enumerate(words)):
        return None
    if is_title(words[0].folded):
        return None  # "the company Chairman Ilse Varn": a post and its holder
    if is_surname(words[-1].folded) or words[-1].folded in doc.lower_case:
        return None
    following = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if is_given_name(words[0].folded) and following is not None and _founders_verb(following):
        return None  # "the company Ilse Varn founded", "the militia Dan Orrel leads": its founder or leader
    return ActorKind.armed_force if noun.folded in _ARMED_BODY_NOUNS else ActorKind.organization


def trade_before(doc: ActorDocument, position: int, last: int) -> bool:
    """'chain Brambleby', 'Dockworkers' union Unite': a body's noun right before a one-word name."""
    context = context_cue(doc, position, last)
    return (
        context is not None
        and context[0].kind is ActorKind.organization
        and position > 0
        and (doc.tokens[position - 1].folded,) in PHRASE_BEFORE
    )


def firm_possession(doc: ActorDocument, words: tuple[str, ...], last: int) -> str | None:
    """ "Tarvolex's chief executive", "Quellmoor's shareholders": a rare name's possessive before what only a firm
    has (no one's given or family name: "Lee's shares" may be hers). Returns what it has, or None."""
    if any(w in doc.lower_case or zipf(w) >= WORD_ALONE or is_given_name(w) or is_surname(w) for w in words):
        return None
    match = _FIRM_POSSESSION.match(doc.text, doc.tokens[last].end)
    return match["owned"] if match is not None else None


# What only a firm has, after its name's possessive (and a body's board and its employees: "Dravik's board
# approved the deal", "Vennaro's employees will strike", "Halvex's chairman"; a person or a town has neither).
_FIRM_POSSESSION = re.compile(
    r"['’]s (?P<owned>chief executive|chief financial officer|finance chief|shareholders|share price|market value"
    r"|shares|stock|board|employees|workforce|chairman|chairwoman|ceo)\b"
)


# What only a firm does, right after its name (or after "will", "has", "had"): "Keldrin cut 200 jobs", "Morvane will
# close 40 stores", "Brastow posted a loss of £3m", "Tarnwell employs 300 people".
_FIRM_DEED_AFTER = re.compile(
    r" (?:(?:will|has|have|had|is to|plans to) )?"
    r"(?:(?:cut|cuts|axed|axes|shed|sheds|slash|slashed|slashes) (?:about |around |some |more than )?[\d,]+ jobs"
    r"|(?:close|closes|closed|shut|shuts) (?:about |around |some |more than )?[\d,]+ "
    r"(?:stores|shops|branches|outlets|plants|factories|restaurants)"
    r"|(?:posted|posts|reported|reports|made|makes) an? (?:(?:pre-tax|pretax|net|operating|half-year|full-year|annual"
    r"|quarterly|record|first-half|first-quarter) )*(?:loss|profit)"
    r"|(?:employs|employed) (?:about |around |some |more than )?[\d,]+ (?:people|staff|workers))\b"
)


def firm_deed_after(doc: ActorDocument, words: tuple[str, ...], last: int) -> bool:
    """'Keldrin cut 200 jobs at its plant', 'Brastow posted a loss': one rare word, no one's given or family name and
    no place the gazetteer knows, before what only a firm does."""
    if any(w in doc.lower_case or zipf(w) >= WORD_ALONE or is_given_name(w) or is_surname(w) for w in words):
        return False
    if doc.gazetteer.lookup(words) is not None:
        return False
    return _FIRM_DEED_AFTER.match(doc.text, doc.tokens[last].end) is not None


_SOFTWARE_BESIDE_A_KNOWN_FIRM = SOFTWARE_WORDS - EVERYDAY_SOFTWARE_WORDS


def known_firm(doc: ActorDocument, position: int, word: str, after: str) -> bool:
    """'behind Apple and Samsung', 'Amazon's Kindle', 'Google said': a firm the world knows by one word
    (`KNOWN_FIRMS`, or listed on a stock index), capitalised, not after "the", never in lower case on the page;
    opening a sentence only before what a body does or its possessive, or before any verb when the name is
    no word of the language ("Pfizer recalled")."""
    tokens = doc.tokens
    token = tokens[position]
    # (On a page about products, a listed firm's name alone may be its product's: "links it to Shopify stores";
    # before the noun of a made thing or a unit, a vehicle's or a weapon's: "Stryker vehicles", "a Hermes drone".)
    listed = (
        (not doc.things or _firm_at_work(doc, position))
        and _listed_firm_not_a_place(doc, (word,))
        and not _thing_named_after(doc, position)
    )
    platform = word in PLATFORMS and _platform_in_prose(doc, position)
    if not (word in KNOWN_FIRMS or listed or platform) or word in doc.lower_case or word in KNOWN_BODIES:
        return False  # (a body known by one word, "the Nasdaq", is read as one)
    if not (token.text[:1].isupper() or brand_cased_firm(token)):
        return False
    if position > 0 and tokens[position - 1].folded == "the" and tokens[position - 1].joined:
        return False  # "the Amazon rainforest", "the Shell Centre"
    if position + 1 < len(tokens) and token.joined and tokens[position + 1].text[:1].isdigit():
        return False  # "a Boeing 737-800", "the Dell XPS 13": a model's maker names the model
    if about_software(doc, position, position, _SOFTWARE_BESIDE_A_KNOWN_FIRM):
        return False  # "Spotify, Slack and Chrome were not": apps on a page about software
    if is_given_name(word) and _opens_a_longer_name(doc, word):
        return False  # "Leonardo DiCaprio ... Leonardo said": the given name of a person the page names in full
    if position not in doc.sentence_first:
        return True
    if (
        (listed or coined_firm_name(word))
        and doc.text[token.end : token.end + 1] == " "
        and _following_is_lower(doc, position)
    ):
        return True  # "Pfizer recalled", "Lenovo shipped": no word of the language, so any verb will do
    return (
        after in PARTY_DEEDS
        or after in FIRM_DEEDS
        or doc.text[token.end : token.end + 2] in ("'s", "’s")
        or _listed_with_a_known_firm(doc, position)
    )


# What a firm does with its products, or its officer's post, right after its name: "Quellcom has announced",
# "Quellcom confirmed", "Quellcom CEO Ana Varn", "Quellcom's senior vice president" (a product does none of it).
_FIRM_AT_WORK = FIRM_DEEDS | word_set("said says confirmed confirms announces unveils launches")
_FIRM_AT_WORK_BEFORE = word_set("has have had will also just now")
_FIRM_OFFICERS = word_set("ceo president chairman chairwoman chief founder cofounder co-founder spokesperson spokesman")
_OFFICER_QUALIFIERS = word_set("senior executive global vice deputy group")


def _firm_at_work(doc: ActorDocument, position: int) -> bool:
    """On a page about products (chips, phones), a listed firm's name alone is still the firm where it acts as one:
    before what a firm does ("Quellcom has just announced its chip") or before its officer's post ("Quellcom CEO",
    "Quellcom's senior vice president")."""
    tokens, text = doc.tokens, doc.text
    k = position + 1
    if text.startswith(("'s", "’s"), tokens[position].end):
        k = position + 1 if k < len(tokens) and tokens[k].folded not in ("s", "'s", "’s") else position + 2
        while k < len(tokens) and tokens[k].folded in _OFFICER_QUALIFIERS:
            k += 1
        return k < len(tokens) and tokens[k].folded in _FIRM_OFFICERS
    while k < len(tokens) and tokens[k].folded in _FIRM_AT_WORK_BEFORE and k < position + 4:
        k += 1
    if k >= len(tokens):
        return False
    return tokens[k].folded in _FIRM_AT_WORK or (k == position + 1 and tokens[k].folded in _FIRM_OFFICERS)


def _listed_with_a_known_firm(doc: ActorDocument, position: int) -> bool:
    """'Microsoft and Google announced', 'Apple, Samsung and Sony': a firm the world knows listed right after,
    so the word opening the sentence is a firm as well."""
    tokens, text = doc.tokens, doc.text
    if position + 1 >= len(tokens):
        return False
    following = tokens[position + 1]
    if text[tokens[position].end : following.start] == " " and following.folded == "and":
        following = tokens[position + 2] if position + 2 < len(tokens) else following
    elif text[tokens[position].end : following.start] != ", ":
        return False
    return (
        following.text[:1].isupper()
        and following.folded not in doc.lower_case
        and (following.folded in KNOWN_FIRMS or _listed_firm_not_a_place(doc, (following.folded,)))
    )


# Nouns after a name that make it a thing's or a unit's, not its maker's: "a Hermes drone", "Sabre missiles",
# "a Stryker brigade" (besides the nouns of made things and products).
_THINGS_AFTER_A_NAME = (
    MADE_THING_NOUNS
    | PRODUCT_NOUNS_AFTER
    | WEAPON_NOUNS_AFTER
    | word_set("missile missiles rifle rifles brigade brigades regiment battalion squadron")
)


def _thing_named_after(doc: ActorDocument, position: int) -> bool:
    following = doc.tokens[position + 1] if position + 1 < len(doc.tokens) else None
    return (
        following is not None
        and doc.tokens[position].joined
        and following.text.islower()
        and following.folded in _THINGS_AFTER_A_NAME
    )


# Words before a platform's name that make it a place one posts or follows, as a share bar's line does: "Follow us
# on Facebook", "via Instagram" (`platforms.platform_posted_on` reads the prose ones, "she wrote on LinkedIn").
_POSTED_VIA = frozenset(("on", "via"))
_OBJECT_PRONOUNS = frozenset(("us", "me", "them", "him", "her"))


def _platform_in_prose(doc: ActorDocument, position: int) -> bool:
    """'Facebook announced new tools', 'traffic from Facebook by looking at': a platform's name inside a sentence's
    words, a lower-case word after it or before it with the line going on, is the firm that runs it; a share bar's
    "Share on Facebook", "Facebook Twitter LinkedIn" has no such words around it."""
    tokens = doc.tokens
    token = tokens[position]
    previous = tokens[position - 1] if position > 0 and tokens[position - 1].joined else None
    if previous is not None and (previous.folded in _POSTED_VIA or previous.folded in ("a", "an", "the")):
        return False  # ("a WhatsApp message", "the Instagram app": a thing of the platform's, no firm acting)
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and following.folded in _OBJECT_PRONOUNS:
        return False  # "Email the desk or WhatsApp us": the platform's name as a verb, a call to the reader
    if following is not None and token.joined and following.text.islower() and following.folded not in ("and", "or"):
        return True
    if previous is None or following is None:
        return False
    return previous.text.islower() and "\n" not in doc.text[token.end : following.start]


def _following_is_lower(doc: ActorDocument, position: int) -> bool:
    following = doc.tokens[position + 1] if position + 1 < len(doc.tokens) else None
    return following is not None and following.text[:1].islower()


def _listed_firm_not_a_place(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """A listed firm's name (`listed_firms`) that is no place's too ("Dover", "Hartford": the towns first)."""
    return is_listed_firm(words) and doc.gazetteer.lookup(words) is None


def listed_firm_named(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Exxon Mobil reported', 'analysts at Goldman Sachs', 'shares in Rio Tinto': a listed firm's name of two
    words or more, all capitalised, with no body's word in it (those the cues read); not a town of that name
    after a preposition of place ("moved to Rio Tinto"), nor the founder a job noun names ("the designer
    Ralph Lauren")."""
    tokens = doc.tokens
    if has_cue(words) or not is_listed_firm(words):
        return False
    if not all(tokens[k].text[:1].isupper() for k in range(position, last + 1)):
        return False
    previous = tokens[position - 1].folded if position > 0 and tokens[position - 1].joined else ""
    if previous in PLACE_PREPOSITIONS and not traded_in(doc, position) and doc.gazetteer.lookup(words) is not None:
        return False
    if not is_given_name(words[0]):
        return True
    return job_noun_before(doc, position, last) is None and person_noun_before(doc, position, last) is None


def firms_arm(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'an outage at Amazon Web Services', 'Google Cloud signed': a firm the world knows by one word (or
    listed on a stock index), then the words of one of its arms (`FIRM_ARM_WORDS`), all capitalised."""
    tokens = doc.tokens
    if not all(tokens[k].text[:1].isupper() for k in range(position, last + 1)):
        return False
    head = words[0]
    known = head in KNOWN_FIRMS or _listed_firm_not_a_place(doc, (head,))
    return known and words[-1] in FIRM_ARM_WORDS and head not in doc.lower_case


def firms_arm_in_a_state(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'the mining company ArcelorMittal Liberia', 'Shell Nigeria said': a firm the world knows by one word (or
    listed on a stock index), then a state's name, all capitalised, is the firm's company in that state."""
    if len(words) < 2 or not all(doc.tokens[k].text[:1].isupper() for k in range(position, last + 1)):
        return False
    head = words[0]
    if firms_arm_in_its_tongue(doc, position, last, words):
        return True
    if not (head in KNOWN_FIRMS or _listed_firm_not_a_place(doc, (head,))) or head in doc.lower_case:
        return False
    place = doc.gazetteer.lookup(words[1:])
    return place is not None and place.kind == "state"


def firms_arm_in_its_tongue(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Thales Nederland', 'Saab Deutschland': a capitalised word no place is, then a state's name in its own
    language, is a firm's company in that land."""
    return (
        len(words) == 2
        and last == position + 1
        and doc.tokens[position].text[:1].isupper()
        and doc.tokens[last].text[:1].isupper()
        and _state_in_its_own_tongue(doc, words[1])
        and doc.gazetteer.lookup((words[0],)) is None
        and doc.gazetteer.lookup(words) is None  # "French Guiana": a land's own name
        and doc.gazetteer.country_of_demonym(words[0]) is None
        and words[0] not in doc.lower_case
    )


def _state_in_its_own_tongue(doc: ActorDocument, word: str) -> bool:
    """A state's name in another language ("Nederland", "Deutschland") that the text's own table does not
    hold (a German page reads "Deutschland" as the state)."""
    if word not in _foreign_state_names():
        return False
    place = doc.gazetteer.lookup((word,))
    return place is None or place.kind != "state"  # ("Nederland" is a town in Texas too)


@lru_cache(maxsize=1)
def _foreign_state_names() -> frozenset[str]:
    table = gazetteer()
    return frozenset(
        key
        for language, names in table.exonyms.items()
        if language not in _TRANSLITERATED
        for key in names
        if " " not in key
        and len(key) >= _STATE_NAME_LETTERS
        and not _english_state(table, key)
        and zipf(key) < _OWN_TONGUE_ZIPF
    )


def _english_state(table: Gazetteer, key: str) -> bool:
    """Whether the table names a state so in English: asked of the key alone, where a set of the table's every state
    took a walk over its 120,000 spellings in each process's first page."""
    place = table.places.get(key)
    return place is not None and place.kind == "state"


# Tongues whose names of states the table holds in Latin letters only by transliteration ("ao", "aiti").
_TRANSLITERATED = frozenset(("ko", "ru", "uk", "el"))
_STATE_NAME_LETTERS = 5
_OWN_TONGUE_ZIPF = 3.0  # not an English word ("Argentine")


# A group a firm or a fund leads or backs, named by the participle joined to the name: "a Macquarie-led
# consortium", "the Citi-backed payments start-up", "the Chevron-led Tengizchevroil venture" (up to two words,
# the group's own name among them, before the group's noun).
_LED_OR_BACKED_GROUP = re.compile(
    r"[-‐](?:led|backed|funded)\s+(?:[\w-]+\s+){0,2}?(?:consortium|consortia|investor group|buyout group|start-?up|"
    r"startup|fund|bid|buyout|lender|fintech|venture|syndicate|round|takeover|offer)\b"
)


def leads_or_backs_a_group(doc: ActorDocument, position: int, last: int) -> bool:
    """'a Macquarie-led consortium', 'the Citi-backed start-up': a name joined to "-led" or "-backed" before a
    deal's group or a young firm is the firm or fund behind it (a person's name keeps its person)."""
    word = doc.tokens[position].folded
    if is_given_name(word) or (position == last and is_surname(word)):
        return False
    return _LED_OR_BACKED_GROUP.match(doc.text, doc.tokens[last].end) is not None


# A maker joined to the participle of what it made: "the Swiftships-built patrol boats", "a Varnex-made
# radar" (a people's or a place's name is no maker: "Iranian-made drones", "Glasgow-built ships").
_MADE_BY = re.compile(r"[-‐](?:built|made|designed|manufactured|developed|supplied)\b")


def maker_joined_to_its_work(doc: ActorDocument, position: int, last: int) -> bool:
    """'the Swiftships-built patrol boats': a name joined to "-built" or "-made" is the firm that made it
    (a person's name keeps its person; places and peoples are read before this)."""
    word = doc.tokens[position].folded
    if is_given_name(word) or (position == last and is_surname(word)):
        return False
    return _MADE_BY.match(doc.text, doc.tokens[last].end) is not None


# Verbs of buying: what is "ordered ... from" a name is sold by it, so the name is the seller's.
_BOUGHT = word_set("ordered bought purchased leased acquired order orders buy buys buying ordering")
_BOUGHT_WORDS = 6  # "ordered 96 more K2 tanks from": the verb a few words before "from"


def bought_from(doc: ActorDocument, position: int) -> bool:
    """'ordered 96 more tanks from Hyundai Rotem', 'bought the ships from ...': a seller after "from"."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 1].text != "from":
        return False
    return any(tokens[k].folded in _BOUGHT for k in range(max(0, position - 1 - _BOUGHT_WORDS), position - 1))


def product_of_known_firm(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Microsoft Azure', 'Samsung Galaxy': a world-known firm, then one rare word that no cue reads, the name
    of what it sells (an arm's name ends with its own word: `FIRM_ARM_WORDS`); not what goods are bought
    from ("tanks ordered from Hyundai Rotem": the group's arm that sells them)."""
    token = doc.tokens[position]
    return (
        not bought_from(doc, position)
        and len(words) == 2
        and words[0] in KNOWN_FIRMS
        and words[0] not in doc.lower_case
        and token.text[:1].isupper()
        and words[1] not in FIRM_ARM_WORDS
        and zipf(words[1]) < WORD_ALONE
        and not has_cue(words)
        and not is_given_name(words[0])  # "Leonardo Varga": a person whose given name a firm bears
        and not is_listed_firm(words)  # "Toyota Tsusho": a firm of the group, listed in its own right
    )


# A word before "Air" (or a miner's "Minerals") this rare is a name, not a plain word ("Open Air", "Fresh Air",
# "Natural Resources").
_AIRLINE_NAME_WORD = 3.0


def airline_named_air(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Kish Air', 'Akasa Air', 'Mahan Air': an airline named by a rare word or a place, then "Air" (written so,
    closing the name); not "Clean Air", "Open Air", "Royal Air Force"."""
    tokens = doc.tokens
    if words[-1] != "air" or tokens[last].text != "Air":
        return False
    if last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].folded in ("and", "&"):
        return False  # "the Middle East Air and Missile Defense initiative": "Air" of a field, cut at "and"
    before = words[:-1]
    if doc.things or _other_model_of(doc, before):
        return False  # "the cheaper Veyra Air" beside the "Veyra Pro": a model of a product line
    if position > 0 and tokens[position - 1].folded in ("the", "a", "an", "new"):
        return False  # "The new Zorvix Air goes on sale": a model after an article (an airline takes none)
    return all(zipf(word) < _AIRLINE_NAME_WORD for word in before) or doc.gazetteer.lookup(before) is not None


# What a page about flying says in lower case.
_FLYING_WORDS = frozenset(("flight", "flights", "route", "routes", "airline", "airlines", "airport", "codeshare"))


def airline_named_with_air(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Loganair', 'Tarnair': one rare word that ends in "air", on a page about flying (not "Repair", "Chair")."""
    word, text = words[0], doc.tokens[position].text
    return (
        len(words) == 1
        and len(word) >= 6
        and word.endswith("air")
        and text[:1].isupper()
        and text[1:].islower()
        and zipf(word) < _AIRLINE_NAME_WORD
        and bool(doc.lower_case & _FLYING_WORDS)
    )


# What a miner digs, last in its name: "Tarvel Minerals", "Quorn Resources", "Varnby Lithium".
_MINED = word_set("minerals resources metals lithium nickel uranium")


def miner_by_what_it_digs(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Pilbara Minerals', 'Arcadium Lithium', 'Tarvel Resources': a rare word or a place, then what the firm
    mines; not "Natural Resources", "Human Resources", "Critical Minerals" (plain words before it)."""
    if words[-1] not in _MINED or not doc.tokens[last].text.istitle():
        return False
    before = words[:-1]
    return all(zipf(word) < _AIRLINE_NAME_WORD for word in before) or doc.gazetteer.lookup(before) is not None


def _other_model_of(doc: ActorDocument, brand: tuple[str, ...]) -> bool:
    """Whether the page names another model of the brand by a model's word ("Veyra Pro", "Veyra Max")."""
    tokens, size = doc.tokens, len(brand)
    return any(
        token.folded in MODEL_SUFFIXES
        and token.folded != "air"
        and k >= size
        and tuple(t.folded for t in tokens[k - size : k]) == brand
        for k, token in enumerate(tokens)
    )


def _opens_a_longer_name(doc: ActorDocument, word: str) -> bool:
    """Whether the word opens a run of capitalised words somewhere on the page ("Leonardo DiCaprio")."""
    tokens = doc.tokens
    return any(
        token.folded == word and token.joined and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
        for k, token in enumerate(tokens)
    )


def _founders_casing(word: str) -> bool:
    """A name written as a founder's would be: "Lloyd", and "McDonald", "MacLaren", "O'Neill" with their inner capital
    (not letters in capitals, "the NHS's budget")."""
    return word.istitle() or (word[:1].isupper() and not word.isupper() and word.startswith(("Mc", "Mac", "O'", "O’")))


def firm_named_in_the_possessive(doc: ActorDocument, position: int, last: int, word: str) -> bool:
    """'a Lloyd's policy', 'the Moody's downgrade': "a", "an" or "the", a name that is no common word nor
    title, its possessive, then a noun in lower case."""
    tokens, text = doc.tokens, doc.text
    if position < 1 or last + 1 >= len(tokens) or tokens[position - 1].folded not in ("a", "an", "the"):
        return False
    if text[tokens[last].end : tokens[last + 1].start] not in ("'s ", "’s "):
        return False
    noun = tokens[last + 1]
    if not noun.text.islower() or noun.folded in FUNCTION_WORDS or not tokens[position - 1].joined:
        return False
    if noun.folded == "own":
        return False  # "the Ahr's own terroir": a possessive, whoever owns it
    if not _founders_casing(tokens[position].text) or is_title(word) or word in doc.lower_case:
        return False
    if is_common_word(word, False) or doc.gazetteer.lookup((word,)) is not None:
        return False
    if word in KNOWN_BODIES or word in NAME_WORD or word in KNOWN_GROUPS:
        # "the Kremlin's spokesman", "the Taliban's deputy minister": a body or a group known by one word, no firm
        return False
    if (word,) in doc.products:
        return False  # "the Sentra's interior" on a page that writes "the 2020 Sentra": a model's, no firm's
    if _after_the_without_possessive(doc, word):
        return False  # "the Reich's expansion" on a page that writes "by the Reich for": the Reich's, no firm
    # a founder's name ("Lloyd", "Moody", "Christie") or a rare word, not an ordinary noun ("the Devil's work")
    return is_given_name(word) or is_surname(word) or zipf(word) < WORD_ALONE


# What may follow a shop's possessive name that owns nothing: a list's comma or "and", or its share's code.
_AFTER_A_SHOPS_NAME = re.compile(r"['’]s(?: ?, | and | \( ?[A-Z]{1,5} ?[,)])")


def shop_named_in_the_possessive(doc: ActorDocument, position: int, last: int) -> bool:
    """ "retailers including Bloomingdale's, Macy's ( M ) and Staples": a name whose possessive owns nothing, before
    its share's code in brackets, or listed beside another such possessive, is a shop's whole name."""
    tokens, text = doc.tokens, doc.text
    end = tokens[last].end
    if not tokens[position].text[:1].isupper():
        return False
    if position > 0 and tokens[position - 1].text in ("a", "an") and _BRANCH_SITE.match(text, end):
        return True  # "a Quellmart's in Tarnby said": one branch of a chain, the possessive its name's
    if not _AFTER_A_SHOPS_NAME.match(text, end):
        return False
    if text[end + 2 : end + 6].lstrip().startswith("("):
        return True  # "Macy's ( M )": the possessive is the name's, its code follows
    # "Bloomingdale's, Macy's": another possessive that owns nothing right before or after in the list
    before = text[max(0, tokens[position].start - 40) : tokens[position].start]
    after = text[end + 2 : end + 40]
    if (
        _LAST_OF_A_LIST_OF_NAMES.search(before)
        and text[end + 2 : end + 3] == ","
        and not is_given_name(tokens[position].folded)  # "left to Anna and Mark's, she said": his
    ):
        return True  # "Sponsors include Fantasy Island and Butlin's, with ...": the list's last name owns nothing
    return bool(_LISTED_POSSESSIVE_BEFORE.search(before) or _LISTED_POSSESSIVE_AFTER.match(after))


# A capitalised name, then "and" or "or", before the list's last name: "Fantasy Island and ", "Tesco or ".
_LAST_OF_A_LIST_OF_NAMES = re.compile(r"[A-Z][\w&.-]*,? (?:and|or) $")


# Where a chain's branch stands, after its name: "a Quellmart's in Tarnby", "an Ola's near the station".
_BRANCH_SITE = re.compile(r"['’]s (?:in|on|at|near|outside) (?:the )?[A-Z]")


# A possessive before a verb's tense owns nothing ("'s" is no contraction of "is" or "has" before "is alerting" or
# "has opened"): the "'s" is the name's own, a shop's or a chain's ("Alcohol retailer Tarn Murphy's is alerting
# customers"). (A copula alone may refer back to a noun: "of the armies, Russia's is the largest".)
_TENSE_AFTER_A_SHOPS_NAME = re.compile(
    r"['’]s (?:(?:is|was|are|were) [a-z]+(?:ing|ed)|(?:has|had) (?:been|[a-z]+(?:ed|en))) "
)
# So does a firm's verb of speaking, rating or trading in the past tense, which news never writes after a
# contraction of "has": "Moody's downgraded the bonds", "analysts at Moody's said", "Christie's sold the painting"
# (a founder's given name too: "Lloyd's reported a loss").
_FIRMS_VERB_AFTER_ITS_NAME = re.compile(
    r"['’]s (?:said|says|told|announced|reported|downgraded|upgraded|lowered|affirmed|rated|warned|confirmed"
    r"|sold|auctioned|acquired|expects|estimated|estimates|forecast|predicted|revised) "
)
# ... though a participle after a possessive may be an adjective before the thing owned: "Varnek's reported
# decision", "Varnek's revised plan". When the page names a person with that family name, only an object that opens
# with a function word makes it a verb ("Moody's lowered its outlook", "Lloyd's reported a loss").
_PARTICIPLE_OR_ADJECTIVE = re.compile(
    r"['’]s (?:reported|downgraded|upgraded|lowered|affirmed|rated|estimated|forecast|predicted|revised) ([a-z]+)\b"
)
# Trades that name a shop or a chain before its name: "retailer Tarn Murphy's", "the supermarket Quell's".
_SHOP_TRADES = frozenset(
    ("retailer", "chain", "supermarket", "grocer", "store", "shop", "brewer", "bakery", "restaurant", "pub", "jeweller")
)


def possessive_before_a_verb(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the name at `position`..`last` ends in a possessive that a verb's tense follows, after a shop's
    trade, or a name that is neither a known place nor opened by a given name."""
    tokens = doc.tokens
    if not tokens[position].capitalised:
        return False
    words = tuple(tokens[k].folded for k in range(position, last + 1))
    if position == last and _FIRMS_VERB_AFTER_ITS_NAME.match(doc.text, tokens[last].end):
        adjective = _PARTICIPLE_OR_ADJECTIVE.match(doc.text, tokens[last].end)
        if adjective is not None and adjective.group(1) not in FUNCTION_WORDS and words[0] in doc.given_surnames:
            return False  # "Ilse Varnek ... Varnek's reported decision": her decision, the participle describes it
        return doc.gazetteer.lookup(words) is None  # (not "Of the two, Britain's declined": a state's economy)
    if not _TENSE_AFTER_A_SHOPS_NAME.match(doc.text, tokens[last].end):
        return False
    if position > 0 and tokens[position - 1].folded in _SHOP_TRADES and tokens[position - 1].text.islower():
        return True
    return doc.gazetteer.lookup(words) is None and not is_given_name(words[0])


_LISTED_POSSESSIVE_BEFORE = re.compile(r"[A-Z][\w&.-]*['’]s(?: \( ?[A-Z]{1,5} ?\))? ?(?:,|and) *$")
_LISTED_POSSESSIVE_AFTER = re.compile(r" ?(?:,|and) +(?:and +)?[A-Z][\w&.-]*['’]s(?: ?,| and | \(|\.)")


def _after_the_without_possessive(doc: ActorDocument, word: str) -> bool:
    """Whether the page writes `word` after "the" somewhere without a possessive: "by the Reich for"."""
    tokens, text = doc.tokens, doc.text
    return any(
        token.folded == word
        and k > 0
        and tokens[k - 1].folded == "the"
        and tokens[k - 1].joined
        and text[token.end : token.end + 2] not in ("'s", "’s")
        for k, token in enumerate(tokens)
    )


_TRADED_IN = frozenset((("shares", "in"), ("shares", "of"), ("stake", "in"), ("stakes", "in")))


def traded_in(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    if position < 2 or not (tokens[position - 2].joined and tokens[position - 1].joined):
        return False
    return (tokens[position - 2].folded, tokens[position - 1].folded) in _TRADED_IN


def rare_firm_before_its_shares(doc: ActorDocument, word: str, last: int) -> bool:
    """'Tarnco shares rose 3% after the results': a rare word opening a sentence before what only a listed
    firm has moving ("shares rose", `PHRASE_AFTER`) is the firm, not an ordinary word."""
    tokens = doc.tokens
    if zipf(word) >= RARE_OPENER or last + 2 >= len(tokens) or not tokens[last].joined or not tokens[last + 1].joined:
        return False
    cue = PHRASE_AFTER.get((tokens[last + 1].folded, tokens[last + 2].folded))
    return cue is not None and cue.kind is ActorKind.organization and tokens[last + 1].text.islower()


# Verbs of making before "by" or "with" and the maker: "made with", "built by", "designed by".
_MAKING_VERBS = word_set("made built designed developed produced manufactured assembled engineered co-developed")


def maker_after_a_making_verb(doc: ActorDocument, position: int, word: str) -> bool:
    """'made with Varnitech', 'designed by Quellmark': a rare word no list knows as a person's or a place's
    name, after a verb of making and "by" or "with", is the maker, a firm (not "designed by Ilse")."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 1].folded not in ("by", "with") or doc.technical:
        return False
    verb = tokens[position - 2]
    if not (verb.text.islower() and verb.folded in _MAKING_VERBS and verb.joined and tokens[position - 1].joined):
        return False
    return (
        zipf(word) < RARE_OPENER
        and not is_given_name(word)
        and not is_surname(word)
        and doc.gazetteer.lookup((word,)) is None
    )


# What comes from a maker or a giver, and through a provider, before the preposition and a one-word name.
_GIVEN_BEFORE = {"from": (GOODS_BEFORE_FROM, "a maker"), "through": (SERVICE_BEFORE_THROUGH, "a provider")}


def giver_after(doc: ActorDocument, position: int, words: tuple[str, ...]) -> str | None:
    """How a one-word name reads as a firm that makes, gives or provides what the word before its preposition
    names ("chips from Nvidia", "monitoring through Varnex"), or None (the gazetteer's towns stay places)."""
    tokens = doc.tokens
    if position < 2 or not tokens[position - 2].joined or not tokens[position - 1].joined:
        return None
    preposition, thing = tokens[position - 1].folded, tokens[position - 2]
    nouns, role = _GIVEN_BEFORE.get(preposition, (frozenset(), ""))
    if thing.folded not in nouns or not thing.text.islower() or doc.gazetteer.lookup(words) is not None:
        return None
    end = position + len(words)
    if preposition == "from" and end + 1 < len(tokens) and tokens[end].folded == "to" and cased(tokens[end + 1]):
        return None  # "an engine from Craignure to Castlebay": the first end of a stretch, a place, no maker
    return f"{role}, after '{thing.text} {preposition}'"


def taken_on(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'called in Mandora.', 'brought in Varnex to audit': after a verb of hiring and "in", a name that ends
    its phrase and is no person's (not "called in Oskel villages": a place before its noun)."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 1].folded != "in" or tokens[position - 2].folded not in HIRE_BEFORE_IN:
        return False
    following = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if following is not None and following.text.islower() and following.folded not in FUNCTION_WORDS:
        return False
    return not is_given_name(words[-1]) and not is_surname(words[-1])


# A possessive before the name and the service: the service is the owner's, the name says where it runs.
_OWNERS_POSSESSIVES = frozenset(("its", "their"))


def firm_before_its_service(doc: ActorDocument, position: int, word: str) -> bool:
    """'passengers on Stagecoach buses': a capitalised word inside a sentence, never written in lower
    case on the page, before a plural noun of what only a firm runs (`FIRM_SERVICE_NOUNS`)."""
    tokens = doc.tokens
    following = position + 1
    if following >= len(tokens):
        return False
    brand = is_camel_case(tokens[position].text)
    # "the last NorthLink ferry": one ferry of a firm whose name is in a brand's casing.
    service = tokens[following].folded in FIRM_SERVICE_NOUNS or (brand and tokens[following].folded in FIRM_SERVICE)
    if position > 0 and tokens[position - 1].folded in _OWNERS_POSSESSIVES:
        return False  # "the airline cancelled all its Quellwick flights": its own flights, from a place
    return (
        service
        and tokens[position].joined
        and tokens[following].text.islower()
        and _capitalised_ordinary_word(doc, position, word, brand=brand)
        and doc.gazetteer.country_of_demonym(word) is None
        and doc.gazetteer.lookup((word,)) is None  # "Leeds buses": the town's
    )


def common_word_after_membership(doc: ActorDocument, position: int, word: str) -> bool:
    """'Members of Unite', 'a member of Reform', 'backed by Amazon': a capitalised ordinary word after
    "members of" or a phrase of backing, inside a sentence, never written in lower case on the page,
    and no title ("members of Staff")."""
    tokens = doc.tokens
    return (
        position >= 2
        and (
            (tokens[position - 2].folded, tokens[position - 1].folded) in MEMBERSHIP_PHRASES
            or (tokens[position - 2].folded, tokens[position - 1].folded) in BACKING_PHRASES
        )
        and tokens[position - 1].text.islower()
        and _capitalised_ordinary_word(doc, position, word)
    )


def _capitalised_ordinary_word(doc: ActorDocument, position: int, word: str, *, brand: bool = False) -> bool:
    """An ordinary word capitalised inside a sentence (or in a brand's casing, where `brand` allows it)
    and never written in lower case on the page (so a name there), of more than three letters, and no
    title or word for people ("Staff")."""
    return (
        position not in doc.sentence_first
        and (doc.tokens[position].text.istitle() or brand)
        and len(word) > 3
        and word not in doc.lower_case
        and not is_title(word)
        and word not in PEOPLE_NOUNS
    )


def firm_named_in_full(doc: ActorDocument, position: int, name: str) -> str | None:
    """'Holloway Ridge' where the page also writes 'Holloway Ridge Partners' nearby: the firm's head word
    (`COMPANY_HEADS`) that follows the name there, or None (a place's name is not written before a firm's trade)."""
    return head_written_after(doc, position, name, COMPANY_HEADS)


# A firm's owner named in an apposition right after it: "Go North East, owned by the Go-Ahead Group, said".
_OWNED_AFTER = re.compile(r", (?:which is |now |wholly |majority |part-)?owned by ")


def owned_after_comma(doc: ActorDocument, last: int) -> bool:
    """'Go North East, owned by the Go-Ahead Group,': what is owned and named so is a firm (the gazetteer's
    places are asked before: "Lundy, owned by the National Trust")."""
    return _OWNED_AFTER.match(doc.text, doc.tokens[last].end) is not None


# Verbs a page asks its reader to phone with, in lower case before the name, and the number after it: "call
# Crimewatchers on 0800 555 111", "ring Healthvane free on 111".
_CALL_VERBS = word_set("call phone ring contact")
_PHONE_NUMBER_AFTER = re.compile(r"(?: free)? on \+?\d[\d ]{2,}")


def helpline_called(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'call Crimewatchers on 0800 555 111': a name the reader is asked to phone on a number is a body's line (a
    person by a given name keeps its kind: "call Ilse on 0777 123 456"; a known place too: "call Leeds on 101")."""
    tokens = doc.tokens
    if position < 1 or tokens[position - 1].folded not in _CALL_VERBS or not tokens[position - 1].text.islower():
        return False
    if is_given_name(words[0]) or is_surname(words[-1]) or doc.gazetteer.lookup(words) is not None:
        return False
    return _PHONE_NUMBER_AFTER.match(doc.text, tokens[last].end) is not None
