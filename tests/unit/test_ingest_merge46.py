"""Mends made while merging the rounds realread47-49 and reallang45-46 (invented sentences)."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    ("sentence", "party", "leader"),
    [
        (
            "In Tremmia, the Workers' Party of Luiz Quellado da Varna won the mayoral race.",
            "Workers' Party",
            "Luiz Quellado da Varna",
        ),
        ("The Labour Party of Keir Varnsby won a large majority.", "Labour Party", "Keir Varnsby"),
        (
            "The Movement for Tremmic Change of Morgan Quellwe boycotted the vote.",
            "Movement for Tremmic Change",
            "Morgan Quellwe",
        ),
    ],
)
def test_a_party_named_by_its_leader_after_of_is_two_actors(sentence: str, party: str, leader: str) -> None:
    drafts = draft_kind_names(sentence)
    assert drafts.get(party) == "organization"
    assert drafts.get(leader) == "person"


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("The Communist Party of China met in Beijing.", "Communist Party of China"),
        ("The People's Party of Sierra Leone met in Freetown.", "People's Party of Sierra Leone"),
    ],
)
def test_a_party_of_a_state_keeps_its_state_in_its_name(sentence: str, party: str) -> None:
    assert draft_kind_names(sentence).get(party) == "organization"


def test_a_firms_letters_before_its_name_are_no_persons_initial() -> None:
    # "PT", Indonesia's form of a company, is two capitals: an initial is one letter ("K Tarnappa Rao")
    drafts = draft_kind_names("PT Varnang Quellah closed at $15.575 per GDR in London on Friday.")
    assert drafts.get("PT Varnang Quellah") != "person"


def test_a_place_before_for_and_a_firm_is_no_firm_named_for_its_trade() -> None:
    drafts = draft_kind_names(
        "The contract upgrades the radar at the Oceanic Centre in south west Scotland for National Varnish Traffic "
        "Services Ltd (NVTS), a subsidiary of the Civil Aviation Authority."
    )
    assert drafts.get("Scotland") == "place"
    assert not any(name.startswith("Scotland for") for name in drafts)


def test_a_sites_menu_of_editions_glued_in_three_scripts_is_no_name() -> None:
    drafts = draft_kind_names(
        "Home\nEditionBrasilCanada中国DeutschlandIndiaItalia日本РОССИЯUnited Kingdom\n\n"
        "The minister of Tremmia spoke in Quellburg on Monday, officials said."
    )
    assert not any("日本" in name or "РОССИЯ" in name for name in drafts)
    assert drafts.get("Quellburg") == "place"


def test_a_land_the_gazetteer_lacks_before_its_government_is_no_leader() -> None:
    # the lone leader's rule ("Varnek's government" is a person) keeps off names shaped like lands
    drafts = draft_kind_names(
        "Quellistan's cabinet met on Monday. Varnland's government said the talks would go on, and Tremmoria's "
        "government agreed."
    )
    for land in ("Quellistan", "Varnland", "Tremmoria"):
        assert drafts.get(land) != "person"
