"""Contests named after a state or its people: "the US Open", "the British Grand Prix", "the Scottish Cup".

The state's name or its people's adjective there says where the contest is held or whose it is; no state
acts, so neither is drafted for those words.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import word_set

# The words that end a contest's name: one word, or the last of "Grand Prix".
_CONTEST_WORDS = word_set("open masters classic championship championships derby rally invitational cup trophy")
_TWO_WORD_CONTESTS = frozenset({("grand", "prix")})
# The words that end a season-long contest's name after its class of racing: "Touring Car Championship", "GT Series".
_SERIES_WORDS = word_set("championship championships series")
# The word that ends a prize's or an awards night's name, after its field: "Music Awards", "Book Prize".
_PRIZE_WORDS = word_set("awards award prize prizes")
# Games a contest's name may give before its word.
_GAMES = word_set(
    "tennis golf squash badminton snooker darts chess rugby football hockey cricket polo sailing rowing cycling"
    " athletics swimming boxing judo fencing bowls curling surfing netball volleyball basketball baseball"
)


def contest_after_the_state(doc: ActorDocument, state_end: int, last: int) -> bool:
    """Whether the run's words after a state's name or its people's adjective (ending at `state_end`) are a
    contest's word that ends the name: "the US Open", "the Italian Grand Prix" (not "the US Open University",
    whose run goes on)."""
    words = tuple(token.folded for token in doc.tokens[state_end + 1 : last + 1])
    if len(words) == 2 and words[0] in _GAMES and words[1] in _CONTEST_WORDS:
        words = words[1:]  # "the Australian Tennis Open", "the Scottish Golf Championship": the game, then the contest
    if 2 <= len(words) <= 3 and words[-1] in _PRIZE_WORDS:
        return True  # "the South African Music Awards", "the Kenyan Film Prize": a prize given there, no state acting
    spelled_out = doc.text.startswith(" (", doc.tokens[last].end)  # "(BTCC)": a body runs it, named in full
    if 2 <= len(words) <= 3 and words[-1] in _SERIES_WORDS and not spelled_out:
        return True  # "the British Saloon Championship", "the British Touring Car Championship", "the Irish GT Series"
    return (len(words) == 1 and words[0] in _CONTEST_WORDS) or words in _TWO_WORD_CONTESTS
