"""Round otherkind1: names that got kind `other` with no cue ("a capitalised name"), on real pages judged by hand,
and the evidence a reader uses to give them a kind or to drop them: the same name met again before a post only a
body has, a landform's word in lower case after it, what someone founded, a resort in apposition, a site's menu.
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_name_met_again_before_a_bodys_post_and_its_holder_is_that_body() -> None:
    drafts = draft_kind_names(
        "Quellvane Mobile's software helps older phones. Most developers build for forty handsets, says "
        "Quellvane Mobile CEO Ilse Varnhoff."
    )
    assert drafts.get("Quellvane Mobile") == "organization"
    assert drafts.get("Ilse Varnhoff") == "person"


def test_a_firm_written_with_its_letters_first_before_its_analyst_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Sales grew 5% and beat views. TRB Varnel Markets analyst Odile Quenner noted that most results were in line."
    )
    assert drafts.get("TRB Varnel Markets") == "organization"
    assert drafts.get("Odile Quenner") == "person"


def test_land_named_in_lower_case_before_beach_or_depression_is_a_place() -> None:
    drafts = draft_kind_names(
        "The flint tool was found on Quelmor beach near the town. The telescope sits in the remote Varnek "
        "depression in the south."
    )
    assert drafts.get("Quelmor") == "place"
    assert drafts.get("Varnek") == "place"


def test_what_a_person_founded_after_the_is_a_body() -> None:
    drafts = draft_kind_names("Ilse Orvane founded The Tarn Brat and writes for the female fan.")
    assert drafts.get("Tarn Brat") == "organization"
    assert drafts.get("Ilse Orvane") == "person"


def test_a_name_set_beside_a_resort_or_a_hotel_is_where_guests_stay() -> None:
    drafts = draft_kind_names(
        "We are pleased to bring the brand to the coast with Tarnvai Quoc, a destination resort amid green hills. "
        "Guests may also book the Quellmoor, a hotel on the quay."
    )
    assert drafts.get("Tarnvai Quoc") == "place"
    assert drafts.get("Quellmoor") == "place"


def test_a_sites_menu_kept_in_the_text_names_nothing() -> None:
    drafts = draft_kind_names(
        "Varnland truce broken, monitor says - Quell Action News\n"
        "Home WebMail Saturday, November 23, 2024, 11:29 AM | Regions Advertise Login | Our site is down.\n"
        "A truce in Varnland was broken late on Saturday, a monitoring group said."
    )
    assert not any(word in name for name in drafts for word in ("WebMail", "Advertise", "Login"))
    assert drafts.get("Varnland") == "place"


def test_peoples_joined_by_a_hyphen_before_a_noun_name_no_actor() -> None:
    drafts = draft_kind_names(
        "The raid was part of the Tarnovian-Russian conflict, Ilse Varn said. Envoys reaffirmed a strong "
        "Quell-Iraqi partnership in Tarnby."
    )
    assert "Tarnovian-Russian" not in drafts
    assert "Quell-Iraqi" not in drafts
    assert drafts.get("Ilse Varn") == "person"
    assert drafts.get("Tarnby") == "place"


def test_a_currency_written_in_capitals_after_its_sum_is_no_actor() -> None:
    drafts = draft_kind_names(
        "Quellmark Breweries said net sales rose to 65.21 billion Kenyan Shillings, and its unit in Tarnby earned "
        "40 million Nigerian Naira."
    )
    assert "Shillings" not in drafts and "Naira" not in drafts
    assert drafts.get("Kenya") == "state"
