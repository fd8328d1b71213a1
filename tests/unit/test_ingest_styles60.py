"""A sixtieth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): the
chief of a force's staff named whole with the force ... Every example is invented; each test says what the
analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "post", "force"),
    [
        (
            "Brigadier Ilse Varn-Tosk, Chief of Staff of the Kenyan Air Force, met the delegation.",
            "Chief of Staff of the Kenyan Air Force",
            "Kenyan Air Force",
        ),
        (
            "The Chief of the General Staff of the Hungarian Armed Forces visited the base.",
            "Chief of the General Staff of the Hungarian Armed Forces",
            "Hungarian Armed Forces",
        ),
        (
            "The Chief of Naval Staff of the Armed Forces of the Republic of Tremmia toured the port.",
            "Chief of Naval Staff of the Armed Forces of the Republic of Tremmia",
            "Armed Forces of the Republic of Tremmia",
        ),
    ],
)
def test_the_chief_of_a_forces_staff_is_named_whole_beside_the_force(text: str, post: str, force: str) -> None:
    drafts = _drafts(text)
    assert drafts[post].kind is ActorKind.person
    assert drafts[force].kind is ActorKind.armed_force
    assert "Chief of Staff" not in drafts
