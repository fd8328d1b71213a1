"""Round realprobes81 (batch en81): rules found on invented English pages (a tech giant's quarterly results, a
wire-service bank takeover, a county town's planning vote, a federal fraud press release)."""

from __future__ import annotations

import pytest

from dossier.ingest.bylines import byline_outlets
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # an agency's branch of special agents, named by the field it investigates
        (
            "The case was worked by Homeland Security Investigations and the state police.",
            "Homeland Security Investigations",
            "organization",
        ),
        ("Agents of IRS Criminal Investigation traced the money.", "IRS Criminal Investigation", "organization"),
        # a prosecutor's or a regulator's division for a kind of case is no army's division
        (
            "He thanked the Tarnford Medicaid Fraud Division for its help.",
            "Tarnford Medicaid Fraud Division",
            "organization",
        ),
        ("The Antitrust Division opened an inquiry into the merger.", "Antitrust Division", "organization"),
    ],
)
def test_investigation_units_and_case_divisions_are_civil_bodies(text: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == kind, kinds


def test_a_body_then_the_town_of_its_field_office_keeps_the_body() -> None:
    kinds = draft_kinds(
        "Agents of Homeland Security Investigations Baltimore, under the direction of Special Agent in Charge "
        "Ilse Varnholt, made the arrests.",
        language="en",
    )
    assert kinds.get("Homeland Security Investigations") == "organization", kinds
    assert "Homeland Security Investigations Baltimore" not in kinds, kinds


def test_a_wire_credit_in_brackets_after_a_closing_bracket_line_is_read() -> None:
    # the agency's closing credits in brackets: a line of names, no Title Case heading
    text = (
        "Quellbank shares rose 3% in Lagos on Tuesday.\n"
        "(Reporting by Amaka Obiora in Lagos; Additional reporting by Kwesi Mensah-Tetteh in Accra; "
        "Editing by Rowan Feld)"
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Kwesi Mensah-Tetteh") == "person", kinds
    assert kinds.get("Rowan Feld") == "person", kinds
    assert kinds.get("Accra") == "place", kinds


@pytest.mark.parametrize(
    "dateline",
    [
        "ACCRA/LAGOS, Nov 30 (PAW) - ",
        "TULSA, Okla. (PAW) — ",
    ],
)
def test_letters_in_brackets_between_a_dateline_and_its_dash_are_the_wire(dateline: str) -> None:
    text = f"{dateline}Brenmoor Bank said on Monday it would close 40 branches.\nThe bank told PAW the cuts were final."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("PAW") == "media", kinds


def test_letters_in_brackets_in_a_sentence_stay_a_body() -> None:
    text = "The Tarnland Workers Alliance (PAW) said on Monday it would strike."
    assert draft_kinds(text, language="en").get("PAW") != "media"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quellmark, its self-driving unit, began charging for rides in Denver.", "Quellmark"),
        ("The group sold Varnbridge, its insurance arm, to a rival last year.", "Varnbridge"),
        ("Tarvex said Holmline, its wholly owned subsidiary, would be wound up.", "Holmline"),
    ],
)
def test_a_firms_arm_named_after_its(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Revenue from its Quellora platform grew 39% in the quarter.", "Quellora"),
        ("The firm said its Varnix assistant now had 20 million users.", "Varnix"),
        ("Analysts praised its new Quellix model for its speed.", "Quellix"),
    ],
)
def test_a_name_between_its_and_a_products_noun_is_the_product(text: str, product: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert product not in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Strata Cloud competes with Amazon Web Services and Microsoft Azure.",
        "Police found a grey Toyota Corolla abandoned on Mill Lane.",
    ],
)
def test_a_known_firm_before_its_products_rare_name_drafts_no_product(text: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert not [name for name in kinds if name.endswith(("Azure", "Corolla"))], kinds


def test_a_known_firm_beside_its_arm_is_the_parent_not_a_short_form() -> None:
    text = "Google Cloud grew sales 34%. Regulators asked whether Google's licences lock in customers."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Google Cloud") == "organization", kinds
    assert kinds.get("Google") == "organization", kinds


def test_a_party_word_clipped_in_a_councillors_brackets_is_no_name() -> None:
    kinds = draft_kinds("Cllr Ilse Varnholt (Lab, Castlegate) said the homes were needed.", language="en")
    assert "Lab" not in kinds, kinds
    assert kinds.get("Ilse Varnholt") == "person", kinds


@pytest.mark.parametrize(
    "text",
    [
        "The committee met in the Guildhall on Tuesday evening.",
        "The Shirehall will close next year, the council said.",
    ],
)
def test_a_councils_building_of_one_word_is_a_place(text: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Guildhall", kinds.get("Shirehall")) == "place", kinds


def test_a_reporting_service_beside_the_reporter_in_a_byline_is_an_outlet() -> None:
    assert byline_outlets("Ann Holt; Local Democracy Reporting Service") == ["Local Democracy Reporting Service"]
    assert byline_outlets("Reporting by Ann Holt; Editing by Tom Hale") == []


def test_a_one_word_name_described_as_an_investor_is_a_fund() -> None:
    kinds = draft_kinds(
        "The stake was bought from Quellfund, the Danish development investor, last year.", language="en"
    )
    assert kinds.get("Quellfund") == "organization", kinds
    # a family name after its particle is a person's, whatever the description
    kinds = draft_kinds("A strike killed Abu Hamza al-Varnawi, a senior investor in the group.", language="en")
    assert kinds.get("Abu Hamza al-Varnawi") == "person", kinds


def test_the_day_after_an_outlet_in_a_byline_is_no_part_of_its_name() -> None:
    assert byline_outlets("Ann Holt; Local Democracy Reporting Service Wednesday") == [
        "Local Democracy Reporting Service"
    ]


def test_letters_that_end_a_firms_brand_are_no_body_of_their_own() -> None:
    kinds = draft_kinds("Analysts at Tarvane ISI raised their price target on the stock.", language="en")
    assert kinds == {"Tarvane ISI": "organization"}, kinds
    kinds = draft_kinds("Ministers of the Global Coalition to Counter ISIL met in Rome.", language="en")
    assert kinds.get("ISIL") == "armed_force", kinds


def test_a_releases_defense_counsel_line_names_its_lawyers_and_offices() -> None:
    text = (
        "Two men were charged with fraud on Monday.\n"
        "Defense counsel: Tomas Quellberg: Ilse Varnholt-Diaz, Esq., Hackensack; "
        "Oren Malley: Federal Public Defender's Office"
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Ilse Varnholt-Diaz") == "person", kinds
    assert kinds.get("Federal Public Defender's Office") == "organization", kinds


def test_an_investors_name_without_partners_is_its_short_form() -> None:
    text = (
        "Tarnby Seeds has raised $30 million in a round led by Quellmark VII Partners, the company said. "
        "The round was led by Quellmark VII, with Harlow Fund joining."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Quellmark VII Partners") == "organization", kinds
    assert "Quellmark VII" not in kinds, kinds


def test_one_word_after_investors_in_lower_case_is_a_fund() -> None:
    kinds = draft_kinds("Existing investors Quellvore and the Harlow Fund also took part in the round.", language="en")
    assert kinds.get("Quellvore") == "organization", kinds


def test_one_word_described_as_a_provider_is_a_firm_and_a_full_name_a_person() -> None:
    kinds = draft_kinds("An outage at Quellvault, the cloud provider owned by Harlow Group, took down payments.")
    assert kinds.get("Quellvault") == "organization", kinds
    kinds = draft_kinds("Ilse Varnholt, a childcare provider in Leeds, said fees would rise.")
    assert kinds.get("Ilse Varnholt") == "person", kinds


def test_a_house_where_a_meeting_is_held_is_a_building() -> None:
    kinds = draft_kinds("A new leader will be chosen at a full council meeting at Tarnby Vale House on December 10.")
    assert kinds.get("Tarnby Vale House") == "place", kinds
    assert draft_kinds("The minister gave a speech at Varnham House on Monday.").get("Varnham House") == "organization"
