"""Round lang53: a mayoral election, a cold snap, tourism, a teacher shortage and rental fraud in German,
Russian, Portuguese and Korean (two Korean cities closed by a noun for an area, German nouns that GeoNames
keeps as other spellings of cities abroad).

Invented examples; the places are real but differ from the benchmark pages' own.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def test_two_korean_cities_closed_by_an_area_noun() -> None:
    kinds = draft_kinds("노조는 파주와 구리 지역 물류센터를 찾았다.", language="ko")
    assert kinds.get("파주") == "place" and kinds.get("구리") == "place", kinds


def test_a_korean_county_listed_before_an_area_noun_stays_a_word() -> None:
    # "고령" (old age) is a county too; only two cities (시) are read so
    assert "고령" not in draft_kinds("고령과 영양 지역 농가가 늘었다.", language="ko")


@pytest.mark.parametrize(
    "text",
    ["Die Gemeinde investiert in Spielplätze und Kitas.", "Der Verein kauft neue Autos und Kitas bleiben zu."],
)
def test_a_german_plural_is_no_other_spelling_of_a_city(text: str) -> None:
    assert "Kitas" not in draft_kinds(text, language="de")


def test_a_german_area_noun_before_its_name_is_no_city() -> None:
    kinds = draft_kinds("Der Zug fährt in den Kanton Graubünden.", language="de")
    assert "Kanton" not in kinds, kinds


def test_german_exonyms_and_a_genitive_stay_cities() -> None:
    kinds = draft_kinds("Die Delegation flog über Athen und Kairo nach Wien.", language="de")
    assert {"Athen", "Kairo", "Wien"} <= set(kinds), kinds


@pytest.mark.parametrize(
    ("text", "rivers"),
    [
        ("A nova ponte sobre o Guadiana abre em março.", {"Guadiana"}),
        ("Os arrozais nas margens do Mondego e do Sado secaram.", {"Mondego", "Sado"}),
        ("A poluição do Tietê voltou a subir.", {"Tietê"}),
    ],
)
def test_a_portuguese_river_after_its_article(text: str, rivers: set[str]) -> None:
    kinds = draft_kinds(text, language="pt")
    assert all(kinds.get(river) == "place" for river in rivers), kinds


def test_a_german_list_of_villages_the_tables_hold_needs_no_known_town() -> None:
    kinds = draft_kinds("Neue Glasfaser gibt es bald in Oberried und Horben.", language="de")
    assert kinds.get("Oberried") == "place" and kinds.get("Horben") == "place", kinds


def test_a_german_list_of_plural_nouns_stays_words() -> None:
    assert draft_kinds("Die Rehe leben in Wiesen und Wäldern.", language="de") == {}


def test_a_german_part_of_a_landscape_named_by_a_compass_prefix() -> None:
    kinds = draft_kinds("Neue Wanderwege gibt es im Nordharz und in der Westeifel.", language="de")
    assert kinds.get("Nordharz") == "place" and kinds.get("Westeifel") == "place", kinds


def test_a_compass_landscape_closing_a_body_name_is_no_draft_of_its_own() -> None:
    assert "Westallgäu" not in draft_kinds("Die Molkerei-Genossenschaft Westallgäu baut aus.", language="de")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("A enchente no Vale do Itajaí desalojou famílias.", "Vale do Itajaí"),
        ("As lavouras do Triângulo Mineiro secaram.", "Triângulo Mineiro"),
        ("Os voos para a Chapada Diamantina voltaram.", "Chapada Diamantina"),
    ],
)
def test_a_brazilian_tourist_or_farming_region_named_bare(text: str, region: str) -> None:
    assert draft_kinds(text, language="pt").get(region) == "place"


def test_a_list_of_home_towns_opening_a_portuguese_sentence() -> None:
    kinds = draft_kinds("Joinville, Blumenau e Chapecó ampliaram os hospitais regionais.", language="pt")
    assert {kinds.get(town) for town in ("Joinville", "Blumenau", "Chapecó")} == {"place"}, kinds


def test_a_list_of_home_towns_in_a_match_report_names_clubs() -> None:
    text = "Joinville, Blumenau e Chapecó venceram na última rodada do campeonato."
    assert draft_kinds(text, language="pt") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("В поликлиниках Липецка не хватает врачей.", "Липецк"),
        ("На улицах Анапы убирают снег.", "Анапа"),
        ("В школах Ейска отменили уроки.", "Ейск"),
    ],
)
def test_a_russian_town_after_the_plural_of_its_schools_or_streets(text: str, town: str) -> None:
    assert draft_kinds(text, language="ru").get(town) == "place"


def test_a_person_after_a_plural_noun_of_works_stays_unread() -> None:
    assert draft_kinds("В письмах Гоголя много юмора.", language="ru") == {}
