"""Round realread33: rules found reading real pages by hand (Japanese, Taiwanese, Namibian, Omani, Gulf, US tech,
finance, fashion, gear-review and science pages; Czech, Dutch, Turkish, Indonesian, Hindi pages). Invented sentences
and names throughout (world-known platforms excepted)."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_platform_named_in_running_prose_is_the_firm() -> None:
    drafts = draft_kind_names("Last week, Facebook announced two new tools for small bakeries in Quellmoor.")
    assert drafts.get("Facebook") == "organization"


def test_a_platform_in_a_share_bar_is_no_actor() -> None:
    drafts = draft_kind_names("Share on Facebook\nFollow us on Instagram for more.\nFacebook Instagram LinkedIn")
    assert "Facebook" not in drafts
    assert "Instagram" not in drafts


def test_a_firm_is_no_short_form_of_the_hub_it_runs() -> None:
    drafts = draft_kind_names(
        "Tarvolin on Monday said it would add maps for runners. Tarvolin says it will open them in May, "
        "according to posts on the Tarvolin Community Hub."
    )
    assert drafts.get("Tarvolin") == "organization"


def test_a_firm_is_no_short_form_of_the_event_it_holds() -> None:
    drafts = draft_kind_names(
        "Dara Quill, the sales chief at Varnoqa, the company behind the port, seemed calm. "
        "The event, called the Varnoqa Fan Experience, ended with a launch in Varnoqa's yard."
    )
    assert drafts.get("Varnoqa") == "organization"
    assert drafts.get("Varnoqa Fan Experience") != "organization"


def test_a_faiths_adjective_before_a_noun_is_no_state() -> None:
    drafts = draft_kind_names("The rise of Christian nationalism in the valley worried the old mayor of Quellby.")
    assert "Christian" not in drafts


def test_first_peoples_adjective_is_no_state() -> None:
    drafts = draft_kind_names("The law angered farmers, Indigenous people and traders across the Tarnmoor plain.")
    assert "Indigenous" not in drafts


def test_a_brand_coined_with_a_between_hyphens_stays_whole() -> None:
    drafts = draft_kind_names("We slept two nights in a tent made by Quell-a-Vent, a firm from Tarnby, and stayed dry.")
    assert "Quell-a-Vent" in drafts
    assert "Quell" not in drafts
    assert "Vent" not in drafts


def test_a_name_before_its_economists_is_a_firm() -> None:
    drafts = draft_kind_names("Quellvane Insight economists in Tarnby expect prices to rise again next spring.")
    assert drafts.get("Quellvane Insight") == "organization"


def test_a_name_before_event_is_the_event_not_a_camp() -> None:
    drafts = draft_kind_names("Tarvolin showed its new maps at its annual Camp Tarvolin event in the spring.")
    assert drafts.get("Camp Tarvolin") == "other"
    assert "Tarvolin" in drafts  # the holder stays a draft of its own


def test_a_long_description_with_two_fields_names_a_firm() -> None:
    drafts = draft_kind_names(
        "Prices will rise, said Ilse Varn of Quell Bridge, a Tarnby-based private equity and investment research firm."
    )
    assert drafts.get("Quell Bridge") == "organization"


def test_a_questions_opening_verb_is_no_part_of_the_name_after_it() -> None:
    drafts = draft_kind_names("Will US science survive the cuts?\nThe budget of the Tarnby lab fell again in May.")
    assert "Will US" not in drafts
    assert not any(name.startswith("Will ") for name in drafts)


def test_a_common_word_of_a_kicker_in_capitals_is_no_acronym() -> None:
    drafts = draft_kind_names(
        "QUELLISH TURMOIL: Tarnby accused its neighbour of closing the pass.\nTraders waited at the border for days."
    )
    assert not any("TURMOIL" in name for name in drafts)


def test_a_stylist_before_a_name_makes_a_person() -> None:
    drafts = draft_kind_names("The singer's longtime stylist, Ode Marrow, said the coat came from a Tarnby market.")
    assert drafts.get("Ode Marrow") == "person"


def test_a_partys_state_branch_and_a_caucus_are_bodies() -> None:
    drafts = draft_kind_names(
        "The Tarnland GOP has pushed the bill, and all nine members of the Quellmoor Freedom Caucus demanded a vote."
    )
    assert drafts.get("Tarnland GOP") == "organization"
    assert drafts.get("Quellmoor Freedom Caucus") == "organization"


def test_a_chat_abbreviation_is_no_body() -> None:
    drafts = draft_kind_names("ICYMI – the Tarnby Post fixed the bug that hid where its readers came from.")
    assert "ICYMI" not in drafts


def test_a_superlative_before_a_plural_is_a_rankings_title() -> None:
    drafts = draft_kind_names(
        "Read our other guides, including the Best Sleeping Pads, Best Tents and Best Camp Stoves for Tarnby trips."
    )
    assert not any(name.startswith("Best") for name in drafts)


def test_a_cross_referenced_ranking_names_no_actor() -> None:
    drafts = draft_kind_names("The firm made the list (see “50 Smartest Companies: Quell Rock Partners”) in May.")
    assert "Smartest Companies" not in drafts


def test_a_firm_is_no_short_form_of_its_community() -> None:
    drafts = draft_kind_names(
        "Members of the Tarvolin Community asked for maps. Tarvolin hired Ede Quill to join Tarvolin as its chief."
    )
    assert "Tarvolin" in drafts


def test_a_landforms_own_word_alone_is_that_landform() -> None:
    drafts = draft_kind_names(
        "The boat was hit 9km from Quarnu Island, a garrisoned island. The crew later sailed the boat to Quarnu."
    )
    assert drafts.get("Quarnu Island") == "place"
    assert "Quarnu" not in drafts


def test_telecom_before_a_states_name_is_its_carrier() -> None:
    drafts = draft_kind_names(
        "The warning came in a call from Telecom Malawi, whose crews in Tarnby found the cable cut."
    )
    assert drafts.get("Telecom Malawi") == "organization"
    assert "Telecom" not in drafts


def test_ed_before_a_family_name_no_place_has_is_a_given_name() -> None:
    drafts = draft_kind_names("Ed Quarn, an energy fellow at the University of Tarnby, said the wells were old.")
    assert drafts.get("Ed Quarn") == "person"


def test_a_title_after_for_the_word_keeps_the_bodys_aim_in_its_name() -> None:
    drafts = draft_kind_names("Quellish Party for the People leader Anno Varski urged the premier to cut the tax.")
    assert drafts.get("Quellish Party for the People") == "organization"
    assert drafts.get("Anno Varski") == "person"


def test_a_bodys_field_goes_on_with_its_subject_after_on() -> None:
    drafts = draft_kind_names(
        "says Ilse Varn, an analyst at the Centre for Research on Quellish Water and Clean Air, a think tank."
    )
    assert drafts.get("Centre for Research on Quellish Water and Clean Air") == "organization"
    assert "Centre for Research" not in drafts


def test_a_capital_determiner_before_outfit_is_no_sides_origin() -> None:
    drafts = draft_kind_names("Every outfit Quellaya has worn to the premieres, ranked. Quellaya is a fashion star.")
    assert drafts.get("Quellaya") != "organization"


def test_a_genus_before_a_species_in_genes_is_no_actor() -> None:
    drafts = draft_kind_names("These Quellococcus tarnogenes bacteria use a cutting defense to battle viruses.")
    assert "Quellococcus" not in drafts


def test_a_chamber_before_election_stays_a_body() -> None:
    drafts = draft_kind_names(
        "The party vowed in its pledges for the Quellish House of Delegates election to cut funds."
    )
    assert drafts.get("Quellish House of Delegates") == "organization"


def test_a_movements_followers_word_before_regime_names_no_leader() -> None:
    drafts = draft_kind_names("Nobody knows whether the Quellista regime will cooperate with the new envoys.")
    assert drafts.get("Quellista") != "person"


def test_a_given_name_ending_a_places_name_starts_no_person() -> None:
    drafts = draft_kind_names("Construction for the Los Angeles Quellodrome was completed in May, and crowds came.")
    assert not any(kind == "person" for kind in drafts.values())


def test_a_platform_as_a_verb_or_a_things_word_is_no_firm() -> None:
    drafts = draft_kind_names(
        "Victims receive a WhatsApp message from Tarnby.\nGot a story? Email the desk or WhatsApp us."
    )
    assert "WhatsApp" not in drafts


def test_a_dateline_in_capitals_is_no_kicker() -> None:
    drafts = draft_kind_names("KUALA LUMPUR: The Quellmoor court heard on Monday that the funds had gone.")
    assert drafts.get("Kuala Lumpur") == "place"


def test_a_firms_two_word_hub_is_its_product() -> None:
    drafts = draft_kind_names(
        "Quellvik said its tablet goes on sale on Monday. A matching stylus, the Quellvik Pen, costs $99, "
        "and a new dock, Quellvik Hub, adds two displays."
    )
    assert drafts.get("Quellvik Pen") != "person"


def test_the_gop_alone_stays_a_body() -> None:
    drafts = draft_kind_names("Tax cuts that GOP lawmakers put into the Quellmoor deal passed on Friday.")
    assert drafts.get("GOP") == "organization"
