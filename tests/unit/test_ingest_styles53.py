"""A fifty-third round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): units
named by their number within a numbered regiment. Every example is invented; each test says what the analyst
sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_regiment_named_by_its_number_and_arm_is_a_unit() -> None:
    kinds = draft_kinds("Troops of the 9th Fusiliers crossed the river near Tollmark.")
    assert kinds.get("9th Fusiliers") is ActorKind.armed_force


def test_a_battalion_and_its_numbered_marines_regiment_are_one_unit() -> None:
    kinds = draft_kinds("Soldiers from 4th Battalion, 11th Marines, landed near Tollmark on Friday.")
    assert kinds.get("4th Battalion, 11th Marines") is ActorKind.armed_force
    assert "4th Battalion" not in kinds


def test_a_battalion_of_the_numbered_regiment_is_one_unit() -> None:
    kinds = draft_kinds("The bridge was held by the 3rd Battalion of the 217th Rifle Regiment until dawn.")
    assert kinds.get("3rd Battalion of the 217th Rifle Regiment") is ActorKind.armed_force
    assert "3rd Battalion" not in kinds


def test_a_count_before_marines_is_no_unit() -> None:
    kinds = draft_kinds("About 60 Marines landed near Tollmark on Friday.")
    assert "60 Marines" not in kinds


def test_a_middle_initial_then_a_lower_case_particle_keeps_the_name_whole() -> None:
    kinds = draft_kinds("The fleet is led by Rear Adm. Katrien W. van der Molenbeek-Asante, who took over in May.")
    assert kinds.get("Katrien W. van der Molenbeek-Asante") is ActorKind.person
    assert "Molenbeek-Asante" not in kinds


def test_a_middle_initial_then_de_without_a_title_is_one_person() -> None:
    kinds = draft_kinds("The report was written by Anselm R. de Courtenay-Mbeki, a lawyer in Tollmark.")
    assert kinds.get("Anselm R. de Courtenay-Mbeki") is ActorKind.person


def test_a_letter_then_a_lower_case_particle_word_opens_no_name() -> None:
    kinds = draft_kinds("Under Plan C. van drivers paid more than lorry drivers.")
    assert not any("van" in name for name in kinds)


def test_a_byline_name_with_lower_case_particles_keeps_the_whole_line() -> None:
    kinds = draft_kinds(
        "Floods close the port\n\nBy Inés Tovar de la Riba, Radio Tollmark, Varna\n\nThe river rose overnight."
    )
    assert kinds.get("Inés Tovar de la Riba") is ActorKind.person
    assert kinds.get("Varna") is ActorKind.place


def test_a_lower_case_abu_inside_a_name_keeps_it_one_person() -> None:
    kinds = draft_kinds("The raid was led by Sheikh Nawaf abu Karim al-Zubeidi, who held the wells.")
    assert kinds.get("Nawaf abu Karim al-Zubeidi") is ActorKind.person
    assert "Nawaf" not in kinds


def test_a_capitalised_abu_still_opens_a_name() -> None:
    kinds = draft_kinds("Fighters of Abu Tarrak raided the port of Varna.")
    assert "Tarrak" not in kinds


def test_a_persons_name_without_the_middle_name_is_the_same_person() -> None:
    actors = extract(
        "Helena Margarethe van Oosterwijk (born 1958) is a Dutch judge. In 2004 Helena van Oosterwijk moved "
        "to the court in Tollmark.",
        None,
        [],
        set(),
        "tag",
    ).actors
    persons = [a for a in actors if "Oosterwijk" in a.name]
    assert len(persons) == 1
    assert "Helena van Oosterwijk" in persons[0].aliases


def test_two_persons_of_one_given_and_family_name_keep_the_short_name_apart() -> None:
    actors = extract(
        "Helena Margarethe Oosterwijk and Helena Sofie Oosterwijk were sisters. Helena Oosterwijk wrote.",
        None,
        [],
        set(),
        "tag",
    ).actors
    assert not any("Helena Oosterwijk" in a.aliases for a in actors)


def test_a_numbered_units_acronym_with_its_number_is_its_alias() -> None:
    actors = extract(
        "A helicopter of Helicopter Anti-Submarine Squadron 41 (HAS-41) warned the boats off.", None, [], set(), "tag"
    ).actors
    squadron = next(a for a in actors if a.name == "Helicopter Anti-Submarine Squadron 41")
    assert "HAS-41" in squadron.aliases


def test_a_task_forces_acronym_and_number_written_apart_is_its_alias() -> None:
    actors = extract(
        "Ships of Combined Patrol Force 412 (CPF 412) sailed from Tollmark.", None, [], set(), "tag"
    ).actors
    force = next(a for a in actors if a.name == "Combined Patrol Force 412")
    assert "CPF 412" in force.aliases


def test_names_listed_after_a_plural_kind_of_merchant_ship_are_ships() -> None:
    kinds = draft_kinds("The firm chartered the freighters Lydia Marsh, Corin Bell and Hester Gale last year.")
    assert kinds.get("Lydia Marsh") is ActorKind.other
    assert kinds.get("Corin Bell") is ActorKind.other
    assert kinds.get("Hester Gale") is ActorKind.other


def test_a_name_after_a_merchant_ship_in_another_sentence_keeps_its_kind() -> None:
    kinds = draft_kinds(
        "The firm chartered the freighter Lydia Marsh. Later Tom Brady and Hester Gale met in Tollmark."
    )
    assert kinds.get("Hester Gale") is not ActorKind.other


def test_a_peoples_garrison_after_and_is_no_part_of_a_bodys_of_phrase() -> None:
    kinds = draft_kinds("It was fought between the Volunteer Army of the South and the Venetian garrison.")
    assert kinds.get("Volunteer Army of the South") is ActorKind.armed_force
    assert not any("Venetian" in name and "South" in name for name in kinds)


def test_a_rank_of_another_army_before_a_name_makes_a_person() -> None:
    kinds = draft_kinds("Two guns were sent under Capitaine Aurelien de Montbrison-Tessier to hold the ford.")
    assert kinds.get("Aurelien de Montbrison-Tessier") is ActorKind.person
    assert not any(name.startswith("Capitaine") for name in kinds)


def test_a_name_a_force_withdraws_or_retreats_to_is_a_place() -> None:
    kinds = draft_kinds("The siege ended with the garrison's withdrawal to Kessaru before the rains.")
    assert kinds.get("Kessaru") is ActorKind.place
    kinds = draft_kinds("After the raid the rebels retreated to Tolvenna and waited.")
    assert kinds.get("Tolvenna") is ActorKind.place


def test_a_word_before_a_herder_or_farmer_and_a_name_is_a_people() -> None:
    kinds = draft_kinds('"The wells are dry," said Tarvoshi herder Ilse Varnakova, 52.')
    assert kinds.get("Tarvoshi") is ActorKind.state


def test_a_line_in_ordinary_words_along_which_troops_stand_is_a_place() -> None:
    kinds = draft_kinds("Observers patrol along the Red Line between the two armies.")
    assert kinds.get("Red Line") is ActorKind.place
    kinds = draft_kinds("The militia still holds three hills south of the Red Line.")
    assert kinds.get("Red Line") is ActorKind.place


def test_a_line_with_no_word_of_where_is_no_place() -> None:
    kinds = draft_kinds("Take the Circle Line to the museum.")
    assert "Circle Line" not in kinds


def test_a_name_after_at_a_town_and_on_is_the_island_it_stands_on() -> None:
    kinds = draft_kinds("The navy will build a new wharf at Luganville on Tessaro Vale next year.")
    assert kinds.get("Tessaro Vale") is ActorKind.place


def test_a_programme_after_in_a_town_and_on_is_no_island() -> None:
    kinds = draft_kinds("She spoke in London on Tollcast about the strike.")
    assert kinds.get("Tollcast") is not ActorKind.place


def test_a_rank_before_a_name_with_a_middle_initial_is_kept_as_an_alias() -> None:
    actors = extract(
        "The drill was led by Brig. Gen. Lowell A. Fennimore-Gask, commander of the brigade.", None, [], set(), "tag"
    ).actors
    person = next(a for a in actors if a.name == "Lowell A. Fennimore-Gask")
    assert "Brig. Gen. Lowell A. Fennimore-Gask" in person.aliases


def test_an_articles_title_line_without_the_middle_name_names_the_person() -> None:
    actors = extract(
        "Helena Oosterwijk\n\nHelena Margarethe Oosterwijk (born 1958) is a Dutch judge.",
        None,
        [],
        set(),
        "tag",
    ).actors
    person = next(a for a in actors if a.name == "Helena Margarethe Oosterwijk")
    assert "Helena Oosterwijk" in person.aliases


def test_a_title_line_of_common_words_drafts_nothing() -> None:
    actors = extract(
        "Early Career\n\nHelena Margarethe Oosterwijk (born 1958) is a judge.", None, [], set(), "tag"
    ).actors
    assert not any("Early" in a.name or "Early Career" in a.aliases for a in actors)


def test_a_forces_branch_after_its_acronym_in_a_heading_is_read_with_it() -> None:
    actors = extract(
        "Destroyer Warns Off TVRC Navy Boats Near Kessel Strait\n\nFour boats approached the ship on Monday.",
        None,
        [],
        set(),
        "tag",
    ).actors
    assert any(a.name == "TVRC Navy" for a in actors)


def test_a_name_before_lower_case_coast_is_a_place() -> None:
    kinds = draft_kinds("The exercise ended with a landing on the Tessarine coast near Varnby.")
    assert kinds.get("Tessarine") is ActorKind.place


def test_a_peoples_adjective_before_coast_is_no_place() -> None:
    kinds = draft_kinds("Storms hit the Cornish coast on Monday night.")
    assert "Cornish" not in kinds


def test_a_word_the_numbered_units_acronym_opens_with_is_part_of_its_name() -> None:
    actors = extract(
        "The frigate joined Standing TVRC Patrol Group 3 (STPG3) off the coast in May.", None, [], set(), "tag"
    ).actors
    group = next(a for a in actors if "Patrol Group 3" in a.name)
    assert group.name == "Standing TVRC Patrol Group 3"
    assert "STPG3" in group.aliases


def test_two_names_before_traditional_owners_are_peoples() -> None:
    kinds = draft_kinds("The minister thanked the Tarvoka and Messuri traditional owners for their welcome.")
    assert kinds.get("Tarvoka") is ActorKind.state
    assert kinds.get("Messuri") is ActorKind.state


def test_a_line_of_something_along_which_troops_clash_is_a_place() -> None:
    kinds = draft_kinds("Clashes along the Line of Separation went on for three days.")
    assert kinds.get("Line of Separation") is ActorKind.place


def test_outgoing_before_a_title_is_no_part_of_the_titled_alias() -> None:
    actors = extract(
        "Outgoing President Tamsin Orvell-Dace congratulated him on Monday.", None, [], set(), "tag"
    ).actors
    person = next(a for a in actors if a.name == "Tamsin Orvell-Dace")
    assert "President Tamsin Orvell-Dace" in person.aliases
    assert not any(alias.startswith("Outgoing") for alias in person.aliases)


def test_a_base_in_lower_case_is_also_called_by_its_places_name() -> None:
    actors = extract("Rebels overran the Tessavar base after a two-week siege.", None, [], set(), "tag").actors
    base = next(a for a in actors if a.name == "Tessavar base")
    assert "Tessavar" in base.aliases


def test_a_rank_after_of_x_and_a_comma_is_no_town_of_an_address() -> None:
    kinds = draft_kinds("She met the Chairman of the Joint Chiefs of Staff, Gen. Tamsin Orvell, in May.")
    assert "Staff" not in kinds
