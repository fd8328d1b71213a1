"""A draft first met in a dateline's capitals is named as running text writes it."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, tuple[ActorKind, list[str]]]:
    return {draft.name: (draft.kind, draft.aliases) for draft in extract(text, None, [], set(), "t").actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the text's own spelling further on
        ("SAN DIEGO — Dock workers walked out on Monday. In San Diego, pickets stood at the gates.", "San Diego"),
        # the gazetteer's spelling of a dateline town written only in capitals
        ("KAMLOOPS, B.C. — A warehouse burned down overnight, fire crews said.", "Kamloops"),
        ("PHILADELPHIA (AP) — Transit workers voted to strike on Friday.", "Philadelphia"),
        # a town the tables lack, in title case, its small words in lower case
        ("THORNBY UPON WREAKE, England — The village fete was cancelled.", "Thornby upon Wreake"),
    ],
)
def test_a_dateline_town_is_drafted_in_mixed_case(text: str, name: str) -> None:
    drafts = _drafts(text)
    assert name in drafts, drafts
    assert drafts[name][0] is ActorKind.place
    assert name.upper() not in drafts


def test_a_dateline_qualified_by_its_country_keeps_the_qualified_name_as_an_alias_in_mixed_case() -> None:
    drafts = _drafts("LYON, France — Rail staff walked out on Thursday.")
    assert "Lyon" in drafts
    assert all(not alias.isupper() for alias in drafts["Lyon"][1])


def test_a_one_word_dateline_town_before_its_land_by_name_is_a_place() -> None:
    drafts = _drafts("TREVELLICK, Wales — Farmers blocked the road on Tuesday.")
    assert drafts.get("Trevellick", (None,))[0] is ActorKind.place, drafts


def test_an_acronym_in_capitals_stays_in_capitals() -> None:
    drafts = _drafts("OTAN officials met on Monday. The Otan summit follows in May.")
    assert "Otan" not in drafts


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        # a city whose name in the language is not the gazetteer's, in a dateline's capitals
        (
            "Neue Regeln für Mieter\nMÜNCHEN – Die Stadt hat am Montag beschlossen, die Mieten zu deckeln.",
            "de",
            "München",
        ),
        ("Novas regras aprovadas\nLISBOA — O Governo aprovou novas regras para o setor.", "pt", "Lisboa"),
        # a city whose name is a frequent word of the language ("porto", a port)
        ("Orçamento aprovado\nPORTO — A Câmara aprovou o orçamento para o próximo ano.", "pt", "Porto"),
    ],
)
def test_a_city_in_a_dateline_of_another_language_is_drafted_as_written(text: str, language: str, place: str) -> None:
    drafts = {d.name: d.kind for d in extract(text, None, [], set(), "t", language=language).actors}
    assert drafts.get(place) is ActorKind.place, drafts


def test_a_frequent_word_in_capitals_that_the_text_also_writes_in_lower_case_is_no_dateline() -> None:
    text = "Rezepte für den Winter\nESSEN – Wir essen gern Nudeln. Danach essen wir Kuchen mit Sahne."
    assert not extract(text, None, [], set(), "t", language="de").actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a sovereign state after the dateline's town is a state, a region a place
        ("NAIROBI, Kenya (AP) — Protesters marched on parliament on Tuesday.", "Kenya", ActorKind.state),
        ("TBILISI, Georgia — Thousands rallied outside parliament overnight.", "Georgia", ActorKind.state),
        ("WELLINGTON, Ohio (WKVB) — A man was arrested after a chase.", "Ohio", ActorKind.place),
    ],
)
def test_the_land_after_a_dateline_town_keeps_its_kind(text: str, name: str, kind: ActorKind) -> None:
    drafts = _drafts(text)
    assert drafts.get(name, (None,))[0] is kind, drafts
