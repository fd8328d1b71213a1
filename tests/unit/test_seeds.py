"""The bundled seed workspace: clean, anchored, and structured the way its README promises.

These tests read the real `seeds/` folder. They fail when a hand edit breaks an anchor, drops the
last quote about an actor or event, or loses one of the spellings analysts search for.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from dossier.anchor import AnchorStatus
from dossier.checks import check_workspace, fold_name
from dossier.dates import edtf_bounds
from dossier.model import ActorKind, Stance
from dossier.paths import bundled_seeds
from dossier.workspace import Workspace, load_workspace

SOURCE_ID = "why-belarus-supports-russia-2022-02"
TITLE = "Why Belarus Supporting Russia In War With Ukraine"
MODELINES = {
    "actors": "# yaml-language-server: $schema=../../schemas/actor.schema.json\n",
    "events": "# yaml-language-server: $schema=../../schemas/event.schema.json\n",
    "sources": "# yaml-language-server: $schema=../../schemas/source.schema.json\n",
    "quotes": "# yaml-language-server: $schema=../../schemas/quotes.schema.json\n",
}


@pytest.fixture(scope="module")
def seeds() -> Workspace:
    return load_workspace(bundled_seeds(), use_cache=False)


def test_check_is_clean_and_every_quote_anchors_exactly(seeds: Workspace) -> None:
    report = check_workspace(seeds)
    assert [str(problem) for problem in report.problems] == []
    assert len(report.anchors) == len(seeds.quotes) >= 35
    assert {anchor.status for anchor in report.anchors.values()} == {AnchorStatus.exact}


def test_dossier_check_command_exits_zero_on_the_seeds() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dossier.cli", "check", str(bundled_seeds())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "anchored exactly" in result.stdout
    assert not [line for line in result.stdout.splitlines() if ": error" in line or ": warning" in line]


def test_source_text_matches_its_recorded_hash_and_title(seeds: Workspace) -> None:
    source = seeds.sources[SOURCE_ID]
    raw = seeds.source_bytes(SOURCE_ID)
    assert hashlib.sha256(raw).hexdigest() == source.sha256
    assert raw.decode("utf-8").startswith(TITLE + "\n")
    assert source.title == TITLE
    assert source.language == "en"
    assert source.reliability in ("C", "D")


def test_publication_date_is_the_uncertain_sunday_before_the_talks(seeds: Workspace) -> None:
    published = seeds.sources[SOURCE_ID].published
    assert published is not None and published.endswith("?")
    assert edtf_bounds(published) is not None
    low, _high = edtf_bounds(published)  # type: ignore[misc]
    assert low.isoformat() == "2022-02-27"


def test_every_actor_and_event_has_a_quote_about_it(seeds: Workspace) -> None:
    unsupported = [record_id for record_id in (*seeds.actors, *seeds.events) if not seeds.quotes_about(record_id)]
    assert unsupported == []


def test_both_spellings_of_lukashenka_belong_to_one_actor(seeds: Workspace) -> None:
    owners = {
        spelling: {
            actor.id
            for actor in seeds.actors.values()
            if fold_name(spelling) in map(fold_name, (actor.name, *actor.aliases))
        }
        for spelling in ("Lukashenka", "Lukashenko", "Лукашенко", "Лукашэнка")
    }
    assert all(found == {"alyaksandr-lukashenka"} for found in owners.values()), owners


@pytest.mark.parametrize(
    ("spelling", "actor_id"),
    [
        ("Kiev", "kyiv"),
        ("Київ", "kyiv"),
        ("Mozyr", "mazyr"),
        ("Homel", "gomel"),
        ("Mahilyow", "mogilev-region"),
        ("Kharkov", "kharkiv"),
        ("Bilhorod", "belgorod"),
        ("Bokov", "bolshoi-bokov-airfield"),
        ("A.P.", "associated-press"),
    ],
)
def test_common_transliterations_find_their_actor(seeds: Workspace, spelling: str, actor_id: str) -> None:
    actor = seeds.actors[actor_id]
    assert fold_name(spelling) in {fold_name(name) for name in (actor.name, *actor.aliases)}


def test_every_spelling_of_a_name_in_the_text_is_recorded(seeds: Workspace) -> None:
    text = seeds.source_text(SOURCE_ID)
    assert text is not None
    for word in ("Lukashenka", "Lukashenko", "Mazyr", "Gomel", "Kyiv", "Senkivka", "Maxar", "A.P."):
        assert word in text
        assert any(fold_name(word) in map(fold_name, (a.name, *a.aliases)) for a in seeds.actors.values()), word


def test_the_denial_and_the_report_it_contradicts_are_both_kept(seeds: Workspace) -> None:
    denial = seeds.quotes["q-lukashenko-denied-soldiers"]
    assert denial.stance is Stance.denies
    assert denial.attributed_to == "alyaksandr-lukashenka"
    report = seeds.quotes["q-belarusian-troops-involved"]
    assert report.stance is Stance.reports
    contested = "belarusian-troops-reportedly-in-attack"
    stances = {quote.stance for quote in seeds.quotes_about(contested)}
    assert {Stance.denies, Stance.reports} <= stances


def test_anonymous_sources_keep_the_words_of_the_article(seeds: Workspace) -> None:
    attributions = {quote.attributed_to for quote in seeds.quotes.values()}
    assert {"the American official", "an unnamed official", "U.S. government officials"} <= attributions
    assert not any("official" in actor_id for actor_id in seeds.actors)


def test_every_event_place_is_a_place_and_every_place_is_located(seeds: Workspace) -> None:
    for event in seeds.events.values():
        if event.place is not None:
            assert seeds.actors[event.place].kind is ActorKind.place, event.id
    for actor in seeds.actors.values():
        if actor.kind is ActorKind.place:
            assert any(relation.type == "located-in" for relation in actor.relations), actor.id


def test_event_dates_fall_in_february_2022_and_quote_the_article(seeds: Workspace) -> None:
    text = seeds.source_text(SOURCE_ID)
    assert text is not None
    for event in seeds.events.values():
        assert event.date is not None, event.id
        bounds = edtf_bounds(event.date)
        assert bounds is not None, event.id
        assert bounds[0].isoformat() >= "2022-02-01" and bounds[1].isoformat() <= "2022-02-28", event.id
        if event.date_text is not None:
            assert event.date_text in text, event.id
    assert seeds.events["tanks-cross-at-senkivka"].date == "2022-02-24"
    assert seeds.events["russian-deployment-at-bolshoi-bokov"].date == "2022-02-21/2022-02-22"
    assert seeds.events["russia-ukraine-talks-scheduled"].date == "2022-02-28?"


def test_quote_context_is_the_32_characters_around_it(seeds: Workspace) -> None:
    text = seeds.source_text(SOURCE_ID)
    assert text is not None
    for quote in seeds.quotes.values():
        assert quote.prefix == text[max(0, quote.start - 32) : quote.start], quote.id
        assert quote.suffix == text[quote.end : quote.end + 32], quote.id


def test_every_yaml_file_names_its_schema(seeds: Workspace) -> None:
    root = bundled_seeds()
    for folder, modeline in MODELINES.items():
        files = sorted((root / folder).glob("*.yaml"))
        assert files, folder
        for path in files:
            assert path.read_text(encoding="utf-8").startswith(modeline), path.name
