"""Round realmix3: real news pages in five languages ingested into ONE workspace; which record each mention goes to
and what name the record shows.

Each test ingests several invented documents, one after another, into one workspace on disk (as `dossier ingest`
does with one session), then looks at the actor records a reader would see and at the records each document's
events and quotes link to, and runs `check`. Invented sentences and names throughout (the states are real: the
gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kind_names, draft_kinds, drafts_and_links, ingest_linked


def _ingest(root: Path, *texts: str) -> tuple[dict[str, list[str]], dict[int, set[str]]]:
    """`ingest_linked`: each actor's name with its kind and aliases, and what each document links to."""
    records, linked = ingest_linked(root, *texts)
    return {actor.name: [actor.kind.value, *actor.aliases] for actor in records}, linked


def test_a_bare_court_is_the_court_of_the_state_whose_bodies_its_page_names_on_every_later_page(
    tmp_path: Path,
) -> None:
    # Page 1 names Paraguay's prosecutors in full, then "the Supreme Court": Paraguay's court. Page 2 names it in
    # full and page 3 bare on a page about Paraguay: both link to that record. Page 4's bare court is Chile's: a
    # record of its own, named with its state, not a link to Paraguay's.
    actors, linked = _ingest(
        tmp_path / "ws",
        "# Extradition\n\nOn Monday the Attorney General's Office of Paraguay asked the Supreme Court to halt the "
        "extradition of the banker Ilse Varnholt.\n",
        "# Ruling\n\nOn Friday the Supreme Court of Paraguay refused the request of the banker Ilse Varnholt.\n",
        "# Appeal\n\nLawyers for the banker Ilse Varnholt said on Tuesday that they would ask the Supreme Court to "
        "hear the case again, the Attorney General's Office of Paraguay said.\n",
        "# Fine upheld\n\nOn Wednesday Chile's Supreme Court upheld the fine against the miner Tarvo Quellen.\n",
    )
    courts = {name: entry for name, entry in actors.items() if "Supreme Court" in name}
    assert set(courts) == {"Supreme Court", "Supreme Court of Chile"}
    assert "Supreme Court of Paraguay" in courts["Supreme Court"]
    assert "Supreme Court" in linked[2] and "Supreme Court" in linked[3]
    assert "Supreme Court" not in linked[4] and "Supreme Court of Chile" in linked[4]


def test_a_korean_name_written_given_name_first_after_a_job_noun_is_a_person_its_family_name_names_later(
    tmp_path: Path,
) -> None:
    # "Do" is an English word as well as a Korean given name; after "fraudster" and before a Korean family name the
    # two words are a person, whom a later page names by the family name alone.
    actors, linked = _ingest(
        tmp_path / "ws",
        "# Sentenced\n\nSouth Korean crypto entrepreneur and convicted fraudster Do Baek was sentenced to nine years "
        "on Thursday in Tarnby.\n",
        "# Plea\n\nBaek pleaded guilty in August, prosecutors in Tarnby said on Friday.\n",
    )
    assert actors["Do Baek"][0] == "person"
    assert "Baek" not in actors
    assert "Do Baek" in linked[2]


@pytest.mark.parametrize("noun", ["entrepreneur", "fraudster", "swindler", "conman", "banker"])
def test_each_job_noun_of_crime_and_money_pages_before_a_name_makes_it_a_person(noun: str) -> None:
    assert draft_kind_names(f"On Thursday the {noun} Do Baek was sentenced to nine years in Tarnby.")["Do Baek"] == (
        "person"
    )


def test_a_minister_is_not_a_spelling_of_the_known_ministry_he_heads() -> None:
    # A spelling alike changes a name's letters ("Radic" for "Rodic"), not a post into its office.
    ministry = Actor(
        id="ministry-of-justice", name="Ministry of Justice", kind=ActorKind.organization, found_by="an earlier page"
    )
    _drafts, links = drafts_and_links(
        "Lawyers for the banker Do Baek said on Tuesday that the extradition could only be approved by the Minister "
        "of Justice.",
        [ministry],
    )
    assert links.get("Minister of Justice") != "ministry-of-justice"


def test_a_bodys_letters_beside_its_full_name_on_one_page_are_that_body() -> None:
    # "BOT" (with its small word's letter) and "Bank of Tarnia" on one page, the letters never defined: one body.
    drafts = draft_kind_names(
        "The Bank of Tarnia would wait until March, BOT Gov. Ilse Varn told reporters on Friday. The BoT held its rate."
    )
    assert drafts["Bank of Tarnia"] == "organization"
    assert "BOT" not in drafts and "BoT" not in drafts


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "O dólar caiu após os comentários de Ueda na quinta-feira, segundo analistas em Tarnby."),
        ("es", "El dólar cayó tras los comentarios de Ueda el jueves, según los analistas de Tarnby."),
        ("fr", "Le dollar a chuté après les commentaires de Ueda jeudi, selon les analystes de Tarnby."),
    ],
)
def test_a_towns_name_after_a_noun_for_what_was_said_and_of_is_a_speaker_not_the_town(language: str, text: str) -> None:
    # Ueda is a town in Japan and the family name of a central banker: "the comments of Ueda" are a person's. On a
    # page read before the banker is known, the town made a place record that later pages' Ueda linked to.
    assert "Ueda" not in draft_kinds(text, language)
    # ...while after a preposition of place the town stays a town.
    assert draft_kinds("O dólar caiu após a chegada a Ueda na quinta-feira, segundo analistas.", "pt") == {
        "Ueda": ActorKind.place
    }


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The banker Do Baek used a forged Costa Rican passport in an attempt to flee Tarnby.", "Costa Rica"),
        ("A Saint Lucian fisherman was rescued off Tarnby on Monday.", "Saint Lucia"),
    ],
)
def test_the_people_of_a_state_named_by_two_words_are_named_with_both(text: str, state: str) -> None:
    # "Costa Rican passport": the state's people's word, not an unknown name of kind other.
    drafts = draft_kind_names(text)
    assert drafts.get(state) == "state"
    assert not any(name.endswith(("Rican", "Lucian")) for name in drafts)


def test_the_letters_of_a_law_the_page_names_in_full_are_no_body() -> None:
    # "THPA" is the Tarnby Harbour Protection Act: a law, no organisation.
    drafts = draft_kind_names(
        "The court limited the use of the Tarnby Harbour Protection Act on Monday. Officials said THPA powers cannot "
        "raise revenue."
    )
    assert "THPA" not in drafts


def test_a_plural_title_after_of_names_a_body_and_opens_no_list_of_persons() -> None:
    # "House of Councillors": a chamber named after its members; the committee after it is a body, not a councillor.
    drafts = draft_kind_names(
        "Speaking at a meeting of the House of Councillors Budget Committee in Tarnby, Governor Ilse Varnholt said "
        "rates would rise."
    )
    assert drafts.get("House of Councillors Budget Committee") == "organization"
    assert "Budget Committee" not in drafts


def test_a_place_a_page_in_another_language_drafts_shows_the_gazetteers_name_with_its_spelling_as_alias(
    tmp_path: Path,
) -> None:
    # The record of a place is filed by whichever page drafts it first; in one workspace of five languages the
    # analyst looks it up by the gazetteer's name, with the page's spelling kept.
    actors, _linked = _ingest(
        tmp_path / "ws",
        "# Zinsen\n\nDie Notenbank in Tokio hob am Freitag den Leitzins an, wie Analysten der Bank Tarnwald "
        "berichteten.\n",
        "# 환율\n\n서울에서 열린 회의에서 위원들은 환율 변동을 우려했다고 밝혔다.\n",
    )
    assert actors["Tokyo"][0] == "place" and "Tokio" in actors["Tokyo"]
    assert actors["Seoul"][0] == "place" and "서울" in actors["Seoul"]
    assert "Tokio" not in actors and "서울" not in actors
