"""Export benchmark: every dossier of a 10,000-actor synthetic workspace to Markdown, and the other formats.

    python -m benchmarks.export_bench                               # 10,000 actors, 100,000 quotes
    python -m benchmarks.export_bench --actors 2000 --quotes 20000  # smaller
    python -m benchmarks.export_bench --formats ftm,stix            # the whole workspace as FtM, then STIX

Target (issue 12): the FtM and the STIX export of the 100,000-quote workspace each take at most
30 s. A format's row is what `dossier export --format NAME -o FILE` does after loading: render
every record and write the file atomically (CSV: one file per kind into a folder).

Target (issue 5): exporting all dossiers of a 10,000-actor workspace takes seconds, not
minutes. The table separates the steps, since only some are the exporter's: loading the
workspace (YAML cache warm: cold loading is not the exporter's), rendering every dossier in
memory, writing them into an empty folder (render, then every file staged under a temporary
name, one file-system sync, renames), the same in two processes (`workers=2`, off by
default), and exporting again over that export (files whose only change would be
`generated-at` are left alone). A single dossier (what the browser's `e` key does) is timed too.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from benchmarks.synthetic import generate_workspace
from dossier.export.formats import FORMATS, get_format
from dossier.export.service import export_dossier, render_all, write_all, write_folder, write_stream
from dossier.workspace import Workspace, load_workspace

T = TypeVar("T")
STAMP = "2024-05-01T12:00:00Z"


def _cpu() -> float:
    """CPU seconds of this process (threads included) and of its finished children (forked workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed(action: Callable[[], T]) -> tuple[T, float, float]:
    """Run `action`; its result, wall time and CPU time."""
    start, cpu_start = time.perf_counter(), _cpu()
    result = action()
    return result, time.perf_counter() - start, _cpu() - cpu_start


def _row(step: str, seconds: float, cpu: float, files: int | str = "", megabytes: float | None = None) -> str:
    # CPU time matters on a shared machine, where wall time also counts waiting for a core.
    size = f"{megabytes:7.1f}" if megabytes is not None else " " * 7
    rate = f"{megabytes / seconds:6.1f}" if megabytes is not None and seconds > 0 else " " * 6
    return f"| {step:<48} | {seconds:8.3f} | {cpu:7.3f} | {files!s:>6} | {size} | {rate} |"


def run(root: Path, actors: int, quotes: int, seed: int, formats: list[str]) -> list[str]:
    workspace_dir = root / "workspace"
    generated = "reused from an earlier run"
    if not (workspace_dir / "actors").is_dir():
        _, seconds, _ = _timed(lambda: generate_workspace(workspace_dir, quotes, seed, actors=actors))
        generated = f"generated in {seconds:.1f} s"
    os.environ.setdefault("DOSSIER_CACHE_DIR", str(root / "cache"))
    load_workspace(workspace_dir)  # fills the YAML cache: loading is not what is measured here
    workspace, load_seconds, load_cpu = _timed(lambda: load_workspace(workspace_dir))
    assert not workspace.problems, workspace.problems[:3]

    header = [
        f"workspace: {len(workspace.actors):,} actors, {len(workspace.events):,} events, "
        f"{len(workspace.quotes):,} quotes, {len(workspace.sources):,} sources "
        f"({generated}); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs",
        "",
        f"| {'step':<48} | {'wall (s)':>8} | {'CPU (s)':>7} | {'files':>6} | {'MB':>7} | {'MB/s':>6} |",
        f"| {'-' * 48} | {'-' * 7}: | {'-' * 6}: | {'-' * 5}: | {'-' * 6}: | {'-' * 5}: |",
        _row("load workspace (warm YAML cache; not export)", load_seconds, load_cpu),
    ]
    rows = _markdown_rows(root, workspace_dir, workspace, seed) if "markdown" in formats else []
    for name in formats:
        if name != "markdown":
            rows.append(_format_row(root, workspace_dir, name))
    return header + rows


def _format_row(root: Path, workspace_dir: Path, name: str) -> str:
    """Export the whole workspace in one format, into a fresh file (or folder), from a freshly loaded workspace."""
    fmt = get_format(name)
    target = root / f"whole{fmt.suffix}" if fmt.layout == "file" else root / f"whole-{name}"
    shutil.rmtree(target, ignore_errors=True) if target.is_dir() else target.unlink(missing_ok=True)
    workspace = load_workspace(workspace_dir)
    if fmt.layout == "file":
        _, seconds, cpu = _timed(lambda: write_stream(workspace, fmt, target, generated_at=STAMP))
        count, size = 1, target.stat().st_size
    else:
        report, seconds, cpu = _timed(lambda: write_folder(workspace, fmt, target, generated_at=STAMP))
        count, size = len(report.paths), sum(path.stat().st_size for path in report.paths)
    return _row(f"--format {name}: whole workspace (render+write)", seconds, cpu, count, size / 1e6)


def _markdown_rows(root: Path, workspace_dir: Path, workspace: Workspace, seed: int) -> list[str]:
    files, render_seconds, render_cpu = _timed(lambda: render_all(workspace, generated_at=STAMP))
    megabytes = sum(len(text.encode("utf-8")) for text in files.values()) / 1e6

    out = root / "export"
    shutil.rmtree(out, ignore_errors=True)
    fresh = load_workspace(workspace_dir)  # a new object: nothing cached from the rendering above
    report, write_seconds, write_cpu = _timed(lambda: write_all(fresh, out, generated_at=STAMP))
    assert len(report.written) == len(files)
    again, again_seconds, again_cpu = _timed(lambda: write_all(fresh, out, generated_at="2030-01-01T00:00:00Z"))
    assert not again.written and len(again.unchanged) == len(files)
    out2 = root / "export-2"
    shutil.rmtree(out2, ignore_errors=True)
    fresh = load_workspace(workspace_dir)
    two, two_seconds, two_cpu = _timed(lambda: write_all(fresh, out2, generated_at=STAMP, workers=2))
    assert len(two.written) == len(files)

    people = sorted(actor.id for actor in workspace.actors.values() if actor.kind.value == "person")
    single, single_cpu = _single_exports(workspace, people, seed)

    lines = [
        _row("render all dossiers + index (in memory)", render_seconds, render_cpu, len(files), megabytes),
        _row(
            "export --all into an empty folder (render+write)", write_seconds, write_cpu, len(report.written), megabytes
        ),
        _row("the same in 2 processes (workers=2)", two_seconds, two_cpu, len(two.written), megabytes),
        _row("export --all again (nothing changed)", again_seconds, again_cpu, len(again.unchanged), megabytes),
        _row("one actor dossier, median of 50 (`e` key)", single, single_cpu, 1),
    ]
    return lines


def _single_exports(workspace: Workspace, people: list[str], seed: int) -> tuple[float, float]:
    """Median wall and CPU time of exporting one person's dossier, as the browser does."""
    rng = random.Random(seed)
    walls, cpus = [], []
    for actor_id in [rng.choice(people) for _ in range(50)]:
        _, seconds, cpu = _timed(lambda actor_id=actor_id: export_dossier(workspace, actor_id, generated_at=STAMP))
        walls.append(seconds)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--formats",
        default="markdown",
        help=f"comma-separated formats to time (default markdown; any of {', '.join(FORMATS)})",
    )
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="work folder, kept; a workspace already in it is reused (default: temporary)",
    )
    args = parser.parse_args(argv)
    formats = [name.strip() for name in args.formats.split(",") if name.strip()]
    for name in formats:
        get_format(name)  # an unknown name fails here, before the workspace is generated
    if args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
        lines = run(args.dir, args.actors, args.quotes, args.seed, formats)
    else:
        with tempfile.TemporaryDirectory(prefix="dossier-export-bench-") as folder:
            lines = run(Path(folder), args.actors, args.quotes, args.seed, formats)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
