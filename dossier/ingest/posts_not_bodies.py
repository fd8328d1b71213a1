"""Words that read like a body's name but name a post, a rank or a body's people or buildings:
"Power and Renewable Energy Minister X" (the minister's remit), "Deputy Superintendent of Police (DSP) X"
(a rank spelled out, its letters then set before names), "TAF Personnel" (a force's people), "the Kyebi
government hospital" (a town's hospital run by the state).
"""

from __future__ import annotations

import re

from dossier.ingest.cues import TITLES
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# "Power and Renewable Energy Minister Ranjith Varapitiya": a remit, then "Minister" and a name.
_MINISTER_AND_NAME_AFTER = re.compile(r"[ \t]+Minister[ \t]+(?:Dr\.?[ \t]+)?[A-Z]")
# "TAF Personnel", "UN Staff": a body's people after its name or letters.
_PEOPLE_WORDS = word_set("personnel staff staffers officials troops members employees")
# A newsroom's desk after its outlet's name: "QNN Desk", "AFP Desk".
_DESKS = word_set("desk desks")
# "the Kyebi government hospital": "government" before a place the state runs, in lower case.
_STATE_RUN_AFTER = re.compile(
    r"[ \t]+(?:hospitals?|clinics?|schools?|colleges?|offices?|buildings?|quarters|bungalows?|lands?|property)\b"
)
# "US government bonds", "Tarnish government debt": what a state borrows, before its noun in lower case.
_STATE_DEBT_AFTER = re.compile(r"[ \t]+(?:bonds?|debt|securities|yields?|paper|borrowing)\b")
# "the city's Police Department", "the state's Health Department": a body named only by what it is, after the
# possessive of a place's common noun (the place itself unnamed), as crime and court reports write it.
_COMMON_NOUN_BODY_WORDS = 2  # "Police Department", "Health Department"
_PLACE_NOUNS_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:the|its|their)[ \t]+(?:city|state|county|town|country|nation|province|district|region|borough)['’]s[ \t]+$"
)
_BODIES = (ActorKind.organization, ActorKind.armed_force, ActorKind.other)
# Houses whose members sit for a seat: "Member of Parliament for Nalolo", "Member of the Assembly for Tarnby".
_HOUSES = word_set("parliament assembly congress council")
_MEMBER_OF_BEFORE = re.compile(r"\b[Mm]ember of (?:the )?$")
# The chambers of a legislature, named by their word alone: "the House and Senate", "Lords and Commons".
_CHAMBERS = word_set("house senate assembly commons lords")
# Where a person is held, capitalised as a body's name would be: "in Police Custody".
_HELD_STATES = word_set("custody")
# One of a body's people, named after it in a headline: "Quellco Breweries Trainee", "Tarn Bank Employee".
_ONE_OF_ITS_PEOPLE = word_set("trainee intern employee")


def names_a_post_or_a_bodys_people(text: str, drafts: list[ActorDraft], draft: ActorDraft) -> bool:
    """Whether the draft is a minister's remit, a rank spelled out, a body's people or a state-run building."""
    if draft.kind not in _BODIES or not draft.spans:
        return False
    words = draft.name.split()
    if _two_fields(words) and all(_MINISTER_AND_NAME_AFTER.match(text, end) for _, end in draft.spans):
        return True  # "Power and Renewable Energy Minister Ranjith Varapitiya": the minister's remit
    if words[-1].casefold() == "government" and all(_STATE_RUN_AFTER.match(text, end) for _, end in draft.spans):
        return True  # "the Kyebi government hospital"
    if (
        len(words) <= _COMMON_NOUN_BODY_WORDS
        and not draft.aliases
        and all(_PLACE_NOUNS_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start) for start, _ in draft.spans)
    ):
        # "the city's Police Department": a body by its common noun, its place left unnamed (not "the country's
        # Independent National Electoral Commission (Ceni)": a body's own long name, with its letters)
        return True
    if words[-1].casefold() == "government" and all(_STATE_DEBT_AFTER.match(text, end) for _, end in draft.spans):
        return True  # "investors dumped US government bonds": a state's debt, traded; no body acts
    if (
        2 <= len(words) <= 4
        and words[-1].casefold() in _PEOPLE_WORDS
        and _named_elsewhere(drafts, draft, words[0], bodies_only=True)
    ):
        # "TAF Personnel assisted": the people of the Tarvish Air Force; "TPP Senior NEC Members during the
        # briefing": a caption's people of the party
        return True
    if len(words) == 2 and words[1].casefold() in _DESKS and _named_elsewhere(drafts, draft, words[0]):
        return True  # "(The Quellby Post/QNN Desk)": a desk of the outlet named alone beside it
    if (
        len(words) >= 3
        and words[0].casefold() in _HOUSES
        and words[1] == "for"
        and all(_MEMBER_OF_BEFORE.search(text, max(0, start - 12), start) for start, _ in draft.spans)
    ):
        return True  # "Member of Parliament for Nalolo": a seat's post, no body "Parliament for Nalolo"
    if len(words) == 3 and words[1] == "and" and {words[0].casefold(), words[2].casefold()} <= _CHAMBERS:
        return True  # "the House and Senate leadership": two chambers of a legislature, no one body
    if words[-1].casefold() in _HELD_STATES:
        return True  # "detained in Police Custody": where one is held, no body
    if len(words) >= 2 and words[-1].casefold() in _ONE_OF_ITS_PEOPLE:
        return True  # "Former Quellco Breweries Trainee arrested": one of a firm's people, in a headline
    return words[0].casefold() in TITLES and _letters_before_a_name(drafts, draft)


def _two_fields(words: list[str]) -> bool:
    """'Power and Renewable Energy': fields joined by "and", in words (no letters), no body's own head word
    ("FCO Minister X", "Foreign and Commonwealth Office Minister X" name bodies)."""
    return (
        "and" in words
        and words[-1].casefold() not in _BODY_HEADS
        and all(word == "and" or (word[:1].isupper() and not word.isupper()) for word in words)
    )


_BODY_HEADS = word_set("office ministry department council agency committee commission authority board")


def _named_elsewhere(drafts: list[ActorDraft], draft: ActorDraft, name: str, *, bodies_only: bool = False) -> bool:
    """Whether another draft is called `name`; with `bodies_only`, a body (not "Finnish", the demonym of Finland's
    draft, which opens "Finnish Coastal Troops", a force of its own)."""
    return any(
        other is not draft and name in (other.name, *other.aliases) and (not bodies_only or other.kind in _BODIES)
        for other in drafts
    )


def _letters_before_a_name(drafts: list[ActorDraft], draft: ActorDraft) -> bool:
    """'Deputy Superintendent of Police (DSP)', then 'DSP Tonge': the letters of a rank spelled out with a title's
    word stand before a person's name."""
    letters = [alias for alias in draft.aliases if alias.isupper() and " " not in alias]
    return any(
        other.kind is ActorKind.person and any(alias.startswith(letter + " ") for alias in other.aliases)
        for letter in letters
        for other in drafts
    )
