"""Round reallang49: rules found reading real German, Russian, Korean and Portuguese national news pages (tech,
finance, crime, politics) by hand. Invented sentences and invented persons and firms throughout; the places are real,
since in another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_an_agency_s_named_service_in_the_dateline_bracket_names_the_town() -> None:
    drafts = _kinds(
        "FRANKFURT (dpa-AFX Broker) - Eine gesenkte Prognose hat die Aktien des Zulieferers Kerbelwerk am Montag "
        "belastet. Sie verloren zuletzt 4,1 Prozent.",
        "de",
    )
    # the agency's bracket may hold its service's name: the town before it is where the story was written
    assert drafts == {"Frankfurt": "place"}


def test_towns_run_into_the_story_s_first_sentence_are_its_dateline() -> None:
    # a bold dateline set before the first sentence, with no dash once the page is text
    drafts = _kinds(
        "Frankfurt/Bangalore Die Gewinne des Softwarehauses Lindqvist sind im dritten Quartal eingebrochen.", "de"
    )
    assert drafts == {"Frankfurt": "place", "Bangalore": "place"}
    # an article right after the town opens the sentence: no club named "Köln Der"
    assert _kinds("Köln Der Stadtrat hat am Montag den neuen Haushalt beschlossen.", "de") == {"Köln": "place"}


def test_a_maker_s_name_before_a_place_s_names_its_model() -> None:
    drafts = _kinds(
        "Der Dodge Durango und der Ferrari Roma wurden in Hamburg vorgestellt. Neben Huaweis Kirin-Prozessoren "
        "nutzt der Hersteller Brellix auch fremde Chips.",
        "de",
    )
    # the models and the chip are named after places; the show was in Hamburg
    assert drafts == {"Hamburg": "place"}


def test_a_place_s_name_after_a_masculine_article_in_german_is_a_car() -> None:
    drafts = _kinds("Der Händler Vormbach bietet den Santa Fe jetzt günstiger an, sagte er in Bremen.", "de")
    # a German town takes no article; the car model does
    assert drafts == {"Bremen": "place"}
    # ...and so does a metropolis's nickname, which stays the city
    nickname = _kinds("Im Video nimmt uns die Bloggerin Hella Marbach mit in den Big Apple.", "de")
    assert nickname == {"Big Apple": "place"}


def test_a_korean_town_before_an_industry_s_noun_and_its_works_names_the_town() -> None:
    drafts = _kinds("정부는 용인 반도체 클러스터 조성을 서두르기로 했다. 한 업체는 울산 자동차 공장을 증설한다.", "ko")
    # "<town> <industry> <works>": the chip cluster of Yongin, the car plant of Ulsan
    assert drafts.get("용인") == "place"
    assert drafts.get("울산") == "place"


def test_a_korean_site_steelworks_or_shipyard_joined_to_its_town_names_the_town() -> None:
    drafts = _kinds("가상전자 화성사업장에서 27일 불이 났다. 같은 날 광양제철소에도 점검반이 도착했다.", "ko")
    assert drafts.get("화성") == "place"
    assert drafts.get("광양") == "place"


def test_a_palace_named_by_its_quarter_is_what_the_quarter_s_name_means_on_the_page() -> None:
    drafts = _kinds(
        "O Presidente da República recebeu ontem em Belém os líderes dos partidos. No Palácio de Belém, falou-se "
        "do orçamento e da crise na habitação em Lisboa.",
        "pt",
    )
    # Portugal's presidency, not Belém in Brazil; Lisbon stays
    assert "Belém" not in drafts
    assert drafts.get("Lisboa") == "place"


def test_korean_states_abbreviated_to_a_syllable_and_joined_by_a_middle_dot_are_the_states() -> None:
    drafts = _kinds("미·중 갈등이 길어지자 한ㆍ일 두 나라 장관이 27일 만났다. 러·우 전쟁도 논의했다.", "ko")
    assert drafts == {
        "United States": "state",
        "China": "state",
        "South Korea": "state",
        "Japan": "state",
        "Russia": "state",
        "Ukraine": "state",
    }
    # every syllable of the chain must be a state's: middle and high school, work and family, first and second half
    assert _kinds("중·고등학교 교사들은 일·가정 양립과 상·하반기 일정을 논의했다.", "ko") == {}


def test_the_gaza_strip_hyphened_in_german_and_the_west_bank_in_portuguese_are_places() -> None:
    # German may write a compound noun with a hyphen; Portuguese names the West Bank "Cisjordânia"
    assert _kinds("Ein Mann aus dem Gaza-Streifen wurde in Köln festgenommen.", "de") == {
        "Gaza-Streifen": "place",
        "Köln": "place",
    }
    assert _kinds("O exército entrou na Cisjordânia na terça-feira.", "pt") == {"Cisjordânia": "place"}


def test_a_brazilian_court_prosecutor_or_police_named_after_its_seat_names_the_town() -> None:
    drafts = _kinds(
        "A Promotoria de Justiça de Muriaé denunciou o vereador Tadeu Brasílio. A 2ª Vara Criminal de Ipatinga "
        "marcou a audiência, e a Polícia Civil de Lavras ouviu as testemunhas.",
        "pt",
    )
    assert drafts == {"Muriaé": "place", "Ipatinga": "place", "Lavras": "place"}
    # a court's field, not its seat, may follow "de"
    assert _kinds("A 1ª Vara de Fazenda Pública suspendeu o contrato.", "pt") == {}


def test_a_capital_opening_a_sentence_before_a_government_s_verb_in_the_past_is_the_city() -> None:
    # news reports what a government did by its capital, in the past as often as in the present
    assert _kinds("Moskau wies die Vorwürfe am Dienstag zurück. Peking kritisierte die neuen Zölle.", "de") == {
        "Moskau": "place",
        "Peking": "place",
    }
    assert _kinds("Moscou negou as acusações de espionagem.", "pt") == {"Moscou": "place"}


def test_north_rhine_westphalia_by_its_initials_is_the_land() -> None:
    drafts = _kinds("Der NRW-Innenminister Bernd Kolvenbach warnte am Montag vor Gewalt in NRW.", "de")
    assert drafts == {"NRW": "place"}


def test_the_west_bank_declined_in_russian_is_the_land() -> None:
    drafts = _kinds("Израиль расширил поселения на Западном берегу, сообщили в Рамалле.", "ru")
    assert drafts.get("Западный берег") == "place"
    # a river's other bank is no land of a table
    assert _kinds("Новый мост построят на Левом берегу к осени.", "ru") == {}


def test_a_region_inside_a_share_index_s_name_is_no_place() -> None:
    drafts = _kinds("Der Stoxx Europe 600 legte am Freitag zu, der Nikkei in Tokio ebenfalls.", "de")
    # the index is named by its maker, its region and its size; Tokyo is where the Nikkei trades
    assert drafts == {"Tokio": "place"}


def test_silicon_valley_is_a_place_in_every_language() -> None:
    assert _kinds("Das Start-up Quellwerk aus dem Silicon Valley sammelte Geld ein.", "de") == {
        "Silicon Valley": "place"
    }
    assert _kinds("Стартап из Кремниевой долины привлек инвестиции.", "ru") == {"Кремниевая долина": "place"}
    assert _kinds("실리콘밸리 스타트업이 투자를 유치했다.", "ko") == {"실리콘밸리": "place"}


def test_the_gaza_strip_named_by_its_declined_noun_in_russian_is_the_strip() -> None:
    drafts = _kinds("Гуманитарная ситуация в секторе Газа ухудшилась, заявил представитель фонда «Веста».", "ru")
    assert drafts == {"сектор Газа": "place"}
