"""Draft extraction from one source's text, with no file access: the pipeline's pure core.

Steps, in order: sentences; mentions of known actors; new actor drafts (and gazetteer
links to known actors); dates per sentence; events for dated sentences; quotes for
reported speech. The result holds every draft with the spans that justify it, so the
writer (`drafts.py`) and the benchmark use the same output.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from dossier.ingest.actors import propose_actors
from dossier.ingest.agency_credits import unwrapped_wire_credits
from dossier.ingest.arabic_places import find_arabic_places
from dossier.ingest.bare_body_states import bare_body_states
from dossier.ingest.box_flags import cut_flags
from dossier.ingest.capitals_names import name_as_written
from dossier.ingest.claims import settle_claims
from dossier.ingest.clipped_short_forms import article_dropped_forms
from dossier.ingest.dates import DateMention, dateline, find_dates
from dossier.ingest.draft_evidence import review_drafts
from dossier.ingest.event_filters import stamped
from dossier.ingest.events import EventDraft, TimeFrame, propose_event
from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.glued_labels import split_glued_labels
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.heading_names import heading_sentences
from dossier.ingest.known_mentions import find_mentions
from dossier.ingest.legend_codes import spelled_out_in_a_key
from dossier.ingest.listed_names import spaced_label_ends
from dossier.ingest.mentions import ActorIndex, Mention, Token, tokenize
from dossier.ingest.names import IdClaims
from dossier.ingest.page_lands import places_for_the_page
from dossier.ingest.quotes import QuoteDraft, propose_quotes
from dossier.ingest.same_place_drafts import join_drafts_of_one_place
from dossier.ingest.sentences import Sentence, list_items_apart, split_sentences
from dossier.ingest.story_dates import StoryDates
from dossier.ingest.syllable_tails import whole_syllable_tails
from dossier.ingest.uncased_places import find_uncased_places
from dossier.ingest.unspaced_places import find_unspaced_places, split_at_names
from dossier.ingest.works import (
    cast_as_a_role,
    game_page,
    home_lands,
    invented_in_a_game,
    played_by_a_performer,
    plays_a_role,
    unexplained,
)
from dossier.model import Actor, ActorKind

MAX_SENTENCE_CHARS = 3000


@dataclass
class Extraction:
    sentences: list[Sentence]
    known_mentions: list[Mention]  # mentions of actors already in the workspace
    actors: list[ActorDraft]
    events: list[EventDraft]
    quotes: list[QuoteDraft]
    mentions: list[Mention] = field(default_factory=list)  # every mention, known and new, in text order


_PERFORMERS = (ActorKind.person, ActorKind.other)


def extract(
    text: str,
    published: dt.date | None,
    known_actors: list[Actor],
    taken_ids: set[str],
    source_tag: str,
    index: ActorIndex | None = None,
    rejected: frozenset[tuple[str, ...]] = frozenset(),
    published_qualifier: str = "",
    language: str = "en",
    title: str | None = None,
) -> Extraction:
    """Every draft one text suggests. `taken_ids` gains the ids the drafts use.

    `published_qualifier` is the EDTF mark ("?", "~") of an uncertain publication day, carried
    over to the dates counted from it. `language` (ISO 639-1) decides which rules run: the
    name rules are English rules, so other languages get gazetteer places and known actors only.
    The source's `title` may name the year its days without one are in ("Report, 1 February - 31 July 2024").
    """
    index = index or ActorIndex(known_actors)
    base_language = language.split("-")[0]
    english = base_language == "en"
    if english:
        text = unwrapped_wire_credits(text)  # "(Reporting by ...; Editing by Dana\nQuell)": one name over a line's end
    published, counted_from, dateline_words = _publication_day(text, published, english, base_language)
    sentences = split_sentences(text)
    tokens, known, drafts = _actor_drafts(text, sentences, index, taken_ids, rejected, base_language)
    mentions = _every_mention(text, known, drafts)
    reader = _SentenceReader(
        text,
        mentions,
        source_tag,
        published,
        counted_from,
        published_qualifier,
        base_language,
        place_ids=index.ids_of_kind(ActorKind.place) | _ids_of(drafts, ActorKind.place),
        person_ids=index.ids_of_kind(ActorKind.person) | _ids_of(drafts, ActorKind.person),
        # Sentences without a date of their own take the report's time frame; the verbs that tell an
        # action from a description are English words.
        frame=TimeFrame(text, published, published_qualifier, dateline_words) if english else None,
        story=StoryDates(counted_from, title),
    )
    statements = list_items_apart(sentences)
    headings = heading_sentences(statements, tokens, [token.start for token in tokens])
    for sentence in statements:
        reader.read(sentence, sentence.index in headings)
    reader.quotes.sort(key=lambda q: (q.start, q.end))
    return Extraction(sentences, known, drafts, reader.events, reader.quotes, mentions)


def _publication_day(
    text: str, published: dt.date | None, english: bool, language: str
) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The page's day, the day other dates are counted from ("on Saturday", "в понедельник"), and the
    dateline's words when a dateline stated the page's day."""
    counted_from, dateline_words = published, None
    if published is None or not english:
        # A release states its date at its head; "on Saturday" and "today" are counted from it. In
        # English a stated publication day is the time frame's own start (`TimeFrame`).
        stated = dateline(text, language)
        if stated is not None:
            counted_from = stated[0]
            if published is None:
                published, dateline_words = stated
    return published, counted_from, dateline_words


def _actor_drafts(
    text: str,
    sentences: list[Sentence],
    index: ActorIndex,
    taken_ids: set[str],
    rejected: frozenset[tuple[str, ...]],
    language: str,
) -> tuple[list[Token], list[Mention], list[ActorDraft]]:
    """The text's words, its mentions of known actors (by name, by the gazetteer, or by a draft's name another
    record holds), and its new actor drafts."""
    # Chinese, Japanese: no spaces to find words by; Arabic, Hebrew, Hindi: no capitals to find names by
    unspaced = (
        find_unspaced_places(text, language)
        or find_arabic_places(text, language)
        or find_uncased_places(text, language)
    )
    tokens = split_at_names(text, tokenize(text), unspaced)
    if language == "en":
        # "CommanderIlse Varn", "Opponents Islamic State": a box's label glued or set beside its value
        tokens = split_glued_labels(text, tokens, spaced_label_ends(text))
    places = gazetteer().in_language(language)
    if language == "en":
        places = places_for_the_page(text, places, tokens, sentences)
        tokens = cut_flags(text, tokens, places)  # "Tremmia Ilse Varnova": a war box's flag before its commander
    known = find_mentions(text, tokens, index, places, language)
    drafts, linked = propose_actors(
        text,
        tokens,
        sentences,
        known,
        index,
        places,
        taken_ids,
        rejected,
        language=language,
        unspaced={name.start: name for name in unspaced},
    )
    if language == "en":
        drafts = _english_drafts_kept(text, drafts, tokens, taken_ids)
    else:
        drafts = join_drafts_of_one_place(drafts)  # "Приамурье" and "Амурская область": one region
    name_as_written(text, drafts)
    if language == "en":
        whole_syllable_tails(text, drafts)
    # (whose each bare "Supreme Court" is, as the page says: `bare_body_states`)
    states = bare_body_states(text, drafts, known, index, places)
    drafts, claimed = settle_claims(drafts, index, text, places, taken_ids, states)
    if language == "en":
        article_dropped_forms(text, drafts)  # "al-Nujaba ... the Nujaba headquarters": one body
    return tokens, sorted(known + linked + claimed, key=lambda m: m.start), drafts


def _english_drafts_kept(
    text: str, drafts: list[ActorDraft], tokens: list[Token], taken_ids: set[str]
) -> list[ActorDraft]:
    """The drafts that stand after a second look at the whole page: not unexplained, not a role, a cast
    list's character, a key's code or a game's invention."""
    drafts = [
        draft
        for draft in review_drafts(text, drafts, taken_ids)
        if not unexplained(draft) and not plays_a_role(text, draft)
    ]
    # Where each name a person's (or nothing else's) ends: a cast list's performer before "as".
    person_ends = {end for draft in drafts if draft.kind in _PERFORMERS for _, end in draft.spans}
    drafts = [
        draft
        for draft in drafts
        if not cast_as_a_role(text, draft, person_ends) and not spelled_out_in_a_key(text, draft)
    ]
    if game_page({token.folded for token in tokens if token.text[:1].islower()}):
        lands = home_lands(drafts)
        drafts = [draft for draft in drafts if not invented_in_a_game(draft, lands)]
        # "Mari Penhallow plays Elsbeth": the character a performer plays in the game
        drafts = [draft for draft in drafts if not played_by_a_performer(text, draft, person_ends)]
    return drafts


def _every_mention(text: str, known: list[Mention], drafts: list[ActorDraft]) -> list[Mention]:
    """The mentions of known actors and of the new drafts, in text order."""
    mentions = list(known)
    for draft in drafts:
        for start, end in draft.spans:
            mentions.append(Mention(draft.id, start, end, -1, -1, text[start:end], "new"))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _ids_of(drafts: list[ActorDraft], kind: ActorKind) -> set[str]:
    return {draft.id for draft in drafts if draft.kind is kind}


@dataclass
class _SentenceReader:
    """Reads the text's sentences in order into events and quotes: what it carries from one sentence to the
    next is the time frame, a dateline's date, the event ids taken and the last person named."""

    text: str
    mentions: list[Mention]
    source_tag: str
    published: dt.date | None
    counted_from: dt.date | None
    published_qualifier: str
    language: str
    place_ids: set[str]
    person_ids: set[str]
    frame: TimeFrame | None
    story: StoryDates
    events: list[EventDraft] = field(default_factory=list)
    quotes: list[QuoteDraft] = field(default_factory=list)
    # Event ids end with the source's tag (from its text's hash), so they are unique across the workspace
    # and the same on a resumed run, which then finds the events it wrote before.
    event_ids: IdClaims = field(default_factory=IdClaims)
    dated_by_line: list[DateMention] = field(default_factory=list)  # "Москва, 3 февраля 2024 года." dates the next
    previous_person: str | None = None
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]

    def read(self, sentence: Sentence, heading: bool) -> None:
        low, high = bisect.bisect_left(self.starts, sentence.start), bisect.bisect_left(self.starts, sentence.end)
        inside = self.mentions[low:high]
        # A "sentence" of thousands of characters is a table or a dump, not prose: no events or quotes.
        self.story.line(sentence.start, sentence.text, heading)
        if not heading and len(sentence.text) <= MAX_SENTENCE_CHARS:
            self._events_and_quotes(sentence, inside)
        people = [m.actor_id for m in inside if m.actor_id in self.person_ids]
        if people:
            self.previous_person = people[-1]

    def _events_and_quotes(self, sentence: Sentence, inside: list[Mention]) -> None:
        actor_ids = list(dict.fromkeys(m.actor_id for m in inside))
        found = self._events(sentence, actor_ids)
        self.events.extend(found)
        said = propose_quotes(sentence, inside, self.previous_person, self.person_ids, self.language)
        for quote in said:
            for event in found:
                if event.id not in quote.about:
                    quote.about.append(event.id)
                if quote.attributed_to in event.participants:
                    event.roles[quote.attributed_to] = "speaker"
        if found and not any(q.start == sentence.start and q.end == sentence.end for q in said):
            # An event is a claim: its sentence is the quote that supports it.
            about = [*(event.id for event in found), *actor_ids]
            self.quotes.append(
                QuoteDraft(sentence.start, sentence.end, None, _reports(), about, "the event's sentence")
            )
        self.quotes.extend(said)

    def _events(self, sentence: Sentence, actor_ids: list[str]) -> list[EventDraft]:
        """The events a sentence reports, one per day it names (none in a page's stamp)."""
        english = self.frame is not None
        dates = self.story.settle(
            find_dates(sentence.text, sentence.start, self.counted_from, self.published_qualifier, self.language)
        )
        if english and len(dates) > 1:
            dates = _today_of_dateline(self.text, sentence, dates)
        anchor = self.frame.advance(sentence, dates) if self.frame is not None else None
        # A stamp of the page or a comment's time makes the whole sentence page furniture.
        furniture = any(
            stamped(sentence.text, m.start - sentence.start, m.end - sentence.start, self.language) for m in dates
        )
        if not english:
            opens = _is_dateline(self.text, sentence, dates)
            if opens and _place_comma_date(sentence, dates):
                self.dated_by_line = dates  # "Nazaré, 3 de novembro de 2025.": it dates the next sentence, no event
                return []
            dates, self.dated_by_line = (dates or self.dated_by_line), (dates if opens else [])
        return [
            event
            for group in ([] if furniture else _date_groups(dates) or [[]])
            if (
                event := propose_event(
                    sentence,
                    group,
                    actor_ids,
                    self.place_ids,
                    self.source_tag,
                    self.event_ids,
                    anchor,
                    english,
                    self.language,
                    self.published,
                )
            )
            is not None
        ]


# "BERGEN, Norway, August 14, 2025 — Halvorsen Marine today reported ...": the dateline's day before a dash at the
# head of a line, and the sentence's own "today", which is that day.
# A wire service's tag may stand between the dateline and its dash: "March 3, 2025 /PRNewswire/ --",
# "March 3, 2025 (GLOBE NEWSWIRE) --".
_WIRE_TAG = r"(?:\s*/[^/\n]{1,40}/|\s*\((?=[^()\n]*[A-Z]{3})[^()\n]{1,40}\))?"
_DATELINE_DASH = re.compile(_WIRE_TAG + r"\s*(?:—|–|--?)\s")
_TODAY_WORDS = frozenset({"today", "earlier today"})


def _today_of_dateline(text: str, sentence: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """A release's "today" dates its first sentence, on the dateline's day; the dateline is the page's stamp."""
    first = dates[0]
    opens_line = sentence.start == 0 or text[sentence.start - 1] == "\n"
    if (
        not opens_line
        or not first.edtf
        or not re.fullmatch(r"\d{4}-\d\d-\d\d", first.edtf)
        or _DATELINE_DASH.match(text, first.end) is None
        or not any(m.text.lower() in _TODAY_WORDS for m in dates[1:])
    ):
        return dates
    return [DateMention(m.start, m.end, m.text, first.edtf) if m.text.lower() in _TODAY_WORDS else m for m in dates[1:]]


# A dateline is a line of its own or a short sentence opening a line: a place and a date.
_DATELINE_WORDS = 6


def _is_dateline(text: str, sentence: Sentence, dates: list[DateMention]) -> bool:
    """'Москва, 3 февраля 2024 года.': a place and a date that open a report, with nothing else to
    say. In another language the time frame's verbs are not read, so it dates the next sentence only."""
    opens_line = sentence.start == 0 or text[sentence.start - 1] == "\n"
    return bool(dates) and opens_line and len(sentence.text.split()) <= _DATELINE_WORDS


def _place_comma_date(sentence: Sentence, dates: list[DateMention]) -> bool:
    """'Isny im Allgäu, 4. Dezember 2025.': a place, a comma, then the date, which ends the line: no event
    ("Выставка откроется в январе в Вологде" is short, but an event)."""
    first = min(mention.start for mention in dates) - sentence.start
    return "," in sentence.text[:first] and not sentence.text[max(m.end for m in dates) - sentence.start :].strip(" .")


# A sentence naming several distinct days ("Turkey on 4 April and Uzbekistan on 5-6 April") reports
# as many events; more than this many dates is a list or a timeline, kept as one event.
MAX_EVENTS_PER_SENTENCE = 3


def _date_groups(dates: list[DateMention]) -> list[list[DateMention]]:
    """The dates of one sentence, grouped into the events they date."""
    # Two words for one day ("March 25, 2017 — officials confirmed today"): the first, usually spelled out.
    resolved: list[DateMention] = list({m.edtf: m for m in reversed(dates) if m.edtf}.values())[::-1]
    # Without a publication day, "the attack this morning ... the car bombs on Monday" resolves
    # neither, and "said Tuesday that ... a Nov. 17 strike" only one, but each names its own day (a
    # weekday that restates a date, "Tuesday, March 14", is already one mention with it).
    unresolved = list({mention.text.lower(): mention for mention in dates if not mention.edtf}.values())
    if 2 <= len(resolved) + len(unresolved) <= MAX_EVENTS_PER_SENTENCE:
        return [[mention] for mention in resolved + unresolved]
    return [dates] if dates else []


def _reports():  # type: ignore[no-untyped-def]
    from dossier.model import Stance

    return Stance.reports
