"""A sixtieth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): the
chief of a force's staff named whole with the force ... Every example is invented; each test says what the
analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "post", "force"),
    [
        (
            "Brigadier Ilse Varn-Tosk, Chief of Staff of the Kenyan Air Force, met the delegation.",
            "Chief of Staff of the Kenyan Air Force",
            "Kenyan Air Force",
        ),
        (
            "The Chief of the General Staff of the Hungarian Armed Forces visited the base.",
            "Chief of the General Staff of the Hungarian Armed Forces",
            "Hungarian Armed Forces",
        ),
        (
            "The Chief of Naval Staff of the Armed Forces of the Republic of Tremmia toured the port.",
            "Chief of Naval Staff of the Armed Forces of the Republic of Tremmia",
            "Armed Forces of the Republic of Tremmia",
        ),
    ],
)
def test_the_chief_of_a_forces_staff_is_named_whole_beside_the_force(text: str, post: str, force: str) -> None:
    drafts = _drafts(text)
    assert drafts[post].kind is ActorKind.person
    assert drafts[force].kind is ActorKind.armed_force
    assert "Chief of Staff" not in drafts


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        # a pennant number alone in brackets after a ship's name
        ("The Royal Navy destroyer HMS Daring (D32) escorted the convoy through the strait.", "D32"),
        ("The destroyer USS Varnell (D61) fired two interceptors.", "D61"),
        # a model's code, then two capitalised words of its name and a made thing's noun
        ("The army ordered T7 Grey Wolf tanks from the Tarvel plant.", "T7"),
        # two acronyms that spell a term written in lower case before them
        ("The army fired ground-launched small diameter bombs (GL SDB) at the depot. Two GL SDB hit it.", "GL SDB"),
        # a maker's or a code's name with no body's word, before a model's designation or a weapon's noun
        ("Officials were alarmed by the flow of Turkish-supplied Korvash TB3 drones to the rebels.", "Korvash"),
        ("Troops operated KTV Varsak armoured vehicles on the front.", "KTV Varsak"),
    ],
)
def test_a_platforms_numbers_and_codes_are_no_actors(text: str, not_an_actor: str) -> None:
    drafts = _drafts(text)
    assert not_an_actor not in drafts
    assert not any(not_an_actor in draft.aliases for draft in drafts.values())


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # an air force's letters before the aircraft it flies
        ("The crew trained with a RAAF P-8A Poseidon off the coast.", "RAAF"),
        # a body's acronym in brackets after its name
        ("The Group of Seven (G7) met in Rome. The G7 said so.", "Group of Seven"),
    ],
)
def test_a_bodys_letters_before_a_platform_stay(text: str, body: str) -> None:
    assert _drafts(text)[body].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # regions by their own words
        ("She grew up in a village in the Lublin Voivodeship near the border.", "Lublin Voivodeship", ActorKind.place),
        ("Officials visited the Tarvelsky Krai last week.", "Tarvelsky Krai", ActorKind.place),
        # a maker of aircraft by its trade
        ("Parts came from Tarvel Rotem and from Korvane Aerospace.", "Korvane Aerospace", ActorKind.organization),
        # two adjectives sharing the noun after "and"
        (
            "Analysts at the Center for Tactical and International Studies say so.",
            "Center for Tactical and International Studies",
            ActorKind.organization,
        ),
        # the seat's place after the body one is elected to
        ("She was elected to the Sejm for the Tarnow constituency in 2019.", "Tarnow", ActorKind.place),
        # a sea named after a portfolio's "for the"
        ("The spokesman for the South Rosalind Sea said ships were hit.", "South Rosalind Sea", ActorKind.place),
    ],
)
def test_regions_makers_and_seats_are_named_whole(text: str, name: str, kind: ActorKind) -> None:
    assert _drafts(text)[name].kind is kind


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a nation's contingent named with the land it serves in
        ("He led the Czech Military Contingent in Kosovo for a year.", "Czech Military Contingent in Kosovo"),
        # a state's enterprise named for its two trades
        ("Fuel came from the Tremmin Oil and Gas Enterprise, officials said.", "Tremmin Oil and Gas Enterprise"),
        ("Sanctions hit the Tarvel Timber and Pearl Enterprise and two banks.", "Tarvel Timber and Pearl Enterprise"),
    ],
)
def test_contingents_and_state_enterprises_are_named_whole(text: str, body: str) -> None:
    assert _drafts(text)[body].kind is ActorKind.organization


def test_a_forces_letters_before_its_operation_name_the_force() -> None:
    drafts = _drafts("Ships of EUNAVFOR SUD Operation KORVAN boarded the tanker. Operation Tidewatch began.")
    assert drafts["EUNAVFOR SUD Operation KORVAN"].kind is ActorKind.organization
    assert "SUD" not in drafts
    assert "Operation Tidewatch" not in drafts
