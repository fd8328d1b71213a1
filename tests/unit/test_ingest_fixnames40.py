"""A fix-up round on names of bodies in another language read in English text, and on a people's word before a
person's full name. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_body_named_in_its_language_for_its_state_keeps_the_state_in_its_name() -> None:
    drafts = draft_kind_names(
        "The utility Électricité de France said it would shut two reactors. Petróleos de Venezuela cut exports."
    )
    assert drafts.get("Électricité de France") == "organization"
    assert drafts.get("Petróleos de Venezuela") == "organization"
    assert "Électricité de" not in drafts
    assert "France" not in drafts
    assert "Venezuela" not in drafts


def test_a_peoples_word_before_a_persons_full_name_is_the_state_then_the_person() -> None:
    drafts = draft_kind_names("Colombian Daniel Elahi Varnaga beat Brazilian Tomas Quellmor in the second round.")
    assert drafts.get("Daniel Elahi Varnaga") == "person"
    assert drafts.get("Tomas Quellmor") == "person"
    assert "Colombian Daniel Elahi Varnaga" not in drafts


def test_italian_and_portuguese_of_the_joins_a_bodys_name() -> None:
    drafts = draft_kind_names("Banco do Quellmar lent the money and the Banca della Valtorre signed the deal.")
    assert "Banco do Quellmar" in drafts
    assert "Banca della Valtorre" in drafts
    assert "Quellmar" not in drafts
    assert "Valtorre" not in drafts


def test_english_do_between_capitalised_words_joins_nothing() -> None:
    drafts = draft_kind_names("Analysts asked what Americans do Next in the Quellmar talks.")
    assert not any(" do " in name for name in drafts)


def test_a_romance_bank_or_fund_word_opens_a_body() -> None:
    drafts = draft_kind_names(
        "Officials at the Caisse des Quellments agreed, and the Banca della Valtorre signed the deal."
    )
    assert drafts.get("Caisse des Quellments") == "organization"
    assert drafts.get("Banca della Valtorre") == "organization"


def test_a_romance_and_inside_a_bodys_name_keeps_the_name_whole() -> None:
    drafts = draft_kind_names("Cassa Quellositi e Varnestiti bought a stake in the port operator.")
    assert "Cassa Quellositi e Varnestiti" in drafts
    assert "Varnestiti" not in drafts


def test_a_state_spelled_adjective_after_a_spanish_bodys_words_stays_in_its_name() -> None:
    drafts = draft_kind_names("The Mando de la Flota Quellmar Argentina ordered two patrol boats.")
    assert "Mando de la Flota Quellmar Argentina" in drafts
    assert "Argentina" not in drafts


def test_the_spanish_word_for_a_command_opens_a_body() -> None:
    drafts = draft_kind_names("Pilots of the Comando de la Aviación Quellmar flew the jets.")
    assert drafts.get("Comando de la Aviación Quellmar") == "organization"


def test_an_accented_rank_or_body_word_is_read_as_written() -> None:
    drafts = draft_kind_names(
        "He flew as wingman to Capitán Augusto Quellmar-Sosa in the attack. The Compañía Varnosa de Vapores said."
    )
    assert drafts.get("Augusto Quellmar-Sosa") == "person"
    assert "Capitán Augusto Quellmar-Sosa" not in drafts
    assert drafts.get("Compañía Varnosa de Vapores") == "organization"


def test_an_english_peoples_adjective_before_a_force_named_in_its_own_language_is_the_state() -> None:
    drafts = draft_kind_names("Frontex will work with the Chilean Guardia Quellmar, which flies two aircraft.")
    assert "Guardia Quellmar" in drafts
    assert "Chilean Guardia Quellmar" not in drafts
