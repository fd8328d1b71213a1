"""A second reading of each draft with every place the text names it: evidence one mention lacks.

The name rules read one run of capitalised words at a time. Some of what a reader knows about a
name lies beside another of its mentions, or in a shape of the whole document:
- equipment is no actor: a name after a model designation ("MQ-9 Reaper", "C-130J Hercules"), a
  ship's prefix ("HMAS Canberra") or a kind of vessel ("the carrier Charles de Gaulle"), or a
  name with no cue before a word for weapons ("Typhoon aircraft");
- a part of a compound acronym ("OIR" of "CJTF-OIR") or a Roman numeral ("XIX" of "XIX Corps")
  is no name of its own; nor is an exercise ("Exercise Tremmin Shield") or the acronym of a
  document ("... Partnership Agreement (VT-CEPA)");
- the words a title leaves after it are no person when they are common words with no family
  name among them ("Special Representative for the Middle East Peace Process");
- a name with no kind becomes a person when the text gives a life ("Ilse Varn (born 1961)"),
  sets it after a title ("the foreign minister, Adel Varni, said") or spells it as Arabic
  personal names are spelt ("Saleh Omar al-Varni"); an acronym with no kind is a body, and a
  name that opens with an outlet's name is an outlet ("BBC Hausa").
Each rule is a row of a table below, so a new cue is a line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from dossier.ingest.address_lines import before_town_and_postcode
from dossier.ingest.appointments import appointed_persons
from dossier.ingest.area_stems import places_named_by_their_area
from dossier.ingest.bird_names import bird_page, names_a_bird
from dossier.ingest.box_flags import post_under_a_commander
from dossier.ingest.bracketed_names import bracketed_aliases, known_as_aliases
from dossier.ingest.club_sides import is_club_side
from dossier.ingest.common_words import zipf
from dossier.ingest.coordinated_kinds import NO_CUE, kinds_from_neighbours
from dossier.ingest.cues import (
    ARABIC_BODY_OPENERS,
    COMPANY_HEADS,
    DOCUMENT_HEADS,
    EVENT_HEADS,
    FIRST_WORD,
    FUNCTION_WORDS,
    HEAD_WORD,
    KNOWN_BODIES,
    KNOWN_MEDIA,
    NAME_PARTICLES,
    NAME_WORD,
    PERSON_OPENERS,
    STATE_FORMS,
    STREET_HEADS,
    TITLES,
    TRADES_AFTER_FOR,
)
from dossier.ingest.cut_off_ends import cut_off_end, stump_of_a_cut
from dossier.ingest.doctrines_named import names_a_doctrine
from dossier.ingest.firm_short_forms import join_firm_short_forms
from dossier.ingest.firms_own_products import a_firms_own_product
from dossier.ingest.gatherings_named import names_a_gathering
from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.grape_varieties import names_a_variety, names_a_wine, wine_page
from dossier.ingest.group_singulars import group_singulars
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.honours import is_honour
from dossier.ingest.landform_endings import places_by_their_landform_ending
from dossier.ingest.legal_latin import names_a_legal_latin_phrase
from dossier.ingest.listed_names import BODY_LABELS, label_of_value
from dossier.ingest.made_things import made_things
from dossier.ingest.maker_models import code_name_of_a_product
from dossier.ingest.market_indices import market_index_names, names_a_market_index
from dossier.ingest.merchant_ships import (
    boarded_ship,
    merchant_ship_before,
    only_a_size_class,
    size_class_opens,
    vessel_in_capitals,
)
from dossier.ingest.name_words import has_cue, is_title
from dossier.ingest.names import claim_id, fold, fold_phrase, is_given_name, is_surname, slug, word_set
from dossier.ingest.outlet_credits import outlet_by_its_credit
from dossier.ingest.peoples import PEOPLE_FOUND_BY, is_people
from dossier.ingest.place_adjectives import place_adjectives
from dossier.ingest.posts_before_holders import holder_named_after_the_post
from dossier.ingest.posts_in_speaker_labels import holder_of_a_labelled_post
from dossier.ingest.posts_not_bodies import names_a_post_or_a_bodys_people
from dossier.ingest.pronoun_persons import persons_taken_up_by_a_pronoun
from dossier.ingest.ranking_scope import only_a_ranking_scope
from dossier.ingest.regional_operators import regional_operators
from dossier.ingest.road_codes import road_code_in_brackets
from dossier.ingest.saint_names import saints_in_names
from dossier.ingest.share_moves import firm_by_its_share_move
from dossier.ingest.short_party_names import short_party_names
from dossier.ingest.town_cues import SAINTS_OF_TOWNS
from dossier.ingest.works import UNEXPLAINED_ON_THINGS_PAGE
from dossier.model import ActorKind

# A model designation right before a name: "F-15E", "B-52", "MQ-9", "C-130J", "M777", "Su-24",
# "MiG-29", "BTR-4", "2S1". (Up to three letters, so "COVID-19" is no designation; "G7", "G-20" name
# groups of states, and their summits are no equipment.)
# "M2A3", "M1A2": a model's letter and number after the first ("Bradley M2A3", "Abrams M1A2"); "F/A-18E": two
# roles' letters.
_DESIGNATION = re.compile(
    r"(?!G-?\d)(?:[A-Z][A-Za-z]{0,2}(?:/[A-Z]{1,2})?-?\d{1,4}(?:[A-Z]{1,2}|[A-Z]\d{1,2})?|\d[A-Z]\d{1,2})"
)
# Prefixes of ships' names: "HMS", "HMAS" (Australia), "USS", "KRI" (Indonesia), "INS" (India)...
# "HS" (Greece), "FGS" (Germany), "HMC" (a customs cutter), "NNS" (Nigeria), "ESPS" (Spain), "HDMS"
# (Denmark), "HNoMS" (Norway), "KD" (Malaysia), "RSS" (Singapore); not "ITS" (Italy), which is "its".
SHIP_PREFIXES = word_set(
    "hms hmas hmcs hmnzs uss usns uscgc kri ins fs rfs tcg roks js ara bns hnlms hs fgs hmc nns esps hdms hnoms kd rss"
    # the Philippine Navy's ships ("BRP Tremmin Bay"); a merchant ship's "motor vessel" ("MV Varn Star")
    " brp mv"
    # Timor-Leste ("NRTL Varn"), Oman ("RNOV ..."), Pakistan ("PNS ..."), Peru ("BAP ...")
    " nrtl rnov pns bap"
    # Kuwait ("KNS"), Ghana ("GNS"), Fiji ("RFNS"), Papua New Guinea ("HMPNGS"), Tonga ("VOEA"), Vanuatu's police
    # ("RVS") and the Solomon Islands' police ("RSIPV") patrol boats, Tuvalu's ("HMTSS")
    " kns gns rfns hmpngs voea rvs rsipv hmtss"
    # coast guards' ships: Canada's ("CCGS Tarn Bay"), Iceland's ("ICGV Tyr")
    " ccgs icgv"
    # Poland ("ORP Varn"), Portugal ("NRP ..."), Sweden ("HSwMS ..."), Thailand ("HTMS ..."), Norway ("KNM ...")
    " orp nrp hswms htms knm"
    # Bahrain ("RBNS", Royal Bahrain Naval Ship), Sri Lanka ("SLNS"), Qatar ("QENS", Qatari Emiri Naval Ship)
    " rbns slns qens"
    # the US Army's vessels ("USAV Tarn Bend"), Britain's Royal Fleet Auxiliary ("RFA Varn Bay"), the Confederate
    # States' ships ("CSS Varnak"), the Federated States of Micronesia's patrol boats ("FSS Quell"), Royal Mail Ships
    " usav rfa css fss rms"
)
# A ship's pennant or hull number in brackets after its name: "(F201)", "(DDG 117)", "(CVN 72)".
_PENNANT_AFTER = re.compile(r"\s*\((?!G-?\d)[A-Z]{1,4}[ -]?\d{1,4}\)")
# A kind of vessel or aircraft right before a name: "the carrier Charles de Gaulle".
VESSEL_NOUNS = word_set(
    "carrier frigate destroyer submarine warship ship vessel corvette cruiser tanker "
    # "the coast guard cutter Resolve Harbor": smaller craft named the same way.
    "cutter icebreaker minesweeper minehunter"
)
# Words of a page about warships or aircraft, where "the carrier X" is a ship ("the carrier Vikrant
# sailed with its jets"), not a firm that carries parcels or passengers.
_NAVAL_WORDS = re.compile(
    r"\b(?:navy|navies|naval|fleet|warships?|sailors?|jets|fighters|aircraft|deck|admiral|flagship|strike group"
    r"|sorties?|squadrons?|military)\b",
    re.IGNORECASE,
)
# Words for weapons right after a name with no cue of its own: "Typhoon aircraft", "Javelin missiles".
# (Not after a group's or a state's name: "Varnak drones" are a group's drones, and that name has
# its own cue.)
EQUIPMENT_NOUNS = word_set(
    """
    aircraft jet jets helicopter helicopters bomber bombers drone drones tank tanks missile missiles
    rocket rockets howitzer howitzers gunship gunships warplane warplanes launcher launchers
    frigates destroyers submarines warships armoured armored rifle rifles
    vehicle vehicles truck trucks tractor tractors
    boat boats
    system systems battery batteries station stations module modules turret turrets
    gun guns cannon cannons torpedo torpedoes interceptor interceptors
    bomb bombs
    """
)
# Lower-case words that say which kind of weapon comes next: "ballistic missiles", "anti-tank rockets".
_WEAPON_MODIFIERS = word_set(
    # ("precision": "Tarvel IV precision-guided bombs", its hyphen read as a space)
    "ballistic cruise anti-ship anti-tank anti-aircraft surface-to-air air-to-air air-to-surface guided precision "
    "unmanned combat attack assault sniper heavy light"
    # "a Varnak utility helicopter", "a Tarvel transport aircraft", "a Quell patrol vehicle"
    " utility transport reconnaissance patrol tactical medium"
    # "Borsuk infantry fighting vehicles", "Tarvel main battle tanks"
    " infantry fighting main battle"
    # "the Varn Ceptor air defence system", "a Tessel weapon station", "the Quell close-in weapon system"
    " air defence defense weapon"
    # "an M2 Browning machine gun", "Bushmaster II chain guns"
    " machine chain"
)
# A gun's calibre between its name and its noun: "M2 .50-caliber machine guns", "a 12.7mm gun".
_CALIBRE = re.compile(r"\.?\d+(?:\.\d+)?[- ]?(?:mm|caliber|calibre)")
# A life in brackets after a name: "(1889–1957)"; "(born 1961)" and "(died 2017)" below.
_LIFE_SPAN = re.compile(r"\s*\((?:c\. ?)?(\d{4})\s*[–-]\s*(\d{4})\)")
# Arabic personal names as English texts spell them: "Saleh Omar al-Varni", "Ayman al-Varawi".
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|az|ar|an)[-‐]", re.IGNORECASE)
_ROMAN = re.compile(r"(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,6})?")
_WORD = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")


# Actors that a text may give a second name with "better known as" or "nicknamed": people, bodies, armed groups,
# places ("Chicago, known as the Windy City") and names of no kind yet ("Tarnby Town, nicknamed the Gulls").
_GO_BY_OTHER_NAMES = (
    ActorKind.person,
    ActorKind.organization,
    ActorKind.armed_force,
    ActorKind.place,
    ActorKind.other,
)


# What a gathering is called by, held in a town ("the Varnex Summit in Geneva", "the Quell Expo in Dubai"): an event.
_GATHERINGS = EVENT_HEADS | frozenset(("summit", "conference", "expo", "convention"))


def review_drafts(text: str, drafts: list[ActorDraft], taken_ids: set[str]) -> list[ActorDraft]:
    """The drafts that name actors, each with the kind the whole text gives it. `taken_ids` gains
    the id of a draft renamed here."""
    kept = []
    glosses = _foreign_glosses(text)
    defined = _defined_acronyms(text)
    repeated = bracketed_aliases(text, drafts, _language_like)
    repeated |= known_as_aliases(text, drafts, lambda draft: draft.kind in _GO_BY_OTHER_NAMES)
    repeated |= short_party_names(drafts)
    repeated |= group_singulars(drafts)  # "Houthi forces" after "the Houthis"
    repeated |= place_adjectives(drafts)
    speaks_of_wine = wine_page(text)
    speaks_of_birds = bird_page(text)
    indices = market_index_names(text, drafts)  # "the Varnex closed 150 points up": an index, no actor
    cut_end = cut_off_end(text)  # "... our embassy in Teh": a stored excerpt cut in the middle of a word
    for index, draft in enumerate(drafts):
        holder = holder_named_after_the_post(text, drafts, draft) or holder_of_a_labelled_post(text, drafts, draft)
        if holder is not None:
            holder.take_in(draft)  # "The Foreign Secretary, James Cleverly, said": one person, the post his title
            continue
        if (
            index in repeated
            or (speaks_of_wine and names_a_variety((draft.name, *draft.aliases)))
            or (speaks_of_wine and draft.kind is ActorKind.other and names_a_wine(draft.name))
            or (speaks_of_birds and draft.kind is ActorKind.other and names_a_bird(text, draft.name, draft.spans))
            or _is_equipment(text, draft)
            or _in_a_peers_title(text, draft)
            or _in_a_documents_title(text, draft)
            or _before_plural_streets(text, draft)
            or _letters_of_a_small_thing(text, draft)
            or names_a_post_or_a_bodys_people(text, drafts, draft)
            or _is_name_part(text, draft)
            or _clause_of_a_document(draft)
            or _title_leftover(draft)
            or (draft.found_by.startswith("a post named with its remit") and post_under_a_commander(text, draft.spans))
            or a_firms_own_product(text, drafts, draft)  # "Quellsoft's Varnure cloud services"
            or _opening_words_in_capitals(draft)
            or _ends_in_an_honorific(draft)
            or _is_exercise(text, draft)
            or _short_form_of_operation(text, draft)
            or _names_a_document(text, defined, draft)
            or _words_of_a_law(text, draft)
            or _in_a_foreign_gloss(glosses, draft)
            or _language_label(text, draft)
            or _breed_or_beast(text, draft)
            or _part_of_a_title(text, draft)
            or _ideology_before_group_noun(draft)
            or _sibling_model_on_a_review(text, draft)
            or code_name_of_a_product(text, draft)  # "the Tiger Lake processors": a chip line's code name
            or _district_of_a_body(drafts, draft)
            or _pair_of_drafted_places(drafts, draft)
            or _kind_of_tree(text, draft)
            or _adverb_opening_sentences(text, draft)
            or _allies_beside_partners(text, draft)
            or only_a_size_class(draft.name)
            or _rank_and_surname_joined(drafts, draft)
            or only_a_ranking_scope(text, draft)
            or _code_between_head_and_number(text, draft)
            or is_honour(text, draft)
            or is_club_side(draft)
            or _family_of_a_drafted_person(text, drafts, draft)
            or _letters_of_three_scripts(draft.name)
            or names_a_legal_latin_phrase(draft.name)  # "a Prima Facie case": a term of law
            or _field_of_study(text, draft)
            or names_a_market_index(draft, indices)
            or _a_states_government_by_its_common_noun(draft)
            or _peoples_joined_before_a_noun(text, draft)
            or _currency_after_its_amount(text, draft)
            or stump_of_a_cut(text, draft, cut_end)
            or names_a_doctrine(draft)  # "Pan-Varnism" in a box of a group's ideologies
            or names_a_gathering(draft)  # "the Varn Sea Crisis": an event, no actor
        ):
            continue
        _cut_size_class(text, draft, taken_ids)
        _take_police_rank(text, draft, taken_ids)
        _take_malay_honorific(text, draft, taken_ids)
        _take_honourable_style(text, draft, taken_ids)
        _given_name_taken_for_a_title(text, draft, taken_ids)
        _named_with_its_people(draft, taken_ids)
        _command_after_commander(text, draft, taken_ids)
        _drop_portfolio_words(text, draft, taken_ids)
        _outlet_staff_in_a_byline(text, draft, taken_ids)
        _body_after_a_hyphened_title(text, draft, taken_ids)
        _post_letters_before_a_glued_initial(text, draft, taken_ids)
        _department_by_its_remit(text, draft)
        kind = (
            firm_by_its_share_move(text, draft)  # "Vitafoam shrank by 9.96 per cent to N79.10": a listed firm
            or _kind_from_evidence(text, draft)
            or _people_of_a_place(text, draft)
            or _firm_by_legal_form(text, draft)
            or _body_by_its_letters_in_a_land(text, draft)
            or _numbered_unit_of_a_force(draft)
            or outlet_by_its_credit(text, draft)  # "© 2024 Quellpost. All rights reserved."
        )
        if kind is not None:
            draft.kind, draft.found_by = kind
            _take_police_rank(text, draft, taken_ids)  # "the Commissioner, CP Bello Garba,": a person only now
        kept.append(draft)
    kept = [draft for draft in kept if not _remit_before_its_holder(text, kept, draft)]
    kept = join_firm_short_forms(kept)  # "Samsung" beside "Samsung Electronics Co Ltd"
    kinds_from_neighbours(text, kept)
    persons_taken_up_by_a_pronoun(text, kept)
    regional_operators(text, kept)
    made_things(text, kept)
    appointed_persons(text, kept)
    saints_in_names(text, kept)
    places_named_by_their_area(kept)
    places_by_their_landform_ending(kept)
    return [numbered for draft in kept for numbered in _numbered_units(text, draft, taken_ids)]


# Scripts, by the first word of a letter's Unicode name: "LATIN", "CYRILLIC", "CJK", "HANGUL", "ARABIC"...
_SCRIPTS_IN_ONE_NAME = 2


def _letters_of_three_scripts(name: str) -> bool:
    """'IndiaItalia日本MéxicoРОССИЯUnited Kingdom': a site's menu of editions, glued into one run. A name is written
    in one script, a transliteration in a second at most ("KAMAZ-Мастер"); three are a list of names in their own."""
    scripts = {unicodedata.name(letter, "?").split()[0] for letter in name if letter.isalpha()}
    return len(scripts) > _SCRIPTS_IN_ONE_NAME


def _family_of_a_drafted_person(text: str, drafts: list[ActorDraft], draft: ActorDraft) -> bool:
    """'the Varnis' beside "Rahul Varni", 'the Tarifs' beside "Nawaz Tarif": the family of a person the text names,
    by the family name in the plural after "the" (a family is no actor of its own)."""
    name = draft.name
    if draft.kind is not ActorKind.other or " " in name or not name.endswith("s") or len(name) < 4:
        return False
    family = {person.name.split()[-1] for person in drafts if person.kind is ActorKind.person and " " in person.name}
    if name[:-1] not in family and not (name.endswith("es") and name[:-2] in family):
        return False
    return all(text[max(0, start - 4) : start] in ("the ", "The ") for start, _ in draft.spans)


# A plant's noun after a kind of tree or plant: "the prohibited Mukwa tree", "Quellwood timber".
_TREE_NOUN_AFTER = re.compile(r"[ \t]+(?:trees?|timber|logs|seedlings|shrubs?)\b")


def _kind_of_tree(text: str, draft: ActorDraft) -> bool:
    """'export permits for the prohibited Mukwa tree': a kind of tree named before its noun, no actor."""
    return (
        draft.kind is ActorKind.other
        and " " not in draft.name
        and all(_TREE_NOUN_AFTER.match(text, end) for _, end in draft.spans)
    )


_PAIR_KINDS = (ActorKind.place, ActorKind.other, ActorKind.person)


# The last word of a byline that names an outlet's staff, no writer: "By Quellish Standard Staff", "Herald
# Reporters", "Tarnby Post Correspondent".
_STAFF_BYLINE_WORDS = word_set("staff reporter reporters correspondent correspondents team writers")


def _outlet_staff_in_a_byline(text: str, draft: ActorDraft, taken_ids: set[str]) -> None:
    """'By Quellish Standard Staff': a byline closing with the staff's word names the outlet, no person: the
    words before it are the outlet (media)."""
    words = draft.name.split()
    if len(words) < 2 or words[-1].casefold() not in _STAFF_BYLINE_WORDS or draft.kind is not ActorKind.person:
        return
    if not all(_BY_BEFORE.search(text, max(0, start - 6), start) for start, _ in draft.spans):
        return
    cut = len(draft.name) - len(words[-1]) - 1
    draft.name = draft.name[:cut]
    draft.spans = [(start, start + cut) for start, _ in draft.spans]
    draft.aliases = []
    draft.id = claim_id(slug(draft.name, 60), taken_ids)
    draft.kind, draft.found_by = ActorKind.media, "a byline naming an outlet's staff ('By X Staff')"


# The end of a hyphened title and its "of": "(Commander-in-)Chief of the", "(Editor-at-)Large of".
_HYPHENED_TITLE_END = re.compile(r"[A-Z][a-z]+ of (?:the )?")
_HYPHENED_TITLE_JOIN = re.compile(r"-(?:in|at|of)-$")
# A title held with others, capitalised before its body: "Co-Founder of", "Co-Chair of the".
_SHARED_TITLE = re.compile(r"Co-?(?P<title>[A-Z][a-z]+) of (?:the )?")


def _body_after_a_hyphened_title(text: str, draft: ActorDraft, taken_ids: set[str]) -> None:
    """'Commander-in-Chief of the Quellish Navy': the title's last word and its "of" opened the draft; the body is
    what follows them. So with a shared title ("Co-Founder of Brantock", "Co-Chair of the Varnel Trust"): "Co" is no
    name's word there."""
    shared = _SHARED_TITLE.match(draft.name)
    shared_post = shared is not None and (
        shared["title"].casefold() in _FOUNDERS or is_title(shared["title"].casefold())
    )
    head = shared if shared_post else None
    head = head or _HYPHENED_TITLE_END.match(draft.name)
    if head is None or head.end() >= len(draft.name) or draft.kind is ActorKind.person:
        return
    joined = all(_HYPHENED_TITLE_JOIN.search(text, max(0, start - 4), start) for start, _ in draft.spans)
    if head is not shared and not joined:
        return
    cut = head.end()
    draft.name = draft.name[cut:]
    draft.spans = [(start + cut, end) for start, end in draft.spans]
    draft.aliases = []
    draft.id = claim_id(slug(draft.name, 60), taken_ids)


def _post_letters_before_a_glued_initial(text: str, draft: ActorDraft, taken_ids: set[str]) -> None:
    """'FM L.Tarbold will visit': a post's letters (foreign minister), then a name with its father's initial glued
    by a dot, as Mongolian names are written: the person is the name, the letters stay as an alias."""
    words = draft.name.split()
    if len(words) != 2 or not (2 <= len(words[0]) <= 3 and words[0].isupper()):
        return
    if draft.kind not in (ActorKind.other, ActorKind.person) or _INITIAL_GLUED.fullmatch(words[1]) is None:
        return
    cut = len(words[0]) + 1
    draft.aliases = [draft.name, *(alias for alias in draft.aliases if alias != words[1])]
    draft.name = words[1]
    draft.spans = [
        (start + cut, end) if text.startswith(words[0], start) else (start, end) for start, end in draft.spans
    ]
    draft.id = claim_id(slug(draft.name, 60), taken_ids)
    draft.kind, draft.found_by = ActorKind.person, "a post's letters, then an initial glued to a name ('FM L.Bold')"


# A degree and "in" before the field studied: "a Master's degree in Business Administration", "a PhD in
# Computer Science", "majored in Political Science"; and the degree's own word before "degree".
_DEGREE_IN_BEFORE = re.compile(
    r"\b(?:degrees?|diplomas?|doctorate|PhD|Ph\.D\.|MBA|BSc|MSc|BA|MA|masters|majored|majoring|major) in $"
)
_DEGREE_AFTER = re.compile(r"(?:['’]s)? degrees?\b")
_DEGREE_WORDS = word_set("master masters bachelor bachelors")  # (folded: "Master's" is "master")


def _field_of_study(text: str, draft: ActorDraft) -> bool:
    """'Business Administration' of 'a Master's degree in Business Administration', and 'Master's' itself
    before 'degree': a field of study or a degree, no actor."""
    if draft.kind in (ActorKind.place, ActorKind.state):
        return False
    if fold(draft.name) in _DEGREE_WORDS:
        return all(_DEGREE_AFTER.match(text, end) for _, end in draft.spans)
    return all(_DEGREE_IN_BEFORE.search(text, max(0, start - 16), start) for start, _ in draft.spans)


_BY_BEFORE = re.compile(r"\b(?:By|BY|by)[ \t]+$")


def _pair_of_drafted_places(drafts: list[ActorDraft], draft: ActorDraft) -> bool:
    """'the Quellmeritis-Varnychou rural communities' beside each town drafted alone: the pair names what joins
    them (a road, a link, both together), no third place."""
    if draft.kind not in _PAIR_KINDS or " " in draft.name or draft.name.count("-") != 1:
        return False
    halves = draft.name.split("-")
    if not all(len(half) >= 3 and half[:1].isupper() for half in halves):
        return False
    places = {other.name for other in drafts if other is not draft and other.kind in (ActorKind.place, ActorKind.state)}
    return all(half in places for half in halves)


# A review's score or verdict: the page judges things ("Rating: 4 out of 5", "Verdict:", "8/10").
_REVIEW_SCORE = re.compile(r"\b(?:[Vv]erdict\b|[Rr]ating:|\d(?:\.\d)? out of (?:5|10)\b|\d(?:\.\d)?/(?:5|10)\b)")
_RARE_BRAND = 3.0  # a maker's made-up word ("Quillory"), not a common one ("Royal", "North")


def _sibling_model_on_a_review(text: str, draft: ActorDraft) -> bool:
    """ "the Quillory Vesta Lumen lasted 16 days" beside "Quillory Orla S: £119" on a review: a maker's
    rare word then model words, and the page names another model of that maker. No actor."""
    words = draft.name.split()
    if draft.kind is not ActorKind.other or len(words) not in (2, 3) or zipf(words[0].casefold()) >= _RARE_BRAND:
        return False
    siblings = {match.group(1) for match in re.finditer(rf"\b{re.escape(words[0])} ([A-Z][\w-]*)", text)} - {words[1]}
    return bool(siblings) and _REVIEW_SCORE.search(text) is not None


# The checks here read a few words on either side of a name; this many characters hold them. A page
# written as one long line has thousands of names, and splitting the whole line for each took minutes.
_NEAR = 300


def _before(text: str, start: int) -> list[str]:
    """The words before `start` on its line (those within `_NEAR` characters), nearest last."""
    reach = max(0, start - _NEAR)
    line_start = text.rfind("\n", reach, start) + 1
    if line_start == 0 and reach > 0:
        return text[reach:start].split()[1:]  # the first word may be cut
    return text[line_start:start].split()


def _after(text: str, end: int) -> list[str]:
    """The words after `end` on its line (those within `_NEAR` characters), nearest first."""
    reach = min(len(text), end + _NEAR)
    line_end = text.find("\n", end, reach)
    if line_end >= 0:
        return text[end:line_end].split()
    words = text[end:reach].split()
    return words[:-1] if reach < len(text) else words  # the last word may be cut


def _is_equipment(text: str, draft: ActorDraft) -> bool:
    words = draft.name.casefold().split()
    if words[0] in SHIP_PREFIXES and len(words) > 1 and not _shore_base(text, draft):
        # "HMAS Canberra", "KRI Bima Suci"; not "USS Varnak Carrier Strike Group", a unit named after its ship
        return draft.kind is not ActorKind.armed_force and words[-1] not in NUMBERED_HEADS
    # (a place the rules guessed from its word, "Port Hadley" after "USS Port Hadley", is the ship too)
    # (not one word: "the Port of Hera" after "NRTL Hera" is the town the ship is named after)
    guessed_place = draft.kind is ActorKind.place and " " in draft.name and not draft.found_by.startswith("gazetteer")
    if (draft.kind in (ActorKind.person, ActorKind.other) or guessed_place) and _named_with_a_ship_prefix(
        text, draft.name
    ):
        # "the Sierra Madre" after "the BRP Sierra Madre": the ship by its name alone (a town the ship
        # is named after stays: "HMAS Canberra sailed from Canberra")
        return True
    if all(_equipment_at(text, start, end, draft.kind) for start, end in draft.spans):
        return True
    # "an M1126 Stryker ... The Stryker was hit": a name the page writes after a model's designation is the
    # platform wherever it stands alone; so is a name of no kind, or a given name alone, written once as a
    # kind of vehicle ("a Casspir mine-protected vehicle ... the Casspir caught fire").
    if draft.kind in _PLATFORM_LOOKALIKES and any(_after_designation(text, start) for start, _ in draft.spans):
        return not _named_as_a_place(text, draft)
    alone = draft.kind is ActorKind.other or (draft.kind is ActorKind.person and " " not in draft.name)
    return alone and any(_equipment_at(text, s, e, draft.kind) for s, e in draft.spans)


# Kinds a platform's name is mistaken for: a given or a family name ("Bradley"), a listed firm's name
# ("Stryker"), a town's ("Hercules"); not a state, a force or an outlet.
_PLATFORM_LOOKALIKES = (ActorKind.person, ActorKind.organization, ActorKind.place, ActorKind.other)


_LONGEST_PLAIN_NUMBERING = 4  # "M1126", "M2A3", "M777"; not "Q2", "A12"


def _after_designation(text: str, start: int) -> bool:
    """After a model's designation with a hyphen or of four characters or more ("C-130J", "M1126", "M2A3"); a
    letter and a number ("Q2 Ilse Varn:", a hearing's question) may number something else."""
    before = _before(text, start)
    previous = before[-1] if before else ""
    return (
        bool(_DESIGNATION.fullmatch(previous))
        and any(c.isdigit() for c in previous)
        and ("-" in previous or len(previous) >= _LONGEST_PLAIN_NUMBERING)
    )


def _named_as_a_place(text: str, draft: ActorDraft) -> bool:
    """A mention after a place's preposition ("flew to Hercules"): the town, though a platform shares its name."""
    return any((before := _before(text, start)) and before[-1] in _PLACE_PREPOSITIONS for start, _ in draft.spans)


def _named_with_a_ship_prefix(text: str, name: str) -> bool:
    """The text writes this name elsewhere after a ship's prefix in capitals ("BRP Sierra Madre")."""
    return name in _ships_named(text)


# A prefix in capitals, then up to four capitalised words: "BRP Sierra Madre", "HMAS Varnley".
_PREFIXED_SHIP = re.compile(r"\b([A-Z]{2,5}) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")


@lru_cache(maxsize=8)
def _ships_named(text: str) -> frozenset[str]:
    """The names the text writes after a ship's prefix, each with its words from the first on."""
    names: set[str] = set()
    for found in _PREFIXED_SHIP.finditer(text):
        if found.group(1).casefold() in SHIP_PREFIXES:
            words = found.group(2).split(" ")
            names.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(names)


# A navy names its shore establishments as it names its ships ("HMAS Wattlebrook"). A ship is
# boarded; a base is where one is, or stands in a town ("returned to HMAS X in Darwin").
_AT_A_BASE = word_set("at")
_TO_OR_FROM = word_set("to from")
_TOWN_OF_A_BASE = word_set("in near")
_ABOARD = word_set("aboard onboard on")


def _shore_base(text: str, draft: ActorDraft) -> bool:
    """'based at HMAS Wattlebrook', 'sailed from HMAS Moorabool in Cairns': a base named with a ship's
    prefix is a place. Not when a mention says it is a ship ("aboard HMAS X", "the frigate HMAS X")."""
    words = draft.name.casefold().split()
    if len(words) < 2 or words[0] not in SHIP_PREFIXES or words[-1] in NUMBERED_HEADS:
        return False
    based = False
    for start, end in draft.spans:
        before, after = _before(text, start), _after(text, end)
        previous = before[-1].casefold() if before else ""
        if previous in _ABOARD or previous in VESSEL_NOUNS or previous.endswith("'s"):
            return False
        town = len(after) >= 2 and after[0] in _TOWN_OF_A_BASE and after[1][:1].isupper() and after[1] != "The"
        based = based or previous in _AT_A_BASE or (previous in _TO_OR_FROM and town)
    return based


def _known_place(text: str, start: int, end: int) -> bool:
    return gazetteer().lookup(tuple(text[start:end].casefold().split())) is not None


_CLASS_OF_SHIPS = re.compile(r"[-‐ ]class\b")  # "the Arleigh Burke-class", "Preceded by: Niterói class"
# A weapon system's code: one or two letters, a hyphen and its letters ("M-LIDS", "C-RAM", "L-MADIS", "MT-LB").
_LETTER_CODE = re.compile(r"[A-Z]{1,2}-[A-Z]{2,6}")
# A model's code hyphened to a name: "-A1", "-136", "-2M" ("Garpiya-A1", "Varn-136").
_MODEL_CODE_AFTER = re.compile(r"[-‐][A-Z]{0,3}\d{1,4}[A-Z]{0,2}(?=\s)")
_SERIES_AFTER = re.compile(r"[-‐](?:series|type|pattern|variant|family)\b")
# A small arm's code before its pattern or a rifle: "AK-pattern rifles", "AK-type", "40 AK rifles" (not
# "UN-backed" or "EU trucks": only these words follow).
_ARMS_PATTERN = re.compile(r"(?:[-‐](?:pattern|type|series|variant)\b| (?:rifles?|carbines?)\b)")


# Small arms after a weapon's code: "PKM machine guns", "RPG-7 launchers" (not trucks or helicopters:
# "UN trucks" are a body's).
_SMALL_ARMS = re.compile(
    r" (?:\.?\d+(?:\.\d+)?[- ]?(?:mm|caliber|calibre) )?(?:(?:heavy|light|general-purpose|assault|sniper|anti-tank) )?"
    r"(?:rifles?|carbines?|machine[- ]guns?|pistols?|grenade launchers?|launchers?|mortars?)\b"
)
# A vehicle or an aircraft after a name the gazetteer knows as a town: "Puma armoured vehicles",
# "Gazelle helicopters" (not "drone" or "missile": "the Kherson drone attack" names the town).
_CRAFT_AFTER_A_PLACE = re.compile(r" (?:armou?red|helicopters?|gunships?|howitzers?|warplanes)\b")


def _weapon_code_before_arms(text: str, start: int, end: int) -> bool:
    code = text[start:end]
    if not (_ACRONYM.fullmatch(code) or _DESIGNATION.fullmatch(code)) or len(code) > 7:
        return False
    if _SMALL_ARMS.match(text, end):
        return True
    # a model's number ("M16", "T-72") before any weapon: "T-72 tanks", "Mi-35 gunships"
    after = _after(text, end)
    words = [word.strip(",.;:") for word in after[:3]]
    if not any(c.isdigit() for c in code) or not words:
        return False
    if words[0][:1].isupper() and _ridden_in(_before(text, start), [words[0]]):
        return True  # "moved to the objective in M2 Bradleys": the model's number before vehicles ridden in
    if words[0][:1].isupper() and not after[0].endswith((",", ".", ";", ":")):
        # "M4 Sherman tanks", "M4 Sherman and M3 Lee tanks": the model's number, its name, then the noun
        rest = after[1:]
        if len(rest) >= 3 and rest[0] in ("and", "or") and _DESIGNATION.fullmatch(rest[1]):
            rest = rest[3:]
        return _equipment_noun_after(rest)
    return words[0] in EQUIPMENT_NOUNS


# Words that open a rank without being a title alone: "Staff Sgt.", "Master Chief", "1st Lt.", "Petty Officer".
_RANK_OPENERS = word_set("staff master petty first 1st 2nd 3rd gunnery command senior lance warrant technical")


def _ship_prefix_before_ranks(before: list[str]) -> bool:
    """A ship's prefix in capitals, then rank words only: "USNS Staff Sgt.", "USAV Brigadier General"."""
    k = len(before)
    while k > 0 and (word := before[k - 1].rstrip(".").casefold()) and (word in TITLES or word in _RANK_OPENERS):
        k -= 1
    return 0 < k < len(before) and before[k - 1].isupper() and before[k - 1].casefold() in SHIP_PREFIXES


def _equipment_at(text: str, start: int, end: int, kind: ActorKind) -> bool:
    if _CLASS_OF_SHIPS.match(text, end):
        return True  # "the Arleigh Burke-class destroyer": a class of ships named after a person
    pennant = _PENNANT_AFTER.match(text, end) and not road_code_in_brackets(text, end)
    if pennant and kind in (ActorKind.person, ActorKind.other, ActorKind.place):
        return True  # "Jerônimo de Albuquerque (F201)": a ship named after a person, and its number
    before, after = _before(text, start), _after(text, end)
    opening = text[start:end].split()
    if len(opening) > 1 and _navy_prefix_after_its_kind(text, [*before, opening[0]]):
        return True  # "the flagship ITS Andrea Doria": a navy's prefix, in capitals, after the ship's kind
    if after and after[0][:1].isupper() and text[start:end].casefold() in SHIP_PREFIXES:
        return True  # "the Commanding Officer of USS Orwell Tanaka": the prefix alone, cut from its ship
    if kind is not ActorKind.state and _example_of_arms(before):
        return True  # "cruise missiles such as the Noor"
    if _ACRONYM.fullmatch(text[start:end]) and _ARMS_PATTERN.match(text, end):
        return True  # "3,400 AK-pattern rifles": a weapon's code, not a body's acronym
    if _weapon_code_before_arms(text, start, end):
        return True  # "PKM machine guns", "M16 rifles": a weapon's code, not a body's acronym
    if _model_letters_before_arms(text, start, end, after):
        return True  # "the French FREMM frigate", "HIMARS rocket launchers": a model's letters, no body's
    previous = before[-1] if before else ""
    if previous and _DESIGNATION.fullmatch(previous) and any(c.isdigit() for c in previous):
        return True  # "MQ-9 Reaper"
    if merchant_ship_before(text, before):
        return False  # "the tanker Sable Dawn" on a shipping page: a merchant ship the story is about
    if previous == "carrier" and not _NAVAL_WORDS.search(text):
        return False  # "the Danish carrier Vostrekk" on a page about parcels: a firm that carries goods
    flown = text[start:end].split()
    if previous in _FLYING and len(flown) > 1 and flown[-1].endswith("s") and not has_cue(tuple(map(fold, flown))):
        return True  # "squadrons flying Varn Kestrels": a maker's and a model's name in the plural, no airline's
    if kind is not ActorKind.state and _ridden_in(before, flown) and not _known_place(text, start, end):
        return True  # "moved to the objective in Varn Bradleys", "aboard Kestrels": vehicles by their model's name
    if previous.casefold() in SHIP_PREFIXES or _vessels_noun(previous):
        return True  # "the carrier Charles de Gaulle", "the patrol vessels Turva and ..."
    if len(before) >= 3 and previous == "and" and before[-2][:1].isupper() and _vessels_noun(before[-3]):
        return True  # "the patrol vessels Turva and Uisko": the second ship named after the ships' noun
    if len(before) >= 2 and before[-2] in VESSEL_NOUNS and before[-1].casefold() in TITLES:
        return True  # "the frigate Admiral Makarov": a ship named after a titled person
    if kind is ActorKind.person and _ship_prefix_before_ranks(before):
        return True  # "USNS Staff Sgt. Wendell R. Varn": a ship named after a soldier, his rank in its name
    if kind is ActorKind.person and before and before[-1] in ("a", "an") and " " not in text[start:end]:
        return _equipment_noun_after(after)  # "a Rudra attack helicopter": no person follows "a"
    if kind is ActorKind.place and _CRAFT_AFTER_A_PLACE.match(text, end):
        return True  # "moved in Puma armoured vehicles": a vehicle named after an animal or a town
    if kind is ActorKind.place and _works_before_a_model(after):
        return True  # "twelve Chengdu F-7NM fighters": the works named for its city, then its model and the craft
    if _LETTER_CODE.fullmatch(text[start:end]) and _equipment_noun_after(after):
        return True  # "an M-LIDS counter-drone vehicle", "a C-RAM system": a system's code, no body's letters
    if kind is not ActorKind.state and _MODEL_CODE_AFTER.match(text, end) and _equipment_noun_after(after[1:]):
        return True  # "the Garpiya-A1 long-range drone": a model's code hyphened to its name, then the weapon's noun
    if kind is ActorKind.other and _SERIES_AFTER.match(text, end):
        return True  # "Shahed-series drones", "Varn-type launchers": a family of models by its name
    name = text[start:end]
    if (
        kind is ActorKind.organization
        and not name.isupper()
        and not has_cue(tuple(fold(w) for w in name.split()))
        and fold(name) not in KNOWN_BODIES
    ):
        # "KTO Rosomak armoured vehicles", "Bayraktar TB2 drones": a maker's or a code's name with no body's
        # word, before a model's designation or a weapon's noun, is the platform (not letters alone: "a RAAF
        # P-8A Poseidon" names the air force flying it; nor a body known by its one word written as a word:
        # "the remains of a Nato vehicle")
        kind = ActorKind.other
    if kind is ActorKind.person and " " not in name and after and after[0][:1].islower():
        # "components for Noor anti-ship cruise missiles": one name word right before a weapon's noun is
        # the weapon's name, a given name though it is ("Noor ... said" stays a person)
        kind = ActorKind.other
    if not after or not (kind is ActorKind.other or (kind is ActorKind.place and not _known_place(text, start, end))):
        return False  # a place only when the gazetteer does not know it: "arrived in Bushmaster vehicles"
    first = after[0].strip(",.;:")
    if _DESIGNATION.fullmatch(first) and any(c.isdigit() for c in first):
        return True  # "Sukhoi Su-27 fleets": the maker's name before a model's designation
    words = name.split()
    if len(after) > len(words) + 1 and after[0] in ("and", "or") and after[1] == words[0]:
        # "Panzer III and Panzer IV tanks": a sibling model of the same name shares the weapon's noun after it
        return _equipment_noun_after(after[len(words) + 1 :])
    # "Qiam ballistic missiles", "Varnak anti-ship cruise missiles": a weapon's kind in a few words
    return _equipment_noun_after(after)


_FLYING = frozenset({"flying", "flew", "flown"})
# A ship's kind or its role in a fleet, before a navy's prefix: "the frigate ITS X", "the flagship ITS X".
_KINDS_BEFORE_A_PREFIX = VESSEL_NOUNS | word_set("flagship boat craft")
# Weapons counted in the plural before an example of them: "cruise missiles such as the Noor".
_ARMS_BEFORE_AN_EXAMPLE = word_set(
    "aircraft jets helicopters bombers drones tanks missiles rockets howitzers gunships warplanes launchers "
    "frigates destroyers submarines warships corvettes rifles carriers vehicles"
)
# Plurals that are weapons after a word of their kind: "unmanned systems", "air defence systems", "unmanned vessels".
_ARMED_PLURALS = word_set("systems vessels")
_EXAMPLE_WORDS = (("such", "as"), ("including",), ("like",))


# What one rides in or aboard; "in" only with a move before it ("travel to the sites in X"; "on" is as often
# a channel: "live coverage on Varn Sports").
_ABOARD_WORDS = word_set("aboard")
_RIDING_PREPOSITIONS = word_set("in")
# Moves that take a vehicle: "moved to", "travel between", "arrived on motorbikes and in ...".
_MOVES = word_set(
    "move moves moved moving travel travels travelled traveled travelling traveling drive drives drove driven "
    "driving ride rides rode riding arrive arrives arrived arriving patrol patrols patrolled patrolling carry "
    "carried carrying ferried transported fled raced paraded rolled advance advances advanced advancing"
)
# Moves whose object is the ground they cover, so no word of where comes before "in": "patrols Honiara in X".
_MOVES_OVER_GROUND = word_set("patrol patrols patrolled patrolling")
# Where a move goes, between the verb and the vehicle: "travel to remote sites in X", "move between the islands".
_MOVE_GOES = word_set("to into between across through around from near along towards toward")
_PLURAL_MODEL = re.compile(r"[A-Z][a-z]+[a-rt-z]s")  # "Humvees", "Bradleys", "Cruisers" (not "Express")
_CLAUSE_STOPS = (".", ";", ":", "!", "?")


def _ridden_in(before: list[str], name: list[str]) -> bool:
    """'in M2 Bradleys and Humvees', 'aboard Merlins', 'travel to remote sites in Bushmasters': a name in the plural
    (a model's) after "aboard", or after "in"/"on" when a move and where it goes come first in the clause, is
    vehicles one rides in, not a town ("arrived in Athens" has no plural model's name; the gazetteer knows it)."""
    if not name or not _PLURAL_MODEL.fullmatch(name[-1]) or len(name) > 3 or has_cue(tuple(map(fold, name))):
        return False
    words = [word.strip(",") for word in before[-14:]]
    at = len(words) - 1
    while at >= 0 and words[at].islower() and words[at] not in _ABOARD_WORDS | _RIDING_PREPOSITIONS | {"and"}:
        at -= 1  # "in stolen Land Cruisers"
    if at >= 1 and words[at] == "and":
        at -= 1
        while at >= 0 and not words[at].islower():
            at -= 1  # "in Varn Bradleys and Humvees": past the other model to its preposition
    if at < 0:
        return False
    if words[at] in _ABOARD_WORDS:
        return True
    if words[at] not in _RIDING_PREPOSITIONS:
        return False
    clause = []
    for word in reversed(before[-14:][:at]):
        if word.endswith(_CLAUSE_STOPS):
            break
        clause.append(word.strip(",").casefold())
    move = next((i for i, word in enumerate(clause) if word in _MOVES), None)
    # "kick-off moved to 12.30pm for live coverage in X": a purpose between the move and "in" says no ride
    if move is None or "for" in clause[:move]:
        return False
    named_ground = all(not word.islower() for word in words[at - move : at])
    if clause[move] in _MOVES_OVER_GROUND and 0 < move <= 2 and named_ground:
        return True  # "patrols Honiara in Land Cruisers": the ground patrolled, named, then the vehicles
    return any(word in _MOVE_GOES for word in clause[:move])


def _vessels_noun(word: str) -> bool:
    """'vessels', 'frigates', 'ship': a ship's kind in lower case, one or many."""
    return word.islower() and (word in VESSEL_NOUNS or (word.endswith("s") and word[:-1] in VESSEL_NOUNS))


def _example_of_arms(before: list[str]) -> bool:
    """'anti-ship cruise missiles such as the Noor', 'drones including the Mohajer': a name given as an
    example of weapons counted in the plural is a weapon's name (not a person "Noor", a place)."""
    words = before[:-1] if before and before[-1].casefold() == "the" else before
    for example in _EXAMPLE_WORDS:
        if len(words) > len(example) and tuple(words[-len(example) :]) == example:
            plural = words[-len(example) - 1]
            if plural in _ARMED_PLURALS and len(words) > len(example) + 1:
                return words[-len(example) - 2] in _WEAPON_MODIFIERS  # "unmanned systems such as the X"
            return plural in _ARMS_BEFORE_AN_EXAMPLE
    return False


def _navy_prefix_after_its_kind(text: str, before: list[str]) -> bool:
    """'the frigate ITS Carlo Bergamini', 'the flagship ITS Andrea Doria': letters in capitals between a ship's
    kind and a name are a navy's prefix though the list does not know them ("ITS", Italy's, reads as "its");
    on a page about navies, "ITS" in capitals before a name is that prefix too."""
    if len(before) < 2 or not _ACRONYM.fullmatch(before[-1]) or len(before[-1]) > 5:
        return False
    if before[-2].islower() and before[-2] in _KINDS_BEFORE_A_PREFIX:
        return True
    return before[-1] == "ITS" and _NAVAL_WORDS.search(text) is not None


_MODEL_LETTERS = 4  # "FREMM", "MEKO", "THAAD": bodies' letters before arms are mostly shorter ("IDF tanks")


def _model_letters_before_arms(text: str, start: int, end: int, after: list[str]) -> bool:
    """'the French FREMM frigate Bretagne', 'HIMARS rocket launchers', 'a THAAD battery': letters in capitals
    right before a weapon's or a warship's noun are the model's, when the page never spells them out in
    brackets and no body is known by them ("NATO warships" are NATO's)."""
    code = text[start:end]
    if not _ACRONYM.fullmatch(code) or len(code) < _MODEL_LETTERS or code.casefold() in KNOWN_BODIES:
        return False
    if f"({code})" in text or not after:
        return False
    return after[0] in VESSEL_NOUNS or _equipment_noun_after(after)


# What an aircraft works' models are, after the model's code: "Harbin Z-9 helicopters", "a Harbin Y-12 transport".
_AIRCRAFT_ROLES = word_set("fighter fighters trainer trainers transport transports airliner airliners")


def _works_before_a_model(after: list[str]) -> bool:
    """A model's code with a hyphen and a number ("F-7NM", "Z-9"), then an aircraft's or a weapon's noun: the name
    before it is the works that builds it, though a city bears that name (not "the Harbin M-2 road")."""
    if not after or "-" not in after[0]:
        return False
    code = after[0].strip(",.;:")
    if not (_DESIGNATION.fullmatch(code) and any(c.isdigit() for c in code)):
        return False
    rest = after[1:]
    return _equipment_noun_after(rest) or (bool(rest) and rest[0].strip(",.;:") in _AIRCRAFT_ROLES)


def _equipment_noun_after(after: list[str]) -> bool:
    """'ballistic missiles', 'anti-ship cruise missiles', 'mine-protected vehicle': a weapon's noun after a
    few words of its kind (a hyphened word in lower case says a kind too: "counter-drone", "long-range")."""
    words = [word.strip(",.;:") for word in after[:4]]
    if not words:
        return False  # a code that ends its line ("PRINT | E-MAIL"): no noun follows it
    modifiers = 0
    while modifiers < len(words) - 1 and (
        words[modifiers] in _WEAPON_MODIFIERS
        or _hyphened_modifier(words[modifiers])
        or _CALIBRE.fullmatch(words[modifiers])
    ):
        modifiers += 1
    return words[modifiers] in EQUIPMENT_NOUNS


def _hyphened_modifier(word: str) -> bool:
    return "-" in word.strip("-") and word.islower() and all(part.isalpha() for part in word.split("-"))


# Words that name an exercise or a storm, not an actor: "Exercise Tremmin Shield", "the
# multinational exercise Varnak Trident", "Tropical Cyclone Varna", "Hurricane Tremmin".
EXERCISE_WORDS = word_set("exercise exercises drill drills wargame tropical cyclone hurricane typhoon storm")


def _is_exercise(text: str, draft: ActorDraft) -> bool:
    if draft.name.split()[0].casefold() in EXERCISE_WORDS:
        return True
    if draft.kind is ActorKind.other and all(
        (after := _after(text, end)) and after[0].strip(",.;:") in EXERCISE_WORDS for _, end in draft.spans
    ):
        return True  # "Nato's annual Baltops exercise": a name of no kind before the exercise's noun (not "Nato")
    return all(
        (before := _before(text, start)) and before[-1].casefold() in EXERCISE_WORDS and before[-1].islower()
        for start, _ in draft.spans
    )


# The word before an operation's or an exercise's full name: "Operation Kestrel Shield", "Exercise Coral Lantern".
_OPERATION_WORDS = "Operation|Opération|Operación|Operação|Exercise"


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "off", "to", "from", "across"})


def _short_form_of_operation(text: str, draft: ActorDraft) -> bool:
    """'Kestrel Shield lets our sailors train' after 'Operation Kestrel Shield': an operation named
    without its first word is still an event, not an actor. Not a state, a place or a person the
    operation is named after ("Operation Mosul", then "Mosul"); a place only its head word makes one
    ("Exercise Red Sands", then "Red Sands") is the exercise still."""
    if draft.kind in (ActorKind.state, ActorKind.person):
        return False
    if draft.kind is ActorKind.place and (
        draft.found_by.startswith("gazetteer")
        or any((before := _before(text, start)) and before[-1] in _PLACE_PREPOSITIONS for start, _ in draft.spans)
    ):
        return False  # "... ended near Kestrel Bay": the exercise's namesake is named as a place too
    # Each "Operation" of the text asked whether the name follows it (not the whole text searched for each draft)
    return any(
        text.startswith(draft.name, start) and _NAME_GOES_ON.match(text, start + len(draft.name)) is None
        for start in _after_operation_words(text)
    )


_OPERATION_WORD = re.compile(rf"\b(?:{_OPERATION_WORDS})\s+")
_NAME_GOES_ON = re.compile(r"[\w-]")


@lru_cache(maxsize=2)
def _after_operation_words(text: str) -> tuple[int, ...]:
    """Where the words after each "Operation" or "Exercise" of the text start."""
    return tuple(match.end() for match in _OPERATION_WORD.finditer(text))


_DEFINED = re.compile(r"\(([A-Z]{2,6}(?:-[A-Z]{2,6})?)\)")


def _defined_acronyms(text: str) -> dict[str, int]:
    """Where each acronym in brackets is first defined: "(VT-EPA)" -> its position."""
    found: dict[str, int] = {}
    for match in _DEFINED.finditer(text):
        found.setdefault(match[1], match.start())
    return found


# A body's letters in brackets, one group or two ("(EOM)", "(EU EOM)").
_DEFINED_LETTERS = re.compile(r"\(([A-Z]{2,6}(?: [A-Z]{2,6})?)\)")


def _body_by_its_letters_in_a_land(text: str, draft: ActorDraft) -> tuple[ActorKind, str] | None:
    """'Press Officer, EU EOM Sierra Leone 2028': letters the text defines for a body, then a land the gazetteer
    knows, name that body's mission or branch there."""
    if draft.kind is not ActorKind.other:
        return None
    words = [word for word in draft.name.split() if not word.isdigit()]
    for size in (1, 2):
        letters, land = " ".join(words[:size]), words[size:]
        if not land or f"({letters})" not in text or not _DEFINED_LETTERS.fullmatch(f"({letters})"):
            continue
        if gazetteer().lookup(tuple(word.casefold() for word in land)) is not None:
            return ActorKind.organization, f"a body's letters '{letters}', then the land it works in"
    return None


def _names_a_document(text: str, defined: dict[str, int], draft: ActorDraft) -> bool:
    """'IA-CEPA' defined after '... Economic Partnership Agreement': the acronym of a document."""
    where = defined.get(draft.name, 0)
    if where <= 0:
        return False
    before = _before(text, where)
    if before and before[-1].casefold() in DOCUMENT_HEADS:
        return True
    # "Convention on the Law of the Sea (UNCLOS)", "Treaty on the Non-Proliferation of Nuclear Weapons
    # (NPT)": a document's head word, then "on"/"of" and the rest of its name. Not "North Atlantic
    # Treaty Organization (NATO)", where a body's word follows the head.
    run = before[-(len(draft.name) + 6) :]
    for k in range(len(run) - 1):
        if run[k].casefold() in DOCUMENT_HEADS and run[k + 1] in _DOCUMENT_GOES_ON:
            return all(word[:1].isupper() or word in _DOCUMENT_GLUE for word in run[k + 1 :])
    return False


# A law's head word: "the Quarry Safety Act", "the Dredging Code", "the Tenancy Bill".
_LAW_HEADS = frozenset({"Act", "Code", "Law", "Bill"})
# "... Safety Act", "... and Aquaculture Act": after a draft, the rest of a law's name and its head.
_LAW_AFTER = re.compile(r"(?: and(?: [A-Z][\w'’-]*)+)? (?:Act|Code|Law|Bill)\b")
# Bracketed parts of a statutory instrument's title: "the Russia (Sanctions) (EU Exit) Regulations 2019", "the
# Autonomous Sanctions (Thematic Sanctions) Amendment Regulations 2024" (a word or two of its own before the head).
_INSTRUMENT_AFTER = re.compile(
    r"\)?(?: \([^()\n]{1,40}\))+(?: [A-Z][a-z]+){0,2} (?:Act|Regulations|Order)\b"
    r"|\)(?: [A-Z][a-z]+){0,2} (?:Act|Regulations|Order)\b"
)


def _words_of_a_law(text: str, draft: ActorDraft) -> bool:
    """'the Fisheries and Aquaculture Act', 'the Global Fragility Act', 'the Artisanal Mining Code':
    the words of a law's name read as a name of no kind. A law is no actor, and its subject in
    ordinary words is none either (a state or a body in it keeps its kind: "Iraq Liberation Act").
    A person's kind given by a list ("the Inshore Fisheries and ... Act, the ... Code and ...") is no
    evidence either, unless the name opens with a given name ("the Ilse Varn Act")."""
    if draft.kind is ActorKind.person and not is_given_name(draft.name.split(" ", 1)[0].casefold()):
        return all(_LAW_AFTER.match(text, end) is not None for _, end in draft.spans)
    if draft.kind is not ActorKind.other:
        return False
    words = draft.name.split(" ")
    if len(words) > 1 and words[-1] in _LAW_HEADS:
        # "the Yaoundé Code": a law named after a known place may name the place (`_named_after`)
        return gazetteer().lookup((fold(words[0]),)) is None
    return all(
        _LAW_AFTER.match(text, end) is not None or _INSTRUMENT_AFTER.match(text, end) is not None
        for _, end in draft.spans
    )


# The words a document's name goes on with after its head: "Convention on the Rights of the Child".
_DOCUMENT_GOES_ON = frozenset({"on", "of", "against", "for", "concerning"})
_DOCUMENT_GLUE = _DOCUMENT_GOES_ON | {"the", "and", "in", "to", "a"}


# "(VLF; Tremmish: Fronti i Varnakut)", "(Arabic: ..., "Support Front")": a language's name and
# the name as that language writes it, or its translation, in brackets.
# (Not "(Credit: Ilse Varn / Tremmin Post)": the label must be a language's name.) A copied encyclopaedia may glue the
# label's colon to the script: "(Arabic:... ''Tayar al-Varni'')".
_FOREIGN_GLOSS = re.compile(r"\((?:[^()\n]{0,20}; ?)?([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?): ?[^()\n]{1,120}\)")


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """Languages' names in English ("Arabic", "Ukrainian", "Pashto"), from CLDR through Babel."""
    from babel import Locale

    return frozenset(Locale("en").languages.values())


# A language's name as English writes it, when CLDR spells it otherwise ("Balochi" for "Baluchi"):
# "(Balochi: Makkoran Azadi Lashkar)".
_LANGUAGE_SHAPE = re.compile(r"[A-Z][a-z]+(?:i|ish|ese|ian)")


def _language_like(word: str) -> bool:
    return word in _language_names() or _LANGUAGE_SHAPE.fullmatch(word) is not None


def _foreign_glosses(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _FOREIGN_GLOSS.finditer(text):
        if match[1] not in _language_names():
            continue
        # "(Arabic: ..., lit. '...'; LSB)": the acronym after the last ";" is the English text's own
        acronym = _ACRONYM_CLOSING_GLOSS.search(match[0])
        # "(UNOMIK; French: ...)": letters before the language's name are the English text's own too
        spans.append((match.start(1), match.start() + acronym.start() if acronym else match.end()))
    return spans


_ACRONYM_CLOSING_GLOSS = re.compile(r"; ?[A-Z][A-Z0-9-]{1,9}\)$")


# Farm animals shown and sold one by one: a name before one is its breed ("a Limousin heifer", "the
# Hereford bull"), a name after one is the animal's own ("the bull Wyvernhall Saracen"). Not "herd" or
# "flock", which a farm's name opens ("the Dunstanburn herd"). A mart's crossbreds go by their sire's
# breed: "Suffolk crosses reached 128", "Texel cross lambs".
_LIVESTOCK = word_set(
    "bull bulls heifer heifers cow cows calf steer bullock ewe ewes ram rams tup shearling stallion mare "
    "cross crosses crossbred crossbreds lamb lambs hoggets gimmers "
    # ("Limousin-cross bullocks", "a pen of Mule gimmer lambs", "Charolais steers")
    "bullocks steers gimmer hogget shearlings tups"
)


def _breed_or_beast(text: str, draft: ActorDraft) -> bool:
    """'the Hereford bull Wyvernhall Saracen': every mention sits right before or after a farm animal."""
    return all(
        ((after := _after(text, end)) and after[0].strip(",.;:").casefold() in _LIVESTOCK)
        or _hyphened_cross(text, end)
        or ((before := _before(text, start)) and before[-1].islower() and before[-1] in _LIVESTOCK)
        for start, end in draft.spans
    )


def _hyphened_cross(text: str, end: int) -> bool:
    """'Limousin-cross bullocks', 'Texel-cross lambs': a breed hyphened to "cross"."""
    return text[end : end + 7].casefold() in ("-cross ", "-cross,", "-cross.")


def _language_label(text: str, draft: ActorDraft) -> bool:
    """'(FADM; Portuguese: Forças Armadas ...)': a language's name labelling a gloss names no state."""
    return draft.kind is ActorKind.state and all(
        text[end : end + 1] == ":"
        and text[start:end] in _language_names()
        and text[max(0, start - 2) : start].strip() in ("(", ";")
        for start, end in draft.spans
    )


def _in_a_foreign_gloss(glosses: list[tuple[int, int]], draft: ActorDraft) -> bool:
    return bool(glosses) and all(any(a <= start and end <= b for a, b in glosses) for start, end in draft.spans)


# A government post's title and the word opening its remit: "Minister of", "Minister for", "Commissioner
# for" (not a firm's officer: "the chairman of Bank of America Ann Lee" names the bank).
_REMIT_OPENERS = word_set("of for")
_REMIT_TITLES = word_set("minister secretary commissioner director")
# A director's "remit" may be a firm or a body ("a director of Standard Bank Ann Lee"): a run holding a body's head
# word names the body ("Director of Public Prosecutions Ann Lee", "Director of Human Resources" name none).
_DIRECTORS = word_set("director")
_BODY_WORDS = word_set(
    "bank banks company group corporation council board trust fund agency authority service institute university "
    "college school hospital society association union party foundation bureau commission office ministry department "
    "centre center club church court"
)
# Words inside a remit's run up to its holder's name: "... Food and Public Distribution, and New ...".
_REMIT_RUN = re.compile(r"(?:[\s,.&]|and\b|for\b|of\b|the\b|[A-Z][\w'’-]*)*")


# "The State government will pay", "the State Government said": India's and Nigeria's papers capitalise the level of
# government a story is about; the phrase names no one state's body ("Kerala State Government" does).
_LEVEL_OF_GOVERNMENT = {("state", "government"), ("state", "governments")}


def _a_states_government_by_its_common_noun(draft: ActorDraft) -> bool:
    return draft.kind is ActorKind.organization and fold_phrase(draft.name) in _LEVEL_OF_GOVERNMENT


def _peoples_joined_before_a_noun(text: str, draft: ActorDraft) -> bool:
    """'the Chechen-Russian conflict', 'a strong U.S.-Tarnish partnership', 'Intra-Varnese talks': words joined by a
    hyphen, the last a people's adjective the gazetteer knows, before a noun in lower case at every mention, qualify
    that noun (who fights or talks with whom); nothing there names an actor of no kind."""
    if draft.kind is not ActorKind.other or draft.found_by != "a capitalised name" or " " in draft.name:
        return False
    parts = re.split(r"[-‐–]", draft.name)
    if len(parts) < 2 or not all(parts) or gazetteer().country_of_demonym(fold(parts[-1])) is None:
        return False
    return bool(draft.spans) and all(_LOWER_CASE_WORD_NEXT.match(text, end) for _, end in draft.spans)


_LOWER_CASE_WORD_NEXT = re.compile(r"[ \t]+[a-z]")


def _currency_after_its_amount(text: str, draft: ActorDraft) -> bool:
    """'65.21 billion Kenyan Shillings', '3 billion Indian Rupees', '40 million Naira': a currency a release writes in
    capitals after the sum (and the people whose money it is) is a unit of money at every mention, no actor."""
    if fold(draft.name) not in _CURRENCY_NAMES or not draft.spans:
        return False
    return all(_AMOUNT_BEFORE.search(text, max(0, start - 40), start) for start, _ in draft.spans)


# Currencies by their names, singular and plural (their codes are `cues.CURRENCY_CODES`).
_CURRENCY_NAMES = word_set(
    "shilling shillings rupee rupees naira kwacha cedi cedis rand dinar dinars dirham dirhams riyal riyals ringgit "
    "baht peso pesos franc francs euro euros dollar dollars pound pounds yen yuan renminbi rouble roubles ruble "
    "rubles hryvnia hryvnias lira lire taka rupiah zloty zlotys forint koruna krona kronor krone kroner leone leones"
)
# A sum right before the currency's name, and the people's adjective or the land between: "65.21 billion Kenyan ".
_AMOUNT_BEFORE = re.compile(
    r"\d(?:[\d,.]*\d)?(?:[ \t]+(?:million|billion|trillion|bn|mn|m))?[ \t]+(?:[A-Z][a-z]+[ \t]+)?$"
)


def _remit_before_its_holder(text: str, drafts: list[ActorDraft], draft: ActorDraft) -> bool:
    """'Fisheries and Horticulture' of 'Minister for Fisheries and Horticulture Anna Brell', 'Consumer
    Affairs, Food and Public Distribution' of 'Minister of Consumer Affairs, Food and Public Distribution,
    and New and Renewable Energy Ravi Hombali': a post's remit, opened by the title and "of" or "for" and
    run on in capitalised words to its holder's name, is no actor when its words are all common ones (a
    body's own rare name stays: 'Chair of the Tarnby Water Board Ann Lee')."""
    if draft.kind not in (ActorKind.other, ActorKind.organization) or draft.aliases:
        return False
    if any(len(w) > 1 and zipf(w.casefold()) < _PORTFOLIO_WORD for w in re.findall(r"[^\W\d_]+", draft.name)):
        return False
    holders = {start for d in drafts if d.kind is ActorKind.person for start, _ in d.spans}
    for start, end in draft.spans:
        before = _before(text, start)
        if len(before) < 2 or before[-1].casefold() not in _REMIT_OPENERS or before[-2].casefold() not in _REMIT_TITLES:
            return False
        if before[-2].casefold() in _DIRECTORS and any(
            w.casefold() in _BODY_WORDS or w.casefold() in COMPANY_HEADS for w in draft.name.split()
        ):
            return False
        run = _REMIT_RUN.match(text, end)
        if run is None or not any(end <= holder <= run.end() for holder in holders):
            return False
    return True


def _part_of_a_title(text: str, draft: ActorDraft) -> bool:
    """'UN Emergency Relief' of 'UN Emergency Relief Coordinator Ilse Varn': words of a title."""
    if draft.kind is not ActorKind.other:
        return False
    for _, end in draft.spans:
        after = _after(text, end)
        if not after or not after[0][:1].isupper() or after[0].strip(",.").casefold() not in TITLES:
            return False
    return True


# Heads of military units that take a number after them: "Task Force 55", "Carrier Strike Group 12",
# "Combat Logistics Battalion 5".
# "Air Base 201" is a place with its number.
NUMBERED_HEADS = word_set("force group squadron fleet wing flotilla base battalion regiment brigade delta")
# (not a count of time after the name: "the Azov Battalion 10 years ago")
_UNIT_NUMBER = re.compile(r" (\d{1,3})\b(?![.,]\d)(?! (?:years?|months?|weeks?|days?|hours?|times)\b)")
_NUMBER_AFTER_ACRONYM = re.compile(r" \(([A-Z][A-Z0-9]{1,7})\) (\d{1,3})\b(?![.,]\d)")
# A navy's task groups and units take a number with a point: "Task Group 56.1", "Task Unit 50.4.2".
_TASK_NUMBER = re.compile(r" (\d{1,3}(?:\.\d{1,2}){1,2})\b(?![.,]\d)")


# Heads numbered only after the unit's letters in brackets: "Explosive Ordnance Disposal Mobile Unit (EODMU) 8"
# (a bare "Unit" and a number may be a count: "the Intensive Care Unit 5 patients").
_UNITS_NUMBERED_AFTER_LETTERS = word_set("unit")


def _number_after_letters(text: str, draft: ActorDraft) -> bool:
    return any(_NUMBER_AFTER_ACRONYM.match(text, end) is not None for _, end in draft.spans)


def _numbered_units(text: str, draft: ActorDraft, taken_ids: set[str]) -> list[ActorDraft]:
    """'Combined Task Force 150' and 'Combined Task Force 152': two units, each with its number."""
    head = draft.name.split()[-1].casefold()
    if draft.kind not in (ActorKind.armed_force, ActorKind.organization) and not (
        draft.kind is ActorKind.place and head == "base" and len(draft.name.split()) >= 2
    ):
        return [draft]
    if head not in NUMBERED_HEADS and not (
        head in _UNITS_NUMBERED_AFTER_LETTERS and _number_after_letters(text, draft)
    ):
        return [draft]
    by_number: dict[str | None, list[tuple[int, int]]] = {}
    acronyms_numbered: dict[str, str] = {}  # "CTF" -> "CTF 150"
    written: dict[str, str] = {}  # "143" -> "Strike Fighter Squadron (VFA) 143"
    tasked = draft.name.startswith("Task ")
    for start, end in draft.spans:
        found = _TASK_NUMBER.match(text, end) if tasked else None
        found = found or _UNIT_NUMBER.match(text, end)
        key = found[1] if found is not None else None
        span = (start, found.end() if found is not None else end)
        # "Combined Task Force (CTF) 150": the unit's acronym in brackets between its head and its number
        defined = _NUMBER_AFTER_ACRONYM.match(text, end) if found is None else None
        if defined is None and text[start - 1 : start] == "(" and text[start:end] in draft.aliases:
            defined = _NUMBER_AFTER_ACRONYM.match(text, start - 2)  # the acronym's own span
        if defined is not None:
            key, span = defined[2], (start, end)
            if defined[1] in draft.aliases:
                acronyms_numbered[defined[1]] = f"{defined[1]} {key}"
                if found is None and text[start - 1 : start] != "(":
                    written[key] = text[start : defined.end()]  # "Combined Task Force (CTF) 150", as written
            elif found is None:
                # "Strike Fighter Squadron (VFA) 143": the unit's code, whatever its letters, and the name as written
                acronyms_numbered[defined[1]] = f"{defined[1]} {key}"
                written[key] = text[start : defined.end()]
        by_number.setdefault(key, []).append(span)
    lettered = _siblings_by_acronym(text, acronyms_numbered, by_number)
    if list(by_number) == [None]:
        return [draft]
    units = []
    for number, spans in by_number.items():
        if number is None:
            draft.spans = spans
            units.append(draft)
            continue
        name = f"{draft.name} {number}"
        units.append(
            ActorDraft(
                claim_id(slug(name, 60), taken_ids),
                name,
                ActorKind.place if draft.kind is ActorKind.place else ActorKind.armed_force,
                f"{draft.found_by}; numbered {number}",
                spans=spans,
                confidence=draft.confidence,
                # "HSC-26" of "Helicopter Sea Combat Squadron 26 (HSC-26)": an acronym with the unit's number
                aliases=[alias for alias in draft.aliases if _number_of_acronym(alias) == number]
                + [numbered for alias, numbered in acronyms_numbered.items() if numbered == f"{alias} {number}"]
                + ([written[number]] if number in written else [])
                + lettered.get(number, []),
            )
        )
    return units


def _siblings_by_acronym(
    text: str, acronyms_numbered: dict[str, str], by_number: dict[str | None, list[tuple[int, int]]]
) -> dict[str, list[str]]:
    """'Combined Task Force (CTF) 150 ...; CTF 151, CTF 152': once the text gives a unit's letters with its
    number, the same letters with another number name a sibling unit. Adds their spans to `by_number`; the
    numbered letters of each new number, as its alias."""
    lettered: dict[str, list[str]] = {}
    for letters, first in acronyms_numbered.items():
        for found in re.finditer(rf"\b{re.escape(letters)} (\d{{1,3}})\b(?![.,]\d)", text):
            alias = f"{letters} {found[1]}"
            if alias == first:
                continue
            by_number.setdefault(found[1], []).append(found.span())
            if alias not in lettered.setdefault(found[1], []):
                lettered[found[1]].append(alias)
    return lettered


_ACRONYM_NUMBER = re.compile(r"[A-Z][- ]?(\d{1,4})")


def _code_between_head_and_number(text: str, draft: ActorDraft) -> bool:
    """'VFA' of 'Strike Fighter Squadron (VFA) 143': letters in brackets between a unit's head word and its
    number, wherever the text writes them, are the unit's code (its numbered alias), no body of their own."""
    if not _ACRONYM.fullmatch(draft.name):
        return False
    for start, end in draft.spans:
        before = text[max(0, start - 20) : start - 2].split()
        if not (
            text[start - 2 : start] == " ("
            and before
            and before[-1].casefold() in NUMBERED_HEADS
            and _UNIT_NUMBER.match(text, end + 1)
            and text[end : end + 1] == ")"
        ):
            return False
    return True


def _number_of_acronym(alias: str) -> str | None:
    """'26' of 'HSC-26', '1' of 'SNMG1'."""
    found = _ACRONYM_NUMBER.search(alias)
    return found[1] if found is not None and found.end() == len(alias) else None


# The parts of a law or a treaty, numbered in Roman numerals: "Article IV", "Chapter VII", "Title IX".
_CLAUSE_WORDS = word_set("article articles chapter chapters title section clause annex part schedule protocol")


def _clause_of_a_document(draft: ActorDraft) -> bool:
    """'Article IV of the treaty', 'Chapter VII of the Charter': a numbered part of a document, no actor."""
    words = draft.name.split()
    return (
        draft.kind is ActorKind.other
        and len(words) == 2
        and words[0].casefold() in _CLAUSE_WORDS
        and _ROMAN.fullmatch(words[1]) is not None
    )


# A capitalised word beside a span: "XIX Corps", "Louis XIV", "Chapter XIX" (a number in a name).
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])(?!The[ \t]$)[A-Z][\w'’.-]*[ \t]$")
_CAPITALISED_AFTER = re.compile(r"[ \t][A-Z]")


def _body_alone_by_roman_letters(text: str, draft: ActorDraft) -> bool:
    """'According to the DCI,', 'the MDC said': letters that could be a Roman number ("DCI" is 601), standing alone
    after "the" with no capitalised word beside them in any mention, are a body's letters."""
    if len(draft.name) < _LETTERS_OF_A_BODY or draft.kind is not ActorKind.organization:
        return False
    if not set(draft.name) & _LARGE_ROMAN_LETTERS:
        return False  # "the XIX", "the XX": a number in the small letters a corps or a ruler is counted in
    for start, end in draft.spans:
        before = text[max(0, start - 30) : start]
        if _CAPITALISED_BEFORE.search(before) or _CAPITALISED_AFTER.match(text, end):
            return False
    return any(text[max(0, start - 4) : start].casefold() == "the " for start, _ in draft.spans)


_LETTERS_OF_A_BODY = 3
_LARGE_ROMAN_LETTERS = frozenset("CDLM")


def _is_name_part(text: str, draft: ActorDraft) -> bool:
    """'XIX' of 'XIX Corps', 'OIR' of 'CJTF-OIR': a piece of a name, not a name."""
    name = draft.name
    if _ROMAN.fullmatch(name) and len(name) >= 2 and not _body_alone_by_roman_letters(text, draft):
        return True
    if not _ACRONYM.fullmatch(name) or "-" in name:
        return False
    # "CJTF-OIR" is one compound; "NATO-led", "UN-backed" name the body before a participle.
    return all(
        (text[start - 1 : start] == "-" and text[start - 2 : start - 1].isupper())
        or (text[end : end + 1] == "-" and not text[end + 1 : end + 2].islower())
        for start, end in draft.spans
    )


# The districts a country's courts and prosecutors serve are named by a point of the compass:
# "the U.S. Attorney's Office for the Southern District of Texas".
_COURT_DISTRICTS = word_set("northern southern eastern western central middle")


def _district_of_a_body(drafts: list[ActorDraft], draft: ActorDraft) -> bool:
    """'Prosecutors in the Southern District' after 'the U.S. Attorney's Office for the Southern District
    of Texas': the district a named office serves, cut short, is no place of its own (a district the
    text names alone, "the Southern District of Israel", is its own draft)."""
    words = draft.name.casefold().split()
    if draft.kind is not ActorKind.place or len(words) != 2 or words[0] not in _COURT_DISTRICTS:
        return False
    if words[1] != "district":
        return False
    longer = f"{draft.name} of "
    return any(other.kind is ActorKind.organization and longer in other.name for other in drafts)


# Zipf of words too common to make a person's name by themselves ("peace", "aid", "operations").
_COMMON_WORD = 4.0


# Words that end the name of a post, not of a person: "Chief Brand Officer", "Chief Content Editor".
_JOB_HEADS = word_set("officer director manager editor executive adviser advisor coordinator strategist")


# Zipf of the plain words a command is named with ("Maritime Patrols", "Joint Operations"); a rarer
# word may be a family name ("Commander Varnell").
_COMMAND_WORD = 3.0


def _command_after_commander(text: str, draft: ActorDraft, taken_ids: set[str]) -> None:
    """'Commander Joint Operations said', 'Commander Surveillance and Response Group': a commander's post
    is named for the command, and with no person's name after it the command is the actor."""
    words = draft.name.split()
    if len(words) < 2:
        return
    titled = draft.kind is ActorKind.person and draft.found_by == "title 'Commander'"
    if titled and words[1].casefold() in SHIP_PREFIXES:
        return  # "Commander HMS Varn, Captain Ilse Tremmin": the post of a ship's captain, held by a person
    if titled and all(zipf(w.casefold()) >= _COMMAND_WORD for w in words):
        if not any(is_given_name(w.casefold()) or is_surname(w.casefold()) for w in words):
            draft.kind, draft.found_by = ActorKind.organization, "the command a commander's post names"
        return
    if draft.kind in (ActorKind.organization, ActorKind.armed_force) and words[0] == "Commander" and len(words) >= 3:
        cut = len(words[0]) + 1
        draft.aliases = [draft.name, *draft.aliases]
        draft.name = draft.name[cut:]
        draft.spans = [
            (start + cut, end) if text.startswith("Commander ", start) else (start, end) for start, end in draft.spans
        ]
        draft.id = claim_id(slug(draft.name, 60), taken_ids)


# Honorifics that open a person's name and never end a name ("Our Lady" and "the Lords" do).
_HONORIFICS = word_set("sir dame mr mrs ms dr")


def _ends_in_an_honorific(draft: ActorDraft) -> bool:
    """'Estate of Dame' of "© Estate of Dame Laura Knight": what is left before a titled name is no name."""
    words = draft.name.split()
    return len(words) >= 2 and draft.kind is not ActorKind.person and words[-1].casefold().rstrip(".") in _HONORIFICS


# Verbs that no name holds: in a run of capitals they are a story's first words set in capitals, the way some papers
# open an article ("GARDAÍ HAVE SAID they have launched ...", "A MAN HAS been charged").
_VERBS_NO_NAME_HOLDS = word_set("have has had said says is are was were will would been be could should")


def _opening_words_in_capitals(draft: ActorDraft) -> bool:
    """'GARDAÍ HAVE SAID': an article's opening words in capitals, which a verb shows are no name."""
    words = draft.name.split()
    return (
        len(words) >= 2 and draft.name.isupper() and any(word.casefold() in _VERBS_NO_NAME_HOLDS for word in words[1:])
    )


# A generation's mark after a person's name, as written: "Jr", "Sr", "II", "III", "IV".
_GENERATIONS = frozenset(("Jr", "Sr", "II", "III", "IV"))


def _title_leftover(draft: ActorDraft) -> bool:
    """'Peace Process' of 'Special Representative for the Middle East Peace Process': no person."""
    if draft.kind is not ActorKind.person or not draft.found_by.startswith("title '"):
        return False
    title = draft.found_by.removeprefix("title '").casefold()
    written = _WORD.findall(draft.name)
    while len(written) > 2 and written[-1] in _GENERATIONS:
        written.pop()  # "Lloyd J. Austin III": a generation's mark ends a person's name, it is no common word
    words = [w.casefold() for w in written]
    if words[-1] in _JOB_HEADS and not is_given_name(words[0]) and all(zipf(w) >= _COMMON_WORD for w in words[:-1]):
        return True  # "Chief Brand Officer": a post's common words, no name after them (not "Julie Bishop")
    if " for " not in title and " of " not in title:
        return False  # "President Obama": a famous surname is a common word, too
    return (
        len(words) >= 2
        and all(zipf(w) >= _COMMON_WORD for w in words)
        and not is_surname(words[-1])
        and not is_given_name(words[-1])
    )


# A firm's legal form, written as the firm writes it: last ("Lofotfisk AS", "Varn Mining SA",
# "Tremmin SpA") or, in Indonesia and Malaysia, first ("PT Varnadirga"). Upper case as written: "As
# Suwayda" opens with an article.
_LEGAL_FORM_LAST = frozenset(
    [
        "AS",
        "ASA",
        "SA",
        "AB",
        "SpA",
        "SAS",
        "SARL",
        "Srl",
        "Oy",
        "Oyj",
        "Bhd",
        "NV",
        "BV",
        "AG",
        "GmbH",
        "Ltd",
        "Limited",
        "PLC",
        "plc",
        "Inc",
        "LLC",
    ]
)
_LEGAL_FORM_FIRST = frozenset(("PT",))


# A private company's form in brackets after its name, as South African, Indian, Sri Lankan and Pakistani
# registers write it: "Tarn Civils (Pty) Ltd", "Quell Foods (Pvt) Ltd", "Varn Traders (P) Ltd".
# A registration's year there does the same, before the form: "Quellpapers (1980) Ltd", as Zimbabwe's register has
# it for a firm refounded under an old name.
_BRACKETED_PRIVATE_FORM = re.compile(
    r" \((?:Pty|Pvt|P|Private)\)(?: Ltd| Limited)?\b| \((?:1[89]|20)\d\d\) (?:Ltd|Limited)\b"
)


# A firm's noun, then the firm's name in brackets: "used a company (Rock Varn Minier)", "the lender (Quellbank)".
_FIRM_NOUN_THEN_BRACKET = re.compile(r"\b(?:company|firm|business|startup|lender|insurer|bank) \($")


def _firm_by_legal_form(text: str, draft: ActorDraft) -> tuple[ActorKind, str] | None:
    words = draft.name.split()
    # A place only by a preposition: "sold to Morvik Fisk AS" names the buyer.
    weak_place = draft.kind is ActorKind.place and draft.found_by.startswith("after '")
    if not (draft.kind is ActorKind.other or weak_place):
        return None
    if any(_BRACKETED_PRIVATE_FORM.match(text, end) for _, end in draft.spans):
        return ActorKind.organization, "a private company's form in brackets after the name ('(Pty) Ltd')"
    if any(_FIRM_NOUN_THEN_BRACKET.search(text, max(0, start - 30), start) for start, _ in draft.spans):
        # "the scammers used a company (Rock Varn Minier) to contact them": the bracket names the firm just said
        return ActorKind.organization, "in brackets after 'a company'"
    if len(words) < 2:
        return None
    if words[-1] in _LEGAL_FORM_LAST or words[0] in _LEGAL_FORM_FIRST:
        form = words[-1] if words[-1] in _LEGAL_FORM_LAST else words[0]
        return ActorKind.organization, f"a firm's legal form '{form}'"
    if len(words) >= _FOR_A_TRADE_WORDS and "for" in words[1:-1] and words[-1].casefold() in TRADES_AFTER_FOR:
        # "Beit Quellan for Money Exchange": an Arab firm named for its trade (`name_bounds.trade_after_for`)
        return ActorKind.organization, f"a firm named for its trade '{words[-1]}'"
    return None


_FOR_A_TRADE_WORDS = 4


# "Greenlanders", "Costa Ricans", "Serbs", "Bavarian": a people named from its place. The stems to
# try for each ending: the place itself ("Greenland", "Costa Rica", "Serbia", "Bavaria").
_PEOPLE_STEMS = (("landers", 3, ""), ("ans", 2, ""), ("ian", 1, ""), ("s", 1, "ia"))
# A people named by its land less "-ia" ("Croats", "Serbs") has a land: a state, or a region this large.
_LAND_OF_A_PEOPLE = 500_000


# A word nothing else explains before "-speaking" is a people's tongue: "Quechua-speaking farmers"; before
# "and other peoples" it is one of them: "the Tarvi and other peoples of the delta" (re3d marks peoples and
# their tongues as nationalities).
_PEOPLE_AFTER = re.compile(r"-speaking\b|[ \t]+and[ \t]+other[ \t]+(?:peoples|tribes|ethnic[ \t]+groups|clans)\b")
# "a Hutu armed group": one group of many of that people (a group's own name takes "the": "the X armed group").
_GROUP_OF_A_PEOPLE = re.compile(r" armed group\b")
# A member of a people by a trade no employer gives, before the member's name: "said Tarvosh herder Ilse Varn"
# (not "trader": "a Tarvex trader" may be a bank's).
_MEMBER_OF_A_PEOPLE = re.compile(
    r" (?:farmer|herder|fisherman|villager|shopkeeper|tribesman|tribeswoman|nomad|elder|refugee)"
    r" [A-Z]"
)


def _people_of_a_place(text: str, draft: ActorDraft) -> tuple[ActorKind, str] | None:
    """A name nothing explained that is a place's people: filed as a state, as "the X people" is
    (re3d marks peoples as nationalities). Not "Rangers" or "Christian": the place must be known;
    not "the Highlanders" (a team's or a regiment's name, written with "the")."""
    words = draft.name.split()
    if len(words) == 1 and draft.found_by.startswith("followed by '") and is_people(draft.name.casefold()):
        return ActorKind.state, PEOPLE_FOUND_BY  # "young Nuer fighters": the fighters' people
    if draft.kind is not ActorKind.other or draft.found_by != NO_CUE or len(words) > 2:
        return None
    if not all(word[:1].isupper() and word[1:].islower() for word in words):
        return None
    folded = draft.name.casefold()
    if is_people(folded):
        return ActorKind.state, PEOPLE_FOUND_BY  # "a Hutu armed group", "Bosnian Serb"
    if len(words) == 1 and any(_PEOPLE_AFTER.match(text, end) for _, end in draft.spans):
        return ActorKind.state, "a people by its tongue or its kin ('X-speaking', 'X and other peoples')"
    if len(words) == 1 and any(
        _GROUP_OF_A_PEOPLE.match(text, end) and text[max(0, start - 3) : start].casefold() in (" a ", "an ")
        for start, end in draft.spans
    ):
        return ActorKind.state, PEOPLE_FOUND_BY  # "a Tarvosh armed group": one of that people's groups
    if len(words) == 1 and any(_MEMBER_OF_A_PEOPLE.match(text, end) for _, end in draft.spans):
        return ActorKind.state, PEOPLE_FOUND_BY  # "Tarvosh herder Ilse Varn": one of that people
    table = gazetteer()
    if folded.endswith("s") and table.country_of_demonym(folded[:-1]) is not None:
        return ActorKind.state, f"the people of '{table.country_of_demonym(folded[:-1])}'"  # "Afghans"
    for ending, cut, added in _PEOPLE_STEMS:
        if not folded.endswith(ending):
            continue
        stem = folded[:-cut] + added
        if ending == "landers" and any(
            text[max(0, start - 4) : start].casefold() == "the " for start, _ in draft.spans
        ):
            continue
        place = table.lookup(tuple(stem.split())) if len(stem) >= 4 else None
        # (the place's own spelling: "the Paps of Jura" are no people of Pavia, a spelling alike of "Papia")
        if place is not None and fold(place.name) == stem:
            if added and place.kind != "state" and place.population < _LAND_OF_A_PEOPLE:
                continue  # "their god of war, Ares": no people is named after a small town ("Areia")
            return ActorKind.state, f"the people of the place '{stem}'"
    return None


_COMMON_PASS_WORD = 4.0


def _mountain_pass(text: str, draft: ActorDraft) -> bool:
    """'in the Bolan Pass', 'The Khyber Pass was closed': a name ending with "Pass" written after "the" is a
    way over mountains; a ticket is sold as "a Season Pass", "an Oyster Pass"."""
    words = draft.name.split()
    return (
        len(words) >= 2
        and words[-1] == "Pass"
        and zipf(words[0].casefold()) < _COMMON_PASS_WORD  # "the Season Pass", "the Rail Pass": tickets
        and any((before := _before(text, start)) and before[-1] in ("the", "The") for start, _ in draft.spans)
    )


# Heads of waters and fields that a given name may open ("the Phillip Channel", "the Jubilee Field"); a person
# takes no "the".
_SITE_HEADS_AFTER_THE = word_set("channel field strait sound shoal bank reef passage basin")


def _site_after_the(text: str, draft: ActorDraft) -> bool:
    """'near the Phillip Channel', 'including the Jubilee Field': a name read as a person's, ending with a water's
    or an oil field's head and written after "the" every time, is the place (not a post of a body: "the President
    of the European Investment Bank")."""
    words = draft.name.split()
    return (
        len(words) >= 2
        and not is_title(fold(words[0]))
        and words[-1][:1].isupper()
        and words[-1].casefold() in _SITE_HEADS_AFTER_THE
        and all((before := _before(text, start)) and before[-1] in ("the", "The") for start, _ in draft.spans)
    )


# Prepositions one is in a wood by, and a wood's words: "a fall in Johnny Wood", "a walk through Varn Woods".
_INTO_A_WOOD = frozenset(("in", "into", "through"))
_WOOD_HEADS = frozenset(("wood", "woods"))
_TRUST_IN = frozenset(("believe", "believes", "believed", "trust", "faith", "interest", "interested", "confidence"))


def _wood_one_is_in(text: str, draft: ActorDraft) -> bool:
    """'a fall in Johnny Wood': a name read as a person's, ending in "Wood" and written after "in", "into" or
    "through" every time (and never in the possessive: "in Elijah Wood's film"), is the wood; no one is in a
    person."""
    words = draft.name.split()
    return (
        len(words) >= 2
        and words[-1].casefold() in _WOOD_HEADS
        and all(
            (before := _before(text, start))
            and before[-1] in _INTO_A_WOOD
            and not (len(before) >= 2 and before[-2].casefold() in _TRUST_IN)  # "we believe in Tom Wood"
            and text[end : end + 1] not in ("'", "’")
            for start, end in draft.spans
        )
    )


# A wire story's closing credits, from their label: "(Reporting by Ilse Varn in Tarnby and Tomas Quell in
# Varnmoor; Editing by Ann Holt)": the names in them are the reporters' and the editors'.
_CREDIT_LABEL = re.compile(r"\(?(?:Additional )?(?:[Rr]eporting|Writing|Editing|Compiled) by ")
_CREDIT_LINE_CHARS = 240


def _in_credit_line(text: str, start: int) -> bool:
    """Whether the name at `start` stands in a credit line after its label, with no sentence's end between."""
    reach = max(0, start - _CREDIT_LINE_CHARS)  # (a break or a bracket before it would not count: read no further)
    opening = max(text.rfind("\n", reach, start), text.rfind("(", reach, start), reach)
    label = _CREDIT_LABEL.match(text, opening + (text[opening] == "\n"))
    return label is not None and ". " not in text[label.end() : start]


def _post_spelled_by_letters(draft: ActorDraft) -> bool:
    """'the Special Presidential Envoy for Hostage Affairs (SPEHA)': a post's title ("Envoy", "Representative")
    before its remit ("for ... Affairs"), whose letters the text defines, is still the post, no body."""
    if draft.found_by != "an acronym" or draft.kind is not ActorKind.organization:
        return False
    words = draft.name.split()
    if len(words) < 4 or fold(words[-1]) not in _REMIT_ENDS:
        return False
    remit = next((k for k, word in enumerate(words) if word in ("for", "of", "on")), None)
    return remit is not None and remit > 0 and fold(words[remit - 1]) in _POSTS_WITH_REMITS


# Posts named by a remit, never a body's head word: "Envoy for ...", "Representative for ..."; the last words
# of such a remit ("Hostage Affairs", "Security Policy").
_REMIT_ENDS = word_set("affairs policy")
_POSTS_WITH_REMITS = word_set("envoy representative rapporteur coordinator commissioner adviser advisor")


# A person's full name (a title first, years in brackets after it, if any), then "of", right before a name: "Mrs
# Eirlys Parry of Rachub", "Elizabeth Sanderson (1861-1933) of Allenheads".
_PERSON_OF = re.compile(
    r"(?:^|[\s(])(?P<given>[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,3})(?: \([^()\n]{1,20}\))?,? of $"
)


def _home_of_a_person(text: str, draft: ActorDraft) -> bool:
    """'Mrs Eirlys Parry of Rachub', 'Lady Ellen Howard of Greystoke': a name of one or two words nothing else
    explains, after a person's given and family names and "of", is where that person lives or comes from."""
    if len(draft.name.split()) > 2 or any(ch.isdigit() for ch in draft.name):
        return False
    for start, _ in draft.spans:
        match = _PERSON_OF.search(text, max(0, start - 60), start)
        if match is None or match.end() != start:
            continue
        if _job_word_before(text, match.start("given")):
            continue  # "striker Viorel Ion of Otelul Galati", "said Ann Holt of Quellstone": the club, the employer
        words = [w.casefold() for w in match["given"].split()]
        while words and words[0] in TITLES:
            if words[0] not in _COURTESY_TITLES:
                break  # "Midfielder Tomas Varn of Quellbury Athletic": a job's title, so "of" names the club
            words = words[1:]  # "Mrs Eirlys Parry", "Lady Ellen Howard": the courtesy title before the given name
        if len(words) >= 2 and is_given_name(words[0]):
            return True
    return False


# Titles of courtesy, which say nothing of a job: after them "of" names where the person lives.
_COURTESY_TITLES = word_set("mr mrs ms miss mx dr sir dame lady lord rev reverend")


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _job_word_before(text: str, start: int) -> bool:
    """Whether a lower-case word that is no small word (a job, a verb of saying) stands right before `start`: after
    "striker", "analyst" or "said", the place after "of" is the person's club or employer, not their home."""
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return word is not None and word[1].islower() and word[1] not in FUNCTION_WORDS


# A shop's or a firm's premises on a named street, right after its one-word name: "thank you to Greggs on Front
# Street", "at Walgreens on Front Street" (a person is not "on" a street so, a town not inside one).
_ON_A_STREET = re.compile(
    r" (?:on|in) (?:[A-Z][\w'’-]+ ){1,2}(?:" + "|".join(sorted(word.capitalize() for word in STREET_HEADS)) + r")\b"
)


# A firm's role for a listed company, in brackets after its name in a release's enquiries box: "Tavistock Sloane
# (financial PR): Ann Holt", "Quell Capital (Nominated Adviser and Broker)".
_FIRMS_ROLE_AFTER = re.compile(
    r" \((?:[Ff]inancial PR|PR adviser|(?:Nominated|Joint|Corporate|Sole) (?:[Aa]dviser|[Bb]roker|[Bb]ookrunner)"
    r"|Nomad|NOMAD|Registrars?)(?: (?:and|&) [A-Za-z ]{1,30})?\)"
)


# An airport named by its county, the word, then its town: "Cornwall Airport Newquay", "Stavanger Airport Sola"
# (no person's name holds the word, whatever verb follows it).
_AIRPORT_WORDS = frozenset(("airport", "airfield", "aerodrome"))


# A show champion's title, written before an animal's name on show results: "Ch Brackenrigg Tumbleweed" (champion),
# "Sh Ch Carrowmore Red Admiral" (show champion), "FT Ch" (field trial), "Int Ch" (international); an animal is
# no firm and no person, whatever is said of it ("owned by").
_ANIMAL_TITLE = re.compile(r"(?:^|\s)(?:(?:Sh|SH|FT|Ft|Int|INT|Ir|Am|Gr|Ob)\s)?Ch\s(?=[A-Z])")


# What is done to a ship and never to a person, right after its name, in the passive or as a participle after a
# comma: "Aurora Starling, refitted at the yard in 2025", "Jessie Mackay was berthed at Leith" (not "Tom Varn
# refitted the kitchen": the person did it).
_SHIPS_FATE_AFTER = re.compile(
    r"(?:,|[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been))[ \t]+"
    r"(?:refitted|re-fitted|berthed|moored|scuttled|dry-?docked|re-?flagged)\b"
    # ...or a ship's noun in the phrase after a comma that says what it is: "the James Varn Layne, the Liberty ship
    # torpedoed in 1945", "Quell Explorer, the twin-hulled boat run by ..." (not "Tom Varn, the boat builder": the
    # noun ends the phrase or a ship's fate or owner follows it)
    r"|,[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:ship|boat|steamer|steamship|vessel|wreck|collier|freighter|liner|"
    r"schooner|launch)(?=[ \t]*[,.;)]|[ \t]+(?:torpedoed|sunk|sank|built|launched|wrecked|scuttled|lost|that|which|"
    r"whose|run|owned|operated|beached|mined)\b)"
)


# A dateline right after a byline's name: a town in capitals, then a month and a day ("HYDERABAD July 14").
_DATELINE_AFTER_BYLINE = re.compile(
    r" [A-Z]{4,}(?: [A-Z]{3,})?,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
)
# A plural's possessive before a further word: "Wharfedale Farmers' Market", "Tarnby Makers' Market".
_PLURAL_POSSESSIVE_INSIDE = re.compile(r"\ws['’] \w")


# A book's details in a review: its publisher, then its page count and price ("Jonathan Cape, 384pp, £18.99",
# "Canongate Lane, 256 pp"): the name before the count is a publisher's, whatever words it holds.
_PAGE_COUNT_AFTER = re.compile(r",[ \t]*\d{2,4}[ \t]?pp\b")


# Animals whose own names are written like a person's: "a racehorse, Calder Lad", "the greyhound Tarn Flyer".
_ANIMAL_NOUNS = frozenset(
    ("racehorse", "horse", "greyhound", "stallion", "mare", "gelding", "filly", "colt", "pony", "dog", "puppy")
)


def _animal_before(words: list[str]) -> bool:
    """Whether the words before a name end with an animal's noun, with or without a comma after it."""
    return bool(words) and words[-1].rstrip(",") in _ANIMAL_NOUNS  # in lower case: "Crazy Horse" is a name


def _kind_from_evidence(text: str, draft: ActorDraft) -> tuple[ActorKind, str] | None:
    if draft.kind is not ActorKind.organization and any(_PAGE_COUNT_AFTER.match(text, end) for _, end in draft.spans):
        return ActorKind.organization, "a publisher before a book's page count ('X, 384pp')"
    if draft.kind is not ActorKind.other and _ANIMAL_TITLE.search(draft.name):
        return ActorKind.other, "an animal after a show champion's title ('Ch X', 'Sh Ch X')"
    if _post_spelled_by_letters(draft):
        return ActorKind.person, "a post named by its remit, with its letters"
    if draft.kind in (ActorKind.organization, ActorKind.other) and any(
        _agency_after_dateline(text, start, end) or _interviewer(text, start, end) for start, end in draft.spans
    ):
        # "Ulaanbaatar, April 25 (TARNSAME) The minister ...", "told QRR in an interview": who reports the news
        return ActorKind.media, "a news agency after a dateline, or the outlet that interviewed someone"
    if (
        draft.kind is ActorKind.other
        and 2 <= len(draft.name.split()) <= 3
        and all(word.istitle() for word in draft.name.split())
        and any(_DATELINE_AFTER_BYLINE.match(text, end) for _, end in draft.spans)
    ):
        # "Varun Tejaswi HYDERABAD July 14, 2022": a reporter's byline, then the dateline's town in capitals
        return ActorKind.person, "a byline before a dateline in capitals"
    if (
        draft.kind is ActorKind.other
        and len(draft.name.split()) <= _BYLINE_NAME_WORDS
        and all(word.istitle() for word in draft.name.split())
        and all(_bar_byline(text, start, end) for start, end in draft.spans)
    ):
        # "by Tarvo | Thursday, Dec 25, 2014": a news site's byline, the writer's name, a bar, the day it ran
        return ActorKind.person, "a byline before a bar and the day"
    if (
        draft.kind in (ActorKind.organization, ActorKind.other)
        and draft.name.isupper()
        and 2 <= len(draft.name.split()) <= 3
        and draft.name.split()[0].casefold() not in KNOWN_MEDIA
        and all(_capitals_byline(text, start, end) for start, end in draft.spans)
    ):
        # "23 January 2020 - 08:38 By KAGISO MVELASE" on its own line: the reporter, written in capitals
        return ActorKind.person, "a byline in capitals ('By X' ending its line)"
    if (
        draft.kind in (ActorKind.organization, ActorKind.other)
        and 2 <= len(draft.name.split()) <= 3
        and all(_PHOTO_BY_BEFORE.search(text, max(0, start - 24), start) for start, _ in draft.spans)
    ):
        # "All photos by DAN GATSINZI.": who took the pictures, a person, though written in capitals
        return ActorKind.person, "after 'photos by' (who took the picture)"
    if (
        draft.kind is ActorKind.other
        and any(_COMPANY_AFTER.match(text, end) for _, end in draft.spans)
        and gazetteer().lookup(tuple(fold(word) for word in draft.name.split())) is None
    ):
        # "the representative of the Tarbaco-Quellakas company": a firm named before its noun (not "a Leeds firm")
        return ActorKind.organization, "before 'company' in lower case"
    if (
        draft.kind is ActorKind.other
        and not is_people(fold(draft.name))  # "the Bosnian Serb leader Milorad X": a people's leader, no body's
        and any(_LEADER_AND_NAME_AFTER.match(text, end) for _, end in draft.spans)
    ):
        # "with Varko head, Nicholas Tarnopoulos": a body named before its leader's post and the leader's name
        return ActorKind.organization, "before its leader's post and name ('X leader Ilse Varn')"
    words = draft.name.split()
    # ("the Tarbaco company, Iraklis Varnadis" alone reads the name as the company's, by its apposition)
    weakly_a_body = draft.kind is ActorKind.organization and draft.found_by.startswith("after '")
    if (
        (draft.kind is ActorKind.other or weakly_a_body)
        and 2 <= len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and any(_ROLE_OF_A_BODY_BEFORE.search(text, max(0, start - 90), start) for start, _ in draft.spans)
    ):
        # "the representative of the Tarbaco company, Iraklis Varnadis": a role in a body, a comma, its holder
        return ActorKind.person, "after a role in a body and a comma ('the representative of X, Ilse Varn')"
    if (
        draft.kind is ActorKind.other
        and 2 <= len(words) <= 3
        and any(_WAS_A_PERSON_AFTER.match(text, end) for _, end in draft.spans)
    ):
        # "Lemi Tarang was just another fine arts student": what the name was, one of people's nouns
        return ActorKind.person, "'was a' and a noun of people after the name ('X was a student')"
    if draft.kind is ActorKind.other and any(_MEMBERS_SEAT_AFTER.match(text, end) for _, end in draft.spans):
        # "Imanga Varuyima, Member of Parliament for Nalolo,": who sits for a seat
        return ActorKind.person, "before ', Member of Parliament' (who sits for a seat)"
    if draft.kind is ActorKind.person and len(words) >= 2 and words[-1] == "House" and _states_house(words[:-1]):
        return ActorKind.organization, "a state's name before 'House' (its legislature's chamber)"
    if draft.kind is ActorKind.other and _INITIAL_GLUED.fullmatch(draft.name):
        # "attended by O.Tsendbaatar, the Vice Minister": a father's initial glued to the name, as Mongolian names
        # are written
        return ActorKind.person, "an initial glued to a name by a dot ('O.Tsendbaatar')"
    if (
        draft.kind in (ActorKind.organization, ActorKind.person)
        and fold(draft.name.split()[-1]) not in _FIRM_FORMS
        and any(text.startswith(_PRODUCT_MARKS, end) for _, end in draft.spans)
    ):
        # "the acquisition of VARNOXA®", "Tarnix™ sales": a registered or trade mark after a name marks a product
        return ActorKind.other, "a trade mark's sign after the name (a product)"
    if draft.kind in (ActorKind.person, ActorKind.other) and any(
        _FIRMS_ROLE_AFTER.match(text, end) for _, end in draft.spans
    ):
        return ActorKind.organization, "a firm's role for a listed company in brackets after it"
    if draft.kind is ActorKind.other and _home_of_a_person(text, draft):
        return (
            ActorKind.place,
            "where a person is from, after the person's name and 'of' ('Mrs Eirlys Parry of Rachub')",
        )
    if (
        draft.kind is ActorKind.other
        and " " not in draft.name
        and any(_ON_A_STREET.match(text, end) for _, end in draft.spans)
    ):
        return ActorKind.organization, "a shop or a firm on a named street ('Greggs on Front Street')"
    if _shore_base(text, draft):
        return ActorKind.place, "a shore base named like a ship ('at HMAS X', 'to HMAS X in Y')"
    # (a carrier's noun reads as a firm's to the name rules: "the bulk carrier X" is a ship)
    read_as_ship = draft.kind in (ActorKind.person, ActorKind.other) or draft.found_by == "after 'carrier'"
    # (on a page about navies too: "the iron screw steamer Margaret Hallam" is a ship, no woman)
    if read_as_ship and any(
        merchant_ship_before(text, _before(text, start), any_page=True) for start, _ in draft.spans
    ):
        return ActorKind.other, "a merchant ship after its kind ('the tanker X')"
    if draft.kind is ActorKind.person and all(_animal_before(_before(text, start)) for start, _ in draft.spans):
        return ActorKind.other, "an animal after its kind ('a racehorse, X', 'the greyhound X')"
    if draft.kind is ActorKind.person and _PLURAL_POSSESSIVE_INSIDE.search(draft.name):
        return ActorKind.other, "a plural's possessive inside the name ('X Farmers' Market'), never a person's"
    if draft.kind is ActorKind.person and any(_SHIPS_FATE_AFTER.match(text, end) for _, end in draft.spans):
        return ActorKind.other, "a ship by what is done to it, named like a person ('X, refitted at ...')"
    if draft.kind is ActorKind.person and any(
        boarded_ship(_before(text, start), _after(text, end)) for start, end in draft.spans
    ):
        return ActorKind.other, "a ship one is aboard, named like a person ('aboard Aurora Starling')"
    capitals = draft.kind is not ActorKind.other and not has_cue(tuple(fold(word) for word in draft.name.split()))
    if capitals and any(vessel_in_capitals(text, start, draft.name) for start, _ in draft.spans):
        return ActorKind.other, "a ship named in capitals after a ship's noun"
    if draft.kind is ActorKind.other and _mountain_pass(text, draft):
        return ActorKind.place, "a pass over mountains, after 'the' ('across the X Pass')"
    if draft.kind is ActorKind.person and _wood_one_is_in(text, draft):
        return ActorKind.place, "a wood one is in, named like a person ('a fall in Johnny Wood')"
    if draft.kind is ActorKind.person and _site_after_the(text, draft):
        return ActorKind.place, "a water's or a field's head after 'the' ('near the Phillip Channel')"
    airport_inside = _AIRPORT_WORDS & set(fold_phrase(draft.name)[1:-1])
    if draft.kind in (ActorKind.other, ActorKind.person) and airport_inside:
        return ActorKind.place, "an airport's word inside its name ('Cornwall Airport Newquay')"
    if draft.kind is ActorKind.other and any(before_town_and_postcode(text, end) for _, end in draft.spans):
        return ActorKind.place, "a street or a building before its town and postcode ('X Way, Tarnby TN1 2AB')"
    first = draft.name.split()[0].casefold()
    if draft.kind is ActorKind.other and first in KNOWN_MEDIA and len(draft.name.split()) > 1:
        return ActorKind.media, f"opens with an outlet's name '{draft.name.split()[0]}'"
    # A place only by a preposition or by its neighbour in a list: other mentions may say more.
    weak_place = draft.kind is ActorKind.place and draft.found_by.startswith(("after '", "listed with the place"))
    if (draft.kind is ActorKind.other or weak_place) and first in KNOWN_BODIES and len(draft.name.split()) > 1:
        return ActorKind.organization, f"opens with a body's name '{draft.name.split()[0]}'"  # "UNICEF Pacific"
    weak_person = draft.found_by.split(";")[0] in _WEAK_PERSON_CUES
    if draft.kind is ActorKind.person and weak_person and _state_form_in(draft.name):
        return ActorKind.organization, "a form of state in its name"
    if (
        draft.kind is ActorKind.person
        and " " not in draft.name
        and draft.found_by.startswith("followed by '")
        and any(_WHICH_AFTER.match(text, end) for _, end in draft.spans)
    ):
        # "Orvik says ... Orvik, which makes its laptops in Vietnam": a speaker no person is.
        return ActorKind.organization, "a speaker written with ', which'"
    if (
        draft.kind is ActorKind.person
        and draft.found_by.startswith("a family name '")
        and any(_TOWN_AFTER_VENUE.search(text, max(0, start - 16), start) for start, _ in draft.spans)
    ):
        # "St Aidan's Church, Broughty Ferry, on January 24": the town a venue stands in.
        return ActorKind.place, "the town after a venue's name ('Church, X')"
    if (
        draft.kind is ActorKind.person
        and draft.found_by.startswith(("a family name '", "a name whose last word is used alone"))
        and not is_given_name(draft.name.split()[0].casefold())
        and any(_ITS_AFTER_SUBJECT.match(text, end) and _opens_sentence(text, start) for start, end in draft.spans)
    ):
        # "Rival Haldane Varga cut the price of its Solvane 11": what the name does is "its", a firm's.
        return ActorKind.organization, "the subject of a sentence that goes on with 'its'"
    if (
        draft.kind is ActorKind.state
        or (draft.kind is ActorKind.other and draft.found_by == "a capitalised name" and " " not in draft.name)
    ) and _federal_states_listed(text, draft):
        # "contractors in Kogi and Niger states": a federation's states by their plural, one named like a country
        return ActorKind.place, "listed before 'states' in lower case (a country's states)"
    if (
        draft.kind is ActorKind.organization
        and fold(draft.name.split()[0].split("-")[0]) in ARABIC_BODY_OPENERS
        and any(_ARMED_NOUN_AFTER.match(text, end) for _, end in draft.spans)
    ):
        # "the Jamaat-ur-Varnak faction of the Pakistani Taliban", "Harakat Varnak fighters": an Arabic word for a
        # group opens the name, and the noun after it says the group fights
        return ActorKind.armed_force, "an Arabic group's name before a word of fighters ('X faction')"
    if draft.kind is ActorKind.organization and _state_of_a_country(text, draft):
        return ActorKind.place, "a country's state or department (after a word of place, or a known region's name)"
    if draft.kind is ActorKind.place and _body_named_for_place(draft):
        return ActorKind.organization, "a body named for the place it serves"
    if (
        draft.kind is ActorKind.organization
        and draft.name.split()[-1].casefold() in _STREET_OR_BODY_HEADS
        and len(draft.name.split()) >= 2
        and all(_HOME_AFTER_AGE.search(text, max(0, start - 12), start) for start, _ in draft.spans)
    ):
        # "Ilse Varn, 40, of Thistle Bank, Staxby": an address, though "Bank" may end a firm's name
        return ActorKind.place, "where a person named with an age lives ('Ilse Varn, 40, of X')"
    if _compass_for_a_family_name(draft) and not any(_LOWER_WORD_AFTER.match(text, end) for _, end in draft.spans):
        # "Ablekuma North: we won't accept it", "Kuresoi South MP": a district or a seat, no Mr North
        return ActorKind.place, "closing with a compass word, its first word no given name"
    if _given_name_in_capitals(draft.name) and (
        draft.kind is ActorKind.other or draft.found_by == "a body's acronym opens it"
    ):
        # "LIAM McDonald hailed his side": a paper's first word in capitals, a given name, then the family name
        return ActorKind.person, "a given name in capitals before a family name"
    if draft.found_by == "a body's acronym opens it" and any(_WHO_AFTER.match(text, end) for _, end in draft.spans):
        # "an airman, YMS Yaparathna, who had fallen": a person's initials in capitals, then the name
        return ActorKind.person, "initials and a name, then 'who'"
    if draft.kind is ActorKind.person and all(label_of_value(text, start) in BODY_LABELS for start, _ in draft.spans):
        # "Political party: Jamiat-e Varnak", "Allegiance: Hizb-e Quell": only ever where a box lists bodies; the
        # name's look (a given name's word, a hyphened particle) made it a person's
        return ActorKind.organization, "listed where a box of facts lists bodies ('Party:')"
    if draft.kind is not ActorKind.other and not weak_place:
        return None
    folded_words = tuple(fold(word) for word in draft.name.split())
    if any(label_of_value(text, start) in BODY_LABELS for start, _ in draft.spans):
        return ActorKind.organization, "listed where a box of facts lists bodies ('Party:')"
    for start, end in draft.spans:
        if _life_after(text, end):
            return ActorKind.person, "a life's years in brackets after the name"
        if _BIRTH_NAME_BEFORE.search(text, max(0, start - 8), start):
            return ActorKind.person, "a name given at birth ('born X', 'née X')"
        if _title_apposed(text, start, end):
            return ActorKind.person, "set after a title"
        if _AGE_AFTER.match(text, end) and 2 <= len(draft.name.split()) <= 4:
            return ActorKind.person, "an age after the name ('Ilse Varn, 40,')"
        if _ALIAS_AFTER.match(text, end) and len(draft.name.split()) <= 4:
            return ActorKind.person, "a name before 'alias' or 'aka' ('Kofi Varn alias Kibo')"
        if draft.kind is ActorKind.other and _EMPLOYER_LEFT_BEFORE.search(text, max(0, start - 60), start):
            return ActorKind.organization, "the employer someone left ('joined X from Y')"
        if _KIN_BEFORE.search(text, max(0, start - 30), start) and len(draft.name.split()) <= 3:
            return ActorKind.person, "after a word of family ('his wife, Isobel')"
        if _HOME_AFTER_AGE.search(text, max(0, start - 12), start):
            return ActorKind.place, "where a person named with an age lives ('Ilse Varn, 40, of X')"
        if _after_outlet_possessive(text, start) and 2 <= len(draft.name.split()) <= 3:
            return ActorKind.person, "an outlet's journalist ('the BBC's ...')"
        if 2 <= len(draft.name.split()) <= 4 and _in_credit_line(text, start) and not has_cue(folded_words):
            return ActorKind.person, "named in a wire's credit line ('Reporting by X in Y and Z in W')"
        if (
            draft.kind is ActorKind.other
            and " " not in draft.name
            and text[max(0, start - 3) : start] == "by "
            and _in_credit_line(text, start)
            and not has_cue(folded_words)
        ):
            # "(Reporting by Indulal PM; Editing by ...)": one name (with initials after it) right after the label
            return ActorKind.person, "named alone after a wire's credit label ('Reporting by X')"
    no_cue = draft.found_by in (NO_CUE, UNEXPLAINED_ON_THINGS_PAGE)  # a band or a venue on a review, too
    if draft.kind is ActorKind.other and no_cue and not draft.name.endswith("s"):
        for start, end in draft.spans:
            if _PLURAL_VERB_AFTER.match(text, end) and not _LISTED_BEFORE.search(text, max(0, start - 5), start):
                return ActorKind.organization, "a plural verb after a name of one ('Glasshouse Parade have')"
            if (
                _VENUE_AROUND_BEFORE.search(text, max(0, start - 7), start)
                and _VENUE_AROUND_AFTER.match(text, end)
                and fold(draft.name.split()[-1]) not in _GATHERINGS
            ):
                # (not "at the Varnex Summit in Geneva": a gathering held in the town, no venue)
                return ActorKind.place, "a venue in its town ('at the Barrowland in Glasgow')"
            if (
                " " not in draft.name
                and _INN_IN_ITS_VILLAGE.match(text, end)
                and text[max(0, start - 4) : start] == "the "
            ):
                return ActorKind.place, "an inn by its village ('the Plough at Tarnby')"
    if _arabic_personal_name(draft.name) and not all(
        _PLACE_NOUN_OF_BEFORE.search(text, max(0, start - 40), start) for start, _ in draft.spans
    ):
        # (not where every mention follows a place's noun: "the province of Salah al-Din", a land named for a man)
        return ActorKind.person, "an Arabic personal name"
    if draft.kind is ActorKind.other and _chained_given_names(draft.name):
        # "Ameen Hamid Mohammed Varn": a man's given name, his father's and his grandfather's, as Arab and Somali
        # names chain them (no body or place is named by two given names in a row)
        return ActorKind.person, "given names chained after the first (a father's and a grandfather's)"
    if _afghan_or_persian_name(draft.name):
        # "Mohibullah Akhundzada", "Najibullah Tarnwal": a given name of God's ("-ullah") or a family name
        # of "son of" ("-zada", "-zadeh") marks a man's name, as "Abd al-" does
        return ActorKind.person, "an Afghan or Persian personal name"
    if _SERVANT_OF_NAME.match(draft.name) and len(draft.name.split()) >= 2:
        # "Abd-al-Hadi Mahmud al-Varni Ali", "Abd al-Karim Tarnawi": "servant of" one of God's names opens a
        # man's given name, and no body's or place's
        return ActorKind.person, "an Arabic given name 'Abd al-'"
    if (
        draft.kind is ActorKind.other
        and " " not in draft.name
        and any(_MODEL_AFTER_POSSESSIVE.match(text, end) for _, end in draft.spans)
    ):
        return ActorKind.organization, "a maker, before its model's name ('Huawei's Mate 80')"
    if draft.kind is ActorKind.other and _ACRONYM.fullmatch(draft.name) and not _ROMAN.fullmatch(draft.name):
        return ActorKind.organization, "an acronym"
    if (
        draft.kind is ActorKind.other
        and 2 <= len(draft.name.split()) <= 4
        and any(_photographer_before_agency(text, start, end) for start, end in draft.spans)
    ):
        # "[File: Evgeniy Maloletka/AP Photo]", "[Dawit Quellamo/Al Jazeera]": a picture's credit in brackets names
        # who took it, then the agency after a slash (how Al Jazeera and many sites credit every picture)
        return ActorKind.person, "a photographer credited before an agency ('[X/AP Photo]')"
    if draft.kind is ActorKind.other and any(_agency_credit_pair(text, start, end) for start, end in draft.spans):
        # "(AFP/Tarnpix)" under a picture: the second agency of a credit that names a news agency first
        return ActorKind.media, "a picture agency credited beside a news agency ('(AFP/X)')"
    if draft.kind is ActorKind.other and any(_HANDLE_AFTER.match(text, end) for _, end in draft.spans):
        # "— Tarnby NewsHub (@TarnbyNewsHub) December 31": an embedded post's author, no person's name known
        return ActorKind.organization, "an account's owner, before its handle"
    if draft.kind is ActorKind.other and _reached_place(text, draft) and not is_people(draft.name.casefold()):
        # (not "struck Kurdish-held villages": a people's word is the people, read below)
        return ActorKind.place, "a place troops or people move to or take"
    if draft.kind is ActorKind.other and _lies_near(text, draft):
        return ActorKind.place, "what something lies near, or between, in a land"
    return None


# "ambushed near Tarvoko", "camps outside Varnu", "between Tarvoko in Mali and ...": a name of no kind there is
# a place ("between" alone may join two bodies, so only with the land it lies in after it).
_NEAR_WORDS = frozenset({"near", "outside"})
_IN_A_LAND = re.compile(r" in (?:the )?[A-Z]")


def _lies_near(text: str, draft: ActorDraft) -> bool:
    for start, end in draft.spans:
        before, after = _before(text, start), _after(text, end)
        if not before or text[end : end + 1] == "'":
            continue
        if after and after[0].isalpha() and after[0].islower() and after[0] not in FUNCTION_WORDS:
            continue  # "outside Tesk Varnal headquarters": a body's building, named by a noun after it
        if before[-1] in _NEAR_WORDS or (before[-1] == "between" and _IN_A_LAND.match(text, end)):
            return True
        if _pair_of_places_between(text, start, end, before[-1]):
            return True
    return False


# "a detachment between Tarvoko and Quellbé, near the border", "the road between Tarvoko and Quellbé in the central
# region": two names joined by "between" and "and", then where they lie (near, along, in a part of a land): two places.
_SECOND_OF_PAIR = re.compile(r" and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
_FIRST_OF_PAIR = re.compile(r"\bbetween [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} and $")
# (not "talks between Varn and Quell in Geneva": where two sides met)
_WHERE_THE_PAIR_LIES = re.compile(
    r",? (?:near|along|(?:north|south|east|west) of|in (?:the )?(?:north|south|east|west|central|\w+ern)\b) "
)


def _pair_of_places_between(text: str, start: int, end: int, previous: str) -> bool:
    if previous == "between":
        second = _SECOND_OF_PAIR.match(text, end)
        return second is not None and _WHERE_THE_PAIR_LIES.match(text, second.end()) is not None
    if previous == "and":
        return (
            _FIRST_OF_PAIR.search(text[max(0, start - 60) : start]) is not None
            and _WHERE_THE_PAIR_LIES.match(text, end) is not None
        )
    return False


# Verbs before a name that only a place follows: where forces and people go, and what they take
# ("entered Varnica", "shelled Oskel", "recapturing Tessivka"). A name with no cue of its own. (Not "towards", "into":
# "the post spread towards Brannock" may be anything.)
_MOVED_TO = word_set(
    """
    entered reached captured recaptured seized besieged shelled stormed liberated evacuated encircled
    bombarded overran retook struck conquered sacked razed
    entering reaching capturing recapturing seizing besieging shelling storming liberating encircling
    bombarding overrunning retaking
    """
)


# What a ruler or an army takes from another: "the emir took Dvin from the Sajids" (a town changes hands).
_TAKEN_FROM = re.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z]")


def _reached_place(text: str, draft: ActorDraft) -> bool:
    if len(draft.name.split()) > 2 or not draft.name[:1].isupper():
        return False
    return any(
        (before := _before(text, start))
        and (before[-1] in _MOVED_TO or _second_reached(before) or _taken_from(text, before, end))
        and not (len(before) > 1 and before[-2].casefold() in _ARTICLES)  # "a captured Humvee"
        for start, end in draft.spans
    )


def _taken_from(text: str, before: list[str], end: int) -> bool:
    """'took Dvin from the Sajids', 'won Tarnby from Labour': a name taken or won from a named other is a town or
    a seat that changed hands."""
    return before[-1] in ("took", "won", "wrested") and _TAKEN_FROM.match(text, end) is not None


def _second_reached(before: list[str]) -> bool:
    """'captured Sabiid and Awdheegle': the second of two one-word names after such a verb."""
    return (
        len(before) >= 3
        and before[-1] == "and"
        and before[-2][:1].isupper()
        and before[-2].isalpha()
        and before[-3] in _MOVED_TO
    )


_ARTICLES = word_set("a an the")


_BODY_WORDS = frozenset(word for word, cue in NAME_WORD.items() if cue.kind is ActorKind.organization) - {"state"}
_GLUE_BEFORE_PLACE = word_set("to for in of")


def _body_named_for_place(draft: ActorDraft) -> bool:
    """'Regional Assistance Mission to Varnak Islands': a body's word, then the place it serves."""
    words = [w.casefold() for w in draft.name.split()]
    return any(word in _BODY_WORDS and following in _GLUE_BEFORE_PLACE for word, following in pairwise(words))


def _ideology_before_group_noun(draft: ActorDraft) -> bool:
    """'Islamist fighters', 'Separatist rebels': a word for a creed before a group's noun names no
    group ("Hezbollah fighters" does)."""
    return (
        draft.kind is ActorKind.armed_force
        and " " not in draft.name
        and draft.name.casefold().endswith(("ist", "ists"))
        and draft.found_by.startswith("followed by '")
    )


# Police ranks written as letters before a name: British "PC Tomas Varnell", "DS Ilse Quistel"; Nigerian,
# Caribbean and South Asian "CP", "SP", "ASP", "DSP", "ACP", "CSP", "SSP", "DIG", "IGP", "ASI", "SI" (commissioner,
# superintendent, inspectors general, sub-inspectors and their grades). (Not titles everywhere: "PC Gamer" is a
# magazine, "DC" a city.)
POLICE_RANKS = word_set("pc wpc ds dc dci dsu pcso cp sp asp dsp acp dcp csp ssp dig igp aig asi si")
# Ranks written as a word that also names the force, so they are no title of their own ("the Garda Press
# Office"): before a given name and a surname they are the officer's rank ("Garda Ilse Varn").
_FORCE_WORD_RANKS = word_set("garda")


# "Department of the Treasury", "Ministry of the Interior": a department named for one remit.
_DEPARTMENT_OF_ONE_WORD = re.compile(r"(?:Department|Ministry) of (?:the )?([A-Z][a-z]{3,})")
# Remits that are forces of their own when written alone ("the Navy"): no short form of a department.
_FORCES_ALONE = word_set("army navy air marines")


def _department_by_its_remit(text: str, draft: ActorDraft) -> None:
    """'Treasury is also designating ...' after 'the Department of the Treasury': the remit's word
    alone in capitals, where no other name goes on from it, is the department's short form."""
    match = _DEPARTMENT_OF_ONE_WORD.fullmatch(draft.name)
    if match is None or draft.kind is not ActorKind.organization or match.group(1).casefold() in _FORCES_ALONE:
        return
    word = match.group(1)
    alone = re.compile(rf"(?<![\w-])(?<!of the )(?<!of ){word}(?!\w)(?! [A-Z])")
    if word not in draft.aliases and alone.search(text) is not None:
        draft.aliases.append(word)


def _cut_size_class(text: str, draft: ActorDraft, taken_ids: set[str]) -> None:
    """'the Aframax Orla Bright': a ship named Orla Bright, its size class left out of the name."""
    if not size_class_opens(draft.name):
        return
    first = draft.name.split()[0]
    cut = len(first) + 1
    draft.name = draft.name[cut:]
    draft.spans = [
        (start + cut, end) if text.startswith(first + " ", start) else (start, end) for start, end in draft.spans
    ]
    draft.kind, draft.found_by = ActorKind.other, f"a ship after its size class '{first}'"
    draft.id = claim_id(slug(draft.name, 60), taken_ids)


def _rank_and_surname_joined(drafts: list[ActorDraft], draft: ActorDraft) -> bool:
    """'PC Arkwright said' after 'PC Dylan Arkwright': a police rank and a family name is the officer the
    text named in full; the spelling and its spans join that person's draft (True: this draft goes)."""
    words = draft.name.split()
    if draft.kind is not ActorKind.other or len(words) != 2 or words[0].casefold() not in POLICE_RANKS:
        return False
    officers = [
        other
        for other in drafts
        if other is not draft
        and other.kind is ActorKind.person
        and len(other.name.split()) >= 2
        and other.name.split()[-1] == words[1]
    ]
    if len(officers) != 1:
        return False  # no officer of that name, or two: the text does not say which
    officers[0].aliases.append(draft.name)
    officers[0].spans.extend(draft.spans)
    return True


# Kinds an officer's rank letters and name are misread as: a place after "from", a body opened by letters.
_RANK_MISREAD_AS = frozenset((ActorKind.other, ActorKind.place, ActorKind.organization))
_NAME_WORD_ZIPF = 3.0  # "Adegoke", "Fayoade" (0) are no English words; "Financial", "Group" are


def _rare_name_words(words: list[str]) -> bool:
    """'Adegoke Fayoade': capitalised words no English text uses, a person's name no list knows."""
    return all(word.istitle() and zipf(word.casefold()) < _NAME_WORD_ZIPF for word in words)


# The office or wing a police rank serves in, named between the rank and its holder.
_UNITS_AFTER_A_RANK = frozenset(("headquarter", "headquarters", "wing", "branch", "division", "circle"))
_RARE_GIVEN_NAME = 2.5  # "Riyaz", "Zulfiqar": a given name the lists lack is no English word


def _take_police_rank(text: str, draft: ActorDraft, taken_ids: set[str]) -> None:
    """'PC Tomas Varnell', 'Garda Ilse Varn': an officer, with the rank as an alias."""
    words = draft.name.split()
    if len(words) < 3:
        return
    # Read as a person already ("CP Bello Adamu Garba, commended"), the letters are the officer's rank even
    # before a given name no list knows; read as nothing yet, the name after them must open with one.
    # (or its last word a family name a list knows: "PC Marlon St Hill", where no list knows the given name; not
    # "PC Gamer Newsletter")
    named = is_given_name(words[1].casefold()) or (words[-1].istitle() and is_surname(words[-1].casefold()))
    ranked = draft.kind is ActorKind.person or (draft.kind is ActorKind.other and named)
    # Read as a place or a body ("from AIG Adegoke Fayoade", "DCP Ade Ojo"): the letters are still a rank when
    # the words after them are a name's, no English words ("AIG Financial Products" is the insurer's arm).
    ranked = ranked or (draft.kind in _RANK_MISREAD_AS and (named or _rare_name_words(words[1:])))
    lettered = ranked and words[0].casefold() in POLICE_RANKS and words[0].isupper()
    worded = (
        draft.kind in (ActorKind.other, ActorKind.person)
        and words[0].casefold() in _FORCE_WORD_RANKS
        and is_given_name(words[1].casefold())
    )
    if not (lettered or worded):
        return
    cut = len(words[0]) + 1
    unit = next(
        (
            j
            for j in range(1, len(words) - 2)
            if words[j].casefold() in _UNITS_AFTER_A_RANK
            and (is_given_name(words[j + 1].casefold()) or zipf(words[j + 1].casefold()) < _RARE_GIVEN_NAME)
        ),
        None,
    )
    if unit is not None:
        cut = len(" ".join(words[: unit + 1])) + 1  # "SSP Traffic Headquarter Riyaz Varnoodi": the rank's unit
    draft.aliases.append(draft.name)
    draft.name = draft.name[cut:]
    draft.spans = [
        (start + cut, end) if text.startswith(words[0] + " ", start) else (start, end) for start, end in draft.spans
    ]
    draft.kind, draft.found_by = ActorKind.person, f"a police rank '{words[0]}'"
    draft.id = claim_id(slug(draft.name, 60), taken_ids)


# Malaysian honorifics of two words, the first of which is a word or a surname alone ("Tan" is a family name,
# "Tan Sri" a title): before two or more words of name they are the holder's style, no part of the name.
_MALAY_HONORIFICS = (("tan", "sri"), ("puan", "sri"), ("toh", "puan"))


def _take_malay_honorific(text: str, draft: ActorDraft, taken_ids: set[str]) -> None:
    """'Tan Sri Lim Boon Heng', 'Puan Sri Noraini Osman': a person, with the styled name as an alias."""
    words = draft.name.split()
    if len(words) < 4 or draft.kind not in (ActorKind.other, ActorKind.person):
        return
    if (words[0].casefold(), words[1].casefold()) not in _MALAY_HONORIFICS or not words[2][:1].isupper():
        return
    cut = len(words[0]) + len(words[1]) + 2
    styled = f"{words[0]} {words[1]} "
    draft.aliases.append(draft.name)
    draft.name = draft.name[cut:]
    draft.spans = [(start + cut, end) if text.startswith(styled, start) else (start, end) for start, end in draft.spans]
    draft.kind, draft.found_by = ActorKind.person, f"a Malaysian honorific '{styled.strip()}'"
    draft.id = claim_id(slug(draft.name, 60), taken_ids)


# A peer's title that is a given name too: a peer is "Earl Spencer" or "the Earl of Wessex", never the title before
# a given name and a family name, as a man named Earl is written ("Earl Roy Tarvin was charged").
_TITLES_ALSO_GIVEN_NAMES = ("Earl ",)


def _given_name_taken_for_a_title(text: str, draft: ActorDraft, taken_ids: set[str]) -> None:
    """'Earl Roy Tarvin': the person's first given name, which the title table read as a peer's title, goes back
    into the name."""
    words = draft.name.split()
    if draft.kind is not ActorKind.person or len(words) < 2 or not is_given_name(fold(words[0])):
        return
    if not is_surname(fold(words[-1])) and not words[-1][:1].isupper():
        return
    for title in _TITLES_ALSO_GIVEN_NAMES:
        size = len(title)
        opened = [(start, end) for start, end in draft.spans if text[max(0, start - size) : start] == title]
        if not opened:
            continue
        draft.name = title + draft.name
        draft.spans = [
            (start - size, end) if text[max(0, start - size) : start] == title else (start, end)
            for start, end in draft.spans
        ]
        draft.id = claim_id(slug(draft.name, 60), taken_ids)
        return


# The style of a minister or a member in Commonwealth releases, spelled out: "the Honourable Ilse Varn, Minister
# of National Defence" (Canada's releases open so; "Hon" is a title already). Before a given name it is the
# holder's style, no part of the name ("the Honourable Artillery Company" has no given name after it).
_HONOURABLE = word_set("honourable honorable")


def _take_honourable_style(text: str, draft: ActorDraft, taken_ids: set[str]) -> None:
    """'the Honourable Ilse Varn': a person named Ilse Varn, with the styled name as an alias."""
    words = draft.name.split()
    if len(words) < 3 or draft.kind not in (ActorKind.other, ActorKind.person):
        return
    if words[0].casefold() not in _HONOURABLE or not is_given_name(words[1].casefold()):
        return
    cut = len(words[0]) + 1
    draft.aliases.append(draft.name)
    draft.name = draft.name[cut:]
    styled = words[0] + " "
    draft.spans = [(start + cut, end) if text.startswith(styled, start) else (start, end) for start, end in draft.spans]
    draft.kind, draft.found_by = ActorKind.person, f"a member's style '{words[0]}'"
    draft.id = claim_id(slug(draft.name, 60), taken_ids)


_GENERIC_FORCE_ZIPF = 3.0  # "Defence Force", "Coast Guard": common words, which the people's word makes a name


def _people_or_state(word: str) -> bool:
    """A people's adjective ("Australian") or a state's short name ("US", "U.S.", "UK") opening a force's name."""
    folded = word.casefold()
    if gazetteer().country_of_demonym(folded) is not None:
        return True
    place = gazetteer().lookup((folded.replace(".", ""),))
    return place is not None and place.kind == "state" and word.replace(".", "").isupper()


# "the 5th Special Forces Group", "the 173rd Airborne Brigade Combat Team": an ordinal, then a word of a fighting
# arm, names a military unit, though a body's word ("Group", "Team") closes it.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_ARMS = word_set("forces infantry cavalry artillery airborne armored armoured marine marines aviation mechanized")


def _numbered_unit_of_a_force(draft: ActorDraft) -> tuple[ActorKind, str] | None:
    words = draft.name.split()
    if draft.kind is not ActorKind.organization or len(words) < 3 or not _ORDINAL.fullmatch(words[0]):
        return None
    arm = next((word for word in words[1:] if word.casefold() in _ARMS), None)
    return (ActorKind.armed_force, f"an ordinal, then the arm '{arm}'") if arm is not None else None


def _named_with_its_people(draft: ActorDraft, taken_ids: set[str]) -> None:
    """'our Defence Force operations update ... Australian Defence Force air strikes', 'Coast Guard personnel ...
    a US Coast Guard cutter': a force or a body also written with its people's adjective or its state's letters
    before it is named by that fuller form (the short form stays an alias)."""
    if draft.kind not in (ActorKind.armed_force, ActorKind.organization) or len(draft.name.split()) < 2:
        return
    fuller = next(
        (
            alias
            for alias in draft.aliases
            if alias.partition(" ")[2] == draft.name and _people_or_state(alias.split()[0])
        ),
        None,
    )
    # (the words' frequencies asked only then: each is a look-up, and a word with stops, "U.S.", loads wordfreq)
    if fuller is None or any(zipf(word.casefold()) < _GENERIC_FORCE_ZIPF for word in draft.name.split()):
        return  # "the Kurdish Peshmerga ... the Iraqi Kurdish Peshmerga": a group's own name, not a generic force's
    draft.aliases = [draft.name if a == fuller else a for a in draft.aliases]
    draft.name = fuller
    draft.id = claim_id(slug(fuller, 60), taken_ids)


# A picture's credit in brackets, a news agency and a slash before the name: "(AFP/", "(EPA/".
_AGENCY_BEFORE_SLASH = re.compile(r"\(([A-Za-z]{2,8})/$")


def _agency_credit_pair(text: str, start: int, end: int) -> bool:
    match = _AGENCY_BEFORE_SLASH.search(text, max(0, start - 10), start)
    return match is not None and match[1].casefold() in KNOWN_MEDIA and text[end : end + 1] == ")"


# A picture's credit: a bracket (and "File:") before the photographer's name, a slash and the agency after it,
# up to the bracket's close: "[File: Ilse Varn/AP Photo]", "(Tomas Quell / AFP)".
_CREDIT_OPENS_BEFORE = re.compile(r"[\[(](?:File:\s*)?$")
_AGENCY_AFTER_SLASH = re.compile(r"\s?/\s?([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})[\])]")
# Picture agencies that are no news outlet of their own (the news agencies are `KNOWN_MEDIA`).
_PICTURE_AGENCIES = word_set("getty gettyimages epa shutterstock sipa zuma alamy")


def _photographer_before_agency(text: str, start: int, end: int) -> bool:
    after = _AGENCY_AFTER_SLASH.match(text, end)
    if after is None or not _CREDIT_OPENS_BEFORE.search(text, max(0, start - 8), start):
        return False
    words = [fold(word) for word in after[1].split()]
    return words[0] in KNOWN_MEDIA or words[0] in _PICTURE_AGENCIES or "".join(words) in KNOWN_MEDIA


# The noun after an armed group's name, in lower case: "the Jamaat-ur-Varnak faction", "Harakat Varnak fighters".
_ARMED_NOUN_AFTER = re.compile(r"(?:['’]s)? (?:factions?|militias?|fighters|militants|insurgents|rebels)\b")


# A social account's handle in brackets after its owner's name: "Tarnby NewsHub (@TarnbyNewsHub)".
_HANDLE_AFTER = re.compile(r" \(@\w+\)")
_BRANCH_HEAD = "its head '"  # how `name_kinds` finds a civil branch by its two-word head before "of"


def _drop_portfolio_words(text: str, draft: ActorDraft, taken_ids: set[str]) -> None:
    """'Commissioner for Humanitarian Aid and Crisis Management Christos Varnides': the common words
    of a portfolio before a given name are no part of the person's name."""
    words = draft.name.split()
    if draft.found_by.startswith("a member's seat"):
        return  # "the MP for Prince Albert Northcote": the seat's name, after letters and "for"
    if draft.found_by.startswith("a post named with its remit"):
        return  # "Director of the Pacific Islands Forum Fisheries Agency": the post whole, no name inside it
    portfolio = any(_after_portfolio(text, start) for start, _ in draft.spans)
    if len(words) < 3 or draft.kind not in (
        (ActorKind.person, ActorKind.other, ActorKind.organization, ActorKind.place)
        if portfolio
        else (ActorKind.person, ActorKind.other)
    ):
        return
    portfolio_word = _PORTFOLIO_WORD if portfolio else _COMMON_WORD
    keep = 0
    while len(words) - keep > 2 and zipf(words[keep].casefold()) >= portfolio_word:
        word = words[keep].casefold()
        if portfolio and not is_given_name(word) and word not in PERSON_OPENERS and word not in NAME_PARTICLES:
            keep += 1  # "... Narcotics and Law Enforcement Affairs Marcus T. Varn": "Law" of the portfolio
            continue
        if is_given_name(word) or is_surname(word) or word in PERSON_OPENERS or word in NAME_PARTICLES:
            if keep > 0 and is_given_name(word):
                break  # "African Affairs Marcus V. Varn": after the portfolio's words, the name begins
            return  # "Grant Pritchard", "Abu Yusuf al-Varni": a name's own word, common or not
        keep += 1
    if not portfolio and _named_thing(text, draft, words[:keep]):
        return
    if not portfolio and keep == 1 and words[0].casefold() in SAINTS_OF_TOWNS:
        return  # "in San Pedro de Atacama", "Santa Rosa": a saint's word opens a town's name, no portfolio's
    rest = words[keep:]
    # After "Minister for ... and": the name may be one no list of given names holds ("Yasonna Laoly"),
    # when its words are rare ones.
    rare_name = portfolio and len(rest) <= _LONGEST_RARE_NAME and all(zipf(w.casefold()) < _RARE_WORD for w in rest)
    # (a given name is looked up folded: "Lucía", "José" are in the lists as "lucia", "jose")
    if keep == 0 or not (is_given_name(fold(words[keep])) or rare_name):
        return
    if gazetteer().lookup(tuple(fold(word) for word in words[keep - 1 : keep + 1])) is not None:
        return  # "the Los Angeles Quellodrome": the given name ends a place's name with the word before it
    if draft.kind is ActorKind.organization and words[-1].casefold() in NAME_WORD:
        return  # "Pacific Islands Forum Fisheries Agency": a body's word last, no person's name ("Forum" a given name)
    if draft.kind is ActorKind.organization and draft.found_by.startswith(_BRANCH_HEAD):
        return  # "the Retail Banking Division of Raymond Quell Financial Services": a firm's branch, then the firm
    if draft.kind is ActorKind.place and words[-1].casefold() in HEAD_WORD:
        return  # "spokesman for the West Philippine Sea": a place's word last, no person's name ("Philippine")
    cut = len(" ".join(words[:keep])) + 1
    draft.name = draft.name[cut:]
    draft.spans = [
        (start + cut, end) if text[start:end].startswith(words[0]) else (start, end) for start, end in draft.spans
    ]
    draft.id = claim_id(slug(draft.name, 60), taken_ids)
    if draft.kind is not ActorKind.person:
        draft.kind, draft.found_by = ActorKind.person, "a given name after a portfolio's words"


def _named_thing(text: str, draft: ActorDraft, opening: list[str]) -> bool:
    """'the Grand Ole Opry', 'the Royal Albert Hall': "the" before every mention and no title among the
    common words opening the name make a named thing, not a person's name after its description."""
    return all(text[max(0, start - 4) : start].lower() == "the " for start, _ in draft.spans) and not any(
        word.casefold() in TITLES for word in opening
    )


_LONGEST_RARE_NAME, _RARE_WORD = 3, 3.0
# Inside a portfolio a less common dictionary word is still the portfolio's ("... Water Resources and
# Irrigation Dharan Veluppan", "Road Transport and Highways"): a name's words are rarer, or given names.
_PORTFOLIO_WORD = 3.0
# Small words inside a portfolio: "Minister for Law and Human Rights", "Speaker of Parliament".
_PORTFOLIO_GLUE = word_set("and for of the &")
_PORTFOLIO_REACH = 12


def _after_portfolio(text: str, start: int) -> bool:
    """'Speaker of Parliament Nabih Berri', 'Minister for Law and Human Rights Yasonna Laoly': the
    draft opens inside a portfolio, which runs back over capitalised words and glue to a title."""
    before = _before(text, start)[-_PORTFOLIO_REACH:]
    if not before or before[-1].casefold() not in _PORTFOLIO_GLUE:
        return False
    for word in reversed(before):
        folded = word.casefold()
        if folded in TITLES:
            return True
        # (a comma between a portfolio's fields, after a common word: "Minister of Consumer Affairs, Food and
        # Public Distribution"; not after a name: "Ruth Egremont, Rector of the ...")
        field_end = word.endswith(",") and zipf(folded.rstrip(",")) >= _PORTFOLIO_WORD
        if not (folded in _PORTFOLIO_GLUE or (word[:1].isupper() and (word.isalpha() or field_end))):
            return False
    return False


# Words for a country's first-level states that a name may end with: "Borno State", "Rakhine State".
# A country's parts named "<name> State" (Nigeria, Myanmar, Sudan) or "<name> Department" (Colombia,
# Haiti, France): after a word of place they are places, not bodies.
_STATE_WORDS = word_set("state department")
_PLACE_WORDS_BEFORE = word_set("in near across from into throughout to neighbouring neighboring nearby location:")
# A rare word before "State" names a region ("Chin", "Borno"); a common one a body ("Islamic", "Free").
_COMMON_BEFORE_STATE = 4.3
_UNITED_STATES = "United States"
# Before a US state's "<name> State" only words of being inside it make a place ("across upstate New York
# State"); "from Michigan State", "to Oregon State" name a university a player leaves or joins.
_US_STATE_PLACE_BEFORE = word_set("in across throughout upstate downstate")


def _state_of_a_country(text: str, draft: ActorDraft) -> bool:
    """'in Borno State', 'across Rakhine State', 'in Laiza, Kachin State,', 'near Tomachipán,
    Guaviare Department': a country's state or department, not a body ('Islamic State')."""
    words = draft.name.split()
    if len(words) in (2, 3) and words[-1] == "State":
        region = gazetteer().lookup(tuple(w.casefold() for w in words[:-1]))
        # Not a US place: there "Michigan State", "Boise State" name a university (and its teams).
        if region is not None and region.country == _UNITED_STATES:
            return any(_inside_us_state(text, start, end) for start, end in draft.spans)
        if region is not None:
            return True  # "Upper Nile State", "Khartoum State": a region the gazetteer knows, then "State"
    if len(words) != 2 or words[1].casefold() not in _STATE_WORDS:
        return False
    if any(_countrys_possessive(_before(text, start)) for start, _ in draft.spans):
        return True  # "Myanmar's Karen State", "Nigeria's Borno State": a country's own state
    if zipf(words[0].casefold()) >= _COMMON_BEFORE_STATE:
        return False
    return any(_place_word_before(_before(text, start)) for start, _ in draft.spans)


def _countrys_possessive(before: list[str]) -> bool:
    """The word before is a country's name in the possessive ("Myanmar's")."""
    if not before or not before[-1].endswith(("'s", "’s")):
        return False
    place = gazetteer().lookup((before[-1][:-2].casefold(),))
    return place is not None and place.kind == "state"


# "Kogi and Niger states", "Niger and Kwara states": two names joined before the plural, in lower case.
_STATES_AFTER = re.compile(r" (?:and|or) [A-Z][\w-]+ states\b")


def _federal_states_listed(text: str, draft: ActorDraft) -> bool:
    """Every mention is one of two names before "states": the states of a federation, not countries."""
    return all(
        _STATES_AFTER.match(text, end)
        or (text.startswith(" states", end) and text[max(0, start - 5) : start].endswith((" and ", " or ")))
        for start, end in draft.spans
    )


def _inside_us_state(text: str, start: int, end: int) -> bool:
    """ "in New York State", "across upstate New York State", not "in Michigan State's win"."""
    before = _before(text, start)
    return bool(before) and before[-1].casefold() in _US_STATE_PLACE_BEFORE and text[end : end + 1] not in ("'", "’")


_GOVERNORS_OF_STATES = word_set("governor governors premier lieutenant-governor")


def _place_word_before(before: list[str]) -> bool:
    """A word of place right before, or before the town the name is set after ("in Laiza, Kachin State")."""
    if before and before[-1].casefold() in _PLACE_WORDS_BEFORE:
        return True
    if len(before) >= 2 and before[-1] in ("and", "or") and before[-2].casefold().rstrip(",") in _STATE_WORDS:
        return True  # "in Borno State and Yobe State": the second of two
    if len(before) >= 2 and before[-1] == "of" and before[-2].casefold() in _GOVERNORS_OF_STATES:
        return True  # "the Governor of Chuuk State": the state a governor governs
    return (
        len(before) >= 2
        and before[-1].endswith(",")
        and before[-1][:1].isupper()
        and before[-2].casefold() in _PLACE_WORDS_BEFORE
    )


# Cues of a person that only say a word is used as a surname or a given name.
# A band, a club or a firm takes a plural verb in British English ("Glasshouse Parade have been",
# "Castlemere are fifth"); a person or a place never does. Not the last item of a list ("A and B are").
_PLURAL_VERB_AFTER = re.compile(r" (?:have been|have had|have won|have lost|are|were)\b")
_LISTED_BEFORE = re.compile(
    # nor a people ("the Neanderthal were"), nor the object of a preposition ("Flights at LaGuardia were delayed")
    r"(?:\band|\bor|,|&|\b[Tt]he|\b(?:at|in|on|from|to|into|near|of|for|with|by|over|across|around)) $"
)
# "at the Barrowland in Glasgow": "the" before a one-word name, then its town.
_VENUE_AROUND_BEFORE = re.compile(r"\bat the $")
_VENUE_AROUND_AFTER = re.compile(r" in [A-Z]")
# An inn named by its one sign word, then the village it stands in: "the Plough at Tarnby", "the Swan at Quell".
_INN_IN_ITS_VILLAGE = re.compile(r" at [A-Z][a-z]+\b(?! [A-Z])")
_WHICH_AFTER = re.compile(r", which\b")
_WEAK_PERSON_CUES = frozenset(("a name whose last word is used alone",))


def _state_form_in(name: str) -> bool:
    """ "Donetsk People's Republic": a form of state in a name makes no person of it."""
    return any(word.casefold() in STATE_FORMS for word in _WORD.findall(name))


# A person's age set after the name, as news reports give it: "Ilse Varn, 40, was arrested".
# A verb right after the name, then "its" (or "the price of its"): "Haldane Varga cut its prices", "Haldane
# Varga cut the price of its Solvane 11". A person's doings go on with "his" or "her", not "its".
_ITS_AFTER_SUBJECT = re.compile(r" [a-z]+ (?:the (?:price|prices|cost|costs|range|sales|output) of )?its\b")
# Before a sentence's subject: the sentence's start, or one capitalised word that opens it ("Rival", "Meanwhile,").
_SUBJECT_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[A-Z][a-z]+,? )?$")


def _opens_sentence(text: str, start: int) -> bool:
    return _SUBJECT_OPENING.search(text, max(0, start - 24), start) is not None


# "our partners and Allies", "Allies and partners": NATO's and its members' releases write the allies as a common
# noun with a capital, beside the partners; no body (WWII's "the Allies" stand alone).
_ALLIES_BESIDE_PARTNERS = re.compile(r"partners(?: and| or|,) $|^ (?:and|or) (?:our |its |their )?partners")


def _allies_beside_partners(text: str, draft: ActorDraft) -> bool:
    if draft.name not in ("Allies", "Ally"):
        return False
    return all(
        _ALLIES_BESIDE_PARTNERS.search(text[max(0, start - 14) : start]) is not None
        or _ALLIES_BESIDE_PARTNERS.search(text[end : end + 20]) is not None
        for start, end in draft.spans
    )


# An adverb in -ly that opens its sentences: "Concurrently, Britain updated its list" after a firm's "Co Ltd.",
# whose full stop the reader does not take for a sentence's end. So common and so long a word is no name (not
# "Manly", "Ely", "Bromley": towns; not "Kelly", "Beverly": given names).
_ADVERB_ZIPF = 3.2
_ADVERB_LETTERS = 7
_SENTENCE_END = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def _adverb_opening_sentences(text: str, draft: ActorDraft) -> bool:
    word = draft.name.casefold()
    if draft.kind not in (ActorKind.place, ActorKind.other) or not word.isalpha() or not word.endswith("ly"):
        return False
    if len(word) < _ADVERB_LETTERS or zipf(word) < _ADVERB_ZIPF or is_given_name(word) or is_surname(word):
        return False
    return all(_SENTENCE_END.search(text, max(0, start - 4), start) is not None for start, _ in draft.spans)


# "the Duke of Edinburgh", "the Earl of Wessex": a peer's title, the place in it no place the text speaks of
_PEERAGE_OF = re.compile(
    r"\b(?:Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess|Baron|Baroness)[ \t]+of[ \t]+$"
)


def _in_a_peers_title(text: str, draft: ActorDraft) -> bool:
    """Whether every mention of a place or an unsorted name closes a peer's title ("the Duke of Edinburgh")."""
    return draft.kind in (ActorKind.place, ActorKind.other) and all(
        _PEERAGE_OF.search(text, max(0, start - 20), start) is not None for start, _ in draft.spans
    )


# "the 2017 Law on Fisheries", "the Global Compact on Refugees": a law's or a pact's head word, then "on" and its
# subject in capitals; the subject is no name of its own, and the head's words before "on" no body.
_DOCUMENT_HEADS = r"(?:Law|Act|Convention|Compact|Treaty|Covenant|Protocol|Charter|Code|Declaration|Decree)"
_DOCUMENT_ON_BEFORE = re.compile(_DOCUMENT_HEADS + r"[ \t]+on[ \t]+(?:the[ \t]+)?$")
_ON_A_SUBJECT_AFTER = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+)?[A-Z]")
_DOCUMENT_HEAD_LAST = re.compile(r"\b" + _DOCUMENT_HEADS + r"$")


def _in_a_documents_title(text: str, draft: ActorDraft) -> bool:
    """Whether every mention of an unsorted name or a body is part of a law's or a pact's title: its subject
    after "Law on" ("the Law on Fisheries"), or its head before "on" and a subject ("the Global Compact on
    Refugees")."""
    if draft.kind not in (ActorKind.other, ActorKind.organization):
        return False
    closing = _DOCUMENT_HEAD_LAST.search(draft.name) is not None
    return all(
        _DOCUMENT_ON_BEFORE.search(text, max(0, start - 20), start) is not None
        or (closing and _ON_A_SUBJECT_AFTER.match(text, end) is not None)
        for start, end in draft.spans
    )


# "near the intersection of George and Orange streets": names listed before a street's word in the plural are
# the streets' own names ("George Street"), cut from their word; no town or person of those names
_NAME_WORDS = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"
_PLURAL_STREETS_AFTER = re.compile(
    r"(?:,[ \t]+" + _NAME_WORDS + r")*,?[ \t]+(?:and|or|&)[ \t]+" + _NAME_WORDS + r"[ \t]+"
    r"(?:streets|roads|avenues|lanes|boulevards|drives)\b"
    r"|[ \t]+(?:streets|roads|avenues|lanes|boulevards|drives)\b"
)


def _before_plural_streets(text: str, draft: ActorDraft) -> bool:
    """Whether every mention of a place or an unsorted name is one of the names listed before "streets"."""
    return draft.kind in (ActorKind.place, ActorKind.other) and all(
        _PLURAL_STREETS_AFTER.match(text, end) is not None for _, end in draft.spans
    )


# "her phone and SIM card", "a USB stick", "an SD card": letters naming a small thing's kind before its noun
_SMALL_THING_AFTER = re.compile(r"[ \t]+(?:cards?|chips?|sticks?|slots?|ports?|cables?|readers?)\b")


def _letters_of_a_small_thing(text: str, draft: ActorDraft) -> bool:
    """Whether a name in capital letters only ever stands before a small thing's noun ("SIM card")."""
    name = draft.name
    return (
        " " not in name
        and 2 <= len(name) <= 4
        and name.isupper()
        and all(_SMALL_THING_AFTER.match(text, end) is not None for _, end in draft.spans)
    )


_WHO_AFTER = re.compile(r",?[ \t]+who\b")


def _given_name_in_capitals(name: str) -> bool:
    """'LIAM McDonald': two words, the first a given name in capitals, the second written in mixed case."""
    words = name.split()
    return (
        len(words) == 2
        and len(words[0]) >= 3
        and words[0].isupper()
        and is_given_name(fold(words[0]))
        and any(ch.islower() for ch in words[1])
        and words[1][:1].isupper()
    )


# "former Tarnwick North designers": a plural in lower case after the name, which may say what it is (its staff)
_LOWER_WORD_AFTER = re.compile(r" [a-z]+s\b")
_COMPASS_FAMILY_NAMES = word_set("north south east west central")


def _compass_for_a_family_name(draft: ActorDraft) -> bool:
    """A person's draft read only from its last word as a family name, that word a compass point ("North"), and
    its first word no given name ("Ablekuma North")."""
    words = draft.name.split()
    return (
        draft.kind is ActorKind.person
        and len(words) == 2
        and draft.found_by.startswith("a family name")
        and words[1].casefold() in _COMPASS_FAMILY_NAMES
        and not is_given_name(fold(words[0]))
    )


# (the last of a list of suspects by age: "Bismark Osei, 30 and Lukas Boateng, 38.")
_AGE_AFTER = re.compile(r", (?:1[6-9]|[2-9]\d|1[01]\d)(?:,| and | or |\.(?:\s|$))")
# A dateline opening its line, a town in capitals or a town with its date, then the bracket that names the agency
# filing the story (perhaps after the paper it shares: "QUELLBY (The Quellby Post/QNN) -").
_DATELINE_BRACKET = re.compile(
    # (the town may carry its state and its land in brackets: "Tarnpur (Quellish) [Varnia], June 16 (QNI):")
    r"(?:^|\n)[ \t]*(?:[A-Z][A-Z .'-]{1,40}|[A-Z][A-Za-z .'-]{1,40}(?:[ \t]*[(\[][A-Za-z .'-]{2,30}[)\]]){0,2},[ \t]*"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}))[ \t]*\((?:[^()\n/]{1,60}/)?$"
)
_INTERVIEW_WITH_BEFORE = re.compile(r"\binterview with[ \t]+(?:the[ \t]+)?$")
_TOLD_BEFORE = re.compile(r"\btold[ \t]+$")
_IN_AN_INTERVIEW_AFTER = re.compile(r"[ \t]+in an interview\b")


def _agency_after_dateline(text: str, start: int, end: int) -> bool:
    """'Ulaanbaatar, April 25 (TARNSAME) The minister ...': the name in brackets after a dateline."""
    if text[end : end + 1] != ")":
        return False
    return _DATELINE_BRACKET.search(text, max(0, start - 110), start) is not None


def _interviewer(text: str, start: int, end: int) -> bool:
    """'in an interview with QRR', 'told QRR in an interview': the outlet someone spoke to."""
    before = max(0, start - 30)
    if _INTERVIEW_WITH_BEFORE.search(text, before, start) is not None:
        return True
    return _TOLD_BEFORE.search(text, before, start) is not None and _IN_AN_INTERVIEW_AFTER.match(text, end) is not None


# A role in a body in lower case, the body, then a comma before the holder's name: "the representative of the
# Tarbaco company, ", "the deputy director of the Department of Works, ".
_ROLE_OF_A_BODY_BEFORE = re.compile(
    r"\bthe (?:[a-z]+ ){0,2}(?:representative|director|head|chairman|chairwoman|chairperson|manager|president|"
    r"secretary|spokesman|spokeswoman|spokesperson|owner|founder|treasurer|coordinator) of [^.,;:\n]{2,60}, $"
)
# What a person was, after the name: "was just another fine arts student", "is a retired teacher".
_WAS_A_PERSON_AFTER = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:just[ \t]+|still[ \t]+|then[ \t]+)?(?:a|an|another)[ \t]+(?:[a-z-]+[ \t]+){0,3}"
    r"(?:student|woman|man|girl|boy|mother|father|teacher|farmer|nurse|doctor|lawyer|journalist|activist|"
    r"resident|artist|singer|worker|pensioner|widow|grandmother|grandfather)\b"
)
# A member's seat after a comma: ", Member of Parliament for Nalolo", ", a Member of the Assembly".
_MEMBERS_SEAT_AFTER = re.compile(r",[ \t]+(?:a[ \t]+|the[ \t]+)?Member of (?:the )?(?:Parliament|Assembly|Congress)\b")
_COMPANY_AFTER = re.compile(r"[ \t]+(?:company|firm)\b")
# A leader's post in lower case, then the leader's name: "Varko head, Nicholas Tarnopoulos", "Varko leader Ilse".
_LEADER_AND_NAME_AFTER = re.compile(
    r"[ \t]+(?:leader|head|chief|chairman|chairwoman|chairperson|boss|spokesperson|spokesman|spokeswoman"
    r"|secretary[ \t]+general|secretary-general|executive[ \t]+director)(?:,[ \t]+|[ \t]+)[A-Z][a-z]+[ \t]+[A-Z]"
)


def _states_house(words: list[str]) -> bool:
    """'U.S. House', 'Tarnland House': a state's name or letters, whose House is its legislature's chamber."""
    place = gazetteer().lookup(tuple(fold(word) for word in words))
    return place is not None and place.kind == "state"


# "All photos by", "Photo by", "pictures by": a credit for the pictures, before the photographer's name.
_BY_BEFORE = re.compile(r"(?:^|[\s\d|–-])(?:By|BY)[ \t]+$")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_BYLINE_NOT_NAMES = word_set("staff desk reporter reporters correspondent writer editor team")


_BYLINE_NAME_WORDS = 3
# "by " opening its line before the writer's name; a bar and the day or the date the story ran after it.
_BY_OPENING_A_LINE = re.compile(r"[ \t]*[Bb]y[ \t]+")
_BAR_AND_DAY_AFTER = re.compile(
    r"[ \t]+\|[ \t]+(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)


def _bar_byline(text: str, start: int, end: int) -> bool:
    """'by Tarvo | Thursday, Dec 25, 2014': the name after "by" opening its line, before a bar and the day."""
    return (
        _BY_OPENING_A_LINE.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
        and _BAR_AND_DAY_AFTER.match(text, end) is not None
    )


def _capitals_byline(text: str, start: int, end: int) -> bool:
    """'By KAGISO MVELASE' closing its line: a byline, the name in capitals (each word a name's letters, with
    a vowel: not two acronyms)."""
    words = text[start:end].split()
    return (
        all(len(word) >= 3 and word.isalpha() and any(v in word for v in "AEIOUY") for word in words)
        and not any(word.casefold() in HEAD_WORD or word.casefold() in _BYLINE_NOT_NAMES for word in words)
        and _BY_BEFORE.search(text, max(0, start - 8), start) is not None
        and _LINE_END_AFTER.match(text, end) is not None
    )


_PHOTO_BY_BEFORE = re.compile(r"\b(?:[Pp]hotos?|PHOTOS?|[Pp]ictures?|[Ii]mages?)[ \t]+(?:[Bb]y|BY)[ \t]+$")
# One capital letter and a dot glued to a capitalised name: "O.Tsendbaatar", "L.Bold".
_INITIAL_GLUED = re.compile(r"[A-Z]\.[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?")
# The signs of a registered or a trade mark, set right after a product's name ("Varnoxa®").
_PRODUCT_MARKS = ("®", "™", "(R)", "(TM)")
# A firm's legal form closing its name: a mark after it ("Quellpharm Inc.®") marks the firm's own name.
_FIRM_FORMS = word_set("inc inc. ltd ltd. llc plc corp corp. corporation company co co. gmbh ag sa")
# "Kofi Varn alias Kibo", "Ebo Varn, aka Sunny": the police's word before a suspect's other name
_ALIAS_AFTER = re.compile(r",?[ \t]+(?:alias|aka|a\.k\.a\.?)[ \t]+[\"“]?(?:[A-Z]|\d)")
_OUTLET_POSSESSIVE = re.compile(r"(\w+)['’]s\s+$")


def _after_outlet_possessive(text: str, start: int) -> bool:
    """ "The BBC's Ilse Varn in Tremmin says": a name right after an outlet's possessive."""
    match = _OUTLET_POSSESSIVE.search(text, max(0, start - 20), start)
    return match is not None and match[1].casefold() in KNOWN_MEDIA


_OLDEST_LIFE, _LONGEST_LIFE = 10, 110
# "(born Ahmad Yusuf Varni, 1978–2016)", "Ilse Quistel (née Varn)": the name one was born with.
_BIRTH_NAME_BEFORE = re.compile(r"\((?:born|née|nee)\s+$")


# A biography's bracket after the name gives its spelling in another script first, then the birth: "Nouri Kamil
# al-Varni (Arabic: نوري كامل; born 20 June 1950)", "Ilse Varn [a] (Pashto: ...; romanized: ...; born 1947)".
_GLOSS_THEN_BIRTH = re.compile(r"(?:\s*\[[^\]\n]{1,6}\])*\s*\([^()\n]{0,240}?;\s*(?:born|b\.)\s+[^()\n]{0,40}\)")


def _life_after(text: str, end: int) -> bool:
    span = _LIFE_SPAN.match(text, end)
    if span is not None:
        years = int(span[2]) - int(span[1])
        return _OLDEST_LIFE <= years <= _LONGEST_LIFE
    if _GLOSS_THEN_BIRTH.match(text, end):
        return True  # only a person is born: the name's spelling in its own script, then the birth
    return bool(re.match(r"\s*\((?:born|b\.|died|d\.)\s", text[end : end + 12]))


# How far before the comma a title may stand: "The High Commissioner to Varnak Islands, Rod Quell,".
_TITLE_REACH = 5
_CLAUSE_END = re.compile(r"[.;:!?\"“”()]")
_REMIT_REACH = 14
_REMIT_LAST_WORDS = word_set("affairs policy")


def _title_apposed(text: str, start: int, end: int) -> bool:
    """'the Saudi foreign minister, Adel Varni, said', 'The High Commissioner to Varnak, Rod
    Quell, met': a title, what it is of, a comma, the name, a comma."""
    if text[end : end + 1] != "," or text[max(0, start - 2) : start] != ", ":
        return False
    phrase = _before(text, start - 2)
    # "the High Representative of the Union for Foreign Affairs and Security Policy, Ilse Varn,": a post's
    # remit reaches further back to its title.
    reach = _REMIT_REACH if phrase and phrase[-1].casefold() in _REMIT_LAST_WORDS else _TITLE_REACH
    for word in reversed(phrase[-reach:]):
        if _CLAUSE_END.search(word) or word.endswith(","):
            return False
        if (word.casefold() in TITLES and word.casefold() not in _ARTICLE_LIKE_TITLES) or word.casefold() in _FOUNDERS:
            return True
    return False


# A maker's possessive before its model, a capitalised name with a number: "Huawei's Mate 80 has gained".
_MODEL_AFTER_POSSESSIVE = re.compile(r"['’]s (?:new |latest |rival )?[A-Z][\w-]*(?: [A-Z][\w-]*)? \d{1,4}[A-Za-z]?\b")
# A family word, a comma or a space, then the name: "his wife, Isobel,", "her son Alasdair".
# "who joined Penhallow from Tate Penzance last year": the body someone worked for before they joined another.
_EMPLOYER_LEFT_BEFORE = re.compile(r"\bjoined [A-Z][^.,;:]{0,40} from (?:the )?$")
_KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|widow|widower|son|daughter|sons|daughters|mother|father|brother|sister|grandson|"
    r"granddaughter|children|partner|fiancée|fiance|fiancé|"
    # "my grandmother, Winifred Pemberton, made this crumble": the wider family, too.
    r"grandmother|grandfather|grandma|grandpa|granny|aunt|uncle|cousin|niece|nephew|stepson|stepdaughter)"
    # "his wife of 61 years, Marjorie,": how long they were married, between the word and the name; and a
    # biography's parent after "of": "he is the son of Ghausuddin", "the daughter of Tomas Quell"
    r"(?: of \d{1,2} years| of)?,? $"
)
# A court or crime report's "Name, 29, of Town": the town the person lives in.
# A venue's name, a comma, then the town it stands in: "St Aidan's Church, Broughty Ferry".
_TOWN_AFTER_VENUE = re.compile(
    r"\b(?:Church|Chapel|Cathedral|Crematorium|Cemetery|Hall|School|Academy|Hospital|Hotel|Centre|Center|Theatre|"
    r"Stadium|Park|Street|Road|Lane|Avenue|Square), $"
)
_HOME_AFTER_AGE = re.compile(r"\b\d{1,3}, of $")
# Heads of bodies' names that name streets as well ("Thistle Bank", "Pellow Court", "Orchard Green").
_STREET_OR_BODY_HEADS = word_set("bank court green gardens")
_FOUNDERS = word_set("founder co-founder cofounder")  # "Kestrel Interactive's founder, Oren Malik, wrote"


_ARTICLE_LIKE_TITLES = word_set("mr mrs ms dr")  # before a name, never before a comma


_NISBA_LETTERS = 5
# Given names that end in "God" ("Mohibullah", "Najibullah", "Asadullah"), and family names that end in
# "son of" ("Akhundzada", "Tarnzadeh"): names of Afghan, Pakistani and Iranian men ("Hizbullah" is a party).
_GIVEN_OF_GOD = ("ullah",)
_SON_OF_ENDINGS = ("zada", "zadeh")
_PARTY_OF_GOD = frozenset(("hizbullah", "hezbullah"))


def _afghan_or_persian_name(name: str) -> bool:
    """'Mohibullah Akhundzada', 'Habibullah Varnak', 'Ilyas Tarnzadeh': two or three capitalised words, the first a
    given name in "-ullah" or the last a family name in "-zada"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() and word.isalpha() for word in words):
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    given = first.endswith(_GIVEN_OF_GOD) and len(first) >= 7 and first not in _PARTY_OF_GOD
    return given or (last.endswith(_SON_OF_ENDINGS) and len(last) >= 7)


# "Abd-al-Hadi", "Abd al-Karim", "Abd-ur-Rahman": "servant of" and the article before one of God's names.
_SERVANT_OF_NAME = re.compile(r"Abd[-‐ ](?:al|el|ul|ur|ar|as|an|ad|az|ash)[-‐ ][A-Z]")


def _chained_given_names(name: str) -> bool:
    """'Ameen Hamid Mohammed Dahan': three to five capitalised words whose second and third are given names."""
    words = name.split()
    if not 3 <= len(words) <= 5 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    return all(is_given_name(w.casefold()) and not has_cue((fold(w),)) for w in words[1:3])


# A place's noun in lower case, then "of", right before a name: "the province of", "the town of", "the area of".
_PLACE_NOUN_OF_BEFORE = re.compile(
    r"\b(?:province|provinces|governorate|governorates|district|districts|town|towns|city|cities|village|villages"
    r"|region|area|neighbourhood|neighborhood|suburb|camp) of (?:the )?$"
)


def _arabic_personal_name(name: str) -> bool:
    """'Saleh Omar al-Varni', 'Ayman al-Varawi': given names, then a family name with its article."""
    words = _WORD.findall(name)
    if len(words) == 1 and _ARABIC_ARTICLE.match(words[0]):
        # "al-Baghdadi" alone: a nisba of five letters or more ("al-Rai" is a town).
        family = words[0].split("-", 1)[1].casefold()
        return family.endswith("i") and len(family) >= _NISBA_LETTERS
    if not 2 <= len(words) <= 4 or not _ARABIC_ARTICLE.match(words[-1]) or len(words[-1]) < 6:
        return False
    if any(w.casefold() in FIRST_WORD for w in words[:-1]) or not all(w[0].isupper() for w in words[:-1]):
        return False  # "Jabal al-Varna" (a mountain), "Jaysh al-Varn" (an army)
    # (of a double family name, its first part: "al-Hothi-Marzouq")
    family = words[-1].split("-")[1].casefold()
    # A nisba ("al-Baghdadi", "of Baghdad") names a person; so do two given names before the family
    # name, or a first word that is a given name.
    return family.endswith("i") or len(words) >= 3 or is_given_name(words[0].casefold())
