"""What marks a name as a person's: initials, titles in quotes, kin nouns, a demonym before a name, a family name
that is also a word or a town.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import COMMON, zipf
from dossier.ingest.context_cues import apposition, person_noun_before
from dossier.ingest.cues import (
    AFTER_COMMA,
    COURT_ROLES_AFTER,
    FAMILY_NAME_HEADS,
    FUNCTION_WORDS,
    HEAD_WORD,
    KIN_AFTER_POSSESSIVE,
    NAME_WORD,
    NEXT_WORD,
    NOT_PERSON_WORDS,
    PLACE_PREPOSITIONS,
    SPEECH_BEFORE,
    STORM_BEFORE,
    STREET_PREPOSITIONS,
    TITLES,
)
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import ARABIC_ARTICLES, WORD_ALONE, has_cue, is_title
from dossier.ingest.names import fold, is_given_name, is_surname, word_set
from dossier.ingest.page_noise import is_camel_case
from dossier.ingest.person_names import beside_title
from dossier.model import ActorKind

# Nations whose word for a man or a woman of them is no demonym the gazetteer lists ("Scotsman", "Manxman").
_NATION_STEMS = word_set("scots cornish manx norse")


_MAN_OR_WOMAN = ("women", "woman", "men", "man")


def one_of_a_nation(doc: ActorDocument, word: str) -> bool:
    """'Dutchman', 'Frenchwoman', 'Irishmen': a people's adjective grown into a noun for its man or woman."""
    for ending in _MAN_OR_WOMAN:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 4:
            return stem in _NATION_STEMS or doc.gazetteer.country_of_demonym(stem) is not None
    return False


def named_after_demonym(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Kenyan Otieno Wambui', 'South African Jandor Visagel': a people's adjective right before two words
    in title case that no cue, place or English word explains reads as a person's name (a firm after its
    nation's adjective is one word or has a word of its trade: "Irish Ferries", "Danish Crown Foods")."""
    tokens = doc.tokens
    if position < 1:
        return False
    owned = _state_owns(doc, position - 1)
    if not owned and (not tokens[position - 1].joined or not tokens[position - 1].text.istitle()):
        return False
    adjective = tokens[position - 1].folded
    pair = f"{tokens[position - 2].folded} {adjective}" if position >= 2 and tokens[position - 2].joined else ""
    if (
        doc.gazetteer.country_of_demonym(adjective) is None
        and doc.gazetteer.country_of_demonym(pair) is None
        and not owned
    ):
        return False
    if has_cue(words) or doc.gazetteer.lookup(words) is not None:
        return False
    span = range(position, position + len(words))
    return all(tokens[k].text.istitle() and zipf(tokens[k].folded) < WORD_ALONE for k in span)


def _state_owns(doc: ActorDocument, k: int) -> bool:
    """'Japan's' in "Japan's Haruka Tsunemori": a state's name with its possessive (the 's is cut from the token)."""
    place = doc.gazetteer.lookup((doc.tokens[k].folded,))
    return (
        place is not None
        and place.kind == "state"
        and doc.text[doc.tokens[k].end : doc.tokens[k].end + 3]
        in (
            "'s ",
            "’s ",
        )
    )


# Words right after a name that say a person is meant: "Hobbard Green said", "Hobbard Green, who".
_PERSON_AFTER = word_set("said says told added explained who aged")


def person_cue_around(doc: ActorDocument, position: int, last: int) -> bool:
    """A title before the name, or speech, "who" or an age after it."""
    tokens = doc.tokens
    if position > 0 and tokens[position - 1].folded in TITLES:
        return True
    return last + 1 < len(tokens) and tokens[last + 1].folded in _PERSON_AFTER


# Jobs a writer's box gives after "is a" that are no titles: "a senior lecturer in law", "a freelance writer".
_JOBS_AFTER_IS = word_set("lecturer writer teacher researcher reporter campaigner consultant lawyer")
_WORDS_BEFORE_THE_JOB = 3  # "a former detective inspector", "a senior research fellow"


def job_after_is(doc: ActorDocument, last: int) -> bool:
    """'Helen Vale is a professor of economics', 'Ann Holt was a former detective': what a person is, after
    the name (a writer's box, a profile), whatever the name's last word reads like."""
    tokens = doc.tokens
    if (
        last + 3 >= len(tokens)
        or tokens[last + 1].folded not in ("is", "was")
        or tokens[last + 2].folded not in ("a", "an")
    ):
        return False
    return any(
        tokens[k].text.islower() and (is_title(tokens[k].folded) or tokens[k].folded in _JOBS_AFTER_IS)
        for k in range(last + 3, min(last + 3 + _WORDS_BEFORE_THE_JOB, len(tokens)))
    )


def middle_initial(doc: ActorDocument, position: int, k: int, last: int) -> bool:
    """'... for Labor Reginald O. Fairweather': an initial with its stop between a given name and a
    family name, inside a run that goes on past a post's remit, is a middle initial, no name cut."""
    tokens = doc.tokens
    return (
        position < k - 1
        and k < last
        and is_given_name(tokens[k - 1].folded)
        and doc.text.startswith(". ", tokens[k].end)
        and len(tokens[k + 1].text) > 1
    )


_RARE_SURNAME_HALF = 3.0  # "Sayed" 2.6, "Moussa" 1.9; "Port" 5.2, "Saint" 4.3: words that open places' names


def _town_of_that_name(gazetteer: Gazetteer, word: str) -> bool:
    """Whether `word` is a state's or a town's own name (not another town's other spelling: "Tarba" is read
    as Tarbes, "Osk" as Oskarshamn; such a half is still a family's)."""
    place = gazetteer.lookup((word,))
    return place is not None and (place.kind == "state" or fold(place.name) == word)


def double_barrelled_surname_last(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'El-Ouali Mustapha Tarvek-Moussa': a name no cue explains, of two words or more, whose last word is two
    rare capitalised halves joined by a hyphen (neither an article, a place or a people), is a person's, as
    double-barrelled surnames are written ("Sayed-Moussa", "Tarvek-Odu"); places join common words or three
    parts ("Port-Gentil", "Ivry-sur-Seine")."""
    tokens, text = doc.tokens, doc.text
    if last - position < 2 or text[tokens[last - 1].end : tokens[last].start] != "-" or has_cue(words):
        return False
    halves: tuple[Token, ...] = (tokens[last - 1], tokens[last])
    if position < last - 2 and text[tokens[last - 2].end : tokens[last - 1].start] == "-":
        # three hyphened parts: "Al-Hardani-Tarv", "Ivry-sur-Seine"; but after one given name, a surname of
        # three rare parts ("Mujahid Tarvo-Asari-Ibe")
        given = tokens[position]
        one_given_name = given.text.istitle() and given.text.isalpha() and given.folded not in ARABIC_ARTICLES
        if position != last - 3 or not one_given_name:
            return False
        halves = (tokens[last - 2], *halves)
    gazetteer = doc.gazetteer
    # A Māori family name opens with "Te" before its hyphened halves, which may be common words: "Aroha Te
    # Rangi-Walker", "Te Kani-Hohepa" (places and bodies named with "Te" join no two capitalised halves).
    maori = (
        len(halves) == 2
        and tokens[last - 2].text == "Te"
        and text[tokens[last - 2].end : tokens[last - 1].start] == " "
    )

    def rare(t: Token) -> bool:
        return (
            zipf(t.folded) < _RARE_SURNAME_HALF
            and not _town_of_that_name(gazetteer, t.folded)
            and gazetteer.country_of_demonym(t.folded) is None
        )

    def surname_half(t: Token) -> bool:
        # "Mukonoweshuro-Banda", "Ahmadzai-Khan": beside a rare half, a known family name or a rare word that
        # also names a town is the other family's name ("Banda", "Khan"), not a place's
        return gazetteer.country_of_demonym(t.folded) is None and (
            is_surname(t.folded) or zipf(t.folded) <= _RARE_SURNAME_HALF
        )

    return (
        all(
            t.text.istitle()
            and t.text.isalpha()
            and len(t.text) >= 3
            and t.folded not in ARABIC_ARTICLES
            and (maori or rare(t) or (len(halves) == 2 and surname_half(t)))
            for t in halves
        )
        and (maori or any(rare(t) for t in halves))
        and tokens[position].text[:1].isupper()
    )

    gazetteer = doc.gazetteer
    for cut in (len(words) - 1, len(words) - 2):
        if cut < 1:
            continue
        town = gazetteer.lookup(words[cut:])
        if town is not None and town.kind != "state" and gazetteer.lookup(words[:cut]) is None:
            return True
    return False


QUOTED_WORD_BEFORE = re.compile(r"[\"“]([A-Z][a-z]+)[\"”] $")


def quoted_title_before(doc: ActorDocument, position: int) -> bool:
    """Whether a title in quotes stands right before the name: '"General" Ilse Varn', '“Colonel” Ilse Varn'."""
    start = doc.tokens[position].start
    quoted = QUOTED_WORD_BEFORE.search(doc.text, max(0, start - 20), start)
    return quoted is not None and is_title(quoted.group(1).casefold())


def plural_common_noun(word: str) -> bool:
    """'holidays', 'weddings': a common noun in the plural, which no family name is."""
    return (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith("ss")
        and zipf(word) >= COMMON
        and zipf(word[:-1]) >= COMMON
        and not is_surname(word)
        and not is_surname(word[:-1])
    )


def court_role_after(doc: ActorDocument, last: int) -> bool:
    tokens, text = doc.tokens, doc.text
    return (
        last + 2 < len(tokens)
        and text[tokens[last].end : tokens[last + 1].start] == ", "
        and tokens[last + 1].text in COURT_ROLES_AFTER
        and text[tokens[last + 1].end : tokens[last + 1].end + 1] == ","
    )


_HOME_TOWN_SAID = word_set("said says told added who")


def home_town_apposition(doc: ActorDocument, position: int, last: int) -> str | None:
    """'Thaddeus Oyelaran, of Holbeach, said': 'town' for the name after ', of', 'person' for the
    name before it; None when the text is not this shape."""
    tokens, text = doc.tokens, doc.text

    def closes(k: int) -> bool:  # ", said", ", who" after the town
        return (
            k + 1 < len(tokens)
            and text[tokens[k].end : tokens[k + 1].start] == ", "
            and (tokens[k + 1].folded in _HOME_TOWN_SAID)
        )

    if (
        position >= 3
        and tokens[position - 1].folded == "of"
        and closes(last)
        and text[tokens[position - 2].end : tokens[position - 1].start] == ", "
        and tokens[position - 2].capitalised
    ):
        return "town"
    if last > position and last + 2 < len(tokens) and text[tokens[last].end : tokens[last + 2].start] == ", of ":
        town = last + 2
        if not tokens[town].capitalised:
            return None
        while town + 1 < len(tokens) and tokens[town + 1].capitalised and tokens[town].joined:
            town += 1
        return "person" if closes(town) else None
    return None


_RARE_FIRST_WORD = 4.0  # "Kanye" (3.8) may be a first name; "Royal", "Upper" may not


def person_with_place_surname(
    doc: ActorDocument, position: int, last: int, words: tuple[str, ...], previous: str
) -> str | None:
    """'Bethany Street, a spokeswoman', 'said Lowri West', 'Ayodele West ... West said': a first name
    (in the lists or not) and a family name that is also a place's head word, with a cue of a person.
    Not after a preposition of place ("on Ilse Street", "in Varn West"). Returns how it was found."""
    if len(words) != 2 or last != position + 1:
        return None
    if not (is_surname(words[1]) or words[1] in FAMILY_NAME_HEADS) or HEAD_WORD.get(words[1]) is None:
        return None
    if previous in PLACE_PREPOSITIONS or previous in STREET_PREPOSITIONS:
        return None
    if zipf(words[0]) >= _RARE_FIRST_WORD and not is_given_name(words[0]):
        return None  # "Royal Street", "Upper West": a common word first, no person's name
    tokens, text = doc.tokens, doc.text
    if not tokens[position].text.istitle() or is_camel_case(tokens[position].text):
        return None  # "ABC Street", "HexCo East": capitals or a brand's casing, no first name
    if text[tokens[position].end : tokens[position].end + 2] in ("'s", "’s"):
        return None  # "St David's Hall", "Mary's Street": a given name in the possessive names a building or a street
    apposed = apposition(doc, last) or person_noun_before(doc, position, last)
    if apposed is not None and apposed[0].kind is ActorKind.person:
        return f"{apposed[1]}, a family name '{tokens[last].text}'"
    if previous in TITLES or beside_title(doc, position, last):
        return f"a title beside it, a family name '{tokens[last].text}'"
    if words[1] in NOT_PERSON_WORDS and not is_given_name(words[0]):
        return None  # "Downing Street said", "Quellmoor Street, who": a weak cue needs a given name here
    after = text[tokens[last].end : tokens[last].end + 2]
    following = tokens[last + 1].folded if last + 1 < len(tokens) else ""
    if previous in SPEECH_BEFORE and position > 0 and tokens[position - 1].joined:
        return f"after '{previous}', a family name '{tokens[last].text}'"
    if (cue := NEXT_WORD.get(following)) is not None and cue.kind is ActorKind.person and after[:1] == " ":
        return f"'{tokens[last].text} {following}', a family name"
    if after == ", " and (comma := AFTER_COMMA.get(following)) is not None and comma.kind is ActorKind.person:
        return f"followed by ', {following}', a family name '{tokens[last].text}'"
    if words[1] in doc.alone and (is_given_name(words[0]) or _surname_speaks(doc, words[1])):
        return f"the family name '{tokens[last].text}' used alone"
    return None


# Who owns the kin noun before a name: "whose son Chanda", "her daughter Ama", "Mulenga's son Kapya".
_KIN_OWNERS = word_set("whose his her their my our your")


# Who holds one's post elsewhere or in turn, named like kin: "her counterpart Retno Marsudi", "his successor Ilse Varn".
_PEERS_AFTER_POSSESSIVE = word_set("counterpart successor predecessor colleague")


def kin_named_after_its_noun(doc: ActorDocument, position: int) -> bool:
    """'whose son Chanda', 'her daughter Ama', "the widow's son Kapya", 'her Indonesian counterpart Retno
    Marsudi': a kin noun (or a peer's) in lower case, owned by someone, right before the name; a people's
    adjective may stand between the owner and a peer's noun."""
    tokens, text = doc.tokens, doc.text
    if position < 2 or not tokens[position - 1].joined or not tokens[position - 2].joined:
        return False
    kin, owner = tokens[position - 1], tokens[position - 2]
    peer = kin.folded in _PEERS_AFTER_POSSESSIVE
    if not kin.text.islower() or (kin.folded not in KIN_AFTER_POSSESSIVE and not peer):
        return False
    if peer and position >= 3 and tokens[position - 3].joined and doc.gazetteer.country_of_demonym(owner.folded):
        owner = tokens[position - 3]  # "her Indonesian counterpart": the people's adjective, then its owner
    elif peer and position >= 3 and tokens[position - 3].joined and tokens[position - 3].folded in _KIN_OWNERS:
        owner = tokens[position - 3]  # "his Senate colleague", "her party colleague": where they serve together
    return owner.folded in _KIN_OWNERS or text[owner.end : owner.end + 2] in ("'s", "’s")


def _surname_speaks(doc: ActorDocument, word: str) -> bool:
    """'Street, whose firm...', 'West said': the family name alone, as a person's, somewhere else."""
    tokens, text = doc.tokens, doc.text
    for k in range(len(tokens) - 1):
        if tokens[k].folded != word or not tokens[k].capitalised or (k > 0 and tokens[k - 1].capitalised):
            continue
        gap, following = text[tokens[k].end : tokens[k + 1].start], tokens[k + 1]
        if gap == " " and (cue := NEXT_WORD.get(following.folded)) is not None and cue.kind is ActorKind.person:
            return True
        if gap == ", " and (comma := AFTER_COMMA.get(following.folded)) is not None and comma.kind is ActorKind.person:
            return True
    return False


# Initials before a name in Indian writing: "K. R. Suresh"; at most three of them and two name words after.
_MAX_LEADING_INITIALS, _MAX_WORDS_AFTER_INITIALS = 3, 2


_DOTTED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,2}")


_NAME_AFTER_INITIALS = 3.5  # "Raghavendra", "Narayanaswamy"; not "Navy" of "U.S. Navy"


def dotted_initials_before_name(doc: ActorDocument, position: int, last: int) -> bool:
    """'K.R. Raghavendra': two or three initials written with stops and no spaces, then one or two rare name
    words; not a state's or a body's letters ("U.S. Navy", "U.N. Habitat": common words follow them)."""
    tokens, text = doc.tokens, doc.text
    initials = tokens[position]
    if not _DOTTED_INITIALS.fullmatch(initials.text) or text[initials.end : initials.end + 2] != ". ":
        return False
    if doc.gazetteer.lookup((initials.folded,)) is not None:
        return False
    return all(
        tokens[k].text.istitle()
        and zipf(tokens[k].folded) < _NAME_AFTER_INITIALS
        and tokens[k].folded not in HEAD_WORD
        and tokens[k].folded not in NAME_WORD
        for k in range(position + 1, last + 1)
    )


def initials_then_names(doc: ActorDocument, position: int, last: int) -> bool:
    """'P. Ilangovan', 'B. N. Venkatesh Murthy': the run opens with capital letters each closed by its stop,
    and one or two name words (no capitals, no small words) follow."""
    tokens, text = doc.tokens, doc.text
    k = position
    # South Asian papers often drop the stops: "D K Varoo", "P V Rama Sastry" (every initial spaced alike)
    gaps = {text[tokens[j].end : tokens[j + 1].start] for j in range(position, last)}
    gap = ". " if ". " in gaps else " "
    while (
        k < last
        and len(tokens[k].text) == 1
        and tokens[k].text.isupper()
        and text[tokens[k].end : tokens[k + 1].start] == gap
    ):
        k += 1
    if k == position or k - position > _MAX_LEADING_INITIALS or last - k + 1 > _MAX_WORDS_AFTER_INITIALS:
        return False
    if gap == " " and (k - position < _SPACED_INITIALS or _place_noun_after(doc, last)):
        return False  # one bare capital opens many names ("A Tarnby"); "R S Varpura area" is a town's
    return all(
        len(tokens[j].text) > 1
        and not tokens[j].text.isupper()
        and tokens[j].folded not in FUNCTION_WORDS
        and tokens[j].folded not in HEAD_WORD
        and tokens[j].folded not in NAME_WORD
        and (gap == ". " or zipf(tokens[j].folded) < _NAME_AFTER_INITIALS)
        for j in range(k, last + 1)
    )


_SPACED_INITIALS = 2  # bare initials count only two or more together
# Nouns after a name that make it a place's: "the R S Varpura area", "in the A K Tarn sector".
_PLACE_NOUNS_AFTER = frozenset(("area", "sector", "town", "village", "district", "tehsil", "block", "belt"))


def _place_noun_after(doc: ActorDocument, last: int) -> bool:
    tokens = doc.tokens
    return last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].folded in _PLACE_NOUNS_AFTER


# A town larger than this keeps its name on a storm's page ("floods in Austin").
_STORM_TOWN = 100_000


def past_storm(doc: ActorDocument, position: int, population: int) -> bool:
    """'not even in Harvey', 'since Sandy': on a page that names a storm, a given name after a word of
    time or likeness is a past storm, unless the gazetteer knows a large town of that name."""
    tokens = doc.tokens
    if not doc.storms or position == 0 or not tokens[position - 1].joined:
        return False
    word = tokens[position].folded
    return tokens[position - 1].folded in STORM_BEFORE and is_given_name(word) and population < _STORM_TOWN


def given_name_of_a_full_name(doc: ActorDocument, position: int) -> bool:
    """A given name the gazetteer does not know, written elsewhere in the text before a family name
    the document gives it ("Ilse Varnhagen")."""
    tokens = doc.tokens
    word = tokens[position].folded
    if not is_given_name(word) or doc.gazetteer.lookup((word,)) is not None:
        return False
    if doc.gazetteer.country_of_demonym(word) is not None:
        return False  # "at Philippine ..." beside "Philippine Coast Guard": a people's adjective
    return bool(_full_names_opened_by(doc, position))


def full_name_opened_by(doc: ActorDocument, position: int) -> str | None:
    """The one full name the text writes with this given name before a family name ("Ilse Varnhagen" for
    "at Ilse's level"), None when it writes none or two."""
    tokens = doc.tokens
    found = {f"{tokens[k].text} {tokens[k + 1].text}" for k in _full_names_opened_by(doc, position)}
    return found.pop() if len(found) == 1 else None


def _full_names_opened_by(doc: ActorDocument, position: int) -> list[int]:
    """Where else the text writes the given name at `position` right before a family name it gives someone."""
    tokens = doc.tokens
    word = tokens[position].folded
    return [
        k
        for k, token in enumerate(tokens)
        if k != position
        and token.folded == word
        and token.joined
        and k + 1 < len(tokens)
        and tokens[k + 1].folded in doc.given_surnames
        and cased(tokens[k + 1])
        and tokens[k + 1].folded not in HEAD_WORD
    ]


# Verbs of meeting someone in person, right before the one met: "He met Velmonte for an hour".
_MEETING_VERBS = word_set("met meets")
# Pronouns and names that meet: the verb's subject is someone, so the one met is too.
_MEETERS = word_set("he she they i we")


def one_word_leader_met(doc: ActorDocument, position: int, word: str) -> bool:
    """'He met Velmonte before the plenary', 'Chancellor Varn met Tarvale in Paris': one rare word, right after a
    person (a pronoun or a capitalised name) and "met", is the one met, a person named by the family name alone
    (a body's word after it, "met Tarnby officials", names the town's people)."""
    tokens = doc.tokens
    if position < 2 or not tokens[position - 1].joined or tokens[position - 1].folded not in _MEETING_VERBS:
        return False
    subject = tokens[position - 2]
    if not subject.joined or not (subject.folded in _MEETERS or subject.capitalised):
        return False
    if word in doc.lower_case or zipf(word) >= WORD_ALONE or is_camel_case(tokens[position].text):
        return False
    following = tokens[position + 1] if position + 1 < len(tokens) and tokens[position].joined else None
    return following is None or not following.text.islower() or following.folded in FUNCTION_WORDS
