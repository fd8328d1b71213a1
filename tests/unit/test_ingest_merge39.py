"""Mends on the merge of this stop's rounds, from their held-out halves. Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_field_before_a_managers_name_is_no_body() -> None:
    drafts = draft_kind_names(
        "Crews were called to a barn fire near Quellby at 2am. Station manager Kate Orrin said the roof had gone.\n\n"
        "The district council will raise water charges. Infrastructure manager Craig Tarvel said the pipes were old."
        "\n\nOrders doubled, Sales manager Ilse Varn said. Quellbrook boss Ann Lee said the year had been hard."
    )
    assert "Station" not in drafts and "Infrastructure" not in drafts and "Sales" not in drafts
    assert drafts.get("Kate Orrin") == "person" and drafts.get("Craig Tarvel") == "person"
    assert drafts.get("Quellbrook") == "organization"


def test_a_treaty_named_on_the_law_of_the_sea_is_no_actor() -> None:
    drafts = draft_kind_names(
        "The ministers stressed the arbitral award under the UN Convention on the Law of the Sea, and agreed to meet "
        "again in Quellby. The Royal Commission on the Distribution of the Tarnish Population met in Varnby."
    )
    assert not any("Convention" in name or name.endswith("Sea") for name in drafts)
    assert drafts.get("Royal Commission on the Distribution of the Tarnish Population") == "organization"


def test_a_holder_after_a_remit_ending_in_affairs_keeps_the_post_and_the_name() -> None:
    drafts = draft_kind_names(
        "The delegation was led by Assistant Secretary of State for International Narcotics and Law Enforcement "
        "Affairs Theodosia T. Quellwood-Arnby. The Tarnish side was led by Vice Minister Ilse Varn."
    )
    assert drafts.get("Theodosia T. Quellwood-Arnby") == "person"
    assert "Quellwood-Arnby" not in drafts


def test_a_firms_word_alone_elsewhere_is_read_from_its_own_text_whichever_text_came_before() -> None:
    # The positions of each word are kept for the last text asked about: a second text must not read the first's.
    with_firm = (
        "A court remanded a former manager of Quellfield Bank over a fraud. The funds were moved through accounts "
        "at Quellfield and Tarncrest Microfinance Bank in 2024. Quellfield said it was cooperating."
    )
    without_firm = "The funds were moved through accounts at Quellfield and Tarncrest Microfinance Bank in 2024."
    first = draft_kind_names(with_firm)
    other = draft_kind_names(without_firm)
    again = draft_kind_names(with_firm)
    assert first == again and first.get("Tarncrest Microfinance Bank") == "organization"
    assert other.get("Quellfield and Tarncrest Microfinance Bank") == "organization"
