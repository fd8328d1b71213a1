"""Round realread38: rules found reading real pages by hand (Gulf state news agencies, Jordanian and Kuwaiti
English papers, Caribbean papers, Central Asian and Armenian English news, Icelandic English news, US state
attorney-general releases, an NHS trust item, grain market reports, a museum release).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_royal_styles_letters_are_a_title_no_body() -> None:
    drafts = draft_kind_names(
        "The meeting in Quellabad was attended by H.H. Sheikh Tarnoun bin Varid Al Quell, the adviser, "
        "and by HRH Prince Varnak of Tarnland. Their Highnesses discussed the harvest."
    )
    assert "H.H." not in drafts and "HRH" not in drafts and "Highnesses" not in drafts
    assert drafts.get("Tarnoun bin Varid Al Quell") == "person"


def test_an_arabic_name_before_its_familys_al_stands_for_the_person() -> None:
    drafts = draft_kind_names(
        "His Highness Sheikh Tarnid bin Varid Al Quellan, Ruler of Tarnia, received the envoy. Later Sheikh Tarnid "
        "bin Varid thanked the guests. The council received Sheikh Hamid Jabir Al-Varni Al-Sabir, and Sheikh Hamid "
        "Jabir Al-Varni replied."
    )
    assert drafts.get("Tarnid bin Varid Al Quellan") == "person" and "Tarnid bin Varid" not in drafts
    assert drafts.get("Hamid Jabir Al-Varni Al-Sabir") == "person" and "Hamid Jabir Al-Varni" not in drafts


def test_a_lands_form_alone_after_the_is_no_name() -> None:
    drafts = draft_kind_names(
        "The festival aims to boost tourism across the Kingdom, the minister of Tarnland said. Aid trucks entered "
        "Varna Strip on Monday, and fighting went on in the Strip. The Emirate opened two ports."
    )
    assert "Kingdom" not in drafts and "Strip" not in drafts and "Emirate" not in drafts
    assert drafts.get("Varna Strip") == "place"


def test_an_agency_beside_a_photographer_in_a_credit_or_after_a_dateline_is_a_medium() -> None:
    drafts = draft_kind_names(
        "Photo: TARNPRESS/Ilse Varnaby\n\nThe minister opened the bridge on Monday, officials said.\n\n"
        "(Image source: Dana Quell/QNA)\n\nQUELLSTAD, MARCH 30, VARNPRESS. The agency extended the flight limits "
        "until April 7."
    )
    assert drafts.get("TARNPRESS") == "media" and drafts.get("QNA") == "media" and drafts.get("VARNPRESS") == "media"


def test_a_currencys_code_before_an_amount_is_no_body() -> None:
    drafts = draft_kind_names(
        "The Tarnby council pays its driver ISK 700,000 (USD 5,150) a month, the Varnak Post said. Fees rose to "
        "KZT 20,000 and to UZS 90,000."
    )
    assert "ISK" not in drafts and "KZT" not in drafts and "UZS" not in drafts


def test_towns_listed_before_a_trusts_words_and_its_letters_are_one_name() -> None:
    drafts = draft_kind_names(
        "Ilse Varn, the chief executive of Tarnton, Quellby and Leigh NHS Foundation Trust (TQL), is to be "
        "seconded to another trust for six months."
    )
    assert drafts.get("Tarnton, Quellby and Leigh NHS Foundation Trust") == "organization"
    assert "Leigh NHS Foundation Trust" not in drafts and "Quellby" not in drafts


def test_a_posts_remit_listed_with_commas_ends_before_a_holders_name_the_lists_lack() -> None:
    drafts = draft_kind_names(
        "TARNBY — Minister of Industry, Trade, and Supply Tarub Quellah chaired a meeting on Monday."
    )
    assert drafts.get("Tarub Quellah") == "person"
    assert "Minister of Industry" not in drafts and "Industry" not in drafts


def test_a_remit_lists_last_field_may_be_a_word_of_its_own_land() -> None:
    drafts = draft_kind_names("The Department of Arts, Heritage and the Gaeltacht said the grant was paid in May.")
    assert drafts.get("Department of Arts, Heritage and the Gaeltacht") == "organization"
    assert "Gaeltacht" not in drafts and "Department of Arts" not in drafts


def test_asst_is_an_assistants_title_no_part_of_a_body() -> None:
    drafts = draft_kind_names("In attendance will be Tarnby Co. Sheriff Don Quell and QLED Asst. Chief Paul Varnett.")
    assert "QLED Asst" not in drafts
    assert drafts.get("Paul Varnett") == "person"


def test_the_amir_is_a_rulers_style_no_person() -> None:
    drafts = draft_kind_names(
        "His Highness the Amir received the envoy at Tarn Palace. The Amir also received the speaker of the house."
    )
    assert "Amir" not in drafts
    assert drafts.get("Tarn Palace") == "place"


def test_a_minister_and_his_ministry_do_not_join_by_their_spelling() -> None:
    drafts = draft_kind_names(
        "On December 11, a delegation headed by the Foreign Minister, Tarnaziz Varnilov will visit Quellstad, the "
        "Foreign Ministry said."
    )
    assert drafts.get("Foreign Ministry") == "organization"
    assert drafts.get("Foreign Minister") != "organization"


def test_a_name_hyphened_after_sub_or_non_is_a_word_of_an_adjective() -> None:
    drafts = draft_kind_names(
        "The museum shows sub-Saharan African art from many lands. Works from across sub-Saharan Africa are shown "
        "in non-Tarnish towns."
    )
    assert "Saharan African" not in drafts and "Tarnish" not in drafts
    assert drafts.get("sub-Saharan Africa") == "place"


def test_a_word_cut_off_where_the_page_ends_is_no_name() -> None:
    drafts = draft_kind_names("Varnis and Quell, who are members of a local gang known as Everybod")
    assert "Everybod" not in drafts


def test_a_partys_name_ends_before_a_members_rare_given_name() -> None:
    drafts = draft_kind_names(
        "Only nine percent believe that the chair of the Quellist Party Sigtarnur Varni Gunnvarsson is honest. "
        "The Labour Party Conference opened in Quellby."
    )
    assert drafts.get("Quellist Party") == "organization"
    assert not any(name.startswith("Quellist Party S") for name in drafts)
    assert drafts.get("Labour Party Conference") == "organization"


def test_a_word_cut_off_before_a_teasers_ellipsis_is_no_name() -> None:
    drafts = draft_kind_names(
        "Police said the men belong to a gang known as Everybod\u2026 More stories from Tarnby follow. Meet Ilse "
        "Varnaby..."
    )
    assert "Everybod" not in drafts
    assert drafts.get("Ilse Varnaby") == "person"
