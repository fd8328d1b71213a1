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
        "시·군에 대한 선거구를 의결했다. 진주, 구리, 은 등 광물 가격도 올랐다.",
        "ko",
    )
    # "‧" (U+2027) lists as "·" does; the count "N개 시군" closes a list of towns as "등 시군" did
    for town in ("천안", "공주", "보령", "서산", "당진", "계룡", "금산", "홍성", "예산"):
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
