"""Round realread26: rules found reading real news texts by hand (a broadcaster's wire of politics, business,
arts and technology stories, and an Austrian paper's agency stories in German). Invented sentences and names:
a quarter's date that may be marked uncertain, and bodies, places and works by the words around them."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.dates import validate_edtf
from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


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


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a name between "the" and a lower-case "group" is the group of firms, not a small town of that spelling
        (
            "The market is shared by four firms, among them the Marlow group and the Pentra group.",
            "Marlow",
            "organization",
        ),
        # tobacco firms and mobile carriers by their trade, last in the name
        (
            "Among the accused were QK Quellmore Tobacco, Tarnold Tobacco and Brown and Varnholt.",
            "Tarnold Tobacco",
            "organization",
        ),
        # a band by its former member's instrument
        (
            "Film director Tom Varn and former Quellur guitarist Graham Tarnby designed cards.",
            "Quellur",
            "organization",
        ),
        # a public body by the noun before its name
        (
            "Three quangos, education and training body Quelva, the Tarn Tourist Board and the Varn Agency, will go.",
            "Quelva",
            "organization",
        ),
        # "the Isle of" opens an island's name
        (
            "New airports, such as one planned for the Isle of Quellby east of Tarnford, were studied.",
            "Isle of Quellby",
            "place",
        ),
        # a firm before a qualified post and its holder
        ("It is a bad law, Quellair deputy chief executive Michael Tarnby told the radio.", "Quellair", "organization"),
        # a full name listed only with persons' full names, each with its work in brackets, is a person
        (
            "The prize goes to Dominic Tarnby (Dark Hours), Romola Quellai (Calico) or Ben Quishaw (Hamlet).",
            "Romola Quellai",
            "person",
        ),
        # a body's word before a venue's head names the body that runs the venues
        (
            "The council gave a contract to Varn Alliance Digital Cinema (VADC), who will set up the network.",
            "Varn Alliance Digital Cinema",
            "organization",
        ),
        # an outlet's edition for a nation of two words is one outlet
        ("Speaking to CNN Northern Ireland before the gala, Tom Varn smiled.", "CNN Northern Ireland", "media"),
    ],
)
def test_kind_of_a_name_read_on_real_texts(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "New" opening a sentence before a body's letters is the sentence's adjective
        ("New EU rules set compensation at between 250 and 600 euros.", "New EU"),
        # letters that spell lower-case words of the same text are a term, no body
        ("It has to come as foreign direct investment. The FDI relaxation could help, said Tomas Varn.", "FDI"),
        # a name before a lower-case noun of a gathering is the gathering's
        ("He spoke at Quellnet's quarterly Varn Computing event in Tarnby.", "Varn Computing"),
        # a vote is an event: a title word before "Election" makes no brand
        ("The party will announce its plans closer to the General Election, said Ilse Varn.", "General Election"),
        # "Neither" opening a sentence is no part of a name
        ("Neither Ask Quellby nor Tarnclick thrilled investors with their profit news.", "Neither Ask Quellby"),
        # titles listed after a plural noun of works and "include" are works, a title that reads as a name too
        (
            "The actor, whose films include Quellman's List, Michael Tarnby and Star Varns, said he was glad.",
            "Michael Tarnby",
        ),
        # a capital "The" after "and" opens a second name
        (
            "The Tarnby Post has no plans to go tabloid, although both The Sovereign and The Times have grown.",
            "Sovereign and The Times",
        ),
        # a title after a capital "The", then "by" and its author
        ("The Goat by Edward Quellby, The Pillowman by Martin Varn and others are shortlisted.", "Pillowman"),
        # a story's work named after its hero is the work wherever the page names it
        (
            "The stage version of the children's film Mary Varnpins opened. Mary Varnpins was created by Ilse Tarn.",
            "Mary Varnpins",
        ),
        # the short form of a firm named in full on the page is no town of that spelling
        (
            "Sprint buys kit from Lucent Technologies and Nortel Networks. Using kit from Lucent, it will be faster.",
            "Lucent",
        ),
        # a name before a lower-case "prize" is the prize's
        ("Shani Tarnwell won the 30,000 Quellwood painting prize in 2003.", "Quellwood"),
    ],
)
def test_no_draft_for_what_is_no_actor(text: str, absent: str) -> None:
    assert absent not in draft_kind_names(text)


def test_compound_with_a_lower_case_half_stays_in_the_name() -> None:
    # "Low-fare" is one word of the body's name; "Varn-led" relates one name to the next
    names = draft_kind_names("It faces a challenge from the Quellish Low-fare Airlines Association (QLAA).")
    assert names.get("Quellish Low-fare Airlines Association") == "organization"
    assert "Ilse Varn-led Quellco" not in draft_kind_names("Ilse Varn-led Quellco rose in early trading.")


def test_state_in_an_age_of_its_rulers_is_the_state() -> None:
    # "Bolshevik Russia": no body's branch in the state, no adjective drafted alone
    names = draft_kind_names("She said Tarnia had not likened the assembly to Bolshevik Russia, said Ilse Varn.")
    assert names.get("Russia") == "state"
    assert "Bolshevik Russia" not in names
    assert "Bolshevik" not in names
