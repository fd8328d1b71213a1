"""Round styles89 (style probes bbc-132, centcom-130, dfat-129, eu-133, wiki-164): rules found on invented
documents in re3d's five styles."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def test_an_acronym_of_four_letters_spells_a_name_of_listed_fields_in_another_language() -> None:
    kinds = draft_kinds(
        "The ministers met the Sociedad Nacional de Minería, Petróleo y Energía (SNMPE) and the Australia-Latin "
        "America Business Council (ALABC) in Lima on Tuesday.",
        language="en",
    )
    assert kinds.get("Sociedad Nacional de Minería, Petróleo y Energía") == "organization"
    assert "Petróleo y Energía" not in kinds


def test_a_name_of_listed_fields_keeps_its_second_name_after_a_dash_when_the_bracket_repeats_it() -> None:
    kinds = draft_kinds(
        "The projects are backed by €1.2 billion from the Neighbourhood, Development and International Cooperation "
        "Instrument – Global Europe (NDICI-Global Europe), the Commission said.",
        language="en",
    )
    assert kinds.get("Neighbourhood, Development and International Cooperation Instrument – Global Europe") == (
        "organization"
    )
    assert "Global Europe" not in kinds


def test_names_listed_after_a_plural_of_letters_for_bodies_are_bodies() -> None:
    kinds = draft_kinds(
        "Aid will reach the camps through the UN and UK-funded NGOs including Tearfund and Medair, officials said.",
        language="en",
    )
    assert kinds.get("Tearfund") == "organization"
    assert kinds.get("Medair") == "organization"


def test_names_listed_after_makers_or_shipyards_are_firms() -> None:
    kinds = draft_kinds(
        "Battery makers such as Lindqvar and Pellora are hiring, and shipyards including Varnwerft bid for the work.",
        language="en",
    )
    assert kinds.get("Lindqvar") == "organization"
    assert kinds.get("Pellora") == "organization"
    assert kinds.get("Varnwerft") == "organization"


def test_names_listed_after_a_plural_noun_and_like_are_of_its_kind() -> None:
    kinds = draft_kinds(
        "Smaller miners like Karrawong and Tessbury have struggled since the price fell.", language="en"
    )
    assert kinds.get("Karrawong") == "organization"
    assert kinds.get("Tessbury") == "organization"


def test_a_name_of_several_words_after_of_and_before_a_us_state_is_a_town() -> None:
    kinds = draft_kinds(
        "The boats were built by Halvorsen Marine of Bayou La Batre, Alabama, and fitted with new sensors.",
        language="en",
    )
    assert kinds.get("Bayou La Batre") == "place"
    assert kinds.get("Halvorsen Marine") == "organization"


def test_an_irregular_participle_opening_a_headline_is_no_part_of_the_name_after_it() -> None:
    kinds = draft_kinds(
        "Stolen Hollander landscape found in Antwerp garage after 31 years\n\n"
        "A painting by Aelbert Hollander, stolen from a Norfolk country house in 1995, was found in Antwerp.",
        language="en",
    )
    assert "Stolen Hollander" not in kinds
    assert kinds.get("Aelbert Hollander") == "person"


def test_the_admiralty_is_a_body() -> None:
    kinds = draft_kinds(
        "In 1917 eleven of its ships were requisitioned by the Admiralty for war service.", language="en"
    )
    assert kinds.get("Admiralty") == "organization"


def test_forces_and_secret_police_of_the_past_known_by_one_name_are_bodies() -> None:
    kinds = draft_kinds(
        "The port was bombed by the Luftwaffe in 1941, and the Gestapo arrested the harbour master.", language="en"
    )
    assert kinds.get("Luftwaffe") == "armed_force"
    assert kinds.get("Gestapo") == "organization"


def test_a_museum_or_a_school_named_in_spanish_french_or_portuguese_is_a_body() -> None:
    kinds = draft_kinds(
        "A model of the Margaret Hallam is displayed at the Museo Naval in Tigre, and another at the Musée de la "
        "Marine in Paris.",
        language="en",
    )
    assert kinds.get("Museo Naval") == "organization"
    assert kinds.get("Musée de la Marine") == "organization"


def test_a_name_after_a_merchant_ships_kind_is_a_ship_on_a_page_about_navies_too() -> None:
    kinds = draft_kinds(
        "The line's first ship, the iron screw steamer Margaret Hallam, was launched at Birkenhead in 1853. In the "
        "war eleven of its ships were requisitioned by the Royal Navy.",
        language="en",
    )
    assert kinds.get("Margaret Hallam") == "other"
