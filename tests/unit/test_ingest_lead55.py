"""Lead mends of the session of 2026-12-07 from 15:56: list items in releases."""

from __future__ import annotations

import datetime as dt
import re

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.sentences import list_items_apart, split_sentences
from dossier.ingest.written_ends import ends_before
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kind_names, draft_kinds

RELEASE = (
    "Allied aircraft struck targets on Thursday, June 5, 2031:\n"
    "-- Near Velmora, two strikes destroyed a storage depot.\n"
    "\n"
    "-- Near Ostrakh, one strike struck a supply convoy.\n"
    "* On June 6, 2031, near Dunlevy, one strike destroyed a bridge.\n"
)


def _events(text: str) -> dict[str, str | None]:
    return {event.title: event.date for event in extract(text, dt.date(2031, 6, 9), [], set(), "t").events}


def test_a_bulleted_line_after_a_colon_is_a_statement_of_its_own() -> None:
    assert [sentence.text for sentence in list_items_apart(split_sentences(RELEASE))] == [
        "Allied aircraft struck targets on Thursday, June 5, 2031:",
        "-- Near Velmora, two strikes destroyed a storage depot.",
        "-- Near Ostrakh, one strike struck a supply convoy.",
        "* On June 6, 2031, near Dunlevy, one strike destroyed a bridge.",
    ]


def test_a_hyphen_inside_a_line_or_at_a_words_start_splits_nothing() -> None:
    text = "The talks, held in a well-\nknown hotel, ended:\n-5 degrees was the low that night."
    sentences = split_sentences(text)
    assert list_items_apart(sentences) == sentences  # "-5" is no bullet


def test_list_items_take_the_date_of_the_line_that_opens_the_list_and_lose_their_bullets() -> None:
    events = _events(RELEASE)
    assert events == {
        "Allied aircraft struck targets on Thursday, June 5, 2031": "2031-06-05",
        "Near Velmora, two strikes destroyed a storage depot": "2031-06-05?",
        "Near Ostrakh, one strike struck a supply convoy": "2031-06-05?",
        "On June 6, 2031, near Dunlevy, one strike destroyed a bridge": "2031-06-06",
    }


def test_a_bulleted_line_after_a_paragraph_without_a_colon_starts_afresh() -> None:
    text = "Allied aircraft struck targets on Thursday, June 5, 2031.\n- Near Velmora, two strikes destroyed a depot.\n"
    assert _events(text)["Near Velmora, two strikes destroyed a depot"] == "2031-06-09~"


def test_a_dash_inside_a_title_stays_only_the_bullet_before_it_goes() -> None:
    text = "VELMORA, June 5, 2031 — Allied aircraft struck a depot on June 4, 2031.\n"
    assert list(_events(text)) == ["VELMORA, June 5, 2031 — Allied aircraft struck a depot on June 4, 2031"]


def test_names_in_a_list_of_title_case_items_after_a_colon_are_still_read() -> None:
    text = (
        "The judges announced six novels on Thursday. The shortlist:\n"
        "- Salt Roads by Marguerite Feeney (Harbourside Press)\n"
        "- The Winter Ledger by Tobias Wrenn (Fennick & Vaile)\n"
        "Feeney, from Cobh in County Cork, was longlisted in 2022.\n"
    )
    names = draft_kind_names(text)
    assert names["Marguerite Feeney"] == "person" and names["Tobias Wrenn"] == "person"


def test_a_place_in_a_list_item_after_a_colon_is_read_as_before_in_german() -> None:
    text = "Meine liebsten Orte am Wasser im Norden:\n- Das kleine Café in Buxtehude\n- Die Stege am See\n"
    assert draft_kinds(text, language="de").get("Buxtehude") is ActorKind.place


def test_an_eras_mark_beside_its_year_or_century_is_no_body() -> None:
    text = (
        "Velmora was founded in 622 AD by a caliph and fell to the Persians in the 4th century BCE. "
        "Its walls date from AD 1200; tombs from 2500 BC and coins from 900 CE were found there."
    )
    assert not {"AD", "BC", "BCE", "CE"} & set(draft_kind_names(text))


def test_letters_an_era_shares_are_still_a_body_where_the_text_defines_them() -> None:
    text = "Accion Velmorana (AD) won 40 seats in 1958. AD said it would join the talks in the capital."
    assert "Accion Velmorana" in draft_kind_names(text)


def test_the_ends_a_page_wide_rule_reads_are_those_a_walk_over_every_mention_finds() -> None:
    text = (
        "Velmor Foods fell 2% to N4.10. Velmor Foods-Extra rose. The Velmor Foods index slipped; "
        "AVelmor Foods (up 1.2%) and Velmor Foods (up 3.5%) led.\nVelmor Foods: 4.1 per cent\n"
    )
    pattern = re.compile(r" (?:fell|rose) \d+%|: \d| \(up [\d.]+%\)| index")
    draft = ActorDraft("velmor-foods", "Velmor Foods", ActorKind.organization, "test", spans=[(0, 12)])
    walked = {m.end() for m in re.finditer(r"(?<![\w-])Velmor Foods(?![\w-])", text)} | {12}
    expected = {end for end in walked if pattern.match(text, end)}
    found = {end for end in ends_before(text, draft, pattern, ("%", ":", "index")) if pattern.match(text, end)}
    assert found == expected and len(expected) == 4  # fell, index, (up 3.5%), ': 4.1' (not "AVelmor", "-Extra")
