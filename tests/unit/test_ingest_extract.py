"""Draft extraction from whole articles: new actors and their kinds, events, quotes and speakers."""

from __future__ import annotations

import datetime as dt

from dossier.ingest.extract import extract
from dossier.ingest.extract_text import read_document
from dossier.model import Actor, ActorKind
from dossier.paths import bundled_seeds
from tests.unit.ingest_helpers import HTML_ARTICLE, UNKNOWN_PLACES


def _run(text: str, published: dt.date | None, known: list[Actor] | None = None):  # type: ignore[no-untyped-def]
    return extract(text, published, known or [], set(), "test01")


def _kinds(extraction) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {draft.name: draft.kind.value for draft in extraction.actors}


def test_a_story_no_gazetteer_knows_still_gets_sensible_drafts() -> None:
    text = read_document(UNKNOWN_PLACES).text
    kinds = _kinds(_run(text, None))
    assert kinds == {
        "Varnakh": "place",  # "the Varnakh valley"
        "Oskeldorf": "place",  # "the villages of Oskeldorf and Tremmin"
        "Tremmin": "place",
        "Ysolde Marrack": "person",  # "Colonel Ysolde Marrack"
        "Varnakh Rescue Brigade": "armed_force",
        "Pellam Courier": "media",
        "Joss Quarrie": "person",  # "Elder Joss Quarrie"
    }


def test_titles_demonyms_and_the_gazetteer_give_kinds() -> None:
    document = read_document(HTML_ARTICLE)
    extraction = _run(document.text, dt.date(2022, 2, 18))
    kinds = _kinds(extraction)
    assert kinds["Viktar Khrenin"] == "person"
    assert kinds["Mazyr"] == "place"
    assert kinds["Geneva"] == "place"
    assert kinds["Belarus"] == "state"  # from "Belarusian units" only
    assert kinds["Ukraine"] == "state"
    drafts = {draft.name: draft for draft in extraction.actors}
    assert drafts["Viktar Khrenin"].found_by == "title 'Defence Minister'"
    assert "gazetteer: Mazyr, Belarus" in drafts["Mazyr"].found_by


def test_events_are_dated_sentences_with_participants() -> None:
    document = read_document(HTML_ARTICLE)
    extraction = _run(document.text, dt.date(2022, 2, 18))
    events = {event.date_text: event for event in extraction.events}
    assert events["Wednesday"].date == "2022-02-16"
    assert events["Monday"].date == "2022-02-21"  # "talks scheduled for Monday": ahead of publication
    assert events["Between 10 and 20 February"].date == "2022-02-10/2022-02-20"
    names = {draft.id: draft.name for draft in extraction.actors}
    assert events["Wednesday"].place is not None and names[events["Wednesday"].place] == "Mazyr"
    assert {names[a] for a in events["Between 10 and 20 February"].participants} >= {"Russia", "Belarus"}


def test_quotes_name_their_speaker_or_keep_the_source_words() -> None:
    text = read_document(HTML_ARTICLE).text
    extraction = _run(text, dt.date(2022, 2, 18))
    by_words = {text[q.start : q.end]: q for q in extraction.quotes}
    drafts = {draft.id: draft.name for draft in extraction.actors}
    routine = by_words["These are routine drills that we hold every winter,"]
    assert drafts[routine.attributed_to] == "Viktar Khrenin"
    anonymous = next(q for words, q in by_words.items() if words.startswith("A Western diplomat"))
    assert anonymous.attributed_to == "A Western diplomat"  # as the source words it, never guessed
    ministry = next(q for words, q in by_words.items() if words.startswith("According to the Ukrainian"))
    assert ministry.attributed_to == "the Ukrainian foreign ministry"
    assert ministry.stance.value == "reports"


def test_the_seed_article_files_spellings_of_one_person_as_one_draft() -> None:
    seeds = bundled_seeds()
    text = next((seeds / "sources").glob("*.txt")).read_text(encoding="utf-8")
    extraction = _run(text, dt.date(2022, 2, 27))
    lukashenka = [d for d in extraction.actors if "Lukashenka" in d.name or "Lukashenko" in d.name]
    assert len(lukashenka) == 1
    assert lukashenka[0].kind is ActorKind.person
    assert "Lukashenko" in lukashenka[0].aliases
    # A pronoun after him is his; a denial is a denial.
    quotes = {text[q.start : q.end][:30]: q for q in extraction.quotes}
    assert quotes["Also, he declared that Ukraine"].attributed_to == lukashenka[0].id
    denied = next(q for words, q in quotes.items() if words.startswith("Ukraine had invaded"))
    assert denied.stance.value == "denies"
    unnamed = next(q for words, q in quotes.items() if words.startswith("A.P. quotes"))
    assert unnamed.attributed_to == "an unnamed official"


def test_a_draft_that_looks_like_a_known_actor_stays_a_draft_with_a_suggestion() -> None:
    # The curated town under an older spelling: alike, but never linked on likeness alone.
    known = [Actor(id="pinszk", name="Pinszk", kind=ActorKind.place)]
    extraction = _run("Troops arrived in Pinsk on Monday, officials said.", dt.date(2022, 2, 28), known)
    assert [m.actor_id for m in extraction.known_mentions] == []
    [pinsk] = extraction.actors
    assert pinsk.name == "Pinsk"
    assert any("looks like existing actor 'pinszk'" in note for note in pinsk.notes)
    # Minsk is spelled much the same, but it is another town: no suggestion.
    minsk = [Actor(id="minsk", name="Minsk", kind=ActorKind.place)]
    [pinsk] = _run("Troops arrived in Pinsk on Monday, officials said.", dt.date(2022, 2, 28), minsk).actors
    assert not pinsk.notes


def test_the_speaker_of_a_dated_statement_is_its_speaker() -> None:
    from tests.unit.ingest_helpers import MARKDOWN_ARTICLE

    document = read_document(MARKDOWN_ARTICLE)
    extraction = _run(document.text, dt.date(2022, 3, 4))
    # (The next sentence, "Lukashenko told reporters ... that “...”", is dated by it too, as uncertain.)
    [statement] = [e for e in extraction.events if e.date_text == "Thursday" and e.date == "2022-03-03"]
    assert statement.date == "2022-03-03"
    names = {draft.id: draft.name for draft in extraction.actors}
    speakers = [names[actor] for actor, role in statement.roles.items() if role == "speaker"]
    assert speakers == ["Alexander Lukashenko"]


def test_a_day_without_a_year_is_dated_in_the_sources_year_and_keeps_its_words() -> None:
    extraction = _run("On Feb. 3, border guards detained twelve people.", dt.date(2022, 3, 10))
    [event] = extraction.events
    assert (event.date, event.date_text) == ("2022-02-03", "Feb. 3")


def test_a_sentence_naming_two_days_reports_two_events() -> None:
    text = "The minister visited Turkey on 4 April and Uzbekistan from 5-6 April 2016."
    extraction = _run(text, None)
    assert sorted((e.date, e.date_text) for e in extraction.events) == [
        ("2016-04-04", "4 April"),  # the year the sentence names
        ("2016-04-05/2016-04-06", "from 5-6 April 2016"),
    ]
    # The sentence is the one quote behind both.
    [quote] = [q for q in extraction.quotes if q.found_by == "the event's sentence"]
    assert {e.id for e in extraction.events} <= set(quote.about)
