"""Small tests of the words at a name's edge that the rules of where a name ends share: a body's word, a state's
name, the end of a capitalised run.
"""

from __future__ import annotations

from dossier.ingest.actor_document import cased
from dossier.ingest.cues import HEAD_WORD, NAME_PARTICLES, NAME_WORD, TITLES
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import PLACE_HEADS
from dossier.ingest.names import word_set
from dossier.model import ActorKind


def holder_after(tokens: list[Token], remit: int, covered: list[bool]) -> bool:
    """Whether a capitalised name follows a post's remit right away: its holder."""
    k = remit + 1
    return (
        k < len(tokens)
        and tokens[remit].joined
        and not covered[k]
        and cased(tokens[k])
        and any(tokens[h].folded in TITLES for h in range(max(0, remit - 12), remit))
    )


# Plurals of people by their trade that name a national body with "of" and its state: "Communications
# Workers of America", "Dairy Farmers of Canada" (one word alone may be a crowd: "Workers of Tremmia"
# needs a word before it).
TRADE_MEMBERS = word_set(
    "workers farmers growers producers manufacturers exporters importers employers builders brewers "
    "engineers nurses teachers pilots fishermen retailers "
    # ...and the professions' bodies by their members: "Chartered Professional Accountants of Tremmia"
    "accountants lawyers physicians surgeons dentists pharmacists architects actuaries midwives veterinarians"
)


def trade_members_of(words: tuple[str, ...]) -> bool:
    """'communications workers of america': two words or more up to a trade's plural, then "of"."""
    words = words[1:] if words[:1] == ("the",) else words
    return "of" in words[2:] and words[words.index("of") - 1] in TRADE_MEMBERS


# The letters of a house whose members sit for a named seat, and "member" in lower case before "for".
SEAT_LETTERS = word_set("mp msp mla mpp mha mna mpa td mca")


def ends_run(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is the last capitalised word of its run."""
    return k + 1 >= len(tokens) or not tokens[k].joined or not cased(tokens[k + 1])


_TEAM_HEADS = word_set("team unit detachment")


# Heads of a body named by the fields or trades before them, joined by "and": a union by its members' trades
# ("United Food and Commercial Workers"), an ombudsman by the services it oversees, a regulator by its fields
# ("Health and Safety Executive").
_REMIT_RUN_HEADS = word_set("workers ombudsman executive")


def remit_head_ends_run(tokens: list[Token], k: int) -> bool:
    """A union's or an ombudsman's head word, last in its capitalised run ("... Commercial Workers. Ann")."""
    return tokens[k].folded in _REMIT_RUN_HEADS and (
        k + 1 >= len(tokens) or not tokens[k].joined or not cased(tokens[k + 1])
    )


def team_head(tokens: list[Token], k: int) -> bool:
    """A working unit's head word that ends its capitalised run ("... Security Team said")."""
    return tokens[k].folded in _TEAM_HEADS and (k + 1 >= len(tokens) or not cased(tokens[k + 1]))


FORCE_HEADS = word_set("army navy force forces marines")


# Prefixes written with a hyphen inside one word: "Co-operation", "Re-construction", "Anti-corruption"
# (not "Burke-class" or "Liberian-flagged", a name and then a word about it).
_HYPHEN_PREFIXES = word_set("co re anti non pre post self inter counter multi cross sub trans pan de")


def hyphened_word(doc_text: str, tokens: list[Token], last: int) -> bool:
    """A capitalised word goes on after a hyphen in lower case: "Co-operation", "Re-construction", and a
    co-operative written short: "the Lincolnshire Co-op" (not "Co" and a lower-case "op")."""
    nxt = tokens[last + 1]
    return (
        tokens[last].folded in _HYPHEN_PREFIXES
        and tokens[last].text[:1].isupper()
        and doc_text[tokens[last].end : nxt.start] in ("-", "‐")
        and nxt.text.isalpha()
        and nxt.text.islower()
        and (len(nxt.text) >= 3 or (tokens[last].folded, nxt.folded) == ("co", "op"))
        and nxt.folded not in NAME_PARTICLES
    )


def has_body_word(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a run has an organisation's or armed force's word ("Ministry", "Army") in it."""
    return any(
        tokens[k].folded in NAME_WORD or (tokens[k].folded in HEAD_WORD and tokens[k].folded not in PLACE_HEADS)
        for k in range(first, last + 1)
    )


# Movements that name their branches "X in the Y" ("al-Qaeda in the Islamic Maghreb", "Islamic
# State in the Greater Sahara"), and missions and forces named for the state they serve in
# ("the EU Rule of Law Mission in Kosovo", "the UN Assistance Mission in Afghanistan").
FRANCHISE_HEADS = word_set("qaeda qaida")


FRANCHISE_PHRASES = frozenset({("islamic", "state")})


# A force's head word before the dash, and the head word that ends its arm's name after it.
FORCE_HEADS = word_set("forces army navy command corps guard")


POSSESSIVE_GAPS = ("'s ", "’s ", "' ", "’ ")


def names_a_body(word: str) -> bool:
    """A word that makes a run a body's name, not a place's ("Ministry", "Force"; not "Delta", "Valley"), or
    the plural of a federation's members ("Confederation of Tarnish Workers' Unions")."""
    return (
        word in NAME_WORD
        or (word in HEAD_WORD and HEAD_WORD[word].kind is not ActorKind.place)
        or (word.endswith("s") and word[:-1] in _MEMBER_BODIES)
    )


# Bodies that join in a federation, named in the plural at its name's end: "... Workers' Unions".
_MEMBER_BODIES = word_set("union association council syndicate cooperative co-operative society")


def names_a_place(gazetteer: Gazetteer, token: Token) -> bool:
    """A state, or a place under its own name ("Law" is only another spelling of Lawton)."""
    place = gazetteer.lookup((token.folded,))
    return place is not None and (place.kind == "state" or place.name.casefold() == token.folded)
