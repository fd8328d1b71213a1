"""Round realprobes99 (batch en99): rules found on invented pages of deals news, a city's streets and rivers, a
regional summit, a storm's outages, a groundstaff dispute and a diocese's news: firms named by the words around
them, a nation's church, streets and rivers by their nouns, church titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the firm or fund behind a deal's group, joined to "-led" or "-backed"
        ("A Varnholt-led consortium has agreed to buy the port.", "Varnholt", "organization"),
        ("The Lodestar-backed payments start-up Tallvine raised $40m.", "Lodestar", "organization"),
        ("The Tarvex-led Quellmunai venture said it would slow output.", "Tarvex", "organization"),
        # one firm's arm, described after a comma
        ("Tarnby Storage, a unit of Quellmoor, is up for sale.", "Tarnby Storage", "organization"),
        ("Varn Lending, an arm of Tessaly, closed its books.", "Varn Lending", "organization"),
        # an ordinary word that speaks of its own things is a body
        ("Jazz said its network was back by noon.", "Jazz", "organization"),
        # a grid's or a line's owner by what it runs
        ("QRT Networks said most faults were on the coast.", "QRT Networks", "organization"),
        ("Quellnet Telecom said the outage was over.", "Quellnet Telecom", "organization"),
        # a nation's church is a body, not a building
        ("She chairs the Church of Scotland's youth council.", "Church of Scotland", "organization"),
        # a river after its noun in lower case; a hill's or a lake's parts
        ("Flood warnings were issued as the river Tarrowby rose.", "Tarrowby", "place"),
        ("They reached the summit of Quellmore before noon.", "Quellmore", "place"),
        ("We camped on the shores of Varnmere.", "Varnmere", "place"),
        # an old town's street named "-gate", after "on"
        ("A dark van was seen on Quellgate at 2am.", "Quellgate", "place"),
        # church titles before the holder's name
        ("The Revd Ilse Varnholm-Petit will lead the service.", "Ilse Varnholm-Petit", "person"),
        ("Archdeacon Tomas Quellwood-Amadi opened the fair.", "Tomas Quellwood-Amadi", "person"),
        # the one a person meets, named by the family name alone
        ("He met Velmonte for an hour before the plenary.", "Velmonte", "person"),
        ("Chancellor Ilse Varn met Tarvale in Brussels.", "Tarvale", "person"),
        # Ireland's state bodies named in Irish
        ("Quellach Éireann said the water was safe.", "Quellach Éireann", "organization"),
        # a sport's body named by the sport, then the land
        ("Cricket Ireland said the offer was fair.", "Cricket Ireland", "organization"),
        ("Swim Ireland said its staff were on other contracts.", "Swim Ireland", "organization"),
    ],
)
def test_names_by_the_words_around_them(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a state before "-led" stays a state; a building of a saint stays a place
        ("A Saudi-led coalition bombed the port.", "Saudi Arabia", "state"),
        ("The Church of St Mary was built in 1300.", "Church of St Mary", "place"),
        # a known firm named by a common word keeps its firm; "Canon" is no church title here
        ("Canon said its camera sales rose.", "Canon", "organization"),
    ],
)
def test_guards_that_stay_apart(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


def test_the_towns_people_one_meets_are_no_person() -> None:
    kinds = _kinds("They met Tarnby officials on Monday.")
    assert kinds.get("Tarnby") != "person", kinds


@pytest.mark.parametrize(
    "text",
    [
        "Everyone said its price was too high.",
        "Police said its officers found him.",
        "Officials said its report was wrong.",
    ],
)
def test_pronouns_and_groups_saying_its_are_no_body(text: str) -> None:
    kinds = _kinds(text)
    assert not any(kind == "organization" for kind in kinds.values()), kinds


def _page(site: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>New vicar | ' + site + "</title>"
        f'<meta property="og:site_name" content="{site}"></head><body><main><article>'
        "<h1>New vicar announced</h1><p>The parish will welcome its new vicar at a service in March, after a "
        "vacancy of nearly two years.</p></article></main><footer><p>Privacy</p></footer></body></html>"
    )


def test_a_site_named_by_a_bodys_word_before_of_is_the_bodys_own(tmp_path: Path) -> None:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(_page("Diocese of Quellbury"), "utf-8")
    ingest_file(tmp_path / "ws", page)
    kinds = {actor.name: str(actor.kind) for actor in load_workspace(tmp_path / "ws").actors.values()}
    assert kinds.get("Diocese of Quellbury") == "organization", kinds
