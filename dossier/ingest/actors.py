"""Propose new actors: names the workspace does not know yet, with a kind and a confidence.

A careful reader files people ("Defence Minister X", "Maj. Gen. Ivan Petrenko" is Ivan
Petrenko), states and their demonyms ("Belarusian" is Belarus), organisations ("Ministry of
Defence", "Islamic Revolutionary Guard Corps (IRGC)" with its acronym as an alias), armed
forces, media and places (from the gazetteer when something supports it, or from a cue
word: "Senkivka checkpoint", "Mogilev region"). The cues are tables in `cues.py`; each
candidate keeps a `found_by` that says which cue made it, and a confidence from it.

What is never proposed: function words, contractions, months and days, single letters, a
title or rank alone, words with digits (codes and units), spans longer than a name, and
capitalised common words with no cue (`common_words`). Spellings of one name (Lukashenka,
Lukashenko, the surname alone, an acronym defined in the text) become one draft.

Only English text gets these rules: in German every noun is capitalised, and in Korean or
Chinese nothing is. Other languages get gazetteer places that need no English cue (states,
names of more than one word, large cities) and the known-actor links `mentions.py` finds.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from dossier.ingest.common_words import VERY_COMMON, is_common_word, zipf
from dossier.ingest.cues import (
    ADJECTIVE_TITLES,
    AFTER_COMMA,
    AFTER_HYPHEN,
    AFTER_POSSESSIVE,
    APPOSITION_HEAD,
    ARMED_MODIFIERS,
    BODIES_BY_HEAD,
    DOCUMENT_HEADS,
    EVENT_HEADS,
    FIRST_WORD,
    FORCE_OPENINGS,
    FUNCTION_WORDS,
    HEAD_AFTER_FIRST,
    HEAD_WORD,
    HOLIDAYS,
    KNOWN_BODIES,
    KNOWN_GROUPS,
    KNOWN_MEDIA,
    KNOWN_PHRASE_BODIES,
    KNOWN_PHRASE_SIZE,
    MEASURE_HEADS,
    MONTHS_AND_DAYS,
    NAME_GLUE,
    NAME_PARTICLES,
    NAME_WORD,
    NEXT_WORD,
    NOT_PERSON_WORDS,
    PERSON_CONFIDENCE_WITH_TITLE,
    PERSON_OPENERS,
    PERSON_PARTICLES,
    PHRASE_AFTER,
    PHRASE_BEFORE,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_AREA_HEADS,
    POSTNOMINALS,
    PREVIOUS_WORD,
    STATE_FORM_QUALIFIERS,
    STATE_FORMS,
    STREET_SUFFIXES,
    TERM_ACRONYMS,
    TITLE_PARTS,
    TITLES,
    Cue,
)
from dossier.ingest.gazetteer import Gazetteer, Place
from dossier.ingest.grouping import ActorDraft, Candidate, group_candidates
from dossier.ingest.mentions import ActorIndex, Mention, Token
from dossier.ingest.names import TOKEN_RE, fold, fold_phrase, is_given_name, is_surname, word_set
from dossier.ingest.page_noise import has_technical_words, is_camel_case, noise_lines
from dossier.ingest.sentences import Sentence
from dossier.model import ActorKind

_PLACE_HEADS = frozenset(word for word, cue in HEAD_WORD.items() if cue.kind is ActorKind.place)
# Buildings and streets: "the Iraqi Museum Street", "Turkish Embassy Road" name the building's
# owner's place, not a region of the state.
_BUILDING_HEADS = word_set(
    "mosque church cathedral temple shrine synagogue palace castle stadium arena hotel resort street avenue road "
    "boulevard lane highway park reserve square gate bridge airport base airbase"
)
# Words for an area that end its name ("Nineveh Province", "Kobani Canton"): an "of" after them
# starts another name ("... Canton of the Federation").
_AREA_HEADS = word_set("province governorate region district county oblast canton municipality prefecture")
# Seas, coasts and regions a text may name by their head word alone ("to the Gulf").
_LANDMARK_HEADS = _PLACE_HEADS - _BUILDING_HEADS - _AREA_HEADS
# Suffixes of abstract nouns and adjectives: "Cessation of Hostilities", "Executive Order" are terms.
_TERM_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ities", "ance", "ence", "ism", "ship", "hood", "ive", "ial")
# A gerund or an adverb that opens a run ("Defeating ISIL", "Helpfully"); not "-ed" ("United"),
# and not a place (Italy, Beijing).
_VERB_SUFFIXES = ("ing", "ly")
_MAX_NAME_TOKENS = 8
_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,9}(?:-[A-Z]{2,6})?s?")  # "NATO", "U.S.", "CJTF-OIR"
_TITLE_WORDS = TITLES | TITLE_PARTS | NAME_GLUE
_COMPASS_HEADS = word_set("east west north south")  # "Near East", "Far North"
_COMPASS = word_set(
    "northern southern eastern western central north south east west "
    "northeast northwest southeast southwest northeastern northwestern southeastern southwestern"
)
# Organisation words that may also stand in a title ("Foreign Office Minister"); after "of the"
# they start the organisation the title belongs to. Not "state": "Secretary of State".
_INSTITUTION_WORDS = frozenset(word for word in TITLE_PARTS if word in NAME_WORD and word != "state")
# "the Assad regime", "the Biden administration": the name before these is also a leader's.
_LED_BY = word_set("regime administration dictatorship junta")
# A word this frequent in English (Zipf; "rust", "joker", "ecology") standing alone with no cue is
# taken for a word, not a name: rarer ones ("Hezbollah" 3.3, "Assad" 3.6) stay.
_WORD_ALONE = 3.7
_SHOUTED = 4.6  # Zipf of "answer", "note": capitals do not make them acronyms (NATO is 4.3)
_LETTER_NUMBER = re.compile(r"[A-Z]\d{1,2}")  # G7, G20, P5: groups, not codes
_ARABIC_ARTICLES = word_set("al el ad as ash an ar az ez es ed ul")
_DOTTED_LOWER = re.compile(r"\.[a-z]{2,}")
_CODE_AROUND = re.compile(r"-\d")  # "COVID-19", "F-16": a code, not a name
_LINE_OPENER = re.compile(r"[^\n]*\n[ \t]*(?:[-•*–][ \t]+)?")
_CONTRACTION = re.compile(r"[’'](?:s|ve|ll|d|m|re|t)$", re.IGNORECASE)
# A one-word place of this size needs no other support ("Köln", "Baghdad").
_LARGE_CITY = 1_000_000
# A city this large gives its name to a document ("Geneva Communique") even when its name is a common word.
_NAMED_AFTER_CITY = 150_000
# A given name that is also a city this large ("Austin", "Paris") does not make a person on its own.
_GIVEN_NAME_CITY = 500_000
# A word after "to" in a body's name is a verb, a common word ("Protect", "Counter", "End").
_VERB_ZIPF = 3.5
_ADJECTIVE_SUFFIXES = ("an", "ese", "ish", "ic", "al")  # "European", "Arabic", "National": not a verb
_JOINERS_AFTER = word_set("university bank house department secretary minister ministry chief head")


@dataclass
class _Document:
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
    org_firsts: set[str] = field(default_factory=set)  # first words of organisations' names ("Rhodium Group")
    terms: set[str] = field(default_factory=set)  # acronyms of lower-case words: "fast radio burst (FRB)"
    technical: bool = False  # a page with code in it (`page_noise`)


def heading_sentences(sentences: list[Sentence], tokens: list[Token], starts: list[int]) -> set[int]:
    """Indexes of sentences that read as headings (Title Case, no closing full stop)."""
    headings: set[int] = set()
    for sentence in sentences:
        if sentence.text.endswith((".", "!", "”", '"', ":")):
            continue
        words = _tokens_in(starts, sentence.start, sentence.end)
        # Title Case: the words other than function words mostly capitalised ("Floods Cut Off the
        # Valley"); a lede with names in it ("Minister Ellwood calls the attack a tragedy") is a
        # sentence. A line of one word ("Discussion", "Contact") is a heading, too.
        content = [i for i in words if tokens[i].folded not in FUNCTION_WORDS]
        if len(words) == 1 or (
            len(words) >= 2 and content and sum(tokens[i].capitalised for i in content) / len(content) >= 0.75
        ):
            headings.add(sentence.index)
    return headings


def _tokens_in(starts: list[int], start: int, end: int) -> range:
    return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))


def _cased(token: Token) -> bool:
    """Capitalised in a script that has case (Korean and Chinese words are not 'capitalised')."""
    return token.capitalised and token.text[0].isupper()


def propose_actors(
    text: str,
    tokens: list[Token],
    sentences: list[Sentence],
    known: list[Mention],
    index: ActorIndex,
    gazetteer: Gazetteer,
    taken_ids: set[str],
    rejected: frozenset[tuple[str, ...]] = frozenset(),
    english: bool = True,
) -> tuple[list[ActorDraft], list[Mention]]:
    """New actor drafts, and the extra mentions of known actors found on the way (U.S. for United States).

    `rejected`: folded names of drafts the analyst rejected before; they are not proposed again.
    `english`: whether the English rules apply; otherwise only the gazetteer proposes.
    """
    starts = [token.start for token in tokens]
    covered = [False] * len(tokens)
    for mention in known:
        for i in range(mention.first, mention.last + 1):
            covered[i] = True
    headings = heading_sentences(sentences, tokens, starts)
    skip = [False] * len(tokens)
    sentence_first: set[int] = set()
    for sentence in sentences:
        words = _tokens_in(starts, sentence.start, sentence.end)
        if words:
            sentence_first.add(words[0])
        if sentence.index in headings:
            for i in words:
                skip[i] = True
    noise, technical = noise_lines(text) if english else ([], False)
    for start, end in noise:
        for i in _tokens_in(starts, start, end):
            skip[i] = True  # references, code and shouted headings: no prose to draw names from
    for i, token in enumerate(tokens):
        if token.start > 0 and text[token.start - 1] in "@#":
            skip[i] = True  # "@ABlinken", "#StandWithX": a handle or a hashtag, not a name as written
        # After an opening quote or bracket, or a colon ("Read more: Looted art"), a capital starts a
        # sentence, too.
        if i > 0 and (text[token.start - 1 : token.start] in "\"“‘('" or text[token.start - 2 : token.start] == ": "):
            sentence_first.add(i)
        if i > 0 and _LINE_OPENER.fullmatch(text, tokens[i - 1].end, token.start):
            sentence_first.add(i)  # a line of its own, or an item of a list ("- Visualizing data")
    doc = _Document(
        text,
        tokens,
        sentence_first,
        confirmed={t.folded for i, t in enumerate(tokens) if t.capitalised and i not in sentence_first and not skip[i]},
        alone={
            t.folded
            for i, t in enumerate(tokens)
            if t.capitalised
            and not (
                i > 0 and tokens[i - 1].joined and (tokens[i - 1].capitalised or tokens[i - 1].folded in NAME_PARTICLES)
            )
            and not (t.joined and i + 1 < len(tokens) and tokens[i + 1].capitalised)
        },
        lower_case={t.folded for t in tokens if t.text[0].islower()},
        gazetteer=gazetteer,
        technical=technical or _technical_words(tokens, skip),
    )
    _read_document_evidence(doc)
    candidates: list[Candidate] = []
    extra_known: list[Mention] = []
    i = 0
    count = len(tokens)
    while i < count:
        phrase_body = _known_body_at(doc, i, covered) if english else None
        if phrase_body is not None:
            last, found = phrase_body.last, [phrase_body]  # "Save the Children": its small words are the name's
        elif covered[i] or skip[i] or not (_cased(tokens[i]) or (not english and _elided_name(tokens[i]) is not None)):
            i += 1
            continue
        else:
            last = _run_end(text, tokens, i, covered, skip, gazetteer)
            found = _read_run(doc, i, last) if english else _read_run_gazetteer_only(doc, i, last)
        for candidate in found:
            if english:
                _take_article(doc, candidate)
                _take_ordinal(doc, candidate)
            official = candidate.canonical or candidate.gazetteer_name
            hit = index.lookup(fold_phrase(official)) if official else None
            if hit is not None:
                # The gazetteer or a demonym says which known actor this is (U.S. -> United States).
                start, end = tokens[candidate.first].start, tokens[candidate.last].end
                how = "gazetteer" if candidate.kind is not ActorKind.state else "state name"
                extra_known.append(Mention(hit[0], start, end, candidate.first, candidate.last, text[start:end], how))
            else:
                candidates.append(candidate)
        i = last + 1
    if english:
        for candidate in _institutions(tokens, gazetteer):
            hit = index.lookup(fold_phrase(candidate.canonical or candidate.name))
            if hit is None:
                hit = index.lookup(fold_phrase(candidate.name))
            if hit is not None:
                start, end = tokens[candidate.first].start, tokens[candidate.last].end
                extra_known.append(
                    Mention(hit[0], start, end, candidate.first, candidate.last, text[start:end], "institution")
                )
            else:
                candidates.append(candidate)
    if english:
        _places_listed_together(doc, candidates)
        _persons_listed_together(doc, candidates)
    # Names the analyst rejected in review are not proposed again.
    candidates = [c for c in candidates if fold_phrase(c.canonical or c.name) not in rejected]
    acronyms = _defined_acronyms(doc, candidates)
    drafts = group_candidates(candidates, tokens, index, taken_ids, acronyms)
    return drafts, extra_known


def _known_body_at(doc: _Document, first: int, covered: list[bool]) -> Candidate | None:
    """A well-known body whose name is a phrase ("Save the Children"), written from `first`."""
    tokens = doc.tokens
    if not tokens[first].capitalised:
        return None
    for size in range(min(KNOWN_PHRASE_SIZE, len(tokens) - first), 1, -1):
        last = first + size - 1
        cue = KNOWN_PHRASE_BODIES.get(tuple(tokens[k].folded for k in range(first, last + 1)))
        if (
            cue is not None
            and tokens[last].capitalised
            and all(tokens[k].joined and not covered[k + 1] for k in range(first, last))
            and not covered[first]
        ):
            name = doc.text[tokens[first].start : tokens[last].end]
            return Candidate(first, last, name, cue.kind, "a body known by name", cue.confidence)
    return None


def _run_end(
    doc_text: str, tokens: list[Token], first: int, covered: list[bool], skip: list[bool], gazetteer: Gazetteer
) -> int:
    """The last token of the run of capitalised words from `first`, with the glue inside names."""
    count = len(tokens)
    last = first
    has_org_word = tokens[first].folded in NAME_WORD or tokens[first].folded in HEAD_WORD
    while last + 1 < count and not covered[last + 1] and not skip[last + 1]:
        if not tokens[last].joined and _dash_before_operation(doc_text, tokens, last):
            last += 1  # "Combined Joint Task Force – Operation Inherent Resolve": the force and its operation
            continue
        if not tokens[last].joined:
            inside = None if has_org_word else _possessive_inside_name(doc_text, tokens, last, gazetteer)
            if inside is None:
                break
            last, has_org_word = inside, True  # "People's Protection Units", "Kurdistan Workers' Party"
            continue
        nxt = tokens[last + 1]
        if last > first and not _cased(nxt) and _hyphened_given_name(doc_text, tokens, last - 1):
            last += 1  # "Ban Ki-moon", "Moon Jae-in": the given name's second syllable
            break
        if _cased(nxt):
            last += 1
            has_org_word = has_org_word or nxt.folded in NAME_WORD or nxt.folded in HEAD_WORD
            continue
        if _elided_name(nxt) is not None and gazetteer.lookup(tuple(t.folded for t in tokens[first : last + 2])):
            last += 1  # "Côte d'Ivoire", "Val d'Aosta": an elided article inside a place's name
            continue
        # "Abu Bakr al-Baghdadi", "Ludwig van Beethoven", "Ursula von der Leyen": one or two
        # particles between capitalised words.
        particles = 1 + (last + 2 < count and tokens[last + 2].folded in NAME_PARTICLES and tokens[last + 2].joined)
        name_at = last + 1 + particles
        if (
            nxt.folded in NAME_PARTICLES
            and nxt.joined
            and tokens[name_at - 1].joined
            # "al-Baghdadi" is written with a hyphen; "known as Doggerland" is no name
            and (
                tokens[name_at - 1].folded not in _ARABIC_ARTICLES
                or doc_text[tokens[name_at - 1].end : tokens[name_at - 1].end + 1] in "-‐"
            )
            and name_at < count
            and _cased(tokens[name_at])
            and not covered[name_at]
        ):
            last = name_at
            continue
        spelled = _spelled_out_before_acronym(doc_text, tokens, first, last, covered) if not _cased(nxt) else None
        if spelled is not None:
            last = spelled  # "Al-Qaeda in the Arabian Peninsula (AQAP)": the acronym says where the name ends
            continue
        # "Ministry of Defence", "Secretary of State", "Islamic State of Iraq and the Levant";
        # not "Joss Quarrie of Tremmin".
        if (
            nxt.folded in NAME_GLUE
            and nxt.folded not in ("and", "the")  # "Ahr Valley the grape": "the" alone joins nothing
            and nxt.joined
            # "Kobani Canton of the Federation": a place's head word ends its name ("Gulf of Aden" opens with it).
            and not (
                tokens[last].folded in _AREA_HEADS
                and any(tokens[k].folded not in FUNCTION_WORDS for k in range(first, last))
                and not _has_body_word(tokens, first, last)
                and not _state_at(tokens, last + 2, gazetteer)  # "Kurdistan Region of Iraq" is one name
            )
            and (
                has_org_word
                or tokens[last].folded in _JOINERS_AFTER
                or tokens[last].folded in TITLES
                or tokens[last].folded in STATE_FORMS
            )
        ):
            ahead = last + 2
            while ahead < count and tokens[ahead].folded == "the" and tokens[ahead - 1].joined:
                ahead += 1
            if (
                ahead + 1 < count
                and tokens[ahead].folded in _ARABIC_ARTICLES
                and doc_text[tokens[ahead].end : tokens[ahead + 1].start] in ("-", "‐")
            ):
                ahead += 1  # "Great Mosque of al-Nuri"
            if (
                ahead < count
                and tokens[ahead - 1].joined
                and _cased(tokens[ahead])
                and not covered[ahead]
                and not _given_name_possessive(doc_text, tokens[ahead])
            ):
                last = ahead
                # "Director of the Office of Museums": the word after the glue may make it an organisation.
                # Not "State": "Secretary of State for Foreign Affairs" is a title, then a name.
                has_org_word = has_org_word or (
                    tokens[ahead].folded != "state"
                    and (tokens[ahead].folded in NAME_WORD or tokens[ahead].folded in HEAD_WORD)
                )
                continue
        if (
            nxt.folded == "to"
            and nxt.joined
            and (tokens[last].folded in NAME_WORD or tokens[last].folded in HEAD_WORD)
            and last + 3 < count
            and tokens[last + 2].joined
            and _cased(tokens[last + 2])
            and _cased(tokens[last + 3])
            and not covered[last + 2]
            and not covered[last + 3]
            and tokens[last + 2].folded not in TITLES
            and tokens[last + 2].folded not in FUNCTION_WORDS
            and tokens[last + 2].text[1:].islower()
            and zipf(tokens[last + 2].folded) >= _VERB_ZIPF
            and gazetteer.lookup((tokens[last + 2].folded,)) is None
            and gazetteer.country_of_demonym(tokens[last + 2].folded) is None
            and tokens[last + 2].folded not in TITLE_PARTS
            and tokens[last + 2].folded not in NAME_WORD
            and not tokens[last + 2].folded.endswith(_ADJECTIVE_SUFFIXES)
        ):
            # "Committee to Protect Journalists", "Coalition to Counter Varnak": a body named for its aim.
            last += 3
            continue
        shared = _shared_head_end(tokens, first, last, covered, gazetteer) if nxt.folded == "and" else None
        if shared is not None:
            last, has_org_word = shared, True  # "University and College Union": two words sharing one head
            continue
        if nxt.folded == "and" and has_org_word and nxt.joined and last + 2 < count:
            # "Islamic State of Iraq and the Levant": 'and' only inside an organisation's 'of' phrase.
            ahead = last + 2
            while ahead < count and tokens[ahead].folded == "the" and tokens[ahead - 1].joined:
                ahead += 1
            # ("Union for Medical Care and Relief Organizations" goes on through its "for" phrase, too.)
            if (
                any(tokens[k].folded in ("of", "for") for k in range(first, last))
                and ahead < count
                and not covered[ahead]
            ):
                end = _second_of_and(tokens, first, last, ahead, gazetteer)
                if end is not None:
                    last = end
                    continue
        if nxt.folded == "and" and not has_org_word and nxt.joined:
            end = _and_before_head(tokens, first, last, covered, gazetteer)
            if end is not None:
                # "Food and Agriculture Organization", "UN Relief and Works Agency": one body.
                last, has_org_word = end, True
                continue
        break
    return last


def _and_before_head(
    tokens: list[Token], first: int, before: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a body's name ends when its 'and' comes before the head word ('Relief and Works
    Agency'): capitalised words after 'and' that end with a body's word, the words before 'and'
    being no state, place or person of their own."""
    count = len(tokens)
    end = before + 2
    while end < count and end - before <= 4 and _cased(tokens[end]) and not covered[end]:
        if tokens[end].folded in NAME_WORD and tokens[end].folded not in ("state", "states"):
            break
        if not tokens[end].joined or end + 1 >= count or not _cased(tokens[end + 1]):
            return None
        end += 1
    else:
        return None
    words = [tokens[k].folded for k in range(first, before + 1)]
    while words and words[0] == "the":
        words = words[1:]
    if not words or any(w in FUNCTION_WORDS or w in TITLES or _is_state(gazetteer, w) for w in words):
        return None  # "Britain and France Council" are two states and a council
    if is_given_name(words[0]) or any(gazetteer.country_of_demonym(w) for w in words):
        return None  # "John and Mary Foundation" names people too; "Iraqi and Kurdish Forces" two forces
    return end


def _is_state(gazetteer: Gazetteer, word: str) -> bool:
    place = gazetteer.lookup((word,))
    return place is not None and place.kind == "state"


def _state_at(tokens: list[Token], k: int, gazetteer: Gazetteer) -> bool:
    if k < len(tokens) and tokens[k].folded == "the":
        k += 1
    place = gazetteer.lookup((tokens[k].folded,)) if k < len(tokens) else None
    return place is not None and place.kind == "state"


def _has_body_word(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a run has an organisation's or armed force's word ("Ministry", "Army") in it."""
    return any(
        tokens[k].folded in NAME_WORD or (tokens[k].folded in HEAD_WORD and tokens[k].folded not in _PLACE_HEADS)
        for k in range(first, last + 1)
    )


def _second_of_and(tokens: list[Token], first: int, before: int, ahead: int, gazetteer: Gazetteer) -> int | None:
    """Where the second half of a body's 'of A and B' ends, or None when 'and' joins two names.

    "Ministry of Labour and Social Affairs", "Islamic State of Iraq and the Levant", "... of Iraq
    and Syria" go on; "Government of Iraq and Coalition partners", "... and the Iraqi forces",
    "... and Prime Minister X", "... and Ilse Tremmin" are a second actor after "and".
    """
    end = ahead
    while end - ahead < 2 and tokens[end].joined and end + 1 < len(tokens) and _cased(tokens[end + 1]):
        end += 1
    if not _cased(tokens[ahead]):
        return None
    words = [tokens[k].folded for k in range(ahead, end + 1)]
    if any(w in NAME_WORD or w in HEAD_WORD or _is_title(w) or w in FUNCTION_WORDS for w in words):
        return None  # another body's name, a title
    if is_given_name(words[0]) or gazetteer.country_of_demonym(words[0]) is not None:
        return None  # a person; a demonym before a noun of its own ("the Iraqi forces")
    if end + 1 < len(tokens) and tokens[end].joined and tokens[end + 1].folded in _INSTITUTION_NOUNS:
        return None  # "... and Kurdish forces": what follows names an institution of its own
    if gazetteer.lookup(tuple(words)) is not None:
        # "Islamic State of Iraq and Syria" goes on, but not "Ministry of Defence and Tremmin" (two
        # names), nor the plural "Governments of Iraq and the United States" (a body of each).
        plural = any(t.folded.endswith("s") and t.folded[:-1] in NAME_WORD for t in tokens[first:before])
        article = tokens[ahead - 1].folded == "the"
        if plural or not (article or gazetteer.lookup((tokens[before].folded,)) is not None):
            return None
    return end


# What follows a hyphen after a name in English compounds ("Hong Kong-born", "New York-style").
_COMPOUND_TAILS = word_set(
    "born made run like wide free style era type bound rich area only size wise long side based led held "
    "owned ruled friendly majority speaking language class level scale sized proof"
)


def _hyphened_given_name(text: str, tokens: list[Token], first: int) -> bool:
    """'Ban Ki-moon', 'Kim Jong-un', 'Moon Jae-in': a short family name, then a given name of two
    syllables joined by a hyphen, the second in lower case (as Korean names are romanised)."""
    if first + 2 >= len(tokens):
        return False
    family, syllable, tail = tokens[first], tokens[first + 1], tokens[first + 2]
    if text[syllable.end : tail.start] != "-" or text[tail.end : tail.end + 1] in ("-", "‐"):
        return False
    if not all(2 <= len(t.text) <= 5 and t.text.isalpha() for t in (family, syllable, tail)):
        return False
    if not (_cased(family) and _cased(syllable)) or not family.text[1:].islower() or not syllable.text[1:].islower():
        return False
    word = tail.folded
    return tail.text.islower() and word not in _COMPOUND_TAILS and not word.endswith(("ed", "ing", "ly"))


# How far ahead of a run a name's bracketed acronym is looked for.
_ACRONYM_REACH = 8


def _spelled_out_before_acronym(
    text: str, tokens: list[Token], first: int, last: int, covered: list[bool]
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
        if not _cased(token):
            if token.folded not in FUNCTION_WORDS:
                return None
            crossed = True
        elif crossed and not token.joined and text[token.end : token.end + 2] == " (":
            after = k + 1
            if after < count and text[tokens[after].end : tokens[after].end + 1] == ")":
                letters = tokens[after].text.replace(".", "").upper()
                words = [t for t in tokens[first : k + 1] if _cased(t)]
                if _ACRONYM.fullmatch(tokens[after].text) and letters == "".join(t.text[0] for t in words).upper():
                    return k
            return None
        k += 1
    return None


def _dash_before_operation(text: str, tokens: list[Token], k: int) -> bool:
    """'Task Force – Operation X': a force's name goes on through a dash to the operation it serves."""
    if k + 2 >= len(tokens) or tokens[k].folded not in ("force", "command"):
        return False
    nxt = tokens[k + 1]
    gap = text[tokens[k].end : nxt.start]
    return gap in (" - ", " – ", " — ", "–", "—") and nxt.text == "Operation" and _cased(tokens[k + 2])


_POSSESSIVE_GAPS = ("'s ", "’s ", "' ", "’ ")
# A possessor this common in English ("People", "Workers", "Martyrs") is a noun inside a name.
_POSSESSOR_ZIPF = 3.0


def _possessive_inside_name(text: str, tokens: list[Token], k: int, gazetteer: Gazetteer) -> int | None:
    """Where a name goes on to after a possessive inside it, or None.

    'People's Protection Units', 'Kurdistan Workers' Party', 'Democratic People's Republic':
    a common noun's possessive, then capitalised words that end with the head of a body's
    name. Not a place's or a person's possessive: "Iraq's Security Forces", "Smith's Party"
    name the owner and what it owns, two names.
    """
    token = tokens[k]
    if k + 1 >= len(tokens) or text[token.end : tokens[k + 1].start] not in _POSSESSIVE_GAPS:
        return None
    word = token.folded
    if not _cased(token) or token.text.isupper() or zipf(word) < _POSSESSOR_ZIPF or word in FUNCTION_WORDS:
        return None
    if is_given_name(word) or is_surname(word) or word in TITLES or word in NAME_WORD or word in HEAD_WORD:
        return None  # a person's or a body's possessive: "the Coalition's Small Group" are two
    if gazetteer.lookup((word,)) is not None or gazetteer.country_of_demonym(word) is not None:
        return None
    end = k + 1
    while (
        end - k < 4 and _cased(tokens[end]) and tokens[end].joined and end + 1 < len(tokens) and _cased(tokens[end + 1])
    ):
        end += 1
    head = tokens[end].folded
    if not _cased(tokens[end]) or not (head in HEAD_WORD or head in NAME_WORD or head in STATE_FORMS):
        return None
    return end


_STATE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]?")  # "D.C", "N.Y": dotted capitals


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _take_ordinal(doc: _Document, candidate: Candidate) -> None:
    """'101st Airborne Division', '5th Fleet': a unit's number is part of its name."""
    before = candidate.first - 1
    if candidate.kind not in (ActorKind.armed_force, ActorKind.organization) or before < 0:
        return
    token = doc.tokens[before]
    if not token.joined or not _ORDINAL.fullmatch(token.text):
        return
    candidate.name = doc.text[token.start : doc.tokens[candidate.first].start] + candidate.name
    candidate.first = before


def _named_after_titled(doc: _Document, position: int, last: int) -> bool:
    """A title, a name, then a building's or a body's head word, with no 'of' or 'for' between."""
    tokens = doc.tokens
    head = tokens[last].folded
    if last - position < 2 or tokens[position].folded not in TITLES:
        return False
    if head not in _BUILDING_HEADS and head not in NAME_WORD:
        return False
    inside = range(position + 1, last)
    return not any(tokens[k].folded in NAME_GLUE for k in inside)


def _adjective_before_acronym(doc: _Document, first: int) -> bool:
    adjective, acronym = doc.tokens[first], doc.tokens[first + 1]
    if not (_ACRONYM.fullmatch(acronym.text) and acronym.text.isalpha() and len(acronym.text) >= 2):
        return False
    if adjective.text.isupper() or not adjective.text[1:].islower():
        return False
    word = adjective.folded
    return doc.gazetteer.country_of_demonym(word) is not None or (
        word.endswith(_ADJECTIVE_SUFFIXES) and doc.gazetteer.lookup((word,)) is None and not is_given_name(word)
    )


def _hyphened_prefix(doc: _Document, position: int, last: int) -> bool:
    """'De-Baathification Commission': a capitalised prefix joined by a hyphen is part of the word."""
    token = doc.tokens[position]
    return (
        position < last
        and token.text[0].isupper()
        and token.folded not in _ARABIC_ARTICLES
        and doc.text[token.end : doc.tokens[position + 1].start] == "-"
    )


def _opens_arabic_name(doc: _Document, position: int, last: int) -> bool:
    """'Al Hawl', 'Al-Sinek', 'Al Qaeda': a capitalised Arabic article is the first word of the name."""
    token = doc.tokens[position]
    return token.folded in _ARABIC_ARTICLES and token.text[0].isupper() and position < last


def _article_joined(doc: _Document, position: int) -> bool:
    """'Al-Varnak', 'El-Tremmin': an Arabic article joined by a hyphen to the capitalised word after it."""
    tokens = doc.tokens
    return (
        tokens[position].folded in _ARABIC_ARTICLES
        and position + 1 < len(tokens)
        and doc.text[tokens[position].end : tokens[position + 1].start] in ("-", "‐")
        and tokens[position + 1].capitalised
    )


def _take_article(doc: _Document, candidate: Candidate) -> None:
    """'al-Hilla', 'al-Baghdadi': an Arabic article joined by a hyphen is part of the name after it."""
    tokens, text = doc.tokens, doc.text
    article = candidate.first - 1
    if article < 0 or candidate.canonical is not None or tokens[article].folded not in _ARABIC_ARTICLES:
        return
    if text[tokens[article].end : tokens[candidate.first].start] not in ("-", "‐"):
        return
    if article > 0 and tokens[article - 1].end == tokens[article].start:
        return  # part of a longer word
    if candidate.alias is None and candidate.kind is ActorKind.place:
        candidate.alias = candidate.name  # "Hilla": the place is also written without its article
    candidate.name = text[tokens[article].start : tokens[candidate.first].start] + candidate.name
    candidate.first = article


def _is_junk_word(token: Token) -> bool:
    word = token.folded
    if "_" in token.text or _DOTTED_LOWER.search(token.text):
        return True  # code and file names: PACKAGE_NAME, Pipfile.lock, example.com
    # "U.S." and "US" are no pronoun; "YOU" and "HE" in capitals still are.
    shouted = "." in token.text or token.text == "US"
    return (
        (word in FUNCTION_WORDS and not shouted)
        or word in MONTHS_AND_DAYS
        or (word.endswith("s") and word[:-1] in MONTHS_AND_DAYS)
        or _CONTRACTION.search(token.text) is not None
        or (
            any(ch.isdigit() for ch in token.text)
            and not _LETTER_NUMBER.fullmatch(token.text)
            and word not in KNOWN_BODIES  # "MI5"
        )
        or _FISCAL_PERIOD.fullmatch(token.text) is not None
    )


def _surname_like_month(doc: _Document, k: int) -> bool:
    """'Theresa May said': a month after a given name, with no number near, is a surname."""
    tokens = doc.tokens
    if tokens[k].folded not in MONTHS_AND_DAYS or not is_given_name(tokens[k - 1].folded):
        return False
    after = tokens[k + 1].text if k + 1 < len(tokens) and tokens[k].joined else ""
    return not after[:1].isdigit()


def _verb_form(word: str) -> bool:
    """A gerund or an adverb of a common English word: "defeating", "helpfully"; not "Kelly", "Sterling"."""
    for suffix in _VERB_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
            return any(zipf(form) >= 3.5 for form in forms)
    return False


def _ends_name(token: Token) -> bool:
    """A word no name goes on through: a code, a number, a month or day."""
    return _is_junk_word(token) and token.folded not in FUNCTION_WORDS


def _has_cue(words: tuple[str, ...]) -> bool:
    return _head_at(words) is not None or any(w in NAME_WORD for w in words)


def _head_at(words: tuple[str, ...]) -> int | None:
    """Where the head noun of a name is: its last word ("Revolutionary Guard Corps"), or the word
    before its first "of" ("Great Mosque of al-Nuri", "House of Commons"), if a head word."""
    if words[-1] in HEAD_WORD:
        return len(words) - 1
    if "of" in words[1:-1]:
        before = words.index("of", 1) - 1
        if words[before] in HEAD_WORD and words[before] not in _COMPASS_HEADS:
            return before
    return None


def _person_after_body(doc: _Document, first: int, last: int) -> bool:
    """The last two words of a run are a given name and a surname, after a body's name that is whole
    without them ("Office of Foreign Affairs Ilse Tremmin")."""
    tokens = doc.tokens
    given, surname, before = tokens[last - 1], tokens[last], tokens[last - 2]
    if not is_given_name(given.folded) or given.folded in _ARABIC_ARTICLES:
        return False
    words = (given.folded, surname.folded, before.folded)
    if any(w in NAME_WORD or w in HEAD_WORD or w in NAME_GLUE or w in TITLE_PARTS for w in words):
        return False
    if len(surname.text) < 2 or surname.text.isupper() or given.text.isupper():
        return False
    body = tuple(tokens[k].folded for k in range(first, last - 1))
    return _has_cue(body) and not any(_is_title(word) for word in body)


def _read_run(doc: _Document, first: int, last: int) -> list[Candidate]:
    """The candidates in one run of capitalised words (demonyms, a title, then a name)."""
    tokens, gazetteer = doc.tokens, doc.gazetteer
    found: list[Candidate] = []
    if _after_brand(doc, first):
        return found  # "the iPhone XS Max", "an eReader Pro": a product's model, not an actor
    # Codes, units, dates and months ("F-16", "COVID-19", "2016", "Update July") end a name.
    for k in range(first, last + 1):
        if (
            (k > first and _ends_name(tokens[k]) and not _surname_like_month(doc, k))
            or _CODE_AROUND.match(doc.text, tokens[k].end)
            or (k > first and _breaks_name(doc, k))
        ):
            if k > first:
                found += _read_run(doc, first, k - 1)
            # "Sarah The Implausible": one word after a capitalised "The" is a piece of a title.
            if k < last and not (tokens[k].text == "The" and k + 1 == last):
                found += _read_run(doc, k + 1, last)
            return found
    for k in range(first + 1, last):
        if _is_initial(doc, k) and not _middle_initial_of_person(doc, first, k, last):
            # "Plan B. Officials said": a letter and a full stop end what came before.
            return _read_run(doc, first, k) + _read_run(doc, k + 1, last)
    if last == first + 1 and _adjective_before_acronym(doc, first):
        # "the Kurdish YPG militia", "Syrian SDF fighters": a people's adjective, then the group.
        return _read_run(doc, first, first) + _read_run(doc, last, last)
    if first < last and _LETTER_NUMBER.fullmatch(tokens[first].text):
        # "the G7 Tremmin Summit", "G20 Leaders": the group is a name of its own.
        return _read_run(doc, first, first) + _read_run(doc, first + 1, last)
    words_all = tuple(tokens[k].folded for k in range(first, last + 1))
    if last > first and words_all[-1] in DOCUMENT_HEADS:
        return _named_after(doc, first, last - 1)
    region = _region_of(doc, first, last, words_all) or _formal_state(doc, first, last, words_all)
    if region is not None:
        return [region]
    # A whole run naming an organisation or force keeps its leading demonym ("Iraqi Security Forces").
    whole_org = _has_cue(words_all) and words_all[-1] not in _PLACE_HEADS and words_all[-1] not in TITLES
    # "Syrian Desert", "Iraqi Kurdistan Region", "Russian Far East": a demonym opening a place's name.
    whole_place = words_all[-1] in _PLACE_HEADS and words_all[-1] not in _BUILDING_HEADS
    if whole_org and last - first >= 3 and _person_after_body(doc, first, last):
        # "the Coalition to Counter Varnak Ilse Tremmin": a body's name, then a person's.
        named = Candidate(
            last - 1,
            last,
            doc.text[tokens[last - 1].start : tokens[last].end],
            ActorKind.person,
            "a given name after a body's name",
            0.6,
        )
        return [*_read_run(doc, first, last - 2), named]
    position = first
    while position <= last:
        token = tokens[position]
        word = token.folded
        if whole_org and word in _COMPASS and position < last:
            break  # "Northern Alliance", "Southern Transitional Council": the compass word is the name's
        if (
            _is_junk_word(token)
            or word in NAME_GLUE
            or (
                word in NAME_PARTICLES
                and not _opens_arabic_name(doc, position, last)
                and not _hyphened_prefix(doc, position, last)
            )
        ):
            position += 1
            continue
        if (
            word in PLACE_PREPOSITIONS
            and position < last
            and gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1))) is None
            and not (last == position + 1 and tokens[last].folded in _COMPASS_HEADS)
        ):
            position += 1  # "Near Raqqah, two strikes...": a preposition of place opens the sentence
            continue
        if _verb_form(word) and gazetteer.lookup((word,)) is None:
            position += 1  # "Defeating ISIL", "Helpfully": a verb or an adverb opens the run
            continue
        if position < last and word not in TITLES and _is_title(word) and not _has_cue(words_all):
            position += 1  # "Actors Joaquin Phoenix and...", "Senators Ilse Tremmin": a plural title opens the run
            continue
        if position < last and _city_demonym(doc, word):
            position += 1  # "Nashvillian Lori Kelly": where she is from, then her name
            continue
        if (
            position < last
            and position in doc.sentence_first
            and word not in doc.confirmed
            and zipf(word) >= _OPENER_WORD
            and _city_demonym(doc, tokens[position + 1].folded)
        ):
            position += 1  # "Fellow Nashvillian Lori Kelly"
            continue
        if position == first and last == first + 1 and _common_opener_phrase(doc, position, words_all):
            return found  # "Fellow Quellmoorians", "Local Heroes": a common word opens the sentence
        if position < last and _past_tense_opener(doc, position, words_all):
            position += 1  # "Added ARKit support": a verb in the past tense opens the sentence
            continue
        if position < last and _given_name_of_state(doc, position):
            break  # "Jordan Hayes", "Chad Smith": a given name, not the state
        state_end = next(
            (
                end
                for end in range(min(last, position + 3), position, -1)
                if (place := gazetteer.lookup(tuple(tokens[k].folded for k in range(position, end + 1)))) is not None
                and place.kind == "state"
            ),
            None,
        )
        if state_end is not None:
            # "Saudi Arabia", "United States Secretary of State ...": a state's name of several words.
            if whole_org and state_end < last:
                break
            place = gazetteer.lookup(tuple(tokens[k].folded for k in range(position, state_end + 1)))
            assert place is not None
            name = doc.text[token.start : tokens[state_end].end]
            found.append(
                Candidate(
                    position, state_end, name, ActorKind.state, f"gazetteer: {place.name}", 0.9, canonical=place.name
                )
            )
            position = state_end + 1
            continue
        if position < last and tokens[position].joined:
            # "South Korean": a demonym of two words.
            country = gazetteer.country_of_demonym(f"{word} {tokens[position + 1].folded}")
            if country is not None and not ((whole_org or whole_place) and position + 1 < last):
                name = doc.text[token.start : tokens[position + 1].end]
                found.append(
                    Candidate(
                        position,
                        position + 1,
                        country,
                        ActorKind.state,
                        f"demonym '{name}'",
                        0.8,
                        canonical=country,
                        alias=name,
                    )
                )
                position += 2
                continue
        country = gazetteer.country_of_demonym(word)
        if country is None and word.endswith("s"):
            country = gazetteer.country_of_demonym(word[:-1])  # "Russians"
        if country is not None and not ((whole_org or whole_place) and position < last):
            found.append(
                Candidate(
                    position,
                    position,
                    country,
                    ActorKind.state,
                    f"demonym '{token.text}'",
                    0.8,
                    canonical=country,
                    alias=token.text,
                )
            )
            position += 1
            continue
        break
    if position > last:
        return found
    while last > position and _trails_name(doc, last):
        last -= 1  # "P.S. As", "SNE Effectively": a function word or an adverb after a name
    postnominal = last > position + 1 and _is_postnominal(tokens[last])
    if postnominal:
        last -= 1  # "Julie Bishop MP", "Ilse Tremmin QC": letters after a person's name
    if _named_after_titled(doc, position, last):
        # "Imam Ali Mosque", "King Fahd University": a building or body named after a titled person.
        building = _name_candidate(doc, position, last, tuple(t.folded for t in tokens[position : last + 1]))
        return found + ([building] if building is not None else [])
    if _titled_body(doc, position, last):
        # "Diverse Speaker Training Working Group": a title word inside a body's name, not before a person.
        body = _name_candidate(doc, position, last, tuple(tokens[k].folded for k in range(position, last + 1)))
        return found + ([body] if body is not None else [])
    if _quoted_title(doc, position, last, tuple(tokens[k].folded for k in range(position, last + 1))):
        return found  # “The Marvelous Mrs Maisel”, “Mrs Maisel” actress: a work's title, not a person
    person = _titled_person(doc, position, last)
    if person is None and postnominal and not _has_cue(tuple(t.folded for t in tokens[position : last + 1])):
        name = doc.text[tokens[position].start : tokens[last].end]
        person = Candidate(position, last, name, ActorKind.person, "letters after the name", 0.75)
    if person is not None:
        # "Minister for the Middle East Tobias Ellwood": what the title is for may be an actor too.
        inside = [k for k in range(position, person.first) if tokens[k].folded not in _TITLE_WORDS]
        if inside:
            found += _read_run(doc, inside[0], _body_before_title_end(doc, inside, person.first - 1))
        found.append(person)
        return found
    titles = [k for k in range(position, last + 1) if tokens[k].folded in TITLES]
    if titles and not _has_cue(tuple(tokens[k].folded for k in range(position, titles[-1] + 1))):
        # "Minister for the Middle East": the title is no actor, what it is for may be one.
        if tokens[position].folded not in _TITLE_WORDS and all(
            tokens[k].folded in TITLE_PARTS and tokens[k].folded not in NAME_GLUE
            for k in range(position + 1, titles[0])
        ):
            # "FCO Minister", "UN Special Envoy": the organisation whose title it is. ("US Secretary" is
            # left as before: the state there reads as a demonym of the title, and the title is no actor.)
            found += [c for c in _read_run(doc, position, position) if c.kind is ActorKind.organization]
        rest = titles[-1] + 1
        while rest <= last and (tokens[rest].folded in NAME_GLUE or tokens[rest].folded in TITLE_PARTS):
            if tokens[rest].folded in _INSTITUTION_WORDS and tokens[rest - 1].folded in NAME_GLUE:
                break  # "Director of the Office of Museums": the office is an organisation
            rest += 1
        return found + (_read_run(doc, rest, last) if rest <= last else [])
    span_words = [tokens[k].folded for k in range(position, last + 1)]
    if any(_is_title(w) for w in span_words) and all(_is_title(w) or w in TITLE_PARTS for w in span_words):
        return found  # a title or rank alone is never an actor
    words = tuple(tokens[k].folded for k in range(position, last + 1))
    if not _has_cue(words):
        # A state inside a run is a name of its own: "Russia-Ukraine talks", "Belarus Support Russia".
        for inner in range(position, last + 1):
            place = gazetteer.lookup((tokens[inner].folded,))
            if inner < last and _given_name_of_state(doc, inner):
                continue  # "Jordan Hayes": a person's given name
            if place is not None and place.kind == "state" and position < last:
                if inner > position:
                    found += _read_run(doc, position, inner - 1)
                found.append(
                    Candidate(
                        inner, inner, place.name, ActorKind.state, f"gazetteer: {place.name}", 0.9, canonical=place.name
                    )
                )
                if inner < last:
                    found += _read_run(doc, inner + 1, last)
                return found
    if _quoted_title(doc, position, last, words) or _line_label(doc, position, last, words):
        return found
    candidate = _name_candidate(doc, position, last, words)
    if candidate is not None:
        if candidate.kind is ActorKind.place and candidate.alias is None:
            candidate.alias = _qualified_place(doc, candidate.first, candidate.last)
        found.append(candidate)
        if candidate.leader is not None:
            found.append(candidate.leader)
        found += _acronyms_inside(doc, candidate)
    return found


# Acronyms for a kind of body or group of people, not for one: "NGO", "CSO", "IDP".
_GENERIC_BODY_ACRONYMS = word_set("ngo ngos ingo cso csos idp idps pmc sme")


def _acronyms_inside(doc: _Document, candidate: Candidate) -> list[Candidate]:
    """'the Counter ISIL Coalition', 'the Coalition to Counter ISIL': an acronym inside a body's
    name (not opening it: "UN Security Council" is the council) names a body of its own."""
    if candidate.kind not in (ActorKind.organization, ActorKind.armed_force) or candidate.last == candidate.first:
        return []
    found: list[Candidate] = []
    for k in range(candidate.first + 1, candidate.last + 1):
        token = doc.tokens[k]
        if not (2 <= len(token.text) <= 6 and token.text.isalpha() and token.text.isupper()):
            continue
        if token.folded in _GENERIC_BODY_ACRONYMS or token.folded in NAME_WORD or token.folded in HEAD_WORD:
            continue  # "the Tremmin NGO Forum", "Xing AG": a kind of body or its legal form, not one
        inner = [c for c in _read_run(doc, k, k) if c.kind in (ActorKind.organization, ActorKind.armed_force)]
        found += inner
    return found


_OPENING_QUOTES = ('"', "“", "‘", "„")
_CLOSING_QUOTES = ('"', "”", "’", "“")


def _quoted_title(doc: _Document, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'“The Irishman”', '“War Stories”': a title of a work in quotation marks, not an actor.

    Only words standing wholly inside the quotes, with no cue of an organisation or place, and
    opening with "The" or of more than one word (a one-word name in quotes, “Daesh”, stays).
    """
    tokens, text = doc.tokens, doc.text
    first = position
    while (
        first > 0
        and tokens[first - 1].joined
        and (tokens[first - 1].folded == "the" or _is_title(tokens[first - 1].folded))
    ):
        first -= 1  # “The Marvelous Mrs Maisel”: the article and the title are inside the quotes too
    before = text[tokens[first].start - 1 : tokens[first].start] if tokens[first].start > 0 else ""
    after = text[tokens[last].end : tokens[last].end + 1]
    if before not in _OPENING_QUOTES or _has_cue(words):
        return False
    if after not in _CLOSING_QUOTES:
        return _title_case_quote(doc, last)  # “Postcolonial Remembrance in the City”
    return first < position or len(words) > 1


def _line_label(doc: _Document, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Header Image: ...', 'Photo Credit: ...': ordinary words opening a line as its label.

    A speaker's name before a colon ("Ilse Varnholt: We will...") has a given name or a rare
    word in it, so it stays.
    """
    tokens, text = doc.tokens, doc.text
    if len(words) < 2 or text[tokens[last].end : tokens[last].end + 1] != ":" or _has_cue(words):
        return False
    if text[: tokens[position].start].rstrip(" \t")[-1:] not in ("", "\n"):
        return False
    return all(zipf(word) >= 3.5 and not is_given_name(word) for word in words)


def _named_after(doc: _Document, first: int, last: int) -> list[Candidate]:
    """What a document is named after: 'UN Security Council' in 'UN Security Council Resolution',
    the city in 'Geneva Communique'. The document itself is no actor."""
    found = _read_run(doc, first, last)
    if found or first != last:
        return found
    token = doc.tokens[first]
    place = doc.gazetteer.lookup((token.folded,))
    if place is None or place.kind != "place" or len(token.text) <= 3:
        return found
    if zipf(token.folded) >= _WORD_ALONE and place.population < _NAMED_AFTER_CITY:
        return found  # "Joker Accords": a common word, unless a known city ("Geneva Communique", "Paris Agreement")
    document = doc.text[token.start : doc.tokens[last + 1].end]
    found_by = f"gazetteer: {place.name}, {place.country} ('{document}' is named after it)"
    return [Candidate(first, last, token.text, ActorKind.place, found_by, 0.6, gazetteer_name=place.name)]


def _formal_state(doc: _Document, first: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'Syrian Arab Republic', 'Islamic Republic of Iran': a state under its formal name."""
    while first < last and doc.tokens[first].folded == "the":
        first, words = first + 1, words[1:]
    if len(words) < 2 or len(words) > 7 or not any(w in STATE_FORMS for w in words):
        return None
    core = [k for k, w in enumerate(words) if w not in STATE_FORMS and w not in STATE_FORM_QUALIFIERS]
    if not core or core[-1] - core[0] + 1 != len(core):
        return None
    named = words[core[0] : core[-1] + 1]
    country = doc.gazetteer.country_of_demonym(named[0]) if len(named) == 1 else None
    if country is None:
        place = doc.gazetteer.lookup(named)
        country = place.name if place is not None and place.kind == "state" else None
    if country is None:
        return None
    name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
    return Candidate(first, last, name, ActorKind.state, "a state's formal name", 0.85, canonical=country, alias=name)


def _region_of(doc: _Document, first: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'Northern Iraq', 'Eastern Ukraine': a part of a known state or place, named as the text names it."""
    if len(words) < 2 or words[0] not in _COMPASS:
        return None
    if doc.gazetteer.lookup(words) is not None:
        # "Northern Ireland" is a name whole: the compass word is no opener to skip.
        return _name_candidate(doc, first, last, words)
    whole = doc.gazetteer.lookup(words[1:])
    if whole is None or not (whole.kind == "state" or len(words) > 2 or whole.population >= _LARGE_CITY):
        return None
    name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
    return Candidate(first, last, name, ActorKind.place, f"a part of {whole.name}", 0.75)


def _titled_person(doc: _Document, position: int, last: int) -> Candidate | None:
    """'Maj. Gen. Ivan Petrenko', 'Secretary of State John Kerry': the name after the last title word."""
    tokens = doc.tokens
    previous = tokens[position - 1].folded if position > 0 and tokens[position - 1].joined else ""
    titles = [k for k in range(position, last + 1) if tokens[k].folded in TITLES]
    if titles and titles[-1] == last and len(titles) > 1 and _surname_like_title(doc, last):
        titles.pop()  # "the Hon Julie Bishop", "Sir John Major": a title word as a surname
    if not titles and previous not in TITLES:
        return None
    if not titles and previous in ADJECTIVE_TITLES and tokens[position - 1].text[:1].islower():
        return None  # "a major Meta outage", "the private Hong Bang beach"
    start = (titles[-1] + 1) if titles else position
    glued = False
    while start <= last and (
        tokens[start].folded in TITLE_PARTS or tokens[start].folded in NAME_GLUE or tokens[start].folded in TITLES
    ):
        if tokens[start].folded in _INSTITUTION_WORDS and tokens[start - 1].folded in NAME_GLUE:
            break  # "Director of the Office of Museums" names an office, not a person
        glued = glued or tokens[start].folded in NAME_GLUE
        start += 1
    if start > last:
        return None
    if start == last and _post_word(doc, tokens[start].folded):
        return None  # "General Manager": a title, then a word for a post
    if start == last and tokens[start - 1].folded in _BRAND_TITLES and _common_word_not_name(tokens[start].folded):
        if titles and titles[-1] == start - 1 and start - 1 == position and tokens[position].folded in _BRAND_TITLES:
            # "General Motors", "Premier Inn": a title word in a brand's name, not a person's
            name = doc.text[tokens[position].start : tokens[last].end]
            return Candidate(position, last, name, ActorKind.organization, "a title word before a common word", 0.5)
        return None
    tail = tuple(tokens[k].folded for k in range(start, last + 1))
    place = doc.gazetteer.lookup(tail)
    if _has_cue(tail) or (place is not None and (place.kind == "state" or glued)):
        # "General Assembly", "Prime Minister of Iraq", "Minister for Central Asia": not a person's name
        return None
    if glued and len(tail) <= 2 and tokens[start - 1].folded in NAME_GLUE:
        # "Secretary-General of Hezbollah", "Commissioner for Human Rights": what follows the
        # title's "of" or "for" is what the title is of, not the person who holds it.
        return None
    if glued and len(tail) > 2:
        # "Minister for the Middle East Tobias Ellwood": the name is the last words.
        start = last - 2 if tokens[last - 1].folded in NAME_PARTICLES else last - 1
    elif len(tail) > 4:
        return None
    if any(_is_junk_word(tokens[k]) and not _hyphened_syllable(doc, k) for k in range(start, last + 1)):
        return None
    if start == last and len(tokens[start].text) < 2:
        return None  # "Mr. X": an initial standing in for a name
    if glued and all(_ACRONYM.fullmatch(tokens[k].text) for k in range(start, last + 1)):
        return None  # "Commander of CJTF-OIR": what the title is of, not a person
    first_title = position if titles else position - 1
    title_text = doc.text[tokens[first_title].start : tokens[start].start].strip(" ,")
    name = doc.text[tokens[start].start : tokens[last].end]
    person = Candidate(start, last, name, ActorKind.person, f"title '{title_text}'", PERSON_CONFIDENCE_WITH_TITLE)
    person.alias = _titled_short_form(doc, first_title, start, last) or _titled_full_form(doc, first_title, start, last)
    return person


def _following_word(doc: _Document, k: int) -> str:
    return doc.tokens[k + 1].folded if k + 1 < len(doc.tokens) else ""


def _surname_like_title(doc: _Document, k: int) -> bool:
    """'Bishop' in 'Julie Bishop', 'Major' in 'John Major': a title word right after a given name."""
    before = doc.tokens[k - 1]
    return before.joined and is_given_name(before.folded) and before.folded not in TITLES


def _titled_full_form(doc: _Document, first_title: int, start: int, last: int) -> str | None:
    """'Foreign Secretary Philip Hammond', 'Maj. Gen. Ivan Petrenko': the name with its title, as written.

    The person is named by the name alone; the titled form is how the source wrote it, kept as
    an alias so the source's own words find the person. Only a title in capitals right before
    the name, and no longer than a name can be.
    """
    tokens = doc.tokens
    if last - first_title + 1 > _MAX_NAME_TOKENS or first_title >= start:
        return None
    if not all(tokens[k].joined for k in range(first_title, start)):
        return None
    if not all(_cased(tokens[k]) or tokens[k].folded in NAME_GLUE for k in range(first_title, start)):
        return None
    if not _cased(tokens[first_title]):
        return None
    text = doc.text[tokens[_demonym_before(doc, first_title)].start : tokens[last].end]
    return text if "\n" not in text else None


def _demonym_before(doc: _Document, first_title: int) -> int:
    """'Russian Foreign Minister Lavrov': the demonym of the title's state opens the title as written
    (a state's name does not: "In Turkey Minister Ellwood met...")."""
    before = first_title - 1
    if before < 0 or not doc.tokens[before].joined or not _cased(doc.tokens[before]):
        return first_title
    return before if doc.gazetteer.country_of_demonym(doc.tokens[before].folded) else first_title


def _titled_short_form(doc: _Document, first_title: int, start: int, last: int) -> str | None:
    """'Minister Ellwood', 'Mr Hammond', 'Prime Minister Abadi': a title and a surname, as written.

    Only a plain title (no "for the Middle East") before one word of name: the document's way
    of naming the person once the full name is known, so a search for it finds them.
    """
    tokens = doc.tokens
    name_words = [k for k in range(start, last + 1) if tokens[k].folded not in NAME_PARTICLES]
    if len(name_words) != 1:
        return None
    # The title words right before the name ("Turkey Minister Ellwood" is "Minister Ellwood").
    begin = start
    while (
        begin > first_title
        and tokens[begin - 1].joined
        and tokens[begin - 1].folded not in NAME_GLUE
        and (tokens[begin - 1].folded in TITLES or tokens[begin - 1].folded in TITLE_PARTS)
    ):
        begin -= 1
    if not any(tokens[k].folded in TITLES for k in range(begin, start)):
        return None
    if not all(_cased(tokens[k]) for k in range(begin, start)):
        return None  # "father Gerhard", "major Meta": a word in lower case is no title of a name
    if begin == first_title:
        begin = _demonym_before(doc, begin)
    return doc.text[tokens[begin].start : tokens[last].end]


def _name_candidate(doc: _Document, position: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """The kind of a name, from the gazetteer or the first cue table that has a row for it."""
    tokens, text = doc.tokens, doc.text
    name = text[tokens[position].start : tokens[last].end]
    if "." in tokens[last].text and text[tokens[last].end : tokens[last].end + 1] == ".":
        name += "."  # U.S., A.P.
    size = last - position + 1
    if size > _MAX_NAME_TOKENS:
        return None  # longer than a name can be: a heading or a title-case line
    if size == 1 and (len(tokens[position].text) < 2 or words[0] in HOLIDAYS):
        return None  # a single letter; a feast or holy month ("during Ramadan")
    if size >= 2 and any(tokens[k].text in _VERBS_IN_TITLES for k in range(position + 1, last + 1)):
        return None  # "Zorvak Be Good", "Love Is Blind": a verb inside names a work, not an actor
    if size == 1 and _state_abbreviation_after_place(doc, position):
        return None  # "Nashville, Tenn.", "Tampa, Fla.": the state of the place before, abbreviated
    previous = tokens[position - 1].folded if position > 0 else ""
    following = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    after = following.folded if following is not None and not following.capitalised else ""
    at_start = position in doc.sentence_first

    if size > 1 and "".join(words) in KNOWN_MEDIA:
        # "Al Jazeera" for "Aljazeera": an outlet written in two words (and no peninsula here).
        return Candidate(position, last, name, ActorKind.media, "a news outlet's name", 0.8)
    group = KNOWN_GROUPS.get("".join(words)) if size <= 3 else None
    if group is not None:
        # "Hamas", "Al-Shabaab": a group known by its name alone, before any town of that name.
        return Candidate(position, last, name, group.kind, "a group known by name", group.confidence)
    branch = words.index("in", 1) if "in" in words[1:-1] else 0
    group = KNOWN_GROUPS.get("".join(words[:branch])) if 0 < branch <= 3 else None
    if group is not None:
        # "Al-Qaeda in the Islamic Maghreb": a known group's branch in a region is a group, not the region.
        return Candidate(position, last, name, group.kind, "a branch of a group known by name", group.confidence)
    place = _hyphened_place(doc, position, words) or doc.gazetteer.lookup(words)
    if place is None and size >= 2 and _STATE_ABBREVIATION.fullmatch(tokens[last].text):
        # "Washington D.C.", "Springfield Ill.": a place and its state's abbreviation.
        inner = doc.gazetteer.lookup(words[:-1])
        if inner is not None and inner.kind == "place":
            if text[tokens[last].end : tokens[last].end + 1] == "." and not name.endswith("."):
                name += "."
            where = f", {inner.country}" if inner.country else ""
            found_by = f"gazetteer: {inner.name}{where} (with a state's abbreviation)"
            return Candidate(position, last, name, ActorKind.place, found_by, 0.75, gazetteer_name=inner.name)
    if place is not None and (place.kind == "state" or not _has_cue(words)):
        support = _place_support(doc, place, position, last, words)
        if support is not None:
            kind = ActorKind.state if place.kind == "state" else ActorKind.place
            where = f", {place.country}" if place.country else ""
            # A state goes by its usual name (U.S. is United States); a place by the source's spelling
            # (Gomel, not GeoNames' Homyel'), with the gazetteer's as an alias.
            return Candidate(
                position,
                last,
                name,
                kind,
                f"gazetteer: {place.name}{where} ({support})",
                0.9 if kind is ActorKind.state else 0.75,
                canonical=place.name if kind is ActorKind.state else None,
                gazetteer_name=place.name,
            )
    acronym = size == 1 and (
        _ACRONYM.fullmatch(tokens[position].text) or _LETTER_NUMBER.fullmatch(tokens[position].text)
    )
    if acronym and len(words[0]) >= 4 and "." not in tokens[position].text and zipf(words[0]) >= _SHOUTED:
        return None  # "ANSWER", "NOTE": a common word in capitals, not an acronym
    if (
        acronym
        and text[tokens[position].end : tokens[position].end + 1] == "/"
        and _is_title(_following_word(doc, last))
    ):
        return None  # "HR/VP Mogherini": one title written as two
    if (acronym or is_camel_case(tokens[position].text)) and doc.technical and words[0] not in doc.defined:
        return None  # "LLVM", "WORKDIR", "PyOxidizer" on a page with code: a tool or a command
    if acronym and (_term_acronym(doc, position) or _initials_after_surname(doc, position)):
        return None  # "APIs", "JSON", "UTC", "OK": a thing or a word; "Hinton, G.E.": initials
    if acronym and len(words[0]) <= 2 and "." in tokens[position].text and _abbreviation_of_place_or_era(doc, position):
        return None  # "Washington, D.C.", "600 B.C."
    apposed = _apposition(doc, last) if not _has_cue(words) and size <= 4 else None
    if apposed is not None:
        # "Varnak, the country's largest bank,": the text says what it is.
        return Candidate(position, last, name, apposed[0].kind, apposed[1], apposed[0].confidence)
    if (
        size == 1
        and at_start
        and words[0] not in doc.confirmed
        and words[0] not in KNOWN_MEDIA
        and words[0] not in KNOWN_BODIES
        and not acronym
        and not _title_case_acronym(doc, position)
        and not _group_opens_sentence(doc, words[0], after)
    ):
        return None  # a capitalised sentence opener seen nowhere else: an ordinary word
    if size == 1 and words[0] in KNOWN_BODIES:
        return Candidate(position, last, name, ActorKind.organization, "a body known by one word", 0.8)
    if size == 1 and _title_case_acronym(doc, position):
        return Candidate(position, last, name, ActorKind.organization, "an acronym written in title case", 0.6)
    if size == 3 and position + 2 == last and _hyphened_given_name(text, tokens, position):
        return Candidate(position, last, name, ActorKind.person, "a given name of two syllables", 0.7)
    if any(_dash_before_operation(text, tokens, k) for k in range(position, last)):
        return Candidate(position, last, name, ActorKind.armed_force, "a force named with its operation", 0.8)
    if _initialled_name(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.person, "a name with a middle initial", 0.75)
    if previous == "of" and position >= 2 and tokens[position - 2].folded in PLACE_NOUNS and not _has_cue(words):
        # "the town of Tel Tamer", "the province of Idlib": a place noun, then "of" and its name.
        return Candidate(position, last, name, ActorKind.place, f"after '{tokens[position - 2].text} of'", 0.7)
    cue = NEXT_WORD.get(after)
    if cue is not None and cue.kind is ActorKind.person and (phrase := _phrase_after(doc, last)) is not None:
        # "Varnak claimed responsibility": not a speaker, a group.
        return Candidate(position, last, name, phrase[0].kind, phrase[1], phrase[0].confidence)
    if (
        cue is not None
        and cue.kind is ActorKind.person
        and previous == "the"
        and not acronym
        and size <= 3
        and not _has_cue(words)
    ):
        # "the Varnak said", "the Varnak Tribe announced": no one writes a person's name after "the".
        return Candidate(position, last, name, ActorKind.organization, f"'the {name} {after}'", 0.5)
    if cue is not None and cue.kind is ActorKind.person and size == 1 and is_camel_case(tokens[position].text):
        # "ZorvHub said": a speaker in a brand's casing is a company, not a person.
        return Candidate(position, last, name, ActorKind.organization, f"'{name} {after}' in a brand's casing", 0.5)
    if cue is not None and cue.kind is ActorKind.person and previous == "of":
        cue = None  # "residents of Varnak told...": the speaker is the word before "of"
    if cue is not None and cue.kind is ActorKind.person and not _speaker(doc, position, last, words):
        cue = None  # "Microsoft said": a speaker, but nothing says a person
    if (
        cue is not None
        and cue.takes_word
        and cue.kind is ActorKind.place
        and (doc.technical or _ordinary_before_facility(doc, words))
    ):
        cue = None  # "the Windows port", "the customer base"; "Docker base images" on a page with code
    if cue is not None and not (cue.kind is ActorKind.person and (size > 3 or _has_cue(words) or acronym)):
        if cue.takes_word and following is not None:
            label = text[tokens[position].start : following.end]
            named = Candidate(position, last + 1, label, cue.kind, f"followed by '{after}'", cue.confidence)
            # "the Assad regime"; not "the Nazi regime" (a word this common is a surname only when
            # the document writes it as one).
            if after in _LED_BY and size <= 3 and (size > 1 or words[0] in doc.surnames or zipf(words[0]) < 4.0):
                named.leader = Candidate(position, last, name, ActorKind.person, f"'{label}' is led by", 0.6)
            return named
        return Candidate(position, last, name, cue.kind, f"followed by '{after}'", cue.confidence)
    if size >= 2 and (words[-1] in MEASURE_HEADS or words[-1] in EVENT_HEADS):
        return None  # "Zorvak Composite", "Quell Peace Index": a measure; "Quell Film Awards": an event
    if size >= 3 and words[:2] in FORCE_OPENINGS and words[2] not in FUNCTION_WORDS:
        # "Task Force Tremmin" is a force; "Task Force on Migration" is a panel.
        return Candidate(position, last, name, ActorKind.armed_force, f"starts with '{words[0]} {words[1]}'", 0.75)
    override = HEAD_AFTER_FIRST.get((words[-2], words[-1])) if size >= 2 else None
    if override is not None:
        return Candidate(
            position,
            last,
            name,
            override.kind,
            f"ends with '{tokens[last - 1].text} {tokens[last].text}'",
            override.confidence,
        )
    head = _head_at(words)
    head_token = tokens[position + head] if head is not None else tokens[last]
    for table, word, how in (
        (HEAD_WORD, words[head] if head is not None else "", f"ends with '{head_token.text}'"),
        (FIRST_WORD, words[0], f"starts with '{tokens[position].text}'"),
    ):
        row = table.get(word)
        # "Waller-Bridge" is a surname: a head word after a hyphen is part of a word, not a head.
        hyphened = table is HEAD_WORD and text[head_token.start - 1 : head_token.start] in "-‐"
        if row is not None and row.kind is ActorKind.media and _starts_with_given_name(doc, position, last, words):
            continue  # "Sally Post": a given name and a surname, not an outlet
        if row is not None and row.kind is ActorKind.media and _family_name_before_outlet_word(doc, position, words):
            # "Heath Ledger": a rare family name (used as a given name too) before a word that is
            # also a surname: a person, not an outlet ("Washington Post", "Bangkok Post" are places).
            return Candidate(position, last, name, ActorKind.person, f"a name '{tokens[position].text}' first", 0.5)
        if row is not None and size > 1 and not hyphened:
            return Candidate(position, last, name, row.kind, how, row.confidence)
    street = tokens[last].text.casefold()
    hyphened = last > position and text[tokens[last].start - 1 : tokens[last].start] in "-‐"
    if street.endswith(STREET_SUFFIXES) and (hyphened or not street.startswith(STREET_SUFFIXES)):
        return Candidate(position, last, name, ActorKind.place, "a street's name", 0.7)
    if (
        size == 1
        and words[0] in _LANDMARK_HEADS
        and previous == "the"
        and position >= 2
        and tokens[position - 2].folded in PLACE_PREPOSITIONS
        and not at_start
    ):
        # "return to the Gulf", "across the Channel": a sea or a region known by its head word.
        return Candidate(position, last, name, ActorKind.place, f"'{tokens[position - 2].text} the {name}'", 0.5)
    if size == 1 and words[0] in BODIES_BY_HEAD and not at_start and not tokens[position].text.isupper():
        # "Coalition forces", "members of the Alliance": the body itself, or a longer name's short form.
        return Candidate(position, last, name, ActorKind.organization, "a body named by its head word", 0.5)
    if size == 1 and words[0] in KNOWN_MEDIA:
        return Candidate(position, last, name, ActorKind.media, "a news outlet's name", 0.8)
    org_word = next((w for w in words if w in NAME_WORD), None)
    if org_word is not None and size == 1 and is_common_word(org_word, True):
        # "the Coalition", "the Department": a short form of a longer name in the text, or nothing.
        short = Candidate(position, last, name, ActorKind.organization, "a short form", 0.4)
        short.short_form_only = True
        return short
    if org_word is not None and size == 2 and words[-1] in TITLES and words[0] == org_word:
        return None  # "Group President", "Bank Director": a post in a body the text names elsewhere
    if org_word is not None:
        return Candidate(
            position,
            last,
            name,
            ActorKind.organization,
            "an organisation's word in its name",
            NAME_WORD[org_word].confidence,
        )
    if acronym and len(words[0]) >= 2:
        return Candidate(position, last, name, ActorKind.organization, "an acronym", 0.6)
    if size >= 3:
        particle = next((k for k in range(position + 1, last) if words[k - position] in PERSON_PARTICLES), None)
        if particle is not None:
            row = PERSON_PARTICLES[tokens[particle].folded]
            how = f"'{tokens[particle].text}' inside the name"
            return Candidate(position, last, name, row.kind, how, row.confidence)
        if words[0] in PERSON_OPENERS:
            row = PERSON_OPENERS[words[0]]
            return Candidate(position, last, name, row.kind, f"starts with '{tokens[position].text}'", row.confidence)
    content = [w for w in words if w not in NAME_GLUE]
    if all(is_common_word(w, w in doc.lower_case) for w in content):
        return None  # capitalised ordinary words ("Thanks", "Blue") with no cue
    if all(zipf(w) >= 3.0 for w in content) and any(w.endswith(_TERM_SUFFIXES) for w in content):
        return None  # a capitalised term ("Cessation of Hostilities", "Executive Order"), not a name
    if 2 <= size <= 4 and _beside_title(doc, position, last) and _weak_person(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.person, "a name beside a title", 0.8)
    if size <= 4 and last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start] == ", ":
        comma_cue = AFTER_COMMA.get(tokens[last + 1].folded)
        # "MP for Newcastle Central, who": what a preposition governs is no person named.
        if (
            comma_cue is not None
            and comma_cue.kind is ActorKind.person
            and (previous in ("for", "in", "at", "near") or not _speaker(doc, position, last, words))
        ):
            comma_cue = None
        if comma_cue is not None:
            how = f"followed by ', {tokens[last + 1].text}'"
            return Candidate(position, last, name, comma_cue.kind, how, comma_cue.confidence)
    if any(len(tokens[k].text) == 1 for k in range(position, last + 1)):
        return None  # "Boudewijn P", "B Goldkapsel": an initial cut from a name (a list of authors, a label)
    weak_person = _weak_person(doc, position, last, words)
    if 2 <= size <= 3 and words[-1] in doc.alone and weak_person:
        return Candidate(position, last, name, ActorKind.person, "a name whose last word is used alone", 0.6)
    if 2 <= size <= 3 and weak_person and _starts_with_given_name(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.person, f"a given name '{tokens[position].text}'", 0.6)
    if 2 <= size <= 3 and weak_person and _ends_with_surname(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.person, f"a family name '{tokens[last].text}'", 0.55)
    if size == 1 or (size == 2 and words[0] in _ARABIC_ARTICLES):  # "near Al Hawl" as "near Hawl"
        previous_cue = PREVIOUS_WORD.get(previous)
        inner_capital = any(ch.isupper() for ch in tokens[position].text[1:]) and not acronym
        # "in PyOxidizer" is software, "in Rust" a language: a cue of place is weak for them.
        # "from Varnak's cruelty": the preposition governs what is Varnak's, not Varnak.
        possessive = text[tokens[last].end : tokens[last].end + 2] in ("'s", "’s")
        if (
            previous_cue is not None
            and not doc.technical  # "in Django", "from Clippy": on a page with code, tools
            and not _plural_of_word(words[-1])  # "in Frontiers in Ecology": a title's word
            and not _longer_phrase_before(doc, position)  # "analysts at Varnak": the phrase says more
            and not inner_capital
            and not possessive
            and zipf(words[-1]) < _WORD_ALONE
            and _cased_as_place(doc, words[-1])
            and words[-1] not in doc.lower_case  # "in Django" beside "pip install django": a tool
        ):
            return Candidate(position, last, name, previous_cue.kind, f"after '{previous}'", previous_cue.confidence)
        if _after_place_noun(tokens, position) and not doc.technical:
            return Candidate(position, last, name, ActorKind.place, "in a list after a place noun", 0.6)
    context = _context_cue(doc, position, last)
    if (
        context is not None
        and size == 1
        and len(words[0]) > 3
        and not _is_title(words[0])
        and zipf(words[0]) < _WORD_ALONE
        and words[0] not in doc.lower_case
    ):
        # "the fight against Varnak", "Varnak-held": the words around it say what it is.
        return Candidate(position, last, name, context[0].kind, context[1], context[0].confidence)
    if size == 1 and (len(words[0]) <= 3 or _is_title(words[0]) or zipf(words[0]) >= _WORD_ALONE):
        return None  # "Com", "Ministers", "Ecology": a short word, a title or a word that nothing explains
    place = doc.gazetteer.lookup(words)
    if (
        place is not None
        and place.kind == "place"
        and not doc.technical  # "Perl" is no Pearl, Mississippi, on a page about languages
        and not _possessive_before_name(doc, last)  # "Anda's Game": a work's title
        and zipf(words[0]) < _WORD_ALONE
        and (not _alternate_spelling(place, words) or _near_spelling(place, words[-1]))
        and not _before_given_name(doc, last)
    ):
        # Nothing says what else it could be, and the gazetteer knows a place of that name.
        where = f", {place.country}" if place.country else ""
        found_by = f"gazetteer: {place.name}{where} (no other cue)"
        return Candidate(position, last, name, ActorKind.place, found_by, 0.5, gazetteer_name=place.name)
    if context is not None:
        return Candidate(position, last, name, context[0].kind, context[1], context[0].confidence)
    # "in Tal Quistar", "near Hammam al-Varn": a name of rare words after a preposition of place
    # ("in Google Play", "at Stack Overflow" have common words).
    if doc.technical:
        return None  # on a page with code, a name nothing explains is a tool's or a product's
    if (
        size >= 2
        and previous in PLACE_PREPOSITIONS
        and position not in doc.sentence_first
        and all(zipf(w) < _WORD_ALONE for w in words if w not in NAME_GLUE and w not in NAME_PARTICLES)
    ):
        return Candidate(position, last, name, ActorKind.place, f"after '{previous}'", 0.45)
    if size == 1 and _given_name_alone(doc, position, words[0]):
        return Candidate(position, last, name, ActorKind.person, f"a given name '{name}' alone", 0.45)
    if size == 1 and _city_demonym(doc, words[0]):
        return None  # "Nashvillian", "Londoner": someone from a city, not an actor
    if size == 1 and (_plural_of_word(words[0]) or _adjective_before_noun(doc, position)):
        return None  # "Presentations", "Millionaires"; "the Gaussian kernel", "Euclidean distance"
    if size == 1 and _name_before_noun(doc, position):
        return None  # "the Cauchy distribution", "Zorvak hitbox": a name used as a word for a thing
    if size >= 2 and is_camel_case(tokens[position].text):
        return None  # "FaceTime Attention Correction": a product's feature, by its casing and no cue
    if size == 1 and (is_camel_case(tokens[position].text) or previous in _UNIT_NOUNS):
        return None  # "ARKit", "WordCamps": a product's casing, with nothing that says more; "degrees Celsius"
    if (
        size >= 2
        and all(zipf(w) >= _PHRASE_WORD for w in content)
        and not any(len(tokens[k].text) > 1 and tokens[k].text.isupper() for k in range(position, last + 1))
    ):
        return None  # "Death Row", "Solar System", "Winter Outlook": common words in capitals, no cue
    return Candidate(position, last, name, ActorKind.other, "a capitalised name", 0.35)


# After a person's name: "John F. Kennedy Jr.", "George H. W. Bush III".
_NAME_SUFFIXES = word_set("jr sr ii iii iv")


# Letters written after a person's name: a seat, a rank at the bar, an honour.
# Letters after a person's name that are no part of it ("Jr" and "Sr" are).
_POSTNOMINALS = (POSTNOMINALS | word_set("mla mpp")) - word_set("jr sr")


def _is_postnominal(token: Token) -> bool:
    return token.folded in _POSTNOMINALS and (token.text.isupper() or token.text in ("PhD", "Esq"))


def _is_initial(doc: _Document, k: int) -> bool:
    """'W.' in 'George W. Bush': one capital letter and a full stop."""
    token = doc.tokens[k]
    return len(token.text) == 1 and token.text.isupper() and doc.text[token.end : token.end + 1] == "."


def _middle_initial_of_person(doc: _Document, first: int, k: int, last: int) -> bool:
    """Whether the initial at `k` stands between a person's given name (or another initial, or a
    title) and more of the name: 'Stephen J. Townsend', 'Gen. Joseph F. Dunford Jr.'."""
    tokens = doc.tokens
    before = k - 1
    while before > first and _is_initial(doc, before):
        before -= 1
    word = tokens[before].folded
    titled = any(tokens[t].folded in TITLES for t in range(first, before))  # "Envoy Geir O. Pedersen"
    if _is_initial(doc, before) or not (
        is_given_name(word) or word in TITLES or word in _ARABIC_ARTICLES or (titled and _cased(tokens[before]))
    ):
        return False
    after = k + 1
    while after < last and _is_initial(doc, after):
        after += 1
    rest = tokens[after]
    return len(rest.text) > 1 and rest.folded not in FUNCTION_WORDS and not rest.text.isupper()


def _initialled_name(doc: _Document, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'George W. Bush', 'John F. Kennedy Jr.': a given name, middle initials, a surname (and a
    suffix). Middle initials are how people are named, not places or bodies."""
    tokens = doc.tokens
    initials = [k for k in range(position + 1, last) if _is_initial(doc, k)]
    if not initials or not is_given_name(words[0]) or _has_cue(words):
        return False
    rest = [k for k in range(position, last + 1) if k not in initials and tokens[k].folded not in _NAME_SUFFIXES]
    return 2 <= len(rest) <= 3 and all(
        k == position
        or (len(tokens[k].text) > 1 and not tokens[k].text.isupper() and tokens[k].folded not in FUNCTION_WORDS)
        for k in rest
    )


def _group_opens_sentence(doc: _Document, word: str, after: str) -> bool:
    """'Hezbollah fighters crossed...', 'Tremmin province was...': a rare word opening a sentence
    before a noun that says what it names is that name, not an ordinary word."""
    cue = NEXT_WORD.get(after)
    if cue is None or cue.kind is ActorKind.person or word in doc.lower_case:
        return False
    return zipf(word) < _WORD_ALONE and not _verb_form(word) and not word.endswith(_TERM_SUFFIXES)


def _title_case_acronym(doc: _Document, position: int) -> bool:
    """'Nato' beside 'NATO', or 'Quellmoor Treaty Organisation (Qto)': a body's acronym written as a
    word, as some newsrooms do, which the text shows is an acronym (in capitals elsewhere, or
    spelled out before it in brackets). Nothing else tells it from an ordinary word."""
    token = doc.tokens[position]
    if not _TITLE_CASE_WORD.fullmatch(token.text) or doc.technical:
        return False
    if token.folded in doc.defined:
        return True
    # "ABC SPORTS" then "Sports": a common word shouted in a heading or a brand is no acronym.
    return token.folded in doc.shouted and zipf(token.folded) < _OPENER_WORD


_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z]{2,7}")


def _given_name_alone(doc: _Document, position: int, word: str) -> bool:
    """'Erich explained', 'ask Fernanda': a given name standing alone, rare as an English word
    ("Will", "Mark", "Grace" are words first), never written in lower case, no place of that name."""
    if not is_given_name(word) or word in doc.lower_case or zipf(word) >= _WORD_ALONE:
        return False
    token = doc.tokens[position]
    if token.text.isupper() or any(ch.isupper() for ch in token.text[1:]):
        return False  # "ELMAR", "NicolaSoft": capitals or a brand's casing
    return doc.gazetteer.lookup((word,)) is None


def _context_cue(doc: _Document, position: int, last: int) -> tuple[Cue, str] | None:
    """What the words around a name say it is: 'the fight against Varnak', 'members of Varnak',
    'Varnak claimed responsibility', 'Varnak's leader', 'Varnak-held'."""
    tokens, text = doc.tokens, doc.text
    for size in (3, 2, 1):
        begin = position - size
        if begin < 0 or not all(tokens[k].joined for k in range(begin, position)):
            continue
        phrase = tuple(tokens[k].folded for k in range(begin, position))
        cue = PHRASE_BEFORE.get(phrase)
        if cue is not None:
            return cue, f"after '{' '.join(phrase)}'"
    if last + 1 >= len(tokens):
        return None
    following = tokens[last + 1]
    if following.capitalised:
        return None
    gap = text[tokens[last].end : following.start]
    if gap in ("'s ", "’s "):  # the tokens leave a possessive out of the name
        cue = AFTER_POSSESSIVE.get(following.folded)
        return (cue, f"'{tokens[last].text}{gap}{following.text}'") if cue is not None else None
    if not tokens[last].joined:
        return None
    if gap in ("-", "‐"):
        cue = AFTER_HYPHEN.get(following.folded)
        return (cue, f"'{tokens[last].text}-{following.text}'") if cue is not None else None
    return _phrase_after(doc, last)


def _apposition(doc: _Document, last: int) -> tuple[Cue, str] | None:
    """'Varnak, the country's largest bank,', 'Tremmin, a town near the border', 'Ilse Quistel, the
    group's spokesman': the head noun of a description set after the name says what it is."""
    tokens, text = doc.tokens, doc.text
    if last + 2 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] != ", ":
        return None
    if tokens[last + 1].folded not in ("the", "a", "an") or not tokens[last + 1].joined:
        return None
    modifiers: list[str] = []
    for k in range(last + 2, min(len(tokens), last + 7)):
        token = tokens[k]
        if token.capitalised and not modifiers:
            return None  # "Varnak, the Tremmin Group": a name, not a description
        gap = text[token.end : token.end + 3]
        if gap.startswith(("'s ", "’s ")):
            modifiers = []  # "the group's spokesman": the head comes after the possessive
            continue
        word = token.folded
        cue = APPOSITION_HEAD.get(word)
        if cue is None and _is_title(word):
            cue = Cue(ActorKind.person, 0.7)
        if cue is not None:
            if cue.kind is ActorKind.organization and ARMED_MODIFIERS & set(modifiers):
                cue = Cue(ActorKind.armed_force, 0.7)
            return cue, f"', {text[tokens[last + 1].start : token.end]}'"
        if not token.joined or word in FUNCTION_WORDS:
            return None
        modifiers.append(word)
    return None


def _phrase_after(doc: _Document, last: int) -> tuple[Cue, str] | None:
    """'Varnak claimed responsibility': words after the name that say what it is."""
    tokens = doc.tokens
    for size in (3, 2):
        end = last + size
        if end >= len(tokens) or not all(tokens[k].joined for k in range(last, end)):
            continue
        phrase = tuple(tokens[k].folded for k in range(last + 1, end + 1))
        cue = PHRASE_AFTER.get(phrase)
        if cue is not None:
            return cue, f"followed by '{' '.join(phrase)}'"
    return None


# A first word this frequent ("Marriage Story", "Death Row") is a word, not a given name.
_FIRST_NAME_ZIPF = 4.6


def _ends_with_surname(doc: _Document, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Patti Smith', 'Matt Anderson': a short name whose last word is a family name and whose first
    word is no ordinary word (given names missing from the lists: nicknames, other languages)."""
    if not is_surname(words[-1]) or words[-1] in doc.lower_case or words[0] in _ARABIC_ARTICLES:
        return False
    if words[0] in doc.lower_case or zipf(words[0]) >= _FIRST_NAME_ZIPF:
        return False
    place = doc.gazetteer.lookup((words[0],))
    if (place is not None and (place.kind == "state" or place.population >= _GIVEN_NAME_CITY)) or (
        doc.gazetteer.country_of_demonym(words[0])
    ):
        return False  # "Boston Anderson" may be a firm as well as a person: no guess
    tokens, text = doc.tokens, doc.text
    return all(
        (
            len(tokens[k].text) > 1
            and not tokens[k].text.isupper()
            and tokens[k].folded not in FUNCTION_WORDS
            and text[tokens[k].end : tokens[k].end + 1] in (" ", "")
        )
        or k == last
        for k in range(position, last + 1)
    )


def _starts_with_given_name(doc: _Document, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Jennifer Aniston', 'George Haswani': a given name, then a surname (not 'Paris Hilton Hotel')."""
    first = words[0]
    if not is_given_name(first) or first in _ARABIC_ARTICLES:
        return False  # "Al Hawl" is a town as often as "Al Franken" a person
    place = doc.gazetteer.lookup((first,))
    if (
        place is not None
        and (place.kind == "state" or place.population >= _GIVEN_NAME_CITY)
        and not (position < last and _given_name_of_state(doc, position))
    ):
        return False  # "Jordan", "Austin", "Paris" name a state or a city as often as a person
    if doc.text[doc.tokens[position].end : doc.tokens[position].end + 1] != " ":
        return False  # "Anna-Mungunda-Allee" is a street
    # Names, not initials, acronyms or function words: "Jen Wang", not "Sarah The Implausible".
    return all(
        len(doc.tokens[k].text) > 1
        and not doc.tokens[k].text.isupper()
        and doc.tokens[k].folded not in FUNCTION_WORDS
        and (k == position or zipf(doc.tokens[k].folded) < VERY_COMMON)  # "Koko Be Good" is a title
        for k in range(position, last + 1)
    )


def _place_support(doc: _Document, place: Place, position: int, last: int, words: tuple[str, ...]) -> str | None:
    """Why a gazetteer hit is taken for a place here, or None when nothing supports it.

    A state, or a place of several words, is its whole name. One word needs more: a
    preposition of place, a country after a comma, or a city large enough to be known; and
    it must not be an ordinary English word ("More", "Home", "I've") or the surname of someone.
    """
    if place.kind == "state":
        return "a state"
    if fold_phrase(place.name) == words and _dateline(doc, position, last):
        return "a dateline"  # "TAMPA, Fla. -", "WASHINGTON -": where the report was filed
    if len(words) == 1 and len(words[0]) <= 3 and fold(place.name) != words[0]:
        return None  # "Com" for Como: a short alternate spelling is too often something else
    if len(words) > 1:
        if fold_phrase(place.name) != words and all(
            zipf(doc.tokens[k].folded) >= 4.5 and doc.tokens[k].text.isalpha() and not doc.tokens[k].text.isupper()
            for k in range(position, last + 1)
        ):
            return None  # "White House" is also a translation of Casablanca: common words, another name
        return "a place's whole name"
    word = words[0]
    if word in doc.lower_case or word in FUNCTION_WORDS or _CONTRACTION.search(word):
        return None  # the document uses it as an ordinary word
    if (
        position in doc.sentence_first
        and word not in doc.confirmed
        and fold(place.name) != word
        and zipf(word) >= _WORD_ALONE
    ):
        return None  # "Dual attacks hit...": a common word opening a sentence, only another spelling of Douala
    # A very common word ("More", "Home") or a person's name used as a town needs a cue of place.
    ordinary = is_common_word(word, False)
    tokens = doc.tokens
    previous = tokens[position - 1].folded if position > 0 else ""
    comma = doc.text[tokens[last].end : tokens[last].end + 2]
    if comma == ", " and last + 1 < len(tokens):
        country = doc.gazetteer.lookup((tokens[last + 1].folded,))
        if country is not None and country.kind == "state":
            return f"followed by ', {tokens[last + 1].text}'"
    if (
        not _alternate_spelling(place, words)
        and position >= 1
        and doc.text[tokens[position - 1].end : tokens[position].start] == ", "
        and _cased(tokens[position - 1])
        and position - 1 not in doc.sentence_first
        and (place.population == 0 or place.population >= _KNOWN_TOWN)
    ):
        return f"after '{tokens[position - 1].text}, '"  # "Fort Campbell, Kentucky": the region of a place
    if _alternate_spelling(place, words) and not _alternate_supported(place, word, previous):
        return None  # "Perl" for Pearl, "Anda" for Daqing: another place's spelling needs more
    if place.population >= _LARGE_CITY and not ordinary:
        return "a large city" if place.country else "a region"  # "Africa" is no city
    if previous in PLACE_PREPOSITIONS or previous in PLACE_NOUNS:
        return f"after '{previous}'"
    return None


# After a dateline's place: its state or country, then a dash ("TAMPA, Fla. -", "BAGHDAD, Iraq —").
# "TAMPA, Fla., June 29, 2016 -": a state or country and a date may come before the dash.
_DATELINE_END = re.compile(r"(?:, [\w .]{1,14}){0,3}\s+[-–—]\s")


def _dateline(doc: _Document, position: int, last: int) -> bool:
    """'TAMPA, Fla. - U.S. forces...': a place in capitals opening a line, then a dash."""
    tokens, text = doc.tokens, doc.text
    if not all(tokens[k].text.isupper() for k in range(position, last + 1)):
        return False
    if text[: tokens[position].start].rstrip(" \t")[-1:] not in ("", "\n"):
        return False
    return _DATELINE_END.match(text, tokens[last].end) is not None


def _qualified_place(doc: _Document, position: int, last: int) -> str | None:
    """'Brussels, Belgium', 'Washington, D.C.': a place named with the state or region it lies in.

    The source's own way of saying which of the places of that name it means, kept as an alias.
    """
    tokens, text = doc.tokens, doc.text
    if last + 1 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] != ", ":
        return None
    nxt = tokens[last + 1]
    if not _cased(nxt):
        return None
    end = nxt.end
    if "." in nxt.text and len(nxt.text.replace(".", "")) <= 2 and nxt.text.replace(".", "").isupper():
        end += text[end : end + 1] == "."  # "D.C."
    else:
        where = doc.gazetteer.lookup((nxt.folded,))
        if where is None or where.kind != "state":
            return None
    return text[tokens[position].start : end]


def _is_title(word: str) -> bool:
    """A title or rank, also in the plural ("Ministers", "Secretaries")."""
    return (
        word in TITLES
        or (word.endswith("s") and word[:-1] in TITLES)
        or (word.endswith("ies") and word[:-3] + "y" in TITLES)
    )


def _beside_title(doc: _Document, position: int, last: int) -> bool:
    """ "Minister for the Middle East, Tobias Ellwood" or "Tobias Ellwood, Foreign Office Minister"."""
    tokens, text = doc.tokens, doc.text
    if position >= 2 and text[tokens[position - 1].end : tokens[position].start] == ", ":
        back = position - 1
        while back >= max(0, position - 8) and (tokens[back].capitalised or tokens[back].folded in NAME_GLUE):
            if tokens[back].folded in TITLES:
                # "Julian Moore, General Manager, Zorvakin Resort": the employer after a person's title.
                return not _title_after_a_name(doc, back)
            back -= 1
    if last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start] == ", ":
        ahead = last + 1
        while ahead < min(len(tokens), last + 6) and (tokens[ahead].capitalised or tokens[ahead].folded in NAME_GLUE):
            if tokens[ahead].folded in TITLES:
                return True
            ahead += 1
    return False


def _abbreviation_of_place_or_era(doc: _Document, position: int) -> bool:
    tokens, text = doc.tokens, doc.text
    if position == 0:
        return False
    before = tokens[position - 1]
    gap = text[before.end : tokens[position].start]
    if gap == ", " and any(
        doc.gazetteer.lookup(tuple(t.folded for t in tokens[start:position])) is not None
        for start in range(max(0, position - 3), position)
    ):
        return True  # "Washington, D.C.", "Atlantic City, N.J."
    return before.text.isdigit()  # "600 B.C."


def _read_run_gazetteer_only(doc: _Document, first: int, last: int) -> list[Candidate]:
    """For text in other languages: states and places the gazetteer knows whole, nothing else."""
    tokens = doc.tokens
    found: list[Candidate] = []
    position = first
    while position <= last:
        # "l'Allemagne", "dell'Ucraina": the place without the article elided onto it.
        elided = _elided_name(tokens[position])
        skipped = len(tokens[position].text) - len(elided) if elided is not None else 0
        for end in range(min(last, position + 3), position - 1, -1):
            words = tuple(tokens[k].folded for k in range(position, end + 1))
            if elided is not None:
                words = (fold(elided), *words[1:])
            place = _hyphened_place(doc, position, words) or doc.gazetteer.lookup(words)
            if place is None or (place.kind != "state" and len(words) == 1 and place.population < _LARGE_CITY):
                continue
            if len(words) == 1 and (
                words[0] in FUNCTION_WORDS or (len(words[0]) <= 3 and fold(place.name) != words[0])
            ):
                continue  # "For", "Com": English words and short spellings in a text of another language
            if (
                len(words) == 1
                and _alternate_spelling(place, words)
                and (words[0] in doc.lower_case or position in doc.sentence_first or _truncated_name(place, words[0]))
            ):
                continue  # German "Dabei" (for Dubai) opens sentences as a word; "Hang" is no Hangzhou
            name = doc.text[tokens[position].start + skipped : tokens[end].end]
            kind = ActorKind.state if place.kind == "state" else ActorKind.place
            found.append(
                Candidate(
                    position,
                    end,
                    name,
                    kind,
                    f"gazetteer: {place.name} (other-language text)",
                    0.7 if kind is ActorKind.state else 0.6,
                    canonical=place.name if kind is ActorKind.state else None,
                    gazetteer_name=place.name,
                )
            )
            position = end
            break
        position += 1
    return found


# An article or a preposition elided onto the next word in French, Italian, Catalan and
# Portuguese ("l'Allemagne", "d'Italie", "dell'Ucraina", "nell'Iraq", "l'Alguer"), before a capital.
_ELIDED = re.compile(r"(?:[ldjnsc]|qu|[dn]ell|[ds]ull|[dn]all|all|col|sull|tra)['’](?=[^\W\d_])(\w.*)", re.IGNORECASE)


def _elided_name(token: Token) -> str | None:
    """What follows an elided article, when it is capitalised: 'Allemagne' in "l'Allemagne"."""
    match = _ELIDED.fullmatch(token.text)
    if match is None or not token.text[0].islower() or not match.group(1)[0].isupper():
        return None
    return match.group(1)


def _hyphened_place(doc: _Document, first: int, words: tuple[str, ...]) -> Place | None:
    """'Mexiko-Stadt', 'Clermont-Ferrand': a place whose whole name is joined by hyphens, looked up
    as written before its parts are (the tokens split at a hyphen; the gazetteer keeps it)."""
    if len(words) < 2:
        return None
    tokens, text = doc.tokens, doc.text
    parts = [words[0]]
    for k in range(1, len(words)):
        gap = text[tokens[first + k - 1].end : tokens[first + k].start]
        if gap in ("-", "‐"):
            parts[-1] += "-" + words[k]
        else:
            parts.append(words[k])
    if len(parts) == len(words):
        return None
    return doc.gazetteer.lookup(tuple(parts))


_LIST_GAPS = (", ", " and ", ", and ", " or ", ", or ")


def _places_listed_together(doc: _Document, candidates: list[Candidate]) -> None:
    """'in Qamenas, Sarmin and Talamenes': names listed after a preposition of place beside a
    town are towns too. Only a place (not a state: 'from Iran, Russia and Hezbollah') makes
    the others of its list places, and only names nothing else gave a kind."""
    tokens, text = doc.tokens, doc.text
    ordered = sorted(candidates, key=lambda c: c.first)
    chains: list[list[Candidate]] = []
    for candidate in ordered:
        chain = chains[-1] if chains else None
        if chain is not None and tokens[chain[-1].last].end <= tokens[candidate.first].start:
            gap = text[tokens[chain[-1].last].end : tokens[candidate.first].start]
            if gap in _LIST_GAPS:
                chain.append(candidate)
                continue
        chains.append([candidate])
    for chain in chains:
        end = chain[-1].last
        if (
            len(chain) >= 2
            and tokens[end].joined
            and end + 1 < len(tokens)
            and tokens[end + 1].folded in PLURAL_AREA_HEADS
        ):
            # "the Varnak and Tremmin provinces": the plural head is every listed name's.
            for candidate in chain[:-1]:
                if candidate.kind is ActorKind.other:
                    candidate.kind = ActorKind.place
                    candidate.found_by = f"listed before '{tokens[end + 1].text}'"
                    candidate.confidence = 0.6
            continue
        if len(chain) < 2 or chain[0].first == 0:
            continue
        before = tokens[chain[0].first - 1].folded
        if before not in PLACE_PREPOSITIONS and before not in PLACE_NOUNS:
            continue
        anchor = next((c for c in chain if c.kind is ActorKind.place), None)
        if anchor is None:
            continue
        for candidate in chain:
            if candidate.kind is ActorKind.other:
                candidate.kind = ActorKind.place
                candidate.found_by = f"listed with the place '{anchor.name}' after '{before}'"
                candidate.confidence = 0.55


def _defined_acronyms(doc: _Document, candidates: list[Candidate]) -> dict[str, Candidate]:
    """'Islamic Revolutionary Guard Corps (IRGC)': the acronym -> the candidate it stands for."""
    tokens, text = doc.tokens, doc.text
    by_last = {c.last: c for c in candidates if c.last > c.first}
    defined: dict[str, Candidate] = {}
    for i, token in enumerate(tokens):
        if not (_ACRONYM.fullmatch(token.text) or _TITLE_CASE_WORD.fullmatch(token.text)) or i == 0:
            continue  # "(NATO)", and "(Nato)" as some newsrooms write it
        if text[token.start - 1 : token.start] != "(" or text[token.end : token.end + 1] != ")":
            continue
        full = by_last.get(i - 1)
        if full is None or text[tokens[i - 1].end : token.start].strip() != "(":
            continue
        words = tokens[full.first : full.last + 1]
        initials = "".join(t.text[0] for t in words if t.folded not in NAME_GLUE | NAME_PARTICLES).upper()
        every_initial = "".join(t.text[0] for t in words).upper()
        # "Al-Qaeda in the Varnak Peninsula (AQVP)": the capitalised words, a capital article too.
        capital_initials = "".join(t.text[0] for t in words if t.text[:1].isupper())
        letters = token.text.replace(".", "").removesuffix("s").upper()
        # "UN Office for the Coordination of Humanitarian Affairs (OCHA)": the owner's acronym
        # opening the name is left out of the body's own.
        owned = initials[1:] if len(words) > 2 and words[0].text.isupper() and len(words[0].text) > 1 else ""
        if letters in (initials, every_initial, capital_initials) or letters == owned:
            defined[token.folded] = full
    return defined


# "Russian troops", "Ukrainian government", "U.S. intelligence": a state's institutions, named by
# a demonym or the state's name and a lower-case noun. Troops and soldiers are filed under the
# armed forces they belong to.
_INSTITUTIONS: dict[tuple[str, ...], tuple[str, ActorKind]] = {
    ("government",): ("government", ActorKind.organization),
    ("intelligence",): ("intelligence", ActorKind.organization),
    ("intelligence", "services"): ("intelligence", ActorKind.organization),
    ("troops",): ("armed forces", ActorKind.armed_force),
    ("soldiers",): ("armed forces", ActorKind.armed_force),
    ("military",): ("armed forces", ActorKind.armed_force),
    ("army",): ("armed forces", ActorKind.armed_force),
    ("armed", "forces"): ("armed forces", ActorKind.armed_force),
    ("forces",): ("armed forces", ActorKind.armed_force),
    ("nuclear", "forces"): ("nuclear forces", ActorKind.armed_force),
    ("state", "media"): ("state media", ActorKind.media),
}


_INSTITUTION_NOUNS = frozenset(words[0] for words in _INSTITUTIONS)


def _institutions(tokens: list[Token], gazetteer: Gazetteer) -> list[Candidate]:
    found: list[Candidate] = []
    for i, token in enumerate(tokens):
        if not token.capitalised or not token.joined or i + 1 >= len(tokens):
            continue
        country = gazetteer.country_of_demonym(token.folded)
        place = None if country else gazetteer.lookup((token.folded,))
        if country is None and (place is None or place.kind != "state"):
            continue
        for size in (2, 1):
            words = tuple(t.folded for t in tokens[i + 1 : i + 1 + size])
            if len(words) < size or tokens[i + 1].capitalised or (size == 2 and not tokens[i + 1].joined):
                continue
            entry = _INSTITUTIONS.get(words)
            if entry is None:
                continue
            noun, kind = entry
            last = i + size
            head = token.text + ("." if "." in token.text else "")  # U.S.
            phrase = " ".join([head, *(t.text for t in tokens[i + 1 : last + 1])])
            canonical = f"{head} {noun}"
            found.append(
                Candidate(
                    i,
                    last,
                    phrase,
                    kind,
                    f"'{phrase}': a state's institution",
                    0.7,
                    canonical=canonical if canonical != phrase else None,
                )
            )
            break
    return found


def _after_place_noun(tokens: list[Token], position: int) -> bool:
    """ "the villages of Oskeldorf and Tremmin": a name in a list after a place noun."""
    back = position - 1
    while back >= 0 and back >= position - 7:
        word = tokens[back].folded
        if word in PLACE_NOUNS:
            return True
        # "towns in Northern Tremmin including Oskel and Varn", "cities such as Oskel"
        if word not in _LIST_WORDS and not tokens[back].capitalised:
            return False
        back -= 1
    return False


_LIST_WORDS = word_set("of and or including such as like notably namely in")


_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z.&]{1,9})\)")
# Business names open with these as often as they end with them ("Hôtel du Louvre", "Club Med").
_BUSINESS_OPENERS = word_set("hotel club casino restaurant cafe")
# A title before a one-word name that the document also writes as an ordinary word ("General
# Manager") names a post, not a person; only for words this common ("Trump" is 4.9, but no
# document writes "trump" in lower case when it names him).
_POST_WORD = 4.0
# A word this common that is not a given name does not open a person's name on a weak cue
# ("Rocket Pass, who", "Plot Dragon, who", "Asia Pacific" beside a title; "Chi" is 3.7, "Assad" 3.6).
_COMMON_OPENER = 4.0


def _read_document_evidence(doc: _Document) -> None:
    """What the rules learn from the whole document: defined acronyms, surnames, how words are used."""
    tokens = doc.tokens
    doc.defined = {fold(m.group(1)) for m in _DEFINED_ACRONYM.finditer(doc.text) if _spelled_out_before(doc.text, m)}
    doc.terms = {
        fold(m.group(1))
        for m in _DEFINED_ACRONYM.finditer(doc.text)
        if _spelled_out_before(doc.text, m, lower_case=True)
    }
    # Words in capitals inside prose (a lower-case word beside them): acronyms, not a shouted heading.
    doc.shouted = {
        t.folded
        for i, t in enumerate(tokens)
        if len(t.text) >= 3
        and t.text.isupper()
        and t.text.isalpha()
        and any(0 <= k < len(tokens) and tokens[k].text[0].islower() for k in (i - 1, i + 1))
    }
    for i, token in enumerate(tokens):
        if not _cased(token):
            continue
        word = token.folded
        before = tokens[i - 1] if i > 0 and tokens[i - 1].joined else None
        if before is not None and len(before.text) == 1 and not (i >= 2 and is_given_name(tokens[i - 2].folded)):
            before = None  # "Plan B. Officials": a letter, not a given name's middle initial
        if before is not None and (
            (_cased(before) and before.folded not in FUNCTION_WORDS) or before.folded in NAME_PARTICLES
        ):
            doc.surnames.add(word)  # "Bashar al-Assad", "Jo Grady"
        if token.joined and i + 1 < len(tokens) and _cased(tokens[i + 1]) and tokens[i + 1].folded in NAME_WORD:
            doc.org_firsts.add(word)


def _term_acronym(doc: _Document, position: int) -> bool:
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
    if len(text) >= 3 and text.endswith("s") and text[:-1].replace(".", "").isupper():
        return True
    if word in TERM_ACRONYMS or word.removesuffix("s") in TERM_ACRONYMS:
        return True
    if len(word) <= 3 and "." not in text and zipf(word) >= VERY_COMMON:
        return True
    before = doc.text[max(0, token.start - 2) : token.start]
    return len(before) == 2 and before[1] == "-" and before[0].islower()  # "t-SNE", "e-ID"


def _weak_person(doc: _Document, position: int, last: int, words: tuple[str, ...]) -> bool:
    """Whether a weak cue of a person (a comma and "who", a surname used alone, a given name, a
    title beside it) may make a person of this name: not a business or a place ("Bellevue Hotel",
    "Hurlingham Park"), not a phrase ("New In Python"), not capitals, not a common word first."""
    tokens = doc.tokens
    if any(w in NOT_PERSON_WORDS for w in words[1:]) or words[0] in _BUSINESS_OPENERS:
        return False
    if any(w in FUNCTION_WORDS and w not in NAME_PARTICLES for w in words):
        return False
    if len(set(words)) < len(words):
        return False  # "Rust Belt Rust": a person's name repeats no word
    if any(len(tokens[k].text) >= 2 and tokens[k].text.isupper() for k in range(position, last + 1)):
        return False  # "ABC Sports": an acronym is no part of a person's name
    if any(is_camel_case(tokens[k].text) for k in range(position, last + 1)):
        return False  # "ZorvBank Chase": a brand's casing is no part of a person's name
    return is_given_name(words[0]) or zipf(words[0]) < _COMMON_OPENER


def _cased_as_place(doc: _Document, word: str) -> bool:
    """Whether a word written after "in", "at"... may be a place: not the first word of an
    organisation's name elsewhere in the document ("at Rhodium" for "Rhodium Group")."""
    return word not in doc.org_firsts


def _alternate_spelling(place: Place, words: tuple[str, ...]) -> bool:
    """A gazetteer hit through another spelling than the place's own name ("Perl" for Pearl)."""
    return fold_phrase(place.name) != words


def _truncated_name(place: Place, word: str) -> bool:
    """'Hang' for Hangzhou: the start of the place's name, not a spelling of it."""
    own = "".join(fold_phrase(place.name))
    return own != word and own.startswith(word)


# A place this size is known by its other spellings too ("in Raqqah", "in Homyel").
_KNOWN_TOWN = 100_000


def _alternate_supported(place: Place, word: str, previous: str) -> bool:
    """Whether a one-word hit through another spelling of a place has the support it needs.

    A preposition only for a town of some size ("from Perl" is no Pearl, Mississippi, "to Rust"
    no El Cerrito); a large city alone only if the spelling is a rare word that starts as a word
    of its name does ("Anda" is no spelling of Daqing). A country after a comma is enough, which
    `_place_support` checks first.
    """
    if previous in PLACE_PREPOSITIONS or previous in PLACE_NOUNS:
        # "to Koln", "in Cologne" for Köln; "switch to Rust" names no El Cerrito, California.
        return place.population >= _KNOWN_TOWN
    return zipf(word) < 3.5 and _near_spelling(place, word)


def _near_spelling(place: Place, word: str) -> bool:
    """'Raqqah' for Raqqa, 'Fallujah' for Al Fallujah: a spelling that starts as a word of the
    place's name does; 'Anda' for Daqing, 'Giger' for Jijel do not."""
    return any(part[:1] == word[:1] for part in fold_phrase(place.name))


def _breaks_name(doc: _Document, k: int) -> bool:
    """A word inside a run that no name goes on through: a capitalised "The" not after "of"
    ("Outkick The Coverage", "Sarah The Implausible"), or a code after a word ("Page A8")."""
    token = doc.tokens[k]
    if token.text == "The" and doc.tokens[k - 1].folded not in NAME_GLUE:
        return True
    return _LETTER_NUMBER.fullmatch(token.text) is not None


def _trails_name(doc: _Document, k: int) -> bool:
    """A word a name does not end with: a function word opening what follows ("P.S. As we...",
    a new line) or an adverb ("SNE Effectively"); "Hoi An" goes on through its "An"."""
    token = doc.tokens[k]
    word = token.folded
    if word in FUNCTION_WORDS and "." not in token.text and token.text != "US":
        gap = doc.text[doc.tokens[k - 1].end : token.start]
        if gap == "-" and k >= 2 and _hyphened_given_name(doc.text, doc.tokens, k - 2):
            return False  # "Moon Jae-in"
        return gap != " "
    # "Visualizing Data Using": a gerund this common ends no name ("Reading" and "Ealing" are rare
    # as words or places in the gazetteer).
    if word.endswith("ing") and zipf(word) >= _VERY_COMMON_GERUND and doc.gazetteer.lookup((word,)) is None:
        stem = word[:-3]
        return any(zipf(form) >= _VERB_ZIPF for form in (stem, stem + "e", stem[:-1]) if len(form) >= 2)
    return word.endswith("ly") and _verb_form(word)


_RARE_SPEAKER = 3.5


def _speaker(doc: _Document, position: int, last: int, words: tuple[str, ...]) -> bool:
    """Whether a name before "said" may be a person's: one word only when the document uses it as
    a surname ("Assad said" after "Bashar al-Assad"), it is a given name, or a rare word
    ("Microsoft said" is none of these)."""
    if last > position:
        return _weak_person(doc, position, last, words)
    token = doc.tokens[position]
    if token.text.isupper() or token.folded in NOT_PERSON_WORDS:
        return False
    # A rare word is a name, most likely a surname ("Vantrow said"); one as common as "Microsoft"
    # (4.4) needs the document to use it as a surname, or to be a given name.
    return token.folded in doc.surnames or is_given_name(token.folded) or zipf(token.folded) < _RARE_SPEAKER


def _ordinary_before_facility(doc: _Document, words: tuple[str, ...]) -> bool:
    """'the Windows port': a common English word before "port" or "base" names no facility."""
    return len(words) == 1 and zipf(words[0]) >= 4.5 and doc.gazetteer.lookup(words) is None


def _post_word(doc: _Document, word: str) -> bool:
    """'General Manager': the word after a title is a post the document also writes in lower case."""
    if is_given_name(word):
        return False
    frequency = zipf(word)
    return (word in doc.lower_case and frequency >= _POST_WORD) or (word.endswith(("er", "or")) and frequency >= 4.6)


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?")


def _initials_after_surname(doc: _Document, position: int) -> bool:
    """'Hinton, G.E.', 'van der Maaten, L.J.P.': a list of authors, not an organisation."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if position == 0 or not _INITIALS.fullmatch(text[token.start : token.end + 1]):
        return False
    before = tokens[position - 1]
    if text[before.end : token.start] != ", " or not _cased(before) or "." in before.text:
        return False
    return doc.gazetteer.lookup((before.folded,)) is None


def _spelled_out_before(text: str, match: re.Match[str], lower_case: bool = False) -> bool:
    """'Foo Bar Agency (FBA)': the capitalised words before the brackets give the acronym's letters
    ("Download (PDF)" and "fast radio bursts (FRBs)" define nothing). With `lower_case`: the words
    are written in lower case ("fast radio burst (FRB)"), so the acronym names a thing."""
    letters = match.group(1).replace(".", "").removesuffix("s").upper()
    words = [w for w in TOKEN_RE.findall(text[max(0, match.start() - 160) : match.start()]) if fold(w) not in NAME_GLUE]
    initials = "".join(w[0] for w in words[-len(letters) :]) if len(words) >= len(letters) else ""
    if lower_case:
        return initials.islower() and initials.upper() == letters
    return initials == letters


def _before_given_name(doc: _Document, last: int) -> bool:
    """'Vilanova, Anna': a surname before a given name in a list of authors, not a place."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and doc.text[tokens[last].end : tokens[last + 1].start] == ", "
        and tokens[last + 1].capitalised
        and is_given_name(tokens[last + 1].folded)
    )


# -- Rules against the junk of real web pages (issue 15): kept together to ease merges. --


_FISCAL_PERIOD = re.compile(r"[QH][1-4]|FY\d{2,4}")  # Q3, H1, FY24: a part of a year, like a month


def _technical_words(tokens: list[Token], skip: list[bool]) -> bool:
    return has_technical_words((t.text for i, t in enumerate(tokens) if not skip[i]), TERM_ACRONYMS)


def _hyphened_syllable(doc: _Document, k: int) -> bool:
    """'-in' of "Moon Jae-in": a lower-case syllable of a given name, no function word there."""
    token = doc.tokens[k]
    return k > 0 and token.text.islower() and doc.text[doc.tokens[k - 1].end : token.start] == "-"


def _shared_head_end(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a body's name ends when its first words are joined by "and" to words ending with an
    organisation word: "National Oceanic and Atmospheric Administration", "Universities and
    Colleges Employers Association". The words before "and" name nothing alone: no given name,
    no place, no organisation word ("Ilse Tremmin and Varnak Group" are two names)."""
    before = [tokens[k] for k in range(first, last + 1)]
    if not tokens[last + 1].joined or any(is_given_name(t.folded) or t.text.isupper() for t in before):
        return None
    if len(before) > 1 and any(t.folded in NAME_WORD or t.folded in HEAD_WORD for t in before):
        return None  # "the Varnak Group and Tremmin Bank": two bodies ("University and College Union" is one)
    if gazetteer.lookup(tuple(t.folded for t in before)) is not None:
        return None
    if any(gazetteer.country_of_demonym(t.folded) for t in before):
        return None
    end, found = last + 2, None
    while end < len(tokens) and end <= last + 5 and _cased(tokens[end]) and not covered[end]:
        if tokens[end].folded in NAME_WORD:
            found = end  # the last organisation word of the run: "College Union", not "College"
        if not tokens[end].joined:
            break
        end += 1
    return found


def _possessive_before_name(doc: _Document, last: int) -> bool:
    """'Zorvak's Game', 'Tarvel's Ladder': a possessive before a capitalised word names a work or a shop."""
    tokens, text = doc.tokens, doc.text
    if text[tokens[last].end : tokens[last].end + 3] not in ("'s ", "’s ") or last + 1 >= len(tokens):
        return False
    return _cased(tokens[last + 1]) and tokens[last + 1].start == tokens[last].end + 3


def _given_name_possessive(text: str, token: Token) -> bool:
    """'the New York Times of Malcolm's grandfather': a person's given name with its possessive
    after "of" is no part of a body's name ("Bank of England's" goes on)."""
    return text[token.end : token.end + 2] in ("'s", "’s") and is_given_name(token.folded)


def _body_before_title_end(doc: _Document, inside: list[int], end: int) -> int:
    """'Senate Majority Leader Chuck Schumer': the body the title belongs to ends with its
    organisation word; the words right after it are the title's ("Ministry of Defence" keeps
    what its "of" joins)."""
    tokens = doc.tokens
    if all(tokens[k].folded not in NAME_GLUE for k in range(inside[-1] + 1, end + 1)):
        end = inside[-1]  # "Council Deputy Chair": the title's own words after the body
    bodies = [k for k in inside if tokens[k].folded in NAME_WORD]
    if not bodies or bodies[-1] == inside[-1]:
        return end
    after = range(bodies[-1] + 1, inside[-1] + 1)
    if any(tokens[k].folded in NAME_GLUE or tokens[k].folded in HEAD_WORD for k in after):
        return end
    return bodies[-1]


def _titled_body(doc: _Document, position: int, last: int) -> bool:
    """A run that ends with an organisation word after a title word and at least one other word
    between them: the title is part of the body's name ("Speaker Training Working Group")."""
    tokens = doc.tokens
    if last - position < 2 or tokens[last].folded not in NAME_WORD:
        return False
    titles = [k for k in range(position, last) if tokens[k].folded in TITLES]
    return bool(titles) and titles[-1] < last - 1 and tokens[titles[-1] + 1].folded not in NAME_GLUE


def _after_brand(doc: _Document, first: int) -> bool:
    """The word before the run is a brand written with a lower-case first letter and a capital inside."""
    if first == 0 or not doc.tokens[first - 1].joined:
        return False
    before = doc.tokens[first - 1].text
    return before[:1].islower() and any(ch.isupper() for ch in before[1:]) and before[1:2].isupper()


_MAX_QUOTED_TITLE = 10


def _title_case_quote(doc: _Document, last: int) -> bool:
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


_ABBREVIATION_LETTERS = 5


# Nouns of measure before a scale's name: "2 degrees Celsius", "300 degrees Kelvin".
_UNIT_NOUNS = word_set("degree degrees")


def _state_abbreviation_after_place(doc: _Document, position: int) -> bool:
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if position == 0 or len(token.text) > _ABBREVIATION_LETTERS or text[token.end : token.end + 1] != ".":
        return False
    if text[tokens[position - 1].end : token.start] != ", " or not _cased(tokens[position - 1]):
        return False
    return doc.gazetteer.lookup((token.folded,)) is None


def _longer_phrase_before(doc: _Document, position: int) -> bool:
    """A phrase of two or three words before the name is in `PHRASE_BEFORE` ("analysts at")."""
    tokens = doc.tokens
    for size in (3, 2):
        begin = position - size
        if (
            begin >= 0
            and all(tokens[k].joined for k in range(begin, position))
            and tuple(tokens[k].folded for k in range(begin, position)) in PHRASE_BEFORE
        ):
            return True
    return False


_VERBS_IN_TITLES = frozenset(("Be", "Is", "Are", "Was", "Were", "Am", "Do", "Does", "Did"))


def _name_before_noun(doc: _Document, position: int) -> bool:
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
    return word not in FUNCTION_WORDS and word not in NEXT_WORD and not word.endswith("ed")


_CITY_DEMONYM_ENDINGS = ("ians", "ian", "ites", "ite", "ers", "er")


def _city_demonym(doc: _Document, word: str) -> bool:
    """'Nashvillian', 'Londoners', 'Berliner': a word for people from a place the gazetteer knows."""
    for ending in _CITY_DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)]
            for base in (stem, stem + "e", stem + "a"):
                place = doc.gazetteer.lookup((base,))
                if place is not None and fold(place.name) == base:
                    return True
            return False
    return False


def _plural_of_word(word: str) -> bool:
    """'Presentations', 'Millionaires': the plural of a common English word, with no cue."""
    if not word.endswith("s") or len(word) < 5:
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return zipf(singular) >= _PHRASE_WORD and zipf(singular) > zipf(word)


_ADJECTIVE_ENDINGS = ("ian", "ean", "esque")


def _adjective_before_noun(doc: _Document, position: int) -> bool:
    """'the Gaussian kernel', 'a Euclidean distance': an adjective made from a name, before a noun."""
    token = doc.tokens[position]
    if not token.folded.endswith(_ADJECTIVE_ENDINGS) or not token.joined or position + 1 >= len(doc.tokens):
        return False
    following = doc.tokens[position + 1]
    return (
        following.text[:1].islower()
        and following.folded not in FUNCTION_WORDS
        and following.folded not in NEXT_WORD
        and doc.text[token.end : following.start] == " "
    )


# Words this common, all of them, with nothing that says what they name, make a phrase, not a name
# ("Death Row", "Informed Consent"); a rarer word keeps it ("Golden Globes", "Holy Grail").
_PHRASE_WORD = 3.5


# Outlet words that are no one's family name: "O'Reilly Media", "Fenwick News" stay outlets.
_PLAIN_OUTLET_WORDS = word_set("media news tv radio press wire daily journal")


def _family_name_before_outlet_word(doc: _Document, position: int, words: tuple[str, ...]) -> bool:
    first = words[0]
    if len(words) != 2 or words[1] in _PLAIN_OUTLET_WORDS or not is_surname(first):
        return False
    if zipf(first) >= _COMMON_OPENER or first in doc.lower_case:
        return False
    token = doc.tokens[position]
    if token.text.isupper() or doc.text[token.end : token.end + 1] != " ":
        return False
    return doc.gazetteer.lookup((first,)) is None and doc.gazetteer.country_of_demonym(first) is None


def _title_after_a_name(doc: _Document, k: int) -> bool:
    """The title at `k` opens an apposition after a capitalised name: "Julian Moore, General Manager"."""
    tokens, text = doc.tokens, doc.text
    start = k
    while (
        start > 0
        and tokens[start - 1].joined
        and (tokens[start - 1].capitalised or tokens[start - 1].folded in NAME_GLUE)
    ):
        start -= 1
    return start > 0 and text[tokens[start - 1].end : tokens[start].start] == ", " and _cased(tokens[start - 1])


def _persons_listed_together(doc: _Document, candidates: list[Candidate]) -> None:
    """'Robert De Niro, Al Pacino, and Joe Pesci': names of two or three words in a list of names
    that holds a person and nothing but persons and names of no kind are persons too. A list has
    three names, or an "and" ("Al Hawl, Ilse Tremmin said" is no list)."""
    tokens, text = doc.tokens, doc.text
    chains: list[list[Candidate]] = []
    joiners: list[list[str]] = []
    for candidate in sorted(candidates, key=lambda c: c.first):
        if chains and tokens[chains[-1][-1].last].end <= tokens[candidate.first].start:
            gap = text[tokens[chains[-1][-1].last].end : tokens[candidate.first].start]
            if gap in _LIST_GAPS:
                chains[-1].append(candidate)
                joiners[-1].append(gap)
                continue
        chains.append([candidate])
        joiners.append([])
    for chain, gaps in zip(chains, joiners, strict=True):
        listed = len(chain) >= 3 or any(" and " in gap or " or " in gap for gap in gaps)
        kinds = {c.kind for c in chain}
        if not listed or ActorKind.person not in kinds or not kinds <= {ActorKind.person, ActorKind.other}:
            continue
        for candidate in chain:
            if candidate.kind is ActorKind.other and _listed_person_name(doc, candidate):
                candidate.kind = ActorKind.person
                candidate.found_by = "listed with persons"
                candidate.confidence = 0.5


def _listed_person_name(doc: _Document, candidate: Candidate) -> bool:
    tokens, text = doc.tokens, doc.text
    if not 2 <= candidate.last - candidate.first + 1 <= 3:
        return False
    if any(tokens[k].text.isupper() for k in range(candidate.first, candidate.last + 1)):
        return False
    words = tuple(tokens[k].folded for k in range(candidate.first, candidate.last + 1))
    # "Al Pacino": the short given name Al, written apart (not "al-Nusra"), may open it too.
    al = words[0] == "al" and text[tokens[candidate.first].end : tokens[candidate.first].end + 1] == " "
    return al or _weak_person(doc, candidate.first, candidate.last, words)


_VERY_COMMON_GERUND = 4.5


_PAST_TENSE = ("ed", "d")


def _common_opener_phrase(doc: _Document, position: int, words: tuple[str, ...]) -> bool:
    """A very common word opening a sentence, written in capitals nowhere else, before one more
    word that nothing makes a name's ("Golden Dawn" written elsewhere in the text is confirmed)."""
    word = words[0]
    if position not in doc.sentence_first or word in doc.confirmed or zipf(word) < _OPENER_WORD:
        return False
    if _article_joined(doc, position):
        return False  # "Al-Varnak attacked": an Arabic article opening the name, however common "al" is
    if _has_cue(words) or is_given_name(word) or is_surname(word) or is_given_name(words[1]):
        return False
    if zipf(words[1]) >= _COMMON:
        return False  # "Red Cross", "Golden Dawn": two common words may well be a name
    if _is_title(word) or word in TITLE_PARTS or word in _COMPASS:
        return False  # "President Obama", "Foreign Secretary", "North Korea"
    gazetteer = doc.gazetteer
    if gazetteer.lookup((word,)) is not None or gazetteer.lookup(words) is not None:
        return False
    return not any(gazetteer.country_of_demonym(w) for w in (word, words[1], " ".join(words)))


def _past_tense_opener(doc: _Document, position: int, words: tuple[str, ...]) -> bool:
    """'Added ARKit support', 'Visualizing Zorvakin data': a verb in the past tense or a gerund
    opening a sentence, written in capitals nowhere else, before a run that names nothing by its
    own words ("United Nations", "Armed Forces" keep their first word: their cue is in the run)."""
    token = doc.tokens[position]
    word = token.folded
    if position not in doc.sentence_first or word in doc.confirmed:
        return False
    if not word.endswith(("ed", "ing")):
        return False
    if _has_cue(words) or doc.gazetteer.lookup(words) is not None or doc.gazetteer.lookup((word,)) is not None:
        return False
    if is_given_name(word) or is_surname(word):
        return False  # "Ted", "Reed", "Manning"
    cut = 2 if word.endswith("ed") else 3
    stem = word[:-cut]
    stems = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
    return any(len(form) >= 3 and zipf(form) >= _VERB_STEM for form in stems)


_OPENER_WORD = 4.5
_COMMON = 3.0


# A verb's stem this common makes "Added", "Visualizing" opening a sentence a verb ("visualize" 3.3).
_VERB_STEM = 3.0


# A word this common that no one has as a name, after a title, makes a brand's name, not a person's.
_COMMON_AFTER_TITLE = 3.3


# Titles that open brands' names as often as a person's ("General Motors", "Premier Inn", "Captain
# Marvel"); "President Trump" is a person whatever "trump" means as a word.
_BRAND_TITLES = ADJECTIVE_TITLES | word_set("premier captain")


def _common_word_not_name(word: str) -> bool:
    return zipf(word) >= _COMMON_AFTER_TITLE and not is_surname(word) and not is_given_name(word)


def _given_name_of_state(doc: _Document, position: int) -> bool:
    """A one-word state's name that is also a given name, before a surname: a person's name."""
    tokens = doc.tokens
    word, following = tokens[position].folded, tokens[position + 1]
    if not is_given_name(word) or not tokens[position].joined or not is_surname(following.folded):
        return False
    place = doc.gazetteer.lookup((word,))
    return place is not None and place.kind == "state" and following.text[1:].islower()
