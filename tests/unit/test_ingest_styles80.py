"""An eightieth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages). Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: list(draft.aliases) for draft in extract(text, None, [], set(), "test-drafts").actors}


def test_a_name_after_a_rank_of_several_words_on_a_line_of_its_own_is_a_person() -> None:
    drafts = draft_kind_names(
        "The air force was formed in 2005.\n\nAir Vice Marshal Tuyeni Kaulwa-Mbinge (2011–2019)\n"
    )
    assert drafts.get("Tuyeni Kaulwa-Mbinge") == "person"
    assert not draft_kind_names("Results\n\nGeneral Election Results Tonight\n")


def test_a_town_named_with_its_founders_possessive_is_a_place() -> None:
    drafts = draft_kind_names("The navy towed the frigate back to Oskar's Town after an engine failure.")
    assert drafts.get("Oskar's Town") == "place"
    assert "Oskar" not in drafts


def test_a_citys_name_before_an_aircraft_models_code_is_its_works_no_place() -> None:
    drafts = draft_kind_names(
        "The air force bought twelve Chengdu F-9TX fighters and four Harbin Z-19 helicopters from the works."
    )
    assert "Chengdu" not in drafts
    assert "Harbin" not in drafts
    drafts = draft_kind_names("She was born in Harbin and later flew Harbin Z-19 helicopters.")
    assert drafts.get("Harbin") == "place"


def test_the_people_of_a_state_whose_name_has_two_words_are_that_state() -> None:
    drafts = draft_kind_names("Sierra Leoneans voted in numbers, and Sierra Leonean groups watched the count.")
    assert drafts.get("Sierra Leone") == "state"
    assert "Sierra Leoneans" not in drafts
    assert "Sierra Leonean" not in drafts


def test_a_chief_named_by_what_the_holder_does_is_a_post_no_body() -> None:
    drafts = draft_kind_names('"It was calm," said the Chief Observer, Ilse Varn-Tesk, at a briefing in Varnby.')
    assert "Chief Observer" not in drafts
    assert drafts.get("Ilse Varn-Tesk") == "person"
    assert draft_kind_names("General Motors said it would build a plant.").get("General Motors") == "organization"


def test_a_post_named_by_its_remit_whose_letters_the_text_defines_is_a_person() -> None:
    drafts = draft_kind_names("We thank the Special Presidential Envoy for Captive Affairs (SPECA) for the support.")
    assert drafts.get("Special Presidential Envoy for Captive Affairs") == "person"
    drafts = draft_kind_names("The Office for Disarmament Affairs (ODFA) helped the talks.")
    assert drafts.get("Office for Disarmament Affairs") == "organization"


def test_a_states_corporation_keeps_the_state_in_its_name() -> None:
    aliases = _aliases("The deal went to the Armaments Corporation of Kenya (Armkor), which denied it. Armkor said so.")
    assert aliases.get("Armaments Corporation of Kenya") == ["Armkor"]
    drafts = draft_kind_names("The ship was sold by the Tarvenne Shipping Corporation of Leeds last year.")
    assert drafts.get("Leeds") == "place"


def test_an_office_of_a_head_of_government_and_the_cabinet_is_one_body() -> None:
    drafts = draft_kind_names("The group is chaired by the Department of the Prime Minister and Cabinet in Varnby.")
    assert drafts.get("Department of the Prime Minister and Cabinet") == "organization"
    assert "Department of the Prime Minister" not in drafts


def test_a_bodys_letters_then_a_land_name_its_mission_there() -> None:
    drafts = draft_kind_names(
        "The European Union Border Assistance Mission (EU BAM) to Sierra Leone presented its report.\n\n"
        "Press contact: Ilse Varn-Tesk, Press Officer, EU BAM Sierra Leone 2028"
    )
    assert drafts.get("EU BAM Sierra Leone") == "organization"


def test_a_body_opened_by_a_unions_letters_is_the_same_body_opened_by_its_full_name() -> None:
    aliases = _aliases("The European Union Tarvel Force said so. Later the EU Tarvel Force agreed in Varnby.")
    assert aliases.get("European Union Tarvel Force") == ["EU Tarvel Force"]
    assert "EU Tarvel Force" not in aliases
    aliases = _aliases("The United Nations Quell Programme met. The UN Quell Programme agreed.")
    assert aliases.get("United Nations Quell Programme") == ["UN Quell Programme"]


def test_a_states_people_by_a_demonym_no_suffix_rule_derives_are_that_state() -> None:
    drafts = draft_kind_names("The New Zealander was freed with two Icelanders in Varnby.")
    assert drafts.get("New Zealand") == "state"
    assert drafts.get("Iceland") == "state"
    assert "New Zealander" not in drafts


def test_a_firm_named_with_its_lands_own_name_for_the_state_is_its_arm_there() -> None:
    drafts = draft_kind_names("The radar was built by Thales Nederland and fitted in Den Helder last year.")
    assert drafts.get("Thales Nederland") == "organization"
    drafts = draft_kind_names("The gearbox came from Quorvane Deutschland, its maker said.")
    assert drafts.get("Quorvane Deutschland") == "organization"
    drafts = draft_kind_names("The rocket lifted off from Kourou, French Guiana, in 2023.")
    assert drafts.get("French Guiana") == "place"


def test_a_states_defence_services_are_its_armed_force() -> None:
    drafts = draft_kind_names("Officers of the Quellan Defence Services trained in Varnby with the navy.")
    assert drafts.get("Quellan Defence Services") == "armed_force"


def test_a_bodys_letters_after_a_name_ending_with_its_states_formal_name_are_the_bodys() -> None:
    aliases = _aliases("The Police of the Republic of Angola (PRA) must respect the law. The PRA fired on crowds.")
    assert aliases.get("Police of the Republic of Angola") == ["PRA"]
    assert "PRA" not in aliases


def test_the_name_after_a_spokesperson_of_a_named_party_and_a_comma_is_the_persons() -> None:
    drafts = draft_kind_names(
        "The EU condemns the killing of the spokesperson of the Quellar party, Tomo Varn-Esk, in Varnby."
    )
    assert drafts.get("Tomo Varn-Esk") == "person"
    drafts = draft_kind_names("A spokesman for the state oil company, Quellpetro, said so.")
    assert drafts.get("Quellpetro") == "organization"
