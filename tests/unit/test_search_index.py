"""Search finds what an analyst means: folded spellings, stems, aliases, fields, dates, as-you-type.

Every test runs against a real Whoosh index on disk, built from a real workspace folder.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.search import SearchIndex, SearchResults, cache_dir_for
from tests.hostile.helpers import tree
from tests.unit.search_workspace import make_search_workspace
from tests.unprivileged import give, run_unprivileged


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    base = tmp_path_factory.mktemp("search")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOSSIER_CACHE_DIR", str(base / "cache"))
        opened = SearchIndex.open(make_search_workspace(base / "ws"))
        yield opened
        opened.close()


def ids(results: SearchResults) -> list[str]:
    assert results.error is None, results.error
    return [hit.id for hit in results.hits]


def highlighted(results: SearchResults, record_id: str) -> list[str]:
    hit = next(hit for hit in results.hits if hit.id == record_id)
    return [hit.snippet[start:end] for start, end in hit.highlights]


# -- folding and stemming ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spelling",
    [
        "LUKASHENKA",
        "lukashénka",  # an accent the name does not have
        "Ｌｕｋａｓｈｅｎｋａ",  # full-width letters (NFKC)
        "Lukashenk\u043e",  # a Cyrillic о at the end of a Latin name
        "Luk\u0430shenko",  # a Cyrillic а inside the other spelling
    ],
)
def test_folded_spellings_find_the_actor_first(index: SearchIndex, spelling: str) -> None:
    assert ids(index.search(spelling))[0] == "lukashenka"


def test_a_cyrillic_query_finds_the_latin_name(index: SearchIndex) -> None:
    assert ids(index.search("Мозырь"))[0] == "mozyr"
    assert ids(index.search("Киев"))[0] == "kyiv"


def test_stemming_matches_other_forms_of_a_word(index: SearchIndex) -> None:
    assert "q-imagery" in ids(index.search("satellite images"))
    assert {"q-alerts", "q-mazyr"} <= set(ids(index.search("alerts")))
    assert {"q-alerts", "q-mazyr"} <= set(ids(index.search("alert ")))
    assert "q-denied" in ids(index.search("soldier"))


def test_highlights_mark_the_matching_words_in_a_plain_snippet(index: SearchIndex) -> None:
    results = index.search("satellite images")
    assert highlighted(results, "q-imagery") == ["Satellite", "imagery"]
    hit = results.hits[0]
    assert "<" not in hit.snippet and "[" not in hit.snippet


def test_a_long_source_text_is_cut_around_the_match(index: SearchIndex) -> None:
    hit = next(hit for hit in index.search("overnight").hits if hit.id == "report")
    assert len(hit.snippet) <= 205
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["overnight"]


# -- aliases ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["Kiev", "Kyiv", "Київ", "kiev "])
def test_any_alias_finds_the_actor_first_then_records_about_it(index: SearchIndex, spelling: str) -> None:
    found = ids(index.search(spelling))
    assert found[0] == "kyiv"
    # The quotes say "Kyiv" and the event says neither: they are found through the actor.
    assert {"q-imagery", "q-alerts", "strike-kyiv"} <= set(found)


def test_an_alias_lights_up_the_other_spelling_in_a_quote(index: SearchIndex) -> None:
    assert highlighted(index.search("Kiev"), "q-imagery") == ["Kyiv"]


def test_a_quote_is_found_by_a_spelling_it_does_not_use(index: SearchIndex) -> None:
    # q-agreed says "he had agreed ..." and is attributed to lukashenka.
    found = ids(index.search("Alexander Lukashenko"))
    assert found[0] == "lukashenka"
    assert "q-agreed" in found


# -- fields and filters -----------------------------------------------------------------------------


def test_kind_filter_and_kinds_argument(index: SearchIndex) -> None:
    assert set(ids(index.search("kind:event"))) == {"tanks-cross", "strike-kyiv", "buildup", "talks"}
    assert set(ids(index.search("Kyiv", kinds=["quote"]))) == {"q-imagery", "q-alerts"}
    assert index.search("Kyiv", kinds=["person"]).error is not None
    assert "a kind is one of" in (index.search("kind:person").error or "")


def test_actor_filter_takes_an_id_or_any_spelling(index: SearchIndex) -> None:
    expected = {"kyiv", "strike-kyiv", "q-imagery", "q-alerts"}
    assert set(ids(index.search("actor:kyiv"))) == expected
    assert set(ids(index.search("actor:Kiev"))) == expected
    assert set(ids(index.search('actor:"Alexander Lukashenko" kind:event'))) == {"buildup", "talks"}
    assert "no actor or event" in (index.search("actor:nobody").error or "")


def test_source_credibility_reliability_and_stance_filters(index: SearchIndex) -> None:
    assert set(ids(index.search("source:report kind:quote"))) == {"q-imagery", "q-alerts", "q-mazyr"}
    assert set(ids(index.search("credibility:<=2"))) == {"q-imagery"}
    assert set(ids(index.search("credibility:[3 TO 4]"))) == {"q-alerts", "q-mazyr", "q-agreed", "q-denied"}
    assert set(ids(index.search("reliability:B kind:quote"))) == {"q-imagery", "q-alerts", "q-mazyr"}
    assert set(ids(index.search("stance:denies"))) == {"q-denied"}
    assert "1 (confirmed) to 6" in (index.search("credibility:<=high").error or "")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # strike-kyiv is 2022-02-24? (uncertain); tanks-cross is 2022-02-24.
        ("kind:event date:2022-02-24", {"strike-kyiv", "tanks-cross"}),
        # buildup is 2022-02-10/2022-02-20: any overlapping range finds it.
        ("kind:event date:[2022-02-15 TO 2022-02-16]", {"buildup"}),
        ("kind:event date:[2022-02-01 TO 2022-02-10]", {"buildup"}),
        ("kind:event date:[2022-02-21 TO 2022-02-23]", set()),
        # talks is 2022-03~ (approximate month): found by any day of March, and by the month.
        ("kind:event date:2022-03-15", {"talks"}),
        ("kind:event date:2022-03", {"talks"}),
        ("kind:event date:>=2022-02-25", {"talks"}),
        ("kind:event date:<2022-02-24", {"buildup"}),
        # Quotes take the date their source was published (report: 2022-02-25; article: 2022-02-28).
        ("kind:quote date:[2022-02-25 TO 2022-02-26]", {"q-imagery", "q-alerts", "q-mazyr"}),
    ],
)
def test_date_ranges_find_every_date_they_overlap(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert set(ids(index.search(query))) == expected


def test_a_bad_date_is_reported_where_it_is(index: SearchIndex) -> None:
    error = index.search("kind:event date:[soon TO 2022-03-01]").error
    assert error is not None and "'soon' is not a date" in error


def test_boolean_operators_phrases_and_fuzzy_terms(index: SearchIndex) -> None:
    assert "q-imagery" in ids(index.search('"russian tanks"'))
    assert "q-agreed" not in ids(index.search('"russian tanks"'))
    assert "q-agreed" in ids(index.search('"keep Russian troops in Belarus"'))  # "in" is a stop word
    assert "q-agreed" not in ids(index.search('"troops Russian"'))
    assert set(ids(index.search("kind:quote (Mazyr OR agreed)"))) == {"q-mazyr", "q-agreed"}
    assert "q-alerts" not in ids(index.search("kind:quote alerts NOT overnight"))
    assert "q-imagery" in ids(index.search("satelite~"))
    # Words near each other ("a b"~N): in a quote, all of them in its text, in any order.
    assert "q-imagery" in ids(index.search('"imagery tanks"~3'))
    assert "q-imagery" not in ids(index.search('"imagery troops"~3'))


# -- as you type ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "first"),
    [("l", "lukashenka"), ("Luk", "lukashenka"), ("Ki", "kyiv"), ("mazy", "mozyr"), ("Лук", "lukashenka")],
)
def test_typing_the_start_of_a_name_finds_it(index: SearchIndex, typed: str, first: str) -> None:
    assert ids(index.search(typed))[0] == first


def test_typing_the_start_of_a_word_finds_quotes_using_it(index: SearchIndex) -> None:
    found = index.search("kind:quote overni")
    assert ids(found) == ["q-alerts"]
    assert highlighted(found, "q-alerts") == ["overnight"]
    # A finished word (followed by a space) is no longer a prefix.
    assert ids(index.search("kind:quote overni ")) == []


def test_completions_offer_names_and_words(index: SearchIndex) -> None:
    assert index.complete("Luk")[:3] == ["Lukashenko", "Alexander Lukashenko", "Alyaksandr Lukashenka"]
    assert "Kiev" in index.complete("kie")
    assert index.complete("Ки")[0] in ("Київ", "Киев")
    assert "tanks overnight" in index.complete("tanks overn")
    assert index.complete("") == [] and index.complete("zzzz") == []
    assert len(index.complete("a", limit=2)) <= 2


def test_a_misspelt_query_gets_a_suggestion(index: SearchIndex) -> None:
    results = index.search("satelite imagery ")
    assert results.hits == [] and results.suggestion == "satellite imagery"
    assert index.search("Lukashenko").suggestion is None


# -- hostile queries --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "where"),
    [('"', 1), ("(", 1), ("[/", 1), ("Kyiv )", 6), ('tanks "near Kyiv', 7), ("date:[2022-02-01 TO", 6)],
)
def test_syntax_errors_say_where(index: SearchIndex, query: str, where: int) -> None:
    results = index.search(query)
    assert results.hits == []
    assert results.error is not None and f"at character {where}" in results.error
    caret_line = results.error.splitlines()[-1]
    assert caret_line.index("^") - 2 == where - 1


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "\x00",
        "\x1b[31mKyiv",
        "Kyiv\u202e",
        "x" * 10_000,
        "*",
        "kyiv*",
        "k?iv",
        "::",
        "date:",
        "AND",
        "OR OR",
        "NOT",
        "~",
        "^2",
        "actor:",
        "a" * 300 + "~",
        "Kyiv" + " AND" * 200,
        "日本語",
        "🙂",
        "kind:quote kind:event",
    ],
)
def test_hostile_queries_return_results_or_a_message(index: SearchIndex, query: str) -> None:
    results = index.search(query)
    assert isinstance(results, SearchResults)
    assert results.error is None or results.error.strip()
    for hit in results.hits:
        assert "\x1b" not in hit.snippet


def test_control_characters_are_spaces_not_errors(index: SearchIndex) -> None:
    assert index.search("Ky\x00iv").error is None  # two words now, "ky" and "iv": a search, not a crash
    assert ids(index.search("\x1bKyiv\x07"))[0] == "kyiv"


def test_a_ten_thousand_character_query_is_refused_with_a_reason(index: SearchIndex) -> None:
    error = index.search("Kyiv " * 2000).error
    assert error is not None and "too long" in error


def test_searches_from_another_thread(index: SearchIndex) -> None:
    found: list[list[str]] = []
    workers = [threading.Thread(target=lambda: found.append(ids(index.search("Kiev")))) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert [result[0] for result in found] == ["kyiv"] * 4


# -- where the index lives --------------------------------------------------------------------------


def test_the_index_lives_in_the_cache_never_in_the_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    workspace = make_search_workspace(tmp_path / "ws")
    before = sorted(path.relative_to(workspace) for path in workspace.rglob("*"))
    SearchIndex.open(workspace).close()
    assert sorted(path.relative_to(workspace) for path in workspace.rglob("*")) == before
    folder = cache_dir_for(workspace)
    assert folder.parent.parent == tmp_path / "cache" and (folder / "current").is_file()
    assert cache_dir_for(tmp_path / "other") != folder


READ_ONLY_SEARCH = """
import json, os, sys
from pathlib import Path
from dossier.search import SearchIndex
workspace = Path(os.environ["WORKSPACE"])
try:
    open(workspace / "actors" / "probe.yaml", "w")
    writable = True
except PermissionError:
    writable = False
with SearchIndex.open(workspace) as opened:
    found = [hit.id for hit in opened.search("Kiev").hits]
print(json.dumps({"writable": writable, "found": found}))
"""


def test_a_read_only_workspace_can_be_searched(scratch: Path) -> None:
    # As an unprivileged user (root ignores permissions): the workspace is read-only to it,
    # the cache folder is its own.
    workspace = make_search_workspace(scratch / "ws")
    for path in [workspace, *workspace.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    cache = give(scratch / "cache")
    before = tree(workspace)
    outcome = run_unprivileged(READ_ONLY_SEARCH, env={"WORKSPACE": str(workspace), "DOSSIER_CACHE_DIR": str(cache)})
    assert outcome["writable"] is False, "the permissions did not bind"
    assert outcome["found"][0] == "kyiv"
    assert tree(workspace) == before
    assert any(cache.rglob("current")), "the index went to the cache"
