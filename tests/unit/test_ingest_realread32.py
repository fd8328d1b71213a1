"""Round realread32: rules found reading real news pages by hand (Canadian, British, NGO, business, crime,
science and Swedish pages). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_an_e_mail_addresss_mailbox_is_no_name() -> None:
    drafts = draft_kind_names("Readers who saw the van may call the desk or e-mail NEWSROOM@quellpost.org by Friday.")
    assert "NEWSROOM" not in drafts


def test_a_single_name_is_no_people_of_a_small_town_ending_in_ia() -> None:
    drafts = draft_kind_names("The sailors prayed to their old sea god, Kols, before the long voyage.")
    assert drafts.get("Kols") != "state"


def test_the_southern_continent_is_a_place_not_a_state() -> None:
    drafts = draft_kind_names("Ships carrying tourists to Antarctica now leave from three ports each week.")
    assert drafts.get("Antarctica") == "place"


def test_a_scientists_field_before_a_name_makes_a_person() -> None:
    drafts = draft_kind_names("The comet was first seen by Danish astronomer Tarvo Ellingsen in the winter of 1861.")
    assert drafts.get("Tarvo Ellingsen") == "person"


def test_a_common_word_in_a_clause_shouted_in_capitals_is_no_acronym() -> None:
    drafts = draft_kind_names("Then he ran after the bus shouting, 'I'M NOT SAD, JUST WAIT FOR ME.' Nobody stopped.")
    assert "SAD" not in drafts


def test_a_title_word_inside_a_hyphened_place_name_is_no_title() -> None:
    drafts = draft_kind_names("In 1976 she enrolled at the school of Notre-Dame-des-Varennes, near the river.")
    assert not any(kind == "person" for kind in drafts.values())
    assert "Notre-Dame-des-Varennes" in drafts


def test_letters_before_the_bracketed_name_they_spell_are_its_acronym() -> None:
    drafts = draft_kind_names("She runs Tarva (Tarn Agricultural Research and Valuation Agency) in the north.")
    assert drafts.get("Tarn Agricultural Research and Valuation Agency") == "organization"
    assert "Tarva" not in drafts


def test_pm_before_a_name_is_the_prime_ministers_title() -> None:
    text = "Companies paid for PM Tarvosh's trips abroad. Prime Minister Ilse Tarvosh told reporters so on Monday."
    drafts = draft_kind_names(text)
    assert drafts.get("Ilse Tarvosh") == "person"
    assert "PM Tarvosh" not in drafts


def test_a_provincial_executives_letters_mec_are_a_title() -> None:
    text = "MEC Tarvosh urged the public to stay home. MEC for Transport, Ilse Tarvosh, said the roads were shut."
    drafts = draft_kind_names(text)
    assert drafts.get("Ilse Tarvosh") == "person"
    assert not any(name.startswith("MEC") for name in drafts)


def test_a_titles_word_after_a_title_names_an_office_not_a_holder() -> None:
    drafts = draft_kind_names("The reform left ninety peers in the chamber, plus the Earl Marshal, by custom.")
    assert "Marshal" not in drafts
    assert not any(kind == "person" for kind in drafts.values())


def test_a_professions_body_keeps_of_its_state() -> None:
    text = "The jobs data ends the debate, said Chartered Professional Accountants of Canada's economist, Ilse Brand."
    drafts = draft_kind_names(text)
    assert drafts.get("Chartered Professional Accountants of Canada") == "organization"
    assert "Chartered Professional Accountants" not in drafts


def test_a_firm_of_accountants_still_ends_before_its_town() -> None:
    drafts = draft_kind_names("Varn and Quell Accountants of Leeds filed the accounts late.")
    assert drafts.get("Varn and Quell Accountants") == "organization"
    assert drafts.get("Leeds") == "place"


def test_a_works_title_after_book_called_names_no_actor() -> None:
    drafts = draft_kind_names("Three nuns who wrote a book called The Gift of Quellhood spoke to Ilse Varnova.")
    assert "Quellhood" not in drafts
    assert drafts.get("Ilse Varnova") == "person"


def test_a_known_family_name_alone_before_said_is_a_person() -> None:
    drafts = draft_kind_names('"The second half of the year looks weaker," Hansen said, pointing to the tariffs.')
    assert drafts.get("Hansen") == "person"


def test_pm_after_a_clocks_time_is_no_title() -> None:
    drafts = draft_kind_names("The verdict came at 4:15 PM QST. Flights resumed an hour later.")
    assert drafts.get("QST") != "person"


def test_a_participle_opening_a_clause_is_no_name() -> None:
    text = "Mars lies fourth from the sun. Befitting the planet's rusty hue, the old Romans named it for war."
    assert "Befitting" not in draft_kind_names(text)
