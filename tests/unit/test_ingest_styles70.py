"""A seventieth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): the register
where laws are published, an acronym said as a word that spells a body's name across "and", a body "of the People's
Republic of ...", and a state's body after "and" that is no field of a remit. Every example is invented; each test
says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        (
            "The implementing regulation appears today in the Official Journal of the European Union.",
            "Official Journal of the European Union",
        ),
        ("The decree was printed in the Official Gazette of Tremmia on Monday.", "Official Gazette of Tremmia"),
        ("Both acts will enter into force once published in the Official Journal.", "Official Journal"),
    ],
)
def test_the_register_where_laws_are_published_is_a_publication(text: str, journal: str) -> None:
    assert _drafts(text)[journal].kind is ActorKind.media


def test_the_body_owning_the_register_is_still_named() -> None:
    drafts = _drafts("The implementing regulation appears today in the Official Journal of the European Union.")
    assert drafts["European Union"].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "A spokesman for the Tamarian Ports Administration and Safety Agency (Tapasa), Ilse Varn, said so.",
            "Tamarian Ports Administration and Safety Agency",
        ),
        (
            "The Tamarian Ports Administration and Safety Agency (TAPASA) said on Monday.",
            "Tamarian Ports Administration and Safety Agency",
        ),
    ],
)
def test_an_acronym_said_as_a_word_spells_a_body_across_and(text: str, body: str) -> None:
    drafts = _drafts(text)
    assert drafts[body].kind is ActorKind.organization
    assert "Safety Agency" not in drafts


def test_a_body_whose_head_follows_its_and_stays_whole_whatever_its_acronym() -> None:
    drafts = _drafts("The Varnish Coastal Management and Rescue Service (Vacmars) sent two boats.")
    assert drafts["Varnish Coastal Management and Rescue Service"].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "The campaign was run by the Ministry of State Security of the People's Republic of China.",
            "Ministry of State Security",
            "China",
        ),
        (
            "The note came from the Ministry of Foreign Affairs of the People's Republic of China.",
            "Ministry of Foreign Affairs",
            "China",
        ),
        (
            "He met envoys of the State Affairs Commission of the Democratic People's Republic of Korea.",
            "State Affairs Commission",
            "North Korea",
        ),
    ],
)
def test_a_body_of_a_peoples_republic_ends_before_the_state(text: str, body: str, state: str) -> None:
    drafts = _drafts(text)
    assert drafts[body].kind is ActorKind.organization
    assert drafts[state].kind is ActorKind.state


def test_a_states_body_after_and_is_no_field_of_a_remit() -> None:
    drafts = _drafts("Agents from the Federal Bureau of Investigation and U.S. Customs officers met on Monday.")
    assert drafts["Federal Bureau of Investigation"].kind is ActorKind.organization


def test_a_second_field_of_a_remit_is_still_read_whole() -> None:
    drafts = _drafts("The Minister of Defence and Army Reconstruction, Ilse Varn, visited the base.")
    assert "Minister of Defence and Army Reconstruction" in {a for d in drafts.values() for a in (d.name, *d.aliases)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Both states are parties to the United Nations Convention on the Law of the Sea.", "United Nations"),
        ("Tremmia ratified the UN Convention against Corruption in 2019.", "UN"),
    ],
)
def test_a_convention_named_for_its_subject_drafts_no_body_it_opens_with(text: str, body: str) -> None:
    assert body not in _drafts(text)


def test_a_city_a_convention_is_named_after_is_still_a_place() -> None:
    assert _drafts("The Geneva Convention on refugees was cited in court.")["Geneva"].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The EU Special Representative for the South Caucasus, Ilse Varn, visited Baku.", "South Caucasus"),
        ("The Minister for International Development and the Pacific said so on Monday.", "Pacific"),
        ("The EU Special Representative for the Western Balkans arrived in Skopje.", "Western Balkans"),
    ],
)
def test_a_known_land_in_a_posts_remit_is_also_a_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Marines deployed to At Varnif Garrison with their partners.", "At Varnif Garrison"),
        ("Advisers at the At Kessil Garrison trained the guards.", "At Kessil Garrison"),
    ],
)
def test_a_capital_at_inside_a_sentence_is_an_arabic_article_opening_the_name(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_at_opening_a_sentence_is_still_the_preposition() -> None:
    drafts = _drafts("At Varnif Garrison the marines rested for a week.")
    assert "At Varnif Garrison" not in drafts


@pytest.mark.parametrize(
    ("text", "body", "office"),
    [
        (
            "For more information, contact the VARCOM Public Affairs office at (555) 010-2200.",
            "VARCOM",
            "VARCOM Public Affairs",
        ),
        ("For more information, contact TREMFOR Public Affairs.", "TREMFOR", "TREMFOR Public Affairs"),
    ],
)
def test_an_office_to_contact_named_by_its_bodys_acronym_is_also_spelled_by_that_acronym(
    text: str, body: str, office: str
) -> None:
    drafts = _drafts(text)
    assert drafts[office].kind is ActorKind.organization
    assert body in drafts[office].aliases


def test_an_office_of_a_body_of_two_parts_to_contact_stays_whole() -> None:
    drafts = _drafts("For more information, contact the CJTF-VAR Public Affairs Office.")
    assert drafts["CJTF-VAR Public Affairs Office"].kind is ActorKind.organization
