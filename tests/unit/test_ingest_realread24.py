"""Round realread24: rules found by reading real news pages (wire copy, business and court reports): a web
address at a sentence's end, a listed firm before its share's code, a research bureau's remit joined by "and", a
people's "-ish" adjective before a town, the pronoun "I" after a body's name, a town before its US state."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names as _kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a web address ends the sentence: its full stop is no part of the name
        ("More tips are at Quellmap.com. She also writes for Varnhub.com.", "Quellmap.com", "organization"),
        ("More tips are at Quellmap.com. She also writes for Varnhub.com.", "Varnhub.com", "organization"),
        # the name before a share's code in brackets is the listed firm, two founders' names joined by "and" too
        ("Quellmoor Infratech (QLIN.NS) rose 4.3 percent.", "Quellmoor Infratech", "organization"),
        ("Shares of Varn and Quell (VRNQ.NS) rose 4 percent.", "Varn and Quell", "organization"),
        # a research bureau's remit: two fields joined by "and", the second ending in "Research"
        (
            "said Ilse Quell, a fellow at the Bureau of Business and Economic Research in Tarnby.",
            "Bureau of Business and Economic Research",
            "organization",
        ),
        # a town, then a comma and its US state (by name or by its dotted letters) closing the line
        ("Carl Varn, chief economist, Tarn Economics – Quellhalla, Idaho", "Quellhalla", "place"),
        ("Carl Varn, chief economist – Quellhalla, N.Y.", "Quellhalla", "place"),
        # a foundation named after its namesake's possessive is one body, the possessor's name with it
        (
            "The team won a grant from the Varnholt's Foundation of America.",
            "Varnholt's Foundation of America",
            "organization",
        ),
        # a firm's registered name that holds its founder's possessive, up to its legal form
        (
            "said Mark Varn, chief economist at Quellby’s Analytics Inc. in Tarnby.",
            "Quellby’s Analytics Inc",
            "organization",
        ),
        # a shelter named for those it houses, after their possessive
        ("$5,000 each to Tarnby Women's Shelter and Quell Food Bank.", "Tarnby Women's Shelter", "organization"),
        # the head of a body named after a comma, its remit in lower-case words before its noun
        (
            "Media quoted the head of the search and rescue agency, Tomas Varn Quellmoor, as saying so.",
            "Tomas Varn Quellmoor",
            "person",
        ),
        # (the words before a body's noun describe the body the comma then names)
        (
            "A spokesman for the state oil company, Quellpetro Energy, said output fell.",
            "Quellpetro Energy",
            "organization",
        ),
        # a body's dotted letters stay a body where they open a longer name too
        ("The U.N. Tarnby office met. The U.N. said it would act.", "U.N.", "organization"),
        # a firm's branch for a kind of client, its two-word head before "of", is a civil body
        (
            "Tomas Varn, director of the Financial Institutions Division of Raymond Quell Financial Services, spoke.",
            "Financial Institutions Division of Raymond Quell Financial Services",
            "organization",
        ),
        ("Tomas Varn heads the Retail Banking Division at Quellmoor Bank.", "Retail Banking Division", "organization"),
        # a reprint's first outlet, and an embedded post's author before its handle
        ("This article originally appeared at Quellwire. Copyright 2015.", "Quellwire", "media"),
        (
            "So many ambulances lined up — Tarnby NewsHub (@TarnbyNewsHub) December 31, 2014",
            "Tarnby NewsHub",
            "organization",
        ),
        # an outlet's title with its capital "The" after "published in", though a place bears the name
        ("A report published in The Atlantic on Monday said so.", "Atlantic", "media"),
        ("The crew sailed across the Atlantic last year.", "Atlantic", "place"),
        ("Her memoir was published in The Gambia last year.", "Gambia", "state"),
        ("This article originally appeared at The Quellwire. Copyright 2015.", "Quellwire", "media"),
        # a picture agency credited beside a news agency
        ("Members of the team carry a body on a stretcher (AFP/Tarnpix)", "Tarnpix", "media"),
        # one name right after a wire's credit label, initials after it
        ("Energy firms fell. (Reporting by Quellanal PM; Editing by Sunil Varnair)", "Quellanal", "person"),
    ],
)
def test_names_whole_and_of_their_kind(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("More tips are at Quellmap.com. She also writes.", "Quellmap.com."),
        ("Shares of Varn and Quell (VRNQ.NS) rose 4 percent.", "Quell"),
        ("a fellow at the Bureau of Business and Economic Research in Tarnby.", "Economic Research"),
        # a people's "-ish" adjective before "town" or "city" is no place's name
        ("Fighters besieged the Kurdish town of Tarrow near the border.", "Kurdish"),
        # the pronoun "I" and its verb after a body's name are no part of it
        ("On behalf of the Tarnby Council I would like to thank them.", "Tarnby Council I"),
        # letters of a technical term: a mail protocol, a field of study
        ("Users could still read mail over protocols like IMAP, SMTP and POP3.", "IMAP"),
        ("The grant helps students seek jobs in STEM fields.", "STEM"),
        # a compass point in letters
        ("Winds came from the SW at dawn.", "SW"),
        # a person's dotted initials, used alone where the full name is written elsewhere
        ('He joined J.C. Varnholt\'s film. "The tension that J.C. creates is real," he said.', "J.C."),
        # an entry of a live page opens after its time: its first word is a sentence's
        ("02.10 Stormy weather has forced rescuers to suspend their search.", "Stormy"),
        # ages of the earth's history
        ("Those records go back through the Cenozoic, the Pliocene and the Holocene.", "Pliocene"),
        ("Those records go back through the Cenozoic, the Pliocene and the Holocene.", "Cenozoic"),
        # the title of another piece to read, and a governor's yearly address
        ("Read more in Tarnby Cross-Border Selling Guide.", "Tarnby Cross-Border Selling Guide"),
        ("Gov. Ilse Varn's State of the State speech on Tuesday angered him.", "State of the State"),
    ],
)
def test_no_cut_or_stretched_draft(text: str, wrong: str) -> None:
    kinds = _kinds(text)
    assert wrong not in kinds or (wrong == "Kurdish" and kinds[wrong] != "place"), kinds


def test_town_after_which_another_state_is_named_is_not_a_town_abroad_by_another_spelling() -> None:
    """A town named with its country after a comma is that country's: the gazetteer's look-alike abroad (another
    spelling of a town in another state) is not taken for it, nor given to it as an alias."""
    from dossier.ingest.extract import extract

    text = "The delegates met at a summit in Cancun, Mexico, last spring. Mexico hosted it for the second time."
    drafts = {draft.name: draft for draft in extract(text, None, [], set(), "t", language="en").actors}
    assert drafts["Cancun"].kind.value == "place"
    assert not any("china" in alias.casefold() or "chun" in alias.casefold() for alias in drafts["Cancun"].aliases)
    assert "China" not in drafts["Cancun"].found_by
