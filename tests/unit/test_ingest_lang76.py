"""Round lang76: Russian seas, lakes, bays and straits named by any adjective; Finnish towns by a softened "-nt-",
by their genitive before a noun of their parts and by a plural's cases, and beside a person who bears their name;
Greek regions after their unit's noun; Korean towns listed before "등" and a noun for towns.

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest_helpers import draft_kinds, page_with_box_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a possessive adjective before "sea", as before "lake"
        ("Траулеры вышли на промысел в Баренцевом море.", "Баренцево море"),
        # a plain adjective, capitalised inside a sentence
        ("Паромы на Белом море встали из-за льда.", "Белое море"),
        # an adjective in -ск- before "bay", "strait" or "peninsula" (masculine)
        ("Судно встало на якорь в Кольском заливе.", "Кольский залив"),
        ("Танкеры прошли через Керченский пролив.", "Керченский пролив"),
        ("Метеостанция на Таймырском полуострове закрылась.", "Таймырский полуостров"),
    ],
)
def test_russian_waters_named_by_any_adjective(text: str, name: str) -> None:
    assert _kinds(text, "ru").get(name) == "place"


def test_a_plain_adjective_opening_a_sentence_names_no_sea() -> None:
    assert _kinds("Тихом море не бывает штормов? Бывает.", "ru") == {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # "-nt-" softened to "-nn-" before an ending
        ("Kauppiaat kokoontuivat eilen Lappeenrannassa.", "Lappeenranta"),
        # the genitive before a noun of the town's parts: its port, its border post
        ("Rekat ajavat Kotkan satamaan aamulla.", "Kotka"),
        ("Uusia tullimiehiä tulee Tornion raja-asemalle.", "Tornio"),
    ],
)
def test_finnish_towns_by_a_softened_nt_or_their_genitive_before_their_port(text: str, town: str) -> None:
    assert _kinds(text, "fi").get(town) == "place"


def test_a_finnish_genitive_before_another_noun_is_no_place() -> None:
    assert "Kotka" not in _kinds("Illalla Kotkan mukaan kaikki sujui hyvin.", "fi")


def test_a_finnish_plural_state_in_its_cases() -> None:
    assert _kinds("Kuormat jatkavat Alankomaihin ja palaavat Alankomaista.", "fi").get("Netherlands") == "state"


def test_a_finnish_town_in_a_case_of_place_beside_a_person_who_bears_its_name() -> None:
    text = "Päällikkö Pekka Imatra kertoi tilanteesta. Jonot ovat pidentyneet Imatralla."
    assert _kinds(text, "fi").get("Imatra") == "place"


def test_a_greek_region_after_the_noun_of_its_unit() -> None:
    assert _kinds("Η σύσκεψη έγινε με την Περιφέρεια Θεσσαλίας χθες.", "el").get("Θεσσαλία") == "place"


def test_korean_towns_listed_before_etc_and_a_noun_for_towns() -> None:
    kinds = _kinds("교육청은 괴산, 보은, 옥천 등 군 지역에 통학버스를 늘린다.", "ko")
    towns = ("괴산", "보은", "옥천")
    assert {name: kinds.get(name) for name in towns} == dict.fromkeys(towns, "place")


def test_korean_words_listed_before_etc_and_another_noun_stay_words() -> None:
    assert _kinds("진주, 구리, 은 등 시장에서 값이 올랐다.", "ko") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a valley after the neuter article, as after "im" or "ins"
        ("Die Umleitung führt über Werdohl und das Versetal.", "Versetal"),
        # a Land's administrative region, named after its seat
        ("Der Regierungsbezirk Detmold meldet weniger Unfälle.", "Regierungsbezirk Detmold"),
        ("Schulen im Süden des Regierungsbezirks Detmold bleiben zu.", "Regierungsbezirk Detmold"),
    ],
)
def test_german_valleys_after_das_and_administrative_regions(text: str, name: str) -> None:
    assert _kinds(text, "de").get(name) == "place"


def test_a_frequent_german_noun_in_tal_after_das_is_no_valley() -> None:
    assert _kinds("Das Quartal war gut, und das Kapital wuchs.", "de") == {}


def test_finnish_regions_in_their_cases() -> None:
    kinds = _kinds("Metsäyhtiöt Pohjois-Karjalassa ja Kainuussa sekä Satakunnan satamat hyötyvät.", "fi")
    regions = ("Pohjois-Karjala", "Kainuu", "Satakunta")
    assert {name: kinds.get(name) for name in regions} == dict.fromkeys(regions, "place"), kinds


def test_a_finnish_family_name_like_a_region_is_no_place() -> None:
    assert "Lappi" not in _kinds("Tutkija Anna Lappi kertoi tuloksista eilen.", "fi")


@pytest.mark.parametrize(
    ("text", "village"),
    [
        # a Greek village after its article, by the Greek spelling GeoNames keeps among its names
        ("Η γιορτή του κρασιού έγινε φέτος στη Νεμέα με πολύ κόσμο.", "Νεμέα"),
        # declined after the article ("στην Πάτμο": Πάτμος)
        ("Το καράβι έφτασε το πρωί στην Πάτμο με καθυστέρηση.", "Πάτμος"),
        # after the noun for a village
        ("Στο χωριό Καστράκι οι κάτοικοι ζητούν χώρο στάθμευσης.", "Καστράκι"),
    ],
)
def test_greek_villages_by_their_greek_names(text: str, village: str) -> None:
    assert _kinds(text, "el").get(village) == "place"


def test_capitalised_greek_nouns_after_an_article_are_no_villages() -> None:
    assert _kinds("Από τον Μάρτιο η Επιτροπή και το Συμβούλιο συνεδριάζουν στην Πλατεία.", "el") == {}


_BYLINES = ["(거창=연합뉴스) 김민지 기자 | 입력 2026.05.02 09:10", "거창=김민지 기자 | 2026.05.02"]


@pytest.mark.parametrize("byline", _BYLINES)
def test_a_korean_dateline_in_the_byline(tmp_path: Path, byline: str) -> None:
    article = (
        f'<p class="byline">{byline}</p><p>지역 농민들이 사과 수확을 시작했다. 올해는 일조량이 많아 당도가 높다고 '
        "농협은 설명했다. 수확은 다음 달 중순까지 이어진다.</p><p>농민들은 인건비가 올라 걱정이라고 말했다.</p>"
    )
    kinds = page_with_box_kinds(tmp_path, "ko", article, "", "사과 수확 시작")
    assert kinds.get("Geochang") == "place", (
        kinds
    )  # (the record shows the gazetteer's name, the page's spelling its alias: realmix3)


@pytest.mark.parametrize(
    ("language", "story", "heading", "headline", "town"),
    [
        (
            "fi",
            "Kaupunginvaltuusto käsitteli eilen illalla ensi vuoden talousarviota. Keskustelu kesti neljä tuntia, ja "
            "päätös tehdään ensi viikolla. Veroprosentti pysyy ennallaan.",
            "Luetuimmat",
            "Uusi tori avataan Kajaanissa keväällä",
            "Kajaani",
        ),
        (
            "el",
            "Το δημοτικό συμβούλιο συζήτησε χθες το βράδυ τον προϋπολογισμό της νέας χρονιάς. Η συζήτηση κράτησε "
            "τέσσερις ώρες και η απόφαση θα ληφθεί την επόμενη εβδομάδα.",
            "Τα πιο δημοφιλή",
            "Νέο λιμάνι για κρουαζιερόπλοια στην Καβάλα",
            "Καβάλα",
        ),
    ],
)
def test_a_box_of_the_most_read_stories_in_finnish_and_greek(
    tmp_path: Path, language: str, story: str, heading: str, headline: str, town: str
) -> None:
    article = f"<p>{story}</p>"
    box = f'<aside><h3>{heading}</h3><ul><li><a href="/a/1">{headline}</a></li></ul></aside>'
    assert page_with_box_kinds(tmp_path, language, article, box, "Otsikko").get(town) == "place"


def test_a_norwegian_county_whose_name_holds_og() -> None:
    kinds = _kinds("Nye ferjer skal gå i Møre og Romsdal, og turister reiser mellom Bergen og Stavanger.", "no")
    assert {name: kinds.get(name) for name in ("Møre og Romsdal", "Bergen", "Stavanger")} == dict.fromkeys(
        ("Møre og Romsdal", "Bergen", "Stavanger"), "place"
    ), kinds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a hill country named a "Switzerland" after its land, in the nominative
        ("Kletterer zieht es in die Fränkische Schweiz und in die Märkische Schweiz.", {"Fränkische Schweiz"}),
        ("Viele Gäste übernachten in der Holsteinischen Schweiz.", {"Holsteinische Schweiz"}),
        # islands after their noun, both of a list after the plural
        ("Die Fähren zu den Inseln Pellworm und Hiddensee fallen aus.", {"Pellworm", "Hiddensee"}),
    ],
)
def test_german_switzerlands_and_islands_after_their_noun(text: str, names: set[str]) -> None:
    kinds = _kinds(text, "de")
    assert {name for name in names if kinds.get(name) == "place"} == names, kinds


def test_the_state_of_switzerland_stays_the_state() -> None:
    assert _kinds("Der Urlaub in der Schweiz ist teuer geworden.", "de") == {"Switzerland": "state"}


def test_a_land_s_genitive_after_islands_is_the_land_or_nothing() -> None:
    assert _kinds("Besonders gefährdet sind die Inseln Griechenlands.", "de") == {"Greece": "state"}
    assert _kinds("Besonders gefährdet sind die Inseln Dalmatiens.", "de") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Os doentes foram levados para Braga e para o Porto durante a noite.",
        "O comboio que nos levava ao Porto demorava seis horas.",
    ],
)
def test_a_portuguese_town_with_its_article_after_to(text: str) -> None:
    assert _kinds(text, "pt").get("Porto") == "place"


def test_a_portuguese_club_after_to_in_a_match_stays_no_town() -> None:
    assert "Porto" not in _kinds("O jogo levou o Benfica ao Porto, onde perdeu por 2-1.", "pt")


def test_finnish_rivers_and_lakes_by_their_shape_or_name() -> None:
    kinds = _kinds("Kalastajat Oulujoen suulla, Pyhäjärvellä ja Päijänteen rannalla odottavat jäitä.", "fi")
    waters = ("Oulujoki", "Pyhäjärvi", "Päijänne")
    assert {name: kinds.get(name) for name in waters} == dict.fromkeys(waters, "place"), kinds


def test_a_finnish_family_name_like_a_lake_is_no_place() -> None:
    text = "Tutkija Liisa Ahvenjärvi kertoi tuloksista. Ahvenjärven mukaan kalaa on vähemmän."
    assert "Ahvenjärvi" not in _kinds(text, "fi")


def test_greek_rivers_after_their_article_in_any_case() -> None:
    kinds = _kinds("Η στάθμη του Αλιάκμονα ανεβαίνει, ενώ στον Αχελώο τα νερά πέφτουν.", "el")
    assert {name: kinds.get(name) for name in ("Αλιάκμονας", "Αχελώος")} == dict.fromkeys(
        ("Αλιάκμονας", "Αχελώος"), "place"
    ), kinds


def test_a_greek_family_name_like_a_river_is_no_place() -> None:
    assert _kinds("Ο Γιώργος Νέστος μίλησε χθες στους δημοσιογράφους.", "el") == {}
