"""Round cuts39: names cut, stretched or missed (the style probes' "cut" and "missed" names, grouped by the word
that broke them). Invented sentences and names throughout; real states and towns only where the gazetteer must
know them."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_two_lands_joined_by_an_en_dash_open_one_name_and_are_named_too() -> None:
    drafts = draft_kind_names(
        "The bank lends for the Ghana–Togo Economic Corridor, a road and rail project. Freight moves on the "
        "Lagos–Kano Standard Gauge Railway at night."
    )
    assert "Ghana–Togo Economic Corridor" in drafts and "Togo Economic Corridor" not in drafts
    assert "Lagos–Kano Standard Gauge Railway" in drafts
    assert drafts.get("Ghana") == "state" and drafts.get("Togo") == "state"
    assert drafts.get("Lagos") == "place" and drafts.get("Kano") == "place"


def test_a_post_and_its_of_before_a_body_named_with_and_keep_the_body_whole() -> None:
    drafts = draft_kind_names(
        "Ilse Varn is President of the Laotian Mine Action and Survivor Support Authority, which clears farmland. "
        "Dana Quell is Chair of the Malian Demining Training and Research Agency."
    )
    assert drafts.get("Laotian Mine Action and Survivor Support Authority") == "organization"
    assert drafts.get("Malian Demining Training and Research Agency") == "organization"
    assert "Survivor Support Authority" not in drafts and "Research Agency" not in drafts
    assert "Demining Training" not in drafts
