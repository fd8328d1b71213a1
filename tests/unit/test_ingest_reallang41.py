"""Round reallang41: rules found reading real news pages in German, Russian, Korean and Portuguese by hand (police
and court news, local government, business). Invented sentences and invented persons throughout; the places are
real, since in another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_a_korean_police_station_prosecutor_or_court_names_its_town_or_province() -> None:
    drafts = _kinds(
        "충북경찰청은 지난 3일 공무원 박모씨를 구속했다. 사건은 청주지검으로 송치됐고 청주지방법원은 영장을 "
        "발부했다. 성북경찰서와 안산남부경찰서도 수사에 나섰다. 국가경찰과 자치경찰의 역할은 다르다.",
        "ko",
    )
    assert drafts.get("충청북도") == "place"  # the province's police, by its short name
    assert drafts.get("청주") == "place"
    assert drafts.get("성북구") == "place"  # a district of Seoul, by its station
    assert drafts.get("안산") == "place"  # a part of town between the town and the station
    assert len(drafts) == 4  # the national and the local police name no place
