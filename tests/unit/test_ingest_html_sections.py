"""A web page's footers and captions are read as a browser shows them, for the publisher and the photographers."""

from __future__ import annotations

from dossier.ingest.footer_publisher import footer_owner
from dossier.ingest.html_sections import section_texts


def test_a_footers_text_keeps_its_entities_and_leaves_scripts_out() -> None:
    page = (
        "<?xml version='1.0' encoding='utf-8'?><html><body><article><p>Story.</p></article>"
        "<footer><script>var owner = 'Nobody Ltd';</script><p>&copy; 2026 <b>Tarnvale</b> Press&nbsp;Ltd.</p>"
        "<!-- a comment --></footer></body></html>"
    )
    assert section_texts(page, "footer") == ["© 2026 Tarnvale Press Ltd."]
    assert footer_owner(page) == "Tarnvale Press Ltd"


def test_a_page_without_the_part_or_with_no_markup_gives_nothing() -> None:
    assert section_texts("<html><body><p>No footer here.</p></body></html>", "footer") == []
    assert section_texts("   ", "figcaption") == []
