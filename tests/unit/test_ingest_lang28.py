"""Lang round 28 of invented text, in languages other than English (states and places only).
- Russian districts: a place's adjective in -ск-/-цк- before a form of "район" ("в Кежморском районе",
  "Пудожского и Шолминского районов") is the district, read back to its nominative;
- a plural noun for municipalities or districts opens a list of their names ("die Landkreise
  Wettelbach, Kelheim und Landshut", "les communes de Vaussole et de Manosque")."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _drafts(text: str, language: str) -> dict[str, str]:
    return {name: kind.value for name, kind in draft_kinds(text, language).items()}


@pytest.mark.parametrize(
    ("text", "districts"),
    [
        ("Жители Кежморского района третью неделю ждут паром.", ["Кежморский район"]),
        ("В Кежморском районе закрыли переправу.", ["Кежморский район"]),
        ("Глава района обратился к Кежморскому району за помощью.", ["Кежморский район"]),
        ("Рыбаки из Пудожского и Шолминского районов недовольны ценами.", ["Пудожский район", "Шолминский район"]),
        ("Паром ходит только в Шолминском и Кежморском районах.", ["Шолминский район", "Кежморский район"]),
        ("Управление Повенецкого района переехало.", ["Повенецкий район"]),
    ],
)
def test_a_russian_district_is_read_back_to_its_nominative(text: str, districts: list[str]) -> None:
    drafts = _drafts(text, "ru")
    for district in districts:
        assert drafts.get(district) == "place", (district, drafts)


@pytest.mark.parametrize(
    "text",
    [
        "Глава Красного района приехал на открытие.",  # no adjective of a place in -ск-
        "Пинежский рыбак выходит на воду в пять утра.",  # no district noun after it
    ],
)
def test_no_district_without_a_place_adjective_and_the_noun(text: str) -> None:
    assert not [name for name in _drafts(text, "ru") if name.endswith("район")]


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        (
            "Die Betriebe liegen in den Landkreisen Wettelbach, Kelheim, Freising und Landshut.",
            "de",
            ["Wettelbach", "Kelheim", "Freising", "Landshut"],
        ),
        ("Die Landkreise Fulda, Rhön-Wettgau und Bad Kissingen werben gemeinsam.", "de", ["Rhön-Wettgau", "Fulda"]),
        ("In den Gemeinden Hildtorf und Tannwies wird gesammelt.", "de", ["Hildtorf", "Tannwies"]),
        ("Die Ortsteile Kessling und Brammau bekommen Glasfaser.", "de", ["Kessling", "Brammau"]),
        ("Les communes de Vaussole et de Manosque protestent.", "fr", ["Vaussole", "Manosque"]),
        ("Les villages de Puimesson, Riaz et Saint-Jorce se vident.", "fr", ["Puimesson", "Riaz", "Saint-Jorce"]),
        ("Los municipios de Orcilla, Silvares y Benataz pierden gente.", "es", ["Orcilla", "Silvares", "Benataz"]),
        ("I comuni di Roccasorba e Valdifosso hanno chiuso le scuole.", "it", ["Roccasorba", "Valdifosso"]),
        ("Os concelhos de Penalvinho e Sortelhão pedem apoio.", "pt", ["Penalvinho", "Sortelhão"]),
    ],
)
def test_a_plural_settlement_noun_opens_a_list_of_places(text: str, language: str, places: list[str]) -> None:
    drafts = _drafts(text, language)
    for place in places:
        assert drafts.get(place) == "place", (place, drafts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Orte Wachstum und Frieden sind ihm wichtig.", "de"),  # common nouns
        ("Die Gemeinden Müller und Schmidt klagen.", "de"),  # surnames
        ("Los pueblos de Juan y María celebran la fiesta.", "es"),  # given names
        ("Die Gemeinden Brammau haben geklagt.", "de"),  # no list: one name after a plural
    ],
)
def test_a_plural_settlement_noun_before_words_or_people_makes_no_place(text: str, language: str) -> None:
    assert not [name for name, kind in _drafts(text, language).items() if kind == "place"]


@pytest.mark.parametrize(
    ("text", "villages"),
    [
        ("Hart trifft es die Höfe rund um Nandelstadt.", ["Nandelstadt"]),  # "rund um"
        ("Rund um Gerstfeld und Poppelhausen gibt es Sammelstellen.", ["Gerstfeld", "Poppelhausen"]),  # -feld
        ("Er wohnt in Wendelsbühl, Kirchelstadt und Rabenfels.", ["Wendelsbühl", "Kirchelstadt", "Rabenfels"]),
    ],
)
def test_german_villages_around_a_place_and_listed_after_one(text: str, villages: list[str]) -> None:
    drafts = _drafts(text, "de")
    for village in villages:
        assert drafts.get(village) == "place", (village, drafts)


@pytest.mark.parametrize(
    "text",
    [
        "Es geht rund um Geld und Macht.",  # "rund um" before common nouns
        "Das passiert im Umfeld der Partei.",  # a common noun in -feld takes an article
        "Die Kirchelstadt und Rabenfels GmbH baut aus.",  # a list with no preposition before it
    ],
)
def test_german_words_around_or_in_a_list_make_no_village(text: str) -> None:
    assert not [name for name, kind in _drafts(text, "de").items() if kind == "place"]


@pytest.mark.parametrize(
    ("text", "language", "village"),
    [
        ("Il vend son miel sur les marchés de Forcalquet et de Marseille.", "fr", "Forcalquet"),
        ("I commercianti di Brivella e di Ancona comprano altrove.", "it", "Brivella"),
    ],
)
def test_a_village_listed_with_a_known_town_after_a_repeated_of(text: str, language: str, village: str) -> None:
    assert _drafts(text, language).get(village) == "place"


def test_a_person_listed_with_a_town_after_a_repeated_of_is_no_place() -> None:
    drafts = _drafts("C'est le livre de Dupuis et de Marseille, paru hier.", "fr")
    assert "Dupuis" not in drafts


def test_a_home_town_listed_after_a_known_town_is_read() -> None:
    drafts = _drafts("Los costes duplican los de la campiña de Úbeda o Baeza.", "es")
    assert drafts.get("Baeza") == "place"


def test_a_part_of_a_hyphened_name_is_no_listed_village() -> None:
    drafts = _drafts("Vão plantar sobreiros perto de Évora e de Montemor-o-Novo.", "pt")
    assert "Montemor" not in drafts


def test_a_russian_river_opening_a_sentence_is_read() -> None:
    assert _drafts("Река Шолмега обмелела так, что паром садится на мель.", "ru").get("Шолмега") == "place"


def test_a_russian_river_named_as_a_person_elsewhere_is_no_river() -> None:
    assert "Шолмега" not in _drafts("Вера Шолмега пришла в редакцию. Река Шолмега обмелела.", "ru")


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Переправа у деревни Шотовка закрыта с сентября.", "Шотовка"),
        ("Он вырос в деревне Кушмала на левом берегу.", "Кушмала"),
        ("Жители села Ульмега ходят пешком.", "Ульмега"),
        ("Продукты везут в посёлок Карпогорье по лесной дороге.", "Карпогорье"),
    ],
)
def test_a_russian_village_after_its_noun_is_a_place(text: str, village: str) -> None:
    assert _drafts(text, "ru").get(village) == "place"


def test_a_russian_village_noun_before_a_word_makes_no_place() -> None:
    assert not _drafts("В посёлке Новом нет света, жители деревни ждут.", "ru")


@pytest.mark.parametrize(
    ("text", "language", "village"),
    [
        (
            "Les lavandes reculent\nLe prix s'effondre.\nVALENSELLE. Les touristes continuent de venir.",
            "fr",
            "Valenselle",
        ),
        ("Паром не ходит\nЖители ждут\nКАРПОГОРЬЕ. Паромная переправа закрыта.", "ru", "Карпогорье"),
        ("Olivares en riesgo\nEntradilla\nBEAS DE SEGURILLA. En las laderas crecen olivos.", "es", "Beas de Segurilla"),
        ("Tartufi in calo\nSommario\nSAN PIETRO ALVENTA – Alle sei esce con i cani.", "it", "San Pietro Alventa"),
        ("Äpfel bleiben liegen\nVorspann.\nHildersau. Auf den Wiesen liegen die Äpfel.", "de", "Hildersau"),
    ],
)
def test_a_village_dateline_opening_the_article_is_a_place(text: str, language: str, village: str) -> None:
    assert _drafts(text, language).get(village) == "place"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Titel\nFazit. Das war ein gutes Jahr.", "de"),  # a word of the language
        ("Titolo\nMARIO BELLOTTI – Alle sei esce con i cani.", "it"),  # a person
        ("Titre\nFRONTEX. Les garde-côtes de FRONTEX patrouillent.", "fr"),  # an acronym the text writes again
        ("Titel\nEins\nZwei\nDrei\nVier\nFünf\nSechs\nWettelbach. Das Dorf feiert.", "de"),  # not where a dateline is
    ],
)
def test_a_line_opening_word_that_is_no_dateline_makes_no_place(text: str, language: str) -> None:
    assert not [name for name, kind in _drafts(text, language).items() if kind == "place"]


@pytest.mark.parametrize(
    ("text", "language", "village"),
    [
        ("En Génave y Torres de Albánchez ya hay olivares sin recoger.", "es", "Torres de Albánchez"),
        ("Va a Capracotta e a San Pietro Alventa ogni giorno.", "it", "San Pietro Alventa"),
        ("Nel comune di Ussita e a Castelvento sul Nera le stalle sono chiuse.", "it", "Castelvento sul Nera"),
        ("Vive em Fundão e em Vila Nova de Penalvinho.", "pt", "Vila Nova de Penalvinho"),
    ],
)
def test_a_village_of_several_words_in_a_list_is_one_place(text: str, language: str, village: str) -> None:
    assert _drafts(text, language).get(village) == "place"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ho parlato con Mario e con Giuseppe Verdi ieri sera.", "it"),  # people
        # frequent words at both ends, no village GeoNames knows ("Segura de la Sierra" is one: a place)
        ("Tiene doce hectáreas entre Hornos y Segura de la Noche.", "es"),
    ],
)
def test_words_of_several_capitals_in_a_list_make_no_village(text: str, language: str) -> None:
    drafts = _drafts(text, language)
    assert not [name for name in drafts if " " in name]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("La cooperativa Virgen de la Vega paga la aceituna a 0,60 euros.", "es", "la Vega"),
        ("La fiesta de Nuestra Señora de Guadalupe atrae a miles.", "es", "Guadalupe"),
        ("Il santuario della Madonna di Loreto è pieno.", "it", "Loreto"),
    ],
)
def test_a_place_in_a_dedication_is_no_mention_of_it(text: str, language: str, place: str) -> None:
    assert place not in _drafts(text, language)


def test_a_bigger_towns_accented_name_beats_a_smaller_towns_plain_one() -> None:
    from dossier.ingest.gazetteer import gazetteer

    place = gazetteer().lookup(("jaen",))
    assert place is not None and place.country == "Spain"  # Jaén (113,000), not Jaen in the Philippines
    assert _drafts("La provincia de Jaén tiene más de 500.000 hectáreas de olivar.", "es").get("Jaén") == "place"


def test_a_plain_name_of_the_same_country_keeps_its_town() -> None:
    from dossier.ingest.gazetteer import gazetteer

    place = gazetteer().lookup(("lohne",))
    assert place is not None and place.name == "Lohne"  # Lohne and Löhne are two German towns


def test_italian_a_opening_a_sentence_is_a_preposition_of_place() -> None:
    drafts = _drafts("Le estati sono secche. A Campobasso e a Isernia molti hanno venduto i cani.", "it")
    assert drafts.get("Campobasso") == "place"


def test_portuguese_a_opening_a_sentence_stays_an_article() -> None:
    assert "Palmas" not in _drafts("Ontem à noite. A Palmas venceu o jogo em casa.", "pt")


def test_a_village_as_frequent_as_a_small_towns_name_beside_a_known_town() -> None:
    assert _drafts("Le famiglie si sono trasferite a Camerino o a Macerata.", "it").get("Camerino") == "place"


def test_frequent_words_listed_with_no_known_town_make_no_village() -> None:
    assert not _drafts("Le famiglie festeggiano a Natale o a Pasqua con i nonni.", "it")


def test_a_town_opening_a_firms_name_in_a_list_is_no_place() -> None:
    drafts = _drafts("Der Dax schließt fester. Salzgitter und Hannover Rück sind gefragt.", "de")
    assert "Hannover" not in drafts


def test_a_german_village_with_no_ending_listed_with_one_that_has_it() -> None:
    drafts = _drafts("Ob das reicht, bezweifeln viele in Ehrenwang und Ebersburg.", "de")
    assert drafts.get("Ehrenwang") == "place"
    assert drafts.get("Ebersburg") == "place"


def test_german_rare_nouns_listed_after_a_preposition_make_no_village() -> None:
    assert not _drafts("Er kam aus Quarantäne und Kurzarbeit zurück in den Betrieb.", "de")
