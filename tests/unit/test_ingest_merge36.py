"""Mends from merging the rounds of 2026-12-06 (styles87, realprobes134, lang81, realread36, lead36): what the
merged whole-corpus runs showed one round's rule doing to another round's names."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def test_a_mine_laid_as_a_weapon_is_no_place() -> None:
    drafts = draft_kind_names(
        "Australia is a longstanding supporter of the Anti-Personnel Mine Ban Convention and of clearance work."
    )
    assert "Anti-Personnel Mine" not in drafts, drafts


def test_a_mine_by_its_name_is_still_a_place() -> None:
    drafts = draft_kind_names("Rescuers reached the Quellister Slate Mine after the roof fell in on Monday.")
    assert drafts.get("Quellister Slate Mine") == "place", drafts


def test_mine_inside_a_bodys_name_before_and_keeps_the_name_whole() -> None:
    name = "Korea Mine Rehabilitation and Mineral Resources Corporation"
    drafts = draft_kind_names(f"The office will work with the {name} (KOMIR) to coordinate stockpiles.")
    assert drafts.get(name) == "organization", drafts


def test_a_peoples_adjective_before_troops_names_a_force_not_the_states_people() -> None:
    text = (
        "The district is a command of the Finnish Border Guard. Finnish crews patrol the gulf.\n\n"
        "See also\nArchipelago Sea Coast Guard District\nFinnish Coastal Troops\n"
    )
    names = {draft.name for draft in extract(text, None, [], set(), "t", language="en").actors}
    assert "Finnish Coastal Troops" in names, names


def test_a_town_ending_a_firms_name_before_a_dash_is_no_dateline() -> None:
    # A list of people moving between firms: "Firm – Person joins as ...", no credit or byline on the line.
    drafts = draft_kind_names(
        "Moves in brief\n\nBrannock Vale Hampton – Ilse Quarrie joins as head of valuation, Edinburgh\n"
        "Tarn Holdings – Ola Brandt joins as director, Bristol\n"
    )
    assert "Hampton" not in drafts, drafts
    assert "Brannock Vale" not in drafts, drafts


def test_a_given_name_and_a_family_name_ending_in_s_are_a_person_on_a_sports_page() -> None:
    drafts = draft_kind_names(
        "The striker scored twice and the coach praised the fans. She now writes sports stories for Clay Travis, "
        "who founded the site after years of covering football and basketball."
    )
    assert drafts.get("Clay Travis") == "person", drafts


def test_a_people_before_its_leaders_post_is_no_body() -> None:
    drafts = draft_kind_names(
        "Troops were sent after the Bosnian Serb leader Milorad Varnić-Tesh rejected the court. "
        "Serb deputies walked out of the assembly."
    )
    assert drafts.get("Serb") != "organization", drafts


def test_a_given_name_before_quarry_is_a_persons_name() -> None:
    drafts = draft_kind_names("The heavyweight Jerry Quarry fought twice at the Garden that winter.")
    assert drafts.get("Jerry Quarry") == "person", drafts


def test_a_given_name_and_a_plural_are_no_towns_side() -> None:
    drafts = draft_kind_names(
        "The coach praised the fans after the match. Mitchell Rawlins scored twice in the second half of the game."
    )
    assert drafts.get("Mitchell Rawlins") != "organization", drafts
