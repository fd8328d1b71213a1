"""Places in Korean, Russian, Portuguese and German news that round 42's pages showed lost or misread.

Korean: states whose Korean name romanises to the English one ("케냐", "우간다"), which the table of
Korean state names had left out; everyday nouns that also name a state ("수단": a means, "오만":
arrogance) stay words. A town before a noun for the area around it ("김해 일대에서", "포항 지역에"),
and a township after its town written bare ("서산 대산읍"); a pass after a county the tables leave
out ("인제 미시령"); Gangwon's halves without 권, after the province or before a noun for a region
("강원 영서에", "영서 지역으로"); a mountain range named with 산맥 ("소백산맥"). Two towns' names
that are also goods, paired in the genitive before a price ("구리와 진주의 시세": copper and
pearls), are the goods.

Russian: smaller towns whose name is two capitalised words ("в Красном Холме", "до Новой Ладоги"); a
town listed after a hyphened name that stands after "в" shares the preposition ("в Южно-Сахалинск и
Корсаков"); rivers of the north-west and the centre after their cues ("по Свири", "по Мсте").

Portuguese: the end of a route from a known town ("de Cariacica a Vitória"), though the town's name
is a frequent word, and a town after "De" opening a sentence ("De Caruaru, a comitiva..."); a family
name starts no route, and "a Vitória" alone stays a word. A gulf or a strait written small before
its name ("o estreito de Ormuz"). Courts, prosecutors and police named after the state they serve
name the state ("Ministério Público de Sergipe"), unlike a bank ("Banco do Nordeste"). A league
table's row ("| 2 | Ceará | 38 |") names a team, not the state.

German: two rivers named without articles after "an" ("an Elbe und Saale"); an upland after a town
whose name the tables do not close with it ("Hachenburg im Westerwald"; "Königstein im Taunus" is
one name).

Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _places(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang42", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("인부들은 대부분 몽골과 케냐, 우간다 출신이다.", "ko", "Kenya"),
        ("인부들은 대부분 몽골과 케냐, 우간다 출신이다.", "ko", "Uganda"),
        ("그는 레바논에서 온 난민을 도왔다.", "ko", "Lebanon"),
        ("그는 김해 일대에서 활동했다.", "ko", "김해"),
        ("포항 지역에 지진이 났다.", "ko", "포항"),
        ("Фестиваль прошёл в Красном Холме.", "ru", "Красный Холм"),
        ("Автобус до Новой Ладоги отменили.", "ru", "Новая Ладога"),
        ("Жители Красного Кута недовольны.", "ru", "Красный Кут"),
        ("Он ездит в Южно-Сахалинск и Корсаков.", "ru", "Корсаков"),
        ("O ônibus ia de Cariacica a Vitória todo dia.", "pt", "Vitória"),
        ("De Caruaru, a comitiva seguiu viagem.", "pt", "Caruaru"),
        ("O petroleiro cruzou o estreito de Ormuz ontem.", "pt", "estreito de Ormuz"),
        ("Das Hochwasser an Elbe und Saale steigt weiter.", "de", "Elbe"),
        ("Die Firma sitzt in Hachenburg im Westerwald.", "de", "Westerwald"),
        ("Das Hochwasser an Elbe und Saale steigt weiter.", "de", "Saale"),
        ("공장은 서산 대산읍에 있다.", "ko", "대산읍"),
        ("그는 인제 미시령을 넘었다.", "ko", "미시령"),
        ("그는 인제 미시령을 넘었다.", "ko", "인제"),
        ("장비를 영서 지역으로 옮겼다.", "ko", "영서"),
        ("강원 영서에 비가 왔다.", "ko", "영서"),
        ("소백산맥 너머로 구름이 넘어갔다.", "ko", "소백산맥"),
        ("Баржи идут по Свири.", "ru", "Свирь"),
        ("Туристы сплавляются по Мсте.", "ru", "Мста"),
        ("O Ministério Público de Sergipe denunciou o prefeito.", "pt", "Sergipe"),
        ("A Polícia Civil do Amapá prendeu o suspeito.", "pt", "Amapá"),
        ("부천과 구리의 집값이 올랐다.", "ko", "구리"),
        ("O Tribunal de Justiça de Mato Grosso negou o recurso.", "pt", "Mato Grosso"),
    ],
)
def test_places_found(text: str, language: str, wanted: str) -> None:
    assert wanted in _places(text, language)


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        ("목표를 이룰 수단이 없다.", "ko", "Sudan"),
        ("그는 오만한 태도를 보였다.", "ko", "Oman"),
        ("Ela deu o presente a Vitória.", "pt", "Vitória"),
        ("Pediu ajuda de Souza a Vitória.", "pt", "Vitória"),
        ("그는 부산 방면으로 갔다.", "ko", "방면"),
        ("그는 음성 메시지만 남겼다.", "ko", "음성"),
        ("올해 구리와 진주의 시세가 뛰었다.", "ko", "구리"),
        ("올해 구리와 진주의 시세가 뛰었다.", "ko", "진주"),
        ("O Banco do Nordeste abriu agência.", "pt", "Nordeste"),
        ("De Souza, nada se sabe.", "pt", "Souza"),
        ("Er wohnt in Königstein im Taunus.", "de", "Taunus"),
        ("Classificação\n| 1 | Paysandu | 40 |\n| 2 | Ceará | 38 |\n| 3 | Remo | 35 |", "pt", "Ceará"),
    ],
)
def test_no_place_drafted(text: str, language: str, unwanted: str) -> None:
    assert unwanted not in _places(text, language)
