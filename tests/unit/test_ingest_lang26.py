"""Lang round 26 of invented text, in languages other than English (states and places only).
- German villages the tables do not hold, named with a cue: after a bare preposition with an ending of
  a settlement's name ("aus Wendelsbühl", "in Kirchhellenrode"), after a noun for a municipality or
  district ("im Landkreis Hochwaldeifel", "die Nachbargemeinde Quirnbach"); Romance "noun + of"
  ("el concejo de Tarbiellu", "il comune di Vallombra");
- a region's part written as one word with a prefix of position ("Niederbayern", "Nordhessen");
- a town's name with "im", "an der", "in der" inside it, when the table holds it ("Furth im Wald");
- German "nahe"/"unweit" and Spanish "a", "desde", "hacia", "hasta" before a town; Spanish
  "provincia", "comarca", "concejo" before a known place;
- "Daun" is no plural (a German plural in "-n" comes from "-e", "-el", "-er");
- Spain's "León" on a Spanish page, not León de los Aldama, whose other spelling it is."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _drafts(text: str, language: str) -> dict[str, str]:
    return {name: kind.value for name, kind in draft_kinds(text, language).items()}


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Der Schäfer Anton Riedl aus Wendelsbühl hat zwölf Lämmer verloren.", "Wendelsbühl"),
        ("In Kirchhellenrode wird die Schule geschlossen.", "Kirchhellenrode"),
        ("Die Feuerwehr in Quastenhausen rückte zweimal aus.", "Quastenhausen"),
        ("Ein Funkmast bei Ostermannsdorf fiel am Abend aus.", "Ostermannsdorf"),
        ("Der Bus fährt nach Haselstedt und zurück.", "Haselstedt"),
        ("Die Gemeinde Quirnbach verkauft ihr altes Rathaus.", "Quirnbach"),
        ("Im Landkreis Hochwaldeifel fehlen Hausärzte.", "Hochwaldeifel"),
        ("Auch in der Nachbargemeinde Lindscheid regt sich Widerstand.", "Lindscheid"),
    ],
)
def test_a_german_village_named_with_a_cue_is_a_place(text: str, village: str) -> None:
    assert _drafts(text, "de").get(village) == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Er lebt seit Jahren im Pflegeheim und im Eigenheim seiner Tochter.",  # nouns take an article
        "Wir sprechen in Dingen der Liebe nicht gern.",  # too short before the ending
        "Die Bürger in Regensburg sind froh, sagt Tobias Wendelsbühl.",  # a surname: no cue before it
    ],
)
def test_a_common_noun_or_a_surname_is_no_village(text: str) -> None:
    drafts = _drafts(text, "de")
    assert not {"Pflegeheim", "Eigenheim", "Dingen", "Wendelsbühl"} & set(drafts), drafts


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("En el concejo de Tarbiellu quedan pocas queserías.", "es", "Tarbiellu"),
        ("Los pastores de la comarca de Valdecorvos piden ayudas.", "es", "Valdecorvos"),
        ("Il comune di Vallombrosina ha chiuso la scuola.", "it", "Vallombrosina"),
        ("O concelho de Serrabela perdeu mil habitantes.", "pt", "Serrabela"),
        ("La commune de Vernouillac a voté le budget.", "fr", "Vernouillac"),
    ],
)
def test_a_place_after_a_municipality_noun_and_of_is_a_place(text: str, language: str, place: str) -> None:
    assert _drafts(text, language).get(place) == "place"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Die Imker fahren mit ihren Völkern bis nach Niederbayern.", "Niederbayern"),
        ("Der Regen traf vor allem Nordhessen.", "Nordhessen"),
        ("Die Firma liefert Saatgut nach Westafrika.", "Westafrika"),
    ],
)
def test_a_part_of_a_region_with_a_prefix_of_position_is_a_place(text: str, region: str) -> None:
    assert _drafts(text, "de").get(region) == "place"


def test_a_prefix_before_a_word_that_names_no_region_makes_no_place() -> None:
    drafts = _drafts("Der Oberbürgermeister eröffnete das Fest in der Südstadt und im Unterhaus.", "de")
    assert not {"Oberbürgermeister", "Südstadt", "Unterhaus"} & set(drafts), drafts


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Imker in Furth im Wald melden eine schwache Ernte.", "Furth im Wald"),
        ("Der Zug nach Neumarkt in der Oberpfalz fällt aus.", "Neumarkt in der Oberpfalz"),
        ("Sie lebt in Frankfurt am Main.", "Frankfurt am Main"),
    ],
)
def test_a_town_with_small_words_inside_its_name_is_read_whole(text: str, town: str) -> None:
    drafts = _drafts(text, "de")
    assert drafts.get(town) == "place", drafts
    assert town.split()[0] not in drafts


def test_a_town_followed_by_im_and_a_noun_is_still_the_town() -> None:
    assert _drafts("In Berlin im Winter ist es kalt.", "de") == {"Berlin": "place"}


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("Das Presswerk nahe Salzwedel stellt zwanzig Leute ein.", "de", "Salzwedel"),
        ("Die Kreisverwaltung in Daun prüft den Antrag.", "de", "Daun"),
        ("Su hijo se marchó a Gijón hace tres años.", "es", "Gijón"),
        ("Los camiones llegan desde Oviedo cada mañana.", "es", "Oviedo"),
        ("En la provincia de León cerraron dos queserías.", "es", "León"),
    ],
)
def test_a_town_after_a_preposition_or_a_province_noun_is_a_place(text: str, language: str, town: str) -> None:
    assert _drafts(text, language).get(town) == "place"


def test_a_german_plural_in_n_of_a_noun_in_e_is_still_a_word() -> None:
    assert "Ulmen" not in _drafts("Die Allee ist mit Linden und Ulmen bepflanzt.", "de")


def test_spanish_a_opening_a_sentence_is_no_cue() -> None:
    assert "Gijón" not in _drafts("A Gijón Martínez le dieron el premio.", "es")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ihre Bienen stehen am Waldrand oberhalb von Waldmünchen.", "Waldmünchen"),
        ("Der Hof liegt südlich von Ostermannsdorf an der Straße.", "Ostermannsdorf"),
    ],
)
def test_a_town_after_a_direction_and_von_is_a_place(text: str, town: str) -> None:
    assert _drafts(text, "de").get(town) == "place"


@pytest.mark.parametrize(
    ("text", "landscape"),
    [
        ("Die Kartoffeln aus der Lüneburger Heide sind billig.", "Lüneburger Heide"),
        ("Die Zuckerrüben wachsen in der Magdeburger Börde.", "Magdeburger Börde"),
        ("Die Wanderer übernachten im Thüringer Wald.", "Thüringer Wald"),
    ],
)
def test_a_landscape_named_by_a_town_adjective_and_a_landscape_noun_is_a_place(text: str, landscape: str) -> None:
    assert _drafts(text, "de").get(landscape) == "place"


def test_a_name_cited_with_a_slash_after_in_is_no_village() -> None:
    drafts = _drafts("Das gilt auch hier (vgl. Hoeren in Kesselheim/Brandt, Praxis des Rechts, S. 12).", "de")
    assert "Kesselheim" not in drafts, drafts
