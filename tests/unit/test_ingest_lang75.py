"""Round lang75: datelines, routes and islands in Korean; clubs, family names and twin spellings of towns in
Hebrew and Hindi; a town's adjective before a club in Russian; rivers named in pairs in German; Hungary's
waters and counties.

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # an agency's dateline: the town, "=", the agency in brackets
        ("(강진=연합뉴스) 박서연 기자 = 남해안 일대에 강풍이 불었다.", "강진"),
        ("[영덕=뉴시스] 박서연 기자 = 동해안 일대에 강풍이 불었다.", "영덕"),
        # a paper's: the town, "=", the reporter before "기자"
        ("통영=최민재 기자 | 입력 2026.09.02 10:15\n\n남해안 일대에 강풍이 불었다.", "통영"),
    ],
)
def test_the_town_of_a_korean_dateline(text: str, town: str) -> None:
    assert _kinds(text, "ko").get(town) == "place"


def test_korean_towns_on_a_route_or_listed_with_an_island() -> None:
    kinds = _kinds("군산~제주 노선이 끊겼고, 포항과 울릉도를 잇는 여객선도 멈췄다.", "ko")
    assert {name: kinds.get(name) for name in ("군산", "제주", "포항", "울릉도")} == dict.fromkeys(
        ("군산", "제주", "포항", "울릉도"), "place"
    ), kinds


def test_a_korean_town_that_is_a_word_stays_a_word_beside_a_noun() -> None:
    assert "진도" not in _kinds("공사의 진도와 속도가 모두 빨라졌다.", "ko")


@pytest.mark.parametrize(
    ("language", "text", "places", "not_places"),
    [
        # a society's word before a town names a club; the town named on its own stays a place
        ("he", "עירוני קריית שמונה הפסידה להפועל חדרה. האוהדים חזרו לנתניה.", {"נתניה"}, {"קריית שמונה", "חדרה"}),
        # a town after a common given name is a family name; the same town with a joined word is the town
        ("he", "יוסי אשדוד אמר שהנמל באשקלון גדל.", {"אשקלון"}, {"אשדוד"}),
        # a town before a team's nickname names the team
        ("hi", "मुंबई इंडियंस ने दिल्ली में मैच जीता।", {"दिल्ली"}, {"मुंबई"}),
    ],
)
def test_clubs_and_family_names_around_a_town_without_capitals(
    language: str, text: str, places: set[str], not_places: set[str]
) -> None:
    kinds = _kinds(text, language)
    assert {name for name in places if kinds.get(name) == "place"} == places, kinds
    assert not not_places & set(kinds), kinds


def test_a_given_name_ending_a_town_opens_no_family_name() -> None:
    # "יעקב" closes Zikhron Ya'akov here; the next town, with its joined "and in", is a town
    kinds = _kinds("הכורמים בזכרון יעקב ובקריית גת סיימו.", "he")
    assert kinds.get("קריית גת") == "place", kinds


def test_hebrew_towns_by_either_spelling_and_the_galilee_s_parts() -> None:
    # the defective spelling beside the full one GeoNames writes most ("קרית ביאליק" / "קריית ביאליק")
    kinds = _kinds("הצפירה נשמעה בקרית ביאליק ובגליל המערבי.", "he")
    assert kinds.get("קרית ביאליק") == "place" and kinds.get("הגליל המערבי") == "place", kinds


def test_a_rarer_spelling_that_is_a_word_is_no_town() -> None:
    assert not _kinds("היא חפה מפשע, אמר השופט.", "he")


def test_a_russian_town_by_its_adjective_before_a_club_under_its_everyday_name() -> None:
    kinds = _kinds("В субботу московский «Локомотив» принимает гостей.", "ru")
    assert kinds == {"Москва": "place"}, kinds


def test_two_german_rivers_between_zwischen_and_und() -> None:
    kinds = _kinds("Der Radweg verläuft zwischen Inn und Salzach durch die Hügel.", "de")
    assert kinds.get("Inn") == "place" and kinds.get("Salzach") == "place", kinds


@pytest.mark.parametrize(
    ("text", "water"),
    [
        ("A kompok a Dunán is közlekednek Mohácsnál.", "Duna"),
        ("A vitorlások a Balatonnál várták a szelet.", "Balaton"),
        ("Nagy a víz a Körös partján.", "Körös"),
        ("A Rába-hídon lezárták a forgalmat.", "Rába"),
    ],
)
def test_hungarian_rivers_and_lakes_with_the_article_and_a_place_ending(text: str, water: str) -> None:
    assert _kinds(text, "hu").get(water) == "place"


def test_the_hungarian_party_named_like_a_river_is_no_place() -> None:
    assert "Tisza" not in _kinds("A Tisza szerint a kormány hibázott, a Tiszában vita van.", "hu")


def test_hungarian_counties_before_the_word_for_a_county() -> None:
    kinds = _kinds("A Borsod-Abaúj-Zemplén megyei és a Somogy vármegyei kórházak bezártak.", "hu")
    assert kinds.get("Borsod-Abaúj-Zemplén") == "place" and kinds.get("Somogy") == "place", kinds


@pytest.mark.parametrize(
    ("text", "islands"),
    [
        # an island's shape ("...도") listed with a town, or with a known island
        ("여객선은 완도와 보길도 사이를 오간다.", {"보길도"}),
        # a stem that is a word is the word with the particle ("청산": a liquidation)
        ("여객선은 완도와 청산도 사이를 오간다.", set()),
        ("주민들은 울릉도와 죽도를 오간다.", set()),  # "죽" is one syllable: no island by its shape alone
        # before a noun for its people or its waters
        ("어청도 주민들은 사흘째 배를 기다렸다.", {"어청도"}),
        # after its county
        ("어민들은 진도군 관매도에서 조업한다.", {"관매도"}),
    ],
)
def test_korean_islands_by_their_shape_listed_or_after_their_county(text: str, islands: set[str]) -> None:
    kinds = _kinds(text, "ko")
    assert {name for name in kinds if name.endswith("도") and name not in ("완도", "울릉도", "진도")} == islands, kinds


def test_a_noun_with_the_particle_do_is_no_island() -> None:
    assert not _kinds("시민도 정부도 모두 반대했고, 학생과 회사도 그랬다.", "ko")


def test_a_german_rescue_service_named_after_its_land() -> None:
    kinds = _kinds("Die Bergwacht Tirol und die Wasserwacht Hessen suchen Freiwillige.", "de")
    assert "Tirol" not in kinds and "Hessen" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # towns abroad whose names are family names too, read only with their state named
        ("Os camiões chegam de Espanha, de Lugo e de Ourense, todas as semanas.", "Lugo"),
        ("Muitos compradores vêm de Espanha, de Zamora, de León e de Burgos.", "Zamora"),
    ],
)
def test_a_town_abroad_in_a_sentence_naming_its_state(text: str, town: str) -> None:
    assert _kinds(text, "pt").get(town) == "place"


def test_a_family_name_like_a_town_abroad_stays_no_place() -> None:
    kinds = _kinds("A advogada Marta Lugo trabalha em Espanha há dez anos.", "pt")
    assert "Lugo" not in kinds, kinds


def test_two_korean_towns_that_are_words_joined_by_a_verb_of_joining() -> None:
    # "고령" (old age) and "성주" (a lord) alone are words; a road that joins them makes them towns
    kinds = _kinds("고령과 성주를 잇는 도로가 눈으로 막혔다.", "ko")
    assert kinds.get("고령") == "place" and kinds.get("성주") == "place", kinds


def test_a_german_village_before_the_article_den() -> None:
    # the article of the next noun is no particle of a family name ("van den Berg") in German text
    kinds = _kinds("Ein Wanderer verletzte sich bei Nesselwang den Fuß. Der Maler Jan van den Berg half.", "de")
    assert kinds.get("Nesselwang") == "place" and "Berg" not in kinds, kinds
