"""A twenty-third round on the held-out styles: a governor's post named with its region stands for its
holder, a remit listed with a comma before its last "and" stays one body's, a commander's post named by
the commands it leads after a comma is one post, and the words of a law's name are no actor. Every
example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def test_a_governor_named_with_the_region_stands_for_the_holder() -> None:
    kinds = spelling_kinds("The Governor of the Varnoko Region, Halima Essou-Tchana, closed the market on Friday.")
    assert kinds.get("Governor of the Varnoko Region") is ActorKind.person
    assert kinds.get("Halima Essou-Tchana") is ActorKind.person
    assert "Varnoko Region" not in kinds
    # a central bank's governor still names the bank, not a post
    kinds = spelling_kinds("The Governor of the Central Bank of Tessaly said rates would rise.")
    assert kinds.get("Central Bank of Tessaly") is ActorKind.organization


def test_a_remit_listed_with_a_comma_before_and_is_one_body() -> None:
    kinds = draft_kinds("Funds came from the Bureau of Labour, Training, and Youth Employment in March.")
    assert kinds.get("Bureau of Labour, Training, and Youth Employment") is ActorKind.organization
    assert "Bureau of Labour" not in kinds
    # names after the comma are bodies of their own, not fields of a remit
    kinds = draft_kinds("The Ministry of Health, Quellaid, and Varnocare sent doctors.")
    assert kinds.get("Ministry of Health") is ActorKind.organization
    assert "Ministry of Health, Quellaid, and Varnocare" not in kinds


def test_a_commanders_post_named_by_its_commands_is_one_post() -> None:
    kinds = draft_kinds(
        "Commander, Tessalian Naval Forces South, Tessalian 4th Fleet, Vice Adm. Oren Falkley, "
        "said two frigates would sail. The Flag Officer Commanding, Northern Naval Command, "
        "Commodore Kofi Anane-Brobbey, met him."
    )
    assert kinds.get("Commander, Tessalian Naval Forces South, Tessalian 4th Fleet") is ActorKind.person
    assert kinds.get("Flag Officer Commanding, Northern Naval Command") is ActorKind.person
    assert kinds.get("Northern Naval Command") is ActorKind.armed_force
    assert "Commanding" not in kinds
    assert kinds.get("Kofi Anane-Brobbey") is ActorKind.person
    # a commander named by a comma and a person's name is no post of a command
    kinds = draft_kinds("The Commander, Ilse Varnow, said the patrol was over.")
    assert kinds.get("Ilse Varnow") is ActorKind.person
    assert not any(name.startswith("Commander") for name in kinds)


def test_the_words_of_a_laws_name_are_no_actor() -> None:
    kinds = draft_kinds(
        "Trawlers are banned under the Inshore Fisheries and Aquaculture Act 2024, the Quarry Reclamation "
        "Code and the Coastal Fragility Act. The Tessaly Ministry of Fisheries enforces them."
    )
    for words in ("Inshore Fisheries", "Aquaculture", "Quarry Reclamation Code", "Coastal Fragility"):
        assert words not in kinds, words
    assert kinds.get("Tessaly Ministry of Fisheries") is ActorKind.organization


def test_marines_and_commandos_named_with_their_state_are_a_force() -> None:
    kinds = draft_kinds("Sailors and the Royal Tessalian Marines trained with the Varn Commandos near Oskelby.")
    assert kinds.get("Royal Tessalian Marines") is ActorKind.armed_force
    assert kinds.get("Varn Commandos") is ActorKind.armed_force


def test_a_holder_with_a_middle_initial_after_a_long_remit_is_found() -> None:
    kinds = draft_kinds(
        "Assistant Secretary of State for Democracy, Trade, and Labor Miriam J. Brackwater-Sefa met the envoy."
    )
    assert kinds.get("Miriam J. Brackwater-Sefa") is ActorKind.person


def test_a_force_named_with_its_theatre_after_its_head_is_one_force() -> None:
    kinds = draft_kinds("The patrol was led by Tessalian Naval Forces Africa and the Varn Army Pacific.")
    assert kinds.get("Tessalian Naval Forces Africa") is ActorKind.armed_force
    assert kinds.get("Varn Army Pacific") is ActorKind.armed_force
