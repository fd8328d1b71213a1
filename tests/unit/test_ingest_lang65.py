"""Round lang65: regional news in Ukrainian, Czech, Italian, French, Dutch and Spanish: towns in their own
case forms ("з Прилук", "з Броварів", "у Кропивницькому", "з Білгорода-Дністровського").

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # Ukrainian: a town named by a plural, in the genitive plural (-ів, or no ending)
        ("Автобус вирушив з Броварів о сьомій.", "uk", "Бровари", "place"),
        ("Делегація з Прилук прибула вранці.", "uk", "Прилуки", "place"),
        # ...a town named by an adjective, declined as one after "у" or opening a "між ... і" pair
        ("Ярмарок у Кропивницькому відкрили вчора.", "uk", "Кропивницький", "place"),
        ("Дорогу між Кропивницьким і Олександрією ремонтують.", "uk", "Кропивницький", "place"),
        # ...a town's noun and adjective joined by a hyphen, both declined
        ("Поїзд з Білгорода-Дністровського запізнився.", "uk", "Білгород-Дністровський", "place"),
        # ...a later item of a list joined by "чи" (or)
        ("Хворих везуть з Ізюма чи Куп'янська.", "uk", "Куп'янськ", "place"),
        # ...after a noun of residents, a route's noun, and a neuter town's adjective closing a "між" pair
        ("Мешканці Кропивницького скаржаться на воду.", "uk", "Кропивницький", "place"),
        ("Новий маршрут до Хуста запрацює влітку.", "uk", "Хуст", "place"),
        ("Дорогу між Ковелем і Рівним відремонтують.", "uk", "Рівне", "place"),
        # ...a "між" pair's end after a start that is an adjective town
        ("Трасу між Кропивницьким і Новоукраїнкою закрили.", "uk", "Новоукраїнка", "place"),
        # Czech: a town named by a plural in -ovy, in the genitive plural
        ("Silnice z Klatov je zavřená.", "cs", "Klatovy", "place"),
        # ...a neuter adjective opening a town's name, declined with it; the noun's genitive is as written
        ("Starosta Uherského Hradiště rezignoval.", "cs", "Uherské Hradiště", "place"),
        # ...a town's name through "nad"/"pod": only its first word declines
        ("Festival v Rožnově pod Radhoštěm začal.", "cs", "Rožnov pod Radhoštěm", "place"),
        ("Kino v Kostelci nad Orlicí otevřeli.", "cs", "Kostelec nad Orlicí", "place"),
        # ...a river named after the noun for a river in the nominative
        ("Přes noc se řeka Svitava rozvodnila.", "cs", "Svitava", "place"),
        # Dutch: a town after "richting" (towards) and "via" (through)
        ("De bus richting Assen rijdt vandaag niet.", "nl", "Assen", "place"),
        ("Het verkeer gaat via Steenwijk naar het noorden.", "nl", "Steenwijk", "place"),
        # ...a later item of a list after a town's residents and "van", opening a sentence too
        ("Volgens de inwoners van Goes en Kapelle is de dijk te laag.", "nl", "Kapelle", "place"),
        ("Inwoners van Goes en Kapelle klagen over de dijk.", "nl", "Kapelle", "place"),
        # Italian: a town a line is bound for, after "per"
        ("La linea per Arezzo resta sospesa fino a lunedì.", "it", "Arezzo", "place"),
        # French: a department's name joined by "-et-", after an elided "d'"
        ("Les élus d'Indre-et-Loire ont voté le budget.", "fr", "Indre-et-Loire", "place"),
    ],
)
def test_places_in_their_case_forms(text: str, language: str, name: str, kind: str) -> None:
    assert draft_kinds(text, language).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # German: a land joined by a hyphen to the noun of a thing or an event names that thing
        ("Das Bayern-Ticket wird im Januar teurer.", "Bayern"),
        ("Die Hessen-Wahl bringt eine neue Mehrheit.", "Hessen"),
    ],
)
def test_a_land_opening_a_hyphened_compound_is_not_drafted(text: str, name: str) -> None:
    assert name not in draft_kinds(text, "de")


def test_a_village_opening_a_longer_galician_name_is_not_drafted_alone() -> None:
    # Spanish has no "do": "Pobra do Caramiñal" is one name, not the village Pobra
    drafts = draft_kinds("Esta semana, vecinos de Ourense y de Pobra do Caramiñal protestaron.", "es")
    assert "Pobra" not in drafts
    assert drafts.get("Ourense") == "place"


def test_a_part_of_a_town_after_its_hyphen_stays_a_place() -> None:
    assert draft_kinds("Die Wohnung liegt in Berlin-Mitte.", "de").get("Berlin-Mitte") == "place"


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # Ukrainian: a region named by its centre with -щина or -ччина is the oblast, and keeps the name the
        # text calls it by
        ("На Полтавщині збирають врожай.", "Полтавська область", "Полтавщина"),
        ("Волонтери з Вінниччини привезли ліки.", "Вінницька область", "Вінниччина"),
    ],
)
def test_a_ukrainian_region_by_its_centre_keeps_its_nickname(text: str, name: str, alias: str) -> None:
    drafts = {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts", language="uk").actors}
    assert name in drafts
    assert alias in drafts[name].aliases


def test_a_town_closing_a_list_after_a_preposition_is_no_known_person_s_surname() -> None:
    # the workspace knows a Pieter van Emmen; "richting Assen en Emmen" names two towns
    known = [Actor(id="pieter-van-emmen", name="Pieter van Emmen", kind=ActorKind.person, aliases=["Van Emmen"])]
    text = "De bussen richting Assen en Emmen rijden vandaag niet."
    extraction = extract(text, None, known, set(), "test-drafts", language="nl")
    assert {draft.name: draft.kind for draft in extraction.actors}.get("Emmen") == "place"
