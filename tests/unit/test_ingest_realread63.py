"""Round realread63: rules found reading real English news by hand (tech, finance and market movers, crime and
courts, politics in India, Ireland, Canada and the United States). Invented sentences and names throughout."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def test_a_post_set_off_by_commas_before_its_holder_is_no_second_person() -> None:
    drafts = draft_kind_names(
        "The Foreign Secretary, Halvard Tremaine, said the talks would go on. The Acting Cluster Commander "
        "of Tarnby, Colonel Ilse Varnak, praised the officers."
    )
    assert drafts.get("Halvard Tremaine") == "person"
    assert drafts.get("Ilse Varnak") == "person"
    assert "Foreign Secretary" not in drafts
    assert "Cluster Commander of Tarnby" not in drafts


def test_a_post_before_its_holder_is_one_of_the_holders_spellings() -> None:
    text = "The Foreign Secretary, Halvard Tremaine, said the talks would go on."
    drafts = {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts", language="en").actors}
    assert set(drafts) == {"Halvard Tremaine"}
    assert "Foreign Secretary" in drafts["Halvard Tremaine"].aliases


def test_a_post_joined_by_and_to_a_second_post_before_its_holder_is_no_second_person() -> None:
    drafts = draft_kind_names("Prime Minister and senior party leader Oskar Brenvald spoke at a rally in Tarnby.")
    assert drafts.get("Oskar Brenvald") == "person"
    assert "Prime Minister" not in drafts


def test_a_post_standing_alone_for_its_holder_stays_a_person() -> None:
    drafts = draft_kind_names(
        "The Prime Minister said the budget would pass. Later the Foreign Secretary, Halvard Tremaine, agreed."
    )
    assert drafts.get("Prime Minister") == "person"
    assert "Foreign Secretary" not in drafts
    # (nor is a second post after "and" its holder: "the Tarnish Secretary and the Home Secretary met")
    both = draft_kind_names("The Tarnish Secretary and the Home Secretary met in Quellbury on Monday.")
    assert both.get("Home Secretary") == "person"


def test_a_party_before_government_is_the_party_not_a_persons_or_a_lands() -> None:
    drafts = draft_kind_names(
        "The women of Varnland were neglected by the Quellist government in the past. Quellist did not build "
        "schools, the rally heard. Oskar Brenvald said so. The Brenvald government will act, and the Kenya "
        "government too."
    )
    assert drafts.get("Quellist") == "organization"
    assert "Quellist government" not in drafts
    assert drafts.get("Brenvald") != "organization"
    assert drafts.get("Kenya") != "organization"


def test_a_partys_word_before_a_family_name_is_no_part_of_it() -> None:
    drafts = draft_kind_names(
        "Catriona Velmont held the riding until 2015, when Andrew Tarrow ran. Conservative Velmont lost it to the "
        "NDP, and Liberal Tarrow won it back for the party."
    )
    assert drafts.get("Catriona Velmont") == "person"
    assert drafts.get("Andrew Tarrow") == "person"
    assert "Conservative Velmont" not in drafts
    assert "Liberal Tarrow" not in drafts


def test_a_houses_members_after_their_partys_name_are_the_party() -> None:
    drafts = draft_kind_names(
        "It comes after 30 Tarnach Ráil TDs and Senators met in secret. Tarnach Ráil ministers denied it, the "
        "paper said."
    )
    assert drafts.get("Tarnach Ráil") == "organization"
    assert "Tarnach Ráil TDs" not in drafts


def test_share_class_words_before_a_ticker_are_no_part_of_the_firms_name() -> None:
    drafts = draft_kind_names(
        "The biggest fallers were Quellbridge Holdings Ord GBP (LSE:QBH) and Varnek Tinto Registered Shares "
        "(LSE:VKT), as shares fell on the index."
    )
    assert drafts.get("Quellbridge Holdings") == "organization"
    assert "Varnek Tinto" in drafts
    assert not any("Ord" in name or "Registered" in name or "GBP" in name for name in drafts)


def test_a_one_word_site_after_the_copyright_sign_is_a_media_outlet() -> None:
    drafts = draft_kind_names(
        "Tarvex said none of its other customers were affected by the breach.\nRelated Stories:\n"
        "© 2024 Quellpost. All rights reserved."
    )
    assert drafts.get("Quellpost") == "media"
    assert "Tarvex" in drafts


def test_a_one_word_site_in_a_dated_byline_is_a_media_outlet() -> None:
    drafts = draft_kind_names(
        "Suspect arrested within hours\n11 November 2017 - 11:23 By Tarnlive\nThe victim died at the scene, and "
        "Colonel Ilse Varnak said the suspect was caught."
    )
    assert drafts.get("Tarnlive") == "media"
    assert drafts.get("Ilse Varnak") == "person"


def test_a_link_to_more_of_a_sections_stories_is_no_outlet() -> None:
    drafts = draft_kind_names(
        "Judge denies new trial More Politics News\n\nMarch 28, 2017 3:42 PM\n\nA federal judge in Tarnby has "
        "denied a new trial for Ilse Varnak."
    )
    assert "Politics News" not in drafts
    assert drafts.get("Ilse Varnak") == "person"


def test_a_firms_own_product_before_its_noun_is_no_actor() -> None:
    drafts = draft_kind_names(
        "Quellsoft said customers lost access to Quellsoft's Varnure cloud services for two hours. Tarvex confirmed "
        "that Tarvex's Gemora AI model will power the feature."
    )
    assert "Quellsoft" in drafts
    assert "Tarvex" in drafts
    assert "Varnure" not in drafts
    assert "Gemora AI" not in drafts
    # (a land's service is a body, no product: "Tarnia's TSB security service")
    assert "TSB" in draft_kind_names("Russia's TSB security service said the boat was fishing illegally.")


def test_products_listed_after_their_plural_noun_are_no_actors() -> None:
    drafts = draft_kind_names(
        "On Monday Quellsoft suffered an outage, and no one could reach its cloud services including Tarnbing, "
        "Office 365 and Velloxa, Quellsoft said."
    )
    assert "Quellsoft" in drafts
    assert "Tarnbing" not in drafts
    assert "Velloxa" not in drafts


def test_a_brand_before_its_parent_group_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Burberry fell on a broker downgrade of Velloxa parent group Kering, and shares in Tarvona parent company "
        "Quellbridge fell 4%."
    )
    assert drafts.get("Velloxa") == "organization"
    assert drafts.get("Tarvona") == "organization"


def test_a_states_government_bonds_are_no_body() -> None:
    drafts = draft_kind_names(
        "Investors dumped relatively safe US government bonds, with yields edging higher, and Tarnish government "
        "debt rallied. Quellbank economist Ilse Varnak said so."
    )
    assert "US government" not in drafts
    assert "Tarnish government" not in drafts
    assert drafts.get("Ilse Varnak") == "person"


def test_a_firms_short_name_beside_its_full_name_is_one_firm() -> None:
    text = "QVT Group said profits rose 4%. Later QVT shares fell after QVT cut its outlook."
    drafts = {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts", language="en").actors}
    assert set(drafts) == {"QVT Group"}
    assert "QVT" in drafts["QVT Group"].aliases


def test_a_body_named_only_after_a_place_nouns_possessive_is_no_draft() -> None:
    drafts = draft_kind_names(
        "A former Tarnby police officer was sentenced in a case that unveiled corruption in the city's Police "
        "Department and drew scrutiny, the Tarnby Police Department said."
    )
    assert "Police Department" not in drafts
    assert drafts.get("Tarnby Police Department") == "organization"
    # (a body's own long name after "the country's" stays: "the country's Quellish National Electoral Board (QNEB)")
    long_name = draft_kind_names("The junta dissolved the country's Tarnish National Electoral Board (TNEB) today.")
    assert long_name.get("Tarnish National Electoral Board") == "organization"
