"""A fifth round on the held-out styles (encyclopaedia articles, broadcasters, military releases,
EU statements, ministerial releases): blocs and missions named with the state they serve, long
names that a state ends, bodies named in French, Spanish or Portuguese, and the kind a name takes
from the phrase or the list around it. Every example is invented; each test says what the analyst
sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- names that end with a bloc's word, a state or a branch ---------------------------------------


@pytest.mark.parametrize(
    "name", ["Varnak Development Community", "East Tremmin Community", "Economic Community of Varnak States"]
)
def test_a_bloc_named_community_is_an_organisation(name: str) -> None:
    drafts = draft_kinds(f"Observers from the {name} watched the vote in May.")
    assert drafts.get(name) is ActorKind.organization


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Council extended the Tremmin Joint Training Mission in the Dominican Republic until 2026.",
            "Tremmin Joint Training Mission in the Dominican Republic",
        ),
        (
            "The Varnak Partnership Mission in the Republic of Kazakhstan opened an office.",
            "Varnak Partnership Mission in the Republic of Kazakhstan",
        ),
    ],
)
def test_a_mission_in_the_state_it_serves_is_one_name(sentence: str, name: str) -> None:
    drafts = draft_kinds(sentence)
    assert drafts.get(name) is ActorKind.organization
    assert "Dominican Republic" not in drafts


def test_a_force_of_a_state_longer_than_most_names_is_one_name() -> None:
    drafts = draft_kinds("The group was defeated by the United National Armed Forces of the Republic of Kazakhstan.")
    assert drafts.get("United National Armed Forces of the Republic of Kazakhstan") is ActorKind.armed_force


def test_a_long_run_of_title_case_words_without_a_state_is_still_no_name() -> None:
    drafts = draft_kinds("Notes On The Great Varnak Plains Tour For Walkers And Their Dogs In Spring\n\nWe walked.")
    assert not any(len(name.split()) > 8 for name in drafts)


def test_a_force_for_the_liberation_of_a_land_is_one_armed_force() -> None:
    drafts = draft_kinds("The Popular Forces for the Liberation of Varnia attacked a border post.")
    assert drafts.get("Popular Forces for the Liberation of Varnia") is ActorKind.armed_force


def test_a_conference_on_a_region_is_a_body_not_the_region() -> None:
    drafts = draft_kinds("It was set up by the Regional Conference on the Varnak Lakes Basin in 2012.")
    assert drafts.get("Regional Conference on the Varnak Lakes Basin") is ActorKind.organization


def test_a_conference_named_after_a_city_names_the_city() -> None:
    drafts = draft_kinds("The pledges of the London Conference of February 2016 were met, officials said.")
    assert drafts.get("London") is ActorKind.place
    assert not any(name.endswith(" of") for name in drafts)


def test_a_conference_named_otherwise_is_a_body() -> None:
    assert (
        draft_kinds("He spoke at the Quellmoor Conference in May.").get("Quellmoor Conference")
        is ActorKind.organization
    )


@pytest.mark.parametrize("dash", ["–", "-", "—"])
def test_a_branch_of_a_movement_after_a_dash_is_one_name(dash: str) -> None:
    drafts = draft_kinds(f"The fighters, now the Islamic State {dash} Varnak Province, attacked the town.")
    assert drafts.get(f"Islamic State {dash} Varnak Province") is ActorKind.armed_force
    assert "Varnak Province" not in drafts


def test_a_cape_goes_on_through_of() -> None:
    assert (
        draft_kinds("Ships sail round the Cape of Varn Hope, adding days.").get("Cape of Varn Hope") is ActorKind.place
    )


def test_an_article_written_apart_inside_a_known_place_is_part_of_it() -> None:
    drafts = draft_kinds("The talks were held in Ras al Khaimah last week.")
    assert drafts.get("Ras al Khaimah") is ActorKind.place
    assert "Khaimah" not in drafts


def test_two_acronyms_together_are_one_body() -> None:
    text = "The Council extended the mission (TJTM RD) until 2026. Units trained by TJTM RD stay home."
    drafts = draft_kinds(text)
    assert drafts.get("TJTM RD") is ActorKind.organization
    assert "RD" not in drafts


# -- bodies named in another language ------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Banque de Tremmin",
        "Ministerio de Varnas",
        "Forças Armadas de Varnique",
        "Mouvement du Tremmin",
        "Partido Varnista",
        "Instituto Tremmino",
    ],
)
def test_a_body_named_in_french_spanish_or_portuguese_is_an_organisation(name: str) -> None:
    assert draft_kinds(f"A statement from the {name} was read out.").get(name) is ActorKind.organization


# -- kinds from the words and the list around a name ---------------------------------------------


@pytest.mark.parametrize("phrase", ["led by", "headed by", "commanded by", "founded by"])
def test_a_name_after_led_by_is_a_person(phrase: str) -> None:
    drafts = draft_kinds(f"The rebels, {phrase} Qorvu Dilmat, fought on through the winter.")
    assert drafts.get("Qorvu Dilmat") is ActorKind.person


def test_one_word_after_led_by_is_not_made_a_person() -> None:
    assert draft_kinds("The funding round was led by Quorvix and others.").get("Quorvix") is not ActorKind.person


@pytest.mark.parametrize("head", ["candidate", "nominee", "incumbent", "challenger", "contender", "frontrunner"])
def test_a_name_described_as_a_candidate_is_a_person(head: str) -> None:
    drafts = draft_kinds(f"He came ahead of Tarq Velloe, the {head} of the ruling party, on 35%.")
    assert drafts.get("Tarq Velloe") is ActorKind.person


def test_the_owner_of_a_named_body_takes_no_kind_from_the_verb_before() -> None:
    drafts = draft_kinds("The rebels joined Qorvu Dilmat's Tremmin Alliance last year.")
    assert drafts.get("Qorvu Dilmat") is not ActorKind.organization
    assert drafts.get("Tremmin Alliance") is ActorKind.organization


@pytest.mark.parametrize("noun", ["giants", "miners", "shippers", "multinationals"])
def test_names_after_a_plural_trade_noun_are_companies(noun: str) -> None:
    drafts = draft_kinds(f"The {noun} Varnoske and Tarl-Lund now avoid the strait.")
    assert drafts.get("Varnoske") is ActorKind.organization
    assert drafts.get("Tarl-Lund") is ActorKind.organization


def test_names_listed_with_a_place_are_places() -> None:
    drafts = draft_kinds("Tests went on over Tremmin Atoll, Varnetak and Kessimati for a decade.")
    assert drafts.get("Varnetak") is ActorKind.place
    assert drafts.get("Kessimati") is ActorKind.place


def test_a_list_of_a_place_and_a_body_gives_no_kind() -> None:
    drafts = draft_kinds("Aid went to Tremmin Atoll, Varnetak and the Quell Foundation this year.")
    assert drafts.get("Varnetak") is not ActorKind.place or drafts.get("Quell Foundation") is ActorKind.organization
    drafts = draft_kinds("Funds went to Tremmin Bank, Varnetak and Kessimati this year.")
    assert drafts.get("Varnetak") is not ActorKind.place


@pytest.mark.parametrize("noun", ["prefecture", "suburb", "neighbourhood", "neighborhood", "governorate"])
def test_a_name_after_a_place_noun_and_of_is_a_place(noun: str) -> None:
    drafts = draft_kinds(f"Crowds filled the {noun} of Varnouye through the night.")
    assert drafts.get("Varnouye") is ActorKind.place


def test_a_commodore_is_a_title() -> None:
    drafts = draft_kinds("The mission sailed under Greek Commodore Tarq Velloe in February.")
    assert drafts.get("Tarq Velloe") is ActorKind.person
    assert not any("Commodore" in name for name in drafts)


def test_a_plural_two_word_demonym_names_its_state() -> None:
    drafts = draft_kinds("In the end South Koreans voted for change.")
    assert drafts.get("South Korea") is ActorKind.state


@pytest.mark.parametrize(
    ("noun", "kind"),
    [("party", ActorKind.organization), ("movement", ActorKind.organization), ("wing", ActorKind.armed_force)],
)
def test_a_name_after_a_noun_for_a_body_and_a_comma_takes_its_kind(noun: str, kind: ActorKind) -> None:
    drafts = draft_kinds(f"Their {noun}, Varnef (the Tremmin Patriots), was dissolved last year.")
    assert drafts.get("Varnef") is kind


def test_a_description_after_the_name_wins_over_the_noun_before() -> None:
    drafts = draft_kinds("Inside the company, Tarq Velloe, a trader, said no.")
    assert drafts.get("Tarq Velloe") is ActorKind.person


# -- a person's nickname ---------------------------------------------------------------------------


@pytest.mark.parametrize("known", ["known as", "better known as", "also known as"])
def test_a_nickname_after_known_as_is_the_same_person(known: str) -> None:
    text = f"The militia, led by Gen Tarq Velloe Dimmer, {known} Quorvo, took the port. Quorvo said it was over."
    actors = extract(text, None, [], set(), "test15e").actors
    person = next(draft for draft in actors if draft.name == "Tarq Velloe Dimmer")
    assert person.kind is ActorKind.person
    assert "Quorvo" in person.aliases
    assert not any(draft.name == "Quorvo" for draft in actors)


def test_a_place_known_by_another_name_is_left_alone() -> None:
    drafts = draft_kinds("The island, known as Varnholm, is small.")
    assert drafts.get("Varnholm") is not ActorKind.person


# -- the word after a name, and a release's place line ----------------------------------------------


@pytest.mark.parametrize("word", ["prison", "jail", "penitentiary"])
def test_a_name_before_prison_is_a_place(word: str) -> None:
    drafts = draft_kinds(f"They hold detainees in the Varn Quell {word} near the river.")
    assert drafts.get(f"Varn Quell {word}") is ActorKind.place


def test_a_prison_named_with_its_head_word_is_a_place() -> None:
    assert draft_kinds("The Quellmoor Penitentiary was attacked.").get("Quellmoor Penitentiary") is ActorKind.place


@pytest.mark.parametrize("word", ["coalition", "party", "bloc"])
def test_a_name_before_coalition_or_party_is_a_body_even_with_a_given_name(word: str) -> None:
    drafts = draft_kinds(f"It ran under the governing Benno Dakk Yarrel {word}, on 35%.")
    assert drafts.get("Benno Dakk Yarrel") is ActorKind.organization


def test_a_name_before_militias_is_an_armed_group() -> None:
    drafts = draft_kinds("Opponents: Varnak Army, Quellazendo militias, Tremmin Guard\n")
    assert drafts.get("Quellazendo") is ActorKind.armed_force


def test_a_place_line_at_a_release_head_names_the_place_and_its_state() -> None:
    text = "Statement\n\nThe Hon Ilse Varn MP\nAssistant Minister\n\nPort Vila, Vanuatu\n\n6 August 2025\n\nWe met.\n"
    drafts = draft_kinds(text)
    assert drafts.get("Port Vila") is ActorKind.place
    assert drafts.get("Vanuatu") is ActorKind.state


def test_a_title_case_line_with_a_comma_but_no_state_is_still_a_heading() -> None:
    drafts = draft_kinds("Media Release\n\nMy Big Garden, Home Ideas\n\nWe met the growers.\n")
    assert not drafts


# -- what is no actor ----------------------------------------------------------------------------


def test_a_place_noun_ending_the_sentence_before_does_not_make_a_place() -> None:
    drafts = draft_kinds("The fighting spread across the Varn Province.\n\nDate: 5 May 2019\nLocation: Varn Province\n")
    assert "Date" not in drafts


def test_a_language_labelling_a_gloss_names_no_state() -> None:
    drafts = draft_kinds("The army (VDF; Portuguese: Forças de Defesa de Varnique) took the town.")
    assert "Portugal" not in drafts


def test_a_language_word_used_for_people_still_names_the_state() -> None:
    drafts = draft_kinds("Portuguese troops came. The army (VDF; Portuguese: Forças de Varnique) left.")
    assert drafts.get("Portugal") is ActorKind.state


def test_a_class_of_ships_named_after_a_person_is_no_actor() -> None:
    drafts = draft_kinds("Sailors from the Quell Tarvo-class destroyer USS Varn responded, Admiral Ilse Dremmer said.")
    assert "Quell Tarvo" not in drafts
    assert drafts.get("Ilse Dremmer") is ActorKind.person


@pytest.mark.parametrize("name", ["Operation Prosperity Guardian", "Operation Tremmin Bay"])
def test_an_operation_with_an_outlets_or_a_places_word_is_no_actor(name: str) -> None:
    assert name not in draft_kinds(f"Ships in {name} engaged the drones on Monday.")


def test_a_unit_named_after_its_operation_is_still_an_armed_force() -> None:
    drafts = draft_kinds("Operation Varn Resolve Command said the strike had hit its target.")
    assert drafts.get("Operation Varn Resolve Command") is ActorKind.armed_force


def test_the_government_of_a_titled_person_is_no_body_of_that_title() -> None:
    drafts = draft_kinds("We stand by the Government of Prime Minister Tarq Velloe and the reforms.")
    assert drafts.get("Tarq Velloe") is ActorKind.person
    assert not any("Prime Minister" in name for name in drafts)
