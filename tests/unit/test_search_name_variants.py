"""A name word typed in another transliteration finds the actor ingest drafted ("Lukashenka" finds "Lukashenko").

The workspaces here are what an ingest leaves: drafts named as their sources spell them, with no
aliases yet, and quotes about them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.search import SearchIndex
from tests.conftest import write

TEXT = (
    "Varvara Kharitonova said the talks had failed. Pyotr Zelenskyy called the vote a fraud. "
    "Tariq Muhammad left the port."
)


def _quote(quote_id: str, exact: str, about: str) -> str:
    start = TEXT.index(exact)
    return (
        f"- id: {quote_id}\n  source: report\n  exact: {exact!r}\n  start: {start}\n  end: {start + len(exact)}\n"
        f"  about: [{about}]\n  credibility: 3\n  status: draft\n"
    )


@pytest.fixture
def index(tmp_path: Path) -> Iterator[SearchIndex]:
    root = tmp_path / "ws"
    write(root / "sources" / "report.txt", TEXT)
    write(root / "sources" / "report.yaml", "id: report\ntitle: Talks fail\n")
    for actor_id, name in (
        ("kharitonova", "Varvara Kharitonova"),
        ("zelenskyy", "Pyotr Zelenskyy"),
        ("muhammad", "Tariq Muhammad"),
    ):
        write(root / "actors" / f"{actor_id}.yaml", f"id: {actor_id}\nname: {name}\nkind: person\nstatus: draft\n")
    write(
        root / "quotes" / "report.yaml",
        _quote("q-talks", "Varvara Kharitonova said the talks had failed", "kharitonova")
        + _quote("q-vote", "Pyotr Zelenskyy called the vote a fraud", "zelenskyy")
        + _quote("q-port", "Tariq Muhammad left the port", "muhammad"),
    )
    with SearchIndex.open(root) as opened:
        yield opened


@pytest.mark.parametrize(
    ("typed", "actor_id", "quote_id"),
    [
        ("Kharitonava", "kharitonova", "q-talks"),
        ("zelensky", "zelenskyy", "q-vote"),
        ("Zelenskiy", "zelenskyy", "q-vote"),
        ("Mohammed", "muhammad", "q-port"),
        ("mohamed", "muhammad", "q-port"),
        ("Muhammed", "muhammad", "q-port"),
    ],
)
def test_another_transliteration_finds_the_person_first_and_what_is_said_about_them(
    index: SearchIndex, typed: str, actor_id: str, quote_id: str
) -> None:
    ids = [hit.id for hit in index.search(typed).hits]
    assert ids[0] == actor_id and quote_id in ids


def test_the_quote_lights_up_the_spelling_it_uses(index: SearchIndex) -> None:
    quote = next(hit for hit in index.search("zelensky kind:quote").hits if hit.id == "q-vote")
    assert "Zelenskyy" in [quote.snippet[a:b] for a, b in quote.highlights]


@pytest.mark.parametrize("typed", ["Kharkiv", "Zelenograd", "talked", "Mahmud", "Mahmoud"])
def test_a_word_with_other_consonants_or_too_far_apart_finds_no_one(index: SearchIndex, typed: str) -> None:
    ids = [hit.id for hit in index.search(typed).hits]
    assert not {"kharitonova", "zelenskyy", "muhammad"} & set(ids)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Martin", "Ellen Morton"),  # too short to tell
        ("Santini", "Ellen Santana"),  # "a" and "i" are no romanisations of one vowel
    ],
)
def test_a_word_apart_in_other_vowels_is_another_name(tmp_path: Path, typed: str, name: str) -> None:
    root = tmp_path / "ws"
    write(root / "actors" / "other.yaml", f"id: other\nname: {name}\nkind: person\nstatus: draft\n")
    with SearchIndex.open(root) as index:
        assert "other" not in [hit.id for hit in index.search(typed).hits]
