"""Round lang49: German, Russian, Korean and Portuguese news pages (towns named like plurals or
reporters, lists of towns).

Invented examples; the towns are real but differ from the benchmark pages' own.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Täter wohnen seit Jahren in Kempen.", "Kempen"),
        ("Der Bus fährt stündlich nach Bingen.", "Bingen"),
    ],
)
def test_a_town_named_like_a_rare_plural_is_the_town_after_in_or_nach(text: str, town: str) -> None:
    assert draft_kinds(text, language="de").get(town) == "place"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Gläubigen beten in Kirchen und Moscheen.", "Kirchen"),
        ("Die Kunden standen in Schlangen vor der Tür.", "Schlangen"),
        ("Der Kuchen ist aus Datteln gemacht.", "Datteln"),
    ],
)
def test_an_everyday_plural_after_in_and_any_plural_after_aus_stay_words(text: str, word: str) -> None:
    assert word not in draft_kinds(text, language="de")


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("Von Jana Emsdetten. Betriebe gibt es in Emsdetten, Ochtrup und Lengerich.", "de", "Emsdetten"),
        ("Por Marta Faro. Houve cortes de luz em Faro, Loulé e Tavira.", "pt", "Faro"),
    ],
)
def test_a_reporters_surname_opening_a_list_of_towns_with_commas_is_the_town(
    text: str, language: str, town: str
) -> None:
    assert draft_kinds(text, language=language).get(town) == "place"


def test_a_surname_before_a_list_of_people_stays_a_surname() -> None:
    assert "Faro" not in draft_kinds("Por Marta Faro. A confiança em Faro, Costa e Santos caiu.", language="pt")


def test_a_state_named_by_a_word_with_an_accent_is_not_its_capital() -> None:
    # "Pará" folds to "para" (Portuguese "for"); GeoNames keeps "Para" as Belém's old name. The one
    # region so named: the state and its capital stay two places.
    actors = extract("A polícia do Pará prendeu dois suspeitos em Belém.", None, [], set(), "t", language="pt").actors
    assert sorted((actor.name, tuple(actor.aliases)) for actor in actors) == [("Belém", ()), ("Pará", ())]


@pytest.mark.parametrize("text", ["Para o governo, a ponte é urgente.", "Para quem mora longe, o ônibus demora."])
def test_the_word_without_the_accent_opening_a_sentence_is_no_place(text: str) -> None:
    assert draft_kinds(text, language="pt") == {}


@pytest.mark.parametrize(
    ("text", "language", "towns"),
    [
        ("Cidades como Castanhal e Parauapebas pedem verbas.", "pt", {"Castanhal", "Parauapebas"}),
        ("Städte wie Fulda, Gießen und Wetzlar klagen über Defizite.", "de", {"Fulda", "Gießen", "Wetzlar"}),
        # a family name of the page opening such a list is the town; Viseu is Portugal's, Ananindeua Brazil's
        ("Por Ana Viseu. Cidades como Viseu e Ananindeua protestaram.", "pt", {"Viseu", "Ananindeua"}),
        # a big town later in a list after a town noun, a comma and "including"
        ("Betroffen sind mehrere Kommunen, darunter Marl, Dorsten und Gelsenkirchen.", "de", {"Gelsenkirchen"}),
    ],
)
def test_towns_listed_after_a_plural_noun_for_towns_and_like(text: str, language: str, towns: set[str]) -> None:
    assert towns <= set(draft_kinds(text, language=language))


@pytest.mark.parametrize(
    ("text", "language"),
    [("Vereine wie Bremen und Hannover klagen.", "de"), ("Jogadores como Costa e Santos ficaram de fora.", "pt")],
)
def test_a_list_after_like_and_another_noun_names_no_towns(text: str, language: str) -> None:
    assert draft_kinds(text, language=language) == {}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Автобус идёт из Чебоксар в Казань.", {"Чебоксары", "Казань"}),
        ("Электрички из Мытищ отменили до утра.", {"Мытищи"}),
        ("Пробки растут у жителей Мытищ и Королёва.", {"Мытищи", "Королёв"}),
        ("Рынки Чебоксар и Казани пустеют.", {"Чебоксары", "Казань"}),
    ],
)
def test_a_russian_town_named_by_a_plural_is_read_in_its_genitive_with_no_ending(text: str, towns: set[str]) -> None:
    assert towns <= set(draft_kinds(text, language="ru"))


@pytest.mark.parametrize("text", ["Шахт в регионе не хватает.", "Встреча прошла у Березников дома."])
def test_a_plural_noun_opening_a_sentence_or_a_family_name_in_ov_is_no_such_town(text: str) -> None:
    assert draft_kinds(text, language="ru") == {}


@pytest.mark.parametrize(
    ("text", "river"),
    [("Туристы приехали в дельту Печоры.", "Печора"), ("Русло Суры обмелело за лето.", "Сура")],
)
def test_a_river_in_the_genitive_after_its_delta_or_bed(text: str, river: str) -> None:
    assert draft_kinds(text, language="ru").get(river) == "place"


def test_a_possessive_after_a_rivers_bed_is_no_river() -> None:
    assert draft_kinds("Вода ушла из русла Иванова ручья.", language="ru") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [("공장이 익산에서 문을 닫았다.", "익산"), ("그는 정읍의 농민이다.", "정읍")],
)
def test_a_korean_city_geonames_spells_only_with_si_is_read_bare(text: str, town: str) -> None:
    assert draft_kinds(text, language="ko").get(town) == "place"


def test_a_persons_name_holding_such_a_city_is_no_place() -> None:
    assert draft_kinds("피의자 김익산(41)이 혐의를 인정했다.", language="ko") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("O frigorífico fica em São José do Rio Preto.", "São José do Rio Preto"),
        ("A feira foi em Vila Bela da Santíssima Trindade.", "Vila Bela da Santíssima Trindade"),
    ],
)
def test_a_town_of_five_words_with_capitals_after_its_small_word_is_read_whole(text: str, town: str) -> None:
    assert draft_kinds(text, language="pt") == {town: "place"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Электрички из Раменского отменили до утра.", "Раменское"),
        ("Новый завод построят в Заречном.", "Заречный"),
        ("Подводная лодка вернулась в Полярный, а экипаж остался в Полярном.", "Полярный"),
    ],
)
def test_a_russian_town_named_by_an_adjective_is_read_in_its_cases_after_where_words(text: str, town: str) -> None:
    assert draft_kinds(text, language="ru").get(town) == "place"


def test_an_adjectives_case_after_other_words_stays_a_family_name() -> None:
    assert draft_kinds("Письмо пришло от Раменского и Заречного.", language="ru") == {}


def test_an_adjective_before_its_noun_in_the_same_case_names_no_town() -> None:
    assert draft_kinds("Концерт прошёл в Светлом зале филармонии.", language="ru") == {}


def _shared_names(text: str, known: list[Actor], language: str) -> tuple[set[str], set[str]]:
    """The drafts, and the known actors mentioned, when `text` is read after `known`."""
    result = extract(text, None, known, set(), "t", language=language)
    return {draft.name for draft in result.actors}, {mention.actor_id for mention in result.mentions}


def test_a_hangul_word_is_no_spelling_variant_of_a_known_town() -> None:
    # "고창" and "거창" romanise with the same consonants: two counties, not one spelled two ways
    known = [Actor(id="gc", name="거창", kind=ActorKind.place)]
    drafts, linked = _shared_names("전북 고창 지역에 비가 내렸다.", known, "ko")
    assert "고창" in drafts and "gc" not in linked


def test_a_declined_city_folding_as_a_known_regions_everyday_name_is_the_city() -> None:
    # "Белгороде" folds as "Белгородье" does (the soft sign drops): the city Белгород, not the region
    known = [Actor(id="bg", name="Белгородье", kind=ActorKind.place)]
    drafts, linked = _shared_names("Офисы работали в Белгороде и Курске.", known, "ru")
    assert "Белгород" in drafts and "bg" not in linked
    assert _shared_names("Урожай в Белгородье вырос.", known, "ru")[1] == {"bg"}


@pytest.mark.parametrize(
    ("known", "text", "town"),
    [
        ("Freiberg", "Die Firma zieht nach Freiberg am Neckar um.", "Freiberg am Neckar"),
        ("Rothenburg", "Touristen kommen nach Rothenburg ob der Tauber.", "Rothenburg ob der Tauber"),
    ],
)
def test_a_known_town_opening_another_towns_name_with_german_small_words_is_no_mention(
    known: str, text: str, town: str
) -> None:
    drafts, linked = _shared_names(text, [Actor(id="k", name=known, kind=ActorKind.place)], "de")
    assert town in drafts and "k" not in linked


def test_a_known_states_alias_in_another_language_does_not_make_a_city_its_own() -> None:
    # "Mexiko" (German) is GeoNames' other spelling of Mexico City: the known state does not own the city
    known = [Actor(id="mx", name="Mexico", kind=ActorKind.state, aliases=["Mexiko"])]
    drafts, linked = _shared_names("A empresa abriu um escritório na Cidade do México.", known, "pt")
    assert "Cidade do México" in drafts and "mx" not in linked


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Ware kam aus Kortrijk. Belgien prüft den Fall.", "Kortrijk"),
        ("Der Bus fährt nach Roermond, die Niederlande öffnen die Grenze.", "Roermond"),
    ],
)
def test_a_smaller_town_abroad_after_a_preposition_on_a_page_naming_its_country(text: str, town: str) -> None:
    assert draft_kinds(text, language="de").get(town) == "place"


def test_a_smaller_town_abroad_on_a_page_that_names_no_country_stays_unread() -> None:
    assert draft_kinds("Die Ware kam aus Kortrijk.", language="de") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [("회사는 폴란드 포즈난에 공장을 지었다.", "포즈난"), ("체코 브르노에서 열린 박람회에 참가했다.", "브르노")],
)
def test_a_smaller_town_abroad_in_hangul_right_after_its_state(text: str, town: str) -> None:
    assert draft_kinds(text, language="ko").get(town) == "place"


def test_such_a_town_without_its_state_stays_unread() -> None:
    assert draft_kinds("포즈난에 공장을 지었다.", language="ko") == {}


@pytest.mark.parametrize(
    ("text", "language", "island"),
    [
        ("Die Urlauber bleiben zwei Wochen auf Usedom.", "de", "Usedom"),
        ("Die Urlauber fliegen im Mai nach Teneriffa.", "de", "Teneriffa"),
        ("Os turistas ficaram uma semana em Creta.", "pt", "Creta"),
    ],
)
def test_an_island_the_languages_news_names(text: str, language: str, island: str) -> None:
    assert draft_kinds(text, language=language).get(island) == "place"


def test_an_islands_name_that_is_a_verb_opening_a_sentence_stays_the_verb() -> None:
    assert draft_kinds("Die Prüfer rügen die Behörde. Rügen allein hilft nicht.", language="de") == {}
