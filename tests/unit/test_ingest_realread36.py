"""Round realread36: rules found reading real pages by hand (Malawian, Zambian, Tanzanian, Ethiopian and Rwandan
papers; Nepali, Cambodian, Burmese and Mongolian news; Pacific briefs; Maltese, Cypriot and Estonian news; US
congressional releases and a Pentagon transcript; an earnings release). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names, draft_kinds


def test_a_name_commonly_known_as_another_needs_no_comma() -> None:
    drafts = draft_kind_names(
        "The court charged six people including the musician Tamba Varuko commonly known as Pilaro on Monday."
    )
    assert drafts.get("Tamba Varuko") == "person"
    assert "Pilaro" not in drafts


def test_a_name_after_a_trade_such_as_furniture_producer_or_pollster_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Piret Varn, board chair at furniture producer Quellmark, said there is work. The party leads, "
        "according to research by pollster Varnak Emor."
    )
    assert drafts.get("Quellmark") == "organization"
    assert drafts.get("Varnak Emor") == "organization"


def test_a_name_before_tower_in_lower_case_is_a_place() -> None:
    drafts = draft_kind_names("The flag is raised each morning atop the Pikk Varnel tower in the old town of Tarnby.")
    assert drafts.get("Pikk Varnel") == "place"


def test_a_name_with_a_trade_marks_sign_is_a_product() -> None:
    drafts = draft_kind_names(
        "Quellpharm reported strong results driven by the acquisition of VARNOXA® and its generic products."
    )
    assert drafts.get("VARNOXA") == "other"


def test_opposition_before_a_partys_name_is_its_side_not_its_name() -> None:
    drafts = draft_kind_names(
        "Opposition Tarvish Progressive Party (TPP) backbenchers have asked the party leadership to call a "
        "convention before July."
    )
    assert drafts.get("Tarvish Progressive Party") == "organization"
    assert "Opposition Tarvish Progressive Party" not in drafts


def test_a_common_word_in_capitals_opening_a_story_is_no_name() -> None:
    drafts = draft_kind_names(
        "UNKNOWN people have attacked a 73-year-old woman of Mpika District, police in Quellby said on Monday. "
        "BRITISH airline Quelljet cancelled all its flights to Tarnby on Thursday."
    )
    assert "UNKNOWN" not in drafts
    assert "Unknown" not in drafts
    assert drafts.get("United Kingdom") == "state"  # a people's word in capitals keeps its state


def test_an_initial_glued_by_a_dot_to_a_name_makes_a_person() -> None:
    drafts = draft_kind_names("The meeting was attended by O.Tsendbaatar, the Vice Minister of Mining, in Ottawa.")
    assert drafts.get("O.Tsendbaatar") == "person"


def test_letters_in_brackets_after_a_dateline_are_the_news_agency() -> None:
    drafts = draft_kind_names(
        "Quellbaatar, April 25 (TARNSAME) The Minister of Foreign Affairs is expected to visit Minsk on May 2."
    )
    assert drafts.get("TARNSAME") == "media"


def test_the_body_someone_told_in_an_interview_is_an_outlet() -> None:
    drafts = draft_kind_names(
        "Mayor Katri Varnek told QRR in an interview that the removal of the monument will hurt residents."
    )
    assert drafts.get("QRR") == "media"


def test_a_name_ending_in_presswire_is_an_outlet() -> None:
    drafts = draft_kind_names("Tarnel Presswire's priority is source transparency, its editors wrote on Monday.")
    assert drafts.get("Tarnel Presswire") == "media"


def test_a_datelines_town_after_a_credit_is_no_part_of_the_credit() -> None:
    drafts = draft_kind_names(
        "Picture: QNDF Addis Abeba - Rear Admiral Varnu Gezu said that the country was building a navy."
    )
    assert drafts.get("Addis Abeba") == "place"
    assert "QNDF Addis Abeba" not in drafts


def test_a_documents_part_by_its_number_is_no_name() -> None:
    drafts = draft_kind_names(
        "Please see the reconciliation of the measures in Table III of this press release, Quellpharm said."
    )
    assert "Table III" not in drafts


def test_a_headlines_verb_after_a_titled_name_is_no_part_of_it() -> None:
    drafts = draft_kind_names(
        "Reps. Quellin and Tarvey Respond to Speaker Ryan Comments on Censure Calls\n"
        "WASHINGTON -- The members issued a joint statement on Tuesday."
    )
    assert "Ryan Comments" not in drafts


def test_a_house_for_a_seat_after_member_of_is_a_post_no_body() -> None:
    drafts = draft_kind_names(
        "Imanga Varuyima, Member of Parliament for Nalolo, has publicly disassociated himself from the motion."
    )
    assert "Parliament for Nalolo" not in drafts


def test_custody_capitalised_is_where_one_is_held_no_body() -> None:
    drafts = draft_kind_names("Three persons have been detained in Police Custody in Quellby and charged.")
    assert "Police Custody" not in drafts


def test_a_firm_and_one_of_its_people_in_a_headline_is_no_body() -> None:
    drafts = draft_kind_names(
        "Former Quellco Breweries Trainee arrested over fraud\nThe commission arrested an accountant in Quellby."
    )
    assert "Quellco Breweries Trainee" not in drafts


def test_a_name_in_capitals_after_photos_by_is_a_person() -> None:
    drafts = draft_kind_names(
        "President Tarn Kamaye addresses delegates in Quellby on Thursday. All photos by DAN GATSINZI."
    )
    assert drafts.get("DAN GATSINZI") == "person"


def test_a_name_after_boss_is_a_person() -> None:
    drafts = draft_kind_names("MHC boss Wezi Tarnawire: Building new houses. The tenants met on Thursday.")
    assert drafts.get("Wezi Tarnawire") == "person"


def test_a_captions_photo_label_before_a_colon_ends_the_name() -> None:
    drafts = draft_kind_names("Samoa's police station in the capital, Quellia Photo: RNZ. The commissioner spoke.")
    assert "Quellia Photo" not in drafts


def test_letters_before_a_colon_and_a_link_are_a_label() -> None:
    drafts = draft_kind_names(
        "The Quellian is the preferred paper. Web: www.quellian.example FB: https://www.facebook.com/quellian "
        "Its readers are young."
    )
    assert "FB" not in drafts


def test_a_places_adjective_is_an_alias_of_the_place_named_beside_it() -> None:
    drafts = draft_kind_names(
        "A solidarity group for West Papuan self-determination has called on the leader to act. The "
        "commissioner should be allowed to visit West Papua."
    )
    assert drafts.get("West Papua") == "place"
    assert "West Papuan" not in drafts


def test_two_drafted_places_joined_by_a_hyphen_make_no_third() -> None:
    drafts = draft_kind_names(
        "The highway will link the Quellmeritis-Varnychou rural communities. Quellmeritis is a village 42 km "
        "west of Tarnby and Varnychou is a village 56 km from Tarnby."
    )
    assert drafts.get("Quellmeritis") == "place"
    assert "Quellmeritis-Varnychou" not in drafts


def test_the_form_of_a_state_after_a_post_is_no_town() -> None:
    drafts = draft_kind_names(
        "The ceremony was attended by the President of the Republic, Tarnos Varnides, and local leaders."
    )
    assert "Republic" not in drafts


def test_govt_with_an_apostrophe_is_a_word_of_the_name() -> None:
    drafts = draft_kind_names("Dr. Varn Tulu, Minister of the Gov't Communication Service, accused the rebels.")
    assert drafts.get("Gov't Communication Service") == "organization"
    assert "Communication Service" not in drafts


def test_a_byline_of_an_outlets_staff_names_the_outlet() -> None:
    drafts = draft_kind_names("By Quellish Standard Staff\nThe government said it was working to end the war.")
    assert drafts.get("Quellish Standard") == "media"
    assert "Quellish Standard Staff" not in drafts


def test_two_chambers_joined_by_and_make_no_one_body() -> None:
    drafts = draft_kind_names("The bill passed the House and Senate committees last week, aides in Quellby said.")
    assert "House and Senate" not in drafts


def test_a_states_name_before_house_is_its_legislatures_chamber() -> None:
    drafts = draft_kind_names("Members of the U.S. House voted on Monday. Later, House said the vote was close.")
    assert drafts.get("U.S. House") == "organization"


def test_a_name_before_its_leaders_post_and_name_is_a_body() -> None:
    drafts = draft_kind_names("He said he has political chemistry with Varko head, Nicholas Tarnopoulos, at last.")
    assert drafts.get("Varko") == "organization"


def test_the_body_after_a_hyphened_title_is_named_without_the_titles_end() -> None:
    drafts = draft_kind_names(
        "Rear Admiral Kindu Varu, Commander-in-Chief of the Quellish Navy, said the navy is ready."
    )
    assert drafts.get("Quellish Navy") == "armed_force"
    assert "Chief of the Quellish Navy" not in drafts


def test_an_outlets_desk_beside_the_outlet_is_no_body_of_its_own() -> None:
    drafts = draft_kind_names(
        "QUELLBY (The Quellby Post/QNN) - Prime Minister Varn Sen dismissed the decision.\n"
        "QUELLBY (The Quellby Post/QNN Desk) - Officials dismissed the theories."
    )
    assert "QNN Desk" not in drafts


def test_a_name_between_its_and_flights_is_no_firm() -> None:
    drafts = draft_kind_names("The airline cancelled all its Quellwick flights on Thursday after drones were seen.")
    assert drafts.get("Quellwick") != "organization"


def test_a_name_after_a_role_in_a_body_and_a_comma_is_the_holder() -> None:
    drafts = draft_kind_names(
        "The contract was signed by the representative of the Tarbaco company, Iraklis Varnadis, on Thursday."
    )
    assert drafts.get("Iraklis Varnadis") == "person"


def test_a_name_before_member_of_parliament_is_a_person() -> None:
    drafts = draft_kind_names(
        "Imanga Varuyima, Member of Parliament for Nalolo, has publicly disassociated himself from the motion."
    )
    assert drafts.get("Imanga Varuyima") == "person"


def test_a_family_name_after_a_given_name_in_ukrainian_is_no_place() -> None:
    drafts = draft_kinds(
        "Пропозицію він зробив під час візиту в Київ його колеги Джудіт Коллінз та головнокомандувача.",
        language="uk",
    )
    assert "Коллінз" not in drafts


def test_a_posts_letters_before_an_initial_glued_name_stay_out_of_the_name() -> None:
    drafts = draft_kind_names(
        "FM L.Tarbold to Visit Minsk\nThe Minister of Foreign Affairs L.Tarbold is expected to pay a visit. "
        "While in Minsk the FM L.Tarbold will meet officials."
    )
    assert drafts.get("L.Tarbold") == "person"
    assert "FM L.Tarbold" not in drafts


def test_a_name_before_company_in_lower_case_is_a_firm() -> None:
    drafts = draft_kind_names("The deal was signed by the representative of the Tarbaco-Quellakas company on Friday.")
    assert drafts.get("Tarbaco-Quellakas") == "organization"


def test_a_kind_of_tree_before_its_noun_is_no_actor() -> None:
    drafts = draft_kind_names(
        "Police have arrested a man for forging permits used to export the prohibited Mukwa tree, the minister said."
    )
    assert "Mukwa" not in drafts


def test_a_captions_members_of_a_party_named_elsewhere_are_no_body() -> None:
    drafts = draft_kind_names(
        "The Tarvish Progressive Party (TPP) asked for a convention.\n"
        "TPP Senior NEC Members during the press briefing\nThe party said so."
    )
    assert "TPP Senior NEC Members" not in drafts


def test_a_name_that_was_just_another_student_is_a_person() -> None:
    drafts = draft_kind_names(
        "KATHMANDU, Jan. 18 -- Four years ago, Lemi Tarang was just another fine arts student in Kathmandu."
    )
    assert drafts.get("Lemi Tarang") == "person"
