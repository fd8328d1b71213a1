"""Firms listed on the world's main stock indices, by the names the news gives them.

"Pfizer said", "Nvidia overtook Apple", "Exxon Mobil reported": a firm's name that opens a sentence,
or whose words say nothing of a body, carries no cue; a reader knows it as a firm. pytickersymbols
keeps the members of twenty indices (S&P 500 and 600, NASDAQ 100, Dow Jones, FTSE 100, DAX and its
neighbours, CAC 40, Euro Stoxx 50, Nikkei 225, IBEX 35, AEX, SMI, the Nordic ones): about 1,800
firms. Each is known by its registered name and by that name without "the" and its legal form
("The Boeing Company" is "Boeing", "Chevron Corporation" is "Chevron"), with its words run together
or apart ("ExxonMobil", "Exxon Mobil").

A short name of one word that is also an ordinary English word, a given name or a family name
("Block", "Target", "Match", "Dana", "Ferrari") says nothing alone: it is not listed here, and the
cues around it decide, as for any other name. (A place's name, "Dover", "Phoenix", is for the
caller to rule out: it knows the gazetteer.)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from dossier.ingest.common_words import zipf
from dossier.ingest.names import fold_phrase, is_given_name, is_surname, word_set

# Words a registered name ends with that the news drops: "Chevron Corporation", "Henkel AG & Co. KGaA".
_LEGAL_WORDS = word_set(
    "inc incorporated corporation corp co company plc ag se sa nv ltd limited holdings holding group kgaa "
    "aktiengesellschaft asa oyj ab spa gmbh kk"
)
# A one-word name this frequent in English (Zipf) is a word as often as a firm: "Alphabet" (3.7),
# "Compass" (3.7), "Sage" (3.8). Firms known by a coined word sit below it: "Nvidia" (3.2), "Pfizer" (3.1),
# "Siemens" (3.3), "Caterpillar" (3.4).
_WORD_AS_OFTEN = 3.5


def is_listed_firm(words: tuple[str, ...]) -> bool:
    """Whether a name's folded words are a listed firm's name, whole or without its legal form."""
    return bool(words) and (words in _listed_names() or "".join(words) in _listed_names())


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[object]:
    """The folded names (tuples of words) and their run-together spellings (one string)."""
    names: set[object] = set()
    for kept in _kept("listed-firm-names", _built_listed_names):
        words = tuple(kept.split(" "))  # (a name's words hold no space)
        names.update((words, "".join(words)))
    return frozenset(names)


def prepare_listed_firms() -> None:
    """Build both lists now (with the tables of places, `place_tables.prepare`), or read them from the cache."""
    _listed_names()
    _one_word_names()


def _built_listed_names() -> frozenset[str]:
    """The names (their folded words joined by spaces), whole and without their legal form."""
    kept: set[str] = set()
    for stock in _stocks():
        words = fold_phrase(stock["name"])
        for spelling in {words, short_name(words)}:
            if spelling and (len(spelling) > 1 or coined_firm_name(spelling[0])):
                kept.add(" ".join(spelling))
    return frozenset(kept)


def is_listed_firms_word(word: str) -> bool:
    """Whether a folded word alone is a listed firm's short name, ordinary word or not: "alphabet",
    "target", "oracle" (never a given or family name). Alone it says nothing; beside a firm's cue
    ("Alphabet said its cloud unit grew") it says which firm."""
    return word in _one_word_names() and not is_given_name(word) and not is_surname(word)


@lru_cache(maxsize=1)
def _one_word_names() -> frozenset[str]:
    return _kept("listed-firm-words", _built_one_word_names)


def _built_one_word_names() -> frozenset[str]:
    shorts = (short_name(fold_phrase(stock["name"])) for stock in _stocks())
    return frozenset(words[0] for words in shorts if len(words) == 1 and len(words[0]) >= 4)


def _kept(kind: str, build: Callable[[], frozenset[str]]) -> frozenset[str]:
    """A list built from the indices' data once per machine and read from the cache after: loading pytickersymbols'
    data cost about 0.1 s of CPU on the first page of every process that asked about a firm."""
    from dossier.ingest.gazetteer import _TABLE_FORMAT  # (a list built by another round's rules is never read)
    from dossier.ingest.name_list_cache import cached_names

    recipe = (_TABLE_FORMAT, sorted(_LEGAL_WORDS), _WORD_AS_OFTEN)
    return cached_names(kind, recipe, build, sources=("pytickersymbols",))


def _stocks() -> list[dict[str, Any]]:
    from pytickersymbols import PyTickerSymbols  # the indices' data, imported only when a list is built

    return list(PyTickerSymbols().get_all_stocks())


def short_name(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name without a leading "the" and its trailing legal form: ("boeing",) of "The Boeing Company"."""
    if words[:1] == ("the",):
        words = words[1:]
    end = len(words)
    while end > 1 and words[end - 1] in _LEGAL_WORDS:
        end -= 1
    return words[:end]


def coined_firm_name(word: str) -> bool:
    """Whether a firm's one-word name (folded) is no ordinary word nor a person's name, so that it names
    the firm wherever it stands: "nvidia", "lenovo"; not "apple", "shell", "dana"."""
    # (Three letters or fewer are an acronym's, and an acronym stands for many things: "SES", "PRA".)
    return len(word) >= 4 and zipf(word) <= _WORD_AS_OFTEN and not is_given_name(word) and not is_surname(word)
