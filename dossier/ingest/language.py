"""Which language a source is written in, told by py3langid from its text.

A page's own `lang` attribute is often a template's default (an English page marked `de`),
so the text decides; a language written in a Markdown file's front matter is the author's
word and is kept. The detector's model loads on first use (~0.7 s of CPU), once per process.
"""

from __future__ import annotations

# Fewer words than this say too little to tell a language; the source is then taken as declared.
MIN_WORDS = 8
_SAMPLE_CHARS = 5000
# Chinese and Japanese put no spaces between words: their text is counted in characters, about
# this many to a word.
_LETTERS_PER_WORD = 2


def _unspaced_letters(sample: str) -> int:
    """Characters of the scripts written without spaces (CJK ideographs, kana)."""
    return sum(1 for char in sample if "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS and _unspaced_letters(sample) < MIN_WORDS * _LETTERS_PER_WORD:
        return None
    import py3langid  # its model loads on the first call and stays for the process

    language, _score = py3langid.classify(sample)
    return str(language)
