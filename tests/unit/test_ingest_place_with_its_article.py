"""A place whose own name opens with "The" (The Hague, The Bronx) is drafted with it.

The article is never part of a run of capitals, so the text's "near The Hague" read "Hague":
a name cut short, with the whole name only among the aliases.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract


def _places(text: str) -> dict[str, list[str]]:
    return {actor.name: actor.aliases for actor in extract(text, None, [], set(), "t").actors}


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("The envoys met near The Hague on Monday, and judges in The Hague heard the case.", "The Hague", "Hague"),
        ("Rents rose by a third in the Bronx last year, a housing survey found.", "The Bronx", "Bronx"),
    ],
)
def test_a_place_named_with_the_keeps_its_article(text: str, name: str, short: str) -> None:
    drafts = _places(text)
    assert name in drafts and short in drafts[name]
    assert short not in drafts


def test_a_state_written_with_the_keeps_its_own_name() -> None:
    # GeoNames names the state "Gambia"; the text's article is not part of that name.
    assert "Gambia" in _places("Fishermen in The Gambia said on Tuesday that the catch had fallen.")
