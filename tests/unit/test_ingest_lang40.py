"""Places in Russian, Korean and Portuguese news that round 40's pages showed lost: a Russian neuter
town in the locative listed after another town that stands after "в" ("в Ярославле и Кольчугине");
South Korean cities and counties the tables leave out ("함양군에서", "합천·산청"); and no neuter town read in
a surname after "о" ("о Ярославле и Петрове"), no county in two everyday words listed ("영광과 음성");
regions named with 권 ("수도권"), provinces before their governor ("전남지사"), listed with towns before a
noun for an area ("충남과 대전, 세종 지역") or before a coast ("전남 남해안"). In Portuguese: Portugal's regions
("do Minho", "na Beira Baixa", "dos Açores"), and no town in a surname after a given name of
Portugal ("Nuno Palmas"). Known places joined by hyphens with a small word ("Pointe-à-Pitre"), a
quarter or island after its city ("인천 영종도"), a town after "соседний". Each case is an invented
sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _places(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang40", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        # A Russian neuter town's locative ("-ине", "-ове") as a later item of a list after "в".
        ("Склады открыты в Ярославле и Кольчугине.", "ru", {"Ярославль", "Кольчугино"}),
        ("Склады открыты в Ярославле, Суздале и Кольчугине.", "ru", {"Суздаль", "Кольчугино"}),
        # A town after "neighbouring" (соседний): a surname-shaped genitive is the town's.
        ("Многие ездят на работу в офисы соседнего Одинцова.", "ru", {"Одинцово"}),
        ("Жители соседней Кинешмы недовольны ремонтом.", "ru", {"Кинешма"}),
        # A South Korean city or county the tables leave out, with its suffix, its province or a town listed with it.
        ("산불은 함양군에서 시작됐다.", "ko", {"함양"}),
        ("정부는 인제군 외면 정책을 비판했다고 밝혔다.", "ko", {"인제"}),  # moved from lang30: 인제군 is Inje County
        ("올해는 합천·산청 농가가 수출에 나섰다.", "ko", {"합천", "산청"}),
        ("경찰은 사천과 하동 일대를 수색했다.", "ko", {"사천", "하동"}),
        # A region of South Korea named with "권" (sphere).
        ("전문가들은 수도권보다 지방 집값이 더 떨어질 것으로 본다.", "ko", {"수도권"}),
        ("호남권 광역철도 사업이 확정됐다.", "ko", {"호남권"}),
        # A province's short name with its governor or education office joined, 도 dropped.
        ("전남지사 후보들이 첫 토론회를 열었다.", "ko", {"전라남도"}),
        ("충남교육청은 내일 휴교를 결정했다.", "ko", {"충청남도"}),
        # ...listed with towns the last of which stands before a noun for an area.
        ("당국은 충남과 대전, 세종 지역 사업장을 점검한다.", "ko", {"충청남도", "대전"}),
        # ...before the coast of a compass point.
        ("태풍은 전남 남해안에 큰 피해를 냈다.", "ko", {"전라남도"}),
        # A quarter or an island right after its city, and a new town between its city and "신도시".
        ("인천 영종도에 새 호텔이 문을 열었다.", "ko", {"영종도"}),
        ("창원 상남동 일대 상가가 비었다.", "ko", {"상남동"}),
        ("경기 화성 동탄 신도시의 집값이 올랐다.", "ko", {"동탄"}),
        # A known place's name joined by hyphens with a small word in lower case, read whole.
        ("O navio de cruzeiro atracou em Pointe-à-Pitre na segunda.", "pt", {"Pointe-à-Pitre"}),
        ("Die Familie verbrachte den Urlaub in Berck-sur-Mer an der Küste.", "de", {"Berck-sur-Mer"}),
        # Portugal's regions, named bare, and the Portuguese name of the Azores.
        ("O vinho verde do Minho ganhou três prémios em Londres.", "pt", {"Minho"}),
        ("Os incêndios na Beira Baixa destruíram dois mil hectares.", "pt", {"Beira Baixa"}),
        ("A barragem do Baixo Alentejo está a metade.", "pt", {"Baixo Alentejo"}),
        ("O governo regional dos Açores aprovou o orçamento.", "pt", {"Açores"}),
    ],
)
def test_places_are_read(text: str, language: str, wanted: set[str]) -> None:
    assert wanted <= _places(text, language)


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        # After "о" (about) a list's locative in "-ове" is a surname's, not a neuter town's.
        ("Говорили о Ярославле и Петрове.", "ru", {"Петрово"}),
        # "외면" (ignoring) after a county is no township (lang30's case; the county itself is now read).
        ("정부는 인제군 외면 정책을 비판했다고 밝혔다.", "ko", {"외면"}),
        # A neighbour (a noun) before a surname names no town.
        ("Он поговорил с соседом Ивановым.", "ru", {"Иваново", "Иванов"}),
        # Two counties' names that are both everyday words, listed, are the words ("the voice and glory").
        ("그는 영광과 음성 파일을 모두 공개했다.", "ko", {"영광", "음성"}),
        ("노인들은 고령과 영양 부족으로 고생한다.", "ko", {"고령", "영양"}),
        # ...and one alone, with no cue, is a word ("공주": a princess).
        ("동화 속 공주는 성에 산다.", "ko", {"공주"}),
        # After a city, a noun with the particle 도 (too), a compound of an everyday noun in 동, or an
        # adjective before "신도시" is no place.
        ("서울 시민도 불만이 많다고 말했다.", "ko", {"시민도"}),
        ("부산 봉사활동 단체가 나섰다.", "ko", {"봉사활동"}),
        ("서울 대규모 신도시 계획이 발표됐다.", "ko", {"대규모"}),
        ("업계는 이천 공장만으로도 전력 수요가 늘었다고 본다.", "ko", {"공장만으로도"}),
        # A common noun joined by hyphens, capitalised as a programme's name, is no place.
        ("O governo prorrogou o Pé-de-Meia para 2026.", "pt", {"Pé-de-Meia", "Meia"}),
        # A given name of Portugal: the word after it is the person's surname, not the town ("para Palmas").
        ("O engenheiro Nuno Palmas foi transferido para Palmas.", "pt", {"Palmas"}),
        # A province's short name listed with a town is a club's before a match, not the province.
        ("어제 전북과 울산의 경기가 열렸다.", "ko", {"전라북도"}),
    ],
)
def test_no_place_is_read(text: str, language: str, unwanted: set[str]) -> None:
    assert not unwanted & _places(text, language)
