"""Ingest on English web pages after the thirty-ninth batch of real probes (issue 15).

A Welsh name joined by its patronymic particle; a role in a cast list after its performer and "as".
Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_welsh_name_with_its_patronymic_particle_is_one_person() -> None:
    kinds = draft_kinds("The party's housing spokesperson in the Senedd, Rhian ap Dafydd, called the cuts reckless.")
    assert kinds.get("Rhian ap Dafydd") is ActorKind.person, kinds
    assert "Dafydd" not in kinds and "Rhian" not in kinds, kinds


def test_a_welsh_daughters_name_with_ferch_is_one_person() -> None:
    kinds = draft_kinds("The harpist Catrin ferch Huw will open the festival at Llanwern on Saturday.")
    assert kinds.get("Catrin ferch Huw") is ActorKind.person, kinds


def test_a_role_in_a_cast_list_is_no_person_but_the_singer_is() -> None:
    kinds = draft_kinds(
        "The revival brings back Owain Trelask-Mbeki as the lovesick Count Orlando, with Mira Pellow as Zerbinetta."
    )
    assert "Owain Trelask-Mbeki" in kinds, kinds
    assert kinds.get("Mira Pellow") is ActorKind.person, kinds
    assert "Zerbinetta" not in kinds and "Count Orlando" not in kinds and "Orlando" not in kinds, kinds


def test_a_post_after_a_persons_name_and_as_stays_a_post() -> None:
    kinds = draft_kinds("Parliament recognised Ilse Varnova as the interim President on Monday.")
    assert kinds.get("Ilse Varnova") is ActorKind.person, kinds


def test_a_body_named_without_its_of_part_is_that_body_even_in_a_headline_first() -> None:
    kinds = draft_kinds(
        "Crafts Board cuts grant. The Crafts Board of Tarnshire cut the grant by a third. A spokesperson for the"
        " Crafts Board said the decision had been difficult."
    )
    assert kinds.get("Crafts Board of Tarnshire") is ActorKind.organization, kinds
    assert "Crafts Board" not in kinds, kinds


def test_a_stem_shared_by_two_bodies_joins_neither() -> None:
    kinds = draft_kinds(
        "The National Guild of Tarn Millers and the National Guild of Oskel Bakers met. The National Guild said"
        " prices would rise."
    )
    assert kinds.get("National Guild of Tarn Millers") is ActorKind.organization, kinds
    assert kinds.get("National Guild of Oskel Bakers") is ActorKind.organization, kinds


def test_a_show_named_with_a_given_name_after_the_is_no_person() -> None:
    kinds = draft_kinds("The station has carried the Grand Ole Jamboree every Saturday night since 1931.")
    assert "Ole Jamboree" not in kinds, kinds
    assert kinds.get("Grand Ole Jamboree") is not ActorKind.person, kinds


def test_a_results_tables_key_letters_are_no_body() -> None:
    kinds = draft_kinds(
        "Tarnby Rovers went top with a 2-0 win. Key: P played, W won, GD goal difference, Pts points. The FA"
        " confirmed the game."
    )
    assert "GD" not in kinds, kinds
    assert kinds.get("Tarnby Rovers") is ActorKind.organization, kinds


def test_father_christmas_is_no_person_but_a_priest_is() -> None:
    kinds = draft_kinds(
        "Children can meet Father Christmas in the old foundry. Father Tomas Keverne will bless the crib."
    )
    assert "Christmas" not in kinds and "Father Christmas" not in kinds, kinds
    assert kinds.get("Tomas Keverne") is ActorKind.person, kinds


def test_a_weather_forecaster_before_a_name_is_a_title() -> None:
    kinds = draft_kinds(
        "The strongest gusts will ease after dark. Meteorologist Ilse Varnholm-Obi said rain would follow."
    )
    assert kinds.get("Ilse Varnholm-Obi") is ActorKind.person, kinds
    assert "Meteorologist Ilse Varnholm-Obi" not in kinds, kinds
