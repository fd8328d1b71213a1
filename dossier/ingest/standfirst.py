"""The page's summary of its article (its meta description, which is the standfirst under the headline),
read where the article extraction left the standfirst out.

trafilatura drops a lead set apart from the body (`<p class="teaser">`, a `<header>` inside the
article); a reader of the page still reads it first. Its sentences join the text as captions do, once,
and only when the text does not already hold them.
"""

from __future__ import annotations

import re

# A description this short is a label or the site's slogan, no summary of the article.
_SUMMARY_WORDS = 6
# Words of this many letters the summary must share with the article: it tells the same story.
_SHARED_WORD = 5


def standfirst_sentences(description: str | None, article: str) -> list[str]:
    """The sentences of the page's `description` that the `article` text leaves out."""
    if not description:
        return []
    said = " ".join(description.split())
    if said.endswith(("…", "...")):
        return []  # the body's opening cut short by the site, its lines run together: no standfirst
    flat = " ".join(article.split())
    if len(said.split()) < _SUMMARY_WORDS or said.rstrip(".") in flat:
        return []
    if not _long_words(said) & _long_words(article):
        return []  # a site-wide description ("News from the region since 1850")
    sentences = [part for part in re.split(r"(?<=[.!?])\s+", said) if part and part.rstrip(".") not in flat]
    return [sentence if sentence.endswith((".", "!", "?", "…")) else f"{sentence}." for sentence in sentences]


def _long_words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"\w+", text) if len(word) >= _SHARED_WORD}
