"""A fifty-eighth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): squadron
codes in brackets, abbreviated engineers' and lawyers' titles, islands listed after where they lie, a body whose
name holds a given name, a town after "the occupation of", and two-word nicknames in quotes. Every example is
invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "unit", "code"),
    [
        (
            "Reapers of the 17th Attack Squadron (17 ATKS) struck a camp near Deir ez-Zor.",
            "17th Attack Squadron",
            "17 ATKS",
        ),
        ("Crews of the 58th Rescue Squadron (58 RQS) flew from Kuwait.", "58th Rescue Squadron", "58 RQS"),
        (
            "Crews of the 391st Expeditionary Fighter Squadron (391st EFS) landed at dawn.",
            "391st Expeditionary Fighter Squadron",
            "391st EFS",
        ),
    ],
)
def test_a_squadrons_code_in_brackets_names_the_squadron(text: str, unit: str, code: str) -> None:
    drafts = _drafts(text)
    assert drafts[unit].kind is ActorKind.armed_force
    assert code in drafts[unit].aliases
    letters = code.split()[1]
    assert letters not in drafts  # the letters alone are no other body


def test_a_code_whose_letters_are_not_the_units_is_no_alias() -> None:
    drafts = _drafts("Crews of the 17th Attack Squadron (17 XYZ) struck a camp.")
    assert "17 XYZ" not in drafts["17th Attack Squadron"].aliases


@pytest.mark.parametrize(
    ("text", "person", "titled"),
    [
        (
            "Engr. Rufino Masongsong-Dale, the district engineer, said the road would reopen.",
            "Rufino Masongsong-Dale",
            "Engr. Rufino Masongsong-Dale",
        ),
        (
            "The contract was signed by Atty. Marisol Quiapo-Renz in Cebu.",
            "Marisol Quiapo-Renz",
            "Atty. Marisol Quiapo-Renz",
        ),
    ],
)
def test_an_abbreviated_engineers_or_lawyers_title_opens_the_persons_name(text: str, person: str, titled: str) -> None:
    drafts = _drafts(text)
    assert drafts[person].kind is ActorKind.person
    assert titled in drafts[person].aliases


def test_islands_listed_after_where_they_lie_are_places() -> None:
    kinds = draft_kinds("The militia held several islands in the lake, including Varnoy and Keltesse.")
    assert kinds.get("Varnoy") is ActorKind.place
    assert kinds.get("Keltesse") is ActorKind.place
    kinds = draft_kinds("Soldiers burned villages along the border, including Tremmak and Oskelu.")
    assert kinds.get("Tremmak") is ActorKind.place
    assert kinds.get("Oskelu") is ActorKind.place


def test_a_body_whose_name_holds_a_given_name_after_a_post_stays_a_body() -> None:
    kinds = draft_kinds("She met the Director of the Western Islands Forum Patrol Agency in Port Moresby.")
    assert kinds.get("Western Islands Forum Patrol Agency") is ActorKind.organization
    assert "Forum Patrol Agency" not in kinds


@pytest.mark.parametrize(
    "text",
    ["Rebels held the town during the 2012 occupation of Gao.", "Thousands fled during the siege of Gao."],
)
def test_a_town_that_is_also_a_surname_after_a_war_phrase_is_a_place(text: str) -> None:
    assert draft_kinds(text).get("Gao") is ActorKind.place


def test_a_two_word_nickname_in_quotes_joins_the_persons_names() -> None:
    drafts = _drafts('The cell was led by Yusuf "Abu Hamza" Tarnaoui until 2019.')
    assert drafts["Yusuf Tarnaoui"].kind is ActorKind.person
    assert "Tarnaoui" not in drafts
    assert "Yusuf" not in drafts


@pytest.mark.parametrize(
    ("byline", "post"),
    [
        ("Senator the Hon Ilse Varnholt-Kane, Minister for Foreign Affairs", "Minister for Foreign Affairs"),
        ("The Hon Oskar Tremmel-Ward MP, Minister for Pacific Island Affairs", "Minister for Pacific Island Affairs"),
    ],
)
def test_a_ministers_post_after_the_comma_of_a_byline_stands_for_the_minister(byline: str, post: str) -> None:
    text = f"Australia funds new patrol boats\n\nMedia release\n{byline}\n\nAustralia will provide $20 million.\n"
    assert draft_kinds(text).get(post) is ActorKind.person


def test_a_tuvaluan_patrol_boat_is_no_actor() -> None:
    kinds = draft_kinds("The patrol boat HMTSS Tala Moana sailed from Funafuti on Monday.")
    assert not any("Tala Moana" in name for name in kinds)


def test_a_name_described_as_an_armed_partner_force_is_an_armed_force() -> None:
    kinds = draft_kinds("The Tarnak Sadr, a vetted Syrian partner force, patrolled the desert road.")
    assert kinds.get("Tarnak Sadr") is ActorKind.armed_force
    kinds = draft_kinds("Ilse Varnholt, a driving force behind the plan, retired in May.")
    assert kinds.get("Ilse Varnholt") is ActorKind.person


def test_the_maghreb_is_a_region() -> None:
    assert draft_kinds("Smuggling networks spread across the Maghreb after 2011.").get("Maghreb") is ActorKind.place


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Deminers from Swedish People's Aid cleared the fields near Kherson.", "Swedish People's Aid"),
        ("Volunteers of the Ghanaian People's Relief handed out rice.", "Ghanaian People's Relief"),
    ],
)
def test_a_lands_peoples_body_is_one_body(text: str, body: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(body) is ActorKind.organization


def test_what_a_name_means_in_quotes_after_its_language_is_no_actor() -> None:
    text = 'Ansar Tarnak (Arabic for "Guardians of the Black Lake") raided a market near Djibo.'
    kinds = draft_kinds(text)
    assert kinds.get("Ansar Tarnak") is ActorKind.organization
    assert "Black Lake" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Smugglers moved fuel by pirogue along the Niger river in March.",
        "Fighters of Varnak crossed into Niger in May; their boats used the Niger river.",
    ],
)
def test_a_river_named_as_a_state_is_the_river(text: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get("Niger river") is ActorKind.place


@pytest.mark.parametrize(
    ("text", "island"),
    [
        ("The coast guard opened a new base on Varnoy atoll in June.", "Varnoy"),
        ("A long-range radar on Keltesse will watch the shipping lanes.", "Keltesse"),
    ],
)
def test_a_military_site_on_an_unknown_name_stands_on_an_island(text: str, island: str) -> None:
    assert draft_kinds(text).get(island) is ActorKind.place


def test_a_band_on_a_streaming_service_is_no_island() -> None:
    assert draft_kinds("The band landed on Streamora in June.").get("Streamora") is not ActorKind.place


@pytest.mark.parametrize(
    ("text", "unit", "code"),
    [
        (
            "Hornets from Strike Fighter Squadron (VFA) 211 hit a depot near Hodeidah.",
            "Strike Fighter Squadron 211",
            "VFA 211",
        ),
        ("A Poseidon from Patrol Squadron (VP) 16 tracked the dhow.", "Patrol Squadron 16", "VP 16"),
    ],
)
def test_a_squadrons_code_between_its_head_and_number_is_its_alias(text: str, unit: str, code: str) -> None:
    drafts = _drafts(text)
    assert drafts[unit].kind is ActorKind.armed_force
    assert code in drafts[unit].aliases
    assert code.split()[0] not in drafts  # the letters alone are no body of their own
