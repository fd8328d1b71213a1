"""Every command of the browser, defined once.

Each `Command` carries its id, default keys, footer label, help line and where it applies.
From this one list come the key bindings (`Binding(id=...)`, so the `[keymap]` of the config
file can remap them), the footer, the command palette and the help screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.binding import Binding

# Scopes: where a command's binding lives. "app" works everywhere, "main" on the three-pane
# screen, "reader" in the source reader, "list" in every list.
SCOPES = {
    "app": "Everywhere",
    "main": "Main screen",
    "reader": "Source reader",
    "review": "Review drafts",
    "ingest": "Add sources",
    "list": "Lists",
    # The analysis views (issue 11)
    "timeline": "Timeline",
    "contested": "Contested claims",
    "network": "Network",
}


def export_available() -> bool:
    """The export service is present (a file check: importing it would cost start-up time)."""
    return (Path(__file__).resolve().parent.parent / "export" / "service.py").is_file()


@dataclass(frozen=True)
class Command:
    id: str
    keys: str  # Textual key names, comma-separated; the first is the one shown
    action: str
    footer: str  # short label for the footer and palette
    help: str  # one line for the help screen and the palette
    scope: str = "app"
    show: bool = True  # shown in the footer
    palette: bool = True  # offered in the command palette
    key_display: str | None = None
    title: str | None = None  # the palette's name for it, when the footer label is too short

    @property
    def palette_title(self) -> str:
        return self.title or self.footer

    def binding(self, keys: str | None = None) -> Binding:
        return Binding(
            keys or self.keys,
            self.action,
            self.footer,
            show=self.show,
            id=self.id,
            tooltip=self.help,
            key_display=self.key_display,
        )


COMMANDS: tuple[Command, ...] = (
    # Everywhere
    Command("app.help", "question_mark,f1", "help", "Help", "Show every key binding", key_display="?"),
    Command(
        "app.palette",
        "ctrl+p",
        "command_palette",
        "Palette",
        "Run a command, or jump to an actor, event or source by name or alias",
        show=False,
    ),
    Command("app.back", "escape,backspace,alt+left", "go_back", "Back", "Go back to where you were", key_display="esc"),
    Command("app.forward", "alt+right", "go_forward", "Forward", "Go forward again after going back", show=False),
    Command(
        "app.problems",
        "exclamation_mark",
        "problems",
        "Problems",
        "List the files that failed to load (path:line:column)",
        show=False,
        key_display="!",
    ),
    Command(
        "app.reload",
        "ctrl+r",
        "reload",
        "Reload",
        "Reload the workspace from disk and update the index",
        show=False,
        key_display="^r",
    ),
    Command(
        "app.review",
        "d",
        "review",
        "Drafts",
        "Review drafts: accept, edit, merge or reject what ingest proposed, best first",
        title="Review drafts",
    ),
    Command(
        "app.add_sources",
        "i,ctrl+o",  # ctrl+o where a text box types the i (the search box has the focus when the app opens)
        "add_sources",
        "Add sources",
        "Add sources: ingest files or a folder (.txt, .md, .html, .html.gz) into this workspace",
        show=False,  # (the footer has no room left for it on narrow screens: help and the palette list it)
        title="Add sources",
    ),
    Command(
        "app.undo",
        "ctrl+z",
        "undo",
        "Undo",
        "Undo the last change made in this session (newest first, restoring the files exactly)",
        show=False,
        key_display="^z",
    ),
    Command("app.theme", "f2", "change_theme", "Theme", "Choose a theme (the choice is remembered)", show=False),
    Command("app.quit", "q", "quit", "Quit", "Quit dossier"),
    # Main screen
    Command(
        "main.search",
        "slash",
        "focus_search",
        "Search",
        "Search: type names, words, kind:actor, date:2022-02",
        scope="main",
        key_display="/",
    ),
    Command(
        "main.filter",
        "ctrl+t",
        "cycle_kind",
        "Kind",
        "Show only actors, events, quotes or sources (cycles)",
        scope="main",
        key_display="^t",
    ),
    Command("main.pane_next", "tab", "next_pane", "Next pane", "Move to the next pane", scope="main", show=False),
    Command(
        "main.pane_previous",
        "shift+tab",
        "previous_pane",
        "Previous pane",
        "Move to the previous pane",
        scope="main",
        show=False,
    ),
    Command(
        "main.pane_search",
        "1,alt+1",
        "pane('search')",
        "Search pane",
        "Jump to the search pane (alt+1, alt+2, alt+3 work inside the search box too)",
        scope="main",
        show=False,
    ),
    Command(
        "main.pane_profile",
        "2,alt+2",
        "pane('profile')",
        "Profile pane",
        "Jump to the profile",
        scope="main",
        show=False,
    ),
    Command(
        "main.pane_quotes", "3,alt+3", "pane('quotes')", "Quotes pane", "Jump to the quotes", scope="main", show=False
    ),
    Command(
        "main.export", "e", "export", "Export", "Export the dossier shown in the profile to Markdown", scope="main"
    ),
    Command(
        "main.edit",
        "E",
        "edit_record",
        "Edit",
        "Edit the actor or event shown in the profile (a form; saved only when valid)",
        scope="main",
    ),
    Command(
        "main.editor",
        "ctrl+e",
        "edit_in_editor",
        "Editor",
        "Open the shown record's YAML in $VISUAL or $EDITOR (checked when the editor closes)",
        scope="main",
        show=False,
        key_display="^e",
    ),
    # Source reader
    Command(
        "reader.next",
        "n,right_square_bracket",
        "next_quote",
        "Next quote",
        "Jump to the next quote of this source",
        scope="reader",
        key_display="n",
    ),
    Command(
        "reader.previous",
        "p,left_square_bracket",
        "previous_quote",
        "Prev quote",
        "Jump to the previous quote of this source",
        scope="reader",
        key_display="p",
    ),
    Command(
        "reader.profile",
        "o",
        "open_profile",
        "Profile",
        "Open the profile of what the current quote is about",
        scope="reader",
    ),
    Command(
        "reader.select",
        "v",
        "select",
        "Select",
        "Start a selection at the caret, or end it (then w/b words, )/( sentences, ←/→ characters; or drag)",
        scope="reader",
    ),
    Command(
        "reader.word_next",
        "w",
        "caret('word')",
        "Word →",
        "Move the caret to the end of the next word",
        scope="reader",
        show=False,
        palette=False,
    ),
    Command(
        "reader.word_previous",
        "b",
        "caret('back')",
        "← Word",
        "Move the caret to the start of the word before",
        scope="reader",
        show=False,
        palette=False,
    ),
    Command(
        "reader.sentence_next",
        "right_parenthesis",
        "caret('sentence')",
        "Sentence →",
        "Move the caret to the end of the sentence",
        scope="reader",
        show=False,
        palette=False,
        key_display=")",
    ),
    Command(
        "reader.sentence_previous",
        "left_parenthesis",
        "caret('sentence_back')",
        "← Sentence",
        "Move the caret to the start of the sentence",
        scope="reader",
        show=False,
        palette=False,
        key_display="(",
    ),
    Command(
        "reader.char_next",
        "right,l",
        "caret('right')",
        "Char →",
        "Move the caret one character right",
        scope="reader",
        show=False,
        palette=False,
    ),
    Command(
        "reader.char_previous",
        "left,h",
        "caret('left')",
        "← Char",
        "Move the caret one character left",
        scope="reader",
        show=False,
        palette=False,
    ),
    Command("reader.capture", "c", "capture_quote", "Quote", "Capture the selection as a new quote", scope="reader"),
    Command("reader.actor", "A", "capture_actor", "Actor", "Make a new actor named by the selection", scope="reader"),
    Command("reader.alias", "a", "capture_alias", "Alias", "Add the selection as an alias of an actor", scope="reader"),
    # Review
    Command("review.accept", "a", "accept", "Accept", "Accept the draft as it is", scope="review"),
    Command(
        "review.edit",
        "e",
        "edit",
        "Edit",
        "Edit the draft in a form (name, kind, aliases, summary); saving accepts it, esc leaves it as it was",
        scope="review",
    ),
    Command(
        "review.editor",
        "ctrl+e",
        "edit_in_editor",
        "Editor",
        "Edit the draft's YAML in $VISUAL or $EDITOR, then accept it",
        scope="review",
        show=False,
        key_display="^e",
        title="Edit the draft in $EDITOR",
    ),
    Command(
        "review.kind",
        "K",  # k moves up the queue
        "kind",
        "Kind",
        "Set the draft actor's kind (person, organization, state...) and accept it, in one step",
        scope="review",
    ),
    Command(
        "review.merge",
        "m",
        "merge",
        "Merge",
        "Merge the draft actor into an existing one (its spellings become aliases)",
        scope="review",
    ),
    Command(
        "review.reject",
        "r",
        "reject",
        "Reject",
        "Reject the draft (ingest will not propose it again)",
        scope="review",
    ),
    Command("review.skip", "s", "skip", "Skip", "Leave the draft for later", scope="review"),
    Command(
        "review.batch",
        "b",
        "batch",
        "Batch",
        "Accept or reject every draft shown, of this source, or of this kind, in one step",
        scope="review",
    ),
    Command("review.undo", "u", "undo", "Undo", "Undo the last step of this session", scope="review"),
    Command(
        "review.filter",
        "slash",
        "filter",
        "Filter",
        "Narrow the queue: words of the name or aliases, kind:place, band:high, source:NAME (prefixes)",
        scope="review",
        key_display="/",
    ),
    Command(
        "review.clear_filter",
        "escape",
        "clear_filter",
        "Clear filter",
        "Clear the filter and show every draft again",
        scope="review",
        show=False,
        key_display="esc",
    ),
    Command(
        "review.source",
        "o",
        "source",
        "Source",
        "Open the source in the reader at the passage shown, the name selected (esc comes back)",
        scope="review",
    ),
    # Add sources
    Command(
        "ingest.review",
        "d",
        "review_new",
        "Review new",
        "Review the drafts this run of ingest added, best first",
        scope="ingest",
    ),
    # Lists (shown in help; handled by every list)
    Command("list.down", "down,j", "cursor_down", "Down", "Move down", scope="list", show=False, palette=False),
    Command("list.up", "up,k", "cursor_up", "Up", "Move up", scope="list", show=False, palette=False),
    Command("list.first", "home,g", "first", "First", "Go to the first item", scope="list", show=False, palette=False),
    Command("list.last", "end,G", "last", "Last", "Go to the last item", scope="list", show=False, palette=False),
    Command(
        "list.open", "enter", "select", "Open", "Open the highlighted item", scope="list", show=False, palette=False
    ),
    # The analysis views (issue 11): opened from anywhere, each with its own keys.
    Command(
        "app.timeline",
        "t",
        "timeline",
        "Timeline",
        "Timeline of events: of the actor or source shown, of the search, or all",
        show=False,
    ),
    Command(
        "app.contested",
        "c",
        "contested",
        "Contested",
        "Contested claims: who asserts and who denies, counted by independent sources",
        show=False,
    ),
    Command(
        "app.network",
        "n",
        "network",
        "Network",
        "Network of the actor shown: its ties two hops deep, with the evidence for each",
        show=False,
    ),
    Command("timeline.zoom_in", "plus,equals_sign", "zoom(1)", "Zoom in", "Zoom the axis in: year, month, day",
            scope="timeline", key_display="+"),
    Command("timeline.zoom_out", "minus", "zoom(-1)", "Zoom out", "Zoom the axis out: day, month, year",
            scope="timeline", key_display="-"),
    Command("timeline.earlier", "left,h", "pan(-1)", "Earlier", "Move along the axis to earlier dates",
            scope="timeline", key_display="←"),
    Command("timeline.later", "right,l", "pan(1)", "Later", "Move along the axis to later dates",
            scope="timeline", key_display="→"),
    Command("timeline.scope", "s", "scope", "Scope",
            "Switch between the events of the actor or source shown, of the search, and all", scope="timeline"),
    Command("timeline.drafts", "d", "drafts", "Drafts", "Show draft events too, or leave them out again",
            scope="timeline"),
    Command("contested.drafts", "d", "drafts", "Drafts", "Count draft quotes too, or leave them out again",
            scope="contested"),
    Command("network.drafts", "d", "drafts", "Drafts", "Show ties from drafts too, or leave them out again",
            scope="network"),
    Command("network.profile", "o", "open_profile", "Profile", "Open the profile of the highlighted actor",
            scope="network"),
    Command("network.root", "r", "reroot", "Re-root", "Start the network from the highlighted actor",
            scope="network"),
)  # fmt: skip


def available(command: Command) -> bool:
    """Commands whose service is missing are absent (never shown, never bound)."""
    return command.id != "main.export" or export_available()


def commands_for(scope: str) -> list[Command]:
    return [command for command in COMMANDS if command.scope == scope and available(command)]


def bindings_for(scope: str) -> list[Binding]:
    return [command.binding() for command in commands_for(scope)]


def command_ids() -> set[str]:
    return {command.id for command in COMMANDS}


def check_keymap(keymap: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The usable part of a user keymap, and a message for each entry that is not."""
    known = command_ids()
    usable: dict[str, str] = {}
    problems: list[str] = []
    for command_id, keys in keymap.items():
        if command_id in known:
            usable[command_id] = keys
        else:
            problems.append(f"[keymap] unknown command id '{command_id}' (press ? in dossier to see the ids)")
    return usable, problems


def key_character(key: str) -> str | None:
    """The character a key types ('question_mark' -> '?', 'd' -> 'd'), or None for keys that type nothing (f1)."""
    import unicodedata

    if len(key) == 1:
        return key
    if "+" in key:
        return None
    try:
        return unicodedata.lookup(key.replace("_", " ").upper())
    except KeyError:
        return None
