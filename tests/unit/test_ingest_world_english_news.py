"""English news as papers across the world write it: datelines, honorifics, names and lists.

Invented examples in the manner of Philippine, South Asian, Malaysian, Canadian and Caribbean
papers (none of their names is from a real page).
"""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town whose name opens with a title word, in a dateline's capitals
        ("PRINCE ALBERT, Sask. — The mill will close in March, its owner said on Monday.", "Prince Albert"),
        ("KING CITY, Calif. (AP) — A brush fire forced hundreds from their homes.", "King City"),
        # a dateline closed by a colon, as South Asian and Malaysian papers write it
        ("SHAH ALAM: A contractor has claimed trial to four charges of cheating.", "Shah Alam"),
        ("MULTAN: Cotton growers demanded higher support prices on Tuesday.", "Multan"),
    ],
)
def test_a_dateline_town_is_a_place_even_when_its_name_opens_with_a_title(text: str, place: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(place) is ActorKind.place, kinds


def test_a_word_in_capitals_before_a_colon_is_no_dateline_unless_it_is_a_town() -> None:
    kinds = draft_kinds("UPDATE: Police said the road had reopened after the crash.", language="en")
    assert "UPDATE" not in kinds and "Update" not in kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The factory is owned by Md Rafiqul Hasan and his brother.", "Md Rafiqul Hasan"),
        ("Mohd Faizal Zulkifli, a contractor, was charged on Monday.", "Mohd Faizal Zulkifli"),
        ("Trade Undersecretary Ramon Dalisay said the bureau had acted.", "Ramon Dalisay"),
        ("Deputy Commissioner Atty. Marivic Sorreda-Lim told senators the case was referred.", "Marivic Sorreda-Lim"),
        ("Tun Rahim Osmandi spoke at the dinner.", "Rahim Osmandi"),
    ],
)
def test_abbreviated_given_names_and_local_titles_make_persons(text: str, person: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(person) is ActorKind.person, kinds
    assert not {"Atty", "Md", "Undersecretary"} & set(kinds)


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Protesters blocked the Rajshahi-Khulna highway for four hours.", ("Rajshahi", "Khulna")),
        ("A Leipzig-Dresden train was cancelled after the storm.", ("Leipzig", "Dresden")),
    ],
)
def test_towns_joined_by_a_hyphen_before_what_links_them_are_each_a_place(text: str, towns: tuple[str, str]) -> None:
    kinds = draft_kinds(text, language="en")
    assert all(kinds.get(town) is ActorKind.place for town in towns), kinds
    assert "-".join(towns) not in kinds


def test_a_name_after_a_preposition_of_place_is_not_the_speaker_of_the_verb_after_it() -> None:
    kinds = draft_kinds("Rice sellers in Tarlac and Nueva Varnia said the smuggled grain was cheaper.", language="en")
    assert kinds.get("Nueva Varnia") is ActorKind.place, kinds
    # a name that opens the clause still speaks
    assert (
        draft_kinds("Ysolde Varnia said the grain was cheaper.", language="en").get("Ysolde Varnia") is ActorKind.person
    )


def test_a_first_nation_is_a_body() -> None:
    kinds = draft_kinds("The Tarnwick Lake First Nation has asked the court to quash the permit.", language="en")
    assert kinds.get("Tarnwick Lake First Nation") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The firm's lawyer, Tan Sri Harjit Singh Varma, said his client had cooperated.", "Harjit Singh Varma"),
        ("Puan Sri Noraini Kassimi opened the new ward on Friday.", "Noraini Kassimi"),
        # the family name Tan alone opens a person's name as before
        ("Tan Boon Keat was fined RM5,000 by the court.", "Tan Boon Keat"),
    ],
)
def test_a_malaysian_honour_of_two_words_is_no_part_of_the_name(text: str, person: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(person) is ActorKind.person, kinds


@pytest.mark.parametrize(
    ("text", "party", "person"),
    [
        ("BJP MLA Ramesh Tiwarkar said the road would be repaired by June.", "BJP", "Ramesh Tiwarkar"),
        ("PTI MNA Shireen Qazalbash said the bill was rushed.", "PTI", "Shireen Qazalbash"),
    ],
)
def test_a_partys_letters_before_a_members_letters_are_the_party_not_a_seat(text: str, party: str, person: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(party) is ActorKind.organization, kinds
    assert kinds.get(person) is ActorKind.person, kinds


@pytest.mark.parametrize("letters", ["MP", "MLA"])
def test_a_seat_named_with_a_title_word_after_a_members_letters_stays_a_place(letters: str) -> None:
    kinds = draft_kinds(f"The {letters} for Prince Albert Marlow spoke in the debate.", language="en")
    assert kinds.get("Prince Albert Marlow") is ActorKind.place, kinds
    assert "Albert Marlow" not in kinds
