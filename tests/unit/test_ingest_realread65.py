"""realread65 read conflict and security reporting of the kinds re3d's held-back subsets hold: U.S. Central Command
statements (several a page, each under a dated heading), statements of the EU's High Representative and delegations,
Australian foreign-ministry transcripts and media releases (speakers' labels such as "Penny Wong, Foreign Minister:"),
BBC reports and live pages on Yemen and Mosul, and encyclopaedia pages on armed groups and defence ministers. The
tests below use invented sentences and invented names in those shapes."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kind_names, spelling_kinds


def test_a_transcript_whose_second_speaker_has_a_post_after_the_name_reads_both_speakers():
    text = (
        "ODILE MARCHETTI: Thank you for joining us this morning.\n\n"
        "TOMAS REYNE, TRADE MINISTER: It is good to be here.\n\n"
        "MARCHETTI: Let us begin with the harbour talks.\n"
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Odile Marchetti") == "person"
    assert drafts.get("Tomas Reyne") == "person"


def test_a_speaker_named_before_her_part_in_a_broadcast_is_a_person_whatever_her_last_word():
    text = (
        "Interview on morning radio\n\n"
        "Ilse Hollow Lane, Host: Good morning. Thanks for joining us.\n\n"
        "Tom Quell, Foreign Minister: Good to be with you.\n"
    )
    assert draft_kind_names(text).get("Ilse Hollow Lane") == "person"


def test_a_post_after_its_holder_in_a_speaker_label_is_her_spelling_not_a_second_person():
    text = (
        "Tova Brannick, Foreign Minister: Can I first thank the families for their patience.\n\n"
        "Journalist: What about the embassy?\n\n"
        "Foreign Minister: We have closed it for now.\n"
    )
    assert "Foreign Minister" not in draft_kind_names(text)
    assert spelling_kinds(text).get("Foreign Minister") == ActorKind.person
    assert draft_kind_names(text).get("Tova Brannick") == "person"


def test_a_place_heading_a_line_before_a_colon_is_no_speaker():
    text = "Regional capitals\n\nPort Varn, Capital Territory: a city of ports and ferries.\n"
    assert draft_kind_names(text).get("Port Varn") != "person"


def test_a_given_name_then_the_family_name_in_capitals_is_a_person():
    text = "Tarja VARNO, the Commissioner for Fisheries, condemned the attack in the harbour.\n"
    assert draft_kind_names(text).get("Tarja VARNO") == "person"


def test_a_states_name_before_a_bodys_letters_is_no_person():
    drafts = draft_kind_names("Jordan NATO talks went on all week in the capital.\n")
    assert not [name for name, kind in drafts.items() if kind == "person"]


def test_a_release_titled_by_its_issuer_and_statement_names_the_issuer():
    text = "Dec. 4, 2025\n\nNAVCOM Statement on the attack on the tanker\n\nThe tanker was hit at dawn.\n"
    drafts = draft_kind_names(text)
    assert "NAVCOM" in drafts
    assert "NAVCOM Statement" not in drafts


def test_one_ordinary_word_before_statement_is_left_as_it_was():
    text = "The Joint Statement was signed by both delegations in the evening.\n"
    assert "Joint" not in draft_kind_names(text)


def test_a_time_zone_in_brackets_after_a_date_is_no_body():
    text = "On the afternoon of March 20 (AST), a sailor aboard the destroyer was reported missing.\n"
    assert "AST" not in draft_kind_names(text)


def test_a_name_after_president_elect_is_a_person():
    text = "Last week, an asset was charged with plotting against President-elect Varnow.\n"
    assert draft_kind_names(text).get("Varnow") == "person"


def test_a_word_cut_off_by_the_end_of_a_stored_excerpt_is_no_place():
    text = (
        "The minister met officials in Paris on Monday.\n"
        "People may recall that the Australian Government suspended the operations of our embassy in Quel"
    )
    assert "Quel" not in draft_kind_names(text)


def test_a_bodys_name_cut_off_by_the_end_of_a_stored_excerpt_is_no_body():
    text = (
        "The minister met officials in Paris on Monday.\n"
        "As you know I am speaking this afternoon at the Global Forum on Press Freedo"
    )
    assert "Global Forum on Press Freedo" not in draft_kind_names(text)


def test_a_whole_name_ending_a_text_with_its_full_stop_stays():
    text = (
        "The minister met officials in Paris on Monday.\n"
        "People may recall that the government suspended the operations of our embassy in Tarvex.\n"
    )
    assert draft_kind_names(text).get("Tarvex") == "place"


def test_a_doctrine_in_a_groups_box_is_no_actor():
    text = "Ideology: Pan-Varnism, Social Nationalism.\nThe party preaches Pan-Quellianism across the region.\n"
    drafts = draft_kind_names(text)
    assert "Pan-Varnism" not in drafts
    assert "Pan-Quellianism" not in drafts


def test_a_crisis_is_an_event_not_a_body():
    text = "Since October the rebels have been engaged in the Varn Sea Crisis.\n"
    assert "Varn Sea Crisis" not in draft_kind_names(text)


def test_a_body_named_for_crises_stays_a_body():
    text = "The Quell Crisis Group said the talks had stalled.\n"
    assert draft_kind_names(text).get("Quell Crisis Group") == "organization"


def test_a_name_after_my_friend_is_a_persons():
    text = "Tonight I fly on, and I look forward to meeting my friend Tenno Quarvadi in the capital.\n"
    assert draft_kind_names(text).get("Tenno Quarvadi") == "person"


def test_a_gazetteer_place_after_a_possessive_and_a_noun_stays_a_place():
    text = "We visited our friend in Paris last year and stayed a week.\n"
    assert draft_kind_names(text).get("Paris") == "place"


def test_a_command_written_with_and_without_the_stops_of_its_initials_keeps_both_spellings():
    text = (
        "Statement from US Northern Command on the launch.\n\n"
        "U.S. Northern Command received the distress calls at dawn.\n"
    )
    spellings = spelling_kinds(text)
    assert spellings.get("US Northern Command") == ActorKind.armed_force
    assert spellings.get("U.S. Northern Command") == ActorKind.armed_force


def test_a_doctrines_adjective_before_regime_names_no_leader():
    text = "The main groups were the Quellarist regime and its allies, the opposition and the rebels.\n"
    assert "Quellarist" not in draft_kind_names(text)


def test_a_leaders_name_before_regime_is_still_a_person():
    text = "The Varnek regime fell in 2024 after years of war.\n"
    assert draft_kind_names(text).get("Varnek") == "person"


def test_a_double_post_joined_by_a_slash_before_its_holder_is_one_of_her_spellings():
    text = (
        "Remarks by HR/VP Varnelli ahead of the Council meeting\n\n"
        "Remarks by the High Representative/Vice-President Ilse Varnelli ahead of the Foreign Affairs Council.\n"
    )
    spellings = spelling_kinds(text)
    assert spellings.get("High Representative/Vice-President") == ActorKind.person
    assert spellings.get("HR/VP") == ActorKind.person
    assert draft_kind_names(text).get("Ilse Varnelli") == "person"


def test_a_place_and_a_post_joined_by_a_slash_are_no_double_post():
    text = "The Tarnby/Quellmoor Mayor Ilse Varnelli opened the new bridge on Monday.\n"
    spellings = spelling_kinds(text)
    assert spellings.get("Ilse Varnelli") == ActorKind.person
    assert not [spelling for spelling in spellings if "/" in spelling]


def test_a_place_ending_a_pages_last_quotation_after_a_comma_stays():
    text = (
        "Readers wrote to us after the voyage.\n"
        '"The fjords were the highlight of the whole trip for us." — Ilse Varn, Stirling\n'
    )
    assert draft_kind_names(text).get("Stirling") == "place"


def test_a_rulers_number_in_capitals_is_no_family_name():
    text = "The kings of Tarvenia, Ashot III the Merciful and his brother, paid tribute.\n"
    assert draft_kind_names(text).get("Ashot III the Merciful") == "person"


def test_a_label_before_a_bodys_name_ending_the_page_is_no_cut():
    text = "The delegation met the press.\n\nFor more information: Delegation of the European Union to Peru\n"
    assert draft_kind_names(text).get("Delegation of the European Union to Peru") == "organization"
