"""Round realprobes111 (batch en111): rules found on invented pages of property news, a TV station's travel and
weather, a festival's line-up, a tech firm's results release, a university's press release and a court report:
addresses closed by a postcode, towns named with a title, road and route codes, firms by their short form."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("footer", "places"),
    [
        # a town before its postcode in the same part, known to the gazetteer or not
        ("<p>Varnby Media Ltd, 5 High Street, Quellmold QM7 1AZ.</p>", ["High Street", "Quellmold"]),
        # the address's paragraph is a line of its own, not run into the links after it
        (
            "<p>Tarnbrook Press, Mill Road, Quellford QF1 1XY</p><p><a>Accessibility</a> <a>Privacy</a></p>",
            ["Mill Road", "Quellford"],
        ),
        # a street with a compass word after its road word; a unit's number is no town
        ("<p>Varn Sound Ltd, Unit 9, Tarnfeet Road South, Quellby LA9 6ND.</p>", ["Tarnfeet Road South", "Quellby"]),
        # a town with small words inside its name
        ("<p>Tarn TV Ltd, City Road, Newcastle upon Tyne NE1 2AF.</p>", ["City Road", "Newcastle upon Tyne"]),
    ],
)
def test_places_in_a_footer_address(footer: str, places: list[str]) -> None:
    from dossier.ingest.footer_address import footer_places

    assert [name for name, _ in footer_places(f"<footer>{footer}</footer>")] == places
