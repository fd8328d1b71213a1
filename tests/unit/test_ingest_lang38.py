"""Places in Portuguese, German, Russian and Ukrainian news that round 38's pages showed lost:
towns of Portugal named with their article or by a frequent word ("no Porto", "na Guarda", "em
Tomar"), towns listed with their "of" repeated ("de Viseu, de Aveiro"), a German town's name
without its qualifier ("Bad Homburg" vor der Höhe, "Halle" an der Saale), a town "rund um"
(around) which, neuter Russian towns in their cases and lists of towns in the genitive ("ринках
Мукачева і Берегова"); and no place read in a feast ("no Natal"), a fair's hall ("in Halle 4"), a
club's sentence ("jogou no Porto") or the object of a programme's verb ("Interligar a Europa").
Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 11, 18)


def _places(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang38", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        # A town of Portugal after "no"/"na" (in + its article), however frequent a word it is.
        ("A feira do livro abriu ontem no Porto com trinta editoras.", "pt", {"Porto"}),
        ("Os bombeiros da Guarda foram chamados a um incêndio na Guarda durante a noite.", "pt", {"Guarda"}),
        ("O festival de jazz mudou-se este ano para uma quinta na Maia.", "pt", {"Maia"}),
        # ...and after "do"/"da" (of + its article).
        ("A vereadora da Maia apresentou o orçamento ontem.", "pt", {"Maia"}),
        # ...and after a sentence's opening "No"/"Na".
        ("No Fundão, a colheita da cereja começou mais cedo.", "pt", {"Fundão"}),
        # ...and after a bare "em", though its name is a frequent verb ("tomar": to take).
        ("A procissão decorreu em Tomar com milhares de pessoas.", "pt", {"Tomar"}),
        # Towns listed with their "of" repeated: each is the common noun's.
        ("Os correios de Viseu, de Aveiro e de Vila Real fecham mais cedo.", "pt", {"Viseu", "Aveiro", "Vila Real"}),
        # A German town by the name it goes by, without its qualifier.
        ("Die Messe findet in diesem Jahr in Bad Homburg statt.", "de", {"Bad Homburg"}),
        ("Der Zug aus Halle hatte eine Stunde Verspätung.", "de", {"Halle"}),
        # A neuter town in -ово/-ево read back from its cases ("из Кемерова", "под Одинцовом").
        ("Уголь из Кемерова везут в порты на востоке.", "ru", {"Кемерово"}),
        ("Склад построят под Одинцовом к весне.", "ru", {"Одинцово"}),
        # A list of towns in the genitive after a common noun, in Ukrainian too, with smaller towns.
        ("Ціни на базарах Житомира, Бердичева і Коростеня виросли.", "uk", {"Житомир", "Бердичів", "Коростень"}),
        ("Ціни на ринках Мукачева та Берегова виросли.", "uk", {"Мукачево"}),
        ("Аптеки Кинешмы, Шуи и Вичуги закрылись на ремонт.", "ru", {"Кинешма", "Шуя", "Вичуга"}),
        # "rund um" (around) is a preposition of place of two words.
        ("Die Dörfer rund um Montabaur bekommen Glasfaser.", "de", {"Montabaur"}),
        # A number after the town that counts something leaves the town.
        ("Bei dem Sturm wurden in Halle 14 Menschen verletzt.", "de", {"Halle"}),
    ],
)
def test_place_is_read(text: str, language: str, wanted: set[str]) -> None:
    assert wanted <= _places(text, language)


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        # A feast, not Brazil's Natal: Brazil's towns take no article.
        ("As vendas no Natal subiram quatro por cento.", "pt", "Natal"),
        # A sentence about a match: "no Porto" is the club.
        ("O médio jogou no Porto durante três épocas.", "pt", "Porto"),
        # ...nor with "golo" and "adeptos" (Portugal's words of a match); a wine named after its town.
        ("Os adeptos do Porto celebraram o golo até de madrugada.", "pt", "Porto"),
        ("O vinho do Porto bateu recordes de vendas.", "pt", "Porto"),
        # The text writes the word as a common noun too: the capital is no evidence of a name.
        ("O navio entrou no porto ao amanhecer e no Porto ninguém sabia.", "pt", "Porto"),
        # The object of a verb that opens a programme's name.
        ("O museu recebeu verbas do programa Conhecer a Europa no ano passado.", "pt", "Europa"),
        ("A escola entrou no concurso Descobrir o Brasil com um filme.", "pt", "Brazil"),
        # Genitives of surnames in a list are people's: their masculine forms are family names.
        ("Выступления Петрова и Сидорова понравились залу.", "ru", "Петрово"),
        # "Rund um Ostern" is a feast.
        ("Rund um Ostern steigen die Preise für Eier.", "de", "Ostern"),
        # "in der Halle" is a hall, and so is a numbered one at a fair.
        ("Das Konzert findet in der Halle am Markt statt.", "de", "Halle"),
        ("Der Hersteller zeigt seine Drohnen in Halle 4 der Messe.", "de", "Halle"),
    ],
)
def test_no_place_is_read(text: str, language: str, unwanted: str) -> None:
    assert unwanted not in _places(text, language)
