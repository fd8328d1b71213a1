"""Round reallang50: rules found reading real German, Russian, Korean and Portuguese news pages where names are dense
(regional politics and courts, market reports, tech pages naming foreign firms and cities, crime pages naming streets
and districts) by hand. Invented sentences and invented persons and firms throughout; the places are real, since in
another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_brazilian_towns_before_their_state_s_code_are_the_towns() -> None:
    drafts = _kinds(
        "A quadrilha de Tavinho Reis agia em Sorriso (MT), Rio Verde e Jataí (GO) e também em Cáceres e "
        "Várzea Grande (MT), segundo a investigação.",
        "pt",
    )
    # a town before its state's code ("Jataí (GO)"), and the first of two towns sharing one ("Cáceres e Várzea
    # Grande (MT)"): Cáceres of Mato Grosso, though Spain's Cáceres holds the spelling
    assert drafts.get("Jataí") == "place"
    assert drafts.get("Cáceres") == "place"
    assert drafts.get("Goiás") == "place"
