"""Round realprobes93 (batch en93): rules found on invented pages in genres the probes handle worst: an airline
business page, a defence-procurement trade page, a biotech trial result, tech layoffs and earnings, a Philippine
election desk, a Latin American wire, a rights group's report and a regional power market."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a trade's members "of" a state name their national body, not the state alone
        ("The Tarnish Growers of Canada asked for relief.", "Tarnish Growers of Canada", "organization"),
        ("The Rail Workers of America called a strike.", "Rail Workers of America", "organization"),
        # a firm speaks of itself as "it" with other verbs than "said"
        ("Quellvane confirmed it would close two plants.", "Quellvane", "organization"),
        ("Tarvolex warned it had run short of parts.", "Tarvolex", "organization"),
        # a trade's noun before a firm is no part of its name
        ("Lessor Varnholt placed 12 jets with the airline.", "Varnholt", "organization"),
        ("The order went to planemaker Quorvane last week.", "Quorvane", "organization"),
        # where a named person's job is held is a firm, not a place
        ("said Ilse Varnack, head of market analysis at Tellmoor, on Monday.", "Tellmoor", "organization"),
        # a body's aim in a gerund after its "for" ends its name
        (
            "The Varnby Centre for Independent Living opened a shop.",
            "Varnby Centre for Independent Living",
            "organization",
        ),
        ("The Alliance for Safe Voting said its count matched.", "Alliance for Safe Voting", "organization"),
        # a commission of inquiry named for its subject
        (
            "The Commission of Inquiry on Missing Persons said it had traced 40 people.",
            "Commission of Inquiry on Missing Persons",
            "organization",
        ),
        # who runs a body says it is one
        ("Patients were sent to the state-run Nueva Salud clinics.", "Nueva Salud", "organization"),
        # a Filipino coalition's "para sa" ("for") inside its name
        ("The Koalisyon para sa Bagong Tarnas won six seats.", "Koalisyon para sa Bagong Tarnas", "organization"),
        # a firm in a brand's casing holds a post before its holder's name
        ("QuellPay chief financial officer Ilse Varn said margins grew.", "QuellPay", "organization"),
        ("Earlier, Tarnby chief operating officer Ada Pell resigned.", "Tarnby", "organization"),
        # a world-known group's arm that goods are bought from is a seller, not the group's product
        ("The navy ordered six more patrol boats from Hyundai Varnel.", "Hyundai Varnel", "organization"),
        # a firm's rare name and trade, then the state its arm serves
        ("The contract went to Tarnwha Defence Australia in March.", "Tarnwha Defence Australia", "organization"),
        ("Quellvik Energy Canada said it would bid.", "Quellvik Energy Canada", "organization"),
        # a party to a deal in a brand's casing is a firm
        ("QuellAir has signed for 12 more turboprops.", "QuellAir", "organization"),
        ("JetVarn will lease two widebodies from a Dublin lessor.", "JetVarn", "organization"),
        # a plant's numbered reactor after its site's name
        ("Engineers restarted the Tarnvik 2 reactor on Sunday.", "Tarnvik", "place"),
        # a model's designation after "for" is no part of the supplier's name
        ("The army signed a deal with Quellmoor Systems for Type 31 spares.", "Quellmoor Systems", "organization"),
    ],
)
def test_bodies_by_the_words_around_them(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


# (guards: one plural of people is a crowd; a job no firm holds leaves a town; a post's field is no person)
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a region between a title's word and a post's noun is the post's field, not a holder's name
        ("The study was led by Ada Pellworth, deputy Africa director.", "Africa", "place"),
        ("Farmers of Canada protested on Monday.", "Canada", "state"),
        ("said Ada Pell, a nurse at Tarnwick.", "Tarnwick", "place"),
    ],
)
def test_guards_keep_their_kind(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("By Ilse Varnova in Lagos and Tomas Quellberg in Accra", ["Ilse Varnova", "Tomas Quellberg"]),
        ("Byline: Ada Pellworth in Leeds & Obbe Tarnhill in York", ["Ada Pellworth", "Obbe Tarnhill"]),
    ],
)
def test_reporters_filed_from_towns(byline: str, reporters: list[str]) -> None:
    kinds = _kinds(f"{byline}\nUpdated Dec. 4, 2026\n\nThe council said it would cut jobs.")
    for reporter in reporters:
        assert kinds.get(reporter) == "person", kinds
    assert not any("&" in name for name in kinds), kinds


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Quellgen, which markets Varnexa, said its sales doubled.", "Varnexa"),
        ("Tarnbio, which manufactures Zelmora in Ireland, cut prices.", "Zelmora"),
    ],
)
def test_what_a_firm_markets_is_its_product(text: str, product: str) -> None:
    kinds = _kinds(text)
    assert product not in kinds, kinds
