"""Places in German, Russian, Korean and Portuguese news that round 41's pages showed lost or
misread.

German: the low mountain ranges and lands that close no town's name ("in der Eifel", "im
Westerwald"); a district's name after a rare compound of "-kreis" ("im Eifelkreis Bitburg-Prüm"),
where the compound alone is no place; a town in "von ... aus" ("von Hanau aus").

Russian: districts named as municipal okrugs ("в Тотемском округе") and a district's name of two
parts joined by a hyphen read whole ("в Кичменгско-Городецком округе", not its second part), and
districts listed with commas before the noun they share ("в Бабаевском, Никольском и Устюженском
районах"); no town read in a place's adjective before another adjective ("в Приволжском
федеральном округе").

Korean: two cities (not counties) listed before a particle of place ("화성과 용인에"), a town
across a comma of a list that "과" joins ("보령과 서천, 부여에서"), a province's short name
closing a list bare ("강원과 전남 등"), a dam or a port named after a city or county ("합천댐",
"완도항"), Gangwon's halves named with 권 ("영서권").

Portuguese: a port or an airport named after its town ("no Porto de Santos"), unlike a bank named
after a place; Brazil's "-ã" for the "-ão" of a foreign city's name ("em Roterdã"); towns a road
passes through ("passa por Registro e Juquiá").

Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _places(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang41", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("Лесозаготовки выросли в Бабаевском округе на треть.", "ru", "Бабаевский округ"),
        ("Автобус из Чагодощенского округа отменили до весны.", "ru", "Чагодощенский округ"),
        ("Am Wochenende fahren viele in den Vogelsberg.", "de", "Vogelsberg"),
        ("Im Frankenwald schließen zwei Sägewerke, im Steigerwald eines.", "de", "Frankenwald"),
        ("Im Frankenwald schließen zwei Sägewerke, im Steigerwald eines.", "de", "Steigerwald"),
        ("Die Wanderwege im Knüll werden neu markiert.", "de", "Knüll"),
        ("Die Gemeinde liegt im Nachbarkreis Siegen-Wittgenstein.", "de", "Siegen-Wittgenstein"),
        ("Das Werk liegt im Hardtkreis Walldorf-Wiesloch.", "de", "Walldorf-Wiesloch"),
        ("Фермы закрылись в Бабаевском, Никольском и Устюженском районах.", "ru", "Бабаевский район"),
        ("Фермы закрылись в Бабаевском, Никольском и Устюженском районах.", "ru", "Никольский район"),
        ("Он работает в Мончегорском городском округе.", "ru", "Мончегорск"),
        ("Die Fähre wird von Emden aus betrieben.", "de", "Emden"),
        ("Der Zug fährt von Hanau aus stündlich.", "de", "Hanau"),
        ("Фермы в Сямженско-Вожегодском районе закрылись.", "ru", "Сямженско-Вожегодский район"),
        ("Дорога в Усть-Кубинском районе закрыта.", "ru", "Усть-Кубинский район"),
        ("신도시는 화성과 용인에 들어선다.", "ko", "화성"),
        ("신도시는 화성과 용인에 들어선다.", "ko", "용인"),
        ("축제는 보령과 서천, 부여에서 열린다.", "ko", "부여"),
        ("예산은 강원과 전남 등에 배정됐다.", "ko", "전라남도"),
        ("여름마다 합천댐 수위가 내려간다.", "ko", "합천댐"),
        ("어선이 완도항에 들어왔다.", "ko", "완도항"),
        ("영서권 주민들은 교통 대책을 원한다.", "ko", "영서권"),
        ("O cargueiro atracou no Porto de Salvador na madrugada.", "pt", "Salvador"),
        ("O voo pousou no Aeroporto de Recife com atraso.", "pt", "Recife"),
        ("A estrada passa por Ribeirão Preto e Franca.", "pt", "Franca"),
        ("A linha passa por Registro e Juquiá.", "pt", "Registro"),
        ("A exportadora abriu um escritório em Roterdã no ano passado.", "pt", "Roterdã"),
    ],
)
def test_places_found(text: str, language: str, wanted: str) -> None:
    assert wanted in _places(text, language)


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        ("Das Werk liegt im Hardtkreis Walldorf-Wiesloch.", "de", "Hardtkreis"),
        ("Er kandidiert im Wahlkreis Mitte-Nord zum zweiten Mal.", "de", "Mitte-Nord"),
        ("Фермы в Сямженско-Вожегодском районе закрылись.", "ru", "Вожегодский район"),
        ("화성과 금성에 탐사선을 보낸다.", "ko", "화성"),
        ("고령과 영양에 관심이 많다.", "ko", "영양"),
        ("진주, 구리, 은 등 귀금속 가격이 올랐다.", "ko", "구리"),
        ("Цены на жильё растут в Приволжском федеральном округе.", "ru", "Приволжск"),
        ("Выборы губернатора прошли в Ханты-Мансийском автономном округе.", "ru", "Ханты-Мансийск"),
        ("Maçã é a fruta mais vendida na feira.", "pt", "Maçã"),
    ],
)
def test_no_junk(text: str, language: str, unwanted: str) -> None:
    assert unwanted not in _places(text, language)
