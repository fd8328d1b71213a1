"""Pages read alone against the same pages read one after another into one workspace.

Analysts ingest source after source into one workspace, so each page meets the actors that
earlier pages drafted, and known actors are linked before the name rules run. A page should name
the same actors either way: a name that a page alone drafts, and that the shared run neither
drafts nor links under that spelling, was lost to a known actor ("Commission" taking the last
word of "Securities and Exchange Commission"); a draft only the shared run makes is usually the
rest of such a name, cut short. A place the shared run files with its land beside a known namesake of another
land ("Perth, United Kingdom" beside an Australian "Perth") still names what the page wrote, and is counted apart.

    python -m benchmarks.ingest_bench --shared benchmarks/real_probes
    python -m benchmarks.ingest_bench --shared benchmarks/real_probes benchmarks/lang_pages

With several folders, their pages go into the one workspace folder after folder (English pages
first, then other languages' pages meet the actors the English ones drafted).

Pages are read in name order with `extract()` (what ingest runs), each one's drafts becoming
known actors for the next, as `IngestSession` does; nothing is written to disk.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.extract_digest import documents
from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.known_place_lands import land_in_found_by
from dossier.ingest.language import detect_language
from dossier.ingest.mentions import ActorIndex
from dossier.ingest.names import fold_phrase
from dossier.model import Actor, ActorKind, Status


def shared_workspace(folders: list[Path], show: int) -> list[tuple[str, str]]:
    texts = [text for folder in folders for text in documents(folder)]
    index = ActorIndex([])
    taken: set[str] = set()
    alone_count = lost_count = extra_count = other_kind_count = filed_apart = 0
    lost_examples: list[str] = []
    other_kind_examples: list[str] = []
    extra_examples: list[str] = []
    started = time.perf_counter()
    for number, (name, text) in enumerate(texts):
        language = detect_language(text) or "en"
        alone = extract(text, None, [], set(), f"alone{number}", language=language)
        shared = extract(
            text, None, list(index.actors.values()), taken, f"shared{number}", index=index, language=language
        )
        named = {fold_phrase(spelling) for draft in shared.actors for spelling in _spellings(draft)}
        filed_apart += sum(_bare_name(draft) != draft.name for draft in shared.actors)
        linked_kinds: dict[tuple[str, ...], set[str]] = {}
        for mention in shared.mentions:
            actor = index.actors.get(mention.actor_id)
            if actor is not None:
                named.update(fold_phrase(spelling) for spelling in _spellings(actor))
                linked_kinds.setdefault(fold_phrase(mention.text), set()).add(_kind_class(actor.kind))
        read_alone = {fold_phrase(spelling) for draft in alone.actors for spelling in (draft.name, *draft.aliases)}
        alone_count += len(alone.actors)
        for draft in alone.actors:
            if not any(fold_phrase(spelling) in named for spelling in (draft.name, *draft.aliases)):
                lost_count += 1
                lost_examples.append(f"{draft.name} [{name}]")
            elif linked_kinds.get(fold_phrase(draft.name), set()) - {_kind_class(draft.kind)}:
                # "Brough" a town alone, but linked to a known Tom Brough in the shared run
                other_kind_count += 1
                other_kind_examples.append(f"{draft.name} [{name}]")
        for draft in shared.actors:
            if fold_phrase(_bare_name(draft)) not in read_alone:
                extra_count += 1
                extra_examples.append(f"{draft.name} [{name}]")
        for draft in shared.actors:
            # (with what it was found by, as ingest writes it: a place's land is read from it)
            index.add(
                Actor(
                    id=draft.id,
                    name=draft.name,
                    kind=draft.kind,
                    aliases=draft.aliases,
                    status=Status.draft,
                    found_by=draft.found_by,
                )
            )
    seconds = time.perf_counter() - started
    rows = [
        ("pages", f"{len(texts)}; {len(index.actors):,} actors known by the last one"),
        ("names a page drafts when read alone", f"{alone_count:,}"),
        ("  lost in the shared workspace", f"{lost_count} = {lost_count / max(1, alone_count):.1%}"),
        ("  linked to a known actor of another kind", f"{other_kind_count}"),
        ("  drafts only the shared workspace makes", f"{extra_count}"),
        ("  places filed with their land beside a namesake", f"{filed_apart}"),
        ("time (every page read twice)", f"{seconds:.1f} s"),
    ]
    if show:
        rows.append(("  lost, first ones", "; ".join(lost_examples[:show])))
        rows.append(("  another kind, first ones", "; ".join(other_kind_examples[:show])))
        rows.append(("  only shared, first ones", "; ".join(extra_examples[:show])))
    return rows


def _bare_name(actor: Actor | ActorDraft) -> str:
    """The name the page wrote: "Perth" of a place filed as "Perth, United Kingdom" beside another land's Perth."""
    land = land_in_found_by(actor.found_by)
    return actor.name.removesuffix(f", {land}") if land is not None else actor.name


def _spellings(actor: Actor | ActorDraft) -> set[str]:
    return {actor.name, *actor.aliases, _bare_name(actor)}


def _kind_class(kind: ActorKind) -> str:
    """A kind, with a state and a place taken as one (a gazetteer town may be drafted either way)."""
    return "place" if kind in (ActorKind.place, ActorKind.state) else kind.value
