"""Kinds that names with no cue of their own take from the names they stand beside.

A reader gives each item of a list the kind of the list: in "rivals Tarrow Bank, Quellmark and
Dyrex" all three are companies, though only the first says so; in "over Bikini Atoll, Varnetak and
Kessimati" all three are places. And a quote's credit sets a firm
after the person who speaks: "— Mirela Costa, Bancomar:" or "Dorin Pask, Velmont, said". The whole
document is in view here, so a name keeps any stronger kind another of its mentions gave it: only
a draft that nothing else explained (kind `other`, "a capitalised name") changes.
"""

from __future__ import annotations

import re
from itertools import pairwise

from dossier.ingest.common_words import zipf
from dossier.ingest.cues import NEXT_WORD, PEOPLE_NOUNS, POSTS_AFTER_A_BODY, SOFTWARE_WORDS, STREET_HEADS
from dossier.ingest.gazetteer import gazetteer, is_region
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.line_index import line_start
from dossier.ingest.lineups import players_in_lineups
from dossier.ingest.names import fold, is_given_name, is_surname
from dossier.ingest.peoples import PEOPLE_FOUND_BY
from dossier.ingest.place_evidence import US_STATE_NAMES
from dossier.ingest.spellings_abroad import NO_OTHER_CUE
from dossier.ingest.waters_named_with_the import waters_page
from dossier.ingest.works import UNEXPLAINED_ON_THINGS_PAGE
from dossier.model import ActorKind

NO_CUE = "a capitalised name"
_FULL_NAMES_LIST = 3  # items of a list of persons' full names that tell an uncued full name is one too
_PLACES = frozenset((ActorKind.place, ActorKind.state))
_PEOPLE_CUES = frozenset(f"followed by '{noun}'" for noun in PEOPLE_NOUNS)
# What joins two items of one list: a comma, or "and"/"or" with or without a comma before. A shop's
# possessive may come first, outside its draft's span ("Tesco, Sainsbury's and Aldi").
# Each item may carry its own gloss in brackets: "Dominic Varn (Calico), Romola Tarn (Hamlet) or ...".
_GLOSS = r"(?:[ \t]+\([^()\n]{1,80}\))?"
_COMMA = re.compile(r"(?:['’]s)?" + _GLOSS + r",[ \t]+")
# "in the Westfjords and in Akureyri", "in Tarvo and on Kessel Char": the preposition of place may be said
# again after "and"; so may the one before a partner or a client: "talks with Stena Line and with the Quell Steam
# Packet Company", "work for Tarnby Freight and for Quellco Ltd".
_LAST_JOIN = re.compile(r"(?:['’]s)?" + _GLOSS + r",?[ \t]+(?:and|or|&)[ \t]+(?:(?:in|at|near|on|with|for)[ \t]+)?")
# The last item may take its "the" when its name is one plural word ("in Mindanao and the Visayas"; not
# "Aercap and the Dublin lessor", "Penzance and the Scillonian III").
_LAST_JOIN_THE = re.compile(r"(?:['’]s)?,?[ \t]+(?:and|or|&)[ \t]+(?:(?:in|at|near|on)[ \t]+)?the[ \t]+")
_PLURAL_NAME = re.compile(r"[A-Z][\w'’-]*s")
_AND = re.compile(r"[ \t]+and[ \t]+")
# The end of a quote's credit after the firm: "Bancomar:", "Bancomar said", "Bancomar, said".
_CREDIT_END = re.compile(r"(?::|,?[ \t]+said\b|,?[ \t]+says\b)")
# After "said" the credit ends the sentence: '"...," said Mirela Costa, Bancomar.'
# Goods sold through a list of shops: "sold by", "stocked by", "sold in the UK by", "available from".
_SELLERS_BEFORE = re.compile(
    r"\b(?:(?:sold|stocked)(?:[ \t]+in[ \t]+the[ \t]+\w+)?[ \t]+(?:by|in|through|at)|available[ \t]+(?:from|at)"
    r"|on[ \t]+sale[ \t]+at)[ \t]+$"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says)[ \t]+$")
_SENTENCE_END = re.compile(r"[.,](?:\s|$)")


def kinds_from_neighbours(text: str, drafts: list[ActorDraft]) -> None:
    """Give a draft with no cue the kind its list or its quote credit gives it (in place)."""
    spans = _outermost(
        sorted(((start, end, draft) for draft in drafts for start, end in draft.spans), key=lambda s: s[:2])
    )
    _sellers_listed(text, spans)
    _town_after_street(text, spans)
    _party_after_member(text, spans)
    _town_before_its_state(text, spans)
    _town_before_its_region(text, spans)
    _island_after_a_town(text, spans)
    _lands_paired_after_on(text, spans)
    _land_alone_after_on_or_off(text, spans)
    _sites_read_for_advice(text, spans)
    _bodies_that_lead(text, spans)
    _places_listed_with_their_prepositions(text, spans)
    _peoples_before_communities(text, spans)
    _peoples_before_their_members(text, spans)
    _clubs_by_their_town(drafts)
    _places_their_councils_serve(drafts)
    _bodies_by_their_officers(text, spans)
    _bodies_by_their_spokespeople(text, drafts)
    _bodies_met_before_a_post(text, drafts)
    _places_between(text, spans)
    _sides_in_scorelines(text, spans)
    _sides_by_a_plural_verb(text, spans)
    _speakers_of_its(text, spans)
    _firms_by_their_shares(text, spans)
    _short_forms_of_bodies(text, drafts)
    _places_without_their_landform(drafts)
    _firms_that_speak_alone(drafts)
    _names_ending_in_a_bodys_letters(drafts)
    _products_named_with_their_maker(drafts)
    players_in_lineups(text, drafts, {id(draft) for draft in drafts if _uncued(draft)})
    for chain in _lists(text, spans):
        kinds = {draft.kind for draft in chain if not _uncued(draft) and not _name_read_as_land(draft)}
        if {draft.kind for draft in chain if not _uncued(draft) and not _speaker_only(draft)} == {
            ActorKind.organization
        }:
            # "Stora Vale and Smurfit Quell said": the verb after the list is said of a firm as much as of a person.
            for draft in chain:
                if _uncued(draft) or _speaker_only(draft):
                    draft.kind, draft.found_by = ActorKind.organization, "listed with an organisation"
        if kinds == {ActorKind.person}:
            # "her children, Fiona and Alasdair": a given name listed with persons is one too, and so is
            # any one word listed only with persons named by one word.
            by_given_names = all(" " not in draft.name for draft in chain)
            for draft in chain:
                if (
                    _uncued(draft)
                    and " " not in draft.name
                    and (by_given_names or is_given_name(draft.name.casefold()))
                ):
                    draft.kind, draft.found_by = ActorKind.person, "a given name listed with persons"
            full_names = [d for d in chain if d.kind is ActorKind.person and len(d.name.split()) in (2, 3)]
            only_full_names = len(chain) >= _FULL_NAMES_LIST and all(len(d.name.split()) in (2, 3) for d in chain)
            if only_full_names or len(full_names) >= _FULL_NAMES_LIST:
                # "Dominic Varn (Calico), Romola Tarn (Hamlet) or Ben Quell": a full name listed only with persons'
                # full names is one too, whatever its given name, and so is one a land's word ended ("Kanye
                # West"); a single name among three persons' full names ("Hogan, Don Maitz, ...") breaks no list
                for draft in chain:
                    if (_uncued(draft) or _name_read_as_land(draft)) and len(draft.name.split()) in (2, 3):
                        draft.kind, draft.found_by = ActorKind.person, "a full name listed with persons"
        elif chain[-1].kind is ActorKind.state and chain[-1].found_by in _PEOPLE_CUES:
            # "the Mwani and Varnaki peoples": the plural noun after the last item is every item's.
            for draft in chain:
                if _uncued(draft) and len(draft.name.split()) == 1:
                    draft.kind, draft.found_by = ActorKind.state, "listed with a people"
        elif ActorKind.place in kinds and kinds <= _PLACES:
            # "over Bikini Atoll, Varnetak and Kessimati": the other items of a list of places are places
            # (a list of states alone says nothing: "Iran, Russia and Tessarine" may hold a party).
            for draft in chain:
                if _uncued(draft) and len(draft.name.split()) == 1:
                    draft.kind, draft.found_by = ActorKind.place, "listed with places"
        soft = [
            draft
            for draft in chain
            if _surname_only_person(draft) or _place_by_another_spelling_only(draft) or _town_by_its_list_only(draft)
        ]
        others = {draft.kind for draft in chain if draft not in soft}
        if soft and ActorKind.place in others and others <= _PLACES:
            # "crossed from Bol and Baga Sola": a town's name that only looked like a family name,
            # named once, in a list of places.
            for draft in soft:
                draft.kind, draft.found_by = ActorKind.place, "listed with places"
        # "Yara and CF Fertilisers both held prices": a town abroad the gazetteer alone gave, named once, beside firms
        soft += [draft for draft in chain if draft not in soft and _town_by_the_gazetteer_alone(draft)]
        others = {draft.kind for draft in chain if draft not in soft}
        if soft and others == {ActorKind.organization}:
            # "investors Index Ventures and Kleiner Perkins", "compete with Sony and Bose": a firm's name that
            # only looked like a family name or another spelling of a town, named once, in a list of firms.
            for draft in soft:
                draft.kind, draft.found_by = ActorKind.organization, "listed with an organisation"
    for (speaker_start, end, speaker), (start, firm_end, firm) in pairwise(spans):
        if (
            speaker.kind is ActorKind.person
            and _uncued(firm)
            and _COMMA.fullmatch(text, end, start)
            and (
                _CREDIT_END.match(text, firm_end)
                or (
                    _SAID_BEFORE.search(text, max(0, speaker_start - 8), speaker_start)
                    and _SENTENCE_END.match(text, firm_end)
                )
            )
        ):
            firm.kind, firm.found_by = ActorKind.organization, "the firm in a quote's credit ('Name, Firm:')"


def _sellers_listed(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'sold by Selfridges, Mabel Strickland and the retailer Tollbright': in a list of sellers after
    "sold by" that holds a firm, a name drafted once as a person by the look of its words is a firm too."""
    for index, (start, _, _) in enumerate(spans):
        if not _SELLERS_BEFORE.search(text, max(0, start - 40), start) or _software_sentence(text, start):
            continue
        run = [spans[index][2]]
        for (_, end, _), (following, _, after) in pairwise(spans[index:]):
            if not (_COMMA.fullmatch(text, end, following) or _LAST_JOIN.fullmatch(text, end, following)):
                break
            run.append(after)
        # "sold in the UK by Brindlecart and John Lewis": a name nothing else explains is a seller too.
        if len(run) < 2 or all(draft.kind is not ActorKind.organization and not _uncued(draft) for draft in run):
            continue
        for draft in run:
            if _uncued(draft) or (draft.kind is ActorKind.person and len(draft.spans) == 1 and _by_look_alone(draft)):
                draft.kind, draft.found_by = ActorKind.organization, "listed with sellers after 'sold by'"


def _software_sentence(text: str, start: int) -> bool:
    """'lints are available from Clippy and Rustfmt': a sentence about software lists tools, not sellers."""
    begin = max(text.rfind(". ", 0, start), line_start(text, start) - 1) + 1
    return any(word in SOFTWARE_WORDS for word in re.findall(r"[a-z]+", text[begin:start].casefold()))


# The heads of the first line of an address, before its town: "Moxley Street, Staxby", "Hexcombe Farm, Tollerdown".
_ADDRESS_HEADS = STREET_HEADS | frozenset({"farm"})


_HOME = "where a person named with an age lives"


# "in Mina Varnet, Bahrain,": a place's preposition before a name that a state follows after a comma.
_PLACE_BEFORE_TOWN = re.compile(r"\b(?:in|at|from|near|outside)[ \t]+(?:the[ \t]+)?$")
_END_AFTER_STATE = re.compile(r"[,.;:]")


def _town_before_its_state(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'in Mina Varnet, Bahrain, alongside': a name after "in" and before its state is a town, though
    its words look like a person's (drafted once, for a given name alone)."""
    for (start, end, town), (state_start, state_end, state) in pairwise(spans):
        if (
            state.kind is ActorKind.state
            and text[end:state_start] == ", "
            and _END_AFTER_STATE.match(text, state_end)
            and _PLACE_BEFORE_TOWN.search(text, max(0, start - 16), start)
            and (_uncued(town) or (town.kind is ActorKind.person and len(town.spans) == 1 and _by_look_alone(town)))
        ):
            town.kind, town.found_by = ActorKind.place, f"a town before its state '{state.name}'"


# What ends a place line after its region: a stop, a comma, a line's or the text's end ("– Valby, N.Y.").
_END_AFTER_REGION = re.compile(r"[,.;:)]|[ \t]*(?:\n|$)")


# A place's preposition or "of" before a town of several words: "a boatyard of Bayou La Batre, Alabama,".
_PLACE_OR_OF_BEFORE_TOWN = re.compile(r"\b(?:in|at|from|near|outside|of)[ \t]+$")


def _town_before_its_region(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'Chief economist, Tarn Economics – Quellhalla, N.Y.': a name nothing explains, then a comma and a country's
    first-level region ("N.Y.", "Idaho", "Bavaria") that ends the phrase, is a town in that region; a name of
    several words too after a place's preposition or "of" ("built by Halvorsen Marine of Bayou La Batre,
    Alabama,")."""
    table = gazetteer()
    for (start, end, town), (region_start, region_end, region) in pairwise(spans):
        if region.kind is not ActorKind.place or text[end:region_start] != ", " or not _uncued(town):
            continue
        if not _END_AFTER_REGION.match(text, region_end):
            continue
        if " " in town.name and not _PLACE_OR_OF_BEFORE_TOWN.search(text, max(0, start - 16), start):
            continue  # (one word: "Carl Varn, Idaho" may list a person with the state he speaks for)
        known = table.lookup(tuple(fold(word) for word in region.name.split()))
        if known is not None and (is_region(known) or known.name in US_STATE_NAMES):
            town.kind, town.found_by = ActorKind.place, f"a town before its region '{region.name}'"


def _island_after_a_town(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'at Luganville on Varno Santo': a name nothing explained, after "at", a place and "on", is the island the
    place stands on (not after "in": "she spoke in Tarnby on Newsnight" names a programme)."""
    for (town_start, end, town), (start, _, island) in pairwise(spans):
        if (
            town.kind is ActorKind.place
            and text[end:start] == " on "
            and text[max(0, town_start - 3) : town_start] == "at "
            and _uncued(island)
        ):
            island.kind, island.found_by = ActorKind.place, f"the island '{town.name}' stands on"


# "on Varnacanal and Quelaita", "over Tarnuroa and Fangavu": "on" or "over" before two names joined by "and".
_LANDS_BEFORE = re.compile(r"\b(?:on|over)[ \t]+$")
_RARE_LAND_WORD = 3.0  # "Malaita" 1.5, "Luzon" 2.7, "Mindanao" 3.0; "Hulu" 3.3, "Netflix" 4.2 are words one knows
# A page about islands: "Solomon Islands", "the atoll", "an archipelago".
_ISLANDS_PAGE = re.compile(r"\b(?:[Ii]slands?|[Aa]tolls?|[Aa]rchipelagos?)\b")


def _lands_paired_after_on(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'clearing mines on Varnacanal and Quelaita', 'clouds rose over Tarnuroa and Fangavu': two names nothing
    explained, joined by "and" after "on" or "over", all of rare words and no given name, are lands (islands,
    atolls), as a reader takes them on a page about islands; not "on Netflix and Hulu", words one knows."""
    if not _ISLANDS_PAGE.search(text):
        return
    for (first_start, first_end, first), (second_start, _, second) in pairwise(spans):
        if not (_uncued(first) and _uncued(second)) or not _AND.fullmatch(text[first_end:second_start]):
            continue
        if not _LANDS_BEFORE.search(text, max(0, first_start - 8), first_start):
            continue
        words = first.name.split() + second.name.split()
        if len(words) > 4 or any(is_given_name(fold(w)) or zipf(w.casefold()) >= _RARE_LAND_WORD for w in words):
            continue
        for draft in (first, second):
            draft.kind, draft.found_by = ActorKind.place, "a land named with another after 'on' or 'over'"


# "a seawall on Tongatapu.", "a hospital on Vanua Levu,", "a task group off Gotland": the preposition, and the
# name's phrase ends after it (a full stop, a comma, a lower-case word, the end of the line).
_LAND_BEFORE = re.compile(r"\b(?:on|off)[ \t]+$")
_PHRASE_ENDS = re.compile(r"(?:[.,;:]|[ \t]+[a-z]|\s*$)")
# Verbs after which "on" names a programme or a platform, not an island: "spoke on Newsnight", "posted on Varnly".
_SAID_ON = re.compile(
    r"\b(?:spoke|speaking|said|says|appeared|appearing|wrote|posted|posting|commented|told|live)[ \t]+on[ \t]+$"
)


def _land_alone_after_on_or_off(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'a new seawall on Tongatapu.', 'Labasa Hospital on Vanua Levu': a name nothing explained, of rare words and
    no given name, right after "on" on a page about islands is the island; after "off" on a page of ships and
    seas it is the coast or the island offshore ("a task group off Gotland")."""
    islands, waters = _ISLANDS_PAGE.search(text) is not None, waters_page(text)
    if not (islands or waters):
        return
    for start, end, draft in spans:
        if not _uncued(draft) or len(draft.spans) > 1 or not _PHRASE_ENDS.match(text, end):
            continue
        before = text[max(0, start - 24) : start]
        found = _LAND_BEFORE.search(before)
        if found is None or _SAID_ON.search(before):
            continue
        if not (islands if found.group().startswith("on") else waters):
            continue
        words = draft.name.split()
        if len(words) > 2 or any(is_given_name(fold(w)) or zipf(w.casefold()) >= _RARE_LAND_WORD for w in words):
            continue
        draft.kind, draft.found_by = ActorKind.place, f"a land after '{found.group().strip()}'"


# "read the travel advice on Varntraveller", "subscribe to updates on X", "monitor X for updated advice", "register
# through X": a website one reads or checks for advice, named after these words and near a word of advice.
_SITE_BEFORE = re.compile(r"\b(?:on|through|monitor|check|Check|via|visit|Visit)[ \t]+$")
_ADVICE_WORDS = re.compile(r"\b(?:advice|advisory|advisories|updates?|updated|subscribe|register)\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")


def _sites_read_for_advice(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'should read the travel advice on Varntraveller': a one-word name nothing explained (or a place only by
    "through"), after "on", "through", "monitor" or "check", in a clause about advice or updates, is the website
    one reads them on (an outlet, not a place)."""
    for start, end, draft in spans:
        if " " in draft.name or not (_uncued(draft) or draft.found_by == "after 'through'"):
            continue
        before = _CLAUSE_BREAK.split(text[max(0, start - 80) : start])[-1]
        after = _CLAUSE_BREAK.split(text[end : end + 40])[0]
        if _SITE_BEFORE.search(before) and _ADVICE_WORDS.search(before + " " + after):
            draft.kind, draft.found_by = ActorKind.media, "a website read for advice or updates"


# A participle joined to a name that says the name runs or pays for something: "the Frontex-coordinated operation",
# "a Varnex-funded programme" (a body does that; "AK-pattern", "Shahed-type" are weapons' words, not these).
_LEADS_AFTER = re.compile(r"[-‐](?:led|coordinated|backed|funded|sponsored|brokered|mediated|organised|organized)\b")


def _bodies_that_lead(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'takes part in the Frontex-coordinated Joint Operation': one word nothing explained, each time joined to a
    participle of leading, paying or brokering, is the body that does it."""
    for _, _, draft in spans:
        if " " in draft.name or not _uncued(draft):
            continue
        if all(_LEADS_AFTER.match(text, e) for _, e in draft.spans):
            draft.kind, draft.found_by = ActorKind.organization, "a body before '-led', '-funded' or '-coordinated'"


# "stations on the Azores, on Tristan da Cunha and in ...": a place after its preposition, a comma, then the same
# kind of preposition again before the next item of the list.
_PLACE_ITEM_BEFORE = re.compile(r"\b(?:on|in|at)[ \t]+(?:the[ \t]+)?$")
_NEXT_ITEM = re.compile(r",[ \t]+(?:on|in|at)[ \t]+")


def _places_listed_with_their_prepositions(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'on the Azores, on Tristan da Cunha and in the Kerguelen Islands': a name mentioned once, nothing explained
    or a person only by its look (a given name "Tristan"), listed after a place, each item with its own "on" or
    "in", is a place too."""
    for (place_start, end, place), (start, _, draft) in pairwise(spans):
        if place.kind not in (ActorKind.place, ActorKind.state) or len(draft.spans) > 1:
            continue
        if not (_uncued(draft) or (draft.kind is ActorKind.person and _by_look_alone(draft))):
            continue
        item_before = _PLACE_ITEM_BEFORE.search(text, max(0, place_start - 12), place_start)
        if _NEXT_ITEM.fullmatch(text, end, start) and item_before:
            draft.kind, draft.found_by = ActorKind.place, f"listed after the place '{place.name}'"


def _town_after_street(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'of Harnley Street, Staxby': in an address, one word after a street's name and a comma is its town."""
    for (_, end, street), (start, _, town) in pairwise(spans):
        if (
            street.kind is ActorKind.place
            # "of Rookery Way, Hessleford": a home after an age is an address's first line whatever its head
            and (street.name.split()[-1].casefold() in _ADDRESS_HEADS or street.found_by.startswith(_HOME))
            and len(street.name.split()) >= 2
            and text[end:start] == ", "
            and _uncued(town)
            and " " not in town.name
        ):
            town.kind, town.found_by = ActorKind.place, "a town after a street in an address"


# An elected member's letters or post before the name: "Tarnby TD Ilse Varn", "Cllr Ilse Varn".
_MEMBER_BEFORE = re.compile(r"\b(?:TD|MP|MEP|MSP|MLA|Cllr|Councillor|Senator|Deputy|Minister|candidate)[ \t]+$")


def _party_after_member(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'Tarnby TD Ilse Varn (Fine Gael) said': a name in brackets right after an elected member's
    name is the member's party, a body, though its words say nothing."""
    for (start, end, member), (party_start, party_end, party) in pairwise(spans):
        if (
            member.kind is ActorKind.person
            and text[end:party_start] == " ("
            and text[party_end : party_end + 1] == ")"
            and _MEMBER_BEFORE.search(text, max(0, start - 24), start)
            and _uncued(party)
        ):
            party.kind, party.found_by = ActorKind.organization, "a member's party in brackets"


# Heads of a club's name after its town's: "Tarnley Ladies", "Tarnley Rovers".
_CLUB_HEADS = frozenset({"ladies", "women", "rovers", "wanderers", "albion", "hotspur", "club", "team"})


def _clubs_by_their_town(drafts: list[ActorDraft]) -> None:
    """'Tarnley Ladies beat ... Tarnley, who were second,': a lone word that only ', who' made a person
    is the club named by its town, when the page names a club of that word and a club's head."""
    clubs = {
        draft.name.split()[0]
        for draft in drafts
        if draft.kind is ActorKind.organization
        and len(draft.name.split()) == 2
        and draft.name.split()[-1].casefold() in _CLUB_HEADS
    }
    for draft in drafts:
        if draft.kind is ActorKind.person and draft.name in clubs and draft.found_by.startswith("followed by ', who"):
            draft.kind, draft.found_by = ActorKind.organization, "a club named by its town ('Tarnley Ladies')"


# A body's officers and members after its possessive, written with "'s" or, after a plural, "'" alone:
# "Federated Growers' president", "Tarnby Anglers's chairman".
_OFFICERS_AFTER = re.compile(
    r"(?:['’]s|(?<=s)['’])[ \t]+(?:president|chairman|chairwoman|chair|chief[ \t]+executive|board|members)\b"
)
# A firm's own officers, whom no person has: "Tarnby Crane's head of new homes", "... managing director".
_FIRM_OFFICERS_AFTER = re.compile(
    r"(?:['’]s|(?<=s)['’])[ \t]+(?:head[ \t]+of|managing[ \t]+director|finance[ \t]+director"
    r"|chief[ \t]+(?:executive|financial|operating|technology)|board|shareholders)\b"
)


def _bodies_by_their_officers(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'Federated Growers' president, Hemi Walker, said': a name nothing explained that has a president, a
    chair or members is a body (a town or a state the gazetteer knows has its own kind already). So is a
    person only by a family name last, with no given name first, that has a firm's officers ("Hollin Crane's
    head of new homes")."""
    for _, end, draft in spans:
        if _uncued(draft) and _OFFICERS_AFTER.match(text, end):
            draft.kind, draft.found_by = ActorKind.organization, "a body, by its officers after its possessive"
        elif _family_name_look_alone(draft) and _FIRM_OFFICERS_AFTER.match(text, end):
            draft.kind, draft.found_by = ActorKind.organization, "a firm, by its officers after its possessive"


def _family_name_look_alone(draft: ActorDraft) -> bool:
    """A person only by a family name last, the first word no given name the lists know."""
    return (
        draft.kind is ActorKind.person
        and draft.found_by.startswith("a family name")
        and " " in draft.name
        and not is_given_name(draft.name.split()[0].casefold())
    )


def _bodies_by_their_spokespeople(text: str, drafts: list[ActorDraft]) -> None:
    """'Amtrak said the trains ... An Amtrak spokesman said': one word a person only by the verb after it, which the
    page also writes between an article and the word for a spokesman, is the body that spoke."""
    for draft in drafts:
        if _speaker_only(draft) and " " not in draft.name:
            pattern = rf"\b(?:[Aa]n?|[Tt]he) {re.escape(draft.name)} {_SPOKESPERSON}"
            if re.search(pattern, text):
                draft.kind, draft.found_by = ActorKind.organization, "a body, by its spokesperson after an article"


_SPOKESPERSON = r"(?:spokesman|spokeswoman|spokesperson|press officer)\b"


def _bodies_met_before_a_post(text: str, drafts: list[ActorDraft]) -> None:
    """'Quellvane Mobile's apps ... says Quellvane Mobile CEO Ilse Varn': a name nothing explained that the page also
    writes right before a post only a body has (`POSTS_AFTER_A_BODY`: CEO, chief executive, analyst, spokesman...)
    and its holder's capitalised name is that body, though the holder's title took that mention."""
    for draft in drafts:
        if not _uncued(draft) or (" " not in draft.name and is_surname(fold(draft.name))):
            continue  # ("Varn adviser Ilse Quell": a family name alone is the person she advises)
        for found in re.finditer(rf"(?<![\w-]){re.escape(draft.name)}[ \t]+{_POST_THEN_HOLDER}", text):
            post = found.group(1)
            if tuple(post.casefold().split()) in POSTS_AFTER_A_BODY:
                draft.kind, draft.found_by = ActorKind.organization, f"a body, before its post '{post}' elsewhere"
                break


# Up to four words of a post, each in lower case or in capitals ("CEO", "chief financial officer"), then a
# holder's capitalised name.
_POST_THEN_HOLDER = r"((?:[a-z][a-z-]*|[A-Z]{2,4})(?:[ \t]+(?:[a-z][a-z-]*|[A-Z]{2,4})){0,3}?)[ \t]+[A-Z][a-z]"


_COUNCIL_TIERS = frozenset(("parish", "town", "district", "borough", "county", "city"))
# South Africa's councils by their tier: "Emfuleni Local Municipality", "Tarnby Metropolitan Municipality".
_MUNICIPAL_TIERS = frozenset(("local", "metropolitan", "district"))


def _places_their_councils_serve(drafts: list[ActorDraft]) -> None:
    """'Brindley Parish Council objected ... Ashby and Brindley become one village': a name nothing explained,
    the same as the words a council of the page is named with, is the place the council serves."""
    served = set()
    for draft in drafts:
        words = draft.name.split()
        if (
            draft.kind in (ActorKind.organization, ActorKind.place)
            and len(words) >= 3
            and (
                (words[-1] == "Council" and words[-2].casefold() in _COUNCIL_TIERS)
                or (words[-1] == "Municipality" and words[-2].casefold() in _MUNICIPAL_TIERS)
            )
        ):
            served.add(" ".join(words[:-2]))
    for draft in drafts:
        if _uncued(draft) and draft.name in served:
            draft.kind, draft.found_by = ActorKind.place, "the place a council of the page serves"


# What a body has or does right after its name: "Maumee Valley's president", "X has roughly 142,000 members",
# "X said", "X worked with" (a valley or a marsh has none of these).
_BODY_AFTER = re.compile(
    r"(?:['’]s[ \t]+(?:president|chief[ \t]+executive|ceo|chair|chairman|chairwoman|board|members|customers|staff)"
    r"|[ \t]+(?:has|have)[ \t]+(?:about[ \t]+|roughly[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+|more[ \t]+than[ \t]+)?"
    r"[\d,.]+[ \t]+(?:members|customers|employees|staff|branches)"
    r"|[ \t]+(?:said|says|announced|worked[ \t]+with|employs))\b"
)

# "Swimmers at Tenbury Marsh said": what comes after a place's preposition is no body's subject.
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:at|in|near|from|to|into|around|across|outside|inside|of)[ \t]+(?:the[ \t]+)?$"
)


# The land's word that closes a place's name after the word that names it alone too: "Barnesmore Mountain".
_LANDFORM_HEADS = frozenset(
    ("mountain", "mountains", "hill", "hills", "moor", "bog", "glen", "valley", "forest", "wood", "head", "point")
)


def _places_without_their_landform(drafts: list[ActorDraft]) -> None:
    """'the fire on Tarnmore Mountain ... both Tarnmore and Quellsalon': a word nothing explains, that opens a
    place named with its mountain, moor or valley on the same page, is the area called by that word alone."""
    opened = {
        draft.name.split()[0]
        for draft in drafts
        if draft.kind is ActorKind.place
        and len(draft.name.split()) == 2
        and draft.name.split()[1].casefold() in _LANDFORM_HEADS
    }
    for draft in drafts:
        if _uncued(draft) and draft.name in opened:
            draft.kind, draft.found_by = ActorKind.place, "a place named with its landform elsewhere on the page"


def _short_forms_of_bodies(text: str, drafts: list[ActorDraft]) -> None:
    """'Maumee Valley Federal Credit Union ... Maumee Valley has roughly 142,000 members': a place of two or
    more words that opens the name of a body the page names, and that has or does what a body does in one
    of its mentions, is that body's short form (not "at Tenbury Marsh", near "Tenbury Marsh Leisure Centre")."""
    bodies = [draft.name for draft in drafts if draft.kind is ActorKind.organization]
    for draft in drafts:
        if (
            draft.kind is ActorKind.place
            and " " in draft.name
            and any(body.startswith(draft.name + " ") for body in bodies)
            and any(
                _BODY_AFTER.match(text, end) and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)
                for start, end in draft.spans
            )
        ):
            draft.kind, draft.found_by = ActorKind.organization, "the short form of a body named after it"
    registered = {draft.name for draft in drafts if draft.found_by.startswith(_BY_LEGAL_FORM)}
    for draft in drafts:
        by_look = draft.kind is ActorKind.other or (
            draft.kind is ActorKind.person and draft.found_by.startswith(_PERSON_BY_LOOK)
        )
        if by_look and " " in draft.name and _named_with_a_form(draft.name, registered):
            # "Andes Vento SpA ... Andes Vento said": a firm of several words without its legal form, though its
            # words look like a person's
            draft.kind, draft.found_by = ActorKind.organization, "a firm's name without its legal form"


_MOST_WORDS_OF_A_SPEAKING_FIRM = 3


def _firms_that_speak_alone(drafts: list[ActorDraft]) -> None:
    """'Nissan North America Inc ... Nissan said the recall': a person only by the verb after one word that is
    no family name is the firm that spoke when the word opens the name of a body the page names. So are two
    or three words that open it ("Ashvale Verity Homes ... Ashvale Verity said"), family names or not: the
    page has named the firm they open."""
    bodies = [draft.name for draft in drafts if draft.kind is ActorKind.organization]
    for draft in drafts:
        word = draft.name.casefold()
        if (
            _speaker_only(draft)
            and (" " in draft.name or not is_surname(word))
            and len(draft.name.split()) <= _MOST_WORDS_OF_A_SPEAKING_FIRM
            and any(body.startswith(draft.name + " ") for body in bodies)
        ):
            draft.kind, draft.found_by = ActorKind.organization, "a firm that speaks, named by its first word"


def _products_named_with_their_maker(drafts: list[ActorDraft]) -> None:
    """'Mozilla released Mozilla Firefox ... Firefox won': a person only because the last of two words stands
    alone, whose first word is a body the page names, is that body's product, no one's name."""
    bodies = {draft.name for draft in drafts if draft.kind is ActorKind.organization and " " not in draft.name}
    for draft in drafts:
        words = draft.name.split()
        if (
            draft.kind is ActorKind.person
            and draft.found_by == _LAST_WORD_ALONE
            and len(words) == 2
            and words[0] in bodies
            and not is_given_name(words[0].casefold())
        ):
            draft.kind, draft.found_by = ActorKind.other, "a product named with its maker's name"


_LAST_WORD_ALONE = "a name whose last word is used alone"
_BY_LEGAL_FORM = "a firm's legal form '"
_PERSON_BY_LOOK = ("a family name '", "a given name '")


def _named_with_a_form(name: str, registered: set[str]) -> bool:
    """Whether a registered firm's name is `name` and one word more, its legal form ("Andes Vento" of "... SpA")."""
    return any(firm.startswith(name + " ") and " " not in firm[len(name) + 1 :] for firm in registered)


# "the Gula and Runga communities": two one-word names joined by "and" before "communities"; "the Varra and
# Kessoy traditional owners" of a land (as Australian statements name its Aboriginal peoples).
# A way of life may stand between: "the Buduma and Kanembu fishing communities".
_COMMUNITIES_AFTER = re.compile(
    r"[ \t]+(?:(?:fishing|farming|herding|pastoralist|pastoral|nomadic|rural|local|indigenous|minority)[ \t]+)?"
    r"(?:communities|traditional[ \t]+owners|traditional[ \t]+custodians)\b"
)
_GROUPS_AFTER = re.compile(r"[ \t]+(?:armed[ \t]+)?(?:groups|militias)\b")
_RARE_PEOPLE_WORD = 3.0  # "Gula" 1.9, "Fulani" 2.7; a platform's name is common on the web ("Discord" 3.5)


def _peoples_before_communities(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'drew fighters from the Gula and Runga communities': one-word names that nothing else explains,
    listed with "and" before "communities", are peoples (filed as states, as "the X people" is). One
    name alone before "communities" is not enough ("55 WordPress communities": a brand's users), nor
    a name in a brand's casing, nor a word common on the web ("the Reddit and Discord communities").
    Before "groups" or "militias", one of the two must already be a people ("Nuer and Tarvo-Ke groups")."""
    for (_, end, first), (start, last_end, second) in pairwise(spans):
        if not (_LAST_JOIN.fullmatch(text, end, start) and _COMMUNITIES_AFTER.match(text, last_end)):
            continue
        pair = (first, second)
        # (one of them may already be a known people: "the Nuer and Tarvessi communities")
        if all(
            (_uncued(d) and " " not in d.name and d.name[1:].islower() and _rare(d.name))
            or d.found_by == PEOPLE_FOUND_BY
            for d in pair
        ):
            for draft in pair:
                if _uncued(draft):
                    draft.kind, draft.found_by = ActorKind.state, "listed with a people before 'communities'"
    for (_, end, first), (start, last_end, second) in pairwise(spans):
        if not (_LAST_JOIN.fullmatch(text, end, start) and _GROUPS_AFTER.match(text, last_end)):
            continue
        pair = (first, second)
        # "between Nuer and Tarvo-Ke groups": a people's groups, so the other name's are a people's too
        if any(d.found_by == PEOPLE_FOUND_BY for d in pair) and all(
            d.found_by == PEOPLE_FOUND_BY or (_uncued(d) and _one_hyphened_word(d.name) and _rare(d.name)) for d in pair
        ):
            for draft in pair:
                if _uncued(draft):
                    draft.kind, draft.found_by = ActorKind.state, "listed with a people before its groups"


# Members of a people in the plural, after two names joined by "and": "Masalit and Zaghawa civilians".
_MEMBERS_AFTER = re.compile(
    r"[ \t]+(?:civilians|villagers|herders|herdsmen|farmers|fishermen|tribesmen|refugees|protesters|elders)\b"
)


def _peoples_before_their_members(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'violence against Masalit and Zaghawa civilians': the second name is a people by the plural after it, so
    the first, one rare word read only from the verb before it ("against": a foe), is a people too."""
    for (_, end, first), (start, last_end, second) in pairwise(spans):
        if not (_LAST_JOIN.fullmatch(text, end, start) and _MEMBERS_AFTER.match(text, last_end)):
            continue
        # (a people, not a state's demonym: "Hamas and Israeli civilians" names a group and a state)
        people = second.found_by == PEOPLE_FOUND_BY or second.found_by.startswith("followed by '")
        if second.kind is not ActorKind.state or not people or first.kind in (ActorKind.state, ActorKind.person):
            continue
        weakly_read = _uncued(first) or first.found_by.startswith("after '")
        if weakly_read and _one_hyphened_word(first.name) and _rare(first.name):
            first.kind, first.found_by = ActorKind.state, "listed with a people before its members"


def _one_hyphened_word(name: str) -> bool:
    """'Tarvessi', 'Tarvo-Ke': one word in a name's casing, or parts of one joined by hyphens."""
    return " " not in name and all(part[:1].isupper() and part[1:].islower() for part in name.split("-"))


def _rare(word: str) -> bool:
    return zipf(word.casefold()) < _RARE_PEOPLE_WORD


def _by_look_alone(draft: ActorDraft) -> bool:
    return draft.found_by.startswith(("a given name", "a family name"))


def _surname_only_person(draft: ActorDraft) -> bool:
    """A person drafted once only for a last word that is a family name, with no given name before it."""
    words = draft.name.split()
    return (
        draft.kind is ActorKind.person
        and draft.found_by.startswith("a family name")
        and len(draft.spans) == 1
        and len(words) == 2
        and not is_given_name(words[0].casefold())
    )


def _place_by_another_spelling_only(draft: ActorDraft) -> bool:
    """A place drafted once only because the gazetteer knows another spelling of a town's name, with nothing
    around it to say so: "Bose" for Baise, China."""
    match = _ANOTHER_SPELLING.fullmatch(draft.found_by)
    return (
        draft.kind is ActorKind.place
        and len(draft.spans) == 1
        and match is not None
        and fold(match.group(1)) != fold(draft.name)
    )


def _town_by_the_gazetteer_alone(draft: ActorDraft) -> bool:
    """A one-word town drafted once only because the gazetteer knows it, with nothing around it to say so."""
    return (
        draft.kind is ActorKind.place
        and len(draft.spans) == 1
        and " " not in draft.name
        and _ANOTHER_SPELLING.fullmatch(draft.found_by) is not None
    )


def _town_by_its_list_only(draft: ActorDraft) -> bool:
    """A one-word town the gazetteer knows, taken for a place only because a name stands beside it in a list:
    "Lloyds, Halifax and Bank of Scotland" (beside firms it is a firm named for its town)."""
    return (
        draft.kind is ActorKind.place and " " not in draft.name and _BY_ITS_LIST.fullmatch(draft.found_by) is not None
    )


# How `place_evidence` supports a town by its neighbour in a list: "(after 'Lloyds, ')", "(before 'and Slough')".
_BY_ITS_LIST = re.compile(r"gazetteer: [^(]+\((?:after '[^']*(?:,| and| or) ?'|before '(?:and|or) [^']*')\)")


# How `name_kinds` drafts a gazetteer's place with no other cue: "gazetteer: Baise, China (no other cue)".
_ANOTHER_SPELLING = re.compile(rf"gazetteer: ([^,(]+?)(?:, [^(]+)? {re.escape(NO_OTHER_CUE)}")


# How a person is found by the speech verb after the name alone ("followed by 'said'").
_SPEAKER_CUES = frozenset(f"followed by '{word}'" for word, cue in NEXT_WORD.items() if cue.kind is ActorKind.person)


# "Stagecoach West said its 801 service", "Quell Technik said on Friday that its plant": the speaker's own things.
_SAID_ITS_AFTER = re.compile(
    r"[ \t]+(?:said|says|confirmed|announced|warned|added)[ \t]+(?:on[ \t]+\w+[ \t]+)?(?:that[ \t]+)?"
    r"(?:[\w,]+[ \t]+){0,3}?its\b"
)


_EVERYDAY_WORD = 4.0


def _speakers_of_its(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'Stagecoach West said its 801 service was diverted': a person of two or three words only by the speech
    verb or a family name last, with no given name first and a word of everyday English in it, whose speech goes
    on with "its" for its own things, is a body that speaks."""
    for _, end, draft in spans:
        words = draft.name.split()
        if (
            draft.kind is ActorKind.person
            and len(words) in (2, 3)
            and (draft.found_by in _SPEAKER_CUES or draft.found_by.endswith(" said', a family name"))
            and not is_given_name(words[0].casefold())
            # a word of everyday English in it ("West", "Power"): no foreign person's name the lists lack
            # ("Kassym-Jomart Tokayev said its army ...")
            and any(zipf(word.casefold()) >= _EVERYDAY_WORD for word in words)
            and _SAID_ITS_AFTER.match(text, end)
        ):
            draft.kind, draft.found_by = ActorKind.organization, "a body, by 'said its' after its name"


# "Lilly shares fell 3%", "Boeing shares closed higher": a name, then its shares and how they moved (no possessive:
# "Musk's shares" are a person's).
_SHARES_MOVED_AFTER = re.compile(
    r"[ \t]+shares[ \t]+(?:fell|rose|jumped|slumped|climbed|dropped|gained|slid|tumbled|soared|surged|plunged|sank|"
    r"dipped|closed|edged|rallied|traded|were|have|had|ended|lost|added)\b"
)


def _firms_by_their_shares(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'Eli Lilly has cut supplies ... Lilly shares fell 3%': a name that looks like a person's, followed by its
    shares and how they moved, is a listed firm (a person's shares are his: "Musk's shares")."""
    for _, end, draft in spans:
        if draft.kind is ActorKind.person and _SHARES_MOVED_AFTER.match(text, end):
            draft.kind, draft.found_by = ActorKind.organization, "a firm, by its shares after its name"


def _speaker_only(draft: ActorDraft) -> bool:
    """A person only by the verb after it, with no given name first: in a list with firms, a firm that spoke."""
    return (
        draft.kind is ActorKind.person
        and draft.found_by in _SPEAKER_CUES
        and not is_given_name(draft.name.split()[0].casefold())
    )


# "between Tarvel and Aguas Lindas", "between the Varn and the Tarrow": the two ends of a way or a stretch;
# "from Kondele to Varnu": where a tour or a road starts and ends (or a story, with its years).
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \t]+(?:the[ \t]+)?$")
# Each end may carry its year: "moves between Lerwick in 1905 and Leith in 1987".
_END_YEAR = r"(?:[ \t]+in[ \t]+(?:the[ \t]+)?\d{4}s?)?"
_BETWEEN_JOIN = re.compile(_END_YEAR + r"[ \t]+and[ \t]+(?:the[ \t]+)?")
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+(?:the[ \t]+)?$")
_TO_JOIN = re.compile(_END_YEAR + r"[ \t]+to[ \t]+(?:the[ \t]+)?")


def _places_between(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """The second name after "between ... and" or "from ... to" is a place when the first is, whatever its length;
    and the first when the second is ("reefs between Quellstown and the Torres Strait")."""
    for (start, end, first), (after, _, second) in pairwise(spans):
        if second.kind is ActorKind.place and _uncued(first) and len(first.name.split()) == 1:
            if _BETWEEN_BEFORE.search(text, max(0, start - 12), start) and _BETWEEN_JOIN.fullmatch(text, end, after):
                first.kind, first.found_by = ActorKind.place, "one end, before 'and' a place after 'between'"
            continue
        if first.kind is not ActorKind.place or not _uncued(second):
            continue
        if _BETWEEN_BEFORE.search(text, max(0, start - 12), start) and _BETWEEN_JOIN.fullmatch(text, end, after):
            second.kind, second.found_by = ActorKind.place, "the other end, after 'between' a place"
        elif _FROM_BEFORE.search(text, max(0, start - 9), start) and _TO_JOIN.fullmatch(text, end, after):
            second.kind, second.found_by = ActorKind.place, "the other end, after 'from' a place"


# A match's result between two sides' names: "Tynedale 24 Hull Ionians 19" (each side's points after its name),
# "Emley AFC 0-4 Penistone Church" (the score between them).
# "| Emley AFC | 0-4 | Penistone Church |" in a table of results, "P-P" for a match put off.
_SCORE_BETWEEN = re.compile(r"[ \t|]+(?:\d{1,3}(?:[-–]\d{1,3})?|P[-–]P)[ \t|]+")
_POINTS_AFTER = re.compile(r"[ \t]+\d{1,3}\b(?![-–.,:/]?\d)")
_SCORE = re.compile(r"[ \t|]+(?:\d{1,3}[-–]\d{1,3}|P[-–]P)[ \t|]+")
# A side's result after its name ("Ionians led 19-10", "Quellby won 3-1"), or the side beaten or drawn with, before
# the score ("beat log leaders Paarl Valley 27-24", "drew 0-0 with Millbrook United" is read by the lists).
_RESULT_AFTER = re.compile(r"[ \t]+(?:won|lost|drew|led|trailed|lead|win|lose|draw|leads)[ \t]+\d{1,3}[-–]\d{1,3}\b")
_BEATEN_BEFORE = re.compile(
    r"\b(?:beat|beating|beats|defeated|defeating|edged|thrashed|drew[ \t]+with|lost[ \t]+to"
    r"|lost[ \t]+at[ \t]+home[ \t]+to)"
    r"[ \t]+(?:[a-z]+[ \t]+){0,2}$"
)
_VERSUS = re.compile(r"[ \t]+(?:v|vs|v\.|vs\.)[ \t]+")
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}[-–]\d{1,3}\b")
# The kinds a town's or a word's name has before the score says it is a side (a person or a state keeps its own:
# "England 24 Wales 19" are the states' sides, named as the states).
_SIDES_BY_LOOK = frozenset((ActorKind.place, ActorKind.other))


def _side_by_look(draft: ActorDraft) -> bool:
    """A town's name, a name of no kind, or a regiment's only by its last word ("Tarnsay Highlanders", "Quell
    Rifles"): beside a score, a side."""
    return draft.kind in _SIDES_BY_LOOK or (
        draft.kind is ActorKind.armed_force and _REGIMENTS_PLURAL.fullmatch(draft.found_by) is not None
    )


# A regiment's plural head word ("ends with 'Highlanders'"), as a side's nickname ends too.
_REGIMENTS_PLURAL = re.compile(r"ends with '[A-Z][a-z]+s'")


def _sides_in_scorelines(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'Tynedale 24 Hull Ionians 19', 'Emley AFC 0-4 Penistone Church', 'Thackley v Silsden': two names around a
    score or 'v', or each before its points, are the sides that play, organisations, though a town's name or no cue
    drafted them; so is a name with its result after it or beaten before the score ('beat Paarl Valley 27-24')."""
    for (_, end, first), (after, after_end, second) in pairwise(spans):
        fixture = _VERSUS.fullmatch(text, end, after) is not None  # "Thackley v Silsden (3pm, Dennyfield)"
        if not fixture and not _SCORE_BETWEEN.fullmatch(text, end, after):
            continue
        if not (fixture or _SCORE.fullmatch(text, end, after) or _POINTS_AFTER.match(text, after_end)):
            continue
        if ActorKind.organization not in (first.kind, second.kind) and not all(
            _side_by_look(draft) for draft in (first, second)
        ):
            continue  # "Varn 6-4 Quell" between persons: a tennis score, no sides
        for draft in (first, second):
            if _side_by_look(draft):
                draft.kind, draft.found_by = ActorKind.organization, "a side, by the score beside its name"
    for start, end, draft in spans:
        if _side_by_look(draft) and (
            _RESULT_AFTER.match(text, end)
            or (_SCORE_AFTER.match(text, end) and _BEATEN_BEFORE.search(text, max(0, start - 40), start))
        ):
            draft.kind, draft.found_by = ActorKind.organization, "a side, by its result after its name"


# A verb in the plural after a one-word name and ", who", as British pages write of a side: "Caldmore, who were
# relegated"; a match's verb after "who": "at Nottingham, who beat Vale 31-12". A person or a town takes the
# singular.
_PLURAL_VERB_AFTER = re.compile(r",[ \t]+who[ \t]+(?:were|are|have)\b")
_MATCH_VERB_AFTER = re.compile(r",[ \t]+who[ \t]+(?:beat|drew|hosted|host)\b")
# ... not its people's: "the residents of Tarnby, who were evacuated"; nor a people's: "the Quarrite, who were".
_PEOPLE_OF_A_PLACE_BEFORE = re.compile(
    r"\b(?:of|in|from|to|near|across|around|throughout|inside|at|for|on|the|The)[ \t]+$"
)
_NAMED_BY_LOOK = frozenset((ActorKind.place, ActorKind.person, ActorKind.other))
_LIST_END_BEFORE = re.compile(r"(?:\band|&)[ \t]+$")


def _sides_by_a_plural_verb(text: str, spans: list[tuple[int, int, ActorDraft]]) -> None:
    """'below Caldmore, who were relegated', 'at Nottingham, who beat Vale 31-12': one word, a town's or a name like a
    person's, with a verb in the plural or a match's verb after it is a side, an organisation (not a plural name: "the
    Falklands were", "Kurds, who were"; not a state: "England were" is the state's side, named as the state)."""
    for start, end, draft in spans:
        if draft.kind not in _NAMED_BY_LOOK or " " in draft.name or draft.name[-1:] in "sS":
            continue
        if is_given_name(draft.name.casefold()) or _LIST_END_BEFORE.search(text, max(0, start - 6), start):
            continue  # "her parents, Marco and Elena, who were both teachers"
        plural = _PLURAL_VERB_AFTER.match(text, end) is not None
        if plural and _PEOPLE_OF_A_PLACE_BEFORE.search(text, max(0, start - 12), start):
            plural = False
        if plural or _MATCH_VERB_AFTER.match(text, end):
            draft.kind, draft.found_by = ActorKind.organization, "a side, by the plural verb after its name"


_BODIES = frozenset((ActorKind.organization, ActorKind.armed_force))


def _names_ending_in_a_bodys_letters(drafts: list[ActorDraft]) -> None:
    """'the Josiah Calloway CSG' after 'Josiah Calloway Carrier Strike Group (CSG)': a name of no kind ending in
    letters the page gives a body or a force is a body of that kind."""
    kinds: dict[str, ActorKind] = {}
    for draft in drafts:
        if draft.kind in _BODIES:
            for spelling in (draft.name, *draft.aliases):
                if spelling.isupper() and spelling.isalpha() and len(spelling) >= _BODY_LETTERS:
                    kinds.setdefault(spelling, draft.kind)
    for draft in drafts:
        words = draft.name.split()
        if draft.kind is ActorKind.other and len(words) >= 2 and words[-1] in kinds:
            draft.kind, draft.found_by = kinds[words[-1]], f"ends with the letters of a body ('{words[-1]}')"


_BODY_LETTERS = 2


def _outermost(spans: list[tuple[int, int, ActorDraft]]) -> list[tuple[int, int, ActorDraft]]:
    """The spans not inside another ("IBTC" inside "Stanbic IBTC Capital"): a name's own letters would stand
    between it and the next name of its list."""
    kept: list[tuple[int, int, ActorDraft]] = []
    for span in spans:
        if kept and span[0] >= kept[-1][0] and span[1] <= kept[-1][1] and span[:2] != kept[-1][:2]:
            continue
        kept.append(span)
    return kept


def _name_read_as_land(draft: ActorDraft) -> bool:
    """'Kanye West', 'Ada Ridge': two words read as land by the last alone, a land's word that is a family name too."""
    words = draft.name.split()
    return (
        draft.kind is ActorKind.place
        and draft.found_by.startswith("ends with '")
        and len(words) == 2
        and is_surname(fold(words[1]))
    )


def _uncued(draft: ActorDraft) -> bool:
    # (A name nothing explains on a page about things is as uncued: "from Barclays, Monzo and Starling".)
    return draft.kind is ActorKind.other and draft.found_by in (NO_CUE, UNEXPLAINED_ON_THINGS_PAGE)


# A list whose last item is no name: ", and the villages", " and other towns".
_COMMA_THE = re.compile(r",[ \t]+the[ \t]+")
_LIST_GOES_ON_IN_WORDS = re.compile(
    r",?[ \t]+(?:and|or)[ \t]+(?:the|other|several|many|some|nearby|surrounding|neighbouring|neighboring)[ \t]+[a-z]"
)


def _without_bracketed_glosses(
    text: str, spans: list[tuple[int, int, ActorDraft]]
) -> list[tuple[int, int, ActorDraft]]:
    """The spans without a name in brackets right after another name, its gloss ("Tarnwell Heavy Industries
    (THI) and Quellherr": the acronym in brackets is the first item's, and "and" joins the two firms)."""
    kept: list[tuple[int, int, ActorDraft]] = []
    for span in spans:
        start, end, _ = span
        if kept and text[kept[-1][1] : start] == " (" and text[end : end + 1] == ")":
            continue
        kept.append(span)
    return kept


def _named_body(draft: ActorDraft) -> bool:
    """A body of several words that its own words name ("the Grains Research Corporation"), no bare word."""
    return draft.kind is ActorKind.organization and not _uncued(draft) and " " in draft.name


# An item of a list that made no draft of its own ("Dir", a common word), between two commas.
_COMMA_SHORT_ITEM = re.compile(r", [A-Z][a-z]{1,11}, ")


def _lists(text: str, spans: list[tuple[int, int, ActorDraft]]) -> list[list[ActorDraft]]:
    """Runs of names joined as a list is: commas between, "and" or "or" before the last."""
    found: list[list[ActorDraft]] = []
    run: list[ActorDraft] = []
    spans = _without_bracketed_glosses(text, spans)
    for k, ((_, end, draft), (start, after_end, after)) in enumerate(pairwise(spans)):
        if not run:
            run = [draft]
        if _COMMA.fullmatch(text, end, start):
            run.append(after)
            continue
        if _COMMA_SHORT_ITEM.fullmatch(text, end, start) and len(run) >= 2:
            run.append(after)  # "Angoor Adda, Bajaur, Kurram, Dir, Chitral": an item too short or common to draft
            continue
        if _COMMA_THE.fullmatch(text, end, start) and after.kind in _PLACES and not _uncued(after):
            run.append(after)  # "the Tarrow, Quenby, the Varn Valley and the coast": a place with its "the" goes on
            continue
        if (
            _COMMA_THE.fullmatch(text, end, start)
            and _named_body(after)
            # (not "In Iraq, the Iraqi Counter-Terrorism Service and ...": a place before a comma opens the clause)
            and (draft.kind is ActorKind.organization or _uncued(draft))
        ):
            run.append(after)  # "Tarnby Foods, the Grains Research Corporation, Quellco": a body with its "the"
            continue
        if text[end:start].startswith(",") and k + 2 < len(spans) and _AND.fullmatch(text, after_end, spans[k + 2][0]):
            run = []  # "a hub at Ruatoria, and Tarvel and Quenby have sent trucks": a new clause's own pair
            continue
        if (
            _LAST_JOIN.fullmatch(text, end, start)
            or (_LAST_JOIN_THE.fullmatch(text, end, start) and _PLURAL_NAME.fullmatch(text, start, after_end))
            # "Seafish and the Scottish Fishermen's Federation": a body of several words that its own words name
            # goes on a list with its "the" (not after a comma: "in Hoy Sound, and the Orkney Islands Council
            # confirmed" opens a new clause)
            or (text[end:start] in (" and the ", " or the ", " and with the ") and _named_body(after))
            # (after a comma only at the end of a list of three: "in Hoy Sound, and the Orkney Islands Council
            # confirmed" opens a new clause; "Tarnby Foods, Quellco, and the University of Varn" ends a list)
            or (text[end:start] in (", and the ", ", or the ") and len(run) >= 2 and _named_body(after))
        ):
            run.append(after)
            found.append(run)
        elif len(run) >= 2 and _LIST_GOES_ON_IN_WORDS.match(text, end):
            found.append(run)  # "on Tarnby, Oskel and the villages of the valley": the last item in plain words
        run = []
    if len(run) >= 2 and _LIST_GOES_ON_IN_WORDS.match(text, spans[-1][1]):
        found.append(run)
    return found
