"""Round realprobes129 (a short fix-up round, no new batch): rules for what the last rounds left on the real probes
(firms named after their founders, aircraft and landform names, a team's nickname, a band against a venue's word)."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names as _kinds


def _aliases(text: str) -> dict[str, list[str]]:
    """Each draft's aliases, by the draft's name."""
    return {draft.name: draft.aliases for draft in extract(text, None, [], set(), "t", language="en").actors}


def test_a_founders_firm_that_says_after_the_race_that_it_will_act_is_the_firm() -> None:
    text = (
        "Pickering Motorsport was founded by Ewan Pickering in 1991. The team ran two hatchbacks this year. "
        "Pickering said after the race that it would enter three cars next season."
    )
    aliases = _aliases(text)
    assert "Pickering" not in aliases.get("Ewan Pickering", [])


def test_a_contractor_without_its_services_is_the_same_firm() -> None:
    text = (
        "Cleaners employed by Quarmby Facilities Services walked out on Monday. Quarmby Facilities, a subsidiary "
        "of a Belgian group, won the contract in May. Quarmby Facilities was founded by Norah Quarmby in 1979. "
        "Quarmby said it would not reopen talks."
    )
    kinds = _kinds(text)
    assert "Quarmby Facilities" not in kinds
    assert kinds.get("Quarmby Facilities Services") == "organization"
    assert "Quarmby" not in _aliases(text).get("Norah Quarmby", [])


def test_the_place_a_vessel_is_named_for_is_no_draft() -> None:
    kinds = _kinds(
        "The routes will be flown by the airline's turboprops, including one named Spirit of Quellmouth, delivered "
        "in March. Images of the Spirit of Eden can be downloaded. The ferry Pride of Hull sailed late."
    )
    assert "Quellmouth" not in kinds
    assert "Eden" not in kinds
    assert "Hull" not in kinds


def test_a_trough_of_the_hills_is_one_place() -> None:
    kinds = _kinds("Cyclists climbed through the Trough of Quellby on Sunday before the descent to Tarnbridge.")
    assert kinds.get("Trough of Quellby") == "place"
    assert "Quellby" not in kinds


def test_a_teams_plural_nickname_before_who_is_the_team() -> None:
    kinds = _kinds(
        "Varnholm Falcons beat the favourites Quellpoint Gaming 3-2 in the grand final on Sunday. The Falcons, who "
        "are part-owned by the investment firm Tarnbrook Capital, qualified through the regional league."
    )
    assert kinds.get("Varnholm Falcons") == "organization"
    assert kinds.get("Falcons", "organization") == "organization"


def test_a_band_or_a_firm_in_the_description_after_a_name_beats_a_venues_word_in_it() -> None:
    kinds = _kinds(
        "Velvet Harbour, the Leeds four-piece fronted by Ada Lune, will headline on the Friday. Copper Quay, a "
        "Bristol brewery, will run the bar. Tarnby Harbour, the town's busiest port, will be closed."
    )
    assert kinds.get("Velvet Harbour") == "organization"
    assert kinds.get("Copper Quay") == "organization"
    assert kinds.get("Tarnby Harbour") == "place"


def test_a_saints_name_in_the_possessive_alone_is_a_church() -> None:
    kinds = _kinds(
        "The oratorio returns to St Quellan's as three choirs join forces. Ada Lune became vicar of St Varna's, "
        "Tarnby, in 2019."
    )
    assert kinds.get("St Quellan's") == "place"
    assert kinds.get("St Varna's") == "place"


def test_the_maker_of_a_work_performed_in_the_possessive_is_a_person() -> None:
    kinds = _kinds(
        "Singers from three choirs will perform Varnholt's Requiem at the abbey on Saturday, and the season opens "
        "with a new production of Quellini's La fiamma."
    )
    assert kinds.get("Varnholt") == "person"
    assert kinds.get("Quellini") == "person"


def test_a_name_ending_in_aid_is_a_charity_but_a_kind_of_help_is_none() -> None:
    kinds = _kinds(
        "Christian Aid and the Tarnby Food Bank will hold a joint service. Donations went to Quellmoor Flood Aid "
        "this winter. Cuts to Legal Aid were criticised."
    )
    assert kinds.get("Christian Aid") == "organization"
    assert kinds.get("Quellmoor Flood Aid") == "organization"
    assert "Legal Aid" not in kinds


def test_a_rail_operator_by_its_word_rail_is_a_firm() -> None:
    kinds = _kinds("Quellan Rail suspended all trains between the two towns after a landslide on Tuesday.")
    assert kinds.get("Quellan Rail") == "organization"


def test_a_local_paper_named_courant_or_mercury_is_media() -> None:
    kinds = _kinds(
        "Photo: Quellham Courant/Ada Lune. The Tarndale Mercury reported the result on Monday. Ada Mercury sang."
    )
    assert kinds.get("Quellham Courant") == "media"
    assert kinds.get("Tarndale Mercury") == "media"
    assert kinds.get("Ada Mercury") == "person"


def test_a_rally_team_by_its_word_rallying_is_a_firm() -> None:
    kinds = _kinds("Ada Lune and Sian Dacre were second in a car entered by Quellby Valley Rallying on Sunday.")
    assert kinds.get("Quellby Valley Rallying") == "organization"
