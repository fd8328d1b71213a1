"""Hungary's counties named before the word for a county: "Hajdú-Bihar megyében", "a Pest megyei ingázók",
"Somogy vármegyéből". The county's name alone is often a town's ("Pest", "Heves", "Zala" a river too), and the
tables hold no county, so the noun after it, in any of its cases or as its adjective, is what tells the county.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument

_COUNTY_NOUNS = ("megye", "megyé", "vármegye", "vármegyé")  # "megyében": the last "e" lengthens before an ending


# Two or three counties share one noun: "Veszprém és Somogy megye", "Pest, Nógrád vagy Heves megyében".
_JOINERS = (" és ", " vagy ", ", ")


def _before_the_noun(text: str, after: int, listed: int = 0) -> bool:
    """Whether the noun for a county follows a county's name ending at `after`, or another county's name after "and",
    "or" or a comma does."""
    if text[after : after + 1] == " " and text.startswith(_COUNTY_NOUNS, after + 1):
        return True
    if listed >= 2:
        return False
    for joiner in _JOINERS:
        if not text.startswith(joiner, after):
            continue
        start = after + len(joiner)
        for name in _counties():
            if text.startswith(name, start) and _before_the_noun(text, start + len(name), listed + 1):
                return True
    return False


@lru_cache(maxsize=1)
def _counties() -> tuple[str, ...]:
    """ISO 3166-2's counties of Hungary ("Bács-Kiskun", "Pest"), longest first."""
    import pycountry

    names = [each.name for each in pycountry.subdivisions.get(country_code="HU") or () if each.type == "County"]
    return tuple(sorted(names, key=len, reverse=True))


def hungarian_county_at(doc: ActorDocument, position: int) -> tuple[int, str] | None:
    """The last token and the name of a county whose name starts at `position`, before the noun for a county."""
    tokens = doc.tokens
    start = tokens[position].start
    if not tokens[position].text[:1].isupper():
        return None
    for name in _counties():
        if not doc.text.startswith(name, start):
            continue
        after = start + len(name)
        if not _before_the_noun(doc.text, after):
            continue
        end = position
        while end + 1 < len(tokens) and tokens[end + 1].end <= after:
            end += 1
        if tokens[end].end != after:
            continue  # "Pestszentlőrinc": the name is a longer word's start
        return end, name
    return None
