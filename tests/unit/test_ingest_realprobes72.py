"""Round realprobes72 (batch en72): rules found on invented English pages from South and Southeast Asia
and the Pacific."""

from __future__ import annotations

from dossier.ingest.bylines import byline_persons
from tests.unit.ingest_helpers import draft_kinds


def test_two_or_three_initials_before_a_name_are_one_person() -> None:
    kinds = draft_kinds("The court granted bail to builder T. G. Ramaswaroop Iyengar, arrested in May.", language="en")
    assert kinds.get("T. G. Ramaswaroop Iyengar") == "person", kinds
    kinds = draft_kinds("Senior counsel D. V. Kotturappa argued that the dispute was civil.", language="en")
    assert kinds.get("D. V. Kotturappa") == "person", kinds
    assert not any(name in ("T. G", "D. V") for name in kinds), kinds


def test_a_judge_styled_justice_keeps_her_initials() -> None:
    kinds = draft_kinds("Justice R. M. Sowbhagyamma heard the petition on Monday.", language="en")
    assert kinds.get("R. M. Sowbhagyamma") == "person", kinds
    assert draft_kinds("The Justice Department declined to comment.", language="en") == {
        "Justice Department": "organization"
    }


def test_shri_and_smt_are_honorifics_before_a_name() -> None:
    kinds = draft_kinds("Prosecutor Shri Gopalakrishna Hebbar and Smt Vasanthi Kulkarni opposed bail.", language="en")
    assert kinds.get("Gopalakrishna Hebbar") == "person", kinds
    assert kinds.get("Vasanthi Kulkarni") == "person", kinds
    assert not any(name.startswith(("Shri", "Smt")) for name in kinds), kinds
    kinds = draft_kinds("Thiru S. Arumugasamy and Tmt. Revathi Palanisamy attended the meeting.", language="en")
    assert kinds.get("S. Arumugasamy") == "person" and kinds.get("Revathi Palanisamy") == "person", kinds


def test_a_month_short_name_inside_a_bylines_chinese_name_is_a_syllable() -> None:
    assert byline_persons("Ong Jun Kiat; Correspondent · Published Thu; Dec 3") == ["Ong Jun Kiat"]
    assert byline_persons("Chua May Lin | Dec 3") == ["Chua May Lin"]
    assert byline_persons("Ann Holt Jun 3") == []


def test_a_quoted_nickname_joins_a_given_name_read_as_a_town() -> None:
    kinds = draft_kinds('Also held were Nestor D. Cabahug, 33; Rosario "Bing" Lumapas, 45; and a minor.', language="en")
    assert kinds.get("Rosario Lumapas") == "person", kinds
    assert "Rosario" not in kinds, kinds
    kinds = draft_kinds('Fans in Manila "Manny" Quibuyen cheered.', language="en")
    assert kinds.get("Manila") == "place", kinds


def test_the_words_before_a_lower_case_assemblyman_are_his_seat() -> None:
    kinds = draft_kinds("Permatang Larut assemblyman Datuk Azlan bin Ridzuan asked about the drains.", language="en")
    assert kinds.get("Permatang Larut") == "place", kinds
    kinds = draft_kinds(
        "Democratic assemblywoman Ilse Varncombe and PKR assemblyman Yap Chee Wah spoke.", language="en"
    )
    assert "Democratic" not in kinds, kinds
    assert kinds.get("PKR") != "place", kinds


def test_given_names_of_south_and_southeast_asia_and_the_pacific_make_persons() -> None:
    kinds = draft_kinds("The group's convener, Nasreen Yasmeen Gondal, demanded a separate budget line.", language="en")
    assert kinds.get("Nasreen Yasmeen Gondal") == "person", kinds
    kinds = draft_kinds("The cash was carried by the official's driver, Slamet, to a hotel.", language="en")
    assert kinds.get("Slamet") == "person", kinds
    kinds = draft_kinds("Tailevu hit back through tries by Sitiveni Rokoua and Iliesa Draunidalo.", language="en")
    assert kinds.get("Sitiveni Rokoua") == "person", kinds
    assert kinds.get("Iliesa Draunidalo") == "person", kinds


def test_an_english_given_name_before_a_chinese_name_is_one_person() -> None:
    kinds = draft_kinds("Chief executive Jasmine Quek Siew Min said the firm would hire.", language="en")
    assert kinds.get("Jasmine Quek Siew Min") == "person", kinds


def test_a_plain_remit_ends_before_a_listed_given_name() -> None:
    kinds = draft_kinds("Provincial Minister for Fisheries Khawaja Tanveer Alam Qureshi met traders.", language="en")
    assert kinds.get("Khawaja Tanveer Alam Qureshi") == "person", kinds
    assert not any(name.startswith("Alam") for name in kinds), kinds


def test_a_flyhalf_is_a_position_before_a_players_name() -> None:
    kinds = draft_kinds("Flyhalf Varani Koroduadua kicked a late penalty.", language="en")
    assert kinds.get("Varani Koroduadua") == "person", kinds


def test_a_malay_name_is_called_by_the_given_name_after_muhammad() -> None:
    text = "Mohd Faizal Ismail, 29, was charged on Monday. His lawyer said Faizal would claim trial."
    assert draft_kinds(text, language="en") == {"Mohd Faizal Ismail": "person"}


def test_malay_and_indonesian_words_that_open_places_names() -> None:
    kinds = draft_kinds(
        "The RM40mil Sungai Pelarit project had stalled. Kampung Paya Terubong traders and residents of Taman Seri "
        "Kenari said the drains near Tanjung Benoa overflowed.",
        language="en",
    )
    for place in ("Sungai Pelarit", "Kampung Paya Terubong", "Taman Seri Kenari", "Tanjung Benoa"):
        assert kinds.get(place) == "place", kinds


def test_a_pakistani_provincial_member_is_an_mpa_no_body() -> None:
    kinds = draft_kinds("Opposition member Ghulam Nabi Sial, MPA from PP-201, walked out.", language="en")
    assert "MPA" not in kinds, kinds
    kinds = draft_kinds("Sahiwal MPA Tanveer Ahmed Dhudhi said the canal was dry.", language="en")
    assert kinds.get("Sahiwal") == "place", kinds
    assert kinds.get("Tanveer Ahmed Dhudhi") == "person", kinds


def test_garment_and_shipping_terms_and_regional_currency_codes_are_no_bodies() -> None:
    kinds = draft_kinds("RMG exports fell while 3,100 TEUs waited at the port. The BDT slid against the dollar.")
    assert not {"RMG", "TEUs", "BDT"} & set(kinds), kinds


def test_a_motorway_an_expressway_or_a_bypass_by_its_name_is_a_place() -> None:
    kinds = draft_kinds("Money went to the Multan-Sukkur Motorway, the Quellmoor Expressway and Tarnby Bypass.")
    for road in ("Multan-Sukkur Motorway", "Quellmoor Expressway", "Tarnby Bypass"):
        assert kinds.get(road) == "place", kinds


def test_a_chinese_name_is_called_by_the_family_name_that_opens_it() -> None:
    text = "Councillor Ong Chee Keat said the drains were blocked. Mr Ong said work would start in May."
    assert draft_kinds(text, language="en") == {"Ong Chee Keat": "person"}
    text = "Chief executive Melissa Yeo Shu Hui said sales doubled. Ms Yeo declined to give figures."
    assert draft_kinds(text, language="en") == {"Melissa Yeo Shu Hui": "person"}
    text = "Lee Ann Holt said the vote was close. Ms Holt thanked the council."
    assert draft_kinds(text, language="en") == {"Lee Ann Holt": "person"}


def test_the_firm_a_pages_footer_names_as_its_publisher() -> None:
    from dossier.ingest.footer_publisher import footer_owner

    page = (
        "<main><p>Text.</p></main>"
        "<footer><p>&copy; 2026 Tarnvale Press Sdn Bhd (1234-X). All rights reserved.</p></footer>"
    )
    assert footer_owner(page) == "Tarnvale Press Sdn Bhd"
    page = "<footer><p>Published by Quellmark Newspapers (Pvt) Ltd, Mall Road, Multan.</p></footer>"
    assert footer_owner(page) == "Quellmark Newspapers (Pvt) Ltd"
    page = (
        "<footer><p>&copy; 2026 The Varn Weekly. "
        "The Varn Weekly is published by PT Harnby Media Nusantara.</p></footer>"
    )
    assert footer_owner(page) == "PT Harnby Media Nusantara"
    assert footer_owner("<footer><p>&copy; 2026 Harnby Media Group, Inc. All rights reserved.</p></footer>") == (
        "Harnby Media Group"
    )
    assert footer_owner("<footer><p>&copy; 2026 Science Desk. Contact</p></footer>") is None
    assert footer_owner("<footer><p>© 2024 News Ltd. All rights reserved.</p></footer>") is None  # a template's
    assert footer_owner("<p>&copy; 2026 Tarnvale Press Ltd</p>") is None  # no footer: no publisher


def test_a_pages_footer_publisher_is_drafted_as_an_organisation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='en'><head><title>Harbour dredging to resume | Varn Coast Times</title></head><body>"
        "<main><article><h1>Harbour dredging to resume</h1><p>Dredging at the harbour will resume next week, the "
        "port board said on Monday, after a court lifted an order that had halted the works for a month.</p>"
        "<p>Fishermen said the delay had cost them a season of catches at the quay.</p>"
        "<figure><figcaption>The dredger at work. Photo: Farida Osmani-Varn</figcaption></figure></article></main>"
        "<footer><p>&copy; 2026 Coastal Varn Media Pte Ltd. All rights reserved.</p></footer></body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    actors = load_workspace(root).actors.values()
    kinds = {actor.name: actor.kind for actor in actors}
    assert kinds.get("Coastal Varn Media Pte Ltd") == "organization", kinds
    aliases = {alias for actor in actors for alias in actor.aliases}
    assert "Coastal Varn Media" in aliases  # the firm's name without its legal form
    assert kinds.get("Farida Osmani-Varn") == "person", kinds


def test_regions_as_english_news_names_them() -> None:
    # ("Penang" was read as George Town's other name; ISO writes "Western Visayas (Region VI)")
    kinds = draft_kinds("The Penang state assembly sat on Monday. Western Visayas recorded 40 cases.", language="en")
    for region in ("Penang", "Western Visayas"):
        assert kinds.get(region) == "place", kinds


def test_a_seat_in_brackets_after_a_member_on_an_assembly_page() -> None:
    text = (
        "The state assembly sat until late. The motion was tabled by Yeoh Chin Hwa (Padang Kota) and opposed by "
        "Ann Holt (Reuters)."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Padang Kota") == "place", kinds
    assert kinds.get("Reuters") == "media", kinds
    kinds = draft_kinds("The stall was run by Ilse Varn (Tarnby Post) at the fair.", language="en")
    assert kinds.get("Tarnby Post") != "place", kinds


def test_nasdaq_is_a_firm_known_by_one_word() -> None:
    kinds = draft_kinds("The firm may list on the Singapore Exchange or Nasdaq next year.", language="en")
    assert kinds.get("Nasdaq") == "organization", kinds


def test_a_bills_bracketed_words_are_no_members_seat() -> None:
    text = "Parliament passed the Public Finance (Harbour Levies) Amendment Bill after a long debate."
    assert draft_kinds(text, language="en").get("Harbour Levies") != "place"


def test_the_photographers_a_pages_captions_credit() -> None:
    from dossier.ingest.photo_credits import photo_credits

    page = (
        "<figure><figcaption>Fishermen at the jetty. (File photo: Kavitha Ramanathan / The Tarnby Post)</figcaption>"
        "</figure><figure><figcaption>The winning try. Picture: SEMISI TAVOLA</figcaption></figure>"
        "<figure><figcaption>The plant. Photo: Supplied</figcaption></figure>"
        "<figure><figcaption>Trial site. Image: Quellmark Therapeutics</figcaption></figure>"
    )
    assert photo_credits(page) == ["Kavitha Ramanathan", "Semisi Tavola"]


def test_additional_opens_a_post_as_deputy_does() -> None:
    kinds = draft_kinds("Additional State Public Prosecutor Leela Varghese opposed the bail plea.", language="en")
    assert kinds == {"Leela Varghese": "person"}, kinds


def test_a_judge_styled_justice_before_a_family_name_is_a_person() -> None:
    kinds = draft_kinds("Justice Adeyemi-Quarshie granted bail. Justice Venkataramaiah dissented.", language="en")
    assert kinds.get("Adeyemi-Quarshie") == "person", kinds
    assert kinds.get("Venkataramaiah") == "person", kinds
    kinds = draft_kinds("The Justice Department and the Justice Party met. Justice Minister Ilse Varn spoke.")
    assert kinds.get("Justice Department") == "organization", kinds
    assert kinds.get("Ilse Varn") == "person", kinds


def test_a_malaysian_states_menteri_besar_is_a_post_after_the_state() -> None:
    kinds = draft_kinds("Johor Menteri Besar Datuk Onn Hafiz Ghazi said the dam would open.", language="en")
    assert kinds.get("Onn Hafiz Ghazi") == "person", kinds
    assert kinds.get("Johor") == "place", kinds
    assert draft_kinds("Floods hit Sungai Besar on Monday.", language="en") == {"Sungai Besar": "place"}


def test_south_asian_subdistricts_by_their_words() -> None:
    kinds = draft_kinds("Police in Kaliakair Sadar and farmers of Chakwal Tehsil and Madhugiri Taluk protested.")
    for place in ("Kaliakair Sadar", "Chakwal Tehsil", "Madhugiri Taluk"):
        assert kinds.get(place) == "place", kinds


def test_south_and_southeast_asian_time_zones_are_no_bodies() -> None:
    text = "Updated: Dec 03, 2026 14:20 IST. The ruling came at 5:41 PM MYT. Flights resumed at 08:00 PKT."
    assert not {"IST", "MYT", "PKT"} & set(draft_kinds(text, language="en"))


def test_a_port_named_with_its_town_is_called_by_the_town_too() -> None:
    from dossier.ingest.extract import extract

    actors = extract("Exporters turned to Kalapara port to move goods.", None, [], set(), "t").actors
    port = next(actor for actor in actors if actor.name == "Kalapara port")
    assert port.kind == "place" and "Kalapara" in port.aliases


def test_the_subject_of_a_clause_ending_in_a_win_is_a_side() -> None:
    text = (
        "The prop scored two tries and the flanker kicked a penalty in the scrum. Later, Kaloveni held on to the "
        "shield with a 15-10 win over Tavuana."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Kaloveni") == "organization", kinds
    text = (
        "The prop scored two tries in the scrum. In the Varani Shield challenge in Nausori, Kaloveni won with a "
        "15-10 win over Tavuana.\nTitle race\nThe title was sealed with a 3-1 win over Tavuana."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Varani Shield") != "organization" and "Title" not in kinds, kinds


def test_a_portfolio_with_a_bodys_word_before_a_ministers_title_names_no_body() -> None:
    kinds = draft_kinds("Civil Aviation Minister Ramesh Kulkarni opened the terminal.", language="en")
    assert kinds == {"Ramesh Kulkarni": "person"}, kinds
    kinds = draft_kinds("Sindh Local Government Minister Zeeshan Rafiq Gondal visited Sukkur.", language="en")
    assert "Sindh Local Government" not in kinds and kinds.get("Sindh") == "place", kinds


def test_a_sides_nickname_alone_after_the_on_a_sports_page() -> None:
    text = (
        "The winger scored two tries and the flanker kicked a penalty. The coach, who took charge of the "
        "Marlins in March, praised the pack. Fans of the Philippines and the Greens cheered."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Marlins") == "organization", kinds
    assert kinds.get("Philippines") == "state", kinds


def test_initials_written_together_before_a_name_are_a_persons() -> None:
    kinds = draft_kinds("The court heard that T.N. Gundappa, 52, had forged deeds. M.V. Rajashekara defended him.")
    assert kinds.get("T.N. Gundappa") == "person", kinds
    assert kinds.get("M.V. Rajashekara") == "person", kinds
    assert draft_kinds("The U.S. Navy said so.").get("U.S. Navy") == "armed_force"


def test_a_malay_hereditary_prefix_may_open_the_fathers_name_too() -> None:
    kinds = draft_kinds("Tengku Hasnah Tengku Mahmud chaired the board. Nik Syazwan Nik Azmi spoke.", language="en")
    assert kinds.get("Tengku Hasnah Tengku Mahmud") == "person", kinds
    assert kinds.get("Nik Syazwan Nik Azmi") == "person", kinds


def test_places_words_written_short_with_a_stop() -> None:
    kinds = draft_kinds("Floods hit Sta. Lucia and Sto. Nino in Laguna. Hikers climbed Mt. Kalatungan.", language="en")
    for place in ("Sta. Lucia", "Sto. Nino", "Mt. Kalatungan"):
        assert kinds.get(place) == "place", kinds
    kinds = draft_kinds("Brgy. Capt. Ruperto Maglasang said roads in Brgy. Bulacao were flooded.", language="en")
    assert kinds.get("Ruperto Maglasang") == "person", kinds
    assert kinds.get("Brgy. Bulacao") == "place", kinds
    assert "Brgy" not in kinds, kinds


def test_two_given_names_a_quoted_nickname_and_a_family_name_are_one_person() -> None:
    kinds = draft_kinds('Sen. Juan Carlos "Jojo" R. Villarosa-Tan said the hearing would resume.', language="en")
    assert kinds == {"Juan Carlos R. Villarosa-Tan": "person"}, kinds


def test_ma_written_short_for_maria_opens_a_name_and_drafts_nothing_alone() -> None:
    kinds = draft_kinds("Rep. Ma. Cristina L. Abalos-Santos filed the bill.", language="en")
    assert "Ma" not in kinds and kinds.get("Cristina L. Abalos-Santos") == "person", kinds


def test_a_motor_tankers_mt_is_no_mount() -> None:
    kinds = draft_kinds("The tanker MT Varn Harrier was attacked. Hikers climbed Mt. Dulang-Dulang.", language="en")
    assert kinds.get("MT Varn Harrier") != "place", kinds
    assert kinds.get("Mt. Dulang-Dulang") == "place", kinds


def test_a_word_for_a_kind_of_place_alone_names_no_place() -> None:
    text = (
        "Barangay tanod, 3 others held in Tacloban City raid\n"
        "TACLOBAN CITY, Philippines — A watchman was held in Sitio Maharlika, Barangay Marasbaras, police said.\n"
        'Barangay Marasbaras captain Ruperto "Ruping" L. Cabungcal said he would call the barangay council.'
    )
    kinds = draft_kinds(text, language="en")
    assert "Barangay" not in kinds, kinds
    assert draft_kinds("Police raided Barangay Marasbaras.", language="en") == {"Barangay Marasbaras": "place"}


def test_a_states_high_court_written_hc_in_a_headline() -> None:
    kinds = draft_kinds("Telangana HC quashes FIR against builder", language="en")
    assert kinds.get("Telangana HC") == "organization", kinds


def test_south_asian_police_ranks_and_case_terms_in_letters() -> None:
    text = (
        "An FIR was registered, SHO Inspector Tariq Mehmood Bhatti said. ASI Naveed Iqbal Sandhu and "
        "SSP Kamran Akhtar Gondal led the raid. A PIL followed."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Naveed Iqbal Sandhu") == "person" and kinds.get("Kamran Akhtar Gondal") == "person", kinds
    assert not {"FIR", "SHO", "PIL"} & set(kinds), kinds
