"""People named with no title and no job word, whose names the lists lack: "Among the dead were
Maricel Dimaculangan and Bongbong Salendab", "the group's leader, Kalimpo Sangkula", "Tovo
Rabemananjara of the Ihosy-based Centre for Rural Studies said".

News and encyclopaedia texts from Madagascar, Somalia or the Philippines name people whose given and
family names no English list holds, so the name alone is of no kind. What the sentence says around it
is a person's: only people are among the dead, lead a group, speak for a body they belong to, or
recall what they saw. The name itself must still read as one: two to four capitalised words, rare
words or names, no word of a body or a place. Names joined to it by "and" take the same kind.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.grouping import Candidate
from dossier.ingest.name_words import has_cue
from dossier.ingest.names import is_given_name, is_surname
from dossier.model import ActorKind

# What comes right before a list of people: "Among the civilians killed were", "the dead included".
_PEOPLE_LIST_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|dead|victims|hostages|kidnapped|abducted|missing|arrested|detained|survivors)"
    r"(?: \w+)? (?:were|was|included|include)[ \t]+$"
)
# A person's relation or role in lower case, then a comma: "the group's leader, Kalimpo Sangkula".
# A job in lower case counts too: "The district administrator, Tovondrainy Rasolofo, said"; so does a
# shared post after a body's name ("The Tarnish Alliance co-leader, ...").
_ROLE_BEFORE = re.compile(
    r"(?:'s|’s|\b[Tt]he|\b[Ii]ts|\b[Tt]heir|\b[Hh]is|\b[Hh]er|\b[Aa]n?) (?:[A-Za-z]+ ){0,2}(?:co-|vice-)?"
    r"(?:leader|founder|commander|deputy|spokesman|spokeswoman|spokesperson|chief|head|brother|sister|son|"
    r"daughter|wife|husband|widow|father|mother|uncle|nephew|cousin|administrator|governor|mayor|prefect|"
    r"official|director|secretary|coordinator|chairman|chairwoman|chairperson|manager|commissioner|"
    r"councillor|councilor|representative|envoy|ambassador|minister|officer|lawyer|imam|priest|pastor|"
    r"doctor|nurse|teacher|elder|headman|resident|witness|survivor|farmer|fisherman|driver|"
    # ("Her solicitor, Anand Quell of Tarnby Law,"; "Its licensee, ...")
    r"solicitor|barrister|neighbour|neighbor|licensee|landlord|landlady|"
    # ("The judge, Hywel Tarn from Quellby, said"; "the conductor, ...", "Its vicar, ...")
    r"judge|referee|umpire|steward|conductor|vicar|curate|rector|organist|handler|breeder|trainer)"
    r",[ \t]+$"
)
# A place in a contest's order, then who took it: "Second was Cerys Varn from Tarnbury", "third were ...".
_PLACED_BEFORE = re.compile(r"\b(?:[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Rr]unner-up) (?:was|were)[ \t]+$")
# A body the person speaks for, then what they said: "... of the Horn Policy Institute said"; a club one runs or
# plays for, then what one did: "Tarn Fenwick of Quell Harriers won by 14 seconds".
_SPEAKS_FOR_AFTER = re.compile(
    r"[ \t]+of (?:the |(?=[A-Z]))[^.;:\"“”()\n]{2,90}? (?:said|says|told|added|warned|won|finished)\b"
)
# What only people do, right after the name (perhaps after "later" or "also"): "... described how".
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:later|also|then|both|separately)[ \t]+)?"
    r"(?:described|recalled|testified|recounted|remembered|told|said|says)\b(?! to\b)"
)  # not "... said to be": what others say of a place
# A deed done to one's own, right after the name (perhaps after the body the person is from): "Darla Quenby of
# Tarnwell Research cut her estimate", "... kept his rating" (a body's deeds are done to "its").
# A perfect or past tense and a few words may come between ("... has lost a fifth of her vote").
_OWN_DEED_AFTER = re.compile(
    r"[ \t]+(?:of (?:the )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}[ \t]+)?(?:(?:has|had|have)[ \t]+)?"
    r"[a-z]+[ \t]+(?:[a-z\d]+[ \t]+){0,4}?(?:his|her)\b"
)
_REACH = 60
_NAME_WORDS = range(2, 5)
_RARE = 3.0  # a word this rare is a name, not an English word ("Dimaculangan", not "Valley")


def persons_in_context(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """Makes a person of each name of no kind that its sentence shows is a person's, and of the names
    joined to it by "and"."""
    text, tokens = doc.text, doc.tokens
    ordered = sorted((c for c in candidates if c.kind is ActorKind.other), key=lambda c: c.first)
    names = [c for c in ordered if _reads_as_name(doc, c)]
    chains: list[list[Candidate]] = []
    for candidate in names:
        previous = chains[-1][-1] if chains else None
        gap = text[tokens[previous.last].end : tokens[candidate.first].start] if previous is not None else ""
        if previous is not None and gap in (" and ", ", ", ", and "):
            chains[-1].append(candidate)
        else:
            chains.append([candidate])
    for chain in chains:
        start = tokens[chain[0].first].start
        end = tokens[chain[-1].last].end
        before = text[max(0, start - _REACH) : start]
        person = (
            _PEOPLE_LIST_BEFORE.search(before) is not None
            or _PLACED_BEFORE.search(before) is not None
            or (len(chain) == 1 and _ROLE_BEFORE.search(before) is not None)
            or (len(chain) == 1 and _SPEAKS_FOR_AFTER.match(text, end) is not None)
            or _PERSON_VERB_AFTER.match(text, end) is not None
            or (len(chain) == 1 and _OWN_DEED_AFTER.match(text, end) is not None)
        )
        if person:
            for candidate in chain:
                candidate.kind, candidate.found_by, candidate.confidence = (
                    ActorKind.person,
                    "a person by what the sentence says of the name",
                    0.5,
                )


def _reads_as_name(doc: ActorDocument, candidate: Candidate) -> bool:
    tokens = doc.tokens
    if candidate.last - candidate.first + 1 not in _NAME_WORDS:
        return False
    span = tokens[candidate.first : candidate.last + 1]
    if any(t.text.isupper() or not t.text[:1].isupper() for t in span):
        return False
    words = tuple(t.folded for t in span)
    if has_cue(words) or doc.gazetteer.lookup(words) is not None:
        return False
    # ("Berry" in "Sian Berry-Madoc": a family name, though an English word too)
    return all(zipf(word) < _RARE or is_given_name(word) or is_surname(word) for word in words)
