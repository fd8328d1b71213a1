"""Round realprobes131 (batch en131): rules found on invented pages in genres the corpus had none of (a chess
congress, a heritage railway's gala, a court martial, a rowing head race, an airshow preview, an engineering
vacancy)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest_helpers import draft_kind_names as _kinds


def test_a_cooperative_written_short_keeps_its_op() -> None:
    kinds = _kinds(
        "Sponsors include a food village run by the Lincolnshire Co-op. The Midcounties Co-op said its stores "
        "would stay open."
    )
    assert kinds.get("Lincolnshire Co-op") == "organization"
    assert kinds.get("Midcounties Co-op") == "organization"
    assert "Lincolnshire Co" not in kinds


def test_a_given_name_and_a_buildings_word_before_of_the_body_is_a_person_then_the_body() -> None:
    kinds = _kinds(
        "She passed her firing exam under inspector Ken Castle of the Heritage Railway Association. The talk was "
        "given by Amy Hall of the National Trust."
    )
    assert kinds.get("Ken Castle") == "person"
    assert kinds.get("Heritage Railway Association") == "organization"
    assert kinds.get("National Trust") == "organization"
    assert "Ken Castle of the Heritage Railway Association" not in kinds


def test_a_headland_named_by_a_rare_word_and_point_head_or_ness_is_a_place() -> None:
    kinds = _kinds(
        "Flying will be between Gibraltar Point and the pier. Seals haul out at Blakeney Point. Orford Ness is "
        "owned by a charity. It was a Tipping Point for the club, the Department Head said."
    )
    assert kinds.get("Gibraltar Point") == "place"
    assert kinds.get("Blakeney Point") == "place"
    assert kinds.get("Orford Ness") == "place"
    assert "Tipping Point" not in kinds
    assert "Department Head" not in kinds


def test_a_nations_body_for_its_sport_after_a_preposition_is_no_colony() -> None:
    kinds = _kinds("Thanks to umpires from British Rowing's Yorkshire region, and to coaches from Scottish Rowing.")
    assert kinds.get("British Rowing") == "organization"
    assert kinds.get("Scottish Rowing") == "organization"


def test_a_family_name_in_a_headline_before_the_full_name_is_that_person() -> None:
    kinds = _kinds(
        "Reinholt takes Tyneside Congress Open on tie-break\n"
        "German grandmaster Tobias Reinholt won the Open section on Sunday.\n"
        "Reinholt, who plays his league chess for a club in the Bundesliga, drew in round four.\n"
        "| Pos | Player | Fed | Pts |\n|---|---|---|---|\n| 1 | GM Tobias Reinholt | GER | 4 |\n"
    )
    assert kinds.get("Tobias Reinholt") == "person"
    assert "Reinholt" not in kinds


def test_the_and_a_plural_name_before_who_is_a_troupe_not_a_person() -> None:
    kinds = _kinds(
        "New for 2027 are the Skybound Wingwalkers, who fly two biplanes. The show opens with the Red Arrows, "
        "who flew nine jets."
    )
    assert kinds.get("Skybound Wingwalkers") == "organization"
    assert kinds.get("Red Arrows") == "organization"


def test_a_gala_is_an_event_and_no_draft() -> None:
    kinds = _kinds(
        "Autumn Steam Gala: three visiting engines for Ure Valley line\n"
        "Four days of steam return from Thursday 22 October, when the Ure Valley Railway holds its Autumn Steam "
        "Gala between Leyburn and Redmire.\n"
    )
    assert "Autumn Steam Gala" not in kinds


def test_a_towns_market_place_is_a_place() -> None:
    kinds = _kinds("A vintage bus will connect Leyburn Market Place with the station on the Sunday.")
    assert kinds.get("Leyburn Market Place") == "place"


def test_an_adverts_adjective_before_uk_is_no_bodys_branch() -> None:
    kinds = _kinds("About you\n\n- Full UK driving licence\n- Valid UK passport\n")
    assert "Full UK" not in kinds
    assert "Valid UK" not in kinds


def test_a_junior_class_by_its_letter_and_age_is_no_body() -> None:
    kinds = _kinds("St Peter's School won the J15 quads. The U18 side lost. The G20 met in Rome.")
    assert "J15" not in kinds
    assert "U18" not in kinds
    assert kinds.get("G20") == "organization"


def test_a_way_via_over_or_above_a_name_makes_it_a_place() -> None:
    kinds = _kinds(
        "Buses will divert via Hallfold. The road over Stainmore is shut. The hill roads above Crawshawbooth were "
        "gritted. The photos were shared via Instagram."
    )
    assert kinds.get("Hallfold") == "place"
    assert kinds.get("Stainmore") == "place"
    assert kinds.get("Crawshawbooth") == "place"
    assert kinds.get("Instagram") != "place"


def test_a_biotech_a_boatbuilder_or_a_syndicate_named_so_is_a_body() -> None:
    kinds = _kinds(
        "Its candidate, licensed from the biotech Eccogene, cut weight. Lanyon Marine, the boatbuilders at "
        "Gullensby, gave a boat. The horse is owned by the Rydale Bloodstock syndicate."
    )
    assert kinds.get("Eccogene") == "organization"
    assert kinds.get("Lanyon Marine") == "organization"
    assert kinds.get("Rydale Bloodstock") == "organization"


def test_a_town_and_a_rowing_or_yacht_clubs_letters_is_a_club() -> None:
    kinds = _kinds(
        "Chester-le-Street ARC took three pennants. Grace Pannal of Leeds RC was fastest. Tarnby YC hosted the race."
    )
    assert kinds.get("Chester-le-Street ARC") == "organization"
    assert kinds.get("Leeds RC") == "organization"
    assert kinds.get("Tarnby YC") == "organization"


def test_a_creamery_is_a_firm_whatever_place_opens_its_name() -> None:
    kinds = _kinds("Jack Hawes, former foreman at Wensleydale Creamery, died on Monday. Milk goes to Quellby Creamery.")
    assert kinds.get("Wensleydale Creamery") == "organization"
    assert kinds.get("Quellby Creamery") == "organization"


def test_a_regions_name_asked_or_running_services_is_the_firm_that_serves_it() -> None:
    kinds = _kinds(
        "The clerk will ask Arriva North East to restore the bus stop sign. Trains run by Avanti West Coast were "
        "cancelled. Rain will spread to Tarnby North East by noon."
    )
    assert kinds.get("Arriva North East") == "organization"
    assert kinds.get("Avanti West Coast") == "organization"
    assert kinds.get("Tarnby North East") == "place"


def test_a_contractor_named_like_a_person_after_the_contractor_is_a_firm() -> None:
    kinds = _kinds(
        "You will work alongside the contractor Morgan Sindall on the scheme. The site was cleared by the "
        "contractor John Smith, 52, of Leeds."
    )
    assert kinds.get("Morgan Sindall") == "organization"
    assert kinds.get("John Smith") == "person"


def test_a_possessive_that_ends_a_list_of_names_and_owns_nothing_is_a_firms_name() -> None:
    kinds = _kinds(
        "Sponsors include Coastal Mutual Building Society, Fantasy Island and Butlin's, with a food village. The "
        "house was left to Anna and Mark's, she said."
    )
    assert kinds.get("Butlin's") == "organization"
    assert "Butlin" not in kinds
    assert "Mark's" not in kinds


def test_the_two_rare_ends_of_from_to_are_places() -> None:
    kinds = _kinds(
        "There wasn't an engine from Craignure to Castlebay he couldn't fix. Shops open from Monday to Friday. "
        "The baton passed from Smith to Jones."
    )
    assert kinds.get("Craignure") == "place"
    assert kinds.get("Castlebay") == "place"
    assert "Monday" not in kinds
    assert kinds.get("Smith") != "place"


def test_letters_of_a_title_in_capitals_before_a_given_name_make_a_person() -> None:
    kinds = _kinds(
        "Third place went to WIM Anneke de Vries of the Netherlands, whose win over FM Rory Seaton was voted game "
        "of the congress. GM Korea said sales fell."
    )
    assert kinds.get("Anneke de Vries") == "person"
    assert kinds.get("Rory Seaton") == "person"
    assert "WIM Anneke de Vries" not in kinds
    assert "Korea" not in kinds or kinds["Korea"] != "person"


def test_a_thing_named_like_a_person_said_to_be_built_or_named_after_someone_is_other() -> None:
    kinds = _kinds(
        "Our own Lady Constance, built by a Newcastle works in 1951, returns after her boiler ticket was renewed. "
        "Durham ARC raced in the club's new boat, the Margaret Pallister, named after their treasurer. He restored "
        "the barn John Varn built in 1850."
    )
    assert kinds.get("Lady Constance") == "other"
    assert kinds.get("Margaret Pallister") == "other"
    assert kinds.get("John Varn") == "person"


def test_a_site_named_like_a_railway_is_the_railways_own(tmp_path: Path) -> None:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Steam gala | Tarnvale Railway</title>'
        '<meta property="og:site_name" content="Tarnvale Railway"></head><body><main><h1>Steam gala</h1><p>Four '
        "engines will run between Quellby and Tarnby station this weekend, when the Tarnvale Railway holds its gala."
        "</p></main>"
        "</body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    kinds = {actor.name: str(actor.kind) for actor in load_workspace(root).actors.values()}
    assert kinds.get("Tarnvale Railway") == "organization"


def test_things_of_a_make_counted_by_a_number_are_no_draft() -> None:
    kinds = _kinds("The Lancaster and two Spitfires flew over the seafront. The airline flies 18 Dreamliners.")
    assert "Spitfires" not in kinds
    assert "Dreamliners" not in kinds


def test_a_village_by_its_old_ferry_is_a_place() -> None:
    kinds = _kinds(
        "You will lead teams on upgrades, including the Fiddlers Ferry outfall. Fans in Broughty Ferry cheered. "
        "Bryan Ferry sang."
    )
    assert kinds.get("Fiddlers Ferry") == "place"
    assert kinds.get("Broughty Ferry") == "place"
    assert kinds.get("Bryan Ferry") == "person"


def test_an_archdeacons_style_venerable_is_a_title() -> None:
    kinds = _kinds(
        "She succeeds the Ven Geoffrey Brampton, who retires in February. The Venerable Ann Holt will preach."
    )
    assert kinds.get("Geoffrey Brampton") == "person"
    assert kinds.get("Ann Holt") == "person"
    assert "Ven Geoffrey Brampton" not in kinds


def test_a_given_name_in_the_possessive_before_a_buildings_word_is_no_person() -> None:
    kinds = _kinds("Where: St David's Hall\nWhen: Sat 16 Jan, 8pm\n")
    assert "David's Hall" not in kinds
    assert kinds.get("St David's Hall") in ("organization", "place")


def test_the_last_place_of_a_seat_named_by_a_list_before_mp_is_no_person() -> None:
    kinds = _kinds(
        "Her neighbour across the border, the Brecon, Radnor and Cwm Tawe MP, said in a post that the road must reopen."
    )
    assert kinds.get("Cwm Tawe") != "person"
