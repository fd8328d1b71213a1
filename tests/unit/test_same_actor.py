"""Which existing actors a draft may be: what ingest notes and the review desk offers to merge."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.same_actor import may_be_same
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.conftest import make_workspace, write


@pytest.fixture(autouse=True, scope="module")
def _places_at_hand() -> None:
    gazetteer()  # the desk uses the table only once it is built; here it always is


def same(name: str, kind: str, other: str, other_kind: str | None = None, aliases: tuple[str, ...] = ()) -> bool:
    return may_be_same(name, kind, (name,), other, other_kind or kind, (other, *aliases))


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Lukashenko", "Alyaksandr Lukashenka"),  # a short form spelled otherwise
        ("Aleksandr Lukashenko", "Alyaksandr Lukashenka"),  # two romanisations
        ("Mohammed bin Tariq", "Muhammad bin Tariq"),  # a given name spelled otherwise
        ("Alex Morrow", "Alexander Morrow"),  # a given name cut short
        ("J. Morrow", "Jessica Morrow"),  # an initial
        ("Putin", "Vladimir Putin"),
        ("Amy Holt", "Detective Sergeant Amy Holt"),  # a title before the name
        ("Gethin", "Gethin Marlowe"),  # a given name alone, as a feature writes it
    ],
)
def test_a_person_under_another_spelling_or_a_short_form_may_be_the_same(name: str, other: str) -> None:
    assert same(name, "person", other)


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Dara Pell", "Dara Quint"),  # one given name, two families
        ("Brigitte Hollis", "Joan Hollis"),  # one family, two given names
        ("Alex Borsten", "Alexander Stoddard"),  # a few letters in common
        ("Garrard", "Grady"),
        ("Ellie", "Ollie Greaves"),  # one word like a given name only
        ("Cole", "Colegate"),  # a name that starts the same
        ("Hollins", "Judy Collins"),  # family names that rhyme
        ("Callum Dorrigan", "Niamh Corrigan"),
        ("Amara Osei", "Amira Osei-Lindqvist"),
    ],
)
def test_two_people_who_share_a_name_part_or_some_letters_are_not_offered(name: str, other: str) -> None:
    assert not same(name, "person", other)


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Austria", "Australia"),  # two states, 88% alike as strings
        ("Pinsk", "Minsk"),  # two towns of Belarus
        ("Argentina", "Antigua"),
        ("Vienna", "Vietnam"),
        ("Saint-Denis", "Spain"),
    ],
)
def test_two_places_the_gazetteer_knows_apart_are_never_offered(name: str, other: str) -> None:
    kinds = {"Austria": "state", "Argentina": "state", "Vietnam": "state", "Spain": "state"}
    assert not may_be_same(name, kinds.get(name, "place"), (name,), other, kinds.get(other, "place"), (other,))


def test_a_place_in_or_of_another_is_not_it() -> None:
    assert not same("Thailand", "state", "Gulf of Thailand", "place")
    assert not same("Varnbridge", "place", "Hotel Quill Varnbridge")
    assert not same("Tarnopol", "place", "Tarnopol Oblast")
    assert same("Varnbridge", "place", "Varnbridge-Quell")  # a double name: the analyst decides


def test_places_the_gazetteer_does_not_know_need_nearly_the_same_spelling() -> None:
    assert not same("Quarnbridge", "place", "Tarnbridge")  # one letter or two apart: two towns
    assert not same("Tebworth", "place", "Tenworth")
    assert same("Quarnbridge", "place", "Quarnbrige")  # a slip of the pen


def test_spellings_the_gazetteer_gives_one_place_may_be_the_same_however_unlike() -> None:
    assert same("Kiev", "place", "Kyiv")
    assert same("Gomel", "place", "Homyel")
    # By any of the actor's spellings: the draft "Mailand" from a German page and a curated Milan.
    assert may_be_same("Mailand", "place", ("Mailand", "Milan"), "Milano", "place", ("Milano",))


def test_bodies_are_told_apart_by_the_words_they_do_not_share() -> None:
    assert not same("Chinese government", "organization", "Turkish government")
    assert not same("Flora Trust International", "organization", "Wildlife Management International")
    assert not same("Kestrel Valley Club", "organization", "Harbour Island Club")
    # A demonym stands for its state, and word order does not matter.
    assert same("Turkish Constitutional Court", "organization", "Constitutional Court of Turkey")
    assert same("Hezbollah", "organization", "Hizballah")  # two transliterations
    assert same("Quillon", "organization", "Quillon Labs")  # a short form that shares a word whole
    # Not a body's word alone: "Council" is no short form of "Arts Council".
    assert not same("Council", "organization", "Varnshire Arts Council")
    # Not a short form only spelled like one word of a longer name.
    assert not same("Guiyang", "place", "Kien Giang Biosphere Reserve")


def test_two_acronyms_are_alike_only_when_they_are_the_same_letters() -> None:
    assert not same("NASA", "organization", "NOAA")
    assert not same("MLB", "organization", "MLS")
    assert same("N.A.S.A.", "organization", "NASA")


def test_a_place_named_with_its_country_is_not_the_country_and_kinds_apart_need_the_same_name() -> None:
    assert not may_be_same("Vietnam", "state", ("Vietnam",), "Cua Lo, Vietnam", "place", ("Cua Lo", "Cua Lo, Vietnam"))
    assert not same("Argentina", "state", "Martina Vell", "person")
    assert same("Obama", "place", "Obama", "person", aliases=("Barack Obama",))


def test_ingest_notes_a_look_alike_only_when_it_may_be_the_same_actor(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    write(root / "actors" / "australia.yaml", "id: australia\nname: Australia\nkind: state\n")
    write(root / "actors" / "hizballah.yaml", "id: hizballah\nname: Hizballah\nkind: organization\n")
    article = write(
        tmp_path / "talks.md",
        "---\ntitle: Talks in Vienna\npublished: 2025-03-04\n---\n"
        "Envoys from Austria met in Vienna on Monday. Hezbollah said on Tuesday it would attend.\n",
    )
    assert ingest_file(root, article).status == "added"
    actors = load_workspace(root).actors
    assert "austria" in actors and "looks like" not in (actors["austria"].notes or "")
    assert "looks like existing actor 'hizballah'" in (actors["hezbollah"].notes or "")


def test_a_state_s_body_named_by_its_people_is_the_known_body_named_with_of(tmp_path: Path) -> None:
    # Once a look-alike ("may be the same"), now one record: the two word orders of one state's body
    # (tests/unit/test_ingest_realmix2.py has the rule's own tests).
    root = make_workspace(tmp_path / "ws")
    write(root / "actors" / "court.yaml", "id: court\nname: Constitutional Court of Turkey\nkind: organization\n")
    article = write(
        tmp_path / "ruling.md",
        "---\ntitle: A ruling\npublished: 2025-03-04\n---\nThe Turkish Constitutional Court ruled on Tuesday.\n",
    )
    before = set(load_workspace(root).actors)
    assert ingest_file(root, article).status == "added"
    assert set(load_workspace(root).actors) == before  # no draft "Turkish Constitutional Court" beside 'court'
