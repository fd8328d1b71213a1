"""Firms known by who speaks for them: 'analysts at', 'At X, which ..., Y said', 'X said it', a job held at a firm."""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    FIRM_DEEDS,
    PEOPLE_NOUNS,
    PLACE_PREPOSITIONS,
    STAFF_JOBS,
    TOWN_TRADES,
    WHICH_BODY_PARTICIPLES,
    WHICH_BODY_VERBS,
    WHICH_HAS_FIRM_NOUNS,
    WHICH_RUNS_VERBS,
)
from dossier.ingest.listed_firms import is_listed_firms_word
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import WORD_ALONE, is_title
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.ingest.person_names import firm_of_common_words
from dossier.ingest.place_evidence import LARGE_CITY

# What may follow "added" when it reports speech: "added that", "added he", "she added, ...".
_SPEECH_AFTER_ADDED = word_set("that he she they it we i")


def added_something(doc: ActorDocument, k: int) -> bool:
    """'added weekly services', 'added 3%': "added" (at `k`) with an object right after it, no speech."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or not tokens[k].joined:
        return False
    nxt = tokens[k + 1]
    return (nxt.text.islower() or nxt.text[:1].isdigit()) and nxt.folded not in _SPEECH_AFTER_ADDED


FIRM_SPEECH = word_set("said says told added announced confirmed warned apologised apologized")


_ANALYST_SPEECH = word_set("said says wrote writes noted notes added argued warned expects thinks")


_SPEAKER_NAME_WORDS = 3  # "Renata Szell-Moreau", "Colm Bradigan": a name of up to three words


_SPEAKER_JOB_WORDS = 5  # "head of crude analysis", "chief economist" before the speaker's name


# Jobs one holds at a firm, named before the speaker: "head of research", "chief economist", "analyst".
_FIRM_JOB_WORDS = word_set(
    "head analyst economist strategist director chief executive officer researcher partner manager founder lead "
    # "Ilse Varn, a broker at Quellmark": who deals or advises for a firm's clients
    "broker banker consultant adviser advisor"
)


_WHICH_CLAUSE_WORDS = 12  # ", which tracks tankers by satellite," between the firm and its speaker


# Who works at a firm and is quoted by it: "analysts at", "a partner at" (not "sold at", a shop or a place).
_STAFF_BEFORE_AT = word_set(
    "analyst analysts economist economists strategist strategists trader traders researcher researchers "
    "executive executives partner partners lawyer lawyers banker bankers counsel"
)


# What one holds at a bank or a broker: "an account at Tarnby", "savings accounts with Quellmark".
_HELD_AT_A_FIRM = word_set("account accounts")


def speaker_before_with(doc: ActorDocument, position: int) -> bool:
    """A person's full name right before "with": two or three capitalised words, the first a given name."""
    tokens = doc.tokens
    if position < 3 or not tokens[position - 2].joined or not tokens[position - 2].capitalised:
        return False
    first = position - 2
    while first > 0 and position - first < 4 and tokens[first - 1].joined and tokens[first - 1].capitalised:
        first -= 1
    return position - 2 > first and is_given_name(tokens[first].folded)


def employer_of_staff_at(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Analysts at Peel Hunt said', 'an analyst with Calder Voss': staff nouns and "at" or "with" before a
    name the gazetteer does not know (a firm named by two surnames is no person met "with")."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 1].text not in ("at", "with") or not tokens[position - 2].joined:
        return False
    staff = tokens[position - 2]
    return staff.text[1:].islower() and staff.folded in _STAFF_BEFORE_AT and doc.gazetteer.lookup(words) is None


def firm_named_like_a_town(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'an analyst at Carnegie', 'an account at Santander': a desk's staff or a customer's account "at" or
    "with" a name the gazetteer holds as a town. Nobody is an analyst at a town, so it is the firm of that
    name (jobs held at a site, "engineers at Fukushima", are not in `_STAFF_BEFORE_AT`: they keep the place).
    A state, a region or a city of a million is left to the gazetteer."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 1].text not in ("at", "with") or not tokens[position - 2].joined:
        return False
    before = tokens[position - 2]
    if not before.text.islower() or (before.folded not in _STAFF_BEFORE_AT and before.folded not in _HELD_AT_A_FIRM):
        return False
    after = doc.tokens[position + len(words)] if position + len(words) < len(tokens) else None
    if after is not None and after.text.islower() and after.folded in TOWN_TRADES:
        return False  # "a partner at Leeds firm Harcastle Brook": the town the firm is in, then the firm
    place = doc.gazetteer.lookup(words)
    return place is not None and place.kind == "place" and place.population < LARGE_CITY


_JOB_PHRASE_WORDS = 6  # ", head of market analysis at": the job in lower case between the comma and "at"


def employer_after_a_job(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Ilse Varn, head of market analysis at Quorwin', 'Ada Pell, an economist at Tarnby': a person's name,
    a comma, a job held at a firm (`_FIRM_JOB_WORDS`) in lower case, then "at" and a name the gazetteer does
    not know: where the person works ("Ilse Varn, a nurse at Tarnby" keeps its town: no firm's job)."""
    tokens, text = doc.tokens, doc.text
    if position < 4 or tokens[position - 1].text != "at" or doc.gazetteer.lookup(words) is not None:
        return False
    for k in range(position - 2, max(0, position - 2 - _JOB_PHRASE_WORDS), -1):
        if not tokens[k].text.islower() or not tokens[k].joined:
            return False
        if text[tokens[k - 1].end : tokens[k].start] == ", ":
            # the job's head may come after its field: "investment director at", "chief market strategist at"
            held = any(tokens[j].folded in _FIRM_JOB_WORDS for j in range(k, position - 1))
            return held and tokens[k - 1].capitalised
    return False


def speaker_employer(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'At Quorwin Tessel, Renata Holm said ...': a sentence opened by "At", a name, a comma and then a
    person's name with a verb of speech is where the speaker works (analysts are quoted so); a town the
    gazetteer knows stays a place ("At Tarnby, Harold Quist said")."""
    tokens, text = doc.tokens, doc.text
    if position < 1 or tokens[position - 1].text != "At" or position - 1 not in doc.sentence_first:
        return False
    gap = text[tokens[last].end : tokens[last].end + 4]
    if not gap.startswith((", ", "'s, ", "’s, ")) or doc.gazetteer.lookup(words) is not None:
        return False  # ("At Moody's, analyst Ilse Holm said": a firm named in the possessive)
    start = job = _past_which_clause(doc, last + 1)
    while start < len(tokens) and start - job < _SPEAKER_JOB_WORDS and tokens[start].text.islower():
        start += 1  # the speaker's job in lower case: "investigations head", "head of research"
    if start > job and not any(tokens[j].folded in _FIRM_JOB_WORDS for j in range(job, start)):
        return False  # "At Tarnby, mayor Ilse Holm said": a town's office, not a firm's job
    k = start
    while k < len(tokens) and k - start < _SPEAKER_NAME_WORDS and tokens[k].capitalised:
        k += 1
    # a speaker's name of two or three words ("Renata Holm"), then the verb
    return k - start >= 2 and k < len(tokens) and tokens[k].text in _ANALYST_SPEECH


def _past_which_clause(doc: ActorDocument, k: int) -> int:
    """Where the words after "At Quorwin, which tracks ship movements, " go on; `k` itself when no
    ", which ..." clause opens there (a clause that runs on past its comma is no aside)."""
    tokens, text = doc.tokens, doc.text
    if k >= len(tokens) or tokens[k].text != "which":
        return k
    for j in range(k + 1, min(len(tokens), k + _WHICH_CLAUSE_WORDS)):
        if text[tokens[j].end : tokens[j].end + 2] == ", ":
            return j + 1
        if text[tokens[j].end : tokens[j].end + 1] in ".;:":
            break
    return len(tokens)


# What a firm does that is said of it as of a speaker, after "has": "Stena Line has cancelled the sailings".
_ACTS_OF_A_BODY = word_set("cancelled canceled suspended announced apologised apologized confirmed warned")


def _acts_as_a_body(doc: ActorDocument, last: int) -> bool:
    tokens = doc.tokens
    return (
        last + 2 < len(tokens)
        and tokens[last + 1].text in ("has", "have")
        and tokens[last + 1].joined
        and tokens[last + 2].text in _ACTS_OF_A_BODY
    )


def firm_speaks(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Southern Water said', 'Stena Line said': two capitalised words, the last a frequent word that is
    no family name, right before a speech verb: a body speaks (a person's name would end in a family
    name). Not a place the gazetteer knows, and not a word the page uses alone as a surname."""
    return (
        last + 1 < len(doc.tokens)
        and (doc.tokens[last + 1].folded in FIRM_SPEECH or _acts_as_a_body(doc, last))
        and doc.text[doc.tokens[last].end : doc.tokens[last + 1].start] == " "
        and all(doc.tokens[k].text[:1].isupper() and doc.tokens[k].text[1:].islower() for k in (position, last))
        and firm_of_common_words(doc, words)
        and all(doc.gazetteer.lookup(part) is None for part in (words, words[:1], words[1:]))
    )


def body_named_for_its_state(doc: ActorDocument, first: int, last: int) -> bool:
    """'Kenya Power said', 'Pakistan Railways told': a state's name, then an ordinary word (no title, no place),
    right before a speech verb: a body named for the state it serves, one name (no state and a person). Not
    after a state that is a given name too ("Georgia King said")."""
    tokens = doc.tokens
    if last != first + 1 or last + 1 >= len(tokens) or tokens[last + 1].folded not in FIRM_SPEECH:
        return False
    state = doc.gazetteer.lookup((tokens[first].folded,))
    word = tokens[last].folded
    return (
        state is not None
        and state.kind == "state"
        and not is_given_name(tokens[first].folded)
        and tokens[last].text[:1].isupper()
        and tokens[last].text[1:].islower()
        and zipf(word) >= _BODY_WORD
        and not is_title(word)
        and doc.gazetteer.lookup((word,)) is None
        and doc.gazetteer.country_of_demonym(word) is None
        and doc.text[tokens[last].end : tokens[last + 1].start] == " "
    )


_BODY_WORD = 3.5  # "Power", "Railways", "Telecom": the ordinary word that names what the body does

# Trades that open the name of a state's supplier or agency before the state's name: "Electric Ireland", "Hydro
# Quebec", "Air Canada", "Energy Australia", "Tourism Ireland" (no state acts, and no adverb opens a sentence so).
_TRADES_BEFORE_A_STATE = word_set("electric electricity hydro energy air tourism enterprise screen")


def trade_named_for_its_state(doc: ActorDocument, first: int, last: int) -> bool:
    """'Electric Ireland and Bord Gáis Energy said': a trade's word, then a state's name, is one body named for
    the state it serves, wherever it stands."""
    tokens = doc.tokens
    if last != first + 1 or tokens[first].folded not in _TRADES_BEFORE_A_STATE:
        return False
    state = doc.gazetteer.lookup((tokens[last].folded,))
    return state is not None and state.kind == "state" and tokens[first].text[1:].islower()


def firm_of_two_common_words(doc: ActorDocument, first: int, last: int) -> bool:
    """'Southern Water said', 'United Utilities, which owns the land': a run of two words whose first
    opens a sentence as an ordinary word would ("Southern", "United"), kept whole because the two
    speak or own as a body does, and no person's name could end in the second."""
    if last != first + 1:
        return False
    words = (doc.tokens[first].folded, doc.tokens[last].folded)
    if firm_speaks(doc, first, last, words):
        return True
    return (
        body_after_which(doc, last)
        and not is_surname(words[1])
        and not is_given_name(words[0])
        and all(doc.gazetteer.lookup(part) is None for part in (words, words[:1], words[1:]))
    )


# Adverbs between "which" and a body's verb: "Kestrel Ridge, which also owns Crumbwell".
# ("will", "would": "Ofcom, which will enforce the rules": a modal before what a body does.)
_WHICH_ADVERBS = word_set("also already now still will would")


def body_after_which(doc: ActorDocument, last: int) -> bool:
    """'Hutchison Ports, which owns Felixstowe', 'Brevanta, which is based in Stockport', 'Trellmark (which sponsors
    the project)'."""
    tokens, text = doc.tokens, doc.text
    # (or in brackets: "Trellmark (which sponsors the project)")
    if last + 3 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] not in (", ", " ("):
        return False
    if tokens[last + 1].folded != "which":
        return False
    at = last + 3 if tokens[last + 2].folded in _WHICH_ADVERBS else last + 2  # "which also owns"
    if at + 1 >= len(tokens):
        return False
    if _FIRM_ROLE_AFTER_WHICH.match(text, tokens[last + 2].start):
        return True  # "Globalfab, which will be a supplier of chips to IBM": what only a firm is
    verb = tokens[at].folded
    if verb in ("has", "have") and any(t.folded in WHICH_HAS_FIRM_NOUNS for t in tokens[at + 1 : at + 4]):
        return True  # "Kroo, which have no branches", "Tarnmoor, which has 40 stores"
    if verb in WHICH_RUNS_VERBS:
        return tokens[at + 1].folded not in PLACE_PREPOSITIONS and tokens[at + 1].folded not in _ROUTE_WORDS
    return verb in WHICH_BODY_VERBS or (verb == "is" and tokens[at + 1].folded in WHICH_BODY_PARTICIPLES)


# A firm's role after "which is" or "which will be": "which will be a supplier of chips", "which is the maker of".
_FIRM_ROLE_AFTER_WHICH = re.compile(
    r"(?:is|was|will be|would be|has been|becomes|became) (?:a|an|the) (?:[a-z-]+ )?"
    r"(?:supplier|maker|manufacturer|provider|producer|distributor|retailer|lender|subsidiary)s? of\b"
)
# What a road or a river runs along, after "which runs": "which runs parallel to the canal", "runs alongside".
_ROUTE_WORDS = word_set("along alongside parallel past between beside north south east west down up")


def rare_body_before_which(doc: ActorDocument, word: str, last: int) -> bool:
    """'Unison, which represents most of the porters,', 'Brevanta, which owns the shops,': a rare word
    opening a sentence before what only a body does is that body's name ("Music, which represents..." is
    a common word, and a word the text writes in lower case is an ordinary one)."""
    if word in doc.lower_case or zipf(word) >= WORD_ALONE:
        return False
    return body_after_which(doc, last) or body_after_which(doc, _partner_in_list_end(doc, last))


def rare_word_said_it(doc: ActorDocument, word: str, last: int) -> bool:
    """'Tarvolex said it had worked with police', 'Quellpay, which became a unicorn in 2024, said last month that
    its agents ...': one rare word, no one's given or family name, before "said" and then "it"/"its" for the
    speaker, names a body ("Smith said it would rain" keeps its person: a family name)."""
    if word in doc.lower_case or is_given_name(word) or is_surname(word):
        return False
    if zipf(word) >= WORD_ALONE and not is_listed_firms_word(word):
        return False  # ("Alphabet said its cloud unit grew": an ordinary word, but a listed firm's name)
    return _SAID_IT.match(doc.text, doc.tokens[last].end) is not None


# Pronouns and groups that speak for many without a name: "Everyone said its roof leaked", "Police said its ..."
_NO_ONE_NAMED = word_set("everyone everybody someone somebody anyone anybody nobody police staff management government")
# "said 140 of its masts", "said its network": the speaker's own things a few words after its verb
_SAID_ITS = re.compile(r" (?:said|says|confirmed|announced|warned) (?:[\w,]+ ){0,3}?its\b")


def ordinary_word_said_its(doc: ActorDocument, word: str, last: int) -> bool:
    """'Three said 140 of its masts were down', 'Jazz said its network was back': an ordinary word the page never
    writes in lower case, no one's given or family name, opening a sentence before "said" and then "its" for the
    speaker's own things, is a body named by a common word (a plural, "Officials said its", is no name)."""
    if word in doc.lower_case or is_given_name(word) or is_surname(word) or zipf(word) < WORD_ALONE:
        return False
    if word in _NO_ONE_NAMED or word in PEOPLE_NOUNS:
        return False
    if word.endswith("s") and not word.endswith(("ss", "us")):
        return False
    return _SAID_ITS.match(doc.text, doc.tokens[last].end) is not None


def rare_word_the_firm_after(doc: ActorDocument, word: str, last: int) -> bool:
    """'Tarvolex reported an outage on Thursday, the company said', 'Quellcore warned that sales would slow. The
    Munich-based chipmaker said ...': one rare word, no one's given or family name, acting right after it, and
    the rest of its sentence or the next one calls it by a firm's noun ("the company", "the grid operator"):
    the firm, not an ordinary word or a person ("Ada said the company would close" keeps her given name)."""
    tokens = doc.tokens
    if last + 2 >= len(tokens) or not tokens[last].joined or word in doc.lower_case:
        return False
    if is_given_name(word) or is_surname(word) or (zipf(word) >= WORD_ALONE and not is_listed_firms_word(word)):
        return False
    at = _past_day_and_adverb(tokens, last + 1)
    verb = tokens[at]
    acting = verb.text.islower() and (
        verb.folded in FIRM_DEEDS or verb.folded in FIRM_SPEECH or verb.folded == "shares"
    )
    if not acting:
        return False
    start = tokens[last + 1].start
    rest = doc.text[start : start + _FIRM_NOUN_REACH]
    # (a stop after a short capitalised word ends an abbreviation, not the sentence: "on Dec. 19", "Quellmark Inc.")
    ends = [m.end() for m in _SENTENCE_END.finditer(rest) if not _ABBREVIATION_BEFORE.search(rest, 0, m.start())][:2]
    rest = rest[: ends[-1]] if ends else rest
    # ("Halvorsen said the company would close": what a person says of a firm names no firm by the speaker)
    return any(not _SPOKEN_ABOUT.search(rest, 0, m.start()) for m in _THE_FIRM_NOUN.finditer(rest))


def _past_day_and_adverb(tokens: list[Token], k: int) -> int:
    """Where the verb stands after a firm's name, past the day and one adverb a wire puts between them: "Tarvolex
    on Friday extensively revised", "Quellmark initially confirmed", "Varnex also reported"."""
    if k + 2 < len(tokens) and tokens[k].folded == "on" and tokens[k + 1].folded in _WEEKDAYS:
        k += 2
    if (
        k + 1 < len(tokens)
        and tokens[k].text.islower()
        and (tokens[k].folded.endswith("ly") or tokens[k].folded in _ADVERBS)
    ):
        k += 1
    return k


_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_ADVERBS = word_set("also still now then again later first")
_FIRM_NOUN_REACH = 320  # the rest of the sentence and the next one
_SPOKEN_ABOUT = re.compile(r"\b(?:said|says|told|warned|added|that)\s+$")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_ABBREVIATION_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,3}|(?:[A-Z]\.)+[A-Z])$")
# A firm called back by its noun, with up to two words between: "the company", "the Danish carrier",
# "the Munich-based chipmaker", "the grid operator's".
_THE_FIRM_NOUN = re.compile(
    r"\b[Tt]he (?:[\w-]+ ){0,2}(?:company|firm|carmaker|chipmaker|automaker|operator|carrier|utility|producer"
    r"|developer|lender|insurer|retailer|miner|manufacturer|supplier|exporter|shipper|forwarder|conglomerate)\b"
)


# "said it had", "said on Monday that its", ", which ..., said last month that its", "confirmed it would", "said in
# a statement that its", "said it knew of": what speaks of itself as "it"
_SAID_IT = re.compile(
    r"(?:, which [^,.]{1,80},)? (?:said|says|confirmed|announced|warned)"
    # (both a statement and a day: "said in a statement on Monday that it would appeal")
    r"(?: in a (?:statement|filing|regulatory filing|stock exchange filing))?"
    r"(?: (?:on|last|this|in) \w+| after the \w+)?"
    r"(?: that)? (?:its\b|it (?:had|has|would|will|plans|planned|expects|expected|knew|knows)\b)"
)
# What a body issues when it speaks: "Tarnwick said in a statement", "Quellmoor said in a stock exchange filing".
_SAID_IN_A_STATEMENT = re.compile(
    r" (?:said|says|confirmed|announced) in a "
    r"(?:statement|filing|regulatory filing|stock exchange filing|press release)\b"
)


def rare_word_said_in_a_statement(doc: ActorDocument, word: str, last: int) -> bool:
    """'Tarnwick said in a statement that no one was hurt': one rare word, no one's given or family name and not
    the family name of anyone the page names in full, speaking through a statement or a filing, is a body (a
    person is named in full first, and the family name alone then links to that person)."""
    if word in doc.lower_case or word in doc.given_surnames or is_given_name(word) or is_surname(word):
        return False
    if zipf(word) >= WORD_ALONE and not is_listed_firms_word(word):
        return False
    said = _SAID_IN_A_STATEMENT.match(doc.text, doc.tokens[last].end)
    if said is None:
        return False
    # "Okafor said in a statement that he would fight the charge": the statement calls its speaker a person
    rest = doc.text[said.end() : said.end() + _REST_OF_STATEMENT].split(".", 1)[0]
    return _PERSONS_PRONOUN.search(rest) is None


_REST_OF_STATEMENT = 160
_PERSONS_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


def _partner_in_list_end(doc: ActorDocument, last: int) -> int:
    """'Tarvolex and Quellmoor Bank, which report next week': the last word of the name listed after "and"
    (`last` itself when no such name follows), so that what the list does is said of each of its names."""
    tokens = doc.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].folded not in ("and", "&") or not tokens[last].joined:
        return last
    end = last + 2
    if not cased(tokens[end]):
        return last
    while end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    return end


def number_after_verb(doc: ActorDocument, last: int) -> bool:
    """'Ether added 1.4%', 'Varncoin added $200': a figure right after "added", not words said."""
    tokens, text = doc.tokens, doc.text
    if last + 2 >= len(tokens) or tokens[last + 1].folded != "added":
        return False  # "Halvorsen said 40 jobs would go": words said may open with a figure
    return text[tokens[last + 1].end : tokens[last + 2].start] == " " and (
        tokens[last + 2].text[:1].isdigit() or tokens[last + 2].text[:1] in "$£€"
    )


def job_holder_before_of(doc: ActorDocument, position: int) -> bool:
    """'Analyst Gareth Lindqvist of', 'said economist Ada Pell of': a job held at a firm (`STAFF_JOBS`),
    then its holder's name of two or more words, then "of"."""
    tokens = doc.tokens
    end = position - 2
    if end < 1 or not tokens[end].capitalised or not tokens[position - 1].text.islower():
        return False
    start = end
    while start > 0 and tokens[start - 1].capitalised and tokens[start - 1].joined:
        start -= 1
    if tokens[start].folded in STAFF_JOBS and end - start >= 2:
        return True
    if start > 0 and tokens[start - 1].folded in STAFF_JOBS and end - start >= 1:
        return True
    # "A lawyer for Brenmoor, Ellis Tan of Dunmore Locke, said": the job named before the comma
    if end - start < 1 or start < 2 or doc.text[tokens[start - 1].end : tokens[start].start] != ", ":
        return False
    for k in range(start - 1, max(-1, start - 6), -1):
        if tokens[k].folded in _COUNSEL_JOBS and tokens[k].text.islower():
            return True
        if k in doc.sentence_first:
            break
    return False


# Who acts for a client as a member of a firm: "a lawyer for the owner, Ellis Tan of Dunmore Locke,".
_COUNSEL_JOBS = word_set("lawyer lawyers solicitor solicitors barrister attorney attorneys counsel analyst economist")


# Number words, which the tokens take for glue: capitalised and alone, they may be a firm's name ("Three").
NUMBER_WORDS = word_set("one two three four five six seven eight nine ten")


def ordinary_word_named_as_a_body(doc: ActorDocument, position: int, word: str) -> bool:
    """'my mobile provider, Three, charged me ... Three's network was not at fault': a word (a number word too),
    no one's given or family name and no plural or group, that somewhere on the page owns a body's
    things or says "it"/"its" of itself right after its capitalised form, names a body wherever it stands
    ("Rowlands said", a family name, and "Officials said its", a plural, stay apart)."""
    if word not in NUMBER_WORDS and word in doc.lower_case:
        return False
    if is_given_name(word) or is_surname(word) or word in _NO_ONE_NAMED or word in PEOPLE_NOUNS:
        return False
    if word.endswith("s") and not word.endswith(("ss", "us")):
        return False
    spelled = doc.tokens[position].text
    if not spelled[:1].isupper() or spelled.isupper():
        return False
    owners, speakers_of_it = _words_shown_as_bodies(doc.text)
    # ("History said it would be kind": an ordinary word's "it" may be the thing spoken of; "its" is its own)
    said_it = word in NUMBER_WORDS or zipf(word) < WORD_ALONE
    return spelled in owners or (said_it and spelled in speakers_of_it)


# Capitalised words before what a body owns or says of itself, found in one pass over the page (a page is read once
# for all its names, not once per name): "Three's network", "Jazz said its"; and those before "said it had".
_CAPITALISED_BEFORE_OWNING = re.compile(
    r"\b([A-Z][\w-]*)(?=['’]s (?:network|networks|customers|subscribers|shares|shareholders|chief executive|stores"
    r"|branches|shops|drivers|buses|masts|service|services|platform|servers)\b"
    r"| (?:said|says|confirmed|announced|warned) (?:[\w,]+ ){0,3}?its\b)"
)
_CAPITALISED_BEFORE_SAID_IT = re.compile(r"\b([A-Z][\w-]*)(?=" + _SAID_IT.pattern + ")")
_SHOWN_AS_BODIES: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _words_shown_as_bodies(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The capitalised words the page shows owning a body's things or saying "its", and those saying "it had"."""
    found = _SHOWN_AS_BODIES.get(text)
    if found is None:
        owners = frozenset(m.group(1) for m in _CAPITALISED_BEFORE_OWNING.finditer(text))
        speakers = frozenset(m.group(1) for m in _CAPITALISED_BEFORE_SAID_IT.finditer(text))
        _SHOWN_AS_BODIES.clear()  # one page at a time: the last page's words only
        found = _SHOWN_AS_BODIES[text] = (owners, speakers)
    return found


# A firm's legal form as American releases write it, after the name's comma.
_LEGAL_FORMS_AFTER_A_COMMA = word_set("inc llc ltd corp plc limited llp gmbh")


def legal_form_after_comma(doc: ActorDocument, last: int) -> str | None:
    """'Quillmetric, Inc. today reported', 'Varnex, LLC said': the firm's legal form after the name's comma, as
    written (only a firm is so named)."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or doc.text[tokens[last].end : tokens[last + 1].start] != ", ":
        return None
    form = tokens[last + 1]
    if form.folded not in _LEGAL_FORMS_AFTER_A_COMMA or not form.text[:1].isupper():
        return None
    # (the form ends the firm's name: "Tarnby, Ltd. Street" is no release's firm)
    if last + 2 < len(tokens) and form.joined and tokens[last + 2].capitalised:
        return None
    return form.text


# What a trader does, in the plural British English gives a firm named in the singular: "Screwfix sell the
# washers", "Quellfix sell cheap valves" (not "stock", "supply" or "offer": nouns as often, "Zorvakin stock fell",
# "the Alabuga supply network").
_TRADERS_PLURAL_VERBS = word_set("sell deliver")


def rare_name_sells_in_the_plural(doc: ActorDocument, words: tuple[str, ...], last: int) -> bool:
    """'Screwfix sell the washers for pennies': a rare name, no one's given or family name and no plural, before a
    trader's verb in the plural and a word in lower case is a firm (a person "sells"; a firm's staff "sell")."""
    tokens = doc.tokens
    if last + 2 >= len(tokens) or not tokens[last].joined or not tokens[last + 1].joined:
        return False
    verb, after = tokens[last + 1], tokens[last + 2]
    if verb.folded not in _TRADERS_PLURAL_VERBS or not verb.text.islower() or not after.text[:1].islower():
        return False
    word = words[-1]
    if word.endswith("s") or word in doc.lower_case or is_given_name(words[0]) or is_surname(word):
        return False
    return len(words) > 1 or zipf(word) < WORD_ALONE  # one word alone: no word of the language ("Apples sell")
