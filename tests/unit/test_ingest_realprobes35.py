"""Ingest on English web pages after the forty-fourth batch of real probes (issue 15).

Frauds and measures named after people ("a Ponzi scheme", "a Madoff-style fraud", "the Sharpe ratio"); a
headline's capital "Former" before a town; analysts quoted "At X, Y said"; a spokesman "for the firm, Y".
Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_fraud_named_after_a_person_in_a_headline_is_no_draft() -> None:
    kinds = draft_kinds(
        "Adviser gets 9 years for $12 million Valdrini scheme\n\nHe ran it from Tulsa, prosecutors said."
    )
    assert "Valdrini" not in kinds, kinds


def test_a_measure_named_after_a_person_is_no_draft() -> None:
    kinds = draft_kinds("The fund's Tollander ratio had been one of the best in the industry, he noted.")
    assert "Tollander" not in kinds, kinds


def test_a_name_made_a_pattern_by_a_style_suffix_is_no_draft() -> None:
    kinds = draft_kinds("It is not a Kesterman-style fraud, Harold Quist told the court.")
    assert "Kesterman" not in kinds, kinds
    assert kinds.get("Harold Quist") is ActorKind.person, kinds


def test_a_model_named_after_two_people_is_no_draft() -> None:
    kinds = draft_kinds("She said her client priced the options with a Marrow-Fenwick model and public data.")
    assert "Marrow-Fenwick" not in kinds, kinds


def test_a_headlines_capital_former_before_a_town_is_no_part_of_a_name() -> None:
    kinds = draft_kinds("Former Tulsa adviser gets 14 years for wire fraud")
    assert "Former Tulsa" not in kinds, kinds
    assert kinds.get("Tulsa") is ActorKind.place, kinds


def test_former_staff_of_a_firm_still_name_the_firm() -> None:
    kinds = draft_kinds("Former Ardenmoor employees said they were owed pay.")
    assert kinds.get("Ardenmoor") is ActorKind.organization, kinds


def test_at_a_firm_before_a_quoted_analyst_is_the_firm() -> None:
    kinds = draft_kinds("Analysts were calm. At Quorwin Tessel, Renata Holm said teams were recording every call.")
    assert kinds.get("Quorwin Tessel") is ActorKind.organization, kinds
    assert kinds.get("Renata Holm") is ActorKind.person, kinds


def test_at_a_firm_named_like_a_person_before_a_quoted_analyst_is_the_firm() -> None:
    kinds = draft_kinds("Analysts were calm. At Harold Jameson, Colm Bradigan said premiums were high.")
    assert kinds.get("Harold Jameson") is ActorKind.organization, kinds


def test_at_a_known_town_before_a_speaker_stays_a_place() -> None:
    kinds = draft_kinds("Voters were calm. At Tulsa, Renata Holm said turnout was high.")
    assert kinds.get("Tulsa") is ActorKind.place, kinds


def test_a_spokesman_for_the_firm_is_the_name_after_the_comma() -> None:
    kinds = draft_kinds("A spokeswoman for the company, Delphine Aster-Quo, said it had cooperated fully.")
    assert kinds.get("Delphine Aster-Quo") is ActorKind.person, kinds


def test_the_firm_named_after_its_noun_stays_a_body() -> None:
    kinds = draft_kinds("Its owner said the firm, Tarnwell Brokers, had cooperated.")
    assert kinds.get("Tarnwell Brokers") is ActorKind.organization, kinds


def test_a_drug_makers_trade_word_ends_its_name() -> None:
    kinds = draft_kinds("Tarvello Pharma agreed to buy the company for $2 billion.")
    assert kinds.get("Tarvello Pharma") is ActorKind.organization, kinds


def test_the_end_of_a_campaigns_name_x_to_y_is_no_outlet() -> None:
    kinds = draft_kinds("Report it, or visit the Pause Ten to Beat Scams website, Harold Quist said.")
    assert "Beat Scams" not in kinds, kinds
    assert kinds.get("Harold Quist") is ActorKind.person, kinds


def test_a_charitys_website_still_names_the_charity() -> None:
    kinds = draft_kinds("Visit the Tarnwell Trust website for advice.")
    assert kinds.get("Tarnwell Trust") is ActorKind.organization, kinds


def test_analysts_at_a_firm_named_like_a_person_name_the_firm() -> None:
    kinds = draft_kinds("Analysts at Harrow Dean said a higher offer of about 350p could win over shareholders.")
    assert kinds.get("Harrow Dean") is ActorKind.organization, kinds


def test_researchers_at_a_known_town_stay_at_the_place() -> None:
    kinds = draft_kinds("Researchers at Tulsa said the case was rare.")
    assert kinds.get("Tulsa") is ActorKind.place, kinds


def test_a_fund_named_after_its_trade_is_a_body() -> None:
    kinds = draft_kinds("It is backed by the sovereign fund Quorvath and the pension fund Tellmere.")
    assert kinds.get("Quorvath") is ActorKind.organization, kinds
    assert kinds.get("Tellmere") is ActorKind.organization, kinds


def test_an_older_english_given_name_opens_a_persons_name() -> None:
    kinds = draft_kinds("The court named Cyril Brackett as receiver, and Imogen Quist as his deputy.")
    assert kinds.get("Cyril Brackett") is ActorKind.person, kinds
    assert kinds.get("Imogen Quist") is ActorKind.person, kinds


def test_a_law_of_thumb_named_after_a_surname_is_no_draft() -> None:
    kinds = draft_kinds("Regulators cited Ferrand's law in the report.")
    assert "Ferrand" not in kinds, kinds


def test_a_firms_law_firm_keeps_the_firm() -> None:
    kinds = draft_kinds("Harold Quist said Tarnwell Holdings's law firm was paid in May.")
    assert kinds.get("Tarnwell Holdings") is ActorKind.organization, kinds


def test_rules_named_after_two_people_are_no_draft() -> None:
    kinds = draft_kinds("The Quellman-Tarrow rules changed how banks trade, analysts said.")
    assert "Quellman-Tarrow" not in kinds, kinds


def test_where_someone_worked_is_a_body() -> None:
    kinds = draft_kinds("Its chief executive, Ines Vale, previously worked at Quellbyte and Tarnwick.")
    assert kinds.get("Quellbyte") is ActorKind.organization, kinds
    assert kinds.get("Tarnwick") is ActorKind.organization, kinds


def test_where_someone_worked_in_a_known_town_stays_a_place() -> None:
    kinds = draft_kinds("She worked at Tulsa for years before moving.")
    assert kinds.get("Tulsa") is ActorKind.place, kinds


def test_the_person_a_scheme_is_named_after_stays_a_person_when_the_story_is_about_him() -> None:
    kinds = draft_kinds("Carlo Valdrini ran the first Valdrini scheme in 1920. Valdrini was later deported.")
    assert kinds.get("Carlo Valdrini") is ActorKind.person, kinds


def test_a_deals_adviser_is_a_body() -> None:
    kinds = draft_kinds("Castlemere is advised by Harrowby Lusk, and Tarnwell by Rothby & Co.")
    assert kinds.get("Harrowby Lusk") is ActorKind.organization, kinds


def test_a_person_who_advises_stays_a_person() -> None:
    kinds = draft_kinds("She was advised by Harold Quist, her lawyer, to say nothing.")
    assert kinds.get("Harold Quist") is ActorKind.person, kinds
