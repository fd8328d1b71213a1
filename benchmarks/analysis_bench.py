"""Analysis benchmark: the timeline, contested-claims and network views on a 100,000-quote workspace.

    python -m benchmarks.analysis_bench                    # 100,000 quotes (benchmarks/synthetic.py)
    python -m benchmarks.analysis_bench --quotes 20000     # smaller
    python -m benchmarks.analysis_bench --dir DIR          # keep (and reuse) the generated workspace

Targets (issue 11): opening each view takes at most 200 ms; the full contested ledger takes at
most 2 s. Two tables. The services, as the views and exports call them, each the median of
several runs (wall and CPU time of this process): what a view computes before it can show
anything. The views themselves, in the real app driven by Pilot at 80x24 (the workspace
loaded, the search index not opened: these views do not use it): from the key press until the
view shows its rows, the first time (services built) and again (services reused).

On a shared machine wall time includes waiting for a core: read the CPU column beside it.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from benchmarks.synthetic import generate_workspace
from dossier.analysis.contested import build_ledger, unconfirmed_credibility_one
from dossier.analysis.network import Network
from dossier.analysis.timeline import build_timeline, histogram, suggested_zoom
from dossier.export.analysis import graph_bytes, render_contested, render_timeline
from dossier.workspace import Workspace, load_workspace

T = TypeVar("T")
STAMP = "2024-05-01T12:00:00Z"
REPEATS = 5  # each view opened this many times: the first, then the median of the others


def _timed(action: Callable[[], T]) -> tuple[T, float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - start, time.process_time() - cpu


def _median(action: Callable[[], object], runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        _, wall, cpu = _timed(action)
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def _row(step: str, wall: float, cpu: float, target: str = "") -> str:
    return f"| {step:<58} | {wall * 1000:9.1f} | {cpu * 1000:8.1f} | {target:>8} |"


def _header(title: str) -> list[str]:
    return [
        "",
        f"| {title:<58} | {'wall (ms)':>9} | {'CPU (ms)':>8} | {'target':>8} |",
        f"| {'-' * 58} | {'-' * 8}: | {'-' * 7}: | {'-' * 7}: |",
    ]


def service_rows(workspace: Workspace, runs: int, seed: int) -> list[str]:
    from dossier.tui.catalog import Catalog

    catalog: Any = Catalog(workspace)  # what the browser holds: quotes indexed by subject
    rng = random.Random(seed)
    people = sorted(a.id for a in workspace.actors.values() if a.kind.value == "person")
    sample = [rng.choice(people) for _ in range(20)]

    def timeline_all() -> None:
        timeline = build_timeline(catalog)
        zoom = suggested_zoom(timeline, 40)
        histogram(timeline, zoom)

    def timeline_actor() -> None:
        for actor_id in sample:
            timeline = build_timeline(catalog, actor=actor_id)
            histogram(timeline, suggested_zoom(timeline, 40))

    def contested_list() -> None:
        build_ledger(catalog).contested()

    def network_first() -> None:
        network = Network(catalog, quotes_about=catalog.quotes_about)
        actor_id = sample[0]
        network.reach(actor_id, 2)
        ties = network.ties(actor_id)
        if ties:
            network.quotes_for(ties[0].evidence[-1], actor_id, ties[0].other_id)

    def warm_up() -> None:  # what the app does in the background once the workspace is loaded
        build_ledger(catalog).contested()
        Network(catalog, quotes_about=catalog.quotes_about)

    def full_ledger() -> None:
        ledger = build_ledger(catalog)
        for subject in ledger.subjects.values():
            subject.groups  # noqa: B018 (every stance of every subject graded and sorted)

    rows = _header(f"service ({runs} runs, median)")
    wall, cpu = _median(timeline_all, runs)
    rows.append(_row(f"timeline: all {len(workspace.events):,} events + histogram", wall, cpu, "200"))
    wall, cpu = _median(timeline_actor, max(1, runs // 2))
    rows.append(_row("timeline: one person's events + histogram (per actor)", wall / 20, cpu / 20, "200"))
    wall, cpu = _median(warm_up, runs)
    rows.append(_row("background warm-up after loading: ledger + network index", wall, cpu))
    wall, cpu = _median(contested_list, runs)
    rows.append(_row("contested: the ordered list of contested subjects", wall, cpu, "200"))
    wall, cpu = _median(network_first, runs)
    rows.append(_row("network: index + one actor's ties, two hops, evidence", wall, cpu, "200"))
    wall, cpu = _median(full_ledger, max(1, runs // 2))
    rows.append(_row("contested: full ledger (every subject, every stance)", wall, cpu, "2000"))
    wall, cpu = _median(lambda: unconfirmed_credibility_one(workspace), max(1, runs // 2))
    rows.append(_row("check: the credibility-1 warning", wall, cpu))
    wall, cpu = _median(lambda: render_timeline(workspace, generated_at=STAMP), max(1, runs // 2))
    rows.append(_row("export --timeline (Markdown)", wall, cpu))
    _, wall, cpu = _timed(lambda: render_contested(workspace, generated_at=STAMP))
    rows.append(_row("export --contested (Markdown, one run)", wall, cpu))
    _, wall, cpu = _timed(lambda: graph_bytes(workspace, ".graphml"))
    rows.append(_row("export --graph FILE.graphml (one run)", wall, cpu))
    return rows


async def _views(root: Path, actor_id: str, *, warm: bool) -> list[tuple[str, float, float, float, float]]:
    from dossier.tui.app import DossierApp
    from dossier.tui.screens.contested import ContestedScreen
    from dossier.tui.screens.network import NetworkScreen
    from dossier.tui.screens.timeline import TimelineScreen
    from dossier.tui.widgets.rows import RowsView

    class ViewsApp(DossierApp):
        def _open_index(self) -> None:  # these views do not search
            self.index_state = "not opened (benchmark)"

        def warm_analysis(self) -> None:
            if warm:
                super().warm_analysis()

    config = Path(tempfile.mkdtemp(prefix="dossier-analysis-bench-config-"))
    app = ViewsApp(root, config_dir=config)
    results = []
    async with app.run_test(size=(80, 24)) as pilot:
        while app.workspace is None:
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        app.open_record(actor_id)
        await pilot.pause()
        await pilot.press("escape")

        def shown(kind: type, selector: str) -> bool:
            screen = app.screen
            if not isinstance(screen, kind):
                return False
            if isinstance(screen, NetworkScreen):
                return screen.network is not None and bool(screen.ties_tree.root.children)
            return bool(screen.query_one(selector, RowsView).rows)

        for key, kind, selector, name in (
            ("t", TimelineScreen, "#timeline-rows", "timeline (of the actor shown)"),
            ("c", ContestedScreen, "#contested-subjects", "contested claims"),
            ("n", NetworkScreen, "#network-tree", "network (of the actor shown)"),
        ):
            timings = []
            for _ in range(REPEATS):
                start, cpu = time.perf_counter(), time.process_time()
                await pilot.press(key)
                while not shown(kind, selector):
                    await pilot.pause(0.002)
                await pilot.pause()  # drawn
                timings.append((time.perf_counter() - start, time.process_time() - cpu))
                await pilot.press("escape")
                await pilot.pause()
            again = timings[1:]
            results.append(
                (
                    name,
                    timings[0][0],
                    timings[0][1],
                    statistics.median(wall for wall, _ in again),
                    statistics.median(cpu for _, cpu in again),
                )
            )
    return results


def view_rows(root: Path, workspace: Workspace) -> list[str]:
    people = sorted(a.id for a in workspace.actors.values() if a.kind.value == "person")
    warmed = asyncio.run(_views(root, people[0], warm=True))
    cold = asyncio.run(_views(root, people[0], warm=False))
    rows = _header("view in the app, 80x24: key to rows shown")
    for (name, wall, cpu, again_wall, again_cpu), (_, cold_wall, cold_cpu, _, _) in zip(warmed, cold, strict=True):
        rows.append(_row(f"{name}: first time", wall, cpu, "200"))
        rows.append(_row(f"{name}: again (median of {REPEATS - 1})", again_wall, again_cpu, "200"))
        rows.append(_row(f"{name}: before the background warm-up", cold_wall, cold_cpu))
    return rows


def run(root: Path, quotes: int, seed: int, runs: int) -> list[str]:
    workspace_dir = root / "workspace"
    generated = "reused"
    if not (workspace_dir / "actors").is_dir():
        _, seconds, _ = _timed(lambda: generate_workspace(workspace_dir, quotes, seed))
        generated = f"generated in {seconds:.0f} s"
    os.environ.setdefault("DOSSIER_CACHE_DIR", str(root / "cache"))
    load_workspace(workspace_dir)  # warms the YAML cache
    workspace = load_workspace(workspace_dir)
    assert not workspace.problems, workspace.problems[:3]
    # The views first, in apps of their own, before this process holds a second workspace.
    views = view_rows(workspace_dir, workspace)
    gc.freeze()  # the loaded workspace is long-lived
    ledger = build_ledger(workspace)
    lines = [
        f"workspace: {len(workspace.quotes):,} quotes, {len(workspace.events):,} events, "
        f"{len(workspace.actors):,} actors, {len(workspace.sources):,} sources ({generated}); "
        f"{len(ledger.contested()):,} contested subjects of {len(ledger.subjects):,}; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs",
    ]
    del ledger
    lines += service_rows(workspace, runs, seed)
    lines += views
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=5, help="runs per service timing (median)")
    parser.add_argument("--dir", type=Path, default=None, help="work folder, kept; a workspace in it is reused")
    args = parser.parse_args(argv)
    if args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
        lines = run(args.dir, args.quotes, args.seed, args.runs)
    else:
        with tempfile.TemporaryDirectory(prefix="dossier-analysis-bench-") as folder:
            lines = run(Path(folder), args.quotes, args.seed, args.runs)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
