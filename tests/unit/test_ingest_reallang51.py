"""Round reallang51 read news pages in German, Russian, Korean and Portuguese (court reports, regional
politics, election results, market reports, club news) and a few pages in languages ingest has no rules
for: lists of towns and their mayors, the cases and particles around a place's name, and the words that
name an offence or a court rather than a place. The sentences and names here are invented."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_list_of_towns_and_their_mayors_names_each_town() -> None:
    text = (
        "Resultados no distrito, concelho a concelho:\n"
        "- Tondela - Ilda Varnes Quelhas (PS)\n"
        "- Arganil - Rui Tavosa Mirande (PSD)\n"
        "- Ponte de Lima - Tomé Quental Varnel (CDS-PP)\n"
        "- Castelo de Vide - Inês Varosa Telmo (PS)\n"
    )
    kinds = draft_kinds(text, "pt")
    for town in ("Tondela", "Arganil", "Ponte de Lima", "Castelo de Vide"):
        assert kinds.get(town) is ActorKind.place, (town, kinds)
    assert not {"Ilda Varnes Quelhas", "Quelhas", "Varnel"} & set(kinds)


def test_a_state_heading_an_item_of_a_list_of_home_towns_is_no_state() -> None:
    text = (
        "Os presidentes eleitos:\n"
        "- Tondela - Ilda Varnes Quelhas (PS)\n"
        "- Malta - Rui Tavosa Mirande (PSD)\n"
        "- Arganil - Tomé Quental Varnel (CDS-PP)\n"
    )
    kinds = draft_kinds(text, "pt")
    assert kinds.get("Tondela") is ActorKind.place
    assert kinds.get("Malta") is not ActorKind.state


def test_two_lines_with_a_dash_are_no_list_of_towns() -> None:
    # guard: a pair of such lines may be headings of anything; the rule asks for a list
    text = "Notas do dia:\n- Tondela - Ilda Varnes Quelhas (PS)\n- Arganil - Rui Tavosa Mirande (PSD)\n"
    kinds = draft_kinds(text, "pt")
    assert "Tondela" not in kinds and "Arganil" not in kinds
