"""Places and junk in Russian, German, Portuguese and Korean news that round lang44's pages showed.

Portuguese: a building named after a person ("na Arena Otaviano Bezerril, em Recife") is no village
listed beside the town after it, so no place is drafted for it. After a council's or a town hall's
word and "de" ("a Assembleia Municipal de Ferreira do Zêzere", "a Prefeitura de Itaberaba"), the
municipality it serves is a place; so is a known town after "de" between commas ("o meia Rodrigo, de
Londrina, foi vendido"), where someone comes from.

Russian: regions by the name the news gives them every day ("в Удмуртию", "на Смоленщине", "в
Оренбуржье"), declined as any region's name; a district with its kind between its adjective and its
noun ("Лысковского муниципального округа": Лысковский муниципальный округ; a "городской округ" stays
its town's). A neuter town in "-ёво"
is read back from its cases as one in "-ово" is ("из Пикалёва", "под Пикалёвом": Пикалёво).

German: a town GeoNames holds with a title beside its name ("Hansestadt Stade", "Eisleben
Lutherstadt") goes by the name alone, however short. A stop on a route between towns ("von
Heilbronn über Neuenstadt nach Öhringen"), though "über" is also "about". A village placed in a
land whose name is joined by hyphens ("in Plate in Mecklenburg-Vorpommern"). A known town listed
after a city of a million, whatever word comes before the list ("mit München und Nürnberg").

Korean: a town joined to "-행" (bound for) before a bus, a train or a ship ("보은행 시외버스"), though
its name is also a word. A state's division named right after the state, by that state's own suffix
("일본 나가노현", "중국 광둥성"); "미국 이번주" (this week) and "일본 외무성" (a ministry) stay unread.

Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _drafts(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang44", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "not_drafted", "drafted"),
    [
        (
            "A decisão foi no Estádio Clóvis Bandeira Feitosa, em Maceió, diante de dez mil pessoas.",
            "pt",
            "Estádio Clóvis Bandeira Feitosa",
            "Maceió",
        ),
        (
            "O festival acontece na Arena Otaviano Bezerril, em Recife, no fim de semana.",
            "pt",
            "Arena Otaviano Bezerril",
            "Recife",
        ),
        (
            "O voo pousou no Aeroporto Olegário Maciel Queiroga, em Natal, ontem.",
            "pt",
            "Aeroporto Olegário Maciel Queiroga",
            "Natal",
        ),
    ],
)
def test_a_building_named_after_a_person_is_no_village(
    text: str, language: str, not_drafted: str, drafted: str
) -> None:
    drafts = _drafts(text, language)
    assert not_drafted not in drafts
    assert drafted in drafts


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Цены на молоко в Удмуртии выросли за месяц на шесть процентов.", "Удмуртия"),
        ("Фермеры везут картофель в Удмуртию из соседних областей.", "Удмуртия"),
        ("На Смоленщине начали уборку льна раньше обычного.", "Смоленщина"),
        ("Дороги Белгородчины отремонтируют к осени.", "Белгородчина"),
        ("В Оренбуржье ждут рекордный урожай подсолнечника.", "Оренбуржье"),
    ],
)
def test_regions_by_their_everyday_names(text: str, region: str) -> None:
    assert region in _drafts(text, "ru")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Bergleute aus Eisleben trafen sich am Samstag zum Umzug.", "Eisleben"),
        ("Der Kutter lief am Morgen nach Stade aus und kehrte abends zurück.", "Stade"),
    ],
)
def test_a_german_town_goes_by_its_name_without_its_title(text: str, town: str) -> None:
    assert town in _drafts(text, "de")


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("A Assembleia Municipal de Ferreira do Zêzere chumbou o orçamento na sexta-feira.", "Ferreira do Zêzere"),
        ("A Prefeitura de Itaberaba abriu concurso para quarenta vagas de professor.", "Itaberaba"),
        ("A Guarda Municipal de Niterói apreendeu mercadorias na orla.", "Niterói"),
        ("A Câmara Municipal de Ponte da Barca aprovou a nova ponte pedonal.", "Ponte da Barca"),
    ],
)
def test_the_municipality_a_council_serves(text: str, municipality: str) -> None:
    assert municipality in _drafts(text, "pt")


@pytest.mark.parametrize(
    "text",
    [
        "A Câmara Municipal de Silva & Filhos é uma banda de garagem.",
        "A Câmara dos Deputados votou a proposta na terça-feira.",
    ],
)
def test_no_municipality_without_one(text: str) -> None:
    assert _drafts(text, "pt") == set()


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Глава Лысковского муниципального округа подал в отставку.", "Лысковский муниципальный округ"),
        ("В Сокольском и Харовском муниципальных округах закрыли две школы.", "Харовский муниципальный округ"),
        ("Жители Кстовского муниципального района жалуются на свалку.", "Кстовский муниципальный район"),
    ],
)
def test_a_russian_district_with_its_kind_between(text: str, district: str) -> None:
    assert district in _drafts(text, "ru")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("보은행 시외버스가 이달부터 하루 네 번으로 줄었다.", "보은"),
        ("무주행 직행버스는 주말에만 다닌다.", "무주"),
        ("강진행 고속버스 첫차가 새벽 여섯 시에 떠난다.", "강진"),
    ],
)
def test_a_korean_town_a_bus_is_bound_for(text: str, town: str) -> None:
    assert town in _drafts(text, "ko")


@pytest.mark.parametrize("text", ["여행 버스를 빌려 단체로 떠났다.", "시범 운행 노선이 바뀌었다."])
def test_no_korean_town_in_a_word_ending_like_bound_for(text: str) -> None:
    assert _drafts(text, "ko") == set()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Der Bus fährt von Aschaffenburg über Obernburg nach Miltenberg.", "Obernburg"),
        ("Die Regionalbahn fährt stündlich von Heilbronn über Neuenstadt nach Öhringen.", "Neuenstadt"),
        ("Die Buslinie fährt von Nördlingen über Oettingen nach Gunzenhausen.", "Oettingen"),
    ],
)
def test_a_german_stop_on_a_route_between_towns(text: str, town: str) -> None:
    assert town in _drafts(text, "de")


def test_about_a_person_is_no_stop_on_a_route() -> None:
    assert _drafts("Sie sprach über Weber nach der Pause.", "de") == set()


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("O meia Rodrigo, de Londrina, foi vendido ao futebol japonês.", "pt", "Londrina"),
        ("O Grêmio Esportivo, de Anápolis, subiu de divisão.", "pt", "Anápolis"),
        ("A cooperativa, de Maringá, exporta soja para a China.", "pt", "Maringá"),
    ],
)
def test_where_someone_comes_from_between_commas(text: str, language: str, town: str) -> None:
    assert town in _drafts(text, language)


def test_a_family_name_between_commas_is_no_town() -> None:
    assert _drafts("A jogadora Ana, de Souza, marcou duas vezes.", "pt") == set()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Электрички из Пикалёва до Волхова отменили на неделю.", "Пикалёво"),
        ("Под Пикалёвом горит торфяник.", "Пикалёво"),
        ("Жителей Михнёва и Ступина предупредили о паводке.", "Михнёво"),
    ],
)
def test_a_russian_neuter_town_in_yovo(text: str, town: str) -> None:
    assert town in _drafts(text, "ru")


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Das Metal-Festival in Wacken in Schleswig-Holstein beginnt am Donnerstag.", "Wacken"),
        ("Der Wochenmarkt in Plate in Mecklenburg-Vorpommern öffnet am Samstag.", "Plate"),
    ],
)
def test_a_german_village_placed_in_a_land_joined_by_hyphens(text: str, village: str) -> None:
    assert village in _drafts(text, "de")


def test_a_noun_placed_in_a_land_is_no_village() -> None:
    assert _drafts("Der Unterricht in Schulen in Nordrhein-Westfalen beginnt später.", "de") == {"Nordrhein-Westfalen"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Airline fliegt künftig mit Berlin und Stuttgart im Wechsel.", "Stuttgart"),
        ("Der Messeverbund mit München und Nürnberg wächst weiter.", "Nürnberg"),
        ("Das Bündnis mit Hamburg und Bremen hält seit zwanzig Jahren.", "Bremen"),
    ],
)
def test_a_town_listed_after_a_city_of_a_million(text: str, town: str) -> None:
    assert town in _drafts(text, "de")


def test_a_family_name_listed_after_a_city_is_no_town() -> None:
    assert _drafts("Der Trainer sprach mit Berlin und Weber über den Kader.", "de") == {"Berlin"}


@pytest.mark.parametrize(
    ("text", "division"),
    [
        ("일본 나가노현 대표단이 다음 달 춘천을 찾는다.", "나가노현"),
        ("중국 광둥성 공장들이 전력난으로 멈췄다.", "광둥성"),
    ],
)
def test_a_division_named_after_its_state(text: str, division: str) -> None:
    assert division in _drafts(text, "ko")


@pytest.mark.parametrize("text", ["미국 이번주 고용 지표가 나온다.", "일본 외무성은 즉각 항의했다."])
def test_a_word_after_a_state_is_no_division(text: str) -> None:
    assert len(_drafts(text, "ko")) == 1
