"""Names as military press releases, broadcasters' news pages, EU statements, ministerial releases
and encyclopaedia articles write them: equipment beside names, lives in brackets, titles set before
a name, Arabic personal names, currencies, land forms and parliaments. Every example is invented;
each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- equipment is no actor -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "equipment"),
    [
        # A model designation before the name.
        ("Two ZR-7 Harrowhawk drones flew over Tremmin on Tuesday.", "Harrowhawk"),
        ("A KV-130J Quellbird delivered tents to the airport.", "Quellbird"),
        # A name the gazetteer knows as a town, after a designation.
        ("A C-130J Hercules landed at the airfield with water.", "Hercules"),
        # A ship's prefix.
        ("HMAS Varnak Star arrived in port with relief supplies.", "HMAS Varnak Star"),
        ("The crew of KRI Tremmin Jaya waved from the deck.", "KRI Tremmin Jaya"),
        # A kind of vessel before the name.
        ("The carrier Quellmoor Valiant launched twelve sorties.", "Quellmoor Valiant"),
        # A name with no cue before a word for weapons.
        ("Pilots flew Zorvakin aircraft over the valley.", "Zorvakin"),
    ],
)
def test_equipment_named_in_a_release_is_no_actor_draft(text: str, equipment: str) -> None:
    drafts = draft_kinds(text)
    assert equipment not in drafts, sorted(drafts)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A group's or a state's weapons: the owner is still an actor.
        ("Hezbollah drones struck a base near the border.", "Hezbollah", ActorKind.armed_force),
        ("Officials said Iranian drones had hit the ship.", "Iran", ActorKind.state),
        # A town of the same name as a ship: the town stays, the ship goes.
        ("HMAS Canberra sailed from Canberra.", "Canberra", ActorKind.place),
        # A group of states written like a designation: its summit is no equipment.
        ("The pledge was made at the G7 Tremmin Summit in May.", "Tremmin Summit", ActorKind.other),
    ],
)
def test_an_owner_of_equipment_and_a_town_named_like_a_ship_stay_actors(text: str, name: str, kind: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts)
    assert "HMAS Canberra" not in drafts


# -- pieces of names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "piece"),
    [
        ("The Varnakian XIX Corps held the pass until June.", "Varnakian XIX Corps", "XIX"),
        ("A spokesman for CJTF-QRM said the raid had ended.", "CJTF-QRM", "QRM"),
    ],
)
def test_a_roman_numeral_or_a_piece_of_a_compound_acronym_is_no_draft(text: str, name: str, piece: str) -> None:
    drafts = draft_kinds(text)
    assert piece not in drafts, sorted(drafts)
    assert name in drafts, sorted(drafts)


# -- kinds from what the whole text says -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An encyclopaedia's list of members with their lives in brackets.
        (
            "Notable members\n\nOstap Kvarnyk (1988–2017), junior sergeant\nDarka Velmyn (born 1993), medic",
            "Ostap Kvarnyk",
        ),
        (
            "Notable members\n\nOstap Kvarnyk (1988–2017), junior sergeant\nDarka Velmyn (born 1993), medic",
            "Darka Velmyn",
        ),
        # A title, a comma, the name, a comma.
        ("Meanwhile, the Varnakian foreign minister, Adel al-Quvar, said talks would resume.", "Adel al-Quvar"),
        # Arabic personal names: a nisba, or two given names before the family name.
        ("Al-Julvar rejected the merger and pledged allegiance to Ayman al-Tremmini.", "Ayman al-Tremmini"),
        ("Coalition aircraft killed Saleh Omar al-Quvari, known as Abu Omar, last week.", "Saleh Omar al-Quvari"),
        # A nisba alone.
        ("The group declared a caliphate with al-Tremmini as its leader.", "al-Tremmini"),
    ],
)
def test_a_name_the_text_gives_a_life_or_a_title_or_an_arabic_family_name_is_a_person(text: str, name: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is ActorKind.person, sorted(drafts.items())


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A group named "X al-Y" with no given name and no nisba is no person.
        ("Fighters of Ahrar al-Varn took the hill.", "Ahrar al-Varn", ActorKind.person),
        # A mountain named with an Arabic place word.
        ("Shelling hit villages on Jabal al-Quvari overnight.", "Jabal al-Quvari", ActorKind.person),
        # Years of an office, not a life: no person made of a group.
        ("The Varnak Front (2012–2015) merged with others.", "Varnak Front", ActorKind.person),
    ],
)
def test_names_that_only_look_like_persons_are_not_made_persons(text: str, name: str, kind: ActorKind) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is not kind, sorted(drafts.items())


def test_an_acronym_with_no_other_cue_is_a_body() -> None:
    drafts = draft_kinds("The strike was reported by CJTF-QRM on Friday. CJTF-QRM gave no figures.")
    # (a joint task force's letters, CJTF, make the body an armed force: round realread43)
    assert drafts.get("CJTF-QRM") is ActorKind.armed_force, sorted(drafts.items())


def test_a_persons_arabic_family_name_is_not_taken_for_the_state_it_sounds_like() -> None:
    # "al-Suri" means "the Syrian": the person and the state are two drafts.
    drafts = draft_kinds("Abu Firas al-Suri was killed in a strike in Syria.")
    assert drafts.get("Abu Firas al-Suri") is ActorKind.person, sorted(drafts.items())
    assert drafts.get("Syria") is ActorKind.state, sorted(drafts.items())


# -- rows of the cue tables ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Troops held the Tremmin Heights near the border.", "Tremmin Heights", ActorKind.place),
        ("Militants hid in the Varnak Forest for weeks.", "Varnak Forest", ActorKind.place),
        ("The battle near the Quell Ridge ended in October.", "Quell Ridge", ActorKind.place),
        ("Farmers in the Zorvak Delta lost their crops.", "Zorvak Delta", ActorKind.place),
        ("She was elected to the Varnakian Rada in 2019.", "Varnakian Rada", ActorKind.organization),
        ("The Knesset voted on the bill on Monday.", "Knesset", ActorKind.organization),
        ("It was formed as the local branch of al-Qaeda in 2012.", "al-Qaeda", ActorKind.armed_force),
    ],
)
def test_land_forms_parliaments_known_groups_and_police_ranks_give_the_kind(
    text: str, name: str, kind: ActorKind
) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts.items())


@pytest.mark.parametrize(
    ("text", "not_a_name", "body"),
    [
        # A currency's code is no body.
        ("The Commission gave EUR 80 million to partners in Varnak.", "EUR", None),
        ("The grant of AUD 2 million goes to the Tremmin Red Cross.", "AUD", None),
        # A convention or a strategy named after a body is a document; the body stays.
        ("Ministers discussed the Quellmoor Nations Convention on the Sea.", "Quellmoor Nations Convention", None),
        ("The work follows the EU Strategy for Varnakia, adopted in April.", "EU Strategy", "EU"),
    ],
)
def test_currencies_and_documents_are_no_actor_drafts(text: str, not_a_name: str, body: str | None) -> None:
    drafts = draft_kinds(text)
    assert not_a_name not in drafts, sorted(drafts)
    if body is not None:
        assert body in drafts, sorted(drafts)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Relief reached the Netherlands and Varnakia on Monday.", "Netherlands", ActorKind.state),
        ("The Netherlands sent two ships.", "Netherlands", ActorKind.state),
        (
            "Speaking to the BBC Varnish service, she said she had been held for two years.",
            "BBC Varnish",
            ActorKind.media,
        ),
        ("Doctors at Quellmoor Hospital treated the injured.", "Quellmoor Hospital", ActorKind.organization),
        (
            "The Tremmin Joint Investigative Mechanism found that sarin was used.",
            "Tremmin Joint Investigative Mechanism",
            ActorKind.organization,
        ),
    ],
)
def test_states_named_with_an_article_outlets_services_and_hospitals_get_their_kind(
    text: str, name: str, kind: ActorKind
) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts.items())


def test_the_words_a_title_leaves_are_no_person_when_they_are_common_words() -> None:
    drafts = draft_kinds("She met the EU Special Representative for the Middle East Peace Process in Varnak.")
    assert "Peace Process" not in drafts, sorted(drafts.items())
    # A person named after the same kind of title stays a person.
    drafts = draft_kinds("She met the EU Special Representative for the Varnak Region Ilse Quistel in May.")
    assert drafts.get("Ilse Quistel") is ActorKind.person, sorted(drafts.items())


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A title and what it is of, then the name between commas.
        (
            "The Varnakian High Commissioner to Tremmin Islands, Rod Quellan, met the minister.",
            "Rod Quellan",
            ActorKind.person,
        ),
        # An honorific of a pilgrim before the name.
        ("A local elder in Andar, Haji Abdul Varnaki, said villagers had fled.", "Abdul Varnaki", ActorKind.person),
        # A port named with its head word.
        ("Divers cleared mines near Tremmin Salvar Port, officials said.", "Tremmin Salvar Port", ActorKind.place),
        # A body's word, then the place it serves: the body, not the place.
        (
            "It was the first vote since the Regional Assistance Mission to Varnak Islands (RAMVI) left.",
            "Regional Assistance Mission to Varnak Islands",
            ActorKind.organization,
        ),
        # No body's word: the place stays a place.
        ("Ships patrolled the Gulf of Tremmin against smuggling.", "Gulf of Tremmin", ActorKind.place),
    ],
)
def test_titles_before_a_comma_honorifics_ports_and_bodies_serving_a_place(
    text: str, name: str, kind: ActorKind
) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts.items())


def test_a_coast_guard_cutter_is_no_actor() -> None:
    drafts = draft_kinds("The crew of USCGC Varnak Star seized 900 rifles from a dhow.")
    assert not drafts, sorted(drafts.items())


def test_a_comma_after_a_name_with_no_title_before_it_makes_no_person() -> None:
    # "Mr" stands before a name, never before a comma; "near Quell" is a place.
    drafts = draft_kinds("Shelling hit towns near Quellmoor, Varnak Heights, and the coast.")
    assert drafts.get("Varnak Heights") is ActorKind.place, sorted(drafts.items())


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A broadcaster's correspondent, named after its possessive, with no verb right after.
        (
            "The BBC's Quellan Varnavi in Tremmin says the rebels now hold more land.",
            "Quellan Varnavi",
            ActorKind.person,
        ),
        # A form of state in a name whose last word the text also writes alone.
        (
            "Fighters of the Tremmin People's Republic held the town. The Republic denied it.",
            "Tremmin People's Republic",
            ActorKind.organization,
        ),
    ],
)
def test_correspondents_and_self_declared_republics_get_their_kind(text: str, name: str, kind: ActorKind) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts.items())


def test_a_constable_is_a_person_with_the_rank_as_an_alias_and_a_magazine_is_no_constable() -> None:
    extraction = extract("PC Tomas Varnell, 34, was driving the car. Varnell was charged.", None, [], set(), "t")
    person = next(d for d in extraction.actors if d.name == "Tomas Varnell")
    assert person.kind is ActorKind.person
    assert person.id == "tomas-varnell"
    assert "PC Tomas Varnell" in person.aliases
    # Each span the reader is shown names the constable, without the rank.
    assert {extraction.sentences[0].text[s:e] for s, e in person.spans[:1]} == {"Tomas Varnell"}
    drafts = draft_kinds("She read PC Quellmoor Monthly every week.")
    assert all(kind is not ActorKind.person for kind in drafts.values()), sorted(drafts.items())


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Former states that histories name.
        ("The brigade was formed in the Soviet Union in 1945.", "Soviet Union", ActorKind.state),
        ("He served in Yugoslavia before the war.", "Yugoslavia", ActorKind.state),
        # Realms by their form: states of their time.
        ("Troops of the Tremmin Khanate arrived before the town.", "Tremmin Khanate", ActorKind.state),
        ("The Principality of Varnak joined the alliance.", "Principality of Varnak", ActorKind.state),
        # Titles of nobility and office before a name.
        ("The town was defended by Count Ostap Varnhorst until September.", "Ostap Varnhorst", ActorKind.person),
        ("The Grand Vizier Kara Quellan Pasha besieged the town.", "Kara Quellan Pasha", ActorKind.person),
        ("The Sultan declared war on Emperor Leopold Varnhofer in 1682.", "Leopold Varnhofer", ActorKind.person),
        # The alliance of a world war, by its head word.
        ("The advance allowed the Allies to open a road to the coast.", "Allies", ActorKind.organization),
    ],
)
def test_former_states_realms_and_titles_of_nobility(text: str, name: str, kind: ActorKind) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts.items())


def test_a_self_declared_republic_defined_by_its_acronym_is_no_person() -> None:
    drafts = draft_kinds("They fought the Tremmin People's Republic (TPR) near Pisky. The Republic denied it.")
    assert drafts.get("Tremmin People's Republic") is ActorKind.organization, sorted(drafts.items())


# -- names the run reading used to cut or lose -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A country's demonym is no city's ("Nashvillian"): it stays in the force's name.
        ("The unit joined the Ukrainian Ground Forces in 2015.", "Ukrainian Ground Forces", ActorKind.armed_force),
        ("The Nigerian Army said it had freed 300 hostages.", "Nigerian Army", ActorKind.armed_force),
        ("Two ships of the Canadian Navy sailed on Monday.", "Canadian Navy", ActorKind.armed_force),
        # A given name that looks like the people of a small town ("Secunda"): the name stays whole.
        ("The BBC's Secunder Varnavi in Tremmin says the rebels hold more land.", "Secunder Varnavi", ActorKind.person),
        # A capital that is as frequent as a common word, after "and" or opening a sentence.
        ("Criticism grew in Washington and London over the strikes.", "London", ActorKind.place),
        ("London and Paris said they would send aid.", "London", ActorKind.place),
        # A place's opening word keeps a state's name inside the place's.
        ("Fishermen on Lake Chad were attacked.", "Lake Chad", ActorKind.place),
        # A capitalised compass word is the name's.
        ("Residents fled the Southern Highlands after the quake.", "Southern Highlands", ActorKind.place),
        ("The attacks on Eastern Varnak continued for a week.", "Eastern Varnak", ActorKind.place),
        # A dateline with the date in brackets.
        ("TAMPA, Fla. (Feb. 19, 2017) - Coalition forces began a raid.", "Tampa", ActorKind.place),
    ],
)
def test_demonyms_capitals_lakes_compass_words_and_datelines_keep_names_whole(
    text: str, name: str, kind: ActorKind
) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts.items())


def test_a_lake_named_after_a_state_is_no_state() -> None:
    assert "Chad" not in draft_kinds("Fishermen on Lake Chad were attacked.")


def test_a_lower_case_compass_word_only_says_where() -> None:
    drafts = draft_kinds("Troops entered eastern Varnak on Friday.")
    assert "Varnak" in drafts and "eastern Varnak" not in drafts, sorted(drafts)


# -- persons named in headings with their title ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Hon Julia Quistel MP\nMinister for Foreign Affairs\n\nMedia release\n2 March 2016\n\n"
            "Varnak gives aid.",
            "Julia Quistel",
        ),
        ("Media release\nSenator the Hon Marise Payne\nMinister for Defence\n\nVarnak gives aid.", "Marise Payne"),
        (
            "Statement by the High Representative Federica Tremmini on behalf of the EU on the situation in Varnak\n\n"
            "The EU is alarmed.",
            "Federica Tremmini",
        ),
    ],
)
def test_a_titled_person_in_a_release_heading_is_a_person(text: str, name: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is ActorKind.person, sorted(drafts.items())


@pytest.mark.parametrize(
    "text",
    [
        "President Announces New Funding For Schools\n\nThe money was given to towns.",
        "Minister Visits Quellmoor Hospital\n\nShe went there on Monday.",
        "PC Gamer Newsletter\n\nSign up for the news.",
    ],
)
def test_title_case_headings_with_a_title_word_make_no_person(text: str) -> None:
    drafts = draft_kinds(text)
    assert all(kind is not ActorKind.person for kind in drafts.values()), sorted(drafts.items())


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Ministers welcomed the navy's part in Exercise Tremmin Shield last month.", "Exercise Tremmin Shield"),
        ("The brigade took part in the multinational exercise Varnak Trident at the centre.", "Varnak Trident"),
        (
            "Ministers welcomed the Varnak-Tremmin Economic Partnership Agreement (VT-EPA). VT-EPA will be signed.",
            "VT-EPA",
        ),
    ],
)
def test_exercises_and_acronyms_of_documents_are_no_actor_drafts(text: str, not_a_name: str) -> None:
    drafts = draft_kinds(text)
    assert not_a_name not in drafts, sorted(drafts)


def test_the_second_half_of_a_compound_demonym_makes_no_states_forces() -> None:
    drafts = draft_kinds("On 7 October, Austro-Hungarian reinforcements arrived. The Austro-Hungarian forces withdrew.")
    assert "Hungarian armed forces" not in drafts, sorted(drafts)
    # A demonym after a word and a space (here a quotation's first word) still names the state's army.
    drafts = draft_kinds("“The Syrian army now claims full control,” he said.")
    assert drafts.get("Syrian armed forces") is ActorKind.armed_force, sorted(drafts.items())


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A portfolio's common words before a given name are no part of the person's name.
        (
            "The funds were presented by Commissioner for Humanitarian Aid and Crisis Management Christos "
            "Varnides on Monday.",
            "Christos Varnides",
            ActorKind.person,
        ),
        # A country's state after a preposition of place.
        ("Fighting in Quellmoor State displaced thousands of people.", "Quellmoor State", ActorKind.place),
        # A known group named with "State" stays a group (an armed one, as "ISIS" is: round realread40).
        ("Fighters of Islamic State fled into the desert.", "Islamic State", ActorKind.armed_force),
        # A plural noun opening the sentence before the body's name.
        (
            "Units of the Varnak Counter Terrorism Service were staged near the bridge.",
            "Varnak Counter Terrorism Service",
            ActorKind.organization,
        ),
        # The office that speaks for a command.
        (
            "For more information, contact the VARCOM Public Affairs office.",
            "VARCOM Public Affairs",
            ActorKind.organization,
        ),
    ],
)
def test_portfolios_countries_states_plural_openers_and_press_offices(text: str, name: str, kind: ActorKind) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts.items())


def test_a_person_whose_portfolio_was_cut_off_keeps_spans_on_the_name_alone() -> None:
    text = "The funds were presented by Commissioner for Humanitarian Aid and Crisis Management Christos Varnides."
    person = next(d for d in extract(text, None, [], set(), "t").actors if d.name == "Christos Varnides")
    assert [text[s:e] for s, e in person.spans] == ["Christos Varnides"]
    assert person.id == "christos-varnides"


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # An encyclopaedia's gloss: the language's name and the name as that language writes it.
        ("The Varnak Liberation Front (VLF; Albanian: Fronti Quellimtar i Varnakut) was an armed group.", "Albanian"),
        (
            "The Varnak Liberation Front (VLF; Albanian: Fronti Quellimtar i Varnakut) was an armed group.",
            "Fronti Quellimtar",
        ),
        ('Jabhat al-Varn (Arabic: جبهة, "Support Front"), also known as the Varn Front, fought.', "Support Front"),
        # The words of a title before a person's name.
        ("Tremmin Emergency Relief Coordinator Ilse Quistel spoke for the agency.", "Tremmin Emergency Relief"),
        # A storm.
        ("Australia helps Varnakia after Tropical Cyclone Quella hit the islands.", "Tropical Cyclone Quella"),
    ],
)
def test_foreign_glosses_title_words_and_storms_are_no_actor_drafts(text: str, not_a_name: str) -> None:
    drafts = draft_kinds(text)
    assert not_a_name not in drafts, sorted(drafts)


def test_a_known_bodys_regional_office_is_a_body() -> None:
    drafts = draft_kinds("We give money to UNICEF Tremmin for clean water.")
    assert drafts.get("UNICEF Tremmin") is ActorKind.organization, sorted(drafts.items())


def test_a_credit_in_brackets_is_no_foreign_gloss() -> None:
    drafts = draft_kinds("Coal generation fell again.\n(Credit: Ilse Quistel / Tremmin Post)\nGas rose.")
    assert "Ilse Quistel" in drafts, sorted(drafts)


def test_a_name_spelled_out_by_its_acronym_stays_whole_after_a_capitalised_the() -> None:
    extraction = extract("The Organization for Peace and Trade in Varnakia (OPTV) met on Monday.", None, [], set(), "t")
    drafts = {d.name: d for d in extraction.actors}
    body = drafts.get("Organization for Peace and Trade in Varnakia")
    assert body is not None and body.kind is ActorKind.organization, sorted(drafts)
    assert "OPTV" in body.aliases


@pytest.mark.parametrize("name", ["Abu Yusuf al-Varnani", "Grant Tremmin Quell"])
def test_a_persons_own_opening_words_are_no_portfolio(name: str) -> None:
    drafts = draft_kinds(f"The strike killed {name}, a senior commander, on Monday.")
    assert name in drafts, sorted(drafts)


def test_numbered_units_are_one_draft_each_with_their_number() -> None:
    text = (
        "Combined Task Force 152, led by Varnakia, patrolled the lanes. Combined Task Force 150 fought smugglers. "
        "Sailors of Destroyer Squadron 50 trained near the coast."
    )
    extraction = extract(text, None, [], set(), "t")
    drafts = {d.name: d for d in extraction.actors}
    for name in ("Combined Task Force 152", "Combined Task Force 150", "Destroyer Squadron 50"):
        assert drafts.get(name) is not None and drafts[name].kind is ActorKind.armed_force, sorted(drafts)
        assert [text[s:e] for s, e in drafts[name].spans] == [name]
    assert "Combined Task Force" not in drafts
    assert len({d.id for d in extraction.actors}) == len(extraction.actors)


def test_a_year_after_a_group_is_no_unit_number() -> None:
    drafts = draft_kinds("The Varnak Group 2019 report was out. The Varnak Group said so.")
    assert "Varnak Group" in drafts and not any(name.startswith("Varnak Group ") for name in drafts), sorted(drafts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighters fled north of the Euphrates after the strike.", "Euphrates"),
        ("The army camped on the Danube for a week.", "Danube"),
    ],
)
def test_a_great_river_named_bare_is_a_place(text: str, name: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is ActorKind.place, sorted(drafts.items())


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A gerund that names a street with its head word.
        ("The opposition voted against the bill, Downing Street said.", "Downing Street", ActorKind.place),
        ("Quelling Square was closed after the protest.", "Quelling Square", ActorKind.place),
        # A month after a title is a surname.
        ("A spokesman said Mrs May would travel to Varnak on Monday.", "May", ActorKind.person),
        # A person's age set after the name.
        ("Zorvak Quistel-Varn, 40, was arrested at the airport in April.", "Zorvak Quistel-Varn", ActorKind.person),
    ],
)
def test_streets_named_by_a_gerund_surnames_like_months_and_ages(text: str, name: str, kind: ActorKind) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts.items())


@pytest.mark.parametrize(
    "text",
    ["Talks resume in May, officials said.", "Defeating Varnak will take years, officials said."],
)
def test_a_month_or_an_opening_gerund_alone_is_still_no_name(text: str) -> None:
    drafts = draft_kinds(text)
    assert "May" not in drafts and not any(name.startswith("Defeating") for name in drafts), sorted(drafts)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Additionally, near Varnak Junction, a strike destroyed a bunker.", "Varnak Junction", ActorKind.place),
        ("Gen. Ilse Quistel, commander of Tremmin Shield, met the minister.", "Tremmin Shield", ActorKind.armed_force),
        # A unit named after its ship is no ship.
        (
            "The USS Varnak Star Carrier Strike Group arrived in the gulf.",
            "USS Varnak Star Carrier Strike Group",
            ActorKind.organization,
        ),
    ],
)
def test_junctions_commanded_forces_and_strike_groups(text: str, name: str, kind: ActorKind) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts.items())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The EU Delegation to Lebanon, based in Beirut, said so.", "EU Delegation to Lebanon"),
        (
            "The Delegation of the European Union to Syria published a statement.",
            "Delegation of the European Union to Syria",
        ),
        ("The Syrian Arab Red Crescent delivered aid to the town.", "Syrian Arab Red Crescent"),
        ("Members of the Syrian Civil Defence pulled people from the rubble.", "Syrian Civil Defence"),
    ],
)
def test_delegations_to_a_state_and_national_relief_societies_are_one_body(text: str, name: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is ActorKind.organization, sorted(drafts.items())


def test_a_body_that_is_no_delegation_stops_before_to() -> None:
    drafts = draft_kinds("She was sent to Damascus by the Foreign Office to Syria's dismay.")
    assert "Foreign Office" in drafts and not any("Office to" in name for name in drafts), sorted(drafts)


def test_a_town_with_a_short_name_after_its_article_is_no_person() -> None:
    drafts = draft_kinds("Rebels entered al-Rai on Monday and held it for a week.")
    assert drafts.get("al-Rai") is not ActorKind.person, sorted(drafts.items())
