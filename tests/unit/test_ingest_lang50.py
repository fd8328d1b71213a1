"""Round lang50: German, Russian, Korean and Portuguese culture and education pages (districts named
by a region's adjective, lands named by "upper"/"lower", provinces before their towns, lists of towns).

Invented examples; the places are real but differ from the benchmark pages' own.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Im Hessischen Kreis wurden drei Schulen geschlossen.", "Hessischer Kreis"),
        ("Der Landrat des Bergischen Kreises lehnt das ab.", "Bergischer Kreis"),
    ],
)
def test_a_district_named_by_a_regions_adjective(text: str, district: str) -> None:
    assert draft_kinds(text, language="de").get(district) == "place"


@pytest.mark.parametrize(
    "text",
    ["Im Osnabrücker Kreis ist das so üblich.", "Sie feierten im Kleinen Kreis.", "Im engsten Kreis blieb es still."],
)
def test_a_circle_of_people_is_no_district(text: str) -> None:
    assert draft_kinds(text, language="de") == {}


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Фермеры Верхнеднепровья ждут дождей.", "Верхнеднепровье"),
        ("Паромы ходят между городами Средневолжья.", "Средневолжье"),
    ],
)
def test_a_land_named_by_a_rivers_upper_or_middle_reaches(text: str, land: str) -> None:
    assert draft_kinds(text, language="ru").get(land) == "place"


def test_upper_and_lower_as_plain_adjectives_name_no_land() -> None:
    kinds = draft_kinds("Среднее время поездки выросло. Нижнее течение реки замёрзло.", language="ru")
    assert kinds == {}


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("경북에서도 포항과 구미의 공장이 멈췄다.", "경상북도"),
        ("충남에서는 천안 시민들이 모였다.", "충청남도"),
    ],
)
def test_a_short_province_with_a_particle_of_place_before_its_towns(text: str, province: str) -> None:
    assert draft_kinds(text, language="ko").get(province) == "place"


@pytest.mark.parametrize("text", ["전북에서 뛰던 선수가 이적했다.", "경남에서는 비가 많이 왔다."])
def test_a_short_province_with_a_particle_and_no_town_stays_unread(text: str) -> None:
    assert draft_kinds(text, language="ko") == {}


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("Betroffen sind Olpe und Attendorn.", "de", "Olpe"),
        ("Elvas e Estremoz pedem mais verbas ao Governo.", "pt", "Elvas"),
    ],
)
def test_a_small_town_listed_before_a_town_of_its_country(text: str, language: str, town: str) -> None:
    assert draft_kinds(text, language=language).get(town) == "place"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Abgeordneten Olpe und Schulte stimmten dagegen.", "de"),
        ("Votaram contra Elvas e Costa, do PSD.", "pt"),
    ],
)
def test_a_small_town_listed_before_no_town_stays_unread(text: str, language: str) -> None:
    assert draft_kinds(text, language=language) == {}


def test_a_district_named_after_a_home_town_keeps_the_home_towns_name() -> None:
    actors = extract("Die Schulen im Kreis Werder schließen.", None, [], set(), "tag", language="de").actors
    assert [(actor.name, list(actor.aliases)) for actor in actors] == [("Kreis Werder", ["Werder"])]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Bürgerentscheid in Ahlen: Stadtrat verliert Abstimmung\n\nDer Stadtrat tagte am Montag.", "Ahlen"),
        ("Kunstraub in Coesfeld: Polizei sucht Zeugen\n\nDie Täter kamen nachts.", "Coesfeld"),
    ],
)
def test_a_german_headline_with_a_lower_case_word_is_read_as_a_sentence(text: str, town: str) -> None:
    assert draft_kinds(text, language="de").get(town) == "place"


def test_a_german_line_of_nouns_alone_stays_a_heading() -> None:
    assert draft_kinds("Politik Wirtschaft Sport Kultur Ahlen\n\nDer Stadtrat tagte.", language="de") == {}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Os produtores da Zona da Mata reclamam do preço.", "Zona da Mata"),
        ("As chuvas voltaram ao Recôncavo nesta semana.", "Recôncavo"),
        ("O desmatamento da Caatinga avança.", "Caatinga"),
    ],
)
def test_brazils_belts_and_biomes_named_bare(text: str, region: str) -> None:
    assert draft_kinds(text, language="pt").get(region) == "place"


def test_the_words_for_rustic_and_backlands_stay_words() -> None:
    assert draft_kinds("Um homem agreste e calado vive no sertão.", language="pt") == {}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("경기 성남 분당에 본사를 둔 회사가 늘었다.", ["분당"]),
        ("경기 고양 일산 백석동의 아파트값이 올랐다.", ["일산", "백석동"]),
        ("충북 청주 오송과 인천 송도에 바이오 공장이 있다.", ["오송", "송도"]),
    ],
)
def test_a_district_or_new_town_named_bare_after_its_city(text: str, parts: list[str]) -> None:
    kinds = draft_kinds(text, language="ko")
    assert all(kinds.get(part) == "place" for part in parts), kinds


@pytest.mark.parametrize(
    "text", ["강남 스타일이 유행했다.", "군산 앞바다에서 배가 멈췄다.", "서울 강북 3구의 집값이 내렸다."]
)
def test_no_district_without_its_city_or_off_the_list(text: str) -> None:
    kinds = draft_kinds(text, language="ko")
    assert not {"강남", "강북", "앞바다"} & set(kinds)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A Secretaria de Saúde de Sergipe confirmou dois casos.", "Sergipe"),
        ("A Secretaria da Fazenda do Piauí arrecadou mais em novembro.", "Piauí"),
    ],
)
def test_a_department_names_the_state_it_serves(text: str, state: str) -> None:
    assert draft_kinds(text, language="pt").get(state) == "place"


def test_a_bank_named_after_its_state_names_no_place() -> None:
    assert draft_kinds("As ações do Banco do Brasil subiram.", language="pt") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Artistas de Curitiba, Cascavel e Francisco Beltrão dividiram o palco.", "Francisco Beltrão"),
        ("Artistas de Aracaju, Maceió e Vitória da Conquista dividiram o palco.", "Vitória da Conquista"),
    ],
)
def test_a_town_named_like_a_person_ends_a_list_of_places(text: str, town: str) -> None:
    assert draft_kinds(text, language="pt").get(town) == "place"


def test_a_town_named_like_a_person_beside_a_person_stays_unread() -> None:
    assert draft_kinds("Assinaram a carta Pedro Alves e Vitória da Conquista.", language="pt") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [("O mosteiro fica em Soure.", "Soure"), ("Os arqueólogos trabalham perto de Alcobaça.", "Alcobaça")],
)
def test_a_portuguese_town_is_not_a_brazilian_citys_old_name(text: str, town: str) -> None:
    actors = extract(text, None, [], set(), "tag", language="pt").actors
    assert [(actor.name, list(actor.aliases)) for actor in actors] == [(town, [])]


def test_a_brazilian_city_cut_short_keeps_its_name() -> None:
    actors = extract("A feira de Feira de Santana cresceu.", None, [], set(), "tag", language="pt").actors
    assert [actor.name for actor in actors] == ["Feira de Santana"]


def test_a_saints_feast_is_no_small_town_of_that_name() -> None:
    assert "São João" not in draft_kinds("As festas de São João encheram as ruas de Campina Grande.", language="pt")


def test_a_german_town_named_without_its_river() -> None:
    # GeoNames: "Wasserburg am Inn"
    assert draft_kinds("Die Fähre fährt nach Wasserburg.", language="de").get("Wasserburg") == "place"


def test_a_town_written_without_a_known_states_accents_is_the_town() -> None:
    # "França" (France) and Franca, a city of São Paulo state, fold alike; the text writes the city (the
    # only such pair of a state and a city of some size in the tables: the page pt_eleicao17 has it too)
    known = [Actor(id="fr", name="France", kind=ActorKind.state, aliases=["França"])]
    result = extract("A fábrica de calçados de Franca demitiu 200.", None, known, set(), "t", language="pt")
    assert "fr" not in {mention.actor_id for mention in result.mentions}
    assert "Franca" in {draft.name for draft in result.actors}


def test_a_known_state_written_with_its_accents_is_still_linked() -> None:
    known = [Actor(id="fr", name="France", kind=ActorKind.state, aliases=["França"])]
    result = extract("A França aprovou o orçamento.", None, known, set(), "t", language="pt")
    assert "fr" in {mention.actor_id for mention in result.mentions}
