"""Greece's larger rivers named bare after their article, in any case: "του Πηνειού", "στον Αξιό", "ο Έβρος".

The tables hold no river, and a Greek river's name is nothing else: after its article (the word a Greek name takes
in every case), a word whose dictionary form is one of them names the river. The article is what keeps a family
name out ("Γιώργος Νέστος"): a person's name after an article is rare in the news's prose.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.case_endings import GREEK
from dossier.ingest.names import fold

_RIVERS = (
    "Αλιάκμονας",
    "Αξιός",
    "Πηνειός",
    "Αχελώος",
    "Έβρος",
    "Νέστος",
    "Στρυμόνας",
    "Αλφειός",
    "Ευρώτας",
    "Άραχθος",
    "Αώος",
    "Λούρος",
    "Σπερχειός",
    "Καλαμάς",
)
_ARTICLES = frozenset(["ο", "του", "τον", "στον", "στου", "ως"])


@lru_cache(maxsize=1)
def _by_folded() -> dict[str, str]:
    return {fold(_unaccented(name)): name for name in _RIVERS}


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def greek_river_at(doc: ActorDocument, position: int) -> tuple[int, str] | None:
    """The token and the name of a Greek river written at `position` after its article, or None."""
    tokens = doc.tokens
    if position == 0 or not tokens[position - 1].joined or tokens[position - 1].text.lower() not in _ARTICLES:
        return None
    word = _unaccented(tokens[position].text)
    rivers = _by_folded()
    forms = [word] + [word[: len(word) - len(ending)] + base for ending, base in GREEK if word.endswith(ending)]
    # (accents taken away first: "Πηνειού" -> "Πηνειος" is Πηνειός)
    forms += [form[:-2] + "ας" for form in forms if form.endswith(("α", "ά"))]  # "του Αλιάκμονα"
    for form in forms:
        name = rivers.get(fold(form))
        if name is not None:
            return position, name
    return None


# Greece's lakes named bare after their article, as its rivers are ("της Κερκίνης", "στη Βεγορίτιδα"), and the
# Prespa lakes' land in the plural ("στις Πρέσπες", "των Πρεσπών"); "Μικρή" and "Μεγάλη" (Small, Great) before a
# lake open its name ("τη Μικρή Πρέσπα"). A lake's name is nothing else after a feminine article.
_LAKES = ("Πρέσπα", "Βεγορίτιδα", "Κερκίνη", "Τριχωνίδα", "Βόλβη", "Κορώνεια", "Παμβώτιδα", "Δοϊράνη", "Λυσιμαχία")
_LAKE_LANDS = {"Πρέσπες": ("Πρέσπες", "Πρεσπών")}
_FEMININE_ARTICLES = frozenset(["η", "της", "την", "τη", "στην", "στη", "στης", "οι", "τις", "των", "στις", "στων"])
# ...or after the noun of a lake, written small ("η λίμνη Βεγορίτιδα", "της λίμνης Κερκίνης")
_LAKE_NOUNS = frozenset(["λίμνη", "λίμνης", "λίμνες", "λιμνών"])
_SIZES = {"Μικρή": "Μικρή", "Μικρής": "Μικρή", "Μεγάλη": "Μεγάλη", "Μεγάλης": "Μεγάλη"}


@lru_cache(maxsize=1)
def _lakes_by_folded() -> dict[str, str]:
    lakes = {}
    for name in _LAKES:
        plain = _unaccented(name)
        # the genitive: "-α" -> "-ας", "-η" -> "-ης" ("της Πρέσπας", "της Κερκίνης")
        for form in (plain, plain + "ς"):
            lakes[fold(form)] = name
    for name, forms in _LAKE_LANDS.items():
        for form in forms:
            lakes[fold(_unaccented(form))] = name
    return lakes


def greek_lake_at(doc: ActorDocument, position: int) -> tuple[int, str] | None:
    """The last token and the name of a Greek lake written at `position` after its article, or None."""
    tokens = doc.tokens
    before = tokens[position - 1].text if position > 0 and tokens[position - 1].joined else ""
    if before.lower() not in _FEMININE_ARTICLES and before not in _LAKE_NOUNS:
        return None
    size = _SIZES.get(tokens[position].text)
    at = position + 1 if size is not None and tokens[position].joined and position + 1 < len(tokens) else position
    name = _lakes_by_folded().get(fold(_unaccented(tokens[at].text)))
    if name is None or (size is not None and name not in _LAKES):
        return None
    return at, f"{size} {name}" if size is not None else name
