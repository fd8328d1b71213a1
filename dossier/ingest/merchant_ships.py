"""Merchant ships: named vessels a shipping story is about, not equipment and not people.

A warship after its kind ("the frigate Varnak") is equipment, like a tank; `draft_evidence` drops it.
A merchant ship ("the tanker Sable Dawn", "the Aframax Orla Bright") is what a story about ports,
sanctions or a collision is about: it is seized, sold and insured, so it stays a draft of kind
other, even when its name reads as a woman's ("Orla Bright"). The trade's size classes (Aframax,
Suezmax, VLCC) say what kind of ship comes next; alone they name no actor.
"""

from __future__ import annotations

import re

from dossier.ingest.names import word_set

# Kinds of merchant ship, in lower case before a ship's name: "the tanker Sable Dawn", "the trawler Kestrel";
# fishing boats and small craft by their gear or trade: "the drifter Guiding Star", "the scallop dredger Varn".
MERCHANT_VESSEL_NOUNS = word_set(
    "tanker freighter bulker trawler yacht tug tugboat ferry liner coaster drifter seiner longliner dredger smack "
    "coble whaler collier steamer schooner"
)
# Size classes of tankers and bulk carriers, written with a capital or in capitals: "the Aframax Orla Bright",
# "a VLCC"; a class is no ship's name.
SHIP_SIZE_CLASSES = word_set(
    "aframax suezmax panamax neopanamax newpanamax capesize handysize handymax supramax ultramax kamsarmax vlcc ulcc"
)
# Prefixes of merchant ships' names, in capitals: motor ship, motor vessel, motor tanker, fishing vessel.
_MERCHANT_PREFIXES = frozenset(("MS", "MV", "MT", "FV", "RMS"))
# Words of a page about navies, where "the tanker X" may be a navy's supply ship (equipment).
_NAVAL_PAGE = re.compile(
    r"\b(?:navy|navies|naval|warships?|frigates?|destroyers?|admiral|strike group|sorties?)\b", re.IGNORECASE
)


# What a ship, a vessel or a carrier carries or does, before that noun: "the container ship X", "the bulk
# carrier X" (a carrier alone may be an airline or a parcel firm, a ship alone a warship); "her sister ship X" too.
_TRADES_OF_SHIPS = word_set(
    "container cargo bulk car vehicle lng gas ore chemical crude oil cruise passenger fishing supply research merchant "
    "sister"
)
_SHIP_NOUNS = word_set("ship ships vessel vessels carrier carriers")


def merchant_ship_before(text: str, before: list[str], any_page: bool = False) -> bool:
    """The words before a name (nearest last) end with a merchant ship's kind or size class, on a page
    that is not about navies (on any page with `any_page`: a name after "the steamer" is a ship whoever sails it)."""
    if not before:
        return False
    before = _before_the_list(before)
    word = before[-1]
    folded = _singular(word.casefold())
    kind = (word.islower() and folded in MERCHANT_VESSEL_NOUNS) or folded in SHIP_SIZE_CLASSES
    if word in _MERCHANT_PREFIXES and len(before) >= 2:
        # "the MS Oldenburg sails to Lundy": a motor ship's prefix in capitals after "the" or the ship's kind
        # (a woman is "Ms Oldenburg", never "the MS Oldenburg")
        kind = before[-2].casefold() == "the" or before[-2].casefold() in MERCHANT_VESSEL_NOUNS
    if not kind and len(before) >= 2 and word.islower() and folded in _SHIP_NOUNS:
        kind = before[-2].casefold() in _TRADES_OF_SHIPS  # "the container ship Ever Quillon"
    return kind and (any_page or _NAVAL_PAGE.search(text) is None)


# What one boards that is no ship, after the name: "aboard Varn Air flight 12", "aboard Kestrel Rail services".
_BOARDED_NOT_SHIPS = word_set("flight flights plane planes jet jets train trains bus buses coach service services")


def boarded_ship(before: list[str], after: list[str]) -> bool:
    """'aboard Aurora Starling': one is aboard a ship, never aboard a person (not 'aboard X flight 12')."""
    if not before or before[-1].casefold() != "aboard":
        return False
    return not after or after[0].strip(",.;:").casefold() not in _BOARDED_NOT_SHIPS


def _singular(word: str) -> str:
    """'tanker' of 'tankers', 'ferry' of 'ferries' (a merchant ship's kind; other words as they are)."""
    if word.endswith("ies") and word[:-3] + "y" in MERCHANT_VESSEL_NOUNS:
        return word[:-3] + "y"
    if word.endswith("s") and word[:-1] in MERCHANT_VESSEL_NOUNS | SHIP_SIZE_CLASSES:
        return word[:-1]
    return word


# Capitalised words of names listed after a plural kind of ship: "the tankers Sable Dawn, Orla Bright and Kestrel".
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]*,?")


def _before_the_list(before: list[str]) -> list[str]:
    """The words before a list of ship names after a plural kind ("the tankers Sable Dawn and" before
    "Orla Bright"): up to that kind when the words between are names, commas and "and"; else as they are."""
    k = len(before)
    while k > 0 and (before[k - 1] == "and" or _LISTED_NAME.fullmatch(before[k - 1])):
        k -= 1
    if k == len(before) or k == 0:
        return before
    noun = before[k - 1].casefold()
    plural = _singular(noun) != noun or noun in ("ships", "vessels", "carriers")
    return before[:k] if plural else before


# A container ship's size in boxes, written in capitals after its figure: "the 1,400 TEU Solveig Marit".
_BOXES = "TEU"


def size_class_opens(name: str) -> bool:
    """'Aframax Orla Bright', '(1,400) TEU Solveig Marit': a size class read into the ship's name, before at least
    one more word."""
    words = name.split()
    return len(words) >= 2 and (words[0].casefold() in SHIP_SIZE_CLASSES or words[0] == _BOXES)


def only_a_size_class(name: str) -> bool:
    """'The Panama-flagged Suezmax': the class alone names no ship."""
    return name.casefold() in SHIP_SIZE_CLASSES


# A ship's noun earlier in the same sentence: "The tankers sanctioned today include the NORDIC STAR".
_VESSEL_EARLIER = re.compile(r"\b(?:tankers?|vessels?|ships?|freighters?|bulkers?|bulk carriers?)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?]\s|\n")
_CAPITAL_WORD = re.compile(r"[A-Z]{3,}")


def vessel_in_capitals(text: str, start: int, name: str) -> bool:
    """'the tankers sanctioned today include the TROPICAL DAWN': a name of two or more words written in capitals
    (as registries and sanctions lists write ships), after a ship's noun in its sentence, on a page not about
    navies."""
    words = name.split()
    if len(words) < 2 or not all(_CAPITAL_WORD.fullmatch(word) for word in words):
        return False
    opening = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 200), start)), default=0)
    return _VESSEL_EARLIER.search(text, opening, start) is not None and _NAVAL_PAGE.search(text) is None
