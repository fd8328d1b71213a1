"""Lang round 25 of invented text, in languages other than English (states and places only).
- A river named after the language's word for a river in lower case is a place, drafted by its
  name ("rio Tietê": Tietê, "río Tormes", "fiume Ombrone"), even when the name is also an island's;
- a German compound ending in a common noun in "-tal" is that noun, not a valley ("im
  Vorjahresquartal", "im Bürgerportal");
- a Brazilian state named by a plural no noun of Portuguese has ("Amazonas", "Alagoas") is read in
  Portuguese text, and its English reading does not change."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _drafts(text: str, language: str) -> dict[str, str]:
    return {name: kind.value for name, kind in draft_kinds(text, language).items()}


@pytest.mark.parametrize(
    ("text", "language", "river"),
    [
        ("A serraria de Jonas Vilela fica às margens do rio Piracuruca, longe da estrada.", "pt", "Piracuruca"),
        ("As balsas de soja descem o rio Madeira até o porto de Itacoatiara.", "pt", "Madeira"),
        ("A represa no rio São Francisco voltou a encher em março.", "pt", "São Francisco"),
        ("La cooperativa de Anselmo Ruiz riega sus huertas con agua del río Tormes.", "es", "Tormes"),
        ("Il fiume Ombrone è esondato durante la notte.", "it", "Ombrone"),
        ("Les péniches remontent le fleuve Charente jusqu'au quai.", "fr", "Charente"),
    ],
)
def test_a_river_after_the_word_for_a_river_is_a_place(text: str, language: str, river: str) -> None:
    drafts = _drafts(text, language)
    assert drafts.get(river) == "place", drafts
    assert not any(name.lower().startswith(("rio ", "río ", "fiume ", "fleuve ")) for name in drafts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A feira do Rio Grande do Sul reuniu produtores de arroz.", {"Rio Grande do Sul": "place"}),
        ("O ônibus saiu do Rio de Janeiro às sete horas.", {"Rio de Janeiro": "place"}),
    ],
)
def test_rio_with_a_capital_still_opens_a_towns_name(text: str, expected: dict[str, str]) -> None:
    drafts = _drafts(text, "pt")
    assert {name: drafts.get(name) for name in expected} == expected


def test_rio_before_a_word_of_the_language_in_capitals_is_no_river() -> None:
    # "eu rio Muito" (I laugh a lot), capitals of a title: the words are Portuguese words
    assert _drafts("Eu rio Muito Quando Vejo Isso", "pt") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Der Umsatz der Firma Kellerbach lag im Vorjahresquartal deutlich höher.",
        "Die Anträge stehen im Bürgerportal der Gemeinde bereit.",
        "Die Meldung erschien zuerst im Internetportal des Vereins.",
    ],
)
def test_a_compound_ending_in_a_common_noun_in_tal_is_no_valley(text: str) -> None:
    assert not [name for name, kind in _drafts(text, "de").items() if kind == "place"]


@pytest.mark.parametrize(
    ("text", "valley"),
    [
        ("Die Hütte der Familie Staudacher liegt im Zillertal.", "Zillertal"),
        ("Radwege im Altmühltal werden im Sommer ausgebessert.", "Altmühltal"),
    ],
)
def test_a_valley_named_by_its_river_is_still_drafted(text: str, valley: str) -> None:
    assert _drafts(text, "de").get(valley) == "place"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A seca atinge o interior do Amazonas, segundo a Defesa Civil.", "Amazonas"),
        ("Produtores de cana de Alagoas pedem crédito ao governo.", "Alagoas"),
        ("A chuva voltou a Alagoas na terça-feira.", "Alagoas"),
    ],
)
def test_a_brazilian_state_named_by_a_plural_is_read_in_portuguese(text: str, state: str) -> None:
    assert _drafts(text, "pt").get(state) == "place"


def test_the_states_english_reading_does_not_change() -> None:
    # English text reads the spellings as it did: the change is in Portuguese's own view only, and
    # English still needs a cue before either spelling is a place
    drafts = draft_kinds("The drought hit Amazonas and Alagoas hard, officials in Brasília said.", "en")
    assert drafts.get("Amazonas") != "place"
    assert drafts.get("Alagoas") != "place"


def test_an_ordinary_plural_of_portuguese_is_no_state() -> None:
    # "cidades" has a frequent singular: no region is read for a common noun's plural
    assert _drafts("As Cidades do interior pedem verbas.", "pt") == {}
