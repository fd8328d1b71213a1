"""A known actor's name inside a longer place name is no mention of that actor.

Once a workspace holds "Sudan" (or the United Kingdom with its demonym "British"), the text's
"South Sudan" or "British Columbia" used to link its inner word to the known actor and draft the
rest ("Columbia", "Papua New"). Ingest of many sources into one workspace met this all the time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid, dossier

KNOWN = [
    Actor(id="sudan", name="Sudan", kind=ActorKind.state),
    Actor(id="united-kingdom", name="United Kingdom", kind=ActorKind.state, aliases=["British"]),
    Actor(id="wales", name="Wales", kind=ActorKind.place),
    Actor(id="guinea", name="Guinea", kind=ActorKind.state),
    Actor(id="russia", name="Russia", kind=ActorKind.state, aliases=["Russian"]),
    Actor(id="congo", name="Republic of the Congo", kind=ActorKind.state, aliases=["Congo"]),
]


def _read(text: str) -> tuple[dict[str, ActorKind], dict[str, str]]:
    extraction = extract(text, None, KNOWN, set(), "t")
    drafts = {draft.name: draft.kind for draft in extraction.actors}
    return drafts, {mention.text: mention.actor_id for mention in extraction.mentions}


@pytest.mark.parametrize(
    ("text", "place", "kind", "inner"),
    [
        ("Aid convoys reached South Sudan on Monday, officials said.", "South Sudan", ActorKind.state, "Sudan"),
        ("Floods cut roads across New South Wales overnight.", "New South Wales", ActorKind.place, "Wales"),
        ("A plant in British Columbia will open next year.", "British Columbia", ActorKind.place, "British"),
        ("Talks with Papua New Guinea resumed in March.", "Papua New Guinea", ActorKind.state, "Guinea"),
        (
            "Fighting flared in the Democratic Republic of the Congo last week.",
            "Democratic Republic of the Congo",
            ActorKind.state,
            "Congo",
        ),
    ],
)
def test_the_longer_place_is_drafted_whole_and_the_known_actor_not_named(
    text: str, place: str, kind: ActorKind, inner: str
) -> None:
    drafts, mentions = _read(text)
    assert drafts.get(place) is kind, drafts
    assert mentions[place] not in {actor.id for actor in KNOWN} and inner not in mentions
    assert not any(name != place and name in place for name in drafts)  # nothing cut: no "Columbia"


def test_a_hyphened_longer_place_in_another_language_is_drafted_whole() -> None:
    known = [Actor(id="sachsen", name="Sachsen", kind=ActorKind.place)]
    text = "Die Polizei in Sachsen-Anhalt meldete am Montag einen Unfall auf der Autobahn."
    extraction = extract(text, None, known, set(), "t", language="de")
    assert "Sachsen-Anhalt" in {draft.name for draft in extraction.actors}
    assert not any(mention.actor_id == "sachsen" for mention in extraction.mentions)


def test_the_known_actor_alone_or_by_its_own_longer_name_is_still_named() -> None:
    drafts, mentions = _read("Sudan and Wales sent envoys. The Russian Federation said British officials agreed.")
    assert mentions["Sudan"] == "sudan" and mentions["Wales"] == "wales" and mentions["British"] == "united-kingdom"
    assert mentions["Russian Federation"] == "russia"
    assert "Russian Federation" not in drafts


def test_two_sources_in_one_workspace_keep_the_two_places_apart(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    assert dossier("init", str(workspace)).returncode == 0
    first = tmp_path / "first.txt"
    first.write_text("Officials in Sudan said on Monday that the talks in Khartoum had ended.\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("Officials in South Sudan said on Tuesday that Juba would host the talks.\n", encoding="utf-8")
    for source in (first, second):
        result = dossier("ingest", "--workspace", str(workspace), str(source))
        assert result.returncode == 0, result.stderr
    actors = {actor.name for actor in load_workspace(workspace).actors.values()}
    assert {"Sudan", "South Sudan"} <= actors
    assert_valid(workspace)


MORE_KNOWN = [
    Actor(id="tarnia", name="Tarnia", kind=ActorKind.state, aliases=["Tarnian"]),
    Actor(id="velmouth", name="Velmouth", kind=ActorKind.place),
]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Farmers in the Tarnia Valley lost their harvest.", "Tarnia Valley", ActorKind.place),
        ("Flights left Velmouth Airport late on Friday.", "Velmouth Airport", ActorKind.place),
        ("Tarnia Army units crossed the river at dawn.", "Tarnia Army", ActorKind.armed_force),
        ("The Velmouth Post reported the closure first.", "Velmouth Post", ActorKind.media),
        ("Tarnia State University said it would reopen.", "Tarnia State University", ActorKind.organization),
    ],
)
def test_a_known_places_name_opening_a_longer_name_is_read_as_in_an_empty_workspace(
    text: str, name: str, kind: ActorKind
) -> None:
    with_known = extract(text, None, MORE_KNOWN, set(), "t")
    alone = extract(text, None, [], set(), "t")
    assert {draft.name: draft.kind for draft in with_known.actors}.get(name) is kind
    assert {draft.name for draft in with_known.actors} <= {draft.name for draft in alone.actors}
    assert not any(mention.actor_id in ("tarnia", "velmouth") for mention in with_known.mentions)
