"""Round lang52: municipal housing, a local court, a club's finances, research, a bus crash and farming in
German, Russian, Portuguese and Korean (neuter towns in -ино, plural towns' genitives, where a ride heads
for, towns after residents).

Invented examples; the places are real but differ from the benchmark pages' own.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Инженеры приехали из Фрязина и Королёва.", {"Фрязино"}),
        ("Склад построили под Лыткарином.", {"Лыткарино"}),
        ("Автобусы пришли из Ступина.", {"Ступино"}),
    ],
)
def test_a_russian_neuter_town_in_ino_declined(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="ru")
    assert all(kinds.get(town) == "place" for town in towns), kinds


@pytest.mark.parametrize(
    "text",
    ["Он прочитал строки из Пушкина.", "Цитата из Гагарина висит в классе.", "Письмо от Ступина пришло."],
)
def test_a_famous_man_s_genitive_is_no_neuter_town(text: str) -> None:
    assert not any(name.endswith("ино") for name in draft_kinds(text, language="ru"))


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Приехали жители Химок и Люберец.", {"Химки", "Люберцы"}),
        ("Рабочие вернулись из Люберец.", {"Люберцы"}),
        ("Школьники приехали из Березников.", {"Березники"}),
        ("Туристы вернулись из Котельников и Петушков.", {"Котельники", "Петушки"}),
        ("Овощи везут из Южной Кореи и Березников.", {"Березники"}),
    ],
)
def test_a_russian_town_named_by_a_plural_in_its_genitive(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="ru")
    assert all(kinds.get(town) == "place" for town in towns), kinds


def test_a_surname_in_ov_outside_a_preposition_of_where_stays_unread() -> None:
    assert "Березники" not in draft_kinds("Речь Березников произнёс вчера.", language="ru")


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Приехали жители Лыткарина.", {"Лыткарино"}),
        ("На слушания пришли жители Рузы и Конакова.", {"Руза", "Конаково"}),
    ],
)
def test_a_russian_neuter_town_after_a_noun_of_residents(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="ru")
    assert all(kinds.get(town) == "place" for town in towns), kinds


def test_a_surname_after_a_mayor_stays_unread() -> None:
    assert draft_kinds("Слова мэра Иванова записали.", language="ru") == {}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Рейс на Кострому отменили из-за тумана.", {"Кострома"}),
        ("Фуры стояли до поворота на Вичугу.", {"Вичуга"}),
        ("Рейсы на Анапу и Геленджик задерживаются.", {"Анапа", "Геленджик"}),
    ],
)
def test_a_russian_town_a_ride_heads_for(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="ru")
    assert all(kinds.get(town) == "place" for town in towns), kinds


@pytest.mark.parametrize("text", ["Ставка на Сбербанк не сыграла.", "Давление на Путина растёт."])
def test_na_after_other_nouns_names_no_town(text: str) -> None:
    assert not any(kind == "place" for kind in draft_kinds(text, language="ru").values())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Urlauber aus dem ganzen Thüringer Wald kamen zum Markt.", "Thüringer Wald"),
        ("Im südlichen Schwäbischen Wald regnet es seit Tagen.", "Schwäbischer Wald"),
    ],
)
def test_a_german_landscape_after_an_adjective_of_its_part(text: str, place: str) -> None:
    assert draft_kinds(text, language="de").get(place) == "place"


def test_a_forest_after_a_part_adjective_with_no_name_stays_a_word() -> None:
    assert draft_kinds("Im ganzen Wald regnet es seit Tagen.", language="de") == {}


def test_a_town_named_by_a_word_of_every_day_opening_a_list_of_towns() -> None:
    kinds = draft_kinds("Die Busse fahren nach Weiden, Amberg und Schwandorf.", language="de")
    assert kinds.get("Weiden") == "place", kinds


@pytest.mark.parametrize(
    "text", ["Aus Regen wird am Abend Schnee.", "Schutz vor Nässe: aus Regen und Schnee wird Eis."]
)
def test_a_word_of_every_day_before_no_town_stays_a_word(text: str) -> None:
    assert draft_kinds(text, language="de") == {}


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        (
            "Suhl, die kleinste kreisfreie Stadt Thüringens, verliert Einwohner. Der Sprecher Jan Suhl sagte das.",
            "de",
            "Suhl",
        ),
        (
            "Barcelos, a maior cidade do Minho, recebeu verbas. A vereadora Ana Barcelos Lima explicou o plano.",
            "pt",
            "Barcelos",
        ),
    ],
)
def test_a_town_before_an_apposition_that_says_it_is_one(text: str, language: str, town: str) -> None:
    assert draft_kinds(text, language=language).get(town) == "place"


@pytest.mark.parametrize(
    ("text", "language"),
    [("Müller, der Bürgermeister der Stadt, sprach.", "de"), ("Costa, o ministro das Finanças, falou.", "pt")],
)
def test_a_person_before_an_apposition_of_a_post_is_no_town(text: str, language: str) -> None:
    assert draft_kinds(text, language=language) == {}


def test_a_compass_region_in_the_german_genitive() -> None:
    assert draft_kinds("Die Industrie Nordhessens wächst.", language="de") == {"Nordhessen": "place"}


def test_a_word_that_only_opens_with_a_compass_prefix_is_no_region_without_its_genitive() -> None:
    # "Oberstes" less its "-s" leaves "ste" after "Ober": too short to be the name of a land
    assert draft_kinds("Oberstes Ziel sind dauerhafte Konstruktionen.", language="de") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A feira decorreu em Penacova e Lousã. Por Rui Penacova Dias.", "Penacova"),
        ("A câmara reuniu. Em Sabugal, a junta reuniu. Por Ana Sabugal Reis.", "Sabugal"),
    ],
)
def test_a_portuguese_town_a_person_bears_only_as_a_middle_name(text: str, town: str) -> None:
    assert draft_kinds(text, language="pt").get(town) == "place"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A câmara reuniu. Em Sabugal, a junta reuniu. Por Ana Sabugal.", "pt"),
        ("A feira decorreu em Penacova e Lousã. Por Rui Penacova.", "pt"),
        ("La feria fue en Sabugal. Por Ana Sabugal Reis.", "es"),
    ],
)
def test_a_town_a_person_is_called_by_stays_unread(text: str, language: str) -> None:
    assert "Sabugal" not in draft_kinds(text, language=language)
    assert "Penacova" not in draft_kinds(text, language=language)


def test_a_town_named_by_a_word_of_every_day_after_a_common_noun_s_of_opening_a_list() -> None:
    kinds = draft_kinds("Os hotéis de Bonito e Aquidauana estão cheios.", language="pt")
    assert kinds.get("Bonito") == "place", kinds


def test_a_family_name_after_a_common_noun_s_of_stays_unread() -> None:
    assert "Machado" not in draft_kinds("O gol de Machado e Penafiel foi anulado.", language="pt")


def test_a_route_whose_first_town_has_two_words() -> None:
    kinds = draft_kinds("Движение по трассе Великий Новгород — Псков закрыли.", language="ru")
    assert kinds.get("Псков") == "place", kinds


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Автобусы стоят в Заречном и Кузнецке.", {"Заречный", "Кузнецк"}),
        ("На слушания пришли жители Донского и Кимовска.", {"Донской", "Кимовск"}),
    ],
)
def test_a_russian_town_named_by_an_adjective_carries_its_list(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="ru")
    assert all(kinds.get(town) == "place" for town in towns), kinds


def test_a_family_name_shaped_like_an_adjective_stays_unread() -> None:
    assert draft_kinds("Слова Донского записали.", language="ru") == {}


@pytest.mark.parametrize(
    ("text", "city"), [("대구 시내버스 노조가 파업했다.", "대구"), ("울산 마을버스 요금이 오른다.", "울산")]
)
def test_a_korean_city_before_its_buses(text: str, city: str) -> None:
    assert draft_kinds(text, language="ko").get(city) == "place"


def test_a_korean_team_named_by_an_english_plural_stays_a_team() -> None:
    assert draft_kinds("뉴욕 양키스가 이겼다.", language="ko") == {}


@pytest.mark.parametrize(
    ("text", "language", "city"),
    [
        ("Obras na Região Metropolitana de Porto Alegre atrasam.", "pt", "Porto Alegre"),
        ("Chuva volta a alagar a Região Metropolitana de Belo Horizonte.", "pt", "Belo Horizonte"),
    ],
)
def test_a_city_named_in_its_metropolitan_area(text: str, language: str, city: str) -> None:
    assert draft_kinds(text, language=language) == {city: "place"}


@pytest.mark.parametrize(
    "text", ["A Orquestra Sinfônica de Porto Alegre tocou.", "O jornal Zero Hora de Porto Alegre noticiou."]
)
def test_no_word_of_a_town_s_name_is_read_alone_inside_a_body_s_name(text: str) -> None:
    assert "Alegre" not in draft_kinds(text, language="pt")


def test_a_small_town_whose_name_goes_on_past_an_institution_s_noun() -> None:
    text = "A feira decorreu em Oliveira do Hospital."
    assert draft_kinds(text, language="pt") == {"Oliveira do Hospital": "place"}


def test_a_german_village_of_the_tables_whose_name_ends_like_a_plural() -> None:
    kinds = draft_kinds("Die Bäder in Memmingen, Ottobeuren und Aichstetten schließen.", language="de")
    assert kinds.get("Aichstetten") == "place", kinds


@pytest.mark.parametrize(
    "text", ["Die Wege zwischen Kronach und Fichtenwäldern sind gesperrt.", "Die Kühe stehen in Aspach und Wiesen."]
)
def test_a_plural_noun_listed_after_a_village_stays_a_word(text: str) -> None:
    kinds = draft_kinds(text, language="de")
    assert "Fichtenwäldern" not in kinds and "Wiesen" not in kinds


def test_a_pair_of_towns_in_a_match_report_names_two_clubs() -> None:
    text = "Der Trainer lobte die Abwehr. Darmstadt und Eppingen trennten sich torlos."
    assert draft_kinds(text, language="de") == {}


def test_a_pair_of_towns_on_a_council_page_names_two_towns() -> None:
    kinds = draft_kinds("Der Gemeinderat tagte. Darmstadt und Eppingen planen ein Bad.", language="de")
    assert kinds == {"Darmstadt": "place", "Eppingen": "place"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Фуры идут по трассе через Клин и Солнечногорск.", "Клин"),
        ("Фуры идут по дороге через Сокол.", "Сокол"),
        ("Пробки растут на подъездах к Одинцову.", "Одинцово"),
    ],
)
def test_a_russian_town_a_road_passes_through_or_leads_to(text: str, town: str) -> None:
    assert draft_kinds(text, language="ru").get(town) == "place"


@pytest.mark.parametrize("text", ["Деньги передали через Иванова.", "Письмо к Петрову дошло."])
def test_a_person_after_through_or_to_stays_unread(text: str) -> None:
    assert draft_kinds(text, language="ru") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Автобусы едут через Красное Село.",
        "Мы жили в Красном Селе.",
        "Мы приехали из Красного Села.",
        "Мы гуляли под Красным Селом.",
    ],
)
def test_a_russian_town_of_a_neuter_adjective_and_noun_in_its_cases(text: str) -> None:
    assert draft_kinds(text, language="ru") == {"Красное Село": "place"}


def test_a_foreign_town_after_its_state_read_as_older_maps_spell_it() -> None:
    kinds = draft_kinds("일본 기타큐슈에서 공장이 멈췄다.", language="ko")
    assert kinds.get("기타큐슈") == "place", kinds


def test_a_foreign_city_whose_hangul_reads_as_its_own_name_on_a_page_naming_its_state() -> None:
    text = "일본 정부는 새 공장을 발표했다. 공장은 사이타마와 지바 사이에 들어선다."
    assert draft_kinds(text, language="ko").get("사이타마") == "place"


def test_a_foreign_city_s_reading_without_its_state_on_the_page_stays_unread() -> None:
    assert "사이타마" not in draft_kinds("공장은 사이타마와 지바 사이에 들어선다.", language="ko")


@pytest.mark.parametrize(
    ("text", "village"),
    [("Aldeia de Piódão recebe turistas.", "Piódão"), ("Concelho de Penamacor perde gente.", "Penamacor")],
)
def test_a_village_after_its_noun_opening_a_sentence(text: str, village: str) -> None:
    assert draft_kinds(text, language="pt").get(village) == "place"


@pytest.mark.parametrize(
    ("text", "language", "towns"),
    [
        ("Im Kreistag gab es Streit. Auch Kempten und Kaufbeuren zahlen für ihre Bäder mit.", "de", {"Kempten"}),
        ("As estradas até Russas e Limoeiro do Norte estão ruins.", "pt", {"Russas"}),
    ],
)
def test_a_town_listed_before_a_home_town(text: str, language: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language=language)
    assert all(kinds.get(town) == "place" for town in towns), kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Trainer lobte die Abwehr. Auch Kempten und Kaufbeuren verloren.", "de"),
        ("O treinador elogiou a defesa. Criciúma e Chapecó empataram sem gols.", "pt"),
    ],
)
def test_towns_listed_in_a_match_report_name_clubs(text: str, language: str) -> None:
    assert draft_kinds(text, language=language) == {}


@pytest.mark.parametrize("text", ["Жители приехали из Пензы и Заречного.", "Жители Заречного жалуются на шум."])
def test_a_russian_town_named_by_an_adjective_in_a_list_or_before_a_reflexive_verb(text: str) -> None:
    assert draft_kinds(text, language="ru").get("Заречный") == "place"


def test_an_adjective_before_its_noun_after_a_list_stays_unread() -> None:
    assert draft_kinds("Мы шли из Белого дома и Кремля.", language="ru") == {}


def test_a_german_town_of_some_size_opening_a_sentence_as_often_named_as_its_news_makes_it() -> None:
    kinds = draft_kinds("Der Gemeinderat tagte lange. Konstanz plant eine neue Fähre.", language="de")
    assert kinds == {"Konstanz": "place"}


def test_the_same_town_opening_a_sentence_of_a_match_report_is_a_club() -> None:
    assert draft_kinds("Der Trainer lobte die Abwehr. Konstanz verliert das Derby.", language="de") == {}
