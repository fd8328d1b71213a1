"""A third round on names as encyclopaedia articles, broadcasters, military releases, EU
statements and ministerial releases write them: boxes of facts, "See also" lists, names in
brackets, family names no list holds, small places with a cue. Every example is invented; each
test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _extracted(text: str) -> list[ActorDraft]:
    return extract(text, None, [], set(), "test15c").actors


def _drafts(text: str) -> dict[str, ActorKind]:
    return {draft.name: draft.kind for draft in _extracted(text)}


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: draft.aliases for draft in _extracted(text)}


_ARTICLE = "The Tremmin Liberation Front was an armed group active on the island of Varnholm.\n\n"

# -- a box of facts ----------------------------------------------------------------------------------


def test_the_people_in_a_box_of_facts_are_drafted() -> None:
    drafts = _drafts(_ARTICLE + "Active: 1998–2003\nLeaders: Harold Quellan, Andrew Varnossi, Joseph Tremley\n")
    assert drafts.get("Harold Quellan") is ActorKind.person
    assert drafts.get("Andrew Varnossi") is ActorKind.person
    assert drafts.get("Joseph Tremley") is ActorKind.person


def test_the_bodies_and_places_in_a_box_of_facts_are_drafted() -> None:
    text = _ARTICLE + "Opponents: Varnholm Eagle Force, Royal Varnholm Police\nHeadquarters: Oskel Ridge\n"
    drafts = _drafts(text)
    assert drafts.get("Varnholm Eagle Force") is ActorKind.armed_force
    assert drafts.get("Royal Varnholm Police") is ActorKind.organization
    assert drafts.get("Oskel Ridge") is ActorKind.place


@pytest.mark.parametrize("label", ["Tags", "Share", "Result", "Filed under"])
def test_a_label_that_announces_no_names_keeps_its_line_unread(label: str) -> None:
    # "Tags: ..." on a news page lists topics and menus, not actors.
    drafts = _drafts(_ARTICLE + f"{label}: Quellan Varnossi Tremley, Oskel Mirren Dagg\n")
    assert "Quellan Varnossi Tremley" not in drafts
    assert "Oskel Mirren Dagg" not in drafts


# -- a "See also" list ------------------------------------------------------------------------------


def test_the_items_of_a_see_also_list_are_read_as_titles() -> None:
    text = _ARTICLE + "See also\n\n- Varnholm Eagle Force\n- Siege of Oskelgrad\n- Tremmin Trust Fund\n"
    drafts = _drafts(text)
    assert drafts.get("Varnholm Eagle Force") is ActorKind.armed_force
    assert drafts.get("Oskelgrad") is ActorKind.place
    assert drafts.get("Tremmin Trust Fund") is ActorKind.organization


def test_a_see_also_list_ends_at_the_next_section() -> None:
    # The references' lines stay with the citation rules; a Title Case heading elsewhere is unread.
    text = _ARTICLE + "See also\n\n- Varnholm Eagle Force\n\nExternal links\n\nOfficial Quellan Tremley Archive\n"
    drafts = _drafts(text)
    assert "Varnholm Eagle Force" in drafts
    assert not any("Archive" in name for name in drafts)


def test_a_title_case_heading_outside_such_lists_is_still_no_name() -> None:
    drafts = _drafts("Floods Cut Off Quellan Valley Farms\n\nRain fell for a week in the north.\n")
    assert not drafts


# -- family names that no list holds -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Talks were led by Dragan Varković in the capital.", "Dragan Varković"),
        ("Talks were led by Zoran Orić in the capital.", "Zoran Orić"),
        ("The unit was commanded by Timur Quellayev until 1999.", "Timur Quellayev"),
        ("A statement from Arsen Varnosyan was read out.", "Arsen Varnosyan"),
        ("The envoy met Giorgi Tremadze on Monday.", "Giorgi Tremadze"),
    ],
)
def test_a_family_name_ending_makes_a_person(text: str, person: str) -> None:
    assert _drafts(text).get(person) is ActorKind.person


def test_a_name_that_ends_like_an_adverb_is_still_a_name() -> None:
    # "Varly" ends in "-ly" on the short word "var": no adverb, a surname.
    drafts = _drafts("The defence minister, Anna Varly, visited Oskelgrad last week.")
    assert drafts.get("Anna Varly") is ActorKind.person


def test_a_real_adverb_opening_a_sentence_is_no_name() -> None:
    assert "Sadly" not in _drafts("Sadly, the talks in Oskelgrad failed.")


# -- the holders of posts in a body -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The plan was agreed by Varnholm Islands Forum Leaders in Oskelgrad.", "Varnholm Islands Forum"),
        ("Relief was agreed by Tremmin Union Foreign Ministers on Monday.", "Tremmin Union"),
    ],
)
def test_ministers_of_a_body_give_the_body(text: str, body: str) -> None:
    drafts = _drafts(text)
    assert drafts.get(body) is ActorKind.organization
    assert not any(name.endswith(("Leaders", "Ministers")) for name in drafts)


# -- bodies whose words say little ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Police came from the Varnholm Islands Forum states.", "Varnholm Islands Forum"),
        ("The command's Civilian Harm Assessment Cell will review the strike.", "Civilian Harm Assessment Cell"),
        ("Supplies were carried by World Vision to the coast.", "World Vision"),
        ("Rescuers of the White Helmets pulled three people from the rubble.", "White Helmets"),
        ("He served as Commonwealth special envoy to Varnholm.", "Commonwealth"),
    ],
)
def test_a_body_is_drafted_as_an_organisation(text: str, body: str) -> None:
    assert _drafts(text).get(body) is ActorKind.organization


# -- small places with a cue ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops took the hamlet of Tresko before dawn.", "Tresko"),
        ("Thousands fled the municipality of Varlenica.", "Varlenica"),
        ("Troops took Tresko, a settlement near the river.", "Tresko"),
        ("Monitors watched the ports of Varnhafen, Oskel and Tremport.", "Oskel"),
        ("His men held the Quellan Gorge until February.", "Quellan Gorge"),
        ("Coast guard ships shadowed boats near Tremmin Shoal.", "Tremmin Shoal"),
    ],
)
def test_a_small_place_with_a_cue_is_a_place(text: str, place: str) -> None:
    assert _drafts(text).get(place) is ActorKind.place


# -- other names in brackets ---------------------------------------------------------------------------


def test_a_name_in_another_language_is_an_alias() -> None:
    aliases = _aliases(
        "The standoff was fought over Tremmin Shoal (Filipino: Bajo de Tremmino; Chinese: Tremin Dao), a ring of reefs."
    )
    assert aliases.get("Tremmin Shoal") == ["Bajo de Tremmino", "Tremin Dao"]
    assert "Tremin Dao" not in aliases


def test_a_translated_description_is_no_alias_and_no_draft() -> None:
    aliases = _aliases(
        "The Varnak Valley offensive (Serbo-Croatian: Ofanziva u dolini Varne) was a military operation."
    )
    assert "Varne" not in aliases
    assert all(not found for found in aliases.values())


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ('Leaders: Nicolás Quellar Bautista ("Gabino"), Ilse Varnova', "Nicolás Quellar Bautista", "Gabino"),
        (
            'The Tremmin Volunteer Group ("Grey Hawks") flew support from Oskel.',
            "Tremmin Volunteer Group",
            "Grey Hawks",
        ),
    ],
)
def test_a_name_in_quotes_in_brackets_is_an_alias(text: str, name: str, alias: str) -> None:
    aliases = _aliases(text)
    assert alias in aliases.get(name, [])
    assert alias not in aliases
