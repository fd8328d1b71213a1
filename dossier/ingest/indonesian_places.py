"""Places in Indonesian named with their noun before them, capitalised as part of the name.

Indonesian writes a regency, a city, a district or a village with its noun first ("Kabupaten Garut", "Kota
Bandung", "Kecamatan Mejobo", "Desa Sukamaju") and a landform or a water so too ("Gunung Merapi", "Sungai
Citarum", "Danau Toba", "Pulau Bali"). The noun is capitalised as a word of the name, so the run reads as a
longer name and its place was never read alone. A settlement is drafted under its own name (the regency of
Garut is Garut to a reader), a landform with its noun ("Gunung Merapi": the name alone is often a town's or
a person's).
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import is_given_name
from dossier.ingest.other_language_common import PLACE_PREPOSITIONS, place_candidate
from dossier.model import ActorKind

_SETTLEMENT_NOUNS = frozenset(["kabupaten", "kota", "kecamatan", "kelurahan", "desa", "provinsi"])
_LANDFORM_NOUNS = frozenset(["gunung", "pegunungan", "sungai", "danau", "pulau", "kepulauan", "teluk", "selat"])
_LONGEST_NAME = 3  # words after the noun: "Kabupaten Kepulauan Seribu", "Provinsi Jawa Tengah"


# Courts, prosecutors and police named by the town of their seat: "Pengadilan Negeri Medan", "Kejaksaan Tinggi
# Jawa Barat", "Polres Kudus". The town is named, as German "beim Amtsgericht Passau".
_SEAT_OFFICES = frozenset(["pengadilan", "kejaksaan"])
_SEAT_RANKS = frozenset(["negeri", "tinggi", "tipikor", "agama", "militer"])
_SEAT_SHORT = frozenset(["polres", "polresta", "polda", "polsek", "kejari", "kejati"])


def _town_of_an_office(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'Pengadilan Negeri Medan' -> Medan: a known town right after the court's or the police's noun."""
    tokens = doc.tokens
    if language != "id" or position == 0 or not tokens[position - 1].joined:
        return None
    before = tokens[position - 1].text.lower()
    office = before in _SEAT_SHORT or (
        before in _SEAT_RANKS
        and position >= 2
        and tokens[position - 2].joined
        and tokens[position - 2].text.lower() in _SEAT_OFFICES
    )
    if not office:
        return None
    place = doc.gazetteer.lookup((tokens[position].folded,))
    if place is None or place.kind != "place" or place.country != "Indonesia":
        return None
    return place_candidate(position, position, tokens[position].text, place, ActorKind.place)


def indonesian_named_by_its_noun(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """'Kabupaten Batang' -> Batang, 'Gunung Muria' -> Gunung Muria: a capitalised noun of a settlement
    or a landform and the capitalised words after it, up to the run's end; and the town of an office's seat."""
    tokens = doc.tokens
    if language != "id":
        return None
    seat = _town_of_an_office(doc, position, language)
    if seat is not None:
        return seat
    if position >= last:
        return None
    noun = tokens[position].text.lower()
    if noun not in _SETTLEMENT_NOUNS | _LANDFORM_NOUNS or not tokens[position].text[:1].isupper():
        return None
    before = tokens[position - 1] if position > 0 else None
    if (
        before is not None
        and before.joined
        and before.text[:1].isupper()
        and before.text.lower() not in PLACE_PREPOSITIONS[language]  # "Di Kabupaten Batang" opening a sentence
    ):
        return None  # "Pemerintah Kota Bandung": a body's name opens before the noun
    end = position + 1
    while end < last and end - position < _LONGEST_NAME and tokens[end].joined:
        end += 1
    words = [tokens[k].text for k in range(position + 1, end + 1)]
    if not all(word.isalpha() and word[:1].isupper() for word in words):
        return None
    if noun in _SETTLEMENT_NOUNS:
        if is_given_name(tokens[position + 1].folded):
            return None  # "Kota Budi Santoso"; a river may bear a given name ("Sungai Wulan")
        name = doc.text[tokens[position + 1].start : tokens[end].end]
        known = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position + 1, end + 1)))
        place = known if known is not None and known.kind == "place" else Place(name, "place")
        candidate = place_candidate(position + 1, end, name, place, ActorKind.place)
        candidate.alias = doc.text[tokens[position].start : tokens[end].end]
        return candidate
    name = doc.text[tokens[position].start : tokens[end].end]
    return place_candidate(position, end, name, Place(name, "place"), ActorKind.place)
