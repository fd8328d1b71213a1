"""What English news and shop pages name besides actors (sizes, parts, past storms, a ground's
stands, bonds), and the kinds a reader gives titled persons, makers and newsletters.

Each test ingests invented text through the real extractor and states the drafts an analyst would
see (issue 15: no junk draft on real news pages, the kinds a reader would give)."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- a title, a given name, and a family name that is also a building's word ------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The governor asked President Raymond Castle for federal aid on Sunday.", "Raymond Castle"),
        ("Senator Jennifer Park voted against the bill on Tuesday.", "Jennifer Park"),
        ("Senator Frank Church led the committee for six years.", "Frank Church"),
        ("Mayor Anna Lane opened the summer fair.", "Anna Lane"),
        ("Detective Inspector Mark Bridge said the inquiry would continue.", "Mark Bridge"),
        ("Vice President Susan J. Lane arrived on Monday.", "Susan J. Lane"),
        ("A letter from Director General Omar Bridge was read out.", "Omar Bridge"),
    ],
)
def test_a_titled_person_whose_family_name_is_a_building_word_is_a_person(text: str, person: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(person) is ActorKind.person, drafts
    assert not any(name.startswith(("President", "Senator", "Mayor", "Detective")) for name in drafts), drafts


@pytest.mark.parametrize(
    ("text", "building"),
    [
        ("Pilgrims gathered at the Imam Ali Mosque on Friday.", "Imam Ali Mosque"),
        ("Crowds filled King George Park on Sunday.", "King George Park"),
        ("Tourists visited the King Edward Castle near the coast.", "King Edward Castle"),
        ("Crowds gathered in General Grant Park for the rally.", "General Grant Park"),
    ],
)
def test_a_building_named_after_a_king_or_after_in_stays_a_place(text: str, building: str) -> None:
    assert draft_kinds(text).get(building) is ActorKind.place


# -- shop pages: sizes, parts and rival brands ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Size: UK 6 UK 7 UK 8 UK 9 UK 10. Free returns.",
        "Available in EU 40, EU 41 and EU 42 from our store.",
        "Weight: 310g (UK 8). Order half a size up.",
        "Sizes run small: the US 9 / US 9.5 fit like a US 8.",
    ],
)
def test_a_size_given_by_country_names_no_state(text: str) -> None:
    drafts = draft_kinds(text)
    assert not {"United Kingdom", "United States", "European Union", "UK", "US", "EU"} & set(drafts), drafts


def test_a_country_code_before_a_number_elsewhere_still_names_the_state() -> None:
    drafts = draft_kinds("Weight: 310g (UK 8). The parcel was shipped from London to the UK.")
    assert drafts.get("United Kingdom") is ActorKind.state


def test_a_part_named_before_its_noun_is_no_actor() -> None:
    drafts = draft_kinds("The Rolvik Trail pairs a grippy Tarnix Megagrip outsole with a Quellfoam midsole.")
    assert "Tarnix Megagrip" not in drafts and "Quellfoam" not in drafts, drafts


@pytest.mark.parametrize(
    "text",
    [
        "Best trail shoe I have owned. Switched from Salvara and won't go back.",
        "I switched from Brenvik last year and the grip is better.",
        "We upgraded from Quellmark after the old boots split.",
    ],
)
def test_a_brand_switched_from_is_no_place(text: str) -> None:
    drafts = draft_kinds(text)
    assert not any(kind is ActorKind.place for kind in drafts.values()), drafts


# -- goods and money come from a maker -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("The lab buys chips from Nvidia and memory from others.", "Nvidia"),
        ("The start-up won funding from Quarrystone last year.", "Quarrystone"),
        ("The plant makes parts for cars and takes orders from Halvane every week.", "Halvane"),
    ],
)
def test_a_maker_after_goods_and_from_is_an_organisation(text: str, maker: str) -> None:
    assert draft_kinds(text).get(maker) is ActorKind.organization


def test_people_from_a_name_keep_it_a_place() -> None:
    assert draft_kinds("Refugees from Varnakh crossed the border at night.").get("Varnakh") is ActorKind.place


# -- named storms ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Hurricane Delphine made landfall on Friday. "Not even in Harvey did it rise this fast," he said.',
        "Typhoon Mawar hit the coast. Residents said the flooding was worse than Sandy.",
    ],
)
def test_a_past_storm_named_alone_on_a_storm_page_is_no_place(text: str) -> None:
    drafts = draft_kinds(text)
    assert "Harvey" not in drafts and "Sandy" not in drafts, drafts


def test_a_town_named_like_a_storm_off_a_storm_page_stays_a_place() -> None:
    assert draft_kinds("Floods hit homes in Harvey, Louisiana, on Monday.").get("Harvey") is ActorKind.place


# -- a ground's stand on a match report --------------------------------------------------------------


def test_a_stand_on_a_match_report_is_no_actor() -> None:
    text = (
        "The striker scored from the penalty spot after the referee pointed to it, and the header "
        "that followed sent the fans in the Kop End wild."
    )
    assert "Kop End" not in draft_kinds(text)


# -- bonds, and newsletters after their noun ---------------------------------------------------------


def test_a_bond_known_as_a_name_is_no_actor() -> None:
    drafts = draft_kinds("Yields on German two-year bonds, known as Schatz, fell to 1.9% on Monday.")
    assert "Schatz" not in drafts, drafts


def test_a_group_known_as_a_name_is_still_an_actor() -> None:
    assert draft_kinds("A militia known as Quarrite Front attacked the town.").get("Quarrite Front") is (
        ActorKind.organization
    )


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("He writes about markets in his Substack, The Gradient Line, every week.", "Gradient Line"),
        ("Read his blog, Ferrow Notes, for more.", "Ferrow Notes"),
    ],
)
def test_a_newsletter_after_its_noun_is_media(text: str, outlet: str) -> None:
    assert draft_kinds(text).get(outlet) is ActorKind.media


def test_a_person_after_a_blog_noun_stays_a_person() -> None:
    assert draft_kinds("Read his blog, Tom Harris, for more.").get("Tom Harris") is ActorKind.person


# -- an album review: tracks that nothing explains, and the band and venue it does ---------------------

_REVIEW = (
    "For years Lanterne Rouge have been the band critics liked more than fans did. Their third album was "
    "made in a month. Singer Orla Quigley sounds sure of herself, and the lyrics are about the coast. "
    "The synths of the last record are gone, and the songs breathe. Not everything works. Halcyon Marrows "
    "drifts for eight minutes. The band tour in May, starting at the Quarrymill in Glasgow."
)


def test_a_track_nothing_explains_on_a_music_review_is_no_actor() -> None:
    assert "Halcyon Marrows" not in draft_kinds(_REVIEW)


def test_the_band_and_the_venue_of_a_music_review_keep_their_kinds() -> None:
    drafts = draft_kinds(_REVIEW)
    assert drafts.get("Lanterne Rouge") is ActorKind.organization, drafts
    assert drafts.get("Quarrymill") is ActorKind.place, drafts
    assert drafts.get("Orla Quigley") is ActorKind.person, drafts


# -- a firm's product after its maker's noun; who provides data ----------------------------------------


def test_a_product_apposed_with_its_makers_noun_is_no_actor() -> None:
    text = "The phone ships with Tarvik Pay, the company's payment service, and a new assistant."
    assert "Tarvik Pay" not in draft_kinds(text)


def test_who_provides_market_data_is_an_organisation() -> None:
    assert draft_kinds("Data delayed at least 15 minutes. Market data provided by Quellix.").get("Quellix") is (
        ActorKind.organization
    )


def test_a_person_who_provides_photos_stays_a_person() -> None:
    assert draft_kinds("Photos provided by Jane Moreton.").get("Jane Moreton") is ActorKind.person


# -- a saint's church and the town after it -----------------------------------------------------------


def test_a_saints_church_is_one_place_and_the_town_after_it_a_place() -> None:
    drafts = draft_kinds("A funeral will be held at St Aidan's Church, Broughty Ferry, on January 24.")
    assert drafts.get("St Aidan's Church") is ActorKind.place, drafts
    assert drafts.get("Broughty Ferry") is ActorKind.place, drafts
    assert "St Aidan" not in drafts


def test_a_saints_day_is_no_actor() -> None:
    assert not any(name.startswith("St") for name in draft_kinds("Crowds marked St Andrew's Day in Fife."))


def test_a_person_after_a_comma_and_a_role_stays_a_person() -> None:
    assert draft_kinds("The school's head, Margaret Ferry, said pupils were safe.").get("Margaret Ferry") is (
        ActorKind.person
    )


# -- an exchange named by its market or its code -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "exchange"),
    [
        ("The funds will trade on the Quorvex BZX Exchange from Thursday.", "Quorvex BZX Exchange"),
        ("Its shares are listed on the Varnholt Stock Exchange.", "Varnholt Stock Exchange"),
        ("Wheat futures rose on the Tremmin Mercantile Exchange.", "Tremmin Mercantile Exchange"),
    ],
)
def test_an_exchange_named_by_its_market_or_code_is_an_organisation(text: str, exchange: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(exchange) is ActorKind.organization, drafts
    assert "BZX" not in drafts


def test_an_exchange_of_knowledge_on_an_agenda_is_no_actor() -> None:
    assert "Knowledge Exchange" not in draft_kinds("Item 4: Knowledge Exchange with partners, then lunch.")


# -- a line the public calls; a wire in a release's dateline -------------------------------------------


def test_a_line_called_anonymously_is_an_organisation() -> None:
    text = "Anyone with information is asked to call 101 or contact Quietline anonymously."
    assert draft_kinds(text).get("Quietline") is ActorKind.organization


def test_a_person_who_gives_anonymously_stays_a_person() -> None:
    assert draft_kinds("John Smith anonymously donated money to the school.").get("John Smith") is ActorKind.person


def test_the_wire_in_a_releases_dateline_is_media() -> None:
    text = "LEEDS, March 4, 2025 /Quillwire/ -- Tarvane Biologics said its trial met its goals."
    assert draft_kinds(text).get("Quillwire") is ActorKind.media
