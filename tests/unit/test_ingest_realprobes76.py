"""Round realprobes76 (batch en76): rules found on invented English pages (an East African election petition,
a Vietnamese storm report, a shipping newsletter, a defence-procurement blog, a sanctions press release)."""

from __future__ import annotations

from dossier.ingest.bylines import byline_drafts, byline_persons, outlet_name
from dossier.ingest.extract import extract
from dossier.ingest.footer_publisher import footer_owner
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.mentions import ActorIndex
from dossier.ingest.photo_credits import photo_credits, pictured_persons
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_maasai_ole_and_kikuyu_wa_stay_inside_a_persons_name() -> None:
    kinds = draft_kinds("Lawyer Wanjiku Muthoni wa Gitau said the ruling was wrong.", language="en")
    assert kinds.get("Wanjiku Muthoni wa Gitau") == "person", kinds
    kinds = draft_kinds("Governor Patrick ole Lenku Sankale opened the market in Kajiado.", language="en")
    assert kinds.get("Patrick ole Lenku Sankale") == "person", kinds


def test_a_court_party_before_a_name_is_no_part_of_it() -> None:
    kinds = draft_kinds("Petitioner Moraa Kerubo Nyakundi said she would appeal.", language="en")
    assert kinds == {"Moraa Kerubo Nyakundi": "person"}, kinds
    kinds = draft_kinds("Complainant Tobias Wrenfield told the court he was threatened.", language="en")
    assert kinds == {"Tobias Wrenfield": "person"}, kinds


def test_a_capital_particle_opens_a_town_the_gazetteer_knows_whole() -> None:
    kinds = draft_kinds("Tourists left Da Lat after the landslide closed the pass.", language="en")
    assert kinds == {"Da Lat": "place"}, kinds
    assert draft_kinds("Striker Da Silva scored twice.", language="en") == {"Da Silva": "person"}


def test_a_vietnamese_family_name_that_reads_as_a_word_opens_the_name() -> None:
    kinds = draft_kinds("Minister of Planning and Investment Ho Van Long said growth would slow.", language="en")
    assert kinds == {"Ho Van Long": "person"}, kinds
    kinds = draft_kinds("Le Thi Kim Oanh, a teacher in Hue, said the water rose fast.", language="en")
    assert kinds.get("Le Thi Kim Oanh") == "person", kinds
    kinds = draft_kinds("Do Minh Tuan told a meeting that villages were cut off.", language="en")
    assert kinds == {"Do Minh Tuan": "person"}, kinds


def test_a_date_written_after_the_last_name_of_a_byline_ends_it() -> None:
    assert byline_persons("Vu Thi Mai Huong; Dang Quoc Khanh November 28") == ["Vu Thi Mai Huong", "Dang Quoc Khanh"]
    assert byline_persons("Ann Holt Jun 3") == []


def _caption(credit: str) -> str:
    return (
        f"<html><body><figure><img src='a.jpg'><figcaption>Voters queue. {credit}</figcaption></figure></body></html>"
    )


def test_a_photo_credit_after_a_bar_or_by_names_the_photographer() -> None:
    assert photo_credits(_caption("PHOTO | JOSEPH NDUNG'U WAFULA")) == ["Joseph Ndung'u Wafula"]
    assert photo_credits(_caption("Photo by Tran Minh Chau")) == ["Tran Minh Chau"]
    assert photo_credits(_caption("Photo by Getty Images")) == []


def test_aerospace_and_defence_makers_known_by_one_word_are_firms() -> None:
    kinds = draft_kinds(
        "The navy chose Germany's Rheinmetall over Embraer. Embraer declined to comment.", language="en"
    )
    assert kinds.get("Rheinmetall") == "organization" and kinds.get("Embraer") == "organization", kinds
    kinds = draft_kinds("Leonardo said the helicopters would be delivered in 2028.", language="en")
    assert kinds == {"Leonardo": "organization"}, kinds
    # a person the page names in full keeps his given name
    kinds = draft_kinds("Leonardo Varga scored twice. Leonardo said the team deserved it.", language="en")
    assert kinds.get("Leonardo Varga") == "person" and "Leonardo" not in kinds, kinds


def test_a_firms_former_subsidiaries_make_it_a_firm() -> None:
    kinds = draft_kinds("The list adds Tarnoflot's former subsidiaries in Cyprus.", language="en")
    assert kinds.get("Tarnoflot") == "organization", kinds


def test_a_german_limited_partnership_keeps_its_whole_legal_form() -> None:
    kinds = draft_kinds("The buyer, Kessler Binnenschiffahrt GmbH & Co. KG, took two barges.", language="en")
    assert kinds == {"Kessler Binnenschiffahrt GmbH & Co. KG": "organization"}, kinds


def test_a_dubai_free_zone_firm_is_a_firm() -> None:
    kinds = draft_kinds("Orchid Dune Commodities DMCC resold the cargo.", language="en")
    assert kinds == {"Orchid Dune Commodities DMCC": "organization"}, kinds


def test_a_footer_publisher_may_be_a_joint_stock_company_or_an_ag() -> None:
    assert footer_owner(_footer("&copy; 2026 Sen Vang Media JSC. License No. 14/GP.")) == "Sen Vang Media JSC"
    assert footer_owner(_footer("&copy; 2026 Rheintal Verlag AG")) == "Rheintal Verlag AG"


def _footer(line: str) -> str:
    return f"<html><body><p>Story.</p><footer><p>{line}</p></footer></body></html>"


def test_a_site_named_by_a_government_domain_keeps_the_whole_domain() -> None:
    assert outlet_name("GOV.IE") == "GOV.IE"
    assert outlet_name("TARNBYNEWS.CO.UK") == "TARNBYNEWS"


def test_an_apostrophe_after_ng_stays_inside_an_east_african_name() -> None:
    kinds = draft_kinds("Counsel Adhiambo Nyang' Owino told the court the ballots were altered.", language="en")
    assert kinds == {"Adhiambo Nyang' Owino": "person"}, kinds


def test_a_factory_named_before_its_head_word_is_a_firm() -> None:
    kinds = draft_kinds("Growers delivered green leaf to the Chepkitale Tea Factory last week.", language="en")
    assert kinds == {"Chepkitale Tea Factory": "organization"}, kinds


def test_a_committees_gerund_stays_in_its_name() -> None:
    kinds = draft_kinds("The Steering Committee for Flood Relief asked for boats.", language="en")
    assert kinds == {"Steering Committee for Flood Relief": "organization"}, kinds
    assert draft_kinds("Steering Committee members met on Friday.", language="en") == {}


def test_a_ports_terminal_is_a_place() -> None:
    kinds = draft_kinds("Ships waited for berths at the South Harbour Container Terminal.", language="en")
    assert kinds == {"South Harbour Container Terminal": "place"}, kinds
    assert draft_kinds("Flights leave from Terminal 5 at noon.", language="en") == {}


def test_an_airline_named_by_a_rare_word_then_air_is_a_firm() -> None:
    kinds = draft_kinds("The spare parts were flown to Qeshm Air in Bandar Abbas.", language="en")
    assert kinds.get("Qeshm Air") == "organization", kinds
    assert draft_kinds("The Open Air concert sold out.", language="en") == {}
    kinds = draft_kinds("The Tolvane Pro costs more. The cheaper Tolvane Air has a slower chip.", language="en")
    assert "Tolvane Air" not in kinds, kinds
    kinds = draft_kinds("It joined the Kestovan Air and Missile Defense initiative in 2023.", language="en")
    assert "Kestovan Air" not in kinds, kinds


def test_presidents_counsel_is_a_title_before_a_name() -> None:
    kinds = draft_kinds("President's Counsel Ruwan Dissanayake Gunaratne appeared for the suspect.", language="en")
    assert kinds == {"Ruwan Dissanayake Gunaratne": "person"}, kinds


def test_a_chinese_family_name_that_is_an_english_word_opens_a_byline_name() -> None:
    assert byline_persons("Chin Siew Lan | Dec 3") == ["Chin Siew Lan"]
    assert byline_persons("Crime reporter Ann Holt") == ["Ann Holt"]


def test_a_reports_key_takeaways_label_names_nothing() -> None:
    kinds = draft_kinds("Key Takeaways:\n\nTarnish forces advanced near Oskel on Monday.", language="en")
    assert "Key Takeaways" not in kinds, kinds


def test_a_malay_legal_form_closes_a_firm_before_and() -> None:
    kinds = draft_kinds("Kenari Jaya Bhd and Selatan Bumi Corp signed the supply deal.", language="en")
    assert kinds == {"Kenari Jaya Bhd": "organization", "Selatan Bumi Corp": "organization"}, kinds
    kinds = draft_kinds("Shares of Perdana Ladang Berhad rose 3%.", language="en")
    assert kinds == {"Perdana Ladang Berhad": "organization"}, kinds


def test_a_town_named_bare_beside_its_districts_name_is_a_place() -> None:
    kinds = draft_kinds("Floods hit Mo Duc District on Monday. Mo Duc was cut off for days.", language="en")
    assert kinds == {"Mo Duc District": "place", "Mo Duc": "place"}, kinds


def test_a_turkish_firm_named_by_its_trade_is_a_firm() -> None:
    kinds = draft_kinds("They bought the parts through a firm in Izmir, Demirtepe Havacilik, last year.", language="en")
    assert kinds.get("Demirtepe Havacilik") == "organization", kinds
    kinds = draft_kinds("Kartalkaya Savunma won the tender.", language="en")
    assert kinds == {"Kartalkaya Savunma": "organization"}, kinds


def test_a_landforms_head_word_after_an_office_is_the_holders_surname() -> None:
    kinds = draft_kinds("Has Secretary Vale spoken with the minister since the vote?", language="en")
    assert kinds == {"Vale": "person"}, kinds
    assert draft_kinds("Crowds gathered in Queen Square on Friday.", language="en").get("Queen Square") != "person"


def test_a_bracketed_part_of_a_statutory_instruments_title_names_nothing() -> None:
    text = "The bans are made under the Tarnland (Sanctions) (EU Withdrawal) Regulations 2020."
    kinds = draft_kinds(text, language="en")
    assert kinds == {}, kinds


def test_an_armed_forces_initials_name_it_without_brackets() -> None:
    result = extract(
        "The TPF has taken Oskel. We said the Tarnish Popular Front must stop the attacks.", None, [], set(), "t"
    )
    force = next(actor for actor in result.actors if actor.name == "Tarnish Popular Front")
    assert "TPF" in force.aliases, result.actors
    assert [actor.name for actor in result.actors if actor.name == "TPF"] == []


def test_a_known_family_name_after_arap_or_ole_stays_inside_the_longer_name() -> None:
    known = [Actor(id="sigei", name="Joseph Kiprop Sigei", kind=ActorKind.person, aliases=["Sigei"])]
    text = "The court nullified the election of MP Hillary Kibet arap Sigei on Thursday."
    drafts = {draft.name: draft.kind for draft in extract(text, None, known, set(), "t").actors}
    assert drafts == {"Hillary Kibet arap Sigei": "person"}, drafts


def test_a_caption_names_the_persons_it_places_in_the_picture() -> None:
    page = _caption_only("Complainant Wanjiru Nduta wa Kamau (centre) with her lawyers. PHOTO | ANN HOLT")
    assert pictured_persons(page) == ["Wanjiru Nduta wa Kamau"]
    assert pictured_persons(_caption_only("The Tarnby Lions (centre) celebrate the title.")) == []


def test_a_person_named_by_the_family_name_takes_the_captions_whole_name() -> None:
    known = ActorDraft(id="nduta", name="Nduta", kind=ActorKind.person, found_by="x", aliases=["Ms Nduta"])
    found = byline_drafts(None, None, [known], ActorIndex([]), frozenset(), set(), pictured=("Wanjiru Nduta",))
    assert found == [] and known.name == "Wanjiru Nduta" and "Nduta" in known.aliases, (found, known)


def _caption_only(caption: str) -> str:
    return f"<html><body><p>Story.</p><figure><figcaption>{caption}</figcaption></figure></body></html>"


def test_a_miner_named_by_what_it_digs_is_a_firm() -> None:
    kinds = draft_kinds("Kestrelvale Lithium and Tarnbrook Minerals rose on Monday.", language="en")
    assert kinds == {"Kestrelvale Lithium": "organization", "Tarnbrook Minerals": "organization"}, kinds
    assert draft_kinds("The Critical Minerals Strategy was published.", language="en") == {}


def test_a_ship_named_in_capitals_after_a_ships_noun_is_no_body() -> None:
    text = "The tankers listed today include the AMBER HERON and the SILVER KESTREL, which turned off their beacons."
    kinds = draft_kinds(text, language="en")
    assert kinds.get("SILVER KESTREL", "other") == "other" and kinds.get("AMBER HERON", "other") == "other", kinds
    kinds = draft_kinds("The vessel was seized, the NATIONAL MARITIME AUTHORITY said.", language="en")
    assert kinds == {"NATIONAL MARITIME AUTHORITY": "organization"}, kinds


def test_a_known_bodys_short_name_inside_a_body_named_for_its_aim_is_no_mention() -> None:
    known = [Actor(id="tsc", name="Tarnish Securities Commission", kind=ActorKind.organization, aliases=["Commission"])]
    drafts = {
        a.name: a.kind
        for a in extract("She asked the Commission on Audit to review it.", None, known, set(), "t").actors
    }
    assert drafts == {"Commission on Audit": "organization"}, drafts
    mentions = extract("The Commission on Monday fined the bank.", None, known, set(), "t").mentions
    assert [(m.text, m.actor_id) for m in mentions] == [("Commission", "tsc")]
