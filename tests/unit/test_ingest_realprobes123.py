"""Round realprobes123 (batch en123): rules found on invented pages from New Zealand, Scotland, the Philippines,
Jamaica, Ghana, Singapore, Zimbabwe, Wales, Malaysia, Fiji, Trinidad and Iowa (a council vote, a seafood deal, a
wire release, schoolboy football, a malaria study, court reports, obituaries, a storm live blog, a palm oil report,
a sevens final)."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names as _kinds


def test_a_given_name_the_page_writes_alone_opens_the_full_name() -> None:
    kinds = _kinds(
        "Lyle Edwin Tammerhof\n\nLyle Edwin Tammerhof, 88, of rural Ostvale, died Monday. "
        "Lyle was born on the home farm. Lyle farmed there for 50 years."
    )
    assert kinds.get("Lyle Edwin Tammerhof") == "person"
    assert "Edwin Tammerhof" not in kinds


def test_a_spouse_in_brackets_shares_the_family_name() -> None:
    kinds = _kinds(
        "Lorne Tammerhof, 81, died on Friday. He is survived by his children, Dennis (Carol) Tammerhof of "
        "Ostvale and Marcia (Tom) Vellacott of Quarry Falls. He was the son of Walter and Ida (Brunsveld) "
        "Tammerhof."
    )
    assert kinds.get("Carol Tammerhof") == "person"
    assert kinds.get("Tom Vellacott") == "person"
    assert kinds.get("Walter Tammerhof") == "person"
    assert kinds.get("Ida Tammerhof") == "person"
    assert kinds.get("Dennis Tammerhof") == "person"
    assert "Brunsveld Tammerhof" not in kinds


def test_a_title_word_hyphened_to_a_partners_name_opens_a_firm() -> None:
    kinds = _kinds("Kaiser-Vellacott Funeral Home in Ostvale is in charge of arrangements.")
    assert kinds.get("Kaiser-Vellacott Funeral Home") == "organization"
    assert "Vellacott Funeral Home" not in kinds


def test_a_branch_named_by_its_number_is_an_organisation() -> None:
    kinds = _kinds("He was a 60-year member of American Legion Post 318 and of VFW Post 4127.")
    assert kinds.get("American Legion Post 318") == "organization"
    assert kinds.get("VFW Post 4127") == "organization"


def test_a_word_inside_a_prosecutors_title_is_no_person() -> None:
    kinds = _kinds("Deputy Public Prosecutor Verity Ansaldo said the accused told workers to pay him.")
    assert kinds.get("Verity Ansaldo") == "person"
    assert "Public" not in kinds


def test_a_church_school_and_a_technical_school_are_schools() -> None:
    kinds = _kinds(
        "Holy Rood High booked a place in the semi-finals, and Tarnvale High were held by Quellby Technical."
    )
    assert kinds.get("Holy Rood High") == "organization"
    assert kinds.get("Quellby Technical") == "organization"


def test_a_given_name_and_a_nickname_before_a_towns_name_are_a_person() -> None:
    kinds = _kinds(
        'Ramon "Boyet" Tacloban, Chief Commercial Officer of TeleQuell, said the wallet had two million users.'
    )
    assert kinds.get("Ramon Tacloban") == "person"
    assert "Tacloban" not in kinds


def test_a_wire_releases_source_line_names_the_sender_alone() -> None:
    kinds = _kinds("The bank will open 40 branches.\nSOURCE Banco Quellmark Inc.")
    assert kinds.get("Banco Quellmark Inc") == "organization"
    assert not [name for name in kinds if name.startswith("SOURCE")]


def test_a_firm_of_auctions_is_a_firm() -> None:
    kinds = _kinds("Tarnsay Seafood Auctions names Morven Ellick finance director.")
    assert kinds.get("Tarnsay Seafood Auctions") == "organization"


def test_a_sevens_tournament_is_no_person() -> None:
    kinds = _kinds("Quellby Stallions beat Tarnsay Highlanders 26-12 in the final of the Coral Reach Sevens.")
    assert "Coral Reach Sevens" not in kinds
    assert kinds.get("Quellby Stallions") == "organization"
    assert kinds.get("Tarnsay Highlanders") == "organization"


def test_a_states_railways_named_with_of_are_one_body() -> None:
    kinds = _kinds("The National Railways of Quellaria later agreed to restore pensions cut in 1993.")
    assert kinds.get("National Railways of Quellaria") == "organization"


def test_a_cemetery_named_after_a_titled_person_is_a_place() -> None:
    kinds = _kinds("He will be buried at Lady Tarnwell Cemetery on Saturday.")
    assert kinds.get("Lady Tarnwell Cemetery") == "place"
    assert "Tarnwell Cemetery" not in kinds


def test_a_speaker_in_a_brands_casing_that_asked_is_a_firm() -> None:
    kinds = _kinds("QuellRail has asked for the bank near the bridge to be raised first.")
    assert kinds.get("QuellRail") == "organization"


def test_a_town_before_processor_is_where_the_firm_is() -> None:
    kinds = _kinds(
        "Peterhead processor buys Tarnsay smokehouse in deal\n"
        "The Peterhead company, owned by the Quellan family, said all 46 jobs would be kept."
    )
    assert kinds.get("Peterhead") == "place"


def test_a_contact_line_with_an_email_under_a_countrys_domain_is_no_code() -> None:
    kinds = _kinds(
        "The bank said it would open 40 branches.\nMedia contacts:\n"
        "Jerome Tavalera-Uy, Quellmark Savings, media@quellmark.example.ph"
    )
    assert kinds.get("Jerome Tavalera-Uy") == "person"


def test_a_brands_plural_after_through_the_is_no_range_of_hills() -> None:
    kinds = _kinds(
        "TeleQuells Corporation will offer savings accounts through the TeleQuells mobile wallet. "
        "We walked in the Mamores."
    )
    assert kinds.get("TeleQuells") in (None, "organization")
    assert kinds.get("Mamores") == "place"


def test_a_firm_with_its_registrations_year_in_brackets_is_a_firm() -> None:
    kinds = _kinds("The paper is owned by Quellpapers (1980) Ltd of Harare.")
    assert kinds.get("Quellpapers") == "organization"


def test_a_firm_of_common_words_that_has_cancelled_is_a_firm() -> None:
    kinds = _kinds("Quell Line has cancelled the morning sailings from Holyhead to Dublin.")
    assert kinds.get("Quell Line") == "organization"


def test_a_given_name_drafted_alone_before_and_shares_the_couples_family_name() -> None:
    kinds = _kinds(
        "She was preceded in death by her parents, Arvid and Clara (Moen) Kvarnstad. Her brother is Leroy Kvarnstad."
    )
    assert kinds.get("Arvid Kvarnstad") == "person"
    assert "Arvid" not in kinds


def test_what_a_wildfire_forces_is_no_armed_force() -> None:
    kinds = _kinds("Live: Wildfire forces evacuations near Quellmont\nCrews are at the blaze.")
    assert kinds.get("Wildfire") != "armed_force"


def test_a_showground_and_flats_are_places() -> None:
    kinds = _kinds(
        "The Rural Fire Service has issued a warning for Quellmont and Ashby Flats. "
        "Evacuation centres are open at the Quellmont Showground."
    )
    assert kinds.get("Ashby Flats") == "place"
    assert kinds.get("Quellmont Showground") == "place"


def test_a_body_named_with_an_australian_states_letters_is_a_body() -> None:
    kinds = _kinds("Fire and Rescue NSW says 40 crews are at the blaze. Quellwork NSW is investigating.")
    assert kinds.get("Fire and Rescue NSW") == "organization"
    assert kinds.get("Quellwork NSW") == "organization"


def test_a_firm_called_by_its_opening_words_is_no_person() -> None:
    kinds = _kinds(
        'Tarnsay Fresh Fish Ltd has bought the smokehouse. The deal gave Tarnsay Fresh "a brand that sells in Paris".'
    )
    assert kinds.get("Tarnsay Fresh") in (None, "organization")


def test_a_maori_tribe_and_a_federation_of_members_are_bodies() -> None:
    kinds = _kinds(
        "Ngāti Tarnu chair Tipene Whakarongo said the iwi had been consulted. "
        "Federated Farmers' regional president, Hamish Quellan, said farmers support the work."
    )
    assert kinds.get("Ngāti Tarnu") == "organization"
    assert kinds.get("Federated Farmers") == "organization"


def test_a_rare_first_name_and_a_family_name_before_scored_are_a_player() -> None:
    kinds = _kinds(
        "Holy Rood High beat Quellby Secondary 3-1 on Tuesday. "
        "Tevin Quellbrook scored twice and captain Jermaine Tarnwood added the third."
    )
    assert kinds.get("Tevin Quellbrook") == "person"


def test_a_street_named_by_its_number_is_a_place() -> None:
    kinds = _kinds(
        "Crews will dig along South 12th Street and Quellan Avenue. "
        "He has run a violin shop on 21st Avenue South since 1998."
    )
    assert kinds.get("South 12th Street") == "place"
    assert kinds.get("21st Avenue South") == "place"


def test_two_names_joined_by_an_ampersand_ending_in_a_land_word_are_a_firm() -> None:
    kinds = _kinds("She has hired Priyanka Tarle from the broker Tarrant & Vale as head of marine claims.")
    assert kinds.get("Tarrant & Vale") == "organization"


def test_a_towns_name_that_is_a_given_name_before_and_shares_the_couples_family_name() -> None:
    kinds = _kinds("Condolences came from Gary and Jan Tollemeer of Ostvale.")
    assert kinds.get("Gary Tollemeer") == "person"
    assert "Gary" not in kinds
