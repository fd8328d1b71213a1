"""The document the actor rules read, and what they learn from the whole of it.

`ActorDocument` holds what a rule may look at beyond the run of words it reads: which words open
sentences, which the text also writes in lower case or in capitals, which it uses as surnames, and
which acronyms it spells out. It imports none of the other actor modules; they all import it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from dossier.ingest.cues import (
    COUNCIL_TIERS,
    DESIGNATION_CLASSES,
    FUNCTION_WORDS,
    HEAD_WORD,
    KNOWN_FIRMS,
    LEGAL_ENDINGS,
    NAME_GLUE,
    NAME_PARTICLES,
    NAME_WORD,
    TERMS_WRITTEN_IN_CAPITALS,
)
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.line_index import line_start
from dossier.ingest.mentions import Token
from dossier.ingest.names import TOKEN_RE, fold, is_given_name
from dossier.ingest.spelled_terms import spelled_out_terms


@dataclass
class ActorDocument:
    """What the rules may look at beyond the run itself."""

    text: str
    tokens: list[Token]
    sentence_first: set[int]
    confirmed: set[str]  # words capitalised somewhere other than at a sentence start
    alone: set[str]  # words standing alone as a name somewhere (a surname used on its own)
    lower_case: set[str]  # words the document also writes in lower case
    gazetteer: Gazetteer
    defined: set[str] = field(default_factory=set)  # acronyms the text defines: "(FBA)"
    shouted: set[str] = field(default_factory=set)  # words the text writes in capitals: "NATO"
    surnames: set[str] = field(default_factory=set)  # last words of names of two or more words
    given_surnames: set[str] = field(default_factory=set)  # words after a given name: "Montenegro" in "Luís Montenegro"
    org_firsts: set[str] = field(default_factory=set)  # first words of organisations' names ("Rhodium Group")
    terms: set[str] = field(default_factory=set)  # acronyms of lower-case words: "fast radio burst (FRB)"
    technical: bool = False  # a page with code in it (`page_noise`)
    products: set[tuple[str, ...]] = field(default_factory=set)  # product lines: "Quillstone 3.2" (`works`)
    brands: set[str] = field(default_factory=set)  # first words of products' names: "Orbis" of "Orbis OS"
    # A maker's products named by its coined word and a noun: "Quorvane Checkout", "Quorvane Ledger" (`works`).
    families: set[tuple[str, ...]] = field(default_factory=set)
    # Made things a line titles with their kind: "Tumar (armoured vehicle)" (`titled_things`); also in `products`.
    titled: set[tuple[str, ...]] = field(default_factory=set)
    # Names the text describes as works ("Salt Ledger, her first solo show,"): no actor anywhere in it.
    works: set[tuple[str, ...]] = field(default_factory=set)
    things: bool = False  # a page about works, products, games or wine (`works.things_page`)
    sports: bool = False  # a match report (`cues.SPORT_WORDS`): "Wexford Town" is a club there
    storms: bool = False  # the page names a storm ("Hurricane Delphine"): "not even in Harvey" is a past one
    # The opening words (two or more) of firms' names the page gives with a legal form: "buchan fresh" of "Buchan
    # Fresh Fish Ltd"
    firm_openings: set[tuple[str, ...]] = field(default_factory=set)
    # Where the words of a firm's name stand, given with its legal form ("Grote Industries Europe GmbH") and
    # wherever the page repeats them without it ("Grote Industries Europe am Freitag"): no place is read there.
    firm_words: set[int] = field(default_factory=set)
    # Where each word opens a firm's name ("halden" of "Halden Therapeutics"): built on first use (`firm_cues`).
    firm_name_starts: dict[str, list[int]] | None = None
    # Where some patterns match in the whole text: built on first use (`found_on_line_before`). A page given as one
    # line (HTML reduced to text, a PDF, a pasted file) would otherwise be searched back to its start for each name.
    matches: dict[re.Pattern[str], tuple[list[int], list[int]]] = field(default_factory=dict)
    # Where a currency's code in brackets follows a name ("Ethereum (ETH)"): built on first use (`name_kinds`).
    currency_codes: list[int] | None = None
    # Where each word (folded) stands, in order: built on first use (`positions_of_word`).
    word_positions: dict[str, list[int]] | None = None


def positions_of_word(doc: ActorDocument, folded: str) -> list[int]:
    """The positions of the tokens whose folded form is `folded`, in order. A rule that looks for a name's word later
    in the text reads them here, not by a walk over every token per name (names times words on a long report)."""
    if doc.word_positions is None:
        index: dict[str, list[int]] = {}
        for k, token in enumerate(doc.tokens):
            index.setdefault(token.folded, []).append(k)
        doc.word_positions = index
    return doc.word_positions.get(folded, [])


def found_on_line_before(doc: ActorDocument, pattern: re.Pattern[str], position: int) -> bool:
    """Whether `pattern` matches on the line of `position`, before it: `pattern.search(text, line, position)`
    for a pattern of words with no line break in them, `position` a word's start. Read from the pattern's
    matches over the whole text, found once."""
    if pattern not in doc.matches:
        found = list(pattern.finditer(doc.text))
        doc.matches[pattern] = ([m.start() for m in found], [m.end() for m in found])
    starts, ends = doc.matches[pattern]
    first = bisect.bisect_left(starts, line_start(doc.text, position))
    # the matches do not overlap: if the first on the line ends past `position`, so do the ones after it
    return first < len(starts) and ends[first] <= position


def tokens_in(starts: list[int], start: int, end: int) -> range:
    return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))


def cased(token: Token) -> bool:
    """Capitalised in a script that has case (Korean and Chinese words are not 'capitalised')."""
    return token.capitalised and token.text[0].isupper()


def brand_cased_firm(token: Token) -> bool:
    """'eBay': a firm the world knows (`KNOWN_FIRMS`) whose name opens with a small letter, then a capital."""
    return token.text[:1].islower() and token.text[1:2].isupper() and token.folded in KNOWN_FIRMS


# One acronym in brackets, or two that spell one term: "(UAS)", "one-way attack unmanned aerial systems (OWA UAS)".
_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z.&]{1,9}(?: [A-Z][A-Za-z.&]{1,9})?)\)")


# Letters in the plural, alone: "NFIs", "FPSOs" (not "NGO's", nor a word in capitals that ends in "S": "UAVS").
_PLURAL_LETTERS = re.compile(r"(?<![\w.&-])([A-Z]{2,6})s(?![\w'’-])")


# A holder's noun closing a post's name right before its letters in brackets.
_POST_NOUN_BEFORE = re.compile(r"\b(?:Officers?|Commissioners?|Inspectors?|Collectors?) $")


def read_document_evidence(doc: ActorDocument) -> None:
    """What the rules learn from the whole document: defined acronyms, surnames, how words are used."""
    tokens = doc.tokens
    brackets = list(_DEFINED_ACRONYM.finditer(doc.text))  # every "(LETTERS)" with its words before, found once
    doc.defined = {fold(m.group(1)) for m in brackets if _spelled_out_before(doc.text, m)}
    # "an Internal Rate of Return (IRR)", "one Floating Production Storage and Offloading (FPSO) vessel": a trade's
    # term written out in capitals is still a term, when its words hold no body's word
    spelled_terms = {
        fold(m.group(1))
        for m in brackets
        if fold(m.group(1)) in doc.defined
        and fold(m.group(1)) in TERMS_WRITTEN_IN_CAPITALS
        and not _name_words_before(doc, m.start())
    }
    doc.defined -= spelled_terms
    doc.terms = (
        {fold(m.group(1)) for m in brackets if _spelled_out_before(doc.text, m, lower_case=True)}
        | (spelled_out_terms(doc.text) - doc.defined)
        | spelled_terms
    )
    # "Public Relations Officers (PROs)": letters for a post, named by its holder's noun, stand for no body
    posts = {
        fold(m.group(1))
        for m in brackets
        if m.group(1).isalpha()
        and _spelled_out_before(doc.text, m)
        and _POST_NOUN_BEFORE.search(doc.text, max(0, m.start() - 20), m.start()) is not None
    }
    doc.terms |= posts | {post.removesuffix("s") for post in posts}
    doc.terms |= DESIGNATION_CLASSES  # "the FTO designation", "a list of FTOs and SDGTs": sanctions' classes
    # "handed out NFIs", "two FPSOs": letters the text counts in the plural name a kind of thing (an item, a
    # vessel, a post), so the singular elsewhere ("the NFI kits", "the first FPSO") names no body either
    doc.terms |= {fold(m.group(1)) for m in _PLURAL_LETTERS.finditer(doc.text)} - doc.defined
    # Words in capitals inside prose (a lower-case word beside them on its line): acronyms, not a shouted
    # heading, nor a dateline's town after a headline's last word ("... upset" / "KISUMU, Kenya").
    doc.shouted = {
        t.folded
        for i, t in enumerate(tokens)
        if len(t.text) >= 3
        and t.text.isupper()
        and t.text.isalpha()
        and any(
            0 <= k < len(tokens)
            and tokens[k].text[0].islower()
            and "\n" not in doc.text[min(t.end, tokens[k].end) : max(t.start, tokens[k].start)]
            for k in (i - 1, i + 1)
        )
    }
    towns: set[str] = set()
    for i, token in enumerate(tokens):
        if not cased(token):
            continue
        word = token.folded
        before = tokens[i - 1] if i > 0 and tokens[i - 1].joined else None
        if before is not None and len(before.text) == 1 and not (i >= 2 and is_given_name(tokens[i - 2].folded)):
            before = None  # "Plan B. Officials": a letter, not a given name's middle initial
        if before is not None and (
            (cased(before) and before.folded not in FUNCTION_WORDS) or before.folded in NAME_PARTICLES
        ):
            doc.surnames.add(word)  # "Bashar al-Assad", "Jo Grady"
            if cased(before) and is_given_name(before.folded):
                doc.given_surnames.add(word)
        if token.joined and i + 1 < len(tokens) and cased(tokens[i + 1]) and tokens[i + 1].folded in NAME_WORD:
            doc.org_firsts.add(word)
        if _opens_a_council(tokens, i):
            towns.add(word)
    doc.org_firsts -= towns
    doc.firm_openings = _firm_openings(tokens)
    doc.firm_words = _firm_words(tokens)


_LONGEST_FIRM_NAME = 4  # capitalised words before a legal form ("Quell Valley Fresh Fish Ltd")


def _firm_words(tokens: list[Token]) -> set[int]:
    """The positions of the words of each firm's name of two words or more given before its legal form, there and
    where the same words stand again."""
    names: set[tuple[str, ...]] = set()
    for i, token in enumerate(tokens):
        # the form goes on from the name ("Rabce-Zdroju. Co piąty": a sentence's first word, no firm's "Co")
        if token.folded not in LEGAL_ENDINGS or not cased(token) or i < 2 or not tokens[i - 1].joined:
            continue
        first = i - 1
        while first > 0 and i - first < _LONGEST_FIRM_NAME and cased(tokens[first - 1]) and tokens[first - 1].joined:
            first -= 1
        words = tuple(t.folded for t in tokens[first:i])
        # "die Firma Grote Industries Europe GmbH": the words may open with a noun, and the page repeats the name
        # without it, so each ending of two words or more is the name too
        names.update(words[k:] for k in range(len(words) - 1))
    if not names:
        return set()
    # each word asks only the names it opens (not every name: a long report lists hundreds of firms)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    positions: set[int] = set()
    for i, token in enumerate(tokens):
        for name in by_first.get(token.folded, ()):
            end = i + len(name)
            if tuple(t.folded for t in tokens[i:end]) == name:
                positions.update(range(i, end))
    return positions


def _firm_openings(tokens: list[Token]) -> set[tuple[str, ...]]:
    """The opening words of each firm's name before its legal form, two words or more but not the whole name."""
    openings: set[tuple[str, ...]] = set()
    for i, token in enumerate(tokens):
        if token.folded not in LEGAL_ENDINGS or not cased(token) or i < 3:
            continue
        first = i - 1
        while first > 0 and i - first < _LONGEST_FIRM_NAME and cased(tokens[first - 1]) and tokens[first - 1].joined:
            first -= 1
        words = tuple(t.folded for t in tokens[first:i])
        openings.update(words[:n] for n in range(2, len(words)))
    return openings


def _opens_a_council(tokens: list[Token], i: int) -> bool:
    """'Ferrowby Borough Council', 'Oxwold Council': the word at `i` opens a local council's name."""
    k = i + 1
    while k < len(tokens) and k <= i + 2 and tokens[k - 1].joined and tokens[k].folded in COUNCIL_TIERS:
        k += 1
    return k < len(tokens) and tokens[k - 1].joined and tokens[k].text == "Council"


_TERM_REACH = 80  # characters before the brackets that the written-out words may take


def _name_words_before(doc: ActorDocument, start: int) -> bool:
    """Whether the capitalised words right before `start` (small words between them) hold a body's word or are a
    place the gazetteer knows ("Papua New Guinea (PNG)")."""
    words: list[str] = []
    for word in reversed(TOKEN_RE.findall(doc.text[max(0, start - _TERM_REACH) : start])):
        if not word[:1].isupper() and fold(word) not in NAME_GLUE:
            break
        words.append(fold(word))
    if not words:
        return False
    if words[0] in HEAD_WORD or any(word in NAME_WORD for word in words):
        return True
    sizes = range(min(2, len(words)), len(words) + 1)  # (one word alone only when it is all: "Return" is a village)
    return any(doc.gazetteer.lookup(tuple(reversed(words[:size]))) is not None for size in sizes)


def _spelled_out_before(text: str, match: re.Match[str], lower_case: bool = False) -> bool:
    """'Foo Bar Agency (FBA)': the capitalised words before the brackets give the acronym's letters
    ("Download (PDF)" and "fast radio bursts (FRBs)" define nothing). With `lower_case`: the words
    are written in lower case ("fast radio burst (FRB)"), so the acronym names a thing."""
    letters = match.group(1).replace(".", "").replace(" ", "").removesuffix("s").upper()
    words = [w for w in TOKEN_RE.findall(text[max(0, match.start() - 160) : match.start()]) if fold(w) not in NAME_GLUE]
    initials = "".join(w[0] for w in words[-len(letters) :]) if len(words) >= len(letters) else ""
    if lower_case:
        return (initials.islower() and initials.upper() == letters) or _letters_inside_lower_words(letters, words)
    if initials == letters:
        return True
    # "Economic Community of West African States (Ecowas)": the openings of the last few words (a
    # title-case acronym's last "s" is its own letter).
    letters = match.group(1).replace(".", "").replace(" ", "").upper()
    capitals: list[str] = []  # the name's capitalised words, last first ("in", "on" between them)
    for word in reversed(words):
        if word[:1].isupper():
            capitals.append(word.upper())
        elif fold(word) not in FUNCTION_WORDS:
            break
    return any(
        prefix_acronym(letters, capitals[size - 1 :: -1])
        for size in range(_PREFIX_WORDS, min(len(letters), len(capitals) + 1))
    )


_PREFIX_WORDS = 2  # the fewest words an acronym of the words' openings stands for


_LONG_LOWER_WORD = 6  # one word alone must be this long to hold an acronym's letters ("aircore (AC)")


def _letters_inside_lower_words(letters: str, words: list[str]) -> bool:
    """'prefeasibility study (PFS)', 'aircore (AC)': the last lower-case words before the brackets each give their
    first letter and may give more from inside themselves, in order, and the letters are all of them: a trade's
    term shortened, no body (a body's name is written with capitals)."""
    for size in range(1, min(len(letters), len(words)) + 1):
        tail = [w.upper() for w in words[-size:]]
        if not all(w.isalpha() and w.islower() for w in words[-size:]):
            return False
        if size == 1 and len(tail[0]) < _LONG_LOWER_WORD:
            continue
        if _spread_over(letters, tail):
            return True
    return False


def _spread_over(letters: str, words: list[str]) -> bool:
    if not words:
        return not letters
    word = words[0]
    if not letters or letters[0] != word[0]:
        return False
    # this word gives its first letter and then any of the next letters found in it, in order
    taken, inside = 1, 1
    while True:
        if _spread_over(letters[taken:], words[1:]):
            return True
        if taken >= len(letters):
            return False
        found = word.find(letters[taken], inside)
        if found < 0:
            return False
        taken, inside = taken + 1, found + 1


def prefix_acronym(letters: str, words: list[str]) -> bool:
    """'Economic Community of West African States (Ecowas)': every word of the name, in order, gives
    the opening of itself (one letter or more) to the acronym, and nothing else does."""

    def covers(rest: str, k: int) -> bool:
        if k == len(words):
            return not rest
        word = words[k]
        return any(word[:size] == rest[:size] and covers(rest[size:], k + 1) for size in range(1, len(rest) + 1))

    return len(letters) > len(words) >= _PREFIX_WORDS and covers(letters, 0)


# A long name whose acronym skips a few of its words: at least this many words, at most this many skipped.
_SKIPPING_NAME_WORDS = 4
_SKIPPED_WORDS = 2


def skipping_acronym(letters: str, initials: str) -> bool:
    """'European Civil Protection and Humanitarian Aid Operations (ECHO)': the acronym's letters are
    initials of the name's words in order, from its first word to its last, skipping at most two
    words of a long name (an acronym coined before the name grew). Letters that spell the last words
    whole name those words alone, not a run that reaches back to an earlier name."""
    if len(letters) < 3 or len(initials) < _SKIPPING_NAME_WORDS or len(initials) - len(letters) > _SKIPPED_WORDS:
        return False
    if letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    if len(initials) > len(letters) and initials.endswith(letters):
        return False  # "Chad and the Counter Terrorism Service (CTS)": the letters spell the last words whole
    rest = iter(initials)
    return all(letter in rest for letter in letters)


# Characters either side of a short form ("Millbrook", "Holloway Ridge") searched for its name in full.
FULL_NAME_REACH = 3000


def head_written_after(doc: ActorDocument, position: int, name: str, heads: Collection[str]) -> str | None:
    """The capitalised word of `heads` that follows `name` elsewhere near `position`, if the page writes the
    name in full there ("Millbrook United", "Holloway Ridge Partners"); else None."""
    text, start = doc.text, doc.tokens[position].start
    stop = start + FULL_NAME_REACH
    at = text.find(name + " ", max(0, start - FULL_NAME_REACH), stop)
    while at >= 0:
        after = at + len(name) + 1
        word = text[after : after + 40].split(" ", 1)[0].rstrip(".,;:!?")
        if word[:1].isupper() and word.casefold() in heads:
            return word
        at = text.find(name + " ", after, stop)
    return None
