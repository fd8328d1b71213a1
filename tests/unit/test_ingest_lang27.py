"""Lang round 27 of invented text, in languages other than English (states and places only).
- Italian "da" before a town ("chi viene da Perugia o da Ancona");
- Romance villages the tables do not hold, read from a list after a bare preposition of place ("en
  Tielvar, en Sotrín y en Poncedo", "tra Borgotto e Casalvento", "a Fossella o a Macerata");
- mountain ranges named by a range noun ("los Picos de Europa", "i Monti Sibillini"): the range is a
  place, and the place named inside it is no separate draft."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _drafts(text: str, language: str) -> dict[str, str]:
    return {name: kind.value for name, kind in draft_kinds(text, language).items()}


def test_italian_da_before_a_town_names_the_town() -> None:
    drafts = _drafts("Chi viene da Perugia o da Ancona vuole vedere dove nasce il formaggio.", "it")
    assert drafts.get("Perugia") == "place"
    assert drafts.get("Ancona") == "place"


def test_italian_da_before_a_person_or_a_word_makes_no_place() -> None:
    drafts = _drafts("Il quadro fu dipinto da Leonardo da Vinci e restaurato da Marco Bellotti.", "it")
    assert "Vinci" not in drafts
    assert "Bellotti" not in drafts


@pytest.mark.parametrize(
    ("text", "language", "villages"),
    [
        (
            "En Tielvar, en Sotrín y en Poncedo varias cuevas llevan años vacías.",
            "es",
            ["Tielvar", "Sotrín", "Poncedo"],
        ),
        ("Tra Borgotto e Casalvento le greggi si sono dimezzate.", "it", ["Borgotto", "Casalvento"]),
        ("Le famiglie si sono trasferite a Fossella o a Macerata.", "it", ["Fossella"]),
        ("Os pastores vivem em Alvarrinho e em Sobralhão desde sempre.", "pt", ["Alvarrinho", "Sobralhão"]),
        ("Les bergers vont à Quirmont et à Lavessac chaque été.", "fr", ["Quirmont", "Lavessac"]),
    ],
)
def test_a_romance_village_listed_after_a_preposition_is_a_place(text: str, language: str, villages: list[str]) -> None:
    drafts = _drafts(text, language)
    for village in villages:
        assert drafts.get(village) == "place"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # people named in full before: the surnames after "tra" are no villages
        ("Ne hanno parlato Gianna Brussoli e Antonio Vettraschi. Lo scontro tra Brussoli e Vettraschi continua.", "it"),
        # one rare word after a preposition, with no list to tell it: no village
        ("Ha lavorato a Pierbuzzi per dieci anni.", "it"),
        # a frequent word is a word
        ("Lo hanno detto a Pace e a Guerra.", "it"),
    ],
)
def test_a_list_of_people_or_a_lone_word_makes_no_village(text: str, language: str) -> None:
    drafts = _drafts(text, language)
    assert not any(kind == "place" for kind in drafts.values()), drafts


@pytest.mark.parametrize(
    ("text", "language", "range_name", "inner"),
    [
        ("Quedan productores en los Picos de Europa y pocos jóvenes.", "es", "Picos de Europa", "Europa"),
        ("I pastori dei Monti Sibillini vendono il latte fuori regione.", "it", "Monti Sibillini", None),
        ("Os lobos voltaram à Serra da Estrela este inverno.", "pt", "Serra da Estrela", None),
    ],
)
def test_a_mountain_range_is_one_place(text: str, language: str, range_name: str, inner: str | None) -> None:
    drafts = _drafts(text, language)
    assert drafts.get(range_name) == "place"
    if inner is not None:
        assert inner not in drafts


def test_a_range_noun_as_a_surname_makes_no_range() -> None:
    drafts = _drafts("Il governo di Mario Monti cadde nel novembre.", "it")
    assert not any(kind == "place" for kind in drafts.values()), drafts


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Le aziende sulle sponde del lago di Fiastrone registrano presenze in crescita.", "it", "Fiastrone"),
        ("Los turistas suben al lago de Ercinal en autobús.", "es", "Ercinal"),
    ],
)
def test_a_lake_named_after_a_rare_word_is_a_place(text: str, language: str, place: str) -> None:
    assert _drafts(text, language).get(place) == "place"


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("Рыбаки ставят сети у устья реки Шолмы.", "Шолма"),
        ("Мост через реку Шолму построили в прошлом году.", "Шолма"),
        ("Ниже по течению реки Кежмоги стоит деревня.", "Кежмога"),
        ("Паром через реку Днестр не ходит.", "Днестр"),
    ],
)
def test_a_russian_river_after_a_form_of_river_is_read_back_to_its_name(text: str, river: str) -> None:
    assert _drafts(text, "ru").get(river) == "place"


def test_a_russian_river_in_a_case_that_hides_its_name_is_not_guessed() -> None:
    drafts = _drafts("Рыбаки живут на реке Шолме.", "ru")
    assert not any(kind == "place" for kind in drafts.values()), drafts


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Auf den Kahlflächen oberhalb von Kirchelstadt pflanzen Schulklassen Buchen.", "Kirchelstadt"),
        ("Der Betrieb in Rabenfels hat im Sommer aufgegeben.", "Rabenfels"),
        ("Ein Sägewerk bei Wettau sucht einen Käufer.", "Wettau"),
        # no ending to tell it, but listed beside a town the table holds
        ("Kleine Sägewerke zwischen Kronach und Neilach kämpfen ums Überleben.", "Neilach"),
    ],
)
def test_a_german_village_by_its_ending_or_its_list_is_a_place(text: str, village: str) -> None:
    assert _drafts(text, "de").get(village) == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Das Holz kommt aus Kronach und Fichtenwäldern.",
        "Die Familie zog in Rohbau und Anbau zugleich ein.",
        "Sie pendelt zwischen Politik und Wirtschaft.",
    ],
)
def test_a_german_noun_in_a_list_or_with_a_common_ending_is_no_village(text: str) -> None:
    drafts = _drafts(text, "de")
    assert set(drafts) <= {"Kronach"}, drafts


def test_a_list_needs_one_item_after_a_bare_preposition_only() -> None:
    drafts = _drafts("Os associados têm pomares no Fundão, em Belmonte e em Penalvinho, e alguns trazem fruta.", "pt")
    assert drafts.get("Penalvinho") == "place"


@pytest.mark.parametrize(
    ("text", "language", "range_name"),
    [
        ("A Serra da Estrela protege os pomares do vento.", "pt", "Serra da Estrela"),
        ("SELVENA – Sul Monte Selvago la stagione delle castagne si chiude.", "it", "Monte Selvago"),
    ],
)
def test_a_range_after_a_capitalised_article_is_one_place(text: str, language: str, range_name: str) -> None:
    assert _drafts(text, language).get(range_name) == "place"


def test_a_bank_named_monte_makes_no_range() -> None:
    drafts = _drafts("La banca Monte dei Paschi ha chiuso il bilancio.", "it")
    assert not any(kind == "place" for kind in drafts.values()), drafts


def test_a_list_opening_after_no_preposition_names_no_village() -> None:
    drafts = _drafts("In Japan stieg der Tokkai, in Hongkong fiel der Index.", "de")
    assert "Tokkai" not in drafts


def test_a_list_opening_with_of_names_a_village_after_a_preposition() -> None:
    drafts = _drafts("Nel comune di Ussolata e a Castelvento diverse stalle sono inagibili.", "it")
    assert drafts.get("Castelvento") == "place"
