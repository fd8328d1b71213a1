"""Round reallang44: rules found reading real Korean and Portuguese news pages by hand (police, courts, local
government, sport, business; Brazil, Portugal, Angola, Mozambique). Invented sentences and invented persons
throughout; the places are real, since in another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_a_portuguese_province_district_or_municipality_noun_names_the_place_after_it() -> None:
    drafts = _kinds(
        "O comandante Albano Quitumba disse que as operações decorreram nas províncias do Huambo, do Bié e do "
        "Uíge. Outros suspeitos foram detidos no município dos Mulenvos e levados ao tribunal. Os adeptos do "
        "Porto, do Benfica e do Sporting viram o jogo, e o técnico do Flamengo também.",
        "pt",
    )
    assert drafts.get("Huambo") == "place"  # "de" joined to the article: "do Huambo"
    assert drafts.get("Bié") == "place"  # the list repeats its "of"
    assert drafts.get("Uíge") == "place"
    assert drafts.get("Mulenvos") == "place"  # "dos": "de" and the plural article
    assert "Albano Quitumba" not in drafts
    # with no place noun before the list, "do" names a club as often as a town
    assert not {"Flamengo", "Benfica", "Sporting"} & set(drafts)


def test_a_korean_sentence_broken_over_lines_is_read_as_a_sentence_not_a_headline() -> None:
    drafts = _kinds(
        "서울 경기 인천 강원 충북 충남 대전 세종 전북 전남 광주 경북 경남 대구 울산 부산 제주\n"
        "광주서부경찰서는 지난 3일\n"
        "목포의 한 모텔에서 달아난 40대 최 모씨를\n"
        "붙잡아 인천으로 압송했다고 밝혔다.\n"
        "경찰은 최씨가 지난달 울산에서 차량을 훔친 혐의로 수배를 받아 왔으며 도주 과정에서 다른 범행도 저질렀는지 "
        "조사하고 있다고 설명했고 추가 공",
        "ko",
    )
    assert drafts.get("광주") == "place"  # a line that ends in a particle goes on in the next
    assert drafts.get("목포") == "place"
    assert drafts.get("인천") == "place"
    assert drafts.get("울산") == "place"  # a long line cut off mid-word is no headline either
    assert not {"제주", "세종", "부산", "강원도"} & set(drafts)  # a long menu of bare region names stays a heading


def test_a_korean_town_before_its_police_station_or_the_facility_its_district_runs_is_named() -> None:
    drafts = _kinds(
        "서울 은평경찰서는 지난 5일 20대 남성을 붙잡았다. 대구 수성구립도서관은 다음 달 강좌를 연다. "
        "성남시립병원과 양평군립미술관도 문을 연다. 구립도서관 이용자는 늘었다.",
        "ko",
    )
    assert drafts.get("서울") == "place"  # the town before its district's police, no name opened by it
    assert drafts.get("은평구") == "place"
    assert drafts.get("수성구") == "place"  # 구립: run by the district
    assert drafts.get("성남") == "place"  # 시립: run by the city
    assert drafts.get("양평") == "place"  # 군립: run by the county


def test_a_korean_district_named_with_its_suffix_or_in_a_dotted_list_that_writes_it_once() -> None:
    drafts = _kinds(
        "서울시는 돌봄 사업을 노원·도봉·강북구 3개 자치구에서 먼저 시작한다. 공모에서는 청년 창업 지원(마포구)이 "
        "뽑혔다. 강북·강남 집값 차이는 줄었다.",
        "ko",
    )
    for district in ("노원구", "도봉구", "강북구", "마포구"):
        assert drafts.get(district) == "place"
    assert "강남구" not in drafts  # "강북·강남": the two banks of the river, no 구 after the list


def test_a_province_in_a_after_its_noun_is_the_province_not_a_club() -> None:
    drafts = _kinds(
        "O administrador Celestino Mapanga visitou a província do Niassa na semana passada. No futebol, o Fortaleza "
        "venceu o Bahia por 2 a 1.",
        "pt",
    )
    assert drafts.get("Niassa") == "place"  # Mozambique's provinces take "o", as clubs named in "-a" do
    assert not {"Fortaleza", "Bahia"} & set(drafts)  # after "o" alone, still the clubs


def test_a_korean_town_hall_county_office_or_its_people_name_the_town_or_district() -> None:
    drafts = _kinds(
        "정 군수는 지난 2일 진도군청 대회의실에서 간담회를 열었다. 춘천시민 300여 명이 참석했고 강동구청 직원들도 "
        "왔다. 시민 단체와 군민 대표도 자리했다.",
        "ko",
    )
    assert drafts.get("진도") == "place"  # 군청: the county's office
    assert drafts.get("춘천") == "place"  # 시민: the city's people
    assert drafts.get("강동구") == "place"  # 구청: the district's office
    assert len(drafts) == 3  # "시민", "군민" alone name no town


def test_a_compass_point_after_the_word_for_a_region_is_no_town_of_that_name() -> None:
    drafts = _kinds(
        "O secretário Dirceu Lambari visitou a região Sudoeste do estado, com paradas em Jardim e Caracol. A "
        "região Nordeste recebe o programa no mês que vem.",
        "pt",
    )
    assert "Sudoeste" not in drafts  # the state's southwest, not Brasília's Sudoeste
    assert drafts.get("Nordeste") == "place"  # Brazil's region of the name
    assert drafts.get("Jardim") == "place"


def test_an_angolan_province_in_its_bantu_spelling_or_with_a_spaced_compass_half_is_the_province() -> None:
    drafts = _kinds(
        "O porta-voz Bartolomeu Quissanga disse que as armas foram apreendidas nas províncias da Lunda Norte, do "
        "Kuando Kubango e do Kwanza-Sul. O governador do Cuanza Norte também falou.",
        "pt",
    )
    assert drafts.get("Lunda Norte") == "place"  # the tables write "Lunda-Norte"
    assert drafts.get("Kuando Kubango") == "place"  # the tables write "Cuando Cubango"
    assert drafts.get("Kwanza-Sul") == "place"  # the tables write "Cuanza-Sul"
    assert drafts.get("Cuanza Norte") == "place"  # "do": the province's own article, no club's
    assert "Bartolomeu Quissanga" not in drafts


def test_a_korean_branch_prosecutor_prison_tax_or_education_office_names_its_town() -> None:
    drafts = _kinds(
        "안산지청은 지난 3일 공무원 한모씨를 구속 기소했다. 한씨는 안양교도소로 옮겨졌다. 서울시교육청과 "
        "부천교육지원청은 감사에 나섰다. 교육청과 세무서는 말을 아꼈다.",
        "ko",
    )
    assert drafts.get("안산") == "place"  # 지청: the prosecutors' branch office
    assert drafts.get("안양") == "place"  # 교도소: the prison
    assert drafts.get("서울") == "place"  # the city, named without 시
    assert drafts.get("부천") == "place"  # 교육지원청: the local education office
    assert len(drafts) == 4  # the bare nouns name no town
