"""Ingest on English web pages after the twenty-second round of real probes (issue 15).

A person named after "the broadcaster", a path named after "along the" and a mill after "at", an advice
service or a research unit named for its town, a rival firm named like a person that goes on with "its",
and a board's members listed on a line of their own under a heading. Each example is invented and goes
through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_person_named_after_the_broadcaster_is_a_person() -> None:
    kinds = draft_kinds("Our patron, the broadcaster Thomasina Quarrendon, opened the new hall in May.")
    assert kinds.get("Thomasina Quarrendon") is ActorKind.person, kinds


def test_a_channel_named_after_the_broadcaster_stays_an_outlet() -> None:
    kinds = draft_kinds("Ofcom fined the broadcaster Channel Wrenmoor for the advert. Viewers had complained.")
    assert kinds.get("Channel Wrenmoor") is ActorKind.media, kinds


def test_a_way_walked_along_is_a_place() -> None:
    kinds = draft_kinds("Forty volunteers walked along the Corriebeck Way on Sunday to raise money.")
    assert kinds.get("Corriebeck Way") is ActorKind.place, kinds


def test_a_mill_on_a_river_after_at_is_a_place() -> None:
    kinds = draft_kinds("Anglers were seen on the River Tolworth at Quenby Mill without a licence.")
    assert kinds.get("Quenby Mill") is ActorKind.place, kinds


def test_a_philosophers_surname_mill_stays_a_person() -> None:
    kinds = draft_kinds("As John Stuart Mill wrote, liberty needs limits.")
    assert kinds.get("John Stuart Mill") is ActorKind.person, kinds


def test_an_advice_service_named_for_its_town_is_a_body() -> None:
    kinds = draft_kinds("In Pellinghoe we share a building with Brackwater Advice, so people can see a debt adviser.")
    assert kinds.get("Brackwater Advice") is ActorKind.organization, kinds


def test_a_research_unit_named_for_its_founder_is_a_body() -> None:
    kinds = draft_kinds("The boiler was tested by the Ambridge-Colley Research Unit at the University of Harnwick.")
    assert kinds.get("Ambridge-Colley Research Unit") is ActorKind.organization, kinds
    kinds = draft_kinds("The boiler was tested by the Tarrenby Building Research Unit at the University of Harnwick.")
    assert kinds.get("Tarrenby Building Research Unit") is ActorKind.organization, kinds


def test_advice_after_a_common_word_is_no_body() -> None:
    kinds = draft_kinds(
        "Read our Legal Advice and Travel Advice pages before you book. He was taken to an Intensive Care Unit."
    )
    assert "Legal Advice" not in kinds and "Travel Advice" not in kinds, kinds
    assert "Intensive Care Unit" not in kinds, kinds


def test_a_rival_named_like_a_person_that_cuts_its_prices_is_a_firm() -> None:
    kinds = draft_kinds("Rival Corvell Szabo cut the price of its Tarnby 9 boiler by a tenth last month.")
    assert kinds.get("Corvell Szabo") is ActorKind.organization, kinds


def test_a_person_who_sold_a_firm_and_its_assets_stays_a_person() -> None:
    kinds = draft_kinds("Ottoline Szabo sold the firm and its assets in 2019. Szabo now farms sheep.")
    assert kinds.get("Ottoline Szabo") is ActorKind.person, kinds


def test_a_line_of_trustees_under_its_heading_gives_each_person() -> None:
    text = (
        "Our trustees\n"
        "Rosalind Achterberg-Vale (Chair), Cuthbert Ilesanmi (Treasurer), Henrietta Sowerby, Matthias Quayle\n"
        "The Pellinghoe Food Bank is a registered charity."
    )
    kinds = draft_kinds(text)
    for name in ("Rosalind Achterberg-Vale", "Cuthbert Ilesanmi", "Henrietta Sowerby", "Matthias Quayle"):
        assert kinds.get(name) is ActorKind.person, kinds


def test_a_line_of_links_in_title_case_gives_no_body() -> None:
    kinds = draft_kinds(
        "Terms and Conditions, Privacy Policy, Cookie Policy, Contact Us\nThe site is run by volunteers."
    )
    assert not kinds, kinds


def test_a_firm_named_like_a_person_after_the_trade_noun_is_a_firm() -> None:
    kinds = draft_kinds("Analysts at the security firm Corbel Haverley said the attackers had used a stolen password.")
    assert kinds.get("Corbel Haverley") is ActorKind.organization, kinds


def test_a_person_after_a_trade_one_person_plies_stays_a_person() -> None:
    kinds = draft_kinds("The boxing promoter Lucan Threlfall said the fight would go ahead.")
    assert kinds.get("Lucan Threlfall") is ActorKind.person, kinds


def test_shops_that_sell_a_product_in_a_country_are_firms() -> None:
    kinds = draft_kinds("The Quillet 4 costs £89 and is sold in the UK by Harrowgate and Henry Pascoe, and online.")
    assert kinds.get("Henry Pascoe") is ActorKind.organization, kinds
    kinds = draft_kinds(
        "The kettles were sold between May and June, mostly through Brenmart. Brenmart said refunds were open."
    )
    assert kinds.get("Brenmart") is ActorKind.organization, kinds


def test_a_person_tickets_are_available_through_stays_a_person() -> None:
    kinds = draft_kinds("Tickets are available through Tobias Quellor, the club secretary, until Friday.")
    assert kinds.get("Tobias Quellor") is ActorKind.person, kinds


def test_a_body_named_for_a_town_the_page_names_alone_is_no_person() -> None:
    text = (
        "Waiting lists at Quarnby hospitals grow\n\n"
        "Odile Pennock, chair of Patientvoice Quarnby, said complaints had doubled. Patients in Quarnby waited longer."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Patientvoice Quarnby") is ActorKind.organization, kinds
    assert kinds.get("Quarnby") is ActorKind.place, kinds


def test_a_surname_the_page_uses_alone_still_makes_a_person() -> None:
    kinds = draft_kinds("Dr Varn Tremlow met Quell Tremlow at the depot. Tremlow said the talks went well.")
    assert kinds.get("Quell Tremlow") is ActorKind.person, kinds


def test_a_heritage_grade_is_no_name() -> None:
    kinds = draft_kinds(
        "Councillor Ambrose Tilling said the viaduct was Grade II listed, so repairs would take longer."
    )
    assert "Grade II" not in kinds, kinds
    assert kinds.get("Ambrose Tilling") is ActorKind.person, kinds
