"""Places in German, Russian, Ukrainian, Portuguese and Korean news that round 39's pages showed
lost: German districts named after their seat ("der Landkreis Reutlingen", "des Kreises Soest") or
by a compound in "-kreis" ("im Hohenlohekreis"), forests named by a region's adjective ("im
Fränkischen Wald"), a Russian city listed after a town of two declined words ("из Нижнего Тагила и
Перми"), Ukrainian neuter towns in the locative ("у Дебальцеві"), lists after a preposition of where
("з Балаклії та Ізюма"), Ukrainian districts ("у Рахівському районі"), villages after "село" ("у
селі Колочава") and rivers named bare ("на Дністрі"), a Portuguese town named by a plural ("até
Santos"), a Korean town with "of" before a site ("김해의 공장"); and no district read in a common
noun ("im Freundeskreis", "der Wahlkreis"), no town in "der Kreis mit", no Kosovo in "у Косові"
(Косів), no town in "para os Santos" or "화성의 표면". Each case is an invented sentence; the drafts
are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 2)


def _places(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang39", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        # A noun for a district and the town of its seat: the district, not the town.
        ("Der Landkreis Reutlingen baut zwei neue Busdepots.", "de", {"Landkreis Reutlingen"}),
        ("Die Kliniken des Kreises Soest schreiben rote Zahlen.", "de", {"Kreis Soest"}),
        # ...with a town's name of several words.
        ("Im Landkreis Neustadt an der Aisch fehlen Hausärzte.", "de", {"Landkreis Neustadt an der Aisch"}),
        # A district named by one compound in "-kreis", after an article or a preposition.
        ("Im Hohenlohekreis schließen zwei Bäckereien.", "de", {"Hohenlohekreis"}),
        ("Die Schulen aus dem Bodenseekreis nehmen teil.", "de", {"Bodenseekreis"}),
        ("Der Zollernalbkreis plant neue Radwege.", "de", {"Zollernalbkreis"}),
        ("Die Landräte des Vogelsbergkreises tagen heute.", "de", {"Vogelsbergkreis"}),
        # A region's adjective in "-isch" before a landscape's noun, read back to its nominative.
        ("Die Loipen im Fränkischen Wald sind gespurt.", "de", {"Fränkischer Wald"}),
        ("Die Wanderwege des Oberpfälzischen Waldes bleiben gesperrt.", "de", {"Oberpfälzischer Wald"}),
        # A Ukrainian neuter town in the locative ("-еві", "-ові"): the town.
        ("Шахтарі знову страйкували у Дебальцеві минулого тижня.", "uk", {"Дебальцево"}),
        ("Новий міст відкрили у Селидові в понеділок.", "uk", {"Селидово"}),
        # ...and it carries the preposition on to the towns listed after it.
        ("Шахтарі страйкували у Дебальцеві, Ізюмі та Балаклії.", "uk", {"Дебальцево", "Ізюм", "Балаклія"}),
        # A later item of a list after "з" (from) may be as frequent a word as one right after it.
        ("Фури з Балаклії та Ізюма стоять у черзі.", "uk", {"Балаклія", "Ізюм"}),
        # A Ukrainian district: a place's adjective and a form of "район".
        ("Збитки у Рахівському районі ще рахують.", "uk", {"Рахівський район"}),
        ("Фермери Тячівського району чекають допомоги.", "uk", {"Тячівський район"}),
        # A large Russian city listed after a town of two declined words: the list carries the preposition on.
        ("Вахтовики из Нового Уренгоя и Тюмени жалуются на задержки.", "ru", {"Новый Уренгой", "Тюмень"}),
        ("Поставки из Нижнего Тагила и Перми выросли.", "ru", {"Нижний Тагил", "Пермь"}),
        # A capitalised plural right after a bare Portuguese preposition: a town, frequent as the word is.
        ("Os contentores descem de comboio até Santos todas as semanas.", "pt", {"Santos"}),
        ("A companhia abriu uma rota de cabotagem para Santos.", "pt", {"Santos"}),
        # A Korean town that needs a cue, with "of" (의) joined, before a site noun: the town.
        ("김해의 공장이 이번 주 가동을 멈췄다.", "ko", {"김해"}),
        ("진주의 물류센터에서 포장된 뒤 출고된다.", "ko", {"진주"}),
        # A Ukrainian river named bare after a preposition or a bank, in its cases, and listed after another.
        ("Рибалки на Дністрі скаржаться на низьку воду.", "uk", {"Дністер"}),
        ("Туристи сплавлялися по Черемошу та Пруту.", "uk", {"Черемош", "Прут"}),
        # A Ukrainian village named after "село".
        ("Гості з Києва приїхали у село Колочава на свято.", "uk", {"Київ", "Колочава"}),
    ],
)
def test_places_are_read(text: str, language: str, wanted: set[str]) -> None:
    assert wanted <= _places(text, language)


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        # A state's adjective without "-isch" before a landscape's noun stays a phrase.
        ("Wir wanderten im Deutschen Wald.", "de", {"Deutscher Wald"}),
        # A common noun in "-kreis" is no district: its stem is a frequent word.
        ("Sie sprach im Freundeskreis darüber.", "de", {"Freundeskreis"}),
        ("Im Führungskreis gab es Streit.", "de", {"Führungskreis"}),
        ("Der Wahlkreis wird neu zugeschnitten.", "de", {"Wahlkreis"}),
        # "Kreis" before a lower-case word names no town.
        ("Der Kreis mit den meisten Schulen liegt im Norden.", "de", {"Kreis mit"}),
        # A Ukrainian small town whose locative is also a state's ("у Косові": Косів, not Kosovo).
        ("Бринзу везуть у Косові на ярмарок.", "uk", {"Косово", "Kosovo"}),
        # Two declined capitalised words that name no town carry no preposition on.
        ("Открытки из Нового Года и Рождества.", "ru", {"Рождество", "Рождества"}),
        # "Of" (의) joined to a word before a noun that is no site: no town ("화성의 표면": Mars' surface).
        ("화성의 표면은 붉은 먼지로 덮여 있다.", "ko", {"화성"}),
        # A river's name in lower case is a word ("прут": a rod).
        ("Він зламав прут біля паркану.", "uk", {"Прут"}),
        # A plural with its article is the common noun; a plural the page names a person by is him.
        ("A procissão levou flores para os Santos do altar.", "pt", {"Santos"}),
        ("O médio Carlos Santos marcou cedo e o treinador deu os parabéns para Santos.", "pt", {"Santos"}),
        # A town's name after "Landkreis" is the district's here, not the town's.
        ("Der Landkreis Reutlingen baut zwei neue Busdepots.", "de", {"Reutlingen"}),
    ],
)
def test_no_place_is_read(text: str, language: str, unwanted: set[str]) -> None:
    assert not unwanted & _places(text, language)
