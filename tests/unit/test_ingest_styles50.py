"""A fiftieth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): states
whose names hold "and", places opened by a saint's abbreviation, and a short rank inside a longer title. Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def test_a_state_whose_name_holds_and_is_one_state() -> None:
    kinds = draft_kinds("Sao Tome and Principe has asked for help to patrol its waters.")
    assert kinds.get("Sao Tome and Principe") is ActorKind.state
    assert "Principe" not in kinds


def test_a_state_with_and_stays_whole_inside_a_body_after_the() -> None:
    kinds = draft_kinds("Sailors of the Sao Tome and Principe Coast Guard boarded the trawler.")
    assert "Sao Tome and Principe Coast Guard" in kinds
    assert "Sao Tome" not in kinds


def test_a_place_opened_by_st_is_the_saint_place() -> None:
    actors = extract("Relief flights reached St Helena on Tuesday.", None, [], set(), "tag").actors
    helena = next(a for a in actors if "Saint Helena" in (a.name, *a.aliases))
    assert helena.kind is ActorKind.place


def test_a_short_rank_after_a_post_names_the_holder_with_the_rank() -> None:
    text = "He met Tarvel Border Guard Commander Brig. Gen. Oskar Vennholt-Raa in the capital."
    person = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Oskar Vennholt-Raa")
    assert "Brig. Gen. Oskar Vennholt-Raa" in person.aliases


def test_a_rank_alone_adds_no_shorter_rank() -> None:
    text = "He met Maj. Gen. Oskar Vennholt-Raa in the capital."
    person = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Oskar Vennholt-Raa")
    assert "Gen. Oskar Vennholt-Raa" not in person.aliases


def test_a_free_zone_firm_is_a_body() -> None:
    kinds = draft_kinds("The Council also listed Harbourlink Tanker Services FZE for moving the cargoes.")
    assert kinds.get("Harbourlink Tanker Services FZE") is ActorKind.organization


def test_a_joint_stock_company_is_a_body() -> None:
    kinds = draft_kinds("Sanctions were imposed on Tarvel Marine JSC after the transfers.")
    assert kinds.get("Tarvel Marine JSC") is ActorKind.organization


def test_names_before_gangs_are_gangs() -> None:
    kinds = draft_kinds("Youths linked to the Varno Boys and Quellers gangs fought for control of the port.")
    assert kinds.get("Varno Boys") is ActorKind.organization
    assert kinds.get("Quellers") is ActorKind.organization


def test_a_town_before_gangs_stays_a_town() -> None:
    kinds = draft_kinds("Violence by Chicago gangs rose sharply last year.")
    assert kinds.get("Chicago") is ActorKind.place


def test_an_arabic_body_word_keeps_a_spaced_article() -> None:
    kinds = draft_kinds("The 1990 coup attempt by the Jamaat al Tarwiyeen failed within a week.")
    assert kinds.get("Jamaat al Tarwiyeen") is ActorKind.organization
    assert "Tarwiyeen" not in kinds


def test_a_given_name_keeps_a_spaced_article() -> None:
    kinds = draft_kinds("Fighters loyal to Ahmad al Tarwiyeen fled the town.")
    assert kinds.get("Ahmad al Tarwiyeen") is ActorKind.person, kinds
    assert "Ahmad" not in kinds


def test_a_peace_mission_written_as_a_word_is_a_body() -> None:
    kinds = draft_kinds("Reinforcements for Minusca arrived in the north on Tuesday.")
    assert kinds.get("Minusca") is ActorKind.organization


def test_an_eu_operation_opened_by_its_force_is_a_body() -> None:
    kinds = draft_kinds("Troops of Eufor Tarvessa arrived at the base this week.")
    assert kinds.get("Eufor Tarvessa") is ActorKind.organization


def test_the_president_of_a_body_stands_for_the_holder() -> None:
    kinds = spelling_kinds("The President of the Tarvel Regional Council, Ilse Varn-Oskel, will chair the summit.")
    assert kinds.get("President of the Tarvel Regional Council") is ActorKind.person
    assert kinds.get("Tarvel Regional Council") is ActorKind.organization


def test_the_president_of_a_one_word_body_is_read_with_the_body() -> None:
    kinds = draft_kinds("The Vice-President of the Commission, Ilse Varn-Oskel, met the mayor.")
    assert "Vice-President of the Commission" not in kinds


def test_an_acronym_written_elsewhere_keeps_where_the_body_serves() -> None:
    text = (
        "UNOFIT said the border was calm. The general met officers of the United Nations Observer Force "
        "in Tarvelia on Monday."
    )
    kinds = draft_kinds(text)
    assert "United Nations Observer Force in Tarvelia" in kinds
    assert "United Nations Observer Force" not in kinds


def test_without_the_acronym_the_body_ends_before_in() -> None:
    text = "The general met officers of the United Nations Observer Force in Tarvelia on Monday."
    assert "United Nations Observer Force in Tarvelia" not in draft_kinds(text)


def test_a_unit_named_for_recovering_assets_is_a_body() -> None:
    kinds = draft_kinds("The Stolen Asset Recovery Unit traced the money to three banks.")
    assert kinds.get("Stolen Asset Recovery Unit") is ActorKind.organization


def test_an_arabic_particle_opens_a_town_after_a_preposition_of_place() -> None:
    kinds = draft_kinds("Shells fell near Tarvesh, Bint Qarra and Oumla overnight.")
    assert kinds.get("Bint Qarra") is ActorKind.place
    assert kinds.get("Oumla") is ActorKind.place


def test_an_arabic_particle_inside_a_persons_name_stays_his() -> None:
    kinds = draft_kinds("He met Hamad Bin Tarwan in the capital.")
    assert kinds.get("Hamad Bin Tarwan") is ActorKind.person


def test_a_short_rank_is_never_a_persons_name() -> None:
    text = (
        "He met Maj. Gen. Oskar Varnholt, Head of Mission of the Tarvel Observer Force. Later he met Tarvel "
        "Defence Forces Chief of the General Staff Lt. Gen. Ilse Quellmark in the capital."
    )
    assert "Gen" not in draft_kinds(text)


def test_a_weapons_model_code_is_no_body() -> None:
    kinds = draft_kinds("The army received Q4 Tarvok fighting vehicles and K9 Ossel tanks last year.")
    assert "Q4" not in kinds
    assert "K9" not in kinds


def test_a_forum_with_digits_before_a_meeting_stays_a_body() -> None:
    assert "G20" in draft_kinds("Leaders met at the G20 summit in Rome.")


def test_a_name_whose_subsidiary_is_named_is_a_firm() -> None:
    kinds = draft_kinds("The Council listed Tarvomar's Oskel-registered subsidiary over the tanker deals.")
    assert kinds.get("Tarvomar") is ActorKind.organization


def test_the_director_general_stands_for_the_holder() -> None:
    kinds = draft_kinds("Tarvelia thanks the Director General for the annual report on the fund.")
    assert kinds.get("Director General") is ActorKind.person


def test_the_executive_director_beside_a_name_stands_for_the_holder() -> None:
    kinds = draft_kinds("The Executive Director, Ilse Varn-Oskel, is a former naval officer.")
    assert kinds.get("Executive Director") is ActorKind.person
    assert kinds.get("Ilse Varn-Oskel") is ActorKind.person


def test_the_chief_of_the_general_staff_stands_for_the_holder() -> None:
    kinds = draft_kinds("The Chief of the General Staff told reporters the Tarvel army was ready.")
    assert kinds.get("Chief of the General Staff") is ActorKind.person


def test_members_of_a_guard_are_no_name() -> None:
    kinds = draft_kinds("Sailors and Coast Guardsmen from the Tarvel cutter boarded the dhow at dawn.")
    assert "Coast Guardsmen" not in kinds


def test_two_peoples_before_communities_less_rare_than_before() -> None:
    kinds = draft_kinds("Fighting between the Nuer and Tarvessi communities left twelve dead near the river.")
    assert kinds.get("Nuer") is ActorKind.state
    assert kinds.get("Tarvessi") is ActorKind.state


def test_a_list_of_places_ending_in_plain_words_still_lists_places() -> None:
    kinds = draft_kinds("The gangs attacked Port-au-Prince, Tarvossé and the communes of the north last week.")
    assert kinds.get("Tarvossé") is ActorKind.place


def test_a_verb_after_and_ends_no_list() -> None:
    text = "He met the Chairman of the Tarvel Senate, Oskar Varnholt-Idris, and visited the port."
    assert draft_kinds(text).get("Oskar Varnholt-Idris") is ActorKind.person


def test_a_body_with_and_and_a_branch_after_a_dash_is_one_name() -> None:
    text = "Seizures are shared with the Maritime Analysis and Patrol Centre – Firearms (MAPC-F) in Tarvik."
    kinds = draft_kinds(text)
    assert kinds.get("Maritime Analysis and Patrol Centre – Firearms") is ActorKind.organization
    assert "Firearms" not in kinds


def test_a_designated_group_with_no_group_word_is_an_armed_group() -> None:
    kinds = draft_kinds("Troops fought Abu Sayyaf near the village of Tarvel-Bonga on Sunday.")
    assert kinds.get("Abu Sayyaf") is ActorKind.armed_force


def test_a_person_named_abu_stays_a_person() -> None:
    kinds = draft_kinds("Abu Sayyaf al-Tarwani was killed in a raid on Sunday.")
    assert kinds.get("Abu Sayyaf al-Tarwani") is ActorKind.person


def test_a_half_of_a_state_named_by_two_lands_is_no_short_form_of_it() -> None:
    text = "The pact was signed by Sao Tome and Principe. Later the storm hit Principe and its fishing villages."
    names = {a.name for a in extract(text, None, [], set(), "tag").actors}
    assert "Principe" in names
