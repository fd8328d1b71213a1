"""Reported speech in the other languages sources come in: German, French, Spanish, Portuguese,
Russian. The English rules (`quotes.py`) know English verbs and word order; here each language
is one row of a table: its verbs of saying, its "according to", and the function words that end
a speaker's description ("sagte der Sprecher am Montag": the speaker is "der Sprecher").

Three shapes are read, as in English: "X sagte, ..." (the subject before the verb), "„...“,
sagte X" (the verb after a quotation or a comma, as these languages put it), and "laut X".
Korean puts the verb last, after the quotation and a quoting ending ("...라고 말했다"), and
marks the speaker with a topic ending ("총재는"): its shapes are `_KoreanRules`.
A pronoun alone ("она", "ele", "그") names no one: the quote then goes to the person named
just before, or stays without a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.ingest.names import word_set
from dossier.ingest.sentences import Sentence

# Quotation marks of these languages: „…“ (German), «…» (French, Russian), “…” and "…".
QUOTED = re.compile(r"„([^“”]{3,600})[“”]|«\s?([^»]{3,600}?)\s?»|“([^”]{3,600})”|\"([^\"]{3,600})\"")
_CLOSE = r"[“”\"»]"
_NOT_SPEAKER = r"[^,.;:!?“”„\"«»()]"


@dataclass(frozen=True)
class SpeechRow:
    verbs: str  # alternatives of a regular expression
    nouns_capitalised: bool  # German: a lower-case word after a noun ends the speaker's description
    according: str  # "laut", "selon": the source named right after
    stops: frozenset[str]  # words that end the speaker's description
    pronouns: frozenset[str] = frozenset()  # a subject that names no one by itself
    # "disse que ...", "sagte, dass ...": what follows the verb is what was said, not the speaker
    complementisers: frozenset[str] = frozenset()
    # "«Сибирь» сообщила о росте": after a name in quotes, "about" opens what was said, not a speaker
    about: frozenset[str] = frozenset()


def _row(
    verbs: str,
    according: str,
    stops: str,
    pronouns: str,
    complementisers: str,
    nouns_capitalised: bool = False,
    about: str = "",
) -> SpeechRow:
    # "a_déclaré": the words of one verb, joined by "_" in the table, may stand apart by any space.
    alternatives = "|".join(verb.replace("_", r"\s+") for verb in verbs.split())
    according_words = "|".join(words.replace(" ", r"\s+") for words in according.split(";"))
    return SpeechRow(
        alternatives,
        nouns_capitalised,
        according_words,
        frozenset(stops.split()),
        frozenset(pronouns.split()),
        frozenset(complementisers.split()),
        frozenset(about.split()),
    )


ROWS: dict[str, SpeechRow] = {
    "de": _row(
        "sagte sagten sagt erklärte erklärten erklärt betonte betont warnte warnt schrieb schreibt "
        "teilte kündigte meinte meint bestätigte bestätigt bestritt bestreitet dementierte",
        "laut;nach Angaben von;nach Angaben des;nach Angaben der",
        "am im in an auf bei vor nach gegenüber zu zur zum über mit während heute gestern",
        "er sie es wir ich man",
        "dass ob",
        nouns_capitalised=True,
        about="über",
    ),
    "fr": _row(
        "a_déclaré a_dit a_affirmé a_expliqué a_ajouté a_souligné a_indiqué a_estimé a_averti a_annoncé "
        "a_démenti déclare affirme explique estime souligne indique ajoute dément",
        "selon;d'après",
        "à au aux lors devant dans en sur lundi mardi mercredi jeudi vendredi samedi dimanche",
        "il elle ils elles on nous je",
        "que qu",
        about="sur",
    ),
    "es": _row(
        "dijo afirmó declaró explicó aseguró señaló añadió advirtió anunció negó dice afirma asegura explica",
        "según;de acuerdo con",
        "en a al ante durante este esta lunes martes miércoles jueves viernes sábado domingo",
        "él ella ellos ellas",
        "que",
        about="sobre",
    ),
    "pt": _row(
        "disse disseram afirmou afirmaram declarou declararam explicou garantiu acrescentou alertou anunciou "
        "negou informou informaram diz afirma garante explica",
        "segundo;de acordo com",
        "em no na nos nas ao à durante nesta neste",
        "ele ela eles elas",
        "que",
        about="sobre",
    ),
    "ru": _row(
        "заявил заявила заявили сказал сказала сказали сообщил сообщила сообщили отметил отметила "
        "подчеркнул подчеркнула пояснил пояснила добавил добавила написал написала рассказал рассказала "
        "опроверг опровергла",
        "по словам;по данным;как сообщил;как сообщила",
        "в во на во время перед после журналистам",
        "он она они мы я",
        "что",
        about="о об обо про",
    ),
}
# Lower-case words inside a German speaker's description ("Bundesamt für Statistik", "Sprecher des Amts").
_GERMAN_INSIDE = word_set("für des der von und zur zum im")
# Pronouns that are the subject when they come before a German verb.
_SUBJECTS = word_set("er sie es wir ich man")
# Words that open a German subject ("der Minister", "eine Sprecherin", "sie").
_DETERMINERS = word_set("der die das den dem des ein eine einer eines einem einen er sie es wir ich man unser unsere")
# Prepositions left before a date cut from a speaker ("o banco a 7 de maio", "am 15. Mai").
_SMALL_WORDS = word_set("a de em o no na am an le la el il в на до")
# German auxiliaries of a passive: "wird in der Mitteilung betont", "für wertlos erklärt wurde": no speaker.
_GERMAN_PASSIVE = word_set("wird wurde werden wurden worden")
# Prepositions that open a German sentence before its verb, the subject after it ("Für ihre Fans schreibt Pamela").
_GERMAN_FRONTED = word_set("für aus gegen ohne seit trotz wegen durch unter")
# Pronouns that open a German relative clause, which ends with its verb in lower case.
_GERMAN_RELATIVES = word_set("der die das den dem deren dessen denen welche welcher welches")


def _german_relative_clause(words: str) -> bool:
    parts = words.split()
    return len(parts) >= 2 and parts[0].lower() in _GERMAN_RELATIVES and parts[-1][:1].islower()


# Subjects that name no one: "dass man sagt" (one says), "on dit".
_IMPERSONAL = word_set("man on")
_DENYING = re.compile(r"bestr|dement|démen|dément|negó|negou|опроверг|부인|반박", re.I)


@dataclass(frozen=True)
class Speech:
    words: str  # the speaker as the source words them
    start: int  # in the source
    end: int
    verb: str


class SpeechRules:
    """The patterns of one language, compiled once."""

    def __init__(self, row: SpeechRow) -> None:
        self.row = row
        verbs = rf"(?P<verb>{row.verbs})"
        self.any_speech = re.compile(rf"(?<!\w)(?:{row.verbs}|{row.according})(?!\w)", re.I)
        self.according = re.compile(rf"(?<!\w)(?:{row.according})\s+(?P<who>{_NOT_SPEAKER}{{2,80}})", re.I)
        # "„...“, sagte X", "..., a déclaré X": the verb after a quotation or a comma.
        # Russian sets a dash after the quotation: "«...», — заявил X".
        self.inverted = re.compile(rf"(?:{_CLOSE}\s*,?|,)\s*[—–]?\s*{verbs}\s+(?P<who>{_NOT_SPEAKER}{{2,80}})", re.I)
        # "X sagte", "Le ministre a déclaré": the subject is the clause before the verb.
        self.verb_only = re.compile(rf"\s+{verbs}(?!\w)", re.I)

    def find(self, sentence: Sentence) -> Speech | None:
        text = sentence.text
        if not self.any_speech.search(text):
            return None
        for pattern, verb in ((self.according, "according to"), (self.inverted, "")):
            match = pattern.search(text)
            if match and self._opens_clause(match.group("who")):
                match = None  # "..., disse que vai analisar": what follows is what was said
            if match:
                who = self._trimmed(self._past_adverbial(match.group("who")))
                if len(who) >= 2:
                    start = sentence.start + match.start("who")
                    return Speech(who, start, start + len(who), verb or match.group("verb").lower())
        for match in self.verb_only.finditer(text):
            clauses = re.split(rf"[,;:“”„\"«»()]|{_CLOSE}", text[: match.start()])
            before = clauses[-1].strip()
            if self._impersonal_or_passive(before, text[match.end() :]):
                continue
            if not before and len(clauses) >= 3 and text[: match.start()].rstrip().endswith(","):
                # "O presidente da República, Marcelo Rebelo de Sousa, disse": the name set off by
                # commas just before the verb is the subject.
                before = clauses[-2].strip()
                if self.row.nouns_capitalised and len(clauses) >= 3 and _german_relative_clause(before):
                    # "Die Ministerin, die gestern gewählt wurde, sagte": the noun the clause is about
                    before = clauses[-3].strip()
            # German puts the verb second: "Dann erklärt sie", "Sinngemäß sagt Wodarg" name the
            # speaker after it, unless a comma follows the verb ("Keuter sagt, er habe ...").
            verb_second = self.row.nouns_capitalised and len(before.split()) == 1 and before.lower() not in _SUBJECTS
            fronted = self.row.nouns_capitalised and bool(before) and before.split()[0].lower() in _GERMAN_FRONTED
            if before and (before.split()[0].lower() in self.row.stops or verb_second or fronted):
                # "Am Montag sagte der Minister": a time or a place first, the subject after the verb.
                after = re.match(rf"\s*({_NOT_SPEAKER}{{2,80}})", text[match.end() :])
                who = self._trimmed(self._subject_start(after.group(1))) if after else ""
                if len(who) >= 2:
                    start = sentence.start + match.end() + text[match.end() :].index(who)
                    return Speech(who, start, start + len(who), match.group("verb").lower())
                if not verb_second:
                    continue
            if len(before) >= 2 and len(before.split()) <= 6:
                start = sentence.start + text.rfind(before, 0, match.start())
                return Speech(before, start, start + len(before), match.group("verb").lower())
        return None

    def _impersonal_or_passive(self, before: str, after: str) -> bool:
        """One says, no one speaks ("dass man sagt"); a German passive, its auxiliary opening the clause or right
        after the participle ("wird in der Mitteilung betont", "für wertlos erklärt wurde")."""
        words = before.lower().split()
        if words and words[-1] in _IMPERSONAL:
            return True
        if not self.row.nouns_capitalised:
            return False
        following = [word.lower().strip(".,;:!?") for word in after.split()[:1]]
        return any(word in _GERMAN_PASSIVE for word in (*words[:1], *following))

    def _opens_clause(self, words: str) -> bool:
        first = words.split()[0].lower() if words.split() else ""
        return first.split("'")[0].split("’")[0] in self.row.complementisers | self.row.about

    def is_pronoun(self, words: str) -> bool:
        return words.lower() in self.row.pronouns

    def _subject_start(self, words: str) -> str:
        """German: where the subject after a verb begins, past adverbs, objects and years
        ("bestätigt uns später auch Sebastian K.", "erklärte bereits 2017 der Kassenwart")."""
        if not self.row.nouns_capitalised:
            return words
        parts = words.split()
        k = 0
        while k < len(parts) - 1 and (parts[k][:1].islower() or parts[k].isdigit()) and parts[k] not in _DETERMINERS:
            k += 1
        return " ".join(parts[k:])

    def _past_adverbial(self, words: str) -> str:
        """The words after a verb past a time or a place that opens them: "сказал после матча
        главный тренер X" names the coach; "kündigte am 15. Mai ... an" names no one after it."""
        parts = words.split()
        while len(parts) >= 2 and parts[0].lower() in self.row.stops:
            parts = parts[2:]
        if self.row.nouns_capitalised:
            return self._subject_start(" ".join(parts))
        return " ".join(parts)

    def _trimmed(self, who: str) -> str:
        """The speaker's description up to the first word that starts a time or a place, or a
        number ("пресс-служба банка 3 июня", "o banco a 7 de maio")."""
        words = who.split()
        if words and words[0].lower() in self.row.pronouns:
            return words[0]  # "sagt er nervös", "erklärt sie weiter": the pronoun is the subject
        kept: list[str] = []
        noun_seen = False
        for word in words:
            if word[:1].isdigit():
                while kept and (kept[-1].lower() in self.row.stops or kept[-1].lower() in _SMALL_WORDS):
                    kept.pop()
                break
            if kept and word.lower() in self.row.stops:
                break
            if self.row.nouns_capitalised and noun_seen and word[:1].islower() and word not in _GERMAN_INSIDE:
                break  # "dem Bundesamt für Statistik stiegen": the verb after the noun ends it
            noun_seen = noun_seen or word[:1].isupper()
            kept.append(word)
        while self.row.nouns_capitalised and kept and kept[-1] in _GERMAN_INSIDE:
            kept.pop()  # "nach Angaben des Ministers der ...": the article of what follows is not his
        return " ".join(kept[:8])


# Korean: the quotation, a quoting ending (-고, -라고, -이라고), then the verb of saying.
_KOREAN_VERBS = (
    "말했다 밝혔다 전했다 강조했다 설명했다 덧붙였다 주장했다 지적했다 했다 말한다 밝힌다 설명한다 반박했다 부인했다"
)
_KOREAN_SAID = re.compile(
    r"[\"”’](?:\s*(?:이?라|)고)\s+(?:\S+\s+){0,2}?(?P<verb>" + "|".join(_KOREAN_VERBS.split()) + r")(?!\w)"
)
# "경찰에 따르면" (according to the police): the source is the word before "에 따르면", with the
# name before it when that word is a title ("박지현 연구원에 따르면").
_KOREAN_TITLES = (
    "연구원|교수|대변인|관계자|장관|총재|의원|위원|위원장|기자|대표|사장|회장|청장|서장|검사|판사|변호사|감독|선수|"
    "애널리스트|이코노미스트"
)
_KOREAN_ACCORDING = re.compile(
    rf"(?P<who>(?:[가-힣]{{2,4}}\s+(?=\S*(?:{_KOREAN_TITLES})에\s))?[^\s,.\"“”]{{2,30}})에\s+따르면"
)
# The topic or subject ending that marks the speaker ("총재는", "관계자가").
_KOREAN_TOPIC = re.compile(r"^(?P<stem>\w{2,})(?:은|는|이|가|께서는|께서)$")
_KOREAN_PRONOUNS = frozenset({"그", "그녀", "그들", "이들", "그는", "그녀는"})
_KOREAN_SPEAKER_WORDS = 5


class KoreanRules:
    """Korean reported speech: '이창용 한국은행 총재는 "..."고 밝혔다' names "이창용 한국은행 총재"."""

    def find(self, sentence: Sentence) -> Speech | None:
        text = sentence.text
        said = _KOREAN_SAID.search(text)
        if said is not None:
            opening = max(text.rfind('"', 0, said.start()), text.rfind("“", 0, said.start()))
            who = self._topic(text, 0, opening if opening >= 0 else said.start())
            if who is not None:
                start, end = who
                return Speech(text[start:end], sentence.start + start, sentence.start + end, said.group("verb"))
            return None
        according = _KOREAN_ACCORDING.search(text)
        if according is not None:
            start, end = according.span("who")
            return Speech(text[start:end], sentence.start + start, sentence.start + end, "according to")
        return None

    def _topic(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The words from the clause's start through the first one with a topic ending, without it."""
        words = list(re.finditer(r"\S+", text[start:end]))
        for word in words[:_KOREAN_SPEAKER_WORDS]:
            if word.group() in _KOREAN_PRONOUNS:
                return start + word.start(), start + word.end()
            topic = _KOREAN_TOPIC.match(word.group())
            if topic is not None:
                return start + words[0].start(), start + word.start() + len(topic.group("stem"))
        return None

    def is_pronoun(self, words: str) -> bool:
        return words in _KOREAN_PRONOUNS


_COMPILED: dict[str, SpeechRules] = {}
# Every language whose reported speech is read here.
LANGUAGES = frozenset({*ROWS, "ko"})


def rules_for(language: str) -> SpeechRules | KoreanRules | None:
    """The speech rules of a language, or None when it has none (the English rules are separate)."""
    if language == "ko":
        return KoreanRules()
    row = ROWS.get(language)
    if row is None:
        return None
    rules = _COMPILED.get(language)
    if rules is None:
        rules = _COMPILED[language] = SpeechRules(row)
    return rules


def denies(verb: str) -> bool:
    return _DENYING.search(verb) is not None
