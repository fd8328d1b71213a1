"""A footer that fits its screen: the keys used most first, as many as the width holds.

Textual's footer cuts the last key in the middle when the screen is narrow ("u Und" at 80
columns). A screen lists its command ids by how much they are used; `fit` keeps those that fit
in that order and hides the rest (help and the palette still list every key).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from textual.binding import ActiveBinding, Binding

# "▏ ^p Palette ": the command palette's key, docked at the right of every footer.
PALETTE_WIDTH = 13


def key_width(key: str, label: str) -> int:
    """Cells one footer key takes: ' k Label ' (Textual's FooterKey pads the key and the label)."""
    return len(key) + len(label) + 3


def fit(
    bindings: dict[str, ActiveBinding],
    order: Sequence[str],
    width: int,
    key_display: Callable[[Binding], str],
) -> dict[str, ActiveBinding]:
    """`bindings` with their shown keys chosen in `order` (command ids; others after them), each
    kept only while the footer still has room for it at `width` columns, the rest hidden; the
    keys kept stay in the order of `bindings`, so a key does not move when the screen narrows."""
    rank = {command_id: number for number, command_id in enumerate(order)}
    shown = [key for key, active in bindings.items() if active.binding.show]
    shown.sort(key=lambda key: rank.get(bindings[key].binding.id or "", len(rank)))
    room = width - PALETTE_WIDTH
    kept: dict[str, ActiveBinding] = {}
    actions: set[str] = set()
    for key in shown:
        binding = bindings[key].binding
        if binding.action in actions:  # the footer shows one key per action (? and f1 for help)
            kept[key] = bindings[key]
            continue
        cells = key_width(key_display(binding), binding.description)
        if cells <= room:
            room -= cells
            actions.add(binding.action)
            kept[key] = bindings[key]
    hide = [key for key, active in bindings.items() if active.binding.show and key not in kept]
    return {
        key: active._replace(binding=replace(active.binding, show=False)) if key in hide else active
        for key, active in bindings.items()
    }


def shown_too(bindings: dict[str, ActiveBinding], command_ids: Sequence[str]) -> dict[str, ActiveBinding]:
    """`bindings` with the commands `command_ids` shown in the footer though their binding hides them (the keys that
    still work while a text box has the focus), placed after the others."""
    shown = {
        key: active._replace(binding=replace(active.binding, show=True))
        for key, active in bindings.items()
        if active.binding.id in command_ids and not active.binding.show
    }
    return {**{key: active for key, active in bindings.items() if key not in shown}, **shown}
