"""Quote anchoring: exact, relocated, ambiguous and orphaned, and `check --fix`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dossier.anchor import AnchorStatus, anchor_quote, context_around
from dossier.checks import check_workspace
from dossier.model import Quote
from dossier.workspace import load_workspace

TEXT = "Tanks crossed at dawn. Officials said Belarus would join. Tanks crossed at dawn. Officials denied it."


def make_quote(exact: str, start: int, prefix: str = "", suffix: str = "") -> Quote:
    return Quote(id="q", source="s", exact=exact, start=start, end=start + len(exact), prefix=prefix, suffix=suffix)


def test_exact_when_offsets_and_context_match() -> None:
    start = TEXT.index("Belarus would join")
    prefix, suffix = context_around(TEXT, start, start + len("Belarus would join"))
    anchor = anchor_quote(TEXT, make_quote("Belarus would join", start, prefix, suffix))
    assert (anchor.status, anchor.start) == (AnchorStatus.exact, start)


def test_relocated_when_words_and_context_occur_once_elsewhere() -> None:
    start = TEXT.index("Belarus would join")
    prefix, suffix = context_around(TEXT, start, start + len("Belarus would join"))
    anchor = anchor_quote(TEXT, make_quote("Belarus would join", start - 5, prefix, suffix))
    assert (anchor.status, anchor.start, anchor.end) == (AnchorStatus.relocated, start, start + 18)


def test_ambiguous_when_words_and_context_occur_twice() -> None:
    anchor = anchor_quote(TEXT, make_quote("Tanks crossed at dawn.", 3, "", " Officials "))
    assert anchor.status is AnchorStatus.ambiguous
    assert anchor.occurrences == (0, TEXT.index("Tanks crossed", 5))


def test_orphaned_when_the_words_are_not_there() -> None:
    anchor = anchor_quote(TEXT, make_quote("Belarus would never join", 0))
    assert (anchor.status, anchor.occurrences) == (AnchorStatus.orphaned, ())


def test_never_reattached_to_look_alike_words_with_other_context() -> None:
    # The words occur once, but not with the recorded context: report, do not move.
    anchor = anchor_quote(TEXT, make_quote("Officials denied it", 0, "Belarus said that ", ""))
    assert anchor.status is AnchorStatus.orphaned
    assert anchor.occurrences == (TEXT.index("Officials denied it"),)


def shift_first_quote(root: Path, by: int) -> str:
    path = root / "quotes" / "article.yaml"
    text = path.read_text()
    first = load_workspace(root).quotes["q-agreed"]
    text = text.replace(f"start: {first.start}\n", f"start: {first.start + by}\n", 1)
    text = text.replace(f"end: {first.end}\n", f"end: {first.end + by}\n", 1)
    path.write_text("# analyst's comment, kept by --fix\n" + text)
    return text


def test_check_reports_a_relocated_quote_and_fix_corrects_only_its_offsets(workspace_dir: Path) -> None:
    shift_first_quote(workspace_dir, 4)
    report = check_workspace(load_workspace(workspace_dir))
    assert [r.quote_id for r in report.relocations] == ["q-agreed"]
    assert "quote 'q-agreed' is relocated" in str(report.problems[0])

    before = (workspace_dir / "quotes" / "article.yaml").read_text()
    result = subprocess.run(
        [sys.executable, "-m", "dossier.cli", "check", "--fix", str(workspace_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout
    assert "quote 'q-agreed' moved to" in result.stdout
    after = (workspace_dir / "quotes" / "article.yaml").read_text()
    assert after.startswith("# analyst's comment, kept by --fix\n")
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert [a.split(":")[0].strip() for a, _ in changed] == ["start", "end"]
    assert check_workspace(load_workspace(workspace_dir)).problems == []


def test_fix_leaves_ambiguous_quotes_alone(tmp_path: Path) -> None:
    from tests.conftest import SOURCE_TEXT, make_workspace

    root = make_workspace(tmp_path / "ws", text=SOURCE_TEXT + SOURCE_TEXT)  # every sentence now occurs twice
    path = root / "quotes" / "article.yaml"
    quote = load_workspace(root).quotes["q-denied"]
    path.write_text(
        path.read_text().replace(f"start: {quote.start}\n", "start: 1\n").replace(f"end: {quote.end}\n", "end: 9\n")
    )
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "dossier.cli", "check", "--fix", str(root)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "quote 'q-denied' is ambiguous: its words and context occur 2 times" in result.stdout
    assert path.read_bytes() == before
