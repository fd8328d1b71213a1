"""What real web pages name besides actors: games, films, apps, phones, grapes, ideas named after
people; and the kinds a reader gives venues, wine makers, companies and news outlets.

Each test ingests invented text through the real extractor and states the drafts an analyst
would see (issue 15: no junk draft on real pages, the right kind for each)."""

from __future__ import annotations

import pytest

from dossier.ingest.cues import (
    COMPANY_HEADS,
    CONCEPT_NOUNS,
    MAKER_WORDS,
    MODEL_SUFFIXES,
    OUTLET_BEFORE,
    PRODUCT_NOUNS_AFTER,
    VENUE_WORDS,
    WORK_NOUNS_BEFORE,
)
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- works and products, by the words around their names ------------------------------------------


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Players of the popular game Starfall Arena get a free pass, the company Zorvane Group said.",
            "Starfall Arena",
        ),
        ("She also starred in the HBO show Midnight Harbor before moving to Quellmoor.", "Midnight Harbor"),
        ("Haddad's film Salt Road won a prize, and critics loved it.", "Salt Road"),
        ("Fans of the novel Tarvel Keep will find the ending familiar, said Ilse Quistel.", "Tarvel Keep"),
    ],
)
def test_a_work_named_after_its_noun_is_no_draft(text: str, thing: str) -> None:
    drafts = draft_kinds(text)
    assert thing not in drafts, drafts


def test_a_role_after_play_as_is_no_draft() -> None:
    drafts = draft_kinds("In the new game you play as Ysolde, a knight who wakes in a burned village.")
    assert "Ysolde" not in drafts, drafts


def test_a_name_before_a_product_noun_is_no_draft_but_a_company_stays() -> None:
    drafts = draft_kinds(
        "Zorvane Systems ships the Lumio app on every phone. Developers can use the Ferrox framework "
        "to build plugins, Zorvane Systems said."
    )
    assert "Lumio" not in drafts and "Ferrox" not in drafts, drafts
    assert drafts.get("Zorvane Systems") is ActorKind.organization


def test_a_name_with_a_version_is_a_product_everywhere_on_the_page() -> None:
    drafts = draft_kinds(
        "Quillstone 3.2 is out, the maintainer Maren Odegaard announced. Quillstone now parses large files "
        "twice as fast, and Marrow 1.4 will support it. Users of Quillstone should upgrade."
    )
    assert not {"Quillstone", "Marrow"} & set(drafts), drafts
    assert drafts.get("Maren Odegaard") is ActorKind.person


def test_models_of_a_product_line_are_no_drafts() -> None:
    drafts = draft_kinds(
        "Tarvelon unveiled the X7 Pro and the X7 Max in Quellmoor on Monday. The Veyra Air is cheaper. "
        "Analysts expect 40 million X7 units to be sold."
    )
    assert not {"X7", "X7 Pro", "X7 Max", "Veyra Air", "Veyra"} & set(drafts), drafts


def test_a_count_after_a_name_is_no_version() -> None:
    drafts = draft_kinds(
        "The Zorvakin Senate voted 62 votes to 37 on Thursday, and Quellmoor Police arrested 12 people."
    )
    assert drafts.get("Zorvakin Senate") is ActorKind.organization, drafts
    assert drafts.get("Quellmoor Police") is ActorKind.organization, drafts


# -- ideas named after people -----------------------------------------------------------------------


def test_names_joined_by_a_dash_before_a_noun_of_science_are_no_persons() -> None:
    drafts = draft_kinds(
        "The teams compared their models with the Kullback–Leibler divergence and Bayes factors. "
        "The pattern is the Hellings–Downs curve, and a Monte Carlo method tested it."
    )
    assert not {"Kullback", "Leibler", "Bayes", "Hellings", "Downs", "Monte Carlo"} & set(drafts), drafts


def test_the_person_an_idea_is_named_after_stays_where_the_text_names_him() -> None:
    drafts = draft_kinds(
        "The curve is named after Ronald Hellings, who predicted it in 1983. The Hellings–Downs curve "
        "was seen last year. The rally ended in Monte Carlo on Sunday."
    )
    assert drafts.get("Ronald Hellings") is ActorKind.person, drafts
    assert drafts.get("Monte Carlo") is ActorKind.place, drafts


# -- venues, wine makers and companies ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Officers found him at the Rosewood Inn, a pub in Quellmoor.", "Rosewood Inn", ActorKind.place),
        ("Two men stole cash from Café Lumen in Kemptown.", "Café Lumen", ActorKind.place),
        ("For lunch, book a table at Restaurant Florianihof in Tarvel.", "Restaurant Florianihof", ActorKind.place),
        ("We stayed at the Gasthof Prankl for two nights.", "Gasthof Prankl", ActorKind.place),
        (
            "We started at Weingut Albrecht Roth, where the cellar is old.",
            "Weingut Albrecht Roth",
            ActorKind.organization,
        ),
        ("Down the river, Domäne Wachau presses grapes from 250 families.", "Domäne Wachau", ActorKind.organization),
        (
            "The Winzergenossenschaft Quellmoor lost its cellar in the flood.",
            "Winzergenossenschaft Quellmoor",
            ActorKind.organization,
        ),
        ("The Tarvel Brewery reopened its hall.", "Tarvel Brewery", ActorKind.organization),
        ("Shares of Halvorsen Capital fell 4 percent on Wednesday.", "Halvorsen Capital", ActorKind.organization),
        ("The film was produced by Greyhound Pictures last year.", "Greyhound Pictures", ActorKind.organization),
        ("Zorvane Systems told reporters the phone sold well.", "Zorvane Systems", ActorKind.organization),
        (
            "Together with the European Pulsar Timing Array, it found the signal.",
            "European Pulsar Timing Array",
            ActorKind.organization,
        ),
    ],
)
def test_venues_makers_and_companies_get_the_kind_a_reader_gives(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) is kind


# -- news outlets by what they do ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Ilse Quistel told Politico that she had spoken to the leader twice.", "Politico"),
        ("Head coach Tarvel Dunmore told Gridiron Insider that the rookie can throw.", "Gridiron Insider"),
        ("The commentator Nathan Oyelaran, writing for Quellbrief, argued for the deal.", "Quellbrief"),
        ("Shares rose after Quellpress reported that sales were strong in Japan.", "Quellpress"),
    ],
)
def test_an_outlet_is_media_by_what_it_does(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.media


def test_a_person_told_something_stays_a_person() -> None:
    drafts = draft_kinds("Ilse Tremmin met the envoy on Monday. The envoy told Tremmin that the talks would go on.")
    assert drafts.get("Ilse Tremmin") is ActorKind.person, drafts
    assert all(kind is not ActorKind.media for kind in drafts.values()), drafts


# -- pages about things -----------------------------------------------------------------------------


def test_on_a_tasting_page_grapes_and_labels_are_no_drafts() -> None:
    drafts = draft_kinds(
        "The Quellmoor valley is where the finest white wines are made. Most visitors come for Veltara "
        "and Zorvelt, but the small growers also make a lovely Tremmling. The winemaker Katharina Roth "
        "runs the cellar; her Smaragd Steinterrassen is the wine to buy, and the tasting room is open "
        "daily. Katharina Roth said the vineyard was old."
    )
    assert not {"Veltara", "Zorvelt", "Tremmling", "Smaragd Steinterrassen"} & set(drafts), drafts
    assert drafts.get("Katharina Roth") is ActorKind.person


def test_in_a_game_review_names_nothing_explains_are_no_drafts() -> None:
    drafts = draft_kinds(
        "Embers of Calder drops you into a frozen kingdom. Combat is fair, the quests are long, and the "
        "boss fights are hard. Players meet Vask, a smuggler, and the Ironbound mode adds permadeath. "
        "The expansion comes in spring, game director Tomas Reinholt said."
    )
    assert not {"Calder", "Vask", "Ironbound"} & set(drafts), drafts
    assert drafts.get("Tomas Reinholt") is ActorKind.person


def test_a_tool_after_a_verb_of_using_is_no_draft() -> None:
    drafts = draft_kinds(
        "Last spring we rewrote the service. We used Quorvex for the web layer and install Tarnlib on every host."
    )
    assert not {"Quorvex", "Tarnlib"} & set(drafts), drafts


def test_an_app_is_an_app_wherever_the_page_names_it_but_a_maker_that_speaks_stays() -> None:
    drafts = draft_kinds(
        "Every phone ships with the Lumivo app for messaging. Regulators say Lumivo sends data abroad. "
        "Fans watch on the Quellflix app, and Quellflix said it would add a cheaper plan."
    )
    assert "Lumivo" not in drafts, drafts
    assert "Quellflix" in drafts, drafts


def test_an_operating_system_is_no_draft() -> None:
    drafts = draft_kinds("Both phones run the company's own Halvo OS, Zorvane Systems said.")
    assert "Halvo OS" not in drafts, drafts


def test_a_hotel_named_with_its_town_is_a_place() -> None:
    drafts = draft_kinds("Guests can choose the Zorvan Hotel Quellmoor or stay in the old town.")
    assert drafts.get("Zorvan Hotel Quellmoor") is ActorKind.place, drafts


def test_in_a_play_through_the_game_world_is_no_place_and_no_person() -> None:
    drafts = draft_kinds(
        "I already know the spell. High elves start with it, and the first quest takes you to a dungeon "
        "full of loot. After the game's opening I walk into Tarnhollow, where Hadrik the smith sells swords, "
        "and cross the street to the Riverbend Trader. Todd Vantrell, the game's director, said the town was "
        "built in a year."
    )
    assert not {"Tarnhollow", "Riverbend Trader", "Hadrik"} & set(drafts), drafts
    assert drafts.get("Todd Vantrell") is ActorKind.person, drafts


def test_a_broadcaster_for_an_outlet_makes_it_media() -> None:
    drafts = draft_kinds("She was a sports broadcaster for Quellcast Sports before she joined the network.")
    assert drafts.get("Quellcast Sports") is ActorKind.media, drafts


def test_characters_of_a_show_are_no_persons_but_their_actors_are() -> None:
    drafts = draft_kinds(
        "Marcus Oduya returns as Sheriff Eli Crane, now a widower. The villain, a mine owner called "
        "Silas Varrow, is played by the veteran actor Peter Lindgren."
    )
    assert not {"Eli Crane", "Silas Varrow"} & set(drafts), drafts
    assert drafts.get("Marcus Oduya") is ActorKind.person and drafts.get("Peter Lindgren") is ActorKind.person


def test_a_show_after_season_of_is_no_draft_anywhere_on_the_page() -> None:
    drafts = draft_kinds(
        "The first season of Ashveil was a surprise hit. Ashveil is streaming now, Zorvane Studios said."
    )
    assert "Ashveil" not in drafts, drafts
    assert drafts.get("Zorvane Studios") is ActorKind.organization


def test_the_maker_of_a_product_the_page_names_is_a_company_when_it_speaks() -> None:
    drafts = draft_kinds(
        "The Orvix Watch 3 runs Orvix OS 4.1 and ships in Germany. Orvix said it had sold 2 million watches."
    )
    assert drafts.get("Orvix") is ActorKind.organization, drafts
    assert "Orvix Watch" not in drafts, drafts


def test_a_grade_of_crude_and_carmakers_by_their_heads() -> None:
    drafts = draft_kinds(
        "Tarnwick crude rose to $79 a barrel. Shares of Kaizen Motors jumped, and Lanterra Wealth said it was buying."
    )
    assert "Tarnwick" not in drafts, drafts
    assert (
        drafts.get("Kaizen Motors") is ActorKind.organization
        and drafts.get("Lanterra Wealth") is ActorKind.organization
    )


def test_names_listed_with_hotels_in_their_towns_are_venues() -> None:
    drafts = draft_kinds(
        "Our favourite historic hotels include the Bellevue Hotel in Philadelphia; The Driskill in Austin, "
        "Texas; Zorvan Resort in Quellmoor; and Nish Varlas in Istanbul."
    )
    assert drafts.get("Driskill") is ActorKind.place, drafts
    assert drafts.get("Nish Varlas") is ActorKind.place, drafts


def test_a_person_in_a_town_beside_one_hotel_stays_a_person() -> None:
    drafts = draft_kinds("Ilse Tremmin in Quellmoor said the Bellevue Hotel in Philadelphia was full.")
    assert drafts.get("Ilse Tremmin") is ActorKind.person, drafts


def test_the_outlet_in_a_photo_credit_is_media() -> None:
    drafts = draft_kinds("The plant closed in 2019. (Credit: Ilse Varnholt / Quellgrist) The council met on Monday.")
    assert drafts.get("Quellgrist") is ActorKind.media, drafts
    assert drafts.get("Ilse Varnholt") is ActorKind.person, drafts


def test_the_agency_after_an_image_source_label_is_media() -> None:
    drafts = draft_kinds("Image source, Quellpix Images. Image caption, Riot police stood by the parliament on Monday")
    assert drafts.get("Quellpix Images") is ActorKind.media, drafts


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        ("Quellpix Images", {"Quellpix Images"}),
        ("Varnfoto/Quellpix Images", {"Varnfoto", "Quellpix Images"}),
        ("Family handout", set()),
    ],
)
def test_a_picture_credit_line_names_its_agencies(credit: str, agencies: set[str]) -> None:
    # a line of its own between paragraphs, as a news page's picture credit is: no heading
    text = (
        "Both sides blamed each other for the shelling overnight.\n\n"
        f"Image copyright {credit}\nImage caption Civilians have spent weeks in basements\n\n"
        "The army denied sending more troops to the front."
    )
    drafts = draft_kinds(text)
    assert {name for name, kind in drafts.items() if kind is ActorKind.media} == agencies, drafts
    assert not {"Family", "Image"} & set(drafts), drafts


def test_the_label_after_a_credit_is_no_outlet() -> None:
    text = "Cases rose for a third month.\n\nSource: Ministry of Health / Graphic: Ilse Varnholt\n\nDoctors urged calm."
    drafts = draft_kinds(text)
    assert "Graphic" not in drafts, drafts
    assert drafts.get("Ministry of Health") is ActorKind.organization, drafts


def test_a_founder_set_between_commas_is_a_person() -> None:
    drafts = draft_kinds("Kestrel Interactive's founder, Oren Valik, wrote on Sunday that the deal was a good fit.")
    assert drafts.get("Oren Valik") is ActorKind.person, drafts


def test_a_company_that_reports_its_figures_is_no_outlet() -> None:
    drafts = draft_kinds("Shares of the phone maker rose after Norvique reported record sales in Japan.")
    assert drafts.get("Norvique") is not ActorKind.media, drafts


@pytest.mark.parametrize("noun", ["carmaker", "studio", "winery", "retailer", "airline"])
def test_a_business_described_after_a_comma_is_an_organisation(noun: str) -> None:
    drafts = draft_kinds(f"Tarnwick, the {noun}, said orders rose in the spring.")
    assert drafts.get("Tarnwick") is ActorKind.organization, drafts


# -- every row of the new tables ---------------------------------------------------------------------


@pytest.mark.parametrize("word", sorted(VENUE_WORDS))
def test_each_venue_word_ending_a_name_makes_a_place(word: str) -> None:
    name = f"Quellmoor {word.capitalize()}"
    drafts = draft_kinds(f"Two men stole cash from the {name} on Sunday night, police said.")
    assert drafts.get(name) is ActorKind.place, drafts


@pytest.mark.parametrize("word", sorted(MAKER_WORDS))
def test_each_maker_word_opening_a_name_makes_an_organisation(word: str) -> None:
    name = f"{word.capitalize()} Zorvakin"
    drafts = draft_kinds(f"We tasted the new wines at {name} on Sunday, and the cellar was full.")
    assert drafts.get(name) is ActorKind.organization, drafts


@pytest.mark.parametrize("word", sorted(COMPANY_HEADS))
def test_each_company_head_makes_an_organisation(word: str) -> None:
    name = f"Tarvelon {word.capitalize()}"
    drafts = draft_kinds(f"Shares of {name} fell 4 percent on Wednesday after the results.")
    assert drafts.get(name) is ActorKind.organization, drafts


@pytest.mark.parametrize("noun", sorted(WORK_NOUNS_BEFORE))
def test_each_work_noun_before_a_name_makes_it_no_draft(noun: str) -> None:
    drafts = draft_kinds(f"Fans of the {noun} Quellmoor Nights were pleased, Ilse Tremmin said.")
    assert "Quellmoor Nights" not in drafts, drafts


@pytest.mark.parametrize("noun", sorted(PRODUCT_NOUNS_AFTER))
def test_each_product_noun_after_a_name_makes_it_no_draft(noun: str) -> None:
    drafts = draft_kinds(f"Users of Zorvix {noun} builds reported problems, Ilse Tremmin said.")
    assert "Zorvix" not in drafts, drafts


@pytest.mark.parametrize("noun", sorted(CONCEPT_NOUNS))
def test_each_noun_of_science_after_names_makes_them_no_drafts(noun: str) -> None:
    drafts = draft_kinds(f"The team used the Varnholt–Quistel {noun} to check the data, Ilse Tremmin said.")
    assert not {"Varnholt", "Quistel", "Varnholt–Quistel"} & set(drafts), drafts


@pytest.mark.parametrize("suffix", sorted(MODEL_SUFFIXES))
def test_each_model_word_makes_a_product(suffix: str) -> None:
    name = f"Zorvix {suffix.upper() if len(suffix) <= 2 else suffix.capitalize()}"
    drafts = draft_kinds(f"The new {name} goes on sale in Quellmoor next week, the company said.")
    assert name not in drafts and "Zorvix" not in drafts, drafts


@pytest.mark.parametrize("phrase", sorted(" ".join(p) for p in OUTLET_BEFORE))
def test_each_phrase_before_an_outlet_makes_media(phrase: str) -> None:
    drafts = draft_kinds(f"Last week a lawyer {phrase} Quellbrief at length about the case.")
    assert drafts.get("Quellbrief") is ActorKind.media, drafts


def test_a_group_named_before_a_common_noun_stays_a_group() -> None:
    drafts = draft_kinds(
        "The Hamas release of hostages began on Sunday, and the Varnak plugin of the story was told by "
        "Ilse Tremmin. Varnak fighters left the town."
    )
    assert drafts.get("Hamas") is ActorKind.armed_force, drafts
    assert drafts.get("Varnak") is ActorKind.armed_force, drafts
