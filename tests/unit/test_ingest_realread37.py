"""Round realread37: rules found reading real pages by hand (Kenyan county news, Nigerian state news, Cameroonian
and Pakistani regional papers, Philippine regional news, Indian state releases, Singapore government pages, New
Zealand and Irish local news, English county police, think-tank digests, shipping and aviation trade news).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_links_read_more_label_is_no_part_of_the_headline_after_it() -> None:
    drafts = draft_kind_names(
        "Quellandia Read More Tarnwick mayoral hopeful Ilse Varnaby campaigns on housing October 11. "
        "Quellandia Read More Pobby Varnsen seeks the mayoralty for the fifth time."
    )
    assert not any(name.startswith("Read More") for name in drafts)
    assert "Pobby Varnsen" in drafts and "Tarnwick" in drafts
