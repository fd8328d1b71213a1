"""A seventy-fourth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): surnames
that are common words or titles, double surnames, towns named like persons, long bodies' names. Every example is
invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_short_surname_is_no_near_spelling_of_another_word() -> None:
    # ("Tan" and "Toyne" share their consonants, too few to tell two names apart)
    drafts = _drafts("Analyst Marcus Tan said the talks failed.\n\nTroops and Toyne trucks moved north.")
    assert "Toyne" not in drafts["Marcus Tan"].aliases


def test_the_second_part_of_a_double_surname_is_no_other_persons_surname() -> None:
    drafts = _drafts(
        "The unit was formed by Colonel Idris Tamsin Varnot-Kessé, a former officer. "
        "Its founder, Varnot-Kessé, recruited fishermen. "
        "President Amadou Kessé Obrin led the offensive. Kessé was killed a year later."
    )
    founder = drafts["Idris Tamsin Varnot-Kessé"]
    assert "Varnot-Kessé" in founder.aliases
    assert "Kessé" not in founder.aliases


def test_a_title_word_after_a_given_name_and_an_initial_is_the_surname() -> None:
    drafts = _drafts(
        'Maj. Gen. Dorian K. Bishop, the task force commander, said the raid had worked. "We will go on," Bishop said.'
    )
    person = drafts["Dorian K. Bishop"]
    assert person.kind is ActorKind.person
    assert {"Maj. Gen. Dorian K. Bishop", "Bishop"} <= set(person.aliases)


def test_a_kunya_opening_a_persons_full_name_is_that_person() -> None:
    drafts = _drafts(
        "The raid killed Abu Tariq al-Varnawi al-Qessani, a senior official. "
        "Abu Tariq had directed the cells for two years."
    )
    person = drafts["Abu Tariq al-Varnawi al-Qessani"]
    assert person.kind is ActorKind.person
    assert "Abu Tariq" in person.aliases
    assert "Abu Tariq" not in drafts


def test_a_quoted_kunya_inside_a_chained_name_joins_the_person() -> None:
    drafts = _drafts(
        'Under its second commander, Yusuf Ali Hamdan "Abu Karim" Tessar-Oumi, the militia moved its base.'
    )
    person = drafts["Yusuf Ali Hamdan Tessar-Oumi"]
    assert person.kind is ActorKind.person
    assert {"Abu Karim", 'Yusuf Ali Hamdan "Abu Karim" Tessar-Oumi'} <= set(person.aliases)
    assert "Tessar-Oumi" not in drafts


def test_a_word_after_and_that_names_a_town_of_another_land_is_the_bodys_second_aim() -> None:
    drafts = _drafts("The rebels of the Union for Progress and Concord in Niger attacked the town.")
    assert drafts["Union for Progress and Concord in Niger"].kind is ActorKind.organization
    assert "Concord" not in drafts


def test_a_routes_end_is_a_place_when_its_other_end_is_a_known_town() -> None:
    drafts = _drafts("In 2022 the militia moved its headquarters from Bol to Mara Tessoli.")
    assert drafts["Mara Tessoli"].kind is ActorKind.place
    drafts = _drafts("Traders drive from Ella Varnham to Georgetown every week.")
    assert drafts["Ella Varnham"].kind is ActorKind.place


def test_a_person_at_a_routes_end_with_a_persons_cue_stays_a_person() -> None:
    drafts = _drafts("The letter went from London to Ella Varnham, who read it aloud.")
    assert drafts["Ella Varnham"].kind is ActorKind.person


def test_an_acronym_may_leave_out_the_peoples_adjective_of_its_bodys_name() -> None:
    drafts = _drafts("Iraqi Counter-Narcotics Service (CNS) units raided the farm. The CNS said two were held.")
    body = drafts["Iraqi Counter-Narcotics Service"]
    assert "CNS" in body.aliases
    assert "CNS" not in drafts


def test_two_rare_names_before_a_way_of_lifes_communities_are_peoples() -> None:
    drafts = _drafts("The militia recruited among the Tessoma and Vurabu fishing communities of the lake.")
    assert drafts["Tessoma"].kind is ActorKind.state
    assert drafts["Vurabu"].kind is ActorKind.state


def test_a_body_named_in_spanish_by_its_union_word_is_a_body() -> None:
    drafts = _drafts("Police said the Sindicato de Varnemo controls the mines.")
    assert drafts["Sindicato de Varnemo"].kind is ActorKind.organization


def test_a_rare_word_before_mines_is_the_place_they_are_dug_at() -> None:
    drafts = _drafts("Coltan from the Tessoka mines fuels the fighting.")
    assert drafts["Tessoka"].kind is ActorKind.place


def test_letters_closing_a_gloss_that_spell_it_are_the_bodys_acronym() -> None:
    drafts = _drafts(
        "The Varnu Guard Brigade (French: Brigade de garde du Varnu, BGV) is a militia. The BGV fought the rebels."
    )
    assert "BGV" in drafts["Varnu Guard Brigade"].aliases
    assert "BGV" not in drafts


def test_a_capital_after_said_and_before_its_quoted_words_is_its_government() -> None:
    # ("Washington" is a given name too: no other cue made it a place)
    drafts = _drafts('A spokesperson for the ministry said Washington "will not be moved" on the matter.')
    assert drafts["Washington"].kind is ActorKind.place


def test_names_after_from_and_before_on_the_coast_are_towns() -> None:
    drafts = _drafts("Many miners travel from Ella Varnham and Rose Tessel on the coast every month.")
    assert drafts["Ella Varnham"].kind is ActorKind.place
    assert drafts["Rose Tessel"].kind is ActorKind.place


def test_a_person_met_on_the_coast_stays_a_person() -> None:
    drafts = _drafts("She met Ella Varnham and Mark Tessel on the coast last year.")
    assert drafts["Ella Varnham"].kind is ActorKind.person


def test_a_church_named_for_whom_it_worships_is_a_body() -> None:
    drafts = _drafts("The envoy will meet the Church of Christ in Varnia to discuss the dialogue.")
    assert drafts["Church of Christ"].kind is ActorKind.organization


def test_an_acronym_that_spells_of_but_leaves_out_and_is_the_bodys() -> None:
    drafts = _drafts("Those listed include the Bureau of Ports and Harbour Logistics (BOPHL). BOPHL denied it.")
    assert "BOPHL" in drafts["Bureau of Ports and Harbour Logistics"].aliases
    assert "BOPHL" not in drafts


def test_an_acronym_that_leaves_out_a_hyphened_word_is_the_bodys() -> None:
    drafts = _drafts("Money came from the Counter-Piracy Train and Equip Fund (CTEF). The CTEF paid for boats.")
    assert "CTEF" in drafts["Counter-Piracy Train and Equip Fund"].aliases
    assert "CTEF" not in drafts


def test_a_transcripts_note_in_square_brackets_is_no_name() -> None:
    drafts = _drafts(
        "MARLA: And I'm Marla Fenn-Brook. We are back after this.\n\n[AD BREAK]\n\nMARLA: Right, where were we?"
    )
    assert "AD BREAK" not in drafts
    assert all("AD BREAK" not in draft.aliases for draft in drafts.values())
