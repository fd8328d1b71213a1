"""Fifth round of invented text, from shop, recipe, tech, finance and regional pages of sites in
German, Russian, Korean and Portuguese: colours, software, families, parties and dishes named after
places give no place draft, while towns a reader sees (in a list, in the plural, after the word for
a native, with a Korean town's suffix) and the everyday names of states do."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.sentences import split_sentences

PUBLISHED = dt.date(2024, 5, 14)


def _actors(text: str, language: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang5", language=language)
    return {draft.name: draft.kind.value for draft in extraction.actors}


# --- names of things that are places' names --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # colours of a shop's goods, alone or listed after the noun
        ("Den Wintermantel gibt es in den Farben Havanna, Oliv und Sand.", "de", {}),
        ("Die Trendfarbe Havanna ist leider ausverkauft.", "de", {}),
        # a software library and a product with its version
        ("Die Rust-Bibliothek Tokio bekommt ein neues Release.", "de", {}),
        ("Entwickler können Jakarta EE 11 ab sofort testen.", "de", {}),
        # a family named like a Brazilian state
        ("A família Espírito Santo vendeu a participação no banco.", "pt", {}),
        # a party's name in quotes, declined
        ("Депутат от «Справедливой России» выступил в Казани.", "ru", {"Казань": "place"}),
        ("„Unser Leipzig“ heißt die neue Wählergruppe.", "de", {}),
        # Korean dishes in a place's style, and a fish that is a town's name, counted
        ("오늘은 뉴욕 치즈케이크와 벨기에 와플을 구웠다.", "ko", {}),
        ("수산시장에서 대구 두 마리를 샀다.", "ko", {}),
    ],
)
def test_things_named_after_places_give_no_place(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a quote of speech ends with a place: its words are not all capitalised
        ("„Wir lieben Hamburg“, sagte die Bürgermeisterin.", "de", {"Hamburg": "place"}),
        # a day written after a town's name is no version
        ("Hamburg 3.10.: Die Feier beginnt um zehn Uhr am Rathaus.", "de", {"Hamburg": "place"}),
        # a flight to Havana is the city; a twin town is a town
        ("Der Flug nach Havanna dauert elf Stunden.", "de", {"Havanna": "place"}),
        ("In der Partnerstadt Havanna wurde gefeiert.", "de", {"Havanna": "place"}),
        # the government of the state of Espírito Santo is the state
        ("O governo do Espírito Santo anunciou obras.", "pt", {"Espírito Santo": "place"}),
        # a Korean city with a particle, and the New York stock market
        ("대구에서 열린 회의에 시민들이 모였다.", "ko", {"대구": "place"}),
        ("뉴욕 증시는 사흘 연속 올랐다.", "ko", {"뉴욕": "place"}),
        # "at the time", "when needed": words ending in 시 are no towns
        ("당시 정부는 필요시 비상 대책을 내놨다.", "ko", {}),
        ("진주와 다이아몬드로 만든 목걸이가 팔렸다.", "ko", {}),
        # a former prosecutor, a graduate: "출신" after a word that is no town
        ("검사 출신 의원과 서울대 출신 교수가 만났다.", "ko", {}),
    ],
)
def test_places_beside_those_names_stay_places(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected


# --- places a reader sees ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the everyday names of states, beside CLDR's
        ("Die Exporte nach Großbritannien sanken im Mai.", "de", {"United Kingdom": "state"}),
        ("Переговоры пройдут в Южной Корее, а затем в Белоруссии.", "ru", {"South Korea": "state", "Belarus": "state"}),
        ("소고기는 주로 호주에서 들여온다.", "ko", {"Australia": "state"}),
        ("O Irão e a Holanda assinaram um acordo.", "pt", {"Iran": "state", "Netherlands": "state"}),
        # Russian towns named in the plural, and a native of a town
        ("Акции протеста прошли в Чебоксарах и Мытищах.", "ru", {"Чебоксары": "place", "Мытищи": "place"}),
        ("Задержанная, уроженка Балашихи, работала кассиром.", "ru", {"Балашиха": "place"}),
        # Russian regions by the names the news gives them every day
        ("Шахты Кузбасса и алмазы Якутии подорожали.", "ru", {"Кузбасс": "place", "Якутия": "place"}),
        ("Учения прошли в Чечне, а затем в Подмосковье.", "ru", {"Чечня": "place", "Подмосковье": "place"}),
        # a smaller German town carries the preposition on along a list
        (
            "Die Strecke zwischen Lüneburg und Wolfsburg bleibt gesperrt.",
            "de",
            {"Lüneburg": "place", "Wolfsburg": "place"},
        ),
        # a Korean town named as someone's origin
        ("영주 출신 의원은 제도를 검토해야 한다고 말했다.", "ko", {"영주": "place"}),
        # German towns after the plural of "town"
        ("Der Verband lobt die Städte Mannheim und Heidelberg.", "de", {"Mannheim": "place", "Heidelberg": "place"}),
        # Korean towns with their suffix, listed together, and a US state with 주
        ("아산시와 서산시는 버스 노선을 늘린다.", "ko", {"아산": "place", "서산": "place"}),
        ("포항과 경주에서 지진 대피 훈련이 열렸다.", "ko", {"포항": "place", "경주": "place"}),
        ("미국 텍사스주에서 새 공장이 문을 열었다.", "ko", {"United States": "state", "텍사스": "place"}),
    ],
)
def test_places_in_the_forms_the_news_writes_them(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected


def test_a_korean_sentence_ends_before_the_reporters_address() -> None:
    # The last sentence of a Korean article, then the reporter's e-mail address on a line of its own:
    # the sentence ends at its full stop, so the address does not turn it into a heading.
    text = "경찰은 캐나다에서 용의자를 붙잡았다.\nreporter@example.kr"
    assert [sentence.text for sentence in split_sentences(text)] == [
        "경찰은 캐나다에서 용의자를 붙잡았다.",
        "reporter@example.kr",
    ]
    assert _actors(text, "ko") == {"Canada": "state"}


def test_an_english_abbreviation_before_a_lower_case_line_still_runs_on() -> None:
    # English text wrapped by hand: "the U.S.\nmilitary" is one sentence, as before.
    text = "He spoke to the U.S.\nmilitary officers in Kabul."
    assert len(split_sentences(text)) == 1


# --- reported speech --------------------------------------------------------------------------------


def _speakers(text: str, language: str) -> list[str | None]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang5", language=language)
    return [quote.attributed_to for quote in extraction.quotes]


def test_a_firm_named_in_quotes_that_reports_on_something_is_no_quote_by_about() -> None:
    # "«Вектор» сообщила о росте": the closing mark ends a firm's name, not a quotation, and "о росте"
    # (about the growth) names no speaker.
    text = "Авиакомпания «Вектор» сообщила о росте перевозок на рейсах из Казани в Самару."
    assert all(speaker is None or not speaker.startswith("о ") for speaker in _speakers(text, "ru"))


def test_a_quotation_before_the_verb_still_names_its_speaker() -> None:
    text = "«Спрос на кредиты упадёт», — сообщила аналитик Мария Ветрова."
    assert _speakers(text, "ru") == ["аналитик Мария Ветрова"]


def test_according_to_a_minister_ends_at_his_title() -> None:
    # "nach Angaben des Wirtschaftsministers der wichtigste Standort": "der" opens what follows.
    text = "Emden bleibt nach Angaben des Wirtschaftsministers der wichtigste Standort."
    assert _speakers(text, "de") == ["Wirtschaftsministers"]
