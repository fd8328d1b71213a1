"""German's articles "den" and "dem" end a run of capitalised words.

"den" is a particle of Dutch and Flemish family names ("Jan van den Berg"), so a run of capitalised words goes
on across it; in German text it is an article before the next noun, which German writes with a capital too:
"brach sich bei Schwangau den Knöchel", "traf in Füssen dem Vernehmen nach". The run ends before it unless
the word before it is a particle itself ("van den", "von dem").
"""

from __future__ import annotations

from dossier.ingest.mentions import Token

_ARTICLES = frozenset(["den", "dem"])
_PARTICLES_BEFORE = frozenset(["van", "von", "vanden", "ten", "ter"])


def german_article_ends_run(tokens: list[Token], first: int, last: int) -> int:
    """The run's last word once cut before an article inside it."""
    for k in range(first + 1, last + 1):
        if tokens[k].text in _ARTICLES and tokens[k - 1].folded not in _PARTICLES_BEFORE:
            return k - 1
    return last
