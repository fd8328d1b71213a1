"""scripts/guard_tests.py finds the tests that check nothing and the skips of a run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("guard_tests", REPO / "scripts" / "guard_tests.py")
assert _spec is not None and _spec.loader is not None
guard = importlib.util.module_from_spec(_spec)
sys.modules["guard_tests"] = guard
_spec.loader.exec_module(guard)

SAMPLE = """
import pytest

def helper_that_checks(value):
    assert value

def helper_that_calls_a_checker(value):
    helper_that_checks(value)

def test_asserts():
    assert 1 + 1 == 2

def test_raises_with_match():
    with pytest.raises(ValueError, match="bad"):
        int("bad")

def test_raises_without_match():
    with pytest.raises(ValueError):
        int("x")

def test_only_runs_code():
    int("1")

def test_through_two_helpers():
    helper_that_calls_a_checker(1)

async def test_async_without_checks(pilot):
    await pilot.press("x")

class TestGrouped:
    def test_in_a_class_without_checks(self):
        print("hello")
"""

REPORT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="2">
<testcase classname="tests.unit.test_a" name="test_runs" time="0.1"/>
<testcase classname="tests.unit.test_a" name="test_skips[x]" time="0.0">
<skipped type="pytest.skip" message="root ignores
 file permissions">tests/unit/test_a.py:3: root ignores file permissions</skipped></testcase>
</testsuite></testsuites>
"""


def test_tests_that_check_nothing_are_listed(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_sample.py").write_text(SAMPLE)
    assert guard.tests_that_check_nothing(tmp_path / "tests", tmp_path) == [
        "tests/test_sample.py::test_raises_without_match",
        "tests/test_sample.py::test_only_runs_code",
        "tests/test_sample.py::test_async_without_checks",
        "tests/test_sample.py::TestGrouped::test_in_a_class_without_checks",
    ]


def test_the_skips_of_a_run_are_read_from_its_junit_report(tmp_path: Path) -> None:
    report = tmp_path / "junit.xml"
    report.write_text(REPORT)
    assert guard.skipped_in(report) == ["tests/unit/test_a.py::test_skips[x]: root ignores file permissions"]


def test_the_suite_today_has_no_entry_beyond_the_baseline() -> None:
    assert set(guard.tests_that_check_nothing()) <= guard._baseline()


def test_a_machine_limit_skip_is_listed_not_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "junit.xml"
    report.write_text(REPORT.replace("root ignores\n file permissions", f"{guard.MACHINE_LIMIT}no user to drop to"))
    assert guard.main(["--junit", str(report)]) == 0
    assert "no user to drop to" in capsys.readouterr().out
    report.write_text(REPORT)
    assert guard.main(["--junit", str(report)]) == 1
