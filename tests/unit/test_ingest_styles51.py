"""A fifty-first round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): acronyms
(one that spells only the body after "and", a small letter inside a word, a body's noun before it, a UN body's
French or syllable acronym, an own-language name in brackets), peoples no state is named after, posts' offices,
parties named with a people's adjective, places named by what leads to them or what is fought over, and names
of no actor (an agreement's ordinary word, a process's noun). Every example is invented; each test says what the
analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_an_acronym_spelling_the_body_after_and_leaves_the_first_name_apart() -> None:
    kinds = draft_kinds("Yesterday COMSEA and the Tarvelian Counter Smuggling Service (CSS) met in Varnholm.")
    assert "Tarvelian Counter Smuggling Service" in kinds
    assert "COMSEA" in kinds
    assert not any(name.startswith("COMSEA and") for name in kinds)


def test_an_ordinary_word_opening_an_agreement_names_no_actor() -> None:
    kinds = draft_kinds("Marines trained in Tarvel under the Reciprocal Training Agreement of 2024.")
    assert "Reciprocal" not in kinds
    assert "Tarvel" in kinds


def test_a_body_set_up_by_a_deal_is_named_by_its_word_body() -> None:
    kinds = draft_kinds("Weapons were handed to the Tarvel Ceasefire Verification Body in Quellmoor.")
    assert kinds.get("Tarvel Ceasefire Verification Body") is ActorKind.organization


def test_a_lone_posts_office_after_the_is_a_body() -> None:
    kinds = draft_kinds("The case was sent to the Prosecutor's Office on Tuesday.")
    assert kinds.get("Prosecutor's Office") is ActorKind.organization


def test_a_posts_office_of_a_state_is_one_body() -> None:
    kinds = draft_kinds("Charges were brought by the Prosecutor's Office of Tarvel last week.")
    assert kinds.get("Prosecutor's Office of Tarvel") is ActorKind.organization


def test_an_own_language_name_and_its_acronym_in_brackets_are_the_same_body() -> None:
    text = "Monitors blamed the Tarvish Armed Forces (Forces Armées Tarvaises, FATa) for the raid."
    force = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Tarvish Armed Forces")
    assert {"Forces Armées Tarvaises", "FATa"} <= set(force.aliases)


def test_words_inside_a_bracketed_own_language_name_are_no_draft_of_their_own() -> None:
    text = "They founded the League of Coastal States (Ligue des États de la Côte, LEC) in 2024."
    kinds = draft_kinds(text)
    assert "États de la Côte" not in kinds
    assert "League of Coastal States" in kinds


def test_a_quoted_nickname_after_a_full_name_of_no_kind_yet_is_its_alias() -> None:
    text = 'Abdulkarim al-Varni-Sufwani, known as "Sufo", headed the Harbour Support Apparatus.'
    person = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Abdulkarim al-Varni-Sufwani")
    assert "Sufo" in person.aliases


def test_a_person_named_only_by_his_alias_is_drafted() -> None:
    kinds = draft_kinds('Police said the gang\'s leader, known by his alias "Chivito", had fled to the hills.')
    assert kinds.get("Chivito") is ActorKind.person


def test_an_autonomous_region_named_with_where_it_lies_is_a_place() -> None:
    kinds = draft_kinds("Aid reached the Quellan Autonomous Region in Upper Tarvel (QARUT) by boat.")
    assert kinds.get("Quellan Autonomous Region in Upper Tarvel") is ActorKind.place


def test_a_people_no_state_is_named_after_is_filed_as_a_people() -> None:
    kinds = draft_kinds("He says he is Ingush by birth. The Quellan Front is an Oromo armed group.")
    assert kinds.get("Ingush") is ActorKind.state
    assert kinds.get("Oromo") is ActorKind.state


def test_a_missions_acronym_region_and_state_are_one_branch() -> None:
    kinds = draft_kinds("Police officers were trained by EUPOL Balkans Serbia in 2024, the report said.")
    assert kinds.get("EUPOL Balkans Serbia") is ActorKind.organization
    assert "Serbia" not in kinds


def test_a_guerrilla_front_named_by_its_number_is_one_unit() -> None:
    kinds = draft_kinds("Villages near Tarvel are held by the 48th Front, a rebel faction.")
    assert "48th Front" in kinds
    assert "Front" not in kinds


def test_an_islamic_group_named_by_jamaath_at_its_end_is_a_body() -> None:
    kinds = draft_kinds("The bombings in Tarvel were carried out by Quellan Tawhid Jama'ath.")
    assert kinds.get("Quellan Tawhid Jama'ath") is ActorKind.organization


def test_a_peoples_adjective_and_a_word_leading_a_government_is_a_party() -> None:
    kinds = draft_kinds("Critics of the Estonian Renewal-led government marched in Tarvel.")
    assert kinds.get("Estonian Renewal") is ActorKind.organization


def test_a_small_letter_of_an_acronym_may_go_on_inside_a_word() -> None:
    text = "It grew out of the Front for the Defence of Tarvel (FDeT), which fought the army."
    front = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Front for the Defence of Tarvel")
    assert "FDeT" in front.aliases


def test_places_a_corridor_leads_to_are_places() -> None:
    kinds = draft_kinds("Aid agencies asked for safe corridors to Quellby and San Tarvo, where families are trapped.")
    assert kinds.get("Quellby") is ActorKind.place
    assert kinds.get("San Tarvo") is ActorKind.place


def test_a_sultans_possessive_opens_a_bodys_name() -> None:
    kinds = draft_kinds("Soldiers of the Sultan's Special Force trained with them in Tarvel.")
    assert "Sultan's Special Force" in kinds


def test_an_acronym_after_a_bodys_lower_case_mission_is_its_alias() -> None:
    text = "Troops of the Regional Stabilisation Support mission (RSS) left Tarvel in May."
    body = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Regional Stabilisation Support")
    assert "RSS" in body.aliases


def test_a_sentence_case_own_language_name_and_its_acronym_are_aliases() -> None:
    text = (
        "They back the Tarvel Coast Guard (Garde côtière de Tarvel, GCT) and the Tarvel Border Police "
        "(Police des frontières d'Ostrel, PFO)."
    )
    actors = {a.name: a for a in extract(text, None, [], set(), "tag").actors}
    assert {"Garde côtière de Tarvel", "GCT"} <= set(actors["Tarvel Coast Guard"].aliases)
    assert {"Police des frontières d'Ostrel", "PFO"} <= set(actors["Tarvel Border Police"].aliases)


def test_a_name_given_as_the_pseudonym_is_a_person() -> None:
    kinds = draft_kinds('The movement\'s spokesman wrote under the pseudonym "Tarka Ilomi" for years.')
    assert kinds.get("Tarka Ilomi") is ActorKind.person


def test_a_terminal_named_before_its_kind_is_a_place() -> None:
    kinds = draft_kinds("Gunmen attacked the Quelloro export terminal on Sunday.")
    assert kinds.get("Quelloro") is ActorKind.place


def test_a_people_before_fighters_stays_a_people() -> None:
    kinds = draft_kinds("Hundreds of young Kanuri fighters overran the garrison at Tarvel.")
    assert kinds.get("Kanuri") is ActorKind.state


def test_a_un_body_with_a_french_acronym_goes_on_through_where_it_serves() -> None:
    kinds = draft_kinds("Staff of the United Nations Political Office in Tarvel (BPNUT) left the capital.")
    assert "United Nations Political Office in Tarvel" in kinds


def test_a_peoples_possessive_after_a_places_head_word_goes_on_into_the_body() -> None:
    kinds = draft_kinds("Fighters of the Tarvel Valley People's Army attacked the outpost.")
    assert "Tarvel Valley People's Army" in kinds


def test_a_peoples_adjective_and_a_word_before_government_is_a_party() -> None:
    kinds = draft_kinds("Protesters called on the Latvian Hope government to resign.")
    assert kinds.get("Latvian Hope") is ActorKind.organization


def test_a_forces_base_names_the_force_of_a_state() -> None:
    kinds = draft_kinds("The minister toured the Royal Navy of Tarvel base at Quellmouth.")
    assert kinds.get("Royal Navy of Tarvel") is ActorKind.armed_force
    assert "Royal Navy of Tarvel base" not in kinds


def test_a_ruling_party_named_with_a_peoples_adjective_is_a_party_at_once() -> None:
    kinds = draft_kinds("The ruling Latvian Hope party won a majority of seats in Tarvel.")
    assert kinds.get("Latvian Hope") is ActorKind.organization


def test_an_ombudsmans_office_is_one_body() -> None:
    kinds = draft_kinds("Critics in Tarvel, including the Ombudsman's Office, say the curfew failed.")
    assert kinds.get("Ombudsman's Office") is ActorKind.organization


def test_a_un_force_whose_acronym_ends_with_the_places_syllable_is_named_whole() -> None:
    text = "Two soldiers of the UN Observer Force in Tarvelia (Unoftar) were hurt near the line."
    force = next(a for a in extract(text, None, [], set(), "tag").actors if "Tarvelia" in a.name)
    assert force.name == "UN Observer Force in Tarvelia"
    assert "Unoftar" in force.aliases


def test_a_nuclear_power_plant_is_a_place() -> None:
    kinds = draft_kinds("Inspectors returned to the Tarvelsk Nuclear Power Plant after the shelling.")
    assert kinds.get("Tarvelsk Nuclear Power Plant") is ActorKind.place


def test_a_numbered_camp_with_a_base_in_apposition_is_a_place() -> None:
    kinds = draft_kinds("Soldiers overran Camp 9, the base of the rebel commander, in March.")
    assert kinds.get("Camp 9") is ActorKind.place


def test_a_given_name_and_a_three_part_surname_is_a_person() -> None:
    kinds = draft_kinds("It grew out of the Tarvel Coast Militia (TCM) of Jibrin Okoro-Tamuno-Ebi.")
    assert kinds.get("Jibrin Okoro-Tamuno-Ebi") is ActorKind.person


def test_a_land_before_conflict_in_lower_case_is_a_place() -> None:
    kinds = draft_kinds("He has written two books about the Itumbi conflict and its refugees.")
    assert kinds.get("Itumbi") is ActorKind.place


def test_a_process_noun_inside_a_documents_subject_is_no_actor() -> None:
    kinds = draft_kinds("Both sides in Tarvel signed the Agreement on the Path to Decentralisation last May.")
    assert "Decentralisation" not in kinds


def test_a_peoples_adjective_and_a_word_before_party_is_a_party_at_once() -> None:
    kinds = draft_kinds("He is a member of the Latvian Hope party and lives in Tarvel.")
    assert kinds.get("Latvian Hope") is ActorKind.organization
