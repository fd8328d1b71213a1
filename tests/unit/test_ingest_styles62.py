"""A sixty-second round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a
commander after "of", a rank after a service's name, honorifics of Afghan clerics, "or" inside a body's remit,
rivers named by given names, places by their nouns (colony, crossings, plain, settlement, dam), codes of prisons,
sibling task forces by their letters, a party named after its noun, a name with an ayn, French "des", a list of
notable people, a model's code and name before its noun, a joint staff's possessive, the island a town lies on.
Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_commander_after_of_is_no_part_of_the_units_name() -> None:
    drafts = _drafts("Tanks drove the Tarvish IV Corps of Major General Ilse Varnholt back to the river.")
    assert drafts["Tarvish IV Corps"].kind is ActorKind.armed_force
    assert drafts["Ilse Varnholt"].kind is ActorKind.person
    assert "Major General Ilse Varnholt" in drafts["Ilse Varnholt"].aliases


@pytest.mark.parametrize(
    ("text", "person", "ranked"),
    [
        ("Royal Navy Commodore Ilse Varn-Tesk took command on Monday.", "Ilse Varn-Tesk", "Commodore Ilse Varn-Tesk"),
        (
            "Tarvian Army Major General Karim Tesk-Varn inspected the base.",
            "Karim Tesk-Varn",
            "Major General Karim Tesk-Varn",
        ),
    ],
)
def test_a_rank_after_a_services_name_names_the_officer_too(text: str, person: str, ranked: str) -> None:
    drafts = _drafts(text)
    assert drafts[person].kind is ActorKind.person
    assert ranked in drafts[person].aliases


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Council listed Mawlawi Abdul Karim Varzai-Tesk, a deputy, on Monday.", "Abdul Karim Varzai-Tesk"),
        ("Qari Mohammad Idris Tarkani-Oskel heads the department in Herat.", "Mohammad Idris Tarkani-Oskel"),
    ],
)
def test_an_honorific_or_a_post_before_a_name_is_no_part_of_it(text: str, person: str) -> None:
    assert _drafts(text)[person].kind is ActorKind.person


def test_a_supervisors_post_is_a_title() -> None:
    drafts = _drafts("We congratulate Supervisor of Elections Ilse Marrow-Tesk on the count.")
    assert "Supervisor of Elections Ilse Marrow-Tesk" in drafts["Ilse Marrow-Tesk"].aliases


def test_or_joins_two_qualities_of_a_bodys_remit() -> None:
    drafts = _drafts("She wrote to the UN Working Group on Enforced or Involuntary Disappearances in Geneva.")
    assert drafts["UN Working Group on Enforced or Involuntary Disappearances"].kind is ActorKind.organization
    assert "Involuntary Disappearances" not in drafts


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("The water rose on the Ravi overnight.", "Ravi"),
        ("Officials shared flood data on the Tesk and Ravi with their neighbours.", "Ravi"),
    ],
)
def test_a_given_name_after_the_is_no_person(text: str, river: str) -> None:
    draft = _drafts(text).get(river)
    assert draft is None or draft.kind is not ActorKind.person


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The town stands on the ruins of the Roman colony of Varnium, on the old road.", "Varnium"),
        ("Trade passes through the crossings of Tarvouna and Oskelba.", "Oskelba"),
        ("The bank funds irrigation in the Tarvouna plain.", "Tarvouna"),
        ("He died in the Varkhal settlement in the far north.", "Varkhal"),
        ("We climbed Goatfell and the Tarvan ridges in November.", "Tarvan"),
        ("He died in penal colony IK-9 in the far north.", "IK-9"),
        ("They are held in detention unit SIZO-4 near the port.", "SIZO-4"),
    ],
)
def test_a_place_by_its_noun(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_a_unit_named_by_letters_is_no_place() -> None:
    assert "MK-2" not in _drafts("Pilots of the unit MK-2 trained at night.")


def test_sibling_task_forces_by_their_letters() -> None:
    drafts = _drafts(
        "Combined Task Force (CTF) 150 patrols the Gulf of Oman. CTF 151 fights piracy, and CTF 153 guards the strait."
    )
    assert "CTF 151" in drafts["Combined Task Force 151"].aliases
    assert "CTF 153" in drafts["Combined Task Force 153"].aliases
    assert "Combined Task Force (CTF) 150" in drafts["Combined Task Force 150"].aliases


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The new opposition party Unity Tarvia won two seats.", "Unity Tarvia"),
        ("The ruling party Varn Forward lost its majority.", "Varn Forward"),
    ],
)
def test_a_name_after_party_is_the_partys(text: str, party: str) -> None:
    assert _drafts(text)[party].kind is ActorKind.organization


def test_a_notice_verb_opening_a_sentence_is_no_part_of_the_name() -> None:
    assert "Tarvlink" in _drafts("Check Tarvlink for updates on the border.")


def test_a_name_spelled_with_an_ayn_is_no_contraction() -> None:
    drafts = _drafts("The fort was taken by the forces of Karim ibn Sa'd in 712.")
    assert drafts["Karim ibn Sa'd"].kind is ActorKind.person


def test_french_des_inside_a_bodys_name() -> None:
    drafts = _drafts("The raid was led by the Groupement des Forces Spéciales near the border.")
    assert drafts["Groupement des Forces Spéciales"].kind is ActorKind.organization


def test_a_list_of_notable_people_is_no_heading() -> None:
    text = (
        "Tarnouk is a town in Tunisia. It has a paper mill.\n\nNotable people\n\n"
        "Ilse Varnouk-Tesk, member of the Assembly of the Representatives of the People\n"
        "Karim Oskel-Marr, commander of the Tarvish Army's 7th Mechanised Brigade\n"
    )
    drafts = _drafts(text)
    assert drafts["Ilse Varnouk-Tesk"].kind is ActorKind.person
    assert drafts["Assembly of the Representatives of the People"].kind is ActorKind.organization
    assert drafts["7th Mechanised Brigade"].kind is ActorKind.armed_force


def test_a_models_code_and_name_before_its_noun_is_no_body() -> None:
    drafts = _drafts("The division lost more than 90 M7 Varnhold and M9 Tesker tanks in the pass.")
    assert "M7" not in drafts
    assert "M9" not in drafts


def test_a_joint_staffs_possessive_owns_another_body() -> None:
    drafts = _drafts("She will next serve in the Joint Staff's Plans Directorate in Tarnby.")
    assert drafts["Joint Staff"].kind is ActorKind.organization
    assert drafts["Plans Directorate"].kind is ActorKind.organization


def test_what_a_town_lies_on_is_a_place() -> None:
    drafts = _drafts("The team visited Labasa and Tesku on Varua Levu, then flew home.")
    assert drafts["Varua Levu"].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Engineers working on the Varnu-Tesk dam were moved to safety.", "Varnu-Tesk"),
        ("The Oskelby reservoir is at its lowest level.", "Oskelby"),
    ],
)
def test_a_dam_or_a_reservoir_names_its_site(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_where_a_unit_is_based_is_a_place_though_its_last_word_is_a_family_name() -> None:
    drafts = _drafts("Soldiers of the force's Sector 4, based at Karu Sola, were accused of the killings.")
    assert drafts["Karu Sola"].kind is ActorKind.place


def test_a_world_bodys_mission_in_a_state_with_a_given_names_word() -> None:
    drafts = _drafts("He served with the United Nations Mission in Sierra Leone before he retired.")
    assert drafts["United Nations Mission in Sierra Leone"].kind is ActorKind.organization
    assert "Sierra Leone" not in drafts or drafts["Sierra Leone"].kind is not ActorKind.person


def test_a_world_bodys_force_is_named_for_where_it_serves() -> None:
    drafts = _drafts("He served with the United Nations Interim Force in Lebanon for two years.")
    assert drafts["United Nations Interim Force in Lebanon"].kind is ActorKind.armed_force
    assert "Quds Force in Syria" not in _drafts("The IRGC Quds Force in Syria was hit.")


def test_a_big_citys_programme_after_on_is_no_island() -> None:
    assert _drafts("She spoke in Tarnby and London on Quillcast.").get("Quillcast") is None or (
        _drafts("She spoke in Tarnby and London on Quillcast.")["Quillcast"].kind is not ActorKind.place
    )
