"""Round lang60: news in the languages the corpus had least (Romanian, Indonesian, Ukrainian, Czech,
Swedish, Turkish, Japanese): their prepositions of place and names of states, a town in capitals
opening a Cyrillic dateline, a town's port.

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # Romanian and Indonesian names of states (CLDR's, as for the other languages)
        ("Delegația a sosit din Ungaria după o noapte pe drum.", "ro", "Hungary", "state"),
        ("Camioanele din Elveția au așteptat la graniță.", "ro", "Switzerland", "state"),
        ("Pemain itu baru saja pindah dari Belanda ke klub lokal.", "id", "Netherlands", "state"),
        ("Rombongan itu berangkat ke Jepang pekan lalu.", "id", "Japan", "state"),
        # their prepositions of place before a town of some size
        ("Echipa a plecat spre Mediaș după antrenament.", "ro", "Mediaș", "place"),
        ("Trenul din Constanța a ajuns cu întârziere.", "ro", "Constanța", "place"),
        ("Banjir merendam ratusan rumah di Pekalongan sejak pagi.", "id", "Pekalongan", "place"),
        ("Ribuan warga datang dari Garut dan Cianjur untuk menonton.", "id", "Cianjur", "place"),
        # "La" opening the sentence is the preposition, as "la" inside it
        ("Ploile continuă. La Timișoara școlile sunt închise.", "ro", "Timișoara", "place"),
    ],
)
def test_romanian_and_indonesian_places_and_states(text: str, language: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language=language)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Autobuzele au rămas blocate la vama Nădlac toată noaptea.", "ro", "Nădlac"),
        ("Primarul orașului Focșani a cerut ajutor.", "ro", "Focșani"),
        ("Вантажі чекають у порту Чорноморська.", "uk", "Чорноморськ"),
        ("Судна стоять у порту Бердянська вже тиждень.", "uk", "Бердянськ"),
    ],
)
def test_a_town_after_its_port_or_county_noun(text: str, language: str, name: str) -> None:
    kinds = draft_kinds(text, language=language)
    assert kinds.get(name) == "place", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ЧОРНОМОРСЬК – Уночі в місті знову зникло світло.", "Чорноморськ"),
        ("КОВЕЛЬ – Міська рада ухвалила бюджет на наступний рік.", "Ковель"),
    ],
)
def test_a_ukrainian_town_in_capitals_opening_its_dateline(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="uk")
    assert kinds.get(name) == "place", kinds


def test_a_surname_like_a_town_is_still_no_place() -> None:
    kinds = draft_kinds("Про це розповів депутат Олег Ковель.", language="uk")
    assert "Ковель" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Heyet dün akşam Selanik'ten döndü.", "Selanik", "place"),  # a city's Turkish name, in a case
        ("Bakan yarın Atina'da temaslarda bulunacak.", "Atina", "place"),
    ],
)
def test_a_turkish_name_of_a_foreign_city_in_a_case_of_place(text: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language="tr")
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("見附市の工場では、新しい製品の生産が始まった。", "見附"),  # a small town named as a city
        ("糸魚川市や妙高市でも雪が降った。", "糸魚川"),
        ("釧路や帯広の客が増えた。", "釧路"),  # a town listed with "や"
        ("光州との定期便が再開された。", "光州"),  # a Korean city in kanji
        ("函館港のフェリーは欠航した。", "函館港"),  # a town's port
    ],
)
def test_japanese_towns_ports_and_korean_cities(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="ja")
    assert kinds.get(name) == "place", kinds


def test_a_drink_named_after_a_state_is_no_state() -> None:
    kinds = draft_kinds("蔵元は地元の日本酒を海外に売り込んでいる。", language="ja")
    assert "Japan" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("وصل الوفد إلى القاهرة مساء أمس بعد زيارة قصيرة.", "القاهرة", "place"),
        ("وقال المسؤول إن الشحنة وصلت من الإسكندرية وبنغازي.", "بنغازي", "place"),  # "و" joined to the town
        ("وأعلنت ألمانيا تقديم مساعدات عاجلة.", "Germany", "state"),
        ("وصلت طائرة مساعدات من الإمارات صباح اليوم.", "United Arab Emirates", "state"),  # the short name
    ],
)
def test_arabic_states_and_towns(text: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language="ar")
    assert kinds.get(name) == kind, kinds


def test_an_arabic_word_is_no_place() -> None:
    kinds = draft_kinds("وقالت المتحدثة إن الجبهة الداخلية متماسكة رغم الأزمة.", language="ar")
    assert kinds == {}, kinds


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Färjan till Köpenhamn var försenad i morse.", "sv", "Köpenhamn"),  # a neighbour's name for a metropolis
        ("Tåget från Köpenhamn kom fram i tid.", "sv", "Köpenhamn"),
    ],
)
def test_a_metropolis_under_a_neighbours_accented_name(text: str, language: str, name: str) -> None:
    kinds = draft_kinds(text, language=language)
    assert kinds.get(name) == "place", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вантаж прибув до польської Гдині ще вчора.", "Гдиня"),  # a Ukrainian adjective between
        ("Поромна переправа веде до болгарської Варни.", "Варна"),
    ],
)
def test_a_ukrainian_adjective_between_the_preposition_and_the_town(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="uk")
    assert kinds.get(name) == "place", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Banjir melanda beberapa kota di Jawa Timur sejak Senin.", "Jawa Timur"),  # a province under its island
        ("Gempa kecil mengguncang Sulawesi Tengah pagi ini.", "Sulawesi Tengah"),
    ],
)
def test_an_indonesian_province(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="id")
    assert kinds.get(name) == "place", kinds
