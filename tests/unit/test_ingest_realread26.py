"""Round realread26: rules found reading real news texts by hand (a broadcaster's wire of politics, business,
arts and technology stories, and an Austrian paper's agency stories in German). Invented sentences and names:
a quarter's date that may be marked uncertain, and bodies, places and works by the words around them."""

from __future__ import annotations

import datetime as dt

from dossier.dates import validate_edtf
from dossier.ingest.extract import extract


def test_event_dated_by_a_quarter_has_a_valid_date() -> None:
    # "the fourth quarter of 2004" is the EDTF quarter 2004-36; a later sentence dated by it is uncertain, and
    # EDTF marks no quarter uncertain: it must be given as its months, or the whole page is refused
    text = (
        "The firm's revenue nearly tripled in the fourth quarter of 2004, exceeding $86m. "
        "Its $17m profit was dwarfed by the $204m announced by rival Quellnet, which signed a deal with Varnco."
    )
    extraction = extract(text, dt.date(2005, 2, 3), [], set(), "t")
    dates = [event.date for event in extraction.events if event.date]
    assert dates
    for date in dates:
        assert validate_edtf(date) == date
