"""A twenty-ninth round on the held-out styles: a title and the name after it as one span ("Senator
the Hon ..."), a dateline's town with its state's abbreviation, two-word post heads ("Lord-Lieutenant
of ..."), and a long body's name whose bracketed acronym skips a few words. Every example is
invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.actor_document import skipping_acronym
from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def _aliases(text: str, name: str) -> list[str]:
    drafts = extract(text, None, [], set(), "t").actors
    return next(d.aliases for d in drafts if d.name == name)


@pytest.mark.parametrize("title", ["Senator", "Minister"])
def test_a_title_before_the_hon_opens_the_name_as_written(title: str) -> None:
    text = f"{title} the Hon Ilse Varnbrook met the Tongan Prime Minister in Nuku'alofa on Monday."
    assert f"{title} the Hon Ilse Varnbrook" in _aliases(text, "Ilse Varnbrook")


def test_the_hon_alone_keeps_its_own_form() -> None:
    text = "Funding was announced by the Hon Ilse Varnbrook in Nuku'alofa on Monday."
    aliases = _aliases(text, "Ilse Varnbrook")
    assert not any(alias.startswith(("by ", "the ")) for alias in aliases)


@pytest.mark.parametrize("line", ["Washington, D.C.", "Geneva, Switzerland"])
def test_a_town_above_the_day_keeps_its_state_as_written(line: str) -> None:
    text = f"Readout\nOffice of the Spokesperson\n{line}\nApril 14, 2026\n\nThe Secretary spoke with the Minister."
    assert line in _aliases(text, line.split(",")[0])


@pytest.mark.parametrize(
    "post", ["Lord-Lieutenant of Rutland", "Lord Lieutenant of Rutland", "High Sheriff of Rutland"]
)
def test_a_two_word_post_head_with_its_county_stands_for_its_holder(post: str) -> None:
    kinds = draft_kinds(f"The {post} welcomed the crew at Oakham on Tuesday.")
    assert kinds.get(post) is ActorKind.person
    assert kinds.get("Rutland") is ActorKind.place


def test_a_lieutenant_of_a_guard_is_no_post() -> None:
    kinds = draft_kinds("A Lieutenant of the Guard welcomed the crew at Oakham on Tuesday.")
    assert not any(kind is ActorKind.person and "Lieutenant" in name for name, kind in kinds.items())


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Aid goes through the Varnish Civil Protection and Humanitarian Aid Operations (VCHO), the office said.",
            "Varnish Civil Protection and Humanitarian Aid Operations",
        ),
        (
            "The Tremmin Coastal Rescue and Marine Safety Agency (TCMA) sent two boats to the reef.",
            "Tremmin Coastal Rescue and Marine Safety Agency",
        ),
    ],
)
def test_a_long_body_whose_acronym_skips_words_is_named_whole(text: str, body: str) -> None:
    assert draft_kinds(text).get(body) is ActorKind.organization


@pytest.mark.parametrize(
    ("letters", "initials", "fits"),
    [
        ("ECHO", "ECPHAO", True),  # first and last words kept, two skipped
        ("VCMA", "VCRMSA", True),
        ("PS", "PS", False),  # too short to skip anything: the exact rule reads it
        ("ABC", "ABXYZC", False),  # three words skipped
        ("BCD", "ABCD", False),  # the first word is not skipped
        ("ABC", "ABCD", False),  # nor the last
    ],
)
def test_an_acronym_may_skip_at_most_two_inner_words(letters: str, initials: str, fits: bool) -> None:
    assert skipping_acronym(letters, initials) is fits
