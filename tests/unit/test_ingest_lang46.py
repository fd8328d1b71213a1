"""Places and junk in German, Russian, Portuguese and Korean business, sport, culture and health news
that round lang46's pages showed.

Portuguese: a one-word town's name right before a state's, with no comma and no preposition of
place before them, is a firm's branch in that country ("o Santander Brasil", "pela Toledo
Argentina"); prose writes a town in its country with a comma ("em Santander, na Espanha").

A town's name the page also gives a person as a surname ("Por Helena Braga") still names the town
right after a preposition of place and joined by "and" to a town of the same country that is no
one's surname there ("em Braga e Guimarães"); alone ("em Fulda"), or a state ("em Montenegro e
Costa" after "Luís Montenegro"), it stays the person's.

Russian: a town's ports in the plural name it as the port does ("через порты Таганрога", "в
портах Ейска"), as "порт Находки" did.

Korean: a town's name written apart before the name of a group that owns sports clubs, with a
particle joined to the group's name, is the club ("울산 현대가 이겼다", "대전 한화는"); without the
particle ("수원 삼성 공장에서") the town stays read.

Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _drafts(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang46", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("O lucro do Santander Brasil subiu 10% no trimestre.", set()),
        ("A fábrica, apoiada pela Toledo Argentina, abriu ontem.", set()),
        # a town in its country, and a town after a preposition of place
        ("Ele mora em Santander, na Espanha.", {"Santander", "Spain"}),
        ("A equipe chegou em Lisboa Portugal ontem.", {"Lisboa", "Portugal"}),
    ],
)
def test_a_firms_branch_named_by_a_town_is_no_state(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "pt") == wanted


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("Por Rita Viseu. Já em Viseu e Lamego as escolas abriram.", "pt", {"Viseu", "Lamego"}),
        ("Von Anna Fulda. Die Schulen in Fulda und Hünfeld blieben zu.", "de", {"Fulda", "Hünfeld"}),
        # alone after German "in" or "aus", which no person stands after, the town too (round lang51)
        ("Von Anna Fulda. Die Schulen in Fulda blieben zu.", "de", {"Fulda"}),
        # a state: the person's surname
        ("Luís Montenegro falou. A confiança em Montenegro e Costa caiu.", "pt", set()),
    ],
)
def test_a_surname_on_the_page_opening_a_list_of_towns_is_the_town(text: str, language: str, wanted: set[str]) -> None:
    assert _drafts(text, language) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Зерно идёт через порты Таганрога.", {"Таганрог"}),
        ("В портах Ейска растут очереди.", {"Ейск"}),
    ],
)
def test_towns_after_the_plural_of_port_are_places(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "ru") == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("울산 현대가 원정에서 이겼다.", set()),
        ("대전 한화는 연장 끝에 졌다.", set()),
        # no particle on the group's name; the town alone
        ("수원 삼성 공장에서 불이 났다.", {"수원"}),
        ("울산은 어제 비가 왔다.", {"울산"}),
    ],
)
def test_a_town_before_a_clubs_owner_names_the_club(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "ko") == wanted
