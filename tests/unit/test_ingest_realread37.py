"""Round realread37: rules found reading real pages by hand (Kenyan county news, Nigerian state news, Cameroonian
and Pakistani regional papers, Philippine regional news, Indian state releases, Singapore government pages, New
Zealand and Irish local news, English county police, think-tank digests, shipping and aviation trade news).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_links_read_more_label_is_no_part_of_the_headline_after_it() -> None:
    drafts = draft_kind_names(
        "Quellandia Read More Tarnwick mayoral hopeful Ilse Varnaby campaigns on housing October 11. "
        "Quellandia Read More Pobby Varnsen seeks the mayoralty for the fifth time."
    )
    assert not any(name.startswith("Read More") for name in drafts)
    assert "Pobby Varnsen" in drafts and "Tarnwick" in drafts


def test_a_credit_in_capitals_ends_before_the_next_sentences_title_case_word() -> None:
    drafts = draft_kind_names(
        "Tarnby police officers check the closed play park on Monday. Picture: KAREN HOLLOWAY Tarnby police "
        "officers patrol the promenade."
    )
    assert drafts.get("KAREN HOLLOWAY") == "person"
    assert not any("HOLLOWAY Tarnby" in name for name in drafts)


def test_a_known_city_in_capitals_after_a_byline_is_its_dateline() -> None:
    drafts = draft_kind_names(
        "Collector opens the new office\n\nVarun Tejaswi HYDERABAD July 14, 2022 22:14 IST\n\n"
        "The district collector opened the office on Thursday."
    )
    assert drafts.get("Hyderabad") == "place"
    assert not any("HYDERABAD" in name for name in drafts)


def test_a_province_between_a_post_and_its_holder_is_the_posts_remit() -> None:
    drafts = draft_kind_names(
        "On the directives of Inspector General of Police Punjab Tarikuddin Varnoodi, the police have rounded "
        "up 900 suspects."
    )
    assert drafts.get("Tarikuddin Varnoodi") == "person"
    assert not any(name.startswith(("Police Punjab", "Punjab Tarik")) for name in drafts)


def test_a_province_after_a_posts_letters_is_its_remit_and_the_holder_follows() -> None:
    drafts = draft_kind_names(
        "PESHAWAR – Inspector General of Police (IGP) Khyber Pakhtunkhwa Zulfiqar Varnoodi chaired a meeting."
    )
    assert drafts.get("Zulfiqar Varnoodi") == "person"
    assert drafts.get("Khyber Pakhtunkhwa") == "place"


def test_a_police_commissioners_post_before_the_holders_name_is_no_body() -> None:
    drafts = draft_kind_names("The Quellshire State Police Commissioner, Ilse Varnaby, has confirmed the arrest.")
    assert "Quellshire State Police Commissioner" not in drafts
    assert drafts.get("Ilse Varnaby") == "person"


def test_an_indian_district_press_officers_letters_are_his_title() -> None:
    drafts = draft_kind_names(
        "District Revenue Officer K. Varnesh Kumar, DPRO S.V. Tarun Rao and DIPRO U. Varnendranath were present."
    )
    assert drafts.get("S.V. Tarun Rao") == "person"
    assert drafts.get("U. Varnendranath") == "person"


def test_a_saints_school_for_girls_keeps_the_plurals_possessive_inside_its_name() -> None:
    drafts = draft_kind_names("Ilse Varnaby was a lab technician at St Osric's Girls' High School in Tarnby.")
    assert drafts.get("St Osric's Girls' High School") == "organization"
    assert "Girls' High School" not in drafts


def test_a_given_name_before_plaza_makes_no_person_acting() -> None:
    drafts = draft_kind_names("The lights dimmed as the doors shut at Tarnby. Victoria Plaza closes after 32 years.")
    assert drafts.get("Victoria Plaza") != "person"


def test_a_day_kept_under_its_name_is_no_person_named_day() -> None:
    drafts = draft_kind_names(
        "The governor was furious after the county spent KSh 500,000 on the Varnuja Day celebrations. "
        "The singer Doris Day was remembered."
    )
    assert drafts.get("Varnuja Day") == "other"
    assert drafts.get("Doris Day") == "person"


def test_a_name_ending_in_coastguard_is_a_body() -> None:
    drafts = draft_kind_names("A spokesman said the Tarnby Coastguard rescue team was deployed to assist the police.")
    assert drafts.get("Tarnby Coastguard") == "organization"


def test_a_common_crop_opening_a_sentence_before_farmers_is_no_people() -> None:
    drafts = draft_kind_names("Prices have not dropped. Maize farmers in Tarnby are demanding KSh 6,000 per bag.")
    assert "Maize" not in drafts


def test_a_region_after_an_editors_post_is_the_desk_no_person() -> None:
    drafts = draft_kind_names("Greg Varnley, Senior Editor Europe | Aug 11, 2023, 12:03 PM EDT\n\nCarriers lost money.")
    assert drafts.get("Europe") != "person"
    assert drafts.get("Greg Varnley") == "person"


def test_a_capitalised_place_noun_opening_a_post_makes_no_list_of_places() -> None:
    drafts = draft_kind_names("District Revenue Officer K. Varnesh Kumar and others were present at the office.")
    assert "Revenue" not in drafts
    assert drafts.get("K. Varnesh Kumar") == "person"


def test_a_list_of_places_goes_on_past_an_item_too_common_to_draft() -> None:
    drafts = draft_kind_names(
        "Militants attacked several frontier points, including Varjaur, Quellam, Dir, Chitral, and Tarmcha in "
        "Balochistan, the officials said."
    )
    assert drafts.get("Varjaur") == "place"
    assert drafts.get("Quellam") == "place"


def test_an_urdu_name_joined_by_ur_or_ud_is_one_name() -> None:
    drafts = draft_kind_names(
        "The police issued a security alert for Maulana Fazl-ur-Varnan. Inspector Zia-ud-Tarim arrested two men."
    )
    assert drafts.get("Fazl-ur-Varnan") == "person"
    assert drafts.get("Zia-ud-Tarim") == "person"
    assert "Varnan" not in drafts


def test_a_heading_names_mr_and_an_initial_without_its_full_stop_as_a_person() -> None:
    drafts = draft_kind_names(
        "Published: 27 August 2020\n\nMr K Varnamugam\n\nMinister for Home Affairs\n\n"
        "1. The Ministry safeguards the city's safety and security."
    )
    assert drafts.get("K Varnamugam") == "person"


def test_letters_defined_by_a_posts_words_are_no_body() -> None:
    drafts = draft_kind_names(
        "The role of Public Relations Officers (PROs) posted in districts should be strengthened. Officers of "
        "all departments should remain in touch with the PRO in Tarnby."
    )
    assert "PROs" not in drafts
    assert "PRO" not in drafts


def test_a_name_a_candidate_stood_on_as_a_ticket_is_a_party() -> None:
    drafts = draft_kind_names(
        "Both men were elected on an Umoja Varnak ticket in the county. She bought a Quellair ticket to Tarnby."
    )
    assert drafts.get("Umoja Varnak") == "organization"
    assert drafts.get("Quellair") != "organization" or "Quellair" not in drafts


def test_a_name_ending_in_squad_is_a_body() -> None:
    drafts = draft_kind_names("Tarnby's Varnak Squad is handing out gifts to drivers wearing seat belts.")
    assert drafts.get("Varnak Squad") == "organization"


def test_a_name_before_a_secretary_generals_or_spokespersons_post_and_name_is_the_body() -> None:
    drafts = draft_kind_names(
        "Tarnak Moro Human Rights secretary general Ilse Varnaby said any policy should respect every faith."
    )
    assert drafts.get("Tarnak Moro Human Rights") == "organization"


def test_a_town_named_like_a_people_before_people_is_no_town() -> None:
    drafts = draft_kind_names("The new rules must respect the faith of the Moro people living in Tarnby province.")
    assert drafts.get("Moro") != "place"


def test_a_word_opening_a_mountains_name_on_the_page_is_that_place_alone() -> None:
    drafts = draft_kind_names(
        "Crews attended the Tarnmore Mountain fire on Sunday. After two wildfires this week, affecting both "
        "Tarnmore and Quellsalon, the council is asking landowners to take care."
    )
    assert drafts.get("Tarnmore") == "place"
    assert drafts.get("Quellsalon") == "place"


def test_a_police_ranks_unit_between_the_rank_and_the_holder_is_no_part_of_the_name() -> None:
    drafts = draft_kind_names("According to SSP Traffic Headquarter Riyaz Khan the police reward careful drivers.")
    assert drafts.get("Riyaz Khan") == "person"


def test_a_bylines_name_before_a_dateline_in_capitals_is_a_person() -> None:
    drafts = draft_kind_names(
        "Collector opens the new office\n\nTharon Bodavi HYDERABAD July 14, 2022 22:14 IST\n\n"
        "The district collector opened the office on Thursday."
    )
    assert drafts.get("Tharon Bodavi") == "person"


def test_a_given_name_before_a_venues_head_is_no_womans_name() -> None:
    drafts = draft_kind_names(
        "End of an Era: Rosa Plaza closes, taking with it 30 years of the town's memories.\n\n"
        "Chris Hall plays the guitar at the opening."
    )
    assert drafts.get("Rosa Plaza") != "person"
    assert drafts.get("Chris Hall") == "person"


def test_a_themes_weather_box_names_no_town() -> None:
    drafts = draft_kind_names(
        "18 C\nLagos\nSunday, September 8, 2024\n\nTrouble Brewing As Government Cracks Down\n\n"
        "The government of Quellia is issuing arrest warrants for the movement's leaders."
    )
    assert "Lagos" not in drafts
