"""A party's short name in title case, in brackets between its full name and "party", is its alias as an
acronym would be ("the Respect and Freedom (Tisza) party"). Every example is invented."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, tuple[ActorKind, list[str]]]:
    extraction = extract(text, None, [], set(), "test-drafts")
    return {draft.name: (draft.kind, list(draft.aliases)) for draft in extraction.actors}


def test_a_short_name_in_brackets_before_party_is_the_partys_alias() -> None:
    drafts = _drafts("Polls put the Honour and Harvest (Varda) party ahead. Varda leads by four points.")
    assert drafts["Honour and Harvest"] == (ActorKind.organization, ["Varda"])
    assert "Varda" not in drafts  # the later mention is the party, no second draft


def test_a_word_in_brackets_before_river_is_no_partys_name() -> None:
    drafts = _drafts("Boats on the Great Tarn Plain (Varda) river were stranded.")
    assert all(kind is not ActorKind.organization for kind, _ in drafts.values())
