"""Firms named in trade: shops and deals, listings and tickers, file formats, software and models' codes."""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.cues import (
    BUYING_WORDS,
    MADE_THING_NOUNS,
    NAME_WORD,
    PHRASE_BEFORE,
    PRODUCT_NOUNS_AFTER,
    SOFTWARE_WORDS,
    VEHICLE_KINDS,
    WEAPON_NOUN_OPENERS,
)
from dossier.ingest.list_cues import word_after_list
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import PLACE_HEADS
from dossier.ingest.names import is_given_name, word_set


def model_code_before_its_noun(doc: ActorDocument, position: int) -> bool:
    """'A20 Bionic chip', 'X7 processor', 'K2 Black Panther tanks', 'the R17/Varnix-M vaccine': letters and
    digits, then (over at most two capitalised words, or a code's second part after a slash) a made thing's or a
    medicine's noun in lower case. "the G20 summit" keeps its body."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if not any(ch.isdigit() for ch in token.text) or not any(ch.isalpha() for ch in token.text):
        return False
    for k in (position + 1, position + 2, position + 3):
        slashed = k < len(tokens) and text[tokens[k - 1].end : tokens[k].start] == "/"
        if k >= len(tokens) or not (tokens[k - 1].joined or slashed):
            return False
        if tokens[k].text.islower():
            if tokens[k].folded in WEAPON_NOUN_OPENERS and k + 1 < len(tokens) and tokens[k].joined:
                k += 1  # "M2 Bradley fighting vehicles"
            if not _made_thing_noun(tokens[k].folded) and k + 1 < len(tokens) and tokens[k].joined:
                k += 1  # "an A17 bionic chip": one word in lower case between the code and its thing's noun
            return _made_thing_noun(tokens[k].folded)
        if not cased(tokens[k]) and not (len(tokens[k].text) == 1 and tokens[k].text.isupper()):
            return False  # (the "M" of "Matrix-M" is a code's last part, not a word)
    return False


def _made_thing_noun(noun: str) -> bool:
    return (
        noun in MADE_THING_NOUNS
        or noun in PRODUCT_NOUNS_AFTER
        or noun in _CODED_MEDICINE_NOUNS
        or noun in _CODED_ROUTE_NOUNS
    )


# What a code of letters and digits names before its noun besides made things: "the R17 vaccine", "a KV-9 drug".
_CODED_MEDICINE_NOUNS = frozenset(("vaccine", "vaccines", "jab", "jabs", "drug", "drugs", "pill", "pills"))
# A bus's or a train's route by its code: "its X21 service", "the N7 bus", "the 4A route".
_CODED_ROUTE_NOUNS = frozenset(("service", "services", "bus", "buses", "route"))


_TICKER_WORDS = word_set("ticker tickers symbol")


# Classes of assets a market trades, named by their country: "UK equities", "US stocks", "German bonds".
_ASSET_CLASSES = word_set("equities equity stocks bonds gilts")


def asset_class_after(doc: ActorDocument, last: int) -> bool:
    tokens = doc.tokens
    return last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].text in _ASSET_CLASSES


def after_ticker_word(doc: ActorDocument, position: int) -> bool:
    """'under the ticker QFP', 'the symbol HRLX': capitals right after a ticker's word are a share's code."""
    return position > 0 and doc.tokens[position - 1].folded in _TICKER_WORDS and doc.tokens[position - 1].joined


# A wire's code of a share: the ticker, a dot and its exchange's letters ("VOD.L", "7203.T", "HWB.N").
_LISTING_CODE = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}")


def listing_code_in_brackets(doc: ActorDocument, position: int) -> bool:
    """'(HWB.N)', '(VOD.L)' alone in brackets: a share's code on an exchange, the firm named before it."""
    token, text = doc.tokens[position], doc.text
    return (
        text[token.start - 1 : token.start] == "("
        and text[token.end : token.end + 1] == ")"
        and _LISTING_CODE.fullmatch(token.text) is not None
    )


def listing_code_after(text: str, tokens: list[Token], last: int) -> bool:
    """'Lanco Infratech (LAIN.NS) rose': the name right before a share's code in brackets is the listed firm's."""
    code = last + 1
    return (
        code < len(tokens)
        and text[tokens[last].end : tokens[code].start] == " ("
        and text[tokens[code].end : tokens[code].end + 1] == ")"
        and _LISTING_CODE.fullmatch(tokens[code].text) is not None
    )


def firm_pair_before_listing_code(text: str, tokens: list[Token], first: int, covered: list[bool]) -> int | None:
    """'Larsen and Toubro (LART.NS)': two capitalised words joined by "and" right before a share's code name one
    listed firm (its founders' names), not two; where that name ends, or None."""
    second = first + 2
    if second >= len(tokens) or covered[first + 1] or covered[second] or not tokens[first].joined:
        return None
    if tokens[first + 1].text != "and" or not tokens[first + 1].joined or not cased(tokens[second]):
        return None
    return second if listing_code_after(text, tokens, second) else None


def ticker_in_brackets(doc: ActorDocument, position: int) -> bool:
    """'Tesla (TSLA)', 'Nvidia (NVDA)': capitals in brackets right after one capitalised word, spelt with that
    word's letters in order from its first (a defined acronym takes its name's initials instead: IRGC)."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if position == 0 or text[token.start - 2 : token.start] != " (" or text[token.end : token.end + 1] != ")":
        return False
    named = tokens[position - 1]
    # ("Apple's (AAPL)": the possessive may stand between the firm's name and its ticker)
    if not cased(named) or text[named.end : token.start - 2] not in ("", "'s", "’s") or len(token.text) < 2:
        return False
    letters = iter(named.folded)
    if named.folded[0] != token.folded[0]:
        return False
    if all(letter in letters for letter in token.folded):
        return True
    # On a page about shares a ticker need not follow its firm's spelling: "Apple (AAPL)", "Starbucks (SBUX)"; the
    # firm's name is the one word (not "Vietnam Electricity (EVN)": a name of several words and its letters)
    if position >= 2 and cased(tokens[position - 2]) and tokens[position - 2].joined:
        return False
    # "Intel (INTC)", "Gazprom (GAZP)": after a name of one word, a ticker of four or five capitals opens with its
    # firm's first three letters and adds one of its own; an acronym in brackets after one word is rarely so long
    # (nor is one defined after a possessive: "Apple's (AAPL)"). Not "National Police (POLRI)": several words.
    long_code = 4 <= len(token.text) <= 5 and token.text.isalpha() and token.text.isupper()
    if long_code and (token.folded[:3] == named.folded[:3] or text[named.end : token.start - 2]):
        return True
    return token.text.isalpha() and token.text.isupper() and _MARKET_TEXT.search(text) is not None


# A share's code in brackets after a name of two or three words, as market reports tag each mover: "Travis Perkins
# (TPK)", "Taylor Wimpey (TW.)", "Hotel Chocolat (HOTC)": three to five capitals spelt with the name's letters in order
# from its first, and not just its words' initials (those define an acronym of any body: "Tarn Valley Trust (TVT)").
# (a market page may set the exchange before the code: "Scottish Mortgage (LSE:SMT)")
_NAME_TICKER = re.compile(r" \((?:[A-Z]{2,8}: ?)?([A-Z]{2,5})\.?\)")


def ticker_after_name(doc: ActorDocument, position: int, last: int) -> bool:
    """'Builders' merchant Travis Perkins (TPK) slumped': a share's code after a name of two or three capitalised
    words, on a page about shares (`_MARKET_TEXT`): the name is a listed firm's, whatever it looks like."""
    tokens, text = doc.tokens, doc.text
    if not 1 <= last - position <= 2 or not all(cased(tokens[k]) for k in range(position, last + 1)):
        return False
    match = _NAME_TICKER.match(text, tokens[last].end)
    if match is None:
        return False
    code = match.group(1).casefold()
    initials = "".join(tokens[k].folded[0] for k in range(position, last + 1))
    if len(code) < 3 or code == initials or code[0] != initials[0]:
        return False
    letters = iter("".join(tokens[k].folded for k in range(position, last + 1)))
    return all(letter in letters for letter in code) and _MARKET_TEXT.search(text) is not None


# A share's code in a market page's brackets: "Apple ( AAPL , Tech30 )", "Staples ( SPLS )", "(FB, Tech30)": padded
# with spaces, or beside an index's name that holds a digit.
_TICKER_BRACKETS = re.compile(r"\(( +[A-Z]{1,5} *| *[A-Z]{1,5} *, *[A-Za-z&]+ ?\d+[A-Za-z]* *)\)")


def ticker_in_market_brackets(doc: ActorDocument, position: int) -> bool:
    """'Whole Foods ( WFM )', 'Google ( GOOGL , Tech30 )': capitals in padded brackets, or beside an index's name,
    right after a capitalised name, are a share's code (its letters need not follow the name's)."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    opening = text.rfind("(", max(0, token.start - 3), token.start)
    if position == 0 or opening < 0 or text[opening + 1 : token.start].strip():
        return False
    if not _TICKER_BRACKETS.match(text, opening):
        return False
    named = tokens[position - 1]
    if not cased(named) or text[named.end : opening].strip(" 's’"):
        return False
    # (not "the European Union ( EU )": the initials of the name before spell a body's letters)
    k = position - 1
    while k > 0 and tokens[k - 1].capitalised and tokens[k - 1].joined:
        k -= 1
    initials = "".join(t.text[0] for t in tokens[k:position] if t.text[:1].isupper())
    return not initials.endswith(token.text)


# A page about shares: what makes capitals beside a firm's name its ticker rather than its own initials.
_MARKET_TEXT = re.compile(r"\b(?:earnings|per share|shares|stocks?|NYSE|Nasdaq|NASDAQ|S&P 500|Dow Jones)\b")
# A wire's code of a share with its market's two letters, alone in brackets: "(HPQ US)", "(VOD LN)", "(7203 JP)".
# (the market's letters are an exchange's composite code: US, LN London, GR Germany, FP Paris, JP Tokyo, HK ...)
_WIRE_CODE = re.compile(
    r"\([A-Z0-9]{1,6}(?:/[A-Z0-9]{1,6})? (?:US|LN|GR|FP|JP|HK|CN|CH|AU|CT|SM|IM|NA|SS|SW|KS|TT|IN|BZ|MM|NO|DC|FH|SP)\)"
)


def wire_code_in_brackets(doc: ActorDocument, position: int, last: int) -> bool:
    """'Tarnwell Corp. (TWH US) fell': the words are a wire's code of the share and its market, not a body (nor
    the market's letters a state)."""
    tokens, text = doc.tokens, doc.text
    opening = text.rfind("(", max(0, tokens[position].start - 9), tokens[position].start + 1)
    closing = text.find(")", tokens[last].end, tokens[last].end + 4)
    if opening < 0 or closing < 0 or _WIRE_CODE.fullmatch(text, opening, closing + 1) is None:
        return False
    return _MARKET_TEXT.search(text) is not None


def ticker_after_firm_in_brackets(doc: ActorDocument, position: int) -> bool:
    """'Varnby Foods (VBF) will report earnings', 'Quill Rock Cruises (QRC/QRU)': on a page about shares,
    capitals in brackets after a name of several words, spelt with its letters in order but not its initials
    (a defined acronym takes those: "Quell Valley Authority (QVA)"), are the firm's ticker, not a body."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    k = position  # the code's first part: "(QRC/QRU)" is read from "QRC"
    while text[tokens[k].start - 1 : tokens[k].start] == "/" and k > 0:
        k -= 1
    if k == 0 or text[tokens[k].start - 2 : tokens[k].start] != " (":
        return False
    end = position
    while text[tokens[end].end : tokens[end].end + 1] == "/" and end + 1 < len(tokens):
        end += 1
    if text[tokens[end].end : tokens[end].end + 1] != ")" or not token.text.isalpha() or not token.text.isupper():
        return False
    first = k - 1
    if not cased(tokens[first]) or tokens[first].end != tokens[k].start - 2:
        return False
    while first > 0 and cased(tokens[first - 1]) and tokens[first - 1].joined and k - first < 5:
        first -= 1
    if first == k - 1:
        return False  # one word: `ticker_in_brackets` reads it
    codes = [t.folded for t in tokens[k : end + 1]]
    if tokens[k - 1].folded in NAME_WORD or tokens[k - 1].folded in _MARKETS:
        # "Singapore Exchange (SGX)", "Tarnby Group (TBG)": a body's own letters, from any of its words. Letters
        # all taken from the words before the body's word are the share's code: "Ashtead Group (AHT)" (a body's
        # own letters take one from its word: the "G" of "Group").
        before = "".join(t.folded for t in tokens[first : k - 1])
        own = all(_letters_in_order(code, before) for code in codes) and len(before) > max(map(len, codes))
        return own and _MARKET_TEXT.search(text) is not None
    for start in range(k - 2, first - 1, -1):  # the name may open later: "Homebuilder KB Home (KBH)"
        words = "".join(t.folded for t in tokens[start:k])
        initials = "".join(t.folded[0] for t in tokens[start:k])
        if any(_letters_in_order(code, words) and code != initials for code in codes):
            return _MARKET_TEXT.search(text) is not None
    return False


def _letters_in_order(code: str, words: str) -> bool:
    """Whether a code takes its letters from the words in order, from their first ("RHT" from "Red Hat")."""
    letters = iter(words)
    return words[:1] == code[:1] and all(letter in letters for letter in code)


# What capitals after a name are besides a ticker: a firm's legal form, a holder's letters after the name, a
# numeral of a reign or a war.
_NOT_TICKERS = word_set(
    "ag se sa nv bv ab as asa sas plc llc llp lp ltd inc co mp qc kc mbe obe cbe md jp phd ii iii iv vi vii viii"
)
_BARE_TICKER = re.compile(r"[A-Z]{2,5}")
_MARKETS = word_set("exchange exchanges bourse")
_OPENING_WORDS = word_set("the a an this that these those its their our his her")


def bare_ticker_after(tokens: list[Token], last: int, text: str) -> bool:
    """'Tarnwell Systems TWSY, Varnby Wholesale VBW and ...': on a page about shares, capitals right after a
    firm's name in ordinary case, not its initials and ending the capitalised words, are its ticker: the name
    ends before them."""
    code = last + 1
    if code >= len(tokens) or not tokens[last].joined or _BARE_TICKER.fullmatch(tokens[code].text) is None:
        return False
    named = tokens[last]
    if not cased(named) or named.text.isupper() or tokens[code].folded in _NOT_TICKERS | VEHICLE_KINDS:
        return False
    if code + 1 < len(tokens) and tokens[code].joined and cased(tokens[code + 1]):
        return False  # more capitals follow: the letters are inside a longer name
    first = last
    while first > 0 and cased(tokens[first - 1]) and tokens[first - 1].joined and last - first < 4:
        first -= 1
    if all(t.folded in _OPENING_WORDS for t in tokens[first : last + 1]):
        return False  # "The EU will": the sentence's article before a body's letters, no firm
    initials = "".join(t.text[0] for t in tokens[first : last + 1])
    if tokens[code].text in initials or initials.endswith(tokens[code].text):
        return False
    # A list of firms, each with its ticker: one firm with letters after it is as often "Evercore ISI", "Reform UK"
    if not (_ticker_pair_after(tokens, code, text) or _ticker_pair_before(tokens, first, text)):
        return False
    return _MARKET_TEXT.search(text) is not None


_LIST_GLUE = (", ", " and ", ", and ")


def _ticker_pair_after(tokens: list[Token], code: int, text: str) -> bool:
    """Whether another name and its capitals follow the code in the list: "ADBE, Costco Wholesale COST"."""
    k = code + 1
    if k < len(tokens) and tokens[k].folded == "and":
        k += 1
    if k >= len(tokens) or text[tokens[code].end : tokens[k].start] not in _LIST_GLUE or not cased(tokens[k]):
        return False
    while k + 1 < len(tokens) and tokens[k].joined and cased(tokens[k + 1]) and k - code < 5:
        k += 1
    return k > code + 1 and _BARE_TICKER.fullmatch(tokens[k].text) is not None and not tokens[k - 1].text.isupper()


def _ticker_pair_before(tokens: list[Token], first: int, text: str) -> bool:
    """Whether another name and its capitals come before the name in the list: "COST, Lululemon Athletica"."""
    k = first - 1
    if k > 0 and tokens[k].folded == "and":
        k -= 1
    if k < 1 or text[tokens[k].end : tokens[first].start] not in _LIST_GLUE:
        return False
    return (
        _BARE_TICKER.fullmatch(tokens[k].text) is not None and cased(tokens[k - 1]) and not tokens[k - 1].text.isupper()
    )


def number_follows(doc: ActorDocument, last: int) -> bool:
    """'Kestrel Trail 2', 'Peak Trail 4 £119': a model's number after the name."""
    return last + 1 < len(doc.tokens) and doc.tokens[last].joined and doc.tokens[last + 1].text[:1].isdigit()


_SHOP_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "sold at",
        "available at",
        "on sale at",
        "online at",
        "shoppers at",
        "customers at",
        "shopping at",
        "bought at",
        "stocked at",
    )
)


# Goods sold through a firm, or sold in a country by one, then maybe the list's earlier names: "on sale
# on 19 September through Vodafone and EE", "sold in the UK by Currys and John Lewis", "mostly through
# Tillmart". (Not "sold by" alone: "the house was sold by Ilse Varn" names who sold it.)
_SALE_CHANNEL = re.compile(
    r"\b(?:sold|sale|sells|sell|available|stocked)\b[^.;:!?()\n]{0,70}?"
    r"(?:\b(?:through|via)|\bin (?:the )?[A-Z][\w.]* by) "
    r"(?P<listed>(?:[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)*(?:,| and| or) )*)$"
)


def sale_channel_before(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """A name opened by a given name only after another seller ("by Currys and John Lewis"): alone, a
    person may sell ("tickets available through Tomas Quell")."""
    tokens = doc.tokens
    if position >= 2 and (tokens[position - 2].folded, tokens[position - 1].folded) in PHRASE_BEFORE:
        return False  # "sold through Brenmart": the phrase's own cue says it
    if (place := doc.gazetteer.lookup(words)) is not None and place.kind == "state":
        return False  # "the sale of gold smuggled via Chad, Libya and ...": a state on the goods' route sells nothing
    start = tokens[position].start
    match = _SALE_CHANNEL.search(doc.text, max(0, start - 120), start)
    return match is not None and (bool(match["listed"]) or not is_given_name(words[0]))


# Firms named in a deal's plain words, then maybe the list's earlier names: the shops a maker supplies its
# goods to ("supplies own-label pies to Tesco, Aldi and Co-op"; not water or power, which a town is supplied
# with), and the firms that advise on a deal ("The deal was advised on by Corrigan Dale for the sellers and by
# Pemberly Frost"; not "advised by" alone: a person advises too).
_SUPPLIED_TO = re.compile(
    r"\b(?:supplies|supplied|supplying|supply)(?P<goods>(?: [a-z][\w'’-]*){1,4}) to "
    r"(?P<listed>(?:[A-Z][\w.'’&-]*(?: [A-Z][\w'’&-]*)*(?:,| and| or) )*)$"
)


_SUPPLY_NOT_GOODS = word_set("water electricity gas power energy heat heating broadband arms weapons troops aid")


_ADVISED_ON = re.compile(
    r"\b(?:advised on(?: the (?:deal|sale|takeover|merger|purchase|acquisition|bid|transaction|float|listing))? by"
    r"|(?:deal|sale|takeover|merger|purchase|acquisition|bid|transaction) (?:was|is|has been) advised by)"
    r"(?: [^.;:!?()\n]{0,60}? and by)? "
    r"(?P<listed>(?:[A-Z][\w.'’&-]*(?: [A-Z][\w'’&-]*)*(?:,| and| or) )*)$"
)


# A post held at a firm, its work named by bare nouns: "who ran infrastructure at Tollbyte", "led chip design
# at Quorvex" (not "ran a bakery at Tarnby" or "ran the pub at Church Loke": with an article, a place's shop).
_WORK_RUN_AT = re.compile(
    r"\b(?:ran|runs|run|led|leads|headed|heads|oversaw|oversees|managed|manages|worked in)"
    r"(?P<work>(?: [a-z][\w'’-]*){1,3}) at $"
)


# (a preposition in the work: "oversaw investigations into incidents at Ltamenah": the incidents were at a place)
_NOT_BARE_WORK = word_set("a an the his her their its our my your this that one two several into about against over")


def firm_in_a_deal(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> str | None:
    """'supplies own-label pies to Tesco', 'advised on by Corrigan Dale': a shop supplied or a deal's adviser
    (a name opened by a given name only after another firm of the list; never a place the gazetteer knows)."""
    start = doc.tokens[position].start
    before = doc.text[max(0, start - 140) : start]
    supplied = _SUPPLIED_TO.search(before) if "suppl" in before else None  # (a look-up first: no regex cost)
    if supplied is not None and not any(w in _SUPPLY_NOT_GOODS for w in supplied["goods"].split()):
        match, how = supplied, "a shop a maker supplies"
    elif "advised" in before and (advised := _ADVISED_ON.search(before)) is not None:
        match, how = advised, "an adviser on a deal"
    elif before.endswith(" at ") and (run := _WORK_RUN_AT.search(before)) is not None:
        if any(w in _NOT_BARE_WORK for w in run["work"].split()) or words[-1] in PLACE_HEADS:
            return None  # "ran a bakery at Tarnby", "run courses at Holm Barracks": a place
        match, how = run, "a firm where a post's work was done"
    else:
        return None
    if not match.groupdict().get("listed") and is_given_name(words[0]):
        return None
    if any(doc.gazetteer.lookup(part) is not None for part in (words, words[:1])):
        return None  # "supplies grain to Egypt": a state or a town keeps its kind
    return how


def shop_phrase_before(doc: ActorDocument, position: int) -> str | None:
    """The phrase of `_SHOP_PHRASES` right before the name ("sold at"), or None."""
    tokens = doc.tokens
    for size in (3, 2):
        begin = position - size
        if begin < 0 or not all(tokens[k].joined for k in range(begin, position)):
            continue
        phrase = tuple(tokens[k].folded for k in range(begin, position))
        if phrase in _SHOP_PHRASES:
            return " ".join(phrase)
    return None


# Nouns after an acronym (or a list of them) that make it a file's format, not a body; "files" only
# with no "the" before ("handles EPUB files"; "the NHS files" are a body's).
_FORMAT_NOUNS = word_set("format formats codec codecs")


_FILE_NOUNS = word_set("file files")


def file_format(doc: ActorDocument, position: int, last: int) -> bool:
    """'EPUB and PDF files', 'the MP3 format': an acronym (or a list of them) before a format's noun."""
    noun = word_after_list(doc, last)
    if noun in _FORMAT_NOUNS:
        return True
    tokens, k = doc.tokens, position
    while k >= 2 and (tokens[k - 1].text in ("and", "or") or doc.text[tokens[k - 1].end : tokens[k].start] == ", "):
        k -= 1 if tokens[k - 1].text[:1].isupper() else 2  # back to the list's first name
    before = tokens[k - 1] if k > 0 else None
    owned = before is not None and (before.folded == "the" or doc.text[before.end : before.end + 2] in ("'s", "’s"))
    return noun in _FILE_NOUNS and not owned


ONLINE_FROM = ("online", "from")


def _buying_before(doc: ActorDocument, position: int) -> bool:
    """'buy the same titles online from Pagewell': a word of buying earlier in the sentence."""
    k = position - 1
    while k >= max(0, position - _SENTENCE_REACH):
        if doc.tokens[k].folded in BUYING_WORDS:
            return True
        if k in doc.sentence_first:
            return False
        k -= 1
    return False


# A version number names a release of software: "1.72.0", "v2.3".
_VERSION = re.compile(r"\bv?\d+\.\d+\.\d+\b|\bv\d+(?:\.\d+)?\b")


_SENTENCE_REACH = 40  # tokens looked at either side of a name for its sentence's words


def about_software(doc: ActorDocument, position: int, last: int, words: frozenset[str] = SOFTWARE_WORDS) -> bool:
    """'Extra compiler lints are available from Clippy': on a page with code, or in a sentence with a
    word of software or a version number, a seller's phrase names a tool or a package, not a shop."""
    if doc.technical:
        return True
    tokens = doc.tokens
    begin = position
    while begin > max(0, position - _SENTENCE_REACH) and begin not in doc.sentence_first:
        begin -= 1
    end = last + 1
    while end < min(len(tokens), last + _SENTENCE_REACH) and end not in doc.sentence_first:
        end += 1
    if any(tokens[k].folded in words for k in range(begin, end)):
        return True
    stop = tokens[end].start if end < len(tokens) else len(doc.text)
    return _VERSION.search(doc.text, tokens[begin].start, stop) is not None


def shop_online(doc: ActorDocument, position: int) -> bool:
    """'buy the same titles online from Pagewell': "online from" after a word of buying names a shop."""
    tokens = doc.tokens
    return (
        position >= 2
        and tokens[position - 2].joined
        and tokens[position - 1].joined
        and (tokens[position - 2].folded, tokens[position - 1].folded) == ONLINE_FROM
        and _buying_before(doc, position)
    )


# A share's class and currency, written between a listed firm's name and its ticker by market pages that list each
# line of shares: "Scottish Mortgage Ord (LSE:SMT)", "Rio Tinto Registered Shares (LSE:RIO)", "Pershing Square
# Holdings Ord GBP (LSE:PSH)". They name the security, no part of the firm's name.
SHARE_CLASS_WORDS = word_set("ord ordinary registered shares share gbp usd eur gbx adr ads npv pref")
# The ticker in brackets after them, with its exchange or not: "(LSE:SMT)", "(NASDAQ: TSLA)", "(RIO)".
_TICKER_AFTER = re.compile(r" \((?:[A-Z]{2,8}: ?)?[A-Z][A-Z0-9.]{0,6}\)")


def share_class_end(doc: ActorDocument, first: int, last: int) -> int:
    """'Rio Tinto Registered Shares (LSE:RIO)': where the firm's name ends in a run that goes on with its share's
    class words right before its ticker; `last` if the run does not."""
    tokens = doc.tokens
    if _TICKER_AFTER.match(doc.text, tokens[last].end) is None:
        return last
    end = last
    while end > first and tokens[end].folded in SHARE_CLASS_WORDS:
        end -= 1
    return last if tokens[end].folded in SHARE_CLASS_WORDS else end
