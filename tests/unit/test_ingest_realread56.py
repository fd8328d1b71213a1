"""Round realread56: rules found reading real pages by hand (Indian, Nigerian and US market reports, Kenyan and Irish
crime news, CENTCOM, Gaza, DFAT and EU statements). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_name_whose_share_moves_to_a_price_is_a_listed_firm() -> None:
    drafts = draft_kind_names(
        "Investors stayed upbeat on Tuesday. Quellam Paints chalked up 10.00 per cent to sell for N34.10, Dorian "
        "Hartwell grew by 9.80 per cent to N4.73, and Varnby Lakes jumped by 9.99 per cent to N9.80. Conversely, "
        "Ostrelfoam shrank by 9.96 per cent to N79.10."
    )
    assert drafts.get("Quellam Paints") == "organization"
    assert drafts.get("Dorian Hartwell") == "organization"
    assert drafts.get("Varnby Lakes") == "organization"
    assert drafts.get("Ostrelfoam") == "organization"


def test_a_gainer_listed_with_its_percentage_is_a_listed_firm_but_a_polled_person_stays_a_person() -> None:
    drafts = draft_kind_names(
        "Mumbai: Indian shares ended higher on Friday.\n\nTOP GAINERS\n\nQuellam Steel: 5.86 per cent\n\n"
        "Varnby Finance: 1.25 per cent\n\nTOP LOSERS\n\nQKTL: -0.30 per cent\n\nIn a poll of voters, "
        "Dorian Hartwell led the race.\n\nDorian Hartwell: 45 per cent\n"
    )
    assert drafts.get("Quellam Steel") == "organization"
    assert drafts.get("Varnby Finance") == "organization"
    assert drafts.get("QKTL") == "organization"
    assert drafts.get("Dorian Hartwell") == "person"


def test_an_index_named_in_a_heading_or_by_its_own_word_is_no_draft() -> None:
    drafts = draft_kind_names(
        "Top Movers Today : The Quellex gained 408.86 points, or 0.55, to settle at 73677.13.\n\n"
        "On the other hand, the Quellex traded between 74,151.27 and 73,321.48.\n\n"
        "The Varnifty gained 117.75 points. The Bank Varnifty ended at 47,581.0, with a high of 48,161.25.\n\n"
        "Quellex:\n\n- Top Gainers: Tarnby Mahal Bank (up 2.47%)"
    )
    assert "Quellex" not in drafts
    assert "Bank Varnifty" not in drafts
    assert drafts.get("Tarnby Mahal Bank") == "organization"


def test_an_index_named_like_a_person_or_by_letters_in_brackets_is_no_draft() -> None:
    drafts = draft_kind_names(
        "The Dorian Hale industrial average rose 52.30 points to 15,387.58, and the Quell & Varn's 500 index edged "
        "up 2.87 points. Consequently, the All-Share Index (QSI) increased by 2,746.36 points to 137,912.87 points."
    )
    assert "Dorian Hale" not in drafts
    assert "Quell & Varn" not in drafts
    assert "QSI" not in drafts


def test_a_gainer_named_alone_on_its_list_line_is_drafted_as_a_firm() -> None:
    drafts = draft_kind_names(
        "Mumbai: Indian shares ended higher on Friday.\n\nTOP GAINERS\n\nQuellpro: 1.59 per cent\n\n"
        "Varnalco: 6.33 per cent\n\nTOP LOSERS\n\nOstrelle: -0.51 per cent\n\nKEY FIGURES\n\n"
        "Unemployment: 6.1 per cent\n\nThe market will open on Monday, and Tarnby Flour Mills lost 10.00 per cent "
        "to quote at N93.15, while Quellish Light Crude rose 1.4% to $56.10 a barrel.\n\nBenchmark Varnland "
        "Intermediate rose 1.4% to $56.20 in Tarnby."
    )
    assert drafts.get("Quellpro") == "organization"
    assert drafts.get("Varnalco") == "organization"
    assert drafts.get("Ostrelle") == "organization"
    assert "Unemployment" not in drafts  # a figure's label of everyday words
    assert drafts.get("Quellish Light Crude") != "organization"  # a commodity's price, by its unit
    assert drafts.get("Benchmark Varnland Intermediate") != "organization"  # a crude grade, by its word


def test_an_articles_opening_words_set_in_capitals_are_no_name() -> None:
    drafts = draft_kind_names(
        "GARDAÍ HAVE SAID they have opened an inquiry into a protest outside Quellmore garda station. "
        "The protest ended without incident, a spokesperson said. SAN FRANCISCO POLICE were not involved."
    )
    assert "GARDAÍ HAVE SAID" not in drafts
    assert drafts.get("SAN FRANCISCO POLICE") == "organization"


def test_a_name_in_brackets_after_a_company_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Detectives said the scammers used a company (Quell Varn Minier) to contact the two buyers from Tarnby."
    )
    assert drafts.get("Quell Varn Minier") == "organization"


def test_a_commands_area_of_responsibility_is_no_place() -> None:
    drafts = draft_kind_names(
        "US Central Command said its forces struck two Quellish camps. A jet taxis at a base in the Central "
        "Command area of responsibility. A man from the Pennock area was hurt."
    )
    assert drafts.get("US Central Command") == "armed_force"
    assert "Central Command" not in drafts
    assert drafts.get("Pennock") == "place"


def test_an_index_named_before_the_word_index_gives_its_word_to_a_longer_index() -> None:
    drafts = draft_kind_names(
        "The Varnifty index closed at 21710.8, down by 0.91%. The Bank Varnifty ended at 48159.0, with an intraday "
        "high of 48154.5. Corrado Gini devised a measure, and the Gini index of Tarnby rose. Corrado Gini was born "
        "in Motta."
    )
    assert "Bank Varnifty" not in drafts
    assert drafts.get("Corrado Gini") == "person"
