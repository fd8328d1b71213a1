"""Names on English news pages after the nineteenth round (issue 15): a firm's cue that can name a tool
("Rivals include X, a linter") yields on a page or sentence about software, a short code block makes a
page technical when its prose speaks of software, and a period's style ("a Georgian clock") is no state.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.ingest.page_noise import is_code_line, noise_lines
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "sentence, tool",
    [
        ("Rivals include Pockwhistle, a linter maintained by volunteers, and several paid services.", "Pockwhistle"),
        ("Competitors include Trundlemark, a package that most teams install from their editor.", "Trundlemark"),
        ("Rivals such as Gossamery, a compiler plugin, have grown more slowly.", "Gossamery"),
    ],
)
def test_a_rival_that_is_a_tool_is_no_firm(sentence: str, tool: str) -> None:
    assert draft_kinds(sentence).get(tool) is not ActorKind.organization


def test_a_rival_firm_outside_software_stays_a_firm() -> None:
    kinds = draft_kinds("The bakery chain has grown fast. Rivals include Crumbhaven, based in Norwich.")
    assert kinds.get("Crumbhaven") is ActorKind.organization, kinds


_PROSE = (
    "Wexbury Labs makes the open-source formatter Snagglet, installed by most teams through their package manager.\n"
)


def test_two_code_lines_with_software_words_make_a_page_technical() -> None:
    text = _PROSE + "pip install snagglet\nsnagglet fix src/ --all\n"
    assert noise_lines(text)[1] is True


def test_two_code_lines_without_software_words_leave_a_page_plain() -> None:
    text = "The ferry from Tollmouth ran late on Sunday.\nx = 1\ny = 2\n"
    assert noise_lines(text)[1] is False


def test_one_code_line_with_software_words_leaves_a_page_plain() -> None:
    assert noise_lines(_PROSE + "pip install snagglet\n")[1] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "A Georgian clock by a Bristol maker sold for £4,200 at the Pellowby saleroom.",
        "The street is lined with Georgian terraces and a Victorian chapel.",
        "Buyers paid well for Georgian furniture and silver on the second day.",
    ],
)
def test_a_period_style_names_no_state(sentence: str) -> None:
    assert "Georgia" not in draft_kinds(sentence)


def test_a_georgian_with_other_evidence_keeps_the_state() -> None:
    kinds = draft_kinds("Georgian troops crossed the border overnight, officials in Tbilisi said.")
    assert kinds.get("Georgia") is ActorKind.state, kinds


def test_the_state_named_elsewhere_keeps_its_draft_beside_a_period_style() -> None:
    kinds = draft_kinds("The minister flew to Georgia on Monday. Her hotel was a Georgian house in the old town.")
    assert kinds.get("Georgia") is ActorKind.state, kinds


@pytest.mark.parametrize(
    "line, code",
    [("pip install snagglet", True), ("npm install --save-dev", True), ("Pip installs a new boiler.", False)],
)
def test_an_install_command_is_a_line_of_code(line: str, code: bool) -> None:
    assert is_code_line(line) is code
