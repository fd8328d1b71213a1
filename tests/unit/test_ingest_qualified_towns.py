"""German towns go by the words before the qualifier of their official name ("Marburg an der Lahn")."""

from __future__ import annotations

import pytest

from dossier.ingest.gazetteer import everyday_name
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("official", "everyday"),
    [
        ("Landsberg am Lech", "Landsberg"),
        ("Neuburg an der Donau", "Neuburg"),
        ("Königstein im Taunus", "Königstein"),
        ("Bad Homburg vor der Höhe", "Bad Homburg"),
        ("Kempten (Allgäu)", "Kempten"),
        ("Zürich (Kreis 6)", None),  # a city's district, not a qualifier
        ("Bad Tölz", None),
        ("Freiburg", None),
    ],
)
def test_the_name_before_a_qualifier_is_the_everyday_name(official: str, everyday: str | None) -> None:
    assert everyday_name(official) == everyday


@pytest.mark.parametrize(
    "sentence",
    [
        # Official name "Landsberg am Lech": the short form is no cut name.
        "Der Stadtrat in Landsberg hat den Haushalt beschlossen.",
        # Official name "Marburg an der Lahn": its everyday name is its own, not Maribor's old German name.
        "Die Universität in Marburg meldet mehr Studierende.",
    ],
)
def test_a_german_town_named_without_its_qualifier_is_the_town(sentence: str) -> None:
    drafts = draft_kinds(sentence, language="de")
    assert list(drafts.values()) == [ActorKind.place], drafts


def test_the_everyday_name_is_the_german_town_in_the_gazetteer() -> None:
    from dossier.ingest.gazetteer import gazetteer

    place = gazetteer().lookup(("marburg",))
    assert place is not None and place.country == "Germany", place


def test_a_regions_name_stays_the_regions_though_a_town_goes_by_it() -> None:
    from dossier.ingest.gazetteer import gazetteer

    # "Brandenburg an der Havel" goes by "Brandenburg", but the name is the Land's.
    place = gazetteer().lookup(("brandenburg",))
    assert place is not None and place.name == "Brandenburg", place
