"""Dated sentences an analyst would not keep as events, by rules kept as data.

A date makes an event only when its sentence reports that something happened, happens or is
scheduled then. These tables name what reports nothing: the mood of the clause around the date
(a condition, a counterfactual, a hedge, a question), a target rather than a time ("by 2050" in
a report of 2020), a generic "today", habits and calendars, advice to the reader, and the
boilerplate of web pages (stamps, comment times, citations of a page, offers, cookie and legal
text). Each row is (name, languages, pattern); "*" is every language. A row of
`NOT_EVENT_SENTENCES` rules out the whole sentence; a row of `NOT_EVENT_CLAUSES` rules out the
dates of the clause it matches in; `BEFORE_DATE` and `AFTER_DATE` rows look at the words just
before or after one date (a stamp: the whole sentence is page furniture), and `COMPARED_WITH` rows at the words
before a date that is only a base for comparison.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from dossier.dates import edtf_bounds

Row = tuple[str, str, str]  # (name, languages: "*" or "en de ...", pattern)

# Whole sentences that report no event, wherever the date stands in them.
NOT_EVENT_SENTENCES: list[Row] = [
    # "If you had visited ...", "Unless the court rules ...", "But had earlier versions been kinder, ...".
    (
        "condition",
        "en",
        r"^(?:(?:but|and|so|yet|still|now|even)\s+)?(?:if|unless|suppose|imagine)\b(?!\s+(?:anything|so|not|any)\b)",
    ),
    # A statement never opens with "Had": "Had the alarm worked in 2019, ...".
    ("counterfactual", "en", r"^(?:(?:but|and|so|yet)\s+)?(?:had\b|were\s+(?:\w+\s+){1,8}?(?:been|known|not)\b)"),
    # Calendars: "Fire season runs from August through October".
    (
        "calendar",
        "en",
        r"\b(?:runs|lasts|stretches|spans)\s+from\s+[A-Z][a-z]+\s+(?:to|through|until|till|into)\s+[A-Z][a-z]+\b",
    ),
    # Advice and offers addressed to the reader: "Book now before 31 March", "Don't miss ...".
    (
        "advice",
        "en",
        r"^(?:please\s+)?(?:don't|don’t|do not|make sure|be sure|remember to|hurry|join us|click|read more|"
        r"learn more|find out|check out|follow us)\b|^(?:please\s+)?(?:book|order|register|sign up|subscribe|shop|"
        r"buy|apply|download|get)\s+(?:\w+\s+){0,3}?(?:now|today|here|online|before|by|until|your|our)\b",
    ),
    # A police appeal's contact line: "Anyone with information should call 101, quoting incident 412 of 8 June",
    # "Witnesses are urged to contact ...": it asks the reader to act; the date is a log's.
    (
        "appeal",
        "en",
        r"^(?:anyone|those|people|witnesses)\b[^.]{0,200}?\b(?:asked|urged|encouraged|should|can|could)\s+"
        r"(?:to\s+)?(?:call|contact|ring|phone|e-?mail|come\s+forward|get\s+in\s+touch|report)\b"
        r"|\bquoting\s+(?:the\s+)?(?:incident|reference|ref|log|crime|occurrence|case)\b",
    ),
    # Retail offers; not "the tender offer expires on 3 May", which is news of a bid.
    (
        "offer",
        "en",
        r"\bvalid\s+(?:until|till|thru|through)\b|\b(?:discount|voucher|coupon|promo code)s?\b[^.]{0,40}?"
        r"\b(?:until|till|thru|ends?|expires?)\b|\b(?:sale|offer)s?\s+(?:ends?|valid)\b"
        r"|\bwhile (?:stocks|supplies) last\b",
    ),
    (
        "legal",
        "en",
        r"\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings)\b|\ball rights reserved\b",
    ),
    # A report's scope, not something that happened: "This report covers the period from 1 to 15 September",
    # "The reporting period is 1-31 May", "This update covers developments between 3 and 9 June".
    (
        "reporting period",
        "en",
        r"^(?:this|the\s+present|the\s+current)\s+(?:\w+\s+)?(?:report|update|bulletin|briefing|overview|summary|"
        r"snapshot|review|edition|issue|document|assessment|chapter|section|paper|study|analysis|factsheet)\s+"
        r"(?:covers|covered|spans|relates\s+to|refers\s+to)\b"
        r"|^(?:the\s+)?reporting\s+period\s+(?:is|was|runs|ran|covers|covered|spans)\b"
        # A publisher's note on what later issues hold: "We will cover later developments in the 14 May update".
        r"|\bwill\s+cover\s+(?:subsequent|further|future|later)\s+(?:\w+\s+)?(?:reports|developments|events)\b",
    ),
    # A report's method, not something that happened: "It is based on 86 interviews conducted between
    # February and November", "This study was based on surveys carried out in May".
    (
        "report method",
        "en",
        r"^(?:it|this\s+(?:\w+\s+)?(?:report|chapter|study|assessment|paper|analysis|research|survey))\s+"
        r"(?:is|was)\s+(?:largely\s+|mainly\s+|partly\s+)?based\s+on\s+(?:\S+\s+){0,4}?"
        r"(?:interviews|surveys|research|visits|data|fieldwork|testimonies|testimony)\b",
    ),
    # A company release's safe-harbour notice: "undertakes no obligation to update these statements after 7 May".
    (
        "safe harbour",
        "en",
        r"\b(?:undertakes?|assumes?|accepts?)\s+no\s+(?:obligation|duty|responsibility)\s+to\s+(?:publicly\s+)?"
        r"(?:update|revise)\b|\bforward-looking\s+statements?\b",
    ),
    # A committee's list of witnesses by hearing: "Tuesday 7 November 2023: Dr Ana Lusk, Reader in Law, University
    # of Brent; Tom Reed, Chair, Flood Action Group." A day, a colon and only names and titles (every word
    # capitalised but the small ones, with a comma between name and title): who spoke when, not what happened.
    (
        "witness list",
        "en",
        r"^(?:[a-z]+day,?\s+)?\d{1,2}\s+[a-z]+\s+\d{4}\s*:\s+(?=[^.]*[,;])"
        r"(?-i:(?:(?:[A-Z][\w'’.&-]*|in|of|for|and|the|on|at|de|van|von)(?:[\s,;]+|\.?$))+)$",
    ),
    # Bylines, breadcrumbs and comment heads: prose has no bullet or bar between words.
    ("furniture", "*", r"\s[•|]\s"),
    # The same kinds of text in the other languages of the pages we read.
    ("condition", "de", r"^(?:(?:aber|und|doch)\s+)?(?:wenn|falls|sofern|angenommen)\b"),
    ("condition", "fr", r"^(?:(?:mais|et)\s+)?(?:si|s’il|s'il|au cas où)\b"),
    ("condition", "pt", r"^(?:(?:mas|e)\s+)?se\b"),
    ("condition", "ru", r"^(?:(?:но|и|а)\s+)?если\b"),
    # A hedge set off by commas stands for the whole sentence: "Матч, возможно, перенесут на 30 апреля".
    ("parenthetical hedge", "ru", r",\s*(?:возможно|вероятно|видимо|по-видимому|по всей видимости)\s*,"),
    ("parenthetical hedge", "de", r",\s*(?:möglicherweise|vielleicht|eventuell)\s*,"),
    ("parenthetical hedge", "pt", r",\s*(?:possivelmente|talvez|eventualmente)\s*,"),
    (
        "advice",
        "de",
        r"\bjetzt\s+(?:bestellen|kaufen|anmelden|sichern|buchen)\b"
        r"|\b(?:sichern sie sich|melden sie sich|bestellen sie|besuchen sie|klicken sie)\b",
    ),
    ("advice", "pt", r"^(?:confira|inscreva-se|garanta|compre|aproveite|clique|leia mais|saiba mais)\b"),
    ("advice", "ru", r"^(?:подпишитесь|читайте|узнайте|покупайте|закажите|нажмите)\b"),
    (
        "offer",
        "de",
        r"\b(?:gültig bis|angebot gilt|aktion endet|solange der vorrat|versandkostenfrei|gutschein\w*|rabatt\w*)",
    ),
    ("offer", "fr", r"\b(?:valable jusqu|soldes|code promo)"),
    ("offer", "pt", r"\b(?:válid[oa] até|oferta válida|cupom|frete grátis)"),
    ("offer", "ru", r"\b(?:промокод|скидк\w+|предложение действительно)"),
    ("offer", "ko", r"할인|쿠폰|이벤트 기간"),
    ("legal", "de", r"\b(?:alle rechte vorbehalten|wir verwenden cookies|cookie-einstellungen)\b"),
    ("legal", "fr", r"\b(?:tous droits réservés|nous utilisons des cookies)\b"),
    ("legal", "pt", r"\b(?:todos os direitos reservados|utilizamos cookies)\b"),
    ("legal", "ru", r"(?:все права защищены|использует (?:файлы )?cookie)"),
    ("legal", "ko", r"무단 ?전재|재배포 ?금지|저작권자"),
]

# The clause around a date: a condition, a counterfactual, a hedge or a question leaves it undone.
NOT_EVENT_CLAUSES: list[Row] = [
    # ... but "if anything", "if so", "if not" only link two statements.
    ("condition", "en", r"\b(?:if|unless|whether|as if|even if|in case)\b(?!\s+(?:anything|so|not|any)\b)"),
    # "would have seen", "could have looked", "you'd have", "should've": what did not happen.
    (
        "counterfactual",
        "en",
        r"\b(?:would|could|might|should|must)(?:\s+not|n't|n’t)?\s+have\s+\w+(?:ed|en|wn|ne|t)\b"
        r"|\b\w+(?:'|’)d\s+have\b|\b(?:would|could|might|should)(?:'|’)ve\b",
    ),
    # "The feature should arrive next week", "no-one could predict what might happen on Feb. 9";
    # in lower case only: "May" is a month.
    ("hedge", "en", r"(?-i:\b(?:should|could|might|may|can)(?:\s+not|n't|n’t)?\s+(?:\w+ly\s+)?[a-z]+\b)"),
    # Habits: "it has been held every August since", "usually in May".
    (
        "habit",
        "en",
        r"\b(?:usually|typically|normally|traditionally|generally|customarily|every|each)\s+"
        r"(?:year|month|week|day|morning|afternoon|evening|night|summer|winter|spring|autumn|fall|season|january|february|march|april|may|june|"
        r"july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday)\b|\b(?:annually|yearly)\b|\bon\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|"
        r"sundays|weekends)\b",
    ),
    ("doubt", "en", r"\b(?:won't|won’t|will not|do not|don't|don’t)\s+know\b|\bnot sure\b"),
    # "You only need to look at ...", "you can see what it looked like in 1950": the reader in
    # general; "as you celebrate on October 29", addressing a nation, is a real day.
    (
        "second person",
        "en",
        r"\byou(?:'d|’d|'ll|’ll)\b|\byou\s+(?:\w+ly\s+)?(?:can|could|might|may|should|must|need|have to|want|will)\b",
    ),
    ("condition", "de", r"\b(?:wenn|falls|sofern|ob)\b"),
    ("hedge", "de", r"\b(?:würde|würden|könnte|könnten|dürfte|dürften|sollte|sollten)\b"),
    ("condition", "fr", r"\b(?:s’il|s'il)\b"),
    ("hedge", "fr", r"\b(?:pourrait|pourraient|devrait|devraient|serait|seraient|aurait|auraient)\b"),
    ("hedge", "pt", r"\b(?:poderia|poderiam|deveria|deveriam|seria|seriam|teria|teriam)\b"),
    ("condition", "ru", r"\bесли\b"),
    ("hedge", "ru", r"\bбы\b|\b(?:может|могут|должно)\s+(?:быть|стать)\b"),
    ("condition", "ko", r"(?:다면|라면|으면)\b"),
    # "Das Spiel könnte ... verschoben werden" is above; "möglicherweise", "vielleicht" too.
    ("hedge adverb", "de", r"\b(?:möglicherweise|vielleicht|eventuell)\b"),
    ("habit", "de", r"\b(?:jedes jahr|alljährlich|jährlich|traditionell|üblicherweise|normalerweise)\b"),
    # "O jogo poderá ser adiado para 21 de março": a future that may not come.
    ("hedge future", "pt", r"\b(?:poderá|poderão|possivelmente|talvez|eventualmente)\b"),
    ("habit", "pt", r"\b(?:todos os anos|todo ano|anualmente|habitualmente|tradicionalmente|costuma[m]?)\b"),
    # "Матч, возможно, перенесут на 30 апреля"; "каждый год 9 мая проводят парад".
    ("hedge adverb", "ru", r"\b(?:возможно|вероятно|предположительно|не исключено)\b"),
    ("habit", "ru", r"\b(?:каждый год|каждую весну|каждое лето|ежегодно|традиционно|обычно)\b"),
    # "요금을 올릴 수도 있다" (may raise), "늘 가능성이 있다", "늘 것으로 보인다" (is expected to).
    ("hedge", "ko", r"\s수도?\s(?:있|없)|가능성이|것으로\s(?:보인다|보고|전망|예상)"),
    ("habit", "ko", r"매년|해마다|매달|매주"),
]

# Words right before a date that make it the base a figure is compared with, not the time of what the sentence
# reports: "down from $298 million in the same period last year", "up 4% on last year". Only that date is
# dropped; the sentence keeps its others ("..., the company said on Wednesday").
COMPARED_WITH: list[Row] = [
    (
        "comparison",
        "en",
        r"\bthe\s+same\s+(?:period|quarter|month|week|time|half|season|day)\s+(?:of\s+|in\s+)?$"
        r"|\b(?:up|down)\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+on\s+$",
    ),
]

# Reported speech without a date of its own that reports a feeling, not a statement an analyst files:
# "Lawrence says she hopes that ...", "Li says that he is particularly excited about ...".
NOT_EVENT_STATEMENTS: list[Row] = [
    (
        "feeling",
        "en",
        r"\b(?:says|said)\s+(?:that\s+)?(?:he|she|they|we|i)\s+(?:\w+ly\s+)?(?:hopes?|hoped|wish(?:es|ed)?|"
        r"loves?|loved|likes?|liked|(?:is|was|are|were|am)\s+(?:\w+ly\s+)?(?:excited|happy|glad|proud|"
        r"thrilled|delighted|honou?red|grateful))\b",
    ),
]

# Where a stamp stands: at the head of the sentence, after a separator, or closed by a colon.
_STAMP_AT = r"(?:^|[|•·/\n]\s*)"
# Words right before a date that make it a stamp of the page or a citation, not an event's time.
BEFORE_DATE: list[Row] = [
    (
        "page stamp",
        "*",
        _STAMP_AT + r"(?:posted|published|first published|updated|last updated|modified|edited|written|submitted|"
        r"update|correction|editor's note|editor’s note)(?:\s+by\s+[^,.|]{1,40}?)?\s*(?:on|at)?\s*:?\s*$",
    ),
    (
        "page stamp",
        "*",
        r"\blast\s+(?:updated|modified|reviewed|edited)(?:\s+on)?\s*:?\s*$|\b(?:date|datum|data|дата)\s*:\s*$",
    ),
    # "Jane Doe • 2 days ago", "Reuters | March 3, 2019": a date just after a separator stamps a byline
    # or a comment.
    ("separator", "*", r"[•·|]\s*$"),
    # "Jane Doe says: March 3, 2019 at 10:15 pm": the time a comment was written.
    ("comment stamp", "*", r"\b(?:says|said|wrote|commented|replied|sagt|schrieb|disse|escreveu|пишет)\s*:\s*$"),
    # "Figures are as of 31 July 2024", "correct as at 3 May": the day a count holds on, no event's day.
    (
        "data stamp",
        "en",
        r"\b(?:figures|data|numbers|statistics|totals?|information|prices|rates)\s+(?:(?:are|is|were|was)\s+)?"
        r"(?:correct\s+|current\s+|accurate\s+)?as\s+(?:of|at)\s*$|\b(?:correct|accurate|current)\s+as\s+(?:of|at)\s*$",
    ),
    # "Marden v Holt County Council, CA 2023/41, 2 May 2023": a law report's citation of a case, its day
    # the judgment's stamp after the parties ("A v B") and a comma, not a sentence telling of it.
    ("case citation", "en", r"\s+v\.?\s+[A-Z][^.;:]{0,80},\s*$"),
    # "Page A8, Jan. 13", "(Page B1, Jan. 15)": a letter citing a newspaper's page.
    ("citation", "*", r"\b(?:page|p\.|pp\.|seite|s\.|página|pág\.|стр\.)\s*[A-Z]?\d+[A-Z]?\s*[,;]?\s*$"),
    (
        "page stamp",
        "de",
        _STAMP_AT + r"(?:veröffentlicht|aktualisiert|geändert|erstellt|zuletzt aktualisiert)(?:\s+am)?\s*:?\s*$"
        r"|\bstand\s*:\s*$",
    ),
    ("page stamp", "fr", _STAMP_AT + r"(?:publié|mis à jour|modifié|créé)(?:\s+le)?\s*:?\s*$"),
    (
        "page stamp",
        "pt",
        _STAMP_AT + r"(?:publicado|atualizado|atualização|modificado|postado)(?:\s+(?:em|a))?\s*:?\s*$",
    ),
    (
        "page stamp",
        "ru",
        _STAMP_AT + r"(?:опубликовано|обновлено|изменено|дата публикации|последнее обновление|добавлено)\s*:?\s*$",
    ),
    ("page stamp", "ko", _STAMP_AT + r"(?:입력|수정|기사입력|최종수정|업데이트|등록|작성)\s*:?\s*$"),
]

# Words right after a date that make it a stamp: "March 3, 2019 at 10:15 pm Reply".
AFTER_DATE: list[Row] = [
    # "This essay appears in the June 2022 print edition": the issue a magazine piece was printed in.
    ("print issue", "en", r"^\s*(?:print|magazine)\s+(?:edition|issue)\b"),
    (
        "comment stamp",
        "*",
        r"^\s*(?:,|at|um|às|à|в)?\s*\d{1,2}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?\s*[-|·]?\s*"
        r"(?:reply|antworten|responder|répondre|ответить|답글|permalink|report|melden)\b",
    ),
]

# "Today, Argentina is a dominant force", "where we are today", "today's larger codebases":
# "today" for our times, not for a day. A form of "be" or "have" not followed by a participle, or
# a negated present, is a state; a verb that reports ("has received", "is meeting") is not.
_TODAY = re.compile(r"^(?:today|now|nowadays|these days)$", re.IGNORECASE)
_TODAY_GENERIC = re.compile(r"\btoday(?:'|’)s\s+(?:\w+(?:er|est)\b|modern|world|society|age|generation)", re.I)
_STATE = re.compile(
    r"\b(?:is|are|am|has|have|remains?|seems?|exists?|looks?)\b(?!\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|\w+ing|been|"
    r"made|held|met|said|told|won|lost|paid|set|put|cut|hit|shut|built|begun|begin|sent|left|struck)\b)"
    r"|\b(?:doesn't|doesn’t|don't|don’t|isn't|isn’t|aren't|aren’t)\b",
    re.IGNORECASE,
)
# A future time after "by", "until" or "through" is a target or the end of an expectation ("aims to
# cut emissions by 2030", "won't know until 2025"), not when something happens.
_BOUND = re.compile(r"^(?:by|until|till|through|before)\b", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:by|until|till|through|before)\s+(?:the\s+)?$", re.IGNORECASE)

# Where a clause ends: punctuation, or a word that starts another clause.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]—–]|\s-\s|\b(?:that|which|who|whom|whose|where|when|while|whereas|but|because|although|and|so)\b"
)
# A verb that makes the words before a date a clause of their own ("Police arrested ... on Monday").
_FINITE = re.compile(
    r"\b(?:\w+ed|is|are|was|were|has|have|had|will|would|should|could|might|may|can|must|did|does|"
    r"said|says|told|took|began|met|made|held|went|came|saw|won|lost|got|gave|left|ran|became)\b"
)
_SPEECH = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|warned|wrote|claimed)\b")
_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]")


def _compiled(rows: Iterable[Row], flags: int = re.IGNORECASE) -> dict[str, re.Pattern[str]]:
    """One pattern per language, from the rows for it and for every language."""
    by_language: dict[str, list[str]] = {}
    for _, languages, pattern in rows:
        for language in languages.split():
            by_language.setdefault(language, []).append(pattern)
    every = by_language.pop("*", [])
    joined = {language: every + patterns for language, patterns in by_language.items()}
    joined["*"] = every
    return {  # a table without rows for every language ("*") matches nothing there
        language: re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", flags)
        for language, patterns in joined.items()
    }


_SENTENCES = _compiled(NOT_EVENT_SENTENCES)
_CLAUSES = _compiled(NOT_EVENT_CLAUSES)
_STATEMENTS = _compiled(NOT_EVENT_STATEMENTS)
_BEFORE = _compiled(BEFORE_DATE)
_AFTER = _compiled(AFTER_DATE)
_COMPARED = _compiled(COMPARED_WITH)
_NONE = re.compile(r"(?!)")


def _for(table: dict[str, re.Pattern[str]], language: str) -> re.Pattern[str]:
    return table.get(language) or table.get("*") or _NONE


def sentence_reports(text: str, language: str = "en") -> bool:
    """False when the whole sentence reports no event (a condition, a habit, advice, an offer, legal text)."""
    return _for(_SENTENCES, language).search(_QUOTES.sub(" ", text).strip()) is None


def statement_reports(text: str, language: str = "en") -> bool:
    """False when a sentence of reported speech, without a date of its own, reports only a feeling."""
    return _for(_STATEMENTS, language).search(text) is None


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of `text` that govern the date at `start`..`end`: from the break before it to it.

    What follows a date in its clause ("said on 14 February it was ready to help if asked") is
    another statement; but a date before its clause's verb ("In 2016,", "By the 2030s,", "2008 to
    2015 should be known as ...") is governed by what follows, up to the next break, or up to a
    verb that reports speech ("On Monday, police said they could not ..." reports).
    """
    left = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, start):
        left = match.end()
    after = _CLAUSE_BREAK.search(text, end)
    fronted = after is not None and after.group() == "," and len(text[left : after.start()].split()) <= 4
    # "yesterday's agreement", "Sunday's awards": the date names a thing that happened, whatever
    # the sentence then says of it.
    possessive = re.match(r"(?:'|’)s\b", text[end : end + 2]) or text[start:end].endswith(("'s", "’s"))
    if possessive or (not fronted and _FINITE.search(text, left, start)):
        return left, start
    further = _CLAUSE_BREAK.search(text, after.end()) if fronted and after is not None else after
    right = further.start() if further else len(text)
    speech = _SPEECH.search(text, end, right)
    return left, speech.end() if speech else right


def stamped(text: str, start: int, end: int, language: str = "en") -> bool:
    """True when the date at `start`..`end` of `text` is a stamp of the page, a comment's time or a citation.

    Its sentence is then page furniture, whatever else it holds ("Mary • 2 hours ago I was there in 2018").
    """
    # Searched from 60 characters back, so "^" is still the head of the sentence.
    if _for(_BEFORE, language).search(text, max(0, start - 60), start):
        return True
    return _for(_AFTER, language).search(text[end : end + 40]) is not None


def date_reports(
    text: str, start: int, end: int, edtf: str | None, published: dt.date | None, language: str = "en"
) -> bool:
    """False when the date at `start`..`end` of sentence `text` dates nothing that happens.

    `edtf` is the date's value and `published` the report's day (for targets in its future).
    """
    if stamped(text, start, end, language) or _for(_COMPARED, language).search(text, max(0, start - 60), start):
        return False
    left, right = clause_of(text, start, end)
    clause = text[left:start] + " " + text[end:right] if right > end else text[left:start]
    if _for(_CLAUSES, language).search(clause):
        return False
    # A question, asked by the report or quoted in it ("Who paid for the bridge in 2018?" she asked).
    after = _CLAUSE_BREAK.search(text, end)
    whole_clause = text[left : max(right, after.start() if after else len(text))]
    if any(mark in whole_clause for mark in "?？"):
        return False
    words = text[start:end]
    # "today" is a time of its own only with a verb that reports, on either side of it.
    # Without the date's own words: "has today published" is "has published".
    around = text[left:start] + text[end : max(right, after.start() if after else len(text))]
    if language == "en" and _generic_today(words, around, text[end : end + 40]):
        return False
    bounded = _BOUND.match(words) or _BOUND_BEFORE.search(text[max(0, start - 12) : start])
    return not (bounded and _in_future(edtf, published))


def _generic_today(words: str, clause: str, after: str) -> bool:
    if re.match(r"(?:'|’)s\b", after) and _TODAY_GENERIC.search(words + after):
        return True
    return _TODAY.match(words.strip()) is not None and _STATE.search(clause) is not None


def _in_future(edtf: str | None, published: dt.date | None) -> bool:
    if not edtf or published is None:
        return False
    try:
        bounds = edtf_bounds(edtf)
    except ValueError:
        return False
    return bounds is not None and bounds[0] > published
