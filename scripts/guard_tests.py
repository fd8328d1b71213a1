"""Guard the test suite against tests that cannot fail and skips that hide a regression.

    python scripts/guard_tests.py                      # tests that check nothing
    python scripts/guard_tests.py --junit REPORT.xml   # ...and the skips of a run (pytest --junitxml)

Two lists are printed:

- test functions that check nothing: no `assert`, no `raise AssertionError`, no
  `pytest.raises(..., match=...)`, no `pytest.fail`, no `snap_compare`, and no call to a
  helper of the suite that does one of these (found by name, through any depth of helpers);
- tests that were skipped in the run whose JUnit report is given: on CI, the skips whose
  condition holds on the CI machine, which hide whatever they would have caught.

Each entry is compared with `scripts/guard_tests_baseline.txt`, the entries accepted today
(ideally none). The script fails when either list holds an entry that is not there; an entry
of the baseline that no longer occurs is reported, so it can be removed. .ci/run runs it
after the suite.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
BASELINE = Path(__file__).resolve().parent / "guard_tests_baseline.txt"

# A skip whose reason starts with this is a limit of the machine (say, a checkout that the
# unprivileged user cannot read), which no change to the suite can lift: listed, not failed.
MACHINE_LIMIT = "machine limit: "

# Calls that are checks in themselves (by the last part of their name).
CHECKING_CALLS = {"fail", "snap_compare"}


def _call_name(node: ast.Call) -> str:
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return ""


def _checks_directly(function: ast.AST) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Raise) and node.exc is not None and "AssertionError" in ast.unparse(node.exc):
            return True
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name in CHECKING_CALLS:
                return True
            if name == "raises" and any(keyword.arg == "match" for keyword in node.keywords):
                return True
    return False


def _called_names(function: ast.AST) -> set[str]:
    return {_call_name(node) for node in ast.walk(function) if isinstance(node, ast.Call)} - {""}


def _functions(tree: ast.Module) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Module-level functions and methods of module-level classes, with their qualified names."""
    found: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append((node.name, node))
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    found.append((f"{node.name}::{item.name}", item))
    return found


def tests_that_check_nothing(tests: Path = TESTS, root: Path = ROOT) -> list[str]:
    """`path::test` for every test function with no check in it or in the helpers it calls."""
    modules = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in sorted(tests.rglob("*.py"))}
    helpers: dict[str, list[ast.AST]] = {}  # every function of the suite by its bare name
    for tree in modules.values():
        for qualified, function in _functions(tree):
            helpers.setdefault(qualified.split("::")[-1], []).append(function)
    # Helper names that check, directly or through other helpers (to a fixed point).
    checking = {name for name, bodies in helpers.items() if any(_checks_directly(body) for body in bodies)}
    calls = {name: set().union(*(_called_names(body) for body in bodies)) for name, bodies in helpers.items()}
    grew = True
    while grew:
        grew = False
        for name, called in calls.items():
            if name not in checking and called & checking:
                checking.add(name)
                grew = True
    unchecked = []
    for path, tree in modules.items():
        if not path.name.startswith("test_"):
            continue
        for qualified, function in _functions(tree):
            if not function.name.startswith("test_"):
                continue
            if _checks_directly(function) or _called_names(function) & checking:
                continue
            unchecked.append(f"{path.relative_to(root).as_posix()}::{qualified}")
    return unchecked


def skipped_in(report: Path) -> list[str]:
    """`path::test: reason` for every test the JUnit report says was skipped."""
    skipped = []
    for case in ElementTree.parse(report).iter("testcase"):
        skip = case.find("skipped")
        if skip is None:
            continue
        module = case.get("classname", "").replace(".", "/")
        reason = " ".join((skip.get("message") or "").split())
        skipped.append(f"{module}.py::{case.get('name')}: {reason}")
    return sorted(set(skipped))


def _baseline() -> set[str]:
    if not BASELINE.exists():
        return set()
    lines = (line.strip() for line in BASELINE.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--junit", type=Path, help="the JUnit XML report of a pytest run (--junitxml)")
    args = parser.parse_args(argv)
    accepted = _baseline()
    lists = {"tests that check nothing": tests_that_check_nothing()}
    if args.junit:
        lists["skipped in this run"] = skipped_in(args.junit)
    status = 0
    for title, entries in lists.items():
        new = [entry for entry in entries if entry not in accepted and f": {MACHINE_LIMIT}" not in entry]
        print(f"{title}: {len(entries)} ({len(new)} not in {BASELINE.relative_to(ROOT).as_posix()})")
        for entry in entries:
            print(f"  {'NEW ' if entry in new else ''}{entry}")
        status |= bool(new)
    seen = {entry for entries in lists.values() for entry in entries}
    for entry in sorted(accepted - seen):
        print(f"no longer occurs (remove it from the baseline): {entry}")
    if status:
        print("test guard: FAILED: make each new test check what it claims, or its skip fail", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
