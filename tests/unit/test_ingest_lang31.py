"""Lang round 31 of invented text, in languages other than English (states and places only).
- Czech, Swedish and Dutch have their rows: prepositions of place ("v Jihlavě", "från Luleå",
  "tussen Deventer en Apeldoorn"), the words that join a list of places ("a", "och", "en"), the
  smaller towns of their own country, and their case endings (Czech declines a town as Polish
  does; Swedish marks its genitive with -s: "Karlstads hamn")."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _drafts(text: str, language: str) -> dict[str, str]:
    return {name: kind.value for name, kind in draft_kinds(text, language).items()}


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        ("Firma otevřela sklad v Jihlavě a novou prodejnu v Pardubicích.", "cs", ["Jihlava", "Pardubice"]),
        ("Zelenina z Kolína jde do Prahy a do Brna.", "cs", ["Kolín", "Praha", "Brno"]),
        ("Pivovar vyváží pivo do Německa a do Rakouska.", "cs", ["Germany", "Austria"]),
        ("Laxen fraktas från Luleå till Gävle varje vecka.", "sv", ["Luleå", "Gävle"]),
        ("Skörden var god vid Arvika och i Karlstad.", "sv", ["Arvika", "Karlstad"]),
        ("Båten ligger i Karlstads hamn sedan i maj, säger kaptenen.", "sv", ["Karlstad"]),
        ("De bloemen gaan van de veiling in Aalsmeer naar Deventer.", "nl", ["Aalsmeer", "Deventer"]),
        ("De weg tussen Deventer en Apeldoorn is dicht, meldt de politie.", "nl", ["Deventer", "Apeldoorn"]),
        ("Een kweker uit Zutphen verkoopt zijn tulpen bij Tiel.", "nl", ["Zutphen", "Tiel"]),
    ],
)
def test_a_town_after_a_preposition_of_place_is_drafted(text: str, language: str, places: list[str]) -> None:
    drafts = _drafts(text, language)
    for place in places:
        assert drafts.get(place) in ("place", "state"), (place, drafts)


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Most přes řeku opravují už druhý rok, říká starosta.", "cs", ["Most"]),  # a bridge
        ("I dag plockar vi lingon i skogen med hela familjen.", "sv", ["Dag"]),
        ("Sommaren var varm i år och bären mognade tidigt.", "sv", ["År"]),
    ],
)
def test_a_common_word_is_no_town(text: str, language: str, words: list[str]) -> None:
    drafts = _drafts(text, language)
    for word in words:
        assert word not in drafts, drafts


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("Рабочие каждый день приезжают из Дмитрова на электричке.", "ru", "Дмитров"),
        ("Завод в Балашове набирает сварщиков.", "ru", "Балашов"),
        ("Кондитерская фабрика з Бердичева відкрила магазин.", "uk", "Бердичів"),
        # capitalised inside a sentence, a town whose name the news makes frequent
        ("Стекольный завод в Бору набирает мастеров.", "ru", "Бор"),
        ("Новий автобус ходитиме між Чернівцями та Хотином.", "uk", "Чернівці"),
    ],
)
def test_a_town_shaped_like_a_surname_after_a_preposition_of_where_is_the_town(
    text: str, language: str, town: str
) -> None:
    assert _drafts(text, language).get(town) == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Документы передали Дмитрову лично, и у Дмитрова вопросов нет.",  # a person: "у", a dative
        "Ответ пришёл от Балашова через неделю.",  # "от": from a person
        "Дети всё лето купались в Острове, говорит мать.",  # "остров" is a word of every day
    ],
)
def test_a_surname_after_other_prepositions_is_no_town(text: str) -> None:
    assert not _drafts(text, "ru"), _drafts(text, "ru")


@pytest.mark.parametrize(
    ("text", "language", "land"),
    [
        ("Мёд из Забайкалья впервые продают в Москве.", "ru", "Забайкалье"),
        ("Фермеры в Прикамье посеяли меньше ржи.", "ru", "Прикамье"),
        ("Туристи на Поділлі скаржаться на дороги.", "uk", "Поділля"),
        ("Ягоди з Полісся везуть до Києва.", "uk", "Полісся"),
    ],
)
def test_a_land_named_by_a_prefix_of_place_is_a_place(text: str, language: str, land: str) -> None:
    assert _drafts(text, language).get(land) == "place"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Побережье закрыли для купания до августа.", "ru"),  # the coast, opening a sentence
        ("Матч с командой ФК Прикамье перенесли на неделю.", "ru"),  # a club's name
    ],
)
def test_a_common_noun_of_that_shape_or_a_clubs_name_is_no_land(text: str, language: str) -> None:
    assert not _drafts(text, language), _drafts(text, language)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Brambory z Písecka a z Táborska jdou do Prahy.", ["Písecko", "Táborsko"]),
        ("Vinaři v Jihomoravském kraji a ve Zlínském kraji čekají na déšť.", ["Jihomoravský kraj", "Zlínský kraj"]),
        ("Plzeňský kraj opraví silnici do Klatov.", ["Plzeňský kraj"]),
        ("Povodeň zasáhla obce v Pomoraví i v Posázaví.", ["Pomoraví", "Posázaví"]),
        ("Sklárna v Mostě a pekárna v Olomouci hledají lidi.", ["Most", "Olomouc"]),  # "most": also English
    ],
)
def test_czech_lands_regions_and_declined_towns_are_places(text: str, place: list[str]) -> None:
    drafts = _drafts(text, "cs")
    for name in place:
        assert drafts.get(name) == "place", (name, drafts)


def test_a_czech_noun_made_from_a_verb_is_no_land() -> None:
    assert not _drafts("Stavební úřad vydal Povolení až po roce čekání.", "cs")


def test_a_swedish_county_is_named_by_its_land_without_lan() -> None:
    drafts = _drafts("Vargen har setts i Värmland och i Gävleborg den här veckan.", "sv")
    assert drafts.get("Värmland") == "place" and drafts.get("Gävleborg") == "place", drafts


@pytest.mark.parametrize(
    ("text", "language", "river"),
    [
        ("Рыбаки ставят сети в устье Вишеры.", "ru", "Вишера"),
        ("Дорогу размыло в пойме Сосьвы.", "ru", "Сосьва"),
        ("Туристи сплавляються у долині Збручу.", "uk", "Збруч"),
        ("Піщані пляжі є у гирлі Десни.", "uk", "Десна"),
    ],
)
def test_a_river_in_the_genitive_after_a_part_of_a_river_is_a_place(text: str, language: str, river: str) -> None:
    assert _drafts(text, language).get(river) == "place"


def test_a_possessive_after_a_bank_is_no_river() -> None:
    assert not _drafts("Дети играли у берега Иванова пруда до вечера.", "ru")


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Der Spargel aus dem Havelland ist früh dran.", "Havelland"),  # the Havel
        ("Die Gurken im Spreewald wachsen langsam.", "Spreewald"),  # the Spree
    ],
)
def test_a_german_land_named_by_a_known_river_or_town_is_a_place(text: str, land: str) -> None:
    assert _drafts(text, "de").get(land) == "place"


def test_a_german_common_noun_of_that_shape_is_no_land() -> None:
    assert not _drafts("Im Stadtwald und im Steinbruch arbeiten sie, auch im Nachbarland.", "de")


@pytest.mark.parametrize(
    ("text", "river"),
    [("De dijken langs de IJssel worden verhoogd.", "IJssel"), ("Fietsen langs de Waal is mooi in mei.", "Waal")],
)
def test_a_dutch_river_along_which_something_lies_is_a_place(text: str, river: str) -> None:
    assert _drafts(text, "nl").get(river) == "place"


def test_a_dutch_brand_compound_after_op_de_is_no_place() -> None:
    assert not _drafts("We zagen het bericht op de Facebookpagina van de gemeente.", "nl")


def test_a_german_compound_opening_with_a_function_word_is_no_land() -> None:
    assert not _drafts("Die Firma verkauft viel ins Ausland, nach dem Einbruch im Lager.", "de")


@pytest.mark.parametrize(
    ("text", "language", "village"),
    [
        ("Kovář z Lysic otevřel dílnu, říká starosta.", "cs", "Lysice"),  # a plural name in the genitive
        ("Sýry z Kunštátu se prodávají i v Brně.", "cs", "Kunštát"),
        ("Renen betar nu runt Funäsdalen och vid Hede.", "sv", "Funäsdalen"),
    ],
)
def test_a_village_of_the_language_after_a_preposition_is_a_place(text: str, language: str, village: str) -> None:
    assert _drafts(text, language).get(village) == "place"


@pytest.mark.parametrize(
    ("text", "water"),
    [
        ("Laxen vandrar upp i Klarälven varje sommar.", "Klarälven"),
        ("Isen på Storsjön bär nu, säger räddningstjänsten.", "Storsjön"),
        ("Bron över Pite älv stängs i natt.", "Pite älv"),
    ],
)
def test_a_swedish_river_or_lake_named_with_its_noun_is_a_place(text: str, water: str) -> None:
    assert _drafts(text, "sv").get(water) == "place"


def test_a_swedish_adverb_opening_a_sentence_is_no_river() -> None:
    assert "Härifrån" not in _drafts("Härifrån går bussen varje timme till centrum.", "sv")
