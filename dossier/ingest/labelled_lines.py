"""Names on a page's labelled lines and team sheets ('Leaders: A, B', 'Line-up: ...', 'Location: ...'), on the
lines above a briefing's date and after quotes: the kind their line gives them.
"""

from __future__ import annotations

import re

from dossier.ingest.acronyms import ACRONYM
from dossier.ingest.actor_document import ActorDocument, tokens_in
from dossier.ingest.box_flags import BOX_PARTS_AFTER, COMMANDERS_HEADING, flag_cuts
from dossier.ingest.cues import TITLES
from dossier.ingest.glued_labels import glued_name_spans
from dossier.ingest.grouping import Candidate
from dossier.ingest.line_index import line_start, opens_its_line
from dossier.ingest.listed_names import (
    APPLICANT_LABELS,
    JOINED_BY_AMPERSAND,
    MAKER_LABELS,
    ORGANISER_LABELS,
    PLACE_COLUMNS,
    PLACE_LABELS,
    column_spans,
    inline_ward_spans,
    labelled_cell_spans,
    lineup_spans,
    office_holder_spans,
    people_line_spans,
    person_label_spans,
    spec_value_spans,
    value_line_spans,
)
from dossier.ingest.names import is_given_name
from dossier.ingest.page_noise import WEATHER_BOX
from dossier.ingest.place_evidence import qualified_place, towns_above_a_date
from dossier.model import ActorKind

# A person's name has two to four words ("Freddy Padilla de León").
_LISTED_PERSON_WORDS = range(2, 5)


def persons_under_label(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Leaders: Tomas Quell, Nyo Varn Awng', or a board's line of names ('A (Chair), B, C'): a name of no kind
    on a line of people is a person's."""
    spans = (
        person_label_spans(doc.text)
        + office_holder_spans(doc.text)
        + people_line_spans(doc.text)
        + column_spans(doc.text)
        + glued_name_spans(doc.text)  # a timeline of office holders, its names glued one to the next
    )
    # a side's flag before its commander's name keeps its own kind ("Tremmic Republic of Varnia Ilse Varn")
    flags = flag_cuts(doc.text, doc.gazetteer) if COMMANDERS_HEADING in doc.text.casefold() else set()
    kept = [c for c in candidates if doc.tokens[c.last].end not in flags]
    # one word or an acronym: a body as often as a person
    _persons_of_no_kind_under(doc, kept, spans, _LISTED_PERSON_WORDS, 0.55)


# A player on a team sheet is named by one to three words ("Varn", "Ilse Varn", "Ilse van Varn").
_PLAYER_WORDS = range(1, 4)


def players_on_team_sheets(doc: ActorDocument, candidates: list[Candidate]) -> list[Candidate]:
    """'Line-up: Varn; Quell, Tresk', 'Tremmin: Varn; Quell, Tresk, ...': a name of no kind on a team sheet
    is a player's, a lone surname too (on other lines of people a lone word is a body as often). Two
    capitals in brackets after a player there are the position played ("Ilse Varn (GK)"), no body."""
    spans = lineup_spans(doc.text)
    # an acronym there is a club or a body
    _persons_of_no_kind_under(doc, candidates, spans, _PLAYER_WORDS, 0.6)
    return [c for c in candidates if not (spans and _position_on_team_sheet(doc, c, spans))]


def _position_on_team_sheet(doc: ActorDocument, candidate: Candidate, spans: list[tuple[int, int]]) -> bool:
    token = doc.tokens[candidate.first]
    if candidate.last != candidate.first or len(token.text) > 2 or not token.text.isupper():
        return False
    inside = doc.text[token.start - 1 : token.start] == "(" and doc.text[token.end : token.end + 1] == ")"
    return inside and any(a <= token.start and token.end <= b for a, b in spans)


def _persons_of_no_kind_under(
    doc: ActorDocument, candidates: list[Candidate], spans: list[tuple[int, int]], words: range, confidence: float
) -> None:
    """Make a person of each name of no kind inside `spans` that has `words` capitalised words, no acronym."""
    if not spans:
        return
    tokens = doc.tokens
    for candidate in candidates:
        if candidate.kind is not ActorKind.other:
            continue
        capitalised = [tokens[k] for k in range(candidate.first, candidate.last + 1) if tokens[k].capitalised]
        if len(capitalised) not in words or any(t.text.isupper() for t in capitalised):
            continue
        _mark_if_under_label(doc, candidate, spans, ActorKind.person, confidence)


# '"We will stay," said Ilse Varnakova': a quotation closed, then a speech verb, then the speaker.
_AFTER_QUOTE_SPEECH = re.compile(r"""[,.!?]["”’']\s+(?:said|says|added|asked)\s+$""")


_QUOTE_LOOKBACK = 12  # characters before a name: '," said '


def speakers_after_quotes(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'"We will stay," said Aïssatou Varnakova of the institute': a name of no kind, of two to
    four words, no acronym, right after a quotation and its speech verb, is the speaker, a person.
    A body that speaks there carries a body's word or is known by other evidence, so it has a kind."""
    tokens, text = doc.tokens, doc.text
    for candidate in candidates:
        if candidate.kind is not ActorKind.other:
            continue
        capitalised = [tokens[k] for k in range(candidate.first, candidate.last + 1) if tokens[k].capitalised]
        if len(capitalised) not in _LISTED_PERSON_WORDS or any(t.text.isupper() for t in capitalised):
            continue
        start = tokens[candidate.first].start
        if _AFTER_QUOTE_SPEECH.search(text, max(0, start - _QUOTE_LOOKBACK), start) is None:
            continue
        candidate.kind = ActorKind.person
        candidate.found_by = "the speaker after a quotation"
        candidate.confidence = 0.55


def places_under_label(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Location: Ouadi Varn, Borkou': a name on a line of places that nothing made a body, and only a
    weak cue a person ("Varn" used alone elsewhere), is a place's."""
    spans = (
        person_label_spans(doc.text, PLACE_LABELS)
        + column_spans(doc.text, PLACE_COLUMNS)
        + labelled_cell_spans(doc.text, PLACE_LABELS)
        + value_line_spans(doc.text, PLACE_LABELS)  # "Headquarters Quellmayo" over "Barawe[3] (2012–2014)"
    )
    wards = inline_ward_spans(doc.text)
    if not spans and not wards:
        return
    tokens = doc.tokens
    for candidate in candidates:
        if wards and candidate.found_by == JOINED_BY_AMPERSAND:
            # "Ward: Currock & Upperby": a ward named by its two places, no firm of two names
            start, end = tokens[candidate.first].start, tokens[candidate.last].end
            if any(a <= start and end <= b for a, b in wards):
                candidate.kind, candidate.found_by, candidate.confidence = ActorKind.place, "a ward after 'Ward:'", 0.65
            continue
        weak_person = candidate.kind is ActorKind.person and candidate.confidence <= _WEAK_PERSON
        if candidate.kind is not ActorKind.other and not weak_person:
            continue
        if weak_person and is_given_name(tokens[candidate.first].folded):
            continue  # "Ilse Varn" keeps her given name's evidence
        _mark_if_under_label(doc, candidate, spans, ActorKind.place, 0.65)


def towns_above_dates(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Washington, D.C.' above 'April 2, 2026' at a briefing's head: the town it was given in."""
    starts = [token.start for token in doc.tokens]
    taken = {k for c in candidates for k in range(c.first, c.last + 1)}
    for start, end, official in towns_above_a_date(doc.text, doc.gazetteer):
        words = tokens_in(starts, start, end)
        if not words or taken.intersection(words):
            continue
        if WEATHER_BOX.match(doc.text, line_start(doc.text, line_start(doc.text, start) - 1)):
            continue  # "18 C / New York / Sunday, September 8": a theme's weather box, no dateline
        name = doc.text[start:end]
        town = Candidate(
            words[0], words[-1], name, ActorKind.place, "a town above the day", 0.6, gazetteer_name=official
        )
        town.alias = qualified_place(doc, words[0], words[-1])  # "Washington, D.C." as the line gives it
        candidates.append(town)


def makers_under_label(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Manufacturer: Tollek Aerospace', 'Builders: Varn Skibsværft': a name of no kind on a line of makers
    or users is a body's (a firm, a navy), not a person's or a place's; so is one on a planning box's line of
    who applies or acts for them ("Agent: Tarn Marsh Planning, Reading")."""
    spans = person_label_spans(doc.text, MAKER_LABELS | APPLICANT_LABELS)
    if not spans:
        return
    for candidate in candidates:
        if candidate.kind is ActorKind.other:
            _mark_if_under_label(doc, candidate, spans, ActorKind.organization, 0.6)


# Column headings over sides: a results table's "| Rider | Team | Time |", a league's "| Club | P | W |".
_SIDE_COLUMNS = frozenset({"team", "teams", "club", "clubs", "squad"})


def sides_under_column(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'| 3 | Daniel Haworth | Ribblesdale Wheelers | +0:09 |' under "Team": a name of no kind in a table's column
    of teams or clubs is a side's, a body."""
    spans = column_spans(doc.text, _SIDE_COLUMNS)
    if not spans:
        return
    for candidate in candidates:
        if candidate.kind is ActorKind.other:
            _mark_if_under_label(doc, candidate, spans, ActorKind.organization, 0.6)


def organisers_under_label(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Organiser: Opera North' under an event: a name of no kind is the body that puts it on, and so is one read
    as a place by its form alone ("Opera North" by its compass word), not one the gazetteer knows as a place."""
    spans = person_label_spans(doc.text, ORGANISER_LABELS)
    if not spans:
        return
    for candidate in candidates:
        by_form = candidate.kind is ActorKind.place and candidate.gazetteer_name is None
        if candidate.kind is ActorKind.other or by_form:
            _mark_if_under_label(doc, candidate, spans, ActorKind.organization, 0.6)


# A line of a war box's "Strength" part: a side, then after a colon (or a space) its number of fighters ("Tremmic Front:
# 40,000–50,000[4]", "Ansar Varn: 300–10,000", "JNIM: Up to 2,000", "Al-Quellat: Fewer than 100").
_STRENGTH_LINE = re.compile(
    r"[ \t]*([^:\n]{1,80}?)(?:[ \t]*:[ \t]*|[ \t]+)(?:[~≈c.]+ ?|(?:up to|fewer than|over|about|around|some) )?\d",
    re.IGNORECASE,
)
_STRENGTH_HEADING = "strength"


def forces_by_their_strength(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Strength / Tremmic Front: 40,000–50,000': a body counted by its fighters in a war box's "Strength" part is an
    armed force, whatever its name's words make of it elsewhere (a front, a union, its supporters). A state or a
    place counted there keeps its kind ("Tremmia: 7,350": the state's army is not named)."""
    spans: list[tuple[int, int]] = []
    start = 0
    in_strength = False
    for line in doc.text.split("\n"):
        heading = line.strip().casefold().rstrip(":")
        if heading == _STRENGTH_HEADING:
            in_strength = True
        elif heading in BOX_PARTS_AFTER or heading == COMMANDERS_HEADING:
            in_strength = False
        elif in_strength and (counted := _STRENGTH_LINE.match(line)) is not None:
            spans.append((start + counted.start(1), start + counted.end(1)))
        start += len(line) + 1
    if not spans:
        return
    for candidate in candidates:
        if candidate.kind in (ActorKind.organization, ActorKind.other):
            at = doc.tokens[candidate.first].start, doc.tokens[candidate.last].end
            if any(a <= at[0] and at[1] <= b for a, b in spans):
                candidate.kind = ActorKind.armed_force
                candidate.found_by = "its fighters counted under a war box's 'Strength'"
                candidate.confidence = max(candidate.confidence, 0.85)


def sellers_in_spec_tables(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'| Price | £799 at Argos and John Lewis |' in a review's table of specifications: the shops that sell the
    thing and its maker are firms, whatever their names read as elsewhere (a Greek town, a person's name)."""
    spans = spec_value_spans(doc.text)
    if not spans:
        return
    for candidate in candidates:
        if candidate.kind is not ActorKind.state:
            _mark_if_under_label(doc, candidate, spans, ActorKind.organization, 0.6)


def _mark_if_under_label(
    doc: ActorDocument, candidate: Candidate, spans: list[tuple[int, int]], kind: ActorKind, confidence: float
) -> None:
    """Give a candidate the kind of the 'Label: a, b' line it stands on, when it stands on one of them."""
    start, end = doc.tokens[candidate.first].start, doc.tokens[candidate.last].end
    if any(a <= start and end <= b for a, b in spans):
        line = doc.text[line_start(doc.text, start) : start]
        candidate.kind = kind
        if line.lstrip().startswith("|"):
            candidate.found_by = "in a table's column of names"  # "| Ilse Varn | ...", under "Candidate"
        else:
            candidate.found_by = f"listed under '{line.split(':')[0].strip()}:'"
        candidate.confidence = confidence


_WEAK_PERSON = 0.6  # a person by a surname used alone or a given name, not by a title or a phrase


# "DFAT Media Liaison: (02) 6261 1555": a line that gives an office's telephone number.
_PHONE_AFTER = re.compile(r":[ \t]*\(?\+?\d[\d ()-]{5,}")


_CONTACT_BEFORE = re.compile(r"\bcontact (?:the )?\Z")


def contact_office(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'DFAT Media: (02) 6261 1555': the body whose office a release's contact line gives, by its acronym, the
    office's name an alias. A post's office is a body of its own."""
    tokens = doc.tokens
    land = doc.gazetteer.lookup((tokens[first].folded,))
    if (
        first < last
        and ACRONYM.fullmatch(tokens[first].text)
        and doc.text[tokens[first].end : tokens[first + 1].start] == " "  # (not "CJTF-OIR": a body of two parts)
        and (land is None or land.kind != "state")  # ("contact U.S. Central Command ...": a state opens the body)
        and _CONTACT_BEFORE.search(doc.text, 0, tokens[first].start)
    ):
        # "For more information, contact the CENTCOM Public Affairs office": the press office named after "contact"
        # is a body; its body's acronym a spelling of it (a reader marks either)
        acronym, office = tokens[first].text, doc.text[tokens[first].start : tokens[last].end]
        return Candidate(
            first,
            last,
            office,
            ActorKind.organization,
            "an office to contact, by its body's acronym",
            0.6,
            alias=acronym,
        )
    if first == last or not _PHONE_AFTER.match(doc.text, tokens[last].end):
        return None
    if doc.text[: tokens[first].start].rstrip(" \t•*-–").rstrip(" \t")[-1:] not in ("", "\n"):
        return None  # a label opens its line (after a bullet maybe: "  • DFAT Media Liaison: (02) ...")
    if (
        tokens[last].text == "Office"
        and doc.text[tokens[last - 1].end : tokens[last].start] in ("'s ", "’s ")
        and tokens[last - 1].folded in TITLES
    ):
        # "Foreign Minister's Office: (02) 6277 7500": the office of a post, a body
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, "a post's office on a contact line", 0.6)
    if not ACRONYM.fullmatch(tokens[first].text):
        return None
    # The body by its acronym, and the office as the line writes it ("DFAT Media Liaison") a spelling of it: a
    # reader marks either.
    acronym, office = tokens[first].text, doc.text[tokens[first].start : tokens[last].end]
    return Candidate(
        first, first, acronym, ActorKind.organization, "an office's body on a contact line", 0.6, alias=office
    )


# A transcript's line opened by a speaker's initials and a colon: "AV: How did it start?".
_INITIALS_LINE = re.compile(r"^[ \t]*([A-Z]{2,3}):[ \t]+\S", re.MULTILINE)


def speakers_initials(text: str, letters: str, start: int) -> bool:
    """Whether `letters` at `start` open a line as an interview's speaker: a transcript where two speakers'
    initials each open more than one line ("AV: ..." "KD: ..." "AV: ..."), as a Q&A writes its speakers."""
    if not opens_its_line(text, start) or not text.startswith(f"{letters}:", start):
        return False
    openers = [found[1] for found in _INITIALS_LINE.finditer(text)]
    repeated = {initials for initials in openers if openers.count(initials) > 1}
    return letters in repeated and len(repeated) >= 2
