"""How frequent a word is in a language (Zipf), as `wordfreq.zipf_frequency` says, read from a per-machine cache.

wordfreq loads a language's whole list on its first question and turns it into a dictionary: 0.1 s of CPU for
English and 0.4 s for German in every process (and 70 ms to import it), seven languages at once for one rule of the
other languages' places. Its figures are kept here instead, one file per language written in Latin or Cyrillic
letters in the user's cache folder, written once per machine (1-2 s) and read back in about 30 ms (70 ms for
German), without importing wordfreq.

The answers are wordfreq's own. The file holds every word of wordfreq's list with the figure `zipf_frequency`
itself gave for it and the word's frequency in the list. A word asked is answered from it when wordfreq would read
it as words of plain letters and figures (`_TOKEN`), joined by a hyphen, an ampersand or a space: wordfreq's
tokens are then the word's parts, case-folded, and `_Figures.figure` combines their frequencies with wordfreq's
own arithmetic, step by step (version 3.1.1, the one whose tokenizer and arithmetic this was checked against: with
another, every word is asked of wordfreq). Any other word (an apostrophe, a mark, another script) is asked of
wordfreq, which then loads its list. `tests/unit/test_ingest_speed41.py` compares both; so did every word of the
corpora (issue 15, round speed41).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
import unicodedata
from array import array
from bisect import bisect_left
from pathlib import Path

from dossier.cache import keep_in_cache

# Bump when the file's content or the way it is built changes: a file of another format is never read.
_FORMAT = 4
# The wordfreq whose tokenizer and arithmetic `_Figures.figure` follows.
_CHECKED_WORDFREQ = "3.1.1"


def zipf_frequency(word: str, language: str) -> float:
    """wordfreq's `zipf_frequency(word, language)` (its "best" list, minimum 0)."""
    table = _table(language)
    if table is not None:
        known = table.get(word)
        if known is None:
            known = table.figure(word)
        if known is not None:
            return known
    from wordfreq import zipf_frequency as asked

    return float(asked(word, language))


def prepare_word_frequencies() -> None:
    """Read (or build and keep) the English figures, which every page asks for."""
    _table("en")


# Lower-case letters that wordfreq's preparation leaves as they are (case folding, NFC and NFKC) and that its
# tokenizer keeps in one token with each other and with figures ("münchen", "scout24", "20th"); Latin and Cyrillic.
_LETTERS = "".join(
    letter
    for letter in [chr(code) for code in [*range(0x61, 0x7B), *range(0xDF, 0x250), *range(0x430, 0x460)]]
    if letter.islower()
    and letter.isalpha()
    and letter.casefold() == letter
    and unicodedata.is_normalized("NFC", letter)
    and unicodedata.is_normalized("NFKC", letter)
)
_TOKEN = re.compile(f"[0-9{re.escape(_LETTERS)}]+")
# Between two tokens, a hyphen, an ampersand or a space is a break of wordfreq's tokenizer and no token of its own:
# "saint-martin", "at&t", "new york" are two tokens each.
_PARTS = re.compile("[-& ]")
# wordfreq looks a token up with each run of two figures or more written in zeros ("scout00", "00th").
_FIGURE_RUNS = re.compile("[0-9]{2,}")


def _zeroes(run: re.Match[str]) -> str:
    return "0" * len(run.group())


class _Figures:
    """A language's words, sorted, each with its figure and its frequency in the list: looked up by bisection in
    the list read from the file, with no dictionary of half a million words to build (that is what made wordfreq's
    first question dear). Never changed after it is read."""

    def __init__(
        self, words: tuple[str, ...], indices: array[int], figures: list[float], frequencies: list[float]
    ) -> None:
        self.words = words
        self.indices = indices  # per word, two: of its figure in `figures` and of its frequency in `frequencies`
        self.figures = figures
        self.frequencies = frequencies

    def _at(self, word: str) -> int | None:
        at = bisect_left(self.words, word)
        return at if at < len(self.words) and self.words[at] == word else None

    def get(self, word: str) -> float | None:
        """The figure wordfreq gave for this word of its list."""
        at = self._at(word)
        return None if at is None else self.figures[self.indices[2 * at]]

    def figure(self, word: str) -> float | None:
        """wordfreq's figure for a word it reads as tokens of `_TOKEN` (None for any other word), computed as
        `wordfreq._word_frequency` does, step by step in its order, with minimum 0: each token looked up with
        its runs of figures in zeros (a token not listed makes the whole 0) and its frequency times that of its
        figures; 1/f = 1/f1 + 1/f2 + ...; rounded to three significant digits, then to the Zipf scale."""
        folded = word.casefold()  # wordfreq folds case before it splits ("Paris", "maßnahmen": "massnahmen")
        if folded != word and not (unicodedata.is_normalized("NFC", word) and unicodedata.is_normalized("NFKC", word)):
            return None  # (wordfreq would normalise it first: a ligature, a letter with a mark apart)
        tokens = _PARTS.split(folded)
        if not all(_TOKEN.fullmatch(token) for token in tokens):
            return None
        if len(tokens) == 1 and (known := self.get(folded)) is not None:
            return known  # the same token as the listed word's: the same figure
        one_over_result = 0.0
        for token in tokens:
            smashed = _FIGURE_RUNS.sub(_zeroes, token)
            at = self._at(smashed)
            if at is None:
                return _NOTHING
            frequency = self.frequencies[self.indices[2 * at + 1]]
            if smashed != token:
                frequency *= _figures_frequency(token)
            one_over_result += 1.0 / frequency
        unrounded = max(1.0 / one_over_result, _MINIMUM)
        leading_zeroes = math.floor(-math.log(unrounded, 10))
        return round(math.log(round(unrounded, leading_zeroes + 3), 10) + 9, 2)


# wordfreq's least frequency for zipf_frequency's minimum of 0 (`zipf_to_freq(0)`), and the figure it gives then.
_MINIMUM = 10**0 / 1e9
_NOTHING = round(math.log(_MINIMUM, 10) + 9, 2)


def _figures_frequency(token: str) -> float:
    """How frequent a token's runs of figures are (`wordfreq.numbers.digit_freq`): a year by its distance from
    2019, other figures by Benford's law."""
    frequency = 1.0
    for run in _FIGURE_RUNS.findall(token):
        frequency *= _year_frequency(run) if len(run) == _YEAR_FIGURES else _benford_frequency(run)
    return frequency


_YEAR_FIGURES = 4
# wordfreq.numbers' constants
_FIRST_FIGURE = [0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045]
_YEAR_LOG_PEAK = -1.9185
_NOT_YEAR = 0.1
_REFERENCE_YEAR = 2019
_PLATEAU_WIDTH = 20


def _benford_frequency(run: str) -> float:
    return _FIRST_FIGURE[int(run[0])] / 10 ** (len(run) - 1)


def _year_frequency(run: str) -> float:
    year = int(run)
    if year <= _REFERENCE_YEAR:
        year_log_freq = _YEAR_LOG_PEAK - 0.0083 * (_REFERENCE_YEAR - year)
    elif _REFERENCE_YEAR < year <= _REFERENCE_YEAR + _PLATEAU_WIDTH:
        year_log_freq = _YEAR_LOG_PEAK
    else:
        year_log_freq = _YEAR_LOG_PEAK - 0.2 * (year - (_REFERENCE_YEAR + _PLATEAU_WIDTH))
    return 10.0**year_log_freq + _NOT_YEAR * _benford_frequency(run)


_tables: dict[str, _Figures | None] = {}
_lock = threading.Lock()


def _table(language: str) -> _Figures | None:
    """The language's figures (read once per process, immutable after), or None when wordfreq must be asked for
    every word: a language whose tokenizer or preparation changes plain letters (Chinese, Turkish, Serbian...)."""
    try:
        return _tables[language]
    except KeyError:
        pass
    with _lock:  # one thread reads or builds a language's table; the others wait for it
        if language not in _tables:
            _tables[language] = _read_or_build(language)
        return _tables[language]


def _read_or_build(language: str) -> _Figures | None:
    path = cache_file(language)
    table = _read(path)
    if table is not None:
        return table  # (a file is only written for a language whose plain letters wordfreq keeps)
    if not _plain_letters_kept(language):
        return None
    data = _build(language)
    keep_in_cache(path, data)
    return _read_bytes(data)


def _plain_letters_kept(language: str) -> bool:
    """Whether wordfreq reads a word of `_TOKEN`'s letters and figures in this language as that one token, as
    the wordfreq checked did."""
    from importlib.metadata import version

    from wordfreq import available_languages
    from wordfreq.language_info import get_language_info

    if version("wordfreq") != _CHECKED_WORDFREQ or language not in available_languages():
        return False  # another wordfreq, or no list of its own (wordfreq would take a neighbour's, or refuse)
    info = get_language_info(language)
    return (
        info["script"] in ("Latn", "Cyrl")  # (a list in another script would hold few words of these letters)
        and info["tokenizer"] == "regex"
        and info["transliteration"] is None
        and info["diacritics_under"] is None
        and not info["dotless_i"]
    )


def cache_file(language: str) -> Path:
    """Where a language's figures are kept: named by this format and wordfreq's version."""
    from importlib.metadata import PackageNotFoundError, version

    from dossier.cache import cache_root

    try:
        source = version("wordfreq")
    except PackageNotFoundError:
        source = "unknown"
    return cache_root() / "wordfreq" / f"{language}-v{_FORMAT}-wordfreq-{source}.bin"


def _build(language: str) -> bytes:
    """The file's bytes: a first line of JSON (the figures, the frequencies, the number of words, the length of
    their text, the digest of what follows), the words sorted, one a line, then per word two indices (two bytes
    each): of its figure (what `zipf_frequency` says of it) and of its frequency in the list."""
    from wordfreq import get_frequency_dict
    from wordfreq import zipf_frequency as asked

    listed = get_frequency_dict(language)
    # (a word holding a line break could not be kept one a line: wordfreq is asked for it)
    words = sorted(word for word in listed if "\n" not in word)
    # A listed word that is one plain token (no run of figures to write in zeros) has the figure of its frequency
    # alone (its one token is itself): wordfreq is asked once per frequency, not once per word (half a million).
    by_frequency: dict[float, float] = {}
    said: list[float] = []
    for word in words:
        if _TOKEN.fullmatch(word) and _FIGURE_RUNS.sub(_zeroes, word) == word:
            frequency = listed[word]
            figure = by_frequency.get(frequency)
            if figure is None:
                figure = by_frequency[frequency] = float(asked(word, language))
        else:
            figure = float(asked(word, language))
        said.append(figure)
    figures = sorted(set(said))
    frequencies = sorted({listed[word] for word in words})
    figure_number = {figure: index for index, figure in enumerate(figures)}
    frequency_number = {frequency: index for index, frequency in enumerate(frequencies)}
    indices = array("H")
    for word, figure in zip(words, said, strict=True):
        indices.extend((figure_number[figure], frequency_number[listed[word]]))
    text = "\n".join(words).encode("utf-8")
    body = text + indices.tobytes()
    head = {
        "figures": [repr(figure) for figure in figures],
        "frequencies": [repr(frequency) for frequency in frequencies],
        "words": len(words),
        "text": len(text),
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    return json.dumps(head).encode("ascii") + b"\n" + body


def _read(path: Path) -> _Figures | None:
    """The figures kept in `path`, or None when there is no file or it is damaged (it is then rebuilt)."""
    try:
        return _read_bytes(path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError):
        return None


def _read_bytes(data: bytes) -> _Figures:
    line_end = data.index(b"\n")
    head = json.loads(data[:line_end])
    start = line_end + 1
    if hashlib.sha256(data[start:]).hexdigest() != head["sha256"]:
        raise ValueError("a damaged table of word frequencies")
    end = start + int(head["text"])
    # A tuple, not a list: the garbage collector stops walking a tuple of strings after its first look, and
    # walking half a million words at each full collection cost the first page 50 ms.
    words = tuple(data[start:end].decode("utf-8").split("\n"))
    indices = array("H")
    indices.frombytes(data[end:])
    figures = [float(figure) for figure in head["figures"]]
    frequencies = [float(frequency) for frequency in head["frequencies"]]
    if (
        len(words) != int(head["words"])
        or len(indices) != 2 * len(words)
        or max(indices[0::2], default=0) >= len(figures)
        or max(indices[1::2], default=0) >= len(frequencies)
    ):
        raise ValueError("a damaged table of word frequencies")
    return _Figures(words, indices, figures, frequencies)
