"""A seventy-seventh round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a titled
person of two names before a quoted nickname and the family name, the nickname alone as the person's alias, and a
land's "Territory" as a place. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def test_a_titled_person_of_two_names_before_a_quoted_nickname_keeps_all_three_names() -> None:
    drafts = draft_kind_names(
        'Her deputy, Major Ondine Wekesa "Tiga" Mbusa, led the column until the ceasefire. Ondine stayed in Tarvel.'
    )
    assert drafts.get("Ondine Wekesa Mbusa") == "person"
    assert "Wekesa Mbusa" not in drafts


def test_two_persons_around_a_quoted_word_are_not_joined() -> None:
    drafts = draft_kind_names('Captain Ilse Varn "Dawn" Tomas Orrell said the crew would sail at noon.')
    assert "Ilse Varn Tomas Orrell" not in drafts


def test_a_lands_territory_named_with_its_capital_is_a_place() -> None:
    drafts = draft_kind_names("Fighting spread across Tarvola Territory in March, and families fled to the hills.")
    assert drafts.get("Tarvola Territory") == "place"


def test_a_police_force_named_for_a_territory_stays_a_body() -> None:
    drafts = draft_kind_names("The Kesso Territory Police arrested two men on Friday.")
    assert drafts.get("Kesso Territory Police") == "organization"


def test_a_quoted_nickname_between_given_and_family_name_is_the_persons_alias() -> None:
    text = 'The former mayor Tomasz "Bolek" Wirinski-Oda won 40% of the vote on Sunday.'
    drafts = {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}
    assert "Bolek" in drafts["Tomasz Wirinski-Oda"].aliases
