"""Rules found on the en64 real-style pages (motorsport, a port, a utility's results, a university, a
council, a sheriff court, an appeal, a recall, a travel advisory, a football round-up), on invented text."""

from __future__ import annotations

import pytest

from dossier.ingest.bylines import byline_outlets, byline_persons
from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Floris ten Brink, an analyst at Degroof Petercam, said the plan was sound.", "Floris ten Brink"),
        ("The report was written by Maaike van den Heuvel, who leads the unit.", "Maaike van den Heuvel"),
        ("Lotte ter Horst said the tower would close.", "Lotte ter Horst"),
        ("Kelty beat Dumbarton 4-2 with a hat-trick from Ruben de Vries.", "Ruben de Vries"),
    ],
)
def test_a_particle_in_lower_case_stays_in_the_family_name(text: str, name: str) -> None:
    assert draft_kinds(text, language="en").get(name) is ActorKind.person


def test_a_man_or_woman_of_a_nation_is_no_name() -> None:
    kinds = draft_kinds(
        "The Dutchman, who joined the team last year, was third. The Frenchwoman was fourth, ahead of an "
        "Irishman. The Scotsman said two Englishwomen would win.",
        language="en",
    )
    assert kinds == {}


def test_racing_teams_by_their_sport_or_by_team() -> None:
    kinds = draft_kinds(
        "Stewards fined Brannock Racing $5,000 after the crash, Tarvel Motorsport confirmed the engine upgrade, "
        "and the rookie finished 15th for Team Penhallow.",
        language="en",
    )
    assert kinds["Brannock Racing"] is ActorKind.organization
    assert kinds["Tarvel Motorsport"] is ActorKind.organization
    assert kinds["Team Penhallow"] is ActorKind.organization


def test_racing_after_a_common_word_and_team_before_a_post_are_headings() -> None:
    kinds = draft_kinds(
        "Horse Racing returns on Saturday. The Team Leader said Team Sports would close.", language="en"
    )
    assert "Horse Racing" not in kinds
    assert "Team Leader" not in kinds
    assert "Team Sports" not in kinds


def test_a_malaysian_honorific_of_two_words_is_no_part_of_the_name() -> None:
    found = extract(
        "Federation president Tan Sri Lim Boon Heng welcomed the figures. The chairman, Puan Sri Noraini "
        "Osman, agreed. Tan Chee Keong, a trader, said nothing.",
        None,
        [],
        set(),
        "tag",
    )
    drafts = {draft.name: draft for draft in found.actors}
    assert drafts["Lim Boon Heng"].kind is ActorKind.person
    assert "Tan Sri Lim Boon Heng" in drafts["Lim Boon Heng"].aliases
    assert drafts["Noraini Osman"].kind is ActorKind.person
    assert drafts["Tan Chee Keong"].kind is ActorKind.person  # "Tan" alone is a family name


def test_an_exchange_named_by_its_word_and_nation_is_no_town() -> None:
    kinds = draft_kinds(
        "Shares in Pelangi Port rose 2.4 per cent on Bursa Malaysia. Its rival has a plant in Bursa.", language="en"
    )
    assert kinds["Bursa Malaysia"] is ActorKind.organization
    assert kinds["Bursa"] is ActorKind.place


@pytest.mark.parametrize(
    "text",
    [
        "KUANTAN, Dec 3 (Bernama) -- The port handled a record volume in the third quarter.",
        "KUANTAN -- The port handled a record volume in the third quarter.",
    ],
)
def test_a_dateline_with_a_typewriters_dash_names_its_town(text: str) -> None:
    assert draft_kinds(text, language="en")["Kuantan"] is ActorKind.place  # (named as running text writes it)


def test_a_national_news_agency_in_a_wire_credit_is_media() -> None:
    kinds = draft_kinds("SEOUL, Dec 3 (Yonhap) -- The port handled a record volume this year.", language="en")
    assert kinds["Yonhap"] is ActorKind.media


@pytest.mark.parametrize(
    ("author", "persons", "outlets"),
    [
        ("By Orla Penhallow | AAP", ["Orla Penhallow"], ["AAP"]),
        ("Tamsin Quill and Rhodri Vane | PA", ["Tamsin Quill", "Rhodri Vane"], ["PA"]),
        ("Tamsin Quill, Reuters", ["Tamsin Quill"], ["Reuters"]),
    ],
)
def test_a_wire_credited_by_its_letters_in_a_byline_is_an_outlet(
    author: str, persons: list[str], outlets: list[str]
) -> None:
    assert byline_persons(author) == persons
    assert byline_outlets(author) == outlets


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A statement came from Dolores Vance, who leads the charity.", "Dolores Vance"),
        ('"It came too late," said its executive director, Marisol Quill-Vance.', "Marisol Quill-Vance"),
    ],
)
def test_a_family_name_in_a_terms_suffix_is_still_a_persons(text: str, name: str) -> None:
    assert draft_kinds(text, language="en").get(name) is ActorKind.person


def test_a_capitalised_term_is_still_no_name() -> None:
    assert draft_kinds("The Cessation of Hostilities was signed at noon.", language="en") == {}


def test_both_ends_of_a_way_between_two_names_are_places() -> None:
    kinds = draft_kinds(
        "Rail firms suspended all trains between Quenmoor and Aguas Lindas on Sunday. The team took cores from "
        "12 sites between the Varn and the Tarrow.",
        language="en",
    )
    assert kinds["Quenmoor"] is ActorKind.place
    assert kinds["Aguas Lindas"] is ActorKind.place
    assert kinds["Varn"] is ActorKind.place
    assert kinds["Tarrow"] is ActorKind.place


def test_talks_between_two_persons_keep_them_persons() -> None:
    kinds = draft_kinds("Talks between Anna Quill and Piet Marr stalled on Monday.", language="en")
    assert kinds["Anna Quill"] is ActorKind.person
    assert kinds["Piet Marr"] is ActorKind.person


def test_one_word_before_its_shops_noun_after_sold_at_is_a_shop() -> None:
    kinds = draft_kinds("The kettles were sold at Quellmart stores and online from March.", language="en")
    assert kinds["Quellmart"] is ActorKind.organization


def test_a_haven_or_an_estate_by_its_name_is_a_place() -> None:
    kinds = draft_kinds(
        "The team visited the realignment scheme at Penmorvah Haven, then the Glenarrow Estate near the loch.",
        language="en",
    )
    assert kinds["Penmorvah Haven"] is ActorKind.place
    assert kinds["Glenarrow Estate"] is ActorKind.place


def test_estate_or_haven_after_a_common_word_is_a_heading() -> None:
    assert draft_kinds("Real Estate is a sector. He found a Safe Haven at last.", language="en") == {}


def test_who_is_fined_is_no_firm_when_named_as_a_common_noun_or_a_town() -> None:
    kinds = draft_kinds(
        "Gamekeeper fined after poisoned kites found on estate\n"
        "A gamekeeper who laid poisoned bait on an estate near Tarnbrae has been fined £3,600 at the court.",
        language="en",
    )
    assert kinds == {"Tarnbrae": ActorKind.place}


def test_a_regulator_that_fines_is_still_a_body() -> None:
    assert draft_kinds("Ofmark fined the school £3,000 on Monday.", language="en") == {"Ofmark": ActorKind.organization}


def test_a_firm_that_added_services_is_no_speaker() -> None:
    kinds = draft_kinds("Tarvel Lines and Quellmark added weekly services to the port in July.", language="en")
    assert kinds.get("Quellmark") is not ActorKind.person


def test_a_person_who_added_words_still_speaks() -> None:
    kinds = draft_kinds('"It is late," Varnholt added. Varnholt added that the port was full.', language="en")
    assert kinds["Varnholt"] is ActorKind.person


def test_a_list_after_a_place_noun_ends_with_its_sentence() -> None:
    kinds = draft_kinds(
        "Two lines added weekly services to the port in July. Transport Minister Oskar Linnqvist said in a "
        "statement that the Ministry of Transport would table amendments to the Ports Act next year.",
        language="en",
    )
    assert "Transport" not in kinds


def test_a_list_after_a_place_noun_goes_on_past_an_abbreviations_stop() -> None:
    kinds = draft_kinds("The towns of St. Ives and Varnby were flooded.", language="en")
    assert kinds["Varnby"] is ActorKind.place


def test_a_given_names_pet_form_opens_a_persons_name() -> None:
    kinds = draft_kinds(
        '"The boys showed real character," said Rovers manager Stevie Quarrington. The race went to Mikey '
        "de Varnholt, ahead of his teammate. De Varnholt, who started from pole, won easily.",
        language="en",
    )
    assert kinds["Stevie Quarrington"] is ActorKind.person
    assert kinds["Mikey de Varnholt"] is ActorKind.person
    assert "De Varnholt" not in kinds


def test_a_firm_named_after_its_role_and_a_comma_is_a_firm() -> None:
    kinds = draft_kinds(
        "Voltaro passed the debts to its debt-collection agency, Tarrow Recoveries. The work went to its "
        "contractor, Harlow Pike, in May. The agency, Ilse Varnholt said, had acted.",
        language="en",
    )
    assert kinds["Tarrow Recoveries"] is ActorKind.organization
    assert kinds["Harlow Pike"] is ActorKind.organization
    assert kinds["Ilse Varnholt"] is ActorKind.person


def test_a_pair_joined_by_and_after_a_comma_and_opens_a_new_clause() -> None:
    kinds = draft_kinds(
        "The trust is running a supply hub at Ruatoria, and Quellmark and Tarvelco have sent trucks of food.",
        language="en",
    )
    assert kinds["Ruatoria"] is ActorKind.place
    assert kinds["Quellmark"] is not ActorKind.place
    assert kinds["Tarvelco"] is not ActorKind.place


def test_a_list_of_towns_after_a_preposition_stays_places() -> None:
    kinds = draft_kinds("The trust is running hubs in Ruatoria, Quenby and Varnby.", language="en")
    assert kinds == {name: ActorKind.place for name in ("Ruatoria", "Quenby", "Varnby")}
    kinds = draft_kinds("Shops will close in Tharnley, Oxmere Parva and Lusk Bridge in the new year.", language="en")
    assert kinds["Oxmere Parva"] is ActorKind.place


def test_payments_after_common_words_are_a_scheme_and_after_a_coined_name_a_firm() -> None:
    kinds = draft_kinds(
        "The floods free up Rural Assistance Payments. Pensioners will get Winter Fuel Payments. "
        "Quillfield Payments raised money.",
        language="en",
    )
    assert kinds == {"Quillfield Payments": ActorKind.organization}


def test_a_carriers_express_is_a_firm_and_a_papers_express_an_outlet() -> None:
    kinds = draft_kinds(
        "The Tarnby Express reported that Quellway Parcel Express and Varnsea Ocean Express would cut jobs.",
        language="en",
    )
    assert kinds["Tarnby Express"] is ActorKind.media
    assert kinds["Quellway Parcel Express"] is ActorKind.organization
    assert kinds["Varnsea Ocean Express"] is ActorKind.organization


def test_the_place_a_council_is_named_for_is_a_place_and_no_short_form() -> None:
    kinds = draft_kinds(
        "Homes at Oskel Common were approved. Quenby Parish Council objected.\n"
        'Its chair said: "Once this gap is gone, Oskel and Quenby become one village." '
        "Tarnby District Council backed it, and the Council said Tarnby would grow.",
        language="en",
    )
    assert kinds["Quenby Parish Council"] is ActorKind.organization
    assert kinds["Quenby"] is ActorKind.place
    assert kinds["Oskel"] is ActorKind.place
    assert kinds["Tarnby"] is ActorKind.place


def test_a_town_after_in_is_no_known_persons_surname() -> None:
    known = [Actor(id="wouter-ten-hove", name="Wouter ten Hove", kind=ActorKind.person)]
    extraction = extract(
        "Officers found him at a pub in nearby Hove. Later Hove said the shares would rise.", None, known, set(), "t"
    )
    assert "Hove" in {draft.name for draft in extraction.actors}
    assert any(mention.actor_id == "wouter-ten-hove" for mention in extraction.mentions)


def test_a_known_persons_given_name_before_a_particle_leaves_the_whole_name_to_be_read() -> None:
    known = [Actor(id="rhodri-vane", name="Rhodri Vane", kind=ActorKind.person, aliases=["Rhodri"])]
    extraction = extract(
        "Speaking for the developer, planning director Rhodri ap Gwynfor said work could start.",
        None,
        known,
        set(),
        "t",
    )
    assert "Rhodri ap Gwynfor" in {draft.name for draft in extraction.actors}


def test_a_known_persons_surname_after_another_given_name_and_a_particle_is_no_link() -> None:
    known = [
        Actor(id="heledd-ap-gwynfor", name="Heledd ap Gwynfor", kind=ActorKind.person),
        Actor(id="azlan-bin-osman", name="Azlan Shah bin Osman", kind=ActorKind.person),
    ]
    extraction = extract(
        "Planning director Rhodri ap Gwynfor said work could start. Its manager, Captain Siti Aisyah binti "
        "Osman, agreed.",
        None,
        known,
        set(),
        "t",
    )
    names = {draft.name for draft in extraction.actors}
    assert "Rhodri ap Gwynfor" in names
    assert "Siti Aisyah binti Osman" in names


def test_a_name_with_a_president_after_its_possessive_is_a_body() -> None:
    kinds = draft_kinds(
        "Federated Growers' president, Hemi Walker, said some farmers would struggle. Tarnby Anglers's "
        "chairman agreed.",
        language="en",
    )
    assert kinds["Federated Growers"] is ActorKind.organization
    assert kinds["Tarnby Anglers"] is ActorKind.organization


def test_a_remit_and_a_state_name_one_body() -> None:
    kinds = draft_kinds(
        "Health Canada announced a recall of units sold in Canada. Stewards from Motorsport Norway fined the team.",
        language="en",
    )
    assert kinds["Health Canada"] is ActorKind.organization
    assert kinds["Motorsport Norway"] is ActorKind.organization
    assert kinds["Canada"] is ActorKind.state


def test_a_remit_in_a_state_is_no_body() -> None:
    assert draft_kinds("Health in Canada is public, he said.", language="en") == {"Canada": ActorKind.state}


def test_a_firm_of_common_words_and_a_trade_after_for_is_a_firm() -> None:
    kinds = draft_kinds(
        "The rookie finished sixth for Double Anchor Racing and leads by 94 points. She applied for Town "
        "Planning approval.",
        language="en",
    )
    assert kinds == {"Double Anchor Racing": ActorKind.organization}
