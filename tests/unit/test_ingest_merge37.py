"""Mends on the merge of the lead37 rounds: rules of different rounds that met on the same words."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_commissioner_with_no_police_in_the_name_is_the_agency() -> None:
    # realread37's police posts ("Kano State Police Commissioner") made the refugee agency a person.
    drafts = draft_kind_names(
        "Fighting went on near the river. The United Nations High Commissioner for Refugees said 850,000 people fled."
    )
    assert drafts.get("United Nations High Commissioner for Refugees") == "organization", drafts


def test_a_police_commissioners_post_is_still_no_body() -> None:
    drafts = draft_kind_names("The Quellshire State Police Commissioner, Ilse Varnaby, has confirmed the arrest.")
    assert "Quellshire State Police Commissioner" not in drafts, drafts


def test_a_given_name_spelled_like_a_city_is_no_posts_remit() -> None:
    # "Ama" is another spelling of Amman in the gazetteer: no province between the rank and the holder.
    drafts = draft_kind_names("The mission's commanders: Major General Ama Serwaa Varnoah (Ghana), 2031-2033.")
    assert drafts.get("Ama Serwaa Varnoah") == "person", drafts


def test_a_town_then_a_clubs_letters_in_capitals_stay_one_name() -> None:
    # realread37's byline-then-dateline turn ("Tharun Boda VIJAYAWADA July 14") split a club named for its town.
    drafts = draft_kind_names("Kiprotich, who trains in Iten and runs for Tarnby JAFFA, was 41 seconds back.")
    assert "JAFFA" not in drafts, drafts


def test_a_long_reference_with_a_doi_stays_a_reference() -> None:
    # styles88 read a line of three long sentences as prose: a reference's long list of authors, title and journal
    # made its authors drafts ("Lelieveldt", "Hollt" on a Wikipedia page's list of references).
    reference = (
        "- ^ Varnsen, Ilse; Quellbrook, Tomas P. F.; Marrowby, Anna van der; Holtane, Jan; Eisberg, Elmar; "
        'Vilarno, Anna (2017-07-01). "A Long Study of Ferry Timetables and the Behaviour of Their Passengers". '
        "Journal of Transport and Coastal Studies in Northern Regions. 23 (7): 1739–1752. "
        "doi:10.1109/tvcg.2016.2570755. PMID 28113434."
    )
    drafts = draft_kind_names(f"The method is widely used.\n\n{reference}\n")
    assert not {"Quellbrook", "Marrowby", "Holtane", "Eisberg", "Vilarno"} & set(drafts), drafts
