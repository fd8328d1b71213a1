"""A public agency named by its fields, then the state or the region it serves, is one body: "Global Affairs
Canada", "Fisheries and Oceans Canada", "Arts South Australia" (not the state alone, not "Oceans Canada")."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Global Affairs Canada warned travellers against the trip on Monday.", "Global Affairs Canada"),
        ("Fisheries and Oceans Canada closed the herring fishery for the season.", "Fisheries and Oceans Canada"),
        (
            "Environment and Climate Change Canada issued a heat warning for Ottawa.",
            "Environment and Climate Change Canada",
        ),
        ("Arts South Australia funded the festival's new stage this year.", "Arts South Australia"),
        ("Genome Canada funded the sequencing of the wheat strains.", "Genome Canada"),
        # a hyphened field and a people's possessive are words of the remit too
        ("Agriculture and Agri-Food Canada paid the grain farmers' claims.", "Agriculture and Agri-Food Canada"),
        ("Nurses at Children's Health Ireland voted to strike in March.", "Children's Health Ireland"),
    ],
)
def test_an_agency_named_by_its_fields_and_its_land_is_one_body(text: str, agency: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(agency) is ActorKind.organization, kinds


def test_a_field_that_never_stands_alone_names_no_body() -> None:
    kinds = draft_kinds("Critics praised Social Canada, a history of the welfare state, when it came out.")
    assert kinds.get("Social Canada") is not ActorKind.organization, kinds
