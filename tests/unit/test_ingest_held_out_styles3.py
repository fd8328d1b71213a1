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


# -- states by their other names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Ministers met in Hanoi, the capital of Viet Nam, on Monday.", "Vietnam"),
        ("The Japanese army withdrew from Burma in 1945.", "Myanmar"),
        ("Troops from Bosnia and Herzegovina joined the mission.", "Bosnia and Herzegovina"),
        ("Observers reached East Timor in 1999.", "Timor Leste"),
    ],
)
def test_a_state_named_by_another_of_its_names_is_the_state(text: str, state: str) -> None:
    assert _drafts(text).get(state) is ActorKind.state


def test_his_excellency_is_a_title_not_a_name() -> None:
    drafts = _drafts("The Minister met His Excellency Pham Quang Tremh in Canberra.")
    assert drafts.get("Pham Quang Tremh") is ActorKind.person
    assert not any(name.startswith("Excellency") for name in drafts)


# -- branches and missions named "in" a place ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Raids by al-Qaeda in the Varnak Peninsula rose last year.", "al-Qaeda in the Varnak Peninsula"),
        ("The Islamic State in the Greater Tremmin claimed the attack.", "Islamic State in the Greater Tremmin"),
        ("The EU Rule of Law Mission in Kosovo remains ready to help.", "EU Rule of Law Mission in Kosovo"),
    ],
)
def test_a_branch_or_mission_named_in_a_place_is_one_name(text: str, body: str) -> None:
    assert body in _drafts(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He fought with al-Qaeda in Iraq under Quellan.", {"al-Qaeda", "Iraq"}),
        ("The Quick Reaction Force in Iraq moved north.", {"Quick Reaction Force", "Iraq"}),
    ],
)
def test_a_group_then_the_state_it_acts_in_stay_two_names(text: str, names: set[str]) -> None:
    assert names <= set(_drafts(text))


def test_a_person_of_a_body_stays_apart_from_the_body() -> None:
    drafts = _drafts("Joss Quarrie of Tremmin Council said the plan would fail.")
    assert "Tremmin Council" in drafts
    assert not any("Quarrie of" in name for name in drafts)


def test_a_land_form_then_the_state_it_lies_in_are_two_names() -> None:
    drafts = _drafts("Fighters settled in the Quellan Gorge of Georgia in 2000.")
    assert drafts.get("Quellan Gorge") is ActorKind.place
    assert drafts.get("Georgia") is ActorKind.state


# -- a book with several authors in a list of references ----------------------------------------------


def test_every_author_of_a_book_in_the_references_is_a_person() -> None:
    text = (
        "The siege of Tremmin lasted three years.\n\nReferences\n\n"
        "- Varnek, Jan Willem; Quist, Norbert (1996). Tremmin: Record of a Siege. London: Penguin Books.\n"
    )
    drafts = _drafts(text)
    assert drafts.get("Jan Willem Varnek") is ActorKind.person
    assert drafts.get("Norbert Quist") is ActorKind.person
    assert drafts.get("Penguin Books") is ActorKind.organization


# -- wars are named after places and peoples -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Thousands fled during the Yemeni Civil War.", "Yemen", ActorKind.state),
        ("The Cuban Revolution inspired the group's founders.", "Cuba", ActorKind.state),
        ("The Second Varnak War began in 1999.", "Varnak", ActorKind.other),
    ],
)
def test_a_war_is_no_actor_but_what_it_is_named_after_may_be(text: str, name: str, kind: ActorKind) -> None:
    drafts = _drafts(text)
    assert drafts.get(name) is kind
    assert not any(word in found for found in drafts for word in ("War", "Revolution", "Second"))


# -- what the words around a name say ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["The general entered Varnica on 11 March.", "Rebels seized Varnica last year.", "Shells struck Varnica again."],
)
def test_a_name_troops_enter_or_take_is_a_place(text: str) -> None:
    assert _drafts(text).get("Varnica") is ActorKind.place


def test_a_body_named_after_a_place_is_a_body() -> None:
    drafts = _drafts("Our partners in the Deir Varna Military Council cleared forty villages.")
    assert drafts.get("Deir Varna Military Council") is ActorKind.organization


def test_a_thing_described_as_captured_is_no_place() -> None:
    assert _drafts("They used a captured Varnvee packed with explosives.").get("Varnvee") is not ActorKind.place


@pytest.mark.parametrize(
    ("text", "body"),
    [("Soldiers of the NATO-led Varnak Force were hurt.", "NATO"), ("The UN-backed council met in Oskel.", "UN")],
)
def test_a_body_before_a_participle_is_named(text: str, body: str) -> None:
    assert _drafts(text).get(body) is ActorKind.organization


def test_a_piece_of_a_compound_acronym_is_still_no_name() -> None:
    assert "TVF" not in _drafts("Troops of the CJTF-TVF arrived in Oskel.")


# -- a service before a rank; a US state after its town --------------------------------------------


def test_a_peoples_army_before_a_rank_is_an_armed_force() -> None:
    drafts = _drafts('"We hold the line," said British Army Maj. Gen. Ilse Varnova, the deputy commander.')
    assert drafts.get("British Army") is ActorKind.armed_force
    assert drafts.get("Ilse Varnova") is ActorKind.person


@pytest.mark.parametrize(
    ("text", "state", "abbreviation"),
    [
        ("TAMPA, Fla. (Jan. 16, 2024) - Forces struck a camp in Varnia.", "Florida", "Fla."),
        ("Residents of Nashville, Tenn., heard the news.", "Tennessee", "Tenn."),
    ],
)
def test_a_us_state_after_its_town_is_a_place(text: str, state: str, abbreviation: str) -> None:
    drafts = {draft.name: draft for draft in _extracted(text)}
    assert drafts[state].kind is ActorKind.place
    assert abbreviation in drafts[state].aliases


def test_an_abbreviation_after_no_town_is_no_state() -> None:
    assert "Indiana" not in _drafts("He said no, Ind. sources said otherwise.")


def test_a_contact_line_names_the_body_by_its_acronym() -> None:
    drafts = _drafts("Australia gave aid.\n\nMedia contacts\nVFAT Media Liaison: (02) 6261 1555\n")
    assert drafts.get("VFAT") is ActorKind.organization
    assert not any("Liaison" in name for name in drafts)


def test_the_outlet_of_a_cited_web_page_is_drafted() -> None:
    text = (
        "The front fought on.\n\nReferences\n\n"
        '^ "Front ready to fight on". Varnak Post. 10 March 2014. Retrieved 3 May 2016.\n'
        '^ "Talks stall". The Tremmin Herald. May 3, 2019. Retrieved 1 June 2020.\n'
    )
    drafts = _drafts(text)
    assert drafts.get("Varnak Post") is ActorKind.media
    assert drafts.get("The Tremmin Herald") is ActorKind.media
    assert not any("Front ready" in name or "Talks" in name for name in drafts)


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        (
            "Staff of the Australian Medical Assistance Team arrived.",
            "Australian Medical Assistance Team",
            ActorKind.organization,
        ),
        (
            "Funds came from the Australian Humanitarian Partnership.",
            "Australian Humanitarian Partnership",
            ActorKind.organization,
        ),
        ("Troops of the Iraqi Security Forces moved north.", "Iraqi Security Forces", ActorKind.armed_force),
    ],
)
def test_a_peoples_adjective_then_capitalised_words_is_a_body(text: str, body: str, kind: ActorKind) -> None:
    assert _drafts(text).get(body) is kind


@pytest.mark.parametrize(
    "text", ["He met the Australian High Commissioner on Monday.", "Crowds marked the Chinese New Year in Oskel."]
)
def test_a_peoples_adjective_before_a_title_or_a_feast_is_no_body(text: str) -> None:
    # (the post with its people's adjective, "Australian High Commissioner", stands for its holder: a person)
    assert not any(
        name.startswith(("Australian ", "Chinese ")) and kind is not ActorKind.person
        for name, kind in _drafts(text).items()
    )


def test_a_releases_information_line_names_its_body() -> None:
    text = "The Council adopted the measures.\n\nFor more information: Tremmin Union External Action Service (TEAS)\n"
    drafts = _drafts(text)
    assert drafts.get("Tremmin Union External Action Service") is ActorKind.organization
