"""Third round of invented news text in Russian, Korean, Portuguese and German: places the reader
expects that the rules missed (declined adjectives, fleeting vowels, Korean towns whose names are
also words), words that only look like places (a chain of shops, a copyright year), and the day a
page's dateline states, stored as the source's publication date through the real CLI."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pytest
import yaml

from dossier.ingest.extract import extract
from dossier.ingest.word_forms import adjective_forms, base_forms
from tests.unit.ingest_helpers import dossier

PUBLISHED = dt.date(2024, 4, 20)


def _actors(text: str, language: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang3", language=language)
    return {draft.name: draft.kind.value for draft in extraction.actors}


# --- Russian: forms the first rounds did not read back ---------------------------------------


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("Орле", "Орёл"),  # a vowel of the nominative drops in the other cases
        ("Ельце", "Елец"),
        ("Уфе", "Уфа"),  # a stem of two letters
    ],
)
def test_russian_forms_with_a_fleeting_vowel_or_a_short_stem(word: str, form: str) -> None:
    assert form in base_forms(word, "ru")


def test_russian_declined_adjectives_read_back_to_the_nominative() -> None:
    assert "Нижний" in adjective_forms("Нижнем", "ru")
    assert "Великий" in adjective_forms("Великого", "ru")
    assert adjective_forms("Dresden", "ru") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Похожую схему раскрыли в прошлом году в Орле и Курске.", {"Орёл": "place", "Курск": "place"}),
        (
            "Записаться к врачу теперь можно в Казани, Уфе и Самаре.",
            {"Казань": "place", "Уфа": "place", "Самара": "place"},
        ),
        ("Губернатор встретился с предпринимателями в Нижнем Новгороде.", {"Нижний Новгород": "place"}),
        ("Делегация приехала из Великого Новгорода.", {"Великий Новгород": "place"}),
        ("Крупные склады маркетплейсов есть в Татарстане.", {"Татарстан": "place"}),
    ],
)
def test_russian_places_in_their_declined_forms(text: str, expected: dict[str, str]) -> None:
    assert _actors(text, "ru") == expected


def test_a_russian_dateline_in_capitals_gives_the_name_as_a_reader_writes_it() -> None:
    text = "МОСКВА, 26 апреля 2024 года. Банк России сохранил ключевую ставку."
    assert _actors(text, "ru") == {"Москва": "place"}


# --- Korean: towns that are also words need a cue ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state before the town
        ("삼성전자는 프랑스 파리에서 신제품을 공개했다.", {"France": "state", "파리": "place"}),
        # a province's short name before the town is the province
        ("신제품은 경북 구미 공장에서 생산된다.", {"경상북도": "place", "구미": "place"}),
        # the suffix for a city (and the city's district after it)
        ("경찰은 전주시 완산구의 한 오피스텔에서 5명을 검거했다.", {"전주": "place", "완산구": "place"}),
        # a noun for an area after the town
        ("진주 지역 소상공인들은 금리 부담을 호소했다.", {"진주": "place"}),
        # a compound of ordinary words after a town is no club's name
        ("원/달러 환율은 서울 외환시장에서 1,380원에 마감했다.", {"서울": "place"}),
    ],
)
def test_korean_towns_with_a_cue_are_places(text: str, expected: dict[str, str]) -> None:
    assert _actors(text, "ko") == expected


@pytest.mark.parametrize(
    "text",
    [
        "진주 목걸이를 선물로 샀다.",  # a pearl
        "매출은 전주 대비 3% 올랐다.",  # the week before
        "파리가 식탁 위를 날아다녔다.",  # a fly
        "반도체 경기 회복으로 수출이 늘었다. 경기 침체 우려도 있다.",  # the economy, not Gyeonggi
        "상주 인력 감축 문제도 논의됐다.",  # resident staff
        "그는 화성에서 왔다는 농담을 했다.",  # Mars: a particle of place is no cue
        "미군과 러시아군이 국경에서 대치했다.",  # armies, not towns with a suffix
    ],
)
def test_korean_words_that_are_also_towns_give_no_draft_without_a_cue(text: str) -> None:
    assert _actors(text, "ko") == {}


def test_korean_clubs_named_after_their_town_stay_clubs() -> None:
    assert _actors("대전 하나시티즌은 포항 스틸러스에 0대3으로 졌다.", "ko") == {}


# --- German and Portuguese: a bare preposition; a firm's name ----------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # towns whose names are frequent words, right after a preposition that takes no article
        (
            "Bei einer Razzia in Duisburg und Essen wurden Wohnungen durchsucht.",
            "de",
            {"Duisburg": "place", "Essen": "place"},
        ),
        ("Der Autobauer Porsche aus Stuttgart verlor vier Prozent.", "de", {"Stuttgart": "place"}),
        ("Der Bus fährt zwischen Chemnitz und Leipzig.", "de", {"Chemnitz": "place", "Leipzig": "place"}),
        ("A empresa vai contratar 2 mil pessoas em Natal e em Recife.", "pt", {"Natal": "place", "Recife": "place"}),
        (
            "Em Vitória, no Espírito Santo, a polícia investiga um caso.",
            "pt",
            {"Vitória": "place", "Espírito Santo": "place"},
        ),
    ],
)
def test_a_frequent_word_right_after_a_bare_preposition_is_the_town(
    text: str, language: str, expected: dict[str, str]
) -> None:
    assert _actors(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Beim Essen in der Kantine testeten Mitarbeiter die neue App.", "de"),
        ("Das Essen war gut, und nach dem Essen gingen alle.", "de"),
        ("O Natal deve movimentar 70 bilhões no comércio.", "pt"),
        ("As vendas sobem sempre no Natal.", "pt"),
        # a capitalised word before a place's name in a language of lower-case nouns: a firm
        ("A Casas Bahia fechou lojas na Avenida Paulista.", "pt"),
        ("La empresa Banco Santander México ganó más este año.", "es"),
    ],
)
def test_words_and_firms_that_look_like_places_give_no_draft(text: str, language: str) -> None:
    assert _actors(text, language) == {}


def test_a_place_after_a_word_for_a_place_is_still_the_place() -> None:
    assert _actors("O governo anunciou obras na Grande São Paulo.", "pt") == {"São Paulo": "place"}


# --- The dateline's day as the page's publication date (real CLI) ------------------------------


def _page(path: Path, language: str, title: str, paragraphs: list[str], published: str | None) -> Path:
    meta = f'<meta property="article:published_time" content="{published}T08:00:00+00:00">' if published else ""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    path.write_text(
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"{meta}</head><body><nav><ul><li><a href='/'>Home</a></li></ul></nav>"
        f"<main><article><h1>{html.escape(title)}</h1>{body}</article></main>"
        "<footer><p>© 2024 Redaktion. Alle Rechte vorbehalten.</p></footer></body></html>",
        encoding="utf-8",
    )
    return path


def _ingest(tmp_path: Path, page: Path) -> tuple[dict, str]:  # type: ignore[type-arg]
    root = tmp_path / "ws"
    result = dossier("ingest", str(page), "--workspace", str(root))
    assert result.returncode == 0, result.stderr
    assert dossier("check", str(root)).returncode == 0
    (source,) = list((root / "sources").glob("*.yaml"))
    return yaml.safe_load(source.read_text(encoding="utf-8")), result.stdout


_RUSSIAN = [
    "МОСКВА, 26 апреля 2024 года. Банк России сохранил ключевую ставку на уровне 16% годовых, "
    "говорится в сообщении регулятора.",
    "Аналитик Сергей Орлов из Екатеринбурга считает, что ставка останется высокой до осени.",
    "Инфляция в Свердловской области в марте составила 7,8 процента.",
]


def test_a_page_without_a_date_is_published_on_the_day_its_dateline_states(tmp_path: Path) -> None:
    page = _page(tmp_path / "ru.html", "ru", "Банк России сохранил ключевую ставку", _RUSSIAN, None)
    source, summary = _ingest(tmp_path, page)
    # Not 2024-01-01, which htmldate reads from the footer's "© 2024".
    assert source["published"] == "2024-04-26"
    assert source["language"] == "ru"
    assert "Published on the day its dateline states ('26 апреля 2024')" in source["notes"]
    # The summary says where the date came from, in which language the text is and what was skipped.
    assert "(published 2024-04-26, the day its dateline states)" in summary
    assert "skipped: text in 'ru' (Russian): no persons or organisations were proposed" in summary
    assert "a town of some size only after a preposition of place or in a dateline" in summary


def test_a_page_date_in_its_metadata_wins_over_the_dateline(tmp_path: Path) -> None:
    page = _page(tmp_path / "ru.html", "ru", "Банк России сохранил ключевую ставку", _RUSSIAN, "2024-04-27")
    source, summary = _ingest(tmp_path, page)
    assert source["published"] == "2024-04-27"
    assert "dateline" not in source["notes"] and "the day its dateline states" not in summary


def test_a_korean_page_without_a_date_takes_its_dateline_and_names_its_towns(tmp_path: Path) -> None:
    paragraphs = [
        "서울, 2024년 5월 23일 - 한국은행 금융통화위원회는 기준금리를 연 3.5%로 동결했다.",
        "진주 지역 소상공인들은 금리 부담을 호소했다.",
        "반도체 경기 회복으로 수출도 늘었다.",
    ]
    page = _page(tmp_path / "ko.html", "ko", "한국은행 기준금리 동결", paragraphs, None)
    source, summary = _ingest(tmp_path, page)
    assert source["published"] == "2024-05-23"
    assert "skipped: text in 'ko' (Korean)" in summary
    assert "a town whose name is also a Korean word only with 시 or 군" in summary
    names = {yaml.safe_load(p.read_text(encoding="utf-8"))["name"] for p in (tmp_path / "ws" / "actors").glob("*.yaml")}
    assert names == {
        "Seoul",
        "Chinju",
    }  # (the record shows the gazetteer's name, the page's spelling its alias: realmix3)


# --- Smaller towns at home, a common noun's place, an agency's dateline -----------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a town of the language's own country under 100,000 people, right after a bare preposition
        (
            "Die Grünen kritisierten Kürzungen zwischen Chemnitz und Zwickau.",
            "de",
            {"Chemnitz": "place", "Zwickau": "place"},
        ),
        ("Im Mai hatte das Kabinett in Görlitz getagt.", "de", {"Görlitz": "place"}),
        ("A empresa abriu lojas em Braga e em Faro.", "pt", {"Braga": "place", "Faro": "place"}),
        # "de" after a common noun names the place it belongs to
        ("Os presos foram levados para a cadeia pública de Sorocaba.", "pt", {"Sorocaba": "place"}),
        # a part of an area before "do": "no oeste do Paraná"
        ("A loja fica em Cascavel, no oeste do Paraná.", "pt", {"Cascavel": "place", "Paraná": "place"}),
        # an agency's dateline, and a town's first word standing for its whole name
        ("Frankfurt/Main (dpa-AFX) – Der Dax hat am Mittwoch im Plus geschlossen.", "de", {"Frankfurt": "place"}),
    ],
)
def test_smaller_towns_a_common_nouns_place_and_an_agency_dateline(
    text: str, language: str, expected: dict[str, str]
) -> None:
    assert _actors(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Spanne liegt zwischen Januar und März.", "de"),  # no town
        ("Der Kuchen ist aus Datteln gemacht.", "de"),  # fruit; the town of that name is under 50,000
        ("Das Gesetz tritt in Kraft, und in Zukunft ist alles in Ordnung.", "de"),
        ("O técnico do Palmeiras falou, e o goleiro do Cruzeiro defendeu.", "pt"),  # clubs take "do"
        ("A ceia de Natal reuniu a família.", "pt"),  # Christmas supper: a frequent word after "de"
        ("O presidente do Santos falou aos jornalistas.", "pt"),  # the club
        ("Em São, nada mudou.", "pt"),  # a first word too short to stand for São Paulo
    ],
)
def test_no_town_from_months_clubs_or_a_short_first_word(text: str, language: str) -> None:
    assert _actors(text, language) == {}


def test_a_copyright_year_is_kept_as_a_year_and_dates_a_dateline_without_one(tmp_path: Path) -> None:
    # Only the footer's "© 2024" dates this page: a year, not the first of January.
    page = _page(
        tmp_path / "de.html", "de", "Dax schließt im Plus", ["Der Dax hat am Mittwoch im Plus geschlossen."], None
    )
    source, _ = _ingest(tmp_path, page)
    assert source["published"] == "2024"
    # A dateline without a year names its day in that year.
    other = tmp_path / "other"
    other.mkdir()
    paragraphs = ["МОСКВА, 23 июля. Государственная дума приняла закон о платформенной экономике."]
    source, summary = _ingest(other, _page(other / "ru.html", "ru", "Госдума приняла закон", paragraphs, None))
    assert source["published"] == "2024-07-23"
    assert "(published 2024-07-23, the day its dateline states)" in summary


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("In Japan stieg der Nikkei, in Hongkong fiel der Hang Seng.", "de", {"Japan": "state", "Hong Kong": "state"}),
        ("홍콩과 싱가포르 증시는 하락했다.", "ko", {"Hong Kong": "state", "Singapore": "state"}),
    ],
)
def test_a_city_that_is_a_state_is_the_state_as_in_english(text: str, language: str, expected: dict[str, str]) -> None:
    assert _actors(text, language) == expected
