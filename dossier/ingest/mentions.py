"""Find the known actors a text names, whatever the spelling.

Every name and alias of every actor in the workspace (curated or draft) is folded to a
phrase key (`names.fold`): that finds upper-case (LUKASHENKA), Cyrillic (Лукашенко) and
accented forms. A second index of transliteration skeletons (`names.skeleton`) finds
spellings that differ by romanisation (Lukashenko for an actor filed as Lukashenka); a
skeleton shared by two actors links to neither. People are also found by their surname
alone when no other actor shares it, and states by their demonyms ("Belarusian").
Only capitalised words start a mention, so the state "Turkey" is not the bird. This module holds the
text's tokens and the index; `known_mentions` reads a text's mentions with them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from dossier.checks import fold_name
from dossier.ingest.campus_names import dash_opens_campus
from dossier.ingest.cues import FUNCTION_WORDS, LEGAL_ENDINGS, NAMESAKE_BUILDINGS, STREET_HEADS
from dossier.ingest.gazetteer import demonym_forms, state_short_forms
from dossier.ingest.known_persons_here import family_name
from dossier.ingest.names import (
    TOKEN_RE,
    fold,
    fold_phrase,
    is_capitalised,
    is_given_name,
    skeleton,
    variant_key,
    word_set,
)
from dossier.ingest.paired_state_bodies import dash_joins_pair
from dossier.model import Actor, ActorKind

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
    "mt ft sta sto brgy "
    # plurals before two or more holders' names: "U.S. Sens. Ilse Varn and Tom Quell", "Reps.", "Govs."
    "sens reps govs"
)
# A web address's last part ("Quellmap.com", "Varn.org"): its dots are no abbreviation's, so a full stop after it
# ends the sentence and the name.
WEB_ENDING = re.compile(r"[a-z]\.[a-z]{2,}$")


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


# Where a sentence or a line ends, after an ayn's apostrophe: "Khalid 'Aydd Ahmad al-Varni." (no closing quote before)
_SENTENCE_END = re.compile(r"[.!?\n]")
_QUOTES_CLOSING = re.compile(r"['’](?![sS]\b)")
# An Arabic word's opening ayn always comes before a vowel: "'Ali", "'Umar", "'Abd", "'Isa".
_VOWEL_CAPITALS = frozenset("AEIOU")


def _ayn_before_name(text: str, word: str, matches: list[tuple[int, int]], index: int) -> bool:
    """'Khalid 'Aydd Ahmad al-Varni': an apostrophe opening a capitalised word after a given name is a transliterated
    ayn inside the man's name, when no quote closes it before the sentence ends (not "Khalid 'Abu Tarn' Varni")."""
    if not is_given_name(fold(word)):
        return False
    start = matches[index + 1][0]
    if text[start : start + 1] not in _VOWEL_CAPITALS:
        return False  # (a word never opens with an ayn and a consonant: "the Los Angeles 'Coconut Grove" is a quote)
    end = _SENTENCE_END.search(text, start)
    return _QUOTES_CLOSING.search(text, start, end.start() if end else len(text)) is None


# Bodies of members named by their members' plural possessive: "Farmers' Association", "Teachers' Union".
_MEMBERS_BODIES = frozenset(("union", "association", "federation", "society", "guild", "league", "alliance"))


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    # "대구ㆍ경북": Korean keyboards write the middle dot that lists nouns as the letter araea (U+318D), a word
    # character; read as the dot it stands for (one character for one, so no offset moves), it parts the nouns
    matches = [(match.start(), match.end()) for match in TOKEN_RE.finditer(text.replace("\u318d", "\u00b7"))]
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
                # "Khalid 'Aydd Ahmad al-Varni": an ayn's apostrophe opening the next word of a man's name
                or (gap in (" '", " ’", " ‘") and info[1] and _ayn_before_name(text, word, matches, index))
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
                or (gap == ". " and (("." in word and not WEB_ENDING.search(word)) or info[0] in _TITLE_ABBREVIATIONS))
                # "the Varnia–Tremmia Joint Border Commission": two parties of one joint body
                or (gap == "–" and dash_joins_pair(text, word, matches[index + 1][0]))
                # "CJTF–OIR", "ISIS–K": a command's letters and its operation's, one code as with a hyphen
                or (gap == "–" and _letters_dash_letters(text, word, matches[index + 1]))
                # "the University of Tarnessee–Quellburg": a system's campus, named by its town after the dash
                or (gap == "–" and dash_opens_campus(text, end, matches[index + 1][0]))
                or (gap == ". " and word == "Ma")  # "Ma. Theresa Villanueva": Filipino for "Maria", written short
                # "St.Gallen", "St.Moritz": Swiss writing sets no space after a saint's "St.", as the canton spells it
                or (gap == "." and word == "St" and text[matches[index + 1][0] : matches[index + 1][1]][1:].islower())
                or (gap == ".-" and "." in word)  # "the U.S.-Tremmia Border Commission": a dotted state, a hyphen
                or (gap == ". " and _middle_initial(text, word, matches, index))
                # "Martin Luther King Jr. Boulevard": a place named after a person goes on after "Jr."
                or (gap == ". " and info[0] in _NAME_SUFFIXES and _namesake_head(text, matches, index))
                # "Warner Bros. Discovery": a firm's "Brothers" written short goes on to the name's next word
                or (gap == ". " and info[0] == "bros" and _capitalised_word_after(text, matches, index))
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


def _letters_dash_letters(text: str, word: str, after: tuple[int, int]) -> bool:
    """Whether a word in capital letters and the word after an en dash are one code: both letters, the pair
    written in brackets after the name it stands for ("(CJTF–OIR)") or more than once on the page (not "the
    NATO–EU talks", two bodies met once)."""
    following = text[after[0] : after[1]]
    if not (word.isupper() and word.isalpha() and following.isupper() and following.isalpha()):
        return False
    code = f"{word}–{following}"
    return text.count(code) > 1 or text[after[0] - len(word) - 2 : after[1] + 1] == f"({code})"


def _capitalised_word_after(text: str, matches: list[tuple[int, int]], index: int) -> bool:
    """Whether the next word is capitalised and no function word opening a new sentence ("Warner Bros. The film")."""
    start, end = matches[index + 1]
    word = text[start:end]
    return is_capitalised(word) and fold(word) not in FUNCTION_WORDS


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


# Apostrophes one writer types and another's software curls: one mark for names compared loosely.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})


def loose_name(spelling: str) -> str:
    """A spelling as `dossier check` compares it, with every apostrophe the same mark: a name written with a
    straight and a curled apostrophe is one name to ingest ("Workers' Party", "Workers’ Party")."""
    return fold_name(spelling).translate(_APOSTROPHES)


def firm_stem(key: tuple[str, ...]) -> tuple[str, ...]:
    """A firm's folded name without its legal endings: ("samsung", "electronics") of "Samsung Electronics Co Ltd";
    nothing when the name is all legal words."""
    end = len(key)
    while end > 0 and key[end - 1] in LEGAL_ENDINGS:
        end -= 1
    return key[:end]


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
        # The same, with every apostrophe one mark (`loose_name`): "Workers’ Party" and "Workers' Party".
        self.loose_owners: dict[str, set[str]] = defaultdict(set)
        # Firms and outlets by their names' folded words without the legal ending (`firm_stem`).
        self.firm_stems: dict[tuple[str, ...], set[str]] = defaultdict(set)
        # Folded names, then folded aliases (actor id, "\x00" and the alias's number), to suggest merges from.
        self.name_choices: dict[str, str] = {}
        self.alias_choices: dict[str, str] = {}
        self._of_kind: dict[ActorKind, set[str]] = defaultdict(set)
        self.longest = 1
        # The words a mention can start with, exactly or as a skeleton: most words are neither,
        # and are passed over with one set lookup.
        self.first_words: set[str] = set()
        self.first_skeletons: set[str] = set()
        # Every opening of a phrase the index holds (a name, an alias, a surname; the variants' skeletons apart):
        # a run of words no phrase opens with names nothing, however it goes on (`phrase_reach`).
        self._openings: set[tuple[str, ...]] = set()
        self._variant_openings: set[tuple[str, ...]] = set()
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        """Index one more actor, as if it had been among those the index was built from."""
        self.actors[actor.id] = actor
        self._of_kind[actor.kind].add(actor.id)
        for number, spelling in enumerate((actor.name, *actor.aliases)):
            self.owners[fold_name(spelling)].add(actor.id)
            self.loose_owners[loose_name(spelling)].add(actor.id)
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
            # (a family name written first, "Han" of "Han Duck-soo", is Korean or Chinese, of two or three letters)
            if family and (sum(map(len, family)) >= 4 or (family == key[:1] and len(key) >= 3)):
                self.surnames[family].add(actor.id)
                self.first_words.add(family[0])
                self._openings.update(family[:n] for n in range(1, len(family) + 1))
                self._as_variant(family, actor.id)
            if actor.kind is ActorKind.state:
                for demonym in demonym_forms(spelling):
                    folded = fold(demonym)
                    self.demonyms[(folded,)].add(actor.id)
                    self.first_words.add(folded)
        if actor.kind in (ActorKind.organization, ActorKind.media):
            stem = firm_stem(fold_phrase(actor.name))
            if stem:
                self.firm_stems[stem].add(actor.id)
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
        self._openings.update(key[:n] for n in range(1, len(key) + 1))

    def _as_variant(self, key: tuple[str, ...], actor_id: str) -> None:
        variant = variant_key(key)
        if variant:
            self.variants[variant].add(actor_id)
            self.first_skeletons.add(variant[0])
            self._variant_openings.update(variant[:n] for n in range(1, len(variant) + 1))

    def phrase_reach(self, words: list[str]) -> int:
        """How many of the folded `words` (in order, at least one) open a phrase `lookup` may find: a longer run
        opens none, exactly or as a variant, so it needs no lookup. One word is always worth a lookup."""
        reach = 1
        phrase: tuple[str, ...] = (words[0],)
        skeletons: tuple[str, ...] = (skeleton(words[0]),)
        for word in words[1:]:
            phrase, skeletons = (*phrase, word), (*skeletons, skeleton(word))
            if phrase not in self._openings and skeletons not in self._variant_openings:
                break
            reach += 1
        return reach

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
        elif key not in self.firm_stems or len(self.firm_stems[key]) != 1:
            pass
        elif firm_stem(key) == key:
            # a known firm's name of two words or more without its legal ending ("Samsung Electronics" for the
            # known "Samsung Electronics Co Ltd"), in any language's text
            return next(iter(self.firm_stems[key])), "name"
        variant = variant_key(key)
        if variant:
            ids = self.variants.get(variant)
            if ids and len(ids) == 1:
                return next(iter(ids)), "variant"
        return None
