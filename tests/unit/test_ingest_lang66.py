"""Round lang66: regional news in Swedish, Turkish, Romanian, Japanese and German: places in the forms
their language gives them (a Romanian genitive, a Turkish compass word or sea, a Japanese town's suffix
or particle, a German town's bracketed qualifier written out).

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # Japanese: a place joined to the word of a route through it or a direction towards it
        ("荷物は名古屋経由で届いた。", "ja", "名古屋", "place"),
        ("観光客は静岡方面へ向かった。", "ja", "静岡", "place"),
        # ...a smaller town listed after a place with "や", as its suffix would name it
        ("富山や魚津の漁港が混雑した。", "ja", "魚津", "place"),
        # ...a town after a route's dash from a place read
        ("大阪―函館の便が欠航した。", "ja", "函館", "place"),
        # ...a smaller town before a particle only a place takes ("では": in; "産": produce of)
        ("氷見では寒ブリが揚がった。", "ja", "氷見", "place"),
        ("新発田産のコメが売れた。", "ja", "新発田", "place"),
        # Romanian: a town or a state in the genitive-dative, the article joined to it
        ("Străzile Clujului au fost închise.", "ro", "Cluj", "place"),
        ("Primarul Constanței a anunțat un plan.", "ro", "Constanța", "place"),
        ("Turiștii vin din nordul Germaniei.", "ro", "Germany", "state"),
        # ...a town after "sau" (or) closing a list that opens after a preposition
        ("Marfa vine din Oradea sau Ploiești.", "ro", "Ploiești", "place"),
        # ...a landform's noun with its article joined, then the name; a range after "Munții"
        ("Turiștii urcă pe muntele Ceahlău.", "ro", "muntele Ceahlău", "place"),
        ("Drumarii au închis pasul Prislop.", "ro", "pasul Prislop", "place"),
        ("Turiștii au urcat în Munții Apuseni ieri.", "ro", "Munții Apuseni", "place"),
        # Turkish: a compass word before a name in a case of place, a sea named by "deniz", a border gate
        ("Sis Güneydoğu Anadolu'da etkili oldu.", "tr", "Güneydoğu Anadolu", "place"),
        ("Balıkçılar Orta Karadeniz'de ava çıktı.", "tr", "Orta Karadeniz", "place"),
        ("Gemiler Akdeniz'e açıldı.", "tr", "Akdeniz", "place"),
        ("Tırlar Kapıköy Sınır Kapısı'nda bekliyor.", "tr", "Kapıköy", "place"),
        # ...towns listed before the plural noun of districts, which they share; a frequent word opening the
        # sentence before "ilçesi" (only a name takes it)
        ("Dolu Alanya, Gazipaşa ve Manavgat ilçelerinde etkili oldu.", "tr", "Gazipaşa", "place"),
        ("Merkez ilçesinde seçim tekrarlanacak.", "tr", "Merkez", "place"),
        # German: a town whose bracketed qualifier ("Lingen (Ems)") the text writes out
        ("Die Bahn fährt nach Lingen an der Ems.", "de", "Lingen an der Ems", "place"),
        ("Wir fahren nach Heilbronn am Neckar.", "de", "Heilbronn am Neckar", "place"),
        # ...a city listed after a smaller town of its own country after a preposition
        ("Viele Pendler fahren täglich nach Emmen und Zwolle.", "de", "Zwolle", "place"),
        # ...a district after a compound that says what it is to the page: drafted under its seat's name
        ("Die Klinik liegt im Nachbarkreis Vechta.", "de", "Vechta", "place"),
        # Swedish: a large city's own Swedish name, the English one cut short, after a preposition
        ("Kören reser till Prag i vår.", "sv", "Prag", "place"),
    ],
)
def test_places_in_their_language_s_forms(text: str, language: str, name: str, kind: str) -> None:
    assert draft_kinds(text, language).get(name) == kind


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a compass word before a state the tables know is left to them: the state, not "Kuzey Irak"
        ("Kuzey Irak'ta çatışma sürüyor.", "tr", "Kuzey Irak"),
        # a sea's name opening a newspaper's, with no case of place and no coast after it
        ("Haberi Karadeniz Postası yazdı.", "tr", "Karadeniz"),
        # a person whose family name is a sea's
        ("Ayşe Akdeniz'in açıklaması geldi.", "tr", "Akdeniz"),
        # given names before "their villages"; a determiner before "ilçesi"
        ("Ahmet, Mehmet ve Ali köylerine döndü.", "tr", "Mehmet"),
        ("Her ilçesinde bir hastane var.", "tr", "Her"),
    ],
)
def test_words_that_name_no_place_here(text: str, language: str, name: str) -> None:
    assert name not in draft_kinds(text, language)
