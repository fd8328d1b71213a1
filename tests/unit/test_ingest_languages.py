"""Sources in Russian, Korean, Portuguese and German: what an analyst sees in the drafts of one
invented article (dates, quotes with their speakers, places), read with that language's rules."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.dates import find_dates
from dossier.ingest.extract import extract
from dossier.ingest.word_forms import base_forms

PUBLISHED = dt.date(2024, 4, 20)


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang", language=language)
    return [(text[q.start : q.end], q.attributed_to) for q in extraction.quotes]


@pytest.mark.parametrize(
    ("sentence", "words", "edtf"),
    [
        ("삼성전자가 2024년 4월 5일 실적을 발표했다.", "2024년 4월 5일", "2024-04-05"),
        # Without a year, the day takes the publication's year.
        ("경찰은 3월 12일 조직원을 검거했다.", "3월 12일", "2024-03-12"),
        ("2023년 11월 수출이 늘었다.", "2023년 11월", "2023-11"),
        ("同社は2024年2月3日に発表した。", "2024年2月3日", "2024-02-03"),
    ],
)
def test_korean_and_cjk_dates_are_read_from_their_marks(sentence: str, words: str, edtf: str) -> None:
    found = find_dates(sentence, 0, PUBLISHED, "", "ko")
    assert [(m.text, m.edtf) for m in found] == [(words, edtf)]


def test_a_korean_month_that_does_not_exist_is_no_date() -> None:
    assert find_dates("제품 번호 13월 45일", 0, PUBLISHED, "", "ko") == []


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        # Korean: the quotation, a quoting ending, the verb; the speaker carries a topic ending.
        (
            '이창용 한국은행 총재는 기자간담회에서 "물가 상승률이 목표 수준으로 내려올 때까지 '
            '기조를 유지하겠다"고 밝혔다.',
            "ko",
            "물가 상승률이 목표 수준으로 내려올 때까지 기조를 유지하겠다",
            "이창용 한국은행 총재",
        ),
        (
            '회사 관계자는 "반도체 수요가 회복되면서 가격이 올랐다"고 말했다.',
            "ko",
            "반도체 수요가 회복되면서 가격이 올랐다",
            "회사 관계자",
        ),
        # Russian sets a dash after the quotation and its comma.
        (
            "«Мы сохраняем все социальные обязательства», — заявил Тарвелов журналистам.",
            "ru",
            "Мы сохраняем все социальные обязательства",
            "Тарвелов",
        ),
        # Portuguese: the name set off by commas before the verb is the speaker, not what follows "que".
        (
            "O presidente da câmara, Joaquim Tarvelas, disse que vai analisar o diploma com atenção.",
            "pt",
            "O presidente da câmara, Joaquim Tarvelas, disse que vai analisar o diploma com atenção.",
            "Joaquim Tarvelas",
        ),
        (
            "A advogada de um dos presos, Mariana Quelmar, declarou que o seu cliente é inocente.",
            "pt",
            "A advogada de um dos presos, Mariana Quelmar, declarou que o seu cliente é inocente.",
            "Mariana Quelmar",
        ),
    ],
)
def test_reported_speech_names_its_speaker(text: str, language: str, words: str, speaker: str) -> None:
    assert _quotes(text, language) == [(words, speaker)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Переговоры продолжатся в марте, добавила она.", "ru"),
        ('그는 "공급망 안정이 가장 중요하다"고 말했다.', "ko"),
        ("Ele disse que o plano custará caro.", "pt"),
    ],
)
def test_a_pronoun_alone_is_no_speaker(text: str, language: str) -> None:
    quotes = _quotes(text, language)
    assert len(quotes) == 1 and quotes[0][1] is None, quotes


def test_what_follows_que_is_never_the_speaker() -> None:
    # Before: the speaker was "que vai analisar o diploma" (the inverted "..., disse X" shape).
    quotes = _quotes("Segundo fontes do governo, disse que vai analisar o diploma.", "pt")
    assert all(q[1] is None or not q[1].startswith("que") for q in quotes), quotes


def test_korean_according_to_names_the_source() -> None:
    text = "경찰에 따르면 이들은 콜센터를 두고 피해자 150여 명으로부터 돈을 가로챈 혐의를 받고 있다."
    assert _quotes(text, "ko") == [(text, "경찰")]


def _actors(text: str, language: str) -> dict[str, tuple[str, list[str]]]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang", language=language)
    return {draft.name: (draft.kind.value, sorted(draft.aliases)) for draft in extraction.actors}


def test_german_lander_are_places_under_their_german_and_english_names() -> None:
    text = (
        "Der Landtag in Sachsen hat am Donnerstag ein neues Polizeigesetz beschlossen. Auch in Bayern "
        "und Nordrhein-Westfalen wird über ähnliche Regeln gestritten."
    )
    actors = _actors(text, "de")
    assert actors["Sachsen"] == ("place", ["Saxony"])
    assert actors["Bayern"] == ("place", ["Bavaria"])
    assert actors["Nordrhein-Westfalen"] == ("place", ["North Rhine-Westphalia"])


def test_saxony_in_english_is_a_place_not_a_person() -> None:
    actors = _actors("Police in Saxony arrested three men on Monday, officials said.", "en")
    assert actors.get("Saxony", ("?",))[0] == "place", actors


@pytest.mark.parametrize(
    "text",
    [
        # Regions named by a point of the compass or by an ordinary word of the language
        "Bei Aldi Nord und Aldi Süd steigen die Preise für Butter erneut deutlich an.",
        "Viele Marken haben die Preise erhöht, sagte die Verbraucherzentrale am Montag.",
        "Die Fahrt in den Westen dauerte über zehn Stunden, berichtete die Polizei.",
    ],
)
def test_a_word_that_names_some_region_somewhere_is_no_place(text: str) -> None:
    assert not any(kind == "place" for kind, _ in _actors(text, "de").values()), _actors(text, "de")


@pytest.mark.parametrize(
    ("word", "language", "form"),
    [
        ("России", "ru", "Россия"),
        ("Казани", "ru", "Казань"),
        ("Китаем", "ru", "Китай"),
        ("Новосибирске", "ru", "Новосибирск"),
        ("Екатеринбурга", "ru", "Екатеринбург"),
        ("서울에서", "ko", "서울"),
        ("미국의", "ko", "미국"),
        ("일본과의", "ko", "일본"),
    ],
)
def test_an_inflected_name_is_read_back_to_its_dictionary_form(word: str, language: str, form: str) -> None:
    assert form in base_forms(word, language)


def test_no_form_is_guessed_for_a_latin_word_or_a_one_syllable_stem() -> None:
    assert base_forms("Berlin", "ru") == ()
    assert base_forms("미의", "ko") == ()


def test_russian_cases_give_one_draft_per_place_named_in_the_nominative() -> None:
    text = (
        "Переговоры прошли в Москве. Делегация из Москвы вернулась в Казань, а затем в Казани "
        "встретилась с представителями России и Китая."
    )
    actors = _actors(text, "ru")
    assert set(actors) == {"Москва", "Казань", "Russia", "China"}, actors
    # No declined form is kept as a name or an alias.
    assert not {"Москве", "Москвы", "Казани", "России", "Китая"} & {
        a for _, aliases in actors.values() for a in aliases
    }


def test_a_russian_region_is_read_as_the_region_not_the_town() -> None:
    # "Новосибирской области" (of the Novosibirsk region): an adjective and a noun, not the town (the draft also holds
    # the region's English name, as a reader of English writes it).
    actors = _actors("Полиция задержала подозреваемых на территории Новосибирской области в пятницу.", "ru")
    assert actors == {"Новосибирская область": ("place", ["Novosibirsk Oblast"])}, actors


def test_towns_listed_after_a_preposition_are_towns_too() -> None:
    actors = _actors("Пострадали пенсионеры в Новосибирске, Томске и Омске, сообщила полиция.", "ru")
    assert set(actors) == {"Новосибирск", "Томск", "Омск"}, actors
    actors = _actors("Betroffen sind Standorte in Erlangen, Nürnberg und Augsburg, sagte ein Sprecher.", "de")
    assert set(actors) == {"Erlangen", "Nürnberg", "Augsburg"}, actors


def test_korean_words_that_are_no_places_give_no_draft() -> None:
    # Companies, agencies and ordinary words: Korean has no capitals, and only the gazetteer proposes.
    text = "한국은행과 삼성전자, 기획재정부는 본관에서 회의를 열었다. 피해자들은 경찰에 신고했다."
    assert _actors(text, "ko") == {}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A surname after a given name, and a given name before a surname
        ("O ministro das Finanças, Fernando Medina, apresentou o orçamento.", "pt"),
        ("O líder da oposição, Luís Montenegro, criticou o governo em entrevista.", "pt"),
        # A place's name cut short inside a building's name
        ("O primeiro-ministro falou no Palácio de São Bento durante a tarde.", "pt"),
        # A town's name that is a frequent word of the language ("no Natal": at Christmas)
        ("As vendas sobem sempre no Natal, disse o comerciante.", "pt"),
        # ("in Essen" right after a bare preposition is the city: see test_ingest_languages3.py)
        ("Nach dem Essen sprach beim Essen in der Kantine niemand mehr über das Thema.", "de"),
        # GeoNames' stray spellings of a town: "Google" for Topeka
        ("Die Daten liegen bei Google und werden dort ausgewertet.", "de"),
    ],
)
def test_what_is_no_place_in_another_language_gives_no_draft(text: str, language: str) -> None:
    assert _actors(text, language) == {}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # A town of some size after a preposition of place, or in a dateline
        ("Die Abstimmung fand in Leipzig statt, berichtete die Zeitung.", "de", "Leipzig"),
        ("Dresden, 3. Februar 2024. Der Landtag hat ein Gesetz beschlossen.", "de", "Dresden"),
        ("Lisboa, 3 de fevereiro de 2024 – O governo anunciou novas medidas.", "pt", "Lisboa"),
        ("Задержанных доставили в Томск для допроса, сообщила полиция.", "ru", "Томск"),
    ],
)
def test_a_town_with_a_preposition_or_a_dateline_is_a_place(text: str, language: str, name: str) -> None:
    assert _actors(text, language).get(name, ("?",))[0] == "place", _actors(text, language)


def test_a_state_in_capitals_is_the_state() -> None:
    assert _actors("Händler in den USA berichten von steigenden Preisen.", "de") == {
        "United States": ("state", ["USA"])
    }


def test_a_dateline_in_another_language_dates_the_sentence_after_it() -> None:
    text = "Москва, 3 февраля 2024 года.\nПравительство России утвердило проект бюджета страны."
    extraction = extract(text, PUBLISHED, [], set(), "test-lang", language="ru")
    assert [(event.date, event.date_text) for event in extraction.events] == [("2024-02-03", "3 февраля 2024")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sintra, 4 de março de 2024.\nA câmara aprovou o novo plano de mobilidade.", "pt"),
        ("Isny im Allgäu, 4. März 2024.\nDer Gemeinderat in Leutkirch hat den neuen Radweg beschlossen.", "de"),
    ],
)
def test_a_dateline_of_a_place_and_a_date_is_no_event_of_its_own(text: str, language: str) -> None:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang", language=language)
    assert [event.date for event in extraction.events] == ["2024-03-04"]
    assert all("aprovou" in event.title or "beschlossen" in event.title for event in extraction.events)


def test_a_short_first_line_with_a_date_and_no_comma_is_an_event() -> None:
    text = "Выставка откроется в марте в Вологде.\nБилеты уже продаются."
    extraction = extract(text, PUBLISHED, [], set(), "test-lang", language="ru")
    assert any("Выставка" in event.title for event in extraction.events)


def test_a_weekday_in_another_language_counts_back_from_the_dateline_not_the_page_stamp() -> None:
    # Saturday 3 February's report: "в понедельник" is the Monday before, whatever day the page was saved.
    text = "Москва, 3 февраля 2024 года.\nПравительство России в понедельник утвердило проект бюджета страны."
    extraction = extract(text, PUBLISHED, [], set(), "test-lang", language="ru")
    assert [(event.date, event.date_text) for event in extraction.events] == [("2024-01-29", "в понедельник")]


def test_a_known_state_is_found_under_its_short_forms_whatever_its_draft_was_called() -> None:
    # A German page made the draft "United States" with the alias "USA"; an English page says "U.S.".
    from dossier.model import Actor, ActorKind

    known = Actor(id="united-states", name="United States", kind=ActorKind.state, aliases=["USA"])
    text = "The U.S. Winter Outlook was published on Thursday by forecasters in Maryland."
    extraction = extract(text, PUBLISHED, [known], {"united-states"}, "test-lang")
    assert [(m.text, m.actor_id) for m in extraction.known_mentions] == [("U.S", "united-states")]
    assert [draft.name for draft in extraction.actors] == ["Maryland"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A place's name that ends a body's name is no mention of the place
        ("Die Bank of America erwartet, dass die Zentralbank die Zinsen senkt.", "de", {}),
        ("O Banco do Brasil informou que vai colaborar com as autoridades.", "pt", {}),
        # ...but German writes "von" for the place itself
        ("Die Regierung von Bayern lehnt den Vorschlag ab.", "de", {"Bayern": ("place", ["Bavaria"])}),
        # A place's name goes on past small words inside it
        ("A empresa vai investir no Rio Grande do Sul.", "pt", {"Rio Grande do Sul": ("place", [])}),
    ],
)
def test_a_place_inside_a_longer_name(text: str, language: str, expected: dict[str, tuple[str, list[str]]]) -> None:
    assert _actors(text, language) == expected


def test_korean_words_that_sound_like_a_city_are_no_place() -> None:
    # "고양이" a cat (not Goyang), "화성" Mars, "연대" solidarity, "파리" a fly, "위해" "for", "미리" "early".
    text = "고양이가 화성에서 왔다는 이야기는 연대와 파리에 관한 농담이었다. 위해 미리 구리를 샀다."
    assert _actors(text, "ko") == {}


def test_korean_cities_at_home_and_large_ones_abroad_are_places() -> None:
    text = "서울에서 부산까지, 그리고 뉴욕과 도쿄에서 온 대표단이 인천에 모였다. 수원에서도 참석했다."
    assert set(_actors(text, "ko")) == {"서울", "부산", "뉴욕", "도쿄", "인천", "수원"}


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        # GeoNames lists "Bahia" among Salvador's spellings: the state is no other name of its capital.
        ("O governo da Bahia anunciou novas obras em Salvador.", "Bahia", []),
        # ...while "Lisboa" is the city of Lisbon, not only its district.
        ("O encontro decorreu em Lisboa durante a tarde.", "Lisboa", ["Lisbon"]),
    ],
)
def test_a_region_and_a_town_of_another_name_stay_apart(text: str, name: str, aliases: list[str]) -> None:
    assert _actors(text, "pt")[name] == ("place", aliases)


def test_a_known_place_that_opens_a_bodys_name_is_read_with_the_body() -> None:
    # A German page made "Manchester" a place; an English page names a university after it.
    from dossier.model import Actor, ActorKind

    known = Actor(id="manchester", name="Manchester", kind=ActorKind.place)
    text = "Researchers at Manchester Metropolitan University said the river was polluted."
    extraction = extract(text, PUBLISHED, [known], {"manchester"}, "test-lang")
    assert [draft.name for draft in extraction.actors] == ["Manchester Metropolitan University"]
    assert extraction.known_mentions == []
    # The place alone is still the place.
    extraction = extract("Police in Manchester said so.", PUBLISHED, [known], {"manchester"}, "test-lang")
    assert [m.actor_id for m in extraction.known_mentions] == ["manchester"]


def test_a_surname_used_alone_later_is_still_no_place() -> None:
    text = "O líder da oposição, Luís Montenegro, criticou o governo. Montenegro disse que as medidas chegam tarde."
    assert _actors(text, "pt") == {}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Regions named by ordinary words of the language they are read in
        ("Der Freistaat will die Schulden bis 2030 abbauen, sagte der Minister.", "de"),
        ("El Valle quedó inundado y las Cortes aprobaron la ayuda.", "es"),
        ("La Centrale a été arrêtée et les Plateaux sont enneigés.", "fr"),
    ],
)
def test_a_region_named_by_an_ordinary_word_is_no_place(text: str, language: str) -> None:
    assert _actors(text, language) == {}


def test_a_word_opening_a_sentence_that_the_text_also_writes_in_lower_case_is_no_state() -> None:
    # "Того" (of that) opens the sentence; the text writes "того" in lower case, too: no Togo.
    text = "Того, кто нарушит правила, накажут. Для того чтобы избежать штрафа, нужно заплатить вовремя."
    assert _actors(text, "ru") == {}
    # The country itself, mid-sentence, is still the state.
    assert "Togo" in _actors("Делегация прибыла в Того на переговоры о торговле.", "ru")
