"""Round realread66: rules found reading real English news of every kind but war by hand (local and regional news,
courts and police, markets and technology, science and health, sport, elections, obituaries, and the press releases
of firms and councils, from the US, the UK, Ireland, Canada, Australia, India, Nigeria, South Africa and Singapore).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names

# A slate of candidates as election pages list it: a party's label, a colon, then its candidate alone on the line.
_SLATE = (
    "Voters in Tarnby head to the polls on Thursday after a close campaign.\n\n"
    "Tarnby North Candidates\n\nLiberal: Nadia Quellwood\n\nNDP: Gareth Varnholm*\n\nGreen: Petra Tresker\n"
)


def test_a_slate_of_candidates_under_party_labels_drafts_each_candidate() -> None:
    drafts = draft_kind_names(_SLATE)
    assert drafts.get("Nadia Quellwood") == "person"
    assert drafts.get("Gareth Varnholm") == "person"
    assert drafts.get("Petra Tresker") == "person"
    # the party's letters over its candidate are no speaker's turn in a transcript
    assert drafts.get("NDP") != "person"


def test_a_title_case_heading_with_a_colon_is_still_no_list_of_persons() -> None:
    # guard: a heading's label and Title Case words that open with no given name stay a heading
    drafts = draft_kind_names("Update: Harbour Works Delayed Again\n\nThe works at the harbour will finish in May.\n")
    assert "Harbour Works Delayed Again" not in drafts
    assert "Harbour Works" not in drafts


def test_a_family_name_after_to_is_the_person_named_before_not_a_town_of_that_name() -> None:
    text = (
        "Former mayor Buddy Fletcher has died at the age of 84.\n\n"
        "The police department posted a tribute to Fletcher on its Facebook page.\n"
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Buddy Fletcher") == "person"
    assert "Fletcher" not in drafts


def test_a_town_named_with_a_preposition_of_place_stays_a_town_beside_a_person_of_that_name() -> None:
    # guard: "in Durham" names the town, whoever bears the name
    text = (
        "Councillor Anna Durham opened the new library on Monday.\n\nThe library in Durham cost two million pounds.\n"
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Anna Durham") == "person"
    assert drafts.get("Durham") == "place"


def test_a_caption_credited_in_brackets_with_no_label_drafts_its_photographer_and_agency() -> None:
    text = (
        "A worker fills a tank from a municipal truck in Quellsby, where the taps ran dry. (Marta Varnsdottir/Tarnpix"
        " Images)\n\nResidents queued for water on Friday.\n"
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Marta Varnsdottir") == "person"
    assert drafts.get("Tarnpix Images") == "media"


def test_an_agency_credited_alone_after_the_copyright_sign_or_a_credit_label_is_the_agency() -> None:
    text = (
        "The coach was happy to see his side win again © Quellstock Images\nEnlarge\n\n"
        "The club reported a record crowd on Saturday.\n"
    )
    assert draft_kind_names(text).get("Quellstock Images") == "media"
    labelled = "Three new phones may change the market.\n\nPhoto Courtesy: Tarnpix Images\n\nSales rose in May.\n"
    assert draft_kind_names(labelled).get("Tarnpix Images") == "media"


def test_two_places_in_brackets_with_a_slash_are_no_picture_credit() -> None:
    # guard: no given name opens the first, so neither is a photographer nor an agency
    drafts = draft_kind_names("The board met in the old hall (North Tarnshire/Quellby Vale)\nIt was a long meeting.\n")
    assert drafts.get("North Tarnshire") != "person"
    assert drafts.get("Quellby Vale") != "media"


def test_the_word_after_a_pages_date_stamp_opens_the_story_and_joins_no_name() -> None:
    drafts = draft_kind_names(" date 2024-09-03 Former Quellbridge mayor Tomas Varnley has died at the age of 84.\n")
    assert "Former Quellbridge" not in drafts
    assert drafts.get("Tomas Varnley") == "person"


def test_a_name_right_after_a_pages_date_stamp_is_still_drafted() -> None:
    # guard: the date stamp only makes the next word a sentence's first, it drops no name
    drafts = draft_kind_names("2024-09-03 Tarnby Water said supply was restored to every home on Monday.\n")
    assert drafts.get("Tarnby Water") == "organization"


def test_a_sign_up_box_telling_the_reader_to_get_an_outlet_drafts_the_outlet_alone() -> None:
    drafts = draft_kind_names("Get Tarnby Radio News daily and direct to your inbox.\n\nSign up now for the latest.\n")
    assert "Get Tarnby Radio News" not in drafts
    assert drafts.get("Tarnby Radio News") == "media"


def test_a_press_releases_dateline_with_its_state_then_its_day_names_the_town() -> None:
    text = (
        "TARNSDALE, MD, August 17, 2015 /Quellwire/ Varnex Incorporated (Nasdaq: VRNX), a patent firm, today "
        "announced that it had named a new director.\n"
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Tarnsdale") == "place"
    assert "TARNSDALE" not in drafts


def test_a_bodys_letters_before_a_date_are_no_dateline() -> None:
    # guard: letters with no state's code after them stay a body's letters
    drafts = draft_kind_names("QUELLCO, August 17, 2015 -- the firm said its sales rose.\n")
    assert drafts.get("Quellco") != "place"
