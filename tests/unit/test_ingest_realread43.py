"""Round realread43: rules found reading real conflict and defence reporting by hand (US command and coalition
strike releases, UN Security Council and EU statements on Syria and Yemen, encyclopedia pages on militias, Mosul
front reports, sanctions designations, AFRICOM releases). Invented sentences and names throughout; the only real
names are those every reader of world news knows, which the rules are about."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_letter_code_ending_its_line_does_not_stop_the_ingest() -> None:
    drafts = draft_kind_names(
        "Quellan troops entered Varnby.\n\nRelease No: 19-026 April 25, 2019 PRINT | E-MAIL\n\n"
        "The Varnby Guard left the town on Monday."
    )
    assert drafts.get("Varnby Guard") == "armed_force"


def test_a_pages_print_and_mail_links_between_bars_are_no_bodies() -> None:
    drafts = draft_kind_names(
        "Tarnish jets struck Varnby.\n\nRelease No: 19-026 April 25, 2019 PRINT | E-MAIL\n\n"
        "The Varnby Guard left with NATO | UN | EU backing."
    )
    assert "PRINT" not in drafts and "E-MAIL" not in drafts
    assert drafts.get("NATO") == "organization"
    assert drafts.get("EU") == "organization"


def test_a_known_armed_group_inside_its_arabic_frame_or_before_front_is_that_group() -> None:
    drafts = draft_kind_names(
        "Fighters of Hayat Tahrir al-Sham took the town of Tarnby on Monday. The group grew out of the Nusra "
        "Front, and Jabhat al-Nusra veterans still lead it, a Quellan official said."
    )
    assert drafts.get("Hayat Tahrir al-Sham") == "armed_force"
    assert drafts.get("Nusra Front") == "armed_force"
    assert drafts.get("Jabhat al-Nusra") == "armed_force"


def test_a_known_armed_groups_full_name_with_its_region_is_that_group() -> None:
    drafts = draft_kind_names(
        "The Islamic State of Iraq and the Levant claimed the attack on Tarnby. Its forerunner, the Islamic "
        "State of Iraq, had held the town of Quellbury in 2010."
    )
    assert drafts.get("Islamic State of Iraq and the Levant") == "armed_force"
    assert drafts.get("Islamic State of Iraq") == "armed_force"


def test_a_joint_task_forces_letters_name_an_armed_force() -> None:
    drafts = draft_kind_names(
        "Jets struck a camp near Tarnby on Monday, the CJTF statement said. CJTF-QRN said three fighters died, "
        "and the deputy commander of CJTF-QRN-IQ confirmed it."
    )
    assert drafts.get("CJTF") == "armed_force"
    assert drafts.get("CJTF-QRN") == "armed_force"
    assert drafts.get("CJTF-QRN-IQ") == "armed_force"


def test_a_peoples_adjective_before_a_known_armed_group_is_that_group() -> None:
    drafts = draft_kind_names(
        "Quellan advisers sent weapons to the Kurdish Peshmerga on Monday. General Varno Barzi of the Iraqi "
        "Kurdish Peshmerga spoke to reporters in Tarnby."
    )
    assert drafts.get("Kurdish Peshmerga") == "armed_force"
    drafts = draft_kind_names("General Varno Barzi of the Iraqi Kurdish Peshmerga spoke to reporters in Tarnby.")
    assert drafts.get("Iraqi Kurdish Peshmerga") == "armed_force"


def test_daesh_as_some_writers_transliterate_it_is_the_armed_group() -> None:
    drafts = draft_kind_names("Fighters of DA'ISH, as it is known in Arabic, attacked Tarnby on Monday.")
    assert drafts.get("DA'ISH") == "armed_force"


def test_an_arabic_word_for_mobilisation_opens_a_forces_name() -> None:
    drafts = draft_kind_names(
        "The Tarn Brigades are part of the Popular Quellan Forces (al-Hashd al-Varnabi). Fighters of the Hashd "
        "al-Tarnawi moved to the town of Quellbury on Monday."
    )
    assert drafts.get("al-Hashd al-Varnabi") == "armed_force"
    assert drafts.get("Hashd al-Tarnawi") == "armed_force"


def test_a_job_noun_before_a_rare_name_with_its_arabic_article_makes_a_person() -> None:
    drafts = draft_kind_names(
        "The movement was founded by the Shia cleric Varqada al-Tarn in 2003. Its fighters obeyed al-Tarn "
        "until 2008, when the businessman Quelmo al-Varn took over."
    )
    assert drafts.get("Varqada al-Tarn") == "person"
    assert drafts.get("Quelmo al-Varn") == "person"
    assert "al-Tarn" not in drafts


def test_given_names_chained_after_the_first_make_a_person() -> None:
    drafts = draft_kind_names(
        "The office also targeted smuggling facilitators and named Tarwin Hamid Mohammed Quellan for ownership "
        "of Rabvar. Sama Ali Hassan Trading was listed as well."
    )
    assert drafts.get("Tarwin Hamid Mohammed Quellan") == "person"
    assert drafts.get("Sama Ali Hassan Trading") == "organization"


def test_a_name_before_front_in_lower_case_is_a_front_line_a_place() -> None:
    drafts = draft_kind_names(
        "The fighters are ready, said Arif Tellan, commander of the forces on the Varnak front. Two villages on "
        "the Quellmar front were taken on Monday."
    )
    assert drafts.get("Varnak") == "place"
    assert drafts.get("Quellmar") == "place"


def test_a_religious_honorific_between_a_given_name_and_the_rest_stays_inside_the_name() -> None:
    drafts = draft_kind_names(
        "Meanwhile, Hassan Haji Quellan, deputy minister of the Tarnish Guard, said preparations had finished. "
        "On Monday Omar Sheikh Varnow said the same."
    )
    assert drafts.get("Hassan Haji Quellan") == "person"
    assert drafts.get("Omar Sheikh Varnow") == "person"
    assert "Haji Quellan" not in drafts and "Varnow" not in drafts


def test_a_ministry_before_forces_stays_a_civil_body() -> None:
    drafts = draft_kind_names(
        "The militia infiltrated the ranks of the Interior Ministry forces in Tarnby. Quellan Defence Ministry "
        "troops arrived later."
    )
    assert drafts.get("Interior Ministry") == "organization"


def test_the_syrian_wars_forces_by_their_letters_alone_are_armed_forces() -> None:
    drafts = draft_kind_names(
        "By backing the Kurdish-led SDF, the US controls part of eastern Tarnia. YPG and YPJ fighters held the "
        "town of Quellbury, and an IRGC adviser was seen there."
    )
    assert drafts.get("SDF") == "armed_force"
    assert drafts.get("YPG") == "armed_force"
    assert drafts.get("YPJ") == "armed_force"
    assert drafts.get("IRGC") == "armed_force"


def test_a_box_of_facts_copied_without_colons_still_gives_its_names() -> None:
    drafts = draft_kind_names(
        "Tarn Companies\n"
        "Active 2003-2008\n"
        "Leaders Varqada al-Tarni\n"
        "Headquarters Quellbury, Varnstead\n"
        "Opponents Islamic State\n"
        "\n"
        "The Tarn Companies are an armed group formed in 2003 and disbanded in 2008."
    )
    assert drafts.get("Varqada al-Tarni") == "person"
    assert drafts.get("Quellbury") == "place"
    assert drafts.get("Varnstead") == "place"
    assert drafts.get("Islamic State") == "armed_force"


def test_a_name_hyphened_to_a_lower_case_prefix_stands_apart_from_the_next_name() -> None:
    drafts = draft_kind_names(
        "The leaders said how a post-ISIS Quellbury would be governed is important. The anti-ISIS Tarnby Council "
        "met in the town of Quellbury on Monday."
    )
    assert "ISIS Quellbury" not in drafts and "ISIS Tarnby Council" not in drafts
    assert drafts.get("ISIS") == "armed_force"
    assert drafts.get("Tarnby Council") == "organization"


def test_a_name_after_a_birthplace_and_its_state_before_a_verb_is_no_place() -> None:
    drafts = draft_kind_names(
        "Born in 1977 in Quellbury, Syria, Varnadi has delivered the group's main messages. Fighters came from "
        "Tarnby, Syria, Quell and Varnmoor."
    )
    assert drafts.get("Varnadi") != "place"
    assert drafts.get("Quellbury") == "place"
    assert drafts.get("Varnmoor") == "place"
