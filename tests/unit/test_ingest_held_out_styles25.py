"""A twenty-fifth round on the held-out styles: a gendarme named by his job is a person, a government
page's "From:" line names its bodies one by one, an envoy's post "to" a state is read whole with the
state beside it, and a people's adjective opens a post with its remit. Every example is invented; each
test says what the analyst sees in the drafts."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def test_a_gendarme_named_by_his_job_is_a_person() -> None:
    kinds = draft_kinds("Villagers said the gendarme Ravelo Tsiferanabe had led the herders to the river.")
    assert kinds.get("Ravelo Tsiferanabe") is ActorKind.person


def test_a_government_pages_from_line_names_each_body() -> None:
    kinds = draft_kinds(
        "Tessport and Varnia agree a border accord\n\n"
        "From: Foreign, Commonwealth & Development Office and Ministry of Defence\n"
        "Published 3 March 2026\n\n"
        "The accord was signed in Tessport today.\n"
    )
    assert kinds.get("Foreign, Commonwealth & Development Office") is ActorKind.organization
    assert kinds.get("Ministry of Defence") is ActorKind.organization
    assert not any(" and Ministry" in name for name in kinds)


def test_an_envoys_post_to_a_state_is_read_whole_with_the_state_beside_it() -> None:
    kinds = spelling_kinds(
        "The British High Commissioner to the Maldives, Orla Venning-Stroud, attended. "
        "Later the Ambassador to Norway spoke to the press."
    )
    assert kinds.get("British High Commissioner to the Maldives") is ActorKind.person
    assert kinds.get("Ambassador to Norway") is ActorKind.person
    assert kinds.get("Orla Venning-Stroud") is ActorKind.person
    # the state an envoy is sent to is named too (re3d marks a place inside a post as a location)
    assert "Maldives" in kinds
    assert "Norway" in kinds


def test_a_peoples_adjective_opens_a_post_with_its_remit() -> None:
    text = (
        "The Kenyan Minister of Defence, Ilse Hardwick-Obi, met the Tessalian Minister of the Interior. "
        "Kenyan troops left the next day."
    )
    kinds = spelling_kinds(text)
    assert kinds.get("Kenyan Minister of Defence") is ActorKind.person
    assert "Minister of Defence" not in draft_kinds(text)
    assert kinds.get("Tessalian Minister of the Interior") is ActorKind.person
    assert kinds.get("Ilse Hardwick-Obi") is ActorKind.person
