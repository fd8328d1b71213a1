"""News outlets as English news names them: an outlet known by name and its edition's words ("Al Jazeera
English", "CNN International", "BBC World Service") is one outlet, whole; a name before an outlet's noun ("the
Tasnim news agency") or with a paper's word in its own language ("Süddeutsche Zeitung", "Gazeta Wyborcza") is
an outlet."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Al Jazeera English reported that the convoy had turned back.", "Al Jazeera English"),
        ("The minister told Al Jazeera Arabic that talks would resume.", "Al Jazeera Arabic"),
        ("CNN International aired the interview on Sunday.", "CNN International"),
        ("Listeners of the BBC World Service heard the news first.", "BBC World Service"),
        ("Bloomberg Television said the deal was worth $2bn.", "Bloomberg Television"),
        ("Xinhua English quoted a ministry spokesman.", "Xinhua English"),
    ],
)
def test_an_outlets_edition_is_one_news_outlet(text: str, outlet: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(outlet) is ActorKind.media, kinds


def test_a_body_named_after_an_outlet_stays_a_body() -> None:
    kinds = draft_kinds("The Reuters Institute published its yearly report on news habits.")
    assert kinds.get("Reuters Institute") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # an outlet's noun in lower case right after its name or its letters
        ("The Varnpress news agency said the talks had failed.", "Varnpress"),
        ("Iran's semi-official QNSA news agency reported the blast.", "QNSA"),
        ("The Quellport daily reported the deal on Friday.", "Quellport"),
        # even a name that is also a given name
        ("The Tasnim news agency said the talks had failed.", "Tasnim"),
    ],
)
def test_a_name_before_an_outlets_noun_is_news_media(text: str, outlet: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(outlet) is ActorKind.media, kinds


def test_a_person_before_a_broadcast_noun_stays_a_person() -> None:
    kinds = draft_kinds("Viewers recalled the Ilse Varnholt television interview for weeks.")
    assert kinds.get("Ilse Varnholt") is ActorKind.person, kinds


def test_an_edition_is_drafted_whole_without_a_second_draft_for_its_outlet() -> None:
    kinds = draft_kinds("Residents told the BBC Burmese service that the bridge had been shelled overnight.")
    assert kinds.get("BBC Burmese") is ActorKind.media, kinds
    assert "BBC" not in kinds, kinds


def test_an_outlets_newsroom_by_its_medium_names_no_second_outlet() -> None:
    kinds = draft_kinds("Tobias Quell said in an interview with Bloomberg News that the review was welcome.")
    assert kinds.get("Bloomberg News") is ActorKind.media, kinds
    assert "Bloomberg" not in kinds, kinds


def test_a_people_word_before_affairs_is_an_editors_beat_not_an_edition() -> None:
    kinds = draft_kinds("Analysis: Tomas Quellbeck, BBC Arab affairs editor, says the truce is fragile.")
    assert kinds.get("BBC") is ActorKind.media, kinds
    assert "BBC Arab" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Germany's Quellstädter Zeitung reported the deal on Friday.", "Quellstädter Zeitung"),
        ("The editor of Gazeta Varnowska resigned on Monday after the leak.", "Gazeta Varnowska"),
        ("The Tarnberger Allgemeine quoted two officials.", "Tarnberger Allgemeine"),
        ("The ceasefire collapsed on Sunday, Agence France-Presse reported.", "Agence France-Presse"),
    ],
)
def test_a_paper_named_in_its_own_language_is_news_media(text: str, outlet: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(outlet) is ActorKind.media, kinds


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Saudi state TV Al Varnikhiya said the talks had ended.", "Al Varnikhiya"),
        ("Tarvish state TV QRTV showed the launch on Monday.", "QRTV"),
    ],
)
def test_a_channel_after_its_owners_tv_is_news_media(text: str, channel: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(channel) is ActorKind.media, kinds
    assert not any(name.startswith("TV ") for name in kinds), kinds
