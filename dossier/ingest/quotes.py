"""Propose quotes: what a source reports someone said, with who said it, anchored exactly.

A sentence with a speech verb ("said", "told", "announced", "denied", "according to",
"quotes an unnamed official saying") is reported speech. When it holds words in quotation
marks of three words or more, each of those is a quote; otherwise the whole sentence is.
The speaker is the actor the attribution names, when it names exactly one; otherwise the
source's own words are kept ("An official with the Ukrainian government", "an unnamed
official"), since who an anonymous source is must never be guessed. "He said" goes to the
person named last in the sentences before, and says so in `found_by`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossier.ingest import speech
from dossier.ingest.common_words import zipf
from dossier.ingest.mentions import Mention
from dossier.ingest.sentences import Sentence
from dossier.model import ID_RE, Stance

_VERBS = (
    r"said|says|told|tells|announced|announces|declared|declares|insisted|insists|denied|denies|warned|warns|"
    # Not "states", "reports", "claims", "notes": as nouns they are far more common ("the United States").
    r"confirmed|confirms|claimed|stated|added|noted|accused|accuses|argued|argues|"
    r"wrote|writes|explained|explains"
)
_AUX = r"(?:(?:has|have|had|also|previously|later|earlier|then|repeatedly|once)\s+)*"
# '"...," said X' (only after a closing quotation mark: ", said the deployment was" is not this).
_VERB_SUBJECT = re.compile(r"[,.!?]?[”\"]\s*(?P<verb>said|says|told|added|wrote)\s+(?P<who>[^,.;:“”\"]{2,60})", re.I)
# "X, who ..., said": the subject is before the aside.
_APPOSITIVE = re.compile(
    rf"^(?P<who>[^,;:“”\"()]{{2,80}}),\s+(?:who|which|whose)\b[^;:“”\"]{{0,120}}?,\s+{_AUX}(?P<verb>{_VERBS})\b",
    re.I,
)
_ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:“”\"]{2,80})", re.I)
_QUOTES_SAYING = re.compile(r"\bquotes (?P<who>[^,.;:“”\"]{2,80}?) (?:as )?saying\b", re.I)
_QUOTED = re.compile(r"“([^”]{3,600})”|\"([^\"]{3,600})\"")
_PRONOUNS = frozenset({"he", "she"})
# Subjects that name no one ("Nobody told me it existed", "Someone wrote").
_NO_ONE = frozenset({"nobody", "no one", "someone", "somebody", "anyone", "anybody", "everyone", "everybody"})
_DENIES = re.compile(r"\bden(?:ied|ies|y|ying)\b", re.I)


@dataclass
class QuoteDraft:
    start: int
    end: int
    attributed_to: str | None
    stance: Stance
    about: list[str] = field(default_factory=list)
    found_by: str = ""


@dataclass(frozen=True)
class Attribution:
    words: str  # as the source writes them, with runs of white space made single spaces
    start: int  # in the source
    end: int
    verb: str


# Whether a sentence may report speech at all: one cheap search before the costlier patterns.
_ANY_SPEECH = re.compile(rf"\b(?:{_VERBS}|according to|saying)\b", re.I)
# Not a passive ("an attack claimed by the group", "figures confirmed by police"): the words before
# it are what was said, not who said it.
_VERB_ONLY = re.compile(rf"\s+{_AUX}(?P<verb>{_VERBS})\b(?!\s+by\b)", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:“”\"()]")
# Auxiliaries of a passive: "the test being added in December", "a clause was added", "it has been claimed":
# the words before them are what was said or done, not who said it.
_PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"})
# Adverbs between the auxiliary and the verb: "was almost declared extinct", "is widely claimed".
_ADVERBS_IN_A_PASSIVE = frozenset({"almost", "not", "never", "often", "just", "already", "still", "since", "first"})


def _adverb(word: str) -> bool:
    """A word made an adverb by "-ly" from a word English uses ("firmly", "publicly", "angrily"); not a noun
    that ends so ("family", "assembly", "ally")."""
    if not (word.islower() and word.endswith("ly") and len(word) > 4):
        return False
    stem = word[:-2]
    stems = (stem, stem[:-1] + "y") if stem.endswith("i") else (stem,)
    return any(len(form) >= 3 and zipf(form) >= _WORD_IN_USE for form in stems)


_WORD_IN_USE = 3.0


def _without_trailing_adverbs(who: str) -> str:
    """The speaker without a trailing adverb: "The minister" of "The minister firmly said"."""
    words = who.split()
    while len(words) > 1 and _adverb(words[-1]):
        words.pop()
    return who[: who.rfind(words[-1]) + len(words[-1])] if words else who


# Words that open a clause before its subject: "But the maintainers insisted", "So one of our contributors
# wrote", "which the company denies", "– Irish health officials confirmed" (after a dateline's dash).
_BEFORE_THE_SUBJECT = re.compile(r"^[\s–—-]*(?:(?:so|but|and|yet|still|now|then|however|which|whom)\s+)*", re.I)
# "That said, ...": a turn of phrase, no one's speech (as "Having said that" is).
_TURNS_OF_PHRASE = frozenset({"that", "this"})


def _subject(words: str) -> str:
    return _BEFORE_THE_SUBJECT.sub("", words.strip(), count=1)


def _after_a_passive_auxiliary(before: str) -> bool:
    words = [word.lower() for word in before.split()]
    while words and (words[-1] in _ADVERBS_IN_A_PASSIVE or _adverb(words[-1])):
        words.pop()
    return bool(words) and words[-1] in _PASSIVE_AUXILIARIES


def find_attribution(sentence: Sentence) -> Attribution | None:
    text = sentence.text
    if not _ANY_SPEECH.search(text):
        return None
    for pattern in (_QUOTES_SAYING, _APPOSITIVE, _ACCORDING, _VERB_SUBJECT):
        match = pattern.search(text)
        if match:
            who = _subject(match.group("who"))
            if len(who) < 2:
                continue
            start = sentence.start + match.start("who") + match.group("who").find(who)
            verb = (
                match.group("verb")
                if "verb" in match.groupdict()
                else ("according to" if pattern is _ACCORDING else "quotes")
            )
            return Attribution(who, start, start + len(who), verb.lower())
    # "X said": the verb first, then its subject, the end of the clause before it (no backtracking).
    for match in _VERB_ONLY.finditer(text):
        if _after_a_passive_auxiliary(text[: match.start()]):
            continue
        who = _CLAUSE_BREAK.split(text[: match.start()])[-1]
        # The subject is the end of the clause: drop "and", "but", "that" and what precedes them.
        who = re.split(r"\b(?:and|but|that|what|while|as|because|after|when)\s+", who)[-1].strip()
        who = _subject(_without_trailing_adverbs(who))
        if len(who) < 2 or len(who.split()) > 9:
            continue
        if who.lower() == "having" or (who.lower() in _TURNS_OF_PHRASE and text[match.end() : match.end() + 1] == ","):
            continue
        start = sentence.start + text.rfind(who, 0, match.start())
        return Attribution(who, start, start + len(who), match.group("verb").lower())
    return None


def propose_quotes(
    sentence: Sentence,
    mentions: list[Mention],
    previous_person: str | None,
    person_ids: set[str],
    language: str = "en",
) -> list[QuoteDraft]:
    """The quotes of one sentence (empty when it reports no speech). A source in another language
    is read with that language's row of `speech.ROWS`, or not at all when it has none."""
    quoted = _QUOTED
    if language == "en":
        attribution = find_attribution(sentence)
    else:
        attribution, quoted = _other_language(sentence, language)
    if attribution is None:
        return []
    speaker: str | None
    quoted_spans = [
        (sentence.start + match.start(), sentence.start + match.end()) for match in quoted.finditer(sentence.text)
    ]
    # ("'We finally got justice for Rodney,' she said": a name inside the quotation is not who speaks)
    outside = [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in quoted_spans)]
    speaker, how = _speaker(attribution, mentions, outside, previous_person, person_ids)
    rules = speech.rules_for(language) if language != "en" else None
    if rules is not None and how.startswith("as the source") and rules.is_pronoun(attribution.words):
        # "добавила она", "ele disse": a pronoun names no one by itself.
        speaker, how = (
            (previous_person, f"'{attribution.words}', taken as the person named just before")
            if previous_person
            else (None, f"not identified ('{attribution.words}')")
        )
    if speaker is not None:
        speaker = " ".join(speaker.split())
    if (
        speaker is not None
        and how.startswith("as the source")
        and (ID_RE.fullmatch(speaker) or speaker.lower() in _NO_ONE)
    ):
        # Words such as "they" would read as an actor id that does not exist, and "Nobody told me" names no one:
        # leave the speaker open.
        speaker, how = None, f"not identified ('{attribution.words}')"
    stance = Stance.reports if attribution.verb in ("according to", "quotes", "reported", "reports") else Stance.asserts
    if _DENIES.search(attribution.verb) or (language != "en" and speech.denies(attribution.verb)):
        stance = Stance.denies
    found_by = f"reported speech ('{attribution.verb}'); speaker {how}"
    spans: list[tuple[int, int]] = []
    for match in quoted.finditer(sentence.text):
        group = next(number for number in range(1, (match.re.groups or 0) + 1) if match.group(number) is not None)
        if len(match.group(group).split()) >= 3:
            spans.append((sentence.start + match.start(group), sentence.start + match.end(group)))
    if not spans:
        spans = [(sentence.start, sentence.end)]
    quotes: list[QuoteDraft] = []
    for start, end in spans:
        about = []
        for mention in mentions:
            if start <= mention.start and mention.end <= end and mention.actor_id not in about:
                about.append(mention.actor_id)
        quotes.append(QuoteDraft(start, end, speaker, stance, about, found_by))
    return quotes


def _other_language(sentence: Sentence, language: str) -> tuple[Attribution | None, re.Pattern[str]]:
    rules = speech.rules_for(language)
    found = rules.find(sentence) if rules is not None else None
    if found is None:
        return None, speech.QUOTED
    return Attribution(found.words, found.start, found.end, found.verb), speech.QUOTED


# Figures and findings attributed to whoever made or released them: "data compiled by LSEG", "figures from
# Kantar", "research led by the University of Leeds and published in ...".
_SOURCE_OF_FIGURES = re.compile(
    r"(?:(?:the|a|an|new|latest|official|provisional|preliminary|unaudited)\s+)*"
    r"(?P<noun>data|figures|numbers|statistics|estimates|research|report|reports|survey|study|analysis|filings|"
    r"accounts|records|polling|calculations)\b[^,;]*?\b(?:by|from)\s+",
    re.I,
)


def _speaker(
    attribution: Attribution,
    mentions: list[Mention],
    outside_quotes: list[Mention],
    previous_person: str | None,
    person_ids: set[str],
) -> tuple[str, str]:
    inside = [m for m in mentions if attribution.start <= m.start and m.end <= attribution.end]
    words = attribution.words
    # "Lukashenko", "Russian President Vladimir Putin": the name that ends the subject is the speaker;
    # "An official with the Ukrainian government" names Ukraine but is not Ukraine speaking.
    for mention in reversed(inside):
        if not words[mention.end - attribution.start :].strip() and (
            mention.actor_id in person_ids or mention.start == attribution.start
        ):
            return mention.actor_id, f"named ('{mention.text}')"
    people = list(dict.fromkeys(m.actor_id for m in inside if m.actor_id in person_ids))
    if len(people) == 1:
        return people[0], "the one person named in the attribution"
    source = _SOURCE_OF_FIGURES.match(words)
    if source is not None:
        # "according to data compiled by LSEG", "figures from Kantar": who the figures come from speaks
        after = attribution.start + source.end()
        named = next((m for m in inside if m.start >= after), None)
        if named is not None:
            return named.actor_id, f"the source of the {source.group('noun').lower()} ('{named.text}')"
    if words.lower() in _PRONOUNS:
        # "Minister Bukhari briefed reporters on the canal, which he said would be lined": the person the
        # sentence names before the pronoun, else the one named last in the sentences before
        earlier = [m.actor_id for m in outside_quotes if m.end <= attribution.start and m.actor_id in person_ids]
        if earlier:
            return earlier[-1], f"'{words}', taken as the person named before it in the sentence"
        if previous_person:
            return previous_person, f"'{words}', taken as the person named just before"
    return words, "as the source words it"
