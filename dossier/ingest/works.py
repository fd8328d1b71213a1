"""Names of things, not actors, and news outlets by what is said around them.

Real web pages name far more things than actors: games and their characters, films and shows,
apps, libraries and phones, grapes and wine labels, and ideas named after people ("the
Kullback–Leibler divergence"). Their names look like any other; what gives them away is
the text around them, as a reader sees it:
- a noun before the name ("the game Starfall Arena", "the app Lumio", "you play as Ysolde");
- a noun after a name with no cue of its own ("the Lumio app", "Riesling grapes");
- a version number after it ("Quillstone 3.2", "Windows 11"), or a model's last word ("Veyra Pro",
  "X7 Max"); a name the page writes with a version or a model word is a product wherever the
  page names it alone ("Quillstone", "X7");
- a noun of science after it, over names joined by a dash ("Kullback–Leibler divergence",
  "Bayes factors", "a Monte Carlo method").
- a role someone plays ("returns as Sheriff Eli Crane", "Silas Marrow, is played by ...").
The page as a whole says more: on a page about things (several words of works, products, games
or wine in lower case) a name nothing explains is a thing's, and on a game's page its towns and
people are the game's. Names listed with hotels in their towns are venues too. And an outlet is
named by what it does: "told Politico", "writing for the Capitol Ledger", "Bloomberg reported",
"the blog Red River Dispatch", a photo's credit. The words are tables in `cues.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.car_models import CAR_MAKERS, maker_and_model
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    CONCEPT_NOUNS,
    CONNECTOR_NOUNS,
    CONNECTOR_STANDARDS,
    DISH_HEADS,
    FIRM_SERVICE_NOUNS,
    FUNCTION_WORDS,
    FUND_CLASS_WORDS,
    FUND_NOUNS,
    GAME_WORDS,
    HEAD_AFTER_FIRST,
    HEAD_WORD,
    HOME_PRODUCT_NOUNS,
    INDEX_MODIFIERS,
    INSTRUMENT_NOUNS,
    KNOWN_BODIES,
    KNOWN_FIRMS,
    LIVESTOCK_NOUNS,
    MADE_THING_ADJECTIVES,
    MADE_THING_NOUNS,
    MEASURE_NOUNS_AFTER,
    MODEL_SUFFIXES,
    MONTHS_AND_DAYS,
    NAME_WORD,
    NEXT_WORD,
    OPERATION_OPENERS,
    OUTLET_AFTER,
    OUTLET_BEFORE,
    OUTLET_NOUNS_AFTER,
    OUTLET_NOUNS_BEFORE_LETTERS,
    PANTRY_ADJECTIVES,
    PANTRY_NOUNS,
    PHRASE_BEFORE,
    PLATFORM_PHRASES,
    PRICE_MOVE_VERBS,
    PRODUCT_NOUNS_AFTER,
    QUANTITY_OF_NOUNS,
    ROLE_PHRASES,
    ROLE_VERBS,
    TERM_ACRONYMS,
    THING_PAGE_WORDS,
    TITLES,
    TOOL_HEADS,
    TOOL_PHRASES,
    VENUE_WORDS,
    WEAPON_NOUNS_AFTER,
    WORK_APPOSITION_ENDS,
    WORK_APPOSITION_HEADS,
    WORK_NOUNS_BEFORE,
    WORK_PHRASES_BEFORE,
    Cue,
)
from dossier.ingest.grouping import ActorDraft, Candidate
from dossier.ingest.line_index import line_start
from dossier.ingest.listed_firms import is_listed_firm, is_listed_firms_word
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import WORD_ALONE, has_cue
from dossier.ingest.names import fold, is_given_name, is_surname, word_set
from dossier.ingest.titled_things import variant_of_a_thing
from dossier.model import ActorKind

# A version or a model number after a name: "3.2", "11", "14", "S24"; not a year ("Paris 2024" may
# be a date's context) and not a score ("Rams 24-17").
# A model's number of four digits is no year ("the Sunfast 3600"; not "Tarnby 2024").
_VERSION = re.compile(r" (?:v|V)?(\d{1,3}(?:\.\d+)*|(?!1[89]\d\d\b|20\d\d\b)\d{4}|[A-Z]\d{1,3})(?![\w.,]?\d|[-–]\d)")
_DECIMAL_VERSION = re.compile(r" (?:v|V)?\d{1,3}\.\d+(?!\d)")
_DASHES = ("-", "–", "‐", "—")
# Heads of places and forces that take a number ("Highway 1", "Gate 3", "Task Force 58").
_NUMBERED_HEADS = frozenset(
    word
    for word, cue in HEAD_WORD.items()
    if cue.kind is not ActorKind.media and cue.kind is not ActorKind.organization
)
# Two-word heads of forces that take a number: "Carrier Air Wing 3".
_NUMBERED_PAIRS = frozenset(pair for pair, cue in HEAD_AFTER_FIRST.items() if cue.kind is ActorKind.armed_force)
# Words that open a noun phrase before a work's noun: "the game", "a new film", "its app", "Ashby's novel".
_WORK_OPENER = re.compile(
    r"(?i:the|a|an|its|his|her|their|our|new|popular|hit|latest|debut|acclaimed|classic|upcoming|\w+['’]s"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|final)$"
)
_ARTICLES = frozenset(("the", "a", "an"))
_TRADE_AFTER_THE_NOUN = frozenset(
    ("engineer", "engineers", "developer", "developers", "designer", "designers", "firm", "firms", "company")
)
_STEM_WORDS = 3  # a product line's name before its version: "Veyra", "Dell XPS", "Microsoft Surface"


def product_stems(doc: ActorDocument) -> set[tuple[str, ...]]:
    """Names the page writes with a decimal version ("Quillstone 3.2") or a model's last word
    ("Veyra Pro", "X7 Max"): product lines, whose name alone names the product too. Sets
    `doc.brands`, the first words of those names that the page also has speak ("Orbis said")."""
    tokens, text = doc.tokens, doc.text
    stems: set[tuple[str, ...]] = set()
    for k, token in enumerate(tokens):
        if not cased(token):
            continue
        if _DECIMAL_VERSION.match(text, token.end):
            end = k
        elif token.folded in MODEL_SUFFIXES and k > 0 and tokens[k - 1].joined and cased(tokens[k - 1]):
            if text[tokens[k - 1].end : token.start] != " ":
                continue
            end = k - 1
        elif k >= 2 and (tokens[k - 2].folded, tokens[k - 1].folded) in WORK_PHRASES_BEFORE and tokens[k - 1].joined:
            end = k  # "the first season of Ashfall": the show wherever the page names it
            while end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]) and end - k < 2:
                end += 1
            stems.add(tuple(tokens[i].folded for i in range(k, end + 1)))
            continue
        elif _before_product_noun(doc, k):
            end = k  # "the Lumio app": Lumio is the app wherever the page names it
        else:
            continue
        first = end
        while (
            first > 0
            and end - first + 1 < _STEM_WORDS
            and tokens[first - 1].joined
            and cased(tokens[first - 1])
            and tokens[first - 1].folded not in _ARTICLES  # "The Quellvac Aero vacuum" opening a sentence
        ):
            first -= 1
        stems.add(tuple(tokens[i].folded for i in range(first, end + 1)))
    # A name the page also has speak, own or lead something ("Netflix said", "Netflix's app", "Varnak
    # fighters") is an actor that makes or does things, not a product.
    makers = {
        token.folded
        for k, token in enumerate(tokens[:-1])
        if cased(token)
        and (text[token.end : token.end + 2] in ("'s", "’s") or (token.joined and tokens[k + 1].folded in NEXT_WORD))
    }
    doc.families = _product_family(doc)
    models = _models_by_their_year(doc) | doc.families
    doc.brands = {stem[0] for stem in stems | models if len(stem) > 1 or stem[-1] in makers}
    return {stem for stem in stems if stem[-1] not in makers} | models


_DICTIONARY_WORD = 2.5  # Zipf: "checkout", "ledger" are ordinary nouns, "Statuspage" is coined
_FAMILY_SIZE = 2  # a maker's name before two different nouns: "Quorvane Checkout" and "Quorvane Ledger"


def _product_family(doc: ActorDocument) -> set[tuple[str, ...]]:
    """Two-word names that share a maker's coined first word and end in different ordinary nouns, one of them a
    noun no body is named by ("Quorvane Checkout failed ... Quorvane Ledger was not affected"): the maker's
    products, as "Google Maps" and "Google Drive" are. Not a town's, a person's or a known firm's or outlet's
    first word ("Bristol Rovers", "Sami Blackwood", "BBC Sport"), nor a body's noun alone ("Tarnby Herald" and
    "Tarnby Gazette" are outlets)."""
    tokens = doc.tokens
    nouns: dict[str, set[str]] = {}
    for k in range(len(tokens) - 1):
        first, second = tokens[k], tokens[k + 1]
        if not (cased(first) and cased(second) and first.joined and doc.text[first.end : second.start] == " "):
            continue
        if (k > 0 and tokens[k - 1].joined and cased(tokens[k - 1])) or (
            second.joined and k + 2 < len(tokens) and cased(tokens[k + 2])
        ):
            continue  # a longer run: "Quorvane Payments Ltd"
        if first.text.isupper() or second.text.isupper() or not second.text.isalpha():
            continue
        nouns.setdefault(first.folded, set()).add(second.folded)
    family: set[tuple[str, ...]] = set()
    for maker, all_ends in nouns.items():
        ends = {end for end in all_ends if zipf(end) >= _DICTIONARY_WORD}
        if (
            len(ends) < _FAMILY_SIZE
            or maker in _used_as_a_town_or_an_owner(doc, nouns)
            or zipf(maker) >= 2.0
            or is_given_name(maker)
            or maker in KNOWN_FIRMS
            or doc.gazetteer.lookup((maker,)) is not None
        ):
            continue
        cues = [HEAD_WORD.get(end) or NAME_WORD.get(end) for end in ends]
        if all(cue is None or cue.kind is ActorKind.media for cue in cues) and any(cue is None for cue in cues):
            family |= {(maker, end) for end in ends}
    return family


# What a maker's word alone may do before its products: speak or act ("Quorvane said", "Quorvane launched").
_MAKERS_VERBS = word_set("said says told added announced launched reported confirmed apologised")


def _used_as_a_town_or_an_owner(doc: ActorDocument, nouns: dict[str, set[str]]) -> set[str]:
    """The candidate makers' words the page also writes alone before a possessive or a noun in lower case
    ("Pellowby library to close", "Ousterley's commercial director"): a town's or a firm's own name, whose
    two-word names are its school, its ward or its ships, no product line."""
    tokens, text = doc.tokens, doc.text
    used: set[str] = set()
    for k in range(len(tokens) - 1):
        token, after = tokens[k], tokens[k + 1]
        if token.folded not in nouns or not cased(token):
            continue
        if text[token.end : token.end + 2] in ("'s", "’s") or (
            token.joined and after.text.islower() and after.folded not in _MAKERS_VERBS
        ):
            used.add(token.folded)
    return used


# What a model does after its name: "the 2020 Sentra gets a new grille", "the 2021 Altrex is on sale".
_MODEL_VERBS = word_set("is will gets comes goes arrives offers")


def _noun_after(tokens: list[Token], end: int) -> bool:
    """Whether a word in lower case follows the name ending at `end` that is neither a function word nor a
    model's verb: the noun the name qualifies."""
    if end + 1 >= len(tokens) or not tokens[end].joined:
        return False
    after = tokens[end + 1]
    return after.text.islower() and after.folded not in FUNCTION_WORDS and after.folded not in _MODEL_VERBS


# "the 2020 Sentra", "a 2019 Nissan Sentra": a model year between an article and a name.
_MODEL_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d")
_BEFORE_MODEL_YEAR = word_set("the a an new all-new")


def _models_by_their_year(doc: ActorDocument) -> set[tuple[str, ...]]:
    """Names written after a model year ("the 2020 Sentra gets a new grille"): a car's or a device's model,
    whatever else the page has it do ("the Sentra's interior"); with a listed maker's name first ("the 2020
    Nissan Sentra"), the model's own name alone too. Not a place, a person or a maker alone after a year ("the
    2014 Crimea crisis", "the 2016 Trump campaign"), nor a name before a noun ("the 2022 Karakalpakstan unrest")."""
    tokens = doc.tokens
    stems: set[tuple[str, ...]] = set()
    for k in range(1, len(tokens) - 1):
        year, before = tokens[k], tokens[k - 1]
        if not (
            before.folded in _BEFORE_MODEL_YEAR and before.joined and year.joined and _MODEL_YEAR.fullmatch(year.text)
        ):
            continue
        end = k + 1
        while end - k < _STEM_WORDS and tokens[end].joined and end + 1 < len(tokens) and cased(tokens[end + 1]):
            end += 1
        words = tuple(token.folded for token in tokens[k + 1 : end + 1])
        first = words[0] if words and cased(tokens[k + 1]) else ""
        if _noun_after(tokens, end):
            continue  # "the 2022 Karakalpakstan unrest", "the 2020 Nagorno-Karabakh war": a dated event
        if not first or is_given_name(first) or is_surname(first) or doc.gazetteer.lookup(words[:1]) is not None:
            continue
        if len(words) == 1 and is_listed_firms_word(first):
            continue  # "the 2020 Nissan lineup": the maker, not a model
        stems.add(words)
        if len(words) >= 2 and is_listed_firms_word(first):
            stems.add(words[1:])
    return stems


# Product nouns that name a trade too: "a Peterhead processor" (of fish), "Grimsby processors".
_TRADES_NAMED_AS_PRODUCTS = word_set("processor processors")


def town_before_a_trade(doc: ActorDocument, k: int, after: Token) -> bool:
    """'Peterhead processor buys smokehouse': a town the gazetteer knows, then a noun of a trade that names products
    too, is where the firm is, no chip's name."""
    return after.folded in _TRADES_NAMED_AS_PRODUCTS and doc.gazetteer.lookup((doc.tokens[k].folded,)) is not None


def _before_product_noun(doc: ActorDocument, k: int) -> bool:
    tokens = doc.tokens
    if k + 1 >= len(tokens) or not tokens[k].joined or doc.text[tokens[k].end : tokens[k + 1].start] != " ":
        return False
    after = tokens[k + 1]
    made_thing = after.folded in PRODUCT_NOUNS_AFTER or after.folded in HOME_PRODUCT_NOUNS
    if not (after.text[:1].islower() and made_thing and tokens[k].folded not in NAME_WORD):
        return False
    if town_before_a_trade(doc, k, after):
        return False
    opens_the_stem = k == 0 or not (tokens[k - 1].joined and cased(tokens[k - 1]))
    if len(tokens[k].text) > 1 and tokens[k].text.isupper() and opens_the_stem:
        # "The EU framework", "the NHS app": a body by its letters, whose framework or app it is (not a model's
        # letters after its name: "its Ranger HD pickup")
        return False
    # "a Brooklyn software engineer": the noun names a trade there, the town before it where, and no product
    trade = k + 2 < len(tokens) and after.joined and tokens[k + 2].folded in _TRADE_AFTER_THE_NOUN
    return not trade


_GAME_PAGE = 3
_GAME_NOUNS = frozenset(("game", "games", "videogame", "videogames"))


def game_page(lower_case: set[str]) -> bool:
    """A review or a play-through of a game: three of its words in lower case (a game's noun counts once)."""
    return len(lower_case & GAME_WORDS) + bool(lower_case & _GAME_NOUNS) >= _GAME_PAGE


def invented_in_a_game(draft: ActorDraft, home_lands: frozenset[str] = frozenset()) -> bool:
    """On a game's page: a place the gazetteer does not know, or knows only as a small town after a preposition,
    or a person found by a weak cue only ("in Helgen", "the port of Saltreach", "back to Riverwood", "Brother
    Anselm"): the game's world, not ours. A small town in a land of the page's other towns (`home_lands`) is
    ours: "recorded in a chapel near Penzance" beside the studio's Falmouth."""
    if draft.kind is ActorKind.place:
        small = _SMALL_TOWN_AFTER_A_PREPOSITION.match(draft.found_by)
        if small is not None:
            # "walk back to Riverwood": a suburb of Sydney by that name is not where the game is
            return small[1] not in home_lands
        return not draft.found_by.startswith("gazetteer") and draft.confidence < _SURE_PLACE
    return draft.kind is ActorKind.person and draft.confidence < _SURE_PERSON


_SURE_PLACE = 0.75
# How `name_kinds` drafts a town the gazetteer knows, supported only by the preposition before it (a large city,
# a state or a region says so instead): "gazetteer: Riverwood, Australia (after 'to')".
_SMALL_TOWN_AFTER_A_PREPOSITION = re.compile(r"gazetteer: [^(,]+, ([^(]+) \(after '[^']+'\)$")
# ...and a town it gives with no other cue, whose land is where the page's real towns are.
_TOWN_ALONE = re.compile(r"gazetteer: [^(,]+, ([^(]+) \(no other cue\)$")


def home_lands(drafts: list[ActorDraft]) -> frozenset[str]:
    """The lands of the towns a game's page names with no preposition before them (the studio's, the publisher's
    town), where the game's own invented towns are not."""
    return frozenset(match[1] for draft in drafts if (match := _TOWN_ALONE.match(draft.found_by)) is not None)


# A role in a show, a film or a game: "Marcus Oduya returns as Sheriff Eli Crane", "Silas Marrow, is
# played by Peter Lindgren", "you play as Ysolde". Up to two title words may stand before the name.
# A short phrase of when or where may stand before "as": "returns for his tenth year as", "stars this winter as".
_ROLE_BEFORE = re.compile(
    r"\b(?:plays?|playing|played|stars?|starring|returns?|appears?|cast|voices?)"
    r"(?:\s+(?:for|this|next|again|once|in)\b(?:\s+[a-z][\w'’-]*){0,3})?\s+as\s+"
    r"(?:(?:the|a|an|his|her)\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}$"
)
# After the name, perhaps through a list of roles: "Silas Marrow is played by", "Nell and Tamsin, are played
# by", "Nell, played by Ada Varn,".
_ROLE_AFTER = re.compile(
    r"(?:,?\s+(?:and\s+)?[A-Z][\w'’-]+){0,3}(?:,?\s+(?:is|are|was|were|will be)\s+|,\s+)(?:played|voiced)\s+by\b"
    r"|\s+\((?:played|voiced)\s+by\b"
)


# A story's character by its part in the story, after a work's or a writer's word: "Its heroine, Annie Tulloch,",
# "the novel's young protagonist Moira Flett" (not "the Olympic heroine Jo Varn": a real woman's feat is written
# with a capital; nor "war hero" or "the film's narrator": a hero and a narrator are as often real).
_CHARACTER_BEFORE = re.compile(
    r"\b(?:[Ii]ts|[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ww]hose|[a-z]+['’]s)\s+(?:[a-z]+\s+)?"
    r"(?:heroine|protagonist|anti-?hero),?\s+$"
)


def plays_a_role(text: str, draft: ActorDraft) -> bool:
    """Whether the text names this draft as a character someone plays, or a story's character by its part."""
    return any(
        _ROLE_BEFORE.search(text, max(0, start - 60), start) is not None
        or _ROLE_AFTER.match(text, end) is not None
        or _CHARACTER_BEFORE.search(text, max(0, start - 40), start) is not None
        for start, end in draft.spans
    )


# A cast list's "<performer> as <role>": "the soprano Ilse Varn as Violetta", "Tomas Oskel as the wicked
# Baron Grist". The name before "as" must be a drafted person (or a name of no kind): "the Royal Navy as HMS
# Tremmin" is a ship.
_CAST_AS = re.compile(r",?\s+as\s+(?:(?:the|a|an|his|her)\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}$")


def cast_as_a_role(text: str, draft: ActorDraft, person_ends: set[int]) -> bool:
    """Whether a drafted person stands right before "as" and this draft's name: a role in a cast list.
    Not a post ("Ilse Varn as the acting President"): a name of titles only is the holder's post."""
    if draft.kind not in (ActorKind.person, ActorKind.other) or all(
        word.lower() in TITLES for word in draft.name.split()
    ):
        return False
    for start, _ in draft.spans:
        match = _CAST_AS.search(text, max(0, start - 40), start)
        if match is not None and match.start() in person_ends:
            return True
    return False


_SURE_PERSON = 0.6

# "Mari Penhallow plays Elsbeth with a dry wit": on a game's or a show's page, a performer plays a character.
_PLAYS = re.compile(r" (?:plays|played|voices|voiced) $")


def played_by_a_performer(text: str, draft: ActorDraft, person_ends: set[int]) -> bool:
    """On a page about works: whether a drafted person's name, then "plays" or "voices", stands right before one
    of this draft's names (a character; "Djokovic plays Alcaraz" on a sports page is no such page's)."""
    if draft.kind not in (ActorKind.person, ActorKind.other):
        return False
    # (the character's name after "plays" may be read as no candidate at all: each place the page writes it counts)
    for spelling in (draft.name, *draft.aliases):
        for found in re.finditer(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", text):
            start = found.start()
            match = _PLAYS.search(text, max(0, start - 10), start)
            if match is not None and match.start() in person_ends:
                return True
    return False


# Distinct words of works, products, play and wine a page uses before it reads as a page about things.
_THING_PAGE = 4


def things_page(doc: ActorDocument) -> bool:
    """A review, release notes, a tasting: a page that uses several words for works, products,
    games or wine in lower case. A capitalised name there that nothing explains is a thing's."""
    return len(doc.lower_case & THING_PAGE_WORDS) >= _THING_PAGE or game_page(doc.lower_case)


UNEXPLAINED_ON_THINGS_PAGE = "a capitalised name on a page about things"


def unexplained(draft: ActorDraft) -> bool:
    """A draft of a page about things that nothing in the whole text made an actor of."""
    return draft.kind is ActorKind.other and draft.found_by == UNEXPLAINED_ON_THINGS_PAGE


# A price in brackets after a name, maybe after its age or vintage: "Sercial 10 Years (£38",
# "Boal 2008 Colheita (£46", "Pinot Noir 2021 ($24".
# Not a fee in millions ("Hollis Bramwell (£12m)": a player in a transfer list).
_PRICE_AFTER = re.compile(
    r"(?: \d{1,4}(?: [A-Z][a-z]+){0,2})? \((?:£|\$|€) ?[\d.,]+(?![\d.,]*\s?(?:m|bn|k|million|billion)\b)"
)


def _priced_item(doc: ActorDocument, position: int, last: int) -> bool:
    """A product in a buying list: it opens a sentence or an item (after a colon or a semicolon) and its
    price follows in brackets. Not "available from Waitrose (£9.99)": the shop comes after a word."""
    if _PRICE_AFTER.match(doc.text, doc.tokens[last].end) is None or is_given_name(doc.tokens[position].folded):
        return False
    if position in doc.sentence_first:
        return True
    gap = doc.text[doc.tokens[position - 1].end : doc.tokens[position].start] if position > 0 else ""
    return len(gap) <= 3 and gap.endswith((": ", "; "))  # "Try: X (£38", "...Wines); X (£46"


# A weapon's or a platform's kind after its model's name, over words of its role: "the Varga Yaga heavy bomber
# drone", "a Tessel attack helicopter", "the Orlan loitering munition", "the Varn-SM combat module".
_WEAPON_KIND_AFTER = re.compile(
    r" (?:(?:heavy|light|attack|bomber|strike|combat|reconnaissance|transport|kamikaze|loitering|utility|assault"
    r"|cruise|ballistic|guided|interceptor|sniper|battle|main) ){1,2}"
    r"(?:drones?|helicopters?|tanks?|howitzers?|missiles?|rifles?|munitions?|aircraft|jets?|modules?|turrets?)\b"
)


# Crewless craft and mine-clearing gear by what they are, after a model's name (with or without an article):
# "Tarnfish unmanned underwater vehicles", "Quellfox mine neutralization systems".
_CREWLESS_KIND_AFTER = re.compile(
    r" (?:(?:unmanned|uncrewed|autonomous|remotely operated)(?: (?:underwater|undersea|surface|aerial|ground))?"
    r"|mine (?:neutralization|neutralisation|countermeasures?|hunting|clearance|disposal))"
    r" (?:vehicles?|systems?|vessels?|boats?|drones?|craft)\b"
)


def _weapon_model_before_its_kind(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'the Varga Yaga heavy bomber drone': after an article, a name that no place, people or firm is, then words
    of a weapon's role and its kind (a model, not the person its words look like)."""
    crewless = _CREWLESS_KIND_AFTER.match(doc.text, doc.tokens[last].end) is not None
    if not crewless and (position == 0 or doc.tokens[position - 1].folded not in ("the", "a", "an")):
        return False
    if "".join(words) in KNOWN_FIRMS or doc.gazetteer.lookup(words) is not None:
        return False
    if doc.gazetteer.country_of_demonym(words[0]) is not None:
        return False  # "the Russian attack helicopter": whose it is
    return crewless or _WEAPON_KIND_AFTER.match(doc.text, doc.tokens[last].end) is not None


# Verbs whose object is a product when a firm's clause opens with them: "which markets Varnexa", "that makes Tarnol"
# (not "sells" or "sold": a firm sells its units too, "which sold Quellpay to Visa").
_MARKETING_VERBS = frozenset({"markets", "marketed", "makes", "manufactures", "manufactured"})


# What may follow a product's name that ends the phrase: "which markets Varnexa in Europe, ..."
_AFTER_A_PRODUCT = frozenset({"in", "to", "and", "for", "under", "as", "since", "from", "on", "at", "with"})


def _marketed_by_a_firm(doc: ActorDocument, position: int, last: int) -> bool:
    """'Quellgen, which markets Varnexa': a name right after "which" (or "that") and a verb of selling is
    the firm's product ("that sells Tesco goods": a name before a noun is a brand's, left to other rules)."""
    tokens = doc.tokens
    ends_phrase = last + 1 >= len(tokens) or not tokens[last].joined or tokens[last + 1].text in _AFTER_A_PRODUCT
    return (
        ends_phrase
        and position >= 2
        and tokens[position - 1].text in _MARKETING_VERBS
        and tokens[position - 2].text in ("which", "that")
        and tokens[position - 2].joined
        and tokens[position - 1].joined
    )


# A year joined by a hyphen after a name, maybe with a letter for its phase: "Strait Thunder-2025A", "Zapad-2021".
_YEAR_CODE_AFTER = re.compile(r"-(?:19|20)\d\d[A-Z]?\b")


def named_with_its_year(doc: ActorDocument, last: int) -> bool:
    """'Strait Thunder-2025A', 'Zapad-2021': an exercise or an event named with its year, no actor."""
    return doc.tokens[last].text.isalpha() and _YEAR_CODE_AFTER.match(doc.text, doc.tokens[last].end) is not None


# The last word of a vehicle's or a missile's type or model name ("Joint Light Tactical Vehicle", "Tomahawk Land
# Attack Missiles"); a body's name ends with its own head ("Driver and Vehicle Standards Agency").
_VEHICLE_HEADS = frozenset(("vehicle", "vehicles", "missile", "missiles"))


# A model's code of capitals and digits ("K10", "T90", "BMP3"), then up to three lower-case words to a thing's noun.
_CODE = re.compile(r"[A-Z]{1,4}\d{1,3}[A-Z]?")
_WORDS_TO_A_NOUN = re.compile(r"(?: [a-z-]+){0,2} ([a-z]+)\b")


def _code_before_a_made_things_noun(doc: ActorDocument, last: int) -> bool:
    """'K10 ammunition resupply vehicles', 'the K21 infantry fighting vehicle': a code of letters and digits that
    names a model, not the acronym of a body."""
    if _CODE.fullmatch(doc.tokens[last].text) is None:
        return False
    after = _WORDS_TO_A_NOUN.match(doc.text, doc.tokens[last].end)
    return after is not None and after.group(1) in MADE_THING_NOUNS


@dataclass(frozen=True)
class _ThingQuestion:
    """A name asked whether it names a thing, with the words around it that the readings look at."""

    doc: ActorDocument
    position: int
    last: int
    words: tuple[str, ...]
    cued: bool  # the name has a word of its own that says what it is ("Kestrel Electronics")

    @property
    def before(self) -> Token | None:
        k = self.position - 1
        return self.doc.tokens[k] if k >= 0 and self.doc.tokens[k].joined else None

    @property
    def ahead(self) -> Token | None:
        k = self.position - 2
        return self.doc.tokens[k] if k >= 0 and self.doc.tokens[k].joined else None

    @property
    def after(self) -> Token | None:
        tokens, last = self.doc.tokens, self.last
        return tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None


def names_a_thing(doc: ActorDocument, position: int, last: int, words: tuple[str, ...], cued: bool) -> str | None:
    """Why the name at `position`..`last` names a work, a product or an idea (None: it may be an
    actor): the readings below in their order, the first that tells decides; a name with a cue of its own
    (`cued`) is asked only the first ones."""
    question = _ThingQuestion(doc, position, last, words, cued)
    for reading in _READINGS_OF_ANY_NAME:
        if (why := reading(question)) is not None:
            return why
    if cued:
        return None
    for reading in _READINGS_OF_AN_UNCUED_NAME:
        if (why := reading(question)) is not None:
            return why
    return None


def _works_and_roles_after_their_noun(q: _ThingQuestion) -> str | None:
    """A noun of a work or a role before the name: "the game Starfall Arena", "you play as Ysolde"."""
    doc, position, words = q.doc, q.position, q.words
    tokens, text = q.doc.tokens, q.doc.text
    before, ahead = q.before, q.ahead
    if before is not None and before.text[:1].islower() and text[before.end : tokens[position].start] == " ":
        # A noun of a work after an article, a possessive or a maker's name ("the game", "Ashby's
        # novel", "the HBO show"); not a verb ("to show Varnak's strength").
        opened = (
            ahead is not None and (_WORK_OPENER.match(ahead.text) is not None or _makers_name(q, ahead, before))
        ) or (position >= 2 and text[tokens[position - 2].end : before.start] in ("'s ", "’s "))
        # "their single Glass Harbour" names a song; "a single Tillmart branch" does not, and "single" is
        # no noun of works elsewhere (a page with "a single charge" is not about things).
        single = before.folded == "single" and not (ahead is not None and ahead.folded in ("a", "an", "the"))
        if (before.folded in WORK_NOUNS_BEFORE or single) and opened:
            if len(words) >= 2 and before.folded in _STORY_WORK_NOUNS:
                # "children's film Mary Varnpins ... Mary Varnpins was created by": the work wherever the page names it
                doc.works.add(words)
            return f"after '{before.text}'"  # "the game Starfall Arena", "the HBO show Midnight Harbor"
        if ahead is not None and (ahead.folded, before.folded) in WORK_PHRASES_BEFORE:
            return f"a work, after '{ahead.text} {before.text}'"  # "the first season of Ashfall"
        if ahead is not None and (ahead.folded, before.folded) in ROLE_PHRASES:
            return f"a role, after '{ahead.text} {before.text}'"  # "you play as Ysolde"
        if (
            before.folded in ROLE_VERBS
            and ahead is not None
            and (ahead.folded == "who" or ahead.capitalised)
            and is_given_name(words[0])
            and len(words) <= 2
            and not doc.sports
        ):
            return f"a role, after '{ahead.text} {before.text}'"  # "Ruth Ellery plays Margaret, the widow"
    return None


# Nouns of works that are verbs too: after a capitalised word they may be its verb ("Polls show Labour ahead",
# "England play Italy on Saturday"), not the noun after a maker's name ("the HBO show Midnight Harbor").
_WORK_NOUNS_ALSO_VERBS = word_set("play plays show shows book books film films")


def _makers_name(q: _ThingQuestion, ahead: Token, noun: Token) -> bool:
    """Whether the capitalised word before a work's noun is the maker's name ("the HBO show"), not the subject of
    the noun read as a verb."""
    if not cased(ahead):
        return False
    if noun.folded not in _WORK_NOUNS_ALSO_VERBS:
        return True
    k = q.position - 3  # the word before the maker's name
    tokens = q.doc.tokens
    return k >= 0 and tokens[k].joined and _WORK_OPENER.match(tokens[k].text) is not None


def _drivers_possessive_before(doc: ActorDocument, position: int) -> bool:
    """'Morley's Cupra': a person's possessive before a car maker's name (not a land's: "Germany's Volkswagen" is
    the firm)."""
    start = doc.tokens[position].start
    if position == 0 or doc.text[max(0, start - 3) : start] not in ("'s ", "’s "):
        return False
    owner = doc.tokens[position - 1].folded
    return doc.gazetteer.lookup((owner,)) is None and doc.gazetteer.country_of_demonym(owner) is None


def _maker_letters_before_a_model(doc: ActorDocument, last: int) -> bool:
    """'ATR 72-600 aircraft': a maker's letters, its model's number, then the made thing's noun (the maker alone
    there names the aircraft, no actor)."""
    tokens = doc.tokens
    letters = tokens[last].text
    if not (2 <= len(letters) <= 5 and letters.isupper() and letters.isalpha()) or last + 2 >= len(tokens):
        return False
    if not tokens[last].joined or not tokens[last + 1].text[:1].isdigit():
        return False
    return any(
        tokens[k].folded in MADE_THING_NOUNS
        for k in range(last + 2, min(last + 5, len(tokens)))
        if tokens[k - 1].joined
    )


# Living things named by their genus before the kind they are: "Sphagnum moss", "Salmonella bacteria".
_ORGANISM_NOUNS = word_set(
    "moss mosses bacteria bacterium fungus fungi lichen lichens fern ferns beetle beetles larvae"
)


def _genus_before_its_organism(doc: ActorDocument, last: int, words: tuple[str, ...]) -> bool:
    """'Sphagnum moss', 'Salmonella bacteria': one rare word before a living thing's kind, no place."""
    tokens = doc.tokens
    after = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    return (
        after is not None
        and after.text in _ORGANISM_NOUNS
        and zipf(words[0]) < _GENUS_ZIPF
        and doc.gazetteer.lookup(words) is None
    )


_GENUS_ZIPF = 3.0


# A made thing, then the name it was given: "a drone fitted with a thermal camera, nicknamed Curlew", "the
# machine-learning model, named PEATNET,", "ATR aircraft, including its newest, named Spirit of St Agnes".
_THINGS_NAMED = (
    "drone|drones|model|models|robot|robots|rover|rovers|aircraft|plane|planes|satellite|satellites|algorithm|"
    "software|app|camera|sensor|sensors|machine|machines|vehicle|vehicles|locomotive|locomotives|telescope|probe|"
    "chatbot|buoy|buoys|glider|gliders|submersible"
)
_THING_NAMED = re.compile(
    rf"\b(?:{_THINGS_NAMED})\b[^.;:!?\"“”]{{0,60}}?,? (?:nicknamed|named|dubbed|christened) (?:[A-Z][\w'-]* of )?$"
)


def _products_by_the_words_around_them(q: _ThingQuestion) -> str | None:
    """A product, a medicine, a work or an idea by the clause, list or price around it."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    named_thing = _THING_NAMED.search(doc.text, max(0, doc.tokens[position].start - 90), doc.tokens[position].start)
    if named_thing and not is_given_name(words[0]):  # (not "a fashion model named Ilse Varn")
        return "a made thing's name, after its noun and 'named'"  # "a drone ..., nicknamed Curlew"
    if maker_and_model(words) and not has_cue(words[1:]) and not is_listed_firm(words):
        return "a car, by its maker and model"  # "Morley's Cupra Leon", "the Toyota Corolla"
    if len(words) == 1 and _maker_letters_before_a_model(doc, last):
        return "a maker's letters before its model's number"  # "ATR 72-600 aircraft", "the BAE 146 jets"
    if len(words) == 1 and _genus_before_its_organism(doc, last, words):
        return "a genus, before the kind of living thing it is"  # "the growth of Sphagnum moss"
    if len(words) == 1 and words[0] in CAR_MAKERS and _drivers_possessive_before(doc, position):
        return "a car, by its maker after its driver's possessive"  # "Morley's Cupra was quickest"
    if _own_product(doc, position, last, words):
        return "a firm's own product, after 'its'"  # "revenue from its Azure platform", "its Gemini assistant"
    if words in doc.families:
        return "a product of a maker that names several"  # "Quorvane Checkout" beside "Quorvane Ledger"
    if (
        q.before is not None
        and q.before.folded == "our"
        and q.after is not None
        and q.after.folded in _OWN_APPEALS
        # ordinary words, not a body's name ("our Tarnby Hospice appeal" is for the hospice)
        and not any(word in NAME_WORD or zipf(word) < WORD_ALONE for word in words)
    ):
        doc.works.add(words)  # the appeal wherever the page names it: "Warm Homes appeal passes £310,000"
        return f"the site's own {q.after.text}"  # "Our Warm Homes appeal has raised ...", cued by its words or not
    if _marketed_by_a_firm(doc, position, last):
        return "a product, after 'which markets'"  # "Quellgen, which markets Varnexa,"
    if _medicine_by_example(doc, position):
        return "a medicine, named as an example of its kind"  # "treatments such as Zelvaro"
    if _listed_after_works(doc, position, last):
        doc.works.add(words)
        return "a work, listed after its plural noun"  # "her earlier films, Salt Road and The Lantern Keeper,"
    if _title_by_its_author(doc, position, last, words):
        doc.works.add(words)
        return "a work, 'The ...' by its author"  # "The Pillowman by Martin Varn"
    if _listed_title_by_its_author(doc, position, last):
        doc.works.add(words)
        return "a work, a list's line of a title by its author"  # "- Dover Street by Amara Okeke (Granary Books)"
    if listed_after_works_include(doc, position):
        doc.works.add(words)
        return "a work, listed after 'include'"  # "whose films include Salt Road, Tomas Varn and Ashfall"
    if _work_apposition(doc, last):
        doc.works.add(words)
        return "a work, by the description after it"  # "Paper Harbour, an animated short by Ilse Varn,"
    if _concept_after(doc, last):
        return "an idea named after it"  # "the Kullback–Leibler divergence", "Bayes factors"
    if _campaign_tail(doc, position, last):
        return "the end of a campaign's name 'X to Y'"  # "the Take Ten to Beat Scams website"
    if _priced_item(doc, position, last):
        return "a product, with its price after it"  # "Try: Valadares Sercial 10 Years (£38, Corvo Wines)"
    return None


def _versions_and_model_numbers(q: _ThingQuestion) -> str | None:
    """A version or a model's number after the name: "Quillstone 3.2", "the Pagewave 3"."""
    doc, position, last, words, cued = q.doc, q.position, q.last, q.words, q.cued
    tokens, text = q.doc.tokens, q.doc.text
    version = _VERSION.match(text, tokens[last].end)
    # One word and a one-digit number ("Channel 4", "Radio 4") may still name an outlet or a team;
    # a body's or a force's name before a number is a unit ("Task Force 58", "Group 4").
    if (
        version
        and (len(words) > 1 or len(version.group(1)) > 1)
        and not _year_or_unit_after(doc, last)
        and not _substitutes_minute(doc, position, version)
        and not (cued and (words[-1] in NAME_WORD or words[-1] in _NUMBERED_HEADS or words[-2:] in _NUMBERED_PAIRS))
    ):
        return "a version number after it"  # "Quillstone 3.2", "Windows 11", "Dell XPS 13", "Orbis Watch 3"
    if (
        version
        and len(words) == 1
        and not cued
        and not doc.sports
        and _always_numbered(doc, position, version.group(1))
    ):
        return "a model's number after it each time"  # "the Pagewave 3 is...", "The Pagewave 3 costs £169"
    if (
        version
        and len(words) == 1
        and not cued
        and not doc.sports
        and zipf(words[0]) < WORD_ALONE
        and (
            _SIBLING_MODEL_AFTER.match(text, version.end())
            or _SIBLING_MODEL_BEFORE.search(text, max(0, tokens[position].start - 40), tokens[position].start)
        )
    ):
        return "a model's number after it, beside a sibling model"  # "the Tellus 6 and the Orbis 4 in the range"
    return None


# Another model and its number joined to this one: "the Tellus 6 and the Orbis 4", "Orbis 4 or Tellus 6".
_SIBLING_MODEL_AFTER = re.compile(r" (?:and|or) (?:the )?[A-Z][\w-]+ \d{1,3}\b(?![.,]?\d)")
_SIBLING_MODEL_BEFORE = re.compile(r"\b[A-Z][\w-]+ \d{1,3} (?:and|or) (?:the )?$")


def _dishes_colours_tools_and_plans(q: _ThingQuestion) -> str | None:
    """Dishes, a product's colours, a site's tools, funds, pantry brands and a service's plans."""
    doc, position, last, words, cued = q.doc, q.position, q.last, q.words, q.cued
    tokens, text = q.doc.tokens, q.doc.text
    after = q.after
    if len(words) >= 2 and words[-1] in DISH_HEADS:
        return f"a dish, ends with '{tokens[last].text}'"  # "Dutch Apple Pie", "Victoria Sponge"
    if _COLOURS_BEFORE.search(text, max(0, tokens[position].start - 60), tokens[position].start):
        return "a colour or a finish, listed after 'comes in'"  # "comes in Forest Green, Navy and Oatmeal"
    if len(words) >= 2 and words[-1] in TOOL_HEADS:
        return f"a site's tool, ends with '{tokens[last].text}'"  # "our Fund Finder", "ISA Calculator"
    if after is not None and after.text.islower() and after.folded in FUND_NOUNS and words[-1] in FUND_CLASS_WORDS:
        return "a fund, by its asset class before 'fund'"  # "the Fundsmith Equity fund"
    if _pantry_noun_after(doc, last):
        return "a brand or variety before a food"  # "Demerara sugar", "Carnation evaporated milk"
    if len(words) >= 2 and not cued and after is not None and after.text.islower() and after.folded in _PLAN_NOUNS:
        # "a Lumora One subscription", "the Tarnflix Premium plan": a service's plan (one word, "a Tarnflix
        # subscription", is the firm's name)
        return f"a service's plan, before '{after.text}'"
    return None


def _operations_terms_and_alerts(q: _ThingQuestion) -> str | None:
    """Named operations, plural terms, connectors' standards and public alerts (asked of cued names too)."""
    last, words, cued = q.last, q.words, q.cued
    tokens, text = q.doc.tokens, q.doc.text
    head = HEAD_WORD.get(words[-1])
    if cued and len(words) >= 2 and words[0] in OPERATION_OPENERS and head is not None and head.kind in _NO_UNIT:
        return "a named operation"  # "Operation Tremmin Guardian", "Operation Varn Bay": not an outlet, a place
    speaks = last + 1 < len(tokens) and tokens[last + 1].folded in ("said", "says", "announced", "reported")
    if len(words) >= 2 and _plural_term(tokens[last].text) and not speaks:  # "Global X ETFs said" is a firm
        return "a kind of thing, by its plural term"  # "Ether ETFs", "Solvane NFTs"
    if words[0] in CONNECTOR_STANDARDS and _CONNECTOR_AFTER.match(text, tokens[last].end):
        return "a connector's standard"  # "a USB-C port", "two Thunderbolt 4 ports"
    if len(words) == 2 and words[0] in _ALERT_COLOURS and words[1] in ("alert", "alerts"):
        return "a public alert"  # "an Amber Alert", "a Silver Alert": a kind of bulletin, not a person
    return None


def _breeds_tools_releases_and_platforms(q: _ThingQuestion) -> str | None:
    """Breeds, tools one uses, releases, apposed works and products, platforms posted on."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text = q.doc.tokens, q.doc.text
    if (
        last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text.islower()
        and (tokens[last + 1].folded in LIVESTOCK_NOUNS)
    ):
        return f"a breed, before '{tokens[last + 1].text}'"  # "graze Longhorn cattle", "Herdwick sheep"
    for size in (2, 1):
        phrase = tuple(t.folded for t in tokens[position - size : position]) if position >= size else ()
        if (
            phrase in TOOL_PHRASES
            and all(t.joined for t in tokens[position - size : position])
            # "Switched from Salvara" opens a review: a verb and its small word, not a heading's words
            and (tokens[position - size].text[:1].islower() or (size == 2 and tokens[position - 1].text.islower()))
            # "use Stagecoach buses": one uses a firm's buses, not a tool
            and not (last + 1 < len(tokens) and tokens[last + 1].folded in FIRM_SERVICE_NOUNS)
            # "switched to Aldi": a firm the world knows, where "switched to Rust" names a language
            and "".join(words) not in KNOWN_FIRMS
        ):
            return f"a tool, after '{' '.join(phrase)}'"  # "we used Axum", "install Quillstone"
    if _tool_listed_with_its_job(doc, position, last):
        return "a tool, listed after another with its job"  # "we used Axum for the web layer, Serde for parsing"
    if _known_as_after_thing(doc, position):
        return "a made or traded thing, after its noun and 'known as'"  # "two-year bonds, known as Schatz"
    if _called_after_product(doc, position):
        return "a product, after its noun and 'called'"  # "an assistant called Juno", "a chatbot named Quill"
    if _RELEASED_AFTER.match(text, tokens[last].end) and not is_given_name(words[0]):
        return "a release, 'out now'"  # "Low Tide Hymns is out now on Fernwood Records"
    platform = _platform_before(doc, position)
    if platform:
        return f"a platform, after '{platform}'"  # "posted on X and Farcaster", "videos on TikTok"
    return None


# The stages of change ringing, by the bells that change (a method's name ends in one), and the classes before
# the stage in a method's name: "Bristol Surprise Maximus", "Plain Bob Minor", "Kent Treble Bob Major"; a few
# principles name the method alone: "Grandsire Triples", "Stedman Caters".
_RINGING_STAGES = word_set("minimus doubles minor triples major caters royal cinques maximus")
_RINGING_CLASSES = word_set("surprise delight bob alliance place")
_RINGING_PRINCIPLES = word_set("grandsire stedman erin")


def ringing_method(words: tuple[str, ...]) -> bool:
    """Whether the folded words name a change-ringing method: a class or a principle before the stage."""
    if len(words) < 2 or words[-1] not in _RINGING_STAGES:
        return False
    return words[-2] in _RINGING_CLASSES or (len(words) == 2 and words[0] in _RINGING_PRINCIPLES)


def _coins_models_and_made_things(q: _ThingQuestion) -> str | None:
    """Coins, models and made things by their suffix, noun or maker, vaccines and measures."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens = q.doc.tokens
    before, after = q.before, q.after
    if len(words) == 1 and len(words[0]) > len(_COIN) + 2 and words[0].endswith(_COIN):
        return "a coin's name"  # "Dogecoin", "Quellcoin": a currency, not its issuer
    if len(words) >= 2 and words[-1] in MODEL_SUFFIXES:
        return "a model's name"  # "Veyra Pro", "MacBook Air", "X7 Max"
    if len(words) >= 2 and words[-1] in _VEHICLE_HEADS:
        return "a kind of vehicle or missile, by its last word"  # "Amphibious Combat Vehicles", "Naval Strike Missile"
    if ringing_method(words):
        return "a change-ringing method, by its stage"  # "Bristol Surprise Maximus", "Grandsire Triples"
    if words in doc.products:
        return "a product named with a version or a model elsewhere"  # "Quillstone" after "Quillstone 3.2"
    if variant_of_a_thing(doc.titled, words):
        return "a variant of a made thing the page names"  # "Tumar-ATGM", "Tumars" after "Tumar (armoured vehicle)"
    if len(words) == 1 and _model_elsewhere(doc, tokens[position].text):
        return "a model, written after its maker's or line's name elsewhere"  # "the X2" after "Nimbra X2"
    if before is not None and before.folded == "our" and after is not None and after.folded in _OWN_SERIALS:
        return f"the site's own {after.text}"  # "sign up for our Morning Briefing newsletter"
    if (
        after is not None
        and (
            after.folded in PRODUCT_NOUNS_AFTER
            or after.folded in HOME_PRODUCT_NOUNS
            or after.folded in WEAPON_NOUNS_AFTER
        )
        and after.text[:1].islower()
        and not (position == last and town_before_a_trade(doc, last, after))
    ):
        return f"before '{after.text}'"  # "the Lumio app", "Riesling grapes", "Iskander systems"
    if _weapon_model_before_its_kind(doc, position, last, words):
        return "a weapon's model, before its kind"  # "the Varga Yaga heavy bomber drone"
    if position == last and _code_before_a_made_things_noun(doc, last):
        return "a model's code, before a made thing's noun"  # "K10 ammunition resupply vehicles"
    if after is not None and after.folded in _VACCINE_NOUNS and _vaccine_letters(doc, position, last):
        return f"a vaccine's letters, before '{after.text}'"  # "the MMR vaccine", "HPV jabs"
    if after is not None and after.folded in _CHECK_NOUNS and _letters_before(doc, position, last, _CHECK_NOUNS):
        return f"a test's or a rating's letters, before '{after.text}'"  # "CT scans", "an EPC rating"
    if after is not None and after.folded in MEASURE_NOUNS_AFTER and after.text[:1].islower():
        return f"a measure, before '{after.text}'"  # "the Hang Seng index", "HICP inflation"
    return None


def _possessions_indices_prices_and_produce(q: _ThingQuestion) -> str | None:
    """Things owned or forecast, indices, counted models, prices that moved, kinds and produce."""
    doc, position, last, words, cued = q.doc, q.position, q.last, q.words, q.cued
    tokens, text = q.doc.tokens, q.doc.text
    before, after = q.before, q.after
    if _after_its_noun(doc, position):
        return "a product, after its noun and a comma"  # "Nexa's own token, NXA,", "its app, Lumio,"
    if (
        before is not None
        and before.folded in ("its", "their")
        and after is not None
        and after.folded in _CALL_NOUNS
        and after.text.islower()
    ):
        return f"what a forecast is of, before '{after.text}'"  # "raised its Brent forecast", "their Nikkei target"
    if before is not None and before.folded in _POSSESSIVE_PRONOUNS and _head_of_its_phrase(doc, last):
        return f"a thing, after '{before.text}'"  # "on his Substack", "runs its Nimbus Store"
    if len(words) >= 2 and words[0] in OPERATION_OPENERS:
        return "a named operation"  # "Operation Tidewatch": an event, not an actor
    if _INDEX_BEFORE.search(text, max(0, tokens[position].start - 40), tokens[position].start):
        return "a market's index"  # "the tech-heavy Nasdaq", "the benchmark Nikkei"
    if _made_thing_after(doc, position, last):
        return "a made thing, by its model or kind"  # "an Ariane 6 rocket", "the electric Orland Volta"
    if not cued and _counted_models(doc, position, last):
        return "a make and model, counted"  # "three Toyota Prius cars"
    if not cued and _KIND_OF_THINGS_APPOSED.match(text, tokens[last].end):
        return "a kind of living or made thing, by its description"  # "Morvellia, the group of bacteria behind"
    if len(words) <= 2 and _price_moved(doc, position, last):
        return "a price that moved"  # "Hong Kong's Hang Seng fell 1.2 percent", "Ether gained 2.1%"
    if _indefinite_head(doc, position, last):
        return "a kind of thing, after 'a'"  # "a crisp Alvarinho from the Minho", "a good Baga by the glass"
    if position >= 2 and tokens[position - 1].text == "of" and tokens[position - 2].text in QUANTITY_OF_NOUNS:
        return f"produce, after '{tokens[position - 2].text} of'"  # "her crop of Maris Piper"
    return None


def _things_by_their_apposition(q: _ThingQuestion) -> str | None:
    """What a comma after the name says the name is, over any cue its words give ("Tarnby Harbor, the
    company's cloud platform," is no harbour): a work, a firm's product, a device and who made it."""
    text, end = q.doc.text, q.doc.tokens[q.last].end
    if _WORK_APPOSED.match(text, end):
        return "a work, before its noun"  # "on Kingfisher, the first single,", "Ashfall, her debut novel"
    if _PRODUCT_APPOSED_AFTER.match(text, end):
        return "a product, before its maker's noun"  # "Halvorsen Pay, the company's payment service,"
    if _DEVICE_APPOSED_AFTER.match(text, end):
        return "a device, before its noun and its maker"  # "Tarnpatch, a low-cost sensor designed by ..."
    if _APP_APPOSED_AFTER.match(text, end):
        return "an app, before its noun"  # "Avalon, a digital symptom diary app for patients"
    return None


_READINGS_OF_ANY_NAME: tuple[Callable[[_ThingQuestion], str | None], ...] = (
    _things_by_their_apposition,
    _works_and_roles_after_their_noun,
    _products_by_the_words_around_them,
    _versions_and_model_numbers,
    _dishes_colours_tools_and_plans,
    _operations_terms_and_alerts,
)
_READINGS_OF_AN_UNCUED_NAME: tuple[Callable[[_ThingQuestion], str | None], ...] = (
    _breeds_tools_releases_and_platforms,
    _coins_models_and_made_things,
    _possessions_indices_prices_and_produce,
)


# A product's colours or finishes, listed after what says so: "comes in Forest Green, Navy and Oatmeal",
# "colours: Slate Grey or Sand".
_COLOURS_BEFORE = re.compile(
    r"\b(?:comes? in|came in|[Cc]olou?rs?:|[Cc]olou?rways?:?|[Ff]inishes:?|shades of) "
    r"(?:[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}(?:, | and | or ))*$"
)


def _pantry_noun_after(doc: ActorDocument, last: int) -> bool:
    """Whether a food's noun follows the name, over at most one adjective of the food, all in lower case."""
    tokens = doc.tokens
    k = last + 1
    if k >= len(tokens) or not tokens[last].joined or not tokens[k].text.islower():
        return False
    if tokens[k].folded not in PANTRY_NOUNS:
        adjective = tokens[k].folded
        if not (adjective in PANTRY_ADJECTIVES or adjective.endswith("ed")) or not tokens[k].joined:
            return False
        k += 1
        if k >= len(tokens) or not tokens[k].text.islower() or tokens[k].folded not in PANTRY_NOUNS:
            return False
    return True


_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{1,3}[a-z]?")


def _model_elsewhere(doc: ActorDocument, code: str) -> bool:
    """'In our hour with it, the X2 felt light' on a page that writes 'the Halcyra Nimbra X2': a
    letters-and-number code after a capitalised name elsewhere is that line's model."""
    if _MODEL_CODE.fullmatch(code) is None:
        return False
    return re.search(r"\b(?!The\b)[A-Z][a-z]+ " + re.escape(code) + r"\b", doc.text) is not None


# Medicines by their kind, in the plural: what a drug's name is given as an example of.
_MEDICINE_KINDS = word_set(
    "drugs medicines medications treatments therapies jabs injections vaccines antibiotics painkillers inhalers"
)
_EXAMPLE_OPENERS = frozenset((("such", "as"), ("like",), ("including",)))


def _medicine_by_example(doc: ActorDocument, position: int) -> bool:
    """'existing monthly treatments such as Zelvaro', 'painkillers like Dorvane': a medicine's brand, named
    as an example of medicines, is a product (a drug's maker is named otherwise: "drugmakers such as X")."""
    tokens = doc.tokens
    for opener in _EXAMPLE_OPENERS:
        k = position - len(opener)
        if (
            k >= 1
            and tuple(t.folded for t in tokens[k:position]) == opener
            and all(t.joined for t in tokens[k - 1 : position])
        ):
            noun = tokens[k - 1]
            return (noun.text.islower() or k - 1 in doc.sentence_first) and noun.folded in _MEDICINE_KINDS
    return False


def _listed_after_works(doc: ActorDocument, position: int, last: int) -> bool:
    """'Haddad's earlier films, Salt Road and The Lantern Keeper, won prizes': the first of works
    listed after a plural noun of works and a comma (not on a sports page: "two games, Rovers and ...")."""
    tokens, text = doc.tokens, doc.text
    if position >= 3 and tokens[position - 1].text == "and" and tokens[position - 2].capitalised:
        first = position - 2  # "..., Copper Road and The Lamp Keeper,": the second of the list
        while first > 0 and tokens[first - 1].joined and tokens[first - 1].capitalised:
            first -= 1
        return _listed_after_works(doc, first, position - 2)
    if doc.sports or position < 2 or text[tokens[position - 1].end : tokens[position].start] != ", ":
        return False
    noun = tokens[position - 1]
    if not noun.text.islower() or not noun.text.endswith("s") or noun.folded not in WORK_NOUNS_BEFORE:
        return False
    owner = text[tokens[position - 2].end : noun.start]
    if not (
        owner in ("'s ", "’s ")
        or (
            owner == " "
            and (tokens[position - 2].text.islower() or tokens[position - 2].folded in _POSSESSIVE_PRONOUNS)
        )
    ):
        return False  # "Haddad's films,", "her earlier films,"; not "in films, Varn said"
    return (
        text[tokens[last].end : tokens[last].end + 5] == " and "
        or text[tokens[last].end : tokens[last].end + 2] == ", "
    )


def _title_by_its_author(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'The Pillowman by Martin Varn': a name after a capital "The", then "by" and a person's given name, is a
    title and its author (not a paper: "The Tarnby Times by ..." keeps its head word, read before this)."""
    tokens, text = doc.tokens, doc.text
    if position < 1 or tokens[position - 1].text != "The" or last + 2 >= len(tokens):
        return False
    if text[tokens[last].end : tokens[last + 2].start] != " by " or tokens[last + 1].text != "by":
        return False
    return cased(tokens[last + 2]) and is_given_name(tokens[last + 2].folded) and not has_cue(words)


# A line of a list that gives a title, "by" and its author, then the publisher in brackets, a comma or the line's
# end: "- A House in Lisbon by Jonah Castellane (Halyard)", "Salt Roads by Marguerite Feeney". The title's words
# are capitalised but for short words of a title's grammar.
_LISTED_TITLE = re.compile(
    r"(?:[-*•–] )?(?P<title>(?:[A-Z0-9][\w'’:-]*|a|an|the|of|in|on|at|to|for|and|with|from)"
    r"(?: (?:[A-Z0-9][\w'’:-]*|a|an|the|of|in|on|at|to|for|and|with|from)){0,7}) by "
    r"(?P<given>[A-Z][\w'’-]+)(?: [A-Z][\w'’.-]+){1,3}(?: \(|,|$)",
    re.M,
)


def _listed_title_by_its_author(doc: ActorDocument, position: int, last: int) -> bool:
    """'- Dover Street by Amara Okeke (Granary Books)': a list's line that is a title, "by" and its author's full
    name (opened by a given name) is a work, whatever its words name elsewhere; the name is inside the title."""
    text = doc.text
    start = line_start(text, doc.tokens[position].start)
    if doc.tokens[position].start - start > 80:
        return False
    line = _LISTED_TITLE.match(text, start)
    if line is None or line.end("title") < doc.tokens[last].end:
        return False
    return is_given_name(line.group("given").lower())


_INCLUDE = word_set("include includes included including")
# Works that tell a story, named often after their hero ("the film Mary Varnpins"): the page's name of the work.
_STORY_WORK_NOUNS = word_set("film movie novel book play musical opera")
_ITEMS_BACK = 6  # titles of a list before this one
_TITLE_TOKENS = 8  # words of one title


def listed_after_works_include(doc: ActorDocument, position: int) -> bool:
    """'whose films include Salt Road, Tomas Varn and Star Wars: The Dark Sky': each title of a list opened by a
    plural noun of works and "include" is a work, a title that reads as a person's name too."""
    tokens, text = doc.tokens, doc.text
    start = position
    for _ in range(_ITEMS_BACK):
        if start < 2:
            return False
        before = tokens[start - 1]
        if before.folded in _INCLUDE and text[before.end : tokens[start].start] == " ":
            noun = tokens[start - 2]
            return noun.text.islower() and noun.text.endswith("s") and noun.folded in WORK_NOUNS_BEFORE
        if before.folded == "and" and text[tokens[start - 2].end : before.start] in (" ", ", "):
            start -= 1
        elif text[before.end : tokens[start].start] != ", ":
            return False
        title = _title_start(doc, start - 1)
        if title is None:
            return False
        start = title
    return False


def _title_start(doc: ActorDocument, last: int) -> int | None:
    """The first token of a title ending at `last`: capitalised words, joined by a space, a possessive or a colon."""
    tokens, text = doc.tokens, doc.text
    if not cased(tokens[last]):
        return None
    first = last
    while first > 0 and last - first < _TITLE_TOKENS:
        gap = text[tokens[first - 1].end : tokens[first].start]
        if gap not in (" ", "'s ", "’s ", ": ") or not cased(tokens[first - 1]):
            break
        first -= 1
    return first


# A model named this often, always with its number, is a product ("Channel 4" on a page once may be an outlet).
_NUMBERED_MENTIONS = 2


def _always_numbered(doc: ActorDocument, position: int, number: str) -> bool:
    """'Pagewave 3' in every mention: a rare word that the text never names without the same number, or
    without a number at all when it has two ("the Corrach 12 ... the smaller Corrach 8": a line's models)."""
    word = doc.tokens[position].text
    if zipf(word.casefold()) >= WORD_ALONE:
        return False  # "Channel 4", "Radio 4": a common word and a number name an outlet
    # a number, then a comma or a full stop, is still a model's ("the smaller Corrach 8, launched..."), not "8,000"
    after = [m.group(1) for m in re.finditer(rf"\b{re.escape(word)}\b( \d{{1,3}}(?!\d|[.,-]\d))?", doc.text)]
    if len(after) < _NUMBERED_MENTIONS or not all(after):
        return False
    return all(a == f" {number}" for a in after) or len(set(after)) >= 2


_MODEL_NUMBER = re.compile(r" \d{1,3}[A-Za-z]? ([a-z-]+)\b(?: ([a-z]+)\b)?")
# Nouns of a plan sold under a name: "a Lumora One subscription", "the Varnflix Premium tier".
_PLAN_NOUNS = frozenset(("subscription", "subscriptions", "plan", "plans", "tier", "membership", "memberships"))
_KIND_THEN_NOUN = re.compile(r" (?P<adjective>[a-z-]+) (?P<noun>[a-z]+)\b")


def _made_thing_after(doc: ActorDocument, position: int, last: int) -> bool:
    """'an Ariane 6 rocket', 'the Aquaboil 2 kettle', 'its Kaizen Aero electric car', 'the electric
    Orland Volta': a model's number or a kind's adjective with a made thing's noun."""
    tokens, text = doc.tokens, doc.text
    end = tokens[last].end
    numbered = _MODEL_NUMBER.match(text, end)
    if numbered and (
        numbered.group(1) in MADE_THING_NOUNS
        or (numbered.group(1) in MADE_THING_ADJECTIVES and numbered.group(2) in MADE_THING_NOUNS)
    ):
        return True
    kind = _KIND_THEN_NOUN.match(text, end)
    if kind and kind.group("adjective") in MADE_THING_ADJECTIVES and kind.group("noun") in MADE_THING_NOUNS:
        return True
    return (
        position >= 2
        and tokens[position - 1].text in MADE_THING_ADJECTIVES
        and tokens[position - 1].joined
        and tokens[position - 2].folded in ("the", "a", "an", "its", "their", "new")
    )


# A description set after a name that makes it a kind of thing, not a body of people: "Morvellia, the group
# of bacteria behind the disease", "Kessra, a family of proteins" (not "Varnak, a group of activists").
_KIND_OF_THINGS_APPOSED = re.compile(
    r", (?:the|a|an) (?:[a-z-]+ ){0,2}(?:group|family|genus|class|strain|kind|type) of "
    r"(?:bacteria|bacterium|microbes|viruses|fungi|parasites|insects|plants|genes|proteins|enzymes|molecules"
    r"|compounds|chemicals|minerals|cells|stars|galaxies)\b"
)
# What a site sends or plays to its readers under a name of its own: "our Morning Briefing newsletter".
_OWN_SERIALS = word_set("newsletter newsletters podcast podcasts bulletin briefing")
# What a paper runs for a cause under a name of its own: "our Warm Homes appeal" (no body: the paper's campaign).
_OWN_APPEALS = word_set("appeal campaign")


def _plural_term(word: str) -> bool:
    """'ETFs', 'NFTs': a term's capitals with a plural "s", which ends a kind of thing, not a body's name."""
    return len(word) >= 3 and word.endswith("s") and word[:-1].isupper() and word[:-1].casefold() in TERM_ACRONYMS


_CONNECTOR_AFTER = re.compile(r"(?: \d(?:\.\d)?)? (?:" + "|".join(sorted(CONNECTOR_NOUNS)) + r")\b")
# The colours that name police bulletins in North America: a missing child (Amber), an elderly person (Silver).
_ALERT_COLOURS = word_set("amber silver blue gold yellow purple ebony feather turquoise")
_TOOL_LIST_REACH = 24  # tokens back to the tool phrase that opens the list


def _tool_listed_with_its_job(doc: ActorDocument, position: int, last: int) -> bool:
    """'We used Axum for the web layer, Serde for parsing and SQLx for the database': each one-word name
    after a comma or "and" with "for" and its job, in a list that a tool phrase and a tool "for" open."""
    tokens, text = doc.tokens, doc.text
    if position != last or position < 3 or last + 1 >= len(tokens) or tokens[last + 1].folded != "for":
        return False
    if not tokens[last].joined:
        return False
    previous = tokens[position - 1]
    if not (previous.folded == "and" and previous.joined) and text[previous.end : tokens[position].start] != ", ":
        return False
    for j in range(position - 1, max(1, position - _TOOL_LIST_REACH), -1):
        gap = text[tokens[j - 1].end : tokens[j].start]
        if any(mark in gap for mark in ".;!?\n"):
            return False  # the list stays in its sentence
        if not (tokens[j].capitalised and tokens[j].joined and tokens[j + 1].folded == "for"):
            continue
        for size in (2, 1):
            phrase = tuple(t.folded for t in tokens[j - size : j])
            if phrase in TOOL_PHRASES and all(t.joined for t in tokens[j - size : j]):
                return True
    return False


# A firm's call on a market, after "its" or "their": the name before it is the price forecast, not a place.
_CALL_NOUNS = word_set("forecast forecasts target targets outlook estimate estimates")
_COUNTS = word_set("two three four five six seven eight nine ten eleven twelve dozens several")
_PLURAL_AFTER = re.compile(r" ([a-z]+s)\b")


def _counted_models(doc: ActorDocument, position: int, last: int) -> bool:
    """'three Toyota Prius cars', '12 Harlow Vireo vans': a count, a make and a model, then the made thing's
    noun in the plural. A name with a cue of its own ("Motors", "Haulage") is left to that cue."""
    tokens = doc.tokens
    if position == 0 or not tokens[position - 1].joined:
        return False
    count = tokens[position - 1].text
    if not (count.isdigit() or count.casefold() in _COUNTS):
        return False
    noun = _PLURAL_AFTER.match(doc.text, tokens[last].end)
    return noun is not None and noun.group(1) in MADE_THING_NOUNS


_PRICE_FIGURE = re.compile(r" (?:by |to )?[$£€]?\d[\d.,]*(?:%| ?percent| per cent| points?\b| pts\b)")


def _price_moved(doc: ActorDocument, position: int, last: int) -> bool:
    """'Hang Seng fell 1.2 percent', 'Ether gained 2.1%' and not 'shares in Tillmart fell 3%'."""
    tokens = doc.tokens
    figure = _moved_by(doc, last)
    if figure is None:
        return False
    if position > 0 and tokens[position - 1].folded in ("in", "of", "at", "for"):
        return False  # "shares in Tillmart fell 3%": the firm's shares moved
    for size in (1, 2):  # "carmaker Brenndorf fell 3%", "mining major Quellrock fell 4%": a firm, by its trade
        if position >= size:
            trade = PHRASE_BEFORE.get(tuple(tokens[k].folded for k in range(position - size, position)))
            if trade is not None and trade.kind is ActorKind.organization:
                return False
    if _PENCE_PRICE.match(doc.text, figure.end()):
        return False  # "Quellnor gained 3.84% to close at 281.05p": a London share's price, no index's or coin's
    return not _firm_referred_to(doc, figure) and not _moved_in_a_city(doc, position, figure)


# A price in pence after the figure: only a share on the London market is quoted so.
_PENCE_PRICE = re.compile(r" (?:to |at )(?:close at |finish at |end at )?\d+(?:\.\d+)?p\b")


def listed_firm_moved(doc: ActorDocument, position: int, last: int) -> bool:
    """'Corvane Micro slid 7% after the company cut its forecast', 'Quennix fell 1.1 per cent in Milan': a price
    moved, and the rest of the sentence calls what moved a firm or names the city whose exchange lists it."""
    figure = _moved_by(doc, last)
    return figure is not None and (_firm_referred_to(doc, figure) or _moved_in_a_city(doc, position, figure))


# The city after the figure: "fell 1.1 per cent in Milan", "jumped 18% in Nairobi".
_IN_A_CITY = re.compile(r" in ([A-Z][a-z]+)\b(?! [A-Z])")


def _moved_in_a_city(doc: ActorDocument, position: int, figure: re.Match[str]) -> bool:
    """A price that moved in a city the gazetteer knows, after a name with no article and no possessive before
    it: a firm's shares on that city's exchange (an index is "the Nikkei" or "Japan's Nikkei"; a coin trades in
    no city)."""
    tokens = doc.tokens
    if tokens[position].folded in doc.lower_case or zipf(tokens[position].folded) >= WORD_ALONE:
        return False  # "Shares rose 4% in London": an ordinary word opening the sentence
    if position > 0 and tokens[position - 1].joined and tokens[position - 1].folded in ("the", "s"):
        return False
    if position > 0 and doc.text[tokens[position - 1].end : tokens[position].start].strip() in ("'s", "’s"):
        return False
    city = _IN_A_CITY.match(doc.text, figure.end())
    if city is None:
        return False
    place = doc.gazetteer.lookup((fold(city.group(1)),))
    return place is not None and place.kind == "place"


def price_moved(doc: ActorDocument, last: int) -> bool:
    """'the tech-heavy Nasdaq slid 1.6%': a verb of moving and a figure right after the name."""
    return _moved_by(doc, last) is not None


def _moved_by(doc: ActorDocument, last: int) -> re.Match[str] | None:
    """The figure a price moved by, right after the name and a verb of moving ("fell 1.2 percent")."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or not tokens[last].joined or tokens[last + 1].text not in PRICE_MOVE_VERBS:
        return None
    return _PRICE_FIGURE.match(doc.text, tokens[last + 1].end)


def _firm_referred_to(doc: ActorDocument, figure: re.Match[str]) -> bool:
    rest = doc.text[figure.end() : figure.end() + _REST_OF_SENTENCE].split(".", 1)[0]
    return _FIRM_REFERRED_TO.search(rest) is not None


_REST_OF_SENTENCE = 150
# A listed firm referred back to after its price moved: "after the company cut its revenue forecast".
# (or its officer after "after": "Workday fell 9% after chief executive Ann Holt said growth would slow")
_FIRM_REFERRED_TO = re.compile(
    r"\b(?:the (?:company|firm|group|bank|lender|insurer|retailer|chipmaker|carmaker|miner)|"
    r"its (?:revenue|revenues|profit|profits|sales|forecast|guidance|results|earnings|shares|chief executive)|"
    r"after (?:chief executive|chief financial officer|finance chief|chief operating officer))\b"
)


_ARTICLE = frozenset(("a", "an", "A", "An"))
_ADJECTIVES_BEFORE = 1  # "a crisp Alvarinho"; not "a lawyer told Quellbrief at length"
_AFTER_HEAD = word_set("from by and or with at in on for to that which is was are were")


def _indefinite_head(doc: ActorDocument, position: int, last: int) -> bool:
    """'a crisp Alvarinho from the Minho', 'a Touriga Nacional from the Douro': a name after 'a' and
    its adjectives, with no noun after it, is a kind of thing (not 'a Reuters reporter')."""
    tokens = doc.tokens
    k = position - 1
    while k >= 0 and position - k <= _ADJECTIVES_BEFORE and tokens[k].joined and tokens[k].text.isalpha():
        if tokens[k].text in _ARTICLE:
            break
        if not tokens[k].text.islower() or tokens[k].text in FUNCTION_WORDS:
            return False
        k -= 1
    if k < 0 or tokens[k].text not in _ARTICLE or not tokens[k].joined:
        return False
    if last + 1 < len(tokens) and tokens[last].joined:
        return tokens[last + 1].text in _AFTER_HEAD
    return True


_COIN = "coin"
# After the name, a comma and a work's noun: "Kingfisher, the first single", "Salt Road, her debut novel".
_WORK_APPOSED = re.compile(
    r", (?:the|a|an|his|her|their|its) (?:[a-z-]+ ){0,2}?"
    r"(?:single|track|song|album|record|ep|film|movie|novel|book|memoir|play|documentary|sequel|game)(?=[,.;:]|$)"
)
# After the name, a comma and a firm's made thing: "Halvorsen Pay, the company's payment service,".
_PRODUCT_APPOSED_AFTER = re.compile(
    r", (?:its|their|the (?:company|firm|group|maker|bank|startup|start-up)['’]s) (?:[a-z-]+ ){0,2}?"
    r"(?:service|app|wallet|platform|assistant|chatbot|device|product|card|feature|tool|token|stablecoin)(?=[,.;:]|$)"
)
# After the name, a comma and a device that someone made: "Tarnpatch, a low-cost sediment sensor designed by".
_DEVICE_APPOSED_AFTER = re.compile(
    r", (?:a|an) (?:[a-z-]+ ){0,3}?(?:sensor|sensors|device|gadget|robot|drone|chip|instrument|probe|kit)"
    r" (?:designed|made|built|developed|invented)\b"
)
# After the name, a comma and an app described: "Lumiqo, a digital symptom diary app for patients" (a town is no app).
_APP_APPOSED_AFTER = re.compile(
    r", (?:a|an) (?:[a-z-]+ ){0,3}?(?:app|smartphone app|mobile app)(?=[,.;:]| for\b| that\b| which\b| to\b|$)"
)
_RELEASED_AFTER = re.compile(r" (?:is|are) out now\b")
_CALLED = frozenset(("called", "named", "dubbed"))
# Nouns of made things before "called": "an assistant called Juno", "a kit called Lantern".
_MADE_NOUNS = WORK_NOUNS_BEFORE | PRODUCT_NOUNS_AFTER | word_set("assistant feature service kit tool model device")
# ...and substances: "an explosive called TATP", "a drug called Varnozol", "a pesticide named Quellex".
_MADE_NOUNS |= word_set(
    "explosive explosives chemical chemicals compound substance drug drugs medicine toxin poison pesticide "
    "herbicide fertiliser fertilizer solvent virus strain bacterium fungus parasite"
)


def _called_after_product(doc: ActorDocument, position: int) -> bool:
    """'an assistant called Juno', 'a new chatbot named Quill': a made thing's name."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 1].folded not in _CALLED or not tokens[position - 1].joined:
        return False
    noun = tokens[position - 2]
    return noun.joined and noun.text[:1].islower() and noun.folded in _MADE_NOUNS


# "bonds, known as", "the token commonly known as": a lower-case noun before it, the name's thing.
_KNOWN_AS_NOUNS = _MADE_NOUNS | INSTRUMENT_NOUNS
_KNOWN_AS = re.compile(r"\b([a-z]+),? (?:also |commonly |widely |popularly )?known as (?:the |an? )?$")


def _known_as_after_thing(doc: ActorDocument, position: int) -> bool:
    """'German two-year bonds, known as Schatz': what a made or traded thing is known as is its name."""
    start = doc.tokens[position].start
    match = _KNOWN_AS.search(doc.text, max(0, start - 60), start)
    return match is not None and match[1] in _KNOWN_AS_NOUNS


_FOLLOW_VERBS = frozenset(("follow", "find"))
_PLATFORM_REACH = 3  # capitalised words of a first platform before "and": "on Quaver Live and X"


def _platform_before(doc: ActorDocument, position: int) -> str:
    """The phrase of posting before the name ('posted on'), or before the platform it is listed
    after ('posted on X and Farcaster'); '' when there is none."""
    tokens = doc.tokens
    k = position
    if k >= 2 and tokens[k - 1].folded in ("and", "or") and tokens[k - 1].joined and tokens[k - 2].joined:
        k -= 1
        while k > 0 and position - k <= _PLATFORM_REACH and tokens[k - 1].capitalised and tokens[k - 1].joined:
            k -= 1
        if k == position - 1:
            return ""
    if k >= 3 and tokens[k - 1].folded == "on" and tokens[k - 2].joined:
        # "Follow Westminster Wire on Bluesky": an outlet, then where to follow it
        j = k - 1
        while (
            j > 0
            and k - j <= _PLATFORM_REACH + 1
            and tokens[j - 1].capitalised
            and tokens[j - 1].joined
            and tokens[j - 1].folded not in _FOLLOW_VERBS
        ):
            j -= 1
        if j < k - 1 and j > 0 and tokens[j - 1].folded in _FOLLOW_VERBS and tokens[j - 1].joined:
            return f"{tokens[j - 1].text} ... on"
    for size in (3, 2):
        phrase = tuple(t.folded for t in tokens[k - size : k]) if k >= size else ()
        if (
            phrase in PLATFORM_PHRASES
            and all(t.joined for t in tokens[k - size : k])
            and tokens[k - size].text[:1].islower()
        ):
            return " ".join(phrase)
    return ""


_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "its", "their", "our", "my", "your"))
# Head words that make an operation's name no unit: "Guardian" is an outlet's word, "Bay" a place's.
_NO_UNIT = frozenset((ActorKind.media, ActorKind.place))


def _head_of_its_phrase(doc: ActorDocument, last: int) -> bool:
    """No lower-case noun or possessive follows the name: it is the head of 'his X', not a
    modifier ("his Labour colleagues", "its Frankfurt office", "their Hamas captors" stay)."""
    tokens, text = doc.tokens, doc.text
    if last + 1 >= len(tokens) or not tokens[last].joined:
        return True
    gap = text[tokens[last].end : tokens[last + 1].start]
    if gap in ("'s ", "’s ", "-"):
        return False
    following = tokens[last + 1]
    if following.text in ("and", "or") and _capitalised_then_noun(tokens, last + 2):
        return False  # "its Tarnby and Victorian stores": two modifiers joined before the noun they qualify
    return (
        gap != " " or following.folded in _AFTER_A_HEAD or following.capitalised or following.folded in FUNCTION_WORDS
    )


def _capitalised_then_noun(tokens: list[Token], k: int) -> bool:
    """A capitalised word at `k`, then a lower-case word that is no function word (the noun it qualifies)."""
    return (
        k + 1 < len(tokens)
        and tokens[k - 1].joined
        and tokens[k].capitalised
        and tokens[k].joined
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
        and tokens[k + 1].folded not in FUNCTION_WORDS
        and tokens[k + 1].folded not in _AFTER_A_HEAD
    )


# Words that may follow a name standing as the head of its phrase: verbs and prepositions, not nouns.
_AFTER_A_HEAD = word_set(
    "and or to for in on at with from by of as is was are were has had will would can could said says the a"
)


def _after_its_noun(doc: ActorDocument, position: int) -> bool:
    """'Nexa's own token, NXA,', 'its new app, Lumio,': a product's noun, a comma, then its name."""
    tokens, text = doc.tokens, doc.text
    if position < 2 or text[tokens[position - 1].end : tokens[position].start] != ", ":
        return False
    noun = tokens[position - 1]
    if noun.folded not in _NOUNS_BEFORE_A_COMMA or not noun.text[:1].islower():
        return False
    opener = tokens[position - 2]
    before_opener = tokens[position - 3] if position >= 3 else None
    return _WORK_OPENER.match(opener.text) is not None or (
        opener.folded in _PRODUCT_ADJECTIVES
        and before_opener is not None
        and (
            _WORK_OPENER.match(before_opener.text) is not None
            or text[before_opener.end : opener.start] in ("'s ", "’s ")
        )
    )


# What a firm sells or runs, named between "its" and the noun: "its Azure platform", "its Gemini assistant".
# (and a firm's own devices: "Sales of its Alexa speakers fell", "its Pixel phones", "its Kindle readers")
_OWN_PRODUCT_NOUNS = (
    PRODUCT_NOUNS_AFTER
    | MADE_THING_NOUNS
    | word_set(
        "platform platforms assistant assistants model speaker speakers phones handsets readers headphones earbuds "
        "tablets laptops consoles"
    )
)


def _own_product(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'its Azure platform', 'its own Tensor chips': a name of one or two words between "its" (and a product's
    adjective) and a lower-case noun of a product is that firm's product, no actor (no place the gazetteer knows:
    "its Nairobi plant")."""
    tokens = doc.tokens
    opener = position - 1
    while opener > 0 and tokens[opener].folded in _PRODUCT_ADJECTIVES and tokens[opener].text.islower():
        opener -= 1
    if len(words) > 2 or opener < 0 or tokens[opener].text != "its" or last + 1 >= len(tokens):
        return False
    noun = tokens[last + 1]
    return (
        tokens[last].joined
        and noun.text.islower()
        and noun.folded in _OWN_PRODUCT_NOUNS
        and doc.gazetteer.lookup(words) is None
    )


# Words between an opener and a product's noun: "its own token", "the official app", "a free game".
_PRODUCT_ADJECTIVES = frozenset(("own", "new", "official", "free", "native", "flagship", "latest"))


_PRODUCT_APPOSED = WORK_NOUNS_BEFORE | PRODUCT_NOUNS_AFTER
# The same nouns, and a first record, before a comma and its name: "songs from his debut, Tarnby Lights".
_NOUNS_BEFORE_A_COMMA = _PRODUCT_APPOSED | word_set("debut")


# "the tech-heavy Nasdaq", "the blue-chip Dow": a word of indices between the article and the name.
_INDEX_BEFORE = re.compile(r"\bthe\s+(?:" + "|".join(sorted(map(re.escape, INDEX_MODIFIERS))) + r")\s+$", re.IGNORECASE)


_APPOSITION_OPENERS = frozenset(("a", "an", "her", "his", "their", "its"))


def _the_owners(text: str, tokens: list[Token], k: int) -> bool:
    """'the retailer's', 'the bank's': "the" and a lower-case owner in the possessive."""
    return (
        tokens[k].text == "the"
        and k + 1 < len(tokens)
        and tokens[k + 1].text.islower()
        and text[tokens[k + 1].end : tokens[k + 1].end + 2] in ("'s", "’s")
    )


def _work_apposition(doc: ActorDocument, last: int) -> bool:
    """'Paper Harbour, an animated short by ...', 'Ninefold, a documentary about ...': a description
    after the name whose head noun names a work."""
    tokens, text = doc.tokens, doc.text
    if last + 3 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] != ", ":
        return False
    # ("Salt Ledger, her first solo show,": whose work it is; "B&V Rewards, the retailer's loyalty scheme")
    if tokens[last + 1].folded not in _APPOSITION_OPENERS and not _the_owners(text, tokens, last + 1):
        return False
    for k in range(last + 2, min(len(tokens), last + 6)):
        token = tokens[k]
        if not token.text[:1].islower():
            return False
        if token.folded in WORK_APPOSITION_HEADS:
            after = tokens[k + 1].folded if k + 1 < len(tokens) else "."
            gap = text[token.end : token.end + 1]
            return gap in (",", ".") or (gap == " " and after in WORK_APPOSITION_ENDS)
    return False


# A name made a pattern by a suffix after a dash: "a Madoff-style fraud", "Kafka-esque rules".
PATTERN_SUFFIX = re.compile(r"[-–‐](?:style|esque)\b")


def _concept_after(doc: ActorDocument, last: int) -> bool:
    """A noun of science after the name, over more names joined to it by dashes; or a suffix that makes
    the name a pattern ("a Madoff-style fraud": this mention names no one)."""
    tokens, text = doc.tokens, doc.text
    k = last
    while k + 1 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] in _DASHES and cased(tokens[k + 1]):
        k += 1  # "Kullback–Leibler", "Hellings–Downs"
    if PATTERN_SUFFIX.match(text, tokens[k].end):
        return True
    if _law_named_after(doc, k):
        return True
    if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] != " ":
        return False
    following = tokens[k + 1]
    if not following.text[:1].islower():
        return False
    # "the Black-Scholes model": two family names joined by a dash make a model an idea (not "a Tarnwell model")
    paired = k > 0 and text[tokens[k - 1].end : tokens[k].start] in _DASHES and cased(tokens[k - 1])
    return following.folded in CONCEPT_NOUNS or (paired and following.folded in _PAIRED_CONCEPT_NOUNS)


# Laws of thumb named in the possessive: "Goodhart's law", "Occam's razor", "Tarnwell's paradox"; illnesses named
# after whoever described them: "Quellheimer's disease", "Tarnby's syndrome".
_POSSESSIVE_LAWS = frozenset(
    ("law", "razor", "paradox", "theorem", "conjecture", "principle", "dilemma", "disease", "syndrome")
)


def _law_named_after(doc: ActorDocument, k: int) -> bool:
    """'Regulators cited Goodhart's law in the report': a surname alone, "'s" and a law of thumb, with no
    noun after it (not "Tarnwell's law firm")."""
    tokens, text = doc.tokens, doc.text
    gap = text[tokens[k].end : tokens[k].end + 3]
    if gap not in ("'s ", "’s ") or k + 1 >= len(tokens):
        return False
    if k > 0 and cased(tokens[k - 1]) and text[tokens[k - 1].end : tokens[k].start] == " ":
        return False  # "Harold Quist's principle": a whole name, the person's own rule
    law = tokens[k + 1]
    if law.start != tokens[k].end + 3 or not law.text.islower() or law.folded not in _POSSESSIVE_LAWS:
        return False
    if law.folded in _POSSESSIVE_ILLNESSES:
        return True  # "Quellheimer's disease patients": no firm or trade is named "disease", whatever follows
    after = tokens[k + 2] if k + 2 < len(tokens) and law.joined else None
    return after is None or text[law.end : after.start] != " " or after.folded in FUNCTION_WORDS


_POSSESSIVE_ILLNESSES = frozenset(("disease", "syndrome"))
_PAIRED_CONCEPT_NOUNS = frozenset(("model", "models", "formula", "framework", "rule", "rules", "reforms"))


# What a campaign's name of the form "X to Y" is written before: "the Pause Ten to Beat Scams website".
_CAMPAIGN_NOUNS = word_set("website site campaign app helpline hotline initiative programme program")


def _campaign_tail(doc: ActorDocument, position: int, last: int) -> bool:
    """'visit the Pause Ten to Beat Scams website': capitalised words, a lower-case "to", capitalised words
    and a campaign's noun make one name of a campaign; its end after "to" is no outlet or body."""
    tokens, text = doc.tokens, doc.text
    if position < 2 or tokens[position - 1].text != "to" or not tokens[position - 1].joined:
        return False
    if not (tokens[position - 2].capitalised and tokens[position - 2].joined):
        return False
    if last + 1 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] != " ":
        return False
    following = tokens[last + 1]
    return following.text.islower() and following.folded in _CAMPAIGN_NOUNS


# What follows "reported" when an outlet reports news ("Bloomberg reported that", "reported on
# Monday", "as Quellpost reported."), not when a company reports its figures ("reported a loss").
_AFTER_REPORTING = frozenset(("that", "on", "earlier", "late", "first", "last", "this", "yesterday", "today", "in"))


def _reported_an_object(doc: ActorDocument, end: int) -> bool:
    """'Norvane reported a loss': a verb of reporting with an object, as companies report figures."""
    tokens, text = doc.tokens, doc.text
    if tokens[end].folded not in ("reported", "reports"):
        return False
    if end + 1 >= len(tokens) or not tokens[end].joined or text[tokens[end].end : tokens[end].end + 1] in ".,;:":
        return False
    return tokens[end + 1].folded not in _AFTER_REPORTING


# A photo's credit names the photographer, then the outlet after a slash: "(Credit: Ilse Varn / Quellpost)".
_CREDIT = re.compile(r"\b(?:Credit|Photo|Image|Picture|Source)s?:\s*[^/\n():;]{2,40}\s/\s?$")
# A picture's source as some outlets label it, the agency right after: "Image source, Getty Images".
_IMAGE_SOURCE = re.compile(r"\bImage (?:source|copyright),? (?:[^/\n]{2,40}/)?$")
# What may follow an agency's name in a credit line: the line's end, another agency after a slash.
_CREDIT_END = re.compile(r"[ \t]*(?:$|\n|/|;|,|\.)")
# An outlet's noun, a comma, then its name: "his Substack, The Gradient Line", "her newsletter, Quill".
_OUTLET_APPOSED = re.compile(
    r"\b(?:his|her|their|its|my|our|a|the) (?:[a-z]+ )?(?:Substack|newsletter|blog|podcast|column|zine), (?:[Tt]he )?$"
)
# A capital "The" inside a sentence, right before a name: "an email to The ", "according to The ".
# (after "to" or "by", a word in lower case: a headline in title case capitalises every "The", and "the Rt Hon",
# "The Proposition", "in The Grove" name a title, a film or a place as often)
_TITLE_THE_BEFORE = re.compile(r"(?:^|\s)(?:to|by) The $")
_CAPITAL_WORD_AFTER = re.compile(r" [A-Z]")
# A report's credit written after it, ending its sentence: "..., reports Ars Quanta." or "..., Tech Lens notes.".
_CREDIT_AFTER_A_COMMA = re.compile(r", (?:reports|reported|writes|notes) (?:[Tt]he )?$")
_CREDIT_VERB_ENDS = re.compile(r" (?:notes|writes)\.")
_CREDIT_ENDS = re.compile(r"[.;]")
# A press release's dateline names its wire between slashes: "CAMBRIDGE, Mass., March 4, 2025 /Wirestream/ --".
_WIRE_AFTER = re.compile(r"/ ?(?:--|—|–)")

_UNITS = frozenset(("percent", "per", "million", "billion", "people", "years", "km", "miles", "points", "votes"))


_LAST_MINUTE = 130  # a match's minutes, extra time and stoppages included


def _substitutes_minute(doc: ActorDocument, position: int, version: re.Match[str]) -> bool:
    """'Harvey Quennell (Finn Adebayo-Rowe 78)': on a sports page, a bracket around a substitute's name and the
    minute he came on, no model's number."""
    text, start = doc.text, doc.tokens[position].start
    minute = version.group(1)
    return (
        doc.sports
        and text[start - 1 : start] == "("
        and minute.isdigit()
        and int(minute) <= _LAST_MINUTE
        and text[version.end() : version.end() + 1] in (")", "'", "’")
    )


def _year_or_unit_after(doc: ActorDocument, last: int) -> bool:
    """'Brighton 34 people', 'the Senate 62 votes': a count, not a version, when a unit follows. 'Tomas Quell 28
    December 1980': a day, when a month follows (a list of office holders sets the dates right after the name)."""
    tokens = doc.tokens
    if last + 2 >= len(tokens):
        return False
    day = tokens[last + 1].text
    month = tokens[last + 2]
    dated = day.isdigit() and 1 <= int(day) <= _LAST_DAY and month.folded in _MONTHS and month.text[:1].isupper()
    return tokens[last + 2].folded in _UNITS or dated


_LAST_DAY = 31
_MONTHS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)


# Outlets' nouns that are a person's trade as well: "the broadcaster ITV" but "the broadcaster Ilse Tremmin".
_TRADES_OF_PEOPLE_TOO = frozenset(("broadcaster",))
# Words of a channel's name that no cue table holds as a head: "Channel Tarrow", "Tarrow Network".
_CHANNEL_WORDS = frozenset(("channel", "network", "television", "broadcasting", "fm", "one", "two", "four"))


def _shaped_as_a_person(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """Two plain capitalised words (no capitals run, no digit, no word of a body or a place): a given
    name and a surname, as outlets are seldom named ("Sky News", "Channel 4", "BBC One" are not)."""
    texts = [doc.tokens[position + k].text for k in range(len(words))]
    return (
        len(words) == 2
        and all(len(t) > 2 and t[:1].isupper() and t[1:].replace("-", "").islower() for t in texts)
        and not has_cue(words)
        and not _CHANNEL_WORDS & set(words)
        and doc.gazetteer.lookup(words[:1]) is None
        and doc.gazetteer.country_of_demonym(words[0]) is None
    )


# Chambers and hearings one tells things to, as one tells a newspaper: "told the Commons", "told the inquiry".
_CHAMBERS_TOLD = word_set(
    "commons lords house senate parliament congress assembly court tribunal inquiry committee council hearing "
    "dáil dail knesset duma bundestag seanad"
)


def outlet_cue(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> tuple[Cue, str] | None:
    """'told Politico', 'writing for the Capitol Ledger', 'Bloomberg reported', 'the X blog': an
    outlet, unless the name reads as a person's (a given name first, a known family name last)."""
    if (noun := outlet_noun_after(doc, last)) is not None:
        return Cue(ActorKind.media, 0.7), f"followed by '{noun}'"  # "the Tasnim news agency": even a given name
    if is_given_name(words[0]) or is_surname(words[-1]) or (len(words) == 1 and words[0] in doc.surnames):
        return None  # "told Ilse Tremmin", "told Tremmin" after "Ilse Tremmin"
    tokens = doc.tokens
    line_before = doc.text[max(0, tokens[position].start - 60) : tokens[position].start]
    end = tokens[last].end
    credited = _CREDIT.search(line_before) or (_IMAGE_SOURCE.search(line_before) and _CREDIT_END.match(doc.text, end))
    if credited and doc.text[end : end + 1] != ":":
        # "(Credit: Clayton Aldern / Grist)"; not the next label ("Source: Ministry of Health / Graphic: ...")
        return Cue(ActorKind.media, 0.6), "a photo's credit"
    if line_before.endswith("/") and _WIRE_AFTER.match(doc.text, end):
        return Cue(ActorKind.media, 0.7), "a wire in a release's dateline ('/Wirestream/ --')"
    if _OUTLET_APPOSED.search(line_before):
        return Cue(ActorKind.media, 0.6), "after an outlet's noun and a comma"
    if (
        len(words) == 1
        and _TITLE_THE_BEFORE.search(line_before)
        and not doc.gazetteer.lookup(("the", *words))
        and not _CAPITAL_WORD_AFTER.match(doc.text, end)
    ):
        # "in an email to The Verge", "according to The Ledger": one word after a capital "The" inside a sentence
        # is a title, and in the news an outlet's (not "in The Hague": the gazetteer's place)
        return Cue(ActorKind.media, 0.55), "a title after a capital 'The' inside a sentence"
    if _CREDIT_AFTER_A_COMMA.search(line_before) and _CREDIT_ENDS.match(doc.text, end):
        # "The phone ships in May, reports Ars Quanta.": the outlet credited after the news it broke
        return Cue(ActorKind.media, 0.6), "a credit after a comma, 'reports X.'"
    if line_before.endswith(", ") and _CREDIT_VERB_ENDS.match(doc.text, end):
        # "..., Tech Lens notes.": an outlet credited at its sentence's end (no given name: checked above)
        return Cue(ActorKind.media, 0.6), "a credit at its sentence's end, 'X notes.'"
    for size in (3, 2, 1):
        begin = position - size
        if begin < 0 or not all(tokens[k].joined for k in range(begin, position)):
            continue
        phrase = tuple(tokens[k].folded for k in range(begin, position))
        cue = OUTLET_BEFORE.get(phrase)
        if (
            cue is not None
            and phrase[-1] in _TRADES_OF_PEOPLE_TOO
            and phrase[:-1] in ((), ("the",))  # (not "state broadcaster": a state's is an outlet)
            and _shaped_as_a_person(doc, position, words)
        ):
            # "the broadcaster Perpetua Vanstone": two plain words, no body's word, a person
            return Cue(ActorKind.person, 0.55), f"a person after the trade '{phrase[-1]}'"
        opens_sentence = len(phrase) > 1 and begin in doc.sentence_first and tokens[begin + 1].text.islower()
        if cue is not None and phrase[0] == "told" and _CHAMBERS_TOLD.intersection(words):
            # "told the Commons", "told the Varnby Inquiry": a chamber or a hearing, a body and no outlet
            return Cue(ActorKind.organization, 0.6), f"a chamber or a hearing after '{' '.join(phrase)}'"
        if cue is not None and (tokens[begin].text[:1].islower() or opens_sentence):
            # (or opening the sentence, the trade's words in lower case after it: "Public broadcaster RTQ said")
            return cue, f"after '{' '.join(phrase)}'"
    for size in (2, 1):
        end = last + size
        if end >= len(tokens) or not all(tokens[k].joined for k in range(last, end)):
            continue
        phrase = tuple(tokens[k].folded for k in range(last + 1, end + 1))
        cue = OUTLET_AFTER.get(phrase)
        if cue is not None and tokens[last + 1].text[:1].islower() and not _reported_an_object(doc, end):
            if _section_label(doc, position, end, words):
                return None  # "Incident reports" as a line of its own: a section's label, no outlet that reports
            return cue, f"followed by '{' '.join(phrase)}'"
    return None


def _section_label(doc: ActorDocument, position: int, end: int, words: tuple[str, ...]) -> bool:
    """'Incident reports', 'Market reports' alone on a line: one ordinary word opening the line and the outlet's
    noun ending it, a section's label."""
    text, tokens = doc.text, doc.tokens
    line_opens = position == 0 or text[: tokens[position].start].rstrip(" \t").endswith("\n")
    line_ends = text[tokens[end].end : tokens[end].end + 1] in ("\n", "")
    return len(words) == 1 and line_opens and line_ends and zipf(words[0]) >= WORD_ALONE


def channel_title_at(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'the Telegram channel Grey Zone', 'the pro-war channel Rybar': a name right after "channel" in lower
    case is the channel's title, an outlet, whatever its words would say alone (a zone, a surname)."""
    tokens = doc.tokens
    if position == 0 or not tokens[position - 1].joined or words[0] in MONTHS_AND_DAYS:
        return False  # "on his channel Friday"
    # (a podcast's title is a work's: `WORK_NOUNS_BEFORE`)
    return tokens[position - 1].text == "channel"


def outlet_noun_after(doc: ActorDocument, last: int) -> str | None:
    """The outlet's noun in lower case right after the name that ends at `last` ("news agency"), or None."""
    tokens = doc.tokens
    for size in (2, 1):
        end = last + size
        if end >= len(tokens) or not all(tokens[k].joined for k in range(last, end)):
            continue
        phrase = tuple(tokens[k].folded for k in range(last + 1, end + 1))
        if phrase in OUTLET_NOUNS_AFTER and tokens[last + 1].text.islower():
            return " ".join(phrase)
    return None


def outlet_letters_cue(doc: ActorDocument, position: int) -> Cue | None:
    """'the broadcaster RUV', 'the newspaper TNB', 'IRNA news agency': letters right after or before an
    outlet's noun in lower case name that outlet (letters after "told" or "interview with" may be any
    body's)."""
    tokens = doc.tokens
    if _wire_credit_in_dateline(doc, position) or outlet_noun_after(doc, position) is not None:
        return Cue(ActorKind.media, 0.7)
    for size in (3, 2, 1):
        begin = position - size
        if begin < 0 or not all(tokens[k].joined for k in range(begin, position)):
            continue
        cue = OUTLET_NOUNS_BEFORE_LETTERS.get(tuple(tokens[k].folded for k in range(begin, position)))
        if cue is not None and tokens[begin].text[:1].islower():
            return cue
    return None


# A wire story's dateline: its place in capitals (two joined by a slash), the state or the day, then the
# agency's letters in brackets and a dash: "COLUMBUS, Ohio (BRW) —", "LAGOS/ACCRA, Dec 4 (PMW) -"; French
# agencies write the town as a name, opening its line: "Kinshasa (AGP) - ", "Port Sudan (AGP) - ".
_DATELINE_BEFORE_CREDIT = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z][A-Z.'’/ -]*|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})(?:, [\w .]{1,20}){0,2} \($"
)
_DASH_AFTER_CREDIT = re.compile(r"\) ?(?:--|[—–-]) ")


def _wire_credit_in_dateline(doc: ActorDocument, position: int) -> bool:
    """Letters in brackets between a dateline and its dash: the wire that filed the story, an outlet."""
    token = doc.tokens[position]
    before = doc.text[max(0, token.start - 60) : token.start]
    return bool(_DATELINE_BEFORE_CREDIT.search(before)) and bool(_DASH_AFTER_CREDIT.match(doc.text, token.end))


# Venue words that make the name of a place to stay or eat: "Bellevue Hotel", "Carmelo Resort".
_VENUE_NAMES = frozenset(VENUE_WORDS) | {"hotel", "resort", "spa", "casino", "lodge"}
_VENUES_IN_A_LIST = 2


def venues_listed_together(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'the Bellevue Hotel in Philadelphia; Zorvan Resort in Quellmoor; The Driskill in Austin': on a
    line of 'Name in Town' items where two or more name a hotel or a restaurant, a name nothing
    else explains is a venue too (a place, as the hotels are)."""
    tokens, text = doc.tokens, doc.text
    by_first = {c.first: c for c in candidates}
    items: list[tuple[int, Candidate]] = []  # (line start, candidate)
    for candidate in candidates:
        after = candidate.last + 1
        if after + 1 >= len(tokens) or tokens[after].folded != "in" or (after + 1) not in by_first:
            continue
        if text[tokens[candidate.last].end : tokens[after].start] != " ":
            continue
        items.append((line_start(text, tokens[candidate.first].start) - 1, candidate))
    lines: dict[int, list[Candidate]] = {}
    for line, candidate in items:
        lines.setdefault(line, []).append(candidate)
    for listed in lines.values():
        venues = [c for c in listed if _VENUE_NAMES & set(c.name.casefold().split())]
        if len(venues) < _VENUES_IN_A_LIST:
            continue
        for candidate in listed:
            if candidate.kind is ActorKind.other and candidate not in venues:
                candidate.kind = ActorKind.place
                candidate.found_by = f"listed with the venue '{venues[0].name}'"
                candidate.confidence = 0.55


_VACCINE_NOUNS = frozenset(("vaccine", "vaccines", "jab", "jabs"))
# A scan, a test or a rating named by its letters: "CT scans", "a PCR test", "EPC rating: E".
_CHECK_NOUNS = word_set("scan scans scanner scanners test tests rating ratings")
_BODY_LETTERS = 3.5
# Scans and tests everyone writes by their letters, as common as a body's: "CT scans", "a DNA test".
_CHECKS_BY_LETTERS = word_set("ct mri pet dna pcr ecg eeg hiv mot")


def _vaccine_letters(doc: ActorDocument, position: int, last: int) -> bool:
    """'the MMR vaccine': letters that name a vaccine (or its diseases), not a body the page names elsewhere or a
    state the gazetteer knows ("the EU vaccine deal", "UK vaccine supplies")."""
    return _letters_before(doc, position, last, _VACCINE_NOUNS)


def _letters_before(doc: ActorDocument, position: int, last: int, nouns: frozenset[str]) -> bool:
    """Letters that every time they are written stand before one of `nouns` (in lower case), and are no body's
    the lists know nor a state's: what they name is that thing ("the MMR vaccine", "CT scans")."""
    from dossier.ingest.gazetteer import gazetteer

    letters = doc.tokens[position].text
    if position != last or not letters.isupper() or not letters.isalpha() or len(letters) > 5:
        return False
    if letters.casefold() in KNOWN_BODIES or gazetteer().lookup((letters.casefold(),)) is not None:
        return False
    if zipf(letters.casefold()) >= _BODY_LETTERS and letters.casefold() not in _CHECKS_BY_LETTERS:
        return False  # letters this common name a body ("EU", "WHO", "NHS", "FDA"), not a scan ("CT", "DNA")
    # every mention of the letters stands before the thing's noun
    mentions = len(re.findall(rf"\b{letters}\b", doc.text))
    before_a_noun = rf"\b{letters}:? (?:{'|'.join(sorted(nouns))})\b"
    return mentions == len(re.findall(before_a_noun, doc.text))
