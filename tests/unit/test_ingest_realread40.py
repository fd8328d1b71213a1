"""Round realread40: rules found reading real conflict and defence reporting by hand (war news from Syria, Iraq,
Yemen, Somalia and Afghanistan, US command releases, sanctions designations, EU statements, encyclopedia pages on
militias). Invented sentences and names throughout; the only real names are those every reader of world news
knows (a movement, a command), which the rules are about."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_the_islamic_state_by_its_name_is_an_armed_group_as_isis_is() -> None:
    drafts = draft_kind_names(
        "The Islamic State claimed the attack on Tarnby, and ISIS fighters fled to Varnmoor. "
        "Islamic State militants still hold two villages."
    )
    assert drafts.get("Islamic State") == "armed_force"
    assert drafts.get("ISIS") == "armed_force"


def test_a_us_combatant_command_by_its_short_name_is_an_armed_force() -> None:
    drafts = draft_kind_names(
        "CENTCOM said its forces struck a camp near Quellbury on Monday. In a separate release, AFRICOM said "
        "two fighters died near Tarnby, and Africom's statement gave no names."
    )
    assert drafts.get("CENTCOM") == "armed_force"
    assert drafts.get("AFRICOM") == "armed_force"


def test_an_honorific_before_one_name_is_part_of_the_name_he_is_known_by() -> None:
    drafts = draft_kind_names(
        "A top commander named Haji Varnak was killed in a raid near Tarnby. Varnak had escaped from prison in "
        "2008. Qari Tellman, the deputy shadow governor, also died; Tellman led the group's fighters."
    )
    assert drafts.get("Haji Varnak") == "person"
    assert drafts.get("Qari Tellman") == "person"
    assert "Varnak" not in drafts and "Tellman" not in drafts


def test_a_peoples_adjective_written_after_a_given_name_is_his_surname_not_a_state() -> None:
    drafts = draft_kind_names(
        "Interior Ministry spokesman Najib Danish described the raid near Tarnby as a blow. "
        '"It is over," Danish said on Sunday.'
    )
    assert drafts.get("Najib Danish") == "person"
    assert "Denmark" not in drafts


def test_a_name_before_media_network_is_an_outlet() -> None:
    drafts = draft_kind_names(
        "According to the Saudi-owned Al Varnabiya media network, jets struck the town of Tarnby. "
        "The Quellan news network said two people died."
    )
    assert drafts.get("Al Varnabiya") == "media"
    assert drafts.get("Quellan") == "media"


def test_the_arabic_article_as_it_sounds_before_z_or_r_stays_inside_a_place_name() -> None:
    drafts = draft_kind_names(
        "The strike killed a leader in Quellistan's Dayr az Varnur Province on Thursday. Fighters then moved "
        "from Ras ar Tarnan to the hills."
    )
    assert drafts.get("Dayr az Varnur Province") == "place"
    assert drafts.get("Ras ar Tarnan") == "place"
    assert "Dayr" not in drafts and "Varnur Province" not in drafts


def test_a_title_word_after_the_article_al_is_a_family_name_inside_the_whole_name() -> None:
    drafts = draft_kind_names(
        "The raid was meant to kill a senior leader named Tarek Mahmud al-Haji Quellan, who planned attacks in "
        "Varnmoor. Two other fighters died with him near Tarnby."
    )
    assert drafts.get("Tarek Mahmud al-Haji Quellan") == "person"
    assert "Quellan" not in drafts and "al-Haji Quellan" not in drafts


def test_servant_of_and_the_article_opens_a_mans_name() -> None:
    drafts = draft_kind_names(
        "The command said the raid killed Abd-al-Varid Mahmud Tarnawi in the north. Officials also named "
        "Abd al-Quellim Barzouni as his deputy."
    )
    assert drafts.get("Abd-al-Varid Mahmud Tarnawi") == "person"
    assert drafts.get("Abd al-Quellim Barzouni") == "person"


def test_a_common_adjective_opening_the_sentence_before_gunmen_or_a_post_is_no_name() -> None:
    drafts = draft_kind_names(
        "Unidentified gunmen on Thursday broke into a house in Tarnby and fled. "
        "Provincial spokesman Ilse Varnadi confirmed the account."
    )
    assert "Unidentified" not in drafts
    assert "Provincial" not in drafts
    assert drafts.get("Ilse Varnadi") == "person"


def test_a_think_tanks_key_takeaway_label_is_no_name() -> None:
    drafts = draft_kind_names(
        "Key Takeaway: The pro-government coalition is poised to make further gains in Tarnby province."
    )
    assert "Key Takeaway" not in drafts
    assert drafts.get("Tarnby") == "place"


def test_rare_words_after_a_post_with_its_remit_in_a_heading_are_the_holders_name() -> None:
    drafts = draft_kind_names(
        "Joint Statement by High Representative Josep Varnell and Commissioner for Crisis Management Janez "
        "Quellčič on the situation in Tarnia\n\nThe European Union welcomes the decision of the Council."
    )
    assert drafts.get("Janez Quellčič") == "person"
    assert drafts.get("Josep Varnell") == "person"


def test_a_given_name_in_ullah_or_a_family_name_in_zada_makes_a_person() -> None:
    drafts = draft_kind_names(
        "The current shadow governor of Tarnby is said to be Mohibullah Varnak, an official told the paper. "
        "Talks were then held with Tarwan Quellzada in the hills."
    )
    assert drafts.get("Mohibullah Varnak") == "person"
    assert drafts.get("Tarwan Quellzada") == "person"


def test_a_name_ending_in_shura_is_a_council() -> None:
    drafts = draft_kind_names(
        "The movement's top council, the Tarnby Shura, is thought to meet in the city of Quellabad."
    )
    assert drafts.get("Tarnby Shura") == "organization"


def test_letters_always_before_an_orders_number_are_no_body() -> None:
    drafts = draft_kind_names(
        "Today's action is taken pursuant to counterterrorism authority Executive Order (E.O.) 13224, as amended. "
        "The office designated Varnak Trading under E.O. 13224, and the QFC 2024 review followed."
    )
    assert "E.O." not in drafts and "E.O" not in drafts
    assert drafts.get("Varnak Trading") == "organization"
    assert "QFC" in drafts


def test_a_doctrines_arabic_shaped_word_names_no_group() -> None:
    drafts = draft_kind_names(
        "It cut its ties with the network in 2016, calling itself an independent Salafi-jihadist organization. "
        "Police sources said the Takfiris opened fire on the Tarnby Guard in the city of Quellabad."
    )
    assert "Salafi" not in drafts and "Takfiris" not in drafts
    assert drafts.get("Tarnby Guard") == "armed_force"


def test_a_force_named_without_its_head_word_before_its_fighters_is_that_force() -> None:
    drafts = draft_kind_names(
        "The Popular Tarnby Forces (PTF) is an umbrella of some forty militias. The prime minister issued rules "
        "to adapt the situation of the Popular Tarnby fighters, giving them ranks and salaries."
    )
    assert drafts.get("Popular Tarnby Forces") == "armed_force"
    assert "Popular Tarnby" not in drafts


def test_the_persian_ezafe_hyphened_to_a_word_joins_a_place_name() -> None:
    drafts = draft_kind_names(
        "Forces killed a senior commander during a raid in the village of Qal'eh-ye Varn-eh in Tarnby district."
    )
    assert drafts.get("Qal'eh-ye Varn-eh") == "place"
    assert "Qal'eh" not in drafts and "Varn" not in drafts


def test_the_regions_news_channels_by_name_alone_are_outlets() -> None:
    drafts = draft_kind_names(
        "The visit to Tarnby was of great importance, the envoy said, according to Al-Hurra. "
        "Al Arabiya said four drones were downed, and the agency WAM carried the statement."
    )
    assert drafts.get("Al-Hurra") == "media"
    assert drafts.get("Al Arabiya") == "media"
    assert drafts.get("WAM") == "media"


def test_an_ayns_apostrophe_opening_a_word_after_a_given_name_stays_inside_the_name() -> None:
    drafts = draft_kind_names(
        "The military identified the leader as Khalid 'Aydd Ahmad Al-Varnouri. The death of Khalid 'Aydd Ahmad "
        "al-Varnouri will disrupt the group's plans in Tarnby."
    )
    assert drafts.get("Khalid 'Aydd Ahmad Al-Varnouri") == "person"
    assert "Khalid" not in drafts and "Aydd Ahmad Al-Varnouri" not in drafts
