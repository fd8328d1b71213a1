"""A seventy-ninth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages). Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: list(draft.aliases) for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_bodys_acronym_with_its_initials_in_another_order_is_its_alias() -> None:
    aliases = _aliases("The Royal Armed Forces (FAR) of Varnia have not commented. A FAR spokesman declined.")
    assert aliases.get("Royal Armed Forces") == ["FAR"]
    aliases = _aliases("Fighters of the Armed Forces of Tessaly (FAT) attacked a post. The FAT said it had won.")
    assert aliases.get("Armed Forces of Tessaly") == ["FAT"]
    assert "FAT" not in aliases


def test_a_committee_named_for_the_land_it_sits_on_keeps_the_land_in_its_name() -> None:
    drafts = draft_kind_names("Advisers will support the Special Parliamentary Committee on Mindanao in Manila.")
    assert drafts.get("Special Parliamentary Committee on Mindanao") == "organization"
    assert "Special Parliamentary Committee" not in drafts


def test_carabinieri_named_with_their_nations_adjective_are_a_body() -> None:
    drafts = draft_kind_names("Observers from the Italian Carabinieri joined the final phase of the drill near Varnby.")
    assert drafts.get("Italian Carabinieri") == "organization"


def test_a_clearinghouse_named_before_and_for_the_control_of_arms_is_a_body_and_its_aim_no_place() -> None:
    drafts = draft_kind_names(
        "Aid will go through the South Eastern and Western Tarvel Clearinghouse for the Control of Small Arms and"
        " Light Weapons (SEWTAC) in Varnby."
    )
    assert drafts.get("South Eastern and Western Tarvel Clearinghouse") == "organization"
    assert not any("Small Arms" in name for name in drafts)


def test_a_peoples_word_after_of_before_a_plain_noun_ends_no_bodys_name() -> None:
    drafts = draft_kind_names("Both sides back the Community of Serb-majority municipalities, the envoy said.")
    assert not any(name.startswith("Community of") for name in drafts)
    drafts = draft_kind_names("The Union of Kurdish towns met in Varnby, and the Congress of Kurdish Women met too.")
    assert "Union of Kurdish" not in drafts
    assert drafts.get("Congress of Kurdish Women") == "organization"


def test_the_letters_after_an_orders_name_are_its_holders_no_body() -> None:
    drafts = draft_kind_names(
        "Honours\n\nKnight of the Order of the Silver Heron (KSH), 2019\n"
        "Warden of the Order of the Red Lantern (WRL), 2024"
    )
    assert "KSH" not in drafts
    assert "WRL" not in drafts


def test_lands_named_together_as_territories_are_a_place() -> None:
    drafts = draft_kind_names("Drones struck the strip east of the wall, which the rebels call the Freed Territories.")
    assert drafts.get("Freed Territories") == "place"


def test_a_special_prosecution_named_with_its_states_formal_name_is_one_body() -> None:
    drafts = draft_kind_names(
        "The mission is supporting the Special Prosecution of the Republic of Varnia in the case."
    )
    assert drafts.get("Special Prosecution of the Republic of Varnia") == "organization"
    drafts = draft_kind_names("The Prosecution argued that Ilse Tarn had lied to the court.")
    assert "Prosecution" not in drafts


def test_a_name_opening_with_a_given_name_listed_between_places_is_a_place() -> None:
    drafts = draft_kind_names("Thousands of villagers have fled their homes in Tarnby, Intan Varo and Quellmoor.")
    assert drafts.get("Intan Varo") == "place"
    drafts = draft_kind_names("Talks in Geneva, Ann Lee and Bob Hart said, were useful.")
    assert drafts.get("Ann Lee") == "person"


def test_a_bantu_joining_word_between_rare_capitalised_words_keeps_one_name() -> None:
    drafts = draft_kind_names("The army fought Umzantu we Thakazi, the armed wing of the Tarvel People's Congress.")
    assert "Umzantu we Thakazi" in drafts
    assert "Umzantu" not in drafts
    assert "Thakazi" not in drafts


def test_a_units_number_after_its_letters_in_brackets_is_part_of_its_name() -> None:
    aliases = _aliases("Divers of Tarvel Mine Clearance Mobile Unit (TMCMU) 6 cleared the harbour on Friday.")
    assert "Tarvel Mine Clearance Mobile Unit 6" in aliases
    assert "TMCMU 6" in aliases["Tarvel Mine Clearance Mobile Unit 6"]


def test_a_state_an_envoy_is_sent_to_before_the_envoys_given_name_is_no_given_name() -> None:
    drafts = draft_kind_names("Tarvian Ambassador to Oman Elena Varsk visited the harbour on March 9.")
    assert drafts.get("Elena Varsk") == "person"
    assert drafts.get("Oman") == "state"


def test_a_crowns_possessive_after_a_peoples_adjective_opens_the_bodys_name() -> None:
    aliases = _aliases("Divers of the Bruneian Sultan's Coastal Guard cleared the harbour of training mines.")
    assert "Sultan's Coastal Guard" in aliases.get("Bruneian Sultan's Coastal Guard", [])
    assert "Coastal Guard" not in aliases
