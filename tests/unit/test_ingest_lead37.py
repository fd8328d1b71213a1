"""Round lead37: classes of names the lead's probes and the independent gold sets showed missing."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Opening the sentence, as frequent as a common word (for the town's sake) and with no cue of place.
        ("The envoys arrived on Monday. Geneva hosted the talks for three days.", "Geneva"),
        ("The storm passed to the north. Leeds was quiet on Sunday night.", "Leeds"),
        ("A new timetable starts in May. Kisumu welcomed the ferry service with a parade.", "Kisumu"),
        # Inside the sentence, after a verb of speech, which no preposition of place supports.
        ("The police said Leeds was calm after the protest.", "Leeds"),
    ],
)
def test_a_known_town_by_its_own_name_needs_no_cue(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) == "place", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # What speaks, plays or takes a plural verb is a person, a body or a side of the town's name.
        ("The transfer window shut. Memphis scored twice in the second half.", "Memphis"),
        ("The table was settled in May. Coventry were relegated on the last day.", "Coventry"),
        ("Rain delayed the start. Wigan won the toss and chose to bat.", "Wigan"),
        ("The bid came late. Leeds said the offer was too low.", "Leeds"),
        # A given name or a family name as well: the town needs a cue.
        ("The second half was tense. Preston was calm under the high ball.", "Preston"),
        # A listed firm's word: the city of Toyota is rarely what a page means by it.
        ("Markets were mixed. Toyota raised its forecast for the year.", "Toyota"),
    ],
)
def test_a_towns_name_that_acts_as_someone_is_no_place(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) != "place", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A common English word first, far commoner than its town's size explains.
        ("The treaty was signed in March. Independence was declared the next spring.", "Independence"),
        ("The exam rules changed. Mobile phones were banned from the hall.", "Mobile"),
        # On a page about sport a town's name alone is its side as often as the town.
        ("The club sacked its coach after the match. Leeds was second in the league at Christmas.", "Leeds"),
    ],
)
def test_a_towns_name_needs_a_cue_where_the_word_or_the_page_says_otherwise(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) != "place", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Opening a heading before its noun: an adjective as likely as the Kazakh city.
        ("Oral evidence: exports of arms to the region", "Oral"),
        # In the possessive before a capitalised word: the name of a game, not the town.
        ("The first act is slow. But Harrow's End has a voice of its own, damp and sly.", "Harrow"),
    ],
)
def test_a_towns_word_inside_another_name_or_before_its_noun_is_no_town(text: str, name: str) -> None:
    assert draft_kind_names(text).get(name) != "place", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        # The comma after the town left out: the town, then the person, neither part of the other's name.
        ("Speaking in Kampala Joseph Ssewungu said the count was rigged.", "Kampala", "Joseph Ssewungu"),
        ("In Lusaka Peter Mwale told the crowd to go home before dark.", "Lusaka", "Peter Mwale"),
        ("The envoys flew home. In Geneva Maria Okafor met them at the airport.", "Geneva", "Maria Okafor"),
    ],
)
def test_a_town_then_a_persons_name_with_no_comma_between_are_two_actors(text: str, place: str, person: str) -> None:
    drafts = draft_kind_names(text)
    assert (drafts.get(place), drafts.get(person)) == ("place", "person"), drafts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A place whose name goes on, and a person named after a town: one name each.
        ("The choir sang in Santa Maria Maggiore on Easter Sunday.", "Santa Maria Maggiore"),
        ("He was taught at Washington Irving High School for four years.", "Washington Irving High School"),
        # The capitals after the given name go on to a head word: one airport's name.
        ("Two flights a day land at Wick John O'Groats Airport in winter.", "Wick John O'Groats Airport"),
    ],
)
def test_a_longer_name_that_opens_with_a_town_stays_whole(text: str, name: str) -> None:
    assert name in draft_kind_names(text), draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A state system's campus, its town after an unspaced en dash, as with a hyphen.
        (
            "Ada Quell, a chemist at the University of Wisconsin–Milwaukee, led the study.",
            "University of Wisconsin–Milwaukee",
        ),
        ("He taught at the University of Missouri–Kansas City for a year.", "University of Missouri–Kansas City"),
        ("Staff at Texas A&M University–Commerce voted to strike.", "Texas A&M University–Commerce"),
    ],
)
def test_a_campus_after_an_en_dash_is_part_of_the_universitys_name(text: str, name: str) -> None:
    assert name in draft_kind_names(text), draft_kind_names(text)


def test_an_en_dash_between_two_towns_still_parts_them() -> None:
    drafts = draft_kind_names("The London–Paris service resumed after the strike ended.")
    assert (drafts.get("London"), drafts.get("Paris")) == ("place", "place"), drafts
