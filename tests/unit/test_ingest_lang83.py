"""Round lang83: Hindi towns by their everyday Latin spelling, Korean towns opening the headlines of a box of other
stories, Russian regions in the genitive after their town, German
towns after 'um' (around), Israel's plains and valleys in Hebrew, Italian
villages above and below ('sopra', 'sotto'), French headlines labelled by a town before a spaced colon,
Norwegian coasts, plateaus, valleys and fjords with their article joined, Korean islands listed with a
township, Romance villages after their growers, young people and families ('los jóvenes de').

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest_helpers import draft_kinds, page_with_box_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("हुबली में कपास की आवक बढ़ी है।", "हुबली"),
        ("शाहजहांपुर में गन्ने की खरीद शुरू हुई।", "शाहजहांपुर"),
        ("तुमकुरु और हासन के किसान नाराज हैं।", "तुमकुरु"),
    ],
)
def test_a_hindi_town_sounding_as_its_everyday_latin_spelling_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "hi").get(name) == "place", _kinds(text, "hi")


_KOREAN_STORY = (
    "<p>경남 거창과 함양의 사과 농가가 냉해로 피해를 입었다. 농민들은 서울과 부산, 대구의 도매시장에 물량을 "
    "내놓지 못하고 있다.</p>"
)


def _korean_box(*headlines: str) -> str:
    items = "".join(f'<li><a href="/a/{k}">{line}</a></li>' for k, line in enumerate(headlines))
    return f"<aside><h3>많이 본 뉴스</h3><ul>{items}</ul></aside>"


@pytest.mark.parametrize(
    ("headline", "town"),
    [("곡성 기차마을 관광객 늘어", "곡성"), ("영천 포도 수확 한창", "영천"), ("목포 해상케이블카 이용객 늘어", "목포")],
)
def test_a_korean_town_opening_a_related_headline_is_a_place(tmp_path: Path, headline: str, town: str) -> None:
    kinds = page_with_box_kinds(tmp_path, "ko", _KOREAN_STORY, _korean_box(headline), "사과 냉해")
    assert kinds.get(town) == "place", kinds


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Станки делают на заводе в Миассе Челябинской области.", "Челябинская область"),
        ("Лес везут из Котласа Архангельской области.", "Архангельская область"),
    ],
)
def test_a_russian_region_in_the_genitive_after_its_town_is_a_place(text: str, region: str) -> None:
    kinds = _kinds(text, "ru")
    assert kinds.get(region) == "place", kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Höfe um Dinkelsbühl leiden unter der Dürre.", "Dinkelsbühl"),
        ("In Mähren, wo um Brünn viel Wein wächst, ist die Lese vorbei.", "Brünn"),
    ],
)
def test_a_german_town_after_um_around_is_a_place(text: str, town: str) -> None:
    assert _kinds(text, "de").get(town) == "place", _kinds(text, "de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("הפקקים בכבישי השרון נמשכו כל הבוקר.", "השרון"),
        ("החקלאים בעמק החולה מחכים לגשם.", "עמק החולה"),
        ("שריפה פרצה במדבר יהודה ליד הכביש.", "מדבר יהודה"),
    ],
)
def test_an_israeli_plain_or_valley_with_its_article_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "he").get(name) == "place", _kinds(text, "he")


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("I castagneti sopra Arcidosso sono stati colpiti dalla grandine.", "Arcidosso"),
        ("La strada che sale sopra Ponte di Legno resta chiusa.", "Ponte di Legno"),
    ],
)
def test_an_italian_village_above_a_slope_is_a_place(text: str, village: str) -> None:
    assert _kinds(text, "it").get(village) == "place", _kinds(text, "it")


def test_a_french_town_labelling_a_related_headline_before_a_spaced_colon_is_a_place(tmp_path: Path) -> None:
    story = "<p>Les vendanges ont commencé plus tôt cette année dans le vignoble, sous une chaleur forte.</p>"
    headline = "Vesoul : le marché de Noël ouvre samedi"
    box = f'<aside><h3>À lire aussi</h3><ul><li><a href="/a/1">{headline}</a></li></ul></aside>'
    kinds = page_with_box_kinds(tmp_path, "fr", story, box, "Vendanges")
    assert kinds.get("Vesoul") == "place", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fiskerne langs Finnmarkskysten melder om gode fangster.", "Finnmarkskysten"),
        ("Reinflokkene på Hardangervidda er flyttet.", "Hardangervidda"),
    ],
)
def test_a_norwegian_coast_plateau_or_valley_after_a_preposition_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "no").get(name) == "place", _kinds(text, "no")


def test_a_korean_island_listed_with_a_township_is_a_place() -> None:
    kinds = _kinds("신안군 흑산면과 영산도의 어민들이 전복 양식을 시작했다.", "ko")
    assert kinds.get("영산도") == "place", kinds


@pytest.mark.parametrize(
    ("text", "language", "village"),
    [
        ("Los jóvenes de Siruela se marchan a Madrid.", "es", "Siruela"),
        ("Molti giovani di Pescocostanzo lavorano a Roma.", "it", "Pescocostanzo"),
    ],
)
def test_a_village_after_its_young_people_is_a_place(text: str, language: str, village: str) -> None:
    assert _kinds(text, language).get(village) == "place", _kinds(text, language)
