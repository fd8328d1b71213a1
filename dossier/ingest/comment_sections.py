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


# Such a block, never one that holds the article's heading or the article itself.
COMMENT_SECTIONS_XPATH = (
    "//*[(" + " or ".join(_marked(word) for word in _COMMENT_WORDS) + ") and not(.//h1) and not(.//article)]"
)
