"""Titles and posts inside a run of capitalised words: where a post ends and its holder's name begins, a post's
remit and place, title words that belong to a name.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import zipf
from dossier.ingest.constituencies import seat_after_for
from dossier.ingest.cues import (
    BODIES_BY_HEAD,
    FORMER_STAFF_NOUNS,
    FUNCTION_WORDS,
    HEAD_AFTER_FIRST,
    HEAD_WORD,
    KNOWN_BODIES,
    KNOWN_MEDIA,
    NAME_GLUE,
    NAME_WORD,
    NAMESAKE_BUILDINGS,
    NAMESAKE_TITLES,
    PERSON_NOUNS_OPENING,
    SERVICE_RANKS,
    SPORTS_POSITIONS,
    STREET_HEADS,
    TITLE_PARTS,
    TITLES,
)
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import COMPASS, has_cue, is_title
from dossier.ingest.names import KOREAN_SURNAMES, is_given_name, is_surname, word_set
from dossier.ingest.person_names import POST_WITH_REMIT, hyphened_given_name, korean_name_apart, titled_person
from dossier.ingest.vietnamese_names import vietnamese_name_at
from dossier.model import ActorKind

_HEADS_OF = word_set("head heads chief chiefs")
_ONE_HEAD = word_set("head chief")


def head_of_mission_post(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'The Head of Mission, Ambassador ...': one envoy's post, the whole run (the plural names a class of envoys,
    `heads_of_mission`; "Mission" alone is no place)."""
    tokens = doc.tokens
    opening = first + (tokens[first].folded == "the" and first < last)
    if last != opening + 2 or tokens[opening].folded not in _ONE_HEAD or tokens[opening + 1].folded != "of":
        return None
    if tokens[last].folded != "mission" or (last + 1 < len(tokens) and tokens[last + 1].folded == "and"):
        return None  # (not "Head of Mission and Force Commander": a post of two offices)
    name = doc.text[tokens[opening].start : tokens[last].end]
    return Candidate(opening, last, name, ActorKind.person, POST_WITH_REMIT, 0.6)


def heads_of_mission(doc: ActorDocument, first: int, last: int) -> tuple[int, int] | None:
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


_SECOND_FIELD = 2.5  # "Expatriates": a plain word after a remit's "and", rarer than most


def second_field_of_remit(doc: ActorDocument, k: int) -> bool:
    """'Expatriates' in '... of Foreign Affairs and Expatriates Omar Varn': a plain word after a remit's
    "Affairs and" is the remit's second field, no actor of its own."""
    tokens = doc.tokens
    return (
        k >= 2
        and tokens[k - 1].folded == "and"
        and tokens[k - 2].folded in REMIT_ENDS
        and not is_given_name(tokens[k].folded)
        and zipf(tokens[k].folded) >= _SECOND_FIELD
    )


def state_opens_a_body(tokens: list[Token], k: int, last: int) -> bool:
    """'State' after a title's "of the", before a body's word: "the Chairman of the State Committee for
    ...", "Head of the State Security Service" (not "Secretary of State for ...", a title)."""
    if not (k < last and tokens[k].folded == "state" and tokens[k - 1].folded == "the"):
        return False
    if tokens[k + 1].folded in NAME_WORD or tokens[k + 1].folded in HEAD_WORD:
        return True
    # "Head of the State Security Service of Tarnia", "... of the State Border Guard Service": the body's word
    # comes after one or two of its field's words, all capitalised
    for j in range(k + 1, min(k + 1 + _FIELD_WORDS_BEFORE_HEAD, last) + 1):
        if not tokens[j].capitalised:
            return False
        if tokens[j].folded in NAME_WORD:
            return True
    return False


# "State Security Service", "State Border Guard Service": the field's words between "State" and the body's word.
_FIELD_WORDS_BEFORE_HEAD = 3


def post_of_a_post(doc: ActorDocument, titles: list[int], last: int) -> int | None:
    """The first title of 'Special Representative of the UN Secretary-General' when the run ends with
    another post after its "of": the title whose remit that post is."""
    tokens = doc.tokens
    if not titles or titles[-1] != last:
        return None
    head = next((t for t in titles if t + 2 < last and tokens[t + 1].folded in ("of", "for")), None)
    return head


# An envoy's post that a people's adjective makes one post: "the British Ambassador", "the Kenyan
# High Commissioner" (a rank alone, "the Ambassador", is left).
_ENVOY_POSTS = word_set("ambassador commissioner consul")


_ENVOY_RANKS = word_set("high deputy")  # "the Kenyan High Commissioner", "the French Deputy Ambassador"


def post_after_demonym(
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


def demonym_opens_post(doc: ActorDocument, found: list[Candidate], post: Candidate) -> list[Candidate]:
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


# A state named by its form alone after a post: "President of the Republic", "Head of the Federation".
_FORMS_OF_STATE = word_set("republic kingdom federation union commonwealth confederation principality emirate")


def place_of_post(doc: ActorDocument, rest: int, last: int) -> list[Candidate]:
    """'Minister for the Middle East', 'Governor of Texas': the gazetteer's place that the remit names
    whole (after "the"), as a draft of its own beside the post."""
    tokens = doc.tokens
    while rest < last and (tokens[rest].folded in NAME_GLUE or tokens[rest].folded == "to"):
        rest += 1  # "High Commissioner to the Maldives": the state an envoy is sent to, too
    second = next((k + 1 for k in range(last - 1, rest, -1) if tokens[k].folded == "and"), None)
    if second is not None:
        # "Minister for International Development and the Pacific": the remit's last field may be the place
        return place_of_post(doc, second, last)
    words = tuple(tokens[k].folded for k in range(rest, last + 1))
    if not words or not all(cased(tokens[k]) or tokens[k].folded in NAME_GLUE for k in range(rest, last + 1)):
        return []  # "Horn of Africa": small words inside the place's name
    name = doc.text[tokens[rest].start : tokens[last].end]
    if len(words) == 1 and words[0] in _FORMS_OF_STATE:
        return []  # "President of the Republic": the post's own state by its form, no town called Republic
    place = doc.gazetteer.lookup(words)
    if place is not None:
        # "Ambassador to Indonesia": the state an envoy is sent to stays a state
        kind = ActorKind.state if place.kind == "state" else ActorKind.place
        return [Candidate(rest, last, name, kind, "a known place in a post's remit", 0.6, gazetteer_name=place.name)]
    if len(words) == 2 and words[0] in COMPASS and doc.gazetteer.lookup(words[1:]) is not None:
        # "EU Special Representative for the South Caucasus": a part of a known land, named by its compass point
        return [Candidate(rest, last, name, ActorKind.place, "a known land's part in a post's remit", 0.55)]
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


# A rank that is an ordinary adjective too: after a firm's name it is part of it ("Medibank Private").
# (Not "General" or "Major": "Quartermaster General" is a post, "Ursa Major" a constellation.)
_ADJECTIVE_RANKS = word_set("private")


_RARE_FIRM_WORD = 3.0  # Zipf: a word this rare before the rank is a coined name, not a word of a title


def firm_before_rank(doc: ActorDocument, position: int, last: int, titles: list[int]) -> Candidate | None:
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


# Hospitals and firms named "<name> General ...": "Threlby General Hospital", "Leeds General Infirmary", and the
# Gulf's trading houses "Harwick General Trading", "Saqr General Contracting" (a firm that trades in all goods).
_GENERAL_HEADS = word_set("hospital infirmary trading contracting")


def title_before_a_hospital(doc: ActorDocument, k: int, last: int) -> bool:
    """'General' of 'Threlby General Hospital' or 'Harwick General Trading', 'Coach' of 'Threlby Coach
    Station': a title word right before the head that ends the run is the name's, no post (not "Surgeon
    General")."""
    if k + 1 != last:
        return False
    word, head = doc.tokens[k].folded, doc.tokens[last].folded
    return (k > 0 and word == "general" and head in _GENERAL_HEADS) or (word, head) in HEAD_AFTER_FIRST


def longer_titled_name(doc: ActorDocument, first: int, last: int) -> bool:
    """'State Sen. Lorenzo Bautista-Hale': a title opens the run and the person's name after it has more words
    than the last two (a given name, then a family name that is a given name too, "Bautista")."""
    person = titled_person(doc, first, last)
    return person is not None and person.first < last - 1


_JUNIOR = frozenset(("jr", "sr"))


def surname_after_given_name(doc: ActorDocument, k: int, position: int, last: int) -> bool:
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


def second_half_of_name(doc: ActorDocument, k: int) -> bool:
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


# Capitalised labels of a page before a name: "NEWS PROVIDED BY", "SOURCE". Words this common
# (Zipf; "news" 5.4, "exclusive" 4.6) in capitals are a label's, not an acronym's ("BBC" 4.6 is known).
_LABEL_WORD_ZIPF, _LABEL_WORD_LETTERS = 4.5, 4


_LABEL_GLUE = frozenset(("by", "of", "from", "for", "and"))


def capitals_label_end(doc: ActorDocument, first: int, last: int) -> int | None:
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
    if k == first + 1 == last and has_cue((tokens[last].folded,)):
        return None  # "CARE International", "SAVE Foundation": a body's own name in capitals, then its head word
    return k - 1


# How common (Zipf) a word must be to read as a common noun before a name ("Engineer", "Parent").
_OPENING_NOUN_ZIPF = 3.0


def staff_after(doc: ActorDocument, last: int) -> bool:
    """A staff noun right after the name: "Former Ardenmoor employees"."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].folded in FORMER_STAFF_NOUNS
        and doc.text[tokens[last].end : tokens[last + 1].start] == " "
    )


def noun_after(doc: ActorDocument, last: int) -> bool:
    """A lower-case word (no function word) right after the name: "Former Tarnby adviser"."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or not tokens[last].joined or doc.text[tokens[last].end : tokens[last + 1].start] != " ":
        return False
    following = tokens[last + 1]
    return following.text.isalpha() and following.text.islower() and following.folded not in FUNCTION_WORDS


def person_noun_opening(doc: ActorDocument, first: int) -> bool:
    word = doc.tokens[first].folded
    return word in PERSON_NOUNS_OPENING or (doc.sports and word in SPORTS_POSITIONS)


def common_noun_before_name(doc: ActorDocument, first: int) -> bool:
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
        and not vietnamese_name_at(doc.tokens, first)  # "Do Minh Tuan told": a family name that reads as a word
        # "Park Chan-wook, the director": a Korean family name before a hyphened given name
        and not (word in KOREAN_SURNAMES and hyphened_given_name(doc.text, doc.tokens, first))
        and not korean_name_apart(doc, first)  # "Yoon Suk Yeol said": the syllables written apart
        # "Harlan Dale Vierkant, 92, ... Harlan was born": a word the page also writes alone as a name, never in
        # lower case, is the person's given name, no common noun before it
        and not (word in doc.alone and word not in doc.lower_case)
    )


def service_rank_words(doc: ActorDocument, first: int, last: int) -> int:
    """How many words of a service's rank open the run, when at least two words of a name follow it."""
    words = tuple(doc.tokens[k].folded for k in range(first, last + 1))
    for rank in SERVICE_RANKS:
        if len(words) >= len(rank) + 2 and words[: len(rank)] == rank:
            return len(rank)
    return 0


# Body words that, right before a title, name the rank of a post, not a body: "Cabinet Secretary for
# Defence", "Cabinet Minister" (a person), unlike "Cabinet Office".
_POST_RANK_BODY_WORDS = word_set("cabinet")


# Portfolios whose last word is a body's head elsewhere, named right before a minister's title: "Civil Aviation
# Minister X", "Local Government Minister X", "Emergency Management Minister X" (no body "Civil Aviation" is
# named there).
_PORTFOLIOS_WITH_A_HEAD = frozenset((("civil", "aviation"), ("local", "government"), ("emergency", "management")))


def in_portfolio(doc: ActorDocument, k: int, name: int) -> bool:
    """Whether token `k` is a word of such a portfolio, right before the title that ends before `name`."""
    tokens = doc.tokens
    return any(
        first >= 0
        and first + 2 < name
        and tokens[first + 2].folded in TITLES
        and (tokens[first].folded, tokens[first + 1].folded) in _PORTFOLIOS_WITH_A_HEAD
        for first in (k - 1, k)
    )


def words_before_title(doc: ActorDocument, position: int, title: int) -> tuple[str, ...]:
    """The words of a run up to its last title, less a body word that only ranks the post."""
    tokens = doc.tokens
    return tuple(
        tokens[k].folded
        for k in range(position, title + 1)
        if not (tokens[k].folded in _POST_RANK_BODY_WORDS and k + 1 <= title and tokens[k + 1].folded in TITLES)
    )


def head_word_in_title(doc: ActorDocument, candidate: Candidate) -> bool:
    tokens = doc.tokens
    after = candidate.last + 1
    return (
        candidate.first == candidate.last
        and tokens[candidate.first].folded in BODIES_BY_HEAD
        and after < len(tokens)
        and tokens[after].folded in TITLES
        and cased(tokens[after])
    )


# Acronyms for a kind of body or group of people, not for one: "NGO", "CSO", "IDP".
# The last word of a post's remit: "... for Foreign Affairs and Security Policy".
REMIT_ENDS = word_set("affairs policy")


def members_of_body(doc: ActorDocument, first: int, last: int) -> int | None:
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


def _portfolio_word(token: Token) -> bool:
    """'Foreign', 'Defence', 'Finance': a common word naming a field of work, not a name's."""
    return token.text[1:].islower() and zipf(token.folded) >= _PORTFOLIO_WORD and not has_cue((token.folded,))


_PORTFOLIO_WORD = 3.5  # Zipf: "foreign" 5.0, "defence" 4.5, "interior" 4.0, "Varnak" 0


def state_before_its_post(doc: ActorDocument, first: int, last: int) -> int | None:
    """'a former Kwara State Commissioner for Works, Ilse Varn', 'the Lagos State Attorney General': a
    federation's state, then the title of its officer and the post's remit; where the state's name ends."""
    tokens = doc.tokens
    for k in range(first + 2, last + 1):
        if tokens[k - 1].folded != "state" or tokens[k].folded not in TITLES or not tokens[k].text.istitle():
            continue
        if any(tokens[j].folded in NAME_WORD for j in range(first, k - 1)):
            return None  # "the Islamic State Emir": a body's word before "State"
        rest = [tokens[j].folded for j in range(k + 1, last + 1)]
        if all(word in TITLES or word in TITLE_PARTS for word in rest) or (rest and rest[0] in _REMIT_OPENERS):
            return k - 1
    return None


_REMIT_OPENERS = word_set("for of")
