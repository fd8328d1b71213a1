"""A seventy-fourth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): surnames
that are common words or titles, double surnames, towns named like persons, long bodies' names. Every example is
invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_short_surname_is_no_near_spelling_of_another_word() -> None:
    # ("Tan" and "Toyne" share their consonants, too few to tell two names apart)
    drafts = _drafts("Analyst Marcus Tan said the talks failed.\n\nTroops and Toyne trucks moved north.")
    assert "Toyne" not in drafts["Marcus Tan"].aliases


def test_the_second_part_of_a_double_surname_is_no_other_persons_surname() -> None:
    drafts = _drafts(
        "The unit was formed by Colonel Idris Tamsin Varnot-Kessé, a former officer. "
        "Its founder, Varnot-Kessé, recruited fishermen. "
        "President Amadou Kessé Obrin led the offensive. Kessé was killed a year later."
    )
    founder = drafts["Idris Tamsin Varnot-Kessé"]
    assert "Varnot-Kessé" in founder.aliases
    assert "Kessé" not in founder.aliases


def test_a_title_word_after_a_given_name_and_an_initial_is_the_surname() -> None:
    drafts = _drafts(
        'Maj. Gen. Dorian K. Bishop, the task force commander, said the raid had worked. "We will go on," Bishop said.'
    )
    person = drafts["Dorian K. Bishop"]
    assert person.kind is ActorKind.person
    assert {"Maj. Gen. Dorian K. Bishop", "Bishop"} <= set(person.aliases)
