"""Round realread52: rules found reading real encyclopaedia articles by hand (armed groups, wars, intelligence
agencies and defence ministries of the Middle East, Africa, Central and South Asia and Eastern Europe), copied with
their boxes of facts as text. Invented sentences and names throughout (the states are real: the rule reads them in
the gazetteer)."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_sides_label_with_a_hyphen_keeps_the_commanders_list_going() -> None:
    drafts = draft_kind_names(
        "Commanders and leaders\nRussia Ilse Varnova\nPro-Tremmic Varnaks:\nRussia Tomas Quellin\nRussia Ada Varnek\n"
        "Strength\n12,000"
    )
    assert drafts.get("Ilse Varnova") == "person"
    assert drafts.get("Tomas Quellin") == "person"
    assert drafts.get("Ada Varnek") == "person"


def test_a_killed_mark_after_a_commander_is_no_part_of_his_name() -> None:
    drafts = draft_kind_names(
        "Commanders and leaders\nRussia Ilse Varnova\nRussia Tomas Quellin X\nRussia Ada Varnek\nStrength\n12,000"
    )
    assert drafts.get("Tomas Quellin") == "person"
    assert "Tomas Quellin X" not in drafts


def test_a_flag_of_four_words_before_a_commander_is_cut_and_no_person() -> None:
    drafts = draft_kind_names(
        "Commanders and leaders\nRussia Ilse Varnova\nQuellic Republic of Varnia Tomas Oskel\n"
        "Quellic Republic of Varnia Ada Tresk\nStrength\n12,000"
    )
    assert drafts.get("Tomas Oskel") == "person"
    assert drafts.get("Ada Tresk") == "person"
    assert drafts.get("Quellic Republic of Varnia") != "person"
    assert "Quellic Republic of Varnia Tomas Oskel" not in drafts


def test_a_boxs_label_of_a_post_announces_its_holder() -> None:
    drafts = draft_kind_names(
        "Leaders\n  • Emir: Tomas Quellani\n  • Deputy Emir: Ilse Varnak\n  • Emir of Finance: Oskar Treshan\n"
        "  • Former leader: Ada Quellin\n  • Senior Media Official: Rafi Ostrel\nHeadquarters Tarnby"
    )
    for name in ("Tomas Quellani", "Ilse Varnak", "Oskar Treshan", "Ada Quellin", "Rafi Ostrel"):
        assert drafts.get(name) == "person", name


def test_a_dumps_numbered_chief_name_field_holds_a_person() -> None:
    drafts = draft_kind_names(
        "Infobox\n- Agency Name: Quell Defence Office\n- Chief1 Name: Tomas Varnek\n- Chief1 Position: Minister\n"
        "- Chief2 Name: Ilse Quellova\n- Chief2 Position: Deputy Minister"
    )
    assert drafts.get("Tomas Varnek") == "person"
    assert drafts.get("Ilse Quellova") == "person"


def test_a_body_counted_by_its_fighters_under_strength_is_an_armed_force() -> None:
    drafts = draft_kind_names(
        "The Tremmic Front and Ansar Varn met the Quell Union in Tarnby.\n"
        "Strength\nTremmic Front: 40,000–50,000[4]\nAnsar Varn: 300[2]–10,000[7]\nJabhat Oskel 1,500+\n"
        "Casualties and losses\nQuell Union: 200 killed"
    )
    assert drafts.get("Tremmic Front") == "armed_force"
    assert drafts.get("Ansar Varn") == "armed_force"
    assert drafts.get("Jabhat Oskel") == "armed_force"
    assert drafts.get("Quell Union") == "organization"


def test_states_listed_one_a_line_are_read() -> None:
    drafts = draft_kind_names(
        "The Varnak coalition\nSupported by:\n Norway\n Chile\n Kenya\n Peru\n\nThe coalition met."
    )
    for state in ("Norway", "Chile", "Kenya", "Peru"):
        assert drafts.get(state) == "state", state


def test_a_captured_commanders_mark_is_no_body() -> None:
    drafts = draft_kind_names(
        "Commanders and leaders\nRussia Ilse Varnova\nRussia Tomas Quellin (POW)\nRussia Ada Varnek\nStrength\n12,000"
    )
    assert drafts.get("Tomas Quellin") == "person"
    assert "POW" not in drafts


def test_a_commander_in_chief_glued_to_his_label_is_read() -> None:
    drafts = draft_kind_names(
        "ActiveEarly 1920s–present\nAllegianceQuell Regional Government\nCommander-in-ChiefTomas Varnani\n"
        "The force guards the Quell region."
    )
    assert drafts.get("Tomas Varnani") == "person"
