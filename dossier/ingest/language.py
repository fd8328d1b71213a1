"""Which language a source is written in, told by py3langid from its text.

A page's own `lang` attribute is often a template's default (an English page marked `de`),
so the text decides; a language written in a Markdown file's front matter is the author's
word and is kept.

py3langid ships its model packed with LZMA: unpacking it took about 0.35 s of CPU in every process
before its first page could be ingested. The unpacked arrays are kept in the user's cache folder (one
`.npy` file each, named by py3langid's and numpy's versions) and mapped from there, so a process reads
only the rows of the model a text uses; the identifier is py3langid's own, built from the same arrays,
so it gives the same answers. A cache that cannot be read or written falls back to py3langid's loader.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

# Fewer words than this say too little to tell a language; the source is then taken as declared.
MIN_WORDS = 8
_SAMPLE_CHARS = 5000
# Chinese and Japanese put no spaces between words: their text is counted in characters, about
# this many to a word.
_LETTERS_PER_WORD = 2
# The model's arrays, as py3langid's `modelio.save_model` names them.
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _unspaced_letters(sample: str) -> int:
    """Characters of the scripts written without spaces (CJK ideographs, kana)."""
    return sum(1 for char in sample if "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS and _unspaced_letters(sample) < MIN_WORDS * _LETTERS_PER_WORD:
        return None
    language, _score = _identifier().classify(sample)
    if language != "en" and _plain_words_read_as_english(sample):
        return "en"
    return str(language)


def _plain_words_read_as_english(sample: str) -> bool:
    """Whether the words of a sample that are not capitalised read as English by themselves.

    A page made mostly of names and short lines (an encyclopaedia's box of commanders one a line, "United
    States Joe Varnley", "Gulbuddin Quell") gives the model names to judge, and it takes their letters for
    Nigerian Pidgin or Bikol, English a close second: every English rule was then skipped. Names are no
    language's evidence; the plain words between them ("of", "and", "victory", "phase") are. Asked only when
    the whole sample reads as another language, so a German or a French page, whose plain words are German or
    French, keeps its language."""
    plain = [word for word in sample.split() if not word[:1].isupper()]
    if len(plain) < MIN_WORDS:
        return False
    language, _score = _identifier().classify(" ".join(plain))
    return bool(language == "en")


def prepare_language_model() -> None:
    """Unpack the model into the cache folder now (with the tables of places, `place_tables.prepare`)."""
    _identifier()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier, loaded once per process (from the cache folder when the model was unpacked there)."""
    try:
        return _cached_identifier()
    except (OSError, ValueError, KeyError, ImportError, AttributeError, TypeError):
        from py3langid.langid import _get_identifier

        return _get_identifier()


def _cached_identifier() -> Any:
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    files = _model_files()
    try:
        arrays = {name: np.load(files[name], mmap_mode="r", allow_pickle=False) for name in _ARRAYS}
    except (OSError, ValueError):
        arrays = _unpacked_model(files)
    # (as py3langid's `from_model_file` and `modelio.load_model` build it)
    return LanguageIdentifier(
        np.asarray(arrays["ptc"]),
        np.asarray(arrays["pc"]),
        arrays["classes"].tolist(),
        _stdlib_array(arrays["nextmove"]),
        arrays["out_feat"].tolist(),
        tk_row=_stdlib_array(arrays["nextmove_row"]),
    )


def _model_files() -> dict[str, Path]:
    """Each array's file, named by the versions of py3langid and numpy."""
    from dossier.cache import cache_root, packages_digest

    digest = packages_digest(("py3langid", "numpy"))
    return {name: cache_root() / "langid" / f"model-{digest}-{name}.npy" for name in _ARRAYS}


def _unpacked_model(files: dict[str, Path]) -> dict[str, Any]:
    """The model's arrays read from py3langid's packed file, and written to the cache folder for the next process."""
    import io
    import lzma

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from dossier.cache import keep_in_cache

    with lzma.open(MODEL_DIR / MODEL_FILE) as packed, np.load(io.BytesIO(packed.read()), allow_pickle=False) as data:
        arrays = {name: data[name] for name in _ARRAYS}
    for name, array in arrays.items():
        out = io.BytesIO()
        np.save(out, array, allow_pickle=False)
        keep_in_cache(files[name], out.getvalue())
    return arrays


def _stdlib_array(values: Any) -> Any:
    """A numpy array of unsigned integers as the stdlib array py3langid walks (its `modelio._to_array`)."""
    from array import array

    import numpy as np

    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out
