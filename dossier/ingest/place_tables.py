"""The place tables ingest reads, made ready ahead of a first ingest.

The gazetteer (`gazetteer.py`) and the village lists (`villages.py`) are built from GeoNames on
first use, about 10 s of CPU, and then read from the user's cache; so are the lists of persons'
given and family names (`names.py`, about 1 s), the listed firms' names and py3langid's model.
`scripts/dev.py` builds them right after it installs the project (`python -m dossier.ingest.place_tables`),
so neither a new user's first ingest nor a first benchmark run waits for them.
"""

from __future__ import annotations

import sys
import time


def prepare() -> float:
    """Build (or read from the cache) every place table and the lists of persons' names; the seconds it took."""
    from dossier.ingest.gazetteer import gazetteer
    from dossier.ingest.language import prepare_language_model
    from dossier.ingest.listed_firms import prepare_listed_firms
    from dossier.ingest.names import prepare_name_lists
    from dossier.ingest.syllabic_names import prepare_syllabic_words
    from dossier.ingest.villages import prepare_villages
    from dossier.ingest.word_frequencies import prepare_word_frequencies

    started = time.perf_counter()
    gazetteer()
    prepare_villages()
    prepare_name_lists()  # not places, but built and cached per machine the same way
    prepare_syllabic_words()  # (as the name lists: from wordfreq's lists of five languages)
    prepare_word_frequencies()  # wordfreq's English figures (other languages' on their first page)
    prepare_listed_firms()  # the stock indices' firms, read from pytickersymbols' data
    prepare_language_model()  # py3langid's model, unpacked into the cache folder
    return time.perf_counter() - started


def main() -> int:
    print("Preparing the tables of places ingest reads (once per machine; about 15 s) ...", flush=True)
    seconds = prepare()
    print(f"Tables of places ready ({seconds:.1f} s).", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
