"""Read a file to ingest and turn it into the plain text a source stores, plus its metadata.

Plain text is kept as written; Markdown loses only its YAML front matter (title, published,
url, publisher, author); HTML is reduced to its main article text by trafilatura, which
drops navigation, cookie banners, scripts, footers, captions and "related" links (the firm a footer names as the
publisher and the photographers its captions credit are kept apart: `footer_publisher`, `photo_credits`; what the
captions say is read after the article, their credits left out).
Line endings become `\\n` and a byte-order mark is dropped; nothing else changes, so the stored text is exactly what
quotes point into, and an article stored by hand before is recognised by its hash.
Every refusal is an `IngestError` whose message names the file and says what to do.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from dossier.dates import EdtfError, validate_edtf
from dossier.ingest.byline_datelines import with_byline_dateline
from dossier.ingest.bylines import byline_persons
from dossier.ingest.comment_sections import COMMENT_SECTIONS_XPATH
from dossier.ingest.footer_address import footer_places
from dossier.ingest.footer_publisher import footer_owner, holds_copyright
from dossier.ingest.html_sections import author_bio_texts, sidebar_story_texts
from dossier.ingest.linked_data_article import article_body, better_than
from dossier.ingest.list_headings import split_items_after_headings
from dossier.ingest.photo_credits import caption_sentences, credited_sources, photo_credits, pictured_persons
from dossier.ingest.posted_by import posted_by
from dossier.ingest.related_boxes import related_headlines
from dossier.ingest.related_links import related_places
from dossier.ingest.standfirst import standfirst_sentences
from dossier.model import ActorKind
from dossier.sanitize import one_line
from dossier.yamlio import YamlError, parse_yaml

# A writer's box shorter than this is a name or a link ("Follow Ann Holt"), no sentence about the writer.
_BIO_WORDS = 6
# ...and one longer than this is a page's whole side column run into it (a list of products, a CV), no box's
# sentence or two.
_MOST_BIO_WORDS = 60
# A news article is a few hundred kilobytes at most; a larger file is almost certainly not one,
# and extraction would hold the analyst's terminal for minutes.
MAX_INPUT_BYTES = 16 * 1024 * 1024
MIN_WORDS = 5

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
GZIP_MAGIC = b"\x1f\x8b"


class IngestError(Exception):
    """A file that cannot be ingested; nothing was written for it."""


@dataclass(frozen=True)
class ExtractedDocument:
    """The text to store for a source, and what its file said about it."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    # The firm that publishes the page, as its footer names it ("© 2026 Ravi Publications (Pvt) Ltd").
    owner: str | None = None
    # The streets, towns and states of the address its footer gives ("..., Mill Road, Kingston 10, Jamaica").
    addresses: tuple[tuple[str, ActorKind], ...] = ()
    # The towns opening the headlines of its related stories ("Builth Wells ewe sale").
    related: tuple[tuple[str, ActorKind], ...] = ()
    # The headlines of its boxes of related or most read stories, read for places on a page in another language.
    related_headlines: tuple[str, ...] = ()
    # The photographers its captions credit ("Picture: ANN HOLT").
    photographers: tuple[str, ...] = ()
    # The agencies and bodies its captions credit before the photographer ("Photo: PA/Ann Holt").
    credited: tuple[tuple[str, ActorKind], ...] = ()
    # The persons its captions name with their place in the picture ("Ann Holt (centre) with her lawyers").
    pictured: tuple[str, ...] = ()
    language: str | None = None
    kind: str = "text"  # text, markdown or html
    # How the file was read where that was not plain, for the source's notes ("Not in UTF-8: read as ...").
    notes: tuple[str, ...] = ()


def read_document(path: Path) -> ExtractedDocument:
    """Extract the text and metadata of one file, or raise IngestError."""
    name = one_line(str(path))
    raw = _read_bytes(path, name)
    suffix = path.suffix.lower()
    if suffix == ".gz":  # "page.html.gz" is a page (unpacked by _read_bytes)
        suffix = Path(path.stem).suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES | MARKDOWN_SUFFIXES and _looks_like_html(raw)):
        document = _from_html(raw, name)
    else:
        text = _decode(raw, name)
        if suffix in MARKDOWN_SUFFIXES or text.startswith("---\n"):
            document = _from_markdown(text, name)
        else:
            document = ExtractedDocument(text=text, kind="text")
    text = _normalise(document.text)
    if len(re.findall(r"\w+", text)) < MIN_WORDS:
        what = "in this page (it may be all scripts, navigation or a login wall)" if document.kind == "html" else ""
        raise IngestError(
            f"{name}: no article text found {what or f'(fewer than {MIN_WORDS} words)'}; nothing was ingested"
        )
    return ExtractedDocument(**{**document.__dict__, "text": text})


def _read_bytes(path: Path, name: str) -> bytes:
    if path.exists() and not path.is_file() and not path.is_dir():
        # A named pipe or a device would block the read, or never end.
        raise IngestError(f"{name}: not a regular file (a pipe or a device); save the article to a file first")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_INPUT_BYTES + 1)
    except IsADirectoryError:
        raise IngestError(f"{name}: is a folder; give the files inside it") from None
    except FileNotFoundError:
        raise IngestError(f"{name}: no such file") from None
    except OSError as exc:
        raise IngestError(f"{name}: cannot read the file: {exc.strerror}") from None
    if len(raw) > MAX_INPUT_BYTES:
        raise _too_large(name)
    if raw.startswith(GZIP_MAGIC):
        # Saved pages are often kept gzipped (wget, crawlers, archives).
        raw = _gunzip(raw, name)
    if not raw.strip():
        raise IngestError(f"{name}: the file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(f"{name}: saved as UTF-16; save it as UTF-8 and ingest it again")
    if b"\x00" in raw[:65536]:
        raise IngestError(f"{name}: a binary file, not text, Markdown or HTML")
    return raw


def _too_large(name: str) -> IngestError:
    return IngestError(
        f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB; this is not an article "
        "(split it into articles and ingest those)"
    )


def _gunzip(packed: bytes, name: str) -> bytes:
    # Unpacked no further than the size limit, so a small file that unpacks to gigabytes is refused cheaply.
    unpacker = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)  # 16: a gzip header and trailer
    try:
        raw = unpacker.decompress(packed, MAX_INPUT_BYTES + 1)
    except zlib.error as exc:
        raise IngestError(f"{name}: a damaged gzip file ({exc}); nothing was ingested") from None
    if len(raw) > MAX_INPUT_BYTES:
        raise _too_large(name)
    if not unpacker.eof:
        raise IngestError(f"{name}: the gzip file is cut short; nothing was ingested")
    return raw


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise IngestError(
            f"{name}:{line}:{column}: invalid UTF-8 byte 0x{raw[exc.start]:02x}; save the file as UTF-8"
        ) from None


def _normalise(text: str) -> str:
    # Only what no reader sees changes; the rest stays byte for byte, so the same article saved
    # by hand earlier has the same hash and is recognised.
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


# -- Markdown ------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", re.DOTALL)


# A plain value that holds ": " ("title: Krieg: Was jetzt", the commonest slip of a page saved by hand) is read
# by YAML as a second key; the fix is quotes, which YAML's own message does not say.
_UNQUOTED_COLON = re.compile(r"""^\s*[\w-]+:\s+[^\s"'|>\[{].*:(\s|$)""")


_LONGEST_HINTED_VALUE = 80  # a longer value is not repeated in the message


def _quoting_hint(front_matter: str, line: int) -> str:
    lines = front_matter.split("\n")
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if not _UNQUOTED_COLON.match(text):
        return ""
    key, _, value = text.partition(":")
    quoted = value.strip().replace("\\", "\\\\").replace('"', '\\"')
    if len(quoted) > _LONGEST_HINTED_VALUE:
        return f'; a value holding ": " needs quotes: {key.strip()}: "..."'
    return f'; a value holding ": " needs quotes: {key.strip()}: "{quoted}"'


def _from_markdown(text: str, name: str) -> ExtractedDocument:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    match = _FRONT_MATTER.match(text)
    if not match:
        return ExtractedDocument(text=text, kind="markdown")
    try:
        data = parse_yaml(match.group(1) or "").data
    except YamlError as exc:
        # The front matter starts on the file's second line.
        hint = _quoting_hint(match.group(1) or "", exc.line)
        raise IngestError(f"{name}:{exc.line + 1}:{exc.column}: front matter: {exc.message}{hint}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise IngestError(f"{name}:2:1: front matter must be a mapping (title: ..., published: ...)")
    meta = {str(key).lower(): value for key, value in data.items()}
    body = text[match.end() :]
    published = meta.get("published") or meta.get("date")
    return ExtractedDocument(
        text=body,
        title=_text_or_none(meta.get("title")),
        published=_edtf_day(published, name, "published") if published else None,
        url=_text_or_none(meta.get("url")),
        publisher=_text_or_none(meta.get("publisher")),
        author=_text_or_none(meta.get("author")),
        language=_text_or_none(meta.get("language")),
        kind="markdown",
    )


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _edtf_day(value: object, name: str, field: str) -> str:
    """A front-matter or page date as EDTF; an ISO timestamp keeps only its day."""
    text = str(value).strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", text)
    if match:
        text = match.group(1)
    try:
        return validate_edtf(text)
    except EdtfError:
        raise IngestError(f"{name}: {field}: {one_line(text, 40)!r} is not a date (write it as 2022-02-28)") from None


# -- HTML ------------------------------------------------------------------------------------


def _from_html(raw: bytes, name: str) -> ExtractedDocument:
    # Imported here: trafilatura and lxml cost ~0.3 s, paid only when a page is ingested.
    import trafilatura

    html, how_read = _decode_html(raw, name)
    notes = [how_read] if how_read else []
    if _FRAGMENT.search(html[:_CHARSET_SCAN_BYTES]) is None:
        # An article saved as a fragment (a reader view's or a clipping tool's output: "<div><p>...</p></div>"): the
        # extraction finds no text outside a document's body, so the fragment becomes one.
        html = f"<html><body>{html}</body></html>"
    html = split_items_after_headings(html)  # "<li><h3>Holme Farm, Wreay</h3><p>Conversion ...": two lines
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=True,
            prune_xpath=COMMENT_SECTIONS_XPATH,  # readers' comments marked in the page's own language
            # htmldate may look at the URL; it never fetches, but keep its search to the page itself.
            date_extraction_params={"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d"},
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise IngestError(f"{name}: the HTML could not be read ({type(exc).__name__}); nothing was ingested") from None
    text = getattr(result, "text", None) if result is not None else None
    body = article_body(html)
    if better_than(body, text or ""):
        words = len(re.findall(r"\w+", text or ""))
        notes.append(
            f"The text is the page's JSON-LD articleBody: its HTML held {words} words of it (a teaser or a caption)."
        )
        text = body
    elif text and text.strip():
        # The captions under the pictures are read as the article's last lines, each once (a JSON-LD body is
        # the publisher's whole article as written, captions left out).
        said = [sentence for sentence in caption_sentences(html, text) if sentence.rstrip(".") not in text]
        # ...and so is the standfirst the extraction left out, as the page's description holds it
        lead = standfirst_sentences(_text_or_none(getattr(result, "description", None)), text)
        # ...and so is the box about the writer below a column ("Ann Holt is a former detective with ...")
        bios = [box for box in author_bio_texts(html) if _BIO_WORDS <= len(box.split()) <= _MOST_BIO_WORDS]
        bios = [box for box in bios if box not in text]
        # ...and so is a sidebar that tells a story in sentences ("Transfer talk: Plymouth Argyle are weighing up ...")
        sidebars = [story for story in sidebar_story_texts(html) if story not in text]
        text = "\n".join((text, *said, *lead, *bios, *sidebars))
    if text and text.strip():
        # "(청주=연합뉴스)" in a byline the extraction dropped: the story's town, put back as its first line
        text = with_byline_dateline(html, text, _text_or_none(getattr(result, "title", None)))
    if not text or not text.strip():
        raise IngestError(
            f"{name}: no article text found in this page (it may be all scripts, navigation or a login wall); "
            "nothing was ingested"
        )
    published = None
    date = getattr(result, "date", None)
    if date:
        try:
            published = _edtf_day(date, name, "date")
        except IngestError:
            published = None  # a page's odd date is no reason to refuse its article
    if published is not None and published.endswith("-01-01") and published not in html:
        # htmldate reads a footer's "© 2024" as 2024-01-01: only the year is known.
        published = published[:4]
    # "Condé Nast; Ann Holt" as the authors of a page Condé Nast holds the copyright of: the publisher, no writer
    # (an outlet's own name, "Deutsche Welle", is drafted as the outlet already).
    authors = (_text_or_none(getattr(result, "author", None)) or "").split("; ")
    publisher_as_author = next(
        (name for name in authors if byline_persons(name) == [name] and holds_copyright(html, name)), None
    )
    author = "; ".join(name for name in authors if name and name != publisher_as_author) or None
    if author is None:
        author = posted_by(html)  # "Posted on 1 December 2026 by Nigel Threlfall": a blog's writer in words
    return ExtractedDocument(
        text=text,
        title=_text_or_none(getattr(result, "title", None)),
        published=published,
        url=_http_url(getattr(result, "url", None)),
        publisher=_text_or_none(getattr(result, "sitename", None)),
        author=author,
        owner=footer_owner(html) or publisher_as_author,
        addresses=tuple(footer_places(html)),
        related=tuple(related_places(html)),
        related_headlines=related_headlines(html),
        photographers=tuple(photo_credits(html, _text_or_none(getattr(result, "sitename", None)))),
        credited=tuple(credited_sources(html, _text_or_none(getattr(result, "sitename", None)))),
        pictured=tuple(pictured_persons(html)),
        language=_language(getattr(result, "language", None)),
        kind="html",
        notes=tuple(notes),
    )


# What a whole page opens with, before its text: the document's type, its root or head, or its body.
_FRAGMENT = re.compile(r"<(?:!doctype|html|head|body)[\s>]", re.IGNORECASE)


def _decode_html(raw: bytes, name: str) -> tuple[str, str | None]:
    """The page's text and, if it is not UTF-8, a note of how it was read: in the charset the page declares,
    as UTF-8 with a few stray bytes, or in a charset guessed from the bytes."""
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    # Russian and Belarusian sites still serve windows-1251, Korean ones EUC-KR. webencodings maps a
    # declared label as browsers do: "euc-kr" reads as cp949, "iso-8859-1" as windows-1252, which
    # such pages really hold, where Python's codec of the same name would fail on them.
    declared = _DECLARED_CHARSET.search(raw[:_CHARSET_SCAN_BYTES])
    if declared:
        label = (declared.group(1) or declared.group(2)).decode("ascii")
        text = _decoded_as(raw, label)
        if text is not None:
            return text, f"Not in UTF-8: read as {label}, as the page declares."
    # A UTF-8 page with a few stray bytes (a pasted quote in windows-1252) is read as browsers read it, the
    # stray bytes as U+FFFD; a guess would read the whole page in some other charset.
    lenient = raw.decode("utf-8", errors="replace")
    stray = lenient.count("\ufffd")
    if sum(1 for char in lenient if ord(char) > 127) >= _MOSTLY_UTF8 * stray:
        return lenient, f"Not all UTF-8: {stray} stray byte sequence(s) read as U+FFFD (\ufffd)."
    # A page saved without its server's header may declare nothing: charset-normalizer guesses from the bytes.
    import charset_normalizer

    best = charset_normalizer.from_bytes(raw).best()
    if best is not None and best.encoding != "utf_8":
        return str(best), f"Not in UTF-8: read as {best.encoding}, guessed from the bytes (no declared charset fits)."
    return _decode(raw, name), None  # raises with the position of the first bad byte


def _decoded_as(raw: bytes, label: str) -> str | None:
    import webencodings

    encoding = webencodings.lookup(label)
    if encoding is None or encoding.name == "utf-8":
        return None
    try:
        return raw.decode(encoding.codec_info.name)
    except UnicodeDecodeError:
        return None


# A charset declared in a <meta> tag or an XML declaration, looked for in the page's head.
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)""",
    re.IGNORECASE,
)
# A page is UTF-8 with stray bytes when its valid non-ASCII characters outnumber the stray bytes this many times.
_MOSTLY_UTF8 = 5
# Browsers look at the first 1,024 bytes only; pages with a long head of scripts put it later and still work.
_CHARSET_SCAN_BYTES = 65536


def _http_url(value: object) -> str | None:
    text = _text_or_none(value)
    if text and re.match(r"^https?://[^\s/]+", text) and not any(ord(ch) < 32 for ch in text):
        return text
    return None


def _language(value: object) -> str | None:
    text = _text_or_none(value)
    return text.lower() if text and re.fullmatch(r"[A-Za-z]{2,3}", text) else None
