"""An eighty-sixth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages). Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names, spelling_kind_names


def test_a_holders_name_between_commas_ends_a_posts_remit() -> None:
    drafts = spelling_kind_names(
        "The Commissioner for Enlargement, Marta Quell-Horvat, and the Commissioner for Trade, Ilse Varnby, met."
    )
    assert drafts.get("Marta Quell-Horvat") == "person"
    assert drafts.get("Commissioner for Enlargement") == "person"
    assert not any("," in name for name in drafts)


def test_plain_words_spelled_by_their_bracketed_letters_are_a_name() -> None:
    drafts = draft_kind_names("Ministers met for the annual Western Partnership (WeP) meeting in Tarnby.")
    assert drafts.get("Western Partnership") == "organization"


def test_plain_words_before_a_programmes_noun_are_a_body() -> None:
    drafts = draft_kind_names(
        "The Union funds the port under the Digital Horizon strategy in Tarnby. The BBC programme aired. "
        "The Trident programme was costly. It joined the Middle East Air and Missile Defense initiative."
    )
    assert drafts.get("Digital Horizon") == "organization"
    assert drafts.get("BBC") == "media"  # one word before the noun keeps its own reading
    assert "Trident" not in drafts
    assert "Missile Defense" not in drafts  # no half of a name cut at its "and"


def test_a_coined_programme_name_with_a_digit_is_a_body() -> None:
    drafts = draft_kind_names("The Union will extend the EU4Farms initiative to Tarnby.")
    assert drafts.get("EU4Farms") == "organization"


def test_a_clubs_word_in_portuguese_or_spanish_makes_a_body() -> None:
    drafts = draft_kind_names(
        "Clube Desportivo Tarnal do Quellito is an Angolan football club. It shares the ground with Académica do "
        "Quellito and beat Atlético Varnal in the final."
    )
    assert drafts.get("Clube Desportivo Tarnal do Quellito") == "organization"
    assert drafts.get("Académica do Quellito") == "organization"


def test_a_stadiums_word_opening_a_name_makes_a_place() -> None:
    drafts = draft_kind_names("The club plays its home matches at the Estádio do Tarnalo, which it shares.")
    assert drafts.get("Estádio do Tarnalo") == "place"


def test_a_state_with_a_possessive_after_and_owns_a_second_body() -> None:
    drafts = draft_kind_names("The fund will help the Armed Forces of Georgia and Moldova's National Army.")
    assert drafts.get("Armed Forces of Georgia") == "armed_force"
    assert drafts.get("National Army") == "armed_force"
    assert not any("Georgia and Moldova" in name for name in drafts)


def test_a_common_adjective_opening_a_sentence_before_councils_is_no_place() -> None:
    drafts = draft_kind_names(
        "She went to the Local Government and Social Care Ombudsman. Lisa Tarnby said: "
        '"Local councils spend public money and the public expects them to spend it honestly."'
    )
    assert "Local" not in drafts
    assert drafts.get("Local Government and Social Care Ombudsman") == "organization"


def test_a_campus_named_for_two_fields_joined_by_and_is_one_place() -> None:
    drafts = draft_kind_names("The road links the town to the Tarnby Science and Innovation Campus.")
    assert drafts.get("Tarnby Science and Innovation Campus") == "place"
    assert "Tarnby Science" not in drafts


def test_a_post_before_a_titled_name_on_a_byline_line_stands_for_its_holder() -> None:
    drafts = draft_kind_names(
        "Media release\n\nMinister for Foreign Affairs, Senator the Hon Ilse Varnby-Holt\n\n"
        "Today the Government is imposing sanctions on Tarnbank."
    )
    assert drafts.get("Minister for Foreign Affairs") == "person"
    assert drafts.get("Ilse Varnby-Holt") == "person"


def test_a_branch_named_after_its_bodys_bracketed_letters_takes_them() -> None:
    drafts = draft_kind_names(
        "Officers of the Varnian Revolutionary Guard Corps (VRGC) Aerospace Force supplied drones. The VRGC denied it."
    )
    assert drafts.get("VRGC Aerospace Force") == "armed_force"
    assert "Aerospace Force" not in drafts


def test_a_romance_and_in_lower_case_stays_inside_one_name() -> None:
    drafts = draft_kind_names(
        "The club began as a branch of Sport Tarnalo e Quellfica. The Ministerio de Ciencia y Varnología said."
    )
    assert drafts.get("Sport Tarnalo e Quellfica") == "organization"
    assert drafts.get("Ministerio de Ciencia y Varnología") == "organization"


def test_names_listed_one_a_line_under_an_articles_people_heading_are_read() -> None:
    drafts = draft_kind_names(
        "The club won the cup in 2016.\n\nNotable players\nMateus Tarnal-Neto\nFabrice Quellíades-Maieco\n\n"
        "See also\nFootball in Angola\n"
    )
    assert drafts.get("Mateus Tarnal-Neto") == "person"
    assert drafts.get("Fabrice Quellíades-Maieco") == "person"


def test_a_plurals_letters_in_brackets_spell_a_name_past_its_and() -> None:
    drafts = draft_kind_names(
        "Ministers stressed the Deep and Comprehensive Free Trade Areas (DCFTAs) with Tarnia. The DCFTAs helped."
    )
    assert drafts.get("Deep and Comprehensive Free Trade Areas") == "organization"
    assert "DCFTAs" not in drafts  # the letters are the name's alias


def test_letters_and_a_place_in_brackets_are_the_missions_alias() -> None:
    drafts = draft_kind_names(
        "The EU Partnership Mission in Armenia (EUPM Armenia) will be extended. EUPM Armenia trains the police."
    )
    assert drafts.get("EU Partnership Mission in Armenia") == "organization"
    assert "EUPM Armenia" not in drafts


def test_a_nicknamed_person_named_again_in_full_keeps_one_family_name() -> None:
    drafts = draft_kind_names(
        'Its best-known player, the winger Joaquim "Quim" Tarnal-Santos, later joined a club in Lisbon. '
        "In 1960 Joaquim Tarnal-Santos scored twice."
    )
    assert drafts.get("Joaquim Tarnal-Santos") == "person"
    assert not any(name.count("Tarnal-Santos") > 1 for name in drafts)


def test_a_quoted_nickname_with_accents_joins_the_given_and_family_names() -> None:
    drafts = draft_kind_names('The striker Mateus "Mabiná" Tarnal-Neto scored twice in the final.')
    assert drafts.get("Mateus Tarnal-Neto") == "person"
    assert "Mateus" not in drafts


def test_plain_words_before_a_venues_noun_are_a_place() -> None:
    drafts = draft_kind_names(
        "Staff at the Blue Anchor pub and the Golden Lotus restaurant in Tarnby helped. He joined the Scottish bar."
    )
    assert drafts.get("Blue Anchor") == "place"
    assert drafts.get("Golden Lotus") == "place"
    assert "Scottish" not in drafts or drafts["Scottish"] != "place"
