"""A land listed before a state's name ("England, Ireland, Scotland, Australia") is an item of the list, not a
town the state qualifies: no "Scotland, Australia" alias, while "Victoria, Canada" still says which Victoria."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: draft.aliases for draft in extract(text, None, [], set(), "test", language="en").actors}


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("The sport reached England, Wales, Scotland, Canada, India and Kenya before the war.", "Scotland"),
        ("Rugby is played in Wales, Ireland and France.", "Wales"),
        ("The storm crossed Bavaria, Austria and Slovenia on Monday.", "Bavaria"),
        ("Exports to Africa, Brazil and Chile grew last year.", "Africa"),
    ],
)
def test_a_land_listed_before_a_state_keeps_no_alias_with_that_state(text: str, land: str) -> None:
    aliases = _aliases(text)
    assert land in aliases, aliases
    assert aliases[land] == [], aliases


@pytest.mark.parametrize(
    ("text", "town", "alias"),
    [
        ("The delegates flew from Victoria, Canada, to the summit.", "Victoria", "Victoria, Canada"),
        ("She was born in Springfield, Australia, in 1990.", "Springfield", "Springfield, Australia"),
        ("The talks moved to Brussels, Belgium, on Friday.", "Brussels", "Brussels, Belgium"),
    ],
)
def test_a_town_named_with_its_state_keeps_that_spelling_as_an_alias(text: str, town: str, alias: str) -> None:
    aliases = _aliases(text)
    assert alias in aliases.get(town, []), aliases


def test_a_land_after_a_state_in_a_list_is_no_region_of_it() -> None:
    drafts = extract("The league has clubs in Ireland, Scotland and Wales.", None, [], set(), "test", language="en")
    found_by = {draft.name: draft.found_by for draft in drafts.actors}
    assert "Scotland" in found_by and "Ireland" not in found_by["Scotland"], found_by
