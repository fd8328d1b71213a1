"""A thirty-second round on the held-out styles: a remit's second field after "and" ("... Affairs and
Expatriates", "... Defence and Armed Forces Logistics"), a service's second duty ("Coast Guard and
Port Security"), sites named by a number ("Tower 22"), a force's members named inside it ("Navy
SEALs"), national forces known by one name ("Bundeswehr"), an apostrophe for a final hamza in an Arabic
name, a body and its branch spelled by a hyphened acronym, and movements named for the state they
fight in. Every example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def _aliases(text: str, name: str) -> list[str]:
    drafts = extract(text, None, [], set(), "t").actors
    return next(d.aliases for d in drafts if d.name == name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "They met the Minister of Foreign Affairs and Expatriates, Karim Varnawi, on Monday.",
            "Minister of Foreign Affairs and Expatriates",
            ActorKind.person,
        ),
        (
            "The listing names the Ministry of Defence and Armed Forces Logistics, which buys the parts.",
            "Ministry of Defence and Armed Forces Logistics",
            ActorKind.organization,
        ),
        (
            "The Ministry of Interior and Municipalities said the roads were open.",
            "Ministry of Interior and Municipalities",
            ActorKind.organization,
        ),
    ],
)
def test_a_remits_second_field_after_and_stays_in_the_name(text: str, name: str, kind: ActorKind) -> None:
    kinds = spelling_kinds(text)
    assert kinds.get(name) is kind
    assert "Expatriates" not in kinds
    assert "Armed Forces Logistics" not in kinds


def test_a_remits_and_still_ends_before_a_person_or_another_body() -> None:
    kinds = draft_kinds(
        "The Minister of Defence and Ilse Marrow spoke. The Ministry of Defence and Foreign Office agreed."
    )
    assert kinds.get("Ilse Marrow") is ActorKind.person
    assert kinds.get("Foreign Office") is ActorKind.organization
    assert "Minister of Defence and Ilse Marrow" not in kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Units of the Tremmish Coast Guard and Port Security reinforced the town.",
            "Tremmish Coast Guard and Port Security",
            ActorKind.armed_force,
        ),
        (
            "Crews of the Varnak Fire Service and Civil Protection came at dawn.",
            "Varnak Fire Service and Civil Protection",
            ActorKind.organization,
        ),
    ],
)
def test_a_services_second_duty_after_and_is_one_body(text: str, name: str, kind: ActorKind) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(name) is kind
    assert "Port Security" not in kinds


def test_a_service_and_another_body_stay_two() -> None:
    kinds = draft_kinds("The Varnak Police and Border Security Forces left the town on Monday.")
    assert kinds.get("Border Security Forces") is ActorKind.armed_force
    assert not any(name.endswith("Police and Border Security Forces") for name in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck troops at Tower 41, Jordan, on Sunday.",
        "Rockets landed near Checkpoint 7 before dawn.",
    ],
)
def test_a_site_named_by_its_number_is_a_place(text: str) -> None:
    kinds = draft_kinds(text)
    site = "Tower 41" if "Tower" in text else "Checkpoint 7"
    assert kinds.get(site) is ActorKind.place


def test_a_numbered_head_word_without_a_place_cue_is_no_site() -> None:
    kinds = draft_kinds("The Tower 41 Fund paid for repairs. He read Chapter 3 again.")
    assert "Tower 41" not in kinds
    assert "Chapter 3" not in kinds


def test_a_forces_members_are_a_force_and_the_force_inside_is_one_too() -> None:
    kinds = draft_kinds("The ship fired at dawn. Philippine Navy SEALs assigned to the task force boarded the dhow.")
    assert kinds.get("Philippine Navy SEALs") is ActorKind.armed_force
    assert kinds.get("Philippine Navy") is ActorKind.armed_force


@pytest.mark.parametrize("name", ["Bundeswehr", "Tatmadaw"])
def test_a_national_force_known_by_one_name_is_an_armed_force(name: str) -> None:
    kinds = draft_kinds(f"Advisers from the {name} trained the recruits near the border.")
    assert kinds.get(name) is ActorKind.armed_force


def test_an_apostrophe_for_a_final_hamza_keeps_the_arabic_name_whole() -> None:
    text = "The envoy informed Prime Minister Mohammed Shia' al-Varnawi-Kadhim before the strikes."
    kinds = draft_kinds(text)
    assert kinds.get("Mohammed Shia' al-Varnawi-Kadhim") is ActorKind.person
    assert "Kadhim" not in kinds


def test_a_plural_possessive_before_a_name_stays_apart() -> None:
    kinds = draft_kinds("The Varnak Workers' al-Tremmi faction met on Monday.")
    assert "Varnak Workers' al-Tremmi" not in kinds


def test_a_body_and_its_branch_spelled_by_a_hyphened_acronym_are_one_name() -> None:
    text = "The Syrian Revolutionary Guard Corps – Tremmin Force (SRGC-TF) trained the militia."
    kinds = draft_kinds(text)
    assert kinds.get("Syrian Revolutionary Guard Corps – Tremmin Force") is ActorKind.armed_force
    assert "Tremmin Force" not in kinds


def test_a_dash_between_two_bodies_without_such_an_acronym_keeps_them_apart() -> None:
    kinds = draft_kinds("The Varnian Armed Forces – Tremmin Army (VAT) parade was held.")
    assert "Varnian Armed Forces – Tremmin Army" not in kinds


def test_a_movement_named_for_the_state_it_fights_in_is_one_name() -> None:
    kinds = draft_kinds("Kata'ib Varnak, a member of the so-called Islamic Resistance in Iraq, claimed the attack.")
    assert kinds.get("Islamic Resistance in Iraq") is ActorKind.armed_force


def test_a_resistance_in_a_city_is_the_movement_then_the_city() -> None:
    kinds = draft_kinds("The Popular Resistance in Tremmin hid the fighters.")
    assert kinds.get("Popular Resistance") is ActorKind.armed_force


def test_hajj_is_a_title_before_a_persons_name() -> None:
    text = "The strike killed Hajj Kassem Ali al-Varnawi, the group said."
    assert "Hajj Kassem Ali al-Varnawi" in _aliases(text, "Kassem Ali al-Varnawi")


def test_industries_ends_a_makers_name() -> None:
    kinds = draft_kinds("The sanctions list Tremmin Aviation Industries and two of its directors.")
    assert kinds.get("Tremmin Aviation Industries") is ActorKind.organization


def test_an_acronym_that_spells_in_and_the_state_keeps_them_in_the_name() -> None:
    text = "The United Nations Observer Force in Varnia (Unofiv) urged calm. Unofiv patrols resumed."
    assert "Unofiv" in _aliases(text, "United Nations Observer Force in Varnia")


def test_a_force_in_a_state_without_such_an_acronym_ends_before_in() -> None:
    kinds = draft_kinds("The Varnak Force in Lebanon (VF) left the base on Monday.")
    assert "Varnak Force in Lebanon" not in kinds
    assert kinds.get("Varnak Force") is ActorKind.armed_force
    assert kinds.get("Lebanon") is ActorKind.state


def test_a_force_whose_acronym_spells_the_state_keeps_it_as_al_qaeda_in_the_x_does() -> None:
    # "Al-Qaeda in the Arabian Peninsula (AQAP)": small words skipped, the state's initial spelled.
    kinds = draft_kinds("The Varnak Force in Lebanon (VFL) left the base on Monday.")
    assert kinds.get("Varnak Force in Lebanon") is ActorKind.armed_force


def test_an_acronym_that_spells_past_and_keeps_the_whole_agency() -> None:
    text = (
        "Funding for the United Nations Relief and Works Agency for Varnak Refugees in the Near East "
        "(UNRWA) was discussed."
    )
    kinds = draft_kinds(text)
    assert kinds.get("United Nations Relief and Works Agency for Varnak Refugees in the Near East") is (
        ActorKind.organization
    )
    assert "United Nations Relief" not in kinds


def test_two_posts_the_second_with_a_remits_and_stay_before_the_holder() -> None:
    text = (
        "The minister met Tunisian Deputy Prime Minister and Minister of Foreign Affairs and Expatriates "
        "Omar Faisal Al-Varnawi in Tunis."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Omar Faisal Al-Varnawi") is ActorKind.person
    assert "Expatriates" not in kinds
    assert not any(name.startswith("Expatriates") for name in kinds)
    whole = "Tunisian Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Omar Faisal Al-Varnawi"
    assert whole in _aliases(text, "Omar Faisal Al-Varnawi")


def test_coalition_alone_after_a_state_and_is_a_body() -> None:
    kinds = draft_kinds("The drone struck U.S. and Coalition personnel at the base on Sunday.")
    assert kinds.get("Coalition") in (ActorKind.organization, ActorKind.armed_force)


def test_a_heading_reads_a_body_every_reader_knows_however_common_its_letters() -> None:
    text = "NATO Allies Meet to Discuss Air Policing\n\nDefence ministers met on Tuesday in the capital.\n"
    assert draft_kinds(text).get("NATO") is ActorKind.organization


def test_a_heading_still_skips_words_in_capitals() -> None:
    text = "NEW Rules for LIVE Events\n\nThe rules apply from Friday in every hall.\n"
    kinds = draft_kinds(text)
    assert "NEW" not in kinds
    assert "LIVE" not in kinds


def test_a_coalition_of_navies_named_as_a_construct_is_a_force() -> None:
    kinds = draft_kinds("Ships of the Varnak Maritime Security Construct, based in Tremmin, patrol the strait.")
    assert kinds.get("Varnak Maritime Security Construct") is ActorKind.armed_force


def test_a_construct_in_ordinary_words_is_no_actor() -> None:
    assert "Social Construct" not in draft_kinds("It is a Social Construct, he said on Monday.")


def test_the_hon_and_a_members_letters_are_the_style_as_written() -> None:
    text = "Today the Minister for Defence, the Hon Marcus Tremmel-Ogunyemi MP, said the force would train them."
    assert "Hon Marcus Tremmel-Ogunyemi MP" in _aliases(text, "Marcus Tremmel-Ogunyemi")


def test_a_possessive_inside_a_known_place_keeps_it_whole() -> None:
    kinds = draft_kinds("Australia funds the Rohingya refugee camps near Cox's Bazar this year.")
    assert kinds.get("Cox's Bazar") is ActorKind.place
    assert "Bazar" not in kinds


def test_a_peoples_adjective_may_open_a_body_whose_and_comes_before_its_head() -> None:
    text = "The Varnish Radiation Protection and Nuclear Safety Agency (VRPNSA) helped. Iraqi and Kurdish Forces met."
    kinds = draft_kinds(text.replace("Varnish", "Australian").replace("VRPNSA", "ARPNSA"))
    assert kinds.get("Australian Radiation Protection and Nuclear Safety Agency") is ActorKind.organization
    assert "Iraqi and Kurdish Forces" not in kinds


def test_planning_is_a_remits_field() -> None:
    kinds = draft_kinds("The Ministry of Planning and International Cooperation agreed on Monday.")
    assert kinds.get("Ministry of Planning and International Cooperation") is ActorKind.organization


def test_the_count_of_a_bodys_sides_opens_its_name() -> None:
    kinds = draft_kinds("The 5+5 Joint Military Commission met in Tremmin on Monday.")
    assert kinds.get("5+5 Joint Military Commission") is ActorKind.organization
    assert "Joint Military Commission" not in kinds


def test_a_known_places_region_named_in_a_posts_remit_is_a_place_too() -> None:
    kinds = draft_kinds("The Governor of the Tahoua Region said the road was closed on Monday.")
    assert kinds.get("Governor of the Tahoua Region") is ActorKind.person
    assert kinds.get("Tahoua Region") is ActorKind.place
    # an unknown region stays inside the post
    kinds = draft_kinds("The Governor of the Varnoko Region said the road was closed on Monday.")
    assert "Varnoko Region" not in kinds


def test_a_remit_with_no_place_word_stays_inside_the_post() -> None:
    kinds = draft_kinds("The roads were shut on Monday. Later the Minister for Rural Affairs spoke at the meeting.")
    assert kinds.get("Minister for Rural Affairs") is ActorKind.person
    assert "Rural Affairs" not in kinds


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("These follow the attack on Tower 41 in northeast Jordan last week.", "Tower 41"),
        ("Drones hit the Tower 52 outpost near the border on Monday.", "Tower 52"),
        ("The battalion was pinned down by fire from Hill 1187 for a day.", "Hill 1187"),
        ("The rebels flooded trenches near the Kilo 23 junction in March.", "Kilo 23"),
    ],
)
def test_a_numbered_site_after_on_or_before_a_sites_noun_is_a_place(text: str, site: str) -> None:
    assert draft_kinds(text).get(site) is ActorKind.place


def test_a_forces_name_before_a_crafts_model_is_the_force() -> None:
    kinds = draft_kinds("The exercise ran this month. Two Royal Air Force Chinook helicopters supported it.")
    assert kinds.get("Royal Air Force") is ActorKind.armed_force
    assert "Royal Air Force Chinook" not in kinds


def test_a_forces_name_before_a_model_with_a_title_word_and_a_crafts_role_is_the_force() -> None:
    text = "Under the deal, a Royal Air Force Beechcraft King Air surveillance aircraft will fly sorties."
    kinds = draft_kinds(text)
    assert kinds.get("Royal Air Force") is ActorKind.armed_force
    assert not any(kind is ActorKind.person for kind in kinds.values())


def test_heads_of_mission_are_envoys_and_no_body() -> None:
    text = (
        "The Delegation, with the Heads of Mission of the EU Member States present in Tremmin, is alarmed. "
        "The EU Heads of Mission met on Monday."
    )
    kinds = draft_kinds(text)
    assert kinds.get("EU") is ActorKind.organization
    assert not any("Mission" in name or "Member States" in name for name in kinds)


def test_a_head_of_mission_before_a_name_still_names_the_person() -> None:
    text = "The talks went well. The Head of Mission Annelies Varnholt spoke at the meeting."
    assert "Head of Mission Annelies Varnholt" in _aliases(text, "Annelies Varnholt")


@pytest.mark.parametrize(
    "name",
    ["Jemaah Varnakiyah", "Dawlah Tremmiyah", "Ahl al-Varn wal-Jama'a", "Jama'atu Ahlis Varn wal-Jihad"],
)
def test_arabic_words_for_a_group_open_a_bodys_name(name: str) -> None:
    kinds = draft_kinds(f"The raid was blamed on fighters of {name} near the coast.")
    assert kinds.get(name) is ActorKind.organization


@pytest.mark.parametrize("name", ["Zarvin Exchange", "Bayt al-Varnain Exchange"])
def test_a_money_exchanger_named_by_rare_words_is_a_firm(name: str) -> None:
    kinds = draft_kinds(f"The Treasury designated the {name} on Monday for moving funds.")
    assert kinds.get(name) is ActorKind.organization


def test_an_analysis_box_names_its_writer_and_beat() -> None:
    text = (
        "Hours later, the group fired rockets.\n\nAnalysis: Ilse Varnholt-Lind, Middle East correspondent\n\n"
        "The killing of a commander so far from the border is a sign.\n"
    )
    kinds = draft_kinds(text)
    assert kinds.get("Ilse Varnholt-Lind") is ActorKind.person
    assert kinds.get("Middle East") is ActorKind.place


def test_a_common_word_after_the_may_open_a_bodys_of_name() -> None:
    text = "The EU notes the truce agreed by the authorities and the Men of Varnak Movement on Monday."
    assert draft_kinds(text).get("Men of Varnak Movement") is ActorKind.organization


def test_a_common_word_opening_a_sentence_still_opens_no_of_name() -> None:
    kinds = draft_kinds("Trading was calm. Shares of Tarvel Group rose on Monday.")
    assert "Shares of Tarvel Group" not in kinds


def test_a_body_its_acronym_spells_whole_is_one_name_though_a_state_opens_it() -> None:
    text = "The sanctions include the Islamic Republic of Varnia Broadcasting (IRVB) network on Monday."
    assert "IRVB" in _aliases(text, "Islamic Republic of Varnia Broadcasting")


def test_a_service_named_inside_a_units_name_is_a_force_of_its_own() -> None:
    text = "Separately, the ship fired. U.S. Coast Guard Harbour Defence Team personnel supported it."
    kinds = draft_kinds(text)
    assert "U.S. Coast Guard Harbour Defence Team" in kinds
    assert kinds.get("U.S. Coast Guard") is ActorKind.armed_force
