"""Lang round 29 of invented text, in languages other than English (states and places only).
- a German regional paper's title-case dateline is the village though the article names it again
  ("Wahlbrück. … zwischen Wahlbrück und …"); an acronym written again in capitals stays no place;
- a given name opening a multiword "village" is a person ("o lagar de Joaquim Sarmento");
- Polish neuter towns ("z Kłodzka", "w Opolu") and names that are plurals, in the genitive plural
  ("z Czech i Niemiec", "do Katowic"), are read back to their names."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _drafts(text: str, language: str) -> dict[str, str]:
    return {name: kind.value for name, kind in draft_kinds(text, language).items()}


def test_a_title_case_dateline_named_again_is_the_village() -> None:
    text = "Wahlbrück. Wenn Gernot Tielking morgens das Seil prüft, fährt er zwischen Wahlbrück und dem Ufer."
    assert _drafts(text, "de").get("Wahlbrück") == "place"


def test_an_acronym_written_again_in_capitals_is_no_dateline() -> None:
    assert "NATO" not in _drafts("NATO. Die NATO will mehr Geld für die Ostflanke.", "de")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("O lagar de Joaquim Sarmento, em Frechas, trabalha dia e noite.", "Joaquim Sarmento"),
        ("Os barcos de Américo Tavares Pinho, em Moldes, ficaram no rio.", "Américo Tavares Pinho"),
    ],
)
def test_a_given_name_opening_a_multiword_name_is_no_village(text: str, person: str) -> None:
    drafts = _drafts(text, "pt")
    assert not [name for name in drafts if name in person or person in name], drafts


def test_a_multiword_village_without_a_given_name_stays_a_village() -> None:
    drafts = _drafts("As famílias vivem em Lamas de Orelhão e em Frechas.", "pt")
    assert drafts.get("Lamas de Orelhão") == "place", drafts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Pomoc przyszła z Czech i Niemiec, gdzie powódź też zabrała domy.", {"Czechia": "state", "Germany": "state"}),
        ("Ciężarówki jadą z Niemiec i z Węgier.", {"Germany": "state", "Hungary": "state"}),
        ("Wolontariusze z Wrocławia i Opola sprzątali piwnice.", {"Wrocław": "place", "Opole": "place"}),
        ("W Kłodzku woda wylała na ulice. Pociąg jedzie do Katowic.", {"Kłodzko": "place", "Katowice": "place"}),
    ],
)
def test_polish_neuter_and_plural_names_are_read_back(text: str, names: dict[str, str]) -> None:
    drafts = _drafts(text, "pl")
    for name, kind in names.items():
        assert drafts.get(name) == kind, (name, drafts)


def test_a_polish_word_in_the_genitive_plural_is_no_state() -> None:
    drafts = _drafts("Dzieci wróciły z wakacji i z ferii do domu.", "pl")
    assert not drafts, drafts


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "La noix pousse sur quatre départements : la Dordogne, le Lot, la Corrèze et la Charente.",
            ["Dordogne", "Lot", "Corrèze", "Charente"],
        ),
        ("Les éleveurs de l'Aveyron et du Cantal manifestent, en Corrèze aussi.", ["Aveyron", "Cantal", "Corrèze"]),
        ("Il a plu toute la nuit. La Somme et la Manche sont en alerte.", ["Somme", "Manche"]),
    ],
)
def test_a_french_departement_after_its_article_is_a_place(text: str, places: list[str]) -> None:
    drafts = _drafts(text, "fr")
    for place in places:
        assert drafts.get(place) == "place", (place, drafts)


@pytest.mark.parametrize(
    "text",
    [
        "Il a acheté un lot de noix et payé la somme demandée.",
        "Le Nord vote dimanche, dit Bernard Cher.",
    ],
)
def test_a_french_word_or_the_north_is_no_departement(text: str) -> None:
    assert not _drafts(text, "fr")


def test_a_french_commune_joined_by_hyphens_is_one_place() -> None:
    drafts = _drafts("Dans les vergers de Vallac et de Cénac-et-Saint-Julien, les noix sont petites.", "fr")
    assert drafts.get("Cénac-et-Saint-Julien") == "place", drafts
    assert "Saint-Julien" not in drafts  # the end of the longer name, no town of its own


def test_a_hyphened_person_is_no_commune() -> None:
    assert not _drafts("Selon Jean-Pierre Dupont-Aignan, le marché se ferme.", "fr")


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("A aldeia de Cravelo, abandonada há décadas, ficou sem acesso.", "pt", "Cravelo"),
        ("Il vit dans le village de Vallac depuis 1990.", "fr", "Vallac"),
        ("La aldea de Tresviso quedó aislada por la nieve.", "es", "Tresviso"),
        ("Auch in Partenstein, Wiesthal und Habichsthal klagen die Waldbauern.", "de", "Habichsthal"),
        ("Die Straße nach Heigenbrücken ist gesperrt.", "de", "Heigenbrücken"),
    ],
)
def test_a_village_named_after_its_noun_or_by_its_ending_is_a_place(text: str, language: str, place: str) -> None:
    assert _drafts(text, language).get(place) == "place"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das Haus ist aus Sandstein gebaut und steht bei Brücken aus Holz.", "de"),
        ("A aldeia de Joaquim ficou sem luz.", "pt"),
    ],
)
def test_no_village_from_a_noun_or_a_given_name(text: str, language: str) -> None:
    assert not _drafts(text, language)


def test_a_range_with_its_noun_written_small_is_a_place() -> None:
    drafts = _drafts("Na serra da Freita, a neve juntou-se à chuva.", "pt")
    assert drafts.get("serra da Freita") == "place", drafts


def test_a_russian_village_after_u_is_a_place() -> None:
    drafts = _drafts("В районе не работает переправа у Емецка, паром стоит.", "ru")
    assert drafts.get("Емецк") == "place", drafts


@pytest.mark.parametrize(
    "text",
    ["Деньги есть у Иванова и у Петрова.", "У Медведева спросили про пенсии.", "Встреча прошла у Путина."],
)
def test_a_russian_surname_after_u_is_no_place(text: str) -> None:
    assert not _drafts(text, "ru")


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Il exploite quarante hectares près de Domme, au bord de la rivière.", "fr", "Domme"),
        ("Auch in Partenstein klagen die Waldbauern über den Käfer.", "de", "Partenstein"),
        ("Los olivos en Orcera y en Hornos sufren la sequía.", "es", "Orcera"),
    ],
)
def test_a_village_geonames_knows_after_a_preposition_is_a_place(text: str, language: str, place: str) -> None:
    assert _drafts(text, language).get(place) == "place"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il a parlé à Martel, son voisin, hier soir.", "fr"),  # a surname
        ("Die Ware kommt in Kartons und liegt in Regalen.", "de"),  # nouns
        ("Das Seminar findet in Raum zwölf statt.", "de"),
    ],
)
def test_no_village_from_a_surname_or_a_noun_after_a_preposition(text: str, language: str) -> None:
    assert not _drafts(text, language)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Die Staatsforsten haben im Landkreis Main-Spessart viel Holz eingeschlagen.", "Main-Spessart"),
        ("Der Main-Kinzig-Kreis will Eichen und Buchen pflanzen lassen.", "Main-Kinzig-Kreis"),
        ("Im Kreis Siegen-Wittgenstein regnet es seit Tagen.", "Siegen-Wittgenstein"),
    ],
)
def test_a_german_district_joined_by_hyphens_is_one_place(text: str, district: str) -> None:
    drafts = _drafts(text, "de")
    assert drafts.get(district) == "place", drafts
    assert "Siegen" not in drafts


@pytest.mark.parametrize(
    "text", ["Hans-Peter Müller-Lüdenscheidt kommt morgen.", "Das Max-Planck-Institut forscht im Kreis der Kollegen."]
)
def test_a_hyphened_person_or_institute_is_no_district(text: str) -> None:
    assert not _drafts(text, "de")


def test_a_river_after_its_article_and_noun_is_a_place_however_frequent_a_word() -> None:
    drafts = _drafts("Os olivais ao longo do rio Tua deram metade do habitual.", "pt")
    assert drafts.get("Tua") == "place", drafts


def test_a_verb_and_a_title_word_are_no_river() -> None:
    assert not _drafts("Quando leio isto eu rio Muito.", "pt")


def test_a_saint_and_a_given_name_after_a_bare_preposition_is_a_village() -> None:
    drafts = _drafts("Os bombeiros retiraram doze pessoas em Santa Eulália, em Moldes e em Cabreiros.", "pt")
    assert drafts.get("Santa Eulália") == "place", drafts
    assert drafts.get("Cabreiros") == "place", drafts


@pytest.mark.parametrize("text", ["A festa de Santa Eulália e de São Ginés.", "Rezou a Santa Eulália e a São Ginés."])
def test_a_saints_day_or_a_prayer_is_no_village(text: str) -> None:
    assert not _drafts(text, "pt")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ciągle jeździmy objazdem przez Bystrzycę Kłodzką do pracy.", "Bystrzyca Kłodzka"),
        ("Pojechali w sobotę do Zielonej Góry.", "Zielona Góra"),
        ("Mieszkańcy Stronia Śląskiego wciąż czekają na most.", "Stronie Śląskie"),
    ],
)
def test_a_polish_town_of_two_declined_words_is_read_back(text: str, town: str) -> None:
    drafts = _drafts(text, "pl")
    assert drafts.get(town) == "place", drafts


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        (
            "Les parcs de l'île d'Oléron et du bassin d'Arcachon souffrent, comme l'étang de Thau.",
            "fr",
            ["île d'Oléron", "bassin d'Arcachon", "étang de Thau"],
        ),
        ("Le mont Ventoux domine le pays de Sault.", "fr", ["mont Ventoux", "pays de Sault"]),
        ("El agua del embalse del Tranco baja cada semana.", "es", ["embalse del Tranco"]),
    ],
)
def test_a_landform_or_water_after_its_small_noun_is_a_place(text: str, language: str, places: list[str]) -> None:
    drafts = _drafts(text, language)
    for place in places:
        assert drafts.get(place) == "place", (place, drafts)


@pytest.mark.parametrize(
    "text", ["Le pays de Macron vote dimanche.", "Le lac de Jean est beau en été.", "La forêt de Mathilde pousse."]
)
def test_a_small_noun_before_a_person_is_no_place(text: str) -> None:
    assert not _drafts(text, "fr")


def test_a_multiword_village_geonames_knows_is_one_place() -> None:
    drafts = _drafts("Anselmo tiene doce hectáreas entre Hornos y Segura de la Sierra, calcula.", "es")
    assert drafts.get("Segura de la Sierra") == "place", drafts


def test_villages_after_one_of_are_places_when_geonames_knows_them_all() -> None:
    drafts = _drafts("Las cooperativas de Orcera y Siles pagan la aceituna por debajo del coste.", "es")
    assert drafts.get("Orcera") == "place" and drafts.get("Siles") == "place", drafts


def test_surnames_after_one_of_are_no_villages() -> None:
    assert not _drafts("El libro de García y Pérez se vende bien.", "es")


@pytest.mark.parametrize(
    ("text", "language"),
    [("Selon Météo-France, la vallée a connu son mois le plus sec.", "fr"), ("Radio-Canada en parle.", "fr")],
)
def test_a_state_closing_a_hyphened_name_is_no_mention_of_it(text: str, language: str) -> None:
    assert not _drafts(text, language)


def test_two_places_joined_by_a_hyphen_stay_both() -> None:
    drafts = _drafts("Der Flughafen Berlin-Brandenburg wird gebaut, die Fähre nach Polen-Litauen nicht.", "de")
    assert drafts.get("Berlin") == "place", drafts


def test_a_surname_and_a_town_after_one_of_are_no_villages() -> None:
    assert "Caratinga" not in _drafts("O gol de Machado e Caratinga saiu no fim do jogo.", "pt")
