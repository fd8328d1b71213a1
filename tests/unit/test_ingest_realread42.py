"""Round realread42: rules found reading English news pages by hand (wires' earnings stories, markets' live pages,
crypto and gadget news, UK and Australian live blogs, courts, health). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_ticker_in_brackets_not_spelt_in_order_after_a_frequent_word_is_the_firms() -> None:
    drafts = draft_kind_names(
        "Shares of Quellberry (QBYX), which reports earnings on Thursday, were little changed. Starbucks (SBUX) "
        "was among the companies set to report results this morning. Varnix (VNX) rose 2%. Tarnland Electricity "
        "(EVX) said its shares fell."
    )
    assert drafts.get("EVX") == "organization"  # (a name of several words before its letters: defined, no ticker)
    assert drafts.get("Quellberry") == "organization"
    assert drafts.get("Starbucks") == "organization"  # (a frequent word, named as the firm before its ticker)
    assert not {"QBYX", "SBUX", "VNX"} & drafts.keys()


def test_a_kind_of_car_in_capitals_is_a_term_and_ends_a_model() -> None:
    drafts = draft_kind_names(
        "The pickup will face the Quellmark Rover EV, the Tarnby 1500 EV and two PHEVs from Varnby Motors in a "
        "crowded EV market, analysts at Dorrik Research said."
    )
    assert drafts.get("Varnby Motors") == "organization"
    assert not {"EV", "PHEVs", "Quellmark Rover EV", "Quellmark Rover", "Tarnby"} & drafts.keys()


def test_ordinary_words_shouted_in_capitals_are_no_name() -> None:
    drafts = draft_kind_names(
        'On Tuesday the governor took to his platform to threaten the rebels, calling for "UNCONDITIONAL '
        'VICTORY!" Officials at the WHO said little. He also wrote "PERMANENT PEACE!"'
    )
    assert drafts.get("WHO") == "organization"  # (capitals with no exclamation mark stay a body's letters)
    assert not {"UNCONDITIONAL VICTORY", "PERMANENT PEACE"} & drafts.keys()


def test_capitalised_words_ending_in_bill_name_a_bill() -> None:
    drafts = draft_kind_names(
        "Lawmakers in Quellport debate the historic Harbour Authority Bill today. Parliament passes Varnby "
        "Housing Bill. Former senator Bill Tarnwell voted against it."
    )
    assert drafts.get("Bill Tarnwell") == "person"  # (a given name opening a name stays a person)
    assert not {"Harbour Authority Bill", "Varnby Housing Bill", "Harbour Authority"} & drafts.keys()


def test_a_peoples_adjective_before_a_clock_zone_is_no_state() -> None:
    drafts = draft_kind_names(
        "Council chair apologises, published at 13:57 British Summer Time 19 June 2019. The panel meets again at "
        "9:00 Indian Standard Time, Ilse Varnby said."
    )
    assert drafts.get("Ilse Varnby") == "person"
    assert not {"United Kingdom", "India"} & drafts.keys()


def test_a_limited_partnerships_lp_ends_a_firm_before_and() -> None:
    drafts = draft_kind_names(
        "Quellmark competes against Varnby Capital LP and Tarnwell Corp for financial customers, analysts said."
    )
    assert drafts.get("Varnby Capital LP") == "organization"
    assert drafts.get("Tarnwell Corp") == "organization"
    assert not {"Varnby Capital LP and Tarnwell Corp", "LP"} & drafts.keys()


def test_a_name_between_a_firms_possessive_and_unit_is_its_arm() -> None:
    drafts = draft_kind_names(
        "Quellmark Corp's Ilse Jones unit sold its stake, while Tarnwell Inc's Peter Varn subsidiary bought it."
    )
    assert drafts.get("Ilse Jones") == "organization"
    assert drafts.get("Peter Varn") == "organization"


def test_englands_police_and_crime_panel_is_one_name_and_its_post_no_body() -> None:
    drafts = draft_kind_names(
        "A member of the Tarnshire Police and Crime Panel said he was disappointed. Police and Crime "
        "Commissioners can raise the precept by 14 pounds a year, Ilse Varnby said."
    )
    assert drafts.get("Tarnshire Police and Crime Panel") == "organization"
    assert not {"Crime Panel", "Crime Commissioners", "Tarnshire Police"} & drafts.keys()


def test_an_indian_town_quarter_ending_in_nagar_or_vihar_is_a_place() -> None:
    drafts = draft_kind_names(
        "The air was worst in Tarkpur (257), followed by Ashok Vihar (243) and Nehru Nagar (237), officials "
        "said. Rohan Nagar, a batsman, said he was tired."
    )
    assert drafts.get("Ashok Vihar") == "place"
    assert drafts.get("Nehru Nagar") == "place"
    assert drafts.get("Rohan Nagar") == "person"  # (a given name before "Nagar" still makes a person)


def test_an_outlet_credited_after_its_news_is_media() -> None:
    drafts = draft_kind_names(
        "The Quellphone will be released exclusively to Varnby Mobile on May 14, reports Ars Quanta. The phone "
        "failed to recognise its owner onstage, Tech Lens notes. The deal closed, reports Ilse Varn of Tarnwire."
    )
    assert drafts.get("Ars Quanta") == "media"
    assert drafts.get("Tech Lens") == "media"
    assert drafts.get("Ilse Varn") == "person"  # (a given name after "reports" stays a person)


def test_a_model_marked_by_a_plus_sign_is_no_body_and_its_maker_is() -> None:
    drafts = draft_kind_names(
        "Quellcom launched a flagship phone today when it announced the Quellcom Edge+. The Edge+ will be released "
        "in May. Tarn+Varn, the freight firm, said it would ship them. OPEC+ meets on Sunday. The Quellmus+ "
        "programme funds students."
    )
    assert drafts.get("Quellmus+") == "organization"  # (a programme's name: no maker before it)
    assert drafts.get("OPEC+") == "organization"  # (a body's letters and a plus sign: its allies)
    assert drafts.get("Quellcom") == "organization"
    assert drafts.get("Tarn+Varn") == "organization"  # (a plus sign between two names joins partners)
    assert "Quellcom Edge+" not in drafts


def test_a_name_in_lower_case_inside_a_web_path_is_no_lower_case_use() -> None:
    drafts = draft_kind_names(
        "Varnby Mobile Has Launched A Flagship Phone\n"
        "/img/iea/x1/varnby-has-launched-a-flagship-phone.jpg)\n"
        "Varnby announced on Monday that it would cut 200 jobs, its chief executive said."
    )
    assert drafts.get("Varnby") == "organization"


def test_an_outlets_edition_for_two_lands_joined_by_an_ampersand_is_media() -> None:
    drafts = draft_kind_names("Follow BBC Tarnshire & Quellmoor on Facebook and Instagram for more local news.")
    assert drafts.get("BBC Tarnshire & Quellmoor") == "media"


def test_one_word_after_a_capital_the_inside_a_sentence_is_an_outlet() -> None:
    drafts = draft_kind_names(
        "The truck will face a crowded market, analyst Ilse Varn said in an email to The Verge. Why The Market "
        "Fell On Monday. He moved to The Hague last year."
    )
    assert drafts.get("Verge") == "media"
    assert drafts.get("The Hague") == "place"  # (the gazetteer's place)
    assert "Market" not in drafts  # (a headline in title case capitalises every "The")


def test_a_citys_name_in_lower_case_in_a_pages_labels_is_no_lower_case_use() -> None:
    drafts = draft_kind_names(
        "Will ministers swear by Pune? | pune | The Quell Times\n"
        "pune Updated: Nov 07, 2009 00:44 IST\n"
        "How Pune evolves will depend on the ministers sworn in on Saturday. Many departments are key to "
        "making Pune a better city, said Ilse Varn."
    )
    assert drafts.get("Pune") == "place"


def test_a_known_firms_product_after_the_is_no_body() -> None:
    drafts = draft_kind_names(
        "Apple announced the next generation of the Apple Watch on Tuesday, and he bought the Apple TV box. The "
        "Google Cloud team grew, Ilse Varn said."
    )
    assert drafts.get("Apple") == "organization"
    assert drafts.get("Google Cloud") == "organization"  # (a firm's arm stays a body)
    assert not {"Apple Watch", "Apple TV"} & drafts.keys()


def test_aunty_before_an_elders_name_is_a_title() -> None:
    drafts = draft_kind_names(
        "The MPs joined members of the assembly, including its co-chairs Aunty Ilse Tarnwood and Marcus Varnby. "
        "Tarnwood spoke first."
    )
    assert drafts.get("Ilse Tarnwood") == "person"
    assert "Aunty Ilse Tarnwood" not in drafts
