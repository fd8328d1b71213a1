"""The headless analysis services: timeline placement, the contested ledger's counting rules,
the credibility-1 check and the actor network, on the seeds and on small generated workspaces."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dossier.analysis.contested import build_ledger, unconfirmed_credibility_one
from dossier.analysis.network import Network
from dossier.analysis.timeline import (
    Lane,
    Zoom,
    axis_range,
    bucket_label,
    build_timeline,
    histogram,
    place_date,
    suggested_zoom,
)
from dossier.checks import check_workspace
from dossier.paths import bundled_seeds
from dossier.workspace import Workspace, load_workspace
from tests.unit.analysis_workspace import Claim, Spec, build


@pytest.fixture(scope="module")
def seeds() -> Workspace:
    return load_workspace(bundled_seeds(), use_cache=False)


def _load(root: Path, spec: Spec) -> Workspace:
    workspace = load_workspace(build(root, spec), use_cache=False)
    assert not workspace.problems, workspace.problems
    return workspace


# -- timeline ----------------------------------------------------------------------------------


def test_seed_timeline_has_every_event_in_order_with_uncertain_months_and_ranges(seeds: Workspace) -> None:
    timeline = build_timeline(seeds)
    assert len(timeline.entries) == 25
    assert all(entry.lane is Lane.dated for entry in timeline.entries)
    starts = [entry.start for entry in timeline.entries]
    assert starts == sorted(starts)  # type: ignore[type-var]
    february = [entry for entry in timeline.entries if entry.date == "2022-02?"]
    assert len(february) == 6
    assert all(entry.uncertain and not entry.is_range and entry.days == 28 for entry in february)
    ranges = [entry for entry in timeline.entries if entry.is_range]
    assert {entry.date for entry in ranges} == {
        "2022-02-14/2022-02-23",
        "2022-02-21/2022-02-22",
        "2022-02-24/2022-02-27",
    }
    stay = next(entry for entry in ranges if entry.date == "2022-02-14/2022-02-23")
    assert (stay.start, stay.end, stay.days) == (dt.date(2022, 2, 14), dt.date(2022, 2, 23), 10)
    invasion = next(entry for entry in timeline.entries if entry.event_id == "russian-invasion-of-ukraine")
    assert not invasion.doubtful and invasion.days == 1
    assert {p.name for p in invasion.participants} >= {"Russia", "Ukraine", "Belarus"}


def test_seed_timeline_of_an_actor_and_of_a_source(seeds: Workspace) -> None:
    putin = build_timeline(seeds, actor="vladimir-putin")
    assert {entry.event_id for entry in putin.entries} == {
        "lukashenka-putin-meeting",
        "putin-accuses-ukraine-of-wasting-talks",
        "putin-nuclear-forces-high-alert",
    }
    by_source = build_timeline(seeds, source="why-belarus-supports-russia-2022-02")
    assert len(by_source.entries) == 25
    assert build_timeline(seeds, source="no-such-source").entries == ()
    searched = build_timeline(seeds, events=["tanks-cross-at-senkivka", "not-an-event", "lukashenka-putin-meeting"])
    assert [entry.event_id for entry in searched.entries] == ["lukashenka-putin-meeting", "tanks-cross-at-senkivka"]


@pytest.mark.parametrize(
    ("value", "lane", "start", "end", "open_start", "open_end"),
    [
        ("2022-02-24", Lane.dated, dt.date(2022, 2, 24), dt.date(2022, 2, 24), False, False),
        ("2022-02~", Lane.dated, dt.date(2022, 2, 1), dt.date(2022, 2, 28), False, False),
        ("2022-02-21/2022-02-22", Lane.dated, dt.date(2022, 2, 21), dt.date(2022, 2, 22), False, False),
        ("2022-02-24/..", Lane.dated, dt.date(2022, 2, 24), dt.date(2022, 2, 24), False, True),
        ("2022-02-24/", Lane.dated, dt.date(2022, 2, 24), dt.date(2022, 2, 24), False, True),
        ("../2022-02", Lane.dated, dt.date(2022, 2, 1), dt.date(2022, 2, 28), True, False),
        ("XXXX-02-24", Lane.year_unknown, None, None, False, False),
        ("XXXX-02?", Lane.year_unknown, None, None, False, False),
        (None, Lane.undated, None, None, False, False),
    ],
)
def test_dates_are_placed_by_their_bounds(value, lane, start, end, open_start, open_end) -> None:  # type: ignore[no-untyped-def]
    assert place_date(value) == (lane, start, end, open_start, open_end)


def test_unknown_years_and_undated_events_get_their_own_lanes(tmp_path: Path) -> None:
    spec = Spec(
        sources={"a": (None, "C")},
        events={
            "anniversary": ("XXXX-02-24", ("convoy-owner",), "curated"),
            "early-unknown": ("XXXX-01", (), "curated"),
            "undated": (None, (), "curated"),
            "approx": ("2021-06~", (), "curated"),
            "unreviewed": ("2022-03-01", (), "draft"),
        },
    )
    workspace = _load(tmp_path, spec)
    timeline = build_timeline(workspace)
    assert [(e.event_id, e.lane) for e in timeline.entries] == [
        ("approx", Lane.dated),
        ("convoy", Lane.dated),
        ("early-unknown", Lane.year_unknown),
        ("anniversary", Lane.year_unknown),
        ("undated", Lane.undated),
    ]
    approx = timeline.entries[0]
    assert approx.approximate and not approx.uncertain
    assert "unreviewed" in {e.event_id for e in build_timeline(workspace, include_drafts=True).entries}


def test_zoom_buckets_and_histogram_add_up_to_the_events(seeds: Workspace) -> None:
    timeline = build_timeline(seeds)
    for zoom in Zoom:
        counts = histogram(timeline, zoom)
        assert sum(counts.values()) == pytest.approx(25)
    assert axis_range(timeline, Zoom.month) == (2022 * 12 + 1, 2022 * 12 + 1)
    first, last = axis_range(timeline, Zoom.day)  # type: ignore[misc]
    assert (bucket_label(first, Zoom.day), bucket_label(last, Zoom.day)) == ("2022-02-01", "2022-02-28")
    assert bucket_label(2022 * 12 + 1, Zoom.month) == "2022-02" and bucket_label(2022, Zoom.year) == "2022"
    days = histogram(timeline, Zoom.day)
    # The invasion day holds the two exact events, an uncertain one, and shares of the ranges and months.
    busiest = max(days, key=days.__getitem__)
    assert bucket_label(busiest, Zoom.day) in ("2022-02-24", "2022-02-27")
    assert suggested_zoom(timeline, 60) is Zoom.day and suggested_zoom(timeline, 20) is Zoom.month
    assert Zoom.day.coarser() is Zoom.month and Zoom.year.finer() is Zoom.month


# -- contested ledger ------------------------------------------------------------------------------


def test_seed_denial_and_reports_of_belarusian_involvement_are_one_contested_subject(seeds: Workspace) -> None:
    ledger = build_ledger(seeds)
    subject = ledger.get("belarusian-troops-reportedly-in-attack")
    assert subject is not None and subject.contested and subject.kind == "event"
    denial_ids = {q.quote.id for q in subject.denies.quotes}
    assert {"q-lukashenka-insisted-not-interfere", "q-lukashenko-denied-soldiers", "q-despite-denying"} <= denial_ids
    assert [q.quote.id for q in subject.asserts.quotes] == ["q-headline-belarus-joins-war"]
    assert [q.quote.id for q in subject.reports.quotes] == ["q-belarusian-troops-involved"]
    # The seed is one article with no publisher: every side rests on one source, whose outlet is unknown.
    for group in subject.groups:
        assert (group.independent_sources, group.unknown_publisher, group.sources) == (1, 1, 1)
        assert group.best_reliability == "D"
    assert subject.denies.best_credibility == 2
    contested = [s.subject_id for s in ledger.contested()]
    assert "belarusian-troops-reportedly-in-attack" in contested
    assert "vladimir-putin" not in contested  # only assertions and reports about him


def test_same_publisher_counts_once_and_aliases_of_a_media_actor_are_one_outlet(tmp_path: Path) -> None:
    spec = Spec(
        sources={
            "a1": ("Example Agency", "B"),
            "a2": ("  example   AGENCY ", "C"),
            "a3": ("EA", "C"),  # an alias of the agency's actor
            "b1": ("Other Paper", "A"),
        },
        claims=[Claim("a1"), Claim("a2"), Claim("a3"), Claim("b1", stance="denies", credibility=2)],
    )
    subject = build_ledger(_load(tmp_path, spec)).get("convoy")
    assert subject is not None and subject.contested
    assert (len(subject.asserts.quotes), subject.asserts.sources, subject.asserts.independent_sources) == (3, 3, 1)
    assert subject.asserts.unknown_publisher == 0
    assert subject.denies.independent_sources == 1 and subject.denies.best_reliability == "A"
    # Best grades first within a group.
    assert [q.quote.source for q in subject.asserts.quotes] == ["a1", "a2", "a3"]


def test_a_missing_publisher_counts_each_source_on_its_own_and_says_so(tmp_path: Path) -> None:
    spec = Spec(
        sources={"x": (None, "F"), "y": (None, "E"), "z": ("Example Agency", "B")},
        claims=[Claim("x"), Claim("y"), Claim("z")],
    )
    group = build_ledger(_load(tmp_path, spec)).get("convoy").asserts  # type: ignore[union-attr]
    assert (group.independent_sources, group.unknown_publisher) == (3, 2)


def test_drafts_are_left_out_unless_asked_for(tmp_path: Path) -> None:
    spec = Spec(
        sources={"a": ("Paper A", "B"), "b": ("Paper B", "B")},
        claims=[Claim("a"), Claim("b", stance="denies", status="draft")],
        events={"draft-event": ("2022-02-25", (), "draft")},
    )
    spec.claims.append(Claim("a", about=("draft-event",)))
    workspace = _load(tmp_path, spec)
    reviewed = build_ledger(workspace)
    assert not reviewed.get("convoy").contested  # type: ignore[union-attr]
    assert reviewed.get("draft-event") is None
    everything = build_ledger(workspace, include_drafts=True)
    assert everything.get("convoy").contested  # type: ignore[union-attr]
    assert everything.get("draft-event") is not None


def test_contested_subjects_are_ordered_by_the_support_of_the_weaker_side(tmp_path: Path) -> None:
    spec = Spec(
        sources={"a": ("Paper A", "B"), "b": ("Paper B", "B"), "c": ("Paper C", "B"), "d": ("Paper D", "B")},
        events={"lopsided": ("2022-02-25", (), "curated"), "balanced": ("2022-02-26", (), "curated")},
        claims=[
            # lopsided: four outlets assert, one denies
            *(Claim(s, about=("lopsided",)) for s in "abcd"),
            Claim("a", stance="denies", about=("lopsided",)),
            # balanced: two against two
            Claim("a", about=("balanced",)),
            Claim("b", about=("balanced",)),
            Claim("c", stance="denies", about=("balanced",)),
            Claim("d", stance="denies", about=("balanced",)),
            # convoy: asserted only, so not contested
            Claim("a"),
        ],
    )
    ledger = build_ledger(_load(tmp_path, spec))
    assert [s.subject_id for s in ledger.contested()] == ["balanced", "lopsided"]


# -- the credibility-1 check --------------------------------------------------------------------------


def test_credibility_one_without_another_independent_source_is_a_warning(tmp_path: Path) -> None:
    spec = Spec(
        sources={"a1": ("Example Agency", "B"), "a2": ("Example Agency", "B"), "b": ("Other Paper", "B")},
        events={"alone": ("2022-02-25", (), "curated"), "denied": ("2022-02-26", (), "curated")},
        claims=[
            Claim("a1", credibility=1),  # convoy: confirmed by b, another outlet
            Claim("b"),
            Claim("a1", credibility=1, about=("alone",)),  # only the same outlet backs it
            Claim("a2", about=("alone",)),
            Claim("a1", credibility=1, about=("denied",)),  # the other outlet denies it: no support
            Claim("b", stance="denies", about=("denied",)),
            Claim("b", credibility=1, status="draft", about=("denied",)),  # drafts are not checked
        ],
    )
    workspace = _load(tmp_path, spec)
    flagged = {quote.id: reason for quote, reason in unconfirmed_credibility_one(workspace)}
    assert set(flagged) == {"q2", "q4"}
    assert "alone" in flagged["q2"]
    report = check_workspace(workspace)
    warnings = [p for p in report.problems if "credibility 1" in p.message]
    assert [p.severity for p in warnings] == ["warning", "warning"]
    assert {p.path for p in warnings} == {"quotes/a1.yaml"}
    assert not report.errors  # a warning never fails the check


def test_seed_has_no_credibility_one_warning(seeds: Workspace) -> None:
    assert unconfirmed_credibility_one(seeds) == []


# -- network --------------------------------------------------------------------------------------


def test_lukashenka_reaches_putin_belarus_russia_and_mazyr_with_evidence(seeds: Workspace) -> None:
    network = Network(seeds)
    reach = network.reach("alyaksandr-lukashenka")
    assert reach["vladimir-putin"] == 1 and reach["belarus"] == 1 and reach["russia"] == 1
    assert reach["mazyr"] == 2
    ties = {tie.other_id: tie for tie in network.ties("alyaksandr-lukashenka")}
    putin = ties["vladimir-putin"]
    assert [e.label() for e in putin.relations] == ["ally-of: alyaksandr-lukashenka → vladimir-putin"]
    meeting = next(e for e in putin.events if e.event_id == "lukashenka-putin-meeting")
    assert [q.id for q in network.quotes_for(meeting, "alyaksandr-lukashenka", "vladimir-putin")] == [
        "q-lukashenka-agreed-keep-troops"
    ]
    russia = ties["russia"]
    assert [e.event_id for e in russia.events] == ["lukashenka-proposes-talks-in-minsk"]
    assert russia.events[0].roles is not None
    # Mazyr is two hops away, through Belarus (it is located in Belarus).
    mazyr = {tie.other_id: tie for tie in network.ties("belarus")}["mazyr"]
    assert [e.label() for e in mazyr.relations] == ["located-in: mazyr → belarus"]
    for tie in ties.values():
        assert tie.evidence, tie.other_id


def test_network_whole_graph_has_one_edge_per_pair(seeds: Workspace) -> None:
    graph = Network(seeds).to_networkx()
    assert graph.number_of_nodes() == len(seeds.actors)
    edge = graph.edges["alyaksandr-lukashenka", "vladimir-putin"]
    assert edge["weight"] == 2 and edge["label"] == "ally-of"
    assert "lukashenka-putin-meeting" in edge["events"] and "q-lukashenka-agreed-keep-troops" in edge["quotes"]


def test_network_leaves_out_draft_events_and_actors(tmp_path: Path) -> None:
    spec = Spec(
        sources={"a": ("Paper", "B")},
        actors={"other": ("Other", "person", [])},
        events={"draft-meeting": ("2022-02-25", ("convoy-owner", "other"), "draft")},
    )
    workspace = _load(tmp_path, spec)
    assert Network(workspace).ties("convoy-owner") == []
    ties = Network(workspace, include_drafts=True).ties("convoy-owner")
    assert [tie.other_id for tie in ties] == ["other"]


def test_check_cli_prints_the_credibility_warning_and_passes(tmp_path: Path) -> None:
    import subprocess
    import sys

    spec = Spec(sources={"a": ("Example Agency", "B")}, claims=[Claim("a", credibility=1)])
    root = build(tmp_path / "ws", spec)
    result = subprocess.run(
        [sys.executable, "-m", "dossier.cli", "check", str(root)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "quotes/a.yaml:1:7: warning: credibility 1 (confirmed by other sources), but no reviewed quote" in result.stdout
    )
    assert result.stdout.rstrip().splitlines()[-1].startswith("ok: ")
