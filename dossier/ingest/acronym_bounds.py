"""Where a body's name ends when an acronym in brackets after it spells its words, through 'and', 'in' and lower-
case glue.
"""

from __future__ import annotations

import re

from dossier.ingest.acronyms import ACRONYM, acronym_spells, letters_closed
from dossier.ingest.actor_document import cased, skipping_acronym
from dossier.ingest.cues import FUNCTION_WORDS, NAME_WORD
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.mentions import Token
from dossier.ingest.names import word_set

# A body's name that lists the lands it serves, then its acronym in brackets: "Regional Centre on
# Small Arms in the Great Lakes Region, the Horn of Africa and Bordering States (RECSA)".
_ACRONYM_IN_BRACKETS = re.compile(r" \(([A-Z][A-Za-z]{1,7})\)")


_LISTED_REGION_GLUE = word_set("of for on the and in")


LONGEST_NAME_BEFORE_ACRONYM = 30


def regions_listed_before_acronym(doc_text: str, tokens: list[Token], first: int, covered: list[bool]) -> int | None:
    """A formal body's name (a body's word in its first two words, "on"/"for"/"of" in its first four)
    that lists, with commas, the lands it serves, read whole up to its acronym in brackets. The
    acronym closes the name, so neither its glue nor a comma inside it ends it."""
    opening = first + (tokens[first].text == "The")
    if opening + 3 >= len(tokens) or not any(tokens[k].folded in NAME_WORD for k in (opening, opening + 1)):
        return None
    if not any(tokens[k].folded in ("on", "for", "of") for k in range(opening + 1, opening + 4)):
        return None
    commas = 0
    k = first
    while k + 1 < len(tokens) and k + 1 - first < LONGEST_NAME_BEFORE_ACRONYM:
        gap = doc_text[tokens[k].end : tokens[k + 1].start]
        nxt = tokens[k + 1]
        if gap not in (" ", ", ") or covered[k + 1]:
            return None
        if not (cased(nxt) and not nxt.text.isupper()) and nxt.folded not in _LISTED_REGION_GLUE:
            return None
        commas += gap == ", "
        if commas and nxt.folded in NAME_WORD:
            return None  # "the Ministry of Health, the Ministry of Water and ...": bodies listed, not lands
        k += 1
        letters = _ACRONYM_IN_BRACKETS.match(doc_text, tokens[k].end) if cased(tokens[k]) else None
        if letters is not None:
            # (not "the Department of Defence, the Australian Border Force (ABF)": the letters open with another
            # name's initial, the last body's of a list)
            return k if commas and letters[1][0] == tokens[opening].text[0] else None
    return None


# (and the glue of the languages whose bodies' names English texts keep: "Sociedad Nacional de Minería, Petróleo y
# Energía (SNMPE)")
_ACRONYM_GLUE = word_set("and of for the de del y e et des du da do")


# A branch's or a programme's second name after a dash, written again after the letters in the bracket:
# "Neighbourhood, Development and International Cooperation Instrument – Global Europe (NDICI-Global Europe)".
_DASHED_SECOND_NAME = re.compile(r" [–—-] ((?:[A-Z][\w'’]+ ){0,3}[A-Z][\w'’]+) \(([A-Z]{2,8})[-–]\1\)")


_LONG_ACRONYM = 4  # letters enough to spell a name of listed fields whatever its last word


def fields_spelled_by_acronym(doc_text: str, tokens: list[Token], first: int, covered: list[bool]) -> int | None:
    """'Mining, Energy and Dock Workers Union (MEDWU)': fields listed with commas and "and", then a
    body's words, closed by an acronym in brackets whose letters are the initials of the capitalised
    words. The acronym vouches for one name, whatever its fields' words are heads of firms elsewhere
    ("Energy", "Mining"), and a name of four letters or more needs no body's word last ("Sociedad Nacional de
    Minería, Petróleo y Energía (SNMPE)"); its second name after a dash comes with it when the bracket
    repeats it ("... Instrument – Global Europe (NDICI-Global Europe)")."""
    commas = 0
    initials = [] if tokens[first].text == "The" else [tokens[first].text[0]]
    k = first
    while k + 1 < len(tokens) and k + 1 - first < LONGEST_NAME_BEFORE_ACRONYM:
        gap = doc_text[tokens[k].end : tokens[k + 1].start]
        nxt = tokens[k + 1]
        if gap not in (" ", ", ") or covered[k + 1]:
            return None
        if nxt.folded in _ACRONYM_GLUE and nxt.text != nxt.text.capitalize():
            k += 1
            continue
        if not cased(nxt) or nxt.text.isupper():
            return None
        commas += gap == ", "
        initials.append(nxt.text[0])
        k += 1
        acronym = _ACRONYM_IN_BRACKETS.match(doc_text, tokens[k].end)
        dashed = _DASHED_SECOND_NAME.match(doc_text, tokens[k].end) if acronym is None and commas else None
        if acronym is not None or dashed is not None:
            letters = acronym.group(1) if acronym is not None else dashed.group(2) if dashed is not None else ""
            # (a body's word last, or four letters or more: "Tesco, Asda and Morrisons (TAM)" would be three firms)
            spelled = (
                commas
                and letters == "".join(initials)
                and (
                    tokens[k].folded in NAME_WORD or tokens[first].folded in NAME_WORD or len(letters) >= _LONG_ACRONYM
                )
            )
            if not spelled:
                return None
            if dashed is not None:
                while k + 1 < len(tokens) and tokens[k + 1].end <= dashed.end(1):
                    k += 1
            return k
    return None


_LETTERS_AFTER = re.compile(r" \(([A-Z]{3,8})(?:[-–][A-Z][\w' ]{0,30})?\)")


def spelled_by_its_bracket(text: str, tokens: list[Token], position: int, last: int) -> bool:
    """'Neighbourhood, Development and International Cooperation Instrument – Global Europe (NDICI-Global Europe)':
    the letters in the bracket right after the words are the initials of their capitalised words (before a dash, or
    all of them), so the words are one body's name, no term of ordinary words."""
    letters = _LETTERS_AFTER.match(text, tokens[last].end)
    if letters is None:
        return False
    initials = ""
    for k in range(position, last + 1):
        if text[tokens[k - 1].end : tokens[k].start].strip() in ("–", "—") and k > position:
            break
        if cased(tokens[k]) and tokens[k].text != "The":
            initials += tokens[k].text[0]
    return letters.group(1) == initials


def places_listed_before_a_bodys_words(
    doc_text: str, tokens: list[Token], first: int, covered: list[bool]
) -> int | None:
    """'Tarnton, Quellby and Leigh NHS Foundation Trust (TQL)': one-word names listed with commas and "and", then
    a body's words (letters among them), closed by an acronym in brackets whose letters are the initials of the
    listed names alone (as England's hospital trusts name themselves for the towns they serve). The acronym
    vouches for one name, though each listed word is a town of its own elsewhere."""
    if not cased(tokens[first]) or tokens[first].text.isupper():
        return None
    initials = [tokens[first].text[0]]
    k, commas = first, 0
    while k + 2 < len(tokens) and doc_text[tokens[k].end : tokens[k + 1].start] == ", ":
        k += 1  # "Tarnton, Quellby"
        if covered[k] or not cased(tokens[k]) or tokens[k].text.isupper():
            return None
        initials.append(tokens[k].text[0])
        commas += 1
    if not commas or k + 2 >= len(tokens) or tokens[k + 1].text != "and" or not cased(tokens[k + 2]):
        return None
    k += 2  # "and Leigh"
    initials.append(tokens[k].text[0])
    listed = "".join(initials)
    end = k
    while end + 1 < len(tokens) and end - k < _LONGEST_BODYS_WORDS and not covered[end + 1]:
        if doc_text[tokens[end].end : tokens[end + 1].start] != " " or not cased(tokens[end + 1]):
            return None
        end += 1
        acronym = _ACRONYM_IN_BRACKETS.match(doc_text, tokens[end].end)
        if acronym is not None:
            spelled = acronym.group(1) == listed and tokens[end].folded in NAME_WORD
            return end if spelled else None
    return None


_LONGEST_BODYS_WORDS = 5  # "University Hospitals NHS Foundation Trust"


def acronyms_plural(token: Token) -> bool:
    """'NGOs', 'CSOs': an acronym in the plural names bodies, no field of a remit."""
    text = token.text
    return len(text) >= 3 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()


# How far ahead of a run a name's bracketed acronym is looked for.
_ACRONYM_REACH = 8


def spelled_out_before_acronym(
    text: str, tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a name goes on through lower-case small words when an acronym in brackets spells it out.

    'Al-Qaeda in the Arabian Peninsula (AQAP)', 'Save the Children Fund (SCF)': the letters of the
    acronym are the initials of every capitalised word, so the small words are inside the name.
    """
    count = len(tokens)
    k = last + 1
    crossed = False
    while k < count and k <= last + _ACRONYM_REACH and tokens[k - 1].joined and not covered[k]:
        token = tokens[k]
        if not cased(token):
            # "Mission to support the Tarnby Accord (MTA)": the verb of the body's aim after "to" is no initial either
            aim = tokens[k - 1].folded == "to" and token.text.isalpha()
            if token.folded not in FUNCTION_WORDS and not aim:
                return None
            crossed = True
        elif crossed and not token.joined and text[token.end : token.end + 2] == " (":
            after = k + 1
            if after < count and letters_closed(text, tokens[after].end):
                letters = tokens[after].text.replace(".", "").upper()
                words = [t for t in tokens[first : k + 1] if cased(t)]
                while words and words[0].folded in FUNCTION_WORDS:
                    words = words[1:]  # "The Organization for ... (OSCE)": a capitalised "The" is no initial
                initials = "".join(t.text[0] for t in words).upper()
                if (
                    ACRONYM.fullmatch(tokens[after].text)
                    and (letters == initials or skipping_acronym(letters, initials))
                ) or acronym_spells(tokens[after].text, tokens[first : k + 1], gazetteer):
                    return k  # "Future for Varnia (FfV)": a small letter for a small word
            return None
        k += 1
    return None


_DASHES = (" - ", " – ", " — ")


_BRANCH_WORDS = 4  # "Quds Force", "Aerospace Force": the branch's words after the dash


def _initials(tokens: list[Token], first: int, last: int) -> str:
    return "".join(tokens[k].text[0] for k in range(first, last + 1) if cased(tokens[k]) and tokens[k].text != "The")


_ACRONYM_REACH = 16  # tokens from a name's start to the acronym in brackets that may spell it


_GLUE_IN_SPELLED = frozenset(("of", "for", "and", "the", "in", "on"))


def acronym_spells_past_and(text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """Where 'United Nations Relief and Works Agency for ... (UNRWA)' goes on to after its "and": the
    acronym in brackets after the name spells the capitalised words from its start to a word past
    the "and" (the rest of the name follows its own glue)."""
    if last + 2 >= len(tokens) or not tokens[last].joined or not tokens[last + 1].joined:
        return None
    k = last + 2
    # "Medicines and Healthcare products Regulatory Agency (MHRA)": one word in lower case inside the
    # name, which the acronym skips
    lower_inside = 0
    while k < len(tokens) and k - first < _ACRONYM_REACH and not covered[k]:
        inside = tokens[k].text.isalpha() and tokens[k].text.islower() and k + 1 < len(tokens) and cased(tokens[k + 1])
        lower_inside += inside and tokens[k].folded not in _GLUE_IN_SPELLED
        if not (cased(tokens[k]) or tokens[k].folded in _GLUE_IN_SPELLED or (inside and lower_inside == 1)):
            return None
        if text.startswith(" (", tokens[k].end):
            break
        if not tokens[k].joined and not (k + 1 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] in _DASHES):
            return None  # (a dash before a branch goes on: "... Operations Centre – Narcotics (MAOC-N)")
        k += 1
    else:
        return None
    close = text.find(")", tokens[k].end, tokens[k].end + 14)
    letters = text[tokens[k].end + 2 : close] if close > 0 else ""
    body_letters, _, branch_letters = letters.partition("-")
    if branch_letters.isalpha() and branch_letters.isupper():
        letters = body_letters  # "(MAOC-N)": the body's letters, then its branch's (`branch_spelled_by_acronym`)
    if len(letters) > 3 and letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]  # "Deep and Comprehensive Free Trade Areas (DCFTAs)": the plural's letters
    # "(Nimasa)": an acronym said as a word may be written in title case
    spoken = len(letters) >= _SPOKEN_ACRONYM and letters[0].isupper() and letters[1:].islower()
    if len(letters) < 3 or not letters.isalpha() or not (letters.isupper() or spoken):
        return None
    letters = letters.upper()
    # "Nigerian Maritime Administration and Safety Agency (NIMASA)": the first word may give two letters
    for opening in (1, 2):
        spelled = ""
        for j in range(first, k + 1):
            if cased(tokens[j]) and tokens[j].text != "The":
                spelled += tokens[j].text[: opening if not spelled else 1].upper()
            if j > last + 1 and spelled == letters:
                # "UN Relief and Works Agency for Palestine Refugees (UNRWA)": the letters spell the body, its
                # remit after "for" goes on to the bracket
                return k if j < k and tokens[j + 1].folded in _REMIT_GLUE else j
            if not letters.startswith(spelled):
                break
    return None


_REMIT_GLUE = word_set("for")
_SPOKEN_ACRONYM = 4  # letters of an acronym in title case ("Nimasa", "Unifil"): shorter ones are words


_WHERE_WORDS = 4  # "Lebanon", "the Central African Republic": where the body serves


_SPELLED_ELSEWHERE = 5  # an acronym this long, written apart on the page, is the name's own


def spelled_through_in(text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """Where 'United Nations Interim Force in Lebanon (Unifil)' ends: a body's name goes on through "in"
    and where it serves when the acronym in brackets after them spells every word, "in" too."""
    start = last + 2
    if start >= len(tokens) or not tokens[last + 1].joined or covered[start] or not cased(tokens[start]):
        return None
    end = start
    while end + 1 < len(tokens) and end - start < _WHERE_WORDS and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    words = [tokens[k].text for k in range(first, end + 1) if tokens[k].text != "The"]
    if not text.startswith(" (", tokens[end].end):
        # "the United Nations Interim Force in Lebanon" on a page that writes "UNIFIL" elsewhere: the
        # acronym, every word's initial, "in" too, says where the name ends.
        # (The body may close a longer run: "Force Commander of the United Nations Interim Force in Lebanon".)
        for opening in range(first, last):
            tail = [tokens[k].text for k in range(opening, end + 1)]
            if not cased(tokens[opening]) or any(w[:1].islower() and w != "in" for w in tail):
                continue
            initials = "".join(w[0] for w in tail).upper()
            if len(initials) >= _SPELLED_ELSEWHERE and re.search(rf"\b{initials}\b", text) is not None:
                return end
        return None
    close = text.find(")", tokens[end].end, tokens[end].end + 14)
    letters = text[tokens[end].end + 2 : close].replace(".", "").upper() if close > 0 else ""
    if len(letters) >= 4 and letters == "".join(w[0] for w in words).upper():
        return end
    if _ends_with_where_it_serves(tokens, start, end, letters, words):
        return end
    if _united_nations_letters_in_french(tokens, first, start, end, letters):
        return end
    return end if _mission_in_its_own_letters(tokens, first, last, start, end, letters) else None


def _united_nations_letters_in_french(tokens: list[Token], first: int, start: int, end: int, letters: str) -> bool:
    """'United Nations Integrated Office in Haiti (BINUH)': a UN body's acronym made from its French name
    (Bureau intégré des Nations Unies en Haïti) holds the French "NU" and ends with the place's initials;
    'UN Peacekeeping Force in Cyprus (Unficyp)' opens with "UN" and ends with the place's first syllable."""
    opening = first + (tokens[first].text == "The")
    united_nations = tokens[opening].text == "UN" or (
        tokens[opening].folded == "united" and opening + 1 < len(tokens) and tokens[opening + 1].folded == "nations"
    )
    place = "".join(tokens[k].text[0] for k in range(start, end + 1) if cased(tokens[k])).upper()
    # "UN Peacekeeping Force in Cyprus (Unficyp)": the place's first syllable may stand for it
    syllable = tokens[start].text[:_PLACE_SYLLABLE].upper() if start == end else place
    return (
        united_nations
        and len(letters) >= 4
        and letters.isalpha()
        and ("NU" in letters or letters.startswith("UN"))
        and (letters.endswith(place) or letters.endswith(syllable))
        and len(place) < len(letters)
    )


_PLACE_SYLLABLE = 3


def _ends_with_where_it_serves(tokens: list[Token], start: int, end: int, letters: str, words: list[str]) -> bool:
    """'Border Control Programme in West Tarvelia (BOCOWT)': an acronym made of syllables that opens with
    the name's letter and ends with the initials of the place after "in" spells the place too."""
    place = "".join(tokens[k].text[0] for k in range(start, end + 1) if cased(tokens[k])).upper()
    if not (len(letters) >= 4 and letters.isalpha() and len(place) < len(letters) and letters.endswith(place)):
        return False
    spelled = iter("".join(words).upper())
    return letters[0] == words[0][0].upper() and all(letter in spelled for letter in letters)


# A mission's head word: its acronym is often made from another language's name ("MINURSO" from French).
_MISSION_HEADS = word_set("mission missions")


def _mission_in_its_own_letters(tokens: list[Token], first: int, last: int, start: int, end: int, letters: str) -> bool:
    """'United Nations Mission for the Referendum in Tarvelia (MINURTA)': a mission's acronym in another
    language, opening with the mission's letter, that does not spell the place alone, still closes the name."""
    heads = [k for k in range(first, last + 1) if tokens[k].folded in _MISSION_HEADS]
    place = "".join(tokens[k].text[0] for k in range(start, end + 1) if cased(tokens[k])).upper()
    return (
        bool(heads)
        and len(letters) >= 4
        and letters.isalpha()
        and letters[0] == tokens[heads[0]].text[0].upper()
        and letters != place
    )


def branch_spelled_by_acronym(text: str, tokens: list[Token], first: int, last: int) -> int | None:
    """Where 'Islamic Revolutionary Guard Corps – Quds Force (IRGC-QF)' ends: a body, a dash, its branch's
    words, then an acronym in brackets whose two hyphened parts spell the body and the branch."""
    if last + 1 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] not in _DASHES:
        return None
    end = last + 1
    while end + 1 < len(tokens) and end - last < _BRANCH_WORDS and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    if not cased(tokens[last + 1]) or not text.startswith(" (", tokens[end].end):
        return None
    close = text.find(")", tokens[end].end, tokens[end].end + 16)
    parts = text[tokens[end].end + 2 : close].split("-") if close > 0 else []
    if len(parts) != 2 or not all(p.isupper() for p in parts):
        return None
    spelled = parts[0] == _initials(tokens, first, last) and parts[1] == _initials(tokens, last + 1, end)
    return end if spelled else None
