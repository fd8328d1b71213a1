"""Round lang80: continents and small capitals in Hebrew and Hindi, compass parts of a land joined by a hyphen, ...

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kinds, page_with_box_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("he", "רוב המשקיעים מאסיה הגיעו השנה לכנס בתל אביב.", "אסיה"),
        ("he", "החברה מוכרת את המוצרים שלה גם באפריקה.", "אפריקה"),
        ("hi", "यूरोप से आने वाले पर्यटकों की संख्या बढ़ी है।", "यूरोप"),
    ],
)
def test_a_continent_named_in_hebrew_or_hindi_is_a_place(language: str, text: str, name: str) -> None:
    assert _kinds(text, language).get(name) == "place"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("he", "המשלחת טסה לליסבון לפגישה עם שר החוץ.", "ליסבון"),
        ("hi", "प्रधानमंत्री अगले सप्ताह कोलंबो की यात्रा पर जाएंगे।", "कोलंबो"),
    ],
)
def test_a_capital_smaller_than_a_million_is_a_place_in_hebrew_or_hindi(language: str, text: str, name: str) -> None:
    assert _kinds(text, language).get(name) == "place"


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        ("no", "Det var rekordkaldt i Nord-Norge i helgen, og mange frøs.", "Nord-Norge"),
        ("no", "Flommen rammet store deler av Vest-Norge i natt.", "Vest-Norge"),
        ("da", "Vinden var hård i Nord-Tyskland natten til fredag.", "Nord-Tyskland"),
    ],
)
def test_a_compass_point_hyphened_to_a_land_is_a_part_of_it_not_the_state(
    language: str, text: str, region: str
) -> None:
    kinds = _kinds(text, language)
    assert kinds.get(region) == "place" and not {"Norway", "Germany", "Norge", "Tyskland"} & set(kinds), kinds


def test_a_state_named_with_a_compass_point_stays_a_state() -> None:
    kinds = _kinds("Forhandlingene med Nord-Korea og Sør-Afrika fortsetter i Oslo.", "no")
    assert kinds.get("North Korea") == "state" and kinds.get("South Africa") == "state", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Экскурсии до острова Валаам отменили из-за шторма.", "Валаам"),
        ("Летом туристы едут на озеро Увильды и в горы.", "Увильды"),
        ("Танкер зашёл в порт Варандей за нефтью.", "Варандей"),
        ("Уголь везут в порт Усть-Луга по железной дороге.", "Усть-Луга"),
    ],
)
def test_a_russian_island_lake_or_port_is_named_after_its_noun(text: str, name: str) -> None:
    assert _kinds(text, "ru").get(name) == "place"


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("인천 부평과 계양의 아파트값이 올랐다.", "부평"),
        ("서울 노원과 도봉의 재건축 단지가 주목받았다.", "노원"),
        ("대구 달서갑의 현역 의원이 불출마를 선언했다.", "달서갑"),
    ],
)
def test_a_korean_district_after_its_city_is_a_place(text: str, district: str) -> None:
    assert _kinds(text, "ko").get(district) == "place"


def test_a_korean_district_after_its_city_is_no_namesake_abroad() -> None:
    extraction = extract("관광객들이 부산 사하를 찾았다.", None, [], set(), "test-drafts", language="ko")
    drafts = {draft.name: set(draft.aliases) for draft in extraction.actors}
    assert "사하" in drafts and "Yakutia" not in drafts["사하"], drafts


def test_the_object_particle_after_a_korean_district_is_no_constituency() -> None:
    kinds = _kinds("관광객들이 서울 송파를 찾았고 인천 연수을 지나갔다.", "ko")
    assert "송파" in kinds and "송파를" not in kinds, kinds


def test_a_korean_facility_one_passes_through_names_its_town() -> None:
    kinds = _kinds("조직원 9명은 김포공항을 통해 송환됐다. 마약은 평택항을 통한 화물로 들어왔다.", "ko")
    assert kinds.get("김포") == "place" and kinds.get("평택") == "place", kinds


def test_a_korean_facility_one_runs_names_no_town() -> None:
    assert "인천" not in _kinds("인천공항을 운영하는 공사가 새 요금을 밝혔다.", "ko")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tàu cá phải vào neo đậu tại cảng Dung Quất. Ngư dân lo lắng.", "Dung Quất"),
        ("Hành khách đã được chuyển đến sân bay Phù Cát. Nhiều chuyến bay bị hoãn.", "Phù Cát"),
    ],
)
def test_a_vietnamese_place_after_its_noun_ends_with_its_sentence(text: str, name: str) -> None:
    assert _kinds(text, "vi").get(name) == "place"


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Tuyến Cát Linh - Hà Đông đã chở hơn 50 triệu lượt khách.", {"Cát Linh", "Hà Đông"}),
        ("Thành phố muốn mở tuyến metro Thủ Thiêm - Long Trường vào năm tới.", {"Thủ Thiêm", "Long Trường"}),
        ("Cao tốc Trung Lương - Mỹ Thuận thường xuyên ùn tắc dịp lễ.", {"Trung Lương", "Mỹ Thuận"}),
    ],
)
def test_the_two_ends_of_a_vietnamese_line_or_road_are_places(text: str, ends: set[str]) -> None:
    kinds = _kinds(text, "vi")
    assert {name for name in ends if kinds.get(name) == "place"} == ends, kinds


def test_a_vietnamese_station_or_border_gate_names_a_place_of_its_own() -> None:
    extraction = extract(
        "Xe tải xếp hàng dài ở cửa khẩu Tân Thanh. Hành khách xuống ở ga Diêu Trì.", None, [], set(), "t", language="vi"
    )
    drafts = {draft.name: set(draft.aliases) for draft in extraction.actors}
    assert "Diêu Trì" in drafts and drafts.get("Tân Thanh") == set(), drafts


def test_a_vietnamese_syllable_with_another_tone_names_no_state() -> None:
    kinds = _kinds("Chị Bí bán rau ở chợ mỗi sáng. Hàng được xuất sang Đức và Bỉ.", "vi")
    assert kinds.get("Belgium") == "state" and "Bí" not in kinds, kinds
    extraction = extract("Chị Bí bán rau ở chợ mỗi sáng.", None, [], set(), "t", language="vi")
    assert not extraction.actors


def test_a_hindi_dateline_after_the_writers_name_in_the_byline(tmp_path: Path) -> None:
    article = (
        '<p class="author">अनिल शर्मा, जयपुर | अपडेटेड: 4 मई 2027</p><p>राज्य सरकार ने नई बस सेवा शुरू करने का फैसला '
        "किया है। परिवहन मंत्री ने कहा कि पहले चरण में सौ बसें चलेंगी।</p><p>यात्रियों ने इस फैसले का स्वागत किया।</p>"
    )
    kinds = page_with_box_kinds(tmp_path, "hi", article, "", "नई बस सेवा शुरू होगी")
    assert kinds.get("Jaipur") == "place", (
        kinds
    )  # (the record shows the gazetteer's name, the page's spelling its alias: realmix3)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Der Zug nach Hof fällt am Wochenende aus.", "Hof"),
        ("Die Wache der Feuerwehr in Leer meldete am Abend die ersten Schäden.", "Leer"),
        ("Ein neuer Elektrolyseur in Heide soll Busse mit Wasserstoff versorgen.", "Heide"),
    ],
)
def test_a_german_town_named_by_a_word_after_a_bare_preposition(text: str, town: str) -> None:
    assert _kinds(text, "de").get(town) == "place"


def test_a_german_set_phrase_after_a_bare_preposition_names_no_town() -> None:
    assert not _kinds("Er kam spät nach Hause, weil die Brücke in Gefahr war und alle aus Angst warteten.", "de")


@pytest.mark.parametrize(
    ("language", "text", "villages"),
    [
        ("no", "Bussene kjøres om via Fitjar og Frekhaug i hele sommer.", {"Fitjar", "Frekhaug"}),
        ("da", "Eleverne skal nu køre fra Gudhjem og Hasle til den nye skole.", {"Gudhjem", "Hasle"}),
    ],
)
def test_a_norwegian_or_danish_village_after_a_preposition_is_a_place(
    language: str, text: str, villages: set[str]
) -> None:
    kinds = _kinds(text, language)
    assert {name for name in villages if kinds.get(name) == "place"} == villages, kinds


def test_a_hebrew_airport_named_after_its_noun_is_a_place() -> None:
    kinds = _kinds("הטיסות לצפון ימריאו משדה התעופה מחניים החל מהחודש הבא.", "he")
    assert kinds.get("שדה התעופה מחניים") == "place", kinds


def test_a_hebrew_airport_noun_before_an_adjective_names_no_airport() -> None:
    assert not _kinds("הטיסות משדה התעופה הבינלאומי בוטלו בגלל הסערה.", "he")
