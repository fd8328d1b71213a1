"""Round lead24: a Korean name opening a sentence with a family name that is an English word, a licence's
adjective read as a rank, and a comma and 'and' that open a new clause after a place."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names as _kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Korean family name that is also an English word, opening the sentence before a hyphened given name
        ("Park Seo-yun, the film director, won the prize.", "Park Seo-yun"),
        ("Song Min-jae, the actor, thanked the jury.", "Song Min-jae"),
        ("Han Tae-woo, the party leader, resigned on Monday.", "Han Tae-woo"),
    ],
)
def test_a_korean_name_keeps_its_family_name_at_a_sentence_start(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == "person", kinds
    assert name.split()[1] not in kinds, kinds  # not the given name alone


def test_a_common_word_before_a_name_still_opens_no_korean_name() -> None:
    kinds = _kinds("Engineer Hilarion Radwell said the bridge was safe.")
    assert kinds.get("Hilarion Radwell") == "person", kinds


@pytest.mark.parametrize(
    "text",
    [
        "The code is released under the GNU General Public License, version 3.",
        "Most of it ships under the Quellsoft General Public Licence.",
    ],
)
def test_an_adjective_after_a_things_name_is_no_rank(text: str) -> None:
    kinds = _kinds(text)
    assert not any(kind == "person" for kind in kinds.values()), kinds


def test_a_rank_after_a_states_letters_still_makes_a_person() -> None:
    kinds = _kinds("US General Tarvo Quellman said the army was ready.")
    assert kinds.get("Tarvo Quellman") == "person", kinds


def test_a_comma_and_and_open_a_new_clause_after_a_place() -> None:
    kinds = _kinds("Zanu-PF won the vote in Harare, and Zanu-PF officials said the count was fair.")
    assert kinds.get("Harare") == "place", kinds
    assert kinds.get("Zanu-PF") != "place", kinds


def test_a_list_of_places_after_in_still_reads_as_places() -> None:
    kinds = _kinds("Flooding closed roads in Harare, Tarnmoor and Quellby on Monday.")
    assert kinds.get("Tarnmoor") == "place", kinds
    assert kinds.get("Quellby") == "place", kinds


def test_a_post_hyphened_in_its_table_names_the_body_before_it() -> None:
    kinds = _kinds("Tarnwell co-founder Ilse Varn said the deal was good.")
    assert kinds.get("Tarnwell") == "organization", kinds
    assert kinds.get("Ilse Varn") == "person", kinds


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Tarnby United beat Quellmoor Rovers 2-1 on Sunday.", "Tarnby United"),
        ("Manchester City beat Quellmoor Rovers 3-0.", "Manchester City"),
        ("Liverpool won the match 2-0 after extra time.", "Liverpool"),
    ],
)
def test_a_town_side_before_its_result_and_score_is_a_club(text: str, side: str) -> None:
    assert _kinds(text).get(side) == "organization", _kinds(text)


def test_a_player_before_a_result_is_no_club() -> None:
    kinds = _kinds("Tarvo Quellmanic beat Ilse Varnova 6-3, 6-4 in the final.")
    assert kinds.get("Tarvo Quellmanic") != "organization", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The film, directed by Yorgos Tarvelis, opens on Friday.", "Yorgos Tarvelis"),
        ("The documentary is narrated by Dovrek Quellmanis.", "Dovrek Quellmanis"),
    ],
)
def test_the_maker_of_a_work_is_a_person(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "person", _kinds(text)


def test_a_group_known_by_name_in_the_possessive_is_no_firm() -> None:
    kinds = _kinds("The Taliban's deputy minister fled to the UAE.")
    assert kinds.get("Taliban") == "armed_force", kinds
    assert "Taliban's" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a month's short form that is a given name, before a family name
        ("Jan Tarvelski said the talks were useful.", "Jan Tarvelski"),
        # a month's short form that is a syllable of a Chinese given name
        ("He met Adm. Dong Jun in Singapore.", "Dong Jun"),
    ],
)
def test_a_month_written_as_part_of_a_name_stays_in_it(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "person", _kinds(text)


def test_a_month_in_a_date_is_no_name_used_alone() -> None:
    kinds = _kinds("Gen. Wang Jun met the envoy on Jun. 4 and again on Jun 9.")
    assert kinds.get("Wang Jun") == "person", kinds
    assert not any(name in ("Jun", "Jun.") for name in kinds), kinds


def test_a_month_before_a_common_word_opens_no_name() -> None:
    kinds = _kinds("June Sales Figures were strong, the firm said.")
    assert not any(name.startswith("June") for name in kinds), kinds


def test_a_bodys_founder_named_after_the_word_is_a_person() -> None:
    kinds = _kinds("He met the Tarnwell Group founder Dovrek Quellmarn in May.")
    assert kinds.get("Dovrek Quellmarn") == "person", kinds
    assert kinds.get("Tarnwell Group") == "organization", kinds


def test_a_firms_brothers_written_short_goes_on_with_its_name() -> None:
    kinds = _kinds("He joined Quellman Bros. Pictures in 2022.")
    assert kinds.get("Quellman Bros. Pictures") == "organization", kinds


def test_a_sentence_after_a_firms_brothers_is_no_part_of_its_name() -> None:
    kinds = _kinds("The film was made by Quellman Bros. It opens in Tarnby on Friday.")
    assert not any(name.endswith("It") for name in kinds), kinds


def test_one_word_that_has_a_spokesman_is_the_body_that_spoke() -> None:
    text = (
        "Service on the line was suspended after a fire. Quellfarn said the trains would run again on Friday. "
        "A Quellfarn spokeswoman, Ilse Varn, said crews were working overnight."
    )
    kinds = _kinds(text)
    assert kinds.get("Quellfarn") == "organization", kinds
    assert kinds.get("Ilse Varn") == "person", kinds


def test_a_persons_family_name_before_a_spokesman_stays_a_person() -> None:
    kinds = _kinds("Ilse Tarvelli said she would resign. The Tarvelli spokesman declined to comment.")
    assert kinds.get("Ilse Tarvelli") == "person", kinds


def test_a_nickname_of_two_words_in_quotes_joins_the_given_and_family_name() -> None:
    kinds = _kinds('Dwayne "The Hammer" Quellmann said he would run.')
    assert kinds.get("Dwayne Quellmann") == "person", kinds


def test_a_releases_signature_line_names_a_person_with_a_post() -> None:
    text = "The United States condemns the strikes.\n\nAntony Q. Tarvelle, Secretary of State\n\nWe stand with Ukraine."
    kinds = _kinds(text)
    assert kinds.get("Antony Q. Tarvelle") == "person", kinds


def test_title_case_words_and_a_comma_on_a_line_are_no_signature() -> None:
    kinds = _kinds("REVIEWS\nApple Pie, Cinnamon and Cream\nMore text follows here.")
    assert not kinds, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tarvak rebel group seized the town.", "Tarvak"),
        ("He said the Varnholt mercenary group had left Mali.", "Varnholt"),
        ("The Quellat armed group seized the town.", "Quellat"),
    ],
)
def test_a_group_named_by_what_it_fights_as_is_an_armed_force(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "armed_force", _kinds(text)


def test_a_region_before_another_region_of_its_land_is_a_place() -> None:
    kinds = _kinds("Storms hit Nebraska and Iowa overnight.")
    assert kinds.get("Nebraska") == "place", kinds
    assert kinds.get("Iowa") == "place", kinds


def test_a_region_pair_opening_a_bodys_name_stays_in_it() -> None:
    kinds = _kinds("Devon and Cornwall Police said a man was arrested.")
    assert kinds == {"Devon and Cornwall Police": "organization"}, kinds


@pytest.mark.parametrize(
    ("text", "road"),
    [("Emergency services were called to the A38 near Tarnby.", "A38"), ("Traffic on the M5 was slow.", "M5")],
)
def test_a_roads_code_of_one_letter_is_no_draft(text: str, road: str) -> None:
    # a code, as the issue has units and codes: the real probes' golds since en111 list bare road numbers as junk
    assert road not in _kinds(text), _kinds(text)


def test_a_studio_named_by_a_letter_and_number_stays_a_body() -> None:
    assert _kinds("A24 will release the film in cinemas.").get("A24") == "organization"


def test_a_group_of_one_letter_and_a_number_is_still_a_body() -> None:
    assert _kinds("The G7 leaders met in Italy.").get("G7") == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He met Jean-Luc Varnier in Lyon on Monday.", "Jean-Luc Varnier"),
        ("Marie-Claire Tarvelle called for a protest.", "Marie-Claire Tarvelle"),
    ],
)
def test_two_given_names_joined_by_a_hyphen_open_a_persons_name(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "person", _kinds(text)


def test_a_street_named_with_a_hyphen_is_no_person() -> None:
    assert _kinds("She lives on Anna-Quellmunde-Allee in Berlin.").get("Anna-Quellmunde-Allee") != "person"


def test_a_name_of_a_double_given_name_is_a_given_name_alone() -> None:
    # "Luiz" is in the lists only inside "Luiz Felipe", "Luiz Fernando" ...
    assert _kinds("Luiz Quellmar won the election.").get("Luiz Quellmar") == "person"


def test_a_peoples_word_before_a_kind_of_group_after_a_is_no_groups_name() -> None:
    kinds = _kinds("The Tarvak Guard, a Quellani armed group, denied it.")
    assert kinds.get("Quellani") != "armed_force", kinds


@pytest.mark.parametrize("text", ["Real Betis won the league.", "Real Zaragoza's new striker scored twice."])
def test_a_spanish_club_named_real_is_a_club(text: str) -> None:
    name = " ".join(text.split()[:2]).removesuffix("'s")
    assert _kinds(text).get(name) == "organization", _kinds(text)


def test_real_before_a_common_word_names_no_club() -> None:
    assert not _kinds("Real Estate Investment Trusts fell on Monday.")


def test_a_town_that_is_a_given_name_too_is_a_side_in_a_result() -> None:
    kinds = _kinds("Arsenal drew 1-1 with Chelsea on Sunday. Arsenal beat Everton 2-0.")
    assert kinds.get("Chelsea") == "organization", kinds


def test_a_groups_letter_and_number_off_a_road_stays_a_body() -> None:
    assert _kinds("Tarnia denies backing M23 in the east.").get("M23") == "organization"


@pytest.mark.parametrize(
    "text", ["The Royal Navy's HMS Queen Tarvela sailed from Portsmouth.", "He served on HMS King Varnold V."]
)
def test_a_ship_named_after_a_titled_person_is_no_person(text: str) -> None:
    assert not any(kind == "person" for kind in _kinds(text).values()), _kinds(text)


def test_weapons_ordered_from_a_maker_name_no_place() -> None:
    kinds = _kinds("The army ordered 105 tanks from Quellmar-Tessin Varnwerke.")
    assert kinds.get("Quellmar-Tessin Varnwerke") != "place", kinds


def test_a_capital_a_government_acts_on_names_that_government() -> None:
    kinds = _kinds("Beijing accused Washington of interference in its affairs.")
    assert kinds.get("Washington") == "place", kinds


def test_a_capital_that_names_a_person_on_the_page_stays_the_person() -> None:
    kinds = _kinds("Denzel Washington said it was fun. The critic accused Washington of overacting.")
    assert kinds.get("Denzel Washington") == "person" and "Washington" not in kinds, kinds


def test_helicopters_sent_from_a_base_name_a_place() -> None:
    kinds = _kinds("A coastguard helicopter from Tremarvick was also sent, the coastguard said.")
    assert kinds.get("Tremarvick") == "place", kinds
