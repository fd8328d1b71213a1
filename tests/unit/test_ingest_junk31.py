"""Ingest on English web pages: junk on recipe, gadget and share-tip pages (issue 15, round junk31).

A brand or a variety before a food; a dish named by its last word, with or without a people's adjective; a
recipe card's field; a broker's rating that is also a town; a site's own tool; a fund named by its asset
class; two terms in capitals; a firm known by its analyst; a grandmother named after a comma. Each example
is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_brand_or_variety_before_a_food_is_no_draft() -> None:
    kinds = draft_kinds(
        "Toss the Bramley apples in a spoon of Demerara sugar, add 100g Lurpak butter and a pinch of Maldon salt, "
        "then serve with Carnation evaporated milk. Margaret Moorcroft-Ebo bakes it every Sunday in Kendal."
    )
    for junk in ("Bramley", "Demerara", "Lurpak", "Maldon", "Carnation"):
        assert junk not in kinds, kinds
    assert kinds.get("Margaret Moorcroft-Ebo") is ActorKind.person, kinds
    assert kinds.get("Kendal") is ActorKind.place, kinds


def test_a_dish_named_by_its_last_word_is_no_body_and_no_state() -> None:
    kinds = draft_kinds(
        "This is not a Dutch Apple Pie, and it goes well with my Sticky Toffee Pudding and a Victoria Sponge. "
        "The Dutch government banned the recipe, said Marta Quellhoven."
    )
    assert "Dutch Apple Pie" not in kinds, kinds
    assert "Sticky Toffee Pudding" not in kinds, kinds
    assert "Victoria Sponge" not in kinds, kinds
    assert kinds.get("Netherlands") is ActorKind.state, kinds  # from "the Dutch government", not from the pie


def test_a_recipe_cards_cuisine_is_no_state() -> None:
    kinds = draft_kinds("Prep Time: 20 mins · Servings: 6 · Course: Dessert · Cuisine: British")
    assert "United Kingdom" not in kinds, kinds


def test_a_brokers_rating_is_no_town_but_a_village_of_that_name_is_a_place() -> None:
    kinds = draft_kinds("Analysts at Norvane Capital moved the shares from Hold to Buy on Tuesday.")
    assert "Buy" not in kinds, kinds
    assert "Hold" not in kinds, kinds
    kinds = draft_kinds("The convoy stopped in the village of Buy on its way north.")
    assert kinds.get("Buy") is ActorKind.place, kinds


def test_a_sites_own_tool_is_no_body() -> None:
    kinds = draft_kinds("Compare the two funds in our Fund Finder, or try the Pension Calculator.")
    assert "Fund Finder" not in kinds, kinds
    assert "Pension Calculator" not in kinds, kinds


def test_a_fund_named_by_its_asset_class_is_a_product_not_its_manager() -> None:
    kinds = draft_kinds("She holds the Quarlow Global Income fund and the Tessan Equity fund in her pension.")
    assert "Quarlow Global Income" not in kinds, kinds
    assert "Tessan Equity" not in kinds, kinds


def test_two_terms_in_capitals_are_no_body_but_a_body_with_its_branch_is_one() -> None:
    kinds = draft_kinds("The Halbrook FTSE 250 UCITS ETF drew inflows. UN OCHA said aid was delayed.")
    assert "UCITS ETF" not in kinds, kinds
    assert kinds.get("UN OCHA") is ActorKind.organization, kinds


def test_a_screen_technology_is_no_body() -> None:
    kinds = draft_kinds("The laptop's OLED screen reaches 600 nits, and the NFC chip pairs it with a phone.")
    assert "OLED" not in kinds, kinds
    assert "NFC" not in kinds, kinds


def test_a_name_whose_analyst_speaks_is_a_firm() -> None:
    kinds = draft_kinds(
        "The housebuilder is the favourite of Calloway Brandt, whose analyst Priya Venkatesh moved it to Buy."
    )
    assert kinds.get("Calloway Brandt") is ActorKind.organization, kinds
    assert kinds.get("Priya Venkatesh") is ActorKind.person, kinds


def test_a_grandmother_named_after_a_comma_is_a_person() -> None:
    kinds = draft_kinds("Every autumn my grandmother, Winifred Pemberley, made this crumble in her cottage.")
    assert kinds.get("Winifred Pemberley") is ActorKind.person, kinds


def test_a_style_of_baking_before_pies_is_no_draft() -> None:
    kinds = draft_kinds("Peggy Haldane ran the shop, and her Scotch pies and Cornish pasties soon had queues.")
    assert "Scotch" not in kinds, kinds
    assert "Cornish" not in kinds, kinds
    assert kinds.get("Peggy Haldane") is ActorKind.person, kinds


def test_the_video_referee_by_its_letters_is_no_body() -> None:
    kinds = draft_kinds('"VAR is there to see that, and it did not," said the Harlow Town manager Dean Okoro.')
    assert "VAR" not in kinds, kinds


def test_a_setting_you_tap_or_turn_on_is_no_draft() -> None:
    kinds = draft_kinds("To save power, turn on Battery Saver, then tap Focus and pick a schedule.")
    assert "Battery Saver" not in kinds, kinds
    assert "Focus" not in kinds, kinds


def test_a_town_before_a_firms_trade_noun_is_a_place() -> None:
    kinds = draft_kinds(
        "The Leeds housebuilder is the favourite of brokers. The Aberdeen engineering firm won a £240m contract."
    )
    assert kinds.get("Leeds") is ActorKind.place, kinds
    assert kinds.get("Aberdeen") is ActorKind.place, kinds


def test_a_products_colours_and_sizes_are_no_drafts() -> None:
    kinds = draft_kinds(
        "The Pennard parka comes in Forest Green, Navy and Oatmeal, in sizes XS to XXL. Colours: Slate Grey or Sand."
    )
    for junk in ("Forest Green", "Navy", "Oatmeal", "XS", "XXL", "Slate Grey", "Sand"):
        assert junk not in kinds, kinds


def test_a_known_town_as_frequent_as_a_word_is_a_place_after_another_town() -> None:
    kinds = draft_kinds("The coats are sold in Leeds and York by Harlow Stores.")
    assert kinds.get("York") is ActorKind.place, kinds
    assert kinds.get("Leeds") is ActorKind.place, kinds


def test_a_given_name_spelt_like_a_foreign_town_is_no_place() -> None:
    kinds = draft_kinds("Shop the look at Harlow Stores, ASOS and Zara before the sale ends.")
    assert kinds.get("Zara") is not ActorKind.place, kinds


def test_a_shares_ticker_in_brackets_is_no_body_but_a_defined_acronym_stays() -> None:
    kinds = draft_kinds(
        "Tesla (TSLA) fell 2% while Halvane (HLVN) gained. The Islamic Revolutionary Guard Corps (IRGC) said so."
    )
    assert "TSLA" not in kinds, kinds
    assert "HLVN" not in kinds, kinds
    assert kinds.get("Islamic Revolutionary Guard Corps") is ActorKind.armed_force, kinds


def test_a_footers_links_joined_by_an_ampersand_are_no_firm_but_partners_are() -> None:
    kinds = draft_kinds(
        "Terms & Conditions. Corrections & Clarifications. The valuation was done by Hughes & Rivers and "
        "Pellow & Tarn last spring. The study appeared in Parasites & Vectors."
    )
    assert "Terms & Conditions" not in kinds, kinds
    assert "Corrections & Clarifications" not in kinds, kinds
    assert kinds.get("Hughes & Rivers") is ActorKind.organization, kinds
    assert kinds.get("Pellow & Tarn") is ActorKind.organization, kinds
    assert "Parasites & Vectors" in kinds, kinds  # a journal named in a sentence


def test_a_chips_model_code_is_no_body() -> None:
    kinds = draft_kinds("The phones have a new A20 Bionic chip, made for Harlow Mobile by Corvane in Austin.")
    assert "A20" not in kinds, kinds
    assert "A20 Bionic" not in kinds, kinds


def test_a_maker_before_its_models_name_is_a_firm() -> None:
    kinds = draft_kinds("Demand is strong in China, where Huawei's Mate 80 has gained ground this year.")
    assert kinds.get("Huawei") is ActorKind.organization, kinds


def test_a_posts_two_letters_beside_the_post_are_no_body() -> None:
    kinds = draft_kinds(
        "The Prime Minister spoke first. Downing Street later said the PM had full confidence in the Chancellor. "
        "The National Security Adviser met the NSA team."
    )
    assert "PM" not in kinds, kinds
    assert kinds.get("NSA") is ActorKind.organization, kinds  # three letters may be the agency


def test_a_given_name_before_a_plural_common_noun_is_no_person() -> None:
    kinds = draft_kinds("Spring is quieter than the Summer Holidays, said the owner, Rose Banks.")
    assert "Summer Holidays" not in kinds, kinds
    assert kinds.get("Rose Banks") is ActorKind.person, kinds


def test_a_rival_from_an_unknown_name_is_its_maker() -> None:
    kinds = draft_kinds("Exports were 10% faster than on the Slate 14, its nearest rival from Lumivar.")
    assert kinds.get("Lumivar") is ActorKind.organization, kinds
