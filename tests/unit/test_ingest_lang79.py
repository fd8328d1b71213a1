"""Round lang79: uncased names of several words (Hebrew, Hindi) drafted whole, with no first word as alias; ...

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def _aliases(text: str, language: str) -> dict[str, set[str]]:
    extraction = extract(text, None, [], set(), "test-drafts", language=language)
    return {draft.name: set(draft.aliases) for draft in extraction.actors}


@pytest.mark.parametrize(
    ("language", "text", "name", "first_word"),
    [
        ("he", "המשפחה עברה מחולון לרמת גן בשנה שעברה.", "רמת גן", "רמת"),
        ("he", "הטיסה מתל אביב יצאה באיחור של שעה.", "תל אביב", "תל"),
        ("hi", "पश्चिम बंगाल में चुनाव की तैयारी शुरू हो गई है।", "पश्चिम बंगाल", "पश्चिम"),
    ],
)
def test_an_uncased_name_of_two_words_has_no_first_word_alias(
    language: str, text: str, name: str, first_word: str
) -> None:
    aliases = _aliases(text, language)
    assert name in aliases, aliases
    assert first_word not in aliases[name]


@pytest.mark.parametrize(
    ("text", "islands"),
    [
        ("Os pescadores do Corvo e das Flores venderam menos atum este ano.", {"Corvo", "Flores"}),
        ("O turismo rural cresceu na ilha Graciosa e no Faial.", {"Graciosa", "Faial"}),
        ("No Pico, a vindima começou cedo.", {"Pico"}),
    ],
)
def test_an_island_after_the_article_of_its_gender_is_a_place(text: str, islands: set[str]) -> None:
    kinds = _kinds(text, "pt")
    assert {name for name in islands if kinds.get(name) == "place"} == islands, kinds


def test_an_island_name_without_its_article_is_no_island() -> None:
    # a man named Flores, a mountain's longer name and a wine beside the island named with its article
    kinds = _kinds(
        "O ministro Paulo Flores subiu ao Pico da Bandeira. Bebeu um vinho da Madeira. No Corvo não há loja.", "pt"
    )
    assert kinds.get("Corvo") == "place" and not {"Flores", "Pico", "Madeira"} & set(kinds), kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("O juiz Carlos Lousã explicou a decisão. O julgamento decorre perto da Lousã.", "Lousã"),
        ("A procuradora Ana Guarda falou aos jornalistas. A feira abre na Guarda em maio.", "Guarda"),
    ],
)
def test_a_town_after_in_the_or_near_the_is_no_family_name(text: str, town: str) -> None:
    assert _kinds(text, "pt").get(town) == "place"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an island, a lake, a range: a name and a landform's noun after a hyphen, the noun in a case
        ("Nyáron a Csepel-szigeten és a Velencei-tavon is sok a turista.", {"Csepel-sziget", "Velencei-tó"}),
        # lands of one word, after the article or with an ending of place
        ("A Mátra és a Bükk között új turistaút épül, a Hortobágyon pedig darvak pihennek.", {"Mátra", "Bükk"}),
        ("Télen a Dunakanyarban és a Zemplénben is leesett az első hó.", {"Dunakanyar", "Zemplén"}),
    ],
)
def test_a_hungarian_landform_or_land_named_bare_is_a_place(text: str, names: set[str]) -> None:
    kinds = _kinds(text, "hu")
    assert {name for name in names if kinds.get(name) == "place"} == names, kinds


def test_a_hungarian_land_inside_a_longer_name_is_no_place() -> None:
    kinds = _kinds("A Mátra Erőmű bezár, de a Bakonyban új munkahelyek nyílnak.", "hu")
    assert "Mátra" not in kinds and kinds.get("Bakony") == "place", kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the anusvara for a nasal's half letter, a short "u" for a long one: the city GeoNames spells otherwise
        ("बेंगलुरु में आज भारी बारिश हुई।", "बेंगलुरु"),
        # a spelling GeoNames gives beside the one it lists first
        ("मांड्या के किसान परेशान हैं।", "मांड्या"),
    ],
)
def test_a_hindi_town_written_in_another_of_its_spellings_is_a_place(text: str, town: str) -> None:
    assert _kinds(text, "hi").get(town) == "place"


@pytest.mark.parametrize(
    ("text", "rivers"),
    [
        ("Die Pegel steigen zwischen Regen und Donau weiter.", {"Regen", "Donau"}),
        ("Die Pegel an Donau und Regen steigen weiter, zwischen Regen und Sonne wechselt das Wetter.", {"Donau"}),
    ],
)
def test_a_german_river_named_by_a_noun_is_a_river_beside_a_known_river(text: str, rivers: set[str]) -> None:
    kinds = _kinds(text, "de")
    assert {name for name in rivers if kinds.get(name) == "place"} == rivers, kinds
    assert kinds.get("Sonne") is None


@pytest.mark.parametrize(
    ("text", "lands"),
    [
        ("Viele Saisonkräfte kommen aus Schlesien und Pommern.", {"Schlesien", "Pommern"}),
        ("In Mähren regnet es seit Tagen, der Hochofen in Lothringen steht still.", {"Mähren", "Lothringen"}),
    ],
)
def test_a_historic_land_after_a_bare_german_preposition_is_a_place(text: str, lands: set[str]) -> None:
    kinds = _kinds(text, "de")
    assert {name for name in lands if kinds.get(name) == "place"} == lands, kinds


def test_a_norwegian_county_of_2024_named_bare_is_a_place() -> None:
    kinds = _kinds("Østfold får nye busser i vår, og Finnmark fylkeskommune vil bygge flere kaier.", "no")
    assert kinds.get("Østfold") == "place" and kinds.get("Finnmark") == "place", kinds


def test_a_hebrew_landform_noun_and_a_rare_word_after_it_are_one_place() -> None:
    kinds = _kinds("המטיילים ירדו בנחל שורק וטיפסו על הר תבור, אבל נחל יבש ליד הבית אינו מקום.", "he")
    assert kinds.get("נחל שורק") == "place" and kinds.get("הר תבור") == "place", kinds
    assert not any(name.startswith("נחל יבש") for name in kinds), kinds


def test_an_indian_river_in_hindi_is_a_place() -> None:
    kinds = _kinds("सतलुज और ब्यास में जलस्तर बढ़ गया है।", "hi")
    assert kinds.get("सतलुज") == "place" and kinds.get("ब्यास") == "place", kinds


def test_a_smaller_israeli_town_of_a_rare_name_is_a_place() -> None:
    extraction = extract("בקצרין ובמצפה רמון ירד שלג, ולהבים גבוהים עלו מהיער.", None, [], set(), "t", language="he")
    kinds = {draft.name: str(draft.kind) for draft in extraction.actors}
    assert kinds.get("קצרין") == "place" and kinds.get("מצפה רמון") == "place", kinds
    assert "להבים" not in kinds  # flames: a one-word town's name that is a word stays the word


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("점심을 먹은 뒤 일행은 천안으로 향했다.", "천안"),
        ("새 물류센터는 청주에 있으며 직원 300명이 일한다.", "청주"),
    ],
)
def test_a_korean_town_that_is_a_word_is_the_town_before_a_verb_of_place(text: str, town: str) -> None:
    assert _kinds(text, "ko").get(town) == "place"


def test_a_korean_word_before_another_verb_stays_a_word() -> None:
    kinds = _kinds("이 술은 청주로 만든 것이고, 잔은 청주로 가득 찼다. 손님들은 안동으로 향했다.", "ko")
    assert "청주" not in kinds and kinds.get("안동") == "place", kinds


def test_a_korean_county_before_a_known_mountain_is_the_county() -> None:
    kinds = _kinds("주말에 장수 덕유산 자락과 구례 지리산 계곡에 등산객이 몰렸다.", "ko")
    assert kinds.get("장수") == "place" and kinds.get("구례") == "place", kinds


def test_a_town_listed_after_a_home_namesake_after_a_preposition_is_a_town() -> None:
    # Skagen's spelling is a Dutch town's (Schagen) in the tables, and Danish news names it often
    kinds = _kinds("Turisterne kom fra Skagen og Hirtshals med den sidste bus.", "da")
    assert kinds.get("Hirtshals") == "place", kinds


def test_a_korean_town_before_and_in_a_list_keeps_its_particles() -> None:
    # the particles of the verb rule are a table of their own: "과" still lists "도쿄돔과 방콕"
    kinds = _kinds("투어는 서울에서 시작해 도쿄돔과 방콕을 거친 뒤 청주에 도착한다.", "ko")
    assert kinds.get("도쿄") == "place" and kinds.get("청주") == "place", kinds
