"""Round reallang50: rules found reading real German, Russian, Korean and Portuguese news pages where names are dense
(regional politics and courts, market reports, tech pages naming foreign firms and cities, crime pages naming streets
and districts) by hand. Invented sentences and invented persons and firms throughout; the places are real, since in
another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_brazilian_towns_before_their_state_s_code_are_the_towns() -> None:
    drafts = _kinds(
        "A quadrilha de Tavinho Reis agia em Sorriso (MT), Rio Verde e Jataí (GO) e também em Cáceres e "
        "Várzea Grande (MT), segundo a investigação.",
        "pt",
    )
    # a town before its state's code ("Jataí (GO)"), and the first of two towns sharing one ("Cáceres e Várzea
    # Grande (MT)"): Cáceres of Mato Grosso, though Spain's Cáceres holds the spelling
    assert drafts.get("Jataí") == "place"
    assert drafts.get("Cáceres") == "place"
    assert drafts.get("Goiás") == "place"


def test_an_everyday_word_that_is_a_town_abroad_holds_no_district() -> None:
    # "지난" (last) is also how Korean writes Jinan, China: "지난 선거구" is the last constituency, no district of it
    drafts = _kinds("남양주시는 지난 선거구 대비 2개 선거구가 늘어 시의원 정수도 2명 더 증가됐다.", "ko")
    assert "선거구" not in drafts
    assert drafts.get("남양주") == "place"
    # a district after its city stays the district, Korea's or abroad
    drafts = _kinds("서울 강남구와 송파구 아파트값이 올랐고 베이징 차오양구 공장도 멈췄다.", "ko")
    assert drafts.get("강남구") == "place" and drafts.get("송파구") == "place" and drafts.get("차오양구") == "place"


def test_a_name_with_its_share_class_or_price_in_a_market_report_is_a_listed_firm() -> None:
    drafts = _kinds(
        "O Ibovespa subiu 1,2% com a alta dos bancos, com destaque para Santander (Unit +2,41%), enquanto a "
        "Tavora Energia ON caiu 0,8%. Em Santos, o porto bateu recorde.",
        "pt",
    )
    # the bank named like the Spanish city, with its shares' class: no place; the port town stays
    assert "Santander" not in drafts
    assert drafts.get("Santos") == "place"


def test_a_city_court_named_by_a_city_whose_name_is_the_adjective_is_that_city_s() -> None:
    drafts = _kinds(
        "Приговор Игорю Тальцеву вынес Волжский городской суд, а жалобу его адвоката рассмотрит Московский "
        "городской суд.",
        "ru",
    )
    # Volzhsky (the city's name is the adjective), not the smaller Volzhsk its stem spells; Moscow stays Moscow
    assert drafts.get("Волжский") == "place"
    assert "Волжск" not in drafts
    assert drafts.get("Москва") == "place"


def test_korean_towns_listed_each_with_its_figure_in_brackets_are_the_towns() -> None:
    drafts = _kinds(
        "이번 주 수도권에서는 의정부(-0.21%)·광명(-0.12%)·구리(-0.08%)가 내렸고 인천(-0.05%)과 경기(-0.03%)도 "
        "약세였다.",
        "ko",
    )
    # the list goes on past each town's bracket of figures, as a dotted list of towns does
    for town in ("의정부", "광명", "구리", "인천", "경기도"):
        assert drafts.get(town) == "place"
    # two everyday words with their figures stay words ("고령": old age, "영양": nutrition)
    assert _kinds("노인 가구의 고령(3.5%)·영양(2.1%) 비율이 높다.", "ko") == {}


def test_every_item_of_a_list_after_a_noun_of_towns_and_a_colon_is_a_town() -> None:
    drafts = _kinds(
        "O movimento de Rui Tavelo manteve a maioria em quatro concelhos do distrito: Mafra, Amadora, Cadaval e "
        "Sintra.",
        "pt",
    )
    # Amadora (175,000 people, and a word: "amateur") as Cadaval: the colon after "concelhos" opens a list of towns
    assert drafts == {"Mafra": "place", "Amadora": "place", "Cadaval": "place", "Sintra": "place"}


def test_a_federation_s_state_after_the_noun_for_it_is_the_state() -> None:
    drafts = _kinds(
        "Компания Дорвелл построит завод в Остине, штат Техас, а губернатор штата Калифорния выступил против.", "ru"
    )
    # "штат Техас": the noun names what follows, though "Техас" and "Калифорния" are frequent words elsewhere
    assert drafts.get("Техас") == "place"
    assert drafts.get("Калифорния") == "place"
    assert _kinds("A Tavora Chips abrirá uma fábrica no estado do Texas.", "pt").get("Texas") == "place"


def test_a_russian_town_named_with_the_district_that_bears_its_adjective_is_the_town() -> None:
    drafts = _kinds("Депутаты Кунгура и Кунгурского района поддержали бюджет, сообщил Павел Ордин.", "ru")
    # the town in the genitive, with no preposition: its district's adjective beside it places it
    assert drafts == {"Кунгур": "place", "Кунгурский район": "place"}


def _found_by(text: str, language: str) -> dict[str, str]:
    """What each draft says it was found by: the gazetteer's place it is linked to, as a reviewer reads it."""
    return {draft.name: draft.found_by for draft in extract(text, None, [], set(), "t", language=language).actors}


def test_gwangju_listed_among_gyeonggi_towns_is_gyeonggi_s_city() -> None:
    found = _found_by("이번 주 용인(-0.11%)·광주(-0.09%)·이천(-0.02%)이 내렸다. 광주와 전남에는 비가 내렸다.", "ko")
    # one draft, 광주; listed with Yongin and Icheon it is Gyeonggi's city, not the metropolitan city of the south-west
    assert "Gwangju-si (Gyeonggi)" in found["광주"]
    found = _found_by("대구·광주·대전 아파트값이 내렸다.", "ko")
    assert "gazetteer: Gwangju " in found["광주"]


def test_a_dotted_run_of_towns_goes_on_past_each_town_s_figures() -> None:
    drafts = _kinds("이번 주 용인(-0.11%)·광주(-0.09%)·이천(-0.02%)이 내렸다.", "ko")
    # the first town of the run too, as in "용인·광주·이천"
    assert drafts == {"용인": "place", "광주": "place", "이천": "place"}
    # shares of three everyday words that name counties, no city among them: no towns
    assert _kinds("노인 가구의 고령(3.5%)·영양(2.1%)·음성(1.1%) 비율이 높다.", "ko") == {}


def test_a_town_s_name_undeclined_after_a_firm_noun_in_russian_is_the_firm_s_name() -> None:
    drafts = _kinds("Бумаги банка Санкт-Петербург выросли на 2%, сообщил аналитик Олег Тарвин из Казани.", "ru")
    # "банка Санкт-Петербург": the name stays in the nominative, so it is the bank's; the city would be declined
    assert "Санкт-Петербург" not in drafts
    assert drafts.get("Казань") == "place"
    # declined after the noun, it is the city: "the bank of St Petersburg"
    assert _kinds("Руководство банка Санкт-Петербурга сменилось.", "ru").get("Санкт-Петербург") == "place"


def test_a_name_rising_or_falling_by_a_percentage_on_a_market_page_is_a_share() -> None:
    drafts = _kinds(
        "No pregão desta terça, a Bolsa teve alta: Porto Seguro subiu 3,1% e Pão de Açúcar e Americanas recuaram "
        "1,5%, disse Ana Tavolo.",
        "pt",
    )
    # the insurer and the retailer, named like towns of Bahia and Alagoas: no places
    assert "Porto Seguro" not in drafts and "Pão de Açúcar" not in drafts
    # a town after a preposition stays the town, though a figure in percent follows
    drafts = _kinds("Die Aktien legten zu. Die Mieten in Heidelberg stiegen um 3 Prozent.", "de")
    assert drafts.get("Heidelberg") == "place"


def test_a_brazilian_neighbourhood_s_head_word_is_no_town() -> None:
    drafts = _kinds(
        "Os dois foram presos na Avenida Brasil, no Jardim Europa, zona sul de Goiânia, disse o delegado Caio Tavarez.",
        "pt",
    )
    # "Jardim Europa" is a neighbourhood: no town of Jardim (Mato Grosso do Sul), though Brazil is named
    assert drafts == {"Goiânia": "place"}
    # the town itself, alone after its preposition
    assert _kinds("Ele mora em Jardim, no Mato Grosso do Sul.", "pt").get("Jardim") == "place"


def test_a_foreign_town_after_its_state_or_province_s_name_in_korean_is_the_town() -> None:
    drafts = _kinds(
        "반도체 업체 태린테크는 미국 텍사스주 오스틴에 공장을 짓고, 캘리포니아주 새너제이에 연구소를 연다.", "ko"
    )
    # the US state's name (with 주 joined) places the town as the country's name does: Austin, San Jose
    assert drafts.get("오스틴") == "place"
    assert drafts.get("새너제이") == "place"


def test_a_town_a_party_won_held_or_lost_is_the_town() -> None:
    drafts = _kinds(
        "Nas autárquicas de domingo, o movimento de Rita Tavolo ficou em terceiro e o PSD manteve Cascais, mas "
        "perdeu Almada para o PS.",
        "pt",
    )
    # the party's letters before the verb, or after the town as the side it was lost to
    assert drafts == {"Cascais": "place", "Almada": "place"}
    # no party: a surname lost from sight, no town
    assert _kinds("O jogador perdeu Almada de vista no segundo tempo.", "pt") == {}
