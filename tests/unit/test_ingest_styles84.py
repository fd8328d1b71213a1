"""An eighty-fourth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages). Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: list(draft.aliases) for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_firm_named_like_a_person_is_a_firm_when_its_shares_move() -> None:
    drafts = draft_kind_names(
        "Amos Quellbury has told pharmacies it will cut deliveries. Quellbury said demand was high. "
        "Quellbury shares fell 3% in New York."
    )
    assert drafts.get("Amos Quellbury") == "organization"


def test_a_person_who_shares_his_view_stays_a_person() -> None:
    drafts = draft_kind_names("Amos Quellbury shares the view of his party, he said.")
    assert drafts.get("Amos Quellbury") == "person"


def test_a_name_opened_by_a_capital_son_of_is_one_person() -> None:
    drafts = draft_kind_names("The geographer Ibn Quellan described the town. He met Ibn Varnuq in Mosul.")
    assert drafts.get("Ibn Quellan") == "person"
    assert drafts.get("Ibn Varnuq") == "person"
    assert "Quellan" not in drafts


def test_a_capital_bin_before_a_common_noun_opens_no_name() -> None:
    drafts = draft_kind_names("Bin collections in Leeds were cut.")
    assert not any(name.startswith("Bin") for name in drafts)


def test_a_ruler_by_name_and_regnal_number_is_a_person() -> None:
    drafts = draft_kind_names("Under his son Tarvish I, the emirate took Tarnuq. Quellid III fled to the hills.")
    assert drafts.get("Tarvish I") == "person"
    assert drafts.get("Quellid III") == "person"


def test_a_rulers_epithet_after_his_number_is_part_of_his_name() -> None:
    drafts = draft_kind_names(
        "The emir forced Ashvar III the Merciful and Quellid II the Bulgar-Slayer to pay tribute."
    )
    assert drafts.get("Ashvar III the Merciful") == "person"
    assert drafts.get("Quellid II the Bulgar-Slayer") == "person"
    assert "Merciful" not in drafts


def test_a_phase_or_a_weapons_mark_in_roman_figures_is_no_ruler() -> None:
    drafts = draft_kind_names(
        "Phase II of the plan began. Jets dropped GBU-12 Paveway II bombs. When Ahmed I met him, he left."
    )
    assert all(kind != "person" for kind in drafts.values())


def test_a_realm_named_by_its_form_is_a_state() -> None:
    drafts = draft_kind_names("He served the Quellid Caliphate before the Sultanate of Tarnuq rose.")
    assert drafts.get("Quellid Caliphate") == "state"
    assert drafts.get("Sultanate of Tarnuq") == "state"


def test_a_ruling_house_named_before_dynasty_is_a_body_with_its_word() -> None:
    drafts = draft_kind_names("The Quellid dynasty ruled the coast until 1062.")
    assert drafts.get("Quellid dynasty") == "organization"


def test_a_dynasty_after_a_is_no_house_named() -> None:
    drafts = draft_kind_names("It was a Tarnuqite dynasty that ruled the coast.")
    assert "Tarnuqite dynasty" not in drafts


def test_a_ruling_house_in_the_plural_is_a_body() -> None:
    drafts = draft_kind_names("The emir took the town from the Tarnuqids and lost ground to the Quellads.")
    assert drafts.get("Tarnuqids") == "organization"
    assert drafts.get("Quellads") == "organization"


def test_a_survey_named_by_its_science_is_a_body_with_its_land() -> None:
    drafts = draft_kind_names("Follow the advice of the Volcanological Survey of Tarnia and local authorities.")
    assert drafts.get("Volcanological Survey of Tarnia") == "organization"


def test_a_survey_named_by_what_it_counts_is_no_body() -> None:
    drafts = draft_kind_names("The National Household Survey found that 40% of families were poor.")
    assert "National Household Survey" not in drafts


def test_a_forces_craft_in_the_plural_is_no_part_of_the_force() -> None:
    drafts = draft_kind_names("Tarnish Air Force Kestrels from the airbase provided overwatch.")
    assert drafts.get("Tarnish Air Force") == "armed_force"
    assert "Tarnish Air Force Kestrels" not in drafts


def test_a_forces_people_in_the_plural_stay_with_the_force() -> None:
    drafts = draft_kind_names("U.S. Army Rangers raided the compound.")
    assert "U.S. Army Rangers" in drafts


def test_a_word_doubled_with_a_hyphen_stays_whole_in_a_name() -> None:
    drafts = draft_kind_names(
        "Following the eruption of Mount Lewotobi Laki-laki in East Nusa Tenggara, flights were cut."
    )
    assert drafts.get("Mount Lewotobi Laki-laki") == "place"


def test_a_command_named_with_a_dash_and_its_state_is_one_force_with_its_acronym() -> None:
    aliases = _aliases("The strikes were planned with the Tarnish Operations Command – Iraq (TOC-I) and others.")
    assert "TOC-I" in aliases.get("Tarnish Operations Command – Iraq", [])
    assert (
        draft_kind_names("He led the Tarnish Operations Command – Iraq.").get("Tarnish Operations Command – Iraq")
        == "armed_force"
    )


def test_a_health_board_named_for_two_areas_is_one_body() -> None:
    drafts = draft_kind_names("In Scotland, NHS Tarnmoor and Quell said it had paused new referrals.")
    assert drafts.get("NHS Tarnmoor and Quell") == "organization"


def test_a_nation_after_and_is_no_area_of_a_board() -> None:
    drafts = draft_kind_names("Rules differ for NHS England and Wales.")
    assert "NHS England and Wales" not in drafts


def test_a_states_programme_of_awards_is_a_body_not_the_state() -> None:
    drafts = draft_kind_names("Australia will provide $9.5 million over four years through the Australia Awards.")
    assert drafts.get("Australia Awards") == "organization"


def test_a_town_taken_from_a_named_other_or_conquered_is_a_place() -> None:
    drafts = draft_kind_names("The emir took Tarnuq from the Quellids. The sultan conquered Varnesh in 1071.")
    assert drafts.get("Tarnuq") == "place"
    assert drafts.get("Varnesh") == "place"


def test_a_rare_peoples_adjective_before_the_men_it_fields_is_a_people() -> None:
    drafts = draft_kind_names("He was a Tarnuqite soldier. The army was led by Quellese infantry.")
    assert drafts.get("Tarnuqite") == "state"
    assert drafts.get("Quellese") == "state"


def test_two_names_which_sell_are_firms() -> None:
    drafts = draft_kind_names("Tarvex and Quellmore, which sell the drug online, said customers would not be affected.")
    assert drafts.get("Tarvex") == "organization"
    assert drafts.get("Quellmore") == "organization"


def test_who_publishes_a_book_is_a_body() -> None:
    drafts = draft_kind_names("His memoir, Cielo de Plomo (2012), was published by Editorial Quellmar.")
    assert drafts.get("Editorial Quellmar") == "organization"


def test_a_things_mark_or_a_bodys_short_name_in_roman_figures_is_no_ruler() -> None:
    drafts = draft_kind_names(
        "The ministry asked for a replacement for the Quellbird III drone. "
        "He commanded the 1st Fleet Command (Tarnmada I) for two years."
    )
    assert drafts.get("Quellbird III") != "person"
    assert drafts.get("Tarnmada I") != "person"
