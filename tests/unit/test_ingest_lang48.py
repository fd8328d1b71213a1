"""Round lang48: lists of towns on German and Portuguese news pages, and Russian regions in a shared workspace.

Invented examples; the towns are real but differ from the benchmark pages' own.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kinds

KNOWN_TOWNS = [
    Actor(id="smolensk", name="Смоленск", kind=ActorKind.place),
    Actor(id="murmansk", name="Мурманск", kind=ActorKind.place),
    Actor(id="bryansk", name="Брянск", kind=ActorKind.place),
]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Пожары начались в Смоленской области в субботу.", "Смоленская область"),
        ("Снег выпал в Мурманской области раньше срока.", "Мурманская область"),
        ("Жители Брянской и Смоленской областей жалуются на дороги.", "Смоленская область"),
    ],
)
def test_a_known_town_spelled_like_a_regions_adjective_leaves_the_region_whole(text: str, region: str) -> None:
    alone = {draft.name for draft in extract(text, None, [], set(), "t", language="ru").actors}
    shared = extract(text, None, KNOWN_TOWNS, set(), "t", language="ru")
    assert region in alone
    assert region in {draft.name for draft in shared.actors}, [(m.text, m.actor_id) for m in shared.mentions]


def test_a_known_town_is_still_linked_in_its_own_cases() -> None:
    shared = extract("В Смоленске прошли учения.", None, KNOWN_TOWNS, set(), "t", language="ru")
    assert [mention.actor_id for mention in shared.mentions] == ["smolensk"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Por Marta Faro\n\nA sondagem mostra um empate em Faro e em Setúbal.", "Faro"),
        ("Por Marta Faro\n\nA sondagem mostra um empate em Faro e no Porto.", "Faro"),
    ],
)
def test_a_reporters_surname_is_a_town_in_a_list_that_repeats_its_preposition(text: str, town: str) -> None:
    assert draft_kinds(text, language="pt").get(town) is ActorKind.place


def test_a_surname_is_not_a_town_without_a_list_of_places() -> None:
    assert "Faro" not in draft_kinds("Por Marta Faro\n\nA sondagem dá vantagem a Faro e a Costa.", language="pt")


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Betroffen sind viele Kommunen, darunter Unna, Lünen und Schwerte.", {"Unna", "Lünen", "Schwerte"}),
        ("Auch Städte in Hessen, etwa Fulda und Wetzlar, prüfen die Pläne.", {"Fulda", "Wetzlar"}),
    ],
)
def test_towns_listed_as_examples_after_a_comma_are_towns(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="de")
    assert {town for town in towns if kinds.get(town) is ActorKind.place} == towns


@pytest.mark.parametrize(
    "text",
    [
        "Mehrere Vereine, darunter Bremen und Hannover, protestieren gegen die Ansetzung.",
        "Hannover und Bremen trennten sich am Samstag 1:1.",
    ],
)
def test_clubs_named_by_their_towns_stay_unread(text: str) -> None:
    assert not {"Bremen", "Hannover"} & set(draft_kinds(text, language="de"))


KNOWN_NAMESAKES = [
    Actor(id="freiberg", name="Freiberg", kind=ActorKind.place),
    Actor(id="lukashenko", name="Alexander Lukashenko", kind=ActorKind.person, aliases=["Lukashenko"]),
]


def test_a_town_spelled_nearly_as_a_known_town_is_a_town_of_its_own() -> None:
    text = "Die Kaderathleten trainieren in Freiburg und reisen am Freitag ab."
    shared = extract(text, None, KNOWN_NAMESAKES, set(), "t", language="de")
    assert "Freiburg" in {draft.name for draft in shared.actors}, [(m.text, m.actor_id) for m in shared.mentions]


def test_a_transliteration_still_links_to_the_known_person() -> None:
    shared = extract("Officials said Lukashenka had called twice.", None, KNOWN_NAMESAKES, set(), "t")
    assert [mention.actor_id for mention in shared.mentions] == ["lukashenko"]


KNOWN_PARTS = [
    Actor(id="rhein", name="Rhein", kind=ActorKind.place),
    Actor(id="baden", name="Baden", kind=ActorKind.place),
    Actor(id="russia", name="Russia", kind=ActorKind.state),
    Actor(id="ukraine", name="Ukraine", kind=ActorKind.state),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Zulieferer kommen aus Baden-Württemberg und Bayern.", "Baden-Württemberg"),
        ("Mehrere Gemeinden im Rhein-Erft-Kreis sind betroffen.", "Rhein-Erft-Kreis"),
    ],
)
def test_a_hyphened_place_holding_a_known_place_is_read_whole(text: str, name: str) -> None:
    shared = extract(text, None, KNOWN_PARTS, set(), "t", language="de")
    assert name in {draft.name for draft in shared.actors}, [(m.text, m.actor_id) for m in shared.mentions]


def test_two_known_states_joined_by_a_hyphen_stay_two_mentions() -> None:
    shared = extract("The Russia-Ukraine talks resumed on Monday.", None, KNOWN_PARTS, set(), "t")
    assert [mention.actor_id for mention in shared.mentions] == ["russia", "ukraine"]


KNOWN_REGIONS = [
    Actor(id="stavropolye", name="Ставрополье", kind=ActorKind.place),
    Actor(id="krasnodar", name="Краснодар", kind=ActorKind.place),
]


def test_a_declined_city_is_not_the_known_region_spelled_alike() -> None:
    text = "Туристы приезжают из Краснодара и Ставрополя каждое лето."
    shared = extract(text, None, KNOWN_REGIONS, set(), "t", language="ru")
    assert "Ставрополь" in {draft.name for draft in shared.actors}
    assert "krasnodar" in {mention.actor_id for mention in shared.mentions}  # its own case still links
