"""An eighteenth round on the held-out styles: an operation named without its first word is still
an event ("Kestrel Shield" after "Operation Kestrel Shield"); a bare post with a portfolio stands for
its holder ("the Foreign Secretary said", as re3d marks it: a person); an ampersand and commas inside
a body's name; a release signed "Name, Department Spokesperson" and the names under a "From:" label;
a body's name of more than 20 words closed by its acronym. Every example is invented; each test says
what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def _names(text: str) -> set[str]:
    return {draft.name for draft in extract(text, None, [], set(), "t", language="en").actors}


@pytest.mark.parametrize(
    ("text", "short_form"),
    [
        (
            'The frigate will lead Operation Tern Lantern in the Arafura Sea. "Tern Lantern lets our crews '
            'practise the drills," Commander Ilse Varrow said.',
            "Tern Lantern",
        ),
        (
            "Troops from four nations joined Exercise Brolga Dawn near Katherine. Brolga Dawn runs until Friday.",
            "Brolga Dawn",
        ),
    ],
)
def test_an_operation_named_without_its_first_word_makes_no_actor(text: str, short_form: str) -> None:
    assert short_form not in _names(text)


def test_a_place_an_operation_is_named_after_stays_a_place() -> None:
    kinds = draft_kinds("The army began Operation Mosul in March. Mosul was quiet by June.")
    assert kinds.get("Mosul") is ActorKind.place


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("The Foreign Secretary said the talks in Tallinn would resume.", "Foreign Secretary"),
        ("Later, the Defence Secretary visited troops in Estonia.", "Defence Secretary"),
        ("Varnland's Defence Minister, General Ilse Quorrow, denied the report.", "Defence Minister"),
        ("The Home Secretary will answer questions on Tuesday.", "Home Secretary"),
        ("The Prime Minister and President Tessaly met in Amiens.", "Prime Minister"),
    ],
)
def test_a_bare_post_with_a_portfolio_stands_for_its_holder(sentence: str, post: str) -> None:
    assert spelling_kinds(sentence).get(post) is ActorKind.person


@pytest.mark.parametrize(
    ("sentence", "not_post"),
    [
        ("Defence Minister Ilse Quorrow arrived in Riga.", "Defence Minister"),
        ("The Minister said the road would open.", "Minister"),
        ("Write to the Defence Minister's Office in Canberra.", "Defence Minister"),
    ],
)
def test_a_post_before_its_holder_or_a_rank_alone_makes_no_post(sentence: str, not_post: str) -> None:
    assert not_post not in draft_kinds(sentence)


@pytest.mark.parametrize(
    "body",
    ["Foreign, Commonwealth & Development Office", "Inland, Coastal & Marine Survey Agency"],
)
def test_commas_and_an_ampersand_inside_a_body_name(body: str) -> None:
    assert draft_kinds(f"The {body} said the convoy had been attacked.").get(body) is ActorKind.organization


def test_names_under_a_from_label_are_read() -> None:
    text = (
        "Minister condemns attack on convoy\n\nFrom:\nForeign, Commonwealth & Development Office and "
        "Delphine Arkwright-Sole MP\nPublished\n3 May 2026\n\nThe convoy was attacked near Malakal.\n"
    )
    kinds = draft_kinds(text)
    assert kinds.get("Foreign, Commonwealth & Development Office") is ActorKind.organization
    assert kinds.get("Delphine Arkwright-Sole") is ActorKind.person


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Corwin J. Halloway, Department Spokesperson", "Corwin J. Halloway"),
        ("By Tamsin R. Okafor-Lyle, BBC News, Accra", "Tamsin R. Okafor-Lyle"),
    ],
)
def test_a_signed_line_or_byline_with_a_middle_initial_gives_the_person(line: str, person: str) -> None:
    text = f"Sanctions on Two Smuggling Networks\n\nPress Statement\n{line}\nMay 4, 2026\n\nThe networks moved fuel.\n"
    assert draft_kinds(text).get(person) is ActorKind.person


def test_a_long_body_name_closed_by_its_acronym_is_read_whole() -> None:
    body = (
        "Southern Council for the Protection of Wetlands in the Zambezi Basin, the Okavango Delta, "
        "the Kafue Flats and Neighbouring Lands"
    )
    kinds = draft_kinds(f"Officials of the {body} (SCPW) met in Maun on Monday.")
    assert kinds.get(body) is ActorKind.organization
    assert "Kafue Flats" not in kinds


def test_bodies_listed_before_an_acronym_stay_apart() -> None:
    kinds = draft_kinds("The Ministry of Health, the Ministry of Water and the Red Cross Society (RCS) met.")
    assert {"Ministry of Health", "Ministry of Water", "Red Cross Society"} <= set(kinds)
