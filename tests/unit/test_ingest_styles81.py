"""An eighty-first round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages). Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: list(draft.aliases) for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_body_whose_letters_are_followed_by_its_name_in_another_language_is_whole() -> None:
    text = (
        "The Quellmoor Observer Mission in the Varga Highlands (QOMVH; French: Mission d'observation de Quellmoor) "
        "was a mission of the United Nations. QOMVH closed in 2030."
    )
    aliases = _aliases(text)
    assert "QOMVH" in aliases.get("Quellmoor Observer Mission in the Varga Highlands", [])
    assert "Varga Highlands" not in aliases


def test_a_navys_flotilla_is_an_armed_force() -> None:
    drafts = draft_kind_names("Commodore Tariq Osmani, commander of the Varnian Navy's Mine Warfare Flotilla, spoke.")
    assert drafts.get("Mine Warfare Flotilla") == "armed_force"


def test_a_unit_numbered_by_a_word_after_its_head_is_an_armed_force() -> None:
    drafts = draft_kind_names("Divers of the Varnian Navy's Coastal Mine Countermeasures Squadron Two took part.")
    assert drafts.get("Coastal Mine Countermeasures Squadron Two") == "armed_force"


def test_a_french_lawyers_title_is_no_part_of_the_name() -> None:
    drafts = draft_kind_names("His lawyer, Maître Odile Vantrin-Castel, told reporters that her client was innocent.")
    assert drafts.get("Odile Vantrin-Castel") == "person"
    assert "Maître Odile Vantrin-Castel" not in drafts


def test_a_coordination_of_groups_is_a_body() -> None:
    drafts = draft_kind_names("Fighters of the Coordination of Former Combatants of Varnia attacked the town.")
    assert drafts.get("Coordination of Former Combatants of Varnia") == "organization"
    assert "Former Combatants" not in drafts


def test_a_commanders_post_ends_before_and_the_next_owners_unit() -> None:
    drafts = draft_kind_names(
        "Sailors from Commander, Task Group 61.2 and the Royal Navy's Mine Squadron Four operated the drones."
    )
    assert drafts.get("Commander, Task Group 61.2") == "person"
    assert drafts.get("Task Group 61.2") == "armed_force"
    assert drafts.get("Royal Navy") == "armed_force"
    assert not any(" and the " in name for name in drafts)


def test_a_bahraini_warships_pennant_number_is_no_body() -> None:
    drafts = draft_kind_names("The flotilla included the corvette RBNS Al Tarnak (P52) and the minehunter HMS Quellby.")
    assert "P52" not in drafts


def test_a_states_body_named_in_its_tongue_with_national_is_no_person() -> None:
    drafts = draft_kind_names("The EU supports the Tarnesian Navy (Marine Nationale tarnésienne) with two boats.")
    assert drafts.get("Marine Nationale") == "armed_force"


def test_a_city_named_with_a_capital_the_on_a_page_of_navies_is_whole() -> None:
    drafts = draft_kind_names(
        "The court sits in The Hague, far away.\n\nThe EU supports the Tarnesian Navy and the Spanish Navy.\n"
    )
    assert drafts.get("The Hague") == "place"
    assert "Hague" not in drafts


def test_a_faiths_adjective_after_mostly_is_no_part_of_the_groups_name() -> None:
    drafts = draft_kind_names("In 2013 the mostly Muslim Tarvaka rebel alliance seized the capital.")
    assert drafts.get("Tarvaka") == "armed_force"
    assert "Muslim Tarvaka" not in drafts
    assert draft_kind_names("The Muslim Brotherhood met in Cairo.").get("Muslim Brotherhood") == "organization"


def test_a_models_name_before_crewless_craft_or_mine_clearing_gear_is_no_actor() -> None:
    drafts = draft_kind_names(
        "The divers operated Tarnfish unmanned underwater vehicles and Quellfox mine neutralization systems."
    )
    assert "Tarnfish" not in drafts
    assert "Quellfox" not in drafts


def test_a_branch_named_on_after_its_owners_letters_takes_them() -> None:
    text = (
        "The Varnian Cooperation Council (VCC) Mission in Moldova and the United Nations called for restraint. "
        "The VCC met in Quellmoor."
    )
    aliases = _aliases(text)
    assert "VCC Mission in Moldova" in aliases
    assert "Mission in Moldova" not in aliases
    assert "Varnian Cooperation Council (VCC) Mission in Moldova" in aliases["VCC Mission in Moldova"]


def test_a_legion_is_a_body() -> None:
    drafts = draft_kind_names("After the war its fighters joined the Foreign Legion and the Tarvani Legion.")
    assert drafts.get("Foreign Legion") in ("armed_force", "organization")
    assert drafts.get("Tarvani Legion") in ("armed_force", "organization")
    assert draft_kind_names("The Varnby Legion gave a medal to the veteran.").get("Varnby Legion") == "organization"


def test_command_opening_a_senior_enlisted_rank_is_no_force() -> None:
    drafts = draft_kind_names("Command Sgt. Maj. Bryan L. Okoro-Vance led a forum for senior enlisted leaders.")
    assert drafts.get("Bryan L. Okoro-Vance") == "person"
    assert "Command" not in drafts


def test_a_common_word_opening_a_sentence_before_forces_is_no_force() -> None:
    drafts = draft_kind_names(
        "Naval forces from Varnia and Tarnesia ended the drill.\n\nThe crews met at the Naval Support Centre."
    )
    assert "Naval" not in drafts
    assert draft_kind_names("Tarvaki forces left the town. The ministry said Tarvaki had gone.").get("Tarvaki")


def test_a_mission_in_a_land_named_by_its_form_is_one_body() -> None:
    drafts = draft_kind_names("The United Nations Observer Mission in the Tarva Highlands was set up in 2031.")
    assert drafts.get("United Nations Observer Mission in the Tarva Highlands") == "organization"
    assert "Tarva Highlands" not in drafts


def test_two_rare_names_before_states_in_lower_case_are_a_federations_states() -> None:
    drafts = draft_kind_names("The army recaptured large parts of Tarvoley and Quellindo states last year.")
    assert drafts.get("Tarvoley") == "place"
    assert drafts.get("Quellindo") == "place"


def test_a_numbered_branch_of_a_long_body_and_the_body_are_each_a_name() -> None:
    drafts = draft_kind_names(
        "He heads the 42nd Central Signals Centre of the Chief Directorate of the General Staff of the Armed "
        "Forces of the Republic of Varnia, the ministry said."
    )
    assert "42nd Central Signals Centre" in drafts
    assert not any("Centre of the" in name for name in drafts)


def test_a_bodys_head_word_opening_a_name_in_french_is_no_body_alone() -> None:
    drafts = draft_kind_names("The militia was allied with the Coalition nationale pour la paix au Tarvo (CNPPT).")
    assert "Coalition" not in drafts


def test_letters_before_a_gloss_in_another_language_are_a_draft() -> None:
    drafts = draft_kind_names(
        "The Tarva Observer Mission in the Quell Highlands (TOMQUE; French: Mission d'observation de Tarva) "
        "was a peacekeeping mission."
    )
    assert "TOMQUE" in drafts


def test_a_commanders_post_keeps_its_commands_letters_and_number() -> None:
    aliases = _aliases("The drill, led by Commander, Task Force (CTF) 57 and the Royal Navy, ended. CTF 57 left.")
    assert "Commander, Task Force (CTF) 57" in aliases
    assert "Commander, Task Force" not in aliases
    assert "CTF 57" in aliases.get("Task Force 57", [])


def test_a_zone_named_after_a_bodys_letters_is_a_draft_of_its_own() -> None:
    aliases = _aliases("The EU supports the Regional Maritime Watch Centre (RMWC) Zone D in Tarnby and its crews.")
    assert "RMWC" in aliases.get("Regional Maritime Watch Centre", [])
    assert "Regional Maritime Watch Centre (RMWC) Zone D" in aliases.get("RMWC Zone D", [])
