"""Round realread35: rules found reading real pages by hand (Ghanaian, Ugandan, Zimbabwean, Sri Lankan,
Bangladeshi, Vietnamese, Thai, Jamaican and Trinidadian papers; Scottish and Welsh local news; a US state
police release; UN agency and NGO statements; sports reports). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_name_before_alias_is_a_person_with_that_alias() -> None:
    drafts = draft_kind_names(
        "Detectives arrested Ebenezer Quartobi, aka Sunny, and Zuberi Saer Varnak alias Kimbo at a mining "
        "site near the town on Monday."
    )
    assert drafts.get("Ebenezer Quartobi") == "person"
    assert drafts.get("Zuberi Saer Varnak") == "person"
    assert "Kimbo" not in drafts


def test_a_family_name_goes_on_over_hyphened_syllables() -> None:
    drafts = draft_kind_names(
        "Prime Minister Somrak Chan-o-wat told reporters at Government House on Monday that he would stay."
    )
    assert drafts.get("Somrak Chan-o-wat") == "person"
    assert "Somrak Chan" not in drafts


def test_the_place_in_a_peers_title_is_no_place_of_the_story() -> None:
    drafts = draft_kind_names(
        "Tributes have been paid to the Duke of Edinburgh, who has died. The Earl of Wessex laid a wreath."
    )
    assert "Edinburgh" not in drafts
    assert "Wessex" not in drafts


def test_a_laws_or_a_pacts_title_on_a_subject_drafts_no_name() -> None:
    drafts = draft_kind_names(
        "The ministry is striving to enforce the 2019 Law on Pearlfisheries. The Tarnish Compact on Refugees "
        "is at the heart of the plan, officials in Quellby said."
    )
    assert "Pearlfisheries" not in drafts
    assert "Tarnish Compact" not in drafts


def test_names_listed_before_plural_streets_are_no_towns() -> None:
    drafts = draft_kind_names(
        "A patrol came under gunfire near the intersection of George and Orange streets in Quellby on Tuesday."
    )
    assert "George" not in drafts
    assert "Orange" not in drafts


def test_a_kickers_short_word_and_a_common_word_named_like_a_town_are_no_names() -> None:
    drafts = draft_kind_names(
        "SCHOOL ROW: Plans to close a primary school have angered parents in Quellby.\n"
        "WELSH FOREST: The deputy minister launched a timber strategy today.\n"
        "PARIS ATTACKS: Police said they had arrested two men."
    )
    assert "ROW" not in drafts
    assert "WELSH FOREST" not in drafts
    assert drafts.get("Paris") == "place"


def test_comrade_and_its_short_form_are_titles() -> None:
    drafts = draft_kind_names(
        "The late national hero, Cde Tinashe Varume, was laid to rest yesterday at his farm near Quellby. "
        "Comrade Rudo Makoni said he was a fearless cadre."
    )
    assert drafts.get("Tinashe Varume") == "person"
    assert drafts.get("Rudo Makoni") == "person"
    assert "Cde Tinashe Varume" not in drafts


def test_a_ministers_remit_before_minister_is_no_body() -> None:
    drafts = draft_kind_names("Power and Renewable Energy Minister Ranjith Varapitiya rejected the rumours on Friday.")
    assert drafts.get("Ranjith Varapitiya") == "person"
    assert "Power and Renewable Energy" not in drafts


def test_a_towns_government_hospital_is_no_body() -> None:
    drafts = draft_kind_names("He was rushed to the Kyrobi government hospital, where he is under police guard.")
    assert "Kyrobi government" not in drafts


def test_a_bodys_people_after_its_letters_are_no_body() -> None:
    drafts = draft_kind_names(
        "The Tarvish Air Force (TAF) carried out rescues in the flooded areas. TAF Personnel assisted to provide "
        "relief."
    )
    assert drafts.get("Tarvish Air Force") == "armed_force"
    assert "TAF Personnel" not in drafts


def test_a_rank_spelled_out_with_its_letters_before_names_is_no_body() -> None:
    drafts = draft_kind_names(
        "Deputy Superintendent of Police (DSP) Effia Tonge, head of the unit, told reporters in Quellby. "
        "DSP Tonge said the suspects were in custody."
    )
    assert drafts.get("Effia Tonge") == "person"
    assert "Deputy Superintendent of Police" not in drafts


def test_a_noun_before_a_hyphened_participle_is_no_head_of_an_apposition() -> None:
    drafts = draft_kind_names("Readers get the news from Quellby, Varsan, the insurgency-plagued south and Asia.")
    assert drafts.get("Varsan") != "armed_force"


def test_an_age_before_and_or_a_full_stop_marks_a_person() -> None:
    drafts = draft_kind_names("The suspects are Lukas Boatrim, 25, Bismark Osaye, 30 and Dramani Quartey, 38.")
    assert drafts.get("Bismark Osaye") == "person"


def test_a_partys_name_without_party_is_the_same_body() -> None:
    drafts = draft_kind_names(
        "The Tarvish Unity Party met in Quellby on Sunday. Later, Tarvish Unity said the vote had been fair."
    )
    assert drafts.get("Tarvish Unity Party") == "organization"
    assert "Tarvish Unity" not in drafts


def test_a_name_closing_with_a_compass_word_after_no_given_name_is_a_place() -> None:
    drafts = draft_kind_names("Ablekuro North: We will not accept any illegality from the commission, the party said.")
    assert drafts.get("Ablekuro North") == "place"


def test_a_palace_named_in_french_or_italian_is_a_place() -> None:
    drafts = draft_kind_names("The envoys met at the Palais des Varnes on Friday, then at the Palazzo Quellini.")
    assert drafts.get("Palais des Varnes") == "place"


def test_a_given_name_in_capitals_before_a_family_name_is_a_person() -> None:
    drafts = draft_kind_names("FOOTBALL: LIAM Varnaby hailed his side after the comeback at home on Saturday.")
    assert drafts.get("LIAM Varnaby") == "person"


def test_letters_before_a_small_things_noun_are_no_body() -> None:
    drafts = draft_kind_names("The attackers in Quellby made away with her phone and its SIM card, and an SD card.")
    assert "SIM" not in drafts
    assert "SD" not in drafts


def test_emergency_medical_services_letters_are_no_body() -> None:
    drafts = draft_kind_names("The mission relies on local fire, rescue, EMS and law enforcement agencies in Quellby.")
    assert "EMS" not in drafts


def test_initials_in_capitals_and_a_name_before_who_are_a_person() -> None:
    drafts = draft_kind_names("A 37-year-old airman, KTR Varapathna, who had fallen off a helicopter, passed away.")
    assert drafts.get("KTR Varapathna") == "person"


def test_a_deputy_prime_ministers_letters_are_a_title() -> None:
    drafts = draft_kind_names(
        "Thammo will stay on as secretary-general, and DPM Prawat Wongsuvan remains party leader."
    )
    assert drafts.get("Prawat Wongsuvan") == "person"
    assert "DPM Prawat Wongsuvan" not in drafts


def test_a_name_before_junction_or_roundabout_is_a_place() -> None:
    drafts = draft_kind_names(
        "She alighted at the Tarnu-Varnex junction, and officers stopped them at the Quello roundabout."
    )
    assert drafts.get("Tarnu-Varnex") == "place"
    assert drafts.get("Quello") == "place"
