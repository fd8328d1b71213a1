"""A group, a body or a firm the world knows by one word, in the possessive before another name, owns what is
named after it: two names, not one ("Hezbollah's Al-Manar TV" is Hezbollah and Al-Manar TV)."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "owner", "owned"),
    [
        ("Hezbollah's Varnak TV showed the damage on Tuesday.", "Hezbollah", "Varnak TV"),
        ("Amazon's Quellmark Logistics said the depot would close.", "Amazon", "Quellmark Logistics"),
    ],
)
def test_a_known_owners_possessive_ends_its_name(text: str, owner: str, owned: str) -> None:
    kinds = draft_kinds(text)
    assert owner in kinds and owned in kinds, kinds
    assert not any(name.startswith(f"{owner}'s") for name in kinds), kinds


def test_a_common_nouns_possessive_stays_inside_a_body_name() -> None:
    kinds = draft_kinds("The Varnish Workers' Party said it would boycott the vote.")
    assert kinds.get("Varnish Workers' Party") is ActorKind.organization, kinds
