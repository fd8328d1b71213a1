"""No junk drafts from what real news and tech pages are full of: technical acronyms, another
place's spelling, weak cues of a person, prepositions before things, fragments of runs."""

from __future__ import annotations

import pytest

from dossier.ingest.cues import NOT_PERSON_WORDS, STREET_SUFFIXES, TERM_ACRONYMS
from dossier.ingest.extract import extract
from dossier.model import ActorKind


def _drafts(text: str, language: str = "en") -> dict[str, ActorKind]:
    extraction = extract(text, None, [], set(), "test15j", language=language)
    return {draft.name: draft.kind for draft in extraction.actors}


# -- acronyms that name a thing, not an actor ---------------------------------------------------


@pytest.mark.parametrize("term", sorted(TERM_ACRONYMS))
def test_each_term_acronym_is_no_draft(term: str) -> None:
    drafts = _drafts(f"The Zorvakin Trust said the {term.upper()} problem was fixed on Monday.")
    assert term.upper() not in drafts, drafts
    assert drafts.get("Zorvakin Trust") is ActorKind.organization


def test_plural_acronyms_formats_units_and_shouted_words_are_no_drafts() -> None:
    drafts = _drafts(
        "The service returns JSON over HTTP, and the APIs log every call in UTC. Several NGOs objected. "
        "We ran t-SNE on the data, the RUN step printed OK, and the image took 40 MB."
    )
    assert drafts == {}, drafts


def test_an_acronym_the_text_defines_stays_an_actor() -> None:
    drafts = _drafts("The Zorvakin Data Agency (ZDA) opened an office. Later the ZDA said the leak was real.")
    assert drafts == {"Zorvakin Data Agency": ActorKind.organization}


def test_initials_in_a_list_of_authors_and_a_state_abbreviation_are_no_organisations() -> None:
    drafts = _drafts("The method follows Hinton, G.E. and Tarvel, K.L. closely. She flew to Atlantic City, N.J. then.")
    assert "G.E." not in drafts and "K.L." not in drafts and "N.J." not in drafts, drafts
    assert drafts.get("Atlantic City") is ActorKind.place


# -- the gazetteer: another place's spelling needs strong support ------------------------------


def test_a_common_word_after_a_loose_preposition_is_no_other_place() -> None:
    drafts = _drafts("The team later switched to Rust for the parser.")
    assert drafts.get("Rust") is not ActorKind.place, drafts


def test_another_spelling_of_a_large_city_with_another_initial_is_no_place() -> None:
    # GeoNames lists "Luchow" among the spellings of Hefei; nothing here says it is a place.
    drafts = _drafts("The keynote by Luchow was short, and the hall was full.")
    assert drafts.get("Luchow") is not ActorKind.place, drafts


def test_the_places_own_name_and_its_whole_name_still_count() -> None:
    drafts = _drafts("She grew up in Hoi An, Vietnam, and later moved to Austin.")
    assert drafts.get("Hoi An") is ActorKind.place, drafts


def test_other_language_text_keeps_places_but_not_words_spelled_like_them() -> None:
    text = "Dabei gehe es um Kultur. Der Hang war steil. Wir fahren nach München und dann nach Berlin."
    drafts = _drafts(text, language="de")
    assert "Dabei" not in drafts and "Hang" not in drafts, drafts
    assert drafts.get("München") is ActorKind.place and drafts.get("Berlin") is ActorKind.place


# -- a person needs more than a weak cue ---------------------------------------------------------


@pytest.mark.parametrize("word", sorted(NOT_PERSON_WORDS))
def test_each_place_or_business_word_keeps_a_name_from_being_a_person(word: str) -> None:
    name = f"Quellmoor {word.title()}"
    drafts = _drafts(f"Reporters said {name}, who had opened early, was closed. Quellmoor answered later.")
    assert drafts.get(name) is not ActorKind.person, drafts


def test_common_words_phrases_and_capitals_are_no_persons_on_a_weak_cue() -> None:
    drafts = _drafts(
        "Plot Dragon, who had waited, attacked. Rocket Pass, who knows, may return. "
        "What's New In Python is out; Python ships it. ZXQ Sports, who won, celebrated."
    )
    assert not [name for name, kind in drafts.items() if kind is ActorKind.person], drafts


def test_a_lower_case_adjective_title_and_a_post_after_a_title_make_no_person() -> None:
    drafts = _drafts(
        "Users saw a major Zorvakin outage on Monday. Tova Rask is the hotel's General Manager. "
        "The manager of the bar agreed."
    )
    assert drafts.get("Zorvakin") is not ActorKind.person, drafts
    assert "Manager" not in drafts and drafts.get("Tova Rask") is ActorKind.person


def test_one_word_before_said_is_a_person_only_as_a_surname() -> None:
    drafts = _drafts("Officials met Ilsa Brannock on Monday. Brannock said the talks would go on. Zorvakin said no.")
    assert drafts.get("Ilsa Brannock") is ActorKind.person
    assert drafts.get("Zorvakin") is not ActorKind.person, drafts


def test_a_name_governed_by_for_is_no_person_before_a_comma_and_who() -> None:
    drafts = _drafts("Chi Onwurah, Labour MP for Quellmoor Central, who chairs the group, spoke.")
    assert drafts.get("Chi Onwurah") is ActorKind.person
    assert drafts.get("Quellmoor Central") is not ActorKind.person, drafts


def test_a_hotel_is_a_place() -> None:
    drafts = _drafts("Guests stayed at the Quellmoor Hotel on Monday.")
    assert drafts.get("Quellmoor Hotel") is ActorKind.place, drafts


# -- prepositions before things ----------------------------------------------------------------


def test_a_loose_preposition_or_an_organisations_first_word_makes_no_place() -> None:
    drafts = _drafts(
        "The post spread via Zorvakin and then towards Brannock. Analysts at Quellmoor said prices rose. "
        "The Quellmoor Group publishes data. The Windows port is slow."
    )
    places = [name for name, kind in drafts.items() if kind is ActorKind.place]
    assert places == [], drafts


def test_a_place_after_in_still_counts() -> None:
    assert _drafts("The floods hit farms in Dernhausen on Monday.").get("Dernhausen") is ActorKind.place


# -- fragments of runs --------------------------------------------------------------------------


def test_fragments_of_runs_are_no_names() -> None:
    drafts = _drafts(
        "The notice is on Page A8 of the paper. P.S. As we said, the team met Sarah The Implausible. "
        "Like Zorvakin, the model is strict."
    )
    assert not [name for name in drafts if " " in name or name in ("Page", "Implausible")], drafts


def test_a_citys_own_name_beats_another_citys_other_spelling() -> None:
    # GeoNames also lists "Augusta" among the spellings of Augsburg, a bigger city than Augusta, Georgia.
    extraction = extract("The final was played at Augusta on Sunday.", None, [], set(), "test15j")
    augusta = next(draft for draft in extraction.actors if draft.name == "Augusta")
    assert augusta.kind is ActorKind.place
    assert "Augsburg" not in augusta.aliases and "Augsburg" not in augusta.found_by


def test_an_acronym_in_brackets_defines_nothing_unless_the_words_before_spell_it() -> None:
    drafts = _drafts("Download the report (PDF) today. Astronomers study fast radio bursts (FRBs) and FRBs vary.")
    assert "PDF" not in drafts and "FRBs" not in drafts, drafts


def test_a_tool_written_in_lower_case_elsewhere_is_no_place_after_in() -> None:
    drafts = _drafts("The tests run in Zorvatool on every push. Install it with pip install zorvatool first.")
    assert drafts.get("Zorvatool") is not ActorKind.place, drafts


def test_a_surname_before_a_given_name_in_a_list_of_authors_is_no_place() -> None:
    # GeoNames knows a town called Vilanova; here it is an author's surname.
    drafts = _drafts('See Maaten, Laurens; Vilanova, Anna (2017). "Approximated maps".')
    assert drafts.get("Vilanova") is not ActorKind.place, drafts


def test_an_auxiliary_verb_opening_a_question_is_no_part_of_a_name() -> None:
    drafts = _drafts("Are Quellmoor County schools safe? Parents in Quellmoor County ask.")
    assert "Are Quellmoor County" not in drafts and drafts.get("Quellmoor County") is ActorKind.place, drafts


def test_a_continent_is_found_as_a_region_not_a_city() -> None:
    extraction = extract("Traders from Africa arrived on Monday.", None, [], set(), "test15j")
    africa = next(draft for draft in extraction.actors if draft.name == "Africa")
    assert africa.kind is ActorKind.place and "a region" in africa.found_by and "city" not in africa.found_by


@pytest.mark.parametrize("ending", STREET_SUFFIXES)
def test_each_street_ending_makes_a_place(ending: str) -> None:
    name = f"Zorvakin{ending}" if ending != "allee" else "Maji-Zorvakin-Allee"
    drafts = _drafts(f"The march ended near {name} on Monday, and {name} was closed.")
    assert drafts.get(name) is ActorKind.place, drafts


# -- short forms of given names and a given name alone -------------------------------------------


@pytest.mark.parametrize("short", ["Matt", "Jen", "Clay", "Doug", "Phil", "Hank"])
def test_a_short_form_of_a_given_name_makes_a_person(short: str) -> None:
    name = f"{short} Quellbrand"
    drafts = _drafts(f"The fund hired {name} in March to run the desk.")
    assert drafts.get(name) is ActorKind.person, drafts


def test_a_short_form_of_a_given_name_is_a_given_name() -> None:
    from dossier.ingest.names import SHORT_GIVEN_NAMES, is_given_name

    assert all(is_given_name(short) for short in SHORT_GIVEN_NAMES)
    assert not is_given_name("will") and not is_given_name("al")  # words first, or the Arabic article


def test_a_short_form_keeps_the_junk_guards() -> None:
    drafts = _drafts("Clay Sports, who won, celebrated. Matt Hotel, which opened early, was closed.")
    assert not [name for name, kind in drafts.items() if kind is ActorKind.person], drafts


def test_a_given_name_alone_is_a_person() -> None:
    drafts = _drafts("The report was written with Zorvakin, Fernanda and Quellbrand, Joaquin in Quellmoor Valley.")
    assert drafts.get("Fernanda") is ActorKind.person, drafts
    assert drafts.get("Joaquin") is ActorKind.person, drafts


def test_a_common_word_or_a_place_alone_is_no_person_as_a_given_name() -> None:
    drafts = _drafts(
        "The report was written with Zorvakin, Grace and Quellbrand, Victoria. The staff at ELMAR agreed. "
        "Zorvakin hosted Austin."
    )
    assert not [name for name, kind in drafts.items() if kind is ActorKind.person], drafts


@pytest.mark.parametrize("family", ["Shen", "Xiong", "Tanaka"])
def test_a_romanised_chinese_or_japanese_family_name_makes_a_person(family: str) -> None:
    name = f"Qorwei {family}"
    drafts = _drafts(f"The fund hired {name} in March to run the desk.")
    assert drafts.get(name) is ActorKind.person, drafts


def test_a_romanised_family_name_that_is_an_english_word_is_no_surname() -> None:
    from dossier.ingest.names import is_surname

    assert is_surname("shen") and is_surname("tanaka")
    assert not any(is_surname(word) for word in ("song", "sun", "fan", "he", "an"))


def test_a_given_name_alone_joins_the_full_name_in_the_text() -> None:
    drafts = _drafts("The fund hired Fernanda van der Quellbrand in March. Zorvakin, Fernanda wrote in a note.")
    assert drafts.get("Fernanda van der Quellbrand") is ActorKind.person, drafts
    assert "Fernanda" not in drafts, drafts


# -- lines that are no prose: references, code, headings in capitals ------------------------------


@pytest.mark.parametrize(
    "reference",
    [
        'Quellbrand, T.; Zorvakin, M. (2014). "Sparse Mapping Under Noise". Journal of Odd Results. 7 (2): 11-19.',
        "Tarvel, Ilse; Brannock, Ada (2019-03-02). Gentle Graph Layouts. pp. 40-52. doi:10.1000/xyz.",
        '- ^ Vantrow, K. et al. (Nov 2011). "Robust Hashing Revisited" (PDF). Retrieved 3 May 2012.',
    ],
)
def test_a_line_of_references_gives_no_drafts(reference: str) -> None:
    drafts = _drafts(f"Officials at the Zorvakin Trust said the method works.\nReferences\n{reference}\n")
    assert drafts == {"Zorvakin Trust": ActorKind.organization}, drafts


@pytest.mark.parametrize(
    "code",
    [
        "FROM quellbase:2.1\nWORKDIR /srv/zorv\nCOPY ./deps.txt ./deps.txt\nRUN zorv fetch -r deps.txt",
        "from zorvakin.core.widgets import QuellPanelTestCase\nclass BrannockTests(QuellPanelTestCase):",
        "$ zorv create --name $ENV_NAME\n$ zorv activate $ENV_NAME",
        "    result = TarvelWait(self.browser, 5).until(\n    total = int(result.text)",
    ],
)
def test_lines_of_code_give_no_drafts(code: str) -> None:
    drafts = _drafts(f"The Zorvakin Trust published a guide.\n{code}\nThat is all it takes.")
    assert drafts == {"Zorvakin Trust": ActorKind.organization}, drafts


def test_a_heading_in_capitals_gives_no_drafts() -> None:
    drafts = _drafts("LONG NIGHT FOR ‘QUELLMOORIAN’\nThe Zorvakin Trust said the vote was close.")
    assert drafts == {"Zorvakin Trust": ActorKind.organization}, drafts


def test_a_sentence_with_a_year_in_brackets_is_still_prose() -> None:
    drafts = _drafts("Ilsa Brannock (2019) said the Zorvakin Trust had moved to Quellmoor Valley.")
    assert drafts.get("Ilsa Brannock") is ActorKind.person, drafts
    assert drafts.get("Zorvakin Trust") is ActorKind.organization, drafts


# -- a page with code on it: tools and commands are no actors --------------------------------------

_TECHNICAL_PAGE = (
    "Packaging with Zorvbuild\n"
    "We moved the parser from Quellscript to Zorvlang last year, and the tests now run in Tarvelbox.\n"
    "The ZRVM backend and QuellBase images keep it small; the Zorvbuild base image is fine.\n"
    "$ zorvbuild init\n$ zorvbuild add --dev tarvel\nRUN zorvbuild install -r deps.txt\n"
    "Ilsa Brannock, who maintains the Zorvakin Foundation's mirror, said the move took a week.\n"
)


def test_on_a_page_with_code_tools_commands_and_products_are_no_drafts() -> None:
    drafts = _drafts(_TECHNICAL_PAGE)
    assert drafts == {"Ilsa Brannock": ActorKind.person, "Zorvakin Foundation": ActorKind.organization}, drafts


def test_the_same_words_in_prose_without_code_still_give_a_place() -> None:
    drafts = _drafts("Floods hit farms in Tarvelbox on Monday, and families from Quellscript fled.")
    assert drafts.get("Tarvelbox") is ActorKind.place and drafts.get("Quellscript") is ActorKind.place, drafts


@pytest.mark.parametrize(
    ("word", "camel"),
    [
        ("WebWaitTimer", True),
        ("PyZorvak", True),
        ("CQuell", True),
        ("ZorvHub", True),
        ("McTarvel", False),
        ("DeQuellis", False),
        ("MacBrannock", False),
        ("NATO", False),
        ("NGOs", False),
        ("Zorvakin", False),
    ],
)
def test_camel_case_is_told_from_names_with_a_prefix(word: str, camel: bool) -> None:
    from dossier.ingest.page_noise import is_camel_case

    assert is_camel_case(word) is camel


def test_camel_case_words_on_a_technical_page_are_no_drafts() -> None:
    text = (
        "The ZorvHub, QuellScript, TarvelDB, BrannockJS, PyQuell and VantrowKit projects all ship "
        "plugins. Maintainers of ZorvHub met in Quellmoor Valley."
    )
    drafts = _drafts(text)
    assert not [name for name in drafts if name != "Quellmoor Valley"], drafts


# -- acronyms, runs and names that are no actors ---------------------------------------------------


@pytest.mark.parametrize(
    "defined",
    ["slow magnetic pulse (SMP)", "deep quell network (DQN)", "zorvakin tarvel index (ZTI)"],
)
def test_an_acronym_spelled_out_in_lower_case_is_a_term(defined: str) -> None:
    acronym = defined[defined.index("(") + 1 : -1]
    drafts = _drafts(f"Astronomers found a {defined} near the core. Each {acronym} lasts a second, said Ilsa Brannock.")
    assert acronym not in drafts, drafts
    assert drafts.get("Ilsa Brannock") is ActorKind.person, drafts


def test_the_alone_after_a_name_joins_nothing() -> None:
    drafts = _drafts("Across the Quellmoor Valley the Zorvakin grape grows on steep slopes.")
    assert drafts.get("Quellmoor Valley") is ActorKind.place, drafts
    assert not [name for name in drafts if " the " in name], drafts


@pytest.mark.parametrize("name", ["Zorvel Belt Zorvel", "Tarvel Tarvel", "Quell Fest Quell"])
def test_a_name_that_repeats_a_word_is_no_person(name: str) -> None:
    drafts = _drafts(f"The talks at {name}, who hosted them, were long. Later Zorvel and Tarvel and Quell spoke.")
    assert drafts.get(name) is not ActorKind.person, drafts


@pytest.mark.parametrize(
    "sentence",
    [
        "The drama “The Splendid Mrs Quellbrand” won the prize.",
        "“Mrs Quellbrand” actress Tova Rask thanked the crew.",
        "Fans of “Doctor Zorvakin” queued all night.",
    ],
)
def test_a_works_title_in_quotes_is_no_person(sentence: str) -> None:
    drafts = _drafts(sentence)
    assert not [name for name, kind in drafts.items() if kind is ActorKind.person and "Rask" not in name], drafts


@pytest.mark.parametrize("phrase", ["Silver Lining", "Open Letter", "Final Answer", "Happy Hour", "Dark Matter"])
def test_capitalised_common_words_with_no_cue_are_no_name(phrase: str) -> None:
    drafts = _drafts(f"The Zorvakin Trust calls it the {phrase} of the season, and Ilsa Brannock agrees.")
    assert phrase not in drafts, drafts
    assert drafts.get("Zorvakin Trust") is ActorKind.organization


def test_a_name_of_common_words_with_an_acronym_in_it_stays() -> None:
    drafts = _drafts("Inspectors from ZORVA World Heritage visited the ruins.")
    assert "ZORVA World Heritage" in drafts, drafts


@pytest.mark.parametrize("verb", ["Added", "Updated", "Fixed", "Dropped"])
def test_a_past_tense_opening_a_sentence_is_no_part_of_a_name(verb: str) -> None:
    drafts = _drafts(f"The notes changed on Monday. {verb} Zorvakin support and a table.")
    assert f"{verb} Zorvakin" not in drafts, drafts


def test_a_name_whose_cue_is_in_the_run_keeps_its_first_word_at_a_sentence_start() -> None:
    drafts = _drafts("United Nations envoys arrived. Armed Forces of Quellmoria left the town.")
    assert "United Nations" in drafts or any("United Nations" in name for name in drafts), drafts


@pytest.mark.parametrize("gerund", ["Using", "Making", "Getting"])
def test_a_common_gerund_ends_no_name(gerund: str) -> None:
    drafts = _drafts(f"- Zorvakin Tarvel {gerund} t-SNE, a talk by the Quellmoor Trust")
    assert not [name for name in drafts if gerund in name], drafts


@pytest.mark.parametrize("model", ["XQ", "XQ Max", "Pro Zorv"])
def test_a_model_after_a_brand_in_lower_case_first_is_no_actor(model: str) -> None:
    drafts = _drafts(f"It only works on the zPhone {model} for now, the Zorvakin Trust said.")
    assert model not in drafts, drafts


def test_a_rare_family_name_before_an_outlet_word_is_a_person() -> None:
    drafts = _drafts("I am standing on the shoulders of my favourite actor - Heath Tribune, she said.")
    assert drafts.get("Heath Tribune") is ActorKind.person, drafts


@pytest.mark.parametrize("outlet", ["Quellmoor Herald", "O’Brannock Media", "Zorvakin News"])
def test_an_outlet_stays_an_outlet(outlet: str) -> None:
    drafts = _drafts(f"The story ran in the {outlet} on Monday.")
    assert drafts.get(outlet) is ActorKind.media, drafts


@pytest.mark.parametrize("post", ["Group President", "Bank Director", "Company Secretary"])
def test_a_post_in_a_body_is_no_organisation(post: str) -> None:
    drafts = _drafts(f'"We grow," said Ilsa Brannock, {post}, Asia, Zorvakin Hotels Corporation.')
    assert post not in drafts, drafts
    assert drafts.get("Ilsa Brannock") is ActorKind.person, drafts


@pytest.mark.parametrize("plural", ["Presentations", "Workshops", "Millionaires", "Discussions"])
def test_the_plural_of_a_common_word_alone_is_no_name(plural: str) -> None:
    drafts = _drafts(f"The agenda of the Zorvakin Trust:\n- Small groups (30 mins)\n- {plural} (15 mins)\n")
    assert plural not in drafts, drafts


@pytest.mark.parametrize("adjective", ["Quellmorian", "Zorvakean", "Tarvelesque"])
def test_an_adjective_from_a_name_before_a_noun_is_no_name(adjective: str) -> None:
    drafts = _drafts(f"The method uses the {adjective} distance between points, as the Zorvakin Trust advises.")
    assert adjective not in drafts, drafts


@pytest.mark.parametrize(
    "body",
    ["Quellmoor Oceanic and Atmospheric Administration", "University and College Union", "Teachers and Nurses Council"],
)
def test_words_joined_by_and_before_an_organisation_word_are_one_body(body: str) -> None:
    drafts = _drafts(f"A report by the {body} says wages fell.")
    assert drafts.get(body) is ActorKind.organization, drafts


def test_two_names_joined_by_and_stay_two() -> None:
    drafts = _drafts(
        "Talks between Ilsa Brannock and Zorvakin Group went well. The Tarvel Group and Quell Bank merged."
    )
    assert drafts.get("Ilsa Brannock") is ActorKind.person and drafts.get("Zorvakin Group") is ActorKind.organization
    assert "Tarvel Group and Quell Bank" not in drafts, drafts


@pytest.mark.parametrize("state", ["Tenn", "Fla", "Calif", "Wisc"])
def test_a_states_abbreviation_after_a_place_is_no_draft(state: str) -> None:
    drafts = _drafts(f"Properties include hotels in Quellmoor Falls, {state}. and in Zorvakin Springs.")
    assert state not in drafts, drafts


def test_the_plural_of_a_common_word_after_in_is_no_place() -> None:
    drafts = _drafts("A paper published in Frontiers in Zorvakin Studies journal suggests otherwise.")
    assert drafts.get("Frontiers") is not ActorKind.place, drafts


@pytest.mark.parametrize("word", ["ZorvKit", "QuellCamps", "TarvelDB"])
def test_a_camel_case_word_with_no_cue_is_no_draft(word: str) -> None:
    drafts = _drafts(f"Update: added {word} notes. Fans of {word} gathered in Quellmoor Valley.")
    assert word not in drafts, drafts


def test_a_camel_case_speaker_is_a_company() -> None:
    drafts = _drafts("In a post the firm ZorvHub said the outage was over. Ilsa Brannock said so too.")
    assert drafts.get("ZorvHub") is ActorKind.organization, drafts


@pytest.mark.parametrize("scale", ["Celsius", "Fahrenheit", "Quellvin"])
def test_a_scale_after_degrees_is_no_draft(scale: str) -> None:
    drafts = _drafts(f"Temperatures may rise more than 2 degrees {scale} above the mean, said the Zorvakin Trust.")
    assert scale not in drafts, drafts


# -- finance and crime pages -------------------------------------------------------------------


@pytest.mark.parametrize("title", ["CEO", "CFO", "Detective Inspector", "Sheriff", "Chief Superintendent"])
def test_an_executives_or_police_title_makes_a_person(title: str) -> None:
    drafts = _drafts(f"On Friday {title} Ilsa Quellbrand said the inquiry would go on.")
    assert drafts.get("Ilsa Quellbrand") is ActorKind.person, drafts
    assert not [name for name in drafts if title in name], drafts


@pytest.mark.parametrize("term", ["EPS", "GDP", "IPO", "ETF", "EBITDA", "YoY", "Q3", "H1", "FY24"])
def test_finance_terms_and_parts_of_a_year_are_no_drafts(term: str) -> None:
    drafts = _drafts(f"The Zorvakin Group said its {term} figure beat estimates, and {term} rose again.")
    assert term not in drafts, drafts
    assert drafts.get("Zorvakin Group") is ActorKind.organization


@pytest.mark.parametrize("worker", ["analysts at", "an economist at", "a portfolio manager at", "engineers at"])
def test_people_who_work_at_a_name_make_it_a_body_not_a_place(worker: str) -> None:
    drafts = _drafts(f"Prices will rise, said {worker} Quellbrand Tarvel on Monday.")
    assert drafts.get("Quellbrand Tarvel") is ActorKind.organization, drafts


@pytest.mark.parametrize("index", ["Zorvakin Composite", "Quellmoor Peace Index", "Tarvel Industrial Average"])
def test_a_market_index_or_a_measure_is_no_actor(index: str) -> None:
    drafts = _drafts(f"The {index} closed lower on Tuesday.")
    assert index not in drafts, drafts


def test_a_federal_reserve_is_a_body() -> None:
    drafts = _drafts("Markets expect the Federal Reserve to hold rates, while the Quellmoor Nature Reserve reopens.")
    assert drafts.get("Federal Reserve") is ActorKind.organization, drafts
    assert drafts.get("Quellmoor Nature Reserve") is ActorKind.place, drafts


def test_a_brand_in_camel_case_is_no_part_of_a_persons_name() -> None:
    drafts = _drafts("Analysts from Quellbrand Tarvel and ZorvBank Chase cut their targets.")
    assert drafts.get("ZorvBank Chase") is not ActorKind.person, drafts


@pytest.mark.parametrize("title", ["Speaker", "Rep.", "Gov.", "Det Supt", "Councillor", "Rabbi", "Treasurer"])
def test_more_titles_make_a_person(title: str) -> None:
    drafts = _drafts(f"The vote passed after {title} Ilsa Quellbrand spoke for an hour.")
    assert drafts.get("Ilsa Quellbrand") is ActorKind.person, drafts


@pytest.mark.parametrize("surname", ["Sen", "Fa", "Li", "Wu"])
def test_a_short_surname_alone_joins_the_persons_full_name(surname: str) -> None:
    drafts = _drafts(f"The economist Tovan {surname} wrote a book. “It was hard,” {surname} said.")
    assert drafts == {f"Tovan {surname}": ActorKind.person}, drafts


@pytest.mark.parametrize(
    "body",
    ["Quellmoor Speaker Training Working Group", "Zorvakin Minister Liaison Council", "Tarvel Judge Forum Board"],
)
def test_a_title_word_inside_a_bodys_name_keeps_the_body_whole(body: str) -> None:
    drafts = _drafts(f"Members of the {body} met on Monday.")
    assert drafts.get(body) is ActorKind.organization, drafts


@pytest.mark.parametrize("gerund", ["Visualizing", "Exploring", "Getting"])
def test_a_gerund_opening_a_list_item_is_no_part_of_a_name(gerund: str) -> None:
    drafts = _drafts(f"External links\n- {gerund} Zorvakin Quell, a talk about maps\n- Another talk")
    assert not [name for name in drafts if gerund in name], drafts


def test_a_title_in_quotes_before_a_journal_and_retrieved_is_a_reference() -> None:
    drafts = _drafts('- ^ "Sparse maps of the Quellmoor kind". Zorvakin Validated. Retrieved 2018-04-16.')
    assert drafts == {}, drafts


@pytest.mark.parametrize("head", ["Observatory", "Laboratory"])
def test_a_research_body_is_an_organisation(head: str) -> None:
    drafts = _drafts(f"Astronomers at the Quellmoor {head} found the signal.")
    assert drafts.get(f"Quellmoor {head}") is ActorKind.organization, drafts


def test_the_last_words_of_a_persons_name_join_the_person() -> None:
    drafts = _drafts("The creator Tova Quell-Brannock won. “It was a dream,” Quell-Brannock said.")
    assert drafts == {"Tova Quell-Brannock": ActorKind.person}, drafts


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Senate Majority Leader Ilse Tremmin said the vote would wait.", "Ilse Tremmin"),
        ("Council Deputy Chair Ada Brannock objected.", "Ada Brannock"),
        ("House Minority Whip Tova Quell spoke last.", "Tova Quell"),
    ],
)
def test_the_words_of_a_title_after_a_bodys_name_are_no_part_of_the_body(sentence: str, person: str) -> None:
    drafts = _drafts(sentence)
    assert drafts.get(person) is ActorKind.person, drafts
    assert not [name for name, kind in drafts.items() if kind is ActorKind.organization and " " in name], drafts


def test_a_body_joined_by_of_before_a_title_stays_whole() -> None:
    drafts = _drafts("Ministry of Defence spokesman Ilse Tremmin agreed.")
    assert drafts.get("Ministry of Defence") is ActorKind.organization, drafts


def test_a_district_attorney_is_a_title_not_a_district() -> None:
    drafts = _drafts("Quellmoor County District Attorney Ilse Tremmin charged him. Quellmoor County agreed.")
    assert drafts.get("Ilse Tremmin") is ActorKind.person, drafts
    assert "Quellmoor County District" not in drafts, drafts


def test_the_employer_after_a_persons_title_is_no_person() -> None:
    drafts = _drafts('"Welcome," said Ilse Tremmin, General Manager, Quell Nghi Zorvak. Guests agreed.')
    assert drafts.get("Ilse Tremmin") is ActorKind.person, drafts
    assert drafts.get("Quell Nghi Zorvak") is not ActorKind.person, drafts


@pytest.mark.parametrize(
    "title", ["Postcolonial Quellmoor in the City", "Zorvakin Memories of the Sea", "Tarvel Nights and Days"]
)
def test_a_title_case_quotation_is_a_works_name(title: str) -> None:
    drafts = _drafts(f'The city is launching a project named "{title}" to reframe its past.')
    assert not drafts, drafts


def test_speech_in_quotes_still_gives_names() -> None:
    drafts = _drafts('"Ilse Tremmin has left the country," the spokesman said.')
    assert drafts.get("Ilse Tremmin") is ActorKind.person, drafts


def test_a_given_names_possessive_after_of_is_no_part_of_a_body() -> None:
    drafts = _drafts("A photo in the Quellmoor Times of Malcolm’s grandfather shows the club.")
    assert drafts.get("Quellmoor Times") is ActorKind.media, drafts


@pytest.mark.parametrize("event", ["Quellmoor Film Awards", "Zorvakin Cup", "Tarvel Jazz Festival", "Quell Prize"])
def test_an_event_is_no_actor(event: str) -> None:
    drafts = _drafts(f"She won at the {event} on Sunday.")
    assert event not in drafts, drafts


def test_a_camel_case_product_of_several_words_is_no_draft() -> None:
    drafts = _drafts("The update adds QuellTime Attention Correction to the phone.")
    assert not drafts, drafts


def test_a_possessive_before_a_capitalised_word_is_a_works_title_not_a_place() -> None:
    drafts = _drafts("She adapted the comic from my story Anda's Game last year.")
    assert drafts.get("Anda") is not ActorKind.place, drafts


@pytest.mark.parametrize("head", ["Principles", "Guidelines"])
def test_a_body_named_in_a_documents_name_is_the_body(head: str) -> None:
    drafts = _drafts(f"Our Standards: The Quellmoor Trust {head}.")
    assert drafts == {"Quellmoor Trust": ActorKind.organization}, drafts


@pytest.mark.parametrize("title", ["Zorvak Be Good", "Quellmoor Is Blind", "Tarvel Was Here"])
def test_a_verb_inside_a_capitalised_run_names_a_work(title: str) -> None:
    drafts = _drafts(f"Her debut novel {title} sold well.")
    assert title not in drafts, drafts


@pytest.mark.parametrize("phrase", ["the Quellvy distribution", "an Zorvane hitbox", "the Tarvelake chips"])
def test_a_name_between_an_article_and_a_noun_names_a_thing(phrase: str) -> None:
    word = phrase.split()[1]
    drafts = _drafts(f"The model uses {phrase} for its tails, the Quellmoor Trust said.")
    assert word not in drafts, drafts


def test_a_name_before_a_verb_without_an_article_stays() -> None:
    drafts = _drafts("The attacks in Quellmoor Falls, Sarvin and Tarvelenes demonstrate the cruelty of the regime.")
    assert "Tarvelenes" in drafts, drafts


@pytest.mark.parametrize(("given", "kind"), [("Joaquin", ActorKind.place), ("Michael", ActorKind.state)])
def test_a_known_places_name_after_a_given_name_is_a_surname(given: str, kind: ActorKind) -> None:
    from dossier.model import Actor

    known = [Actor(id="quellport", name="Quellport", kind=kind)]
    extraction = extract(
        f"The winners were {given} Quellport and Tova Rask. Flights to Quellport resumed.", None, known, set(), "t"
    )
    drafts = {draft.name: draft.kind for draft in extraction.actors}
    linked = [m.text for m in extraction.known_mentions]
    assert drafts.get(f"{given} Quellport") is ActorKind.person, drafts
    assert linked == ["Quellport"], linked


@pytest.mark.parametrize("plural", ["Actors", "Senators", "Economists"])
def test_a_plural_title_opening_a_run_is_no_part_of_the_name(plural: str) -> None:
    drafts = _drafts(f"{plural} Ilse Tremmin and Tova Rask spoke on Monday.")
    assert drafts.get("Ilse Tremmin") is ActorKind.person, drafts


@pytest.mark.parametrize("letters", ["QC", "KC", "MP", "OBE", "PhD"])
def test_letters_after_a_name_are_no_part_of_it(letters: str) -> None:
    drafts = _drafts(f"The hearing heard Ilse Tremmin {letters} on Monday.")
    assert drafts.get("Ilse Tremmin") is ActorKind.person, drafts


@pytest.mark.parametrize("term", ["CCTV", "DNA", "ATM", "COVID", "VAT"])
def test_everyday_acronyms_are_no_drafts(term: str) -> None:
    drafts = _drafts(f"Police said {term} evidence from the Zorvakin Trust helped.")
    assert term not in drafts, drafts


@pytest.mark.parametrize(("brand", "word"), [("General Quellmotors", "Motors"), ("Premier Inn", "Inn")])
def test_a_title_word_before_a_common_word_is_no_person(brand: str, word: str) -> None:
    drafts = _drafts(f"He stayed at a {brand.split()[0]} {word} near the station, the Zorvakin Trust said.")
    assert drafts.get(f"{brand.split()[0]} {word}") is not ActorKind.person, drafts
    assert word not in drafts or drafts[word] is not ActorKind.person, drafts


@pytest.mark.parametrize("title", ["President", "Chancellor", "Colonel"])
def test_a_political_or_military_title_before_a_common_word_is_still_a_person(title: str) -> None:
    drafts = _drafts(f"Later {title} Trump spoke to reporters.")
    assert drafts.get("Trump") is ActorKind.person, drafts


@pytest.mark.parametrize("given", ["Jordan", "Chad"])
def test_a_states_name_that_is_a_given_name_before_a_surname_makes_a_person(given: str) -> None:
    drafts = _drafts(f"Police charged {given} Hayes, 19, on Friday. Troops left {given} in May.")
    assert drafts.get(f"{given} Hayes") is ActorKind.person, drafts


@pytest.mark.parametrize("name", ["Tsai Quing-wen", "Moon Jae-in", "Park Sung-ho"])
def test_a_given_name_of_two_syllables_joined_by_a_hyphen_stays_whole(name: str) -> None:
    drafts = _drafts(f"Officials met President {name} in the capital on Monday.")
    assert drafts.get(name) is ActorKind.person, drafts


def test_a_lower_case_word_after_a_hyphen_of_a_long_word_is_no_syllable() -> None:
    drafts = _drafts("The Quellmoorian-backed militia of Zorvakin Tarvel-based fighters left.")
    assert not [name for name in drafts if "-backed" in name or "-based" in name], drafts


def test_names_listed_with_persons_are_persons() -> None:
    drafts = _drafts("The cast includes Tovan De Quell, Al Brannick, and Joe Tarvesci.")
    assert drafts == {name: ActorKind.person for name in ("Tovan De Quell", "Al Brannick", "Joe Tarvesci")}, drafts


@pytest.mark.parametrize(
    "text",
    [
        "Strikes hit Al Quellawl, Ilse Tremmin said.",
        "Fans of Jennifer Tarvel and Golden Globes cheered.",
        "Sanctions hit Russia, Quell Tarvo and Ilse Brannock.",
    ],
)
def test_a_name_beside_a_person_outside_a_list_of_persons_keeps_its_kind(text: str) -> None:
    drafts = _drafts(text)
    assert [name for name, kind in drafts.items() if kind is ActorKind.person] in (
        ["Ilse Tremmin"],
        ["Jennifer Tarvel"],
        ["Ilse Brannock"],
    ), drafts


@pytest.mark.parametrize("word", ["Nashvillian", "Londoners", "Berliner"])
def test_a_word_for_people_from_a_city_is_no_actor(word: str) -> None:
    drafts = _drafts(f"Fellow {word} Ilse Brannock agreed, and a {word} cheered.")
    assert drafts == {"Ilse Brannock": ActorKind.person}, drafts


@pytest.mark.parametrize("people", ["New Yorkers", "Hongkongers", "Rhode Islanders", "Floridians"])
def test_a_word_for_people_from_a_city_or_region_of_two_words_is_no_actor(people: str) -> None:
    drafts = _drafts(f"Both the accused and the victim were {people}, the court heard from Ilse Brannock.")
    assert drafts == {"Ilse Brannock": ActorKind.person}, drafts


def test_the_singular_of_a_two_word_peoples_word_after_the_is_a_name() -> None:
    assert "New Yorker" in _drafts("The New Yorker published the essay in March.")


@pytest.mark.parametrize("opener", ["Fellow", "Several", "Local"])
def test_a_common_word_opening_a_sentence_before_one_word_is_no_name(opener: str) -> None:
    drafts = _drafts(f"The fans cheered. {opener} Quellmoorians agreed.")
    assert f"{opener} Quellmoorians" not in drafts, drafts


def test_a_coach_is_a_title_and_co_names_a_company() -> None:
    drafts = _drafts("Coach Ilse Tremmin praised the team. Shares of Tarvel Quellney Co. rose.")
    assert drafts.get("Ilse Tremmin") is ActorKind.person, drafts
    assert drafts.get("Tarvel Quellney Co") is ActorKind.organization, drafts


def test_two_common_words_opening_a_sentence_may_still_be_a_name() -> None:
    drafts = _drafts("Red Quellcross workers arrived. Golden Tarvel said no.")
    assert "Red Quellcross" in drafts or "Golden Tarvel" in drafts, drafts
