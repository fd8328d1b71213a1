"""Round realprobes134 (batch en137): rules found on invented English pages in new genres (a mountain rescue
team's callout log, a wreck-diving club's trip report, a marathon report, a crowdfunding campaign, a beekeepers'
newsletter, an MP's constituency news post)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest_helpers import draft_kinds


def test_a_pastimes_club_is_named_by_its_members_plural() -> None:
    text = (
        "The Varnby Handbell Ringers played before the talk, and members of Quell Valley Beekeepers sold honey. "
        "Next month Tarnmouth Anglers visit the lake with the Harrow Hill Fiddlers."
    )
    kinds = draft_kinds(text, language="en")
    for club in ("Varnby Handbell Ringers", "Quell Valley Beekeepers", "Tarnmouth Anglers", "Harrow Hill Fiddlers"):
        assert kinds.get(club) == "organization", kinds


def test_an_olympian_before_a_name_is_a_title() -> None:
    kinds = draft_kinds("The wheelchair race went to Paralympian Joe Varnhill, and Olympian Tessa Quellby was second.")
    assert kinds.get("Joe Varnhill") == "person", kinds
    assert kinds.get("Tessa Quellby") == "person", kinds
    assert "Paralympian Joe Varnhill" not in kinds, kinds


def _site_kinds(tmp_path: Path, site: str, story: str) -> dict[str, str]:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | {site}</title>'
        f'<meta property="og:site_name" content="{site}"></head><body><main><article><h1>News</h1>'
        f"<p>{story}</p></article></main><footer><p>© 2026</p></footer></body></html>",
        "utf-8",
    )
    ingest_file(tmp_path / "ws", page)
    return {actor.name: str(actor.kind) for actor in load_workspace(tmp_path / "ws").actors.values()}


def test_a_site_named_by_a_member_and_the_seats_letters_is_the_members_own(tmp_path: Path) -> None:
    story = "The rail minister has agreed to meet campaigners about the line through Maltby next month."
    kinds = _site_kinds(tmp_path, "Helen Varnwood MP", story)
    assert kinds.get("Helen Varnwood") == "person", kinds
    assert "Helen Varnwood MP" not in kinds, kinds


def test_a_diving_clubs_own_site_is_a_body(tmp_path: Path) -> None:
    story = "Fourteen of us met at the harbour on Saturday for the last boat weekend of the season."
    kinds = _site_kinds(tmp_path, "Tarnmouth Divers", story)
    assert kinds.get("Tarnmouth Divers") == "organization", kinds


def test_a_name_ending_in_games_without_the_is_a_studio() -> None:
    text = (
        "Lanterns is the third game from Harbourlight Games, and the art is by Joaquin Varnez, whose covers for "
        "Quellmoor Games you may know. She won gold at the Commonwealth Games and ran at the Tarnby Games."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Harbourlight Games") == "organization", kinds
    assert kinds.get("Quellmoor Games") == "organization", kinds
    assert kinds.get("Commonwealth Games") != "organization", kinds
    assert kinds.get("Tarnby Games") != "organization", kinds


def test_a_carriers_name_ends_before_for_and_the_land_it_serves() -> None:
    kinds = draft_kinds("Hubs are run by Tarn Galaxy Games for the UK and by Quellmoor Logistics for North America.")
    assert kinds.get("Tarn Galaxy Games") == "organization", kinds
    assert kinds.get("Quellmoor Logistics") == "organization", kinds
    assert "Quellmoor Logistics for North America" not in kinds, kinds


def test_a_suppliers_or_a_boat_hirers_trade_ends_a_firms_name() -> None:
    text = (
        "We dived from a boat run by Quell Sound Dive Charters, and Ian Varnley of Tarnby Bee Supplies gave a talk. "
        "Medical Supplies were short."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Quell Sound Dive Charters") == "organization", kinds
    assert kinds.get("Tarnby Bee Supplies") == "organization", kinds
    assert "Medical Supplies" not in kinds, kinds


def test_a_known_town_after_reach_is_a_place() -> None:
    kinds = draft_kinds(
        "Residents of the village need two buses to reach Sheffield, and trains reaching Leeds are late."
    )
    assert kinds.get("Sheffield") == "place", kinds
    assert kinds.get("Leeds") == "place", kinds


def test_a_name_a_comma_and_the_ship_after_it_is_a_ship() -> None:
    text = (
        "After lunch we dropped onto the Jonas Varn Layne, the Liberty ship torpedoed in March 1945. "
        "Tom Varnley, the boat builder, said the hull was sound."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Jonas Varn Layne") == "other", kinds
    assert kinds.get("Tom Varnley") == "person", kinds


def test_a_market_named_for_its_sellers_is_one_name_and_no_person() -> None:
    kinds = draft_kinds(
        "Thanks to Quellbrook Farmers' Market in Otley for the stall, and to the Tarnby Makers' Market."
    )
    assert kinds.get("Quellbrook Farmers' Market") == "other", kinds
    assert kinds.get("Tarnby Makers' Market") == "other", kinds
    assert "Quellbrook Farmers" not in kinds, kinds


def test_a_name_after_a_dash_signs_a_letter_or_credits_a_quote() -> None:
    text = 'What a season it has been for the apiary.\n– Judith Varnley, Chair\n"A warm game." – Rhian Quellcroft, Host'
    kinds = draft_kinds(text)
    assert kinds.get("Judith Varnley") == "person", kinds
    assert kinds.get("Rhian Quellcroft") == "person", kinds


def test_a_works_named_for_its_trade_is_a_firm() -> None:
    kinds = draft_kinds(
        "The game will be printed by Qunvale Print Works in Dongguan, and the boiler was rebuilt at Dintley Boiler "
        "Works. Public Works are late on the bypass."
    )
    assert kinds.get("Qunvale Print Works") == "organization", kinds
    assert kinds.get("Dintley Boiler Works") == "organization", kinds
    assert "Public Works" not in kinds, kinds


def test_a_moor_or_a_dale_named_by_one_word_is_a_place() -> None:
    kinds = draft_kinds("Hikers crossed Quellmoor and Varnsdale before the fog came down on the tops.")
    assert kinds.get("Quellmoor") == "place", kinds
    assert kinds.get("Varnsdale") == "place", kinds


def test_an_events_organiser_is_named_by_its_trade() -> None:
    kinds = draft_kinds("Full results are on the Run Quellshire Events website. See our Upcoming Events for more.")
    assert kinds.get("Run Quellshire Events") == "organization", kinds
    assert "Upcoming Events" not in kinds, kinds


def test_a_publisher_before_a_name_is_its_role() -> None:
    kinds = draft_kinds("Publisher Quellwind Games will release a free expansion, and publisher Tam Varnley said so.")
    assert kinds.get("Quellwind Games") == "organization", kinds
    assert "Publisher Quellwind Games" not in kinds, kinds
    assert kinds.get("Tam Varnley") == "person", kinds


def test_an_athletic_clubs_letters_after_its_town_make_a_club() -> None:
    kinds = draft_kinds("Tom Varnley of Quellside AC was third, ahead of the Tarnby Harriers pair.")
    assert kinds.get("Quellside AC") == "organization", kinds


def test_a_mine_or_a_quarry_by_its_name_is_a_place() -> None:
    kinds = draft_kinds("The search ended at Quellister Slate Mine, and divers later searched Tarnby Quarry.")
    assert kinds.get("Quellister Slate Mine") == "place", kinds
    assert kinds.get("Tarnby Quarry") == "place", kinds


def test_a_village_in_a_clearing_named_by_one_word_is_a_place() -> None:
    kinds = draft_kinds("A legacy from the late Mrs Hilda Varnley of Quellthwaite paid for the new vehicle.")
    assert kinds.get("Quellthwaite") == "place", kinds


def test_a_wood_one_is_in_is_a_place_though_named_like_a_person() -> None:
    kinds = draft_kinds("Three callouts: a twisted knee on the crag, a fall in Johnny Quell Wood, and a lost dog.")
    assert kinds.get("Johnny Quell Wood") == "place", kinds
    kinds = draft_kinds("He starred in Elijah Varn Wood's film, and Ronnie Wood said so.")
    assert kinds.get("Elijah Varn Wood") == "person", kinds


def test_a_firm_of_three_common_words_and_a_trades_plural_is_no_heading() -> None:
    kinds = draft_kinds(
        "He approved payments to Vineyard Coast Events, run by his brother-in-law. See our Upcoming Events."
    )
    assert kinds.get("Vineyard Coast Events") == "organization", kinds
    assert "Upcoming Events" not in kinds, kinds
