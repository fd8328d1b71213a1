"""What real web pages carry besides prose, which no actor is drawn from.

Tech blogs, encyclopaedia articles and news pages mix their prose with lines a reader does
not read as prose: references ("Hinton, G.E. (2008). "Visualizing Data". pp. 1-9."), code
("FROM python:3.7", "class Tests(LiveServerTestCase):") and headings shouted in capitals
("DISAPPOINTING NIGHT FOR ‘IRISHMAN’"). Their capitalised words are titles of papers, class
names and commands, so the actor rules skip those lines whole, as they skip Title Case
headings. A page with code in it is a technical page: its capitalised words that nothing
else explains are tools and products far more often than actors. And a word written in
CamelCase ("WebDriverWait", "PyOxidizer") is an identifier or a brand, never a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier.ingest.cues import SOFTWARE_WORDS

# Marks of a reference: a year in brackets after the authors, a DOI, an ISBN, page ranges,
# "Retrieved", an arXiv number, authors as "Surname, I.;" or "Surname, Given;".
_REFERENCE_MARKS = (
    # (2016), (Nov 2008), (12 March 2018), (2016-02-01)
    re.compile(r"\((?:\d{1,2} )?(?:[A-Z][a-z]{2,8}\.? )?\d{4}(?:-\d{2}){0,2}\)"),
    re.compile(r"\bdoi:|\bISBN\b|\bISSN\b|\bPMID\b|\barXiv:|\bRetrieved\b", re.IGNORECASE),
    re.compile(r"\bpp?\. ?\d"),  # pp. 188, p. 12
    re.compile(r"\b\d{1,4} ?\(\d{1,3}\): ?\d"),  # 37 (1): 339
    # Hinton, G.E.; Hollt, Thomas; Honig, Jan Willem;
    re.compile(r"[A-Z][\w'’-]+, (?:[A-Z]\.(?: ?[A-Z]\.)*|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: [A-Z]\.)?);"),
    re.compile(r"\bet al\.", re.IGNORECASE),
    re.compile(r"[\"“][^\"”]{3,}[\"”]\. "),  # "Title of the paper". Journal
    # A line opening with "Surname, Given (Year).": a book's entry ("Halvorsen, Trude (2019). Title.")
    re.compile(r"^\W*[A-Z][\w'’-]+, [A-Z][\w'’-]+(?: [A-Z][\w'’.-]*)? \((?:[A-Z][a-z]{2,8}\.? )?\d{4}\)\. "),
)
# Marks of code: a call, an assignment, braces, a statement's semicolon, a path, an option, a
# module path, a version pin, a command in capitals before its arguments.
_CODE_MARKS = (
    re.compile(r"\w\((?:\)|[^)\s]*[._,'\"][^)]*\))"),  # run(), WebDriverWait(self.browser, 5)
    re.compile(r"(?:^|\s)(?:[=!<>+\-*/]?=|=>|->|::|:=)(?:\s|$)"),  # x = 1, a == b, a -> b
    re.compile(r"[{}]|\);\s*$"),
    re.compile(r"(?:^|\s)\.{0,2}/[\w.-]+/?"),  # ./requirements.txt, /opt/app
    re.compile(r"(?:^|\s)--?[a-z][\w-]*(?:\s|$)"),  # -r, --user
    re.compile(r"\b[a-z_]\w*\.[a-z_]\w*\.[a-z_]\w*"),  # django.contrib.staticfiles
    re.compile(r"\b[a-z]\w*:\d"),  # python:3.7
    # WORKDIR /opt/app, $ pipenv (not a box's label of a body's post: "SDF Spokesman: Ilse Varn[2]")
    re.compile(r"^\s*(?:[A-Z]{3,}\s+(?![A-Z][a-z]+:\s)\S*[/:=$]|[$%>#]\s+\w)"),
    re.compile(r"^\s*(?:pip3?|npm|yarn|pnpm|cargo|brew|gem|uv|poetry)\s+(?:install|add)\s+\S"),  # pip install knurlo
    re.compile(
        r"^\s*(?:from\s+[\w.]+\s+import\b|import\s+[\w.]+\s*$|class\s+\w+\s*[(:]|def\s+\w+\s*\("
        r"|#include\b|(?:const|let|var)\s+\w+\s*=|fn\s+\w+\s*\(|use\s+\w+::)"
    ),
)
# Addresses are no code: "www.example.com", "https://example.com/a/b", an e-mail under any country's domain
# ("press@quellbank.com.ph" on a release's contact line).
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S*|\S+\.(?:com|org|net|de|info|io|gov|edu|uk)\b\S*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
# Where one sentence of a line ends and the next opens with a capital; a paragraph holding three sentences of
# eight words or more is prose.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“]?[A-Z])")
_PROSE_SENTENCE_WORDS = 8
_PROSE_SENTENCES = 3
_CATALOGUED = re.compile(
    r"(?i:\bdoi:|\bISBN\b|\bISSN\b|\bPMID\b|\barXiv:)|[A-Z][\w'’-]+, (?:[A-Z]\.(?: ?[A-Z]\.)*|[A-Z][a-z]+);"
)
# How many marks a line needs: a sentence may hold one (a year in brackets, "e.g. x = 1").
_MIN_REFERENCE_MARKS = 2
_MIN_CODE_MARKS = 1
# A code line is short and has no sentence in it; a prose line ending with a full stop is prose.
_MAX_CODE_WORDS = 16
# Lines of code a page needs before it counts as technical.
_TECHNICAL_LINES = 3
# Fewer lines do when the prose speaks of software in distinct words ("pip install knurlo" under a post
# on a linter that is "installed two million times").
_FEW_TECHNICAL_LINES = 2
_SOFTWARE_WORDS_NEEDED = 2
_WORD = re.compile(r"[a-z]+")
_SHOUTED_LINE = re.compile(r"[^a-z]*[A-Z][^a-z]*")
_LETTERS = re.compile(r"[A-Za-z]")
# CamelCase: a lower-case letter, then a capital ("PyOxidizer", "GitHub"), or two capitals then
# lower case ("CPython", "QUnit"); not a name's prefix ("McLaughlin", "DeSantis", "O'Neill").
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]{2,}")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St")


def is_reference_line(line: str) -> bool:
    """'Hinton, G.E. (2008). "Visualizing Data". pp. 1-9.': an entry of a list of references, not a paragraph of
    prose that names a record's year and a song ("recorded the album Pipes of the Morvern (1958) ... The march
    was "Pibroch". The regiment was allied with ...")."""
    marks = sum(1 for mark in _REFERENCE_MARKS if mark.search(line))
    if marks < _MIN_REFERENCE_MARKS:
        return False
    # A catalogue's number (a DOI, an ISBN, a PMID) or a list of authors is a reference however long its title.
    return _CATALOGUED.search(line) is not None or not _prose(line)


def _prose(line: str) -> bool:
    """Three sentences of eight words or more: a reference's parts (authors, title, journal, pages) are shorter."""
    long_sentences = 0
    for sentence in _SENTENCE_BREAK.split(line):
        if len(sentence.split()) >= _PROSE_SENTENCE_WORDS:
            long_sentences += 1
            if long_sentences >= _PROSE_SENTENCES:
                return True
    return False


def is_code_line(line: str) -> bool:
    """'FROM python:3.7', 'class Tests(LiveServerTestCase):', 'pip install -r requirements.txt'."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > _MAX_CODE_WORDS:
        return False
    if stripped.endswith((".", "?", "!", "”", '"')) and not stripped.endswith((");", "()")):
        return False
    stripped = _ADDRESS.sub(" ", stripped)
    return sum(1 for mark in _CODE_MARKS if mark.search(stripped)) >= _MIN_CODE_MARKS


def is_shouted_line(line: str) -> bool:
    """'DISAPPOINTING NIGHT FOR ‘IRISHMAN’': a heading in capitals, of two words or more."""
    stripped = line.strip()
    return (
        len(stripped.split()) >= 2
        and _SHOUTED_LINE.fullmatch(stripped) is not None
        and len(_LETTERS.findall(stripped)) >= 8
    )


def noise_lines(text: str) -> tuple[list[tuple[int, int]], bool]:
    """The spans of the lines no actor is drawn from, and whether the page is technical."""
    spans: list[tuple[int, int]] = []
    code = 0
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if is_code_line(line):
            code += 1
            spans.append((start, end))
        elif is_reference_line(line) or is_shouted_line(line):
            spans.append((start, end))
        start = end + 1
    if code >= _TECHNICAL_LINES:
        return spans, True
    if code < _FEW_TECHNICAL_LINES:
        return spans, False
    prose = "\n".join(line for line in text.split("\n") if not is_code_line(line)).casefold()
    return spans, len(set(_WORD.findall(prose)) & SOFTWARE_WORDS) >= _SOFTWARE_WORDS_NEEDED


# A size on a shop page: a two-letter country or region code, then a shoe or clothes size ("UK 8",
# "EU 42.5", "US 10"), not a year, a count or a tenor ("US 10-year", "UK 100", "EU 27%").
_SIZE_CODE = r"\b[A-Z]{2} \d{1,2}(?:\.5|½)?(?![\w%½-]|\.\d)"
# Sizes come in runs ("UK 6 UK 7 UK 8", "EU 40, EU 41 or EU 42") ...
_SIZE_RUN = re.compile(rf"{_SIZE_CODE}(?:[ ,/|;]*(?:and |or |to |- |– )?{_SIZE_CODE})+")
# ... or one in brackets on a page that speaks of sizes ("Weight: 310g (UK 8)"; "half a size up").
_SIZE_BRACKETED = re.compile(rf"(?<=\(){_SIZE_CODE}(?=\))")
_SIZE_WORD = re.compile(r"\b(?:size|sizes|sizing)\b")


def size_code_spans(text: str) -> list[tuple[int, int]]:
    """Where a shop page gives sizes by country ("Size: UK 6 UK 7", "Weight: 310g (UK 8)"): the
    code names no state there."""
    found = [match.span() for match in _SIZE_RUN.finditer(text)]
    if _SIZE_WORD.search(text):
        found += [match.span() for match in _SIZE_BRACKETED.finditer(text)]
    return found


# Sums written with a currency's letters glued to the figure, as papers in Africa and South Asia write rand,
# naira, kwacha, pula, shillings, rupees and taka: "R31 million", "R50,000", "N2.1bn", "Sh620 million".
# The letters name no body ("R31" read as an acronym); a figure's word or its thousands must follow, so
# "G7", "K2" and "N95" are left to the other rules.
_MONEY_LETTERS = r"(?:R|N|K|P|Sh|KSh|Ksh|USh|TSh|Rs|Tk)"
_LETTERED_SUM = re.compile(
    rf"\b{_MONEY_LETTERS}\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?\b"
    rf"|\b{_MONEY_LETTERS}\d+(?:\.\d+)?\s?(?:million|billion|trillion|mn|bn|m|k)\b"
)


def lettered_sum_spans(text: str) -> list[tuple[int, int]]:
    """Where a sum is written with its currency's letters glued to the figure ("R48 million")."""
    return [match.span() for match in _LETTERED_SUM.finditer(text)]


# The buttons and labels of a page's widgets, when the text extraction keeps them inline with the prose:
# "police say Share Pin It More Galleries ADVERTISEMENT Judy Avalos, 20,", "Credit: NASA View full size
# image". A run of two or more of them, an advert's label in capitals, or a link to a bigger picture names
# nothing ("Share Pin It More Galleries ADVERTISEMENT" was once an organisation, "NASA View" another).
_WIDGET = (
    r"(?:Share(?: this(?: story| article| page)?| on (?:X|Facebook|Twitter|LinkedIn|WhatsApp|Reddit))?"
    r"|Tweet|Pin(?: It)?|E-?mail|Print|Save|Comments?|More Galleries|Galleries|Gallery|ADVERTISEMENT"
    r"|Advertisement|Copy [Ll]ink|Facebook|Twitter|WhatsApp|LinkedIn|Reddit|Flipboard"
    # a site's menu kept inline: "Home WebMail Saturday, ...", "| Regions Advertise Login |"
    r"|Home|Web[Mm]ail|Log ?[Ii]n|Log ?[Oo]ut|Sign [Ii]n|Sign [Uu]p|Register|Advertise|Subscribe|Regions|Menu"
    r"|Contact [Uu]s|About [Uu]s|Newsletters?)"
)
_WIDGET_RUN = re.compile(rf"\b{_WIDGET}(?:[ \t|•·/]+{_WIDGET})+\b")
_ADVERT_LABEL = re.compile(r"\bADVERTISEMENT\b|^Advertisement$", re.MULTILINE)
_PICTURE_LINK = re.compile(r"\bView (?:full[ -]size image|larger image|image|gallery|photos?|slideshow)\b")
# The label of a summary at a post's top, "TL;DR" ("too long; didn't read"): read as "TL" and the title "Dr", it
# made an acronym of "TL" and a person of the firm named after it ("TL;DR Quellcom has confirmed ...").
_SUMMARY_LABEL = re.compile(r"\bTL;\s?DR\b", re.IGNORECASE)
# A link to more of a section's stories, kept inline by the text extraction: "More Politics News", "More World
# Stories" (once drafted as a news outlet "Politics News").
_MORE_OF_A_SECTION = re.compile(r"\bMore(?: [A-Z][a-z]+){1,2} (?:News|Stories|Videos|Articles|Headlines)\b")


# A theme's weather box at the page's top: a temperature on a line of its own, then the town it is for
# ("18 C\nNew York\nSunday, September 8, 2024"), the same town on every page of the site.
WEATHER_BOX = re.compile(
    r"^[ \t]*-?\d{1,2}(?:\.\d)?[ \t]*°?[ \t]*[CF][ \t]*\n[ \t]*([A-Z][\w.' -]{1,40})[ \t]*$", re.MULTILINE
)


def widget_spans(text: str) -> list[tuple[int, int]]:
    """Where a page's share buttons, advert labels, picture links, weather box and summary label stand in its text."""
    return [
        match.span()
        for pattern in (_WIDGET_RUN, _ADVERT_LABEL, _PICTURE_LINK, WEATHER_BOX, _SUMMARY_LABEL, _MORE_OF_A_SECTION)
        for match in pattern.finditer(text)
    ]


# A chip's or a design's model, a capitalised word hyphened to a letter and its digits, as spec sheets and phone
# reviews write them: "the Cortex-A72 CPU", "a Mali-T880 GPU", "the Mali-G76 MC10". The word names the model's
# line, no place ("Mali" read as the state) and no body. (Weapons' codes have no letter after the hyphen: "Su-35".)
_MODEL_CODE = re.compile(r"\b[A-Z][a-z]{2,}-[A-Z]{1,2}\d{2,4}\b")


def model_code_spans(text: str) -> list[tuple[int, int]]:
    """Where a model's name is written with its code hyphened to it ("Mali-T880")."""
    return [match.span() for match in _MODEL_CODE.finditer(text)]


def is_camel_case(word: str) -> bool:
    """'WebDriverWait', 'PyOxidizer', 'CPython', 'GitHub': an identifier's or a brand's casing."""
    if word[:1].islower() or (word.isupper() or word[1:].islower()):
        return False
    core = word.removesuffix("s") if word[:-1].isupper() else word  # "NGOs", "APIs" are plurals
    for prefix in _NAME_PREFIXES:
        if core.startswith(prefix) and core[len(prefix) : len(prefix) + 1].isupper():
            core = core[len(prefix) :]
            break
    return _CAMEL.search(core) is not None


# Distinct CamelCase words and computing terms in capitals ("API", "JSON") that make a page
# technical without a line of code: a post about languages and tools.
_TECHNICAL_WORDS = 6


def has_technical_words(words: Iterable[str], terms: frozenset[str]) -> bool:
    """Whether a page names enough tools and terms of computing to read as a technical page."""
    distinct = set(words)  # a page repeats its words: each is judged once
    seen = {word for word in distinct if is_camel_case(word) or (word.isupper() and word.casefold() in terms)}
    return len(seen) >= _TECHNICAL_WORDS
