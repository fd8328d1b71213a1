"""A fifty-seventh round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): joint
bodies named after two parties joined by an unspaced en dash. Every example is invented; each test says what the
analyst sees."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def test_a_joint_body_of_two_states_joined_by_an_en_dash_is_one_body() -> None:
    kinds = draft_kinds("The Chad–Sudan Joint Border Commission met in N'Djamena on Friday.")
    assert kinds.get("Chad–Sudan Joint Border Commission") is ActorKind.organization
    kinds = draft_kinds("Officials of the Ghana–Togo Standing Committee on Smuggling signed the report.")
    assert kinds.get("Ghana–Togo Standing Committee on Smuggling") is ActorKind.organization


def test_two_towns_joined_by_an_en_dash_stay_two_places() -> None:
    kinds = draft_kinds("The Dover–Calais ferry was cancelled because of the storm.")
    assert "Dover–Calais" not in kinds
    assert kinds.get("Dover") is ActorKind.place


def test_a_joint_body_whose_name_holds_and_keeps_both_parties() -> None:
    kinds = draft_kinds("Cadets trained at the Chad–Niger Joint Training and Evaluation Centre last year.")
    assert kinds.get("Chad–Niger Joint Training and Evaluation Centre") is ActorKind.organization


def test_an_envoys_post_for_a_dialogue_of_two_parties_is_one_post() -> None:
    text = "The Special Envoy for the Armenia–Azerbaijan Dialogue, Ms Hedda Quarnstrom, arrived in Yerevan."
    kinds = spelling_kinds(text)
    assert kinds.get("Special Envoy for the Armenia–Azerbaijan Dialogue") is ActorKind.person
    assert kinds.get("Hedda Quarnstrom") is ActorKind.person
    assert "Azerbaijan Dialogue" not in kinds


def test_a_working_group_named_for_its_subject_is_one_body() -> None:
    kinds = draft_kinds("The Joint Working Group on Wildlife Trafficking will meet again in March.")
    assert kinds.get("Joint Working Group on Wildlife Trafficking") is ActorKind.organization
    kinds = draft_kinds("The Adani Group on Twitter denied the report.")
    assert "Adani Group on Twitter" not in kinds


def test_a_joint_body_of_two_states_with_a_long_name_is_drafted_whole() -> None:
    text = "Delegates of the Chad–Central African Republic Joint Commission on Cross-Border Grazing met."
    kinds = draft_kinds(text)
    assert kinds.get("Chad–Central African Republic Joint Commission on Cross-Border Grazing") is ActorKind.organization


def test_a_swedish_noble_name_with_af_is_one_person() -> None:
    kinds = draft_kinds("The ministry was led by Greta af Tornvall until 1994.")
    assert kinds.get("Greta af Tornvall") is ActorKind.person
    assert "Tornvall" not in kinds


def test_a_british_unit_written_with_a_bare_number_keeps_it() -> None:
    kinds = draft_kinds("Marines of 42 Commando exercised near Narvik in February.")
    assert kinds.get("42 Commando") is ActorKind.armed_force
    kinds = draft_kinds("Soldiers of 12 Armoured Infantry Brigade returned from Estonia.")
    assert kinds.get("12 Armoured Infantry Brigade") is ActorKind.armed_force
    kinds = draft_kinds("Some 40 Brigade soldiers were hurt.")
    assert "40 Brigade" not in kinds


def test_a_command_for_a_quarter_of_its_theatre_is_a_force() -> None:
    kinds = draft_kinds("Regional Command North sent two more companies to the valley.")
    assert kinds.get("Regional Command North") is ActorKind.armed_force
    kinds = draft_kinds("Officers of the Tarnholm Border Guard District stopped the boat.")
    assert kinds.get("Tarnholm Border Guard District") is ActorKind.armed_force


def test_a_long_office_named_after_its_bodys_acronym_is_drafted_whole() -> None:
    kinds = draft_kinds("The AU Office of the High Representative for Conflict Prevention said so.")
    assert kinds.get("AU Office of the High Representative for Conflict Prevention") is ActorKind.organization


def test_a_police_unit_named_for_operations_is_a_body() -> None:
    kinds = draft_kinds("The restraint shown by the Northern Operational Support Unit was noted.")
    assert kinds.get("Northern Operational Support Unit") is ActorKind.organization
    kinds = draft_kinds("Nobody was hurt when the Coastal Special Operations Unit moved in.")
    assert kinds.get("Coastal Special Operations Unit") is ActorKind.organization


def test_a_unit_named_by_its_head_word_and_a_compass_point_is_a_force() -> None:
    kinds = draft_kinds("The battalion was moved from Brigade South to the new command in 2021.")
    assert kinds.get("Brigade South") is ActorKind.armed_force
    kinds = draft_kinds("The Tarnby Group East said profits rose.")
    assert kinds.get("Tarnby Group East") is not ActorKind.armed_force


def test_a_peoples_hyphened_word_inside_a_bodys_name_keeps_it_whole() -> None:
    kinds = draft_kinds("Mayors founded the Association of Tarvish-majority Municipalities in 2013.")
    assert kinds.get("Association of Tarvish-majority Municipalities") is ActorKind.organization
    kinds = draft_kinds("The Union of German-speaking Journalists protested.")
    assert kinds.get("Union of German-speaking Journalists") is ActorKind.organization


def test_a_peoples_church_of_a_denomination_is_one_body() -> None:
    kinds = draft_kinds("Talks resumed on Monday. The Bulgarian Orthodox Church called for calm.")
    assert kinds.get("Bulgarian Orthodox Church") is ActorKind.organization
    kinds = draft_kinds("Talks resumed on Monday. The Eritrean Orthodox Church called for calm.")
    assert kinds.get("Eritrean Orthodox Church") is ActorKind.organization
    assert "Orthodox Church" not in kinds


def test_a_coined_phrase_in_quotes_opened_by_no_is_no_name() -> None:
    kinds = draft_kinds('Talks resumed on Monday. The rebels held the so-called "No Fly Corridor" near Tarnby.')
    assert "Fly Corridor" not in kinds


def test_a_double_barrelled_surname_with_a_common_family_half_is_a_persons() -> None:
    kinds = draft_kinds("Among those held is the party's treasurer, Farai Zvobgo-Banda.")
    assert kinds.get("Farai Zvobgo-Banda") is ActorKind.person
    kinds = draft_kinds("The deal was signed by the envoy, Mir Qadir Khan-Barakzai, in 1881.")
    assert kinds.get("Mir Qadir Khan-Barakzai") is ActorKind.person


def test_who_an_army_served_under_or_a_coup_toppled_is_a_person() -> None:
    kinds = draft_kinds("Talks went on. He served in the Varnish Army under Tarvo Qelmani until 2011.")
    assert kinds.get("Tarvo Qelmani") is ActorKind.person
    kinds = draft_kinds("Talks went on. He led the coup that toppled Quenby Arvalo in 2021.")
    assert kinds.get("Quenby Arvalo") is ActorKind.person


def test_a_united_opposition_is_a_body() -> None:
    kinds = draft_kinds("Talks went on. He had fought in the civil war with the United Varnish Opposition.")
    assert kinds.get("United Varnish Opposition") is ActorKind.organization


def test_a_ministers_byline_with_particles_names_the_minister() -> None:
    text = (
        "Joint media release\n"
        "Senator the Hon Maren Oyelaran-Pike, Minister for Trade\n"
        "The Hon Pieter van der Holst-Amani MP, Minister for Home Affairs\n\n"
        "Today in Suva we signed the arrangement."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Pieter van der Holst-Amani") is ActorKind.person


def test_an_envoys_post_for_a_dialogue_of_two_towns_joined_by_a_hyphen_is_one_post() -> None:
    text = "Talks went on. The Special Envoy for the Yerevan-Baku Dialogue, Ms Hedda Quarnstrom, arrived on Monday."
    kinds = spelling_kinds(text)
    assert kinds.get("Special Envoy for the Yerevan-Baku Dialogue") is ActorKind.person
    assert "Baku Dialogue" not in kinds


def test_a_head_of_states_official_residence_is_a_place() -> None:
    kinds = draft_kinds("Talks went on. Troops drove towards State House before dawn.")
    assert kinds.get("State House") is ActorKind.place
    kinds = draft_kinds("Talks went on. A reception was held at Government House on Friday.")
    assert kinds.get("Government House") is ActorKind.place


def test_a_documents_own_coined_name_is_no_actor() -> None:
    kinds = draft_kinds("Talks went on. Today we signed the Vemaro Security Agreement with the Government of Tarnby.")
    assert "Vemaro" not in kinds
    kinds = draft_kinds("Talks went on. The Bougainville Peace Agreement was signed in 2001.")
    assert kinds.get("Bougainville") is ActorKind.place
