"""A tenth round on the held-out styles: a body's head word alone ("the Council"), the acronym of a
treaty, firms named by what they are ("the Quellnet ransomware group"), a state's short name before a
unit's number, a state's formal name with a dynasty's word, a release's contact line, and a long text
whose later bare surnames must still find their person. Every example is invented; each test says
what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_the_council_alone_is_a_body_when_no_longer_name_holds_it() -> None:
    drafts = draft_kinds(
        "The Council today extended the mandate of the Tremmin mission until June. "
        "The Council remains concerned by the fighting near Varnek."
    )
    assert drafts.get("Council") is ActorKind.organization


def test_the_commission_alone_after_to_present_is_a_body() -> None:
    drafts = draft_kinds("The Council invites the High Representative and the Commission to present options by March.")
    assert drafts.get("Commission") is ActorKind.organization


def test_the_council_joins_the_one_longer_name_that_holds_it() -> None:
    drafts = extract(
        "Foreign Affairs Council, 3 March 2031\n\n1. The Council recalls its concern at the coup in Tremmia.",
        None,
        [],
        set(),
        "t",
    ).actors
    names = [draft.name for draft in drafts]
    assert "Foreign Affairs Council" in names
    assert "Council" not in names  # the short form is a mention of the body, not a second body


@pytest.mark.parametrize(
    "sentence",
    ["He said the council would meet on Friday.", "The Council of Europe and the Council Implementing Regulation"],
)
def test_a_lower_case_council_or_a_longer_name_makes_no_lone_council(sentence: str) -> None:
    assert "Council" not in draft_kinds(sentence)


def test_the_acronym_of_a_treaty_on_something_is_no_body() -> None:
    drafts = draft_kinds("Tremmia is a party to the Treaty on the Limitation of Naval Drones (TLND) and the IAEA.")
    assert "TLND" not in drafts
    assert drafts.get("IAEA") is ActorKind.organization


def test_a_treaty_organizations_acronym_is_still_a_body() -> None:
    drafts = draft_kinds("The Varnak Treaty Organization (VTO) met in Tremmin.")
    assert drafts.get("Varnak Treaty Organization") is ActorKind.organization


def test_a_memorandum_of_understanding_is_no_actor() -> None:
    assert "Memorandum" not in draft_kinds("They agreed to explore a Memorandum of Understanding on Grain by June.")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("He laundered the money through the Quellex cryptocurrency exchange.", "Quellex"),
        ("She was a member of the Vornakit ransomware group until 2030.", "Vornakit"),
        ("They belong to the hacking group known as DarkMarrow.", "DarkMarrow"),
        ("Parts come from the Trevane subsidiary of a larger firm.", "Trevane"),
        ("Harlow Gas and Quenmark, which operate the field, evacuated staff.", "Quenmark"),
    ],
)
def test_a_firm_or_a_gang_by_what_it_is(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is ActorKind.organization


def test_a_states_short_name_before_a_units_number_is_part_of_the_unit() -> None:
    drafts = draft_kinds("Ships of the U.S. 7th Fleet escorted the tankers past Varnek.")
    assert drafts.get("U.S. 7th Fleet") is ActorKind.armed_force
    assert "United States" not in drafts


def test_a_demonym_before_a_units_number_stays_apart() -> None:
    drafts = draft_kinds("The Tremmish 4th Division crossed the river.")
    assert "4th Division" in drafts


def test_a_dynastys_word_before_a_kingdom_makes_the_states_formal_name() -> None:
    drafts = extract("The drill was hosted by the Hashemite Kingdom of Jordan in May.", None, [], set(), "t").actors
    jordan = next(draft for draft in drafts if draft.name == "Jordan")
    assert jordan.kind is ActorKind.state
    assert "Hashemite Kingdom of Jordan" in jordan.aliases
    assert "Hashemite Kingdom" not in [draft.name for draft in drafts]


def test_an_offices_acronym_on_a_contact_line_under_a_heading_is_a_body() -> None:
    drafts = draft_kinds(
        "Minister Varnek met her counterpart.\n\nMedia contacts\nMinister's office: (02) 6277 1234\n"
        "QDFA Media: (02) 6261 9876\n"
    )
    assert drafts.get("QDFA") is ActorKind.organization


def test_later_bare_surnames_still_find_their_person_in_a_long_text() -> None:
    surnames = [
        first + end for first in ("Var", "Quel", "Tor", "Mesk", "Kal", "Dun") for end in ("nok", "vane", "drick")
    ]
    givens = ("Anna", "Peter", "Maria")
    people = [f"{givens[n % 3]} {surname}" for n, surname in enumerate(surnames)]
    opening = " ".join(f"{person} spoke in Tremmin on Monday." for person in people)
    later = " ".join(f"Later {surname} said the talks would go on." for surname in surnames)
    drafts = extract(f"{opening}\n\n{later}", None, [], set(), "t").actors
    by_name = {draft.name: draft for draft in drafts}
    assert all(by_name[person].kind is ActorKind.person for person in people)
    assert not set(surnames) & set(by_name)  # each bare surname a mention of its person, not a draft
    assert all(len(by_name[person].spans) == 2 for person in people)
