"""Search over a workspace: a Whoosh index in the user's cache that finds what an analyst means.

Importing this package is cheap: Whoosh and the index code load on first use of `SearchIndex`.

    index = SearchIndex.open(workspace_root)
    results = index.search("Lukashenko kind:quote date:[2022-02-20 TO 2022-02-28]")
    for hit in results.hits: ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dossier.search.results import Hit, SearchResults

if TYPE_CHECKING:
    from dossier.search.index import cache_dir_for
    from dossier.search.service import SearchIndex

__all__ = ["Hit", "SearchIndex", "SearchResults", "cache_dir_for"]


def __getattr__(name: str) -> Any:
    if name == "SearchIndex":
        from dossier.search.service import SearchIndex

        return SearchIndex
    if name == "cache_dir_for":
        from dossier.search.index import cache_dir_for

        return cache_dir_for
    raise AttributeError(f"module 'dossier.search' has no attribute {name!r}")
