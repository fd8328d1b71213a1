"""Villages of several words in a language that declines each of them: "z Belska Dużego" (Belsk Duży),
"i Nowego Miasta nad Pilicą" (Nowe Miasto nad Pilicą).

Polish and Czech decline every word of a town's name before its river ("nad Pilicą", "nad Labem"),
which stays as written; the name is read back word by word and asked of GeoNames' villages of the
language's countries (`villages`), after a preposition of place or as a later item of a list of places.
"""

from __future__ import annotations

from itertools import product

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold, is_given_name
from dossier.ingest.other_language_common import HOME_TOWN_PREPOSITIONS, gap_after, place_candidate
from dossier.ingest.villages import village_names
from dossier.ingest.word_forms import LATIN_ENDINGS, base_forms
from dossier.model import ActorKind

# The small words of a town's name that put it on a river or below a hill, the name's end after them kept
# as written: "Nowe Miasto nad Pilicą", "Ústí nad Labem", "Bystřice pod Hostýnem".
_ON_A_RIVER = frozenset(["nad", "pod"])
# The longest name read so: three declined words, the river's word and the river.
_LONGEST = 5


def declined_village_of_several_words(
    doc: ActorDocument, first: int, position: int, last: int, language: str
) -> Candidate | None:
    """The village whose name of two words or more opens the run at `position`, declined, right after a
    preposition of place or listed after such a village ("z Warki, Mogielnicy i Nowego Miasta nad Pilicą")."""
    from dossier.ingest.village_mentions import later_item_of_a_place_list

    tokens = doc.tokens
    if language not in LATIN_ENDINGS or position != first or position < 1 or is_given_name(tokens[position].folded):
        return None
    names = village_names(language)
    prepositions = HOME_TOWN_PREPOSITIONS.get(language, frozenset())
    before = tokens[position - 1]
    after_preposition = before.text in prepositions and before.joined
    if not names or not (after_preposition or later_item_of_a_place_list(doc, position, prepositions, language)):
        return None
    declined = [k for k in range(position, min(last, position + _LONGEST - 1) + 1) if tokens[k].text.isalpha()]
    if len(declined) != last - position + 1:
        return None
    end = last
    river: tuple[str, ...] = ()  # "nad Pilicą", when the name goes on to its river
    if (
        last + 2 < len(tokens)
        and gap_after(doc, last) == " "
        and gap_after(doc, last + 1) == " "
        and tokens[last + 1].text in _ON_A_RIVER
        and tokens[last + 2].text[:1].isupper()
    ):
        end, river = last + 2, (tokens[last + 1].text, tokens[last + 2].text)  # "nad Pilicą": as written
    if end == position:
        return None
    # the base forms first: "Kłodzką" folds as "Kłodzka" does, and the draft takes the nominative
    for words in product(*((*base_forms(tokens[k].text, language), tokens[k].text) for k in declined)):
        spelled = (*words, *river)
        folded = tuple(fold(word) for word in spelled)
        if doc.gazetteer.lookup(folded) is not None:
            return None  # "z Gorzowa Wielkopolskiego": a town the gazetteer reads, in its own spelling
        if " ".join(folded) in names:
            name = " ".join(spelled)
            return place_candidate(position, end, name, Place(name, "place"), ActorKind.place)
    return None
