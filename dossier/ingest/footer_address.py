"""The places a page's footer gives as its publisher's address: "Freightlines is published by Tarn Verlag GmbH,
Hamburg.", "© 2026 Tarnby Cricket Club, Mill Road, Kingston 10, Jamaica.", "Quell House, Kimathi Street, Nairobi."

The text extraction drops the footer, so the town and the street where the publisher sits, which a reader of the
footer sees, were never drafted. A sentence of the footer is read as an address only when it is a list of parts
split by commas whose last part is a town or a state the gazetteer knows (a postal number after it dropped:
"Dublin 1", "Singapore 119077"; a British postcode closing it dropped, in its own part or after the town:
"Mold CH7 1AZ"); its parts that are streets ("21 Quay Road")
or known towns and states are taken, and the lands a firm is "registered in" ("registered in England and Wales").
"""

from __future__ import annotations

import re

from dossier.ingest.html_sections import section_texts
from dossier.ingest.names import fold_phrase, word_set
from dossier.model import ActorKind

_SENTENCE_END = re.compile(r"\.(?:\s+|$)|\n")
# A postal district or code after the town: "Kingston 10", "Dublin 1", "Singapore 119077".
_POSTAL_NUMBER = re.compile(r"\s+\d{1,6}$")
# A house number before the street: "21 Lower Kent Ridge Road".
_HOUSE_NUMBER = re.compile(r"^\d{1,5}[A-Za-z]?\s+")
_STREET_WORDS = word_set("road street avenue lane drive boulevard quay square place crescent terrace way")
_MOST_WORDS = 5
# A British postcode closing an address after the town: "Lutterworth, LE17 4XA" (dropped, as a postal number is).
_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}")
# The same postcode written after the town in its part, as most British addresses do: "Reading RG1 1DX".
_POSTCODE_AFTER_TOWN = re.compile(r"\s+[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")
# A compass word after a street's word: "Mintsfeet Road South", "Kent Street North".
_COMPASS_AFTER = word_set("north south east west")
# Where a firm is registered, as British footers say: "registered in England and Wales", "Registered in Scotland".
_REGISTERED_IN = re.compile(r"\b[Rr]egistered in ([A-Z][a-z]+(?: and [A-Z][a-z]+)?)\b")


# Small words inside a town's name: "Newcastle upon Tyne", "Bishop's Stortford" has none, "Walton on the Naze".
_TOWN_PARTICLES = frozenset(("upon", "on", "under", "the", "le", "in", "by", "de"))


def _capitalised(part: str) -> bool:
    words = part.split()
    return (
        1 <= len(words) <= _MOST_WORDS
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(word[:1].isupper() or word in _TOWN_PARTICLES for word in words)
    )


_MOST_TOWN_WORDS = 3  # a town named before its postcode: "Mold", "Newcastle upon Tyne"


def _address_part(part: str) -> tuple[str, ActorKind] | None:
    """A street, or a town or a state the gazetteer knows by this very name, with its kind; a town right before
    a British postcode is a town whether the gazetteer knows it or not ("Mold CH7 1AZ")."""
    from dossier.ingest.gazetteer import gazetteer

    street = _HOUSE_NUMBER.sub("", part)
    words = fold_phrase(street)
    if words and words[-1] in _COMPASS_AFTER:
        words = words[:-1]
    if _capitalised(street) and len(words) >= 2 and words[-1] in _STREET_WORDS:
        return street, ActorKind.place
    before_postcode = _POSTCODE_AFTER_TOWN.sub("", part)
    town = _POSTAL_NUMBER.sub("", before_postcode)
    if not _capitalised(town):
        return None
    if before_postcode != part and len(town.split()) <= _MOST_TOWN_WORDS:
        return town, ActorKind.place
    place = gazetteer().lookup(fold_phrase(town))
    if place is None or fold_phrase(place.name) != fold_phrase(town):
        return None
    return town, ActorKind.state if place.kind == "state" else ActorKind.place


def footer_places(page: str) -> list[tuple[str, ActorKind]]:
    """The streets, towns and states of the address a page's footer gives, in order."""
    found: list[tuple[str, ActorKind]] = []
    for text in section_texts(page, "footer"):
        for registered in _REGISTERED_IN.finditer(text):
            for land in registered.group(1).split(" and "):
                read = _address_part(land)
                if read is not None and read not in found:
                    found.append(read)
        for sentence in _SENTENCE_END.split(text):
            # (a label before the address dropped: "Registered office: 4 Mill Lane, Tarnby")
            parts = [part.strip() for part in sentence.rsplit(": ", 1)[-1].split(",")]
            if len(parts) > 2 and _POSTCODE.fullmatch(parts[-1]):
                parts.pop()
            if len(parts) < 2 or _address_part(parts[-1]) is None:
                continue
            reads = [_address_part(part) for part in parts]
            for k in range(len(parts)):
                read = reads[k] or _part_between(parts, reads, k)
                if read is not None and read not in found:
                    found.append(read)
    return found


# A building's name in an address, before its street: "Lansbury House, 40 Tib Street", "Aspect House, Spencer Road".
_BUILDING_WORDS = word_set("house court chambers building tower centre center mill works")
_MOST_DISTRICT_WORDS = 2


def _part_between(parts: list[str], reads: list[tuple[str, ActorKind] | None], k: int) -> tuple[str, ActorKind] | None:
    """A part of an address read by its neighbours: a building before its street, a street named by one word
    after its house number ("1 Bankside, London"), and a district between the street and the town ("Moor Lane,
    Crosby, Liverpool L23 2SP")."""
    part = parts[k]
    words = part.split()
    street_after = k + 1 < len(parts) and reads[k + 1] is not None and _is_street(parts[k + 1])
    if street_after and _capitalised(part) and len(words) >= 2 and words[-1].casefold() in _BUILDING_WORDS:
        return part, ActorKind.place
    if 0 < k < len(parts) - 1 and _HOUSE_NUMBER.match(part) and _capitalised(_HOUSE_NUMBER.sub("", part)):
        return _HOUSE_NUMBER.sub("", part), ActorKind.place
    between = 0 < k < len(parts) - 1 and reads[k - 1] is not None and _is_street(parts[k - 1])
    if between and _capitalised(part) and len(words) <= _MOST_DISTRICT_WORDS and reads[-1] is not None:
        return part, ActorKind.place
    return None


def _is_street(part: str) -> bool:
    words = fold_phrase(_HOUSE_NUMBER.sub("", part))
    return len(words) >= 2 and (words[-1] in _STREET_WORDS or words[-2] in _STREET_WORDS)
