"""Round realread59: rules found reading real conflict reporting by hand (world news on Syria, Iraq, Afghanistan,
Libya and the Sahel, foreign-ministry and EU statements, defence department releases, encyclopaedia articles on
militias, coalitions and ministers). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names, drafts_and_links


def test_a_generations_mark_ends_a_titled_persons_name() -> None:
    drafts = draft_kind_names(
        "Secretary of Defense Grant H. Rivers III met the Quellan minister in Tarnby today. "
        "Rivers said the talks went well."
    )
    assert drafts.get("Grant H. Rivers III") == "person"


def test_a_ruler_named_by_the_way_he_rules_is_a_person() -> None:
    drafts = draft_kind_names(
        "The militias arose from the chaos that followed the 2011 overthrow of dictator Harmal Quessadi, "
        "and they fought the strongman Tarvo Bellin for years."
    )
    assert drafts.get("Harmal Quessadi") == "person"
    assert drafts.get("Tarvo Bellin") == "person"


def test_a_party_as_persian_and_pashto_spell_hizb_opens_a_bodys_name() -> None:
    drafts = draft_kind_names(
        "The Quellan Network, Hezbi Tarvani and smaller groups have joined the insurgency in Varnistan."
    )
    assert drafts.get("Hezbi Tarvani") == "organization"


def test_a_sides_long_name_repeated_over_its_commanders_is_cut_off_each_name() -> None:
    drafts = draft_kind_names(
        "Battle of Tarnby (2019)\nBelligerents\nVarnia\nQuellan Front of Tarn and the North\n"
        "Commanders and leaders\nVarnia Ilse Varnova\n(Prime Minister of Varnia)\n"
        "Quellan Front of Tarn and the North Tomas al-Quelli[4]\n(Leader of the Front)\n"
        "Quellan Front of Tarn and the North Harun Bessadi\n(Minister of Media)\nStrength\n2,000\n"
    )
    assert drafts.get("Tomas al-Quelli") == "person"
    assert drafts.get("Quellan Front of Tarn and the North") == "organization"
    assert not any(name.endswith("Tomas al-Quelli") and name != "Tomas al-Quelli" for name in drafts)


def test_a_body_known_by_its_word_before_a_vehicles_noun_is_still_the_body() -> None:
    drafts = draft_kind_names(
        "Soldiers were at the scene in Tarnby, retrieving what appeared to be the remains of a Nato vehicle."
    )
    assert drafts.get("Nato") == "organization"


def test_a_bodys_name_without_its_arabic_article_later_is_the_same_body() -> None:
    text = (
        "Police said two rockets struck a building used by the militia group al-Tarqa'a in Quellabad. "
        "Rockets also hit a vehicle inside the Tarqa'a headquarters, the group's spokesman said."
    )
    names, links = drafts_and_links(text, [])
    assert "al-Tarqa'a" in names
    assert links.get("Tarqa'a") == links["al-Tarqa'a"]


def test_two_known_sides_joined_by_a_hyphen_before_a_noun_are_two_names() -> None:
    drafts = draft_kind_names("Officials in Tarnby said the preliminary US-Taliban deal was moving too quickly.")
    assert drafts.get("Taliban") == "armed_force"
    assert drafts.get("United States") == "state"
    assert "US-Taliban" not in drafts


def test_a_boxs_label_of_a_bodys_post_opens_a_line_of_a_person_not_of_code() -> None:
    drafts = draft_kind_names(
        "Quellan Democratic Forces\nLeaders\nQDF Spokesman: Ilse Varnam[2]\n"
        "Dates of operation10 October 2015 – present\nThe QDF is an alliance of militias in Tarnby."
    )
    assert drafts.get("Ilse Varnam") == "person"


def test_a_post_in_brackets_under_a_war_boxs_commander_is_no_person_of_its_own() -> None:
    drafts = draft_kind_names(
        "Battle of Tarnby (2019)\nBelligerents\nVarnia\nQuellan Front\nCommanders and leaders\n"
        "Varnia Ilse Varnova\n(Head of the Varnian Guard)\nQuellan Front Tomas al-Quelli[4]\n"
        "(Commander of the Quellan Front Northern Command)\nStrength\n2,000\n"
    )
    assert drafts.get("Ilse Varnova") == "person"
    assert drafts.get("Tomas al-Quelli") == "person"
    assert "Head of the Varnian Guard" not in drafts
    assert "Commander of the Quellan Front Northern Command" not in drafts
