"""Reading files to ingest: article text from HTML, front matter from Markdown, and bad input refused."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from dossier.ingest.extract_text import MAX_INPUT_BYTES, IngestError, read_document
from tests.unit.ingest_helpers import ARTICLES, HTML_ARTICLE, MARKDOWN_ARTICLE


def test_html_keeps_the_article_and_drops_the_page_around_it() -> None:
    document = read_document(HTML_ARTICLE)
    assert "Defence Minister Viktar Khrenin said the exercises were planned long ago" in document.text
    assert "Between 10 and 20 February" in document.text
    for boilerplate in ("cookie", "Related stories", "Subscribe", "All rights reserved", "dataLayer", "font-family"):
        assert boilerplate not in document.text
    assert document.title == "Troops gather near the border as talks stall"
    assert document.published == "2022-02-18"
    assert document.url == "https://ledger.example.org/2022/02/18/troops-gather"
    assert document.publisher == "Northern Ledger"
    assert document.author == "Mara Ostrowska"
    assert document.kind == "html"


def test_markdown_front_matter_becomes_metadata_and_is_not_part_of_the_text() -> None:
    document = read_document(MARKDOWN_ARTICLE)
    assert document.title == "Minsk hosts a second round of talks"
    assert document.published == "2022-03-04"
    assert document.url == "https://wire.example.com/2022/03/04/minsk-talks"
    assert document.publisher == "Example Wire"
    assert document.author == "Jonas Keller"
    assert document.text.startswith("# Minsk hosts a second round of talks\n")
    assert "published:" not in document.text


def test_plain_text_is_kept_as_written_except_line_endings_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffFirst line of the story.\r\nSecond line, with  two spaces.\r\n".encode())
    assert read_document(path).text == "First line of the story.\nSecond line, with  two spaces.\n"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.md", b"  \n\n\t\n", "the file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a binary file"),
        ("utf16.txt", "Troops crossed the border.".encode("utf-16"), "UTF-16"),
        ("latin1.txt", b"Troops crossed the border.\nThe caf\xe9 was closed today.\n", "latin1.txt:2:8: invalid UTF-8"),
        ("short.txt", b"Hello there.\n", "no article text found"),
    ],
)
def test_bad_files_are_refused_with_a_message_naming_them(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert expected in str(caught.value)
    assert name in str(caught.value)


def test_a_50_megabyte_text_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        chunk = b"All work and no play makes a dull analyst. " * 10_000
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    with pytest.raises(IngestError, match=r"huge\.txt: larger than 16 MiB"):
        read_document(path)
    assert path.stat().st_size > MAX_INPUT_BYTES


@pytest.mark.parametrize("name", ["scripts_only.html", "navigation_only.html"])
def test_pages_without_an_article_are_refused(name: str) -> None:
    with pytest.raises(IngestError, match="no article text found"):
        read_document(ARTICLES / name)


def test_html_with_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    body = "<p>Лукашенко заявил в понедельник, что белорусские войска не будут участвовать в операции.</p>"
    page = f'<html><head><meta charset="windows-1251"><title>Заявление</title></head><body><article>{body * 3}'
    path = tmp_path / "cp1251.html"
    path.write_bytes((page + "</article></body></html>").encode("windows-1251"))
    assert "Лукашенко заявил" in read_document(path).text


def _page(charset_tag: str, title: str, sentence: str) -> str:
    return (
        f"<html><head>{charset_tag}<title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{sentence * 4}</p></article></body></html>"
    )


def test_a_page_declaring_euc_kr_is_read_as_browsers_read_it(tmp_path: Path) -> None:
    # "똠" exists in cp949 only; Korean pages labelled EUC-KR hold it, and Python's strict euc_kr refuses it.
    page = _page(
        '<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">',
        "똠양꿍 축제",
        "시민들이 광장에 모였다. ",
    )
    path = tmp_path / "kr.html"
    path.write_bytes(page.encode("cp949"))
    document = read_document(path)
    assert document.title == "똠양꿍 축제"
    assert "시민들이 광장에 모였다." in document.text
    assert document.notes == ("Not in UTF-8: read as EUC-KR, as the page declares.",)


def test_a_charset_declared_after_a_long_head_of_scripts_is_found(tmp_path: Path) -> None:
    scripts = "<script>var tracking = 1;</script>" * 300  # about 10 KB before the <meta>
    page = _page(scripts + '<meta charset="windows-1251">', "Новости Гродно", "Мост через Неман открыли в субботу. ")
    path = tmp_path / "late.html"
    path.write_bytes(page.encode("windows-1251"))
    assert "Мост через Неман открыли" in read_document(path).text


def test_a_page_declaring_no_charset_is_read_by_a_guess_that_is_noted(tmp_path: Path) -> None:
    page = _page("", "Новости региона", "Жители села Каменка собрались у здания администрации в понедельник. ")
    path = tmp_path / "undeclared.html"
    path.write_bytes(page.encode("windows-1251"))
    document = read_document(path)
    assert "Жители села Каменка собрались" in document.text
    (note,) = document.notes
    assert note.startswith("Not in UTF-8: read as ") and "guessed from the bytes" in note


def test_a_utf8_page_with_a_stray_byte_stays_utf8_and_the_byte_is_marked(tmp_path: Path) -> None:
    # One windows-1252 quote mark pasted into a UTF-8 page: not a reason to read it all in another charset.
    page = _page('<meta charset="utf-8">', "Brücke über den Fluss", "Der Bürgermeister von Köln eröffnete sie. ")
    path = tmp_path / "stray.html"
    path.write_bytes(page.encode("utf-8").replace("eröffnete".encode(), b"\x92er\xc3\xb6ffnete", 1))
    document = read_document(path)
    assert "Der Bürgermeister von Köln" in document.text and "\ufffderöffnete" in document.text
    assert document.notes == ("Not all UTF-8: 1 stray byte sequence(s) read as U+FFFD (\ufffd).",)


def test_a_gzipped_page_is_unpacked_and_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(HTML_ARTICLE.read_bytes()))
    document = read_document(path)
    assert document.kind == "html"
    assert document.text == read_document(HTML_ARTICLE).text


def _bomb() -> bytes:
    return gzip.compress(b"<html>" + b" " * (40 * 1024 * 1024))  # small on disk, 40 MiB unpacked


def _cut() -> bytes:
    return gzip.compress(b"<html><body><p>" + b"The ferry left at dawn. " * 50)[:-20]


def _not_gzip() -> bytes:
    return b"\x1f\x8b\x08\x00" + b"not really gzip data"


@pytest.mark.parametrize(
    ("packed", "message"),
    [(_bomb, "larger than 16 MiB"), (_cut, "cut short"), (_not_gzip, "damaged gzip file")],
    ids=["unpacks-too-large", "cut-short", "damaged"],
)
def test_bad_gzip_files_are_refused_with_a_message(tmp_path: Path, packed: Callable[[], bytes], message: str) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(packed())
    with pytest.raises(IngestError, match=rf"page\.html\.gz: .*{message}"):
        read_document(path)


def test_bad_front_matter_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: A story\npublished: yesterday\n---\nBody text of the story goes here.\n")
    with pytest.raises(IngestError, match=r"bad\.md: published: 'yesterday' is not a date"):
        read_document(path)
    path.write_text("---\ntitle: [unclosed\n---\nBody text of the story goes here.\n")
    with pytest.raises(IngestError, match=r"bad\.md:\d+:\d+: front matter"):
        read_document(path)


def test_a_title_holding_a_colon_is_refused_with_the_quotes_that_fix_it(tmp_path: Path) -> None:
    path = tmp_path / "saved.md"
    path.write_text('---\ntitle: Vorland: Die Brücke "Ost" bleibt zu\nurl: https://example.org/a\n---\nText.\n')
    with pytest.raises(IngestError) as refused:
        read_document(path)
    assert f"{path}:2:" in str(refused.value)  # the file and the line of the title
    assert str(refused.value).endswith('needs quotes: title: "Vorland: Die Brücke \\"Ost\\" bleibt zu"')
    # Quoted as the message says, the page is read.
    path.write_text(
        '---\ntitle: "Vorland: Die Brücke \\"Ost\\" bleibt zu"\n---\nDie Brücke bleibt bis Montag gesperrt.\n'
    )
    assert read_document(path).title == 'Vorland: Die Brücke "Ost" bleibt zu'
    # Another slip gets YAML's own message and no hint.
    path.write_text("---\ntitle: [unclosed\n---\nText.\n")
    with pytest.raises(IngestError) as refused:
        read_document(path)
    assert "needs quotes" not in str(refused.value)


def test_missing_files_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(IngestError, match="is a folder"):
        read_document(tmp_path)
