"""Propose events: sentences that report something happening at a time, with their participants.

A sentence with a date (resolved or not) and a verb is an event; headings and questions are
not. A sentence without a date of its own is an event only when it reports an action (a verb
of `EVENT_VERBS`, not negated or hedged by a modal) and names an actor: it then takes the
report's time frame (`TimeFrame`), marked as inferred. Its participants are the actors the
sentence names; the first place it names is where it happened. The kind is guessed from its
verbs, and the title is the sentence itself, shortened, since the analyst will rewrite it
anyway and the words of the source are the least misleading start.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise

from dossier.dates import edtf_bounds
from dossier.ingest.dates import DateMention
from dossier.ingest.event_filters import date_reports, sentence_reports, statement_reports
from dossier.ingest.names import IdClaims, slug, word_list, word_set
from dossier.ingest.sentences import Sentence
from dossier.sanitize import one_line

TITLE_LIMIT = 90

_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("attack", re.compile(r"\b(?:attack\w*|invad\w*|invasion|strik\w*|struck|shell\w*|bomb\w*|missiles?)\b", re.I)),
    ("arrest", re.compile(r"\b(?:arrest\w*|detain\w*|detention|captured)\b", re.I)),
    (
        "military-movement",
        re.compile(r"\b(?:cross\w*|deploy\w*|troops?|tanks?|convoy|vehicles|moved|arriv\w*)\b", re.I),
    ),
    ("meeting", re.compile(r"\b(?:met|meet\w*|talks|summit|negotiat\w*|delegation)\b", re.I)),
    ("sanctions", re.compile(r"\bsanction\w*\b", re.I)),
    (
        "statement",
        re.compile(
            r"\b(?:said|says|announc\w*|declar\w*|told|warn\w*|stated|insist\w*|denied|accused|confirmed)\b", re.I
        ),
    ),
]
# A sentence must have something that reads as a verb in the past, present or future.
# Words a sentence in another language needs before its date makes it an event, not a heading.
_PROSE_WORDS = 6
_VERB = re.compile(
    r"\b(?:\w+ed|was|were|is|are|has|have|had|will|would|showed|shown|began|met|said|told|took|"
    r"came|went|left|struck|held|made|saw|seen|"
    # the irregular past forms histories and reports tell short events with ("Ostrel fell on 19 April")
    r"fell|rose|won|lost|broke|drove|fought|fled|sank|sent|spent|paid|sold|bought|gave|wrote|chose|flew|"
    r"retook|overran|became|stood|brought|caught|built|kept|drew|grew|threw|withdrew|spoke|stole|froze|rode|"
    r"swept|shook|undertook|overtook|arose|led)\b",
    re.I,
)

# Lines that carry a date but report nothing: captions and credits under pictures, the reference
# lists of encyclopaedias, the stamps of a page ("Published: 3 May 2016"), contact blocks. One row
# per opening; the sentence starts with it.
NOT_EVENT_OPENINGS: list[tuple[str, str]] = [
    ("caption", r"(?:image|photo|picture|video|media)\s+(?:caption|copyright|source|credit)s?\b"),
    ("caption", r"(?:caption|photograph|photo|picture|credit|copyright)\s*[:|]"),
    ("credit", r"©|\(c\)\s|copyright\s+(?:©\s*)?(?:19|20)\d\d"),
    ("reference", r"(?:\d{1,3}\.\s*)?\^"),
    ("reference", r"(?:retrieved|archived from|archived|accessed|last accessed)\b"),
    (
        "page stamp",
        r"(?:published|updated|posted|last (?:updated|modified|reviewed)|first published|date)\s*(?:on\s*)?:",
    ),
]
_NOT_EVENT = re.compile(
    r"(?:[-*•]\s*)?(?:" + "|".join(f"(?:{pattern})" for _, pattern in NOT_EVENT_OPENINGS) + ")", re.IGNORECASE
)
# A footnote marker at the end of a sentence ("... entered Somalia.[5]") is no part of its title.
_FOOTNOTES = re.compile(r"(?:\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])+$")
# Nor is the bullet of a list item before it ("- Near Mosul, four strikes ...").
_BULLET = re.compile(r"\A(?:--?|[*•▪◦·–—])[ \t]+")
# A dated sentence this long that ends like prose reads as one, even with no verb `_VERB` knows
# ("This brings the total to $110 million since 2014.").
_PROSE_LENGTH = 8

# Past forms (and participles) of verbs that report an action an analyst files as an event, after
# the event classes of ACE and CAMEO: force, movement, arrests and trials, personnel, business and
# money, decisions, agreements and public acts of speech. "Said" and "told" are not here (see
# REPORTING_VERBS). Ambiguous forms are left out ("left", "passed", "called", "tried", "opened"),
# and so is a founding ("founded", "established"): without a date of its own it is background,
# seldom news of the report's day.
EVENT_VERBS = word_set(
    """
    attacked invaded struck shelled bombed bombarded fired launched killed wounded injured destroyed
    damaged shot captured seized occupied annexed besieged surrounded raided ambushed clashed fought
    retreated withdrew withdrawn advanced recaptured liberated repelled intercepted downed targeted
    exploded detonated massacred executed kidnapped abducted hijacked stormed overran overrun
    deployed crossed entered arrived landed dispatched mobilised mobilized massed stationed evacuated
    fled visited travelled traveled flew sent
    arrested detained charged convicted sentenced jailed imprisoned released freed extradited expelled
    deported banned indicted sued fined prosecuted acquitted searched confiscated
    signed ratified approved adopted vetoed elected appointed dismissed resigned sacked nominated
    imposed lifted sanctioned suspended recognised recognized severed blocked agreed met hosted
    negotiated pledged vowed threatened warned announced declared proclaimed denied confirmed rejected
    condemned accused demanded urged proposed refused ordered authorised authorized allocated supplied
    delivered donated transferred disclosed revealed admitted acknowledged claimed insisted
    tested conducted staged protested rallied marched erupted collapsed crashed sank began
    died murdered assassinated tortured assaulted raped looted burned torched blockaded retaliated
    escalated halted ceased hacked breached leaked stole smuggled trafficked transported shipped
    boycotted restricted mediated consulted discussed phoned hired merged
    acquired dissolved funded financed paid appealed pardoned investigated probed
    criticised criticized welcomed praised endorsed reaffirmed reiterated stressed alleged
    cleared built dug fortified reinforced expanded extended relocated redeployed amassed assembled
    postponed cancelled canceled resumed completed intensified heightened
    defeated inaugurated unveiled issued filed granted awarded reopened
    """
)
# Present participles of the same kind of actions, counted after a form of "be": "Belarusian troops
# are entering Ukraine", "the army was shelling the town". Only unambiguous ones: "meeting",
# "building" and "training" are as often nouns.
PROGRESSIVE_VERBS = word_set(
    """
    attacking invading shelling bombing bombarding firing launching killing destroying capturing
    seizing occupying besieging surrounding raiding storming advancing retreating withdrawing
    deploying crossing entering massing evacuating fleeing arresting detaining deporting expelling
    sanctioning blockading negotiating mediating amassing reinforcing involving
    """
)
_BE = word_set("is are was were be been being am")
# "said the troops were “securing the area”": the reporting verb goes on in the report's own words
# before the quoted ones, so the sentence reports speech rather than quoting it.
_REPORTED_BEFORE_QUOTE = re.compile(r"[^“”\"«»„]*\b(?:said|says|told)\s+(?:that\s+)?[^“”\"\s]+\s+[^“”\"\s]+\s")
# "said that", "told reporters that": reported speech, even around a few quoted words.
_REPORTED_THAT = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|saying|stated|reported)\s*,?\s+that\b")
# Words that may stand between "is" and its participle ("are reportedly also entering").
_ADVERBS = word_set("reportedly also now still already allegedly apparently currently again not")
# A modal, negation or "to" right before the verb: the action did not (or not yet) happen. ("t" is
# what is left of "hasn’t" when the apostrophe is a curly one.)
# "being" before a participle: still under way ("a centre being built").
_NOT_DONE = word_set("not never no t will would could might may must should shall to cannot can't won't being")
_WORD = re.compile(r"[A-Za-z']+")


# A determiner before the word makes it an adjective: "the advanced users", "an injured man".
_DETERMINERS = word_set("the a an its their his her our my your this these those some any every each")
_BLOCKERS = _NOT_DONE | _DETERMINERS
# Words quoted from someone are what they said, not what the report says happened.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
# A time the sentence names that the date rules cannot resolve ("in the 1970s", "a century ago",
# "in 1066"): the sentence is about another time than the report's.
_ANOTHER_TIME = re.compile(r"\b(?:1\d|20)\d\d(?:s|\b)|\b(?:centur(?:y|ies)|decades?|ago)\b", re.I)


# A sentence whose subject is an actor named by what it is ("Police arrested ...", "The ministry
# denied ...", "A local official said ..."), within its first words: it names an actor too.
ACTOR_NOUNS = word_set(
    """
    police army military troops soldiers forces rebels militants fighters insurgents gunmen militia
    protesters demonstrators government ministry ministries authorities officials official spokesman
    spokeswoman spokesperson court prosecutors judge parliament corporation company agency commission
    council committee coalition navy guards guard witnesses residents union regime mission
    """
)
_SUBJECT_OPENERS = word_list(
    "the a an its their his her local state senior security government federal two three several"
)
_DESCRIBED_ACTOR = re.compile(
    r"(?i:(?:(?:"
    + "|".join(_SUBJECT_OPENERS)
    + r")\s+)*)(?:[A-Za-z-]+\s+)?(?i:"
    + "|".join(sorted(ACTOR_NOUNS))
    + r")\b"
)

# The same in the other languages, where no person or organisation is drafted: a body named by what
# it is ("Die Polizei nahm ...", "Суд приговорил ...", "한국은행은 ... 동결했다"), a club's prefix
# ("Der FC Bayern München hat ... verloren") or, in Russian, a short name in guillemets
# ("«Зенит» обыграл ЦСКА"). Searched anywhere in the sentence; one row per language.
_OTHER_ACTORS: dict[str, re.Pattern[str]] = {
    language: re.compile(pattern)
    for language, pattern in {
        "de": r"(?i:polizei|gericht\b|gerichts?hof|staatsanwaltschaft|regierung|ministerium|bundestag|landtag|"
        r"behörde|konzern|unternehmen|bundeswehr|armee|stadtwerke|sparkasse|bank\b)|\b(?:FC|SV|VfB|VfL|TSG|RB|BSC)\b",
        "pt": r"(?i:\b(?:polícia|tribunal|governo|ministério|procuradoria|autoridades|empresa|banco|bolsa|câmara|"
        r"exército|clube)\b)|\b(?:FC|SC)\b",
        "ru": r"(?i:полици|суд\w*\b|прокуратур|правительств|министерств|ведомств|власти|банк|биржа|компани|"
        r"следовател|армия|клуб)|\b(?:МВД|ФСБ|СК|ЦБ|ФК)\b|«[А-ЯЁA-Z][^»\s]*(?:\s[^»\s]+){0,2}»",
        "ko": r"경찰|검찰|법원|정부|은행|위원회|국회|당국|기업|구단",
    }.items()
}

# Reported speech ("Lukashenko told state media he was ready to send troops") is a statement an
# analyst files as an event; a sentence that quotes the words themselves is a quote, not an event.
REPORTING_VERBS = word_set("said says told reported stated accuses denies warns insists claims urges")
PRESENT_REPORTING = word_set("says accuses denies warns insists claims urges")
# ... but not "That said, ...", "as told by", "it was said".
_NOT_REPORTING = word_set("that as was is be been being")
_QUOTE_MARKS = re.compile('[“”"«»„]')


def event_verb(text: str) -> str | None:
    """The first verb in `text`, outside quotation marks, that reports a done action, or None."""
    unquoted = _QUOTED.sub(" ", text)
    # Quoted words make the sentence a quote, unless it reports them ("... said that X was “ready”").
    reported = (
        not _QUOTE_MARKS.search(text)
        or _REPORTED_THAT.search(unquoted) is not None
        or _REPORTED_BEFORE_QUOTE.match(text) is not None
    )
    verbs = EVENT_VERBS | REPORTING_VERBS if reported else EVENT_VERBS
    previous = ""
    be_before = False
    for match in _WORD.finditer(unquoted):
        word = match.group().lower()
        if be_before and word in PROGRESSIVE_VERBS and previous not in _BLOCKERS:
            return match.group()
        be_before = word in _BE or (be_before and word in _ADVERBS)
        done = previous not in _BLOCKERS and not previous.endswith("n't")
        # A capital ("Looted colonial art") or a hyphen before it ("low-paid") makes it an adjective.
        verb_form = match.group().islower() and unquoted[match.start() - 1 : match.start()] != "-"
        if word in verbs and done and verb_form and (word not in REPORTING_VERBS or previous not in _NOT_REPORTING):
            return match.group()
        # "has not been arrested": the negation two words back still counts.
        if word not in ("been", "be", "have", "has", "had", "yet", "also", "reportedly"):
            previous = word
    said_that = _REPORTED_THAT.search(unquoted)
    return said_that.group().split()[0] if said_that else None


@dataclass(frozen=True, slots=True)
class Anchor:
    """The date an undated sentence takes from its report, and where that date came from."""

    edtf: str
    text: str | None  # the source's words for the date, when the date comes from words
    how: str
    # The report's own day, for a statement in the present tense ("..., says Li") that a paragraph
    # about the past would date wrongly.
    present: Anchor | None = None


class TimeFrame:
    """The time a report is talking about at each sentence, for sentences that name none.

    Within a paragraph, the last date a sentence named (that is not after publication) dates the
    sentences that follow, as uncertain (`?`): "On Feb. 24, Russia invaded. Tanks crossed at
    Senkivka." Elsewhere a news report describes what happened up to its publication, so the
    publication day dates them, as approximate (`~`). A new line starts a new paragraph, except
    for the bulleted items of a list that a line ending in a colon opens ("Strikes on March 14:"
    then "- Near Mosul, ..."): they go on its paragraph. A release under a dated dateline whose lead
    names the day it reports ("SOUTHWEST ASIA, Jan. 15 — forces struck ... on Saturday") reports that
    day throughout: its later undated paragraphs ("Near Mosul, three strikes ...") take the lead's day,
    as uncertain.
    """

    def __init__(
        self, text: str, published: dt.date | None, published_qualifier: str = "", dateline: str | None = None
    ) -> None:
        self._text = text
        self._published = published
        # The words of a release's own date at its head, when the publication day was read from them.
        self._dateline = dateline
        self._qualifier = published_qualifier
        self._last_end = 0
        self._paragraph: DateMention | None = None
        self._list_open = False  # the sentence before opened a list (a colon) or was an item of one
        self._lead: DateMention | None = None  # the day a release's lead reports, when not its dateline's
        self._lead_read = dateline is None  # only a release under a dated dateline has a lead day

    def advance(self, sentence: Sentence, dates: list[DateMention]) -> Anchor | None:
        """The anchor for `sentence` (from what came before it), then remember its own dates."""
        item = _BULLET.match(sentence.text) is not None
        if "\n" in self._text[self._last_end : sentence.start] and not (item and self._list_open):
            self._paragraph = None
        self._list_open = sentence.text.endswith(":") or (item and self._list_open)
        self._last_end = sentence.end
        anchor = self._anchor()
        for mention in dates:
            if self._usable(mention.edtf):
                self._paragraph = mention
        if not self._lead_read and self._paragraph is not None:
            self._lead_read = True  # the first date the release names after its dateline, and only that
            if self._in_the_week_before_publication(self._paragraph.edtf):
                self._lead = self._paragraph
        return anchor

    def _anchor(self) -> Anchor | None:
        if self._paragraph is not None and self._paragraph.edtf:
            return Anchor(
                qualified(self._paragraph.edtf, "?"),
                self._paragraph.text,
                f"dated by its paragraph ('{self._paragraph.text}'), uncertain",
                self._report_day(),
            )
        if self._lead is not None and self._lead.edtf:
            return Anchor(
                qualified(self._lead.edtf, "?"),
                self._lead.text,
                f"dated by the day the release's lead reports ('{self._lead.text}'), uncertain",
                self._report_day(),
            )
        return self._report_day()

    def _in_the_week_before_publication(self, edtf: str | None) -> bool:
        if self._published is None or not edtf or not re.fullmatch(r"\d{4}-\d\d-\d\d", edtf):
            return False
        return 0 < (self._published - dt.date.fromisoformat(edtf)).days < 7

    def _report_day(self) -> Anchor | None:
        if self._published is not None:
            day = self._published.isoformat() + self._qualifier
            if self._dateline:
                how = f"dated by the date at the head of the report ('{self._dateline}'), approximate"
                return Anchor(qualified(day, "~"), self._dateline, how)
            return Anchor(qualified(day, "~"), None, f"dated by the report's publication day ({day}), approximate")
        return None

    def _usable(self, edtf: str | None) -> bool:
        """A date a later sentence can take: known, with its year, and not in the future of the report."""
        if not edtf or "X" in edtf:
            return False
        try:
            bounds = edtf_bounds(edtf)
        except ValueError:
            return False
        return bounds is not None and (self._published is None or bounds[0] <= self._published)


def qualified(value: str, mark: str) -> str:
    """`value` with the EDTF qualifier `mark` on each end; "?" and "~" together make "%"."""
    ends = []
    for end in _season_months(value).split("/"):
        base, old = (end[:-1], end[-1]) if end and end[-1] in "?~%" else (end, "")
        marks = set(old.replace("%", "?~")) | set(mark.replace("%", "?~"))
        ends.append(base + ("%" if marks == {"?", "~"} else marks.pop()))
    return "/".join(ends)


def _season_months(value: str) -> str:
    """`value` with each season or quarter ("2026-21", "2004-36") given as its months, since EDTF cannot mark a
    year's subdivision (codes 21-41) uncertain: "2004-36?" is no EDTF date and would refuse the whole page."""
    parts = value.split("/")
    months = []
    for index, end in enumerate(parts):
        bounds = edtf_bounds(end) if re.fullmatch(r"\d{4}-(?:2[1-9]|3\d|4[01])", end) else None
        if bounds is None:
            months.append(end)
            continue
        first, last = f"{bounds[0]:%Y-%m}", f"{bounds[1]:%Y-%m}"
        months.extend(([first, last] if first != last else [first]) if len(parts) == 1 else [last if index else first])
    return "/".join(months)


@dataclass
class EventDraft:
    id: str
    title: str
    sentence: Sentence
    date: str | None
    date_text: str | None
    kind: str | None
    participants: list[str] = field(default_factory=list)  # actor ids, in order of mention
    place: str | None = None
    found_by: str = ""
    roles: dict[str, str] = field(default_factory=dict)  # actor id -> role, when more is known than "participant"


def propose_event(
    sentence: Sentence,
    dates: list[DateMention],
    actor_ids: list[str],
    place_ids: set[str],
    source_tag: str,
    taken: IdClaims,
    anchor: Anchor | None = None,
    english: bool = True,
    language: str | None = None,
    published: dt.date | None = None,
) -> EventDraft | None:
    """An event draft for a sentence, or None when it does not report something.

    A sentence with dates is dated by them; one without takes `anchor` (the report's time frame),
    but only when it reports an action and names an actor. The verbs that tell a report from a
    heading are English words: in another language a dated sentence must name an actor and be
    long enough to be prose. A date in a clause that reports nothing (`event_filters`: a
    condition, a hedge, a target, a stamp of the page) dates no event; `published` tells a
    target ("by 2050") from a time.
    """
    # A piece that starts in lower case is the tail of a wrapped line or a list, not a sentence.
    if sentence.text.endswith("?") or _NOT_EVENT.match(sentence.text) or sentence.text[:1].islower():
        return None
    language = language or ("en" if english else "")
    verb: str | None = None
    date_text: str | None
    if dates:
        if (
            english
            and not _VERB.search(sentence.text)
            and not _reads_as_prose(sentence.text)
            and not _timeline_entry(sentence, dates)
        ):
            return None
        if not english and (
            not (actor_ids or _names_body(sentence.text, language)) or len(sentence.text.split()) < _PROSE_WORDS
        ):
            return None
        # The filters last: most sentences are ruled out (or in) by the cheaper tests above.
        dates = [
            mention
            for mention in dates
            if date_reports(
                sentence.text,
                mention.start - sentence.start,
                mention.end - sentence.start,
                mention.edtf,
                published,
                language,
            )
        ]
        if not dates or not sentence_reports(sentence.text, language):
            return None
        chosen = next((mention for mention in dates if mention.edtf), dates[0])
        date, date_text = chosen.edtf, chosen.text
        listed = _listed_dates(sentence, dates)
        if listed is not None:
            date, date_text = listed
        how = f"a dated sentence ('{date_text}')"
        if len(dates) > 1:
            how += f"; other dates in it: {', '.join(repr(d.text) for d in dates if d is not chosen)}"
    else:
        if anchor is None or _ANOTHER_TIME.search(sentence.text):
            return None
        if not actor_ids and not _DESCRIBED_ACTOR.match(sentence.text):
            return None
        verb = event_verb(sentence.text)
        if verb is None or not sentence_reports(sentence.text, language):
            return None
        if verb.lower() in PRESENT_REPORTING and anchor.present is not None:
            anchor = anchor.present
        if verb.lower() in REPORTING_VERBS and not statement_reports(sentence.text, language):
            return None
        date, date_text = anchor.edtf, anchor.text
        how = f"an action ('{verb}') in a sentence with no date of its own, {anchor.how}"
    # The verb that made it an event tells its kind best ("told": a statement, even about troops).
    kind = next((name for name, pattern in _KINDS if verb and pattern.fullmatch(verb)), None) or next(
        (name for name, pattern in _KINDS if pattern.search(sentence.text)), None
    )
    place = next((actor for actor in actor_ids if actor in place_ids), None)
    participants = [actor for actor in actor_ids if actor != place]
    title = one_line(_BULLET.sub("", _FOOTNOTES.sub("", sentence.text), count=1).rstrip(".:"), TITLE_LIMIT)
    event_id = taken.claim(f"{slug(title, 40)}-{source_tag}")
    return EventDraft(event_id, title, sentence, date, date_text, kind, participants, place, how)


def _names_body(text: str, language: str) -> bool:
    """A sentence in another language that names a body by what it is, or a club."""
    pattern = _OTHER_ACTORS.get(language)
    return pattern is not None and pattern.search(text) is not None


def _reads_as_prose(text: str) -> bool:
    """Long enough and closed by a full stop: a sentence, not a heading, list item or stamp."""
    return len(text.split()) >= _PROSE_LENGTH and _FOOTNOTES.sub("", text).endswith(".")


# "11 Sept. 2008 – Construction begins.": a chronology's entry, a date then a dash and a capital; its
# present tense ("begins", "recalls") is the chronology's way of telling what happened. The entry may be a
# list item, its date in bold, its dash a colon ("- **April–May**: Talks in Geneva.").
_TIMELINE_DASH = re.compile(r"[*_]*\s*[–—:-]\s+[A-Z]")
_TIMELINE_HEAD = re.compile(r"[-*•_\s]*")


# A timeline box's entry often has no full stop ("- 2011: Civil war breaks out"); this many words after the
# dash tell it from a heading ("2019: Results").
_TIMELINE_WORDS = 3


def _timeline_entry(sentence: Sentence, dates: list[DateMention]) -> bool:
    first = dates[0]
    dash = _TIMELINE_DASH.match(sentence.text, first.end - sentence.start)
    return (
        _TIMELINE_HEAD.fullmatch(sentence.text, 0, first.start - sentence.start) is not None
        and dash is not None
        and (sentence.text.endswith(".") or len(sentence.text[dash.end() - 1 :].split()) >= _TIMELINE_WORDS)
    )


# Dates listed close together ("in 1991, 1993, 1995 and 1997") that make one event between them.
_LIST_SPAN_CHARS = 60
_LIST_GLUE = re.compile(r"(?:\s|,|;|and|or|in|on|again|then)*")


def _listed_dates(sentence: Sentence, dates: list[DateMention]) -> tuple[str, str] | None:
    """The span from the first to the last of several dates listed together, and its words."""
    if len(dates) <= 1:
        return None
    first, last = dates[0], dates[-1]
    if last.end - first.start > _LIST_SPAN_CHARS or len({mention.edtf for mention in dates}) < len(dates):
        return None
    # Only commas, "and", "or" and "in" between them: a list, not "today ... your children today".
    for before, after in pairwise(dates):
        if not _LIST_GLUE.fullmatch(sentence.text[before.end - sentence.start : after.start - sentence.start]):
            return None
    bounds = []
    for mention in dates:
        try:
            known = edtf_bounds(mention.edtf) if mention.edtf else None
        except ValueError:
            known = None
        if known is None:
            return None
        bounds.append((known, mention.edtf or ""))
    earliest = min(bounds)[1].split("/")[0]
    latest = max(bounds, key=lambda item: item[0][1])[1].split("/")[-1]
    words = sentence.text[first.start - sentence.start : last.end - sentence.start]
    return (earliest if earliest == latest else f"{earliest}/{latest}"), words
