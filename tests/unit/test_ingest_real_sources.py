"""Ingest as analysts use it on real sources: many documents into one workspace, other languages,
and review going through the surest drafts first. The real CLI runs in a subprocess."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from dossier.ingest.review import pending
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import dossier

# Documents that share places and people, spelled as real sources spell them: case variants,
# folded and transliterated forms, a gazetteer's other names for one city, surnames alone.
_SHARED = [
    "Protests in Köln\n\nThousands marched in Köln on Saturday, police said. Mayor Henriette Reker "
    "met the organisers in Köln. Reker said the city would listen.",
    "Koeln fair opens\n\nThe trade fair opened in Koeln on Monday. Henriette Reker welcomed guests "
    "from Paris and from SAN FRANCISCO.",
    "Koln trains stop\n\nTrains to Koln and to Cologne were cancelled on Tuesday, the operator said. "
    "Travellers from San Francisco and from Los Angeles were stranded in Cologne.",
    "Strike in KÖLN\n\nWorkers in KÖLN stopped work on Wednesday. Reker said talks would resume. "
    "Unions in San Francisco and in L.A. sent support to Köln.",
    "West coast\n\nIn San Francisco, officials from Los Angeles met officials of Yerba Buena island. "
    "Mayor Reker of Köln joined by video from Cologne.",
]


def _write_sources(folder: Path) -> list[str]:
    paths = []
    for number, text in enumerate(_SHARED, 1):
        path = folder / f"report-{number}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_ingesting_documents_that_share_places_and_people_leaves_check_passing(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    files = _write_sources(tmp_path)
    result = dossier("ingest", *files, "--workspace", str(workspace))
    assert result.returncode == 0, result.stderr
    check = dossier("check", str(workspace))
    assert check.returncode == 0, check.stdout + check.stderr
    # One actor per place and person, however it is written.
    actors = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (workspace / "actors").glob("*.yaml")]
    spellings = [s.casefold() for a in actors for s in [a["name"], *a.get("aliases", [])]]
    assert len(spellings) == len(set(spellings))
    assert sum(1 for a in actors if a["name"].casefold() in ("köln", "koeln", "koln", "cologne")) == 1
    assert sum(1 for a in actors if a["name"].casefold() == "san francisco") == 1
    assert sum(1 for a in actors if "Reker" in a["name"]) == 1
    # Ingesting the same documents again changes nothing and check still passes.
    again = dossier("ingest", *files, "--workspace", str(workspace))
    assert again.returncode == 0 and "already ingested" in again.stdout
    assert dossier("check", str(workspace)).returncode == 0


def test_a_run_of_many_files_ends_with_its_totals_and_explains_each_skip_once(tmp_path: Path) -> None:
    files = _write_sources(tmp_path)
    for number in (1, 2):
        german = tmp_path / f"bericht-{number}.txt"
        german.write_text(
            f"Bericht {number}\n\nDie Stadtwerke in Bielefeld erhöhen am Montag die Preise, teilte der Versorger "
            f"mit. Die Kunden in Gütersloh bekommen Post ({number}).\n",
            encoding="utf-8",
        )
        files.append(str(german))
    files.append(str(tmp_path / "missing.txt"))
    workspace = tmp_path / "ws"
    result = dossier("ingest", *files, "--workspace", str(workspace))
    assert result.returncode == 1  # one file failed
    loaded = load_workspace(workspace)
    drafts = len(loaded.actors)
    lines = result.stdout.splitlines()
    # Each German file's line names the skip; the reason is given once, after the totals.
    assert sum("skipped: text in 'de' (German) (see the end)" in line for line in lines) == 2
    assert sum("no persons or organisations were proposed" in line for line in lines) == 1
    (totals,) = [line for line in lines if line.startswith("8 files: ")]
    assert totals.startswith(f"8 files: 7 added, 1 failed; in all {drafts} new actor drafts (confidence ")
    assert lines[-2].startswith("skipped for text in 'de' (German): no persons or organisations were proposed")
    again = dossier("ingest", *files[:2], "--workspace", str(workspace))
    assert (
        "2 files: 0 added, 2 already ingested; in all 0 new actor drafts, 0 event drafts, 0 quote drafts"
        in again.stdout
    )


def test_a_german_source_is_stored_as_german_and_its_nouns_are_not_actors(tmp_path: Path) -> None:
    article = tmp_path / "bericht.txt"
    article.write_text(
        "Besucher in Köln\n\nDie Besucher kamen am Samstag nach dem Abendessen in Köln zusammen. "
        "Die Herausforderungen für den Versand sind groß, sagte der Verein. Nudeln und Behandlungen "
        "waren ebenfalls ein Thema, und die Bundesregierung in Berlin schwieg.\n",
        encoding="utf-8",
    )
    workspace = tmp_path / "ws"
    result = dossier("ingest", str(article), "--workspace", str(workspace))
    assert result.returncode == 0, result.stderr
    assert "skipped: text in 'de'" in result.stdout
    assert "no persons or organisations were proposed" in result.stdout
    loaded = load_workspace(workspace)
    assert [source.language for source in loaded.sources.values()] == ["de"]
    assert "language 'de' detected from the text (py3langid)" in (next(iter(loaded.sources.values())).notes or "")
    names = {actor.name for actor in loaded.actors.values()}
    assert names == {"Köln", "Berlin"}
    assert dossier("check", str(workspace)).returncode == 0


def test_drafts_carry_a_confidence_and_review_shows_the_surest_first(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(
        "Talks in Geneva\n\nDefence Minister Viktar Khrenin said on Monday that the Varnakh Rescue Brigade "
        "would stay. Officials from Zembla Holdings met in Geneva. Khrenin left for Minsk.\n",
        encoding="utf-8",
    )
    workspace = tmp_path / "ws"
    result = dossier("ingest", str(article), "--workspace", str(workspace))
    assert result.returncode == 0, result.stderr
    assert re.search(r"new actor drafts \(confidence \d+ high(, \d+ medium)?(, \d+ low)?\)", result.stdout)
    actors = [item.record for item in pending(load_workspace(workspace)) if item.folder == "actors"]
    confidences = [actor.confidence for actor in actors]
    assert all(c is not None and 0 < c <= 1 for c in confidences)
    assert confidences == sorted(confidences, reverse=True)
    # A person with a title, seen twice, outranks a name that nothing explains.
    by_name = {actor.name: actor.confidence for actor in actors}
    assert by_name["Viktar Khrenin"] > by_name["Zembla Holdings"]
