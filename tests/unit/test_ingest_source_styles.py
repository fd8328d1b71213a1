"""Names as news agencies, encyclopaedias and foreign-language sources write them: an Arabic
article opening a sentence, a well-known body's acronym in title case, an elided article before a
country, a German compound place joined by a hyphen. Every example is invented; each test says
what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- an Arabic article, capitalised and joined by a hyphen, opening a sentence -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Al-Varnak attacked a checkpoint near the river.", "Al-Varnak"),
        ("El-Tremmin was shelled overnight, residents said.", "El-Tremmin"),
        ("Al-Quellmoor Front claimed the raid on Tuesday.", "Al-Quellmoor Front"),
        ("Al-Dorvash Brigades fired rockets at the airport.", "Al-Dorvash Brigades"),
        ("“Al-Varnak will not stop,” the statement read.", "Al-Varnak"),
    ],
)
def test_a_hyphened_arabic_article_opening_a_sentence_keeps_the_name_whole(text: str, name: str) -> None:
    drafts = draft_kinds(text)
    assert name in drafts, sorted(drafts)
    # Neither the article nor the word after it is a draft of its own.
    assert not any(other in drafts for other in ("Al", "El", name.split("-", 1)[1])), sorted(drafts)


@pytest.mark.parametrize(
    "text",
    [
        "As it stands, the plan will cost more.",
        "An hour later the talks resumed.",
        "Al said he would come back tomorrow.",
    ],
)
def test_a_common_word_opening_a_sentence_stays_no_name(text: str) -> None:
    assert draft_kinds(text) == {}


# -- a body's acronym written in title case ("Nato" style) -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Qto said it would send more ships. Members of the QTO met in June.", "Qto"),
        ("Officials said Varfo would cut output. The VARFO cartel met in May.", "Varfo"),
    ],
)
def test_a_title_case_acronym_that_the_text_writes_in_capitals_is_a_body(text: str, name: str) -> None:
    drafts = draft_kinds(text)
    found = {draft: kind for draft, kind in drafts.items() if draft.casefold() == name.casefold()}
    assert list(found.values()) == [ActorKind.organization], sorted(drafts)


def test_a_title_case_acronym_spelled_out_in_brackets_is_that_bodys_other_name() -> None:
    extraction = extract(
        "The Quellmoor Treaty Organisation (Qto) met on Monday. Qto ships left port.", None, [], set(), "test15"
    )
    drafts = {draft.name: draft for draft in extraction.actors}
    assert "Quellmoor Treaty Organisation" in drafts, sorted(drafts)
    assert "Qto" in drafts["Quellmoor Treaty Organisation"].aliases
    assert "Qto" not in drafts


@pytest.mark.parametrize(
    "text",
    [
        # A common word shouted in a brand or a heading says nothing of the same word in title case.
        "Watch it on ZORV SPORTS tonight. Sports fans cheered the result.",
        # A heading in capitals on a line of its own is no acronym.
        "CHOIR\n\nChoir practice starts at six in the village hall.",
    ],
)
def test_a_word_in_capitals_elsewhere_makes_no_acronym_of_an_ordinary_word(text: str) -> None:
    drafts = draft_kinds(text)
    assert not any(name in drafts for name in ("Sports", "Choir")), sorted(drafts)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Nato said it would move two brigades east.", "Nato", ActorKind.organization),
        ("Talks between Varnak and Opec broke down.", "Opec", ActorKind.organization),
        ("Unicef said the camp had no clean water.", "Unicef", ActorKind.organization),
        ("Fighters loyal to Isis left the village at dawn.", "Isis", ActorKind.armed_force),
    ],
)
def test_an_international_body_written_as_a_word_is_that_body(text: str, name: str, kind: ActorKind) -> None:
    # Newsrooms that write acronyms as words give nothing in the casing; the body is known by name.
    assert draft_kinds(text).get(name) is kind, draft_kinds(text)


# -- an article elided onto a country's name (French, Italian, Catalan, Portuguese) -------------


def _drafts_in(text: str, language: str) -> dict[str, ActorDraft]:
    extraction = extract(text, None, [], set(), "test15", language=language)
    return {draft.name: draft for draft in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "states"),
    [
        ("Les délégués de l’Allemagne et d’Italie ont quitté la salle mardi soir.", "fr", {"Germany", "Italy"}),
        ("Le ministre de l'Ukraine a parlé longuement avec ses collègues hier.", "fr", {"Ukraine"}),
        ("I negoziati dell’Ucraina con i vicini sono ripresi ieri mattina.", "it", {"Ukraine"}),
        ("Il governo dell’Arabia Saudita ha rinviato il vertice di una settimana.", "it", {"Saudi Arabia"}),
        ("Els ambaixadors d’Àustria van arribar dimarts a la tarda.", "ca", {"Austria"}),
    ],
)
def test_an_elided_article_does_not_hide_the_country(text: str, language: str, states: set[str]) -> None:
    drafts = _drafts_in(text, language)
    assert {name for name, draft in drafts.items() if draft.kind is ActorKind.state} >= states, sorted(drafts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # An elided word before a lower-case word, or a word that names no place, stays a word.
        ("Il n’a pas voulu répondre à l’invitation du comité ce jour-là.", "fr"),
        ("Elle parle d’Amour et d’Espoir dans son dernier roman publié cet été.", "fr"),
    ],
)
def test_an_elided_article_before_no_place_gives_nothing(text: str, language: str) -> None:
    assert _drafts_in(text, language) == {}


# -- a place whose whole name is joined by hyphens ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name", "gazetteer_name"),
    [
        (
            "Die Minister reisten am Dienstag nach Mexiko-Stadt weiter, hieß es aus Kreisen.",
            "de",
            "Mexiko-Stadt",
            "Mexico City",
        ),
        (
            "Der Kongress tagt dieses Jahr in Clermont-Ferrand, teilte der Verband gestern mit.",
            "de",
            "Clermont-Ferrand",
            "Clermont-Ferrand",
        ),
        ("Clermont-Ferrand was quiet after the strike ended.", "en", "Clermont-Ferrand", "Clermont-Ferrand"),
    ],
)
def test_a_place_joined_by_hyphens_is_looked_up_whole(text: str, language: str, name: str, gazetteer_name: str) -> None:
    drafts = _drafts_in(text, language)
    assert name in drafts, sorted(drafts)
    assert drafts[name].kind is ActorKind.place
    assert gazetteer_name in drafts[name].found_by
    # Its first part is not a place of its own ("Mexiko" is the state in German).
    assert name.split("-")[0] not in drafts and "Mexico" not in drafts


# -- names listed before one plural head ("the Varnak and Tremmin provinces") ------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Fighting spread to the Varnak and Tremmin provinces last week.", {"Varnak", "Tremmin"}),
        ("Strikes hit the Varnak, Dorvash and Tremmin districts overnight.", {"Varnak", "Dorvash", "Tremmin"}),
        ("The Quellmoor and Dorvash rivers flooded in the spring.", {"Quellmoor", "Dorvash"}),
    ],
)
def test_names_listed_before_a_plural_place_head_are_each_a_place(text: str, places: set[str]) -> None:
    drafts = draft_kinds(text)
    assert {name for name, kind in drafts.items() if kind is ActorKind.place} == places, drafts


def test_an_elided_article_inside_a_countrys_name_keeps_the_name_whole() -> None:
    drafts = _drafts_in("Les observateurs venus de Côte d’Ivoire sont repartis hier soir, selon le ministère.", "fr")
    assert [(draft.name, draft.kind) for draft in drafts.values()] == [("Ivory Coast", ActorKind.state)]
    assert drafts["Ivory Coast"].spans == [(26, 39)]  # "Côte d’Ivoire", not "Côte" alone


@pytest.mark.parametrize(
    "text",
    [
        "Troops from Côte d’Ivoire reached the border town on Monday.",
        "Troops from Côte d'Ivoire reached the border town on Monday.",
        "Troops from Cote d'Ivoire reached the border town on Monday.",
    ],
)
def test_the_country_under_its_own_name_in_an_english_source_is_that_state(text: str) -> None:
    # English sources often keep the UN name; the analyst sees the state, not a place "Côte".
    drafts = _drafts_in(text, "en")
    assert [(draft.name, draft.kind) for draft in drafts.values()] == [("Ivory Coast", ActorKind.state)]
    assert drafts["Ivory Coast"].spans == [(12, 25)]


# -- small words inside a name whose acronym in brackets spells it out -------------------------


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Al-Varnak in the Tremmin Peninsula (AVTP) claimed the raid. AVTP fighters left.",
            "Al-Varnak in the Tremmin Peninsula",
            "AVTP",
        ),
        ("Rescue the Quellmoor Orphans (RQO) said the camp was full.", "Rescue the Quellmoor Orphans", "RQO"),
    ],
)
def test_an_acronym_in_brackets_keeps_the_small_words_of_a_name_inside_it(text: str, name: str, acronym: str) -> None:
    extraction = extract(text, None, [], set(), "test15")
    drafts = {draft.name: draft for draft in extraction.actors}
    assert name in drafts, sorted(drafts)
    assert acronym in drafts[name].aliases or acronym not in drafts, sorted(drafts)
    # No part of it is a place or an actor of its own ("Tremmin Peninsula", "Rescue").
    assert len(drafts) == 1, sorted(drafts)


def test_a_known_groups_branch_in_a_region_is_that_kind_of_group() -> None:
    drafts = draft_kinds("Al-Qaeda in the Tremmin Peninsula (AQTP) claimed the raid on Tuesday.")
    assert drafts == {"Al-Qaeda in the Tremmin Peninsula": ActorKind.armed_force}


@pytest.mark.parametrize(
    "text",
    [
        # Without the acronym, or when it spells something else, the words stay apart (a movement
        # that names its branches "X in the Y", al-Qaeda's way, is one name: see styles3's tests).
        "The Varnak Front in the Tremmin Peninsula claimed the raid on Tuesday.",
        "The Varnak Front in the Tremmin Peninsula (ATX) claimed the raid on Tuesday.",
    ],
)
def test_small_words_without_a_matching_acronym_do_not_join_names(text: str) -> None:
    drafts = draft_kinds(text)
    assert "Varnak Front" in drafts and "Tremmin Peninsula" in drafts, sorted(drafts)


# -- a force or a service named by its opening or closing words --------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Soldiers of Task Force Tremmin entered the valley at dawn.", "Task Force Tremmin", ActorKind.armed_force),
        ("Ships of Task Group Dorvash sailed for the strait.", "Task Group Dorvash", ActorKind.armed_force),
        (
            "Volunteers of Varnakia Civil Defence dug through the rubble.",
            "Varnakia Civil Defence",
            ActorKind.organization,
        ),
        ("Crews from Quellmoor Civil Defense put out the fire.", "Quellmoor Civil Defense", ActorKind.organization),
    ],
)
def test_a_task_force_is_a_force_and_a_civil_defence_a_body(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) is kind, draft_kinds(text)


# -- a well-known body whose name is a phrase ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid from Save the Children reached the camp near Tremmin.", "Save the Children"),
        ("Doctors Without Borders said the clinic in Varnak was hit twice.", "Doctors Without Borders"),
        ("Médecins Sans Frontières closed its ward in Dorvash.", "Médecins Sans Frontières"),
    ],
)
def test_a_well_known_body_named_by_a_phrase_is_one_organisation(text: str, name: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is ActorKind.organization, sorted(drafts)
    # None of its words is an actor of its own ("Save" is no place).
    assert not any(word in drafts for word in name.split()), sorted(drafts)


def test_the_same_words_in_lower_case_are_no_body() -> None:
    assert draft_kinds("Volunteers tried to save the children trapped in the school.") == {}
