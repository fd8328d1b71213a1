"""Firms named after what they make or lease ("the Danish appliance maker Skaldvik", "Its largest lessor, Aercap,"),
and shores by their head words ("Stockton Beach"): the kind a reader gives a name (issue 15). Craftsmen and
film-makers stay people. Every example is invented."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The designers met while working for the Danish appliance maker Quellvik.", "Quellvik"),
        ("The group already owns the saddle maker Tarnfold in Walsall.", "Tarnfold"),
        ("Prices rose at the bicycle maker Varnspoke after the tariff.", "Varnspoke"),
        ("Its largest lessor, Quellair, repossessed four turboprops at the weekend.", "Quellair"),
    ],
)
def test_a_firm_after_what_it_makes_or_leases_is_an_organisation(text: str, firm: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(firm) is ActorKind.organization, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She bought the cello from the violin maker Anna Kessel in Cremona.", "Anna Kessel"),
        ("The award went to the film maker Tarnoveva for her first feature.", "Tarnoveva"),
    ],
)
def test_a_maker_with_a_given_name_or_of_films_is_no_firm(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is not ActorKind.organization


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Some crews had been at anchor off Quellton Beach for three weeks.", "Quellton Beach"),
        ("A sea lion pup rested at Varnans Beach on Sunday.", "Varnans Beach"),
        ("The kayakers landed in Tarnock Cove before dark.", "Tarnock Cove"),
    ],
)
def test_a_beach_or_a_cove_by_its_name_is_a_place(text: str, place: str) -> None:
    assert draft_kinds(text).get(place) is ActorKind.place


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Insurgents exploited anger over jobs at the QuellEnergies gas project on the peninsula.", "QuellEnergies"),
        ("Fire broke out at the VarnMobil refinery late on Sunday.", "VarnMobil"),
    ],
)
def test_a_brands_casing_before_its_plant_names_the_owner(text: str, owner: str) -> None:
    assert draft_kinds(text).get(owner) is ActorKind.organization
