"""Round realread30: rules found reading real news texts by hand (Portuguese and Angolan, Russian-language Ukrainian,
Korean wire and German regional news, English wire, Australian and Indonesian reports). Invented sentences and
names: a party between a title and a post's noun, a firm's legal form before its partner's name, an employer
before its economist's name."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names, draft_kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a firm's legal form ends its name; the next capitalised word opens the next name, kept whole
        (
            "The risk is high, said a partner at Tarnwell Macro LLC Ola Brandtner.",
            "Ola Brandtner",
            "person",
        ),
        ("The deal was signed by Quellhaus Holdings Inc Ilse Varnova on Monday.", "Ilse Varnova", "person"),
        # a name before an economist's or a spokesman's trade and the worker's name is the employer
        ("The risk is high, said QuellMorgan economist Ola Brandtner.", "QuellMorgan", "organization"),
        ("TRV spokesman Ila Rossvik said the plant would open in May.", "TRV", "organization"),
        # a party's plural word between a title and a post's noun is the party, no holder's name
        (
            "He said the deputy Farmers leader, Ilse Varnova, was right to stay.",
            "Farmers",
            None,
        ),
    ],
)
def test_names_whole_and_kinds(text: str, name: str, kind: str | None) -> None:
    assert draft_kind_names(text).get(name) == kind


def test_a_plural_party_before_a_leader_is_no_person() -> None:
    text = "He said the Nationals leader, Ola Brandtner, and the deputy Nationals leader were right."
    drafts = draft_kind_names(text)
    assert drafts.get("Nationals") == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Senior economist Ola Brandtner said the risk was high.",  # a frequent word before the trade
        "Keynesian economist Ola Brandtner said the risk was high.",  # a school's adjective
        "British economist Ola Brandtner said the risk was high.",  # a people's adjective
    ],
)
def test_no_employer_of_ordinary_words(text: str) -> None:
    drafts = draft_kind_names(text)
    assert drafts.get("Ola Brandtner") == "person"
    assert all(kind != "organization" for kind in drafts.values())


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a regional paper's town in title case opening the story, its full stop and the first sentence
        ("Bremen. Eine neue Brücke über die Weser wurde am Montag für den Verkehr freigegeben.", "de", "Bremen"),
        ("Dresden . Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen.", "de", "Dresden"),
        # a large city's short name in Cyrillic letters, declined or not, inside its sentence
        ("Путешествие из Рима в Неаполь заняло у нас два дня.", "ru", "Рим"),
        ("Мы долго гуляли, и Рим нам очень понравился.", "ru", "Рим"),
        # a heading in capitals declines a region's name: read back in capitals, named as a reader writes it
        ("НАША СБОРНАЯ — ЧЕМПИОНКА ЕВРОПЫ-2024!\n\nСпортсменки выиграли гонку.", "ru", "Европа"),
    ],
)
def test_other_language_places(text: str, language: str, name: str) -> None:
    assert name in draft_kinds(text, language)


def test_a_food_word_opening_a_line_is_no_dateline() -> None:
    drafts = draft_kinds("Essen. Das Essen in der Kantine ist gut und wir haben viel gegessen.", "de")
    assert "Essen" not in drafts


def test_a_persons_possessive_does_not_open_the_partys_name() -> None:
    text = "Olaf Lantern spoke in Tarnby. Lantern's Reform Union is leading the polls."
    drafts = draft_kind_names(text)
    assert drafts.get("Reform Union") == "organization"
    assert "Lantern's Reform Union" not in drafts


def test_a_sides_label_before_a_family_name_is_no_part_of_it() -> None:
    text = "Brexiteer Brennick splattered\n\nThe politician Olaf Brennick was hit with a milkshake on Monday."
    drafts = draft_kind_names(text)
    assert drafts.get("Olaf Brennick") == "person"
    assert "Brexiteer Brennick" not in drafts


def test_a_clause_after_a_place_noun_is_no_list_of_places() -> None:
    text = "The fair is the hot new thing in Tarnland's capital, and Ovelio is one of its stars."
    assert draft_kind_names(text).get("Ovelio") != "place"


def test_a_district_by_its_letters_is_no_body() -> None:
    text = "Quell Square is a transport hub in Tarnby's CBD where trains from the suburbs meet."
    assert "CBD" not in draft_kind_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bank changed tack again after Junes weak jobs report.",  # a month's possessive lost its apostrophe
    ],
)
def test_a_possessive_without_its_apostrophe_is_no_name(text: str) -> None:
    drafts = draft_kind_names(text)
    assert "Junes" not in drafts


def test_a_chains_branch_in_a_town() -> None:
    text = "Last week a Quellburger's in Tarnby said police had told it not to sell milkshakes."
    assert draft_kind_names(text).get("Quellburger's") == "organization"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # how an agency got a picture, in its credit
        (
            "Troops fire rockets off Tarnland, July 5, 2017. 8th Tarnish Army/Handout via REUTERS/File Photo "
            "Purchase Licensing Rights, opens new tab",
            "Handout",
        ),
        # a copy that lost the space between a name the page writes alone and "said"
        (
            "The senator Ola Varnik spoke first. On Saturday the senator Varniksaid he would go. Varnik confirmed it.",
            "Varniksaid",
        ),
    ],
)
def test_copy_and_credit_words_are_no_names(text: str, word: str) -> None:
    assert word not in draft_kind_names(text)


def test_a_weapon_system_in_plain_words_is_a_thing() -> None:
    text = "Whether to send the Army Tactical Missile System (ATACMS) with its long range was debated for months."
    assert draft_kind_names(text).get("Army Tactical Missile System") == "other"


def test_a_makers_missile_systems_stay_the_maker() -> None:
    text = "Quellheon Missile Systems said on Monday it had won a contract for new launchers."
    assert draft_kind_names(text).get("Quellheon Missile Systems") == "organization"


def test_an_everyday_noun_and_a_crown_acting_is_a_brand() -> None:
    text = "In response, Pizza King tweeted a joke about the ban."
    assert draft_kind_names(text).get("Pizza King") == "organization"


def test_a_body_named_with_and_without_its_state_is_one_draft() -> None:
    text = "The German Central Bank kept rates unchanged. The Central Bank said on Friday it would wait."
    drafts = draft_kind_names(text)
    # one draft, named by the fuller form (realread47: "Australian Defence Force" over "Defence Force")
    assert drafts.get("German Central Bank") == "organization"
    assert "Central Bank" not in drafts


def test_a_body_clipped_to_its_first_word_is_one_draft() -> None:
    text = "The Tarvenal Trade Board met on Monday. Later the Tarv said it would cut its forecast."
    drafts = draft_kind_names(text)
    assert drafts.get("Tarvenal Trade Board") == "organization"
    assert "Tarv" not in drafts


def test_a_given_name_in_an_editors_brackets_joins_the_family_name() -> None:
    text = (
        "“The real threat to this house is [opposition leader Ilse] Varnova and her tactics,” he said. "
        "Varnova, whose father was born abroad, said on Sunday that she had renounced that citizenship."
    )
    drafts = draft_kind_names(text)
    assert drafts.get("Ilse Varnova") == "person"
    assert "Ilse" not in drafts
