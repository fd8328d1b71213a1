"""Round lang55: a cross-border train, a bridge, an emergency ward, a road blockade and an earthquake in
Czech, Polish, German, Spanish and Korean (declined town names, towns named with their river).

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the qualifier GeoNames writes in brackets ("Frankfurt (Oder)"), written out in words
        ("Der Bus hält in Frankfurt an der Oder am Bahnhof.", "Frankfurt an der Oder"),
        ("Die Papierfabrik in Schwedt an der Oder stellt ein.", "Schwedt an der Oder"),
        # a qualifier the tables hold as one of the town's spellings
        ("Die Fähre in Kehl am Rhein fährt wieder.", "Kehl am Rhein"),
    ],
)
def test_a_german_town_with_its_qualifier_written_out(text: str, town: str) -> None:
    assert draft_kinds(text, language="de").get(town) == "place", draft_kinds(text, language="de")


def test_two_towns_of_one_name_stay_apart() -> None:
    kinds = draft_kinds("Die Firma zieht von Frankfurt am Main nach Frankfurt an der Oder.", language="de")
    assert {"Frankfurt am Main", "Frankfurt an der Oder"} <= set(kinds), kinds


def test_towns_named_with_the_river_they_lie_on() -> None:
    # no preposition before them: the river after the pair tells they are towns
    kinds = draft_kinds("Gemeinsam planen Guben und Gubin an der Neiße ein Freibad.", language="de")
    assert kinds.get("Guben") == "place" and kinds.get("Gubin") == "place", kinds


def test_a_frequent_noun_by_a_river_stays_a_noun() -> None:
    kinds = draft_kinds("Die Halle an der Oder und die Wiesen am Main stehen unter Wasser.", language="de")
    assert "Halle" not in kinds and "Wiesen" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Nová pobočka se otevře v Kutné Hoře.", "Kutná Hora"),  # a feminine adjective opening the name
        ("Zákazníci z Karviné si stěžují.", "Karviná"),
        ("Ceny bytů v Plzni rostou.", "Plzeň"),  # -eň drops its "e" declined
        ("Koncert se přesouvá do Vídně.", "Vídeň"),
        ("Dodávky do Frýdku-Místku se zpozdí.", "Frýdek-Místek"),  # both joined names declined
    ],
)
def test_a_czech_declined_town_read_back_to_its_name(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="cs")
    assert kinds.get(town) == "place", kinds


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        # a small home town declined after its preposition carries the list on to the next one
        ("Autobusy z Przeworska i Łańcuta kursują częściej.", "pl", "Łańcut"),
    ],
)
def test_a_declined_home_town_carries_its_preposition_to_the_next(text: str, language: str, town: str) -> None:
    kinds = draft_kinds(text, language=language)
    assert kinds.get(town) == "place", kinds


def test_a_famous_foreign_city_in_hangul_on_a_page_naming_its_state() -> None:
    # "오사카" and "나고야" are frequent Korean words for being famous; Japan is named before them
    kinds = draft_kinds("일본 정부는 오사카와 나고야에 대피소를 열었다.", language="ko")
    assert kinds.get("오사카") == "place" and kinds.get("나고야") == "place", kinds


def test_a_foreign_city_in_hangul_without_its_state_stays_unread() -> None:
    assert "오사카" not in draft_kinds("관광객은 오사카를 찾았다.", language="ko")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # Spanish news is written across the Americas: a Bolivian or Ecuadorian village after "en"
        ("Los mineros marcharon en Coroico durante la mañana.", "Coroico"),
        ("La feria artesanal se celebra en Cotacachi cada domingo.", "Cotacachi"),
        # a town after its residents or mayor ("los vecinos de", "el alcalde de"), the list included
        ("Los vecinos de Montero cortaron la carretera.", "Montero"),
    ],
)
def test_a_spanish_american_town(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="es")
    assert kinds.get(town) == "place", kinds


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("Elektrownia wodna na Sanie pracuje pełną mocą.", "San"),
        ("Wały nad Wisłokiem są za niskie.", "Wisłok"),
        ("Kajakarze spłynęli Brdą do Bydgoszczy przez Brdę.", "Brda"),
    ],
)
def test_a_polish_river_declined_after_its_cue(text: str, river: str) -> None:
    kinds = draft_kinds(text, language="pl")
    assert kinds.get(river) == "place", kinds


def test_san_opening_a_longer_name_is_no_river() -> None:
    assert "San" not in draft_kinds("Wrócił z San Sebastián w Hiszpanii.", language="pl")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a lake's name that is a fairly frequent word for being well known, after its noun written small
        ("I traghetti sul lago Trasimeno riprendono a marzo.", "it", "lago Trasimeno"),
        ("Les pêcheurs du lac Léman manquent de perches.", "fr", "lac Léman"),
    ],
)
def test_a_well_known_lake_after_its_noun(text: str, language: str, name: str) -> None:
    kinds = draft_kinds(text, language=language)
    assert kinds.get(name) == "place", kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a town where Spanish news is written too, after "desde", "hasta" or "hacia" as a home town
        ("Los camiones salieron desde Villazón muy temprano.", "Villazón"),
        ("La caravana avanzó hasta Riberalta sin incidentes.", "Riberalta"),
    ],
)
def test_a_spanish_american_town_after_from_or_as_far_as(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="es")
    assert kinds.get(town) == "place", kinds


def test_as_far_as_a_feast_stays_a_word() -> None:
    assert not draft_kinds("Las obras siguen hasta Navidad.", language="es")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a headline shortens "에서" to "서"
        ("어젯밤 인천서 정전 사고가 났다.", "인천"),
        ("대전서도 첫눈이 내렸다.", "대전"),
    ],
)
def test_a_korean_town_with_the_headline_particle(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="ko")
    assert kinds.get(town) == "place", kinds


def test_a_korean_noun_ending_in_the_particle_stays_a_noun() -> None:
    assert not draft_kinds("경찰서 앞에서 보고서를 읽었다.", language="ko")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # "přes" (via) takes the accusative: a name in -a ends in -u
        ("Objížďka vede přes Jihlavu a Humpolec.", "Jihlava"),
        ("Kamiony jezdí přes Třebíč.", "Třebíč"),
    ],
)
def test_a_czech_town_via_which_a_road_runs(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="cs")
    assert kinds.get(town) == "place", kinds


def test_over_christmas_in_czech_stays_a_word() -> None:
    assert not draft_kinds("Přes Vánoce bude úřad zavřený.", language="cs")


def test_a_german_river_for_its_whole_length() -> None:
    kinds = draft_kinds(
        "Der Pegel steigt an der gesamten Weser, die Schleusen an der ganzen Mosel schließen.", language="de"
    )
    assert kinds.get("Weser") == "place" and kinds.get("Mosel") == "place", kinds


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        # a foreign city under the language's own name, declined after a preposition of place
        ("Delegacja przyleciała z Wilna w poniedziałek.", "pl", "Wilno"),
        ("Targi odbędą się w Kownie.", "pl", "Kowno"),
        ("Kamiony čekají v Řezně na opravu dálnice.", "cs", "Řezno"),
        ("Vlak do Lipska odjíždí v osm.", "cs", "Lipsko"),
    ],
)
def test_a_foreign_city_under_its_declined_own_name(text: str, language: str, town: str) -> None:
    kinds = draft_kinds(text, language=language)
    assert kinds.get(town) == "place", kinds
