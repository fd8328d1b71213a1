"""Dates in sentences, resolved against the publication date into EDTF, with the words kept."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.dates import validate_edtf
from dossier.ingest.dates import find_dates, parse_published, published_qualifier

MONDAY = dt.date(2022, 2, 28)
FRIDAY = dt.date(2022, 3, 4)


@pytest.mark.parametrize(
    ("sentence", "published", "words", "edtf"),
    [
        ("Tanks crossed on February 24 from Belarus.", MONDAY, "February 24", "2022-02-24"),
        ("Tanks crossed on 24 February 2021.", MONDAY, "24 February 2021", "2021-02-24"),
        ("On February 21 and 22, images showed vehicles.", MONDAY, "February 21 and 22", "2022-02-21/2022-02-22"),
        (
            "Fighting raged between 3 and 5 March near the town.",
            FRIDAY,
            "between 3 and 5 March",
            "2022-03-03/2022-03-05",
        ),
        ("The drills ran from March 1 to 4.", FRIDAY, "from March 1 to 4", "2022-03-01/2022-03-04"),
        ("He spoke on Thursday to reporters.", FRIDAY, "Thursday", "2022-03-03"),
        ("They were preludes to Thursday’s attack.", MONDAY, "Thursday’s", "2022-02-24"),
        ("Talks are scheduled for Monday near the border.", MONDAY, "Monday", "2022-02-28"),
        ("Talks will resume next Monday.", MONDAY, "next Monday", "2022-03-07"),
        ("Tensions heightened last week.", MONDAY, "last week", "2022-02-21/2022-02-27"),
        ("A delegation arrived in Gomel this morning.", MONDAY, "this morning", "2022-02-28"),
        ("Earlier in the day, Putin spoke.", MONDAY, "Earlier in the day", "2022-02-28"),
        ("Shelling continued yesterday.", MONDAY, "yesterday", "2022-02-27"),
        ("Prices rose last month.", MONDAY, "last month", "2022-01"),
        ("The plan was drafted in December 2021.", MONDAY, "December 2021", "2021-12"),
        ("The report is dated 2022-02-24.", MONDAY, "2022-02-24", "2022-02-24"),
        ("In February we will bring leaders together.", MONDAY, "February", "2022-02"),
        ("Many died during the coup attempt last July.", MONDAY, "last July", "2021-07"),
        ("Since 2009, the fund has given $4 million.", MONDAY, "Since 2009", "2009"),
        ("It follows the Geneva Communique of 2012.", MONDAY, "2012", "2012"),
        ("Berlin became part of that history in 1884, when Bismarck hosted it.", MONDAY, "1884", "1884"),
        ("The treaty was signed on March 3, 1878 at San Stefano.", MONDAY, "March 3, 1878", "1878-03-03"),
        ("The town was founded in June 1701.", MONDAY, "June 1701", "1701-06"),
    ],
)
def test_dates_resolve_against_the_publication_day(sentence: str, published: dt.date, words: str, edtf: str) -> None:
    found = find_dates(sentence, 100, published)
    assert [(d.text, d.edtf) for d in found] == [(words, edtf)]
    assert sentence[found[0].start - 100 : found[0].end - 100] == found[0].text
    validate_edtf(edtf)


def test_a_day_far_after_publication_belongs_to_the_year_before() -> None:
    [found] = find_dates("The decree was signed on December 30.", 0, dt.date(2022, 1, 10))
    assert found.edtf == "2021-12-30"


def test_without_a_publication_date_the_year_stays_unspecified() -> None:
    found = find_dates("On February 21 and 22, images showed vehicles; on Thursday they moved.", 0, None)
    assert [(d.text, d.edtf) for d in found] == [
        ("February 21 and 22", "XXXX-02-21/XXXX-02-22"),
        ("Thursday", None),
    ]
    validate_edtf("XXXX-02-21/XXXX-02-22")
    [single] = find_dates("Tanks crossed on February 24.", 0, None)
    assert single.edtf == "XXXX-02-24"


def test_words_that_only_look_like_dates_are_not_dates() -> None:
    assert find_dates("Officials may decide to march on.", 0, MONDAY) == []
    assert find_dates("The list had February 30 on it.", 0, MONDAY) == []
    assert find_dates("He may in March change his mind.", 0, MONDAY)[0].edtf == "2022-03"
    # A number before 1900 that goes on into a noun is a count, not a year.
    assert find_dates("The fund helped in 1500 cases.", 0, MONDAY) == []


def test_an_uncertain_publication_day_is_still_used() -> None:
    assert parse_published("2022-02-27?") == dt.date(2022, 2, 27)
    assert parse_published("2022-02") is None
    assert parse_published(None) is None
    assert (published_qualifier("2022-02-27?"), published_qualifier("2022-02-27~")) == ("?", "~")
    assert (published_qualifier("2022-02-27"), published_qualifier("2022-02?"), published_qualifier(None)) == ("",) * 3


def test_dates_counted_from_an_uncertain_publication_day_are_uncertain_too() -> None:
    sunday = dt.date(2022, 2, 27)
    sentence = "Talks are scheduled for Monday; tanks crossed on February 24 and troops moved in last week."
    found = find_dates(sentence, 0, sunday, "?")
    assert [(d.text, d.edtf) for d in found] == [
        ("Monday", "2022-02-28?"),  # counted from the publication day: as uncertain as it is
        ("February 24", "2022-02-24"),  # spelled out by the text: not
        ("last week", "2022-02-14?/2022-02-20?"),
    ]
    for mention in found:
        validate_edtf(mention.edtf or "")


# -- dates in the other languages sources come in ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "words", "edtf"),
    [
        ("Am 3. Februar 2024 sperrte die Stadt die Brücke.", "de", "3. Februar 2024", "2024-02-03"),
        ("Die Sitzung fand am 03.02.2024 statt.", "de", "03.02.2024", "2024-02-03"),
        ("Im Februar 2023 stiegen die Mieten.", "de", "Februar 2023", "2023-02"),
        ("Am 5. Mai traf sich der Rat.", "de", "5. Mai", "2024-05-05"),
        ("Le 1er mars, le conseil a voté.", "fr", "1er mars", "2024-03-01"),
        ("El 3 de febrero de 2024 el gobierno anunció el plan.", "es", "3 de febrero de 2024", "2024-02-03"),
        ("Em 3 de fevereiro de 2024 o governo anunciou o plano.", "pt", "3 de fevereiro de 2024", "2024-02-03"),
        ("3 февраля 2024 года министр объявил план.", "ru", "3 февраля 2024", "2024-02-03"),
    ],
)
def test_a_date_spelled_out_in_the_sources_language_is_read(
    sentence: str, language: str, words: str, edtf: str
) -> None:
    found = find_dates(sentence, 0, dt.date(2024, 3, 10), "", language)
    assert [(m.text, m.edtf) for m in found] == [(words, edtf)]


def test_month_names_of_other_languages_are_read_only_in_those_languages() -> None:
    # "Mars" is French for March, and a planet in an English text; "Mai" a name.
    assert find_dates("The Mars 2024 mission was delayed.", 0, dt.date(2024, 3, 10)) == []
    assert find_dates("Die Mission zum Mars startet bald.", 0, dt.date(2024, 3, 10), "", "de") == []


def test_a_german_dated_sentence_with_an_actor_is_an_event_dated_by_its_words() -> None:
    from dossier.ingest.extract import extract

    text = "Am 3. Februar sperrte die Stadt Köln die Brücke über den Rhein. Der Verkehr wird umgeleitet."
    events = extract(text, dt.date(2024, 3, 10), [], set(), "t", language="de").events
    assert [(e.date_text, e.date) for e in events] == [("3. Februar", "2024-02-03")]
    assert events[0].title.startswith("Am 3. Februar sperrte die Stadt Köln")


# Periods that histories and business news name: centuries, fiscal years and quarters.
@pytest.mark.parametrize(
    ("sentence", "words", "edtf"),
    [
        ("Monks built the first chapel in the 12th century, the chronicle says.", "the 12th century", "11XX"),
        ("The harbour silted up in the late eighteenth century.", "the late eighteenth century", "17XX"),
        ("Traders crossed the strait in the 3rd century BC.", "the 3rd century BC", None),
        ("Net income doubled in fiscal 2023, the lender said.", "fiscal 2023", "2023~"),
        ("The agency overspent in fiscal year 2019.", "fiscal year 2019", "2019~"),
        ("The council cut its budget in the 2021/22 financial year.", "the 2021/22 financial year", "2021/2022"),
        ("Orders rose in FY2022 after a weak year.", "FY2022", "2022~"),
        ("The mine closed in FY 2020-21.", "FY 2020-21", "2020/2021"),
        ("Deliveries fell in the second quarter of 2021.", "the second quarter of 2021", "2021-34"),
        ("The plant was idle for the first half of 2020.", "the first half of 2020", "2020-40"),
        ("Exports recovered in the Second Half of 2022.", "the Second Half of 2022", "2022-41"),
        ("The chipmaker's Q4 2022 sales missed forecasts.", "Q4 2022", "2022-36"),
        ("Revenue rose in the third quarter of fiscal 2024.", "the third quarter of fiscal 2024", "2024~"),
    ],
)
def test_centuries_fiscal_years_and_quarters_are_dates(sentence: str, words: str, edtf: str | None) -> None:
    found = find_dates(sentence, 0, dt.date(2024, 6, 1))
    assert [(m.text, m.edtf) for m in found] == [(words, edtf)]
    if edtf:
        validate_edtf(edtf)


def test_a_century_before_a_noun_describes_a_thing_and_dates_nothing() -> None:
    found = find_dates("The 18th-century granary burned down in 1995.", 0, dt.date(2024, 6, 1))
    assert [(m.text, m.edtf) for m in found] == [("1995", "1995")]


@pytest.mark.parametrize(
    ("sentence", "language", "words", "edtf"),
    [
        ("В апреле 2022 года завод остановил работу.", "ru", "апреле 2022", "2022-04"),
        ("Банк открыл филиал в 2019 году.", "ru", "в 2019 году", "2019"),
        ("В мае компания сократила штат.", "ru", "В мае", "2024-05"),
        ("Во вторник суд арестовал директора.", "ru", "Во вторник", "2024-05-28"),
        ("Im Jahr 2018 zog die Firma nach Leipzig.", "de", "Im Jahr 2018", "2018"),
        ("Seit 2015 leitet sie das Werk.", "de", "Seit 2015", "2015"),
        ("Anfang April schloss die Filiale.", "de", "Anfang April", "2024-04"),
        ("Am Freitag durchsuchte die Polizei das Büro.", "de", "Am Freitag", "2024-05-31"),
        ("Em 2020 a empresa abriu capital.", "pt", "Em 2020", "2020"),
        ("Na quinta-feira, a polícia prendeu dois suspeitos.", "pt", "Na quinta-feira", "2024-05-30"),
        ("Desde fevereiro o preço subiu.", "pt", "Desde fevereiro", "2024-02"),
        ("검찰은 목요일 대표를 기소했다.", "ko", "목요일", "2024-05-30"),
    ],
)
def test_years_months_and_weekdays_in_other_languages_date_their_sentence(
    sentence: str, language: str, words: str, edtf: str
) -> None:
    # Published on Friday 31 May 2024.
    found = find_dates(sentence, 0, dt.date(2024, 5, 31), language=language)
    assert [(m.text, m.edtf) for m in found] == [(words, edtf)]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Kirche steht seit 2000 Jahren auf dem Hügel.", "de"),
        ("A prefeitura entregou em 2000 casas novas.", "pt"),
        ("Plácido Domingo cantou em Lisboa.", "pt"),
        ("Der Dax schloss mit 2019 Punkten.", "de"),
    ],
)
def test_counts_and_names_in_other_languages_are_no_dates(sentence: str, language: str) -> None:
    assert find_dates(sentence, 0, dt.date(2024, 5, 31), language=language) == []


def test_a_weekday_with_its_day_in_another_language_is_that_day() -> None:
    found = find_dates(
        "Die Ministerin reist am Dienstag, dem 4. Juni, nach Riga.", 0, dt.date(2024, 5, 31), language="de"
    )
    assert [(m.text, m.edtf) for m in found] == [("am Dienstag, dem 4. Juni", "2024-06-04")]


@pytest.mark.parametrize(
    ("sentence", "language", "words", "edtf"),
    [
        # Published on Monday 30 November 2026: 10 January is a Sunday in 2027, not in 2026.
        ("From Sunday 10 January the ferry sails twice a day.", "en", "Sunday 10 January", "2027-01-10"),
        ("The mill reopened on Friday 27 November.", "en", "Friday 27 November", "2026-11-27"),
        ("Der Markt öffnet am Montag, dem 11. Januar, wieder.", "de", "am Montag, dem 11. Januar", "2027-01-11"),
        # A year written out stays, weekday or not.
        ("The yard closed on Monday 3 December 2024.", "en", "Monday 3 December 2024", "2024-12-03"),
    ],
)
def test_a_weekday_with_its_day_tells_the_year_the_day_is_in(
    sentence: str, language: str, words: str, edtf: str
) -> None:
    found = find_dates(sentence, 0, dt.date(2026, 11, 30), language=language)
    assert [(m.text, m.edtf) for m in found] == [(words, edtf)]


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        # Reported speech: "would" is the "will" of the day she spoke, so Monday is the coming one.
        ("The mayor said she would open talks with the unions on Monday.", "2022-03-07"),
        # The day of the telling stays in the past.
        ("The director told reporters on Monday that the plant would reopen.", "2022-02-28"),
        # "would have" looks back.
        ("The mayor said the strike would have ended on Monday without the storm.", "2022-02-28"),
    ],
)
def test_a_day_after_would_in_reported_speech_is_the_coming_one(sentence: str, edtf: str) -> None:
    published = dt.date(2022, 3, 4)  # a Friday
    [mention] = find_dates(sentence, 0, published)
    assert (mention.text, mention.edtf) == ("Monday", edtf)


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        # A yearly report out on 16 January: a fronted day in a done clause is last year's.
        ("On 3 February, police raided the offices of the Orvik Herald.", "2019-02-03"),
        # Not fronted, or not done: the coming 3 February.
        ("Police raided the offices on 3 February.", "2020-02-03"),
        ("On 3 February, the court will rule on the raid.", "2020-02-03"),
        ("On 3 February, the vote was postponed again.", "2020-02-03"),
    ],
)
def test_a_fronted_day_just_after_publication_in_a_done_clause_is_last_year_s(sentence: str, edtf: str) -> None:
    [mention] = find_dates(sentence, 0, dt.date(2020, 1, 16))
    assert mention.edtf == edtf
