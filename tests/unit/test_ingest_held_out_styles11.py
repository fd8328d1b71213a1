"""An eleventh round on the held-out styles: a body named by ordinary words after "a member of the",
"the Commission" alone beside a national commission's longer name, a firm followed by "of" and the
place it is in, and a long name with a hyphened word after "and". Every example is invented; each
test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Tovland, a member of the Northern Economic Area, aligns itself with this declaration.",
        "Tovland is a member of the Northern Economic Area.",
        "The Tovish delegation spoke for the members of the Northern Economic Area.",
    ],
)
def test_what_a_state_is_a_member_of_is_a_body_even_in_ordinary_words(sentence: str) -> None:
    assert draft_kinds(sentence).get("Northern Economic Area") is ActorKind.organization


def test_ordinary_capitalised_words_with_no_member_before_stay_no_body() -> None:
    assert "Open Door" not in draft_kinds("She left the Open Door unlocked and drove to Varnek.")


def _names(text: str) -> list[str]:
    return [draft.name for draft in extract(text, None, [], set(), "t").actors]


def test_the_commission_alone_does_not_join_a_national_commission_named_inside_its_words() -> None:
    names = _names(
        "The High Representative welcomed the work of the State Commission on Border Survey and its "
        "Varnish counterpart. The Commission stands ready to support the process."
    )
    assert "State Commission on Border Survey" in names
    assert "Commission" in names  # the body the text speaks for, standing alone


def test_the_council_still_joins_a_longer_name_ending_with_it() -> None:
    names = _names(
        "The Varnish Affairs Council met on Monday.\n\nThe Council recalls its concern at the coup in Tremmia."
    )
    assert "Varnish Affairs Council" in names
    assert "Council" not in names


def test_the_council_still_joins_a_longer_name_opening_with_it() -> None:
    names = _names("The Council of the Varnish Union met on Monday. The Council recalls its concern.")
    assert "Council" not in names


@pytest.mark.parametrize(
    ("sentence", "firm", "place", "place_kind"),
    [
        (
            "The frigates were built by Korvath Naval Group of France under a contract.",
            "Korvath Naval Group",
            "France",
            ActorKind.state,
        ),
        (
            "The tanker belongs to Silver Gull Shipping of Piraeus, the owner said.",
            "Silver Gull Shipping",
            "Piraeus",
            ActorKind.place,
        ),
        (
            "Hulls came from Velmar Shipyards Group of the Netherlands.",
            "Velmar Shipyards Group",
            "Netherlands",
            ActorKind.state,
        ),
    ],
)
def test_a_firm_then_of_and_its_place_are_two_drafts(
    sentence: str, firm: str, place: str, place_kind: ActorKind
) -> None:
    drafts = draft_kinds(sentence)
    assert drafts.get(firm) is ActorKind.organization
    assert drafts.get(place) is place_kind


@pytest.mark.parametrize(
    "name", ["Government of France", "Bank of England", "University of Leeds", "Royal Bank of Scotland"]
)
def test_a_body_named_by_its_head_of_a_place_stays_whole(name: str) -> None:
    assert draft_kinds(f"A statement from the {name} was read out on Monday.").get(name) is ActorKind.organization


@pytest.mark.parametrize(
    "name",
    [
        "Organization for Security and Co-operation in Europe",
        "Varnish Council for Trade and Co-operation",
        "Tremmin Bureau for Peace and Re-construction",
    ],
)
def test_a_hyphened_word_after_and_stays_inside_the_name(name: str) -> None:
    acronym = "".join(word[0] for word in name.replace("-", " ").split() if word[0].isupper())
    drafts = draft_kinds(f"Talks under the {name} ({acronym}) resumed in Varnek.")
    assert drafts.get(name) is ActorKind.organization


def test_a_hyphened_given_name_and_a_hyphened_town_are_unchanged() -> None:
    drafts = draft_kinds("Ban Ki-moon spoke in Port-au-Prince.")
    assert drafts.get("Ban Ki-moon") is ActorKind.person
    assert drafts.get("Port-au-Prince") is ActorKind.place


@pytest.mark.parametrize(
    "sentence",
    ["The Arleigh Tremmin-class destroyer sailed at dawn.", "The Liberian-flagged Varn Dawn was hit."],
)
def test_a_name_then_a_hyphened_word_about_it_makes_no_longer_name(sentence: str) -> None:
    names = draft_kinds(sentence)
    assert not any(name.endswith(("-class", "-flagged")) for name in names)


def test_a_too_long_run_keeps_the_body_its_bracketed_acronym_spells_out() -> None:
    drafts = draft_kinds(
        "It notes the decisions of the Heads of State and Government of the Economic Community of "
        "Varnish Coastal States (ECOVCS) at their summit in Tremmin."
    )
    assert drafts.get("Economic Community of Varnish Coastal States") is ActorKind.organization
    assert "State and Government" not in drafts  # what the body's heads are is no body


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Talks under the Organization for Security and Co-operation in Europe resumed.",
            "Organization for Security and Co-operation in Europe",
        ),
        ("The Varnish Forum for Trade in Asia met in Tremmin.", "Varnish Forum for Trade in Asia"),
    ],
)
def test_a_body_for_an_aim_in_a_world_region_keeps_the_region_in_its_name(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is ActorKind.organization


@pytest.mark.parametrize(
    ("sentence", "body", "place"),
    [
        ("The Office for Democratic Institutions in Warsaw said so.", "Office for Democratic Institutions", "Warsaw"),
        ("The Ministry of Trade in Europe said so.", "Ministry of Trade", "Europe"),
    ],
)
def test_a_body_in_a_town_or_without_for_stays_apart_from_the_place(sentence: str, body: str, place: str) -> None:
    drafts = draft_kinds(sentence)
    assert drafts.get(body) is ActorKind.organization
    assert drafts.get(place) is ActorKind.place
