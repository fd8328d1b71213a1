"""Hungary's counties named before the word for a county: "Hajdú-Bihar megyében", "a Pest megyei ingázók",
"Somogy vármegyéből". The county's name alone is often a town's ("Pest", "Heves", "Zala" a river too), and the
tables hold no county, so the noun after it, in any of its cases or as its adjective, is what tells the county.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument

_COUNTY_NOUNS = ("megye", "megyé", "vármegye", "vármegyé")  # "megyében": the last "e" lengthens before an ending


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
        if doc.text[after : after + 1] != " " or not doc.text.startswith(_COUNTY_NOUNS, after + 1):
            continue
        end = position
        while end + 1 < len(tokens) and tokens[end + 1].end <= after:
            end += 1
        if tokens[end].end != after:
            continue  # "Pestszentlőrinc": the name is a longer word's start
        return end, name
    return None
