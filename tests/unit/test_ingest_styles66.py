"""A sixty-sixth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): sanctions and
terrorist-designation lists giving aliases in quotes after "a.k.a.", names chained with a lower-case "ben", long
Arabic names met again by their family name, a criminal-justice agency, an office split from the department that
owns it, capitalised prepositions and followers opening a group's name, a group's branch joined by a hyphen, a
federation's member state, a post after a byline's comma, a town after "the town of al-", and bodies named with their
state's word. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The listing covers Youssef Ould Cheikh Brahim ben Amar, a courier for the network in Gao.",
            "Youssef Ould Cheikh Brahim ben Amar",
            ActorKind.person,
        ),
        (
            "Magistrates in Sfax questioned Karim ben Salah on Tuesday.",
            "Karim ben Salah",
            ActorKind.person,
        ),
        (
            "Prosecutors asked the Regional Agency for Criminal Justice Cooperation (Regjust) for the files.",
            "Regional Agency for Criminal Justice Cooperation",
            ActorKind.organization,
        ),
        (
            "The Bureau of the Envoy for Hostage Affairs of the Tarnish Ministry of Foreign Affairs released it.",
            "Bureau of the Envoy for Hostage Affairs",
            ActorKind.organization,
        ),
        (
            "The Bureau of the Envoy for Hostage Affairs of the Tarnish Ministry of Foreign Affairs released it.",
            "Tarnish Ministry of Foreign Affairs",
            ActorKind.organization,
        ),
        (
            "The cell swore loyalty to the Army of the Lands Beyond the Mountains in 2021.",
            "Army of the Lands Beyond the Mountains",
            ActorKind.armed_force,
        ),
        (
            "The militia, known locally as the Partisans of the Ridge Brigade, holds the pass.",
            "Partisans of the Ridge Brigade",
            ActorKind.armed_force,
        ),
        (
            "Drone strikes hit a camp of ISIS-Mozambique near the coast.",
            "ISIS-Mozambique",
            ActorKind.armed_force,
        ),
        (
            "Troops of Jubaland State of Somalia moved into the district on Friday.",
            "Jubaland State of Somalia",
            ActorKind.place,
        ),
        (
            "Shelling hit the village of al-Hamra overnight, residents said.",
            "al-Hamra",
            ActorKind.place,
        ),
        (
            "The EU Delegation to Fiji and the Solomon Islands funded the clinic.",
            "EU Delegation to Fiji and the Solomon Islands",
            ActorKind.organization,
        ),
        (
            "Residents of Jaramana and Qudsaya Dahiyah left before dawn.",
            "Qudsaya Dahiyah",
            ActorKind.place,
        ),
        (
            "Flooding displaced thousands in North and South Kordofan this week.",
            "North and South Kordofan",
            ActorKind.place,
        ),
        (
            "Teachers were hired across the Western and Central Provinces last year.",
            "Western and Central Provinces",
            ActorKind.place,
        ),
        (
            "The Fisheries Committee of West and Central Africa met in Accra.",
            "Fisheries Committee of West and Central Africa",
            ActorKind.organization,
        ),
        (
            "The court heard that the treasurer, Rodrigo Alvear-Montenegro, signed the transfers.",
            "Rodrigo Alvear-Montenegro",
            ActorKind.person,
        ),
        (
            "Chief Observer Annika Varnholt-Sande will present the report in Dili.",
            "Annika Varnholt-Sande",
            ActorKind.person,
        ),
    ],
)
def test_names_of_lists_bodies_and_places(text: str, name: str, kind: ActorKind) -> None:
    drafts = _drafts(text)
    assert name in drafts, sorted(drafts)
    assert drafts[name].kind is kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Associate Justice Ilse Varnholt wrote the dissent.", "Ilse Varnholt"),
        ("Justice Vanajakshi granted the bail on Monday.", "Vanajakshi"),
        ("Ben Stokes and Ben Foakes batted for England.", "Ben Stokes"),
    ],
)
def test_judges_and_given_names_stay_persons(text: str, name: str) -> None:
    drafts = _drafts(text)
    assert name in drafts, sorted(drafts)
    assert drafts[name].kind is ActorKind.person


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            'The list names Tomasz di Ravello-Kurz (a.k.a. "Piet Havel"), a recruiter for the group in Graz.',
            "Tomasz di Ravello-Kurz",
            "Piet Havel",
        ),
        (
            'It also lists Hamid Saleh Omar ben Yusuf, a.k.a. "Abu Khalil al-Tarabulsi", a financier based in Misrata.',
            "Hamid Saleh Omar ben Yusuf",
            "Abu Khalil al-Tarabulsi",
        ),
        (
            "Forces detained Mahmoud Rashid Karim al-Anbari in a raid. Al-Anbari had run the group's funds.",
            "Mahmoud Rashid Karim al-Anbari",
            "Al-Anbari",
        ),
        (
            "Officials of the Tunisian Office of Consular Affairs and Expatriates met the families.",
            "Tunisian Office of Consular Affairs and Expatriates",
            "Office of Consular Affairs and Expatriates",
        ),
        (
            'The runner-up, Hernán "Chato" Villaseñor-Paz, conceded on Sunday night.',
            "Hernán Villaseñor-Paz",
            'Hernán "Chato" Villaseñor-Paz',
        ),
        (
            "Chadian President Idriss Mahamat-Koulamallah flew to Paris.",
            "Idriss Mahamat-Koulamallah",
            "President Idriss Mahamat-Koulamallah",
        ),
    ],
)
def test_aliases_a_user_sees(text: str, name: str, alias: str) -> None:
    drafts = _drafts(text)
    assert name in drafts, sorted(drafts)
    assert alias in drafts[name].aliases
    assert alias not in drafts  # one actor, not two


def test_common_words_after_a_state_are_no_alias() -> None:
    drafts = _drafts("The Chinese Foreign Ministry summoned the envoy.")
    assert "Foreign Ministry" not in drafts["Chinese Foreign Ministry"].aliases


def test_a_remits_adjective_after_two_compass_points_is_no_land() -> None:
    drafts = _drafts("He met Assistant Secretary of State for South and Central Asian Affairs Corwin V. Haldane-Reyes.")
    assert "South and Central Asian" not in drafts, sorted(drafts)
    assert drafts["Corwin V. Haldane-Reyes"].kind is ActorKind.person


def test_a_state_opening_a_regions_name_stays_in_it() -> None:
    drafts = _drafts("The Embassy to Chad and the Niger Delta Development Commission signed the accord.")
    assert "Niger Delta Development Commission" in drafts, sorted(drafts)
    assert "Delta Development Commission" not in drafts["Niger Delta Development Commission"].aliases


def test_post_after_a_byline_comma() -> None:
    text = (
        "Media release\n"
        "The Hon Corran Lisle-Abbott MP, Treasurer\n"
        "Senator the Hon Ilse Varn-Dunmore, Minister for Finance\n\n"
        "The Government released the budget update today."
    )
    drafts = _drafts(text)
    assert drafts["Treasurer"].kind is ActorKind.person
    assert drafts["Corran Lisle-Abbott"].kind is ActorKind.person
