"""Round reallang42: rules found reading real news pages by hand in languages other than English, German, Russian,
Korean and Portuguese (Turkish, Spanish, French, Czech, Indonesian, Arabic...). Invented sentences and invented
persons throughout; the places are real, since in another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_a_turkish_town_before_its_municipality_or_governor_is_a_place() -> None:
    drafts = _kinds(
        "Bitlis Valisi Orhan Dülgeroğlu ile Kars Belediye Başkanı Selim Karalar dün görüştü. Polis sabah "
        "Şile Belediyesi'ne operasyon düzenledi; Muş, Tatvan ve Hakkari belediyelerine kayyum atandı.",
        "tr",
    )
    for town in ("Bitlis", "Kars", "Şile", "Muş", "Tatvan", "Hakkari"):
        assert drafts.get(town) == "place", town
    # a singular noun belongs to the last town alone: the mayor's family name before "ve" is no town
    assert "Karalar" not in _kinds("Başkan Selim Karalar ve Kars Belediye Başkanı Ali Tuna görüştü.", "tr")
