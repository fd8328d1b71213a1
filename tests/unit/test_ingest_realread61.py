"""Round realread61: rules found reading real English news by hand (tech: chips, phones, cloud outages; finance:
market reports and movers; crime and courts in the US, Kenya and Australia; politics in the UK, India and Canada).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_house_named_by_sabha_before_its_election_is_the_house() -> None:
    drafts = draft_kind_names(
        "Candidates of the Tarn Janata Party filed papers for the Varnpur Vidhan Sabha elections on Monday, "
        "and the party hopes to win most seats."
    )
    assert drafts.get("Varnpur Vidhan Sabha") == "organization"
    assert drafts.get("Tarn Janata Party") == "organization"
