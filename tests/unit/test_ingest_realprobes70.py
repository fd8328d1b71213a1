"""Round realprobes70 (batch en67): rules found on invented English pages from Africa and the Caribbean."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def test_a_magistrate_or_an_advocate_before_a_name_is_a_title() -> None:
    kinds = draft_kinds("Bail was set by Senior Magistrate Petra Olufemi-Strand in Durban.", language="en")
    assert kinds.get("Petra Olufemi-Strand") == "person"
    kinds = draft_kinds("Spokesperson Advocate Thandeka Mbeki-Varn said the state would appeal.", language="en")
    assert kinds.get("Thandeka Mbeki-Varn") == "person"
    assert not any(name.startswith(("Senior", "Magistrate", "Advocate")) for name in kinds)


def test_police_ranks_written_as_letters_are_no_part_of_the_officers_name() -> None:
    kinds = draft_kinds("The Commissioner of Police, CP Danjuma Okpara Tselle, praised the unit.", language="en")
    assert kinds.get("Danjuma Okpara Tselle") == "person"
    kinds = draft_kinds("The search was led by ASP Rambharat Quiller and Sgt Ola Brandt.", language="en")
    assert kinds.get("Rambharat Quiller") == "person"
    assert "ASP Rambharat Quiller" not in kinds
    assert draft_kinds("SP Holdings said profits rose in Leeds.", language="en").get("SP Holdings") == "organization"


def test_a_sum_written_with_its_currency_letters_is_no_acronym() -> None:
    kinds = draft_kinds(
        "The firm was paid R27 million and bail of R20,000 was set in Polokwane. Auditors traced N3.4bn.",
        language="en",
    )
    assert kinds.get("Polokwane") == "place"
    assert not any(name.startswith(("R27", "R20", "N3")) for name in kinds)


def test_a_private_companys_form_in_brackets_makes_a_firm() -> None:
    kinds = draft_kinds("The tender went to Quellane Civils (Pty) Ltd, which had no staff.", language="en")
    assert kinds.get("Quellane Civils") == "organization"
    assert draft_kinds("The deal went to Varnex (Pvt) Ltd in Lahore.", language="en").get("Varnex") == "organization"


def test_a_police_command_or_force_is_a_civil_body() -> None:
    kinds = draft_kinds("The Tarnvale State Police Command said it arrested five men.", language="en")
    assert kinds.get("Tarnvale State Police Command") == "organization"
    assert draft_kinds("The Quellish Police Force said on Monday.", language="en").get("Quellish Police Force") == (
        "organization"
    )
    assert draft_kinds("The Tarnvale Defence Force said on Monday.", language="en").get("Tarnvale Defence Force") == (
        "armed_force"
    )


def test_a_post_before_its_honoured_holder_stands_for_no_one_of_its_own() -> None:
    kinds = draft_kinds("Minister of Fisheries Hon. Orla Quennell-Briggs said the boats would be ready.", language="en")
    assert kinds.get("Orla Quennell-Briggs") == "person"
    assert not any(name.startswith("Minister") for name in kinds)
    # With no holder named, the post stands for its holder, as before.
    kinds = draft_kinds("The Minister for Defence Industry said the plan was sound.", language="en")
    assert kinds.get("Minister for Defence Industry") == "person"


def test_hon_with_a_full_stop_before_a_name_is_a_members_style() -> None:
    kinds = draft_kinds("The motion was backed by Hon. Kiprono Wafula Odhiambo.", language="en")
    assert kinds.get("Kiprono Wafula Odhiambo") == "person"
    kinds = draft_kinds("The Speaker, Rt. Hon. Namono Tessel Kasule, put the question.", language="en")
    assert kinds.get("Namono Tessel Kasule") == "person"
    kinds = draft_kinds("It was led by Det. Supt. Olu Varnbeck in Leeds.", language="en")
    assert kinds.get("Olu Varnbeck") == "person"


def test_a_seat_alone_in_brackets_after_an_honoured_member_is_a_place() -> None:
    kinds = draft_kinds(
        "Those against were Hon. Wekesa Tarno Barasa (Tessel Central) and Hon. Dr. Amara Quell (Varnley North).",
        language="en",
    )
    assert kinds.get("Tessel Central") == "place"
    assert kinds.get("Varnley North") == "place"
    assert kinds.get("Wekesa Tarno Barasa") == "person"
    # A party's letters or word in the bracket are no seat.
    kinds = draft_kinds("Hon. Namono Tessel Kasule (TDP) and Hon. Ola Brandt (Independent) objected.", language="en")
    assert kinds.get("TDP") != "place"
    assert "Independent" not in kinds


def test_a_double_family_name_ending_like_an_adverb_is_kept_whole() -> None:
    kinds = draft_kinds("Dr. Orla Tarrant-Sealy said the plan was sound.", language="en")
    assert kinds.get("Orla Tarrant-Sealy") == "person"
    assert "Orla Tarrant" not in kinds


def test_a_kenyan_county_assembly_member_is_an_mca_with_a_ward() -> None:
    kinds = draft_kinds("Also against was nominated MCA Hon. Wairimu Tessel Njoroge.", language="en")
    assert kinds.get("Wairimu Tessel Njoroge") == "person"
    assert "MCA" not in kinds
    kinds = draft_kinds("Tarnby West MCA Wairimu Njoroge walked out of the chamber.", language="en")
    assert kinds.get("Tarnby West") == "place"
    assert kinds.get("Wairimu Njoroge") == "person"


def test_a_plural_short_name_after_the_is_no_family_name() -> None:
    kinds = draft_kinds("Tarnby Mariners moved top. The Mariners face Quellford on Sunday.", language="en")
    assert kinds.get("Tarnby Mariners") != "person"
    kinds = draft_kinds(
        "The Calgary Hawks have traded defenceman Ola Brandt to the Quell Kraken, the teams announced on Tuesday. "
        "He played 512 games for Calgary after being drafted by the Hawks in 2013. "
        '"It\'s never easy," Hawks general manager Ilse Varn told reporters.',
        language="en",
    )
    assert kinds.get("Calgary Hawks") == "organization"
    kinds = draft_kinds("Serena Tessaly won. The Tessaly sisters are back.", language="en")
    assert kinds.get("Serena Tessaly") == "person"


def test_words_of_the_game_opening_sentences_mark_a_match_report() -> None:
    text = (
        "Striker Ola Brandt gave Tarnby the lead. Quellford equalised after the break. "
        "Goalkeeper Ilse Varn kept her place. Tarnby now face Iron Valley Warriors, before hosting Quellford Lions."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Iron Valley Warriors") == "organization"
    assert kinds.get("Quellford Lions") == "organization"
    assert kinds.get("Ola Brandt") == "person"


def test_a_police_unit_named_for_its_task_is_a_body() -> None:
    kinds = draft_kinds("Officers of the Anti-Robbery Unit stormed a hideout in Tarnby.", language="en")
    assert kinds.get("Anti-Robbery Unit") == "organization"
    kinds = draft_kinds("Two cars were seized with the help of the Asset Forfeiture Unit.", language="en")
    assert kinds.get("Asset Forfeiture Unit") == "organization"


def test_a_make_and_model_after_a_in_a_list_with_a_plural_verb_is_a_thing() -> None:
    kinds = draft_kinds("Two rifles and a Quellmark Tessar were recovered in Leeds.", language="en")
    assert kinds == {"Leeds": "place"}


def test_a_saints_name_after_a_preposition_of_place_is_a_town_or_parish() -> None:
    kinds = draft_kinds("The fund will build homes in St Quellan, St George and St Lucy next year.", language="en")
    assert kinds.get("St Quellan") == "place"
    assert kinds.get("St George") == "place"
    assert kinds.get("St Lucy") == "place"
    assert "St Jude" not in {k for k, v in draft_kinds("She prayed to St Jude.", language="en").items() if v == "place"}


def test_an_assemblys_clerk_before_a_name_is_the_holders_post() -> None:
    kinds = draft_kinds("County Assembly Clerk Wanjiku Tessel Otieno said the Bill would be sent.", language="en")
    assert kinds.get("Wanjiku Tessel Otieno") == "person"
    assert not any(name.startswith("County Assembly Clerk") for name in kinds)


def test_a_side_scores_through_a_player_not_a_place() -> None:
    text = (
        "Striker Ola Brandt gave Tarnby the lead with a header. Goalkeeper Ilse Varn made a fine save. "
        "Quellford equalised through Tanko Lawal Dambatta five minutes after the break."
    )
    assert draft_kinds(text, language="en").get("Tanko Lawal Dambatta") == "person"


def test_a_saints_town_may_end_with_its_possessive() -> None:
    kinds = draft_kinds("The accord was signed in St Quellan's in 1996.", language="en")
    assert kinds.get("St Quellan's") == "place"
    assert draft_kinds("A fire broke out in St Quellan's church hall.", language="en").get("St Quellan") != "place"


def test_eng_with_a_full_stop_is_an_engineers_title_and_without_one_a_family_name() -> None:
    kinds = draft_kinds("Managing director Eng. Wanjiru Tessel-Oduya said the pipes were laid.", language="en")
    assert kinds == {"Wanjiru Tessel-Oduya": "person"}
    assert draft_kinds("Mr Eng Hock Quan said the shop would close.", language="en").get("Eng Hock Quan") == "person"


def test_a_compass_part_of_a_small_place_after_a_preposition_of_place_is_land() -> None:
    kinds = draft_kinds("Police counted the shootings in West Bedford this year.", language="en")
    assert kinds.get("West Bedford") == "place"


def test_a_maori_family_name_with_te_and_hyphened_halves_is_a_persons() -> None:
    kinds = draft_kinds("Te Marino-Stone said the vote was close.", language="en")
    assert kinds.get("Te Marino-Stone") == "person"


def test_bare_family_names_on_a_line_up_with_named_players_are_players() -> None:
    text = (
        "Goalkeeper Ilse Varnholt kept her place. Defender Ola Quist-Odu returned. Captain Tom Brennick scored.\n"
        "Line-up\n"
        "Varnholt; Quist-Odu, Tessaro, Marrick, Vellum; Brennick (c), Oskelund, Hathor; Dunmarr (Pell 70), Sorvik."
    )
    kinds = draft_kinds(text, language="en")
    for name in ("Tessaro", "Marrick", "Oskelund", "Dunmarr", "Sorvik"):
        assert kinds.get(name) in (None, "person")
    assert kinds.get("Tessaro") == "person"
    assert kinds.get("Sorvik") == "person"


def test_serjeant_the_british_spelling_is_a_rank() -> None:
    assert draft_kinds("The Speaker ordered the Serjeant-at-Arms to remove him.", language="en") == {}
    kinds = draft_kinds("Serjeant Ola Brandt of the Tarnby Regiment was killed.", language="en")
    assert kinds.get("Ola Brandt") == "person"


def test_a_seat_named_for_two_places_before_the_letters_and_a_name_is_one_place() -> None:
    kinds = draft_kinds("Tarnby Central and Quellwick MP Ola Brandt said the strike was fair.", language="en")
    assert kinds.get("Tarnby Central and Quellwick") == "place"
    assert kinds.get("Ola Brandt") == "person"
    kinds = draft_kinds("Ilse Varnhagen and Tarnby MP Ola Brandt said the strike was fair.", language="en")
    assert kinds.get("Ilse Varnhagen") == "person"


def test_the_word_a_municipality_is_named_with_is_the_place_it_serves() -> None:
    kinds = draft_kinds(
        "Former Quellani official charged\nA former manager at the Quellani Local Municipality appeared in court.",
        language="en",
    )
    assert kinds.get("Quellani") == "place"


def test_a_police_rank_in_letters_before_a_name_ending_in_a_known_family_name() -> None:
    kinds = draft_kinds("He was charged by PC Dacosta St Hill on Monday.", language="en")
    assert kinds.get("Dacosta St Hill") == "person"
    assert draft_kinds("Sign up for the PC Gamer Newsletter today.", language="en").get("Gamer Newsletter") is None


def test_a_town_with_a_plural_verb_on_a_match_report_is_its_team() -> None:
    report = "Striker Ola Brandt scored a header. The goalkeeper and the defender were superb. "
    kinds = draft_kinds(report + "He said Middlesbrough are tracking the winger.", language="en")
    assert kinds.get("Middlesbrough") == "organization"
    kinds = draft_kinds(report + "Fans in Middlesbrough were happy.", language="en")
    assert kinds.get("Middlesbrough") == "place"
    assert "Derbies" not in draft_kinds(report + '"Derbies are never pretty," said the manager.', language="en")
