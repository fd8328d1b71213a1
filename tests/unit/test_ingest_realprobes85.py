"""Round realprobes85 (batch en85): rules found on invented English pages (wire stories from Kenya, Indonesia and
Bolivia, a quantum-chip start-up, a rocket launch, a hospital trust's inspection, a vaccine rollout, a school
moving between academy trusts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kinds


def _drafts(text: str) -> dict[str, tuple[str, list[str]]]:
    extraction = extract(text, None, [], set(), "t", language="en")
    return {draft.name: (str(draft.kind), list(draft.aliases)) for draft in extraction.actors}


def test_a_dateline_town_after_a_headline_is_no_acronym() -> None:
    # the headline's last word is in lower case, but on another line: "NAKURU" is the dateline's town, and the
    # headline's "Nakuru" no acronym that would join the fishers' association named after the town
    text = (
        "Traders protest as Nakuru market burns\n"
        "NAKURU, Kenya, May 3 (KNW) - Fire destroyed 200 stalls at a market in Nakuru on Sunday, said the head "
        "of the Nakuru Hawkers Association. Police in Nakuru said nobody was hurt."
    )
    drafts = _drafts(text)
    assert drafts.get("Nakuru", ("",))[0] == "place", drafts
    assert drafts.get("Nakuru Hawkers Association", ("",))[0] == "organization", drafts


def test_a_vaccine_by_its_code_is_no_body() -> None:
    kinds = draft_kinds("Clinics gave 40,000 doses of the R17/Varnix-M vaccine in Kaduna last month.", language="en")
    assert not any(any(ch.isdigit() for ch in name) for name in kinds), kinds


def test_a_county_executive_described_after_the_name_is_a_person() -> None:
    kinds = draft_kinds(
        "The party's Wanjiku Chebet Korir, a former county executive, came third in the vote.", language="en"
    )
    assert kinds.get("Wanjiku Chebet Korir") == "person", kinds


@pytest.mark.parametrize(
    ("footer", "owner"),
    [
        (
            "<p>Savanna Health Desk is a project of the Harmony Health Reporting Foundation. &copy; 2026</p>",
            "Harmony Health Reporting Foundation",
        ),
        ("<p>&copy; 2026 Kinkaku Publishing KK. <a>About</a></p>", "Kinkaku Publishing KK"),
    ],
)
def test_a_foundation_or_a_japanese_firm_in_the_footer_is_the_publisher(footer: str, owner: str) -> None:
    from dossier.ingest.footer_publisher import footer_owner

    page = f"<html><body><p>Text.</p><footer>{footer}</footer></body></html>"
    assert footer_owner(page) == owner


def test_a_site_a_foundation_runs_is_an_outlet(tmp_path: Path) -> None:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Clinics reopen in Gombe</title>'
        '<meta property="og:site_name" content="Savanna Health Watch"></head><body><main><article>'
        "<h1>Clinics reopen in Gombe</h1><p>Health workers in Gombe reopened six clinics on Monday after a strike "
        "over pay ended, the state's health commissioner said.</p></article></main>"
        "<footer><p>Savanna Health Watch is a project of the Harmony Health Reporting Foundation.</p></footer>"
        "</body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    kinds = {actor.name: str(actor.kind) for actor in load_workspace(root).actors.values()}
    assert kinds.get("Savanna Health Watch") == "media", kinds
    assert kinds.get("Harmony Health Reporting Foundation") == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # markets in metals and power are exchanges as stock markets are
        ("Tin prices fell 2 percent on the London Metal Exchange on Friday.", "London Metal Exchange"),
        # a body named for the counties it serves, counted
        ("Inspectors visited Five Valleys Hospitals NHS Trust in March.", "Five Valleys Hospitals NHS Trust"),
        # a federation of unions, named with its members' plural possessive
        ("The strike was called by the Federation of Tarnish Miners' Unions.", "Federation of Tarnish Miners' Unions"),
        # a school named after its founder's possessive
        ("Pupils from Quenby's Grammar School won the prize.", "Quenby's Grammar School"),
        # a hospital named after a knight
        ("The boy was treated at Sir Olumbeko Memorial Hospital in Kaduna.", "Sir Olumbeko Memorial Hospital"),
        # Spanish "al" ("to the") inside a party's name
        ("Deputies of the Frente al Cambio Nacional walked out.", "Frente al Cambio Nacional"),
        # a chamber of traders, with two fields joined by "and"
        ("The Peruvian Chamber of Mines and Energy said exports fell.", "Peruvian Chamber of Mines and Energy"),
        ("The Tarnby Chamber of Commerce said rents were too high.", "Tarnby Chamber of Commerce"),
    ],
)
def test_bodies_named_whole(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Fans packed the Moi Kipsang Sports Ground on Saturday.", "Moi Kipsang Sports Ground", "place"),
        # the other end of a tour that starts in a known town
        ("The candidates toured markets from Kisumu to Nyangweso.", "Nyangweso", "place"),
        # a university's spin-off is a firm
        ("The university's spin-off Qubrane builds the chips.", "Qubrane", "organization"),
        # a subsidiary or a unit of a state's firm: the firm
        ("Tarnium, a unit of Russia's Veltragaz, signed the deal.", "Veltragaz", "organization"),
    ],
)
def test_kinds_from_the_words_around(text: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a body by the head of its description, when the description ends there or a body's participle follows
        ("Researchers from Qorvanta, the quantum institute run by the university, agreed.", "Qorvanta", "organization"),
        ("Lawmakers from the Varnok alliance voted against the bill.", "Varnok", "organization"),
        # a town before what it has of its own
        ("Parents at a Leeds secondary school were told on Monday.", "Leeds", "place"),
    ],
)
def test_kinds_from_descriptions_and_nouns(text: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == kind, kinds


def test_a_lab_worker_stays_a_person() -> None:
    kinds = draft_kinds("Ilse Varnhout, a lab technician, said the samples were lost.", language="en")
    assert kinds.get("Ilse Varnhout") == "person", kinds


def test_a_second_body_after_and_the_is_its_own_name() -> None:
    kinds = draft_kinds(
        "Officials of the Ministry of Trade and the Tarnby Corn Merchants Association opposed the tax.",
        language="en",
    )
    assert kinds.get("Ministry of Trade") == "organization", kinds
    assert kinds.get("Tarnby Corn Merchants Association") == "organization", kinds


def test_the_dateline_town_written_again_in_title_case_is_that_town() -> None:
    # (the headline's last word, in lower case, is on another line: "LAE" is no acronym, "Lae" no body)
    text = (
        "Assembly passes budget as governor vows road fix\n"
        "LAE: The provincial assembly passed its budget on Tuesday.\n"
        "The governor said the road between Lae and Wampar would be resealed."
    )
    drafts = _drafts(text)
    lae = next((kind for name, (kind, _aliases) in drafts.items() if name.casefold() == "lae"), None)
    assert lae == "place", drafts
    assert drafts.get("Wampar", ("",))[0] == "place", drafts


def test_an_owner_published_by_the_foundation_has_no_article() -> None:
    from dossier.ingest.footer_publisher import footer_owner

    page = "<html><body><footer><p>Plains Post is published by the Plains Reporting Trust, Regina.</p></footer>"
    assert footer_owner(page + "</body></html>") == "Plains Reporting Trust"


def test_a_photographer_before_a_slash_and_the_outlet_is_credited() -> None:
    from dossier.ingest.photo_credits import photo_credits

    page = (
        "<figure><figcaption>The rocket on its pad. Credit: Mayumi Tsurugaya/Launch Weekly</figcaption></figure>"
        "<figure><figcaption>A market. Photo: Getty Images/AFP</figcaption></figure>"
    )
    assert photo_credits(page) == ["Mayumi Tsurugaya"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Spanish landform words opening a name in English news
        ("Trucks crossed the Salar de Quellina at night.", "Salar de Quellina", "place"),
        ("Herders watched the Laguna Quellvar dry up.", "Laguna Quellvar", "place"),
        # investors lead a funding round; a country's code ends the fund's name
        ("The start-up raised $8 million in a round led by Varn Delta NL.", "Varn Delta NL", "organization"),
    ],
)
def test_landforms_and_funds(text: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == kind, kinds
    assert "NL" not in kinds, kinds


def test_a_maker_of_materials_is_a_firm_and_raw_materials_a_heading() -> None:
    kinds = draft_kinds(
        "Tarvane Battery Materials and Quellmont Chemicals cut jobs. Raw Materials prices rose.", language="en"
    )
    assert kinds.get("Tarvane Battery Materials") == "organization", kinds
    assert kinds.get("Quellmont Chemicals") == "organization", kinds
    assert "Raw Materials" not in kinds, kinds


def test_a_nations_chamber_abroad_is_named_with_where_it_sits() -> None:
    kinds = draft_kinds("She met members of the British Chamber of Commerce in Mongolia on Friday.", language="en")
    assert kinds.get("British Chamber of Commerce in Mongolia") == "organization", kinds


def test_a_territorial_unit_of_a_region_keeps_the_region_a_place() -> None:
    kinds = draft_kinds("Tensions rose in the Autonomous Territorial Unit of Varnazia last week.", language="en")
    assert kinds.get("Varnazia", "place") == "place", kinds


def test_a_think_tank_by_its_noun_after_the_name() -> None:
    kinds = draft_kinds("Researchers at the Trend Europe think tank warned about the smelters.", language="en")
    assert kinds.get("Trend Europe") == "organization", kinds
