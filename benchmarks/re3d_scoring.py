"""The re3d scoring rule (as `re3d-dev/README.md` states it), for the ingest benchmark.

One document's drafts are compared with its gold entities:
- recall: of the document's distinct Person / Organisation / Location *proper names* (every
  word but name glue starts with a capital or a digit; pronouns left out), the share that
  some actor draft's name or alias matches;
- precision: the share of actor drafts whose name or alias matches any gold named entity
  (those three types, Nationality, Weapon, MilitaryPlatform, Vehicle), a state also matching
  its nationality ("Syria" for "Syrian");
- strict: equal after folding case, punctuation and a leading "the"; lenient: also when the
  shorter (5 characters or more) stands as whole words inside the longer;
- kind right: of the drafts that match a gold entity of a known type, those whose kind fits it;
- dates: gold Temporal values naming a day, month or year found in (or containing) some
  event draft's `date_text`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from dossier.ingest.names import word_set

RECALL_TYPES = frozenset({"Person", "Organisation", "Location"})
NAMED_TYPES = RECALL_TYPES | {"Nationality", "MilitaryPlatform", "Vehicle", "Weapon"}
KIND_FITS: dict[str, frozenset[str]] = {
    "person": frozenset({"Person"}),
    "organization": frozenset({"Organisation"}),
    "armed_force": frozenset({"Organisation"}),
    "media": frozenset({"Organisation"}),
    "state": frozenset({"Location", "Organisation", "Nationality"}),
    "place": frozenset({"Location"}),
}
_PRONOUNS = word_set("he his him she her they them their it its we our us i you who")
_GLUE = word_set("of the and for on in at to a an al el bin ibn de da du la le van von der y")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|an|ar|az)[-‐]")
_DATE_WORDS = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b1[89]\d\d\b|\b20\d\d\b"
)


def norm(value: str) -> str:
    """Case, punctuation, spacing and a leading "the" folded away."""
    text = unicodedata.normalize("NFKC", value).casefold().replace("’", "'")
    text = " ".join(re.sub(r"[^\w\s]", " ", text).split())
    return text[4:] if text.startswith("the ") else text


def is_proper_name(value: str) -> bool:
    words = [_ARTICLE_PREFIX.sub("", w) for w in re.findall(r"[\w'’.‐-]+", value)]
    content = [w.strip("'’.‐-") for w in words]
    content = [w for w in content if w and w.lower() not in _GLUE]
    if not content or norm(value) in _PRONOUNS:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content)


def names_match(a: str, b: str, lenient: bool) -> bool:
    if a == b:
        return True
    if not lenient:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and re.search(rf"\b{re.escape(short)}\b", long) is not None


def is_demonym_of(state: str, nationality: str) -> bool:
    """A common start of at least 4 letters and 60% of the shorter: Syria / Syrian."""
    shared = 0
    for x, y in zip(state, nationality, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= 4 and shared >= 0.6 * min(len(state), len(nationality))


@dataclass
class DraftActor:
    name: str
    kind: str
    spellings: set[str]  # normalised name and aliases


@dataclass
class DocumentScore:
    gold: int = 0
    found: dict[str, int] = field(default_factory=lambda: {"strict": 0, "lenient": 0})
    drafts: int = 0
    good: dict[str, int] = field(default_factory=lambda: {"strict": 0, "lenient": 0})
    typed: int = 0
    kind_right: int = 0
    dates: int = 0
    dates_found: int = 0
    wrong: list[str] = field(default_factory=list)  # drafts matching no gold entity
    missed: list[str] = field(default_factory=list)  # gold names no draft matches (lenient)
    # gold names matched only leniently: "gold <- the drafts' spellings that come near it"
    cut: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)


def score_document(entities: list[list], actors: list[DraftActor], date_texts: list[str]) -> DocumentScore:
    """`entities`: re3d's [type, value, begin, end] rows for one document."""
    recall_names = {norm(v) for t, v, *_ in entities if t in RECALL_TYPES and is_proper_name(v)}
    named = {norm(v) for t, v, *_ in entities if t in NAMED_TYPES}
    nationalities = {norm(v) for t, v, *_ in entities if t == "Nationality"}
    types: dict[str, set[str]] = {}
    for t, v, *_ in entities:
        types.setdefault(norm(v), set()).add(t)
    gold_dates = {norm(v) for t, v, *_ in entities if t == "Temporal" and _DATE_WORDS.search(v)}
    folded_dates = [norm(d) for d in date_texts if d]

    score = DocumentScore(gold=len(recall_names), drafts=len(actors), dates=len(gold_dates))
    score.dates_found = sum(1 for g in gold_dates if any(g in d or d in g for d in folded_dates))
    for mode in ("strict", "lenient"):
        lenient = mode == "lenient"
        found = {g for g in recall_names if any(names_match(s, g, lenient) for a in actors for s in a.spellings)}
        score.found[mode] = len(found)
        if lenient:
            score.missed = sorted(recall_names - found)
        else:
            for g in sorted(recall_names - found):
                near = sorted({s for a in actors for s in a.spellings if names_match(s, g, True)})
                if near:
                    score.cut.append(f"{g} <- {' | '.join(near)}")
        for actor in actors:
            good = any(names_match(s, g, lenient) for s in actor.spellings for g in named) or any(
                is_demonym_of(s, n) for s in actor.spellings for n in nationalities
            )
            score.good[mode] += good
            if not lenient:
                continue
            if not good:
                score.wrong.append(f"{actor.name} ({actor.kind})")
                continue
            fits = {t for g, ts in types.items() for t in ts if any(names_match(s, g, True) for s in actor.spellings)}
            if fits:
                score.typed += 1
                if fits & KIND_FITS.get(actor.kind, frozenset()):
                    score.kind_right += 1
                else:
                    score.wrong_kind.append(f"{actor.name} ({actor.kind}; gold {'/'.join(sorted(fits))})")
    return score
