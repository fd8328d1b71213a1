"""Names of bodies in French, Spanish, Portuguese and Italian read in English text: "Électricité de France",
"Banco do Brasil", "Petróleos de Venezuela". The small word "of" of those languages joins the body's words to
the state or place it is named for, and the whole is one name, no body cut short and a state beside it."""

from __future__ import annotations

from dossier.ingest.mentions import Token
from dossier.ingest.names import word_set

# "of" (and "of the") in French, Spanish, Portuguese and Italian, as written in lower case inside a name.
ROMANCE_OF = word_set("de du des del della dello delle degli dei do da dos das di")


def state_named_in_romance_body(tokens: list[Token], position: int, inner: int) -> bool:
    """'Électricité de France', 'Petróleos de Venezuela': the state at `inner` comes after a lower-case Romance
    "of" that follows the run's capitalised words, so it is the end of the body's name, not a state of its own."""
    if inner - 1 <= position:
        return False
    particle = tokens[inner - 1]
    return (
        particle.text in ROMANCE_OF
        and particle.joined
        and tokens[inner - 2].joined
        and tokens[inner - 2].text[:1].isupper()
    )
