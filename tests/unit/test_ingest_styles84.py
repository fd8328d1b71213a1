"""An eighty-fourth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages). Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: list(draft.aliases) for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_firm_named_like_a_person_is_a_firm_when_its_shares_move() -> None:
    drafts = draft_kind_names(
        "Amos Quellbury has told pharmacies it will cut deliveries. Quellbury said demand was high. "
        "Quellbury shares fell 3% in New York."
    )
    assert drafts.get("Amos Quellbury") == "organization"


def test_a_person_who_shares_his_view_stays_a_person() -> None:
    drafts = draft_kind_names("Amos Quellbury shares the view of his party, he said.")
    assert drafts.get("Amos Quellbury") == "person"


def test_a_name_opened_by_a_capital_son_of_is_one_person() -> None:
    drafts = draft_kind_names("The geographer Ibn Quellan described the town. He met Ibn Varnuq in Mosul.")
    assert drafts.get("Ibn Quellan") == "person"
    assert drafts.get("Ibn Varnuq") == "person"
    assert "Quellan" not in drafts


def test_a_capital_bin_before_a_common_noun_opens_no_name() -> None:
    drafts = draft_kind_names("Bin collections in Leeds were cut.")
    assert not any(name.startswith("Bin") for name in drafts)
