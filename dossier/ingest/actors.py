"""Propose new actors: capitalised names the workspace does not know yet, with a kind guess.

A careful reader files people ("Defence Minister X", "Boris Johnson"), states and their
demonyms ("Belarusian" is Belarus), organisations ("NATO", "Biden administration"), armed
forces, media and places (from the gazetteer, or from the word after them: "Senkivka
checkpoint", "Mogilev region"). The rules here are deliberately plain, each leaving a
`found_by` that says why, since the analyst reviews every draft. Spellings of one name
(Lukashenka, Lukashenko, the surname alone) become one draft with aliases. A draft that
looks like an existing actor (Pinsk for Minsk) stays a draft and carries the suggestion:
merging is the analyst's call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.mentions import ActorIndex, Mention, Token
from dossier.ingest.names import claim_id, fold, fold_phrase, skeleton, slug, variant_key, word_set
from dossier.ingest.sentences import Sentence
from dossier.model import ActorKind

# Capitalised words that start sentences or headings but never name anyone.
STOPWORDS = word_set(
    """
    a an the this that these those he she it its they them their there his her we our i you your
    and but or nor so yet if as at by for from in into of on onto to with without about after before
    also although though despite likewise meanwhile however earlier later then when while where why what who
    which how according just some many most several all any each both other another such only even still
    not no yes here now today yesterday tomorrow last next new mr mrs ms dr
    western eastern northern southern
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)
TITLES = word_set(
    """
    president vice prime minister defence defense foreign interior deputy secretary general gen lt col
    colonel major captain commander marshal admiral chancellor king queen prince princess pope senator
    governor mayor ambassador spokesman spokeswoman spokesperson chief leader premier chairman chairwoman
    sheikh emir sultan mr mrs ms dr sir lord lady elder bishop father judge
    """
)
# Titles that can stand alone before a name ("President Putin"), not just as part of one.
_PLACE_AFTER = word_set(
    "checkpoint airfield airbase airport base region oblast district province border city village town river "
    "port crossing bridge station camp county valley lake island mountains hills"
)
_FACILITY_AFTER = word_set("checkpoint airfield airbase airport base crossing bridge station camp port")
_ORG_AFTER = word_set("administration government regime ministry party")
_ORG_WORDS = word_set(
    """
    ministry agency council party union organization organisation committee bank court parliament
    administration government service office institute commission alliance federation assembly company
    corporation group foundation association league kremlin pentagon
    """
)
_ARMED_WORDS = word_set("army navy forces force guard guards brigade regiment division corps military militia")
_MEDIA_WORDS = word_set(
    "news times post press tv radio gazette journal telegraph tribune herald courier ledger wire daily observer "
    "chronicle examiner standard mail express monitor review guardian"
)
_KNOWN_MEDIA = word_set("reuters ap afp tass bbc cnn ria interfax belta ukrinform bloomberg aljazeera")
_PLACE_BEFORE = word_set("in at near from to towards toward outside inside into across")
_PLACE_NOUNS = word_set("village villages town towns city cities region province district")
# Words after a name that say a person did something ("Boris Johnson announced").
_PERSON_VERBS = word_set(
    "said says told announced declared added denied warned insisted visited met wrote accused confirmed stated"
)
_JOINERS = frozenset({"of", "for"})
_TITLE_OF = word_set("university bank house department secretary minister ministry chief head")


@dataclass
class ActorDraft:
    """A proposed new actor, with every span of the text that names it."""

    id: str
    name: str
    kind: ActorKind
    found_by: str
    aliases: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Candidate:
    first: int
    last: int
    name: str
    kind: ActorKind
    found_by: str
    canonical: str | None = None  # the gazetteer's or demonym's name, when the draft takes it
    gazetteer_name: str | None = None


def heading_sentences(sentences: list[Sentence], tokens: list[Token], starts: list[int]) -> set[int]:
    """Indexes of sentences that read as headings (Title Case, no closing full stop)."""
    headings: set[int] = set()
    for sentence in sentences:
        if sentence.text.endswith((".", "!", "”", '"', ":")):
            continue
        words = _tokens_in(tokens, starts, sentence.start, sentence.end)
        if len(words) >= 2 and sum(tokens[i].capitalised for i in words) / len(words) >= 0.5:
            headings.add(sentence.index)
    return headings


def _tokens_in(tokens: list[Token], starts: list[int], start: int, end: int) -> range:
    import bisect

    return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))


def propose_actors(
    text: str,
    tokens: list[Token],
    sentences: list[Sentence],
    known: list[Mention],
    index: ActorIndex,
    gazetteer: Gazetteer,
    taken_ids: set[str],
    rejected: frozenset[tuple[str, ...]] = frozenset(),
) -> tuple[list[ActorDraft], list[Mention]]:
    """New actor drafts, and the extra mentions of known actors found on the way (U.S. for United States).

    `rejected`: folded names of drafts the analyst rejected before; they are not proposed again.
    """
    starts = [token.start for token in tokens]
    covered = [False] * len(tokens)
    for mention in known:
        for i in range(mention.first, mention.last + 1):
            covered[i] = True
    headings = heading_sentences(sentences, tokens, starts)
    skip = [False] * len(tokens)
    sentence_first: set[int] = set()
    for sentence in sentences:
        words = _tokens_in(tokens, starts, sentence.start, sentence.end)
        if words:
            sentence_first.add(words[0])
        if sentence.index in headings:
            for i in words:
                skip[i] = True
    # Words seen capitalised somewhere other than at a sentence start: names, not sentence openers.
    confirmed = {
        token.folded for i, token in enumerate(tokens) if token.capitalised and i not in sentence_first and not skip[i]
    }
    alone = {
        token.folded
        for i, token in enumerate(tokens)
        if token.capitalised
        and not (i > 0 and tokens[i - 1].joined and tokens[i - 1].capitalised)
        and not (token.joined and i + 1 < len(tokens) and tokens[i + 1].capitalised)
    }
    candidates: list[_Candidate] = []
    extra_known: list[Mention] = []
    i = 0
    count = len(tokens)
    while i < count:
        if covered[i] or skip[i] or not tokens[i].capitalised:
            i += 1
            continue
        last = i
        while last + 1 < count and tokens[last].joined and not covered[last + 1] and not skip[last + 1]:
            nxt = tokens[last + 1]
            if nxt.capitalised:
                last += 1
            elif (
                nxt.folded in _JOINERS
                and tokens[last].folded in _ORG_WORDS | _ARMED_WORDS | _TITLE_OF
                and last + 2 < count
                and tokens[last + 2].capitalised
                and nxt.joined
            ):
                # "Ministry of Defence", "Bank of England"; not "Joss Quarrie of Tremmin".
                last += 2
            else:
                break
        for candidate in _read_run(tokens, i, last, sentence_first, (confirmed, alone), gazetteer, text):
            official = candidate.canonical or candidate.gazetteer_name
            hit = index.lookup(fold_phrase(official)) if official else None
            if hit is not None:
                # The gazetteer or a demonym says which known actor this is (U.S. -> United States).
                start, end = tokens[candidate.first].start, tokens[candidate.last].end
                extra_known.append(
                    Mention(
                        hit[0],
                        start,
                        end,
                        candidate.first,
                        candidate.last,
                        text[start:end],
                        "gazetteer" if candidate.kind is not ActorKind.state else "state name",
                    )
                )
            else:
                candidates.append(candidate)
        i = last + 1
    for candidate in _institutions(tokens, gazetteer):
        hit = index.lookup(fold_phrase(candidate.canonical or candidate.name))
        if hit is None:
            hit = index.lookup(fold_phrase(candidate.name))
        if hit is not None:
            start, end = tokens[candidate.first].start, tokens[candidate.last].end
            extra_known.append(
                Mention(hit[0], start, end, candidate.first, candidate.last, text[start:end], "institution")
            )
        else:
            candidates.append(candidate)
    # Names the analyst rejected in review are not proposed again.
    candidates = [c for c in candidates if fold_phrase(c.canonical or c.name) not in rejected]
    drafts = _group(candidates, tokens, index, taken_ids)
    return drafts, extra_known


def _read_run(
    tokens: list[Token],
    first: int,
    last: int,
    sentence_first: set[int],
    seen: tuple[set[str], set[str]],
    gazetteer: Gazetteer,
    text: str,
) -> list[_Candidate]:
    """The candidates in one run of capitalised words (a demonym, a title, then a name).

    `seen`: words capitalised other than at a sentence start, and words that stand alone
    as a name somewhere (a surname used on its own is a sign of a person).
    """
    confirmed, alone = seen
    found: list[_Candidate] = []
    position = first
    title: list[str] = []
    previous = tokens[first - 1].folded if first > 0 else ""
    while position <= last:
        word = tokens[position].folded
        country = gazetteer.country_of_demonym(word)
        if country is None and word.endswith("s"):
            country = gazetteer.country_of_demonym(word[:-1])  # "Russians"
        if country is not None:
            found.append(
                _Candidate(
                    position,
                    position,
                    country,
                    ActorKind.state,
                    f"demonym '{tokens[position].text}'",
                    canonical=country,
                )
            )
            position += 1
            continue
        if word in STOPWORDS and not title:
            position += 1
            continue
        if word in TITLES and position < last:
            title.append(tokens[position].text)
            position += 1
            continue
        break
    if position > last or all(tokens[i].folded in TITLES for i in range(position, last + 1)):
        return found  # nothing left, or a title alone ("President" before a known name)
    # A state inside a run is a name of its own: "Russia-Ukraine talks", "Belarus Support Russia".
    for inner in range(position, last + 1):
        place = gazetteer.lookup((tokens[inner].folded,))
        if place is not None and place.kind == "state" and position < last:
            if inner > position:
                found += _read_run(tokens, position, inner - 1, sentence_first, seen, gazetteer, text)
            found.append(
                _Candidate(inner, inner, place.name, ActorKind.state, f"gazetteer: {place.name}", canonical=place.name)
            )
            if inner < last:
                found += _read_run(tokens, inner + 1, last, sentence_first, seen, gazetteer, text)
            return found
    words = tuple(tokens[i].folded for i in range(position, last + 1))
    name = re.sub(r"['’]s$", "", text[tokens[position].start : tokens[last].end])
    if "." in tokens[last].text and text[tokens[last].end : tokens[last].end + 1] == ".":
        name += "."  # U.S., A.P.
    after = tokens[last + 1].folded if last + 1 < len(tokens) and tokens[last].joined else ""
    size = last - position + 1
    if title or (previous in TITLES and size <= 3):
        how = f"title '{' '.join(title) or previous}'"
        found.append(_Candidate(position, last, name, ActorKind.person, how))
        return found
    place = gazetteer.lookup(words)
    if place is not None:
        kind = ActorKind.state if place.kind == "state" else ActorKind.place
        where = f", {place.country}" if place.country else ""
        # A state goes by its usual name (U.S. is United States); a place by the source's spelling
        # (Gomel, not GeoNames' Homyel'), with the gazetteer's as an alias.
        found.append(
            _Candidate(
                position,
                last,
                name,
                kind,
                f"gazetteer: {place.name}{where}",
                canonical=place.name if kind is ActorKind.state else None,
                gazetteer_name=place.name,
            )
        )
        return found
    if size == 1 and position in sentence_first and words[0] not in confirmed and words[0] not in _KNOWN_MEDIA:
        return found  # a capitalised sentence opener seen nowhere else: an ordinary word
    if len(words[0]) < 2 and size == 1:
        return found
    if after in _FACILITY_AFTER:
        label = text[tokens[position].start : tokens[last + 1].end]
        found.append(_Candidate(position, last + 1, label, ActorKind.place, f"followed by '{after}'"))
    elif after in _PLACE_AFTER:
        found.append(_Candidate(position, last, name, ActorKind.place, f"followed by '{after}'"))
    elif after in _ORG_AFTER:
        label = text[tokens[position].start : tokens[last + 1].end]
        found.append(_Candidate(position, last + 1, label, ActorKind.organization, f"followed by '{after}'"))
    elif words[-1] in _ARMED_WORDS:
        found.append(_Candidate(position, last, name, ActorKind.armed_force, f"ends with '{tokens[last].text}'"))
    elif words[-1] in _MEDIA_WORDS or (size == 1 and words[0] in _KNOWN_MEDIA):
        found.append(_Candidate(position, last, name, ActorKind.media, "a news outlet's name"))
    elif any(word in _ORG_WORDS for word in words):
        found.append(_Candidate(position, last, name, ActorKind.organization, "an organisation's word in its name"))
    elif size == 1 and re.fullmatch(r"[A-Z][A-Z.]{1,7}", tokens[position].text):
        found.append(_Candidate(position, last, name, ActorKind.organization, "an acronym"))
    elif 2 <= size <= 3 and after in _PERSON_VERBS:
        found.append(_Candidate(position, last, name, ActorKind.person, f"a name followed by '{after}'"))
    elif 2 <= size <= 3 and words[-1] in alone:
        found.append(_Candidate(position, last, name, ActorKind.person, "a name whose last word is used alone"))
    elif size == 1 and (previous in _PLACE_BEFORE or previous in _PLACE_NOUNS or _after_place_noun(tokens, position)):
        found.append(_Candidate(position, last, name, ActorKind.place, f"after '{previous}'"))
    elif size == 1 and after in _PERSON_VERBS:
        found.append(_Candidate(position, last, name, ActorKind.person, f"a name followed by '{after}'"))
        found.append(_Candidate(position, last, name, ActorKind.place, f"after '{previous}'"))
    else:
        found.append(_Candidate(position, last, name, ActorKind.other, "a capitalised name"))
    return found


# "Russian troops", "Ukrainian government", "U.S. intelligence": a state's institutions, named by
# a demonym or the state's name and a lower-case noun. Troops and soldiers are filed under the
# armed forces they belong to.
_INSTITUTIONS: dict[tuple[str, ...], tuple[str, ActorKind]] = {
    ("government",): ("government", ActorKind.organization),
    ("intelligence",): ("intelligence", ActorKind.organization),
    ("intelligence", "services"): ("intelligence", ActorKind.organization),
    ("troops",): ("armed forces", ActorKind.armed_force),
    ("soldiers",): ("armed forces", ActorKind.armed_force),
    ("military",): ("armed forces", ActorKind.armed_force),
    ("army",): ("armed forces", ActorKind.armed_force),
    ("armed", "forces"): ("armed forces", ActorKind.armed_force),
    ("forces",): ("armed forces", ActorKind.armed_force),
    ("nuclear", "forces"): ("nuclear forces", ActorKind.armed_force),
    ("state", "media"): ("state media", ActorKind.media),
}


def _institutions(tokens: list[Token], gazetteer: Gazetteer) -> list[_Candidate]:
    found: list[_Candidate] = []
    for i, token in enumerate(tokens):
        if not token.capitalised or not token.joined or i + 1 >= len(tokens):
            continue
        country = gazetteer.country_of_demonym(token.folded)
        place = None if country else gazetteer.lookup((token.folded,))
        if country is None and (place is None or place.kind != "state"):
            continue
        for size in (2, 1):
            words = tuple(t.folded for t in tokens[i + 1 : i + 1 + size])
            if len(words) < size or tokens[i + 1].capitalised or (size == 2 and not tokens[i + 1].joined):
                continue
            entry = _INSTITUTIONS.get(words)
            if entry is None:
                continue
            noun, kind = entry
            last = i + size
            head = token.text + ("." if "." in token.text else "")  # U.S.
            phrase = " ".join([head, *(t.text for t in tokens[i + 1 : last + 1])])
            canonical = f"{head} {noun}"
            found.append(
                _Candidate(
                    i,
                    last,
                    phrase,
                    kind,
                    f"'{phrase}': a state's institution",
                    canonical=canonical if canonical != phrase else None,
                )
            )
            break
    return found


def _after_place_noun(tokens: list[Token], position: int) -> bool:
    """ "the villages of Oskeldorf and Tremmin": a name in a list after a place noun."""
    back = position - 1
    while back >= 0 and back >= position - 4:
        word = tokens[back].folded
        if word in _PLACE_NOUNS:
            return True
        if word not in ("of", "and", "or") and not tokens[back].capitalised:
            return False
        back -= 1
    return False


def _group(candidates: list[_Candidate], tokens: list[Token], index: ActorIndex, taken: set[str]) -> list[ActorDraft]:
    """One draft per actor: spellings that fold, transliterate or shorten to the same name join."""
    from rapidfuzz import fuzz, process

    drafts: list[ActorDraft] = []
    by_key: dict[tuple[str, ...], ActorDraft] = {}
    by_variant: dict[tuple[str, ...], ActorDraft] = {}
    by_surname: dict[str, ActorDraft] = {}
    # Longer names first, so "Lukashenka" alone finds "Alyaksandr Lukashenka".
    ordered = sorted(candidates, key=lambda c: (-(c.last - c.first), c.first))
    for candidate in ordered:
        name = candidate.canonical or candidate.name
        key = fold_phrase(name)
        if not key:
            continue
        variant = variant_key(key)
        draft = by_key.get(key) or (by_variant.get(variant) if variant else None)
        if draft is None and len(key) == 1:
            draft = by_surname.get(key[0]) or by_surname.get(skeleton(key[0]))
        span = (tokens[candidate.first].start, tokens[candidate.last].end)
        if draft is None:
            draft = ActorDraft(claim_id(slug(name, 60), taken), name, candidate.kind, candidate.found_by)
            for spelling in (candidate.name, candidate.gazetteer_name):
                if spelling and fold_phrase(spelling) != key and "demonym" not in candidate.found_by:
                    draft.aliases.append(spelling)
            drafts.append(draft)
            if candidate.kind is ActorKind.person and len(key) > 1 and len(key[-1]) >= 4:
                by_surname.setdefault(key[-1], draft)
                by_surname.setdefault(skeleton(key[-1]), draft)
        else:
            if draft.kind is ActorKind.other and candidate.kind is not ActorKind.other:
                # Another mention says more ("reached Oskeldorf" then "the villages of Oskeldorf").
                draft.kind, draft.found_by = candidate.kind, candidate.found_by
            spelling = candidate.name
            # A new spelling (Lukashenko beside Lukashenka) is an alias; the surname alone is not.
            words = {word for known in (draft.name, *draft.aliases) for word in fold_phrase(known)}
            if "demonym" not in candidate.found_by and not set(fold_phrase(spelling)) <= words:
                draft.aliases.append(spelling)
        by_key.setdefault(key, draft)
        if variant:
            by_variant.setdefault(variant, draft)
        draft.spans.append(span)
    # Suggestions: a draft that looks like an existing actor is for the analyst to merge, or not.
    choices = {actor_id: " ".join(fold_phrase(actor.name)) for actor_id, actor in index.actors.items()}
    for actor_id, actor in index.actors.items():
        for number, alias in enumerate(actor.aliases):
            choices[f"{actor_id}\x00{number}"] = " ".join(fold_phrase(alias))
    if choices:
        for draft in drafts:
            best = process.extractOne(" ".join(fold_phrase(draft.name)), choices, scorer=fuzz.ratio, score_cutoff=75)
            if best is not None:
                actor_id = best[2].split("\x00")[0]
                draft.notes.append(
                    f"looks like existing actor '{actor_id}' ({index.actors[actor_id].name}), "
                    f"similarity {best[1]:.0f}: merge it in review if they are the same"
                )
    for draft in drafts:
        draft.spans.sort()
    return drafts


def fold_name(name: str) -> str:
    return " ".join(fold(word) for word in name.split())
