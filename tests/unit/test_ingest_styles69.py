"""A sixty-ninth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a cable, a
pipeline or a camp called by its name and a number, vehicles ridden along a route or over patrolled ground, an armed
group after "from al-", and a body's head word after a name joined by "and". Every example is invented; each test says
what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind
from tests.unit.ingest_helpers import spelling_kinds


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Investigators said the tanker had dragged its anchor across the Varnlink 2 power cable.", "Varnlink 2"),
        ("Families were moved to the Tarsa 1 rehabilitation center in the north.", "Tarsa 1"),
        ("Engineers inspected the Kessmar 3 gas pipeline near the coast on Monday.", "Kessmar 3"),
        ("Divers checked the Varnlink 2 interconnector off the coast.", "Varnlink 2"),
    ],
)
def test_a_name_and_a_small_number_before_a_sites_noun_is_that_numbered_site(text: str, site: str) -> None:
    drafts = _drafts(text)
    assert drafts[site].kind is ActorKind.place
    assert site.split()[0] not in drafts  # no draft cut before the number
    assert site.split()[0] in drafts[site].aliases  # the place's name alone is a spelling of the site


def test_a_channel_keeps_its_number_and_its_kind() -> None:
    assert _drafts("She told Radio 4 listeners the station would close.")["Radio 4"].kind is ActorKind.media


def test_a_reactors_number_leaves_the_plants_town_alone() -> None:
    assert _drafts("Engineers restarted the Tarnvik 2 reactor on Sunday.")["Tarnvik"].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "vehicles"),
    [
        ("Troops advanced from Tarnbek along the river in Varnspirs on Monday.", "Varnspirs"),
        ("Soldiers advanced towards the border in Kestrobas before dawn.", "Kestrobas"),
        ("The unit patrols Honiara in Tarnvels and crosses the bay by boat.", "Tarnvels"),
    ],
)
def test_a_plural_model_ridden_along_a_route_or_over_patrolled_ground_is_no_actor(text: str, vehicles: str) -> None:
    assert vehicles not in _drafts(text)


def test_a_town_after_a_patrol_of_common_ground_stays_a_place() -> None:
    # "the streets" is no named ground: the name after "in" is where the streets are
    assert _drafts("Police patrolled the streets in Tarnbyville every night.")["Tarnbyville"].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Troops recaptured the town of Sabira from al-Varnak militants after a week.", "al-Varnak"),
        ("The village was taken back from al-Tessam fighters on Friday.", "al-Tessam"),
    ],
)
def test_fighters_after_a_name_from_al_make_it_an_armed_group(text: str, group: str) -> None:
    assert _drafts(text)[group].kind is ActorKind.armed_force


def test_a_name_from_al_alone_stays_a_place() -> None:
    assert _drafts("Families fled from al-Varnak after a week of shelling.")["al-Varnak"].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The plan was prepared by the Global Non-Proliferation and Disarmament Consortium on Monday.",
            "Global Non-Proliferation and Disarmament Consortium",
        ),
        (
            "Funding comes from the Regional Counter-Piracy and Fisheries Partnership, officials said.",
            "Regional Counter-Piracy and Fisheries Partnership",
        ),
    ],
)
def test_a_bodys_head_after_two_fields_joined_by_and_is_one_body(text: str, body: str) -> None:
    assert _drafts(text)[body].kind is ActorKind.organization


def test_a_contact_lines_office_is_a_spelling_of_its_body() -> None:
    drafts = _drafts("Tarnby gave aid to the islands.\n\nMedia enquiries\nQFTA Media Liaison: (02) 6261 4321\n")
    assert drafts["QFTA"].kind is ActorKind.organization
    assert "QFTA Media Liaison" in drafts["QFTA"].aliases


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Two frigates and a patrol ship of the navy held a joint sail off Luzon last month.", "Luzon"),
        ("Rangers built a clinic on Luzon in May, the largest of the islands.", "Luzon"),
    ],
)
def test_an_island_of_a_fairly_rare_name_after_on_or_off_is_a_place(text: str, land: str) -> None:
    assert _drafts(text)[land].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The coast guard takes part in the Varnex-coordinated Joint Operation Baltic Shield.", "Varnex"),
        ("Villagers said the Tessora-funded clinic had closed in May.", "Tessora"),
    ],
)
def test_one_word_before_a_participle_of_leading_or_paying_is_a_body(text: str, body: str) -> None:
    assert _drafts(text)[body].kind is ActorKind.organization


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard operates the patrol vessels Tarnsa and Kelvio, built in Turku.",
        "The navy bought the frigates Tarnholm and Vessby last year.",
    ],
)
def test_ships_named_after_a_plural_ships_noun_are_no_actors(text: str) -> None:
    drafts = _drafts(text)
    assert not {"Tarnsa", "Kelvio", "Tarnholm", "Vessby"} & set(drafts)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("The cutter was assigned to Patrol Forces Southwest Asia on Monday.", "Patrol Forces Southwest Asia"),
        ("Boats of Varnish Naval Forces South Atlantic remained on station.", "Varnish Naval Forces South Atlantic"),
    ],
)
def test_a_force_then_a_part_of_a_continent_it_serves_in_is_one_force(text: str, force: str) -> None:
    assert _drafts(text)[force].kind is ActorKind.armed_force


def test_an_acronym_before_a_gloss_in_another_language_is_the_bodys_short_form() -> None:
    text = (
        "The Tarnesian Mobile Force (TMF; Bislama: Tarnesia Mobael Fos) is the paramilitary wing of the police. "
        "The TMF was raised in 1980."
    )
    force = _drafts(text)["Tarnesian Mobile Force"]
    assert "TMF" in force.aliases


def test_a_name_listed_after_a_place_each_with_its_own_on_is_a_place() -> None:
    text = "The agency runs listening stations on the Azores, on Tristan da Varna and in the Kessel Islands."
    assert _drafts(text)["Tristan da Varna"].kind is ActorKind.place


def test_a_person_after_in_particular_stays_a_person() -> None:
    assert _drafts("She thanked the team in Paris, in particular Anna Varnek.")["Anna Varnek"].kind is ActorKind.person


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The Special Envoy for Non-Proliferation and Disarmament, Oskari Varnala, will present it.",
            "Special Envoy for Non-Proliferation and Disarmament",
        ),
        (
            "The Special Representative for Trade and Investment, Ilse Tarnova, visited Geneva.",
            "Special Representative for Trade and Investment",
        ),
    ],
)
def test_an_envoys_post_with_a_remit_of_two_fields_is_one_post(text: str, post: str) -> None:
    assert spelling_kinds(text).get(post) is ActorKind.person  # the holder's, read whole
