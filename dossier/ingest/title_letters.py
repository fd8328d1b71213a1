"""Short titles that are letters of something else where they stand.

"MS Windows", "MS Office": an honorific's letters in capitals before a common word in small letters are an
acronym (a firm's, a product's), not "Ms" or "Dr"; before a rare word ("MS Varnholt said") or a name written all in
capitals ("MS ILSE VARN") they are the title.
"GM Tobias Reinholt", "IM Callum Ashington", "CM Yogi Adityanath": a chess player's title, a general manager's or a
chief minister's letters are a title only in capitals before a given name ("GM Korea", "GM Cruise" name a carmaker's
arms; "I'm Sarah" is no title).
"Det Norske Veritas": "Det" is a detective's rank only with its full stop or before another rank ("Det. Varn",
"Det Supt Varn"); alone it is the Scandinavian article opening a firm's name.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.names import is_given_name, word_set

_HONORIFIC_LETTERS = word_set("mr mrs ms dr")
_COMMON_WORD = 4.0  # Zipf: "Windows", "Office" are words people write every day; family names mostly are not
_RANK_NEEDING_STOP_OR_RANK = word_set("det")
# Titles written only as capital letters, before a given name: chess titles (grandmaster, international master, FIDE
# master, candidate master and the women's titles), a general manager's and a chief minister's.
LETTER_TITLES = word_set("gm im fm cm wgm wim wfm wcm")


def letters_not_a_title(doc: ActorDocument, k: int, ranks: frozenset[str]) -> bool:
    """Whether the title word at `k` is letters of another name here (`ranks`: the words that are titles)."""
    tokens = doc.tokens
    token = tokens[k]
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if (
        token.folded == "dr"
        and k > 0
        and tokens[k - 1].folded == "tl"
        and doc.text[tokens[k - 1].end : token.start] in (";", "; ")
    ):
        return True  # "TL;DR Quellcom has confirmed": the label of a post's summary, no doctor's title
    if token.folded in _HONORIFIC_LETTERS and token.text.isupper():
        # (a rare word after it is a family name: "MS Varnholt said she would resign")
        return (
            following is not None
            and not following.text.isupper()
            and zipf(following.folded) >= _COMMON_WORD
            and not is_given_name(following.folded)
        )
    if token.folded in LETTER_TITLES:
        return not (token.text.isupper() and following is not None and is_given_name(following.folded))
    if token.folded in _RANK_NEEDING_STOP_OR_RANK:
        stopped = doc.text.startswith(".", token.end)
        return not stopped and not (following is not None and following.folded in ranks)
    return False
