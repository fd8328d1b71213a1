"""Round realread51: rules found reading real government statements by hand (an Australian foreign minister's media
releases, transcripts and sanctions notices; the EU High Representative's declarations and the EU spokesperson's
statements on Syria, Iraq, Yemen and Libya). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_transcripts_speaker_by_full_name_in_capitals_is_a_person() -> None:
    drafts = draft_kind_names(
        "Interview with Radio Tarnby\n\n"
        "TOMAS VARNELL: Minister, good morning.\n\n"
        "KATRIN OSLUND: Good morning. I am in Harare today to meet the President.\n\n"
        "FOREIGN MINISTER KATRIN OSLUND: We will work with the United Nations.\n\n"
        "MARTINA QUADE We have just concluded a meeting in Baghdad.\n\n"
        "DANIEL TARVE VISITS BAGHDAD\n\nThe minister arrived on Monday.\n"
    )
    assert drafts.get("Tomas Varnell") == "person"
    assert drafts.get("Katrin Oslund") == "person"
    assert drafts.get("Martina Quade") == "person"
    assert "Daniel Tarve" not in drafts  # a heading in capitals, no speaker
    assert not any(name.isupper() for name in drafts)


def test_a_bodys_special_representative_for_a_state_is_the_envoy_a_person() -> None:
    drafts = draft_kind_names(
        "The council met in the presence of the United Nations Special Representative for Tarnland. "
        "The House of Representatives of Varnia welcomed the talks."
    )
    assert drafts.get("United Nations Special Representative for Tarnland") == "person"
    assert drafts.get("House of Representatives of Varnia") == "organization"


def test_a_dutch_body_opens_with_its_head_word_and_is_no_person() -> None:
    drafts = draft_kind_names(
        "Declaration on Tarnland\n\n"
        "Met dank overgenomen van Raad van de Europese Unie (Raad), gepubliceerd op maandag 4 juni 2012.\n\n"
        "The EU welcomes the talks in Tarnby. The Ministerie van Buitenlandse Zaken agreed. Ruud van de Raad spoke."
    )
    assert drafts.get("Raad van de Europese Unie") == "organization"
    assert drafts.get("Ministerie van Buitenlandse Zaken") == "organization"
    assert drafts.get("Ruud van de Raad") == "person"


def test_a_side_of_a_war_by_an_everyday_word_is_no_force() -> None:
    drafts = draft_kind_names(
        "What is needed for the Government forces to take the initiative? Regime forces shelled Tarnby on Monday, "
        "and Houthi forces advanced."
    )
    assert "Government" not in drafts and "Regime" not in drafts
    assert drafts.get("Houthi") == "armed_force"
    assert drafts.get("Tarnby") == "place"


def test_the_issuing_body_alone_on_its_line_is_drafted() -> None:
    under_title = draft_kind_names(
        "Further sanctions on Tarnland\n\nDepartment of Foreign Affairs and Trade\n\nThe Government is placing "
        "new sanctions on Tarnland.\n"
    )
    assert under_title.get("Department of Foreign Affairs and Trade") == "organization"
    over_label = draft_kind_names(
        "Declaration on Varnia\n\nCouncil of the European Union\nPress release\n\n11 April 2019\n\n"
        "The attack must stop."
    )
    assert over_label.get("Council of the European Union") == "organization"
    headline = draft_kind_names("Ministry of Health Announces New Funding\n\nThe money will go to Tarnby.\n")
    assert not any(name.startswith("Ministry") for name in headline)


def test_a_press_contacts_name_with_the_family_name_in_capitals_is_a_person() -> None:
    drafts = draft_kind_names(
        "The talks in Tarnby must resume.\n\nPeter VARNSTO\n\nLead Spokesperson for Foreign Affairs and Security "
        "Policy\n\n+32 (0)460 75 45 53\n\nMaria TARNELL\n\nPress Officer for Foreign Affairs and Security\n"
    )
    assert drafts.get("Peter VARNSTO") == "person"
    assert drafts.get("Maria TARNELL") == "person"


def test_a_bulleted_contact_line_names_the_body_by_its_letters() -> None:
    drafts = draft_kind_names(
        "Australians should depart Tarnland.\n\nMedia enquiries\n\n  • Minister's office: (02) 6277 7500\n"
        "  • DFAT Media Liaison: (02) 6261 1555\n"
    )
    assert drafts.get("DFAT") == "organization"
    assert "DFAT Media Liaison" not in drafts


def test_a_family_name_that_is_a_titles_word_after_a_title_is_the_person() -> None:
    drafts = draft_kind_names(
        "Question: What did you agree in Tarnby?\n\nMinister Bishop: We agreed on a legal framework.\n\n"
        "Question: When?\n\nMinister Bishop: Soon. Senator Judge, who sits for Tarnby, agreed. "
        "The Lord Bishop of Varnby was not there.\n"
    )
    assert drafts.get("Bishop") == "person"
    assert drafts.get("Judge") == "person"
