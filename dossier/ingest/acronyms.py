"""Acronyms: which the text defines, and which name a thing rather than an actor.

"Islamic Revolutionary Guard Corps (IRGC)" defines IRGC; "JSON", "UTC", "APIs" are things;
"Nato" beside "NATO" is an acronym in title case; "Hinton, G.E." are initials.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, cased, prefix_acronym
from dossier.ingest.common_words import VERY_COMMON, zipf
from dossier.ingest.cues import (
    ACTS_AFTER_A_NAME,
    BODY_NOUNS_AFTER_ACRONYM,
    CURRENCY_CODES,
    LEGAL_ENDINGS,
    NAME_GLUE,
    NAME_PARTICLES,
    NATIONS_EXCHANGE,
    TERM_ACRONYMS,
)
from dossier.ingest.draft_lookups import OWN_TONGUE_LETTERS
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.grouping import Candidate
from dossier.ingest.line_index import line_start
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import ADJECTIVE_SUFFIXES, is_title
from dossier.ingest.names import is_given_name, word_set
from dossier.ingest.not_names import OPENER_WORD
from dossier.ingest.numbered_names import UNIT_ORDINAL
from dossier.model import ActorKind

ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,9}(?:-[A-Z]{2,6})?s?")  # "NATO", "U.S.", "CJTF-OIR"


def adjective_before_acronym(doc: ActorDocument, first: int) -> bool:
    adjective, acronym = doc.tokens[first], doc.tokens[first + 1]
    if not (ACRONYM.fullmatch(acronym.text) and acronym.text.isalpha() and len(acronym.text) >= 2):
        return False
    if adjective.text.isupper() or not adjective.text[1:].islower():
        return False
    word = adjective.folded
    return doc.gazetteer.country_of_demonym(word) is not None or (
        word.endswith(ADJECTIVE_SUFFIXES) and doc.gazetteer.lookup((word,)) is None and not is_given_name(word)
    )


def new_before_acronym(doc: ActorDocument, first: int) -> bool:
    """'New EU rules set ...', 'New UN figures show ...': "New" opening a sentence is its adjective, not part of a
    body's letters (places are "New" and a word: "New York", "New Zealand")."""
    new, acronym = doc.tokens[first], doc.tokens[first + 1]
    return (
        new.text == "New"
        and first in doc.sentence_first
        and new.joined
        and acronym.text.isupper()
        and acronym.text.isalpha()
        and len(acronym.text) >= 2
    )


def title_case_acronym(doc: ActorDocument, position: int) -> bool:
    """'Nato' beside 'NATO', or 'Quellmoor Treaty Organisation (Qto)': a body's acronym written as a
    word, as some newsrooms do, which the text shows is an acronym (in capitals elsewhere, or
    spelled out before it in brackets). Nothing else tells it from an ordinary word."""
    token = doc.tokens[position]
    if not _TITLE_CASE_WORD.fullmatch(token.text) or doc.technical:
        return False
    if token.folded in doc.defined:
        return True
    # "ABC SPORTS" then "Sports": a common word shouted in a heading or a brand is no acronym.
    return token.folded in doc.shouted and zipf(token.folded) < OPENER_WORD


_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z]{2,7}")
# "FAMa" (Forces armées maliennes): capitals, and the small letter of a name's last word's second letter
_CAPITALS_THEN_A_SMALL_LETTER = re.compile(r"[A-Z]{2,6}[a-z]")


# "(VMF; Bislama: Vanuatu Mobael Fos)": the acronym, then the name in another language after its language's name.
_GLOSS_AFTER = re.compile(r";[ \t]*[A-Z][a-z]+:")


def letters_closed(text: str, end: int) -> bool:
    """Whether the letters ending at `end` close their bracket: ")" right after them, or the name in another
    language after a semicolon ("(UNOMIK; French: Mission d'observation ...)", as Wikipedia opens an article)."""
    return text[end : end + 1] == ")" or _GLOSS_AFTER.match(text, end) is not None


def _group_letters_of_a_nations_exchange(full: Candidate, letters: str) -> bool:
    """'Nigerian Exchange (NGX)': a nation's exchange is written with the letters of the group that runs it, its
    nation's initial first."""
    return full.found_by == NATIONS_EXCHANGE and letters[:1] == full.name[:1] and 2 <= len(letters) <= 4


def _state_inside_a_body(held: Candidate | None, new: Candidate) -> bool:
    """'the Police of the Republic of Mozambique (PRM)': the state's formal name ends where the body's does; the
    letters after both are the body's."""
    return held is not None and new.kind is ActorKind.state and held.first < new.first


def defined_acronyms(doc: ActorDocument, candidates: list[Candidate]) -> dict[str, Candidate]:
    """'Islamic Revolutionary Guard Corps (IRGC)': the acronym -> the candidate it stands for."""
    tokens, text = doc.tokens, doc.text
    by_last: dict[int, Candidate] = {}
    for c in candidates:
        if c.last > c.first and not _state_inside_a_body(by_last.get(c.last), c):
            by_last[c.last] = c
    defined: dict[str, Candidate] = {}
    for i, token in enumerate(tokens):
        # (the bracket first: most words have none before them)
        last_in_brackets = text.endswith(("; ", ", "), 0, token.start)  # "(Arabic: ...; KST)"
        if i == 0 or (text[token.start - 1 : token.start] != "(" and not last_in_brackets):
            continue
        if not (
            ACRONYM.fullmatch(token.text)
            or _TITLE_CASE_WORD.fullmatch(token.text)
            or _SPELLING_ACRONYM.fullmatch(token.text)
            or _CAPITALS_THEN_A_SMALL_LETTER.fullmatch(token.text)
        ):
            continue  # "(NATO)", "(Nato)" as some newsrooms write it, "(AfD)", "(FAMa)"
        short_form = _letters_after_first_word(doc, i) if not last_in_brackets else None
        if short_form is not None:
            # "Africa Centres for Disease Control and Prevention (Africa CDC)": the name's first word, then letters
            full = by_last.get(i - 1)
            if full is not None and full.last - full.first >= 2 and tokens[full.first].text == token.text:
                defined[f"{token.folded} {short_form.folded}"] = full
            continue
        placed = _letters_and_place(doc, i, by_last.get(i - 1)) if not last_in_brackets else None
        if placed is not None:
            defined[f"{token.folded} {tokens[i + 1].folded}"] = placed  # "EU Advisory Mission Ukraine (EUAM Ukraine)"
            continue
        # "(EU NAVFOR)": an acronym of two parts, written apart, the owner's and the body's own
        second = _second_part(doc, i)
        hyphened = _hyphened_part(doc, i) if second is None else None
        end = second.end if second is not None else hyphened.end if hyphened is not None else token.end
        # "(ZAMBATT-12)": a peacekeeping unit's acronym with the number of its rotation
        rotation = _ROTATION.match(text, end) if second is None else None
        # "Reckitt Benckiser (RB.)", "Taylor Wimpey (TW.)": a London share's code keeps its stop inside the bracket
        stopped_code = text[end : end + 2] == ".)" and ACRONYM.fullmatch(token.text) is not None
        if text[end : end + 1] != ")" and rotation is None and not stopped_code and not _GLOSS_AFTER.match(text, end):
            continue
        key = token.folded if second is None else f"{token.folded} {second.folded}"
        key = f"{key}-{rotation[1]}" if rotation is not None else key
        written = token.text if second is None else f"{token.text}{second.text}"
        if hyphened is not None:
            key, written = f"{token.folded}-{hyphened.folded}", f"{token.text}{hyphened.text}"
        if last_in_brackets:
            # "Kataib Varnak (Arabic: ...; KV)": letters closing a bracket of other names, after the name it follows
            full = _named_before_its_bracket(doc, i, by_last)
            if full is not None and (_initials_spelled(full, tokens, written) or _gloss_spelled(text, token, written)):
                defined[key] = full
            continue
        full = by_last.get(i - 1)
        if full is None and i >= 2 and noun_before_acronym(doc, i - 2):
            full = by_last.get(i - 2)  # "the Multinational Security Support mission (MSS)": the body's noun between
        gap = text[tokens[i - 1].end : token.start]
        # "Taiwan Quell Manufacturing Co. (TQMC)": the stop of a firm's abbreviated legal form before the bracket
        stopped_form = gap == ". (" and tokens[i - 1].folded in LEGAL_ENDINGS
        if full is None or (gap.strip() != "(" and not stopped_form):
            continue
        if (
            key == token.folded
            and full.kind is ActorKind.organization
            and body_noun_past_acronym(doc, i - 1) is not None
        ):
            defined[token.folded] = full  # "the Law and Order (PoP) party": letters of its own language
            continue
        if key == token.folded and full.found_by == OWN_TONGUE_LETTERS:
            defined[token.folded] = full  # "the National Rally (RN)": read as a body by those letters
            continue
        if key == token.folded and full.kind is ActorKind.armed_force and tokens[i - 1].text.islower():
            # "the Congolese army (FARDC)": a force described in lower case, its own letters in brackets
            # (in its own language, whatever they spell)
            defined[key] = full
            continue
        if key == token.folded and not ACRONYM.fullmatch(token.text) and not _TITLE_CASE_WORD.fullmatch(token.text):
            if spelled_by_acronym(doc, full.first, full.last) or (
                # "Malian Armed Forces (FAMa)": the acronym of its own language's name, a small letter last
                _CAPITALS_THEN_A_SMALL_LETTER.fullmatch(token.text) and _other_language_acronym(doc, full, token.text)
            ):
                defined[token.folded] = full  # "Future for Varnia (FfV)"
            continue
        words = tokens[full.first : full.last + 1]
        initials = "".join(t.text[0] for t in words if t.folded not in NAME_GLUE | NAME_PARTICLES).upper()
        every_initial = "".join(t.text[0] for t in words).upper()
        # "Al-Qaeda in the Varnak Peninsula (AQVP)": the capitalised words, a capital article too.
        capital_initials = "".join(t.text[0] for t in words if t.text[:1].isupper())
        # "Islamic Revolutionary Guard Corps Quds Force (IRGC-QF)": a hyphen between the letters spells no word
        letters = written.replace(".", "").replace("-", "").removesuffix("s").upper()
        # "Court of Arbitration for Sport (Cas)": a small "s" last may be the name's own letter, not a plural's
        whole_letters = written.replace(".", "").replace("-", "").upper()
        # "UN Office for the Coordination of Humanitarian Affairs (OCHA)": the owner's acronym
        # opening the name is left out of the body's own.
        owned = initials[1:] if len(words) > 2 and words[0].text.isupper() and len(words[0].text) > 1 else ""
        # "Iraqi Counter-Terrorism Service (CTS)": the people's adjective before the body's own name is left out
        if not owned and len(words) > 2 and doc.gazetteer.country_of_demonym(words[0].folded) is not None:
            owned = initials[1:]
        # "U.S. Army Central (ARCENT)": syllables of some words, not their initials.
        syllables = [t.text.upper() for t in words if t.folded not in NAME_GLUE]
        # "Multinational Security Support Mission (MSS)": the body's noun left out, as when it is in lower case
        headless = initials[:-1] if len(initials) > 3 and words[-1].text.casefold() in _NOUNS_BEFORE_ACRONYM else ""
        # "Ministry of Defence and Armed Forces Logistics (MODAFL)": "of" spelled, "and" left out; "Counter-ISIS
        # Train and Equip Fund (CTEF)": a word hyphened to the one before it left out
        of_spelled = "".join(t.text[0] for t in words if t.folded == "of" or t.folded not in NAME_GLUE).upper()
        unhyphened = "".join(
            t.text[0]
            for k, t in enumerate(words)
            if t.folded not in NAME_GLUE and not (k and text[words[k - 1].end : t.start] == "-")
        ).upper()
        if (
            letters in (initials, every_initial, capital_initials, owned, headless)
            or (len(letters) >= 3 and letters in (of_spelled, unhyphened))
            or whole_letters in (initials, capital_initials)
            or _syllable_acronym(letters, syllables)
            or _spells_the_names_start(words, letters)
            or (key == token.folded and _letters_in_order(full, written, words))
            or prefix_acronym(written.replace(".", "").upper(), [t.text.upper() for t in words if t.text[:1].isupper()])
        ) or (key == token.folded and _other_language_acronym(doc, full, token.text)):
            defined[key] = full
        elif key == token.folded and _initials_reordered(full, letters, initials):
            defined[key] = full  # "Royal Armed Forces (FAR)": its letters in its own language's word order
        elif key == token.folded and _group_letters_of_a_nations_exchange(full, letters):
            defined[key] = full  # "the Nigerian Exchange (NGX)": the exchange group's own letters
        elif key == token.folded and _party_of_another_language(doc, full, letters):
            defined[key] = full  # "the Czech Civic Democratic Party (ODS)": the party's letters in Czech
    _acronyms_before_their_names(doc, candidates, defined)
    _states_by_initials(doc, candidates, defined)
    _numbered_units_by_initials(doc, candidates, defined)
    _ordinal_units_by_code(doc, candidates, defined)
    return defined


def _letters_in_order(full: Candidate, written: str, words: list[Token]) -> bool:
    """'African Union Mission in Somalia (AMISOM)', 'Patrol Forces Southwest Asia (PATFORSWA)', 'al-Qa'ida in the
    Islamic Maghreb (AQIM)': a body's capitals in brackets right after its name, the first its first letter and
    the others found in the name's letters in order (letters taken from the middle of words, as agencies and armed
    groups coin them; the known test for a defined acronym)."""
    if full.kind not in (ActorKind.organization, ActorKind.armed_force) or not ACRONYM.fullmatch(written):
        return False
    letters = written.casefold()
    if len(letters) < _IN_ORDER_LETTERS or not letters.isalpha() or len(words) < 2:
        return False
    name = "".join(ch for t in words for ch in t.text.casefold() if ch.isalpha())
    if name[:1] != letters[0]:
        return False
    at = 1
    for letter in letters[1:]:
        at = name.find(letter, at) + 1
        if not at:
            return False
    return True


_IN_ORDER_LETTERS = 4  # "AQAP", "AMISOM": fewer capitals fit too many names by chance


def _spells_the_names_start(words: list[Token], letters: str) -> bool:
    """'United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)', 'Armed Conflict
    Location and Event Data Project (ACLED)': letters that spell the name's own words up to its remit ("for ...",
    "in ...") or up to its last word, its head."""
    if len(letters) < _START_LETTERS:
        return False
    spelled = ""
    for k, word in enumerate(words):
        if word.folded in NAME_GLUE:
            continue
        spelled += word.text[0].upper()
        if spelled == letters:
            rest = words[k + 1 :]
            return len(rest) == 1 or (len(rest) > 1 and rest[0].folded in _REMIT_OPENERS)
        if not letters.startswith(spelled):
            return False
    return False


_START_LETTERS = 4  # fewer letters spell a name's start by chance
_REMIT_OPENERS = frozenset(("for", "in", "of", "on"))


_REORDERED_LETTERS = 3  # "FAR": fewer letters fit too many names by chance
# Where English is the language a party names itself in: its letters spell its English words.
_ENGLISH_SPEAKING = frozenset(("United States", "United Kingdom", "Ireland", "Australia", "New Zealand"))


def _party_of_another_language(doc: ActorDocument, full: Candidate, letters: str) -> bool:
    """'the Czech Civic Democratic Party (ODS)', 'the Spanish Socialist Workers' Party (PSOE)': a party named by its
    people's adjective, in English, keeps the letters of its name in its own language."""
    words = doc.tokens[full.first : full.last + 1]
    country = doc.gazetteer.country_of_demonym(words[0].folded) if len(words) >= 3 else None
    return (
        full.kind is ActorKind.organization
        and words[-1].folded == "party"
        and country is not None
        and country not in _ENGLISH_SPEAKING
        and 2 <= len(letters) <= 6
        and letters.isalpha()
    )


def _acronyms_before_their_names(
    doc: ActorDocument, candidates: list[Candidate], defined: dict[str, Candidate]
) -> None:
    """'Isis (Institute of Strategic and International Studies)': the letters first, the name they spell in
    brackets after them (as some newsrooms write a body's acronym before its name)."""
    tokens, text = doc.tokens, doc.text
    for full in candidates:
        if full.last - full.first < 2 or full.first < 2 or full.kind is not ActorKind.organization:
            continue
        opening, closing = tokens[full.first].start - 1, tokens[full.last].end
        if text[opening : opening + 1] != "(" or text[closing : closing + 1] != ")":
            continue
        letters = tokens[full.first - 1]
        if letters.end != opening - 1 or text[letters.end : opening] != " " or letters.folded in defined:
            continue
        if not (ACRONYM.fullmatch(letters.text) or _TITLE_CASE_WORD.fullmatch(letters.text)):
            continue
        words = tokens[full.first : full.last + 1]
        initials = "".join(t.text[0] for t in words if t.folded not in NAME_GLUE | NAME_PARTICLES).upper()
        if len(initials) >= _REORDERED_LETTERS and letters.text.upper() == initials:
            defined[letters.folded] = full


def _initials_reordered(full: Candidate, letters: str, initials: str) -> bool:
    """'the Royal Armed Forces (FAR)', 'Armed Forces of Cabinda (FAC)': a body translated into English keeps the
    acronym of its own language, where the adjective follows the noun: the same initials in another order."""
    return (
        full.kind in _BODY_KINDS
        and len(letters) >= _REORDERED_LETTERS
        and letters.isalpha()
        and letters != initials
        and sorted(letters) == sorted(initials)
    )


_ROTATION = re.compile(r"-(\d{1,3})\)")


def _letters_after_first_word(doc: ActorDocument, first: int) -> Token | None:
    """'CDC' of '(Africa CDC)': letters in capitals after a word in title case, closing the brackets."""
    tokens, text = doc.tokens, doc.text
    if first + 1 >= len(tokens) or not _TITLE_CASE_WORD.fullmatch(tokens[first].text):
        return None
    letters = tokens[first + 1]
    if text[tokens[first].end : letters.start] != " " or text[letters.end : letters.end + 1] != ")":
        return None
    return letters if ACRONYM.fullmatch(letters.text) and letters.text.isalpha() else None


def _second_part(doc: ActorDocument, first: int) -> Token | None:
    """'NAVFOR' of '(EU NAVFOR)': a second word in capitals right after an acronym in brackets."""
    tokens = doc.tokens
    if first + 1 >= len(tokens) or doc.text[tokens[first].end : tokens[first + 1].start] != " ":
        return None
    second = tokens[first + 1]
    if not (tokens[first].text.isupper() and second.text.isupper() and ACRONYM.fullmatch(second.text)):
        return None
    return second if second.text.isalpha() else None


def _letters_and_place(doc: ActorDocument, i: int, full: Candidate | None) -> Candidate | None:
    """The mission a short form of letters and a place stands for: '(EUPM Moldova)' after 'EU Partnership Mission in
    Moldova', the letters spelling the words before the place its name ends with; None for anything else."""
    tokens, text = doc.tokens, doc.text
    if full is None or i + 1 >= len(tokens) or text[tokens[i].end : tokens[i + 1].start] != " ":
        return None
    place = tokens[i + 1]
    if not text.startswith(")", place.end) or not tokens[i].text.isupper() or not place.text[:1].isupper():
        return None
    if place.text.isupper() or tokens[full.last].text != place.text or full.last - full.first < 2:
        return None
    words = tokens[full.first : full.last]
    if words and words[-1].folded in ("in", "for", "to"):
        words = words[:-1]
    initials = "".join(t.text[0] for t in words if t.folded not in NAME_GLUE)
    capitals = "".join(t.text[0] for t in words if t.text[:1].isupper())
    spelled = tokens[i].text in (initials.upper(), capitals) or prefix_acronym(
        tokens[i].text, [t.text.upper() for t in words if t.text[:1].isupper()]
    )
    return full if spelled else None


_BRACKET_REACH = 160  # characters between a bracket's opening and the letters that close it


def _named_before_its_bracket(doc: ActorDocument, i: int, by_last: dict[int, Candidate]) -> Candidate | None:
    """The name right before the bracket whose last item is the token at `i` ("Kataib Varnak (Arabic: ...; KV)")."""
    tokens, text = doc.tokens, doc.text
    opening = text.rfind("(", max(0, tokens[i].start - _BRACKET_REACH), tokens[i].start)
    if opening < 0 or ")" in text[opening : tokens[i].start]:
        return None
    k = i - 1
    while k >= 0 and tokens[k].end > opening:
        k -= 1
    if k < 0 or text[tokens[k].end : opening].strip():
        return None
    return by_last.get(k)


# "(French: Brigade de vigilance du Kanem, BVK)": the name in another language, then its letters
_GLOSS_BEFORE_LETTERS = re.compile(r"\(\s*[A-Z][a-z]+:\s*([^;:()]+?)[;,]\s*$")


def _gloss_spelled(text: str, token: Token, written: str) -> bool:
    """Whether the letters closing a bracket spell the name the bracket gives in another language before them."""
    gloss = _GLOSS_BEFORE_LETTERS.search(text, max(0, token.start - _BRACKET_REACH), token.start)
    if gloss is None:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", gloss.group(1)) if w.casefold() not in NAME_GLUE | NAME_PARTICLES]
    letters = written.replace(".", "").replace("-", "").upper()
    return len(letters) >= 2 and letters == "".join(w[0] for w in words).upper()


def _initials_spelled(full: Candidate, tokens: list[Token], written: str) -> bool:
    """Whether `written` is the initials of the capitalised words of `full` (its small words and particles left out)."""
    words = tokens[full.first : full.last + 1]
    initials = "".join(t.text[0] for t in words if t.folded not in NAME_GLUE | NAME_PARTICLES and t.text[:1].isupper())
    letters = written.replace(".", "").replace("-", "").upper()
    return len(letters) >= 2 and letters == initials.upper()


def _hyphened_part(doc: ActorDocument, first: int) -> Token | None:
    """'QF' of '(IRGC-QF)', 'OIR' of '(CJTF-OIR)': letters in capitals joined by a hyphen to an acronym in
    brackets, closing them."""
    tokens, text = doc.tokens, doc.text
    if first + 1 >= len(tokens) or text[tokens[first].end : tokens[first + 1].start] != "-":
        return None
    second = tokens[first + 1]
    if not (tokens[first].text.isupper() and second.text.isupper() and second.text.isalpha()):
        return None
    return second if text[second.end : second.end + 1] == ")" else None


# " (42 ATKS)", " (75th EFS)": a squadron's code, its number then letters in capitals
_UNIT_CODE = re.compile(r" \((\d{1,4})((?:st|nd|rd|th|(?<=[23])d)?) ([A-Z]{2,6})\)")


def _ordinal_units_by_code(doc: ActorDocument, candidates: list[Candidate], defined: dict[str, Candidate]) -> None:
    """'42nd Attack Squadron (42 ATKS)', '79th Expeditionary Rescue Squadron (79 ERQS)': a unit named by its
    ordinal and words, then in brackets its code, the same number and letters (not always its initials:
    "ATKS" abbreviates "Attack Squadron") that open with its first word's initial and end with its head's,
    is defined by that code, and by the letters alone."""
    tokens, text = doc.tokens, doc.text
    for candidate in candidates:
        if candidate.kind not in _BODY_KINDS or candidate.last - candidate.first < 2:
            continue
        first = candidate.first + (tokens[candidate.first].folded == "the")
        ordinal = UNIT_ORDINAL.fullmatch(tokens[first].text)
        match = _UNIT_CODE.match(text, tokens[candidate.last].end)
        if ordinal is None or match is None or match[1] != ordinal[1] or first + 1 > candidate.last:
            continue
        letters = match[3]
        if letters[0] != tokens[first + 1].text[:1] or letters[-1] != tokens[candidate.last].text[:1]:
            continue
        defined.setdefault(letters.casefold(), candidate)
        defined[f"{match[1]}{match[2]} {letters}".casefold()] = candidate  # last: the spelling the draft keeps


# "(HSM-79)", "(SNMG1)", "(CTF 150)": a numbered unit's acronym, its initials and its number (the number after
# the unit's words may not be part of its name yet).
_NUMBERED_ACRONYM = re.compile(r" (\d{1,4}) \(([A-Z]{2,6})([- ]?)(\d{1,4})\)")


def _numbered_units_by_initials(doc: ActorDocument, candidates: list[Candidate], defined: dict[str, Candidate]) -> None:
    """'Helicopter Sea Combat Squadron 26 (HSC-26)', 'Standing Naval Group 2 (SNG2)': a unit named by its words
    and its number, then in brackets its initials with the same number, is defined by that acronym. A capitalised
    word right before the name whose initial the acronym opens with ("Standing" of "Standing Naval Group 2 (SNG2)")
    is put back into the name."""
    tokens, text = doc.tokens, doc.text
    for candidate in candidates:
        if candidate.kind not in _BODY_KINDS or candidate.last == candidate.first:
            continue
        words = tokens[candidate.first : candidate.last + 1]
        at = words[-1].end
        if words[-1].text.isdigit():
            words, at = words[:-1], words[-2].end
        match = _NUMBERED_ACRONYM.match(text, at)
        if match is None or match[4] != match[1]:
            continue
        initials = "".join(t.text[0] for t in words if t.text[:1].isupper())
        # (the unit's head word may be left out: "Helicopter Sea Combat Squadron 26 (HSC-26)")
        if match[2] not in (initials, initials[:-1]):
            opener = candidate.first - 1
            # "Standing Naval Group 2 (SNG2)": a word the name rules left out before it, its initial the first
            if not (
                opener >= 0
                and tokens[opener].joined
                and tokens[opener].text[:1].isupper()
                and tokens[opener].text[1:].islower()
                and match[2] == tokens[opener].text[0] + initials
                and not any(other.first <= opener <= other.last for other in candidates)
            ):
                continue
            candidate.first, candidate.canonical = opener, None
            candidate.name = text[tokens[opener].start : tokens[candidate.last].end]
        defined[(match[2] + match[3] + match[4]).casefold()] = candidate


_BODY_KINDS = (ActorKind.organization, ActorKind.armed_force)
_RARE_WORD = 2.5  # "Fips", "Ugir": no English word


def _other_language_acronym(doc: ActorDocument, full: Candidate, acronym: str) -> bool:
    """'the Special Intervention Force (Fips)': a body translated into English keeps the acronym of its
    name in its own language, whose letters the English words do not give. A rare word in title case in
    brackets right after a body's name (as newsrooms write acronyms) is still that body's acronym; not
    a place, a given name or an English word."""
    word = acronym.casefold()
    return (
        full.kind in _BODY_KINDS
        and full.last > full.first
        and acronym.isalpha()
        and not acronym.isupper()  # "(QZPX)" after "Tremmin Varnak Party" stays a name of its own
        and zipf(word) < _RARE_WORD
        and not is_given_name(word)
        and doc.gazetteer.lookup((word,)) is None
    )


_STATE_INITIALS = 2  # "PNG" for "Papua New Guinea", "UAE": a state of two words or more
_FORCE_INITIALS = 3  # "RSF" for "Rapid Support Forces": a force's or a body's name of three words or more


def _state_letters(doc: ActorDocument, token: Token) -> bool:
    """'U.S.', 'UK': a state written in capitals opening a body's name."""
    if not token.text.replace(".", "").isupper():
        return False
    place = doc.gazetteer.lookup((token.folded,))
    return place is not None and place.kind == "state"


def _states_by_initials(doc: ActorDocument, candidates: list[Candidate], defined: dict[str, Candidate]) -> None:
    """'Papua New Guinea ... PNG's largest donor': an acronym of a state's initials that the text also
    names in full is that state, defined in brackets or not; so is an armed force's or a body's of three words
    or more ("the Rapid Support Forces must stop ... The RSF has taken El Fasher")."""
    tokens = doc.tokens
    states: dict[str, Candidate] = {}
    for candidate in candidates:
        if candidate.kind not in (ActorKind.state, ActorKind.armed_force, ActorKind.organization):
            continue
        if candidate.last - candidate.first + 1 < _STATE_INITIALS:
            continue
        words = tokens[candidate.first : candidate.last + 1]
        initials = "".join(t.text[0] for t in words if t.text[:1].isupper()).casefold()
        # (a body's capitalised words, not its lower-case ones: "WA" is no "Western Australian government")
        least = _STATE_INITIALS if candidate.kind is ActorKind.state else _FORCE_INITIALS
        if candidate.kind is not ActorKind.state and _in_brackets(doc.text, tokens[candidate.first].start):
            continue  # "(Spanish: Ejército de Liberación Nacional, ELN)": a gloss in its own language
        if len(initials) >= least:
            states.setdefault(initials, candidate)
        if candidate.kind is not ActorKind.state and len(initials) > least and _state_letters(doc, words[0]):
            # "the U.S. Drug Enforcement Administration ... the DEA": the body's own letters, its state's left out
            states.setdefault(initials[1:], candidate)
    # An acronym a force or a body is given in brackets is `defined_acronyms`' to read, with its gloss
    # ("Liwa Suqur al-Varn (Arabic: ..., lit. 'Falcons'; LSV)"); only one written apart is read here.
    bracketed = {t.folded for t in tokens if t.text.isupper() and _in_brackets(doc.text, t.start)}
    for token in tokens:
        if token.folded not in states or token.folded in defined or not token.text.isalpha():
            continue
        if states[token.folded].kind is not ActorKind.state and token.folded in bracketed:
            continue
        known = doc.gazetteer.lookup((token.folded,))
        if token.text.isupper() and (known is None or known.kind != "state"):
            defined[token.folded] = states[token.folded]  # ("US", "UK": the gazetteer knows them already)


def _in_brackets(text: str, start: int) -> bool:
    """Whether an opening bracket on the same line comes before `start` with no closing one between."""
    opening = text.rfind("(", line_start(text, start), start)  # (one before the line's start has a break between)
    return opening >= 0 and text.find(")", opening, start) < 0


_SYLLABLE = 2  # letters each word gives at least to an acronym made of syllables


def _syllable_acronym(letters: str, words: list[str]) -> bool:
    """'U.S. Army Central (ARCENT)', 'Naval Forces Central Command (NAVCENT)': an acronym made of the
    opening letters of some of the name's words, in order, two or more from each, from the name's
    first word or the next to its last or the one before."""

    def covers(rest: str, k: int) -> bool:
        if not rest:
            return True
        for j in range(k, len(words)):
            word = words[j]
            for size in range(min(len(word), len(rest)), _SYLLABLE - 1, -1):
                if word[:size] == rest[:size] and covers(rest[size:], j + 1):
                    return True
        return False

    if len(letters) < 4 or len(words) < 2:
        return False
    return any(
        words[first][:_SYLLABLE] == letters[:_SYLLABLE] and covers(letters, first)
        for first in range(min(2, len(words)))
    ) and letters[-_SYLLABLE:] in {w[k : k + _SYLLABLE] for w in words[-2:] for k in range(len(w))}


def _body_after_the(doc: ActorDocument, position: int) -> bool:
    """'the WHO said', 'a report by the WHO.': a common short word in capitals after "the" that acts or ends
    the clause is a body's letters ("the IT department" is the word's, before a noun)."""
    tokens = doc.tokens
    before = tokens[position - 1] if position > 0 else None
    if before is None or before.folded != "the" or not before.joined:
        return False
    if not tokens[position].joined or position + 1 >= len(tokens):
        return True  # "told the WHO." or "by the WHO, which"
    after = tokens[position + 1].text
    return after in ACTS_AFTER_A_NAME or (after.islower() and after.endswith("ed"))


_PLURAL_TERM_LETTERS = 4


def _currency_pair(word: str) -> bool:
    return any(word[:cut] in CURRENCY_CODES and word[cut:] in CURRENCY_CODES for cut in range(3, len(word) - 2))


# An era's mark beside its year or century ("622 AD", "AD 1200", "300 BC", "the 4th century BCE", "900 CE"): part of
# a date, no body.
_ERA_MARKS = word_set("ad bc bce ce")
_YEAR_OR_CENTURY_BEFORE = re.compile(r"(?:\d{1,4}s?|centur(?:y|ies)|millenni(?:um|a))\s?$")
_YEAR_AFTER = re.compile(r"\s?\d{1,4}\b")


def _era_mark(doc: ActorDocument, token: Token) -> bool:
    return token.folded in _ERA_MARKS and (
        _YEAR_OR_CENTURY_BEFORE.search(doc.text, max(0, token.start - 12), token.start) is not None
        or _YEAR_AFTER.match(doc.text, token.end) is not None
    )


def term_acronym(doc: ActorDocument, position: int) -> bool:
    """'APIs', 'JSON', 'UTC', 'OK', the 'SNE' of 't-SNE': capitals that name a thing, not an actor.

    A plural acronym is a common noun ("NGOs", "URLs"); a file format, a unit, a time zone or a
    term of computing is a thing (`TERM_ACRONYMS`); a short word in capitals this common in English
    ("OK", "RUN", "TV") is the word. An acronym the text defines stays whatever it is.
    """
    token = doc.tokens[position]
    text, word = token.text, token.folded
    if word in doc.terms or word.removesuffix("s") in doc.terms:
        return True  # "fast radio burst (FRB)": the text spells it out as a common noun
    if word in doc.defined or word.removesuffix("s") in doc.defined:
        return False
    if _era_mark(doc, token):
        return True
    if len(text) >= 3 and text.endswith("s") and text[:-1].replace(".", "").isupper():
        return True
    # (a plural in capitals only of a term of three letters or more: "UAVS"; "IPS", "VRS" are bodies' letters)
    plural_of_a_term = len(word) >= _PLURAL_TERM_LETTERS and word.removesuffix("s") in TERM_ACRONYMS
    if (word in TERM_ACRONYMS or plural_of_a_term) and not _name_spells(doc.text, text):
        return True
    if _currency_pair(word) and not _name_spells(doc.text, text):
        return True  # "the BTCUSDT order", "EURUSD fell": two currencies' codes glued, a pair traded
    if len(word) <= 3 and "." not in text and zipf(word) >= VERY_COMMON and not _body_after_the(doc, position):
        return True
    if _LAW_CITATION_BEFORE.search(doc.text, max(0, token.start - 14), token.start) and _LAW_NUMBER_AFTER.match(
        doc.text, token.end
    ):
        return True  # "Regulation (EU) No 596/2014", "Directive (EU) 2019/790": the law's number, not the union
    if _SECTION_OF_BEFORE.search(doc.text, max(0, token.start - 80), token.start):
        return True  # "Section 307 of the IPC": a law code's letters
    if _counted_letters(doc, position):
        return True  # "had the same ABN.", "an NGO, which": one of a kind of thing, no named body
    before = doc.text[max(0, token.start - 2) : token.start]
    return len(before) == 2 and before[1] == "-" and before[0].islower()  # "t-SNE", "e-ID"


# Words that count or own one of a kind of thing: letters right after them, ending the phrase, name the
# kind ("the same ABN", "his MP", "an NGO"), not one body ("a UN agency" goes on with its noun).
_COUNTING_WORDS = frozenset(("a", "an", "same", "his", "her", "their", "its", "every", "each", "any", "another"))


# What follows a kind of body named by its letters, as the head of its phrase: "a super PAC backed by", "an NGO
# that". (Not a noun: "a UN agency" goes on with its own head.)
_AFTER_A_HEAD = frozenset(("that", "which", "who", "backed", "funded", "run", "led", "linked", "supporting", "called"))


def _counted_letters(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    if _kind_with_its_adjective(doc, position):
        return True  # "A super PAC backed by the brothers": one of a kind, its adjective between
    if position == 0 or not tokens[position - 1].joined or tokens[position - 1].folded not in _COUNTING_WORDS:
        return False
    if tokens[position - 1].text[:1].isupper():
        return False  # "A UNESCO site", "Its ..." open a sentence or a title: too little to say
    end = tokens[position].end
    return doc.text[end : end + 1] in (".", ",", ";", ":", ")") or end == len(doc.text)


def _kind_with_its_adjective(doc: ActorDocument, position: int) -> bool:
    """'a super PAC backed by', 'an independent NGO that': "a" or "an", one word in lower case, the letters, then
    the end of the phrase or a word that follows a head noun."""
    tokens = doc.tokens
    if position < 2 or not (tokens[position - 2].joined and tokens[position - 1].joined):
        return False
    if tokens[position - 2].folded not in ("a", "an") or not tokens[position - 1].text.isalpha():
        return False
    if not tokens[position - 1].text.islower():
        return False
    end = tokens[position].end
    if doc.text[end : end + 1] in (".", ",", ";", ":", ")") or end == len(doc.text):
        return True
    return position + 1 < len(tokens) and tokens[position].joined and tokens[position + 1].text in _AFTER_A_HEAD


_POST_LETTERS = 2  # "PM", "VP", "FM"
# A law's citation around its maker's letters in brackets: "Regulation (EU) No 596/2014", "Directive (EU) 2019/790".
_LAW_CITATION_BEFORE = re.compile(r"\b(?:Regulation|Directive|Decision) \($")
_LAW_NUMBER_AFTER = re.compile(r"\) (?:No\.? ?)?\d+/\d+")
# A code's section cited before its letters: "under Section 307 of the IPC", "Sections 147, 341 and 506 of IPC",
# "Section 167(2) of the CrPC", "other Sections of the IPC": the letters name a law code, no body.
_SECTION_OF_BEFORE = re.compile(
    r"(?:\b[Ss]ections? \d+[A-Z]?(?:\(\d+\))?(?:(?:, ?|/| and | or )\d+[A-Z]?(?:\(\d+\))?)*|\bSections) of (?:the )?$"
)


def spelled_out_as_post(text: str, acronym: str) -> bool:
    """'the PM' where the text writes "Prime Minister": the letters of a post, whose holder the post's
    own mention already drafts."""
    if not acronym.isalpha() or not acronym.isupper() or len(acronym) != _POST_LETTERS:
        return False  # ("NSA" beside "National Security Adviser" may be the agency)
    words = r"\s+".join(rf"{letter}[a-z]+" for letter in acronym)
    found = re.search(rf"\b{words}\b", text)
    return found is not None and is_title(found.group().split()[-1].casefold())


def _name_spells(text: str, acronym: str) -> bool:
    """Whether a name in the text spells `acronym`, so that it is that name's short form. Two letters are
    spelled by chance too often ("Graham Pettifer", "Greystone Property" beside "a GP surgery"): only a
    post spells them ("PM" beside "Prime Minister")."""
    if len(acronym) <= _POST_LETTERS:
        return spelled_out_as_post(text, acronym)
    return _spelled_out(text, acronym)


def _spelled_out(text: str, acronym: str) -> bool:
    """Whether capitalised words whose initials spell `acronym` stand in the text ("Papua New Guinea"
    for "PNG"): a name's short form, not the file format."""
    if not acronym.isalpha() or not acronym.isupper() or len(acronym) < 2:
        return False
    words = r"\s+".join(rf"{letter}[a-z]+" for letter in acronym)
    spelled = re.search(rf"\b{words}\b", text)
    # ("Annual General Meeting" spells "AGM", a meeting, no name of an actor)
    return spelled is not None and spelled[0].split()[-1].casefold() not in _EVENTS_SPELLED


_EVENTS_SPELLED = frozenset(("meeting", "meetings"))
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?")


def initials_after_surname(doc: ActorDocument, position: int) -> bool:
    """'Hinton, G.E.', 'van der Maaten, L.J.P.': a list of authors, not an organisation."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if position == 0 or not _INITIALS.fullmatch(text[token.start : token.end + 1]):
        return False
    before = tokens[position - 1]
    if text[before.end : token.start] != ", " or not cased(before) or "." in before.text:
        return False
    return doc.gazetteer.lookup((before.folded,)) is None


# An acronym in brackets as parties and agencies write theirs: capitals, and a small letter for a
# small word of the name ("AfD", "UfM", "BfV"); two to eight capitals.
_SPELLING_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,7}")


def body_noun_past_acronym(doc: ActorDocument, last: int) -> Token | None:
    """'the Civic Renewal (CRP) party': the noun for the body after the acronym in brackets that
    stands between the name and its noun (the noun says what the name is)."""
    tokens, text = doc.tokens, doc.text
    if last + 2 >= len(tokens):
        return None
    acronym, noun = tokens[last + 1], tokens[last + 2]
    if acronym_after(doc, last) is None and not (
        # "the Respect and Freedom (Tisza) party": a short name in title case stands where the acronym would
        _TITLE_CASE_WORD.fullmatch(acronym.text) and text[tokens[last].end : acronym.start] == " ("
    ):
        return None
    if text[acronym.end : noun.start] != ") " or noun.folded not in BODY_NOUNS_AFTER_ACRONYM:
        return None
    return noun if noun.text.islower() else None


def acronym_after(doc: ActorDocument, last: int) -> str | None:
    """The acronym in brackets right after token `last` ("... Corps (IRGC)"), if there is one."""
    tokens, text = doc.tokens, doc.text
    after = last + 1
    if after >= len(tokens) or text[tokens[last].end : tokens[after].start] != " (":
        return None
    if not letters_closed(text, tokens[after].end):
        return None
    acronym = tokens[after].text
    return acronym if _SPELLING_ACRONYM.fullmatch(acronym) else None


def spelled_by_acronym(doc: ActorDocument, first: int, last: int) -> bool:
    """'Future for Varnia (FfV)', 'Save the Children Fund (SCF)': the acronym in brackets after the
    words gives the initial of every capitalised word in order (and of a small word where it has a
    small letter), so the words are one name whatever the words inside it are taken for alone."""
    acronym = acronym_after(doc, last)
    if acronym is None and noun_before_acronym(doc, last):
        acronym = acronym_after(doc, last + 1)  # "UK Maritime Trade Operations centre (UKMTO)"
    return acronym is not None and acronym_spells(acronym, doc.tokens[first : last + 1], doc.gazetteer)


# A body's noun in lower case between its name and the acronym that spells the name: "the UK Maritime
# Trade Operations centre (UKMTO)", "the Varnak Joint Operations agency (VJO)".
_NOUNS_BEFORE_ACRONYM = frozenset(
    ("agency", "centre", "center", "office", "cell", "unit", "authority", "service", "mission")
)


def noun_before_acronym(doc: ActorDocument, last: int) -> bool:
    """Whether a body's noun in lower case stands right after token `last`, before an acronym in brackets."""
    tokens = doc.tokens
    k = last + 1
    return (
        k < len(tokens)
        and tokens[last].joined
        and tokens[k].text in _NOUNS_BEFORE_ACRONYM
        and doc.text[tokens[last].end : tokens[k].start] == " "
    )


# "and" as a small letter of an acronym coined in the name's own tongue: "i" (Slavic), "y" (Spanish), "e", "u".
_AND_IN_OTHER_TONGUES = frozenset("iyeu")

_SHORT_CODE = (2, 3)  # "UK", "EU", "UN", "USA": a state's or a union's code inside a longer acronym


def acronym_spells(acronym: str, words: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether `acronym` is the initials of `words`: one capital for each capitalised word, in order,
    and a small letter for a small word where it has one ("UfM": Union for the Mediterranean)."""
    if words and words[0].text == "The":
        words = words[1:]
    if not _SPELLING_ACRONYM.fullmatch(acronym) or len(words) < 2 or not words[-1].text[:1].isupper():
        return False
    # A small letter shows the acronym was coined in the name's own language: a state's letter may
    # then be its own-language name's ("Alternative for Germany (AfD)", Deutschland).
    coined_abroad = not acronym.isupper()
    letter = 0
    for position, word in enumerate(words):
        small = not word.text[:1].isupper()
        if small and letter < len(acronym) and acronym[letter].islower() and word.folded.startswith(acronym[letter]):
            letter += 1
            continue
        if small and word.folded == "and" and acronym[letter : letter + 1] in _AND_IN_OTHER_TONGUES:
            letter += 1  # "Armed Forces of Bosnia and Herzegovina (AFBiH)": "i", its own tongue's "and"
            continue
        if small:
            continue  # "the", "of": small words an acronym leaves out
        if letter >= len(acronym) or not acronym[letter].isupper():
            return False
        if word.text.isupper() and len(word.text) in _SHORT_CODE and acronym.startswith(word.text, letter):
            letter += len(word.text)  # "UK Maritime Trade Operations (UKMTO)": a short code keeps its letters
            continue
        if word.text[0] != acronym[letter] and not (
            coined_abroad and word is words[-1] and _state_known_as(gazetteer, word.folded, acronym[letter])
        ):
            return False
        letter += 1
        # "Army for the Liberation of Rwanda (ALiR)": a small letter may go on in the same word
        # "European Court of Human Rights (ECtHR)": or a later letter of it, "t" of "Court"
        inside = 1
        while letter < len(acronym) and acronym[letter].islower() and acronym[letter] in word.text[inside:]:
            next_word = words[position + 1].text if position + 1 < len(words) else ""
            if next_word.islower() and next_word.startswith(acronym[letter]):
                break  # the small word after it takes the letter ("Union for the Mediterranean (UfM)")
            letter, inside = letter + 1, word.text.index(acronym[letter], inside) + 1
    return letter == len(acronym)


def _state_known_as(gazetteer: Gazetteer, word: str, initial: str) -> bool:
    """Whether `word` is a state one of whose names in another language starts with `initial`."""
    place = gazetteer.lookup((word,))
    if place is None or place.kind != "state":
        return False
    wanted = initial.casefold()
    return any(
        own.startswith(wanted) and english == place.name
        for names in gazetteer.exonyms.values()
        for own, english in names.items()
    )
