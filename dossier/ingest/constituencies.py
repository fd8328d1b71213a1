"""A member's seat before the letters of the house: "the Tarnby MP said", "Castlebury MP Ilse Varn said".

Written before "MP" with "the" in front, or with the member's name after, the capitalised words are the
constituency the member sits for: a place, whatever its words are alone ("Bishop Harwood" is no
bishop), and not a person. "Julie Varncombe MP" (nothing after, no "the") is the member herself, and a
party or a nation before the letters ("Labour MP", "Welsh MP") is no seat.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import is_common_word
from dossier.ingest.cues import NAME_GLUE, PARTIES_BY_WORD
from dossier.ingest.grouping import Candidate
from dossier.ingest.name_words import is_title
from dossier.ingest.names import is_given_name, word_set
from dossier.model import ActorKind

# The letters of a house whose members sit for a named seat.
SEAT_LETTERS = frozenset({"MP", "MSP", "MLA", "MPP", "MHA", "MNA", "MPA", "TD", "MCA"})
# Title words that open towns' names ("Bishop Harwood", "Kings Lynford", "St Tarrow"); not "Hon" or "Dr".
_TOWN_TITLES = word_set("bishop bishops king kings queen queens prince princes earl earls abbot abbots st saint")
# Words of a party's name before the letters ("Liberal Democrat MP", "Green MP", "Independent MP").
_PARTY_WORDS = PARTIES_BY_WORD | word_set("liberal democrat democrats green independent reform snp dup ukip sinn fein")


def party_before_letters(doc: ActorDocument, first: int, letters: int) -> Candidate | None:
    """'the Liberal Democrat MP for Tarnby': the words before a member's letters, when all are a party's
    (not "Independent": no party), are the member's party, a body."""
    tokens = doc.tokens
    words = [tokens[k].folded for k in range(first, letters)]
    if not words or tokens[letters].text not in SEAT_LETTERS or words == ["independent"]:
        return None
    if not all(w in _PARTY_WORDS and cased(tokens[k]) for k, w in zip(range(first, letters), words, strict=True)):
        return None
    name = doc.text[tokens[first].start : tokens[letters - 1].end]
    return Candidate(
        first, letters - 1, name, ActorKind.organization, f"a member's party before '{tokens[letters].text}'", 0.6
    )


# "the Brecon, Radnor and ": the opening names of a seat named by three places, after "the".
_SEAT_LIST_BEFORE = re.compile(r"\b[Tt]he (?:[A-Z][\w'’-]*,? )+and $")


def seat_before_letters(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """The seat in a run such as "Castlebury MP Ilse Varn" or "Stoke Malden MP" after "the"."""
    tokens = doc.tokens
    letters = next((k for k in range(first + 1, last + 1) if tokens[k].text in SEAT_LETTERS), None)
    if letters is None or (tokens[first].folded == "the" and letters == first + 1):
        return None
    after_the = first > 0 and tokens[first - 1].folded == "the"
    # "the Brecon, Radnor and Cwm Tawe MP": the last of a seat's names joined after "the"
    after_the = after_the or bool(
        _SEAT_LIST_BEFORE.search(doc.text[max(0, tokens[first].start - 60) : tokens[first].start])
    )
    if tokens[first].folded == "the":
        first, after_the = first + 1, True  # "The Castlebury MP, Ilse Varn,": the run opens the sentence
    named_after = letters < last and cased(tokens[letters + 1])
    if not (after_the or named_after):
        return None
    words = tuple(tokens[k].folded for k in range(first, letters))
    if any(w in _PARTY_WORDS or is_title(w) for w in words) and not _titled_town(words):
        return None  # "Labour MP Ilse Varn", "Shadow Minister ... MP": a party or a post, no seat
    if letters == first + 1 and _PARTY_LETTERS.fullmatch(tokens[first].text):
        return None  # "BJP MLA Anil Varma", "ANC MP": a party's letters, no seat
    if words[-1] in NAME_GLUE or not all(
        cased(tokens[k]) or words[k - first] in NAME_GLUE for k in range(first, letters)
    ):
        return None
    gazetteer = doc.gazetteer
    if len(words) >= 2 and is_given_name(words[0]) and gazetteer.lookup(words) is None:
        return None  # "the Hon Ilse Varn MP": a member's own name, no seat
    # (a sentence's first word counts as written in lower case, unless it is a given name the page never
    # writes so: "Clare TD Ilse Varn said" opens with a county named like a woman)
    seen_lower = words[-1] in doc.lower_case or (
        len(words) == 1 and first in doc.sentence_first and not is_given_name(words[0])
    )
    if is_common_word(words[-1], seen_lower) and gazetteer.lookup(words) is None and not _compass_part(doc, words):
        return None  # "Local MP Ilse Varn", "Senior MP": an ordinary word, no seat's name
    if any(gazetteer.country_of_demonym(w) is not None for w in words) or _a_state(doc, words):
        return None  # "Welsh MP", "UK MP": the nation, no seat
    name = doc.text[tokens[first].start : tokens[letters - 1].end]
    return Candidate(first, letters - 1, name, ActorKind.place, f"a member's seat before '{tokens[letters].text}'", 0.6)


# A party by its letters: two to five capitals ("ANC", "BJP", "PTI"); seats are written as words.
_PARTY_LETTERS = re.compile(r"[A-Z]{2,5}")


# The part of a town a seat covers, after the town's name: "Tarnby North", "Varnley Central".
_SEAT_PARTS = word_set("north south east west central")


def _compass_part(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'Tarnby North MP Ilse Varn': a town's name that is no ordinary word, then the part of it the seat is."""
    return len(words) == 2 and words[1] in _SEAT_PARTS and not is_common_word(words[0], words[0] in doc.lower_case)


def _titled_town(words: tuple[str, ...]) -> bool:
    """'Bishop Harwood', 'Kings Lynford': a title word that opens towns' names, then more of the name."""
    return len(words) >= 2 and words[0] in _TOWN_TITLES and not any(is_title(w) for w in words[1:])


def _a_state(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    place = doc.gazetteer.lookup(words)
    return place is not None and place.kind == "state"


# Nouns for a member who sits for a seat, before "for" and its name: "the member for Wentley".
_SEAT_HOLDERS = word_set("member councillor")


def seat_after_for(doc: ActorDocument, first: int, last: int) -> str | None:
    """'the MP for Brenmouth', 'the independent member for Wentley': the words before the name, when
    they name a member's seat (a place, known to the gazetteer or not; not "a member for Labour")."""
    tokens = doc.tokens
    if first < 2 or tokens[first - 1].folded != "for" or not tokens[first - 2].joined:
        return None
    words = [tokens[k].folded for k in range(first, last + 1)]
    if any(w in _PARTY_WORDS for w in words) or (len(words) == 1 and is_common_word(words[0], True)):
        return None
    holder = tokens[first - 2]
    if holder.text in SEAT_LETTERS or (holder.folded in _SEAT_HOLDERS and holder.text.islower()):
        return f"{holder.text} for"
    return None


# Members named in lower case after the seat they sit for: "Tarnby assemblyman Ilse Varn" (Malaysian state seats,
# New York's districts). Not "councillor": "Labour councillor", "city councillor" name a party or a tier.
_MEMBERS_AFTER_SEAT = word_set("assemblyman assemblywoman assemblymember assemblyperson")


def seat_before_member(doc: ActorDocument, first: int, last: int) -> bool:
    """'Penmarra assemblyman Datuk Ilse Varn': capitalised words right before a member's lower-case noun are
    the seat the member sits for, a place (not a party's words or letters: "DAP assemblyman")."""
    tokens = doc.tokens
    after = last + 1
    if after >= len(tokens) or not tokens[last].joined or tokens[after].text not in _MEMBERS_AFTER_SEAT:
        return False
    words = [tokens[k].folded for k in range(first, after)]
    if any(w in _PARTY_WORDS or is_title(w) for w in words) or (len(words) == 1 and is_common_word(words[0], True)):
        return False  # "Labour assemblyman", "Democratic assemblywoman": a party, no seat
    return not (first == last and _PARTY_LETTERS.fullmatch(tokens[first].text))


# Verbs whose object is a member's seat: "a former nurse who represents Prince Albert Northcote".
_REPRESENTS = word_set("represents represented representing")


def titled_town_seat(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'the MLA for Prince Albert Northcote', 'who represents Bishop Harwood': after a member's "for" or
    "represents", a town's title word opening more capitalised words names the seat, a place (no
    prince or bishop)."""
    tokens = doc.tokens
    for k in range(first, last):
        if tokens[k].folded not in _TOWN_TITLES or not cased(tokens[k]):
            continue
        holder = tokens[k - 2] if k >= 2 else None
        after_for = (
            holder is not None
            and tokens[k - 1].folded == "for"
            and (holder.text in SEAT_LETTERS or (holder.folded in _SEAT_HOLDERS and holder.text.islower()))
        )
        words = tuple(tokens[j].folded for j in range(k + 1, last + 1))
        # (three words at least, or a known town: a lawyer "represents Prince Ilse" too)
        represents = (
            k == first
            and k >= 1
            and tokens[k - 1].text in _REPRESENTS
            and (last - k >= 2 or doc.gazetteer.lookup((tokens[k].folded, *words)) is not None)
        )
        if (after_for or represents) and all(cased(tokens[j]) for j in range(k, last + 1)):
            if any(is_title(w) for w in words):
                return None  # "the MP for Bishop Harwood, Minister ...": a post follows
            name = doc.text[tokens[k].start : tokens[last].end]
            how = f"a member's seat after '{tokens[k - 1].text}'"
            return Candidate(k, last, name, ActorKind.place, how, 0.6)
    return None


def seat_of_two_after_letters(doc: ActorDocument, first: int, last: int) -> tuple[int, Candidate] | None:
    """'the Liberal Democrat MP for Tewkesby and North Vale': a run that ends with a seat named for two
    places after the letters and "for" (the seat holds the "and"; nothing after it is a member's name).
    The letters' index, and the seat, a place."""
    tokens = doc.tokens
    glue = next((k for k in range(last - 2, first, -1) if tokens[k].folded == "for"), None)
    if glue is None or tokens[glue - 1].text not in SEAT_LETTERS:
        return None
    seat = range(glue + 1, last + 1)
    words = [tokens[k].folded for k in seat]
    if "and" not in words[1:-1] or not all(cased(tokens[k]) or tokens[k].folded == "and" for k in seat):
        return None
    if any(is_title(w) or w in _PARTY_WORDS or is_given_name(w) for w in words):
        return None  # "... and North Vale Ilse Varn": a member's name follows; the post's rules read it
    name = doc.text[tokens[glue + 1].start : tokens[last].end]
    how = f"a member's seat after '{tokens[glue - 1].text} for'"
    return glue - 1, Candidate(glue + 1, last, name, ActorKind.place, how, 0.6)


def dashed_seat(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'the MPP for Tarnby—Oskel—North Vale': after a member's letters and "for", places joined by dashes
    name one seat, a place (`name_bounds` keeps them in one run); no person's name follows the title."""
    tokens = doc.tokens
    opener = next(
        (k for k in range(first + 1, last) if tokens[k].folded == "for" and tokens[k - 1].text in SEAT_LETTERS), None
    )
    if opener is None:
        return None
    start = opener + 1
    gaps = [doc.text[tokens[k].end : tokens[k + 1].start] for k in range(start, last)]
    if not gaps or not any(gap in ("—", "–") for gap in gaps) or not all(gap in ("—", "–", "-", " ") for gap in gaps):
        return None
    name = doc.text[tokens[start].start : tokens[last].end]
    return Candidate(start, last, name, ActorKind.place, "a member's seat of places joined by dashes", 0.6)
