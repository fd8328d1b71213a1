"""A town named right before an apposition that says it is one: "Gera, die zweitgrößte Stadt
Ostthüringens, hat …", "Matosinhos, a cidade vizinha, comprou …", "Rovigo, la città del Polesine".

No preposition of place stands before such a name (it opens the sentence as its subject), and a person
on the page may bear it ("Geschäftsführer Thomas Gera"); the comma, an article, at most a few lower-case
words (an ordinal, an adjective) and a noun of a town say what the word names. A person's apposition
names a post ("Müller, der Bürgermeister der Stadt,"), never a town noun right after its adjectives.
Whether the word is a town the gazetteer knows is for the caller to ask.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.other_language_common import words_by_language

# Articles that open the apposition, one row per language.
_ARTICLES: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "die eine der ein das",
        "pt": "a uma o um",
        "es": "la una el un",
        "it": "la una il un",
        "fr": "la une le un",
    }
)
# Nouns of a town (singular) that close the apposition's head.
_TOWN_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "stadt großstadt kleinstadt kreisstadt hauptstadt landeshauptstadt universitätsstadt hansestadt"
        " gemeinde marktgemeinde kurstadt industriestadt hafenstadt grenzstadt metropole",
        "pt": "cidade vila capital município concelho freguesia",
        "es": "ciudad villa capital localidad municipio",
        "it": "città cittadina capitale comune",
        "fr": "ville commune capitale préfecture",
    }
)
# Lower-case words between the article and the noun: "die zweitgrößte", "a maior cidade".
_MOST_WORDS_BETWEEN = 2


def town_before_its_apposition(doc: ActorDocument, position: int, language: str) -> bool:
    """The capitalised word at `position` is followed by ", <article> [a word or two] <town noun>"."""
    articles, nouns = _ARTICLES.get(language), _TOWN_NOUNS.get(language)
    tokens = doc.tokens
    if articles is None or nouns is None or position + 2 >= len(tokens):
        return False
    if doc.text[tokens[position].end : tokens[position + 1].start] != ", ":
        return False
    article = tokens[position + 1]
    if article.text not in articles:
        return False
    k = position + 2
    for _ in range(_MOST_WORDS_BETWEEN + 1):
        if k >= len(tokens) or doc.text[tokens[k - 1].end : tokens[k].start] != " ":
            return False
        word = tokens[k].text
        if word.lower() in nouns:
            return True
        if not (word.isalpha() and word.islower()):
            return False
        k += 1
    return False


# Prepositions of place, with the article joined to them, before a region after the comma: "Sousa, na
# Paraíba", "Chaves, no distrito de Vila Real" is another shape (the noun first), left to its rule.
_IN_A_REGION: dict[str, frozenset[str]] = words_by_language(
    {"pt": "na no em", "es": "en", "it": "in nel nella", "fr": "en dans", "de": "in im"}
)
_LONGEST_REGION = 3  # "Rio Grande do Sul", "Mato Grosso do Sul" read whole up to here


def town_before_its_region(doc: ActorDocument, country: str | None, position: int, language: str) -> bool:
    """'vêm de Sousa, na Paraíba': the word at `position` is followed by a comma, a preposition of place
    and a first-level region of `country` (the town's), which places it as a reader's "Sousa, PB" does."""
    from dossier.ingest.gazetteer import is_region
    from dossier.ingest.names import fold

    prepositions, tokens = _IN_A_REGION.get(language), doc.tokens
    if prepositions is None or country is None or position + 2 >= len(tokens):
        return False
    comma = doc.text[tokens[position].end : tokens[position + 1].start]
    if comma != ", " or tokens[position + 1].text not in prepositions:
        return False
    start = position + 2
    for end in range(min(start + _LONGEST_REGION, len(tokens)) - 1, start - 1, -1):
        if not tokens[start].text[:1].isupper() or not tokens[end].text[:1].isupper():
            continue
        region = doc.gazetteer.lookup(tuple(fold(tokens[k].text) for k in range(start, end + 1)))
        if region is not None and is_region(region) and region.country == country:
            return True
    return False


# The word for "in" before a state, one row per language: "Split i Kroatien", "Porto in Portugal", "Ohrid en Macédoine".
_IN_A_STATE: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "de": "in",
        "da": "i",
        "no": "i",
        "sv": "i",
        "nl": "in",
        "it": "in",
        "es": "en",
        "fr": "en au aux",
        "pt": "em na no",
        "pl": "w we",
        "cs": "v ve",
    }.items()
}
_LONGEST_STATE = 3


def town_in_its_state(doc: ActorDocument, country: str | None, position: int, language: str) -> bool:
    """'Split i Kroatien', 'Porto in Portugal': the word at `position` is followed by "in" and the state it lies in,
    which places it as a reader's "Split, Croatia" does."""
    from dossier.ingest.names import fold

    words, tokens = _IN_A_STATE.get(language), doc.tokens
    if not words or country is None or position + 2 >= len(tokens):
        return False
    if doc.text[tokens[position].end : tokens[position + 1].start] != " " or tokens[position + 1].text not in words:
        return False
    start = position + 2
    for end in range(min(start + _LONGEST_STATE, len(tokens)) - 1, start - 1, -1):
        if not tokens[start].text[:1].isupper():
            return False
        state = doc.gazetteer.lookup(tuple(fold(tokens[k].text) for k in range(start, end + 1)))
        if state is not None and state.kind == "state" and state.name == country:
            return True
    return False
