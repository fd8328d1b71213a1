"""Run a piece of dossier as a user whom file permissions bind, even when the suite runs as root.

Root ignores read and write permissions, and CI runs as root: a test that chmods a folder
read-only and then writes there as root proves nothing. So these cases run in a child
process that drops to the unprivileged `nobody` user (setgroups, setgid, setuid: the
`user`/`group`/`extra_groups` of `subprocess.run`) before it runs any code under test. As
another user, the suite runs the child as itself: permissions already bind.

The child's files live in a scratch folder under the system's temporary folder, which it can
traverse (pytest's own `tmp_path` is private to the user who runs the suite).
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
NOBODY = "nobody"


def _nobody() -> pwd.struct_passwd | None:
    try:
        return pwd.getpwnam(NOBODY)
    except KeyError:
        return None


def _readable_by_all(path: Path) -> bool:
    """Can any user read `path` and traverse every folder above it (the code under test, Python)?"""
    for folder in [path, *path.parents]:
        mode = folder.stat().st_mode
        if not mode & 0o001 or (folder == path and not mode & 0o004):
            return False
    return True


# Skip reasons that start with this are limits of the machine, not of the code: the test guard
# (scripts/guard_tests.py) lists them without failing, since no change to the suite could run them.
MACHINE_LIMIT = "machine limit: "


def unprivileged_reason() -> str | None:
    """Why no unprivileged child can run here, or None when one can."""
    if os.geteuid() != 0:
        return None
    if _nobody() is None:
        return f"{MACHINE_LIMIT}running as root and there is no {NOBODY!r} user to drop to"
    for needed in (REPO / "dossier", Path(sys.executable).resolve()):
        if not _readable_by_all(needed):
            return f"{MACHINE_LIMIT}running as root and {needed} cannot be read by {NOBODY!r}"
    return None


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A folder that the unprivileged child can traverse; its files are created by the suite's user."""
    reason = unprivileged_reason()
    if reason is not None:
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="dossier-unprivileged-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:  # a test may leave folders read-only
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(folder)


def give(path: Path) -> Path:
    """Make the folder `path` and hand it over to the unprivileged user, who must write in it."""
    path.mkdir(parents=True, exist_ok=True)
    user = _nobody()
    if os.geteuid() == 0 and user is not None:
        os.chown(path, user.pw_uid, user.pw_gid)
    return path


def run_unprivileged(code: str, *, env: dict[str, str] | None = None, timeout: float = 120) -> Any:
    """Run `code` (Python, which prints one JSON value last) as an unprivileged user; its value.

    `sys.argv[1]` in `code` is the repository, already on `sys.path`.
    """
    prelude = "import sys\nsys.path.insert(0, sys.argv[1])\n"
    drop: dict[str, Any] = {}
    user = _nobody()
    if os.geteuid() == 0 and user is not None:
        drop = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
    check = "import os\nassert os.geteuid() != 0 and os.getegid() != 0, 'still root'\n"
    result = subprocess.run(
        [sys.executable, "-c", prelude + check + code, str(REPO)],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": tempfile.gettempdir(), **(env or {})},
        timeout=timeout,
        check=False,
        **drop,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
