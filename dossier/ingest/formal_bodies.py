"""Bodies named in full: long formal names with 'of', 'for' and 'on', nested bodies, acronyms that spell them,
bodies named for a nation or an aim.
"""

from __future__ import annotations

import re
from itertools import pairwise

from dossier.ingest.acronym_bounds import LONGEST_NAME_BEFORE_ACRONYM
from dossier.ingest.acronyms import ACRONYM
from dossier.ingest.actor_document import ActorDocument, cased, skipping_acronym
from dossier.ingest.and_in_names import has_parallel_aims
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    HEAD_WORD,
    KNOWN_GROUPS,
    NAME_GLUE,
    NAME_WORD,
    NATION_PART_WORDS,
    NATIONS_OF_THE_UK,
    PEOPLE_NOUNS,
    SERVED_PEOPLE,
    Cue,
)
from dossier.ingest.gazetteer import is_region
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import is_title, opens_place
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.ingest.town_cues import CITY_BEFORE_A_HEADING
from dossier.model import ActorKind

# A word rarer than this opening a name is a town's or a founder's ("Sandgate"), not a common word ("Legal").
RARE_OPENER = 3.0


# Branches of Christianity that name a church as a body: "the Anglican Church", "the Tarvish Orthodox Church".
_DENOMINATIONS = word_set(
    "catholic anglican orthodox methodist lutheran presbyterian baptist evangelical pentecostal episcopal "
    "coptic apostolic reformed"
)


# Whom a body of believers is named for: "the Church of Christ", "the Church of God", "the Church of Jesus Christ".
_CHURCHES_OF = word_set("christ god jesus")


def denomination_church(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'the Catholic Church', 'the Ethiopian Orthodox Church': a denomination before "church", with at most
    a people's word before it, is the body of believers; a saint's or a town's name before it ("St Brendan's
    Catholic Church", "Tarnby Methodist Church") makes it a building."""
    if len(words) >= 3 and words[:2] == ("church", "of") and words[2] in _CHURCHES_OF:
        return True  # "the Church of Christ in Congo", "the Church of God": a church named for whom it worships
    if len(words) < 2 or words[-1] != "church" or words[-2] not in _DENOMINATIONS:
        return False
    return all(w in _DENOMINATIONS or doc.gazetteer.country_of_demonym(w) is not None for w in words[:-2])


# A word this common in English is an ordinary word, not a place's or a person's name.
_COMMON_OPENER = 3.5


_GERUND_FIELD = 2.5


def body_for_a_nation(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'Natural England', 'Historic Scotland', 'Natural Resources Wales': ordinary English words (no place,
    name or part of the land like "Southern", "New") before a nation of the UK."""
    *before, nation = words
    if len(before) == 3 and before[1] == "and":
        before = [before[0], before[2]]  # "Forestry and Land Scotland": two fields joined by "and"
    if nation in _STATES_WITH_BODIES:
        # "Infrastructure Victoria", "Ambulance Tasmania"; not "Lake Victoria" (land) nor "Queen Victoria".
        # (and two words: "Regional Roads Victoria")
        return (
            1 <= len(before) <= 2
            and all(word not in HEAD_WORD and _ordinary_before_nation(doc, word) for word in before)
            and before[0] not in _NOT_BODY_OPENERS
            and not is_title(before[0])
            and not opens_place(words)
        )
    return nation in NATIONS_OF_THE_UK and all(_ordinary_before_nation(doc, word) for word in before)


# Australian states of one word whose public bodies are named the same way: "Infrastructure Victoria"; Australia's
# own and the EU's bodies and programmes, too: "Export Finance Australia", "Meat and Livestock Australia", "Horizon
# Europe", "Creative Europe" (not "Continental Europe", "Mainland Australia": the land itself).
_STATES_WITH_BODIES = word_set("victoria queensland tasmania australia europe")


# Words before "Victoria" that name a hospital, a station or a street by the queen: "Royal Victoria".
_NOT_BODY_OPENERS = word_set("royal queen continental mainland wider fortress")


def _ordinary_before_nation(doc: ActorDocument, word: str) -> bool:
    if word in NATION_PART_WORDS or zipf(word) < (_GERUND_FIELD if word.endswith("ing") else _COMMON_OPENER):
        return False  # "Mountaineering Scotland" (2.8): a sport's gerund is a word though a rare one
    if is_given_name(word) or is_surname(word) or doc.gazetteer.lookup((word,)) is not None:
        return False
    return doc.gazetteer.country_of_demonym(word) is None


def county_first(doc: ActorDocument, position: int) -> bool:
    """'Lancashire Local Nature Partnership': a county or a city (no state: "Indonesia-Australia ...
    Partnership" is an agreement; no small town named by a word: "Time Lock") opens the name."""
    tokens = doc.tokens
    place = doc.gazetteer.lookup((tokens[position].folded,))
    if place is None or place.kind != "place" or not tokens[position].joined:
        return False
    # (A region needing support has no population in the table: "Lancashire", "Devon".)
    return place.population == 0 or place.population >= CITY_BEFORE_A_HEADING or is_region(place)


def served_plural(words: tuple[str, ...]) -> bool:
    """'Citizens Advice', 'Tenants Advice': a plural of people before a body's head, two words."""
    word = words[0]
    return (
        len(words) == 2
        and word.endswith("s")
        and len(word) > 4
        and zipf(word[:-1]) >= RARE_OPENER
        and (word in PEOPLE_NOUNS or word[:-1] in SERVED_PEOPLE)
    )


# The longest formal name of a body read whole: "Directorate-General for European Civil Protection and
# Humanitarian Aid Operations" (10 words).
_LONGEST_FORMAL_BODY = 12


_ACRONYM_CLOSES = re.compile(r" \([A-Z][A-Za-z]{1,7}\)")


_LONGEST_PARALLEL_BODY = 20


_FORMAL_GLUE = word_set("of for on the and in")


# The bodies whose offices, centres and missions are named after them: "United Nations Office for ...",
# "European Union Office in ...", "African Union Mission for ...".
_NAMING_BODIES = (("united", "nations"), ("european", "union"), ("african", "union"))


def _office_of_a_named_body(tokens: list[Token], position: int) -> bool:
    """'United Nations Office for the ...': a body's two-word name, its office's head word, then "for",
    "of" or "on"."""
    if position + 3 >= len(tokens):
        return False
    if (tokens[position].folded, tokens[position + 1].folded) not in _NAMING_BODIES:
        return False
    return tokens[position + 2].folded in NAME_WORD and tokens[position + 3].folded in ("for", "of", "on")


def _one_word_before_a_formal_body(tokens: list[Token], position: int) -> bool:
    """'Reviewing Committee on the ...', 'Joint Committee on ...': one capitalised word, a body's word, then
    "on", "for" or "of"; or the acronym of the body it belongs to ("UN Office of the ... for ...")."""
    return (
        position + 2 < len(tokens)
        and (tokens[position].text.istitle() or ACRONYM.fullmatch(tokens[position].text) is not None)
        and tokens[position + 1].folded in NAME_WORD
        and tokens[position + 2].folded in ("for", "of", "on")
    )


def _acronym_spells_opening(tokens: list[Token], position: int, last: int, text: str) -> bool:
    """'United Nations Relief and Works Agency for ... (UNRWA)': the acronym in brackets after the name
    spells the initials of its opening capitalised words, three or more."""
    close = text.find(")", tokens[last].end, tokens[last].end + 14)
    letters = text[tokens[last].end + 2 : close] if close > 0 else ""
    if len(letters) < 3 or not letters.isalpha() or not letters.isupper():
        return False
    initials = "".join(t.text[0] for t in tokens[position : last + 1] if cased(t) and t.text != "The")
    return initials.startswith(letters)


# Forms of a land ruled for another, before "of" and its name; the words before them qualify the form only.
_DEPENDENCY_FORMS = word_set("territory protectorate colony dominion")


_DEPENDENCY_QUALIFIERS = word_set("trust the british french italian crown royal")


def dependency_of_a_land(words: tuple[str, ...]) -> bool:
    """'Trust Territory of Varnland', 'Colony of Tarvel': a dependency's form, then "of" and its name."""
    form = next((k for k, w in enumerate(words[:3]) if w in _DEPENDENCY_FORMS), None)
    return (
        form is not None
        and form + 2 < len(words)
        and words[form + 1] == "of"
        and all(w in _DEPENDENCY_QUALIFIERS for w in words[:form])
    )


def _acronym_spells_every_word(tokens: list[Token], position: int, last: int, text: str) -> bool:
    """'Tarvel Office for the North and the Quellmoor (TONQ)': the acronym in brackets spells every capitalised
    word's initial, past "and the" too: one body's name, not two."""
    close = text.find(")", tokens[last].end, tokens[last].end + 14)
    letters = text[tokens[last].end + 2 : close] if close > 0 else ""
    initials = "".join(t.text[0] for t in tokens[position : last + 1] if cased(t) and t.text != "The")
    return len(letters) >= 3 and letters.isalpha() and letters.upper() == initials.upper()


def words_in_name(doc: ActorDocument, position: int, last: int) -> int:
    """The words of a name, a word written with a hyphen counted once and an opening "the" not at all
    ("the ... Fact-Finding Mission for the Sudan"); so are two parties joined by an en dash ("the Varnia–Tremmia
    Joint Working Group on ...")."""
    tokens, text = doc.tokens, doc.text
    hyphens = sum(text[tokens[k - 1].end : tokens[k].start] in ("-", "‐", "–") for k in range(position + 1, last + 1))
    return last - position + 1 - hyphens - (tokens[position].folded == "the")


def formal_body(tokens: list[Token], position: int, last: int, text: str = "") -> bool:
    """A body's head word, then "for", "of" or "on" within its first three words, then capitalised words
    (no acronym) and glue only: a formal name longer than most names, not a heading (those are
    skipped before)."""
    # "National Committee for the Return of ... and the Restoration of ... in the ...": two aims make a
    # formal name longer still (up to 20 words), and its "and the" joins the aims, not two bodies.
    parallel = has_parallel_aims(tokens, position, last)
    # "Regional Centre on ... the Horn of Africa and Bordering States (RECSA)": its acronym in brackets
    # closes a name that lists the lands it serves (up to 30 words).
    closed = bool(text) and _ACRONYM_CLOSES.match(text, tokens[last].end) is not None
    longest = LONGEST_NAME_BEFORE_ACRONYM if closed else _LONGEST_PARALLEL_BODY if parallel else _LONGEST_FORMAL_BODY
    if _nested_bodies(tokens, position, last):
        longest = max(longest, _LONGEST_PARALLEL_BODY)
    if last - position + 1 > longest:
        return False
    # The body's word opens the name, or follows one adjective ("National Committee for ...") when two aims do.
    spelled = closed and _acronym_spells_opening(tokens, position, last, text)
    if (
        tokens[position].folded not in NAME_WORD
        and not spelled
        and not ((parallel or closed) and tokens[position + 1].folded in NAME_WORD)
    ):
        # "United Nations Office for the Coordination of ...": a body's office, named after the body
        if not _office_of_a_named_body(tokens, position) and not _one_word_before_a_formal_body(tokens, position):
            return False
    elif not spelled and not any(
        tokens[k].folded in ("for", "of", "on") for k in range(position + 1, min(last, position + 3))
    ):
        return False
    run = tokens[position : last + 1]
    if tokens[position].folded not in NAME_WORD and not (
        parallel or closed or _office_of_a_named_body(tokens, position)
    ):
        # "Reviewing Committee on the Export of Works of Art": one word opens the body's name (not "International
        # Committee of the Red Cross and Médecins Sans Frontières": two bodies, too long for one).
        if any(t.folded == "and" for t in run):
            return False
        run = run[1:]
    if (
        not parallel
        and not (closed and _acronym_spells_every_word(tokens, position, last, text))
        and any(a.folded == "and" and b.folded == "the" for a, b in pairwise(run))
    ):
        return False  # "Office of Foreign Assets Control and the UK ...": two bodies
    return cased(run[-1]) and all(
        (cased(t) and not t.text.isupper()) or t.folded in _FORMAL_GLUE or _owners_acronym(run, k)
        for k, t in enumerate(run)
    )


# A body's part named in the body's name that holds no body's word: "the General Staff".
_PART_OF_A_BODY = word_set("staff")


def force_letters_before_operation(tokens: list[Token], position: int, last: int) -> bool:
    """'EUNAVFOR MED Operation IRINI', 'EU NAVFOR Operation Atalanta': a force's letters, then "Operation" and
    its name: the force named with the operation it runs (the operation alone is no actor)."""
    at = next((k for k in range(position + 1, last) if tokens[k].text == "Operation"), None)
    if at is None or not cased(tokens[at + 1]):
        return False
    return all(ACRONYM.fullmatch(tokens[k].text) for k in range(position, at))


def place_start_after_for(tokens: list[Token], position: int, last: int) -> int | None:
    """Where the place begins after "for" ("the") inside a run a place's word follows ("Sejm for the Elbląg"
    before "constituency"); None when the run holds no "for"."""
    fors = [k for k in range(position + 1, last) if tokens[k].folded == "for"]
    if not fors:
        return None
    seat = fors[-1] + 1
    while seat < last and tokens[seat].folded == "the":
        seat += 1
    return seat if cased(tokens[seat]) else None


def _nested_bodies(tokens: list[Token], position: int, last: int) -> bool:
    """'Main Directorate of the General Staff of the Armed Forces of the Russian Federation': three or more
    bodies, each inside the next after "of", each ending with a body's word; a name longer than most."""
    parts: list[list[Token]] = [[]]
    for token in tokens[position : last + 1]:
        if token.folded == "of":
            parts.append([])
        elif token.folded != "the":
            parts[-1].append(token)
    return len(parts) >= 3 and all(
        part and (part[-1].folded in NAME_WORD or part[-1].folded in HEAD_WORD or part[-1].folded in _PART_OF_A_BODY)
        for part in parts
    )


def _owners_acronym(run: list[Token], k: int) -> bool:
    """'Office of the UN High Commissioner for Human Rights': a short acronym after "the", before more
    capitalised words, names the body the post or office belongs to, inside the formal name."""
    token = run[k]
    return (
        0 < k < len(run) - 1
        and 2 <= len(token.text) <= 4
        and token.text.isupper()
        and token.text.isalpha()
        and run[k - 1].folded == "the"
        and cased(run[k + 1])
    )


def force_of_a_state(words: tuple[str, ...]) -> bool:
    """'Royal Navy of Oman', 'Armed Forces of Tarvel': an armed force's head word, then "of" and where it serves."""
    if "of" not in words[1:-1]:
        return False
    head = words[words.index("of", 1) - 1]
    return head in HEAD_WORD and HEAD_WORD[head].kind is ActorKind.armed_force


def body_for_an_aim(words: tuple[str, ...]) -> bool:
    """'Institute for the Study of War', 'Centre for the Prevention of Conflict': a body's word, then
    "for" and its aim; the aim's last word ("War") is no head of the name. Up to two words may qualify the body's
    word: "Finnish Institute for Verification of the Chemical Weapons Convention"."""
    return any(
        len(words) >= k + 4
        and words[k] in NAME_WORD
        and (words[k + 1] == "for" or (words[k + 1] == "to" and words[k + 2] in _AIM_VERBS))
        for k in range(min(3, len(words)))
    )


# "Mission to Support the Tarnby Agreement", "Commission to Investigate ...": a body's word, "to" and the verb of its
# aim; the aim's last word ("Agreement") is no head of the name.
_AIM_VERBS = frozenset(("support", "monitor", "assist", "investigate", "protect", "promote", "prevent", "combat"))


_REGION_HEADS = word_set("province region wilayah wilayat")


_BODY_KINDS = (ActorKind.organization, ActorKind.armed_force)


def branch_named_for_region(words: tuple[str, ...]) -> Cue | None:
    """'Islamic State West Africa Province', 'Tremmin Front Northern Region': a body's word, then at
    least one more word, then a province's head: the group's branch, not the land ("Free State
    Province", with no word between, stays a province)."""
    if len(words) < 4 or words[-1] not in _REGION_HEADS:
        return None
    for k in range(1, len(words) - 2):
        group = KNOWN_GROUPS.get("".join(words[: k + 1]))
        if group is not None and group.kind is ActorKind.armed_force:
            return group  # "Islamic State Khorasan Province": a known armed group's branch is of its kind
    for k in range(1, len(words) - 2):
        row = NAME_WORD.get(words[k])
        if row is not None and row.kind in _BODY_KINDS:
            return row
    return None


def spelled_by_acronym(doc: ActorDocument, position: int, last: int) -> bool:
    """An acronym in brackets right after the name is made of its words' initials: "Peace Facility (PF)"."""
    tokens, text = doc.tokens, doc.text
    after = last + 1
    if after >= len(tokens) or not ACRONYM.fullmatch(tokens[after].text):
        return False
    if text[tokens[last].end : tokens[after].start] != " (" or text[tokens[after].end : tokens[after].end + 1] != ")":
        return False
    initials = "".join(tokens[k].text[0] for k in range(position, last + 1) if tokens[k].folded not in NAME_GLUE)
    letters = tokens[after].text.upper()
    # "Free Trade Areas (FTAs)": the plural's small "s" after the letters
    plural = tokens[after].text.removesuffix("s").upper() if tokens[after].text.endswith("s") else letters
    return letters == initials.upper() or plural == initials.upper() or skipping_acronym(letters, initials.upper())


def government_of_national(words: tuple[str, ...]) -> bool:
    """'the Government of National Accord', 'Government of National Unity': a government named for the nation it
    unites; its last word ("Accord") is no document's head."""
    opening = 1 if words[:1] == ("the",) else 0
    return words[opening : opening + 3] == ("government", "of", "national") and len(words) == opening + 4
