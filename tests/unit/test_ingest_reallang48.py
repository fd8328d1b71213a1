"""Round reallang48: rules found reading real Korean and Portuguese news pages by hand (police, courts, councils,
sport, business; Brazil, Portugal, Angola, Mozambique). Invented sentences and invented persons throughout; the
places are real, since in another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_a_korean_word_before_a_person_s_age_or_ssi_is_no_town() -> None:
    drafts = _kinds(
        "인천지법은 23일 사기 혐의로 기소된 이모(45)씨에게 징역 1년을 선고했다. 함께 기소된 하모 씨는 "
        "벌금형을 받았다. 사건은 인천에서 일어났다.",
        "ko",
    )
    # a family name and 모 ("so-and-so") before the age in brackets or 씨 (Mr, Ms) is a person: no Imo (Nigeria),
    # no Hamm (Germany)
    assert "이모" not in drafts
    assert "하모" not in drafts
    assert drafts.get("인천") == "place"


def test_a_town_read_by_its_temperature_in_a_weather_bar_is_no_draft() -> None:
    drafts = _kinds(
        "2025.03.11 (화)\n  • 흐림강릉 1.3℃\n  • 서울 3.2℃\n  • 대전 3.3℃\n  • 부산 7.7℃\n기상청 제공\n\n"
        "수원지법 형사2부는 14일 횡령 혐의로 기소된 김모(52)씨에게 징역 2년을 선고했다.",
        "ko",
    )
    # the weather bar every page of the site carries lists towns by their readings; the story names Suwon
    assert drafts == {"수원": "place"}
    assert not _kinds("Tempo agora: Chapecó 25°C, Florianópolis 28°C\n\nA reunião foi adiada para março.", "pt")


def test_a_korean_stadium_s_name_that_opens_with_its_town_names_the_town() -> None:
    drafts = _kinds(
        "7일 대구삼성라이온즈파크에서 열린 경기에서 홈팀이 5-2로 이겼다. 다음 경기는 광주기아챔피언스필드에서 열린다.",
        "ko",
    )
    assert drafts.get("대구") == "place"
    assert drafts.get("광주") == "place"
    assert "경기도" not in drafts  # 경기 is the match


def test_gyeonggi_s_short_name_with_a_particle_before_a_metropolitan_city_is_the_match() -> None:
    drafts = _kinds("어제 열린 경기에서 부산이 대구를 3-1로 이겼다. 감독은 선수들을 칭찬했다.", "ko")
    # "경기에서" (at the match) before Busan, a city no province holds: no Gyeonggi province
    assert "경기도" not in drafts
    assert drafts.get("부산") == "place"
    # a province's own town after it still names the province
    assert _kinds("전남에서는 순천과 여수의 피해가 가장 컸다.", "ko").get("전라남도") == "place"


def test_a_range_s_name_after_a_portuguese_street_noun_names_the_street() -> None:
    drafts = _kinds(
        "Os policiais encontraram o suspeito escondido numa casa da Rua Serra da Piedade, no centro de Sabará.",
        "pt",
    )
    assert "Serra da Piedade" not in drafts  # a mountain's name, here the street's
    assert drafts.get("Sabará") == "place"


def test_a_portuguese_government_names_the_state_it_governs_but_not_its_head() -> None:
    drafts = _kinds(
        "O Governo de Angola anunciou ontem a criação de novas províncias. Em Lisboa, o Governo de Montenegro "
        "aprovou o orçamento.",
        "pt",
    )
    assert drafts.get("Angola") == "state"
    assert "Montenegro" not in drafts  # Luís Montenegro's government, a family name
    assert _kinds("O Governo do Maranhão lançou o programa nesta segunda-feira.", "pt").get("Maranhão") == "place"


def test_a_mozambican_or_angolan_village_the_town_tables_lack_is_read_after_a_preposition() -> None:
    drafts = _kinds("A reunião do conselho consultivo decorreu ontem em Luabo, na província da Zambézia.", "pt")
    # the town tables lack Luabo; GeoNames' villages of Mozambique hold it, read after "em" as Portugal's are
    assert drafts.get("Luabo") == "place"
    assert drafts.get("Zambézia") == "place"
    assert _kinds("A comitiva chegou ontem a Calandula para a inauguração da escola.", "pt").get("Calandula") == "place"


def test_a_korean_town_before_a_pupil_or_student_noun_is_the_town() -> None:
    drafts = _kinds("경찰은 제주 중학생 폭행 사건의 가해자 3명을 입건했다. 피해 학생은 치료를 받고 있다.", "ko")
    # "제주 중학생": a pupil of Jeju, as crime and school news name one
    assert drafts.get("제주도") == "place"


def test_a_town_named_after_its_state_with_of_in_its_name_is_the_town() -> None:
    drafts = _kinds("A cerimónia decorreu ontem na Ilha de Moçambique, na província de Nampula.", "pt")
    # GeoNames names the island town "Mozambique"; written with "de" it is the town, not the state
    assert drafts.get("Ilha de Moçambique") == "place"
    assert "Mozambique" not in drafts
    assert _kinds("O ministro visitou ontem Singapura.", "pt").get("Singapore") == "state"


def test_a_portuguese_town_spelled_with_s_where_the_tables_write_c_is_the_town() -> None:
    drafts = _kinds(
        "Um pastor de 51 anos foi detido ontem no concelho de Carrazeda de Ansiães, após uma denúncia.", "pt"
    )
    # GeoNames writes the older "Carrazeda de Anciães"; "s", "ss", "ç" and "c" before e/i are one sound
    assert drafts.get("Carrazeda de Ansiães") == "place"


def test_a_korean_branch_court_before_its_bench_or_judge_names_its_seat() -> None:
    drafts = _kinds("1심 재판부인 고양지원 박서진 판사는 지난해 징역 1년을 선고했다. 정부지원 사업도 늘었다.", "ko")
    # 지원 (also "support") is the branch court when its judge or bench follows, with no district court before it
    assert drafts.get("고양") == "place"
    assert len(drafts) == 1


def test_a_region_hyphened_to_a_compass_point_is_its_part_not_the_region() -> None:
    drafts = _kinds("A cerimónia de posse do novo governador será no Moxico-Leste, na próxima semana.", "pt")
    # Angola's provinces split in 2024 are named so, as "Lunda-Norte" was: the part, not Moxico
    assert drafts == {"Moxico-Leste": "place"}


def test_two_names_joined_by_e_after_a_singular_division_noun_name_one_province() -> None:
    drafts = _kinds(
        "A cerimónia decorre hoje na província de Icolo e Bengo, em Catete. A comitiva parte para Icolo e Bengo "
        "ao meio-dia. As chuvas afectaram as províncias de Gaza e Inhambane.",
        "pt",
    )
    # "a província de Icolo e Bengo", written twice: one province (Bengo alone is another one)
    assert drafts.get("Icolo e Bengo") == "place"
    assert "Bengo" not in drafts
    assert "Icolo" not in drafts
    # the plural names two provinces
    assert drafts.get("Gaza") == "place"
    assert drafts.get("Inhambane") == "place"
