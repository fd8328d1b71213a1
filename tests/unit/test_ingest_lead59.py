"""Lead mends of the session of 2026-12-07 from 18:35: the day a release under a dateline reports; famous
persons whose names are common words, taken up as persons by the text; states inside posts."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names

# Invented: a release whose dateline is the day after the operations its lead reports.
RELEASE = (
    "Allied strikes go on near the border\n"
    "\n"
    "NORTHERN SECTOR, March 9, 2031 — Allied aircraft struck targets near the border on Saturday, "
    "conducting twelve strikes, task force officials said.\n"
    "\n"
    "Strikes in the north\n"
    "\n"
    "Near Velmora, two strikes destroyed a storage depot.\n"
    "\n"
    "Near Ostrakh, one strike destroyed a supply convoy.\n"
)


def _events(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(event.date, event.date_text, event.title) for event in extract(text, None, [], set(), "t").events]


def test_the_release_s_later_undated_paragraphs_take_the_day_its_lead_reports() -> None:
    later = {title: (date, words) for date, words, title in _events(RELEASE) if title.startswith("Near")}
    assert later == {
        "Near Velmora, two strikes destroyed a storage depot": ("2031-03-08?", "Saturday"),
        "Near Ostrakh, one strike destroyed a supply convoy": ("2031-03-08?", "Saturday"),
    }


def test_a_release_whose_lead_reports_its_dateline_s_day_is_dated_by_it_as_before() -> None:
    text = RELEASE.replace("on Saturday", "today")
    later = [(date, words) for date, words, title in _events(text) if title.startswith("Near")]
    assert later == [("2031-03-09~", "March 9, 2031")] * 2


def test_a_date_long_before_the_dateline_stays_an_event_beside_the_dateline_s() -> None:
    text = RELEASE.replace("on Saturday", "since 2014")
    dates = [date for date, _, title in _events(text) if title.startswith("Near")]
    assert dates == ["2031-03-09~", "2031-03-09~"]  # the later paragraphs keep the release's own day


def test_two_common_words_taken_up_by_the_family_name_and_spoke_are_a_person() -> None:
    text = "Barack Obama said on Monday that the talks would resume. Obama spoke for an hour."
    assert draft_kind_names(text) == {"Barack Obama": "person"}


def test_a_state_named_inside_a_post_is_still_the_state_where_it_stands_alone() -> None:
    text = (
        "The Chief of General Staff of the Kuwait Armed Forces met the visiting admiral on Monday. "
        "Kuwait will host the naval exercise next spring."
    )
    assert draft_kind_names(text).get("Kuwait") == "state"  # not a short form of the post's holder


def test_a_move_in_pence_reads_a_firm_on_a_page_with_no_percentage() -> None:
    text = (
        "London shares were mixed on Tuesday.\n"
        "The biggest risers included Quellmoor up 14.9p at 340.8p, and Tarnby Dolphin ahead 29p at 859p."
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Quellmoor") == "organization" and drafts.get("Tarnby Dolphin") == "organization"


def test_a_joint_index_is_no_actor_on_a_page_without_other_index_words() -> None:
    drafts = draft_kind_names("Sydney shares rose on Monday. The S&P/QSX 200 ended higher, led by Quellbrick Limited.")
    assert not [name for name in drafts if name.startswith("S&P")], drafts
