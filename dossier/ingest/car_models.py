"""Cars by their maker and model: a product, and no part of the racing team that runs it.

"the Halewood Racing Toyota Corolla", "Morley's Cupra Leon", "the Pendle Motorsport Hyundai i30 N": a car
maker's name then its model's names a car, not a person or a place its model's word looks like ("Leon",
"Octavia"), and a team's name before it ends at its sport. World knowledge, like `cues.KNOWN_FIRMS`: makers
whose names are no common given name, word or town ("Mercedes", "Kia", "Seat", "Mini", "Jaguar" are left out).
"""

from __future__ import annotations

from dossier.ingest.names import word_set

CAR_MAKERS = word_set(
    "toyota honda ford bmw audi volkswagen vw cupra skoda škoda hyundai nissan mazda subaru vauxhall peugeot "
    "citroen citroën renault fiat porsche ferrari lamborghini mclaren volvo lexus tesla dacia suzuki mitsubishi "
    "ginetta opel alpine"
)
# The sport's word a racing team's name ends with ("Halewood Racing", "Pendle Motorsport").
_TEAM_ENDS = word_set("racing motorsport motorsports autosport")


def maker_after_a_team(previous: str, word: str) -> bool:
    """Whether `word`, a car maker's, follows a racing team's last word: the team's name ends before it."""
    return previous in _TEAM_ENDS and word in CAR_MAKERS


def maker_and_model(words: tuple[str, ...]) -> bool:
    """'Toyota Corolla', 'Cupra Leon', 'Hyundai i30 N': a car maker's name, then one or two words of its model
    (a model's word is short: not "Ford Motor Company" or "Honda Racing", whose words say what they are)."""
    return (
        2 <= len(words) <= 3
        and words[0] in CAR_MAKERS
        and not any(w in _TEAM_ENDS or w in _MAKERS_ARMS for w in words[1:])
        and not (words[-1].endswith("s") and not words[-1].endswith("ss"))  # "Toyota Land Cruisers": a fleet's
    )


# The words of a maker's own arms and businesses: "Volkswagen Financial Services", "Toyota Motor", "Porsche Design".
_MAKERS_ARMS = word_set(
    "financial services motor motors group energy design finance bank capital trucks holdings foundation sport "
    "engineering technology technik mobility insurance leasing"
)
