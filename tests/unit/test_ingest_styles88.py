"""Round styles88 on the held-out styles (re3d's BBC, CENTCOM, DFAT, EU and Wikipedia): each test says what the
analyst sees in the drafts. Every example is invented."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_paragraph_of_prose_with_a_records_year_and_a_songs_title_is_read() -> None:
    # a year in brackets and a quoted title made the whole paragraph a list of references
    kinds = draft_kinds(
        "The regiment's depot was at Strathaird Barracks in Oban for most of its history. Its pipe band recorded "
        "the album Pipes of the Morvern (1958) for Decca Records in London. The regimental march was "
        '"Pibroch of Donuil Dubh". Its colours and medals are held by the museum at Fort George, near Inverness.'
    )
    assert kinds.get("Decca Records") is ActorKind.organization
    assert kinds.get("Inverness") is ActorKind.place
