"""Round realprobes83 (batch en83): rules found on invented English pages (a supermarket takeover, a store
chain's administration, a conglomerate's results, police task forces, court sentencings, a mountaineering
club's meet, an island football cup)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.extract_text import read_document
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a post, its holder, then "of" and the body the holder serves: two drafts, not one long body
        (
            "Assistant District Attorney Tomas Ferreira of the Major Crimes Bureau tried the case.",
            "Tomas Ferreira",
            "Major Crimes Bureau",
        ),
        # a double-barrelled family name whose second half is a place's word ("Moss", "Marsh")
        (
            "Yumiko Castellane-Marsh of the Harbour Safety Board said the port was closed.",
            "Yumiko Castellane-Marsh",
            "Harbour Safety Board",
        ),
    ],
)
def test_a_post_holder_then_of_and_a_body_are_two_drafts(text: str, person: str, body: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(person) == "person", kinds
    assert kinds.get(body) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a task force against a crime is a police body, an agency's field division a civil office
        ("Detectives of the Ridgeton Gang Task Force arrested nine men.", "Ridgeton Gang Task Force"),
        ("The Lakeshore Narcotics Task Force seized the pills.", "Lakeshore Narcotics Task Force"),
        ("Agents of the DEA's Tarnby Field Division searched the warehouse.", "Tarnby Field Division"),
    ],
)
def test_crime_task_forces_and_field_divisions_are_organizations(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == "organization", kinds


def test_a_task_force_named_for_its_place_stays_an_armed_force() -> None:
    kinds = draft_kinds("Task Force Varnak patrolled the border.", language="en")
    assert kinds.get("Task Force Varnak") == "armed_force", kinds


def _drafts(text: str) -> list[tuple[str, str, list[str]]]:
    extraction = extract(text, None, [], set(), "t", language="en")
    return [(draft.name, str(draft.kind), list(draft.aliases)) for draft in extraction.actors]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a firm named by its web address, with or without its legal form
        ("Shares of Grocerly.com Inc fell 4% after the results.", "Grocerly.com Inc"),
        ("The deal echoes Tarnbay.com's purchase of a bookshop chain.", "Tarnbay.com"),
    ],
)
def test_a_firm_named_by_its_web_address_is_drafted(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == "organization", kinds


def test_a_lowercase_address_stays_no_name() -> None:
    assert draft_kinds("Read the terms at example.com before you sign.", language="en") == {}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # an American legal form ("Co.", "Corp", "Cos.") left out later: one firm, not two drafts
        (
            "Supermarkets were bought from Brandle Fresh Market Co. last year. Brandle Fresh Market kept its name.",
            "Brandle Fresh Market Co",
        ),
        ("Tarnwell Holdings Corp said profit rose. Shares of Tarnwell Holdings rose 2%.", "Tarnwell Holdings Corp"),
    ],
)
def test_a_firm_without_its_american_legal_form_is_the_same_firm(text: str, firm: str) -> None:
    drafts = _drafts(text)
    assert [(name, kind) for name, kind, _ in drafts] == [(firm, "organization")], drafts


def test_an_advisory_firm_is_an_organization_and_a_heading_is_not() -> None:
    assert (
        draft_kinds("Quellpath Advisory was appointed administrator.", language="en").get("Quellpath Advisory")
        == "organization"
    )
    assert "Travel Advisory" not in draft_kinds("Travel Advisory: avoid the border region.", language="en")
    # a trade's word still opens a body's list of qualities
    kinds = draft_kinds("Both sides went to the Advisory, Conciliation and Arbitration Service.", language="en")
    assert kinds.get("Advisory, Conciliation and Arbitration Service") == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a Scots valley whose second word is a little common (Coe, Nevis) after "in"
        ("We camped in Glen Coe for a week.", "Glen Coe", "place"),
        # the last item of a list of places may take its "the"
        ("The chain opened stores in Mindanao and the Visayas.", "Visayas", "place"),
    ],
)
def test_places_by_their_words_and_their_lists(text: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == kind, kinds


def test_a_photographer_working_for_an_outlet_is_credited() -> None:
    from dossier.ingest.photo_credits import photo_credits

    caption = "<figure><figcaption>The quay at dawn. (Photo: Lorne Haskett for The Tarnby Herald)</figcaption></figure>"
    assert photo_credits(caption) == ["Lorne Haskett"]
    # a body's or a place's words are no photographer, "for" an outlet or not
    body = "<figure><figcaption>The quay. (Photo: Reel North for The Tarnby Herald)</figcaption></figure>"
    assert photo_credits(body) == []


def test_a_community_interest_company_in_the_footer_is_the_publisher() -> None:
    from dossier.ingest.footer_publisher import footer_owner

    page = "<html><body><p>Text.</p><footer><p>&copy; 2026 Corrie Walks Publishing CIC</p></footer></body></html>"
    assert footer_owner(page) == "Corrie Walks Publishing CIC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a union named by its members' trades, joined by "and"
        (
            "Most are members of the United Steel and Allied Workers. Ilse Varn leads it.",
            "United Steel and Allied Workers",
        ),
        # Filipino "ng" ("of") inside a body's name, and its word for a bank
        ("The Bangko Sentral ng Pilipinas cut its policy rate.", "Bangko Sentral ng Pilipinas"),
    ],
)
def test_bodies_named_with_and_or_ng_are_whole(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a list's last item takes a single-word plural's "the" ...
        ("The bank has branches in Luzon and the Calamianes.", "Calamianes", "place"),
        # ... but not a lessor's noun or a ship's number after "the" (the firm named in its role as lessor is one)
        ("Its lessor, Quarvex, and the Dublin lessor Tarn Aviation took the planes.", "Quarvex", "organization"),
    ],
)
def test_a_list_item_after_and_the(text: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == kind, kinds


_CAPTIONED_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Grocer sold</title></head><body><main>"
    "<article><h1>Grocer sold</h1>"
    "<p>The family that founded the grocer in 1958 has sold it to a regional rival for an undisclosed sum, "
    "the buyer said on Monday. The stores will keep their name and their staff, it said.</p>"
    "<figure><img src='shop.jpg' alt=''><figcaption>A Brannock Fresh store in Wexcombe, Ohio. "
    "<span class='credit'>Ilse Varn/The Quay Ledger</span></figcaption></figure>"
    "<p>Shoppers said prices had risen in the past year, and many hoped the new owner would cut them.</p>"
    "<figure><img src='aisle.jpg' alt=''><figcaption>The bakery aisle at the Tarnby store. "
    "(Photo: Lorne Haskett for The Quay Ledger)</figcaption></figure>"
    "</article></main></body></html>"
)


def test_what_a_caption_says_is_read_and_its_credit_is_not(tmp_path: Path) -> None:
    page = tmp_path / "grocer.html"
    page.write_text(_CAPTIONED_PAGE, encoding="utf-8")
    text = read_document(page).text
    assert "A Brannock Fresh store in Wexcombe, Ohio." in text
    assert "The bakery aisle at the Tarnby store." in text
    assert "Ilse Varn" not in text
    assert "Lorne Haskett" not in text
    assert "Quay Ledger" not in text


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a day out by road or on foot ends at a place
        ("On the Sunday we drove to Kinlochard and walked round the loch.", "Kinlochard", "place"),
        ("After lunch they hiked to Tarnwick.", "Tarnwick", "place"),
        # a range of hills or a group of isles named as a rare plural after "in the"
        ("The club spent a wet week in the Quarrigs.", "Quarrigs", "place"),
    ],
)
def test_places_reached_on_a_day_out(text: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == kind, kinds


def test_a_band_everyone_knows_after_in_the_is_no_range_of_hills() -> None:
    assert "Beatles" not in draft_kinds("He played guitar in the Beatles for a while.", language="en")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an ombudsman named by the services it oversees, joined by "and"
        ("She took her complaint to the Schools and Social Care Ombudsman.", "Schools and Social Care Ombudsman"),
        (
            "He wrote to the Local Government and Housing Ombudsman. Ann Holt replied.",
            "Local Government and Housing Ombudsman",
        ),
    ],
)
def test_an_ombudsman_named_by_two_fields_is_whole(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == "organization", kinds


def test_a_council_and_a_union_stay_two_bodies() -> None:
    kinds = draft_kinds("Tarnby Council and Harbour Workers met on Monday.", language="en")
    assert "Tarnby Council and Harbour Workers" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a hill one goes up on foot
        ("The fitter ones went up Sgurr Tarnach by the north ridge.", "Sgurr Tarnach", "place"),
        ("The climb up Stob Quarran took five hours.", "Stob Quarran", "place"),
        # a phrasal verb's "up" leads to no hill
        ("They set up Tarnwell Capital in 2019.", "Tarnwell Capital", "organization"),
    ],
)
def test_a_hill_one_goes_up(text: str, name: str, kind: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("caption", "said"),
    [
        (
            "A Tarnby Fresh store in Wexcombe, Ohio. (Photo: Ann Holt for The Herald)",
            "A Tarnby Fresh store in Wexcombe, Ohio.",
        ),
        ("Die Brücke über die Donau bei Tarnstadt. Foto: Ann Holt", "Die Brücke über die Donau bei Tarnstadt."),
        ("Паром через реку прошлой зимой. Фото: Анна Холт", "Паром через реку прошлой зимой."),
    ],
)
def test_a_caption_is_read_without_its_credit(caption: str, said: str) -> None:
    from dossier.ingest.photo_credits import caption_sentences

    assert caption_sentences(f"<figure><figcaption>{caption}</figcaption></figure>") == [said]
