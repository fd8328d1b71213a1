"""A twenty-sixth round on the held-out styles: a mayor's post and a body's head stand for their
holders, a state's name opens a post as its adjective does, a body is named with the town it sits in,
roads are named by their codes, and a "Facility" is a body. Every example is invented; each test says
what the analyst sees in the drafts."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def test_a_mayors_post_stands_for_its_holder_with_the_town_beside_it() -> None:
    kinds = spelling_kinds(
        "The Mayor of Vellakori, Tsilavina Randrianome, asked for troops. Later the Lord Mayor of Darwin spoke."
    )
    assert kinds.get("Mayor of Vellakori") is ActorKind.person
    assert kinds.get("Tsilavina Randrianome") is ActorKind.person
    # a town the gazetteer does not know stays inside the post (known places only are named beside it)
    assert "Vellakori" not in kinds
    assert kinds.get("Lord Mayor of Darwin") is ActorKind.person


def test_the_head_of_a_body_is_a_person_and_the_body_is_named_beside_it() -> None:
    kinds = spelling_kinds(
        "The Commander of Joint Task Force 412, Brigadier Osvin Tarrant-Baye, met the Head of EUCAP Varnia "
        "and the Chair of the Coastal Security Committee."
    )
    assert kinds.get("Commander of Joint Task Force 412") is ActorKind.person
    assert kinds.get("Joint Task Force 412") is ActorKind.armed_force
    assert kinds.get("Head of EUCAP Varnia") is ActorKind.person
    assert kinds.get("Chair of the Coastal Security Committee") is ActorKind.person
    assert kinds.get("Coastal Security Committee") is ActorKind.organization
    assert kinds.get("Osvin Tarrant-Baye") is ActorKind.person


def test_a_minister_of_the_armed_forces_is_one_post() -> None:
    kinds = draft_kinds("President Haingo Rasoavelo ordered the Minister of the Armed Forces to visit the area.")
    assert kinds.get("Minister of the Armed Forces") is ActorKind.person
    assert "Armed Forces" not in kinds


def test_a_states_name_opens_the_post_after_it() -> None:
    kinds = spelling_kinds(
        "The United States Ambassador to Madagascar, Delphine Ashgrove-Tull, thanked the port authority."
    )
    assert kinds.get("United States Ambassador to Madagascar") is ActorKind.person
    assert "United States" not in kinds
    assert kinds.get("Delphine Ashgrove-Tull") is ActorKind.person


def test_a_commanders_post_may_end_with_the_task_forces_number() -> None:
    kinds = draft_kinds("Commander, Task Force 58, Capt. Orla Mennick, said the boarding went safely.")
    assert kinds.get("Commander, Task Force 58") is ActorKind.person
    assert kinds.get("Task Force 58") is ActorKind.armed_force
    assert kinds.get("Orla Mennick") is ActorKind.person


def test_a_body_is_named_with_the_town_it_sits_in() -> None:
    kinds = draft_kinds(
        "The ships reported to the Maritime Operations Centre, Port Keldra, on Monday. The wounded were flown "
        "to Halvard Barracks, Ostrow. We thank the Coastal Coordination Centre, Eyl, and the navy."
    )
    assert kinds.get("Maritime Operations Centre, Port Keldra") is ActorKind.organization
    assert kinds.get("Halvard Barracks, Ostrow") is ActorKind.place
    assert kinds.get("Coastal Coordination Centre, Eyl") is ActorKind.organization
    assert "Maritime Operations Centre" not in kinds
    # a day after the comma is no town
    assert "Operations Centre, Monday" not in draft_kinds("She called the Operations Centre, Monday, to ask.")


def test_roads_are_named_by_their_codes() -> None:
    kinds = draft_kinds(
        "Gunmen attacked a convoy on the RN9 highway near Ambarovo. Relief moved along the Tessa-Varn Road "
        "and the N218, and fighters blocked National Route 611 and the handover of the road between Ambarovo "
        "and Kelto (B31)."
    )
    for road in ("RN9", "N218", "National Route 611", "B31"):
        assert kinds.get(road) is ActorKind.place, road
    assert kinds.get("Kelto") is ActorKind.place


def test_a_models_code_is_no_road() -> None:
    kinds = draft_kinds("The team recovered 60 RPG-7 launchers, and an MQ-9A drone flew over the highway.")
    assert kinds.get("RPG-7") is not ActorKind.place
    assert kinds.get("MQ-9A") is not ActorKind.place


def test_a_fund_named_a_facility_is_a_body() -> None:
    kinds = draft_kinds("The Council will pay for the boats through the Coastal Peace Facility.")
    assert kinds.get("Coastal Peace Facility") is ActorKind.organization


def test_the_towns_a_road_runs_between_are_places() -> None:
    kinds = draft_kinds("The highway from Ambarovo to Kelto was shut, and the road to Tessport too.")
    for town in ("Ambarovo", "Kelto", "Tessport"):
        assert kinds.get(town) is ActorKind.place, town


def test_a_square_after_a_centre_is_its_address_not_its_town() -> None:
    kinds = draft_kinds("Plans are on show at the Civic Centre, Mardle Square, until Friday.")
    assert "Civic Centre, Mardle Square" not in kinds


def test_survivors_and_witnesses_named_after_the_noun_are_persons() -> None:
    kinds = draft_kinds(
        "It was over by noon. Survivors Hodan Ciise Warfaa and Faarax Gedi described the attack. "
        "Police spoke to the witness Tiavina Rakotobe at the market."
    )
    assert kinds.get("Hodan Ciise Warfaa") is ActorKind.person
    assert kinds.get("Faarax Gedi") is ActorKind.person
    assert kinds.get("Tiavina Rakotobe") is ActorKind.person
    assert not any(name.startswith("Survivors") for name in kinds)


def test_the_press_office_signing_a_release_is_a_body() -> None:
    kinds = draft_kinds(
        "The boarding team seized the cargo on Monday, said Combined Task Force 162.\n\n-30-\n\n"
        "U.S. Naval Forces Africa Public Affairs\n"
    )
    assert kinds.get("U.S. Naval Forces Africa Public Affairs") is ActorKind.organization
    assert (
        draft_kinds("Contact Tessport Command Media Operations for more.").get("Tessport Command Media Operations")
        is ActorKind.organization
    )


def test_people_with_unlisted_names_are_read_from_what_the_sentence_says() -> None:
    kinds = draft_kinds(
        "Among the villagers killed were Tsiry Randriamahefa and Lalaina Voninahitra. "
        "It ended with the death of the group's leader, Kalimpo Dumagsa. "
        "Liban Warsame Caraale of the Garowe-based Horn Policy Forum said the road was unsafe. "
        "Rosalinda Pagtalunan and Dindo Macaspac later described how the boats came."
    )
    for person in (
        "Tsiry Randriamahefa",
        "Lalaina Voninahitra",
        "Kalimpo Dumagsa",
        "Liban Warsame Caraale",
        "Rosalinda Pagtalunan",
        "Dindo Macaspac",
    ):
        assert kinds.get(person) is ActorKind.person, person


def test_a_province_named_for_its_half_is_a_place() -> None:
    kinds = draft_kinds("Fighters entered the town of Malinta, Tessaro del Sur, and moved on to Kalawag del Norte.")
    assert kinds.get("Tessaro del Sur") is ActorKind.place
    assert kinds.get("Kalawag del Norte") is ActorKind.place


def test_an_envoy_named_for_a_state_is_a_person_with_the_state_beside_him() -> None:
    kinds = draft_kinds("The United States Special Envoy for Sudan met the Special Representative for Somalia.")
    assert kinds.get("United States Special Envoy for Sudan") is ActorKind.person
    assert kinds.get("Special Representative for Somalia") is ActorKind.person
    assert "Sudan" in kinds
    assert "Somalia" in kinds


def test_a_prefects_post_stands_for_its_holder() -> None:
    kinds = spelling_kinds(
        "The Prefect of Ambovombe-Sud, Rakotobe Fanomezana, met the Governor of the Tessaro Region, Awa Ndiaye-Faye."
    )
    assert kinds.get("Prefect of Ambovombe-Sud") is ActorKind.person
    assert kinds.get("Rakotobe Fanomezana") is ActorKind.person
    assert kinds.get("Governor of the Tessaro Region") is ActorKind.person


def test_a_traditional_ruler_named_by_his_seat_is_a_person_with_the_seat_beside_him() -> None:
    kinds = spelling_kinds(
        "The truce was signed by the Lamido of Doukbara, Hamadou Sali Tessoua, and the Emir of Kano."
    )
    assert kinds.get("Lamido of Doukbara") is ActorKind.person
    assert kinds.get("Emir of Kano") is ActorKind.person
    assert kinds.get("Kano") is ActorKind.place
    assert kinds.get("Hamadou Sali Tessoua") is ActorKind.person


def test_a_road_code_after_the_and_before_where_it_leads_is_a_road() -> None:
    kinds = draft_kinds("Raiders ambushed a convoy on the RN12 near Ambalavao. Pilots flew the F-16 near the border.")
    assert kinds.get("RN12") is ActorKind.place
    assert kinds.get("F-16") is not ActorKind.place


def test_a_long_named_office_of_the_united_nations_is_one_body() -> None:
    kinds = draft_kinds(
        "Funds went to the United Nations Office for the Coordination of Humanitarian Affairs in Tessport."
    )
    assert kinds.get("United Nations Office for the Coordination of Humanitarian Affairs") is ActorKind.organization


def test_a_british_road_number_written_bare_stays_no_draft() -> None:
    kinds = draft_kinds("The A635 between Greenfield and Holmfirth was closed after the fire.")
    assert "A635" not in kinds


def test_a_place_the_gazetteer_knows_whole_is_read_over_its_of() -> None:
    kinds = spelling_kinds(
        "Drought returned to the Horn of Africa. The Special Envoy for the Horn of Africa, Ilse Marrow-Teague, "
        "visited Hargeisa."
    )
    assert kinds.get("Horn of Africa") is ActorKind.place
    assert kinds.get("Special Envoy for the Horn of Africa") is ActorKind.person
    assert "Africa" not in kinds


def test_a_commanding_generals_post_is_named_by_its_command() -> None:
    kinds = draft_kinds(
        '"We are ready," said Maj. Gen. Orrin Castellane, Commanding General, Combined Joint Task Force 7.'
    )
    assert kinds.get("Commanding General, Combined Joint Task Force 7") is ActorKind.person
    assert kinds.get("Combined Joint Task Force 7") is ActorKind.armed_force
    assert kinds.get("Orrin Castellane") is ActorKind.person


def test_the_office_of_a_post_on_a_statements_header_is_a_body() -> None:
    kinds = draft_kinds(
        "Varnia: Statement on the Talks\n\nPress Statement\n\nOffice of the Spokesperson\n\nMarch 3, 2026\n\n"
        "The United States welcomes the talks in Tessport.\n"
    )
    assert kinds.get("Office of the Spokesperson") is ActorKind.organization


def test_a_barangay_named_after_the_word_is_a_place() -> None:
    kinds = draft_kinds("Police arrested him at his home in Barangay Malitbog on Tuesday. Barangay Tukanalu was quiet.")
    assert kinds.get("Barangay Malitbog") is ActorKind.place
    assert kinds.get("Barangay Tukanalu") is ActorKind.place


def test_the_head_of_a_delegation_to_a_state_is_a_post_beside_the_delegation() -> None:
    kinds = spelling_kinds(
        "The Head of the EU Delegation to Madagascar, Ambassador Lise Vangenot-Ardal, visited Toliara."
    )
    assert kinds.get("Head of the EU Delegation to Madagascar") is ActorKind.person
    assert kinds.get("EU Delegation to Madagascar") is ActorKind.organization
    assert kinds.get("Lise Vangenot-Ardal") is ActorKind.person
