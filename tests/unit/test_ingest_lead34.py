"""Round lead34: what the independent gold sets (wikigold, CoNLL-2003) showed that a defence analyst meets too."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # The US Army writes its 2nd and 3rd units "2d" and "3d" in its own releases.
        ("Soldiers of the 82d Airborne Division arrived in the capital on Monday.", "82d Airborne Division"),
        ("The 3d Infantry Division crossed the river at dawn on Tuesday.", "3d Infantry Division"),
        ("Marines of the 22d Marine Expeditionary Unit came ashore near the port.", "22d Marine Expeditionary Unit"),
        ("Jets of the 52d Fighter Wing flew from the base during the exercise.", "52d Fighter Wing"),
        # Lineage records name a unit by its bare number.
        ("The unit was established as 4 Air Defense Wing on 25 March 1943.", "4 Air Defense Wing"),
        ("It was redesignated 65 Air Division on 17 April 1952 and moved abroad.", "65 Air Division"),
    ],
)
def test_a_unit_by_its_number_keeps_the_number(text: str, unit: str) -> None:
    assert draft_kind_names(text).get(unit) == "armed_force", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The hospital opened its 4 East Wing wards to visitors again on Monday.", "4 East Wing"),
        ("He bought 40 Brigade shirts at the regimental shop last week.", "40 Brigade"),
    ],
)
def test_a_number_before_a_buildings_wing_or_a_count_makes_no_unit(text: str, word: str) -> None:
    assert word not in draft_kind_names(text), draft_kind_names(text)
