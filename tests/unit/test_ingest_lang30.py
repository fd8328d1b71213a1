"""Lang round 30 of invented text, in languages other than English (states and places only).
- rivers named bare after an article or a preposition ("an der Oder", "через Северную Двину"), not the
  conjunction "oder", a leash ("an der Leine") or the river closing a town's name ("Mülheim an der Ruhr");
- Korean addresses from the county down ("인제군 북면 용대리"), rivers before their reaches, ports and passes;
- Russian ranges and rivers kept in the nominative after a declined noun, a town after "от … до" or an
  adjective, a village named before its people;
- German villages with Slavic endings or an opener ("aus Kienitz", "nach Groß Neuendorf");
- "Serra Grande" is one name: no "Serra" (a city elsewhere) drafted from it."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _drafts(text: str, language: str) -> dict[str, str]:
    return {name: kind.value for name, kind in draft_kinds(text, language).items()}


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("Das Grundwasser drückt von der Oder her in die Wiesen bei Quellendorf.", "Oder"),
        ("Die Polder an der Warthe stehen seit Wochen unter Wasser.", "Warthe"),
        ("Frachtschiffe fahren wieder auf dem Main, sagt der Schiffer.", "Main"),
        ("Keller liefen voll, auch um Tramsdorf an der Alten Oder.", "Alten Oder"),
    ],
)
def test_a_german_river_after_an_article_is_a_place(text: str, river: str) -> None:
    assert _drafts(text, "de").get(river) == "place"


def test_a_river_listed_after_a_river_is_one_too() -> None:
    drafts = _drafts("Zwischen der Weser und Aller liegen die Wiesen des Verbands.", "de")
    assert drafts.get("Weser") == "place" and drafts.get("Aller") == "place", drafts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Äpfel oder Birnen? Oder doch lieber Kirschen vom Markt?", "Oder"),
        ("Der Hund lief den ganzen Tag an der Leine durch den Park.", "Leine"),
        ("Der Weser-Kurier berichtet am Montag über die Fähre.", "Weser"),
        ("Die Polizei durchsuchte ein Lager in Mülheim an der Ruhr am Dienstag.", "Ruhr"),
    ],
)
def test_no_river_without_its_cue_or_inside_a_town(text: str, word: str) -> None:
    assert word not in _drafts(text, "de")


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("Больше всего бортей на берегу Белой, где пчёл никто не тревожит.", "Белая"),
        ("Переправа через Северную Двину закрыта до весны.", "Северная Двина"),
        ("Угодья тянутся вдоль реки Нугуш до самых гор.", "Нугуш"),
    ],
)
def test_a_russian_river_is_read_back_to_its_name(text: str, river: str) -> None:
    assert _drafts(text, "ru").get(river) == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Я видел Волгу и Каму только на картинке.",  # no cue before the first river
        "Он много лет жил на Белой Горе под Тулой.",  # a longer name
        "Письмо пришло от реки Иванов, так подписался автор.",  # a surname
        "Гости отдыхали на Белой даче всё лето.",  # an adjective before its noun
    ],
)
def test_a_russian_river_needs_its_cue_and_its_own_name(text: str) -> None:
    drafts = _drafts(text, "ru")
    assert not {"Волга", "Кама", "Белая", "Иванов"} & set(drafts), drafts


def test_a_russian_range_after_its_noun_is_a_place() -> None:
    assert _drafts("Пасеки стоят по склонам хребта Кырыктау у самой реки.", "ru").get("Кырыктау") == "place"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Мёд продают на ярмарке в соседнем Оренбурге каждую осень.", "Оренбург"),
        ("Подделки продают по всей стране — от Магнитогорска до Сочи.", "Магнитогорск"),
    ],
)
def test_a_russian_town_after_an_adjective_or_from_is_a_place(text: str, town: str) -> None:
    assert _drafts(text, "ru").get(town) == "place"


def test_a_russian_village_before_a_persons_name_is_the_village() -> None:
    drafts = _drafts("Говорит пасечник из деревни Ташбулатово Ильдар Мухаметшин.", "ru")
    assert drafts.get("Ташбулатово") == "place", drafts


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("강원 양구군 해안면 오유리의 농민들이 걱정이 크다.", {"강원도", "양구", "해안면", "오유리"}),
        (
            "양구군 해안면 주민들이 모였다. 군은 서화면과 방산면 고지대를 검토하고 있다고 밝혔다.",
            {"서화면", "방산면"},
        ),
        ("찬 공기는 인북천과 소양강 상류의 골짜기를 따라 내려온다.", {"인북천", "소양강"}),
        ("냉동 명태는 속초항으로 들어와 트럭에 실린다.", {"속초항"}),
    ],
)
def test_korean_addresses_rivers_and_ports_are_places(text: str, places: set[str]) -> None:
    drafts = _drafts(text, "ko")
    for place in places:
        assert drafts.get(place) == "place", (place, drafts)


@pytest.mark.parametrize(
    "text",
    [
        "출항과 입항 일정이 모두 바뀌었다고 밝혔다.",
        "측면과 정면에서 찍은 사진을 함께 공개했다고 밝혔다.",
        "대통령과 부통령이 함께 회의를 열었다고 밝혔다.",
        "점심은 물냉면과 비빔냉면 중에서 골랐다고 밝혔다.",  # no address in the text: noodles
        # a verb's conditional ("if it comes out", "if it announces") before a noun in 리 is no township's address
        "혐의가 드러나면 구속처리 될 것으로 보인다고 밝혔다.",
        "회사가 결과를 발표하면 곧바로 정리될 것이라고 밝혔다.",
    ],
)
def test_korean_words_with_a_place_suffix_stay_words(text: str) -> None:
    assert _drafts(text, "ko") == {}


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Landwirt Gerd Pahlke aus Kienitz musste die Rinder wegbringen.", "Kienitz"),
        ("Die Weiden bei Gusow liegen höher als die Wiesen.", "Gusow"),
        ("Die Familie zog im Sommer nach Groß Neuendorf um.", "Groß Neuendorf"),
    ],
)
def test_german_villages_with_a_slavic_ending_or_an_opener(text: str, village: str) -> None:
    assert _drafts(text, "de").get(village) == "place"


@pytest.mark.parametrize("text", ["Die Firma kam aus Besitz und Wohnsitz heraus.", "Er sprach aus Vorsitz."])
def test_german_nouns_with_those_endings_stay_words(text: str) -> None:
    assert _drafts(text, "de") == {}


def test_serra_grande_is_no_serra() -> None:
    drafts = _drafts("Na vila de Serra Grande, cooperativas vendem amêndoas fermentadas.", "pt")
    assert "Serra" not in drafts, drafts


def test_campina_grande_stays_whole() -> None:
    assert _drafts("Ele mora em Campina Grande desde 2001.", "pt").get("Campina Grande") == "place"


def test_a_village_of_several_words_after_its_noun_is_one_place() -> None:
    drafts = _drafts("Na vila de Serra Grande, cooperativas vendem amêndoas fermentadas.", "pt")
    assert drafts.get("Serra Grande") == "place", drafts


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("As fazendas ficam nas margens do rio de Contas, no sul.", "rio de Contas"),
        ("Os pescadores trabalham no rio das Velhas desde cedo.", "rio das Velhas"),
    ],
)
def test_a_river_named_with_of_after_its_noun_is_a_place(text: str, river: str) -> None:
    assert _drafts(text, "pt").get(river) == "place"


def test_rio_with_of_and_no_article_is_no_river() -> None:
    assert _drafts("Ele disse que rio de Janeiro não é nome.", "pt") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Der Regionalzug fährt seit Montag wieder nach Słubice.", "Słubice"),
        ("Die Milch geht inzwischen nach Gorzów Wielkopolski.", "Gorzów Wielkopolski"),
    ],
)
def test_a_smaller_town_abroad_in_its_own_letters_is_a_place(text: str, town: str) -> None:
    assert _drafts(text, "de").get(town) == "place"


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("회사는 춘천과 삼척의 매장을 넓힐 계획이다.", {"춘천", "삼척"}),  # 삼척: GeoNames names it "Santyoku"
        ("어획량 늘어…춘천·포항 어민들 웃었다.", {"춘천", "포항"}),  # a headline's middle dot
    ],
)
def test_korean_towns_listed_together_are_places(text: str, towns: set[str]) -> None:
    drafts = _drafts(text, "ko")
    for town in towns:
        assert drafts.get(town) == "place", (town, drafts)


def test_words_listed_with_a_middle_dot_stay_words() -> None:
    assert _drafts("사과·배 값이 한꺼번에 올랐다고 밝혔다.", "ko") == {}


@pytest.mark.parametrize(
    ("text", "lands"),
    [
        ("Die Wanderer übernachten im Taunus und im Odenwald.", {"Taunus", "Odenwald"}),
        ("Im Allgäu schneit es schon, auch die Rhön ist weiß.", {"Allgäu", "Rhön"}),
        ("Die Skifahrer fahren am Wochenende in den Harz.", {"Harz"}),
    ],
)
def test_a_german_landscape_that_names_towns_is_a_place(text: str, lands: set[str]) -> None:
    drafts = _drafts(text, "de")
    for land in lands:
        assert drafts.get(land) == "place", (land, drafts)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wir gehen im Walde spazieren und sitzen am See.", "See"),
        ("Der Brenner der Heizung ist seit Montag kaputt.", "Brenner"),
        ("Im Zelt stand den ganzen Abend der Kocher an.", "Kocher"),
        ("Er wohnt seit Jahren in Königstein im Taunus.", "Taunus"),
    ],
)
def test_common_nouns_and_town_qualifiers_are_no_landscape(text: str, word: str) -> None:
    assert word not in _drafts(text, "de")


@pytest.mark.parametrize(
    ("text", "rivers"),
    [
        ("Woda w Nysie Kłodzkiej opadła, ale nad Odrą wciąż jest groźnie.", {"Nysa Kłodzka", "Odra"}),
        ("Most przez Białą Lądecką zamknięto na tydzień.", {"Biała Lądecka"}),
        ("Mieszkańcy nad Wisłą i Bugiem czekają na pomoc.", {"Wisła", "Bug"}),
    ],
)
def test_a_polish_river_is_read_back_to_its_name(text: str, rivers: set[str]) -> None:
    drafts = _drafts(text, "pl")
    for river in rivers:
        assert drafts.get(river) == "place", (river, drafts)


def test_a_regional_adjective_in_a_bodys_name_is_no_landscape() -> None:
    assert _drafts("Die Abgeordneten der Bremischen Bürgerschaft stimmten am Abend ab.", "de") == {}


@pytest.mark.parametrize(
    ("text", "state"), [("No Pará, a safra deve crescer.", "Pará"), ("No Paraná, a soja cresce.", "Paraná")]
)
def test_a_region_after_a_preposition_opening_the_sentence_is_a_place(text: str, state: str) -> None:
    assert _drafts(text, "pt").get(state) == "place"


def test_an_accented_name_is_no_lower_case_word_without_its_accent() -> None:
    text = "Vendem amêndoas para chocolatarias. No Pará, hoje o maior produtor do país, a safra cresce."
    assert _drafts(text, "pt").get("Pará") == "place"


def test_a_direction_after_a_city_is_no_township() -> None:
    drafts = _drafts("버스는 청주시 방면으로 향했다고 밝혔다.", "ko")
    assert "방면" not in drafts, drafts
