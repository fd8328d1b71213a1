"""Round realread61: rules found reading real English news by hand (tech: chips, phones, cloud outages; finance:
market reports and movers; crime and courts in the US, Kenya and Australia; politics in the UK, India and Canada).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_house_named_by_sabha_before_its_election_is_the_house() -> None:
    drafts = draft_kind_names(
        "Candidates of the Tarn Janata Party filed papers for the Varnpur Vidhan Sabha elections on Monday, "
        "and the party hopes to win most seats."
    )
    assert drafts.get("Varnpur Vidhan Sabha") == "organization"
    assert drafts.get("Tarn Janata Party") == "organization"


def test_a_listed_firm_that_acts_on_a_page_about_its_chips_is_the_firm() -> None:
    # (the listed firm is the one fact taken from the world: Broadcom is on a stock index; the rest is invented)
    drafts = draft_kind_names(
        "The new Quellchip 880 processor brings faster graphics to the phone, and the chip ships in a tablet too. "
        "The smartphone with the chip comes next year. Broadcom has just announced a rival chip for devices."
    )
    assert drafts.get("Broadcom") == "organization"
    # a listed firm's name before its product's noun stays the product's
    assert "Broadcom" not in draft_kind_names(
        "The new Quellchip 880 processor brings faster graphics to the phone, and the chip ships in a tablet too. "
        "The smartphone with the chip comes next year. Phones with Broadcom chips sell well."
    )


def test_the_tl_dr_label_is_no_acronym_and_no_doctors_title() -> None:
    drafts = draft_kind_names(
        "TL;DR Quellmark Holdings has confirmed that its summit will take place in Tarnby.\n"
        "The firm always uses this event to show its next chip."
    )
    assert "TL" not in drafts
    assert drafts.get("Quellmark Holdings") == "organization"
    # "DR" after "TL;" makes no doctor of the word after it
    assert (
        draft_kind_names("TL;DR Varnholt has confirmed that the summit will take place in Tarnby.").get("Varnholt")
        != "person"
    )


def test_a_share_code_after_a_name_of_two_words_makes_it_a_listed_firm() -> None:
    drafts = draft_kind_names(
        "London shares slipped on Tuesday. Builders' merchant Travers Holloway (TRH) slumped 7.2% to 13.80p on plans "
        "to close 30 branches, and investors found a sweet spot for Hostel Varnique (HOVQ) as sales rose."
    )
    assert drafts.get("Travers Holloway") == "organization"
    assert drafts.get("Hostel Varnique") == "organization"


def test_a_post_given_to_someone_is_their_job_not_a_holder_standing_for_it() -> None:
    drafts = draft_kind_names(
        "Prisons minister Ilse Varnholt has been made Minister for Higher Education, and Tomas Quellby was "
        "appointed Secretary of State for Transport on Monday. Ana Tarrow was named Minister for Rural Affairs."
    )
    assert drafts == {"Ilse Varnholt": "person", "Tomas Quellby": "person", "Ana Tarrow": "person"}
    # the post standing for its holder is still drafted
    assert draft_kind_names("The Minister for Higher Education said fees would not rise.") == {
        "Minister for Higher Education": "person"
    }


def test_the_name_after_a_named_firms_owner_is_the_firm_that_owns_it() -> None:
    drafts = draft_kind_names(
        "Shares in Tarnby Cruises owner Carnival and Quellmark Airways parent Varnhold fell on Tuesday, while "
        "Tarnby Stores owner George Varnley sold his stake."
    )
    assert drafts.get("Carnival") == "organization"
    assert drafts.get("Varnhold") == "organization"
    assert drafts.get("George Varnley") == "person"


def test_one_word_after_publisher_in_lower_case_is_the_firm() -> None:
    drafts = draft_kind_names(
        "Shares in education publisher Quellbury fell, and publisher Varnhold also slid. "
        "Publisher Ilse Varnholt said the paper would close."
    )
    assert drafts.get("Quellbury") == "organization"
    assert drafts.get("Varnhold") == "organization"
    assert drafts.get("Ilse Varnholt") == "person"


def test_letters_of_a_screen_resolution_or_a_business_measure_are_terms() -> None:
    drafts = draft_kind_names(
        "The Quellphone X2 has a 6.1-inch FHD display, and the cheaper model a WVGA screen; both record HD video. "
        "Operating profit (EBIT) rose 4%, and the factory PMI for the region fell to 48.2."
    )
    assert not {"FHD", "WVGA", "HD", "EBIT", "PMI"} & set(drafts)
    # letters that open a person's name, or a body's letters it defines, are still read
    drafts = draft_kind_names("JDS chief HD Varnagowda urged the workers to vote.")
    assert drafts.get("HD Varnagowda") == "person"


def test_letters_in_brackets_after_a_stopped_legal_form_are_the_firms_acronym() -> None:
    drafts = draft_kind_names(
        "This is the first time that Varnmark, which competes with Quellan Silicon Works Co. (QSWC), makes the chip. "
        "Analysts believe last year's chip was made by QSWC."
    )
    assert drafts.get("Quellan Silicon Works Co") == "organization"
    assert "QSWC" not in drafts  # one draft: the letters are the same firm's


def test_what_a_firm_mines_or_makes_then_a_state_is_the_states_firm() -> None:
    # (the states are the gazetteer's facts; the firms are invented)
    drafts = draft_kind_names(
        "The top losers were Varnholt Bank (down 1.44%), Cement Malawi (down 1.37%) and Quellcorp (down 1.03%). "
        "Coal Botswana was marginally higher."
    )
    assert drafts.get("Cement Malawi") == "organization"
    assert drafts.get("Coal Botswana") == "organization"
    assert "Malawi" not in drafts and "Botswana" not in drafts


def test_a_tower_by_its_name_is_a_building() -> None:
    drafts = draft_kind_names(
        "The fire at Varnley Tower killed 72 people in 2017, and residents of the Quellmoor Towers were moved."
    )
    assert drafts == {"Varnley Tower": "place", "Quellmoor Towers": "place"}


def test_an_officers_letters_after_a_name_are_no_body() -> None:
    drafts = draft_kind_names(
        '"The chip is a step forward," said Pete Varnholt, EVP and President of Quellmark\'s products group.'
    )
    assert drafts.get("Pete Varnholt") == "person"
    assert "EVP" not in drafts
    # the officer's letters make no page about computing, where bodies' letters would be read as tools
    drafts = draft_kind_names(
        "QML unveiled a new chip design, said Pete Varnholt, EVP and President of the group. The UK company's chips "
        "will be made by TVSC, and the SVP of sales, Ana Quell, said Varnmark is a customer."
    )
    assert drafts.get("QML") == "organization"
    assert drafts.get("TVSC") == "organization"
    assert "EVP" not in drafts and "SVP" not in drafts


def test_a_summit_held_in_a_town_is_no_venue() -> None:
    drafts = draft_kind_names(
        "Leaders met at the Varnex Summit in Geneva on Monday. The band played at the Barrowland in Glasgow on Monday."
    )
    assert drafts.get("Varnex Summit") == "other"  # an event, not a place
    assert drafts.get("Barrowland") == "place"


def test_a_word_hyphened_to_a_model_code_is_the_models_line() -> None:
    drafts = draft_kind_names(
        "The new phone pairs the Varnex-A72 CPU with a Niger-G76 GPU, and the Tarnby-X10 modem is faster."
    )
    assert not {"Varnex", "Niger", "Tarnby"} & set(drafts)
    # two states joined by a hyphen are still the states
    drafts = draft_kind_names("The Chad-Niger border was closed on Monday.")
    assert drafts.get("Chad") == "state" and drafts.get("Niger") == "state"


def test_an_event_named_by_scandal_or_elections_is_no_draft() -> None:
    drafts = draft_kind_names(
        "The Liberals have largely survived the QX Scandal for now, and parties are rallying in the run-up to "
        "Varnpur Elections. The Tarnby Board of Elections counted the votes."
    )
    assert "QX Scandal" not in drafts and "Varnpur Elections" not in drafts
    assert drafts.get("Tarnby Board of Elections") == "organization"


def test_a_plus_after_a_word_in_mixed_capitals_is_a_things_version_no_partners() -> None:
    drafts = draft_kind_names(
        "The design is made on the 16nm QuellFET+ process, and Varnholt+Tarrow will ship it. "
        "Students will take part in Erasmus+ under the deal."
    )
    assert "QuellFET+" not in drafts
    assert drafts.get("Varnholt+Tarrow") == "organization"
    assert "Erasmus+" in drafts


def test_a_share_code_with_its_stop_in_brackets_defines_the_firms_letters() -> None:
    drafts = draft_kind_names(
        "Consumer goods giant Quellan Varnby (QV.) was one of the biggest fallers, and QV. said it would cut jobs."
    )
    assert drafts.get("Quellan Varnby") == "organization"
    assert "QV" not in drafts


def test_the_employer_after_a_job_whose_head_follows_its_field_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Russ Varnley, investment director at Quell Bellwood, said it was profit warnings galore. "
        "Ilse Varn, a nurse at Tarnby Vale, said the ward was full."
    )
    assert drafts.get("Quell Bellwood") == "organization"
    assert drafts.get("Tarnby Vale") == "place"  # no firm's job: the town stays
