"""Per-document differences between two saved outputs of `ingest_bench` (issue 15's before/after checks).

    python -m benchmarks.ingest_bench --probes benchmarks/style_probes --show 5000 > before.txt
    ... (change the code) ...
    python -m benchmarks.ingest_bench --probes benchmarks/style_probes --show 5000 > after.txt
    python -m benchmarks.bench_diff before.txt after.txt

Totals say how much moved; this says where. It reads the two layouts the bench prints:
- style probes and re3d-style folders (`--probes ... --show N`): the item lists `wrong`, `missed`, `cut` and
  `wrong_kind`, each item ending in its document's name in brackets. Per document, the items only the first
  output has (gone) and those only the second has (new). Give `--show` a number above every list's length,
  or items cut from a list read as changes.
- page tables (`--realprobes`, `--langpages`): one line per page; a page whose line differs is printed with both.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

# "  missed (514)            blue helmets [bbc-100]; ..." : a list's label, its length, then its items.
_ITEM_LIST = re.compile(r"^  (wrong|missed|cut|wrong_kind) \(\d+\)\s+(.*)$")
# Items end in "[document]"; a "; " inside an item ("(place; gold Person)") is not followed by one.
_ITEM = re.compile(r"(.*?) \[([^\[\]]+)\](?:; |$)")
# A page's row in the page tables: its name, then at least two spaces, then what the bench found on it.
_PAGE_ROW = re.compile(r"^(\S+(?: \([a-z]{2,3}\))?)\s+(\d+/\d+ expected.*)$")

Items = dict[str, dict[str, set[str]]]  # document -> list label -> items


def read_items(text: str) -> Items:
    """The style-probe item lists of one saved output, per document."""
    items: Items = defaultdict(lambda: defaultdict(set))
    for line in text.splitlines():
        listed = _ITEM_LIST.match(line)
        if listed is None:
            continue
        label, rest = listed.groups()
        for match in _ITEM.finditer(rest):
            items[match[2]][label].add(match[1])
    return items


def read_pages(text: str) -> dict[str, str]:
    """The page rows of one saved output of `--realprobes` or `--langpages`."""
    rows = (_PAGE_ROW.match(line) for line in text.splitlines())
    return {row[1]: row[2].strip() for row in rows if row is not None and row[1] != "ALL"}  # totals: the bench's


def diff_items(before: Items, after: Items) -> list[str]:
    """One block per document whose items changed: what went, what came."""
    lines: list[str] = []
    for document in sorted(set(before) | set(after)):
        block = []
        for label in ("wrong", "missed", "cut", "wrong_kind"):
            old, new = before.get(document, {}).get(label, set()), after.get(document, {}).get(label, set())
            block += [f"  - {label}: {item}" for item in sorted(old - new)]
            block += [f"  + {label}: {item}" for item in sorted(new - old)]
        if block:
            lines += [document, *block]
    return lines


def diff_pages(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """One block per page whose row changed (or that only one output has)."""
    lines: list[str] = []
    for page in sorted(set(before) | set(after)):
        old, new = before.get(page, "(absent)"), after.get(page, "(absent)")
        if old != new:
            lines += [page, f"  - {old}", f"  + {new}"]
    return lines


def compare(before: str, after: str) -> list[str]:
    """The differences between two saved outputs, with a closing count of the documents that changed."""
    items_before, items_after = read_items(before), read_items(after)
    if items_before or items_after:
        lines = diff_items(items_before, items_after)
    else:
        lines = diff_pages(read_pages(before), read_pages(after))
    changed = sum(1 for line in lines if not line.startswith(" "))
    return [*lines, f"{changed} document(s) changed"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("before", type=Path, help="a saved output of ingest_bench")
    parser.add_argument("after", type=Path, help="the same bench's output after a change")
    args = parser.parse_args(argv)
    text = [path.read_text(encoding="utf-8") for path in (args.before, args.after)]
    print("\n".join(compare(*text)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
