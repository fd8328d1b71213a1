"""`dossier/search/speedups.py` patches Whoosh's hot paths and claims to change no result.

The claim is checked the only way it can be: the same queries, over the bundled seeds and a
generated workspace large enough for the patched paths to matter (posting lists longer than
one 128-id block, more matches than the page of hits), run in two fresh processes, one with
the patches and one without, each building its own index. Hits, their order, their scores
within 1e-12), snippets, totals and suggestions must be identical.

Scores are not equal to the last bit: folding a field's boost into the scorer multiplies in
another order than Whoosh's wrapper did, which moves some scores by one unit in the last
place (measured: 0x1.5526ca43ea3e9p+3 against ...eap+3). Equal inputs still give equal
scores, so ties and the order of hits are the same; the tolerance admits only that rounding.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic import generate_workspace
from dossier.paths import bundled_seeds

REPO = Path(__file__).resolve().parents[2]

RUN_QUERIES = """
import json, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
import dossier.search.speedups as speedups
if sys.argv[2] == "off":
    speedups.apply = lambda: None  # the index calls apply() before it touches Whoosh
from dossier.search import SearchIndex
queries = json.loads(sys.argv[4])
answers = {}
with SearchIndex.open(Path(sys.argv[3])) as index:
    for query in queries:
        for limit in (5, 200):
            results = index.search(query, limit=limit)
            answers[f"{limit}:{query}"] = {
                "hits": [[h.kind, h.id, h.title, h.snippet, [list(s) for s in h.highlights]] for h in results.hits],
                "scores": [h.score for h in results.hits],
                "total": results.total, "suggestion": results.suggestion, "error": results.error,
            }
print(json.dumps({"applied": speedups._applied, "answers": answers}))
"""

SEED_QUERIES = [
    "Lukashenko",
    "Lukashenka Putin",
    "troops Belarus",
    '"Russian troops"',
    "lukashenkp",
    "kind:quote troops",
    "kind:event",
    "belarus OR ukraine",
    "troops AND NOT Belarus",
    "mil*",
    "date:[2022-01-01 TO 2022-02-24]",
    "reliability:<=B",
    "status:draft",
    "Лукашенко",
]


def _compare(root: Path, queries: list[str], tmp_path: Path) -> dict[str, Any]:
    # Both processes at once (each builds its own index), one with the patches and one without.
    runs = {
        patched: subprocess.Popen(
            [sys.executable, "-c", RUN_QUERIES, str(REPO), patched, str(root), json.dumps(queries)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "DOSSIER_CACHE_DIR": str(tmp_path / f"cache-{patched}")},
        )
        for patched in ("on", "off")
    }
    answers = {}
    for patched, run in runs.items():
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        outcome = json.loads(out)
        assert outcome["applied"] is (patched == "on"), "the patches were (not) applied as asked"
        answers[patched] = outcome["answers"]
    on, off = answers["on"], answers["off"]
    assert sum(len(answer["hits"]) for answer in on.values()) > 0
    assert on.keys() == off.keys()
    different = [key for key in on if {**on[key], "scores": None} != {**off[key], "scores": None}]
    assert different == [], f"the patches change the hits of {different[:5]}"
    for key in on:
        assert on[key]["scores"] == pytest.approx(off[key]["scores"], rel=1e-12, abs=0), key
    return on


def test_the_speedups_change_no_result_over_the_seeds(tmp_path: Path) -> None:
    _compare(bundled_seeds(), SEED_QUERIES, tmp_path)


@pytest.mark.slow
def test_the_speedups_change_no_result_over_a_generated_workspace(tmp_path: Path) -> None:
    summary = generate_workspace(tmp_path / "ws", quotes=800, seed=11)
    people = summary["people"]
    places = list(summary["places"])
    words = summary["vocabulary"]
    aliases = [alias for spellings in summary["actors"].values() for alias in spellings[:3]]
    queries = [
        *words[:12],  # common words: posting lists of many blocks
        *(f"{a} {b}" for a, b in zip(words[::7], words[3::7], strict=False)),  # AND of two, rare with common
        *(f"{person.split('-')[-1]} {word}" for person, word in zip(people, words[5::3], strict=False)),
        *aliases[:20],
        *(f'"{words[i]} {words[i + 1]}"' for i in range(0, 20, 4)),
        *(f"{place} OR {word}" for place, word in zip(places, words[30:], strict=False)),
        *(f"{word[:3]}*" for word in words[:6]),
        *(f"{word}~" for word in words[40:44]),
        "kind:quote troops",
        "date:[2022-06-01 TO 2023-06-01] kind:event",
    ]
    on = _compare(tmp_path / "ws", queries, tmp_path)
    # Large enough for the patched paths: some word matches more than one posting block (128 ids).
    assert max(answer["total"] for key, answer in on.items() if key.startswith("200:")) > 128
