"""Orchestras and bodies incorporated under their name are organisations, named whole."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tarnshire Youth Orchestra played in Ludlow on Saturday.", "Tarnshire Youth Orchestra"),
        ("Tickets for the Quellmoor Philharmonic sold out within an hour.", "Quellmoor Philharmonic"),
        ("Harrow Baroque Ensemble will play at the festival, organisers said.", "Harrow Baroque Ensemble"),
        ("Varnby Growers Incorporated said the deal was fair.", "Varnby Growers Incorporated"),
    ],
)
def test_an_orchestra_or_an_incorporated_body_is_an_organisation(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.organization
