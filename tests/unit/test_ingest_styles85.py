"""An eighty-fifth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages). Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_title_set_off_after_its_album_names_no_actor() -> None:
    drafts = draft_kind_names(
        "The label released their debut album, Tides of the Quay, in 1997. Tides of the Quay was recorded in Tarnby."
    )
    assert not any("Quay" in name or "Tides" in name for name in drafts)
    assert drafts.get("Tarnby") == "place"


def test_a_discographys_lines_name_no_actor_there_or_elsewhere() -> None:
    drafts = draft_kind_names(
        "The band moved to Quellphone for Northern Lights Over Varnby (2004).\n\n"
        "Discography\n\nSalt Roads (2000)\nNorthern Lights Over Varnby (2004)\n"
    )
    assert "Quellphone" in drafts
    assert not any("Varnby" in name or "Salt" in name for name in drafts)


def test_a_plural_name_after_the_defined_by_are_a_band_is_a_body() -> None:
    drafts = draft_kind_names("The Varnby Quells were an English rock band from Leeds.")
    assert drafts.get("Varnby Quells") == "organization"


def test_a_description_opened_by_a_people_in_two_words_gives_its_heads_kind() -> None:
    drafts = draft_kind_names("Officials met Harrow Quellan, a Northern Irish charity, in Derry.")
    assert drafts.get("Harrow Quellan") == "organization"


def test_a_cabinet_post_by_its_remit_is_no_body() -> None:
    drafts = draft_kind_names(
        "Housing, Communities and Local Government Secretary Angela Quellby-Holt said the council had failed."
    )
    assert drafts.get("Angela Quellby-Holt") == "person"
    assert all(kind != "organization" for kind in drafts.values())


def test_a_chamber_or_a_hearing_one_tells_is_a_body_not_an_outlet() -> None:
    drafts = draft_kind_names("She told the Commons on Monday. He told the Varnby Inquiry that he had no records.")
    assert drafts.get("Commons") == "organization"
    assert drafts.get("Varnby Inquiry") == "organization"


def test_a_firms_staff_from_a_name_shaped_like_a_persons_make_it_a_firm() -> None:
    drafts = draft_kind_names("The council collapsed after auditors from Grant Quellton found it had borrowed.")
    assert drafts.get("Grant Quellton") == "organization"


def test_a_second_body_after_and_the_may_hold_an_and_of_its_own() -> None:
    drafts = draft_kind_names(
        "They agreed that the Ministry of Defence and the European Border and Coast Guard Agency will meet."
    )
    assert drafts.get("Ministry of Defence") == "organization"
    assert drafts.get("European Border and Coast Guard Agency") == "organization"


def test_an_outlets_head_word_in_capitals_among_lower_case_words_is_letters() -> None:
    drafts = draft_kind_names("Aid went through the Quellan Aid Directorate (QA ECHO) and the Red Cross.")
    assert drafts.get("QA ECHO") == "organization"
    assert draft_kind_names("He told the Tarnby Echo on Monday.").get("Tarnby Echo") == "media"


def test_a_plain_word_after_a_capital_city_of_is_a_titles_no_town() -> None:
    drafts = draft_kind_names("They reunited for the UK City of Culture year. He visited the City of Quellmoor.")
    assert "Culture" not in drafts
    assert drafts.get("Quellmoor") == "place"


def test_a_named_operation_that_acts_is_a_body() -> None:
    drafts = draft_kind_names("Since 2013, Operation Quellguard has returned more than 1,200 people.")
    assert drafts.get("Operation Quellguard") == "organization"
    # one only named stays an event
    drafts = draft_kind_names("Operation Quellval began in 2013. During Operation Tarn Nchi, the army advanced.")
    assert not any(name.startswith("Operation") for name in drafts)


def test_a_named_operation_with_forces_of_it_is_a_body() -> None:
    drafts = draft_kind_names("French forces of Operation Varnhane struck a camp near Tessit.")
    assert drafts.get("Operation Varnhane") == "organization"


def test_a_named_operation_a_body_runs_or_calls_its_mission_is_a_body() -> None:
    drafts = draft_kind_names(
        "The raid was coordinated with the European Union's Operation Quelldes. "
        "The EU's naval mission, Operation Tarnini, inspected 12 vessels."
    )
    assert drafts.get("Operation Quelldes") == "organization"
    assert drafts.get("Operation Tarnini") == "organization"


def test_acts_listed_after_a_tour_are_bands_or_singers() -> None:
    drafts = draft_kind_names(
        "The group toured Britain with Ash, The Divine Quellity and Snow Varnol in 2002. "
        "Her keyboard player left to tour with The Tarnals. She later opened for Amara Quell."
    )
    assert drafts.get("Ash") == "organization"
    assert drafts.get("Divine Quellity") == "organization"
    assert drafts.get("Snow Varnol") == "organization"
    assert drafts.get("Tarnals") == "organization"
    assert drafts.get("Amara Quell") == "person"
    # a titled person after "toured ... with" is no act
    assert draft_kind_names("The minister toured the region with President Varn.").get("Varn") == "person"


def test_a_plain_word_before_a_partys_post_is_the_party() -> None:
    drafts = draft_kind_names("Green councillor Ravi Quell-Tate said families would pay. Green shoots appeared.")
    assert drafts.get("Green") == "organization"
    assert drafts.get("Ravi Quell-Tate") == "person"


def test_when_a_tour_is_held_is_no_act_on_it() -> None:
    # a museum's guided tour "with" its curator, then when it runs: the time is no band
    text = "Related events: a curator's tour with Ruth Easington, Thursdays 2pm, free with admission to the museum."
    assert "Thursdays 2pm" not in draft_kind_names(text), draft_kind_names(text)
