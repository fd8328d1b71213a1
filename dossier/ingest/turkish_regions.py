"""Parts of a land or a sea in Turkish, and its seas, which the tables do not hold.

Turkish names a part of the country or of a sea by a compass word before the name ("Doğu Anadolu'da",
"Batı Akdeniz'de", "Kuzey Ege'de", "Doğu Karadeniz'deki") and its seas by a colour joined to "deniz"
(sea): "Karadeniz", "Akdeniz". The name is read where Turkish marks a place: a case ending after an
apostrophe, or, for a sea, the noun of its coast after it ("Karadeniz kıyısındaki", "Karadeniz sahil
yolu"). A compass word before a name the tables know ("Güney Kore'de", "Kuzey Irak'ta") is left to them.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold, is_given_name
from dossier.ingest.other_language_common import place_candidate
from dossier.ingest.turkish_places import apostrophe_stem, turkish_place_case
from dossier.model import ActorKind

_COMPASS_WORDS = frozenset(["Doğu", "Batı", "Kuzey", "Güney", "Orta", "İç"])
_COMPASS_WORDS |= frozenset(["Kuzeydoğu", "Kuzeybatı", "Güneydoğu", "Güneybatı"])
_SEA = "deniz"
_COAST_NOUNS = ("kıyı", "sahil")  # "kıyısında", "kıyılarında", "sahilinde", "sahil yolu"


# Turkey's geographic regions and lands the news names bare, in a case of place ("Trakya'da", "Marmara'dan",
# "Anadolu'ya", "Ege'de"); without the case they open other names ("Marmara Üniversitesi", "Anadolu Ajansı").
_REGIONS = frozenset(["Trakya", "Marmara", "Ege", "Anadolu", "Çukurova", "Kapadokya"])


def turkish_region_or_sea(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'Doğu Anadolu'da' -> Doğu Anadolu, 'Karadeniz'e' -> Karadeniz, 'Trakya'da' -> Trakya."""
    if language != "tr":
        return None
    region = _compass_region(doc, position) or _region(doc, position)
    return region if region is not None else _sea(doc, position)


def _region(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    stem = apostrophe_stem(tokens[position].text, "tr")
    if stem not in _REGIONS or not turkish_place_case(doc, position, "tr"):
        return None
    if position > 0 and tokens[position - 1].joined and tokens[position - 1].text in _COMPASS_WORDS:
        return None  # "Doğu Anadolu'da": read with its compass word
    before = tokens[position - 1] if position > 0 and tokens[position - 1].joined else None
    if before is not None and before.text[:1].isupper() and is_given_name(before.folded):
        return None  # "Ahmet Ege'den": a person
    return place_candidate(position, position, stem, Place(stem, "place"), ActorKind.place)


def _compass_region(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    if tokens[position].text not in _COMPASS_WORDS or position + 1 >= len(tokens) or not tokens[position].joined:
        return None
    stem = apostrophe_stem(tokens[position + 1].text, "tr")
    if stem is None or not stem[:1].isupper() or not turkish_place_case(doc, position + 1, "tr", any_case=True):
        return None
    if doc.gazetteer.lookup((fold(stem),)) is not None:
        return None  # "Kuzey Irak'ta": the state, read by the tables
    name = f"{tokens[position].text} {stem}"
    return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


def _sea(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    stem = apostrophe_stem(word, "tr") or word
    if not stem[:1].isupper() or not stem.isalpha() or not stem.endswith(_SEA) or len(stem) == len(_SEA):
        return None
    if position > 0 and tokens[position - 1].joined:
        before = tokens[position - 1].text
        if before in _COMPASS_WORDS or (before[:1].isupper() and is_given_name(fold(before))):
            return None  # "Doğu Karadeniz'de": read with its compass word; "Ayşe Akdeniz'in": a person
    after = tokens[position + 1].text if position + 1 < len(tokens) and tokens[position].joined else ""
    coast = after.startswith(_COAST_NOUNS)
    if stem == word and not coast:
        return None  # "Karadeniz Gündem": a newspaper's name
    if stem != word and not turkish_place_case(doc, position, "tr"):
        return None
    return place_candidate(position, position, stem, Place(stem, "place"), ActorKind.place)
