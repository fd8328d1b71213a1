"""Round lang51: local government, regional courts, transport strikes and weather disasters in German,
Russian, Portuguese, Korean and Italian (towns in lists beside people who bear their names, routes
named by their towns, prepositions of direction).

Invented examples; the places are real but differ from the benchmark pages' own.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Os ônibus pararam em Campinas, Sorocaba e Jundiaí. O vereador Marcos Sorocaba de Lima criticou a empresa.",
            "Sorocaba",
        ),
        ("A polícia patrulha entre o Montijo e Alcochete. Por Ana dos Santos Montijo.", "Montijo"),
        ("A polícia patrulha entre o Cadaval e Bombarral. Por Ana dos Santos Cadaval.", "Cadaval"),
        ("As escolas dos concelhos de Arganil, Góis e Lousã fecharam. O vereador João Góis Neto protestou.", "Góis"),
    ],
)
def test_a_town_in_a_list_of_places_beside_a_person_who_bears_its_name(text: str, town: str) -> None:
    assert draft_kinds(text, language="pt").get(town) == "place"


def test_a_person_in_a_list_of_persons_stays_a_person() -> None:
    text = "Votaram contra Ana Costa, Marcos Sorocaba e Pedro Lima. O vereador Marcos Sorocaba falou."
    assert "Sorocaba" not in draft_kinds(text, language="pt")


@pytest.mark.parametrize(
    ("text", "language", "towns"),
    [
        ("Движение по трассе Джубга — Сочи перекрыто из-за схода грунта.", "ru", {"Сочи"}),
        ("Сообщение по линии Омск–Тюмень восстановлено.", "ru", {"Тюмень"}),
        ("Sulla tratta Brescia–Cremona i treni sono fermi.", "it", {"Brescia", "Cremona"}),
        ("Die Strecke Ulm–Friedrichshafen ist gesperrt.", "de", {"Ulm", "Friedrichshafen"}),
        ("O trecho Campinas–Limeira da rodovia está lento.", "pt", {"Limeira"}),
    ],
)
def test_towns_joined_by_dashes_after_a_noun_of_a_route(text: str, language: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language=language)
    assert {town for town in towns if kinds.get(town) == "place"} == towns


def test_names_joined_by_dashes_after_other_nouns_are_not_routes() -> None:
    assert draft_kinds("Die Linie Müller–Schmidt setzte sich durch.", language="de") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("I pendolari diretti verso Cremona aspettano in banchina.", "Cremona"),
        ("Un incidente presso Lugo blocca la strada provinciale.", "Lugo"),
    ],
)
def test_an_italian_town_after_towards_or_near(text: str, town: str) -> None:
    assert draft_kinds(text, language="it").get(town) == "place"


@pytest.mark.parametrize(
    "text", ["Andiamo verso Natale con fiducia.", "Lavora presso Fiat da anni.", "Guardava verso Giulia con affetto."]
)
def test_towards_a_feast_a_firm_or_a_person_names_no_town(text: str) -> None:
    assert draft_kinds(text, language="it") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Участок дороги у Осташкова отремонтирован дважды.", "Осташков"),
        ("Деревни у Кашина остались без света.", "Кашин"),
        ("Авария на трассе у Ефремова унесла две жизни.", "Ефремов"),
    ],
)
def test_a_russian_town_shaped_like_a_surname_near_a_road_or_village(text: str, town: str) -> None:
    assert draft_kinds(text, language="ru").get(town) == "place"


@pytest.mark.parametrize(
    "text", ["Обыски у Глазова прошли утром.", "Деньги у Серова изъяли.", "Полиция нашла оружие у Кирсанова."]
)
def test_at_a_persons_after_a_deed_or_a_thing_stays_a_person(text: str) -> None:
    assert draft_kinds(text, language="ru") == {}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Nagold lehnt den Zuschuss ab, weil die Stadt sparen muss.", {"Nagold"}),
        ("Der Kreistag tagte am Montag. Bretten dagegen zeigt sich offen.", {"Bretten"}),
        ("Sindelfingen und Herrenberg haben ihre Bäder abgegeben.", {"Sindelfingen", "Herrenberg"}),
    ],
)
def test_a_home_town_opening_a_sentence_on_a_page_that_reports_no_match(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="de")
    assert {town for town in towns if kinds.get(town) == "place"} == towns


@pytest.mark.parametrize(
    "text",
    [
        "Sinsheim verliert das Spiel gegen Walldorf. Der Trainer war bedient, die Tabelle ist eng.",
        "Löhne und Gehälter steigen im nächsten Jahr.",
        "Weiden voller Schafe säumen den Weg zur Alm.",
    ],
)
def test_a_club_on_a_sports_page_and_nouns_opening_a_sentence_stay_unread(text: str) -> None:
    assert draft_kinds(text, language="de") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [("주민 200여명이 원주 시청 앞에서 집회를 열었다.", "원주"), ("순천 시청 공무원이 체포됐다.", "순천")],
)
def test_a_korean_city_before_its_city_hall_or_provincial_office(text: str, town: str) -> None:
    assert draft_kinds(text, language="ko").get(town) == "place"


@pytest.mark.parametrize(
    ("text", "landscape"),
    [
        ("Im unteren Remstal regnet es seit Tagen.", "Remstal"),
        ("Im ganzen Kraichgau regnet es seit Tagen.", "Kraichgau"),
        ("Aus dem oberen Kinzigtal kommen viele Pendler.", "Kinzigtal"),
    ],
)
def test_a_german_landscape_after_an_adjective_of_its_part(text: str, landscape: str) -> None:
    assert draft_kinds(text, language="de").get(landscape) == "place"


@pytest.mark.parametrize("text", ["Im oberen Stockwerk brennt Licht.", "Im mittleren Quartal stieg der Umsatz."])
def test_a_floor_or_a_quarter_after_such_an_adjective_is_no_landscape(text: str) -> None:
    assert draft_kinds(text, language="de") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("LATINA – Il consiglio comunale si riunisce stasera.", "Latina"),
        ("Il corteo è arrivato a Massa nel pomeriggio.", "Massa"),
        ("Il treno arriva a Potenza alle otto.", "Potenza"),
    ],
)
def test_an_italian_town_named_by_a_frequent_word_in_its_dateline_or_after_a(text: str, town: str) -> None:
    assert draft_kinds(text, language="it").get(town) == "place"


@pytest.mark.parametrize("text", ["Ha scritto una lettera a Stella.", "Ha detto a Marino di restare."])
def test_to_a_person_named_like_a_town_names_no_town(text: str) -> None:
    assert draft_kinds(text, language="it") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Von Petra Olpe. Ein Bücherbus aus Olpe könnte die Dörfer anfahren.", "Olpe"),
        ("Von Jens Lindlar. Die Schule in Lindlar bleibt geöffnet.", "Lindlar"),
    ],
)
def test_a_german_town_after_in_or_aus_beside_a_person_who_bears_its_name(text: str, town: str) -> None:
    assert draft_kinds(text, language="de").get(town) == "place"


def test_between_a_person_and_a_body_names_no_town() -> None:
    text = "Kanzler Olaf Hagen sprach. Zwischen Hagen und der Partei gibt es Streit."
    assert draft_kinds(text, language="de") == {}


_KNOWN_TONDELA = [Actor(id="helena-tondela", name="Helena Tondela", kind=ActorKind.person)]


def test_a_town_listed_between_towns_is_not_a_known_person_who_bears_its_name() -> None:
    text = "As escolas dos concelhos de Mortágua, Tondela, Nelas e Mangualde fecham. A vereadora Tondela protestou."
    extraction = extract(text, None, _KNOWN_TONDELA, set(), "t", language="pt")
    assert [m.text for m in extraction.mentions if m.actor_id == "helena-tondela"] == ["Tondela"]  # the councillor
    assert any(draft.name == "Tondela" and draft.kind is ActorKind.place for draft in extraction.actors)


def test_a_known_person_listed_among_persons_stays_that_person() -> None:
    text = "Votaram Ana Costa, Tondela e Pedro Lima. A vereadora Tondela protestou."
    extraction = extract(text, None, _KNOWN_TONDELA, set(), "t", language="pt")
    assert [m.text for m in extraction.mentions if m.actor_id == "helena-tondela"] == ["Tondela", "Tondela"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A escola fica em Castro Daire, no distrito de Viseu.", "Castro Daire"),
        ("A feira realiza-se em Figueira de Castelo Rodrigo.", "Figueira de Castelo Rodrigo"),
        ("O incêndio começou em Celorico de Basto.", "Celorico de Basto"),
        ("As escolas de Arganil, Góis e Castro Daire fecham.", "Castro Daire"),  # closing a list after a village
    ],
)
def test_a_small_town_of_several_words_after_a_preposition(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="pt")
    assert kinds.get(town) == "place"
    assert town.split()[0] not in kinds  # not its first word alone ("Castro")


def test_a_person_of_several_names_after_em_is_no_town() -> None:
    assert draft_kinds("Votou em Rui Castro Daire nas eleições.", language="pt") == {}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("O grupo viaja para Batalha e Leiria.", {"Batalha", "Leiria"}),
        ("A caravana segue para Bonito e Jardim.", {"Bonito", "Jardim"}),
    ],
)
def test_a_home_town_named_by_a_frequent_word_capitalised_after_para(text: str, towns: set[str]) -> None:
    kinds = draft_kinds(text, language="pt")
    assert {town for town in towns if kinds.get(town) == "place"} == towns


@pytest.mark.parametrize(
    "text",
    [
        "Comprou um presente para Carolina e Pedro.",
        "Ele passou a bola para Cunha.",
        "A polícia ficou de guarda. O grupo segue para Guarda amanhã.",  # the text writes the word too
    ],
)
def test_para_before_a_person_or_a_word_written_in_lower_case_names_no_town(text: str) -> None:
    assert draft_kinds(text, language="pt") == {}


@pytest.mark.parametrize(
    ("text", "islands"),
    [
        ("백령도와 연평도 주민들이 대피했다.", {"백령도", "연평도"}),
        ("안면도에서 축제가 열렸다.", {"안면도"}),
    ],
)
def test_a_well_known_korean_island_named_bare(text: str, islands: set[str]) -> None:
    kinds = draft_kinds(text, language="ko")
    assert {island for island in islands if kinds.get(island) == "place"} == islands


def test_a_quakes_intensity_is_no_island() -> None:
    assert draft_kinds("진도 5의 지진이 발생했다.", language="ko") == {}


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Hausbesitzer in Oberfranken wurden betrogen.", "Oberfranken"),
        ("Die Firma liefert nach Unterfranken.", "Unterfranken"),
    ],
)
def test_a_bavarian_land_named_by_a_prefix_before_a_historic_land(text: str, land: str) -> None:
    assert draft_kinds(text, language="de").get(land) == "place"


def test_a_town_whose_name_goes_on_past_an_elided_particle_is_read_whole() -> None:
    text = "A associação reúne famílias de Cacoal, Rolim de Moura e Alta Floresta d'Oeste."
    assert "Alta Floresta" not in draft_kinds(text, language="pt")
