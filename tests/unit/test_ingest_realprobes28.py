"""Ingest on English web pages after the twenty-eighth round of real probes (issue 15).

A club's women's side; a county FA; a northern street up a slope; a shop and an insolvency practice by their
trade; a watchdog that speaks for patients; a family doctor; a town before a firm after its role; a women's
league with its possessive; schools by their stage; a firm or fund that backs a project; a watchdog by what it
did, in the passive; a charity named by a noun and "UK"; a body named in its own language, then in English and by
its acronym in brackets. Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def extract_actors(text: str) -> list[ActorDraft]:
    return extract(text, None, [], set(), "page", language="en").actors


def test_a_clubs_womens_side_is_a_club() -> None:
    kinds = draft_kinds("Tarnley Rovers Women have signed the biggest shirt deal in the club's history.")
    assert kinds.get("Tarnley Rovers Women") is ActorKind.organization, kinds


def test_a_novels_title_ending_in_women_is_no_body_and_a_un_body_is_one() -> None:
    kinds = draft_kinds("The book Little Women was read by Anna Berry. UN Women said the figures were stark.")
    assert "Little Women" not in kinds, kinds
    assert kinds.get("UN Women") is ActorKind.organization, kinds


def test_a_county_football_association_by_its_letters() -> None:
    kinds = draft_kinds("She was named player of the year by the Quarnshire FA on Friday.")
    assert kinds.get("Quarnshire FA") is ActorKind.organization, kinds


def test_a_street_up_a_slope_and_the_town_after_it_in_an_address() -> None:
    kinds = draft_kinds("Maureen Tolley-Gask, 61, of Kiln Brow, Harnsworth, was sentenced at Preston Crown Court.")
    assert kinds.get("Kiln Brow") is ActorKind.place, kinds
    assert kinds.get("Harnsworth") is ActorKind.place, kinds


def test_a_familys_pharmacy_is_a_firm() -> None:
    kinds = draft_kinds("Pendry's Pharmacy on Castle Hill will remain open, the owner said.")
    assert kinds.get("Pendry's Pharmacy") is ActorKind.organization, kinds


def test_an_insolvency_practice_by_its_trade_is_a_firm() -> None:
    kinds = draft_kinds("The brewery appointed Colley Marsh Restructuring as administrators on Monday.")
    assert kinds.get("Colley Marsh Restructuring") is ActorKind.organization, kinds


def test_a_watchdog_that_speaks_for_patients_is_a_body() -> None:
    kinds = draft_kinds("Healthwatch North Yorkshire, which speaks for patients, said it had 200 comments.")
    assert kinds.get("Healthwatch North Yorkshire") is ActorKind.organization, kinds


def test_a_family_doctor_is_no_draft_but_a_surgery_named_with_gp_is_one() -> None:
    kinds = draft_kinds("The town's last single-handed GP, Dr Owain Pritchard-Lake, will retire in October.")
    assert "GP" not in kinds, kinds
    assert kinds.get("Owain Pritchard-Lake") is ActorKind.person, kinds
    kinds = draft_kinds("She joined Brook Lane GP Surgery in 2020.")
    assert kinds.get("Brook Lane GP Surgery") is ActorKind.organization, kinds


def test_a_town_before_firm_after_a_firms_role_is_a_place() -> None:
    kinds = draft_kinds("Its auditors, Bentham firm Colley Pratt, could not match the invoices.")
    assert kinds.get("Bentham") is ActorKind.place, kinds
    assert kinds.get("Colley Pratt") is not ActorKind.place, kinds


def test_the_firms_named_after_their_role_stay_firms() -> None:
    kinds = draft_kinds("The club's bankers, Ashgrove Money and Tarnbanken, said nothing.")
    assert kinds.get("Ashgrove Money") is ActorKind.organization, kinds


def test_a_womens_league_keeps_its_possessive_and_stops_before_its_division() -> None:
    kinds = draft_kinds("Her side won promotion to the North West Women's Regional Football League Premier Division.")
    assert kinds.get("North West Women's Regional Football League") is ActorKind.organization, kinds
    assert "North West Women" not in kinds, kinds


def test_schools_by_their_stage_after_a_town_or_a_saint() -> None:
    kinds = draft_kinds("Half the pupils at Quellby High use the library, said Tom Barker.")
    assert kinds.get("Quellby High") is ActorKind.organization, kinds
    kinds = draft_kinds("Pupils at St Osric's Primary were sent home.")
    assert kinds.get("St Osric's Primary") is ActorKind.organization, kinds


def test_a_party_primary_and_a_record_high_are_no_schools() -> None:
    kinds = draft_kinds("Voters in the Democratic Primary chose Anna Berry. Shares hit a Record High on Monday.")
    assert "Democratic Primary" not in kinds, kinds
    assert "Record High" not in kinds, kinds


def test_a_firm_that_backs_a_project_is_a_firm() -> None:
    kinds = draft_kinds("The new pitch is backed by Tarnvale, and work starts in June.")
    assert kinds.get("Tarnvale") is ActorKind.organization, kinds


def test_states_persons_and_councils_that_back_something_keep_their_kinds() -> None:
    kinds = draft_kinds("The rebels are backed by Russia. The bid was backed by Anna Berry, the mayor.")
    assert kinds.get("Russia") is ActorKind.state, kinds
    assert kinds.get("Anna Berry") is ActorKind.person, kinds
    kinds = draft_kinds("The amendment was backed by Harlow and Tarnby councils.")
    assert kinds.get("Harlow") is ActorKind.place, kinds


def test_a_body_named_in_its_own_language_then_in_english_and_by_its_acronym_is_one_body() -> None:
    actors = extract_actors(
        "The grant came from Initiative Nordwald in Bayern (Initiative of the North Forest in Bavaria) (INB), "
        "which works with farmers. INB said the money would go to hedges."
    )
    bodies = [a for a in actors if a.kind is ActorKind.organization]
    assert len(bodies) == 1, [(a.name, a.aliases) for a in actors]
    names = {bodies[0].name, *bodies[0].aliases}
    assert {"Initiative of the North Forest in Bavaria", "INB", "Initiative Nordwald in Bayern"} <= names, names
    assert any(a.name == "Bavaria" and a.kind is ActorKind.place for a in actors), actors


def test_a_foundation_named_in_german_then_in_english_is_one_body() -> None:
    actors = extract_actors(
        "The grant came from Stiftung Nordwald (North Forest Foundation), which works with farmers."
    )
    assert [(a.name, a.aliases, a.kind) for a in actors] == [
        ("Stiftung Nordwald", ["North Forest Foundation"], ActorKind.organization)
    ]


def test_two_english_bodies_with_one_in_brackets_stay_two() -> None:
    actors = extract_actors("The Tarnby Trust (Harlow Foundation) gave money to the club.")
    assert {a.name for a in actors} == {"Tarnby Trust", "Harlow Foundation"}, actors


def test_a_short_surname_written_like_the_letters_of_an_fa_stays_a_persons() -> None:
    kinds = draft_kinds("The economist Tovan Fa wrote a book. Fa said it was hard.")
    assert kinds.get("Tovan Fa") is ActorKind.person, kinds


def test_a_watchdog_by_what_it_did_in_the_passive_is_a_body() -> None:
    kinds = draft_kinds("A village school has been rated outstanding by Tarnsted, the first time in its history.")
    assert kinds.get("Tarnsted") is ActorKind.organization, kinds
    kinds = draft_kinds("The firm was fined by Quellreg in 2024.")
    assert kinds.get("Quellreg") is ActorKind.organization, kinds


def test_a_person_who_inspected_something_stays_a_person() -> None:
    kinds = draft_kinds("The home was inspected by Anna Berry in May.")
    assert kinds.get("Anna Berry") is ActorKind.person, kinds


def test_a_charity_named_by_a_common_noun_and_uk_is_one_body() -> None:
    kinds = draft_kinds("Talks were under way with Age UK and Carers UK, the clerk said.")
    assert kinds.get("Age UK") is ActorKind.organization, kinds
    assert kinds.get("Carers UK") is ActorKind.organization, kinds
    assert "United Kingdom" not in kinds, kinds


def test_an_adjective_or_a_small_word_before_uk_names_no_body() -> None:
    kinds = draft_kinds("She moved to Rural UK in May. In UK news today, prices rose across Greater UK.")
    assert not any(name.endswith(" UK") for name in kinds), kinds


def test_a_body_named_by_a_rare_word_and_the_region_it_serves_is_one_body() -> None:
    kinds = draft_kinds("Healthwatch North Yorkshire, the patients' champion, said it had 120 complaints.")
    assert kinds.get("Healthwatch North Yorkshire") is ActorKind.organization, kinds


def test_a_town_before_its_region_is_no_body() -> None:
    kinds = draft_kinds("She flew from Munich Bavaria to Leeds on Monday.")
    assert kinds.get("Munich Bavaria") is not ActorKind.organization, kinds


def test_a_foreign_town_named_with_its_regions_word_is_no_body() -> None:
    kinds = draft_kinds("The unit was based at Drawsko Pomorskie in northwest Poland.")
    assert kinds.get("Drawsko Pomorskie") is not ActorKind.organization, kinds


def test_a_body_named_after_the_and_a_state_that_speaks_is_a_body() -> None:
    kinds = draft_kinds("The US Treasury said the sanctions would stay. The UK Exchequer announced a cut.")
    assert kinds.get("Treasury") is ActorKind.organization, kinds
    assert kinds.get("Exchequer") is ActorKind.organization, kinds


def test_a_town_by_what_it_has_after_its_possessive_is_a_place() -> None:
    kinds = draft_kinds("Residents fear Quellby's library will close in July.")
    assert kinds.get("Quellby") is ActorKind.place, kinds


def test_a_persons_or_a_firms_library_keeps_its_owner_no_place() -> None:
    kinds = draft_kinds("He read about Fairclough's library of books and Amazon's library of films.")
    assert kinds.get("Fairclough") is not ActorKind.place, kinds
    assert kinds.get("Amazon") is not ActorKind.place, kinds
