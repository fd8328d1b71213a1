"""A seventh round on the held-out styles: bodies named in a language that puts the head word
first (Portuguese, Spanish, Italian, French, Indonesian, Malay), as English statements keep them.
Every example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Observers handed their report to the Comissão Nacional de Votação in Tarvela.",
            "Comissão Nacional de Votação",
        ),
        ("The Procuradoria-Geral da Varnésia opened an inquiry into the shooting.", "Procuradoria-Geral da Varnésia"),
        ("Officers of the Polícia Marítima Tremense boarded the trawler.", "Polícia Marítima Tremense"),
        ("Lawmakers asked the Kementerian Perhubungan to publish the contract.", "Kementerian Perhubungan"),
        ("Members of the Dewan Pengawas Keuangan questioned the cost of the frigates.", "Dewan Pengawas Keuangan"),
        ("A complaint was sent to the Komisi Pengawas Pemilu on Monday.", "Komisi Pengawas Pemilu"),
    ],
)
def test_a_body_named_head_first_in_its_own_language_is_an_organisation(sentence: str, name: str) -> None:
    drafts = draft_kinds(sentence)
    assert drafts.get(name) is ActorKind.organization


def test_the_same_word_as_a_family_name_stays_a_person() -> None:
    # "Dewan" is a council in Indonesian and a family name in Bangladesh: after a given name it is a person.
    drafts = draft_kinds("Rashid Dewan, a local official, said the road to the camp was closed.")
    assert drafts.get("Rashid Dewan") is ActorKind.person
