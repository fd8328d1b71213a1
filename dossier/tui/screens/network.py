"""The network screen: an actor's ties two hops deep, as a tree, with the evidence for each tie.

The root is the actor; its children are the actors it is tied to (by a relation it or they
record, or by an event both take part in), and theirs the actors two hops away (filled in
when a branch is opened, so a hub with hundreds of ties opens at once). Below, the evidence
for the highlighted tie: each relation, and each shared event with the quotes behind it.
Enter follows the tie: the network starts again from that actor (esc comes back). Enter on
an event or quote in the evidence opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static, Tree

from dossier.tui.commands import bindings_for
from dossier.tui.messages import OpenQuote, OpenRecord
from dossier.tui.text import date_label, join, plain, safe
from dossier.tui.widgets.rows import RowsView

if TYPE_CHECKING:
    from textual.widgets.tree import TreeNode

    from dossier.analysis.network import Evidence, Network, Tie
    from dossier.model import Quote

DEPTH = 2


@dataclass(frozen=True)
class NodeData:
    actor_id: str
    tie: Tie | None  # the tie from the parent node (None at the root)
    hop: int


@dataclass(frozen=True)
class EvidenceRow:
    evidence: Evidence
    quote: Quote | None = None  # a quote behind an event tie, shown under it


def tie_summary(tie: Tie) -> str:
    """`leader-of, ally-of · 2 events`: what a tie rests on, in a few words."""
    parts = []
    relations = list(dict.fromkeys(str(item.relation_type) for item in tie.relations))
    if relations:
        parts.append(", ".join(relations[:3]) + ("…" if len(relations) > 3 else ""))
    events = len(tie.events)
    if events:
        parts.append(f"{events} event{'s' if events != 1 else ''}")
    return " · ".join(parts)


def node_label(name: str, tie: Tie | None) -> Text:
    """A tree label from untrusted names: rich Text built from plain strings, never markup."""
    label = Text(plain(name, limit=50), style="bold" if tie is None else "")
    if tie is not None:
        label.append("  " + plain(tie_summary(tie), limit=60), style="dim")
    return label


class NetworkScreen(Screen[None]):
    CSS_PATH = "analysis.tcss"
    COMMAND_SCOPE = "network"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", show=False),
        *bindings_for("network"),
    ]
    AUTO_FOCUS = "#network-tree"

    def __init__(self, actor_id: str) -> None:
        super().__init__()
        self.actor_id = actor_id
        self.trail: list[str] = []  # actors the network was started from before, for esc
        self.network: Network | None = None
        self.include_drafts = False

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Building the network…", "$text-muted"), id="network-header")
        tree: Tree[NodeData] = Tree(Text(""), id="network-tree")
        tree.auto_expand = False
        tree.show_root = True
        yield tree
        yield RowsView(self._render_evidence, id="network-evidence")
        yield Footer()

    @property
    def ties_tree(self) -> Tree[NodeData]:
        return self.query_one("#network-tree", Tree)

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="network")
    def _load(self) -> None:
        from dossier.analysis.network import Network

        app: Any = self.app
        drafts = self.include_drafts
        network = app.analysis_service(
            "network+drafts" if drafts else "network",
            lambda workspace: Network(workspace, include_drafts=drafts, quotes_about=workspace.quotes_about),
        )
        reach = network.reach(self.actor_id, DEPTH)
        self.app.call_from_thread(self._show, network, reach)

    def _show(self, network: Network, reach: dict[str, int]) -> None:
        self.network = network
        actor_id = self.actor_id
        ties = network.ties(actor_id)
        second = sum(1 for hop in reach.values() if hop == 2)
        self.query_one("#network-header", Static).update(
            join(
                [
                    ("Network of ", "bold"),
                    safe(network.name(actor_id), "bold", limit=40),
                    f" · {len(ties)} direct tie{'s' if len(ties) != 1 else ''}, {second} more actors two hops away",
                    "\n",
                    ("enter: start from that actor · space: open a branch · o: profile", "$text-muted"),
                ]
            )
        )
        tree = self.ties_tree
        tree.clear()
        tree.root.set_label(node_label(network.name(actor_id), None))
        tree.root.data = NodeData(actor_id, None, 0)
        self._fill(tree.root)
        tree.root.expand()
        self.call_after_refresh(self._highlight_first_tie)

    def _highlight_first_tie(self) -> None:
        tree = self.ties_tree
        tree.move_cursor(tree.root.children[0] if tree.root.children else tree.root)
        self._show_evidence(tree.cursor_node)

    def _fill(self, node: TreeNode[NodeData]) -> None:
        """Add a node's ties as children, leaving out the actors on the path back to the root."""
        network, data = self.network, node.data
        if network is None or data is None or node.children:
            return
        path = set()
        walker: TreeNode[NodeData] | None = node
        while walker is not None and walker.data is not None:
            path.add(walker.data.actor_id)
            walker = walker.parent
        for tie in network.ties(data.actor_id):
            if tie.other_id in path:
                continue
            hop = data.hop + 1
            node.add(
                node_label(tie.other_name, tie),
                data=NodeData(tie.other_id, tie, hop),
                allow_expand=hop < DEPTH and bool(network.ties(tie.other_id)),
            )

    @on(Tree.NodeExpanded, "#network-tree")
    def _expanded(self, message: Tree.NodeExpanded[NodeData]) -> None:
        self._fill(message.node)

    @on(Tree.NodeHighlighted, "#network-tree")
    def _highlighted(self, message: Tree.NodeHighlighted[NodeData]) -> None:
        self._show_evidence(message.node)

    @on(Tree.NodeSelected, "#network-tree")
    def _selected(self, message: Tree.NodeSelected[NodeData]) -> None:
        data = message.node.data
        if data is not None and data.actor_id != self.actor_id:
            self.trail.append(self.actor_id)
            self.actor_id = data.actor_id
            self._load()

    def _show_evidence(self, node: TreeNode[NodeData] | None) -> None:
        rows: list[EvidenceRow] = []
        network = self.network
        data = node.data if node is not None else None
        if network is not None and data is not None and data.tie is not None:
            tie = data.tie
            for item in tie.evidence:
                rows.append(EvidenceRow(item))
                for quote in network.quotes_for(item, tie.actor_id, tie.other_id)[:3]:
                    rows.append(EvidenceRow(item, quote))
        self.query_one("#network-evidence", RowsView).set_rows(rows)

    def _render_evidence(self, row: EvidenceRow, width: int) -> Content:
        item = row.evidence
        if row.quote is not None:
            return Content.assemble("    \u201c", safe(row.quote.exact, limit=max(10, width - 8)), "\u201d")
        if item.kind == "relation":
            network = self.network
            subject = network.name(str(item.subject)) if network else str(item.subject)
            target = network.name(str(item.target)) if network else str(item.target)
            parts: list[Any] = [("relation ", "$text-muted"), safe(subject), " ",
                                (plain(item.relation_type), "$accent bold"), " ", safe(target)]  # fmt: skip
            if item.note:
                parts += [("  ", ""), safe(item.note, "$text-muted")]
            return join(parts)
        roles = item.roles or ("", "")
        return join(
            [
                ("event ", "$text-muted"),
                date_label(item.event_date),
                " ",
                safe(item.event_title, "bold"),
                (f"  as {plain(roles[0], limit=20)} / {plain(roles[1], limit=20)}", "$text-muted"),
            ]
        )

    @on(RowsView.Selected, "#network-evidence")
    def _evidence_selected(self, message: RowsView.Selected) -> None:
        row: EvidenceRow = message.row
        if row.quote is not None:
            self.post_message(OpenQuote(row.quote.id))
        elif row.evidence.kind == "event" and row.evidence.event_id:
            self.post_message(OpenRecord(row.evidence.event_id))
        elif row.evidence.target:
            self.post_message(OpenRecord(row.evidence.target))

    def _highlighted_actor(self) -> str | None:
        node = self.ties_tree.cursor_node
        return node.data.actor_id if node is not None and node.data is not None else None

    def action_open_profile(self) -> None:
        actor_id = self._highlighted_actor()
        if actor_id is not None:
            self.post_message(OpenRecord(actor_id))

    def action_reroot(self) -> None:
        actor_id = self._highlighted_actor()
        if actor_id is not None and actor_id != self.actor_id:
            self.trail.append(self.actor_id)
            self.actor_id = actor_id
            self._load()

    def action_drafts(self) -> None:
        self.include_drafts = not self.include_drafts
        self.notify("Ties from drafts shown" if self.include_drafts else "Ties from drafts left out", markup=False)
        self._load()

    def action_close(self) -> None:
        if self.trail:
            self.actor_id = self.trail.pop()
            self._load()
            return
        self.dismiss()
