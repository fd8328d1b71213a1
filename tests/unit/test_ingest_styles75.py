"""A seventy-fifth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT/UK-government, EU and Wikipedia
pages): states named with a people's word, a service's reserve, nicknames in sanctions lists, firms' national
companies. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from tests.unit.ingest_helpers import draft_kind_names


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_state_named_with_a_peoples_word_is_that_state_not_the_peoples_own() -> None:
    # ("Dominican" is the people's word of Dominica too; the whole name is another state)
    drafts = draft_kind_names(
        "Customs officers were sent to support the Dominican Republic's coast guard near Puerto Varno."
    )
    assert drafts.get("Dominican Republic") == "state"
    assert "Dominica" not in drafts


def test_an_armed_services_reserve_is_a_force_not_a_nature_reserve() -> None:
    drafts = draft_kind_names(
        "Two U.S. Army Reserve engineers were hurt at Camp Tellan. The Air Force Reserve flew them home, "
        "and the Marine Corps Reserve sent a team. Hikers still walk in the Quarrow Forest Reserve."
    )
    assert drafts.get("U.S. Army Reserve") == "armed_force"
    assert drafts.get("Air Force Reserve") == "armed_force"
    assert drafts.get("Marine Corps Reserve") == "armed_force"
    assert drafts.get("Quarrow Forest Reserve") == "place"


def test_a_rare_given_name_opening_a_list_item_before_a_quoted_nickname_joins_the_person() -> None:
    drafts = _drafts(
        "The ministry froze the assets of:\n\n"
        '- Évrard "Pti Loup" Saint-Hilaire, leader of the Morne Vert gang;\n'
        "- Octavine Mérisier, a shipping agent."
    )
    person = drafts["Évrard Saint-Hilaire"]
    assert 'Évrard "Pti Loup" Saint-Hilaire' in person.aliases
    assert "Saint-Hilaire" not in drafts


def test_a_known_firm_then_a_state_is_the_firms_company_in_that_state() -> None:
    drafts = draft_kind_names(
        "Shell Nigeria said it would sell its onshore fields. Regulators said Google France was fined last year."
    )
    assert drafts.get("Shell Nigeria") == "organization"
    assert drafts.get("Google France") == "organization"
    assert "Nigeria" not in drafts


def test_an_acronym_and_the_head_word_written_after_its_bracket_name_the_body() -> None:
    drafts = _drafts(
        "Police officers of the Joint Coastal Patrol (JCP) Mission arrived in Varnby. "
        "Donors paid into the JCP Mission's trust fund."
    )
    body = drafts["Joint Coastal Patrol"]
    assert {"JCP", "JCP Mission"} <= set(body.aliases)
    assert "JCP Mission" not in drafts


def test_a_lower_case_bridge_after_a_rivers_name_is_no_part_of_the_name() -> None:
    drafts = draft_kind_names("Soldiers in two trucks were seen near the Tarrow River bridge on Monday night.")
    assert drafts.get("Tarrow River") == "place"
    assert "Tarrow River bridge" not in drafts


def test_prince_after_a_rank_and_before_two_names_is_a_given_name() -> None:
    drafts = _drafts(
        "Brigadier General Prince Tamba Koffa, the army's chief of staff, said troops were ready. "
        "Defence Minister Prince Faisal bin Tarek al-Varni met him later."
    )
    assert "Prince Tamba Koffa" in drafts
    assert "Faisal bin Tarek al-Varni" in drafts
