"""Round realread46: rules found reading real encyclopaedia articles by hand (armed groups, militias, battles,
intelligence agencies, defence ministries and commanders of the Middle East, Africa, South Asia and Eastern Europe,
as mirrors and offline copies of Wikipedia give them). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_box_label_glued_to_its_value_is_cut_off_the_name() -> None:
    drafts = draft_kind_names(
        "Tremmic Rapid Guard\nFoundedAugust 2011\nTypeParamilitary\nCommanderMohamed Varnek Dallo\n"
        "Deputy headAbdul Karim Varnek Dallo\nSpokespersonIlse Tarvanen\nHeadquartersQuellabad, Tremmia\n\n"
        "The Tremmic Rapid Guard is a paramilitary force of Tremmia. It fought in the Varn war."
    )
    assert drafts.get("Mohamed Varnek Dallo") == "person"
    assert drafts.get("Abdul Karim Varnek Dallo") == "person"
    assert drafts.get("Ilse Tarvanen") == "person"
    assert "Karim Varnek Dallo" not in drafts
    assert drafts.get("Quellabad") == "place"


def test_a_conflict_box_numbers_its_sides_commanders() -> None:
    drafts = draft_kind_names(
        "= Battle of Tarnby =\n\nInfobox\n- Conflict: Battle of Tarnby\n"
        "- Commander1: Oleksandr Varnenko, Ivan Quellchuk\n- Commander2: Dmytro Tarvasov, Pavlo Hresk\n\n"
        "The Battle of Tarnby was fought in the winter."
    )
    for name in ("Oleksandr Varnenko", "Ivan Quellchuk", "Dmytro Tarvasov", "Pavlo Hresk"):
        assert drafts.get(name) == "person"


def test_the_marks_of_the_wounded_and_the_killed_are_no_name_nor_part_of_one() -> None:
    drafts = draft_kind_names(
        "Commanders and leaders\nSerhiy Varnenko (WIA)\nIvan Quellchuk (KIA)\n\n"
        "- Commander1: Dmytro TarvasovWIA, Pavlo HreskKIA\n\nThe battle ended in the spring."
    )
    assert drafts.get("Dmytro Tarvasov") == "person"
    assert drafts.get("Pavlo Hresk") == "person"
    assert "WIA" not in drafts and "KIA" not in drafts
    assert not any(name.endswith(("WIA", "KIA")) for name in drafts)


def test_a_war_boxs_flag_before_each_commander_is_no_part_of_his_name() -> None:
    drafts = draft_kind_names(
        "Tarnish War\nDate 2019 – present\nBelligerents\n Tremmia\n Islamic State\n"
        "Commanders and leaders\nCurrent:\nTremmia Oskar Varnavian (Prime Minister of Tremmia)\n"
        "Tremmia David Quellian (Defence Minister of Tremmia)\n"
        "Islamic State Ahmad Tarik al-Quelli\n(Leader of ISIL)\nNikol Varnavian\nUnits involved\n\n"
        "The Tarnish War is a conflict in the north of Tremmia. Nikol Varnavian said the war was over. "
        "Nikol Varnavian returned home."
    )
    assert drafts.get("Oskar Varnavian") == "person"
    assert drafts.get("David Quellian") == "person"
    assert drafts.get("Ahmad Tarik al-Quelli") == "person"
    assert drafts.get("Tremmia") in ("state", "place")
    assert not any(name.startswith(("Tremmia ", "Islamic State ")) for name in drafts)
    # a commander's name that also opens a paragraph is no flag of his
    assert drafts.get("Nikol Varnavian") == "person"
    assert "Varnavian" not in drafts and "Nikol" not in drafts


def test_a_box_gives_a_posts_next_holder_on_the_line_below_its_label() -> None:
    drafts = draft_kind_names(
        "Quellish National Army\nSupreme Commander of the Quellish National Army\nAssumed office\n2 March 2015\n"
        "President: Tarek Salem Issa (acting)\nMohamed al-Varnafi\nPrime Minister: Abdullah al-Quelli\n"
        "Personal details\n\nHe was born in the town of Tarnby."
    )
    assert drafts.get("Tarek Salem Issa") == "person"
    assert drafts.get("Mohamed al-Varnafi") == "person"
    assert drafts.get("Abdullah al-Quelli") == "person"


def test_a_faiths_law_school_or_creed_is_no_actor() -> None:
    drafts = draft_kind_names(
        "The Varnab Front wants strict Sharia law. It rejected Sufism and burned Sufi shrines. A Deobandi seminary in "
        "Tarnby teaches the Pashtunwali code and Sunni Islam. Ideology: Wilayat al-Faqih. Ilse Varn read the Quran."
    )
    for idea in ("Sharia", "Sufism", "Sufi", "Deobandi", "Pashtunwali", "Sunni Islam", "Wilayat al-Faqih", "Quran"):
        assert idea not in drafts
    assert drafts.get("Ilse Varn") == "person"
    assert drafts.get("Tarnby") == "place"


def test_the_comma_after_an_opening_phrase_is_no_apposition() -> None:
    drafts = draft_kind_names(
        "Under the leadership of Hussein Varnaddin al-Quelli, the group emerged as an opposition to the president. "
        "After the death of Ilse Marvanen, the party chose a new chief."
    )
    assert drafts.get("Hussein Varnaddin al-Quelli") == "person"
    assert drafts.get("Ilse Marvanen") == "person"


def test_only_a_person_is_born() -> None:
    drafts = draft_kind_names(
        "The Tarnby-born Kerem Vashti joined the group in 2008. Canadian-born Hollis Qarvane is its spokesman."
    )
    assert drafts.get("Kerem Vashti") == "person"
    assert drafts.get("Hollis Qarvane") == "person"


def test_an_intelligence_service_named_by_the_armed_services_it_serves() -> None:
    drafts = draft_kind_names(
        "Tarvak's agency works with the Military Intelligence and the Naval Intelligence. Ilse Varn joined the "
        "Inter-Services Intelligence in 1990. Artificial Intelligence will change the army."
    )
    assert drafts.get("Military Intelligence") == "organization"
    assert drafts.get("Naval Intelligence") == "organization"
    assert drafts.get("Inter-Services Intelligence") == "organization"
    assert "Artificial Intelligence" not in drafts


def test_a_group_known_by_name_is_no_short_form_of_a_man_of_that_family() -> None:
    drafts = draft_kind_names(
        "Tarek Varnaddin al-Houthi, a cleric, founded the group in the north. The Houthi movement took Tarnby in 2014."
    )
    assert drafts.get("Tarek Varnaddin al-Houthi") == "person"
    assert drafts.get("Houthi") == "armed_force"


def test_a_known_group_with_the_arabic_article_written_by_its_sun_letter() -> None:
    drafts = draft_kind_names("The Varnab Front is also known as Ash-Shabaab. Fighters of Ash-Shabaab attacked Tarnby.")
    assert drafts.get("Ash-Shabaab") == "armed_force"


def test_a_name_under_a_war_boxs_commanders_is_a_person() -> None:
    text = (
        "Battle of Tarnby\nBelligerents\n Quell Region Quell Region\nCommanders and leaders\n"
        "Quell Region Varzod Tremani\n(President of the Quell Regional Government)\nUnits involved\n\n"
        "The Battle of Tarnby was fought in the winter."
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Varzod Tremani") == "person"
    assert "Quell Region Varzod Tremani" not in drafts


def test_a_wikis_template_and_module_names_left_in_a_copy_are_no_actors() -> None:
    drafts = draft_kind_names(
        "Culture Wikia\n\nTemplate:Current event Template:Infobox military conflict\n\n"
        "The Battle of Tarnby (Template:Lang-ckb) is a joint offensive by Quellish forces. "
        "Lua error in Module:Hatnote/styles.css at line 80."
    )
    assert "Infobox" not in drafts and "Hatnote" not in drafts
    assert drafts.get("Tarnby") == "place"


def test_a_box_copied_as_a_table_of_label_and_value_cells() -> None:
    text = (
        "Tarek al-Varnawi | |\n---|---|\n2nd Leader of the Varnab movement | |\nAssumed office 10 September 2004 | |\n"
        "Preceded by | Hussein al-Varnawi |\nAllegiance | Varnab Front |\nHeadquarters | Eastern Tremmia |\n"
        "Tarek al-Varnawi (born 1979) is a Tremmian cleric who leads the Varnab movement."
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Hussein al-Varnawi") == "person"
    assert drafts.get("Varnab Front") in ("organization", "armed_force")
    assert drafts.get("Eastern Tremmia") == "place"


def test_names_listed_before_and_other_villages_are_places() -> None:
    drafts = draft_kind_names(
        "The rebels took Varnivka,[1] Quellove[2] and four other villages. "
        "The army held Tarnovske, Ozerivka and several other towns in May."
    )
    for name in ("Varnivka", "Quellove", "Tarnovske", "Ozerivka"):
        assert drafts.get(name) == "place"


def test_a_box_label_set_beside_its_value_is_no_part_of_a_name() -> None:
    drafts = draft_kind_names(
        "Varnab Front\nAllies\nOpponents State opponents\n\nNon-state opponents\n\n"
        "Date27 September – 10 November 2020\nResult Tremmic victory[11][12]\n\nThe Varnab Front fought in Tarnby."
    )
    assert "Opponents State" not in drafts
    assert "Result Tremmic" not in drafts
    assert drafts.get("Tarnby") == "place"


def test_a_hyphened_movement_named_for_a_known_armed_group_is_armed() -> None:
    drafts = draft_kind_names(
        "In 2009 about ten groups united to form the Tehrik-i-Varnab Tajikistan. Later the Tehrik-i-Taliban "
        "Tajikistan (TTT) attacked a post near Quellabad."
    )
    assert drafts.get("Tehrik-i-Taliban Tajikistan") == "armed_force"
    assert drafts.get("Tehrik-i-Varnab Tajikistan") == "organization"


def test_small_words_glued_to_links_on_a_page_copied_without_their_spaces() -> None:
    drafts = draft_kind_names(
        "ThePopular Defence Front (PDF), also known as thePopular Defence Units (PDU), is anTremmic-backed "
        "paramilitary group that operates withinVarnak. It is formally part of theVarnak Armed Forces and answers "
        "to theprime minister."
    )
    assert drafts.get("Popular Defence Front") in ("organization", "armed_force")
    assert drafts.get("Popular Defence Units") == "armed_force"
    assert drafts.get("Varnak Armed Forces") == "armed_force"
    assert not any(name.startswith(("The", "the")) for name in drafts)


def test_a_persons_box_names_his_parents_and_children() -> None:
    drafts = draft_kind_names(
        "Khalid Varnafi\nBorn 7 November 1943\nChildren: Tarek Varnafi, Omar Varnafi\nParents: Yusuf Varnafi\n\n"
        "Khalid Varnafi is a Tremmian officer."
    )
    assert drafts.get("Yusuf Varnafi") == "person"
    assert drafts.get("Tarek Varnafi") == "person"


def test_an_adjective_of_two_peoples_is_no_actor() -> None:
    drafts = draft_kind_names(
        "The Varnak agency was set up during the Indo-Pakistani War of 1947. The Russo-Turkish treaty was signed "
        "in Tarnby."
    )
    assert "Indo-Pakistani" not in drafts and "Russo-Turkish" not in drafts


def test_a_wikis_banner_names_no_actor() -> None:
    drafts = draft_kind_names(
        "Siege of Tarnby\n\nFrom Quellipedia, the free encyclopedia\nJump to navigation\n\n"
        "This is an old revision of this page, as edited by Quellwright (talk | contribs) at 15:39, 26 October "
        "2024.\n\n"
        "From Tarnopedia: the planetary knowledge core\n\nThe Siege of Tarnby was fought by Ilse Varnova."
    )
    assert "Quellipedia" not in drafts and "Tarnopedia" not in drafts and "Quellwright" not in drafts
    assert drafts.get("Ilse Varnova") == "person"


def test_a_monastery_and_a_corridor_named_in_lower_case_after_their_names_are_places() -> None:
    drafts = draft_kind_names(
        "Tremmic peacekeepers patrol the Tarvachin corridor and the Varnavank monastery, and guard the Quellin convent."
    )
    assert drafts.get("Tarvachin") == "place"
    assert drafts.get("Varnavank") == "place"
    assert drafts.get("Quellin") == "place"


def test_a_place_with_the_arabic_article_spelled_otherwise_than_the_gazetteers() -> None:
    drafts = draft_kind_names("Fighters from Salah al-Din joined the Varnab Front in Deir al-Zor.")
    assert drafts.get("Salah al-Din") == "place"
    assert drafts.get("Deir al-Zor") == "place"


def test_a_clerics_and_a_scholars_titles_are_no_part_of_their_names() -> None:
    drafts = draft_kind_names("The talks were led by Hojatoleslam Varnan Tessadi and Allama Quellud Varni.")
    assert drafts.get("Varnan Tessadi") == "person"
    assert drafts.get("Quellud Varni") == "person"


def test_a_wikis_field_dump_gives_the_birth_place() -> None:
    drafts = draft_kind_names(
        "= Tarek Varnawi =\n\nTarek Varnawi\n- Birth Place: Varnabad, Syria\n- Allegiance: Tremmic Front\n\n"
        "Tarek Varnawi is a Syrian commander."
    )
    assert drafts.get("Varnabad") == "place"


def test_a_faiths_school_that_is_a_family_name_too_is_no_actor_before_a_noun() -> None:
    drafts = draft_kind_names(
        "His father was a scholar of Tremmia's minority Zaydi sect. Ali Zaidi said the Varnab movement would stay."
    )
    assert "Zaydi" not in drafts
    assert drafts.get("Ali Zaidi") == "person"


def test_a_dagger_after_a_name_marks_one_who_has_died() -> None:
    drafts = draft_kind_names(
        "Leaders\n- Tarek Varnasud †[1]\n(2007–09) - Hakim Varnasud †[2][3]\n(2009–13) - Fazal Quellat †[4]\n"
        "(2013–18) - Noor Varnasud\n(since 2018)\n\nThe group was formed in 2007."
    )
    assert drafts.get("Fazal Quellat") == "person"
