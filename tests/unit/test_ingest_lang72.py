"""Round lang72: pages in the languages the corpus had least of (Arabic, Indonesian, Romanian, Japanese, Chinese,
Swedish, Czech), each with a box of other stories headed in its own language: the towns of those headlines
("Citește și", "Läs också", "Baca juga", "اقرأ أيضاً"), a town labelling a headline ("Pitești: ..."), and a
Czech town named by a possessive adjective, declined ("v Havlíčkově Brodě").

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest_helpers import draft_kinds, page_with_box_kinds


def _page_kinds(tmp_path: Path, language: str, article: str, box: str) -> dict[str, str]:
    return page_with_box_kinds(tmp_path, language, article, box, "Știri")


_ROMANIAN = (
    "<p>Primăria a anunțat luni că lucrările la noul pod vor începe în primăvară, după ce consilierii au aprobat "
    "bugetul. Locuitorii din Arad așteaptă podul de zece ani.</p>"
)
_SWEDISH = (
    "<p>Kommunen meddelade i går att den nya bron ska byggas under våren, sedan fullmäktige har godkänt "
    "budgeten. Invånarna i Kalmar har väntat på bron i tio år.</p>"
)


@pytest.mark.parametrize(
    ("language", "article", "box", "name", "kind"),
    [
        # a box headed "read also" in Romanian, its town after a preposition
        (
            "ro",
            _ROMANIAN,
            "<aside><h3>Citește și</h3><ul><li><a href='/1'>Trenurile spre Deva au întârzieri mari</a></li>"
            "</ul></aside>",
            "Deva",
            "place",
        ),
        # ...a town labelling the headline before its colon
        (
            "ro",
            _ROMANIAN,
            "<aside><h3>Articole similare</h3><ul><li><a href='/1'>Pitești: primăria repară străzile</a></li>"
            "</ul></aside>",
            "Pitești",
            "place",
        ),
        # a Swedish box of the most read, under a bold label, a state in its headline
        (
            "sv",
            _SWEDISH,
            "<aside><b>Mest läst:</b> <a href='/1'>Nya färjor till Polen i sommar</a></aside>",
            "Poland",
            "state",
        ),
    ],
)
def test_a_box_of_other_stories_headed_in_the_pages_language(
    tmp_path: Path, language: str, article: str, box: str, name: str, kind: str
) -> None:
    kinds = _page_kinds(tmp_path, language, article, box)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("box", "word"),
    [
        # a word of the language opening a headline is no town, label or not ("Natal" is Christmas too)
        ("<aside><h3>Citește și</h3><ul><li><a href='/1'>Brad: sfaturi de sărbători</a></li></ul></aside>", "Brad"),
        # a box of the site's partners is no box of other stories
        ("<aside><h3>Parteneri</h3><ul><li><a href='/1'>Trenuri spre Deva întârzie</a></li></ul></aside>", "Deva"),
    ],
)
def test_words_and_other_boxes_stay_unread(tmp_path: Path, box: str, word: str) -> None:
    kinds = _page_kinds(tmp_path, "ro", _ROMANIAN, box)
    assert word not in kinds and "Arad" in kinds, kinds


def test_a_label_set_apart_by_a_dash_is_no_datelines_town(tmp_path: Path) -> None:
    article = (
        "<p>Die Stadtwerke haben am Montag angekündigt, dass die neue Brücke im Frühjahr gebaut wird, nachdem der "
        "Rat den Haushalt beschlossen hat. Die Menschen in Bamberg warten seit zehn Jahren darauf.</p>"
    )
    box = "<aside><h3>Meistgelesen</h3><ul><li><a href='/1'>Zorbalin - Reiniger im Test</a></li></ul></aside>"
    kinds = _page_kinds(tmp_path, "de", article, box)
    assert "Zorbalin" not in kinds and "Bamberg" in kinds, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Czech: a town named by a possessive adjective in -ův, declined with its noun
        ("Nehoda se stala včera v Jindřichově Hradci na náměstí.", "Jindřichův Hradec"),
        ("Autobusy jezdí do Havlíčkova Brodu každou hodinu.", "Havlíčkův Brod"),
    ],
)
def test_czech_town_named_by_a_possessive_adjective(text: str, name: str) -> None:
    assert str(draft_kinds(text, language="cs").get(name)) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Swedish: a province, an island, a river and a lake named bare after a preposition of place
        ("Vargen har setts flera gånger i Närke i vinter.", "Närke"),
        ("Turisterna tog färjan till Orust i morse.", "Orust"),
        ("Vattnet steg snabbt längs Voxnan efter regnet.", "Voxnan"),
        ("På Tjörn och i Stenungsund blåste det hårt.", "Tjörn"),
    ],
)
def test_swedish_land_named_bare(text: str, name: str) -> None:
    assert str(draft_kinds(text, language="sv").get(name)) == "place"


def test_swedish_land_opening_a_longer_name_stays_unread() -> None:
    assert "Orust" not in draft_kinds("Han har arbetat på Orust Varv sedan i fjol.", language="sv")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Romanian: a river with its article joined opening a sentence, and a river bare after "pe" (on it)
        ("Mureșul a ieșit din matcă lângă Târgu Mureș.", "Mureș"),
        ("Hidrocentrala de pe Trotuș a fost oprită ieri.", "Trotuș"),
    ],
)
def test_romanian_river_opening_a_sentence_or_after_on(text: str, name: str) -> None:
    assert str(draft_kinds(text, language="ro").get(name)) == "place"
