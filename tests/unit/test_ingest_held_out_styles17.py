"""A seventeenth round on the held-out styles: a post in capitals standing for its holder ("the
Minister for Defence Industry said", as re3d marks such a post: a person), names with commas
inside ("the International, Impartial and Independent Mechanism", "Minister for Political, Legal
and Security Affairs"), and a book's author written "Surname, Given" on a line of references.
Every example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: draft.aliases for draft in extract(text, None, [], set(), "t", language="en").actors}


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("The Minister for Coastal Fisheries said the quota would hold.", "Minister for Coastal Fisheries"),
        ("Speaking in Mackay, the Chief of Navy praised the crews.", "Chief of Navy"),
        ("The Minister for the Western Isles welcomed the ferry.", "Minister for the Western Isles"),
        ("The Commissioner for Inland Waterways urged calm.", "Commissioner for Inland Waterways"),
        ("She served as Minister of Rural Roads from 2011 to 2014.", "Minister of Rural Roads"),
    ],
)
def test_a_post_standing_alone_is_a_person_named_by_the_post(sentence: str, post: str) -> None:
    assert draft_kinds(sentence).get(post) is ActorKind.person


def test_the_last_word_of_a_post_is_no_person() -> None:
    kinds = draft_kinds("The Minister for Defence Procurement said the contract would support 300 jobs.")
    assert "Procurement" not in kinds
    assert kinds.get("Minister for Defence Procurement") is ActorKind.person


@pytest.mark.parametrize(
    ("sentence", "person", "not_post"),
    [
        (
            "Delegates included Tuvalu Minister for Fisheries Grace Telavi on Monday.",
            "Grace Telavi",
            "Minister for Fisheries",
        ),
        (
            "He met Malawian Minister for Lands and Housing Esther Banda-Mwale in Lilongwe.",
            "Esther Banda-Mwale",
            "Minister for Lands",
        ),
    ],
)
def test_a_post_before_its_holder_stays_the_holder_title(sentence: str, person: str, not_post: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(person) is ActorKind.person
    assert not_post not in kinds


@pytest.mark.parametrize(
    ("sentence", "kept", "kind"),
    [
        ("The Prime Minister of Tonga spoke first.", "Tonga", ActorKind.state),
        ("He met the Secretary of the Workers' Party of Varnia in Hanoi.", "Workers' Party of Varnia", None),
    ],
)
def test_a_post_of_a_state_or_a_body_leaves_that_actor_named(sentence: str, kept: str, kind: ActorKind | None) -> None:
    kinds = draft_kinds(sentence)
    assert kept in kinds
    if kind is not None:
        assert kinds[kept] is kind
    assert not any(name.startswith(("Prime Minister", "Secretary of")) for name in kinds)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Union backs the Independent, Impartial and Permanent Commission on the matter.",
            "Independent, Impartial and Permanent Commission",
        ),
        ("Observers from the Free, Fair and Open Ballots Network arrived.", "Free, Fair and Open Ballots Network"),
    ],
)
def test_qualities_listed_with_commas_before_a_body_make_one_name(sentence: str, body: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(body) is ActorKind.organization
    assert not any(name != body and name.endswith(body.rsplit(" ", 2)[-1]) for name in kinds)


def test_a_list_of_towns_with_commas_stays_apart() -> None:
    kinds = draft_kinds("We drove through Lyon, Dijon and Besançon before noon.")
    assert {"Lyon", "Dijon", "Besançon"} <= set(kinds)


def test_a_remit_listed_with_commas_after_a_state_adjective_is_one_post() -> None:
    kinds = spelling_kinds(
        "The Fijian Minister for Trade, Tourism and Rural Transport, Seru Vanuabalavu, met in Suva on Friday."
    )
    # the people's adjective opens the post (re3d marks "the Iraqi Foreign Minister" whole; round 25)
    assert kinds.get("Fijian Minister for Trade, Tourism and Rural Transport") is ActorKind.person
    assert kinds.get("Seru Vanuabalavu") is ActorKind.person
    assert "Rural Transport" not in kinds


def test_a_holder_after_a_remit_listed_with_commas_keeps_a_whole_name() -> None:
    kinds = draft_kinds(
        "The clinics lost their records. Minister of Lands, Mines, Innovation and Telecommunications "
        "Helena Achterberg-Veen said the attack was contained."
    )
    assert kinds.get("Helena Achterberg-Veen") is ActorKind.person


def test_an_author_written_surname_comma_given_in_references_is_one_person() -> None:
    text = (
        "The Tessaly drought is a dry spell in the Varno basin.\n\n== References ==\n\n"
        "- Halvorsen, Trude (2019). The Long Dry. Oslo: Tremmin Press.\n"
    )
    kinds = draft_kinds(text)
    assert kinds.get("Trude Halvorsen") is ActorKind.person
    assert "Trude" not in kinds and "Halvorsen" not in kinds
    assert kinds.get("Oslo") is ActorKind.place


def test_an_author_and_town_are_read_when_the_publisher_name_is_not() -> None:
    text = (
        "The Tessaly drought is a dry spell in the Varno basin.\n\n== References ==\n\n"
        '- Ndiaye-Korro, Amadou (2021). "Salt, cattle and the border". Dakar: Centre Wuro d\'Études Pastorales.\n'
    )
    kinds = draft_kinds(text)
    assert kinds.get("Amadou Ndiaye-Korro") is ActorKind.person
    assert kinds.get("Dakar") is ActorKind.place


def test_a_line_of_prose_with_a_comma_and_a_year_is_no_reference() -> None:
    # Read as prose, its names are drafts; a line of references would be skipped whole.
    kinds = draft_kinds("In Harwick, Tamsin Oyelaran (2019) was the first mayor to resign.")
    assert kinds.get("Harwick") is ActorKind.place and "Tamsin Oyelaran" in kinds


def test_a_body_named_by_two_aims_is_read_whole_however_long() -> None:
    kinds = draft_kinds(
        "The mission heard the National Council for the Protection of Wetland Birds and the Restoration of "
        "Grazing Land in the Southern Marches, and thanked its staff."
    )
    whole = (
        "National Council for the Protection of Wetland Birds and the Restoration of Grazing Land "
        "in the Southern Marches"
    )
    assert kinds.get(whole) is ActorKind.organization
    assert "Southern Marches" not in kinds


def test_a_second_body_after_and_the_stays_apart() -> None:
    kinds = draft_kinds("Funds came from the Ministry of Rivers and the Varnish Reconstruction Fund on Friday.")
    assert "Ministry of Rivers" in kinds
    assert not any("Ministry" in name and "Fund" in name for name in kinds)
