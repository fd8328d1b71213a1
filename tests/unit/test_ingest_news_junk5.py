"""Junk and kinds on a sixth batch of English news pages (issue 15): family names that are also a
place's head word ("Street", "West"), trade nouns before a firm's one-word name, lower-case nouns
after a name that say what it is, and bodies a relative clause describes.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ('"We have never had to choose," said Corwen West. The family farms near Spalding.', "Corwen West"),
        (
            "Marisol Street, a spokeswoman for the firm, said customers had been told to expect delays.",
            "Marisol Street",
        ),
        (
            "Helen Street has pledged to match every pound. Street, whose firm employs 40 people, is a builder.",
            "Helen Street",
        ),
        (
            "The council's head of digital, Oyinkan West, told a meeting that the attackers got in. "
            "West said no data was taken.",
            "Oyinkan West",
        ),
        ("Turnout was 34.6%, the returning officer, Dafydd Street, announced.", "Dafydd Street"),
        ("Kanye West said the album was finished.", "Kanye West"),
    ],
)
def test_a_family_name_that_is_a_place_word_ends_a_person_with_a_cue(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.person


def test_streets_named_after_people_stay_streets() -> None:
    drafts = draft_kinds(
        "The shop on Victoria Street closed. Police were called to George Street and the trains from "
        "Kelvin East were cancelled. Church Street, which runs to the river, was flooded."
    )
    assert drafts.get("Victoria Street") is ActorKind.place
    assert drafts.get("George Street") is ActorKind.place
    assert drafts.get("Kelvin East") is ActorKind.place
    assert drafts.get("Church Street") is ActorKind.place


def test_a_street_that_speaks_without_a_given_name_is_no_person() -> None:
    drafts = draft_kinds("The bill failed, Downing Street said. Quellmoor Street, which had opened early, was closed.")
    assert drafts.get("Downing Street") is ActorKind.place
    assert drafts.get("Quellmoor Street") is not ActorKind.person


@pytest.mark.parametrize(
    "text, name",
    [
        ("Supermarket chain Brambleby said it would place collection trolleys in its stores.", "Brambleby"),
        ("Marketplace Cartwheel said it had removed the listings.", "Cartwheel"),
        ("Distributor Fennick has bought the rights to the film.", "Fennick"),
        ("Dockworkers' union Unite said the incident showed the need for more crews.", "Unite"),
        ("Airline Skyvane said its pilots had followed procedures.", "Skyvane"),
        ("The player's agency, Primeline Sports, confirmed the terms.", "Primeline Sports"),
    ],
)
def test_a_trade_noun_before_a_name_makes_a_firm_even_when_it_speaks(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.organization


def test_a_rival_before_a_name_is_still_a_person() -> None:
    assert draft_kinds("Her rival Quarles said she would appeal.").get("Quarles") is ActorKind.person


def test_a_person_noun_opening_a_sentence_is_no_part_of_the_name() -> None:
    drafts = draft_kinds(
        "Passenger Jaylen Brook said there had been a loud crack. Volunteer Ellery Wakefield, 72, said "
        "the best gifts were practical. The American Volunteer Group flew from Kunming."
    )
    assert drafts.get("Jaylen Brook") is ActorKind.person
    assert drafts.get("Ellery Wakefield") is ActorKind.person
    assert "Passenger Jaylen Brook" not in drafts
    assert drafts.get("American Volunteer Group") is ActorKind.organization


def test_a_lower_case_hotel_or_councils_after_a_name_makes_a_place() -> None:
    drafts = draft_kinds(
        "Families waited for six hours at the Harbourside Grand hotel near the terminal. Cendrix also "
        "supplies Thornmere and Calverley councils, and donations can be left at the Craven Arms."
    )
    assert drafts.get("Harbourside Grand") is ActorKind.place
    assert drafts.get("Thornmere") is ActorKind.place
    assert drafts.get("Calverley") is ActorKind.place
    assert drafts.get("Craven Arms") is ActorKind.place


def test_what_a_body_does_after_which_makes_an_organisation() -> None:
    drafts = draft_kinds(
        "Hutchison Ports, which owns Felixstowe, declined to comment. Fenmere Water, which supplies most of "
        "the county, urged care. The ship is operated by Keldane Line. A criminal group calling itself "
        "Nightcrane claimed the attack."
    )
    assert drafts.get("Hutchison Ports") is ActorKind.organization
    assert drafts.get("Fenmere Water") is ActorKind.organization
    assert drafts.get("Keldane Line") is ActorKind.organization
    assert drafts.get("Nightcrane") is ActorKind.organization


def test_a_spell_that_makes_something_happen_is_no_body() -> None:
    drafts = draft_kinds("The trader in Riverhold has Quellfire, which makes enemies attack their friends.")
    assert drafts.get("Quellfire") is not ActorKind.organization


def test_a_shouted_label_before_a_colon_is_no_body() -> None:
    drafts = draft_kinds(
        "Bin collections will run a day late.\nPOLL: Should councils ever pay ransoms?\n"
        "NATO: allies met in Brussels on Monday."
    )
    assert "POLL" not in drafts
    assert drafts.get("NATO") is ActorKind.organization


def test_a_coin_whose_price_moved_or_a_ransom_is_paid_in_is_no_draft() -> None:
    drafts = draft_kinds(
        "Bitcoin gained 2.1% and Zorvether added 1.4%, while Dogecoin slipped. The gang demanded a ransom "
        'in Quellcoin. "We will not pay," Varnholt added.'
    )
    assert "Zorvether" not in drafts
    assert "Quellcoin" not in drafts
    assert drafts.get("Varnholt") is ActorKind.person


def test_a_person_of_a_town_said() -> None:
    drafts = draft_kinds("Merchant Thaddeus Oyelaran, of Holbeach, said buyers in the Netherlands were also short.")
    assert drafts.get("Thaddeus Oyelaran") is ActorKind.person
    assert drafts.get("Holbeach") is ActorKind.place


def test_a_character_an_actor_plays_is_no_draft() -> None:
    drafts = draft_kinds(
        "Ruth Kellaway plays Margaret, the widow who runs the farm, and Margaret is the heart of it. "
        "Dashiell Penrose, who plays Eddie, won best actor."
    )
    assert drafts.get("Ruth Kellaway") is ActorKind.person
    assert "Margaret" not in drafts
    assert "Eddie" not in drafts


def test_a_town_hall_is_a_place() -> None:
    drafts = draft_kinds(
        "The new council meets on 20 May at Ridgeford Town Hall, and protesters went to Varnley City Hall."
    )
    assert drafts.get("Ridgeford Town Hall") is ActorKind.place
    assert drafts.get("Varnley City Hall") is ActorKind.place


def test_a_work_described_after_its_name_is_no_draft() -> None:
    drafts = draft_kinds(
        "Best documentary went to Ninefold, a film about fishermen, while Paper Harbour, an animated short "
        "by Ilse Kovacic, took the audience award. Varnley, a small town in Kent, hosted the festival."
    )
    assert "Paper Harbour" not in drafts
    assert "Ninefold" not in drafts
    assert drafts.get("Ilse Kovacic") is ActorKind.person
    assert drafts.get("Varnley") is ActorKind.place


def test_a_name_one_joins_or_signs_with_is_a_body() -> None:
    drafts = draft_kinds(
        "Rovers let defender Roscoe West join Harrowfield on loan. The growers signed a contract with Crispwell."
    )
    assert drafts.get("Harrowfield") is ActorKind.organization
    assert drafts.get("Crispwell") is ActorKind.organization
    assert drafts.get("Roscoe West") is ActorKind.person
