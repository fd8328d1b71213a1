"""The known actors a text names: each capitalised run of words looked up in the workspace's index,
longest first at each position, never overlapping, then asked whether the text means someone else.

A known name that is only part of a longer name is no mention: the name rules read the whole, as they
would in an empty workspace ("Securities and Exchange Commission" beside a known "Commission": `longer_names`;
"Manchester Metropolitan University", "University of California"). With `places`, so is a name inside a
longer one the gazetteer knows as one place: "Sudan" in "South Sudan", "British" (the United Kingdom's
demonym) in "British Columbia", unless the longer name is the known actor's own ("Russian Federation" for
Russia): then it is the mention. A person's name may be a town's, a country's, a firm's or a family's on
this page ("between Brough and Penrith", "the Marchant family"), and a spelling alike may be another place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dossier.ingest.body_names_around import ends_a_body_name, opens_a_body_name
from dossier.ingest.cues import TITLES
from dossier.ingest.every_states_bodies import bare_state_body, post_standing_for
from dossier.ingest.family_name_first import another_given_name_after
from dossier.ingest.gazetteer import Gazetteer, Place, gazetteer, place_key
from dossier.ingest.known_persons_here import (
    body_by_apposition,
    body_not_a_person,
    country_not_a_person,
    family_not_a_person,
    german_noun,
    other_given_name,
    place_as_surname,
    place_noun_after,
    town_not_a_person,
)
from dossier.ingest.known_place_lands import actor_the_page_means
from dossier.ingest.longer_names import part_of_a_longer_name, spelled_alike
from dossier.ingest.mentions import ActorIndex, Mention, Token
from dossier.ingest.names import fold, fold_phrase, skeleton, word_set
from dossier.ingest.region_units import inside_a_region_s_name
from dossier.ingest.word_forms import base_forms, is_hangul
from dossier.model import Actor, ActorKind

# The most words a known name is looked up by.
MAX_PHRASE = 6


def find_mentions(
    text: str, tokens: list[Token], index: ActorIndex, places: Gazetteer | None = None, language: str = "en"
) -> list[Mention]:
    """Known-actor mentions, longest first at each position, never overlapping."""
    page = _Page(text, tokens, index, places, language)
    position = 0
    while position < len(tokens):
        if not tokens[position].capitalised:  # most words: no call for them (`hit_at` says the same)
            position += 1
            continue
        hit = page.hit_at(position)
        if hit is None:
            position += 1
            continue
        hit = _the_place_of_the_page_s_land(page, hit)
        if hit is None:
            position += 1
            continue
        skip = next((after for refusal in _REFUSALS if (after := refusal(page, hit)) is not None), None)
        if skip is None:
            hit, skip = _within_a_longer_place(page, hit)
        position = skip if skip is not None else page.add(hit)
    # A text calls one body by one word throughout: once "crypto exchange Thornley" shows it a firm, "Thornley
    # said" elsewhere on the page is the firm too, not a known Mrs Thornley (as a text alone reads it).
    return [
        m
        for m in page.mentions
        if not (
            m.last == m.first
            and tokens[m.first].folded in page.bodies_here
            and index.actors[m.actor_id].kind is ActorKind.person
        )
    ]


@dataclass(frozen=True)
class _Hit:
    """Tokens `position`..`last` the index gives to a known actor, and how (its name, an alias, a surname...)."""

    position: int
    last: int
    actor: Actor
    actor_id: str
    how: str
    one_name: bool  # a single word that names a person, or a spelling alike: more easily another's


@dataclass
class _Page:
    text: str
    tokens: list[Token]
    index: ActorIndex
    places: Gazetteer | None
    language: str
    mentions: list[Mention] = field(default_factory=list)
    named_in_full: set[str] = field(default_factory=set)  # actors the text has named with more than one word
    bodies_here: set[str] = field(default_factory=set)  # known persons' one-word names the text shows a body's

    def hit_at(self, position: int) -> _Hit | None:
        """The longest run of joined tokens from `position` that names a known actor, if any."""
        tokens, index = self.tokens, self.index
        token = tokens[position]
        if not token.capitalised or (
            token.folded not in index.first_words and skeleton(token.folded) not in index.first_skeletons
        ):
            return None
        longest = min(MAX_PHRASE, index.longest)
        stop = position
        while stop + 1 < len(tokens) and stop - position + 1 < longest and tokens[stop].joined:
            stop += 1
        # (only as far as a phrase the index holds may reach: the longer lookups were most of them, all in vain)
        stop = position - 1 + index.phrase_reach([tokens[i].folded for i in range(position, stop + 1)])
        for last in range(stop, position - 1, -1):
            found = index.lookup(tuple(tokens[i].folded for i in range(position, last + 1)))
            if found is not None:
                actor_id, how = found
                actor = index.actors[actor_id]
                one_name = how == "surname" or (
                    last == position and (how == "variant" or (how == "alias" and actor.kind is ActorKind.person))
                )
                return _Hit(position, last, actor, actor_id, how, one_name)
        return None

    def add(self, hit: _Hit) -> int:
        """Record the mention; the position to read on from."""
        start, end = self.tokens[hit.position].start, self.tokens[hit.last].end
        self.mentions.append(Mention(hit.actor_id, start, end, hit.position, hit.last, self.text[start:end], hit.how))
        if hit.last > hit.position:
            self.named_in_full.add(hit.actor_id)  # "Michael Jordan": his family name alone is his from here on
        return hit.last + 1


# A refusal says why a hit is no mention of its actor here: it returns the position to read on from.
Refusal = Callable[[_Page, _Hit], "int | None"]


def _another_persons_given_name(page: _Page, hit: _Hit) -> int | None:
    """ "Brad Smith" is not the known "Patti Smith": a name of its own."""
    if hit.one_name and other_given_name(page.tokens, hit.position, page.index, hit.actor_id):
        return hit.position + 1
    return None


def _another_family_member(page: _Page, hit: _Hit) -> int | None:
    """ "Park Geun-hye" is not the known "Park Jae-geun": a name of its own, its family name written first."""
    surname_alone = hit.how == "surname" and hit.last == hit.position and hit.actor.kind is ActorKind.person
    if surname_alone and another_given_name_after(page.tokens, hit.position, hit.actor.name):
        return hit.position + 1
    return None


def _a_german_noun(page: _Page, hit: _Hit) -> int | None:
    """ "der Mann", "ein Mann mit Doppel-N": the noun, not a known Arshy Mann."""
    if hit.how != "surname" or page.language != "de" or hit.actor_id in page.named_in_full:
        return None
    return hit.position + 1 if german_noun(page.tokens[hit.position]) else None


def _a_body_not_a_person(page: _Page, hit: _Hit) -> int | None:
    """ "crypto exchange Thornley said": the firm, not a known Mrs Thornley."""
    if hit.last != hit.position:
        return None
    tokens = page.tokens
    if body_not_a_person(tokens, hit.position, hit.actor) or body_by_apposition(
        page.text, tokens, hit.position, hit.actor
    ):
        page.bodies_here.add(tokens[hit.position].folded)
        return hit.position + 1
    return None


def _a_seat_or_a_family(page: _Page, hit: _Hit) -> int | None:
    """ "the Tregarth by-election": the seat, not a known Huw Tregarth; "the Marchant family sold the land":
    the family, not a known Ilse Marchant."""
    if hit.one_name and (
        place_noun_after(page.tokens, hit.last, hit.actor) or family_not_a_person(page.tokens, hit.last, hit.actor)
    ):
        return hit.last + 1
    return None


def _a_place_not_a_person(page: _Page, hit: _Hit) -> int | None:
    """ "between Brough and Penrith": the town, not a known Tom Brough; "talks in Jordan": the country, not a
    known Michael Jordan; and "Joaquin Phoenix" is a person, not the known city of Phoenix."""
    if hit.last != hit.position:
        return None
    tokens, places = page.tokens, page.places
    if places is not None and (
        town_not_a_person(page.text, tokens, hit.position, hit.how, hit.actor, places, page.language)
        or country_not_a_person(tokens, hit.position, hit.how, hit.actor, places, hit.actor_id in page.named_in_full)
    ):
        return hit.position + 1
    return hit.position + 1 if place_as_surname(tokens, hit.position, page.index, hit.actor_id) else None


def _a_spelling_alike_of_another_word(page: _Page, hit: _Hit) -> int | None:
    """ "Toronto" is no spelling of "Trent", nor "Primeira Liga" of "Premier League": their consonants alike, the
    words not; and "처인구" is not the known "청주": a romanised word's consonants say nothing of Hangul."""
    if hit.how != "variant":
        return None
    words = tuple(t.folded for t in page.tokens[hit.position : hit.last + 1])
    if not spelled_alike(words, hit.actor) or is_hangul(page.tokens[hit.position].text):
        return hit.position + 1
    if _post_for_its_office(words, hit.actor):
        return hit.last + 1
    return None


def _post_for_its_office(words: tuple[str, ...], actor: Actor) -> bool:
    """'Minister of Justice' is no spelling of the known "Ministry of Justice", nor "President" of a "Presidency": a
    spelling alike changes a name's letters, not a post into the office it heads (two actors)."""
    known = {word for spelling in (actor.name, *actor.aliases) for word in fold_phrase(spelling)}
    return any(word in TITLES and word not in known for word in words)


def _another_place_written_alike(page: _Page, hit: _Hit) -> int | None:
    """ "в Ставрополе" is the city Ставрополь, not the known region Ставрополье; "Franca", a Brazilian city, is
    not the known France ("França")."""
    places = page.places
    if hit.how not in ("name", "alias") or hit.last != hit.position or places is None:
        return None
    token = page.tokens[hit.position]
    if _declined_spelling_of_another_place(token, hit.actor, places) or _town_written_without_the_accents(
        token, hit.actor, places
    ):
        return hit.position + 1
    return None


def _another_place_spelled_alike(page: _Page, hit: _Hit) -> int | None:
    """ "August" is no spelling of the known Augusta, nor "Mönchen" of München; "Freiburg" is no spelling of the
    known "Freiberg": a town of its own."""
    places = page.places
    if hit.how != "variant" or places is None:
        return None
    words = page.tokens[hit.position : hit.last + 1]
    if page.language in _NAMES_UNDECLINED and _no_spelling_of_the_known_place(words, hit.actor, places):
        return hit.last + 1
    return hit.last + 1 if _another_place(words, hit.actor, places) else None


def _inside_a_longer_name(page: _Page, hit: _Hit) -> int | None:
    """A known name inside a longer one, read whole later by the name rules: "Rhein-Neckar-Kreis" when
    "Rhein" is known, "Stourport-on-Severn" when the river is, "Estado de México" (the region, not the known
    Mexico), "Securities and Exchange Commission", "Manchester Metropolitan University", "Bank of Tarnia"."""
    tokens, text, position, last = page.tokens, page.text, hit.position, hit.last
    district_end = _hyphened_district(text, tokens, last)
    if district_end is not None:
        return district_end + 1
    town_end = _hyphened_town(text, tokens, position, last)
    if town_end is not None:
        return town_end + 1
    if hit.actor.kind is ActorKind.state and inside_a_region_s_name(tokens, position, page.language):
        return last + 1
    if part_of_a_longer_name(text, tokens, position, last, hit.actor, hit.how):
        return last + 1
    if opens_a_body_name(text, tokens, last) or ends_a_body_name(text, tokens, position):
        return last + 1
    return None


def _the_place_of_the_page_s_land(page: _Page, hit: _Hit) -> _Hit | None:
    """A known place of a name the page says lies in another land ("Perth" from an Australian page, on a page about
    Scotland) is another place: the workspace's place of that land if it holds one, otherwise none."""
    if page.places is None or hit.actor.kind is not ActorKind.place:
        return hit
    key = " ".join(token.folded for token in page.tokens[hit.position : hit.last + 1])
    actor_id = actor_the_page_means(page.index, page.places, hit.actor_id, key)
    if actor_id is None:
        return None  # a place of another land the workspace does not hold: the name rules draft it
    if actor_id == hit.actor_id:
        return hit
    return _Hit(hit.position, hit.last, page.index.actors[actor_id], actor_id, "name", hit.one_name)


def _another_states_body(page: _Page, hit: _Hit) -> int | None:
    """ "testimony to Congress" on a page about Washington: not the known "Congress" a page about Brazil drafted; a
    bare name of a body or post every state has says nothing of which state's it is (`every_states_bodies`)."""
    start, end = page.tokens[hit.position].start, page.tokens[hit.last].end
    return hit.last + 1 if bare_state_body(page.text[start:end]) else None


def _a_post_not_its_holder(page: _Page, hit: _Hit) -> int | None:
    """ "the Foreign Secretary said" on a later page: not the known person an earlier page named beside that post
    (her spelling there); the post may have another holder here (`every_states_bodies.post_standing_for`)."""
    if hit.actor.kind is not ActorKind.person:
        return None
    start, end = page.tokens[hit.position].start, page.tokens[hit.last].end
    return hit.last + 1 if post_standing_for(page.text[start:end], hit.actor.name) else None


def _a_hangul_word_not_a_short_family_name(page: _Page, hit: _Hit) -> int | None:
    """ "금통위원 한 명" ("one member"): the word, not a known Han Duck-soo. A family name of two or three letters is
    known only from a name written family name first, and one Hangul syllable spelled so is most often a word."""
    token = page.tokens[hit.position]
    if hit.how == "surname" and hit.last == hit.position and is_hangul(token.text) and len(token.folded) < 4:
        return hit.position + 1
    return None


_REFUSALS: tuple[Refusal, ...] = (
    _another_states_body,
    _a_post_not_its_holder,
    _a_hangul_word_not_a_short_family_name,
    _another_persons_given_name,
    _another_family_member,
    _a_german_noun,
    _a_body_not_a_person,
    _a_seat_or_a_family,
    _a_place_not_a_person,
    _a_spelling_alike_of_another_word,
    _another_place_written_alike,
    _another_place_spelled_alike,
    _inside_a_longer_name,
)


def _within_a_longer_place(page: _Page, hit: _Hit) -> tuple[_Hit, int | None]:
    """A known name inside a longer one the gazetteer knows as one place: another place, read whole later
    ("South Sudan", "British Columbia": the position to read on from), or the actor's own longer name
    ("Russian Federation": the hit, widened)."""
    if page.places is None:
        return hit, None
    after_previous = page.mentions[-1].last + 1 if page.mentions else 0
    lowest = max(after_previous, hit.position - _WIDEST)
    longer = _longer_place(page.text, page.tokens, lowest, hit.position, hit.last, page.places)
    if longer is None:
        return hit, None
    first, last, place = longer
    if not names_the_actor(place, hit.actor, page.places):
        return hit, last + 1
    return _Hit(first, last, hit.actor, hit.actor_id, hit.how, hit.one_name), None


# How many words a place's longer name may add on either side of a known name ("Democratic Republic
# of the Congo" around "Congo"), and the small words that may stand inside it.
_WIDEST = 5
# "Furth im Wald"; Dutch "Bergen op Zoom", "Alphen aan den Rijn"
_PLACE_NAME_GLUE = word_set("of the and de du des del da do la le im am an in der ob bei op aan den")


def _longer_place(
    text: str, tokens: list[Token], lowest: int, position: int, last: int, places: Gazetteer
) -> tuple[int, int, Place] | None:
    """The widest run of name words around tokens `position`..`last` that the gazetteer names as one
    place (first token, last token, the place), or None."""

    def may_join(token: Token) -> bool:
        return token.capitalised or token.folded in _PLACE_NAME_GLUE

    low = position
    while low > lowest and tokens[low - 1].joined and may_join(tokens[low - 1]):
        low -= 1
    high = last
    while high + 1 < len(tokens) and high - last < _WIDEST and tokens[high].joined and may_join(tokens[high + 1]):
        high += 1
    best: tuple[int, int, Place] | None = None
    for first in range(low, position + 1):
        for end in range(high, last - 1, -1):
            if (first, end) == (position, last) or not (tokens[first].capitalised and tokens[end].capitalised):
                continue
            if best is not None and end - first <= best[1] - best[0]:
                continue
            # as written, hyphens kept: the table's keys hold them ("Sachsen-Anhalt", "Rhein-Hunsrück-Kreis")
            place = places.lookup(tuple(place_key(text[tokens[first].start : tokens[end].end]).split()))
            if place is not None:
                best = (first, end, place)
    return best


_CYRILLIC_WORD = re.compile(r"[а-яё]+")


def _hyphened_district(text: str, tokens: list[Token], last: int) -> int | None:
    """The last token of a German district written as one hyphened word ending in "Kreis" around a known
    name ("Rhein-Neckar-Kreis"), or None. The place tables hold few of them, so the noun tells; a
    hyphened place they hold ("Sachsen-Anhalt") is `_longer_place`'s."""
    end = last
    while (
        end + 1 < len(tokens) and text[tokens[end].end : tokens[end + 1].start] == "-" and tokens[end + 1].capitalised
    ):
        end += 1
    return end if end > last and tokens[end].text == "Kreis" else None


# Small words inside a town's hyphened name: "Stourport-on-Severn", "Newcastle-upon-Tyne", "Frankfurt-am-Main",
# "Châlons-en-Champagne", "Boulogne-sur-Mer".
_HYPHENED_TOWN_GLUE = word_set("on upon under by in le la les sur en am an im der de del")


def _hyphened_town(text: str, tokens: list[Token], position: int, last: int) -> int | None:
    """The last token of a town's name written with hyphens and a small word around a known name ("Hay-on-Wye"
    when the river Wye is known), or None; not a known name hyphened to a word ("Kyiv-based", "Russia-Ukraine")."""

    def hyphen_between(left: int, right: int) -> bool:
        return left >= 0 and right < len(tokens) and text[tokens[left].end : tokens[right].start] == "-"

    first, end = position, last
    while hyphen_between(first - 1, first):
        first -= 1
    while hyphen_between(end, end + 1):
        end += 1
    chain = tokens[first : end + 1]
    glued = any(token.folded in _HYPHENED_TOWN_GLUE and token.text.islower() for token in chain)
    named = all(token.capitalised or token.folded in _HYPHENED_TOWN_GLUE for token in chain)
    return end if (first, end) != (position, last) and glued and named else None


# Languages that write a place's name the same in every sentence ("Krakowa", "na Ukrainie": Polish declines it).
_NAMES_UNDECLINED = frozenset(("en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "no", "nb"))
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’.-]+")


def _another_place(words: list[Token], actor: Actor, places: Gazetteer) -> bool:
    """Whether words linked to a known actor by their consonants alone are the gazetteer's name of
    another place: two towns may be spelled nearly alike ("Freiburg", "Freiberg")."""
    forms = [tuple(word.folded for word in words)]
    if len(words) == 1 and _CYRILLIC_WORD.fullmatch(words[0].text.lower()):
        # "Ставрополя" is Ставрополь's genitive, not the known region Ставрополье's
        forms += [(fold(form),) for form in base_forms(words[0].text, "ru")]
    found = [place for place in map(places.lookup, forms) if place is not None]
    return bool(found) and not any(names_the_actor(place, actor, places) for place in found)


def _no_spelling_of_the_known_place(words: list[Token], actor: Actor, places: Gazetteer) -> bool:
    """Whether words in Latin letters (in a language that does not decline names), linked to a known place
    by their consonants alone, are no name of a place at all while the gazetteer knows the known one: its
    table holds that place's spellings in every language, so another word spelled nearly alike ("August"
    beside Augusta, the German plural "Mönchen" beside München) is a word, not the place. (Cyrillic case
    forms are `_another_place`'s.)"""
    if actor.kind not in (ActorKind.place, ActorKind.state) or not all(_LATIN_WORD.fullmatch(w.text) for w in words):
        return False
    if places.lookup(fold_phrase(actor.name)) is None:
        return False  # a village the tables miss: its spellings are known only from the texts
    return places.lookup(tuple(word.folded for word in words)) is None


def _town_written_without_the_accents(word: Token, actor: Actor, places: Gazetteer) -> bool:
    """A word that folds as a known actor's name though no name of it is written so, and is, accents and
    all, a town's own name that the actor is not: "Franca" folds as the known "França" (France)."""
    if any(word.text == spelling for spelling in (actor.name, *actor.aliases)):
        return False
    town = gazetteer().lookup((word.folded,))  # the towns' own table: the page's language may fold it to a state
    return (
        town is not None
        and town.kind != "state"
        and town.name == word.text
        and not names_the_actor(town, actor, places)
    )


def _declined_spelling_of_another_place(word: Token, actor: Actor, places: Gazetteer) -> bool:
    """A Cyrillic word that folds as a known place's name without being written so, and is the case
    of another place: folding drops the soft sign, so "Ставрополе" (in Stavropol, the city) folds as
    the known region "Ставрополье" does."""
    lowered = word.text.lower()
    if not _CYRILLIC_WORD.fullmatch(lowered):
        return False
    if any(lowered == spelling.lower() for spelling in (actor.name, *actor.aliases)):
        return False
    found = [place for place in (places.lookup((fold(form),)) for form in base_forms(word.text, "ru")) if place]
    return bool(found) and not any(names_the_actor(place, actor, places) for place in found)


def names_the_actor(place: Place, actor: Actor, places: Gazetteer) -> bool:
    """Whether the gazetteer gives `place` to the actor's name or one of its aliases. A town is never a
    known state's, though an alias may spell it in another language ("Mexiko", German for Mexico, is
    GeoNames' other spelling of Mexico City)."""
    if (place.kind == "state") != (actor.kind == ActorKind.state):
        return False
    own = places.lookup(fold_phrase(actor.name))
    for spelling in (actor.name, *actor.aliases):
        key = fold_phrase(spelling)
        # An alias gives the place when it agrees with the name, or is that place's own name: the known Santa
        # Maria da Feira, alias "Feira", is no Feira de Santana, which the tables also call "Feira".
        if places.lookup(key) == place and (own is None or own == place or fold_phrase(place.name) == key):
            return True
    return False
