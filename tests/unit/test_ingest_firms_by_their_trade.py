"""Small firms named by their trade after a rare word or a family name, as local and business news write
them: "Ridgeline Electric restored power", "Tarrow Haulage lost its licence". The trade ends the name: a
client after "for" is another body ("produced by Hedgerow Audio for Castlegate Podcasts")."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

ORG = ActorKind.organization


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quellbrook Electric restored power to about 600 homes by dawn.", "Quellbrook Electric"),
        ("The episode was mixed by Fenwarde Audio in Bristol.", "Fenwarde Audio"),
        ("Mzolani Mart cut prices at its 640 stores.", "Mzolani Mart"),
        ("Tarrowby Haulage lost its operator's licence.", "Tarrowby Haulage"),
        ("Penhallow Joinery fitted the new windows.", "Penhallow Joinery"),
        ("Tarrowvale Motor Bus said fares would rise in January.", "Tarrowvale Motor Bus"),
    ],
)
def test_a_rare_word_then_a_trade_is_a_firm(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ORG


def test_a_common_word_then_a_trade_is_a_heading_or_a_feature() -> None:
    assert "Spatial Audio" not in draft_kinds("The phone supports Spatial Audio and fast charging.")
    assert "Night Bus" not in draft_kinds("He took the Night Bus home after the match.")


@pytest.mark.parametrize(
    ("text", "firm", "client"),
    [
        ("The podcast is produced by Hedgerow Audio for Castlegate Podcasts.", "Hedgerow Audio", "Castlegate Podcasts"),
        ("The series was made by Quillan Studios for Varnworth Media.", "Quillan Studios", "Varnworth Media"),
    ],
)
def test_a_firm_named_by_its_trade_ends_before_its_client(text: str, firm: str, client: str) -> None:
    kinds = draft_kinds(text)
    assert firm in kinds and client in kinds, kinds
