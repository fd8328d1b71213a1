"""Round realread62: rules found reading real conflict reporting by hand (world news on Syria, Iraq, Yemen,
Afghanistan, Libya, Somalia and the Sahel, UN envoys' and foreign-ministry statements, military releases,
encyclopaedia articles on militias, ministries and coalitions). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_an_envoy_sent_to_a_land_before_his_name_is_the_body_and_the_person() -> None:
    drafts = draft_kind_names(
        "Talks were held in Quellabad under the United Nations Special Envoy to Yemen Ilse Tremmond on Monday. "
        "Both parties support her efforts."
    )
    assert drafts.get("Ilse Tremmond") == "person"
    assert drafts.get("United Nations") == "organization"
    assert not any("Envoy" in name for name in drafts)


def test_an_envoy_sent_to_a_land_with_no_name_after_is_a_post_not_a_body() -> None:
    drafts = draft_kind_names("The United Nations Special Envoy to Yemen said the truce was holding in Quellabad.")
    assert drafts.get("United Nations Special Envoy to Yemen") == "person"
    assert drafts.get("United Nations") == "organization"
    assert drafts.get("Yemen") == "state"


def test_two_commanders_kunyas_in_a_war_box_are_no_flag() -> None:
    drafts = draft_kind_names(
        "Battle of Tarnby (2019)\nBelligerents\nVarnia\nQuellan Front\nCommanders and leaders\n\n"
        "Abu Tamir al-Varni[12]\nAbu Harun al-Quelli (POW)[13]\nStrength\n2,000 fighters\n"
    )
    assert drafts.get("Abu Tamir al-Varni") == "person"
    assert drafts.get("Abu Harun al-Quelli") == "person"
    assert "Tamir al-Varni" not in drafts


def test_a_compass_point_off_a_town_in_a_dateline_is_no_part_of_the_towns_name() -> None:
    drafts = draft_kind_names(
        "WEST OF MOSUL/BAGHDAD -- Government forces advanced on Tuesday towards the villages held by the Quellan "
        "Front, officers said."
    )
    assert drafts.get("Mosul") == "place"
    assert drafts.get("Baghdad") == "place"
    assert not any(name.casefold().startswith("west of") for name in drafts)


def test_a_commands_letters_and_its_operations_joined_by_an_en_dash_are_one_code() -> None:
    drafts = draft_kind_names(
        "Combined Joint Task Force – Operation Quiet Harbour (CJTF–OQH) leads the coalition against the Quellan "
        "Front in Varnia. CJTF–OQH said on Monday that its aircraft struck two positions."
    )
    assert drafts.get("CJTF–OQH") == "armed_force"
    assert "CJTF" not in drafts and "OQH" not in drafts
    # two bodies written once with a dash between them stay two
    assert {"NATO", "EU"} <= set(draft_kind_names("The NATO–EU talks were held in Brussels on Monday."))


def test_two_names_between_which_something_lies_near_a_border_are_places() -> None:
    drafts = draft_kind_names(
        "Gunmen targeted a military detachment between Tarvoko and Quellbangou, near the border with Niger, one "
        "of the sources told reporters."
    )
    assert drafts.get("Tarvoko") == "place"
    assert drafts.get("Quellbangou") == "place"
    # two sides that met somewhere are no places
    met = draft_kind_names("The talks between Varnel and Quisto in Geneva failed on Monday.")
    assert met.get("Varnel") != "place" and met.get("Quisto") != "place"


def test_a_commander_in_chief_label_glued_to_the_name_in_a_box_is_cut_off() -> None:
    drafts = draft_kind_names(
        "Quellan Mobilization Forces\nPart ofVarnian Armed Forces[8]\nCommanders\n"
        "Commander-in-chiefMohammed Tarik Al Varnani\nChief of StaffAbu Harun al-Quelli\nHeadquartersBaghdad\n"
    )
    assert drafts.get("Mohammed Tarik Al Varnani") == "person"
    assert not any(name.startswith(("chiefMohammed", "Tarik Al Varnani")) for name in drafts)


def test_the_body_before_an_envoys_title_after_of_the_is_the_body() -> None:
    drafts = draft_kind_names(
        "The next step is talks under the auspices of the United Nations Special Envoy to Yemen Ilse Tremmond. "
        "The Quellan delegation backs her."
    )
    assert drafts.get("United Nations") == "organization"
    assert drafts.get("Ilse Tremmond") == "person"


def test_a_one_word_writer_in_a_byline_before_a_bar_and_the_day_is_a_person() -> None:
    drafts = draft_kind_names(
        "Quellan Front strikes AU base in Tarnby\n\nby Varnye | Thursday, Dec 25, 2014\n\n"
        "Fighters of the Quellan Front have attacked the main base of African Union soldiers in Mogadishu."
    )
    assert drafts.get("Varnye") == "person"


def test_a_bodys_letters_in_a_heading_of_two_words_are_the_body() -> None:
    drafts = draft_kind_names(
        "QUELCOM Update\nForces struck two positions of the Quellan Front near Raqqa on Monday, officials said."
    )
    assert drafts.get("QUELCOM") in ("organization", "armed_force")
    # a heading shouted in capitals is still no name
    assert "UPDATE" not in draft_kind_names("UPDATE ON TALKS\nForces struck two positions near Raqqa on Monday.")


def test_an_images_file_name_left_in_a_box_names_nothing() -> None:
    drafts = draft_kind_names(
        "Ministry of Defence (Tarnia)\nFile:Roundel of Varnia (1987–1992) – Army.svg\n"
        "The ministry's emblem from 1987 to 1992.\nCommanders and leaders\nQUELM Flag asymmetric.svg Quellan Front\n"
        "Flag of Yemen.svg Ilse Varnova\nThe ministry is located in Kabul."
    )
    assert "Roundel" not in drafts
    assert not any("Flag" in name for name in drafts)
    assert drafts.get("Ilse Varnova") == "person"


def test_a_gloss_whose_language_label_is_glued_to_the_script_is_still_a_gloss() -> None:
    drafts = draft_kind_names(
        "The Quellan Wisdom Movement (Arabic:تيار الحكمة الوطني ''Tayar al-Quellah al-Watani'') is a political "
        "coalition in Iraq that was formed to contest the 2018 general election."
    )
    assert drafts.get("Quellan Wisdom Movement") == "organization"
    assert "Tayar al-Quellah al-Watani" not in drafts


def test_a_days_number_after_a_name_before_a_month_is_a_date_not_a_version() -> None:
    drafts = draft_kind_names(
        "List of Defence Ministers of Varnia\n* Tomas Quellani 28 December 1980 1982 Front\n"
        "* Ilse Varnova 1982 1986 Front\nThe ministry is located in Kabul."
    )
    assert drafts.get("Tomas Quellani") == "person"
    # a version's number stays one ("Quillstone 3.2", "Pagewave 11")
    assert "Pagewave" not in draft_kind_names("The new Pagewave 11 was released on Monday in Kabul.")
