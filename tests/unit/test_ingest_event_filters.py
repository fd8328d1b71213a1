"""Event drafts an analyst keeps: no event from a condition, a hedge, a target, a habit, advice,
an offer, legal text or a stamp of the page; real events in the same shapes stay.

Every row of the `event_filters` tables has an invented sentence here that it rules out, and the
run through `extract()` shows what the analyst sees: which dated events a text gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest import event_filters
from dossier.ingest.dates import find_dates
from dossier.ingest.event_filters import date_reports, sentence_reports
from dossier.ingest.extract import extract

PUBLISHED = dt.date(2020, 1, 16)

# (table, row name, language) -> an invented sentence the row rules out.
SENTENCE_ROWS: dict[tuple[str, str], str] = {
    ("condition", "en"): "If the ferry had sailed on 3 March, the crew would be home.",
    ("counterfactual", "en"): "But had the envoys been more patient, the talks of 2019 would have ended well.",
    ("calendar", "en"): "The rainy season runs from November through March in the lowlands.",
    ("advice", "en"): "Book now before 31 March to get the early price.",
    ("appeal", "en"): "Anyone with information should call Orvik Police on 101, quoting incident 412 of 8 June 2019.",
    ("offer", "en"): "This offer is valid until 31 March 2020 on all boots.",
    ("legal", "en"): "This site uses cookies since 2019 to count visitors.",
    ("safe harbour", "en"): "Brannock Foods undertakes no obligation to update these statements after 7 May 2019.",
    ("reporting period", "en"): "This update covers the period from 3 to 9 June 2019 in the Orvik district.",
    ("report method", "en"): "It is based on 52 interviews conducted between March and October 2019 in Orvik.",
    (
        "witness list",
        "en",
    ): "Tuesday 4 June 2019: Dr Ines Varga, Reader in Hydrology, University of Orvik; Sam Lutt, Chair.",
    ("furniture", "*"): "Mary Roe • 2 hours ago Police were slow to respond in 2018 too.",
    ("condition", "de"): "Wenn die Bahn am 3. März streikt, fällt der Unterricht aus.",
    ("condition", "fr"): "Si la grève continue le 5 décembre, les écoles fermeront.",
    ("condition", "pt"): "Se o governo aprovar a lei em 3 de março, os preços sobem.",
    ("condition", "ru"): "Если переговоры сорвутся 3 марта, забастовка продолжится.",
    ("advice", "de"): "Jetzt bestellen und bis 31. März 2020 liefern lassen.",
    ("advice", "pt"): "Confira as novidades da loja até 31 de março.",
    ("advice", "ru"): "Подпишитесь на рассылку до 31 марта.",
    ("offer", "de"): "Der Gutschein ist bis 31. März 2020 einlösbar.",
    ("offer", "fr"): "Les soldes durent jusqu'au 31 mars 2020.",
    ("offer", "pt"): "Oferta válida até 31 de março de 2020.",
    ("offer", "ru"): "Промокод работает до 31 марта 2020 года.",
    ("offer", "ko"): "쿠폰은 2020년 3월 31일까지 사용할 수 있습니다.",
    ("legal", "de"): "Alle Rechte vorbehalten, Stand 2020.",
    ("legal", "fr"): "Tous droits réservés depuis 2019.",
    ("legal", "pt"): "Todos os direitos reservados desde 2019.",
    ("legal", "ru"): "Все права защищены с 2019 года.",
    ("legal", "ko"): "무단 전재 및 재배포 금지 2020년.",
    ("parenthetical hedge", "ru"): "Матч в Казани, возможно, перенесут на 30 апреля.",
    ("parenthetical hedge", "de"): "Das Spiel wird, vielleicht, am 21. März nachgeholt.",
    ("parenthetical hedge", "pt"): "O jogo será, talvez, adiado para 21 de março.",
}

# (row name, language) -> (sentence, the date's words in it) that the row rules out.
CLAUSE_ROWS: dict[tuple[str, str], tuple[str, str]] = {
    ("condition", "en"): ("She said that if you visited the port in 2015, the cranes were idle.", "2015"),
    ("counterfactual", "en"): ("Nobody knows what the port could have looked like in 2020.", "2020"),
    ("hedge", "en"): ("The new ferry might arrive next week.", "next week"),
    ("habit", "en"): ("The fair is held every August on 14 August.", "14 August"),
    ("doubt", "en"): ("The board will not know until March 2021 what the audit holds.", "March 2021"),
    ("second person", "en"): ("At the museum you can see what the town looked like in 1950.", "1950"),
    ("condition", "de"): ("Unklar ist, ob der Minister am 3. März nach Kiew reist.", "3. März"),
    ("hedge", "de"): ("Der Minister könnte am 3. März nach Kiew reisen.", "3. März"),
    ("condition", "fr"): ("Il ne sait pas s'il viendra le 5 décembre à Paris.", "5 décembre"),
    ("hedge", "fr"): ("Le ministre pourrait venir le 5 décembre à Paris.", "5 décembre"),
    ("hedge", "pt"): ("O ministro poderia viajar em 3 de março para Lisboa.", "3 de março"),
    ("condition", "ru"): ("Министр приедет, если его пригласят 3 марта.", "3 марта"),
    ("hedge", "ru"): ("Министр приехал бы 3 марта в Киев.", "3 марта"),
    ("condition", "ko"): ("회담이 열린다면 3월 3일 서울에서 만난다.", "3월 3일"),
    ("hedge adverb", "de"): ("Das Spiel in Dortmund wird vielleicht auf den 21. März verlegt.", "21. März"),
    ("habit", "de"): ("Der Markt in Köln findet jedes Jahr am 11. November statt.", "11. November"),
    ("hedge future", "pt"): ("O jogo em Braga poderá ser adiado para 21 de março.", "21 de março"),
    ("habit", "pt"): ("A feira de Braga realiza-se todos os anos a 24 de junho.", "24 de junho"),
    ("hedge adverb", "ru"): ("Матч в Казани вероятно перенесут на 30 апреля.", "30 апреля"),
    ("habit", "ru"): ("Власти Санкт-Петербурга каждый год 9 мая проводят парад.", "9 мая"),
    ("hedge", "ko"): ("서울 시내 버스는 4월 10일부터 요금을 올릴 수도 있다.", "4월 10일"),
    ("habit", "ko"): ("부산에서는 매년 10월 3일 축제가 열린다.", "10월 3일"),
}

# (row name, language) -> (sentence, the date's words) for the words just before or after a date.
STAMP_ROWS: dict[tuple[str, str, str], tuple[str, str]] = {
    ("before", "page stamp", "*"): ("Posted on March 3, 2019 by the editors of the quarterly.", "March 3, 2019"),
    ("before", "separator", "*"): ("Jane Doe • 2 days ago I visited the harbour and loved it.", "2 days ago"),
    ("before", "comment stamp", "*"): ("Jane Doe says: March 3, 2019 I agree with every word here.", "March 3, 2019"),
    ("before", "data stamp", "en"): ("Casualty figures are correct as of 3 May 2021 and may change.", "3 May 2021"),
    ("before", "case citation", "en"): (
        "Ruling: Marden Ferries v Holt County Council, CA 2023/41, 2 May 2023",
        "2 May 2023",
    ),
    ("after", "print issue", "en"): (
        "This essay appears in the June 2022 print edition of the quarterly.",
        "June 2022",
    ),
    ("before", "citation", "*"): ("Re “Bridge costs soar,” Page A8, Jan. 13: I disagree with the council.", "Jan. 13"),
    ("before", "page stamp", "de"): ("Zuletzt aktualisiert am 3. März 2020 von der Redaktion.", "3. März 2020"),
    ("before", "page stamp", "fr"): ("Mis à jour le 5 décembre 2019 par la rédaction.", "5 décembre 2019"),
    ("before", "page stamp", "pt"): ("Atualizado em 3 de março de 2020 pela redação.", "3 de março de 2020"),
    ("before", "page stamp", "ru"): ("Опубликовано 3 марта 2020 года редакцией сайта.", "3 марта 2020 года"),
    ("before", "page stamp", "ko"): ("입력 2020년 3월 3일 기자가 작성한 기사입니다.", "2020년 3월 3일"),
    ("after", "comment stamp", "*"): (
        "March 3, 2019 at 10:15 pm Reply Great piece about the harbour.",
        "March 3, 2019",
    ),
}


def _rows(table: list[event_filters.Row]) -> set[tuple[str, str]]:
    return {(name, languages) for name, languages, _ in table}


def test_every_row_of_the_tables_has_an_invented_example() -> None:
    assert _rows(event_filters.NOT_EVENT_SENTENCES) == set(SENTENCE_ROWS)
    assert _rows(event_filters.NOT_EVENT_CLAUSES) == set(CLAUSE_ROWS)
    stamps = {("before", name, languages) for name, languages in _rows(event_filters.BEFORE_DATE)}
    stamps |= {("after", name, languages) for name, languages in _rows(event_filters.AFTER_DATE)}
    assert stamps == set(STAMP_ROWS)


@pytest.mark.parametrize(("row", "sentence"), SENTENCE_ROWS.items(), ids=lambda value: str(value))
def test_a_sentence_row_rules_its_sentence_out(row: tuple[str, str], sentence: str) -> None:
    language = "en" if row[1] == "*" else row[1]
    assert not sentence_reports(sentence, language)


def _reports(sentence: str, words: str, language: str, published: dt.date | None = PUBLISHED) -> bool:
    start = sentence.index(words)
    return date_reports(sentence, start, start + len(words), None, published, language)


@pytest.mark.parametrize(("row", "case"), CLAUSE_ROWS.items(), ids=lambda value: str(value))
def test_a_clause_row_rules_its_date_out(row: tuple[str, str], case: tuple[str, str]) -> None:
    sentence, words = case
    language = "en" if row[1] == "*" else row[1]
    assert sentence_reports(sentence, language)  # the sentence alone is fine: it is the clause
    assert not _reports(sentence, words, language)


@pytest.mark.parametrize(("row", "case"), STAMP_ROWS.items(), ids=lambda value: str(value))
def test_a_stamp_row_rules_its_date_out(row: tuple[str, str, str], case: tuple[str, str]) -> None:
    sentence, words = case
    language = "en" if row[2] == "*" else row[2]
    assert not _reports(sentence, words, language)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # The same words where they report: a condition after the date, a reporting "has".
        ("The United Nations said on 14 February it was ready to send experts if asked.", "14 February"),
        ("A court will decide on Monday whether to hold them in custody.", "Monday"),
        ("Today, the foundation has received reports that access is restored.", "Today"),
        ("The committee is meeting today in Geneva.", "today"),
        ("The commission has today published its report on the camps.", "today"),
        ("In 2016 the town hosted a festival, and it has been held every August since.", "2016"),
        ("Python 3.0 was released on December 3, 2008.", "December 3, 2008"),
        ("As of Monday, 8,668 fires have been detected in the state.", "Monday"),
        ("The pass will begin on August 28 and end on December 4.", "August 28"),
        ("By the end of 2017, we had most of the pieces in place.", "the end of 2017"),
        ("The offensive of May 2015 was halted by the rains.", "May 2015"),
        ("Prices fell 3% on Monday before recovering.", "Monday"),
        ("The study, published on Monday in Nature, describes the tool.", "Monday"),
        ("Er stand am 3. März vor Gericht.", "3. März"),
        (
            "Officials confirmed that an airstrike on March 17 struck a house where civilians may have hidden.",
            "March 17",
        ),
        ("We hope that yesterday’s agreement can bring peace to the valley.", "yesterday’s"),
        ("If anything, the protests that began on 9 May have grown, organisers said.", "9 May"),
        ("On Monday, police said they could not confirm the number of dead.", "Monday"),
        ("The tender offer expires on 3 May, the bidder said.", "3 May"),
        ("I congratulate the people as you celebrate your national day on October 29.", "October 29"),
        ("The ruling of 3 May was based on interviews with the guards.", "3 May"),
    ],
)
def test_real_events_in_the_same_shapes_stay(sentence: str, words: str) -> None:
    language = "de" if "März" in sentence else "en"
    assert sentence_reports(sentence, language)
    assert _reports(sentence, words, language)


@pytest.mark.parametrize(
    ("sentence", "words", "published", "kept"),
    [
        # A future time after "by" or "until" is a target; the same words in the past are a time.
        ("The company aims to cut its emissions by 2030.", "by 2030", PUBLISHED, False),
        ("The ministry pledged to finish the road by 2050.", "by 2050", PUBLISHED, False),
        ("By 2018, the army had withdrawn from the valley.", "By 2018", PUBLISHED, True),
        ("The road was closed until March 2019.", "March 2019", PUBLISHED, True),
        ("The ministry will not decide until March 2021.", "March 2021", PUBLISHED, False),
        # Without a publication day the future cannot be told: the date stays.
        ("The company aims to cut its emissions by 2030.", "by 2030", None, True),
    ],
)
def test_a_target_in_the_future_is_no_date_of_an_event(
    sentence: str, words: str, published: dt.date | None, kept: bool
) -> None:
    mention = next(m for m in find_dates(sentence, 0, published) if words in m.text)
    assert date_reports(sentence, mention.start, mention.end, mention.edtf, published, "en") is kept


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The market opens on Mondays from 4 March in the old square.", "4 March"),
        ("The choir has sung every Friday since 2019 in the chapel.", "2019"),
        ("The years 2008 to 2015 should be known as the lost years.", "2008 to 2015"),
        ("By the 2030s, the telescope should have found the first waves.", "the 2030s"),
        ("In 2016, if the rains come, the dam might burst.", "2016"),
    ],
)
def test_a_date_before_its_clause_s_verb_is_governed_by_what_follows(sentence: str, words: str) -> None:
    assert not _reports(sentence, words, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, Argentina is a dominant force in polo.",
        "Yes, the language is still healthy today and adopted at scale.",
        "It took eleven years to get to where we are today.",
        "The technology that the plan needs doesn’t fully exist today.",
        "Developers are frustrated with the size of today’s larger codebases.",
    ],
)
def test_today_for_our_times_is_no_day(sentence: str) -> None:
    mention = next(m for m in find_dates(sentence, 0, PUBLISHED) if "today" in m.text.lower())
    assert not date_reports(sentence, mention.start, mention.end, mention.edtf, PUBLISHED, "en")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("“Who paid for the bridge in 2018?” the councillor asked.", "2018"),
        ("市长问：桥是2018年谁付的钱？", "2018"),
    ],
)
def test_a_date_in_a_question_dates_nothing(sentence: str, words: str) -> None:
    assert not _reports(sentence, words, "en")


def _dated_events(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    found = extract(text, PUBLISHED, [], set(), "t", language=language)
    return [(event.date_text, event.date) for event in found.events]


def test_a_page_gives_the_analyst_only_the_events_it_reports() -> None:
    page = (
        "Posted on January 16, 2020 by the newsdesk\n\n"
        "Police arrested two men in Leeds on Tuesday after a raid on a warehouse.\n\n"
        "If you had walked past the warehouse last year, you would have seen nothing odd.\n\n"
        "The council plans to sell the site by 2030.\n\n"
        "Today, Leeds is a busy trading city.\n\n"
        "Offer valid until 31 January 2020 for new subscribers.\n\n"
        "Jane Doe says: January 16, 2020 at 9:12 am Reply Great reporting on the raid.\n"
    )
    assert _dated_events(page) == [("Tuesday", "2020-01-14")]


def test_a_conditional_sentence_in_german_gives_no_event_and_a_report_does() -> None:
    text = (
        "Wenn die Gewerkschaft am 3. Februar streikt, fällt der Unterricht in Berlin aus.\n\n"
        "Die Gewerkschaft Verdi hat am 3. Februar in Berlin zum Streik aufgerufen.\n"
    )
    assert [date for _, date in _dated_events(text, "de")] == ["2020-02-03"]


STATEMENT_ROWS: dict[tuple[str, str], str] = {
    ("feeling", "en"): "Ms Okafor says she hopes that the harbour will reopen.",
}


def test_every_statement_row_has_an_invented_example() -> None:
    assert _rows(event_filters.NOT_EVENT_STATEMENTS) == set(STATEMENT_ROWS)


def test_reported_feelings_make_no_event_and_reported_statements_do() -> None:
    text = (
        "Police arrested two dockers in Lagos.\n\n"
        "Ms Okafor says she hopes that the harbour will reopen.\n\n"
        "Mr Bello says that he is particularly excited about the new cranes.\n\n"
        "Ms Okafor says the authority has ordered an inquiry.\n"
    )
    found = extract(text, PUBLISHED, [], set(), "t")
    assert [event.title for event in found.events] == [
        "Police arrested two dockers in Lagos",
        "Ms Okafor says the authority has ordered an inquiry",
    ]


def test_a_statement_in_the_present_tense_takes_the_report_s_day_not_its_paragraph_s() -> None:
    text = (
        "Testing of the dish began in 2016. The observatory will now open to foreign teams, says Dr Wen Li, "
        "its director.\n"
    )
    events = extract(text, PUBLISHED, [], set(), "t").events
    assert [(event.date_text, event.date) for event in events] == [("2016", "2016"), (None, "2020-01-16~")]


def test_a_founding_without_a_date_of_its_own_is_background_not_news_of_the_day() -> None:
    text = "Jessica Ceresino founded The Sports Brat and writes for its readers.\n"
    assert extract(text, PUBLISHED, [], set(), "t").events == []


def test_a_piece_of_a_wrapped_line_that_starts_in_lower_case_is_no_event() -> None:
    text = "The port was rebuilt after the war\nand reopened in September 2008.\n\nThe port reopened in May 2009.\n"
    assert _dated_events(text) == [("May 2009", "2009-05")]


COMPARED_ROWS: dict[tuple[str, str], tuple[str, str]] = {
    ("comparison", "en"): (
        "Orvik Foods made a profit of $12 million, down from $19 million in the same period last year.",
        "last year",
    ),
}


def test_every_comparison_row_has_an_invented_example() -> None:
    assert _rows(event_filters.COMPARED_WITH) == set(COMPARED_ROWS)


@pytest.mark.parametrize(("row", "case"), COMPARED_ROWS.items(), ids=lambda value: str(value))
def test_a_comparison_row_rules_its_date_out_and_keeps_the_sentence(
    row: tuple[str, str], case: tuple[str, str]
) -> None:
    sentence, words = case
    assert sentence_reports(sentence, row[1])
    assert not _reports(sentence, words, row[1])


@pytest.mark.parametrize(
    "sentence",
    [
        "This assessment covers events through 11:30am on November 13 in the Orvik valley.",
        "This chapter covers events from January to December 2019.",
        "The Orvik Monitor will cover subsequent developments in its November 14 update.",
    ],
)
def test_a_report_s_scope_in_other_words_is_no_event(sentence: str) -> None:
    assert not sentence_reports(sentence)
