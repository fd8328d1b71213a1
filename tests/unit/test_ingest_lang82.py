"""Round lang82: Vietnamese states by their everyday names, the city written short ("TP HCM"), continents after a
lower-case noun ("châu Âu"), provinces named by two names and a dash ("Bà Rịa - Vũng Tàu").

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanh long được xuất khẩu sang Mỹ và Hàn Quốc với giá cao.", "United States"),
        ("Nhiều sinh viên đi du học tại Úc trong năm nay.", "Australia"),
        ("Cà phê Việt Nam bán chạy ở Ý và Tây Ban Nha.", "Italy"),
        ("Các hãng bay từ UAE mở thêm đường bay đến Đà Nẵng.", "United Arab Emirates"),
    ],
)
def test_a_vietnamese_state_by_its_everyday_name_is_a_state(text: str, name: str) -> None:
    assert _kinds(text, "vi").get(name) == "state"


@pytest.mark.parametrize(
    "text",
    [
        "Bà Nguyễn Thị Mỹ, chủ một vườn cà phê, cho biết giá đang tăng.",
        "Ông Phạm Văn Ý nói rằng mùa này mưa nhiều.",
        "Chị Mỹ bán rau ở chợ mỗi sáng.",
    ],
)
def test_a_state_name_ending_a_vietnamese_persons_name_is_no_state(text: str) -> None:
    assert "state" not in _kinds(text, "vi").values(), _kinds(text, "vi")


@pytest.mark.parametrize(
    "text",
    ["Giá nhà tại TP HCM tăng mạnh trong quý ba.", "Nhiều doanh nghiệp ở Tp. Hồ Chí Minh thiếu lao động."],
)
def test_ho_chi_minh_city_after_its_noun_written_short_is_a_place(text: str) -> None:
    kinds = draft_kinds(text, language="vi")
    assert [name for name, kind in kinds.items() if str(kind) == "place"], kinds


def test_ho_chi_minh_city_written_tp_hcm_is_its_draft() -> None:
    assert _kinds("Giá nhà tại TP HCM tăng mạnh trong quý ba.", "vi") == {"Tp Hcm": "place"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gạo Việt Nam được bán nhiều ở châu Phi.", "châu Phi"),
        ("Du khách từ châu Âu đến Hội An ngày càng đông.", "châu Âu"),
        ("Thị trường châu Á mở cửa tăng điểm.", "châu Á"),
        ("Hàng dệt may xuất sang châu Mỹ giảm.", "châu Mỹ"),
    ],
)
def test_a_continent_after_its_lower_case_noun_is_a_place(text: str, name: str) -> None:
    kinds = _kinds(text, "vi")
    assert kinds.get(name) == "place", kinds
    assert "United States" not in kinds, kinds  # "châu Mỹ" is the Americas


@pytest.mark.parametrize(
    "text",
    ["Ở Bà Rịa - Vũng Tàu, ngư dân ra khơi sớm.", "Du lịch Bà Rịa - Vũng Tàu đón nhiều khách dịp lễ."],
)
def test_a_vietnamese_province_named_by_two_names_and_a_dash_is_one_place(text: str) -> None:
    assert _kinds(text, "vi") == {"Bà Rịa - Vũng Tàu": "place"}


def test_a_route_between_two_towns_stays_two_places() -> None:
    kinds = _kinds("Đường cao tốc Biên Hòa - Vũng Tàu sẽ thông xe cuối năm.", "vi")
    assert kinds.get("Biên Hòa") == "place" and kinds.get("Vũng Tàu") == "place", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Giá cà phê ở Tây Nguyên tăng mạnh.", "Tây Nguyên"),
        ("Nông dân Bắc Trung Bộ lo hạn hán kéo dài.", "Bắc Trung Bộ"),
        ("Du khách lên Tây Bắc ngắm ruộng bậc thang.", "Tây Bắc"),
    ],
)
def test_a_region_of_vietnam_without_an_administration_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "vi").get(name) == "place"


def test_a_vietnamese_region_inside_a_longer_name_is_none() -> None:
    assert "Đông Bắc" not in _kinds("Căng thẳng ở Đông Bắc Á khiến giá dầu tăng.", "vi")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Turistene overnattet i Lavangsfjord før de dro videre.", "no", "Lavangsfjord"),
        ("Skiheisen på Gaustafjell åpner i desember.", "no", "Gaustafjell"),
        ("Fiskerne fra Skrovavær leverte rekordfangst.", "no", "Skrovavær"),
        ("Det nye plejehjem i Tølløserup åbner til sommer.", "da", "Tølløserup"),
        ("Færgen til Femø sejler igen fra mandag.", "da", "Femø"),
    ],
)
def test_a_scandinavian_place_ending_as_places_do_after_a_preposition_is_a_place(
    text: str, language: str, name: str
) -> None:
    assert _kinds(text, language).get(name) == "place"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lederen Kari Nordvik sa at saken er viktig.", "no"),  # a surname, no preposition
        ("Vi har snakket med Bent Kastrup om planen.", "da"),  # "med" is no preposition of place
        ("Skiheisen på Gaustafjell Hotell åpner i desember.", "no"),  # a longer name
    ],
)
def test_a_word_ending_as_places_do_without_a_preposition_of_place_is_no_place(text: str, language: str) -> None:
    kinds = _kinds(text, language)
    assert not {
        name for name, kind in kinds.items() if kind == "place" and name in ("Nordvik", "Kastrup", "Gaustafjell")
    }, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A gazda Tihany közelében tart kaptárakat.", "Tihany"),
        ("Új szőlőt telepítettek Villány mellett.", "Villány"),
    ],
)
def test_a_hungarian_village_before_a_postposition_of_place_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "hu").get(name) == "place"


def test_a_surname_before_hungarian_besides_is_no_place() -> None:
    assert _kinds("A szakértő szerint Kovács mellett Nagy is indul a választáson.", "hu") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("다음 달 춘천 닭갈비 축제가 개막한다.", "춘천"),
        ("올해 보령 머드 축제에 관광객이 몰렸다.", "보령"),
    ],
)
def test_a_korean_town_before_its_festival_written_apart_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "ko").get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("올해 여름은 무더웠다. 피서객들이 대천해수욕장과 을왕리해수욕장에 몰렸다.", "을왕리해수욕장"),
        ("겨울이 되자 관광객이 늘었다. 부곡온천과 도고온천은 주말마다 붐빈다.", "부곡온천"),
    ],
)
def test_a_korean_beach_or_hot_spring_named_by_its_place_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "ko").get(name) == "place"


def test_a_korean_hot_spring_named_by_its_kind_is_no_place() -> None:
    text = "겨울이 되자 관광객이 늘었다. 이 호텔의 노천온천과 실내온천은 주말마다 붐빈다."
    assert _kinds(text, "ko") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Werft in Überlingen am Bodensee baut Boote. Das ist gut.", "Überlingen"),
        ("Die Konkurrenz in Friedrichshafen am Bodensee spüre man kaum, sagt sie. Das ist gut.", "Friedrichshafen"),
    ],
)
def test_a_german_town_named_by_its_lake_or_land_is_the_town(text: str, name: str) -> None:
    assert _kinds(text, "de").get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Genossenschaft in Vorpommern verkauft ihre Fänge nach Polen. Das lohnt sich.", "Vorpommern"),
        ("Viele Urlauber kommen aus Mecklenburg an die Ostsee. Das freut die Hotels.", "Mecklenburg"),
    ],
)
def test_a_half_of_a_german_state_named_alone_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "de").get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Os bombeiros de Proença-a-Nova combateram o fogo durante a noite.", "Proença-a-Nova"),
        ("A feira de Unhais-o-Velho atraiu milhares de visitantes.", "Unhais-o-Velho"),
    ],
)
def test_a_portuguese_village_joined_by_hyphens_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "pt").get(name) == "place"


def test_a_portuguese_noun_joined_by_hyphens_is_no_place() -> None:
    assert _kinds("O governo lançou o programa Pé-de-Meia para os estudantes.", "pt") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hytteprisene i Vinje har doblet seg på ti år. Det er dyrt.", "Vinje"),
        ("Reineierne fra Lierne og Røyrvik møtte opp i retten. Saken fortsetter.", "Røyrvik"),
    ],
)
def test_a_norwegian_municipality_after_a_preposition_of_place_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "no").get(name) == "place"


def test_a_norwegian_municipalitys_name_as_a_persons_is_no_place() -> None:
    assert _kinds("– Vi har nok hytter nå, sier Tinn. Ordføreren Kari Vinje er enig.", "no") == {}


def test_a_swedish_town_after_towards_is_a_place() -> None:
    text = "Bussen går mot Jönköping varje morgon. Det är bra."
    assert _kinds(text, "sv").get("Jönköping") == "place", _kinds(text, "sv")


def test_a_vietnamese_place_opening_with_a_syllable_spelled_like_a_given_name_is_a_place() -> None:
    kinds = _kinds("Ở Thủ Dầu Một và Bến Cát, giá nhà tăng nhẹ trong tuần qua. Người dân lo lắng.", "vi")
    assert kinds.get("Bến Cát") == "place", kinds


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Det er farligt, siger Jens Skive, der er formand. Nu er der i Skive ansat tre nye læger.", "da", "Skive"),
        ("– Det går bra, sier Kari Molde til avisen. Nå bygges det nytt sykehus i Molde.", "no", "Molde"),
    ],
)
def test_a_town_in_scandinavian_in_is_the_town_though_a_person_bears_its_name(
    text: str, language: str, name: str
) -> None:
    assert _kinds(text, language).get(name) == "place"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Flyselskabet åbner nye ruter til Malaga, Rhodos og Split i Kroatien. Passagererne glæder sig.",
            "da",
            "Split",
        ),
        ("Ein Hafen wie Bari in Italien wächst schnell. Viele Urlauber warten.", "de", "Bari"),
    ],
)
def test_a_town_before_in_and_its_own_state_is_the_town(text: str, language: str, name: str) -> None:
    assert _kinds(text, language).get(name) == "place"
