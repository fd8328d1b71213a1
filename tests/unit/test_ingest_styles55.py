"""A fifty-fifth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): bodies named
for whom they serve, missions in a kingdom, numbered battalions of regiments, posts and depots. Every example is
invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_bodys_name_runs_on_over_a_plural_of_peoples_possessive() -> None:
    kinds = draft_kinds("The Commission for Workers' Rights said on Monday it would appeal.")
    assert kinds.get("Commission for Workers' Rights") is ActorKind.organization
    kinds = draft_kinds("Aid went through the Northern League Children's Fund in Tarvel.")
    assert kinds.get("Northern League Children's Fund") is ActorKind.organization
    assert "Northern League Children" not in kinds


def test_one_owners_possessive_still_closes_a_bodys_name() -> None:
    kinds = draft_kinds("The Ministry of Interior's General Security Service said so.")
    assert kinds.get("Ministry of Interior") is ActorKind.organization
    assert kinds.get("General Security Service") is ActorKind.organization


def test_a_mission_in_a_kingdom_under_its_formal_name_is_one_body() -> None:
    kinds = draft_kinds("The EU Monitoring Mission in the Kingdom of Eswatini left in May.")
    assert kinds.get("EU Monitoring Mission in the Kingdom of Eswatini") is ActorKind.organization
    assert "Eswatini" not in kinds


def test_a_regiments_battalion_by_its_number_and_a_hyphen_is_one_unit() -> None:
    kinds = draft_kinds("Gunners of the 3-112th Field Artillery Regiment and of 1-9th Cavalry fired.")
    assert kinds.get("3-112th Field Artillery Regiment") is ActorKind.armed_force
    assert kinds.get("1-9th Cavalry") is ActorKind.armed_force
    assert "112th Field Artillery Regiment" not in kinds
    # a range of numbers before a division is no battalion
    assert draft_kinds("See chapters 4-21st Division of the history.").get("21st Division") is ActorKind.armed_force


def test_a_region_joined_to_a_state_by_and_is_a_place() -> None:
    kinds = draft_kinds("Vermont and Senegal have been partners in the programme since 2008.")
    assert kinds.get("Vermont") is ActorKind.place
    assert kinds.get("Senegal") is ActorKind.state
    # a small town's name before a state still needs a cue of its own
    assert "Lincoln" not in draft_kinds("Lincoln and France signed the letter.")


def test_a_command_and_staff_college_is_one_school() -> None:
    kinds = draft_kinds("She later attended the Tarvelian Navy Command and Staff College at Osk.")
    assert kinds.get("Tarvelian Navy Command and Staff College") is ActorKind.organization
    assert "Tarvelian Navy Command" not in kinds
    kinds = draft_kinds("The Western Command and Staff officers met at Osk.")
    assert kinds.get("Western Command") is ActorKind.armed_force


def test_a_peoples_word_before_its_faiths_adjective_names_the_people_only() -> None:
    kinds = draft_kinds("Gunmen stopped a bus of Hazara Shia pilgrims near the border.")
    assert kinds.get("Hazara") is ActorKind.state
    assert "Hazara Shia" not in kinds
    assert draft_kinds("Police questioned Peter Christian yesterday.").get("Peter Christian") is ActorKind.person


def test_the_malay_and_uighur_peoples_are_peoples() -> None:
    kinds = draft_kinds("Police detained Uighur activists and Malay students in Penang.")
    assert kinds.get("Uighur") is ActorKind.state
    assert kinds.get("Malay") is ActorKind.state


def test_an_armys_region_or_district_is_a_command_not_land() -> None:
    kinds = draft_kinds("The commander of the Third Army Region said two posts were attacked.")
    assert kinds.get("Third Army Region") is ActorKind.armed_force
    kinds = draft_kinds("Units of the Southern Military District moved west.")
    assert kinds.get("Southern Military District") is ActorKind.armed_force


def test_a_depot_named_for_what_it_holds_is_a_place() -> None:
    kinds = draft_kinds("A drone hit the Osk Ammunition Depot overnight; buses left the Varnby Bus Depot.")
    assert kinds.get("Osk Ammunition Depot") is ActorKind.place
    assert kinds.get("Varnby Bus Depot") is ActorKind.place


def test_two_posts_joined_by_and_are_each_named() -> None:
    text = "The Minister for Fisheries and Head of the Cabinet Office, Ilse Tremmin, arrived on Monday."
    # both posts are hers: her spellings on this page, no second and third person (round realread63)
    tremmin = next(d for d in extract(text, None, [], set(), "tag").actors if d.name == "Ilse Tremmin")
    assert {"Minister for Fisheries", "Head of the Cabinet Office"} <= set(tremmin.aliases)
    # a holder's name after the post's words still takes the post as the holder's title
    assert "Minister for Fisheries" not in draft_kinds("Tarvel Minister for Fisheries Osk Varnley met them.")


def test_a_second_body_after_and_the_is_its_own_name_across_its_possessive() -> None:
    kinds = draft_kinds("Talks between the Council of National Salvation and the Tarvel People's Defence Front began.")
    assert kinds.get("Council of National Salvation") is ActorKind.organization
    assert kinds.get("Tarvel People's Defence Front") in (ActorKind.organization, ActorKind.armed_force)


def test_a_short_town_ending_a_list_of_towns_after_a_preposition_is_a_place() -> None:
    kinds = draft_kinds("Aid convoys went to Malakal, Tarvelbury and Gao on Monday.")
    assert kinds.get("Gao") is ActorKind.place
    assert "Gao" not in draft_kinds("He thanked Smith, Jones and Gao for their help.")


def test_an_international_bodys_office_in_a_state_is_one_body() -> None:
    kinds = draft_kinds("Aid went through the UN Liaison Office in Tajikistan last year.")
    assert kinds.get("UN Liaison Office in Tajikistan") is ActorKind.organization
    kinds = draft_kinds("The Foreign Office in Kenya said so.")
    assert kinds.get("Foreign Office") is ActorKind.organization
    assert kinds.get("Kenya") is ActorKind.state


def test_a_mission_in_a_world_region_is_one_body() -> None:
    kinds = draft_kinds("The EU Police Advisory Mission in the Balkans closed in May.")
    assert kinds.get("EU Police Advisory Mission in the Balkans") is ActorKind.organization


def test_a_worldwide_bodys_branch_in_a_state_is_one_body() -> None:
    kinds = draft_kinds("Funding goes to Plan International Canada and Save the Children New Zealand.")
    assert kinds.get("Plan International Canada") is ActorKind.organization
    assert kinds.get("Save the Children New Zealand") is ActorKind.organization
    kinds = draft_kinds("She joined Plan International in Canada.")
    assert kinds.get("Plan International") is ActorKind.organization


def test_people_joined_for_an_aim_name_a_body() -> None:
    kinds = draft_kinds("A report by the Mothers for the Protection of Civilians was published.")
    assert kinds.get("Mothers for the Protection of Civilians") is ActorKind.organization
    kinds = draft_kinds("Veterans for Clean Rivers staged a protest.")
    assert kinds.get("Veterans for Clean Rivers") is ActorKind.organization
    # members of a body named after "of" are no body of their own
    kinds = draft_kinds("Volunteers of the Varnby Relief Foundation handed out food.")
    assert kinds.get("Varnby Relief Foundation") is ActorKind.organization
    assert not any(name.startswith("Volunteers") for name in kinds)


def test_a_force_of_a_land_named_for_its_islands_is_a_force() -> None:
    kinds = draft_kinds("The Maritime Force of the Tarvel Islands patrolled the zone.")
    assert kinds.get("Maritime Force of the Tarvel Islands") is ActorKind.armed_force
    kinds = draft_kinds("The Police Force of the Varn Islands said so; the Gulf of Varn Islands are far.")
    assert kinds.get("Police Force of the Varn Islands") is not ActorKind.place
    assert kinds.get("Gulf of Varn Islands") is ActorKind.place


def test_a_base_by_its_number_is_the_unit_that_holds_it() -> None:
    kinds = draft_kinds("Varnia's 114th Military Base near Osk held drills at Tarvel Air Base.")
    assert kinds.get("114th Military Base") is ActorKind.armed_force
    assert kinds.get("Tarvel Air Base") is ActorKind.place


def test_a_nations_general_staff_is_one_force() -> None:
    kinds = draft_kinds("Officers of the Uzbek General Staff met the delegation.")
    assert kinds.get("Uzbek General Staff") is ActorKind.armed_force
    assert "General Staff" not in kinds


def test_a_name_head_before_of_is_a_head_word() -> None:
    from dossier.ingest.cues import HEAD_WORD
    from dossier.ingest.name_words import head_at

    for words in (("university", "of", "the", "varn", "islands"), ("force", "of", "the", "varn", "islands")):
        head = head_at(words)
        assert head is None or words[head] in HEAD_WORD


def test_a_department_named_for_its_aid_operations_is_a_body() -> None:
    kinds = draft_kinds("Funds went through the Nordic Civil Protection and Humanitarian Aid Operations department.")
    assert kinds.get("Nordic Civil Protection and Humanitarian Aid Operations") is ActorKind.organization


def test_a_force_named_with_a_dash_and_its_state_keeps_its_acronym() -> None:
    from dossier.ingest.extract import extract

    text = "She commanded the European Union Naval Force – Mozambique (EU NAVFOR) in 2019. EU NAVFOR ships sailed."
    drafts = extract(text, None, [], set(), "tag").actors
    force = next(d for d in drafts if d.name == "European Union Naval Force – Mozambique")
    assert "EU NAVFOR" in force.aliases
    assert "Army – Somalia" not in draft_kinds("Clashes with the Army – Somalia's troops fled.")
