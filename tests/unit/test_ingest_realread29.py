"""Round realread29: rules found reading real news texts by hand (an African news aggregator's feed, a Japanese
paper's English feed, Brazilian, Russian and Korean news). Invented sentences and names: a report's "New" before
a body, a body's chair before the holder's name, a source credited in square brackets, an age's adjective before
"-era", a first name a town shares, a land listed among the countries by its own language's name."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names, draft_kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a sentence's "New" before a body named without it on the page, then a noun of what it publishes
        (
            "New Varnish Development Bank report warns of slow growth. A Varnish Development Bank report "
            "published last year said the same.",
            "Varnish Development Bank",
            "organization",
        ),
        # a body's chair after its name, then the holder after a comma
        (
            "The Quellan Union Commission Chairperson, Olam Dreffi, has applauded the vote.",
            "Quellan Union Commission",
            "organization",
        ),
        (
            "The Tarnby Development Bank President, Ilse Varn, said the loan was ready.",
            "Tarnby Development Bank",
            "organization",
        ),
        # a source credited in square brackets at a paragraph's start, its common first word kept
        ("[Morning FM] Tarnby -- The council has approved the budget.", "Morning FM", "media"),
        ("[The Open Ledger] Tarnby -- The council has approved the budget.", "Open Ledger", "media"),
    ],
)
def test_names_whole_and_kinds(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "not_a_draft"),
    [
        (
            "New Varnish Development Bank report warns of slow growth. A Varnish Development Bank report said so.",
            "New Varnish Development Bank",
        ),
        (
            "The Quellan Union Commission Chairperson, Olam Dreffi, has applauded the vote.",
            "Quellan Union Commission Chairperson",
        ),
        ("[Morning FM] Tarnby -- The council has approved the budget.", "FM"),
        # an age's adjective joined to "-era" says when, and names no actor
        ("The delegation toured the Quellantine-era fortress above the harbour.", "Quellantine"),
    ],
)
def test_no_junk(text: str, not_a_draft: str) -> None:
    assert not_a_draft not in draft_kind_names(text)


def test_new_paper_keeps_its_name() -> None:
    # "New" stays when the page never names the body without it: a paper's own name
    text = "New Tarnby Herald report says the minister resigned. The New Tarnby Herald is a daily."
    assert draft_kind_names(text).get("New Tarnby Herald") == "media"


def test_first_name_a_town_shares_is_the_person() -> None:
    # a Portuguese page: "Garibaldi" is a Brazilian town, and here the first name of a senator called by it
    text = "O líder articula para Garibaldi Alves assumir o cargo. Garibaldi nega interesse e defende outro nome."
    assert "Garibaldi" not in {name for name in draft_kinds(text, language="pt")}


def test_town_still_read_where_no_person_bears_its_name() -> None:
    text = "O prefeito de Garibaldi disse que a festa em Garibaldi foi um sucesso."
    assert "Garibaldi" in draft_kinds(text, language="pt")


def test_territory_by_its_own_languages_name() -> None:
    # Greenland is listed among the countries though it is no state; its Portuguese name is known as well
    assert "Groenlândia" in draft_kinds("O gelo da Groenlândia derrete mais depressa, diz o estudo.", language="pt")
