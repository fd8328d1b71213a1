"""Round lang58: weather, a council, courts, hockey, football, travel and theatre in German, Russian,
Korean, Portuguese, French, Spanish and Polish (a neighbour's old name of a city, a town before
", where", a long name GeoNames spells otherwise).

Invented examples; the places are real but differ from the benchmark pages' own.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Fähre fährt nach Stettin und zurück.", "Stettin"),
        ("Der Chor gastiert im Mai in Danzig.", "Danzig"),
        ("Eine Spedition aus Breslau hat den Auftrag bekommen.", "Breslau"),
    ],
)
def test_a_neighbour_s_old_name_of_a_large_city_after_a_preposition(text: str, town: str) -> None:
    assert draft_kinds(text, language="de").get(town) == "place"


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("Der Bürgermeister verwies auf Magdeburg, wo die Brücke schon saniert ist.", "de", "Magdeburg"),
        ("A vereadora lembrou Londrina, onde o programa foi adotado em 2024.", "pt", "Londrina"),
        ("Le maire a cité Rennes, où le métro a été prolongé.", "fr", "Rennes"),
    ],
)
def test_a_town_before_a_comma_and_where(text: str, language: str, town: str) -> None:
    assert draft_kinds(text, language=language).get(town) == "place"


def test_where_after_a_person_is_no_place() -> None:
    assert "Frank" not in draft_kinds("Er lobte Frank, wo immer er auftrat.", language="de")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("El autobús llegará hasta San Vicente del Raspeig en marzo.", "San Vicente del Raspeig"),
        ("La feria se traslada a San Vicente del Raspeig este año.", "San Vicente del Raspeig"),
    ],
)
def test_a_long_name_read_whole_after_a_preposition(text: str, town: str) -> None:
    assert draft_kinds(text, language="es").get(town) == "place"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("밤사이 강원 산간에는 최대 20㎝의 눈이 내렸다.", "강원도"),
        ("경북 산지에는 한파특보가 내려졌다.", "경상북도"),
        ("한파로 파주 곳곳에서 수도관이 얼어 터졌다.", "파주"),
    ],
)
def test_a_korean_town_or_province_before_a_weather_area_noun(text: str, place: str) -> None:
    assert draft_kinds(text, language="ko").get(place) == "place"


def test_the_east_sea_at_sea_is_no_town() -> None:
    assert "동해" not in draft_kinds("동해 해상에서 어선 한 척이 발견됐다.", language="ko")


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("Les fonds ont transité par Genève avant de partir.", "fr", "Genève"),
        ("Le cortège est passé par Chalon dans la matinée.", "fr", "Chalon"),
        ("El tren pasa por Albacete cada hora.", "es", "Albacete"),
    ],
)
def test_by_after_a_verb_of_passing_is_through_a_town(text: str, language: str, town: str) -> None:
    assert draft_kinds(text, language=language).get(town) == "place"


def test_by_after_another_word_names_no_town() -> None:
    assert "Paris" not in draft_kinds("Il a été photographié par Paris Match.", language="fr")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("일본 홋카이도에 올겨울 첫 폭설이 내렸다.", "홋카이도"),
        ("관광객들은 일본 홋카이도와 오키나와를 많이 찾았다.", "홋카이도"),
    ],
)
def test_a_foreign_doubled_consonant_written_as_a_final_s(text: str, place: str) -> None:
    assert draft_kinds(text, language="ko").get(place) == "place"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("짙은 안개로 김해공항을 오가는 항공편이 지연됐다.", "김해"),
        ("대구공항을 출발한 여객기가 회항했다.", "대구"),
        ("광주역을 떠난 열차가 한 시간 넘게 멈춰 섰다.", "광주"),
    ],
)
def test_a_korean_facility_one_goes_from_or_through(text: str, town: str) -> None:
    assert draft_kinds(text, language="ko").get(town) == "place"


def test_a_korean_facility_one_runs_is_no_place_here() -> None:
    assert "인천" not in draft_kinds("인천공항을 운영하는 공사가 입장을 냈다.", language="ko")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Вчера пермский «Амкар» сыграл вничью.", "Пермь"),
        ("Нападающий перешёл в тульский «Арсенал».", "Тула"),
        ("Хоккеисты уступили хабаровскому «Амуру».", "Хабаровск"),
    ],
)
def test_a_russian_town_s_adjective_before_a_quoted_name(text: str, town: str) -> None:
    assert draft_kinds(text, language="ru").get(town) == "place"


def test_a_town_s_adjective_before_a_quoted_thing_is_no_town() -> None:
    assert not draft_kinds("На ярмарке продавали тульский «пряник» и мёд.", language="ru")


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("Orkiestra wystąpi w Wiedniu i w Pradze.", "pl", "Wiedeń"),
        ("Pociąg z Wiednia przyjechał z opóźnieniem.", "pl", "Wiedeń"),
    ],
)
def test_a_town_in_en_whose_e_falls_when_declined(text: str, language: str, town: str) -> None:
    assert draft_kinds(text, language=language).get(town) == "place"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("지난 3일 여수의 한 식당에서 불이 났다.", "여수"),
        ("어제 천안의 한 물류창고에서 화재가 발생했다.", "천안"),
    ],
)
def test_a_korean_town_with_one_of_its_sites(text: str, town: str) -> None:
    assert draft_kinds(text, language="ko").get(town) == "place"


def test_one_of_a_company_s_people_is_no_place() -> None:
    assert not draft_kinds("회사의 한 관계자는 사실이 아니라고 말했다.", language="ko")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Altstadt Regensburgs zieht jedes Jahr Millionen an.", "Regensburg"),
        ("Wolfsburgs Stadtrat hat den Haushalt beschlossen.", "Wolfsburg"),
        ("Salzburgs Festspiele beginnen im Juli.", "Salzburg"),
    ],
)
def test_a_german_or_austrian_city_in_the_genitive(text: str, town: str) -> None:
    assert draft_kinds(text, language="de").get(town) == "place"


def test_a_person_s_genitive_after_frau_is_no_town() -> None:
    assert "Trier" not in draft_kinds("Der Ausschuss lehnte Frau Triers Antrag ab.", language="de")


@pytest.mark.parametrize(
    "text",
    [
        "„Wir waren besser“, sagte Wolfsburgs Trainer nach dem Spiel.",
        "Ministerin Anja Hamm kam spät. Hamms Sprecher schwieg.",
    ],
)
def test_a_town_s_genitive_for_its_club_or_a_namesake_is_no_town(text: str) -> None:
    kinds = draft_kinds(text, language="de")
    assert "Wolfsburg" not in kinds and "Hamm" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("O governador visitou Joinville na sexta-feira.", "pt", "Joinville"),
        ("La ministra visitó Albacete para inaugurar el hospital.", "es", "Albacete"),
        ("Губернатор посетил Тверь в понедельник.", "ru", "Тверь"),
    ],
)
def test_a_town_right_after_a_verb_of_visiting(text: str, language: str, town: str) -> None:
    assert draft_kinds(text, language=language).get(town) == "place"
