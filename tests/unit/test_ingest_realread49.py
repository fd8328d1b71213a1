"""Round realread49: rules found reading real English politics and world news by hand (elections and parliaments in
India, Britain, France, Germany, Korea, Kenya and Pakistan, summits, cabinets and resignations).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_an_indian_party_by_its_word_for_a_party_front_or_committee_is_an_organization() -> None:
    drafts = draft_kind_names(
        "The Tarnpur Lok Dal and the Quellam Rashtra Samithi backed the motion, while the Varnadu Munnetra Kazhagam "
        "and the Ostrel Mukti Morcha walked out. At the lunch after the vote, the cooks served Moong Dal."
    )
    assert drafts.get("Tarnpur Lok Dal") == "organization"
    assert drafts.get("Quellam Rashtra Samithi") == "organization"
    assert drafts.get("Varnadu Munnetra Kazhagam") == "organization"
    assert drafts.get("Ostrel Mukti Morcha") == "organization"
    assert drafts.get("Moong Dal") != "organization"  # split pulses cooked as "dal": a dish, no party


def test_an_indian_house_by_sabha_is_an_organization() -> None:
    drafts = draft_kind_names(
        "The bill passed the Lok Sabha on Tuesday and goes to the Rajya Sabha next week. The Quellpur Vidhan Sabha "
        "was adjourned."
    )
    assert drafts.get("Lok Sabha") == "organization"
    assert drafts.get("Rajya Sabha") == "organization"
    assert drafts.get("Quellpur Vidhan Sabha") == "organization"


def test_over_opening_a_sentence_is_no_given_name() -> None:
    drafts = draft_kind_names(
        "President Ilse Varnek spoke on Monday. Over Varnek's two terms in office, the debt doubled."
    )
    assert drafts.get("Ilse Varnek") == "person"
    assert not any(name.startswith("Over") for name in drafts)


def test_a_participle_after_a_persons_possessive_describes_what_is_owned() -> None:
    drafts = draft_kind_names(
        "Prime Minister Ilse Varnek met her ministers. Varnek's reported decision to seek a truce came as talks "
        "resumed in Tarnby."
    )
    assert drafts.get("Ilse Varnek") == "person"
    assert "Varnek's" not in drafts


def test_a_party_word_between_a_title_and_a_post_is_the_posts_party() -> None:
    drafts = draft_kind_names(
        "Ilse Varnek quit as deputy Labour leader on Friday, and Tomas Quell was named deputy SNP leader."
    )
    assert drafts.get("Ilse Varnek") == "person"
    assert drafts.get("Labour") == "organization"
    assert drafts.get("SNP") == "organization"


def test_a_family_name_alone_before_a_leaders_government_or_office_is_a_person() -> None:
    drafts = draft_kind_names(
        "Varnek's government faces a vote of confidence next week. Critics said Tarnolli's cabinet had failed, "
        "and Quellmann's office said the talks would resume in Rome. Ostrava's party won the most seats, and "
        "Brellani's impeachment was upheld. Kenya's government said the talks would go "
        "on, Labour's government fell in 1979, and the ANC's government met in Pretoria."
    )
    assert drafts.get("Varnek") == "person"
    assert drafts.get("Tarnolli") == "person"
    assert drafts.get("Quellmann") == "person"
    assert drafts.get("Brellani") == "person"
    # a state, a party by its word and a body by its letters have governments too
    assert drafts.get("Kenya") == "state"
    assert drafts.get("ANC") == "organization"
    assert drafts.get("Labour") != "person"
    assert drafts.get("Ostrava") != "person"  # a large town the gazetteer knows


def test_a_peoples_and_a_doctrines_adjective_before_a_groups_noun_name_no_one() -> None:
    drafts = draft_kind_names("The army vowed to destroy the Palestinian Islamist movement that runs the camps.")
    assert "Palestinian Islamist" not in drafts


def test_leaked_papers_named_for_a_state_are_no_state_acting() -> None:
    drafts = draft_kind_names(
        "The Supreme Court began hearing a case into the Panama Papers leaks against Ilse Varnek's family."
    )
    assert "Panama" not in drafts


def test_an_initial_without_its_stop_before_two_names_opens_a_persons_name() -> None:
    drafts = draft_kind_names(
        "The party chief K Tarnappa Raoji said the vote was fair. Rebels hide in the W-Tarno-Quellji complex."
    )
    assert drafts.get("K Tarnappa Raoji") == "person"
    assert drafts.get("W-Tarno-Quellji") != "person"  # a place's name joined by hyphens


def test_a_wires_slug_glued_to_its_headline_names_no_one() -> None:
    drafts = draft_kind_names(
        "SCENARIOS-What awaits Varnek? A hung parliament or a coalition\n\n"
        "FACTBOX-Who is Ilse Varnek, the new leader of Tarnby\n\n"
        "TARNBY, June 13 - President Ilse Varnek may lose her majority, officials said."
    )
    assert "SCENARIOS" not in drafts and "FACTBOX" not in drafts
    assert drafts.get("Ilse Varnek") == "person"


def test_rally_grounds_and_a_towns_chowk_are_places() -> None:
    drafts = draft_kind_names(
        "Speaking at the Tarnwe Grounds near the market, he called for calm. A second case was filed for the "
        "Quellam Chowk vandalism, and the Varnpur Maidan rally was called off."
    )
    assert drafts.get("Tarnwe Grounds") == "place"
    assert drafts.get("Quellam Chowk") == "place"
    assert drafts.get("Varnpur Maidan") == "place"


def test_a_name_after_someones_colleague_is_a_person() -> None:
    drafts = draft_kind_names(
        "The meeting was convened by the majority whip and his Senate colleague Tarno Quellwe, while her party "
        "colleague Ivo Brannaker stayed away."
    )
    assert drafts.get("Tarno Quellwe") == "person"
    assert drafts.get("Ivo Brannaker") == "person"


def test_a_family_name_alone_after_an_inverted_said_is_the_speaker() -> None:
    drafts = draft_kind_names('"The talks are over," said Varnek. Markets in Tarnby fell on the news.')
    assert drafts.get("Varnek") == "person"


def test_a_family_name_that_is_also_a_word_telling_reporters_is_a_person() -> None:
    drafts = draft_kind_names("Steel told reporters on Monday that the talks would resume next week.")
    assert drafts.get("Steel") == "person"


def test_common_words_defined_by_letters_of_another_tongue_are_a_body() -> None:
    drafts = draft_kind_names(
        "The deputies of the Popular Renewal (RP) voted with the left on Wednesday, and the RP then walked out."
    )
    assert drafts.get("Popular Renewal") == "organization"
    assert "RP" not in drafts  # the letters are the body's own


def test_an_outlet_named_by_an_ordinary_word_after_its_noun_is_media() -> None:
    drafts = draft_kind_names("The newspaper Dawn quoted the minister on Monday, and Tarnby's markets fell.")
    assert drafts.get("Dawn") == "media"


def test_a_post_in_a_body_by_the_bodys_word_and_a_title_is_no_body() -> None:
    drafts = draft_kind_names("Jonathan Varn moved from the business brief to become Government Chief Whip on Friday.")
    assert drafts.get("Jonathan Varn") == "person"
    assert "Government Chief Whip" not in drafts


def test_names_on_a_charts_source_line_are_its_pollsters() -> None:
    drafts = draft_kind_names(
        "Chart 1. Voting intention, %\nSource: Tarnbach, Quellmark, Varnfeld Institut, Ostrelwahl\n"
    )
    assert drafts.get("Tarnbach") == "organization"
    assert drafts.get("Quellmark") == "organization"
    assert drafts.get("Ostrelwahl") == "organization"


def test_a_persons_family_name_in_the_plural_after_the_is_the_family_no_actor() -> None:
    drafts = draft_kind_names(
        "Congress leader Rahul Varni spoke in Tarnpur. Critics say the Varnis still run the party from Delhi."
    )
    assert drafts.get("Rahul Varni") == "person"
    assert "Varnis" not in drafts


def test_a_family_name_alone_before_a_described_regime_or_party_is_a_person() -> None:
    drafts = draft_kind_names(
        "New sanctions put pressure on Quellov's brutal regime, while Tesmond's ruling party won the most seats. "
        "Kenya's ruling party lost."
    )
    assert drafts.get("Quellov") == "person"
    assert drafts.get("Tesmond") == "person"
    assert drafts.get("Kenya") == "state"


def test_a_states_name_before_a_name_joined_by_e_is_one_body() -> None:
    drafts = draft_kind_names("The Pakistan Tehreek-e-Quellat chief said the vote was rigged in three provinces.")
    assert drafts.get("Pakistan Tehreek-e-Quellat") == "organization"
    assert "Pakistan" not in drafts
