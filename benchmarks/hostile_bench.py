"""Hostile-input benchmark: how long a bad file or a hostile query takes to be refused.

    python -m benchmarks.hostile_bench             # each case 3 times, the median
    python -m benchmarks.hostile_bench --runs 5

These bounds used to be asserts inside tests ("under 5 s", "under 30 s"), where a loaded
machine made them fail for no fault of the code. Here they are a table: for each malformed
YAML case of tests/hostile/test_yaml.py (billion laughs, deep nesting, huge numbers...), the
time to load the workspace and check it, and for the hostile search query of
tests/hostile/test_index.py, the time of the whole `dossier search` process. CPU time is
printed beside wall time: it does not grow when other programs load the machine. The budget
column is the old bound; "over" marks a case beyond it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dossier.checks import check_workspace
from dossier.workspace import load_workspace
from tests.conftest import make_workspace
from tests.hostile.test_index import HOSTILE_QUERY
from tests.hostile.test_yaml import CASES

YAML_BUDGET = 5.0  # seconds per malformed file, load and check
QUERY_BUDGET = 30.0  # seconds for the whole search process, start-up included


def _load_case(folder: Path, relative: str, data: bytes) -> tuple[float, float]:
    root = make_workspace(folder / "ws")
    (root / relative).write_bytes(data)
    wall, cpu = time.perf_counter(), time.process_time()
    check_workspace(load_workspace(root, use_cache=False))
    return time.perf_counter() - wall, time.process_time() - cpu


def _search_process(folder: Path) -> tuple[float, float]:
    root = make_workspace(folder / "ws")
    env = {**os.environ, "DOSSIER_CACHE_DIR": str(folder / "cache")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "dossier.cli", "search", HOSTILE_QUERY, "-w", str(root)],
        capture_output=True,
        env=env,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - wall, cpu


def _median(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per case; the median is shown")
    args = parser.parse_args(argv)
    rows: list[tuple[str, float, float, float]] = []
    with tempfile.TemporaryDirectory() as scratch:
        for number, case in enumerate(CASES):
            relative, data, _expected = case.values
            samples = [
                _load_case(Path(scratch, f"yaml-{number}-{run}"), str(relative), bytes(data))
                for run in range(args.runs)
            ]
            rows.append((f"yaml: {case.id}", *_median(samples), YAML_BUDGET))
        samples = [_search_process(Path(scratch, f"query-{run}")) for run in range(args.runs)]
        rows.append(("search: hostile query (process)", *_median(samples), QUERY_BUDGET))
    width = max(len(row[0]) for row in rows)
    print(f"{'case':<{width}}  {'wall s':>8}  {'cpu s':>8}  {'budget s':>8}")
    over = 0
    for name, wall, cpu, budget in rows:
        flag = "  over" if wall > budget else ""
        over += bool(flag)
        print(f"{name:<{width}}  {wall:8.3f}  {cpu:8.3f}  {budget:8.1f}{flag}")
    print(f"{len(rows)} cases, {over} over budget (median of {args.runs} runs; wall time grows on a loaded machine)")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
