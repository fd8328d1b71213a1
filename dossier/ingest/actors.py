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

This module reads the document run by run and hands each run to the rules, which live in modules
of their own: `name_bounds` (where a name ends), `name_kinds` (what kind of actor it names),
`person_names`, `place_evidence`, `acronyms` and `not_names` (shapes that are no name), over the
`ActorDocument` of `actor_document` and the shared word tables of `name_words`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from dossier.ingest.acronyms import ACRONYM, adjective_before_acronym, defined_acronyms, spelled_by_acronym
from dossier.ingest.actor_document import ActorDocument, brand_cased_firm, cased, read_document_evidence, tokens_in
from dossier.ingest.battalion_short_names import battalion_short_names
from dossier.ingest.body_heads import lone_body_heads
from dossier.ingest.bracketed_family import join_bracketed_family_names
from dossier.ingest.citations import book_citations, web_citations
from dossier.ingest.city_documents import large_city
from dossier.ingest.clubs_listed import clubs_listed_together
from dossier.ingest.common_words import COMMON, is_common_word, zipf
from dossier.ingest.constituencies import (
    dashed_seat,
    party_before_letters,
    seat_after_for,
    seat_before_letters,
    seat_of_two_after_letters,
    titled_town_seat,
)
from dossier.ingest.courts import court_with_its_seat
from dossier.ingest.cues import (
    BODIES_BY_HEAD,
    CAPITAL_PARTICLES,
    DESCRIBED_BY_DEMONYM,
    DISH_HEADS,
    DOCUMENT_HEADS,
    EVENT_HEADS,
    FIELD_GERUNDS,
    FORCE_MEMBERS,
    FORCE_OF_MEMBERS,
    FORMER_STAFF_NOUNS,
    FUNCTION_WORDS,
    FUNDERS_OPENING,
    HEAD_AFTER_FIRST,
    HEAD_WORD,
    HOLIDAYS,
    KNOWN_BODIES,
    KNOWN_GROUPS,
    KNOWN_MEDIA,
    KNOWN_PHRASE_BODIES,
    KNOWN_PHRASE_SIZE,
    MATCH_RESULT,
    MONTHS_AND_DAYS,
    MOVEMENTS_OF_A_STATE,
    NAME_GLUE,
    NAME_PARTICLES,
    NAME_WORD,
    NAMESAKE_BUILDINGS,
    NAMESAKE_TITLES,
    NATIONAL_SPORT_BODIES,
    NATIONS_OF_THE_UK,
    OFFICE_SIGNATURE_ENDS,
    OFFICE_SIGNATURE_LINES,
    ORGANISATIONS_POSTS,
    PAGE_VERBS,
    PARTIES_BY_WORD,
    PERIOD_ADJECTIVES,
    PERIOD_STYLE_NOUNS,
    PERSON_NOUNS_OPENING,
    PLACE_PREPOSITIONS,
    PLURAL_HEADS_OF_STATES,
    RIVALS_OPENING,
    SERVICE_RANKS,
    SPORT_WORDS,
    SPORTS_POSITIONS,
    STATE_OFFICES_AFTER_ITS_NAME,
    STATION_PREFIXES,
    STORM_NAME,
    STREET_HEADS,
    TERM_ACRONYMS,
    TITLE_PARTS,
    TITLES,
    TRADE_NOUNS_OPENING,
    VILLAGE_OPENERS,
    VILLAGE_OPENERS_COMMON,
    WAR_HEADS,
    Cue,
)
from dossier.ingest.draft_evidence import SHIP_PREFIXES
from dossier.ingest.forces_stationed_in import take_land_of_stationed_forces
from dossier.ingest.gazetteer import Gazetteer, is_region
from dossier.ingest.grouping import ActorDraft, Candidate, group_candidates
from dossier.ingest.hyphened_town_pairs import hyphened_towns
from dossier.ingest.korean_places import read_hangul_word
from dossier.ingest.later_surnames import link_later_surnames
from dossier.ingest.listed_names import (
    MAKER_LABELS,
    PLACE_COLUMNS,
    PLACE_LABELS,
    column_spans,
    lineup_spans,
    listed_name_spans,
    office_holder_spans,
    people_line_spans,
    person_label_spans,
    standings_row_spans,
    table_name_spans,
    table_row_spans,
)
from dossier.ingest.mentions import ActorIndex, Mention, Token, names_the_actor
from dossier.ingest.name_bounds import (
    HYPHENED_PARTICLES,
    breaks_name,
    dated_name,
    drop_members_plural,
    ends_name,
    hull_number_before_group,
    hyphened_prefix,
    league_division_start,
    national_branch,
    numbered_site,
    opens_arabic_name,
    ordinal_unit,
    run_end,
    take_article,
    take_number_word,
    take_ordinal,
    trails_name,
)
from dossier.ingest.name_kinds import (
    FORCE_WITH_ITS_OPERATION,
    body_for_an_aim,
    denomination_church,
    firm_of_two_common_words,
    name_candidate,
    outlet_and_its_edition,
    product_of_known_firm,
    venture_named_for_site,
    written_with_its_accents,
)
from dossier.ingest.name_words import (
    ADJECTIVE_SUFFIXES,
    BUILDING_HEADS,
    COMPASS,
    COMPASS_HEADS,
    INSTITUTION_WORDS,
    LETTER_NUMBER,
    MAX_NAME_TOKENS,
    PLACE_HEADS,
    WORD_ALONE,
    grade_after_rank,
    has_cue,
    installation_with_seat,
    is_title,
    opens_place,
    region_form,
)
from dossier.ingest.names import fold_phrase, is_given_name, is_surname, word_set
from dossier.ingest.names_something_else import CAPITALISED_NOUNS
from dossier.ingest.not_names import (
    OPENER_WORD,
    after_brand,
    city_demonym,
    common_opener_phrase,
    is_junk_word,
    line_label,
    past_tense_opener,
    quoted_title,
    surname_like_month,
    verb_form,
)
from dossier.ingest.numbered_bodies import numbered_committee
from dossier.ingest.other_language_places import read_run_other_language, with_company
from dossier.ingest.page_noise import (
    has_technical_words,
    is_reference_line,
    lettered_sum_spans,
    noise_lines,
    size_code_spans,
)
from dossier.ingest.person_names import (
    POST_WITH_REMIT,
    STATEMENT_BY_A_POST,
    bare_portfolio,
    bare_post,
    body_before_title_end,
    command_posts,
    complement_of_post_before,
    first_half_of_surname,
    force_of_a_chiefs_staff,
    generational_name,
    given_name_of_state,
    heads_a_body,
    is_initial,
    is_postnominal,
    local_post,
    middle_initial_of_person,
    named_after_titled,
    person_after_body,
    persons_listed_together,
    post_speaking,
    post_with_remit,
    rank_after_detective,
    state_opened_by_capitals,
    stopped_title,
    surname_of_state,
    title_names_a_building,
    titled_body,
    titled_person,
)
from dossier.ingest.persons_in_context import persons_in_context
from dossier.ingest.place_evidence import (
    LARGE_CITY,
    elided_name,
    formal_state,
    hyphened_place,
    place_lines,
    places_listed_together,
    qualified_place,
    state_of_adjectives,
    towns_above_a_date,
)
from dossier.ingest.polish_regions import read_polish_region
from dossier.ingest.quoted_firm_names import take_quoted_firm_name
from dossier.ingest.quoted_nicknames import join_quoted_nicknames
from dossier.ingest.road_codes import road_codes
from dossier.ingest.seated_bodies import bodies_at_towns
from dossier.ingest.sentences import Sentence
from dossier.ingest.shared_family_names import couples_family_names
from dossier.ingest.spellings_abroad import in_their_country
from dossier.ingest.state_institutions import institutions
from dossier.ingest.titled_towns import titled_town
from dossier.ingest.town_adjectives import town_of_a_quoted_name
from dossier.ingest.unspaced_places import UnspacedName, unspaced_candidate
from dossier.ingest.utility_firms import utility_firm
from dossier.ingest.venues import venue_candidate
from dossier.ingest.vietnamese_names import vietnamese_name_at
from dossier.ingest.works import product_stems, things_page, venues_listed_together
from dossier.model import Actor, ActorKind

_TITLE_WORDS = TITLES | TITLE_PARTS | NAME_GLUE
# Plural nouns that open a sentence before "of" and the name of the body they belong to.
_PLURAL_OPENERS = word_set("units elements members troops forces fighters soldiers officers")

_CODE_AROUND = re.compile(r"-\d")  # "COVID-19", "F-16": a code, not a name

_LINE_OPENER = re.compile(r"[^\n]*\n[ \t]*(?:[-•*–][ \t]+)?")
# A line's dateline in capitals and its dash, before the story's first word; its state may be written out
# ("Idaho") and a wire's or a station's name in brackets may follow ("LAKE FOREST, Ill. (WQRT) —").
_AFTER_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3},?(?: [A-Z][a-z]+\.?)?(?: \([A-Z][\w&.-]{1,15}\))? (?:--|[—–-]) +"
)

# Gerunds that open football clubs' names (Sporting Clube de Portugal, Racing Club): no verb there.
_CLUB_GERUNDS = word_set("sporting racing")
# Gerunds that say what a committee or a board does, inside its name: "National Steering Committee for ...",
# "the Organising Committee", "Coordinating Council", "Governing Board".
_COMMITTEE_GERUNDS = word_set("steering organising organizing coordinating governing")
_COMMITTEE_NOUNS = word_set("committee committees group council board body")

_ORDINAL_WORDS = word_set("first second third fourth fifth sixth seventh eighth ninth tenth")


_OFFICE_SIGNATURE = re.compile(
    r"^[ \t]*((?:[A-Z][\w.&'’-]*[ \t]+){1,8}(?:"
    + "|".join(OFFICE_SIGNATURE_ENDS)
    + r")|"
    + "|".join(OFFICE_SIGNATURE_LINES)
    + r")[ \t]*$",
    re.MULTILINE,
)


# Lower-case words of this many letters, other than function words, that a Title Case heading would
# have capitalised: two of them make a line sentence case, however many names it holds.
_PLAIN_WORD_LETTERS = 5
_SENTENCE_CASE_WORDS = 2


def _plain_words(sentence: Sentence, tokens: list[Token], content: list[int]) -> int:
    """How many of a line's content words are plain lower-case words ("behalf", "offensive"); not the
    half of a compound ("White-collar") nor a word in a line of tags ("Fraud | White collar crime")."""
    if "|" in sentence.text or "•" in sentence.text:
        return 0
    return sum(
        1
        for i in content
        if tokens[i].text.isalpha()
        and tokens[i].text.islower()
        and len(tokens[i].text) >= _PLAIN_WORD_LETTERS
        and not _after_hyphen(sentence, tokens[i])
    )


def _after_hyphen(sentence: Sentence, token: Token) -> bool:
    at = token.start - sentence.start
    return at > 0 and sentence.text[at - 1] in "-‐"


# What "the US Treasury" issues: "US Treasury yields" are the state's debt, not its finance ministry.
_TREASURY_PAPER = frozenset(
    ("yields", "yield", "bonds", "bond", "bills", "bill", "notes", "note", "securities", "market", "prices")
)


def _opens_run(doc: ActorDocument, first: int, position: int) -> bool:
    return all(doc.tokens[k].folded == "the" for k in range(first, position))


# Who runs a television channel, in lower case before "TV" and the channel's name: "state TV Al Ekhbariya".
_TV_OWNERS = frozenset(("state", "public", "national", "private", "local", "regional", "pan-arab"))


# A wire story's closing credits name its reporters and editors in a line with no full stop ("Reporting by
# Ilse Varn in Lagos; Editing by Tom Hale"): a line of names and places, not a Title Case heading. Agencies
# set the line in brackets: "(Reporting by Ilse Varn; Editing by Tom Hale)". So is a picture's credit line
# ("Image copyright Getty Images", "Image source, Reuters"): the agency's name is no heading's word.
_CREDIT_LINE = re.compile(
    r"\(?(?:(?:Additional )?(?:[Rr]eporting|Writing|Editing|Compiled) by|Image (?:copyright|source),?) [A-Z]"
)


def _town_folding_as_a_state(official: str, candidate: Candidate, actor: Actor) -> bool:
    """A town the gazetteer names, that a known state's name matches only once accents are folded."""
    return (
        candidate.kind is ActorKind.place
        and actor.kind is ActorKind.state
        and all(official != spelling for spelling in (actor.name, *actor.aliases))
    )


def heading_sentences(
    sentences: list[Sentence], tokens: list[Token], starts: list[int], language: str | None = None
) -> set[int]:
    """Indexes of sentences that read as headings (Title Case, no closing full stop)."""
    headings: set[int] = set()
    # A language that capitalises its nouns writes no headline in Title Case: one lower-case word of
    # some length ("Stichwahl in Ahlen: Streit entscheidet Wahl") shows a sentence.
    plain_words = 1 if language in CAPITALISED_NOUNS else _SENTENCE_CASE_WORDS
    for sentence in sentences:
        if sentence.text.endswith((".", "!", "”", '"', ":")) or _CREDIT_LINE.match(sentence.text):
            continue
        words = tokens_in(starts, sentence.start, sentence.end)
        # Title Case: the words other than function words mostly capitalised ("Floods Cut Off the
        # Valley"); a lede with names in it ("Minister Ellwood calls the attack a tragedy") is a
        # sentence. A line of one word ("Discussion", "Contact") is a heading, too.
        content = [i for i in words if tokens[i].folded not in FUNCTION_WORDS]
        if _plain_words(sentence, tokens, content) >= plain_words:
            continue  # "DR Congo: Statement by the ... on behalf of the EU on the M23 offensive": sentence case
        if len(words) == 1 or (
            len(words) >= 2 and content and sum(tokens[i].capitalised for i in content) / len(content) >= 0.75
        ):
            headings.add(sentence.index)
    return headings


# The registers where a state or a union publishes its laws: documents, not outlets.
_LAW_REGISTERS = frozenset({("official", "journal"), ("official", "gazette")})


def _body_spelled_whole(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Islamic Republic of Iran Broadcasting (IRIB)': a run with "of" whose acronym in brackets after it
    spells every capitalised word is one body, though a state's formal name opens it."""
    tokens, text = doc.tokens, doc.text
    if tokens[first].text == "The":
        first += 1
    words = tuple(tokens[k].folded for k in range(first, last + 1))
    if last - first < 3 or "of" not in words or doc.gazetteer.lookup(words) is not None:
        return None
    close = text.find(")", tokens[last].end, tokens[last].end + 12)
    letters = text[tokens[last].end + 2 : close] if close > 0 and text.startswith(" (", tokens[last].end) else ""
    initials = "".join(tokens[k].text[0] for k in range(first, last + 1) if cased(tokens[k]))
    if len(letters) < 3 or not letters.isupper() or letters != initials:
        return None
    candidate = name_candidate(doc, first, last, words)
    if candidate is not None and candidate.kind is not ActorKind.other:
        return candidate
    name = text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a name its acronym spells whole", 0.6)


# A service's head word inside a unit's name, and the unit's own head that ends it.
_SERVICES_OF_UNITS = word_set("guard navy army corps")
_UNIT_HEADS = word_set("team teams unit units squadron detachment element")


def _force_inside_unit(words: tuple[str, ...]) -> int | None:
    """Where the service's name ends inside a unit's ('U.S. Coast Guard Maritime Safety and Security
    Team' holds 'U.S. Coast Guard'): a service's head word, then two or more words up to a unit's head."""
    if len(words) < 4 or words[-1] not in _UNIT_HEADS:
        return None
    return next((k for k in range(1, len(words) - 2) if words[k] in _SERVICES_OF_UNITS), None)


_HEADS_OF = word_set("head heads chief chiefs")


def _heads_of_mission(doc: ActorDocument, first: int, last: int) -> tuple[int, int] | None:
    """The words of a run left to read around "Head(s) of Mission", a post of envoys and no body: after
    it ("... of Mission of the EU Member States" reads "EU Member States") or before it ("EU Heads of
    Mission" reads "EU"). None when the run holds no such post."""
    tokens = doc.tokens
    if (
        tokens[first].folded == "mission"
        and first >= 2
        and tokens[first - 1].folded == "of"
        and tokens[first - 2].folded in _HEADS_OF
        and tokens[first - 1].joined
        and tokens[first - 2].joined
    ):
        rest = first + 1
        while rest <= last and tokens[rest].folded in NAME_GLUE:
            rest += 1
        return rest, last
    after_post = last - first >= 2 and tokens[last].folded == "mission" and tokens[last - 1].folded == "of"
    if after_post and tokens[last - 2].folded in _HEADS_OF:
        return first, last - 3
    return None


# A force's head word, and the lower-case nouns of craft a model's name stands before: "Royal Air Force
# Chinook helicopters", "Varnish Navy Kestrel drones".
_FORCE_HEADS_BEFORE_MODEL = word_set("force forces navy army corps marines")
_CRAFT_NOUNS = word_set(
    "helicopter helicopters aircraft jet jets fighter fighters drone drones bomber bombers tank tanks "
    "frigate frigates ship ships vessel vessels"
)
_CRAFT_ROLES = word_set("surveillance transport patrol attack cargo reconnaissance training tanker")
_MODEL_WORDS = 3  # "Beechcraft King Air"


def _model_after_force(doc: ActorDocument, position: int, last: int) -> int | None:
    """Where a craft's model starts in 'Royal Air Force Chinook helicopters': a force's name, then one to
    three capitalised words before a lower-case noun of craft (maybe after its role: "surveillance")."""
    tokens = doc.tokens
    after = last + 1
    if after + 1 < len(tokens) and tokens[after].folded in _CRAFT_ROLES and tokens[after].joined:
        after += 1  # "... Beechcraft King Air surveillance aircraft": the craft's role before its noun
    if after >= len(tokens) or not tokens[last].joined or tokens[after].folded not in _CRAFT_NOUNS:
        return None
    if not tokens[after].text.islower() or not tokens[last + 1].text.islower():
        return None
    for model in range(max(position + 1, last - _MODEL_WORDS + 1), last + 1):
        if tokens[model - 1].folded in _FORCE_HEADS_BEFORE_MODEL and model - 1 > position:
            return model
    return None


_SECOND_FIELD = 2.5  # "Expatriates": a plain word after a remit's "and", rarer than most


def _second_field_of_remit(doc: ActorDocument, k: int) -> bool:
    """'Expatriates' in '... of Foreign Affairs and Expatriates Omar Varn': a plain word after a remit's
    "Affairs and" is the remit's second field, no actor of its own."""
    tokens = doc.tokens
    return (
        k >= 2
        and tokens[k - 1].folded == "and"
        and tokens[k - 2].folded in _REMIT_ENDS
        and not is_given_name(tokens[k].folded)
        and zipf(tokens[k].folded) >= _SECOND_FIELD
    )


def _state_opens_a_body(tokens: list[Token], k: int, last: int) -> bool:
    """'State' after a title's "of the", before a body's word: "the Chairman of the State Committee for
    ...", "Head of the State Security Service" (not "Secretary of State for ...", a title)."""
    return (
        k < last
        and tokens[k].folded == "state"
        and tokens[k - 1].folded == "the"
        and (tokens[k + 1].folded in NAME_WORD or tokens[k + 1].folded in HEAD_WORD)
    )


def _post_of_a_post(doc: ActorDocument, titles: list[int], last: int) -> int | None:
    """The first title of 'Special Representative of the UN Secretary-General' when the run ends with
    another post after its "of": the title whose remit that post is."""
    tokens = doc.tokens
    if not titles or titles[-1] != last:
        return None
    head = next((t for t in titles if t + 2 < last and tokens[t + 1].folded in ("of", "for")), None)
    return head


def _class_after_as_a(doc: ActorDocument, first: int, last: int) -> bool:
    """'designating the group as a Specially Designated Global Terrorist': after "as a" a capitalised
    phrase names the class something is put in, not an actor (not "as a Reuters correspondent",
    where the name qualifies a noun in lower case)."""
    tokens = doc.tokens
    if last == first or first < 2 or not (tokens[first - 1].joined and tokens[first - 2].joined):
        return False
    if tokens[first - 1].text == "designated" and tokens[first - 2].text in ("a", "an", "as"):
        return True  # "JAAS is a designated Foreign Terrorist Organization active in Mali"
    after = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if after is not None and after.text.islower() and after.folded not in FUNCTION_WORDS:
        return False
    if tokens[first - 1].text in ("a", "an") and _designated_before(tokens, first - 2):
        return True  # "the State Department designated it a Foreign Terrorist Organization in 2013"
    return tokens[first - 1].text in ("a", "an") and tokens[first - 2].text == "as"


# How far back from "a" the verb may stand: "designated it a", "designated the group a".
_DESIGNATED_OBJECT_WORDS = 3


def _designated_before(tokens: list[Token], k: int) -> bool:
    """Whether a form of "designate" stands a few joined words before token `k` (its object between)."""
    for back in range(k, max(-1, k - _DESIGNATED_OBJECT_WORDS), -1):
        if tokens[back].folded.startswith("designat"):
            return True
        if not tokens[back].joined:
            return False
    return False


def _acronym_of_a_class(doc: ActorDocument, first: int, last: int) -> bool:
    """'(SDGT)' right after 'as a Specially Designated Global Terrorist': the class's acronym."""
    tokens, text = doc.tokens, doc.text
    if first != last or first < 1 or text[tokens[first].start - 1 : tokens[first].start] != "(":
        return False
    k = first - 1  # the last word before the bracket
    while k > 0 and cased(tokens[k - 1]) and tokens[k - 1].joined:
        k -= 1
    return k < first and cased(tokens[k]) and _class_after_as_a(doc, k, first - 1)


def _particle_after_the(doc: ActorDocument, position: int, last: int) -> bool:
    """'the Dos Palmas resort', 'the Da Silva Group': a particle in capitals after "the" opens the name."""
    tokens = doc.tokens
    return (
        position > 0
        and position < last
        and cased(tokens[position])
        and tokens[position - 1].text == "the"
        and tokens[position - 1].joined
    )


def _acronym_in_heading(tokens: list[Token], words: range, i: int) -> bool:
    """'CENTCOM Hosts Maritime Conference': a body's acronym in a Title Case heading stands out of it
    and may be the only place the source writes it. Not in a shouted heading ("UPDATE ON THE TALKS")
    and not a word in capitals ("NEW", "LIVE")."""
    text = tokens[i].text
    if len(text) < _HEADING_ACRONYM_LETTERS or not text.isalpha() or not text.isupper():
        return False
    known = tokens[i].folded in KNOWN_BODIES or tokens[i].folded in KNOWN_GROUPS
    if zipf(tokens[i].folded) >= _HEADING_ACRONYM_ZIPF and not known:
        return False  # (a body or group every reader knows is read however common: "NATO", "ISIS")
    shouted = sum(tokens[k].text.isupper() and len(tokens[k].text) > 1 for k in words)
    return shouted * 2 < len(words)


# A force's branch after its acronym: "IRGC Navy", "PLA Navy", "RSF Air Force" is the branch's name.
_BRANCHES_AFTER_ACRONYM = frozenset({"navy", "army", "marines"})


def _branch_after_acronym(tokens: list[Token], i: int) -> bool:
    return tokens[i - 1].joined and tokens[i - 1].text.isupper() and tokens[i].folded in _BRANCHES_AFTER_ACRONYM


_HEADING_ACRONYM_LETTERS = 3  # "UN" and "US" in a heading are read from the body, if at all
_HEADING_ACRONYM_ZIPF = 3.0  # "NEW", "LIVE", "COVID" are words in capitals


def _same_place(official: str | None, actor: Actor, gazetteer: Gazetteer) -> bool:
    place = gazetteer.lookup(fold_phrase(official)) if official else None
    return place is not None and names_the_actor(place, actor, gazetteer)


def propose_actors(
    text: str,
    tokens: list[Token],
    sentences: list[Sentence],
    known: list[Mention],
    index: ActorIndex,
    gazetteer: Gazetteer,
    taken_ids: set[str],
    rejected: frozenset[tuple[str, ...]] = frozenset(),
    language: str = "en",
    unspaced: Mapping[int, UnspacedName] | None = None,
) -> tuple[list[ActorDraft], list[Mention]]:
    """New actor drafts, and the extra mentions of known actors found on the way (U.S. for United States).

    `rejected`: folded names of drafts the analyst rejected before; they are not proposed again.
    `language` (ISO 639-1): the English rules apply to English; other languages get the places and
    states the gazetteer knows, in their own forms (`other_language_places`). `unspaced`: the
    places found in Chinese or Japanese text, by their tokens' starts (`unspaced_places`).
    """
    english = language == "en"
    starts = [token.start for token in tokens]
    covered = [False] * len(tokens)
    for mention in known:
        for i in range(mention.first, mention.last + 1):
            covered[i] = True
    headings = heading_sentences(sentences, tokens, starts, language)
    skip = [False] * len(tokens)
    sentence_first: set[int] = set()
    for sentence in sentences:
        words = tokens_in(starts, sentence.start, sentence.end)
        if words:
            sentence_first.add(words[0])
        if sentence.index in headings:
            for i in words:
                skip[i] = not (english and _acronym_in_heading(tokens, words, i))
                if english and i > words.start and not skip[i - 1] and _branch_after_acronym(tokens, i):
                    skip[i] = False  # "... From IRGC Navy Boats": the body's branch after its acronym
    if english:
        for start, end in listed_name_spans(text):
            for i in tokens_in(starts, start, end):
                skip[i] = False  # "Leaders: Ilse Varn, Tomas Quell", a "See also" item: names, not a heading
        for start, end in place_lines(text, gazetteer):
            for i in tokens_in(starts, start, end):
                skip[i] = False  # "Nadi, Fiji" at a release's head: where it was issued
    noise, technical = noise_lines(text) if english else ([], False)
    for start, end in noise:
        for i in tokens_in(starts, start, end):
            skip[i] = True  # references, code and shouted headings: no prose to draw names from
    if english:
        for match in _OFFICE_SIGNATURE.finditer(text):
            for i in tokens_in(starts, match.start(1), match.end(1)):
                skip[i] = False  # "U.S. Central Command Public Affairs" under a release: the office's name
    if english:
        for start, end in table_row_spans(text):
            for i in tokens_in(starts, start, end):
                skip[i] = True  # a table's figures, codes and column headings ("BTC", "REB")
        for start, end in table_name_spans(text):
            for i in tokens_in(starts, start, end):
                skip[i] = False  # "| Ilse Varn | Tremmin Party | 987 |": a cell that holds a name
    for start, end in standings_row_spans(text):
        for i in tokens_in(starts, start, end):
            skip[i] = True  # "| 2 | Goiás | 36 |": a team in a league table, not the state
    for match in _CONTACT_LINE.finditer(text) if english else []:
        for i in tokens_in(starts, match.start(), match.end()):
            skip[i] = False  # "DFAT Media: (02) 6261 1555" under "Media contacts": read by `_contact_office`
    for start, end in size_code_spans(text) if english else []:
        for i in tokens_in(starts, start, end):
            skip[i] = True  # "Size: UK 6 UK 7": sizes, not the state
    for start, end in lettered_sum_spans(text):
        for i in tokens_in(starts, start, end):
            skip[i] = True  # "R31 million", "N2.1bn": a sum in rand or naira, not an acronym
    for i, token in enumerate(tokens):
        if token.start > 0 and text[token.start - 1] in "@#":
            skip[i] = True  # "@ABlinken", "#StandWithX": a handle or a hashtag, not a name as written
        if text[token.end : token.end + 1] in ("$", "¢", "₵"):
            skip[i] = True  # "HK$2.4 million", "US$3", "R$ 50", "GH¢900": a currency's letters, not the place
        # After an opening quote or bracket, or a colon ("Read more: Looted art"), a capital starts a
        # sentence, too; German opens quotes with „ or », French and Russian with «.
        if i > 0 and (
            text[token.start - 1 : token.start] in "\"“‘„‚«»('" or text[token.start - 2 : token.start] == ": "
        ):
            sentence_first.add(i)
        if i > 0 and _LINE_OPENER.fullmatch(text, tokens[i - 1].end, token.start):
            sentence_first.add(i)  # a line of its own, or an item of a list ("- Visualizing data")
        if english and i > 0 and _AFTER_DATELINE.fullmatch(text, text.rfind("\n", 0, token.start) + 1, token.start):
            sentence_first.add(i)  # "HARBOR CITY — Commuters will pay": the story's first word after its dateline
    doc = ActorDocument(
        text,
        tokens,
        sentence_first,
        confirmed={t.folded for i, t in enumerate(tokens) if t.capitalised and i not in sentence_first and not skip[i]},
        alone={
            t.folded
            for i, t in enumerate(tokens)
            if t.capitalised
            and not (
                i > 0
                and tokens[i - 1].joined
                and (
                    tokens[i - 1].capitalised
                    or tokens[i - 1].folded in NAME_PARTICLES
                    or (tokens[i - 1].folded in HYPHENED_PARTICLES and text[t.start - 1] in "-‐")  # "Port-au-Prince"
                )
            )
            and not (t.joined and i + 1 < len(tokens) and tokens[i + 1].capitalised)
            # "a Lloyd's policy": a firm's name in the possessive after an article, no surname alone
            and not (i > 0 and tokens[i - 1].folded in _ARTICLES and text[t.end : t.end + 3] in ("'s ", "’s "))
            # "the Wolves rallied": a team or a family after "the", never one person's surname alone
            and not (i > 0 and tokens[i - 1].folded == "the" and tokens[i - 1].joined)
        },
        lower_case={t.folded for t in tokens if t.text[0].islower() and not brand_cased_firm(t)},
        gazetteer=gazetteer,
        technical=technical or _technical_words(tokens, skip),
    )
    read_document_evidence(doc)
    doc.products = product_stems(doc) if english else set()
    doc.things = english and things_page(doc)
    # (a word of the game opening a sentence counts too: "Striker Ola Brandt gave ...", "Goalkeeper ...")
    sport_words = (doc.lower_case | {tokens[i].folded for i in sentence_first if i < len(tokens)}) & SPORT_WORDS
    doc.sports = english and (
        len(sport_words) >= _SPORTS_PAGE or len(MATCH_RESULT.findall(text)) >= _SPORTS_PAGE_RESULTS
    )
    doc.storms = english and STORM_NAME.search(text) is not None
    candidates: list[Candidate] = []
    extra_known: list[Mention] = []
    i = 0
    count = len(tokens)
    while i < count:
        phrase_body = _known_body_at(doc, i, covered) if english else None
        if phrase_body is None and english and not (covered[i] or skip[i]):
            phrase_body = dated_name(doc, i, covered, skip)  # "the March 23 Movement"
            phrase_body = phrase_body or numbered_site(doc, i, covered, skip)  # "at Tower 22"
            phrase_body = phrase_body or numbered_committee(doc, i, covered, skip)  # "the UNSC 1267 Committee"
        hangul = read_hangul_word(doc, i) if language == "ko" and not (covered[i] or skip[i]) else None
        if language == "pl" and not (covered[i] or skip[i]):
            hangul = read_polish_region(doc, i)  # "w województwie lubelskim": in lower case too
        if language == "ru" and not (covered[i] or skip[i]):
            hangul = town_of_a_quoted_name(doc, i, language)  # "омский «Авангард»": in lower case too
        if unspaced and tokens[i].start in unspaced and not covered[i]:
            # Chinese and Japanese: found before the tokens (which it cut), in headings too.
            hangul = unspaced_candidate(i, tokens[i], unspaced[tokens[i].start])
        if phrase_body is not None:
            last, found = phrase_body.last, [phrase_body]  # "Save the Children": its small words are the name's
        elif hangul is not None:
            last, found = i, [hangul]  # "서울에서": Korean has no capitals to start a run
        elif (
            covered[i]
            or skip[i]
            or not (
                cased(tokens[i])
                or (english and brand_cased_firm(tokens[i]))  # "eBay"
                or (not english and elided_name(tokens[i]) is not None)
            )
        ):
            i += 1
            continue
        else:
            last = run_end(text, tokens, i, covered, skip, gazetteer)
            unit = ordinal_unit(doc, i, last) if english else None
            if unit is None and english:
                unit = _state_before_unit(doc, i, last, covered, skip)  # "the U.S. 5th Fleet"
                last = unit.last if unit is not None else last
            if unit is not None:
                found = [unit]
            elif english:
                found = _whole_if_spelled(doc, i, last, _read_run(doc, i, last))
            else:
                found = read_run_other_language(doc, i, last, language)
        for candidate in found:
            if english:
                take_article(doc, candidate)
                take_ordinal(doc, candidate)
                take_number_word(doc, candidate)
                take_quoted_firm_name(doc, candidate)  # 'Shipbuilding Company "More"'
                take_land_of_stationed_forces(doc, candidate)  # 'Group of Soviet Forces in Germany'
                drop_members_plural(doc, candidate)  # 'the Humanitarian Partnership NGOs'
            official = candidate.canonical or candidate.gazetteer_name
            hit = index.lookup(fold_phrase(official)) if official else None
            if hit is not None and hit[1] == "variant" and not _same_place(official, index.actors[hit[0]], gazetteer):
                hit = None  # "Llandudno" is no spelling of a known "London": their consonants alike, not the place
            if hit is not None and hit[1] == "surname" and candidate.kind in (ActorKind.place, ActorKind.state):
                hit = None  # the town of Brough, not a known Ms Brough
            if hit is not None and official and _town_folding_as_a_state(official, candidate, index.actors[hit[0]]):
                hit = None  # "Franca", a Brazilian city, not the known France ("França" folds alike)
            if hit is not None:
                # The gazetteer or a demonym says which known actor this is (U.S. -> United States).
                start, end = tokens[candidate.first].start, tokens[candidate.last].end
                how = "gazetteer" if candidate.kind is not ActorKind.state else "state name"
                extra_known.append(Mention(hit[0], start, end, candidate.first, candidate.last, text[start:end], how))
            else:
                candidates.append(candidate)
        # A place's name may go on past the run's end over small words ("Rio Grande do Sul").
        i = max(last, *(candidate.last for candidate in found)) + 1 if found and not english else last + 1
    if english:
        for candidate in institutions(tokens, gazetteer, text):
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
        candidates += _titled_persons_in_headings(doc, sentences, headings, starts, covered, skip)
        candidates += _name_of_the_title_line(doc, sentences, headings, starts, covered)
        references = [span for span in noise if is_reference_line(text[span[0] : span[1]])]
        candidates += book_citations(doc, references) + web_citations(doc, references)
        places_listed_together(doc, candidates)
        clubs_listed_together(doc, candidates)
        venues_listed_together(doc, candidates)
        persons_in_context(doc, candidates)
        persons_listed_together(doc, candidates)
        _persons_under_label(doc, candidates)
        candidates = _players_on_team_sheets(doc, candidates)
        _speakers_after_quotes(doc, candidates)
        _places_under_label(doc, candidates)
        _makers_under_label(doc, candidates)
        _kinds_from_of_phrases(doc, candidates)
        candidates = battalion_short_names(doc, _battalions_of_regiments(doc, candidates))
        candidates = command_posts(doc, candidates)
        candidates = bodies_at_towns(doc, candidates)
        candidates = road_codes(doc, candidates)
        _crown_bodies(doc, candidates)
        _towns_above_dates(doc, candidates)
        lone_body_heads(doc, candidates)
        linked = [index.actors[mention.actor_id].name for mention in (*known, *extra_known)]
        candidates = in_their_country(doc, candidates, linked)
    if not english:
        candidates = with_company(candidates)  # "Того, кто…" at a sentence's start, and no Togo
    # Names the analyst rejected in review are not proposed again, nor names the text describes as works
    # ("Salt Ledger, her first solo show,": "Salt Ledger is supported by ..." is the show too).
    candidates = [
        c
        for c in candidates
        if fold_phrase(c.canonical or c.name) not in rejected and fold_phrase(c.name) not in doc.works
    ]
    acronyms = defined_acronyms(doc, candidates)
    drafts = group_candidates(candidates, tokens, index, taken_ids, acronyms)
    if english:
        drafts = join_bracketed_family_names(doc, join_quoted_nicknames(doc, drafts, taken_ids), taken_ids)
        drafts = link_later_surnames(doc, couples_family_names(doc, drafts, taken_ids))
    return drafts, extra_known


_BODY_KINDS = (ActorKind.organization, ActorKind.armed_force, ActorKind.media)


def _team_of_a_land(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'the Team Europe approach', 'Team GB won gold': "Team" and the name of a state or a region the
    gazetteer knows name one body (a joint effort, a national side)."""
    tokens = doc.tokens
    while first < last and tokens[first].folded == "the":
        first += 1
    if last < first + 1 or tokens[first].text != "Team":
        return None
    if doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first + 1, last + 1))) is None:
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a team named for its land", 0.6)


# A state's or a province's agency or a sport's governing body named by its remit, then the land: "Health
# Canada", "Elections Saskatchewan", "Motorsport Norway", "Tennis Australia" (the remit first; "England
# Hockey" has it last).
_REMITS_BEFORE_A_STATE = word_set(
    "health transport parks statistics environment tourism heritage enterprise motorsport tennis cycling rowing "
    "swimming athletics rugby hockey netball basketball golf sailing elections"
)


def _remit_of_a_state(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'announced by Health Canada', 'stewards from Motorsport Norway': a remit and a state, one body."""
    tokens = doc.tokens
    while first < last and tokens[first].folded == "the":
        first += 1
    if last != first + 1 or tokens[first].folded not in _REMITS_BEFORE_A_STATE or not tokens[first].text.istitle():
        return None
    place = doc.gazetteer.lookup((tokens[last].folded,))
    if place is None or not (place.kind == "state" or is_region(place)) or not tokens[last].text.istitle():
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a remit, then the land it serves", 0.6)


_WRITTEN_LEGAL_FORMS = frozenset({"limited", "ltd", "plc", "llc", "inc"})


def _firm_by_legal_form(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Energy Fiji Limited', 'Telecom Fiji Limited': capitalised words ending in a firm's legal form are
    one firm, though a state's name stands inside them."""
    tokens = doc.tokens
    while first < last and tokens[first].folded == "the":
        first += 1
    if last - first < 1 or tokens[last].folded not in _WRITTEN_LEGAL_FORMS:
        return None
    if not all(cased(tokens[k]) for k in range(first, last + 1)):
        return None
    if not any(doc.gazetteer.lookup((tokens[k].folded,)) for k in range(first, last)):
        return None  # the rules that read the name whole already name it a firm
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, f"a firm's legal form '{tokens[last].text}'", 0.6)


_MEMBERS_MEETINGS = frozenset({"meeting", "meetings", "summit", "retreat", "dialogue", "forum"})
_MEMBERS_IN_PLURAL = frozenset({"leaders", "ministers"})  # the members a body's own meeting is of


def _members_after_body(doc: ActorDocument, first: int, last: int) -> int | None:
    """Where a body's members in the plural, after its name, start: 'Pacific Islands Forum Leaders',
    'ASEAN Foreign Ministers' (the leaders' or ministers' meeting of the body, not a body of its own);
    None for anything else ('Council of Ministers' names them after "of")."""
    tokens = doc.tokens
    if last > first and tokens[last].folded in _MEMBERS_MEETINGS:
        last -= 1  # "... Forum Leaders Meeting", "... Foreign Ministers Retreat"
    if tokens[last].folded not in _MEMBERS_IN_PLURAL:
        return None  # ("Poole Harbour Commissioners", "Redbud Capital Advisors" are bodies of their own)
    start = last
    while start - 1 > first and tokens[start - 1].folded in TITLE_PARTS and tokens[start - 1].folded not in NAME_GLUE:
        start -= 1  # "ASEAN Foreign Ministers", "EU Defence Ministers"
    body = [tokens[k] for k in range(first, start) if tokens[k].folded != "the"]
    if not body or any(t.folded in NAME_GLUE for t in body):
        return None  # "Committee of Permanent Representatives": the members are named after its "of"
    spelled = len(body) == 1 and ACRONYM.fullmatch(body[-1].text) is not None
    return start if spelled or has_cue((body[-1].folded,)) else None


_GROUP_OF_STATES_CODE = re.compile(r"G\d{1,2}")  # "G5 Sahel"


def _group_of_states(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'the G5 Sahel', 'G5 Sahel Joint Force': a group of states named by its count and the world
    region it serves is one body (its force, when "Force" ends it), also called by its code alone.
    Not a code before a state or a city ("G7 Canada", "G20 Osaka summit"): the meeting's host."""
    tokens = doc.tokens
    opening = first + (tokens[first].folded == "the" and first < last)
    if opening >= last or not _GROUP_OF_STATES_CODE.fullmatch(tokens[opening].text):
        return None
    region = doc.gazetteer.lookup((tokens[opening + 1].folded,))
    if region is None or region.kind != "place" or region.country is not None:
        return None
    name = doc.text[tokens[opening].start : tokens[last].end]
    kind = ActorKind.armed_force if tokens[last].folded in ("force", "forces") else ActorKind.organization
    group = Candidate(opening, last, name, kind, "a group of states by its count and region", 0.65)
    group.alias = tokens[opening].text
    return group


_UNITS_NUMBER = 4  # digits of a unit's number: "Joint Task Force 412"


def _whole_if_spelled(doc: ActorDocument, first: int, last: int, found: list[Candidate]) -> list[Candidate]:
    """The run read whole as one body when its acronym in brackets spells it out and the reading cut
    it ("Future for Varnia (FfV)" is no "Varnia"); a reading that kept it whole stands."""
    opening = first + (doc.tokens[first].text == "The")
    whole = next((c for c in found if c.first <= opening and c.last == last), None)
    if whole is not None and whole.kind is ActorKind.other and spelled_by_acronym(doc, first, last):
        whole.kind, whole.found_by = ActorKind.organization, "a name its acronym in brackets spells out"
    if not found or whole is not None:
        return found  # nothing read at all: a class ("designated as a ... (SDGT)"), a heading, a brand
    if not spelled_by_acronym(doc, first, last):
        return found
    name = doc.text[doc.tokens[opening].start : doc.tokens[last].end]
    # "Varnak Force in Lebanon (VFL)": the kind of the body its opening words were read as, if any.
    kind = next((c.kind for c in found if c.first == opening and c.kind in _BODY_KINDS), ActorKind.organization)
    return [Candidate(opening, last, name, kind, "a name its acronym in brackets spells out", 0.7)]


def _take_units_number(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'the Commander of Joint Task Force 412': the number after the body's name ends it, and the post's."""
    tokens = doc.tokens
    last = candidates[0].last
    after = last + 1
    if after >= len(tokens) or not tokens[last].joined or doc.text[tokens[last].end : tokens[after].start] != " ":
        return
    if not (tokens[after].text.isdigit() and len(tokens[after].text) <= _UNITS_NUMBER):
        return
    for candidate in candidates:
        candidate.last = after
        candidate.name = doc.text[tokens[candidate.first].start : tokens[after].end]


# An envoy's post that a people's adjective makes one post: "the British Ambassador", "the Kenyan
# High Commissioner" (a rank alone, "the Ambassador", is left).
_ENVOY_POSTS = word_set("ambassador commissioner consul")
_ENVOY_RANKS = word_set("high deputy")  # "the Kenyan High Commissioner", "the French Deputy Ambassador"


def _post_after_demonym(
    doc: ActorDocument, found: list[Candidate], position: int, last: int, post: Candidate | None
) -> Candidate | None:
    """'the Armenian Deputy Prime Minister', 'the British Ambassador said': the people's adjective
    right before a post (or an envoy's rank) opens the post's name; it stays a draft of its state."""
    tokens = doc.tokens
    if not (_demonym_before(found, position) and tokens[position - 1].joined):
        return post
    envoy = tokens[last].folded in _ENVOY_POSTS and all(tokens[k].folded in _ENVOY_RANKS for k in range(position, last))
    if post is None and envoy:
        name = doc.text[tokens[position].start : tokens[last].end]
        post = Candidate(position, last, name, ActorKind.person, "an envoy's post after a people's adjective", 0.6)
    if post is None:
        return None
    return replace(post, first=position - 1, name=doc.text[tokens[position - 1].start : tokens[last].end])


def _demonym_before(found: list[Candidate], position: int) -> bool:
    """Whether a people's adjective ("British", read as its state) ends right before `position`."""
    return any(c.last == position - 1 and c.first == c.last and c.kind is ActorKind.state and c.alias for c in found)


def _demonym_opens_post(doc: ActorDocument, found: list[Candidate], post: Candidate) -> list[Candidate]:
    """'the Kenyan Minister of Defence', 'the British High Commissioner to Varnia': a people's adjective
    (or a state's name) right before a post with its remit is part of the post's name (as an unknown one already is)."""
    before = [
        c
        for c in found
        if c.last == post.first - 1 and ((c.first == c.last and c.alias is not None) or c.kind is ActorKind.state)
    ]  # "the United States Ambassador to Varnia": a state's name opens the post as its adjective does
    if not before or not doc.tokens[before[0].last].joined:
        return [*found, post]
    demonym = before[0]
    name = doc.text[doc.tokens[demonym.first].start : doc.tokens[post.last].end]
    joined = Candidate(demonym.first, post.last, name, post.kind, post.found_by, post.confidence)
    return [*(c for c in found if c is not demonym), joined]


def _place_of_post(doc: ActorDocument, rest: int, last: int) -> list[Candidate]:
    """'Minister for the Middle East', 'Governor of Texas': the gazetteer's place that the remit names
    whole (after "the"), as a draft of its own beside the post."""
    tokens = doc.tokens
    while rest < last and (tokens[rest].folded in NAME_GLUE or tokens[rest].folded == "to"):
        rest += 1  # "High Commissioner to the Maldives": the state an envoy is sent to, too
    words = tuple(tokens[k].folded for k in range(rest, last + 1))
    if not words or not all(cased(tokens[k]) or tokens[k].folded in NAME_GLUE for k in range(rest, last + 1)):
        return []  # "Horn of Africa": small words inside the place's name
    name = doc.text[tokens[rest].start : tokens[last].end]
    place = doc.gazetteer.lookup(words)
    if place is not None:
        return [
            Candidate(
                rest, last, name, ActorKind.place, "a known place in a post's remit", 0.6, gazetteer_name=place.name
            )
        ]
    known_region = len(words) >= 2 and words[-1] in _REGION_HEADS and doc.gazetteer.lookup(words[:-1]) is not None
    if known_region and not any(w in NAME_GLUE for w in words):
        # "Governor of the Agadez Region": a known place's region, named with its head word
        return [Candidate(rest, last, name, ActorKind.place, "a known region named in a post's remit", 0.55)]
    seat = seat_after_for(doc, rest, last)
    if seat is not None and not has_cue(words):
        # "the Labour MP for Brenmouth": a member's seat is a place, known or not
        return [Candidate(rest, last, name, ActorKind.place, f"a member's seat after '{seat}'", 0.6)]
    return []  # an unknown town or region stays inside the post (the convention names known places only)


# A region's head word at the end of a post's remit: "Governor of the Agadez Region".
_REGION_HEADS = word_set("region province district governorate county oblast prefecture")


def _state_before_unit(
    doc: ActorDocument, first: int, last: int, covered: list[bool], skip: list[bool]
) -> Candidate | None:
    """'the U.S. 5th Fleet', 'the UK 1st Division': a state's short name written before a unit's
    number is part of the unit's name (the run stops at the number)."""
    tokens = doc.tokens
    token = tokens[first]
    number = last + 1
    if last != first or not token.joined or number + 1 >= len(tokens) or covered[number + 1] or skip[number + 1]:
        return None
    if not (token.text.replace(".", "").isupper() and token.text.replace(".", "").isalpha()):
        return None  # only "U.S.", "UK": a demonym before a unit ("Iraqi 9th Division") stays apart
    state = doc.gazetteer.lookup((token.folded,))
    if state is None or state.kind != "state" or not cased(tokens[number + 1]):
        return None
    unit = ordinal_unit(doc, number + 1, run_end(doc.text, tokens, number + 1, covered, skip, doc.gazetteer))
    if unit is None:
        return None
    name = doc.text[token.start : tokens[unit.last].end]
    return Candidate(first, unit.last, name, ActorKind.armed_force, "a state, a unit's number and head word", 0.7)


def _goes_on_with(tokens: list[Token], last: int, words: tuple[str, ...]) -> bool:
    """Whether the token after `last` is one of `words` and follows it with only a space."""
    return last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].folded in words


def _subject_of_document(tokens: list[Token], first: int) -> bool:
    """Whether the run at `first` follows a document's name and "on [the]": "Tashkent Accord on ...",
    "Convention on the ..." (what the document is about, not who signed it)."""
    k = first - 1
    if k > 0 and tokens[k].folded == "the" and tokens[k - 1].joined:
        k -= 1
    return (
        k > 0
        and tokens[k].folded == "on"
        and tokens[k - 1].joined
        and tokens[k - 1].folded in DOCUMENT_HEADS
        and tokens[k - 1].capitalised
    )


# A person's name has two to four words ("Freddy Padilla de León").
_LISTED_PERSON_WORDS = range(2, 5)


def _persons_under_label(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Leaders: Tomas Quell, Nyo Varn Awng', or a board's line of names ('A (Chair), B, C'): a name of no kind
    on a line of people is a person's."""
    spans = (
        person_label_spans(doc.text)
        + office_holder_spans(doc.text)
        + people_line_spans(doc.text)
        + column_spans(doc.text)
    )
    # one word or an acronym: a body as often as a person
    _persons_of_no_kind_under(doc, candidates, spans, _LISTED_PERSON_WORDS, 0.55)


# A player on a team sheet is named by one to three words ("Varn", "Ilse Varn", "Ilse van Varn").
_PLAYER_WORDS = range(1, 4)


def _players_on_team_sheets(doc: ActorDocument, candidates: list[Candidate]) -> list[Candidate]:
    """'Line-up: Varn; Quell, Tresk', 'Tremmin: Varn; Quell, Tresk, ...': a name of no kind on a team sheet
    is a player's, a lone surname too (on other lines of people a lone word is a body as often). Two
    capitals in brackets after a player there are the position played ("Ilse Varn (GK)"), no body."""
    spans = lineup_spans(doc.text)
    # an acronym there is a club or a body
    _persons_of_no_kind_under(doc, candidates, spans, _PLAYER_WORDS, 0.6)
    return [c for c in candidates if not (spans and _position_on_team_sheet(doc, c, spans))]


def _position_on_team_sheet(doc: ActorDocument, candidate: Candidate, spans: list[tuple[int, int]]) -> bool:
    token = doc.tokens[candidate.first]
    if candidate.last != candidate.first or len(token.text) > 2 or not token.text.isupper():
        return False
    inside = doc.text[token.start - 1 : token.start] == "(" and doc.text[token.end : token.end + 1] == ")"
    return inside and any(a <= token.start and token.end <= b for a, b in spans)


def _persons_of_no_kind_under(
    doc: ActorDocument, candidates: list[Candidate], spans: list[tuple[int, int]], words: range, confidence: float
) -> None:
    """Make a person of each name of no kind inside `spans` that has `words` capitalised words, no acronym."""
    if not spans:
        return
    tokens = doc.tokens
    for candidate in candidates:
        if candidate.kind is not ActorKind.other:
            continue
        capitalised = [tokens[k] for k in range(candidate.first, candidate.last + 1) if tokens[k].capitalised]
        if len(capitalised) not in words or any(t.text.isupper() for t in capitalised):
            continue
        _mark_if_under_label(doc, candidate, spans, ActorKind.person, confidence)


# '"We will stay," said Ilse Varnakova': a quotation closed, then a speech verb, then the speaker.
_AFTER_QUOTE_SPEECH = re.compile(r"""[,.!?]["”’']\s+(?:said|says|added|asked)\s+$""")
_QUOTE_LOOKBACK = 12  # characters before a name: '," said '


def _speakers_after_quotes(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'"We will stay," said Aïssatou Varnakova of the institute': a name of no kind, of two to
    four words, no acronym, right after a quotation and its speech verb, is the speaker, a person.
    A body that speaks there carries a body's word or is known by other evidence, so it has a kind."""
    tokens, text = doc.tokens, doc.text
    for candidate in candidates:
        if candidate.kind is not ActorKind.other:
            continue
        capitalised = [tokens[k] for k in range(candidate.first, candidate.last + 1) if tokens[k].capitalised]
        if len(capitalised) not in _LISTED_PERSON_WORDS or any(t.text.isupper() for t in capitalised):
            continue
        start = tokens[candidate.first].start
        if _AFTER_QUOTE_SPEECH.search(text, max(0, start - _QUOTE_LOOKBACK), start) is None:
            continue
        candidate.kind = ActorKind.person
        candidate.found_by = "the speaker after a quotation"
        candidate.confidence = 0.55


def _places_under_label(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Location: Ouadi Varn, Borkou': a name on a line of places that nothing made a body, and only a
    weak cue a person ("Varn" used alone elsewhere), is a place's."""
    spans = person_label_spans(doc.text, PLACE_LABELS) + column_spans(doc.text, PLACE_COLUMNS)
    if not spans:
        return
    tokens = doc.tokens
    for candidate in candidates:
        weak_person = candidate.kind is ActorKind.person and candidate.confidence <= _WEAK_PERSON
        if candidate.kind is not ActorKind.other and not weak_person:
            continue
        if weak_person and is_given_name(tokens[candidate.first].folded):
            continue  # "Ilse Varn" keeps her given name's evidence
        _mark_if_under_label(doc, candidate, spans, ActorKind.place, 0.65)


# A unit numbered within its regiment, and the regiment's last word: "5th Battalion, Tremmin Regiment",
# "2nd Battalion, 6th Marines", "1st Squadron, 3rd Cavalry Regiment", "2nd Battalion of the 41st Infantry Regiment".
_SUBUNIT_HEADS = frozenset({"battalion", "squadron", "company", "battery"})


def _towns_above_dates(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Washington, D.C.' above 'April 2, 2026' at a briefing's head: the town it was given in."""
    starts = [token.start for token in doc.tokens]
    taken = {k for c in candidates for k in range(c.first, c.last + 1)}
    for start, end, official in towns_above_a_date(doc.text, doc.gazetteer):
        words = tokens_in(starts, start, end)
        if not words or taken.intersection(words):
            continue
        name = doc.text[start:end]
        town = Candidate(
            words[0], words[-1], name, ActorKind.place, "a town above the day", 0.6, gazetteer_name=official
        )
        town.alias = qualified_place(doc, words[0], words[-1])  # "Washington, D.C." as the line gives it
        candidates.append(town)


_CROWN = re.compile(r"\b(?:His|Her) Majesty['’]s $")


def _crown_bodies(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'His Majesty's Armed Forces', 'Her Majesty's Prison Service': the crown's possessive opens the
    body's name (a monarch's title, not the possessive of a person named after it)."""
    tokens, text = doc.tokens, doc.text
    for index, candidate in enumerate(candidates):
        if candidate.kind in (ActorKind.person, ActorKind.place, ActorKind.state) or candidate.first < 2:
            continue
        start = tokens[candidate.first].start
        crown = _CROWN.search(text, max(0, start - 20), start)
        if crown is None or tokens[candidate.first - 2].start != crown.start():
            continue
        name = text[crown.start() : tokens[candidate.last].end]
        candidates[index] = replace(candidate, first=candidate.first - 2, name=name, canonical=None)


_REGIMENT_HEADS = frozenset({"regiment", "marines", "rifles", "fusiliers", "infantry", "guards", "rangers"})


def _battalions_of_regiments(doc: ActorDocument, candidates: list[Candidate]) -> list[Candidate]:
    """'2nd Battalion, Royal Varn Regiment': a numbered unit, a comma and its regiment are one unit's name."""
    tokens, text = doc.tokens, doc.text
    by_first = {c.first: c for c in candidates}
    merged: dict[int, Candidate] = {}
    for unit in candidates:
        if unit.kind is not ActorKind.armed_force or tokens[unit.last].folded not in _SUBUNIT_HEADS:
            continue
        if not tokens[unit.first].text[:1].isdigit():
            continue
        regiment = by_first.get(unit.last + 1) or by_first.get(unit.last + 3)
        if regiment is None or tokens[regiment.last].folded not in _REGIMENT_HEADS:
            continue
        between = text[tokens[unit.last].end : tokens[regiment.first].start]
        if between != ", " and not (between == " of the " and tokens[regiment.first].text[:1].isdigit()):
            continue
        name = text[tokens[unit.first].start : tokens[regiment.last].end]
        merged[id(unit)] = Candidate(
            unit.first, regiment.last, name, ActorKind.armed_force, "a numbered unit, then its regiment", 0.75
        )
        merged[id(regiment)] = merged[id(unit)]
    if not merged:
        return candidates
    out: list[Candidate] = []
    for candidate in candidates:
        whole = merged.get(id(candidate))
        if whole is None:
            out.append(candidate)
            continue
        if whole not in out:
            out.append(whole)
        if candidate.first != whole.first and tokens[candidate.first].text[:1].isdigit():
            out.append(candidate)  # "..., 75th Ranger Regiment": a numbered regiment is a unit of its own too
    return out


def _makers_under_label(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Manufacturer: Tollek Aerospace', 'Builders: Varn Skibsværft': a name of no kind on a line of makers
    or users is a body's (a firm, a navy), not a person's or a place's."""
    spans = person_label_spans(doc.text, MAKER_LABELS)
    if not spans:
        return
    for candidate in candidates:
        if candidate.kind is ActorKind.other:
            _mark_if_under_label(doc, candidate, spans, ActorKind.organization, 0.6)


def _mark_if_under_label(
    doc: ActorDocument, candidate: Candidate, spans: list[tuple[int, int]], kind: ActorKind, confidence: float
) -> None:
    """Give a candidate the kind of the 'Label: a, b' line it stands on, when it stands on one of them."""
    start, end = doc.tokens[candidate.first].start, doc.tokens[candidate.last].end
    if any(a <= start and end <= b for a, b in spans):
        line = doc.text[doc.text.rfind("\n", 0, start) + 1 : start]
        candidate.kind = kind
        if line.lstrip().startswith("|"):
            candidate.found_by = "in a table's column of names"  # "| Ilse Varn | ...", under "Candidate"
        else:
            candidate.found_by = f"listed under '{line.split(':')[0].strip()}:'"
        candidate.confidence = confidence


_RULED_BODIES = word_set("government administration cabinet regime")
_LEADER_WORDS = range(2, 5)  # "Abdrabbuh Mansur Hadi": a leader's whole name


def _kinds_from_of_phrases(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """Names of no kind that an 'of' phrase explains: 'the government of Ilse Varn Tresk' names the
    person who leads it (a state or a place has a kind of its own by then); 'Varntieri of Italy', a
    single word before 'of' and a state, is a firm or a body of that state."""
    tokens, text = doc.tokens, doc.text
    states = {c.first for c in candidates if c.kind is ActorKind.state}
    for candidate in candidates:
        if candidate.kind is not ActorKind.other:
            continue
        first, last = candidate.first, candidate.last
        size = last - first + 1
        if (
            size in _LEADER_WORDS
            and first >= 2
            and tokens[first - 1].folded == "of"
            and tokens[first - 2].folded in _RULED_BODIES
            and tokens[first - 2].joined
            and tokens[first - 1].joined
            and text[tokens[last].end : tokens[last].end + 1] not in ("'", "’")
        ):
            candidate.kind, candidate.confidence = ActorKind.person, 0.55
            candidate.found_by = f"after '{tokens[first - 2].text} of'"
        elif (
            size == 1
            and last + 2 < len(tokens)
            and tokens[last].joined
            and tokens[last + 1].folded == "of"
            and tokens[last + 1].joined
            and last + 2 in states
            and not (first > 0 and tokens[first - 1].folded == "of")
        ):
            candidate.kind, candidate.confidence = ActorKind.organization, 0.5
            candidate.found_by = "a name, 'of' and a state"


_WEAK_PERSON = 0.6  # a person by a surname used alone or a given name, not by a title or a phrase


_TITLE_LINE_WORDS = range(2, 6)


def _name_of_the_title_line(
    doc: ActorDocument, sentences: list[Sentence], headings: set[int], starts: list[int], covered: list[bool]
) -> list[Candidate]:
    """An article titled by a person's common name ("Ilse van Varn") over a first sentence that gives the
    full name ("Ilse Marie van Varn (born 1961) is ..."): the title line names that person too. Only as a
    short form of a name the text gives (`short_form_only`): a title line is no name on its own."""
    first = next((s for s in sentences if s.text.strip()), None)
    if first is None or first.index not in headings:
        return []
    words = tokens_in(starts, first.start, first.end)
    tokens = doc.tokens
    if len(words) not in _TITLE_LINE_WORDS or any(covered[k] for k in words):
        return []
    if not all(cased(tokens[k]) or tokens[k].text in NAME_PARTICLES for k in words):
        return []
    if not all(tokens[k].joined for k in range(words.start, words.stop - 1)):
        return []
    name = doc.text[tokens[words.start].start : tokens[words.stop - 1].end]
    line = Candidate(words.start, words.stop - 1, name, ActorKind.other, "the page's title line", 0.4)
    line.short_form_only = True
    return [line]


def _titled_persons_in_headings(
    doc: ActorDocument,
    sentences: list[Sentence],
    headings: set[int],
    starts: list[int],
    covered: list[bool],
    skip: list[bool],
) -> list[Candidate]:
    """Persons a heading names with their title: a minister's release opens with "The Hon Ilse
    Quistel MP" on a line of its own, a statement with "Statement by the High Representative
    Ilse Quistel on ...". The rest of a heading (Title Case words) is still no name."""
    found: list[Candidate] = []
    byline: int | None = None  # the heading line that named a person with a title
    previous = ""
    for sentence in sentences:
        line_before, previous = previous, sentence.text.rsplit("\n", 1)[-1]
        if sentence.index not in headings:
            continue
        words = tokens_in(starts, sentence.start, sentence.end)
        if not any(doc.tokens[k].folded in TITLES for k in words):
            continue
        # under "The Hon Ilse Varn MP" (a line read as a sentence or as a heading) or under a post
        # that was (a second portfolio of the same holder)
        under_byline = (byline is not None and byline == sentence.index - 1) or _HONOURED_LINE.match(
            line_before
        ) is not None
        whole_line = range(words.start, words.stop)
        skipped = [skip[k] for k in words]
        for k in words:
            skip[k] = False  # read this heading's runs (and only these), then skip it again
        k = words.start
        while k < words.stop:
            if covered[k] or not cased(doc.tokens[k]):
                k += 1
                continue
            last = min(run_end(doc.text, doc.tokens, k, covered, skip, doc.gazetteer), words.stop - 1)
            named = [c for c in _read_run(doc, k, last) if _titled_name_in_heading(doc, c)]
            if under_byline and not named:
                # "Senator the Hon Ilse Varn" / "Minister for Foreign Affairs": the post on the line
                # under a titled name stands for its holder
                posts = [_whole_post_line(doc, c, whole_line) for c in _read_run(doc, k, last)]
                named = [c for c in posts if c is not None] or _title_line(doc, k, last, whole_line)
            if not named and _post_after_byline_comma(doc, sentence.text, k):
                # "Senator the Hon Ilse Varn, Minister for Foreign Affairs": the post after the titled
                # name on its line stands for its holder as well
                posts = [_whole_post_line(doc, c, range(k, words.stop)) for c in _read_run(doc, k, last)]
                named = [c for c in posts if c is not None]
            byline = sentence.index if named else byline
            found += named
            k = last + 1
        for k, was in zip(words, skipped, strict=True):
            skip[k] = was
    return found


# A minister's byline: "Senator the Hon Ilse Varn", "The Hon Ilse Varn MP".
_HONOURED_LINE = re.compile(r"(?:Senator |The )?(?:the )?Hon(?:ourable)?\.? [A-Z]")


def _post_after_byline_comma(doc: ActorDocument, line_text: str, position: int) -> bool:
    """Whether `position` opens what follows the comma of a minister's byline line ("Senator the Hon
    Ilse Varn, Minister for ..."), the titled name being the line's first words."""
    line = line_text.rsplit("\n", 1)[-1]
    return _HONOURED_LINE.match(line) is not None and doc.text[: doc.tokens[position].start].endswith(", ")


def _whole_post_line(doc: ActorDocument, candidate: Candidate, line: range) -> Candidate | None:
    """A post with its remit that is the whole line ("Minister for Foreign Affairs"), with the title's
    words before it ("Assistant Minister for ..."); None for anything else."""
    tokens = doc.tokens
    if candidate.found_by != POST_WITH_REMIT or candidate.last != line.stop - 1:
        return None
    if not all(
        tokens[k].folded in TITLE_PARTS or tokens[k].folded in TITLES for k in range(line.start, candidate.first)
    ):
        return None
    name = doc.text[tokens[line.start].start : tokens[candidate.last].end]
    return replace(candidate, first=line.start, name=name)


def _title_line(doc: ActorDocument, first: int, last: int, line: range) -> list[Candidate]:
    """'Attorney-General', 'Treasurer', 'Assistant Minister': a line of title words alone under a
    minister's byline is the holder's post, standing for the holder (no remit to read)."""
    tokens = doc.tokens
    if first != line.start or last != line.stop - 1:
        return []
    if not all(tokens[k].folded in TITLES or tokens[k].folded in TITLE_PARTS for k in line):
        return []
    if tokens[last].folded not in TITLES or tokens[last].folded in _HONORIFICS:
        return []
    name = doc.text[tokens[first].start : tokens[last].end]
    return [Candidate(first, last, name, ActorKind.person, "a post on the line under a byline", 0.6)]


def _titled_name_in_heading(doc: ActorDocument, candidate: Candidate) -> bool:
    """A person's name after a title, not Title Case words ("President Announces New Funding")."""
    if candidate.found_by == STATEMENT_BY_A_POST:
        return True  # "Statement by the High Representative on behalf of the EU": the post that speaks
    if candidate.kind is not ActorKind.person or not candidate.found_by.startswith(("title '", "letters after")):
        return False
    # (the particles of "The Hon Ilse van der Tarrow MP" are no words of the name here)
    words = [
        doc.tokens[k].folded
        for k in range(candidate.first, candidate.last + 1)
        if not (doc.tokens[k].folded in NAME_PARTICLES and doc.tokens[k].text.islower())
    ]
    rare = all(zipf(w) < _HEADING_NAME_WORD for w in words)
    # "Senator the Hon Rowena Castellan": only a person is styled "the Honourable", so rare words
    # after it are a name even when no list knows the given name.
    honoured = candidate.first > 0 and doc.tokens[candidate.first - 1].folded in _HONORIFICS
    # "Secretary of Foreign Affairs Ilse Varn-Tarrow": rare words joined by a hyphen after a post with its
    # remit are a double family name (a heading's Title Case words are no remit's).
    hyphened = len(words) == 2 and doc.text[doc.tokens[candidate.first].end] in "-‐"
    remit = " of " in candidate.found_by or " for " in candidate.found_by
    # A given name first ("Julie Bishop"), or rare words ending with a family name ("Marise Payne");
    # not "PC Gamer Newsletter".
    return 2 <= len(words) <= 4 and (
        is_given_name(words[0]) or (rare and (honoured or is_surname(words[-1]) or (hyphened and remit)))
    )


_HEADING_NAME_WORD = 4.0  # Zipf: rarer words than this after a title are a name even in a heading
_HONORIFICS = word_set("hon honourable honorable")


# A rank that is an ordinary adjective too: after a firm's name it is part of it ("Medibank Private").
# (Not "General" or "Major": "Quartermaster General" is a post, "Ursa Major" a constellation.)
_ADJECTIVE_RANKS = word_set("private")
_RARE_FIRM_WORD = 3.0  # Zipf: a word this rare before the rank is a coined name, not a word of a title


def _firm_before_rank(doc: ActorDocument, position: int, last: int, titles: list[int]) -> Candidate | None:
    """'Dorvanta Private said': a rank word ends the run after a coined name, and no person follows;
    the rank is the firm's word ("the Tremmin Army Private Ilse Varn" has a name after it)."""
    tokens = doc.tokens
    if titles != [last] or last == position or tokens[last].folded not in _ADJECTIVE_RANKS:
        return None
    for k in range(position, last):
        word = tokens[k].folded
        if (
            zipf(word) >= _RARE_FIRM_WORD
            or tokens[k].text.isupper()
            or is_given_name(word)
            or is_surname(word)
            or has_cue((word,))
            or doc.gazetteer.lookup((word,)) is not None
            or doc.gazetteer.country_of_demonym(word) is not None
        ):
            return None
    name = doc.text[tokens[position].start : tokens[last].end]
    return Candidate(position, last, name, ActorKind.organization, f"a coined name before '{tokens[last].text}'", 0.55)


def _known_body_at(doc: ActorDocument, first: int, covered: list[bool]) -> Candidate | None:
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
            if _branch_for_a_nation(doc, last, covered):
                last += 1  # "Friends of the Earth Cymru", "Save the Children UK": the body's branch for a nation
            else:
                # "Plan International Australia", "World Vision New Zealand": the body's branch in a state
                last = _branch_in_a_state(doc, last, covered) or last
            last = _national_section_after_dash(doc, last) or last
            name = doc.text[tokens[first].start : tokens[last].end]
            return Candidate(first, last, name, cue.kind, "a body known by name", cue.confidence)
    return None


_BRANCH_NATIONS = NATIONS_OF_THE_UK | word_set("cymru uk")
_LONGEST_BRANCH_STATE = 3  # "Papua New Guinea"


def _branch_in_a_state(doc: ActorDocument, last: int, covered: list[bool]) -> int | None:
    """Where the name of a state that a worldwide body's name runs into ends ("... Australia", "... New Zealand"),
    if the capitalised words after the body's name are a state's whole name."""
    tokens = doc.tokens
    start = last + 1
    if start >= len(tokens) or not tokens[last].joined:
        return None
    for end in range(min(len(tokens) - 1, start + _LONGEST_BRANCH_STATE - 1), start - 1, -1):
        span = range(start, end + 1)
        if any(covered[k] or not tokens[k].capitalised for k in span) or not all(tokens[k].joined for k in span[:-1]):
            continue
        if end + 1 < len(tokens) and tokens[end].joined and tokens[end + 1].capitalised:
            continue  # the capitalised words go on: no state's name alone
        place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in span))
        if place is not None and place.kind == "state":
            return end
    return None


def _branch_for_a_nation(doc: ActorDocument, last: int, covered: list[bool]) -> bool:
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and tokens[last].joined
        and not covered[last + 1]
        and tokens[last + 1].capitalised
        and tokens[last + 1].folded in _BRANCH_NATIONS
    )


_SECTION_DASHES = (" – ", " — ")
_VERBS_AFTER_A_SECTION = word_set("said says told added warned")


def _national_section_after_dash(doc: ActorDocument, last: int) -> int | None:
    """'Doctors Without Borders – Varnland said': a known body, an en dash and one land the gazetteer knows,
    then the sentence goes on: the body's national section, one name (not "– Varnland summit talks")."""
    tokens, text = doc.tokens, doc.text
    land = last + 1
    if land >= len(tokens) or text[tokens[last].end : tokens[land].start] not in _SECTION_DASHES:
        return None
    if not tokens[land].text.istitle() or doc.gazetteer.lookup((tokens[land].folded,)) is None:
        return None
    after = tokens[land + 1] if land + 1 < len(tokens) and tokens[land].joined else None
    if after is not None and not (
        after.folded in FUNCTION_WORDS or after.folded in _VERBS_AFTER_A_SECTION or after.folded.endswith("ed")
    ):
        return None
    return land


def _after_particle(doc: ActorDocument, k: int) -> bool:
    """'Prince' of 'Port-au-Prince': a word after a hyphened particle is part of one name, no title."""
    return k >= 2 and doc.tokens[k - 1].folded in HYPHENED_PARTICLES and doc.text[doc.tokens[k].start - 1] in "-‐"


# Hospitals named "<town> General ...": "Threlby General Hospital", "Leeds General Infirmary".
_HOSPITAL_HEADS = word_set("hospital infirmary")


def _title_before_a_hospital(doc: ActorDocument, k: int, last: int) -> bool:
    """'General' of 'Threlby General Hospital', 'Coach' of 'Threlby Coach Station': a title word right before
    the head that ends the run is the name's, no post (not "Surgeon General")."""
    if k + 1 != last:
        return False
    word, head = doc.tokens[k].folded, doc.tokens[last].folded
    return (k > 0 and word == "general" and head in _HOSPITAL_HEADS) or (word, head) in HEAD_AFTER_FIRST


def _longer_titled_name(doc: ActorDocument, first: int, last: int) -> bool:
    """'State Sen. Lorenzo Bautista-Hale': a title opens the run and the person's name after it has more words
    than the last two (a given name, then a family name that is a given name too, "Bautista")."""
    person = titled_person(doc, first, last)
    return person is not None and person.first < last - 1


_CROWNS = frozenset(("king", "queen", "prince", "princess", "sultan", "emir", "amir", "shah"))


def _crown_possessive_opening(doc: ActorDocument, k: int, last: int) -> bool:
    """'King's College Hospital', 'Queen's University Belfast': a crown's possessive inside a run opens a
    body's name, no post."""
    token = doc.tokens[k]
    return k < last and token.folded in _CROWNS and doc.text[token.end : token.end + 3] in ("'s ", "\u2019s ")


_JUNIOR = frozenset(("jr", "sr"))


def _surname_after_given_name(doc: ActorDocument, k: int, position: int, last: int) -> bool:
    """'King' of 'Stephen King wrote' or 'Marla Brent King Avenue': a title word right after a given name that
    ends the name, or a street or a building named after the person, is a family name (not "Jordan King
    Abdullah", where the holder's name follows the title)."""
    tokens = doc.tokens
    if k <= position or not tokens[k - 1].joined:
        return False
    before = [tokens[j].folded for j in range(position, k)]
    # "Martin Luther King": a given name opens the name, and no title stands between
    if not is_given_name(before[0]) or any(word in TITLES or word in TITLE_PARTS for word in before):
        return False
    head = k + 2 if k + 2 <= last and tokens[k + 1].folded in _JUNIOR else k + 1  # "King Jr. Boulevard"
    if k == last or (k + 1 == last and tokens[last].folded in _JUNIOR):
        return True  # "Stephen King", "Harold King Jr."
    return head == last and tokens[last].folded in STREET_HEADS | NAMESAKE_BUILDINGS


def _second_half_of_name(doc: ActorDocument, k: int) -> bool:
    """'Sultan' of 'Dilnoza Karimova-Sultan': a title word written after a hyphen and a name's word is a
    family name's second half (not 'Vice-President' or 'Secretary-General', a title's own halves)."""
    tokens = doc.tokens
    if k < 2 or doc.text[tokens[k - 1].end : tokens[k].start] not in ("-", "‐"):
        return False
    before = tokens[k - 1]
    return (
        before.capitalised
        and not before.text.isupper()
        and len(before.text) > 3
        and not is_title(before.folded)
        and before.folded not in TITLE_PARTS
        and doc.text[tokens[k - 2].end : before.start] == " "
        and tokens[k - 2].capitalised
    )


_ARTICLES = frozenset(("a", "an", "the"))
_SPORTS_PAGE = 3  # words of a match report in lower case
_SPORTS_PAGE_RESULTS = 2  # or results with their scores: "the Storm thrashed the Dragons 40-6"

# Capitalised labels of a page before a name: "NEWS PROVIDED BY", "SOURCE". Words this common
# (Zipf; "news" 5.4, "exclusive" 4.6) in capitals are a label's, not an acronym's ("BBC" 4.6 is known).
_LABEL_WORD_ZIPF, _LABEL_WORD_LETTERS = 4.5, 4
_LABEL_GLUE = frozenset(("by", "of", "from", "for", "and"))


def _capitals_label_end(doc: ActorDocument, first: int, last: int) -> int | None:
    """The last word of a label in capitals that opens the run before a name in mixed case."""
    tokens = doc.tokens
    k = first
    while k < last and tokens[k].text.isupper() and tokens[k].text.isalpha():
        word = tokens[k].folded
        label = word in _LABEL_GLUE or (
            len(word) >= _LABEL_WORD_LETTERS
            and zipf(word) >= _LABEL_WORD_ZIPF
            and word not in KNOWN_MEDIA
            and word not in KNOWN_BODIES
            and doc.gazetteer.lookup((word,)) is None
        )
        if not label:
            return None
        k += 1
    if k == first or tokens[k].text.isupper() or (tokens[k - 1].folded in _LABEL_GLUE and k - 1 == first):
        return None
    return k - 1


# How common (Zipf) a word must be to read as a common noun before a name ("Engineer", "Parent").
_OPENING_NOUN_ZIPF = 3.0


def _staff_after(doc: ActorDocument, last: int) -> bool:
    """A staff noun right after the name: "Former Ardenmoor employees"."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].folded in FORMER_STAFF_NOUNS
        and doc.text[tokens[last].end : tokens[last + 1].start] == " "
    )


def _noun_after(doc: ActorDocument, last: int) -> bool:
    """A lower-case word (no function word) right after the name: "Former Tarnby adviser"."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or not tokens[last].joined or doc.text[tokens[last].end : tokens[last + 1].start] != " ":
        return False
    following = tokens[last + 1]
    return following.text.isalpha() and following.text.islower() and following.folded not in FUNCTION_WORDS


def _person_noun_opening(doc: ActorDocument, first: int) -> bool:
    word = doc.tokens[first].folded
    return word in PERSON_NOUNS_OPENING or (doc.sports and word in SPORTS_POSITIONS)


def _common_noun_before_name(doc: ActorDocument, first: int) -> bool:
    """'Engineer Hilarion Radwell said', 'Parent Cassius Brennard said': a common word, no title nor
    given name, opening a sentence before a name read as a person's (the person is read without it)."""
    word = doc.tokens[first].folded
    return (
        doc.tokens[first].text[1:].islower()  # not a rank written in capitals ("PC Tomas Varnell")
        and word.isalpha()
        and zipf(word) >= _OPENING_NOUN_ZIPF
        and word not in TITLES
        and not is_given_name(word)
        and doc.gazetteer.lookup((word,)) is None
        and doc.gazetteer.country_of_demonym(word) is None  # "British Airways Alex Cruz"
    )


def _service_rank_words(doc: ActorDocument, first: int, last: int) -> int:
    """How many words of a service's rank open the run, when at least two words of a name follow it."""
    words = tuple(doc.tokens[k].folded for k in range(first, last + 1))
    for rank in SERVICE_RANKS:
        if len(words) >= len(rank) + 2 and words[: len(rank)] == rank:
            return len(rank)
    return 0


# A word rarer than this after "Long" or "Little" is a village's own name, not a phrase ("Long Covid").
_VILLAGE_WORD = 3.0


def _common_village_opener(words: tuple[str, ...]) -> bool:
    """'Long Hinton', 'Much Wenlock': a common opener, then a rare word that is no one's given name."""
    return words[0] in VILLAGE_OPENERS_COMMON and zipf(words[1]) < _VILLAGE_WORD and not is_given_name(words[1])


# Body words that, right before a title, name the rank of a post, not a body: "Cabinet Secretary for
# Defence", "Cabinet Minister" (a person), unlike "Cabinet Office".
_POST_RANK_BODY_WORDS = word_set("cabinet")


# Portfolios whose last word is a body's head elsewhere, named right before a minister's title: "Civil Aviation
# Minister X", "Local Government Minister X" (no body "Civil Aviation" is named there).
_PORTFOLIOS_WITH_A_HEAD = frozenset((("civil", "aviation"), ("local", "government")))


def _in_portfolio(doc: ActorDocument, k: int, name: int) -> bool:
    """Whether token `k` is a word of such a portfolio, right before the title that ends before `name`."""
    tokens = doc.tokens
    return any(
        first >= 0
        and first + 2 < name
        and tokens[first + 2].folded in TITLES
        and (tokens[first].folded, tokens[first + 1].folded) in _PORTFOLIOS_WITH_A_HEAD
        for first in (k - 1, k)
    )


def _words_before_title(doc: ActorDocument, position: int, title: int) -> tuple[str, ...]:
    """The words of a run up to its last title, less a body word that only ranks the post."""
    tokens = doc.tokens
    return tuple(
        tokens[k].folded
        for k in range(position, title + 1)
        if not (tokens[k].folded in _POST_RANK_BODY_WORDS and k + 1 <= title and tokens[k + 1].folded in TITLES)
    )


def _state_opened_by_capitals(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'DR Congo': a title's letters in capitals opening a state's name the gazetteer knows whole."""
    tokens = doc.tokens
    if tokens[first].folded not in TITLES or not state_opened_by_capitals(doc, first, last):
        return None
    place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1)))
    if place is None:
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.state, f"gazetteer: {place.name}", 0.9, canonical=place.name)


def _head_word_in_title(doc: ActorDocument, candidate: Candidate) -> bool:
    tokens = doc.tokens
    after = candidate.last + 1
    return (
        candidate.first == candidate.last
        and tokens[candidate.first].folded in BODIES_BY_HEAD
        and after < len(tokens)
        and tokens[after].folded in TITLES
        and cased(tokens[after])
    )


# Counts before a force's members: "two Navy SEALs", "12 Army Rangers".
_COUNTS = word_set("two three four five six seven eight nine ten eleven twelve dozens several")


def _members_counted(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Two Navy SEALs': a count before a force's word and its members' word names the people."""
    if len(words) != 2 or words[1] not in FORCE_MEMBERS or words[0] not in FORCE_OF_MEMBERS or position == 0:
        return False
    count = doc.tokens[position - 1]
    return count.joined and (count.folded in _COUNTS or count.text.isdigit())


# Nouns after a party's name in lower case: "the Tarnish Hope party", "the ruling Varnish Dawn coalition".
_PARTY_NOUNS = frozenset(("party", "coalition", "bloc", "movement"))


def _party_with_a_demonym(doc: ActorDocument, first: int, last: int) -> bool:
    """'the Varnish Dream party' and 'Varnish Dream said': a people's adjective and one word that the page
    also writes before "party" in lower case, and more than once, is one party's name, not the people
    and a word ("the British Labour party" once is the people and the party); so is one that leads a
    government ("the Varnish Dream-led government")."""
    tokens = doc.tokens
    if last != first + 1 or not tokens[first].joined:
        return False
    word = tokens[last].folded
    if (
        doc.gazetteer.country_of_demonym(tokens[first].folded) is None
        or has_cue((word,))
        or doc.gazetteer.lookup((word,)) is not None
        or doc.gazetteer.country_of_demonym(word) is not None
    ):
        return False
    pair = re.escape(doc.text[tokens[first].start : tokens[last].end])
    if (
        (
            doc.text.startswith("-led", tokens[last].end)
            # (not "the Iraqi Kurdish government": two adjectives)
            or (doc.text.startswith(" government", tokens[last].end) and not word.endswith(ADJECTIVE_SUFFIXES))
        )
        and doc.gazetteer.lookup((tokens[first].folded, word)) is None
        and doc.gazetteer.country_of_demonym(f"{tokens[first].folded} {word}") is None  # "Saudi Arabian-led"
    ):
        return True  # "the Varnish Dream-led government", "the Varnish Dream government": a party leads it
    nouns = "|".join(sorted(_PARTY_NOUNS))
    if re.search(rf"\b(?:ruling|opposition) {pair} (?:{nouns})\b", doc.text) is not None:
        return True  # "the ruling Varnish Dream party": once is enough
    if word not in PARTIES_BY_WORD and re.search(rf"\bthe {pair} party\b", doc.text) is not None:
        return True  # "a member of the Varnish Dream party" (not "the British Labour party": a people and a party)
    return (
        len(re.findall(rf"(?<!\w){pair}(?!\w)", doc.text)) >= 2
        and re.search(rf"(?<!\w){pair} (?:{nouns})\b", doc.text) is not None
    )


# The office that is a body's staff, before "of the" and the body's name: "Office of the ... Commissioner".
_OFFICES_OF_A_BODY = frozenset(("office", "secretariat"))
# A stance towards a people, capitalised in a headline: "Pro-Russian", "Anti-American".
_STANCE_PREFIXES = frozenset(("pro", "anti"))
# A campaign's aim, capitalised before a hyphen and a body's acronym: "the Defeat-ISIS mission",
# "Counter-ISIL operations" name the body fought, not a body of their own.
_AIMS_AGAINST = frozenset(("anti", "counter", "defeat"))
# Peoples' combining forms before a hyphen and another people: "the Russo-Tarvish War", "Sino-Varnish talks"
# qualify something of the two peoples; like "Franco-German" they draft nothing (and no person).
_COMBINING_FORMS = frozenset(
    ("russo", "sino", "anglo", "franco", "italo", "greco", "turco", "hispano", "luso", "germano", "nippo")
)
# Believers of a faith, named after their people: "Rohingya Muslims", "Assyrian Christians".
_FAITH_PLURALS = frozenset(("muslims", "christians", "buddhists", "hindus", "jews", "sunnis", "shias", "shiites"))
# "Sunni Muslims", "Orthodox Christians": a branch of the faith, no people.
_FAITH_WORDS = frozenset(("sunni", "shia", "shiite", "orthodox", "catholic", "protestant", "evangelical", "coptic"))
# A faith's adjectives after a people's: "Malay Muslim separatists", "Kurdish Sunni villagers".
_FAITH_ADJECTIVES = _FAITH_WORDS | frozenset(("muslim", "christian", "buddhist", "hindu", "jewish", "sikh"))


def _peoples_word(doc: ActorDocument, word: str) -> bool:
    """A word that may be a people's before its faith ("Malay", "Pashtun", "Thai"): no given name ("Peter
    Christian") and no place ("Hindu" after "Kabul" is no faith of Kabul's people)."""
    place = doc.gazetteer.lookup((word,))
    return not is_given_name(word) and (place is None or place.kind == "state")


# Heads of a force's unit that is named for the land it fights in: "Africa Corps", "Sahel Legion".
_UNIT_FOR_A_LAND_HEADS = frozenset(("corps", "legion", "group", "brigade"))
_CONTINENT_SIZE = 10_000_000  # the gazetteer gives a continent or a world region this size and no state


def _demonym_before_unit_named_for_a_land(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> bool:
    """'the Varnian Asia Legion': a people's adjective, then a unit named for another land (a continent or
    another state) is the unit's nation and the unit, not one name ("Iraqi Security Forces" is one)."""
    if last - first < 2 or words[-1] not in _UNIT_FOR_A_LAND_HEADS or not cased(doc.tokens[first]):
        return False
    nation = doc.gazetteer.country_of_demonym(words[0])
    land = doc.gazetteer.lookup(words[1:2])
    if nation is None or land is None or land.name == nation or doc.gazetteer.lookup(words[:2]) is not None:
        return False
    return land.kind == "state" or (land.country is None and land.population >= _CONTINENT_SIZE)


def _group_after_hull_number(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'USS Varn (DDG 61) Surface Action Group': a ship, its hull number in brackets, then the group
    named after it; the whole run is the group, a body."""
    tokens = doc.tokens
    if tokens[last].folded != "group":
        return None
    first += tokens[first].text == "The"
    for k in range(first, last):
        if hull_number_before_group(doc.text, tokens, k) is not None:
            name = doc.text[tokens[first].start : tokens[last].end]
            return Candidate(first, last, name, ActorKind.organization, "a ship's group after its hull number", 0.6)
    return None


_ADJECTIVE_ENDINGS = ("an", "ish", "ese", "ic", "i")


def _homeland_before_a_people(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Tarvel Armenians', 'Varnak Serbs': one rare word the gazetteer does not know, then a people in the
    plural, names where that people lives (not "Young Turks", not a people's adjective: "Meskhetian Turks")."""
    tokens = doc.tokens
    if last != first + 1 or not tokens[last].folded.endswith("s") or not tokens[first].text.istitle():
        return None
    word = tokens[first].folded
    if doc.gazetteer.country_of_demonym(tokens[last].folded[:-1]) is None:
        return None
    if (
        zipf(word) >= WORD_ALONE
        or word.endswith(_ADJECTIVE_ENDINGS)
        or is_given_name(word)
        or doc.gazetteer.lookup((word,)) is not None
        or doc.gazetteer.country_of_demonym(word) is not None
    ):
        return None
    return Candidate(first, first, tokens[first].text, ActorKind.place, "a homeland before its people", 0.5)


# Empires whose demonym opened their colonies' names ("Italian Somaliland", "Spanish Sahara").
_COLONIAL_POWERS = frozenset(
    ("United Kingdom", "France", "Spain", "Portugal", "Italy", "Germany", "Netherlands", "Belgium", "Denmark")
)
_BEFORE_A_COLONY = PLACE_PREPOSITIONS | word_set("of over former colonial")


def _colony_named_by_its_power(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'in Italian Varnaland', 'the former Spanish Tarvelia': after a preposition of place or "former", an
    empire's demonym and one rare word that is no state, town, person or cue name a colony, one place."""
    tokens = doc.tokens
    if last != first + 1 or first == 0:
        return None
    before = first - 1 if tokens[first - 1].folded != "the" or first < 2 else first - 2
    land, word = doc.gazetteer.country_of_demonym(tokens[first].folded), tokens[last].folded
    if land not in _COLONIAL_POWERS or tokens[before].folded not in _BEFORE_A_COLONY:
        return None
    if (
        not tokens[last].text.istitle()
        or zipf(word) >= WORD_ALONE
        or doc.gazetteer.lookup((word,)) is not None
        or is_given_name(word)
        or is_surname(word)
        or has_cue((word,))
    ):
        return None
    after = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if after is not None and after.text.islower() and after.folded not in FUNCTION_WORDS and after.folded[-2:] != "ed":
        return None  # "in Italian Varn circles": a people's adjective and a word before a noun
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.place, "a colony named by its empire's demonym", 0.55)


# Letters that open a football club's name: "FC Tarvel Rovers", "SC Quellmoor", "AFC Varnby".
_CLUB_LETTERS = frozenset(("FC", "AFC", "SC", "CF"))


def _read_run(doc: ActorDocument, first: int, last: int) -> list[Candidate]:
    """The candidates in one run of capitalised words (demonyms, a title, then a name)."""
    tokens, gazetteer = doc.tokens, doc.gazetteer
    found: list[Candidate] = []
    if after_brand(doc, first):
        return found  # "the iPhone XS Max", "an eReader Pro": a product's model, not an actor
    if first == last - 1 and tokens[last].joined and local_post(doc, last, last + 1):
        return found  # "Council Member" before "Tomas Varga": a post, read apart from its holder's name
    if (
        first < last
        and (tokens[first].folded in _STANCE_PREFIXES or tokens[first].folded in _COMBINING_FORMS)
        and doc.text[tokens[first].end : tokens[first + 1].start] == "-"
        and gazetteer.country_of_demonym(tokens[first + 1].folded) is not None
    ):
        if tokens[first].folded in _COMBINING_FORMS:
            return found  # "the Russo-Varnish War", "a Franco-Tarvish plan": two peoples' adjective, no person
        return _read_run(doc, first + 1, last)  # "Pro-Varnish bloc" in a headline: the people, not a body
    if (
        first + 1 == last
        and tokens[first].folded in _AIMS_AGAINST
        and doc.text[tokens[first].end : tokens[last].start] == "-"
        and ACRONYM.fullmatch(tokens[last].text)
    ):
        return _read_run(doc, last, last)  # "the Defeat-VRF mission": a campaign against the body in capitals
    if _acronym_joined_to_a_region(doc, first, last):
        # "the EU-Central Asia summit": a body and the region it meets, each a name of its own
        return [*_read_run(doc, first, first), *_read_run(doc, first + 1, last)]
    shortened = tokens[last].folded in ("ssr", "assr")
    words = tuple(tokens[k].folded for k in range(first, last + 1))
    adjectival = state_of_adjectives(doc, first, last, words) if shortened else None
    if adjectival is not None:
        return [adjectival]  # "the Byelorussian SSR": a bygone state, not a people and a body's acronym
    if tokens[first].text in ("V", "T") and doc.text[max(0, tokens[first].start - 2) : tokens[first].start] == "M/":
        return found  # "M/V Varn Trader", "M/T Quell Star": a merchant ship (motor vessel, tanker), no actor
    homeland = _homeland_before_a_people(doc, first, last)
    if homeland is not None:
        return [homeland, *_read_run(doc, last, last)]  # "Karabakh Armenians": where they live, then the people
    colony = _colony_named_by_its_power(doc, first, last)
    if colony is not None:
        return [colony]  # "in the former Spanish Sahara": a colony's name, not a people and a word
    if first < last and tokens[first].text == "TV" and first > 0 and tokens[first - 1].folded in _TV_OWNERS:
        # "Saudi state TV Al Ekhbariya said": the medium in capitals after its owner's word, then the channel
        channel = _read_run(doc, first + 1, last)
        for item in channel:
            plain = item.kind in (ActorKind.other, ActorKind.person) or item.found_by == "an acronym"  # "IRIB"
            if item.first == first + 1 and item.last == last and plain:
                item.kind, item.found_by = ActorKind.media, f"after '{tokens[first - 1].text} TV'"
        return channel
    editions = outlet_and_its_edition(doc, first, last, words) if first < last else []
    if editions:
        return editions  # "Al Jazeera English": an outlet's edition, not a given name and a family name
    if first < last and tokens[first].text in _CLUB_LETTERS:
        # "FC Sheriff Tarvel": a football club named after its letters, whole (a title word or a town inside is
        # the club's, no sheriff's, no person's surname)
        name = doc.text[tokens[first].start : tokens[last].end]
        return [Candidate(first, last, name, ActorKind.organization, "a club named after its letters", 0.75)]
    team = _team_of_a_land(doc, first, last) or _remit_of_a_state(doc, first, last)
    if team is not None:
        return [team]  # "Team Europe", "Team GB", "Health Canada": a body named for its land, not the land
    firm = _firm_by_legal_form(doc, first, last)
    if firm is not None:
        return [firm]  # "Energy Fiji Limited": a state's name inside a firm's name is no state of its own
    members = _members_after_body(doc, first, last)
    if members is not None:
        return _read_run(doc, first, members - 1)  # "the Pacific Islands Forum Leaders Meeting": the forum
    group = _group_of_states(doc, first, last)
    if group is not None:
        # "the G5 Sahel Joint Force": the group by its count and region, named whole; the region is named too
        return [group, *_read_run(doc, group.first + 1, group.first + 1)]
    seat = seat_before_letters(doc, first, last)
    if seat is not None:
        # "Castlebury MP Ilse Varn said", "the Stoke Malden MP said": the seat is a place, the member after it a person
        letters = seat.last + 1
        # "Tarnby TD Ilse Varn": letters that are no title ("MP" is one), then the member's name
        member = letters if is_title(tokens[letters].folded) else letters + 1
        return [seat, *(_read_run(doc, member, last) if letters < last else [])]
    state = _state_opened_by_capitals(doc, first, last)
    if state is not None:
        return [state]  # "DR Congo": the letters are the state's, not a doctor's
    if _class_after_as_a(doc, first, last) or _acronym_of_a_class(doc, first, last):
        return found  # "designated as a Foreign Terrorist Organization (FTO)": a class it is put in
    branch = national_branch(doc, first, last, tuple(tokens[k].folded for k in range(first, last + 1)))
    if branch is not None:
        return [branch]
    heads = _heads_of_mission(doc, first, last)
    if heads is not None:
        # "the Heads of Mission of the EU Member States", "the EU Heads of Mission": envoys, no body
        return _read_run(doc, heads[0], heads[1]) if heads[0] <= heads[1] else []
    if last - first >= 2 and tokens[last].folded == "states" and tokens[last - 1].folded == "member":
        return _read_run(doc, first, last - 2)  # "EU Member States": the union whose states they are
    spelled = _body_spelled_whole(doc, first, last)
    if spelled is not None:
        return [spelled]  # "Islamic Republic of Iran Broadcasting (IRIB)": not a state and a word
    model = _model_after_force(doc, first, last)
    if model is not None:
        # "Royal Air Force Chinook helicopters": the force that flies them, then the craft's model
        name = doc.text[tokens[model].start : tokens[last].end]
        craft = Candidate(model, last, name, ActorKind.other, "a craft's model after its force", 0.5)
        return [*_read_run(doc, first, model - 1), craft]
    plural = first + 1 if tokens[first].text == "The" else first
    if plural + 2 <= last and tokens[plural].folded in PLURAL_HEADS_OF_STATES and tokens[plural + 1].folded == "of":
        # "the Governments of the United States of America": the states, not one body
        states = plural + 3 if tokens[plural + 2].folded == "the" and plural + 3 <= last else plural + 2
        return _read_run(doc, states, last)
    division = league_division_start(tokens, first, last)
    if division is not None:
        return _read_run(doc, first, division - 1)  # "Combination League Premier Division": the league
    group = _group_after_hull_number(doc, first, last)
    if group is not None:
        return [group]  # "USS Varn (DDG 61) Surface Action Group": the hull number is no code ending a name
    # Codes, units, dates and months ("F-16", "COVID-19", "2016", "Update July") end a name.
    for k in range(first, last + 1):
        if (
            (k > first and ends_name(tokens[k]) and not surname_like_month(doc, k) and not grade_after_rank(tokens, k))
            or _CODE_AROUND.match(doc.text, tokens[k].end)
            or (k > first and breaks_name(doc, k))
        ):
            if k > first:
                found += _read_run(doc, first, k - 1)
            # "Sarah The Implausible": one word after a capitalised "The" is a piece of a title.
            if k < last and not (tokens[k].text == "The" and k + 1 == last):
                found += _read_run(doc, k + 1, last)
            return found
    for k in range(first + 1, last):
        if is_initial(doc, k) and not middle_initial_of_person(doc, first, k, last):
            # "Plan B. Officials said": a letter and a full stop end what came before.
            return _read_run(doc, first, k) + _read_run(doc, k + 1, last)
    court = court_with_its_seat(doc, first, last)
    if court is not None:
        return [court]  # "the US District Court for the Southern District of Tarnland": one court, its seat in its name
    tail = _spelled_tail(doc, first, last) if last - first + 1 > MAX_NAME_TOKENS else None
    if tail is not None:
        # "Heads of State and Government of the Economic Community of Varnish States (ECOVS)": too long
        # for one name; the acronym after it says which words are the name. Before them only a state
        # or a person is kept: "State and Government" is what the body's heads are, no body.
        head_end = tail - 1
        while head_end > first and tokens[head_end].folded in NAME_GLUE:
            head_end -= 1
        opening = first + (tokens[first].text == "The")
        if head_end == opening and tokens[opening].folded in _OFFICES_OF_A_BODY:
            # "the Office of the Varnish High Commissioner for Refugees (VHCR)": the office is the body itself
            name = doc.text[tokens[opening].start : tokens[last].end]
            return [
                Candidate(opening, last, name, ActorKind.organization, "the office of a body its acronym spells", 0.7)
            ]
        head = [c for c in _read_run(doc, first, head_end) if c.kind in (ActorKind.state, ActorKind.person)]
        return head + _read_run(doc, tail, last)
    aim = _glue_after_body(doc, first, last) if last - first + 1 > MAX_NAME_TOKENS else None
    if aim is not None and (
        doc.text.startswith(" (", tokens[last].end)
        or name_candidate(doc, first, last, tuple(t.folded for t in tokens[first : last + 1])) is not None
    ):
        aim = None  # "United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)"
    if aim is not None:
        # "the U.S. International Development Finance Corporation for the Luzon Economic Corridor": too
        # long for one name; the body ends at its head word, and what it works for is read on its own.
        rest = aim + 2 if aim + 2 <= last and tokens[aim + 1].folded == "the" else aim + 1
        return _read_run(doc, first, aim - 1) + _read_run(doc, rest, last)
    label_end = _capitals_label_end(doc, first, last)
    if label_end is not None:
        return _read_run(doc, label_end + 1, last)  # "NEWS PROVIDED BY Veridian Biologics": a page's label
    kind_word = first + 1 if tokens[first].text == "The" else first
    if kind_word < last and tokens[kind_word].folded in _GENERIC_BODY_ACRONYMS and tokens[kind_word].text[:3].isupper():
        return _read_run(doc, kind_word + 1, last)  # "the NGO Varn Watch": what kind of body, then its name
    nation = kind_word
    if (
        nation + 1 < last
        and tokens[nation + 1].folded in _GENERIC_BODY_ACRONYMS
        and tokens[nation + 1].text[:3].isupper()
        and doc.gazetteer.country_of_demonym(tokens[nation].folded) is not None
    ):
        # "the Mozambican NGO Varta Lumo": the body's nation and its kind, then its name, which is a body
        bodies = [
            replace(c, kind=ActorKind.organization, found_by="a body's nation and kind before it", confidence=0.5)
            if c.kind in (ActorKind.other, ActorKind.person) and c.first == nation + 2 and c.last == last
            else c
            for c in _read_run(doc, nation + 2, last)
        ]
        return _read_run(doc, nation, nation) + bodies
    numbered = _numbered_unit(doc, first, last)
    if numbered is not None:
        return [numbered]
    if _lettered_acronym(doc, first, last):
        name = doc.text[tokens[first].start : tokens[last].end]
        return [Candidate(first, last, name, ActorKind.organization, "a letter, a hyphen and an acronym", 0.6)]
    if first == last and is_postnominal(tokens[first]):
        return found  # "appointed MBE in 2004", "took silk as a KC": an honour, not a body
    if _honour_given(doc, first, last):
        return found  # "posthumously awarded the Navy Cross": an honour, no place or body
    if first < last and tokens[first].folded in PAGE_VERBS and not (first > 0 and tokens[first - 1].joined):
        return _read_run(doc, first + 1, last)  # "Follow Westminster Wire on Bluesky": a call to the reader
    opening = tokens[first].folded in TRADE_NOUNS_OPENING or tokens[first].folded in RIVALS_OPENING
    opening = opening or (tokens[first].folded in FUNDERS_OPENING and _longer_name_or_list(doc, first, last))
    # "Former Ardenmoor employees said": the staff's old employer, after an adjective of time.
    opening = opening or (tokens[first].folded == "former" and _staff_after(doc, last))
    # "Former Tarnby adviser gets 14 years": a headline's capital "Former", a town, then who he was.
    opening = opening or (tokens[first].text == "Former" and first in doc.sentence_first and _noun_after(doc, last))
    if first < last and opening and not (first > 0 and tokens[first - 1].joined):
        return _read_run(doc, first + 1, last)  # "Refiner Sabine Petroleum shut": the trade, then the firm
    if first + 1 < last and first in doc.sentence_first and _person_noun_opening(doc, first):
        # "Passenger Jaylen Brook said", "Forward Jaylen Ashcombe scored": who they are, then the name.
        after_noun = _read_run(doc, first + 1, last)
        for item in after_noun:
            if item.first == first + 1 and item.kind is ActorKind.other:
                item.kind, item.found_by = ActorKind.person, f"after '{tokens[first].text}'"
        return after_noun
    if first + 1 < last and first in doc.sentence_first and _common_noun_before_name(doc, first):
        after_noun = _read_run(doc, first + 1, last)
        if any(c.first == first + 1 and c.last == last and c.kind is ActorKind.person for c in after_noun):
            return after_noun  # only when the words after it are read as a person's whole name
    rank = _service_rank_words(doc, first, last)
    if rank:
        # "Group Manager Dale Whitcombe": a service's rank, then the person who holds it.
        after_rank = _read_run(doc, first + rank, last)
        for item in after_rank:
            if item.first == first + rank and item.kind is ActorKind.other:
                item.kind, item.found_by = ActorKind.person, "after a service's rank"
        return after_rank
    if last == first + 1 and adjective_before_acronym(doc, first):
        # "the Kurdish YPG militia", "Syrian SDF fighters": a people's adjective, then the group.
        return _read_run(doc, first, first) + _read_run(doc, last, last)
    if first < last and LETTER_NUMBER.fullmatch(tokens[first].text):
        # "the G7 Tremmin Summit", "G20 Leaders": the group is a name of its own.
        return _read_run(doc, first, first) + _read_run(doc, first + 1, last)
    words_all = tuple(tokens[k].folded for k in range(first, last + 1))
    if (
        last > first
        and _subject_of_document(tokens, first)
        and zipf(words_all[-1]) >= WORD_ALONE
        and not has_cue(words_all[-1:])
    ):
        return _named_after(doc, first, last)  # "Accord on Aral Sea Security": the subject; the sea may be named
    if first == last and words_all[0] in DOCUMENT_HEADS and _goes_on_with(tokens, last, ("of", "on")):
        return found  # "a Memorandum of Understanding on Critical Minerals": a document, named by its head
    if last > first and tokens[last].text == "Bill" and _NUMBER_AFTER.match(doc.text, tokens[last].end):
        return found  # "Senate Bill 2218", "House Bill 512": a numbered bill, not the chamber it is filed in
    if last > first and tokens[last].text == "Local" and _NUMBER_AFTER.match(doc.text, tokens[last].end):
        return _read_run(doc, first, last - 1)  # "Amalgamated Transit Union Local 1347": the union, by its branch
    if last > first and words_all[-1] == "act" and tokens[last].text == "Act" and not body_for_an_aim(words_all):
        # "the Counter-Drone Authority Act": a law is named for what it does ("authority" is a power here);
        # a body that acts is met outside the law's name
        return found
    if (
        last > first
        and (words_all[-1] in DOCUMENT_HEADS or words_all[-1] in WAR_HEADS)
        and not body_for_an_aim(words_all)
    ):
        # (not "Institute for the Study of War": a body)
        return _named_after(doc, first, last - 1, of_document=words_all[-1] in DOCUMENT_HEADS)
    if last > first and words_all[:2] in _LAW_REGISTERS:
        # "the Official Journal of the European Union": where laws are published, a document; its
        # body is still named
        k = first + 2
        k += k <= last and tokens[k].folded == "of"
        k += k <= last and tokens[k].folded == "the"
        return _read_run(doc, k, last) if k <= last else found
    contact = _contact_office(doc, first, last)
    if contact is not None:
        return [contact]
    members = _members_of_body(doc, first, last)
    if members is not None:
        return _read_run(doc, first, members) if members >= first else found
    region = _region_of(doc, first, last, words_all) or formal_state(doc, first, last, words_all)
    if region is not None:
        return [region]
    nation = last - 1
    if (
        nation in (first, first + (tokens[first].text == "The"))
        and words_all[-1] in _FAITH_PLURALS
        and tokens[nation].folded not in _FAITH_WORDS
    ):
        # "the Varnaki Muslims", "Tremmic Christians": a people, then its faith; the people is named
        people = Candidate(nation, nation, tokens[nation].text, ActorKind.state, "a people before its faith", 0.55)
        return [people, *_read_run(doc, last, last)]
    if (
        nation in (first, first + (tokens[first].text == "The"))
        and words_all[-1] in _FAITH_ADJECTIVES
        and _peoples_word(doc, tokens[nation].folded)
    ):
        # "Malay Muslim separatists", "Pashtun Sunni elders": a people's word, then its faith's adjective
        return _read_run(doc, nation, nation)
    if _party_with_a_demonym(doc, first, last):
        name = doc.text[tokens[first].start : tokens[last].end]
        return [Candidate(first, last, name, ActorKind.organization, "a party named with a people's adjective", 0.6)]
    if _demonym_before_unit_named_for_a_land(doc, first, last, words_all):
        return _read_run(doc, first, first) + _read_run(doc, first + 1, last)  # "the Russian Africa Corps"
    # A whole run naming an organisation or force keeps its leading demonym ("Iraqi Security Forces").
    whole_org = has_cue(words_all) and words_all[-1] not in PLACE_HEADS and words_all[-1] not in TITLES
    # "the Kazakh General Staff": a nation's force's headquarters staff, named with its adjective
    whole_org = whole_org or (last - first >= 2 and words_all[-2:] == ("general", "staff"))
    # "the Tarvish Orthodox Church": a people's church, one body with its adjective
    whole_org = whole_org or denomination_church(doc, tuple(w for w in words_all if w != "the"))
    # "Syrian Desert", "Iraqi Kurdistan Region", "Russian Far East": a demonym opening a place's name.
    whole_place = words_all[-1] in PLACE_HEADS and words_all[-1] not in BUILDING_HEADS
    # "French Guiana", "American Samoa": a territory the gazetteer knows whole, named with a demonym.
    whole_place = whole_place or (last > first and gazetteer.lookup(words_all) is not None)
    if (
        whole_org
        and last - first >= 3
        and person_after_body(doc, first, last)
        and not _longer_titled_name(doc, first, last)
    ):
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
    # "Southern Water said", "United Utilities, which owns": an opener that is an ordinary word stays.
    whole_firm = first in doc.sentence_first and firm_of_two_common_words(doc, first, last)
    position = first
    while position <= last:
        token = tokens[position]
        word = token.folded
        if (
            word in COMPASS
            and position < last
            and (whole_org or whole_place or whole_firm or (position not in doc.sentence_first and cased(token)))
            and not (last == position + 1 and _two_word_demonym(doc, position) is not None)  # "South Koreans"
            # "the South African Jandré Visagie": a demonym of two words before a name that is no body's
            and not (
                not (whole_org or whole_place or whole_firm)
                and position + 1 < last
                and position == first
                and _two_word_demonym(doc, position) is not None
            )
        ):
            # "Northern Alliance", "Southern Transitional Council", "Southern Highlands", "the Eastern
            # Varnak": a capitalised compass word is the name's (in lower case it only says where).
            break
        if last >= position + 2 and vietnamese_name_at(tokens, position):
            break  # "Do Xuan Truong", "Le Thi Hoa": a family name that reads as a word or a particle opens the name
        if (
            (
                is_junk_word(token)
                and not _saharan_in(doc, position)
                and not (position < last and surname_like_month(doc, position + 1))
                and not _irish_article(doc, position, last)
                and not _capital_article_opens(doc, position, last)
            )
            or word in NAME_GLUE
            or (
                word in NAME_PARTICLES
                and not opens_arabic_name(doc, position, last)
                and not hyphened_prefix(doc, position, last)
                and not _capital_particle_opens(doc, position, last)
                and not _particle_after_the(doc, position, last)
                and not _capital_article_opens(doc, position, last)
                and not _particle_opens_a_place(doc, position, last)
                and not _particle_opens_a_known_town(doc, position, last)
            )
        ):
            if position == first and is_junk_word(token) and _quoted_whole(doc, first, last):
                return found  # 'the "No Go Zone"', '"Not In My Name"': a coined phrase in quotes, no name
            position += 1
            continue
        if (
            word in PLACE_PREPOSITIONS
            and position < last
            and gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1))) is None
            and not (last == position + 1 and tokens[last].folded in COMPASS_HEADS)
            and not _saharan_in(doc, position)
        ):
            position += 1  # "Near Raqqah, two strikes...": a preposition of place opens the sentence
            continue
        if (
            position == first
            and position in doc.sentence_first
            and word in _PLURAL_OPENERS
            and position + 2 <= last
            and tokens[position + 1].folded == "of"
        ):
            position += 2  # "Units of the Counter Terrorism Service were staged": the units are no name
            continue
        if (
            verb_form(word)
            and gazetteer.lookup((word,)) is None
            # "Downing Street": a gerund naming a street (or a square, a bridge...) with its head word
            and not (last == position + 1 and words_all[-1] in PLACE_HEADS)
            # "the Planning Inspectorate", "Housing Ombudsman": a field of public work opening a body's name
            and not (word in FIELD_GERUNDS and position < last and whole_org)
            # "Sporting Braga midfielder Ola Brandt", "Racing Santander": a club's name opened by its gerund
            and not (word in _CLUB_GERUNDS and position < last)
            # ("the Steering Committee" alone is any body's: the name must go on, before or after)
            and not (
                word in _COMMITTEE_GERUNDS
                and position < last
                and tokens[position + 1].folded in _COMMITTEE_NOUNS
                and (position > first or position + 1 < last)
            )
            # "Commanding Officer Lt Cdr Ilse Varn", "Acting President ...": the word opens the title
            and not (position < last and word in TITLE_PARTS and tokens[position + 1].folded in TITLES)
            # "the Pilling Moss Community Wind Fund", "at Epping Forest": inside a sentence, after a word in
            # lower case, a capitalised "-ing" word the page never writes in lower case opens a place's name
            and not _capital_ing_inside(doc, position, last)
        ):
            position += 1  # "Defeating ISIL", "Helpfully": a verb or an adverb opens the run
            continue
        if (
            position < last
            and word not in TITLES
            and is_title(word)
            and not has_cue(words_all)
            and tokens[position + 1].folded != "and"  # "Mayors and Independents": a party's name of two plurals
            and not (word in STATION_PREFIXES and token.text.isupper())  # "MCAS Varnleigh": a station, no "MCAs"
        ):
            position += 1  # "Actors Joaquin Phoenix and...", "Senators Ilse Tremmin": a plural title opens the run
            continue
        if position < last and city_demonym(doc, word) and doc.text[token.end : token.end + 2] not in ("'s", "’s"):
            # "Nashvillian Lori Kelly": where she is from, then her name (not "Salter's Lane": a family's street)
            position += 1
            continue
        if (
            position < last
            and position in doc.sentence_first
            and word not in doc.confirmed
            and zipf(word) >= OPENER_WORD
            and city_demonym(doc, tokens[position + 1].folded)
        ):
            position += 1  # "Fellow Nashvillian Lori Kelly"
            continue
        if position == first and last == first + 1 and common_opener_phrase(doc, position, words_all):
            return found  # "Fellow Quellmoorians", "Local Heroes": a common word opens the sentence
        if position < last and not whole_firm and past_tense_opener(doc, position, words_all):
            position += 1  # "Added ARKit support": a verb in the past tense opens the sentence
            continue
        if position < last and given_name_of_state(doc, position):
            break  # "Jordan Hayes", "Chad Smith": a given name, not the state
        if (
            position + 1 == last
            and tokens[last].text in STATE_OFFICES_AFTER_ITS_NAME
            and _opens_run(doc, first, position)
        ):
            treasury_of = gazetteer.lookup((word,))
            after = tokens[last + 1].folded if last + 1 < len(tokens) and tokens[last].joined else ""
            if treasury_of is not None and treasury_of.kind == "state" and after not in _TREASURY_PAPER:
                # "The US Treasury placed sanctions": the state and its finance ministry, as "the Treasury said"
                # reads (not "US Treasury yields": the state's debt).
                office = tokens[last].text
                return [
                    Candidate(
                        position,
                        position,
                        token.text,
                        ActorKind.state,
                        f"gazetteer: {treasury_of.name}",
                        0.9,
                        canonical=treasury_of.name,
                    ),
                    Candidate(
                        last, last, office, ActorKind.organization, f"'{token.text} {office}': its treasury", 0.7
                    ),
                ]
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
            if state_end + 1 == last and position == first and _sport_of_a_nation(doc, last):
                # "England Hockey", "Wales Netball": the sport's governing body in the nation, one body.
                name = doc.text[token.start : tokens[last].end]
                return [Candidate(position, last, name, ActorKind.organization, "a nation's body for its sport", 0.65)]
            place = gazetteer.lookup(tuple(tokens[k].folded for k in range(position, state_end + 1)))
            assert place is not None
            name = doc.text[token.start : tokens[state_end].end]
            canonical = written_with_its_accents(name, place.name)  # "São Tomé and Príncipe"
            found.append(
                Candidate(
                    position, state_end, name, ActorKind.state, f"gazetteer: {place.name}", 0.9, canonical=canonical
                )
            )
            position = state_end + 1
            continue
        if position < last and tokens[position].joined:
            # "South Korean": a demonym of two words.
            country = _two_word_demonym(doc, position)
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
        if country is None and word.endswith("s") and not _state_named(gazetteer, word):
            # "Russians"; not "Philippines", a state's own name though "Philippine" is its adjective
            country = gazetteer.country_of_demonym(word[:-1])
        opens = position == first or all(tokens[k].folded == "the" for k in range(first, position))
        body = _national_body(doc, position, last) if country is not None and opens else None
        if body is not None:
            return [body]  # "Australian Medical Assistance Team": a body named with its people's adjective
        if country is not None and _period_style(doc, position):
            position += 1  # "a Georgian clock", "Georgian terraces": a period's style, not the state
            continue
        if country is not None and _THING_LABEL_BEFORE.search(doc.text, max(0, token.start - 14), token.start):
            position += 1  # "Cuisine: British", "Style: French": a recipe card's or a shop's field, no state
            continue
        if country is not None and position < last and tokens[last].folded in DISH_HEADS:
            position += 1  # "Dutch Apple Pie", "French Onion Soup": a dish's style, no state acts
            continue
        if country is not None and position == last and _language_after_in(doc, position):
            position += 1  # "thanked his coach in Spanish": the language spoken, no state acts
            continue
        if country is not None and _party_member_after(doc, position, last):
            position += 1  # "the Danish Social Democrat Ilse Varn": where a party member is from, no state acts
            continue
        if country is not None and position == last and _describes_a_trade(doc, position):
            position += 1  # "the Dutch engineering group", "British firms": a description, no state acts
            continue
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
    while last > position and trails_name(doc, last):
        last -= 1  # "P.S. As", "SNE Effectively": a function word or an adverb after a name
    if (
        _irish_article(doc, position, last)
        and tokens[position - 1].folded not in _IN_A_PLACE
        and not _from_to(doc, position, last)
        and (last == position + 1 or not has_cue(tuple(tokens[k].folded for k in range(position + 1, last + 1))))
    ):
        # "An Post", "An Taisce": a body named in Irish (its one word is no English head: "Post" is no paper);
        # "in An Spidéal" and "from An Thoi to ..." are left to the place rules; a known town keeps its kind
        words = tuple(tokens[k].folded for k in range(position, last + 1))
        place = gazetteer.lookup(words)
        kind = ActorKind.organization if place is None else ActorKind.place
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, kind, "a name opened by the Irish article 'An'", 0.6)]
    postnominal = last > position + 1 and is_postnominal(tokens[last])
    if postnominal:
        last -= 1  # "Julie Bishop MP", "Ilse Tremmin QC": letters after a person's name
    ship_command = _ship_command(doc, position, last)
    if ship_command is not None:
        command, ship = ship_command
        # "Commanding Officer of USS Varn Hollis", "Commanding Officer HMAS Quandong": the post of a
        # ship's captain stands for its holder (not "Officer ... Varn Hollis", a person); the ship is
        # named beside it
        return [*found, command, *_read_run(doc, ship, last)]
    if named_after_titled(doc, position, last):
        # "Imam Ali Mosque", "King Fahd University": a building or body named after a titled person.
        building = name_candidate(doc, position, last, tuple(t.folded for t in tokens[position : last + 1]))
        return found + ([building] if building is not None else [])
    if titled_body(doc, position, last):
        # "Diverse Speaker Training Working Group": a title word inside a body's name, not before a person.
        body = name_candidate(doc, position, last, tuple(tokens[k].folded for k in range(position, last + 1)))
        return found + ([body] if body is not None else [])
    if quoted_title(doc, position, last, tuple(tokens[k].folded for k in range(position, last + 1))):
        return found  # “The Marvelous Mrs Maisel”, “Mrs Maisel” actress: a work's title, not a person
    if generational_name(doc, position, last):
        # "Quentin Harlowe Jr.", "Harold King Sr.": a son's or a father's mark ends a person's name
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.person, "'Jr.' or 'Sr.' ends the name", 0.75)]
    seat = titled_town_seat(doc, position, last) or dashed_seat(doc, position, last)
    if seat is not None:
        return [*found, seat]  # "the MLA for Prince Albert Northcote": the seat, no prince
    seat_of_two = seat_of_two_after_letters(doc, position, last)
    if seat_of_two is not None:
        # "the Liberal Democrat MP for Tewkesby and North Vale": the member's party, and the seat whole
        letters, seat = seat_of_two
        party = party_before_letters(doc, position, letters) if letters > position else None
        return [*found, *([party] if party is not None else []), seat]
    town = titled_town(doc, position, last)
    if town is not None:
        return [*found, town]  # "the mayor of Prince Albert": the town, no prince
    person = titled_person(doc, position, last)
    if person is None and postnominal and not has_cue(tuple(t.folded for t in tokens[position : last + 1])):
        name = doc.text[tokens[position].start : tokens[last].end]
        person = Candidate(position, last, name, ActorKind.person, "letters after the name", 0.75)
    if person is not None:
        # "Minister for the Middle East Tobias Ellwood": what the title is for may be an actor too.
        inside = [
            k
            for k in range(position, person.first)
            # (not "Sen." in "U.S. Sen. Ilse Varn": a title abbreviated with its full stop)
            if tokens[k].folded not in _TITLE_WORDS
            and not stopped_title(doc, k)
            and not _second_field_of_remit(doc, k)
            and not local_post(doc, k, person.first)  # "Polk County Clerk Ann Lee": the county, then her
            and not rank_after_detective(tokens, k)  # "Detective Garda Ann Lee": a rank, no force
            and not _in_portfolio(doc, k, person.first)  # "Civil Aviation Minister Ann Lee": her portfolio
        ]
        if inside and not complement_of_post_before(doc, position):  # (not "of the Army Lt. Gen. X")
            end = body_before_title_end(doc, inside, person.first - 1)
            service = _national_service(doc, found, inside[0], end)
            if service is not None:
                found[-1] = service  # "British Army Maj. Gen. Ilse Varn": the army, then the person
            else:
                # "Parliament Speaker Nabih Varn": a body named only by its head word, capitalised in
                # the post's title, is the post's remit, not a body of its own.
                service_words = [c for c in _read_run(doc, inside[0], end) if not _head_word_in_title(doc, c)]
                found += service_words or _service_before_rank(doc, position, inside[0], end)
        found.append(person)
        return found
    titles = [
        k
        for k in range(position, last + 1)
        if tokens[k].folded in TITLES
        and not _after_particle(doc, k)
        and not _second_half_of_name(doc, k)
        and not _title_before_a_hospital(doc, k, last)
        and not title_names_a_building(doc, k, last)
        and not _crown_possessive_opening(doc, k, last)
        and not _surname_after_given_name(doc, k, position, last)
        and not first_half_of_surname(doc, position, k, last)  # "Jonathan Head-Ramos"
        and not _general_staff(doc, k, last)
    ]
    post_remit = any(tokens[k].folded not in _TITLE_WORDS for k in range(position, last - 1))
    # "the Prosecutor's Office": after "the", a lone post's office is the body too (no holder is named)
    post_remit = post_remit or (position > 0 and tokens[position - 1].folded == "the" and tokens[position - 1].joined)
    office_at = last
    if last - position >= 3 and tokens[last - 1].folded == "of" and tokens[last - 2].text == "Office":
        office_at = last - 2  # "the Prosecutor's Office of Georgia": the office, then the state it serves
    possessive = doc.text[tokens[office_at - 1].end : tokens[office_at].start] in ("'s ", "\u2019s ")
    if post_remit and tokens[office_at].text == "Office" and office_at - 1 in titles and possessive:
        # "Tenancy Commissioner's Office": the office of a post is a body, named whole.
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "the office of a post", 0.6)]
    office_of_post = (
        titles
        and titles[-1] == last
        and last - position >= 2
        and tokens[position].folded == "office"
        and tokens[position + 1].folded == "of"
        and all(tokens[k].folded in NAME_GLUE for k in range(position + 1, titles[0]))
    )
    if office_of_post:
        # "Office of the Spokesperson", "Office of the Prime Minister": the office of a post is a body
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "the office of a post", 0.6)]
    firm = _firm_before_rank(doc, position, last, titles)
    if firm is not None:
        return [*found, firm]
    if (
        last == position + 2
        and (tokens[position + 1].folded, tokens[position + 2].folded) == ("general", "staff")
        and doc.gazetteer.country_of_demonym(tokens[position].folded) is not None
    ):
        # "the Kazakh General Staff": a nation's force's headquarters staff, named with its adjective
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.armed_force, "a nation's General Staff", 0.6)]
    if last > position and (tokens[position].folded, tokens[position + 1].folded) == ("general", "staff"):
        # "the General Staff of the Armed Forces of ...": a force's headquarters staff is a body, not a rank;
        # the force it serves is named beside it
        name = doc.text[tokens[position].start : tokens[last].end]
        staff = Candidate(position, last, name, ActorKind.armed_force, "a force's General Staff", 0.6)
        served = (
            _read_run(doc, position + 4, last) if last >= position + 4 and tokens[position + 2].folded == "of" else []
        )
        return [*found, staff, *served]
    if titles and not has_cue(_words_before_title(doc, position, titles[-1])):
        # "Minister for the Middle East": the title is no actor, what it is for may be one.
        if tokens[position].folded not in _TITLE_WORDS and all(
            tokens[k].folded in TITLE_PARTS and tokens[k].folded not in NAME_GLUE
            for k in range(position + 1, titles[0])
        ):
            # "FCO Minister", "UN Special Envoy": the organisation whose title it is. ("US Secretary" is
            # left as before: the state there reads as a demonym of the title, and the title is no actor.)
            found += [c for c in _read_run(doc, position, position) if c.kind is ActorKind.organization]
        elif (party := party_before_letters(doc, position, titles[0])) is not None:
            found.append(party)  # "the Liberal Democrat MP for Tarnby": the member's party
        rest = titles[-1] + 1
        while rest <= last and (tokens[rest].folded in NAME_GLUE or tokens[rest].folded in TITLE_PARTS):
            if tokens[rest].folded in INSTITUTION_WORDS and tokens[rest - 1].folded in NAME_GLUE:
                break  # "Director of the Office of Museums": the office is an organisation
            if _state_opens_a_body(tokens, rest, last):
                break  # "Chairman of the State Committee for ...": "State" opens the body's name
            rest += 1
        if rest < last and _second_field_of_remit(doc, rest):
            rest += 1  # "... of Foreign Affairs and Expatriates Omar Varn": the remit's second field
        if titles[0] > position and rest <= last and tokens[last].folded in _REMIT_ENDS:
            # "High Representative of the Union for Foreign Affairs and Security Policy": a post of two
            # title words, then its remit, is named in full as an office.
            # It stands for its holder, as "the Spokesperson" does.
            name = doc.text[tokens[position].start : tokens[last].end]
            return [*found, Candidate(position, last, name, ActorKind.person, "an office named by its remit", 0.5)]
        post_head = _post_of_a_post(doc, titles, last) if rest > last else None
        if post_head is not None:
            # "the Special Representative of the UN Secretary-General, Ilse Varn,": a post whose remit is another post
            post = post_with_remit(doc, position, post_head, last, _read_run(doc, post_head + 2, last))
            if post is not None:
                return [*(c for c in found if c.last < position), post]
        if rest > last and (post := _post_after_demonym(doc, found, position, last, bare_post(doc, position, last))):
            # "the Foreign Secretary said": the post stands for its holder; in "the UN Secretary-General"
            # the body's acronym is part of the post, not a draft of its own
            return [*(c for c in found if c.last < position), post]
        remit = _read_run(doc, rest, last) if rest <= last else []
        post = post_with_remit(doc, position, titles[-1], last, remit)
        if post is not None:
            # "the Minister for the Middle East said": the post stands for its holder, and a known place
            # in it is still named (re3d marks "Middle East" inside the post as a location too)
            # "the Commander of Joint Task Force 12": the body a post heads is named beside it
            bodies = [c for c in remit if c.kind in _BODY_KINDS] if heads_a_body(tokens, titles[-1], last) else []
            if (served_force := force_of_a_chiefs_staff(tokens, titles[-1], last)) is not None:
                # "Chief of Naval Staff of the Varnian Navy": the navy, not its staff, is the body beside the post
                bodies = [c for c in _read_run(doc, served_force, last) if c.kind in _BODY_KINDS]
            if bodies:
                _take_units_number(doc, [post, *(c for c in bodies if c.last == last)])
            return [*_demonym_opens_post(doc, found, post), *_place_of_post(doc, rest, last), *bodies]
        # "the Minister for Rural Consumers said": the portfolio's words name no body
        return found + [
            c for c in remit if not (c.kind is ActorKind.organization and bare_portfolio(doc, titles[-1], c))
        ]
    span_words = [tokens[k].folded for k in range(position, last + 1)]
    spoken = post_speaking(doc, position, last)
    if spoken is not None:
        return [*found, spoken]  # "Statement by the High Representative": the post stands for its holder
    if any(is_title(w) for w in span_words) and all(is_title(w) or w in TITLE_PARTS for w in span_words):
        post = _post_after_demonym(doc, found, position, last, bare_post(doc, position, last))
        return found + ([post] if post is not None else [])  # any other title or rank alone is no actor
    words = tuple(tokens[k].folded for k in range(position, last + 1))
    group = _joined_name_of_a_state(doc, position, last)
    if group is not None:
        return [*found, group]
    whole = gazetteer.lookup(words) or hyphened_place(doc, position, words)
    if whole is None and (towns := hyphened_towns(doc, position, last)) is not None:
        return [*found, *towns]  # "the Dhaka-Mymensingh highway": two towns
    if installation_with_seat(words) and not has_cue(words):
        # "Naval Support Activity Bahrain": a service's installation, named with the state it sits in
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.place, "an installation named with its seat", 0.6)]
    movement = len(words) >= 4 and words[-2] == "in" and words[-3] in MOVEMENTS_OF_A_STATE
    venture = venture_named_for_site(tokens, position, last)  # "Mozambique LNG": the state names the venture
    if not has_cue(words) and not opens_place(words) and whole is None and not movement and not venture:
        # A state inside a run is a name of its own: "Russia-Ukraine talks", "Belarus Support Russia"
        # (not in "Lake Chad").
        for inner in range(position, last + 1):
            place = gazetteer.lookup((tokens[inner].folded,))
            if inner < last and given_name_of_state(doc, inner):
                continue  # "Jordan Hayes": a person's given name
            if inner == last and inner > position and surname_of_state(doc, inner):
                continue  # "Michael Jordan": a person's family name
            chain = _known_hyphen_chain(doc, inner, position, last)
            if chain is not None:
                # "Guinea-Bissau president": the whole hyphened name is known, so its parts are not states
                if chain[0] > position:
                    found += _read_run(doc, position, chain[0] - 1)
                found += _read_run(doc, chain[0], chain[1])
                if chain[1] < last:
                    found += _read_run(doc, chain[1] + 1, last)
                return found
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
    if quoted_title(doc, position, last, words) or line_label(doc, position, last, words):
        return found
    if _members_counted(doc, position, words):
        return found  # "Two Navy SEALs were lost": the men counted, not their unit
    venue = venue_candidate(doc, position, last, words)
    if venue is not None:
        return [*found, venue]  # "the Varnby International Convention Centre": a building, not a body
    if last == position + 1 and _saharan_in(doc, position) and not has_cue(words):
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.place, "a Saharan place's 'In-'", 0.6)]
    if product_of_known_firm(doc, position, words):
        return found  # "Microsoft Azure", "a Toyota Prius": the firm's product, no actor
    candidate = name_candidate(doc, position, last, words)
    if candidate is None and _body_then_its_town(doc, position, last, words):
        # "Homeland Security Investigations Newark": an agency's branch by the town its field office is in
        return [*found, *_read_run(doc, position, last - 1), *_read_run(doc, last, last)]
    if candidate is None:
        halves = _unit_of_a_body(doc, position, last, words)
        if halves is not None:
            return [*found, *halves]
    if candidate is not None and _people_before_a_unit(doc, position, last, words, candidate):
        # "the Italian Folgore Parachute Division": the people's adjective says whose unit it is, no word of its name
        return [*found, *_read_run(doc, position, position), *_read_run(doc, position + 1, last)]
    if candidate is not None and candidate.kind is ActorKind.other and len(words) > 1 and words[0] in COMPASS:
        # "Eastern Varnak": a compass word opening a name with no other cue names a part of a land.
        candidate.kind, candidate.found_by = ActorKind.place, f"opens with '{tokens[position].text}'"
    if (
        candidate is not None
        and candidate.kind in (ActorKind.other, ActorKind.person)
        and len(words) == 2
        and (words[0] in VILLAGE_OPENERS or _common_village_opener(words))
        and not has_cue(words)
    ):
        # "Nether Scaldwell", "Upper Affcot": a village named against its neighbour; no one's given name.
        candidate.kind, candidate.found_by = ActorKind.place, f"a village's name after '{tokens[position].text}'"
    if candidate is not None:
        if candidate.kind is ActorKind.place and candidate.alias is None:
            candidate.alias = qualified_place(doc, candidate.first, candidate.last)
        found.append(candidate)
        if candidate.leader is not None:
            found.append(candidate.leader)
        found += _acronyms_inside(doc, candidate)
        if len(words) >= 2 and words[-1] in FORCE_MEMBERS and words[-2] in FORCE_OF_MEMBERS:
            # "U.S. Navy SEALs": the force whose members they are is named inside, a body of its own
            force = name_candidate(doc, position, last - 1, words[:-1])
            found += [force] if force is not None and force.kind is ActorKind.armed_force else []
        service_end = _force_inside_unit(words)
        if service_end is not None and candidate.kind in _BODY_KINDS:
            # "U.S. Coast Guard Maritime Safety and Security Team": the service a unit belongs to
            force = name_candidate(doc, position, position + service_end, words[: service_end + 1])
            found += [force] if force is not None and force.kind is ActorKind.armed_force else []
        if candidate.kind is ActorKind.place and "of" in words[2:] and region_form(words[: words.index("of")]):
            # "Autonomous Territorial Unit of Varnagia": the region's own name is a place of its own too
            own = position + words.index("of") + 1
            found += [
                replace(c, kind=ActorKind.place, found_by="a region's name after its form of self-rule")
                if c.kind is ActorKind.other
                else c
                for c in _read_run(doc, own, last)
            ]
    return found


def _body_then_its_town(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """A body's name of two words or more that ends with its head word, then one town the gazetteer knows (in a
    country: no continent)."""
    if len(words) < 3 or not has_cue(words[-3:-1]):
        return False
    place = doc.gazetteer.lookup(words[-1:])
    if place is None or place.kind == "state" or place.country is None or fold_phrase(place.name) != words[-1:]:
        return False  # (not "Rights Monitor Europe": a body for a continent; not "Division One": Onex)
    body = name_candidate(doc, position, last - 1, words[:-1])
    return body is not None and body.kind in _BODY_KINDS


# Head words of an army's units below a whole service: a people's adjective before them is no part of the name.
_ARMY_UNIT_HEADS = word_set("corps division brigade battalion regiment")
_ROMAN_NUMBER = re.compile(r"[IVXLC]+")  # "the Italian XVI Corps"


def _people_before_a_unit(
    doc: ActorDocument, position: int, last: int, words: tuple[str, ...], candidate: Candidate
) -> bool:
    """'Italian Folgore Parachute Division', 'Italian XVI Corps': a people's adjective, two words of the unit's own
    (or its number in Roman figures), and a unit's head word ("the Zambian Battalion" is named by its people)."""
    return (
        candidate.kind is ActorKind.armed_force
        and candidate.first == position
        and candidate.last == last
        and (
            len(words) >= 4 or (len(words) == 3 and _ROMAN_NUMBER.fullmatch(doc.tokens[position + 1].text) is not None)
        )
        and words[-1] in _ARMY_UNIT_HEADS
        and doc.gazetteer.country_of_demonym(words[0]) is not None
        and doc.tokens[position].joined
        and doc.text[doc.tokens[position].end : doc.tokens[position + 1].start] == " "
    )


# An honour's head word, and the verbs that give or win one: "awarded the Navy Cross", "received the Star of Valour".
_HONOUR_HEADS = word_set("cross medal star")
_HONOUR_VERBS = word_set("awarded received won earned")


def _honour_given(doc: ActorDocument, first: int, last: int) -> bool:
    tokens = doc.tokens
    opening = first + (tokens[first].folded == "the")
    return (
        last > opening
        and tokens[opening].folded != "the"
        and opening >= 2
        and tokens[opening - 1].folded == "the"
        and tokens[opening - 2].folded in _HONOUR_VERBS
        and (tokens[last].folded in _HONOUR_HEADS or tokens[opening + 1].folded in _HONOUR_HEADS)
        # "received the Red Cross delegation": a noun after it makes the name a body's
        and not (
            last + 1 < len(tokens)
            and tokens[last].joined
            and tokens[last + 1].text.islower()
            and tokens[last + 1].folded not in FUNCTION_WORDS
        )
    )


def _unit_of_a_body(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> list[Candidate] | None:
    """'the Historical Publications Branch of the Varnish Department of Internal Affairs': a run read as no
    name whole, a body's head word before "of the", and a body after it: the unit and the body it belongs to."""
    for k in range(position + 2, last - 1):
        at = k - position
        if words[at] != "of" or words[at + 1] != "the" or not has_cue(words[at - 1 : at]):
            continue
        unit = name_candidate(doc, position, k - 1, words[:at])
        body = name_candidate(doc, k + 2, last, words[at + 2 :])
        if unit is not None and body is not None and unit.kind in _BODY_KINDS and body.kind in _BODY_KINDS:
            return [unit, body]
        return None
    return None


_SHIP_COMMANDS = word_set("officer captain commander master")


def _ship_command(doc: ActorDocument, position: int, last: int) -> tuple[Candidate, int] | None:
    """'Commanding Officer of USS X', 'Captain of HMS X', 'Commanding Officer HMAS X': a command post
    whose remit is a ship named with its prefix; the post, and where the ship's name starts."""
    tokens = doc.tokens
    start = position + 1 if tokens[position].text == "The" else position
    if start > 0 and tokens[start - 1].text == "Commanding":
        start -= 1  # the run may open after "Commanding", a word read as a verb
    title = start + 1 if tokens[start].folded == "commanding" else start
    if title >= last or tokens[title].folded not in _SHIP_COMMANDS:
        return None
    ship = title + 2 if tokens[title + 1].folded == "of" else title + 1
    if ship >= last or tokens[ship].folded not in SHIP_PREFIXES:
        return None
    if ship == title + 1 and title == start and not _holder_named_after(doc, title, last):
        return None  # "Commander HMS Varn" with no "of" reads as a rank and a name
    name = doc.text[tokens[start].start : tokens[last].end]
    return Candidate(start, last, name, ActorKind.person, "the command of a ship", 0.6), ship


# The bare posts of a ship's command whose holder is named after a comma: "Commander HMS Varn, Lieutenant
# Commander Ilse Tremmin, said"
_BARE_SHIP_COMMANDS = word_set("commander")


def _holder_named_after(doc: ActorDocument, title: int, last: int) -> bool:
    """'Commander HMAS Varn, Captain Ilse Tremmin': a post with no "of" before its ship, its holder after a comma."""
    tokens = doc.tokens
    after = last + 1
    return (
        tokens[title].folded in _BARE_SHIP_COMMANDS
        and after < len(tokens)
        and doc.text[tokens[last].end : tokens[after].start] == ", "
        and tokens[after].text[:1].isupper()
    )


def _known_hyphen_chain(doc: ActorDocument, inner: int, first: int, last: int) -> tuple[int, int] | None:
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


def _spelled_tail(doc: ActorDocument, first: int, last: int) -> int | None:
    """Where the words spelled out by an acronym in brackets right after the run begin, after "of the"
    inside the run: "... Government of the Economic Community of Varnish States (ECOVS)"."""
    tokens, text = doc.tokens, doc.text
    after = last + 1
    if after >= len(tokens) or text[tokens[last].end : tokens[after].start] != " (":
        return None
    if text[tokens[after].end : tokens[after].end + 1] != ")" or not ACRONYM.fullmatch(tokens[after].text):
        return None
    letters = tokens[after].text.replace(".", "").upper()
    for k in range(first + 1, last):
        if tokens[k - 1].folded not in NAME_GLUE or not tokens[k].text[:1].isupper():
            continue
        words = tokens[k : last + 1]
        every = "".join(t.text[0] for t in words).upper()
        capitals = "".join(t.text[0] for t in words if t.text[:1].isupper())
        if letters in (every, capitals) and len(letters) >= 3:
            return k
    return None


# Below this frequency a word is no English word: a name from another language ("Otieno", "Jandor").
_FOREIGN_WORD = 2.0


def _two_word_demonym(doc: ActorDocument, position: int) -> str | None:
    """The state of "South Korean" or "South Koreans" at `position`."""
    pair = f"{doc.tokens[position].folded} {doc.tokens[position + 1].folded}"
    country = doc.gazetteer.country_of_demonym(pair)
    if country is None and pair.endswith("s"):
        country = doc.gazetteer.country_of_demonym(pair[:-1])
    return country


def _joined_name_of_a_state(doc: ActorDocument, position: int, last: int) -> Candidate | None:
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
    return Candidate(position, last, name, ActorKind.organization, "a name joined by hyphens before a state's", 0.7)


_UNIT_NUMBER_HEADS = word_set("unit")
_LONE_UNIT_DIGITS = 4  # "Unit 29155" alone; "Unit 3" alone may be a flat


def _numbered_unit(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Navy Explosive Ordnance Disposal Mobile Unit 3', 'Unit 29155': a unit's words, then its number,
    are one unit's name, even when every word is a common one."""
    tokens = doc.tokens
    number = last + 1
    if tokens[last].folded not in _UNIT_NUMBER_HEADS or number >= len(tokens) or not tokens[last].joined:
        return None
    digits = tokens[number].text
    if not (digits.isdigit() and len(digits) <= 6) or (first == last and len(digits) < _LONE_UNIT_DIGITS):
        return None
    if (
        number + 1 < len(tokens)
        and doc.text[tokens[number].end : tokens[number].end + 1] in (".", ",")
        and (doc.text[tokens[number].end + 1 : tokens[number].end + 2].isdigit())
    ):
        return None  # "Unit 3.5": a figure, not a number
    while first < last and tokens[first].folded in ("the", "a"):
        first += 1
    name = doc.text[tokens[first].start : tokens[number].end]
    return Candidate(first, number, name, ActorKind.armed_force, "a unit's words and its number", 0.65)


_GLUE_AFTER_BODY = word_set("for to")


def _glue_after_body(doc: ActorDocument, first: int, last: int) -> int | None:
    """Where a run too long for one name splits: the first "for" or "to", right after a
    body's word ("... Finance Corporation for the ..."), with a name of its own on each side; not in a
    post's name ("Assistant Secretary of State for ...") nor after an "of" ("Organization of ...")."""
    tokens = doc.tokens
    if any(is_title(tokens[k].folded) for k in range(first, last + 1)):
        return None
    for k in range(first + 2, last):
        if tokens[k].folded in NAME_GLUE or tokens[k].folded in _GLUE_AFTER_BODY:
            opens = tokens[k + 1] if tokens[k + 1].folded != "the" or k + 2 > last else tokens[k + 2]
            glued = tokens[k].folded in _GLUE_AFTER_BODY and tokens[k - 1].folded in NAME_WORD
            own_words = sum(tokens[j].folded != "the" for j in range(first, k - 1))  # "The Organization for"
            return k if glued and own_words and k - first <= MAX_NAME_TOKENS and cased(opens) else None
    return None


def _lettered_acronym(doc: ActorDocument, first: int, last: int) -> bool:
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


# Acronyms for a kind of body or group of people, not for one: "NGO", "CSO", "IDP".
# The last word of a post's remit: "... for Foreign Affairs and Security Policy".
_REMIT_ENDS = word_set("affairs policy")
_GENERIC_BODY_ACRONYMS = word_set("ngo ngos ingo cso csos idp idps pmc sme")


# "DFAT Media Liaison: (02) 6261 1555": a line that gives an office's telephone number.
_PHONE_AFTER = re.compile(r":[ \t]*\(?\+?\d[\d ()-]{5,}")
# A contact line that opens with a body's acronym and its office: "DFAT Media: (02) 6261 1555"; or with a
# post's office: "Foreign Minister's Office: (02) 6277 7500" (`_office_of_a_post` reads it).
_CONTACT_LINE = re.compile(
    r"^(?:[A-Z]{2,6}(?: [A-Z][a-z]+){1,2}|(?:[A-Z][a-z-]+ ){0,2}[A-Z][a-z-]+['’]s Office)"
    r"(?=:[ \t]*\(?\+?\d[\d ()-]{5,})",
    re.MULTILINE,
)


def _contact_office(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'DFAT Media: (02) 6261 1555': the body whose office a release's contact line gives, by its
    acronym; the office's own words ("Media Liaison") are no name. A post's office is a body of its own."""
    tokens = doc.tokens
    if first == last or not _PHONE_AFTER.match(doc.text, tokens[last].end):
        return None
    if doc.text[: tokens[first].start].rstrip(" \t")[-1:] not in ("", "\n"):
        return None  # a label opens its line
    if (
        tokens[last].text == "Office"
        and doc.text[tokens[last - 1].end : tokens[last].start] in ("'s ", "’s ")
        and tokens[last - 1].folded in TITLES
    ):
        # "Foreign Minister's Office: (02) 6277 7500": the office of a post, a body
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, "a post's office on a contact line", 0.6)
    if not ACRONYM.fullmatch(tokens[first].text):
        return None
    return Candidate(
        first, first, tokens[first].text, ActorKind.organization, "an office's body on a contact line", 0.6
    )


# A field of a recipe card or a shop's listing whose value is a style, not a people: "Cuisine: British".
_THING_LABEL_BEFORE = re.compile(r"\b(?:Cuisine|Course|Style|Category|Genre|Dish|Type): $")


# Capitalised words after a people's adjective that still name no body: dates and feasts
# ("Chinese New Year"), events and documents ("Australian Open Championships"), dishes ("Dutch Apple Pie").
# A party's one member, by the party's word in the singular: "Social Democrat", "Liberal Democrat", "Republican".
_PARTY_MEMBERS = word_set("democrat republican")


_NOT_BODY_WORDS = (
    MONTHS_AND_DAYS
    | HOLIDAYS
    | EVENT_HEADS
    | WAR_HEADS
    | DOCUMENT_HEADS
    | DISH_HEADS
    | word_set("year new")
    # One member of a party, before the member's name: "the Danish Social Democrat Ilse Varn" (a person).
    | _PARTY_MEMBERS
)


def _saharan_in(doc: ActorDocument, position: int) -> bool:
    """'In-Gall', 'In-Salah': the Tuareg "In" ("place of") opens a Saharan place's name, joined by a hyphen to a
    capitalised word no English phrase writes so ("In-Depth" is a common word's)."""
    tokens = doc.tokens
    if tokens[position].text != "In" or position + 1 >= len(tokens):
        return False
    name = tokens[position + 1]
    return doc.text[tokens[position].end : name.start] == "-" and cased(name) and zipf(name.folded) < WORD_ALONE


_NATIONAL_BODY_WORDS = 2  # capitalised words at least after the adjective


def _state_named(gazetteer: Gazetteer, word: str) -> bool:
    place = gazetteer.lookup((word,))
    return place is not None and place.kind == "state"


_OPENING_QUOTES = ('"', "“")
_CLOSING_QUOTES = ('"', "”")


def _quoted_whole(doc: ActorDocument, first: int, last: int) -> bool:
    """Whether quotation marks open right before `first` and close right after `last`."""
    start, end = doc.tokens[first].start, doc.tokens[last].end
    return start > 0 and doc.text[start - 1] in _OPENING_QUOTES and doc.text[end : end + 1] in _CLOSING_QUOTES


def _national_body(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Australian Medical Assistance Team', 'Australian Humanitarian Partnership': a people's
    adjective, then capitalised common words that no title or cue explains. Words written in
    capitals inside a sentence are a name's; with the adjective first, a body's."""
    tokens = doc.tokens
    rest = range(first + 1, last + 1)
    if last == first + 1 and tokens[last].folded in PARTIES_BY_WORD and tokens[last].text.istitle():
        # "the Welsh Conservatives", "Scottish Labour": a party's branch in a nation, one body.
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, "a party's branch named for its nation", 0.7)
    if last == first + 1 and _sport_of_a_nation(doc, last):
        # "Scottish Rugby", "Welsh Athletics": the sport's governing body in the nation.
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, "a nation's body for its sport", 0.65)
    if last == first + 1 and utility_firm(doc, (tokens[first].folded, tokens[last].folded)):
        # "Scottish Water", "Irish Water": the utility that serves the nation, one body.
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, "a utility named for its nation", 0.65)
    if len(rest) < _NATIONAL_BODY_WORDS or first + 1 in doc.sentence_first:
        return None
    if len(rest) == 2 and zipf(tokens[first + 1].folded) < _FOREIGN_WORD and zipf(tokens[last].folded) < WORD_ALONE:
        return None  # "Kenyan Otieno Wambuvi": a given name no English text uses, then a family name: a person
    if has_cue(tuple(tokens[k].folded for k in range(first, last + 1))):
        return None  # "Iraqi Security Forces": the name's own cue says what it is
    serving = next((k for k in rest if tokens[k].folded == "in" and tokens[k - 1].folded == "contingent"), None)
    if serving is not None:
        rest = range(first + 1, serving)  # "Polish Military Contingent in Afghanistan": the land it serves in
    if any(
        not tokens[k].text[:1].isupper()
        or is_title(tokens[k].folded)
        or tokens[k].folded in TITLE_PARTS
        or tokens[k].folded in _NOT_BODY_WORDS
        or doc.gazetteer.lookup((tokens[k].folded,)) is not None
        or doc.gazetteer.country_of_demonym(tokens[k].folded) is not None
        for k in rest
    ):
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a people's adjective, then a body's words", 0.55)


def _national_service(doc: ActorDocument, found: list[Candidate], first: int, last: int) -> Candidate | None:
    """'British Army', 'Iraqi Navy' before a rank: the demonym read as its state just before, and a
    service's word (an armed force's head word) are one armed force's name."""
    if not found or found[-1].kind is not ActorKind.state or found[-1].alias is None or found[-1].last != first - 1:
        return None
    if first != last or HEAD_WORD.get(doc.tokens[last].folded, _NO_CUE).kind is not ActorKind.armed_force:
        return None
    start = found[-1].first
    name = doc.text[doc.tokens[start].start : doc.tokens[last].end]
    return Candidate(start, last, name, ActorKind.armed_force, "a people's service before a rank", 0.8)


_NO_CUE = Cue(ActorKind.other, 0.0)
_SERVICE_WORDS = 2  # "Army", "Air Force", "Coast Guard"


def _service_before_rank(doc: ActorDocument, position: int, first: int, last: int) -> list[Candidate]:
    """'Army Brig. Gen. Ilse Varn', 'Air Force Col. Tom Kessel': a service's words opening a rank's
    title are the armed force the person serves in (read alone, the common words name nothing)."""
    tokens = doc.tokens
    if last - position >= _SERVICE_WORDS or not all(tokens[k].joined for k in range(position, last)):
        return []  # ("Air" is a title's word too: "Air Marshal"; the service may open with it)
    if first > last or HEAD_WORD.get(tokens[last].folded, _NO_CUE).kind is not ActorKind.armed_force:
        return []
    name = doc.text[tokens[position].start : tokens[last].end]
    return [Candidate(position, last, name, ActorKind.armed_force, "a service before a rank", 0.6)]


def _members_of_body(doc: ActorDocument, first: int, last: int) -> int | None:
    """'EU Foreign Ministers', 'Pacific Islands Forum Leaders': holders of posts in a body, named
    with a plural title and their portfolio's common words. Returns where the body's name ends
    (before `first` when no name is left: "Foreign Ministers"), or None for no such run. A
    plural title after "of" is the body's own word ("Council of Ministers")."""
    tokens = doc.tokens
    word = tokens[last].folded
    if last == first or not (word.endswith("s") and is_title(word) and word not in TITLES) or word in HEAD_WORD:
        return None  # a plural title that ends bodies' names is their head ("Tarnley Ladies": a club)
    if word[:-1] in NAMESAKE_TITLES:
        return None  # "Tarnby Super Kings": a crown's title names a side, no members of a body
    if (tokens[last - 1].folded, word) in HEAD_AFTER_FIRST:
        return None  # "Hallam Funeral Directors": a firm's two-word trade, no holders of posts
    end = last - 1
    while end >= first and tokens[end].folded not in NAME_GLUE and _portfolio_word(tokens[end]):
        end -= 1
    if end >= first and tokens[end].folded in NAME_GLUE:
        return None
    return end


def _longer_name_or_list(doc: ActorDocument, first: int, last: int) -> bool:
    """Two words or more after the run's first, or one and then "and" opening a list."""
    tokens = doc.tokens
    return first + 1 < last or (first + 1 == last and last + 1 < len(tokens) and tokens[last + 1].folded == "and")


def _portfolio_word(token: Token) -> bool:
    """'Foreign', 'Defence', 'Finance': a common word naming a field of work, not a name's."""
    return token.text[1:].islower() and zipf(token.folded) >= _PORTFOLIO_WORD and not has_cue((token.folded,))


_PORTFOLIO_WORD = 3.5  # Zipf: "foreign" 5.0, "defence" 4.5, "interior" 4.0, "Varnak" 0


def _acronyms_inside(doc: ActorDocument, candidate: Candidate) -> list[Candidate]:
    """'the Counter ISIL Coalition', 'the Coalition to Counter ISIL': an acronym inside a body's
    name (not opening it: "UN Security Council" is the council) names a body of its own."""
    if candidate.kind not in (ActorKind.organization, ActorKind.armed_force) or candidate.last == candidate.first:
        return []
    if all(doc.tokens[k].text.isupper() for k in range(candidate.first, candidate.last + 1)):
        return []  # "EUTM RCA": acronyms only, one body's short name
    if candidate.found_by == FORCE_WITH_ITS_OPERATION:
        return []  # "EUNAVFOR MED Operation IRINI": the force's letters and the operation's name, no body alone
    found: list[Candidate] = []
    for k in range(candidate.first + 1, candidate.last + 1):
        token = doc.tokens[k]
        if not (2 <= len(token.text) <= 6 and token.text.isalpha() and token.text.isupper()):
            continue
        if token.folded in _GENERIC_BODY_ACRONYMS or token.folded in NAME_WORD or token.folded in HEAD_WORD:
            continue  # "the Tremmin NGO Forum", "Xing AG": a kind of body or its legal form, not one
        if k == candidate.last and zipf(token.folded) >= WORD_ALONE:
            continue  # "the Leeds BID", "Tarnby AIM": an acronym spelling a word ends the body's name, no body alone
        if k == candidate.last and not has_cue(tuple(doc.tokens[j].folded for j in range(candidate.first, k))):
            continue  # "Evercore ISI raised its target": letters end a brand (not "Coalition to Counter ISIL")
        if k == candidate.last and len(token.text) == 2:
            continue  # "Quantum Delta NL", "Tarnby Aid UK": a country's code ends the body's name, no body alone
        if k == candidate.last - 1 and doc.tokens[candidate.last].folded == "exchange":
            continue  # "Cboe BZX Exchange": the market's code, not a body of its own
        inner = [c for c in _read_run(doc, k, k) if c.kind in (ActorKind.organization, ActorKind.armed_force)]
        found += inner
    return found


def _named_after(doc: ActorDocument, first: int, last: int, of_document: bool = False) -> list[Candidate]:
    """What a document (`of_document`: named by its head word) or a war is named after: 'UN Security Council' in
    'UN Security Council Resolution', the city in 'Geneva Communique', the land in 'the Second Varnak War'.
    The document or the war itself is no actor."""
    named_by = last
    while (
        last > first
        and zipf(doc.tokens[last].folded) >= WORD_ALONE
        and not has_cue((doc.tokens[last].folded,))
        and doc.gazetteer.country_of_demonym(doc.tokens[last].folded) is None  # "Cuban Revolution": Cuba's
        and not large_city(doc.gazetteer, doc.tokens[last].folded)  # "Geneva Communiqué": the city's
    ):
        last -= 1  # "Varnak Peace Agreement", "Minsk Ceasefire Protocol": the common words are the document's
    while first < last and (doc.tokens[first].folded in _ORDINAL_WORDS or doc.tokens[first].folded == "the"):
        first += 1  # "First Chechen War", "Second Varnak Accord": the count is the event's, not the name's
    if _hyphened_places(doc, first, last):
        # "U.S.-Tremmia Accord", "Belgrade-Kessel Dialogue": named after each of the places it joins
        return [c for k in range(first, last + 1) for c in _read_run(doc, k, k)]
    if first == last < named_by and _plain_word_naming_a_document(doc, first):
        return []  # "the Reciprocal Access Agreement": named for what it does, not after anyone
    # "the Te Rawa Security Agreement", "the Tremvik Charter": words nothing explains before a document's head
    # are the document's own name (a coined or a local word), no actor it is named after (a war is named
    # after a land or a people, known or not: "the Second Varnak War")
    found = [c for c in _read_run(doc, first, last) if not (of_document and c.kind is ActorKind.other)]
    if found or first != last:
        return found
    token = doc.tokens[first]
    place = doc.gazetteer.lookup((token.folded,))
    if place is None or place.kind != "place" or len(token.text) <= 3:
        return found
    if zipf(token.folded) >= WORD_ALONE and not large_city(doc.gazetteer, token.folded):
        return found  # "Joker Accords": a common word, unless a known city ("Geneva Communique", "Paris Agreement")
    document = doc.text[token.start : doc.tokens[last + 1].end]
    found_by = f"gazetteer: {place.name}, {place.country} ('{document}' is named after it)"
    return [Candidate(first, last, token.text, ActorKind.place, found_by, 0.6, gazetteer_name=place.name)]


def _plain_word_naming_a_document(doc: ActorDocument, k: int) -> bool:
    """'Reciprocal' of 'the Reciprocal Access Agreement': an ordinary English word no place or people bears opens
    the document's common words; it says what the document does, so it names no actor."""
    word = doc.tokens[k].text
    folded = doc.tokens[k].folded
    return (
        word[1:].islower()  # not an acronym ("the ASEAN Five-Point Consensus": the body's)
        and zipf(folded) >= COMMON
        and not has_cue((folded,))
        and doc.gazetteer.lookup((folded,)) is None
        and doc.gazetteer.country_of_demonym(folded) is None  # "the Yemeni Civil War": Yemen's
    )


def _acronym_joined_to_a_region(doc: ActorDocument, first: int, last: int) -> bool:
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


def _hyphened_places(doc: ActorDocument, first: int, last: int) -> bool:
    """'U.S.-Ghana', 'Belgrade-Pristina': two places or more the gazetteer knows, joined by hyphens
    (a dotted state keeps its last dot before the hyphen), each a name of its own."""
    tokens, text = doc.tokens, doc.text
    if last == first or _known_hyphen_chain(doc, first, first, last) is not None:
        return False  # "Guinea-Bissau": one state
    joined = all(text[tokens[k].end : tokens[k + 1].start] in ("-", ".-") for k in range(first, last))
    return joined and all(doc.gazetteer.lookup((tokens[k].folded,)) is not None for k in range(first, last + 1))


# A city this large is spoken of by its quarters: "West Baltimore", "East Leeds".
_CITY_OF_QUARTERS = 250_000


def _region_of(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'Northern Iraq', 'Eastern Ukraine': a part of a known state or place, named as the text names it."""
    if len(words) < 2 or words[0] not in COMPASS:
        return None
    if doc.gazetteer.lookup(words) is not None:
        # "Northern Ireland" is a name whole: the compass word is no opener to skip.
        return name_candidate(doc, first, last, words)
    whole = doc.gazetteer.lookup(words[1:])
    if whole is None or not (
        whole.kind == "state"
        or len(words) > 2
        or whole.population >= LARGE_CITY
        # "West Baltimore", "North Leeds": a city's quarter, when the city's name is no common word ("South Reading")
        or (whole.population >= _CITY_OF_QUARTERS and not is_common_word(words[1], words[1] in doc.lower_case))
        # "shootings in Central Trinidad", "farms in South Tessel": a preposition of place says the part is land
        or (first > 0 and doc.tokens[first - 1].joined and doc.tokens[first - 1].text in PLACE_PREPOSITIONS)
    ):
        return None
    name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
    return Candidate(first, last, name, ActorKind.place, f"a part of {whole.name}", 0.75)


def _period_style(doc: ActorDocument, position: int) -> bool:
    """'a Georgian clock': a people's adjective that also names a period, before a noun of its style."""
    tokens = doc.tokens
    return (
        tokens[position].folded in PERIOD_ADJECTIVES
        and position + 1 < len(tokens)
        and tokens[position].joined
        and not tokens[position + 1].capitalised
        and tokens[position + 1].folded in PERIOD_STYLE_NOUNS
    )


def _sport_of_a_nation(doc: ActorDocument, last: int) -> bool:
    """The capitalised sport after a nation's name or adjective (`NATIONAL_SPORT_BODIES`), ending the run."""
    token = doc.tokens[last]
    return token.folded in NATIONAL_SPORT_BODIES and token.text.istitle()


def _capital_ing_inside(doc: ActorDocument, position: int, last: int) -> bool:
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


def _general_staff(doc: ActorDocument, k: int, last: int) -> bool:
    """'the Military Academy of the General Staff': "General" before "Staff" names a force's headquarters,
    no rank."""
    tokens = doc.tokens
    return k < last and tokens[k].folded == "general" and tokens[k + 1].folded == "staff" and tokens[k].joined


def _capital_particle_opens(doc: ActorDocument, position: int, last: int) -> bool:
    """'Van Oordt Techniek', 'Van der Molen Bouw': a capital Dutch or German particle opens a family name
    (and a firm named after one) when a capitalised word follows it, maybe after 'der' or 'den'."""
    tokens = doc.tokens
    if tokens[position].folded not in CAPITAL_PARTICLES or not tokens[position].text[0].isupper():
        return False
    k = position + 1
    while k < last and tokens[k].folded in ("der", "den", "de", "ter") and tokens[k].text.islower():
        k += 1
    return k <= last and tokens[k].capitalised and tokens[k].folded not in NAME_PARTICLES


def _language_after_in(doc: ActorDocument, position: int) -> bool:
    """'thanked him in Spanish, then', 'in Spanish and his mother in Italian.': a people's adjective right
    after "in", with no noun after it, is the language spoken."""
    tokens = doc.tokens
    if position < 1 or tokens[position - 1].text != "in" or not tokens[position - 1].joined:
        return False
    if _no_noun_after(doc, position):
        return True
    # "in Spanish and his mother ...": a new phrase after "and" ("in Russian and Belarusian territory" is land)
    return (
        tokens[position].joined
        and position + 2 < len(tokens)
        and tokens[position + 1].folded == "and"
        and tokens[position + 1].joined
        and tokens[position + 2].text in ("his", "her", "their", "then", "later")
    )


def _no_noun_after(doc: ActorDocument, k: int) -> bool:
    return doc.text[doc.tokens[k].end : doc.tokens[k].end + 1] in (".", ",", ";", ":", ")", "", "\n")


_POSTS_OF_A_BODY = DESCRIBED_BY_DEMONYM | ORGANISATIONS_POSTS


def _describes_a_trade(doc: ActorDocument, position: int) -> bool:
    """'the Dutch engineering group', 'British firms': a people's adjective before one or two words in lower
    case that end on a noun of trade or everyday life (`DESCRIBED_BY_DEMONYM`)."""
    tokens = doc.tokens
    # "Its Welsh campaigns officer": a body's own post for a nation's part of its work (no state acts there).
    posts = _POSTS_OF_A_BODY if position > 0 and tokens[position - 1].folded == "its" else None
    if _demonym_pair(doc, position):
        position += 2  # "its Italian and Polish members": the pair shares the noun after it
    for k in range(position + 1, min(position + 3, len(tokens))):
        if not tokens[k - 1].joined or tokens[k].capitalised or not tokens[k].text.isalpha():
            return False
        if tokens[k].folded in (posts or DESCRIBED_BY_DEMONYM):
            return True
    return False


def _party_member_after(doc: ActorDocument, position: int, last: int) -> bool:
    """'Danish Social Democrat Ilse Varn', 'Austrian Republican Jo Marr': a people's adjective, one or two
    capitalised words ending on a party member's noun, then a name."""
    tokens = doc.tokens
    return any(
        tokens[k].folded in _PARTY_MEMBERS and tokens[k].text.istitle() and k < last
        for k in range(position + 1, min(position + 3, last + 1))
    )


_NUMBER_AFTER = re.compile(r" (?:No\. ?)?\d")


def _demonym_pair(doc: ActorDocument, position: int) -> bool:
    """'Italian and Polish', 'Czech or Slovak': a people's adjective joined by "and" or "or" to another."""
    tokens = doc.tokens
    return (
        position + 2 < len(tokens)
        and tokens[position].joined
        and tokens[position + 1].folded in ("and", "or")
        and tokens[position + 1].text.islower()
        and tokens[position + 1].joined
        and doc.gazetteer.country_of_demonym(tokens[position + 2].folded) is not None
    )


def _technical_words(tokens: list[Token], skip: list[bool]) -> bool:
    return has_technical_words((t.text for i, t in enumerate(tokens) if not skip[i]), TERM_ACRONYMS)


_IN_A_PLACE = word_set("in near")


def _from_to(doc: ActorDocument, position: int, last: int) -> bool:
    """'the cable car from An Thoi to Hon Thom': a name between "from" and "to" is a route's end, a place."""
    tokens = doc.tokens
    return tokens[position - 1].folded == "from" and last + 1 < len(tokens) and tokens[last + 1].folded == "to"


def _irish_article(doc: ActorDocument, position: int, last: int) -> bool:
    """'the An Post office', 'objected to An Bord Pleanála': a capitalised "An" inside a sentence (English
    writes its article in lower case there) opens an Irish name, and stays part of it."""
    token = doc.tokens[position]
    return token.text == "An" and position < last and position not in doc.sentence_first and token.joined


# Romance articles that open places' names: "La Ronge", "Le Touquet", "Los Alamos", "El Paso".
_ROMANCE_ARTICLES_OPENING = frozenset(("La", "Le", "Les", "Los", "Las", "El"))

# A preposition of place, maybe then other names of a list: "near Tarvesh, " before "Bint Qarra".
_PLACE_LIST_BEFORE = re.compile(
    r"\b(?:in|near|at|from|to|outside|around)[ \t]+(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*,[ \t]+)*$"
)
# Arabic "son of", "daughter of" that open towns' names too: "Bint Jbeil", "Bin Jawad".
_PLACE_PARTICLES = frozenset(("Bint", "Bin"))


def _particle_opens_a_place(doc: ActorDocument, position: int, last: int) -> bool:
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


def _particle_opens_a_known_town(doc: ActorDocument, position: int, last: int) -> bool:
    """'floods in Da Nang', 'Do Son beach': a capitalised word that is a particle elsewhere ("da", "do") opens a
    town's name the gazetteer knows as the whole run (Vietnamese towns are so written); "Da Silva" is no town."""
    tokens = doc.tokens
    if not tokens[position].text[0].isupper() or position >= last or not tokens[position].joined:
        return False
    place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1)))
    return place is not None and place.kind == "place"


def _capital_article_opens(doc: ActorDocument, position: int, last: int) -> bool:
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
    )
