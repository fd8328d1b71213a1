"""Round lang54: a fraud trial, a pollution fine, a fleet strike, a recall and a municipal merger in German,
Russian, Portuguese, Korean and Dutch (Flanders as a home of Dutch news, a town's council "van" its town).

Invented examples; the places are real but differ from the benchmark pages' own.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def test_a_flemish_town_named_by_a_dutch_word_after_in() -> None:
    # "boom" is a tree, "mol" a mole: capitalised after "in" inside a sentence, Flanders' towns
    kinds = draft_kinds("Het bedrijf opent een tweede fabriek in Boom en een loods in Mol.", language="nl")
    assert kinds.get("Boom") == "place" and kinds.get("Mol") == "place", kinds


def test_a_dutch_town_after_its_council_or_residents_van() -> None:
    kinds = draft_kinds("De gemeenteraad van Lier stemde gisteren, de inwoners van Wetteren volgen.", language="nl")
    assert kinds.get("Lier") == "place" and kinds.get("Wetteren") == "place", kinds


def test_a_dutch_family_name_after_van_stays_a_name() -> None:
    # "van" opens family names too: only a town's council, mayor or residents take a town after it
    kinds = draft_kinds("Het nieuwe boek van Boom verschijnt in maart.", language="nl")
    assert "Boom" not in kinds, kinds


def test_a_german_town_listed_after_a_town_named_with_its_river_or_land() -> None:
    # "an der", "in der", "ob der" inside the first town's name: the list still carries its "in"
    kinds = draft_kinds(
        "Der Betrieb hat Lager in Rothenburg ob der Tauber und Dinkelsbühl,"
        " Büros in Landau in der Pfalz und Germersheim.",
        language="de",
    )
    assert {"Rothenburg ob der Tauber", "Dinkelsbühl", "Landau in der Pfalz", "Germersheim"} <= set(kinds), kinds


def test_a_german_village_listed_after_a_town_named_with_its_river() -> None:
    kinds = draft_kinds("Die Winzer aus Neustadt an der Weinstraße und Deidesheim protestieren.", language="de")
    assert kinds.get("Deidesheim") == "place", kinds


def test_low_country_lands_named_with_their_article() -> None:
    kinds = draft_kinds(
        "Het Hageland en het Meetjesland krijgen steun; ook boeren op de Betuwe en in Salland tekenden.", language="nl"
    )
    assert {"Hageland", "Meetjesland", "Betuwe", "Salland"} <= set(kinds), kinds


def test_a_low_country_land_opening_a_longer_name_is_not_read() -> None:
    assert "Achterhoek" not in draft_kinds("Hij werkt bij de Achterhoek Groep in Doetinchem.", language="nl")


def test_dutch_villages_after_a_noun_for_them() -> None:
    kinds = draft_kinds(
        "De dorpen Tielen en Lichtaart wachten op een fietspad; in de deelgemeente Tongerlo is het rustig.",
        language="nl",
    )
    assert {"Tielen", "Lichtaart", "Tongerlo"} <= set(kinds), kinds


def test_dutch_given_names_after_a_noun_for_villages_stay_names() -> None:
    kinds = draft_kinds("In de dorpen Marie en Jan blijft het stil.", language="nl")
    assert not kinds, kinds


def test_georgia_after_the_united_states_in_korean_is_the_us_state() -> None:
    kinds = draft_kinds("이 회사는 미국 조지아에 배터리 공장을 짓는다.", language="ko")
    assert kinds.get("조지아") == "place", kinds


def test_georgia_alone_in_korean_stays_the_state() -> None:
    kinds = draft_kinds("조지아 정부는 흑해 항구를 확장한다고 밝혔다.", language="ko")
    assert kinds.get("Georgia") == "state", kinds


def test_a_portuguese_list_after_a_capitalised_preposition_opening_the_sentence() -> None:
    # "Guarda" is a frequent word (a guard); capitalised after "Em" it still carries the list on
    kinds = draft_kinds("Em Guarda e Gouveia faltam médicos de família.", language="pt")
    assert kinds.get("Gouveia") == "place", kinds


def test_a_home_capital_named_bare_as_its_government() -> None:
    kinds = draft_kinds("O sindicato culpa Lisboa pelo atraso dos apoios.", language="pt")
    assert kinds.get("Lisboa") == "place", kinds
    kinds = draft_kinds("De boeren verwijten Amsterdam een gebrek aan steun.", language="nl")
    assert kinds.get("Amsterdam") == "place", kinds


def test_a_capital_s_name_after_a_given_name_stays_a_surname() -> None:
    assert "Amsterdam" not in draft_kinds("Volgens Jan Amsterdam komt de steun te laat.", language="nl")


def test_a_dutch_canal_named_with_its_noun_joined() -> None:
    kinds = draft_kinds("De binnenvaart via het Julianakanaal en het Twentekanaal ligt stil.", language="nl")
    assert {"Julianakanaal", "Twentekanaal"} <= set(kinds), kinds
    assert not draft_kinds("Kanaal 5 zendt de wedstrijd uit.", language="nl")


def test_a_russian_middle_part_of_a_land_names_the_land() -> None:
    kinds = draft_kinds("Морозы на Среднем Урале продержатся до выходных.", language="ru")
    assert kinds.get("Урал") == "place", kinds


def test_a_swiss_town_after_in_on_a_german_page() -> None:
    # German news is written in Switzerland too: its towns need no "Schweiz" on the page
    kinds = draft_kinds(
        "Die Druckerei eröffnet eine Filiale in Frauenfeld, Kunden aus Aarau zahlen weniger.", language="de"
    )
    assert kinds.get("Frauenfeld") == "place" and kinds.get("Aarau") == "place", kinds


def test_a_swiss_town_named_by_a_frequent_german_word_stays_a_word() -> None:
    assert "Zug" not in draft_kinds("Die Pendler warten in Zug und Bus auf Anschluss.", language="de")


def test_an_austrian_district_and_its_authority_name_their_town() -> None:
    kinds = draft_kinds(
        "Im Bezirk Liezen schneit es; die Bezirkshauptmannschaft Gmunden sperrt die Straße.", language="de"
    )
    assert kinds.get("Liezen") == "place" and kinds.get("Gmunden") == "place", kinds


def test_a_portuguese_parish_after_its_council() -> None:
    kinds = draft_kinds("O presidente da Junta de Freguesia de Paranhos pediu mais policiamento.", language="pt")
    assert kinds.get("Paranhos") == "place", kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("강릉시장 후보 세 명이 토론했다.", "강릉"),
        ("봉화군수가 사과문을 냈다.", "봉화"),
        ("김해시의회는 조례를 고쳤다.", "김해"),
    ],
)
def test_a_korean_town_joined_to_its_office(text: str, town: str) -> None:
    assert draft_kinds(text, language="ko").get(town) == "place"


def test_a_korean_market_named_by_a_word_is_no_town() -> None:
    assert not draft_kinds("부동산시장과 주식시장이 동시에 흔들렸다.", language="ko")


def test_a_foreign_town_after_its_state_as_hangul_hears_it() -> None:
    # Hangul writes "ph" as p: 하이퐁 is Haiphong, right after Vietnam
    kinds = draft_kinds("부품은 베트남 하이퐁 공장에서 들여온다.", language="ko")
    assert kinds.get("하이퐁") == "place", kinds


def test_a_dutch_town_after_its_region_s_adjective() -> None:
    kinds = draft_kinds("De brouwerij in het Limburgse Bree en de mouterij uit het Brabantse Veghel.", language="nl")
    assert kinds.get("Bree") == "place" and kinds.get("Veghel") == "place", kinds


def test_a_dutch_route_from_one_town_to_another() -> None:
    kinds = draft_kinds("De lijn rijdt voortaan van Lier naar Heist-op-den-Berg.", language="nl")
    assert kinds.get("Lier") == "place", kinds


def test_a_dutch_list_joined_by_en_carries_its_preposition_to_a_frequent_word() -> None:
    kinds = draft_kinds("De brug tussen Kasterlee en Mol blijft een maand dicht.", language="nl")
    assert kinds.get("Mol") == "place", kinds


def test_an_austrian_court_named_with_its_matters_before_its_seat() -> None:
    kinds = draft_kinds("Das Landesgericht für Strafsachen Linz vertagte den Prozess.", language="de")
    assert kinds.get("Linz") == "place", kinds


def test_a_german_route_opening_its_sentence() -> None:
    kinds = draft_kinds("Von Leibnitz nach Gleisdorf fährt kein Bus mehr.", language="de")
    assert kinds.get("Leibnitz") == "place", kinds


def test_a_brazilian_town_after_its_council_of_councillors() -> None:
    kinds = draft_kinds("A Câmara de Vereadores de Caruaru aprovou a taxa do lixo.", language="pt")
    assert kinds.get("Caruaru") == "place", kinds


def test_towns_after_a_plural_noun_opening_the_sentence() -> None:
    kinds = draft_kinds("Agricultores de Cascavel e Toledo bloquearam a rodovia.", language="pt")
    assert kinds.get("Cascavel") == "place" and kinds.get("Toledo") == "place", kinds
    assert "Portugal" not in draft_kinds("Banco de Portugal mantém os juros.", language="pt")


def test_a_home_town_named_as_a_bigger_town_abroad_carries_a_list() -> None:
    # GeoNames' Laguna is Californian; on a Portuguese page it is the town in Santa Catarina
    kinds = draft_kinds("Os armadores de Laguna e Imbituba pedem dragagem.", language="pt")
    assert kinds.get("Imbituba") == "place", kinds


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("La ditta Verdi Impianti S.r.l. di Imola ha chiuso.", "it", "Imola"),
        ("Transportes Gil S.L., de Plasencia, despidió a veinte.", "es", "Plasencia"),
        ("A Metalúrgica Souza Ltda., de Americana, demitiu.", "pt", "Americana"),
    ],
)
def test_a_firm_s_seat_after_its_legal_form(text: str, language: str, town: str) -> None:
    assert draft_kinds(text, language=language).get(town) == "place"


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("El Ayuntamiento de Llerena aprobó el presupuesto.", "es", "Llerena"),
        ("La Audiencia Provincial de Cáceres absolvió al alcalde.", "es", "Cáceres"),
        ("Il Comune di Lugo ha approvato il bilancio.", "it", "Lugo"),
        ("La Procura di Forlì ha aperto un fascicolo.", "it", "Forlì"),
    ],
)
def test_a_town_after_its_own_office(text: str, language: str, town: str) -> None:
    assert draft_kinds(text, language=language).get(town) == "place"


def test_a_polish_town_after_its_residents_or_mayor() -> None:
    kinds = draft_kinds("Mieszkańcy Raciborza skarżą się, a burmistrz Pszczyny milczy.", language="pl")
    assert kinds.get("Racibórz") == "place" and kinds.get("Pszczyna") == "place", kinds
    assert "Kowalski" not in draft_kinds("Burmistrz Kowalski podpisał umowę.", language="pl")


def test_a_swedish_municipality_before_its_noun() -> None:
    kinds = draft_kinds("Tingsryds kommun och Lessebo kommun delar nu räddningstjänst.", language="sv")
    assert kinds.get("Tingsryd") == "place" and kinds.get("Lessebo") == "place", kinds
