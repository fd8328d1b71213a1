"""Round lang63: regional news in German, Russian, Dutch and French: a Russian town followed by the
region it lies in ("в Кинешме Ивановской области"), towns after "соседних" (neighbouring) in a list,
Dutch "van" after a common noun ("de haven van Antwerpen"), German spa towns the tables lack ("aus Bad
Bodenteich"), a French town written with its accent beside a bigger foreign town written without
("de Mâcon", not Macon in Georgia), Dutch towns with a small word inside ("Bergen op Zoom") and a
Brazilian state named as an Argentine city ("do Paraná").

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # Russian: a town, then the region it lies in, in the genitive: two places, not one longer name
        ("Паводок начался в Кинешме Ивановской области.", "ru", "Кинешма", "place"),
        ("Паводок начался в Кинешме Ивановской области.", "ru", "Ивановская область", "place"),
        ("Завод в Ельце Липецкой области остановлен.", "ru", "Елец", "place"),
        # ...and two towns after "neighbouring" in the plural: the list shares the preposition
        ("Отключения прошли в соседних Ржеве и Осташкове.", "ru", "Осташков", "place"),
        ("Отключения прошли в соседних Ржеве и Осташкове.", "ru", "Ржев", "place"),
        # Dutch: "van" after a lower-case common noun names the town something belongs to
        ("De haven van Antwerpen breidt uit.", "nl", "Antwerpen", "place"),
        ("De inwoners van Yerseke mogen thuisblijven.", "nl", "Yerseke", "place"),
        # German: "Bad" and a rare word after a bare preposition of place, a spa town the tables lack,
        # and the town listed after it shares the preposition
        ("Die Zeugin stammt aus Bad Bodenteich.", "de", "Bad Bodenteich", "place"),
        ("Zwei Männer aus Bad Bodenteich und Uelzen sagten aus.", "de", "Uelzen", "place"),
        # French: a home town written with its accent, not the bigger foreign town written without
        ("Les pompiers venus de Mâcon sont arrivés.", "fr", "Mâcon", "place"),
        # Dutch: a town's name with a small word inside ("op", "aan den"), read whole
        ("De trein naar Bergen op Zoom rijdt niet.", "nl", "Bergen op Zoom", "place"),
        ("Ze verhuist naar Alphen aan den Rijn.", "nl", "Alphen aan den Rijn", "place"),
        # Dutch and German: a village the tables lack, after a bare preposition, by its name's ending
        ("De kade bij Lewedorp wordt versterkt.", "nl", "Lewedorp", "place"),
        ("Het water stond hoog bij Hoedekenskerke.", "nl", "Hoedekenskerke", "place"),
        ("Die Feuerwehr rückte nach Hammermühle aus.", "de", "Hammermühle", "place"),
        # a village's residents and "of": the village the tables hold, at a sentence's start too
        ("Moradores de Putinga pedem ajuda.", "pt", "Putinga", "place"),
        ("Os moradores de Ilópolis ficaram sem luz.", "pt", "Ilópolis", "place"),
        ("Gli abitanti di Scanno protestano da giorni.", "it", "Scanno", "place"),
        # French: a former region or an old province named bare
        ("Les viticulteurs d'Alsace craignent le gel.", "fr", "Alsace", "place"),
        ("La récolte sera maigre en Bourgogne cette année.", "fr", "Bourgogne", "place"),
        # Portuguese: a valley named by its capitalised noun
        ("A colheita atrasou no Vale do Jequitinhonha.", "pt", "Vale do Jequitinhonha", "place"),
        # Portuguese: a Brazilian state named as a foreign city is the state in its own language
        ("Os bombeiros do Paraná chegaram de madrugada.", "pt", "Paraná", "place"),
    ],
)
def test_places_of_regional_news(text: str, language: str, name: str, kind: str) -> None:
    assert draft_kinds(text, language).get(name) == kind


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a family name's "van" follows a given name; the bathroom takes its article
        ("De vader van Pieter Kapelle woont hier.", "nl", "Kapelle"),
        ("Er kam frisch aus dem Bad.", "de", "Bad"),
        # "у соседних" with persons: no town
        ("Обыски прошли у соседних Петрова и Иванова.", "ru", "Иванов"),
        # the mining company takes the feminine article, the valley the masculine
        ("As ações da Vale do Rio Doce caíram.", "pt", "Vale do Rio Doce"),
        ("A prefeitura pagou à Construtora Vale do Aço Ltda.", "pt", "Vale do Aço"),
        # a firm after "bij" (at) is no village: the ending tells
        ("Hij werkt al jaren bij Vanderlande in Veghel.", "nl", "Vanderlande"),
        # a nickname named after a place, after "known as" or "alias": a person's, no place
        ("O assaltante, conhecido como Paraná, foi detido em Curitiba.", "pt", "Paraná"),
        ("O traficante, vulgo Bahia, fugiu da cadeia.", "pt", "Bahia"),
    ],
)
def test_words_that_stay_out(text: str, language: str, name: str) -> None:
    assert name not in draft_kinds(text, language)


def test_a_region_named_by_its_country_when_the_country_is_known() -> None:
    # a workspace that knows Mexico: "Estado de México" is the region, not a mention of the known state
    known = [Actor(id="mx", name="Mexico", kind=ActorKind.state, aliases=["México"])]
    text = "La sequía golpea a los ganaderos del Estado de México desde marzo."
    result = extract(text, None, known, set(), "t", language="es")
    assert "mx" not in {mention.actor_id for mention in result.mentions}
    assert "Estado de México" in {draft.name for draft in result.actors}


def test_the_known_country_is_still_linked_alone() -> None:
    known = [Actor(id="mx", name="Mexico", kind=ActorKind.state, aliases=["México"])]
    result = extract("México firmó el acuerdo con Canadá.", None, known, set(), "t", language="es")
    assert "mx" in {mention.actor_id for mention in result.mentions}


def test_a_dutch_town_with_a_small_word_when_its_first_word_is_known() -> None:
    # a workspace that knows Bergen in Norway: "Bergen op Zoom" is another town, read whole
    known = [Actor(id="bg", name="Bergen", kind=ActorKind.place)]
    result = extract("De trein naar Bergen op Zoom rijdt weer.", None, known, set(), "t", language="nl")
    assert "bg" not in {mention.actor_id for mention in result.mentions}
    assert "Bergen op Zoom" in {draft.name for draft in result.actors}


def test_a_swedish_town_after_i_is_no_known_person_of_that_name() -> None:
    # Swedish "i" (in) is also "and" in other languages: with no list before it, it governs the town
    known = [Actor(id="p", name="Maja Ystad", kind=ActorKind.person)]
    result = extract("Bilarna stod på en parkering i Ystad i två veckor.", None, known, set(), "t", language="sv")
    assert "p" not in {mention.actor_id for mention in result.mentions}
    assert "Ystad" in {draft.name for draft in result.actors}


def test_a_valley_named_after_a_known_firm_s_word() -> None:
    # a workspace that knows the mining company Vale: "Vale do Jequitinhonha" is the valley, read whole
    known = [Actor(id="vale", name="Vale", kind=ActorKind.organization)]
    result = extract("A seca castiga o Vale do Jequitinhonha.", None, known, set(), "t", language="pt")
    assert "vale" not in {mention.actor_id for mention in result.mentions}
    assert "Vale do Jequitinhonha" in {draft.name for draft in result.actors}
