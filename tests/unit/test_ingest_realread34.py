"""Round realread34: rules found reading real pages by hand (Nigerian, Pakistani, Kenyan, Irish, Philippine,
Singaporean, Gulf, Israeli, Indian and Japanese English-language papers; parliamentary records, a court's
caption, press releases, a think tank's list). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_page_stamp_after_a_byline_ends_the_writers_name() -> None:
    drafts = draft_kind_names(
        "Omar Velqani Published October 19, 2025 Updated October 19, 2025 08:59pm\n\n"
        "The harbour board of Tremmin met on Sunday to discuss the new ferry timetable."
    )
    assert drafts.get("Omar Velqani") == "person"
    assert "Omar Velqani Published" not in drafts


def test_a_member_after_a_partys_name_is_no_part_of_it() -> None:
    drafts = draft_kind_names(
        "Former policy chief of the ruling Tarvish Democratic Party Fumio Varnaka signalled his intention "
        "on Thursday to run for the party's top post."
    )
    assert drafts.get("Tarvish Democratic Party") == "organization"
    assert drafts.get("Fumio Varnaka") == "person"
    assert "Tarvish Democratic Party Fumio Varnaka" not in drafts


def test_a_partys_name_goes_on_over_its_own_words() -> None:
    drafts = draft_kind_names("The Tarvish Green Party Youth Wing met in Quellby on Sunday.")
    assert not any(name.endswith("Party") for name in drafts)


def test_the_irish_head_of_government_is_a_title() -> None:
    drafts = draft_kind_names(
        "Taoiseach Orla Brennick said the plan would pass. Yesterday, the Taoiseach accepted the figures, "
        "and the Tánaiste chose to ignore them."
    )
    assert drafts.get("Orla Brennick") == "person"
    assert "Taoiseach" not in drafts
    assert "Tánaiste" not in drafts


def test_a_post_acting_on_a_deputy_takes_no_remit_from_him() -> None:
    drafts = draft_kind_names(
        "That the House approves the nomination by the Taoiseach of Deputy Ciaran Moylett for appointment "
        "to the Government."
    )
    assert drafts.get("Ciaran Moylett") == "person"
    assert not any("Taoiseach" in name for name in drafts)


def test_a_title_word_before_bin_is_the_given_name() -> None:
    drafts = draft_kind_names(
        "The council met with Dr. Sheikh Sultan bin Rashed Al Varqani, Ruler of the town, on Saturday."
    )
    assert drafts.get("Sultan bin Rashed Al Varqani") == "person"
    assert "bin Rashed Al Varqani" not in drafts


def test_an_honorific_after_a_posts_state_in_letters_is_a_title() -> None:
    drafts = draft_kind_names(
        "Prime Minister of the UAE Sheikh Hamdan bin Saqr Al Varqani shared his congratulations on Saturday."
    )
    assert drafts.get("Hamdan bin Saqr Al Varqani") == "person"
    assert "Sheikh Hamdan bin Saqr Al Varqani" not in drafts


def test_police_rank_letters_before_a_name_no_list_knows_make_an_officer() -> None:
    drafts = draft_kind_names(
        "Ishola took over the command on September 17 from AIG Adegoke Fayoqwe, now in charge of the zone. "
        "IGP Kayode Tremboye also met DCP Ade Varnola."
    )
    assert drafts.get("Adegoke Fayoqwe") == "person"
    assert drafts.get("Kayode Tremboye") == "person"
    assert drafts.get("Ade Varnola") == "person"
    assert "AIG Adegoke Fayoqwe" not in drafts


def test_rank_letters_before_english_words_stay_a_firms() -> None:
    drafts = draft_kind_names("AIG Financial Products lost money last year, and shares of AIG fell.")
    assert not any(kind == "person" for kind in drafts.values())


def test_two_rare_words_before_a_senator_are_the_county_he_sits_for() -> None:
    drafts = draft_kind_names(
        "The MP faulted the committee for failing to summon the aide Farouk Kibet and Elgoyo Marakwat Senator "
        "Kipchumba Murkoven after their names were mentioned."
    )
    assert drafts.get("Elgoyo Marakwat") == "place"
    assert drafts.get("Kipchumba Murkoven") == "person"


def test_a_peoples_plural_after_a_known_place_is_no_part_of_its_name() -> None:
    drafts = draft_kind_names("The plan to let West Bank Palestinians return to work in Tremmin is being weighed.")
    assert drafts.get("West Bank") == "place"
    assert "West Bank Palestinians" not in drafts


def test_members_plural_title_and_of_before_a_body_leave_the_body() -> None:
    drafts = draft_kind_names(
        "He spoke during a courtesy visit by the Commissioners of Tremmin Police Service Commission on Monday."
    )
    assert drafts.get("Tremmin Police Service Commission") == "organization"
    assert "Commissioners of Tremmin Police Service Commission" not in drafts


def test_a_body_named_by_its_members_title_stays_whole() -> None:
    drafts = draft_kind_names("The Chiefs of Staff Committee met in Quellby on Monday.")
    assert drafts.get("Chiefs of Staff Committee") == "organization"


def test_head_or_chief_in_lower_case_after_a_body_is_a_title() -> None:
    drafts = draft_kind_names(
        "The talks with Tremvar Beytenu head Avigdor Quellman went on. The charges target former PNP chief "
        "Debold Varnas."
    )
    assert drafts.get("Avigdor Quellman") == "person"
    assert drafts.get("Debold Varnas") == "person"


def test_head_as_an_adjective_makes_no_title() -> None:
    drafts = draft_kind_names("A major Quellnet outage hit the private Hong Varn beach on Sunday.")
    assert not any(kind == "person" for kind in drafts.values())


def test_a_gulf_ruler_is_a_title() -> None:
    drafts = draft_kind_names(
        "The meeting was attended by Sheikh Tahnoun bin Saqr, Deputy Ruler of Quwaimah and adviser; and Quwaimah "
        "Ruler Sheikh Hamdan bin Rashed spoke."
    )
    assert "Ruler" not in drafts
    assert drafts.get("Hamdan bin Rashed") == "person"


def test_a_forms_number_label_is_no_actor() -> None:
    drafts = draft_kind_names("QNS Number : 4471K\nTarvel plc\n18 December 2009\nTarvel plc today announces a sale.")
    assert "QNS Number" not in drafts
