"""An eighty-second round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a short
fix-up of what the last round left. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: list(draft.aliases) for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_body_named_for_a_state_with_and_in_its_name_is_whole() -> None:
    drafts = draft_kind_names("Officers of the Baltic Training Mission in Bosnia and Herzegovina met the minister.")
    assert drafts.get("Baltic Training Mission in Bosnia and Herzegovina") == "organization"
    assert "Baltic Training Mission in Bosnia" not in drafts


def test_letters_with_a_small_letter_for_and_in_the_names_own_tongue_are_its_short_form() -> None:
    aliases = _aliases("The Customs Office of Bosnia and Herzegovina (COBiH) met the envoy. COBiH officers left.")
    assert "COBiH" in aliases.get("Customs Office of Bosnia and Herzegovina", [])


def test_teams_named_in_the_plural_with_their_letters_are_a_body() -> None:
    aliases = _aliases("The mission's Mediation and Observation Teams (MOTs) met the mayor of the town.")
    assert "MOTs" in aliases.get("Mediation and Observation Teams", [])
    assert "Mediation" not in aliases


def test_a_commander_named_by_his_forces_letters_is_a_post_and_the_letters_stay_the_force() -> None:
    text = "A VARSFOR patrol came on Monday, and the VARSFOR Commander met the mayor. VARSFOR troops left."
    drafts = draft_kind_names(text)
    assert drafts.get("VARSFOR Commander") == "person"
    assert drafts.get("VARSFOR") in ("organization", "armed_force")  # the force, no short form of the post


def test_a_word_of_a_units_own_name_before_its_number_is_part_of_the_name() -> None:
    drafts = draft_kind_names("Fighters of the Unified 4th Mountain Brigade took the hill town on Sunday.")
    assert drafts.get("Unified 4th Mountain Brigade") == "armed_force"
    assert "4th Mountain Brigade" not in drafts


def test_a_mission_named_for_the_pact_it_supports_is_whole_with_its_letters() -> None:
    text = "Later the Varnish Mission to support the Tarnby Accord (VMTA) arrived. VMTA left in 2031."
    assert "VMTA" in _aliases(text).get("Varnish Mission to support the Tarnby Accord", [])


def test_a_commander_named_by_letters_in_apposition_after_the_holder_is_a_post() -> None:
    drafts = draft_kind_names('"We will stay," said Gen. Ada M. Brin, VARSFOR Commander. "We will go on."')
    assert drafts.get("VARSFOR Commander") == "person"
    assert drafts.get("Ada M. Brin") == "person"
