"""Shapes of capitalised words that name no actor.

Codes, months and contractions; a verb, an adverb or a common word opening a sentence; plurals
and adjectives of common words; a name used as a word for a thing; titles of works in quotes;
labels opening a line; products' models.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    FORCE_OPENINGS,
    FUNCTION_WORDS,
    HEAD_AFTER_FIRST,
    HEAD_WORD,
    KNOWN_BODIES,
    MONTHS_AND_DAYS,
    NAME_GLUE,
    NAME_WORD,
    NEXT_WORD,
    OUTLET_NOUNS_BEFORE_LETTERS,
    PHRASE_BEFORE,
    TITLE_PARTS,
)
from dossier.ingest.gazetteer import Place
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import COMPASS, LETTER_NUMBER, article_joined, has_cue, is_title
from dossier.ingest.names import fold, is_chinese_surname, is_given_name, is_surname, word_set
from dossier.ingest.war_pages import unit_noun_off_war
from dossier.model import ActorKind

# A gerund or an adverb that opens a run ("Defeating ISIL", "Helpfully"); not "-ed" ("United"),
# and not a place (Italy, Beijing).
_VERB_SUFFIXES = ("ing", "ly")
# An adverb on a stem this short ("sadly", "wryly") is a word people write often.
_SHORT_STEM = 4
_RARE_ADVERB = 2.0

_DOTTED_LOWER = re.compile(r"\.[a-z]{2,}")
# A firm named by its web address, capitalised: "Amazon.com", "Booking.com" (not "example.com", "Pipfile.lock").
_FIRM_ADDRESS = re.compile(r"[A-Z][A-Za-z]+\.(?:com|net|org|co|io)")

CONTRACTION = re.compile(r"[’'](?:s|ve|ll|d|m|re|t)$", re.IGNORECASE)


# The words "'d" shortens "had" or "would" after: "I'd", "they'd", "who'd" ("Sa'd", "Ra'd" are names
# transliterated with an ayn).
_STEMS_BEFORE_D = frozenset(("i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what", "how"))


def _contraction(text: str) -> bool:
    found = CONTRACTION.search(text)
    if found is None or text.casefold() in _GOVERNMENT_SHORT:
        return False  # "the Gov't Communication Service": government written short, no "not"
    return not text.endswith(("'d", "’d")) or text[: found.start()].lower() in _STEMS_BEFORE_D


# "Government" written short with an apostrophe, as some papers do in names: "Gov't Communication Service".
_GOVERNMENT_SHORT = frozenset(("gov't", "gov’t"))


def is_junk_word(token: Token) -> bool:
    word = token.folded
    if "_" in token.text or (_DOTTED_LOWER.search(token.text) and not _FIRM_ADDRESS.fullmatch(token.text)):
        return True  # code and file names: PACKAGE_NAME, Pipfile.lock, example.com
    # "U.S." and "US" are no pronoun; "YOU" and "HE" in capitals still are.
    shouted = "." in token.text or token.text == "US"
    return (
        (word in FUNCTION_WORDS and not shouted)
        or word in MONTHS_AND_DAYS
        # "Mondays" (not an abbreviation's plural, which names things: "the Phoenix Suns", "Mons", "Mars")
        or (word.endswith("days") and word[:-1] in MONTHS_AND_DAYS)
        or _contraction(token.text)
        or (
            any(ch.isdigit() for ch in token.text)
            and not LETTER_NUMBER.fullmatch(token.text)
            and word not in KNOWN_BODIES  # "MI5"
            and not COINED_FOR_NAME.fullmatch(token.text)  # "EU4Business"
        )
        or _FISCAL_PERIOD.fullmatch(token.text) is not None
        or _EARTH_AGE.fullmatch(word) is not None
    )


# A programme's coined name, a body's letters, "4" (for) or "2" (to), then a word: "EU4Business", "EU4Youth".
COINED_FOR_NAME = re.compile(r"[A-Z]{2,5}[24][A-Z][a-z]{2,}")


# An age of the earth's history by its suffix: "Holocene", "Pliocene", "Cenozoic", "Mesozoic".
_EARTH_AGE = re.compile(r"[a-z]{2,}(?:ocene|ozoic)")


# Letters with a digit inside, as some firms and outlets are named: "G4S", "S4C" (two letters at least: "A320"
# is a model's code).
_LETTERS_WITH_A_DIGIT = re.compile(r"(?=(?:\d*[A-Z]){2})[A-Z][A-Z\d]{1,4}")


def code_named_by_its_trade(doc: ActorDocument, k: int) -> bool:
    """'security firm G4S said', 'the Welsh broadcaster S4C': letters with a digit inside, right after the noun
    of a firm's or an outlet's trade, name that firm or outlet (elsewhere such letters are codes)."""
    tokens = doc.tokens
    if k == 0 or not tokens[k - 1].joined or not tokens[k - 1].text.islower():
        return False
    if not any(ch.isdigit() for ch in tokens[k].text) or not _LETTERS_WITH_A_DIGIT.fullmatch(tokens[k].text):
        return False
    trade = PHRASE_BEFORE.get((tokens[k - 1].folded,))
    return (trade is not None and trade.kind is ActorKind.organization) or (
        tokens[k - 1].folded,
    ) in OUTLET_NOUNS_BEFORE_LETTERS


# A hacking or a criminal group's code: letters, then its number ("APT40", "UNC3886", "FIN7", "TA505").
_GROUP_CODE = re.compile(r"[A-Z]{2,5}\d{1,5}")
# What says such a code names a group: the group's noun after a comma ("APT40, a group sponsored by ..."), or
# before it ("the group UNC3886", "known as APT29").
_GROUP_AFTER_CODE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:group|gang|crew|collective|actor|unit|network)\b"
)
_GROUP_BEFORE_CODE = re.compile(r"\b(?:group|gang|crew|collective|actor|known as|dubbed|called)\s+$")


def code_named_as_a_group(doc: ActorDocument, k: int) -> bool:
    """'to APT40, a group sponsored by ...', 'the group UNC3886', 'known as APT29': letters and a number, said to
    name a group, are that group's name (elsewhere such a code is a model's or a form's)."""
    token = doc.tokens[k]
    if not _GROUP_CODE.fullmatch(token.text):
        return False
    before = doc.text[max(0, token.start - 12) : token.start]
    return _GROUP_AFTER_CODE.match(doc.text, token.end) is not None or _GROUP_BEFORE_CODE.search(before) is not None


# Titles written right before a surname alone: "Mrs May", "Mr March".
_TITLES_BEFORE_SURNAME = word_set("mr mrs ms miss dr")


def surname_like_month(doc: ActorDocument, k: int) -> bool:
    """'Theresa May said', 'Mrs May said': a month after a given name or a title, with no number
    near, is a surname."""
    tokens = doc.tokens
    before = tokens[k - 1].folded
    after = tokens[k + 1].text if k + 1 < len(tokens) and tokens[k].joined else ""
    if _day_inside_a_name(doc, k, after) or _month_as_a_chinese_syllable(doc, k, after):
        return True
    if _given_month_inside_a_name(doc, k):
        return True
    if tokens[k].folded not in MONTHS_AND_DAYS or not (is_given_name(before) or before in _TITLES_BEFORE_SURNAME):
        return False
    if tokens[k].folded in _WEEKDAYS and before not in _TITLES_BEFORE_SURNAME:
        return False  # "Minister Rasheed Ahmad Thursday said": news dates a statement so; no weekday is a surname
    return not after[:1].isdigit()


_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")


def _given_month_inside_a_name(doc: ActorDocument, k: int) -> bool:
    """'council head Sayed Jan Khakriwal', 'Mohammad Jan Varnzai': a month that is also a given name ("Jan", as
    Afghan, Dutch and Slavic names hold it), between a rare capitalised word and a family name, no dot or number
    near, is a word of the name; the name was cut in two around a month."""
    tokens = doc.tokens
    if k == 0 or not tokens[k - 1].joined or not tokens[k - 1].text.istitle():
        return False
    return zipf(tokens[k - 1].folded) < _RARE_FAMILY_NAME and given_name_like_month(doc, k)


# Months as calendars shorten them that are also syllables of Chinese given names: "Dong Jun", "Wang Jun".
_CHINESE_SYLLABLE_MONTHS = word_set("jun")


def _month_as_a_chinese_syllable(doc: ActorDocument, k: int, after: str) -> bool:
    """'Adm. Dong Jun', 'Wang Jun said': a short month written as a name's syllable (title case, no dot, no number
    near) right after a Chinese family name."""
    tokens = doc.tokens
    token = tokens[k]
    if token.folded not in _CHINESE_SYLLABLE_MONTHS or not token.text.istitle() or k == 0 or not tokens[k - 1].joined:
        return False
    if doc.text.startswith(".", token.end) or after[:1].isdigit():
        return False
    previous = tokens[k - 1]
    return previous.text.istitle() and is_chinese_surname(previous.folded)


def given_name_like_month(doc: ActorDocument, k: int) -> bool:
    """'Jan Kowalski said', 'April Tarvelle': a month (or its short form) that is also a given name, in title case
    with no dot or number near, right before a family name (a rare word or one the lists know), opens a name."""
    tokens = doc.tokens
    token = tokens[k]
    if token.folded not in MONTHS_AND_DAYS or not token.text.istitle() or not is_given_name(token.folded):
        return False
    if k + 1 >= len(tokens) or not token.joined or doc.text.startswith(".", token.end):
        return False
    if k > 0 and tokens[k - 1].joined and tokens[k - 1].text[:1].isdigit():
        return False  # "3 Jan Tarvelle": a date, then a name
    family = tokens[k + 1]
    if not family.text.istitle() or family.folded in MONTHS_AND_DAYS or family.folded in FUNCTION_WORDS:
        return False
    return is_surname(family.folded) or zipf(family.folded) < _RARE_FAMILY_NAME


_RARE_FAMILY_NAME = 3.0  # "Kowalski" 2.4; not "Sales" 5.0 of "June Sales Figures"


# Days as calendars shorten them, which are also syllables of Burmese and Vietnamese names: "Thu", "Sun".
_SHORT_DAYS = word_set("mon tue wed thu fri sat sun")


def _day_inside_a_name(doc: ActorDocument, k: int, after: str) -> bool:
    """'Aung Thu Kyaw', 'Nguyen Thu Lan': a short day written like a name's syllable (no dot, no number
    near) between two capitalised words that are no days or months, so a syllable of one name."""
    tokens = doc.tokens
    if tokens[k].folded not in _SHORT_DAYS or not tokens[k].text.istitle() or not tokens[k - 1].joined:
        return False
    previous = tokens[k - 1]
    following = tokens[k + 1].folded if after else ""
    return (
        previous.text[:1].isupper()
        and previous.folded not in MONTHS_AND_DAYS
        and after[:1].isupper()
        and following not in MONTHS_AND_DAYS
        and doc.text[tokens[k].end : tokens[k].end + 1] == " "
    )


_RARE_WORD_AFTER_A_DAY = 3.0  # "Microsystems", "Hung"; not "Night" of "Sat Night"


def short_day_opens_a_name(doc: ActorDocument, k: int) -> bool:
    """'Sun Microsystems said', 'Shares in Sun Pharma': a short day in title case, with no dot, comma or number
    near, right before a rare capitalised word (no month, no day), opens a firm's or a person's name; a calendar
    writes the date or the time after it ("Sun 4 May", "Sat Oct 5")."""
    tokens = doc.tokens
    token = tokens[k]
    if token.folded not in _SHORT_DAYS or not token.text.istitle() or k + 1 >= len(tokens) or not token.joined:
        return False
    if doc.text[token.end : token.end + 1] != " " or (k > 0 and tokens[k - 1].text[:1].isdigit()):
        return False
    after = tokens[k + 1]
    return (
        after.text[:1].isupper()
        and not after.text.isupper()
        and after.folded not in MONTHS_AND_DAYS
        and after.folded not in FUNCTION_WORDS
        and zipf(after.folded) < _RARE_WORD_AFTER_A_DAY
    )


def verb_form(word: str) -> bool:
    """A gerund or an adverb of a common English word: "defeating", "helpfully"; not "Kelly", "Sterling", nor a
    given name that reads like one ("Holly", "Sally", "Blessing": "Holly Fields said" names a woman)."""
    if is_given_name(word):
        return False
    for suffix in _VERB_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if suffix == "ly" and len(stem) < _SHORT_STEM and zipf(word) < _RARE_ADVERB:
                return False  # "Parly", "Bradly": a name whose start is a short word ("oddly" is common)
            forms = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
            return any(zipf(form) >= 3.5 for form in forms)
    return False


_OPENING_QUOTES = ('"', "“", "‘", "„")

_CLOSING_QUOTES = ('"', "”", "’", "“")


def quoted_title(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'“The Irishman”', '“War Stories”': a title of a work in quotation marks, not an actor.

    Only words standing wholly inside the quotes, with no word of an organisation's name or a force's
    head, and opening with "The" or of more than one word (a one-word name in quotes, “Daesh”, stays).
    A head word of a place or a club is beaten by the quotes: “Little Women”, “Penny Lane” are works.
    """
    tokens, text = doc.tokens, doc.text
    first = position
    while (
        first > 0
        and tokens[first - 1].joined
        and (tokens[first - 1].folded == "the" or is_title(tokens[first - 1].folded))
    ):
        first -= 1  # “The Marvelous Mrs Maisel”: the article and the title are inside the quotes too
    before = text[tokens[first].start - 1 : tokens[first].start] if tokens[first].start > 0 else ""
    after = text[tokens[last].end : tokens[last].end + 1]
    if after in (",", ".") and text[tokens[last].end + 1 : tokens[last].end + 2] in _CLOSING_QUOTES:
        after = text[tokens[last].end + 1]  # “Unfold Everything,” with the comma inside the quotes
    if before not in _OPENING_QUOTES or _body_in_quotes(words):
        return False
    if after not in _CLOSING_QUOTES:
        return _title_case_quote(doc, last)  # “Postcolonial Remembrance in the City”
    return first < position or len(words) > 1


def _body_in_quotes(words: tuple[str, ...]) -> bool:
    """“Islamic State”, “Tremmin Battalion”: quotes around a body's or a force's name (scare quotes) keep it."""
    head = HEAD_WORD.get(words[-1])
    return (
        any(w in NAME_WORD for w in words)
        or (head is not None and head.kind is ActorKind.armed_force)
        or (len(words) >= 2 and (words[-2], words[-1]) in HEAD_AFTER_FIRST)
    )


# A code after a label's colon: figures, maybe with letters, "_", "-" or "/" ("161212_11", "A-2024/17").
_CODE_AFTER_LABEL = re.compile(r"[ \t]*[\w/-]*\d[\w/-]*")


def line_label(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Header Image: ...', 'Photo Credit: ...': ordinary words opening a line as its label.

    A speaker's name before a colon ("Ilse Varnholt: We will...") has a given name or a rare
    word in it, so it stays.
    """
    tokens, text = doc.tokens, doc.text
    shouted = len(words) == 1 and tokens[position].text.isupper() and zipf(words[0]) >= _SHOUTED_LABEL
    if (len(words) < 2 and not shouted) or text[tokens[last].end : tokens[last].end + 1] != ":":
        return False  # one word only in capitals: "POLL: Should councils pay?", "WATCH: ..."
    if words[-1] == "id" and _CODE_AFTER_LABEL.match(text, tokens[last].end + 1):
        return True  # "Bruxelles, 12/12/2016 - 13:20, UNIQUE ID: 161212_11": an identifier's label, mid-line too
    if text[: tokens[position].start].rstrip(" \t")[-1:] not in ("", "\n"):
        return False
    if words[-1] in _COLUMN_NOUNS:
        return True  # a newspaper's column heading: "Police Blotter: ...", "Court Roundup: ..."
    return not has_cue(words) and all(zipf(word) >= 3.5 and not is_given_name(word) for word in words)


def stage_direction(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'[AD BREAK]', '[Music Fades]': ordinary words wholly inside square brackets are a transcript's note of what
    happens, not a name."""
    tokens, text = doc.tokens, doc.text
    if (
        text[tokens[position].start - 1 : tokens[position].start] != "["
        or text[tokens[last].end : tokens[last].end + 1] != "]"
    ):
        return False
    return not has_cue(words) and all(zipf(word) >= 3.5 and not is_given_name(word) for word in words)


# The names of a paper's regular columns, whatever word (a body's, a cue's) comes before them; and of a report's
# box of its main points ("Key Takeaways:", "Main Highlights:").
_COLUMN_NOUNS = word_set(
    "blotter blotters briefs roundup round-up digest log logs diary notebook recap takeaways highlights "
    # (and in the singular, as think tanks head their summary: "Key Takeaway: ...")
    "takeaway"
)


_SHOUTED_LABEL = 4.3  # "poll" (4.35), "watch"; not "NATO:" (4.0) or "NASA:" (4.2) opening a line


def ordinary_before_facility(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'the Windows port': a common English word before "port" or "base" names no facility."""
    return len(words) == 1 and zipf(words[0]) >= 4.5 and doc.gazetteer.lookup(words) is None


# -- Rules against the junk of real web pages (issue 15): kept together to ease merges. --


_FISCAL_PERIOD = re.compile(r"[QH][1-4]|FY\d{2,4}")  # Q3, H1, FY24: a part of a year, like a month


def possessive_before_name(doc: ActorDocument, last: int) -> bool:
    """'Zorvak's Game', 'Tarvel's Ladder': a possessive before a capitalised word names a work or a shop."""
    tokens, text = doc.tokens, doc.text
    if text[tokens[last].end : tokens[last].end + 3] not in ("'s ", "’s ") or last + 1 >= len(tokens):
        return False
    return cased(tokens[last + 1]) and tokens[last + 1].start == tokens[last].end + 3


def after_brand(doc: ActorDocument, first: int) -> bool:
    """The word before the run is a brand written with a lower-case first letter and a capital inside."""
    if first == 0 or not doc.tokens[first - 1].joined:
        return False
    before = doc.tokens[first - 1].text
    return before[:1].islower() and any(ch.isupper() for ch in before[1:]) and before[1:2].isupper()


_MAX_QUOTED_TITLE = 10


def _title_case_quote(doc: ActorDocument, last: int) -> bool:
    """The quotation the run opens goes on in Title Case to its closing mark, within a few words:
    the name of a work or a project ("Postcolonial Remembrance in the City"), not speech."""
    tokens, text = doc.tokens, doc.text
    for k in range(last + 1, min(len(tokens), last + _MAX_QUOTED_TITLE)):
        if not (tokens[k].capitalised or tokens[k].folded in FUNCTION_WORDS or tokens[k].folded in NAME_GLUE):
            return False
        if tokens[k - 1].end > tokens[k].start or "\n" in text[tokens[k - 1].end : tokens[k].start]:
            return False
        if text[tokens[k].end : tokens[k].end + 1] in _CLOSING_QUOTES:
            return tokens[k].capitalised
    return False


def name_before_noun(doc: ActorDocument, position: int) -> bool:
    """A name with no cue between an article and a lower-case word that is no verb or function
    word: it names a kind of thing ("the Cauchy distribution", "an Octane hitbox"); an actor
    there ("the Varnak regime") is one a cue already found."""
    tokens = doc.tokens
    if position + 1 >= len(tokens) or not tokens[position].joined or position == 0:
        return False
    if tokens[position - 1].folded not in ("the", "a", "an") or not tokens[position - 1].joined:
        return False  # "Talamenes demonstrate": without an article the word after may be a verb
    following = tokens[position + 1]
    if doc.text[tokens[position].end : following.start] != " " or not following.text[:1].islower():
        return False
    word = following.folded
    # ("the Cornish coast": a people's adjective in "-ish" before "coast" is no land's name, as before a noun)
    cued = (
        word in NEXT_WORD
        and not (word == "coast" and tokens[position].folded.endswith("ish"))
        and not unit_noun_off_war(doc, word)  # "the Coriolis force" on a page with no war is a kind of thing
    )
    return word not in FUNCTION_WORDS and not cued and not word.endswith("ed")


_CITY_DEMONYM_ENDINGS = ("ians", "ian", "ites", "ite", "ers", "er")
_CITY_OF_PEOPLE = 100_000


def city_demonym(doc: ActorDocument, word: str, before: tuple[str, ...] = ()) -> bool:
    """'Nashvillian', 'Londoners', 'Berliner': a word for people from a place the gazetteer knows; with the
    place's first words `before` it ("New Yorkers", "San Franciscans"), or run together ("Hongkongers")."""
    if not before and doc.gazetteer.country_of_demonym(word) is not None:
        return False  # "Ukrainian" is of a state: "Ukrainian Ground Forces" keeps it
    if not before and doc.gazetteer.lookup((word,)) is not None:
        return False  # "Meridian Audit Partners": a town's own name, not the people of Mérida
    for ending in _CITY_DEMONYM_ENDINGS:
        # (With first words, only a plural: "The New Yorker" is a magazine.)
        if before and not ending.endswith("s"):
            continue
        if word.endswith(ending) and len(word) - len(ending) >= (3 if before else 4):
            stem = word[: -len(ending)]
            for base in (stem, stem + "e", stem + "a"):
                key = (*before, base)
                place = doc.gazetteer.lookup(key)
                if place is None and not before:
                    place = doc.gazetteer.lookup_run_together(base)
                # A town big enough to name its people by ("Secunder" is a given name, not a person from
                # Secunda), a region ("New Yorkers", "Floridians") or Hong Kong, a state here.
                if place is not None and fold(place.name).replace(" ", "") == "".join(key) and _peopled(place):
                    return True
            return False
    return False


def _peopled(place: Place) -> bool:
    # (The gazetteer gives a state or a region, "New York", "Florida", no count of people.)
    return place.population >= _CITY_OF_PEOPLE or place.population == 0


_MEN_PLURAL = 2.5


def plural_of_word(word: str) -> bool:
    """'Presentations', 'Millionaires': the plural of a common English word, with no cue."""
    if word.endswith("men") and len(word) >= 6 and not is_given_name(word):
        # "Airmen", "Guardsmen": a "-man" noun's plural (not "Carmen", a given name)
        return zipf(word) >= _MEN_PLURAL and zipf(word[:-3] + "man") >= _MEN_PLURAL
    if not word.endswith("s") or len(word) < 5:
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return zipf(singular) >= PHRASE_WORD and zipf(singular) > zipf(word)


_ADJECTIVE_ENDINGS = ("ian", "ean", "esque")


# Adjectives of a region with no such ending: "Nordic dining", "Baltic herring", "Arctic foxes", "Balkan food"
# (not "Celtic": a club's fans are "Celtic fans").
_REGION_ADJECTIVES = frozenset(("nordic", "baltic", "arctic", "balkan"))


def adjective_before_noun(doc: ActorDocument, position: int) -> bool:
    """'the Gaussian kernel', 'a Euclidean distance', 'Nordic dining': an adjective made from a name or a region's,
    before a noun."""
    token = doc.tokens[position]
    adjective = token.folded.endswith(_ADJECTIVE_ENDINGS) or token.folded in _REGION_ADJECTIVES
    if not adjective or not token.joined or position + 1 >= len(doc.tokens):
        return False
    following = doc.tokens[position + 1]
    return (
        following.text[:1].islower()
        and following.folded not in FUNCTION_WORDS
        and following.folded not in NEXT_WORD
        and doc.text[token.end : following.start] == " "
    )


# Nouns of a time joined by a hyphen to the adjective of its age: "Byzantine-era mosque", "Ottoman-period walls".
_AGE_NOUNS = frozenset(("era", "period", "age", "style", "dynasty"))
_AGE_ADJECTIVE_ENDINGS = ("ine", "ian", "ean", "an", "ic", "ese", "ish")
_SHORTEST_AGE_ADJECTIVE = 6  # "Khan-era" is a ruler's name, "Tudor-era" no adjective's ending


def age_adjective_before_era(doc: ActorDocument, position: int) -> bool:
    """'Byzantine-era Hagia Sophia', 'Ottoman-period walls': a people's or a dynasty's adjective joined to the
    noun of an age says when something was built, and names no actor."""
    tokens = doc.tokens
    token = tokens[position]
    if position + 1 >= len(tokens) or len(token.folded) < _SHORTEST_AGE_ADJECTIVE:
        return False
    if not token.folded.endswith(_AGE_ADJECTIVE_ENDINGS):
        return False
    following = tokens[position + 1]
    return following.folded in _AGE_NOUNS and doc.text[token.end : following.start] in ("-", "‐")


# Words this common, all of them, with nothing that says what they name, make a phrase, not a name
# ("Death Row", "Informed Consent"); a rarer word keeps it ("Golden Globes", "Holy Grail").
PHRASE_WORD = 3.5


def common_opener_phrase(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """A very common word opening a sentence, written in capitals nowhere else, before one more
    word that nothing makes a name's ("Golden Dawn" written elsewhere in the text is confirmed)."""
    word = words[0]
    if position not in doc.sentence_first or word in doc.confirmed or zipf(word) < OPENER_WORD:
        return False
    if article_joined(doc, position):
        return False  # "Al-Varnak attacked": an Arabic article opening the name, however common "al" is
    if has_cue(words) or is_given_name(word) or is_surname(word) or is_given_name(words[1]):
        return False
    if zipf(words[1]) >= _COMMON:
        return False  # "Red Cross", "Golden Dawn": two common words may well be a name
    if is_title(word) or word in TITLE_PARTS or word in COMPASS:
        return False  # "President Obama", "Foreign Secretary", "North Korea"
    gazetteer = doc.gazetteer
    if gazetteer.lookup((word,)) is not None or gazetteer.lookup(words) is not None:
        return False
    return not any(gazetteer.country_of_demonym(w) for w in (word, words[1], " ".join(words)))


def past_tense_opener(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Added ARKit support', 'Visualizing Zorvakin data': a verb in the past tense or a gerund
    opening a sentence, written in capitals nowhere else, before a run that names nothing by its
    own words ("United Nations", "Armed Forces" keep their first word: their cue is in the run)."""
    token = doc.tokens[position]
    word = token.folded
    if position not in doc.sentence_first or word in doc.confirmed:
        return False
    if not word.endswith(("ed", "ing")) and word not in _IRREGULAR_PARTICIPLES:
        return False
    if word in _WHAT_IS_SAID_OF_A_PERSON and len(words) > 1 and not is_title(words[1]):
        return True  # "Accused White House intruder's health questioned": no name opens with "Accused"
    if has_cue(words) or doc.gazetteer.lookup(words) is not None or doc.gazetteer.lookup((word,)) is not None:
        return False
    if any(words[k : k + 2] in FORCE_OPENINGS for k in (1, 2)):
        return False  # "Combined Joint Task Force-Operation X": the force's qualifier, named with its operation
    if is_given_name(word) or is_surname(word):
        return False  # "Ted", "Reed", "Manning"
    if len(words) > 1 and word in TITLE_PARTS and is_title(words[1]):
        return False  # "Commanding Officer Ilse Varn", "Acting President ...": the word opens a title
    if word in _IRREGULAR_PARTICIPLES:
        return True  # "Stolen Hollander landscape found in garage": a participle of its own form, no name's word
    cut = 2 if word.endswith("ed") else 3
    stem = word[:-cut]
    stems = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
    return any(len(form) >= 3 and zipf(form) >= _VERB_STEM for form in stems)


OPENER_WORD = 4.5
# Participles a headline says of a person, before what the person did or where: they open no body's name, as
# "United", "Armed" or "Combined" do.
_WHAT_IS_SAID_OF_A_PERSON = frozenset(
    ("accused", "alleged", "suspected", "convicted", "jailed", "detained", "embattled", "disgraced", "ousted")
)

# Past participles of their own form (no "-ed") that open a headline before what they say of a thing or a person:
# "Stolen Hollander landscape found", "Sunken Varnish trawler raised", "Forgotten Tarnby poet honoured".
_IRREGULAR_PARTICIPLES = word_set(
    "stolen sunken sunk forgotten frozen broken fallen beaten shaken torn written sold bought caught built "
    "hidden taken withdrawn overthrown stricken"
)

_COMMON = 3.0


# A verb's stem this common makes "Added", "Visualizing" opening a sentence a verb ("visualize" 3.3).
_VERB_STEM = 3.0


# A stock's listing in brackets after its company: "(NASDAQ: HLVN)", "(NYSE:ORM; LSE: ORM)", and a wire's markets
# copy with its exchanges' short codes, one letter or two: "(TO:ORM) (N:ORM)". A market may take up to three words,
# as releases name the smaller ones: "(BULLETIN BOARD: ORM)", "(NYSE American: ORM)", "(TSX Venture: ORM)". A
# share listed twice may have its listings apart by a slash: "(TSX: ORM / NYSE: ORMX)", "(NOTC: ORM/OTCMKTS: ORMF)".
_LISTING = re.compile(
    r"\((?:\s*[A-Z][A-Za-z.]{0,11}(?: [A-Z][A-Za-z.]{0,11}){0,2}\s*:\s*[A-Z0-9][A-Z0-9.]{0,7}\s*[;,/]?)+\s*\)"
)
_LISTING_AFTER = re.compile(r" *" + _LISTING.pattern)
_LISTING_REACH = 40


def in_a_listing(doc: ActorDocument, position: int, last: int) -> bool:
    """The exchange or the ticker of a listing in brackets ("(NASDAQ: HLVN)"): codes, not actors."""
    start, end = doc.tokens[position].start, doc.tokens[last].end
    if ":" not in doc.text[max(0, start - 12) : end + 12]:
        return False  # no exchange's colon beside the name: no listing (and no regex to run)
    window = doc.text[max(0, start - _LISTING_REACH) : end + _LISTING_REACH]
    offset = max(0, start - _LISTING_REACH)
    return any(match.start() + offset < start and end <= match.end() + offset for match in _LISTING.finditer(window))


def listing_after(doc: ActorDocument, last: int) -> bool:
    """'Vaultix (NASDAQ: VLTX)': a company named with its stock's listing."""
    return _LISTING_AFTER.match(doc.text, doc.tokens[last].end) is not None


# A share's listing written with no brackets and no space, as markets sites print it: "BIT:ORM", "NYSE:ORM". The
# same letters elsewhere on the page ("ORM Quell Bond ETF") are that share's code too.
_BARE_LISTING = re.compile(r"(?<![\w:/])[A-Z]{1,8}:([A-Z][A-Z0-9.]{0,7})\b")


def listed_code(doc: ActorDocument, position: int, last: int) -> bool:
    """'BIT:ORM' somewhere on the page: "ORM" is a share's code, no actor."""
    text = doc.tokens[position].text
    if position != last or not text.isupper() or ":" not in doc.text:
        return False
    # (not where the firm's own name is its code: "furniture giant DFS (LON:DFS)" names the firm, then its listing)
    return any(
        match.group(1) == text and doc.text[max(0, match.start() - len(text) - 2) : match.start()] != text + " ("
        for match in _BARE_LISTING.finditer(doc.text)
    )


# A share's ticker as markets pages and releases tag it: "$ORM" (a cashtag).
def cashtag(doc: ActorDocument, position: int, last: int) -> bool:
    """'$ORM': a ticker written after a dollar sign, a share's tag, no actor."""
    token = doc.tokens[position]
    return position == last and token.text.isupper() and doc.text[token.start - 1 : token.start] == "$"


# What a law firm's release for a class action writes after the share's ticker: "ORM INVESTOR ALERT: ...",
# "ORM SHAREHOLDER NOTICE", "ORM Investors Have the Opportunity to Join ...", "ORM Shareholders Who Lost Money".
_ALERT_AFTER_A_TICKER = re.compile(
    r" (?:(?:INVESTOR|SHAREHOLDER|STOCKHOLDER)S? (?:ALERT|NOTICE|REMINDER|NEWS)\b"
    r"|(?:Investors|Shareholders|Stockholders) (?:Have|Who|With|Should|Are|May)\b)"
)


def ticker_before_an_alert(doc: ActorDocument, position: int, last: int) -> bool:
    """'ORM INVESTOR ALERT: Tarn LLP Files Class Action Lawsuit': the share's ticker opening a release's headline."""
    text = doc.tokens[position].text
    return (
        position == last
        and text.isupper()
        and 2 <= len(text) <= 5
        and _ALERT_AFTER_A_TICKER.match(doc.text, doc.tokens[last].end) is not None
    )


_GLUED_VERBS = ("said", "says", "told")


def name_glued_to_its_verb(doc: ActorDocument, position: int) -> bool:
    """A name the page writes alone, then "said" or "told" with no space: a copy that lost the space."""
    text = doc.tokens[position].text
    stem = next((text[: -len(verb)] for verb in _GLUED_VERBS if text.endswith(verb) and len(text) > len(verb) + 2), "")
    return bool(stem) and any(token.text == stem for token in doc.tokens)
