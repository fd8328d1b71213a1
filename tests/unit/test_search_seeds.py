"""Over the bundled seeds: every name and alias of every actor finds that actor first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dossier.paths import bundled_seeds
from dossier.search import SearchIndex
from dossier.workspace import load_workspace

SEEDS = bundled_seeds()
ACTORS = load_workspace(SEEDS).actors
SPELLINGS = [(actor.id, spelling) for actor in ACTORS.values() for spelling in (actor.name, *actor.aliases)]


def test_the_seeds_have_names_to_search() -> None:
    # Without actors the parametrized test below would have no cases (pyproject makes that fail too).
    assert len(ACTORS) >= 5 and len(SPELLINGS) > len(ACTORS)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOSSIER_CACHE_DIR", str(tmp_path_factory.mktemp("seeds-cache")))
        opened = SearchIndex.open(SEEDS)
        yield opened
        opened.close()


@pytest.mark.parametrize(("actor_id", "spelling"), SPELLINGS, ids=[f"{a}:{s}" for a, s in SPELLINGS])
def test_every_alias_finds_its_actor_first(index: SearchIndex, actor_id: str, spelling: str) -> None:
    results = index.search(spelling)
    assert results.error is None
    assert results.hits and results.hits[0].id == actor_id, [(hit.id, hit.score) for hit in results.hits[:3]]
    # Finished typing (a space after it) or not, the answer is the same.
    assert index.search(spelling + " ").hits[0].id == actor_id


def test_quotes_about_lukashenka_are_found_by_the_russian_spelling(index: SearchIndex) -> None:
    workspace = load_workspace(SEEDS)
    about = {quote.id for quote in workspace.quotes_about("alyaksandr-lukashenka")}
    found = {hit.id for hit in index.search("Lukashenko kind:quote", limit=500).hits}
    assert about and about <= found


@pytest.mark.skipif(not SPELLINGS, reason="the bundled seeds have no actors yet")
@pytest.mark.parametrize(("actor_id", "spelling"), SPELLINGS, ids=[f"{a}:{s}" for a, s in SPELLINGS])
def test_every_alias_finds_every_quote_about_its_actor(index: SearchIndex, actor_id: str, spelling: str) -> None:
    # Quotes hold actor ids, not spellings: the query expands the spelling to the id.
    workspace = load_workspace(SEEDS)
    tied = {
        quote.id for quote in workspace.quotes.values() if actor_id in quote.about or quote.attributed_to == actor_id
    }
    found = {hit.id for hit in index.search(f"{spelling} kind:quote", limit=1000).hits}
    phrase = {hit.id for hit in index.search(f'"{spelling}" kind:quote', limit=1000).hits}
    assert tied <= found and tied <= phrase
