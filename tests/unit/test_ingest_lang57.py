"""Round lang57: regional politics, markets, courts and sport in German, Korean and Portuguese news
(a team's animal before its town, merged villages, a dateline in capitals, Korean stock indices,
development zones, councillors' seats and lists that name a province between two towns).

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Eisbären Berlin gewannen am Abend in Mannheim.", "Berlin"),
        ("Am Sonntag empfängt Mannheim die Eisbären Berlin.", "Berlin"),
    ],
)
def test_a_teams_animal_before_a_town_names_a_club(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="de")
    assert town not in kinds, kinds


def test_the_town_after_the_club_is_still_read() -> None:
    kinds = draft_kinds("Die Eisbären Berlin gewannen am Abend in Mannheim.", language="de")
    assert kinds.get("Mannheim") == "place", kinds


@pytest.mark.parametrize(
    ("text", "village", "cut"),
    [
        ("Die Feuerwehr fuhr nach Rapperswil-Jona.", "Rapperswil-Jona", "Rapperswil"),
        ("Die Schule in Wadern-Lockweiler bleibt zu.", "Wadern-Lockweiler", "Wadern"),
    ],
)
def test_merged_villages_are_not_cut_to_a_small_town_elsewhere(text: str, village: str, cut: str) -> None:
    kinds = draft_kinds(text, language="de")
    assert kinds.get(village) == "place" and cut not in kinds, kinds


def test_a_citys_district_after_a_hyphen_is_not_a_merged_village() -> None:
    kinds = draft_kinds("Sie wohnt seit Jahren in Berlin-Kreuzberg.", language="de")
    assert kinds == {"Berlin-Kreuzberg": "place"}, kinds


def test_a_small_town_in_a_capitals_dateline_though_its_name_is_frequent() -> None:
    kinds = draft_kinds("CHAVES — A câmara municipal aprovou o orçamento para o próximo ano.", language="pt")
    assert kinds.get("Chaves") == "place", kinds


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        ("뉴욕 나스닥지수는 1% 올랐다.", "뉴욕", "place"),  # an index after its market's town, no club
        ("반면 홍콩 항셍지수는 크게 내렸다.", "Hong Kong", "state"),
    ],
)
def test_a_korean_index_after_its_place(text: str, place: str, kind: str) -> None:
    kinds = draft_kinds(text, language="ko")
    assert kinds.get(place) == kind, kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("파주 운정신도시 입주가 늦어진다.", "파주"),  # a new town after its city
        ("의정부 고산지구 공사가 멈췄다.", "의정부"),  # a development zone
    ],
)
def test_a_korean_city_before_a_development_zone(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="ko")
    assert kinds.get(town) == "place", kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("박정수 도의원(남양주5)은 반대했다.", "남양주"),
        ("최민호 시의원(김포2)이 질의했다.", "김포"),
    ],
)
def test_a_korean_councillors_seat_in_brackets(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="ko")
    assert kinds.get(town) == "place", kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("폭설로 가평과 강원 홍천 주민들이 고립됐다.", "가평"),
        ("산불로 울진과 경북 영덕 주민들이 대피했다.", "울진"),
    ],
)
def test_a_korean_town_listed_with_one_after_its_province(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="ko")
    assert kinds.get(town) == "place", kinds


def test_a_town_named_as_a_person_is_too_after_the_noun_of_its_dam() -> None:
    kinds = draft_kinds("Os peritos voltaram à barragem de Mariana nesta semana.", language="pt")
    assert kinds.get("Mariana") == "place", kinds


def test_a_given_name_after_a_plain_of_is_still_a_person() -> None:
    kinds = draft_kinds("O gol de Mariana Souza decidiu o jogo.", language="pt")
    assert "Mariana" not in kinds, kinds
