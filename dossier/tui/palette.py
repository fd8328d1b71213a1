"""Command palette providers: jump to any actor, event or source by name or alias, or run a command.

Names come from the workspace and are untrusted: matches are highlighted on plain Content
(Textual's `Matcher.highlight` would read the candidate as markup).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from dossier.tui.commands import COMMANDS, available
from dossier.tui.messages import OpenRecord
from dossier.tui.text import markup_literal, plain

if TYPE_CHECKING:
    from dossier.tui.app import DossierApp


def _highlight(matcher: object, candidate: str) -> Content:
    content = Content(candidate)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)  # type: ignore[attr-defined]
    for offset in offsets:
        if offset < len(candidate) and not candidate[offset].isspace():
            content = content.stylize("$accent bold", offset, offset + 1)
    return content


class RecordsProvider(Provider):
    """Every actor (by name and aliases), event and source (by title)."""

    def _candidates(self) -> list[tuple[str, str, list[str]]]:
        app: DossierApp = self.app  # type: ignore[assignment]
        workspace = app.workspace
        if workspace is None:
            return []
        found = [
            (actor.id, actor.kind.value.replace("_", " "), [actor.name, *actor.aliases])
            for actor in workspace.actors.values()
        ]
        found += [(event.id, f"event {event.date or ''}".strip(), [event.title]) for event in workspace.events.values()]
        found += [(source.id, "source", [source.title]) for source in workspace.sources.values()]
        return found

    async def search(self, query: str) -> Hits:
        app: DossierApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for record_id, kind, names in self._candidates():
            shown = [plain(name, limit=80) for name in names]
            best_score, best = 0.0, 0
            for index, name in enumerate(shown):
                score = matcher.match(name)
                if score > best_score:
                    best_score, best = score, index
            if best_score <= 0:
                continue
            display = _highlight(matcher, shown[best])
            if best:  # matched an alias: say whose
                display = Content.assemble(display, ("  → ", "$text-muted"), shown[0])
            yield Hit(
                best_score,
                Content.assemble(display, (f"  {kind}", "$text-muted")),
                partial(app.post_message, OpenRecord(record_id)),
                text=shown[best],
                # Textual reads a hit's help as markup: a name such as "[/b]" must be escaped.
                help=f"Open the profile of {markup_literal(shown[0])}",
            )


class CommandsProvider(Provider):
    """The commands of `commands.py` that apply on the current screen."""

    def _commands(self) -> list[tuple[str, str, str, str]]:
        from dossier.tui.screens.main import MainScreen
        from dossier.tui.screens.reader import ReaderScreen
        from dossier.tui.screens.review import ReviewScreen

        scopes = {"app"}
        if isinstance(self.screen, MainScreen):
            scopes.add("main")
        if isinstance(self.screen, ReaderScreen):
            scopes.add("reader")
        scopes.add(getattr(self.screen, "COMMAND_SCOPE", "app"))  # the analysis screens name their own
        if isinstance(self.screen, ReviewScreen):
            scopes.add("review")
        return [
            (command.palette_title, command.help, command.action, command.scope)
            for command in COMMANDS
            if command.palette
            and command.scope in scopes
            and available(command)
            and command.id != "app.palette"
            # What the current state does not allow is not offered (the screen or app decides).
            and (self.app if command.scope == "app" else self.screen).check_action(command.action.split("(")[0], ())
        ]

    def _run(self, action: str, scope: str) -> None:
        target = self.app if scope == "app" else self.screen
        self.app.call_later(target.run_action, action)

    async def discover(self) -> Hits:
        for label, help_text, action, scope in self._commands():
            yield DiscoveryHit(label, partial(self._run, action, scope), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, help_text, action, scope in self._commands():
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score, _highlight(matcher, label), partial(self._run, action, scope), text=label, help=help_text
                )
