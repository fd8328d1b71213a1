"""A fifty-fourth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): Sahelian
and East African name particles, numbered units' acronyms, peacekeeping and maritime bodies. Every example is
invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.ingest.name_kinds import written_with_its_accents
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_lower_case_son_of_particles_keep_a_persons_name_whole() -> None:
    kinds = draft_kinds("The talks were chaired by Ousmane ag Rhissa-Tamou. Later Khadija ould Sidati-Brahim spoke.")
    assert kinds.get("Ousmane ag Rhissa-Tamou") is ActorKind.person
    assert kinds.get("Khadija ould Sidati-Brahim") is ActorKind.person
    assert "Rhissa-Tamou" not in kinds
    kinds = draft_kinds("Major Wilson Chebet arap Kiprono-Langat commanded the company.")
    assert kinds.get("Wilson Chebet arap Kiprono-Langat") is ActorKind.person


def test_a_battalions_number_and_its_regiments_initials_are_its_short_name() -> None:
    text = "The 2nd Battalion, Tarnovian Light Infantry (2 TLI) moved north. Later 2 TLI held the pass."
    drafts = extract(text, None, [], set(), "tag").actors
    unit = next(d for d in drafts if d.name == "2nd Battalion, Tarnovian Light Infantry")
    assert "2 TLI" in unit.aliases
    assert not any(d.name == "TLI" for d in drafts)


def test_letters_after_a_number_that_no_battalion_defines_are_left_alone() -> None:
    kinds = draft_kinds("The 2nd Battalion, Tarnovian Light Infantry moved north with 40 TLI trucks.")
    assert kinds.get("2nd Battalion, Tarnovian Light Infantry") is ActorKind.armed_force
    assert "40 TLI" not in kinds


def test_a_capital_named_for_its_government_is_a_place() -> None:
    assert (
        draft_kinds("Washington has pledged two patrol aircraft to the mission.").get("Washington") is ActorKind.place
    )
    assert draft_kinds("Kampala wants to restore ties with Washington soon.").get("Washington") is ActorKind.place
    assert draft_kinds("Officials said Wellington would send a frigate.").get("Wellington") is ActorKind.place
    assert draft_kinds("The embassy said Washington was deeply concerned.").get("Washington") is ActorKind.place


def test_a_person_or_a_club_named_like_a_town_is_not_its_government() -> None:
    kinds = draft_kinds("Kerry Washington starred in the film. Washington said the role was hard.")
    assert kinds.get("Washington") is not ActorKind.place
    assert draft_kinds("After the draw Burnley said the referee was wrong.").get("Burnley") is not ActorKind.place


def test_an_acronym_of_two_parts_written_apart_is_the_bodys_alias() -> None:
    text = "Ships of the Caribbean Union Naval Force Antilles (CA NAVFOR) sailed. Later CA NAVFOR returned to port."
    drafts = extract(text, None, [], set(), "tag").actors
    force = next(d for d in drafts if d.name == "Caribbean Union Naval Force Antilles")
    assert "CA NAVFOR" in force.aliases
    assert [d.name for d in drafts if "NAVFOR" in d.name] == []


def test_a_word_before_coast_guard_is_no_shore() -> None:
    kinds = draft_kinds("Two Varnese coast guard cutters shadowed the trawler for a day.")
    assert kinds.get("Varnese") is not ActorKind.place


def test_philippine_is_the_adjective_of_the_philippines() -> None:
    assert draft_kinds("Two Philippine patrol boats were damaged.").get("Philippines") is ActorKind.state


def test_a_states_own_name_in_s_is_no_plural_of_its_adjective() -> None:
    kinds = draft_kinds("Ministers met for the Third Kenya–Philippines Ministerial Dialogue in Nairobi.")
    assert "Philippines Ministerial Dialogue" not in kinds
    assert kinds.get("Philippines") is ActorKind.state


def test_an_acronym_without_the_bodys_capitalised_noun_is_its_alias() -> None:
    text = "Police from the Regional Border Assistance Mission (RBA) arrived in Tarnby. RBA patrols began."
    drafts = extract(text, None, [], set(), "tag").actors
    mission = next(d for d in drafts if d.name == "Regional Border Assistance Mission")
    assert "RBA" in mission.aliases
    assert not any(d.name == "RBA" for d in drafts)


def test_a_federations_republic_under_its_formal_name_is_a_place() -> None:
    text = "The plant in the Republic of Bashkortostan ships parts by rail."
    drafts = extract(text, None, [], set(), "tag").actors
    region = next(d for d in drafts if "Republic of Bashkortostan" in (d.name, *d.aliases))
    assert region.kind is ActorKind.place


def test_an_acronym_in_capitals_with_a_small_letter_last_is_the_bodys_alias() -> None:
    text = "Units of the Chadian National Army (ANTc) crossed the river. Later ANTc convoys returned."
    drafts = extract(text, None, [], set(), "tag").actors
    army = next(d for d in drafts if d.name == "Chadian National Army")
    assert "ANTc" in army.aliases


def test_a_state_keeps_the_accents_the_text_writes_over_the_gazetteers_plain_name() -> None:
    # (GeoNames writes a few states without their accents; the invented state stands for them)
    assert written_with_its_accents("Vàrnia and Tòrmo", "Varnia and Tormo") == "Vàrnia and Tòrmo"
    assert written_with_its_accents("Türkiye", "Turkey") == "Turkey"
    assert written_with_its_accents("Казахстан", "Kazakhstan") == "Kazakhstan"


def test_the_body_a_post_heads_is_no_short_form_of_the_post() -> None:
    text = (
        "The EU thanks the Head of UNVARM, Ilse Brannock, for her work. According to UNVARM, two patrols were attacked."
    )
    drafts = extract(text, None, [], set(), "tag").actors
    # (the post is Ilse Brannock's spelling on this page since round realread63: no draft of its own)
    holder = next(d for d in drafts if d.name == "Ilse Brannock")
    assert "Head of UNVARM" in holder.aliases
    assert "UNVARM" not in holder.aliases
    assert any(d.name == "UNVARM" and d.kind is ActorKind.organization for d in drafts)


def test_a_peacekeeping_battalions_acronym_with_its_rotation_is_its_alias() -> None:
    text = "Troops of the Malawian Battalion (MALBATT-7) were ambushed near Tarnby. MALBATT-7 lost two men."
    drafts = extract(text, None, [], set(), "tag").actors
    battalion = next(d for d in drafts if d.name == "Malawian Battalion")
    assert "MALBATT-7" in battalion.aliases
    assert not any(d.name.startswith("MALBATT") for d in drafts)


def test_pacific_gulf_and_african_ship_prefixes_name_ships_not_bodies() -> None:
    kinds = draft_kinds("The patrol boats RSIPV Tarnby and GNS Kolbeck met the Kuwaiti ship KNS Varwa off the coast.")
    assert "RSIPV Tarnby" not in kinds
    assert "GNS Kolbeck" not in kinds
    assert "KNS Varwa" not in kinds


def test_a_short_name_after_a_lower_case_arabic_article_is_read_like_any_name() -> None:
    kinds = draft_kinds("Some 3,000 families live in the al-Tal and Varbek camps near the border.")
    assert kinds.get("al-Tal") is ActorKind.place


def test_a_saharan_in_joined_by_a_hyphen_opens_a_places_name() -> None:
    kinds = draft_kinds("The convoy left In-Tebuk at dawn and reached the wells by noon.")
    assert kinds.get("In-Tebuk") is ActorKind.place
    assert "Tebuk" not in kinds
    assert draft_kinds("In-Depth Report: markets fell on Friday.") == {}


def test_a_centre_named_for_what_is_held_there_is_a_place() -> None:
    kinds = draft_kinds("The summit opened at the Tarnby International Conference Centre on Monday.")
    assert kinds.get("Tarnby International Conference Centre") is ActorKind.place
    kinds = draft_kinds("The Varnish Centre for Maritime Studies said the report was late.")
    assert kinds.get("Varnish Centre for Maritime Studies") is not ActorKind.place


def test_a_naval_facility_is_a_base_and_a_peace_facility_a_fund() -> None:
    kinds = draft_kinds("Frigates refuel at the Tarvik Naval Facility. The Varnish Peace Facility paid for it.")
    assert kinds.get("Tarvik Naval Facility") is ActorKind.place
    assert kinds.get("Varnish Peace Facility") is not ActorKind.place


def test_a_name_listed_with_a_people_before_its_civilians_is_a_people() -> None:
    kinds = draft_kinds("Witnesses described killings of Tarvessi and Zaghawa civilians near the river.")
    assert kinds.get("Tarvessi") is ActorKind.state
    kinds = draft_kinds("The raid targeted Hamas and Israeli civilians fled south.")
    assert kinds.get("Hamas") is not ActorKind.state


def test_a_posts_office_on_a_contact_line_is_a_body() -> None:
    text = (
        "Tarnby ministers met on Monday.\n\nMedia enquiries\nHealth Minister's Office: (02) 6277 7420\n"
        "DFAT Media: (02) 6261 1555\n"
    )
    assert draft_kinds(text).get("Health Minister's Office") is ActorKind.organization
