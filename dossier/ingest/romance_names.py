"""Names of bodies in French, Spanish, Portuguese and Italian read in English text: "Électricité de France",
"Banco do Brasil", "Petróleos de Venezuela". The small word "of" of those languages joins the body's words to
the state or place it is named for, and the whole is one name, no body cut short and a state beside it."""

from __future__ import annotations

from dossier.ingest.common_words import zipf
from dossier.ingest.cues import HEAD_WORD, NAME_WORD
from dossier.ingest.mentions import Token
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# "of" (and "of the") in French, Spanish, Portuguese and Italian, as written in lower case inside a name.
ROMANCE_OF = word_set("de du des del della dello delle degli dei do da dos das di")


def state_named_in_romance_body(tokens: list[Token], position: int, inner: int) -> bool:
    """'Électricité de France', 'Petróleos de Venezuela': the state at `inner` comes after a lower-case Romance
    "of" that follows the run's capitalised words, so it is the end of the body's name, not a state of its own."""
    if inner - 1 <= position:
        return False
    particle = tokens[inner - 1]
    before = tokens[inner - 2]
    if particle.text in ROMANCE_OF and particle.joined and before.joined and before.text[:1].isupper():
        return True
    # "Comando de la Aviación Naval Argentina": these languages put the state's adjective, spelled as the state,
    # after the body's words, and a Romance "of" inside the run says whose words they are.
    return particle.text[:1].isupper() and any(
        tokens[k].text in ROMANCE_OF and tokens[k - 1].text[:1].isupper() for k in range(position + 1, inner - 1)
    )


# Italian "of the", never an English word, and Portuguese "do", which English writes too ("what Americans do
# Next"): inside a name only between a word and a name that are no common English words.
_ITALIAN_OF_THE = word_set("della dello delle degli dei")
_PORTUGUESE_OF_THE = "do"
# Italian and Portuguese "e", Spanish "y": "and" inside a body's name ("Cassa Depositi e Prestiti").
_ROMANCE_AND = word_set("e y")
_COMMON_ZIPF = 4.0  # an English word a reader meets in any page


def romance_of_joins(tokens: list[Token], first: int, last: int) -> bool:
    """'Banca della Valtorre', 'Banco do Brasil', 'Cassa Depositi e Prestiti': the lower-case Italian or
    Portuguese "of the", or a Romance "and", after the word at `last` goes on to the name's next capitalised
    word."""
    if last + 2 >= len(tokens):
        return False
    particle, after = tokens[last + 1], tokens[last + 2]
    if not (particle.joined and tokens[last].joined and after.text[:1].isupper()):
        return False
    if particle.text in _ITALIAN_OF_THE:
        return True
    if particle.text in _ROMANCE_AND and not _opens_with_a_body_word(tokens[first]):
        return False  # "tra Borgotto e Casalvento": in their own languages the word joins two names
    return (
        (particle.text == _PORTUGUESE_OF_THE or particle.text in _ROMANCE_AND)
        and zipf(tokens[last].folded) < _COMMON_ZIPF
        and zipf(after.folded) < _COMMON_ZIPF
    )


def _opens_with_a_body_word(token: Token) -> bool:
    """'Cassa', 'Ministerio', 'Banco': the run opens with a word that names a body."""
    cue = NAME_WORD.get(token.folded) or HEAD_WORD.get(token.folded)
    return cue is not None and cue.kind is ActorKind.organization


# Languages in which a lower-case "do" is "to" or "as far as" ("přes Rozvadov do Bavorska", "przez Legionowo do
# Warszawy"): there it never joins a name to the next one as Portuguese "do" (of the) does.
_DO_IS_TO = frozenset(("pl", "cs", "sk", "sl", "hr", "sr", "bs"))


def to_ends_run(tokens: list[Token], first: int, last: int, language: str) -> int:
    """The run's last word once cut before a lower-case "do" that means "to" in the page's language."""
    if language not in _DO_IS_TO:
        return last
    for k in range(first + 1, last + 1):
        if tokens[k].text == _PORTUGUESE_OF_THE:
            return k - 1
    return last
