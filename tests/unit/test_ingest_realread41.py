"""Round realread41: rules found reading everyday English web pages by hand (stock movers and earnings previews, crypto
market news, gadget launches, a PC forum and a help column, celebrity news, health digests, travel guides).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_wires_code_of_a_share_and_its_market_is_no_draft() -> None:
    drafts = draft_kind_names(
        "Tarnwell Holdings Inc. (TWH US) fell 4 percent to $12.10. Quellmark Corp. (QMK US) rose 2 percent after "
        "earnings. Lyon Food Co. (LYON US) declined 10 percent. The Working Party on sanctions (COMET WP) met."
    )
    assert "COMET WP" in drafts  # (a body's letters and a word's in brackets, not an exchange's)
    assert drafts.get("Tarnwell Holdings Inc") == "organization"
    assert drafts.get("Quellmark Corp") == "organization"
    assert not {"TWH US", "QMK US", "LYON US", "United States"} & drafts.keys()


def test_a_ticker_in_brackets_after_a_firm_of_several_words_is_no_draft() -> None:
    drafts = draft_kind_names(
        "Varnby Foods (VBF) will report earnings on Monday. Analysts expect $1.01 per share. Quill Rock Cruises "
        "(QRC/QRU) reports on Tuesday, and Tarnish Home (THM) after the bell. Its shares rose at the Regional "
        "Maritime Centre for Central Africa (CRESMAC) too."
    )
    assert "CRESMAC" in drafts  # (not spelt from the words before it in order: a body's own letters)
    assert drafts.get("Varnby Foods") == "organization"
    assert drafts.get("Tarnish Home") == "organization"
    assert not {"VBF", "QRC", "QRU", "THM"} & drafts.keys()


def test_a_bare_ticker_after_a_firms_name_ends_the_name() -> None:
    drafts = draft_kind_names(
        "Quarterly reports from Tarnwell Systems TWSY, Varnby Wholesale VBW and Quellmark Brothers QMB lead the "
        "week. Analysts expect earnings of $0.32 per share. The EU will tax the shares, analysts at Quellcore ISI "
        "said."
    )
    assert drafts.get("Quellcore ISI") == "organization"  # (one firm with capitals after it, no list of tickers)
    assert drafts.get("EU") == "organization"  # (the article before a body's letters names no firm)
    assert drafts.get("Tarnwell Systems") == "organization"
    assert drafts.get("Varnby Wholesale") == "organization"
    assert drafts.get("Quellmark Brothers") == "organization"
    assert not any(name.endswith(("TWSY", "VBW", "QMB")) for name in drafts)


def test_keys_firmware_and_forum_shorthand_in_capitals_are_terms() -> None:
    drafts = draft_kind_names(
        "Press ESC to skip, then CTRL and ALT. The BIOS froze at NVRAM and the POPUP never came. BTW the AC "
        "adapter works, and Varnix Systems replaced the board."
    )
    assert not {"ESC", "CTRL", "ALT", "BIOS", "NVRAM", "POPUP", "BTW", "AC"} & drafts.keys()
    assert "Varnix Systems" in drafts


def test_a_word_with_a_capital_inside_is_no_town_spelt_as_one_word() -> None:
    drafts = draft_kind_names(
        "Several spot funds have launched. BlackRock, Fidelity, and Ark Invest have all introduced crypto funds, "
        "which brought in billions. The flood hit McAllen last week."
    )
    assert drafts.get("BlackRock") != "place"
    assert drafts.get("McAllen") == "place"


def test_a_shout_in_capitals_holding_a_pronoun_is_no_name() -> None:
    drafts = draft_kind_names('Ilse Varnaby wrote, "CONGRATS YOU TWO!!!!!!" under the wedding photo.')
    assert "CONGRATS YOU TWO" not in drafts
    assert drafts.get("Ilse Varnaby") == "person"


def test_a_label_line_of_ordinary_words_is_no_name() -> None:
    drafts = draft_kind_names(
        "Key Takeaway:\n\nPatients in Tarnby face a higher risk, researchers at the Quellmark Institute said.\n"
        "Tarnby Police:\nWe are looking for a man."
    )
    assert "Key Takeaway" not in drafts
    assert drafts.get("Quellmark Institute") == "organization"
    assert drafts.get("Tarnby Police") == "organization"


def test_coins_codes_and_a_glued_pair_of_currencies_are_terms() -> None:
    drafts = draft_kind_names(
        "BTC OI on Tarnex jumped 8%, and the largest order was on the BTCUSDT pair. XRP and SOL rose too. ETH OI "
        "on the exchanges Quellbit, Varnex and OKQ rose 9%, said Ilse Varnaby, a strategist at Tarnwell Capital."
    )
    assert not {"BTC OI", "ETH OI", "BTCUSDT", "XRP", "SOL"} & drafts.keys()
    # (the coins' codes do not make a page about computing, where rare names are tools: the exchanges stay)
    assert {"Quellbit", "Varnex"} <= drafts.keys()


def test_a_name_the_text_gives_a_currencys_code_is_that_currency() -> None:
    drafts = draft_kind_names(
        "The rally sparked gains in Tarnium (ETH) this week. Tarnium, the second-largest token, rose 7%, "
        "said Ilse Varnaby of Tarnwell Capital."
    )
    assert "Tarnium" not in drafts
    assert drafts.get("Tarnwell Capital") == "organization"


def test_a_word_before_time_after_a_clock_time_is_no_place() -> None:
    drafts = draft_kind_names("The launch starts at 10 a.m. Pacific time/1 p.m. Eastern time in Tarnby.")
    assert "Pacific" not in drafts
    assert drafts.get("Tarnby") == "place"


def test_a_name_ending_in_gardens_is_land() -> None:
    drafts = draft_kind_names("Start the day at the Quellmark Gardens, then walk to the Varnby Gardens for lunch.")
    assert drafts.get("Quellmark Gardens") == "place"
    assert drafts.get("Varnby Gardens") == "place"


def test_an_illness_named_in_the_possessive_is_no_draft_whatever_follows() -> None:
    drafts = draft_kind_names(
        "The study of Quellheimer’s disease showed positive results, Ilse Varnaby of the Tarnby Institute said."
    )
    assert "Quellheimer" not in drafts
    assert drafts.get("Ilse Varnaby") == "person"


def test_a_name_before_a_comma_and_a_lands_based_is_the_town() -> None:
    drafts = draft_kind_names("The Tarnvale, Ohio-based company said it would hire 300 staff.")
    assert drafts.get("Tarnvale") == "place"


def test_a_firms_own_web_address_is_no_second_draft() -> None:
    drafts = draft_kind_names(
        "Phones from Tarnwell Systems come on Tuesday, and Tarnwell will stream the event live on Tarnwell.com, "
        "and Swapzone.com will sell them."
    )
    assert "Tarnwell.com" not in drafts
    assert drafts.get("Tarnwell Systems") == "organization"
    assert drafts.get("Swapzone.com") == "organization"


def test_a_models_code_before_an_adjective_and_its_noun_is_no_draft() -> None:
    drafts = draft_kind_names("The Tarnwell phone gets an upgrade to an A17 bionic chip that will improve its speed.")
    assert "A17" not in drafts
