"""The text of the parts of a web page that the article extraction leaves out: its footers, its captions.

trafilatura keeps the article alone, but a reader of the page also sees who published it (the footer) and
who took its pictures (the captions' credits). lxml, the parser trafilatura itself uses, reads those parts as
a browser does: nested tags, entities and comments included, scripts and styles left out.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache

from lxml import etree, html


def section_texts(page: str, tag: str) -> list[str]:
    """The text of each `tag` element of an HTML page ("footer", "figcaption"), whitespace collapsed within each
    line, its paragraphs and other blocks on lines of their own ("...Mold CH7 1AZ" and "Privacy" are two lines,
    not "CH7 1AZPrivacy")."""
    root = _parse(page)
    if root is None:
        return []
    etree.strip_elements(root, "script", "style", with_tail=False)
    texts = []
    for element in root.iter(tag):
        for block in element.iterdescendants(*_BLOCK_TAGS):
            block.tail = _BREAK + (block.tail or "")
        texts.append(_lines(element.text_content()))
    return texts


# Words of a class attribute that mark a picture's caption or credit where a page has no <figcaption>:
# <p class="caption">, <span class="image-credit">.
_CAPTION_CLASSES = ("caption", "credit")


@lru_cache(maxsize=2)  # the credits and the pictured persons of one page read the same captions
def caption_texts(page: str) -> tuple[str, ...]:
    """The text of each caption of an HTML page: its <figcaption> elements and the elements whose class
    names a caption or a credit, whitespace collapsed."""
    root = _parse(page)
    if root is None:
        return ()
    etree.strip_elements(root, "script", "style", with_tail=False)
    return tuple(
        " ".join(element.text_content().split())
        for element in root.iter()
        if isinstance(element.tag, str)
        and (
            element.tag == "figcaption"
            or any(word in (element.get("class") or "").casefold() for word in _CAPTION_CLASSES)
        )
    )


def caption_bodies(page: str) -> tuple[str, ...]:
    """What each caption of an HTML page says without its credit: the <figcaption> elements and the elements
    whose class names a caption, with any element inside whose class names a credit left out ("A store in
    Tarnby. <span class='credit'>Ann Holt/The Herald</span>" is "A store in Tarnby.")."""
    root = _parse(page)
    if root is None:
        return ()
    etree.strip_elements(root, "script", "style", with_tail=False)
    bodies: list[str] = []
    for element in list(root.iter()):  # (a list: the credits dropped below change the tree)
        if not isinstance(element.tag, str):
            continue
        classes = (element.get("class") or "").casefold()
        if element.tag != "figcaption" and ("caption" not in classes or "credit" in classes):
            continue
        if _in_page_chrome(element):
            continue  # a teaser's picture in a footer, a sidebar or a list of related stories: another story's
        for credit in list(element.iter()):
            if credit is not element and isinstance(credit.tag, str) and _is_credit(credit):
                credit.drop_tree()
        for block in element.iterdescendants(*_BLOCK_TAGS):
            # a court report's case caption in paragraphs: "United States v. Ann Holt" and "No. 1:25-cr-00612"
            # are two lines, not "Ann HoltNo."
            block.tail = _BREAK + (block.tail or "")
        bodies.append(_lines(element.text_content()))
    return tuple(bodies)


_BLOCK_TAGS = ("p", "div", "li", "dt", "dd", "tr", "h1", "h2", "h3", "h4", "h5", "h6")
# schema.org's properties of a picture's credit, as some papers mark it instead of a class
# ('<span itemprop="copyrightHolder"><span>Credit</span><span>Ann Holt/The Herald</span></span>').
_CREDIT_PROPERTIES = frozenset(("copyrightholder", "copyrightnotice", "credittext"))


def _is_credit(element: etree._Element) -> bool:
    """Whether an element inside a caption holds the picture's credit, by its class or its schema.org property."""
    return "credit" in (element.get("class") or "").casefold() or (
        (element.get("itemprop") or "").casefold() in _CREDIT_PROPERTIES
    )


# Words of a class that mark the box about the writer below an opinion column ("author-bio", "author-box",
# "about-the-author"): "Ann Holt is a former detective with Tarnby Police" is the page's text to a reader.
_BIO_CLASS = re.compile(r"(?:^|[\s_-])(?:bio|biography)(?:$|[\s_-])|author-?box|about-(?:the-)?author")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def author_bio_texts(page: str) -> tuple[str, ...]:
    """What the boxes about a page's writer say, their headings ("About the author") left out, each box once
    (the outermost of nested ones), whitespace collapsed."""
    root = _parse(page)
    if root is None:
        return ()
    etree.strip_elements(root, "script", "style", *_HEADINGS, with_tail=False)
    boxes: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or not _BIO_CLASS.search((element.get("class") or "").casefold()):
            continue
        if any(_BIO_CLASS.search((block.get("class") or "").casefold()) for block in element.iterancestors()):
            continue
        boxes.append(" ".join(element.text_content().split()))
    return tuple(box for box in boxes if box)


def _lines(text: str) -> str:
    """The text with its whitespace collapsed within each line, and its lines (a <br>'s breaks) kept apart."""
    return "\n".join(" ".join(line.split()) for line in text.split(_BREAK) if line.strip())


# Elements that hold other stories or the site's own links, never the article's pictures.
_CHROME_TAGS = frozenset(("footer", "nav", "aside", "header"))
# Words of a class or an id that mark such a block: "related-posts", "sidebar", "mvp-post-add-box" (the next
# story a page appends below the article), "trending", "most-read".
_CHROME_WORDS = re.compile(
    r"related|teaser|recommend|sidebar|widget|trending|popular|most-read|more-stories|footer|menu|\bnav|post-add|"
    r"next-post|read-next|newsletter"
)


def _in_page_chrome(element: html.HtmlElement) -> bool:
    for block in element.iterancestors():
        if block.tag in _CHROME_TAGS:
            return True
        marks = f"{block.get('class') or ''} {block.get('id') or ''}".casefold()
        if marks.strip() and _CHROME_WORDS.search(marks):
            return True
    return False


# What a <br> leaves in an element's text: a space where the text is read as one line ("Image source,
# Reuters<br>Image caption, ..." is no "ReutersImage"), a line's end where lines are kept.
_BREAK = "\u2028"


def _parse(page: str) -> html.HtmlElement | None:
    """The page's tree, the reader's own copy to cut and mark as it likes."""
    root = _parsed(page)
    return None if root is None else copy.deepcopy(root)


# Each part of one page (its footer, captions, bio, related links, asides) is read from one parse: copying a
# tree costs a third of parsing it, and a page is read about eight times.
@lru_cache(maxsize=1)
def _parsed(page: str) -> html.HtmlElement | None:
    if not page.strip():
        return None
    try:
        root = html.fromstring(page)
    except ValueError:
        # lxml refuses a str that declares its own encoding ("<?xml ... encoding='utf-8'?>"): give it bytes
        root = html.fromstring(page.encode("utf-8"))
    except etree.ParserError:
        return None
    for line_break in root.iter("br"):
        line_break.tail = _BREAK + (line_break.tail or "")
    return root


# A block of other stories by its class or id: "related", "more-stories", "read-next", and the site's most read
# ("most-read", "mostread", "most-popular").
_RELATED = re.compile(r"related|more-stories|read-next|most-?read|most-popular")


def related_link_texts(page: str) -> list[str]:
    """The text of each link in a page's blocks of related stories, whitespace collapsed."""
    root = _parse(page)
    if root is None:
        return []
    texts: list[str] = []
    for block in root.iter():
        marks = f"{block.get('class') or ''} {block.get('id') or ''}".casefold() if isinstance(block.tag, str) else ""
        if marks.strip() and _RELATED.search(marks):
            texts += [" ".join(link.text_content().split()) for link in block.iter("a")]
    return texts


# A sidebar's paragraph shorter than this is a log's line or a link ("Belchertown: Larceny reported at a Main
# Street store, 3:12 p.m."), no sentence of a story.
_SIDEBAR_SENTENCE_WORDS = 12
_SIDEBAR_SENTENCES = 2  # one paragraph alone is a box's note ("Full report: HC 412, published by ...")


def sidebar_story_texts(page: str) -> tuple[str, ...]:
    """The paragraphs of each <aside> beside an article that tells a story of its own in sentences ("Transfer
    talk: Plymouth Argyle are weighing up a bid for ..."), as a reader reads them: not the site's chrome (an
    aside in the header or footer, or marked related, newsletter, sidebar...), and only a box whose every
    paragraph is a whole sentence of twelve words or more."""
    root = _parse(page)
    if root is None:
        return ()
    etree.strip_elements(root, "script", "style", with_tail=False)
    stories: list[str] = []
    for aside in root.iter("aside"):
        marks = f"{aside.get('class') or ''} {aside.get('id') or ''}".casefold()
        if _in_page_chrome(aside) or (marks.strip() and (_CHROME_WORDS.search(marks) or _RELATED.search(marks))):
            continue
        paragraphs = [" ".join(p.text_content().split()) for p in aside.iter("p")]
        if len(paragraphs) >= _SIDEBAR_SENTENCES and all(
            len(p.split()) >= _SIDEBAR_SENTENCE_WORDS and p.endswith((".", "!", "?", '"', "”")) for p in paragraphs
        ):
            stories += paragraphs
    return tuple(stories)
