"""Round realread27: rules found reading real news texts by hand (a US broadcaster's stories of health, justice,
politics, business and technology, with a market page's tickers). Invented sentences and names: states before
the posts held for them, persons named in common words, shares' codes, shops' possessive names, and words that
open a clause or a headline without naming anyone."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a state before its governor's abbreviated post, and before "State Sen."
        ("After the vote, Nebraska Gov. Ilse Varnholt said the plan was dead.", "Nebraska", "place"),
        ("Police detained two protesters, including Idaho State Sen. Tom Quellby.", "Idaho", "place"),
        # a state before a party's adjective and the member's post
        ("The ad attacked North Dakota Democratic Rep. Ann Tarnwell on Monday.", "North Dakota", "place"),
        # a given name the text never writes in lower case, then a family name, both common words
        ("Police said the teenager Peter Black was shot on Saturday.", "Peter Black", "person"),
        # a shop's name in the possessive, before its share's code or beside another in a list
        (
            "Apple signed on retailers including Tarnby's, Quellson's ( QS ) and Varnco ( VRN ) .",
            "Tarnby's",
            "organization",
        ),
        ("Apple signed on retailers including Tarnby's, Quellson's ( QS ) and Varnco.", "Quellson's", "organization"),
        # two mastheads joined by a hyphen: a merged paper, no double family name
        ("It was first reported by the Tarnby Post-Gazette on Monday.", "Tarnby Post-Gazette", "media"),
        # a carrier by its trade, last in the name
        (
            "Quellmiya Transportation Services was started in 2011 by Tom Varn.",
            "Quellmiya Transportation Services",
            "organization",
        ),
        # common words, but described as a business after the comma
        (
            "The couple's Coming Soon Bridal Shop, a business they built over 25 years, is dark.",
            "Coming Soon Bridal Shop",
            "organization",
        ),
        # a hill or a block after a body's word: the grounds, a place
        ("The gunman was shot inside Parliament Hill's Centre Block on Tuesday.", "Parliament Hill", "place"),
        # the US central bank by its short name after "the"
        ("The reality is the Fed can't do much right now, Ann Varn said.", "Fed", "organization"),
        # what only a firm is, after "which will be"
        (
            "Tarnco will sell its chip unit to Quellfoundry, which will be a supplier of chips to Tarnco.",
            "Quellfoundry",
            "organization",
        ),
        # a firm's noun, then its name between dashes
        (
            "Five years later she launched a new company -- Ann Tarns -- which sells candles.",
            "Ann Tarns",
            "organization",
        ),
        # a site named after "sites like"
        ("His eyes light up when his thoughts turn to historic sites like the Quellosseum.", "Quellosseum", "place"),
        # a plural noun of places and a colon, then the one meant
        (
            "The change is most true in one of Tarnby's oldest suburbs: Quellstock. Visitors see the harbor.",
            "Quellstock",
            "place",
        ),
        # a man of a nation, then his name: the name alone
        ("Tom Varnby beat Frenchman Gilles Quellet to win his first title on Sunday.", "Gilles Quellet", "person"),
        # an outlet by its brand's casing, before what it publishes
        ("The letter follows a QuellFeed report that revealed how the agency seized a phone.", "QuellFeed", "media"),
        # a legislature's building by its one word
        ("Protesters gathered outside the Capitol on Monday, Ann Varn said.", "Capitol", "place"),
        # a station's call letters on a page about radio stations
        ("Two local radio stations sent a message. KQLT said its ban was prompted by complaints.", "KQLT", "media"),
        # an age in years after the comma: a person
        ("Quellde, the 17-year-old pop star from New Zealand, won a prize this year.", "Quellde", "person"),
        # "Press" opens the post's title, no outlet's name
        ("Quellford Council Press Secretary Ann Varn confirmed the release.", "Quellford Council", "organization"),
    ],
)
def test_names_drafted_whole_with_their_kind(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # a share's code in a market page's padded brackets, or beside an index's name
        ("Now Ann Varn has Quellbook ( QB , Tech30 ) on her side.", "QB"),
        ("Apple signed on retailers including Tarnby's and Varnfoods ( VFM ) .", "VFM"),
        # a verb's -ing form opening the clause after a colon
        ("Towns struggle with two problems: Revitalizing districts and employing immigrants.", "Revitalizing"),
        # a speaker's language after a possessive
        ("If there is no deal, excuse my Spanish, all hell will break loose.", "Spain"),
        ("Her German was poor, Ann Varn said.", "Germany"),
        # the reader told to watch, before an outlet's possessive
        ("Watch Quell TV's full interview with Ann Varn during the show.", "Watch Quell TV"),
        # letters of a kind of body after "a" and its adjective
        ("A super PAC backed by the Varn brothers is spending $6 million.", "PAC"),
        # a headline's participle said of a person, before a body's name
        ("Accused Tarnby Council clerk's mental health questioned", "Accused Tarnby Council"),
        # a common term in capitals
        ("He took pictures of the game from a VIP suite at the Quellby stadium.", "VIP"),
        # a title one holds, after "the title of"
        ("Artists flock to a city that holds the title of Quell Design Capital for 2014.", "Quell Design Capital"),
        # a disease named before "virus" or "patient", wherever the page writes it
        ("Quellola patient Tom Varn was cleared. None of them will get Quellola, Ann Tarn said.", "Quellola"),
    ],
)
def test_words_that_name_no_actor(text: str, not_a_name: str) -> None:
    assert not_a_name not in draft_kind_names(text)


def test_body_letters_without_its_state_are_its_short_form() -> None:
    # "the U.S. ... Administration", later "the QEA": the body's own initials, its state's letters left out
    drafts = draft_kind_names(
        "Tarnbook has sent a letter to the U.S. Quell Enforcement Administration asking agents to stop. "
        "The QEA seized a woman's phone in 2013, Ann Varn said."
    )
    assert "QEA" not in drafts
    assert drafts.get("U.S. Quell Enforcement Administration") == "organization"


def test_hyphened_towns_open_no_firm() -> None:
    # two towns joined by a hyphen are no "town and a trade's word" opening a firm's name
    drafts = draft_kind_names("Tampa-St. Petersburg has found a way to revive its streets.")
    assert drafts.get("Tampa-St. Petersburg") != "organization"
