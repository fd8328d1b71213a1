"""Places in Russian and German news that round lang43's pages showed lost.

Russian: the end of a way from a known town after "до" or "к" ("из Калуги до Людинова", "через Ржев до
Зубцова", "из Рязани к Касимову"), though the name is shaped like a surname, and the start of one after
"от" before "к" ("от Костромы к Нерехте"); "до" or "к" alone ("до Петрова") stays unread, as it may be a
person. A town named by an adjective, listed after a preposition beside a known town ("через Заречный и
Пензу"), not as a person's name. A district named by a stressed "-ской" adjective ("в Тверском районе":
Тверской, not Тверский) when the language writes that form far more often; "Пресненский" keeps "-ский".

German: towns a road or a line links "with" ("verbindet Prüm mit Bitburg und Trier"): after a linking
verb, a known town on either side of "mit" makes the other a town; "mit" after a verb and a person's
name stays unread. Germany's best-known summits named by one noun after an article ("an der
Wasserkuppe", "am Watzmann"), and lands along a river or a coalfield named as one noun ("im
Ruhrgebiet"). A village placed in a state or a region the tables know ("in Lenk in der Schweiz")
though its name is a word as frequent as a resort's. Villages merged into one municipality, their
names joined by a hyphen ("aus Maring-Noviand"), after a bare preposition; a person's double name
("aus Müller-Lüdenscheidt") stays unread. A village named after its saint ("nach St. Märgen"), which
the tables hold written out ("Sankt Märgen"); a church's saint ("der Dom St. Peter") is none. A
village the tables do not hold, listed before a town they do, carries the preposition on to it ("aus Baerl
und Xanten").

Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _places(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang43", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("Новый автобус пойдёт из Калуги до Людинова.", "ru", "Людиново"),
        ("Грузовики ехали через Ржев до Зубцова.", "ru", "Зубцов"),
        ("Поезд идёт от Смоленска до Ярцева.", "ru", "Ярцево"),
        ("Колонна шла из Рязани к Касимову.", "ru", "Касимов"),
        ("Маршрут пройдёт через Заречный и Пензу.", "ru", "Заречный"),
        ("В Лесной и Екатеринбург едут автобусы.", "ru", "Лесной"),
        ("Пожар случился в Тверском районе.", "ru", "Тверской район"),
        ("Выборы в Пресненском районе прошли.", "ru", "Пресненский район"),
        ("Автобусы из Калуги к Людинову пустят чаще.", "ru", "Людиново"),
        ("Автобусы от Костромы к Нерехте пустят чаще.", "ru", "Кострома"),
        ("Die Buslinie verbindet Prüm mit Bitburg und Trier.", "de", "Bitburg"),
        ("Die Buslinie verbindet Prüm mit Bitburg und Trier.", "de", "Prüm"),
        ("Die Fähre verknüpft Emden mit Borkum.", "de", "Borkum"),
        ("Die Radler quälten sich an der Wasserkuppe hoch.", "de", "Wasserkuppe"),
        ("Auf der Zugspitze fiel Neuschnee.", "de", "Zugspitze"),
        ("Der Lift am Watzmann steht still.", "de", "Watzmann"),
        ("Die Braunkohle in der Lausitz geht zu Ende.", "de", "Lausitz"),
        ("Das Rennen findet in Lenk in der Schweiz statt.", "de", "Lenk"),
        ("Sie urlaubt in Strobl in Österreich.", "de", "Strobl"),
        ("Ein Winzer aus Maring-Noviand klagt.", "de", "Maring-Noviand"),
        ("Die Feuerwehr in Osann-Monzel rückte aus.", "de", "Osann-Monzel"),
        ("Er fuhr von Freiburg nach St. Märgen.", "de", "St. Märgen"),
        ("Die Feuerwehren aus Baerl und Xanten rückten aus.", "de", "Xanten"),
        ("Die Feuerwehren aus Baerl und Bocholt rückten aus.", "de", "Bocholt"),
        ("Die Loipen zwischen Todtmoos und St. Märgen sind gespurt.", "de", "St. Märgen"),
        ("Die Zeche im Ruhrgebiet schließt.", "de", "Ruhrgebiet"),
        ("Winzer am Mittelrhein klagen über Hagel.", "de", "Mittelrhein"),
    ],
)
def test_places_found(text: str, language: str, wanted: str) -> None:
    assert wanted in _places(text, language)


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        ("Очередь дошла до Петрова.", "ru", "Петров"),
        ("Он обратился к Сидорову.", "ru", "Сидоров"),
        ("Он встретил Заречного и Петрова.", "ru", "Заречный"),
        ("Пожар случился в Тверском районе.", "ru", "Тверский район"),
        ("Er verbindet Musik mit Weber.", "de", "Weber"),
        ("Der Verein verbindet Tradition mit Moderne.", "de", "Moderne"),
        ("Er kam aus Müller-Lüdenscheidt zurück.", "de", "Müller-Lüdenscheidt"),
        ("Der Dom St. Peter wurde renoviert.", "de", "St. Peter"),
        ("Er war in Urlaub und Bonn.", "de", "Urlaub"),
    ],
)
def test_not_places(text: str, language: str, unwanted: str) -> None:
    assert unwanted not in _places(text, language)
