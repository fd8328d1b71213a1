"""Portuguese towns named with their article: "no Porto", "na Guarda", "da Covilhã", "ao Porto", "em Tomar".

In Portugal many towns take an article ("o Porto", "a Guarda", "a Maia"), so after "no"/"na" (in
the, with the article) the name reads like a common noun with its article, and many are frequent
words ("porto": a port, "guarda": a guard, "batalha": a battle, "tomar": to take). Common nouns
are written in lower case inside a sentence, so a capitalised word right after "no", "na" or "em"
that names a town of Portugal, and that the text never writes in lower case, is the town. Brazil's
towns mostly take no article: "no Natal" is Christmas, "no Planalto" the palace, "em Natal" the
city. A sentence about a match is left alone ("jogou no Porto": the club).
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import NAMESAKES, Place, gazetteer
from dossier.ingest.names import fold

# The country whose towns take an article, and the words before one: "no"/"na" (in + the article),
# "do"/"da" (of + the article: "o autarca do Porto", "nos arredores da Covilhã"), "em" (in, before a
# name without one).
_COUNTRY = "Portugal"
_BEFORE_THE_TOWN = frozenset(["no", "na", "do", "da", "em", "ao", "à"])  # not "pela": "detido pela Guarda", the GNR
# ...and the article alone after a preposition that takes it apart: "para o Porto", "até à Guarda", "entre a Maia"
_ARTICLES = frozenset(["o", "a"])
_PREPOSITIONS_APART = frozenset(["para", "até", "entre", "desde", "sobre"])
_SMALLEST = 5_000
# Foods and drinks named after their town are products: "o vinho do Porto", "o queijo da Serra".
PRODUCT_NOUNS = frozenset(
    ["vinho", "vinhos", "queijo", "queijos", "pastel", "pastéis", "licor", "pão", "doce", "doces"]
)


def portuguese_town(place: Place, word: str) -> Place | None:
    """The town of Portugal whose own name is `word` (folded): the gazetteer's place or its namesake
    there ("Batalha" is a larger town in Brazil too)."""
    if place.kind == "place" and place.country == _COUNTRY and fold(place.name) == word:
        town: Place | None = place
    else:
        town = gazetteer().local.get(NAMESAKES + _COUNTRY, {}).get(word)
    return town if town is not None and town.population >= _SMALLEST and fold(town.name) == word else None


def town_after_its_article(
    doc: ActorDocument, place: Place, position: int, language: str, match_words: frozenset[str]
) -> bool:
    """'no Porto', 'da Guarda', 'em Tomar': a capitalised town of Portugal right after "no", "na",
    "do", "da" or "em", inside a sentence, that the text never writes as a word in lower case."""
    if language != "pt" or position == 0 or position in doc.sentence_first:
        return False
    tokens = doc.tokens
    token, before = tokens[position], tokens[position - 1]
    after_a_preposition = (
        before.text in _ARTICLES
        and position >= 2
        and tokens[position - 2].joined
        and tokens[position - 2].text.lower() in _PREPOSITIONS_APART
    )
    if (
        (before.text.lower() not in _BEFORE_THE_TOWN and not after_a_preposition)
        or (before.text[0].isupper() and position - 1 not in doc.sentence_first)
        or doc.text[before.end : token.start] != " "
        or not (token.text[:1].isupper() and token.text[1:].islower())
        or token.folded in doc.lower_case
        or portuguese_town(place, token.folded) is None
        or (position >= 2 and tokens[position - 2].text.lower() in PRODUCT_NOUNS)
    ):
        return False
    first = position
    while first > 0 and first not in doc.sentence_first:
        first -= 1
    last = position
    while last + 1 < len(tokens) and last + 1 not in doc.sentence_first:
        last += 1
    return not any(tokens[k].text.lower() in match_words for k in range(first, last + 1))
