"""Particles, articles and hyphens that join a run's words into one name or part them: 'al-', 'Da', 'An', 'La',
'In-', '-i-', 'U.S.-Ghana'.
"""

from __future__ import annotations

import re

from dossier.ingest.acronyms import ACRONYM
from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    CAPITAL_PARTICLES,
    FUNCTION_WORDS,
    KNOWN_GROUPS,
    NAME_PARTICLES,
    NAME_WORD,
    VILLAGE_OPENERS_COMMON,
)
from dossier.ingest.grouping import Candidate
from dossier.ingest.name_bounds import HYPHENED_PARTICLES
from dossier.ingest.name_words import WORD_ALONE
from dossier.ingest.names import is_given_name, word_set
from dossier.ingest.person_names import family_name_after_article
from dossier.ingest.place_evidence import hyphened_place
from dossier.model import ActorKind


def particle_after_the(doc: ActorDocument, position: int, last: int) -> bool:
    """'the Dos Palmas resort', 'the Da Silva Group': a particle in capitals after "the" opens the name."""
    tokens = doc.tokens
    return (
        position > 0
        and position < last
        and cased(tokens[position])
        and tokens[position - 1].text == "the"
        and tokens[position - 1].joined
    )


# "son of", "daughter of" inside an Arabic or Malay name: the word after it is the father's name.
_SON_OF = frozenset(("bin", "ibn", "bint", "binti"))


def after_particle(doc: ActorDocument, k: int) -> bool:
    """'Prince' of 'Port-au-Prince': a word after a hyphened particle is part of one name, no title; so is the
    father's name after "bin" ("Said bin Sultan Naval Base": a base named for a man, no sultan's)."""
    tokens = doc.tokens
    if k >= 1 and tokens[k - 1].text in _SON_OF and doc.text[tokens[k - 1].end : tokens[k].start] == " ":
        return True
    if family_name_after_article(doc, k):
        return True  # "Mahmud al-Haji Ali": the family name "al-Haji", no pilgrim's title
    return k >= 2 and tokens[k - 1].folded in HYPHENED_PARTICLES and doc.text[tokens[k].start - 1] in "-‐"


# A word rarer than this after "Long" or "Little" is a village's own name, not a phrase ("Long Covid").
_VILLAGE_WORD = 3.0


def common_village_opener(words: tuple[str, ...]) -> bool:
    """'Long Hinton', 'Much Wenlock': a common opener, then a rare word that is no one's given name."""
    return words[0] in VILLAGE_OPENERS_COMMON and zipf(words[1]) < _VILLAGE_WORD and not is_given_name(words[1])


def known_hyphen_chain(doc: ActorDocument, inner: int, first: int, last: int) -> tuple[int, int] | None:
    """'Guinea-Bissau', 'Timor-Leste': the words joined by hyphens around a state's word inside a run,
    when the gazetteer knows their whole (the whole wins over its parts; "Russia-Ukraine" is unknown)."""
    part = doc.gazetteer.lookup((doc.tokens[inner].folded,))
    if part is None or part.kind != "state":
        return None
    tokens, text = doc.tokens, doc.text
    start = end = inner
    while start > first and text[tokens[start - 1].end : tokens[start].start] in ("-", "‐"):
        start -= 1
    while end < last and text[tokens[end].end : tokens[end + 1].start] in ("-", "‐"):
        end += 1
    if start == end:
        return None
    words = tuple(tokens[k].folded for k in range(start, end + 1))
    return (start, end) if hyphened_place(doc, start, words) is not None else None


# Small words that join the parts of an Urdu, Persian or Arabic body's name between hyphens:
# "Tehrik-i-Taliban", "Lashkar-e-Tarvan", "Hizb-ul-Varnak", "Ansar-al-Quell".
_NAME_CONNECTORS = word_set("i e ul al ud")


def joined_name_of_a_state(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'Tehrik-i-Taliban Pakistan': a name joined by '-i-' and the like, then a state's name, is one
    body named for its country (its wing there), not a word and a state."""
    tokens = doc.tokens
    if last - position < 3:
        return None
    place = doc.gazetteer.lookup((tokens[last].folded,))
    if place is None or place.kind != "state" or doc.text[tokens[last - 1].end : tokens[last].start] != " ":
        return None
    hyphens = all(doc.text[tokens[k].end : tokens[k + 1].start] in ("-", "‐") for k in range(position, last - 1))
    connector = any(
        tokens[k].folded in _NAME_CONNECTORS and tokens[k].text.islower() for k in range(position + 1, last - 1)
    )
    if not (hyphens and connector and cased(tokens[position]) and cased(tokens[last - 1])):
        return None
    if doc.gazetteer.lookup(("-".join(tokens[k].folded for k in range(position, last)),)) is not None:
        return None  # "Mazar-i-Sharif Afghanistan": a town the gazetteer knows, then its country
    name = doc.text[tokens[position].start : tokens[last].end]
    armed = next(
        (KNOWN_GROUPS[tokens[k].folded] for k in range(position, last) if tokens[k].folded in KNOWN_GROUPS), None
    )
    if armed is not None and armed.kind is ActorKind.armed_force:
        # "Tehrik-i-Taliban Pakistan": the movement of an armed group known by name, in that state
        return Candidate(
            position, last, name, ActorKind.armed_force, "a known armed group's name joined by hyphens", 0.7
        )
    return Candidate(position, last, name, ActorKind.organization, "a name joined by hyphens before a state's", 0.7)


# Groups that name their branches by a hyphen and the land they fight in: "ISIS-Somalia", "ISIL-Yemen".
_GROUPS_WITH_BRANCHES = word_set("isis isil daesh")
# Nouns after a pair of sides joined by a hyphen: "the ISIS-Iraq war" sets two sides against each other.
_NOUNS_OF_A_PAIR = word_set("war wars conflict border borders ceasefire talks deal relations front")


def branch_of_a_group(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'ISIS-Somalia', 'ISIS-Khorasan': a group that names its branches, a hyphen and the land of the branch is
    that branch, one armed group (not the group and a state)."""
    tokens = doc.tokens
    if last != position + 1 or doc.text[tokens[position].end : tokens[last].start] not in ("-", "‐"):
        return None
    if tokens[position].folded not in _GROUPS_WITH_BRANCHES or not cased(tokens[last]):
        return None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is not None and after.joined and after.folded in _NOUNS_OF_A_PAIR:
        return None
    name = doc.text[tokens[position].start : tokens[last].end]
    return Candidate(position, last, name, ActorKind.armed_force, "a group's branch named by its land", 0.7)


def lettered_acronym(doc: ActorDocument, first: int, last: int) -> bool:
    """'F-FDTL', 'A-TREM': one capital letter and a hyphen before an acronym are one acronym; so are an
    acronym, a hyphen and one capital letter after it ('ISIS-K', 'SAG-U': a branch's letter)."""
    tokens = doc.tokens
    if last != first + 1 or doc.text[tokens[first].end : tokens[last].start] != "-" or doc.technical:
        return False
    letter, acronym = (first, last) if len(tokens[first].text) == 1 else (last, first)
    return (
        len(tokens[letter].text) == 1
        and tokens[letter].text.isupper()
        and ACRONYM.fullmatch(tokens[acronym].text) is not None
        and tokens[acronym].text.isalpha()
        and len(tokens[acronym].text) >= 3
        and not doc.text[tokens[last].end : tokens[last].end + 1].isalnum()
        and doc.text[tokens[last].end : tokens[last].end + 1] != "-"
        and tokens[acronym].folded not in _TECH_STANDARDS
        and not (last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].folded in _CONNECTOR_NOUNS)
    )


# A plug's or a standard's noun after its lettered type: "USB-C ports", "a USB-C cable" (no body);
# and the standards whose lettered types are plugs and discs, not a body's branches ("USB-C", "DVD-R").
_CONNECTOR_NOUNS = word_set(
    "port ports cable cables connector connectors charger chargers charging socket sockets adapter"
)


_TECH_STANDARDS = word_set("usb hdmi dvd cd lte pci sata ssd vga dvi nfc ddr gpu cpu")


def saharan_in(doc: ActorDocument, position: int) -> bool:
    """'In-Gall', 'In-Salah': the Tuareg "In" ("place of") opens a Saharan place's name, joined by a hyphen to a
    capitalised word no English phrase writes so ("In-Depth" is a common word's)."""
    tokens = doc.tokens
    if tokens[position].text != "In" or position + 1 >= len(tokens):
        return False
    name = tokens[position + 1]
    if not (cased(name) and zipf(name.folded) < WORD_ALONE):
        return False
    if doc.text[tokens[position].end : name.start] == "-":
        return True
    # "near In Amenas", "the In Amenas inquest": written apart too, a capital "In" inside a sentence after a small
    # word in lower case or "the" is no preposition (a Title Case headline's "Floods In Tremmia" is not read so)
    before = tokens[position - 1] if position > 0 else None
    return (
        doc.text[tokens[position].end : name.start] == " "
        and position not in doc.sentence_first
        and before is not None
        and before.joined
        and (before.text.islower() or before.text == "The")
        and before.text.isalpha()
    )


def acronym_joined_to_a_region(doc: ActorDocument, first: int, last: int) -> bool:
    """'EU-Central Asia', 'AU-Latin America': a body's acronym joined by a hyphen to a place of two words or
    more that the gazetteer knows whole."""
    tokens = doc.tokens
    return (
        last - first >= 2
        and tokens[first].text.isupper()
        and tokens[first].text.isalpha()
        and doc.text[tokens[first].end : tokens[first + 1].start] in ("-", "‐")
        and all(tokens[k].joined and tokens[k + 1].text[:1].isupper() for k in range(first + 1, last))
        and doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first + 1, last + 1))) is not None
    )


def hyphened_places(doc: ActorDocument, first: int, last: int) -> bool:
    """'U.S.-Ghana', 'Belgrade-Pristina': two places or more the gazetteer knows, joined by hyphens
    (a dotted state keeps its last dot before the hyphen), each a name of its own."""
    tokens, text = doc.tokens, doc.text
    if last == first or known_hyphen_chain(doc, first, first, last) is not None:
        return False  # "Guinea-Bissau": one state
    joined = all(text[tokens[k].end : tokens[k + 1].start] in ("-", ".-") for k in range(first, last))
    return joined and all(doc.gazetteer.lookup((tokens[k].folded,)) is not None for k in range(first, last + 1))


def capital_ing_inside(doc: ActorDocument, position: int, last: int) -> bool:
    """'the Pilling Moss Community Wind Fund', 'at Epping Forest': a capitalised word in '-ing' inside a
    sentence, after a word in lower case and before another capitalised word, never in lower case on the page."""
    tokens = doc.tokens
    token = tokens[position]
    return (
        position < last
        and position > 0
        and position not in doc.sentence_first
        and token.folded.endswith("ing")
        and token.text.istitle()
        and tokens[position - 1].text.islower()
        and tokens[position + 1].text.istitle()
        and token.folded not in doc.lower_case
    )


def capital_particle_opens(doc: ActorDocument, position: int, last: int) -> bool:
    """'Van Oordt Techniek', 'Van der Molen Bouw': a capital Dutch or German particle opens a family name
    (and a firm named after one) when a capitalised word follows it, maybe after 'der' or 'den'."""
    tokens = doc.tokens
    if tokens[position].folded not in CAPITAL_PARTICLES or not tokens[position].text[0].isupper():
        return False
    k = position + 1
    while k < last and tokens[k].folded in ("der", "den", "de", "ter") and tokens[k].text.islower():
        k += 1
    return k <= last and tokens[k].capitalised and tokens[k].folded not in NAME_PARTICLES


def letters_in_capitals(doc: ActorDocument, position: int) -> bool:
    """'the AP reported', 'the WHO said': a particle or a small word in capitals amid ordinary text is an
    acronym (the Associated Press, the World Health Organization), no Welsh "ap" of a name and no "who"; a line
    all in capitals keeps its particles and its small words."""
    tokens = doc.tokens
    token = tokens[position]
    if len(token.text) < 2 or not token.text.isupper() or not token.text.isalpha():
        return False  # "A614", "Q3", "RM7": codes and sums, junk in capitals too
    if token.folded not in FUNCTION_WORDS and token.folded not in NAME_PARTICLES:
        return False  # "DEC", "MAR": a month's abbreviation stays a date's
    neighbours = (tokens[k] for k in (position - 1, position + 1) if 0 <= k < len(tokens))
    return not any(len(t.text) > 1 and t.text.isupper() for t in neighbours)


def from_to(doc: ActorDocument, position: int, last: int) -> bool:
    """'the cable car from An Thoi to Hon Thom': a name between "from" and "to" is a route's end, a place."""
    tokens = doc.tokens
    return tokens[position - 1].folded == "from" and last + 1 < len(tokens) and tokens[last + 1].folded == "to"


def irish_article(doc: ActorDocument, position: int, last: int) -> bool:
    """'the An Post office', 'objected to An Bord Pleanála': a capitalised "An" inside a sentence (English
    writes its article in lower case there) opens an Irish name, and stays part of it."""
    token = doc.tokens[position]
    return token.text == "An" and position < last and position not in doc.sentence_first and token.joined


# Romance articles that open places' names: "La Ronge", "Le Touquet", "Los Alamos", "El Paso"; and the German
# article that opens a paper's name ("Der Spiegel", "Der Standard": not "Die", an English verb, nor "Das", a surname).
_ROMANCE_ARTICLES_OPENING = frozenset(("La", "Le", "Les", "Los", "Las", "El", "Der"))


# A preposition of place, maybe then other names of a list: "near Tarvesh, " before "Bint Qarra".
_PLACE_LIST_BEFORE = re.compile(
    r"\b(?:in|near|at|from|to|outside|around)[ \t]+(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*,[ \t]+)*$"
)


# Arabic "son of", "daughter of" that open towns' names too: "Bint Jbeil", "Bin Jawad".
_PLACE_PARTICLES = frozenset(("Bint", "Bin"))


def particle_opens_a_place(doc: ActorDocument, position: int, last: int) -> bool:
    """'near Tarvesh, Bint Qarra and Oumla': a capitalised Arabic particle and one word after a preposition
    of place (or in a list after one) name a town, not a person's middle name."""
    token = doc.tokens[position]
    return (
        token.text in _PLACE_PARTICLES
        and last == position + 1
        and position not in doc.sentence_first
        and token.joined
        and _PLACE_LIST_BEFORE.search(doc.text, max(0, token.start - 80), token.start) is not None
    )


def particle_opens_a_known_town(doc: ActorDocument, position: int, last: int) -> bool:
    """'floods in Da Nang', 'Do Son beach': a capitalised word that is a particle elsewhere ("da", "do") opens a
    town's name the gazetteer knows as the whole run (Vietnamese towns are so written); "Da Silva" is no town."""
    tokens = doc.tokens
    if not tokens[position].text[0].isupper() or position >= last or not tokens[position].joined:
        return False
    place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1)))
    return place is not None and place.kind == "place"


def capital_article_opens(doc: ActorDocument, position: int, last: int) -> bool:
    """'ERs in Kindersley and La Ronge': a capitalised Romance article inside a sentence (English writes
    none there) opens the name after it."""
    token = doc.tokens[position]
    return (
        token.text in _ROMANCE_ARTICLES_OPENING
        and position < last
        and position not in doc.sentence_first
        and token.joined
        and doc.text[token.end : doc.tokens[position + 1].start] == " "
        # (not a brand in a compound: "a heavy Le Quellmore-style pan")
        and not (doc.text[doc.tokens[last].end : doc.tokens[last].end + 1] == "-" and doc.tokens[last].joined)
        # (nor a family name's "Der" after its particle: "Kathleen Van Der Meulen")
        and not (token.text == "Der" and position > 0 and doc.tokens[position - 1].folded in NAME_PARTICLES)
    )


# The Arabic article that is an English preposition, which the other articles' rules leave out: "At Tanf".
_ARABIC_ARTICLES_LIKE_WORDS = frozenset(("At",))


def capital_arabic_article_opens(doc: ActorDocument, position: int, last: int) -> bool:
    """'deployed to At Tanf Garrison', 'the At Tanf Garrison': an Arabic article that is also an English word,
    capitalised inside a sentence after a word in lower case (English writes the word in lower case there),
    opens the name after it."""
    tokens = doc.tokens
    return (
        tokens[position].text in _ARABIC_ARTICLES_LIKE_WORDS
        and position < last
        and position > 0
        and position not in doc.sentence_first
        and tokens[position - 1].joined
        and tokens[position - 1].text.isalpha()
        and tokens[position - 1].text.islower()
        and doc.text[tokens[position].end : tokens[position + 1].start] == " "
    )


# A word rarer than this after a capital "Ibn" or "Bin" is a father's name ("Ibn Hawqal", "Bin Laden"), not an
# English noun after the noun "Bin" ("Bin Collections").
_FATHERS_NAME = 3.5


def capital_son_of_opens(doc: ActorDocument, position: int, last: int) -> bool:
    """'the geographer Ibn Hawqal', 'Ibn Khaldun wrote': a capital "Ibn", "Bin" or "Bint" (son or daughter of)
    before a rare capitalised word opens a person's name known by the father's: the whole is the name."""
    tokens = doc.tokens
    if position >= last or tokens[position].folded not in _SON_OF or not tokens[position].text[0].isupper():
        return False
    nxt = tokens[position + 1]
    return (
        cased(nxt)
        and doc.text[tokens[position].end : nxt.start] == " "
        and zipf(nxt.folded) < _FATHERS_NAME
        and nxt.folded not in NAME_PARTICLES
    )


def capital_all_opens_a_body(doc: ActorDocument, position: int, last: int) -> bool:
    """'the All Progressives Congress', 'the All Tarnu Students Union': "All" in capitals inside a sentence
    opens a party's or a union's name that ends with a body's word (at a sentence's start it is the word)."""
    tokens = doc.tokens
    return (
        tokens[position].text == "All"
        and last >= position + 2
        and position not in doc.sentence_first
        and tokens[position].joined
        and tokens[last].folded in NAME_WORD
    )


# The feasts of all the saints or souls that churches, colleges and schools are named for: "All Saints Church".
_ALL_FEASTS = frozenset(("saints", "souls", "hallows"))


def all_saints_opens(doc: ActorDocument, position: int, last: int) -> bool:
    """'All Saints Church', 'All Souls College', 'All Hallows School': "All" before the saints or souls a church,
    a college or a school is named for opens its name, at a sentence's start too."""
    tokens = doc.tokens
    return (
        tokens[position].text == "All"
        and position < last
        and tokens[position].joined
        and tokens[position + 1].folded.rstrip("'’") in _ALL_FEASTS
    )


def body_branch_in_a_town(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'Age UK Leeds said', 'Mind UK Tarnby': a body named with its land's letters ("Age UK"), then a town the
    gazetteer knows, is the body's branch in that town, one body (no state inside, no person named "Leeds")."""
    tokens = doc.tokens
    for inner in range(position + 1, last):
        letters = tokens[inner].text
        if not (letters.isupper() and 2 <= len(letters) <= 3):
            continue
        land = doc.gazetteer.lookup((tokens[inner].folded,))
        town = doc.gazetteer.lookup(tuple(t.folded for t in tokens[inner + 1 : last + 1]))
        if land is None or land.kind != "state" or town is None or town.kind == "state":
            return None
        name = doc.text[tokens[position].start : tokens[last].end]
        return Candidate(position, last, name, ActorKind.organization, "a body's branch in a town", 0.6)
    return None


def state_then_joined_name(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'Pakistan Tehreek-e-Quell': a state's name, then a name joined by '-e-' and the like, is one body named for
    its country (as `joined_name_of_a_state` reads the state after it), not a state and a word."""
    tokens = doc.tokens
    if last - position < 3 or doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return None
    place = doc.gazetteer.lookup((tokens[position].folded,))
    if place is None or place.kind != "state":
        return None
    hyphens = all(doc.text[tokens[k].end : tokens[k + 1].start] in ("-", "‐") for k in range(position + 1, last))
    connector = any(
        tokens[k].folded in _NAME_CONNECTORS and tokens[k].text.islower() for k in range(position + 2, last)
    )
    if not (hyphens and connector and cased(tokens[position + 1]) and cased(tokens[last])):
        return None
    if doc.gazetteer.lookup(("-".join(tokens[k].folded for k in range(position + 1, last + 1)),)) is not None:
        return None  # "Afghanistan Mazar-i-Sharif": the state, then a town the gazetteer knows
    name = doc.text[tokens[position].start : tokens[last].end]
    return Candidate(position, last, name, ActorKind.organization, "a state's name, then a name joined by hyphens", 0.7)
