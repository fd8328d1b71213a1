"""When a known actor's name is only part of a longer name the text writes.

Known-actor links are found before the name rules run, and the tokens they cover are not read
again. So once a workspace knows "Commission", "Tobias" or "Whitlow" (drafts of earlier sources),
a later "Securities and Exchange Commission", "Tobias Engel" or "Jonas Whitlow-Mbeki" lost its
head to the link, and the rest was drafted cut short. The rules here tell when the words around
a link go on with the same name; the link is then dropped, the name rules read the whole run as
they do in an empty workspace, and a draft that turns out to bear a known actor's name is linked
to it afterwards (`claims.settle_claims`).

Persons are read again more sparingly, since "President Lukashenko" must stay a link to
"Alyaksandr Lukashenka": a double-barrelled family name, a one-word person's name next to another
name, or a given name that cannot be the known person's ("Sam Pettigrew" beside a known Thaddeus
Pettigrew).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from dossier.ingest.cues import (
    FUNCTION_WORDS,
    HEAD_WORD,
    MONTHS_AND_DAYS,
    NAME_PARTICLES,
    NAME_WORD,
    STREET_HEADS,
    TITLE_PARTS,
    TITLES,
)
from dossier.ingest.names import fold_phrase, is_given_name, is_surname, word_set
from dossier.model import Actor, ActorKind

if TYPE_CHECKING:
    from dossier.ingest.mentions import Token

_HYPHENS = ("-", "‐", "‑")
# Compass words are function words at a sentence's start, and words of a name inside a run.
_COMPASS = word_set("northern southern eastern western")
_PLACES = (ActorKind.place, ActorKind.state)
# Zipf 3.5 is once in 3 million words: rarer than "Russian", "Labour" or "Belfast".
_RARE_WORD = 3.5
# Zipf 4, ten times in a million words: "Alternative", "Bank", not "Minsk".
_COMMON_WORD = 4.0
# About a letter in seven: "Zelensky", "Zelenskyy"; "Lukashenko", "Lukashenka"; "Kadyrov", "Kadirov".
_SPELLED_ALIKE = 85
# A letter in four over a whole name, where given names romanise freely: "Alexander"/"Alyaksandr" (78).
_PHRASE_SPELLED_ALIKE = 75
# Small words a title-case heading leaves in lower case, and the longest line taken for a heading.
_SMALL_WORDS = word_set("a an and as at but by for from in into of on or the to with")
_HEADING_TOKENS = 16


def part_of_a_longer_name(text: str, tokens: list[Token], first: int, last: int, actor: Actor, how: str) -> bool:
    """Whether tokens `first`..`last`, which spell a known actor's name, are part of a longer name.

    Not in a heading written in title case ("Why Belarus Supports Russia"), where every word has a
    capital and none says that a name goes on.
    """
    before = tokens[first - 1] if first > 0 and tokens[first - 1].joined else None
    after = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if after is not None and after.capitalised and _hyphened(text, tokens, last) and _after_a_given_name(tokens, first):
        # "Mark Lloyd-Ivory" (in a heading or a table's cell too): a double-barrelled family name, not the
        # known insurer "Lloyd's"
        return True
    if (
        actor.kind is ActorKind.person
        and before is not None
        and len(fold_phrase(actor.name)) == 1
        and before.text[:1].isupper()
        and is_given_name(before.folded)
        and _name_word(before, of_a_person=True)
    ):
        # "Editing by Matthew Ashcombe)" in a credit line of capitalised names, as in prose: a given name
        # before a known one-word "Ashcombe" makes a fuller name, not the known one
        return True
    if _in_a_title_case_line(text, tokens, first):
        return False
    if _possessive_before_a_head(text, tokens, last):
        return True  # "Tanner's Row", "Okafor's Bakery": a street or a shop named after someone, not the known person
    if actor.kind is ActorKind.person:
        return _longer_person_name(text, tokens, first, last, actor, before, after)
    if actor.kind in _PLACES and first == last and before_a_region_noun(tokens, last):
        return True  # "Челябинской областей": the region's adjective, not the known city Челябинск
    if _hyphened(text, tokens, first - 1) and before is not None and before.capitalised:
        if actor.kind in _PLACES and first >= 2 and tokens[first - 2].joined and _name_word(tokens[first - 2]):
            # "Gigafactory Berlin-Brandenburg", "Flughafen Berlin-Brandenburg": the pair ends a longer name,
            # which is read whole whether or not the second place is known yet
            return True
        # "Russia-Ukraine talks": two states side by side; "Ifor Maddox-Leigh", "Gideon Pellworth-Kent": a
        # family name (a known one, or any after a given name), not the town
        return actor.kind not in _PLACES or is_surname(before.folded) or _after_a_given_name(tokens, first - 1)
    if before is not None and _name_word(before):
        return True  # "Securities and Exchange Commission", "Historic England", "Lower Ashcombe"
    if before is not None and before.folded in TITLES and _name_word_before(tokens, first - 1):
        return True  # "Nigeria Premier Football League": a title's word inside a run of a body's name
    if _name_before_of(tokens, first):
        return True  # "Alternative for Germany", "Bank of Tarnia": a body's name ends with the known place
    if after is not None and actor.kind not in _PLACES and _of_a_name(tokens, last + 1):
        return True  # "Electoral Commission of Tarnia" when another land's "Electoral Commission" is known
    if after is not None and actor.kind not in _PLACES and _aim_of_a_body(tokens, last):
        return True  # "Commission on Audit" when another body known as "the Commission" is known
    if (
        actor.kind not in _PLACES
        and text[tokens[last].end : tokens[last].end + 2] == ", "
        and _remit_goes_on(text, tokens, first, last)
    ):
        return True  # "Department of Agriculture, Food and the Marine" when a "Department of Agriculture" is known
    # "British Gas", "NHS England", "Sorrelby Village Hall", "Taiwan Stock Exchange": a demonym, a body's
    # or a place's name opening another name. Not a state's short form ("U.S.", "UK"), which stands
    # before a noun as an adjective: "the U.S. Winter Outlook" is the United States' outlook (a body's
    # word after it is `mentions`' business: "the U.S. Senate"), nor a place before a demonym.
    if how == "state name" or (actor.kind in _PLACES and all(t.text.isupper() for t in tokens[first : last + 1])):
        return False
    if after is None or not _name_word(after) or _hyphened(text, tokens, last):
        return False
    return not (actor.kind in _PLACES and _demonym(after.folded))  # "in Kyiv Ukrainian officials said"


def _remit_goes_on(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether a body's remit goes on past a comma after the known name, as the name rules read it."""
    # (imported here: the name rules' modules import this one's, through the tokens' module)
    from dossier.ingest.and_in_names import remit_list_end

    return remit_list_end(text, tokens, first, last, [False] * len(tokens)) is not None


# Russian and Ukrainian nouns of a region or district in their cases: a capitalised word right before
# one is the region's adjective ("в Архангельской области", "Курганского района"), never a town's own
# name, so a known town spelled alike ("Архангельск") is no mention there.
_REGION_NOUNS = word_set(
    "область области областью областей областям областями областях"
    " край края краю краем крае краев краях"
    " район района району районом районе районы районов районам районами районах"
    " округ округа округу округом округе округи округов округам округами округах"
    " області областю районі району"
)
# "Свердловской и Челябинской областей": two adjectives share the noun after the second
_AND = word_set("и і й та")


def before_a_region_noun(tokens: list[Token], last: int) -> bool:
    """Whether the capitalised word at `last` is a region's adjective before its noun ("Тверской области")."""
    if not tokens[last].joined or last + 1 >= len(tokens):
        return False
    after = tokens[last + 1]
    if after.text in _REGION_NOUNS:
        return True
    return (
        after.text in _AND
        and after.joined
        and last + 3 < len(tokens)
        and tokens[last + 2].capitalised
        and tokens[last + 2].joined
        and tokens[last + 3].text in _REGION_NOUNS
    )


def _after_a_given_name(tokens: list[Token], k: int) -> bool:
    """Whether token `k` follows a capitalised given name in the same run ("Gideon Pellworth")."""
    if k == 0 or not tokens[k - 1].joined:
        return False
    given = tokens[k - 1]
    return given.text[:1].isupper() and not given.text.isupper() and is_given_name(given.folded)


def _common(folded: str) -> bool:
    from dossier.ingest.common_words import zipf

    return zipf(folded) >= _COMMON_WORD


def _a_place(folded: str) -> bool:
    from dossier.ingest.gazetteer import gazetteer

    return gazetteer().lookup((folded,)) is not None


def _demonym(folded: str) -> bool:
    from dossier.ingest.gazetteer import gazetteer

    return gazetteer().country_of_demonym(folded) is not None


# "of" in the languages that join a name's parts by it: "Vale do Taquari" when the firm Vale is known
_OF_IN_NAMES = word_set("of de do da dos das del di du des della")


def _of_a_name(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a lower-case "of" right before a capitalised word."""
    return (
        tokens[k].text in _OF_IN_NAMES
        and tokens[k].joined
        and k + 1 < len(tokens)
        and tokens[k + 1].text[:1].isupper()
        and tokens[k + 1].folded not in FUNCTION_WORDS
    )


def _aim_of_a_body(tokens: list[Token], last: int) -> bool:
    """Whether a body's head word at `last` goes on with "on" or "for" and a capitalised word, no day or month:
    a body named for its aim ("Commission on Audit", "Council for Road Safety"), not "the Commission on Monday"."""
    k = last + 1
    return (
        tokens[last].folded in NAME_WORD
        and tokens[last].joined
        and k + 1 < len(tokens)
        and tokens[k].text in ("on", "for")
        and tokens[k].joined
        and tokens[k + 1].text[:1].isupper()
        and tokens[k + 1].folded not in FUNCTION_WORDS
        and tokens[k + 1].folded not in MONTHS_AND_DAYS
    )


# Small words inside a body's name, between its head and the place it is of or for.
_OF_FOR = word_set("of for")


def _name_before_of(tokens: list[Token], first: int) -> bool:
    """Whether a lower-case "of" or "for" joins token `first` to a capitalised word before it that may
    open a name: "Alternative for Germany", "Bank of Tarnia", and a post read as an empty workspace reads
    it, "President of Tarnia"."""
    if first < 2 or tokens[first - 1].text not in _OF_FOR or not tokens[first - 1].joined:
        return False
    head = tokens[first - 2]
    if not head.joined or not (_name_word(head) or head.folded in TITLES):
        return False
    # a common word or a body's head ("Alternative", "Bank", "President"), not a place: "left Minsk for Gomel"
    return head.folded in TITLES or head.folded in HEAD_WORD or (_common(head.folded) and not _a_place(head.folded))


def _longer_person_name(
    text: str, tokens: list[Token], first: int, last: int, actor: Actor, before: Token | None, after: Token | None
) -> bool:
    if (before is not None and _hyphened(text, tokens, first - 1) and before.capitalised) or (
        after is not None and _hyphened(text, tokens, last) and after.capitalised
    ):
        return True  # "Jonas Whitlow-Mbeki", "Delphine Okafor-Reyes": a double-barrelled family name
    one_word = len(fold_phrase(actor.name)) == 1
    if before is not None and _common_word_opens_the_name(text, tokens, first - 1):
        return True  # "Lower Ashcombe", "Temple Sowerby": a village's name, not a known Ashcombe or Sowerby
    if before is not None and _name_word(before, of_a_person=True) and _may_be_a_given_name(before):
        if one_word:
            return True  # "Maureen Kettlewell" when only a "Kettlewell" is known
        # "Sam Pettigrew" is not the known "Thaddeus Pettigrew" (who has the alias "Pettigrew"), while
        # "Alexander Lukashenko" may be "Alyaksandr Lukashenka"
        return not _may_be(f"{before.text} {text[tokens[first].start : tokens[last].end]}", actor)
    if before is not None and _inside_particle_closes_a_name(tokens, first - 1):
        return True  # "Wilfred Kiplangat arap Tanui", "Samson ole Lenku" when only a "Tanui" or a "Lenku" is known
    if first == last and after is not None and _particle_opens_a_family_name(tokens, last + 1):
        return True  # "Rhys ap Gwilym", "Nurul Huda binti Ismail" when only a "Rhys" or a "Huda" is known
    if first != last and after is not None and _family_name_after(text, tokens, last + 1):
        # "Omar Faruk Bhuiyan" when only an "Omar Farouk" is known, "Hendra Wijaya Tanjung" when a "Hendra
        # Wijaya" is: a longer name of its own
        return True
    if first != last or after is None or not _name_word(after, of_a_person=True):
        return False
    # "Tobias Engel" when only a "Tobias" is known; "Priya Nandakumar" is not the known "Priya Castellano"
    if one_word or not _may_be(f"{tokens[first].text} {after.text}", actor):
        return True
    # "Priya Castellanos" when "Priya Castellano" is known by her given name alone (a transcript's speaker
    # label): a link on the given name would leave the family name to be drafted alone, so the whole name is
    # read, and a look-alike of the known one is the review's to judge.
    names = fold_phrase(actor.name)
    return len(names) > 1 and tokens[first].folded == names[0] and is_given_name(tokens[first].folded)


# Head words of names written after a possessive: a street's, a shop's, a team's ("Tanner's Row", "Okafor's
# Bakery"), but not a compass word ("Tarnia's East" is the land's east).
_HEADS_AFTER_A_POSSESSIVE = (STREET_HEADS | frozenset(HEAD_WORD)) - word_set("east west north south")


def _possessive_before_a_head(text: str, tokens: list[Token], last: int) -> bool:
    """Whether token `last` is written with a possessive and a capitalised name's head word follows it."""
    if last + 1 >= len(tokens) or text[tokens[last].end : tokens[last].end + 2] not in ("'s", "’s"):
        return False
    after = tokens[last + 1]
    return (
        text[tokens[last].end + 2 : after.start] == " "
        and after.text[:1].isupper()
        and after.folded in _HEADS_AFTER_A_POSSESSIVE
    )


# Marks after which a capitalised word opens a sentence or a quote, where any word has a capital.
_SENTENCE_OPENERS = frozenset(".!?:;\n\"“‘'([")


def _common_word_opens_the_name(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token `k`, right before a known person's name, is a common word written with a capital
    inside a sentence: a place's first word ("Lower", "Temple", "Castle"), since a person's name is
    opened by a given name, a title or a demonym, seldom by a common word."""
    token = tokens[k]
    if not _name_word(token, of_a_person=True) or _may_be_a_given_name(token) or _demonym(token.folded):
        return False
    if token.text.isupper() or k == 0:
        return False
    gap = text[tokens[k - 1].end : token.start]
    return not any(mark in gap for mark in _SENTENCE_OPENERS)


def _family_name_after(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a capitalised word that goes on with a person's name: a family name, or a word
    too rare to be an ordinary one, and no city ("Ana Reyes Tucson" is no one's name). A small town's name
    is a family name too ("Tanjung", "Sinaga"), unless a comma and a region follow it ("Reyes Tanjung, Bali")."""
    from dossier.ingest.common_words import zipf
    from dossier.ingest.gazetteer import gazetteer

    token = tokens[k]
    if not _name_word(token, of_a_person=True) or token.text.isupper():
        return False
    if not (is_surname(token.folded) or zipf(token.folded) < _RARE_WORD):
        return False
    place = gazetteer().lookup((token.folded,))
    if place is None:
        return True
    comma_then_name = (
        k + 1 < len(tokens) and text[token.end : tokens[k + 1].start] == ", " and tokens[k + 1].capitalised
    )
    return place.kind == "place" and place.population < _CITY and not comma_then_name


# People a place holds from which its name is a city's, never a family name after a person's two names
_CITY = 100_000


def _particle_opens_a_family_name(tokens: list[Token], k: int) -> bool:
    """A particle in lower case at `k` ("ap", "binti", "van") right before a capitalised word."""
    return (
        tokens[k].text.islower()
        and tokens[k].folded in NAME_PARTICLES
        and tokens[k - 1].joined
        and tokens[k].joined
        and k + 1 < len(tokens)
        and tokens[k + 1].capitalised
    )


def _inside_particle_closes_a_name(tokens: list[Token], k: int) -> bool:
    """A particle in lower case at `k` that only a person's name holds ("arap", "ole", "wa", "ould"), after a
    capitalised word of the same run: the name goes on before the known one."""
    from dossier.ingest.name_bounds import LOWER_CASE_PARTICLES_INSIDE

    return (
        k >= 1
        and tokens[k].text in LOWER_CASE_PARTICLES_INSIDE
        and tokens[k].joined
        and tokens[k - 1].joined
        and tokens[k - 1].capitalised
    )


def _may_be_a_given_name(token: Token) -> bool:
    """A given name, or a word too rare to be an ordinary one ("Nadira"), not "Russian" or "Labour"."""
    from dossier.ingest.common_words import zipf

    return is_given_name(token.folded) or zipf(token.folded) < _RARE_WORD


def _may_be(name: str, actor: Actor) -> bool:
    from dossier.ingest.same_actor import may_be_same

    return may_be_same(name, "person", (name,), actor.name, "person", (actor.name, *actor.aliases))


def spelled_alike(words: tuple[str, ...], actor: Actor) -> bool:
    """Whether folded words linked by their transliteration skeletons are nearly spelled as the actor's
    names: one word as one of their words ("Lukashenko", "Lukashenka"; not "Toronto" and "Trent",
    "Bernard" and "Brennard"), several as a whole name ("Alexander Lukashenko" and "Alyaksandr
    Lukashenka"; not "Primeira Liga" and "Premier League", "Halsey Bravo" and "Hollis Barrow")."""
    from rapidfuzz import fuzz

    spellings = [fold_phrase(spelling) for spelling in (actor.name, *actor.aliases)]
    if len(words) == 1 and any(_english_namesakes(words[0], other) for spelling in spellings for other in spelling):
        return False
    if len(words) > 1:
        phrase = " ".join(words)
        return any(fuzz.ratio(phrase, " ".join(other)) >= _PHRASE_SPELLED_ALIKE for other in spellings)
    return any(fuzz.ratio(words[0], other) >= _SPELLED_ALIKE for spelling in spellings for other in spelling)


# Endings of English place names (and of the family names taken from them), from the Old English and Norse
# words for a fort, a farm, a valley, a ford...: "Ledbury", "Thurlby", "Brinscombe", "Ashington".
_ENGLISH_NAME_ENDINGS = word_set(
    "bury borough burgh by combe comb ton ham ley leigh field ford worth wick wich stead thorpe thwaite "
    "cott cote den dale minster mouth bridge chester caster cester hurst stow stowe bourne holme well wood"
)


def _english_namesakes(word: str, other: str) -> bool:
    """Whether two words are English names built alike on one ending with other first parts ("Ludbury" and
    "Ledbury", "Threlby" and "Thurlby"): English names are not transliterated, so a letter changed there
    makes another name, while "Lukashenko" and "Lukashenka" are one name in two alphabets' spellings."""
    return word != other and any(
        word.endswith(ending) and other.endswith(ending) and min(len(word), len(other)) - len(ending) >= 3
        for ending in _ENGLISH_NAME_ENDINGS
    )


def _name_word(token: Token, *, of_a_person: bool = False) -> bool:
    """A capitalised word that may go on with a name: not a function word ("US" in capitals is one,
    as an acronym), a month or day, or a title; before a person's name, not part of a title either
    ("Deputy"), while a body's name may hold one ("Ridgeford District Council")."""
    word = token.folded
    if not token.text[:1].isupper() or word in MONTHS_AND_DAYS or word in TITLES:
        return False
    if word in FUNCTION_WORDS and not (token.text.isupper() and len(token.text) > 1) and word not in _COMPASS:
        return False  # (but "U.S. Northern Command", "Northern Tarnia" go on)
    return not (of_a_person and word in TITLE_PARTS)


def _name_word_before(tokens: list[Token], k: int) -> bool:
    """Whether a capitalised word that may go on with a name stands right before token `k`, in its run."""
    return k > 0 and tokens[k - 1].joined and _name_word(tokens[k - 1])


def _hyphened(text: str, tokens: list[Token], k: int) -> bool:
    """Whether a hyphen alone joins token `k` to the next one."""
    return 0 <= k < len(tokens) - 1 and text[tokens[k].end : tokens[k + 1].start] in _HYPHENS


def _start(token: Token) -> int:
    return token.start


def _in_a_title_case_line(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token `k` stands in a short line whose words nearly all have capitals (a heading).

    The line's ends are looked for only as far as a heading's words reach, never over the whole line: a
    page written as one long line has thousands of links, and each would otherwise read the whole line
    again. (No token holds a line break, so a break between two tokens' ends is in a gap between them.)
    """
    floor = max(0, k - _HEADING_TOKENS)
    before = text.rfind("\n", tokens[floor].end, tokens[k].start)
    if before >= 0:
        low = bisect.bisect_right(tokens, before, floor, k, key=_start)  # the line's first token
    elif k - floor >= _HEADING_TOKENS:
        return False  # more words before it on its line than a heading has
    else:
        low = 0
    ceiling = low + _HEADING_TOKENS  # the first token past a heading's length
    reach = min(ceiling, len(tokens) - 1)
    after_k = text.find("\n", tokens[k].end, tokens[reach].start)
    if after_k >= 0:
        high = bisect.bisect_right(tokens, after_k, k, reach, key=_start) - 1  # the line's last token
    elif ceiling < len(tokens):
        return False
    else:
        high = len(tokens) - 1
    after = text[tokens[high].end : tokens[high + 1].start if high + 1 < len(tokens) else len(text)]
    if after.split("\n", 1)[0].rstrip().endswith("."):
        return False  # a sentence, however many names it holds
    words = [t for t in tokens[low : high + 1] if t.text[:1].isalpha() and t.folded not in _SMALL_WORDS]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)
