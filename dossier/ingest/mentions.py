"""Find the known actors a text names, whatever the spelling.

Every name and alias of every actor in the workspace (curated or draft) is folded to a
phrase key (`names.fold`): that finds upper-case (LUKASHENKA), Cyrillic (Лукашенко) and
accented forms. A second index of transliteration skeletons (`names.skeleton`) finds
spellings that differ by romanisation (Lukashenko for an actor filed as Lukashenka); a
skeleton shared by two actors links to neither. People are also found by their surname
alone when no other actor shares it, and states by their demonyms ("Belarusian").
Only capitalised words start a mention, so the state "Turkey" is not the bird.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from dossier.checks import fold_name
from dossier.ingest.body_names_around import ends_a_body_name, opens_a_body_name
from dossier.ingest.cues import NAMESAKE_BUILDINGS, STREET_HEADS
from dossier.ingest.gazetteer import Gazetteer, Place, demonym_forms, gazetteer, place_key, state_short_forms
from dossier.ingest.known_persons_here import (
    body_by_apposition,
    body_not_a_person,
    country_not_a_person,
    family_name,
    family_not_a_person,
    german_noun,
    other_given_name,
    place_as_surname,
    place_noun_after,
    town_not_a_person,
)
from dossier.ingest.longer_names import part_of_a_longer_name, spelled_alike
from dossier.ingest.names import (
    TOKEN_RE,
    fold,
    fold_phrase,
    is_capitalised,
    skeleton,
    variant_key,
    word_set,
)
from dossier.ingest.paired_state_bodies import dash_joins_pair
from dossier.ingest.region_units import inside_a_region_s_name
from dossier.ingest.word_forms import base_forms, is_hangul
from dossier.model import Actor, ActorKind

MAX_PHRASE = 6
# Abbreviated titles and ranks: "Maj. Gen. Ivan Petrenko" is one run of a name.
_SECOND_LEGAL_FORMS = word_set("ltd limited llc inc plc kg kgaa")  # (the German "GmbH & Co. KG")
# "Jr." and "Sr." after a person's name: a street or a building named after the person may go on.
_NAME_SUFFIXES = word_set("jr sr")
_TITLE_ABBREVIATIONS = word_set(
    "mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr cdr brig cpl pte pvt spc pfc sen rep gov st "
    # a member's style, police ranks, an engineer, a lawyer, Indian honorifics: "Hon. Ilse Varn", "Det. Supt. X",
    # "Engr. X", "Atty. X", "Smt. X"
    "hon rt insp supt det eng engr atty smt tmt "
    # places' words abbreviated: "Mt. Apo", "Ft. Bonifacio"; the Philippines' "Sta. Rosa", "Sto. Tomas", "Brgy. Pasil"
    "mt ft sta sto brgy"
)


@dataclass(slots=True)  # not frozen: a frozen dataclass is ~3x slower to create, and there are many
class Token:
    start: int
    end: int
    text: str
    folded: str
    capitalised: bool
    # True when only spaces or a hyphen separate it from the next token (a name can go on).
    joined: bool


@dataclass(frozen=True, slots=True)
class Mention:
    """Words of the text (`start`..`end`, token indexes `first`..`last`) naming an actor."""

    actor_id: str
    start: int
    end: int
    first: int
    last: int
    text: str
    how: str  # name, alias, surname, demonym, variant


_ARTICLE_OPENINGS = ("al-", "el-", "bin ", "ibn ")


def _article_name_after(text: str, matches: list[tuple[int, int]], index: int) -> bool:
    """Whether the word after `index` is an Arabic family name opened by its article or "bin" ("al-Varni")."""
    start = matches[index + 1][0]
    return text[start : start + 4].lower().startswith(_ARTICLE_OPENINGS)


def _hamza_before_name(text: str, word: str, start: int, matches: list[tuple[int, int]], index: int) -> bool:
    """Whether an apostrophe after `word` is a transliterated final hamza or ayn inside a name, or the velar
    nasal of East African names ("Achieng' Otieno", "Nyang' Omondi"): the word ends in a vowel or in "ng" (no
    plural's possessive), no quote opens it, and a capitalised word follows."""
    after = text[matches[index + 1][0] : matches[index + 1][0] + 1]
    opened = start > 0 and text[start - 1] in "'‘"
    return len(word) >= 3 and (word[-1] in "aeiou" or word.endswith("ng")) and not opened and after.isupper()


# Bodies of members named by their members' plural possessive: "Farmers' Association", "Teachers' Union".
_MEMBERS_BODIES = frozenset(("union", "association", "federation", "society", "guild", "league", "alliance"))


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    matches = [(match.start(), match.end()) for match in TOKEN_RE.finditer(text)]
    known: dict[str, tuple[str, bool]] = {}  # each distinct word is folded once
    last = len(matches) - 1
    for index, (start, end) in enumerate(matches):
        word = text[start:end]
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            # A possessive ("Russia’s") is not part of the name: mentions end before it.
            end -= 2
            word = word[:-2]
        info = known.get(word)
        if info is None:
            info = known[word] = (fold(word), is_capitalised(word))
        if index < last:
            gap = text[end : matches[index + 1][0]]
            joined = (
                gap == " "
                or gap == "-"
                or gap == " & "  # "Brookfield & Vane", "Pemberton Hale & Co": a firm's name goes on
                # "Mohammed Shia' al-Varni": an apostrophe for a final hamza or ayn, then the family name
                or (
                    gap in ("' ", "’ ")
                    and info[1]
                    and word[-1] not in "sS"
                    and _article_name_after(text, matches, index)
                )
                # "Dhiya' Zawba Varni": a final hamza after a vowel, then a capitalised name (not a quoted word)
                or (gap in ("' ", "’ ") and info[1] and _hamza_before_name(text, word, start, matches, index))
                # "the Irish Farmers' Association", "Tarnby Teachers' Union": a plural's possessive inside a body's name
                or (
                    gap in ("' ", "’ ")
                    and info[1]
                    and word[-1] == "s"
                    and fold(text[matches[index + 1][0] : matches[index + 1][1]]) in _MEMBERS_BODIES
                )
                or (len(gap) < 3 and gap.isspace() and "\n" not in gap)
                or (gap == ". " and ("." in word or info[0] in _TITLE_ABBREVIATIONS))  # "U.S. forces", "Gen. X"
                # "the Varnia–Tremmia Joint Border Commission": two parties of one joint body
                or (gap == "–" and dash_joins_pair(text, word, matches[index + 1][0]))
                or (gap == ". " and word == "Ma")  # "Ma. Theresa Villanueva": Filipino for "Maria", written short
                or (gap == ".-" and "." in word)  # "the U.S.-Tremmia Border Commission": a dotted state, a hyphen
                or (gap == ". " and _middle_initial(text, word, matches, index))
                # "Martin Luther King Jr. Boulevard": a place named after a person goes on after "Jr."
                or (gap == ". " and info[0] in _NAME_SUFFIXES and _namesake_head(text, matches, index))
                # "Nile Trading Co. Ltd": a firm's two legal forms, the first abbreviated
                or (
                    gap in (". ", "., ")
                    and info[0] == "co"
                    and fold(text[matches[index + 1][0] : matches[index + 1][1]]) in _SECOND_LEGAL_FORMS
                )
            )
        else:
            joined = False
        tokens.append(Token(start, end, word, info[0], info[1], joined))
    return tokens


def _namesake_head(text: str, matches: list[tuple[int, int]], index: int) -> bool:
    """Whether the word after a name's suffix ("Jr.") is the head of a street or a building named after him."""
    start, end = matches[index + 1]
    word = fold(text[start:end])
    return text[start].isupper() and (word in STREET_HEADS or word in NAMESAKE_BUILDINGS)


def _middle_initial(text: str, word: str, matches: list[tuple[int, int]], index: int) -> bool:
    """'George W. Bush', 'Stephen J. Townsend': one capital letter and a full stop between two
    capitalised words goes on with the name (the name rules decide whether it is one)."""
    if len(word) != 1 or not word.isupper() or index == 0:
        return False
    before_start, before_end = matches[index - 1]
    gap = text[before_end : matches[index][0]]
    return (
        # "George H. W. Bush", "Gen. J. Smith"
        (
            gap == " "
            or (gap == ". " and before_end - before_start == 1)
            or (gap == ". " and fold(text[before_start:before_end]) in _TITLE_ABBREVIATIONS)
        )
        and text[before_start].isupper()
        and (text[matches[index + 1][0]].isupper() or _particle_then_name(text, matches, index + 1))
    )


# Lower-case particles a family name may open with after a middle initial: "Marta J. van Doorn".
_PARTICLES_AFTER_INITIAL = frozenset({"van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "la", "le"})


def _particle_then_name(text: str, matches: list[tuple[int, int]], index: int) -> bool:
    """'de Lisle' of 'Marcus J. de Lisle': one or two lower-case particles, each a space before the next word,
    then a capitalised word."""
    for _ in range(2):
        start, end = matches[index]
        if text[start:end] not in _PARTICLES_AFTER_INITIAL or index + 1 >= len(matches):
            return False
        if text[end : matches[index + 1][0]] != " ":
            return False
        index += 1
        if text[matches[index][0]].isupper():
            return True
    return False


class ActorIndex:
    """Folded names, aliases, surnames, demonyms and skeletons of actors, for lookups.

    Built once for a run of files and kept up to date with `add` as each file's drafts are
    written (`service.IngestSession`): building it again for every file costs time that grows
    with the square of the run. `owners` (each spelling as `dossier check` compares it, and the
    actors that hold it) and the folded names to suggest merges from serve the same run.
    """

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        self.actors: dict[str, Actor] = {}
        self.exact: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.how: dict[tuple[tuple[str, ...], str], str] = {}
        self.variants: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.surnames: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.demonyms: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.owners: dict[str, set[str]] = defaultdict(set)
        # Folded names, then folded aliases (actor id, "\x00" and the alias's number), to suggest merges from.
        self.name_choices: dict[str, str] = {}
        self.alias_choices: dict[str, str] = {}
        self._of_kind: dict[ActorKind, set[str]] = defaultdict(set)
        self.longest = 1
        # The words a mention can start with, exactly or as a skeleton: most words are neither,
        # and are passed over with one set lookup.
        self.first_words: set[str] = set()
        self.first_skeletons: set[str] = set()
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        """Index one more actor, as if it had been among those the index was built from."""
        self.actors[actor.id] = actor
        self._of_kind[actor.kind].add(actor.id)
        for number, spelling in enumerate((actor.name, *actor.aliases)):
            self.owners[fold_name(spelling)].add(actor.id)
            key = fold_phrase(spelling)
            if number == 0:
                self.name_choices[actor.id] = " ".join(key)
            else:
                self.alias_choices[f"{actor.id}\x00{number - 1}"] = " ".join(key)
            if not key:
                continue
            self._exactly(key, actor.id, "name" if number == 0 else "alias")
            self._as_variant(key, actor.id)
            family = family_name(spelling, key) if actor.kind is ActorKind.person else ()
            if family and sum(map(len, family)) >= 4:
                self.surnames[family].add(actor.id)
                self.first_words.add(family[0])
                self._as_variant(family, actor.id)
            if actor.kind is ActorKind.state:
                for demonym in demonym_forms(spelling):
                    folded = fold(demonym)
                    self.demonyms[(folded,)].add(actor.id)
                    self.first_words.add(folded)
        if actor.kind is ActorKind.state:
            for short in state_short_forms(actor.name):
                key = fold_phrase(short)
                if key and key not in self.exact:
                    self._exactly(key, actor.id, "state name")

    def ids_of_kind(self, kind: ActorKind) -> set[str]:
        return self._of_kind.get(kind, set())

    def _exactly(self, key: tuple[str, ...], actor_id: str, how: str) -> None:
        self.exact[key].add(actor_id)
        self.how.setdefault((key, actor_id), how)
        self.longest = max(self.longest, len(key))
        self.first_words.add(key[0])

    def _as_variant(self, key: tuple[str, ...], actor_id: str) -> None:
        variant = variant_key(key)
        if variant:
            self.variants[variant].add(actor_id)
            self.first_skeletons.add(variant[0])

    def lookup(self, key: tuple[str, ...]) -> tuple[str, str] | None:
        """The one actor a phrase names, and how; None when none or several do."""
        ids = self.exact.get(key)
        if ids:
            return (next(iter(ids)), self.how[(key, next(iter(ids)))]) if len(ids) == 1 else None
        ids = self.surnames.get(key)  # a surname some actor holds whole is that actor's, found above
        if ids and len(ids) == 1:
            return next(iter(ids)), "surname"
        if len(key) == 1:
            ids = self.demonyms.get(key)
            if ids and len(ids) == 1:
                return next(iter(ids)), "demonym"
        variant = variant_key(key)
        if variant:
            ids = self.variants.get(variant)
            if ids and len(ids) == 1:
                return next(iter(ids)), "variant"
        return None


def find_mentions(
    text: str, tokens: list[Token], index: ActorIndex, places: Gazetteer | None = None, language: str = "en"
) -> list[Mention]:
    """Known-actor mentions, longest first at each position, never overlapping.

    A known name that is only part of a longer name is no mention: the name rules read the whole, as
    they would in an empty workspace ("Securities and Exchange Commission" beside a known
    "Commission": `longer_names`; "Manchester Metropolitan University", "University of California").
    With `places`, so is a name inside a longer one the gazetteer knows as one place: "Sudan" in
    "South Sudan", "British" (the United Kingdom's demonym) in "British Columbia", unless the longer
    name is the known actor's own ("Russian Federation" for Russia): then it is the mention.
    """
    mentions: list[Mention] = []
    named_in_full: set[str] = set()  # actors the text has named with more than one word so far
    bodies_here: set[str] = set()  # known persons' one-word names that this text shows to be a body's
    longest = min(MAX_PHRASE, index.longest)
    position = 0
    count = len(tokens)
    while position < count:
        token = tokens[position]
        if not token.capitalised or (
            token.folded not in index.first_words and skeleton(token.folded) not in index.first_skeletons
        ):
            position += 1
            continue
        # The longest run of joined tokens that may form a name from here.
        stop = position
        while stop + 1 < count and stop - position + 1 < longest and tokens[stop].joined:
            stop += 1
        found = None
        for last in range(stop, position - 1, -1):
            key = tuple(tokens[i].folded for i in range(position, last + 1))
            hit = index.lookup(key)
            if hit is not None:
                found = (last, hit)
                break
        if found is None:
            position += 1
            continue
        last, (actor_id, how) = found
        one_name = how == "surname" or (
            last == position
            and (how == "variant" or (how == "alias" and index.actors[actor_id].kind is ActorKind.person))
        )
        if one_name and other_given_name(tokens, position, index, actor_id):
            position += 1  # "Brad Smith" is not the known "Patti Smith": a name of its own
            continue
        if how == "surname" and language == "de" and actor_id not in named_in_full and german_noun(token):
            position += 1  # "der Mann", "ein Mann mit Doppel-N": the noun, not a known Arshy Mann
            continue
        if last == position and (
            body_not_a_person(tokens, position, index.actors[actor_id])
            or body_by_apposition(text, tokens, position, index.actors[actor_id])
        ):
            bodies_here.add(token.folded)
            position += 1  # "crypto exchange Thornley said": the firm, not a known Mrs Thornley
            continue
        if one_name and place_noun_after(tokens, last, index.actors[actor_id]):
            position = last + 1  # "the Tregarth by-election": the seat, not a known Huw Tregarth
            continue
        if one_name and family_not_a_person(tokens, last, index.actors[actor_id]):
            position = last + 1  # "the Marchant family sold the land": the family, not a known Ilse Marchant
            continue
        if (
            last == position
            and places is not None
            and town_not_a_person(text, tokens, position, how, index.actors[actor_id], places, language)
        ):
            position += 1  # "between Brough and Penrith": the town, not a known Tom Brough
            continue
        if (
            last == position
            and places is not None
            and country_not_a_person(tokens, position, how, index.actors[actor_id], places, actor_id in named_in_full)
        ):
            position += 1  # "talks in Jordan": the country, not a known Michael Jordan
            continue
        if last == position and place_as_surname(tokens, position, index, actor_id):
            position += 1  # "Joaquin Phoenix" is a person, not the known city of Phoenix
            continue
        if how == "variant" and not spelled_alike(
            tuple(t.folded for t in tokens[position : last + 1]), index.actors[actor_id]
        ):
            # "Toronto" is no spelling of "Trent", nor "Primeira Liga" of "Premier League": their consonants
            # alike, the words not
            position += 1
            continue
        if how == "variant" and is_hangul(token.text):
            position += 1  # "처인구" is not the known "청주": a romanised word's consonants say nothing of Hangul
            continue
        if (
            how in ("name", "alias")
            and last == position
            and places is not None
            and _declined_spelling_of_another_place(token, actor_id, index, places)
        ):
            position += 1  # "в Ставрополе" is the city Ставрополь, not the known region Ставрополье
            continue
        if (
            how in ("name", "alias")
            and last == position
            and places is not None
            and _town_written_without_the_accents(token, index.actors[actor_id], places)
        ):
            position += 1  # "Franca", a Brazilian city, is not the known France ("França")
            continue
        if (
            how == "variant"
            and places is not None
            and language in _NAMES_UNDECLINED
            and _no_spelling_of_the_known_place(tokens[position : last + 1], index.actors[actor_id], places)
        ):
            position = last + 1  # "August" is no spelling of the known Augusta, nor "Mönchen" of München
            continue
        if (
            how == "variant"
            and places is not None
            and _another_place(tokens[position : last + 1], actor_id, index, places)
        ):
            position = last + 1  # "Freiburg" is no spelling of the known "Freiberg": a town of its own
            continue
        district_end = _hyphened_district(text, tokens, last)
        if district_end is not None:
            position = district_end + 1  # "Rhein-Neckar-Kreis" when "Rhein" is known: read whole later
            continue
        if index.actors[actor_id].kind is ActorKind.state and inside_a_region_s_name(tokens, position, language):
            position = last + 1  # "Estado de México": the region, read whole later, not the known Mexico
            continue
        if part_of_a_longer_name(text, tokens, position, last, index.actors[actor_id], how):
            position = last + 1  # "Securities and Exchange Commission": the name rules read the whole
            continue
        if opens_a_body_name(text, tokens, last) or ends_a_body_name(text, tokens, position):
            position = last + 1  # "Manchester Metropolitan University", "Bank of Tarnia": the body's name, read whole
            continue
        if places is not None:
            after_previous = mentions[-1].last + 1 if mentions else 0
            longer = _longer_place(text, tokens, max(after_previous, position - _WIDEST), position, last, places)
            if longer is not None and not names_the_actor(longer[2], index.actors[actor_id], places):
                position = longer[1] + 1  # "South Sudan", "British Columbia": another place, read whole later
                continue
            if longer is not None:
                token, last = tokens[longer[0]], longer[1]  # "Russian Federation": the actor's own longer name
                position = longer[0]
        start, end = token.start, tokens[last].end
        mentions.append(Mention(actor_id, start, end, position, last, text[start:end], how))
        if last > position:
            named_in_full.add(actor_id)  # "Michael Jordan": his family name alone is his from here on
        position = last + 1
    # A text calls one body by one word throughout: once "crypto exchange Thornley" shows it a firm, "Thornley
    # said" elsewhere on the page is the firm too, not a known Mrs Thornley (as a text alone reads it).
    return [
        m
        for m in mentions
        if not (
            m.last == m.first
            and tokens[m.first].folded in bodies_here
            and index.actors[m.actor_id].kind is ActorKind.person
        )
    ]


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


# Languages that write a place's name the same in every sentence ("Krakowa", "na Ukrainie": Polish declines it).
_NAMES_UNDECLINED = frozenset(("en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "no", "nb"))
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’.-]+")


def _another_place(words: list[Token], actor_id: str, index: ActorIndex, places: Gazetteer) -> bool:
    """Whether words linked to a known actor by their consonants alone are the gazetteer's name of
    another place: two towns may be spelled nearly alike ("Freiburg", "Freiberg")."""
    actor = index.actors[actor_id]
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


def _declined_spelling_of_another_place(word: Token, actor_id: str, index: ActorIndex, places: Gazetteer) -> bool:
    """A Cyrillic word that folds as a known place's name without being written so, and is the case
    of another place: folding drops the soft sign, so "Ставрополе" (in Stavropol, the city) folds as
    the known region "Ставрополье" does."""
    lowered = word.text.lower()
    if not _CYRILLIC_WORD.fullmatch(lowered):
        return False
    actor = index.actors[actor_id]
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
