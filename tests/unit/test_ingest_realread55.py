"""Round realread55: rules found reading real conflict reporting by hand (world news on Syria, Yemen, Libya, Somalia,
Iraq and the Sahel; ministers' and UN envoys' statements; CENTCOM, AFRICOM and UK MOD releases; Wikipedia articles on
militias, ministries and coalitions). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_sentence_full_of_names_ending_in_note_marks_is_read() -> None:
    drafts = draft_kind_names(
        "The Tarnic Ministry of Order is based in Quellburg.\n\n"
        "It maintains the Tarnic National Police, the Tarnic Border Police and the Quell Coast Guard.[1] "
        "It also runs the General Directorate of Tarnic Prisons.[2][3]"
    )
    assert drafts.get("Tarnic National Police") == "organization"
    assert drafts.get("Tarnic Border Police") == "organization"
    assert drafts.get("Quell Coast Guard") in ("organization", "armed_force")
    assert drafts.get("General Directorate of Tarnic Prisons") == "organization"


def test_british_short_ranks_are_titles_not_part_of_the_name() -> None:
    drafts = draft_kind_names(
        "Air Cdre Tomas Varnley, the air component commander, said the jets struck. Later Air Cdre Varnley said it "
        "was a direct strike. Wg Cdr Ilse Tarnby led the sortie and Sqn Ldr Ned Quellam flew the tanker."
    )
    assert drafts.get("Tomas Varnley") == "person"
    assert drafts.get("Ilse Tarnby") == "person"
    assert drafts.get("Ned Quellam") == "person"
    assert not any("Cdre" in name or "Cdr" in name or "Ldr" in name for name in drafts)


def test_the_vicinity_of_and_the_population_of_a_name_make_it_a_place() -> None:
    drafts = draft_kind_names(
        "An airstrike hit a compound in the vicinity of Quellow, and the population of Tarnbougou marched to the base."
    )
    assert drafts.get("Quellow") == "place"
    assert drafts.get("Tarnbougou") == "place"


def test_a_front_or_movement_defined_as_an_armed_group_is_an_armed_force() -> None:
    drafts = draft_kind_names(
        "The Velmar Front is a militant jihadist organisation in the Maghreb. The Tarsk Liberation Movement, an "
        "armed faction based in Dorsk, joined it. The Quell Party, the political wing of the rebels, won two seats."
    )
    assert drafts.get("Velmar Front") == "armed_force"
    assert drafts.get("Tarsk Liberation Movement") == "armed_force"
    assert drafts.get("Quell Party") == "organization"


def test_an_identifiers_label_before_its_code_is_no_body() -> None:
    drafts = draft_kind_names(
        "Remarks by the Envoy ahead of the Quell Council\n\nTarnbourg, 14/03/2017 - 11:20, UNIQUE ID: 170314_07\n"
        "Statements by the Envoy\n\nThe Quell Council will discuss the fighting around Varnak."
    )
    assert "UNIQUE ID" not in drafts
    assert drafts.get("Quell Council") == "organization"


def test_arabic_words_for_a_corps_forces_a_division_or_brigades_open_an_armed_forces_name() -> None:
    drafts = draft_kind_names(
        "Faylaq al-Varn claimed the attack on the town of Tarnby. Quwat al-Quellan and Firqat al-Ostra joined it, "
        "and Alwiya al-Tesk held the road."
    )
    assert drafts.get("Faylaq al-Varn") == "armed_force"
    assert drafts.get("Quwat al-Quellan") == "armed_force"
    assert drafts.get("Firqat al-Ostra") == "armed_force"
    assert drafts.get("Alwiya al-Tesk") == "armed_force"


def test_a_peoples_word_after_ethnic_names_no_state() -> None:
    drafts = draft_kind_names(
        "Tomas Varnel, an ethnic Tajik, led the Quell Alliance. He later met ethnic Uzbek elders in Kunduz, "
        "and a Turkmen delegation came too."
    )
    assert "Tajikistan" not in drafts
    assert "Uzbekistan" not in drafts
    assert drafts.get("Turkmenistan") == "state"


def test_a_state_alone_on_an_indented_line_of_a_box_is_read() -> None:
    drafts = draft_kind_names(
        "Quell Front\nLeaders Tomas Varnel\nActive regions Niger\n Chad\nOpponents Niger\n Nigeria\n\n"
        "The Quell Front is a militant group founded in 2015 in Tarnby."
    )
    assert drafts.get("Chad") == "state"
    assert drafts.get("Nigeria") == "state"
    assert drafts.get("Quell Front") == "armed_force"


def test_a_group_named_after_militant_group_or_jihadist_group_is_an_armed_force() -> None:
    drafts = draft_kind_names(
        "The militant group Jaysh al-Varn claimed the attack, and the jihadist group Ansar al-Quell praised it. "
        "The militant group Tarnic Front denied any part in it. The folk group Vinterlys cancelled its concert."
    )
    assert drafts.get("Jaysh al-Varn") == "armed_force"
    assert drafts.get("Ansar al-Quell") == "armed_force"
    assert drafts.get("Tarnic Front") == "armed_force"
    assert drafts.get("Vinterlys") == "organization"


def test_a_province_after_an_armed_groups_possessive_is_its_branch() -> None:
    drafts = draft_kind_names(
        "In 2016 the group split, and the Islamic State's Tarnic Province emerged in Quellmoor. "
        "Canada's Quebec Province voted the same week."
    )
    assert drafts.get("Tarnic Province") == "armed_force"
    assert drafts.get("Islamic State") == "armed_force"
    assert drafts.get("Quebec Province") == "place"


def test_arabic_for_the_lil_or_lid_inside_a_groups_name_keeps_it_whole() -> None:
    drafts = draft_kind_names(
        "The group, officially Jama'at Ahl al-Varn lid-Da'wah wa'l-Quell, attacked Tarnby. Later Jamaat Ahl "
        "al-Tesk lil-Dawa wal-Jihad claimed another attack."
    )
    assert "Jama'at Ahl al-Varn lid-Da'wah wa'l-Quell" in drafts
    assert "Jamaat Ahl al-Tesk lil-Dawa wal-Jihad" in drafts
    assert not any(name.startswith("Da") for name in drafts)


def test_a_wars_word_alone_before_in_names_the_war_not_an_actor() -> None:
    drafts = draft_kind_names(
        "The Quell Front fought in the Insurgency in the Maghreb, and later in the Intervention in Libya."
    )
    assert "Insurgency" not in drafts
    assert "Intervention" not in drafts
    assert drafts.get("Maghreb") == "place"


def test_a_port_after_a_seas_name_is_no_part_of_it() -> None:
    drafts = draft_kind_names(
        "Drones struck the Quell Sea port of Tarnby on Monday, and Varnak, a Tesk Sea port, was shelled."
    )
    assert drafts.get("Quell Sea") == "place"
    assert drafts.get("Tesk Sea") == "place"
    assert drafts.get("Tarnby") == "place"
    assert not any(name.endswith("port") for name in drafts)


def test_a_model_before_guided_bombs_is_a_weapon_not_an_actor() -> None:
    drafts = draft_kind_names(
        "Two Tarvel jets dropped two Quellway IV precision-guided bombs on the site, and a single Quellway IV "
        "guided bomb hit a truck near Tarnby, the Quellan Ministry of Defence said."
    )
    assert "Quellway IV" not in drafts
    assert drafts.get("Quellan Ministry of Defence") == "organization"
