"""Names in headings and title lines: which lines read as headings, a person named with a title in a release's
heading, a post that is a whole line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.ingest.actor_document import ActorDocument, cased, tokens_in
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import FUNCTION_WORDS, KNOWN_BODIES, KNOWN_GROUPS, NAME_PARTICLES, TITLE_PARTS, TITLES
from dossier.ingest.grouping import Candidate
from dossier.ingest.holder_lists import holder_item_sentences
from dossier.ingest.korean_lines import korean_line_goes_on
from dossier.ingest.labelled_persons import person_under_a_label
from dossier.ingest.line_index import opens_its_line
from dossier.ingest.mentions import Token
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.ingest.person_names import POST_WITH_REMIT, STATEMENT_BY_A_POST
from dossier.ingest.sentences import Sentence
from dossier.model import ActorKind

# Lower-case words of this many letters, other than function words, that a Title Case heading would
# have capitalised: two of them make a line sentence case, however many names it holds.
_PLAIN_WORD_LETTERS = 5


_SENTENCE_CASE_WORDS = 2


def _plain_words(sentence: Sentence, tokens: list[Token], content: list[int]) -> int:
    """How many of a line's content words are plain lower-case words ("behalf", "offensive"); not the
    half of a compound ("White-collar") nor a word in a line of tags ("Fraud | White collar crime")."""
    if "|" in sentence.text or "•" in sentence.text:
        return 0
    return sum(
        1
        for i in content
        if tokens[i].text.isalpha()
        and tokens[i].text.islower()
        and len(tokens[i].text) >= _PLAIN_WORD_LETTERS
        and not _after_hyphen(sentence, tokens[i])
    )


def _post_after_comma(sentence: Sentence, tokens: list[Token], content: list[int]) -> bool:
    """A plain lower-case word right after a comma ("..., member of", "..., commander of"): a name and what
    it is, as a list of people under "Notable people" gives them; a Title Case heading capitalises it."""
    return "|" not in sentence.text and any(
        tokens[i].text.isalpha()
        and tokens[i].text.islower()
        and len(tokens[i].text) >= _PLAIN_WORD_LETTERS
        and sentence.text[max(0, tokens[i].start - sentence.start - 2) : tokens[i].start - sentence.start] == ", "
        for i in content
    )


def _after_hyphen(sentence: Sentence, token: Token) -> bool:
    at = token.start - sentence.start
    return at > 0 and sentence.text[at - 1] in "-‐"


# A wire story's closing credits name its reporters and editors in a line with no full stop ("Reporting by
# Ilse Varn in Lagos; Editing by Tom Hale"): a line of names and places, not a Title Case heading. Agencies
# set the line in brackets: "(Reporting by Ilse Varn; Editing by Tom Hale)". So is a picture's credit line
# ("Image copyright Getty Images", "Image source, Reuters"): the agency's name is no heading's word.
# A picture's credit alone after its caption's full stop is no heading either: the photographer and the agency a
# wire or a paper names under every picture, "(REUTERS/Ilse Varn)", "(AP Photo/Tomas Quell)", "Photograph: Ilse
# Varn/AFP/Getty Images", "Photo by Staff Sgt. Ilse Varn/Department of Defense", "(Ilse Varn/Getty Images)",
# "Photo Courtesy: Getty Images".
_CREDIT_LINE = re.compile(
    r"\(?(?:(?:Additional )?(?:[Rr]eporting|Writing|Editing|Compiled) by|Image (?:copyright|source),?) [A-Z]"
    r"|\((?:[A-Z]{2,}|AP Photo|[A-Z][a-z]+ [Pp]hoto|[A-Z][a-z]+ [A-Z][\w'’-]+)/[A-Z]"
    r"|\(?(?:Photograph|Photo|Picture)(?: [Cc]ourtesy)?(?::| by) [A-Z]"
)


# A postal address on a line of its own: capitalised parts between commas (a house's number may open one), a
# British postcode (or its first half) last, after its town or alone.
_POSTAL_ADDRESS = re.compile(
    r"(?:(?:\d+[A-Za-z]? )?[A-Z][\w'’-]*(?: [\w'’&-]+){0,4}, ){2,6}"
    r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} )?[A-Z]{1,2}\d[A-Z\d]?(?: \d[A-Z]{2})?"
)


# Dashes that open a letter's signature or a quote's credit: "– Judith Varnley, Chair", "— Tom Quell, on the podcast".
_SIGNING_DASHES = ("– ", "— ", "-- ")


# A reference work's note marks after a sentence's stop ("[1]", "[12][13]", "[a]", "[citation needed]"): the
# sentence still ends at its stop, so a sentence full of names ("It maintains the Afghan National Police, ...
# Force.[1][2]") is no Title Case heading.
_NOTE_MARKS_AT_END = re.compile(r"(?:\[[^\[\]\n]{1,30}\])+\Z")


# A link to another story set in the text under a label in capitals, as wire and news sites do: "RELATED U.S. to give
# another $625M in military assistance to Varnia", "READ MORE: ...". Its names are the other story's.
_RELATED_LINK = re.compile(r"(?:RELATED|READ MORE|ALSO READ|SEE ALSO):? [A-Z]")


# Korean news lists a profile's or a notice's items inline, each after a triangle: two of them make a list.
_LIST_MARKS = 2


def heading_sentences(
    sentences: list[Sentence], tokens: list[Token], starts: list[int], language: str | None = None
) -> set[int]:
    """Indexes of sentences that read as headings (Title Case, no closing full stop)."""
    headings: set[int] = set()
    # A language that capitalises its nouns writes no headline in Title Case: one lower-case word of
    # some length ("Stichwahl in Ahlen: Streit entscheidet Wahl") shows a sentence. No other language
    # but English writes one either: "Jordskred stengte E6 i Gudbrandsdalen" is a sentence, its places read.
    plain_words = _SENTENCE_CASE_WORDS if language in (None, "en") else 1
    # "- Tondela - Ilda Quelhas (PS)": in another language, a list's items of places and their holders
    listed = holder_item_sentences(sentences) if language not in (None, "en") else set()
    for sentence in sentences:
        if sentence.index in listed:
            continue
        # A wiki's note marks may follow the full stop: "... and the Afghan Public Protection Force.[1][2]".
        # (the marks end the sentence: asked only of one that ends in "]", the search over each sentence is spared)
        closing = sentence.text
        if closing.endswith("]"):
            closing = _NOTE_MARKS_AT_END.sub("", closing)
        if closing.endswith((".", "!", "”", '"', ":")) or _CREDIT_LINE.match(sentence.text):
            continue
        if sentence.text.count("△") >= _LIST_MARKS:
            continue  # "△1971년 △전남 순천 △서울대": a Korean profile's items inline, a list read as text
        if language == "ko" and korean_line_goes_on(sentence.text):
            continue  # "대전중부경찰서가 인천의 한 경찰서에서": a sentence broken over lines, no headline
        if _RELATED_LINK.match(sentence.text):
            headings.add(sentence.index)  # "RELATED U.S. to give $625M in aid to Varnia": another story's headline
            continue
        if _POSTAL_ADDRESS.fullmatch(sentence.text):
            continue  # "Tarn Farm, Quellby, Varnshire, LD8 3PT": an address names its places, read as text
        if sentence.text.startswith(_SIGNING_DASHES):
            continue  # "– Judith Varnley, Chair": a dash before a name signs a letter or credits a quote
        if person_under_a_label(sentence.text):
            continue  # "Liberal: Ilse Varn": a person under a label, one of a slate of candidates
        words = tokens_in(starts, sentence.start, sentence.end)
        # Title Case: the words other than function words mostly capitalised ("Floods Cut Off the
        # Valley"); a lede with names in it ("Minister Ellwood calls the attack a tragedy") is a
        # sentence. A line of one word ("Discussion", "Contact") is a heading, too.
        content = [i for i in words if tokens[i].folded not in FUNCTION_WORDS]
        if _plain_words(sentence, tokens, content) >= plain_words:
            continue  # "DR Congo: Statement by the ... on behalf of the EU on the M23 offensive": sentence case
        if _post_after_comma(sentence, tokens, content):
            continue  # "Ilse Varn-Tesk, member of the National Assembly": a list's item, a name and its post
        if len(words) == 1 or (
            len(words) >= 2 and content and sum(tokens[i].capitalised for i in content) / len(content) >= 0.75
        ):
            headings.add(sentence.index)
    return headings


def acronym_in_heading(tokens: list[Token], words: range, i: int) -> bool:
    """'CENTCOM Hosts Maritime Conference': a body's acronym in a Title Case heading stands out of it
    and may be the only place the source writes it. Not in a shouted heading ("UPDATE ON THE TALKS")
    and not a word in capitals ("NEW", "LIVE")."""
    text = tokens[i].text
    if len(text) < _HEADING_ACRONYM_LETTERS or not text.isalpha() or not text.isupper():
        return False
    known = tokens[i].folded in KNOWN_BODIES or tokens[i].folded in KNOWN_GROUPS
    if zipf(tokens[i].folded) >= _HEADING_ACRONYM_ZIPF and not known:
        return False  # (a body or group every reader knows is read however common: "NATO", "ISIS")
    shouted = sum(tokens[k].text.isupper() and len(tokens[k].text) > 1 for k in words)
    # (one word in capitals is no shouted heading, even in a line of two: "FCDO Spokesperson:" over a statement)
    return (shouted == 1 and len(words) > 1) or shouted * 2 < len(words)


_HEADING_ACRONYM_LETTERS = 3  # "UN" and "US" in a heading are read from the body, if at all


_HEADING_ACRONYM_ZIPF = 3.0  # "NEW", "LIVE", "COVID" are words in capitals


_TITLE_LINE_WORDS = range(2, 6)


def name_of_the_title_line(
    doc: ActorDocument, sentences: list[Sentence], headings: set[int], starts: list[int], covered: list[bool]
) -> list[Candidate]:
    """An article titled by a person's common name ("Ilse van Varn") over a first sentence that gives the
    full name ("Ilse Marie van Varn (born 1961) is ..."): the title line names that person too. Only as a
    short form of a name the text gives (`short_form_only`): a title line is no name on its own."""
    first = next((s for s in sentences if s.text.strip()), None)
    if first is None or first.index not in headings:
        return []
    words = tokens_in(starts, first.start, first.end)
    tokens = doc.tokens
    if len(words) not in _TITLE_LINE_WORDS or any(covered[k] for k in words):
        return []
    if not all(cased(tokens[k]) or tokens[k].text in NAME_PARTICLES for k in words):
        return []
    if not all(tokens[k].joined for k in range(words.start, words.stop - 1)):
        return []
    name = doc.text[tokens[words.start].start : tokens[words.stop - 1].end]
    line = Candidate(words.start, words.stop - 1, name, ActorKind.other, "the page's title line", 0.4)
    line.short_form_only = True
    return [line]


# A minister's byline: "Senator the Hon Ilse Varn", "The Hon Ilse Varn MP".
HONOURED_LINE = re.compile(r"(?:Senator |The )?(?:the )?Hon(?:ourable)?\.? [A-Z]")


def post_after_byline_comma(doc: ActorDocument, line_text: str, position: int) -> bool:
    """Whether `position` opens what follows the comma of a minister's byline line ("Senator the Hon
    Ilse Varn, Minister for ..."), the titled name being the line's first words."""
    line = line_text.rsplit("\n", 1)[-1]
    return HONOURED_LINE.match(line) is not None and doc.text.endswith(", ", 0, doc.tokens[position].start)


def post_before_byline_comma(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the run `position`..`last` opens a minister's byline line before its comma and the titled name
    ("Minister for Foreign Affairs, Senator the Hon Ilse Varn"): the post stands for its holder too."""
    tokens, text = doc.tokens, doc.text
    return (
        opens_its_line(text, tokens[position].start)
        and text.startswith(", ", tokens[last].end)
        and HONOURED_LINE.match(text, tokens[last].end + 2) is not None
    )


def whole_post_line(doc: ActorDocument, candidate: Candidate, line: range) -> Candidate | None:
    """A post with its remit that is the whole line ("Minister for Foreign Affairs"), with the title's
    words before it ("Assistant Minister for ..."); None for anything else."""
    tokens = doc.tokens
    if candidate.found_by != POST_WITH_REMIT or candidate.last != line.stop - 1:
        return None
    if not all(
        tokens[k].folded in TITLE_PARTS or tokens[k].folded in TITLES for k in range(line.start, candidate.first)
    ):
        return None
    name = doc.text[tokens[line.start].start : tokens[candidate.last].end]
    return replace(candidate, first=line.start, name=name)


def title_line(doc: ActorDocument, first: int, last: int, line: range) -> list[Candidate]:
    """'Attorney-General', 'Treasurer', 'Assistant Minister': a line of title words alone under a
    minister's byline is the holder's post, standing for the holder (no remit to read)."""
    tokens = doc.tokens
    if first != line.start or last != line.stop - 1:
        return []
    if not all(tokens[k].folded in TITLES or tokens[k].folded in TITLE_PARTS for k in line):
        return []
    if tokens[last].folded not in TITLES or tokens[last].folded in _HONORIFICS:
        return []
    name = doc.text[tokens[first].start : tokens[last].end]
    return [Candidate(first, last, name, ActorKind.person, "a post on the line under a byline", 0.6)]


_STYLES_FOUND_BY = frozenset(
    f"title '{style}{stop}'" for style in ("mr", "ms", "mrs", "dr", "mdm", "madam") for stop in ("", ".")
)


def titled_name_in_heading(doc: ActorDocument, candidate: Candidate) -> bool:
    """A person's name after a title, not Title Case words ("President Announces New Funding")."""
    if candidate.found_by == STATEMENT_BY_A_POST:
        return True  # "Statement by the High Representative on behalf of the EU": the post that speaks
    if candidate.kind is ActorKind.person and _signed_with_a_post(doc, candidate):
        return True  # "Antony J. Blinken, Secretary of State": a release's signature, the name and its post
    if candidate.kind is ActorKind.person and _apposed_in_a_statements_heading(doc, candidate):
        return True  # "Remarks by Ilse Varnova, Special Envoy for Tremmia, New York, 6 August 2021"
    if candidate.kind is not ActorKind.person or not candidate.found_by.startswith(("title '", "letters after")):
        return False
    # (the particles of "The Hon Ilse van der Tarrow MP" are no words of the name here)
    words = [
        doc.tokens[k].folded
        for k in range(candidate.first, candidate.last + 1)
        if not (doc.tokens[k].folded in NAME_PARTICLES and doc.tokens[k].text.islower())
    ]
    rare = all(zipf(w) < _HEADING_NAME_WORD for w in words)
    # "Senator the Hon Rowena Castellan": only a person is styled "the Honourable", so rare words
    # after it are a name even when no list knows the given name.
    honoured = candidate.first > 0 and doc.tokens[candidate.first - 1].folded in _HONORIFICS
    # "Secretary of Foreign Affairs Ilse Varn-Tarrow": rare words joined by a hyphen after a post with its
    # remit are a double family name (a heading's Title Case words are no remit's).
    hyphened = len(words) == 2 and doc.text[doc.tokens[candidate.first].end] in "-‐"
    remit = " of " in candidate.found_by or " for " in candidate.found_by
    # "Air Vice Marshal Josua Tarvo-Kesh (2011–2019)" in a list of commanders: a rank of two words or more
    # heads no Title Case headline, so rare words after it are a name.
    ranked = _ranked_title(candidate.found_by)
    # A given name first ("Julie Bishop"), or rare words ending with a family name ("Marise Payne");
    # not "PC Gamer Newsletter".
    # "Mr K Varnam": a style of address, an initial without its full stop and a rare name, as Singapore writes it
    initialled = (
        len(words[0]) == 1
        and all(zipf(w) < _HEADING_NAME_WORD for w in words[1:])
        and candidate.found_by.casefold() in _STYLES_FOUND_BY
    )
    # "Ms. Amena Varnali" on a line of its own, as a list of signatories or delegates gives each: only a person is
    # addressed so, and a headline's Title Case words after "Mr" are common ones ("Mr Smith Goes to Town")
    addressed = rare and candidate.found_by.casefold() in _STYLES_FOUND_BY
    return 2 <= len(words) <= 4 and (
        is_given_name(words[0])
        or initialled
        or addressed
        or (rare and (honoured or ranked or is_surname(words[-1]) or (hyphened and remit)))
        # "Joint Statement by ... and Commissioner for Crisis Management Janez Varnčič": rare words after a post
        # with its remit are its holder's name (a headline's Title Case words are common ones)
        or (rare and remit and len(words) <= 3)
    )


# Words of a military rank written in full: "Air Vice Marshal", "Major General", "Rear Admiral".
_RANK_WORDS = word_set(
    "general lieutenant colonel major captain commodore admiral brigadier commander vice rear air marshal"
)


def _ranked_title(found_by: str) -> bool:
    """Whether a draft was found after a rank of two words or more, all of them rank words ("title 'Air Vice
    Marshal'"); not one word ("General Election Results")."""
    title = found_by.removeprefix("title '").split("'", 1)[0].split()
    return found_by.startswith("title '") and len(title) >= 2 and all(w.casefold() in _RANK_WORDS for w in title)


_HEADING_NAME_WORD = 4.0  # Zipf: rarer words than this after a title are a name even in a heading

# A line that is a name, a comma and a post to its end ("Ilse Q. Varn, Secretary of State"); the post opens with a
# title word (checked apart) and holds only capitalised words and the small words of a remit.
_POST_TO_LINE_END = re.compile(
    r", (?:the )?([A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|of|for|the|and|to|on|&))*[ \t]*(?:\n|$)"
)


_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[•*–-][ \t]+$")


def _signed_with_a_post(doc: ActorDocument, candidate: Candidate) -> bool:
    """'Antony J. Blinken, Secretary of State' on a line of its own: a name that opens its line (two to four words,
    a given name first), then a comma and a post that opens with a title word and ends the line."""
    tokens, text = doc.tokens, doc.text
    start = tokens[candidate.first].start
    # (a box's item may be bulleted: "  • Mahdi al-Varnat, President of the Supreme Council")
    if start > 0 and text[start - 1] != "\n" and not _BULLET_BEFORE.search(text, max(0, start - 8), start):
        return False
    words = [tokens[k].folded for k in range(candidate.first, candidate.last + 1)]
    post = _POST_TO_LINE_END.match(text, tokens[candidate.last].end)
    return (
        post is not None
        and 2 <= len(words) <= 4
        and is_given_name(words[0])
        and (post.group(1).casefold() in TITLES or post.group(1).casefold() in TITLE_PARTS)
    )


_HONORIFICS = word_set("hon honourable honorable")


# Before a speaker's name in a statement's heading: "Statement by ", "Remarks by ", or the comma after the post.
_BEFORE_APPOSED = re.compile(r"(?:\bby|,) $")
_AFTER_APPOSED = re.compile(r"[ \t]*(?:,|$|\n)")


def _apposed_in_a_statements_heading(doc: ActorDocument, candidate: Candidate) -> bool:
    """'Remarks by Ilse Varnova, Special Envoy for Tremmia, New York, 6 August 2021', 'Briefing ... by the
    Special Representative for Tremmia, Ilse Varnova, Quellstad, 6 August': the speaker a UN, EU or ministry
    statement names in its heading (one that holds a post's title, as the caller asks), after "by" or a comma
    and before a comma or the line's end, a given name first. A headline's Title Case words set off so are rare."""
    tokens, text = doc.tokens, doc.text
    words = [tokens[k].folded for k in range(candidate.first, candidate.last + 1)]
    start, end = tokens[candidate.first].start, tokens[candidate.last].end
    return (
        2 <= len(words) <= 4
        and is_given_name(words[0])
        and _BEFORE_APPOSED.search(text, max(0, start - 4), start) is not None
        and _AFTER_APPOSED.match(text, end) is not None
    )
