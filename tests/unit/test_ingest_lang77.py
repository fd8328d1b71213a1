"""Round lang77: Danish and Norwegian pages (their small towns, "på", their lands, islands and waters named bare),
German districts, reservoirs and lakes with their nouns, Vietnamese rivers and clubs, Hindi spellings.

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # towns of 1,000 to 5,000 people, named after a preposition and in a list
        (
            "no",
            "Toget står stille mellom Vinstra og Fagernes, og de reisende venter i Geilo.",
            {"Vinstra", "Fagernes", "Geilo"},
        ),
        (
            "da",
            "Lastbilerne kører fra Tinglev til Brædstrup, og chaufføren bor i Løgstør.",
            {"Tinglev", "Brædstrup", "Løgstør"},
        ),
    ],
)
def test_danish_and_norwegian_towns_of_a_thousand_people(language: str, text: str, names: set[str]) -> None:
    kinds = _kinds(text, language)
    assert {name for name in names if kinds.get(name) == "place"} == names, kinds


def test_norwegian_town_after_pa() -> None:
    # Norwegian names some inland towns with "på", as an island; the town's name is frequent in its news
    kinds = _kinds("Politiet på Gjøvik fikk melding om brannen, og mannskap fra Elverum rykket ut.", "no")
    assert kinds.get("Gjøvik") == "place", kinds


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # islands, parts of the land and straits named bare, and a land listed after one
        (
            "da",
            "Færgen til Bornholm er aflyst, og på Langeland og Ærø venter turisterne.",
            {"Bornholm", "Langeland", "Ærø"},
        ),
        ("da", "Vinden blæser hårdt over Storebælt og i Himmerland.", {"Storebælt", "Himmerland"}),
        (
            "no",
            "Turistene reiser til Hallingdal og Numedal, mens andre drar på Senja.",
            {"Hallingdal", "Numedal", "Senja"},
        ),
        ("no", "Vannstanden i Glomma stiger, og det regner i Finnmark.", {"Glomma", "Finnmark"}),
    ],
)
def test_danish_and_norwegian_lands_named_bare(language: str, text: str, names: set[str]) -> None:
    kinds = _kinds(text, language)
    assert {name for name in names if kinds.get(name) == "place"} == names, kinds


def test_a_land_opening_a_longer_name_is_none() -> None:
    kinds = _kinds("Han spiller nå for Bodø og jobber i Lofoten Sjømat.", "no")
    assert "Lofoten" not in kinds, kinds


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("da", "Skibet sejlede videre ud i Østersøen og Nordhavet.", "Nordhavet"),
        ("no", "Fisket i Barentshavet øker.", "Barentshavet"),
    ],
)
def test_danish_and_norwegian_seas_with_the_noun_joined(language: str, text: str, name: str) -> None:
    assert _kinds(text, language).get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Buslinie fährt jetzt auch im Ilm-Kreis.", "Ilm-Kreis"),
        # "Orla" is a given name elsewhere: "Kreis" after it is still the district's noun
        ("Im Saale-Orla-Kreis schließen zwei Schulen.", "Saale-Orla-Kreis"),
    ],
)
def test_german_districts_named_with_kreis(text: str, name: str) -> None:
    assert _kinds(text, "de").get(name) == "place"


def test_a_river_and_kreis_before_a_town_is_no_two_part_district() -> None:
    assert "Rhein-Kreis" not in _kinds("Der Unfall geschah im Rhein-Kreis Neuss.", "de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Am Stausee Kelbra wurde das Baden wegen Blaualgen verboten.", "Stausee Kelbra"),
        ("Das Wasser der Talsperre Eibenstock ist sauber.", "Talsperre Eibenstock"),
    ],
)
def test_german_reservoirs_named_after_their_noun(text: str, name: str) -> None:
    assert _kinds(text, "de").get(name) == "place"


def test_a_reservoir_s_firm_is_no_reservoir() -> None:
    assert not _kinds("Die Talsperre Pöhl GmbH meldet Gewinne.", "de")


@pytest.mark.parametrize(
    ("language", "text", "side"),
    [
        ("vi", "Thể thao: Becamex Bình Dương thắng Nam Định 3-1 trên sân nhà.", "Nam Định"),
        ("da", "Håndbold: GOG tabte 25-29 til Kolding i aftes.", "Kolding"),
        ("no", "Fotball: Brann spilte 2–2 mot Tromsø i kveld.", "Tromsø"),
    ],
)
def test_a_town_beaten_in_a_match_is_its_club(language: str, text: str, side: str) -> None:
    assert side not in _kinds(text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("vi", "Hàng hóa được chở từ Nam Định đến Hà Nội.", "Nam Định"),
        ("da", "Lastbilen kørte til Kolding i går.", "Kolding"),
    ],
)
def test_a_town_after_a_preposition_without_a_match_stays_the_town(language: str, text: str, name: str) -> None:
    assert _kinds(text, language).get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after "thành phố" the city, though the words spell a man's name too
        ("Hàng cứu trợ được gửi từ Thành phố Hồ Chí Minh hôm qua.", "Hồ Chí Minh"),
        ("Tàu cập cảng Cái Mép vào sáng nay.", "Cái Mép"),
        ("Nông dân huyện Tháp Mười thu hoạch lúa.", "Tháp Mười"),
        # a river with its noun, a delta with its river's
        ("Nước sông Hậu dâng cao.", "sông Hậu"),
        ("Nông dân Đồng bằng sông Cửu Long trúng mùa.", "Đồng bằng sông Cửu Long"),
    ],
)
def test_vietnamese_places_after_their_noun(text: str, name: str) -> None:
    assert _kinds(text, "vi").get(name) == "place"


def test_a_club_named_after_a_river_is_no_river() -> None:
    assert not _kinds("Thể thao: Sông Lam Nghệ An hòa 1-1 trên sân nhà.", "vi")


def test_states_by_the_names_hindi_news_writes() -> None:
    kinds = _kinds("व्यापारी अमेरिका और ब्रिटेन को चावल भेजते हैं।", "hi")
    assert kinds.get("United States") == "state" and kinds.get("United Kingdom") == "state", kinds


def test_a_korean_quarter_listed_with_a_township() -> None:
    kinds = _kinds("경남 통영시 산양읍과 도남동 일대에서 굴 수확이 시작됐다.", "ko")
    assert kinds.get("산양읍") == "place" and kinds.get("도남동") == "place", kinds


def test_two_common_nouns_ending_like_quarters_are_no_places() -> None:
    assert not _kinds("주민들은 봉사활동과 운동을 함께 한다.", "ko")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Os vinhedos ficam junto ao Tua, perto de Mirandela.", "Tua"),
        ("A nova ponte sobre o Sabor abre em março.", "Sabor"),
        ("As chamas saltaram o Zêzere durante a noite.", "Zêzere"),
    ],
)
def test_portuguese_rivers_after_their_article(text: str, name: str) -> None:
    assert _kinds(text, "pt").get(name) == "place"


def test_a_river_ending_a_town_s_name_is_no_river_there() -> None:
    assert "Zêzere" not in _kinds("A câmara de Ferreira do Zêzere reuniu ontem.", "pt")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Летом туристы едут на Байкал, а зимой рыбаки выходят на лёд Ладоги и по Ладоге.", "Байкал"),
        ("Лодки ходят по Ладоге до Валаама.", "Ладога"),
        ("Золото добывают по Колыме.", "Колыма"),
    ],
)
def test_russian_lakes_and_rivers_named_bare(text: str, name: str) -> None:
    assert _kinds(text, "ru").get(name) == "place"


def test_the_district_of_a_hyphened_russian_town_is_the_district() -> None:
    kinds = _kinds("Пожар в Петровск-Забайкальском районе потушен к утру.", "ru")
    assert kinds.get("Петровск-Забайкальский район") == "place" and "Петровск-Забайкальский" not in kinds, kinds


def test_a_headline_in_another_language_is_read_as_a_sentence() -> None:
    # a road's code makes three of the line's four longer words capitalised; Norwegian writes no Title Case
    kinds = _kinds("Ras stengte Rv7 i Hallingdal\nTrafikken ledes om i flere dager.", "no")
    assert kinds.get("Hallingdal") == "place", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [("등산객 두 명이 속리산에서 길을 잃었다.", "속리산"), ("올해 덕유산 첫눈은 지난해보다 늦었다.", "덕유산")],
)
def test_korean_mountains_named_bare(text: str, name: str) -> None:
    assert _kinds(text, "ko").get(name) == "place"


def test_made_in_and_real_estate_are_no_mountains() -> None:
    kinds = _kinds("국내산 쌀값과 부동산 가격이 함께 올랐다.", "ko")
    assert "국내산" not in kinds and "부동산" not in kinds, kinds


def test_a_korean_town_before_its_temple() -> None:
    kinds = _kinds("올해 김천 직지사와 평창 월정사에 소화 설비를 설치한다.", "ko")
    assert kinds.get("김천") == "place" and kinds.get("평창") == "place", kinds


def test_a_town_before_a_firm_s_noun_is_no_temple_s() -> None:
    # "건설사" (a building firm) is no temple: the small county before it needs a site of its own
    assert "보은" not in _kinds("이번 사업에는 보은 건설사와 지역 업체가 참여했다.", "ko")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Die Brücke über die Naab bei Schwandorf wird saniert.", {"Naab"}),
        ("Zwischen Bigge und Lenne liegen viele Dörfer.", {"Bigge", "Lenne"}),
    ],
)
def test_smaller_german_rivers_named_bare(text: str, names: set[str]) -> None:
    kinds = _kinds(text, "de")
    assert {name for name in names if kinds.get(name) == "place"} == names, kinds
