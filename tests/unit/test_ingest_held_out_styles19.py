"""A nineteenth round on the held-out styles: a secretariat's post stands for its holder ("the UN
Secretary-General condemned", "the Deputy Secretary told us", as re3d marks them: persons); a post
ranked by "Cabinet" or headed "Director of" is a person too; a people named before "nationalism"; a
politician's box names the holders before and after; where fighting "spread to" is a place; a school
named with its seat; a body whose name ends in a body's word after a place; a body's name that lists
its remit after "on" with commas; articles cited author-first; the speaker after a quotation. Every
example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("The UN Secretary-General condemned the raid on Tuesday.", "UN Secretary-General"),
        ("The Secretary-General urged member states to fund the mission.", "Secretary-General"),
        ("The Deputy Secretary met the Zambian envoy on Monday.", "Deputy Secretary"),
        (
            "However, the Deputy Secretary of the commission, Ondine Varralé, told us that two states had paid.",
            "Deputy Secretary",
        ),
    ],
)
def test_a_secretariats_post_with_no_holder_named_is_a_person(text: str, post: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(post) is ActorKind.person
    assert "UN" not in kinds  # the body's acronym is part of the post here


def test_a_secretariat_post_before_its_holders_name_is_the_holders_title() -> None:
    kinds = draft_kinds("Deputy Secretary Quarrenby met the delegation in Lusaka.")
    assert "Deputy Secretary" not in kinds
    assert kinds.get("Quarrenby") is ActorKind.person


def test_the_office_of_a_secretary_general_is_no_person() -> None:
    kinds = draft_kinds("The UN Secretary-General's Office issued a note on Monday.")
    assert kinds.get("UN Secretary-General") is not ActorKind.person


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Tessane Oruba served as Cabinet Secretary for Fisheries from 2015 to 2019.",
            "Cabinet Secretary for Fisheries",
        ),
        (
            "He denied it, and the Director of Public Prosecutions declined to charge him.",
            "Director of Public Prosecutions",
        ),
    ],
)
def test_a_post_ranked_by_cabinet_or_headed_director_stands_for_its_holder(text: str, post: str) -> None:
    assert draft_kinds(text).get(post) is ActorKind.person


def test_a_job_named_without_the_is_no_holder_standing_for_it() -> None:
    kinds = draft_kinds("She is Director of Research at the Varnholt Institute for Coastal Studies.")
    assert "Director of Research" not in kinds


def test_the_cabinet_office_stays_a_body() -> None:
    assert draft_kinds("The Cabinet Office said the review would end in May.").get("Cabinet Office") is (
        ActorKind.organization
    )


@pytest.mark.parametrize(
    ("text", "peoples"),
    [
        ("Oskaro nationalists marched through the capital on Sunday.", ("Oskaro",)),
        ("Ideology: Quenari nationalism; federalism\n\nThe group was founded in 2004.", ("Quenari",)),
    ],
)
def test_a_people_before_nationalism_is_filed_as_a_nationality(text: str, peoples: tuple[str, ...]) -> None:
    kinds = draft_kinds(text)
    for people in peoples:
        assert kinds.get(people) is ActorKind.state


def test_a_brands_user_communities_are_no_people() -> None:
    assert draft_kinds("In 2018 the group advised 55 Quillpress communities in 26 countries.").get(
        "Quillpress"
    ) is not (ActorKind.state)


def test_a_politicians_box_names_the_holders_before_and_after() -> None:
    text = (
        "Minister for Fisheries\n"
        "In office: 3 March 2016 – 9 May 2020\n"
        "Preceded by: Rosalind Tevanne-Okoro\n"
        "Succeeded by: Idris Wolde Haranet\n\n"
        "Marek Ostrava-Lind is a politician."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Rosalind Tevanne-Okoro") is ActorKind.person
    assert kinds.get("Idris Wolde Haranet") is ActorKind.person


def test_a_ships_box_with_the_same_labels_makes_no_persons() -> None:
    text = "Varnak-class frigate\nPreceded by: Tollen Sound\nSucceeded by: Marrow Point\n\nThe class was built in 1990."
    kinds = draft_kinds(text)
    assert kinds.get("Tollen Sound") is not ActorKind.person
    assert kinds.get("Marrow Point") is not ActorKind.person


def test_where_fighting_spread_to_is_a_place() -> None:
    kinds = draft_kinds("In 2020 the fighting spread to Ombessa and Kirinouba in the north.")
    assert kinds.get("Ombessa") is ActorKind.place
    assert kinds.get("Kirinouba") is ActorKind.place


@pytest.mark.parametrize(
    "school",
    ["Royal Naval Academy Tresselby", "University College Varnholm"],
)
def test_a_school_named_with_its_seat_is_a_body(school: str) -> None:
    assert draft_kinds(f"He trained at the {school} before 1990.").get(school) is ActorKind.organization


def test_a_street_named_for_a_college_stays_a_place() -> None:
    assert draft_kinds("They met on Varnak College Road in June.").get("Varnak College Road") is ActorKind.place


def test_a_body_named_for_a_gulf_is_a_body() -> None:
    kinds = draft_kinds("The Gulf of Tremmin Commission met in Luanda on Friday.")
    assert kinds.get("Gulf of Tremmin Commission") is ActorKind.organization


@pytest.mark.parametrize(
    "body",
    [
        "Departmental Committee on Defence, Intelligence and Foreign Relations",
        "Organ on Politics, Defence and Security Cooperation",
    ],
)
def test_a_bodys_remit_listed_with_commas_after_on_is_part_of_its_name(body: str) -> None:
    assert draft_kinds(f"He chaired the {body} until 2018.").get(body) is ActorKind.organization


def test_bodies_listed_after_a_council_on_a_subject_stay_apart() -> None:
    kinds = draft_kinds("The Council on Foreign Relations, Brookings and Chatham House disagreed.")
    assert kinds.get("Council on Foreign Relations") is ActorKind.organization


def test_an_article_cited_with_its_author_first_gives_the_author_and_its_outlet() -> None:
    text = (
        "The minister resigned in 2019.\n\nReferences\n"
        'Wambura, Selina (4 April 2019). "Defence chief quits over tender". Lakeside Courier.'
    )
    kinds = draft_kinds(text)
    assert kinds.get("Selina Wambura") is ActorKind.person
    assert kinds.get("Lakeside Courier") is ActorKind.media
    assert "Selina" not in kinds


def test_a_report_cited_in_a_series_gives_its_publisher_not_the_series() -> None:
    text = (
        "The rebels disarmed in 2021.\n\nReferences\n"
        'Ostrander, Pieter (2022). "Guns on the savanna: armed groups after the accord". Sahel Briefing. '
        "Tremmin Policy Institute."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Pieter Ostrander") is ActorKind.person
    assert kinds.get("Tremmin Policy Institute") is ActorKind.organization
    assert "Sahel Briefing" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        '"This is about domestic politics," said Oumou Sangaré-Tiendrebéogo of the Varnholt Institute.',
        '"We will not leave," said Ekwueme Dabiri-Ossai.',
    ],
)
def test_the_speaker_after_a_quotation_is_a_person(text: str) -> None:
    kinds = draft_kinds(text)
    speaker = next(name for name in kinds if "-" in name)
    assert kinds[speaker] is ActorKind.person


def test_a_body_that_speaks_after_a_quotation_stays_a_body() -> None:
    assert draft_kinds('"We are ready," said Quellmark Analytics in a note.').get("Quellmark Analytics") is (
        ActorKind.organization
    )


def test_who_became_prime_minister_is_a_person() -> None:
    assert draft_kinds("In 2001 Tevita Lomu-Hakalo became prime minister.").get("Tevita Lomu-Hakalo") is (
        ActorKind.person
    )


def test_a_land_form_named_in_lower_case_is_a_place() -> None:
    assert draft_kinds("Smugglers took the fighters into the Varnadi desert.").get("Varnadi") is ActorKind.place


def test_a_militia_named_vanguard_after_its_delta_is_an_armed_group() -> None:
    kinds = draft_kinds("Militias such as the Oskel Delta Marine Vanguard now tax fishing boats.")
    assert kinds.get("Oskel Delta Marine Vanguard") is ActorKind.armed_force
