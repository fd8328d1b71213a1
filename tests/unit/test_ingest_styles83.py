"""An eighty-third round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages). Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: list(draft.aliases) for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_army_auxiliary_and_confederate_ship_prefixes_name_ships() -> None:
    drafts = draft_kind_names(
        "The landing craft USAV Tarnby Bend, the tanker RFA Quell Bay and the ironclad CSS Varnak sailed. "
        "The Federated States' patrol boat FSS Quellmoor Spirit escorted them."
    )
    assert not any(name.startswith(("USAV", "RFA", "CSS", "FSS")) for name in drafts)


def test_a_ship_named_after_a_ranked_soldier_is_no_person() -> None:
    drafts = draft_kind_names(
        "Aid was carried by the ship USNS Staff Sgt. Wendell R. Varnby-Cole and the landing craft "
        "USAV Brigadier General Emmett Quellmore."
    )
    assert "Wendell R. Varnby-Cole" not in drafts
    assert "Emmett Quellmore" not in drafts


def test_a_navy_yard_named_with_its_town_is_a_place() -> None:
    drafts = draft_kind_names(
        "After the war he served as commandant of the Boston Navy Yard and of the Dover Dockyard."
    )
    assert drafts.get("Boston Navy Yard") == "place"
    assert drafts.get("Dover Dockyard") == "place"


def test_a_league_named_with_a_title_word_stays_a_body_though_the_page_writes_league_in_lower_case() -> None:
    drafts = draft_kind_names(
        "He later chaired the rugby league side Tarnby Raiders. The Premier League has called for a regulator."
    )
    assert drafts.get("Premier League") == "organization"


def test_a_state_after_a_foreign_town_that_opens_a_list_of_parties_does_not_qualify_the_town() -> None:
    aliases = _aliases("Today in Palikir, Australia and the Federated States of Micronesia signed a partnership.")
    assert "Palikir, Australia" not in aliases.get("Palikir", [])
    assert "Australia" in aliases


def test_another_spelling_in_brackets_is_an_alias_of_the_name_before() -> None:
    aliases = _aliases(
        "Those listed include Apti Quellovich Varnaev-Tarsov (also spelled Varnayev), deputy head of the ministry."
    )
    assert "Varnayev" in aliases.get("Apti Quellovich Varnaev-Tarsov", [])
    assert "Varnayev" not in aliases


def test_an_eu_legal_act_by_its_form_and_number_is_no_body() -> None:
    drafts = draft_kind_names(
        "The legal acts, including Council Implementing Regulation (EU) 2031/1184 and Council Decision (CFSP) "
        "2031/1185, have been published. The Office of Rail Regulation was not concerned."
    )
    assert "Council Implementing Regulation" not in drafts
    assert "Council Decision" not in drafts
    assert drafts.get("Office of Rail Regulation") == "organization"


def test_a_rare_word_before_a_governors_title_is_the_land_governed() -> None:
    drafts = draft_kind_names("The minister also met Quellrae Governor Tulensa Varnis-Nena and business leaders.")
    assert drafts.get("Quellrae") == "place"
    assert drafts.get("Tulensa Varnis-Nena") == "person"


def test_a_state_after_governor_of_is_a_place() -> None:
    drafts = draft_kind_names("He met the Governor of Quellup State, Johnson Varno-Rapun, in the capital.")
    assert drafts.get("Quellup State") == "place"


def test_an_acronym_with_a_later_small_letter_of_a_word_spells_the_name() -> None:
    aliases = _aliases("It recalls the judgments of the Varnian Court of Human Rights (VCtHR). The VCtHR ruled.")
    assert "VCtHR" in aliases.get("Varnian Court of Human Rights", [])
    assert "VCtHR" not in aliases


def test_one_rare_word_in_brackets_after_a_body_is_its_other_name() -> None:
    aliases = _aliases(
        "The commander of the Belarusian National Guard (Quellgvardiya) fled. The Foreign Ministry (Ukraine) said so."
    )
    assert "Quellgvardiya" in aliases.get("Belarusian National Guard", [])
    assert "Ukraine" not in aliases.get("Foreign Ministry", [])


def test_a_units_kind_in_brackets_is_no_other_name() -> None:
    aliases = _aliases("Soldiers of the Varnian Army's 7th Transportation Brigade (Expeditionary) built the pier.")
    assert "Expeditionary" not in aliases.get("7th Transportation Brigade", [])


def test_a_bodys_remit_after_for_goes_on_to_the_acronym_that_spells_only_the_body() -> None:
    drafts = draft_kind_names(
        "Aid is handed to the UN Relief and Works Agency for Varnian Refugees (UNRWA) on the beach."
    )
    assert drafts.get("UN Relief and Works Agency for Varnian Refugees") == "organization"
    assert "UN Relief and Works Agency" not in drafts


def test_a_nickname_known_among_some_after_a_dash_is_an_alias() -> None:
    aliases = _aliases(
        'The former manager Tony Quellby-Reed - known in the dressing room as "Tank" - said players went unpaid.'
    )
    assert "Tank" in aliases.get("Tony Quellby-Reed", [])


def test_a_club_named_by_its_town_before_its_chairman_is_a_body() -> None:
    drafts = draft_kind_names(
        "The former Quellwood Town chairman was jailed. He treated Quellwood Town as a cash machine."
    )
    assert drafts.get("Quellwood Town") == "organization"


def test_a_services_auxiliary_is_a_body() -> None:
    drafts = draft_kind_names("The Royal Fleet Auxiliary sent a tanker to the island.")
    assert drafts.get("Royal Fleet Auxiliary") == "organization"


def test_a_nickname_after_nicknamed_is_an_alias_of_the_name_before() -> None:
    aliases = _aliases("Tarnby Town, nicknamed the Gulls, lost again. Chicago, known as the Windy City, is big.")
    assert "Gulls" in aliases.get("Tarnby Town", [])
    assert "Windy City" in aliases.get("Chicago", [])
    assert "Gulls" not in aliases


def test_a_hall_named_by_a_family_name_is_a_place_and_a_persons_name_stays_a_person() -> None:
    drafts = draft_kind_names("Barlow Hall at the Naval War College is named after him. Stuart Hall wrote the book.")
    assert drafts.get("Barlow Hall") == "place"
    assert drafts.get("Stuart Hall") == "person"


def test_a_waters_head_opened_by_a_given_name_after_the_is_a_place() -> None:
    drafts = draft_kind_names(
        "Most boardings happen near the Phillip Channel, a busy lane. The navy guards the Jubilee Field offshore. "
        "Sally Field won an award."
    )
    assert drafts.get("Phillip Channel") == "place"
    assert drafts.get("Jubilee Field") == "place"
    assert drafts.get("Sally Field") == "person"


def test_a_name_a_storm_flooded_or_a_visit_went_to_is_a_place() -> None:
    drafts = draft_kind_names(
        "Tropical Storm Jasper flooded Quellanga in January. The minister made a visit to Tarnavu in May."
    )
    assert drafts.get("Quellanga") == "place"
    assert drafts.get("Tarnavu") == "place"


def test_a_list_of_bodies_before_the_last_ones_acronym_is_no_one_name() -> None:
    aliases = _aliases(
        "Support is delivered with the Department of Defence, the Varnian Border Force (VBF) and the Department "
        "of Home Affairs."
    )
    assert "Department of Defence" in aliases
    assert "VBF" in aliases.get("Varnian Border Force", [])
    assert not any(", the " in name for name in aliases)


def test_a_government_of_a_state_ends_before_and_another_state() -> None:
    drafts = draft_kind_names(
        "The change was announced by the Government of Iraq and the United States. "
        "The Government of Trinidad and Tobago welcomed it."
    )
    assert drafts.get("Government of Iraq") == "organization"
    assert drafts.get("United States") == "state"
    assert drafts.get("Government of Trinidad and Tobago") == "organization"


def test_a_name_before_enclave_is_a_place() -> None:
    drafts = draft_kind_names("It will let families in the Quellusse enclave trade with the mainland.")
    assert drafts.get("Quellusse") == "place"


def test_a_labels_word_before_its_number_is_no_town() -> None:
    drafts = draft_kind_names("We urge the eight remaining Annex 2 states, including Varnia, to ratify the treaty.")
    assert "Annex" not in drafts
