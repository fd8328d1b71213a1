"""Round realprobes133 (batch en135): rules found on invented English pages in new genres (an animal rescue's
rehoming page, an eventing report, wedding announcements, a birding blog, a boat show preview, a history
society's talk report)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest_helpers import draft_kinds, page_with_box_kinds

_STORY = (
    "<p>Counts at the Ouse Washes peaked on Friday, according to the wardens, who said the evening feeds were "
    "the busiest since 2019. The reserve also held two harriers and a flock of finches on the stubble fields.</p>"
)


def test_a_blogs_posted_by_line_names_its_writer(tmp_path: Path) -> None:
    article = f"<p class='meta'>Posted on 1 December 2026 by Nigel Varnley &middot; Tags: <a>Norfolk</a></p>{_STORY}"
    kinds = page_with_box_kinds(tmp_path, "en", article, "", "Weekly sightings at the washes")
    assert kinds.get("Nigel Varnley") == "person", kinds
    (tmp_path / "comment").mkdir()
    box = "<section class='comments'>" + "<p>Nice post.</p>" * 400 + "<p>Posted by Tam Quellby</p></section>"
    kinds = page_with_box_kinds(tmp_path / "comment", "en", _STORY, box, "Weekly sightings at the washes")
    assert "Tam Quellby" not in kinds, kinds  # a comment's "Posted by" far below the headline: no writer


def test_a_birds_species_is_no_actor_on_a_page_about_birds() -> None:
    text = (
        "Birders had a good week. A Glossy Ibis was feeding beside the car park at Ouse Fen, with two Great White "
        "Egrets, and a Rough-legged Buzzard was reported by Tamsin Varnley. Counts of wildfowl peaked at 4,800 "
        "Whooper Swans on Friday."
    )
    kinds = draft_kinds(text, language="en")
    for species in ("Glossy Ibis", "Great White Egrets", "Buzzard", "Rough-legged Buzzard", "Whooper Swans"):
        assert species not in kinds, kinds
    assert kinds.get("Tamsin Varnley") == "person", kinds
    kinds = draft_kinds("Kate Varnley rode Silver Gannet to win the Ebor Trial at York.", language="en")
    assert "Silver Gannet" in kinds, kinds  # a racehorse on a page that says nothing of birds


def test_a_titled_name_ending_in_an_everyday_plural_is_a_firm() -> None:
    kinds = draft_kinds("Plymouth yard Princess Yachts has confirmed a stand but not its line-up.", language="en")
    assert kinds.get("Princess Yachts") == "organization" and "Yachts" not in kinds, kinds
    kinds = draft_kinds("Organiser Solent Marine Events says the stand space has been sold.", language="en")
    assert kinds.get("Solent Marine Events") == "organization", kinds
    kinds = draft_kinds("Lord Adams said the bill was flawed, and Judge Peter Rivers agreed.", language="en")
    assert kinds.get("Adams") == "person" and kinds.get("Peter Rivers") == "person", kinds
    kinds = draft_kinds("The Director of Public Prosecutions directed trial on indictment.", language="en")
    assert "Public Prosecutions" not in kinds, kinds  # a title's remit after "of"


def test_a_ship_named_with_a_title_after_its_kind_is_a_ship() -> None:
    kinds = draft_kinds("The restored motor yacht Lady Kitheridge will be moored alongside the pontoon.", language="en")
    assert kinds.get("Lady Kitheridge") == "other" and "Kitheridge" not in kinds, kinds
    kinds = draft_kinds("The trawler Princess Anne sank off Whitby in 1953.", language="en")
    assert kinds.get("Princess Anne") == "other", kinds
    kinds = draft_kinds("The yacht owner Lady Varnley said it was fine.", language="en")
    assert kinds.get("Varnley") == "person", kinds


def test_all_before_the_saints_opens_a_churchs_name() -> None:
    kinds = draft_kinds("They married at All Saints Church, Otley, on 3 December 1966.", language="en")
    assert "All Saints Church" in kinds and "Saints Church" not in kinds, kinds
    kinds = draft_kinds("All Hallows School will close for repairs in June.", language="en")
    assert "All Hallows School" in kinds and "Hallows School" not in kinds, kinds


def test_a_navys_letters_after_an_officers_name_are_no_part_of_it() -> None:
    kinds = draft_kinds("Lieutenant Frederick Ashby RN later received a silver medal.", language="en")
    assert kinds.get("Frederick Ashby") == "person" and "Frederick Ashby RN" not in kinds, kinds


def test_a_charitys_own_site_named_by_its_work_is_a_body(tmp_path: Path) -> None:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Meet Biscuit | Tarnvale Animal Rescue'
        '</title><meta property="og:site_name" content="Tarnvale Animal Rescue"></head><body><main><article>'
        "<h1>Meet Biscuit</h1><p>Biscuit came to us in March after his owner moved into a care home. He has now "
        "spent 271 days in our kennels, longer than any other dog on site, and is waiting for a home.</p>"
        "</article></main><footer><p>© 2026</p></footer></body></html>",
        "utf-8",
    )
    ingest_file(tmp_path / "ws", page)
    kinds = {actor.name: str(actor.kind) for actor in load_workspace(tmp_path / "ws").actors.values()}
    assert kinds.get("Tarnvale Animal Rescue") == "organization", kinds


def test_a_rock_after_the_is_a_place_no_family_name() -> None:
    kinds = draft_kinds("The schooner was wrecked on the Gull Rock in the great gale of 1881.", language="en")
    assert kinds.get("Gull Rock") == "place", kinds
    kinds = draft_kinds("The comedian Chris Rock opened the show in Leeds.", language="en")
    assert kinds.get("Chris Rock") == "person", kinds


def test_a_town_opening_a_sentence_before_a_builder_and_its_name_is_a_place() -> None:
    kinds = draft_kinds("Poole builder Sunseeker International will show its new model.", language="en")
    assert kinds.get("Poole") == "place", kinds
    kinds = draft_kinds("Plymouth yard Princess Yachts has confirmed a stand.", language="en")
    assert kinds.get("Plymouth") == "place", kinds


def test_a_name_before_trade_association_is_a_body() -> None:
    kinds = draft_kinds("The Tarnby Growers trade association will hold its annual breakfast.", language="en")
    assert kinds.get("Tarnby Growers") == "organization", kinds


def test_a_peoples_adjective_and_a_word_before_a_bodys_noun_are_one_body() -> None:
    kinds = draft_kinds("The British Marine trade association will hold its annual breakfast.", language="en")
    assert kinds.get("British Marine") == "organization", kinds


def test_a_name_ending_in_syndicate_is_a_body() -> None:
    kinds = draft_kinds("The pair, owned by the Tullamore Tom Syndicate, added nothing to their score.", language="en")
    assert kinds.get("Tullamore Tom Syndicate") == "organization", kinds


def test_the_washes_of_the_fens_are_a_place() -> None:
    kinds = draft_kinds("Counts at the Ouse Washes peaked at 4,800 on Friday.", language="en")
    assert kinds.get("Ouse Washes") == "place", kinds


def test_an_engineer_with_a_name_works_for_a_body() -> None:
    kinds = draft_kinds("Thomas is a structural engineer with Arup in Leeds.", language="en")
    assert kinds.get("Arup") == "organization", kinds


def test_a_husbands_given_name_that_a_small_town_bears_shares_the_family_name() -> None:
    kinds = draft_kinds("Happy anniversary to Keith and Paula Sugden of Otley, with love from all.", language="en")
    assert kinds.get("Keith Sugden") == "person" and kinds.get("Paula Sugden") == "person", kinds


def test_business_before_a_state_names_its_trade_agency() -> None:
    kinds = draft_kinds("The hydrofoil concept is backed by Business Sweden, the export agency.", language="en")
    assert kinds.get("Business Sweden") == "organization" and "Sweden" not in kinds, kinds


def test_the_royal_artillery_is_an_armed_force() -> None:
    kinds = draft_kinds("Soldiers of the Royal Horse Artillery fired a salute in Hyde Park.", language="en")
    assert kinds.get("Royal Horse Artillery") == "armed_force", kinds
    kinds = draft_kinds("The Royal Artillery fired a salute at noon.", language="en")
    assert kinds.get("Royal Artillery") == "armed_force", kinds


def test_a_crowns_possessive_opens_a_regiments_name() -> None:
    kinds = draft_kinds("The Queen's Lancashire Regiment paraded in Preston.", language="en")
    assert kinds.get("Queen's Lancashire Regiment") == "armed_force", kinds
    kinds = draft_kinds("He served with the King's Own Scottish Borderers in Germany.", language="en")
    assert kinds.get("King's Own Scottish Borderers") == "armed_force", kinds
