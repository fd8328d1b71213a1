"""Round realread48: rules found reading real encyclopaedia articles by hand (politicians, ministers, presidents,
militant leaders, parties, elections, attacks and hostage crises, peace agreements and UN missions of the Middle
East, Africa, Central and South Asia and Eastern Europe, as mirrors and copies of Wikipedia give them). Invented
sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_politicians_box_gives_the_holders_before_and_after_without_a_colon() -> None:
    drafts = draft_kind_names(
        "Tarek Varnavi\nVice President of Tremmia\nAssumed office\n8 September 2014\nPreceded by Khodair al-Varnazi\n"
        "Prime Minister of Tremmia\nIn office\n20 May 2006 – 8 September 2014\nPreceded by Ibrahim al-Quellafi\n"
        "Succeeded by Haider al-Tarnabi\nMinister of Defence\nPreceded by Position established\n"
        "Succeeded by Office abolished\nPersonal details\n\nTarek Varnavi is a politician of Tremmia."
    )
    assert drafts.get("Khodair al-Varnazi") == "person"
    assert drafts.get("Haider al-Tarnabi") == "person"
    assert drafts.get("Ibrahim al-Quellafi") == "person"
    assert not any(name.startswith(("Position", "Office")) for name in drafts)


def test_an_offices_and_an_attacks_box_glue_more_labels_to_their_values() -> None:
    drafts = draft_kind_names(
        "Prime Minister of the Republic of Tremmia\nStyleHis Excellency\nResidenceVarnat Palace, Quellabad, Tremmia\n"
        "Term lengthFour-year term, renewable\nInaugural holderAbd Al-Rahman Al-Varnani\nFormation11 November 1920\n\n"
        "Tarnby school siege\nTargetTarnby school\nPerpetratorsQuellish Martyrs Brigade\nInjured800+\n\n"
        "The Prime Minister of Tremmia is the head of its government."
    )
    assert drafts.get("Abd Al-Rahman Al-Varnani") == "person"
    assert "Al-Rahman Al-Varnani" not in drafts
    assert drafts.get("Quellabad") == "place"
    assert drafts.get("Varnat Palace") == "place"
    assert drafts.get("Quellish Martyrs Brigade") == "armed_force"
    assert not any(name.startswith(("Style", "Residence", "Inaugural", "Perpetrators", "Target")) for name in drafts)


def test_a_missions_box_copied_as_a_table_names_its_head_and_an_offices_first_holder() -> None:
    drafts = draft_kind_names(
        "Abbreviation | UNTAM |\n---|---|\nHeadquarters | Quellabad, Tremmia |\nHead | Roza Varnbayeva |\n"
        "Inaugural holder | Kostiantyn Tarnozov |\nPerpetrators | Al-Varnabitoun jihadists |\n\n"
        "The mission helps the people of Tremmia."
    )
    assert drafts.get("Roza Varnbayeva") == "person"
    assert drafts.get("Kostiantyn Tarnozov") == "person"
    assert "Al-Varnabitoun" in drafts


def test_a_conflict_box_numbers_its_sides_combatants_and_units() -> None:
    drafts = draft_kind_names(
        "= Tarnby mall attack =\n\nInfobox\n- Conflict: Tarnby mall attack\n- Combatant1: Al-Varnab\n"
        "- Combatant2: 20px Tremmia Defence Forces, 20px Tremmia Police Service, Administration Police\n"
        "- Units2: 20px Recce Squad\n- Strength1: 4 fighters\n\nFour gunmen attacked the mall."
    )
    assert drafts.get("Tremmia Defence Forces") == "armed_force"
    assert drafts.get("Tremmia Police Service") == "organization"
    assert "Administration Police" in drafts
    assert "Recce Squad" in drafts
    assert not any(name.startswith(("Combatant", "Units", "20px")) for name in drafts)


def test_a_list_of_signatories_addressed_as_mr_ms_and_dr_one_a_line_names_persons() -> None:
    drafts = draft_kind_names(
        "Signatories to the Tarnby Conference\nsignatory appointment notes\nMs. Amena Varnali\n"
        "Mr. S. Hussain Quellari\nDr. Azizullah Quedin\nMr. Lakhdar Tresimi\nMr Smith Goes to Town\n\n"
        "The conference chose an interim leader."
    )
    for name in ("Amena Varnali", "S. Hussain Quellari", "Azizullah Quedin", "Lakhdar Tresimi"):
        assert drafts.get(name) == "person"
    assert not any(name.startswith("Smith") for name in drafts)


def test_a_politicians_box_lists_a_posts_other_holders_one_a_line_under_it() -> None:
    drafts = draft_kind_names(
        "Salim Tarek Varnavi\n1st President of Tremmia\nIn office\n22 May 1990 – 27 February 2012\n"
        "Prime Minister Haidar Abu Bakr al-Varnas\nMuhammad Said Al-Quellar\nFaraj Said Bin Tarnem\n"
        "Vice President Ali Salim Al-Varnidh\nPersonal details\n\nSalim Tarek Varnavi is a politician of Tremmia."
    )
    for name in (
        "Haidar Abu Bakr al-Varnas",
        "Muhammad Said Al-Quellar",
        "Faraj Said Bin Tarnem",
        "Ali Salim Al-Varnidh",
    ):
        assert drafts.get(name) == "person"
    assert "Personal" not in " ".join(drafts)


def test_a_timeline_of_office_holders_copied_with_its_names_glued_one_to_the_next() -> None:
    drafts = draft_kind_names(
        "List of prime ministers of Tremmia\n\nTimeline\n\n"
        "Mohammed Varn Al QuelliMustafa Al-TarnaziAdil Abdul-VarnahHaider al-QuellabiTremmic Governing Council"
        "Ahmad Husayn Khudayir as-VarnaiNuri al-TarnidVarno Quellsby\n\nSee also\n\n"
        "The prime minister heads the government."
    )
    for name in (
        "Mohammed Varn Al Quelli",
        "Mustafa Al-Tarnazi",
        "Haider al-Quellabi",
        "Nuri al-Tarnid",
        "Adil Abdul-Varnah",
        "Varno Quellsby",
    ):
        assert drafts.get(name) == "person"
    assert "Tremmic Governing Council" in drafts
    assert not any("QuelliMustafa" in name or "TarnaziAdil" in name for name in drafts)


def test_a_biography_gives_the_names_spelling_in_its_script_then_the_birth_in_brackets() -> None:
    drafts = draft_kind_names(
        "Abdel Fattah al-Varnan Abdelrahman al-Varnan (Arabic: عبد الفتاح; romanized: ʿAbd al-Fattāḥ; born 1960)[10] "
        "is an army general who rules Tremmia.\n\nNouri Kamil Mohammed Hasan al-Quellam (Arabic: نوري كامل; born 20 "
        "June 1950), also known as Jawad al-Quellam, is a politician of Tremmia."
    )
    assert drafts.get("Abdel Fattah al-Varnan Abdelrahman al-Varnan") == "person"
    assert drafts.get("Nouri Kamil Mohammed Hasan al-Quellam") == "person"


def test_the_holder_of_a_partys_post_named_after_a_comma_is_a_person() -> None:
    drafts = draft_kind_names(
        "The ex-president of the party, Mohamed Varnavi, won the 2012 presidential election. A founder of the "
        "group, Tarek Quellani, was killed. Its rival party, Quellnet Tarnby, won two seats."
    )
    assert drafts.get("Mohamed Varnavi") == "person"
    assert drafts.get("Tarek Quellani") == "person"
    assert drafts.get("Quellnet Tarnby") == "organization"


def test_an_emir_of_a_group_named_in_arabic_is_no_person_named_for_the_groups_last_words() -> None:
    drafts = draft_kind_names(
        "Tarek Varnabi\n2nd Emir of Hay'at Tahrir al-Varn\nAssumed office 1 October 2017\n"
        "Emir of the Jabhat Fateh al-Varn\nIn office 2016 – 2017\n\n"
        "Tarek Varnabi was the emir of Hay'at Tahrir al-Varn."
    )
    assert drafts.get("Tarek Varnabi") == "person"
    assert drafts.get("Tahrir al-Varn") != "person"
    assert drafts.get("Fateh al-Varn") != "person"


def test_a_peoples_or_a_faiths_adjective_and_a_creeds_before_a_bodys_noun_is_no_name() -> None:
    drafts = draft_kind_names(
        "The Varnat Party is an Egyptian Islamist political party. Quellat was a Shia Islamist political party and "
        "militia. The Tremmic Islamist Front won two seats."
    )
    assert "Egyptian Islamist" not in drafts
    assert "Shia Islamist" not in drafts
    assert drafts.get("Tremmic Islamist Front") == "organization"


def test_a_party_named_for_its_two_causes_is_one_name() -> None:
    drafts = draft_kind_names(
        "The Union for Peace and Development Party is a political party in Tremmia. The Alliance for Democracy and "
        "Progress Party won two seats. The Union for Peace and the Labour Party met in Tarnby."
    )
    assert drafts.get("Union for Peace and Development Party") == "organization"
    assert drafts.get("Alliance for Democracy and Progress Party") == "organization"
    assert "Development Party" not in drafts
    assert drafts.get("Labour Party") == "organization"


def test_a_boxs_bulleted_item_gives_a_name_then_its_post() -> None:
    drafts = draft_kind_names(
        "Supreme Political Council\nAgency overview\nFormedJuly 28, 2016\nAgency executive\n"
        "  • Mahdi al-Varnat, President of the Supreme Political Council & the Republic of Tremmia\n\n"
        "The council rules Tremmia."
    )
    assert drafts.get("Mahdi al-Varnat") == "person"


def test_a_partys_box_names_each_chamber_over_its_seats() -> None:
    drafts = draft_kind_names(
        "Tremmic Democratic Party\nPresidentMasoud Varnani\nColours Yellow\nCouncil of Representatives of Tremmia\n"
        "31 / 329\nQuellish Region Parliament\n45 / 111\nParty flag\n\nThe party is the largest in Tremmia."
    )
    assert drafts.get("Council of Representatives of Tremmia") == "organization"
    assert drafts.get("Quellish Region Parliament") == "organization"


def test_an_events_box_gives_its_place_and_a_posts_holders_go_on_past_abd() -> None:
    drafts = draft_kind_names(
        "= Tarnby mall attack =\n\nInfobox\n- Place: Quellands, Tarnby, Tremmia\n- Date: 21 September 2013\n\n"
        "Salim Tarek Varnavi\n1st President of Tremmia\nIn office\n22 May 1990 – 27 February 2012\n"
        "Prime Minister Haidar Abu Bakr al-Varnas\nAbd Al-Karim Al-Quellani\nAbdul Qadir Tarnamal\n"
        "Personal details\n\nGunmen attacked the mall in Tarnby."
    )
    assert drafts.get("Quellands") == "place"
    assert drafts.get("Abdul Qadir Tarnamal") == "person"


def test_a_boxs_label_alone_on_its_line_gives_its_value_on_the_next() -> None:
    drafts = draft_kind_names(
        "Hassan Varnallah\nPersonal details\nBorn 31 August 1960\nSpouse\nFatima Quellam Yassine\n(m. 1978)\n"
        "Alma mater\nUniversity of Quellby\n\nHassan Varnallah was a cleric."
    )
    assert drafts.get("Fatima Quellam Yassine") == "person"
    assert drafts.get("University of Quellby") == "organization"


def test_each_of_the_other_names_a_person_is_known_by_is_an_alias() -> None:
    drafts = draft_kind_names(
        "Tarek Kamil al-Quellam (born 20 June 1950), also known as Jawad al-Quellam (جواد) or Abu Esraa (أبو إسراء), "
        "is a politician of Tremmia."
    )
    assert drafts.get("Tarek Kamil al-Quellam") == "person"
    assert "Abu Esraa" not in drafts
    assert "Jawad al-Quellam" not in drafts


def test_a_partys_box_gives_its_founders_beside_the_label() -> None:
    drafts = draft_kind_names(
        "Union for Tremmic Renewal\nLeader Hassan Varnud\nFounders Daljor Party, Quellseed Caucus [1]\n"
        "Founded4 October 2018\n\nThe Union for Tremmic Renewal is a political party in Tremmia."
    )
    assert drafts.get("Daljor Party") == "organization"
    assert drafts.get("Quellseed Caucus") == "organization"


def test_the_mark_of_the_killed_set_apart_by_a_space_is_no_part_of_the_name() -> None:
    drafts = draft_kind_names(
        "- Commander1: Ahmed Varnane, Omar Quellan KIA, Umayr al-TarnishKIA\n\nCommanders and leaders\n"
        "Tarek Quellani KIA\nUnits involved\n\nThe attack ended."
    )
    assert drafts.get("Omar Quellan") == "person"
    assert drafts.get("Tarek Quellani") == "person"
    assert not any(name.endswith("KIA") for name in drafts)


def test_a_box_copied_as_a_table_opens_with_its_subjects_name() -> None:
    drafts = draft_kind_names(
        "This article needs to be updated. |\nAbdel Fattah al-Varnan | |\n---|---|\nعبد الفتاح | |\n"
        "Chairman of the Transitional Council | |\nPolitical party | Independent |\n\n"
        "Abdel Fattah al-Varnan Abdelrahman al-Varnan is an army general of Tremmia."
    )
    assert drafts.get("Abdel Fattah al-Varnan") == "person"


def test_a_saharan_places_in_written_apart_inside_a_sentence() -> None:
    drafts = draft_kind_names(
        "Gunmen took hostages at the gas facility near In Varnenas, Tremmia. Floods In Tremmia Kill Ten\n\n"
        "In Tarnby the talks went on."
    )
    assert drafts.get("In Varnenas") == "place"
    assert "Varnenas" not in drafts
    assert not any(name.startswith("In Tremmia") for name in drafts)
