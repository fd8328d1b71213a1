"""Round realread58: rules found reading real English news pages by hand (tech and data breaches, markets and
company results, crime and courts, politics). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_name_ending_in_laboratories_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Harbour Bridge Laboratories said Tuesday that quarterly earnings fell 7 percent, hurt by a licensing charge."
    )
    assert drafts.get("Harbour Bridge Laboratories") == "organization"  # not a person


def test_two_words_before_an_analysts_post_and_a_name_are_the_firm_that_employs_the_analyst() -> None:
    drafts = draft_kind_names(
        'Shares of Varnby Foods fell 3 percent. "We would not be surprised to see a sell-off," Tarvel Pellam '
        "analyst Ilse Marrow said in a note, while Quellmark Ostry economist Dara Venn was more hopeful. "
        "Wall Street analyst Anton Brisk disagreed."
    )
    assert drafts.get("Tarvel Pellam") == "organization"
    assert drafts.get("Quellmark Ostry") == "organization"
    assert drafts.get("Ilse Marrow") == "person"
    assert drafts.get("Wall Street") != "organization"  # a place before the post stays a place


def test_letters_in_brackets_from_the_words_before_group_are_a_ticker_not_a_body() -> None:
    drafts = draft_kind_names(
        "The biggest gainer among the shares in the index this year is Brannock Group (BRK), a Tarnby-based "
        "equipment firm whose stock is down 1.8% today."
    )
    assert drafts.get("Brannock Group") == "organization"
    assert "BRK" not in drafts


def test_a_title_word_before_association_names_the_members_body_not_a_post() -> None:
    drafts = draft_kind_names(
        "Garda welfare services will be put in place for the injured officer, said Halvor Quent, president of the "
        "Garda Representative Association."
    )
    assert drafts.get("Garda Representative Association") == "organization"
    assert drafts.get("Halvor Quent") == "person"
    assert "Association" not in drafts
    assert "Garda" not in drafts  # the body's word before "welfare services", no actor of its own


def test_a_name_that_acts_after_an_adverb_and_is_then_the_company_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Quellmart initially confirmed reports on Dec. 19 that card data from 40 million shoppers was stolen. "
        "But as its inquiry went on, the company said it had found more."
    )
    assert drafts.get("Quellmart") == "organization"


def test_a_listed_firms_everyday_word_owning_a_named_thing_is_the_firm() -> None:
    drafts = draft_kind_names(
        "The new app competes with Quellnet's Varn Assistant and Compass's Tarvel Planner, the report said."
    )
    assert drafts.get("Compass") == "organization"
    assert "Compass" not in draft_kind_names("Pupils drew the Compass's Four Points on the board.")


def test_a_makers_watch_named_with_its_model_is_a_made_thing_not_a_body() -> None:
    drafts = draft_kind_names(
        "Tarvex unveiled the new Tarvex Watch on Tuesday; the Tarvex Watch Series 3 starts at $399. "
        "Migrant Rights Watch said the factory broke labour laws."
    )
    assert drafts.get("Tarvex Watch") == "other"
    assert drafts.get("Migrant Rights Watch") == "organization"


def test_a_joint_index_written_with_a_slash_is_no_actor() -> None:
    drafts = draft_kind_names(
        "Shares in the S&P/ASX 200 Index (ASX: XJO) building products maker Quellbrick Limited closed at $4.53 "
        "yesterday. The S&P/ASX 200 ended 0.7 per cent higher, or 48.4 points, at 6917.3."
    )
    assert "S&P" not in drafts and "Index" not in drafts
    assert drafts.get("Quellbrick Limited") == "organization"


def test_a_word_with_no_cue_that_the_page_also_writes_in_lower_case_is_no_name() -> None:
    drafts = draft_kind_names(
        "Rangatas arrested the man after he shouted at rangatas on patrol in the square. Later, two Rangatas from "
        "the station were praised."
    )
    assert "Rangatas" not in drafts
