"""Jobs written as one compound word before a person's name: "Churchwarden Colin Fairbairn", "Harbourmaster
Ewan Tarrow", "Greenkeeper Ilse Varn".

A capitalised job noun made of a thing and a keeper's word ("church" + "warden", "harbour" + "master", "green"
+ "keeper") is no name of its own: before a given name it says what the person does, as a title does, and the
person's name starts after it. Family names that end so ("Goldsmith", "Whitesmith") are names, so a word the
lists know as a surname or a given name is left alone.
"""

from __future__ import annotations

from dossier.ingest.names import is_given_name, is_surname

# The keeper's word a compound job ends in ("-smith", "-man" are left out: "Goldsmith", "Newman" are surnames).
_KEEPERS_WORDS = ("warden", "keeper", "master", "mistress")
_SHORTEST_THING = 3  # letters of the thing kept before the keeper's word: "churchwarden", not "warden"


def compound_job(word: str, next_word: str) -> bool:
    """Whether `word` (folded) is a compound job noun and `next_word` (folded) a given name after it."""
    ending = next((end for end in _KEEPERS_WORDS if word.endswith(end)), None)
    if ending is None or len(word) - len(ending) < _SHORTEST_THING:
        return False
    return is_given_name(next_word) and not is_surname(word) and not is_given_name(word)
