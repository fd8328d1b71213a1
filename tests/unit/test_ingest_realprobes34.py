"""Ingest on English web pages after the forty-second batch of real probes (issue 15).

US senators' abbreviated title after the state ("U.S. Sen.", "State Sen."); a hospital's wards and tests in
capitals ("the ER"). Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_an_abbreviated_senators_title_after_the_state_is_no_draft() -> None:
    kinds = draft_kinds("U.S. Sen. Orla Brimwood-Tate asked the agency to explain the delay.")
    assert kinds.get("Orla Brimwood-Tate") is ActorKind.person, kinds
    assert not any("Sen" in name.split() or name.endswith(" Sen") for name in kinds), kinds


def test_a_state_senators_title_opens_no_body() -> None:
    kinds = draft_kinds("State Sen. Ilse Varnholt of Tarnby voted against the budget.")
    assert kinds.get("Ilse Varnholt") is ActorKind.person, kinds
    assert "State Sen" not in kinds, kinds


def test_a_hospital_ward_in_capitals_is_no_organisation() -> None:
    kinds = draft_kinds("Nurses said the ER at Quellby was full, and two ICUs in the county closed in May.")
    assert not {"ER", "ICUs", "ICU"} & set(kinds), kinds


def test_an_agency_administrator_is_a_title_before_a_name() -> None:
    kinds = draft_kinds("NTSB Administrator Colm Reddaway-Saenz told reporters the inquiry would take a year.")
    assert kinds.get("Colm Reddaway-Saenz") is ActorKind.person, kinds


def test_a_chambers_committee_named_by_listed_fields_is_one_body() -> None:
    kinds = draft_kinds("She testified before the House Energy, Water and Mining Committee on Friday.")
    assert kinds.get("House Energy, Water and Mining Committee") is ActorKind.organization, kinds


def test_a_chip_makers_trade_word_ends_a_firms_name() -> None:
    kinds = draft_kinds("Its rival Tarquell Photonics reports on Monday, and Brendle Devices next week.")
    assert kinds.get("Tarquell Photonics") is ActorKind.organization, kinds
    assert kinds.get("Brendle Devices") is ActorKind.organization, kinds


def test_a_seat_opened_by_a_towns_title_after_represents_is_a_place() -> None:
    kinds = draft_kinds("The new minister, a former teacher who represents Prince George Valleyview, was sworn in.")
    assert kinds.get("Prince George Valleyview") is ActorKind.place, kinds
    assert "George Valleyview" not in kinds, kinds


def test_a_seat_opened_by_a_towns_title_after_a_members_for_is_a_place() -> None:
    kinds = draft_kinds("The MLA for Bishop Tarrowby said the clinic would reopen.")
    assert kinds.get("Bishop Tarrowby") is ActorKind.place, kinds


def test_a_lawyer_who_represents_a_prince_still_names_a_person() -> None:
    kinds = draft_kinds("A lawyer who represents Prince Edvard said the claim was false.")
    assert kinds.get("Edvard") is ActorKind.person or kinds.get("Prince Edvard") is ActorKind.person, kinds


def test_a_body_named_in_irish_keeps_its_article() -> None:
    kinds = draft_kinds("The objection came from An Chomhairle Ealaíon, and staff at the An Post depot in Tuam agreed.")
    assert kinds.get("An Chomhairle Ealaíon") is ActorKind.organization, kinds
    assert kinds.get("An Post") is ActorKind.organization, kinds


def test_a_name_opened_by_an_between_from_and_to_is_a_place() -> None:
    kinds = draft_kinds("The ferry from An Lac to Hon Tre takes an hour.")
    assert kinds.get("An Lac") is not ActorKind.organization, kinds


def test_a_service_named_after_a_given_name_goes_on_through_and() -> None:
    # "Garda" (the Irish police) is also a given name in the lists; plain words after it name a service
    kinds = draft_kinds("The haul was seized by the Garda Regional Fraud and Cyber Crime Bureau at Rosslare.")
    assert kinds.get("Garda Regional Fraud and Cyber Crime Bureau") is ActorKind.organization, kinds


def test_a_seat_of_two_places_after_a_party_members_letters_is_one_place() -> None:
    kinds = draft_kinds("The Green MP for Tarnby and East Quellmoor, Rhian Ostley-Dane, said the plan was flawed.")
    assert kinds.get("Tarnby and East Quellmoor") is ActorKind.place, kinds
    assert "East Quellmoor" not in kinds, kinds
    assert kinds.get("Rhian Ostley-Dane") is ActorKind.person, kinds


def test_a_peoples_adjective_before_a_show_or_tour_drafts_no_state() -> None:
    kinds = draft_kinds(
        "The singer Ilse Varnholt said it would be her only Norwegian festival show, before a Danish tour."
    )
    assert "Norway" not in kinds and "Denmark" not in kinds, kinds


def test_a_party_known_by_a_name_in_its_own_language_is_a_body() -> None:
    kinds = draft_kinds("Syriza lost ground, and Fine Gael said the result was a warning to the government.")
    assert kinds.get("Syriza") is ActorKind.organization, kinds
    assert kinds.get("Fine Gael") is ActorKind.organization, kinds


def test_a_british_regulator_named_by_of_is_a_body() -> None:
    kinds = draft_kinds("The report calls for Ofqual to be merged with another inspectorate by 2028.")
    assert kinds.get("Ofqual") is ActorKind.organization, kinds


def test_a_seat_named_like_a_woman_opening_a_sentence_before_td() -> None:
    kinds = draft_kinds("Meath TD Orlaith Quinlan-Barr said it was shocking. Rose TD Padraic Colm-Ossory agreed.")
    assert kinds.get("Orlaith Quinlan-Barr") is ActorKind.person, kinds
    assert kinds.get("Rose") is ActorKind.place, kinds
    assert kinds.get("Padraic Colm-Ossory") is ActorKind.person, kinds


def test_a_capital_romance_article_inside_a_sentence_opens_the_place() -> None:
    kinds = draft_kinds(
        "Clinics in Tarnby, Oskel Creek and La Varenne stayed shut, and a Le Quellmore-style pan sold out."
    )
    assert kinds.get("La Varenne") is ActorKind.place, kinds
    assert "Varenne" not in kinds, kinds
    assert "Le Quellmore" not in kinds, kinds


def test_a_name_that_does_something_to_his_or_her_own_is_a_person() -> None:
    kinds = draft_kinds(
        "Thaddeus Quorrington of Varnell Research cut his target, and Bexley Amundor raised her rating."
    )
    assert kinds.get("Thaddeus Quorrington") is ActorKind.person, kinds
    assert kinds.get("Bexley Amundor") is ActorKind.person, kinds


def test_a_law_named_for_a_power_drafts_no_body() -> None:
    kinds = draft_kinds("Senators will vote on the Airspace Intercept Authority Act in March.")
    assert not any("Authority" in name for name in kinds), kinds


def test_a_group_claiming_a_ransomware_attack_is_no_armed_force() -> None:
    kinds = draft_kinds(
        "The council's servers were hit by ransomware. A gang calling itself Quillspire claimed responsibility."
    )
    assert kinds.get("Quillspire") is ActorKind.organization, kinds


def test_a_hospital_named_with_its_town_is_no_person() -> None:
    kinds = draft_kinds("Crews were sent to Hope Hospital Leeds instead, the director said. In Leeds, waits grew.")
    assert kinds.get("Hope Hospital Leeds") is ActorKind.organization, kinds


def test_a_papers_head_word_after_told_the_is_the_paper() -> None:
    kinds = draft_kinds("Orla Venn-Dacre told the Chronicle that the plan was dead.")
    assert kinds.get("Chronicle") is ActorKind.media, kinds
