"""Round reallang44: rules found reading real Korean and Portuguese news pages by hand (police, courts, local
government, sport, business; Brazil, Portugal, Angola, Mozambique). Invented sentences and invented persons
throughout; the places are real, since in another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_a_portuguese_province_district_or_municipality_noun_names_the_place_after_it() -> None:
    drafts = _kinds(
        "O comandante Albano Quitumba disse que as operações decorreram nas províncias do Huambo, do Bié e do "
        "Uíge. Outros suspeitos foram detidos no município dos Mulenvos e levados ao tribunal. Os adeptos do "
        "Porto, do Benfica e do Sporting viram o jogo, e o técnico do Flamengo também.",
        "pt",
    )
    assert drafts.get("Huambo") == "place"  # "de" joined to the article: "do Huambo"
    assert drafts.get("Bié") == "place"  # the list repeats its "of"
    assert drafts.get("Uíge") == "place"
    assert drafts.get("Mulenvos") == "place"  # "dos": "de" and the plural article
    assert "Albano Quitumba" not in drafts
    # with no place noun before the list, "do" names a club as often as a town
    assert not {"Flamengo", "Benfica", "Sporting"} & set(drafts)
