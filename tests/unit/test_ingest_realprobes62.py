"""Rules found on the en61 real-style pages (local TV, markets, courts, sport, science), on invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.bylines import byline_persons, byline_places, outlet_name
from dossier.ingest.service import ingest_file
from dossier.model import ActorKind
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("author", "persons"),
    [
        ("Ludo Marchbank; Staff Writer · Tuesday", ["Ludo Marchbank"]),
        ("Reporting by Oona Brackley-Tate; Editing by Fenwick Osei", ["Oona Brackley-Tate", "Fenwick Osei"]),
        ("Courts reporter Ysolt Varnham ·", ["Ysolt Varnham"]),
        ("NNEKA ABARA-LOWE · December", ["Nneka Abara-Lowe"]),
        ("Perrin Ashgrove-Tull Friday", ["Perrin Ashgrove-Tull"]),
        ("Express News Service; Leeds; Published Dec", []),
        ("Local Democracy Reporting Service", []),
    ],
)
def test_the_persons_of_a_byline_are_read_without_jobs_or_dates(author: str, persons: list[str]) -> None:
    assert byline_persons(author) == persons


@pytest.mark.parametrize(
    ("publisher", "outlet"),
    [
        ("The Varnby Clarion", "The Varnby Clarion"),
        ("Tarnby Trust, Inc.", "Tarnby Trust"),
        ("varnby-clarion.example", None),
        ("Read all about it here", None),
    ],
)
def test_an_outlet_is_a_name_not_a_domain_or_a_headline(publisher: str, outlet: str | None) -> None:
    assert outlet_name(publisher) == outlet


def test_a_pages_reporter_and_outlet_are_drafted(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="en"><head><title>Ferry fares rise</title>'
        '<meta property="og:site_name" content="Tollerby Gazette"></head><body><article>'
        "<h1>Ferry fares rise again</h1>"
        '<p class="byline">By Imelda Crosswaite-Obi | Tuesday</p>'
        "<p>Fares on the Tollerby ferry will rise by 8% from April, the operator Kestrel Crossings said on Monday. "
        "Regular passengers said the rise was the third in two years and asked the council to step in.</p>"
        "<p>The council said it had no power over fares but would write to the operator.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    kinds = {actor.name: actor.kind for actor in load_workspace(root).actors.values()}
    assert kinds.get("Imelda Crosswaite-Obi") is ActorKind.person
    assert kinds.get("Tollerby Gazette") is ActorKind.media


def test_a_name_written_alone_elsewhere_is_not_the_first_half_of_a_body_named_with_and() -> None:
    text = (
        "The regulator fined Varnpay Direct and Oskel Bank on Monday. Varnpay Direct said it would appeal. "
        "Varnpay Direct and Oskel Bank must refund all fees."
    )
    kinds = draft_kinds(text, language="en")
    assert "Varnpay Direct and Oskel Bank" not in kinds
    assert kinds.get("Oskel Bank") is ActorKind.organization


@pytest.mark.parametrize(
    "text",
    [
        "Medical device makers Quorvane and Tesselby agreed to pay $12 million to settle the claims.",
        "The manufacturers Quorvane and Tesselby said prices would rise in the spring.",
    ],
)
def test_firms_listed_after_their_plural_trade_are_organisations(text: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Quorvane") is ActorKind.organization
    assert kinds.get("Tesselby") is ActorKind.organization


def test_nicknames_in_results_with_scores_are_teams_on_a_page_without_a_games_words() -> None:
    text = (
        "The Falcons thrashed the Otters 32-6 in Tarnby and the Herons beat the Voles 18-14 on Friday night. "
        "The Badgers host the Ravens on Sunday."
    )
    kinds = draft_kinds(text, language="en")
    for team in ("Otters", "Voles"):
        assert kinds.get(team) is ActorKind.organization


def test_a_town_before_a_players_position_is_the_side() -> None:
    text = (
        "Varnley halfback Orrin Teske kicked the winner as the Falcons edged the Otters 23-22 on Saturday. "
        "The Falcons had led 12-10 at the break. Credit to Varnley, the coach said. It lifts Varnley to third."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Varnley") is ActorKind.organization
    assert kinds.get("Orrin Teske") is ActorKind.person


def test_a_known_town_as_frequent_as_a_word_opening_the_sentence_before_a_position_is_the_side() -> None:
    # "Liverpool" is as frequent as a common word, but no common word: before "striker" it is the club
    text = (
        "United beat the Otters 3-1 at home on Saturday: Kai Brenner scored twice after half-time and the "
        "referee gave a late penalty.\n\nLiverpool striker Orrin Teske was injured in the first half and will "
        "miss the derby, the manager said after the game."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Liverpool") is ActorKind.organization, kinds
    assert kinds.get("Orrin Teske") is ActorKind.person, kinds


def test_a_court_after_on_is_a_street() -> None:
    text = "Officers were called to a house on Larkspur Court late on Tuesday after a neighbour heard shouting."
    assert draft_kinds(text, language="en").get("Larkspur Court") is ActorKind.place


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("The van was stopped on the edge of Kilbarran, Co Tullagh, on Monday night.", "Co Tullagh"),
        ("She grew up on a dairy farm in County Ardmoyle before moving to the city.", "County Ardmoyle"),
    ],
)
def test_an_irish_county_opened_by_co_or_county_is_a_place(text: str, county: str) -> None:
    assert draft_kinds(text, language="en").get(county) is ActorKind.place


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("TARNVILLE, Ohio (WXYZ) — A driver was hurt on Tuesday when a truck overturned.", "Ohio"),
        ("QUELLBROOK, Ont. — The mill will close in March, its owner said on Monday.", "Ontario"),
    ],
)
def test_the_state_or_province_of_a_dateline_is_a_place(text: str, state: str) -> None:
    assert draft_kinds(text, language="en").get(state) is ActorKind.place


def test_nasa_written_as_a_word_is_the_agency() -> None:
    text = "Nasa and the Tarnish Space Office will share the cost of the next mission, officials said."
    assert draft_kinds(text, language="en").get("Nasa") is ActorKind.organization


def test_a_name_opening_a_sentence_before_which_runs_is_a_firm() -> None:
    text = "The outage hit thousands of traders. Quellcom, which runs the Tarrapay wallet, was not affected."
    assert draft_kinds(text, language="en").get("Quellcom") is ActorKind.organization


def test_a_short_name_clipped_from_a_bodys_words_in_brackets_is_its_alias() -> None:
    from dossier.ingest.extract import extract

    text = (
        "The order came from Varnland Metro Rail Corporation (Varn-Metro) on Monday. "
        "A senior Varn-Metro official said work would start in May."
    )
    drafts = extract(text, None, [], set(), "t").actors
    body = next(draft for draft in drafts if draft.name == "Varnland Metro Rail Corporation")
    assert "Varn-Metro" in body.aliases
    assert [draft.name for draft in drafts if draft.name == "Varn-Metro"] == []


def test_a_market_where_one_sells_is_a_place() -> None:
    text = "Ilse Varnova, who sells fruit at Tollumbe Market, said customers had stayed away all week."
    assert draft_kinds(text, language="en").get("Tollumbe Market") is ActorKind.place


def test_a_markdown_files_front_matter_makes_no_byline_drafts(tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text(
        '---\ntitle: "Ferry fares"\npublisher: "Tollerby Gazette"\nauthor: "Imelda Crosswaite-Obi"\n---\n'
        "Fares on the Tollerby ferry will rise by 8% from April, the operator said on Monday.\n",
        encoding="utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, note)
    names = {actor.name for actor in load_workspace(root).actors.values()}
    assert not names & {"Tollerby Gazette", "Imelda Crosswaite-Obi"}


def test_a_town_and_a_titles_plural_after_the_is_a_team_on_a_sports_page() -> None:
    text = (
        "The goaltender made 31 saves and the winger scored twice as the Hawks beat the Owls 4-3. "
        "The Hawks travel to face the Kestrelton Marshals on Thursday. The defenceman also scored."
    )
    assert draft_kinds(text, language="en").get("Kestrelton Marshals") is ActorKind.organization


def test_letters_before_a_catalogue_number_name_a_star_not_a_body() -> None:
    text = "The team used the telescope to watch the planet, known as KPT 4417 b, pass in front of its star four times."
    assert "KPT" not in draft_kinds(text, language="en")


def test_the_first_partner_of_a_joint_venture_is_a_firm() -> None:
    text = "Work went to a joint venture of Morvane Civil and Juno Halden, an official said."
    assert draft_kinds(text, language="en").get("Morvane Civil") is ActorKind.organization


@pytest.mark.parametrize(
    ("author", "places"),
    [("Ilse Varnova; Edinburgh; Updated", ["Edinburgh"]), ("Tom Oskel; Salem; Ore; Dec 2", ["Salem"])],
)
def test_a_city_a_byline_names_apart_is_where_the_story_was_filed(author: str, places: list[str]) -> None:
    assert byline_places(author) == places


def test_bare_names_that_were_fined_are_firms() -> None:
    text = "Quorvell and Tessaby were fined a combined £12m by the regulator on Thursday."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Quorvell") is ActorKind.organization
    assert kinds.get("Tessaby") is ActorKind.organization
    # A person fined is named in full first, and keeps the surname the text gave.
    text = "Colm Breswick was fined £200 for littering in March. Breswick was fined again in May."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Colm Breswick") is ActorKind.person
    assert "Breswick" not in kinds or kinds["Breswick"] is ActorKind.person


def test_a_garda_or_police_station_is_a_place() -> None:
    text = "He was taken to Kilbarran Garda Station, where he was charged, and later to Orsk Police Station."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Kilbarran Garda Station") is ActorKind.place
    assert kinds.get("Orsk Police Station") is ActorKind.place


def test_a_district_before_its_town_in_an_address_is_a_place() -> None:
    text = "Eoin Garrahy, of Knockmoyle, Galway city, was jailed for two years on Friday."
    assert draft_kinds(text, language="en").get("Knockmoyle") is ActorKind.place


def test_a_name_after_a_lower_case_compass_point_is_a_place() -> None:
    text = "Flooding hit south Quellmoor overnight, and roads were closed until noon."
    assert draft_kinds(text, language="en").get("Quellmoor") is ActorKind.place


def test_the_firm_after_a_speaker_and_with_is_an_organisation() -> None:
    text = "Prices will keep rising, Delia Marchbank with Harlow Fenwick said on Tuesday."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Harlow Fenwick") is ActorKind.organization
    assert kinds.get("Delia Marchbank") is ActorKind.person


@pytest.mark.parametrize(
    ("text", "league"),
    [
        ("Real Madrid are four points clear at the top of La Liga after the win.", "La Liga"),
        ("Clubs in Liga MX voted to expand the playoffs next season.", "Liga MX"),
    ],
)
def test_a_league_named_in_its_own_language_is_a_body(text: str, league: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(league) is ActorKind.organization, kinds
