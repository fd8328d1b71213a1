"""Names written with a digit: firms and outlets whose letters hold one ("security firm G4S", "the broadcaster
S4C") and channels called by their number ("Channel 4", "BBC Radio 4"), against the codes and figures that
look alike (issue 15: names as analysts write them, no units and codes)."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Security firm Q4X said it would bid for the prison contract.", "Q4X", ActorKind.organization),
        ("The logistics company TV3L won the contract on Monday.", "TV3L", ActorKind.organization),
        ("The Welsh broadcaster K4Q said it would show the final.", "K4Q", ActorKind.media),
        ("Mobile operator R2D said prices would rise in May.", "R2D", ActorKind.organization),
    ],
)
def test_letters_with_a_digit_after_a_trade_noun_name_that_firm_or_outlet(
    text: str, name: str, kind: ActorKind
) -> None:
    assert draft_kinds(text).get(name) is kind


@pytest.mark.parametrize(
    "text",
    [
        "The airline ordered twelve A320 jets for its Tarnby routes.",
        "Shoppers queued for the PS5 console at dawn.",
        "The form asks for a K4Q code on the second page.",
    ],
)
def test_letters_with_a_digit_elsewhere_stay_codes(text: str) -> None:
    assert not {name for name in draft_kinds(text) if any(ch.isdigit() for ch in name)}


def test_an_outlets_letters_that_speak_of_themselves_as_it_stay_an_outlet() -> None:
    drafts = draft_kinds("The public broadcaster RVQ said it would not air the debate.")
    assert drafts.get("RVQ") is ActorKind.media


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tarnvale Television and Channel 4 said they would share the rights.", "Channel 4"),
        ("The semi-final is live on Channel 7 from eight.", "Channel 7"),
        ("She told BBC Radio 4 that the plan would fail.", "BBC Radio 4"),
    ],
)
def test_a_channel_called_by_its_number_is_an_outlet_number_and_all(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.media


def test_a_figure_after_radio_is_no_channels_number() -> None:
    drafts = draft_kinds("Tarnby Radio 4,000 listeners heard the appeal, the station said.")
    assert not {name for name in drafts if "4" in name}


def test_an_everyday_word_before_a_trades_noun_is_its_field_though_a_longer_name_holds_it() -> None:
    drafts = draft_kinds("Sports broadcaster for Quellvision and Tarn Sports. She hosts the late show.")
    assert "Sports" not in drafts
    assert drafts.get("Quellvision") is not None
    # Written alone elsewhere, the word is the outlet's name.
    drafts = draft_kinds("Sports broadcaster for Quellvision. She joined Sports after college.")
    assert drafts.get("Sports") is ActorKind.media


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Attorney, Sports Business Analyst, Author.",  # a job written in capitals
        "Five Women Talking Sports",  # a headline in title case
        "She founded The Sports Desk in 2019.",  # inside a longer name
    ],
)
def test_a_trades_field_written_in_a_longer_run_elsewhere_is_still_no_name(elsewhere: str) -> None:
    # (the page writes the word in lower case too: an everyday word, not a name's)
    text = f"{elsewhere}\n\nSports broadcaster for Quellvision and Tarn Sports. She talks sports every morning."
    assert "Sports" not in draft_kinds(text)
