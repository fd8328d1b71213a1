"""Ingest on English web pages after the thirty-seventh batch of real probes (issue 15).

A party's acronym in brackets between its name and "party"; a member's seat before "MP"; a name ended by
"Jr." or "Sr."; a body's name owning the post in an apposition ("the NCA's operations manager"); firms
described by the service they sell. Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_partys_acronym_between_its_name_and_party_leaves_the_name_a_body() -> None:
    extraction = extract(
        "Deputies from the Order and Civic Work (PoP) party voted against the plan.", None, [], set(), "t32"
    )
    drafts = {draft.name: draft for draft in extraction.actors}
    assert drafts["Order and Civic Work"].kind is ActorKind.organization, drafts
    assert "PoP" in drafts["Order and Civic Work"].aliases, drafts
    assert "PoP" not in drafts, drafts


def test_a_party_with_its_acronym_in_brackets_opening_a_sentence_is_one_body() -> None:
    kinds = draft_kinds("The Civic Renewal (CRP) party walked out of the chamber on Tuesday.")
    assert kinds.get("Civic Renewal") is ActorKind.organization, kinds


def test_a_seat_before_mp_is_a_place_and_the_member_a_person() -> None:
    kinds = draft_kinds("Castlebury MP Sam Tellwright said he had written to the ministry.")
    assert kinds.get("Castlebury") is ActorKind.place, kinds
    assert kinds.get("Sam Tellwright") is ActorKind.person, kinds


def test_a_seat_opened_by_a_title_word_is_no_titled_person() -> None:
    kinds = draft_kinds("Bishop Harwood MP Sam Tellwright said he had written to the ministry.")
    assert kinds.get("Bishop Harwood") is ActorKind.place, kinds
    assert "Harwood" not in kinds, kinds


def test_the_seat_of_the_mp_after_the_is_a_place() -> None:
    kinds = draft_kinds("Speaking later, the Stoke Malden MP said the plan was flawed.")
    assert kinds.get("Stoke Malden") is ActorKind.place, kinds


def test_a_party_or_an_ordinary_word_before_mp_is_no_seat() -> None:
    kinds = draft_kinds("Labour MP Ada Quillon and Local MP Sam Tellwright said no.")
    assert "Labour" not in kinds or kinds["Labour"] is ActorKind.organization, kinds
    assert "Local" not in kinds, kinds
    assert kinds.get("Sam Tellwright") is ActorKind.person, kinds


def test_a_member_with_letters_after_her_name_stays_a_person() -> None:
    kinds = draft_kinds("Julie Varncombe MP said she had written to the council.")
    assert kinds.get("Julie Varncombe") is ActorKind.person, kinds


def test_a_name_ended_by_jr_is_a_person() -> None:
    kinds = draft_kinds("Quentin Harlowe Jr. and his cousin ran the yard until 1990.")
    assert kinds.get("Quentin Harlowe Jr") is ActorKind.person, kinds


def test_a_title_word_inside_a_name_ended_by_sr_is_still_a_person() -> None:
    kinds = draft_kinds("The court heard from Harold Bishop Sr. The hearing was adjourned.")
    assert kinds.get("Harold Bishop Sr") is ActorKind.person, kinds


def test_a_bodys_name_owning_the_post_in_an_apposition_makes_a_person() -> None:
    kinds = draft_kinds("Alaric Bewsey, the NCA's operations manager, said the seizure was large.")
    assert kinds.get("Alaric Bewsey") is ActorKind.person, kinds


def test_a_firm_described_by_the_service_it_sells_is_a_body() -> None:
    kinds = draft_kinds("Dunmore Haulage, a Derby-based haulier, said the route was closed.")
    assert kinds.get("Dunmore Haulage") is ActorKind.organization, kinds
    kinds = draft_kinds("Tarnwell Ecology, the consultancy which surveyed the site, said work could start.")
    assert kinds.get("Tarnwell Ecology") is ActorKind.organization, kinds


def test_a_town_before_area_is_a_place() -> None:
    kinds = draft_kinds("A 58-year-old man from the Pennock area was arrested on Monday.")
    assert kinds.get("Pennock") is ActorKind.place, kinds


def test_a_firm_before_area_manager_is_no_place() -> None:
    kinds = draft_kinds("Tarvex area manager Jo Pellow said the stores would stay open.")
    assert kinds.get("Tarvex") is not ActorKind.place, kinds
    assert kinds.get("Jo Pellow") is ActorKind.person, kinds


def test_a_name_after_a_worker_noun_and_a_comma_is_a_person() -> None:
    kinds = draft_kinds("The club thanked its groundsman, Alaric Bewsey, for a perfect pitch.")
    assert kinds.get("Alaric Bewsey") is ActorKind.person, kinds


def test_a_name_after_a_cricketers_role_is_a_person() -> None:
    kinds = draft_kinds(
        "Tarnby were bowled out for 140. The off-spinner Alaric Bewsey took five for 31 and the batsman "
        "Corwin Tellby made 60 as the side won by six wickets."
    )
    assert kinds.get("Alaric Bewsey") is ActorKind.person, kinds


def test_a_foreign_name_after_a_peoples_adjective_is_a_person() -> None:
    kinds = draft_kinds("The Kenyan Otieno Wambuvi won the race in record time.")
    assert kinds.get("Otieno Wambuvi") is ActorKind.person, kinds
    assert kinds.get("Kenya") is ActorKind.state, kinds


def test_a_firm_after_a_peoples_adjective_stays_a_body() -> None:
    kinds = draft_kinds("The Varnish Tarnby Holdings said profits rose.")
    assert "Tarnby Holdings" not in kinds or kinds["Tarnby Holdings"] is ActorKind.organization, kinds
    assert not any(kind is ActorKind.person for kind in kinds.values()), kinds


def test_a_known_firm_written_with_a_small_first_letter_is_a_body() -> None:
    kinds = draft_kinds("The signed programmes went on sale on eBay within hours of the match.")
    assert kinds.get("eBay") is ActorKind.organization, kinds


def test_bodies_listed_after_groups_including_are_bodies() -> None:
    kinds = draft_kinds("Environmental groups including Tarnwatch said they would appeal against the permit.")
    assert kinds.get("Tarnwatch") is ActorKind.organization, kinds


def test_the_welsh_parliament_by_its_own_name_is_a_body() -> None:
    kinds = draft_kinds("Campaigners said the Senedd should look again at the licensing rules.")
    assert kinds.get("Senedd") is ActorKind.organization, kinds


def test_a_site_before_its_power_station_is_a_place() -> None:
    kinds = draft_kinds("The loan covers two new reactors at the Tarnovany nuclear power station.")
    assert kinds.get("Tarnovany") is ActorKind.place, kinds


def test_a_firm_before_power_station_workers_stays_a_body() -> None:
    kinds = draft_kinds("Tarn Energy power station workers walked out on Friday.")
    assert kinds.get("Tarn Energy") is ActorKind.organization, kinds


def test_a_name_right_after_a_towns_based_is_a_body() -> None:
    kinds = draft_kinds("Groups including the Brno-based Ochrana Lesu said they would appeal.")
    assert kinds.get("Ochrana Lesu") is ActorKind.organization, kinds


def test_a_person_after_a_towns_based_stays_a_person() -> None:
    kinds = draft_kinds("The London-based Jo Tarrant said she would appeal.")
    assert kinds.get("Jo Tarrant") is ActorKind.person, kinds


def test_a_firm_without_its_legal_ending_is_the_same_firm() -> None:
    extraction = extract(
        "His firm, Tarnby Skips Ltd, was fined. The rubble came from a house Tarnby Skips had been paid to clear.",
        None,
        [],
        set(),
        "t32",
    )
    kinds = {draft.name: draft.kind for draft in extraction.actors}
    assert kinds.get("Tarnby Skips Ltd") is ActorKind.organization, kinds
    assert "Tarnby Skips" not in kinds, kinds


def test_one_word_after_a_markets_rival_is_a_firm() -> None:
    kinds = draft_kinds("Payvale raised money last year, and Swedish rival Quellbolaget has expanded into Britain.")
    assert kinds.get("Quellbolaget") is ActorKind.organization, kinds


def test_a_persons_rival_is_no_firm() -> None:
    kinds = draft_kinds("His rival Quellmore won the seat by 40 votes.")
    assert kinds.get("Quellmore") is not ActorKind.organization, kinds


def test_the_seat_after_mp_for_is_a_place() -> None:
    kinds = draft_kinds("The Labour MP for Brenmouth, Nia Vellacott, said she would vote against.")
    assert kinds.get("Brenmouth") is ActorKind.place, kinds
    assert kinds.get("Nia Vellacott") is ActorKind.person, kinds


def test_the_seat_after_member_for_is_a_place_and_a_party_is_not() -> None:
    kinds = draft_kinds("The independent member for Wentley, Priya Castellino, voted for the bill.")
    assert kinds.get("Wentley") is ActorKind.place, kinds
    kinds = draft_kinds("He was a member for Labour until 2010.")
    assert kinds.get("Labour") is not ActorKind.place, kinds


def test_where_passengers_were_flown_to_is_a_place() -> None:
    kinds = draft_kinds("Passengers were flown to Quellorca on a replacement aircraft.")
    assert kinds.get("Quellorca") is ActorKind.place, kinds


def test_a_name_after_a_states_possessive_is_a_person() -> None:
    kinds = draft_kinds(
        "In the doubles final, Tarnland's Marnie Quellaran and Japan's Haruka Tsunemaki beat the seeds."
    )
    assert kinds.get("Haruka Tsunemaki") is ActorKind.person, kinds
    assert kinds.get("Japan") is ActorKind.state, kinds


def test_a_radio_station_in_apposition_is_an_outlet() -> None:
    kinds = draft_kinds(
        "The shop hosts an open mic with WQRT, the radio station that has broadcast the show since 1925."
    )
    assert kinds.get("WQRT") is ActorKind.media, kinds


def test_a_carrier_in_apposition_is_a_firm_but_an_aircraft_carrier_is_not() -> None:
    kinds = draft_kinds("Riverbend Haulage, a Madison-based carrier, handles 60 parcels a week.")
    assert kinds.get("Riverbend Haulage") is ActorKind.organization, kinds
    kinds = draft_kinds("The Tarnwell Star, an aircraft carrier, docked on Monday.")
    assert kinds.get("Tarnwell Star") is not ActorKind.organization, kinds
