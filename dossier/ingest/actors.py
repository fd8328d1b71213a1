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
`ActorDocument` of `actor_document` and the shared word tables of `name_words`. How a run splits or
reads whole is asked of `particle_runs`, `demonym_runs`, `posts_in_runs`, `forces_in_runs` and
`body_runs`; `heading_names` and `labelled_lines` read the lines a page lays out.

`_read_run` asks its readings in order (`_READINGS`): each is a function of the `RunReading` that answers
with the run's candidates, or with `ASK_ON` when the next reading must tell.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import Enum

from dossier.ingest.acronyms import ACRONYM, adjective_before_acronym, defined_acronyms, new_before_acronym
from dossier.ingest.actor_document import ActorDocument, brand_cased_firm, cased, read_document_evidence, tokens_in
from dossier.ingest.and_in_names import names_a_state_body_for_two_fields
from dossier.ingest.bands_on_tour import acts_on_tour
from dossier.ingest.battalion_short_names import battalion_short_names
from dossier.ingest.bodies_after_letters import bodies_named_on_after_letters, zones_named_after_letters
from dossier.ingest.body_heads import lone_body_heads
from dossier.ingest.body_runs import (
    BODY_KINDS,
    acronym_of_a_class,
    acronym_of_a_made_thing,
    aim_of_a_deed,
    body_general,
    body_spelled_whole,
    body_then_its_town,
    branch_after_acronym,
    brand_with_a_crown,
    class_after_as_a,
    firm_by_legal_form,
    glue_after_body,
    group_of_states,
    kinds_from_of_phrases,
    known_body_at,
    made_things_letters,
    members_after_body,
    plain_word_naming_a_document,
    quoted_whole,
    spelled_tail,
    state_named_after_letters,
    subject_of_document,
    whole_if_spelled,
)
from dossier.ingest.bound_words import trade_members_of
from dossier.ingest.bracketed_family import join_bracketed_family_names
from dossier.ingest.branch_after_letters import take_letters_before_branch
from dossier.ingest.byline_lines import writers_on_byline_lines
from dossier.ingest.called_works import called_work_spans
from dossier.ingest.capital_kickers import kicker_word
from dossier.ingest.capitals_surnames import given_name_and_capitals_surname
from dossier.ingest.car_models import maker_after_a_team
from dossier.ingest.chinese_names import chinese_name_opening
from dossier.ingest.citations import book_citations, web_citations
from dossier.ingest.city_documents import large_city
from dossier.ingest.clipped_short_forms import join_clipped_short_forms
from dossier.ingest.club_short_forms import join_club_short_forms
from dossier.ingest.clubs_listed import clubs_listed_together
from dossier.ingest.common_words import doctrine_given_by_others, zipf
from dossier.ingest.compass_located import located_by_compass_after
from dossier.ingest.constituencies import (
    dashed_seat,
    party_before_letters,
    seat_before_letters,
    seat_of_two_after_letters,
    titled_town_seat,
)
from dossier.ingest.contests import contest_after_the_state
from dossier.ingest.context_cues import branches_of_armed_groups, forces_by_their_definition
from dossier.ingest.courts import court_with_its_seat
from dossier.ingest.cues import (
    DISH_HEADS,
    DOCUMENT_HEADS,
    FIELD_GERUNDS,
    FORCE_MEMBERS,
    FORCE_OF_MEMBERS,
    FUNCTION_WORDS,
    FUNDERS_OPENING,
    HEAD_WORD,
    KNOWN_BODIES,
    KNOWN_FIRMS,
    LEAGUE_PHRASES,
    LEAGUE_PHRASES_WEAK,
    MADE_THING_NOUNS,
    MATCH_RESULT,
    MONTHS_AND_DAYS,
    MOVEMENTS_OF_A_STATE,
    NAME_GLUE,
    NAME_PARTICLES,
    NAME_WORD,
    OFFICE_SIGNATURE_ENDS,
    OFFICE_SIGNATURE_LINES,
    PAGE_VERBS,
    PLACE_PREPOSITIONS,
    PLURAL_HEADS_OF_STATES,
    RIVALS_OPENING,
    SPORT_WORDS,
    STATE_OFFICES_AFTER_ITS_NAME,
    STATION_PREFIXES,
    STORM_NAME,
    STREET_HEADS,
    TERM_ACRONYMS,
    TITLE_PARTS,
    TITLES,
    TRADE_NOUNS_OPENING,
    VILLAGE_OPENERS,
    WAR_HEADS,
    WIRE_SLUGS,
)
from dossier.ingest.dashed_names import dash_before_theatre
from dossier.ingest.demonym_runs import (
    arm_in_a_state,
    colony_named_by_its_power,
    describes_a_trade,
    homeland_before_a_people,
    language_after_in,
    national_body,
    party_member_after,
    party_with_a_demonym,
    peoples_word,
    period_style,
    region_of,
    remit_of_a_state,
    sea_channel,
    sport_of_a_nation,
    team_of_a_land,
    technical_words,
    two_word_demonym,
)
from dossier.ingest.disease_names import diseases_named
from dossier.ingest.document_words import issuer_before_a_document_word
from dossier.ingest.draft_lookups import KNOWN_GROUP_FOUND_BY
from dossier.ingest.editor_brackets import join_given_names_in_brackets
from dossier.ingest.firm_cues import bought_from, firms_arm_in_a_state, product_of_known_firm
from dossier.ingest.firm_sales import share_class_end, wire_code_in_brackets
from dossier.ingest.firm_speakers import (
    NUMBER_WORDS,
    body_named_for_its_state,
    firm_of_two_common_words,
    ordinary_word_named_as_a_body,
    trade_named_for_its_state,
)
from dossier.ingest.force_short_forms import join_forces_before_members
from dossier.ingest.forces_in_runs import (
    battalions_of_regiments,
    command_of_a_ship,
    crown_bodies,
    demonym_before_unit_named_for_a_land,
    force_inside_unit,
    general_staff,
    group_after_hull_number,
    members_counted,
    model_after_force,
    national_service,
    numbered_unit,
    service_before_rank,
    state_before_unit,
    take_units_number,
)
from dossier.ingest.forces_stationed_in import take_land_of_stationed_forces
from dossier.ingest.formal_bodies import body_for_an_aim, denomination_church, government_of_national
from dossier.ingest.gazetteer import NATIONS_WITHIN_A_STATE, Gazetteer
from dossier.ingest.german_run_articles import german_article_ends_run
from dossier.ingest.grouping import ActorDraft, Candidate, group_candidates
from dossier.ingest.heading_names import (
    HONOURED_LINE,
    acronym_in_heading,
    heading_sentences,
    name_of_the_title_line,
    post_after_byline_comma,
    post_before_byline_comma,
    title_line,
    titled_name_in_heading,
    whole_post_line,
)
from dossier.ingest.hyphened_titles import before_hyphened_particle, clock_pm
from dossier.ingest.hyphened_town_pairs import hyphened_towns, lands_opening_a_joint_name
from dossier.ingest.ingredient_lines import on_an_ingredient_line
from dossier.ingest.issuer_lines import issuer_line_spans
from dossier.ingest.job_compounds import compound_job
from dossier.ingest.known_mentions import names_the_actor
from dossier.ingest.known_place_lands import actor_the_page_means
from dossier.ingest.korean_places import read_hangul_word
from dossier.ingest.labelled_lines import (
    contact_office,
    forces_by_their_strength,
    makers_under_label,
    organisers_under_label,
    persons_under_label,
    places_under_label,
    players_on_team_sheets,
    sellers_in_spec_tables,
    sides_under_column,
    speakers_after_quotes,
    towns_above_dates,
)
from dossier.ingest.later_surnames import link_later_surnames
from dossier.ingest.listed_headings import firms_heading_with_listing
from dossier.ingest.listed_names import (
    listed_name_spans,
    standings_row_spans,
    table_name_spans,
    table_row_spans,
)
from dossier.ingest.mentions import ActorIndex, Mention, Token
from dossier.ingest.military_names import venture_named_for_site
from dossier.ingest.name_bounds import (
    HYPHENED_PARTICLES,
    KOREAN_PLACE_SUFFIXES,
    MEMBERS_FOR_AN_AIM,
    breaks_name,
    dated_name,
    drop_members_plural,
    ends_name,
    hyphened_prefix,
    legal_form_ends_before,
    opens_arabic_name,
    own_and_ends_run,
    run_end,
    take_article,
    town_dateline_after_words,
    trails_name,
)
from dossier.ingest.name_kinds import (
    FORCE_WITH_ITS_OPERATION,
    envoys_remit,
    name_candidate,
    outlet_and_its_edition,
    page_tool_between_bars,
    post_at_the_head,
    surveying_body,
    written_with_its_accents,
)
from dossier.ingest.name_words import (
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
    two_compass_points,
)
from dossier.ingest.names import fold, fold_phrase, is_given_name, word_set
from dossier.ingest.namesake_places import namesake_building
from dossier.ingest.not_names import (
    OPENER_WORD,
    after_brand,
    city_demonym,
    code_named_as_a_group,
    code_named_by_its_trade,
    common_opener_phrase,
    given_name_like_month,
    is_junk_word,
    line_label,
    past_tense_opener,
    quoted_title,
    short_day_opens_a_name,
    stage_direction,
    surname_like_month,
    verb_form,
)
from dossier.ingest.notice_headings import notice_heading_spans
from dossier.ingest.numbered_bodies import has_committee_heads, numbered_committee
from dossier.ingest.numbered_names import (
    UNIT_ORDINAL,
    bracketed_unit,
    league_division_start,
    numbered_branch,
    numbered_site,
    numbered_street,
    ordinal_unit,
    take_channel_number,
    take_league_tier,
    take_number_after_no,
    take_number_word,
    take_ordinal,
    take_works_number,
)
from dossier.ingest.other_language_places import read_run_other_language, with_company
from dossier.ingest.page_noise import (
    is_reference_line,
    lettered_sum_spans,
    model_code_spans,
    noise_lines,
    size_code_spans,
    widget_spans,
)
from dossier.ingest.paper_mastheads import edition_day_opens_a_paper
from dossier.ingest.particle_runs import (
    acronym_joined_to_a_region,
    after_particle,
    all_saints_opens,
    body_branch_in_a_town,
    branch_of_a_group,
    capital_all_opens_a_body,
    capital_arabic_article_opens,
    capital_article_opens,
    capital_ing_inside,
    capital_particle_opens,
    capital_son_of_opens,
    common_village_opener,
    from_to,
    hyphened_places,
    irish_article,
    joined_name_of_a_state,
    known_hyphen_chain,
    lettered_acronym,
    letters_in_capitals,
    particle_after_the,
    particle_opens_a_known_town,
    particle_opens_a_place,
    saharan_in,
    state_then_joined_name,
)
from dossier.ingest.party_names import party_named_after_its_noun
from dossier.ingest.patron_brackets import take_patrons_bracket
from dossier.ingest.person_cues import one_of_a_nation
from dossier.ingest.person_names import (
    POST_WITH_REMIT,
    bare_portfolio,
    bare_post,
    body_before_title_end,
    command_posts,
    commands_letters,
    complement_of_post_before,
    crown_possessive_opening,
    first_half_of_surname,
    force_of_a_chiefs_staff,
    generational_name,
    given_name_of_state,
    heads_a_body,
    is_initial,
    is_postnominal,
    letters_inside_a_code,
    local_post,
    middle_initial_of_person,
    named_after_titled,
    partner_in_a_body,
    person_after_body,
    persons_listed_together,
    post_speaking,
    post_with_remit,
    rank_after_detective,
    state_ending_double_surname,
    stopped_title,
    surname_of_state,
    title_names_a_building,
    titled_body,
    titled_person,
)
from dossier.ingest.persons_in_context import persons_in_context
from dossier.ingest.place_evidence import (
    compass_off_a_dateline_town,
    elided_name,
    formal_state,
    formal_state_ending_a_body,
    hyphened_place,
    place_lines,
    places_listed_together,
    places_on_an_island,
    qualified_place,
    state_list_lines,
    state_of_adjectives,
)
from dossier.ingest.plural_titles import persons_after_plural_titles
from dossier.ingest.polish_regions import read_polish_region
from dossier.ingest.posts_in_runs import (
    REMIT_ENDS,
    capitals_label_end,
    common_noun_before_name,
    demonym_opens_post,
    firm_before_rank,
    head_of_mission_post,
    head_word_in_title,
    heads_of_mission,
    in_portfolio,
    longer_titled_name,
    members_of_body,
    noun_after,
    person_noun_opening,
    place_of_post,
    post_after_demonym,
    post_of_a_post,
    second_field_of_remit,
    second_half_of_name,
    service_rank_words,
    staff_after,
    state_before_its_post,
    state_opens_a_body,
    surname_after_given_name,
    title_before_a_hospital,
    words_before_title,
)
from dossier.ingest.questions import ASK_ON, Undecided
from dossier.ingest.quoted_firm_names import take_quoted_firm_name
from dossier.ingest.quoted_nicknames import join_quoted_nicknames
from dossier.ingest.regnal_names import RULER_FOUND_BY
from dossier.ingest.road_codes import road_codes
from dossier.ingest.romance_names import state_named_in_romance_body, to_ends_run
from dossier.ingest.run_stops import LINK_LABELS, clock_zone, members_of_a_body, numbered_label
from dossier.ingest.seated_bodies import bodies_at_towns
from dossier.ingest.sentences import Sentence
from dossier.ingest.served_states import names_a_cause_in_a_land, national_branch
from dossier.ingest.shared_family_names import couples_family_names
from dossier.ingest.slashed_posts import with_slashed_posts
from dossier.ingest.speaker_cards import contact_card_person
from dossier.ingest.speaker_labels import named_speaker_label, titled_speaker_label
from dossier.ingest.spellings_abroad import in_their_country
from dossier.ingest.state_institutions import institutions
from dossier.ingest.state_prefixes import names_without_their_state
from dossier.ingest.title_letters import letters_not_a_title
from dossier.ingest.title_surnames import surname_after_a_title
from dossier.ingest.titled_things import titled_things
from dossier.ingest.titled_towns import titled_town
from dossier.ingest.town_adjectives import town_of_a_quoted_name
from dossier.ingest.town_cues import coded_custody_place
from dossier.ingest.trade_marks import marks_in_capitals
from dossier.ingest.union_short_forms import join_union_short_forms
from dossier.ingest.unspaced_places import UnspacedName, unspaced_candidate
from dossier.ingest.venues import inn_opened_by_a_plain_word, venue_candidate
from dossier.ingest.vietnamese_names import vietnamese_name_at
from dossier.ingest.works import named_with_its_year, product_stems, things_page, venues_listed_together
from dossier.model import Actor, ActorKind

_TITLE_WORDS = TITLES | TITLE_PARTS | NAME_GLUE
# Words that open a post's title with the title word after them: "Press Secretary", "Press Officer".
_POST_OPENERS = word_set("press")
# Plural nouns that open a sentence before "of" and the name of the body they belong to.
_PLURAL_OPENERS = word_set("units elements members troops forces fighters soldiers officers")
# Verbs a notice tells its reader to act with, opening a sentence before a name: "Check Smartraveller for
# updates", "Contact Tarnby Council on 0800", "Watch CNN's full interview", "Get Tarnby News daily" (a site's
# sign-up box) (not "Visit": "Visit Kent said").
# What follows the "@" of an e-mail address: a domain with a dot ("quellpost.org"), not a handle.
_MAIL_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_NOTICE_VERBS = word_set("check contact email consult subscribe download watch read listen follow get")

# A live page's entry, copied as text, glues its title's last word to its time stamp: "At least 16 killed in
# strikes on Aleppopublished at 17:00 Greenwich Mean Time". The glued word is no name as written.
_GLUED_LIVE_STAMP = re.compile(r"\b[A-Z]\w*[a-z]published at \d")

_CODE_AROUND = re.compile(r"-\d")  # "COVID-19", "F-16": a code, not a name

_LINE_OPENER = re.compile(r"[^\n]*\n[ \t]*(?:[-•*–][ \t]+)?")
# An item's number or letter and a closing bracket inside a sentence: "ways to eat eggs: 1) Deviled, 2) Scotch",
# "(b) Boiled"; the item's first word has a capital as a sentence's has.
_ITEM_NUMBER = re.compile(r"(?:^|[\s(])(?:\d{1,2}|[a-z]|[ivx]{1,4})\) $")
# A line's dateline in capitals and its dash, before the story's first word; its state may be written out
# ("Idaho") and a wire's or a station's name in brackets may follow ("LAKE FOREST, Ill. (WQRT) —").
# A list item's label and number before a dash, at a line's start: "- Motion 3 — ", "Item 12 – ".
_NUMBERED_ITEM_LABEL = re.compile(r"[ \t]*(?:[-•*–][ \t]+)?[A-Z][a-z]+ \d{1,3}[a-z]? (?:—|–|-) +")
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


# What "the US Treasury" issues: "US Treasury yields" are the state's debt, not its finance ministry.
_TREASURY_PAPER = frozenset(
    ("yields", "yield", "bonds", "bond", "bills", "bill", "notes", "note", "securities", "market", "prices")
)


def _month_in_a_date(text: str, tokens: list[Token], i: int) -> bool:
    """A month or a day written in a date: a full stop or a number after it, or a number before it."""
    if tokens[i].folded not in MONTHS_AND_DAYS:
        return False
    after = text[tokens[i].end : tokens[i].end + 3].lstrip(". ")
    return text.startswith(".", tokens[i].end) or after[:1].isdigit() or (i > 0 and tokens[i - 1].text.isdigit())


def _opens_run(doc: ActorDocument, first: int, position: int) -> bool:
    return all(doc.tokens[k].folded == "the" for k in range(first, position))


# Who runs a television channel, in lower case before "TV" and the channel's name: "state TV Al Ekhbariya".
_TV_OWNERS = frozenset(("state", "public", "national", "private", "local", "regional", "pan-arab"))


def _town_folding_as_a_state(official: str, candidate: Candidate, actor: Actor) -> bool:
    """A town the gazetteer names, that a known state's name matches only once accents are folded."""
    return (
        candidate.kind is ActorKind.place
        and actor.kind is ActorKind.state
        and all(official != spelling for spelling in (actor.name, *actor.aliases))
    )


# The registers where a state or a union publishes its laws: documents, not outlets.
_CONVENTIONS = word_set("convention covenant")
_LAW_REGISTERS = frozenset({("official", "journal"), ("official", "gazette")})
# The EU's legal acts, by their form, then the treaty in brackets and their number: "Council Implementing
# Regulation (EU) 2024/1184", "Council Decision (CFSP) 2022/266".
_UNION_ACTS = word_set("regulation decision directive")
_UNION_ACT_NUMBER = re.compile(r"[ \t]*\((?:EU|EC|EEC|CFSP|Euratom)\)[ \t]*(?:No[ \t.]*)?\d")


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
    layout = _page_layout(text, tokens, sentences, starts, headings, gazetteer, english)
    doc = _actor_document(text, tokens, layout, gazetteer, english)
    candidates, extra_known = _runs_read(doc, covered, layout.skip, index, language, unspaced)
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
        candidates = _english_page_readings(doc, candidates, sentences, headings, starts, covered, layout)
        linked = [index.actors[mention.actor_id].name for mention in (*known, *extra_known)]
        candidates = in_their_country(doc, candidates, linked)
    if not english:
        candidates = with_company(candidates)  # "Того, кто…" at a sentence's start, and no Togo
    # Names the analyst rejected in review are not proposed again, nor names the text describes as works
    # ("Salt Ledger, her first solo show,": "Salt Ledger is supported by ..." is the show too).
    diseases = diseases_named(doc) if english else set()
    candidates = [
        c
        for c in candidates
        if fold_phrase(c.canonical or c.name) not in rejected
        and fold_phrase(c.name) not in doc.works
        and not (c.kind is ActorKind.other and fold_phrase(c.name) in diseases)  # "Ebola patient", "the Ebola virus"
        and not on_an_ingredient_line(doc.text, tokens[c.first].start)  # "- 2 tsp Dried Italian Seasoning"
    ]
    acronyms = defined_acronyms(doc, candidates)
    # Known actors named here in full: their short forms here are theirs, as a draft's would be.
    in_full = [(m.actor_id, m.first, m.last) for m in (*known, *extra_known) if m.how in ("name", "alias")]
    shortened: list[tuple[Candidate, str]] = []
    drafts = group_candidates(candidates, tokens, index, taken_ids, acronyms, in_full, shortened)
    for candidate, actor_id in shortened:
        start, end = tokens[candidate.first].start, tokens[candidate.last].end
        extra_known.append(
            Mention(actor_id, start, end, candidate.first, candidate.last, text[start:end], "short form")
        )
    if english:
        drafts = join_bracketed_family_names(doc, join_quoted_nicknames(doc, drafts, taken_ids), taken_ids)
        drafts = join_given_names_in_brackets(doc, drafts, taken_ids)
        drafts = with_slashed_posts(doc.text, drafts)  # "the High Representative/Vice-President Ilse Varnelli"
        drafts = link_later_surnames(doc, couples_family_names(doc, drafts, taken_ids))
        drafts = names_without_their_state(doc, drafts)
        drafts = join_clipped_short_forms(join_union_short_forms(drafts))
        drafts = join_forces_before_members(drafts)  # "Popular Mobilization fighters": the Forces' members
        drafts = join_club_short_forms(drafts)  # "Ashby Vale" after "Ashby Vale RFC"
        drafts = bodies_named_on_after_letters(doc.text, drafts, taken_ids)
        drafts = zones_named_after_letters(doc.text, drafts, taken_ids)
    return drafts, extra_known


@dataclass
class PageLayout:
    """What a page's layout says of its words before any is read: which to skip (headings, tables, references,
    handles, sums), which open a sentence, the noise lines and whether the page holds code."""

    skip: list[bool]
    sentence_first: set[int]
    noise: list[tuple[int, int]]
    technical: bool


# Letters in a planning application's or a case's number, after "<digits>/" (digits alone, not a group's
# "M23/AFC") or before "/<digit>".
_IN_A_REFERENCE = re.compile(r"(?<![A-Za-z\d])\d+/$")
_OPENS_A_REFERENCE = re.compile(r"/\d")


# A wire release's last line, the sender after its label in capitals: "SOURCE Quell Holdings Inc." (at a line's start).
_WIRE_SOURCE_LINE = re.compile(r"(?<![^\n])SOURCE [A-Z]")


def _page_layout(
    text: str,
    tokens: list[Token],
    sentences: list[Sentence],
    starts: list[int],
    headings: set[int],
    gazetteer: Gazetteer,
    english: bool,
) -> PageLayout:
    """Which words the runs skip and which open a sentence, from the page's headings, lists, tables,
    references, datelines and signs ("@", "$")."""
    skip = [False] * len(tokens)
    sentence_first: set[int] = set()
    for sentence in sentences:
        words = tokens_in(starts, sentence.start, sentence.end)
        if words:
            sentence_first.add(words[0])
        if sentence.index in headings:
            for i in words:
                skip[i] = not (english and acronym_in_heading(tokens, words, i))
                if english and i > words.start and not skip[i - 1] and branch_after_acronym(tokens, i):
                    skip[i] = False  # "... From IRGC Navy Boats": the body's branch after its acronym
    if english:
        for start, end in listed_name_spans(text):
            for i in tokens_in(starts, start, end):
                skip[i] = False  # "Leaders: Ilse Varn, Tomas Quell", a "See also" item: names, not a heading
        for start, end in notice_heading_spans(text)[1]:
            for i in tokens_in(starts, start, end):
                skip[i] = True  # "HAWES, Ilse Margaret": a family name in capitals on a notice, no acronym
        for start, end in place_lines(text, gazetteer):
            for i in tokens_in(starts, start, end):
                skip[i] = False  # "Nadi, Fiji" at a release's head: where it was issued
        for start, end in state_list_lines(text, gazetteer):
            for i in tokens_in(starts, start, end):
                skip[i] = False  # "Canada / Turkey / Qatar", one a line: a list of states, no headings
    noise, technical = noise_lines(text) if english else ([], False)
    for start, end in noise:
        for i in tokens_in(starts, start, end):
            skip[i] = True  # references, code and shouted headings: no prose to draw names from
    if english:
        for match in _WIKI_TEMPLATE.finditer(text):
            for i in tokens_in(starts, match.start(), match.end()):
                skip[i] = True  # "Template:Infobox military conflict", "Module:Hatnote": a wiki's markup left in a copy
        for match in _WIKI_BANNER.finditer(text):
            group = 1 if match.start(1) >= 0 else 2
            for i in tokens_in(starts, match.start(group), match.end(group)):
                skip[i] = True  # "From Infogalactic: the planetary knowledge core": the wiki a copy comes from
        for match in _OFFICE_SIGNATURE.finditer(text):
            for i in tokens_in(starts, match.start(1), match.end(1)):
                skip[i] = False  # "U.S. Central Command Public Affairs" under a release: the office's name
        for start, end in issuer_line_spans(text):
            for i in tokens_in(starts, start, end):
                skip[i] = False  # "Department of Foreign Affairs and Trade" under a release's title: its issuer
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
            skip[i] = False  # "DFAT Media: (02) 6261 1555" under "Media contacts": read by `contact_office`
    for start, end in size_code_spans(text) if english else []:
        for i in tokens_in(starts, start, end):
            skip[i] = True  # "Size: UK 6 UK 7": sizes, not the state
    for start, end in lettered_sum_spans(text):
        for i in tokens_in(starts, start, end):
            skip[i] = True  # "R31 million", "N2.1bn": a sum in rand or naira, not an acronym
    for start, end in widget_spans(text) if english else []:
        for i in tokens_in(starts, start, end):
            skip[i] = True  # "Share Pin It More Galleries ADVERTISEMENT": a page's buttons, kept inline
    for start, end in model_code_spans(text) if english else []:
        for i in tokens_in(starts, start, end):
            skip[i] = True  # "a Mali-T880 GPU", "the Cortex-A72": a model's line and code, no state and no body
    for start, end in called_work_spans(text) if english else []:
        for i in tokens_in(starts, start, end):
            skip[i] = True  # "a book called The Power of Quiet": a work's title, no actor's name
    for match in _GLUED_LIVE_STAMP.finditer(text) if english else []:
        for i in tokens_in(starts, match.start(), match.start() + 1):
            skip[i] = True  # "... strikes on Aleppopublished at 17:00": an entry's title glued to its stamp
    for i in _words_with_marks_around(text, tokens, starts):
        token = tokens[i]
        if token.text == "SOURCE" and english and _WIRE_SOURCE_LINE.match(text, token.start):
            skip[i] = True  # "SOURCE Quell Holdings Inc.": a wire release's last line, its label no part of the name
        if token.start > 0 and text[token.start - 1] in "@#":
            skip[i] = True  # "@ABlinken", "#StandWithX": a handle or a hashtag, not a name as written
        if text[token.end : token.end + 1] == "@" and _MAIL_DOMAIN.match(text, token.end + 1):
            skip[i] = True  # "NEWS@quellpost.org": the mailbox of an e-mail address, not a name
        # (each pattern below is tried only where the character it needs is there: this runs for every word)
        if (
            (
                "/" in text[token.start - 2 : token.start]  # ("$" matches before a last newline too)
                and _IN_A_REFERENCE.search(text, max(token.start - 12, 0), token.start)
            )
            or (text[token.end : token.end + 1] == "/" and _OPENS_A_REFERENCE.match(text, token.end))
        ):
            skip[i] = True  # "23/04117/FUL", "DC/22/0456": letters of a case or an application's number
        if text[token.end : token.end + 1] in ("$", "¢", "₵"):
            skip[i] = True  # "HK$2.4 million", "US$3", "R$ 50", "GH¢900": a currency's letters, not the place
        if english and _GLUED_STOP.match(text, token.start - 1):
            sentence_first.add(i)  # "... the release said.Wastewater from the port": a new sentence, its stop glued
        # After an opening quote or bracket, or a colon ("Read more: Looted art"), a capital starts a
        # sentence, too; German opens quotes with „ or », French and Russian with «.
        if i > 0 and (
            text[token.start - 1 : token.start] in "\"“‘„‚«»('" or text[token.start - 2 : token.start] == ": "
        ):
            sentence_first.add(i)
        if (
            i > 0
            and text.find("\n", tokens[i - 1].end, token.start) >= 0
            and _LINE_OPENER.fullmatch(text, tokens[i - 1].end, token.start)
        ):
            sentence_first.add(i)  # a line of its own, or an item of a list ("- Visualizing data")
        if (
            i > 0
            and ") " in text[token.start - 3 : token.start]
            and _ITEM_NUMBER.search(text, max(0, token.start - 6), token.start)
        ):
            sentence_first.add(i)
        # A label and a dateline end in a dash and blanks before the word, a time stamp in its figures and blanks.
        mark = text[token.start - 2 : token.start - 1] if text[token.start - 1 : token.start] in (" ", "\t") else None
        dashed = mark is not None and mark in _DASH_OR_BLANK
        timed = mark is not None and (mark.isdigit() or mark in _TIME_END_OR_BLANK)
        line = _short_line_start(text, token.start) if i > 0 and (dashed or timed) else None
        if line is not None and dashed and _NUMBERED_ITEM_LABEL.fullmatch(text, line, token.start):
            sentence_first.add(i)  # "- Motion 3 — Ask Stagecoach to publish": the item's text after its label
        if line is not None and timed and _TIME_STAMP.fullmatch(text, line, token.start):
            sentence_first.add(i)  # "02.10 Stormy weather has forced ...": a live page's entry after its time
        if line is not None and timed and _DATE_STAMP.fullmatch(text, line, token.start):
            sentence_first.add(i)  # "2024-09-03 Former mayor Ilse Varn": the story's first word after its date
        if english and line is not None and dashed and _AFTER_DATELINE.fullmatch(text, line, token.start):
            sentence_first.add(i)  # "HARBOR CITY — Commuters will pay": the story's first word after its dateline
        if (
            english
            and mark == "]"
            and _CREDIT_BEFORE.search(text, max(0, token.start - 48), token.start)
            and not _DATELINE_REST.match(text, token.end)
        ):
            sentence_first.add(i)  # "[Tarn News] New figures show": a story opens after its source's credit
        if english and line is not None and dashed and _town_dateline(text, line, token.start, gazetteer):
            sentence_first.add(i)  # "[Tarn News] Varnabad -- New figures show": after a dateline in title case
    return PageLayout(skip, sentence_first, noise, technical)


# What the loop of `_page_layout` looks for around a word: right before it "@", "#", a quote, a bracket, a slash,
# ": ", or a blank after no letter or after "m" ("- Item", "9.05am Trains", "[Tarn News] New"); a slash two
# characters before it, or ") " two or three; right after it "@", "/" or a currency's sign; a line's end before it.
_MARK_BEFORE = re.compile(r"[@#\"“‘„‚«»('/]|: |(?:(?<![^\W\d_])|(?<=m))[ \t]")
_MARK_AFTER = re.compile(r"[@/$¢₵]")


def _words_with_marks_around(text: str, tokens: list[Token], starts: list[int]) -> list[int]:
    """The words of `tokens` (by index, in order) with one of the marks `_page_layout` reads next to them; it
    passes every other word over, and there are many more of those (its loop would run for each word)."""
    picked: set[int] = set()

    def word_at(start: int) -> None:
        k = bisect.bisect_left(starts, start)
        if k < len(starts) and starts[k] == start:
            picked.add(k)

    for match in _MARK_BEFORE.finditer(text):
        word_at(match.end())
        if match.group() == "/":
            word_at(match.end() + 1)  # "DC/22/0456": a reference's figures two characters on
    for match in re.finditer(r"\) ", text):
        word_at(match.start() + 2)  # "(a) Item", "(iv)  Item", "a) (Item": an item's number two or three before
        word_at(match.start() + 3)
    for match in _MARK_AFTER.finditer(text):
        k = bisect.bisect_left(starts, match.start()) - 1
        if k >= 0 and tokens[k].end == match.start():
            picked.add(k)
    for newline in re.finditer("\n", text):
        k = bisect.bisect_right(starts, newline.start())
        if k < len(starts):
            picked.add(k)  # the first word after a line's end
    for match in re.finditer("SOURCE", text):
        word_at(match.start())
    for match in _GLUED_STOP.finditer(text):
        word_at(match.end())  # "the press release said.Wastewater from": a sentence glued to the last one's stop
    return sorted(picked)


# A sentence's stop with no blank after it before the next sentence's first word, as a page's copy loses it.
# A wiki's template or module named in a copy of its page, with the words of its name ("Template:Current event",
# "Template:Lang-ckb", "Module:Hatnote/styles.css"): markup, no actor.
_WIKI_TEMPLATE = re.compile(
    r"\b(?:Template|Module):[\w/.-]+(?: [a-z][\w-]*)*"
    # "File:Roundel of Tarnia (1987–1992) – Army.svg", "Flag of Varnia.svg": an image's file name, left in a copy of
    # a box (its flag's or its emblem's); its words name nothing the text says. A photo's file name at a line's start
    # is left to be read: it names who is pictured ("Ilse Varn at the summit (cropped).jpg"), often the only place
    # a box's row of glued names is written apart.
    r"|\bFile:[^\s:|\[\]()]+(?:[ \t][^\s:|\[\]]+){0,8}?\.(?:svg|png|jpe?g|gif)\b"
    r"|(?m:^)[ \t]*[^\s:|\[\]()]+(?:[ \t][^\s:|\[\]]+){0,8}?\.svg\b"
)
# A wiki's banner over a copied article, naming the wiki ("From Wikipedia, the free encyclopedia", "From Infogalactic:
# the planetary knowledge core") or the user who edited an old revision ("as edited by Varnuser (talk | contribs)").
_WIKI_BANNER = re.compile(
    r"(?m)^[ \t]*From ([A-Z][\w-]*(?: [A-Z][\w-]*)?)[,:] the [\w ]{0,30}"
    r"(?:encyclopedia|encyclopaedia|knowledge core|resource)"
    r"|\bas edited by ([^\s()]+) \(talk \|"
)
_GLUED_STOP = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])")


# The character before a word's last blank when a label or a dateline (a dash) or a time stamp ("14:29 ",
# "9.05am ", "9.05 a.m. ") may end there; a blank means more blanks, which any of them may have.
_DASH_OR_BLANK = frozenset("—–- \t")
_TIME_END_OR_BLANK = frozenset("m. \t")
# A live page's time stamp opening an entry: "02.10 ", "14:29 ", "9.05am ".
_TIME_STAMP = re.compile(r"[ \t]*\d{1,2}[.:]\d{2}(?:[ \t]?[ap]\.?m\.?)?[ \t]+")
# A page's date stamp opening its first line, with its label maybe: "2024-09-03 ", "date 2024-09-03 ", "Updated
# 2024-09-03 ". The story's first word follows: "date 2024-09-03 Former mayor ..." is no name "Former ...".
_DATE_STAMP = re.compile(r"[ \t]*(?:[A-Za-z]+[ \t]+)?\d{4}-\d{2}-\d{2}[ \t]+")


# A line's opening before a word that a list item's label or a dateline can fill: longer, and neither fits.
_LABEL_CHARS = 120


# A dateline in title case, after a source's credit in brackets: "[Tarn News] Varnabad -- ", "Tarnby, Quellia — ";
# its first town must be one the tables know, so a sentence's own dash is no dateline.
_TITLE_CASE_DATELINE = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:/[A-Z][a-z]+)*"
    r"(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)? (?:--|[—–]) +"
)


# A source's credit in square brackets right before a word: "[Tarn News] New figures show".
_CREDIT_BEFORE = re.compile(r"\[[A-Z][^\]\n]{0,40}\][ \t]+$")


# The rest of a dateline after its town: "Urbana, Illinois, U.S. -- ", "Tarnby -- ".
_DATELINE_REST = re.compile(r"(?:(?:,? |/)[A-Z][\w.]*){0,4},? (?:--|[—–]) ")


def _town_dateline(text: str, line: int, start: int, gazetteer: Gazetteer) -> bool:
    match = _TITLE_CASE_DATELINE.fullmatch(text, line, start)
    return match is not None and gazetteer.lookup(tuple(fold(word) for word in match.group(1).split())) is not None


def _short_line_start(text: str, start: int) -> int | None:
    """Where the line holding `start` opens, if that is at most `_LABEL_CHARS` before it, else None: a page whose
    text comes as one line would have each word search back to the text's start."""
    newline = text.rfind("\n", max(0, start - _LABEL_CHARS), start)
    if newline >= 0:
        return newline + 1
    return 0 if start <= _LABEL_CHARS else None


def _actor_document(
    text: str, tokens: list[Token], layout: PageLayout, gazetteer: Gazetteer, english: bool
) -> ActorDocument:
    """What the rules may look at beyond a run: the words the page capitalises, writes alone or in lower case,
    and what kind of page it is (products, sports, storms)."""
    sentence_first, skip, technical = layout.sentence_first, layout.skip, layout.technical
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
            and not _month_in_a_date(text, tokens, i)  # "on Jun. 4" is no "Jun" of "Wang Jun" alone
        },
        lower_case=_written_in_lower_case(text, tokens),
        gazetteer=gazetteer,
        technical=technical or technical_words(tokens, skip),
    )
    read_document_evidence(doc)
    doc.titled = titled_things(text) if english else set()
    doc.products = (
        product_stems(doc) | doc.titled | made_things_letters(doc) | marks_in_capitals(text) if english else set()
    )
    doc.things = english and things_page(doc)
    # (a word of the game opening a sentence counts too: "Striker Ola Brandt gave ...", "Goalkeeper ...")
    sport_words = (doc.lower_case | {tokens[i].folded for i in sentence_first if i < len(tokens)}) & SPORT_WORDS
    doc.sports = english and (
        (len(sport_words) >= _SPORTS_PAGE and _sport_words_dense(tokens, sport_words))
        or len(MATCH_RESULT.findall(text)) >= _SPORTS_PAGE_RESULTS
        or _league_report(text)
    )
    doc.storms = english and STORM_NAME.search(text) is not None
    return doc


def _runs_read(
    doc: ActorDocument,
    covered: list[bool],
    skip: list[bool],
    index: ActorIndex,
    language: str,
    unspaced: Mapping[int, UnspacedName] | None,
) -> tuple[list[Candidate], list[Mention]]:
    """The candidates of the page's runs of capitalised words (and of the words other scripts and languages
    name places with), each linked to a known actor where the index holds it."""
    text, tokens, gazetteer = doc.text, doc.tokens, doc.gazetteer
    english = language == "en"
    candidates: list[Candidate] = []
    extra_known: list[Mention] = []
    committees = english and has_committee_heads(tokens)
    i = 0
    count = len(tokens)
    while i < count:
        phrase_body = known_body_at(doc, i, covered) if english else None
        if phrase_body is None and english and not (covered[i] or skip[i]):
            phrase_body = dated_name(doc, i, covered, skip)  # "the March 23 Movement"
            phrase_body = phrase_body or numbered_site(doc, i, covered, skip)  # "at Tower 22"
            phrase_body = phrase_body or numbered_street(doc, i, covered, skip)  # "along South 12th Street"
            if committees:
                phrase_body = phrase_body or numbered_committee(doc, i, covered, skip)  # "the UNSC 1267 Committee"
        hangul = read_hangul_word(doc, i) if language == "ko" and not (covered[i] or skip[i]) else None
        if language == "pl" and not (covered[i] or skip[i]):
            hangul = read_polish_region(doc, i)  # "w województwie lubelskim": in lower case too
        if language == "ru" and not (covered[i] or skip[i]):
            hangul = town_of_a_quoted_name(doc, i, language)  # "омский «Авангард»": in lower case too
        if unspaced and tokens[i].start in unspaced and not covered[i]:
            # Chinese and Japanese: found before the tokens (which it cut), in headings too.
            hangul = unspaced_candidate(i, tokens, unspaced[tokens[i].start])
        if phrase_body is not None:
            last, found = phrase_body.last, [phrase_body]  # "Save the Children": its small words are the name's
        elif hangul is not None:
            # "서울에서": Korean has no capitals to start a run; "רמת גן": an uncased name of two words is one
            last, found = (hangul.last if unspaced and tokens[i].start in unspaced else i), [hangul]
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
            if english and last > i and last + 1 < len(tokens) and covered[last + 1] and tokens[last].folded in TITLES:
                # "Supreme Court Judge" before a known person's name: the judge's title, the court's name before it
                last -= 1
            if language == "de":
                last = german_article_ends_run(tokens, i, last)  # "bei Schwangau den Knöchel"
            last = to_ends_run(tokens, i, last, language)  # "przez Legionowo do Warszawy"
            if english and (firm_end := share_class_end(doc, i, last)) < last:
                # "Rio Tinto Registered Shares (LSE:RIO)": the firm's name; its share's class words name nothing
                for k in range(firm_end + 1, last + 1):
                    skip[k] = True
                last = firm_end
            last = own_and_ends_run(tokens, i, last, language)  # "Tra Borgotto e Casalvento"
            unit = ordinal_unit(doc, i, last) if english else None
            if unit is None and english:
                unit = bracketed_unit(doc, i)  # "the 7th (Service) Battalion"
                last = unit.last if unit is not None else last
            if unit is None and english:
                unit = state_before_unit(doc, i, last, covered, skip)  # "the U.S. 5th Fleet"
                last = unit.last if unit is not None else last
            if unit is not None:
                found = [unit]
            elif english:
                found = whole_if_spelled(doc, i, last, _read_run(doc, i, last))
            else:
                found = read_run_other_language(doc, i, last, language)
        patron_end = last
        for candidate in found:
            if english:
                take_article(doc, candidate)
                take_ordinal(doc, candidate)
                take_number_word(doc, candidate)
                take_number_after_no(doc, candidate)  # 'Union No. 1'
                take_league_tier(doc, candidate)  # 'Ligue 1'
                take_channel_number(doc, candidate)  # 'BBC Radio 4'
                take_works_number(doc, candidate)  # 'the Estlink 2 power cable'
                take_quoted_firm_name(doc, candidate)  # 'Shipbuilding Company "More"'
                take_land_of_stationed_forces(doc, candidate)  # 'Group of Soviet Forces in Germany'
                take_letters_before_branch(doc, candidate)  # '... Corps (IRGC) Aerospace Force'
                drop_members_plural(doc, candidate)  # 'the Humanitarian Partnership NGOs'
                patron_end = max(patron_end, take_patrons_bracket(doc, candidate))  # "... (Princess Mary's)"
            official = candidate.canonical or candidate.gazetteer_name
            hit = index.lookup(fold_phrase(official)) if official else None
            if hit is not None and hit[1] == "variant" and not _same_place(official, index.actors[hit[0]], gazetteer):
                hit = None  # "Llandudno" is no spelling of a known "London": their consonants alike, not the place
            if hit is not None and hit[1] == "surname" and candidate.kind in (ActorKind.place, ActorKind.state):
                hit = None  # the town of Brough, not a known Ms Brough
            if hit is not None and official and _town_folding_as_a_state(official, candidate, index.actors[hit[0]]):
                hit = None  # "Franca", a Brazilian city, not the known France ("França" folds alike)
            if hit is not None and candidate.kind is ActorKind.place and official:
                # "Perth" on a page about Scotland, where the workspace's Perth is Australia's
                actor_id = actor_the_page_means(index, gazetteer, hit[0], " ".join(fold_phrase(official)))
                hit = (actor_id, hit[1]) if actor_id is not None else None
            if hit is not None:
                # The gazetteer or a demonym says which known actor this is (U.S. -> United States).
                start, end = tokens[candidate.first].start, tokens[candidate.last].end
                how = "gazetteer" if candidate.kind is not ActorKind.state else "state name"
                extra_known.append(Mention(hit[0], start, end, candidate.first, candidate.last, text[start:end], how))
            else:
                candidates.append(candidate)
        # A place's name may go on past the run's end over small words ("Rio Grande do Sul"); a regiment's over its
        # patron's bracket.
        last = max(last, patron_end)
        i = max(last, *(candidate.last for candidate in found)) + 1 if found and not english else last + 1
        if english and any(candidate.found_by == RULER_FOUND_BY for candidate in found):
            i = max(i, *(candidate.last + 1 for candidate in found))  # "Ashot III the Merciful": past his epithet
    return candidates, extra_known


def _english_page_readings(
    doc: ActorDocument,
    candidates: list[Candidate],
    sentences: list[Sentence],
    headings: set[int],
    starts: list[int],
    covered: list[bool],
    layout: PageLayout,
) -> list[Candidate]:
    """What the page as a whole says of its candidates in English: titled persons in headings, citations,
    names listed together or under a label, team sheets, battalions, command posts, roads, crown bodies."""
    text = doc.text
    skip, noise = layout.skip, layout.noise
    candidates += _titled_persons_in_headings(doc, sentences, headings, starts, covered, skip)
    candidates += name_of_the_title_line(doc, sentences, headings, starts, covered)
    candidates += writers_on_byline_lines(doc, candidates, starts)
    candidates += firms_heading_with_listing(doc, candidates, starts)
    references = [span for span in noise if is_reference_line(text[span[0] : span[1]])]
    candidates += book_citations(doc, references) + web_citations(doc, references)
    places_listed_together(doc, candidates)
    places_on_an_island(doc, candidates)
    clubs_listed_together(doc, candidates)
    candidates += acts_on_tour(doc, candidates, starts)
    venues_listed_together(doc, candidates)
    persons_in_context(doc, candidates)
    persons_listed_together(doc, candidates)
    persons_under_label(doc, candidates)
    candidates = players_on_team_sheets(doc, candidates)
    speakers_after_quotes(doc, candidates)
    places_under_label(doc, candidates)
    makers_under_label(doc, candidates)
    organisers_under_label(doc, candidates)
    sides_under_column(doc, candidates)
    forces_by_their_strength(doc, candidates)
    forces_by_their_definition(doc, candidates)
    branches_of_armed_groups(doc, candidates)
    sellers_in_spec_tables(doc, candidates)
    kinds_from_of_phrases(doc, candidates)
    candidates = battalion_short_names(doc, battalions_of_regiments(doc, candidates))
    candidates = command_posts(doc, candidates)
    candidates = bodies_at_towns(doc, candidates)
    candidates = road_codes(doc, candidates)
    candidates = persons_after_plural_titles(doc, candidates)
    crown_bodies(doc, candidates)
    towns_above_dates(doc, candidates)
    lone_body_heads(doc, candidates)
    return candidates


def _after_ethnic(tokens: list[Token], position: int) -> bool:
    """Whether "ethnic" stands right before the word at `position` ("an ethnic Tajik")."""
    return position > 0 and tokens[position - 1].folded == "ethnic" and tokens[position - 1].joined


def _names_a_state(gazetteer: Gazetteer, words: tuple[str, ...]) -> bool:
    place = gazetteer.lookup(words)
    return place is not None and place.kind == "state"


def _goes_on_with(tokens: list[Token], last: int, words: tuple[str, ...]) -> bool:
    """Whether the token after `last` is one of `words` and follows it with only a space."""
    return last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].folded in words


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
        under_byline = (byline is not None and byline == sentence.index - 1) or HONOURED_LINE.match(
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
            named = [c for c in _read_run(doc, k, last) if titled_name_in_heading(doc, c)]
            if under_byline and not named:
                # "Senator the Hon Ilse Varn" / "Minister for Foreign Affairs": the post on the line
                # under a titled name stands for its holder
                posts = [whole_post_line(doc, c, whole_line) for c in _read_run(doc, k, last)]
                named = [c for c in posts if c is not None] or title_line(doc, k, last, whole_line)
            if not named and post_after_byline_comma(doc, sentence.text, k):
                # "Senator the Hon Ilse Varn, Minister for Foreign Affairs": the post after the titled
                # name on its line stands for its holder as well
                posts = [whole_post_line(doc, c, range(k, words.stop)) for c in _read_run(doc, k, last)]
                # (or title words alone: "The Hon Ilse Varn MP, Attorney-General")
                named = [c for c in posts if c is not None] or title_line(doc, k, last, range(k, words.stop))
                named = named or _two_portfolios(doc, _read_run(doc, k, last), words.stop - 1, covered, skip)
            if not named and post_before_byline_comma(doc, k, last):
                # "Minister for Foreign Affairs, Senator the Hon Ilse Varn": the post before the titled name on its
                # line stands for its holder as well
                posts = [whole_post_line(doc, c, range(k, last + 1)) for c in _read_run(doc, k, last)]
                named = [c for c in posts if c is not None]
            byline = sentence.index if named else byline
            found += named
            k = last + 1
        for k, was in zip(words, skipped, strict=True):
            skip[k] = was
    return found


def _body_after_a_post(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> list[Candidate]:
    """What a post with a body's words names beside it: the body before its title ("United Nations Special
    Envoy"), the post and the lands of its remit after "for" ("... Envoy for Yemen"), or the body it serves
    after "of (the)" ("... Force Commander of the EU Training Mission")."""
    tokens = doc.tokens
    found: list[Candidate] = []
    opening = next((k for k, word in enumerate(words) if k > 0 and (word in TITLES or word in TITLE_PARTS)), None)
    if opening is not None and words[opening] in TITLE_PARTS and words[opening] not in NAME_GLUE:
        found += [c for c in _read_run(doc, position, position + opening - 1) if c.kind in BODY_KINDS]
    of = next((k for k, word in enumerate(words) if k > 0 and (word in ("of", "for") or envoys_remit(words, k))), None)
    if of is None:
        return found
    start = position + of + 1 + (position + of + 1 < last and words[of + 1] == "the")
    name = doc.text[tokens[position].start : tokens[last].end]
    if words[of] in ("for", "to"):
        # "United Nations Special Envoy for Yemen": the post stands for its holder, the land of its remit is named
        post = Candidate(position, last, name, ActorKind.person, POST_WITH_REMIT, 0.5)
        lands = [c for c in _read_run(doc, start, last) if c.kind in (ActorKind.state, ActorKind.place)]
        return [*found, post, *lands] if start <= last else found
    if start <= last and words[-1] in TITLES:
        # "Special Envoy of the United Nations Secretary-General": a post whose remit is another post stands for
        # its holder, as the post alone does
        return [*found, Candidate(position, last, name, ActorKind.person, "a post of another post's holder", 0.5)]
    return found + (_read_run(doc, start, last) if start <= last else [])


def _two_portfolios(
    doc: ActorDocument, candidates: list[Candidate], line_end: int, covered: list[bool], skip: list[bool]
) -> list[Candidate]:
    """'The Hon Ilse Varn MP, Minister for Home Affairs and Minister for Cyber Security': two posts with their
    remits joined by "and" to the byline's end, each standing for the one holder."""
    tokens = doc.tokens
    post = next((c for c in candidates if c.found_by == POST_WITH_REMIT), None)
    second = post.last + 2 if post is not None else line_end + 1
    if post is None or second > line_end or tokens[post.last + 1].folded != "and" or not cased(tokens[second]):
        return []
    last = min(run_end(doc.text, tokens, second, covered, skip, doc.gazetteer), line_end)
    other = [c for c in _read_run(doc, second, last) if c.found_by == POST_WITH_REMIT and c.first == second]
    return [post, other[0]] if other and other[0].last == line_end else []


_ARTICLES = frozenset(("a", "an", "the"))
_SPORTS_PAGE = 3  # words of a match report in lower case
# ... used often enough for a match report: a long essay that says "an HTTP header", "relegated to" and
# "Monday-morning quarterback" once each is no sports page (a match report has 8 or more per 1,000 words).
_SPORT_WORDS_PER_THOUSAND = 2


def _sport_words_dense(tokens: list[Token], sport_words: set[str]) -> bool:
    uses = sum(1 for token in tokens if token.folded in sport_words)
    return uses * 1000 >= _SPORT_WORDS_PER_THOUSAND * len(tokens)


_SPORTS_PAGE_RESULTS = 2  # or results with their scores: "the Storm thrashed the Dragons 40-6"


def _league_report(text: str) -> bool:
    """'Tarnby suffered a first home league defeat ... Quellford leap-frogged them into second place': a
    league's phrase, and a second one or a result with its score (wire copy on football writes few of the
    game's words, and names its clubs by their towns)."""
    strong = len(LEAGUE_PHRASES.findall(text))
    if not strong:
        return False
    return strong + len(LEAGUE_PHRASES_WEAK.findall(text)) + len(MATCH_RESULT.findall(text)) >= _SPORTS_PAGE_RESULTS


# The office that is a body's staff, before "of the" and the body's name: "Office of the ... Commissioner".
_OFFICES_OF_A_BODY = frozenset(("office", "secretariat"))
# A stance towards a people, capitalised in a headline: "Pro-Russian", "Anti-American".
_STANCE_PREFIXES = frozenset(("pro", "anti"))
# Prefixes written in lower case and hyphened to a name, making it a word that qualifies the next: "post-ISIS",
# "pre-Assad", "anti-ISIS", "pro-Varnak", "non-NATO".
_LOWER_CASE_PREFIXES = frozenset(("post", "pre", "anti", "pro", "non"))


def _after_a_lower_case_prefix(doc: ActorDocument, first: int) -> bool:
    """Whether the run's first word is hyphened to a lower-case prefix before it ("post-ISIS Mosul")."""
    start = doc.tokens[first].start
    if doc.text[start - 1 : start] not in ("-", "‐"):
        return False
    before = doc.text[max(0, start - 6) : start - 1].split()
    return bool(before) and before[-1] in _LOWER_CASE_PREFIXES and doc.text[start - 2 : start - 1].isalpha()


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
# A creed's adjective after a people's or a faith's: "an Egyptian Islamist political party", "Shia Islamist militias".
_IDEOLOGY_ADJECTIVES = frozenset(("islamist", "jihadist", "salafist", "salafi", "wahhabi", "takfiri"))
# How much of a group shares a faith, before its adjective: "the mostly Muslim ...", "a largely Christian ...".
_SHARE_ADVERBS = frozenset(("mostly", "mainly", "largely", "predominantly", "overwhelmingly", "chiefly"))


# Letters that open a football club's name: "FC Tarvel Rovers", "SC Quellmoor", "AFC Varnby".
_CLUB_LETTERS = frozenset(("FC", "AFC", "SC", "CF"))


@dataclass
class RunReading:
    """One run of capitalised words as it is read: where its name starts and ends, what was found before it."""

    doc: ActorDocument
    first: int
    last: int
    tokens: list[Token]
    gazetteer: Gazetteer
    words_all: tuple[str, ...]
    position: int
    found: list[Candidate]


# A flight's number after the capitalised word "Flight": "Flight MH17", "Flight 752", "Flight PS752".
_FLIGHT_NUMBER = re.compile(r" (?:[A-Z]{1,3} ?)?\d{1,4}\b")


def _read_run(doc: ActorDocument, first: int, last: int) -> list[Candidate]:
    """The candidates in one run of capitalised words (demonyms, a title, then a name): the readings below in
    their order, the first that can tell decides; the last always does."""
    if numbered_label(doc, first, last):
        return []  # "RNS Number : 3639E": a form's label before its code, no actor
    if clock_zone(doc, first, last):
        return []  # "17:00 Greenwich Mean Time": a time zone, no actor
    if last > first and doc.tokens[last].folded == "flight" and _FLIGHT_NUMBER.match(doc.text, doc.tokens[last].end):
        # "Malaysia Airlines Flight MH17", "Ukraine International Airlines Flight 752": the airline, then the
        # number of its flight (no actor); the airline is read alone
        return _read_run(doc, first, last - 1)
    if issuer_before_a_document_word([doc.tokens[k].text for k in range(first, last + 1)]):
        return _read_run(doc, first, last - 1)  # "CENTCOM Statement on ...": the body, then its release's word
    if compass_off_a_dateline_town(doc, first, last):
        return _read_run(doc, first + 2, last)  # "EAST OF MOSUL/BAGHDAD --": where the reporter is, off the town
    if wire_slug(doc, first):
        # "FACTBOX-Who is Ilse Varnek": the wire's slug before the headline, which is read on its own
        return _read_run(doc, first + 1, last) if first < last else []
    if (speaker := named_speaker_label(doc, first, last)) is not None:
        return [speaker]  # "JULIE VARNEY: Good morning.": a transcript's speaker by her full name in capitals
    if (speaker := titled_speaker_label(doc, first, last)) is not None:
        return [speaker]  # "Ilse Varn, Host: Good morning.": a speaker's name, then her part in the broadcast
    if (contact := contact_card_person(doc, first, last)) is not None:
        return [contact]  # "Peter VARNSTO" over "Lead Spokesperson ...": an EU press contact
    if (person := given_name_and_capitals_surname(doc, first, last)) is not None:
        return [person]  # "Javier SOLANA said": the EU's way of writing a family name
    if (holder := surname_after_a_title(doc, first, last)) is not None:
        return [holder]  # "Ms Bishop", "Foreign Minister Bishop": a family name that is a title's word too
    reading = _reading(doc, first, last)
    for read in _READINGS:
        answer = read(reading)
        if answer is not ASK_ON:
            return _with_formal_states_inside(doc, answer)
    return _with_formal_states_inside(doc, _the_name_itself(reading))


def wire_slug(doc: ActorDocument, position: int) -> bool:
    """Whether the word at `position` is a wire's slug in capitals glued to the headline after it ("FACTBOX-Who")."""
    token = doc.tokens[position]
    return (
        token.folded in WIRE_SLUGS
        and token.text.isupper()
        and doc.text[token.end : token.end + 1] in ("-", "–", ":")
        and doc.text[token.end + 1 : token.end + 2].isupper()
    )


def _with_formal_states_inside(doc: ActorDocument, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, and the listed state a body's name ends with under its formal name ("... of the Republic of
    Kazakhstan"), once."""
    spans = {(c.first, c.last) for c in candidates}
    states = [state for c in candidates if (state := formal_state_ending_a_body(doc, c)) is not None]
    states += [land for c in candidates for land in lands_opening_a_joint_name(doc, c)]
    return candidates + [state for state in states if (state.first, state.last) not in spans]


def _reading(doc: ActorDocument, first: int, last: int) -> RunReading:
    """The run before any of it is read: all its words, no name found yet."""
    tokens, gazetteer = doc.tokens, doc.gazetteer
    found: list[Candidate] = []
    words_all = tuple(tokens[k].folded for k in range(first, last + 1))
    position = first
    return RunReading(
        doc=doc,
        first=first,
        last=last,
        tokens=tokens,
        gazetteer=gazetteer,
        words_all=words_all,
        position=position,
        found=found,
    )


def _numbered_branches(r: RunReading) -> list[Candidate] | Undecided:
    """'American Legion Post 176', 'Teamsters Local 727': a body's branch by its number, read whole."""
    branch = numbered_branch(r.doc, r.first, r.last)
    return [branch] if branch is not None else ASK_ON


def _korean_place_by_its_unit(r: RunReading) -> list[Candidate] | Undecided:
    """'Quellgye-ri', 'Tarnchang-ri': one word and a Korean unit's suffix after a hyphen ("-ri", a village) name a
    place, as Korea's places are romanised."""
    tokens = r.tokens
    if r.last != r.first + 1 or tokens[r.last].text not in KOREAN_PLACE_SUFFIXES:
        return ASK_ON
    if r.doc.text[tokens[r.first].end : tokens[r.last].start] != "-" or not tokens[r.first].text[1:].islower():
        return ASK_ON
    name = r.doc.text[tokens[r.first].start : tokens[r.last].end]
    return [Candidate(r.first, r.last, name, ActorKind.place, f"a Korean place's unit '-{tokens[r.last].text}'", 0.6)]


def _products_posts_and_parties(r: RunReading) -> list[Candidate] | Undecided:
    """A run read whole as a product's model, an exercise with its year, a post before its holder, a state before its
    post, a custody place's code, two compass points or a party after its noun."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    gazetteer = r.gazetteer
    found = r.found
    if after_brand(doc, first):
        return found  # "the iPhone XS Max", "an eReader Pro": a product's model, not an actor
    if named_with_its_year(doc, last):
        return found  # "Strait Thunder-2025A": an exercise, not the strait
    if first == last - 1 and tokens[last].joined and local_post(doc, last, last + 1):
        return found  # "Council Member" before "Tomas Varga": a post, read apart from its holder's name
    state_end = state_before_its_post(doc, first, last) if first < last else None
    if state_end is not None:
        return _read_run(doc, first, state_end)  # "Kwara State Commissioner for Works": the state, not the post
    custody = coded_custody_place(doc, first, last)
    if custody is not None:
        return [custody]  # "penal colony IK-6": the colony by its code
    if two_compass_points(tuple(t.folded for t in tokens[first : last + 1]), gazetteer):
        name = doc.text[tokens[first].start : tokens[last].end]
        return [Candidate(first, last, name, ActorKind.place, "two compass points of one land", 0.7)]
    party = party_named_after_its_noun(doc, first, last)
    if party is not None:
        return [party]  # "the opposition party Unity Tarvia": the party's name, a state's name inside it
    return ASK_ON


def _peoples_regions_and_colonies(r: RunReading) -> list[Candidate] | Undecided:
    """A run opened by two peoples or two persons joined by a hyphen, a campaign against a body, a body joined to a
    region, a bygone state of adjectives, a merchant ship's letters, a homeland or a colony."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    gazetteer = r.gazetteer
    found = r.found
    if (
        first + 1 == last
        and doc.text[tokens[first].end : tokens[last].start] == "-"
        and tokens[first].folded in doc.given_surnames
        and tokens[last].folded in doc.given_surnames
        and last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text.islower()
    ):
        # "several Alito-Prelogar moments": two persons the page names, by their family names, before a noun as
        # its adjective (not a married name, "Peggy Lindqvist-Hale, 88," beside "Ruth Lindqvist" and "Tom Hale")
        return found
    if _after_a_lower_case_prefix(doc, first) and first < last:
        # "a post-ISIS Mosul", "the anti-ISIS Tarnby Council": the word hyphened to the prefix qualifies what follows;
        # it is a name of its own, and so is what follows
        return [*_read_run(doc, first, first), *_read_run(doc, first + 1, last)]
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
    if acronym_joined_to_a_region(doc, first, last):
        # "the EU-Central Asia summit": a body and the region it meets, each a name of its own
        return [*_read_run(doc, first, first), *_read_run(doc, first + 1, last)]
    shortened = tokens[last].folded in ("ssr", "assr")
    words = tuple(tokens[k].folded for k in range(first, last + 1))
    adjectival = state_of_adjectives(doc, first, last, words) if shortened else None
    if adjectival is not None:
        return [adjectival]  # "the Byelorussian SSR": a bygone state, not a people and a body's acronym
    if tokens[first].text in ("V", "T") and doc.text[max(0, tokens[first].start - 2) : tokens[first].start] == "M/":
        return found  # "M/V Varn Trader", "M/T Quell Star": a merchant ship (motor vessel, tanker), no actor
    homeland = homeland_before_a_people(doc, first, last)
    if homeland is not None:
        return [homeland, *_read_run(doc, last, last)]  # "Karabakh Armenians": where they live, then the people
    colony = colony_named_by_its_power(doc, first, last)
    if colony is not None:
        return [colony]  # "in the former Spanish Sahara": a colony's name, not a people and a word
    return ASK_ON


def _outlets_clubs_firms_and_seats(r: RunReading) -> list[Candidate] | Undecided:
    """A run that names an outlet (a channel after its owner, an edition), a club by its letters, a land's team, a firm
    by its legal form, a body and its members, a group of states, a seat or a state after its letters."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    words = tuple(tokens[k].folded for k in range(first, last + 1))
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
    team = team_of_a_land(doc, first, last) or remit_of_a_state(doc, first, last) or arm_in_a_state(doc, first, last)
    if team is not None:
        return [team]  # "Team Europe", "Team GB", "Health Canada": a body named for its land, not the land
    firm = firm_by_legal_form(doc, first, last) or brand_with_a_crown(doc, first, last)
    if firm is not None:
        return [firm]  # "Energy Fiji Limited": a state's name inside a firm's name is no state of its own
    members = members_after_body(doc, first, last)
    if members is not None:
        return _read_run(doc, first, members - 1)  # "the Pacific Islands Forum Leaders Meeting": the forum
    group = group_of_states(doc, first, last)
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
    state = state_named_after_letters(doc, first, last)
    if state is not None:
        return [state]  # "DR Congo": the letters are the state's, not a doctor's
    return ASK_ON


def _classes_missions_and_forces(r: RunReading) -> list[Candidate] | Undecided:
    """A run that names a class or a made thing by letters (no actor), a national branch, a mission's post or heads, a
    union's member states, a body spelled whole, a force and its craft, states after their governments, a league and its
    division, or a group after a hull number."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    found = r.found
    if class_after_as_a(doc, first, last) or acronym_of_a_class(doc, first, last):
        return found  # "designated as a Foreign Terrorist Organization (FTO)": a class it is put in
    if acronym_of_a_made_thing(doc, first, last):
        return found  # "High Mobility Artillery Rocket System (HIMARS)": a weapon's letters
    if last <= first + 1 and wire_code_in_brackets(doc, first, last):
        return found  # "Tarnwell Corp. (TWH US) fell": a wire's code of the share and its market's letters
    branch = national_branch(doc, first, last, tuple(tokens[k].folded for k in range(first, last + 1)))
    if branch is not None:
        return [branch]
    post = head_of_mission_post(doc, first, last)
    if post is not None:
        return [post]  # "The Head of Mission, Ambassador ...": the envoy's post
    heads = heads_of_mission(doc, first, last)
    if heads is not None:
        # "the Heads of Mission of the EU Member States", "the EU Heads of Mission": envoys, no body
        return _read_run(doc, heads[0], heads[1]) if heads[0] <= heads[1] else []
    if last - first >= 2 and tokens[last].folded == "states" and tokens[last - 1].folded == "member":
        return _read_run(doc, first, last - 2)  # "EU Member States": the union whose states they are
    spelled = body_spelled_whole(doc, first, last)
    if spelled is not None:
        return [spelled]  # "Islamic Republic of Iran Broadcasting (IRIB)": not a state and a word
    model = model_after_force(doc, first, last)
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
    group = group_after_hull_number(doc, first, last)
    if group is not None:
        return [group]  # "USS Varn (DDG 61) Surface Action Group": the hull number is no code ending a name
    return ASK_ON


# The wood a wine or a spirit is aged in, after the forest's people: "American oak", "French oak barrels".
_CASK_WORDS = word_set("oak barrels barriques casks")


# A web address or a file's path: "/img/motorola-edge.jpg", "www.quell.com/news" (a slug's words in lower case).
_PATH = re.compile(r"\S*/\S*")


def _written_in_lower_case(text: str, tokens: list[Token]) -> set[str]:
    """The words the text writes in lower case, not inside a web address or a file's path, whose slugs write every
    name so ("/img/motorola-has-launched.jpg"). A name the text capitalises elsewhere and writes in lower case only
    as a page's label is not counted either: a section in a title bar ("| mumbai | Hindustan Times"), a section
    opening the line before its date ("mumbai Updated: Nov 07")."""
    paths = [m.span() for m in _PATH.finditer(text)]
    starts = [start for start, _ in paths]
    capitalised = {t.folded for t in tokens if t.text[:1].isupper()}
    words = set()
    for t in tokens:
        if not t.text[0].islower() or brand_cased_firm(t):
            continue
        k = bisect.bisect_right(starts, t.start) - 1
        if k >= 0 and paths[k][0] <= t.start < paths[k][1]:
            continue
        line_start = max(0, t.start - 120)
        if (
            t.folded in capitalised
            and _LABEL_BEFORE.search(text, line_start, t.start)
            and _LABEL_AFTER.match(text, t.end)
        ):
            continue
        words.add(t.folded)
    return words


# A label's place on its line: opening it or after a bar, and ending it, before a bar or a capitalised word.
_LABEL_BEFORE = re.compile(r"(?:^|\n|\| )[ \t]*$")
_LABEL_AFTER = re.compile(r"[ \t]*(?:$|\n|\||[A-Z])")


# A clock's zone named after a people: "British Summer Time", "Australian Eastern Standard Time".
_CLOCK_ZONE = re.compile(r" (?:[A-Z][a-z]+ )?(?:Summer|Standard|Daylight) Time\b")


def _clock_zone_after(doc: ActorDocument, position: int) -> bool:
    """'published at 13:57 British Summer Time': a people's adjective before a time zone names the zone, and no
    state acts."""
    return _CLOCK_ZONE.match(doc.text, doc.tokens[position].end) is not None


def _cask_after(doc: ActorDocument, position: int) -> bool:
    """Whether a people's adjective stands before the wood a wine is aged in ("three years in American oak")."""
    tokens = doc.tokens
    return position + 1 < len(tokens) and tokens[position].joined and tokens[position + 1].text in _CASK_WORDS


def _codes_and_initials_end_a_name(r: RunReading) -> list[Candidate] | Undecided:
    """Codes, units, dates and months end a name; so does a letter with its full stop."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    found = r.found
    for k in range(first + 1, last + 1):
        if maker_after_a_team(tokens[k - 1].folded, tokens[k].folded):
            # "the Halewood Racing Toyota Corolla": the team, then the car it runs (read on its own; the maker
            # alone there is the car's make: "the Pendle Motorsport Hyundai i30 N")
            return found + _read_run(doc, first, k - 1) + (_read_run(doc, k, last) if k < last else [])
    # Codes, units, dates and months ("F-16", "COVID-19", "2016", "Update July") end a name.
    for k in range(first, last + 1):
        if (
            (
                k > first
                and ends_name(tokens[k])
                and not surname_like_month(doc, k)
                and not grade_after_rank(tokens, k)
                and not edition_day_opens_a_paper(tokens, k, last)  # "the Sunday Times"
            )
            or _CODE_AROUND.match(doc.text, tokens[k].end)
            or (k > first and breaks_name(doc, k))
        ):
            if k > first:
                found += _read_run(doc, first, k - 1)
            if k > first and (legal_form_ends_before(doc, k) or town_dateline_after_words(doc, k)):
                # "Tarnwell LLC Ola Brandt", "QNDF Addis Abeba - Rear Admiral": the next name opens at k
                return found + _read_run(doc, k, last)
            # "Sarah The Implausible": one word after a capitalised "The" is a piece of a title.
            if k < last and not (tokens[k].text == "The" and k + 1 == last):
                found += _read_run(doc, k + 1, last)
            return found
    for k in range(first + 1, last):
        if is_initial(doc, k) and not middle_initial_of_person(doc, first, k, last):
            # "Plan B. Officials said": a letter and a full stop end what came before.
            return _read_run(doc, first, k) + _read_run(doc, k + 1, last)
    return ASK_ON


def _courts_and_long_names(r: RunReading) -> list[Candidate] | Undecided:
    """A court named with its seat, and a run too long for one name, cut where its acronym or its head word says."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    court = court_with_its_seat(doc, first, last)
    if court is not None:
        return [court]  # "the US District Court for the Southern District of Tarnland": one court, its seat in its name
    tail = spelled_tail(doc, first, last) if last - first + 1 > MAX_NAME_TOKENS else None
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
        # "the Mine Clearance Training School of the Varnish Armed Forces (VAF)": a body read whole before "of"
        # is the body's school, college or branch, kept (not what "Heads of" are heads of).
        branch = not (first >= 2 and tokens[first - 1].folded == "of" and _title_or_titles(tokens[first - 2].folded))
        head = [
            c
            for c in _read_run(doc, first, head_end)
            if c.kind in (ActorKind.state, ActorKind.person)
            or (branch and c.kind in BODY_KINDS and c.first == opening and c.last == head_end)
        ]
        return head + _read_run(doc, tail, last)
    part = _branch_of_a_long_body(doc, first, last) if last - first + 1 > MAX_NAME_TOKENS else None
    if part is not None:
        # "the 85th Main Special Service Centre of the Main Directorate of the General Staff of ...": too long for
        # one name; a branch with its own head word, then the body it belongs to, each a name
        rest = part + 2 if tokens[part + 1].folded == "the" else part + 1
        return _read_run(doc, first, part - 1) + _read_run(doc, rest, last)
    aim = glue_after_body(doc, first, last) if last - first + 1 > MAX_NAME_TOKENS else None
    if aim is not None and (
        doc.text.startswith(" (", tokens[last].end)
        or name_candidate(doc, first, last, tuple(t.folded for t in tokens[first : last + 1])) is not None
    ):
        aim = None  # "United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)"
    if aim is not None:
        # "the U.S. International Development Finance Corporation for the Luzon Economic Corridor": too
        # long for one name; the body ends at its head word, and what it works for is read on its own.
        rest = aim + 2 if aim + 2 <= last and tokens[aim + 1].folded == "the" else aim + 1
        aims = [c for c in _read_run(doc, rest, last) if not (c.first == rest and aim_of_a_deed(tokens, rest))]
        return _read_run(doc, first, aim - 1) + aims
    return ASK_ON


def _branch_of_a_long_body(doc: ActorDocument, first: int, last: int) -> int | None:
    """Where a run too long for one name is cut: its first "of", when a unit's number opens the run ("85th") and
    the words before "of" end with a body's head word, and a body's words come after it."""
    tokens = doc.tokens
    opening = first + (tokens[first].folded == "the")
    numbered = first > 0 and tokens[first - 1].joined and UNIT_ORDINAL.fullmatch(tokens[first - 1].text)
    if not (numbered or UNIT_ORDINAL.fullmatch(tokens[opening].text)):
        return None
    of = next((k for k in range(opening + 2, last - 1) if tokens[k].folded == "of"), None)
    if of is None or not (tokens[of - 1].folded in NAME_WORD or tokens[of - 1].folded in HEAD_WORD):
        return None
    after = of + 2 if tokens[of + 1].folded == "the" else of + 1
    if after > last or not any(
        tokens[k].folded in NAME_WORD or tokens[k].folded in HEAD_WORD for k in range(after, last + 1)
    ):
        return None
    return of


def _labels_kinds_and_honours(r: RunReading) -> list[Candidate] | Undecided:
    """What the first words make of a run: a page's label in capitals, a kind of body ("the NGO"), a numbered unit,
    letters joined to an acronym, an honour, a call to the reader."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    found = r.found
    if any(kicker_word(doc, k) for k in range(first, last + 1)):
        # "CHINESE AGGRESSION: Manila accused": a kicker's common words in capitals, no names (its people's word is)
        return [c for k in range(first, last + 1) if not kicker_word(doc, k) for c in _read_run(doc, k, k)]
    label_end = capitals_label_end(doc, first, last)
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
    numbered = numbered_unit(doc, first, last)
    if numbered is not None:
        return [numbered]
    if lettered_acronym(doc, first, last):
        name = doc.text[tokens[first].start : tokens[last].end]
        if page_tool_between_bars(doc, first, last, name):
            return []  # "PRINT | E-MAIL": a page's link to mail it, no body's letters
        return [Candidate(first, last, name, ActorKind.organization, "a letter, a hyphen and an acronym", 0.6)]
    if first == last and is_postnominal(tokens[first]):
        return found  # "appointed MBE in 2004", "took silk as a KC": an honour, not a body
    if _honour_given(doc, first, last):
        return found  # "posthumously awarded the Navy Cross": an honour, no place or body
    if first < last and tokens[first].folded in PAGE_VERBS and not (first > 0 and tokens[first - 1].joined):
        return _read_run(doc, first + 1, last)  # "Follow Westminster Wire on Bluesky": a call to the reader
    return ASK_ON


# Verbs that open a question before its subject: "Will US science survive?", "Can EU farmers cope?".
_QUESTION_VERBS = word_set("will can could would should shall does did do is are was were has have may might must")


# Superlatives that open a ranking's title: "the Best Tents", "50 Smartest Companies", "Top Stocks" (a firm is named
# with one in the singular: "Best Buy").
# The side a party sits on, written before its name ("Opposition Tarvish Unity Party"), and the heads that close
# a party's name after it.
_PARTY_SIDES = word_set("opposition ruling governing")
_PARTY_HEADS_AFTER_SIDE = word_set("party congress front alliance movement league coalition")
_RANKING_OPENERS = word_set("best worst top greatest biggest smartest largest fastest richest safest cheapest")


def _ranking_title(r: RunReading) -> list[Candidate] | Undecided:
    """'Best Camp Stoves', 'Smartest Companies': a superlative, then common words ending in a plural noun, is a
    ranking's or a guide's title, no actor."""
    tokens, first, last = r.tokens, r.first, r.last
    if first == last or tokens[first].folded not in _RANKING_OPENERS:
        return ASK_ON
    # ("Best Camp Stoves for Tarnby": the title ends before a glue word, and what follows it is read alone)
    end = next((k - 1 for k in range(first + 2, last) if tokens[k].folded in NAME_GLUE), last)
    head = tokens[end].folded
    if not head.endswith("s") or len(head) < 4 or zipf(head) < _RANKING_HEAD_ZIPF:
        return ASK_ON
    if any(r.doc.gazetteer.lookup((tokens[k].folded,)) is not None for k in range(first + 1, end + 1)):
        return ASK_ON
    return _read_run(r.doc, end + 2, last) if end + 2 <= last else []


_RANKING_HEAD_ZIPF = 3.0  # "tents" (3.3), "companies" (4.9), "stoves" (3.0): a plural noun of the language


def _question_verb_first(r: RunReading) -> list[Candidate] | Undecided:
    """'Will US science survive the cuts?': a question's verb opening its sentence, then the name."""
    if r.first < r.last and r.first in r.doc.sentence_first and _asks_a_question(r.doc, r.first, r.last):
        return _read_run(r.doc, r.first + 1, r.last)
    return ASK_ON


def _asks_a_question(doc: ActorDocument, first: int, last: int) -> bool:
    """Whether the run's first word is the verb of a question its sentence asks (the sentence ends with "?" before
    any full stop, on its line): then that word is no part of the name after it ("Will Varn said" asks nothing)."""
    if doc.tokens[first].folded not in _QUESTION_VERBS:
        return False
    rest = doc.text[doc.tokens[last].end : doc.tokens[last].end + 200]
    end = re.search(r"[?.!\n]", rest)
    return end is not None and end.group() == "?"


def _trades_nouns_and_ranks(r: RunReading) -> list[Candidate] | Undecided:
    """A trade, a rival, a funder or a person's noun before the name, a service's rank, a people's adjective before a
    group's letters, a group's letters and number."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    opening = tokens[first].folded in TRADE_NOUNS_OPENING or tokens[first].folded in RIVALS_OPENING
    opening = opening or (tokens[first].folded in FUNDERS_OPENING and _longer_name_or_list(doc, first, last))
    # "Former Ardenmoor employees said": the staff's old employer, after an adjective of time.
    opening = opening or (tokens[first].folded == "former" and staff_after(doc, last))
    # "Former Tarnby adviser gets 14 years": a headline's capital "Former", a town, then who he was.
    opening = opening or (tokens[first].text == "Former" and first in doc.sentence_first and noun_after(doc, last))
    if first < last and opening and not (first > 0 and tokens[first - 1].joined):
        return _read_run(doc, first + 1, last)  # "Refiner Sabine Petroleum shut": the trade, then the firm
    if first + 1 < last and first in doc.sentence_first and person_noun_opening(doc, first):
        # "Passenger Jaylen Brook said", "Forward Jaylen Ashcombe scored": who they are, then the name.
        after_noun = _read_run(doc, first + 1, last)
        for item in after_noun:
            if item.first == first + 1 and item.kind is ActorKind.other:
                item.kind, item.found_by = ActorKind.person, f"after '{tokens[first].text}'"
        return after_noun
    if first + 1 < last and first in doc.sentence_first and common_noun_before_name(doc, first):
        after_noun = _read_run(doc, first + 1, last)
        if any(
            c.first == first + 1 and c.last == last and c.kind is ActorKind.person and c.found_by != POST_WITH_REMIT
            for c in after_noun
        ):
            return after_noun  # only when the words after it are read as a person's whole name
        # (not a post with its remit: "Special Envoy for Syria, Ilse Varn, said", "High Representative for ...":
        # the opening word is the post's own)
    rank = service_rank_words(doc, first, last)
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
    if last == first + 1 and new_before_acronym(doc, first):
        return _read_run(doc, last, last)  # "New EU rules set ...": the sentence's adjective, then the body
    if first < last and LETTER_NUMBER.fullmatch(tokens[first].text) and tokens[last].folded in MADE_THING_NOUNS:
        return r.found  # "M2 Tarvel Fighting Vehicles": a model's letters, its name and its noun, all capitalised
    if first < last and LETTER_NUMBER.fullmatch(tokens[first].text):
        # "the G7 Tremmin Summit", "G20 Leaders": the group is a name of its own.
        return _read_run(doc, first, first) + _read_run(doc, first + 1, last)
    return ASK_ON


def _documents_bills_and_laws(r: RunReading) -> list[Candidate] | Undecided:
    """A document, a bill, a local branch, a law, a war or a register of laws, named after its subject or its body."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    words_all, found = r.words_all, r.found
    if (
        last > first
        and subject_of_document(tokens, first)
        and zipf(words_all[-1]) >= WORD_ALONE
        and not has_cue(words_all[-1:])
    ):
        return _named_after(doc, first, last)  # "Accord on Aral Sea Security": the subject; the sea may be named
    if first == last and words_all[0] in DOCUMENT_HEADS and _goes_on_with(tokens, last, ("of", "on")):
        return found  # "a Memorandum of Understanding on Critical Minerals": a document, named by its head
    if words_all[-1] in _UNION_ACTS and _UNION_ACT_NUMBER.match(doc.text, tokens[last].end):
        return found  # "Council Implementing Regulation (EU) 2024/1184": a legal act by its form, no body
    if last > first and tokens[last].text == "Bill" and _NUMBER_AFTER.match(doc.text, tokens[last].end):
        return found  # "Senate Bill 2218", "House Bill 512": a numbered bill, not the chamber it is filed in
    if last > first and tokens[last].text == "Local" and _NUMBER_AFTER.match(doc.text, tokens[last].end):
        return _read_run(doc, first, last - 1)  # "Amalgamated Transit Union Local 1347": the union, by its branch
    if last > first and words_all[-1] == "act" and tokens[last].text == "Act" and not body_for_an_aim(words_all):
        # "the Counter-Drone Authority Act": a law is named for what it does ("authority" is a power here);
        # a body that acts is met outside the law's name
        return found
    if last > first and words_all[-1] == "code" and not _code_named_for_a_place(doc, first, last):
        return ASK_ON  # "the Artisanal Mining Code": a law named for what it governs, read as any other run
    if last == first and words_all[0] in WAR_HEADS and doc.text.startswith((" in ", " of "), tokens[last].end):
        return found  # "the Insurgency in the Maghreb", "the Intervention in Libya": a war's name, its land read alone
    if (
        last > first
        and (words_all[-1] in DOCUMENT_HEADS or words_all[-1] in WAR_HEADS)
        and not body_for_an_aim(words_all)
        and not government_of_national(words_all)  # "the Government of National Accord"
    ):
        # (not "Institute for the Study of War": a body)
        named = _named_after(doc, first, last - 1, of_document=words_all[-1] in DOCUMENT_HEADS)
        if words_all[-1] in _CONVENTIONS and _goes_on_with(tokens, last, ("on", "against")):
            # "the United Nations Convention on the Law of the Sea", "the UN Convention against Corruption": a
            # convention named for its subject; the body that adopted it opens its title and does nothing here
            # (a city's convention still names the city: "the Geneva Convention on ...")
            return [c for c in named if c.kind is not ActorKind.organization]
        return named
    if last > first and words_all[:2] in _LAW_REGISTERS:
        # "the Official Journal of the European Union": where laws are published, a publication (media); the
        # body it belongs to is still named on its own
        name = doc.text[tokens[first].start : tokens[last].end]
        journal = Candidate(first, last, name, ActorKind.media, "a register where laws are published", 0.6)
        k = first + 2
        k += k <= last and tokens[k].folded == "of"
        k += k <= last and tokens[k].folded == "the"
        return [journal, *(_read_run(doc, k, last) if k <= last else found)]
    return ASK_ON


def _offices_members_regions_and_faiths(r: RunReading) -> list[Candidate] | Undecided:
    """An office to contact, a body's members, a region or a formal state, a people and its faith, a party or a unit
    named with a people's adjective."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    words_all, found = r.words_all, r.found
    contact = contact_office(doc, first, last)
    if contact is not None:
        return [contact]
    members = members_of_body(doc, first, last)
    if members is not None:
        return _read_run(doc, first, members) if members >= first else found
    region = region_of(doc, first, last, words_all) or formal_state(doc, first, last, words_all)
    if region is not None:
        return [region]
    if (
        first < last
        and words_all[-1] in _IDEOLOGY_ADJECTIVES
        and last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text.isalpha()
        and tokens[last + 1].text.islower()
    ):
        # "an Egyptian Islamist political party", "a Shia Islamist militia": a people's or a faith's adjective and a
        # creed's, before what the body is in lower case; no name (the people's adjective is still read)
        return _read_run(doc, first, last - 1)
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
        and peoples_word(doc, tokens[nation].folded)
    ):
        # "Malay Muslim separatists", "Pashtun Sunni elders": a people's word, then its faith's adjective
        return _read_run(doc, nation, nation)
    if (
        first < last
        and tokens[first].folded in _FAITH_ADJECTIVES
        and first > 0
        and tokens[first - 1].joined
        and tokens[first - 1].folded in _SHARE_ADVERBS
    ):
        # "the mostly Muslim Séléka alliance": the share of its members of a faith, then the group's own name
        return _read_run(doc, first + 1, last)
    if party_with_a_demonym(doc, first, last):
        name = doc.text[tokens[first].start : tokens[last].end]
        return [Candidate(first, last, name, ActorKind.organization, "a party named with a people's adjective", 0.6)]
    if demonym_before_unit_named_for_a_land(doc, first, last, words_all):
        return _read_run(doc, first, first) + _read_run(doc, first + 1, last)  # "the Russian Africa Corps"
    return ASK_ON


def _words_before_the_name(r: RunReading) -> list[Candidate] | Undecided:
    """The words that open a run before the name itself (compass words, peoples' adjectives, junk and glue,
    prepositions), read one by one by the steps in `_OPENING_STEPS`; where the name starts is left in `position`."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    gazetteer, words_all = r.gazetteer, r.words_all
    # A whole run naming an organisation or force keeps its leading demonym ("Iraqi Security Forces").
    whole_org = has_cue(words_all) and words_all[-1] not in PLACE_HEADS and words_all[-1] not in TITLES
    whole_org = whole_org or body_general(doc, last)  # "the Tarvian Consulate-General"
    # "the Kazakh General Staff": a nation's force's headquarters staff, named with its adjective
    whole_org = whole_org or (last - first >= 2 and words_all[-2:] == ("general", "staff"))
    # "the Tarvish Orthodox Church": a people's church, one body with its adjective
    whole_org = whole_org or denomination_church(doc, tuple(w for w in words_all if w != "the"))
    # "Syrian Desert", "Iraqi Kurdistan Region", "Russian Far East": a demonym opening a place's name.
    whole_place = words_all[-1] in PLACE_HEADS and words_all[-1] not in BUILDING_HEADS
    # "the Welsh Bridge", "English Street": a bridge or a street named with a people's adjective is one place.
    whole_place = whole_place or (last > first and (words_all[-1] in STREET_HEADS or words_all[-1] == "bridge"))
    # "French Guiana", "American Samoa": a territory the gazetteer knows whole, named with a demonym.
    # ("The British Columbia legislature": after a sentence's capital "The" too)
    unarticled = words_all[1:] if words_all[0] == "the" and len(words_all) > 2 else words_all
    whole_place = whole_place or (last > first and gazetteer.lookup(unarticled) is not None)
    if (
        whole_org
        and last - first >= 3
        and person_after_body(doc, first, last)
        and not longer_titled_name(doc, first, last)
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
    whole = WholeRun(org=whole_org, place=whole_place, firm=whole_firm)
    while r.position <= last:
        answer: OpeningWord | list[Candidate] | Undecided = ASK_ON
        for step in _OPENING_STEPS:
            answer = step(r, whole)
            if answer is not ASK_ON:
                break
        if answer is ASK_ON or answer is OpeningWord.NAME_STARTS:
            break  # nothing reads the word as an opener: the name starts here
        if answer is not OpeningWord.PASSED:
            return answer
    return ASK_ON


class OpeningWord(Enum):
    """What a step of `_words_before_the_name` made of the word at `position`: no part of the name (read the
    next), or the name's first word."""

    PASSED = "passed"
    NAME_STARTS = "name starts"


@dataclass(frozen=True)
class WholeRun:
    """What the whole run names, so that its opening word stays in it: a body ("Iraqi Security Forces"), a
    place ("Syrian Desert"), a firm of common words ("Southern Water")."""

    org: bool
    place: bool
    firm: bool


def _compass_and_family_names_open(r: RunReading, whole: WholeRun) -> OpeningWord | Undecided:
    """A capitalised compass word or a Vietnamese family name opens the name itself."""
    doc, first, last, tokens, position = r.doc, r.first, r.last, r.tokens, r.position
    token = tokens[position]
    if (
        token.folded in COMPASS
        and position < last
        and (whole.org or whole.place or whole.firm or (position not in doc.sentence_first and cased(token)))
        and not (last == position + 1 and two_word_demonym(doc, position) is not None)  # "South Koreans"
        # "the South African Jandré Visagie": a demonym of two words before a name that is no body's
        and not (
            not (whole.org or whole.place or whole.firm)
            and position + 1 < last
            and position == first
            and two_word_demonym(doc, position) is not None
        )
    ):
        # "Northern Alliance", "Southern Transitional Council", "Southern Highlands", "the Eastern
        # Varnak": a capitalised compass word is the name's (in lower case it only says where).
        return OpeningWord.NAME_STARTS
    if last >= position + 2 and vietnamese_name_at(tokens, position):
        return OpeningWord.NAME_STARTS  # "Do Xuan Truong", "Le Thi Hoa": a family name that reads as a word
    if last == position + 1 and chinese_name_opening(doc, position):
        return OpeningWord.NAME_STARTS  # "He Jiankui", "Ma Zhiqiang": a family name that reads as a word
    return ASK_ON


# A clock time right before a word: "08:02 GMT", "10.15am BST" (a live blog's entries open so).
_CLOCK_TIME_BEFORE = re.compile(r"\d[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*$", re.IGNORECASE)


def _zone_of_a_clock_time(doc: ActorDocument, position: int, last: int) -> bool:
    """'08:02 GMT Tarnbank customers say ...': letters of a time zone after a clock time open no name (a live
    blog's entry starts with its time)."""
    token = doc.tokens[position]
    if position >= last or not token.text.isupper() or token.folded not in TERM_ACRONYMS:
        return False
    return _CLOCK_TIME_BEFORE.search(doc.text, max(0, token.start - 12), token.start) is not None


def _junk_glue_and_particles(r: RunReading, whole: WholeRun) -> OpeningWord | list[Candidate] | Undecided:
    """A junk word, a name's glue or a particle that opens no name here is passed."""
    doc, first, last, tokens, position = r.doc, r.first, r.last, r.tokens, r.position
    token = tokens[position]
    word = token.folded
    if not (
        _zone_of_a_clock_time(doc, position, last)
        or (
            is_junk_word(token)
            and not letters_in_capitals(doc, position)  # "the WHO said": letters, no "who"
            and not saharan_in(doc, position)
            and not (position < last and surname_like_month(doc, position + 1))
            and not (position < last and given_name_like_month(doc, position))
            and not (position < last and short_day_opens_a_name(doc, position))
            and not edition_day_opens_a_paper(tokens, position, last)  # "the Sunday Telegraph"
            and not inn_opened_by_a_plain_word(doc, position, last)  # "the Sun Inn", "the Three Tuns pub"
            and not irish_article(doc, position, last)
            and not capital_article_opens(doc, position, last)
            and not capital_arabic_article_opens(doc, position, last)
            and not capital_all_opens_a_body(doc, position, last)
            and not all_saints_opens(doc, position, last)  # "All Saints Church"
            and not code_named_by_its_trade(doc, position)
            and not code_named_as_a_group(doc, position)  # "to APT40, a group ..."
            and not (word == "mine" and position < last)  # "the Mine Action Centre": the noun, no pronoun
            and not (position == last and word in NUMBER_WORDS and ordinary_word_named_as_a_body(doc, position, word))
        )
        or word in NAME_GLUE
        or (
            word in NAME_PARTICLES
            and not opens_arabic_name(doc, position, last)
            and not hyphened_prefix(doc, position, last)
            and not capital_particle_opens(doc, position, last)
            and not capital_son_of_opens(doc, position, last)
            and not particle_after_the(doc, position, last)
            and not capital_article_opens(doc, position, last)
            and not particle_opens_a_place(doc, position, last)
            and not particle_opens_a_known_town(doc, position, last)
            and not letters_in_capitals(doc, position)
        )
    ):
        return ASK_ON
    if position == first and is_junk_word(token) and quoted_whole(doc, first, last):
        return r.found  # 'the "No Go Zone"', '"Not In My Name"': a coined phrase in quotes, no name
    r.position += 1
    return OpeningWord.PASSED


# Words of where one stands in a career, opening a sentence before a job's place or field: "Veteran Nollywood
# actress", "Senior Tarnby Council planner" (not "National", "Regional": they open bodies' names).
_CAREER_QUALIFIERS = word_set("veteran senior junior retired fellow incoming outgoing current previous former")
# A body's staff by their work, no titles of their own: "Senior BOJ officials", "Senior Tarnby Council planners".
_STAFF_NOUNS = word_set(
    "official officials planner planners executive executives aide aides diplomat diplomats staff manager managers"
)


# Nouns of what a body puts out, after its name in a sentence opened by "New": "New World Bank report".
_WHAT_A_BODY_PUBLISHES = word_set(
    "report reports study studies data figures survey research analysis estimates findings statistics paper"
    " guidelines rules forecast forecasts index poll review assessment plan strategy case"
)


def _new_before_a_named_body(doc: ActorDocument, position: int, first: int, last: int) -> bool:
    """'New World Bank report highlights ...': a sentence's "New" before a body's name and a noun of what it
    publishes is the report's adjective, when the page names the body without it too ("a World Bank report").
    ("New Times report" names no body without "New" on its page: the paper keeps its name.)"""
    tokens = doc.tokens
    if position != first or position not in doc.sentence_first or tokens[position].text != "New" or position >= last:
        return False
    if last + 1 >= len(tokens) or tokens[last + 1].folded not in _WHAT_A_BODY_PUBLISHES:
        return False
    if not tokens[last + 1].text.islower():
        return False
    rest = doc.text[tokens[position + 1].start : tokens[last].end]
    alone = len(re.findall(r"(?<![\w-])" + re.escape(rest) + r"(?![\w-])", doc.text))
    return alone > len(re.findall(r"\bNew\s+" + re.escape(rest) + r"(?![\w-])", doc.text))


# A party's member by the party's word, before a candidate's name (not "Labour", "Green": no member's word).
_PARTY_MEMBER_ADJECTIVES = word_set("conservative republican democrat liberal")


# Leaked documents named for a state or a land ("the Panama Papers", "the Tremmia Files"): no state acts in them.
_LEAKED_DOCUMENTS = frozenset(("papers", "files", "leaks"))


# A preposition of time or measure opening a sentence before a name, which no rule of place passes ("Over",
# though a given name in some lists: "Over Varnek's two terms in office").
_OPENING_PREPOSITIONS = frozenset(("over",))


def _prepositions_verbs_and_plural_titles(r: RunReading, whole: WholeRun) -> OpeningWord | Undecided:
    """A preposition of place, "Units of", a verb or an adverb, a plural title: the sentence's opening words."""
    doc, first, last, tokens, position, gazetteer = r.doc, r.first, r.last, r.tokens, r.position, r.gazetteer
    word = tokens[position].folded
    if (
        word in PLACE_PREPOSITIONS
        and position < last
        and gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1))) is None
        and not (last == position + 1 and tokens[last].folded in COMPASS_HEADS)
        and not saharan_in(doc, position)
        and not capital_arabic_article_opens(doc, position, last)
    ):
        r.position += 1  # "Near Raqqah, two strikes...": a preposition of place opens the sentence
        return OpeningWord.PASSED
    if (
        word in _OPENING_PREPOSITIONS
        and position == first
        and position in doc.sentence_first
        and position < last
        and doc.text[tokens[position].end : tokens[position].end + 1] == " "
        and gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1))) is None
    ):
        r.position += 1  # "Over Varnek's two terms, debt doubled": the preposition opens the sentence, not the name
        return OpeningWord.PASSED
    if (
        position == first
        and position in doc.sentence_first
        and word in _CAREER_QUALIFIERS
        and position < last
        and last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text.islower()
        and (is_title(tokens[last + 1].folded) or tokens[last + 1].folded in _STAFF_NOUNS)
    ):
        # "Veteran Nollywood actress, Kate Henshaw", "Senior BOJ officials said": the job's qualifier opens the
        # sentence
        r.position += 1
        return OpeningWord.PASSED
    if _new_before_a_named_body(doc, position, first, last):
        r.position += 1  # "New World Bank report highlights": the report is new, the body is the World Bank's
        return OpeningWord.PASSED
    if position < last and doctrine_given_by_others(word) and not word.endswith("s"):
        r.position += 1  # "the Islamist Muslim Brotherhood": the doctrine's adjective before the body's name
        return OpeningWord.PASSED
    member = 2 if word == "liberal" and position + 1 <= last and tokens[position + 1].folded == "democrat" else 1
    if (
        word in _PARTY_MEMBER_ADJECTIVES
        and position + member + 1 <= last
        and tokens[position].text.istitle()
        and is_given_name(tokens[position + member].folded)
    ):
        r.position += member  # "ahead of the Conservative Ollie Greaves on 862": a candidate by the party's word
        return OpeningWord.PASSED
    if (
        position == first
        and position in doc.sentence_first
        and word in _PLURAL_OPENERS
        and position + 2 <= last
        and tokens[position + 1].folded == "of"
    ):
        r.position += 2  # "Units of the Counter Terrorism Service were staged": the units are no name
        return OpeningWord.PASSED
    if (
        verb_form(word)
        and gazetteer.lookup((word,)) is None
        # "Downing Street": a gerund naming a street (or a square, a bridge...) with its head word
        and not (last == position + 1 and r.words_all[-1] in PLACE_HEADS)
        # "the Planning Inspectorate", "Housing Ombudsman": a field of public work opening a body's name
        and not (word in FIELD_GERUNDS and position < last and whole.org)
        # "Sport England's Swimming Pool Support Fund": after an owner's possessive a gerund opens the body's name
        and not (position < last and whole.org and _after_a_possessive(doc.text, tokens[position].start))
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
        and not capital_ing_inside(doc, position, last)
        # "a new fire at Gunning, south of Goulburn": a place located by a compass point from another
        and not (position == last and located_by_compass_after(doc, position, last))
    ):
        r.position += 1  # "Defeating ISIL", "Helpfully": a verb or an adverb opens the run
        return OpeningWord.PASSED
    if members_of_a_body(tokens, position, last):
        r.position += 2  # "the Commissioners of Police Service Commission": the body its members sit on
        return OpeningWord.PASSED
    if (
        position < last
        and word not in TITLES
        and is_title(word)
        and not has_cue(r.words_all)
        and tokens[position + 1].folded != "and"  # "Mayors and Independents": a party's name of two plurals
        # "Scientists for Future", "Journalists Against Corruption": people joined for an aim name their body
        and not (word in MEMBERS_FOR_AN_AIM and tokens[position + 1].folded in ("for", "against"))
        and not (word in STATION_PREFIXES and tokens[position].text.isupper())  # "MCAS Varnleigh": a station
    ):
        r.position += 1  # "Actors Joaquin Phoenix and...", "Senators Ilse Tremmin": a plural title opens the run
        return OpeningWord.PASSED
    return ASK_ON


def _hometowns_notices_and_common_openers(r: RunReading, whole: WholeRun) -> OpeningWord | list[Candidate] | Undecided:
    """Where a person is from, a notice to the reader, a common phrase or a verb in the past tense opening the
    sentence; a given name that is also a state's ("Jordan Hayes") opens the name."""
    doc, first, last, tokens, position = r.doc, r.first, r.last, r.tokens, r.position
    token = tokens[position]
    word = token.folded
    if position + 1 < last and compound_job(word, tokens[position + 1].folded):
        r.position += 1  # "Churchwarden Colin Fairbairn said": the job, then the person's name
        return OpeningWord.PASSED
    if position < last and city_demonym(doc, word) and doc.text[token.end : token.end + 2] not in ("'s", "’s"):
        # "Nashvillian Lori Kelly": where she is from, then her name (not "Salter's Lane": a family's street)
        r.position += 1
        return OpeningWord.PASSED
    if (
        position < last
        and position in doc.sentence_first
        and word not in doc.confirmed
        and zipf(word) >= OPENER_WORD
        and city_demonym(doc, tokens[position + 1].folded)
    ):
        r.position += 1  # "Fellow Nashvillian Lori Kelly"
        return OpeningWord.PASSED
    if position == first < last - 1 and word in _PARTY_SIDES and tokens[last].folded in _PARTY_HEADS_AFTER_SIDE:
        # "Opposition Tarvish Progressive Party (TPP) backbenchers": which side the party sits on, then its name
        r.position += 1
        return OpeningWord.PASSED
    if position == first == last and _shouted_common_opener(doc, position):
        return r.found  # "UNKNOWN people have attacked": a paper's opening word in capitals, a common word
    if position < last - 1 and (word, tokens[position + 1].folded) in LINK_LABELS and token.text[:1].isupper():
        r.position += 2  # "New Zealand Read More Rotorua mayoral hopeful": a link's label, then the headline
        return OpeningWord.PASSED
    if position == first < last and position in doc.sentence_first and word in _NOTICE_VERBS:
        r.position += 1  # "Check Smartraveller for updates": the reader is told to act, the name follows
        return OpeningWord.PASSED
    if position == first < last and position in doc.sentence_first and token.text == "Vale" and not _names_a_vale(r):
        r.position += 1  # "Vale Len Tarrow: shearer, footballer": Australia's farewell heads an obituary
        return OpeningWord.PASSED
    if position == first and last == first + 1 and common_opener_phrase(doc, position, r.words_all):
        return r.found  # "Fellow Quellmoorians", "Local Heroes": a common word opens the sentence
    if position < last and not whole.firm and past_tense_opener(doc, position, r.words_all):
        r.position += 1  # "Added ARKit support": a verb in the past tense opens the sentence
        return OpeningWord.PASSED
    if position < last and given_name_of_state(doc, position):
        return OpeningWord.NAME_STARTS  # "Jordan Hayes", "Chad Smith": a given name, not the state
    return ASK_ON


# How common a word in capitals opening a sentence must be to read as the paper's style ("POLICE in Kitwe
# arrested", "UNKNOWN people attacked") rather than a body's letters ("NATO", "FIFA" are rarer as words).
_SHOUTED_OPENER_ZIPF = 4.4


def _shouted_common_opener(doc: ActorDocument, position: int) -> bool:
    """'UNKNOWN people have attacked a woman': a common word of five letters or more, all in capitals, opens a
    sentence before a word in lower case, as some papers open each story; no body's letters."""
    token = doc.tokens[position]
    if position not in doc.sentence_first or not token.text.isalpha() or not token.text.isupper():
        return False
    if len(token.text) < 5 or zipf(token.folded) < _SHOUTED_OPENER_ZIPF or token.folded in KNOWN_BODIES:
        return False
    if doc.gazetteer.country_of_demonym(token.folded) is not None or doc.gazetteer.lookup((token.folded,)):
        return False  # "BRITISH airline easyJet": a people's word, named in capitals as well
    after = doc.tokens[position + 1] if position + 1 < len(doc.tokens) else None
    return after is not None and after.text[:1].islower()


def _names_a_vale(r: RunReading) -> bool:
    """'Vale Park', 'Vale of Glamorgan': the words after "Vale" name a place or a body with it."""
    rest = tuple(token.folded for token in r.tokens[r.position + 1 : r.last + 1])
    return rest[:1] == ("of",) or has_cue(rest)


def _states_named_first(r: RunReading, whole: WholeRun) -> OpeningWord | list[Candidate] | Undecided:
    """A state named before the rest of the run: its treasury, its sport's body, or the state itself
    ("Saudi Arabia", "United States Secretary of State ...")."""
    doc, first, last, tokens, position, gazetteer = r.doc, r.first, r.last, r.tokens, r.position, r.gazetteer
    token = tokens[position]
    if position + 1 == last and tokens[last].text in STATE_OFFICES_AFTER_ITS_NAME and _opens_run(doc, first, position):
        treasury_of = gazetteer.lookup((token.folded,))
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
                Candidate(last, last, office, ActorKind.organization, f"'{token.text} {office}': its treasury", 0.7),
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
    if state_end is None:
        remit_end = _remit_after_post_letters(doc, first, position, last)
        if remit_end is None:
            return ASK_ON
        # "Inspector General of Police (IGP) Quellshire Tarik Varnoodi": the post's province, then its holder
        name = doc.text[token.start : tokens[remit_end].end]
        r.found.append(Candidate(position, remit_end, name, ActorKind.place, "a post's remit before its holder", 0.6))
        r.position = remit_end + 1
        return OpeningWord.NAME_STARTS
    if contest_after_the_state(doc, state_end, last):
        return r.found  # "the US Open", "the Qatar Open": a contest held there, no state acting
    if whole.org and state_end < last:
        return OpeningWord.NAME_STARTS
    if state_end + 1 == last and position == first and sport_of_a_nation(doc, last):
        # "England Hockey", "Wales Netball": the sport's governing body in the nation, one body.
        name = doc.text[token.start : tokens[last].end]
        return [Candidate(position, last, name, ActorKind.organization, "a nation's body for its sport", 0.65)]
    place = gazetteer.lookup(tuple(tokens[k].folded for k in range(position, state_end + 1)))
    assert place is not None
    name = doc.text[token.start : tokens[state_end].end]
    canonical = written_with_its_accents(name, place.name)  # "São Tomé and Príncipe"
    r.found.append(
        Candidate(position, state_end, name, ActorKind.state, f"gazetteer: {place.name}", 0.9, canonical=canonical)
    )
    r.position = state_end + 1
    return OpeningWord.PASSED


_POST_LETTERS_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+ (?:[a-z]+ )?){1,4}\([A-Z]{2,6}\) $")
_REMIT_PEOPLE = 1_000_000  # a province or a big city ("Khyber Pakhtunkhwa", "Lagos"), not a village like a name


def _remit_after_post_letters(doc: ActorDocument, first: int, position: int, last: int) -> int | None:
    """'Inspector General of Police (IGP) Khyber Pakhtunkhwa Zulfiqar Hameed': after a post and its letters in
    brackets, a province or a big city the gazetteer knows whole, then a given name and one word more, is where
    the post serves, and the name after it its holder's. The last word of the province, or None."""
    tokens = doc.tokens
    if (
        position != first
        or _POST_LETTERS_BEFORE.search(doc.text, max(0, tokens[first].start - 60), tokens[first].start) is None
    ):
        return None
    for end in range(min(last - 2, position + 2), position - 1, -1):
        place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, end + 1)))
        if place is None or place.population < _REMIT_PEOPLE:
            continue
        if is_given_name(tokens[end + 1].folded) and not is_given_name(tokens[position].folded):
            return end
        return None
    return None


def _peoples_adjectives(r: RunReading, whole: WholeRun) -> OpeningWord | list[Candidate] | Undecided:
    """A people's adjective before the name ("South Korean", "Russians"): its state, unless it names a body
    with it, a period's style, a dish, a language, a party member's or a trade's origin."""
    doc, first, last, tokens, position, gazetteer = r.doc, r.first, r.last, r.tokens, r.position, r.gazetteer
    token = tokens[position]
    word = token.folded
    if position < last and token.joined:
        # "South Korean": a demonym of two words.
        country = two_word_demonym(doc, position)
        if country is not None and contest_after_the_state(doc, position + 1, last):
            return r.found  # "the South African Open": a contest held there, no state acting
        if country is not None and not ((whole.org or whole.place) and position + 1 < last):
            name = doc.text[token.start : tokens[position + 1].end]
            r.found.append(
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
            r.position += 2
            return OpeningWord.PASSED
    if position < last and token.text.istitle() and one_of_a_nation(doc, word):
        r.position += 1  # "beat Frenchman Gilles Simon": the man's nation, then his name
        return OpeningWord.PASSED
    country = gazetteer.country_of_demonym(word)
    if country is None and word.endswith("s") and not _state_named(gazetteer, word):
        # "Russians"; not "Philippines", a state's own name though "Philippine" is its adjective
        country = gazetteer.country_of_demonym(word[:-1])
    if country is None:
        return ASK_ON
    opens = position == first or all(tokens[k].folded == "the" for k in range(first, position))
    if opens and sea_channel(doc, first, last):
        # "the English Channel": a strait, not the state "English" stands for and a TV channel
        name = doc.text[token.start : tokens[last].end]
        return [Candidate(position, last, name, ActorKind.place, "a strait, 'Channel' after a people's adjective", 0.7)]
    body = national_body(doc, position, last) if opens else None
    if body is not None:
        return [body]  # "Australian Medical Assistance Team": a body named with its people's adjective
    if (
        period_style(doc, position)  # "a Georgian clock", "Georgian terraces": a period's style
        # "Cuisine: British", "Style: French": a recipe card's or a shop's field
        or _THING_LABEL_BEFORE.search(doc.text, max(0, token.start - 14), token.start)
        or (position < last and tokens[last].folded in DISH_HEADS)  # "Dutch Apple Pie", "French Onion Soup"
        or (position == last and language_after_in(doc, position))  # "thanked his coach in Spanish"
        # "the Danish Social Democrat Ilse Varn" (not "the Irish Republican Army": a body's whole name)
        or (party_member_after(doc, position, last) and not whole.org)
        or (position == last and describes_a_trade(doc, position))  # "the Dutch engineering group", "British firms"
        or (position == last and word in NATIONS_WITHIN_A_STATE)  # "restored Welsh bogs": Wales's, no state acting
        or contest_after_the_state(doc, position, last)  # "the French Open", "the British Grand Prix"
        or (position == last and _cask_after(doc, position))  # "aged in American oak"
        or _clock_zone_after(doc, position)  # "13:57 British Summer Time", "Indian Standard Time": a zone
        # "Najib Danish ... Danish said": a people's adjective the text writes after a given name is his surname
        or (position == last and _surname_after_a_given_name(doc, word))
        # "an ethnic Tajik", "ethnic Uzbeks": a people, often of another state than the one its word names
        or (position == last and _after_ethnic(tokens, position))
    ):
        r.position += 1  # where the thing or the person is from: no state acts
        return OpeningWord.PASSED
    if (whole.org or whole.place) and position < last:
        return ASK_ON
    if opens and position + 1 == last and _town_named_with_a_people(doc, first, last):
        name = doc.text[token.start : tokens[last].end]
        return [Candidate(position, last, name, ActorKind.place, "a people's adjective and a landform's word", 0.6)]
    r.found.append(
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
    r.position += 1
    return OpeningWord.PASSED


# A given name this rare as an English word opens a person's name ("Najib", not "Christian" of "Christian Syrian").
_GIVEN_NAME_NOT_WORD = 3.5


def _surname_after_a_given_name(doc: ActorDocument, word: str) -> bool:
    """'spokesman Najib Danish described ...; Danish said': a people's adjective that the text also writes right
    after a given name is that person's family name, and alone it is still him, not his namesake's state."""
    if word not in doc.given_surnames:
        return False  # (the set is the text's every word after a given name: most adjectives are not in it)
    tokens = doc.tokens
    return any(
        token.folded == word
        and tokens[k - 1].joined
        and tokens[k - 1].text[:1].isupper()
        and is_given_name(tokens[k - 1].folded)
        and zipf(tokens[k - 1].folded) < _GIVEN_NAME_NOT_WORD
        for k, token in enumerate(tokens[1:], 1)
    )


# Landforms that name a town after a people's adjective ("Indian Head", "English Point", "Dutch Springs"), though
# alone they end no place's name (a head teacher, a point, a spring).
_LANDFORMS_AFTER_A_PEOPLE = word_set("head point town springs hill hills bottom flat flats rock rocks gap ford")


def _town_named_with_a_people(doc: ActorDocument, first: int, last: int) -> bool:
    """'the branch in Indian Head', 'near English Point': after a place's preposition, a people's adjective and a
    landform's word are a town's name, not the state the adjective stands for."""
    tokens = doc.tokens
    return (
        tokens[last].folded in _LANDFORMS_AFTER_A_PEOPLE
        and first > 0
        and first not in doc.sentence_first
        and tokens[first - 1].folded in PLACE_PREPOSITIONS
    )


# The steps that read the words opening a run, in their order: the first that can tell decides.
_OPENING_STEPS: tuple[Callable[[RunReading, WholeRun], OpeningWord | list[Candidate] | Undecided], ...] = (
    _compass_and_family_names_open,
    _junk_glue_and_particles,
    _prepositions_verbs_and_plural_titles,
    _hometowns_notices_and_common_openers,
    _states_named_first,
    _peoples_adjectives,
)


def _titled_and_irish_names(r: RunReading) -> list[Candidate] | Undecided:
    """A name opened by the Irish article, letters after a name, a ship's command, a building named after a
    titled person, a seat or a town with a title's word, and a person after a title."""
    doc, last, tokens, gazetteer = r.doc, r.last, r.tokens, r.gazetteer
    position, found = r.position, r.found
    if position > last:
        return found
    while last > position and trails_name(doc, last):
        last -= 1  # "P.S. As", "SNE Effectively": a function word or an adverb after a name
    if (
        irish_article(doc, position, last)
        and tokens[position - 1].folded not in _IN_A_PLACE
        and not from_to(doc, position, last)
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
    while last > position + 1 and is_postnominal(tokens[last]):
        last -= 1  # "Julie Bishop MP", "Ilse Tremmin QC", "Priya Natarajan BVSc MRCVS": letters after a person's name
    ship_command = command_of_a_ship(doc, position, last)
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
    if person is not None and _state_after_its_title(doc, person):
        person = None  # "the President of the Republic of Guinea-Bissau": the state's formal name, no person
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
            and not second_field_of_remit(doc, k)
            and not local_post(doc, k, person.first)  # "Polk County Clerk Ann Lee": the county, then her
            and not rank_after_detective(tokens, k)  # "Detective Garda Ann Lee": a rank, no force
            and not in_portfolio(doc, k, person.first)  # "Civil Aviation Minister Ann Lee": her portfolio
            # "White House Press Secretary Ann Lee": "Press" is the post's, no outlet's head
            and not (tokens[k].folded in _POST_OPENERS and k + 1 < person.first and is_title(tokens[k + 1].folded))
        ]
        if inside and not complement_of_post_before(doc, position):  # (not "of the Army Lt. Gen. X")
            end = body_before_title_end(doc, inside, person.first - 1)
            service = national_service(doc, found, inside[0], end)
            if service is not None:
                found[-1] = service  # "British Army Maj. Gen. Ilse Varn": the army, then the person
            else:
                # "Parliament Speaker Nabih Varn": a body named only by its head word, capitalised in
                # the post's title, is the post's remit, not a body of its own.
                # (no person there: "Deputy Public Prosecutor Ilse Varn" names one, after the whole title)
                service_words = [
                    c
                    for c in _read_run(doc, inside[0], end)
                    if not head_word_in_title(doc, c) and c.kind is not ActorKind.person
                ]
                if all(c.kind is ActorKind.other for c in service_words):
                    # "Kosrae Governor Ilse Varn": a rare word no rule reads, the land its governor governs
                    service_words = _land_before_its_governor(doc, inside[0], end) or service_words
                found += service_words or service_before_rank(doc, position, inside[0], end)
        found.append(person)
        return found
    r.last, r.found = last, found
    return ASK_ON


# Titles of those who govern a land, a state or a town, or sit for one: "Kosrae Governor Ilse Varn", "Tarnby Mayor
# Ola Brandt", "Elgeyo Marakwet Senator Ilse Varn" (a county's senator).
_GOVERNORS_OF_LANDS = word_set("governor mayor premier lieutenant-governor senator")
_RARE_LAND_WORD = 3.0  # a word rarer than this before a governor's title is a name, not "Deputy" or "Acting"
_LAND_WORDS = 2  # "Elgeyo Marakwet": a land's name of two rare words


def _land_before_its_governor(doc: ActorDocument, k: int, end: int) -> list[Candidate]:
    """'Kosrae Governor Ilse Varn', 'Elgeyo Marakwet Senator Ilse Varn': one or two rare capitalised words before
    a governor's, a mayor's or a senator's title, which no other rule reads, are the land or the town governed or
    represented (a place the gazetteer lacks)."""
    tokens = doc.tokens
    if end - k + 1 > _LAND_WORDS or end + 1 >= len(tokens) or tokens[end + 1].folded not in _GOVERNORS_OF_LANDS:
        return []
    words = tokens[k : end + 1]
    if any(
        not cased(word) or word.text.isupper() or zipf(word.folded) >= _RARE_LAND_WORD or is_given_name(word.folded)
        for word in words
    ):
        return []
    name = doc.text[tokens[k].start : tokens[end].end]
    return [Candidate(k, end, name, ActorKind.place, f"a land before its '{tokens[end + 1].text}'", 0.55)]


def _title_or_titles(word: str) -> bool:
    """'head', 'heads', 'ministers': a title's word, or its plural."""
    return word in TITLES or (word.endswith("s") and word[:-1] in TITLES)


def _state_after_its_title(doc: ActorDocument, person: Candidate) -> bool:
    """The words read as a titled person's name are a state's whole name ("Guinea-Bissau", a hyphened name)."""
    place = doc.gazetteer.lookup(tuple(fold(word) for word in person.name.split()))
    return place is not None and place.kind == "state"


def _titles_in_run(doc: ActorDocument, position: int, last: int) -> list[int]:
    """Where the run's titles stand: not a particle's, a name's half, a building's or a code's word."""
    tokens = doc.tokens
    return [
        k
        for k in range(position, last + 1)
        if tokens[k].folded in TITLES
        and not after_particle(doc, k)
        and not before_hyphened_particle(doc, k)  # "Notre-Dame-des-Neiges"
        and not clock_pm(doc, k)  # "5:41 PM MYT"
        and not second_half_of_name(doc, k)
        and not title_before_a_hospital(doc, k, last)
        and not title_names_a_building(doc, k, last)
        and not crown_possessive_opening(doc, k, last)
        and not surname_after_given_name(doc, k, position, last)
        and not first_half_of_surname(doc, position, k, last)  # "Jonathan Head-Ramos"
        and not partner_in_a_body(doc, k, last)  # "Kaiser-Corson Funeral Home"
        and not general_staff(doc, k, last)
        and not letters_inside_a_code(doc, k)  # "SPMAGTF-CR-CC": a unit's code, no councillor
        and not letters_not_a_title(doc, k, TITLES)  # "MS Windows", "Det Norske Veritas"
        # "Legal & General": a word joined by an ampersand is a partner's name in a firm's, no rank
        and not (k > position and doc.text[tokens[k - 1].end : tokens[k].start] == " & ")
        # "Major League Baseball", "the Major Leagues": the top rank of a sport's leagues, no officer
        and not (tokens[k].folded == "major" and k < last and tokens[k + 1].folded in ("league", "leagues"))
    ]


def _offices_and_staffs(r: RunReading) -> list[Candidate] | Undecided:
    """The office of a post ("the Tenancy Commissioner's Office", "Office of the Spokesperson"), a firm before a rank,
    a nation's General Staff or a joint command's staff."""
    doc, last, tokens, position = r.doc, r.last, r.tokens, r.position
    found = r.found
    titles = _titles_in_run(doc, position, last)
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
    firm = firm_before_rank(doc, position, last, titles)
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
    if last == position + 1 and (tokens[position].folded, tokens[last].folded) == ("joint", "staff"):
        # "the Joint Staff's Operations Directorate": the staff of a nation's joint command, a body
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "a joint command's staff", 0.6)]
    if last > position and (tokens[position].folded, tokens[position + 1].folded) == ("general", "staff"):
        # "the General Staff of the Armed Forces of ...": a force's headquarters staff is a body, not a rank;
        # the force it serves is named beside it
        name = doc.text[tokens[position].start : tokens[last].end]
        staff = Candidate(position, last, name, ActorKind.armed_force, "a force's General Staff", 0.6)
        served = (
            _read_run(doc, position + 4, last) if last >= position + 4 and tokens[position + 2].folded == "of" else []
        )
        return [*found, staff, *served]
    return ASK_ON


# Head words of a body its members form, named after their rank or post: "Garda Representative Association",
# "Chief Officers Federation".
_MEMBERS_BODY_HEADS = word_set("association federation guild society")


def _title_and_its_remit(r: RunReading) -> list[Candidate] | Undecided:
    """A title and what it is for: the body whose title it is, a member's party, an office named by its remit, a
    post that stands for its holder, the bodies and places named in its remit."""
    doc, last, tokens, position = r.doc, r.last, r.tokens, r.position
    found = r.found
    if namesake_building(tokens, position, last):
        return ASK_ON  # "the Prince of Wales Dock": a dock named after the title and its land, no post
    titles = _titles_in_run(doc, position, last)
    if titles and titles[-1] == last - 1 and tokens[last].folded in _MEMBERS_BODY_HEADS:
        # "the Garda Representative Association": a body's head word right after the title words names the body
        # its holders of that rank or post form, not a post and its remit
        return ASK_ON
    if titles and not has_cue(words_before_title(doc, position, titles[-1])):
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
            if state_opens_a_body(tokens, rest, last):
                break  # "Chairman of the State Committee for ...": "State" opens the body's name
            rest += 1
        if second_field_of_remit(doc, rest) and (rest < last or _land_of_post_after(tokens, last)):
            rest += 1  # "... of Foreign Affairs and Expatriates Omar Varn": the remit's second field
        if titles[0] > position and rest <= last and tokens[last].folded in REMIT_ENDS:
            # "High Representative of the Union for Foreign Affairs and Security Policy": a post of two
            # title words, then its remit, is named in full as an office.
            # It stands for its holder, as "the Spokesperson" does.
            name = doc.text[tokens[position].start : tokens[last].end]
            return [*found, Candidate(position, last, name, ActorKind.person, "an office named by its remit", 0.5)]
        post_head = post_of_a_post(doc, titles, last) if rest > last else None
        if post_head is not None:
            # "the Special Representative of the UN Secretary-General, Ilse Varn,": a post whose remit is another post
            post = post_with_remit(doc, position, post_head, last, _read_run(doc, post_head + 2, last))
            if post is not None:
                return [*(c for c in found if c.last < position), post]
        if rest > last and (post := post_after_demonym(doc, found, position, last, bare_post(doc, position, last))):
            # "the Foreign Secretary said": the post stands for its holder; in "the UN Secretary-General"
            # the body's acronym is part of the post, not a draft of its own
            # "the KFOR Commander": the force's letters before its commander stay a draft of their own
            kept = [c for c in found if c.last < position or (commands_letters(post) and c.first == c.last == position)]
            return [*kept, post]
        remit = _read_run(doc, rest, last) if rest <= last else []
        post = post_with_remit(doc, position, titles[-1], last, remit)
        if post is not None:
            # "the Minister for the Middle East said": the post stands for its holder, and a known place
            # in it is still named (re3d marks "Middle East" inside the post as a location too)
            # "the Commander of Joint Task Force 12": the body a post heads is named beside it
            bodies = [c for c in remit if c.kind in BODY_KINDS] if heads_a_body(tokens, titles[-1], last) else []
            if (served_force := force_of_a_chiefs_staff(tokens, titles[-1], last)) is not None:
                # "Chief of Naval Staff of the Varnian Navy": the navy, not its staff, is the body beside the post
                bodies = [c for c in _read_run(doc, served_force, last) if c.kind in BODY_KINDS]
            if bodies:
                take_units_number(doc, [post, *(c for c in bodies if c.last == last)])
            return [*demonym_opens_post(doc, found, post), *place_of_post(doc, rest, last), *bodies]
        # "the Minister for Rural Consumers said": the portfolio's words name no body
        return found + [
            c for c in remit if not (c.kind is ActorKind.organization and bare_portfolio(doc, titles[-1], c))
        ]
    r.found = found
    return ASK_ON


def _land_of_post_after(tokens: list[Token], last: int) -> bool:
    """'... Foreign Affairs and Expatriates of Jordan': "of" and a name after the remit's second field."""
    return last + 2 < len(tokens) and tokens[last + 1].text == "of" and tokens[last + 2].capitalised


# What a state's programme of grants to foreign students is called after the state's name: "the Australia Awards".
_GRANTS_OF_A_STATE = word_set("awards scholarships fellowships")
# Verbs of winning before "the": a prize one wins, no programme ("won the Ireland Awards").
_WINNING = word_set("won win wins winning")


def _state_programme_of_awards(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'through the Australia Awards': a state's own name, then its grants' word, names the programme that gives
    them (a prize's ceremony is named by its field, "the Tarnby Film Awards", and is won)."""
    if len(words) != 2 or words[1] not in _GRANTS_OF_A_STATE:
        return False
    state = doc.gazetteer.lookup(words[:1])
    tokens = doc.tokens
    won = position >= 2 and tokens[position - 1].folded == "the" and tokens[position - 2].folded in _WINNING
    return state is not None and state.kind == "state" and not won


def _the_name_itself(r: RunReading) -> list[Candidate]:
    """What is left is the name itself: a post that speaks, states and towns joined in it, a venue, a product,
    and then the kind `name_candidate` gives it, with the names inside it."""
    doc, last, tokens, gazetteer = r.doc, r.last, r.tokens, r.gazetteer
    position, found = r.position, r.found
    span_words = [tokens[k].folded for k in range(position, last + 1)]
    spoken = post_speaking(doc, position, last)
    if spoken is not None:
        return [*found, spoken]  # "Statement by the High Representative": the post stands for its holder
    if any(is_title(w) for w in span_words) and all(is_title(w) or w in TITLE_PARTS for w in span_words):
        post = post_after_demonym(doc, found, position, last, bare_post(doc, position, last))
        return found + ([post] if post is not None else [])  # any other title or rank alone is no actor
    words = tuple(tokens[k].folded for k in range(position, last + 1))
    group = (
        joined_name_of_a_state(doc, position, last)
        or state_then_joined_name(doc, position, last)
        or branch_of_a_group(doc, position, last)
        or body_branch_in_a_town(doc, position, last)
    )
    if group is not None:
        return [*found, group]
    if names_a_state_body_for_two_fields(words, gazetteer):
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "a state's body for two fields", 0.6)]
    if names_a_cause_in_a_land(words):
        # "the rights group Peace in Kurdistan" (`cause_in_a_land` ends the run so): a campaign, not the land
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "a cause in a land", 0.6)]
    whole = gazetteer.lookup(words) or hyphened_place(doc, position, words)
    if whole is None and (towns := hyphened_towns(doc, position, last)) is not None:
        return [*found, *towns]  # "the Dhaka-Mymensingh highway": two towns
    if surveying_body(words):
        # "the Volcanological Survey of Indonesia": a survey named by its science, whole with the land it surveys
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "a survey named by its science", 0.7)]
    if _state_programme_of_awards(doc, position, words):
        # "through the Australia Awards": a state's programme of scholarships, named for the state that gives them
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "a state's programme of awards", 0.6)]
    if last - position >= 2 and dash_before_theatre(doc.text, tokens, position, last - 1, gazetteer):
        # "Joint Operations Command – Iraq", "Multi-National Force – Iraq": a force or a command, a dash, then the
        # state it serves in: one name, the force's kind
        force = name_candidate(doc, position, last - 1, words[:-1])
        if force is not None and force.kind in (ActorKind.armed_force, ActorKind.organization):
            name = doc.text[tokens[position].start : tokens[last].end]
            return [*found, Candidate(position, last, name, force.kind, "a force named with its theatre", 0.65)]
    if installation_with_seat(words) and not has_cue(words):
        # "Naval Support Activity Bahrain": a service's installation, named with the state it sits in
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.place, "an installation named with its seat", 0.6)]
    if trade_members_of(words) and not has_cue(words):
        # "Communications Workers of America": a trade's members of a state name their national body
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "a trade's members of a state", 0.6)]
    if firms_arm_in_a_state(doc, position, last, words) and not has_cue(words):
        # "ArcelorMittal Liberia broke promises": the firm's company in that state, not the firm and the state
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "a known firm's arm in a state", 0.65)]
    if len(words) >= 2 and words[-1] in FORCE_MEMBERS and _names_a_state(gazetteer, words[:-1]):
        # "the Tarnland Rangers", "Varnia Commandos": a state's force named by its members (a town's "Rangers" is
        # a club's side)
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.armed_force, "a state's force by its members", 0.65)]
    if body_named_for_its_state(doc, position, last) or trade_named_for_its_state(doc, position, last):
        # "Kenya Power said": a body named for the state it serves speaks, no state and a person named "Power"
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "a state's body that speaks", 0.6)]
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
            if inner == last and state_ending_double_surname(doc, position, inner):
                continue  # "Gerardo Paiz-Montenegro": the second half of a double family name
            if (
                place is not None
                and place.kind == "state"
                and inner == position + 1 == last
                and tokens[position].text == "New"
                and tokens[position].joined
                and position not in doc.sentence_first  # "New Russia sanctions were announced": the adjective
            ):
                # "landed on New Guinea": a land named after another, no state of its own
                name = doc.text[tokens[position].start : tokens[last].end]
                return [*found, Candidate(position, last, name, ActorKind.place, "'New' before a state's name", 0.55)]
            chain = known_hyphen_chain(doc, inner, position, last)
            if chain is not None:
                # "Guinea-Bissau president": the whole hyphened name is known, so its parts are not states
                if chain[0] > position:
                    found += _read_run(doc, position, chain[0] - 1)
                found += _read_run(doc, chain[0], chain[1])
                if chain[1] < last:
                    found += _read_run(doc, chain[1] + 1, last)
                return found
            if place is not None and place.kind == "state" and state_named_in_romance_body(tokens, position, inner):
                # "Électricité de France", "Petróleos de Venezuela": a body named in its language for its state
                name = doc.text[tokens[position].start : tokens[last].end]
                cue = name_candidate(doc, position, last, words)
                kept = cue is not None and (cue.kind in BODY_KINDS or cue.kind is ActorKind.person)
                kind = cue.kind if cue is not None and kept else ActorKind.organization
                return [*found, Candidate(position, last, name, kind, "a body named for its state in its tongue", 0.6)]
            if place is not None and place.kind == "state" and position < last:
                if contest_after_the_state(doc, inner, last):
                    return found  # "the Qatar Open": a contest held there, no state acting
                if inner == position < last and all(
                    tokens[k].folded in _LEAKED_DOCUMENTS for k in range(position + 1, last + 1)
                ):
                    return found  # "the Panama Papers leaks": documents named for where the firms were, no state acting
                if inner > position:
                    found += _read_run(doc, position, inner - 1)
                # the words as written ("U.S." in "the U.S. Olympic team"), the state's own name as its canonical
                written = doc.text[tokens[inner].start : tokens[inner].end]
                written += "." if "." in written and doc.text.startswith(".", tokens[inner].end) else ""
                found.append(
                    Candidate(
                        inner, inner, written, ActorKind.state, f"gazetteer: {place.name}", 0.9, canonical=place.name
                    )
                )
                if inner < last:
                    found += _read_run(doc, inner + 1, last)
                return found
    pair = _pair_of_known_names(doc, position, last)
    if pair is not None:
        return [*found, *pair]  # "the US-Taliban deal", "Hamas-Fatah talks": two sides joined by a hyphen
    if quoted_title(doc, position, last, words) or line_label(doc, position, last, words):
        return found
    if stage_direction(doc, position, last, words):
        return found  # "[AD BREAK]": a transcript's note
    if members_counted(doc, position, words):
        return found  # "Two Navy SEALs were lost": the men counted, not their unit
    venue = venue_candidate(doc, position, last, words)
    if venue is not None:
        return [*found, venue]  # "the Varnby International Convention Centre": a building, not a body
    if last == position + 1 and saharan_in(doc, position) and not has_cue(words):
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.place, "a Saharan place's 'In-'", 0.6)]
    if product_of_known_firm(doc, position, words):
        return found  # "Microsoft Azure", "a Toyota Prius": the firm's product, no actor
    if len(words) == 2 and words[0] in KNOWN_FIRMS and bought_from(doc, position) and not has_cue(words):
        # "tanks ordered from Hyundai Rotem": a world-known group's arm that sells, no product and no place
        name = doc.text[tokens[position].start : tokens[last].end]
        return [*found, Candidate(position, last, name, ActorKind.organization, "a known firm's arm that sells", 0.6)]
    if has_cue(words) and post_at_the_head(words):
        # "EU Mission Force Commander of EUTM Somalia": a post (its head word is a holder's noun), and the body
        # it serves after "of"
        return found + _body_after_a_post(doc, position, last, words)
    candidate = name_candidate(doc, position, last, words)
    if candidate is None and body_then_its_town(doc, position, last, words):
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
        and (words[0] in VILLAGE_OPENERS or common_village_opener(words))
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
        service_end = force_inside_unit(words)
        if service_end is not None and candidate.kind in BODY_KINDS:
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


# The readings of a run, in their order; the first that answers decides.
def _credit_in_brackets(r: RunReading) -> list[Candidate] | Undecided:
    """'[Capital FM] Nairobi -- The chairperson ...', '[The New Humanitarian] Berhale --': a source credited in
    square brackets at a paragraph's start is named whole there, its first word however common ("Capital",
    "New"); its head word tells a paper or a station from another body."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    start, end = tokens[first].start, tokens[last].end
    if doc.text[start - 1 : start] != "[" or doc.text[end : end + 1] != "]":
        return ASK_ON
    if doc.text[: start - 1].rstrip(" \t")[-1:] not in ("", "\n"):
        return ASK_ON
    begin = first + 1 if tokens[first].text == "The" and first < last else first
    if begin == last:
        return ASK_ON  # one word: read as any other ("[VOA]", "[Vanguard]")
    cue = HEAD_WORD.get(tokens[last].folded) or NAME_WORD.get(tokens[last].folded)
    kind = cue.kind if cue is not None else ActorKind.organization
    name = doc.text[tokens[begin].start : end]
    return [Candidate(begin, last, name, kind, "a source credited in brackets", 0.6)]


# The chair's words a body's name is followed by, before its holder's name after a comma.
_CHAIRS_AFTER_A_BODY = word_set("chairperson chairman chairwoman chair president")


def _chair_after_a_body(r: RunReading) -> list[Candidate] | Undecided:
    """'The Varnish Union Commission Chairperson, Olam Dreffi, said': the body's name ends at its head word;
    the chair's title and the holder named after the comma are no part of it."""
    doc, first, last, tokens = r.doc, r.first, r.last, r.tokens
    if last - first < 2 or tokens[last].folded not in _CHAIRS_AFTER_A_BODY or not tokens[last].text[:1].isupper():
        return ASK_ON
    if tokens[last - 1].folded not in NAME_WORD or NAME_WORD[tokens[last - 1].folded].kind != ActorKind.organization:
        return ASK_ON
    after = last + 1
    if after >= len(tokens) or doc.text[tokens[last].end : tokens[after].start].strip() != ",":
        return ASK_ON
    if not tokens[after].text[:1].isupper():
        return ASK_ON
    return _read_run(doc, first, last - 1)


_READINGS: tuple[Callable[[RunReading], list[Candidate] | Undecided], ...] = (
    # a run that reads whole before its words are split (once a question's verb is off it)
    _question_verb_first,
    _ranking_title,
    _credit_in_brackets,
    _chair_after_a_body,
    _numbered_branches,
    _korean_place_by_its_unit,
    _products_posts_and_parties,
    _peoples_regions_and_colonies,
    _outlets_clubs_firms_and_seats,
    _classes_missions_and_forces,
    _codes_and_initials_end_a_name,
    _courts_and_long_names,
    # what the first or the last words make of a run
    _labels_kinds_and_honours,
    _trades_nouns_and_ranks,
    _documents_bills_and_laws,
    _offices_members_regions_and_faiths,
    _words_before_the_name,
    _titled_and_irish_names,
    _offices_and_staffs,
    _title_and_its_remit,
)


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
        if unit is not None and body is not None and unit.kind in BODY_KINDS and body.kind in BODY_KINDS:
            return [unit, body]
        return None
    return None


_GENERIC_BODY_ACRONYMS = word_set("ngo ngos ingo cso csos idp idps pmc sme")


# A contact line that opens with a body's acronym and its office: "DFAT Media: (02) 6261 1555"; or with a
# post's office: "Foreign Minister's Office: (02) 6277 7500" (`possessive_bounds.office_of_a_post` reads it).
_CONTACT_LINE = re.compile(
    r"^(?:[ \t]*[•*–-][ \t]+)?(?:[A-Z]{2,6}(?: [A-Z][a-z]+){1,2}|(?:[A-Z][a-z-]+ ){0,2}[A-Z][a-z-]+['’]s Office)"
    r"(?=:[ \t]*\(?\+?\d[\d ()-]{5,})",
    re.MULTILINE,
)


# A field of a recipe card or a shop's listing whose value is a style, not a people: "Cuisine: British".
_THING_LABEL_BEFORE = re.compile(r"\b(?:Cuisine|Course|Style|Category|Genre|Dish|Type): $")


def _state_named(gazetteer: Gazetteer, word: str) -> bool:
    place = gazetteer.lookup((word,))
    return place is not None and place.kind == "state"


def _longer_name_or_list(doc: ActorDocument, first: int, last: int) -> bool:
    """Two words or more after the run's first, or one and then "and" opening a list."""
    tokens = doc.tokens
    return first + 1 < last or (first + 1 == last and last + 1 < len(tokens) and tokens[last + 1].folded == "and")


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


def _code_named_for_a_place(doc: ActorDocument, first: int, last: int) -> bool:
    """'the Yaoundé Code of Conduct', 'the Djibouti Code': a code named after the place it was signed in, which
    the gazetteer knows."""
    first += doc.tokens[first].folded == "the"
    return first < last and doc.gazetteer.lookup(tuple(doc.tokens[k].folded for k in range(first, last))) is not None


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
    if hyphened_places(doc, first, last):
        # "U.S.-Tremmia Accord", "Belgrade-Kessel Dialogue": named after each of the places it joins
        return [c for k in range(first, last + 1) for c in _read_run(doc, k, k)]
    if first == last < named_by and plain_word_naming_a_document(doc, first):
        return []  # "the Reciprocal Access Agreement": named for what it does, not after anyone
    ing = of_document and first < last and doc.tokens[first].folded.endswith("ing")
    if ing and plain_word_naming_a_document(doc, first):
        return []  # "the Visiting Forces Agreement": forces that visit, no body of that name
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


_NUMBER_AFTER = re.compile(r" (?:No\. ?)?\d")


_IN_A_PLACE = word_set("in near")


def _after_a_possessive(text: str, start: int) -> bool:
    """The word at `start` follows an owner's possessive and a space ("England's Swimming", "the clubs' Rowing")."""
    return text[max(0, start - 3) : start] in ("'s ", "’s ", "s' ", "s’ ")


# How a side known by its one word alone is found: a state the gazetteer knows, a group or a body known by name.
_KNOWN_ALONE = ("gazetteer: ", KNOWN_GROUP_FOUND_BY, "a body known by one word")
_SIDES = (ActorKind.state, ActorKind.armed_force, ActorKind.organization)


def _pair_of_known_names(doc: ActorDocument, position: int, last: int) -> list[Candidate] | None:
    """'the US-Taliban deal', 'the Hamas-Fatah talks', 'the EU-Turkey deal': two words joined by a hyphen, each
    a side known by that word alone (a state, a group or a body known by name), before a lower-case noun: the two
    sides of a deal, a war or talks, no one name."""
    tokens = doc.tokens
    if last != position + 1 or doc.text[tokens[position].end : tokens[last].start] not in ("-", "–"):
        return None
    if last + 1 >= len(tokens) or not tokens[last + 1].text[:1].islower():
        return None
    sides = []
    for k in (position, last):
        read = _read_run(doc, k, k)
        if len(read) != 1 or read[0].kind not in _SIDES or not read[0].found_by.startswith(_KNOWN_ALONE):
            return None  # (places are no sides: "the Asia-Pacific", "the Kyiv-Moscow road" name one region, one road)
        sides.append(read[0])
    return sides
