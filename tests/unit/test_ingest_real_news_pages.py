"""What real news pages showed the drafts getting wrong: a listed land whose name holds a body's word, towns'
other names that are common words, list items numbered inside a sentence, a byline run into its dateline, a
caption run into its credit, a publisher named as the page's author.

Invented sentences and pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.extract_text import read_document
from dossier.ingest.footer_publisher import holds_copyright
from dossier.ingest.person_name_forms import family_name_at
from dossier.model import ActorKind
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid, dossier, draft_kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a land the gazetteer lists is a place though "bank" ends bodies' names
        ("Settlers attacked two villages in the occupied West Bank on Sunday.", "West Bank", ActorKind.place),
        ("Troops moved between the Gaza Strip and the West Bank.", "West Bank", ActorKind.place),
        # a body named after the land stays a body
        ("The West Bank Water Authority said supplies fell.", "West Bank Water Authority", ActorKind.organization),
        # a stadium shaped as a bowl is a place, though its first word is a given name
        ("The final was played at the Rose Bowl before 90,000 fans.", "Rose Bowl", ActorKind.place),
        ("Crowds packed the Tarnby Bowl for the concert.", "Tarnby Bowl", ActorKind.place),
        # Korean and Japanese papers by their word for a paper
        ("The talks had failed, the Varnak Ilbo said on Monday.", "Varnak Ilbo", ActorKind.media),
        ("According to the Quellmoor Shimbun, the plant will close.", "Quellmoor Shimbun", ActorKind.media),
        # a plural judges' style before their names
        ("She clerked for Justices Ilse Varnakova and Tomas Quellberg.", "Ilse Varnakova", ActorKind.person),
        # a byline, the outlet and the dateline in capitals run together on one line
        (
            "By Ilse Varnakova CNN LONDON (CNN) — The minister resigned on Monday after a vote.",
            "Ilse Varnakova",
            ActorKind.person,
        ),
        # a caption whose credit lost its space after the full stop
        (
            "Pumpjacks stand near the oil field at Tarnby, Kansas.Tomas Quellberg/Photo Agency",
            "Tomas Quellberg",
            ActorKind.person,
        ),
        # one word in capitals before a body's head word is the body's name, no label before it
        ("Aid went to HOPE International in the Hela region.", "HOPE International", ActorKind.organization),
        # the plural of a people's informal name is the people, not a town that shares it
        ("Many Brits spend the winter in Spain.", "United Kingdom", ActorKind.state),
    ],
)
def test_real_pages_names_get_the_kind_a_reader_gives(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) is kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # list items numbered inside a sentence open with a capital as sentences do
        ("The best ways to eat eggs: 1) Deviled, 2) Scrambled, 3) Pickled.", "Deviled"),
        ("The best ways to eat eggs: 1) Deviled, 2) Scrambled, 3) Pickled.", "Pickled"),
        ("Voters may choose (a) Boiled or (b) Poached.", "Poached"),
        # half of a divided land named by its compass word is no body
        ("The North warned of a strong response to the drills.", "North"),
        # a people's adjective before a force's noun is no force's name
        ("Raids against Palestinian militia groups have increased.", "Palestinian"),
        # nouns of a kind in capitals: no body named NGO, no player named MVP
        ("The NGO said it had documented the raids.", "NGO"),
        ("Quellberg was named the finals MVP.", "MVP"),
        # common words shouted in capitals are no pair of acronyms
        ("Riders were told to keep their voices down in the QUIET CAR on the morning train.", "QUIET CAR"),
    ],
)
def test_words_of_real_pages_are_no_drafts(text: str, word: str) -> None:
    kinds = draft_kinds(text)
    assert word not in kinds
    assert all(word not in name.split() for name in kinds if kinds[name] is not ActorKind.state)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a town's other name that is a common English word ("Google" is one of Topeka's in GeoNames)
        ("He moved to Google in 2019 after a decade in banking.", "Google"),
        # a small town named by one of the commonest words needs a town's noun, not a preposition
        ("The quote came from Time, the magazine said.", "Time"),
    ],
)
def test_common_words_are_no_towns_after_a_preposition(text: str, word: str) -> None:
    assert draft_kinds(text).get(word) is not ActorKind.place


def test_the_names_after_item_numbers_are_still_read() -> None:
    kinds = draft_kinds("The panel heard from 1) Ilse Varnakova and 2) Tomas Quellberg.")
    assert kinds.get("Ilse Varnakova") is ActorKind.person
    assert kinds.get("Tomas Quellberg") is ActorKind.person


def test_a_town_named_by_a_common_word_still_counts_with_a_town_noun() -> None:
    assert draft_kinds("She was born in Best, a town near Eindhoven.").get("Best") is ActorKind.place


_PAGE_BY_ITS_PUBLISHER = """<!doctype html>
<html lang="en"><head><title>Drones over the harbour</title>
<meta name="author" content="Varnel Quist">
<meta name="copyright" content="Copyright (c) Varnel Quist 2024">
</head><body>
<article><h1>Drones over the harbour</h1>
<p class="byline">By Ilse Tarrant</p>
<p>Harbour officials in Tarnby said on Tuesday that drones had been seen over the container terminal three
times in a week, and that the port police had opened an inquiry into who flew them.</p>
<p>Tomas Quellberg, the terminal's manager, said the sightings had delayed two ships and that the operator
would ask the regional government for a system that detects drones before they reach the quay.</p>
<p>The port's owners said they would publish the findings of the inquiry when it closes next month.</p>
</article>
<footer><p>© <!-- -->2024<!-- --> Varnel Quist. All rights reserved.</p></footer>
</body></html>
"""


def test_a_publisher_named_as_the_author_is_the_owner_not_a_writer(tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(_PAGE_BY_ITS_PUBLISHER, encoding="utf-8")
    document = read_document(page)
    assert "Varnel Quist" not in (document.author or "")
    assert document.owner == "Varnel Quist"


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # "the city" is the article and the noun, though GeoNames spells Medina so; Damascus is still named
        ("تقدم المقاتلون باتجاه المدينة من دمشق صباح اليوم.", "المدينة", "دمشق"),
        ("قال مسؤول في المدينة إن الطريق إلى حلب مغلق.", "المدينة", "حلب"),
    ],
)
def test_an_arabic_noun_with_its_article_is_no_city(text: str, absent: str, present: str) -> None:
    kinds = draft_kinds(text, language="ar")
    assert absent not in kinds
    assert kinds.get(present) is ActorKind.place


@pytest.mark.parametrize(
    ("page", "name", "holds"),
    [
        ("<footer>© <!-- -->2024<!-- --> Varnel Quist. All rights reserved.</footer>", "Varnel Quist", True),
        ('<meta name="copyright" content="Copyright (c) Varnel Quist 2024">', "Varnel Quist", True),
        # the first word of a longer holder's name is not the holder
        ("<p>© 2011-2019, VARNEL QUIST MAGAZINE®. ALL RIGHTS RESERVED.</p>", "Varnel Quist", False),
        # a name the page writes but not in its notice
        ("<p>By Varnel Quist</p><footer>© 2024 Tarnby Courier Ltd</footer>", "Varnel Quist", False),
    ],
)
def test_the_copyright_holder_is_the_whole_name_after_the_notice(page: str, name: str, holds: bool) -> None:
    assert holds_copyright(page, name) is holds


def test_a_makers_word_after_its_model_is_named_is_still_the_maker() -> None:
    kinds = draft_kinds(
        "Ilse Tarrant is vice president at Varnissan Motors Inc. The Varnissan Quellta is new this year. "
        "Varnissan said the car will arrive in May."
    )
    assert kinds.get("Varnissan Motors Inc") is ActorKind.organization
    assert "Varnissan" not in kinds  # the maker's short name, not a person named Varnissan


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # people in the plural joined for an aim name their body, also opening a sentence or a bracket
        (
            "Students for Fair Quotas, the group behind the suits, filed again.",
            "Students for Fair Quotas",
            "organization",
        ),
        ("(Grandparents for Clean Air, a charity, joined the case.)", "Grandparents for Clean Air", "organization"),
        # a head word right after "and", then "of", opens a second name
        ("He lost the Tarnby and University of Quellmoor cases.", "University of Quellmoor", "organization"),
    ],
)
def test_bodies_named_by_their_members_or_their_own_head(text: str, name: str, kind: str) -> None:
    assert draft_kinds(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Students for the most part stayed at home.", "Students"),
        ("He lost the Tarnby and University of Quellmoor cases.", "Tarnby and University of Quellmoor"),
        # two persons the page names, joined by a hyphen as a matchup's adjective
        (
            "Justice Samuel Varnakov questioned Elizabeth Quellberg. There were several Varnakov-Quellberg clashes.",
            "Varnakov-Quellberg",
        ),
    ],
)
def test_no_draft_for_words_around_names(text: str, absent: str) -> None:
    assert absent not in draft_kinds(text)


def test_a_double_barrelled_family_name_is_still_a_person() -> None:
    assert draft_kinds("Ilse Varnakov-Quellberg said the bill would pass.").get("Ilse Varnakov-Quellberg") == "person"


@pytest.mark.parametrize(
    "text",
    [
        "It was a small fortune, Ilse Tarrant told CNN affiliate WQRT on Monday.",
        "Tomas Quellberg told affiliate WQRT that the road was closed.",
    ],
)
def test_a_networks_affiliate_by_its_letters_is_an_outlet(text: str) -> None:
    assert draft_kinds(text).get("WQRT") is ActorKind.media


def test_a_married_name_of_two_family_names_the_page_knows_is_still_a_person() -> None:
    text = (
        'Margaret "Peggy" Lindqvarn-Halewell, 88, of Tarnby died on Monday. She was born to Arvid and Ruth '
        "Lindqvarn and married Tom Halewell in 1960."
    )
    kinds = draft_kinds(text)
    assert any(kind is ActorKind.person and "Lindqvarn-Halewell" in name for name, kind in kinds.items()), kinds


def test_a_file_after_from_the_on_a_page_with_code_is_no_waters() -> None:
    text = (
        "Pipenv writes each package you install as a dependency into the Pipfile, which lists the exact versions in "
        "JSON.\nThe build then pulls the requested packages from the Pipfile and ships the image to the registry over "
        "HTTPS, so every container runs the same code on the CPU you pick; PyPI and GitHub host the sources, and the "
        "API stays the same.\nDocker ships with a default network, and each container gets its own address."
    )
    assert "Pipfile" not in draft_kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a listed firm's one-word name that speaks, though the word is common enough to be one alone
        ("In a statement on Monday, Nissan said the recall covers 20,000 cars sold in Ohio.", "Nissan"),
        ("Shares fell after Alphabet said the unit would be sold.", "Alphabet"),
        # opening the sentence too, where a capitalised word alone is taken for an ordinary one
        ("Walmart said on Thursday that sales rose in its stores in Ohio.", "Walmart"),
        # a firm that speaks by the first word of the bodies the page names after it
        (
            "The plant belongs to Quorvane North America Inc, and Quorvane Sales Ltd sells its cars. On Monday, "
            "Quorvane said the plant would hire 400 workers.",
            "Quorvane",
        ),
    ],
)
def test_a_firm_that_speaks_by_one_word_is_no_person(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.organization


def test_a_family_name_that_opens_a_firms_name_still_speaks_as_a_person() -> None:
    text = (
        "The plant belongs to Harkin North America Inc, and Harkin Sales Ltd sells its cars. On Monday, Harkin said "
        "the plant would hire 400 workers."
    )
    assert draft_kinds(text).get("Harkin") is ActorKind.person


def test_a_title_among_listed_firms_words_still_makes_a_person() -> None:
    text = "The fleet sailed at dawn. Later that day, Admiral said the ships were ready."
    assert draft_kinds(text).get("Admiral") is not ActorKind.organization


def test_a_model_after_its_model_year_is_neither_a_person_nor_a_firm() -> None:
    text = (
        "The all-new 2021 Nissan Altrex goes on sale in March in Ohio. Inside, the Altrex's cabin is quieter, and the "
        "2021 Altrex gets a larger screen. On Monday, Nissan said the Altrex would sell well."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Nissan") is ActorKind.organization, kinds
    assert not any("Altrex" in name and kind is not ActorKind.other for name, kind in kinds.items()), kinds


def test_a_year_before_a_person_or_a_place_makes_no_model() -> None:
    text = (
        "Analysts still study the 2016 Trump campaign in Ohio. On Monday, Donald Trump said it was fine, and the 2014 "
        "Crimea crisis was raised when a reporter in Kyiv asked about Crimea."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Crimea") is ActorKind.place, kinds
    assert kinds.get("Donald Trump") is ActorKind.person, kinds


def test_a_rank_that_is_an_adjective_in_a_description_makes_no_person() -> None:
    text = (
        "Quorvane Risk won the contract in 2015. Carried out by Quorvane Risk, the campaign entailed recording "
        "private conversations of lawyers."
    )
    assert draft_kinds(text).get("Quorvane Risk") is not ActorKind.person


@pytest.mark.parametrize("opener", ["Veteran", "Senior"])
def test_a_jobs_qualifier_opening_the_sentence_stays_out_of_the_name(opener: str) -> None:
    kinds = draft_kinds(f"{opener} Nollywood actress, Kate Henshaw, smiled at the cameras in Lagos.")
    assert not any(name.startswith(opener) for name in kinds), kinds
    assert kinds.get("Kate Henshaw") is ActorKind.person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The campaign was led by Mothers Against Drunk Driving, which lobbied for tougher laws.",
            "Mothers Against Drunk Driving",
        ),
        ("The rally was called by Scientists Against Nuclear Weapons on Sunday.", "Scientists Against Nuclear Weapons"),
        # a plural job before "for" opens the body's name, not a list of persons
        ("The march in Tarnby was joined by Scientists for Future on Friday.", "Scientists for Future"),
        ("The report was backed by Journalists for Human Rights in March.", "Journalists for Human Rights"),
    ],
)
def test_people_joined_against_or_for_an_aim_name_a_body(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.organization


def test_a_plural_verb_after_a_prepositions_object_is_not_the_names() -> None:
    kinds = draft_kinds("Flights at LaGuardia were delayed for three hours on Monday, the airline said.")
    assert kinds.get("LaGuardia") is not ActorKind.organization, kinds


def test_in_a_play_through_a_small_towns_name_after_a_preposition_is_the_games() -> None:
    text = (
        "I already know the spell. High elves start with it, and the first quest takes you to a dungeon full of "
        "loot. After the game's opening I walk back to Riverwood, where the smith sells swords. Todd Vantrell, the "
        "game's director, said the studio in Stockholm built the town in a year."
    )
    kinds = draft_kinds(text)
    assert "Riverwood" not in kinds, kinds
    assert kinds.get("Stockholm") is ActorKind.place, kinds


@pytest.mark.parametrize("language", ["zxx", "et", "th", "yue"])
def test_a_language_without_a_word_list_still_ingests(language: str) -> None:
    # py3langid names languages wordfreq has no list for ("zxx": no linguistic content, a table of links); a place
    # opening a sentence asks how common its word is in the language, which must not stop the ingest
    text = "| EU SHOP | http://example.onion/ |\nLima shop. Tibet shop. Maghreb shop."
    kinds = draft_kinds(text, language=language)
    assert kinds.get("Lima") is ActorKind.place, kinds


def test_a_models_letters_after_its_name_before_a_products_noun_name_the_product() -> None:
    text = (
        "Orland Motors reported a higher profit on Tuesday, helped by strong demand for its Tarvo HD pickup. "
        '"Tarvo HD orders are running ahead of our plan," she told analysts in Detroit.'
    )
    assert "Tarvo HD" not in draft_kinds(text)


_ARTICLE_FRAGMENT = """<div id="readability-page-1" class="page">
    <div>
        <p>President Ilse Varnakova has admitted that her failure to pass the water bill is the greatest frustration
        of her term. In an interview in Tarnby on Monday, Mrs Varnakova said the Quellmoor Water Authority had
        blocked the plan for three years.</p>
        <p>The authority said it would publish its own figures in March. Critics in the Tarnby Council said the delay
        had cost every household in the valley more than they could afford, and that the minister knew it.</p>
    </div>
</div>
"""


def test_an_article_saved_as_an_html_fragment_is_ingested(tmp_path: Path) -> None:
    # a reader view's or a clipping tool's output has no <html> or <body>: its text is still the article
    page = tmp_path / "clipped.html"
    page.write_text(_ARTICLE_FRAGMENT, encoding="utf-8")
    assert "greatest frustration" in read_document(page).text
    workspace = tmp_path / "ws"
    assert dossier("init", str(workspace)).returncode == 0
    result = dossier("ingest", "--workspace", str(workspace), str(page))
    assert result.returncode == 0, result.stderr
    names = {actor.name for actor in load_workspace(workspace).actors.values()}
    assert {"Ilse Varnakova", "Quellmoor Water Authority"} <= names, names
    assert_valid(workspace)


def test_a_products_name_ending_in_browser_is_no_person() -> None:
    kinds = draft_kinds("If you want privacy, download the Tor Browser and use it for every site you visit in Berlin.")
    assert "Tor Browser" not in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "The government has tried to crack down on hardline Islamist groups in the north of Tarnland.",
        "Marxist parties and Zionist groups marched through Quellmoor on Sunday.",
        "Hardline Islamist groups attacked the town of Tarnby in March.",
        "The Islamists, who won the vote in Tarnby, said they would govern with Salafists.",
    ],
)
def test_a_doctrines_adjective_before_a_noun_is_no_name(text: str) -> None:
    kinds = draft_kinds(text)
    assert not any("Islamist" in name or name in ("Marxist", "Zionist", "Salafists") for name in kinds), kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Communist Party of Tarnland met in Quellmoor on Monday.", "Communist Party of Tarnland"),
        ("The Nationalist People's Coalition won in Tarnby on Sunday.", "Nationalist People's Coalition"),
    ],
)
def test_a_doctrine_a_party_names_itself_by_stays_in_its_name(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.organization


def test_a_doctrines_adjective_opening_a_bodys_name_stays_out_of_it() -> None:
    kinds = draft_kinds("It said the Islamist Quellmoor Brotherhood had won the vote in Tarnby.")
    assert kinds.get("Quellmoor Brotherhood") is ActorKind.organization, kinds


def test_a_family_name_in_ist_before_a_noun_is_still_a_name() -> None:
    assert "Tom Feist" in draft_kinds("In Tarnby, Tom Feist said the council would meet on Monday.")


def test_a_networks_term_in_capitals_is_no_body() -> None:
    kinds = draft_kinds("Readers use the site across all IP enabled devices, the Quellmoor Herald said.")
    assert "IP" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Researchers at Columbia University in New York City, NY, set out to study the moment.", "New York"),
        ("The firm moved its offices from Austin, TX, to Denver last year.", "Texas"),
    ],
)
def test_a_us_states_postal_code_after_its_town_is_the_state(text: str, state: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(state) is ActorKind.place, kinds
    assert not any(len(name) == 2 and name.isupper() for name in kinds), kinds


def test_a_postal_code_after_a_town_the_gazetteer_does_not_place_in_the_us_is_left() -> None:
    assert "Indiana" not in draft_kinds("Sales in Tarnby, IN, fell by a third.")


def test_id_as_a_verb_in_capitals_is_no_body() -> None:
    kinds = draft_kinds("Detectives looked at the footage to see if they can ID the culprit, Leeds police said.")
    assert "ID" not in kinds, kinds


def test_a_listed_firms_name_that_nothing_else_explains_is_a_firm() -> None:
    text = "It is a sale of the Yahoo subsidiary and some related assets to Verizon, and Verizon will run it in Ohio."
    assert draft_kinds(text).get("Verizon") is ActorKind.organization


def test_a_legal_form_ends_a_firms_name_in_a_run_of_capitals() -> None:
    kinds = draft_kinds("The picture in Tarnby is © Provided by Quellmoor Media Inc Tarvolex/Varnak.")
    assert "Quellmoor Media Inc" in kinds, kinds
    assert not any(name.startswith("Quellmoor Media Inc ") for name in kinds), kinds


def test_a_korean_name_written_family_name_first_is_called_by_its_first_word() -> None:
    text = (
        "SEOUL — A plan to impeach President Yoon Suk Yeol failed on Saturday. Earlier, Yoon apologised for his "
        "order, and Yoon said he would leave his future to the party. Opposition leaders met Yoon's aides in Seoul."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Yoon Suk Yeol") is ActorKind.person, kinds
    assert "Yoon" not in kinds, kinds
    # the family name stands first, as in Chinese names of three words ("Lim Kah Seng")
    assert family_name_at("Yoon Suk Yeol", ("yoon", "suk", "yeol")) == 0
    assert family_name_at("Han Duck Soo", ("han", "duck", "soo")) == 0
    assert family_name_at("Anna Maria Holt", ("anna", "maria", "holt")) == 2


def test_a_captions_credit_marked_by_its_schema_property_stays_out_of_the_caption() -> None:
    page = (
        "<html><body><article><p>Water main breaks flooded streets in Tarnby again this winter, officials said, "
        "and crews worked through the night to restore supplies to homes and shops across the city.</p>"
        "<figure><figcaption><span>Workers repairing a water main in Tarnby this month.</span>"
        '<span itemprop="copyrightHolder"><span>Credit</span><span>Ilse Varnakova/The Quellmoor Times</span></span>'
        "</figcaption></figure></article></body></html>"
    )
    from dossier.ingest.html_sections import caption_bodies

    assert caption_bodies(page) == ("Workers repairing a water main in Tarnby this month.",)


@pytest.mark.parametrize(
    "text",
    [
        "Science Writer Ilse Varnakova reported from Cape Canaveral on Monday.",
        "AP Technology Writer Ilse Varnakova contributed to this report from Cape Canaveral.",
    ],
)
def test_a_wires_writer_by_her_beat_is_a_person(text: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get("Ilse Varnakova") is ActorKind.person, kinds
    assert not any("Writer" in name for name in kinds), kinds


def test_a_bylines_name_in_capitals_is_a_person() -> None:
    kinds = draft_kinds("By MARCIA DUNN, The rocket rose from Cape Canaveral on Monday, the space agency said.")
    assert kinds.get("MARCIA DUNN") is ActorKind.person, kinds


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Mr. Warner, the Virginia Democrat, called last year's tax bill the worst piece of legislation.", "Virginia"),
        ("Senator Tom Quellberg, a Texas Republican, said the bill would fail.", "Texas"),
    ],
)
def test_a_party_member_by_the_state_he_sits_for_is_no_person(text: str, state: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(state) is ActorKind.place, kinds
    assert not any(name.endswith(("Democrat", "Republican")) for name in kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "Other business functions in the organization, like HR and finance, can use it in Leeds.",
        "Viewing rose in Leeds across television, gaming, education, OTT, and business content.",
    ],
)
def test_terms_of_business_in_capitals_are_no_bodies(text: str) -> None:
    kinds = draft_kinds(text)
    assert not {"HR", "OTT"} & set(kinds), kinds


def test_a_product_named_with_its_makers_name_is_no_person() -> None:
    text = (
        "The Quellsoft Foundation owns the Quellsoft Corporation in Berlin. In 2004 the group released Quellsoft "
        "Lumen, and Lumen soon won a third of the market. In a statement, Quellsoft said that Lumen would stay free."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Quellsoft Lumen") is ActorKind.other, kinds
    assert kinds.get("Quellsoft") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Officers of the IPS were sent to Delhi on Monday, IPS said.", "IPS"),
        ("It was an operation of the Army of Tarnland (VRS) against the enclaves of eastern Bosnia.", "VRS"),
    ],
)
def test_a_bodys_letters_like_a_short_terms_plural_stay_the_body(text: str, letters: str) -> None:
    assert draft_kinds(text).get(letters) is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Cllr Ann Holt, a Liberal Democrat, said the budget for Tarnby was fair.",
            "Liberal Democrat",
            ActorKind.organization,
        ),
        (
            "On Ukraine, the Kyiv Independent reports that Russia used missiles against Odesa.",
            "Kyiv Independent",
            ActorKind.media,
        ),
    ],
)
def test_a_party_or_a_paper_named_like_a_town_and_a_member_stays_whole(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) is kind
