"""Lang round 24 of invented text, in languages other than English (states and places only).
- A smaller town of the page's own country (GeoNames' towns over 5,000 people) is read with the
  cues a small town needs: a bare preposition of place, a dateline, a declined name after a
  Russian preposition ("in Hachenburg", "под Тотьмой");
- never when the name is a frequent word of the language or a
  surname after a given name.
- Rows added further down name their own rule."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Die Molkerei in Hachenburg stellt im Frühjahr zwei Leute ein.", "de", {"Hachenburg": "place"}),
        ("Der Bus fährt künftig von Montabaur nach Bad Marienberg.", "de", {"Bad Marienberg": "place"}),
        ("Фермер из деревни под Тотьмой купил новый трактор.", "ru", {"Тотьма": "place"}),
        ("В Кириллове открыли новую пекарню.", "ru", {"Кириллов": "place"}),
        ("A cooperativa de azeite em Mértola procura compradores.", "pt", {"Mértola": "place"}),
    ],
)
def test_a_small_home_town_after_a_preposition_is_drafted(text: str, language: str, expected: dict[str, str]) -> None:
    drafts = {name: kind.value for name, kind in draft_kinds(text, language).items()}
    assert {name: drafts.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # a given name before it: the town's name is a surname here
        ("Der Landrat Thomas Hachenburg sprach von einem guten Jahr.", "de", "Hachenburg"),
    ],
)
def test_a_small_home_town_needs_its_page_and_its_cue(text: str, language: str, absent: str) -> None:
    drafts = draft_kinds(text, language)
    assert drafts.get(absent) is None or drafts[absent].value != "place"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "до" + the genitive: as far as the town
        ("Зерно везут до Череповца по новой трассе.", "ru", {"Череповец": "place"}),
        ("Автобус ходит до Тотьмы дважды в день.", "ru", {"Тотьма": "place"}),
        # a home city mid-sentence after a preposition, however often the news names it
        ("Мед везуть до Львова, а сир у Києві продають дорожче.", "uk", {"Львів": "place", "Київ": "place"}),
    ],
)
def test_a_declined_town_after_a_preposition_is_drafted(text: str, language: str, expected: dict[str, str]) -> None:
    drafts = {name: kind.value for name, kind in draft_kinds(text, language).items()}
    assert {name: drafts.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "До Нового года осталось две недели.",
        "Работы продлятся до Пасхи.",
        "Он работал там ещё до Путина.",
    ],
)
def test_do_before_a_holiday_or_a_person_names_no_place(text: str) -> None:
    assert draft_kinds(text, "ru") == {}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Пожары охватили леса в Вологодской и Архангельской областях.",
            "ru",
            {"Вологодская область": "place", "Архангельская область": "place"},
        ),
        (
            "Снег выпал в Краснодарском и Ставропольском краях.",
            "ru",
            {"Краснодарский край": "place", "Ставропольский край": "place"},
        ),
        ("У Полтавській області врожай меду впав.", "uk", {"Полтавська область": "place"}),
        (
            "Пасічники з Полтавської та Сумської областей об'єдналися.",
            "uk",
            {"Полтавська область": "place", "Сумська область": "place"},
        ),
    ],
)
def test_two_regions_sharing_one_plural_noun_are_both_drafted(
    text: str, language: str, expected: dict[str, str]
) -> None:
    drafts = {name: kind.value for name, kind in draft_kinds(text, language).items()}
    assert {name: drafts.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # near or around a town: "біля", "довкола", "возле", "вокруг"
        ("Пасіка кооперативу стоїть біля Решетилівки.", "uk", {"Решетилівка": "place"}),
        ("Ферма стоит возле Тотьмы, а склад вокруг Вологды.", "ru", {"Тотьма": "place", "Вологда": "place"}),
        # Ukrainian small towns, declined, rarer than Ukrainian words
        ("Сироварня працює у Кременчуці, Лубнах та Гадячі.", "uk", {"Лубни": "place", "Гадяч": "place"}),
        ("Ярмарок пройде в Миргороді наступного тижня.", "uk", {"Миргород": "place"}),
    ],
)
def test_a_ukrainian_or_russian_small_town_near_a_preposition(
    text: str, language: str, expected: dict[str, str]
) -> None:
    drafts = {name: kind.value for name, kind in draft_kinds(text, language).items()}
    assert {name: drafts.get(name) for name in expected} == expected


def test_a_frequent_ukrainian_word_after_a_preposition_stays_a_word() -> None:
    # "Щастя" (happiness) names a small town too; "Балка" (a gully) a village
    assert draft_kinds("Вони живуть у Щасті, а поле біля Балки.", "uk") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bay written apart after its town: both are places
        ("창원 진해만에서 홍합 양식이 한창이다.", {"창원": "place", "진해만": "place"}),
        ("통영 한산만 일대 어장이 피해를 입었다.", {"통영": "place", "한산만": "place"}),
        # a county with its suffix, after its province or before one of its townships
        ("전남 고흥군과 경북 의성군이 협약을 맺었다.", {"고흥": "place", "의성": "place"}),
        ("완도군 금일읍에서 전복을 키우는 어민이 늘었다.", {"완도": "place"}),
        # a smaller town the tables spell in Latin letters only, its province before it
        ("전남 해남에서 배추 수확이 시작됐다.", {"해남": "place"}),
        # a river the Korean word list knows, with a particle
        ("낙동강 하류에 녹조가 발생했고 섬진강에서도 물고기가 죽었다.", {"낙동강": "place", "섬진강": "place"}),
    ],
)
def test_a_korean_bay_or_county_is_drafted(text: str, expected: dict[str, str]) -> None:
    drafts = {name: kind.value for name, kind in draft_kinds(text, "ko").items()}
    assert {name: drafts.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "창원 사람만 참석했다.",  # 만: "only" (people)
        "그 당시 전남 도민은 반대했다.",  # 당시: at the time, a word ending like a city
        "경기 동시 다발 시위가 열렸다.",  # 동시: at once
        "이순강 씨는 최강 팀을 만들었다.",  # a person's name and "the strongest", ending in 강
    ],
)
def test_a_korean_word_ending_like_a_bay_or_a_city_is_no_place(text: str) -> None:
    drafts = {name: kind.value for name, kind in draft_kinds(text, "ko").items()}
    assert not {name for name in drafts if name.endswith(("만", "시", "강"))}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # through a smaller home town on the way
        ("Партии отправляют грузовиками через Троицк в Костанай.", "ru", {"Троицк": "place"}),
        # between two towns
        ("Трасса между Тотьмой и Вологдой закрыта на ремонт.", "ru", {"Тотьма": "place", "Вологда": "place"}),
        ("Паром курсирует между Керчью и Таманью.", "ru", {"Керчь": "place"}),
        # along a town (and its river)
        ("Лес возят по трассе вдоль Шексны до самой Вологды.", "ru", {"Шексна": "place"}),
        # German "Richtung" used as "towards" before a town
        ("Die Lastwagen fahren künftig Richtung Hachenburg und Altenkirchen.", "de", {"Hachenburg": "place"}),
    ],
)
def test_a_town_on_the_way_is_drafted(text: str, language: str, expected: dict[str, str]) -> None:
    drafts = {name: kind.value for name, kind in draft_kinds(text, language).items()}
    assert {name: drafts.get(name) for name in expected} == expected


def test_between_two_persons_names_no_place() -> None:
    assert draft_kinds("Переговоры между Смирновым и Кудрявцевым продолжатся.", "ru") == {}


def test_richtung_before_an_ordinary_noun_names_no_place() -> None:
    assert draft_kinds("Der Verein geht Richtung Zukunft, sagte die Vorsitzende.", "de") == {}


def test_a_region_keeps_its_name_over_a_small_town_of_that_name() -> None:
    from dossier.ingest.gazetteer import gazetteer, is_region

    # Amapá is a Brazilian state and a town of 8,000 people: the state's name reads as the state
    place = gazetteer().in_language("pt").lookup(("amapa",))
    assert place is not None and is_region(place)


def test_a_korean_county_town_listed_with_another_is_drafted() -> None:
    # GeoNames counts Haenam's county town only (under 25,000 people): listed with Muan, it is the town
    drafts = {
        name: kind.value
        for name, kind in draft_kinds("군청은 무안과 해남 등 전남 지역과 판촉 행사를 연다.", "ko").items()
    }
    assert drafts.get("해남") == "place" and drafts.get("무안") == "place"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bauern im Zillertal und im Inntal klagen über den Regen.", {"Zillertal", "Inntal"}),
        ("Die Flut im Ahrtal ist nicht vergessen.", {"Ahrtal"}),
    ],
)
def test_a_german_valley_named_after_its_river_is_a_place(text: str, expected: set[str]) -> None:
    drafts = {name: kind.value for name, kind in draft_kinds(text, "de").items()}
    assert {name for name in expected if drafts.get(name) == "place"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Im Seitental liegt noch Schnee, sagte der Förster.",
        "Das Geld steckt im Kapital der Firma, nicht im Portal.",
        "Im Flusstal ist es neblig.",
    ],
)
def test_a_common_noun_in_tal_is_no_valley(text: str) -> None:
    assert draft_kinds(text, "de") == {}


def test_a_declined_ukrainian_town_is_drafted_under_its_own_spelling() -> None:
    # "Вінниці" is Вінниця's, "Тернополі"/"Тернополя" Тернопіль's: not the Russian-looking stems
    drafts = draft_kinds("Автобус із Тернополя прибув до Вінниці, а виставка пройде у Тернополі.", "uk")
    assert {name: kind.value for name, kind in drafts.items()} == {"Тернопіль": "place", "Вінниця": "place"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Przymrozki zniszczyły sady w województwach lubelskim i mazowieckim.", {"Lubelskie", "Mazowieckie"}),
        ("Sadownicy z województwa świętokrzyskiego protestują.", {"Świętokrzyskie"}),
    ],
)
def test_a_polish_voivodeship_in_lower_case_is_drafted(text: str, expected: set[str]) -> None:
    drafts = {name: kind.value for name, kind in draft_kinds(text, "pl").items()}
    assert drafts == dict.fromkeys(expected, "place")


def test_a_polish_adjective_without_the_voivodeship_names_no_region() -> None:
    assert draft_kinds("W województwie jest dużo sadów, a rząd jest polskim.", "pl") == {}
