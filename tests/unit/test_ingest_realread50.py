"""Round realread50: rules found reading real BBC News and Al Jazeera pages on wars and politics of the Middle East,
Africa and Asia by hand (live pages, explainers, lists of key events). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_name_after_the_noun_news_agency_is_the_wire() -> None:
    drafts = draft_kind_names(
        "Quellan news agency Tarvo is reporting that two villages were shelled overnight. "
        "Officials told the state news agency Kornet that ten people died."
    )
    assert drafts.get("Tarvo") == "media"
    assert drafts.get("Kornet") == "media"


def test_a_family_name_spelled_one_letter_apart_later_is_the_same_person() -> None:
    drafts = draft_kind_names(
        "Officials named the dead man as Samir Al-Qattabi; it was unclear whether Qatabi was in the building. "
        "The second man was Tarik Al-Moudani. Later, Mouddani said he was alive."
    )
    assert drafts.get("Samir Al-Qattabi") == "person"
    assert drafts.get("Tarik Al-Moudani") == "person"
    assert "Qatabi" not in drafts
    assert "Mouddani" not in drafts


def test_a_name_before_a_slash_and_an_agency_in_a_pictures_credit_is_the_photographer() -> None:
    drafts = draft_kind_names(
        "Soldiers walk past a burnt tank outside Tarnopil, March 3 [File: Evgeniy Quellanko/AP Photo]\n\n"
        "Rescuers search the rubble of a school in Varnby [Dawit Quellamo/Al Jazeera]\n\n"
        "The shelling went on through the night."
    )
    assert drafts.get("Evgeniy Quellanko") == "person"
    assert drafts.get("Dawit Quellamo") == "person"


def test_a_name_before_tribal_area_or_tribal_district_is_a_place() -> None:
    drafts = draft_kind_names(
        "Fighters attacked three border posts in Pakistan's Tarkhel tribal area late on Sunday. "
        "The Varnu tribal district lies to the north."
    )
    assert drafts.get("Tarkhel") == "place"
    assert drafts.get("Varnu") == "place"


def test_an_arabic_groups_name_before_faction_or_militants_is_an_armed_force() -> None:
    drafts = draft_kind_names(
        "In a statement, the Jamaat-ul-Varnak faction of the Quellan Taliban claimed the attack on the border posts. "
        "Jamaat Tarnawi militants later ambushed a convoy."
    )
    assert drafts.get("Jamaat-ul-Varnak") == "armed_force"
    assert drafts.get("Jamaat Tarnawi") == "armed_force"
