"""Round realprobes91 (batch en91): rules found on invented pages in genres the probes had seen least: a US
local paper (council, zoning, school board), a UK regional court report, a New Zealand public broadcaster, an
Indian business daily, a shipping trade weekly, a university news release, a community obituary and a
Nigerian paper."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a firm the world knows by one word, in a sentence with a news word that software uses too
        ("In air cargo, Quelltrans grew, while Airbus said certification had slipped.", "Airbus", "organization"),
        ("Boeing said the rescue package would keep the plant open.", "Boeing", "organization"),
        # an American school by its stage after any name, a founder's given name too
        ("She taught reading at Tomas Varnell Elementary for 30 years.", "Tomas Varnell Elementary", "organization"),
        ("He was principal of Cleveland Elementary until 1998.", "Cleveland Elementary", "organization"),
        # care providers and firms by their trade after their name
        ("He died at Quell Valley Healthcare on Sunday.", "Quell Valley Healthcare", "organization"),
        ("Arrangements are by Varnholt Funeral Home.", "Varnholt Funeral Home", "organization"),
        ("The ships were ordered from Tarnsu Heavy Industry last year.", "Tarnsu Heavy Industry", "organization"),
        # a body named by its members' plural before a post and its holder
        ("Quellmoor Growers spokesperson Ilse Varnack said the harvest was lost.", "Quellmoor Growers", "organization"),
        ("Tarnshire Beekeepers chairman Obbe Quarnholt said hives had died.", "Tarnshire Beekeepers", "organization"),
    ],
)
def test_bodies_by_their_trade_and_known_firms(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("text", "portfolio", "person"),
    [
        ("Emergency Management Minister Ilse Varnack toured the towns.", "Emergency Management", "Ilse Varnack"),
        ("The Emergency Management Minister Obbe Quell said crews were ready.", "Emergency Management", "Obbe Quell"),
    ],
)
def test_a_ministers_field_before_the_title_is_no_body(text: str, portfolio: str, person: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(person) == "person", kinds
    assert portfolio not in kinds, kinds


# (guards: the plural of a surname is a person's name; "Funeral Homes" alone stays out of the firm rule)
def test_a_person_before_a_post_stays_a_person() -> None:
    kinds = _kinds("Peter Rogers spokesman Ian Holt said so.")
    assert kinds.get("Peter Rogers") == "person", kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # "All" in capitals inside a sentence opens a party's or a union's name
        ("Delegates of the All Tarnu Farmers Union walked out.", "All Tarnu Farmers Union", "organization"),
        ("He defected to the All Progressives Congress in 2022.", "All Progressives Congress", "organization"),
        # a federation's states listed before "states" in lower case, one named like a country
        ("Floods cut roads in Kebbi and Niger states last week.", "Niger", "place"),
        # a federation's state before its officer's title and remit: the state, not the post
        ("The Kwara State Commissioner for Health, Ilse Quellborn, resigned.", "Kwara State", "place"),
        ("The Ogun State Attorney General, Obbe Varnack, filed the charges.", "Ogun State", "place"),
    ],
)
def test_nigerian_parties_and_states(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


def test_a_state_officers_title_is_no_body() -> None:
    kinds = _kinds("The Kwara State Commissioner for Health, Ilse Quellborn, resigned.")
    assert not any("Commissioner" in name for name in kinds), kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a police force's detectives by their department's letters after the town
        ("Detectives from Tarnby CID appealed for dashcam footage.", "Tarnby CID", "organization"),
        # a street named "Drive" after a preposition of a street
        ("Neighbours along Quellmoor Drive objected to the flats.", "Quellmoor Drive", "place"),
        ("The crash happened on Varnley Drive at about 3am.", "Varnley Drive", "place"),
        # "International" opens a body's name whose "and" comes before its head word
        (
            "Seeds came from the International Rice and Millet Research Institute in Manila.",
            "International Rice and Millet Research Institute",
            "organization",
        ),
    ],
)
def test_police_departments_streets_and_international_bodies(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


# (guard: a firm's service named "Drive" is no street)
def test_a_known_firms_drive_is_no_street() -> None:
    kinds = _kinds("The files were kept on Google Drive until May.")
    assert "Google Drive" not in kinds or kinds["Google Drive"] != "place", kinds


def test_a_maori_article_inside_a_reporters_name_stays_in_it() -> None:
    from dossier.ingest.bylines import byline_persons

    assert byline_persons("Tania Te Kawa-Quellborn; Rotorua reporter") == ["Tania Te Kawa-Quellborn"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a Māori meeting ground by the word after it, its "o" (of) between hyphens inside the name
        ("Evacuees slept at the Te Whare-o-Tarnui marae overnight.", "Te Whare-o-Tarnui", "place"),
        ("Whanau gathered at the Te Kura-o-Varnui marae on Sunday.", "Te Kura-o-Varnui", "place"),
    ],
)
def test_marae_are_places(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


def test_a_tribe_before_iwi_is_a_body() -> None:
    kinds = _kinds("Ngāti Quellmoa iwi leaders opened a second evacuation centre.")
    assert kinds.get("Ngāti Quellmoa") == "organization", kinds
