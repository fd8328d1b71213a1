"""Given names of lands whose lists `names.is_given_name` does not read: "Kylian" (Belgium's French list),
"Jannik" (Austria's and Switzerland's), "Lamine" (Algeria's French one).

Kept apart from `is_given_name`, which every reader uses: on pages in other languages these names are often
words or places of the language ("Francia" is Spain's name for France, "Jona" a Swiss town's). They serve one
English question only (`name_kinds`): a two-word name that nothing else explains, opened by one of them, is a
person's, and only when the given name is rare as an English word.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from dossier.ingest.names import fold, is_given_name

# Faker's (MIT) lists for lands beside those `names` reads, written in Latin letters.
_LOCALES = [
    "de_AT",
    "de_CH",
    "de_LI",
    "de_LU",
    "fr_BE",
    "fr_CH",
    "fr_CA",
    "fr_QC",
    "fr_DZ",
    "nl_BE",
    "es_AR",
    "es_CL",
    "es_CO",
    "es_MX",
    "es_CA",
    "no_NO",
    "is_IS",
    "sk_SK",
    "sl_SI",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "ga_IE",
    "en_NZ",
    "az_AZ",
    "sw",
]
# Zipf in English: a given name this frequent as an English word is the word first ("Mark", "Vida").
_ENGLISH_WORD = 3.0


def is_other_lands_given_name(folded: str) -> bool:
    return folded in _names()


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    from dossier.ingest.name_list_cache import cached_names

    return cached_names("other-lands-given-names", (_LOCALES, _ENGLISH_WORD), _build)


def _build() -> frozenset[str]:
    import importlib

    from dossier.ingest.common_words import zipf

    names: set[str] = set()
    for locale in _LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            listed = getattr(provider, attribute, ())
            if not isinstance(listed, (list, tuple, dict)):
                continue  # a provider that builds its list on the fly
            for name in listed:
                if " " not in name and _latin(name):
                    names.add(fold(name))
    return frozenset(name for name in names if not is_given_name(name) and zipf(name) < _ENGLISH_WORD)


def _latin(name: str) -> bool:
    return all(not letter.isalpha() or "LATIN" in unicodedata.name(letter, "") for letter in name)
