"""Round styles88 on the held-out styles (re3d's BBC, CENTCOM, DFAT, EU and Wikipedia): each test says what the
analyst sees in the drafts. Every example is invented."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "styles88").actors}


def test_a_paragraph_of_prose_with_a_records_year_and_a_songs_title_is_read() -> None:
    # a year in brackets and a quoted title made the whole paragraph a list of references
    kinds = draft_kinds(
        "The regiment's depot was at Strathaird Barracks in Oban for most of its history. Its pipe band recorded "
        "the album Pipes of the Morvern (1958) for Decca Records in London. The regimental march was "
        '"Pibroch of Donuil Dubh". Its colours and medals are held by the museum at Fort George, near Inverness.'
    )
    assert kinds.get("Decca Records") is ActorKind.organization
    assert kinds.get("Inverness") is ActorKind.place


def test_a_units_number_its_bracketed_title_and_head_word_are_one_force() -> None:
    kinds = draft_kinds(
        "The 7th (Service) Battalion, part of the 15th (Scottish) Division, was destroyed at Loos. The 10th "
        "(Argyll and Bute) Battalion served at Gallipoli. The regiment grew out of the 79th (Glenmorven) Regiment "
        "of Foot."
    )
    assert kinds.get("7th (Service) Battalion") is ActorKind.armed_force
    assert kinds.get("15th (Scottish) Division") is ActorKind.armed_force
    assert kinds.get("10th (Argyll and Bute) Battalion") is ActorKind.armed_force
    assert kinds.get("79th (Glenmorven) Regiment of Foot") is ActorKind.armed_force
    assert "Regiment of Foot" not in kinds


def test_a_bracketed_battalion_and_its_regiment_are_two_forces() -> None:
    kinds = draft_kinds("He enlisted in the 15th (Carmarthenshire) Battalion of the Welsh Regiment in 1915.")
    assert kinds.get("15th (Carmarthenshire) Battalion") is ActorKind.armed_force
    assert kinds.get("Welsh Regiment") is ActorKind.armed_force


def test_a_name_ending_in_highlanders_is_a_regiment() -> None:
    kinds = draft_kinds("The battalion fought alongside the Gordon Highlanders and the Tarnmoor Highlanders in 1897.")
    assert kinds.get("Gordon Highlanders") is ActorKind.armed_force
    assert kinds.get("Tarnmoor Highlanders") is ActorKind.armed_force


def test_one_word_with_a_plural_verb_after_who_is_a_side() -> None:
    kinds = draft_kinds(
        "The deduction would leave Vale bottom of the table, below Caldmore, who were relegated two seasons ago."
    )
    assert kinds.get("Caldmore") is ActorKind.organization
    # a town's people after "of" are no side
    kinds = draft_kinds("Aid reached the people of Tarnbridge, who were cut off by the floods, from Leeds.")
    assert kinds.get("Tarnbridge") is not ActorKind.organization


def test_a_town_that_beat_a_side_is_a_side() -> None:
    kinds = draft_kinds("Fans booked a coach to the away fixture at Nottingham, who beat Vale 31-12 in September.")
    assert kinds.get("Nottingham") is ActorKind.organization


def test_command_and_control_stays_inside_a_name() -> None:
    kinds = draft_kinds("The wing includes Airborne Command and Control Squadron 117 and two fighter squadrons.")
    assert kinds.get("Airborne Command and Control Squadron 117") is ActorKind.armed_force
    assert "Airborne Command" not in kinds


def test_a_name_before_compound_is_a_place() -> None:
    # "Kokko" is also a family name; the walled grounds say where
    kinds = draft_kinds("The Karen Border Guard Force provides armed protection to the Shwe Kokko compound.")
    assert kinds.get("Shwe Kokko") is ActorKind.place


def test_letters_spelling_a_bodys_name_up_to_its_remit_are_its_acronym() -> None:
    kinds = draft_kinds(
        "Ministers pledged support for the United Nations Relief and Works Agency for Palestine Refugees in the "
        "Near East (UNRWA). UNRWA said the funds would reach Gaza."
    )
    assert kinds.get("United Nations Relief and Works Agency for Palestine Refugees in the Near East") is (
        ActorKind.organization
    )
    assert "UNRWA" not in kinds


def test_letters_spelling_a_bodys_name_but_its_head_are_its_acronym() -> None:
    kinds = draft_kinds(
        "The Tarnland Conflict Location and Event Mapping Project (TCLEM) counted 40 attacks. TCLEM said more."
    )
    assert kinds.get("Tarnland Conflict Location and Event Mapping Project") is ActorKind.organization
    assert "TCLEM" not in kinds


def test_a_post_of_a_bank_is_no_water() -> None:
    kinds = spelling_kinds("The President of the Tarnland Investment Bank, Nadia Varo-Ortega, also took part.")
    assert kinds.get("President of the Tarnland Investment Bank") is ActorKind.person


def test_a_crowns_word_before_a_firms_plural_name_is_the_firms() -> None:
    kinds = draft_kinds("Heng Varo-Rith is the owner of Prince Harbour Holdings, which operates a casino.")
    assert kinds.get("Prince Harbour Holdings") is ActorKind.organization
    assert "Harbour Holdings" not in kinds


def test_a_gallantry_award_won_and_its_letters_are_no_actors() -> None:
    kinds = draft_kinds(
        "Piper Duncan Rath won the Victoria Cross (VC) at Loos. Colonel Ewan Lorimer was awarded the Distinguished "
        "Service Order (DSO) in 1945."
    )
    assert "VC" not in kinds
    assert "Distinguished Service Order" not in kinds
    assert kinds.get("Ewan Lorimer") is ActorKind.person


def test_a_regiments_patron_in_brackets_is_part_of_its_name() -> None:
    kinds = draft_kinds(
        "The Tarnmoor Highlanders (Lord Varnaird's Own) was a line infantry regiment. It was allied with the "
        "Canadian Scottish Regiment (Princess Mary's) from 1920."
    )
    assert kinds.get("Tarnmoor Highlanders (Lord Varnaird's Own)") is ActorKind.armed_force
    assert kinds.get("Canadian Scottish Regiment (Princess Mary's)") is ActorKind.armed_force
    assert "Varnaird" not in kinds
    assert "Mary" not in kinds


def test_a_clubs_name_without_its_letters_is_the_club() -> None:
    drafts = _drafts(
        "The rugby club Quarnby Vale RFC was founded in 1884.\n\n"
        "Championship rugby club Quarnby Vale have entered administration owing £2.7m."
    )
    club = drafts["Quarnby Vale RFC"]
    assert club.kind is ActorKind.organization
    assert "Quarnby Vale" in club.aliases
    assert "Quarnby Vale" not in drafts


def test_a_ships_name_alone_read_as_a_port_is_the_ship() -> None:
    kinds = draft_kinds(
        "The strike group includes the cruiser USS Port Hadley (CG 71). Sailors from Port Hadley later boarded a "
        "dhow near Socotra."
    )
    assert "Port Hadley" not in kinds


def test_a_name_ending_in_a_bodys_letters_is_a_body() -> None:
    kinds = draft_kinds(
        "The Josiah Varnell Carrier Strike Group (CSG) entered the area on March 4. The Josiah Varnell CSG departed "
        "Naval Station Norfolk in January."
    )
    assert kinds.get("Josiah Varnell CSG") in (ActorKind.organization, ActorKind.armed_force)


def test_a_state_after_its_countrys_possessive_is_a_place() -> None:
    kinds = draft_kinds("The compounds stand in Myanmar's Karen State and hold thousands of workers.")
    assert kinds.get("Karen State") is ActorKind.place


def test_a_name_a_side_is_relegated_from_is_a_league() -> None:
    kinds = draft_kinds("The side were relegated from the Tarnshire Alliance two seasons ago.")
    assert kinds.get("Tarnshire Alliance") is ActorKind.organization
    kinds = draft_kinds("The side were relegated from the Zorvakin last year.")
    assert kinds.get("Zorvakin") is ActorKind.organization


def test_a_bight_of_a_state_is_a_water() -> None:
    kinds = draft_kinds("Pirates attacked a tanker in the Bight of Benin on Monday.")
    assert kinds.get("Bight of Benin") is ActorKind.place
    assert "Bight" not in kinds


def test_a_bracketed_part_of_an_amending_instruments_title_is_no_actor() -> None:
    kinds = draft_kinds(
        "The sanctions are imposed under the Autonomous Sanctions (Thematic Sanctions) Amendment Regulations 2024 "
        "for serious violations of human rights."
    )
    assert "Thematic Sanctions" not in kinds
