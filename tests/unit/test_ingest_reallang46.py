"""Round reallang46: rules found reading real Korean and Portuguese news pages by hand (police, courts, local
government, festivals, business; Brazil, Portugal, Angola, Mozambique). Invented sentences and invented persons
throughout; the places are real, since in another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_a_common_korean_noun_with_a_particle_is_no_town_of_that_spelling() -> None:
    drafts = _kinds(
        "박상훈 위원장은 행사 종료 후에는 결과를 공개하겠다고 말했다. 그는 3년 후에 다시 출마할 계획이다. "
        "한편 베트남 후에에서는 다음 달 축제가 열린다.",
        "ko",
    )
    # "후에" is 후 ("after") and the particle 에; only after its state's name is it Huế
    assert list(drafts).count("후에") == 1
    assert drafts.get("Vietnam") == "state"
    assert drafts.get("후에") == "place"
    assert not _kinds("박상훈 위원장은 행사 종료 후에는 결과를 공개하겠다고 말했다. 그는 3년 후에 돌아왔다.", "ko")


def test_a_frequent_korean_word_is_no_town_only_its_romanised_letters_name() -> None:
    drafts = _kinds(
        "시민단체는 ‘깨끗한 하천 운동’을 통해 주민과 소통했다고 밝혔다. 강원 동해시는 다음 달 축제를 연다.",
        "ko",
    )
    assert "통해" not in drafts  # "through": its letters romanise to Tonghae, an old spelling of Donghae
    assert drafts.get("동해") == "place"  # the town under its own Hangul name


def test_a_korean_list_dotted_with_another_middle_dot_or_counted_names_its_towns() -> None:
    drafts = _kinds(
        "도는 천안‧공주‧보령‧서산‧당진 등 5개 시군의 의원 정수를 조정했다. 위원회는 또 계룡, 금산, 홍성, 예산 4개 "
        "시·군에 대한 선거구를 의결했다. 진주, 구리, 은 등 광물 가격도 올랐다. 폭우는 제천ㆍ단양ㆍ충주 일대를 덮쳤다.",
        "ko",
    )
    # "‧" (U+2027) and "ㆍ" (U+318D, a letter the tokens split at) list as "·" does; the count "N개 시군" closes a
    # list of towns as "등 시군" did
    for town in ("천안", "공주", "보령", "서산", "당진", "계룡", "금산", "홍성", "예산", "제천", "단양", "충주"):
        assert drafts.get(town) == "place", town
    assert "진주" not in drafts  # a list of minerals, no count of towns after it


def test_a_korean_province_before_its_town_s_police_station_and_a_branch_court_name_them() -> None:
    drafts = _kinds(
        "경북 영천경찰서에 따르면 30대 남성이 지난 2일 체포됐다. 수원지법 안산지원 형사1단독은 그에게 징역 1년을 "
        "선고했다. 정부지원 사업도 늘었다.",
        "ko",
    )
    assert drafts.get("경상북도") == "place"  # the province's short name before a town's station
    assert drafts.get("영천") == "place"
    assert drafts.get("수원") == "place"
    assert drafts.get("안산") == "place"  # 지원, the district court's branch, after the court


def test_a_portuguese_list_of_places_goes_on_past_its_fourth_item_to_its_noun_of_places() -> None:
    drafts = _kinds(
        "Os bombeiros registaram incêndios nos municípios da Maianga, Rangel, Cazenga, Cacuaco, Viana, Kilamba, "
        "Talatona e da Ingombota, disse o porta-voz Adelino Capemba.",
        "pt",
    )
    for town in ("Maianga", "Rangel", "Cazenga", "Cacuaco", "Viana", "Kilamba", "Talatona", "Ingombota"):
        assert drafts.get(town) == "place", town
    assert "Adelino Capemba" not in drafts


def test_a_provincial_body_or_a_republic_names_the_province_or_the_state_after_it() -> None:
    drafts = _kinds(
        "O porta-voz do Comando Provincial de Luanda, Osvaldo Kiala, disse que a Polícia da República de Moçambique "
        "entregou dois suspeitos. Outros 40 cidadãos foram repatriados da República da África do Sul.",
        "pt",
    )
    assert drafts.get("Luanda") == "place"  # "Provincial": the province's body, named after its seat
    assert drafts.get("Mozambique") == "state"  # a republic is named after its state
    assert drafts.get("South Africa") == "state"
    assert "Osvaldo Kiala" not in drafts


def test_a_brazilian_state_code_after_a_town_names_the_state_and_a_municipal_office_its_town() -> None:
    drafts = _kinds(
        "A obra foi entregue em Monte Azul / MG e em Campo Grande/MS, disse a secretária Lúcia Trindade. Em Luanda, "
        "a administradora municipal da Ingombota, Rosa Kiame, visitou a obra. A nota do PT-SP saiu ontem.",
        "pt",
    )
    assert drafts.get("Minas Gerais") == "place"  # the code after a town of Brazil the tables hold
    assert drafts.get("Mato Grosso do Sul") == "place"
    assert "São Paulo" not in drafts  # a party's branch, no town before the code
    assert drafts.get("Ingombota") == "place"  # "municipal da": the municipality's office, named by its seat


def test_korean_townships_listed_with_commas_on_a_page_naming_their_county_are_places() -> None:
    drafts = _kinds(
        "영월군 선거구획정위원회는 새 안을 발표했다. 가 선거구는 상동읍, 김삿갓면으로, 나 선거구는 주천면, 수주면, "
        "한반도면으로 정했다고 최민규 위원장이 밝혔다.",
        "ko",
    )
    for township in ("상동읍", "김삿갓면", "주천면", "수주면", "한반도면"):
        assert drafts.get(township) == "place", township
    spaced = _kinds("거창군의회는 마리면 위천면 북상면에서 2명을 뽑기로 했다고 밝혔다.", "ko")
    assert {"마리면", "위천면", "북상면"} <= set(spaced)  # listed with spaces only
    # a menu of noodles on a page that names no county is no list of townships
    assert not _kinds("이 식당의 메뉴는 물냉면, 비빔면, 쫄면이라고 주인 김서윤 씨가 말했다.", "ko")


def test_a_long_korean_line_of_list_items_and_brackets_is_read_as_a_sentence() -> None:
    drafts = _kinds(
        "홍천군 선거구 조정안이 나왔다.\n"
        "-선거구 변경안- 가 선거구(3명)-홍천읍, 북방면 나 선거구(2명)-화촌면, 두촌면, 내촌면, 서석면 다 "
        "선거구(2명)-동면, 남면, 서면 <관련 기자회견 하단에 별첨>",
        "ko",
    )
    # the line closes on a bracket and its words carry commas: weighed without them it is a sentence, not a heading
    for township in ("홍천읍", "북방면", "화촌면", "두촌면", "내촌면", "서석면"):
        assert drafts.get(township) == "place", township


def test_a_korean_police_station_written_with_its_city_and_quarter_as_one_word_names_the_city() -> None:
    drafts = _kinds(
        "부산해운대경찰서는 지난 4일 40대 남성 정모씨를 붙잡았다고 밝혔다. 정씨는 서울대학교병원 앞에서 체포됐다.",
        "ko",
    )
    assert drafts.get("부산") == "place"  # "부산해운대경찰서": Busan's Haeundae station
    assert "서울" not in drafts  # a university's hospital is no station


def test_an_angolan_commune_noun_names_the_place_after_its_article() -> None:
    drafts = _kinds("O soba da comuna do Calumbo, Domingos Katuta, recebeu a delegação.", "pt")
    assert drafts.get("Calumbo") == "place"  # "comuna do": Angola's commune, named with its article
    assert "Domingos Katuta" not in drafts


def test_a_department_s_field_after_its_level_of_government_is_no_town_and_its_town_follows() -> None:
    drafts = _kinds(
        "A Secretaria Municipal de Saúde de Campinas informou que a vacinação continua, disse a secretária Lúcia "
        "Brandão. A Câmara Municipal de Oliveira do Hospital aprovou o orçamento.",
        "pt",
    )
    assert "Saúde" not in drafts  # the department's field (Saúde is also a town of Bahia)
    assert drafts.get("Campinas") == "place"  # the town after the field
    assert drafts.get("Oliveira do Hospital") == "place"  # a council's "Municipal de" still names its seat
    assert "Saúde" not in _kinds("O Conselho Municipal de Saúde reuniu-se ontem com o prefeito Caio Sodré.", "pt")


def test_towns_each_alone_in_brackets_in_a_list_are_places() -> None:
    drafts = _kinds(
        "O governador nomeou os administradores municipais Ernesto Kalei (Cacuaco); Rita Mbala (Cazenga); Jorge "
        "Kiluange (Viana). Os deputados Ana Paiva (MPLA) e Rui Dala (UNITA) votaram contra.",
        "pt",
    )
    for town in ("Cacuaco", "Cazenga", "Viana"):
        assert drafts.get(town) == "place", town
    assert not {"MPLA", "UNITA", "Ernesto Kalei"} & set(drafts)
    # one bracket alone may hold a nickname or a surname: no list, no place
    assert "Viana" not in _kinds("O avançado Jorge Kiluange (Viana) marcou dois golos.", "pt")
