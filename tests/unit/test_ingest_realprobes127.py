"""Round realprobes127 (batch en127): rules found on invented pages in genres the corpus had few of (a touring-car
round's results, a wine merchant's tasting notes, a union's strike bulletin, a museum's exhibition page, a
university's research news, an airline's route-launch release)."""

from __future__ import annotations

from pathlib import Path

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names as _kinds


def _aliases(text: str) -> dict[str, list[str]]:
    """Each draft's aliases, by the draft's name."""
    return {draft.name: draft.aliases for draft in extract(text, None, [], set(), "t", language="en").actors}


def test_a_founders_firm_that_says_it_will_act_is_the_firm() -> None:
    text = (
        "Ground handling will be provided by Brannock Haulage Services, the firm founded by the engineer Ivy "
        "Brannock in 1981. Brannock said it would open two depots in the spring."
    )
    aliases = _aliases(text)
    assert "Brannock" not in aliases.get("Ivy Brannock", [])
    assert "Brannock" not in aliases


def test_a_founders_firm_that_says_after_a_meeting_that_it_will_act_is_the_firm() -> None:
    text = (
        "Rook Valley Racing was started by Colin Rook in a garage in 1990. Rook said after the meeting that it "
        "would run a third car at the final round."
    )
    aliases = _aliases(text)
    assert "Rook" not in aliases.get("Colin Rook", [])


def test_a_racing_team_ends_before_the_car_it_runs_and_the_car_is_no_draft() -> None:
    kinds = _kinds(
        "Dana Ollerby, driving the Brackwater Racing Toyota Corolla, held off Ned Tarrant's Cupra Leon. The race "
        "went to Sam Iveson in the Pendlebury Motorsport Hyundai i30 N. Tarrant's Cupra was quicker in the wet."
    )
    assert kinds.get("Brackwater Racing") == "organization"
    assert kinds.get("Pendlebury Motorsport") == "organization"
    assert "Cupra Leon" not in kinds
    assert "Cupra" not in kinds
    assert _kinds("Germany's Volkswagen reported a loss on Tuesday.").get("Volkswagen") == "organization"
    assert _kinds("Volkswagen Financial Services raised its rates.").get("Volkswagen Financial Services")
    assert not [name for name in kinds if "Toyota" in name or "Hyundai" in name]


def _page_kinds(tmp_path: Path, site: str, article: str) -> dict[str, str]:
    """The drafts (name -> kind) of one HTML page whose site is `site`, ingested alone as `dossier ingest` does."""
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><title>News | {site}</title><meta property="og:site_name" content="{site}"></head>'
        f"<body><main><article><h1>News</h1>{article}</article></main></body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    return {actor.name: str(actor.kind) for actor in load_workspace(root).actors.values()}


_ARTICLE = (
    "<p>More than 200 drivers at Tarnby Haulage will walk out from Monday after talks at Acas in Leeds failed, "
    "the branch secretary said. Members voted by 91% for action on a 78% turnout, and pickets will stand at the "
    "depot gates from 5am each day of the strike.</p>"
)


def test_a_unions_own_site_is_the_union(tmp_path: Path) -> None:
    kinds = _page_kinds(tmp_path, "Haulage and Depot Workers' Union", _ARTICLE)
    assert kinds.get("Haulage and Depot Workers' Union") == "organization"


def test_a_shops_own_site_named_with_its_legal_form_is_the_firm(tmp_path: Path) -> None:
    kinds = _page_kinds(tmp_path, "Tarn Lane Wine Co.", _ARTICLE)
    assert kinds.get("Tarn Lane Wine Co.") == "organization"


def test_a_firms_newsroom_site_is_the_firm(tmp_path: Path) -> None:
    kinds = _page_kinds(tmp_path, "Brannock Air Newsroom", _ARTICLE)
    assert kinds.get("Brannock Air") == "organization"
    assert "Brannock Air Newsroom" not in kinds


def test_grape_varieties_on_a_page_about_wine_are_no_drafts() -> None:
    kinds = _kinds(
        "Ilse Varnholt farms eleven hectares of vines above Tarnac. Pure Sauvignon Blanc, all lemon peel. Her "
        "Tawny Port is aged for ten years, and the estate's other wines are Shiraz and Pinot Blanc."
    )
    assert kinds.get("Ilse Varnholt") == "person"
    assert not {"Sauvignon Blanc", "Tawny Port", "Shiraz", "Pinot Blanc"} & set(kinds)


def test_a_spanish_or_portuguese_wine_estate_is_a_firm() -> None:
    kinds = _kinds(
        "This Tempranillo is aged at Bodegas Varnaza in the hills, and the port is bottled at Quinta da Tarrosa "
        "near the river."
    )
    assert kinds.get("Bodegas Varnaza") == "organization"
    assert kinds.get("Quinta da Tarrosa") == "organization"


def test_a_winemakers_trade_before_the_name_and_a_master_of_wine_after_it_are_no_part_of_it() -> None:
    kinds = _kinds(
        "The cellars are in Haro. Winemaker Ander Ulzurrun calls it a classic. Our guest speaker Ned Parrock MW "
        "will host the evening."
    )
    assert kinds.get("Ander Ulzurrun") == "person"
    assert kinds.get("Ned Parrock") == "person"


def test_a_journal_a_study_was_published_today_in_is_media() -> None:
    kinds = _kinds("The study, published today in Tarnby Earth Letters, was led by Dr Ilse Varnholt.")
    assert kinds.get("Tarnby Earth Letters") == "media"


def test_a_fell_and_a_tor_are_places() -> None:
    kinds = _kinds("The drone flew over blocked ditches at Quarnbeck Fell and over the rocks of Varrow Tor.")
    assert kinds.get("Quarnbeck Fell") == "place"
    assert kinds.get("Varrow Tor") == "place"


def test_a_street_and_a_town_of_an_address_are_places_not_a_persons_names() -> None:
    text = (
        "Regional organiser Maria Quarnby said the members were solid. Pickets will stand at the depot, Tollbeck "
        "Way, Quarnby QN6 1TN, and at the branch office, Ash Lane, Quarnby QN10 5HX, from 5am."
    )
    kinds = _kinds(text)
    assert kinds.get("Tollbeck Way") == "place"
    assert "Quarnby" not in _aliases(text).get("Maria Quarnby", [])


def test_two_lands_joined_by_an_ampersand_before_region_are_a_place() -> None:
    kinds = _kinds("The strike bulletin went out to members across the Quellshire & Tarnside region on Friday.")
    assert kinds.get("Quellshire & Tarnside") == "place"


def test_a_class_of_lorry_by_its_letters_is_no_body() -> None:
    kinds = _kinds("More than 260 HGV drivers at Tarnby Haulage Ltd will walk out on Monday.")
    assert "HGV" not in kinds


def test_a_bay_named_in_a_persons_possessive_is_one_place() -> None:
    kinds = _kinds("He photographed the fishing villages of Runswick, Tarn Hobb's Bay and Quarnby.")
    assert kinds.get("Tarn Hobb's Bay") == "place"


def test_a_firms_chief_executive_in_lower_case_before_a_rare_name_is_a_person() -> None:
    kinds = _kinds('"These routes matter," said Tarn Air chief executive Quenby Tremayne.')
    assert kinds.get("Quenby Tremayne") == "person"


def test_a_releases_dateline_in_capitals_with_its_county_and_date_is_a_place() -> None:
    kinds = _kinds("NEWQUAY, Cornwall, 2 December 2026\nTarn Air today announced two new routes to the islands.")
    assert kinds.get("Newquay") == "place"
    assert "NEWQUAY" not in kinds


def test_a_thing_named_after_its_noun_is_no_draft() -> None:
    kinds = _kinds(
        "The team flew a drone fitted with a thermal camera, nicknamed Kestrelwing, over 40 sites, and a "
        "machine-learning model, named TARNMAP, turned the images into maps."
    )
    assert "Kestrelwing" not in kinds
    assert "TARNMAP" not in kinds


def test_a_phd_student_named_like_a_grange_is_a_person() -> None:
    kinds = _kinds("PhD student Oliver Grange built the model that turns the images into maps.")
    assert kinds.get("Oliver Grange") == "person"


def test_an_airport_named_by_its_county_and_town_is_a_place() -> None:
    kinds = _kinds(
        "Tarn Air announced two new routes from Quellshire Airport Tarnby on Monday. Its director said that "
        "Varnholm Airport Sela had offered incentives."
    )
    assert kinds.get("Quellshire Airport Tarnby") == "place"
    assert kinds.get("Varnholm Airport Sela") == "place"


def test_a_site_before_a_street_town_and_postcode_is_a_place() -> None:
    kinds = _kinds("Pickets: Tarnby Europort, Ash Lane, Quarnby QN10 5HX, from 6am on Monday.")
    assert kinds.get("Tarnby Europort") == "place"


def test_drivers_and_teams_in_a_results_table_under_its_caption_are_read() -> None:
    kinds = _kinds(
        "Selby won the second race.\n"
        "| Race 2 result (top six) |  |  |  | \n|---|---|---|---|\n| Pos | Driver | Team | Gap | \n|---|---|---|---|\n"
        "| 1 | Ivo Sellar | Brackwater Racing | 25 laps | \n| 2 | Ruth Quarnby | Tarnside Motorsport | +0.412s | "
    )
    assert kinds.get("Ruth Quarnby") == "person"
    assert kinds.get("Tarnside Motorsport") == "organization"


def test_a_name_apposed_to_a_championships_supplier_is_a_firm_and_a_persons_stays_a_person() -> None:
    kinds = _kinds(
        "Quellko, the championship's tyre supplier, brought a softer tyre. Ivo Sellar, the club's main sponsor, "
        "said he was pleased."
    )
    assert kinds.get("Quellko") == "organization"
    assert kinds.get("Ivo Sellar") == "person"


def test_common_words_before_a_racing_word_name_a_team_in_its_sport() -> None:
    kinds = _kinds(
        "Race three went to Kelly Thorne in the Bridge Motorsport car, ahead of Ned Tarrant, who drives for Quarry "
        "Racing, and Ivo Sellar in the Lantern Autosport Honda Civic."
    )
    assert kinds.get("Bridge Motorsport") == "organization"
    assert kinds.get("Quarry Racing") == "organization"
    assert kinds.get("Lantern Autosport") == "organization"


def test_a_rare_word_ending_in_air_on_a_page_about_flights_is_an_airline() -> None:
    kinds = _kinds("New flights start in May, and Tarnair will codeshare on the Glasgow route.")
    assert kinds.get("Tarnair") == "organization"


def test_a_wines_label_of_its_place_and_its_grape_or_grade_is_no_draft() -> None:
    kinds = _kinds(
        "Weingut Tarnhof, Quellental Riesling 2022: the wine is feather-light. Tenuta Varnelli, Chianti Classico "
        "Riserva 2019: the wines of this estate age well."
    )
    assert kinds.get("Weingut Tarnhof") == "organization"
    assert "Quellental Riesling" not in kinds
    assert "Chianti Classico Riserva" not in kinds


def test_a_racing_series_named_with_a_peoples_adjective_and_wine_aged_in_its_oak_draft_no_state() -> None:
    kinds = _kinds(
        "Ivo Sellar cut Ned Tarrant's lead in the British Saloon Championship to 19 points. The Tempranillo spends "
        "three years in American oak."
    )
    assert "United Kingdom" not in kinds
    assert "United States" not in kinds


def test_a_body_by_its_letters_and_a_towns_trades_council_are_two_bodies() -> None:
    kinds = _kinds("Solidarity messages came from the QWU and Tarnby Trades Union Council on Friday.")
    assert kinds.get("QWU") == "organization"
    assert kinds.get("Tarnby Trades Union Council") == "organization"


def test_a_genus_before_the_kind_of_living_thing_it_is_is_no_draft() -> None:
    kinds = _kinds("Dr Ilse Varnholt measured the growth of Sphagnum moss at 40 sites on the fells.")
    assert "Sphagnum" not in kinds


def test_what_is_left_before_a_titled_name_is_no_name() -> None:
    kinds = _kinds(
        "Image: Ilse Varnholt, Spring, 1916. © Estate of Dame Ilse Varnholt. The painting was lent by the "
        "Estate of Sir Tomas Quell."
    )
    assert "Estate of Dame" not in kinds
    assert "Estate of Sir" not in kinds


def test_a_name_under_a_tables_site_column_is_a_place() -> None:
    kinds = _kinds(
        "Members voted for action.\n| Site | Members | Yes | \n|---|---|---| \n| Tarnby Europort | 61 | 90% | \n"
        "| Quellmoor Cross-Dock | 84 | 88% | "
    )
    assert kinds.get("Tarnby Europort") == "place"


def test_two_route_pairs_before_flights_are_each_two_towns() -> None:
    kinds = _kinds("Tarn Air will launch Newquay-Jersey and Exeter-Guernsey flights from May.")
    assert {"Newquay", "Jersey", "Exeter", "Guernsey"} <= set(kinds)
    assert "Newquay-Jersey" not in kinds


def test_a_reigning_champion_before_a_name_makes_a_person() -> None:
    kinds = _kinds("Reigning champion Ash Quarnley retired from race one with a puncture.")
    assert kinds.get("Ash Quarnley") == "person"


def test_a_makers_letters_before_its_models_number_and_aircraft_are_no_draft() -> None:
    kinds = _kinds("The routes will be flown by Tarn Air's QRX 72-600 aircraft from May.")
    assert "QRX" not in kinds


def test_partners_names_without_their_firms_trade_name_the_firm() -> None:
    kinds = _kinds(
        "Drivers at Quarnby & Holt Haulage walked out on Monday. Quarnby & Holt said the strike was regrettable."
    )
    assert kinds.get("Quarnby & Holt Haulage") == "organization"
    assert "Quarnby & Holt" not in kinds


def test_a_museums_lender_is_a_body_and_a_titled_lender_a_person() -> None:
    kinds = _kinds("The painting was lent by Quellmark, and the drawings by Sir Ivo Sellar.")
    assert kinds.get("Quellmark") == "organization"
    assert kinds.get("Ivo Sellar") == "person"


def test_a_firm_named_after_its_founder_by_a_common_surname_that_says_it_had_is_the_firm() -> None:
    text = (
        "The inhaler is made by Walker Devices, the engineering firm founded by Alan Walker. Walker said it had "
        "doubled output at its plant."
    )
    assert "Walker" not in _aliases(text).get("Alan Walker", [])
