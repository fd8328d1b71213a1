"""The part of a workspace that an export of one record takes: the record and its neighbours.

Exporting one actor or event to FtM, STIX, CSV or JSON Lines gives a file that stands on its
own: the record, the quotes about it, the events it takes part in (or, for an event, its
participants and place), the sources of those quotes, and every actor or event those
quotes and events name, so no reference in the file points at nothing. The result is a
`Workspace` holding only those records, read from the same folder (source texts included).
"""

from __future__ import annotations

from dossier.workspace import Workspace


def neighbourhood(workspace: Workspace, record_id: str) -> Workspace:
    """A workspace of `record_id` (an actor or event), what is said about it, and what that names."""
    quotes = [quote for quote in workspace.quotes.values() if record_id in quote.about]
    if record_id in workspace.actors:
        events = workspace.events_of_actor(record_id)
    else:
        events = [workspace.events[record_id]]
    named: set[str] = {record_id}
    for event in events:
        named.add(event.id)
        named.update(part.actor for part in event.participants)
        if event.place:
            named.add(event.place)
    for quote in quotes:
        named.update(quote.about)
        if quote.attributed_to in workspace.actors:
            named.add(quote.attributed_to)
    sources = {quote.source for quote in quotes}
    part = Workspace(root=workspace.root)
    part._texts = workspace._texts  # share texts already read
    part.actors = {key: actor for key, actor in workspace.actors.items() if key in named}
    # Relations of the chosen actors may name actors outside: they come along, without their own relations' targets.
    for actor in list(part.actors.values()):
        for relation in actor.relations:
            if relation.target in workspace.actors:
                part.actors.setdefault(relation.target, workspace.actors[relation.target])
    part.events = {key: event for key, event in workspace.events.items() if key in named}
    part.quotes = {quote.id: quote for quote in quotes}
    part.sources = {key: source for key, source in workspace.sources.items() if key in sources}
    part.unloaded = set(workspace.unloaded)
    return part
