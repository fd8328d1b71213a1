"""A thirty-first round on the held-out styles: long Arabic names (with and without a rank), a rank
after the body an earlier post is of, styles written with "His" or "Her", a Portuguese "dos", the
line of a post under a minister's byline, the office or department of a post, a body on a matter in
one state, "General" opening a body's name, a remit closed by "Affairs", an acronym that only a
heading writes, bases named by their role, ships named after persons and a few more titles and
ships' prefixes. Every example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def _aliases(text: str, name: str) -> list[str]:
    drafts = extract(text, None, [], set(), "t").actors
    return next(d.aliases for d in drafts if d.name == name)


@pytest.mark.parametrize(
    "name",
    [
        "Hamza Ramadan Muftah Bu-Varnaiss",
        "Salim Abd al-Amir Radi al-Tremmawi",
        "Abdul Amir Rashid Quellallah al-Varni",
    ],
)
def test_a_long_chain_of_arabic_names_is_one_person(name: str) -> None:
    kinds = draft_kinds(f"The council listed {name}, a member of the militia, on Monday.")
    assert kinds.get(name) is ActorKind.person


def test_a_building_named_for_a_person_is_no_chain_of_names() -> None:
    kinds = draft_kinds("They met at Abdul Rahman Al Varnawi Mosque Complex on Monday.")
    assert kinds.get("Abdul Rahman Al Varnawi Mosque Complex") is not ActorKind.person


@pytest.mark.parametrize(
    ("rank", "name"),
    [
        ("Lt. Gen.", "Abdul Amir Rashid Quellallah al-Varni"),
        ("Lieutenant General", "Abdul Rahman bin Saleh al-Tremmani"),
        ("Haji", "Salim Abd al-Amir Radi al-Tremmawi"),
    ],
)
def test_a_rank_before_a_long_arabic_name_is_written_whole(rank: str, name: str) -> None:
    text = f"The general met {rank} {name} and the others in the capital."
    assert f"{rank} {name}" in _aliases(text, name)


def test_a_rank_after_the_body_an_earlier_post_is_of_opens_the_titled_name() -> None:
    text = "He met the Chief of Staff of the Army Lt. Gen. Omar Varnawi and the commander."
    assert "Lt. Gen. Omar Varnawi" in _aliases(text, "Omar Varnawi")
    assert "Army" not in draft_kinds(text)


def test_titles_after_a_long_body_still_name_the_person() -> None:
    text = "The panel heard Royal Varnish Naval Forces Commander Vice Adm. Fahad bin Saud Al-Tremmi and others."
    assert "Commander Vice Adm. Fahad bin Saud Al-Tremmi" in _aliases(text, "Fahad bin Saud Al-Tremmi")


@pytest.mark.parametrize("style", ["His Excellency", "Her Excellency", "Her Royal Highness"])
def test_a_style_is_written_with_its_pronoun(style: str) -> None:
    text = f"The ministers welcomed {style} Ilse Varnholm to Canberra on Monday."
    assert f"{style} Ilse Varnholm" in _aliases(text, "Ilse Varnholm")


def test_a_portuguese_dos_is_inside_a_persons_name() -> None:
    kinds = draft_kinds("The ministers welcomed Roberto dos Varnos Freitas Lemos to Canberra.")
    assert kinds.get("Roberto dos Varnos Freitas Lemos") is ActorKind.person


def test_a_capitalised_particle_after_the_opens_a_name() -> None:
    kinds = draft_kinds("In 2001 it took guests from the Dos Varnas resort near the coast.")
    assert "Dos Varnas" in kinds
    assert "Varnas" not in kinds


@pytest.mark.parametrize("post", ["Attorney-General", "Treasurer", "Deputy Prime Minister"])
def test_a_line_of_title_words_under_a_byline_is_the_holders_post(post: str) -> None:
    text = f"Media release\n\nThe Hon Ilse Varnholm MP\n{post}\n\n22 April 2027\n\nThe talks went well.\n"
    kinds = draft_kinds(text)
    assert kinds.get(post) is ActorKind.person
    assert kinds.get("Ilse Varnholm") is ActorKind.person


def test_a_title_line_not_under_a_byline_is_no_draft() -> None:
    kinds = draft_kinds("Media release\n\nTreasurer\n\nThe talks went well.\n")
    assert "Treasurer" not in kinds


def test_the_department_of_a_post_is_a_body() -> None:
    text = "They signed a memorandum with the Attorney-General's Department on Monday."
    assert draft_kinds(text).get("Attorney-General's Department") is ActorKind.organization


def test_a_body_on_a_matter_in_one_state_is_named_whole() -> None:
    kinds = draft_kinds("The Commission on Missing Persons in Libya met on Monday.")
    assert kinds.get("Commission on Missing Persons in Libya") is ActorKind.organization


def test_a_body_on_a_matter_sits_in_a_city_apart_from_its_name() -> None:
    kinds = draft_kinds("The Council on Foreign Relations in Washington met on Monday.")
    assert kinds.get("Council on Foreign Relations") is ActorKind.organization
    assert kinds.get("Washington") is ActorKind.place


@pytest.mark.parametrize("body", ["General Administration for Coastal Security", "General Directorate of Ports"])
def test_general_before_a_bodys_word_is_no_rank(body: str) -> None:
    assert draft_kinds(f"It supports the {body} on the coast.").get(body) is ActorKind.organization


def test_a_general_still_names_a_person() -> None:
    assert "General Ilse Varn" in _aliases("General Ilse Varn said the talks went on.", "Ilse Varn")


def test_affairs_closes_a_remit_before_the_name() -> None:
    text = "In Erbil, he met with Minister of Peshmerga Affairs Shoresh Ismail Varnulla and visited units."
    kinds = draft_kinds(text)
    assert kinds.get("Shoresh Ismail Varnulla") is ActorKind.person
    assert "Peshmerga Affairs Shoresh" not in kinds


def test_a_body_word_ends_the_title_before_the_name() -> None:
    text = "The mission is led by Head of Mission Annelies Varnhoven-Castro."
    assert "Head of Mission Annelies Varnhoven-Castro" in _aliases(text, "Annelies Varnhoven-Castro")


def test_an_acronym_only_in_a_heading_is_drafted() -> None:
    text = "VARNCOM Hosts Regional Conference in Manama\n\nThe command hosted naval leaders on Monday."
    assert draft_kinds(text).get("VARNCOM") is ActorKind.organization


@pytest.mark.parametrize("heading", ["NEW Report Finds Floods Rising", "UPDATE ON THE VARN TALKS"])
def test_a_word_in_capitals_in_a_heading_is_no_acronym(heading: str) -> None:
    kinds = draft_kinds(f"{heading}\n\nThe report was published on Monday.")
    assert not any(name.isupper() for name in kinds)


@pytest.mark.parametrize(
    "base", ["Mission Support Site Varnbil", "Forward Operating Base Tremmin", "Combat Outpost Quell"]
)
def test_a_base_named_by_its_role_is_a_place(base: str) -> None:
    assert draft_kinds(f"Troops at {base} were attacked on Monday.").get(base) is ActorKind.place


def test_a_heritage_site_is_no_base() -> None:
    kinds = draft_kinds("Troops left World Heritage Site Varnbil on Monday.")
    assert kinds.get("World Heritage Site Varnbil") is not ActorKind.place


def test_a_ship_named_for_a_person_with_an_initial_drafts_no_part_of_it() -> None:
    kinds = draft_kinds("The cruiser USS Harlan B. Varnreeve sailed on Monday.")
    assert "Varnreeve" not in kinds
    assert not any(kind is ActorKind.person for kind in kinds.values())


@pytest.mark.parametrize("prefix", ["NRTL", "RNOV", "PNS", "BAP"])
def test_a_navys_prefix_makes_a_ship_no_body(prefix: str) -> None:
    kinds = draft_kinds(f"The navy received the patrol boat {prefix} Varnaitana in 2023.")
    assert kinds.get(f"{prefix} Varnaitana") is not ActorKind.organization


@pytest.mark.parametrize("title", ["Bashkan", "Kaymakam"])
def test_a_turkish_title_opens_a_persons_name(title: str) -> None:
    text = f"{title} Irina Varn-Todorova met the governor in Comrat."
    assert f"{title} Irina Varn-Todorova" in _aliases(text, "Irina Varn-Todorova")


def test_a_body_for_an_aim_ending_in_war_is_a_body() -> None:
    kinds = draft_kinds("According to the Institute for the Study of Varnish War, it had 800 fighters.")
    assert kinds.get("Institute for the Study of Varnish War") is ActorKind.organization


def test_a_war_is_still_no_body() -> None:
    kinds = draft_kinds("The Varnish War ended in 1921, and the Treaty of Tremmin was signed.")
    assert "Varnish War" not in kinds


def test_an_acronym_after_a_foreign_gloss_is_drafted() -> None:
    text = "Liwa Suqur al-Varn (Arabic: لواء صقور, lit. 'Falcons'; LSV) is a Syrian armed group."
    # (the group's own draft, the letters its alias: they spell its name)
    drafts = {name: d for d in extract(text, None, [], set(), "t").actors for name in (d.name, *d.aliases)}
    assert drafts["LSV"].kind in (ActorKind.organization, ActorKind.armed_force)


def test_a_departments_remit_alone_is_its_short_form() -> None:
    text = (
        "Today the Department of the Treasury is designating two firms. "
        "Treasury is also designating a man. See Treasury's press release."
    )
    assert "Treasury" in _aliases(text, "Department of the Treasury")


def test_a_force_alone_is_no_short_form_of_a_department() -> None:
    text = "The Department of the Navy said so. The Navy sent two ships."
    assert "Navy" not in _aliases(text, "Department of the Navy")


def test_a_description_ends_before_a_relative_clause() -> None:
    text = "Nour Bilgehan Varnkaya, a Turkish national whose firm shipped parts, was listed."
    assert draft_kinds(text).get("Nour Bilgehan Varnkaya") is ActorKind.person


@pytest.mark.parametrize("body", ["UN Panel of Experts", "Intergovernmental Panel on Varnish Waters"])
def test_a_panel_is_a_body(body: str) -> None:
    assert draft_kinds(f"The {body} reported on Monday.").get(body) is ActorKind.organization


def test_a_body_of_a_state_in_its_language_is_no_chain_of_names() -> None:
    text = "Aid goes through the Timor-Leste Red Cross (Cruz Vermelha de Timor-Leste) and CARE."
    assert draft_kinds(text).get("Cruz Vermelha de Timor-Leste") is not ActorKind.person


def test_a_drone_by_its_class_is_no_body() -> None:
    assert "UAV" not in draft_kinds("Role: Reconnaissance UAV\nThe UAV flew over the base on Monday.")


@pytest.mark.parametrize(
    ("post", "name"),
    [
        ("Assistant Secretary of State for Narcotics and Law Enforcement Affairs", "Theodosia T. Varnwell-Nwosu"),
        ("Assistant Secretary of State for South and Central Asian Affairs", "Marcus V. Odunsi-Varnes"),
        ("Commissioner for European Neighbourhood Policy and Enlargement Negotiations", "Johannes Varnhahn"),
        ("Qatari Minister of State for Defence Affairs", "Khalid bin Mohammed Al Varniyah"),
    ],
)
def test_a_long_post_with_its_remit_and_its_holder_are_written_whole(post: str, name: str) -> None:
    text = f"The delegation was led by {post} {name} on Monday."
    kinds = draft_kinds(text)
    assert kinds.get(name) is ActorKind.person
    assert f"{post} {name}" in _aliases(text, name)


def test_a_secretary_of_state_for_a_remit_alone_is_a_post() -> None:
    kinds = draft_kinds("The Secretary of State for Health and Social Care said the talks would go on.")
    assert kinds.get("Secretary of State for Health and Social Care") is ActorKind.person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They support the al-Varn displaced persons camp, where 50,000 people live.", "al-Varn"),
        ("Families live in the Tremmin refugee camps near the border.", "Tremmin"),
        ("He was held in the Oskelby military prison for a year.", "Oskelby"),
    ],
)
def test_a_camp_named_before_who_is_held_there_is_a_place(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.place


def test_a_partys_camp_is_no_place() -> None:
    assert draft_kinds("It was a win for the Labour party camp in the vote.").get("Labour") is not ActorKind.place


@pytest.mark.parametrize("title", ["Ms", "Minister"])
def test_a_title_word_the_document_gave_as_a_surname_follows_a_title(title: str) -> None:
    text = f"The Hon Julie Bishop MP said so. {title} Bishop spoke later."
    # the mention joins her draft: as "Ms Bishop", or as the family name alone after a post (realread51)
    assert {f"{title} Bishop", "Bishop"} & set(_aliases(text, "Julie Bishop"))


def test_a_bishop_of_a_see_is_no_surname() -> None:
    kinds = draft_kinds("The Bishop of Varnmouth said the church would open.")
    assert not any(kind is ActorKind.person for kind in kinds.values())


@pytest.mark.parametrize(
    "text",
    [
        "The Department of State is designating Kata'ib Varn as a Specially Designated Global Terrorist (SDGT) today.",
        "The group was designated as a Foreign Terrorist Organization (FTO) in 2019.",
    ],
)
def test_a_class_after_as_a_and_its_acronym_are_no_actors(text: str) -> None:
    kinds = draft_kinds(text)
    assert not any(name in kinds for name in ("SDGT", "FTO", "Foreign Terrorist Organization"))
    assert "Specially Designated Global Terrorist" not in kinds


def test_a_name_before_a_noun_after_as_a_is_still_drafted() -> None:
    kinds = draft_kinds("He worked as a Reuters correspondent and later as a Varn Party member.")
    assert kinds.get("Reuters") is ActorKind.media
    assert kinds.get("Varn Party") is ActorKind.organization


def test_two_clans_before_one_plural_noun_are_peoples() -> None:
    # A clan is filed as a people, a nationality (round styles47; before, as a body).
    kinds = draft_kinds("Formed in 2014 by fighters of the Varnat and Bani Tremmid clans, it fought.")
    assert kinds.get("Varnat") is ActorKind.state
    assert kinds.get("Bani Tremmid") is ActorKind.state


def test_a_post_whose_remit_is_another_post_stands_for_its_holder() -> None:
    text = "They met the Special Representative of the UN Secretary-General, Ilse Varnholm, on Monday."
    kinds = spelling_kinds(text)
    assert kinds.get("Special Representative of the UN Secretary-General") is ActorKind.person
    assert kinds.get("Ilse Varnholm") is ActorKind.person


def test_a_post_of_a_party_still_names_the_party() -> None:
    kinds = draft_kinds("The Secretary of the Communist Party of Varnia spoke on Monday.")
    assert kinds.get("Communist Party of Varnia") is ActorKind.organization


@pytest.mark.parametrize("part", ["Central Mediterranean", "Eastern Mediterranean"])
def test_a_part_of_the_mediterranean_is_a_place(part: str) -> None:
    kinds = draft_kinds(f"The agency patrols the {part} with two ships.")
    assert kinds.get(part) is ActorKind.place


def test_a_mediterranean_diet_is_no_place() -> None:
    assert not draft_kinds("Tourists in Varnmouth love a Mediterranean diet.").get("Mediterranean")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They discussed the Greater Varnrise gas fields in the Timor Sea.", "Greater Varnrise"),
        ("Output rose at the Tremmila oil field last year.", "Tremmila"),
    ],
)
def test_a_field_named_before_what_it_yields_is_a_place(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.place


def test_a_field_of_candidates_is_no_place() -> None:
    kinds = draft_kinds("It was a crowded race in the Varn Party leadership field and the Republican primary field.")
    assert kinds.get("Republican") is not ActorKind.place


def test_the_register_of_laws_is_a_publication_and_its_union_is_named() -> None:
    # (since styles70 the journal is drafted as a publication: the style golds list it in 17 of 23 documents, and the
    # real probes expect "Official Journal" as media or other)
    kinds = draft_kinds("The legal acts were published in the Official Journal of the European Union today.")
    assert kinds.get("Official Journal of the European Union") is ActorKind.media
    assert kinds.get("European Union") is ActorKind.organization


def test_a_designated_class_is_no_actor() -> None:
    kinds = draft_kinds("JVAS is a designated Foreign Terrorist Organization active in Mali.")
    assert "Foreign Terrorist Organization" not in kinds
    assert kinds.get("Mali") is ActorKind.state
