"""Places inside other names in German, Russian, Portuguese and Korean news: a club, a firm or a
body named after its town is no mention of the town, and a word that is also a region's name is
no region. Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2024, 4, 20)


def _places(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-names", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        # A club's prefix opens its name: the towns in it are no places.
        ("Der FC Bayern München verlor am Samstag mit 0:2 in Dortmund.", "de", {"Dortmund"}),
        ("Der 1. FC Köln spielte in Hamburg unentschieden.", "de", {"Hamburg"}),
        ("Union Berlin kämpft weiter gegen den Abstieg, sagte der Trainer in Leipzig.", "de", {"Leipzig"}),
        ("Er wechselt im Sommer zu Real Madrid.", "de", set()),
        ("O avançado vai assinar pelo Real Madrid e pelo Sporting de Braga.", "pt", set()),
        ("«Спартак» сыграл вничью с «Динамо» в Москве.", "ru", {"Москва"}),
        # Two names side by side without a comma, the second a town's: a club.
        ("Werder Bremen gewann mit 3:1, Bayern München verlor.", "de", set()),
        ("Manchester United verlor in London.", "de", {"London"}),
        # A body's name: a university, a utility, a savings bank. A court is named by its seat, the town.
        ("Eine Studie der Universität Leipzig zeigt, dass viele Haushalte sparen.", "de", set()),
        ("Die Stadtwerke München erhöhen die Preise, teilte das Unternehmen in Berlin mit.", "de", {"Berlin"}),
        ("Vor dem Landgericht Hamburg begann der Prozess.", "de", {"Hamburg"}),
        ("Die Landesbank Baden-Württemberg senkte die Zinsen.", "de", set()),
        # A town's name alone in quotation marks names a club or a firm.
        ("Банк «Санкт-Петербург» снизил ставки по вкладам.", "ru", set()),
        ("«Краснодар» уступил «Ростову», а «Зенит» отправится в Сочи.", "ru", {"Сочи"}),
        # Korean: a town's name without a particle before a Latin or unknown name opens a club's.
        ("울산 HD가 전북 현대를 2대1로 꺾었다.", "ko", set()),
        ("대전 하나시티즌은 포항 스틸러스에 0대3으로 졌다.", "ko", set()),
        ("서울 아파트 가격은 지난달보다 0.3% 올랐다.", "ko", {"서울"}),
    ],
)
def test_a_town_inside_a_club_or_body_name_is_no_place(text: str, language: str, places: set[str]) -> None:
    assert _places(text, language) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "Jura" is the study of law in German; the Swiss canton needs a preposition of place.
        ("Der Stürmer, der in Leipzig Jura studiert hat, wechselt nach Madrid.", {"Leipzig", "Madrid"}),
        ("Wer Jura oder Medizin studiert, bekommt ein kostenloses Konto.", set()),
        ("Im Jura schneite es am Morgen.", {"Jura"}),
        # A region of the text's own country is named without support.
        ("In Bayern und in Sachsen beginnen die Ferien früher.", {"Bayern", "Sachsen"}),
    ],
)
def test_a_foreign_region_named_by_a_german_word_needs_a_preposition(text: str, places: set[str]) -> None:
    assert _places(text, "de") == places


def test_a_place_that_opens_with_a_given_name_is_a_person_unless_placed() -> None:
    # Vasco da Gama is also a town in Goa; here it is the club (or the navigator).
    assert _places("O Flamengo goleou o Vasco da Gama por 3-0.", "pt") == set()
    assert _places("A fábrica fica em Vasco da Gama, na Índia.", "pt") >= {"Vasco da Gama"}


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Die Deutsche Bank in Frankfurt am Main meldete einen Gewinn.", "de", "Frankfurt am Main"),
        ("Die Stadt Köln und die Region Hannover prüfen ähnliche Programme.", "de", "Hannover"),
        ("A droga era enviada para Roterdão em contentores de fruta.", "pt", "Roterdão"),
    ],
)
def test_a_town_named_with_its_inner_words_or_a_place_noun_is_found(text: str, language: str, place: str) -> None:
    assert place in _places(text, language)


def _event_dates(text: str, language: str) -> list[str | None]:
    extraction = extract(text, PUBLISHED, [], set(), "test-events", language=language)
    return [event.date for event in extraction.events]


@pytest.mark.parametrize(
    ("text", "language", "dates"),
    [
        # Dated sentences that name a place report something: each is an event on its day.
        ("Полиция задержала 12 человек в Новосибирске 5 марта 2024 года.", "ru", ["2024-03-05"]),
        ("Суд в Казани 15 мая приговорил бизнесмена к пяти годам колонии.", "ru", ["2024-05-15"]),
        ("경찰은 2024년 3월 12일 서울에서 조직원 5명을 검거했다.", "ko", ["2024-03-12"]),
        ("부산에서 5월 1일 대규모 집회가 열렸다.", "ko", ["2024-05-01"]),
        ("Em Lisboa, o parlamento aprovou a lei a 14 de maio.", "pt", ["2024-05-14"]),
        ("A polícia prendeu onze suspeitos em Campinas no dia 1 de fevereiro de 2024.", "pt", ["2024-02-01"]),
        ("In Berlin demonstrierten am 14. Mai Tausende gegen die Reform.", "de", ["2024-05-14"]),
        # No place, but a body named by what it is, a club's prefix or a name in guillemets.
        (
            "Vor dem Landgericht Hamburg hat am 20. Februar 2024 der Prozess gegen fünf Männer begonnen.",
            "de",
            ["2024-02-20"],
        ),
        ("Der FC Bayern München hat am 9. März 2024 bei Borussia Dortmund mit 0:2 verloren.", "de", ["2024-03-09"]),
        ("Петербургский «Зенит» 7 апреля 2024 года обыграл московский ЦСКА со счётом 2:0.", "ru", ["2024-04-07"]),
        ("Московская биржа 31 мая отчиталась о росте объёма торгов.", "ru", ["2024-05-31"]),
        ("한국은행은 2024년 5월 23일 기준금리를 연 3.5%로 동결했다.", "ko", ["2024-05-23"]),
        (
            "A Caixa registou um lucro de 400 milhões de euros, anunciou o banco a 7 de maio de 2024.",
            "pt",
            ["2024-05-07"],
        ),
        # Neither a place nor a body: advice to the reader is no event.
        ("Подпишитесь на наш канал до 31 мая и получите подарок.", "ru", []),
        # A hedge, a habit or a condition dates nothing.
        ("Матч в Казани, возможно, перенесут на 30 апреля.", "ru", []),
        ("Власти Санкт-Петербурга каждый год 9 мая проводят парад.", "ru", []),
        ("서울 시내 버스는 4월 10일부터 요금을 올릴 수도 있다.", "ko", []),
        ("O jogo em Braga poderá ser adiado para 21 de março.", "pt", []),
        ("Das Spiel in Dortmund könnte auf den 21. März verschoben werden.", "de", []),
    ],
)
def test_a_dated_sentence_in_another_language_is_an_event_unless_hedged(
    text: str, language: str, dates: list[str]
) -> None:
    assert _event_dates(text, language) == dates


def _speakers(text: str, language: str) -> list[str | None]:
    extraction = extract(text, PUBLISHED, [], set(), "test-quotes", language=language)
    return [quote.attributed_to for quote in extraction.quotes if quote.attributed_to is not None]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # A time or a place between the verb and the speaker is no part of the speaker.
        (
            "«Мы долго готовились к этой игре», — сказал после матча главный тренер Игорь Семёнов.",
            "ru",
            "главный тренер Игорь Семёнов",
        ),
        ("„Wir haben verloren“, sagte am Montag der Trainer in München.", "de", "der Trainer"),
        # A name set off by commas before the verb, not the date after it.
        (
            "Der Wirtschaftsminister von Hessen, Karl Weidmann, kündigte am 15. Mai in Wiesbaden neue Hilfen an.",
            "de",
            "Karl Weidmann",
        ),
        # A date after the speaker is cut off, with its preposition.
        (
            "Сбербанк увеличил чистую прибыль на 5 процентов, сообщила пресс-служба банка 3 июня.",
            "ru",
            "пресс-служба банка",
        ),
        ("A Caixa registou um lucro de 400 milhões de euros, anunciou o banco a 7 de maio de 2024.", "pt", "o banco"),
        # Korean: a name before a title that takes "에 따르면".
        ("박지현 연구원에 따르면 올해 수출은 미국에서 더 많이 늘었다.", "ko", "박지현 연구원"),
    ],
)
def test_a_speaker_in_another_language_is_the_person_not_the_time(text: str, language: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]
