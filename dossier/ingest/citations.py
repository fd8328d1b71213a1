"""The actors a book's entry in a list of references names: its author, its publisher and the
town it was published in.

The name rules skip reference lines (`page_noise`), because the capitalised words of a paper's
title are no names. An encyclopaedia's citation of a book has a fixed shape, though, and its
parts are names a reader marks:

    Thompson, Mark (2008). The White War: Life and Death 1915-1919. London: Faber and Faber. p. 211.

gives the person Mark Thompson, the place London and the publisher Faber and Faber. The title
stays unread.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.model import ActorKind

_NAME_WORD = r"[A-Z][\w'’-]+"
_ABBREVIATION = 4  # characters, with the full stop: "Co.", "Inc."
# "Thompson, Mark (2008). Title. London: Faber and Faber." The given names may hold initials
# ("Schindler, John R.", "Allen, J. M."); the title runs to the last ". " before "Town: ".
_SURNAME = rf"{_NAME_WORD}(?: {_NAME_WORD})?"
_GIVEN = rf"{_NAME_WORD}(?: (?:[A-Z]\.|{_NAME_WORD}))*\.?|[A-Z]\.(?: ?[A-Z]\.)*"
# More authors after the first, each "; Surname, Given": "Honig, Jan Willem; Both, Norbert (1996)."
_CO_AUTHOR = re.compile(rf"; (?P<surname>{_SURNAME}), (?P<given>{_GIVEN})(?=;| \()")
_BOOK = re.compile(
    rf"\W*(?P<surname>{_SURNAME}), "
    rf"(?P<given>{_GIVEN})"
    rf"(?P<co_authors>(?:; {_SURNAME}, (?:{_GIVEN}))*) "
    r"\((?:[A-Z][a-z]{2,8}\.? )?\d{4}\)\. "
    r".+?\. "
    rf"(?P<town>{_NAME_WORD}(?: {_NAME_WORD})?): "
    # The publisher's name may hold words this does not read ("Institut X d'Études ..."): then the
    # author and the town still count, and the publisher is left unread.
    r"(?:(?P<publisher>(?:The )?[A-Z][\w.’'&-]*(?:\s(?:[A-Z][\w.’'&-]*|and|&))*?)"
    r"(?:\.\s|\.$|,\s|$))?"
)

# "McGibbon, Ian (2000). Title. Oxford University Press. ISBN 0-19-558376-0.": a book cited with no town, its
# publisher the last part before the ISBN (which says the part before it is no title's).
_BOOK_BEFORE_ISBN = re.compile(
    rf"\W*(?P<surname>{_SURNAME}), "
    rf"(?P<given>{_GIVEN})"
    rf"(?P<co_authors>(?:; {_SURNAME}, (?:{_GIVEN}))*) "
    r"\((?:[A-Z][a-z]{2,8}\.? )?\d{4}\)\. "
    r".+?\. "
    r"(?P<publisher>(?:The )?[A-Z][\w’'&-]*(?: (?:[A-Z][\w’'&-]*|and|&|of|for))*)\. ISBN\b"
)

# '^ "Brigade marks its anniversary". Varnak Post. 12 May 2020. Retrieved 1 June 2020.': an
# article on the web, cited with the outlet or site that published it, then its date.
_WEB_PAGE = re.compile(
    r"\W*[\"“][^\"”]{3,}[\"”]\.? "
    r"(?P<publisher>[A-Z][\w’'&-]*(?: (?:[A-Z][\w’'&-]*|of|and|&))*)\. "
    r"(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})\."
)


# 'Varn, Ilse (12 March 2018). "Title". Varnak Post.': an article with its author, then its outlet;
# 'Varn, Ilse (2022). "Title". Africa Briefing. Tremmin Policy Institute.': a report in a series,
# then the body that published it (the series is no actor).
_ARTICLE = re.compile(
    rf"\W*(?P<surname>{_SURNAME}), (?P<given>{_GIVEN}) "
    r"\((?:\d{1,2} )?(?:[A-Z][a-z]{2,8}\.? )?\d{4}\)\. "
    r"[\"“][^\"”]{3,}[\"”]\.? "
    r"(?P<outlet>[A-Z][\w’'&-]*(?: (?:[A-Z][\w’'&-]*|of|and|&))*)\."
    r"(?: (?P<publisher>[A-Z][\w’'&-]*(?: (?:[A-Z][\w’'&-]*|of|and|&))*)\.)?[ \t]*"
)


def web_citations(doc: ActorDocument, lines: list[tuple[int, int]]) -> list[Candidate]:
    """Candidates for the outlet of every web page cited on `lines` (spans of reference lines), and
    the author and the outlet or publisher of every article cited there with its author first."""
    found: list[Candidate] = []
    starts = [token.start for token in doc.tokens]
    for line_start, line_end in lines:
        match = _WEB_PAGE.match(doc.text, line_start, line_end)
        if match is not None:
            outlet = _candidate(doc, starts, match, "publisher", ActorKind.media, "a cited page's outlet")
            if outlet is not None:
                found.append(outlet)
            continue
        article = _ARTICLE.fullmatch(doc.text, line_start, line_end)
        if article is not None:
            found += _article_actors(doc, starts, article)
    return found


def _article_actors(doc: ActorDocument, starts: list[int], article: re.Match[str]) -> list[Candidate]:
    found: list[Candidate] = []
    author = _candidate(doc, starts, article, "surname", ActorKind.person, "an author in a list of references")
    if author is not None:
        given = article["given"].rstrip(".") if article["given"].count(".") == 1 else article["given"]
        author.name = f"{given} {article['surname']}"
        found.append(author)
    if article["publisher"]:
        body = _candidate(doc, starts, article, "publisher", ActorKind.organization, "a publisher in a reference")
    else:
        body = _candidate(doc, starts, article, "outlet", ActorKind.media, "a cited article's outlet")
    if body is not None:
        found.append(body)
    return found


def book_citations(doc: ActorDocument, lines: list[tuple[int, int]]) -> list[Candidate]:
    """Candidates for the author, town and publisher of every book cited on `lines` (spans of
    reference lines)."""
    found: list[Candidate] = []
    starts = [token.start for token in doc.tokens]
    for line_start, line_end in lines:
        match = _BOOK.match(doc.text, line_start, line_end) or _BOOK_BEFORE_ISBN.match(doc.text, line_start, line_end)
        if match is None:
            continue
        author = _candidate(doc, starts, match, "surname", ActorKind.person, "an author in a list of references")
        if author is not None:
            given = match["given"].rstrip(".") if match["given"].count(".") == 1 else match["given"]
            author.name = f"{given} {match['surname']}"
            found.append(author)
        for co_author in _CO_AUTHOR.finditer(doc.text, match.start("co_authors"), match.end("co_authors") + 2):
            author = _candidate(
                doc, starts, co_author, "surname", ActorKind.person, "an author in a list of references"
            )
            if author is not None:
                given = co_author["given"].rstrip(".") if co_author["given"].count(".") == 1 else co_author["given"]
                author.name = f"{given} {co_author['surname']}"
                found.append(author)
        town = (
            _candidate(doc, starts, match, "town", ActorKind.place, "a publisher's town in a reference")
            if "town" in match.re.groupindex
            else None
        )
        if town is not None and doc.gazetteer.lookup(tuple(w.casefold() for w in match["town"].split())):
            found.append(town)
        publisher = (
            _candidate(doc, starts, match, "publisher", ActorKind.organization, "a publisher in a reference")
            if match["publisher"]
            else None
        )
        if publisher is not None:
            if publisher.name.endswith(".") and len(publisher.name.split()[-1]) > _ABBREVIATION:
                publisher.name = publisher.name[:-1]  # "Penguin Books." at the line's end; not "Co."
            found.append(publisher)
    return found


def _candidate(
    doc: ActorDocument, starts: list[int], match: re.Match[str], group: str, kind: ActorKind, how: str
) -> Candidate | None:
    first = bisect_left(starts, match.start(group))
    last = bisect_left(starts, match.end(group)) - 1
    if group == "surname":
        last = bisect_left(starts, match.end("given")) - 1  # the author's mention: "Thompson, Mark"
    if first >= len(starts) or starts[first] != match.start(group) or last < first:
        return None
    return Candidate(first, last, match[group], kind, how, 0.6)
