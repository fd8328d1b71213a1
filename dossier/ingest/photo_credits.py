"""The photographers a web page credits under its pictures: "Picture: APISAI KOROI", "(File photo: Ann Holt /
The Valley Herald)", "— Photo: LOW BOON TAT/The Northern Mirror", "PHOTO | ANN HOLT", "Photo by Tran Minh".

The text extraction leaves a page's captions out, so a photographer the page names, as its byline names its
reporter, was never drafted. Only the name right after the credit's label is taken, and only when it reads as
a person's (`bylines.byline_persons`: two to four name-like words, no "Supplied", "Handout" or "Getty Images"),
opening with a given name (or an East Asian family name) or written in capitals as credits often are.
"""

from __future__ import annotations

import re

from dossier.ingest.html_sections import caption_texts
from dossier.model import ActorKind

# The credit's label, then the name up to a slash, a comma, a bracket, a bar, "for" the outlet ("Photo: Ann
# Holt for The Herald") or the caption's end.
_CREDIT = re.compile(
    r"\b(?:(?:file\s+)?photo(?:graph)?s?|pictures?|pics?|images?|credit)(?:\s+by)?(?:\s*:\s*|\s+\|\s+|(?<=by)\s+)"
    r"([^/,|()\[\]]+?)\s*(?:\s(?:for|via)\s|[/,|()\[\]]|$)",
    re.IGNORECASE,
)
# The outlet first, then a slash and the photographer ending the caption: "Photo: The Valley Herald/Ann Holt".
_OUTLET_THEN_NAME = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|images?)\s*:\s*[A-Z][^/,|()\[\]]*?\s*/\s*([^/,|()\[\]]+?)\s*\.?\s*$",
    re.IGNORECASE,
)
# A credit with no label, in brackets at the caption's end: "(Ann Holt/The Valley Herald)".
_BRACKETED_CREDIT = re.compile(r"\(([^()/]+?)\s*/\s*[^()/]+\)\s*$")
_MOST = 3
_FOR_OUTLET = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
# "Credit: Sayaka Ishiguro/Orbital Desk": the photographer, a slash, the outlet she works for.
_SLASH_OUTLET = re.compile(r"\s*/\s*(?:the\s+)?[A-Z]")
_RARE_FAMILY_NAME = 3.0
_CAPTION_END = re.compile(r"\s*\.?\s*$")
# Two capitalised halves joined by a hyphen, one a family name or a rare word: "Dlamini-Rautenbach".
_HYPHENED = re.compile(r"[A-Z][a-z']+-[A-Z][a-z']+")


def _double_barrelled(word: str) -> bool:
    return _HYPHENED.fullmatch(word) is not None and any(_family_name_last(half) for half in word.split("-"))


def _family_name_last(name: str) -> bool:
    """Whether the name ends in a family name or a rare word ("Ishiguro"), not an agency's common word
    ("Getty Images")."""
    from dossier.ingest.common_words import zipf
    from dossier.ingest.names import fold, is_surname

    last = fold(name.split()[-1])
    return is_surname(last) or zipf(last) < _RARE_FAMILY_NAME


def _body_words(name: str) -> bool:
    from dossier.ingest.cues import HEAD_WORD, NAME_WORD
    from dossier.ingest.name_words import COMPASS_HEADS
    from dossier.ingest.names import fold

    return any(
        fold(word) in HEAD_WORD or fold(word) in NAME_WORD or fold(word) in COMPASS_HEADS for word in name.split()
    )


def _site_opening(name: str, site: str | None) -> bool:
    """Whether the credited name is the page's own site's name or its opening words: "Photo: Tarn Hope/Ann
    Holt" on the site "Tarn Hope Foundation" credits the site, then its photographer."""
    from dossier.ingest.names import fold_phrase

    words, site_words = fold_phrase(name), fold_phrase(site or "")
    return bool(words) and site_words[: len(words)] == words


def photo_credits(page: str, site: str | None = None) -> list[str]:
    """The photographers' names as the page's captions credit them, in order (at most a few); not the page's
    own `site` name before a slash."""
    from dossier.ingest.bylines import byline_persons
    from dossier.ingest.names import fold, is_chinese_surname, is_given_name
    from dossier.ingest.vietnamese_names import VIETNAMESE_FAMILY_NAMES

    names: list[str] = []
    for text in caption_texts(page):
        credits = [*_CREDIT.finditer(text), *_BRACKETED_CREDIT.finditer(text), *_OUTLET_THEN_NAME.finditer(text)]
        for credit in credits:
            written = credit.group(1)
            for name in byline_persons(written):
                # the whole credit, no word left out ("LOW BOON TAT" is no "Boon Tat"), opening with a given
                # name or written in capitals as credits are ("Reel North", "Halden Therapeutics" are bodies)
                whole = len(name.split()) == len(written.split())
                first = fold(name.split()[0])
                opens = is_given_name(first) or is_chinese_surname(first) or first in VIETNAMESE_FAMILY_NAMES
                # "Photo: Lorne Abernathy for The Herald": who takes pictures for an outlet is a person, though
                # the lists lack the given name (not "Reel North", whose words name places or bodies)
                opens = opens or (_FOR_OUTLET.match(text, credit.end(1)) is not None and not _body_words(name))
                # (and "Sayaka Ishiguro/Orbital Desk", a slash before the outlet, when a family name ends it)
                opens = opens or (
                    _SLASH_OUTLET.match(text, credit.end(1)) is not None
                    and not _body_words(name)
                    and len(name.split()) >= 2
                    and _family_name_last(name)
                )
                # (and "Picture: Sipho Dlamini-Rautenbach" ending the caption: a double-barrelled family name
                # is a person's, whatever the given name)
                opens = opens or (
                    _CAPTION_END.match(text, credit.end(1)) is not None
                    and not _body_words(name)
                    and len(name.split()) in (2, 3)
                    and _double_barrelled(name.split()[-1])
                )
                # (and "Photo: Border Farming Weekly/Iolo Venner": after an outlet and a slash, the caption's
                # last words are its photographer's, when a family name or a rare word ends them)
                opens = opens or (
                    credit.re is _OUTLET_THEN_NAME
                    and not _body_words(name)
                    and len(name.split()) in (2, 3)
                    and _family_name_last(name)
                )
                if _site_opening(name, site):
                    continue
                if whole and (written.isupper() or opens) and name not in names:
                    names.append(name)
    return names[:_MOST]


# The agency or body a caption credits before the slash and its photographer: "Photo: PA/Marnie Holt".
_SOURCE_THEN_NAME = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|images?)\s*:\s*((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s*/\s*[A-Z]",
    re.IGNORECASE,
)
_AGENCY_LETTERS = re.compile(r"[A-Z]{2,5}")


def credited_sources(page: str, site: str | None = None) -> list[tuple[str, ActorKind]]:
    """The agencies and bodies the captions credit before a slash and the photographer ("Photo: PA/Marnie Holt",
    "Picture: Varnholt Energy/Handout"): an agency's letters or a known outlet is media, a name with a body's
    word an organization; not the page's own site, nor one plain word ("Photo: Whitworth/Ann Holt")."""
    from dossier.ingest.cues import HEAD_WORD, KNOWN_MEDIA, NAME_WORD
    from dossier.ingest.names import fold_phrase

    found: list[tuple[str, ActorKind]] = []
    for text in caption_texts(page):
        for credit in _SOURCE_THEN_NAME.finditer(text):
            name = credit.group(1)
            words = fold_phrase(name)
            own = site[4:] if site and site[:4].casefold() == "the " else site  # "The Midland Observer"
            if _site_opening(name, site) or _site_opening(name, own) or not words:
                continue
            cues = [cue for word in words if (cue := HEAD_WORD.get(word) or NAME_WORD.get(word)) is not None]
            kinds = {cue.kind for cue in cues}
            if "".join(words) in KNOWN_MEDIA or "".join(words) in _WIRE_AGENCIES or ActorKind.media in kinds:
                kind = ActorKind.media  # "PA", "Reuters", "The Valley Herald": who sells or prints the picture
            elif _AGENCY_LETTERS.fullmatch(name) or (len(words) >= 2 and ActorKind.organization in kinds):
                kind = ActorKind.organization  # "ESA", "Varnholt Energy", "Aberystwyth University": its own picture
            else:
                continue
            if (name, kind) not in found:
                found.append((name, kind))
    return found


# News agencies known by their letters alone in a credit ("Photo: PA/Ann Holt"), beside `cues.KNOWN_MEDIA`.
_WIRE_AGENCIES = frozenset(("pa", "epa", "aap", "pti", "ians", "ani"))


# Where a person stands in the picture, in brackets after the name: "Ann Holt (centre) with her lawyers".
_PLACE_IN_PICTURE = re.compile(r" \((?:centre|center|left|right|second (?:left|right)|front|back|L|R|C)\)")
_PARTICLES = frozenset(("ole", "wa", "arap", "bin", "binti", "van", "von", "de", "da", "del", "der", "al", "ap"))


def pictured_persons(page: str) -> list[str]:
    """The persons a page's captions name with their place in the picture ("Petitioner Ann Holt (centre) with
    her lawyers"): the capitalised words before the bracket, read as a byline's name is (a job word before
    them left out), at most a few."""
    from dossier.ingest.bylines import byline_persons

    names: list[str] = []
    for text in caption_texts(page):
        for where in _PLACE_IN_PICTURE.finditer(text):
            words = text[: where.start()].split()
            run: list[str] = []
            while words and (words[-1][:1].isupper() or words[-1] in _PARTICLES) and len(run) < _NAME_WORDS:
                run.insert(0, words.pop())
            for name in byline_persons(" ".join(run)):
                if name not in names and " ".join(run).endswith(name):
                    names.append(name)
    return names[:_MOST]


_NAME_WORDS = 6


# A caption's credit from its label to the caption's end: "Photo: Ann Holt for The Herald", "(Picture: Supplied)",
# "Photo courtesy of Tarnby Council", "Image by Ann Holt"; in other languages with a colon or a bar ("Foto: Ann
# Holt", "Фото: ...", "Bild: ...", "사진: ...", "图片：...").
_CREDIT_TAIL = re.compile(
    r"\s*[(\[]?\s*(?:\b(?:file\s+)?(?:photo(?:graph)?s?|pictures?|pics?|images?|credit)(?:\s*[:|]|\s+by\b|\s+courtesy\b)"
    r"|\b(?:foto|fotos|фото|bild|zdjęcie|crédit|crédito|kuva)\s*[:|]|(?:사진|图片|照片)\s*[:：|=]).*$",
    re.IGNORECASE | re.DOTALL,  # (to the caption's end, over the lines a <br> keeps apart)
)
_CAPTION_WORDS = 4  # fewer words left after the credit are a label ("Pictured", "Ann Holt"), no sentence


def caption_sentences(page: str, article: str = "") -> list[str]:
    """What a page's captions say, without their credits ("A Tarnby Fresh store in Kettering, Ohio."): sentences
    of the article that the text extraction leaves out, as a reader sees them under the pictures. With the
    `article`'s text, only captions that share a word with it: a picture of another story ("NASA astronaut
    Victor Glover ..." under a report of an outage at Meta) says nothing of this one."""
    from dossier.ingest.html_sections import caption_bodies

    words = _content_words(article) if article else set()
    bodies = caption_bodies(page)
    gallery = _is_a_gallery(bodies, article)
    sentences: list[str] = []
    for text in bodies:
        said = _BRACKETED_CREDIT.sub("", _CREDIT_TAIL.sub("", text)).strip()
        if len(said.split()) < _CAPTION_WORDS or said in sentences or _TEASER_TIME.search(said):
            continue  # (a label; a caption said twice; a teaser's headline and its age: "... 1 hour ago")
        if article and not gallery and not _content_words(said) & words:
            continue
        sentences.append(said if said.endswith((".", "!", "?")) else f"{said}.")
    return sentences


def _is_a_gallery(captions: tuple[str, ...], article: str) -> bool:
    """Whether a page is a gallery of pictures: several captions, together longer than the article's text. There
    each caption tells a part of the story ("SNP candidate Ann Holt waits with supporters from Govan"), whether or
    not it shares a word with the few lines above the pictures."""
    caption_words = sum(len(caption.split()) for caption in captions)
    return len(captions) >= _GALLERY_CAPTIONS and caption_words > len(article.split())


_GALLERY_CAPTIONS = 4


# The age or the date a list of stories gives each headline at its end: "3 hours ago", "Aug 20, 2019".
_TEASER_TIME = re.compile(
    r"(?:\b\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago"
    r"|\b[A-Z][a-z]{2}\s+\d{1,2},\s+\d{4})\.?$"
)


def _content_words(text: str) -> set[str]:
    """The words of four letters or more that are not among the most frequent, folded, without a plural's "s":
    what a caption and its article share when they tell one story ("store", "Instagram"; not "which", "left")."""
    from dossier.ingest.common_words import zipf

    stems = {word.casefold().removesuffix("s") for word in re.findall(r"\w{4,}", text)}
    return {stem for stem in stems if zipf(stem) < _SHARED_WORD}


_SHARED_WORD = 5.1  # Zipf: "left" 5.4 and "people" 6.1 say nothing of the story; "store" 5.0 and "outage" 3.3 do
