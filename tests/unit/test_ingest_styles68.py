"""A sixty-eighth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): seas and
straits named with "the", islands named alone after "on" or "off", vehicles named in the plural where troops ride
in them, and numbered units written with a comma before their regiment or division. Every example is invented;
each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


_NAVAL = "The frigate and two warships of the fleet sailed on Monday. "


@pytest.mark.parametrize(
    ("text", "waters"),
    [
        (_NAVAL + "They passed through the Varnegat before dawn.", "Varnegat"),
        (_NAVAL + "The destroyer then sailed into the Tarnsund to join the task group.", "Tarnsund"),
        (_NAVAL + "Ankara closed the Quellorus to warships under the treaty.", "Quellorus"),
        (_NAVAL + "Ships waited to enter the Varnelles and the Kessphorus, the two narrow straits.", "Kessphorus"),
    ],
)
def test_a_rare_word_after_the_and_a_crossing_on_a_page_of_ships_is_waters(text: str, waters: str) -> None:
    assert _drafts(text)[waters].kind is ActorKind.place


def test_a_people_before_its_noun_is_no_waters() -> None:
    text = _NAVAL + "Families crossed from the Varnalit and Tessawa communities near the border."
    drafts = _drafts(text)
    assert all(drafts[name].kind is not ActorKind.place for name in ("Varnalit", "Tessawa") if name in drafts)


def test_the_rare_word_is_no_waters_on_a_page_with_no_ships() -> None:
    drafts = _drafts("The committee met in the Varnegat on Monday to pass the budget.")
    assert "Varnegat" not in drafts or drafts["Varnegat"].kind is not ActorKind.place


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("The Solomon Islands government will build a seawall on Tarvatapu.", "Tarvatapu"),
        ("Across the islands, doctors are treating the injured at Labona Hospital on Varnua Levo.", "Varnua Levo"),
        (_NAVAL + "A patrol group shadowed the convoy off Kesseland for two days.", "Kesseland"),
    ],
)
def test_a_rare_name_alone_after_on_or_off_is_the_island_or_coast(text: str, land: str) -> None:
    assert _drafts(text)[land].kind is ActorKind.place


def test_a_programme_after_spoke_on_is_no_island() -> None:
    drafts = _drafts("On the islands the minister spoke on Varnnight about the cyclone.")
    assert "Varnnight" not in drafts or drafts["Varnnight"].kind is not ActorKind.place


@pytest.mark.parametrize(
    ("text", "vehicles"),
    [
        ("Soldiers moved to the objective near Tarnby in M2 Varnleys and Kessvees before dawn.", "Kessvees"),
        ("Soldiers moved to the objective near Tarnby in M2 Varnleys and Kessvees before dawn.", "M2"),
        ("Engineers will travel to remote sites in Quellmasters next week.", "Quellmasters"),
        ("Helicopters will carry troops between the fjords aboard Tarlins this winter.", "Tarlins"),
    ],
)
def test_a_plural_model_ridden_in_is_no_actor(text: str, vehicles: str) -> None:
    assert vehicles not in _drafts(text)


def test_a_town_after_in_stays_a_town() -> None:
    assert _drafts("The delegation travelled to the talks in Athens on Monday.")["Athens"].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A Wildcat from 847 Naval Air Squadron joined the search.", "847 Naval Air Squadron"),
        (
            "Soldiers of the 2nd Battalion, Royal Regiment of Varnshire, will join them in February.",
            "2nd Battalion, Royal Regiment of Varnshire",
        ),
        (
            "Crews of the 4th Combat Aviation Brigade, 2nd Infantry Division, flew overwatch.",
            "4th Combat Aviation Brigade, 2nd Infantry Division",
        ),
    ],
)
def test_a_numbered_unit_is_one_armed_force(text: str, unit: str) -> None:
    assert _drafts(text)[unit].kind is ActorKind.armed_force


def test_a_brigade_named_with_its_division_is_also_drafted_alone() -> None:
    drafts = _drafts("Crews of the 4th Combat Aviation Brigade, 2nd Infantry Division, flew overwatch.")
    assert "4th Combat Aviation Brigade" in drafts
    assert "2nd Infantry Division" in drafts


def test_a_count_before_a_squadron_s_name_is_no_unit() -> None:
    assert "40 Squadron Leaders" not in _drafts("The air force promoted 40 Squadron Leaders this year.")


def test_a_channel_after_a_move_and_for_is_no_vehicle() -> None:
    text = "Kick-off moved to 12.30pm for live coverage on Tarn Sports and in Varnley Sports."
    drafts = _drafts(text)
    assert "Tarn Sports" in drafts


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        (
            "Ships report to the Maritime Watch Centre – Horn of Africa (MWCHOA) in Brest.",
            "Maritime Watch Centre – Horn of Africa",
        ),
        (
            "Data are shared with the Varnish Navy's Information Sharing Centre – Indian Ocean Region in Gurugram.",
            "Information Sharing Centre – Indian Ocean Region",
        ),
    ],
)
def test_a_centre_named_with_its_region_after_a_dash_is_one_body(text: str, centre: str) -> None:
    assert _drafts(text)[centre].kind is ActorKind.organization


def test_a_centre_before_a_dash_and_a_speaker_stays_apart() -> None:
    drafts = _drafts("Staff at the Tarnby Fusion Centre – Ilse Varn said – worked through the night.")
    assert drafts["Ilse Varn"].kind is ActorKind.person


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The group began recruiting in the markets of Tarnbangou and Quellam.", "Tarnbangou"),
        ("The group began recruiting in the markets of Tarnbangou and Quellam.", "Quellam"),
        ("Border guards patrol near the enclaves of Vorkesh and Sekh.", "Vorkesh"),
        ("Fighters hid in the forests of Tessupa for weeks.", "Tessupa"),
        (_NAVAL + "The frigate joined the naval blockade of the Varnatic during the war.", "Varnatic"),
    ],
)
def test_a_name_after_a_land_s_or_waters_part_and_of_is_a_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_a_given_name_after_al_and_near_is_a_town() -> None:
    assert _drafts("Iraqi units patrolled along the border near al-Karim.")["al-Karim"].kind is ActorKind.place


@pytest.mark.parametrize(
    "text",
    [
        "Australians travelling to Fiji should read the travel advice on Varntraveller.",
        "Travellers should subscribe to updates on Varntraveller before they leave.",
        "Check Varntraveller for updates. Consular help is available.",
        "Citizens should register with the department through Varntraveller or call the hotline.",
    ],
)
def test_a_website_read_for_advice_is_an_outlet(text: str) -> None:
    assert _drafts(text)["Varntraveller"].kind is ActorKind.media


def test_a_town_reached_through_is_no_website() -> None:
    assert _drafts("The convoy travelled through Varnekoro on its way north.")["Varnekoro"].kind is ActorKind.place
