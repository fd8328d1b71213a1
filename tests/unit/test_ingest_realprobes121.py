"""Round realprobes121 (batch en121): rules found on invented pages from Canada, Ireland, Australia, South Africa,
Nigeria and India (a council vote, an inquest, obituaries, club rugby, a GAA final, a rights issue, an arsenic study,
a credit union merger, a reef survey)."""

from __future__ import annotations

from dossier.ingest.bylines import byline_drafts
from dossier.ingest.mentions import ActorIndex
from tests.unit.ingest_helpers import draft_kind_names as _kinds


def test_a_family_name_after_a_quoted_nickname_is_not_a_relatives() -> None:
    kinds = _kinds(
        'Leonard James "Dusty" Varnack, who died at Quellton on Sunday, was a drover. '
        "He was the eldest son of Jim and Edna Varnack."
    )
    assert kinds.get("Leonard James Varnack") == "person"
    assert kinds.get("Edna Varnack") == "person"
    assert not [name for name in kinds if "Edna" in name and "Leonard" in name]


def test_a_town_a_school_is_named_after_stays_a_town() -> None:
    kinds = _kinds(
        "Tarrowgal's favourite son has died. Born in Tarrowgal in 1940, he left Tarrowgal Consolidated School "
        "at 14 and later drank at the Tarrowgal Hotel."
    )
    assert kinds.get("Tarrowgal") == "place"
    assert kinds.get("Tarrowgal Consolidated School") == "organization"


def test_a_peoples_adjective_before_an_awards_nights_field_is_no_state() -> None:
    kinds = _kinds("In 2010 she received a lifetime award at the Kenyan Music Awards in Nairobi.")
    assert "Kenya" not in kinds


def test_a_peoples_adjective_and_a_landform_after_in_are_a_town() -> None:
    kinds = _kinds("Members did not want to lose the branch in Indian Head or in Quellcarres, she said.")
    assert kinds.get("Indian Head") == "place"
    assert "India" not in kinds


def test_a_trumpeter_and_a_vocalist_named_after_their_instrument_are_persons() -> None:
    kinds = _kinds('"He never charged us," said trumpeter Lindo Qwabeni. The band also had vocalist Thembe Varsi.')
    assert kinds.get("Lindo Qwabeni") == "person"
    assert kinds.get("Thembe Varsi") == "person"


def test_a_wife_named_after_the_years_of_their_marriage_is_a_person() -> None:
    kinds = _kinds("He is survived by his wife of 58 years, Quenelda, and their three sons.")
    assert kinds.get("Quenelda") == "person"


def test_an_australian_farewell_heading_an_obituary_is_no_name() -> None:
    kinds = _kinds("Vale Merv Tarrangower: drover, footballer, Quellton's best\n\nHe was 84.")
    assert not [name for name in kinds if name.startswith("Vale")]
    assert kinds.get("Vale Park", "place") == "place"


def test_an_areas_coroner_is_a_post_not_a_person() -> None:
    kinds = _kinds("The Quellshire Coroner, Dr Anwen Tarrock, heard that divers searched the harbour.")
    assert "Quellshire Coroner" not in kinds
    assert kinds.get("Anwen Tarrock") == "person"


def test_a_venue_named_in_the_possessive_after_at_is_a_place() -> None:
    kinds = _kinds("In London he played at Ronnie Varnell's with the saxophonist Tandi Qomo.")
    assert kinds.get("Ronnie Varnell's") == "place"
    assert "Ronnie Varnell" not in kinds


def test_a_lounge_a_record_label_and_indias_blocks() -> None:
    kinds = _kinds(
        "He recorded two albums for the Qwelani label and opened the Tarrikies Lounge in Jabavu. "
        "Wells in the Chakvarna and Harinqata blocks were tested."
    )
    assert kinds.get("Qwelani") == "organization"
    assert kinds.get("Tarrikies Lounge") == "place"
    assert kinds.get("Chakvarna") == "place"
    assert kinds.get("Harinqata") == "place"


def test_a_canadian_wires_dateline_names_the_town_and_the_province() -> None:
    kinds = _kinds("REGINA, SK, Dec. 1, 2026 /QuellWire/ - Members of two credit unions voted to merge.")
    assert kinds.get("Regina") == "place"
    assert kinds.get("Saskatchewan") == "place"
    assert "SK" not in kinds
    assert "REGINA" not in kinds


def test_a_nations_exchange_is_a_body_not_its_state() -> None:
    kinds = _kinds("The miller said in a filing on the Nigerian Exchange on Monday that the offer was open.")
    assert kinds.get("Nigerian Exchange") == "organization"
    assert "Nigeria" not in kinds


def test_a_regional_municipality_is_a_council_and_a_pier_a_place() -> None:
    kinds = _kinds(
        "Cape Quell Regional Municipality council voted 11-4 on Tuesday. "
        "The old garage in Whitney Pier was held together with tape."
    )
    assert kinds.get("Cape Quell Regional Municipality") == "organization"
    assert kinds.get("Whitney Pier") == "place"


def test_a_towns_transit_service_is_a_body() -> None:
    assert _kinds("Buses run by Transit Windsor were late again on Monday.").get("Transit Windsor") == "organization"


def test_a_faculty_of_two_fields_is_whole_and_a_second_and_opens_another_body() -> None:
    kinds = _kinds(
        "Professor Ilse Varnow of the College of Science and Engineering said the survey was funded by the "
        "Department of Science and Technology and Quellan Aid, with field help."
    )
    assert kinds.get("College of Science and Engineering") == "organization"
    assert kinds.get("Department of Science and Technology") == "organization"
    assert not [name for name in kinds if name.endswith("Quellan Aid") and name.startswith("Department")]


def test_a_lender_without_its_credit_union_is_the_lender() -> None:
    kinds = _kinds(
        "Members of Prairie Quellmoor Credit Union voted to merge. "
        "Ilse Varnock, chief executive of Prairie Quellmoor, said no branch would close."
    )
    assert kinds.get("Prairie Quellmoor Credit Union") == "organization"
    assert "Prairie Quellmoor" not in kinds


def test_a_byline_of_an_outlets_letters_and_its_town_is_no_person() -> None:
    drafts = byline_drafts(
        "Kirra Tarrowbee · NQB Quellsville · Posted Thu", "Quell Broadcaster", [], ActorIndex([]), frozenset(), set()
    )
    kinds = {draft.name: str(draft.kind) for draft in drafts}
    assert kinds.get("Kirra Tarrowbee") == "person"
    assert "NQB Quellsville" not in kinds


def test_a_reporter_at_the_ground_with_a_gaelic_family_name() -> None:
    drafts = byline_drafts(
        "Eoghan Mac Tarnaill at Quellhale Park · Sun 29 Nov 2026",
        "Western Quell",
        [],
        ActorIndex([]),
        frozenset(),
        set(),
    )
    assert {draft.name: str(draft.kind) for draft in drafts}.get("Eoghan Mac Tarnaill") == "person"


def test_a_town_before_and_a_place_after_between_is_a_place() -> None:
    kinds = _kinds("The institute surveyed 86 reefs between Quellytown and the Torres Strait from August.")
    assert kinds.get("Quellytown") == "place"


def test_a_side_named_with_valley_that_beat_another_is_a_club() -> None:
    assert _kinds("Rovers beat Quell Valley 2-1 on Saturday.").get("Quell Valley") == "organization"


def test_a_title_named_as_the_journal_is_media_even_with_an_ampersand() -> None:
    kinds = _kinds("The study, published in the journal Quellwater Science & Tarn Letters, tested 1,460 wells.")
    assert kinds.get("Quellwater Science & Tarn Letters") == "media"


def test_the_sides_of_a_results_line_and_of_a_fixture_table_are_clubs() -> None:
    kinds = _kinds(
        "County final: Quellmeena 1-11 Tarntubber 0-12\n"
        "Results\n| Home | Score | Away |\n|---|---|---|\n| Varnwood Gladiators | 22-30 | Quellset Saints |\n"
    )
    assert kinds.get("Quellmeena") == "organization"
    assert kinds.get("Tarntubber") == "organization"
    assert kinds.get("Varnwood Gladiators") == "organization"
    assert kinds.get("Quellset Saints") == "organization"


def test_given_names_listed_after_children_are_persons() -> None:
    kinds = _kinds("He is survived by his wife, Quenelda, and children Kevin, Sharon and Tarquin.")
    assert kinds.get("Kevin") == "person"
    assert kinds.get("Sharon") == "person"


def test_a_side_named_by_its_standing_after_beat_is_a_club() -> None:
    kinds = _kinds("Tarnberg Quins beat log leaders Quell Valley 27-24 at Parow on Saturday.")
    assert kinds.get("Quell Valley") == "organization"


def test_a_name_listed_after_a_firm_with_letters_inside_its_name_is_a_firm() -> None:
    kinds = _kinds("Stanquell IBTC Capital and Chapel Tarn Denham are joint issuing houses for the offer.")
    assert kinds.get("Chapel Tarn Denham") == "organization"
