"""Junk and kinds on English news pages after the sixth batch (issue 15): models, prices, wines and
produce that are things, not actors; a player's position before a name; bodies that rate or fine;
a family name that is a place's word before "of the University"; territories that are places.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, thing",
    [
        ("The probe went up on a Zorvane 6 rocket from the coast in 2024.", "Zorvane"),
        ("Shoppers were told to stop using the Brewmaid 3 kettle at once.", "Brewmaid"),
        ("Its new Tarnby Ostra electric car has 9,000 orders, the carmaker said.", "Tarnby Ostra"),
        ("Sales of the electric Quenlow Vega fell 8% in the quarter.", "Quenlow Vega"),
    ],
)
def test_a_model_with_its_number_or_kind_is_no_actor(text: str, thing: str) -> None:
    assert thing not in draft_kinds(text)


def test_an_index_or_a_coin_whose_price_moved_is_no_actor() -> None:
    kinds = draft_kinds(
        "Hong Kong's Kerrow Index fell 1.2 percent, while Varncoin gained 2.1% and Ostmark rose 3 points."
    )
    assert "Kerrow Index" not in kinds
    assert "Varncoin" not in kinds
    assert "Ostmark" not in kinds


def test_a_firm_by_its_trade_whose_shares_moved_stays_a_firm() -> None:
    kinds = draft_kinds("Frankfurt-listed carmaker Velsdorf fell 3% after analysts cut their rating on the stock.")
    assert kinds.get("Velsdorf") is ActorKind.organization


def test_wines_after_a_and_produce_after_crop_of_are_no_actors() -> None:
    kinds = draft_kinds(
        "The list is short: a crisp Quellinho from the coast, a Tarrona Negra from the hills and a good "
        "Varnaga by the glass. Hesketh Dowd said her crop of Ostwick Gold was already showing stress."
    )
    for thing in ("Quellinho", "Tarrona Negra", "Varnaga", "Ostwick Gold"):
        assert thing not in kinds
    assert kinds.get("Hesketh Dowd") is ActorKind.person


def test_a_name_with_a_noun_after_a_stays_an_actor() -> None:
    kinds = draft_kinds("A Brenhallow spokesman said the plant would reopen. Brenhallow employs 300 people.")
    assert "Brenhallow" in kinds


_GAME = (
    "The Kestrels won the game 104-99 in overtime. {sentence} The Kestrels took 40 rebounds, the "
    "coach praised the defence, and the playoffs start next week."
)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Point guard Tavian Ashworth had 22 points and 13 assists.", "Tavian Ashworth"),
        ("Forward Dakari Pellow scored 31 points.", "Dakari Pellow"),
    ],
)
def test_a_players_position_before_a_name_makes_a_person(sentence: str, name: str) -> None:
    kinds = draft_kinds(_GAME.format(sentence=sentence))
    assert kinds.get(name) is ActorKind.person
    assert not any(draft.startswith("Forward") for draft in kinds)


def test_a_position_word_off_a_sports_page_stays_in_the_name() -> None:
    assert "Jaylor Pellow" not in draft_kinds("Forward Operating Base Jaylor Pellow was shelled overnight.")


def test_a_body_that_rates_or_fines_is_an_organization() -> None:
    kinds = draft_kinds(
        "Two months ago Ofmark rated the school's sixth form inadequate. Tarnreg, the energy regulator, "
        "said bills would rise."
    )
    assert kinds.get("Ofmark") is ActorKind.organization
    assert kinds.get("Tarnreg") is ActorKind.organization


def test_a_tracker_named_in_an_apposition_is_an_outlet() -> None:
    kinds = draft_kinds("According to Jobtally, a tracker run by former recruiter Anselm Pryce, firms cut 6,000 jobs.")
    assert kinds.get("Jobtally") is ActorKind.media
    assert kinds.get("Anselm Pryce") is ActorKind.person


def test_a_town_before_election_is_a_place() -> None:
    kinds = draft_kinds(
        "Harrowmere election results were declared on Friday. The Liberal Democrats won control of "
        "Harrowmere District Council."
    )
    assert kinds.get("Harrowmere") is ActorKind.place
    assert kinds.get("Harrowmere District Council") is ActorKind.organization


def test_a_family_name_that_is_a_place_word_ends_before_of_the_university() -> None:
    kinds = draft_kinds(
        "Professor Cadoc East of the University of Leicester, who leads the camera team, said the silence "
        "could mean a hard landing."
    )
    assert kinds.get("Cadoc East") is ActorKind.person
    assert kinds.get("University of Leicester") is ActorKind.organization


def test_a_body_of_two_words_sharing_a_head_after_a_capital_the() -> None:
    kinds = draft_kinds("The Maritime and Coastguard Agency said its surveyors had boarded the vessel.")
    assert kinds.get("Maritime and Coastguard Agency") is ActorKind.organization
    assert "Coastguard Agency" not in kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("The satellite launched from Kourou, French Guiana, in 2024.", "French Guiana"),
        ("Power was cut across Puerto Rico on Tuesday.", "Puerto Rico"),
        ("Flights to American Samoa resumed on Monday.", "American Samoa"),
        ("Ships were turned away from Gibraltar after the storm.", "Gibraltar"),
    ],
)
def test_a_territory_of_a_state_is_a_place(text: str, name: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(name) is ActorKind.place
    assert not {"France", "Samoa", "United States"} & set(kinds)


def test_a_state_stays_a_state() -> None:
    assert draft_kinds("Talks between Denmark and France resumed in Geneva.").get("Denmark") is ActorKind.state


def test_works_listed_after_their_plural_noun_are_no_actors() -> None:
    kinds = draft_kinds("Varga's earlier films, Copper Road and The Lamp Keeper, won prizes at Cannes.")
    assert "Copper Road" not in kinds
    assert "The Lamp Keeper" not in kinds and "Lamp Keeper" not in kinds
    assert kinds.get("Cannes") is ActorKind.place


def test_a_speaker_after_a_plural_noun_and_a_comma_stays() -> None:
    assert draft_kinds("She has acted in films, Varga said, since she was nine.").get("Varga") is ActorKind.person


# -- after batch 7 was measured ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("The union's regional organiser, Morwenna Tulley, said members were angry.", "Morwenna Tulley"),
        ("Ebenezer Quaile, defending, said his client had written letters of apology.", "Ebenezer Quaile"),
        (
            'Former pupil Eluned Carbery-Vaughan, now a captain with a ferry firm, said: "She never shouted."',
            "Eluned Carbery-Vaughan",
        ),
    ],
)
def test_a_person_by_an_apposition_or_a_role_in_court(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.person


def test_counties_reservoirs_and_moors_are_places() -> None:
    kinds = draft_kinds(
        "Crews came from Lancashire and Staffordshire. A helicopter took water from Brinscall Reservoir "
        "above Wessenden Moor."
    )
    for name in ("Staffordshire", "Brinscall Reservoir", "Wessenden Moor"):
        assert kinds.get(name) is ActorKind.place


def test_an_insurer_in_an_apposition_is_a_body_and_treasures_are_no_actors() -> None:
    kinds = draft_kinds(
        "Its insurer, Pemberly, declined to comment. Among the items taken were the Coldmere Torc, found "
        "near Thetford, and coins from the Yarwell Hoard."
    )
    assert kinds.get("Pemberly") is ActorKind.organization
    assert "Coldmere Torc" not in kinds
    assert "Yarwell Hoard" not in kinds


def test_a_model_code_and_a_chip_named_with_their_line_are_no_actors() -> None:
    kinds = draft_kinds(
        "The Ostwyn Palla K4 uses the Sorrel 5 chip from Quantar. In our hour with it, the K4 felt light."
    )
    assert "K4" not in kinds
    assert "Sorrel" not in kinds


def test_a_line_called_anonymously_after_or_is_a_body() -> None:
    kinds = draft_kinds("Call Tarnshire Police on 101 or Tipline Direct anonymously on 0800 555 111.")
    assert kinds.get("Tipline Direct") is ActorKind.organization


def test_a_name_two_words_after_a_is_not_a_kind_of_thing() -> None:
    kinds = draft_kinds(
        "Last week a lawyer told Quenbury Daily at length about the case. Schools in Cardiff and Bristol shut."
    )
    assert "Quenbury Daily" in kinds
    assert kinds.get("Bristol") is ActorKind.place
