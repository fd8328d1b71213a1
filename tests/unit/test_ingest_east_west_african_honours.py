"""Honours around a name in East and West African news: "Mzee" (an elder) before it is a title, "SAN"
(Senior Advocate of Nigeria) after it a post-nominal, bare or in brackets; neither is part of the name
nor a body."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mzee Kiprono Tanui, 84, said the land had been his father's.", "Kiprono Tanui"),
        ("Counsel to the firm, Chief Adewale Olubiyi (SAN), told the court the charges were weak.", "Adewale Olubiyi"),
        ("Counsel to the firm, Adewale Olubiyi SAN, told the court the charges were weak.", "Adewale Olubiyi"),
    ],
)
def test_the_honour_is_no_part_of_the_name_and_no_body(text: str, person: str) -> None:
    drafts = draft_kinds(text)
    assert drafts == {person: ActorKind.person}, drafts
