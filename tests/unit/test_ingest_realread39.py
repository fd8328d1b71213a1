"""Round realread39: rules found reading real pages by hand (mining company releases and the mining press, port and
shipping news, sports club news, university research news, Indian border-force and court news, a district
council's minutes, NGO field reports from Iraq and South Sudan, an oil company item from Guyana).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_project_named_for_its_ore_is_the_mines_ground() -> None:
    drafts = draft_kind_names(
        "Quellmar Resources said drilling at its Tarnby Gold Project hit high grades, and it will start work at the "
        "Varn Hill Lithium Project next month. The Ostrel Water Project is run by three charities."
    )
    assert drafts.get("Tarnby Gold Project") == "place"
    assert drafts.get("Varn Hill Lithium Project") == "place"
    assert drafts.get("Ostrel Water Project") == "organization"


def test_a_basin_is_land() -> None:
    drafts = draft_kind_names("The explorer holds two permits in the Quellan Basin, north of the town of Tarnby.")
    assert drafts.get("Quellan Basin") == "place"


def test_letters_for_lower_case_words_spread_inside_them_are_a_term() -> None:
    drafts = draft_kind_names(
        "Tarnby Minerals released the prefeasibility study (PFS) for its mine, and the PFS showed low costs. "
        "It drilled aircore (AC) holes, and the AC results are due. The Quell Valley Authority (QVA) agreed."
    )
    assert "PFS" not in drafts and "AC" not in drafts
    assert drafts.get("Tarnby Minerals") == "organization"
    assert drafts.get("Quell Valley Authority") == "organization"


def test_letters_the_text_counts_in_the_plural_name_no_body_in_the_singular() -> None:
    drafts = draft_kind_names(
        "Volunteers of Tarnaid handed out NFIs to 300 families in Quellbury, and the NFI kits were welcome. "
        "Two FPSOs will work the field; the first FPSO arrives in May, the KQB said."
    )
    assert "NFI" not in drafts and "FPSO" not in drafts
    assert "KQB" in drafts


def test_a_stamp_word_ending_the_bylines_line_is_no_part_of_the_name() -> None:
    drafts = draft_kind_names(
        "Quell fund answers its critics\nAs managers accuse the fund, it sets out its stall\n"
        "By Halvard Tremaine Published\n-\nHow to find good companies in Tarnby"
    )
    assert drafts.get("Halvard Tremaine") == "person"
    assert "Halvard Tremaine Published" not in drafts


def test_a_name_before_a_reporters_beat_on_its_line_is_the_writer() -> None:
    drafts = draft_kind_names(
        "Tarnby port adds a new service\n\nHalvor Quentin Marsk, Associate Editor |\n"
        "The direct service will start at the end of the month.\n\nFerry strike ends\n\n"
        "Imelda Varrow, Special Correspondent |\nThe incident comes as dockworkers announced strikes."
    )
    assert drafts.get("Halvor Quentin Marsk") == "person"
    assert drafts.get("Imelda Varrow") == "person"


def test_a_name_then_a_bar_and_letters_is_the_writer_and_the_outlet() -> None:
    drafts = draft_kind_names(
        "Research roundup: grants for the college\n\nOttilie Varnsby | QBJ\n\n"
        "Allow me to begin this story with a project by the college in Tarnby."
    )
    assert drafts.get("Ottilie Varnsby") == "person"
    assert drafts.get("QBJ") == "media"


def test_a_name_over_a_news_services_line_is_the_writer() -> None:
    drafts = draft_kind_names(
        "Man sentenced after ten years\nHollis Varnek\nTarnby News Service\nQuellabad, December 23\n"
        "A man was sentenced by the High Court of Quellmark on Monday."
    )
    assert drafts.get("Hollis Varnek") == "person"
    assert drafts.get("Tarnby News Service") == "media"


def test_whom_a_court_convicts_or_a_warrant_names_is_a_person() -> None:
    drafts = draft_kind_names(
        "In 2004 a court discharged Kovaranan from the case. An arrest warrant was issued against Meluppan since "
        "he was absconding. Finally the court convicted Kovaranan instead of convicting Meluppan."
    )
    assert drafts.get("Kovaranan") == "person"
    assert drafts.get("Meluppan") == "person"


def test_a_posts_letters_beside_a_forces_letters_are_no_body() -> None:
    drafts = draft_kind_names(
        "The Border Security Force (BSF) guards the Tarnish border. We will not allow any infiltration, said the "
        "IG BSF on Friday."
    )
    assert "IG BSF" not in drafts
    assert drafts.get("Border Security Force") == "armed_force"


def test_bare_initials_before_a_rare_family_name_are_a_persons_name() -> None:
    drafts = draft_kind_names(
        "Inspector General, Border Security Force, Tarnpur Frontier, D K Varoo on Friday said that the troops "
        "were alert. Troops saw an intruder near the border in the R S Varpura area."
    )
    assert drafts.get("D K Varoo") == "person"
    assert drafts.get("R S Varpura") != "person"


def test_a_state_then_its_forces_members_plural_is_an_armed_force() -> None:
    drafts = draft_kind_names(
        "The Pakistan Rangers could not give a convincing reply at the flag meeting, the officer said. Fans of "
        "Tarnby Rangers cheered the side on Saturday."
    )
    assert drafts.get("Pakistan Rangers") == "armed_force"
    assert drafts.get("Tarnby Rangers") != "armed_force"


def test_letters_after_a_codes_section_name_the_code() -> None:
    drafts = draft_kind_names(
        "Two of the accused were sentenced under Section 307 of the TPC, while the others were convicted under "
        "Sections 147, 341 and 506 of TPC by the Tarnpur court."
    )
    assert "TPC" not in drafts


def test_a_name_before_a_capitalised_job_after_a_is_a_person() -> None:
    drafts = draft_kind_names(
        "Tarvo Quellan Bakr, a Senior Field Officer working in Tarnia, explained why the kits matter. Orrim Tavas "
        "Dask, a Camp Manager in the north, agreed."
    )
    assert drafts.get("Tarvo Quellan Bakr") == "person"
    assert drafts.get("Orrim Tavas Dask") == "person"


def test_an_agency_after_a_dateline_whose_town_carries_its_state_in_brackets_is_a_medium() -> None:
    drafts = draft_kind_names(
        "Tarnpur (Quellish) [Varnia], June 16 (QNI): The Varnia Super League side Tarnpur FC on Tuesday signed a "
        "midfielder on a three-year deal. (QNI)"
    )
    assert drafts.get("QNI") == "media"


def test_a_division_named_for_a_civil_field_is_a_body_no_force() -> None:
    drafts = draft_kind_names(
        "The ceremony was attended by grant recipients from the Tarnby County Cultural Division, and the Quell "
        "Armoured Division paraded later."
    )
    assert drafts.get("Tarnby County Cultural Division") == "organization"
    assert drafts.get("Quell Armoured Division") == "armed_force"


def test_a_projects_finance_terms_in_capitals_are_no_bodies() -> None:
    drafts = draft_kind_names(
        "The study shows an average AISC of $1,220/oz over ten years, with an FID expected mid-2027, Tarnby Mining "
        "said. The guards gave XYZ reasons for the firing, the officer said."
    )
    assert "AISC" not in drafts and "FID" not in drafts and "XYZ" not in drafts
    assert drafts.get("Tarnby Mining") == "organization"


def test_a_desk_credited_in_a_byline_is_the_outlet() -> None:
    drafts = draft_kind_names(
        "Written By Tarnby Desk | Updated: January 31, 2019 21:26 IST\nHigh Court expresses shock over a case\n"
        "The Quellpur High Court began one of its verdicts on Tuesday."
    )
    assert drafts.get("Tarnby Desk") == "media"


def test_a_known_town_over_the_story_with_its_day_is_the_dateline() -> None:
    drafts = draft_kind_names(
        "Man sentenced after twenty years\nHollis Varnek\nTarnby News Service\nBathinda, December 23\n"
        "A man who spent no day in custody has been sentenced to two years by the Quellmark High Court."
    )
    assert drafts.get("Bathinda") == "place"


def test_letters_after_a_codes_sections_without_numbers_name_the_code() -> None:
    drafts = draft_kind_names(
        "The sentences awarded under other Sections of the TPC were to run concurrently, the Quellmark court said."
    )
    assert "TPC" not in drafts


def test_two_spaces_before_a_post_end_the_name_in_a_pages_box() -> None:
    drafts = draft_kind_names(
        "Venue: Remote Meeting\n\nContact: Tarva Quell-Smith  Democratic Services Officer\n\n"
        "Link: watch the meeting of the Tarnby Borough Council online"
    )
    assert drafts.get("Tarva Quell-Smith") == "person"
    assert not any("Officer" in name for name in drafts)


def test_a_name_in_capitals_heading_its_line_with_a_listing_is_a_firm() -> None:
    drafts = draft_kind_names(
        "We wrapped up the highlights of the quarterlies.\n\nQUELLBY MINING (ASX:QMB)\n\n"
        "The company released a study for its Tarn project.\n\nVARNLEY RESOURCES (TSX: VRZ)\n\n"
        "The company made solid progress in the quarter."
    )
    assert drafts.get("QUELLBY MINING") == "organization"
    assert drafts.get("VARNLEY RESOURCES") == "organization"


def test_a_word_glued_to_the_last_sentences_stop_opens_a_sentence() -> None:
    drafts = draft_kind_names(
        "The deal lets the two link their sewage systems, the Port Authority of Tarnby said.Wastewater from the "
        "port goes to three local plants.Tarnby Council agreed."
    )
    assert "Wastewater" not in drafts
    assert drafts.get("Tarnby Council") == "organization"


def test_a_plural_word_glued_to_the_next_tag_is_no_name() -> None:
    drafts = draft_kind_names(
        "Tarnby Lines adds a new Quellmouth service\nThe direct service starts this month.\n"
        "Container Shipping NewsContainer linesMarine terminalsInternational ports"
    )
    assert not any("NewsContainer" in name for name in drafts)
    # a brand in one word with an inner capital, on a line of prose, stays a name
    assert "Tarnby NewsHub" in draft_kind_names("So many ambulances lined up, the Tarnby NewsHub reported on Monday.")


def test_a_trades_term_written_out_before_its_letters_is_no_body() -> None:
    drafts = draft_kind_names(
        "The Quellby project has an Internal Rate of Return (IRR) of 51% pre-tax, Tarnby Mining said. It will use "
        "one Floating, Production, Storage and Offloading (FPSO) vessel, and two more FPSOs are planned."
    )
    assert "Internal Rate of Return" not in drafts and "IRR" not in drafts
    assert not any("FPSO" in name or "Offloading" in name for name in drafts)
    assert drafts.get("Tarnby Mining") == "organization"


def test_who_partners_a_firm_or_signs_its_memorandum_is_a_body() -> None:
    drafts = draft_kind_names(
        "The new berth, designed in partnership by Quellbulk and Tarnby Marine, opened on Monday. The port signed "
        "a memorandum of understanding with the Quell Regional Freightway to share data."
    )
    assert drafts.get("Quellbulk") == "organization"
    assert drafts.get("Tarnby Marine") == "organization"
    assert drafts.get("Quell Regional Freightway") == "organization"


def test_what_readers_subscribe_to_is_a_medium() -> None:
    drafts = draft_kind_names("Readers can subscribe to QuellWeek online for a small fee, the Tarnby firm said.")
    assert drafts.get("QuellWeek") == "media"


def test_a_name_before_a_faith_or_caste_between_commas_is_a_person() -> None:
    drafts = draft_kind_names(
        "The case dated back to 2000, when Tharvesh, a Dalit, lodged a police complaint. Quorvan, a Sikh, backed "
        "him at the hearing."
    )
    assert drafts.get("Tharvesh") == "person"
    assert drafts.get("Quorvan") == "person"


def test_a_trades_men_in_the_plural_own_the_bodys_name_after_them() -> None:
    drafts = draft_kind_names(
        "Alongside talks on wages, the International Quellshoremen’s Association said ports need more foremen."
    )
    assert drafts.get("International Quellshoremen’s Association") == "organization"
