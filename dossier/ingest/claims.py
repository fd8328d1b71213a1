"""Keep every name and alias on one actor, as `dossier check` requires, whatever ingest proposes.

Names are compared as `dossier check` compares them (`checks.fold_name`: case-folded, NFKC),
so "SAN FRANCISCO" is "San Francisco". A draft whose name another actor (or an earlier draft
of this ingest) already holds is that actor: its mentions link there and no draft is written.
A place whose gazetteer name is held by a place ("Koeln" when "Köln" is filed) is that place,
too. Any other alias that is held elsewhere is dropped from the draft, which keeps its own
name and a note saying which actor holds the spelling, for the analyst to merge or not.
"""

from __future__ import annotations

from collections import defaultdict

from dossier.checks import fold_name
from dossier.ingest.bare_body_states import with_its_state
from dossier.ingest.body_initials import body_letters, body_of_a_state, letters_of_a_law, page_letters_joined
from dossier.ingest.every_states_bodies import bare_state_body, post_standing_for
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.known_place_lands import another_land, land_in_found_by, land_of_known_place, name_with_its_land
from dossier.ingest.mentions import ActorIndex, Mention, firm_stem, loose_name
from dossier.ingest.names import claim_id, fold_phrase, slug
from dossier.model import ActorKind

_PLACES = (ActorKind.place, ActorKind.state)


def settle_claims(
    drafts: list[ActorDraft],
    index: ActorIndex,
    text: str,
    places: Gazetteer | None = None,
    taken_ids: set[str] | None = None,
    states: dict[str, str] | None = None,
) -> tuple[list[ActorDraft], list[Mention]]:
    """The drafts to write, and the mentions of actors that drafts turned out to be. With `places` (the page's
    reading of the gazetteer), a place the page says lies in another land than the known place of its name is
    filed under its name and land (`known_place_lands`), with an id of that name where `taken_ids` is given.
    `states`: the state of each bare body the page drafts (`bare_body_states`), which says whose it is."""
    owners = _Owners(index)
    states = states or {}
    drafts = page_letters_joined(drafts)  # "BOJ" beside "Bank of Japan" on one page: one body
    drafts = letters_of_a_law(text, drafts)  # "IEEPA" beside "the International Emergency Economic Powers Act"
    if places is not None:
        for draft in drafts:
            _file_with_its_land(draft, index, places, taken_ids)
    kept: dict[str, ActorDraft] = {}
    linked: list[Mention] = []
    # The best-supported drafts claim their names first.
    for draft in sorted(drafts, key=lambda d: (-d.confidence, -len(d.spans), d.id)):
        if bare_state_body(draft.name):
            whose = _whose_body(draft, states.get(draft.id), owners, places, taken_ids)
            if whose is None:
                continue  # "Supreme Court" held by another source's record: maybe another state's
            if whose:
                linked += [Mention(whose, s, e, -1, -1, text[s:e], "name") for s, e in draft.spans]
                continue
        if owners.post_of_a_known_person(draft.name):
            continue  # "Foreign Secretary", a known person's spelling from her own page: maybe not her here
        holder = _holder(draft, owners, places)
        if holder is not None:
            if holder in kept:
                _join(kept[holder], draft, owners)
            else:
                linked += [Mention(holder, s, e, -1, -1, text[s:e], "name") for s, e in draft.spans]
            continue
        if len(owners.get(draft.name)) > 1:
            continue  # two actors already share this name (check reports it): link to neither, add nothing
        aliases = []
        for alias in draft.aliases:
            held = owners.get(alias) - {draft.id}
            if held:
                draft.notes.append(
                    f"also written '{alias}', a name actor '{sorted(held)[0]}' holds: merge them in review if they "
                    "are the same"
                )
            else:
                aliases.append(alias)
        draft.aliases = aliases
        for spelling in (draft.name, *draft.aliases):
            owners.claim(spelling, draft.id, draft.kind)
        kept[draft.id] = draft
    linked.sort(key=lambda m: m.start)
    return [draft for draft in drafts if draft.id in kept], linked


class _Owners:
    """Who holds each spelling: the known actors (the index's, left as they are) and this ingest's drafts."""

    def __init__(self, index: ActorIndex) -> None:
        # (spellings compared with one apostrophe mark: "Workers' Party" is the known "Workers’ Party")
        self._known = index.loose_owners
        self._actors = index.actors
        self._firm_stems = index.firm_stems
        self._claimed: dict[str, set[str]] = defaultdict(set)
        self._kinds: dict[str, ActorKind] = {}
        self._initials: dict[str, set[str]] | None = None
        self._states_bodies: dict[tuple[str, str], set[str]] | None = None

    def get(self, spelling: str) -> set[str]:
        folded = loose_name(spelling)
        return self._known.get(folded, set()) | self._claimed.get(folded, set())

    def known(self, spelling: str) -> set[str]:
        """The known actors (not this ingest's drafts) that hold `spelling`."""
        return self._known.get(loose_name(spelling), set())

    def post_of_a_known_person(self, spelling: str) -> bool:
        """Whether a known person holds `spelling` as a post and no name of hers (`post_standing_for`)."""
        return any(
            self._actors[actor_id].kind is ActorKind.person and post_standing_for(spelling, self._actors[actor_id].name)
            for actor_id in self.known(spelling)
        )

    def claim(self, spelling: str, actor_id: str, kind: ActorKind) -> None:
        self._claimed[loose_name(spelling)].add(actor_id)
        self._kinds[actor_id] = kind

    def firm(self, name: str) -> set[str]:
        """The known firms and outlets whose names are `name` give or take a legal ending ("Samsung Electronics
        Co Ltd", "Samsung Electronics", "Samsung Electronics Co")."""
        stem = firm_stem(fold_phrase(name))
        if not stem:
            return set()
        return {
            actor_id
            for actor_id in self._firm_stems.get(stem, set())
            if self._actors[actor_id].kind in (ActorKind.organization, ActorKind.media)
        }

    def by_initials(self, name: str) -> set[str]:
        """The known bodies (of earlier sources only) that `name` names by their initials, or whose initials
        `name` is."""
        if self._initials is None:
            self._initials = defaultdict(set)
            for actor in self._actors.values():
                if actor.kind is ActorKind.organization:
                    for letters in body_letters(actor.name):
                        self._initials[letters].add(actor.id)
        return {actor_id for letters in body_letters(name) for actor_id in self._initials.get(letters, set())}

    def of_the_state(self, name: str, places: Gazetteer | None) -> set[str]:
        """The known bodies (of earlier sources only) named as the same state's same body (`body_of_a_state`)."""
        if places is None or (key := body_of_a_state(name, places)) is None:
            return set()
        if self._states_bodies is None:
            self._states_bodies = defaultdict(set)
            for actor in self._actors.values():
                if actor.kind is not ActorKind.organization:
                    continue
                for spelling in (actor.name, *actor.aliases):
                    # (an alias too: a bare "Supreme Court" keeps its state's form as one, `bare_body_states`)
                    if (known := body_of_a_state(spelling, places)) is not None:
                        self._states_bodies[known].add(actor.id)
        return self._states_bodies.get(key, set())

    def of_the_same_state(self, name: str, places: Gazetteer | None) -> set[str]:
        """The known bodies named so, or whose name or alias names the same state's same body."""
        return self.known(name) or self.of_the_state(name, places)

    def of_another_state(self, actor_ids: set[str], state: str, places: Gazetteer | None) -> list[bool]:
        """For each known body: whether a spelling it holds names it as another state's than `state`."""
        if places is None:
            return [False for _ in actor_ids]
        return [
            any(
                (key := body_of_a_state(spelling, places)) is not None and key[1] != state
                for spelling in (self._actors[actor_id].name, *self._actors[actor_id].aliases)
            )
            for actor_id in actor_ids
            if actor_id in self._actors
        ]

    def kind(self, actor_id: str) -> ActorKind | None:
        known = self._actors.get(actor_id)
        return self._kinds.get(actor_id) or (known.kind if known is not None else None)


def _file_with_its_land(draft: ActorDraft, index: ActorIndex, places: Gazetteer, taken_ids: set[str] | None) -> None:
    """'Perth' on a page about Scotland, where the workspace's Perth is Australia's: 'Perth, United Kingdom'."""
    if draft.kind is not ActorKind.place:
        return
    land = land_in_found_by(draft.found_by)
    if land is not None and index.owners.get(fold_name(name_with_its_land(draft.name, land))):
        draft.name = name_with_its_land(draft.name, land)  # filed so before: the place of that name (`_holder`)
        return
    held = index.owners.get(fold_name(draft.name), set())
    known = index.actors.get(next(iter(held))) if len(held) == 1 else None
    if known is None or known.kind is not ActorKind.place:
        return
    meant = another_land(known, places, " ".join(fold_phrase(draft.name)), index.actors)
    if meant is None or land is None or meant.country != land:
        return  # (the page's own place is the one the draft was found as)
    old = draft.name
    draft.name = name_with_its_land(old, land)
    if taken_ids is not None:
        draft.id = claim_id(slug(draft.name, 60), taken_ids)
    draft.aliases = [alias for alias in draft.aliases if fold_name(alias) != fold_name(old)]
    # (not the same place: no suggestion to merge it with the place it is named after)
    draft.notes = [note for note in draft.notes if not note.startswith(f"looks like existing actor '{known.id}'")]
    known_land = land_of_known_place(known, index.actors)
    draft.notes.append(
        f"another place than actor '{known.id}' ({old}, {known_land}), which holds the name: this source means {old}, "
        f"{land}"
    )


def _whose_body(
    draft: ActorDraft, state: str | None, owners: _Owners, places: Gazetteer | None, taken_ids: set[str] | None
) -> str | None:
    """For a bare body or post ("Supreme Court") of a page that says whose it is: the known record of that state's
    body to link to; else "" and the draft kept, named with its state if the bare name is another record's ("Supreme
    Court of the United States"), its state's form an alias otherwise. None: the draft is left out (the bare name
    is held and the page says no state, or a post of another state: a post alone is no new record)."""
    held = owners.known(draft.name)
    if state is None:
        return None if held else ""
    full = with_its_state(draft.name, state)
    same = owners.of_the_same_state(full, places)
    if len(same) == 1:
        return next(iter(same))
    if same or owners.get(full):
        return None if held else ""
    if not held:
        draft.aliases.append(full)
        return ""
    if draft.kind is not ActorKind.organization or not all(owners.of_another_state(held, state, places)):
        return None  # (a known bare body whose state no page said may be this state's: no second record of it)
    draft.aliases = [alias for alias in draft.aliases if not owners.get(alias)]
    draft.name = full
    if taken_ids is not None:
        draft.id = claim_id(slug(full, 60), taken_ids)
    return ""


def _holder(draft: ActorDraft, owners: _Owners, places: Gazetteer | None = None) -> str | None:
    """The one actor that already holds this draft's name (or, for a place, any of its spellings)."""
    held = owners.get(draft.name)
    if len(held) == 1:
        return next(iter(held))
    if not held and draft.kind is ActorKind.organization:
        # A firm is one actor with or without its legal ending, across sources as within one.
        firms = owners.firm(draft.name)
        if len(firms) == 1:
            return next(iter(firms))
    if not held and draft.kind is ActorKind.organization:
        # "FOMC" on one page, "Federal Open Market Committee" on another: one body (`same_body_by_initials`)
        bodies = owners.by_initials(draft.name)
        if len(bodies) == 1:
            return next(iter(bodies))
        # "Constitutional Court of South Korea" on one page, "South Korean Constitutional Court" on another
        bodies = owners.of_the_state(draft.name, places)
        if len(bodies) == 1:
            return next(iter(bodies))
    if held or draft.kind not in _PLACES:
        return None
    for alias in draft.aliases:
        held = {owner for owner in owners.get(alias) if owners.kind(owner) in _PLACES}
        if len(held) == 1:
            return next(iter(held))
    return None


def _join(into: ActorDraft, draft: ActorDraft, owners: _Owners) -> None:
    """Another spelling of a draft of this ingest: its mentions, and its spellings no one holds."""
    into.spans = sorted(into.spans + draft.spans)
    into.confidence = max(into.confidence, draft.confidence)
    for spelling in (draft.name, *draft.aliases):
        if not owners.get(spelling):
            into.aliases.append(spelling)
            owners.claim(spelling, into.id, into.kind)
