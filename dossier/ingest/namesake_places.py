"""Places and buildings named after a royal or noble title and its land: "the Prince of Wales Dock", "Duke of
York Road", "the Prince of Wales Hospital".

A title before "of" usually opens a post and its remit ("the Bishop of Durham", "Minister of Health"), and
the post stands for its holder. When a place's or a building's head word ends the run, the title and its land
are the namesake of that dock, road, hotel or hospital: the whole run is one name, not a post and a remit.
"""

from __future__ import annotations

from dossier.ingest.cues import NAMESAKE_TITLES
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import PLACE_HEADS

# Heads of bodies that name a building too, after a namesake: "the Prince of Wales Hospital".
_BUILDING_BODIES = frozenset(("hospital", "infirmary", "school", "college", "academy"))


def namesake_building(tokens: list[Token], position: int, last: int) -> bool:
    """Whether the run is a royal or noble title, "of", its land and a place's or building's head word."""
    if last - position < 3 or tokens[position].folded not in NAMESAKE_TITLES or tokens[position + 1].folded != "of":
        return False
    head = tokens[last].folded
    if head not in PLACE_HEADS and head not in _BUILDING_BODIES:
        return False
    # the land is capitalised words with no second "of": "Prince of Wales", "Duke of York", "Marquis of Granby"
    return all(tokens[k].capitalised and tokens[k].folded != "of" for k in range(position + 2, last + 1))
