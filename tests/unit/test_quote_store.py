"""A warm load keeps quotes from the parse cache as heads and builds each when it is read
(`dossier/quote_store.py`). What a user sees never depends on that: every quote read from a
warm workspace is the quote the files hold, an edit shows after a reload, and a workspace
whose cache cannot be written opens all the same."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier.quote_store import QuoteHead, QuoteStore, quote_heads
from dossier.tui.catalog import Catalog
from dossier.workspace import load_workspace, reload_files
from tests.conftest import make_workspace


def _dumps(quotes: object) -> dict[str, dict[str, object]]:
    return {quote.id: quote.model_dump() for quote in quotes.values()}  # type: ignore[attr-defined]


def test_a_quote_read_from_a_warm_workspace_has_its_full_text_and_fields(tmp_path: Path) -> None:
    from dossier.paths import bundled_seeds

    seeds = bundled_seeds()
    uncached = load_workspace(seeds, use_cache=False)
    load_workspace(seeds)  # fills the parse cache
    warm = load_workspace(seeds)
    assert isinstance(warm.quotes, QuoteStore)
    assert all(type(head) is QuoteHead for head in quote_heads(warm.quotes))  # nothing built yet
    assert _dumps(warm.quotes) == _dumps(uncached.quotes) != {}
    for quote_id, quote in uncached.quotes.items():
        read = warm.quotes[quote_id]
        assert read.exact == quote.exact and read.prefix == quote.prefix and read.notes == quote.notes
        assert read.model_fields_set == quote.model_fields_set
        assert warm.quotes[quote_id] is read  # read twice in a row: one object
        text = warm.source_text(read.source)
        assert text is not None and text[read.start : read.end] == read.exact
    # The heads scans read agree with the quotes.
    for head in quote_heads(warm.quotes):
        quote = uncached.quotes[head.id]
        assert (head.source, head.start, head.status, head.stance, head.about) == (
            quote.source,
            quote.start,
            quote.status,
            quote.stance,
            quote.about,
        )
        assert (head.attributed_to, head.credibility) == (quote.attributed_to, quote.credibility)


def test_profiles_list_the_same_quotes_from_a_warm_workspace(tmp_path: Path) -> None:
    from dossier.paths import bundled_seeds

    seeds = bundled_seeds()
    cold = Catalog(load_workspace(seeds, use_cache=False))
    load_workspace(seeds)
    warm = Catalog(load_workspace(seeds))
    for record_id in [*cold.actors, *cold.events]:
        expected = [quote.model_dump() for quote in cold.quotes_about(record_id)]
        shown = warm.quotes_about(record_id)
        assert [quote.model_dump() for quote in shown] == expected
        assert [quote.model_dump() for quote in shown[:2]] == expected[:2] and len(shown) == len(expected)
    for source_id in cold.sources:
        assert [q.model_dump() for q in warm.quotes_of_source(source_id)] == [
            q.model_dump() for q in cold.quotes_of_source(source_id)
        ]


def test_an_edit_to_a_quotes_file_shows_after_a_reload(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    load_workspace(root)
    workspace = load_workspace(root)  # quotes kept as heads
    catalog = Catalog(workspace)
    before = workspace.quotes["q-agreed"]
    path = root / "quotes" / "article.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("credibility: 3", "credibility: 2\n  notes: checked twice", 1), encoding="utf-8")
    reload_files(workspace, ["quotes/article.yaml"])
    after = workspace.quotes["q-agreed"]
    assert (before.credibility, before.notes) == (3, None)
    assert (after.credibility, after.notes) == (2, "checked twice")
    shown = catalog.refreshed(["quotes/article.yaml"]).quotes_about("lukashenka")
    assert [(quote.id, quote.notes) for quote in shown if quote.id == "q-agreed"] == [("q-agreed", "checked twice")]
    assert _dumps(workspace.quotes) == _dumps(load_workspace(root, use_cache=False).quotes)
    # And again from the cache, now that the edited file's rows are in it.
    assert load_workspace(root).quotes["q-agreed"].notes == "checked twice"


READ_ONLY_LOAD = """
import json, os
from pathlib import Path
from dossier.workspace import load_workspace
workspace = load_workspace(Path(os.environ["WORKSPACE"]))
print(json.dumps({"quotes": {q.id: q.model_dump(mode="json") for q in workspace.quotes.values()},
                  "problems": [str(p) for p in workspace.problems]}))
"""


def test_a_warm_cache_the_user_cannot_write_opens_with_every_quote(scratch: Path) -> None:
    # A cache filled earlier (as another user) that this user may read but not write.
    from tests.unprivileged import run_unprivileged

    root = make_workspace(scratch / "ws")
    cache = scratch / "cache"
    env = {"WORKSPACE": str(root), "DOSSIER_CACHE_DIR": str(cache)}
    previous = os.environ.get("DOSSIER_CACHE_DIR")
    os.environ["DOSSIER_CACHE_DIR"] = str(cache)
    try:
        load_workspace(root)
    finally:
        os.environ.pop("DOSSIER_CACHE_DIR")
        if previous is not None:
            os.environ["DOSSIER_CACHE_DIR"] = previous
    for path in cache.rglob("*"):
        path.chmod(0o444)
    cache.chmod(0o555)
    expected = {q.id: q.model_dump(mode="json") for q in load_workspace(root, use_cache=False).quotes.values()}
    assert run_unprivileged(READ_ONLY_LOAD, env=env) == {"quotes": expected, "problems": []}


def test_a_cache_path_that_is_a_file_opens_with_every_quote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As unwritable as a cache gets, for any user: its folder is a file.
    root = make_workspace(tmp_path / "ws")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(blocker))
    for _ in range(2):
        workspace = load_workspace(root)
        assert workspace.problems == []
        assert _dumps(workspace.quotes) == _dumps(load_workspace(root, use_cache=False).quotes) != {}


def test_the_store_is_a_mapping_of_quotes(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    load_workspace(root)
    workspace = load_workspace(root)
    quotes = workspace.quotes
    ids = list(quotes)
    assert ids and len(quotes) == len(ids) and all(quote_id in quotes for quote_id in ids)
    assert [quote.id for quote in reversed(quotes.values())] == ids[::-1]
    assert quotes.get("no-such-quote") is None and "no-such-quote" not in quotes
    first = quotes[ids[0]]
    del quotes[ids[0]]
    assert ids[0] not in quotes and quotes.get(ids[0]) is None
    quotes[ids[0]] = first
    assert quotes[ids[0]] is first and list(quotes)[-1] == ids[0]
