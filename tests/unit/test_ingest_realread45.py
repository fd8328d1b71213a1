"""Round realread45: rules found reading real conflict news and statements by hand (BBC and Al Jazeera news and
their copies, Australian ministers' transcripts and statements, EU and UN Security Council statements on Syria,
Yemen, Libya, Sudan, Somalia, Lebanon and terrorism). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names, spelling_kind_names


def test_a_time_zone_spelled_out_is_no_actor() -> None:
    drafts = draft_kind_names(
        "Shelling hit the Varn bridgepublished at 16:20 Greenwich Mean Time\n"
        "The convoy left at 0400 Zulu Time, the Tarnby Rifles said. The vote closes at 9pm Eastern Standard Time."
    )
    assert "Greenwich Mean Time" not in drafts
    assert "Zulu Time" not in drafts
    assert "Eastern Standard Time" not in drafts
    assert drafts.get("Tarnby Rifles") in ("armed_force", "organization")


def test_a_live_pages_entry_title_glued_to_its_stamp_is_no_name() -> None:
    drafts = draft_kind_names(
        "Rebels enter Qelmar\n\n  1. Strikes reported on Qelmarpublished at 17:00\n\n"
        "    Residents of Qelmar said jets struck the market, the Ostrava Monitor for Rights said."
    )
    assert "Qelmarpublished" not in drafts


def test_a_feeds_letters_name_no_body() -> None:
    drafts = draft_kind_names(
        "The article has changed 3 times. There is an RSS feed of changes available, the Quellport Gazette said."
    )
    assert "RSS" not in drafts
    assert drafts.get("Quellport Gazette") == "media"


def test_a_transcripts_heading_names_the_venue_and_the_town() -> None:
    drafts = draft_kind_names(
        "Doorstop, Adelaide\n\nIlse Varnholt, Foreign Minister: Today I am announcing sanctions on three men.\n\n"
        "Press conference, Australian Embassy, Vienna\n\nIlse Varnholt, Foreign Minister: Thanks for coming."
    )
    assert drafts.get("Adelaide") == "place"
    assert drafts.get("Vienna") == "place"
    assert drafts.get("Australian Embassy") == "organization"
    assert drafts.get("Ilse Varnholt") == "person"


def test_a_byline_with_by_in_lower_case_names_its_reporters_outlet_and_town() -> None:
    drafts = draft_kind_names(
        "Syria conflict: Fighters advance on the Qarnel dam\n\n"
        "by Halvard Tremaine and Imelda Varrow, BBC News, Beirut\n"
        "An alliance of fighters says it is starting an operation to take the dam."
    )
    assert drafts.get("Halvard Tremaine") == "person"
    assert drafts.get("Imelda Varrow") == "person"
    assert drafts.get("Beirut") == "place"


def test_arab_before_a_forces_noun_names_a_people_not_a_force() -> None:
    drafts = draft_kind_names(
        "The alliance of Kurdish and ethnic Arab militias has gained ground near Tarnak. "
        "Arab fighters and the Qarnel Brigade held the bridge."
    )
    assert drafts.get("Arab") not in ("armed_force", "organization")
    assert drafts.get("Qarnel Brigade") == "armed_force"


def test_a_name_before_channel_in_lower_case_is_an_outlet() -> None:
    drafts = draft_kind_names("The spokesman told the Dubai-based al-Varniya channel that the convoy had left.")
    assert drafts.get("al-Varniya") == "media"


def test_a_name_before_faction_in_lower_case_is_an_armed_group() -> None:
    drafts = draft_kind_names(
        "All factions are taking part in the battle, the military spokesman for the Mustaqar faction inside the "
        "city said. Ilse Varnoud, leader of a Qarvilan faction, pledged allegiance to the group."
    )
    assert drafts.get("Mustaqar") == "armed_force"
    # (after "a", the name says where the faction is from; the faction has no name of its own)
    assert drafts.get("Qarvilan") != "armed_force"


def test_a_post_with_its_remit_opening_a_sentence_keeps_its_first_word() -> None:
    drafts = spelling_kind_names(
        "Special Envoy for Varnistan, Ilse Quellmark, said the talks would resume. "
        "High Commissioner for Refugees, Tomas Varnholt, said aid must reach the camps."
    )
    assert drafts.get("Special Envoy for Varnistan") == "person"
    assert "Envoy for Varnistan" not in drafts
    assert drafts.get("High Commissioner for Refugees") == "person"
    assert "Commissioner for Refugees" not in drafts
    assert drafts.get("Ilse Quellmark") == "person"


def test_port_before_city_qualifies_the_city_and_leaves_the_sea_its_own_name() -> None:
    drafts = draft_kind_names(
        "The rebels still hold areas in the Qarvel Sea port city of Tessamar, the Varnak Brigade said."
    )
    assert drafts.get("Qarvel Sea") == "place"
    assert "Qarvel Sea port" not in drafts
    assert drafts.get("Tessamar") == "place"


def test_a_news_or_press_agency_is_an_outlet() -> None:
    drafts = draft_kind_names(
        "In a statement carried by the official Varnish Press Agency, the coalition said the missile was shot down. "
        "The state-run Tarnish Arab News Agency (TANA) said two buses were hit."
    )
    assert drafts.get("Varnish Press Agency") == "media"
    assert drafts.get("Tarnish Arab News Agency") == "media"


def test_israels_army_by_its_letters_and_islamic_jihad_are_armed_forces() -> None:
    drafts = draft_kind_names(
        "The IDF confirmed the death of Hadi Varnoud, a commander of the Tarnak battalion. Rockets were fired by "
        "members of the Palestinian Islamic Jihad (PIJ), the Qarvel Monitor said."
    )
    assert drafts.get("IDF") == "armed_force"
    assert drafts.get("Palestinian Islamic Jihad") == "armed_force"


def test_sahel_and_khorasan_jihadist_groups_by_their_letters_are_armed_forces() -> None:
    drafts = draft_kind_names(
        "Reporting from Tarnabougou, the correspondent said JNIM posted videos of the attack. AQIM and ISGS "
        "fighters clashed near Quellé, and an ISKP cell was broken up."
    )
    assert drafts.get("JNIM") == "armed_force"
    assert drafts.get("AQIM") == "armed_force"
    assert drafts.get("ISKP") == "armed_force"


def test_a_union_of_states_before_troops_stays_a_body() -> None:
    drafts = draft_kind_names(
        "Defying help from Varnish and UN troops, the conflict spread to Tarnabougou. African Union troops guarded "
        "the palace in Quellé."
    )
    assert drafts.get("UN") == "organization"
    assert drafts.get("African Union") == "organization"


def test_an_arabic_name_after_a_place_noun_and_of_is_the_place() -> None:
    drafts = draft_kind_names(
        "Militants attacked a checkpoint in the province of Hamid al-Varnan and in Qarvel, officials said."
    )
    assert drafts.get("Hamid al-Varnan") == "place"


def test_al_shabab_spelled_with_one_a_is_the_armed_group() -> None:
    drafts = draft_kind_names(
        "Gunmen stormed a hotel in Varnadishu on Sunday. al-Shabab said it was behind the attack, and Al-Shabab "
        "claimed a second one in Quellmayo."
    )
    assert drafts.get("al-Shabab") == "armed_force" or drafts.get("Al-Shabab") == "armed_force"
    assert "person" not in {drafts.get("al-Shabab"), drafts.get("Al-Shabab")}


def test_israels_security_service_by_its_name_is_a_body() -> None:
    drafts = draft_kind_names(
        "The army said its jets, under the intelligence guidance of the Shin Bet, struck a house in Tarnyunis."
    )
    assert drafts.get("Shin Bet") == "organization"


def test_a_faiths_adjective_among_the_peoples_before_a_known_group_is_that_group() -> None:
    drafts = draft_kind_names(
        "The Lebanese Shiite Hezbollah movement confirmed on Monday that two of its fighters were killed near Varnoun."
    )
    assert drafts.get("Lebanese Shiite Hezbollah") == "armed_force"


def test_an_airline_before_flight_and_its_number_is_the_airline() -> None:
    drafts = draft_kind_names(
        "Forty people who called Tarnby home were killed when Varnish Airlines Flight VA17 was shot down over "
        "Quellgrad by a missile."
    )
    assert drafts.get("Varnish Airlines") == "organization"


def test_a_name_after_corporation_in_lower_case_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Sanctions also hit subsidiaries of the state-owned atomic energy corporation Quellatom that build reactors."
    )
    assert drafts.get("Quellatom") == "organization"


def test_a_known_armed_groups_province_is_an_armed_force() -> None:
    drafts = draft_kind_names(
        "The Islamic State Tarnesh Province (ISTP) cell was dismantled in Quellabad, the interior ministry said."
    )
    assert drafts.get("Islamic State Tarnesh Province") == "armed_force"


def test_a_name_before_mercenary_is_an_armed_group() -> None:
    # (a word that is a given name too, as the real groups' names often are)
    drafts = draft_kind_names("Varnia's Milton mercenary group seized the town of Tarnmut last year.")
    assert drafts.get("Milton") == "armed_force"


def test_turkeys_state_agency_by_its_name_is_an_outlet() -> None:
    drafts = draft_kind_names("Anadolu Agency reports that the Tarnish regime shelled two villages near Quellib.")
    assert drafts.get("Anadolu Agency") == "media"


def test_the_letters_of_displaced_people_name_no_body() -> None:
    drafts = draft_kind_names("Strikes by the Tarnish regime destroyed IDP camps near Quellib, the Varn Monitor said.")
    assert "IDP" not in drafts


def test_a_reporters_name_over_a_known_outlets_line_is_the_writer() -> None:
    drafts = draft_kind_names(
        "War in Varnia: Fighters advance on the Qarnel dam\n\n2 hours ago\n\nIlse Varnholt\nBBC News, Beirut\n\n"
        "Fighters of the Tarnak Brigade say they are close to the dam."
    )
    assert drafts.get("Ilse Varnholt") == "person"
    assert drafts.get("Beirut") == "place"


def test_a_state_office_credited_after_a_comma_describes_no_name_before_it() -> None:
    drafts = draft_kind_names(
        "The convoy reached Kessavar, the ministry said. Shells hit Tarnova, the army said on Monday."
    )
    assert drafts.get("Kessavar") != "organization"
    assert drafts.get("Tarnova") not in ("organization", "armed_force")


def test_a_name_before_force_in_lower_case_is_an_armed_unit() -> None:
    drafts = draft_kind_names(
        "Bilal Varnoud, the commander of the Nakhara force, was killed. The Qadaa force clashed with the brigade. "
        "The army defeated a Tessarine force near Quellgard."
    )
    assert drafts.get("Nakhara") == "armed_force"
    assert drafts.get("Qadaa") == "armed_force"
    assert drafts.get("Tessarine") != "armed_force"  # "a Tessarine force": whose force, no unit's name
