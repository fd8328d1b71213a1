"""Round lang61: news in the languages the held-out real pages use most (German, Russian, Korean,
Portuguese, French): French prepositions of place, Ukrainian towns in Russian war reporting, a Korean
province paired with its metropolitan city, German declined names of states and a town after its
country's adjective, towns listed after a city of two words or after a town on the way, and the
standfirst a page's extraction leaves out.

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.extract_text import read_document
from dossier.ingest.standfirst import standfirst_sentences
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # French "vers", "depuis", "via", "pour" before a town
        ("Les cars partent vers Angers dès six heures.", "fr", "Angers", "place"),
        ("Les vols depuis Montpellier sont retardés.", "fr", "Montpellier", "place"),
        ("Le ferry pour Portsmouth reste à quai ce soir.", "fr", "Portsmouth", "place"),
        # a town of Ukraine declined in Russian news, after a preposition, as a home town is
        ("Колонна техники вышла из Бахмута ночью.", "ru", "Бахмут", "place"),
        # French "au", "du" before a town whose name opens with "Le"
        ("Les dockers au Havre votent la grève.", "fr", "Le Havre", "place"),
        ("Il rentre du Mans ce soir.", "fr", "Le Mans", "place"),
        # Korean: a province's short name beside its metropolitan city, with a particle of place
        ("대구와 경북에서도 폭설 피해가 이어졌다.", "ko", "경상북도", "place"),
        # German: a state's name of several words, declined after its article
        ("Die Ausfuhren in die Vereinigten Staaten sanken.", "de", "United States", "state"),
        ("Flüge zu den Vereinigten Arabischen Emiraten fallen aus.", "de", "United Arab Emirates", "state"),
        # a foreign town after its country's adjective, or on a page that names it by the adjective
        ("Das Werk im schwedischen Kiruna stockt.", "de", "Kiruna", "place"),
        ("Die schwedischen Banken zögern. Ein Zulieferer in Södertälje baut ab.", "de", "Södertälje", "place"),
        # German: a compass point joined to "See" is a sea, whatever article it takes
        ("Die Fähren auf der Ostsee fahren wieder.", "de", "Ostsee", "place"),
        ("Neue Windparks in der Nordsee liefern Strom.", "de", "Nordsee", "place"),
        # a landscape after "das ganze", "das gesamte": the article opens it with the adjective between
        ("Der Sturm fegte durch das gesamte Kraichgau.", "de", "Kraichgau", "place"),
        # a landscape in "-land" after a noun for a region, as after an article
        ("Nachrichten aus der Region Wendland folgen.", "de", "Wendland", "place"),
        # a town listed after a city of two words ("Belo Horizonte") is a town, though also a word
        ("Belo Horizonte, Contagem e Betim receberam verbas.", "pt", "Contagem", "place"),
        # a frequent word listed after a town that follows a preposition is the way's next town
        ("Der Zug fährt über Plauen und Hof nach Regensburg.", "de", "Hof", "place"),
    ],
)
def test_places_and_states_in_the_languages_real_pages_use_most(text: str, language: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language=language)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Mit Emden und Umgebung ist die Lage ruhig.", "de", "Umgebung"),
        ("Er kaufte Kanus und Canoas? Nein.", "pt", "Canoas"),
        ("Die Vereinigten Stadtwerke melden Gewinn.", "de", "Vereinigten Stadtwerke"),
        ("Il parle du Monde ce matin.", "fr", "Monde"),
        ("Der Ostsee-Kurier berichtet heute.", "de", "Ostsee"),
        ("Das ganze Umland feiert.", "de", "Umland"),
        # a list of roads or streets a plural noun opens: each item is a road, though named like a town
        ("Os ônibus pararam nas avenidas Brasil e Paraná.", "pt", "Brazil"),
        ("Filialen zwischen Lemgo und Horn-Bad Meinberg schließen.", "de", "Horn"),
    ],
)
def test_words_that_stay_words(text: str, language: str, name: str) -> None:
    assert name not in draft_kinds(text, language=language)


def _page(tmp_path: Path, lead: str, description: str) -> str:
    page = tmp_path / "hafen.html"
    page.write_text(
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Hafen</title>"
        f"<meta name='description' content='{description}'></head><body><main><article>"
        f"<h1>Neue Kaikante im Hafen</h1><p class='teaser'>{lead}</p>"
        "<p>Die Hafengesellschaft hat am Montag mit dem Bau der neuen Kaikante begonnen. Die Arbeiten sollen zwei "
        "Jahre dauern und kosten nach Angaben der Gesellschaft rund 60 Millionen Euro.</p>"
        "<p>Die Schiffe legen während der Bauzeit an der alten Kaikante an, teilte die Hafengesellschaft mit.</p>"
        "</article></main></body></html>",
        encoding="utf-8",
    )
    return read_document(page).text


def test_a_standfirst_the_extraction_leaves_out_is_read_from_the_description(tmp_path: Path) -> None:
    lead = "Der Bau der Kaikante beginnt, Reedereien aus Brake und Nordenham rechnen mit Umwegen."
    assert "Reedereien aus Brake und Nordenham" in _page(tmp_path, lead, lead)


def test_a_site_wide_description_is_not_read_as_a_standfirst() -> None:
    article = "Die Hafengesellschaft hat am Montag mit dem Bau der neuen Kaikante begonnen."
    assert standfirst_sentences("Nachrichten aus Ostfriesland seit 1872, jeden Tag neu.", article) == []


def test_a_standfirst_the_text_holds_is_not_read_twice() -> None:
    article = "Die Hafengesellschaft hat am Montag mit dem Bau der neuen Kaikante begonnen. Es regnet."
    said = "Die Hafengesellschaft hat am Montag mit dem Bau der neuen Kaikante begonnen."
    assert standfirst_sentences(said, article) == []


def test_a_description_cut_short_is_the_bodys_excerpt_not_a_standfirst() -> None:
    article = "Die Hafengesellschaft hat am Montag mit dem Bau der neuen Kaikante begonnen."
    excerpt = "Gastgeber: Hafengesellschaft Brake Moderator: Ole Tamsen Agenda Zwei kurze Vorträge über Kaikanten und…"
    assert standfirst_sentences(excerpt, article) == []
