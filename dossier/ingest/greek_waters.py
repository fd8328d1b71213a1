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
