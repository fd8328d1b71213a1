"""A forty-fifth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages):
a post that puts out a statement stands for its holder ("Statement by the High Representative"), an
acronym after "and" names a second body, dams and barrages are places, and a pact or a war is named for
the land it was made in or over. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

_STATEMENT_BODY = "\n\nThe European Union condemns the attack on the village of Tarnokoro."


@pytest.mark.parametrize(
    ("heading", "post"),
    [
        ("Varnia: Statement by the High Representative on behalf of the EU on the attack", "High Representative"),
        ("Varnia: Declaration by the Spokesperson on the attack in Kessel province", "Spokesperson"),
    ],
)
def test_the_post_that_puts_out_a_statement_is_drafted_as_a_person(heading: str, post: str) -> None:
    kinds = draft_kinds(heading + _STATEMENT_BODY)
    assert kinds.get(post) is ActorKind.person


def test_the_high_commissioner_alone_stands_for_the_holder() -> None:
    kinds = draft_kinds("The High Commissioner, Ilse Marrowby, visited the camps near Kessel on Monday.")
    assert kinds.get("High Commissioner") is ActorKind.person


def test_a_high_office_before_its_holder_or_a_second_post_is_no_draft_of_its_own() -> None:
    kinds = draft_kinds(
        "High Representative/Vice-President Ilse Marrowby met ministers. "
        "Statement by the High Representative/Vice-President on Kessel." + _STATEMENT_BODY
    )
    assert "High Representative" not in kinds


def test_the_high_commissioners_office_stays_a_body() -> None:
    kinds = draft_kinds("The High Commissioner's Office in Kessel published its report on Monday.")
    assert "High Commissioner" not in kinds


def test_the_high_representative_named_with_the_remit_is_a_person() -> None:
    kinds = draft_kinds(
        "The Council invites the High Representative of the Union for Foreign Affairs and Security Policy "
        "and the Commission to present options on Varnia."
    )
    assert kinds.get("High Representative of the Union for Foreign Affairs and Security Policy") is ActorKind.person


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "Aid is delivered by the International Council of the Green Crescent and UNFPA in Kessel.",
            "International Council of the Green Crescent",
            "UNFPA",
        ),
        ("Funds went to the Ministry of Health and UNFPA in Kessel.", "Ministry of Health", "UNFPA"),
    ],
)
def test_an_acronym_after_and_names_a_second_body(sentence: str, first: str, second: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(first) is ActorKind.organization
    assert f"{first} and {second}" not in kinds


def test_a_second_field_after_and_still_belongs_to_the_remit() -> None:
    kinds = draft_kinds("He met officials of the Ministry of Foreign Affairs and Trade in Kessel.")
    assert kinds.get("Ministry of Foreign Affairs and Trade") is ActorKind.organization


@pytest.mark.parametrize("name", ["Tarnokoro Dam", "Vellamo Barrage"])
def test_a_dam_or_barrage_is_a_place(name: str) -> None:
    kinds = draft_kinds(f"Engineers inspected the {name} after the floods on Monday.")
    assert kinds.get(name) is ActorKind.place


def test_a_family_name_with_its_particle_before_a_place_word_is_a_person() -> None:
    kinds = draft_kinds("Later Joost Van Dam, the engineer, spoke to reporters in Kessel.")
    assert kinds.get("Joost Van Dam") is ActorKind.person


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Both states built on the Vellanok Treaty of 1998 to settle the border.", "Vellanok"),
        ("The plan was shelved during the Tarsuni War, which lasted two years.", "Tarsuni"),
        ("The Marrabek Accord ended the fighting in the valley.", "Marrabek"),
    ],
)
def test_a_pact_or_a_war_is_named_for_a_land(sentence: str, place: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(place) is ActorKind.place


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Abraham Accords were signed by both governments.", "Abraham"),
        ("He fought in the Korean War as a young man.", "Korean"),
    ],
)
def test_a_pact_named_for_a_man_or_a_war_for_a_people_is_no_place(sentence: str, word: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(word) is not ActorKind.place


def test_a_bodys_paper_after_its_acronym_leaves_the_body_named() -> None:
    kinds = draft_kinds("Ministers backed the TARVO Outlook on the Northern Seas. TARVO meets in Kessel each May.")
    assert kinds.get("TARVO") is ActorKind.organization
    assert "TARVO Outlook" not in kinds


def test_an_exercise_named_like_a_place_is_no_place_when_named_again_alone() -> None:
    kinds = draft_kinds("Troops ended Exercise Copper Sands 19 on Friday. Copper Sands is held every year in Kessel.")
    assert "Copper Sands" not in kinds


def test_the_place_an_exercise_is_named_after_is_still_a_place_after_near() -> None:
    kinds = draft_kinds("Exercise Tarrow Bay ended on Friday with a landing near Tarrow Bay.")
    assert kinds.get("Tarrow Bay") is ActorKind.place


def _aliases(text: str) -> dict[str, list[str]]:
    from dossier.ingest.extract import extract

    return {actor.name: list(actor.aliases) for actor in extract(text, None, [], set(), "t").actors}


def test_a_camp_named_for_its_place_keeps_the_place_name_as_a_spelling() -> None:
    aliases = _aliases("Families fled to the Marrabek camp near Kessel on Monday.")
    assert "Marrabek" in aliases.get("Marrabek camp", [])


def test_a_hospital_keeps_no_bare_name_since_it_may_honour_a_person() -> None:
    aliases = _aliases("The wounded were taken to the Ilse Varnow hospital in Kessel.")
    assert "Ilse Varnow" not in aliases.get("Ilse Varnow hospital", [])


@pytest.mark.parametrize("name", ["Tarnok Range Complex", "Kessel Upazila Health Complex", "Varnak Range"])
def test_a_complex_or_a_range_is_a_place(name: str) -> None:
    kinds = draft_kinds(f"Soldiers and medics met at the {name} on Monday.")
    assert kinds.get(name) is ActorKind.place


def test_a_common_word_before_range_is_no_place() -> None:
    kinds = draft_kinds("The farm sells Free Range eggs at the market in Kessel.")
    assert "Free Range" not in kinds


def test_a_group_of_states_by_count_and_region_is_one_body_and_the_region_stays_named() -> None:
    text = "Troops of the G4 Sahel crossed the border. The G4 Sahel Joint Force patrols the Sahel."
    kinds = draft_kinds(text)
    assert kinds.get("G4 Sahel") is ActorKind.organization
    assert kinds.get("G4 Sahel Joint Force") is ActorKind.armed_force
    assert kinds.get("Sahel") is ActorKind.place
    assert "G4 Sahel" in _aliases(text) and "G4" in _aliases(text)["G4 Sahel"]


def test_a_groups_code_before_its_host_state_is_no_group_named_for_it() -> None:
    kinds = draft_kinds("Leaders met at the G9 Canada summit in the spring.")
    assert "G9 Canada" not in kinds


@pytest.mark.parametrize(
    ("sentence", "body", "longer"),
    [
        ("Leaders met at the Coral Islands Forum Leaders Meeting in Kessel.", "Coral Islands Forum", "Leaders"),
        ("The TARVO Foreign Ministers Meeting ended in Kessel on Friday.", "TARVO", "Foreign Ministers"),
    ],
)
def test_a_bodys_members_in_the_plural_after_its_name_leave_the_body_named(
    sentence: str, body: str, longer: str
) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(body) is ActorKind.organization
    assert f"{body} {longer}" not in kinds


def test_a_council_of_ministers_keeps_its_members_in_its_name() -> None:
    kinds = draft_kinds("The Varnak Council of Ministers met in Kessel on Friday.")
    assert kinds.get("Varnak Council of Ministers") is ActorKind.organization


def test_a_long_formal_office_with_its_owners_acronym_inside_is_one_body() -> None:
    kinds = draft_kinds("The mission worked with the Office of the AU High Commissioner for Minority Rights in Kessel.")
    assert kinds.get("Office of the AU High Commissioner for Minority Rights") is ActorKind.organization


def test_a_committee_of_its_members_keeps_them_in_its_name() -> None:
    kinds = draft_kinds("The Committee of Permanent Representatives met in Kessel on Friday.")
    assert kinds.get("Committee of Permanent Representatives") is ActorKind.organization


def test_the_uae_is_the_state() -> None:
    kinds = draft_kinds("The UAE denies arming the militia, officials in Kessel said.")
    assert kinds.get("United Arab Emirates") is ActorKind.state
    assert "UAE" not in kinds


def test_a_statement_heading_by_a_post_names_the_post() -> None:
    text = "Statement by the High Representative on behalf of the EU\n\nThe EU condemns the attack on Kessel."
    assert draft_kinds(text).get("High Representative") is ActorKind.person


def test_a_title_case_heading_with_a_high_office_names_no_post() -> None:
    text = "High Commissioner Visits Camp In Kessel\n\nThe visit lasted two days."
    assert "High Commissioner" not in draft_kinds(text)


@pytest.mark.parametrize("name", ["Tarnby Harbour Commissioners", "Quillby Capital Advisors"])
def test_a_body_named_for_its_members_stays_whole(name: str) -> None:
    kinds = draft_kinds(f"The {name} will spend £4m on new offices in Kessel.")
    assert kinds.get(name) is ActorKind.organization


def test_a_title_in_the_plural_after_a_title_word_is_no_person() -> None:
    kinds = draft_kinds("The Prime Ministers welcomed the new road between Kessel and Tarnby.")
    assert "Ministers" not in kinds and "Prime Ministers" not in kinds


@pytest.mark.parametrize("name", ["Energy Tonga Limited", "Telecom Samoa Ltd"])
def test_a_firm_with_a_states_name_inside_and_its_legal_form_is_one_firm(name: str) -> None:
    kinds = draft_kinds(f"Australia will provide $5 million to {name} for new lines in Kessel.")
    assert kinds.get(name) is ActorKind.organization


def test_a_one_word_name_whose_member_follows_its_possessive_is_a_body() -> None:
    kinds = draft_kinds("The commission declared Varnimo's Daniel Tarrow-Quell the winner in Kessel.")
    assert kinds.get("Varnimo") is ActorKind.organization


def test_an_acronyms_election_mission_leaves_the_body_a_body() -> None:
    kinds = draft_kinds("The TARVO election observation mission arrived in Kessel on Monday.")
    assert kinds.get("TARVO") is ActorKind.organization


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Katiba Varnou, led by Ilse Tarrow, cut the roads to Kessel.", "Katiba Varnou"),
        ("Hunters of the Dan Na Tarroka militia defended the town of Kessel.", "Dan Na Tarroka"),
    ],
)
def test_a_battalion_or_a_militia_by_its_name_is_an_armed_force(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is ActorKind.armed_force


def test_a_unit_of_a_peoples_body_is_two_names() -> None:
    kinds = draft_kinds("The camp was run by the Sahara Corps of the Tunisian Ministry of Defence near Kessel.")
    assert kinds.get("Sahara Corps") is ActorKind.armed_force
    assert kinds.get("Tunisian Ministry of Defence") is ActorKind.organization


def test_a_force_of_a_republic_stays_one_name() -> None:
    kinds = draft_kinds("The Air Force of the Republic of Tremmia flew over Kessel on Monday.")
    assert kinds.get("Air Force of the Republic of Tremmia") is ActorKind.armed_force


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Families were evicted in Sheikh Varrah on Monday.", "Sheikh Varrah"),
        ("The boat left a beach near Shah Tarol Dwip late on Tuesday.", "Shah Tarol Dwip"),
    ],
)
def test_a_quarter_named_with_an_honorific_after_a_word_of_place_is_a_place(sentence: str, place: str) -> None:
    assert draft_kinds(sentence).get(place) is ActorKind.place


def test_a_sheikh_after_met_is_still_a_person() -> None:
    kinds = draft_kinds("He met Sheikh Tamarin Al-Varni in Kessel. Trust in Sheikh Tamarin's rule grew.")
    assert kinds.get("Tamarin Al-Varni") is ActorKind.person


def test_team_and_a_land_is_one_body() -> None:
    kinds = draft_kinds("Through the Team Africa approach, donors funded clinics in Kessel.")
    assert kinds.get("Team Africa") is ActorKind.organization


def test_a_second_holder_named_after_and_and_a_post_is_a_person() -> None:
    kinds = draft_kinds(
        "The talks were led by the Varnian Deputy Prime Minister, Osk Tarrovan, and the Tremmish Deputy "
        "Prime Minister, Elvar Quist Marrodli."
    )
    assert kinds.get("Elvar Quist Marrodli") is ActorKind.person


def test_two_words_whose_body_follows_their_possessive_name_its_leader() -> None:
    kinds = draft_kinds("In 2023 the rebels joined Corvain Nadrossa's Alliance Fleuve Tarno (AFT) in Kessel.")
    assert kinds.get("Corvain Nadrossa") is ActorKind.person


def test_a_tuareg_ag_between_names_makes_a_person() -> None:
    text = "Hamadou Ag Verrouli leads the group. In 2012 Ag Verrouli joined the rebels near Kessel."
    kinds = draft_kinds(text)
    assert kinds.get("Hamadou Ag Verrouli") is ActorKind.person
    assert "Ag Verrouli" not in kinds


def test_a_fleet_of_a_navy_stays_two_names() -> None:
    kinds = draft_kinds("The Grey Reef Fleet of the Varnak Navy sailed from Kessel at dawn.")
    assert kinds.get("Grey Reef Fleet") is ActorKind.armed_force
    assert kinds.get("Varnak Navy") is ActorKind.armed_force


def test_an_ordinal_war_keeps_its_name_undecided() -> None:
    assert draft_kinds("The Third Tarsuni War began in 1999.").get("Tarsuni") is not ActorKind.place
