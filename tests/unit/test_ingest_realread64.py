"""Round realread64: rules found reading real conflict reporting by hand (world news on Syria, Iraq, Yemen,
Afghanistan, Libya, Somalia, the Sahel and Ukraine, UN envoys' and foreign-ministry statements, military releases,
encyclopaedia articles on wars, militias, ministers and coalitions). Invented sentences and names throughout."""

from __future__ import annotations

from pathlib import Path

from dossier.ingest.language import detect_language
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import draft_kind_names

# An encyclopaedia's box of a war's commanders, one a line, a flag's land before some of them.
_COMMANDERS_BOX = (
    "Part of the war on terror\nCommanders and leaders\n"
    "Tremmia Ilse Quellbayeva\nUnited States Joe Varnley\nUnited Kingdom Boris Quince\nAustralia Scott Tamberlane\n"
    "Italy Mario Tresk\nGermany Angela Varn\nTremmia Mohammed Quell #\nTremmia Akhtar Varnoor\nGulbuddin Tresky\n"
    "Osama bin Quell\nAyman al-Varnawi\nAsim Umar\nHaji Najibul\nHafiz Saeed Khan\nAbu Saad Erhabi\nQari Hekmat\n"
    "Mufti Nemat\nDawood Ahmad Sofi\nMohamed Zahran\n"
)


def test_a_page_made_mostly_of_names_is_read_as_english_and_its_commanders_drafted(tmp_path: Path) -> None:
    assert detect_language(_COMMANDERS_BOX) == "en"
    page = tmp_path / "war.md"
    page.write_text('---\ntitle: "War in Tremmia"\n---\n' + _COMMANDERS_BOX, encoding="utf-8")
    ingest_file(tmp_path / "ws", page)
    drafts = {actor.name: actor.kind.value for actor in load_workspace(tmp_path / "ws").actors.values()}
    assert drafts.get("Joe Varnley") == "person"
    assert drafts.get("Gulbuddin Tresky") == "person"
    assert drafts.get("Germany") == "state"


def test_a_commanders_suffix_with_its_stop_does_not_end_the_boxs_list() -> None:
    drafts = draft_kind_names(
        "The war lasted twenty years.\n\nCommanders and leaders\nKenneth F. Varnley Jr.\nJohn F. Quellman\n"
        "Gulbuddin Tresky\nAsim Tamberlane\n"
    )
    assert drafts.get("John F. Quellman") == "person"
    assert drafts.get("Gulbuddin Tresky") == "person"
    assert drafts.get("Asim Tamberlane") == "person"


def test_a_wires_credit_alone_after_a_caption_names_the_agency_and_the_photographer() -> None:
    drafts = draft_kind_names(
        "Soldiers carry a wounded man from the market in Quellstad on Sunday. (REUTERS/Feisal Varnoush)\n\n"
        "QUELLSTAD, Tremmia: Fighters ambushed a convoy of peacekeepers on Sunday, officials said."
    )
    assert drafts.get("Feisal Varnoush") == "person"
    assert drafts.get("REUTERS") == "media"


def test_a_papers_credit_after_a_caption_names_the_photographer_and_the_agencies() -> None:
    drafts = draft_kind_names(
        "Police fire towards the fighters in Quellstad. Photograph: Mamun Tresskar/AFP/Getty Images\n\n"
        "Troops fought running battles with the fighters in Quellstad on Sunday."
    )
    assert drafts.get("Mamun Tresskar") == "person"
    assert drafts.get("AFP") == "media"
    assert drafts.get("Getty Images") == "media"


def test_a_school_of_a_faith_named_with_its_head_word_is_a_body() -> None:
    drafts = draft_kind_names(
        "After graduating in Abu Tarik Seminary he enrolled at the military academy in Quellstad."
    )
    assert drafts.get("Abu Tarik Seminary") == "organization"


def test_the_parent_a_biography_names_after_son_of_is_a_person() -> None:
    drafts = draft_kind_names("An ethnic Tajik, he is the son of Ghausvarn of the Tresk Valley.")
    assert drafts.get("Ghausvarn") == "person"


def test_a_name_a_box_lists_under_political_party_is_a_body_though_it_reads_as_a_persons() -> None:
    drafts = draft_kind_names(
        "Ilse Varnakzai is an Afghan general.\nPersonal details\nBorn1961\nPolitical partyJamiat-e Varnak\n"
        "Military service\n"
    )
    assert drafts.get("Jamiat-e Varnak") == "organization"


def test_a_name_before_group_in_lower_case_is_a_body() -> None:
    drafts = draft_kind_names(
        "Most attacks are attributed to the Ansarul Varnak group, which emerged near the border in 2016."
    )
    assert drafts.get("Ansarul Varnak") == "organization"


def test_a_name_before_group_on_a_page_of_islands_is_an_island_group() -> None:
    drafts = draft_kind_names(
        "Funding will build a seawall on Tessutapu and upgrade the airstrip at Quellifuka in the Varnapai group. "
        "Supplies were flown to the outer islands."
    )
    assert drafts.get("Varnapai") == "place"


def test_a_boxs_allies_opponents_and_seats_go_on_one_name_a_line_under_their_label() -> None:
    drafts = draft_kind_names(
        "Varnak Front is an armed group based in Tremmia.\nActive 2006–present\n"
        "Headquarters Quellmayo (22 August 2008–29 September 2012)\nBarawe[3] (29 September 2012–5 October 2014)\n"
        "Strength 7,000–9,000[5]\nSplit from Islamic Courts Tribunal\n"
        "Allies al-Qaeda in the Tremmic Peninsula\nForeign Mujahedeen\nTremmin Democratic Forces\n"
        "Opponents Quellistan\n\nVARNISOM\n Kenya\n"
    )
    assert drafts.get("Barawe") == "place"
    assert drafts.get("Foreign Mujahedeen") == "organization"
    assert drafts.get("al-Qaeda in the Tremmic Peninsula") in ("organization", "armed_force")
    assert drafts.get("VARNISOM") == "organization"
    assert "Allies al-Qaeda in the Tremmic Peninsula" not in drafts
    assert "Strength" not in drafts


def test_the_speaker_a_statements_heading_sets_off_by_commas_or_after_by_is_a_person() -> None:
    briefing = draft_kind_names(
        "Briefing to the Security Council by the Special Representative for Tremmia, Ilse Varnova, Quellstad, "
        "6 August 2021\n\nThe war in Tremmia has entered a new and deadlier phase, she said."
    )
    assert briefing.get("Ilse Varnova") == "person"
    remarks = draft_kind_names(
        "Remarks by Tomas Quellberg, Special Envoy for Tremmia, New York, 6 August 2021\n\nThe truce holds, he said."
    )
    assert remarks.get("Tomas Quellberg") == "person"


def test_jan_inside_an_afghan_name_is_a_word_of_the_name_not_a_month() -> None:
    drafts = draft_kind_names("Provincial council head Sayed Jan Varnakzai confirmed the fall of the district.")
    assert drafts.get("Sayed Jan Varnakzai") == "person"
    assert "Sayed" not in drafts


def test_the_name_a_force_is_known_by_between_commas_is_the_forces() -> None:
    drafts = draft_kind_names(
        "The peacekeeping force, known as Varnisom, said its troops had regained control of the base. "
        "Varnisom tweeted that the base was safe."
    )
    assert drafts.get("Varnisom") == "organization"


def test_a_states_flag_before_the_side_it_marks_is_cut_off_wherever_the_box_lines_are() -> None:
    drafts = draft_kind_names(
        "The war began in 2001.\nInvasion (2001):\nAfghanistan Islamic Front of Afghanistan[3]\n055 Brigade[4][5]\n"
        "Part of:\nUnited States Central Command\n"
    )
    assert drafts.get("Islamic Front of Afghanistan") == "organization"
    assert drafts.get("Afghanistan") == "state"
    assert "Afghanistan Islamic Front of Afghanistan" not in drafts
    assert "United States Central Command" in drafts


def test_an_operations_code_name_is_no_actor() -> None:
    drafts = draft_kind_names(
        "France has deployed 4,500 troops in a mission codenamed Varnkhane to help local forces. "
        "Fighters have launched an operation, Tremmic Rage, to seize the town, Ilse Varnova said."
    )
    assert "Varnkhane" not in drafts
    assert "Tremmic Rage" not in drafts
    assert drafts.get("France") == "state"
    assert drafts.get("Ilse Varnova") == "person"


def test_a_credit_in_brackets_alone_after_a_caption_names_the_photographer_and_the_paper() -> None:
    drafts = draft_kind_names(
        "Soldiers unload supplies at the base. (Photo by Tomas Quellberg, Tremmin Times)\n\n"
        "The soldiers arrived in Quellstad on Monday."
    )
    assert drafts.get("Tomas Quellberg") == "person"
    assert drafts.get("Tremmin Times") == "media"


def test_a_bodys_name_with_and_is_whole_when_the_bracket_after_its_letters_spells_them_out() -> None:
    after = draft_kind_names(
        "Most attacks are attributed to the VNIM (Group to Support Varnak and Quellans), which has sworn allegiance "
        "to the Tremmic Front."
    )
    assert after.get("Group to Support Varnak and Quellans") == "organization"
    two = draft_kind_names(
        "The Tarnby Federal Police and the Varnian National Police (VNP) signed the deal in Quellstad."
    )
    assert two.get("Tarnby Federal Police") == "organization"
    assert two.get("Varnian National Police") == "organization"


def test_a_counted_craft_after_the_air_forces_letters_is_no_station() -> None:
    drafts = draft_kind_names(
        "An RAF Reaper provided close air support to them on Thursday. Tornados from RAF Quellbury patrolled "
        "over the desert."
    )
    assert "RAF Reaper" not in drafts
    assert drafts.get("RAF Quellbury") == "place"


def test_the_body_an_armed_group_split_from_is_read_in_its_box() -> None:
    drafts = draft_kind_names(
        "Varnak Front is an armed group.\nSplit from Islamic Courts Tribunal\nAllies Tremmin Front\n"
    )
    assert drafts.get("Islamic Courts Tribunal") == "organization"


def test_a_link_to_another_story_under_related_names_no_actor() -> None:
    drafts = draft_kind_names(
        "The smuggler was accused of moving weapons, officials said.\n\n"
        "RELATED U.S. to give another $625M in military assistance to Varnia\n\n"
        "Brig. Gen. Tomas Quellberg confirmed the raid."
    )
    assert drafts.get("Tomas Quellberg") == "person"
    assert not any(name.startswith("RELATED") for name in drafts)


def test_a_peoples_adjective_before_its_forces_after_from_is_no_place() -> None:
    drafts = draft_kind_names("The army seized the oil city of Quellstad last month from Kurdish forces.")
    assert drafts.get("Kurdish") == "state"
