"""Round realprobes89 (batch en89): rules found on invented pages in the chrome of international wires and
broadcasters (datelines, credit lines, image source lines, bylines with a beat, footers of broadcasting
corporations) on world politics, conflicts, commodities, courts and health emergencies."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a firm by the trade before its name, where the trade's last word alone is a person's title or job
        ("Oil producer Quellpetro said output would fall next year.", "Quellpetro", "organization"),
        ("Shares of copper producer Tarnacobre rose 3% in Lima.", "Tarnacobre", "organization"),
        ("Copper miner Tarnacu halted work at two pits.", "Tarnacu", "organization"),
        ("The Danish manufacturer Oresund Vax shipped 40,000 doses.", "Oresund Vax", "organization"),
        ("The shipbuilder Estaleiro Tarnmar signed a leniency deal.", "Estaleiro Tarnmar", "organization"),
        # a body by its kind
        ("The vaccine alliance Quellvac paid for the cold chain.", "Quellvac", "organization"),
        ("Peruvian mining agency Minquell forecast higher output.", "Minquell", "organization"),
        ("State-owned Tarnoil delayed two field expansions.", "Tarnoil", "organization"),
        # a firm's trade after the article of an apposition
        ("Varncobre, the region's biggest copper producer, said its mines ran.", "Varncobre", "organization"),
        # a state's broadcaster is an outlet, whatever its two words would say alone
        ("The decree was read on state broadcaster Tele Quellsud on Monday.", "Tele Quellsud", "media"),
        ("Public broadcaster Tele Quellia showed the count live.", "Tele Quellia", "media"),
    ],
)
def test_bodies_and_outlets_by_their_trade_on_wire_pages(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


# (guards: a person with a trade of people stays a person)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The film producer Marta Quellborn said the shoot had ended.", "Marta Quellborn"),
        ("Ilse Varnholt, the show's executive producer, said so.", "Ilse Varnholt"),
        ('"Prices fell," said Obbe Quarnholt-Vane, a strategist at Tarnmoor Asset Management.', "Obbe Quarnholt-Vane"),
        ("The broadcaster Perpetua Vanstone opened the fete.", "Perpetua Vanstone"),
    ],
)
def test_a_person_with_a_trade_stays_a_person(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == "person", kinds


def test_a_second_reporter_with_her_own_place_in_a_credit_line_is_a_person() -> None:
    kinds = _kinds("(Reporting by Habiba Sanoko in Niamey and Boubacar Quell-Sow in Bamako; Editing by Tom Hale)")
    assert kinds.get("Boubacar Quell-Sow") == "person", kinds
    assert kinds.get("Bamako") == "place", kinds


# (a guard: a place listed with another keeps its kind though a state follows it)
def test_two_places_with_a_state_after_the_second_stay_places() -> None:
    kinds = _kinds("Talks were held in Niamey and Tarnokoro in Mali last week.")
    assert kinds.get("Tarnokoro") == "place", kinds


@pytest.mark.parametrize(
    ("author", "persons"),
    [
        # the page's author field lost the line break between the name and the reporter's beat
        ("Tamar Quellishvili South Caucasus correspondent; Tbilisi", ["Tamar Quellishvili"]),
        ("Ann Varnholt Middle East correspondent", ["Ann Varnholt"]),
        ("Ann Varnholt Political editor", ["Ann Varnholt"]),
    ],
)
def test_a_reporters_beat_after_the_name_is_no_part_of_it(author: str, persons: list[str]) -> None:
    from dossier.ingest.bylines import byline_persons

    assert byline_persons(author) == persons


def test_a_footers_corporation_is_named_in_full() -> None:
    from dossier.ingest.footer_publisher import footer_owner

    page = "<html><body><p>Text.</p><footer><p>Copyright 2026 Tarnlight Broadcasting Corporation. Terms</p></footer>"
    assert footer_owner(page + "</body></html>") == "Tarnlight Broadcasting Corporation"


def test_a_line_break_in_a_caption_keeps_an_agencys_name_apart() -> None:
    from dossier.ingest.photo_credits import caption_sentences

    caption = "Image source, Quellpix<br>Image caption, Crowds march on the square"
    figure = f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
    page = f"<html><body><article><p>Crowds march.</p>{figure}</article></body></html>"
    said = caption_sentences(page)
    assert said and "QuellpixImage" not in said[0] and "Quellpix\nImage caption" in said[0], said


@pytest.mark.parametrize(
    ("footer", "owner"),
    [
        ("<p>&copy; 2026 Gulf Tarnhorizon Media Network. <a>About</a></p>", "Gulf Tarnhorizon Media Network"),
        ("<p>Quell Courier is part of Varnwear Media Group. &copy; 2026</p>", "Varnwear Media Group"),
    ],
)
def test_a_footers_group_of_outlets_owns_the_page(footer: str, owner: str) -> None:
    from dossier.ingest.footer_publisher import footer_owner

    assert footer_owner(f"<html><body><p>Text.</p><footer>{footer}</footer></body></html>") == owner


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a French-style agency's dateline: the town as a name, the agency's letters, a dash
        ("Bukavu (QPA) - Nurses said the ward was full on Thursday.", "QPA", "media"),
        # English papers write a group's Arabic article apart
        ("The attack was claimed by al Tarnqa, the group said.", "al Tarnqa", "organization"),
        # a party's own word in lower case
    ],
)
def test_wire_page_names_are_whole_and_of_their_kind(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


# (a guard: a Spanish "al" inside a party's name stays inside it)
def test_a_spanish_al_inside_a_name_stays_inside() -> None:
    kinds = _kinds("The Movimiento al Socialismo won the vote in La Paz.")
    assert "Movimiento al Socialismo" in kinds, kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a body's number after "No."
        ("Union No. 2 at the Tarnvale mine rejected the offer on Monday.", "Union No. 2", "organization"),
        # a body's noun, a comma and "the" before its name
        ("The main opposition bloc, the Quell Platform, says the count was rigged.", "Quell Platform", "organization"),
    ],
)
def test_bodies_named_on_wire_pages(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


def test_a_forces_own_letters_after_its_description_in_lower_case() -> None:
    extraction = draft_kinds("Fighting between the rebels and the Congolese army (FAQR) went on near the lake.")
    assert extraction.get("FAQR") is None, extraction  # one draft: the army, its letters an alias
    from dossier.ingest.extract import extract

    drafts = extract("Fighting between the rebels and the Congolese army (FAQR) went on.", None, [], set(), "t").actors
    army = next(draft for draft in drafts if "FAQR" in draft.aliases)
    assert str(army.kind) == "armed_force"


# (a guard: a party's letters in brackets before "party" stay out of the name)
def test_a_partys_letters_in_brackets_stay_out_of_its_name() -> None:
    kinds = _kinds("Voters backed the Quellish Coalition (QC) party in the capital.")
    assert not any(name.endswith("party") for name in kinds), kinds


def test_a_groups_al_apart_after_a_bracket() -> None:
    kinds = _kinds("Attacks by the Quell Front (QF), al Tarnqa's local affiliate, rose in May.")
    assert "al Tarnqa" in kinds, kinds


def test_centres_for_a_field_are_a_body_and_its_short_form_an_alias() -> None:
    from dossier.ingest.extract import extract

    text = "The Tarnia Centres for Disease Control and Prevention (Tarnia CDC) said cases rose. Tarnia CDC said more."
    drafts = extract(text, None, [], set(), "t").actors
    body = next(draft for draft in drafts if draft.name == "Tarnia Centres for Disease Control and Prevention")
    assert str(body.kind) == "organization" and "Tarnia CDC" in body.aliases, drafts
    assert not any(draft.name == "Tarnia CDC" for draft in drafts), drafts


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a firm by its trade before ", whose" (not a person, nor a town spelt like it in another tongue)
        ("Gold miner Tarnello, whose mine near Kayes was seized, said it would sue.", "Tarnello", "organization"),
        # a firm's own unit after ", whose"
        ("Uranium miner Tarnello, whose Quellmine unit was nationalised, said so.", "Quellmine", "organization"),
    ],
)
def test_a_firm_before_whose_and_its_unit(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


def test_a_firms_former_name_is_its_alias() -> None:
    from dossier.ingest.extract import extract

    text = "The engineering group Quellnor, formerly known as Tarnbrecht, signed the deal."
    drafts = extract(text, None, [], set(), "t").actors
    firm = next(draft for draft in drafts if draft.name == "Quellnor")
    assert "Tarnbrecht" in firm.aliases and not any(draft.name == "Tarnbrecht" for draft in drafts), drafts


# (a guard: a credit's label still cuts the caption to its end, over a <br>'s line break)
def test_a_credit_cuts_a_caption_to_its_end_over_a_line_break() -> None:
    from dossier.ingest.photo_credits import caption_sentences

    caption = "Crowds march on the square in Tarnby. Bild: Ann Holt<br>Archiv der Tarnby Post, alle Rechte vorbehalten"
    page = f"<html><body><article><p>Crowds march.</p><figure><figcaption>{caption}</figcaption></figure></article>"
    assert caption_sentences(page + "</body></html>") == ["Crowds march on the square in Tarnby."]


def test_a_partys_own_word_in_lower_case_is_an_alias() -> None:
    from dossier.ingest.extract import extract

    drafts = extract("Members of the rightwing Quellish Freedom party walked out.", None, [], set(), "t").actors
    party = next(draft for draft in drafts if draft.name == "Quellish Freedom")
    assert str(party.kind) == "organization" and "Quellish Freedom party" in party.aliases, drafts
