"""Round realread31: rules found reading real news pages by hand (a short fix-up round on what realread30 left).
Invented sentences and names: an Australian state by its letters, a given name alone beside the full name, a
compass point's compound adjective in Portuguese."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names, draft_kinds


def test_an_australian_states_letters_alone_are_a_place() -> None:
    drafts = draft_kind_names("Over 12,000 NSW permits were found in a folder, and more in QLD, the office said.")
    assert drafts.get("NSW") == "place"
    assert drafts.get("QLD") == "place"


def test_a_given_name_after_a_cue_of_place_is_the_full_names_alias() -> None:
    text = (
        "Consultant Ola Brandtner found the folder last week. "
        "'You do not have to be at Ola's level to find it,' said a colleague."
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Ola Brandtner") == "person"
    assert "Ola" not in drafts


def test_a_compass_points_compound_adjective_names_no_town() -> None:
    text = "O Peru ficou em quarto lugar na Copa Sul-Americana, atrás do Chile e da Bolívia."
    drafts = draft_kinds(text, language="pt")
    assert "Americana" not in drafts
    assert "Chile" in drafts


def test_a_states_body_for_its_letters_is_whole() -> None:
    drafts = draft_kind_names("Transport for QLD said in a statement that it keeps no such records.")
    assert drafts.get("Transport for QLD") == "organization"
    assert "QLD" not in drafts


def test_an_employer_before_its_staffs_field_and_trade() -> None:
    drafts = draft_kind_names("QuellCare security counsellor Ilse Varnova said the risk was high.")
    assert drafts.get("QuellCare") == "organization"
    assert drafts.get("Ilse Varnova") == "person"
    # a school's adjective before the field is still no employer
    assert "Keynesian" not in draft_kind_names("The risk is high, said Keynesian chief economist Ola Brandtner.")


def test_two_fields_joined_by_and_before_services_are_one_body() -> None:
    drafts = draft_kind_names("Notices are sent from Harbours and Maritime Services to every owner.")
    assert drafts.get("Harbours and Maritime Services") == "organization"
    assert "Maritime Services" not in drafts


def test_a_storage_buckets_code_is_no_body() -> None:
    assert "Q7" not in draft_kind_names("The scans were left in a misconfigured Q7 bucket, the researcher said.")


def test_a_korean_profiles_items_after_triangles_are_read() -> None:
    text = (
        "신임 차관의 약력은 다음과 같다.\n\n"
        "△1968년 △경북 안동 △고려대 행정학과 △미국 하버드대학 연수 △기획재정부 국장\n\n"
        "그는 내일 취임한다.\n"
    )
    drafts = draft_kinds(text, language="ko")
    assert "United States" in drafts


def test_the_land_that_hosts_a_world_cup_is_named() -> None:
    text = "O técnico chamou onze jogadores novos para a Copa do Mundo do Catar, disse o jornal."
    assert "Qatar" in draft_kinds(text, language="pt")


def test_a_name_before_its_cause_and_a_bodys_noun_is_a_body() -> None:
    drafts = draft_kind_names("He was a leader of the Quellity pro-democracy movement in the 1980s.")
    assert drafts.get("Quellity") == "organization"
