"""Round realread43: rules found reading real conflict and defence reporting by hand (US command and coalition
strike releases, UN Security Council and EU statements on Syria and Yemen, encyclopedia pages on militias, Mosul
front reports, sanctions designations, AFRICOM releases). Invented sentences and names throughout; the only real
names are those every reader of world news knows, which the rules are about."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_letter_code_ending_its_line_does_not_stop_the_ingest() -> None:
    drafts = draft_kind_names(
        "Quellan troops entered Varnby.\n\nRelease No: 19-026 April 25, 2019 PRINT | E-MAIL\n\n"
        "The Varnby Guard left the town on Monday."
    )
    assert drafts.get("Varnby Guard") == "armed_force"
