"""A ninth round on the held-out styles: a minister's name in a release's heading with no given name
any list knows, armed bodies that "deny" things, persons by what befalls them or what they own,
places by their head word or the box of facts that lists them, and makers of hardware. Every
example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_the_honourable_minister_in_a_releases_heading_is_a_person() -> None:
    drafts = draft_kinds(
        "Media release\n\nSenator the Hon Orlaith Vantreck\nMinister for Foreign Affairs\n\n"
        "The Hon Pemberly Quask MP\nMinister for Trade\n\nToday the Government imposed sanctions."
    )
    assert drafts.get("Orlaith Vantreck") is ActorKind.person
    assert drafts.get("Pemberly Quask") is ActorKind.person


def test_title_case_words_in_a_heading_are_still_no_person() -> None:
    drafts = draft_kinds("Media release\n\nMinister Announces New Funding For Schools\n\nToday we act.")
    assert not any(kind is ActorKind.person for kind in drafts.values())


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kataib Varnakiya denied involvement in the attack.", "Kataib Varnakiya"),
        ("Liwa Tremmin said it had withdrawn from the town.", "Liwa Tremmin"),
    ],
)
def test_an_armed_bodys_arabic_head_word_outweighs_a_speakers_verb(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is ActorKind.armed_force


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The revolt began after the killing of Sardar Quellan Marrak Dostar in 2006.", "Sardar Quellan Marrak Dostar"),
        ("Crowds filled the square for the funeral of Ousmar Vekhti on Friday.", "Ousmar Vekhti"),
        ("Ousmar Vekhti's government relied on hired fighters.", "Ousmar Vekhti"),
    ],
)
def test_what_befalls_or_belongs_to_one_person_names_a_person(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is ActorKind.person


def test_one_words_government_may_be_a_states() -> None:
    assert draft_kinds("Tremmoria's government fell on Friday.").get("Tremmoria") is not ActorKind.person


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The drone hit a storage tank at the Varn Qesh field late on Wednesday.", "Varn Qesh"),
        ("Troops withdrew from the Varnak Strip in 2005.", "Varnak Strip"),
    ],
)
def test_a_field_or_a_strip_is_a_place(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is ActorKind.place


def test_who_supplies_radars_and_engines_is_a_maker() -> None:
    drafts = draft_kinds("The frigates carry radars from Quarvelt and engines from Hessmark.")
    assert drafts.get("Quarvelt") is ActorKind.organization
    assert drafts.get("Hessmark") is ActorKind.organization


def test_names_in_a_box_of_places_are_places() -> None:
    drafts = draft_kinds(
        "The Battle of Ouadi Tessar was fought near the oasis (Arabic: Wadi Tessar).\n\n"
        "Date: 22 March 1987\nLocation: Ouadi Tessar, Borkou, Chad\n"
        "Active regions: Varnistan Coast, Quellabad\n\n"
        "Tessar was abandoned a week later."
    )
    assert drafts.get("Ouadi Tessar") is ActorKind.place
    assert drafts.get("Quellabad") is ActorKind.place


def test_a_person_with_a_given_name_in_a_box_of_places_stays_a_person() -> None:
    drafts = draft_kinds("Location: Tremmin\nHeadquarters: Varnak\n\nMaria Quellberg led the group from Varnak.")
    assert drafts.get("Maria Quellberg") is ActorKind.person


def _aliases(text: str) -> dict[str, list[str]]:
    from dossier.ingest.extract import extract

    return {draft.name: draft.aliases for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_name_in_its_own_script_and_the_bare_family_name_are_one_persons() -> None:
    aliases = _aliases(
        "Bolat Tokayuly Varnabekov (Kazakh: Болат Тоқайұлы Варнабеков; born 1970) is a politician. "
        "Varnabekov was born in Karaganda. In 2009 Varnabekov became a judge."
    )
    assert "Варнабеков" not in " ".join(aliases)  # no draft of its own
    assert "Varnabekov" in aliases["Bolat Tokayuly Varnabekov"]
    assert any("Варнабеков" in alias for alias in aliases["Bolat Tokayuly Varnabekov"])


def test_a_name_in_another_script_elsewhere_stays_its_own_person() -> None:
    aliases = _aliases("Ilse Quarnova and Pyotr Quarnov met. Иван Кварнов was absent. Quarnov said no.")
    assert "Иван Кварнов" not in aliases.get("Pyotr Quarnov", [])


def test_a_family_name_written_first_is_the_persons_short_form() -> None:
    aliases = _aliases(
        "The court sentenced Mr Truong Van Quan to 12 years. Mr Truong, a retired engineer, was arrested in 2023."
    )
    assert "Truong" in aliases["Truong Van Quan"]


def test_a_box_of_facts_lists_parties_not_lives() -> None:
    drafts = draft_kinds(
        "Tomas Quellarov is a politician.\n\nParty: Varnat (since 2022); Quel Otan (1999–2022)\n"
        "Spouse: Ilse Quellarova\n\nQuellarov joined the party in 1999."
    )
    assert drafts.get("Varnat") is ActorKind.organization
    assert drafts.get("Quel Otan") is ActorKind.organization
    assert drafts.get("Ilse Quellarova") is ActorKind.person


def test_a_labelled_line_that_lists_no_names_is_still_skipped() -> None:
    drafts = draft_kinds("The siege ended in May.\n\nResult: Decisive victory\nCasualties: Several\n")
    assert drafts == {}


@pytest.mark.parametrize(
    "text",
    [
        "The lead ship, Tomas Varnhalle (F210), was launched at Itajaí in 2024.",
        "The frigate replaced the ageing Quellmira class in the fleet.",
        "The Greek frigate HS Varnassa shot down two drones.",
        "The customs cutter HMC Quellguard brought the boat into Dover.",
    ],
)
def test_a_ship_is_no_actor(text: str) -> None:
    drafts = draft_kinds(text)
    assert not any(("Varn" in name or "Quell" in name) for name in drafts)


def test_a_bodys_number_in_brackets_keeps_the_body() -> None:
    drafts = draft_kinds("The Tremmin Climate Leadership Group (C40) met in Varnak.")
    assert drafts.get("Tremmin Climate Leadership Group") is ActorKind.organization


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Ships of EUNAVFOR Quellides escorted 90 vessels.", "EUNAVFOR Quellides", ActorKind.organization),
        ("The EUCAP Varnahel mission ended in May.", "EUCAP Varnahel", ActorKind.organization),
        ("The Tarvela Azul consortium won the contract.", "Tarvela Azul", ActorKind.organization),
        ("Troops of the Quellite Kingdom crossed the river.", "Quellite Kingdom", ActorKind.place),
    ],
)
def test_acronyms_consortia_and_kingdoms(sentence: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(sentence).get(name) is kind


def test_an_outlets_acronym_before_a_name_stays_an_outlet() -> None:
    assert draft_kinds("He watched CNN Quellroom every night.").get("CNN Quellroom") is ActorKind.media


def test_a_reporters_byline_names_the_reporter_and_the_outlet() -> None:
    drafts = draft_kinds("The six are due in court on Friday.\n\nBy Orsolya Quenneby, BBC News, Lagos")
    assert drafts.get("Orsolya Quenneby") is ActorKind.person
    assert drafts.get("BBC News") is ActorKind.media


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Soldiers of the 24th Marine Expeditionary Unit landed at dawn.", "24th Marine Expeditionary Unit"),
        ("The exercise director for U.S. Army Central thanked the hosts.", "U.S. Army Central"),
    ],
)
def test_numbered_units_and_regional_commands_are_armed_forces(sentence: str, name: str) -> None:
    assert draft_kinds(sentence).get(name) is ActorKind.armed_force


def test_an_acronym_made_of_syllables_is_the_bodys_alias() -> None:
    aliases = _aliases(
        "Vice Adm. Ilse Varnow leads U.S. Naval Forces Central Command (NAVCENT). "
        "The director of U.S. Army Central (ARCENT) spoke."
    )
    assert "NAVCENT" in aliases["U.S. Naval Forces Central Command"]
    assert "ARCENT" in aliases["U.S. Army Central"]
    assert "NAVCENT" not in aliases and "ARCENT" not in aliases


def test_an_acronym_of_other_letters_stays_its_own_draft() -> None:
    aliases = _aliases("The Tremmin Varnak Party (QZPX) met in the capital.")
    assert "QZPX" not in aliases.get("Tremmin Varnak Party", [])


def test_a_native_name_after_a_language_cldr_spells_otherwise_is_an_alias() -> None:
    aliases = _aliases("The Varnak Liberation Army (Balochi: Varnakan Azadi Lashkar; VLA) is a militant group.")
    assert "Varnakan Azadi Lashkar" in aliases["Varnak Liberation Army"]
    assert "Varnakan Azadi Lashkar" not in aliases
