"""Made things an encyclopedia names by a title with their kind in brackets: "Tumar (armoured vehicle)",
"Varga (missile)", a "See also" line "Arlan (armoured vehicle)". The name is the thing's wherever the page
writes it, and so are its variants ("Tumar-2", "Tumar ATGM") and its plural ("Tumars").
"""

from __future__ import annotations

import re

from dossier.ingest.names import TOKEN_RE, fold, word_set

# The last word of a bracketed kind that says the title names a made thing, not a body, a place or a person.
_KINDS_OF_THINGS = word_set(
    """
    vehicle vehicles tank aircraft airplane helicopter drone missile rocket launcher rifle carbine pistol gun
    howitzer mortar torpedo weapon ship submarine frigate corvette destroyer cruiser boat truck carrier
    """
)

# A whole line: a name of up to four words, then its kind in lower case in brackets.
_TITLE_WITH_KIND = re.compile(r"^[ \t]*([A-Z][\w'’.-]*(?: [A-Z0-9][\w'’.-]*){0,3}) \(([a-z][a-z -]*)\)[ \t]*$", re.M)


# A title that is a stem, a hyphen and a variant's capitals or digits: "Berkut-M", "Varga-2".
_VARIANT_TITLE = re.compile(r"^([A-Z][a-z]{2,})-[A-Z0-9]{1,3}$")


# The section of related articles at the end of an encyclopedia's page, one name a line.
_SEE_ALSO = re.compile(r"^[ \t]*See also[ \t]*\n(?:[ \t]*\n)*((?:[ \t]*(?:[-*•][ \t]*)?[A-Z][^\n.]{0,60}\n?)+)", re.M)
_LISTED_NAME = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?([A-Z][\w'’.-]*(?: [A-Z0-9][\w'’.-]*){0,3})[ \t]*$", re.M)


def titled_things(text: str) -> set[tuple[str, ...]]:
    """The folded words of each name a line titles with a kind of made thing; on a page whose own title does so,
    also of the names listed alone under "See also" (related makes and models: "Otokar Arma")."""
    titles = [m.group(1) for m in _TITLE_WITH_KIND.finditer(text) if m.group(2).split()[-1] in _KINDS_OF_THINGS]
    things = {_folded(name) for name in titles}
    # "Berkut-M (helicopter)": a variant titles the page, so its stem names the line ("Berkut", "Berkut-MT")
    things |= {_folded(m.group(1)) for name in titles if (m := _VARIANT_TITLE.match(name))}
    title = _TITLE_WITH_KIND.match(text.lstrip())
    if title is not None and _folded(title.group(1)) in things and (related := _SEE_ALSO.search(text)):
        things |= {_folded(m.group(1)) for m in _LISTED_NAME.finditer(related.group(1))}
    return things


def _folded(name: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in TOKEN_RE.findall(name))


def variant_of_a_thing(things: set[tuple[str, ...]], words: tuple[str, ...]) -> bool:
    """'Tumar-ATGM', 'Tumar 2', 'Tumars': a one-word thing's name, then the letters of a variant, or its plural."""
    first = words[0]
    return (len(words) >= 2 and (first,) in things) or (first.endswith("s") and (first[:-1],) in things)
