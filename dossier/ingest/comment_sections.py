"""Readers' comments under an article, as pages outside English mark them.

trafilatura leaves out a block whose class or id says "comment" in English; a German page's
<section class="kommentare">, a Portuguese one's "comentarios" or a Czech one's "diskuse" stayed in
the article's text, and a reader's "tricolor_gaucho: Belém jogou demais!" named a club as a town.
"""

from __future__ import annotations

# The plural a page gives its comments' block (a singular "kommentar" is an opinion column, the article).
_COMMENT_WORDS = (
    *("kommentare", "kommentarer", "kommentarii", "komentarze", "komentare", "komentáře", "diskuse"),
    *("comentarios", "comentários", "commentaires", "commenti", "reacties", "reakce"),
)


def _marked(word: str) -> str:
    lower = "abcdefghijklmnopqrstuvwxyz"
    return (
        f"contains(translate(@class, '{lower.upper()}', '{lower}'), '{word}')"
        f" or contains(translate(@id, '{lower.upper()}', '{lower}'), '{word}')"
    )


# Letters of every word above, enough to pass over most elements cheaply before the full test: lower-casing
# one element's class and id once costs what one of the full test's 26 lower-casings does, and a real page
# has thousands of elements (the full test alone took ~40 ms of a news page's ~0.5 s).
_STEMS = ("ent", "isk", "eak", "eact")
_LETTERS = "".join(sorted({letter for stem in _STEMS for letter in stem}))
_MAY_BE_MARKED = " or ".join(
    f"contains(translate(concat(@class, ' ', @id), '{_LETTERS.upper()}', '{_LETTERS}'), '{stem}')" for stem in _STEMS
)

# Such a block, never one that holds the article's heading or the article itself.
COMMENT_SECTIONS_XPATH = (
    "//*[(@class or @id) and ("
    + _MAY_BE_MARKED
    + ") and ("
    + " or ".join(_marked(word) for word in _COMMENT_WORDS)
    + ") and not(.//h1) and not(.//article)]"
)
