"""A thirtieth round on the held-out styles: a title with a double-barrelled surname after the full
name was given, a title opened by "Commanding" or "Acting", a rank's grade between the rank and the
name ("Sgt. 1st Class ..."), a few enlisted ranks, air and naval stations named by a force's acronym,
and a region's form of self-rule before "of" and its name. Every example is invented; each test
says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.cues import GROUPINGS_AFTER_THE, REGION_FORMS, REGION_QUALIFIERS, STATION_PREFIXES
from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def _aliases(text: str, name: str) -> list[str]:
    drafts = extract(text, None, [], set(), "t").actors
    return next(d.aliases for d in drafts if d.name == name)


@pytest.mark.parametrize("title", ["Secretary", "Minister", "Dr"])
def test_a_title_and_a_double_barrelled_surname_after_the_full_name_are_aliases(title: str) -> None:
    text = (
        "I thanked Secretary of State Oriel P. Varn-Tremmick of Oskelia for her work. "
        f"{title} Varn-Tremmick will host the next meeting in Honolulu."
    )
    aliases = _aliases(text, "Oriel P. Varn-Tremmick")
    assert f"{title} Varn-Tremmick" in aliases
    assert "Varn-Tremmick" in aliases


def test_a_double_barrelled_surname_alone_later_is_an_alias() -> None:
    text = "Oriel Varn-Tremmick won the seat. Varn-Tremmick said she was glad."
    assert "Varn-Tremmick" in _aliases(text, "Oriel Varn-Tremmick")


def test_two_bearers_of_a_double_barrelled_surname_share_no_alias() -> None:
    text = "Oriel Varn-Tremmick and Jonas Varn-Tremmick spoke. Minister Varn-Tremmick said no."
    drafts = extract(text, None, [], set(), "t").actors
    assert not any("Minister Varn-Tremmick" in d.aliases for d in drafts)


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        (
            "The ship is led by Commanding Officer Lieutenant Commander Priya Haldane-Voss, who joined in May.",
            "Commanding Officer Lieutenant Commander Priya Haldane-Voss",
        ),
        (
            "Commanding Officer Commander Owen Tresize said the crew was ready.",
            "Commanding Officer Commander Owen Tresize",
        ),
        ("Acting President Ilse Varnbrook said the talks would go on.", "Acting President Ilse Varnbrook"),
        ("The talks were led by Acting Director Tomas Veerle on Monday.", "Acting Director Tomas Veerle"),
    ],
)
def test_a_title_opened_by_commanding_or_acting_is_written_whole(text: str, alias: str) -> None:
    name = " ".join(alias.split()[-2:])
    assert alias in _aliases(text, name)


@pytest.mark.parametrize(
    "rank",
    [
        "Sgt. 1st Class",
        "Navy Petty Officer 2nd Class",
        "Airman First Class",
        "Warrant Officer Class 2",
        "Chief Warrant Officer 3",
    ],
)
def test_a_ranks_grade_stands_between_the_rank_and_the_name(rank: str) -> None:
    text = f"{rank} Darnell Prewitt was wounded in the attack near the base."
    assert f"{rank} Darnell Prewitt" in _aliases(text, "Darnell Prewitt")
    assert not any("Class" in name for name in draft_kinds(text))


def test_a_class_of_seats_is_no_grade() -> None:
    kinds = draft_kinds("The First Class Lounge at Varnley Airport opened on Monday.")
    assert not any(kind is ActorKind.person for kind in kinds.values())


@pytest.mark.parametrize("rank", ["Army Spc.", "Pfc.", "Lt Cdr", "Airman", "Chief Petty Officer Boatswain", "Coxswain"])
def test_an_enlisted_rank_or_a_crews_post_opens_the_name(rank: str) -> None:
    text = f"{rank} Jordan Tellweather was injured on Tuesday, officials said."
    assert f"{rank} Jordan Tellweather" in _aliases(text, "Jordan Tellweather")


@pytest.mark.parametrize("prefix", sorted(STATION_PREFIXES))
def test_a_station_named_by_a_forces_acronym_is_a_place(prefix: str) -> None:
    station = f"{prefix.upper()} Varnleigh"
    kinds = draft_kinds(f"The jets flew from {station} to the coast on Monday.")
    assert kinds.get(station) is ActorKind.place


def test_a_forces_own_body_after_its_acronym_is_no_station() -> None:
    kinds = draft_kinds("The RAF Regiment deployed to the coast on Monday.")
    assert kinds.get("RAF Regiment") is ActorKind.armed_force


@pytest.mark.parametrize("qualifier", sorted(REGION_QUALIFIERS))
def test_a_regions_qualifier_of_self_rule_opens_one_place(qualifier: str) -> None:
    region = f"{qualifier.capitalize()} Region of Varnagia"
    kinds = draft_kinds(f"Elections were held in the {region} on Monday, officials said.")
    assert kinds.get(region) is ActorKind.place


@pytest.mark.parametrize("form", sorted(REGION_FORMS))
def test_a_regions_form_after_autonomous_opens_one_place(form: str) -> None:
    region = f"Autonomous {form.capitalize()} of Varnagia"
    kinds = draft_kinds(f"Elections were held in the {region} on Monday, officials said.")
    assert kinds.get(region) is ActorKind.place


def test_a_body_of_a_region_keeps_its_kind() -> None:
    kinds = draft_kinds("The People's Assembly of Varnagia met on Monday, officials said.")
    assert kinds.get("People's Assembly of Varnagia") is ActorKind.organization


def test_a_regions_own_name_after_its_form_is_a_place_too() -> None:
    kinds = draft_kinds("The governor heads the Autonomous Territorial Unit of Varnagia, officials said.")
    assert kinds.get("Autonomous Territorial Unit of Varnagia") is ActorKind.place
    assert kinds.get("Varnagia") is ActorKind.place


@pytest.mark.parametrize("honorific", ["Lord", "Lady", "Baroness", "Baron", "Sir", "Dame", "Dr", "Mr", "Mrs", "Ms"])
def test_an_honorific_after_a_post_names_the_holder_too(honorific: str) -> None:
    text = f"Minister for Development {honorific} Okafor-Tremmick announced the aid in Lilongwe today."
    aliases = _aliases(text, "Okafor-Tremmick")
    assert f"Minister for Development {honorific} Okafor-Tremmick" in aliases
    assert f"{honorific} Okafor-Tremmick" in aliases


def test_a_rank_and_an_honorific_before_a_long_arabic_name_are_written_whole() -> None:
    text = "He met Field Marshal Sheikh Hamad bin Tariq Al Varnawi in Doha on Monday."
    assert "Field Marshal Sheikh Hamad bin Tariq Al Varnawi" in _aliases(text, "Hamad bin Tariq Al Varnawi")


@pytest.mark.parametrize("grouping", sorted(GROUPINGS_AFTER_THE))
def test_a_grouping_of_states_after_the_is_a_body(grouping: str) -> None:
    word = grouping.capitalize()
    assert (
        draft_kinds(f"They discussed coordination with Japan through the {word}.").get(word) is ActorKind.organization
    )
    assert word not in draft_kinds(f"{word} bikes were seized near the farm on Monday.")


@pytest.mark.parametrize(
    ("byline", "post"),
    [
        ("Senator the Hon Ilse Varnbrook", "Minister for Foreign Affairs"),
        ("The Hon Ilse Varnbrook MP", "Minister for International Development and the Pacific"),
        ("The Hon Ilse Varnbrook MP", "Assistant Minister for Foreign Affairs"),
        ("Joint media release with:\nThe Hon Ilse Varnbrook", "Minister for Defence"),
    ],
)
def test_a_post_on_the_line_under_a_titled_name_stands_for_its_holder(byline: str, post: str) -> None:
    text = f"Media release\n{byline}\n{post}\n10 February 2026\n\nToday I announce a package for Tonga.\n"
    kinds = draft_kinds(text)
    assert kinds.get(post) is ActorKind.person
    assert kinds.get("Ilse Varnbrook") is ActorKind.person


def test_a_post_on_a_line_among_links_is_no_draft() -> None:
    text = "Home\nMinister for Foreign Affairs\nNews\n\nToday I announce a package for Tonga.\n"
    assert "Minister for Foreign Affairs" not in draft_kinds(text)


def test_a_post_alone_on_the_first_line_is_no_draft() -> None:
    text = "Minister for Foreign Affairs\n\nToday I announce a package for Tonga.\n"
    assert "Minister for Foreign Affairs" not in draft_kinds(text)


@pytest.mark.parametrize(
    ("text", "post", "state"),
    [
        (
            "We will work with the Armenian Deputy Prime Minister on the plan.",
            "Armenian Deputy Prime Minister",
            "Armenia",
        ),
        ("We will work with the Armenian Foreign Minister on the plan.", "Armenian Foreign Minister", "Armenia"),
        ("We will work with the British Ambassador, Ilse Varn, on the plan.", "British Ambassador", "United Kingdom"),
        ("The Kenyan High Commissioner said the talks went well.", "Kenyan High Commissioner", "Kenya"),
        ("The French Deputy Ambassador said the talks went well.", "French Deputy Ambassador", "France"),
    ],
)
def test_a_peoples_adjective_opens_the_post_after_it(text: str, post: str, state: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(post) is ActorKind.person
    assert kinds.get(state) is ActorKind.state


def test_an_envoys_rank_alone_is_no_draft() -> None:
    assert not any(
        kind is ActorKind.person for kind in draft_kinds("The Ambassador said the talks went well.").values()
    )


@pytest.mark.parametrize(
    "region", ["Pacific", "South Pacific", "Indo-Pacific", "Asia-Pacific", "Atlantic", "Caribbean"]
)
def test_an_ocean_region_named_bare_is_a_place(region: str) -> None:
    assert (
        draft_kinds(f"Security in the {region} matters to our partners, the minister said.").get(region)
        is ActorKind.place
    )


def test_a_firm_named_with_an_ocean_keeps_its_name() -> None:
    kinds = draft_kinds("Shares in Union Pacific rose on Monday, traders said.")
    assert "Pacific" not in kinds


def test_a_second_portfolio_under_the_first_stands_for_the_same_holder() -> None:
    text = (
        "Media release\nThe Hon Ilse Varnbrook MP\nMinister for Foreign Affairs\nMinister for Women\n\nToday we met.\n"
    )
    kinds = draft_kinds(text)
    assert kinds.get("Minister for Foreign Affairs") is ActorKind.person
    assert kinds.get("Minister for Women") is ActorKind.person
