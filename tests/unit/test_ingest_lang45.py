"""Places and junk in Portuguese, Korean, Russian and German finance, tech, crime and politics news
that round lang45's pages showed.

Portuguese: "a" before a firm named like a town is its article, not the preposition "to", when it
opens a clause after a comma or the sentence and a verb follows the name ("Depois do balanço, a
Taubaté caiu 3%"); in a list or a route it is the preposition still ("vão a Limeira, a Piracicaba e
a Campinas"). A small town listed after a known place counts only when the list has a cue of place
("em Lins e Piracaia") or both lie in the language's countries ("Leiria e Pombal testaram"); "Toledo e Piracaia
caem no pregão" (a US city and a Brazilian town) lists two shares. A feminine article
before a name that opens with a masculine word ("ações da Campos Novos", "A Belo Monte gera") agrees
with a firm, not the town; so does a firm's trade noun before the name ("a construtora Monte
Alegre"; German "die Reederei Hamburg Süd", "der Konzern Bad Homburg Holding").

Russian: after "у" or "от", a word shaped like a surname's genitive names a person ("обыски у
Коврова", "у Сарова и Ершова"), not the town Ковров, unless a route's "до" follows ("от Коврова до
Владимира") or the city has a million people ("у Ростова"). A Russian given name after a town's genitive opens
the person the title before it names ("Мэр Тюмени Максим Кривошеев"), not a longer name of the town;
the head of a town is its mayor ("Глава Курска Евгений Маслов"), the head of a bank is no town's. A
foreign town's name that the page also writes as the end of a compound is that compound's noun ("в
Думу" beside "Мосгордума": the parliament, not Douma in Syria).

Korean: a noun for an area after a town cues it with a particle, the plural or the copula joined
("전주 출신인 의원", "목포 주민들은", "순천 시민들이"), and a firm's building or the government's
offices are sites named by their town ("진주 사옥을", "창원 정부청사에서"); "화성에서 온 사람들
출신인 척" stays unread. A city or a county of the closed list before a works is that town though its
name is a word too ("당진 제철소가", "음성 공장에서"); "음성 메시지" (a voice message) and "동해 앞바다"
(the East Sea) stay unread.

German: a constituency is named by its town ("aus dem Wahlkreis Celle", "den Wahlkreis Göttingen"),
as a district is ("im Landkreis Verden"); "der Wahlkreis Weber" names no town. A German town takes
no article, so a town's name right after "die" or "der" is a ship's or a firm's ("Die Bad Kreuznach
lief in Kiel ein"); so is one after a bank's or an insurer's noun ("Die Bausparkasse Bad Vilbel", "Die
Versicherung Bad Kreuznach"). A landscape takes its article ("Die Altmark"). A town's council, people or
part, then "von", names the town ("Die Innenstadt von Gießen", "Die Einwohner von Wetzlar"); "von" alone
takes people ("Das Buch von Weber", "Die Rede von Hagen").

A foreign state's or province's name as its own country writes it, after a preposition of place, is
that region in German and Portuguese news ("in Nevada", "na Flórida", "im US-Bundesstaat Nevada"),
though GeoNames gives it no size; alone ("Ohio ist groß") it stays unread, as a word might.

Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _drafts(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang45", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("No setor de papel, a Limeira avançou 2% no pregão.", set()),
        ("A Sorocaba recuou 1% no pregão.", set()),
        ("Depois do balanço, a Taubaté caiu 3%.", set()),
        # the preposition: a list of towns, a route's end after a comma
        ("Os ônibus vão a Limeira, a Piracicaba e a Campinas.", {"Limeira", "Piracicaba", "Campinas"}),
        (
            "O cabo liga a Praia do Futuro, em Fortaleza, a Sesimbra, ao sul de Lisboa.",
            {"Fortaleza", "Sesimbra", "Lisboa"},
        ),
    ],
)
def test_portuguese_article_before_a_firm_named_like_a_town(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "pt") == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Toledo e Piracaia caem no pregão desta sexta.", set()),
        ("Choveu em Lins e Piracaia na sexta.", {"Lins", "Piracaia"}),
        ("Leiria e Pombal já testaram regras parecidas.", {"Pombal"}),
        ("Coimbra e Cantanhede já testaram regras parecidas.", {"Cantanhede"}),
    ],
)
def test_portuguese_small_town_listed_needs_a_cue_of_place(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "pt") == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Оперативники провели обыски у Коврова.", set()),
        ("Деньги изъяли у Сарова и Ершова.", set()),
        # a route's start, a city of a million, a town after "под"
        ("Автобус идёт от Коврова до Владимира.", {"Ковров", "Владимир"}),
        ("Пробка у Ростова растянулась на 10 километров.", {"Ростов"}),
        ("Снегопад засыпал дороги под Ковровом.", {"Ковров"}),
    ],
)
def test_russian_surname_after_a_persons_preposition(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "ru") == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("전주 출신인 최 의원은 예산을 요구했다.", {"전주"}),
        ("목포 주민들은 신항 계획에 반대했다.", {"목포"}),
        ("순천 시민들이 집회를 열었다.", {"순천"}),
        ("회사는 진주 사옥을 매각했다.", {"진주"}),
        ("행안부는 창원 정부청사에서 브리핑을 했다.", {"창원"}),
        ("화성에서 온 사람들 출신인 척했다.", set()),
    ],
)
def test_korean_town_before_an_area_noun_or_a_building(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "ko") == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Die Abgeordnete aus dem Wahlkreis Celle gewann knapp.", {"Celle"}),
        ("Sie gewann den Wahlkreis Göttingen direkt.", {"Göttingen"}),
        ("Der Wahlkreis Weber ist neu.", set()),
    ],
)
def test_german_town_naming_a_constituency(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "de") == wanted


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("As ações da Campos Novos subiram.", "pt", set()),
        ("A Belo Monte gera energia no Pará.", "pt", {"Pará"}),
        ("A construtora Monte Alegre anunciou demissões.", "pt", set()),
        ("Die Reederei Hamburg Süd meldete Gewinn.", "de", set()),
        ("Der Konzern Bad Homburg Holding wächst.", "de", set()),
        # the town: "a" as "to", "de" before it
        ("O ônibus vai a Porto Seguro amanhã.", "pt", {"Porto Seguro"}),
        ("Turistas chegam de Porto Seguro e de Ilhéus.", "pt", {"Porto Seguro", "Ilhéus"}),
    ],
)
def test_firm_named_like_a_town_by_its_article_or_trade(text: str, language: str, wanted: set[str]) -> None:
    assert _drafts(text, language) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Die Bad Kreuznach lief gestern in Kiel ein.", {"Kiel"}),
        ("Die Versicherung Bad Kreuznach zahlt nicht.", set()),
        ("Die Bausparkasse Bad Vilbel senkt die Zinsen.", set()),
        ("In Bad Kreuznach regnet es.", {"Bad Kreuznach"}),
        ("Die Altmark ist dünn besiedelt.", {"Altmark"}),
    ],
)
def test_german_town_name_after_an_article_or_a_firm_noun(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "de") == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Мэр Тюмени Максим Кривошеев открыл мост.", {"Тюмень"}),
        ("Губернатор Петербурга Сергей Ланской встретился с жителями.", {"Петербург"}),
        ("Глава Курска Евгений Маслов подписал указ.", {"Курск"}),
        ("Глава Сбербанка Герман Греф выступил.", set()),
    ],
)
def test_russian_town_before_a_persons_given_name(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "ru") == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("당진 제철소가 가동을 멈췄다.", {"당진"}),
        ("음성 공장에서 불이 났다.", {"음성"}),
        ("그는 음성 메시지를 남겼다.", set()),
        ("동해 앞바다에서 어선이 침몰했다.", set()),
    ],
)
def test_korean_county_before_its_works(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "ko") == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Die Innenstadt von Gießen ist gesperrt.", {"Gießen"}),
        ("Die Einwohner von Wetzlar protestieren.", {"Wetzlar"}),
        ("Das Buch von Weber erscheint im Mai.", set()),
        ("Die Rede von Hagen war kurz.", set()),
    ],
)
def test_german_town_after_a_part_of_it_and_von(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "de") == wanted


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("Das Werk entsteht in Nevada.", "de", {"Nevada"}),
        ("Das Werk steht in Ohio.", "de", {"Ohio"}),
        ("Ele mora na Flórida.", "pt", {"Flórida"}),
        ("Ohio ist groß und flach.", "de", set()),
        ("Die Firma baut im US-Bundesstaat Nevada ein Werk.", "de", {"Nevada"}),
    ],
)
def test_foreign_region_after_a_preposition(text: str, language: str, wanted: set[str]) -> None:
    assert _drafts(text, language) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Мосгордума приняла бюджет, а в Думу внесли поправки.", set()),
        ("Мосгордума приняла бюджет. Обстрел в Донецке продолжается.", {"Донецк"}),
        ("Бои идут в Газе.", {"Газа"}),
    ],
)
def test_russian_town_named_by_the_tail_of_a_compound(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "ru") == wanted
