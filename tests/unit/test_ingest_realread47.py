"""Round realread47: rules found reading real military and government releases by hand (CENTCOM, AFRICOM and US
Department of Defense releases, Combined Maritime Forces seizures, UK, Australian and Canadian defence ministries,
US Treasury and State Department sanctions and terrorist designations). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_letters_taken_from_inside_a_bodys_words_are_its_acronym() -> None:
    drafts = draft_kind_names(
        "Troops fought beside Nordic Union Mission in Chad (NORMICH) forces near the river. Later the NORMICH "
        "convoy left. The cutter serves under Coastal Patrol Forces Northwest Asia (COPATNWA). COPATNWA deploys "
        "ships alongside the navy. The men belong to al-Qa’ida in the Ostrel Peninsula (AQOP), al-Shabaab, and "
        "al-Qa’ida in the Islamic Quellia (AQIQ). Tarn is a senior member of AQOP."
    )
    assert drafts.get("Nordic Union Mission in Chad") == "organization"
    assert drafts.get("Coastal Patrol Forces Northwest Asia") == "armed_force"
    assert drafts.get("al-Qa’ida in the Ostrel Peninsula") == "armed_force"
    assert drafts.get("al-Qa’ida in the Islamic Quellia") == "armed_force"
    assert not {"NORMICH", "COPATNWA", "AQOP", "AQIQ"} & set(drafts)


def test_the_classes_of_us_terrorism_sanctions_are_no_drafts() -> None:
    drafts = draft_kind_names(
        "The Department of State designated the Tarnwick Brigade as a Foreign Terrorist Organization (FTO) and its "
        "chief as a Specially Designated Global Terrorist (SDGT). It also reviewed the FTO designation of the "
        "Ostrel Front. A list of FTOs and SDGTs is online, and the SDGT rules bind banks."
    )
    assert not {"FTO", "FTOs", "SDGT", "SDGTs"} & set(drafts)
    assert drafts.get("Department of State") == "organization"


def test_the_honourable_before_a_given_name_is_the_holders_style() -> None:
    drafts = draft_kind_names(
        "Today, the Honourable Maria Tessel, Minister of National Defence, announced the extension. The "
        "Honourable Daniel Quellmark, Minister of Foreign Affairs, agreed. He once served in the Honourable "
        "Artillery Company."
    )
    assert drafts.get("Maria Tessel") == "person"
    assert drafts.get("Daniel Quellmark") == "person"
    assert "Honourable Maria Tessel" not in drafts and "Honourable Daniel Quellmark" not in drafts
    assert drafts.get("Honourable Artillery Company") == "organization"


def test_an_adverb_opening_a_sentence_before_a_state_is_no_town() -> None:
    drafts = draft_kind_names(
        "The tanker is operated by Quellmark Marine Co Ltd. Concurrently, Britain updated its sanctions list. "
        "She lives in Manly, Australia, with her son."
    )
    assert "Concurrently" not in drafts
    assert drafts.get("Manly") == "place"


def test_who_was_killed_caught_or_listed_is_named_after_a_role_noun() -> None:
    drafts = draft_kind_names(
        "The attack killed two soldiers and U.S. civilian Tarvel Ostrani Quellin of Tarnby, Mich. The Treasury "
        "listed Houthi financial facilitator Varnak Tessidi and Hizballah operative Quorim Ostrelli. The "
        "interpreter Belvar Noshani was hurt."
    )
    for name in ("Tarvel Ostrani Quellin", "Varnak Tessidi", "Quorim Ostrelli", "Belvar Noshani"):
        assert drafts.get(name) == "person", name


def test_a_firm_named_for_its_trade_keeps_its_for() -> None:
    drafts = draft_kind_names(
        "OFAC designated Adel Varn and their company, Tarnib Al Quellan for Travel & Tourism, today. It also "
        "designated Beit Varnaki for Money Exchange in Baghdad. The Minister for Trade spoke."
    )
    assert drafts.get("Tarnib Al Quellan for Travel & Tourism") == "organization"
    assert drafts.get("Beit Varnaki for Money Exchange") == "organization"
    assert "Travel & Tourism" not in drafts and "Tarnib Al Quellan" not in drafts
    assert drafts.get("Minister for Trade") == "person"


def test_a_force_first_written_without_its_people_is_named_with_them() -> None:
    drafts = draft_kind_names(
        "Since my last Coastal Defence Force operations update to the Parliament, we have seen attacks. The "
        "Government will extend Canadian Coastal Defence Force patrols into the gulf."
    )
    assert drafts.get("Canadian Coastal Defence Force") == "armed_force"
    assert "Coastal Defence Force" not in drafts
    drafts = draft_kind_names(
        "The unit deploys Harbour Guard personnel and ships. A US Harbour Guard cutter seized drugs."
    )
    assert drafts.get("US Harbour Guard") == "armed_force"
    assert "Harbour Guard" not in drafts


def test_a_groups_singular_adjective_is_the_plural_groups_alias() -> None:
    # (a group the reader knows by name in both forms: the rule joins what its lists draft twice)
    drafts = draft_kind_names(
        "The Houthis fired two drones at a tanker. The Treasury listed Houthi financial facilitator Tarvel Ostrani "
        "of Tarnby Trading."
    )
    assert drafts.get("Houthis") == "armed_force"
    assert "Houthi" not in drafts


def test_a_forces_letters_before_a_craft_flown_elsewhere_on_the_page_make_no_station() -> None:
    drafts = draft_kind_names(
        "File photo of an RAF Kestrel flying over the desert. Two RAF Kestrel fighter jets responded, and RAF "
        "Kestrels struck again in May. Jets based at RAF Tarnholme flew the missions."
    )
    assert "RAF Kestrel" not in drafts
    assert drafts.get("RAF Tarnholme") == "place"


def test_whom_a_release_identifies_is_a_person() -> None:
    drafts = draft_kind_names(
        "Forces captured an ISIS official identified as Tarvak in a raid. The attacker was identified as Belvar "
        "Noshani. The group was identified as Hamas."
    )
    assert drafts.get("Tarvak") == "person"
    assert drafts.get("Belvar Noshani") == "person"
    assert drafts.get("Hamas") == "armed_force"


def test_allies_beside_partners_are_no_body() -> None:
    assert "Allies" not in draft_kind_names(
        "The ministers will stand with our partners and Allies in the region. Allies and partners met in Tarnby."
    )
    assert draft_kind_names("The Allies landed at Quellport in June.").get("Allies") == "organization"


def test_a_battalion_of_a_numbered_group_is_one_unit() -> None:
    drafts = draft_kind_names(
        "Soldiers assigned to 1st Battalion, 9th Special Forces Group (Airborne) trained with Tarnian troops. "
        "Troopers of 2nd Squadron, 14th Cavalry arrived in Quellport."
    )
    assert drafts.get("1st Battalion, 9th Special Forces Group (Airborne)") == "armed_force"
    assert drafts.get("2nd Squadron, 14th Cavalry") == "armed_force"
    assert "1st Battalion" not in drafts


def test_an_ordinal_and_a_fighting_arm_make_a_unit_though_a_bodys_word_closes_it() -> None:
    drafts = draft_kind_names("Soldiers of the 9th Special Forces Group trained with Tarnian troops in May.")
    assert drafts.get("9th Special Forces Group") == "armed_force"
