"""realread65 read conflict and security reporting of the kinds re3d's held-back subsets hold: U.S. Central Command
statements (several a page, each under a dated heading), statements of the EU's High Representative and delegations,
Australian foreign-ministry transcripts and media releases (speakers' labels such as "Penny Wong, Foreign Minister:"),
BBC reports and live pages on Yemen and Mosul, and encyclopaedia pages on armed groups and defence ministers. The
tests below use invented sentences and invented names in those shapes."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_transcript_whose_second_speaker_has_a_post_after_the_name_reads_both_speakers():
    text = (
        "ODILE MARCHETTI: Thank you for joining us this morning.\n\n"
        "TOMAS REYNE, TRADE MINISTER: It is good to be here.\n\n"
        "MARCHETTI: Let us begin with the harbour talks.\n"
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Odile Marchetti") == "person"
    assert drafts.get("Tomas Reyne") == "person"
